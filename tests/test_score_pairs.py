import pytest

import claimnum
from claimnum.data_files import data_table
from claimnum.score_pairs import is_margin, is_score_pair, same_result, score_kind

_FRAMES = data_table("claim_frames.toml")
_NEI = "not enough info"


@pytest.mark.parametrize(
    ("premise", "hypothesis", "verdict"),
    [
        ("The Otters won 21-18 on Sunday.", "The Otters won 21-18.", "supported"),
        ("The Otters won 21-18 on Sunday.", "The Otters won 18-21.", "refuted"),
        ("The Otters beat the Herons 27-10.", "The Herons lost 10-27 to the Otters.", "supported"),
        ("The Otters beat the Herons 27-10.", "The Herons lost 27-10 to the Otters.", "supported"),
        ("The Otters beat the Herons 27-10.", "The Otters lost 10-27 to the Herons.", "refuted"),
        ("The Otters won 21-18.", "The Otters lost 18-21.", "refuted"),
        ("The Otters (8-6) play on Sunday.", "The Otters (8-6) lost again.", "supported"),
        ("The Otters (8-6) play on Sunday.", "The Otters (6-8) lost again.", "refuted"),
        ("Baylin 71, Corvo 60.", "Corvo 60, Baylin 71.", "supported"),
        ("Baylin 71, Corvo 60.", "Baylin beat Corvo by 11 points.", "supported"),
        ("Baylin 71, Corvo 60.", "Baylin beat Corvo by 9 points.", "refuted"),
        ("The fast-rising Otters defeated the Herons 27-10.", "Otters Defeat Herons 27-10", "supported"),
        ("The Otters defeated the Herons 27-10.", "Herons Defeat Otters 27-10", "refuted"),
        ("The Herons lost to the visiting Otters, 27-10.", "Herons Lose 27-10 To Otters", "supported"),
        ("A late goal gave the Otters a 3-1 win over the Herons.", "Otters Beat Herons 3-1", "supported"),
        ("A late goal gave the Otters a 3-1 win over the Herons.", "Herons Beat Otters 3-1", "refuted"),
        ("The Otters beat the Herons 27-10.", "The Herons were defeated 27-10 by the Otters.", "supported"),
        (
            "Velo scored 15 points as the Otters beat the Herons 70-58.",
            "Otters Win By 12 Points",
            "supported",
        ),
        (
            "Velo starred for Baylin as the top-seeded Owls beat Corvo 70-58.",
            "Baylin Beats Corvo 70-58",
            "supported",
        ),
        (
            "Velo starred for Baylin as the top-seeded Owls beat Corvo 70-58.",
            "Corvo Beats Baylin 70-58",
            "refuted",
        ),
        ("Velo scored 12 points as the Otters beat the Herons 70-55.", "Otters Win By 12 Points", "refuted"),
    ],
)
def test_a_score_is_judged_as_a_pair(premise: str, hypothesis: str, verdict: str) -> None:
    assert claimnum.verify(hypothesis, premise).verdict == verdict


def test_a_score_does_not_align_with_a_single_count() -> None:
    assert claimnum.verify("The Otters had five sacks.", "The Otters won 21-18.").verdict == "not enough info"
    assert claimnum.verify("The Otters won 21-18.", "The Otters had five sacks.").verdict == "not enough info"


def test_a_single_count_is_no_score_and_no_margin() -> None:
    [count] = claimnum.extract("Five players were hurt.")
    assert not is_score_pair(count)
    assert not is_margin(count)


@pytest.mark.parametrize("verb", _FRAMES["score_losses"])
def test_every_verb_of_losing_reads_the_smaller_figure_as_the_subject(verb: str) -> None:
    [lost] = claimnum.extract(f"The Herons {verb} 27-10 to the Otters.")
    [won] = claimnum.extract("The Otters won 27-10 against the Herons.")
    assert same_result(lost, won)


_PAST = {"be": "were", "get": "got"}  # a past form of each passive word, for the sentence


@pytest.mark.parametrize("passive", _FRAMES["score_passive"])
def test_every_passive_word_makes_a_verb_of_a_result_the_subjects_loss(passive: str) -> None:
    [lost] = claimnum.extract(f"The Herons {_PAST[passive]} defeated 27-10 by the Otters.")
    [won] = claimnum.extract("The Otters won 27-10 against the Herons.")
    assert same_result(lost, won)


@pytest.mark.parametrize("word", _FRAMES["score_opponents"])
def test_every_opponent_word_names_the_other_side(word: str) -> None:
    # "the Owls" are Baylin, which the evidence does not say: the opponent alone tells the sides.
    [told] = claimnum.extract(f"The top-seeded Owls won 3-1 {word} Corvo on Sunday.")
    [right] = claimnum.extract("Baylin Beat Corvo 3-1")
    [swapped] = claimnum.extract("Corvo Beat Baylin 3-1")
    assert same_result(right, told)
    assert not same_result(swapped, told)


@pytest.mark.parametrize("verb", _FRAMES["score_results"])
def test_every_verb_of_a_result_makes_by_a_figure_a_margin(verb: str) -> None:
    [margin] = claimnum.extract(f"The Otters {verb} the Herons by 17 points.")
    assert is_margin(margin)


def test_a_margin_after_the_other_side_is_read() -> None:
    assert (
        claimnum.verify("The Herons lost to the Otters by 17 points.", "Otters 27, Herons 10.").verdict
        == "supported"
    )


@pytest.mark.parametrize("word", _FRAMES["score_records"])
def test_every_record_word_makes_a_pair_a_record(word: str) -> None:
    [record] = claimnum.extract(f"The Otters, after a 5-11 {word}, play the Herons.")
    assert score_kind(record) == "record"


@pytest.mark.parametrize("verb", _FRAMES["score_record_moves"])
def test_every_verb_moving_a_record_makes_a_pair_a_record(verb: str) -> None:
    form = {"fall": "fell", "slip": "slipped", "drop": "dropped", "even": "evened"}.get(verb, f"{verb}d")
    form = {"climb": "climbed"}.get(verb, form)
    [record] = claimnum.extract(f"The Otters {form} to 5-11 on Sunday.")
    assert score_kind(record) == "record"


@pytest.mark.parametrize("word", _FRAMES["score_periods"])
def test_every_period_word_makes_a_pair_a_periods_score(word: str) -> None:
    [period] = claimnum.extract(f"The Otters led 45-38 at the {word} against the Herons.")
    assert score_kind(period) == "period"


def test_a_record_a_periods_score_and_a_final_score_are_not_compared() -> None:
    assert claimnum.verify("The Otters beat the Herons 77-70.", "The Otters (5-11) play on.").verdict == _NEI
    assert claimnum.verify("The Otters led 45-38 at halftime.", "The Otters won 64-59.").verdict == _NEI


def test_a_score_of_another_game_is_no_counterpart() -> None:
    assert (
        claimnum.verify("The Otters beat the Herons 77-70.", "The Owls beat the Larks 70-66.").verdict == _NEI
    )


def test_the_subject_of_a_result_stands_before_its_verb() -> None:
    [told] = claimnum.extract("The Otters led at halftime and beat the Herons 64-59.")
    [said] = claimnum.extract("Otters Beat Herons 64-59")
    assert same_result(said, told)
