"""Alignment when quantity frames are thin: the evidence that shares the number's context words.

The grouping frame (:func:`claimnum.grouping.frame_of`) links two claims by
their measure, entity or event.  Many numbers have none of these ("Okonjo,
49,", "stabbed the guard 14 times", "38 KOs", "a fifth of the power"), and
then :func:`claimnum.grouping.link` finds nothing.  For such a number,
:func:`loose_pairs` degrades gracefully: an evidence claim is a counterpart
when nothing in the frames forbids it (same kind, dimension and background,
no two different measures or specific entities, no clashing written times) and
the words around the two numbers share enough, weighted by how rare each word
is in the evidence (a story's protagonist, named everywhere, tells nothing).
The score stays below :data:`claimnum.grouping.THRESHOLD`-level links'
confidence: it is used only for numbers the frames leave without evidence.

Examples
--------
>>> import claimnum
>>> from claimnum.loose_alignment import loose_pairs
>>> [number] = claimnum.extract("He stabbed the guard 4 times in prison.")
>>> evidence = claimnum.extract("In 1999 he stabbed the guard 14 times. He is 49.")
>>> [(k, e) for k, e, _ in loose_pairs([number], evidence, [0])]
[(0, 0)]
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Sequence
from typing import Any, cast

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.anchors import anchor_kind
from claimnum.claim import Claim
from claimnum.counted import is_frequency
from claimnum.data_files import data_table
from claimnum.entities import head_word
from claimnum.grouping import QuantityFrame, frame_of
from claimnum.lexicon import load
from claimnum.measure_lexicon import counted_kind, lemmas, measures, tokens
from claimnum.parties import one_party
from claimnum.roles import same_role
from claimnum.vague import VAGUE_SENSES

__all__ = [
    "FEW",
    "LOOSE_REACH",
    "LOOSE_SCORE",
    "SPECIFIC_COUNT",
    "adopt_units",
    "context_words",
    "counted_noun",
    "is_bare",
    "is_partitive",
    "loose_pairs",
    "rounded",
    "someone_elses_age",
]

LOOSE_SCORE = 0.4
"""The link score given to a loose counterpart: below any frame link's (at least 0.5)."""

LOOSE_REACH = 10.0
"""How far apart (a factor) a number and a loose counterpart in its unit may be."""

SPECIFIC_COUNT = 10
"""The smallest pure number that, the very same in the evidence, is taken for the same figure with
no word to tell it (a smaller count, "two", "three", meets many another by chance)."""

FEW = 12
"""Evidence claims few enough (a short text: a premise, a paragraph) that a number's sole candidate
of its kind in a source is its counterpart, with no context word shared."""

_WINDOW = 6  # words on each side of the number that say what it counts
_MIN_WEIGHT = 1.5  # shared rarity needed: one word found in at most about a fifth of the evidence


@functools.lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    # "times" counts repetitions ("stabbed 17 times"): it tells what the number is, so it stays.
    return load().words["stop"] - {"times", "time"}


def _form(word: str) -> str:
    return min(lemmas(word), key=lambda w: (len(w), w))


def context_words(claim: Claim) -> frozenset[str]:
    """The dictionary forms of the content words near a claim's number, within its sentence.

    Examples
    --------
    >>> import claimnum
    >>> [claim] = claimnum.extract("Police said he stabbed the guard with a 14 cm knife.")
    >>> sorted(context_words(claim))
    ['guard', 'knife', 'stab']
    """
    sentence = claim.sentence
    at = max(0, claim.sentence_at)
    words = tokens(sentence)
    # The window counts words, not the commas of an apposition ("Ana Diaz, a noted potter, dies at 88").
    before = [w for w, _, end in words if end <= at and w.isalpha()]
    after = [w for w, start, _ in words if start >= at + len(claim.text) and w.isalpha()]
    near = before[-_WINDOW:] + after[:_WINDOW]
    return frozenset(_form(w) for w in near if len(w) > 1 and w.lower() not in _stop())


