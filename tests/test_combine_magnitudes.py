"""combine at the edges of the floats: a correct estimate or a claimnum error, never a warning."""

from __future__ import annotations

import math
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimnum import Interval
from claimnum.combine import combine, combine_groups
from claimnum.errors import ClaimnumError
from claimnum.strategies import intervals

METHODS = ["marzullo", "intersection", "fuzzy", "bayes", "median"]
TINY = 5e-324  # the smallest float
HUGE = 1.7e308


def combined_quietly(items: list[Interval], method: str) -> object:
    """combine(), every warning an error: a result or a claimnum error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            return combine(items, method=method)
        except ClaimnumError as err:
            return err


def inside(x: float, item: Interval) -> bool:
    return item.lo <= x <= item.hi


@pytest.mark.parametrize(
    ("items", "method"),
    [
        ([Interval(0, TINY)] * 2, "bayes"),
        ([Interval(TINY, 2 * TINY), Interval(0, TINY)], "median"),
        ([Interval(1e308, HUGE), Interval(1.6e308, HUGE)], "bayes"),
        ([Interval(1e-210, 3e-210), Interval(2e-210, 4e-210)], "fuzzy"),
        ([Interval(1e300, HUGE), Interval(2e300, 4e300)], "fuzzy"),
    ],
)
def test_the_audited_edge_cases_give_an_estimate_inside_the_sources(
    items: list[Interval], method: str
) -> None:
    estimate = combined_quietly(items, method)
    assert not isinstance(estimate, Exception), estimate
    assert any(inside(estimate.point, item) for item in items)
    common = items[0] & items[1]
    if method != "median" and not common.is_empty:  # a median of middles may leave the common part
        assert inside(estimate.point, common)
    assert (
        min(i.lo for i in items) <= estimate.interval.lo <= estimate.interval.hi <= max(i.hi for i in items)
    )
    assert repr(estimate).startswith("Estimate(")  # its grain printed, however narrow


def test_bayes_near_the_largest_float_keeps_to_the_narrower_source() -> None:
    estimate = combined_quietly([Interval(1e308, HUGE), Interval(1.6e308, HUGE)], "bayes")
    assert 1.6e308 <= estimate.point <= HUGE
    assert estimate.interval.lo >= 1.6e308


def test_fuzzy_point_below_1e200_is_its_centroid() -> None:
    estimate = combined_quietly([Interval(1e-210, 3e-210), Interval(2e-210, 4e-210)], "fuzzy")
    assert estimate.point == pytest.approx(2.5e-210, rel=1e-9, abs=0)


@pytest.mark.parametrize("method", METHODS)
def test_a_moderate_story_is_combined_as_before_the_rescaling(method: str) -> None:
    items = [Interval(1, 3), Interval(2, 4), Interval(2.5, 3.5)]
    scaled = [Interval(i.lo * 2.0**-600, i.hi * 2.0**-600) for i in items]
    plain, tiny = combine(items, method=method), combined_quietly(scaled, method)
    assert tiny.point == pytest.approx(plain.point * 2.0**-600, rel=0.02, abs=0)


def test_combine_groups_rescales_each_group_on_its_own() -> None:
    frame = pd.DataFrame(
        {
            "g": ["tiny", "tiny", "huge", "huge"],
            "lo": [1e-300, 2e-300, 1e300, 1.6e300],
            "hi": [3e-300, 4e-300, 2e300, 1.8e300],
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table = combine_groups(frame, by="g", method="fuzzy")
    assert table.loc["tiny", "point"] == pytest.approx(2.5e-300, rel=1e-6, abs=0)
    assert 1.6e300 <= table.loc["huge", "point"] <= 1.8e300


@st.composite
def magnified(draw: st.DrawFn) -> list[Interval]:
    """One to four intervals of one story, at any power of ten the floats hold."""
    shapes = draw(st.lists(intervals(0, 1000, closed="both"), min_size=1, max_size=4))
    power = draw(st.integers(-323, 304))
    scale = 10.0**power if power >= -307 else 10.0**-307 * 10.0 ** (power + 307)
    return [Interval(i.lo * scale, i.hi * scale) for i in shapes if not i.is_empty]


@st.composite
def raw_floats(draw: st.DrawFn) -> list[Interval]:
    ends = st.floats(0, HUGE, allow_subnormal=True)
    pairs = draw(st.lists(st.tuples(ends, ends), min_size=1, max_size=4))
    return [Interval(min(a, b), max(a, b)) for a, b in pairs]


@settings(max_examples=150, deadline=None)
@given(st.one_of(magnified(), raw_floats()), st.sampled_from(METHODS))
def test_every_method_stays_inside_the_sources_at_any_magnitude(items: list[Interval], method: str) -> None:
    if not items:
        return
    estimate = combined_quietly(items, method)
    assume_error_is_claimnums = isinstance(estimate, ClaimnumError)
    if assume_error_is_claimnums:
        return
    lo, hi = min(i.lo for i in items), max(i.hi for i in items)
    if not estimate.interval.is_empty:
        assert lo <= estimate.interval.lo <= estimate.interval.hi <= hi
    if not math.isnan(estimate.point):
        assert lo <= estimate.point <= hi
        assert math.isfinite(estimate.point)
        if not estimate.interval.is_empty:
            assert estimate.interval.lo <= estimate.point <= estimate.interval.hi
    if all(i == items[0] for i in items):
        assert inside(estimate.point, items[0])


@settings(max_examples=100, deadline=None)
@given(magnified(), st.sampled_from(["marzullo", "intersection", "fuzzy"]))
def test_sources_that_share_values_give_a_point_they_all_allow(items: list[Interval], method: str) -> None:
    common = items[0]
    for item in items[1:]:
        common = common & item
    if not items or common.is_empty:
        return
    estimate = combined_quietly(items, method)
    assert not isinstance(estimate, Exception), estimate
    assert all(inside(estimate.point, item) for item in items)
