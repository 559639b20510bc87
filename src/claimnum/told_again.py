"""Quantities several texts tell again in other words: a vague word, a broad measure's figure.

Steps of :func:`claimnum.clustering.cluster` after the figures are merged
(:mod:`claimnum.figure_merges`): groups made only of one vague word told of one thing with
no measure merge ("several people" in three texts, each with its own verb:
:func:`merge_vague`); a group of a broad measure giving one figure by its own noun joins the
one narrower group giving it ("the one victim" where "one person was killed" and nobody
else was hurt: :func:`join_broader`, ``[broader]`` of ``data/measures.toml``).  Ordered by
content, never by document.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from claimnum.claim import Claim
from claimnum.data_files import data_table
from claimnum.grouping import QuantityFrame, generic_entity, named_by_measure
from claimnum.interval import Interval
from claimnum.semantics import VAGUE_SENSES

__all__ = ["broader_measures", "join_broader", "merge_close_unmeasured", "merge_vague"]

_Figure = tuple[str, str, str, float, str | None]  # kind, dimension, vague word, 0, what it counts


def _vague_key(claim: Claim, frame: QuantityFrame) -> _Figure | None:
    """A vague quantity's word and what it counts ("several people", "hours"): the same vague word of
    the same thing told again in other texts is one quantity, as a figure told again is.

    Examples
    --------
    >>> from claimnum import extract
    >>> from claimnum.grouping import frame_of
    >>> [_vague_key(c, frame_of(c)) for c in extract("Several people sang.")]
    [('amount', 'count', '~several', 0.0, 'person')]
    """
    if frame.background or claim.value is not None or claim.sense not in VAGUE_SENSES or claim.values:
        return None
    what = frame.entity or frame.measure or (claim.unit or None)
    return None if what is None else (frame.kind, frame.dimension, f"~{claim.sense}", 0.0, what)


@cache
def broader_measures() -> Mapping[str, frozenset[str]]:
    """Measures covering narrower ones (``[broader]`` of ``data/measures.toml``): "victims" covers
    deaths and injuries.

    Returns
    -------
    Mapping of str to frozenset of str
        Each broader measure's narrower measures.

    Examples
    --------
    >>> sorted(broader_measures()["victims"])
    ['deaths', 'injuries']
    """
    table = data_table("measures.toml").get("broader", {})
    return {name: frozenset(narrower) for name, narrower in table.items()}


def join_broader(
    groups: list[tuple[list[int], tuple[str, ...]]], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Join a group of a broad measure giving one figure to the one narrower group giving it.

    "Police identified the one victim" where "one person was killed" and nobody else was hurt:
    the victim is the person killed.  Where two narrower groups give the figure (one killed,
    one hurt), or the group gives several figures, nothing is joined.  Ordered by content.

    Parameters
    ----------
    groups : list of (list of int, tuple of str)
        The groups so far: each one's claim indices and the reasons it was made.
    claims : sequence of Claim
        The claims the indices point into.
    frames : sequence of QuantityFrame
        One frame per claim.

    Returns
    -------
    list of (list of int, tuple of str)
        The groups, a broad group giving one figure joined to the one narrower group giving it, with its
        reason added.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("One person was killed.", source="a")
    >>> claims += claimnum.extract("Police named the one victim.", source="b")
    >>> join_broader([([0], ()), ([1], ())], claims, [frame_of(c) for c in claims])
    [([0, 1], ('one figure of a broader measure',))]
    """
    broader = broader_measures()
    giving: dict[tuple[str, float], set[int]] = {}
    for g, (members, _) in enumerate(groups):
        for i in members:
            f, value = frames[i], claims[i].value
            if value is not None and f.measure is not None and not f.background and f.dimension == "count":
                giving.setdefault((f.measure, value), set()).add(g)
    result = [(list(members), why) for members, why in groups]
    absorbed: set[int] = set()
    for g, (members, _) in enumerate(groups):
        measures_told = {frames[i].measure for i in members}
        values = {claims[i].value for i in members}
        measure, value = next(iter(measures_told)), next(iter(values))
        if len(measures_told) != 1 or len(values) != 1 or measure is None or measure not in broader:
            continue
        if not all(named_by_measure(frames[i].entity, measure) for i in members):
            continue  # "shot two men": the measure read from a verb, not from its own noun ("victim")
        if value is None:
            continue
        homes = {t for narrow in sorted(broader[measure]) for t in giving.get((narrow, value), ())} - {g}
        if len(homes) == 1 and not frames[members[0]].background:
            home = homes.pop()
            absorbed.add(g)
            kept, why = result[home]
            result[home] = (kept + members, why + (_BROADER,) * (_BROADER not in why))
    return [group for g, group in enumerate(result) if g not in absorbed]


_BROADER = "one figure of a broader measure"


