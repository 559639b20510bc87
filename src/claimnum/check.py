"""Can these claims all be true?  Graded consistency, Marzullo's majority, pairwise overlap.

Every item is read as a trapezoid: its *literal* reading contains its
*support* (``interval``), which contains its *core*; membership is 1 on the
core, falls linearly to 0 across the support, and the literal reading is the
hard limit of what the words allow.  An :class:`~claimnum.Interval` is its own
literal, support and core; a :class:`~claimnum.Claim` and an
:class:`~claimnum.Estimate` carry all three.

The items are turned once into numpy arrays (:class:`Trapezoids`) in a common
unit, and every algorithm here and in :mod:`claimnum.combine` runs on those
arrays, grouped (:class:`Groups`) so that many sets are handled in one pass.

Examples
--------
>>> from claimnum import Interval
>>> from claimnum.check import check
>>> result = check([Interval(10_000, 15_000, "right"), Interval(9_500, 12_500), Interval(11_000, 13_000)])
>>> result.verdict, result.interval
('consistent', [11000, 12500])
>>> check([Interval(2, 3, unit="week"), Interval(10, 15, unit="day")]).verdict
'consistent'
>>> check([Interval(1, 2, unit="week"), Interval(1, 2, unit="km")]).verdict
'incomparable'
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeAlias

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum import display
from claimnum.errors import InvalidArgumentError, InvalidTypeError, UnitMismatchError
from claimnum.interval import _CLOSED, Interval
from claimnum.units import Rates, canonical_unit, checked_rates, convert

__all__ = ["Consistency", "Ends", "Groups", "Item", "Trapezoidal", "Trapezoids", "Verdict", "check"]

Floats: TypeAlias = NDArray[np.float64]
Bools: TypeAlias = NDArray[np.bool_]
Ints: TypeAlias = NDArray[np.intp]

Verdict = Literal["consistent", "compatible", "strained", "conflicting", "incomparable"]
"""The graded answer of :func:`check`, from best to worst."""

LITERAL, SUPPORT, CORE = 0, 1, 2
"""Rows of :class:`Trapezoids`: the literal reading, the support, the core."""

_LADDER: tuple[Verdict, ...] = ("consistent", "compatible", "strained", "conflicting")
_PAIRS_LIMIT = 2_000  # items; beyond this the pairwise table (n² rows) is refused
_EXPLAIN_PAIRS = 6  # items; up to this many, explain() also speaks of every pair
_INF = np.inf


class Trapezoidal(Protocol):
    """What :func:`check` needs of a claim or an estimate: three nested intervals.

    Examples
    --------
    >>> import claimnum
    >>> [claim] = claimnum.extract("An estimated 11,000 people came.")
    >>> claim.literal, claim.interval, claim.core
    ([9620, 12380], [9620, 12380], [10500, 11500])
    """

    @property
    def literal(self) -> Interval: ...  # pragma: no cover - protocol

    @property
    def interval(self) -> Interval: ...  # pragma: no cover - protocol

    @property
    def core(self) -> Interval: ...  # pragma: no cover - protocol


Item: TypeAlias = Interval | Trapezoidal
"""An item to check or combine: an Interval, a Claim or an Estimate."""


# ---------------------------------------------------------------------------------------- arrays


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
        return Trapezoids(_shared(lambda ends: ends.take(index), self.readings), self.units)

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
        ends = np.empty((3, 4, len(items)), dtype=np.float64)
        units = np.empty(len(items), dtype=object)
        for j, item in enumerate(items):
            readings = _readings(item)
            units[j] = readings[0].unit
            for row, reading in enumerate(readings):
                if reading.unit != readings[0].unit:
                    reading = reading.to(readings[0].unit)
                if reading.is_empty:
                    ends[row, :, j] = (_INF, -_INF, 0, 0)
                else:
                    ends[row, :, j] = (reading.lo, reading.hi, reading.left_closed, reading.right_closed)
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


def _shared(change: Callable[[Ends], Ends], readings: Sequence[Ends]) -> tuple[Ends, Ends, Ends]:
    """Apply ``change`` to each distinct reading once; readings that were shared stay shared."""
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
        readings = _shared(lambda ends: _converted(ends, unit_codes, targets, names, rates), readings)
    readings = _shared(_open_at_infinity, readings)
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

    Examples
    --------
    >>> from claimnum import Interval
    >>> build([Interval(1, 2), Interval(2, 3)]).n
    2
    """
    if isinstance(items, pd.DataFrame):
        return Trapezoids.from_frame(items, rates=rates)
    if isinstance(items, (Interval, str, bytes)):
        raise InvalidTypeError(f"expected an iterable of items, got {type(items).__name__}")
    return Trapezoids.from_items(tuple(items), rates=rates)


