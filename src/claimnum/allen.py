"""Allen's interval relations on arrays: one relation per pair of items, vectorised.

The same answers as :meth:`claimnum.Interval.relation`, computed by comparing
the cuts that the ends make (:mod:`claimnum.cuts`).

Examples
--------
>>> from claimnum import Interval
>>> from claimnum.trapezoids import build
>>> allen(build([Interval(1, 2)]), build([Interval(3, 4)])).tolist()
['before']
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from claimnum.cuts import SHARING
from claimnum.trapezoids import SUPPORT, Floats, Trapezoids

__all__ = ["allen"]

_SHARING_NAMES = np.array([SHARING[starts, ends] for starts in (-1, 0, 1) for ends in (-1, 0, 1)])
"""The relations of intervals that share a value, at ``3 * (starts + 1) + (ends + 1)``."""


def allen(a: Trapezoids, b: Trapezoids, row: int = SUPPORT) -> NDArray[np.str_]:
    """The Allen relation of reading ``row`` of each item of ``a`` to the same item of ``b``.

    The same answer as :meth:`~claimnum.Interval.relation`, computed on arrays by
    comparing the cuts the ends make.

    Parameters
    ----------
    a, b : Trapezoids
        The items to relate, paired by position (as many in each).
    row : int, default SUPPORT
        The reading compared: ``LITERAL``, ``SUPPORT`` or ``CORE``.

    Returns
    -------
    ndarray of str
        One relation name (:data:`claimnum.cuts.Relation`) per pair.

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
    sharing = _SHARING_NAMES[3 * (starts + 1) + (ends + 1)]
    return np.select(
        [_cut_cmp(a2, b1) < 0, _cut_cmp(b2, a1) < 0, _cut_cmp(a2, b1) == 0, _cut_cmp(b2, a1) == 0],
        ["before", "after", "meets", "met_by"],
        default=sharing,
    )


def _cut_cmp(a: tuple[Floats, NDArray[Any]], b: tuple[Floats, NDArray[Any]]) -> NDArray[np.intp]:
    by_x = np.sign(a[0] - b[0], where=a[0] != b[0], out=np.zeros(a[0].shape))
    return np.where(a[0] == b[0], np.sign(a[1] - b[1]), by_x).astype(np.intp)
