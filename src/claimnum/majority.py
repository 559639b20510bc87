"""What many intervals share: per-group intersections, Marzullo's majority, the fuzzy conjunction.

All three run on :class:`~claimnum.trapezoids.Trapezoids` sorted into
:class:`~claimnum.trapezoids.Groups`, every group in one pass:
:func:`intersect` and :func:`commons` give the values that all members'
readings share, :func:`marzullo` the largest set of supports that share a
value (a sweep over the ends, exact with open and closed ends), and
:func:`conjunction` how far the trapezoids agree, ``sup_x min_i μ_i(x)``.

Examples
--------
>>> from claimnum import Interval
>>> from claimnum.trapezoids import Groups, build
>>> tz = build([Interval(1, 3), Interval(2, 4), Interval(9, 10)])
>>> count, members = marzullo(tz, Groups.single(3))
>>> int(count[0]), members.tolist()
(2, [True, True, False])
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from claimnum.trapezoids import CORE, SUPPORT, Bools, Ends, Floats, Groups, Ints, Trapezoids, per_reading

__all__ = ["Conjunction", "commons", "conjunction", "intersect", "intersection", "marzullo", "tied_sets"]

_BINS = 65_536  # histogram bins that rule out ties before a sweep
_PRUNE_ABOVE = 10_000  # items; fewer are swept at once

_INF = np.inf


def intersect(tz: Trapezoids, row: int, groups: Groups, members: Bools | None = None) -> Ends:
    """Per group, the intersection of reading ``row`` of the member items (exact ends).

    Parameters
    ----------
    tz : Trapezoids
        The items, sorted by group.
    row : int
        The reading: ``LITERAL``, ``SUPPORT`` or ``CORE``.
    groups : Groups
        The groups of the items.
    members : ndarray of bool, optional
        The items that take part (all of them when None).

    Returns
    -------
    Ends
        One intersection per group (empty when the readings share no value).

    Examples
    --------
    >>> from claimnum import Interval
    >>> tz = Trapezoids.from_items([Interval(1, 3), Interval(2, 4, "right")])
    >>> intersect(tz, SUPPORT, Groups.single(2)).interval(0, None)
    (2, 3]
    """
    return intersection(tz.readings[row], groups, members)


def intersection(ends: Ends, groups: Groups, members: Bools | None = None) -> Ends:
    """Per group, the intersection of the member intervals (all items without ``members``).

    Parameters
    ----------
    ends : Ends
        One interval per item, sorted by group.
    groups : Groups
        The groups of the items.
    members : ndarray of bool, optional
        The items that take part (all of them when None).

    Returns
    -------
    Ends
        One intersection per group (empty when the intervals share no value).

    Examples
    --------
    >>> from claimnum import Interval
    >>> from claimnum.trapezoids import build
    >>> support = build([Interval(1, 3), Interval(2, 4), Interval(9, 10)]).readings[SUPPORT]
    >>> intersection(support, Groups.single(3), np.array([True, True, False])).interval(0, None)
    [2, 3]
    """
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
    """Marzullo's algorithm on the supports: the largest set of items sharing a value.

    Per group the size of the largest set sharing a value, and the members of that set
    (the leftmost one on ties).

    Exact with open and closed ends, O(n log n); empty items belong to no set.

    Parameters
    ----------
    tz : Trapezoids
        The items, sorted by group.
    groups : Groups
        The groups of the items.

    Returns
    -------
    count : ndarray of int
        Per group, the size of the largest set.
    members : ndarray of bool
        Per item, whether it belongs to its group's leftmost largest set.

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

    Parameters
    ----------
    tz : Trapezoids
        The items, sorted by group.
    groups : Groups
        The groups of the items.
    members : ndarray of bool, optional
        The items that take part (all of them when None).
    common : tuple of Ends, optional
        :func:`commons` of ``tz`` and ``groups`` when already computed.

    Returns
    -------
    Conjunction
        Per group, the height, its cut and the common support.

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
    """Per group, the intersection of each reading of all items.

    The literal reading, the support and the core, each computed once per distinct reading.

    Parameters
    ----------
    tz : Trapezoids
        The items, sorted by group.
    groups : Groups
        The groups of the items.

    Returns
    -------
    tuple of Ends
        The intersections of the literal readings, the supports and the cores, indexed by
        ``LITERAL``, ``SUPPORT``, ``CORE``.

    Examples
    --------
    >>> from claimnum import Interval
    >>> commons(Trapezoids.from_items([Interval(1, 3), Interval(2, 4)]), Groups.single(2))[SUPPORT].lo
    array([2.])
    """
    return per_reading(lambda ends: intersection(ends, groups), tz.readings)