# ---------------------------------------------------------------------------------------- kernels


def intersect(tz: Trapezoids, row: int, groups: Groups, members: Bools | None = None) -> Ends:
    """Per group, the intersection of reading ``row`` of the member items (exact ends).

    Examples
    --------
    >>> from claimnum import Interval
    >>> tz = Trapezoids.from_items([Interval(1, 3), Interval(2, 4, "right")])
    >>> intersect(tz, SUPPORT, Groups.single(2)).interval(0, None)
    (2, 3]
    """
    return _common(tz.readings[row], groups, members)


def _common(ends: Ends, groups: Groups, members: Bools | None = None) -> Ends:
    """Per group, the intersection of the member intervals."""
    lo, hi, lc, rc = ends.lo, ends.hi, ends.lc, ends.rc
    nobody = np.zeros(groups.size, dtype=bool)
    if members is not None and not members.all():
        lo, hi = np.where(members, lo, -_INF), np.where(members, hi, _INF)
        lc, rc = lc | ~members, rc | ~members
        nobody = ~groups.any(members)
    top = np.where(nobody, _INF, groups.max(lo))  # no member: nothing is shared
    bottom = np.where(nobody, -_INF, groups.min(hi))
    lo_open = groups.any((lo == groups.spread(top)) & ~lc)
    hi_open = groups.any((hi == groups.spread(bottom)) & ~rc)
    return Ends(top, bottom, ~lo_open & np.isfinite(top), ~hi_open & np.isfinite(bottom))


def _contains(lo: Floats, hi: Floats, lc: Bools, rc: Bools, x: Floats, after: Bools) -> Bools:
    """Whether each interval holds the point ``x`` (or, where ``after``, the numbers just above it)."""
    above = (lo < x) | ((lo == x) & (lc | after))
    below = (hi > x) | ((hi == x) & rc & ~after)
    result: Bools = above & below
    return result


def _sweep_fast(lo: Floats, hi: Floats, lc: Bools, rc: Bools) -> tuple[int, Bools] | None:
    """One group: the largest number of intervals sharing a point, and the intervals that hold
    the leftmost such point.

    An open end is moved to the next float inward, which keeps the answer
    exact unless an open start ``(x`` and an open end ``y)`` are neighbouring
    floats (then the reals between them hold no float); that case returns
    ``None`` for the exact general sweep.  Then every interval is closed, a
    start goes before an end at the same place, and a float lies in a moved
    interval exactly when it lies in the original one.
    """
    n = lo.size
    events = np.empty(2 * n)
    np.add(lo, 0.0, out=events[:n])  # + 0.0 turns -0.0 into 0.0
    np.add(hi, 0.0, out=events[n:])
    open_starts, open_ends = np.flatnonzero(~lc), np.flatnonzero(~rc)
    events[open_starts] = np.nextafter(events[open_starts], _INF)
    events[n + open_ends] = np.nextafter(events[n + open_ends], -_INF)
    if open_starts.size and open_ends.size and np.isin(events[open_starts], hi[open_ends]).any():
        return None
    keys = _float_keys(events)
    low, high = int(keys.min()), int(keys.max())
    if high - low < 2**62:  # room for one more bit: one sort of keys that carry the kind of event
        packed = keys - low
        packed <<= 1
        packed[n:] |= 1  # an end sorts after a start at the same place
        packed.sort()
        places = np.flatnonzero((packed & 1) == 0)
        held, best = _most_held(places)
        point = _float_of_key((int(packed[places[best]]) >> 1) + low)
    else:
        starts, ends = np.sort(events[:n]), np.sort(events[n:])
        order = np.argsort(np.concatenate([starts, ends]), kind="stable")  # merges two runs; starts first
        held, best = _most_held(np.flatnonzero(order < n))
        point = float(starts[best])
    return held, (events[:n] <= point) & (events[n:] >= point)


