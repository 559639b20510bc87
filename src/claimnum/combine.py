"""Combine claims about one quantity into one estimate with its uncertainty.

Five methods, all on the arrays of :mod:`claimnum.trapezoids`:

``"marzullo"`` (the default)
    The fuzzy conjunction of the largest set of items whose supports share a
    value (Marzullo's majority); the others are named as dissenting.
``"intersection"``
    The conjunction of all items: empty as soon as one disagrees.
``"fuzzy"``
    The normalised minimum of all trapezoids, its centroid as the point and
    its height as the agreement.
``"bayes"``
    The trapezoids as likelihoods under a flat prior over the hull of the
    supports, each mixed with a small uniform floor ``epsilon`` so that
    conflicting claims do not leave a posterior of zero: posterior mean and a
    central credible interval.
``"median"``
    Medians of the lower and of the upper ends (of each reading).

Every method then obeys one rule of honesty: **an estimate is never more
precise than the most precise source that agrees with it**.  Its interval is at
least as wide as the narrowest core among the agreeing items (widened around
the point, within their supports and literal readings), its point is given at
the finest grain of the agreeing claims' written numbers (no "9347.7" from
round figures), and when every agreeing claim is a vague word ("dozens") the
estimate is a range with no point.  And when the largest agreeing sets are
tied (one source against one other), ``"marzullo"`` takes no side: the
estimate is *unresolved* (``resolved=False``), has no point, spans the tied
sets and counts all their items as agreeing.

Why the default is ``"marzullo"``: news outlets copy one another, so ten
reports of one agency figure are one piece of evidence, not ten.  Conjunction
by the minimum is *idempotent*: fusing a claim with copies of itself gives the
claim back, so repeats never narrow the estimate.  Products of likelihoods
(``"bayes"``) treat every copy as independent evidence and narrow the interval
with each repeat.  Taking the majority first keeps one outlier from emptying
the answer, and names it.

Examples
--------
>>> from claimnum import Interval
>>> from claimnum.combine import combine
>>> items = [Interval(10_000, 15_000, "right"), Interval(9_500, 12_500), Interval(11_000, 13_000)]
>>> combine(items).interval
[11000, 12500]
>>> combine(items + [Interval(30_000, 40_000)]).dissenting
([30000, 40000],)
>>> combine([Interval(1, 2), Interval(5, 6)]).resolved  # one against one: no side taken
False
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any, Literal, get_args

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum import display
from claimnum.errors import InvalidArgumentError, InvalidTypeError
from claimnum.honesty import Fused, around, common, fields_of, honest, hull, middle, rescaled, written
from claimnum.interval import Interval
from claimnum.majority import conjunction, intersect, marzullo, tied_sets
from claimnum.posterior import legible, posterior_quantiles
from claimnum.trapezoids import (
    CORE,
    LITERAL,
    SUPPORT,
    Bools,
    Ends,
    Floats,
    Groups,
    Item,
    Trapezoids,
    as_items,
    build,
    describe,
    select,
)
from claimnum.units import Rates

__all__ = ["Estimate", "Method", "combine", "combine_groups"]

Method = Literal["marzullo", "intersection", "fuzzy", "bayes", "median"]
"""The fusion methods :func:`combine` knows."""

_LEVELS = 128  # α-levels for the fuzzy centroid


@dataclass(frozen=True, slots=True)
class Estimate:
    """A combined estimate: nested intervals, a point and who agrees.

    An Estimate is accepted wherever a claim is, so estimates can be checked
    against new claims or combined again.

    Attributes
    ----------
    interval : Interval
        The support of the estimate: the values it allows (for ``"bayes"``,
        the central credible interval).
    core : Interval
        The most plausible values, inside ``interval``.
    literal : Interval
        The widest reading, around ``interval``.
    point : float
        One number (the core's midpoint, the centroid for ``"fuzzy"``, the
        posterior median for ``"bayes"``, the median of the core midpoints for
        ``"median"``), rounded to the finest grain of the agreeing claims'
        written numbers; NaN when there is none (an empty, unbounded,
        unresolved or vague estimate).
    agreement : float
        0 to 1: the share of items in the majority (``"marzullo"``,
        ``"median"``), whether all share a value (``"intersection"``), the
        height of the conjunction (``"fuzzy"``, ``"bayes"``).
    agreeing, dissenting : tuple or pandas.Index
        The items that share values with the estimate and those that do not.
        When a DataFrame was combined they are its row labels, as a pandas
        Index (immutable; such an estimate is not hashable).
    method : str
        The method that made it.
    resolved : bool
        False when the largest agreeing sets are tied and the estimate takes
        no side (``"marzullo"``): then ``agreeing`` holds both sides.

    Estimates compare by value (a NaN point equals a NaN point); one that
    names a DataFrame's rows is not hashable.

    Examples
    --------
    >>> from claimnum import Interval
    >>> from claimnum.combine import combine
    >>> estimate = combine([Interval(1, 3), Interval(2, 4)])
    >>> estimate  # doctest: +NORMALIZE_WHITESPACE
    Estimate(method='marzullo', point=2.5, interval=[2, 3], core=[2, 3], agreement=1,
             agreeing=2, dissenting=0)
    >>> combine([estimate, Interval(2.5, 5)]).interval
    [2.5, 3]
    """

    interval: Interval
    core: Interval
    literal: Interval
    point: float
    agreement: float
    agreeing: tuple[Any, ...] | pd.Index
    dissenting: tuple[Any, ...] | pd.Index
    method: str
    resolved: bool = True

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Estimate):
            return NotImplemented
        return all(_same(getattr(self, f.name), getattr(other, f.name)) for f in fields(self))

    def __hash__(self) -> int:
        if isinstance(self.agreeing, pd.Index) or isinstance(self.dissenting, pd.Index):
            raise TypeError("an Estimate that names a DataFrame's rows (a pandas Index) is not hashable")
        point = None if math.isnan(self.point) else self.point
        return hash(
            (self.interval, self.core, self.literal, point, self.agreement, self.method, self.resolved)
        )

    @property
    def unit(self) -> str | None:
        """The unit of the estimate.

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.combine import combine
        >>> combine([Interval(2, 3, unit="week")]).unit
        'week'
        """
        return self.interval.unit

    def __repr__(self) -> str:
        status = "" if self.resolved else "unresolved, "
        grain = display.grain_of(self.interval.width)
        return (
            f"Estimate(method={self.method!r}, {status}point={display.number(self.point, grain)}, "
            f"interval={self.interval.legible()}, core={self.core.legible()}, "
            f"agreement={self.agreement:.3g}, agreeing={len(self.agreeing)}, "
            f"dissenting={len(self.dissenting)})"
        )

    def _repr_html_(self) -> str:
        grain = display.grain_of(self.interval.width)
        lead = f"≈ {display.number(self.point, grain)} " if self.resolved else "unresolved: "
        parts = [
            display.span(lead, "claimnum-point"),
            self.interval.legible()._repr_html_(),
            display.span(
                f" ({self.method}, agreement {self.agreement:.2f}, {len(self.agreeing)} agreeing)",
                "claimnum-label",
            ),
        ]
        if self.dissenting:
            names = "; ".join(describe(item) for item in self.dissenting[:6])
            parts.append(display.span(f"; dissenting: {names}", "claimnum-dissent"))
        return display.group("".join(parts), "claimnum-estimate")


def combine(
    items: Iterable[Item] | pd.DataFrame,
    *,
    method: Method = "marzullo",
    rates: Rates | None = None,
    level: float = 0.9,
    epsilon: float = 0.01,
) -> Estimate:
    """Combine claims about one quantity into one estimate.

    Parameters
    ----------
    items : iterable of Interval, Claim or Estimate, or a pandas DataFrame
        The claims (a DataFrame as for :func:`claimnum.check`; its row labels
        stand for the items).
    method : {"marzullo", "intersection", "fuzzy", "bayes", "median"}
        How to combine; see the module notes.  ``"marzullo"`` does not
        overstate confidence when outlets copy one another.
    rates : mapping, optional
        Exchange rates, needed to combine different currencies.
    level : float
        The credible level of the ``"bayes"`` interval.
    epsilon : float
        The ``"bayes"`` floor: the weight of the uniform part mixed into each
        likelihood.

    Returns
    -------
    Estimate

    Raises
    ------
    InvalidArgumentError
        For no items, an unknown method, a bad ``level`` or ``epsilon``, or
        ``"bayes"`` on unbounded claims.
    UnitMismatchError, MissingRateError
        If the units cannot be converted to one.

    Examples
    --------
    >>> from claimnum import Interval
    >>> from claimnum.combine import combine
    >>> items = [Interval(1, 3), Interval(2, 4), Interval(2.5, 3.5)]
    >>> combine(items, method="median").interval
    [2, 3.5]
    >>> round(combine(items, method="bayes").point, 2)
    2.75
    """
    source = as_items(items, "combine()")
    if len(source) == 0:
        raise InvalidArgumentError("combine() needs at least one item")
    return combined(source, build(source, rates=rates), method=method, level=level, epsilon=epsilon)


def combined(
    source: tuple[Any, ...] | pd.DataFrame,
    tz: Trapezoids,
    *,
    method: Method = "marzullo",
    level: float = 0.9,
    epsilon: float = 0.01,
) -> Estimate:
    """:func:`combine` of items already built into arrays (``source`` as :func:`as_items` gives them).

    A caller that also checks the items (:func:`claimnum.group.make_group`) builds their arrays
    once for both.

    Parameters
    ----------
    source : tuple or DataFrame
        The items, as :func:`as_items` gives them (at least one).
    tz : Trapezoids
        The same items as arrays (:func:`build`).
    method, level, epsilon
        As for :func:`combine`.

    Returns
    -------
    Estimate

    Examples
    --------
    >>> from claimnum import Interval
    >>> items = (Interval(1, 3), Interval(2, 4), Interval(9, 10))
    >>> combined(items, build(items)).interval
    [2, 3]
    """
    groups = Groups.single(tz.n)
    fused = honest(_fuse(tz, groups, method, level, epsilon), tz, groups, written(source, tz, groups))
    agree = fused.agreeing
    return Estimate(
        interval=fused.support.interval(0, tz.unit),
        core=fused.core.interval(0, tz.unit),
        literal=fused.literal.interval(0, tz.unit),
        point=float(fused.point[0]),
        agreement=float(fused.agreement[0]),
        agreeing=select(source, agree),
        dissenting=select(source, ~agree),
        method=method,
        resolved=fused.resolved is None or bool(fused.resolved[0]),
    )


def combine_groups(
    frame: pd.DataFrame,
    *,
    by: str | Sequence[str],
    method: Method = "marzullo",
    rates: Rates | None = None,
    level: float = 0.9,
    epsilon: float = 0.01,
) -> pd.DataFrame:
    """Combine every group of claims in a DataFrame at once.

    Parameters
    ----------
    frame : pandas.DataFrame
        Claims with columns ``lo``, ``hi`` and optionally ``closed``,
        ``core_lo``, ``core_hi``, ``core_closed``, ``literal_lo``,
        ``literal_hi``, ``literal_closed``, ``unit``.
    by : str or list of str
        The column(s) naming the group of each row; rows with a missing key
        are left out.
    method, rates, level, epsilon
        As for :func:`combine`.  Each group is brought to its most frequent unit.
        A ``value`` and a ``sense`` column, when present, give the written
        numbers (their grain) and the vague rows, as for claims.

    Returns
    -------
    pandas.DataFrame
        One row per group, indexed by the group key: ``lo``, ``hi``,
        ``closed``, ``core_lo``, ``core_hi``, ``core_closed``, ``literal_lo``,
        ``literal_hi``, ``literal_closed``, ``point``, ``agreement``, ``n``,
        ``n_agreeing``, ``resolved``, ``unit``.  An empty estimate has NaN ends;
        an unresolved one counts in ``n_agreeing`` the size of one of its tied
        sets (it has no majority), where its Estimate lists both.

    Examples
    --------
    >>> import pandas as pd
    >>> from claimnum.combine import combine_groups
    >>> frame = pd.DataFrame({"story": ["a", "a", "a", "b"], "lo": [1.0, 2.0, 9.0, 5.0],
    ...                       "hi": [3.0, 4.0, 10.0, 6.0]})
    >>> combine_groups(frame, by="story")[["lo", "hi", "agreement", "n_agreeing"]]
            lo   hi  agreement  n_agreeing
    story
    a      2.0  3.0   0.666667           2
    b      5.0  6.0   1.000000           1
    """
    if not isinstance(frame, pd.DataFrame):
        raise InvalidTypeError(f"combine_groups() takes a pandas DataFrame, got {type(frame).__name__}")
    grouped = frame.groupby(by if isinstance(by, str) else list(by), sort=True)
    codes = grouped.ngroup().to_numpy()
    keep = np.flatnonzero(codes >= 0)
    order = keep[np.argsort(codes[keep], kind="stable")]
    sorted_codes = codes[order].astype(np.intp)
    tz = Trapezoids.from_frame(frame.iloc[order], rates=rates, by=sorted_codes)
    groups = Groups.from_codes(sorted_codes)
    said = written(frame.iloc[order], tz, groups)
    fused = honest(_fuse(tz, groups, method, level, epsilon), tz, groups, said)
    resolved = np.ones(groups.size, dtype=bool) if fused.resolved is None else fused.resolved
    sizes = np.diff(np.r_[groups.starts, tz.n])
    # An unresolved group counts its largest set, not both camps: it has no majority.
    largest = np.rint(fused.agreement * sizes).astype(np.intp)
    table = {
        "n": sizes,
        "n_agreeing": np.where(resolved, groups.sum(fused.agreeing.astype(np.intp)), largest),
        "resolved": resolved,
    }
    columns: dict[str, Any] = {}
    for prefix, ends in (("", fused.support), ("core_", fused.core), ("literal_", fused.literal)):
        empty = ~ends.nonempty
        columns[f"{prefix}lo"] = np.where(empty, np.nan, ends.lo)
        columns[f"{prefix}hi"] = np.where(empty, np.nan, ends.hi)
        columns[f"{prefix}closed"] = np.where(empty, "neither", _closed_names(ends))
    columns |= {"point": fused.point, "agreement": fused.agreement, **table, "unit": list(tz.units)}
    return pd.DataFrame(columns, index=grouped.size().index)


def _same(a: object, b: object) -> bool:
    """Equality of Estimate fields: NaN equals NaN, indexes compare by their labels."""
    if isinstance(a, pd.Index) or isinstance(b, pd.Index):
        return isinstance(a, pd.Index) and isinstance(b, pd.Index) and a.equals(b)
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    return bool(a == b)


def _closed_names(ends: Ends) -> NDArray[np.str_]:
    return np.select([ends.lc & ends.rc, ends.lc, ends.rc], ["both", "left", "right"], default="neither")


# ---------------------------------------------------------------------------------------- methods


def _fuse(tz: Trapezoids, groups: Groups, method: str, level: float, epsilon: float) -> Fused:
    if method not in get_args(Method):
        raise InvalidArgumentError(f"method must be one of {', '.join(get_args(Method))}; got {method!r}")
    if method == "median":
        return _median(tz, groups)
    if method == "bayes":
        if not (0 < level < 1 and 0 <= epsilon < 1):
            raise InvalidArgumentError(f"need 0 < level < 1 and 0 <= epsilon < 1, got {level=}, {epsilon=}")
        # Its grid and gains overflow near the largest float and vanish near the smallest.
        return rescaled(lambda items: _bayes(items, groups, level, epsilon), tz, groups)
    if method == "marzullo":
        return _majority(tz, groups)
    fused = _conjoined(tz, groups, np.ones(tz.n, dtype=bool))
    if method == "intersection":
        return _with(fused, agreement=fused.support.nonempty.astype(float))
    centroid = _centroid(tz, groups, fused.agreement)
    point = np.where(np.isnan(centroid), fused.point, centroid)  # no area (a point): its middle
    return _with(fused, point=point, agreement=fused.agreement)


def _majority(tz: Trapezoids, groups: Groups) -> Fused:
    """Marzullo's majority, conjoined; unresolved where another set as large holds other items."""
    count, members = marzullo(tz, groups)
    fused = _conjoined_members(tz, groups, members)
    sizes = np.diff(np.r_[groups.starts, tz.n])
    fused = _with(fused, agreement=count / sizes)
    if (count == sizes).all():
        return fused  # everyone agrees: nothing can tie
    tied, rightmost = tied_sets(tz, groups, count, members)
    if not tied.any():
        return fused
    other = _conjoined_members(tz, groups, rightmost)
    span = hull(fused.support, other.support, tied)
    return Fused(
        support=span,
        core=span,
        literal=hull(fused.literal, other.literal, tied),
        point=np.where(tied, np.nan, fused.point),
        agreement=fused.agreement,
        agreeing=np.where(groups.spread(tied), members | rightmost, fused.agreeing),
        resolved=~tied,
    )


