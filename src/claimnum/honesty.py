"""Honest estimates: never more precise than the most precise source that agrees.

A fused interval can be narrower than any source (many outlets' halos overlap
on a sliver) and its point can carry digits nobody wrote.  :func:`honest`
takes what a fusion method made and undoes that: the support is at least as
wide as the narrowest agreeing core, the point is at the finest grain the
agreeing claims were written at, and words like "dozens" give no point.  The
operations on arrays of interval ends it shares with :mod:`claimnum.combine` are
:mod:`claimnum.ends_arithmetic`'s (re-exported here).

Examples
--------
>>> import numpy as np
>>> from claimnum.honesty import hull, meet
>>> from claimnum.trapezoids import Ends
>>> a = Ends(np.array([1.0]), np.array([3.0]), np.array([True]), np.array([True]))
>>> b = Ends(np.array([2.0]), np.array([5.0]), np.array([False]), np.array([True]))
>>> meet(a, b).lo.tolist(), meet(a, b).lc.tolist(), hull(a, b, np.array([True])).hi.tolist()
([2.0], [False], [5.0])
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.ends_arithmetic import around, common, fields_of, hull, meet, middle
from claimnum.interval import Interval
from claimnum.trapezoids import CORE, LITERAL, SUPPORT, Bools, Ends, Floats, Groups, Trapezoids, per_reading
from claimnum.units import canonical_unit
from claimnum.vague import VAGUE_SENSES

__all__ = [
    "Fused",
    "Written",
    "around",
    "common",
    "fields_of",
    "honest",
    "hull",
    "meet",
    "middle",
    "rescaled",
    "written",
]

_FAR = 256  # binary exponent: a group whose largest finite end is beyond 2**±_FAR is fused rescaled


@dataclass(frozen=True, slots=True)
class Fused:
    """Per-group results of a fusion method, as arrays.

    Examples
    --------
    >>> import numpy as np
    >>> one = np.array([True])
    >>> ends = Ends(np.array([13.0]), np.array([13.5]), one, one)
    >>> fused = Fused(ends, ends, ends, np.array([13.2]), np.array([1.0]), np.array([True, True]))
    >>> fused.support.interval(0, None), fused.resolved
    ([13, 13.5], None)
    """

    support: Ends
    core: Ends
    literal: Ends
    point: Floats
    agreement: Floats
    agreeing: Bools  # per item
    resolved: Bools | None = None  # per group; None: every group is


@dataclass(frozen=True, slots=True)
class Written:
    """Per item: the grain of its written numbers (inf: none known) and whether it is a vague word.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.trapezoids import build
    >>> claims = tuple(claimnum.extract("Dozens of boats and 1,250 cars were lost."))
    >>> said = written(claims, build(claims), Groups.single(2))
    >>> said.grain.tolist(), said.vague.tolist()
    ([inf, 10.0], [True, False])
    """

    grain: Floats
    vague: Bools


def written(source: tuple[Any, ...] | pd.DataFrame, tz: Trapezoids, groups: Groups) -> Written:
    """What the items say about their own precision.

    A claim's grain is that of its values as written (12,000: 1,000; 12,345:
    1); an estimate passes on none; a plain Interval has none.  A claim in
    another unit than the estimate's gives none either (its grain would be in
    the wrong unit).  A frame gives them by its ``value``, ``unit`` and
    ``sense`` columns.

    Parameters
    ----------
    source : tuple or DataFrame
        The items, as :func:`~claimnum.trapezoids.as_items` gives them.
    tz : Trapezoids
        The items as arrays.
    groups : Groups
        The groups of the items.

    Returns
    -------
    Written
        Per item, its grain (inf where none is known) and whether it is a vague word.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.trapezoids import build
    >>> claims = tuple(claimnum.extract("About 12,000 people came, maybe 12,350."))
    >>> written(claims, build(claims), Groups.single(2)).grain.tolist()
    [1000.0, 10.0]
    """
    if isinstance(source, pd.DataFrame):
        n = len(source)
        grain = np.full(n, np.inf)
        if "value" in source:
            grain = _grains(
                pd.to_numeric(source["value"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
            )
        if "value" in source and "unit" in source:
            names = source["unit"].fillna("").astype(str)
            canonical = {name: canonical_unit(name) if name else None for name in names.unique()}
            targets = np.asarray(tz.units, dtype=object)[groups.codes]
            grain = np.where(names.map(canonical).to_numpy(dtype=object) == targets, grain, np.inf)
        vague = (
            source["sense"].isin(VAGUE_SENSES).to_numpy() if "sense" in source else np.zeros(n, dtype=bool)
        )
        return Written(grain, vague)
    vague = np.zeros(len(source), dtype=bool)
    owners: list[int] = []  # every written number of every item, read in one pass
    numbers: list[float] = []
    for i, item in enumerate(source):
        values = getattr(item, "values", None)
        reading = getattr(item, "interval", None)
        if values is None or not isinstance(reading, Interval):
            continue
        vague[i] = getattr(item, "sense", None) in VAGUE_SENSES
        if values and reading.unit == tz.unit:
            owners += [i] * len(values)
            numbers += values
    grain = np.full(len(source), np.inf)
    np.minimum.at(grain, np.asarray(owners, dtype=np.intp), _grains(np.asarray(numbers, dtype=float)))
    return Written(grain, vague)


def _grains(values: Floats) -> Floats:
    """The unit of the last significant digit of each number (a power of ten counts as ten of
    the next grain down, as ``numerals`` reads "10,000"); inf for 0, NaN and infinities."""
    grain = np.full(values.shape, np.inf)
    usable = np.flatnonzero(np.isfinite(values) & (values != 0))
    size = np.abs(values[usable])
    top = np.floor(np.log10(size))
    found = np.full(size.shape, np.inf)
    for digits in range(13):  # more significant digits than a float holds are noise
        open_ = np.flatnonzero(np.isinf(found))
        if open_.size == 0:
            break
        step = 10.0 ** (top[open_] - digits)
        quotient = size[open_] / step
        whole = np.abs(quotient - np.round(quotient)) <= 1e-9 * quotient
        found[open_[whole]] = step[whole]
    power_of_ten = (found == size) & (top >= 1)
    grain[usable] = np.where(power_of_ten, found / 10, found)
    return grain


def _widened(
    tz: Trapezoids, groups: Groups, agree: Bools, support: Ends, point: Floats, widen: Bools
) -> Ends:
    """Supports narrower than the narrowest agreeing core take in that core (the one nearest the
    point when several are as narrow), within the limits of the agreeing items."""
    chosen = np.flatnonzero(agree)
    present = np.flatnonzero(np.bincount(groups.codes[chosen], minlength=groups.size))
    among = Groups.from_codes(np.searchsorted(present, groups.codes[chosen]))
    part = tz.take(chosen)
    with np.errstate(invalid="ignore"):
        width = part.hi[CORE] - part.lo[CORE]
        narrowest = among.spread(among.min(width))
        distance = np.where(
            width == narrowest,
            np.abs(part.lo[CORE] / 2 + part.hi[CORE] / 2 - among.spread(point[present])),
            np.inf,
        )
    nearest = distance == among.spread(among.min(distance))
    everyone = np.ones(part.n, dtype=bool)
    found = meet(common(part, among, nearest, row=CORE), _limits(part, among, everyone))
    nothing = np.zeros(groups.size, dtype=bool)
    taken = Ends(np.full(groups.size, np.inf), np.full(groups.size, -np.inf), nothing, nothing.copy())
    for name in ("lo", "hi", "lc", "rc"):
        getattr(taken, name)[present] = getattr(found, name)
    return hull(support, taken, widen & taken.nonempty)


def _limits(tz: Trapezoids, groups: Groups, members: Bools) -> Ends:
    """The ends no widening may cross: the hull of the members' supports, cut by what their
    words entail where that is sharper than the real line ("over 10,000": 10,000 below) and by
    their crisp ends (a plain Interval; "nearly n" at n).  The soft shoulder of "about n" sets
    no limit: its listeners' limits are what honesty widens past."""
    (literal_lo, support_lo, core_lo), (literal_hi, support_hi, core_hi) = tz.lo, tz.hi
    (literal_lc, support_lc, _), (literal_rc, support_rc, _) = tz.lc, tz.rc
    entailed_lo, entailed_hi = literal_lo < support_lo, literal_hi > support_hi
    lo = np.where(entailed_lo, literal_lo, np.where(core_lo == support_lo, support_lo, -np.inf))
    hi = np.where(entailed_hi, literal_hi, np.where(core_hi == support_hi, support_hi, np.inf))
    lc = np.where(entailed_lo, literal_lc, support_lc)
    rc = np.where(entailed_hi, literal_rc, support_rc)
    limit_lo = groups.max(np.where(members, lo, -np.inf))
    limit_hi = groups.min(np.where(members, hi, np.inf))
    limit = Ends(
        limit_lo,
        limit_hi,
        ~groups.any(members & (lo == groups.spread(limit_lo)) & ~lc),
        ~groups.any(members & (hi == groups.spread(limit_hi)) & ~rc),
    )
    return meet(common(tz, groups, members, row=SUPPORT), limit)


