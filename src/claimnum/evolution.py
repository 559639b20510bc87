"""Figures that evolve: a running total reported at several times.

A cumulative measure (deaths, injuries, arrests, people displaced, cases: see
:mod:`claimnum.measures`) only grows while a story unfolds.  Reports at
different times then need not share a value: "at least 3 dead" on Monday and
"10 dead" on Tuesday both hold.  :func:`latest_state` tells whether the
reports fit one growing total and, if they do, what its latest state is: the
latest reports' values that are no lower than any earlier report's lower
bound.  :func:`past_figures` finds the earlier figure a text names as the
starting point of its own revision ("rose to 52 from 47", "up from 10"): a
past state of the quantity, not a report of its current one.

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

import functools
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from claimnum.data_files import data_table
from claimnum.interval import Interval

if TYPE_CHECKING:
    from claimnum.claim import Claim
    from claimnum.grouping import QuantityFrame

__all__ = ["latest_state", "past_figures", "stood_at", "times_known"]

_HEDGES = ("about", "some", "nearly", "around", "almost", "roughly", "at least", "more than", "over")
"""Words that may stand between "from" and the earlier figure ("up from about 40")."""


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


def past_figures(claims: Sequence[Claim], frames: Sequence[QuantityFrame]) -> list[bool]:
    """Which claims are the earlier figure a text names as the starting point of its own revision.

    A figure right after "from" in a sentence marked as a revision ("the toll rose to 52 from 47",
    "climbed from 10 to 15"), or after a phrase of ``earlier_values`` in ``data/claim_frames.toml``
    ("15, up from 10"), is what the quantity was before, where the same sentence of the same
    source gives another figure among ``claims`` (the one it was revised to).  Such a figure is a
    past state: it is no current report of the quantity.

    Parameters
    ----------
    claims : sequence of Claim
        One group's claims.
    frames : sequence of QuantityFrame
        Their frames (:func:`claimnum.grouping.frame_of`), for the revision mark.

    Returns
    -------
    list of bool
        One per claim: whether it is such an earlier figure.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("The death toll rose to 52 from 47.")
    >>> past_figures(claims, [frame_of(c) for c in claims])
    [False, True]
    """
    marked = [_after_from(c, f.revision) for c, f in zip(claims, frames, strict=True)]
    later = {(c.source, c.sentence) for c, m in zip(claims, marked, strict=True) if not m}
    return [m and (c.source, c.sentence) in later for c, m in zip(claims, marked, strict=True)]


def _after_from(claim: Claim, revision: bool) -> bool:
    """Whether the claim's figure follows "from" in a revision, or a phrase naming an earlier value."""
    before = claim.sentence[: claim.sentence_at]
    found = _from_pattern().search(before)
    return found is not None and (revision or found.group("phrase") is not None)


@functools.lru_cache(maxsize=1)
def _from_pattern() -> re.Pattern[str]:
    phrases = "|".join(
        re.escape(p).replace("\\ ", r"\s+") for p in data_table("claim_frames.toml")["earlier_values"]
    )
    hedges = "|".join(re.escape(h).replace("\\ ", r"\s+") for h in _HEDGES)
    return re.compile(rf"(?:\b(?P<phrase>{phrases})|\bfrom)\s+(?:(?:{hedges})\s+)?$", re.IGNORECASE)


def stood_at(times: Sequence[Any], past: Sequence[bool]) -> list[pd.Timestamp]:
    """When each report's figure stood: its document's time, a past figure's just before it.

    Parameters
    ----------
    times : sequence
        Each claim's document time, all known (:func:`times_known`).
    past : sequence of bool
        Whether each claim is an earlier figure its text names (:func:`past_figures`).

    Returns
    -------
    list of pandas.Timestamp

    Examples
    --------
    >>> [str(t) for t in stood_at(["2024-05-02", "2024-05-02"], [False, True])]
    ['2024-05-02 00:00:00', '2024-05-01 23:59:59.999999999']
    """
    tick = pd.Timedelta(1, "ns")
    return [pd.Timestamp(t) - tick if p else pd.Timestamp(t) for t, p in zip(times, past, strict=True)]