def _conjoined_members(tz: Trapezoids, groups: Groups, members: Bools) -> Fused:
    return _conjoined(tz, groups, members) if groups.size > 1 else _conjoined_subset(tz, members)


def _with(fused: Fused, **changes: NDArray[Any] | Ends) -> Fused:
    values = {name: getattr(fused, name) for name in Fused.__slots__}
    return Fused(**(values | changes))


def _conjoined(tz: Trapezoids, groups: Groups, members: Bools) -> Fused:
    """The conjunction of the members; ``agreement`` holds its height for the caller."""
    conj = conjunction(tz, groups, members)
    has = conj.support.nonempty
    core = Ends(
        *(np.where(has, a, b) for a, b in zip(fields_of(conj.cut), fields_of(conj.support), strict=True))
    )
    literal = intersect(tz, LITERAL, groups, members)
    agreeing = members & has[groups.codes]
    return Fused(conj.support, core, literal, middle(core), conj.height, agreeing)


def _conjoined_subset(tz: Trapezoids, members: Bools) -> Fused:
    """:func:`_conjoined` for one group, on the members alone (cheaper when they are few)."""
    chosen = np.flatnonzero(members)
    if chosen.size == 0:  # every item is empty
        return _conjoined(tz, Groups.single(tz.n), members)
    fused = _conjoined(tz.take(chosen), Groups.single(chosen.size), np.ones(chosen.size, dtype=bool))
    return _with(fused, agreeing=members)


