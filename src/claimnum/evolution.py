"""Figures that evolve: a running total reported at several times.

A cumulative measure (deaths, injuries, arrests, people displaced, cases: see
:mod:`claimnum.measures`) only grows while a story unfolds.  Reports at
different times then need not share a value: "at least 3 dead" on Monday and
"10 dead" on Tuesday both hold.  :func:`latest_state` tells whether the
reports fit one growing total and, if they do, what its latest state is: the
latest reports' values that are no lower than any earlier report's lower
bound.

Examples
--------
>>> from claimnum import Interval
>>> from claimnum.evolution import latest_state
>>> latest_state([Interval(3, float("inf"), closed="left"), Interval(10, 10)], ["2024-05-01", "2024-05-02"])
[10, 10]
>>> latest_state([Interval(10, 10), Interval(3, 3)], ["2024-05-01", "2024-05-02"]) is None
True
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pandas as pd

from claimnum.interval import Interval

__all__ = ["latest_state", "times_known"]


def times_known(times: Sequence[Any]) -> bool:
    """Whether every time is given and there are at least two distinct ones.

    Parameters
    ----------
    times : sequence
        One time per document or claim, None where unknown.

    Returns
    -------
    bool
        True when none is missing and at least two differ.

    Examples
    --------
    >>> times_known(["2024-05-01", "2024-05-02"]), times_known(["2024-05-01", None])
    (True, False)
    """
    if any(t is None or (isinstance(t, float) and math.isnan(t)) or t is pd.NaT for t in times):
        return False
    return len({pd.Timestamp(t) for t in times}) > 1


def latest_state(intervals: Sequence[Interval], times: Sequence[Any]) -> Interval | None:
    """Return the latest state of a growing total, or ``None`` if the reports cannot fit one.

    Reports of one time must share a value; a later report may be higher than an
    earlier one but never lower than what an earlier report said at least.
    The state is built greedily in time order, keeping the lowest value each
    time allows, which is the weakest bound later reports must respect.

    Parameters
    ----------
    intervals : sequence of Interval
        The reports' supports, in one unit.
    times : sequence
        When each report was made (anything :class:`pandas.Timestamp` reads).

    Returns
    -------
    Interval or None

    Examples
    --------
    >>> from claimnum import Interval
    >>> from claimnum.evolution import latest_state
    >>> latest_state([Interval(47, 60), Interval(52, 52), Interval(55, 60)], [1, 2, 3])
    [55, 60]
    """
    order = sorted(range(len(intervals)), key=lambda i: pd.Timestamp(times[i]))
    floor = Interval(-math.inf, math.inf, closed="neither", unit=intervals[0].unit if intervals else None)
    state = floor
    k = 0
    while k < len(order):
        now = pd.Timestamp(times[order[k]])
        same = []
        while k < len(order) and pd.Timestamp(times[order[k]]) == now:
            same.append(intervals[order[k]])
            k += 1
        state = floor
        for interval in same:
            state = state & interval
        if state.is_empty:
            return None
        floor = Interval(
            state.lo, math.inf, closed="left" if state.left_closed else "neither", unit=state.unit
        )
    return state