def someone_elses_age(number: QuantityFrame, other: QuantityFrame) -> bool:
    """Whether ``other`` is an age given without a name where the number is a named person's
    ("her nephew, Ravi Singh, 32" against "a 59-year-old woman"): a story gives the ages of many
    people, and one the text leaves unnamed is likelier another's than the named person's.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> named = frame_of(claimnum.extract("Tom Reed, 32, was shocked.")[0])
    >>> unnamed = frame_of(claimnum.extract("A 59-year-old woman died.")[0])
    >>> someone_elses_age(named, unnamed), someone_elses_age(unnamed, named)
    (True, False)
    >>> headline = frame_of(claimnum.extract("Suspect, 34, held after robbery")[0])
    >>> someone_elses_age(headline, unnamed)  # a noun of people, capitalised to open a headline
    False
    """
    named = number.holder is not None and counted_kind(number.holder) is None
    return number.measure == "age" and named and other.holder is None


def counted_noun(claim: Claim, frame: QuantityFrame) -> str | None:
    """What a count counts: its frame's entity, else the dictionary form of its subject's head noun
    (a noun the synonyms do not know: "nine secret wiretaps"); ``None`` for a figure that is no
    count (an amount of money, a share) or names nothing it counts.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> [claim] = claimnum.extract("He ordered nine secret wiretaps.")
    >>> counted_noun(claim, frame_of(claim))
    'wiretap'
    """
    if frame.dimension != "count" or claim.unit:
        return None
    if frame.entity is not None:
        return frame.entity
    head = head_word(claim.subject)
    return _form(head) if head else None


def _other_nouns(a: str | None, b: str | None) -> bool:
    """Whether two figures count different things: "four grandchildren" are not "nine wiretaps"."""
    return a is not None and b is not None and a != b


_OF = re.compile(r"\s*of\s+([\w'’]+)(?:\s+(\d))?")


@functools.lru_cache(maxsize=1)
def _sets() -> frozenset[str]:
    return frozenset(data_table("claim_frames.toml")["partitive_sets"])


def is_partitive(claim: Claim) -> bool:
    """Whether a count is a part of a set told before or counted after it: "seven of the
    violations", "eight of them", "nine of her 31 shots" (``partitive_sets`` of
    ``data/claim_frames.toml``, or a number after "of"); "30 of its stores" is all the stores it
    closes, and a share ("10 percent of the staff") is no count.

    Examples
    --------
    >>> import claimnum
    >>> [part] = claimnum.extract("Seven of the violations involved the team.")
    >>> [whole] = claimnum.extract("The team faces nine violations.")
    >>> is_partitive(part), is_partitive(whole)
    (True, False)
    """
    if claim.unit or claim.kind != "amount":
        return False
    at = claim.sentence_at
    match = _OF.match(claim.sentence, at + len(claim.text)) if at >= 0 else None
    return match is not None and (
        match.group(1).lower() in _sets() or match.group(1)[:1].isdigit() or match.group(2) is not None
    )


@functools.lru_cache(maxsize=4096)
def _named(sentence: str) -> frozenset[str]:
    """The dictionary forms of a sentence's words (is a counted noun named there?)."""
    return frozenset(_form(w) for w, _, _ in tokens(sentence) if w.isalpha())


def _unnamed_noun(noun: str | None, claim: Claim, other_noun: str | None, other: Claim) -> bool:
    """Whether ``other`` counts a thing (``other_noun``) that the sentence of ``claim``, a count
    naming nothing near its number, never names ("ended with 240" is no count of "57
    goals")."""
    if noun is not None or other_noun is None or claim.unit:
        return False
    named = _named(claim.sentence)
    head = head_word(other.subject)
    return other_noun not in named and (head is None or _form(head) not in named)


