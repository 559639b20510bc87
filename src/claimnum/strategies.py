"""Hypothesis strategies for claimnum's value objects, for users' own property tests.

The strategies follow hypothesis's house style: plural names, keyword-only
options (``min_value`` and ``max_value`` may also come first by position), and
bad arguments raise :class:`hypothesis.errors.InvalidArgument` when a test
draws from the strategy, not when the strategy is built.  Installing claimnum
registers them through hypothesis's entry point, so
``st.from_type(claimnum.Interval)`` works.

This module imports hypothesis; ``import claimnum`` does not import it.

Examples
--------
>>> from hypothesis import given
>>> from claimnum.strategies import intervals
>>> @given(intervals(unit="week"))
... def test_days(iv):
...     assert iv.to("day").to("week").unit == "week"
>>> test_days()
"""

from __future__ import annotations

import math
from typing import cast, get_args

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from claimnum.errors import ClaimnumError
from claimnum.interval import Closed, Interval
from claimnum.units import canonical_unit

__all__ = ["intervals"]

_MAGNITUDE = 1e9
"""Default bound on drawn ends: room for claims, and products stay far from overflow."""
_TINY = 1e-9
"""Drawn ends nearer 0 than this become 0 (when 0 is allowed)."""


def intervals(
    min_value: float | None = None,
    max_value: float | None = None,
    *,
    unit: str | None = None,
    allow_empty: bool = False,
    allow_infinite: bool = False,
    closed: Closed | None = None,
) -> st.SearchStrategy[Interval]:
    """Generate :class:`~claimnum.Interval` values.

    Parameters
    ----------
    min_value, max_value : float, optional
        Finite bounds on both ends; by default ends lie within ``±1e9``.
        Ends are 0 or at least ``1e-9`` from it, where 0 is allowed, so
        arithmetic on the intervals stays far from overflow.
    unit : str, optional
        The unit of every interval; ``None`` (the default) for pure numbers.
    allow_empty : bool
        Also generate the empty interval.
    allow_infinite : bool
        Also generate ``-inf`` lower ends (when ``min_value`` is None) and
        ``inf`` upper ends (when ``max_value`` is None).
    closed : {"both", "left", "right", "neither"}, optional
        Generate only this kind of ends; any kind by default.

    Returns
    -------
    hypothesis.strategies.SearchStrategy
        Of :class:`~claimnum.Interval`.

    Examples
    --------
    >>> from hypothesis import given
    >>> @given(intervals(0, 100, closed="both"))
    ... def test_mid(iv):
    ...     assert iv.mid in iv
    >>> test_mid()
    """
    return st.deferred(lambda: _intervals(min_value, max_value, unit, allow_empty, allow_infinite, closed))


def _intervals(
    min_value: object,
    max_value: object,
    unit: object,
    allow_empty: object,
    allow_infinite: object,
    closed: object,
) -> st.SearchStrategy[Interval]:
    """Check the arguments of :func:`intervals` and build the strategy."""
    for name, flag in (("allow_empty", allow_empty), ("allow_infinite", allow_infinite)):
        if not isinstance(flag, bool):
            raise InvalidArgument(f"{name}={flag!r} must be True or False")
    low, high = _bound("min_value", min_value, -_MAGNITUDE), _bound("max_value", max_value, _MAGNITUDE)
    if low > high:
        raise InvalidArgument(f"min_value={min_value!r} exceeds max_value={max_value!r}")
    kinds = get_args(Closed)
    if closed is not None and closed not in kinds:
        raise InvalidArgument(f"closed={closed!r} must be None or one of {kinds}")
    if low == high and closed not in (None, "both") and not allow_empty:
        raise InvalidArgument(f"min_value == max_value with closed={closed!r} leaves only the empty interval")
    canonical = _unit(unit)
    kind = st.sampled_from(kinds) if closed is None else st.just(cast(Closed, closed))
    ends = st.floats(low, high, allow_nan=False, allow_infinity=False, allow_subnormal=False)
    if low <= 0 <= high:
        # Moderate magnitudes both ways: 1 / 1e-308 would overflow the float range.
        ends = ends.map(lambda x: 0.0 if abs(x) < _TINY else x)
    if math.ceil(low) <= math.floor(high):
        # Whole numbers make equal ends (and so open/closed edge cases) common.
        ends = st.one_of(st.integers(math.ceil(low), math.floor(high)).map(float), ends)
    built = _drawn(
        ends,
        kind,
        canonical,
        allow_infinite is True and min_value is None,
        allow_infinite is True and max_value is None,
    )
    if allow_empty:
        return st.one_of(st.just(Interval.empty(canonical)), built)
    return built.filter(lambda iv: not iv.is_empty)


def _bound(name: str, value: object, default: float) -> float:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidArgument(f"{name}={value!r} must be None or a finite number")
    return float(value)


def _unit(unit: object) -> str | None:
    if unit is not None and not isinstance(unit, str):
        raise InvalidArgument(f"unit={unit!r} must be None or a unit string")
    try:
        return canonical_unit(unit)
    except ClaimnumError as error:
        raise InvalidArgument(f"unit={unit!r}: {error}") from None


@st.composite
def _drawn(
    draw: st.DrawFn,
    ends: st.SearchStrategy[float],
    kinds: st.SearchStrategy[Closed],
    unit: str | None,
    infinite_low: bool,
    infinite_high: bool,
) -> Interval:
    lo, hi = sorted((draw(ends), draw(ends)))
    if infinite_low and draw(st.booleans()):
        lo = -math.inf
    if infinite_high and draw(st.booleans()):
        hi = math.inf
    return Interval(lo, hi, draw(kinds), unit)
