"""Group many claims by quantity: a constrained clustering, linear and free of document order.

The rules are those of :func:`claimnum.grouping.link`, applied to all claims at once
without comparing every pair:

1. **Blocks.** Claims are blocked by what must be equal: kind, dimension, background,
   and the measure (or, when no measure is known, the counted entity and what
   happened to it).  A claim with none of these stays alone.
2. **Times and entities.** A block is split by written times that clash ("2004" and
   "2009"; "Monday" and "Wednesday" unless the measure is a running total) and by
   specific entities that differ (soldiers and civilians), then by holders (one bidder's
   offer and another's) and roles of one kind (the victim's age and the suspect's); a
   claim with no time, a generic entity, no holder or no role joins the part that gives
   its very figure ("a 47-year-old man" where "Riva, 47," is told), else the largest.
   The components of an amount (its part in cash and the whole) are kept apart.
3. **Values.** In order of value, claims whose supports overlap form runs; a run is
   split where one document gives two different values without marking a revision
   (a cannot-link), and neighbouring clusters merge while their figures stay within
   the measure's tolerance ("about 15,000" by the police and "more than 60,000" by
   the organisers are one crowd); a vague size ("tens of thousands") never stretches
   that span.
4. **Unknown measures.** A group with no measure joins the measured group that counts
   the same specific entity in the same event, when its figures fit.
5. **Figures.** Groups that give the very same figure of money, a share or a length
   merge, as do groups giving the very same count of one specific thing when one of the
   two figures has no measure; a claim with no measure joins the group that gives its
   very figure.

Everything is ordered by content (values, source names, offsets), never by the order
of the documents, so shuffling them gives the same groups.

:func:`cluster` shows it at work.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence

from claimnum.anchors import anchor_kind
from claimnum.claim import Claim
from claimnum.errors import UnitMismatchError
from claimnum.grouping import (
    QuantityFrame,
    block_of,
    generic_entity,
    link,
    measured,
    tells_entities_apart,
    tolerance,
)
from claimnum.holders import names_in, refers_back
from claimnum.interval import Interval
from claimnum.measure_lexicon import find_cues, revision_cues, rough_dollars
from claimnum.parties import aliases, holders_named, one_side, resolve_unnamed
from claimnum.roles import role_kind, same_role
from claimnum.units import currency_of

__all__ = ["cluster"]

_JOINED = "same entity and event"  # why a group with no measure joined a measured one
_REFERENCE_REACH = 250  # characters before a claim (about two sentences) where "his club" finds its name


def _split_by(
    members: list[int],
    attribute: Sequence[str | None] | Mapping[int, str | None],
    is_open: Sequence[bool] | Mapping[int, bool],
    claims: Sequence[Claim],
) -> list[list[int]]:
    """Partition by a value; a member with an open value joins the part that gives its very figure
    ("a 47-year-old man" where "Riva, 47," is told), else the largest part.
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
    giving = _figures_given(parts, claims) if len(parts) > 1 else {}
    for i in open_members:
        found = giving.get(_figure_of(claims[i]), ())
        parts[min(found, key=lambda k: (-len(parts[k]), k)) if found else largest].append(i)
    return [parts[k] for k in sorted(parts)]


def _figure_of(claim: Claim) -> tuple[str, float | None]:
    return (claim.unit, claim.value)


def _figures_given(
    parts: Mapping[str, list[int]], claims: Sequence[Claim]
) -> dict[tuple[str, float | None], set[str]]:
    """The parts that give each figure written as one number."""
    giving: dict[tuple[str, float | None], set[str]] = {}
    for name, held in parts.items():
        for i in held:
            if claims[i].value is not None:
                giving.setdefault(_figure_of(claims[i]), set()).add(name)
    return giving


def _split_by_time(
    members: list[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame], kinds: Sequence[str | None]
) -> list[list[int]]:
    """Partition by the first grain of time anchor whose values differ (open anchors as in ``_split_by``).

    ``kinds[i]`` is the grain of ``frames[i]``'s anchor (:func:`claimnum.anchors.anchor_kind`).
    """
    for grain in ("year", "relative year", "date", "weekday"):
        values = {frames[i].anchor for i in members if kinds[i] == grain}
        if len(values) > 1:
            anchors = {i: frames[i].anchor if kinds[i] == grain else None for i in members}
            return _split_by(members, anchors, dict.fromkeys(members, False), claims)
    return [members]


