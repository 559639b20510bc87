"""Group many claims by quantity: a constrained clustering, linear and free of document order.

The rules are those of :func:`claimnum.grouping.link`, applied to all claims at once
without comparing every pair:

0. **Sentences.** A figure restated in another unit takes the frame of the figure it
   restates; a figure of money or a share that no word measures takes the measure of the
   figure before it in its sentence (:mod:`claimnum.restatements`).
1. **Blocks.** Claims are blocked by what must be equal: kind, dimension, background,
   and the measure (or, when no measure is known, the counted entity and what
   happened to it).  A claim with none of these stays alone.
2. **Times and entities.** A block is split by written times that clash ("2004" and
   "2009"; "Monday" and "Wednesday", unless a running total's day is when it was told;
   "in March" and "on Monday") and by
   specific entities that differ (soldiers and civilians), then by holders (one bidder's
   offer and another's) and roles of one kind (the victim's age and the suspect's); a
   claim with no time, a generic entity, no holder or no role joins the part that gives
   its very figure ("a 47-year-old man" where "Halvorsen, 47," is told), else the largest.
   Two words for people that give one figure and never meet in one text ("two boys",
   "two young pupils") are one entity.
   The components of an amount (its part in cash and the whole) are kept apart, and so are
   the figures (no running total's) of two kinds of event of one incident, by the kind named
   nearest each number ("a 6.4 quake", "a 4.1 aftershock").
3. **Values.** In order of value, claims whose supports overlap form runs; a run is
   split where one document gives two different values without marking a revision
   (a cannot-link), and neighbouring clusters merge while their figures stay within
   the measure's tolerance ("about 15,000" by the police and "more than 60,000" by
   the organisers are one crowd); a vague size ("tens of thousands") never stretches
   that span (:mod:`claimnum.value_runs`).
4. **Unknown measures.** A group with no measure joins the measured group that counts
   the same specific entity in the same event, when its figures fit; a count told
   before ("the two men", "all three") joins the largest measured group counting its figure.
5. **Figures.** Groups that give the very same figure of money, a share or a length
   merge, as do groups giving the very same count of one specific thing when one of the
   two figures has no measure; a claim with no measure joins the group that gives its
   very figure (:mod:`claimnum.figure_merges`).
6. **Told again.** Groups made only of one vague word of one thing with no measure
   merge ("several people" in three texts, each with its own verb); "the one victim"
   joins the one group of deaths or injuries giving its figure; groups with no measure
   counting one specific thing with their own verbs merge where their figures lie close
   and share a value (:mod:`claimnum.told_again`).

Everything is ordered by content (values, source names, offsets), never by the order
of the documents, so shuffling them gives the same groups.

:func:`cluster` shows it at work.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence

from claimnum.anchors import anchor_kind, anchor_words, clause_bounds
from claimnum.claim import Claim
from claimnum.cue_search import find_cues
from claimnum.entities import head_word
from claimnum.event_times import event_family, month_of, named_month
from claimnum.figure_merges import (
    attach_by_value,
    join_definite,
    join_unmeasured,
    merge_by_figure,
    score_pair,
)
from claimnum.grouping import QuantityFrame, block_of, implied_unit, link, open_entity, tells_entities_apart
from claimnum.holders import names_in, refers_back
from claimnum.measure_lexicon import counted_kind, lemmas, revision_cues
from claimnum.parties import aliases, holders_named, one_side, resolve_unnamed
from claimnum.restatements import restatements, with_joined_nouns, with_restatements, with_sentence_measures
from claimnum.roles import role_kind
from claimnum.told_again import join_broader, merge_close_unmeasured, merge_vague
from claimnum.value_runs import by_value, content_key

__all__ = ["cluster"]

_REFERENCE_REACH = 250  # characters before a claim (about two sentences) where "his club" finds its name


def _split_by(
    members: list[int],
    attribute: Sequence[str | None] | Mapping[int, str | None],
    is_open: Sequence[bool] | Mapping[int, bool],
    figures: Sequence[_Figure],
) -> list[list[int]]:
    """Partition by a value; a member with an open value joins the part that gives its very figure
    ("a 47-year-old man" where "Halvorsen, 47," is told; a range, a figure within it: "in his early
    30s" where "Dorran, 32," is told), else the largest part.
    """
    parts: dict[str, list[int]] = {}
    open_members: list[int] = []
    for i in members:
        value = attribute[i]
        if value is None or is_open[i]:
            open_members.append(i)
        else:
            parts.setdefault(value, []).append(i)
    if not parts:
        return [open_members]
    # Members with no value of their own join the largest part (then the first by value).
    largest = min(parts, key=lambda k: (-len(parts[k]), k))
    giving = _figures_given(parts, figures) if len(parts) > 1 else {}
    for i in open_members:
        unit, written, lo, hi = figures[i]
        if written is None:  # a range: the parts giving a figure within it
            found = {
                k
                for (u, v), ks in giving.items()
                if u == unit and v is not None and lo <= v <= hi
                for k in ks
            }
        else:
            found = giving.get((unit, written), set())
        parts[min(found, key=lambda k: (-len(parts[k]), k)) if found else largest].append(i)
    return [parts[k] for k in sorted(parts)]


# a claim's figure in the unit its measure implies ("Halvorsen, 47," in years): the unit, its value
# (None for a range) and its lowest and highest written values
_Figure = tuple[str, float | None, float, float]


def _figures_of(claims: Sequence[Claim], frames: Sequence[QuantityFrame]) -> list[_Figure]:
    """Each claim's figure: "a 47-year-old man" and "Halvorsen, 47," give one figure of an age."""
    return [
        (
            implied_unit(c, f.measure) or "",
            c.value,
            min(c.values, default=math.nan),
            max(c.values, default=math.nan),
        )
        for c, f in zip(claims, frames, strict=True)
    ]


def _figures_given(
    parts: Mapping[str, list[int]], figures: Sequence[_Figure]
) -> dict[tuple[str, float | None], set[str]]:
    """The parts that give each figure written as one number."""
    giving: dict[tuple[str, float | None], set[str]] = {}
    for name, held in parts.items():
        for i in held:
            if figures[i][1] is not None:
                giving.setdefault(figures[i][:2], set()).add(name)
    return giving


def _join_descriptions(
    parts: list[list[int]], claims: Sequence[Claim], figures: Sequence[_Figure]
) -> list[list[int]]:
    """Join parts of two people words that give one figure and never meet in one source: "two boys"
    in one text and "two young pupils" in another describe one set of people; "10 soldiers and 10
    civilians" in one text are two."""
    if len(parts) < 2:
        return parts
    kinds = [_people_part(part, claims) for part in parts]
    sources = [{claims[i].source for i in part} for part in parts]
    giving: dict[_Figure, list[int]] = {}
    for p, part in enumerate(parts):
        if kinds[p]:
            for figure in sorted({figures[i] for i in part if figures[i][1] is not None}, key=repr):
                giving.setdefault(figure, []).append(p)
    parent = list(range(len(parts)))

    def root(p: int) -> int:
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for figure in sorted(giving, key=repr):
        first, *rest = giving[figure]
        for p in rest:
            a, b = root(first), root(p)
            if a != b and not sources[a] & sources[b]:
                keep, gone = min(a, b), max(a, b)
                parent[gone] = keep
                sources[keep] |= sources[gone]
    merged: dict[int, list[int]] = {}
    for p, part in enumerate(parts):
        merged.setdefault(root(p), []).extend(part)
    return list(merged.values())


def _people_part(part: Sequence[int], claims: Sequence[Claim]) -> bool:
    """Whether every claim of a part counts people by its words."""
    return all(counted_kind(head_word(claims[i].subject) or "") == "people" for i in part)


def _split_by_time(
    members: list[int],
    claims: Sequence[Claim],
    figures: Sequence[_Figure],
    frames: Sequence[QuantityFrame],
    kinds: Sequence[str | None],
) -> list[list[int]]:
    """Partition by time anchors (:func:`_split_by_anchor`), then each part by the kind of event its
    verbs name by family ("Floods killed 12", "The quake killed 40"; a blast and its fire are one:
    :func:`claimnum.event_times.event_family`); open values as in ``_split_by``."""
    events = {i: event_family(frames[i].event) for i in members}
    return [
        by_kind
        for part in _split_by_anchor(members, figures, frames, kinds)
        for split in _split_by(part, events, dict.fromkeys(part, False), figures)
        for by_kind in _split_by_kind(split, claims, figures, frames)
    ]


_WORD = re.compile(r"[^\W\d_]+")
_KIND_REACH = 6  # words on each side of a number where the kind of event it tells of is named


@functools.cache
def _event_nouns() -> Mapping[str, str]:
    """Each noun of ``[agent_events]`` of ``data/anchors.toml`` -> the kind of event it names."""
    return {noun: kind for kind, nouns in anchor_words()["agent_events"].items() for noun in nouns}


@functools.lru_cache(maxsize=4096)
def _kind_named(sentence: str, start: int, end: int) -> str | None:
    """The kind of event named nearest a number in its clause, within ``_KIND_REACH`` words: "a
    magnitude 4.1 aftershock" -> ``"aftershock"``, "the 6.4 quake" -> ``"quake"``; ``None`` if none."""
    _, here, stop = clause_bounds(sentence, start, end)
    nouns = _event_nouns()
    # a word is at most about 15 letters: the few words around the number, however long the clause
    before = list(_WORD.finditer(sentence, max(here, start - 16 * _KIND_REACH), start))[-_KIND_REACH:]
    after = list(itertools.islice(_WORD.finditer(sentence, end, stop), _KIND_REACH))
    found = []
    for words in (reversed(before), after):
        for distance, word in enumerate(words):
            kind = next((nouns[w] for w in lemmas(word.group(0).lower()) if w in nouns), None)
            if kind is not None:
                found.append((distance, kind))
                break
    return min(found)[1] if found else None


def _split_by_kind(
    members: list[int], claims: Sequence[Claim], figures: Sequence[_Figure], frames: Sequence[QuantityFrame]
) -> list[list[int]]:
    """Keep apart the figures of two kinds of event of one incident that are not one quantity: a
    quake's magnitude and its aftershock's ("a 6.4 quake", "a 4.1 aftershock"), by the kind named
    nearest each number (:func:`_kind_named`).  A running total is left whole (a blast's toll is its
    fire's).  A figure naming no kind joins the part nearest it in value."""
    if len(members) < 2 or frames[members[0]].cumulative or frames[members[0]].measure is None:
        return [members]
    kinds = {i: _kind_named(claims[i].sentence, *_at(claims[i])) for i in members}
    named = {kind for kind in kinds.values() if kind is not None}
    if len(named) < 2:
        return [members]
    parts: dict[str, list[int]] = {}
    for i in members:
        if kinds[i] is not None:
            parts.setdefault(kinds[i] or "", []).append(i)
    middles = {k: _middle([figures[i] for i in part]) for k, part in parts.items()}
    for i in members:
        if kinds[i] is None:
            here = _middle([figures[i]])
            home = min(parts, key=lambda k: (abs(middles[k] - here), -len(parts[k]), k))
            parts[home].append(i)
    return [parts[k] for k in sorted(parts)]


def _middle(figures: Sequence[_Figure]) -> float:
    """The middle order of magnitude of some figures (their lowest and highest written values)."""
    ends = [math.log10(abs(x)) for _, _, lo, hi in figures for x in (lo, hi) if x and math.isfinite(x)]
    return (min(ends) + max(ends)) / 2 if ends else 0.0


def _split_by_anchor(
    members: list[int],
    figures: Sequence[_Figure],
    frames: Sequence[QuantityFrame],
    kinds: Sequence[str | None],
) -> list[list[int]]:
    """Partition by the first grain of time anchor whose values differ (open anchors as in ``_split_by``).

    ``kinds[i]`` is the grain of ``frames[i]``'s anchor (:func:`claimnum.anchors.anchor_kind`).
    """
    for grain in ("year", "relative year", "date", "weekday", "event"):
        values = {frames[i].anchor for i in members if kinds[i] == grain}
        if len(values) > 1:
            anchors = {i: frames[i].anchor if kinds[i] == grain else None for i in members}
            return _split_by(members, anchors, dict.fromkeys(members, False), figures)
    months = {i: month_of(frames[i].anchor) for i in members}  # "in March" and "last month"
    named = {month for month in months.values() if named_month(month)}
    if named:  # "on Monday" may be a day of March (of the one month named; else open), not of last month
        week, day_in = month_of("monday"), next(iter(named)) if len(named) == 1 else None
        months = {i: day_in if month == week else month for i, month in months.items()}
    if len(set(months.values()) - {None}) > 1:
        return _split_by(members, months, dict.fromkeys(members, False), figures)
    return [members]


def _split_by_role(
    members: list[int], figures: Sequence[_Figure], frames: Sequence[QuantityFrame]
) -> list[list[int]]:
    """Partition by the roles of each kind in turn (a victim and a suspect; a mother and a son);
    a member with no role of that kind is open (:func:`claimnum.roles.same_role`)."""
    parts = [members]
    for kind in sorted({kind for i in members if (kind := role_kind(frames[i].role)) is not None}):
        roles = {i: frames[i].role if role_kind(frames[i].role) == kind else None for i in members}
        parts = [
            part
            for whole in parts
            for part in _split_by(whole, roles, dict.fromkeys(members, False), figures)
        ]
    return parts


def _assign_by_component(
    members: list[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> list[list[int]]:
    """Cluster each component of an amount apart, and the whole ("$3.6 billion in cash" and a deal's
    "$4.9 billion"): :func:`claimnum.components.component_of`; each pair of a score or record apart
    ("a 5-11 start" is no "3-5" game): :func:`claimnum.figure_merges.score_pair`."""
    parts: dict[tuple[str, str], list[int]] = {}
    for i in members:
        parts.setdefault((frames[i].component or "", score_pair(claims[i], frames[i]) or ""), []).append(i)
    return [cluster for key in sorted(parts) for cluster in by_value(parts[key], claims, frames)]


def cluster(
    claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Group claims by quantity: lists of positions in ``claims`` and the reasons of each group.

    Claims are blocked by what must be equal (kind, dimension, background,
    measure; or entity and event when no measure is known), split by written
    times and entities that differ (claims with none join the block's single
    time or entity if there is one), sorted by value and split where
    neighbouring magnitudes differ by more than a factor of 10 (100 for a
    running total), and kept apart when one document gives two different
    values of one measure without marking a revision.  Everything is ordered by
    content (value, source name, offsets), never by the order of the documents.

    Parameters
    ----------
    claims : sequence of Claim
    frames : sequence of QuantityFrame
        ``frames[i]`` is the frame of ``claims[i]``.

    Returns
    -------
    list of (list of int, tuple of str)
        Each group's claim positions (ascending) and why they were linked.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.clustering import cluster
    >>> from claimnum.grouping import frame_of
    >>> claims = [*claimnum.extract("It killed 47.", source="a"), *claimnum.extract("52 died.", source="b")]
    >>> cluster(claims, [frame_of(c) for c in claims])
    [([0, 1], ('same measure: deaths',))]
    """
    restated = restatements(claims, frames)
    frames = with_sentence_measures(claims, with_restatements(claims, frames, restated))
    frames = with_joined_nouns(claims, frames)
    blocks: dict[Hashable, list[int]] = {}
    alone: list[int] = []
    for i, frame in enumerate(frames):
        key = block_of(frame)
        if key is None:
            alone.append(i)
        else:
            blocks.setdefault(key, []).append(i)
    entities = [f.entity for f in frames]
    generic = [open_entity(f) or not tells_entities_apart(f) for f in frames]
    holders, parties = _holders(claims, frames)
    # The reasons are told of the holders as the story names them ("Riverton" is "the Hawks"), and
    # of one side of a block as one (a buyer and the company it buys): as the groups were made.
    named = list(frames)
    kinds = [anchor_kind(f.anchor, cumulative=f.cumulative) for f in frames]
    figures = _figures_of(claims, frames)
    result: list[tuple[list[int], tuple[str, ...]]] = []
    for key in sorted(blocks, key=repr):
        for by_time in _split_by_time(blocks[key], claims, figures, frames, kinds):
            for by_entity in _join_descriptions(
                _split_by(by_time, entities, generic, figures), claims, figures
            ):
                sides = one_side(by_entity, holders, parties)
                for i, side in sides.items():
                    named[i] = (
                        frames[i] if frames[i].holder == side else dataclasses.replace(frames[i], holder=side)
                    )
                for by_holder in _split_by(
                    by_entity, sides, {i: h is None for i, h in sides.items()}, figures
                ):
                    for by_role in _split_by_role(by_holder, figures, frames):
                        for members in _assign_by_component(by_role, claims, frames):
                            result.append((sorted(members), _reasons(members, claims, named)))
    result.sort(key=lambda group: min(content_key(claims[i]) for i in group[0]))  # never document order
    result = join_definite(join_unmeasured(result, claims, frames), claims, frames)
    result = join_broader(result, claims, frames)
    result = merge_by_figure(result, claims, frames, holders)
    result += attach_by_value(alone, claims, frames, result, holders)
    result.sort(key=lambda group: min(content_key(claims[i]) for i in group[0]))  # never document order
    result = merge_close_unmeasured(merge_vague(result, claims, frames), claims, frames)
    result = _with_restated(result, restated)
    return sorted(((sorted(members), why) for members, why in result), key=lambda group: group[0])


def _with_restated(
    groups: list[tuple[list[int], tuple[str, ...]]], restated: Mapping[int, int]
) -> list[tuple[list[int], tuple[str, ...]]]:
    """A restatement left alone ("150 million euros ($198.6 million)", nothing measured) joins the
    group of the figure it restates."""
    where = {i: g for g, (members, _) in enumerate(groups) for i in members}
    moved = {g for g, (members, _) in enumerate(groups) if len(members) == 1 and members[0] in restated}
    for g in sorted(moved):
        i = groups[g][0][0]
        home = where[restated[i]]
        members, why = groups[home]
        groups[home] = ([*members, i], why + (_RESTATED,) * (_RESTATED not in why))
    return [group for g, group in enumerate(groups) if g not in moved]


_RESTATED = "one figure in two units"


def _holders(
    claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> tuple[list[str | None], list[frozenset[str]]]:
    """Every claim's holder, aliases made one by the names written in the story's sentences, and
    the other holders its sentence names that hold no figure there (for :func:`one_side`).

    A holder written without its name ("his club", "the company") is the one named holder
    of its document's claims just before it (:func:`claimnum.parties.resolve_unnamed`).
    "Riverton" and "the Hawks" are one holder where the story writes "the Riverton Hawks".
    A sentence that names another holder holding no figure of its own there tells of both
    (a buyer and the company it buys, two teams in one match).
    The sentences are read only when two different holders are found at all.
    """
    named = [f.holder for f in frames]
    if any(h is not None for h in named):
        named = resolve_unnamed(
            [
                # "his 61-year-old mother": a role's number is not the holder "his" names
                (
                    c.source or "",
                    c.start,
                    f.holder,
                    f.holder is None and f.role is None and refers_back(c.sentence, *_at(c)),
                )
                for c, f in zip(claims, frames, strict=True)
            ],
            _REFERENCE_REACH,
        )
    held = {h for h in named if h is not None}
    if len(held) < 2:
        return named, [frozenset()] * len(claims)
    names = {sentence: names_in(sentence) for sentence in sorted({c.sentence for c in claims})}
    one = aliases(held, (name for found in names.values() for name in found))
    holders = [None if h is None else one[h] for h in named]
    holding: dict[tuple[str, str], set[str]] = {}
    for c, h in zip(claims, holders, strict=True):
        holding.setdefault((c.source or "", c.sentence), set()).update([h] if h is not None else [])
    # Holders each given a figure in one sentence ("Lopez, 20, and Ruiz, 24") are rivals anywhere.
    rivals = {(a, b) for together in holding.values() for a in together for b in together if a != b}
    parties = holders_named(names, one)
    return holders, [
        frozenset(
            p for p in parties[c.sentence] - holding[(c.source or "", c.sentence)] if (h, p) not in rivals
        )
        if h
        else frozenset()
        for c, h in zip(claims, holders, strict=True)
    ]


def _at(claim: Claim) -> tuple[int, int]:
    at = max(claim.sentence_at, 0)
    return at, at + len(claim.text)


def _reasons(
    members: Sequence[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> tuple[str, ...]:
    """Why a group's claims were linked: what their frames share; a revision that let a text in twice."""
    if len(members) < 2:
        return ()
    # The same reasons in any order: the frame first by its text links with every other;
    # equal frames link alike, so each distinct frame is linked once.
    counts = Counter(frames[i] for i in members)
    first = min(counts, key=repr)
    counts[first] -= 1
    found = [link(first, frame) for frame, n in counts.items() if n > 0]
    shared = set.intersection(*(set(f.why) for f in found if f is not None)) if all(found) else set()
    some = next((f for f in found if f is not None), None)
    why = [w for w in some.why if w in shared] if some is not None else []
    cue = _licensing_cue(members, claims, frames)
    if cue is not None:
        why.append(f"one text gives two figures, one marked '{cue}'")
    return tuple(why)


def _licensing_cue(
    members: Sequence[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> str | None:
    """The words of a revision that let one text give two different figures in a group ("rose to").

    A revision cue ("rose to", "according to") licenses a link only where its claim's
    source also gave a figure it does not overlap; elsewhere it licensed nothing.  Intervals
    on a line: a support misses another of its source's (in the same unit) exactly when it
    ends below their highest lower end or starts above their lowest upper end.
    """

    def told(i: int) -> tuple[str, str]:
        return (claims[i].source or "", claims[i].interval.unit or "")

    ends: dict[tuple[str, str], tuple[float, float]] = {}
    for i in members:
        lo, hi = ends.get(told(i), (-math.inf, math.inf))
        ends[told(i)] = (max(lo, float(claims[i].interval.lo)), min(hi, float(claims[i].interval.hi)))

    def misses_another(i: int) -> bool:
        highest_lo, lowest_hi = ends[told(i)]
        return float(claims[i].interval.hi) < highest_lo or float(claims[i].interval.lo) > lowest_hi

    licensed = [i for i in members if frames[i].revision and misses_another(i)]
    if not licensed:
        return None
    claim = claims[min(licensed, key=lambda i: content_key(claims[i]))]
    start = max(0, claim.sentence_at)  # the number's own words are no cue
    sentence = claim.sentence[:start] + " " * len(claim.text) + claim.sentence[start + len(claim.text) :]
    spans = find_cues(sentence, revision_cues())
    return sentence[spans[0][0] : spans[0][1]] if spans else None
