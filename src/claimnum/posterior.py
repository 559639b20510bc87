"""The Bayes posterior of many trapezoid likelihoods, for every group at once.

Each item's likelihood is its trapezoid, normalised, mixed with a uniform
floor ``epsilon`` over the prior (the hull of the group's supports) so that one
conflicting claim does not zero the posterior.  The log posterior is a sum over
items of ``log(1 + a·μ(x))`` (up to a constant), which is 0 outside an item's
support, ``log(1 + a)`` on its core and concave on its shoulders.  Each term is
a sum of *hinges* ``s·max(0, x - p)`` and *steps*: a shoulder is cut into
:data:`PIECES` straight pieces of equal rise in log-likelihood, a crisp end is
a step.  Hinges and steps land on a grid of cells by one ``bincount`` and two
cumulative sums, so the work is linear in the items: no item is ever evaluated
on every cell, and no sort is needed.  A second pass zooms onto where the
posterior lives.

The shoulder pieces are chords of a concave curve: a shoulder's
log-likelihood is under-stated by at most ``(log(1 + a)/PIECES)² / 8``
(about 0.05 for a claim a thousandth as wide as the prior); cores and crisp
intervals are exact up to the grid.

Examples
--------
>>> from claimnum import Interval
>>> from claimnum.trapezoids import Groups, Trapezoids
>>> tz = Trapezoids.from_items([Interval(0, 10), Interval(4, 12)])
>>> quantiles, median = posterior_quantiles(tz, Groups.single(2), [0.05, 0.95], epsilon=0.01)
>>> [round(float(q), 1) for q in quantiles[0]], round(float(median[0]), 1)
([4.3, 9.7], 7.0)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from claimnum.errors import InvalidArgumentError
from claimnum.trapezoids import CORE, SUPPORT, Ends, Floats, Groups, Trapezoids

__all__ = ["PIECES", "legible", "posterior_quantiles"]

PIECES = 16
"""Straight pieces per shoulder of a trapezoid's log-likelihood."""

_CELLS = 2048  # grid cells per group and pass, fewer when there are many groups
_CELL_BUDGET = 4_000_000  # cells over all groups in one pass
_CHUNK = 65_536  # items whose shoulders are cut at once (bounds memory)
_TINY_EPSILON = 1e-12  # epsilon = 0 is read as this: products of floors then vanish
_MOST_GAIN = 1e300  # a likelihood's peak over its floor, at most: its log stays far below the floats' end
_ZOOM = 1e-9  # the second pass spans the posterior from this quantile to 1 minus it


