"""The evidence on each number of a claim: counterparts, pooling, relation and verdict.

The array machinery behind :func:`claimnum.verify`, for many numbers and many
evidence claims at once:

1. **Counterparts.**  :func:`claimnum.alignment.align` pairs each number with
   the evidence claims about its quantity.  Values further apart than the
   measure's tolerance (at least ten-fold) are another quantity.  Each source's
   counterparts of a number are its best-linked claims, of those the camp of
   values whose frame agrees most with the number's, and in it the nearest in
   value (in units that convert first: :func:`claimnum.counterparts.counterparts`);
   a claim's own several values of one frame split the evidence between them.
   A number is supported only where the evidence entails it as written: "27
   killed" against "at least 27 killed" is compatible.
2. **Pooling.**  Each source's counterparts, then the sources, are combined by
   :func:`claimnum.pooling.pool` (Marzullo's majority, else the largest camp
   where it entails the number, else the union of the parts).  A running
   total's evidence is its current state (:mod:`claimnum.envelope`).  Negated
   evidence is related on its own and decides only where nothing else speaks.
3. **Relation and verdict.**  What the evidence allows is related to the number
   by :func:`claimnum.entail.relate` and the relation named
   (:data:`claimnum.finding.VERDICTS`);
   a change is judged by its size and direction: one the wrong way ("rose" for
   a fall) is refuted, a larger one of the same way overstated.

Examples
--------
>>> import claimnum
>>> from claimnum.evidence import findings
>>> numbers = claimnum.extract("Over 500 people came.", source="claim")
>>> evidence = claimnum.extract("Over 600 people came.", source="wire")
>>> [finding] = findings(numbers, evidence)
>>> finding.verdict, finding.sources
('supported', {'wire': 'supported'})
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.alignment import AlignedPairs, EvidenceIndex, align
from claimnum.claim import Claim
from claimnum.collector import paused, sweep_young
from claimnum.counterparts import counterparts, magnitude, nearest_number
from claimnum.entail import relate
from claimnum.envelope import current_reports
from claimnum.finding import Finding
from claimnum.interval import Interval
from claimnum.loose_alignment import rounded
from claimnum.plausibility import far_fetched, someone_elses
from claimnum.pooling import READINGS, Pool, hull, pool, pooled_relations, told_by
from claimnum.score_pairs import is_score_pair, other_results, same_result
from claimnum.tellers import by_teller, other_tellers
from claimnum.units import Rates, comparable, convert
from claimnum.vague import VAGUE_SENSES

__all__ = ["findings"]

_CHUNK = 256  # numbers aligned and decided at once, at most: bounds the pairs held in memory
_PAIRS = 200_000  # aligned pairs held at once, at most, where a block is large (one number at least)
_FAR = 1e9  # the distance of a counterpart whose units do not convert: farther than any that does


# ---------------------------------------------------------------------------------------- arrays


def _frame(claims: Sequence[Claim], scales: NDArray[np.float64]) -> pd.DataFrame:
    """The readings, unit, source and negation of each claim, one row each; the readings and
    value times the claim's scale (a fraction word's 100, read in percent)."""
    rows = [
        (
            c.interval.lo, c.interval.hi, c.interval.closed,
            c.core.lo, c.core.hi, c.core.closed,
            c.literal.lo, c.literal.hi, c.literal.closed,
            c.unit, c.source or "", c.negated,
            c.sense, math.nan if c.value is None else c.value, c.kind,
        )
        for c in claims
    ]  # fmt: skip
    frame = pd.DataFrame(rows, columns=[*READINGS, "unit", "source", "negated", "sense", "value", "kind"])
    for column in ("lo", "hi", "core_lo", "core_hi", "literal_lo", "literal_hi", "value"):
        frame[column] = frame[column].to_numpy(dtype=float) * scales
    return frame


def _in_units(frame: pd.DataFrame, units: NDArray[Any], rates: Rates | None) -> NDArray[np.bool_]:
    """Convert the rows' readings in place to ``units`` (one per row); False where they do not convert."""
    ok = np.ones(len(frame), dtype=bool)
    columns = ("lo", "hi", "core_lo", "core_hi", "literal_lo", "literal_hi")
    values = {column: frame[column].to_numpy(dtype=float, copy=True) for column in columns}
    kinds = pd.DataFrame({"src": frame["unit"].to_numpy(dtype=object), "dst": units})
    for key, indices in kinds.groupby(["src", "dst"], sort=False).indices.items():
        src, dst = (str(u) or None for u in cast(tuple[str, str], key))
        if src == dst:
            continue
        if not comparable(src, dst, rates=rates):
            ok[indices] = False
            continue
        for column in columns:
            values[column][indices] = convert(values[column][indices], src, dst, rates=rates)
    for column in columns:
        frame[column] = values[column]
    frame["unit"] = units
    return ok


