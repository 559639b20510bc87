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

Whatever the values, a figure the evidence tells of others ("two other players
to three-year contracts", :func:`someone_elses`) is no counterpart of a named
holder's.

Examples
--------
>>> import claimnum
>>> claimnum.verify("The Wolves rushed for nearly 400 yards.",
...                 "Abara broke an 80-yard run as the Wolves won.").verdict
'not enough info'
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.claim import Claim
from claimnum.clause_negation import words_before
from claimnum.data_files import data_table
from claimnum.grouping import THRESHOLD, frame_of, open_entity
from claimnum.lexicon import load

__all__ = ["FACTOR", "far_fetched", "someone_elses"]

FACTOR = 5.0
"""How far apart (a factor, half an order of magnitude) a weakly aligned counterpart and a written
number may be."""

_MEASURE_ALONE = 0.6  # a link's score when only the measure is shared (grouping's measure score)
_OTHERS_REACH = 5  # words of a figure's clause before it read for a word of others


def _specific(claim: Claim) -> bool:
    """Whether a number's frame says whose or what it is: a holder, a role, or an entity that keeps
    things apart."""
    frame = frame_of(claim)
    return frame.holder is not None or frame.role is not None or not open_entity(frame)


def _of_others(claim: Claim) -> bool:
    """Whether a figure is told of others than those the story names: a word of ``others``
    (``data/claim_frames.toml``) among the few words of its clause before it."""
    at = claim.sentence_at
    if at < 0:
        return False
    for word in reversed(words_before(claim.sentence, at, _OTHERS_REACH)):
        if not word[:1].isalnum() or word in _clause_ends():
            return False
        if word in _others():
            return True
    return False


@functools.cache
def _others() -> frozenset[str]:
    return frozenset(data_table("claim_frames.toml")["others"])


@functools.cache
def _clause_ends() -> frozenset[str]:
    return frozenset(load().words["clause_ends"])


def someone_elses(
    numbers: Sequence[Claim], evidence: Sequence[Claim], k: NDArray[np.intp], e: NDArray[np.intp]
) -> NDArray[np.bool_]:
    """Which pairs join a named holder's figure with one told of others, without a holder ("Bryn
    Tovar signed a five-year contract" and "the club signed two other players to three-year
    contracts"): the others' figure is not the named one's.

    Examples
    --------
    >>> import claimnum, numpy as np
    >>> numbers = claimnum.extract("Bryn Tovar signed a five-year contract.")
    >>> evidence = claimnum.extract("The club gave two other players three-year contracts.")
    >>> someone_elses(numbers, evidence, np.array([0]), np.array([1])).tolist()
    [True]
    """
    others = [
        b
        for b in np.unique(e).tolist()
        if "other" in evidence[b].sentence.lower()
        and _of_others(evidence[b])
        and frame_of(evidence[b]).holder is None
    ]
    rows = np.flatnonzero(np.isin(e, others))
    named = {a: frame_of(numbers[a]).holder is not None for a in np.unique(k[rows]).tolist()}
    found = np.zeros(len(k), dtype=bool)
    found[rows] = [named[a] for a in k[rows].tolist()]
    return found


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
