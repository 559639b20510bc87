"""Pooling related statements of a number: a majority's estimate, the largest camp's, or the union.

:func:`pool` combines the rows of each group (one source's counterparts of a
number, or the sources of a number) into one statement, with
:func:`claimnum.combine_groups` (Marzullo's majority), and relates it to the
number; where no majority shares a value the group is the union of its members
(:func:`pooled_relations`), unless its largest camp entails the number.

Examples
--------
>>> import numpy as np
>>> pooled, side = pooled_relations(np.array(["entailed", "contradicted"]), np.array(["", "above"]),
...                                 np.array([0, 0]), 1)
>>> pooled.tolist(), side.tolist()
(['compatible'], [''])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.claim import Claim
from claimnum.combine import combine_groups
from claimnum.entail import relate
from claimnum.envelope import AGREEING
from claimnum.tellers import teller_of
from claimnum.units import Rates

__all__ = [
    "CAMP",
    "READINGS",
    "TOLD_WITHIN",
    "Pool",
    "hull",
    "most_members",
    "pool",
    "pooled_relations",
    "told_by",
]


READINGS = (
    "lo",
    "hi",
    "closed",
    "core_lo",
    "core_hi",
    "core_closed",
    "literal_lo",
    "literal_hi",
    "literal_closed",
)
"""The columns of a statement's three readings: support, core and literal."""

CAMP = 2
"""Members sharing a value, untied by any other set as large, that may speak for a group."""

TOLD_WITHIN = 6
"""How many words before a figure its verb of telling stands for the figure to be one teller's
account ("police said about 15,000", "organisers put the turnout at 20,000")."""


def pooled_relations(
    relation: NDArray[Any], side: NDArray[Any], codes: NDArray[Any], n: int
) -> tuple[NDArray[Any], NDArray[Any]]:
    """Per group, the relation of the union of the members' sets: entailed if all are, contradicted
    if all are (above or below as most of them put the number), incomparable if none compares,
    compatible otherwise.

    Parameters
    ----------
    relation, side : numpy.ndarray of str
        Each member's relation and side.
    codes : numpy.ndarray of int
        Each member's group, ``0 <= code < n``.
    n : int
        The number of groups.

    Returns
    -------
    tuple of numpy.ndarray
        The relation and side of each group.

    Examples
    --------
    >>> import numpy as np
    >>> relation, side = np.array(["contradicted", "contradicted"]), np.array(["above", "above"])
    >>> [a.tolist() for a in pooled_relations(relation, side, np.array([0, 0]), 1)]
    [['contradicted'], ['above']]
    """
    known = relation != "incomparable"
    count = np.bincount(codes[known], minlength=n)
    entailed = np.bincount(codes, weights=relation == "entailed", minlength=n)
    contradicted = np.bincount(codes, weights=relation == "contradicted", minlength=n)
    pooled = np.select(
        [count == 0, entailed == count, contradicted == count],
        ["incomparable", "entailed", "contradicted"],
        default="compatible",
    )
    # Refuted by every member, the claim lies on the side most of them put it (any side label:
    # above, below, or a change's wrong way): above most reports is overstated (a fact-checker's
    # "exaggerated"), whatever one outlier says; no side when no side has most.
    labels, which = np.unique(np.append(side.astype(str), ""), return_inverse=True)  # "" always a label
    tally = np.zeros((n, labels.size))
    np.add.at(tally, (codes, which[:-1]), 1.0)
    tally[:, labels == ""] = 0.0
    ranked = np.sort(tally, axis=1)
    clear = ranked[:, -1] > (ranked[:, -2] if labels.size > 1 else 0.0)
    sides = np.where((pooled == "contradicted") & clear, labels[np.argmax(tally, axis=1)], "")
    return pooled, sides


