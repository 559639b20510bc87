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

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.claim import Claim
from claimnum.data_files import data_table
from claimnum.grouping import (
    THRESHOLD,
    Link,
    QuantityFrame,
    block_of,
    frame_of,
    implied_unit,
    link,
    measured,
    open_entity,
)
from claimnum.interval import Interval
from claimnum.lexicon import load
from claimnum.loose_alignment import LOOSE_REACH, adopt_units, is_bare, loose_pairs, someone_elses_age
from claimnum.measure_lexicon import measures
from claimnum.numerals import parse
from claimnum.parties import one_party, spellings
from claimnum.reference_figures import multiples, reference_of
from claimnum.score_pairs import is_margin, is_score_pair

__all__ = ["AlignedPairs", "EvidenceIndex", "agreement", "align", "earlier_values", "strong"]


class _Setting(NamedTuple):
    """What sets an aligned claim apart whatever its frame (:func:`_other_figures` reads it)."""

    earlier: bool  # the earlier value of a change ("up from 61 percent")
    standard: str | None  # the kind of standard it is (``reference_of``), ``None`` for a reading
    score_pair: bool  # a score or record of two figures (``is_score_pair``)
    thing_age: bool  # the age of a thing told after its noun (``_thing_age``)


@dataclass(frozen=True, slots=True)
class EvidenceIndex:
    """The evidence side of an alignment, built once for many numbers: each claim's frame, the
    distinct frames by block, and the units the measures imply.

    Examples
    --------
    >>> import claimnum
    >>> index = EvidenceIndex.of(claimnum.extract("Some 48 percent of voters backed it."))
    >>> index.units.tolist(), len(index.distinct)
    (['percent'], 1)
    """

    claims: Sequence[Claim]
    frames: Sequence[QuantityFrame]
    codes: NDArray[np.intp]  # each claim's position in ``distinct``
    distinct: Sequence[QuantityFrame]
    blocks: dict[object, dict[str | None, list[int]]]  # positions in ``distinct``, by block and holder
    runs: dict[object, dict[str, set[str]]]  # each block's holders by the runs of their words
    units: NDArray[Any]
    scales: NDArray[np.float64]
    scores: list[int]  # the positions of the scores of two figures (score_pairs.is_score_pair)
    # What sets each aligned claim apart whatever its frame (:func:`_setting`), read once when
    # first aligned: the numbers come in runs, and a claim is aligned in many of them.
    settings: dict[int, _Setting] = dataclasses.field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, evidence: Sequence[Claim], *, year: int | None = None) -> EvidenceIndex:
        """Frame, block and read the units of the ``evidence`` claims (``year``: the story's)."""
        frames = [counted_frame(frame_of(c, story_year=year)) for c in evidence]
        codes, distinct = pd.factorize(pd.Series(frames, dtype=object))
        blocks: dict[object, dict[str | None, list[int]]] = {}
        runs: dict[object, dict[str, set[str]]] = {}
        for v, frame in enumerate(distinct):
            block = block_of(frame)
            blocks.setdefault(block, {}).setdefault(frame.holder, []).append(v)
            for run in [*_runs(frame.holder), *_spelled(frame.holder)]:
                runs.setdefault(block, {}).setdefault(run, set()).add(frame.holder)
        units, scales = _implied(evidence, frames)
        scores = [e for e, c in enumerate(evidence) if is_score_pair(c)]
        return cls(evidence, frames, codes, list(distinct), blocks, runs, units, scales, scores)

    @property
    def largest_block(self) -> int:
        """About the most evidence claims one number with a holder is aligned with: a block's claims
        without a holder and those of its largest holder.

        Examples
        --------
        >>> import claimnum
        >>> claims = claimnum.extract("Floods in Kelvor killed 30. Floods in Tamar killed 9.")
        >>> EvidenceIndex.of(claims).largest_block
        1
        """
        counts = np.bincount(self.codes, minlength=len(self.distinct))
        largest = 0
        for by_holder in self.blocks.values():
            sizes = {h: int(counts[vs].sum()) for h, vs in by_holder.items()}
            free = sizes.pop(None, 0)
            largest = max(largest, free + max(sizes.values(), default=0))
        return largest

    def candidates(self, frame: QuantityFrame) -> list[int]:
        """The positions in ``distinct`` of the frames of ``frame``'s block whose holder may be its
        (:func:`claimnum.parties.one_party`: a run of its words or another spelling of its name),
        found by look-ups: a block of many stories, each of its own place or person, is not scored
        whole for every number."""
        block = block_of(frame)
        by_holder = self.blocks.get(block, {})
        if frame.holder is None:
            return [v for members in by_holder.values() for v in members]
        runs = self.runs.get(block, {})
        spelled = (h for key in [frame.holder, *_spelled(frame.holder)] for h in runs.get(key, ()))
        holders = {None, *spelled, *(run for run in _runs(frame.holder) if run in by_holder)}
        return [v for h in holders if one_party(h, "", frame.holder, "") for v in by_holder.get(h, [])]


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
    adopted: NDArray[np.bool_]  # whether each number took a unit from its counterparts or measure
    agreement: NDArray[np.float64]  # how much more than the link the pair's frames share (agreement)
    standard: NDArray[
        np.intp
    ]  # the standard a multiple's reading is over (reference_figures.multiples), or -1
    lent: NDArray[np.bool_]  # whether the pair's evidence figure is bare, read in the number's unit