def _most_held(places: Ints) -> tuple[int, int]:
    """From the places of the sorted starts among all sorted events, the largest number of
    intervals holding a start, and which start: the j-th start sits at place p_j after
    p_j - j ends, so j + 1 - (p_j - j) intervals hold it."""
    held = np.arange(1, 2 * places.size + 1, 2) - places
    best = int(np.argmax(held))
    return int(held[best]), best


_SIGN = np.int64(0x7FFF_FFFF_FFFF_FFFF)


def _float_keys(x: Floats) -> NDArray[np.int64]:
    """Integers that sort like the floats ``x`` (no NaN, no -0.0)."""
    bits = x.view(np.int64)
    if x.min() >= 0:  # the usual case, counts and amounts: the bits already sort
        return bits
    keys: NDArray[np.int64] = np.where(bits < 0, bits ^ _SIGN, bits)
    return keys


def _float_of_key(key: int) -> float:
    """The float whose key :func:`_float_keys` gives ``key``."""
    bits = np.int64(key)
    return float(np.array([bits ^ _SIGN if bits < 0 else bits]).view(np.float64)[0])


def _sweep(lo: Floats, hi: Floats, lc: Bools, rc: Bools, groups: Groups) -> tuple[Ints, Floats, Bools]:
    """Per group: the largest count of intervals sharing a value, and a witness of the leftmost one.

    The witness is a point ``x`` (``after`` False) or the numbers just above
    ``x`` (``after`` True).  Events are sorted by group, position and kind:
    an open end before a closed start before a closed end before an open
    start at the same position, which is the order of their cuts.
    """
    n = lo.size
    x = np.concatenate([lo, hi])
    kind = np.concatenate([np.where(lc, 1, 3), np.where(rc, 2, 0)])
    code = np.concatenate([groups.codes, groups.codes])
    order = np.lexsort((kind, x, code))
    running = np.cumsum(np.where(order < n, 1, -1))  # each group's events sum to 0
    event_groups = Groups.from_codes(code[order])
    count = event_groups.max(running)
    is_best = running == count[event_groups.codes]
    first = event_groups.min(np.where(is_best, np.arange(2 * n), 2 * n))
    return count.astype(np.intp), x[order][first], kind[order][first] == 3


def marzullo(tz: Trapezoids, groups: Groups) -> tuple[Ints, Bools]:
    """Marzullo's algorithm on the supports: per group the size of the largest set
    sharing a value, and the members of that set (the leftmost one on ties).

    Exact with open and closed ends, O(n log n); empty items belong to no set.

    Examples
    --------
    >>> from claimnum import Interval
    >>> tz = Trapezoids.from_items([Interval(0, 2), Interval(1, 3), Interval(5, 6)])
    >>> count, members = marzullo(tz, Groups.single(3))
    >>> count.tolist(), members.tolist()
    ([2], [True, True, False])
    """
    keep = tz.valid
    lo, hi, lc, rc = tz.lo[SUPPORT], tz.hi[SUPPORT], tz.lc[SUPPORT], tz.rc[SUPPORT]
    if groups.size == 1 and keep.all():
        fast = _sweep_fast(lo, hi, lc, rc)
        if fast is not None:
            return np.array([fast[0]], dtype=np.intp), fast[1]
    count, x, after = _sweep(lo[keep], hi[keep], lc[keep], rc[keep], _regroup(groups, keep))
    has = _group_has(groups, keep)
    full_count = np.zeros(groups.size, dtype=np.intp)
    full_x = np.zeros(groups.size)
    full_after = np.zeros(groups.size, dtype=bool)
    full_count[has], full_x[has], full_after[has] = count, x, after
    codes = groups.codes[keep]
    members = np.zeros(tz.n, dtype=bool)
    members[keep] = _contains(lo[keep], hi[keep], lc[keep], rc[keep], full_x[codes], full_after[codes])
    return full_count, members


def _group_has(groups: Groups, keep: Bools) -> Bools:
    return groups.any(keep) if groups.codes.size else np.zeros(groups.size, dtype=bool)


def _regroup(groups: Groups, keep: Bools) -> Groups:
    """The groups of the kept items, renumbered 0.. over the groups that keep any."""
    has = _group_has(groups, keep)
    renumber = np.cumsum(has) - 1
    return Groups.from_codes(renumber[groups.codes[keep]])