@dataclass(frozen=True, slots=True)
class Pool:
    """Groups of related rows pooled into one statement each.

    Attributes
    ----------
    rows : pandas.DataFrame
        One per group: its keys, the readings of the pooled statement (:data:`READINGS`),
        ``unit``, ``negated`` and ``agreeing`` (members the estimate speaks for, 0 for a union).
    relation, side : numpy.ndarray of str
        The pooled statement's relation to the group's number, and the number's side.
    majority : numpy.ndarray of bool
        Whether an estimate (a majority or the largest camp) speaks for the group.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> found = Pool(pd.DataFrame({"k": [0]}), np.array(["entailed"]), np.array([""]), np.array([True]))
    >>> found.relation.tolist()
    ['entailed']
    """

    rows: pd.DataFrame  # one per group: the readings of the pooled statement, its number k, its members
    relation: NDArray[Any]
    side: NDArray[Any]
    majority: NDArray[np.bool_]


def pool(
    members: pd.DataFrame,
    relation: NDArray[Any],
    side: NDArray[Any],
    by: list[str],
    numbers: pd.DataFrame,
    rates: Rates | None,
) -> Pool:
    """Pool the member rows of each group (``by``): their Marzullo estimate where a strict majority
    shares a value, else their hull (as a statement) and the union of their relations (as the answer).

    Without a strict majority, the largest camp (members sharing a value, at least :data:`CAMP`
    of them, no other camp as large) still speaks for the group where it entails the number: the
    others are reports of other figures or mistakes, and a fact-checker rates the claim by the
    figure most sources give.  A camp does not refute alone: a claim it contradicts is weighed
    against every member, as without one.  Without either, a strict majority of the members
    entailing the number, or contradicting it on one side while agreeing among themselves
    (:func:`most_members`), speaks for the group by the hull of its members.

    Parameters
    ----------
    members : pandas.DataFrame
        The rows: their readings (:data:`READINGS`), ``unit`` (the number's), ``k`` (the number
        they bear on) and the other columns of ``by``.
    relation, side : numpy.ndarray of str
        Each member's relation to its number, and the number's side (:func:`claimnum.entail.relate`).
    by : list of str
        The columns that name a group; ``"k"`` among them.
    numbers : pandas.DataFrame
        The numbers' readings and units, by position ``k``.
    rates : mapping, optional
        Exchange rates.

    Returns
    -------
    Pool
        One row per group, in the order of ``by``.

    Examples
    --------
    >>> import claimnum, numpy as np
    >>> from claimnum.entail import relate
    >>> def table(*texts):
    ...     claims = [claimnum.extract(t)[0] for t in texts]
    ...     rows = [(c.interval.lo, c.interval.hi, c.interval.closed, c.core.lo, c.core.hi, c.core.closed,
    ...              c.literal.lo, c.literal.hi, c.literal.closed) for c in claims]
    ...     return pd.DataFrame(rows, columns=list(READINGS)).assign(unit="", negated=False, k=0)
    >>> number = table("Exactly 60 came.")
    >>> members = table("Exactly 60 came.", "Exactly 60 came.", "Exactly 47 came.", "Exactly 90 came.")
    >>> related = relate(members, number.iloc[[0, 0, 0, 0]])
    >>> found = pool(members.assign(source=list("abcd")), related.relation, related.side, ["k"], number, None)
    >>> found.relation.tolist(), found.rows["agreeing"].tolist()
    (['entailed'], [2])
    """
    codes = members.groupby(by, sort=True).ngroup().to_numpy(dtype=np.intp)
    n = int(codes.max(initial=-1)) + 1
    keyed = members.assign(_group=codes)
    estimates = combine_groups(keyed, by="_group", rates=rates)
    size, agreeing = estimates["n"].to_numpy(), estimates["n_agreeing"].to_numpy()
    found = estimates["lo"].notna().to_numpy()
    strict = ((size == 1) | (2 * agreeing > size)) & found
    camp = estimates["resolved"].to_numpy(dtype=bool) & (agreeing >= CAMP) & found
    first = keyed.drop_duplicates("_group").sort_values("_group")
    keys = first[by].reset_index(drop=True)
    k = keys["k"].to_numpy()
    stated = pd.concat([keys, estimates[list(READINGS)].reset_index(drop=True)], axis=1)
    stated = stated.assign(unit=numbers["unit"].to_numpy()[k], negated=False)
    related = relate(stated, numbers.iloc[k], rates=rates)
    majority = strict | (camp & (related.relation == "entailed"))
    spans = hull(keyed, codes, n)
    # without one, a strict majority of the members on one side of the number (or entailing it)
    # speaks for the group by the hull of its members (contradicting only where they agree)
    ends = keyed["lo"].to_numpy(dtype=float), keyed["hi"].to_numpy(dtype=float)
    most_rel, _, sided = most_members(relation, side, codes, n, *ends)
    decided = ~majority & (most_rel != "")
    sided &= decided[codes]
    camps = hull(keyed[sided], codes[sided], n)
    chosen = pd.DataFrame(
        {
            c: np.where(majority, estimates[c].to_numpy(), np.where(decided, camps[c], spans[c].to_numpy()))
            for c in READINGS
        }
    )
    rows = pd.concat([keys, chosen], axis=1)
    rows["unit"] = numbers["unit"].to_numpy()[k]
    rows["negated"] = False
    camp_size = np.bincount(codes[sided], minlength=n)
    rows["agreeing"] = np.where(majority, agreeing, np.where(decided, camp_size, 0))
    pooled_rel, pooled_side = pooled_relations(relation, side, codes, n)
    relation_out = np.where(majority, related.relation, pooled_rel).astype(object)
    side_out = np.where(majority, related.side, pooled_side).astype(object)
    if decided.any():
        by_camp = relate(rows[decided].reset_index(drop=True), numbers.iloc[k[decided]], rates=rates)
        relation_out[decided], side_out[decided] = by_camp.relation, by_camp.side
    return Pool(rows, relation_out, side_out, majority | decided)


