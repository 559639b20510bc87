"""A measure of people never takes a number of things; one measure in other words (session 8)."""

from __future__ import annotations

import pytest

import claimnum


def _measure(sentence: str, text: str) -> str | None:
    return next(c.measure for c in claimnum.extract(sentence) if c.text == text)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Border guards seized 250 phones at the crossing.", "250"),
        ("The rebels captured dozens of settlements in the north.", "dozens"),
        ("Troops seized hundreds of villages along the river.", "hundreds"),
        ("Agents seized 40 of the computers in the raid.", "40"),
    ],
)
def test_a_measure_of_people_takes_no_number_of_things(sentence: str, text: str) -> None:
    assert _measure(sentence, text) != "arrests"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Police detained dozens of protesters in the square.", "dozens"),
        ("Officers arrested 60 of the marchers.", "60"),
    ],
)
def test_a_partitive_of_people_keeps_its_measure(sentence: str, text: str) -> None:
    assert _measure(sentence, text) == "arrests"


def test_arrests_are_not_supported_by_seized_things() -> None:
    claim = "Officers arrested 250 people in the sweep."
    result = claimnum.verify(claim, "Officers seized 250 phones in the sweep.")
    assert result.verdict != "supported"
