"""Kinds of verify error seen on held-out pairs (session 8), with sentences of our own."""

from __future__ import annotations

import pytest

import claimnum
from claimnum import semantics


def _verdict(claim: str, evidence: str) -> str:
    return claimnum.verify(claim, evidence).verdict


# 1. An age is an exact whole number of years, however round.


AGES = [
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
]


@pytest.mark.parametrize(
    "claim",
    [
        "The painter, in her 30s, was arrested.",
        "The painter, about 30 years old, was arrested.",
    ],
)
def test_a_vague_age_keeps_its_reading(claim: str) -> None:
    assert _verdict(claim, "Lena Hart, 33, was arrested on Friday.") == "supported"


@pytest.mark.parametrize("person", ["Lena Hart", "She"])
def test_an_age_told_in_years_old_is_a_persons(person: str) -> None:
    claim = f"{person} was 30 years old when she died."
    assert _verdict(claim, "Lena Hart died at 33.") == "understated"


def test_a_things_age_is_no_persons() -> None:
    assert (
        _verdict("The feud is more than 30 years old.", "Lena Hart, 61, ended the feud.") == "not enough info"
    )


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


# 2. A duration told in other units or words is the same duration.


DURATIONS = [
    (
        "The talks went on for 23 months.",
        "The talks dragged on for nearly two years before a deal.",
        "compatible",
    ),
    (
        "The drought has lasted more than three decades.",
        "Farmers have endured 33 years of drought.",
        "supported",
    ),
    (
        "Rescuers searched for four days.",
        "Rescuers searched for 96 hours before finding the hikers.",
        "supported",
    ),
    (
        "Rescuers searched for five days.",
        "After 96 hours of searching, rescuers found the hikers.",
        "overstated",
    ),
    ("He spent six months in jail.", "He spent 180 days in jail.", "supported"),
]


# 3. Money whose currency or measure one side leaves unsaid.


MONEY = [
    ("The film made about 100 million.", "The film made $102 million at the box office.", "supported"),
    ("The film made about 100 million.", "The film brought in $140 million.", "understated"),
    (
        "The film grossed over $142 million.",
        "The movie pulled in $140 million in North America.",
        "compatible",
    ),
    ("The comedy has made about $100 million so far.", "The film took in $102 million.", "supported"),
]


def test_a_bare_small_figure_is_no_money() -> None:
    assert _verdict("The city has about 10 million people.", "The city spent $10 million on roads.") == (
        "not enough info"
    )


def test_a_budget_is_no_gross() -> None:
    result = claimnum.verify("The film cost $90 million.", "The film took in $140 million worldwide.")
    assert result.verdict == "not enough info"


# 4. Counts in words of one counted noun.


COUNTS = [
    (
        "Four jurors said they doubted the evidence.",
        "Four of the twelve jurors doubted the evidence.",
        "supported",
    ),
    ("Kent was one of eight black jurors.", "Eight of the jurors were black.", "supported"),
    ("Kent was one of eight black jurors.", "The jury included eight black jurors.", "supported"),
    ("The storm killed four people.", "Four people died in the storm.", "supported"),
    ("The storm killed four people.", "The storm killed 6 people.", "understated"),
]


def test_a_part_of_another_value_is_not_the_whole() -> None:
    result = claimnum.verify("The team faces nine violations.", "Seven of the violations involved the coach.")
    assert result.verdict != "supported"


# 5. A claim whose only figures are dates.

_TRIAL = (
    "Ray Kent, 41, was sentenced to life on Tuesday. A jury convicted Kent in {year} of setting the fire"
    " that destroyed the Harlow mill. He has appealed twice since then."
)
_FIRE = (
    "The fire at the Harlow mill broke out on November 12, 2009, and burned for two days."
    " Kent was arrested on Dec. 3."
)


DATES = [
    ("Kent was convicted in 2005 of setting the mill fire.", _TRIAL.format(year=2005), "supported"),
    ("Kent was convicted in 2005 of setting the mill fire.", _TRIAL.format(year=2007), "refuted"),
    ("Kent Convicted In 2005 Mill Fire", _TRIAL.format(year=2005), "supported"),
    ("The mill fire started on Nov. 12.", _FIRE, "supported"),
    ("The mill fire started on Nov. 14.", _FIRE, "refuted"),
    ("Kent was arrested on Dec. 5.", _FIRE, "refuted"),
]


@pytest.mark.parametrize(
    ("claim", "evidence", "expected"),
    [
        *(pytest.param(*case, id=f"age-{i}") for i, case in enumerate(AGES)),
        *(pytest.param(*case, id=f"duration-{i}") for i, case in enumerate(DURATIONS)),
        *(pytest.param(*case, id=f"money-{i}") for i, case in enumerate(MONEY)),
        *(pytest.param(*case, id=f"count-{i}") for i, case in enumerate(COUNTS)),
        *(pytest.param(*case, id=f"date-{i}") for i, case in enumerate(DATES)),
    ],
)
def test_each_kind_gets_its_verdict(claim: str, evidence: str, expected: str) -> None:
    assert _verdict(claim, evidence) == expected


@pytest.mark.parametrize(("day", "expected"), [(19, "refuted"), (9, "supported")])
def test_a_date_tied_on_words_is_the_one_of_its_verb(day: int, expected: str) -> None:
    evidence = "The council signed the budget on March 11. Members must vote by the May 9 deadline."
    assert _verdict(f"Council Must Vote By May {day}", evidence) == expected


def test_the_very_date_outweighs_the_verb() -> None:
    evidence = "The council met on May 9. Members voted on May 2."
    assert _verdict("Council Voted On May 9", evidence) == "supported"