def most_members(
    relation: NDArray[Any],
    side: NDArray[Any],
    codes: NDArray[Any],
    n: int,
    lo: NDArray[np.float64],
    hi: NDArray[np.float64],
) -> tuple[NDArray[Any], NDArray[Any], NDArray[np.bool_]]:
    """Per group, the relation a strict majority of its members give the number where their values
    share none: entailed where more than half entail it; contradicted where more than half
    contradict it on one side and agree among themselves (as :data:`claimnum.envelope.AGREEING`
    defines sources that agree: their highest lower bound at most that times their lowest upper
    bound).

    Close readings that share no value ("15,000", "14,800", "15,200") form no Marzullo majority, yet
    three of four sources that agree, all below a number, outweigh the fourth: an outlier does not
    decide.  Scattered figures on one side ("60", "60", "90" against "47") do not refute: they
    agree on nothing.  Widening the number only turns contradicted members into compatible or
    entailed ones, so it never turns such a majority against the number.

    Parameters
    ----------
    relation, side : numpy.ndarray of str
        Each member's relation to its number and the number's side.
    codes : numpy.ndarray of int
        Each member's group, ``0 <= code < n``.
    n : int
        The number of groups.
    lo, hi : numpy.ndarray of float
        Each member's support.

    Returns
    -------
    tuple of numpy.ndarray
        The relation (``""`` without a majority) and side of each group, and each member's part in
        the majority.

    Examples
    --------
    >>> import numpy as np
    >>> relation = np.array(["contradicted", "contradicted", "contradicted", "entailed"])
    >>> side = np.array(["above", "above", "above", ""])
    >>> lo = np.array([14500.0, 14750.0, 15150.0, 34500.0])
    >>> hi = np.array([15500.0, 14850.0, 15250.0, 35500.0])
    >>> rel, sides, part = most_members(relation, side, np.zeros(4, int), 1, lo, hi)
    >>> rel.tolist(), sides.tolist(), part.tolist()
    (['contradicted'], ['above'], [True, True, True, False])
    >>> most_members(relation, side, np.zeros(4, int), 1, lo * [1, 2, 3, 1], hi * [1, 2, 3, 1])[0].tolist()
    ['']
    """
    size = np.bincount(codes, minlength=n)
    entailing = relation == "entailed"
    rel = np.where(2 * np.bincount(codes, weights=entailing, minlength=n) > size, "entailed", "").astype(
        object
    )
    sides = np.full(n, "", dtype=object)
    part = entailing & (rel[codes] == "entailed")
    against = (relation == "contradicted") & (side != "")
    for label in np.unique(side[against]).tolist():
        on_side = against & (side == label)
        for group in np.flatnonzero(2 * np.bincount(codes, weights=on_side, minlength=n) > size).tolist():
            members = np.flatnonzero(on_side & (codes == group))
            agreeing = _agreeing(lo[members], hi[members])
            if 2 * agreeing.sum() > size[group]:
                rel[group], sides[group] = "contradicted", label
                part[members[agreeing]] = True
    return rel, sides, part