def align(
    numbers: Sequence[Claim],
    evidence: Sequence[Claim] | EvidenceIndex,
    *,
    year: int | None = None,
) -> AlignedPairs:
    """The (number, evidence claim) pairs that speak of the same quantity, as position arrays.

    Two claims are aligned when :func:`claimnum.grouping.link` scores their
    frames at least :data:`claimnum.grouping.THRESHOLD`.  Claims are grouped by
    frame first, and only frames of one block (what must be equal for a link)
    are scored, once per pair of distinct frames; the pairs of claims follow by
    a join, not a double loop.  A number the frames align with nothing gets the
    loose counterparts of :func:`claimnum.loose_alignment.loose_pairs`.

    Parameters
    ----------
    numbers : sequence of Claim
        The claim's numbers.
    evidence : sequence of Claim or EvidenceIndex
        The evidence claims, or their index (built once by a caller that aligns
        its numbers in chunks).
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
    index = evidence if isinstance(evidence, EvidenceIndex) else EvidenceIndex.of(evidence, year=year)
    frames_n = [counted_frame(frame_of(c, story_year=year)) for c in numbers]
    codes_n, distinct_n = pd.factorize(pd.Series(frames_n, dtype=object))
    linked = []
    for u, frame in enumerate(distinct_n):
        found = _links(u, frame, index)
        if not found and frame.dimension == "money":
            # A headline drops a wage's "an hour" ("$15" for "$15 an hour"): the bare amount is the rate.
            found = _links(u, dataclasses.replace(frame, dimension="money_rate"), index)
        linked += found
    units_n, scales_n = _implied(numbers, frames_n)
    frame_pairs = pd.DataFrame(linked, columns=["u", "v", "gap", "score"])
    left = pd.DataFrame({"k": np.arange(len(numbers)), "u": codes_n})
    right = pd.DataFrame({"e": np.arange(len(index.claims)), "v": index.codes})
    pairs = left.merge(frame_pairs, on="u").merge(right, on="v")[["k", "e", "gap", "score"]]
    settings = [_setting(c) for c in numbers]
    pairs = pairs[~_other_figures(settings, index, frames_n, pairs)]
    _per_time(units_n, pairs["k"].to_numpy(dtype=np.intp), index.units[pairs["e"].to_numpy(dtype=np.intp)])
    # A number the frames align with nothing may still have counterparts sharing its context words.
    unaligned = np.setdiff1d(np.arange(len(numbers)), pairs["k"].to_numpy()).tolist()
    loose = pd.DataFrame(
        loose_pairs(numbers, index.claims, unaligned, year=year, evidence_frames=index.frames),
        columns=["k", "e", "score"],
    )
    loose["gap"] = LOOSE_REACH
    loose = loose[~_other_figures(settings, index, frames_n, loose)]
    adopted = adopt_units(
        loose["k"].to_numpy(dtype=np.intp), loose["e"].to_numpy(dtype=np.intp), units_n, index.units
    )
    # A multiple of a standard ("twice the legal limit") the evidence gives as a reading and the
    # standard apart speaks of their ratio.
    # Only a ratio told against a standard can be one: the whole evidence's standards are read
    # only for a run of numbers that has one.
    unaligned = np.setdiff1d(unaligned, loose["k"].to_numpy()).tolist()
    ratios = [k for k in unaligned if numbers[k].kind == "ratio" and settings[k].standard is not None]
    triples = multiples(numbers, index.claims, ratios) if ratios else []
    multiple = pd.DataFrame(triples, columns=["k", "e", "standard"])
    multiple = multiple.assign(gap=LOOSE_REACH, score=THRESHOLD)
    # A margin the evidence tells by a score ("by 12 points" and "70-58") is that score's
    # difference, never a player's points that its frame links it with.
    margins = _margins(numbers, index)
    pairs, loose = (part[~part["k"].isin(margins["k"])] for part in (pairs, loose))
    parts = (
        pairs.assign(standard=-1, lent=False),
        loose.assign(standard=-1, lent=_lent(loose, units_n, index)),
        margins.assign(lent=False),
        multiple.assign(lent=False),
    )
    pairs = pd.concat([part for part in parts if len(part)] or [parts[0]])
    pairs = pairs.sort_values(["k", "e", "standard"], kind="stable")
    k, e = pairs["k"].to_numpy(dtype=np.intp), pairs["e"].to_numpy(dtype=np.intp)
    return AlignedPairs(
        pairs["k"].to_numpy(dtype=np.intp),
        pairs["e"].to_numpy(dtype=np.intp),
        pairs["gap"].to_numpy(dtype=float),
        pairs["score"].to_numpy(dtype=float),
        units_n,
        index.units,
        scales_n,
        index.scales,
        np.array([f.cumulative for f in frames_n], dtype=bool),
        adopted | _measured(numbers, units_n),
        _agreements(codes_n[k], index.codes[e], list(distinct_n), index.distinct),
        pairs["standard"].to_numpy(dtype=np.intp),
        pairs["lent"].to_numpy(dtype=bool),
    )


@functools.lru_cache(maxsize=4096)
def _numeral(word: str) -> bool:
    return parse(word) is not None


def counted_frame(frame: QuantityFrame) -> QuantityFrame:
    """A frame without the figures among its modifiers: a part told of its whole ("four of the
    twelve jurors") counts the same jurors as "four jurors"; the whole's figure is its own claim.

    Parameters
    ----------
    frame : QuantityFrame
        A claim's frame (:func:`claimnum.grouping.frame_of`).

    Returns
    -------
    QuantityFrame
        The frame, its modifiers that are numerals ("twelve", "12") left out.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> [four, _] = claimnum.extract("Four of the twelve jurors doubted it.")
    >>> sorted(frame_of(four).modifiers), sorted(counted_frame(frame_of(four)).modifiers)
    (['twelve'], [])
    """
    kept = frozenset(m for m in frame.modifiers if not _numeral(m))
    return frame if len(kept) == len(frame.modifiers) else dataclasses.replace(frame, modifiers=kept)


def _lent(loose: pd.DataFrame, units: NDArray[Any], index: EvidenceIndex) -> NDArray[np.bool_]:
    """Which loose pairs join a number read in a unit with a bare figure of the evidence ("died at
    88", an age in years, and "McRae was 88"): the figure is read in the number's unit."""
    k, e = loose["k"].to_numpy(dtype=np.intp), loose["e"].to_numpy(dtype=np.intp)
    bare = np.array([is_bare(index.claims[i], index.frames[i]) for i in e.tolist()], dtype=bool)
    lent: NDArray[np.bool_] = bare & (index.units[e] == "") & (units[k] != "")
    return lent


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


def _links(u: int, frame: QuantityFrame, index: EvidenceIndex) -> list[tuple[int, int, float, float]]:
    """The ``(u, v, gap, score)`` links of number frame ``u`` with the index's frames: a
    :func:`strong` link reaches any value, an exaggeration being exactly what a check must catch."""
    found = []
    for v in index.candidates(frame):
        if someone_elses_age(frame, index.distinct[v]):
            continue
        joined = link(frame, index.distinct[v])
        if joined is not None and joined.score >= THRESHOLD:
            found.append((u, v, np.inf if strong(joined) else _reach(frame), joined.score))
    return found


_SPECIFIC = ("same entity:", "same event:", "same time:", "same holder:")


def strong(found: Link) -> bool:
    """Whether a link says for sure that two figures are of one quantity: it shares the measure (or
    its family) and something more specific, the entity, the event, the time or the holder (a
    holder that conflicts forbids the link).  Such a counterpart is kept however far off its value
    is; a link on the measure alone is not.

    Examples
    --------
    >>> from claimnum.grouping import Link
    >>> strong(Link(0.6, ("same measure: crowd", "same time: sunday")))
    True
    >>> strong(Link(0.6, ("same measure: crowd",))), strong(Link(0.5, ("same event: vote",)))
    (False, False)
    """
    measured_alike = any(w.startswith(("same measure:", "one count:")) for w in found.why)
    return measured_alike and any(w.startswith(_SPECIFIC) for w in found.why)


@functools.lru_cache(maxsize=1)
def earlier_values() -> tuple[str, ...]:
    """The phrases that stand right before the earlier value of a change (``data/claim_frames.toml``).

    Examples
    --------
    >>> "up from" in earlier_values()
    True
    """
    return tuple(data_table("claim_frames.toml")["earlier_values"])


@functools.lru_cache(maxsize=1)
def _earlier_value() -> re.Pattern[str]:
    phrases = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in earlier_values())
    return re.compile(rf"\b(?:{phrases})\s+(?:about\s+|some\s+|nearly\s+|around\s+)?$", re.IGNORECASE)


def _from_value(claim: Claim) -> bool:
    """Whether the claim is the earlier value of a change ("68 percent, up from 61 percent")."""
    at = claim.sentence_at
    return at > 0 and _earlier_value().search(claim.sentence[:at]) is not None


def agreement(a: QuantityFrame, b: QuantityFrame) -> float:
    """How much two frames share beyond what links them: the same holder, role and entity count one
    each, a shared modifier half.

    Of several figures of one source that may be a number's (the ages of several people, a speed
    and a limit), a careful reader takes the one whose frame agrees most with the number's.  An
    entity that keeps nothing apart (:func:`claimnum.grouping.open_entity`: "people") agrees with
    nothing: "police said 15,000 people marched; organisers put the number at 50,000" are two
    accounts, and "people" favours neither.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> reed, diaz = (frame_of(c) for c in claimnum.extract("Tom Reed, 32, and Ana Diaz, 40, were hurt."))
    >>> [claim] = claimnum.extract("Tom Reed, 32, was arrested.")
    >>> agreement(frame_of(claim), reed), agreement(frame_of(claim), diaz)
    (1.0, 0.0)
    """
    same = sum(
        x is not None and x == y
        for x, y in (
            (a.holder, b.holder),
            (a.role, b.role),
            (None if open_entity(a) else a.entity, b.entity),
        )
    )
    return same + 0.5 * len(a.modifiers & b.modifiers)


def _agreements(
    u: NDArray[np.intp],
    v: NDArray[np.intp],
    frames_n: Sequence[QuantityFrame],
    frames_e: Sequence[QuantityFrame],
) -> NDArray[np.float64]:
    """:func:`agreement` of each pair of a number's frame ``u`` and an evidence frame ``v``, once per
    distinct pair of frames."""
    codes, distinct = pd.factorize(pd.Series(list(zip(u.tolist(), v.tolist(), strict=True)), dtype=object))
    scores = np.array([agreement(frames_n[a], frames_e[b]) for a, b in distinct], dtype=float)
    return scores[codes] if len(codes) else np.zeros(0)


def _measured(numbers: Sequence[Claim], units: NDArray[Any]) -> NDArray[np.bool_]:
    """Which pure numbers are read in the unit their measure implies ("Okonjo was 49": an age in
    years), a percentage apart: such a figure is a measure as written, rounded to its unit, not an
    exact count."""
    return np.array(
        [not c.unit and u not in ("", "percent") for c, u in zip(numbers, units.tolist(), strict=True)],
        dtype=bool,
    )


def _setting(claim: Claim) -> _Setting:
    """What :func:`_other_figures` tells apart of a claim whatever its frame."""
    return _Setting(_from_value(claim), reference_of(claim), is_score_pair(claim), _thing_age(claim))


_THING_AGE = re.compile(r"(?:([\w'’]+)\s+)?([a-z]+)\s+$")


@functools.cache
def _verbs_of_being() -> frozenset[str]:
    """The words before "N years old" that tell a person's age, not a thing's ("she was 30 years old")."""
    words = load().words
    return frozenset(words["auxiliaries"]) | frozenset(words["linking_verbs"])


def _thing_age(claim: Claim) -> bool:
    """Whether a claim is the age of a thing: "N years old" right after the noun it ages, with no
    comma between ("a feud more than 30 years old", "a mill 80 years old"); a person's age is
    told "Ada Cole, 58," or "a 58-year-old man"."""
    if claim.measure != "age" or not claim.sentence:
        return False
    at = claim.sentence_at
    before, after = claim.sentence[:at], claim.sentence[at + len(claim.text) :]
    postposed = claim.text.lower().endswith("years") and after.lower().startswith(" old")
    noun = _THING_AGE.search(before)  # not "a 36-year old", attributive
    if not postposed or noun is None:
        return False
    holder, verb = noun.groups()
    # "the mill is 80 years old", not "Ada was 58 years old" nor "she was 58 years old"
    return verb not in _verbs_of_being() or not (
        holder is None or holder[:1].isupper() or holder.lower() in load().words["pronouns"]
    )


def _person_age(frame: QuantityFrame) -> bool:
    """Whether a frame is a person's age: of a named holder, a role or a person."""
    return frame.measure == "age" and (
        frame.holder is not None or frame.role is not None or frame.entity == "person"
    )


def _other_figures(
    settings: Sequence[_Setting],
    index: EvidenceIndex,
    frames: Sequence[QuantityFrame],
    pairs: pd.DataFrame,
) -> NDArray[np.bool_]:
    """Which pairs align figures that one sentence tells apart whatever their frames share
    (``settings``: each number's :func:`_setting`).

    * A figure told as it is now and the earlier value of a change ("68 percent, up from 61
      percent"), either way round: the earlier value is a background figure, not the story's own
      (of a running total it is an earlier report of the same total, and does speak for it).
    * A reading and a standard it is measured by, or two kinds of standard
      (:func:`claimnum.reference_figures.reference_of`): a driver's speed and the limit of the zone.
    * A score or record of two figures and a single figure (a count of the game's plays): a pair
      speaks only for a pair (:mod:`claimnum.score_pairs`; a margin is paired with scores apart).
    * A thing's age ("a feud more than 30 years old") and a person's ("Ada Cole, 58").
    """
    e = pairs["e"].to_numpy(dtype=np.intp)
    k = pairs["k"].to_numpy(dtype=np.intp)
    if not len(e):
        return np.zeros(0, dtype=bool)
    evidence, known = index.claims, index.settings
    earlier_e, running_e, pair_e, thing_e, person_e = (np.zeros(len(evidence), dtype=bool) for _ in range(5))
    standard_e = np.full(len(evidence), None, dtype=object)
    for i in np.unique(e).tolist():
        if i not in known:
            known[i] = _setting(evidence[i])
        earlier_e[i], standard_e[i], pair_e[i], thing_e[i] = known[i]
        running_e[i], person_e[i] = index.frames[i].cumulative, _person_age(index.frames[i])
    earlier_k = np.array([setting.earlier for setting in settings], dtype=bool)
    standard_k = np.array([setting.standard for setting in settings], dtype=object)
    pair_k = np.array([setting.score_pair for setting in settings], dtype=bool)
    thing_k = np.array([setting.thing_age for setting in settings], dtype=bool)
    person_k = np.array([_person_age(f) for f in frames], dtype=bool)
    running_k = np.array([f.cumulative for f in frames], dtype=bool)
    running = running_k[k] | running_e[e]
    background = (earlier_e[e] != earlier_k[k]) & ~running
    mask: NDArray[np.bool_] = background | (standard_e[e] != standard_k[k]) | (pair_e[e] != pair_k[k])
    mask |= (thing_k[k] & person_e[e]) | (thing_e[e] & person_k[k])
    return mask


def _margins(numbers: Sequence[Claim], index: EvidenceIndex) -> pd.DataFrame:
    """The ``(k, e, gap, score)`` pairs of each margin of a result ("beat Corvo by 12 points") with
    the evidence's scores of two figures, whatever their frames: a margin is the difference of one."""
    scores = index.scores
    margins = [k for k, c in enumerate(numbers) if scores and is_margin(c)]
    rows = [(k, e, np.inf, THRESHOLD, -1) for k in margins for e in scores]
    return pd.DataFrame(rows, columns=["k", "e", "gap", "score", "standard"])


def _per_time(units: NDArray[Any], k: NDArray[np.intp], evidence_units: NDArray[Any]) -> None:
    """A bare amount aligned with rates of its currency ("$15" with "$15 an hour") is read in the
    rate's unit (``units`` changed in place)."""
    for number, unit in zip(k.tolist(), evidence_units.tolist(), strict=True):
        if units[number] and str(unit).startswith(f"{units[number]}/"):
            units[number] = unit


def _runs(holder: str | None) -> list[str]:
    """Every run of consecutive words of a holder ("riverton hawks": "riverton", "riverton hawks",
    "hawks"): one holder may be another only when it is a run of the other's words."""
    words = holder.split() if holder else []
    return [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]


def _spelled(holder: str | None) -> list[str]:
    """The keys two spellings of one holder share (:func:`claimnum.parties.spellings`)."""
    return ["\n".join(key) for key in spellings(holder)] if holder else []


def _reach(frame: QuantityFrame) -> float:
    """How far apart (a factor) two figures of the frame's quantity may be: the measure's tolerance,
    at least ten-fold (a measure whose figures are the same or another quantity, an age, is checked
    here, not told apart: a claim's wrong age is still about that person)."""
    row = measures().get(frame.measure or "")
    return max(row.tolerance if row is not None else 1.0, 10.0)
