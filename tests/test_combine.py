"""Tests of claimnum.combine: the fusion methods, their laws, Estimate, combine_groups."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimnum import Interval, extract
from claimnum.check import check
from claimnum.combine import Estimate, combine, combine_groups
from claimnum.errors import InvalidArgumentError, InvalidTypeError, MissingRateError, UnitMismatchError
from claimnum.semantics import read

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
    # The cores share only 11,500; the estimate's core is as wide as the narrowest source core.
    assert marzullo.core == Interval(11_000, 12_000)
    assert (marzullo.agreement, len(marzullo.agreeing), len(marzullo.dissenting)) == (1.0, 3, 0)
    fuzzy = combine(TROOPS, method="fuzzy")
    assert fuzzy.point == pytest.approx(11_667, abs=1)  # semantics.md §5.1: centroid 11,667
    bayes = combine(TROOPS, method="bayes")
    assert bayes.point == pytest.approx(11_634, abs=10)  # the posterior median (its mean: 11,665)
    assert bayes.interval.lo == pytest.approx(11_194, abs=30)  # 90 %: [11,194, 12,226]
    assert bayes.interval.hi == pytest.approx(12_226, abs=30)
    assert combine(TROOPS, method="median").point == 11_250  # median of the core midpoints


def test_casualty_counts_fuse_only_at_the_tails() -> None:
    fuzzy = combine(LOSSES, method="fuzzy")
    assert fuzzy.agreement == pytest.approx(0.883, abs=0.001)
    assert fuzzy.interval == Interval(3_800, 5_500)
    assert fuzzy.point == pytest.approx(4_639, abs=2)  # §5.2: fuzzy centroid 4,639
    bayes = combine(LOSSES, method="bayes")
    assert bayes.point == pytest.approx(4_637, abs=20)  # the posterior median


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
        assert row["n_agreeing"] == (len(alone.agreeing) if alone.resolved else alone.agreement * len(group))
        assert row["resolved"] == alone.resolved


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


# ---------------------------------------------------------------------------------------- honesty (issue 11)


def claims_frame(readings: list[tuple[str, list[float], float | None]]) -> pd.DataFrame:
    """Claims read by :func:`claimnum.semantics.read`, as extract_frame would give them."""
    rows = []
    for sense, values, granule in readings:
        reading = read(sense, values, granule=granule)
        row: dict[str, object] = {"value": values[0] if len(values) == 1 else np.nan, "sense": sense}
        for prefix, part in (("", reading.interval), ("core_", reading.core), ("literal_", reading.literal)):
            row |= {f"{prefix}lo": part.lo, f"{prefix}hi": part.hi, f"{prefix}closed": part.closed}
        rows.append(row)
    return pd.DataFrame(rows)


def fused(
    readings: list[tuple[str, list[float], float | None]], method: str
) -> tuple[pd.DataFrame, Estimate, pd.DataFrame]:
    """The claims as a frame, their estimate and the agreeing rows."""
    rows = claims_frame(readings)
    estimate = combine(rows, method=method)  # type: ignore[arg-type]
    return rows, estimate, rows.loc[list(estimate.agreeing)]


def test_round_figures_give_a_round_point() -> None:
    texts = ["About 9,200 fled.", "Some 9,300 fled.", "About 9,350 fled.", "Roughly 9,200 fled."]
    claims = [claim for text in texts for claim in extract(text)]
    for method in METHODS:
        estimate = combine(claims, method=method)  # type: ignore[arg-type]
        if estimate.interval.is_empty:
            continue
        assert estimate.point % 10 == 0, method  # the finest written grain is 10 (9,350)
        assert estimate.interval.width >= 100, method  # the narrowest core: [9150, 9250]


def test_an_estimate_takes_in_the_most_precise_agreeing_figure() -> None:
    # "at least 1,300" ends its pragmatic reach at 2,275: that soft end may not cut 2,300 off.
    claims = [
        c
        for text in ("At least 1,300 fled.", "More than 2,000 fled.", "Some 2,300 fled.")
        for c in extract(text)
    ]
    estimate = combine(claims)
    assert estimate.interval.contains(2_300)
    assert estimate.interval.width >= 100
    assert estimate.point % 100 == 0


def test_vague_words_give_a_range_and_no_point() -> None:
    estimate = combine(extract("Dozens were hurt."))
    assert math.isnan(estimate.point)
    assert str(estimate.interval) == "[24, 144)"
    both = combine(extract("Dozens were hurt.") + extract("Scores were hurt."))
    assert math.isnan(both.point)
    mixed = combine(extract("Dozens were hurt.") + extract("About 50 were hurt."))
    assert mixed.point == 50


def test_one_source_against_one_other_is_unresolved() -> None:
    for pair in ([Interval(1, 2), Interval(5, 6)], [Interval(5, 6), Interval(1, 2)]):
        estimate = combine(pair)
        assert not estimate.resolved
        assert math.isnan(estimate.point)
        assert estimate.interval == Interval(1, 6)
        assert set(estimate.agreeing) == set(pair)
        assert estimate.dissenting == ()
        assert "unresolved" in repr(estimate)
        assert "unresolved" in estimate._repr_html_()
    # two sets of two, sharing an item: still no side
    assert not combine([Interval(0, 2), Interval(1, 4), Interval(3, 5)]).resolved
    # a majority resolves
    assert combine([Interval(1, 2), Interval(1.5, 3), Interval(5, 6)]).resolved


def test_combine_groups_says_which_groups_are_unresolved() -> None:
    rows = pd.DataFrame(
        {"g": [0, 0, 1, 1, 1], "lo": [1.0, 5.0, 1.0, 1.5, 5.0], "hi": [2.0, 6.0, 2.0, 3.0, 6.0]}
    )
    table = combine_groups(rows, by="g")
    assert table["resolved"].tolist() == [False, True]
    assert math.isnan(table.loc[0, "point"])
    assert (table.loc[0, "lo"], table.loc[0, "hi"]) == (1.0, 6.0)


SOFT = st.tuples(
    st.sampled_from(["approximate", "estimated"]),
    st.integers(11, 99).filter(lambda m: m % 10 != 0),
    st.integers(1, 4),
).map(lambda t: (t[0], [float(t[1] * 10 ** t[2])], float(10 ** t[2])))


@settings(max_examples=60, deadline=None)
@given(st.lists(SOFT, min_size=1, max_size=6), st.sampled_from(METHODS))
def test_no_estimate_is_more_precise_than_its_most_precise_agreeing_source(
    readings: list[tuple[str, list[float], float | None]], method: str
) -> None:
    rows, estimate, agreeing = fused(readings, method)
    if estimate.interval.is_empty or not estimate.resolved:
        return
    if agreeing.empty:
        return  # "median" may agree with no item
    narrowest = (agreeing["core_hi"] - agreeing["core_lo"]).min()
    assert estimate.interval.width >= narrowest * (1 - 1e-9)
    assert estimate.core.width >= min(narrowest, estimate.interval.width) * (1 - 1e-9)
    assert estimate.interval.contains(estimate.point)
    agrees = rows.index.isin(estimate.agreeing)
    grains = [grain for (_, _, grain), agreeing in zip(readings, agrees, strict=True) if agreeing]
    steps = estimate.point / (min(grains) * np.array([1, 0.1, 0.01, 0.5]))
    assert np.isclose(steps, np.round(steps)).any()  # at the written grain (or finer, or half-way)


ANY_CLAIM = st.one_of(
    SOFT,
    st.tuples(
        st.sampled_from(["bare", "over", "at_least", "under", "nearly"]),
        st.integers(1, 99),
        st.integers(0, 3),
    ).map(lambda t: (t[0], [float(t[1] * 10 ** t[2])], float(10 ** t[2]))),
    st.sampled_from([("dozens", [], None), ("few", [], None), ("range", [2_000.0, 3_000.0], 1_000.0)]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(ANY_CLAIM, min_size=1, max_size=6), st.sampled_from(METHODS))
def test_every_point_lies_in_its_interval_and_vague_groups_have_none(
    readings: list[tuple[str, list[float], float | None]], method: str
) -> None:
    _, estimate, agreeing = fused(readings, method)
    if not math.isnan(estimate.point):
        assert estimate.interval.contains(estimate.point)
        assert estimate.core.issubset(estimate.interval)
    if len(agreeing) and agreeing["sense"].isin(["dozens", "few"]).all():
        assert math.isnan(estimate.point)


def test_bayes_point_lies_inside_its_interval() -> None:
    estimate = combine([Interval(1077, 1077), Interval(6, 8)], method="bayes")  # a fuzz case of issue 11
    assert estimate.interval.contains(estimate.point)


@settings(max_examples=80, deadline=None)
@given(st.lists(intervals(), min_size=1, max_size=6), st.floats(0.5, 0.99), st.floats(0, 0.5))
def test_bayes_point_is_always_inside_its_interval(
    items: list[Interval], level: float, epsilon: float
) -> None:
    try:
        estimate = combine(items, method="bayes", level=level, epsilon=epsilon)
    except InvalidArgumentError:
        assert epsilon == 0
        return
    if not estimate.interval.is_empty:
        assert estimate.interval.contains(estimate.point)


def test_bayes_matches_a_fine_grid() -> None:
    # The hinge sums against the posterior evaluated on two million points (11,187 and 5,250.5),
    # rounded outward to a hundredth of the interval's width.
    assert combine(TROOPS, method="bayes").interval.lo == 11_180
    assert combine(LOSSES, method="bayes").interval.hi == 5_260
    assert combine(TROOPS, method="bayes").point == pytest.approx(11_633.7, abs=1)


def test_bayes_groups_at_once_equal_one_by_one() -> None:
    rows = pd.concat([TROOPS.assign(g=0), LOSSES.assign(g=1), ABSENCE.assign(g=2)], ignore_index=True)
    rows["closed"] = rows["core_closed"] = rows["closed"].fillna("both")
    table = combine_groups(rows, by="g", method="bayes")
    for g, part in enumerate((TROOPS, LOSSES, ABSENCE)):
        alone = combine(part, method="bayes")
        assert table.loc[g, "lo"] == pytest.approx(alone.interval.lo, rel=1e-3)
        assert table.loc[g, "point"] == pytest.approx(alone.point, rel=1e-3)


# ---------------------------------------------------------------------------------------- equality (issue 13)


def test_estimates_compare_by_value() -> None:
    assert combine([Interval(1, 3)]) == combine([Interval(1, 3)])
    vague = extract("Dozens came.")
    assert combine(vague) == combine(vague)  # a NaN point equals a NaN point
    rows = pd.DataFrame({"lo": [1.0, 2.0], "hi": [3.0, 4.0]})
    assert combine(rows) == combine(rows)  # row labels compare as labels
    assert combine(rows) != combine(rows.iloc[:1])
    assert combine([Interval(1, 3)]) != "an estimate"
    with pytest.raises(TypeError, match="not hashable"):
        hash(combine(rows))


def test_a_tie_among_many_items_is_found() -> None:
    # Past 10,000 items a histogram rules out most of them before the second sweep.
    rng = np.random.default_rng(1)
    scattered = rng.uniform(10, 1_000, 20_000)
    rows = pd.DataFrame(
        {
            "lo": np.r_[np.zeros(20_000), np.full(20_000, 5.0), scattered],
            "hi": np.r_[np.ones(20_000), np.full(20_000, 6.0), scattered + 0.001],
        }
    )
    assert not combine(rows).resolved
    assert combine(rows.iloc[:39_999]).resolved  # one fewer on the right: the left set wins
