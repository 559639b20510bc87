"""The claims of many documents split into groups, each a :class:`~claimnum.group.Group`.

A caller's ``key`` decides first: claims it labels alike form one group, whatever
their frames.  The claims it leaves free (``None``, or missing from a mapping) are
clustered by their quantity frames (:func:`claimnum.clustering.cluster`).  Each
group is then checked, combined and named (:func:`claimnum.group.make_group`),
and the groups are ordered largest first, then by label and content, never by
the order of the documents; a repeated label is numbered ("deaths #2").

Examples
--------
>>> import claimnum
>>> from claimnum.grouping import frame_of
>>> from claimnum.partition import partition
>>> claims = claimnum.extract("It killed 47.", source="a") + claimnum.extract("52 died.", source="b")
>>> groups = partition(claims, [frame_of(c) for c in claims], [None, None])
>>> [(g.label, len(g.claims)) for g in groups]
[('deaths', 2)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import replace
from typing import Any, TypeAlias

from claimnum.claim import Claim
from claimnum.clustering import cluster
from claimnum.errors import InvalidTypeError
from claimnum.group import Group, make_group
from claimnum.grouping import QuantityFrame
from claimnum.units import Rates

__all__ = ["Key", "Labeller", "labeller", "partition"]

Key: TypeAlias = "Callable[[Claim], Hashable | None] | Mapping[Claim, Hashable]"
"""A caller's grouping: a function of a claim, or a mapping of claims, to a group label.

``None`` (or a claim missing from the mapping) leaves the claim to claimnum's grouping.
"""
Labeller: TypeAlias = "Callable[[Claim], Hashable | None]"
"""A claim's group label from a caller's :data:`Key`, ``None`` for a claim left to the clustering."""


def partition(
    claims: Sequence[Claim],
    frames: Sequence[QuantityFrame],
    times: Sequence[Any],
    *,
    label_of: Labeller | None = None,
    method: str | None = None,
    rates: Rates | None = None,
) -> tuple[Group, ...]:
    """Split claims into groups of one quantity: the caller's labels first, then the clustering.

    Parameters
    ----------
    claims, frames, times : sequence
        Every claim, its quantity frame and its document's time (``None`` when not given).
    label_of : callable, optional
        Each claim's label from the caller's key (:func:`labeller`); by default none.
    method, rates
        How each group is combined (:func:`claimnum.combine`).

    Returns
    -------
    tuple of Group
        Largest first (claims, then sources), then by label and content; labels unique.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("Over 300 came. It rained 3 days.", source="a")
    >>> groups = partition(claims, [frame_of(c) for c in claims], [None] * 2, label_of=lambda c: "all")
    >>> [(g.label, g.why) for g in groups]
    [('all', ("key 'all'",))]
    """
    labels = [None] * len(claims) if label_of is None else [label_of(c) for c in claims]
    free = [i for i, label in enumerate(labels) if label is None]
    drafts: list[tuple[list[int], tuple[str, ...], str | None]] = [
        ([free[i] for i in members], why, None)
        for members, why in cluster([claims[i] for i in free], [frames[i] for i in free])
    ]
    keyed: dict[Hashable, list[int]] = {}
    for i, label in enumerate(labels):
        if label is not None:
            keyed.setdefault(label, []).append(i)
    drafts += [(members, (f"key {label!r}",), str(label)) for label, members in keyed.items()]
    built = [
        make_group(
            [claims[i] for i in members],
            [frames[i] for i in members],
            [times[i] for i in members],
            why,
            label,
            method,
            rates,
        )
        for members, why, label in drafts
    ]
    built.sort(key=lambda g: (-len(g.claims), -len(g.sources), g.label, _content_key(g)))
    unique = _unique([g.label for g in built])
    return tuple(
        g if g.label == label else replace(g, label=label) for g, label in zip(built, unique, strict=True)
    )


def labeller(key: Key | None) -> Labeller | None:
    """Return the labels a caller's key gives claims, or refuse a key that is neither kind.

    Parameters
    ----------
    key : callable, mapping or None
        A function of a claim, or a mapping of claims, to a hashable label.

    Returns
    -------
    callable or None
        A claim's label; ``None`` for no key.

    Raises
    ------
    InvalidTypeError
        If ``key`` is neither callable nor a mapping, or (when a label is asked)
        gives a claim a label that is not hashable (a list, a dict).

    Examples
    --------
    >>> labeller({}) is not None, labeller(None)
    (True, None)
    >>> labeller(3)
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidTypeError: key must be a function of a claim or a mapping of claims, got int
    >>> import claimnum
    >>> labeller(lambda claim: [1])(claimnum.extract("40 died.")[0])
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidTypeError: key must give each claim a hashable label ... got list [1] for '40'
    """
    if key is None:
        return None
    if not (isinstance(key, Mapping) or callable(key)):
        raise InvalidTypeError(
            f"key must be a function of a claim or a mapping of claims, got {type(key).__name__}"
        )
    given = key.get if isinstance(key, Mapping) else key

    def label_of(claim: Claim) -> Hashable | None:
        label = given(claim)
        try:
            hash(label)  # claims labelled alike are grouped by a dict of labels
        except TypeError:
            raise InvalidTypeError(
                f"key must give each claim a hashable label (a str, a number, a tuple) or None, got "
                f"{type(label).__name__} {label!r} for {claim.text!r}"
            ) from None
        return label

    return label_of


def _content_key(group: Group) -> tuple[tuple[str, int, int], ...]:
    return tuple((c.source or "", c.start, c.end) for c in group.claims)


def _unique(labels: Sequence[str]) -> list[str]:
    """Number repeated labels: the second ``"x"`` becomes ``"x #2"``."""
    seen: Counter[str] = Counter()
    unique = []
    for label in labels:
        seen[label] += 1
        unique.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return unique
