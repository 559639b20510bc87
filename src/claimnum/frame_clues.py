"""What a quantity frame reads around its claim: the clues :func:`claimnum.grouping.frame_of` puts together.

A claim's time anchor as grouping reads it (a running total's weekday only where its verb names the
event), the measure of the events a count of how often counts ("shot the man twice"), the entity of
an "of" phrase ("two counts of murder"), a range too wide for one quantity, a class of people ("the
over-65s"), a rule's threshold, the topic of a verb, and a measure's tolerance.

Examples
--------
>>> from claimnum.frame_clues import tolerance, topic_of
>>> tolerance("deaths"), topic_of("was killed")
(100.0, 'kill')
"""

from __future__ import annotations

import functools
import re

from claimnum.anchors import anchor_kind, clause_around, report_time
from claimnum.claim import Claim
from claimnum.counted import counted_words
from claimnum.cue_search import has_cue_outside
from claimnum.data_files import data_table
from claimnum.entities import WORD, entity_of, generic_entity, vocabulary
from claimnum.event_times import month_anchor, told_on
from claimnum.frame_words import may_hold
from claimnum.holders import tells
from claimnum.measure_lexicon import family_of, lemmas, lexicon, measures, revision_cues

__all__ = [
    "case_measures",
    "claim_offsets",
    "counted_entity",
    "events_measure",
    "family_words",
    "follows_earlier",
    "is_class",
    "is_plain_span",
    "is_spread",
    "is_threshold",
    "names_event",
    "revised",
    "time_anchor",
    "tolerance",
    "topic_of",
]

_TOLERANCE = 10.0  # how far apart two figures of one quantity of an unknown measure may be


def claim_offsets(claim: Claim) -> tuple[int, int]:
    """Where a claim's text stands in its sentence (its first place when no offset was set).

    Parameters
    ----------
    claim : Claim
        A claim with its sentence.

    Returns
    -------
    tuple of int
        Its text's start and end in its sentence; ``(0, 0)`` when not there.

    Examples
    --------
    >>> import claimnum
    >>> [claim] = claimnum.extract("Firefighters said 40 homes burned.")
    >>> claim_offsets(claim)
    (18, 20)
    """
    at = claim.sentence_at
    return (at, at + len(claim.text)) if at >= 0 else (0, 0)


def time_anchor(claim: Claim, start: int, end: int, anchor: str | None, *, measure: str | None) -> str | None:
    """A claim's anchor: its clause's time (:func:`claimnum.anchors.time_of`), else a month it names
    ("in March"), else the time of the report clause after it ("..., the office said on Friday").

    ``measure`` is that of a running total, told on several days: a weekday is a day of its own only
    where the claim's verb names the measure's event ("killed 40 people on Wednesday"); the day a
    total stood at ("the toll reached 20 on Tuesday", "rose to 45", "by Thursday"), or it was told
    (a verb of telling, its report clause: :func:`claimnum.event_times.told_on`), keeps nothing apart.

    Parameters
    ----------
    claim : Claim
        The claim.
    start, end : int
        Where its text stands in its sentence (:func:`claim_offsets`).
    anchor : str or None
        Its clause's time, as :func:`claimnum.anchors.time_of` reads it.
    measure : str or None
        Its measure when a running total, else ``None``.

    Returns
    -------
    str or None
        The anchor; ``None`` when the claim has none.

    Examples
    --------
    >>> import claimnum
    >>> [claim] = claimnum.extract("The toll reached 40 on Tuesday.")
    >>> time_anchor(claim, 17, 19, "tuesday", measure="deaths") is None
    True
    >>> [claim] = claimnum.extract("Storms killed 40 people on Tuesday.")
    >>> time_anchor(claim, 14, 16, "tuesday", measure="deaths")
    'tuesday'
    """
    sentence = claim.sentence
    anchor = anchor or month_anchor(sentence, start, end)
    if anchor is None:
        reported = report_time(sentence, start, end, tells)
        return None if measure is not None and anchor_kind(reported) == "weekday" else reported
    if measure is not None and anchor_kind(anchor) == "weekday":
        event_day = names_event(measure, claim.predicate) and not (
            revised(sentence, start, end)  # "the toll rose to 45 on Thursday"
            or told_on(sentence, start, end, anchor, tells)
        )
        return anchor if event_day else None
    return anchor


def revised(sentence: str, start: int, end: int) -> bool:
    """Whether a revision cue stands outside the number at ``start:end`` ("rose to 52", "up from"):
    :func:`claimnum.cue_search.has_cue_outside`, asked only of a sentence one of whose words may
    start one (:func:`claimnum.frame_words.may_hold`): most hold none.

    Parameters
    ----------
    sentence : str
        The number's sentence.
    start, end : int
        Where the number stands in it.

    Returns
    -------
    bool
        True when a revision cue stands outside the number.

    Examples
    --------
    >>> s = "The toll rose to 52."
    >>> revised(s, s.index("52"), s.index("52") + 2), revised("It was 52.", 7, 9)
    (True, False)
    """
    cues = revision_cues()
    return may_hold(sentence, start, end, cues) and has_cue_outside(sentence, start, end, cues)


