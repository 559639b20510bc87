"""When a number holds: the time anchor written in its clause, and the story's own year.

A claim's **anchor** is the time written in its clause nearest its number ("in 2004",
"last year", "on Friday", "March 3"), normalised; an anchor year before the story's year,
or a year naming an earlier event ("the 2004 tsunami"), or a clause opened by a phrase naming
an earlier event ("At the previous march, police counted 22,000"), makes the claim **background**.
:func:`claimnum.grouping.frame_of` reads both with :func:`time_of`; the clustering
compares anchors by their grain (:func:`anchor_kind`).

Examples
--------
>>> from claimnum.anchors import time_of
>>> sentence = "In 2004 the tsunami killed 170,000 people."
>>> time_of(sentence, 27, 34, story_year=2012)
('2004', True)
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Mapping

from claimnum.anchor_grains import EVENT, RELATIVE_DAYS, YEAR, anchor_kind, anchor_year, story_year
from claimnum.counted import complement_stops
from claimnum.cue_search import find_cues
from claimnum.data_files import data_table
from claimnum.frame_words import may_hold, read
from claimnum.measure_lexicon import background_cues
from claimnum.measure_sentence import MONTHS, WEEKDAYS

__all__ = [
    "anchor_kind",
    "anchor_year",
    "clause_around",
    "earlier_things",
    "is_future",
    "report_time",
    "story_year",
    "time_of",
    "told_before",
]

_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_EVENT_YEAR = re.compile(r"\b(?:a|an|the|its|their|his|her|that)\s+(1[89]\d\d|20\d\d)\s+[a-z]", re.IGNORECASE)
RELATIVE_TIME = re.compile(
    r"\b(?:(last|this|next|previous) (year|month|week|decade|season)|yesterday|today|tonight|"
    r"(?:a|one) (year|month|week) (?:earlier|before|ago)|the (?:year|month|week) before|"
    r"(" + "|".join(sorted(WEEKDAYS)) + r"))\b",
    re.IGNORECASE,
)
MONTH_NAMES = "|".join(sorted(MONTHS, key=lambda month: (-len(month), month)))  # "june" before "jun"
_MONTH_DAY = re.compile(r"\b(" + MONTH_NAMES + r")\.? (\d{1,2})\b", re.IGNORECASE)
_NUMBER_WORDS = (
    r"half|third|quarter|dozen|hundred|thousand|million|billion|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_NUMBER_NEXT = re.compile(rf"\s*(?:\d|(?:a |an )?(?:{_NUMBER_WORDS})\b)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)  # the earlier value of a change: "up from"
_ONE_PHRASE = re.compile(r"[^,;:.!?]*,\s*")  # the rest of an opening phrase, up to its comma
_RELATIVE_WORDS = frozenset({"which", "who", "whose", "whom"})
NEAR_DAY = 4  # a weekday further than this many words from the number dates another verb
OPENING_WORDS = 5  # a phrase this short before the claim's clause sets its time: "In 2004, ..."


def _cuts(sentence: str, start: int, end: int) -> list[int]:
    """Where the clauses near a claim begin, the words from ``start`` to ``end`` cutting nothing
    (in ascending order): the sentence's start, the last three before the claim, the first two
    after it, and the sentence's end; enough for its clause, the clause before and the one after,
    and bounded however long the sentence."""
    reading = read(sentence)
    starts, cuts = reading.cut_starts, reading.cuts
    # the claim's own words ("more than 300") cut nothing
    own, after = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [0, *cuts[max(0, own - 3) : own], *cuts[after : after + 2], len(sentence)]


def clause_around(sentence: str, start: int, end: int) -> tuple[str, str]:
    """Return the clause of the words from ``start`` to ``end`` and the clause before it.

    Clauses are cut at punctuation and at clause words ("when", "while"); the claim's own
    words cut nothing.

    Parameters
    ----------
    sentence : str
        The sentence.
    start, end : int
        Where the claim's words stand in it.

    Returns
    -------
    tuple of str
        The clause of the words, then the clause before it (``""`` when none).

    Examples
    --------
    >>> clause_around("It was the worst since 2004, when 200 died.", 34, 37)
    ('when 200 died.', 'It was the worst since 2004, ')
    """
    first, here, stop = clause_bounds(sentence, start, end)
    return sentence[here:stop], sentence[first:here]


@functools.lru_cache(maxsize=1024)  # a claim's frame asks for its time, a threshold, a time to come
def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int, int]:
    """Where the clause before that of ``start:end`` starts, and where that clause starts and ends.

    Parameters
    ----------
    sentence : str
        The sentence, cut as :func:`clause_around` cuts it.
    start, end : int
        The claim's words, which cut nothing.

    Returns
    -------
    tuple of int
        The start of the clause before, the clause's start and its end.

    Examples
    --------
    >>> s = "Rain fell, and the river rose 2 metres."
    >>> clause_bounds(s, s.index("2"), s.index("2") + 1)[2] == len(s)
    True
    """
    cuts = _cuts(sentence, start, end)
    at = bisect.bisect_right(cuts, start) - 1
    stop = max(cuts[at + 1], end) if at + 1 < len(cuts) else len(sentence)
    return cuts[max(0, at - 2)], cuts[at], stop  # two cuts back: "since 2004, when ..."


def _anchor(clause: str, at: int, tells: Callable[[str], bool] | None = None) -> str | None:
    """The time written in a clause nearest to position ``at``, normalised; none of a relative
    clause before it ("a fire that broke out on Sunday has burned 4,000 acres")."""
    found: list[tuple[int, str]] = []
    # a date and a year are written with digits: most clauses, their number cut out, have none
    for pattern in (_MONTH_DAY, YEAR, RELATIVE_TIME) if _DIGIT.search(clause) else (RELATIVE_TIME,):
        for match in pattern.finditer(clause):
            text = match.group(0).lower().rstrip(".")
            if pattern is _MONTH_DAY:
                text = f"{match.group(1).lower()[:3]} {int(match.group(2))}"
            elif pattern is RELATIVE_TIME:
                text = relative_time(text)
            # A time before the number counts double: "40 died on Tuesday" follows its number.
            distance = match.start() - at - 1 if match.start() > at else 2 * (at - match.end())
            between = clause[at : match.start()] if match.start() > at else clause[match.end() : at]
            if text in WEEKDAYS and len(between.split()) > NEAR_DAY:
                continue  # "went on trial Wednesday for killing a mother of 12": the day of another event
            if match.start() > at and text.startswith("previous") and _DIGIT.search(between):
                continue  # "fell to €842m from €957m a year earlier": the time of the figure compared with
            if match.start() < at and _in_relative_clause(clause[: match.start()], tells):
                continue
            found.append((distance, text))
    return min(found)[1] if found else None


_RELATIVE_THAT = re.compile(
    r"(?:\b((?:\w+\s+){0,3}(\w+))\s+|^\s*)(?:that|which|who)\s+\w+[^,;:]*$", re.IGNORECASE
)


def _in_relative_clause(before_time: str, tells: Callable[[str], bool] | None) -> bool:
    """Whether a time written after ``before_time`` stands in a relative clause opened there
    ("a fire that broke out on Sunday"), not "that Sunday" nor "said on Thursday that last year"."""
    found = _RELATIVE_THAT.search(before_time)
    if found is None:
        return False
    if (found.group(2) or "").lower() in _word_set("relative", "not_after"):
        return False
    # a verb of telling a few words before "that" makes it the start of what was told
    return not (tells is not None and any(tells(word) for word in (found.group(1) or "").split()))


_SPAN_EVENT = re.compile(
    r"\s+(before|after|since|following)\s+(?:the|a|an|his|her|their|its|this|that)\s+"
    r"([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})",
    re.IGNORECASE,
)


def span_event(sentence: str, end: int) -> str | None:
    """The event a span of time right before ``end`` is measured from, as an anchor: "two weeks
    before the wedding" -> ``"event: before wedding"``, "two weeks after his arrest" -> ``"event: arrest"``.

    A span from one event is not a span from another.  The event is a noun phrase with a
    determiner: a time word ("two days before Friday") is a time, a verb ("before coming back")
    names no event that other reports would name alike.

    Parameters
    ----------
    sentence : str
        The sentence.
    end : int
        Where the span of time ends in it.

    Returns
    -------
    str or None
        The anchor ``"event: ..."``; ``None`` when no event is named.

    Examples
    --------
    >>> s = "He was charged two weeks after his arrest."
    >>> span_event(s, s.index("two weeks") + 9)
    'event: arrest'
    >>> span_event("She left two days before the Friday.", 18) is None
    True
    """
    found = _SPAN_EVENT.match(sentence, end)
    if found is None:
        return None
    words = []
    for word in found.group(2).lower().split():
        if word in complement_stops():
            break
        words.append(word)
    if not words or words[-1] in WEEKDAYS or words[-1] in MONTHS or words[-1] in RELATIVE_DAYS:
        return None
    # two weeks before an event is not two weeks after it
    return EVENT + ("before " if found.group(1).lower() == "before" else "") + words[-1]


@functools.cache
def _future() -> re.Pattern[str]:
    """A word of ``[future]`` of ``data/anchors.toml`` ("will", "won't")."""
    words = "|".join(re.escape(w) for w in anchor_words()["future"]["words"])
    return re.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])", re.IGNORECASE)


def is_future(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of the number at ``start:end`` tells of a time to come before it:
    "the results will take a few weeks", "won't be known for a few weeks".

    A span still to come is not a span gone by ("the second arrest in less than a month").

    Parameters
    ----------
    sentence : str
        The number's sentence.
    start, end : int
        Where the number stands in it.

    Returns
    -------
    bool
        True for a clause of a time to come.

    Examples
    --------
    >>> s = "The results will take a few weeks."
    >>> is_future(s, s.index("a few"), len(s) - 1)
    True
    >>> s = "It was the second arrest in less than a month."
    >>> is_future(s, s.index("less"), len(s) - 1)
    False
    """
    _, here, _ = clause_bounds(sentence, start, end)
    return _future().search(sentence, here, start) is not None


