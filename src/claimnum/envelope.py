"""The evidence on a running total: its latest state, not the older reports that outvote it.

A cumulative measure (deaths, injuries, arrests: :mod:`claimnum.measures`)
only grows while a story unfolds, so the sources reporting it at different
moments do not disagree: "at least 3 dead" on Monday does not refute "killed
17" on Tuesday.  :func:`current_reports` picks, for each number of a claim,
the evidence reports that speak of the total's current state:

- with the reports' times known, the reports of the latest time, when all the
  reports fit one growing total (:func:`claimnum.evolution.latest_state`, as
  :func:`claimnum.reconcile` updates a group); when they do not, all of them
  (a real conflict, for the pooling to weigh);
- without times, the upper envelope: the reports that reach the highest lower
  bound any report gives; those wholly below it are earlier counts or lower
  bounds ("at least 3"), implied by it.  Unless the top is a lone outlier:
  one source alone reaches it, at least two other sources agree among
  themselves (their supports lie within :data:`AGREEING` of each other) and
  the top is more than :data:`OUTLIER` times the highest of them ("98", "101"
  and "900" dead).  A growing total is seldom told so: then every report is
  kept, a conflict for the pooling to weigh, so that one outlier does not
  decide.

Examples
--------
>>> import numpy as np
>>> import pandas as pd
>>> from claimnum.envelope import current_reports
>>> rows = pd.DataFrame({"k": [0, 0, 0], "source": ["a", "b", "c"],
...                      "lo": [3.0, 10.0, 17.0], "hi": [5.0, 10.0, 17.0], "closed": ["both"] * 3,
...                      "unit": [""] * 3})
>>> current_reports(rows, {}).tolist()
[False, False, True]
>>> rows["lo"], rows["hi"] = [98.0, 101.0, 900.0], [98.0, np.inf, 900.0]
>>> current_reports(rows, {}).tolist()
[True, True, True]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.evolution import latest_state, times_known
from claimnum.interval import Interval

__all__ = ["AGREEING", "OUTLIER", "current_reports"]

AGREEING = 1.1
"""Sources agree when the highest lower bound among them is at most this times their lowest upper
upper bound, a lower bound reaching its own bound (rounding apart: "98" and "at least 101")."""

OUTLIER = 2.0
"""A lone top report is an outlier when its lower bound is more than this times the highest upper
bound of the agreeing others (a total seldom doubles between the reports of one story's outlets)."""


def current_reports(rows: pd.DataFrame, times: Mapping[str, Any]) -> NDArray[np.bool_]:
    """Which reports of a running total speak of its current state, per number ``k``.

    Parameters
    ----------
    rows : pandas.DataFrame
        The reports: columns ``k`` (the number they bear on), ``source``,
        ``lo``, ``hi``, ``closed`` and ``unit`` (their support, in the number's
        unit).
    times : mapping of str to object
        When each source reported (anything :class:`pandas.Timestamp` reads);
        a source left out has no known time.

    Returns
    -------
    numpy.ndarray of bool
        One per row: whether it is kept.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = pd.DataFrame({"k": [0, 0], "source": ["mon", "tue"], "lo": [10.0, 17.0],
    ...                      "hi": [10.0, 17.0], "closed": ["both", "both"], "unit": ["", ""]})
    >>> current_reports(rows, {"mon": "2024-05-06", "tue": "2024-05-07"}).tolist()
    [False, True]
    >>> current_reports(rows, {"mon": "2024-05-07", "tue": "2024-05-06"}).tolist()
    [True, True]
    """
    lo, hi = rows["lo"].to_numpy(dtype=float), rows["hi"].to_numpy(dtype=float)
    # Without times: the upper envelope, on arrays.
    keep: NDArray[np.bool_] = hi >= pd.Series(lo).groupby(rows["k"].to_numpy()).transform("max").to_numpy()
    sources = rows["source"].to_numpy(dtype=object)
    for indices in rows.groupby("k", sort=False).indices.values():
        if _lone_outlier(lo[indices], hi[indices], sources[indices]):
            keep[indices] = True
    if not times or not any(times.get(source) is not None for source in set(sources.tolist())):
        return keep
    closed, unit = rows["closed"].to_numpy(dtype=object), rows["unit"].to_numpy(dtype=object)
    for indices in rows.groupby("k", sort=False).indices.values():
        when = [times.get(source) for source in sources[indices]]
        if not times_known(when):
            continue
        intervals = [Interval(lo[i], hi[i], closed[i], unit[i] or None) for i in indices]
        if latest_state(intervals, when) is None:
            keep[indices] = True  # the reports do not fit one growing total: a conflict to weigh
        else:
            stamps = [pd.Timestamp(t) for t in when if t is not None]  # all known: times_known
            keep[indices] = np.array(stamps) == max(stamps)
    return keep


def _lone_outlier(lo: NDArray[np.float64], hi: NDArray[np.float64], sources: NDArray[Any]) -> bool:
    """Whether the highest lower bound of one number's reports is a single source's, far above at
    least two other sources that agree among themselves."""
    top = lo >= lo.max()
    if len(set(sources[top].tolist())) != 1:
        return False
    rest = ~top & (sources != sources[top][0])
    if len(set(sources[rest].tolist())) < 2:
        return False
    reach = np.where(np.isfinite(hi[rest]), hi[rest], lo[rest])  # a lower bound reaches its bound
    agree = bool(lo[rest].max() <= AGREEING * reach.min())
    return agree and bool(lo[top].max() > OUTLIER * reach.max())
