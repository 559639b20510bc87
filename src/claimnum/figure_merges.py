"""Groups joined by what they tell of one figure, after the clustering by value.

The last steps of :func:`claimnum.clustering.cluster`: a group with no measure joins the
measured group that counts the same specific entity in the same event when its figures fit
(:func:`join_unmeasured`); groups that give the very same figure of money, a share or a
length merge, as do groups giving the very same count of one specific thing when one of
the two figures has no measure (:func:`merge_by_figure`); a claim with no block joins the
group that gives its very figure (:func:`attach_by_value`).  Ordered by content, never by
document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimnum.anchors import anchor_kind
from claimnum.claim import Claim
from claimnum.counted import is_definite, is_frequency
from claimnum.data_files import data_table
from claimnum.entities import head_word, may_be_plural_noun, vocabulary
from claimnum.grouping import QuantityFrame, exact_measure, generic_entity
from claimnum.measure_lexicon import counted_kind, measures
from claimnum.roles import same_role
from claimnum.value_runs import content_key, in_one_unit, log_size, reach_of

__all__ = [
    "attach_by_value",
    "join_definite",
    "join_unmeasured",
    "merge_by_figure",
    "one_set",
    "score_pair",
]

_JOINED = "same entity and event"  # why a group with no measure joined a measured one


def join_unmeasured(
    groups: list[tuple[list[int], tuple[str, ...]]], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Join a group whose claims have no measure to a measured group telling of the same thing.

    When the words around one figure named no measure, the pair still links on what is
    counted (a specific entity), what happened to it and a compatible size: "rebels
    captured 14 tanks" and "some 15 tanks were captured".  The measured group sharing an entity and an
    event whose figures stay within the measure's tolerance takes it (the largest, then
    the first by content); a cannot-link (one source, two values) keeps them apart.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> import dataclasses
    >>> claims = claimnum.extract("A storm destroyed 14 bridges.", source="a")
    >>> claims += claimnum.extract("Some 15 bridges were destroyed.", source="b")
    >>> frames = [frame_of(c) for c in claims]
    >>> frames[1] = dataclasses.replace(frames[1], measure=None)  # as if no word named the measure
    >>> join_unmeasured([([0], ()), ([1], ())], claims, frames)
    [([0, 1], ('same entity and event',))]
    """
    targets: dict[tuple[object, ...], list[int]] = {}
    told: dict[tuple[object, ...], set[int]] = {}  # the measured groups telling each figure of each event
    for g, (members, _) in enumerate(groups):
        for i in members:
            f = frames[i]
            if f.measure is not None and not generic_entity(f.entity) and f.topic is not None:
                targets.setdefault(_event_of(f), []).append(g)
            if f.measure is not None and f.topic is not None and claims[i].value is not None:
                told.setdefault(_figure_event(claims[i], f), set()).add(g)
    result = [(list(members), why) for members, why in groups]
    absorbed: set[int] = set()
    for g, (members, _) in enumerate(groups):
        if any(frames[i].measure is not None for i in members):
            continue
        f = frames[members[0]]
        candidates = sorted(
            set(targets.get(_event_of(f), ())),
            key=lambda t: (-len(groups[t][0]), [content_key(claims[i]) for i in groups[t][0]]),
        )
        home = next((t for t in candidates if _compatible(result[t][0], members, claims, frames)), None)
        if home is None:
            home = _telling_alike(members, claims, frames, groups, told)
        if home is not None:
            absorbed.add(g)
            why = result[home][1]
            result[home] = (result[home][0] + members, why + (_JOINED,) * (_JOINED not in why))
    return [group for g, group in enumerate(result) if g not in absorbed]


def _figure_event(claim: Claim, frame: QuantityFrame) -> tuple[object, ...]:
    """A figure and what happened to it: "two men accused" where "two men were accused" is measured."""
    return (frame.kind, frame.dimension, frame.background, frame.spread, frame.topic, claim.unit, claim.value)


def _telling_alike(
    members: Sequence[int],
    claims: Sequence[Claim],
    frames: Sequence[QuantityFrame],
    groups: Sequence[tuple[list[int], tuple[str, ...]]],
    told: dict[tuple[object, ...], set[int]],
) -> int | None:
    """The one measured group where a claim tells the very figure of a group with no measure, of the
    same event ("two men accused" where "the two men accused of the killing" was measured), counting
    the same kind of thing; ``None`` when none or several do."""
    keys = {_figure_event(claims[i], frames[i]) for i in members}
    mine = _specific(members, frames)
    if len(keys) != 1 or frames[members[0]].topic is None or claims[members[0]].value is None:
        return None
    found = [
        t
        for t in sorted(told.get(keys.pop(), ()))
        if not any(_counts_otherwise(frames[i], groups[t][0], frames) for i in members)
        and not (mine and _specific(groups[t][0], frames) - mine)  # "40 villages" are no "40 tanks"
        and _roles_fit(_roles(members, frames), _roles(groups[t][0], frames))
        and _compatible(groups[t][0], members, claims, frames)
    ]
    return found[0] if len(found) == 1 else None