def _verdicts(relation: NDArray[Any], side: NDArray[Any]) -> NDArray[Any]:
    return np.select(
        [
            relation == "entailed",
            relation == "compatible",
            relation == "incomparable",
            side == "above",
            side == "below",
        ],
        ["supported", "compatible", "not enough info", "overstated", "understated"],
        default="refuted",
    )


def _intervals(frame: pd.DataFrame) -> list[Interval]:
    """The supports of a frame's rows."""
    columns = (frame[c].to_numpy() for c in ("lo", "hi", "closed", "unit"))
    return [
        Interval(float(lo), float(hi), closed, unit or None)
        for lo, hi, closed, unit in zip(*columns, strict=True)
    ]


@dataclass(slots=True)
class _Tally:
    """The findings being built, one entry per number of the claim; sides already directed."""

    relation: NDArray[Any]
    side: NDArray[Any]
    allowed: list[list[Interval]]
    agreeing: NDArray[np.int_]
    sources: list[dict[str, str]]
    direction: _Direction

    @classmethod
    def empty(cls, numbers: pd.DataFrame) -> _Tally:
        size = len(numbers)
        return cls(
            np.full(size, "incomparable", dtype=object),
            np.full(size, "", dtype=object),
            [[] for _ in range(size)],
            np.zeros(size, dtype=int),
            [{} for _ in range(size)],
            _Direction.of(numbers),
        )

    def name(self, k: NDArray[Any], source: NDArray[Any], relation: NDArray[Any], side: NDArray[Any]) -> None:
        """Record each source's own verdict on number ``k``."""
        said = _verdicts(relation, side).tolist()
        for number, name, verdict in zip(k.tolist(), source.tolist(), said, strict=True):
            self.sources[number][name] = verdict

    def directed(self, pooled: Pool) -> NDArray[Any]:
        """The pooled statements' sides by the changes' directions (a union's are directed already)."""
        k = pooled.rows["k"].to_numpy(dtype=np.intp)
        lo, hi = pooled.rows["lo"].to_numpy(dtype=float), pooled.rows["hi"].to_numpy(dtype=float)
        return np.where(pooled.majority, self.direction.sides(k, pooled.side, lo, hi), pooled.side)


@dataclass(frozen=True, slots=True)
class _Direction:
    """Which way each number of the claim goes, for the changes: a rise, a fall, or neither.

    A change that goes the wrong way ("rose 12%" where profit fell) is refuted, not overstated;
    of two changes one way, the larger is the overstated one ("cut 15,000 jobs" for 1,500 cut).
    """

    origin: NDArray[np.float64]  # no change: 1 for a ratio, 0 for a difference, NaN for an amount
    lo: NDArray[np.float64]  # the claim's literal reading
    hi: NDArray[np.float64]

    @classmethod
    def of(cls, numbers: pd.DataFrame) -> _Direction:
        kind = numbers["kind"].to_numpy(dtype=object)
        origin = np.select([kind == "ratio", kind == "difference"], [1.0, 0.0], default=np.nan)
        return cls(
            origin, numbers["literal_lo"].to_numpy(dtype=float), numbers["literal_hi"].to_numpy(dtype=float)
        )

    def sides(
        self, k: NDArray[Any], side: NDArray[Any], lo: NDArray[np.float64], hi: NDArray[np.float64]
    ) -> NDArray[Any]:
        """``side`` of each number ``k`` against evidence allowing ``lo`` to ``hi``, by the change's
        magnitude: ``"across"`` where the evidence goes the other way."""
        origin = self.origin[k]
        rise, fall = self.lo[k] >= origin, self.hi[k] <= origin
        across = (side != "") & ((rise & (hi <= origin)) | (fall & (lo >= origin))) & ~(rise & fall)
        flipped = np.where(side == "above", "below", np.where(side == "below", "above", side))
        return np.where(across, "across", np.where(fall & ~rise, flipped, side))