def _rounded(point: Floats, grain: Floats, inside: Ends) -> Floats:
    """Each point at its grain, or at a tenth or a hundredth of it if that is what stays inside.

    A point half-way between two multiples stays there: rounding it either way
    would take a side by value.
    """
    result = point.copy()
    settled = ~(np.isfinite(point) & np.isfinite(grain))
    for finer in (1.0, 0.1, 0.01):
        step = grain * finer
        with np.errstate(invalid="ignore"):
            steps = point / step
            halfway = np.abs(steps - np.floor(steps) - 0.5) <= 1e-9 * np.maximum(np.abs(steps), 1)
            candidate = np.where(halfway, point, np.round(steps) * step)
            ok = ~settled & _holds(inside, candidate)
        result = np.where(ok, candidate, result)
        settled |= ok
    return result


def _holds(ends: Ends, x: Floats) -> Bools:
    above = (x > ends.lo) | ((x == ends.lo) & ends.lc)
    below = (x < ends.hi) | ((x == ends.hi) & ends.rc)
    result: Bools = above & below
    return result


def _at_least(core: Ends, support: Ends, width: Floats) -> Ends:
    """``core`` widened about its middle to ``width`` where it is narrower, inside ``support``.

    A core is what the sources most plausibly mean: fused, it may not claim more precision
    than the most precise agreeing source's core either.
    """
    with np.errstate(invalid="ignore"):
        short = core.nonempty & np.isfinite(width) & (core.hi - core.lo < width)
    if not short.any():
        return core
    mid = core.lo / 2 + core.hi / 2  # never (lo + hi) / 2: it overflows near the largest float
    lo = np.maximum(support.lo, np.minimum(mid - width / 2, support.hi - width))
    hi = np.minimum(support.hi, np.maximum(mid + width / 2, support.lo + width))
    lc = np.where(lo == support.lo, support.lc, True)
    rc = np.where(hi == support.hi, support.rc, True)
    return Ends(
        np.where(short, lo, core.lo),
        np.where(short, hi, core.hi),
        np.where(short, lc, core.lc),
        np.where(short, rc, core.rc),
    )