@dataclass(frozen=True, slots=True)
class Conjunction:
    """The min-conjunction of trapezoids per group: height ``h``, its top ``cut``, ``support``.

    Examples
    --------
    >>> from claimnum import Interval
    >>> c = conjunction(Trapezoids.from_items([Interval(1, 3), Interval(2, 4)]), Groups.single(2))
    >>> c.height.tolist(), c.support.interval(0, None)
    ([1.0], [2, 3])
    """

    height: Floats
    cut: Ends
    support: Ends


def conjunction(
    tz: Trapezoids,
    groups: Groups,
    members: Bools | None = None,
    common: tuple[Ends, Ends, Ends] | None = None,
) -> Conjunction:
    """Per group, the fuzzy conjunction ``min_i μ_i`` of the member trapezoids.

    ``height`` is ``sup_x min_i μ_i(x)``, the degree to which the items agree
    (1 when their cores share a value, 0 when their supports do not); ``cut``
    is where that height is reached (the shared core, or the single point
    where a falling shoulder crosses a rising one); ``support`` is the common
    support.  The crossing is found exactly by Newton steps on the concave
    piecewise-linear gap between the α-cut ends, a few O(n) passes.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"lo": [0.0, 2.0], "hi": [8.0, 10.0], "core_lo": [2.0, 6.0],
    ...                       "core_hi": [4.0, 8.0]})
    >>> c = conjunction(Trapezoids.from_frame(frame), Groups.single(2))
    >>> float(c.height[0]), c.cut.interval(0, None)
    (0.75, [5, 5])
    """
    if members is None:
        common = common or commons(tz, groups)
        support, core = common[SUPPORT], common[CORE]
    else:
        support = intersect(tz, SUPPORT, groups, members)
        same = tz.readings[CORE] is tz.readings[SUPPORT]
        core = support if same else intersect(tz, CORE, groups, members)
    has_core, has_support = core.nonempty, support.nonempty
    height = np.where(has_core, 1.0, 0.0)
    point = support.lo
    if (has_support & ~has_core).any():
        crossing, point = _crossing(tz, groups, np.ones(tz.n, dtype=bool) if members is None else members)
        height = np.where(has_core, 1.0, np.where(has_support, crossing, 0.0))
        point = np.clip(point, support.lo, support.hi)
    cut_lo = np.where(has_core, core.lo, np.where(height > 0, point, support.lo))
    cut_hi = np.where(has_core, core.hi, np.where(height > 0, point, support.hi))
    cut_lc = np.where(has_core, core.lc, np.where(height > 0, True, support.lc))
    cut_rc = np.where(has_core, core.rc, np.where(height > 0, True, support.rc))
    return Conjunction(height, Ends(cut_lo, cut_hi, cut_lc, cut_rc), support)


def _crossing(tz: Trapezoids, groups: Groups, members: Bools) -> tuple[Floats, Floats]:
    """Per group, the highest level whose α-cuts of all members meet, and where they meet."""
    slo = np.where(members, tz.lo[SUPPORT], -_INF)
    shi = np.where(members, tz.hi[SUPPORT], _INF)
    rise = np.where(members & np.isfinite(slo), tz.lo[CORE] - slo, 0.0)
    fall = np.where(members & np.isfinite(shi), shi - tz.hi[CORE], 0.0)
    t = np.zeros(groups.size)
    with np.errstate(invalid="ignore"):
        for _ in range(64):
            _, _, step = _newton_step(slo, shi, rise, fall, t, groups)
            new = np.clip(t + step, 0.0, 1.0)
            done = np.all(np.abs(new - t) <= 1e-15)
            t = new
            if done:
                break
        left, right, _ = _newton_step(slo, shi, rise, fall, t, groups)
    return t, (left + right) / 2


def _newton_step(
    slo: Floats, shi: Floats, rise: Floats, fall: Floats, t: Floats, groups: Groups
) -> tuple[Floats, Floats, Floats]:
    """α-cut ends of the conjunction at levels ``t``, and the step to where they meet."""
    level = groups.spread(t)
    lower, upper = slo + rise * level, shi - fall * level
    left, right = groups.max(lower), groups.min(upper)
    rise_at = groups.max(np.where(lower == groups.spread(left), rise, -_INF))
    fall_at = groups.max(np.where(upper == groups.spread(right), fall, -_INF))
    slope = rise_at + fall_at
    gap = right - left
    step = np.where(slope > 0, gap / np.where(slope > 0, slope, 1.0), np.where(gap >= 0, 1.0, 0.0))
    return left, right, np.nan_to_num(step, nan=0.0, posinf=1.0, neginf=-1.0)