def _split_by_role(
    members: list[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> list[list[int]]:
    """Partition by the roles of each kind in turn (a victim and a suspect; a mother and a son);
    a member with no role of that kind is open (:func:`claimnum.roles.same_role`)."""
    parts = [members]
    for kind in sorted({kind for i in members if (kind := role_kind(frames[i].role)) is not None}):
        roles = {i: frames[i].role if role_kind(frames[i].role) == kind else None for i in members}
        parts = [
            part for whole in parts for part in _split_by(whole, roles, dict.fromkeys(members, False), claims)
        ]
    return parts


def _assign_by_component(
    members: list[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> list[list[int]]:
    """Cluster each component of an amount apart, and the whole ("$4.2 billion in cash" and a deal's
    "$5.4 billion"): :func:`claimnum.components.component_of`."""
    parts: dict[str, list[int]] = {}
    for i in members:
        parts.setdefault(frames[i].component or "", []).append(i)
    return [cluster for key in sorted(parts) for cluster in _assign(parts[key], claims, frames)]


def _magnitude(interval: Interval) -> float:
    lo, hi = float(interval.lo), float(interval.hi)
    x = hi if not math.isfinite(lo) else lo if not math.isfinite(hi) else (lo + hi) / 2
    return math.log10(abs(x)) if x and math.isfinite(x) else -math.inf


def _in_one_unit(
    members: Sequence[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> tuple[dict[int, Interval], bool]:
    """The members' supports in one unit (the first by name), and whether that is exact.

    Currencies without rates are put in rough dollars (:func:`claimnum.measure_lexicon.rough_dollars`):
    good enough to tell £1.7m from £88m, never to compare figures, so ``False`` comes back.
    """
    supports = {i: measured(claims[i].interval, claims[i], frames[i].measure) for i in members}
    units = sorted({s.unit or "" for s in supports.values()})
    try:
        return {i: support.to(units[0] or None) for i, support in supports.items()}, True
    except UnitMismatchError:  # currencies without rates: "$1.23 billion (13.5 billion SEK)"
        rough = {}
        for i, support in supports.items():
            scale = rough_dollars(currency_of(support.unit) or "")
            rough[i] = Interval(support.lo * scale, support.hi * scale, support.closed, None)
        return rough, False


class _Draft:
    """A cluster being built: its claims, its value range and, by source, the values it told.

    A source's unrevised values in one cluster always overlap pairwise, so (intervals on a
    line) they share a point: the highest lower end is at most the lowest upper end.  Two
    numbers per source are then enough to tell whether another value overlaps them all, in
    constant time.  Open and closed ends are not told apart here: touching values overlap.
    """

    __slots__ = ("common", "figures", "high", "low", "members", "told")

    def __init__(
        self, i: int, source: str, support: Interval, magnitude: float, revised: bool, figure: bool
    ) -> None:
        self.members = [i]
        self.told: dict[str, tuple[float, float]] = {}  # source -> (highest lo, lowest hi), unrevised
        self.common = support
        self.low = self.high = magnitude
        # The extent of its figures ("about 35,000"), vague sizes ("tens of thousands") left out.
        self.figures = (magnitude, magnitude) if figure else None
        self._note(source, support, revised)

    def _note(self, source: str, support: Interval, revised: bool) -> None:
        if not revised:
            lo, hi = self.told.get(source, (-math.inf, math.inf))
            self.told[source] = (max(lo, float(support.lo)), min(hi, float(support.hi)))

    def refuses(self, source: str, support: Interval, revised: bool) -> bool:
        """A cannot-link: this source already gave a different value here, and no revision is marked."""
        if revised or source not in self.told:
            return False
        lo, hi = self.told[source]
        return float(support.hi) < lo or float(support.lo) > hi

    def add(
        self, i: int, source: str, support: Interval, magnitude: float, revised: bool, figure: bool
    ) -> None:
        self.members.append(i)
        self.common = self.common & support
        self.low, self.high = min(self.low, magnitude), max(self.high, magnitude)
        self.figures = _widen(self.figures, (magnitude, magnitude) if figure else None)
        self._note(source, support, revised)

    def extent_with(self, other: _Draft) -> float:
        """How many orders of magnitude the two clusters span together, by their figures if both have some.

        A vague size ("tens of thousands", "thousands") fits any figure it overlaps: it never
        stretches a cluster so far that two estimates of one crowd stay apart.
        """
        if self.figures is not None and other.figures is not None:
            return max(self.figures[1], other.figures[1]) - min(self.figures[0], other.figures[0])
        return max(self.high, other.high) - min(self.low, other.low)

    def reaches(self, magnitude: float, figure: bool, reach: float) -> bool:
        """Whether one more claim keeps the cluster within ``reach`` orders of magnitude.

        A chain of overlapping readings ("within three months" overlaps "nearly a minute"
        and "at least a week") links no figures of very different sizes.
        """
        low, high = self.figures if figure and self.figures is not None else (self.low, self.high)
        return max(high, magnitude) - min(low, magnitude) <= reach

    def shares(self, support: Interval) -> bool:
        return not (self.common & support).is_empty

    def merge(self, other: _Draft) -> None:
        self.members += other.members
        self.common = self.common & other.common
        self.low, self.high = min(self.low, other.low), max(self.high, other.high)
        self.figures = _widen(self.figures, other.figures)
        for source, (lo, hi) in other.told.items():
            mine = self.told.get(source, (-math.inf, math.inf))
            self.told[source] = (max(lo, mine[0]), min(hi, mine[1]))

    def refuses_all(self, other: _Draft) -> bool:
        """Whether a source told values in both clusters that do not all overlap."""
        smaller, larger = (self, other) if len(self.told) <= len(other.told) else (other, self)
        return any(
            max(lo, larger.told[source][0]) > min(hi, larger.told[source][1])
            for source, (lo, hi) in smaller.told.items()
            if source in larger.told
        )


def _reach(measure: str | None) -> float:
    """How many orders of magnitude the figures of one quantity of this measure may span."""
    return math.log10(tolerance(measure))


def _widen(a: tuple[float, float] | None, b: tuple[float, float] | None) -> tuple[float, float] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def _assign(members: list[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]) -> list[list[int]]:
    """Cluster one block's claims by their values, in three steps, all in order of value.

    1. Claims whose supports overlap, in a chain, form a run (a sweep by lower bound).
    2. A run is split where a document gives two different values without marking a
       revision (a cannot-link): in order of value, each claim joins the cluster of its
       run nearest in value that does not refuse it.
    3. Neighbouring clusters merge while their figures stay within the measure's
       tolerance (a factor: 10 by default, 100 for a running total; 1 for figures that
       are either the same or another quantity, which never merge) and no cannot-link
       stands between them: "about 15,000" by the police and "more than 60,000" by the
       organisers are one crowd, told twice.

    Currencies without rates are compared in rough dollars, only by orders of magnitude
    ("$1.23 billion (13.5 billion SEK)" is one figure written twice; £1.7m and £88m are two).
    """
    converted, exact = _in_one_unit(members, claims, frames)
    reach = _reach(frames[members[0]].measure)
    if not exact:
        reach = max(reach, 1.0)  # rough dollars tell only orders of magnitude apart
    magnitude = {i: _magnitude(converted[i]) for i in members}
    ordered = sorted(
        members,
        key=lambda i: (
            converted[i].lo,
            converted[i].hi,
            claims[i].source or "",
            claims[i].start,
            claims[i].end,
        ),
    )
    runs: list[list[int]] = []
    top = -math.inf
    for i in ordered:
        if runs and converted[i].lo <= top:
            runs[-1].append(i)
        else:
            runs.append([i])
        top = max(top, converted[i].hi) if len(runs[-1]) > 1 else converted[i].hi
    drafts: list[_Draft] = []
    for run in runs:
        local: list[_Draft] = []
        run.sort(key=lambda i: (magnitude[i], claims[i].source or "", claims[i].start, claims[i].end))
        for i in run:
            # In rough dollars a cannot-link holds only between figures of one currency.
            source = (claims[i].source or "") if exact else f"{claims[i].source}\u0000{claims[i].unit}"
            support, revised = converted[i], frames[i].revision
            figure = claims[i].value is not None
            open_drafts = [
                d
                for d in local[-8:]
                if not d.refuses(source, support, revised)
                # within the tolerance; an exact measure's claims share a value with all
                and (d.reaches(magnitude[i], figure, reach) if reach > 0 else d.shares(support))
            ]
            home = min(open_drafts, key=lambda d: abs(magnitude[i] - (d.low + d.high) / 2), default=None)
            if home is None:
                local.append(_Draft(i, source, support, magnitude[i], revised, figure))
            else:
                home.add(i, source, support, magnitude[i], revised, figure)
        drafts += sorted(
            local,
            key=lambda d: (d.low, d.high, claims[d.members[0]].source or "", claims[d.members[0]].start),
        )
    merged: list[_Draft] = []
    for draft in drafts:
        last = merged[-1] if merged else None
        if (
            last is not None
            and reach > 0
            and last.extent_with(draft) <= reach
            and not last.refuses_all(draft)
        ):
            last.merge(draft)
        else:
            merged.append(draft)
    return [d.members for d in merged]


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
    blocks: dict[Hashable, list[int]] = {}
    alone: list[int] = []
    for i, frame in enumerate(frames):
        key = block_of(frame)
        if key is None:
            alone.append(i)
        else:
            blocks.setdefault(key, []).append(i)
    entities = [f.entity for f in frames]
    generic = [generic_entity(f.entity) or not tells_entities_apart(f) for f in frames]
    holders, parties = _holders(claims, frames)
    # The reasons are told of the holders as the story names them ("Riverton" is "the Hawks"), and
    # of one side of a block as one (a buyer and the company it buys): as the groups were made.
    named = list(frames)
    kinds = [anchor_kind(f.anchor, cumulative=f.cumulative) for f in frames]
    result: list[tuple[list[int], tuple[str, ...]]] = []
    for key in sorted(blocks, key=repr):
        for by_time in _split_by_time(blocks[key], claims, frames, kinds):
            for by_entity in _split_by(by_time, entities, generic, claims):
                sides = one_side(by_entity, holders, parties)
                for i, side in sides.items():
                    named[i] = (
                        frames[i] if frames[i].holder == side else dataclasses.replace(frames[i], holder=side)
                    )
                for by_holder in _split_by(
                    by_entity, sides, {i: h is None for i, h in sides.items()}, claims
                ):
                    for by_role in _split_by_role(by_holder, claims, frames):
                        for members in _assign_by_component(by_role, claims, frames):
                            result.append((sorted(members), _reasons(members, claims, named)))
    result = _merge_by_figure(_join_unmeasured(result, claims, frames), claims, frames, holders)
    result += _attach_by_value(alone, claims, frames, result)
    return sorted(((sorted(members), why) for members, why in result), key=lambda group: group[0])


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
                (c.source or "", c.start, f.holder, f.holder is None and refers_back(c.sentence, *_at(c)))
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
    at = max(claim.sentence.find(claim.text), 0)
    return at, at + len(claim.text)


def _join_unmeasured(
    groups: list[tuple[list[int], tuple[str, ...]]], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Join a group whose claims have no measure to a measured group telling of the same thing.

    When the words around one figure named no measure, the pair still links on what is
    counted (a specific entity), what happened to it and a compatible size: "rebels
    captured 14 tanks" and "some 15 tanks were captured".  The measured group sharing an entity and an
    event whose figures stay within the measure's tolerance takes it (the largest, then
    the first by content); a cannot-link (one source, two values) keeps them apart.
    """
    targets: dict[tuple[object, ...], list[int]] = {}
    for g, (members, _) in enumerate(groups):
        for i in members:
            f = frames[i]
            if f.measure is not None and not generic_entity(f.entity) and f.topic is not None:
                targets.setdefault(_event_of(f), []).append(g)
    result = [(list(members), why) for members, why in groups]
    absorbed: set[int] = set()
    for g, (members, _) in enumerate(groups):
        if any(frames[i].measure is not None for i in members):
            continue
        f = frames[members[0]]
        candidates = sorted(
            set(targets.get(_event_of(f), ())),
            key=lambda t: (-len(groups[t][0]), [_content_key(claims[i]) for i in groups[t][0]]),
        )
        home = next((t for t in candidates if _compatible(result[t][0], members, claims, frames)), None)
        if home is not None:
            absorbed.add(g)
            why = result[home][1]
            result[home] = (result[home][0] + members, why + (_JOINED,) * (_JOINED not in why))
    return [group for g, group in enumerate(result) if g not in absorbed]


def _event_of(frame: QuantityFrame) -> tuple[object, ...]:
    """What a figure with no measure must share with a measured group to join it: its thing and event."""
    return (frame.kind, frame.dimension, frame.background, frame.spread, frame.entity, frame.topic)


def _compatible(
    measured_group: Sequence[int],
    members: Sequence[int],
    claims: Sequence[Claim],
    frames: Sequence[QuantityFrame],
) -> bool:
    """Whether figures with no measure fit a measured group: within its tolerance, no source twice."""
    together = [*measured_group, *members]
    converted, _ = _in_one_unit(together, claims, frames)
    reach = _reach(frames[measured_group[0]].measure)
    sizes = [_magnitude(converted[i]) for i in together if claims[i].value is not None]
    if sizes and max(sizes) - min(sizes) > reach:
        return False
    return not any(
        claims[i].source == claims[k].source
        and not (frames[i].revision or frames[k].revision)
        and (converted[i] & converted[k]).is_empty
        for i in members
        for k in measured_group
    )


_Figure = tuple[str, str, str, float, str | None]  # kind, dimension, unit, value; a count's specific entity


def _value_key(claim: Claim, frame: QuantityFrame) -> _Figure | None:
    if claim.value is None or frame.background:
        return None
    return (frame.kind, frame.dimension, claim.unit, claim.value, None)


def _merge_by_figure(
    groups: list[tuple[list[int], tuple[str, ...]]],
    claims: Sequence[Claim],
    frames: Sequence[QuantityFrame],
    holders: Sequence[str | None],
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Merge groups that give the very same figure of money, a share or a length ("€2 million").

    Such a figure is specific enough to name one quantity across the outlets of
    a story even when the words around it were read as two measures ("stole",
    "a haul worth").  A bare count is not ("two" of what?): counts merge this way only
    when they count one specific thing and the words around one of them named no
    measure ("three undersea cables were cut" and "these three circuits carry 90% of the
    traffic"); two measures named ("killed 10 soldiers", "wounded 10 soldiers") keep them
    apart.  Nor do groups held by two different names: eight years of one bidder's offer
    are not another's.  Nor two roles of one kind:
    the victim's age is not the suspect's.
    """
    parent = list(range(len(groups)))
    held = [{holders[i] for i in members} - {None} for members, _ in groups]
    roles = [{frames[i].role for i in members} for members, _ in groups]

    def root(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    first: dict[_Figure, int] = {}
    first_claim: dict[_Figure, int] = {}
    for g in sorted(range(len(groups)), key=lambda g: [_content_key(claims[i]) for i in groups[g][0]]):
        for i in groups[g][0]:
            key = _value_key(claims[i], frames[i])
            if key is None:
                continue
            count = frames[i].dimension == "count"
            if count:
                if generic_entity(frames[i].entity):
                    continue
                key = (*key[:4], frames[i].entity)
            if key in first:
                a, b = root(first[key]), root(g)
                unmeasured = frames[i].measure is None or frames[first_claim[key]].measure is None
                one_holder = not held[a] or not held[b] or held[a] == held[b]
                one_role = all(same_role(x, y) for x in roles[a] for y in roles[b])
                if a != b and (not count or unmeasured) and one_holder and one_role:
                    parent[max(a, b)] = min(a, b)
                    held[min(a, b)], roles[min(a, b)] = held[a] | held[b], roles[a] | roles[b]
            else:
                first[key], first_claim[key] = g, i
    merged: dict[int, tuple[list[int], list[tuple[str, ...]]]] = {}
    for g, (members, why) in enumerate(groups):
        home = merged.setdefault(root(g), ([], []))
        home[0].extend(members)
        home[1].append(why)
    return [
        (members, whys[0] if len(whys) == 1 else (*_shared(whys), "the same figure"))
        for members, whys in merged.values()
    ]


def _shared(whys: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    common = set.intersection(*(set(w) for w in whys))
    return tuple(w for w in whys[0] if w in common)


def _content_key(claim: Claim) -> tuple[str, int, int]:
    return (claim.source or "", claim.start, claim.end)


def _attach_by_value(
    alone: Sequence[int],
    claims: Sequence[Claim],
    frames: Sequence[QuantityFrame],
    groups: list[tuple[list[int], tuple[str, ...]]],
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Place claims nothing else links by their figure: the very value and unit of a group's claim.

    A headline's "$2.6 million" with no word of what it measures joins the
    group where "$2.6 million" was stolen (the largest such group, then the
    first in content order); figures of money, shares or lengths that only
    repeat one another form a group of their own; counts never do ("two" of
    what?).
    """
    index: dict[_Figure, int] = {}
    ranked = sorted(range(len(groups)), key=lambda g: (-len(groups[g][0]), groups[g][1], groups[g][0]))
    for g in reversed(ranked):
        for i in groups[g][0]:
            key = _value_key(claims[i], frames[i])
            if key is not None:
                index[key] = g
    pooled: dict[_Figure, list[int]] = {}
    rest: list[tuple[list[int], tuple[str, ...]]] = []
    for i in alone:
        key = _value_key(claims[i], frames[i])
        if key is not None and key in index:
            members, why = groups[index[key]]
            members.append(i)
            if "the same figure" not in why:
                groups[index[key]] = (members, (*why, "the same figure"))
        elif key is not None and frames[i].dimension != "count":
            pooled.setdefault(key, []).append(i)
        else:
            rest.append(([i], ()))
    rest += [(members, ("the same figure",) if len(members) > 1 else ()) for members in pooled.values()]
    return rest


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
    claim = claims[min(licensed, key=lambda i: _content_key(claims[i]))]
    start = max(0, claim.sentence.find(claim.text))  # the number's own words are no cue
    sentence = claim.sentence[:start] + " " * len(claim.text) + claim.sentence[start + len(claim.text) :]
    spans = find_cues(sentence, revision_cues())
    return sentence[spans[0][0] : spans[0][1]] if spans else None
