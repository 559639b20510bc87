"""Figures of sports reports: game clocks, ranks, names with number words, days counted back."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.data_files import data_table

_WORDS = data_table("lexicon.toml")["words"]


def _claims(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.text, c.value, c.unit) for c in claimnum.extract(text)]


@pytest.mark.parametrize("words", _WORDS["clock_left"])
def test_minutes_and_seconds_left_on_a_game_clock_are_one_duration(words: str) -> None:
    assert _claims(f"Okafor hit a three-pointer with 3:27 {words} in the half.")[-1] == (
        "3:27",
        207.0,
        "second",
    )


def test_a_clock_time_stays_no_claim() -> None:
    assert _claims("The ferry left at 7:45 and docked at 9:10.") == []


def test_minutes_and_seconds_written_out_are_one_duration() -> None:
    assert ("6 minutes, 20 seconds", 380.0, "second") in _claims("She led with 6 minutes, 20 seconds left.")


@pytest.mark.parametrize("word", _WORDS["rank_after"])
def test_a_number_after_no_before_a_word_of_ranking_is_a_rank(word: str) -> None:
    (claim,) = claimnum.extract(f"The No. 7 {word} lost in Perth.")
    assert (claim.text, claim.value, claim.measure) == ("No. 7", 7.0, "rank")


def test_a_number_after_no_elsewhere_stays_a_name() -> None:
    assert _claims("A spokesman for No. 10 declined to comment.") == []


def test_a_number_word_inside_a_name_is_no_claim() -> None:
    assert _claims("He said on TWO Radio the club signed 3 players.") == [("3", 3.0, "")]


def test_a_capitalised_number_word_opening_a_sentence_still_counts() -> None:
    assert [c.value for c in claimnum.extract("Three Canadians were hurt.")] == [3.0]


def test_days_of_the_week_counted_back_are_a_date() -> None:
    assert _claims("The Wolves lost two Saturdays ago.") == []


@pytest.mark.parametrize("word", _WORDS["series_adjectives"])
def test_a_unit_after_a_word_of_a_series_is_kept(word: str) -> None:
    (claim,) = claimnum.extract(f"The club won the title 6 {word} seasons.")
    assert (claim.text, claim.value, claim.unit) == (f"6 {word} seasons", 6.0, "season")


@pytest.mark.parametrize("word", _WORDS["game_words"])
def test_quarters_in_a_sentence_of_a_game_are_counted(word: str) -> None:
    (claim,) = claimnum.extract(f"Diaz lasted two quarters, the {word} aside.")
    assert (claim.value, claim.unit) == (2.0, "quarter")


def test_quarters_of_something_stay_a_share() -> None:
    (claim,) = claimnum.extract("Three quarters of the fans played along.")
    assert (claim.value, claim.unit) == (0.75, "")


def test_quarters_with_no_game_stay_a_share() -> None:
    (claim,) = claimnum.extract("Three quarters said they agreed.")
    assert claim.value == 0.75


@pytest.mark.parametrize("unit", _WORDS["counted_periods"])
def test_a_year_before_a_counted_period_names_it(unit: str) -> None:
    assert _claims(f"She was hurt in the 2019 {unit}.") == []


@pytest.mark.parametrize("unit", _WORDS["counted_periods"])
def test_money_per_counted_period_is_no_rate(unit: str) -> None:
    assert _claims(f"The deal pays $4 million per {unit}.") == [("$4 million", 4e6, "USD")]


@pytest.mark.parametrize("unit", _WORDS["counted_periods"])
def test_over_before_a_counted_period_spans_it(unit: str) -> None:
    claims = claimnum.extract(f"The contract is worth $9 million over 3 {unit}s.")
    assert [(c.value, c.unit, c.sense) for c in claims][-1] == (3.0, unit, "bare")


@pytest.mark.parametrize("unit", _WORDS["counted_periods"])
def test_a_record_before_a_singular_period_is_no_count_of_periods(unit: str) -> None:
    assert [(c.values, c.unit) for c in claimnum.extract(f"After a 7-3 {unit}, the Larks lost.")] == [
        ((7.0, 3.0), "")
    ]
