"""Cuts, the places between reals that interval ends make, and Allen's relations between them.

A closed lower end ``[x`` cuts the line just before ``x`` and an open one
``(x`` just after it, and likewise for upper ends.  Cuts are ordered pairs
``(x, 0)`` (just before) and ``(x, 1)`` (just after), so intersection, hull and
Allen's relations are plain comparisons of cuts, and a point ``[x, x]`` is an
ordinary, non-degenerate interval between ``(x, 0)`` and ``(x, 1)``.

Examples
--------
>>> relation((1.0, 0), (2.0, 0), (2.0, 0), (3.0, 1))  # [1, 2) and [2, 3]
'meets'
>>> relation((2.0, 0), (2.0, 1), (1.0, 0), (3.0, 1))  # [2, 2] and [1, 3]
'during'
"""

from __future__ import annotations

from typing import Literal

__all__ = ["SHARING", "Cut", "Relation", "relation"]

Cut = tuple[float, int]
"""A place between reals: ``(x, 0)`` just before ``x``, ``(x, 1)`` just after it."""

Relation = Literal[
    "before",
    "meets",
    "overlaps",
    "starts",
    "during",
    "finishes",
    "equals",
    "after",
    "met_by",
    "overlapped_by",
    "started_by",
    "contains",
    "finished_by",
]
"""The names of Allen's 13 interval relations, as :meth:`~claimnum.Interval.relation` returns them."""

SHARING: dict[tuple[int, int], Relation] = {
    (-1, -1): "overlaps",
    (-1, 0): "finished_by",
    (-1, 1): "contains",
    (0, -1): "starts",
    (0, 0): "equals",
    (0, 1): "started_by",
    (1, -1): "during",
    (1, 0): "finishes",
    (1, 1): "overlapped_by",
}
"""(how the starts compare, how the ends compare) -> relation, for intervals that share a point."""


def relation(a_lower: Cut, a_upper: Cut, b_lower: Cut, b_upper: Cut) -> Relation:
    """Allen's relation of one interval to another, from the cuts of their ends.

    The Allen relation of the interval between the cuts ``a_lower``, ``a_upper`` to that
    between ``b_lower``, ``b_upper`` (both non-empty).

    Parameters
    ----------
    a_lower, a_upper : Cut
        Where the first interval starts and ends.
    b_lower, b_upper : Cut
        Where the second interval starts and ends.

    Returns
    -------
    Relation
        The name of the relation, ``"before"`` to ``"finished_by"``.

    Examples
    --------
    >>> relation((1.0, 0), (3.0, 1), (3.0, 0), (3.0, 1))  # [1, 3] and [3, 3]
    'finished_by'
    """
    if a_upper < b_lower:
        return "before"
    if b_upper < a_lower:
        return "after"
    if a_upper == b_lower:
        return "meets"
    if b_upper == a_lower:
        return "met_by"
    return SHARING[_compare(a_lower, b_lower), _compare(a_upper, b_upper)]


def _compare(a: Cut, b: Cut) -> int:
    return (a > b) - (a < b)