def _unlike(a: Claim, b: Claim, nouns: tuple[str | None, str | None]) -> bool:
    """Whether two figures that share words are still told as different quantities: a part of a set
    and a whole of another value ("four jurors" is "four of the twelve jurors"), how often and how
    many ("five times", "four grandchildren"), or a thing counted the other's sentence never names."""
    return (
        (is_partitive(a) != is_partitive(b) and a.value != b.value)
        or is_frequency(a.text) != is_frequency(b.text)
        or _unnamed_noun(nouns[0], a, nouns[1], b)
        or _unnamed_noun(nouns[1], b, nouns[0], a)
    )


def _other_holders(a: str | None, b: str | None) -> bool:
    """Whether two holders are two parties by their surnames too: the words shared near figures
    of two people are the story's, but a loose pair forgives another first name ("Tom Brisk" and
    "Thomas Brisk")."""
    return a is not None and b is not None and not one_party(a, "", b, "") and a.split()[-1] != b.split()[-1]


def _allowed(a: QuantityFrame, b: QuantityFrame, *, bare: bool, bare_b: bool = False) -> bool:
    """Whether nothing in the two frames says they are different quantities.

    A ``bare`` number (no unit, measure or counted noun: "Okonjo was not 59")
    may be a figure of a measure with its own unit ("Okonjo, 49,": an age in
    years), and a measured number may meet a bare figure (``bare_b``) the same way.
    """
    if (a.kind, a.background) != (b.kind, b.background) or someone_elses_age(a, b):
        return False
    measured = (bare and a.dimension == "count" and _has_unit(b)) or (
        bare_b and b.dimension == "count" and _has_unit(a)
    )
    # A ratio is a factor, whether its words give a percentage ("grew 100%") or not ("doubled").
    if a.dimension != b.dimension and not measured and a.kind != "ratio":
        return False
    if a.entity is not None and b.entity is not None and a.entity != b.entity:
        return False  # eight nurses are not two doctors
    if not same_role(a.role, b.role):
        return False  # the victim's figure and the suspect's: the words they share are the story's
    if _other_holders(a.holder, b.holder):
        return False  # a captain fined four times is not a nurse fined twice
    if a.measure is not None and b.measure is not None and a.measure != b.measure:
        return False  # soldiers killed are not soldiers injured
    # Two written times, even of two kinds ("on Monday", "in December 2008"), are two events: only
    # context words tie a loose pair, and they do not outweigh what the times say.
    kinds = (anchor_kind(a.anchor, cumulative=a.cumulative), anchor_kind(b.anchor, cumulative=b.cumulative))
    return None in kinds or a.anchor == b.anchor


MONEY_SCALE = 1e6
"""A bare figure of at least this much ("made about 100 million") may be an amount of money."""


def _as_money(number: Claim, frame: QuantityFrame, other: QuantityFrame) -> QuantityFrame:
    """A bare figure of millions read as money where its counterpart is money ("the film made about
    100 million" and "took in $102 million"): a headline drops the currency, not the amount."""
    if other.dimension == "money" and frame.dimension == "count" and number.interval.lo >= MONEY_SCALE:
        return dataclasses.replace(frame, dimension="money")
    return frame


def _has_unit(frame: QuantityFrame) -> bool:
    """Whether the frame's measure has a unit of its own (an age in years)."""
    row = measures().get(frame.measure or "")
    return row is not None and row.unit is not None


def is_bare(claim: Claim, frame: QuantityFrame) -> bool:
    """Whether a figure says nothing of what it is: no unit, measure or entity ("the total was 49").

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> [claim] = claimnum.extract("The total was 49.")
    >>> is_bare(claim, frame_of(claim))
    True
    """
    return not claim.unit and frame.measure is None and frame.entity is None


def _same_figure(a: Claim, b: Claim, bare_b: bool) -> bool:
    """Whether two figures are the very same one: one value, as written, in one unit (or the
    second bare), and specific enough not to meet by chance (a unit of its own, or a count of at
    least :data:`SPECIFIC_COUNT`)."""
    if a.value is None or a.value != b.value or a.sense in VAGUE_SENSES or b.sense in VAGUE_SENSES:
        return False
    if a.unit != b.unit and not (bare_b and a.unit):
        return False
    return bool(a.unit) or abs(a.value) >= SPECIFIC_COUNT


