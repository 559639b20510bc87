"""Tests of claimnum.alignment: which evidence claims speak of each number."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.alignment import align, earlier_values


def test_numbers_align_with_their_own_quantity_only() -> None:
    numbers = claimnum.extract("The quake killed 40 people and injured 300.")
    evidence = claimnum.extract("The quake killed 47 people. About 250 were injured.")
    pairs = align(numbers, evidence)
    assert list(zip(pairs.k.tolist(), pairs.e.tolist(), strict=True)) == [(0, 0), (1, 1)]
    assert (pairs.score >= 0.5).all()


def test_a_fraction_word_is_read_in_percent() -> None:
    numbers = claimnum.extract("Nearly half of voters backed it.")
    pairs = align(numbers, claimnum.extract("Some 48 percent of voters backed it."))
    assert pairs.number_units.tolist() == ["percent"]
    assert pairs.number_scales.tolist() == [100.0]
    assert pairs.evidence_scales.tolist() == [1.0]


def test_nothing_to_align() -> None:
    pairs = align(claimnum.extract("Over 500 people came."), [])
    assert (pairs.k.size, pairs.e.size) == (0, 0)


def test_a_bare_amount_is_read_as_the_rate_of_its_currency() -> None:
    numbers = claimnum.extract("Cleaners will earn $18.")
    pairs = align(numbers, claimnum.extract("Cleaners will earn $18 an hour, the union said."))
    assert pairs.k.tolist() == [0]
    assert pairs.number_units.tolist() == ["USD/hour"]


def test_the_earlier_value_of_a_change_does_not_speak_for_a_number_told_as_now() -> None:
    evidence = claimnum.extract("Support was 68 percent, up from 61 percent in 2022.")
    now = align(claimnum.extract("Support reached 61 percent."), evidence)
    assert [evidence[e].text for e in now.e.tolist()] == ["68 percent"]
    before = align(claimnum.extract("Support was up from 61 percent."), evidence)
    assert "61 percent" in [evidence[e].text for e in before.e.tolist()]


def test_a_running_totals_earlier_report_still_speaks_for_it() -> None:
    evidence = claimnum.extract("The death toll rose to 31, up from 25.")
    pairs = align(claimnum.extract("The quake killed 25 people."), evidence)
    assert "25" in [evidence[e].text for e in pairs.e.tolist()]


@pytest.mark.parametrize("phrase", earlier_values())
def test_every_earlier_value_phrase_marks_a_background_figure(phrase: str) -> None:
    evidence = claimnum.extract(f"Turnout was 68 percent, {phrase} 61 percent.")
    pairs = align(claimnum.extract("Turnout reached 61 percent."), evidence)
    assert [evidence[e].text for e in pairs.e.tolist()] == ["68 percent"]


def test_a_distance_from_which_something_was_done_is_no_earlier_value() -> None:
    evidence = claimnum.extract("He scored from 35 yards.")
    pairs = align(claimnum.extract("He scored from 35 yards out."), evidence)
    assert pairs.e.tolist() == [0]
