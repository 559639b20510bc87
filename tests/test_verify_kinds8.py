"""Kinds of verify error seen on held-out pairs (session 8), with sentences of our own."""

from __future__ import annotations

import pytest

import claimnum
from claimnum import semantics


def _verdict(claim: str, evidence: str) -> str:
    return claimnum.verify(claim, evidence).verdict


# 1. An age is an exact whole number of years, however round.


@pytest.mark.parametrize(
    ("claim", "evidence", "expected"),
    [
        (
            "The 30-year-old painter Lena Hart was arrested.",
            "Lena Hart, 33, was arrested on Friday.",
            "understated",
        ),
        ("Lena Hart, 30, was arrested.", "The painter, who is 33, was arrested on Friday.", "understated"),
        (
            "Dora Penn, a 60-year-old baker, won the race.",
            "Dora Penn, 62, won the race on Sunday.",
            "understated",
        ),
        ("The 40-year-old singer Tom Lusk died.", "Tom Lusk, 40, died at home.", "supported"),
        ("The 50-year-old pilot Ivo Stam landed safely.", "Ivo Stam, 47, landed safely.", "overstated"),
    ],
)
def test_a_round_age_reads_as_whole_years(claim: str, evidence: str, expected: str) -> None:
    assert _verdict(claim, evidence) == expected


@pytest.mark.parametrize(
    "claim",
    [
        "The painter, in her 30s, was arrested.",
        "The painter, about 30 years old, was arrested.",
    ],
)
def test_a_vague_age_keeps_its_reading(claim: str) -> None:
    assert _verdict(claim, "Lena Hart, 33, was arrested on Friday.") == "supported"


def test_nearly_an_age_keeps_its_reading() -> None:
    assert (
        _verdict("Lena Hart, nearly 40, was arrested.", "Lena Hart, 38, was arrested on Friday.")
        == "supported"
    )


def test_age_grain_narrows_only_a_bare_age() -> None:
    assert semantics.age_grain(10.0, sense="bare", measure="age", unit="year") == 1.0
    assert semantics.age_grain(10.0, sense="bare", measure="duration", unit="year") == 10.0
    assert semantics.age_grain(10.0, sense="nearly", measure="age", unit="year") == 10.0


def test_a_round_duration_still_reads_wide() -> None:
    [claim] = claimnum.extract("The feud lasted 30 years.")
    assert claim.interval.lo < 30 < 31 < claim.interval.hi