def relative_time(text: str) -> str:
    """A relative time in one form: "a year ago" is last year, "a year earlier" the year before.

    Parameters
    ----------
    text : str
        A relative time as written, lower case.

    Returns
    -------
    str
        Its normal form.

    Examples
    --------
    >>> relative_time("a year ago"), relative_time("a year earlier"), relative_time("last week")
    ('last year', 'previous year', 'last week')
    """
    words = text.split()
    if words[-1] == "ago":
        return f"last {words[1]}"
    return f"previous {words[1]}" if words[-1] in ("earlier", "before") else text


def report_time(sentence: str, start: int, end: int, tells: Callable[[str], bool]) -> str | None:
    """The time of the report that gives a number: "killed 47, the office said on Friday" -> friday.

    The clause after the number's is read when its words include a verb of telling
    (``tells``) and no figure of its own; its time is when the figure was told.

    Parameters
    ----------
    sentence : str
        The number's sentence, its report clause after the number.
    start, end : int
        Where the number stands in it.
    tells : callable
        Whether a word is a verb of telling (:func:`claimnum.holders.tells`).

    Returns
    -------
    str or None
        The report's anchor; ``None`` when no report clause follows.

    Examples
    --------
    >>> report_time("It killed 47, police said on Friday.", 10, 12, lambda w: w == "said")
    'friday'
    >>> report_time("It killed 47, and 3 died on Friday.", 10, 12, lambda w: w == "said") is None
    True
    """
    cuts = _cuts(sentence, start, end)
    following = [c for c in cuts if c >= end]
    if len(following) < 2:
        return None
    after = sentence[following[0] : following[1]]
    words = re.findall(r"[^\W\d_]+", after)
    if _DIGIT.search(after) or not any(tells(word) for word in words):
        return None
    return _anchor(after, 0)


