"""Which evidence claims speak of each number of a claim: alignment by quantity frame.

:func:`align` pairs each number with the evidence claims whose frame
:func:`claimnum.grouping.link` scores at least the grouping threshold (blocked
by :func:`claimnum.grouping.block_of`, scored once per pair of distinct
frames), and falls back on :func:`claimnum.loose_alignment.loose_pairs` for the
numbers the frames align with nothing.  Each pair carries how far apart its
values may be (the measure's tolerance) and its link score; each claim its unit
as its measure implies it ("Reid, 33," is 33 years; "half" is 50 percent).

Examples
--------
>>> import claimnum
>>> numbers = claimnum.extract("Nearly half of voters backed it.")
>>> pairs = align(numbers, claimnum.extract("Some 48 percent of voters backed it."))
>>> pairs.number_units.tolist(), pairs.number_scales.tolist()
(['percent'], [100.0])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.claim import Claim
from claimnum.grouping import THRESHOLD, QuantityFrame, block_of, frame_of, implied_unit, link, measured
from claimnum.interval import Interval
from claimnum.loose_alignment import LOOSE_REACH, adopt_units, loose_pairs
from claimnum.measures import measures

__all__ = ["AlignedPairs", "align"]


@dataclass(frozen=True, slots=True)
class AlignedPairs:
    """Aligned (number ``k``, evidence claim ``e``) pairs, the largest factor between values of
    their quantity and their link score, and the units of all numbers and evidence claims.

    Examples
    --------
    >>> import claimnum
    >>> pairs = align(claimnum.extract("Over 500 people came."), claimnum.extract("Over 600 people came."))
    >>> pairs.k.tolist(), pairs.e.tolist(), pairs.score.tolist()
    ([0], [0], [0.6])
    """

    k: NDArray[np.intp]
    e: NDArray[np.intp]
    gap: NDArray[np.float64]
    score: NDArray[np.float64]
    number_units: NDArray[Any]  # the unit of each number, implied by its measure for a pure number
    evidence_units: NDArray[Any]
    number_scales: NDArray[np.float64]  # what each number's readings are multiplied by in that unit
    evidence_scales: NDArray[np.float64]
    cumulative: NDArray[np.bool_]  # whether each number is a running total's
    adopted: NDArray[np.bool_]  # whether each number took its unit from its counterparts


def align(numbers: Sequence[Claim], evidence: Sequence[Claim], *, year: int | None = None) -> AlignedPairs:
    """The (number, evidence claim) pairs that speak of the same quantity, as position arrays.

    Two claims are aligned when :func:`claimnum.grouping.link` scores their
    frames at least :data:`claimnum.grouping.THRESHOLD`.  Claims are grouped by
    frame first, and only frames of one block (what must be equal for a link)
    are scored, once per pair of distinct frames; the pairs of claims follow by
    a join, not a double loop.  A number the frames align with nothing gets the
    loose counterparts of :func:`claimnum.loose_alignment.loose_pairs`.

    Parameters
    ----------
    numbers, evidence : sequence of Claim
        The claim's numbers and the evidence claims.
    year : int, optional
        The story's year, for the frames' background rule.

    Returns
    -------
    AlignedPairs
        The pairs, sorted by number then evidence claim.

    Examples
    --------
    >>> import claimnum
    >>> numbers = claimnum.extract("The quake killed 40 people and injured 300.")
    >>> pairs = align(numbers, claimnum.extract("The quake killed 47 people."))
    >>> pairs.k.tolist(), pairs.e.tolist()
    ([0], [0])
    """
    frames_n = [frame_of(c, story_year=year) for c in numbers]
    frames_e = [frame_of(c, story_year=year) for c in evidence]
    codes_n, distinct_n = pd.factorize(pd.Series(frames_n, dtype=object))
    codes_e, distinct_e = pd.factorize(pd.Series(frames_e, dtype=object))
    blocks: dict[object, list[int]] = {}
    for v, frame in enumerate(distinct_e):
        blocks.setdefault(block_of(frame), []).append(v)
    linked = []
    for u, frame in enumerate(distinct_n):
        for v in blocks.get(block_of(frame), []):
            score = _score(frame, distinct_e[v])
            if score >= THRESHOLD:
                linked.append((u, v, _reach(frame), score))
    units_n, scales_n = _implied(numbers, frames_n)
    units_e, scales_e = _implied(evidence, frames_e)
    frame_pairs = pd.DataFrame(linked, columns=["u", "v", "gap", "score"])
    left = pd.DataFrame({"k": np.arange(len(numbers)), "u": codes_n})
    right = pd.DataFrame({"e": np.arange(len(evidence)), "v": codes_e})
    pairs = left.merge(frame_pairs, on="u").merge(right, on="v")[["k", "e", "gap", "score"]]
    # A number the frames align with nothing may still have counterparts sharing its context words.
    unaligned = np.setdiff1d(np.arange(len(numbers)), pairs["k"].to_numpy()).tolist()
    loose = pd.DataFrame(
        loose_pairs(numbers, evidence, unaligned, year=year, evidence_frames=frames_e),
        columns=["k", "e", "score"],
    )
    loose["gap"] = LOOSE_REACH
    adopted = adopt_units(
        loose["k"].to_numpy(dtype=np.intp), loose["e"].to_numpy(dtype=np.intp), units_n, units_e
    )
    pairs = pd.concat([pairs, loose]) if len(loose) else pairs
    pairs = pairs.sort_values(["k", "e"], kind="stable")
    return AlignedPairs(
        pairs["k"].to_numpy(dtype=np.intp),
        pairs["e"].to_numpy(dtype=np.intp),
        pairs["gap"].to_numpy(dtype=float),
        pairs["score"].to_numpy(dtype=float),
        units_n,
        units_e,
        scales_n,
        scales_e,
        np.array([f.cumulative for f in frames_n], dtype=bool),
        adopted,
    )


def _implied(
    claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> tuple[NDArray[Any], NDArray[np.float64]]:
    """Each claim's unit as its measure implies it (:func:`claimnum.grouping.implied_unit`), and the
    factor its readings take in that unit (:func:`claimnum.grouping.measured`: "half" is 50 percent).

    A ratio's readings are factors (new over old: "rose 12%" reads 1.12, "shrank by a quarter"
    0.75) whatever unit its words name, so a ratio has none here.
    """
    units = np.array(
        [
            "" if c.kind == "ratio" else implied_unit(c, f.measure) or ""
            for c, f in zip(claims, frames, strict=True)
        ],
        dtype=object,
    )
    scales = np.ones(len(claims))
    for i in np.flatnonzero(units == "percent").tolist():
        if not claims[i].unit:
            scales[i] = measured(Interval.point(1.0), claims[i], frames[i].measure).lo
    return units, scales


def _reach(frame: QuantityFrame) -> float:
    """How far apart (a factor) two figures of the frame's quantity may be: the measure's tolerance,
    at least ten-fold (a measure whose figures are the same or another quantity, an age, is checked
    here, not told apart: a claim's wrong age is still about that person)."""
    row = measures().get(frame.measure or "")
    return max(row.tolerance if row is not None else 1.0, 10.0)


def _score(a: QuantityFrame, b: QuantityFrame) -> float:
    found = link(a, b)
    return 0.0 if found is None else found.score