def _denied(tally: _Tally, rows: pd.DataFrame, relation: NDArray[Any], side: NDArray[Any]) -> None:
    """Negated evidence: each source's union of sets, deciding only where nothing else speaks."""
    codes = rows.groupby(["k", "source"], sort=True).ngroup().to_numpy(dtype=np.intp)
    per_source, per_side = pooled_relations(relation, side, codes, int(codes.max()) + 1)
    keys = rows.drop_duplicates(["k", "source"]).sort_values(["k", "source"])
    k = keys["k"].to_numpy(dtype=np.intp)
    tally.name(k, keys["source"].to_numpy(), per_source, per_side)
    pooled, pooled_side = pooled_relations(per_source, per_side, k, tally.relation.size)
    decided = pooled != "incomparable"
    tally.relation[decided], tally.side[decided] = pooled[decided], pooled_side[decided]


def _said(
    tally: _Tally,
    rows: pd.DataFrame,
    relation: NDArray[Any],
    side: NDArray[Any],
    table: pd.DataFrame,
    rates: Rates | None,
    cumulative: NDArray[np.bool_],
    told: NDArray[Any],
) -> None:
    """Evidence as stated: pooled per source, then across sources (``cumulative``: whether each
    number is a running total's; ``told``: whose account each row is, :func:`claimnum.pooling.told_by`)."""
    sources = pool(rows, relation, side, ["k", "source"], table, rates)
    source_side = tally.directed(sources)
    tally.name(
        sources.rows["k"].to_numpy(dtype=np.intp),
        sources.rows["source"].to_numpy(),
        sources.relation,
        source_side,
    )
    pooled = pool(sources.rows, sources.relation, source_side, ["k"], table, rates)
    k = pooled.rows["k"].to_numpy(dtype=np.intp)
    tally.relation[k], tally.side[k] = pooled.relation, tally.directed(pooled)
    # A denial ("it did not cost $2,799") is refuted by a source that gives the denied figure for
    # the quantity; another source's other figure is likelier another thing's (another model, an
    # earlier count) than proof of the denial, so without a majority for it the denial is refuted.
    given = pd.Series(sources.relation == "contradicted").groupby(sources.rows["k"].to_numpy()).any()
    denial = table["negated"].to_numpy(dtype=bool)[k] & ~pooled.majority & given.reindex(k).to_numpy()
    # Without a strict majority, the sources that give the number are believed where they are at
    # least half of the sources (one against one, two against two): the other figures are then
    # likelier another thing's (another count, another person) than proof against it.  Not so for
    # a running total, whose sources differ by when they reported.
    entailing = pd.Series(sources.relation == "entailed").groupby(sources.rows["k"].to_numpy())
    backers, heard = (entailing.agg(f).reindex(k).to_numpy(dtype=int) for f in ("sum", "size"))
    # Not so where one teller's account gives it and another's refutes it ("police said about
    # 15,000", "organisers said some 50,000"): two accounts of one quantity, no majority (issue 12).
    apart = _accounts_apart(rows["k"].to_numpy(), relation, told, k)
    backed = (
        ~pooled.majority
        & ~denial
        & (backers > 0)
        & ((2 * backers > heard) | ((2 * backers == heard) & ~apart))
    )
    backed &= ~table["negated"].to_numpy(dtype=bool)[k] & ~cumulative[k]
    tally.relation[k[backed]], tally.side[k[backed]] = "entailed", ""
    tally.relation[k[denial]], tally.side[k[denial]] = "contradicted", ""
    tally.agreeing[k] = pooled.rows["agreeing"].to_numpy()
    # The allowed values: the estimate where one speaks for the sources.
    for number, interval in zip(
        k[pooled.majority].tolist(), _intervals(pooled.rows[pooled.majority]), strict=True
    ):
        tally.allowed[number].append(interval)
    # Without one, the union of the sources' statements, as disjoint pieces.
    split = _pieces(sources.rows[~np.isin(sources.rows["k"].to_numpy(), k[pooled.majority])], table)
    for number, interval in zip(split["k"].tolist(), _intervals(split), strict=True):
        tally.allowed[number].append(interval)


