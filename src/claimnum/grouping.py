"""Which claims may speak of the same quantity: the quantity frame of a claim, and pair links.

Every claim gets a :class:`QuantityFrame`, what its number is about:

* its **kind** (amount, ratio, difference) and **dimension** (a count, money,
  a duration, a length, a percentage, ...): claims of different kinds or
  dimensions never speak of one quantity;
* its **measure** (deaths, magnitude, revenue, ...: :mod:`claimnum.measures`);
* its counted **entity**: the subject's head noun in its dictionary form,
  synonyms folded ("homes" and "houses" are both ``building``), with the
  subject's other words as **modifiers**;
* its **anchor**: the time written in its clause ("in 2004", "last year",
  "on Friday": :mod:`claimnum.anchors`);
* whether it is **background**: a comparison or an earlier event ("the 2004
  tsunami killed 170,000", "more than in the previous quake"), an anchor year
  before the story's own, or a rule's threshold ("valid only with a turnout of
  more than 50 percent");
* whether the text marks it as a **revision** ("rose to 52") and whether its
  measure is **cumulative** (a running total that only grows).

:func:`link` scores a pair of claims from their frames and says why;
:mod:`claimnum.clustering` applies the same rules to many claims at once,
without comparing every pair.

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

from collections.abc import Hashable
from dataclasses import dataclass

from claimnum.anchors import anchor_kind, earlier_things, is_future, span_event, time_of, told_before
from claimnum.claim import Claim
from claimnum.components import component_of
from claimnum.counted import is_frequency, of_complement
from claimnum.entities import entity_of, generic_entity, head_word, modifiers_of, vocabulary
from claimnum.event_times import counted_back, event_family, event_of, months_apart
from claimnum.frame_clues import (
    case_measures,
    claim_offsets,
    counted_entity,
    events_measure,
    family_words,
    follows_earlier,
    is_class,
    is_plain_span,
    is_spread,
    is_threshold,
    names_event,
    revised,
    time_anchor,
    tolerance,
    topic_of,
)
from claimnum.holders import holder_of, tells
from claimnum.implied_units import implied_unit, is_fraction, measured
from claimnum.measure_lexicon import (
    family_of,
    is_cumulative,
    measure_of_noun,
    measures,
    unit_class,
)
from claimnum.measures import measure_of
from claimnum.parties import one_party
from claimnum.roles import role_of, same_role

__all__ = [
    "THRESHOLD",
    "Link",
    "QuantityFrame",
    "block_of",
    "entity_of",
    "exact_measure",
    "frame_of",
    "generic_entity",
    "head_word",
    "implied_unit",
    "link",
    "measured",
    "named_by_measure",
    "open_entity",
    "tells_entities_apart",
    "tolerance",
]

_SHARE = "percent_share"  # the measure of a fraction whose words name no other
_TIME_TO_COME = "time_until"  # the measure of a span of time a clause tells in the future
_MEASURE_SCORE, _ENTITY_SCORE, _TOPIC_SCORE = 0.6, 0.3, 0.2
THRESHOLD = 0.5
"""Pairs scoring at least this much are linked by the clustering."""


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
    holder : str or None
        The name whose quantity it is ("hawks" in "the Hawks offered five years",
        "horton" in "Delgado, 41,"): :func:`claimnum.holders.holder_of`.
    spread : bool
        A range wider than one quantity's figures may be apart (:func:`tolerance`):
        the spread of many quantities ("sentences of six to 75 years", "aged 17 to
        22"), never one quantity's estimate.
    role : str or None
        The role of the unnamed person it belongs to ("crime.victim" in "the victim, 22,"):
        :func:`claimnum.roles.role_of`.
    component : str or None
        The part of one amount it is ("cash" in "$3.6 billion in cash and 41 million shares"),
        ``None`` for a whole: :func:`claimnum.components.component_of`.
    event : str or None
        The kind of event its verb's agent names ("flood" in "Floods killed 12 people"):
        :func:`claimnum.event_times.event_of`.

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
    holder: str | None = None
    spread: bool = False
    role: str | None = None
    component: str | None = None
    event: str | None = None

    def describe(self) -> str:
        """The frame in a few words, for views.

        Examples
        --------
        >>> from claimnum.grouping import QuantityFrame
        >>> QuantityFrame("amount", "count", "deaths", "person", anchor="2004", background=True).describe()
        'deaths of person, 2004, background'
        >>> QuantityFrame("amount", "length", "depth", "depth").describe()  # never "depth of depth"
        'depth'
        """
        words = self.measure or self.topic or "?"
        if self.entity and not named_by_measure(self.entity, self.measure):
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
modifiers=frozenset(), anchor='friday', background=False, revision=False, cumulative=True, topic='damage', \
holder=None, spread=False, role=None, component=None, event=None)
    """
    start, end = claim_offsets(claim)
    sentence = claim.sentence
    fraction = is_fraction(claim)
    measure = None if fraction else claim.measure
    if measure is None:
        unit = "percent" if fraction else claim.unit or None
        measure = measure_of(
            sentence, start, end, unit=unit, subject=claim.subject, predicate=claim.predicate
        )
    head = head_word(claim.subject)
    if measure is None and head is not None:  # a crowd, shells: the counted thing names the measure
        measure = measure_of_noun(head, implied_unit(claim, None))
    if measure is None and fraction:
        measure = _SHARE  # "one in three", "a sixth": a share of what its subject names
    if is_frequency(claim.text):  # "shot him twice": two shots, not two people shot
        measure = events_measure(sentence, start) or measure
    if is_plain_span(measure) and "-" not in claim.text and is_future(sentence, start, end):
        # "the results will take a few weeks": not a span gone by; "a 10-year deal" is the deal's length
        measure = _TIME_TO_COME
    case = measure in case_measures()  # a charge or a sentence: an earlier event named is its case
    anchor, background = time_of(sentence, start, end, story_year=story_year, tells=tells, case=case)
    cumulative = is_cumulative(measure)
    anchor = time_anchor(claim, start, end, anchor, measure=measure if cumulative else None)
    # "up from five hours before": an earlier state, unless a running total's earlier report
    earlier_state = not cumulative and (
        told_before(sentence, start, end)
        # "two earlier court rulings"; not a span of time ("10 minutes earlier", "the previous two weeks")
        or (
            unit_class(claim.unit or None) != "time"
            and (earlier_things(sentence, start, end) or follows_earlier(sentence, start))
        )
    )
    background = background or earlier_state or is_threshold(sentence, start, end) or is_class(claim.text)
    row = measures().get(measure or "")
    dimension = unit_class(implied_unit(claim, measure))
    # "Last year floods killed 12": a count of an earlier event (a sum may be the story's own results)
    counted = claim.kind == "amount" and dimension == "count"  # not "profit doubled last year"
    background = background or (counted and counted_back(sentence, start, end, anchor))
    if row is not None and row.timeless:
        anchor = None  # an age or a magnitude is the same whenever it is told
    elif dimension == "time":
        anchor = span_event(sentence, end) or anchor  # "two weeks before the wedding": from that event
    entity = entity_of(claim.subject)
    family = family_of(measure)
    if family is not None and entity is not None and entity in family_words(family):
        # "crew members" and "sailors" held hostage, the "mother" of 12, "families" evacuated:
        # the words of the measure (or of its family) say nothing more than the measure
        entity = family
    if (family is not None and entity == family) or (entity is None and head in vocabulary().containers):
        entity = counted_entity(of_complement(sentence, end, claim.subject), family) or entity
    # "Floods killed 12": the agent of the measure's own verb ("the storm dumped 182 mm" names none)
    event = event_of(sentence, start, end, claim.predicate) if names_event(measure, claim.predicate) else None
    return QuantityFrame(
        kind=claim.kind,
        dimension=dimension,
        measure=measure,
        entity=entity,
        modifiers=modifiers_of(claim.subject),
        anchor=anchor,
        background=background,
        revision=revised(sentence, start, end),
        cumulative=cumulative,
        topic=topic_of(claim.predicate),
        holder=holder_of(sentence, start, end),
        spread=is_spread(claim, measure),
        role=role_of(sentence, start, end),
        component=component_of(sentence, start, end),
        event=event,
    )