def _very_figure(a: Claim, b: Claim, frame: QuantityFrame, other: QuantityFrame) -> bool:
    """Whether two figures of a unit of their own are the very same one ("the 10-inch tablet" and
    "the maker will sell 10-inch and 12-inch models") and only their measures and entities, read
    apart from one sentence to the other (a length and a distance, "tablet" and "maker"), tell
    them apart: the very figure in a unit outweighs what extraction read around it.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> [a] = claimnum.extract("The 10-inch tablet goes on sale.")
    >>> b, c = claimnum.extract("The maker sells 10-inch and 12-inch models of the tablet.")
    >>> _very_figure(a, b, frame_of(a), frame_of(b)), _very_figure(a, c, frame_of(a), frame_of(c))
    (True, False)
    """
    if a.unit in ("", "percent") or not _same_figure(a, b, bare_b=False):
        return False  # any share of anything may be 12%: a percentage says nothing of its own
    return _allowed(frame, dataclasses.replace(other, measure=frame.measure, entity=frame.entity), bare=False)


def _magnitude(claim: Claim) -> float:
    """log10 of the middle of the claim's support (of its finite end), 0 for zero."""
    lo, hi = claim.interval.lo, claim.interval.hi
    middle = (lo + hi) / 2 if math.isfinite(lo) and math.isfinite(hi) else (lo if math.isfinite(lo) else hi)
    return math.log10(abs(middle)) if math.isfinite(middle) and middle else 0.0


def _near(a: Claim, b: Claim) -> bool:
    """Within :data:`LOOSE_REACH` of each other, when both are in one unit (else the caller converts)."""
    return a.unit != b.unit or abs(_magnitude(a) - _magnitude(b)) <= math.log10(LOOSE_REACH)


