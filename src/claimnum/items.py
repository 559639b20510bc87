"""The items :func:`~claimnum.check` and :func:`~claimnum.combine` take, as the caller gave them.

An item is an :class:`~claimnum.Interval`, or anything with three nested
intervals (:class:`Trapezoidal`: a :class:`~claimnum.Claim`, an
:class:`~claimnum.Estimate`).  :func:`as_items` takes a list of them (or a
DataFrame) and refuses one item alone; :func:`select` keeps some of them and
:func:`describe` names one in an explanation.  :mod:`claimnum.trapezoids` turns
them into arrays.

Examples
--------
>>> from claimnum import Interval
>>> items = as_items([Interval(1, 2), Interval(3, 4, unit="week")], "check()")
>>> [describe(item) for item in items]
['[1, 2]', '[3, 4] week']
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any, Protocol, TypeAlias

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.errors import InvalidTypeError
from claimnum.interval import Interval

__all__ = ["Item", "Trapezoidal", "as_items", "describe", "select"]

Bools: TypeAlias = NDArray[np.bool_]


class Trapezoidal(Protocol):
    """What :func:`~claimnum.check` and :func:`~claimnum.combine` need of an item: three nested intervals.

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


def as_items(items: Iterable[Item] | pd.DataFrame, taker: str) -> tuple[Any, ...] | pd.DataFrame:
    """The items as a tuple (a DataFrame as it is), or an error that says to pass ``[item]``.

    ``taker`` names the function in the message (``"check()"``).

    Parameters
    ----------
    items : iterable of Item, or DataFrame
        What the caller was given.
    taker : str
        The caller's name, for the message.

    Returns
    -------
    tuple or DataFrame

    Examples
    --------
    >>> from claimnum import Interval
    >>> as_items(iter([Interval(1, 2)]), "check()")
    ([1, 2],)
    >>> as_items(Interval(1, 2), "check()")
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidTypeError: check() takes a list of items (Intervals, Claims, Estimates) ...
    """
    if isinstance(items, pd.DataFrame):
        return items
    given: object = items  # checked as any object: callers pass anything
    # One item (an Interval, or anything with the three readings) is no list of them.
    one = isinstance(given, Interval) or all(hasattr(given, name) for name in ("literal", "interval", "core"))
    if one or isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
        raise InvalidTypeError(
            f"{taker} takes a list of items (Intervals, Claims, Estimates) or a DataFrame, got "
            f"{type(items).__name__}; for one item pass [item]"
        )
    return tuple(items)


def select(items: tuple[Any, ...] | pd.Index | pd.DataFrame, mask: Bools) -> tuple[Any, ...] | pd.Index:
    """The items where ``mask`` is true.

    As a tuple (a frame's row labels: a pandas Index, which is immutable and costs no
    Python object per row).

    Parameters
    ----------
    items : tuple, Index or DataFrame
        The items (a frame stands for its row labels).
    mask : ndarray of bool
        One flag per item.

    Returns
    -------
    tuple or Index

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


def describe(item: object) -> str:
    """How :meth:`~claimnum.Consistency.explain` names an item: its source and its words.

    Parameters
    ----------
    item : object
        An Interval, a Claim, an Estimate or anything else (its ``repr``).

    Returns
    -------
    str

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