# --------------------------------------------------------------------------- pairs


def _anchors_clash(a: QuantityFrame, b: QuantityFrame) -> bool:
    """Two written times of one grain that differ ("2004" and "2009", "Monday" and "Wednesday"), of
    two months ("in March" and "in May" or "last month"; never "on Monday" and "in March"):
    :func:`claimnum.event_times.months_apart`; or
    two families of event named as agents ("Floods killed 12", "The quake killed 40"; a blast and
    its fire are one: :func:`claimnum.event_times.event_family`)."""
    kind = anchor_kind(a.anchor, cumulative=a.cumulative)
    return (
        (kind is not None and kind == anchor_kind(b.anchor, cumulative=b.cumulative) and a.anchor != b.anchor)
        or months_apart(a.anchor, b.anchor)
        or (a.event is not None and b.event is not None and event_family(a.event) != event_family(b.event))
    )


def exact_measure(measure: str | None) -> bool:
    """Whether two figures of a measure are either the same or of two quantities (an age).

    Parameters
    ----------
    measure : str or None
        A measure's name.

    Returns
    -------
    bool
        True for a measure whose figures never differ within one quantity.

    Examples
    --------
    >>> exact_measure("age"), exact_measure("deaths"), exact_measure(None)
    (True, False, False)
    """
    row = measures().get(measure or "")
    return row is not None and row.tolerance <= 1.0


