"""Dates and ordinals a claim states, checked against the evidence's by the words around them.

Extraction leaves dates ("on June 28, 2005", "built in 1935", "in the 1930s")
and ordinals ("stopped in the 5th round", "the town's eighth mayor") aside: they
count nothing, so no quantity frame speaks of them.  A fact-checker still
checks them: "died March 14" against "died on Thursday, March 12" is refuted.
:func:`date_findings` reads them in the claim and in the evidence, pairs each
with the evidence's figures of its kind that share most of its nearby words
(an ordinal only with one of the same noun: "5th round" and "fifth round"),
and relates them:

* a date is a span of days: the evidence's inside the claim's is supported
  ("in June 2005" against "on June 28, 2005"), overlapping it compatible
  ("built in 1935" against "in the 1930s"), apart from it refuted; a date
  without a year is read in the year of the other;
* an ordinal is a number: the same is supported, a higher one overstated;
* an ordinal the claim denies ("will not be the eighth crossing") is refuted by
  the very figure and supported by another.

A claim's date or ordinal that finds no counterpart is left out of the verdict
(most dates of a sentence are its background: "on Monday, police said").

Examples
--------
>>> [finding] = date_findings("Ana Velo died on March 14, 2009.", {"wire": "Velo died on March 12, 2009."})
>>> finding.verdict, finding.evidence[0].text
('refuted', 'March 12, 2009')
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import functools
import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from claimnum.claim import Claim
from claimnum.clause_negation import negated_clause
from claimnum.data_files import data_table
from claimnum.finding import Finding
from claimnum.interval import Interval
from claimnum.lexicon import load
from claimnum.loose_alignment import context_words
from claimnum.measure_lexicon import lemmas, tokens
from claimnum.measure_sentence import MONTHS
from claimnum.tokens import sentence_starts

__all__ = ["SHORT", "date_findings", "ordinal_words"]

_MIN_WEIGHT = math.log(10)  # shared rarity that pairs a figure: one word near a tenth of its kind

SHORT = 600
"""Evidence of at most this many characters (a premise, a paragraph) whose sole date, or sole
ordinal of a noun, is a claim's counterpart with no word shared."""

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=lambda month: (-len(month), month))) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_DATES = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?", re.IGNORECASE),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    # A year alone only after a word that makes it the time of the event ("built in 1935", "in the
    # 1990s"; not "since 1999", the start of a span).
    re.compile(
        rf"\b(?:in|during|early|late|mid)\s+(?:the\s+)?{_YEAR}(?P<decade>s)?\b(?![,.-]\d)",
        re.IGNORECASE,
    ),
]
_DIGIT_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b", re.IGNORECASE)


@functools.cache
def ordinal_words() -> dict[str, int]:
    """The ordinal words and their numbers (``[ordinals]`` of ``data/claim_frames.toml``); a
    compound is a tens word and one of these ("twenty-first").

    Examples
    --------
    >>> ordinal_words()["twelfth"]
    12
    """
    table: dict[str, int] = data_table("claim_frames.toml")["ordinals"]
    return dict(table)


@functools.cache
def _compound_units() -> dict[str, int]:
    """The ordinal words read after a tens word ("twenty-first"), with those read alone."""
    table: dict[str, int] = data_table("claim_frames.toml")["compound_ordinals"]
    return {**ordinal_words(), **table}


@functools.cache
def _tens() -> dict[str, int]:
    """The tens words a compound ordinal opens with (``[ordinal_tens]``: "twenty-first")."""
    table: dict[str, int] = data_table("claim_frames.toml")["ordinal_tens"]
    return dict(table)


