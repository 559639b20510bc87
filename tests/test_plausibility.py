"""Alignment precision: a claim's number meets only the evidence figure of its very quantity.

Premise/hypothesis examples in our own words, one per kind of wrong counterpart a careful
fact-checker would not compare (a crowd and a player's points, a record and a game's score, a
price cut and a price, a sibling figure of another model), and the right one where the evidence
states it.
"""

import math

import numpy as np
import pytest

import claimnum
from claimnum.data_files import data_table
from claimnum.plausibility import FACTOR, far_fetched

_NEI = "not enough info"


@pytest.mark.parametrize(
    ("premise", "hypothesis", "verdict"),
    [
        # A weak counterpart far off in value, or of another role or holder, is no counterpart.
        (
            "Tamsin Orr scored 31 points as the Kestrels won at the Marlow Arena on Friday.",
            "About 21,000 fans packed the Marlow Arena to watch the Kestrels on Friday.",
            _NEI,
        ),
        (
            "Dex Abara broke an 80-yard run in the third quarter as the Wolves beat the Falcons.",
            "The Wolves rushed for nearly 400 yards against the Falcons.",
            _NEI,
        ),
        pytest.param(
            "Before he was hired, Ollan Pike spent four seasons as an assistant coach with the Rams.",
            "Ollan Pike played 14 seasons in the league before he was hired.",
            _NEI,
            marks=pytest.mark.xfail(strict=True, reason="'as an assistant coach' is no role read; 3.5-fold"),
        ),
        (
            "The club signed two other players to three-year contracts last week.",
            "Bryn Tovar signed a five-year contract with the club.",
            _NEI,
        ),
        (
            "Researchers said the zero-day flaw in the browser was being exploited.",
            "The browser maker said a fix for the flaw would come within two to three weeks.",
            _NEI,
        ),
        (
            "The ferry stops at 9 villages along the coast.",
            "The ferry that stops along the coast is more than 12 years old.",
            _NEI,
        ),
        # Records and game scores are different quantities.
        (
            "The Pumas, after a 9-14 start, have won six games in a row.",
            "The Pumas beat the Jays 88-72 on Friday.",
            _NEI,
        ),
        (
            "The Pumas beat the Jays 88-72 on Friday.",
            "The Pumas, after a 9-14 start, beat the Jays on Friday.",
            _NEI,
        ),
        (
            "The Pumas led 45-38 at halftime and beat the Jays 91-73.",
            "Pumas Beat Jays 91-73",
            "supported",
        ),
        # The very figure claimed for a measure and kind of thing is its counterpart.
        (
            "The maker will sell 13-inch and 15-inch models of the new laptop from May.",
            "The 13-inch laptop goes on sale in May.",
            "supported",
        ),
        pytest.param(
            "The 13-inch model starts at $1,299 and the 15-inch model at $1,799.",
            "The 15-inch model starts at $1,799.",
            "supported",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the very price is linked by its entity alone, below the threshold: not aligned",
            ),
        ),
        (
            "Dara Vey scored 24 points and grabbed 11 rebounds; the team scored 88 points.",
            "Dara Vey scored 24 points.",
            "supported",
        ),
        # A change meets changes, not levels.
        (
            "The new phone costs $999 in stores.",
            "The maker cuts the new phone's price by $100.",
            _NEI,
        ),
        (
            "The maker cut the price of the new phone by $200, to $799.",
            "The maker cuts the new phone's price by $100.",
            "understated",
        ),
        (
            "Ticket prices rose to $45 this year.",
            "Ticket prices rose by $5 this year.",
            _NEI,
        ),
        # Ordinals written in title case, and negated claims.
        (
            "Kade Ruelle led his seventh game-winning drive of the season on Sunday.",
            "Ruelle Leads His Seventh Game-Winning Drive",
            "supported",
        ),
        (
            "Kade Ruelle led his seventh game-winning drive of the season on Sunday.",
            "Ruelle Leads His Ninth Game-Winning Drive",
            "overstated",
        ),
        (
            "Ines Varga won her fifth title of the year on Sunday.",
            "Varga Wins 5th Title",
            "supported",
        ),
        (
            "Mira Sallow finished the season with 2,290 points, a club record.",
            "Mira Sallow did not finish the season with 2,290 points.",
            "refuted",
        ),
        (
            "Mira Sallow finished the season with 2,290 points, a club record.",
            "Mira Sallow did not finish the season with 3,000 points.",
            "supported",
        ),
        (
            "The next host will be the twelfth presenter of the quiz show.",
            "The next host will not be the twelfth presenter of the quiz show.",
            "refuted",
        ),
        (
            "The next host will be the twelfth presenter of the quiz show.",
            "The next host will be the twelfth presenter of the quiz show.",
            "supported",
        ),
    ],
)
def test_a_number_meets_only_its_own_quantity(premise: str, hypothesis: str, verdict: str) -> None:
    assert claimnum.verify(hypothesis, premise).verdict == verdict