def tells_entities_apart(frame: QuantityFrame) -> bool:
    """Whether two specific entities make two quantities of this frame's measure.

    Counts do (soldiers are not civilians), and so do shares of no named measure (a
    fifth of the power is not a fifth of the space); an age or a sum tells its
    subjects apart by itself.

    Parameters
    ----------
    frame : QuantityFrame
        A claim's frame.

    Returns
    -------
    bool
        True when two specific entities are two quantities.

    Examples
    --------
    >>> from claimnum.grouping import QuantityFrame, tells_entities_apart
    >>> tells_entities_apart(QuantityFrame("amount", "count", "deaths", "soldier"))
    True
    >>> tells_entities_apart(QuantityFrame("amount", "time", "age", "girl"))
    False
    """
    counts_things = frame.dimension == "count" and not exact_measure(frame.measure)
    return counts_things or frame.measure == _SHARE


def named_by_measure(entity: str | None, measure: str | None) -> bool:
    """Whether the measure already says what is counted ("troops" of soldiers, a "depth" of depth).

    Parameters
    ----------
    entity : str or None
        An entity (:func:`claimnum.entities.entity_of`).
    measure : str or None
        A measure's name.

    Returns
    -------
    bool
        True when the entity is one of the measure's words.

    Examples
    --------
    >>> named_by_measure("depth", "depth"), named_by_measure("person", "deaths")
    (True, False)
    """
    row = measures().get(measure or "")
    return (
        row is not None
        and entity is not None
        and (entity == row.name or any(entity in noun for noun in row.nouns))
    )


def open_entity(frame: QuantityFrame) -> bool:
    """Whether a frame's entity keeps no claims apart: generic, or no more than its measure's family
    ("cases" against "cases of measles", "crew members" held hostage).

    Parameters
    ----------
    frame : QuantityFrame
        A claim's frame.

    Returns
    -------
    bool
        True when the entity keeps no claims apart.

    Examples
    --------
    >>> from claimnum.grouping import QuantityFrame, open_entity
    >>> open_entity(QuantityFrame("amount", "count", "deaths", "person"))
    True
    """
    return generic_entity(frame.entity) or frame.entity == family_of(frame.measure)