@functools.lru_cache(maxsize=4096)
def names_event(measure: str | None, predicate: str | None) -> bool:
    """Whether a claim's verb is one of its measure's cues ("killed", "died"), not a state of its total.

    Parameters
    ----------
    measure : str or None
        A measure's name.
    predicate : str or None
        The claim's verb as written.

    Returns
    -------
    bool
        True when a word of the verb is a cue of the measure.

    Examples
    --------
    >>> names_event("deaths", "killed"), names_event("deaths", "reached"), names_event(None, "killed")
    (True, False, False)
    """
    row = measures().get(measure or "")
    if row is None:
        return False
    words = predicate.split() if predicate is not None else []
    return any((lemma,) in row.cues for word in words for lemma in lemmas(word))


def is_plain_span(measure: str | None) -> bool:
    """The measure a span of time takes when no word names another (a duration).

    Parameters
    ----------
    measure : str or None
        A measure's name.

    Returns
    -------
    bool
        True for the default measure of a span of time.

    Examples
    --------
    >>> is_plain_span("duration"), is_plain_span("deaths"), is_plain_span(None)
    (True, False, False)
    """
    row = measures().get(measure or "")
    return row is not None and row.default and "time" in row.units


@functools.cache
def case_measures() -> frozenset[str]:
    """The measures of a case's steps (``[case]`` of ``data/anchors.toml``).

    Returns
    -------
    frozenset of str
        The measures' names.

    Examples
    --------
    >>> "bail" in case_measures(), "deaths" in case_measures()
    (True, False)
    """
    return frozenset(data_table("anchors.toml")["case"]["measures"])


_FREQUENCY_REACH = 4  # words before a count of how often where its verb stands ("shot the man twice")
_CLAUSE_END = re.compile(r"[,;:.!?()]")


@functools.cache
def _event_verbs() -> dict[str, str]:
    """The verbs whose count of how often is a measure of events: "shoot" of "shoot # time" (shots)."""
    return {
        pre[-1]: name
        for name, pre, post, weak in lexicon().around
        if pre and post and not weak and post[0] in counted_words("frequency")
    }


def events_measure(sentence: str, start: int) -> str | None:
    """The measure of the events a count of how often counts, by the verb a few words before it in
    its clause: "shot the man twice", "fired at the car eleven times" count shots (the measure's
    pattern "shoot # time"), however many words stand between.

    Parameters
    ----------
    sentence : str
        The sentence of the count.
    start : int
        Where the count starts in it.

    Returns
    -------
    str or None
        The measure of the events; ``None`` when no such verb stands before.

    Examples
    --------
    >>> s = "A gunman shot the guard three times."
    >>> events_measure(s, s.index("three")), events_measure("He called three times.", 10)
    ('shots', None)
    """
    before = _CLAUSE_END.split(sentence[max(0, start - 80) : start])[-1]
    for word in reversed(WORD.findall(before)[-_FREQUENCY_REACH:]):
        found = next((_event_verbs()[v] for v in sorted(lemmas(word.lower())) if v in _event_verbs()), None)
        if found is not None:
            return found
    return None


def counted_entity(complement: str | None, family: str | None) -> str | None:
    """The entity the phrase after "of" names ("two counts of murder"; "of attempted murder" another),
    unless it says no more than the measure ("members of the crew" held hostage) or nothing at all.

    Parameters
    ----------
    complement : str or None
        The words after "of".
    family : str or None
        The family of the claim's measure (:func:`claimnum.measure_lexicon.family_of`).

    Returns
    -------
    str or None
        The entity, with its word of another kind ("attempted murder"); else ``None``.

    Examples
    --------
    >>> counted_entity("murder", None), counted_entity("attempted murder", None)
    ('murder', 'attempted murder')
    >>> counted_entity("people", None) is None
    True
    """
    entity = entity_of(complement)
    if entity is None or generic_entity(entity) or (family is not None and entity in family_words(family)):
        return None
    kinds = [word for word in (complement or "").split() if word in counted_words("another_kind")]
    return f"{kinds[0]} {entity}" if kinds else entity


def tolerance(measure: str | None) -> float:
    """How far apart (a factor) two figures of one quantity of a measure may be; 10 when unknown.

    Parameters
    ----------
    measure : str or None
        A measure's name.

    Returns
    -------
    float
        The largest ratio of two figures of one quantity.

    Examples
    --------
    >>> tolerance("age"), tolerance("deaths"), tolerance(None)
    (1.0, 100.0, 10.0)
    """
    row = measures().get(measure or "")
    return row.tolerance if row is not None else _TOLERANCE


