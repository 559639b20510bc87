"""Which aligned evidence claims are a number's counterparts.

:func:`claimnum.alignment.align` finds every evidence claim that may speak of a
number's quantity; of those, each source's counterparts are the claims that
speak of it best (:func:`counterparts`), and where one claim states several
values of a frame each evidence claim speaks to the nearest of them
(:func:`nearest_number`).

Examples
--------
>>> import numpy as np, pandas as pd
>>> aligned = pd.DataFrame({"k": [0, 0], "source": ["a", "a"]})
>>> counterparts(aligned, np.array([0.1, 0.5]), np.array([0.9, 0.9])).tolist()
[True, False]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.claim import Claim

__all__ = ["counterparts", "magnitude", "nearest_number"]

_SCORE_MARGIN = 0.3  # link score below a number's best link that still counts: a missing entity
_SAME = 1e-9  # values this close (log10 of their middles) are the very figure


def magnitude(frame: pd.DataFrame) -> NDArray[np.float64]:
    """log10 of the middle of each support (of its finite end when one is infinite), 0 for zero.

    Examples
    --------
    >>> import pandas as pd
    >>> magnitude(pd.DataFrame({"lo": [90.0, 0.0, 100.0], "hi": [110.0, 0.0, float("inf")]})).tolist()
    [2.0, 0.0, 2.0]
    """
    lo, hi = frame["lo"].to_numpy(dtype=float), frame["hi"].to_numpy(dtype=float)
    middle = np.where(np.isfinite(lo) & np.isfinite(hi), (lo + hi) / 2, np.where(np.isfinite(lo), lo, hi))
    with np.errstate(divide="ignore", invalid="ignore"):
        result: NDArray[np.float64] = np.log10(np.abs(middle))
    return np.where(np.isfinite(result), result, 0.0)


def counterparts(
    aligned: pd.DataFrame,
    distance: NDArray[np.float64],
    score: NDArray[np.float64],
    agreement: NDArray[np.float64] | None = None,
) -> NDArray[np.bool_]:
    """Each source's counterparts of a number: its best-linked claims, of those the camp whose frame
    agrees best with the number's, and in it the nearest in value.

    A source that gives several values of one frame speaks of several things ("seven life
    sentences and four without parole", the ages of several people): its best-linked claims fall
    into camps of values apart from one another (``aligned``'s ``lo`` and ``hi``, in the number's
    unit).  The camps whose frames share most with the number's (``agreement``: holder, role,
    entity, modifiers; :func:`claimnum.alignment.agreement`) are the ones it compares with
    ("Reed, 32," with Reed's age, not his victim's); of those, the nearest value is the
    counterpart.  A source that shares only the entity where
    others share the measure too is left out; one that lacks only the entity ("the death toll rose
    to 17") is not.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> aligned = pd.DataFrame({"k": [0, 0, 0], "source": ["a", "a", "b"],
    ...                         "lo": [7.0, 4.0, 7.0], "hi": [7.0, 4.0, 7.0]})
    >>> distance, score = np.array([0.3, 0.1, 0.2]), np.array([0.9, 0.9, 0.5])
    >>> counterparts(aligned, distance, score, np.array([2.0, 0.0, 0.0])).tolist()
    [True, False, False]
    >>> counterparts(aligned, distance, score, np.zeros(3)).tolist()
    [False, True, False]

    A source stating the very figure among its strong links speaks of it there, however better
    linked a sibling figure is ("the 12-inch model" against "the 10-inch model ... and the 12-inch"):

    >>> counterparts(aligned, np.array([0.3, 0.0, 0.2]), np.array([0.9, 0.7, 0.5])).tolist()
    [False, True, False]
    """
    by = [aligned["k"], aligned["source"]]
    # A source whose best link falls well short of the number's best (an entity or event alone,
    # where others share the measure too) speaks of something else.
    floor = pd.Series(score).groupby(aligned["k"]).transform("max").to_numpy() - _SCORE_MARGIN
    strong = score >= np.round(floor, 6)  # scores are sums of tenths: no float dust at the margin
    top = score >= pd.Series(score).groupby(by).transform("max").to_numpy()
    best = strong & _the_very_figure(by, strong & (distance <= _SAME), top)
    if agreement is not None:
        best &= _agreeing_camp(aligned, best, agreement)
    closest = pd.Series(np.where(best, distance, np.inf)).groupby(by).transform("min").to_numpy()
    chosen: NDArray[np.bool_] = best & (distance <= closest)
    return chosen


def _the_very_figure(
    by: list[pd.Series], same: NDArray[np.bool_], top: NDArray[np.bool_]
) -> NDArray[np.bool_]:
    """Of a source that states the very figure claimed among its strong links (``same``: "10-inch
    and 12-inch models" for "the 10-inch model"), that figure alone: its siblings of the measure
    are other things of the kind, however well their frames link; of any other source its
    best-linked rows (``top``)."""
    given = pd.Series(same).groupby(by).transform("any").to_numpy(dtype=bool)
    chosen: NDArray[np.bool_] = np.where(given, same, top)
    return chosen


def _agreeing_camp(
    aligned: pd.DataFrame, best: NDArray[np.bool_], agreement: NDArray[np.float64]
) -> NDArray[np.bool_]:
    """Of each (number, source)'s ``best`` rows, those of the camps of overlapping values whose
    frames agree best with the number's."""
    rows = pd.DataFrame(
        {
            "k": aligned["k"].to_numpy(),
            "source": aligned["source"].to_numpy(),
            "lo": aligned["lo"].to_numpy(dtype=float),
            "hi": aligned["hi"].to_numpy(dtype=float),
            "agreement": agreement,
        }
    )[best]
    rows = rows.sort_values(["k", "source", "lo", "hi"], kind="stable")
    by = [rows["k"], rows["source"]]
    reach = rows.groupby(by)["hi"].cummax().groupby(by).shift()
    camp = np.cumsum(reach.isna().to_numpy() | (rows["lo"].to_numpy() > reach.to_numpy()))
    rows = rows.assign(camp=camp)
    camp_best = rows.groupby("camp")["agreement"].transform("max").to_numpy()
    source_best = rows.groupby(by)["agreement"].transform("max").to_numpy()
    keep = np.zeros(len(aligned), dtype=bool)
    keep[rows.index.to_numpy()[camp_best >= source_best]] = True
    return keep


def nearest_number(
    numbers: Sequence[Claim], k_of: NDArray[np.intp], e_of: NDArray[np.intp], distance: NDArray[np.float64]
) -> NDArray[np.bool_]:
    """Where one claim states several values of a frame ("$412 million, including $350 million in
    cash"), they are several quantities: each evidence claim speaks to the nearest of them only.

    Examples
    --------
    >>> import claimnum, numpy as np
    >>> numbers = claimnum.extract("It paid $412 million, including $350 million in cash.")
    >>> k, e = np.array([0, 1]), np.array([0, 0])
    >>> nearest_number(numbers, k, e, np.array([0.0, 0.07])).tolist()
    [True, False]
    """
    sentence_codes, _ = pd.factorize(pd.Series([(c.source, c.sentence) for c in numbers], dtype=object))
    said = pd.Series(sentence_codes[k_of])
    closest = pd.Series(distance).groupby([pd.Series(e_of), said]).transform("min").to_numpy()
    chosen: NDArray[np.bool_] = distance <= closest
    return chosen
