"""Whether a weakly aligned evidence figure is plausibly a number's counterpart, by its value.

A frame link that shares the measure and nothing else of the number's frame
(no holder, role or entity in common), or a loose pair found by shared context
words (:mod:`claimnum.loose_alignment`), says little about which quantity an
evidence figure is.  A careful fact-checker then reads the value too: a figure
several times the number's, found that weakly, is likelier another quantity of
the story (a player's points for a crowd, one run's yards for a team's total, a
count of other players' contracts) than a wrong report of the same.  Such a
pair is no counterpart (:func:`far_fetched`): where nothing else speaks of the
number, the verdict is "not enough info", not "overstated".

Both are dropped when the two figures are written (no vague word on either
side) and more than :data:`FACTOR` apart:

* a loose pair;
* a frame link sharing only the measure, of a number whose frame says whose or
  what it is (a holder, a role, or an entity that keeps things apart) that the
  evidence figure does not share.

A vague word ("several", "dozens") is a figure of its own reach: it is left to
the relation to judge.

Examples
--------
>>> import claimnum
>>> claimnum.verify("The Wolves rushed for nearly 400 yards.",
...                 "Abara broke an 80-yard run as the Wolves won.").verdict
'not enough info'
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.claim import Claim
from claimnum.grouping import THRESHOLD, frame_of, open_entity

__all__ = ["FACTOR", "far_fetched"]

FACTOR = 5.0
"""How far apart (a factor, half an order of magnitude) a weakly aligned counterpart and a written
number may be."""

_MEASURE_ALONE = 0.6  # a link's score when only the measure is shared (grouping's measure score)


def _specific(claim: Claim) -> bool:
    """Whether a number's frame says whose or what it is: a holder, a role, or an entity that keeps
    things apart."""
    frame = frame_of(claim)
    return frame.holder is not None or frame.role is not None or not open_entity(frame)


def far_fetched(
    numbers: Sequence[Claim],
    k: NDArray[np.intp],
    score: NDArray[np.float64],
    agreement: NDArray[np.float64],
    apart: NDArray[np.float64],
    exempt: NDArray[np.bool_],
) -> NDArray[np.bool_]:
    """Which aligned pairs are too weakly linked for how far apart their values are.

    Parameters
    ----------
    numbers : sequence of Claim
        The claim's numbers.
    k : numpy.ndarray of int
        Each pair's number.
    score, agreement : numpy.ndarray of float
        Each pair's link score and how much more its frames share
        (:func:`claimnum.alignment.agreement`).
    apart : numpy.ndarray of float
        How far apart the pair's values are, as ``abs(log10(a / b))``; NaN where the units do not
        convert.
    exempt : numpy.ndarray of bool
        The pairs judged otherwise, whatever their values: a vague word on either side (a figure
        of its own reach), a score of two figures (:mod:`claimnum.score_pairs`).

    Returns
    -------
    numpy.ndarray of bool

    Examples
    --------
    >>> import claimnum, numpy as np
    >>> numbers = claimnum.extract("About 21,000 fans came.")
    >>> k, exempt = np.array([0, 0]), np.array([False, False])
    >>> far_fetched(numbers, k, np.array([0.42, 0.42]), np.zeros(2), np.array([0.2, 1.5]), exempt).tolist()
    [False, True]
    """
    written = ~exempt & np.isfinite(apart) & (apart > math.log10(FACTOR))
    loose = written & (score < THRESHOLD)
    weak = written & (score >= THRESHOLD) & (score <= _MEASURE_ALONE) & (agreement <= 0)
    if weak.any():
        asked = pd.unique(k[weak]).tolist()
        specific = np.zeros(len(numbers), dtype=bool)
        specific[asked] = [_specific(numbers[i]) for i in asked]
        weak &= specific[k]
    found: NDArray[np.bool_] = loose | weak
    return found
