"""Which claims speak of the same quantity: the quantity frame and the clustering.

Every claim gets a :class:`QuantityFrame`, what its number is about:

* its **kind** (amount, ratio, difference) and **dimension** (a count, money,
  a duration, a length, a percentage, ...): claims of different kinds or
  dimensions never speak of one quantity;
* its **measure** (deaths, magnitude, revenue, ...: :mod:`claimnum.measures`);
* its counted **entity**: the subject's head noun in its dictionary form,
  synonyms folded ("homes" and "houses" are both ``building``), with the
  subject's other words as **modifiers**;
* its **anchor**: the time written in its clause ("in 2004", "last year",
  "on Friday");
* whether it is **background**: a comparison or an earlier event ("the 2004
  tsunami killed 170,000", "more than in the previous quake"), or an anchor year
  before the story's own;
* whether the text marks it as a **revision** ("rose to 52") and whether its
  measure is **cumulative** (a running total that only grows).

:func:`link` scores a pair of claims from their frames and says why; the
clustering (:func:`cluster`) applies the same rules to many claims at once
without comparing every pair: it blocks claims by what must be equal, splits
each block where magnitudes jump or a document gives two different values of one
measure (a cannot-link, unless the text marks a revision), and orders
everything by content, so the result does not depend on the order of the
documents.

Examples
--------
>>> import claimnum
>>> from claimnum.grouping import frame_of, link
>>> [a] = claimnum.extract("The quake killed at least 47 people.")
>>> [b] = claimnum.extract("The death toll rose to 52.")
>>> frame_of(a).measure, frame_of(b).measure, frame_of(b).revision
('deaths', 'deaths', True)
>>> link(a, b).why
('same measure: deaths',)
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from claimnum.claim import Claim
from claimnum.errors import UnitMismatchError
from claimnum.interval import Interval
from claimnum.measures import (
    background_cues,
    clause_boundaries,
    find_cues,
    is_cumulative,
    lemmas,
    measure_of,
    measures,
    revision_cues,
    rough_dollars,
    tokens,
    unit_class,
)
from claimnum.units import currency_of

__all__ = ["Link", "QuantityFrame", "cluster", "frame_of", "link", "story_year"]

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_PREPOSITIONS = frozenset({"of", "from", "in", "to", "at", "for", "with", "on", "by", "into", "across"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_EVENT_YEAR = re.compile(r"\b(?:a|an|the|its|their|his|her|that)\s+(1[89]\d\d|20\d\d)\s+[a-z]", re.IGNORECASE)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = (  # noqa: SIM905 (a word list reads better as one string)
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_RELATIVE = re.compile(
    r"\b(?:(last|this|next|previous) (year|month|week|decade|season)|yesterday|today|tonight|"
    r"(" + "|".join(_WEEKDAYS) + r"))\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(r"\b(" + "|".join(_MONTHS) + r")\.? (\d{1,2})\b", re.IGNORECASE)
_RELATIVE_DAYS = frozenset({"yesterday", "today", "tonight"})
_MEASURE_SCORE, _ENTITY_SCORE, _TOPIC_SCORE = 0.6, 0.3, 0.2
_OPENING_WORDS = 5  # a phrase this short before the claim's clause sets its time: "In 2004, ..."
THRESHOLD = 0.5
"""Pairs scoring at least this much are linked by the clustering."""


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    subjects: Mapping[str, str]  # dictionary form of a head noun -> canonical entity
    containers: frozenset[str]  # "number" in "the number of soldiers"
    generic: frozenset[str]  # entities that say nothing of what is counted ("person")


@functools.cache
def _vocabulary() -> _Vocabulary:
    table = tomllib.loads(resources.files("claimnum").joinpath("data/synonyms.toml").read_text("utf-8"))
    return _Vocabulary(
        subjects={word: name for name, words in table["subjects"].items() for word in words},
        containers=frozenset(table["containers"]["words"]),
        generic=frozenset(table["generic"]["words"]),
    )


@functools.lru_cache(maxsize=16384)
def _noun_form(word: str) -> str:
    """The dictionary form of a noun: "houses" -> "house", "people" -> "person" (lemminflect)."""
    from lemminflect import getLemma

    lower = word.lower()
    if lower == "people":
        return "person"
    *rest, last = lower.split("-")  # "asylum-seekers": the last part carries the plural
    if not last.isalpha():
        return lower
    return "-".join([*rest, getLemma(last, "NOUN", lemmatize_oov=True)[0]])


def head_word(subject: str | None) -> str | None:
    """Return the head noun of a subject as written, lower-cased, or ``None``.

    The head is the last word before a preposition ("troops from North Korea"
    -> troops), or the word after "of" when the head is a container word ("the
    number of soldiers" -> soldiers).

    Examples
    --------
    >>> head_word("North Korean Troops"), head_word("soldiers from North Korea")
    ('troops', 'soldiers')
    >>> head_word("the number of villages"), head_word("")
    ('villages', None)
    """
    words = [w.lower() for w in _WORD.findall(subject or "")]
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    head = words[:cut]
    if head and head[-1] in _vocabulary().containers and cut + 1 < len(words):
        head = words[cut + 1 :]
    return head[-1] if head else None


def entity_of(subject: str | None) -> str | None:
    """Return the canonical entity of a subject: its head in dictionary form, synonyms folded.

    Examples
    --------
    >>> entity_of("North Korean troops"), entity_of("houses"), entity_of("the number of villages")
    ('soldier', 'building', 'settlement')
    """
    head = head_word(subject)
    if head is None or head in _vocabulary().containers or _is_name(subject or "", head):
        return None
    form = _noun_form(head)
    if form in _vocabulary().subjects:
        return _vocabulary().subjects[form]
    return form if _is_noun(head) else None  # "47 overnight": an adverb counts nothing


def _is_noun(word: str) -> bool:
    """A word the dictionary knows as a noun and not as an adverb ("yesterday", "up" are not)."""
    from lemminflect import getAllLemmas

    forms = getAllLemmas(word.lower().split("-")[-1])
    return "NOUN" in forms and "ADV" not in forms


def _is_name(subject: str, head: str) -> bool:
    """A proper name heads the subject ("Kimani Gray"): it names no kind of thing counted."""
    written = next((w for w in reversed(_WORD.findall(subject)) if w.lower() == head), head)
    return written[:1].isupper() and not written.isupper()


def _modifiers(subject: str | None) -> frozenset[str]:
    words = [w.lower() for w in _WORD.findall(subject or "")]
    head = head_word(subject)
    return frozenset(_noun_form(w) for w in words if w != head and w not in _PREPOSITIONS and len(w) > 2)


# --------------------------------------------------------------------------- the frame


@dataclass(frozen=True, slots=True)
class QuantityFrame:
    """What a claim's number is about, as far as grouping is concerned.

    Attributes
    ----------
    kind : str
        ``"amount"``, ``"ratio"`` or ``"difference"``.
    dimension : str
        ``"count"``, ``"money"`` (every currency), ``"percent"``, ``"time"``, ``"length"``, ...
    measure : str or None
        What the number measures (:func:`claimnum.measures.measure_of`).
    entity : str or None
        The counted thing's head noun, dictionary form, synonyms folded.
    modifiers : frozenset of str
        The subject's other words.
    anchor : str or None
        The time written in the claim's clause, normalised ("2004", "last year", "friday").
    background : bool
        An earlier event or a comparison, not the story's own figure.
    revision : bool
        The text marks the number as a revision ("rose to", "up from").
    cumulative : bool
        The measure is a running total that only grows.
    topic : str or None
        The predicate's words in dictionary form: what happened, when no measure is known.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> [claim] = claimnum.extract("In 2004 the tsunami killed 170,000 people.")
    >>> frame = frame_of(claim, story_year=2012)
    >>> frame.measure, frame.entity, frame.anchor, frame.background
    ('deaths', 'person', '2004', True)
    """

    kind: str
    dimension: str
    measure: str | None
    entity: str | None
    modifiers: frozenset[str] = frozenset()
    anchor: str | None = None
    background: bool = False
    revision: bool = False
    cumulative: bool = False
    topic: str | None = None

    def describe(self) -> str:
        """The frame in a few words, for views.

        Examples
        --------
        >>> from claimnum.grouping import QuantityFrame
        >>> QuantityFrame("amount", "count", "deaths", "person", anchor="2004", background=True).describe()
        'deaths of person, 2004, background'
        """
        words = self.measure or self.topic or "?"
        if self.entity:
            words += f" of {self.entity}"
        parts = [words, *([self.anchor] if self.anchor else []), *(["background"] if self.background else [])]
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Link:
    """Why two claims may speak of one quantity: a score from 0 to 1 and the reasons.

    Examples
    --------
    >>> from claimnum.grouping import Link
    >>> Link(0.6, ("same measure: deaths",)).score
    0.6
    """

    score: float
    why: tuple[str, ...]


def _clause(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The claim's clause and the clause before it, cut at punctuation and clause words."""
    boundaries = clause_boundaries()
    cuts = [0]
    for word, s, e in tokens(sentence):
        if start <= s < end:
            continue  # the claim's own words ("more than 300") cut nothing
        if not word[0].isalnum() or word.lower() in boundaries:
            cuts.append(s if word[0].isalnum() else e)
    cuts.append(len(sentence))
    at = max(i for i, c in enumerate(cuts) if c <= start)
    here = sentence[cuts[at] : max(cuts[at + 1], end) if at + 1 < len(cuts) else len(sentence)]
    before = sentence[cuts[max(0, at - 2)] : cuts[at]]  # two cuts back: "since 2004, when ..."
    return here, before


def _anchor(clause: str, at: int) -> str | None:
    """The time written in a clause nearest to position ``at``, normalised."""
    found: list[tuple[int, str]] = []
    for pattern in (_MONTH_DAY, _YEAR, _RELATIVE):
        for match in pattern.finditer(clause):
            text = match.group(0).lower().rstrip(".")
            if pattern is _MONTH_DAY:
                text = f"{match.group(1).lower()[:3]} {int(match.group(2))}"
            # A time before the number counts double: "40 died on Tuesday" follows its number.
            distance = match.start() - at - 1 if match.start() > at else 2 * (at - match.end())
            found.append((distance, text))
    return min(found)[1] if found else None


def anchor_year(anchor: str | None) -> int | None:
    """The year an anchor names, if it names one.

    Examples
    --------
    >>> anchor_year("2004"), anchor_year("friday")
    (2004, None)
    """
    return int(anchor) if anchor is not None and anchor.isdigit() else None


def _offsets(claim: Claim) -> tuple[int, int]:
    at = claim.sentence.find(claim.text)
    return (at, at + len(claim.text)) if at >= 0 else (0, 0)


def implied_unit(claim: Claim, measure: str | None) -> str | None:
    """The unit of a claim's figure: its own, or the one its measure implies for a pure number.

    Examples
    --------
    >>> import claimnum
    >>> [claim] = claimnum.extract("Some 33 were seen.")
    >>> implied_unit(claim, "age"), implied_unit(claim, None)
    ('year', None)
    """
    row = measures().get(measure or "")
    if not claim.unit and row is not None and row.unit is not None:
        return row.unit
    return claim.unit or None


def frame_of(claim: Claim, *, story_year: int | None = None) -> QuantityFrame:
    """Return the quantity frame of a claim.

    Parameters
    ----------
    claim : Claim
        A claim from :func:`claimnum.extract`.
    story_year : int, optional
        The year of the story; a claim anchored in an earlier year is background,
        as is one about an event named by its year ("the 2004 tsunami") when the
        story's year is not known.

    Returns
    -------
    QuantityFrame

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> [claim] = claimnum.extract("More than 300 homes were damaged on Friday.")
    >>> frame_of(claim)
    QuantityFrame(kind='amount', dimension='count', measure='buildings_damaged', entity='building', \
modifiers=frozenset(), anchor='friday', background=False, revision=False, cumulative=True, topic='damage')
    """
    start, end = _offsets(claim)
    sentence = claim.sentence
    measure = claim.measure
    if measure is None:
        measure = measure_of(
            sentence, start, end, unit=claim.unit or None, subject=claim.subject, predicate=claim.predicate
        )
    clause, before = _clause(sentence, start, end)
    at = max(0, clause.find(claim.text))
    context = clause[:at] + " " + clause[at + len(claim.text) :]
    anchor = _anchor(context, at)
    recalled = False  # "the worst since 1990, when 1,000 died": a past time recalled by a when-clause
    if anchor is None and clause.lstrip().lower().startswith("when"):
        anchor = _anchor(before, len(before))
        recalled = anchor_year(anchor) is not None and _SINCE.search(before) is not None
    elif anchor is None and len(tokens(before)) <= _OPENING_WORDS:
        anchor = _anchor(before, len(before))  # "On March 3, 12 people were hurt"
    year = anchor_year(anchor)
    # A year written in the claim's clause is background when it is before the story's year;
    # a year naming an event ("a 2009 quake killed more than 1,000") also when that is unknown.
    named = _EVENT_YEAR.search(context)
    background = (
        bool(find_cues(context, background_cues()))
        or (year is not None and story_year is not None and year < story_year)
        or (named is not None and (story_year is None or int(named.group(1)) < story_year))
        or (recalled and story_year is None)
    )
    row = measures().get(measure or "")
    if row is not None and row.timeless:
        anchor = None  # an age or a magnitude is the same whenever it is told
    return QuantityFrame(
        kind=claim.kind,
        dimension=unit_class(implied_unit(claim, measure)),
        measure=measure,
        entity=entity_of(claim.subject),
        modifiers=_modifiers(claim.subject),
        anchor=anchor,
        background=background,
        revision=bool(find_cues(context, revision_cues())),
        cumulative=is_cumulative(measure),
        topic=_topic(claim.predicate),
    )


@functools.lru_cache(maxsize=8192)
def _topic(predicate: str | None) -> str | None:
    if not predicate:
        return None
    words = _WORD.findall(predicate.lower())
    forms = [min(lemmas(w) - {w}, default=w) for w in words]
    content = [f for f in forms if f not in {"be", "have", "do", "get"}]
    return " ".join(content) or None


# --------------------------------------------------------------------------- pairs


def anchor_kind(anchor: str | None, *, cumulative: bool = False) -> str | None:
    """The grain of a time anchor: ``year``, ``relative year``, ``date``, ``weekday``; ``None`` when open.

    An open anchor tells no quantities apart: none is written, or it is relative
    to a day the reader does not know ("yesterday"), or it is a day of a running
    total (reported on several days, still one total).

    Examples
    --------
    >>> anchor_kind("2004"), anchor_kind("last year"), anchor_kind("jul 24"), anchor_kind("monday")
    ('year', 'relative year', 'date', 'weekday')
    >>> anchor_kind("yesterday"), anchor_kind("monday", cumulative=True)
    (None, None)
    """
    if anchor is None or anchor in _RELATIVE_DAYS:
        return None
    if anchor_year(anchor) is not None:
        return "year"
    if anchor in _WEEKDAYS:
        return None if cumulative else "weekday"
    if " " in anchor and anchor.split()[0] in ("last", "this", "next", "previous"):
        return "relative year"
    return None if cumulative else "date"


def _anchors_clash(a: QuantityFrame, b: QuantityFrame) -> bool:
    """Two written times of one grain that differ ("2004" and "2009", "Monday" and "Wednesday")."""
    kind = anchor_kind(a.anchor, cumulative=a.cumulative)
    return (
        kind is not None and kind == anchor_kind(b.anchor, cumulative=b.cumulative) and a.anchor != b.anchor
    )


def _exact(measure: str | None) -> bool:
    row = measures().get(measure or "")
    return row is not None and row.tolerance <= 1.0


def _generic(entity: str | None) -> bool:
    return entity is None or entity in _vocabulary().generic


def link(a: Claim | QuantityFrame, b: Claim | QuantityFrame) -> Link | None:
    """Score whether two claims (or frames) speak of the same quantity, and say why.

    ``None`` when a rule forbids it: different kinds or dimensions, different
    measures, different specific entities, background against current, or
    written times that clash.  Otherwise the score adds up what they share:
    the measure (0.6), the entity (0.3), what happened (0.2); the clustering
    links pairs scoring at least :data:`THRESHOLD` (0.5).  Values are not
    compared: whether the figures agree is :func:`claimnum.check`'s question.

    Parameters
    ----------
    a, b : Claim or QuantityFrame

    Returns
    -------
    Link or None

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import link
    >>> killed, injured = claimnum.extract("The blast killed 7 people and injured 40.")
    >>> link(killed, injured) is None
    True
    >>> [homes] = claimnum.extract("About 300 homes were damaged.")
    >>> [houses] = claimnum.extract("Some 250 houses were damaged.")
    >>> link(homes, houses)
    Link(score=0.9, why=('same measure: buildings_damaged', 'same entity: building'))
    """
    fa = a if isinstance(a, QuantityFrame) else frame_of(a)
    fb = b if isinstance(b, QuantityFrame) else frame_of(b)
    if (fa.kind, fa.dimension, fa.background) != (fb.kind, fb.dimension, fb.background):
        return None
    if fa.measure is not None and fb.measure is not None and fa.measure != fb.measure:
        return None
    counts_things = fa.dimension == "count" and not _exact(fa.measure)
    if counts_things and not (_generic(fa.entity) or _generic(fb.entity)) and fa.entity != fb.entity:
        return None  # soldiers are not civilians; but an age or a sum tells its subjects apart by itself
    if _anchors_clash(fa, fb):
        return None
    score, why = 0.0, []
    if fa.measure is not None and fa.measure == fb.measure:
        score += _MEASURE_SCORE
        why.append(f"same measure: {fa.measure}")
    if fa.entity is not None and fa.entity == fb.entity:
        score += _ENTITY_SCORE
        why.append(f"same entity: {fa.entity}")
    if fa.measure is None and fb.measure is None and fa.topic is not None and fa.topic == fb.topic:
        score += _TOPIC_SCORE
        why.append(f"same event: {fa.topic}")
    if fa.anchor is not None and fa.anchor == fb.anchor:
        why.append(f"same time: {fa.anchor}")
    if fa.background:
        why.append("both background")
    return Link(round(score, 6), tuple(why)) if score > 0 else None


# --------------------------------------------------------------------------- many claims


def story_year(texts: Sequence[str]) -> int | None:
    """The year a set of texts is about: the year written most often; ``None`` on a tie or none.

    Examples
    --------
    >>> story_year(["In 2009 a quake hit; in 2004 a tsunami.", "The 2009 quake."])
    2009
    >>> story_year(["A 2009 quake; the 2004 tsunami."]) is None
    True
    """
    counts: dict[int, int] = defaultdict(int)
    for text in texts:
        for match in _YEAR.finditer(text):
            counts[int(match.group(0))] += 1
    if not counts:
        return None
    ranked = sorted(counts, key=lambda y: (-counts[y], -y))
    tied = len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]]
    return None if tied else ranked[0]


