"""Tests of claimnum.alignment: which evidence claims speak of each number."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.alignment import agreement, align, earlier_values
from claimnum.grouping import frame_of


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


def test_the_earlier_value_of_a_change_speaks_only_for_an_earlier_value() -> None:
    evidence = claimnum.extract("Turnout was 68 percent, up from 61 percent.")
    pairs = align(claimnum.extract("Turnout was 70 percent, up from 61 percent."), evidence)
    aligned = {(k, evidence[e].text) for k, e in zip(pairs.k.tolist(), pairs.e.tolist(), strict=True)}
    assert aligned == {(0, "68 percent"), (1, "61 percent")}


def test_agreement_counts_what_frames_share_beyond_their_link() -> None:
    reed, diaz = (frame_of(c) for c in claimnum.extract("Tom Reed, 32, and Ana Diaz, 40, were hurt."))
    [claim] = claimnum.extract("Tom Reed, 32, was arrested.")
    assert agreement(frame_of(claim), reed) > agreement(frame_of(claim), diaz)


def test_of_a_sources_several_figures_the_one_whose_frame_agrees_is_the_counterpart() -> None:
    evidence = "Tom Reed, 45, and Ana Diaz, 33, were charged."
    [item] = claimnum.verify("Tom Reed, 33, was charged.", evidence).items
    assert item.evidence[0].text == "45"
    assert item.verdict == "refuted"  # Diaz's age given to Reed: swapped holders (claimnum.contrasts)
    assert claimnum.verify("Ana Diaz, 33, was charged.", evidence).verdict == "supported"


@pytest.mark.parametrize(
    ("evidence", "aligned"),
    [
        ("Ada Cole, 58, took over the mill.", False),
        ("A 58-year-old man took over the mill.", False),
        ("The 58-year-old feud went on.", True),
    ],
)
def test_a_things_age_is_no_persons_age(evidence: str, aligned: bool) -> None:
    numbers = claimnum.extract("They ended a feud more than 30 years old.")
    assert bool(len(align(numbers, claimnum.extract(evidence)).k)) is aligned