@functools.cache
def _ordinal_pattern() -> re.Pattern[str]:
    tens = "|".join(_tens())
    words = "|".join(sorted(ordinal_words(), key=len, reverse=True))
    units = "|".join(sorted(_compound_units(), key=len, reverse=True))
    return re.compile(rf"\b(?:(?P<tens>{tens})-(?P<unit>{units})|(?P<word>{words}))\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Figure:
    """A date or an ordinal as a text states it: the claim it is shown as, and what it is."""

    claim: Claim
    noun: str | None  # an ordinal's noun ("round"); None for a date, or an ordinal whose noun is elided
    streak: bool  # an ordinal told as the length of a streak ("her 11th in a row")
    words: frozenset[str]
    elided: frozenset[str] = frozenset()  # an evidence ordinal without its noun: the words before it


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    full = [m.lower() for m in calendar.month_name]
    return next(i for i in range(1, 13) if full[i].startswith(word[:3]))


def _span(year: tuple[int, int], month: int | None, day: int | None) -> tuple[float, float]:
    """The days a date spans, as ordinals of the proleptic calendar."""
    first, last = year
    if month is None:
        return datetime.date(first, 1, 1).toordinal(), datetime.date(last, 12, 31).toordinal()
    if day is None:
        end = calendar.monthrange(last, month)[1]
        return datetime.date(first, month, 1).toordinal(), datetime.date(last, month, end).toordinal()
    return datetime.date(first, month, day).toordinal(), datetime.date(last, month, day).toordinal()


def _claim(text: str, start: int, end: int, sentence: tuple[int, str], source: str, value: float | None,
           interval: Interval, unit: str) -> Claim:  # fmt: skip
    at, said = sentence
    return Claim(
        text=text[start:end], start=start, end=end, sentence=said, source=source, value=value,
        values=() if value is None else (value,), unit=unit, subject=None, qualifier=None, sense="exact",
        kind="amount", predicate=None, interval=interval, core=interval, literal=interval,
        sentence_offset=start - at,
    )  # fmt: skip


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    starts = sentence_starts(text, load().words["abbreviations"])
    for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
        yield a, text[a:b].rstrip()


def _dates(text: str, sentence: tuple[int, str], source: str, year: int) -> Iterator[Claim]:
    """The dates of one sentence, as claims of days; one that writes no year is read in ``year``."""
    at, said = sentence
    taken: list[tuple[int, int]] = []
    for pattern in _DATES:
        for match in pattern.finditer(said):
            a, b = match.span()
            if any(a < y and x < b for x, y in taken):
                continue
            found = match.groupdict()
            month = found.get("month")
            if month is not None and month.islower() and month.startswith("may"):
                continue  # "may" the verb
            day = int(found["day"]) if found.get("day") else None
            first = int(found["year"]) if found.get("year") else year
            years = (first, first + 9) if found.get("decade") else (first, first)
            try:
                lo, hi = _span(years, _month(month) if month else None, day)
            except ValueError:  # "February 30"
                continue
            taken.append((a, b))
            yield _claim(text, at + a, at + b, sentence, source, None, Interval(lo, hi, unit="day"), "day")


def _ordinals(
    text: str, sentence: tuple[int, str], source: str, dates: list[tuple[int, int]], elided: bool
) -> Iterator[_Figure]:
    at, said = sentence
    words = tokens(said)
    for pattern in (_DIGIT_ORDINAL, _ordinal_pattern()):
        for match in pattern.finditer(said):
            a, b = match.span()
            if any(x <= at + a < y for x, y in dates):
                continue  # "July 4th"
            if pattern is _DIGIT_ORDINAL:
                value = int(match.group(1))
            else:
                tens = match.group("tens")
                value = (
                    _tens()[tens.lower()] + _compound_units()[match.group("unit").lower()]
                    if tens
                    else ordinal_words()[match.group("word").lower()]
                )
            after = [(w, start, end) for w, start, end in words if start >= b and w.isalpha()]
            noun, streak = _noun(after, said), _is_streak([w for w, _, _ in after])
            claim = _claim(text, at + a, at + b, sentence, source, float(value), Interval.point(value), "")
            if noun is None and not streak:
                if elided:  # "another late go-ahead goal, her ninth of the year": the drive's
                    before = frozenset(_form(w) for w, _, end in words if end <= a and w.isalpha())
                    yield _Figure(claim, None, False, context_words(claim), before)
                continue
            yield _Figure(claim, noun or "", streak, context_words(claim))


def _is_streak(after: Sequence[str]) -> bool:
    """Whether an ordinal, by the words after it, is the length of a streak: a streak phrase
    right after it or after its noun (``ordinal_streaks`` of ``data/claim_frames.toml``)."""
    phrases = data_table("claim_frames.toml")["ordinal_streaks"]
    for skip in (0, 1):
        said = " ".join(after[skip : skip + 4]).lower() + " "
        if any(said.startswith(f"{phrase} ") for phrase in phrases):
            return True
    return False


def _noun(after: Sequence[tuple[str, int, int]], said: str) -> str | None:
    """The dictionary form of the noun an ordinal numbers: the word after it, past words of a run
    ("sixth straight day") and a compound modifier before the noun ("seventh game-winning drive")."""
    skipped = data_table("claim_frames.toml")["ordinal_runs"]
    compound = False  # within a hyphenated modifier
    for i, (word, _, end) in enumerate(after[:4]):
        lower = word.lower()
        if lower in skipped:
            continue
        if lower in _function_words():
            return None  # "the 11th of their fights": no noun right after
        joined = said[end : end + 1] == "-"
        if joined or (compound and i + 1 < len(after) and after[i + 1][0].lower() not in _function_words()):
            compound = joined
            continue
        return _form(lower)
    return None


def _form(word: str) -> str:
    return min(lemmas(word.lower()), key=lambda w: (len(w), w))


@functools.cache
def _function_words() -> frozenset[str]:
    words = load().words
    return frozenset().union(
        *(words[k] for k in ("determiners", "auxiliaries", "pronouns", "head_prepositions", "clause_ends"))
    )


def _figures(text: str, source: str, year: int, *, elided: bool = False) -> list[_Figure]:
    found: list[_Figure] = []
    for sentence in _sentences(text):
        dates = list(_dates(text, sentence, source, year))
        found += [_Figure(claim, None, False, context_words(claim)) for claim in dates]
        spans = [(c.start, c.end) for c in dates]
        found += _ordinals(text, sentence, source, spans, elided)
    return found


def _year_of(texts: Sequence[str]) -> int:
    """The year most often written in the texts, for dates that write none (any year else)."""
    years = Counter(int(y) for text in texts for y in re.findall(r"\b(?:19|20)\d\d\b", text))
    return years.most_common(1)[0][0] if years else 2000


def _relation(claim: Claim, other: Claim) -> str:
    """How ``other`` bears on ``claim``; a denied figure ("will not be the eighth") is contradicted
    by the very figure and entailed by one apart from it."""
    a, b = claim.interval, other.interval
    if a.lo <= b.lo and b.hi <= a.hi:
        return "contradicted" if claim.negated else "entailed"
    if b.lo <= a.hi and a.lo <= b.hi:
        return "compatible"
    return "entailed" if claim.negated else "contradicted"


def _denied(figure: _Figure) -> _Figure:
    """The claim's ordinal, negated where its clause's verb is
    (:func:`claimnum.clause_negation.negated_clause`); a date stays as written ("did not speak on
    Monday" tells of Monday)."""
    claim = figure.claim
    if claim.unit == "day" or not negated_clause(claim.sentence, claim.sentence_at):
        return figure
    return dataclasses.replace(figure, claim=dataclasses.replace(claim, negated=True))


def _verdict(claim: Claim, relation: str, others: Sequence[Claim]) -> str:
    if relation == "entailed":
        return "supported"
    if relation == "compatible":
        return "compatible"
    if claim.unit == "day" or claim.negated:
        return "refuted"  # a date is neither more nor less, nor is a denied figure
    return "overstated" if claim.interval.lo > max(o.interval.hi for o in others) else "understated"


def _counterparts(figure: _Figure, evidence: Sequence[_Figure], texts: Mapping[str, str]) -> list[_Figure]:
    """Of each source, the figures of the claim figure's kind sharing most of its words (rarity
    weighted among them), or the sole one of a short source."""
    kind = [
        e
        for e in evidence
        if (
            e.noun == figure.noun
            or (e.streak and figure.streak)
            or bool(figure.noun and figure.noun in e.elided)
        )
        and e.claim.unit == figure.claim.unit
    ]
    counts = Counter(w for e in kind for w in e.words)
    weight = {id(e): sum(math.log((1 + len(kind)) / counts[w]) for w in e.words & figure.words) for e in kind}
    # A word of one figure in ten will do; in little evidence, a word of one figure.
    least = min(_MIN_WEIGHT, math.log(1 + len(kind)))
    chosen: list[_Figure] = []
    for source in dict.fromkeys(e.claim.source for e in kind):
        own = [e for e in kind if e.claim.source == source]
        # A noun elided ("her ninth of the year") only where the source never writes it.
        own = [e for e in own if e.noun is not None or e.claim.unit] or own
        best = max(weight[id(e)] for e in own)
        if best >= least:
            chosen += _of_its_verb(figure, [e for e in own if weight[id(e)] >= best])
        elif len(own) == 1 and len(texts.get(source or "", "")) <= SHORT:
            chosen += own
    return chosen


def _of_its_verb(figure: _Figure, tied: list[_Figure]) -> list[_Figure]:
    """Of dates tied on shared words, none of them the claim's, those near the word that leads the
    claim's date, where some are ("must act by May 19": the date of the act, not of another event
    the story names)."""
    if figure.claim.unit != "day" or len({e.claim.interval for e in tied}) < 2:
        return tied
    if any(_relation(figure.claim, e.claim) != "contradicted" for e in tied):
        return tied  # the very date is among them: the words do not outweigh it
    at = max(0, figure.claim.sentence_at)
    before = [w for w, _, end in tokens(figure.claim.sentence) if end <= at and w.isalpha()]
    lead = next((_form(w) for w in reversed(before) if _form(w) in figure.words), None)
    return [e for e in tied if lead in e.words] or tied


def date_findings(claim: str, evidence: Mapping[str, str]) -> list[Finding]:
    """The finding on each date and ordinal of ``claim`` that the evidence speaks of.

    Parameters
    ----------
    claim : str
        The claim's text.
    evidence : mapping of str to str
        The evidence texts by source.

    Returns
    -------
    list of Finding
        One per date or ordinal of the claim with a counterpart, in the claim's order; a source's
        verdict is its best counterparts' best; the sources together support where at least half
        of them do, contradict only where all do and give one figure, and are compatible
        otherwise.

    Examples
    --------
    >>> premise = {"a": "Kade stopped Imrie in the fourth round."}
    >>> [finding] = date_findings("Kade won in the 4th round.", premise)
    >>> finding.verdict
    'supported'
    >>> [finding] = date_findings("Kade won in the 8th round.", premise)
    >>> finding.verdict
    'overstated'
    """
    year = _year_of([claim, *evidence.values()])
    said = [_denied(figure) for figure in _figures(claim, "claim", year)]
    if not said:
        return []
    heard = [f for source, text in evidence.items() for f in _figures(text, source, year, elided=True)]
    found: list[Finding] = []
    for figure in said:
        chosen = _counterparts(figure, heard, evidence)
        if not chosen:
            continue
        relations = tuple(_relation(figure.claim, e.claim) for e in chosen)
        sources: dict[str, str] = {}
        for e, relation in zip(chosen, relations, strict=True):
            source = e.claim.source or ""
            verdict = _verdict(figure.claim, relation, [e.claim])
            sources[source] = min(sources.get(source, verdict), verdict, key=_rank)
        backers = sum(v == "supported" for v in sources.values())
        against = [v for v in sources.values() if v not in ("supported", "compatible")]
        if 2 * backers >= len(sources):
            relation, verdict = "entailed", "supported"
        elif len({e.claim.interval for e in chosen}) > 1 and len(against) == len(sources):
            continue  # the evidence gives several dates for it: they are of other events, no proof
        elif len(against) == len(sources):
            relation, verdict = (
                "contradicted",
                _verdict(figure.claim, "contradicted", [e.claim for e in chosen]),
            )
        else:
            relation, verdict = "compatible", "compatible"
        shown = () if figure.claim.unit == "day" else tuple(e.claim.interval for e in chosen)
        found.append(
            Finding(
                figure.claim,
                tuple(e.claim for e in chosen),
                relations,
                sources,
                shown,
                backers,
                relation,
                verdict,
            )
        )
    return found


def _rank(verdict: str) -> int:
    return ("supported", "compatible", "understated", "overstated", "refuted").index(verdict)