def commons(tz: Trapezoids, groups: Groups) -> tuple[Ends, Ends, Ends]:
    """Per group, the intersection of each reading of all items (literal, support, core),
    computed once per distinct reading.

    Examples
    --------
    >>> from claimnum import Interval
    >>> commons(Trapezoids.from_items([Interval(1, 3), Interval(2, 4)]), Groups.single(2))[SUPPORT].lo
    array([2.])
    """
    return _shared(lambda ends: _common(ends, groups), tz.readings)


def verdicts(
    tz: Trapezoids, groups: Groups, common: tuple[Ends, Ends, Ends] | None = None
) -> NDArray[np.str_]:
    """Per group, the graded verdict: which reading is the best that all items share.

    Examples
    --------
    >>> from claimnum import Interval
    >>> tz = Trapezoids.from_items([Interval(1, 2), Interval(3, 4)])
    >>> verdicts(tz, Groups.single(2)).tolist()
    ['conflicting']
    """
    common = common or commons(tz, groups)
    shared = [common[row].nonempty for row in (CORE, SUPPORT, LITERAL)]
    return np.select(shared, list(_LADDER[:3]), default=_LADDER[3])


def allen(a: Trapezoids, b: Trapezoids, row: int = SUPPORT) -> NDArray[np.str_]:
    """The Allen relation of reading ``row`` of each item of ``a`` to the same item of ``b``.

    The same answer as :meth:`Interval.relation`, computed on arrays by
    comparing the cuts the ends make.

    Examples
    --------
    >>> from claimnum import Interval
    >>> a = Trapezoids.from_items([Interval(1, 2, "left"), Interval(1, 3)])
    >>> b = Trapezoids.from_items([Interval(2, 3), Interval.point(3)])
    >>> allen(a, b).tolist()
    ['meets', 'finished_by']
    """
    a1 = (a.lo[row], (~a.lc[row]).astype(int))
    a2 = (a.hi[row], a.rc[row].astype(int))
    b1 = (b.lo[row], (~b.lc[row]).astype(int))
    b2 = (b.hi[row], b.rc[row].astype(int))
    starts, ends = _cut_cmp(a1, b1), _cut_cmp(a2, b2)
    sharing = np.array(
        [
            "overlaps",
            "finished_by",
            "contains",
            "starts",
            "equals",
            "started_by",
            "during",
            "finishes",
            "overlapped_by",
        ]
    )[3 * (starts + 1) + (ends + 1)]
    return np.select(
        [_cut_cmp(a2, b1) < 0, _cut_cmp(b2, a1) < 0, _cut_cmp(a2, b1) == 0, _cut_cmp(b2, a1) == 0],
        ["before", "after", "meets", "met_by"],
        default=sharing,
    )


def _cut_cmp(a: tuple[Floats, NDArray[Any]], b: tuple[Floats, NDArray[Any]]) -> NDArray[np.intp]:
    by_x = np.sign(a[0] - b[0], where=a[0] != b[0], out=np.zeros(a[0].shape))
    return np.where(a[0] == b[0], np.sign(a[1] - b[1]), by_x).astype(np.intp)


# ---------------------------------------------------------------------------------------- check