def tied_sets(tz: Trapezoids, groups: Groups, count: Ints, members: Bools) -> tuple[Bools, Bools]:
    """Whether Marzullo's largest set is tied, and the rightmost set of the tie.

    Per group, whether another set as large as Marzullo's leftmost one shares other values;
    and per item, the rightmost such set (``members`` where there is no tie).

    ``count`` and ``members`` are :func:`marzullo`'s answer.

    Another largest set shares values right of where the leftmost set's values end, so only
    the items reaching past that end can form it: the rightmost of them is the leftmost set of
    those items reflected through 0.

    Parameters
    ----------
    tz : Trapezoids
        The items, sorted by group.
    groups : Groups
        The groups of the items.
    count, members : ndarray
        :func:`marzullo`'s answer for ``tz`` and ``groups``.

    Returns
    -------
    tied : ndarray of bool
        Per group, whether another largest set shares other values.
    rightmost : ndarray of bool
        Per item, whether it belongs to the rightmost largest set.

    Examples
    --------
    >>> from claimnum import Interval
    >>> from claimnum.trapezoids import Groups, build
    >>> tz = build([Interval(1, 2), Interval(5, 6)])
    >>> count, members = marzullo(tz, Groups.single(2))
    >>> tied, rightmost = tied_sets(tz, Groups.single(2), count, members)
    >>> tied.tolist(), members.tolist(), rightmost.tolist()
    ([True], [True, False], [False, True])
    """
    tied = np.zeros(groups.size, dtype=bool)
    support = tz.readings[SUPPORT]
    end = groups.min(np.where(members, support.hi, np.inf))
    beyond = np.flatnonzero(tz.valid & (support.hi >= groups.spread(end)))
    codes = groups.codes[beyond]
    present = np.flatnonzero(np.bincount(codes, minlength=groups.size) >= count)  # room for a set
    beyond = beyond[np.isin(codes, present)] if present.size < groups.size else beyond
    if groups.size == 1 and beyond.size > _PRUNE_ABOVE:
        beyond = _crowded(support, beyond, float(end[0]), int(count[0]))
    if beyond.size == 0:
        return tied, members
    part = support.take(beyond)
    flipped = Ends(-part.hi, -part.lo, part.rc, part.lc)
    renumbered = np.searchsorted(present, groups.codes[beyond])
    held, chosen = marzullo(Trapezoids((flipped, flipped, flipped), tz.units), Groups.from_codes(renumbered))
    rightmost = np.zeros(tz.n, dtype=bool)
    rightmost[beyond] = chosen  # the leftmost set's members all reach its end: they are beyond
    tied[present] = held == count[present]
    tied &= groups.any(rightmost != members)
    return tied, np.where(groups.spread(tied), rightmost, members)


def _crowded(support: Ends, items: Ints, start: float, count: int) -> Ints:
    """The items that meet a place right of ``start`` where ``count`` items could overlap.

    Items that share a value all meet the bin of a histogram that holds it, so a bin met by
    fewer than ``count`` items holds no set of ``count``: the items meeting only such bins
    cannot belong to one.  (One group; the histogram is linear in the items, a sweep is not.)
    """
    lo, hi = np.maximum(support.lo[items], start), support.hi[items]
    top = float(hi.max())
    if not (np.isfinite(top) and top > start):
        return items
    scale = _BINS / (top - start)
    first = np.minimum(((lo - start) * scale).astype(np.intp), _BINS - 1)
    last = np.minimum(((hi - start) * scale).astype(np.intp), _BINS - 1)
    met = np.cumsum(np.bincount(first, minlength=_BINS + 1) - np.bincount(last + 1, minlength=_BINS + 1))
    crowded = np.r_[0, np.cumsum(met[:_BINS] >= count)]
    kept: Ints = items[crowded[last + 1] > crowded[first]]
    return kept
