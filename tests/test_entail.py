"""Tests of claimnum.entail: graded entailment, its laws, negation, arrays and frames."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimnum
from claimnum import Interval
from claimnum.entail import entailment, entails, relate
from claimnum.errors import InvalidArgumentError, InvalidTypeError

CLOSED = ["both", "left", "right", "neither"]
STRENGTH = {"contradicted": 0, "compatible": 1, "entailed": 2}


@dataclasses.dataclass(frozen=True)
class Said:
    """A claim as entailment sees it: three nested readings and whether it is negated."""

    literal: Interval
    interval: Interval
    core: Interval
    negated: bool = False

    @property
    def unit(self) -> str | None:
        return self.literal.unit


@st.composite
def grid_intervals(draw: st.DrawFn, low: int = -2) -> Interval:
    """Intervals with integer ends in [low, 8] or infinite ones, any closedness, never empty."""
    lo = draw(st.one_of(st.integers(low, 8), st.just(-math.inf) if low < 0 else st.integers(low, 8)))
    hi = draw(st.one_of(st.integers(max(lo, low) if lo != -math.inf else low, 8), st.just(math.inf)))
    closed = draw(st.sampled_from(CLOSED))
    if lo == hi and closed != "both":
        return Interval.point(lo)
    return Interval(lo, hi, closed)


@st.composite
def said(draw: st.DrawFn, negated: bool | None = None, low: int = -2) -> Said:
    """A claim whose support is its literal reading or a non-empty part of it."""
    literal = draw(grid_intervals(low))
    support = literal
    if (
        literal.hi - literal.lo >= 2
        and math.isfinite(literal.lo)
        and math.isfinite(literal.hi)
        and draw(st.booleans())
    ):
        support = Interval(literal.lo + 1, literal.hi - 1)
    flag = draw(st.booleans()) if negated is None else negated
    return Said(literal, support, support, flag)


POINTS = np.r_[-1000.0, np.arange(-3.0, 9.5, 0.5), 1000.0]  # with integer ends, these witness every set


def members(interval: Interval, negated: bool, domain_start: float) -> set[float]:
    inside = {float(x) for x in POINTS if x in interval and x >= domain_start}
    if not negated:
        return inside
    return {float(x) for x in POINTS if x >= domain_start} - inside


def oracle(premise: Said, hypothesis: Said) -> str:
    """The relation from the sets themselves, point by point."""
    signed = min(premise.literal.lo, hypothesis.literal.lo, premise.interval.lo) < 0
    start = -math.inf if signed else 0.0
    allowed = members(premise.literal if premise.negated else premise.interval, premise.negated, start)
    claimed = members(hypothesis.literal, hypothesis.negated, start)
    if not allowed or not claimed:
        return "incomparable"
    if allowed <= claimed:
        return "entailed"
    if not allowed & claimed:
        return "contradicted"
    return "compatible"


# ------------------------------------------------------------------------------------ examples


@pytest.mark.parametrize(
    ("premise", "hypothesis", "relation"),
    [
        ("over 600 people came", "over 500 people came", "entailed"),
        ("12,000 people came", "about 12,000 people came", "entailed"),
        ("about 12,000 people came", "over 12,000 people came", "compatible"),
        ("over 10,000 people came", "about 12,000 people came", "compatible"),
        ("about 15,000 people came", "more than 60,000 people came", "contradicted"),
        ("47 people died", "more than 40 people died", "entailed"),
        ("47 people died", "dozens of people died", "entailed"),
        ("about 15,000 people came", "fewer than 10,000 people came", "contradicted"),
    ],
)
def test_examples_of_the_issue(premise: str, hypothesis: str, relation: str) -> None:
    assert entails(premise, hypothesis) == relation


def test_the_side_of_a_contradiction() -> None:
    result = relate(
        ["about 15,000 came", "about 15,000 came", "about 15,000 came"],
        ["more than 60,000 came", "fewer than 10,000 came", "over 14,000 came"],
    )
    assert result.relation.tolist() == ["contradicted", "contradicted", "compatible"]
    assert result.side.tolist() == ["above", "below", ""]


def test_negating_the_hypothesis_swaps_entailed_and_contradicted() -> None:
    [premise] = claimnum.extract("Over 600 people came.")
    [hypothesis] = claimnum.extract("Over 500 people came.")
    assert entails(premise, dataclasses.replace(hypothesis, negated=True)) == "contradicted"
    assert entails(premise, hypothesis) == "entailed"


def test_a_negated_premise_is_the_rest_of_the_domain() -> None:
    [fewer] = claimnum.extract("Fewer than 100 people came.")
    [at_least] = claimnum.extract("At least 100 people came.")
    # "not fewer than 100" is [100, inf) among counts, which is "at least 100"
    assert entails(dataclasses.replace(fewer, negated=True), at_least) == "entailed"
    assert entails(dataclasses.replace(at_least, negated=True), fewer) == "entailed"
    assert entails(dataclasses.replace(at_least, negated=True), at_least) == "contradicted"


def test_units_are_converted_per_pair_and_incomparable_pairs_named() -> None:
    premises = [Interval(2, 3, unit="week"), Interval(1, 2, unit="km"), Interval(10, 12, unit="USD")]
    hypotheses = [Interval(10, 30, unit="day"), Interval(1, 2, unit="week"), Interval(90, 130, unit="SEK")]
    result = relate(premises, hypotheses)
    assert result.relation.tolist() == ["entailed", "incomparable", "incomparable"]
    with_rates = relate(premises, hypotheses, rates={"SEK": 0.1})
    assert with_rates.relation.tolist() == ["entailed", "incomparable", "entailed"]
    assert with_rates.unit[0] in ("day", "week")


def test_frames_are_related_row_by_row() -> None:
    premises = pd.DataFrame(
        {
            "lo": [600.0, 14_000.0, 3.0],
            "hi": [900.0, 16_000.0, 4.0],
            "unit": ["", "", "week"],
            "negated": [False, False, True],
        }
    )
    hypotheses = pd.DataFrame(
        {
            "lo": [500.0, 60_000.0, 0.0],
            "hi": [math.inf, math.inf, 3.0],
            "closed": ["neither", "neither", "left"],
            "literal_lo": [500.0, 60_000.0, 0.0],
            "literal_hi": [math.inf, math.inf, 21.0],
            "literal_closed": ["neither", "neither", "left"],
            "unit": ["", "", "day"],
        }
    )
    # not in [3, 4] weeks, so under 21 days or over 28: hypothesis [0, 21) days is compatible
    assert entailment(premises, hypotheses).tolist() == ["entailed", "contradicted", "compatible"]


def test_vectorised_agrees_with_one_by_one() -> None:
    texts = ["over 600 came", "about 12,000 came", "47 died", "nearly 5,000 fled", "up to 300 came"]
    claims = [claimnum.extract(t)[0] for t in texts]
    pairs = [(a, b) for a in claims for b in claims]
    many = entailment([a for a, _ in pairs], [b for _, b in pairs])
    assert many.tolist() == [entails(a, b) for a, b in pairs]


def test_bad_input_is_refused_clearly() -> None:
    with pytest.raises(InvalidArgumentError, match="2 numeric claims"):
        entails("over 600 came and 3 left", "over 500 came")
    with pytest.raises(InvalidArgumentError, match="1 premises but 2 hypotheses"):
        entailment([Interval(1, 2)], [Interval(1, 2), Interval(2, 3)])
    with pytest.raises(InvalidTypeError):
        entailment("over 600", [Interval(1, 2)])
    with pytest.raises(InvalidTypeError):
        entails(object(), Interval(1, 2))  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------ laws


@settings(max_examples=300, deadline=None)
@given(said(), said())
def test_relation_is_the_one_the_sets_give(premise: Said, hypothesis: Said) -> None:
    assert entails(premise, hypothesis) == oracle(premise, hypothesis)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(said())
def test_reflexive(item: Said) -> None:
    assert entails(item, item) in ("entailed", "incomparable")  # type: ignore[arg-type]
    assert entails(item, item) == "entailed" or oracle(item, item) == "incomparable"  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(said(negated=False), said(negated=False), st.integers(0, 3), st.integers(0, 3))
def test_monotone_under_widening_the_hypothesis(premise: Said, hypothesis: Said, down: int, up: int) -> None:
    literal = hypothesis.literal
    wider_literal = Interval(
        literal.lo - down, literal.hi + up, literal.closed if down == up == 0 else "both"
    )
    wider = Said(wider_literal, hypothesis.interval, hypothesis.core)
    before, after = entails(premise, hypothesis), entails(premise, wider)  # type: ignore[arg-type]
    assert STRENGTH[after] >= STRENGTH[before]


@settings(max_examples=300, deadline=None)
@given(said(), said())
def test_never_both_entailed_and_contradicted(premise: Said, hypothesis: Said) -> None:
    relation = entails(premise, hypothesis)  # type: ignore[arg-type]
    allowed_points = oracle(premise, hypothesis)
    if relation == "entailed":
        assert allowed_points != "contradicted"
    flipped = dataclasses.replace(hypothesis, negated=not hypothesis.negated)
    # entailed by a set and by its complement at once would need an empty premise
    assert not (relation == "entailed" and entails(premise, flipped) == "entailed")  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(said(), said()), min_size=1, max_size=12))
def test_entailment_vectorised_equals_entails(pairs: list[tuple[Said, Said]]) -> None:
    many = entailment([p for p, _ in pairs], [h for _, h in pairs])  # type: ignore[misc]
    assert many.tolist() == [entails(p, h) for p, h in pairs]  # type: ignore[arg-type]
