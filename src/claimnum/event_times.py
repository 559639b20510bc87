"""When and of what a number is told, beyond its written time anchor: the month it falls in, an
anchor counted back from the story's time, the day a figure was told on, and the kind of event its
verb names.

:func:`claimnum.grouping.frame_of` reads these with :func:`claimnum.anchors.time_of`; the grouping
and the clustering keep apart two months (:func:`months_apart`) and two families of event
(:func:`event_family`).

Examples
--------
>>> from claimnum.event_times import event_family, event_of
>>> s = "The blast killed 12 people."
>>> event_family(event_of(s, s.index("12"), s.index("12") + 2, "killed"))
'explosion'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping

from claimnum.anchors import (
    MONTH_NAMES,
    NEAR_DAY,
    OPENING_WORDS,
    RELATIVE_TIME,
    anchor_words,
    clause_bounds,
    relative_time,
)
from claimnum.data_files import data_table
from claimnum.frame_words import read
from claimnum.measure_lexicon import lemmas
from claimnum.measure_sentence import MONTHS, WEEKDAYS

__all__ = [
    "counted_back",
    "event_family",
    "event_of",
    "month_anchor",
    "month_of",
    "months_apart",
    "named_month",
    "told_on",
]

_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")
_TOLD_WORDS = 3  # a verb of telling this many words before a day tells on it: "told reporters on Monday"
_TOLD_REACH = 40  # characters, enough for those words


def month_of(anchor: str | None) -> str | None:
    """The month an anchor places its number in, to tell months apart across grains: a month's
    name (its first three letters), ``"last month"`` (``[months] counted_back``), and a weekday's
    ``"this week"`` (a day of the story's own week, in no month counted back, but perhaps in any
    month a story names: :func:`months_apart`); ``None`` when it tells no month.

    Parameters
    ----------
    anchor : str or None
        A time anchor (:func:`claimnum.anchors.time_of`).

    Returns
    -------
    str or None
        A month's first three letters, "this week" or "last month".

    Examples
    --------
    >>> month_of("march"), month_of("monday"), month_of("last month"), month_of("2004")
    ('mar', 'this week', 'last month', None)
    """
    if anchor is None:
        return None
    if anchor in MONTHS:
        return anchor[:3]
    if anchor in WEEKDAYS:
        return _THIS_WEEK
    return anchor if anchor in anchor_words()["months"]["counted_back"] else None


_THIS_WEEK = "this week"


def named_month(month: str | None) -> bool:
    """Whether a month (:func:`month_of`) is one a story names ("in March"), which a weekday of the
    story's own week may fall in.

    Parameters
    ----------
    month : str or None
        A month as :func:`month_of` gives it.

    Returns
    -------
    bool
        True for a month's name.

    Examples
    --------
    >>> named_month(month_of("march")), named_month(month_of("monday")), named_month("last month")
    (True, False, False)
    """
    return month is not None and month != _THIS_WEEK and month not in anchor_words()["months"]["counted_back"]


def months_apart(first: str | None, second: str | None) -> bool:
    """Whether two anchors place their numbers in two different months (:func:`month_of`): two
    months' names, a month and "last month", a weekday and "last month"; never a weekday and a
    month's name ("on Monday" may be a day of March).

    Parameters
    ----------
    first, second : str or None
        Two time anchors.

    Returns
    -------
    bool
        True when the two months surely differ.

    Examples
    --------
    >>> months_apart("march", "may"), months_apart("march", "last month")
    (True, True)
    >>> months_apart("monday", "last month")
    True
    >>> months_apart("monday", "march"), months_apart("march", "march"), months_apart("march", None)
    (False, False, False)
    """
    months = {month_of(first), month_of(second)}
    return (
        None not in months
        and len(months) == 2
        and not (_THIS_WEEK in months and any(map(named_month, months)))
    )


@functools.cache
def _month_named() -> re.Pattern[str]:
    """A month's name after a word of ``[months] before`` (``data/anchors.toml``), with no day after it."""
    before = "|".join(anchor_words()["months"]["before"])
    return re.compile(rf"\b(?:{before})[\s-]+({MONTH_NAMES})\b(?!\.?\s*\d)", re.IGNORECASE)


@functools.cache
def _apart() -> frozenset[str]:
    return frozenset(anchor_words()["months"]["apart"])