def test_a_score_several_sources_state_is_supported_among_other_games() -> None:
    evidence = {
        "a": "The Pumas beat the Jays 91-73 on Friday.",
        "b": "The Pumas won 91-73 against the Jays. The Owls beat the Hawks 80-66.",
        "c": "The Owls beat the Hawks 80-66 at home on Friday.",
        "d": "The Hawks had lost 70-60 to the Gulls a week before.",
    }
    assert claimnum.verify("Pumas beat Jays 91-73", evidence).verdict == "supported"


def test_a_score_no_source_states_is_refuted_by_the_game_told() -> None:
    evidence = {"a": "The Pumas beat the Jays 91-73 on Friday.", "b": "The Pumas won 91-73 against the Jays."}
    assert claimnum.verify("Pumas beat Jays 91-75", evidence).verdict == "refuted"


def test_a_loose_counterpart_far_off_in_value_is_none() -> None:
    numbers = claimnum.extract("About 21,000 fans came.")
    k, exempt = np.array([0, 0, 0]), np.zeros(3, dtype=bool)
    score, agreement = np.full(3, 0.42), np.zeros(3)
    apart = np.array([0.2, math.log10(FACTOR) + 0.01, np.nan])
    assert far_fetched(numbers, k, score, agreement, apart, exempt).tolist() == [False, True, False]


def test_a_vague_word_is_judged_by_the_relation_not_by_its_value() -> None:
    numbers = claimnum.extract("About 21,000 fans came.")
    assert not far_fetched(
        numbers, np.array([0]), np.array([0.42]), np.zeros(1), np.array([2.0]), np.ones(1, bool)
    )[0]


def test_a_weak_link_far_off_is_none_only_for_a_number_saying_whose_it_is() -> None:
    named = claimnum.extract("Tova Brant won 40 games.") + claimnum.extract("It lasted 40 minutes.")
    k = np.array([0, 1])
    apart = np.full(2, math.log10(FACTOR) + 0.01)
    found = far_fetched(named, k, np.full(2, 0.6), np.zeros(2), apart, np.zeros(2, bool))
    assert found.tolist() == [True, False]
    # the same link sharing the holder too is no weak one
    assert not far_fetched(named, k, np.full(2, 0.6), np.ones(2), apart, np.zeros(2, bool)).any()


@pytest.mark.parametrize("word", data_table("claim_frames.toml")["others"])
def test_every_word_of_others_keeps_their_figure_from_a_named_holders(word: str) -> None:
    noun = "players" if word == "other" else "player"
    premise = f"The club signed {word} {noun} to three-year contracts."
    assert claimnum.verify("Bryn Tovar signed a five-year contract.", premise).verdict == _NEI
    assert (
        claimnum.verify(
            "Bryn Tovar signed a five-year contract.", "The club signed players to three-year contracts."
        ).verdict
        != _NEI
    )