def _agreeing(lo: NDArray[np.float64], hi: NDArray[np.float64]) -> NDArray[np.bool_]:
    """The largest set of readings that agree (:data:`claimnum.envelope.AGREEING`): for each reading
    as the lowest upper bound ``r``, those reaching ``r`` whose lower bound is at most AGREEING
    times ``r`` (``r`` itself for a bound at or below zero)."""
    reach = np.where(np.isfinite(hi), hi, lo)  # a lower bound reaches its own bound
    best = np.zeros(lo.size, dtype=bool)
    for r in reach.tolist():
        top = r * AGREEING if r > 0 else r
        chosen = (reach >= r) & (lo <= top)
        if chosen.sum() > best.sum():
            best = chosen
    return best


def hull(frame: pd.DataFrame, codes: NDArray[Any], n: int) -> pd.DataFrame:
    """Per group, the hull of each reading, an end closed where a member closes it.

    Parameters
    ----------
    frame : pandas.DataFrame
        The members' readings (:data:`READINGS`).
    codes, n : numpy.ndarray of int, int
        The group of each row, from 0 to ``n - 1``, and how many groups there are.

    Returns
    -------
    pandas.DataFrame
        One row per group: its readings.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> rows = pd.DataFrame([(1.0, 2.0, "left") * 3, (2.0, 5.0, "both") * 3], columns=list(READINGS))
    >>> hull(rows, np.array([0, 0]), 1)[["lo", "hi", "closed"]].values.tolist()
    [[1.0, 5.0, 'both']]
    """
    ends: dict[str, Any] = {}
    for prefix in ("", "core_", "literal_"):
        lo, hi = frame[f"{prefix}lo"].to_numpy(dtype=float), frame[f"{prefix}hi"].to_numpy(dtype=float)
        closed = frame[f"{prefix}closed"].to_numpy(dtype=object)
        low = np.full(n, np.inf)
        np.minimum.at(low, codes, lo)
        high = np.full(n, -np.inf)
        np.maximum.at(high, codes, hi)
        lc = np.zeros(n, dtype=bool)
        np.logical_or.at(lc, codes, (lo == low[codes]) & np.isin(closed, ["both", "left"]))
        rc = np.zeros(n, dtype=bool)
        np.logical_or.at(rc, codes, (hi == high[codes]) & np.isin(closed, ["both", "right"]))
        ends[f"{prefix}lo"], ends[f"{prefix}hi"] = low, high
        ends[f"{prefix}closed"] = np.select([lc & rc, lc, rc], ["both", "left", "right"], default="neither")
    return pd.DataFrame(ends)


def told_by(claim: Claim) -> str | None:
    """Whose account a figure is: the subject of a verb of telling (:func:`claimnum.tellers.teller_of`)
    among the :data:`TOLD_WITHIN` words right before it, lowercased, else None.

    Two sources giving a figure each by its own teller ("police said about 15,000", "organisers
    said some 50,000") are two accounts of one quantity: where one bears a number out and the other
    refutes it, no majority decides (issue 12).

    Parameters
    ----------
    claim : Claim
        An evidence claim.

    Returns
    -------
    str or None

    Examples
    --------
    >>> import claimnum
    >>> text = "Police said about 9,000 people marched through the city on Sunday, and 40 were hurt."
    >>> [told_by(c) for c in claimnum.extract(text)]
    ['police', None]
    """
    return teller_of(claim, within=TOLD_WITHIN)