def posterior_quantiles(
    tz: Trapezoids, groups: Groups, probabilities: Sequence[float], *, epsilon: float
) -> tuple[Floats, Floats]:
    """Quantiles and the median of each group's posterior.

    Parameters
    ----------
    tz : Trapezoids
        The items, sorted by group; items with an empty support are skipped.
    groups : Groups
        The groups of the items.
    probabilities : sequence of float
        The quantiles wanted, each in (0, 1).
    epsilon : float
        The weight of the uniform floor in each likelihood, in [0, 1).

    Returns
    -------
    quantiles : ndarray, shape (groups, len(probabilities))
        NaN for a group with no item.
    median : ndarray, shape (groups,)
        The posterior median, which lies inside every central interval.

    Raises
    ------
    InvalidArgumentError
        A group with an unbounded support, or ``epsilon = 0`` and supports
        that share no value.

    Examples
    --------
    Two groups, the first of two items, the second of one:

    >>> import numpy as np
    >>> from claimnum.trapezoids import Groups, build
    >>> from claimnum import Interval
    >>> tz = build([Interval(0, 10), Interval(4, 12), Interval(100, 110)])
    >>> groups = Groups.from_codes(np.array([0, 0, 1]))
    >>> quantiles, median = posterior_quantiles(tz, groups, [0.5], epsilon=0.01)
    >>> median.round(1).tolist()
    [7.0, 105.0]
    """
    valid = tz.valid
    wanted = np.asarray([*probabilities, 0.5])
    out = np.full((groups.size, wanted.size), np.nan)
    if not valid.any():
        return out[:, :-1], out[:, -1]
    has = groups.any(valid)
    if valid.all():  # the usual case: no copies
        codes, sub = groups.codes, groups
        lo, a, b, hi = tz.lo[SUPPORT], tz.lo[CORE], tz.hi[CORE], tz.hi[SUPPORT]
    else:
        kept = np.flatnonzero(valid)
        codes = (np.cumsum(has) - 1)[groups.codes[kept]]
        sub = Groups.from_codes(codes)
        lo, a, b, hi = (tz.lo[SUPPORT][kept], tz.lo[CORE][kept], tz.hi[CORE][kept], tz.hi[SUPPORT][kept])
    prior_lo, prior_hi = sub.min(lo), sub.max(hi)
    if not (np.isfinite(prior_lo).all() and np.isfinite(prior_hi).all()):
        raise InvalidArgumentError("method='bayes' needs bounded supports: the flat prior spans their hull")
    if epsilon == 0 and (sub.max(lo) > sub.min(hi)).any():
        raise InvalidArgumentError("the Bayes posterior is zero everywhere: use epsilon > 0")
    items = _Items(lo, a, b, hi, codes, prior_hi - prior_lo, max(epsilon, _TINY_EPSILON))
    cells = int(np.clip(_CELL_BUDGET // sub.size, 64, _CELLS))
    start, width = prior_lo, prior_hi - prior_lo
    mass = items.masses(start, width, cells)
    zoom = _quantiles(mass, start, width, np.array([_ZOOM, 1 - _ZOOM]))
    narrower = zoom[:, 1] - zoom[:, 0]
    refine = narrower > 0
    start, width = np.where(refine, zoom[:, 0], start), np.where(refine, narrower, width)
    mass = items.masses(start, width, cells)
    out[has] = _quantiles(mass, start, width, wanted)
    return out[:, :-1], out[:, -1]


def _gain(scale: Floats, area: Floats) -> Floats:
    """``scale / area``, at most :data:`_MOST_GAIN` (a claim 1e-300 as wide as its prior: no floor)."""
    with np.errstate(over="ignore"):
        gain: Floats = np.minimum(scale / area, _MOST_GAIN)
    return gain


class _Items:
    """The items' trapezoids as log-likelihood terms, ready to land on grids."""

    def __init__(
        self, lo: Floats, a: Floats, b: Floats, hi: Floats, codes: np.ndarray, prior: Floats, epsilon: float
    ) -> None:
        self.codes = codes
        self.groups = int(codes[-1]) + 1
        self.scale = (1 - epsilon) * (prior[0] if self.groups == 1 else prior[codes]) / epsilon  # gain·area
        crisp = a is lo and b is hi  # readings shared: no shoulders anywhere
        area = hi - lo if crisp else (b - a) + (a - lo) / 2 + (hi - b) / 2
        self.points = np.flatnonzero(area <= 0)  # a point claim is a box of one cell, per grid
        self.centres = (lo[self.points] + hi[self.points]) / 2
        if self.points.size:
            shaped = np.flatnonzero(area > 0)
            lo, a, b, hi, area = lo[shaped], a[shaped], b[shaped], hi[shaped], area[shaped]
            self.shaped = codes[shaped]
            self.gain = _gain(self.scale if self.groups == 1 else self.scale[shaped], area)
        else:
            self.shaped = codes
            self.gain = _gain(self.scale, area)
        self.lo, self.a, self.b, self.hi = lo, a, b, hi
        self.crisp = crisp
        self.top = np.log1p(self.gain)

    def masses(self, start: Floats, width: Floats, cells: int) -> Floats:
        """Posterior mass of each cell, shape (groups, cells), each row summing to 1."""
        h = np.where(width > 0, width / cells, 1.0)
        grid = _Grid(start, h, cells, self.groups)
        if self.points.size:
            codes = self.codes[self.points]
            box = h[codes]
            top = np.log1p((self.scale if self.groups == 1 else self.scale[self.points]) / box)
            grid.step(self.centres - box / 2, top, codes)
            grid.step(self.centres + box / 2, -top, codes)
        lo, a, b, hi, top, codes = self.lo, self.a, self.b, self.hi, self.top, self.shaped
        if self.crisp:
            grid.step(lo, top, codes)
            grid.step(hi, -top, codes)
            return grid.masses()
        rises, falls = a > lo, hi > b
        grid.step(lo[~rises], top[~rises], codes[~rises])
        grid.step(hi[~falls], -top[~falls], codes[~falls])
        for side, shoulder in ((1.0, rises), (-1.0, falls)):
            chosen = np.flatnonzero(shoulder)
            for chunk in np.array_split(chosen, max(1, chosen.size // _CHUNK)):
                if chunk.size:
                    near, far = (lo[chunk], a[chunk]) if side > 0 else (hi[chunk], b[chunk])
                    grid.shoulder(near, far, self.gain[chunk], top[chunk], codes[chunk], side)
        return grid.masses()


class _Grid:
    """Hinges and steps accumulated on the cell midpoints of one grid per group."""

    def __init__(self, start: Floats, h: Floats, cells: int, groups: int) -> None:
        self.start, self.h, self.cells = start, h, cells
        self.slopes = np.zeros(groups * (cells + 1))
        self.offsets = np.zeros(groups * (cells + 1))
        self.jumps = np.zeros(groups * (cells + 1))

    def _slot(self, at: Floats, codes: np.ndarray) -> tuple[np.ndarray, Floats]:
        """The first midpoint past ``at`` (as a flat index) and ``at`` from the grid's start."""
        one = self.start.size == 1  # one group: scalars broadcast, no gather per item
        rel = at - (self.start[0] if one else self.start[codes])
        first = np.floor(rel / (self.h[0] if one else self.h[codes]) + 0.5)  # the midpoints past it
        index = np.clip(first, 0, self.cells).astype(np.intp)
        if not one:
            index += codes * (self.cells + 1)
        return index, rel

    def step(self, at: Floats, jump: Floats, codes: np.ndarray) -> None:
        slot, _ = self._slot(at, codes)
        self.jumps += np.bincount(slot, np.broadcast_to(jump, slot.shape), minlength=self.jumps.size)

    def hinge(self, at: Floats, slope: Floats, codes: np.ndarray) -> None:
        slot, rel = self._slot(at, codes)
        self.slopes += np.bincount(slot, slope, minlength=self.slopes.size)
        self.offsets += np.bincount(slot, slope * rel, minlength=self.offsets.size)

    def shoulder(
        self, near: Floats, far: Floats, gain: Floats, top: Floats, codes: np.ndarray, side: float
    ) -> None:
        """A shoulder from 0 at ``near`` to ``top`` at ``far`` (side +1: rising to the right)."""
        levels = np.arange(PIECES + 1) / PIECES
        share = np.expm1(levels[None, :] * top[:, None]) / gain[:, None]  # μ at equal rises
        knots = near[:, None] + share * (far - near)[:, None]
        if side < 0:
            knots = knots[:, ::-1]  # left to right: from the core's end out to the support's
        left, right = knots[:, :-1], knots[:, 1:]
        rise = np.broadcast_to(side * (top / PIECES)[:, None], left.shape)
        run = right - left
        coded = np.broadcast_to(codes[:, None], left.shape)
        steep = run <= 1e-9 * self.h[coded]  # narrower than the grid resolves: a step
        with np.errstate(divide="ignore", invalid="ignore"):
            slope = np.where(steep, 0.0, rise / run)
        self.step(left[steep], rise[steep], coded[steep])
        flat = ~steep
        self.hinge(left[flat], slope[flat], coded[flat])
        self.hinge(right[flat], -slope[flat], coded[flat])

    def masses(self) -> Floats:
        """The normalised posterior mass of every cell, shape (groups, cells)."""
        log_density = self.values()
        density = np.exp(log_density - log_density.max(axis=1, keepdims=True))
        total: Floats = density / density.sum(axis=1, keepdims=True)
        return total

    def values(self) -> Floats:
        """The accumulated log-likelihood at every midpoint, shape (groups, cells)."""
        shape = (-1, self.cells + 1)
        slopes = np.cumsum(self.slopes.reshape(shape), axis=1)[:, :-1]
        offsets = np.cumsum(self.offsets.reshape(shape), axis=1)[:, :-1]
        jumps = np.cumsum(self.jumps.reshape(shape), axis=1)[:, :-1]
        mids = (np.arange(self.cells) + 0.5)[None, :] * self.h[:, None]
        result: Floats = slopes * mids - offsets + jumps
        return result


def _quantiles(mass: Floats, start: Floats, width: Floats, probabilities: Floats) -> Floats:
    """Quantiles of per-group densities that are uniform within each cell."""
    cells = mass.shape[1]
    cumulative = np.cumsum(mass, axis=1)
    index = np.minimum((cumulative[:, None, :] < probabilities[None, :, None]).sum(axis=2), cells - 1)
    rows = np.arange(mass.shape[0])[:, None]
    before = np.where(index > 0, cumulative[rows, index - 1], 0.0)
    inside = mass[rows, index]
    with np.errstate(invalid="ignore", divide="ignore"):
        fraction = np.where(inside > 0, (probabilities[None, :] - before) / inside, 0.5)
    at = start[:, None] + (index + np.clip(fraction, 0, 1)) * (width / cells)[:, None]
    result: Floats = np.where(width[:, None] > 0, at, start[:, None])
    return result


def legible(quantiles: Floats, hull: Ends) -> Floats:
    """Six quantiles per group rounded outward to the digits a grid knows.

    Six quantiles per group (three low, three high) rounded outward to a hundredth of the
    width between the second and the fifth (a grid's quantiles are not known better), within
    ``hull``.

    Parameters
    ----------
    quantiles : ndarray, shape (groups, 6)
        The quantiles per group, in increasing order.
    hull : Ends
        Per group, the values the rounded quantiles must stay within.

    Returns
    -------
    ndarray, shape (groups, 6)
        The rounded quantiles (a group of zero width as given).

    Examples
    --------
    >>> import numpy as np
    >>> from claimnum.trapezoids import Ends
    >>> hull = Ends(np.array([0.0]), np.array([100.0]), np.array([True]), np.array([True]))
    >>> legible(np.array([[1.234, 5.678, 20.01, 70.2, 80.55, 99.99]]), hull).tolist()
    [[1.2, 5.6, 20.0, 70.2, 80.6, 100.0]]
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        width = quantiles[:, 4] - quantiles[:, 1]
        exponent = np.where(width > 0, np.floor(np.log10(width / 100)), np.nan)[:, None]
        # Divide by 10**-e rather than multiply by 10**e: 1999 / 100 is 19.99, 1999 * 0.01 is not.
        up = np.where(exponent >= 0, 10.0**exponent, 1.0)
        down = np.where(exponent < 0, 10.0**-exponent, 1.0)
        lower = np.floor(quantiles[:, :3] * down / up) * up / down
        upper = np.ceil(quantiles[:, 3:] * down / up) * up / down
    rounded = np.clip(np.hstack([lower, upper]), hull.lo[:, None], hull.hi[:, None])
    return np.where(np.isfinite(exponent), rounded, quantiles)