def month_anchor(sentence: str, start: int, end: int) -> str | None:
    """The month written in the clause of the number at ``start:end`` (or in a short phrase opening
    it): "Storms killed 40 people in March" -> ``"march"``.  Only a capitalised name after a word of
    ``[months] before`` ("in", "during", "early"); a month with its day is a date
    (:func:`claimnum.anchors.time_of`).

    Parameters
    ----------
    sentence : str
        The number's sentence.
    start, end : int
        Where the number stands in it.

    Returns
    -------
    str or None
        The month's name, lower case.

    Examples
    --------
    >>> s = "A landslide in March killed 12 people."
    >>> month_anchor(s, s.index("12"), s.index("12") + 2)
    'march'
    >>> s = "Some 12 people may march in protest."
    >>> month_anchor(s, 5, 7) is None
    True
    >>> s = "It opened in May and has since drawn 300 visitors."
    >>> month_anchor(s, s.index("300"), s.index("300") + 3) is None
    True
    """
    first, here, stop = clause_bounds(sentence, start, end)
    places = [(here, stop)] + [(first, here)] * (read(sentence).words_between(first, here) <= OPENING_WORDS)
    apart = _apart()
    for begin, finish in places:
        for found in _month_named().finditer(sentence, begin, finish):
            between = sentence[found.end() : start] if found.end() <= start else sentence[end : found.start()]
            words = [w.lower() for w in _LETTERS.findall(between)]
            # "opened the bridge in May and since has carried 9,000 cars": the month of another verb
            if found.group(1)[0].isupper() and len(words) <= NEAR_DAY and apart.isdisjoint(words):
                return found.group(1).lower()
    return None


def counted_back(sentence: str, start: int, end: int, anchor: str | None) -> bool:
    """Whether the number at ``start:end`` is dated by an anchor counted back from the story's time
    (``[counted_back] background`` of ``data/anchors.toml``: "last year", "a year ago"; a month after
    a word of ``[counted_back] months``: "last April"), so of an earlier event: "Last year floods
    killed 12 people".  Not when a word of comparison or another figure stands between them:
    "profit rose 5% from a year ago" compares with that time.

    Parameters
    ----------
    sentence : str
        The number's sentence.
    start, end : int
        Where the number stands in it.
    anchor : str or None
        The time anchor of its clause.

    Returns
    -------
    bool
        True for an anchor counted back that dates the number.

    Examples
    --------
    >>> s = "Last year floods killed 12 people."
    >>> counted_back(s, s.index("12"), s.index("12") + 2, "last year")
    True
    >>> s = "Profit rose 5% from last year."
    >>> counted_back(s, s.index("5%"), s.index("5%") + 2, "last year")
    False
    >>> s = "Police removed 12 children last April."
    >>> counted_back(s, s.index("12"), s.index("12") + 2, "april")
    True
    """
    words = anchor_words()["counted_back"]
    if anchor in MONTHS:
        written = re.compile(rf"\b(?:{'|'.join(words['months'])})\s+{anchor}\b", re.IGNORECASE)
    elif anchor in words["background"]:
        written = RELATIVE_TIME
    else:
        return False
    first, _, stop = clause_bounds(sentence, start, end)
    compared = frozenset(words["compared"])
    for found in written.finditer(sentence, first, stop):
        if written is RELATIVE_TIME and relative_time(found.group(0).lower()) != anchor:
            continue
        between = sentence[found.end() : start] if found.end() <= start else sentence[end : found.start()]
        if not _DIGIT.search(between) and not compared & {w.lower() for w in re.findall(r"\w+", between)}:
            return True
    return False


def told_on(sentence: str, start: int, end: int, day: str, tells: Callable[[str], bool]) -> bool:
    """Whether the weekday ``day`` written in the clause of the number at ``start:end`` is when its
    figure was told or stood so, not when its event happened: it follows a verb of telling
    ("officials said on Monday that 40 had died") or a word of ``[running_total] states`` ("60 had
    died by Thursday"), or opens the clause before a verb of telling ("On Monday, police said 40 had
    died").  Of a running total, such a day is no day of its own.

    Parameters
    ----------
    sentence : str
        The number's sentence.
    start, end : int
        Where the number stands in it.
    day : str
        The weekday written in its clause, lower case.
    tells : callable
        Whether a word is a verb of telling (:func:`claimnum.holders.tells`).

    Returns
    -------
    bool
        True when the day is when the figure was told or stood.

    Examples
    --------
    >>> s = "Officials said on Monday that 40 people had died."
    >>> told_on(s, s.index("40"), s.index("40") + 2, "monday", lambda w: w == "said")
    True
    >>> s = "The quake killed 40 people on Wednesday, officials said."
    >>> told_on(s, s.index("40"), s.index("40") + 2, "wednesday", lambda w: w == "said")
    False
    """
    first, _, stop = clause_bounds(sentence, start, end)
    states = anchor_words()["running_total"]["states"]
    for found in re.finditer(rf"\b{day}\b", sentence[first:stop], re.IGNORECASE):
        at = first + found.start()
        before = _LETTERS.findall(sentence, max(first, at - _TOLD_REACH), at)[-_TOLD_WORDS:]
        between = _LETTERS.findall(sentence, at, start) if at < start else []
        state = " ".join(before[-2:]).lower()  # "by Thursday"
        if any(tells(word) for word in (*before, *between)) or any(
            state == word or state.endswith(" " + word) for word in states
        ):
            return True
    return False


