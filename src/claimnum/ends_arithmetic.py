"""The arithmetic of interval ends on arrays, one row per group: :func:`meet` (intersection),
:func:`hull`, :func:`common` (what the members of each group share), :func:`around`,
:func:`middle` and :func:`fields_of`; :mod:`claimnum.honesty` and :mod:`claimnum.combine` share it.

Examples
--------
>>> import numpy as np
>>> from claimnum.trapezoids import Ends
>>> a = Ends(np.array([1.0]), np.array([3.0]), np.array([True]), np.array([True]))
>>> b = Ends(np.array([2.0]), np.array([5.0]), np.array([False]), np.array([True]))
>>> meet(a, b).lo.tolist(), meet(a, b).lc.tolist(), hull(a, b, np.array([True])).hi.tolist()
([2.0], [False], [5.0])
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from claimnum.trapezoids import Bools, Ends, Floats, Groups, Trapezoids

__all__ = ["around", "common", "fields_of", "hull", "meet", "middle"]


def meet(a: Ends, b: Ends) -> Ends:
    """The intersection of ``a`` and ``b``, end by end.

    Parameters
    ----------
    a, b : Ends
        Intervals paired by position.

    Returns
    -------
    Ends
        Their intersections; one whose ``lo`` exceeds its ``hi`` is empty.

    Examples
    --------
    >>> one = np.array([True])
    >>> a = Ends(np.array([1.0]), np.array([3.0]), one, one)
    >>> b = Ends(np.array([2.0]), np.array([5.0]), np.array([False]), one)
    >>> meet(a, b).interval(0, None)
    (2, 3]
    """
    lc = np.where(a.lo > b.lo, a.lc, np.where(b.lo > a.lo, b.lc, a.lc & b.lc))
    rc = np.where(a.hi < b.hi, a.rc, np.where(b.hi < a.hi, b.rc, a.rc & b.rc))
    return Ends(np.maximum(a.lo, b.lo), np.minimum(a.hi, b.hi), lc, rc)


def hull(left: Ends, right: Ends, where: Bools) -> Ends:
    """The hull of ``left`` and ``right`` (two non-empty sets of values) where asked, else ``left``.

    Parameters
    ----------
    left, right : Ends
        Non-empty intervals paired by position.
    where : ndarray of bool
        Where to take the hull.

    Returns
    -------
    Ends
        The hull where ``where`` is true, ``left`` elsewhere.

    Examples
    --------
    >>> one = np.array([True])
    >>> a = Ends(np.array([1.0]), np.array([3.0]), one, one)
    >>> b = Ends(np.array([2.0]), np.array([5.0]), np.array([False]), one)
    >>> hull(a, b, one).interval(0, None), hull(a, b, ~one).interval(0, None)
    ([1, 5], [1, 3])
    """
    lo = np.where(right.lo < left.lo, right.lo, left.lo)
    lc = np.where(right.lo < left.lo, right.lc, np.where(right.lo == left.lo, left.lc | right.lc, left.lc))
    hi = np.where(right.hi > left.hi, right.hi, left.hi)
    rc = np.where(right.hi > left.hi, right.rc, np.where(right.hi == left.hi, left.rc | right.rc, left.rc))
    hulled = Ends(lo, hi, lc, rc)
    return Ends(*(np.where(where, x, y) for x, y in zip(fields_of(hulled), fields_of(left), strict=True)))


def common(tz: Trapezoids, groups: Groups, members: Bools, *, row: int) -> Ends:
    """The hull of the members' readings ``row`` per group, with its ends' closedness.

    Parameters
    ----------
    tz : Trapezoids
        The items, sorted by group.
    groups : Groups
        The groups of the items.
    members : ndarray of bool
        The items that take part.
    row : int
        The reading: ``LITERAL``, ``SUPPORT`` or ``CORE``.

    Returns
    -------
    Ends
        One hull per group (empty for a group without members).

    Examples
    --------
    >>> from claimnum import Interval
    >>> from claimnum.trapezoids import SUPPORT, build
    >>> tz = build([Interval(10, 20, "left"), Interval(12, 14), Interval(30, 40)])
    >>> common(tz, Groups.single(3), np.array([True, True, False]), row=SUPPORT).interval(0, None)
    [10, 20)
    """
    lo, hi = tz.lo[row], tz.hi[row]
    hull_lo = groups.min(np.where(members, lo, np.inf))
    hull_hi = groups.max(np.where(members, hi, -np.inf))
    lc = groups.any(members & (lo == groups.spread(hull_lo)) & tz.lc[row])
    rc = groups.any(members & (hi == groups.spread(hull_hi)) & tz.rc[row])
    return Ends(hull_lo, hull_hi, lc, rc)


def fields_of(ends: Ends) -> tuple[NDArray[Any], ...]:
    """The four arrays of ``ends`` in order: ``lo``, ``hi``, ``lc``, ``rc``.

    Parameters
    ----------
    ends : Ends
        Interval ends as arrays.

    Returns
    -------
    tuple of numpy.ndarray
        ``(lo, hi, lc, rc)``, the arrays themselves (not copies).

    Examples
    --------
    >>> import numpy as np
    >>> ends = Ends(np.array([1.0]), np.array([2.0]), np.array([True]), np.array([False]))
    >>> [a.tolist() for a in fields_of(ends)]
    [[1.0], [2.0], [True], [False]]
    """
    return ends.lo, ends.hi, ends.lc, ends.rc


def middle(ends: Ends) -> Floats:
    """The midpoint of each interval; NaN where it is empty or has an infinite end.

    Parameters
    ----------
    ends : Ends
        The intervals (one reading of many items, or one result per group).

    Returns
    -------
    numpy.ndarray
        One float per interval.

    Examples
    --------
    >>> import numpy as np
    >>> closed = np.array([True, True])
    >>> ends = Ends(np.array([10.0, 5.0]), np.array([20.0, np.inf]), closed, np.array([True, False]))
    >>> middle(ends).tolist()
    [15.0, nan]
    """
    finite = ends.nonempty & np.isfinite(ends.lo) & np.isfinite(ends.hi)
    with np.errstate(invalid="ignore"):
        # Halves never overflow; below the smallest normal float they lose a digit: keep inside.
        return np.where(finite, np.clip(ends.lo / 2 + ends.hi / 2, ends.lo, ends.hi), np.nan)


def around(outer: Ends, inner: Ends) -> Ends:
    """``outer`` closed wherever it shares an end with ``inner`` that ``inner`` holds.

    Parameters
    ----------
    outer : Ends
        The intervals whose ends are closed where ``inner`` holds them.
    inner : Ends
        Intervals paired with them by position.

    Returns
    -------
    Ends
        ``outer``'s ends, closed where ``inner`` holds the same end.

    Examples
    --------
    >>> one = np.array([True])
    >>> outer = Ends(np.array([0.0]), np.array([3.0]), ~one, ~one)
    >>> around(outer, Ends(np.array([1.0]), np.array([3.0]), one, one)).interval(0, None)
    (0, 3]
    """
    return Ends(
        outer.lo,
        outer.hi,
        outer.lc | ((outer.lo == inner.lo) & inner.lc),
        outer.rc | ((outer.hi == inner.hi) & inner.rc),
    )