def _block(frame: QuantityFrame) -> Hashable | None:
    """What must be equal for two claims to link; ``None`` for a claim nothing can link."""
    if frame.measure is not None:
        what: Hashable = ("measure", frame.measure)
    elif frame.entity is not None and frame.topic is not None:
        what = ("entity", frame.entity, frame.topic)
    elif frame.entity is not None and not _generic(frame.entity):
        what = ("entity", frame.entity)
    else:
        return None
    return (frame.kind, frame.dimension, frame.background, what)


def _split_by(
    members: list[int], attribute: Sequence[str | None], is_open: Sequence[bool]
) -> list[list[int]]:
    """Partition by a value; members with an open value join the one partition if there is one."""
    parts: dict[str, list[int]] = {}
    open_members: list[int] = []
    for i in members:
        value = attribute[i]
        if value is None or is_open[i]:
            open_members.append(i)
        else:
            parts.setdefault(value, []).append(i)
    if len(parts) == 1:
        [only] = parts.values()
        return [only + open_members]
    return [*(parts[k] for k in sorted(parts)), *([open_members] if open_members else [])]


def _split_by_time(members: list[int], frames: Sequence[QuantityFrame]) -> list[list[int]]:
    """Partition by the first grain of time anchor whose values differ (open anchors as in ``_split_by``)."""
    kinds = [anchor_kind(f.anchor, cumulative=f.cumulative) for f in frames]
    for grain in ("year", "relative year", "date", "weekday"):
        values = {frames[i].anchor for i in members if kinds[i] == grain}
        if len(values) > 1:
            anchors = [f.anchor if kinds[k] == grain else None for k, f in enumerate(frames)]
            return _split_by(members, anchors, [False] * len(frames))
    return [members]