_AGENT_WORDS = 6  # words before a verb where its agent's noun stands: "A landslide in the hills killed"
# the event after the verb: "killed by floods", "died in Wednesday's quake", "killed in the blast"
_BY_AGENT = re.compile(r"\s+(?:by|in)\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.IGNORECASE)


@functools.cache
def _event_kinds() -> Mapping[str, str]:
    """Each noun of ``[agent_events]`` of ``data/anchors.toml`` -> the kind of event it names."""
    return {noun: kind for kind, nouns in anchor_words()["agent_events"].items() for noun in nouns}


def event_of(sentence: str, start: int, end: int, verb: str | None) -> str | None:
    """The kind of event (``[agent_events]``) named as the agent or the setting of the verb ``verb``
    that tells of the number at ``start:end``: "Floods killed 12 people" -> ``"storm"``, "12 were
    killed by a quake", "12 died in Monday's quake" -> ``"quake"``; ``None`` when its words name no
    kind of event ("the disaster").

    The agent is a noun in the few words before the verb, in the number's clause; or one of the
    three words after "by" or "in" right after a verb that follows the number.

    Parameters
    ----------
    sentence : str
        The number's sentence.
    start, end : int
        Where the number stands in it.
    verb : str or None
        The verb that tells of the number, as written.

    Returns
    -------
    str or None
        The kind of event, a row of ``[agent_events]``.

    Examples
    --------
    >>> s = "A landslide in March killed 12 people."
    >>> event_of(s, s.index("12"), s.index("12") + 2, "killed")
    'landslide'
    >>> s = "At least 12 people were killed by floods."
    >>> event_of(s, s.index("12"), s.index("12") + 2, "killed")
    'storm'
    >>> s = "The disaster killed 12 people."
    >>> event_of(s, s.index("12"), s.index("12") + 2, "killed") is None
    True
    """
    if not verb:
        return None
    kinds = _event_kinds()
    _, here, stop = clause_bounds(sentence, start, end)
    last = verb.split()[-1]
    before = sentence.rfind(last, here, start)
    if before >= 0:  # "Floods killed 12": the nouns before the verb, the first naming an event
        for word in _LETTERS.findall(sentence, here, before)[-_AGENT_WORDS:]:
            found = next((kinds[lemma] for lemma in lemmas(word) if lemma in kinds), None)
            if found is not None:
                return found
        return None
    after = sentence.find(last, end, stop)
    agent = _BY_AGENT.match(sentence, after + len(last)) if after >= 0 else None
    words = _LETTERS.findall(agent.group(1)) if agent is not None else []  # "12 were killed by floods"
    return next((kinds[lemma] for word in words for lemma in lemmas(word) if lemma in kinds), None)


@functools.cache
def _families() -> Mapping[str, str]:
    """Each kind of ``[[event_families]]`` of ``data/anchors.toml`` -> the first kind of its row."""
    rows = data_table("anchors.toml")["event_families"]
    return {kind: row["kinds"][0] for row in rows for kind in row["kinds"]}


def event_family(kind: str | None) -> str | None:
    """The family of a kind of event (:func:`event_of`): kinds one incident brings together
    (``[[event_families]]``: a blast and its fire, a quake and its tsunami) are one family, and
    only counts of two families are kept apart; a kind in no family is one of its own.

    Parameters
    ----------
    kind : str or None
        A kind of event.

    Returns
    -------
    str or None
        Its family's name, or the kind itself.

    Examples
    --------
    >>> event_family("fire") == event_family("explosion"), event_family("fire") == event_family("quake")
    (True, False)
    >>> event_family("avalanche"), event_family(None)
    ('avalanche', None)
    """
    return None if kind is None else _families().get(kind, kind)