def _accounts_apart(
    row_k: NDArray[Any], relation: NDArray[Any], told: NDArray[Any], k: NDArray[np.intp]
) -> NDArray[np.bool_]:
    """For each number ``k``, whether a figure bearing it out and one refuting it are told by two
    different tellers (:func:`claimnum.pooling.told_by`)."""
    giving: dict[int, set[str]] = {}
    refuting: dict[int, set[str]] = {}
    for number, said, teller in zip(row_k.tolist(), relation.tolist(), told.tolist(), strict=True):
        if teller is not None and said in ("entailed", "contradicted"):
            (giving if said == "entailed" else refuting).setdefault(number, set()).add(teller)
    return np.array(
        [bool(giving.get(n)) and bool(refuting.get(n, set()) - giving.get(n, set())) for n in k.tolist()],
        dtype=bool,
    )


def _over_standards(aligned: pd.DataFrame, table: pd.DataFrame, standard: NDArray[np.intp]) -> pd.DataFrame:
    """The rows of a reading aligned with a multiple of a ``standard`` ("twice the legal limit") read
    as the reading over the standard, a factor: the figures as written, divided."""
    over = standard >= 0
    if not over.any():
        return aligned
    reading, limit = aligned[over], table.iloc[standard[over]]
    lo = reading["core_lo"].to_numpy(dtype=float) / limit["core_hi"].to_numpy(dtype=float)
    hi = reading["core_hi"].to_numpy(dtype=float) / limit["core_lo"].to_numpy(dtype=float)
    for column, values in (
        ("lo", lo),
        ("hi", hi),
        ("core_lo", lo),
        ("core_hi", hi),
        ("literal_lo", lo),
        ("literal_hi", hi),
    ):
        aligned.loc[over, column] = values
    for column in ("closed", "core_closed", "literal_closed"):
        aligned.loc[over, column] = "both"
    aligned.loc[over, "unit"] = ""
    aligned.loc[over, "kind"] = "ratio"
    return aligned


def _results(
    tally: _Tally,
    numbers: Sequence[Claim],
    evidence: Sequence[Claim],
    k: NDArray[np.intp],
    e: NDArray[np.intp],
    source: NDArray[Any],
) -> NDArray[Any]:
    """Scores and records (:mod:`claimnum.score_pairs`): a source bears a number out when one of
    its scores gives the same result, and refutes it otherwise (a score is neither over nor
    under); the number is supported where the sources bearing it out are at least half.  Returns
    each pair's relation."""
    same = np.array(
        [same_result(numbers[a], evidence[b]) for a, b in zip(k.tolist(), e.tolist(), strict=True)]
    )
    if not same.size:
        return np.zeros(0, dtype=object)
    per_source = pd.Series(same).groupby([k, source]).any()
    keys = per_source.index.to_frame(index=False).to_numpy()
    said = np.where(per_source.to_numpy(), "entailed", "contradicted")
    tally.name(keys[:, 0].astype(np.intp), keys[:, 1], said, np.full(said.size, ""))
    backers = per_source.groupby(level=0).agg(["sum", "size"])
    number = backers.index.to_numpy(dtype=np.intp)
    backed = (backers["sum"] > 0) & (2 * backers["sum"] >= backers["size"])
    tally.relation[number] = np.where(backed.to_numpy(), "entailed", "contradicted")
    tally.side[number] = ""
    tally.agreeing[number] = backers["sum"].to_numpy()
    return np.where(same, "entailed", "contradicted").astype(object)


def _margin_pairs(
    numbers: Sequence[Claim], evidence: Sequence[Claim], k: NDArray[np.intp], e: NDArray[np.intp]
) -> NDArray[np.intp]:
    """The pairs that are a margin ("by 12 points") and a score whose difference it is ("70-58")."""
    single = np.array([not is_score_pair(c) for c in numbers], dtype=bool)
    told = [i for i in np.unique(e).tolist() if is_score_pair(evidence[i])]
    scores = np.flatnonzero(single[k] & np.isin(e, told))
    return scores[[same_result(numbers[k[i]], evidence[e[i]]) for i in scores.tolist()]]


def _pieces(rows: pd.DataFrame, numbers: pd.DataFrame) -> pd.DataFrame:
    """The union of each number's statements (``rows``, column ``k``) as disjoint intervals, in order."""
    rows = rows.sort_values(["k", "lo", "hi"], kind="stable")
    reach = rows.groupby("k")["hi"].cummax().groupby(rows["k"]).shift()
    starts = reach.isna().to_numpy() | (rows["lo"].to_numpy() > reach.to_numpy())
    codes = np.cumsum(starts) - 1
    k = rows["k"].to_numpy()[starts]
    return hull(rows, codes, int(starts.sum())).assign(k=k, unit=numbers["unit"].to_numpy()[k])


