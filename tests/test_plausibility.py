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
            "Lia Moss swam a 50-metre leg as the Otters won the relay at the county gala.",
            "The Otters swam nearly 800 metres in all at the county gala.",
            _NEI,
        ),
        pytest.param(
            "Before she was elected, Rhea Dunn spent six years as a deputy mayor of the town.",
            "Rhea Dunn spent 25 years in politics before she was elected.",
            _NEI,
            marks=pytest.mark.xfail(strict=True, reason="'as a deputy mayor' is no role read; about 4-fold"),
        ),
        (
            "The club signed two other players to three-year contracts last week.",
            "Bryn Tovar signed a five-year contract with the club.",
            _NEI,
        ),
        (
            "The council said the one-way bridge over the canal was closed after the storm.",
            "The council said repairs to the bridge would take three to four weeks.",
            _NEI,
        ),
        (
            "The ferry stops at 9 villages along the coast.",
            "The ferry that stops along the coast is more than 12 years old.",
            _NEI,
        ),
        # Records and game scores are different quantities.
        (
            "The Pumas, after a 5-11 start, have won six games in a row.",
            "The Pumas beat the Jays 77-70 on Friday.",
            _NEI,
        ),
        (
            "The Pumas beat the Jays 77-70 on Friday.",
            "The Pumas, after a 5-11 start, beat the Jays on Friday.",
            _NEI,
        ),
        (
            "The Pumas led 45-38 at halftime and beat the Jays 64-59.",
            "Pumas Beat Jays 64-59",
            "supported",
        ),
        # The very figure claimed for a measure and kind of thing is its counterpart.
        (
            "The maker will sell 10-inch and 12-inch models of the new tablet from June.",
            "The 10-inch tablet goes on sale in June.",
            "supported",
        ),
        pytest.param(
            "The 10-inch tablet starts at $449 and the 12-inch tablet at $649.",
            "The 12-inch tablet starts at $649.",
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
            "Noa Brisk scored her fourth hat trick of the year on Saturday.",
            "Brisk Scores Her Fourth Hat Trick",
            "supported",
        ),
        (
            "Noa Brisk scored her fourth hat trick of the year on Saturday.",
            "Brisk Scores Her Sixth Hat Trick",
            "overstated",
        ),
        (
            "Ines Varga won her fifth title of the year on Sunday.",
            "Varga Wins 5th Title",
            "supported",
        ),
        (
            "Orla Penn's choir ended the year with 4,170 members, a record.",
            "Orla Penn's choir did not end the year with 4,170 members.",
            "refuted",
        ),
        (
            "Orla Penn's choir ended the year with 4,170 members, a record.",
            "Orla Penn's choir did not end the year with 5,000 members.",
            "supported",
        ),
        (
            "The new bridge will be the eighth crossing of the river.",
            "The new bridge will not be the eighth crossing of the river.",
            "refuted",
        ),
        (
            "The new bridge will be the eighth crossing of the river.",
            "The new bridge will be the eighth crossing of the river.",
            "supported",
        ),
        (
            "The new bridge will be the eighth crossing of the river.",
            "The new bridge will be the tenth crossing of the river.",
            "overstated",
        ),
    ],
)
def test_a_number_meets_only_its_own_quantity(premise: str, hypothesis: str, verdict: str) -> None:
    assert claimnum.verify(hypothesis, premise).verdict == verdict


def test_a_score_several_sources_state_is_supported_among_other_games() -> None:
    evidence = {
        "a": "The Pumas beat the Jays 64-59 on Friday.",
        "b": "The Pumas won 64-59 against the Jays. The Owls beat the Hawks 80-66.",
        "c": "The Owls beat the Hawks 80-66 at home on Friday.",
        "d": "The Hawks had lost 70-60 to the Gulls a week before.",
    }
    assert claimnum.verify("Pumas beat Jays 64-59", evidence).verdict == "supported"


def test_a_score_no_source_states_is_refuted_by_the_game_told() -> None:
    evidence = {"a": "The Pumas beat the Jays 64-59 on Friday.", "b": "The Pumas won 64-59 against the Jays."}
    assert claimnum.verify("Pumas beat Jays 64-52", evidence).verdict == "refuted"


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