def loose_pairs(
    numbers: Sequence[Claim],
    evidence: Sequence[Claim],
    unaligned: Sequence[int],
    *,
    year: int | None = None,
    evidence_frames: Sequence[QuantityFrame] | None = None,
) -> list[tuple[int, int, float]]:
    """The (number, evidence claim, score) pairs found by context words for the ``unaligned`` numbers.

    Parameters
    ----------
    numbers, evidence : sequence of Claim
        The claim's numbers and the evidence claims.
    unaligned : sequence of int
        Positions in ``numbers`` of those the frames aligned with nothing.
    year : int, optional
        The story's year, for the frames' background rule.
    evidence_frames : sequence of QuantityFrame, optional
        The evidence claims' frames, when already computed.

    Returns
    -------
    list of tuple
        ``(k, e, score)``: number ``k`` may speak of evidence claim ``e``; the
        score is :data:`LOOSE_SCORE` plus a little for more shared words.

    Examples
    --------
    >>> import claimnum
    >>> [number] = claimnum.extract("It uses a fifth of the power.")
    >>> evidence = claimnum.extract("The chip uses a fifth of the power. It costs $5.")
    >>> [(k, e) for k, e, _ in loose_pairs([number], evidence, [0])]
    [(0, 0)]
    """
    if not unaligned or not evidence:
        return []
    frames_e = evidence_frames or [frame_of(c, story_year=year) for c in evidence]
    words_e = [context_words(c) for c in evidence]
    holders: dict[str, list[int]] = {}  # word -> the evidence claims near which it stands
    for e, words in enumerate(words_e):
        for word in words:
            holders.setdefault(word, []).append(e)
    rarity = {w: math.log((1 + len(evidence)) / len(es)) for w, es in holders.items()}
    least = min(_MIN_WEIGHT, math.log(1 + len(evidence)))  # in little evidence, a word of one claim will do
    nouns_e = [counted_noun(c, f) for c, f in zip(evidence, frames_e, strict=True)]
    bare_e = [is_bare(c, f) for c, f in zip(evidence, frames_e, strict=True)]
    by_value: dict[float, list[int]] = {}  # the very same figure is looked for among them all
    for e, claim in enumerate(evidence):
        if claim.value is not None:
            by_value.setdefault(claim.value, []).append(e)
    pairs = []
    # A headline or a sentence (a claim of one or two sentences) restates one story's figures.
    short = len({(c.source, c.sentence) for c in numbers}) <= 2
    for k in unaligned:
        frame = frame_of(numbers[k], story_year=year)
        noun = counted_noun(numbers[k], frame)
        bare = is_bare(numbers[k], frame)
        words = context_words(numbers[k])
        weights: dict[int, float] = {}  # only the claims sharing a word are looked at
        for word in words & holders.keys():
            for e in holders[word]:
                weights[e] = weights.get(e, 0.0) + rarity[word]
        found, same, weak = [], [], []  # weak: of the number's value, sharing too little alone
        # The very same figure shares no word with the number but its value: "52 percent to 48
        # percent" against "backed the plan 52% to 48%".
        value = numbers[k].value
        alike = dict.fromkeys(by_value.get(value, ()) if value is not None else (), 0.0)
        for e, weight in sorted((alike | weights).items()):
            other = frames_e[e]
            # A bare number meets a measured figure ("Okonjo was not 59", "Okonjo, 49,") on any
            # word they share, and a measured number a bare one ("died at 88", "McRae was 88"):
            # the measure says what it is, the word whose it is.
            enough = (bare or bare_e[e]) and other.dimension != frame.dimension
            allowed = _allowed(
                _as_money(numbers[k], frame, other) if bare else frame, other, bare=bare, bare_b=bare_e[e]
            )
            if not allowed and short:
                allowed = _restates(
                    frame, other, (noun, nouns_e[e]), words if bare else frozenset(), evidence[e]
                )
            if not allowed and _very_figure(numbers[k], evidence[e], frame, other):
                same.append((e, weight))
                continue
            if not allowed or _other_nouns(noun, nouns_e[e]) or not _near(numbers[k], evidence[e]):
                continue
            if _unlike(numbers[k], evidence[e], (noun, nouns_e[e])):
                continue
            if e in weights and (enough or weight >= least):
                found.append((e, weight))
            elif _same_figure(numbers[k], evidence[e], bare_e[e]) and (
                e in weights or not _other_heads(numbers[k], evidence[e])
            ):
                # Words shared near no figure alone, but this figure is the very one: a headline's
                # "from $1,249" and the body's "starts at $1,249" (a careful reader sees the figure).
                same.append((e, weight))
            elif e in weights and evidence[e].value == value:
                weak.append((e, weight))
        found = _the_same_value(numbers[k], _with_parts(found, weak, evidence) or same, evidence)
        # Only the evidence sharing most with the number: the rest shares a name, not the quantity.
        best = max((weight for _, weight in found), default=0.0)
        pairs += [(k, e, round(LOOSE_SCORE + min(w, 10.0) / 100, 6)) for e, w in found if 2 * w >= best]
        # A bare number ("it was 3") says nothing of what it counts: a sole figure would be its
        # counterpart by value alone.
        if not found and len(evidence) <= FEW and not bare:
            # The very figure is the one, though no word is shared ("the 10-inch tablet").
            very = [
                e for e, other in enumerate(frames_e) if _very_figure(numbers[k], evidence[e], frame, other)
            ]
            sole = very or _sole_candidates(numbers[k], frame, evidence, frames_e)
            pairs += [
                (k, e, LOOSE_SCORE)
                for e in sole
                if not _other_nouns(noun, nouns_e[e])
                and not _unlike(numbers[k], evidence[e], (noun, nouns_e[e]))
            ]
        if short and (not pairs or pairs[-1][0] != k):
            restated = _restated(numbers[k], frame, evidence, frames_e, by_value)
            pairs += [(k, e, LOOSE_SCORE) for e in restated if not _other_nouns(noun, nouns_e[e])]
    return pairs


