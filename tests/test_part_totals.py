"""Tests of claimnum.part_totals: a total a sentence gives in parts."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.claim import Claim
from claimnum.data_files import data_table
from claimnum.part_totals import totals, with_totals

_EXAMPLES = {"casualties": ("The blast killed four people and injured six.", 10.0)}


@pytest.mark.parametrize("total", list(data_table("claim_frames.toml")["totals"]))
def test_every_total_is_the_sum_of_its_parts(total: str) -> None:
    sentence, value = _EXAMPLES[total]
    claims = claimnum.extract(sentence, source="wire")
    assert sorted(c.measure or "" for c in claims) == sorted(totals()[total])
    [summed] = with_totals(claims)[len(claims) :]
    assert (summed.measure, summed.value) == (total, value)
    assert sentence[summed.sentence_at :].startswith(summed.text)


def test_a_headline_total_is_checked_against_the_parts() -> None:
    premise = "The blast killed four people and injured six, police said."
    assert claimnum.verify("Blast Leaves 10 Casualties", premise).verdict == "supported"
    assert claimnum.verify("Blast leaves 14 casualties", premise).verdict == "overstated"
    assert claimnum.verify("The blast killed four people.", premise).verdict == "supported"


def test_no_total_without_one_figure_of_each_part() -> None:
    claims = claimnum.extract("The blast killed four people. Six were hurt in a second blast.", source="a")
    assert with_totals(claims) == claims
    stated = claimnum.extract("The blast killed four and injured six: ten casualties.", source="a")
    assert with_totals(stated) == stated  # the sentence gives the total itself


@pytest.mark.parametrize("joiner", data_table("claim_frames.toml")["part_joiners"])
def test_every_joiner_sums_a_count_told_in_parts(joiner: str) -> None:
    sentence = f"Rangers rescued six hikers on the ridge {joiner} two in the valley."
    claims = claimnum.extract(sentence, source="a")
    [summed] = with_totals(claims)[len(claims) :]
    assert (summed.value, summed.measure) == (8.0, claims[0].measure)


def test_a_count_told_in_parts_is_checked_as_a_whole() -> None:
    premise = "The storm killed four people in the north and three in the south."
    assert claimnum.verify("Storm Kills Seven", premise).verdict == "supported"
    assert claimnum.verify("The storm killed four people.", premise).verdict == "supported"


def test_the_parts_of_a_count_are_counted_by_measure_not_compared_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentence = "Rangers rescued six hikers on the ridge and two in the valley; 40 cars were towed."
    claims = claimnum.extract(sentence, source="a")

    def compared(self: Claim, other: object) -> bool:
        raise AssertionError("claims compared whole")

    monkeypatch.setattr(Claim, "__eq__", compared)
    assert [c.value for c in with_totals(claims)[len(claims) :]] == [8.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fire destroyed 12 homes and three barns.",  # two things counted
        "The flood killed 10 people, including four children and three officers.",  # the total is told
        "Rangers rescued six hikers or two in the valley.",  # no joining word
    ],
)
def test_no_sum_of_parts_that_are_not_one_count(sentence: str) -> None:
    claims = claimnum.extract(sentence, source="a")
    assert with_totals(claims) == claims
