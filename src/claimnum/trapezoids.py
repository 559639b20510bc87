"""Items as arrays: each claim, estimate or interval read as a trapezoid, in one unit.

Every item is read as a trapezoid: its *literal* reading contains its
*support* (``interval``), which contains its *core*; membership is 1 on the
core, falls linearly to 0 across the support, and the literal reading is the
hard limit of what the words allow.  An :class:`~claimnum.Interval` is its own
literal, support and core; a :class:`~claimnum.Claim` and an
:class:`~claimnum.Estimate` carry all three.

The items are turned once into numpy arrays (:class:`Trapezoids`) in a common
unit, and every algorithm of :mod:`claimnum.majority`, :mod:`claimnum.check`,
:mod:`claimnum.combine` and :mod:`claimnum.entail` runs on those arrays,
grouped (:class:`Groups`) so that many sets are handled in one pass.

Examples
--------
>>> from claimnum import Interval
>>> tz = build([Interval(2, 3, unit="week"), Interval(10, 12, unit="day")])
>>> tz.n, tz.unit, tz.hi[SUPPORT].tolist()
(2, 'day', [21.0, 12.0])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.errors import InvalidArgumentError, InvalidTypeError
from claimnum.interval import _CLOSED, Interval
from claimnum.items import Item, Trapezoidal, as_items, describe, select
from claimnum.units import Rates, canonical_unit, convert

__all__ = [
    "CORE",
    "LITERAL",
    "SUPPORT",
    "Ends",
    "Groups",
    "Item",
    "Trapezoidal",
    "Trapezoids",
    "as_items",
    "build",
    "describe",
    "make_interval",
    "per_reading",
    "select",
]

Floats: TypeAlias = NDArray[np.float64]
Bools: TypeAlias = NDArray[np.bool_]
Ints: TypeAlias = NDArray[np.intp]

LITERAL, SUPPORT, CORE = 0, 1, 2
"""Rows of :class:`Trapezoids`: the literal reading, the support, the core."""

_INF = np.inf


@dataclass(frozen=True, slots=True)
class Groups:
    """Items sorted into contiguous groups: ``codes`` (one per item) and group ``starts``.

    Examples
    --------
    >>> import numpy as np
    >>> Groups.from_codes(np.array([0, 0, 1])).starts
    array([0, 2])
    """

    codes: Ints
    starts: Ints

    @classmethod
    def single(cls, n: int) -> Groups:
        """One group of ``n`` items.

        Examples
        --------
        >>> Groups.single(3).size
        1
        """
        return cls(np.zeros(n, dtype=np.intp), np.zeros(1, dtype=np.intp))

    @classmethod
    def from_codes(cls, codes: Ints) -> Groups:
        """Groups from sorted codes ``0, 0, 1, 2, 2, ...`` (every code from 0 present).

        Examples
        --------
        >>> import numpy as np
        >>> Groups.from_codes(np.array([0, 1, 1, 1])).starts
        array([0, 1])
        """
        codes = np.asarray(codes, dtype=np.intp)
        starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if codes.size else codes[:0]
        return cls(codes, starts.astype(np.intp))

    @property
    def size(self) -> int:
        """The number of groups."""
        return int(self.starts.size)

    def max(self, values: NDArray[Any]) -> NDArray[Any]:
        """Per-group maximum."""
        return np.maximum.reduceat(values, self.starts)

    def min(self, values: NDArray[Any]) -> NDArray[Any]:
        """Per-group minimum."""
        return np.minimum.reduceat(values, self.starts)

    def any(self, values: Bools) -> Bools:
        """Per-group logical or."""
        return np.logical_or.reduceat(values, self.starts)

    def sum(self, values: NDArray[Any]) -> NDArray[Any]:
        """Per-group sum."""
        return np.add.reduceat(values, self.starts)

    def spread(self, values: NDArray[Any]) -> NDArray[Any]:
        """Per-group values repeated for each item (broadcast, not copied, for one group)."""
        return values[:1] if self.size == 1 else values[self.codes]


@dataclass(frozen=True, slots=True)
class Ends:
    """Interval ends as arrays: ``lo``, ``hi`` and whether each is closed (``lc``, ``rc``).

    Used for one reading of many items and for per-group results.

    Examples
    --------
    >>> import numpy as np
    >>> ends = Ends(np.array([1.0]), np.array([2.0]), np.array([True]), np.array([False]))
    >>> ends.nonempty.tolist(), ends.interval(0, "week")
    ([True], [1, 2) week)
    """

    lo: Floats
    hi: Floats
    lc: Bools
    rc: Bools

    @property
    def nonempty(self) -> Bools:
        """Whether each interval holds a value."""
        return _nonempty(self.lo, self.hi, self.lc, self.rc)

    def interval(self, g: int, unit: str | None) -> Interval:
        """Entry ``g`` as an :class:`Interval`."""
        return make_interval(self.lo[g], self.hi[g], self.lc[g], self.rc[g], unit)

    def take(self, index: Ints | Bools) -> Ends:
        """The entries at ``index``."""
        return Ends(self.lo[index], self.hi[index], self.lc[index], self.rc[index])


@dataclass(frozen=True, slots=True, eq=False)
class Trapezoids:
    """Items as arrays of trapezoid ends in one unit: three readings, literal, support, core.

    ``readings`` holds one :class:`Ends` per reading; readings that are the
    same (an Interval is its own literal, support and core; a frame without
    core columns) share one object, so nothing is copied or computed twice.
    ``lo[row]``, ``hi[row]``, ``lc[row]``, ``rc[row]`` give the arrays of a
    reading.  An empty reading is stored as ``(inf, -inf)``; an unbounded side
    of a support is flat (its core reaches infinity too), so membership never
    has an infinitely long shoulder.

    Examples
    --------
    >>> from claimnum import Interval
    >>> tz = Trapezoids.from_items([Interval(2, 3, unit="week"), Interval(10, 12, unit="day")])
    >>> tz.unit, tz.lo[SUPPORT].tolist()
    ('day', [14.0, 10.0])
    """

    readings: tuple[Ends, Ends, Ends]
    units: tuple[str | None, ...]

    @property
    def lo(self) -> tuple[Floats, Floats, Floats]:
        """Lower ends of the readings (index with LITERAL, SUPPORT, CORE)."""
        return self.readings[0].lo, self.readings[1].lo, self.readings[2].lo

    @property
    def hi(self) -> tuple[Floats, Floats, Floats]:
        """Upper ends of the readings."""
        return self.readings[0].hi, self.readings[1].hi, self.readings[2].hi

    @property
    def lc(self) -> tuple[Bools, Bools, Bools]:
        """Whether the lower ends are closed."""
        return self.readings[0].lc, self.readings[1].lc, self.readings[2].lc

    @property
    def rc(self) -> tuple[Bools, Bools, Bools]:
        """Whether the upper ends are closed."""
        return self.readings[0].rc, self.readings[1].rc, self.readings[2].rc

    @property
    def unit(self) -> str | None:
        """The common unit (of the first group, when built with groups)."""
        return self.units[0]

    @property
    def n(self) -> int:
        """The number of items."""
        return int(self.readings[SUPPORT].lo.size)

    @property
    def valid(self) -> Bools:
        """Items whose support holds a value."""
        return self.readings[SUPPORT].nonempty

    def take(self, index: Ints | Bools) -> Trapezoids:
        """The items at ``index`` (positions or a mask)."""
        return Trapezoids(per_reading(lambda ends: ends.take(index), self.readings), self.units)

    def interval(self, row: int, j: int) -> Interval:
        """Reading ``row`` of item ``j`` as an :class:`Interval`."""
        return self.readings[row].interval(j, self.unit)

    @classmethod
    def from_items(cls, items: Sequence[Item], *, rates: Rates | None = None) -> Trapezoids:
        """Build the arrays from Intervals, Claims and Estimates.

        Raises
        ------
        UnitMismatchError, MissingRateError
            If the units cannot be brought to one.
        InvalidTypeError
            For an item that is none of these.

        Examples
        --------
        >>> from claimnum import Interval
        >>> Trapezoids.from_items([Interval(1, 2)]).n
        1
        """
        # Every end in one flat list, made an array once: a numpy assignment per item costs more.
        flat: list[float] = []
        units = np.empty(len(items), dtype=object)
        for j, item in enumerate(items):
            readings = _readings(item)
            unit = units[j] = readings[0].unit
            for reading in readings:
                if reading.unit != unit:
                    reading = reading.to(unit)
                if reading.is_empty:
                    flat += (_INF, -_INF, 0.0, 0.0)
                else:
                    flat += (reading.lo, reading.hi, reading.left_closed, reading.right_closed)
        # by item, reading and end -> by reading, end and item
        ends = np.ascontiguousarray(
            np.array(flat, dtype=np.float64).reshape(len(items), 3, 4).transpose(1, 2, 0)
        )
        literal, support, core = (Ends(e[0], e[1], e[2] > 0, e[3] > 0) for e in ends)
        core, literal = (_same_or(support, ends) for ends in (core, literal))
        return _assemble((literal, support, core), units, rates)

    @classmethod
    def from_frame(
        cls, frame: pd.DataFrame, *, rates: Rates | None = None, by: Ints | None = None
    ) -> Trapezoids:
        """Build the arrays from a DataFrame with columns ``lo``, ``hi``.

        Optional columns: ``closed`` (as :class:`pandas.Interval`, default
        ``"both"``), ``core_lo``, ``core_hi``, ``core_closed``, ``literal_lo``,
        ``literal_hi``, ``literal_closed`` (a missing reading is the support)
        and ``unit`` (a missing or empty unit is a pure number).  With ``by``
        (group codes), units are made common within each group only.

        Raises
        ------
        InvalidArgumentError
            Missing ``lo``/``hi``, NaN ends, ``lo > hi``, readings not nested.
        UnitMismatchError, MissingRateError
            If the units of one group cannot be brought to one.

        Examples
        --------
        >>> import pandas as pd
        >>> frame = pd.DataFrame({"lo": [2.0, 10.0], "hi": [3.0, 12.0], "unit": ["week", "day"]})
        >>> Trapezoids.from_frame(frame).hi[SUPPORT].tolist()
        [21.0, 12.0]
        """
        if not isinstance(frame, pd.DataFrame):
            raise InvalidTypeError(f"expected a pandas DataFrame, got {type(frame).__name__}")
        missing = {"lo", "hi"} - set(frame.columns)
        if missing:
            raise InvalidArgumentError(f"the frame needs columns 'lo' and 'hi'; missing {sorted(missing)}")
        support = _frame_reading(frame, "")
        core = _frame_reading(frame, "core_") if "core_lo" in frame.columns else support
        literal = _frame_reading(frame, "literal_") if "literal_lo" in frame.columns else support
        units = frame["unit"].to_numpy(dtype=object) if "unit" in frame.columns else None
        return _assemble((literal, support, core), units, rates, by)


def _same_or(support: Ends, ends: Ends) -> Ends:
    """``support`` itself when ``ends`` holds the same values (so the two are shared)."""
    same = all(np.array_equal(getattr(support, f), getattr(ends, f)) for f in ("lo", "hi", "lc", "rc"))
    return support if same else ends


def per_reading(change: Callable[[Ends], Ends], readings: Sequence[Ends]) -> tuple[Ends, Ends, Ends]:
    """Apply ``change`` to each distinct reading once; readings that were shared stay shared.

    Parameters
    ----------
    change : callable
        Takes one reading's :class:`Ends`, returns new ones.
    readings : sequence of Ends
        The literal reading, the support and the core.

    Returns
    -------
    tuple of Ends
        The changed literal reading, support and core.

    Examples
    --------
    >>> from claimnum import Interval
    >>> tz = build([Interval(1, 2)])
    >>> literal, support, core = per_reading(lambda ends: ends.take([0]), tz.readings)
    >>> literal is support is core
    True
    """
    done: dict[int, Ends] = {}
    for ends in readings:
        if id(ends) not in done:
            done[id(ends)] = change(ends)
    literal, support, core = (done[id(ends)] for ends in readings)
    return literal, support, core


def _frame_reading(frame: pd.DataFrame, prefix: str) -> Ends:
    """One reading from columns ``{prefix}lo``, ``{prefix}hi``, ``{prefix}closed``; empties normalised."""
    lo = frame[f"{prefix}lo"].to_numpy(dtype=np.float64)
    hi = frame[f"{prefix}hi"].to_numpy(dtype=np.float64)
    if np.isnan(lo).any() or np.isnan(hi).any():
        raise InvalidArgumentError(f"the frame's {prefix}lo and {prefix}hi must not be NaN")
    if (lo > hi).any():
        bad = int(np.flatnonzero(lo > hi)[0])
        raise InvalidArgumentError(f"{prefix}lo must not exceed {prefix}hi (row {frame.index[bad]!r})")
    lc, rc = _closed_flags(frame, f"{prefix}closed", lo.size)
    empty = (lo == hi) & ~(lc & rc)  # a point with an open end
    if empty.any():
        lo, hi = np.where(empty, _INF, lo), np.where(empty, -_INF, hi)
        lc, rc = lc & ~empty, rc & ~empty
    return Ends(lo, hi, lc, rc)


def _readings(item: object) -> tuple[Interval, Interval, Interval]:
    """(literal, support, core) of an item."""
    if isinstance(item, Interval):
        return item, item, item
    try:
        readings = (item.literal, item.interval, item.core)  # type: ignore[attr-defined]
    except AttributeError:
        raise InvalidTypeError(
            f"expected an Interval, a Claim or an Estimate, got {type(item).__name__}"
        ) from None
    if not all(isinstance(r, Interval) for r in readings):
        raise InvalidTypeError(f"{type(item).__name__}.literal, .interval and .core must be Intervals")
    return readings


def _closed_flags(frame: pd.DataFrame, column: str, n: int) -> tuple[Bools, Bools]:
    if column not in frame.columns:
        return np.ones(n, dtype=bool), np.ones(n, dtype=bool)
    closed = frame[column].to_numpy(dtype=object)
    known = np.isin(closed, ["both", "left", "right", "neither"])
    if not known.all():
        raise InvalidArgumentError(f"column {column!r} must hold 'both', 'left', 'right' or 'neither'")
    return np.isin(closed, ["both", "left"]), np.isin(closed, ["both", "right"])


def _target_units(codes: Ints, names: list[str], by: Ints | None) -> Ints:
    """Per group, the code of its most frequent unit, ties broken by name (so not by order)."""
    if len(names) == 1:
        return np.zeros(1 if by is None else int(by.max(initial=-1)) + 1, dtype=np.intp)
    if by is None:
        counts = np.bincount(codes, minlength=len(names))
        return np.array([min(range(len(names)), key=lambda u: (-counts[u], names[u]))], dtype=np.intp)
    table = pd.DataFrame({"g": by, "u": codes}).value_counts().rename("count").reset_index()
    table["name"] = [names[u] for u in table["u"]]
    table = table.sort_values(["g", "count", "name"], ascending=[True, False, True])
    return table.drop_duplicates("g")["u"].to_numpy(dtype=np.intp)


def _unit_codes(units: NDArray[Any] | None) -> tuple[Ints, list[str]]:
    """Codes into a list of distinct canonical units (``""`` for a pure number)."""
    if units is None:
        return np.zeros(0, dtype=np.intp), [""]
    raw_codes, raw_names = pd.factorize(units)  # None and NaN get code -1
    canonical = [canonical_unit(str(u)) or "" for u in raw_names] + [""]  # once per distinct unit
    names = sorted(set(canonical))
    recode = np.array([names.index(u) for u in canonical], dtype=np.intp)
    return recode[raw_codes], names


def _assemble(
    readings: tuple[Ends, Ends, Ends],
    units: NDArray[Any] | None,
    rates: Rates | None,
    by: Ints | None = None,
) -> Trapezoids:
    """Convert to a common unit (per group with ``by``), normalise and check nesting."""
    unit_codes, names = _unit_codes(units)
    chosen = _target_units(unit_codes, names, by)
    group_units = tuple(names[c] or None for c in chosen.tolist())
    if len(names) > 1:
        targets = chosen[by] if by is not None else np.full(unit_codes.size, chosen[0])
        readings = per_reading(lambda ends: _converted(ends, unit_codes, targets, names, rates), readings)
    readings = per_reading(_open_at_infinity, readings)
    _check_nested(readings)
    literal, support, core = readings
    if not (np.isfinite(support.lo).all() and np.isfinite(support.hi).all()):
        # An unbounded side of a support is flat: its core reaches as far.
        lo = np.where(support.lo == -_INF, -_INF, core.lo)
        core = Ends(lo, np.where(support.hi == _INF, _INF, core.hi), core.lc, core.rc)
    return Trapezoids((literal, support, core), group_units)


def _converted(ends: Ends, codes: Ints, targets: Ints, names: list[str], rates: Rates | None) -> Ends:
    """``ends`` with each item converted from unit ``names[code]`` to ``names[target]``."""
    lo, hi = ends.lo.copy(), ends.hi.copy()
    width = len(names)
    keys = codes * width + targets
    for key in np.unique(keys):
        src, dst = names[key // width], names[key % width]
        if src != dst:
            rows = keys == key
            lo[rows] = convert(lo[rows], src or None, dst or None, rates=rates)
            hi[rows] = convert(hi[rows], src or None, dst or None, rates=rates)
    return Ends(lo, hi, ends.lc, ends.rc)


def _open_at_infinity(ends: Ends) -> Ends:
    """Infinite ends are open."""
    if np.isfinite(ends.lo).all() and np.isfinite(ends.hi).all():
        return ends
    return Ends(ends.lo, ends.hi, ends.lc & np.isfinite(ends.lo), ends.rc & np.isfinite(ends.hi))


def _check_nested(readings: tuple[Ends, Ends, Ends]) -> None:
    """Require core ⊆ support ⊆ literal, and a core wherever there is a support."""
    names = ("literal", "support", "core")
    for inner, outer in ((CORE, SUPPORT), (SUPPORT, LITERAL)):
        a, b = readings[inner], readings[outer]
        if a is b:
            continue
        empty = ~a.nonempty
        inside = empty | (_cut_le(b.lo, ~b.lc, a.lo, ~a.lc) & _cut_le(a.hi, a.rc, b.hi, b.rc))
        if inner == CORE:
            inside &= ~(empty & b.nonempty)
        if not inside.all():
            j = int(np.flatnonzero(~inside)[0])
            raise InvalidArgumentError(
                f"item {j}: its {names[inner]} is not a non-empty part of its {names[outer]}"
            )


def _cut_le(x: Floats, sx: Bools, y: Floats, sy: Bools) -> Bools:
    """Cut ``(x, sx)`` <= cut ``(y, sy)``; ``s`` is 1 for the cut just after ``x``."""
    result: Bools = (x < y) | ((x == y) & (sx <= sy))
    return result


def _nonempty(lo: Floats, hi: Floats, lc: Bools, rc: Bools) -> Bools:
    result: Bools = (lo < hi) | ((lo == hi) & lc & rc)
    return result


def make_interval(lo: float, hi: float, lc: bool, rc: bool, unit: str | None) -> Interval:
    """An Interval from array ends; ``lo > hi`` (or a point with an open end) is empty.

    Parameters
    ----------
    lo, hi : float
        The ends.
    lc, rc : bool
        Whether the lower and the upper end are closed.
    unit : str or None
        The unit.

    Returns
    -------
    Interval

    Examples
    --------
    >>> make_interval(1.0, 2.0, True, False, "week")
    [1, 2) week
    >>> make_interval(float("inf"), float("-inf"), False, False, None)
    ∅
    """
    if not (lo < hi or (lo == hi and lc and rc)):
        return Interval.empty(unit)
    return Interval(float(lo), float(hi), _CLOSED[bool(lc), bool(rc)], unit)


def build(items: Iterable[Item] | pd.DataFrame, *, rates: Rates | None = None) -> Trapezoids:
    """The arrays of ``items``: a DataFrame or any iterable of Intervals, Claims, Estimates.

    Parameters
    ----------
    items : iterable of Item, or DataFrame
        As :meth:`Trapezoids.from_items` or :meth:`Trapezoids.from_frame` read them.
    rates : mapping of str to float, optional
        Exchange rates between the items' currencies.

    Returns
    -------
    Trapezoids
        In the items' most frequent unit.

    Examples
    --------
    >>> from claimnum import Interval
    >>> build([Interval(1, 2), Interval(2, 3)]).n
    2
    """
    source = as_items(items, "build()")
    if isinstance(source, pd.DataFrame):
        return Trapezoids.from_frame(source, rates=rates)
    return Trapezoids.from_items(source, rates=rates)