def _centroid(tz: Trapezoids, groups: Groups, height: Floats) -> Floats:
    """Centroid of ``min_i μ_i`` per group, integrated over α-cuts (exact up to the level grid).

    The mean of the cuts' middles weighted by their widths, each width taken relative to
    the widest: no product of two ends, so no overflow near the largest float nor
    underflow near the smallest.
    """
    weights = np.ones(_LEVELS + 1)
    weights[[0, -1]] = 0.5  # trapezoid rule over the levels
    widths = np.zeros((_LEVELS + 1, groups.size))
    middles = np.zeros((_LEVELS + 1, groups.size))
    with np.errstate(invalid="ignore", over="ignore"):
        rise = tz.lo[CORE] - tz.lo[SUPPORT]
        fall = tz.hi[SUPPORT] - tz.hi[CORE]
        rise = np.where(np.isfinite(rise), rise, 0.0)
        fall = np.where(np.isfinite(fall), fall, 0.0)
        for k, weight in enumerate(weights):
            level = (height * k / _LEVELS)[groups.codes]
            left = groups.max(tz.lo[SUPPORT] + rise * level)
            right = groups.min(tz.hi[SUPPORT] - fall * level)
            widths[k] = weight * np.maximum(right - left, 0.0)
            middles[k] = left / 2 + right / 2
        shares = widths / widths.max(axis=0)  # the widest cut is 1: inf or NaN only without area
        shares = shares / shares.sum(axis=0)
        centroid = (shares * middles).sum(axis=0)
        lowest, highest = middles.min(axis=0), middles.max(axis=0)
        centroid = np.clip(centroid, lowest, highest)  # a sum's last digit never leaves the cuts
    return np.where((height > 0) & np.isfinite(centroid), centroid, np.nan)