def link(a: Claim | QuantityFrame, b: Claim | QuantityFrame) -> Link | None:
    """Score whether two claims (or frames) speak of the same quantity, and say why.

    ``None`` when a rule forbids it: different kinds or dimensions, different
    measures, different specific entities, background against current, or
    written times that clash.  Otherwise the score adds up what they share:
    the measure (0.6; measures of one family, :func:`claimnum.measure_lexicon.family_of`,
    count as one), the entity (0.3), what happened (0.2, when a measure is
    unknown); the clustering
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
    key_a = (fa.kind, fa.dimension, fa.background, fa.spread, fa.component)
    if key_a != (fb.kind, fb.dimension, fb.background, fb.spread, fb.component):
        return None  # ... or a part of an amount and the whole
    family = family_of(fa.measure)
    if family is not None and fb.measure is not None and family != family_of(fb.measure):
        return None
    specific = not (open_entity(fa) or open_entity(fb))
    if tells_entities_apart(fa) and specific and fa.entity != fb.entity:
        return None  # soldiers are not civilians; but an age or a sum tells its subjects apart by itself
    # Claims: holders as their sentences name them ("Riverton" is "the Hawks"), as the clustering reads them
    sentences = (a.sentence, b.sentence) if isinstance(a, Claim) and isinstance(b, Claim) else ("", "")
    if not one_party(fa.holder, sentences[0], fb.holder, sentences[1]) or not same_role(fa.role, fb.role):
        return None  # one bidder's offer and another's; the victim's age and the suspect's
    if _anchors_clash(fa, fb):
        return None  # "2004" and "2009"
    score, why = 0.0, []
    if family is not None and family == family_of(fb.measure):
        score += _MEASURE_SCORE
        why.append(f"same measure: {fa.measure}" if fa.measure == fb.measure else f"one count: {family}")
    measured_alike = bool(why)
    # "people" adds nothing to a shared measure: two accounts of a crowd, one of "people marched"
    # and one of "put the number at", are as near as two of "people"
    if (
        fa.entity is not None
        and fa.entity == fb.entity
        and not (measured_alike and generic_entity(fa.entity))
    ):
        score += _ENTITY_SCORE
        if fa.entity != fa.measure:  # the measure's own noun says nothing more than the measure
            why.append(f"same entity: {fa.entity}")
    if (fa.measure is None or fb.measure is None) and fa.topic is not None and fa.topic == fb.topic:
        score += _TOPIC_SCORE
        why.append(f"same event: {fa.topic}")
    if fa.anchor is not None and fa.anchor == fb.anchor:
        why.append(f"same time: {fa.anchor}")
    if fa.holder is not None and fa.holder == fb.holder:
        why.append(f"same holder: {fa.holder}")
    if fa.background:
        why.append("both background")
    return Link(round(score, 6), tuple(why)) if score > 0 else None


# --------------------------------------------------------------------------- many claims


def block_of(frame: QuantityFrame) -> Hashable | None:
    """What must be equal for two claims to link; ``None`` for a claim nothing can link.

    The clustering blocks by it, and verification aligns a claim with evidence by it.

    Parameters
    ----------
    frame : QuantityFrame
        A claim's frame (:func:`frame_of`).

    Returns
    -------
    hashable or None
        The block key.

    Examples
    --------
    >>> import claimnum
    >>> a, b = claimnum.extract("It killed 47."), claimnum.extract("52 died.")
    >>> block_of(frame_of(a[0])) == block_of(frame_of(b[0]))
    True
    """
    if frame.measure is not None:
        what: Hashable = ("measure", family_of(frame.measure))
    elif frame.entity is not None and frame.topic is not None:
        what = ("entity", frame.entity, frame.topic)
    elif frame.entity is not None and not generic_entity(frame.entity):
        what = ("entity", frame.entity)
    else:
        return None
    return (frame.kind, frame.dimension, frame.background, frame.spread, what)