def honest(fused: Fused, tz: Trapezoids, groups: Groups, said: Written) -> Fused:
    """A fused estimate made no more precise than its most precise agreeing item.

    Parameters
    ----------
    fused : Fused
        Per group: ``support``, ``core``, ``literal`` (Ends), ``point``, and per
        item ``agreeing``, as a fusion method made them.
    tz, groups : Trapezoids, Groups
        The items and their groups.
    said : Written
        What the items say about their precision (:func:`written`).

    Returns
    -------
    Fused
        The support widened to the narrowest agreeing core (within the agreeing
        items' limits), the core kept inside it and no narrower than that core, the
        point at the finest written grain, and no point where every agreeing item is a vague word.

    Examples
    --------
    A support narrower than the narrowest agreeing item takes that item in, and the point
    is rounded to the grain the items were written at:

    >>> from claimnum import Interval
    >>> from claimnum.trapezoids import build
    >>> one = np.array([True])
    >>> narrow = Ends(np.array([13.0]), np.array([13.5]), one, one)
    >>> both = np.array([True, True])
    >>> fused = Fused(narrow, narrow, narrow, np.array([13.2]), np.array([1.0]), both)
    >>> said = Written(grain=np.array([1.0, 1.0]), vague=~both)
    >>> result = honest(fused, build([Interval(10, 20), Interval(12, 14)]), Groups.single(2), said)
    >>> result.support.interval(0, None), result.point.tolist()
    ([12, 14], [13.0])
    """
    agree = fused.agreeing
    support, point = fused.support, fused.point
    with np.errstate(invalid="ignore"):
        core_width = np.where(agree, tz.hi[CORE] - tz.lo[CORE], np.inf)
        narrowest = groups.min(np.where(np.isfinite(core_width), core_width, np.inf))
        widen = support.nonempty & np.isfinite(point) & (support.hi - support.lo < narrowest)
    if widen.any():
        support = _widened(tz, groups, agree, support, point, widen)
    # A conjunction that peaks at an open end (just above "over 100") has no core inside its
    # support: then every value of the support is as plausible, and the point is its middle.
    inner = meet(fused.core, support)
    lost = support.nonempty & ~inner.nonempty
    core = Ends(*(np.where(lost, s, c) for s, c in zip(fields_of(support), fields_of(inner), strict=True)))
    core = _at_least(core, support, narrowest)
    point = np.where(lost & np.isfinite(point), middle(support), point)
    if not np.isinf(said.grain).all():  # plain intervals write no grain
        point = _rounded(point, groups.min(np.where(agree, said.grain, np.inf)), support)
    only_vague = np.zeros(groups.size, dtype=bool)
    if said.vague.any():
        only_vague = groups.any(agree) & ~groups.any(agree & ~said.vague)
    return Fused(
        support=support,
        core=core,
        literal=around(hull(fused.literal, support, support.nonempty), support),
        point=np.where(only_vague, np.nan, point),
        agreement=fused.agreement,
        agreeing=agree,
        resolved=fused.resolved,
    )