def _magnitude(interval: Interval) -> float:
    lo, hi = float(interval.lo), float(interval.hi)
    x = hi if not math.isfinite(lo) else lo if not math.isfinite(hi) else (lo + hi) / 2
    return math.log10(abs(x)) if x and math.isfinite(x) else -math.inf


def measured(interval: Interval, claim: Claim, measure: str | None) -> Interval:
    """A claim's interval in the unit its measure implies for a pure number ("Reid, 33," -> years).

    Examples
    --------
    >>> import claimnum
    >>> [claim] = claimnum.extract("We counted 33.")
    >>> measured(claim.interval, claim, "age")
    [33, 33] year
    """
    unit = implied_unit(claim, measure)
    if interval.unit == unit:
        return interval
    return Interval(interval.lo, interval.hi, interval.closed, unit)


def _in_one_unit(
    members: Sequence[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> tuple[dict[int, Interval], bool]:
    """The members' supports in one unit (the first by name), and whether that is exact.

    Currencies without rates are put in rough dollars (:func:`claimnum.measures.rough_dollars`):
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
    """A cluster being built: its claims, their supports by source, its value range and shared values."""

    __slots__ = ("by_source", "common", "high", "low", "members")

    def __init__(self, i: int, source: str, support: Interval, magnitude: float, revised: bool) -> None:
        self.members = [i]
        self.by_source: dict[str, list[tuple[Interval, bool]]] = {}
        self.common = support
        self.low = self.high = magnitude
        self._note(source, support, revised)

    def _note(self, source: str, support: Interval, revised: bool) -> None:
        self.by_source.setdefault(source, []).append((support, revised))

    def refuses(self, source: str, support: Interval, revised: bool) -> bool:
        """A cannot-link: this source already gave a different value here, and no revision is marked."""
        return not revised and any(
            not other_revised and (other & support).is_empty
            for other, other_revised in self.by_source.get(source, ())
        )

    def add(self, i: int, source: str, support: Interval, magnitude: float, revised: bool) -> None:
        self.members.append(i)
        self.common = self.common & support
        self.low, self.high = min(self.low, magnitude), max(self.high, magnitude)
        self._note(source, support, revised)

    def merge(self, other: _Draft) -> None:
        self.members += other.members
        self.common = self.common & other.common
        self.low, self.high = min(self.low, other.low), max(self.high, other.high)
        for source, notes in other.by_source.items():
            self.by_source.setdefault(source, []).extend(notes)

    def refuses_all(self, other: _Draft) -> bool:
        smaller, larger = (self, other) if len(self.by_source) <= len(other.by_source) else (other, self)
        return any(
            larger.refuses(source, support, revised)
            for source, notes in smaller.by_source.items()
            if source in larger.by_source
            for support, revised in notes
        )


def _assign(members: list[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]) -> list[list[int]]:
    """Cluster one block's claims by their values, in three steps, all in order of value.

    1. Claims whose supports overlap, in a chain, form a run (a sweep by lower bound).
    2. A run is split where a document gives two different values without marking a
       revision (a cannot-link): each claim joins the first cluster of its run that does
       not refuse it.
    3. Neighbouring clusters merge while their figures stay within the measure's
       tolerance (a factor: 10 by default, 100 for a running total; 1 for figures that
       are either the same or another quantity, which never merge) and no cannot-link
       stands between them: "about 15,000" by the police and "more than 60,000" by the
       organisers are one crowd, told twice.

    Currencies without rates are compared in rough dollars, only by orders of magnitude
    ("$1.23 billion (13.5 billion SEK)" is one figure written twice; £1.7m and £88m are two).
    """
    converted, exact = _in_one_unit(members, claims, frames)
    row = measures().get(frames[members[0]].measure or "")
    reach = math.log10(row.tolerance if row is not None else 10.0)
    if not exact:
        reach = max(reach, 1.0)  # rough dollars tell only orders of magnitude apart
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
        for i in run:
            # In rough dollars a cannot-link holds only between figures of one currency.
            source = (claims[i].source or "") if exact else f"{claims[i].source}\u0000{claims[i].unit}"
            support, revised = converted[i], frames[i].revision
            magnitude = _magnitude(support)
            home = next((d for d in local[-8:] if not d.refuses(source, support, revised)), None)
            if home is None:
                local.append(_Draft(i, source, support, magnitude, revised))
            else:
                home.add(i, source, support, magnitude, revised)
        drafts += sorted(
            local,
            key=lambda d: (d.low, d.high, claims[d.members[0]].source or "", claims[d.members[0]].start),
        )
    merged: list[_Draft] = []
    for draft in drafts:
        last = merged[-1] if merged else None
        if last is not None and reach > 0 and draft.high - last.low <= reach and not last.refuses_all(draft):
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
    >>> from claimnum.grouping import cluster, frame_of
    >>> claims = [*claimnum.extract("It killed 47.", source="a"), *claimnum.extract("52 died.", source="b")]
    >>> cluster(claims, [frame_of(c) for c in claims])
    [([0, 1], ('same measure: deaths',))]
    """
    blocks: dict[Hashable, list[int]] = {}
    alone: list[int] = []
    for i, frame in enumerate(frames):
        key = _block(frame)
        if key is None:
            alone.append(i)
        else:
            blocks.setdefault(key, []).append(i)
    entities = [f.entity for f in frames]
    generic = [_generic(f.entity) or _exact(f.measure) or f.dimension != "count" for f in frames]
    result: list[tuple[list[int], tuple[str, ...]]] = []
    for key in sorted(blocks, key=repr):
        for by_time in _split_by_time(blocks[key], frames):
            for by_entity in _split_by(by_time, entities, generic):
                for members in _assign(by_entity, claims, frames):
                    result.append((sorted(members), _reasons(members, frames)))
    result = _merge_by_figure(result, claims, frames)
    result += _attach_by_value(alone, claims, frames, result)
    return sorted(((sorted(members), why) for members, why in result), key=lambda group: group[0])


def _value_key(claim: Claim, frame: QuantityFrame) -> tuple[str, str, str, float] | None:
    if claim.value is None or frame.background:
        return None
    return (frame.kind, frame.dimension, claim.unit, claim.value)


def _merge_by_figure(
    groups: list[tuple[list[int], tuple[str, ...]]], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> list[tuple[list[int], tuple[str, ...]]]:
    """Merge groups that give the very same figure of money, a share or a length ("€2 million").

    Such a figure is specific enough to name one quantity across the outlets of
    a story even when the words around it were read as two measures ("stole",
    "a haul worth").  Counts never merge this way: "two" of what?
    """
    parent = list(range(len(groups)))

    def root(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    first: dict[tuple[str, str, str, float], int] = {}
    for g in sorted(range(len(groups)), key=lambda g: [_content_key(claims[i]) for i in groups[g][0]]):
        for i in groups[g][0]:
            key = _value_key(claims[i], frames[i])
            if key is None or frames[i].dimension == "count":
                continue
            if key in first:
                a, b = root(first[key]), root(g)
                if a != b:
                    parent[max(a, b)] = min(a, b)
            else:
                first[key] = g
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
    index: dict[tuple[str, str, str, float], int] = {}
    ranked = sorted(range(len(groups)), key=lambda g: (-len(groups[g][0]), groups[g][1], groups[g][0]))
    for g in reversed(ranked):
        for i in groups[g][0]:
            key = _value_key(claims[i], frames[i])
            if key is not None:
                index[key] = g
    pooled: dict[tuple[str, str, str, float], list[int]] = {}
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


def _reasons(members: Sequence[int], frames: Sequence[QuantityFrame]) -> tuple[str, ...]:
    """Why a group's claims were linked: what their frames share."""
    if len(members) < 2:
        return ()
    first, *rest = sorted(members, key=lambda i: repr(frames[i]))  # the same reasons in any order
    found = [link(frames[first], frames[i]) for i in rest]
    shared = set.intersection(*(set(f.why) for f in found if f is not None)) if all(found) else set()
    some = next((f for f in found if f is not None), None)
    why = [w for w in some.why if w in shared] if some is not None else []
    if any(frames[i].revision for i in members):
        why.append("a revision marked in the text")
    return tuple(why)