def merge_vague(
    groups: list[tuple[list[int], tuple[str, ...]]], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Merge groups made only of one vague word told of one thing with no measure ("several
    people" in three texts, each with a verb of its own): the same vague word of the same thing
    told again is one quantity, as a figure told again is.  Ordered by content.

    Parameters
    ----------
    groups : list of (list of int, tuple of str)
        The groups so far: each one's claim indices and the reasons it was made.
    claims : sequence of Claim
        The claims the indices point into.
    frames : sequence of QuantityFrame
        One frame per claim.

    Returns
    -------
    list of (list of int, tuple of str)
        The groups, those of one vague word of one thing with no measure merged into one.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("Several people saw it.", source="a")
    >>> claims += claimnum.extract("It was told by several people.", source="b")
    >>> merge_vague([([0], ()), ([1], ())], claims, [frame_of(c) for c in claims])
    [([0, 1], ('the same vague words',))]
    """
    home: dict[_Figure, int] = {}
    result: list[tuple[list[int], tuple[str, ...]]] = []
    for members, why in groups:
        keys = {_vague_key(claims[i], frames[i]) for i in members}
        key = keys.pop() if len(keys) == 1 and all(frames[i].measure is None for i in members) else None
        if key is None:
            result.append((members, why))
        elif key in home:
            kept, _ = result[home[key]]
            result[home[key]] = (kept + members, (_VAGUE,))
        else:
            home[key] = len(result)
            result.append((list(members), why))
    return result


_VAGUE = "the same vague words"


def merge_close_unmeasured(
    groups: list[tuple[list[int], tuple[str, ...]]], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Merge groups with no measure that count one specific thing, each with its own verb, whose
    figures lie close together ("received nearly 13,000 comments", "reviewed over 12,000
    comments", "drew 12,500 comments"): a verb that is no measure weighs less than the thing and
    the figure.  Close is within a quarter of the smallest figure (:data:`_CLOSE`), every reading
    sharing a value ("at least five bottles" and "four" share none; nor does a source's two
    figures that miss each other).  Linear after one sort, ordered by content.

    Parameters
    ----------
    groups : list of (list of int, tuple of str)
        The groups so far: each one's claim indices and the reasons it was made.
    claims : sequence of Claim
        The claims the indices point into.
    frames : sequence of QuantityFrame
        One frame per claim.

    Returns
    -------
    list of (list of int, tuple of str)
        The groups, those of one specific thing with no measure and close figures merged into one.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("The agency received nearly 13,000 comments.", source="a")
    >>> claims += claimnum.extract("Officials read over 12,000 comments.", source="b")
    >>> merge_close_unmeasured([([0], ()), ([1], ())], claims, [frame_of(c) for c in claims])
    [([0, 1], ('same entity: comment', 'close figures'))]
    """
    spans: dict[int, tuple[float, float]] = {}
    keys: dict[int, tuple[object, ...]] = {}
    for g, (members, _) in enumerate(groups):
        key = _unmeasured_thing(members, claims, frames)
        figures = [value for i in members if (value := claims[i].value) is not None]
        if key is not None and figures and min(figures) > 0:
            keys[g], spans[g] = key, (min(figures), max(figures))
    root: dict[int, int] = {}
    held: dict[int, list[int]] = {}  # each root's claims, merged ones too
    common: dict[int, Interval] = {}  # the reading every claim of a root allows
    last: int | None = None
    for g in sorted(keys, key=lambda g: (repr(keys[g]), spans[g], g)):
        top = root[last] if last is not None else None
        if (
            top is not None
            and keys[top] == keys[g]
            and spans[g][1] <= spans[top][0] * _CLOSE
            and not (common[top] & _common(groups[g][0], claims)).is_empty
        ):
            root[g] = top
            held[top] += groups[g][0]
            common[top] = common[top] & _common(groups[g][0], claims)
        else:
            root[g], held[g] = g, list(groups[g][0])
            common[g] = _common(groups[g][0], claims)
        last = g
    result: list[tuple[list[int], tuple[str, ...]]] = []
    for g, (members, why) in enumerate(groups):
        if root.get(g, g) != g:
            continue
        if len(held.get(g, members)) > len(members):
            why = (f"same entity: {keys[g][-1]}", _CLOSE_WHY)
        result.append((sorted(held.get(g, members)), why))
    return result


_CLOSE = 1.25  # the largest figure at most this many times the smallest
_CLOSE_WHY = "close figures"


def _unmeasured_thing(
    members: Sequence[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> tuple[object, ...] | None:
    """The specific thing a group with no measure counts, with its kind and dimension; ``None`` else."""
    first = frames[members[0]]
    if first.entity is None or generic_entity(first.entity) or first.dimension != "count":
        return None
    key = (first.kind, first.dimension, first.background, first.spread, first.entity)
    same = all(
        frames[i].measure is None
        and (f := frames[i])
        and (f.kind, f.dimension, f.background, f.spread, f.entity) == key
        for i in members
    )
    return key if same else None


def _common(members: Sequence[int], claims: Sequence[Claim]) -> Interval:
    """The reading every claim of a group allows ("at least five" and "four" allow none)."""
    common = claims[members[0]].interval
    for i in members[1:]:
        common = common & claims[i].interval
    return common