@dataclass(frozen=True, slots=True, eq=False)
class Consistency:
    """The answer of :func:`check`: can these items all be true, and who dissents.

    Attributes
    ----------
    verdict : str
        ``"consistent"`` (the cores share a value), ``"compatible"`` (only the
        supports do), ``"strained"`` (only the literal readings do),
        ``"conflicting"`` (not even those) or ``"incomparable"`` (units that
        cannot be converted into one another).
    interval : Interval
        The values the majority shares: the intersection of its supports.
    degree : float
        ``sup_x min_i μ_i(x)`` over all items, 0 to 1: 1 when the cores share a
        value, 0 when the supports do not.
    unit : str or None
        The common unit everything was converted to.
    reason : str
        Why the items are incomparable (empty otherwise).

    Examples
    --------
    >>> from claimnum import Interval
    >>> from claimnum.check import check
    >>> result = check([Interval(1, 3), Interval(2, 4), Interval(9, 10)])
    >>> result.verdict, result.interval, len(result.majority), result.dissenting
    ('conflicting', [2, 3], 2, ([9, 10],))
    """

    verdict: Verdict
    interval: Interval
    degree: float
    unit: str | None
    reason: str
    _items: tuple[Any, ...] | pd.Index = field(repr=False)
    _majority: Bools = field(repr=False)
    _arrays: Trapezoids | None = field(repr=False)
    _labels: bool = field(repr=False)  # the items are a frame's row labels

    def _name(self, k: int) -> str:
        item = self._items[int(k)]
        return f"row {item!r}" if self._labels else describe(item)

    @property
    def consistent(self) -> bool:
        """True for ``"consistent"`` and ``"compatible"``.

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> check([Interval(1, 2), Interval(2, 3)]).consistent
        True
        """
        return self.verdict in ("consistent", "compatible")

    @property
    def majority(self) -> tuple[Any, ...] | pd.Index:
        """The items of the largest set whose supports share a value (row labels for a frame).

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> check([Interval(1, 2), Interval(5, 6), Interval(1.5, 3)]).majority
        ([1, 2], [1.5, 3])
        """
        return select(self._items, self._majority)

    @property
    def dissenting(self) -> tuple[Any, ...] | pd.Index:
        """The items outside the majority.

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> check([Interval(1, 2), Interval(5, 6), Interval(1.5, 3)]).dissenting
        ([5, 6],)
        """
        return select(self._items, ~self._majority)

    @property
    def pairs(self) -> pd.DataFrame:
        """One row per pair of items: ``a``, ``b`` (the items), ``i``, ``j`` (their
        positions), ``relation`` (Allen relation of the supports), ``verdict``
        (pairwise) and ``overlap`` (the height of the intersection of the two
        trapezoids, 0 to 1).

        Built when asked for, vectorised; refused above 2,000 items.

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> check([Interval(1, 2), Interval(2, 3)]).pairs[["i", "j", "relation", "verdict", "overlap"]]
           i  j  relation verdict  overlap
        0  0  1  overlaps  consistent      1.0
        """
        columns = ["a", "b", "i", "j", "relation", "verdict", "overlap"]
        if self._arrays is None:
            return pd.DataFrame(columns=columns)
        n = self._arrays.n
        if n > _PAIRS_LIMIT:
            raise InvalidArgumentError(
                f"{n} items make {n * (n - 1) // 2} pairs; the pairwise table is built for up to "
                f"{_PAIRS_LIMIT} items: check a subset"
            )
        i, j = np.triu_indices(n, 1)
        return pd.DataFrame(
            {
                "a": [self._items[int(k)] for k in i],
                "b": [self._items[int(k)] for k in j],
                "i": i,
                "j": j,
                **_pair_columns(self._arrays, i, j),
            },
            columns=columns,
        )

    def explain(self) -> str:
        """A short account in words: the verdict, the majority, who dissents and why.

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> print(check([Interval(1, 3), Interval(2, 4)]).explain())
        consistent: the cores share [2, 3].
        [1, 3] and [2, 4] overlap on [2, 3]; their cores share [2, 3].
        """
        if self.verdict == "incomparable":
            return f"incomparable: {self.reason}"
        tz = self._arrays
        assert tz is not None
        lines = [f"{self.verdict}: {_verdict_sentence(self, tz)}"]
        if tz.n <= _EXPLAIN_PAIRS:
            lines += [_pair_sentence(tz, i, j, self._name) for i, j in itertools.combinations(range(tz.n), 2)]
        dissent = np.flatnonzero(~self._majority)
        if dissent.size:
            outside = ", ".join(self._name(k) for k in dissent[:_EXPLAIN_PAIRS])
            more = f" and {dissent.size - _EXPLAIN_PAIRS} more" if dissent.size > _EXPLAIN_PAIRS else ""
            lines.append(
                f"{int(self._majority.sum())} of {tz.n} share {self.interval}; outside it: {outside}{more}."
            )
        return "\n".join(lines)

    def __repr__(self) -> str:
        return (
            f"Consistency(verdict={self.verdict!r}, interval={self.interval}, "
            f"majority={int(self._majority.sum())} of {len(self._majority)}, degree={self.degree:.3g})"
        )

    def __eq__(self, other: object) -> bool:
        """Equal when the verdicts, intervals, degrees, units, reasons, items and majorities are.

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> check([Interval(1, 2), Interval(2, 3)]) == check([Interval(1, 2), Interval(2, 3)])
        True
        """
        if not isinstance(other, Consistency):
            return NotImplemented
        return (
            self._key() == other._key()
            and _same_items(self._items, other._items)
            and np.array_equal(self._majority, other._majority)
        )

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[Any, ...]:
        degree = None if self.degree != self.degree else self.degree  # NaN equals NaN here
        return (self.verdict, self.interval, degree, self.unit, self.reason, self._labels, len(self._items))

    def _repr_html_(self) -> str:
        head = display.span(self.verdict, f"claimnum-verdict claimnum-{self.verdict}")
        body = [
            display.span(f"{int(self._majority.sum())} of {len(self._majority)} agree on ", "claimnum-label"),
            self.interval._repr_html_(),
        ]
        dissent = [self._name(k) for k in np.flatnonzero(~self._majority)[:_EXPLAIN_PAIRS]]
        if dissent:
            body.append(display.span("; dissenting: " + "; ".join(dissent), "claimnum-dissent"))
        if self.reason:
            body.append(display.span(self.reason, "claimnum-reason"))
        return display.group(head + " " + "".join(body), "claimnum-consistency")


