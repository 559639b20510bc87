"""Combine claims about one quantity into one estimate with its uncertainty.

Five methods, all on the arrays of :mod:`claimnum.check`:

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
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, get_args

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum import display
from claimnum.check import (
    CORE,
    LITERAL,
    SUPPORT,
    Bools,
    Ends,
    Floats,
    Groups,
    Item,
    Trapezoids,
    build,
    conjunction,
    describe,
    intersect,
    marzullo,
    select,
)
from claimnum.errors import InvalidArgumentError, InvalidTypeError
from claimnum.interval import Interval
from claimnum.units import Rates

__all__ = ["Estimate", "Method", "combine", "combine_groups"]

Method = Literal["marzullo", "intersection", "fuzzy", "bayes", "median"]
"""The fusion methods :func:`combine` knows."""

_LEVELS = 128  # α-levels for the fuzzy centroid
_CELLS = 2048  # grid cells per pass of the Bayes posterior
_BREAKPOINTS_UP_TO = 512  # items; below this the Bayes grid also has every trapezoid corner
_INF = np.inf


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
        posterior mean for ``"bayes"``, the median of the core midpoints for
        ``"median"``); NaN when there is none (an empty or unbounded estimate).
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
        return (
            f"Estimate(method={self.method!r}, point={self.point:.6g}, interval={self.interval}, "
            f"core={self.core}, agreement={self.agreement:.3g}, agreeing={len(self.agreeing)}, "
            f"dissenting={len(self.dissenting)})"
        )

    def _repr_html_(self) -> str:
        parts = [
            display.span(f"≈ {self.point:.6g} ", "claimnum-point"),
            self.interval._repr_html_(),
            display.span(
                f" ({self.method}, agreement {self.agreement:.2f}, {len(self.agreeing)} agreeing)",
                "claimnum-label",
            ),
        ]
        if self.dissenting:
            names = "; ".join(describe(item) for item in self.dissenting[:6])
            parts.append(display.span(f"; dissenting: {names}", "claimnum-dissent"))
        return display.group("".join(parts), "claimnum-estimate")


@dataclass(frozen=True, slots=True)
class _Fused:
    """Per-group results of a fusion method, as arrays."""

    support: Ends
    core: Ends
    literal: Ends
    point: Floats
    agreement: Floats
    agreeing: Bools  # per item


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
    source = items if isinstance(items, pd.DataFrame) else tuple(items)
    if len(source) == 0:
        raise InvalidArgumentError("combine() needs at least one item")
    tz = build(source, rates=rates)
    fused = _fuse(tz, Groups.single(tz.n), method, level, epsilon)
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

    Returns
    -------
    pandas.DataFrame
        One row per group, indexed by the group key: ``lo``, ``hi``,
        ``closed``, ``core_lo``, ``core_hi``, ``core_closed``, ``literal_lo``,
        ``literal_hi``, ``literal_closed``, ``point``, ``agreement``, ``n``,
        ``n_agreeing``, ``unit``.  An empty estimate has NaN ends.

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
    fused = _fuse(tz, groups, method, level, epsilon)
    table = {
        "n": np.diff(np.r_[groups.starts, tz.n]),
        "n_agreeing": groups.sum(fused.agreeing.astype(np.intp)),
    }
    columns: dict[str, Any] = {}
    for prefix, ends in (("", fused.support), ("core_", fused.core), ("literal_", fused.literal)):
        empty = ~ends.nonempty
        columns[f"{prefix}lo"] = np.where(empty, np.nan, ends.lo)
        columns[f"{prefix}hi"] = np.where(empty, np.nan, ends.hi)
        columns[f"{prefix}closed"] = np.where(empty, "neither", _closed_names(ends))
    columns |= {"point": fused.point, "agreement": fused.agreement, **table, "unit": list(tz.units)}
    return pd.DataFrame(columns, index=grouped.size().index)


def _closed_names(ends: Ends) -> NDArray[np.str_]:
    return np.select([ends.lc & ends.rc, ends.lc, ends.rc], ["both", "left", "right"], default="neither")


# ---------------------------------------------------------------------------------------- methods


def _fuse(tz: Trapezoids, groups: Groups, method: str, level: float, epsilon: float) -> _Fused:
    if method not in get_args(Method):
        raise InvalidArgumentError(f"method must be one of {', '.join(get_args(Method))}; got {method!r}")
    if method == "median":
        return _median(tz, groups)
    if method == "bayes":
        if not (0 < level < 1 and 0 <= epsilon < 1):
            raise InvalidArgumentError(f"need 0 < level < 1 and 0 <= epsilon < 1, got {level=}, {epsilon=}")
        return _bayes(tz, groups, level, epsilon)
    if method == "marzullo":
        count, members = marzullo(tz, groups)
        fused = _conjoined(tz, groups, members) if groups.size > 1 else _conjoined_subset(tz, members)
        sizes = np.diff(np.r_[groups.starts, tz.n])
        return _with(fused, agreement=count / sizes)
    fused = _conjoined(tz, groups, np.ones(tz.n, dtype=bool))
    if method == "intersection":
        return _with(fused, agreement=fused.support.nonempty.astype(float))
    centroid = _centroid(tz, groups, fused.agreement)
    point = np.where(np.isnan(centroid), fused.point, centroid)  # no area (a point): its middle
    return _with(fused, point=point, agreement=fused.agreement)


def _with(fused: _Fused, **changes: NDArray[Any]) -> _Fused:
    values = {name: getattr(fused, name) for name in _Fused.__slots__}
    return _Fused(**(values | changes))


def _conjoined(tz: Trapezoids, groups: Groups, members: Bools) -> _Fused:
    """The conjunction of the members; ``agreement`` holds its height for the caller."""
    conj = conjunction(tz, groups, members)
    has = conj.support.nonempty
    core = Ends(*(np.where(has, a, b) for a, b in zip(_fields(conj.cut), _fields(conj.support), strict=True)))
    literal = intersect(tz, LITERAL, groups, members)
    agreeing = members & has[groups.codes]
    return _Fused(conj.support, core, literal, _mid(core), conj.height, agreeing)


def _conjoined_subset(tz: Trapezoids, members: Bools) -> _Fused:
    """:func:`_conjoined` for one group, on the members alone (cheaper when they are few)."""
    chosen = np.flatnonzero(members)
    if chosen.size == 0:  # every item is empty
        return _conjoined(tz, Groups.single(tz.n), members)
    fused = _conjoined(tz.take(chosen), Groups.single(chosen.size), np.ones(chosen.size, dtype=bool))
    return _with(fused, agreeing=members)


def _fields(ends: Ends) -> tuple[NDArray[Any], ...]:
    return ends.lo, ends.hi, ends.lc, ends.rc


def _mid(ends: Ends) -> Floats:
    finite = ends.nonempty & np.isfinite(ends.lo) & np.isfinite(ends.hi)
    with np.errstate(invalid="ignore"):
        return np.where(finite, ends.lo / 2 + ends.hi / 2, np.nan)


def _centroid(tz: Trapezoids, groups: Groups, height: Floats) -> Floats:
    """Centroid of ``min_i μ_i`` per group, integrated over α-cuts (exact up to the level grid)."""
    moment = np.zeros(groups.size)
    mass = np.zeros(groups.size)
    weights = np.ones(_LEVELS + 1)
    weights[[0, -1]] = 0.5  # trapezoid rule over the levels
    with np.errstate(invalid="ignore"):
        rise = tz.lo[CORE] - tz.lo[SUPPORT]
        fall = tz.hi[SUPPORT] - tz.hi[CORE]
        rise = np.where(np.isfinite(rise), rise, 0.0)
        fall = np.where(np.isfinite(fall), fall, 0.0)
        for k, weight in enumerate(weights):
            level = (height * k / _LEVELS)[groups.codes]
            left = groups.max(tz.lo[SUPPORT] + rise * level)
            right = groups.min(tz.hi[SUPPORT] - fall * level)
            moment += weight * (right - left) * (right + left) / 2
            mass += weight * (right - left)
        centroid = moment / mass
    return np.where((height > 0) & np.isfinite(centroid), centroid, np.nan)


def _median(tz: Trapezoids, groups: Groups) -> _Fused:
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
    support = _around(support, core)
    literal = _around(literal, support)
    with np.errstate(invalid="ignore"):
        mids = tz.lo[CORE] / 2 + tz.hi[CORE] / 2
    point = _grouped_median(mids, groups, valid)
    agreeing = valid & _overlaps(tz, groups, support)
    sizes = np.diff(np.r_[groups.starts, tz.n])
    return _Fused(
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


def _around(outer: Ends, inner: Ends) -> Ends:
    """``outer`` closed wherever it shares an end with ``inner`` that ``inner`` holds."""
    return Ends(
        outer.lo,
        outer.hi,
        outer.lc | ((outer.lo == inner.lo) & inner.lc),
        outer.rc | ((outer.hi == inner.hi) & inner.rc),
    )


def _overlaps(tz: Trapezoids, groups: Groups, fused: Ends) -> Bools:
    """Whether each item's support shares a value with its group's fused interval."""
    c = groups.codes
    lo = np.maximum(tz.lo[SUPPORT], fused.lo[c])
    hi = np.minimum(tz.hi[SUPPORT], fused.hi[c])
    lc = np.where(tz.lo[SUPPORT] == lo, tz.lc[SUPPORT], True) & np.where(fused.lo[c] == lo, fused.lc[c], True)
    rc = np.where(tz.hi[SUPPORT] == hi, tz.rc[SUPPORT], True) & np.where(fused.hi[c] == hi, fused.rc[c], True)
    return Ends(lo, hi, lc, rc).nonempty


# ---------------------------------------------------------------------------------------- bayes


def _bayes(tz: Trapezoids, groups: Groups, level: float, epsilon: float) -> _Fused:
    """Posterior of a flat prior times trapezoid likelihoods with a uniform floor, per group."""
    valid = tz.valid
    bounds = np.r_[groups.starts, tz.n]
    results = []
    for g in range(groups.size):  # a grid per group: O(n·cells) work, not vectorisable across groups
        part = tz.take(np.arange(bounds[g], bounds[g + 1])[valid[bounds[g] : bounds[g + 1]]])
        results.append(_bayes_one(part, level, epsilon))
    quantiles = np.array([r[0] for r in results]).reshape(groups.size, 6)
    point = np.array([r[1] for r in results])
    closed = np.ones(groups.size, dtype=bool)
    support, core, literal = (Ends(quantiles[:, k], quantiles[:, 5 - k], closed, closed) for k in (1, 2, 0))
    height = conjunction(tz, groups, valid).height
    agreeing = valid & _overlaps(tz, groups, support)
    return _Fused(support, core, literal, point, height, agreeing)


def _bayes_one(tz: Trapezoids, level: float, epsilon: float) -> tuple[Floats, float]:
    """Six posterior quantiles (literal, support, core levels, both sides) and the mean."""
    probabilities = np.array([min(0.0005, (1 - level) / 2), (1 - level) / 2, (1 - level / 2) / 2])
    probabilities = np.r_[probabilities, 1 - probabilities[::-1]]
    if tz.n == 0:
        return np.full(6, np.nan), np.nan
    prior = (float(tz.lo[SUPPORT].min()), float(tz.hi[SUPPORT].max()))
    if not np.all(np.isfinite(prior)):
        raise InvalidArgumentError("method='bayes' needs bounded supports: the flat prior spans their hull")
    if prior[0] == prior[1]:
        return np.full(6, prior[0]), prior[0]
    edges = _grid(tz, prior)
    mass = _posterior(tz, edges, prior, epsilon)
    zoom = _quantiles(edges, mass, np.array([1e-9, 1 - 1e-9]))
    if zoom[1] > zoom[0]:  # a second, finer pass where the posterior lives
        edges = _grid(tz, (float(zoom[0]), float(zoom[1])))
        mass = _posterior(tz, edges, prior, epsilon)
    mean = float(np.sum(mass * (edges[1:] + edges[:-1]) / 2))
    return _quantiles(edges, mass, probabilities), mean


def _grid(tz: Trapezoids, span: tuple[float, float]) -> Floats:
    """Cell edges over ``span``: uniform, plus the trapezoid corners inside it for few items
    (a point claim gets a one-ulp cell, so its mass lands on it)."""
    edges = [np.linspace(span[0], span[1], _CELLS + 1)]
    if tz.n <= _BREAKPOINTS_UP_TO:
        corners = np.r_[tz.lo[SUPPORT], tz.lo[CORE], tz.hi[CORE], tz.hi[SUPPORT]]
        edges += [corners, np.nextafter(corners, -_INF)]
    grid = np.unique(np.concatenate(edges))
    return grid[(grid >= span[0]) & (grid <= span[1])]


def _trapezoid_cdf(tz: Trapezoids, x: Floats) -> Floats:
    """Right-continuous CDF of each trapezoid (rows) at ``x`` (columns), normalised by its area."""
    big_a, small_a = tz.lo[SUPPORT][:, None], tz.lo[CORE][:, None]
    small_b, big_b = tz.hi[CORE][:, None], tz.hi[SUPPORT][:, None]
    rise, fall = small_a - big_a, big_b - small_b
    area = (rise + fall) / 2 + (small_b - small_a)
    with np.errstate(invalid="ignore", divide="ignore"):
        left = np.where(rise > 0, (np.clip(x, big_a, small_a) - big_a) ** 2 / (2 * rise), 0.0)
        middle = np.clip(x, small_a, small_b) - small_a
        right = np.where(fall > 0, (fall**2 - (big_b - np.clip(x, small_b, big_b)) ** 2) / (2 * fall), 0.0)
        cdf = (left + middle + right) / area
    result: Floats = np.where(area > 0, cdf, (x >= big_a).astype(float))  # a point claim is a step
    return result


def _posterior(tz: Trapezoids, edges: Floats, prior: tuple[float, float], epsilon: float) -> Floats:
    """Posterior mass of each cell: product over items of (1-ε)·(trapezoid mass) + ε·(uniform mass)."""
    widths = np.diff(edges)
    floor = epsilon * widths / (prior[1] - prior[0])
    log_post = np.zeros(widths.size)
    chunk = max(1, 2_000_000 // edges.size)  # bounds memory to a few million cells at a time
    with np.errstate(divide="ignore"):
        for start in range(0, tz.n, chunk):
            cdf = _trapezoid_cdf(tz.take(np.arange(start, min(start + chunk, tz.n))), edges)
            log_post += np.log((1 - epsilon) * np.diff(cdf, axis=1) + floor).sum(axis=0)
    if not np.isfinite(log_post.max()):
        raise InvalidArgumentError("the Bayes posterior is zero everywhere: use epsilon > 0")
    post = np.exp(log_post - log_post.max())
    result: Floats = post / post.sum()
    return result


def _quantiles(edges: Floats, mass: Floats, probabilities: Floats) -> Floats:
    """Quantiles of a density that is uniform within each cell."""
    cumulative = np.r_[0.0, np.cumsum(mass)]
    result: Floats = np.interp(probabilities, cumulative, edges)
    return result