def _restates(
    frame: QuantityFrame,
    other: QuantityFrame,
    nouns: tuple[str | None, str | None],
    words: frozenset[str],
    figure: Claim,
) -> bool:
    """Whether a short claim's figure may restate ``other`` where the frames alone say no: a
    headline telling as news what the story tells as its past ("Coach Gave Rider Three Extensions"
    and "had given him two extensions in past seasons": one counted noun), or a bare figure whose
    words name the unit the evidence's figure is in ("417 passing yards", read without its unit)."""
    if nouns[0] is not None and nouns[0] == nouns[1] and frame.background != other.background:
        return _allowed(frame, dataclasses.replace(other, background=frame.background), bare=False)
    if figure.unit and _form(figure.unit) in words:
        return _allowed(dataclasses.replace(frame, dimension=other.dimension), other, bare=False)
    return False


def _restated(
    number: Claim,
    frame: QuantityFrame,
    evidence: Sequence[Claim],
    frames: Sequence[QuantityFrame],
    by_value: dict[float, list[int]],
) -> list[int]:
    """A short claim's figure that nothing else aligned, restated in the evidence as the very value
    in other words ("417 net passing yards" and "Four hundred and seventeen!", "Cuts Price By $100"
    and "dropped $100"): the figures of that value, specific enough not to meet by chance (a unit of
    its own, or a count of at least :data:`SPECIFIC_COUNT`), in one unit or one of them bare, of one
    background, whatever measure extraction read around them (never a count of another noun: "15
    new guards" and "15 galleries"); else, for a round figure in a unit, the figures it rounds."""
    value, words = number.value, context_words(number)  # a bare figure may name its unit: "412 rushing yards"
    if value is None or number.sense in VAGUE_SENSES or number.unit == "percent":
        return []
    if not number.unit and (abs(value) < SPECIFIC_COUNT or _named_digits(number)):
        return []
    # Rounded in a unit ("about $1,200" for "$1,199"): the more precise figures it rounds.
    grain = next((10.0**p for p in range(9, 0, -1) if value % 10**p == 0), 0.0) if number.unit else 0.0
    told = by_value.get(value) or [
        e
        for e, c in enumerate(evidence)
        if c.value and c.unit == number.unit and 2 * abs(c.value - value) < grain
    ]
    return [
        e
        for e in told
        if evidence[e].sense not in VAGUE_SENSES
        and evidence[e].kind == number.kind
        and is_frequency(evidence[e].text) == is_frequency(number.text)
        and (evidence[e].unit in (number.unit, "") or (not number.unit and _form(evidence[e].unit) in words))
        and frames[e].background == frame.background
        and not is_partitive(evidence[e])
    ]


def _named_digits(claim: Claim) -> bool:
    """Whether a bare figure follows a capitalised word within its sentence: a name's digits ("the
    Vega 8800"), not a quantity."""
    words = [w for w, _, end in tokens(claim.sentence) if end <= max(0, claim.sentence_at)]
    return len(words) > 1 and words[-1][:1].isupper()


def _other_heads(a: Claim, b: Claim) -> bool:
    """Whether two figures' subjects name two things ("Homelessness Up 12 Percent", "rents rose
    12%"): the very same value alone does not make them one figure."""
    heads = head_word(a.subject), head_word(b.subject)
    return heads[0] is not None and heads[1] is not None and _form(heads[0]) != _form(heads[1])


def _with_parts(
    found: list[tuple[int, float]], weak: list[tuple[int, float]], evidence: Sequence[Claim]
) -> list[tuple[int, float]]:
    """The figures found, with those of the number's value told in a found figure's sentence though
    they share fewer words ("four of the twelve jurors": the four stands nearer fewer of them)."""
    told = {(evidence[e].source, evidence[e].sentence) for e, _ in found}
    return found + [(e, w) for e, w in weak if (evidence[e].source, evidence[e].sentence) in told]