def _same_items(a: tuple[Any, ...] | pd.Index, b: tuple[Any, ...] | pd.Index) -> bool:
    if isinstance(a, pd.Index) or isinstance(b, pd.Index):
        return isinstance(a, pd.Index) and isinstance(b, pd.Index) and a.equals(b)
    return a == b


def _pair_columns(tz: Trapezoids, i: Ints, j: Ints) -> dict[str, NDArray[Any]]:
    """Relation, verdict and overlap of every pair (i, j), vectorised as groups of two."""
    index = np.stack([i, j], axis=1).ravel()
    groups = Groups(np.repeat(np.arange(i.size), 2), np.arange(0, 2 * i.size, 2))
    both = tz.take(index)
    valid = tz.valid
    relation = np.where(valid[i] & valid[j], allen(tz.take(i), tz.take(j)), "")
    return {
        "relation": relation,
        "verdict": verdicts(both, groups),
        "overlap": conjunction(both, groups).height,
    }


def _verdict_sentence(result: Consistency, tz: Trapezoids) -> str:
    everyone = Groups.single(tz.n)
    if result.verdict == "consistent":
        return f"the cores share {intersect(tz, CORE, everyone).interval(0, tz.unit)}."
    if result.verdict == "compatible":
        common = intersect(tz, SUPPORT, everyone).interval(0, tz.unit)
        return f"the supports share {common}, the cores share nothing (overlap {result.degree:.2f})."
    if result.verdict == "strained":
        common = intersect(tz, LITERAL, everyone).interval(0, tz.unit)
        return f"only the literal readings share a value, {common}."
    return "not even the literal readings share a value."


def _pair_sentence(tz: Trapezoids, i: int, j: int, name: Callable[[int], str]) -> str:
    a, b = name(i), name(j)
    pair = tz.take(np.array([i, j]))
    two = Groups.single(2)
    support = intersect(pair, SUPPORT, two)
    if not support.nonempty[0]:
        if not (tz.valid[i] and tz.valid[j]):
            return f"{a} and {b} share nothing (one is empty)."
        relation = str(allen(tz.take(np.array([i])), tz.take(np.array([j])))[0]).replace("_", " ")
        return f"{a} and {b} do not overlap ({a} {relation} {b})."
    sentence = f"{a} and {b} overlap on {support.interval(0, tz.unit)}"
    core = intersect(pair, CORE, two)
    if core.nonempty[0]:
        return f"{sentence}; their cores share {core.interval(0, tz.unit)}."
    return f"{sentence}; their cores do not (overlap {conjunction(pair, two).height[0]:.2f})."


def select(items: tuple[Any, ...] | pd.Index | pd.DataFrame, mask: Bools) -> tuple[Any, ...] | pd.Index:
    """The items where ``mask`` is true, as a tuple (a frame's row labels: a pandas Index,
    which is immutable and costs no Python object per row).

    Examples
    --------
    >>> import numpy as np
    >>> select(("a", "b", "c"), np.array([True, False, True]))
    ('a', 'c')
    """
    if isinstance(items, pd.DataFrame):
        items = items.index
    if isinstance(items, pd.Index):
        return items[mask]
    return tuple(itertools.compress(items, mask.tolist()))