def is_spread(claim: Claim, measure: str | None) -> bool:
    """A range whose ends are further apart than one quantity's figures may be: many quantities;
    not one person's ("a man in his early 30s").

    Parameters
    ----------
    claim : Claim
        The claim (a range has two values).
    measure : str or None
        Its measure, whose :func:`tolerance` applies.

    Returns
    -------
    bool
        True for a range too wide for one quantity.

    Examples
    --------
    >>> import claimnum
    >>> [wide] = claimnum.extract("Estimates of the crowd ran from 2,000 to 90,000.")
    >>> [one] = claimnum.extract("He is a man in his early 30s.")
    >>> is_spread(wide, "crowd"), is_spread(one, "age")
    (True, False)
    """
    if len(claim.values) != 2 or min(claim.values) <= 0:
        return False
    before = WORD.findall(
        claim.sentence[max(0, claim_offsets(claim)[0] - 12) : claim_offsets(claim)[0]].lower()
    )
    if before and before[-1] in vocabulary().one_person:
        return False
    return max(claim.values) / min(claim.values) > tolerance(measure)


def is_class(text: str) -> bool:
    """A bound joined to its number naming a class of people, not one figure: "an under-17-year-old",
    "the over-65s", "an under-21 side" (``[classes]`` of ``data/synonyms.toml``).

    Parameters
    ----------
    text : str
        A claim's words as written.

    Returns
    -------
    bool
        True for a bound and its number naming a class.

    Examples
    --------
    >>> is_class("under-21"), is_class("over-65s"), is_class("over 65")
    (True, True, False)
    """
    first, _, rest = text.lower().partition("-")
    return first in vocabulary().classes and rest[:1].isdigit()


def is_threshold(sentence: str, start: int, end: int) -> bool:
    """A rule's threshold, not a measured figure: "valid only with a turnout of more than 50 percent".

    Parameters
    ----------
    sentence : str
        The sentence.
    start, end : int
        Where the number stands in it.

    Returns
    -------
    bool
        True when a word of ``[thresholds]`` stands in the number's clause.

    Examples
    --------
    >>> s = "A quorum of 30 members is needed."
    >>> is_threshold(s, 12, 14), is_threshold("Some 30 members came.", 5, 7)
    (True, False)
    """
    clause, _ = clause_around(sentence, start, end)
    return any(map(_names_threshold, WORD.findall(clause)))


@functools.lru_cache(maxsize=16384)
def _names_threshold(word: str) -> bool:
    return bool(lemmas(word) & vocabulary().thresholds)


@functools.cache
def family_words(family: str) -> frozenset[str]:
    """Every word of the cues and nouns of a family's measures.

    Parameters
    ----------
    family : str
        A family's name (:func:`claimnum.measure_lexicon.family_of`).

    Returns
    -------
    frozenset of str
        The words, in dictionary form.

    Examples
    --------
    >>> "die" in family_words("deaths"), "injure" in family_words("deaths")
    (True, False)
    """
    rows = [row for row in measures().values() if family_of(row.name) == family]
    return frozenset(word for row in rows for cue in (*row.nouns, *row.cues) for word in cue)


@functools.lru_cache(maxsize=8192)
def topic_of(predicate: str | None) -> str | None:
    """The topic of a claim's verb: its words in dictionary form, less the auxiliaries.

    Parameters
    ----------
    predicate : str or None
        The claim's verb or participle as written ("was killed").

    Returns
    -------
    str or None
        The content words, space-separated; ``None`` when there are none.

    Examples
    --------
    >>> topic_of("were injured"), topic_of("had"), topic_of(None)
    ('injure', None, None)
    """
    if not predicate:
        return None
    words = WORD.findall(predicate.lower())
    forms = [min(lemmas(w) - {w}, default=w) for w in words]
    content = [f for f in forms if f not in {"be", "have", "do", "get"}]
    return " ".join(content) or None


@functools.cache
def _following() -> frozenset[str]:
    """The verbs whose object counts earlier events (``following`` of ``[earlier]``, anchors.toml)."""
    return frozenset(data_table("anchors.toml")["earlier"]["following"])


def follows_earlier(sentence: str, start: int) -> bool:
    """Whether a number is the object of a verb of following: the events it counts came before
    the subject's ("Monday's shooting follows two last week").

    Parameters
    ----------
    sentence : str
        The sentence.
    start : int
        Where the number starts in it.

    Returns
    -------
    bool
        True when a verb of following stands right before the number.

    Examples
    --------
    >>> s = "The attack follows three others this month."
    >>> follows_earlier(s, s.index("three"))
    True
    >>> s = "The attack was followed by three others."
    >>> follows_earlier(s, s.index("three"))
    False
    """
    before = WORD.findall(sentence[max(0, start - 20) : start].lower())
    return bool(before) and before[-1] in _following()