def _qualifies_a_number(context: str, cue_end: int, at: int) -> bool:
    """A comparison word whose standard is a number of the story, not an earlier event.

    "more than half of the 314 candidates": "than" qualifies "half"; "an offer better than
    eight years", "less than the $172 million reported": the claim itself is the standard.
    "more than in the previous quake" compares with another event: that makes a claim background.
    """
    determiners = anchor_words()["comparison"]["determiners"]
    words = context[cue_end:].split()
    while words and words[0].lower() in determiners:  # "less than the $172 million reported"
        words.pop(0)
    after = " ".join(words)
    lead = context[cue_end:at].split() if cue_end <= at else None
    return (lead is not None and all(w.lower() in determiners for w in lead)) or (
        _NUMBER_NEXT.match(after) is not None
    )


@functools.cache
def anchor_words() -> Mapping[str, dict[str, list[str]]]:
    """The word lists of ``data/anchors.toml``, read once.

    Returns
    -------
    mapping of str to dict
        Each section's lists of words, by key.

    Examples
    --------
    >>> "last year" in anchor_words()["counted_back"]["background"]
    True
    """
    return data_table("anchors.toml")


@functools.cache
def _word_set(section: str, key: str) -> frozenset[str]:
    """A word list of ``data/anchors.toml`` as a set, for a look-up per word."""
    return frozenset(anchor_words()[section][key])


@functools.cache
def _earlier_adverb() -> re.Pattern[str]:
    """An adverb of ``data/anchors.toml`` that puts an event before the story's, and the word after it."""
    adverbs = anchor_words()["earlier"]["adverbs"]
    return re.compile(rf"\b(?:{'|'.join(adverbs)})\b(?:\s+(\w+))?", re.IGNORECASE)