@dataclass(frozen=True, slots=True)
class _Evidence:
    """The evidence side, built once for all the numbers: claims, index, readings, sources' order."""

    claims: Sequence[Claim]
    index: EvidenceIndex
    table: pd.DataFrame
    order: dict[str, int]

    @classmethod
    def of(cls, evidence: Sequence[Claim], year: int | None) -> _Evidence:
        index = EvidenceIndex.of(evidence, year=year)
        # Two tellers' figures of one quantity in one sentence are two reports (claimnum.tellers).
        evidence = by_teller(evidence, index.frames)
        index = dataclasses.replace(index, claims=evidence)
        order = {source: i for i, source in reversed(list(enumerate(c.source or "" for c in evidence)))}
        return cls(evidence, index, _frame(evidence, index.scales).assign(unit=index.units), order)


def _decide(
    numbers: Sequence[Claim],
    prepared: _Evidence,
    pairs: AlignedPairs,
    rates: Rates | None,
    times: Mapping[str, Any],
) -> list[Finding]:
    """The finding on each number, from the aligned (number, evidence claim) ``pairs``, on arrays."""
    k_of, e_of, evidence = pairs.k, pairs.e, prepared.claims
    table = rounded(_frame(numbers, pairs.number_scales).assign(unit=pairs.number_units), pairs.adopted)
    aligned = _over_standards(
        prepared.table.iloc[e_of].reset_index(drop=True).assign(k=k_of), prepared.table, pairs.standard
    )
    # A bare figure loosely aligned with a number in a unit is read in it, rounded as written.
    aligned.loc[pairs.lent, "unit"] = table["unit"].to_numpy(dtype=object)[k_of[pairs.lent]]
    aligned = rounded(aligned, pairs.lent)
    converts = _in_units(aligned, table["unit"].to_numpy(dtype=object)[k_of], rates)
    apart = np.abs(magnitude(aligned) - magnitude(table.iloc[k_of]))
    # A counterpart in units that do not convert is chosen only by a source with no other.
    distance = np.where(converts, apart, _FAR)
    # A margin's counterpart among a source's scores is one whose difference it is, if any.
    distance[_margin_pairs(numbers, evidence, k_of, e_of)] = 0.0
    # A weak link far off in value is another quantity of the story (claimnum.plausibility).
    exempt = aligned["sense"].isin(VAGUE_SENSES).to_numpy() | np.isin(e_of, prepared.index.scores)
    exempt |= table["sense"].isin(VAGUE_SENSES).to_numpy()[k_of]
    # A strong link (alignment.strong) has no reach: its figure is the number's however far off.
    exempt |= np.isinf(pairs.gap)
    far = far_fetched(numbers, k_of, pairs.score, pairs.agreement, np.where(converts, apart, np.nan), exempt)
    told = np.flatnonzero(np.isin(e_of, prepared.index.scores))  # a record is no game's score
    far[told] |= other_results(numbers, evidence, k_of[told], e_of[told])
    far |= someone_elses(numbers, evidence, k_of, e_of)
    far |= other_tellers(numbers, evidence, k_of, e_of)  # "Police estimated ...": the police's figure
    # Values further apart than the gap are of another quantity, as the grouping clusters them.
    near = (
        counterparts(aligned, distance, np.where(far, -1.0, pairs.score), pairs.agreement)
        & ~far
        & (np.where(converts, apart, 0.0) <= np.log10(pairs.gap))
    )
    near &= nearest_number(numbers, k_of, e_of, np.where(near, distance, np.inf))
    # A vague word ("decades", "a couple of hours") whose frame shares no more than the link with a
    # written figure's is a passing mention, likelier of another thing: it does not refute it.
    weak = (
        aligned["sense"].isin(VAGUE_SENSES).to_numpy()
        & ~table["sense"].isin(VAGUE_SENSES).to_numpy()[k_of]
        & (pairs.agreement <= 0)
    )[near]
    k_of, e_of, converts = k_of[near], e_of[near], converts[near]
    aligned = aligned[near].reset_index(drop=True)
    tally = _Tally.empty(table)
    scored = np.isin(e_of, prepared.index.scores)  # the index found the two-figure scores once
    results = _results(
        tally, numbers, evidence, k_of[scored], e_of[scored], aligned["source"].to_numpy()[scored]
    )
    # A margin told by a score ("by 12 points" and "70-58") is judged by the score alone.
    converts &= ~np.isin(k_of, k_of[scored])
    relation = np.full(k_of.size, "incomparable", dtype=object)
    if k_of.size:
        pair = relate(aligned, table.iloc[k_of], rates=rates)
        relation = np.where(converts, pair.relation, "incomparable")
        relation[scored] = results
        negated = aligned["negated"].to_numpy(dtype=bool)
        # A denial allows values on both sides of a hole: it goes no one way.
        lo, hi = (np.where(negated, np.nan, aligned[end].to_numpy(dtype=float)) for end in ("lo", "hi"))
        side = tally.direction.sides(k_of, np.where(converts, pair.side, ""), lo, hi)
        if (denied := converts & negated).any():
            _denied(tally, aligned[denied], relation[denied], side[denied])
        said = converts & ~negated & ~(weak & (relation == "contradicted"))
        # A running total's older reports and lower bounds do not outvote its current state.
        running = said & pairs.cumulative[k_of]
        if running.any():
            said[running] = current_reports(aligned[running], times)
        if said.any():
            tellers = {i: told_by(evidence[i]) for i in np.unique(e_of[said]).tolist()}
            told = np.array([tellers[i] for i in e_of[said].tolist()], dtype=object)
            _said(tally, aligned[said], relation[said], side[said], table, rates, pairs.cumulative, told)
    verdicts = _verdicts(tally.relation, tally.side).tolist()
    members: list[list[int]] = [[] for _ in numbers]
    for position, k in enumerate(k_of.tolist()):
        members[k].append(position)
    order = prepared.order
    return [
        Finding(
            claim=number,
            evidence=tuple(evidence[int(e_of[p])] for p in members[k]),
            relations=tuple(str(relation[p]) for p in members[k]),
            sources=dict(sorted(tally.sources[k].items(), key=lambda item: order.get(item[0], 0))),
            allowed=tuple(tally.allowed[k]),
            agreeing=int(tally.agreeing[k]),
            relation=str(tally.relation[k]),
            verdict=verdicts[k],
        )
        for k, number in enumerate(numbers)
    ]


