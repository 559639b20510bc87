"""Tests of claimnum.combine: the fusion methods, their laws, Estimate, combine_groups."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimnum import Interval
from claimnum.check import check
from claimnum.combine import Estimate, combine, combine_groups
from claimnum.errors import InvalidArgumentError, InvalidTypeError, MissingRateError, UnitMismatchError

METHODS = ["marzullo", "intersection", "fuzzy", "bayes", "median"]
IDEMPOTENT = ["marzullo", "intersection", "fuzzy", "median"]
CLOSED = ["both", "left", "right", "neither"]


def frame(rows: list[tuple[float, float, float, float]], closed: list[str] | None = None) -> pd.DataFrame:
    """Trapezoids (lo, hi, core_lo, core_hi) as a frame."""
    result = pd.DataFrame(rows, columns=["lo", "hi", "core_lo", "core_hi"], dtype=float)
    if closed is not None:
        result["closed"] = result["core_closed"] = closed
    return result


# Readings of the seed claims, by hand from semantics.md §5.
TROOPS = frame(
    [(10_000, 15_000, 10_000, 12_500), (9_500, 12_500, 10_500, 11_500), (11_000, 13_000, 11_500, 12_500)],
    closed=["right", "both", "both"],
)
LOSSES = frame([(3_800, 7_500, 4_725, 6_325), (2_500, 5_500, 3_500, 4_500)])
ABSENCE = frame([(14, 28, 17.5, 24.5), (7, 21, 10.5, 17.5)])


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = sorted(draw(st.lists(st.integers(0, 20), min_size=2, max_size=2)))
    closed = draw(st.sampled_from(CLOSED))
    return Interval.point(a) if a == b else Interval(a, b, closed)


@st.composite
def trapezoid_rows(draw: st.DrawFn) -> tuple[float, float, float, float]:
    a, c, d, b = sorted(draw(st.lists(st.integers(0, 40), min_size=4, max_size=4)))
    return float(a), float(b), float(c), float(d)


def hull(items: list[Interval]) -> Interval:
    result = items[0]
    for item in items[1:]:
        result = result | item
    return result


# ---------------------------------------------------------------------------------------- worked examples


def test_troops_by_every_method() -> None:
    marzullo = combine(TROOPS)
    assert marzullo.interval == Interval(11_000, 12_500)
    assert marzullo.core == Interval.point(11_500)
    assert (marzullo.agreement, len(marzullo.agreeing), len(marzullo.dissenting)) == (1.0, 3, 0)
    fuzzy = combine(TROOPS, method="fuzzy")
    assert fuzzy.point == pytest.approx(11_667, abs=1)  # semantics.md §5.1: centroid 11,667
    bayes = combine(TROOPS, method="bayes")
    assert bayes.point == pytest.approx(11_667, abs=10)
    assert bayes.interval.lo == pytest.approx(11_194, abs=30)  # 90 %: [11,194, 12,226]
    assert bayes.interval.hi == pytest.approx(12_226, abs=30)
    assert combine(TROOPS, method="median").point == 11_250  # median of the core midpoints


def test_casualty_counts_fuse_only_at_the_tails() -> None:
    fuzzy = combine(LOSSES, method="fuzzy")
    assert fuzzy.agreement == pytest.approx(0.883, abs=0.001)
    assert fuzzy.interval == Interval(3_800, 5_500)
    assert fuzzy.point == pytest.approx(4_639, abs=2)  # §5.2: fuzzy centroid 4,639
    bayes = combine(LOSSES, method="bayes")
    assert bayes.point == pytest.approx(4_639, abs=20)


def test_absence_fuses_at_two_and_a_half_weeks() -> None:
    for method in ("marzullo", "fuzzy", "bayes"):
        assert combine(ABSENCE, method=method).point == pytest.approx(17.5)  # type: ignore[arg-type]


def test_outlier_is_named_and_ignored_by_marzullo() -> None:
    items = [Interval(1, 3), Interval(2, 4), Interval(2.5, 3.5), Interval(40, 50)]
    estimate = combine(items)
    assert estimate.interval == Interval(2.5, 3)
    assert estimate.dissenting == (Interval(40, 50),)
    assert estimate.agreement == 0.75
    assert combine(items, method="intersection").interval.is_empty
    assert combine(items, method="fuzzy").interval.is_empty
    assert math.isnan(combine(items, method="fuzzy").point)


def test_units_are_converted() -> None:
    estimate = combine([Interval(2, 3, unit="week"), Interval(16, 30, unit="day")])
    assert estimate.unit in ("week", "day")
    assert estimate.interval.to("day") == Interval(16, 21, unit="day")


# ---------------------------------------------------------------------------------------- laws


@settings(deadline=None)
@given(st.lists(intervals(), min_size=1, max_size=1), st.integers(1, 4), st.sampled_from(IDEMPOTENT))
def test_fusing_copies_gives_the_claim_back(one: list[Interval], copies: int, method: str) -> None:
    estimate = combine(one * copies, method=method)  # type: ignore[arg-type]
    assert estimate.interval == one[0]


@settings(max_examples=50, deadline=None)
@given(st.lists(trapezoid_rows(), min_size=1, max_size=1), st.integers(1, 4), st.sampled_from(IDEMPOTENT))
def test_fusing_copies_of_a_trapezoid_gives_it_back(
    rows: list[tuple[float, float, float, float]], copies: int, method: str
) -> None:
    estimate = combine(frame(rows * copies), method=method)  # type: ignore[arg-type]
    lo, hi, core_lo, core_hi = rows[0]
    assert estimate.interval == Interval(lo, hi)
    assert estimate.core == Interval(core_lo, core_hi)


def test_bayes_is_not_idempotent_which_is_why_it_is_not_the_default() -> None:
    claim = frame([(9_500, 12_500, 10_500, 11_500)])
    once, thrice = combine(claim, method="bayes"), combine(pd.concat([claim] * 3), method="bayes")
    assert thrice.interval.width < once.interval.width  # copies counted as independent evidence
    assert combine(pd.concat([claim] * 3)).interval == combine(claim).interval


@settings(max_examples=50, deadline=None)
@given(st.lists(intervals(), min_size=1, max_size=5), st.randoms(), st.sampled_from(METHODS))
def test_order_does_not_matter(items: list[Interval], random: object, method: str) -> None:
    shuffled = list(items)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    a, b = combine(items, method=method), combine(shuffled, method=method)  # type: ignore[arg-type]
    if method == "bayes":
        assert a.interval.lo == pytest.approx(b.interval.lo)
        assert a.point == pytest.approx(b.point)
    else:
        assert (a.interval, a.core, a.agreement) == (b.interval, b.core, b.agreement)
        assert set(a.dissenting) == set(b.dissenting)


@settings(max_examples=50, deadline=None)
@given(st.lists(intervals(), min_size=1, max_size=5), st.sampled_from(METHODS))
def test_fused_interval_lies_in_the_hull(items: list[Interval], method: str) -> None:
    fused = combine(items, method=method).interval  # type: ignore[arg-type]
    assert fused.issubset(hull(items))


@settings(deadline=None)
@given(st.lists(intervals(), min_size=2, max_size=5), st.sampled_from(["marzullo", "median"]))
def test_an_outlier_does_not_drag_the_estimate(majority: list[Interval], method: str) -> None:
    majority = [Interval(iv.lo, iv.hi) | Interval.point(10) for iv in majority]  # all hold 10
    outlier = Interval(100, 110)
    estimate = combine([*majority, outlier], method=method)  # type: ignore[arg-type]
    assert estimate.interval.issubset(hull(majority))
    assert estimate.interval.overlaps(Interval.point(10)) or method == "marzullo"
    assert estimate.dissenting == (outlier,)


# ---------------------------------------------------------------------------------------- Estimate


def test_estimate_is_an_immutable_hashable_item() -> None:
    estimate = combine([Interval(1, 3), Interval(2, 4)])
    with pytest.raises(dataclasses.FrozenInstanceError):
        estimate.point = 0.0  # type: ignore[misc]
    assert hash(estimate) == hash(combine([Interval(1, 3), Interval(2, 4)]))
    assert check([estimate, Interval(2.5, 5)]).verdict == "consistent"
    again = combine([estimate, Interval(2.5, 5)])
    assert again.interval == Interval(2.5, 3)
    assert isinstance(again, Estimate)


def test_estimate_repr_and_html() -> None:
    estimate = combine([Interval(1, 3), Interval(2, 4), Interval(7, 8)])
    assert repr(estimate) == (
        "Estimate(method='marzullo', point=2.5, interval=[2, 3], core=[2, 3], agreement=0.667, "
        "agreeing=2, dissenting=1)"
    )
    assert "dissenting: [7, 8]" in estimate._repr_html_()


def test_frame_estimates_name_rows() -> None:
    rows = pd.DataFrame({"lo": [1.0, 2.0, 9.0], "hi": [3.0, 4.0, 10.0]}, index=["a", "b", "c"])
    estimate = combine(rows)
    assert list(estimate.agreeing) == ["a", "b"]
    assert list(estimate.dissenting) == ["c"]


def test_errors() -> None:
    with pytest.raises(InvalidArgumentError):
        combine([])
    with pytest.raises(InvalidArgumentError):
        combine([Interval(1, 2)], method="average")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError):
        combine([Interval(1, math.inf, "left")], method="bayes")
    with pytest.raises(InvalidArgumentError):
        combine([Interval(1, 2)], method="bayes", level=1.5)
    with pytest.raises(UnitMismatchError):
        combine([Interval(1, 2, unit="week"), Interval(1, 2, unit="km")])
    with pytest.raises(MissingRateError):
        combine([Interval(1, 2, unit="USD"), Interval(10, 20, unit="SEK")])
    with pytest.raises(InvalidTypeError):
        combine_groups([Interval(1, 2)], by="g")  # type: ignore[arg-type]


def test_bayes_handles_point_claims_and_disjoint_claims() -> None:
    point = combine([Interval.point(5), Interval(0, 10)], method="bayes")
    assert point.point == pytest.approx(5, abs=0.01)
    apart = combine([Interval(0, 1), Interval(10, 11)], method="bayes")
    assert apart.agreement == 0.0
    assert 0 <= apart.point <= 11


# ---------------------------------------------------------------------------------------- groups


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(intervals(), min_size=1, max_size=4), min_size=1, max_size=4),
    st.sampled_from(IDEMPOTENT),
)
def test_combine_groups_equals_combine_per_group(groups: list[list[Interval]], method: str) -> None:
    rows = [
        {"g": g, "lo": iv.lo, "hi": iv.hi, "closed": iv.closed}
        for g, group in enumerate(groups)
        for iv in group
        if not iv.is_empty
    ]
    table = combine_groups(pd.DataFrame(rows), by="g", method=method)  # type: ignore[arg-type]
    for g, group in enumerate(groups):
        alone = combine(group, method=method)  # type: ignore[arg-type]
        row = table.loc[g]
        if alone.interval.is_empty:
            assert math.isnan(row["lo"])
        else:
            assert Interval(row["lo"], row["hi"], row["closed"]) == alone.interval
        assert row["agreement"] == pytest.approx(alone.agreement)
        assert row["n_agreeing"] == len(alone.agreeing)


def test_combine_groups_units_per_group_and_keys() -> None:
    rows = pd.DataFrame(
        {
            "story": ["x", "x", "y", "y", None],
            "lo": [2.0, 16.0, 1.0, 1000.0, 0.0],
            "hi": [3.0, 30.0, 2.0, 1500.0, 1.0],
            "unit": ["week", "day", "km", "m", ""],
        }
    )
    table = combine_groups(rows, by="story")
    assert list(table.index) == ["x", "y"]  # the row without a key is left out
    assert table.loc["y", "unit"] == "kilometer" or table.loc["y", "unit"] == "meter"
    assert table["n"].tolist() == [2, 2]
    assert table.loc["x", "agreement"] == 1.0


@pytest.mark.parametrize("method", METHODS)
def test_only_empty_claims_give_an_empty_estimate(method: str) -> None:
    estimate = combine([Interval.empty(), Interval.empty()], method=method)  # type: ignore[arg-type]
    assert estimate.interval.is_empty
    assert estimate.agreement == 0.0
    assert math.isnan(estimate.point)
    assert len(estimate.dissenting) == 2


def test_a_group_of_empty_claims_is_empty() -> None:
    rows = pd.DataFrame({"g": [0, 1, 1], "lo": [1.0, 5.0, 6.0], "hi": [1.0, 7.0, 8.0]})
    rows["closed"] = ["neither", "both", "both"]
    table = combine_groups(rows, by="g")
    assert math.isnan(table.loc[0, "lo"])
    assert table.loc[0, "agreement"] == 0.0
    assert (table.loc[1, "lo"], table.loc[1, "hi"]) == (6.0, 7.0)


@settings(max_examples=40, deadline=None)
@given(st.lists(trapezoid_rows(), min_size=1, max_size=3))
def test_fuzzy_point_is_the_centroid_of_the_conjunction(
    rows: list[tuple[float, float, float, float]],
) -> None:
    estimate = combine(frame(rows), method="fuzzy")
    grid = np.linspace(0, 40, 80_001)
    mu = np.ones_like(grid)
    for lo, hi, core_lo, core_hi in rows:
        with np.errstate(divide="ignore", invalid="ignore"):
            rise = np.where(core_lo > lo, (grid - lo) / (core_lo - lo), 1.0)
            fall = np.where(hi > core_hi, (hi - grid) / (hi - core_hi), 1.0)
        inside = (grid >= lo) & (grid <= hi)
        mu = np.minimum(mu, np.where(inside, np.clip(np.minimum(rise, fall), 0, 1), 0.0))
    if mu.sum() == 0 or estimate.agreement == 0:
        return  # a single shared point (or none) has no area to take a centroid of
    assert estimate.point == pytest.approx((mu * grid).sum() / mu.sum(), abs=0.01)
