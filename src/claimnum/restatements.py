"""Figures of one sentence that share what the words before them said: restatements and lists.

"The ferry sank about 45 metres (150 feet)", "$4.2 billion, or 38 billion kronor": the
second number is the first one again, in another unit, and its own words (a parenthesis,
"or") tell nothing of what it measures, whose it is or when.  Its frame is the frame of
the figure it restates, in its own kind and dimension.  The words between the two are data
(``data/restatements.toml``).

"Analysts valued the stake at up to $12 million, though perhaps between $9 million and
$10 million", "59% of the traffic to one port, 44% to another": a figure of money or a
share that no word names the measure of takes the measure of the figure before it in its
sentence (:func:`with_sentence_measures`), money only when no verb of its own stands between
the two, or a hedge does (``[hedges]`` of the data: "and the firm gave $3 million" is another
sum).  Not a count: "killed 7 people and 3 dogs".
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Mapping, Sequence
from functools import cache

from claimnum.claim import Claim
from claimnum.context import inflected_verb
from claimnum.data_files import data_table
from claimnum.entities import entity_of
from claimnum.grouping import QuantityFrame

__all__ = [
    "hedges",
    "money_gaps",
    "restatement_gaps",
    "restatements",
    "with_restatements",
    "with_sentence_measures",
]


@cache
def restatement_gaps() -> frozenset[str]:
    """The words that may stand between a figure and its restatement in another unit.

    Returns
    -------
    frozenset of str
        The words and punctuation between, as written.

    Examples
    --------
    >>> "(" in restatement_gaps(), ", or" in restatement_gaps()
    (True, True)
    """
    return frozenset(data_table("restatements.toml")["restatements"]["gaps"])


@cache
def money_gaps() -> frozenset[str]:
    """The words that may stand between a sum of money and its restatement in another currency only.

    Returns
    -------
    frozenset of str
        The words and punctuation between, for money alone.

    Examples
    --------
    >>> "," in money_gaps(), "," in restatement_gaps()
    (True, False)
    """
    return frozenset(data_table("restatements.toml")["restatements"]["money_gaps"])


def _gap(before: Claim, after: Claim) -> str | None:
    """The words between two claims of one sentence (lower-cased, spaces folded), ``None`` if unknown."""
    at = before.sentence_at
    if at < 0 or after.start < before.end:
        return None
    end = at + len(before.text)
    return " ".join(before.sentence[end : end + after.start - before.end].lower().split())


@cache
def hedges() -> frozenset[str]:
    """The words that make a sum a guess at the sum before it, a verb between or not.

    Returns
    -------
    frozenset of str
        The hedging words, lower case.

    Examples
    --------
    >>> "perhaps" in hedges(), "gave" in hedges()
    (True, False)
    """
    return frozenset(data_table("restatements.toml")["hedges"]["words"])


def _same_clause(before: Claim, after: Claim) -> bool:
    """Whether a sum restates the sum before it: no verb of its own stands between ("$52 million,
    $47 million for two"), or a hedge does ("$52 million, though some say perhaps $47 million");
    not "$52 million, and the firm gave $4 million", another sum."""
    gap = _gap(before, after)
    words = [word.strip(",;:()-") for word in (gap or "").replace("--", " ").split()]
    return gap is not None and (not hedges().isdisjoint(words) or not any(inflected_verb(w) for w in words))


def _restates(before: Claim, after: Claim, a: QuantityFrame, b: QuantityFrame) -> bool:
    """Whether ``after`` writes ``before``'s figure again in another unit of its dimension."""
    return (
        a.dimension == b.dimension != "count"
        and bool(before.unit)
        and bool(after.unit)
        and before.unit != after.unit
        and (
            (gap := _gap(before, after)) in restatement_gaps()
            or (a.dimension == "money" and gap in money_gaps())
        )
    )


def restatements(claims: Sequence[Claim], frames: Sequence[QuantityFrame]) -> dict[int, int]:
    """Each restatement's position, mapped to the position of the figure it restates.

    Claims are read in order of content (source, offsets), each against the claim just
    before it in its sentence: linear after one sort, free of the order of the documents.

    Parameters
    ----------
    claims : sequence of Claim
        The claims of one or more documents, in any order.
    frames : sequence of QuantityFrame
        Their frames (a restatement's figure is of the restated one's dimension).

    Returns
    -------
    dict of int to int
        Restatement's position -> restated figure's position.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("It caused 150 million euros ($198.6 million) of damage.")
    >>> restatements(claims, [frame_of(c) for c in claims])
    {1: 0}
    """
    found: dict[int, int] = {}
    order = sorted(range(len(claims)), key=lambda i: (claims[i].source or "", claims[i].start, claims[i].end))
    for before, after in itertools.pairwise(order):
        a, b = claims[before], claims[after]
        one_sentence = a.source == b.source and a.sentence == b.sentence
        if one_sentence and _restates(a, b, frames[before], frames[after]):
            found[after] = found.get(before, before)
    return found


def with_restatements(
    claims: Sequence[Claim], frames: Sequence[QuantityFrame], restated: Mapping[int, int] | None = None
) -> list[QuantityFrame]:
    """The frames, each restatement's replaced by the frame of the figure it restates.

    ``restated`` is :func:`restatements`' result when the caller has it already.

    Parameters
    ----------
    claims : sequence of Claim
        The claims, restatements among them.
    frames : sequence of QuantityFrame
        Their frames, as :func:`claimnum.grouping.frame_of` reads them.
    restated : mapping of int to int, optional
        :func:`restatements` of the claims, computed when not given.

    Returns
    -------
    list of QuantityFrame
        One frame per claim, a restatement's that of the figure it restates.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("In 2009 Acme paid $4.2 billion (38 billion kronor).")
    >>> frames = with_restatements(claims, [frame_of(c, story_year=2010) for c in claims])
    >>> frames[1].anchor, frames[1].holder
    ('2009', 'acme')
    """
    result = list(frames)
    for after, before in (restatements(claims, frames) if restated is None else restated).items():
        result[after] = dataclasses.replace(frames[before], kind=frames[after].kind)
    return result


def with_sentence_measures(claims: Sequence[Claim], frames: Sequence[QuantityFrame]) -> list[QuantityFrame]:
    """The frames, each figure with no measure given the measure of the figure before it in its
    sentence, of its kind and dimension, unless a count; money only with no verb or a hedge between.

    Read in order of content (source, offsets): linear after one sort, free of document order.

    Parameters
    ----------
    claims : sequence of Claim
        The claims, in any order.
    frames : sequence of QuantityFrame
        Their frames, some with no measure.

    Returns
    -------
    list of QuantityFrame
        One frame per claim, a figure with no measure given its neighbour's.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("The bid was put at $52 million, though perhaps $47 million.")
    >>> [f.measure for f in with_sentence_measures(claims, [frame_of(c) for c in claims])]
    ['offer', 'offer']
    """
    result = list(frames)
    measured: dict[tuple[str, str, str, str], int] = {}  # the last measured figure of each sentence's kind
    for i in sorted(range(len(claims)), key=lambda i: (claims[i].source or "", claims[i].start)):
        frame = result[i]
        told = (claims[i].source or "", claims[i].sentence, frame.kind, frame.dimension)
        before = measured.get(told)
        unmeasured = frame.measure is None and frame.dimension != "count"
        if (
            unmeasured
            and before is not None
            and (frame.dimension != "money" or _same_clause(claims[before], claims[i]))
        ):
            frame = result[i] = dataclasses.replace(frame, measure=result[before].measure)
        if frame.measure is not None:
            measured[told] = i
    return result


_JOINED = re.compile(r"-([A-Za-z]+)")  # "three-nation", "quad-band": the noun a count is joined to


def with_joined_nouns(claims: Sequence[Claim], frames: Sequence[QuantityFrame]) -> list[QuantityFrame]:
    """The frames, each count with no measure that a hyphen joins to a noun ("as a three-nation
    series", "a quad-band phone") counting that noun, not the head of its phrase: "three-nation" and
    "the three nations" count nations, "quad-band" phones and radios count bands.

    Parameters
    ----------
    claims : sequence of Claim
        The claims (their text and the words after it are read).
    frames : sequence of QuantityFrame
        Their frames; only a count with no measure and no unit changes.

    Returns
    -------
    list of QuantityFrame
        One frame per claim, a joined count's entity its noun's.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("The cup is played as a three-nation series.")
    >>> [f.entity for f in with_joined_nouns(claims, [frame_of(c) for c in claims])]
    ['nation']
    """
    result = list(frames)
    for i, (claim, frame) in enumerate(zip(claims, frames, strict=True)):
        if frame.measure is not None or frame.dimension != "count" or claim.unit:
            continue
        at = claim.sentence_at
        after = claim.sentence[at + len(claim.text) :] if at >= 0 else ""
        joined = _JOINED.fullmatch(claim.text[claim.text.rfind("-") :]) or _JOINED.match(after)
        if joined is not None and (entity := entity_of(joined.group(1).lower())) is not None:
            result[i] = dataclasses.replace(frame, entity=entity)
    return result