def _majority_interval(tz: Trapezoids, count: int, members: Bools, everyone: Ends) -> Interval:
    """The values the majority's supports share (``everyone``: what all items share)."""
    if count == tz.n:
        return everyone.interval(0, tz.unit)
    if count == 0:
        return Interval.empty(tz.unit)
    chosen = tz.readings[SUPPORT].take(members)  # usually far fewer than all: cheaper than a mask
    return _common(chosen, Groups.single(count)).interval(0, tz.unit)


def describe(item: object) -> str:
    """How :meth:`Consistency.explain` names an item: its source and its words.

    Examples
    --------
    >>> from claimnum import Interval
    >>> describe(Interval(1, 2, unit="week"))
    '[1, 2] week'
    """
    if isinstance(item, Interval):
        return str(item)
    text, source = getattr(item, "text", None), getattr(item, "source", None)
    if text:
        return f"{source}'s '{text}'" if source else f"'{text}'"
    method = getattr(item, "method", None)
    if method is not None:
        kind = "derived value" if method == "derive" else f"{method} estimate"
        return f"the {kind} {getattr(item, 'interval', '')}"
    return repr(item)


def _is_item(value: object) -> bool:
    """Whether ``value`` is one item: an Interval, or a non-frame with the three readings."""
    return isinstance(value, Interval) or all(
        hasattr(value, name) for name in ("literal", "interval", "core")
    )


def check(items: Iterable[Item] | pd.DataFrame, *, rates: Rates | None = None) -> Consistency:
    """Tell whether claims about one quantity can all be true, and who dissents.

    Parameters
    ----------
    items : iterable of Interval, Claim or Estimate, or a pandas DataFrame
        The claims.  A DataFrame has columns ``lo``, ``hi`` and optionally
        ``closed``, ``core_lo``, ``core_hi``, ``literal_lo``, ``literal_hi``,
        ``unit`` (see :meth:`Trapezoids.from_frame`); its row labels stand for
        the items.
    rates : mapping, optional
        Exchange rates (``{"SEK": 0.0911}``), needed to compare currencies.

    Returns
    -------
    Consistency
        The verdict, the Marzullo majority and its common interval, the
        dissenting items, the pairwise table and an explanation.

    Raises
    ------
    InvalidArgumentError
        For no items or a malformed frame.
    InvalidTypeError
        For an item that is not an Interval, Claim or Estimate, one item
        instead of a list of them, or ``rates`` that are not a mapping of
        currency codes to numbers.

    Notes
    -----
    Units that do not convert (weeks against kilometres, currencies without
    a rate) give the verdict ``"incomparable"``, never an exception.  The
    majority is found by Marzullo's sweep in O(n log n); on ties the leftmost
    set is reported.

    Examples
    --------
    >>> from claimnum import Interval
    >>> from claimnum.check import check
    >>> check([Interval(1, 2), Interval(3, 4)]).verdict
    'conflicting'
    >>> check([Interval(10, 12, unit="USD"), Interval(100, 120, unit="SEK")], rates={"SEK": 0.1}).verdict
    'consistent'
    """
    given: object = items  # checked as any object: callers pass anything
    if _is_item(given) or not isinstance(given, Iterable) or isinstance(given, (str, bytes)):
        raise InvalidTypeError(
            f"check() takes a list of items (Intervals, Claims, Estimates) or a DataFrame, got "
            f"{type(items).__name__}; for one item pass [item]"
        )
    rates = checked_rates(rates)
    is_frame = isinstance(items, pd.DataFrame)
    source = items if isinstance(items, pd.DataFrame) else tuple(items)
    listed: tuple[Any, ...] | pd.Index = source.index if isinstance(source, pd.DataFrame) else source
    if len(listed) == 0:
        raise InvalidArgumentError("check() needs at least one item")
    try:
        tz = build(source, rates=rates)
    except UnitMismatchError as err:
        return Consistency(
            "incomparable",
            Interval.empty(),
            0.0,
            None,
            str(err),
            listed,
            np.zeros(len(listed), dtype=bool),
            None,
            is_frame,
        )
    everyone = Groups.single(tz.n)
    count, members = marzullo(tz, everyone)
    shared = commons(tz, everyone)
    return Consistency(
        verdict=str(verdicts(tz, everyone, shared)[0]),  # type: ignore[arg-type]
        interval=_majority_interval(tz, int(count[0]), members, shared[SUPPORT]),
        degree=float(conjunction(tz, everyone, common=shared).height[0]),
        unit=tz.unit,
        reason="",
        _items=listed,
        _majority=members,
        _arrays=tz,
        _labels=is_frame,
    )