def told_before(sentence: str, start: int, end: int) -> bool:
    """Whether a number is the earlier value of a change, its clause closing right after it with a
    word of earlier time: "up from five hours before".

    Of a measure that does not grow over the story, such a figure is an earlier state, not the
    story's own (of a running total it is an earlier report of the same total).  Without "from"
    the number is a span of time itself ("escorted out 10 minutes earlier").

    Parameters
    ----------
    sentence : str
        The sentence.
    start, end : int
        Where the number stands in it (a change's earlier value).

    Returns
    -------
    bool
        True for an earlier value closed by a word of earlier time.

    Examples
    --------
    >>> told_before("Battery life is up from five hours before.", 24, 34)
    True
    >>> told_before("She had left the building 10 minutes earlier.", 26, 36)
    False
    """
    if _closing_earlier().match(sentence, end) is None:
        return False
    spaced = start  # "from" ends where the spaces before the number begin: read no further back
    while spaced > 0 and sentence[spaced - 1].isspace():
        spaced -= 1
    return _FROM.search(sentence, max(0, spaced - len("from")), start) is not None


@functools.cache
def _closing_earlier() -> re.Pattern[str]:
    words = "|".join(anchor_words()["earlier"]["closing"])
    return re.compile(rf"\s+(?:{words})\s*(?:[.,;:)!?]|$)", re.IGNORECASE)


def earlier_things(sentence: str, start: int, end: int) -> bool:
    """Whether a number counts or measures things of an earlier time, by an adjective of
    ``[earlier] adjectives`` (``data/anchors.toml``) right before it or between it and its noun:
    "despite two earlier court rulings", "after two previous prosecutors declined", "the
    previous 2GB".

    Parameters
    ----------
    sentence : str
        The sentence.
    start, end : int
        Where the count stands in it.

    Returns
    -------
    bool
        True when an adjective of earlier time qualifies it.

    Examples
    --------
    >>> s = "He acted despite two earlier court rulings."
    >>> earlier_things(s, s.index("two"), s.index("two") + 3)
    True
    >>> s = "He acted despite two legal opinions."
    >>> earlier_things(s, s.index("two"), s.index("two") + 3)
    False
    """
    adjectives = _word_set("earlier", "adjectives")
    before = _WORD_BEFORE.search(sentence, max(0, start - 20), start)
    # after the number, an adjective with a noun after it: "10 minutes earlier" is a time
    after = _WORDS_AFTER.match(sentence, end)
    return (before is not None and before.group(1).lower() in adjectives) or (
        after is not None and not adjectives.isdisjoint(map(str.lower, after.group(0).split()[:-1]))
    )


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")  # the word right before a number ("the previous 2GB")
_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d_]+){2,3}")  # the words after it, up to its noun


@functools.cache
def _same_time() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """Background cues that point back to a time told elsewhere, and the words after one that name its
    event ("at the time of the shooting"): ``[same_time]`` of anchors.toml."""
    words = anchor_words()["same_time"]
    return frozenset(tuple(cue.split()) for cue in words["cues"]), frozenset(words["naming"])


def _earlier_time(text: str, story_year: int | None) -> bool:
    """Whether a text writes an earlier time: a year before the story's, "the 1998 flood", "last year"."""
    if any(story_year is None or int(year) < story_year for year in YEAR.findall(text)):
        return True
    back = anchor_words()["counted_back"]["background"]
    relative = (relative_time(found.group(0).lower()) for found in RELATIVE_TIME.finditer(text))
    return _event_year(text) is not None or any(time in back for time in relative)


def _event_year(text: str) -> re.Match[str] | None:
    """A year naming an event ("the 2004 tsunami"), looked for only in a text with a digit."""
    return _EVENT_YEAR.search(text) if _DIGIT.search(text) else None


def _told_earlier(context: str, tells: Callable[[str], bool] | None) -> bool:
    """Whether a clause places its number in an earlier event: "had previously been arrested three times".

    Before a verb of telling ("previously said") the adverb marks another account of the
    story's figure instead.
    """
    return any(
        not (tells is not None and match.group(1) and tells(match.group(1)))
        for match in _earlier_adverb().finditer(context)
    )


@functools.cache
def _earlier_event() -> re.Pattern[str]:
    """A clause's opening phrase of ``data/anchors.toml`` naming an earlier event, and its noun."""
    words = anchor_words()["earlier_event"]
    prepositions = "|".join(words["prepositions"])
    openings = "|".join(o.replace(" ", r"\s+") for o in words["openings"])
    return re.compile(rf"\s*(?:{prepositions})\s+(?:{openings})\s+([a-z]+)\b", re.IGNORECASE)