def _the_same_value(
    number: Claim, found: list[tuple[int, float]], evidence: Sequence[Claim]
) -> list[tuple[int, float]]:
    """Of the figures of one evidence sentence sharing words with the number, the one of its value
    when there is one: "nine in favour and three against" restated speaks of the nine by "nine"."""
    told = {(evidence[e].source, evidence[e].sentence) for e, _ in found if evidence[e].value == number.value}
    if number.value is None or not told:
        return found
    return [
        (e, w)
        for e, w in found
        if evidence[e].value == number.value or (evidence[e].source, evidence[e].sentence) not in told
    ]


def _sole_candidates(
    number: Claim,
    frame: QuantityFrame,
    evidence: Sequence[Claim],
    frames: Sequence[QuantityFrame],
) -> list[int]:
    """In a short text, the one figure of each source that nothing in the frames tells apart from the
    number (one with a unit, measure or counted noun): a headline's "Homelessness Up 12 Percent" against
    "the number of homeless people rose 12%"."""
    candidates: dict[str | None, list[int]] = {}
    for e, other in enumerate(frames):
        if _allowed(frame, other, bare=False) and _near(number, evidence[e]):
            candidates.setdefault(evidence[e].source, []).append(e)
    return [found[0] for found in candidates.values() if len(found) == 1]


def adopt_units(
    k: NDArray[np.intp], e: NDArray[np.intp], number_units: NDArray[Any], evidence_units: NDArray[Any]
) -> NDArray[np.bool_]:
    """Give a unitless number the unit of its loose counterparts, when most have one and agree.

    "Okonjo was 49" against "Okonjo, 49," (an age in years): the number is
    read in years; its unitless counterparts then do not compare.
    ``number_units`` is changed in place.

    Parameters
    ----------
    k, e : numpy.ndarray of int
        The loose pairs: number ``k[i]`` and evidence claim ``e[i]``.
    number_units, evidence_units : numpy.ndarray of str
        The unit of every number and evidence claim (``""`` for none).

    Returns
    -------
    numpy.ndarray of bool
        Which numbers took a unit.

    Examples
    --------
    >>> import numpy as np
    >>> units = np.array([""], dtype=object)
    >>> adopt_units(np.array([0, 0, 0]), np.array([0, 1, 2]), units, np.array(["year", "year", ""]))
    array([ True])
    >>> units
    array(['year'], dtype=object)
    """
    adopted = np.zeros(len(number_units), dtype=bool)
    for key, members in pd.Series(e).groupby(k).indices.items():
        number = int(cast(int, key))
        units = pd.Series(evidence_units[e[members]])
        implied = set(units[units != ""])
        if not number_units[number] and len(implied) == 1 and 2 * (units != "").sum() > len(units):
            number_units[number] = implied.pop()
            adopted[number] = True
    return adopted


def rounded(frame: pd.DataFrame, adopted: NDArray[np.bool_]) -> pd.DataFrame:
    """Round the whole numbers that took a unit to it, as a figure written with the unit is.

    "49 years" reads from 48.5 up to 49.5 (the numbers that round to it); "was 49",
    read in years, reads the same (a count is exact, a measure is not).  ``frame`` has the readings' columns
    (``lo``, ``hi``, ``closed``, and ``core_``/``literal_`` ones) and is changed
    in place.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> columns = {f"{p}{c}": [49.0] for p in ("", "core_", "literal_") for c in ("lo", "hi")}
    >>> frame = pd.DataFrame(columns).assign(closed="both", core_closed="both", literal_closed="both")
    >>> rounded(frame, np.array([True]))[["lo", "hi", "literal_lo", "literal_hi"]].iloc[0].tolist()
    [48.5, 49.5, 48.5, 49.5]
    """
    value = frame["lo"].to_numpy(dtype=float, copy=True)  # a copy: the loop below rewrites "lo"
    whole = adopted & (value == frame["hi"].to_numpy(dtype=float)) & (value % 1 == 0)
    for prefix in ("", "core_", "literal_"):
        frame.loc[whole, f"{prefix}lo"] = value[whole] - 0.5
        frame.loc[whole, f"{prefix}hi"] = value[whole] + 0.5
        frame.loc[whole, f"{prefix}closed"] = "left"
    return frame