def findings(
    numbers: Sequence[Claim],
    evidence: Sequence[Claim],
    *,
    year: int | None = None,
    rates: Rates | None = None,
    times: Mapping[str, Any] | None = None,
) -> list[Finding]:
    """The finding on each number: its aligned evidence, pooled, related and named.

    Parameters
    ----------
    numbers : sequence of Claim
        The claim's numbers.
    evidence : sequence of Claim
        The evidence claims (their ``source`` names the outlet).
    year : int, optional
        The story's year, for the frames' background rule.
    rates : mapping, optional
        Exchange rates.
    times : mapping of str to object, optional
        When each source reported, for running totals (:mod:`claimnum.envelope`).

    Returns
    -------
    list of Finding
        One per number, in order.

    Examples
    --------
    >>> import claimnum
    >>> numbers = claimnum.extract("About 300 people came.", source="claim")
    >>> [finding] = findings(numbers, claimnum.extract("Over 600 people came.", source="wire"))
    >>> finding.verdict
    'understated'
    """
    found: list[Finding] = []
    # The collector paused: the evidence's frames and the findings kept would make its scans of the
    # heap longer and longer; the cycles pandas makes in a run are freed after it.
    with paused():
        prepared = _Evidence.of(evidence, year)
        # A run's numbers times the largest block bounds the pairs held at once.
        run = max(1, min(_CHUNK, _PAIRS // max(1, prepared.index.largest_block)))
        for chunk in _chunks(numbers, run):
            found += _decide(chunk, prepared, align(chunk, prepared.index, year=year), rates, times or {})
            sweep_young()
    return found


def _chunks(numbers: Sequence[Claim], run: int) -> list[Sequence[Claim]]:
    """The numbers in runs of about ``run``, cut only between sentences (a sentence's several
    values of one frame share their evidence): the pairs of one run are all that is held at once,
    however large a block of one quantity is."""
    cuts, size = [0], 0
    for k in range(1, len(numbers)):
        size += 1
        if size >= run and (numbers[k].source, numbers[k].sentence) != (
            numbers[k - 1].source,
            numbers[k - 1].sentence,
        ):
            cuts.append(k)
            size = 0
    cuts.append(len(numbers))
    return [numbers[a:b] for a, b in itertools.pairwise(cuts) if b > a] or [numbers]