def _opens_earlier_event(clause: str, before: str) -> bool:
    """Whether the number's clause, or the phrase set before it by a comma, opens with an earlier
    event: "At the previous march on September 27, police counted 22,000"; not "in the last hour"."""
    not_events = _word_set("earlier_event", "not_events")
    for text, whole in ((clause, False), (before, True)):
        found = _earlier_event().match(text)
        # the phrase before the clause must be all of that clause: "At the previous march, ..."
        if found is None or (whole and _ONE_PHRASE.fullmatch(text, found.end()) is None):
            continue
        noun = found.group(1)
        if noun.lower() not in not_events and _NUMBER_NEXT.match(noun) is None:
            return True
    return False


def _opens_relative(clause: str) -> bool:
    words = clause.split(None, 1)
    return bool(words) and words[0].lower() in _RELATIVE_WORDS


def time_of(
    sentence: str,
    start: int,
    end: int,
    *,
    story_year: int | None = None,
    tells: Callable[[str], bool] | None = None,
    case: bool = False,
) -> tuple[str | None, bool]:
    """Return the anchor of the number at ``start:end`` of a sentence, and whether it is background.

    Parameters
    ----------
    sentence : str
    start, end : int
        The claim's offsets in the sentence.
    story_year : int, optional
        The year of the story; a claim anchored in an earlier year is background,
        as is one about an event named by its year ("the 2004 tsunami") when the
        story's year is not known.
    tells : callable, optional
        Whether a word is a verb of telling: "previously said 40" is another
        account of the story's figure, "previously arrested three times" an
        earlier event.
    case : bool, optional
        The number is a step of a case about an event (a charge, a sentence): an
        event named by its year after the number ("two counts of murder in the
        2012 shooting") is the case's, not the time of the number.

    Returns
    -------
    tuple of (str or None, bool)

    Examples
    --------
    >>> time_of("More than 300 homes were damaged on Friday.", 0, 13)
    ('friday', False)
    >>> time_of("A 2009 quake killed more than 1,000.", 20, 35)
    ('2009', True)
    >>> time_of("The man had previously been arrested 4 times.", 37, 44)
    (None, True)
    >>> time_of("He was convicted of two counts of murder in the 2012 shooting.", 20, 23, case=True)
    (None, False)
    """
    first, here, stop = clause_bounds(sentence, start, end)
    clause, before = sentence[here:stop], sentence[first:here]
    at = start - here  # the number's own place: its clause may write the same words twice
    after = clause[end - here :]
    if case:  # "charged with two counts of murder in the 2012 shooting": the case, not the charge's time
        after = _EVENT_YEAR.sub(lambda m: m.group(0).replace(m.group(1), " " * len(m.group(1))), after)
    context = clause[:at] + " " + after
    anchor = _anchor(context, at, tells)
    recalled = False  # "the worst since 1990, when 1,000 died": a past time recalled by a when-clause
    opening = clause.lstrip().lower().split(" ", 1)[0]
    relative = opening in _RELATIVE_WORDS  # "the 1998 quake, which left 3,000 dead": of the noun before
    if anchor is None and opening == "when":
        anchor = _anchor(before, len(before))
        recalled = _SINCE.search(before) is not None  # "the heaviest since February, when ..."
    elif anchor is None and (relative or read(sentence).words_between(first, here) <= OPENING_WORDS):
        # "On March 3, 12 people were hurt"; not "The fire, which started on Sunday, has burned 4,000 acres"
        anchor = None if _opens_relative(before) else _anchor(before, len(before))
    year = anchor_year(anchor)
    # A year written in the claim's clause is background when it is before the story's year;
    # a year naming an event ("a 2009 quake killed more than 1,000") also when that is unknown,
    # as does one naming the event a relative clause speaks of.
    named = _event_year(context) or (_event_year(before) if relative else None)
    # "than", "the previous": searched for in the clause's words only where one of them may start a cue
    cues = background_cues()
    compared = may_hold(sentence, start, end, cues, here, stop) and any(
        not _qualifies_a_number(context, cue_end, at)
        and (
            cue not in _same_time()[0]
            or (context[cue_end:].split() or [""])[0].lower() in _same_time()[1]
            or _earlier_time(sentence[:start] + sentence[end:stop], story_year)
        )
        for _, cue_end, cue in find_cues(context, cues)
    )
    background = (
        compared
        or (year is not None and story_year is not None and year < story_year)
        or (named is not None and (story_year is None or int(named.group(1)) < story_year))
        or recalled
        or _told_earlier(context, tells)
        or _opens_earlier_event(clause, before)
    )
    return anchor, background