def _median(tz: Trapezoids, groups: Groups) -> Fused:
    """Medians of each end of each reading over the non-empty items of every group."""
    valid = tz.valid
    ends = []
    for row in (SUPPORT, CORE, LITERAL):
        lo = _grouped_median(tz.lo[row], groups, valid)
        hi = _grouped_median(tz.hi[row], groups, valid)
        lc = _closed_at(lo, tz.lo[row], tz.lc[row], groups, valid)
        rc = _closed_at(hi, tz.hi[row], tz.rc[row], groups, valid)
        ends.append(Ends(lo, hi, lc, rc))
    support, core, literal = ends
    support = around(support, core)
    literal = around(literal, support)
    with np.errstate(invalid="ignore"):
        mids = tz.lo[CORE] / 2 + tz.hi[CORE] / 2
    point = _grouped_median(mids, groups, valid)
    agreeing = valid & _overlaps(tz, groups, support)
    sizes = np.diff(np.r_[groups.starts, tz.n])
    return Fused(
        support,
        core,
        literal,
        np.where(np.isfinite(point), point, np.nan),
        groups.sum(agreeing) / sizes,
        agreeing,
    )


def _grouped_median(values: Floats, groups: Groups, valid: Bools) -> Floats:
    """Per group the median of ``values`` over the valid items (NaN for none)."""
    if groups.size == 1:
        ordered = np.sort(values[valid])
        start = np.zeros(1, dtype=np.intp)
    else:
        ordered = values[np.lexsort((values, ~valid, groups.codes))]  # each group's valid items first
        start = groups.starts
    count = groups.sum(valid.astype(np.intp))
    safe = count > 0
    lower = np.where(safe, start + (count - 1) // 2, 0)
    upper = np.where(safe, start + count // 2, 0)
    if ordered.size == 0:
        return np.full(groups.size, np.nan)
    with np.errstate(invalid="ignore"):
        middle = np.where(
            ordered[lower] == ordered[upper], ordered[lower], ordered[lower] / 2 + ordered[upper] / 2
        )
    return np.where(safe, middle, np.nan)


def _closed_at(median: Floats, values: Floats, closed: Bools, groups: Groups, valid: Bools) -> Bools:
    """An end is closed if an item closed there has it, or if no item has it (a midpoint)."""
    at = valid & (values == median[groups.codes])
    return np.isfinite(median) & (groups.any(at & closed) | ~groups.any(at))


def _overlaps(tz: Trapezoids, groups: Groups, fused: Ends) -> Bools:
    """Whether each item's support shares a value with its group's fused interval."""
    f_lo, f_hi, f_lc, f_rc = (groups.spread(x) for x in fields_of(fused))
    lo = np.maximum(tz.lo[SUPPORT], f_lo)
    hi = np.minimum(tz.hi[SUPPORT], f_hi)
    lc = np.where(tz.lo[SUPPORT] == lo, tz.lc[SUPPORT], True) & np.where(f_lo == lo, f_lc, True)
    rc = np.where(tz.hi[SUPPORT] == hi, tz.rc[SUPPORT], True) & np.where(f_hi == hi, f_rc, True)
    return Ends(lo, hi, lc, rc).nonempty


# ---------------------------------------------------------------------------------------- bayes


def _bayes(tz: Trapezoids, groups: Groups, level: float, epsilon: float) -> Fused:
    """Posterior of a flat prior times trapezoid likelihoods with a uniform floor, per group;
    its median as the point, which lies inside every central credible interval."""
    valid = tz.valid
    tail = (1 - level) / 2
    probabilities = [min(0.0005, tail), tail, (1 - level / 2) / 2]
    probabilities += [1 - p for p in probabilities[::-1]]
    quantiles, median = posterior_quantiles(tz, groups, probabilities, epsilon=epsilon)
    hull = common(tz, groups, valid, row=SUPPORT)
    quantiles = legible(quantiles, hull)
    closed = np.isfinite(quantiles[:, 0])
    support, core, literal = (
        Ends(
            quantiles[:, k],
            quantiles[:, 5 - k],
            closed & ((quantiles[:, k] > hull.lo) | hull.lc),
            closed & ((quantiles[:, 5 - k] < hull.hi) | hull.rc),
        )
        for k in (1, 2, 0)
    )
    height = conjunction(tz, groups, valid).height
    agreeing = valid & _overlaps(tz, groups, support)
    return Fused(support, core, literal, median, height, agreeing)