def rescaled(fuse: Callable[[Trapezoids], Fused], tz: Trapezoids, groups: Groups) -> Fused:
    """``fuse(tz)``, each group whose ends are extreme brought within ``2**±256`` by a power of two first.

    A fusion method sums and divides interval ends: near the largest float that
    overflows, near the smallest it underflows (a Bayes grid of cells of width 0).
    A group whose largest finite end is beyond ``2**±256`` is fused scaled by the
    least power of two that brings that end within, then its ends and point are
    scaled back (kept inside the items' hull: a companion scaled below the smallest
    normal float loses its last digits).  A power of two scales exactly; other
    groups are fused as given.

    Parameters
    ----------
    fuse : callable
        Takes the items as :class:`Trapezoids` (same groups), returns their :class:`Fused`.
    tz : Trapezoids
        The items.
    groups : Groups
        Their groups.

    Returns
    -------
    Fused
        The fused results, in the items' own scale.

    Examples
    --------
    >>> import numpy as np
    >>> from claimnum import Interval
    >>> from claimnum.trapezoids import SUPPORT, Trapezoids
    >>> tz = Trapezoids.from_items([Interval(1e-300, 3e-300)])
    >>> def scale_seen(items):
    ...     ends = items.readings[SUPPORT]
    ...     print(2.0**-257 <= ends.hi[0] < 2.0**-256)
    ...     return Fused(ends, ends, ends, ends.lo / 2 + ends.hi / 2, np.ones(1), np.ones(1, dtype=bool))
    >>> fused = rescaled(scale_seen, tz, Groups.single(1))
    True
    >>> float(fused.point[0])
    2e-300
    """
    largest = np.zeros(groups.size)
    for ends in {id(ends): ends for ends in tz.readings}.values():
        size = np.fmax(_finite_size(ends.lo), _finite_size(ends.hi))
        largest = np.maximum(largest, groups.max(size))
    _, exponent = np.frexp(largest)
    # The least shift that brings the largest end within 2**±_FAR: small companions lose least.
    shift = np.where(exponent > _FAR, _FAR - exponent, np.where(exponent < -_FAR, -_FAR - exponent, 0))
    shift = np.where(largest > 0, shift, 0)
    if not shift.any():
        return fuse(tz)
    each = shift[groups.codes]
    fused = fuse(Trapezoids(per_reading(lambda ends: _shifted(ends, each), tz.readings), tz.units))
    # A companion below the smallest normal float, scaled, lost its last digits: keep within the items.
    support = common(tz, groups, tz.valid, row=SUPPORT)
    literal = common(tz, groups, tz.valid, row=LITERAL)
    return Fused(
        _within(_shifted(fused.support, -shift), support),
        _within(_shifted(fused.core, -shift), support),
        _within(_shifted(fused.literal, -shift), literal),
        _clipped(np.ldexp(fused.point, -shift), support),
        fused.agreement,
        fused.agreeing,
        fused.resolved,
    )


def _clipped(values: Floats, bounds: Ends) -> Floats:
    with np.errstate(invalid="ignore"):
        return np.where(np.isnan(values), values, np.clip(values, bounds.lo, bounds.hi))


def _within(ends: Ends, bounds: Ends) -> Ends:
    """Non-empty ends moved inside ``bounds`` where a rescaling's last digit left them."""
    if not bounds.nonempty.any():
        return ends
    keep = ~(ends.nonempty & bounds.nonempty)
    lo, hi = _clipped(ends.lo, bounds), _clipped(ends.hi, bounds)
    return Ends(
        np.where(keep, ends.lo, lo),
        np.where(keep, ends.hi, hi),
        np.where(keep | (lo == ends.lo), ends.lc, bounds.lc),
        np.where(keep | (hi == ends.hi), ends.rc, bounds.rc),
    )


def _finite_size(values: Floats) -> Floats:
    return np.where(np.isfinite(values), np.abs(values), 0.0)


def _shifted(ends: Ends, exponent: NDArray[Any]) -> Ends:
    """The ends times ``2**exponent`` (exact unless the result leaves the floats)."""
    return Ends(np.ldexp(ends.lo, exponent), np.ldexp(ends.hi, exponent), ends.lc, ends.rc)