def _specific(members: Sequence[int], frames: Sequence[QuantityFrame]) -> set[str]:
    """The specific things a group's claims count ("settlement", "tank"; never "person")."""
    return {e for i in members if (e := frames[i].entity) is not None and not generic_entity(e)}


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
    converted, _ = in_one_unit(together, claims, frames)
    reach = reach_of(frames[measured_group[0]].measure)
    sizes = [log_size(converted[i]) for i in together if claims[i].value is not None]
    if sizes and max(sizes) - min(sizes) > reach:
        return False
    return not any(
        claims[i].source == claims[k].source
        and not (frames[i].revision or frames[k].revision)
        and (converted[i] & converted[k]).is_empty
        for i in members
        for k in measured_group
    )


def join_definite(
    groups: list[tuple[list[int], tuple[str, ...]]], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Join a group of definite counts with no measure to the measured group that counted them first.

    "The two men were due in court", "all three of the people were warned": a count
    the story told of before (:func:`claimnum.counted.is_definite`) is the count of the measured
    group that gives its figure, of the same kind of thing (people or things), the largest such
    group; two as large leave it alone, and a cannot-link keeps it out.  A count with no measure
    that several texts repeat ("three men rammed a truck") joins such a group only when it is
    the one group giving its figure.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("Police arrested two men.", source="a")
    >>> claims += claimnum.extract("The two men appeared in court.", source="b")
    >>> join_definite([([0], ()), ([1], ())], claims, [frame_of(c) for c in claims])
    [([0, 1], ('a count told before',))]
    """
    giving: dict[float | None, set[int]] = {}
    for g, (members, _) in enumerate(groups):
        if any(frames[i].measure is not None for i in members) and not frames[members[0]].background:
            for i in members:
                if frames[i].dimension == "count" and claims[i].value is not None:
                    giving.setdefault(claims[i].value, set()).add(g)
    # the largest groups giving each figure, a few: a count told before is one of the story's main counts
    ranked = {
        value: sorted(found, key=lambda t: (-len(groups[t][0]), t))[:_CANDIDATES]
        for value, found in giving.items()
    }
    result = [(list(members), why) for members, why in groups]
    absorbed: set[int] = set()
    for g, (members, _) in enumerate(groups):
        values = {claims[i].value for i in members}
        definite = all(_definite_count(claims[i], frames[i]) for i in members)
        repeated = len({claims[i].source for i in members}) > 1 and all(
            frames[i].measure is None and frames[i].dimension == "count" for i in members
        )
        if len(values) != 1 or not (definite or repeated):
            continue
        homes = [
            t
            for t in ranked.get(values.pop(), ())
            if _counts_alike(frames[members[0]], groups[t][0], frames)
            and _compatible(groups[t][0], members, claims, frames)
            and (not (mine := _roles(members, frames)) or _roles_fit(mine, _roles(groups[t][0], frames)))
        ]
        if homes and (len(homes) == 1 or (definite and len(groups[homes[0]][0]) > len(groups[homes[1]][0]))):
            absorbed.add(g)
            home, why = result[homes[0]]
            reason = _TOLD if definite else _REPEATED
            result[homes[0]] = (home + members, why + (reason,) * (reason not in why))
    return [group for g, group in enumerate(result) if g not in absorbed]


_TOLD = "a count told before"  # why a definite count joined a measured group
_REPEATED = "the one count of its figure"  # why a count with no measure, told again, joined one
_CANDIDATES = 4  # the largest groups giving a figure that a count told before may join


def _counts_alike(frame: QuantityFrame, members: Sequence[int], frames: Sequence[QuantityFrame]) -> bool:
    """Whether a definite count counts what a group counts: people its measures count ("the two
    men"), or the very thing its claims name ("the two girls")."""
    if frame.entity is not None and any(frames[i].entity == frame.entity for i in members):
        return True
    return (
        generic_entity(frame.entity)
        and counted_kind(frame.entity or "") == "people"
        and not _counts_otherwise(frame, members, frames)
    )


def _roles_fit(mine: set[str | None], theirs: set[str | None]) -> bool:
    """Whether every role of one side may be one person with every role of the other: "two women"
    never join a count of men."""
    return all(same_role(a, b) for a in mine for b in theirs)


def _roles(members: Sequence[int], frames: Sequence[QuantityFrame]) -> set[str | None]:
    return {frames[i].role for i in members} - {None}


def _own_noun(claim: Claim, frame: QuantityFrame) -> str | None:
    """The specific thing a count names ("seven carries", "two factions"); ``None`` for a bare number,
    people in general or a figure that is no count."""
    if frame.dimension != "count":
        return None
    if frame.entity is not None:
        return None if generic_entity(frame.entity) else frame.entity
    head = head_word(claim.subject)
    if head is None or head in vocabulary().containers or head not in (claim.subject or ""):
        return None  # nothing named, or a name written with capitals ("Brisk was 75")
    return head if may_be_plural_noun(head) else None  # "1.4 million ran": a verb names nothing


def _nouns_of(
    members: Sequence[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> frozenset[str]:
    """Every thing a group's claims name: their entities and their subjects' heads."""
    return frozenset(
        word for i in members for word in (frames[i].entity, head_word(claims[i].subject)) if word is not None
    )


def _definite_count(claim: Claim, frame: QuantityFrame) -> bool:
    at = claim.sentence_at
    return (
        frame.measure is None
        and frame.dimension == "count"
        and claim.value is not None
        and at >= 0
        and is_definite(claim.sentence, at, at + len(claim.text))
    )


_Figure = tuple[str, str, str, float, str | None]  # kind, dimension, unit, value; a count's entity or a pair
_SCORE = "score"  # the measure of a score or record of two figures


def score_pair(claim: Claim, frame: QuantityFrame) -> str | None:
    """The two figures of a score or record ("5-11"), or ``None``: the very same pair in several texts is
    one result, highly specific, and another pair is another game's or season's.  A pair of whole
    numbers written with a hyphen and no unit ("struggling at 11-17": a verb that is no measure;
    "dropped six of nine games and are 11-17") is read as such a pair too, whatever the words around it
    were read to measure, so that it meets the same pair told as a record elsewhere.

    Examples
    --------
    >>> from claimnum import extract
    >>> from claimnum.grouping import frame_of
    >>> [score_pair(c, frame_of(c)) for c in extract("After a 5-11 start, 20,000 fans came.")]
    ['5-11', None]
    >>> [score_pair(c, frame_of(c)) for c in extract("The Herons, struggling at 11-17, fired him.")]
    ['11-17']
    """
    if len(claim.values) != 2 or not (
        frame.measure == _SCORE or (not claim.unit and _PAIR.fullmatch(claim.text) is not None)
    ):
        return None
    return "{:g}-{:g}".format(*claim.values)


_DECIMALS = re.compile(r"\d\.0+\b")  # "10.0", "3.00"
_PAIR = re.compile(r"\d+-\d+")  # "at 11-17" with no measure named: a record's pair as written


def _value_key(claim: Claim, frame: QuantityFrame) -> _Figure | None:
    """A claim's figure; a score or record of two figures ("a 5-11 start") is its very pair."""
    if frame.background:
        return None
    if (pair := score_pair(claim, frame)) is not None:
        return (frame.kind, frame.dimension, claim.unit, claim.values[0], pair)
    if claim.value is None:
        return None
    # "10.0" (a player's average) is no figure of "10 games": a whole number written with decimals
    whole = frame.dimension == "count" and claim.value.is_integer()  # "$649.00" is "$649"
    grain = "." if whole and _DECIMALS.search(claim.text) else ""
    return (frame.kind, frame.dimension, claim.unit + grain, claim.value, None)


def _times(members: Sequence[int], frames: Sequence[QuantityFrame]) -> dict[str, frozenset[str]]:
    """A group's written times by grain ("two weeks before the wedding" is of the event "wedding")."""
    times: dict[str, set[str]] = {}
    for i in members:
        anchor = frames[i].anchor
        kind = anchor_kind(anchor, cumulative=frames[i].cumulative)
        if kind is not None and anchor is not None:
            times.setdefault(kind, set()).add(anchor)
    return {kind: frozenset(anchors) for kind, anchors in times.items()}


def merge_by_figure(
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
    the victim's age is not the suspect's.  Nor groups whose written times of one grain
    differ: "two weeks before the wedding" is not "two weeks after the arrest".

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("Thieves stole €2 million.", source="a")
    >>> claims += claimnum.extract("A haul worth €2 million.", source="b")
    >>> frames = [frame_of(c) for c in claims]
    >>> [members for members, _ in merge_by_figure([([0], ()), ([1], ())], claims, frames, [None, None])]
    [[0, 1]]
    """
    parent = list(range(len(groups)))
    held = [{holders[i] for i in members} - {None} for members, _ in groups]
    roles = [{frames[i].role for i in members} for members, _ in groups]
    times = [_times(members, frames) for members, _ in groups]

    def root(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    first: dict[_Figure, int] = {}
    first_claim: dict[_Figure, int] = {}
    for g in sorted(range(len(groups)), key=lambda g: [content_key(claims[i]) for i in groups[g][0]]):
        for i in groups[g][0]:
            key = _value_key(claims[i], frames[i])
            if key is None:
                continue
            count = frames[i].dimension == "count" and key[4] is None  # the same pair is one result
            if count:
                named = _set_of(frames[i].measure)  # "two people arrested", "two charged": one set
                if generic_entity(frames[i].entity) and named is None:
                    continue
                key = (*key[:4], frames[i].entity if not generic_entity(frames[i].entity) else named)
            if key in first:
                a, b = root(first[key]), root(g)
                unmeasured = frames[i].measure is None or frames[first_claim[key]].measure is None
                unmeasured = unmeasured or one_set(frames[i].measure, frames[first_claim[key]].measure)
                one_holder = not held[a] or not held[b] or held[a] == held[b]
                one_role = all(same_role(x, y) for x in roles[a] for y in roles[b])
                one_time = all(times[a][k] == times[b][k] for k in times[a].keys() & times[b].keys())
                if a != b and (not count or unmeasured) and one_holder and one_role and one_time:
                    parent[max(a, b)] = min(a, b)
                    held[min(a, b)], roles[min(a, b)] = held[a] | held[b], roles[a] | roles[b]
                    times[min(a, b)] = {**times[a], **times[b]}
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


@cache
def _one_sets() -> frozenset[frozenset[str]]:
    table = data_table("measures.toml").get("one_set", {})
    return frozenset(frozenset((name, other)) for name, others in table.items() for other in others)


@cache
def _set_of(measure: str | None) -> str | None:
    """The name of the ``[one_set]`` row holding a measure ("#arrests" for suspects), ``None`` if none."""
    table = data_table("measures.toml").get("one_set", {})
    return next((f"#{name}" for name, others in table.items() if measure in (name, *others)), None)


def one_set(a: str | None, b: str | None) -> bool:
    """Whether counts of two measures may name one set of specific people (``[one_set]`` of
    ``data/measures.toml``): "two leaders arrested" and "two leaders charged".

    Parameters
    ----------
    a, b : str or None
        The two measures, in either order.

    Returns
    -------
    bool
        True where both are given and a ``[one_set]`` row names them together.

    Examples
    --------
    >>> one_set("arrests", "suspects"), one_set("suspects", "arrests"), one_set("deaths", "injuries")
    (True, True, False)
    """
    return a is not None and b is not None and frozenset((a, b)) in _one_sets()


def _shared(whys: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    common = set.intersection(*(set(w) for w in whys))
    return tuple(w for w in whys[0] if w in common)


def _exact_figures(
    groups: Sequence[tuple[list[int], tuple[str, ...]]],
    claims: Sequence[Claim],
    frames: Sequence[QuantityFrame],
) -> dict[tuple[str, float], set[int]]:
    """The groups of an exact measure (an age) giving each figure, by kind and value as written."""
    giving: dict[tuple[str, float], set[int]] = {}
    for g, (members, _) in enumerate(groups):
        for i in members:
            value = claims[i].value
            if value is not None and not frames[i].background and _of_one_person(frames[i].measure):
                giving.setdefault((frames[i].kind, value), set()).add(g)
    return giving


def _of_one_person(measure: str | None) -> bool:
    """An exact measure whose bare number is read in a unit, an age ("Brisk was 75"); a player's
    exact figures ("10" points) take no bare number by its figure alone."""
    row = measures().get(measure or "")
    return exact_measure(measure) and row is not None and row.unit is not None


def _counts_otherwise(frame: QuantityFrame, members: Sequence[int], frames: Sequence[QuantityFrame]) -> bool:
    """Whether a count's words name people and a group's measures count things, or the reverse
    ("one person" is no "one count" of conspiracy)."""
    mine = counted_kind(frame.entity) if frame.dimension == "count" and frame.entity else None
    if mine is None:
        return False
    theirs = {row.counts for i in members if (row := measures().get(frames[i].measure or "")) is not None}
    return mine not in theirs and bool(theirs - {None})


def attach_by_value(
    alone: Sequence[int],
    claims: Sequence[Claim],
    frames: Sequence[QuantityFrame],
    groups: list[tuple[list[int], tuple[str, ...]]],
    holders: Sequence[str | None],
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Place claims nothing else links by their figure: the very value and unit of a group's claim.

    A headline's "$2.6 million" with no word of what it measures joins the
    group where "$2.6 million" was stolen (the largest such group, then the
    first in content order); figures of money, shares or lengths that only
    repeat one another form a group of their own; counts never do ("two" of
    what?), nor join a group whose measures count things when their words name
    people, or the reverse, nor when they count how often ("twice"), nor when their role is
    another of one kind with a role of the group ("two women" and "two men"), nor when they
    name a thing of their own that no claim of the group names ("seven carries" is no count of
    "nine games"); the few largest groups giving the figure are tried in turn, and a count
    naming nothing ("all nine were promoted") joins one only when it is the one group that
    fits: nine games or nine tickets, it does not say which.  A bare
    number no group of counts gives ("Brisk was 75", "died at 77") joins the
    one group of an exact measure, an age, that gives its figure (of those its
    holder holds, if any: ``holders[i]`` is claim ``i``'s, aliases made one).

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("€2 million", source="a") + claimnum.extract("€2 million", source="b")
    >>> attach_by_value([0, 1], claims, [frame_of(c) for c in claims], [], [None, None])
    [([0, 1], ('the same figure',))]
    """
    index: dict[_Figure, list[int]] = {}  # the largest groups giving each figure, a few
    # ties by the groups' places, which the caller gives in content order, never document order
    ranked = sorted(range(len(groups)), key=lambda g: (-len(groups[g][0]), groups[g][1], g))
    for g in ranked:
        for key in {_value_key(claims[i], frames[i]) for i in groups[g][0]} - {None}:
            found = index.setdefault(key, [])  # type: ignore[arg-type]
            if len(found) < _CANDIDATES:
                found.append(g)
    exact = _exact_figures(groups, claims, frames)
    exact_holders = {g: {holders[i] for i in groups[g][0]} for found in exact.values() for g in found}
    pooled: dict[_Figure, list[int]] = {}
    rest: list[tuple[list[int], tuple[str, ...]]] = []
    nouns: dict[int, frozenset[str]] = {}  # what each group's claims count, read once
    roles: dict[int, set[str | None]] = {}  # each group's roles, read once and kept as claims join
    for i in sorted(alone, key=lambda i: content_key(claims[i])):  # a claim placed binds the next ones' roles
        key = _value_key(claims[i], frames[i])
        if key is not None and key not in index and not claims[i].unit:
            # "Brisk was 75", "died at 77": a bare number counting nothing named
            homes = exact.get((key[0], key[3]), set())
            # "Venn was 75" where Venn's age and Roe's are both 75: Venn's
            homes = {g for g in homes if holders[i] is not None and holders[i] in exact_holders[g]} or homes
            if len(homes) == 1:
                index[key] = list(homes)
        candidates = index.get(key, []) if key is not None else []
        own = _own_noun(claims[i], frames[i])
        fitting = [
            g
            for g in candidates
            if not _counts_otherwise(frames[i], groups[g][0], frames)
            and _roles_fit({frames[i].role} - {None}, roles.setdefault(g, _roles(groups[g][0], frames)))
            and (own is None or own in nouns.setdefault(g, _nouns_of(groups[g][0], claims, frames)))
        ]
        # a count naming nothing ("all nine were promoted") is of a group only where one gives its figure
        bare = frames[i].dimension == "count" and frames[i].entity is None
        home = fitting[0] if fitting and not (bare and len(fitting) > 1) else None
        if home is not None and not (frames[i].dimension == "count" and is_frequency(claims[i].text)):
            members, why = groups[home]
            members.append(i)
            roles[home] |= {frames[i].role} - {None}  # a placed claim binds the next ones' roles
            if "the same figure" not in why:
                groups[home] = (members, (*why, "the same figure"))
        elif key is not None and (frames[i].dimension != "count" or frames[i].kind == "ratio"):
            pooled.setdefault(key, []).append(i)  # money, a share, a multiple ("three times longer")
        elif key is not None and frames[i].entity is not None:  # "one person" told again
            pooled.setdefault((*key[:4], frames[i].entity), []).append(i)
        elif key is not None and _definite_count(claims[i], frames[i]):  # "all seven" told again
            pooled.setdefault((*key[:2], f"={claims[i].text.lower()}", *key[3:]), []).append(i)
        else:
            rest.append(([i], ()))
    rest += [(members, ("the same figure",) if len(members) > 1 else ()) for members in pooled.values()]
    return rest
