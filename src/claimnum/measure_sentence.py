"""A sentence as the measure reader reads it: its words, numbers and cues, found once.

:func:`read_sentence` tokenises a sentence, takes every word's lemmas, tells its
numbers (not a time of day nor a day of a month), the kinds of unit and of counted
thing its words name, and finds every cue of the measure lexicon in it.  The
reading is remembered and shared by every claim of the sentence
(:func:`claimnum.measures.measure_of` asks for it once per claim).

Examples
--------
>>> from claimnum.measure_sentence import read_sentence
>>> read = read_sentence("The quake killed 47 people at 4.30 am.")
>>> [read.toks[i].text for i in read.numbers], sorted({cue.measure for _, cue in read.cues})[:2]
(['47'], ['deaths', 'magnitude'])
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence
from itertools import accumulate, compress, count
from operator import attrgetter
from typing import Any, NamedTuple

from claimnum.cue_search import matches
from claimnum.errors import ClaimnumError
from claimnum.measure_lexicon import Cue, Word, lemmas, lexicon, tokens, unit_class, word_class

__all__ = [
    "CONJUNCTIONS",
    "MONTHS",
    "NUMBER_WORDS",
    "WEEKDAYS",
    "Sentence",
    "Span",
    "asides_of",
    "is_clock",
    "numbers_before",
    "read_sentence",
]

NUMBER_WORDS = word_class("number_words")
_BOUNDARY_COST = 3  # a clause boundary counts as this many words
CONJUNCTIONS = word_class("conjunctions")
_PLAIN_UNITS = frozenset({"time", "length", "mass", "area", "speed", "temperature", "data", "frequency"})
_NOT_UNITS = word_class("not_units")  # words pint reads as units that name none after a number
_CLOCK = word_class("clock")  # after a number, they make it a time of day, which counts nothing
MONTHS = word_class("months")  # before a number, they make it a day of the month, which counts nothing
WEEKDAYS = word_class("weekdays")
_RELATIVES = word_class("relatives")
_YEAR_DETERMINERS = word_class("noun_determiners")  # "the 1988 floods", "a 2009 quake"
_YEARS = (1800, 2100)  # the years a story names its events by
_ASIDE_ENDS = frozenset({",", ";", ":", "(", ")"})  # a comma ends an aside; another mark ends nothing set off
_CONJUNCTION_COST = 3  # a conjunction or a boundary between a cue and a number, in words


class Sentence(NamedTuple):
    """A sentence read once for every claim in it: its words, numbers and cues, and word costs.

    Every column holds one entry per word (:attr:`toks`), by position.

    Examples
    --------
    >>> read = read_sentence("Police arrested 12 protesters at 4 pm.")
    >>> read.numbers  # token positions; "4 pm" is a time of day
    (2,)
    >>> [(i, cue.measure) for i, cue in read.cues]
    [(0, 'police_deployed'), (1, 'arrests'), (3, 'crowd')]
    """

    toks: tuple[Word, ...]
    starts: tuple[int, ...]  # every token's start offset, ascending (tokens do not overlap)
    ends: tuple[int, ...]  # and its end offset, ascending too
    lowers: tuple[str, ...]  # every token's text in lower case
    words: tuple[frozenset[str], ...]  # every token's lemmas
    vocabulary: frozenset[str]  # the lemmas of all its words
    is_number: tuple[bool, ...]
    counted: tuple[str | None, ...]  # what each word counts, people or things, if the lexicon knows
    numbers: tuple[int, ...]  # the numbers that may take a cue (no time of day, no date, no "DDR3")
    cues: tuple[tuple[int, Cue], ...]  # every cue of the lexicon, by the token it starts at
    owning: tuple[int, ...]  # prefix sums of a word's cost between a cue and its number (_owned)
    reaching: tuple[int, ...]  # prefix sums of a word's cost between a cue and the claim (_distance)
    asides: tuple[int, ...]  # every token's aside (see asides_of), -1 outside any

    def cues_between(self, lo: int, hi: int) -> Sequence[tuple[int, Cue]]:
        """The cues starting at tokens ``lo..hi``, found by bisection (they are in token order).

        Parameters
        ----------
        lo, hi : int
            The first and last token where a cue may start.

        Returns
        -------
        sequence of (int, Cue)
            Each cue with the token it starts at, in token order.

        Examples
        --------
        >>> [cue.measure for _, cue in read_sentence("Police arrested 12 protesters.").cues_between(1, 2)]
        ['arrests']
        """
        cues = self.cues  # ``(lo,)`` sorts before every ``(lo, cue)``: no cue is ever compared
        return cues[bisect.bisect_left(cues, (lo,)) : bisect.bisect_left(cues, (hi + 1,))]

    def unit_at(self, k: int) -> str | None:
        """The kind of unit the word at token ``k`` names ("years": time), if any (``None`` past the end).

        Read only for the few words after a number: a unit word costs a look-up in the registry.

        Parameters
        ----------
        k : int
            A token's position (any integer).

        Returns
        -------
        str or None
            The kind of unit (``time``, ``length``, ...), or None.

        Examples
        --------
        >>> read = read_sentence("The wall is 12 metres high.")
        >>> read.unit_at(4), read.unit_at(5), read.unit_at(9)
        ('length', None, None)
        """
        return _unit_word(self.toks[k].text) if 0 <= k < len(self.toks) else None


class _Word(NamedTuple):
    """What a sentence reading needs of one token, the same wherever it stands."""

    lower: str
    forms: frozenset[str]  # its lemmas
    cues: tuple[Cue, ...]  # the lexicon's cues that start with one of them
    number: bool
    counted: str | None  # "people" or "things", if it is a counted noun the lexicon knows
    owning: int  # its cost between a cue and a number (a boundary or a conjunction costs more)
    reaching: int  # its cost between a cue and the claim (a boundary costs more)


_TEXT, _START, _END = attrgetter("text"), attrgetter("start"), attrgetter("end")
_NO_COLUMNS: tuple[tuple[Any, ...], ...] = ((),) * len(_Word._fields)  # the columns of no word


@functools.lru_cache(maxsize=65536)
def _word(text: str) -> _Word:
    forms = lemmas(text)
    index, lower, counted = lexicon().index, text.lower(), lexicon().counted
    boundary = not text[0].isalnum() or lower in lexicon().boundaries
    return _Word(
        lower,
        forms,
        tuple(dict.fromkeys(cue for form in forms for cue in index.get(form, ()))),
        text[0].isdigit() or lower in NUMBER_WORDS,
        next((counted[form] for form in forms if form in counted), None),  # counted_kind(text)
        _CONJUNCTION_COST if boundary or lower in CONJUNCTIONS else 1,
        _BOUNDARY_COST if boundary else 1,
    )


@functools.lru_cache(maxsize=4096)
def _unit_word(word: str) -> str | None:
    """The kind of unit a word names ("years": time, "MHz": frequency), if it is plainly a unit word.

    Read as written first ("MHz" is no "mhz"), then lower-cased ("Years").
    """
    if len(word) < 2 or not word.isalpha() or word.lower() in _NOT_UNITS:
        return None
    for form in dict.fromkeys((word, word.lower())):
        try:
            kind = unit_class(form)
        except ClaimnumError:
            continue
        return kind if kind in _PLAIN_UNITS else None
    return None


@functools.lru_cache(maxsize=256)
def read_sentence(sentence: str) -> Sentence:
    """Read a sentence: one pass over its words finds every cue of the lexicon in it.

    Parameters
    ----------
    sentence : str
        One sentence.

    Returns
    -------
    Sentence
        Its tokens, lemmas, numbers, counted kinds and cues, shared by every claim in it.

    Examples
    --------
    >>> read = read_sentence("Police arrested 12 protesters.")
    >>> [word.text for word in read.toks], sorted(read.words[1])
    (['Police', 'arrested', '12', 'protesters'], ['arrest', 'arrested'])
    """
    toks = tokens(sentence)
    read = list(map(_word, map(_TEXT, toks)))
    # the words' columns, by one transposition (in C) of their readings
    columns = zip(*read, strict=True) if read else _NO_COLUMNS
    lowers, words, cued, is_number, counted, owning, reaching = columns
    cues = [
        (i, cue)
        for i in compress(count(), cued)  # the few words that start a cue
        for cue in cued[i]
        if len(cue.words) == 1 or matches(words, i, cue.words)  # a word's index hit is its one-word cue
    ]
    return Sentence(
        toks,
        tuple(map(_START, toks)),
        tuple(map(_END, toks)),
        lowers,
        words,
        frozenset().union(*words),
        is_number,
        counted,
        tuple([i for i in compress(count(), is_number) if _may_take_a_cue(toks, lowers, read, i)]),
        tuple(cues),
        tuple(accumulate(owning, initial=0)),
        tuple(accumulate(reaching, initial=0)),
        asides_of(lowers),
    )


def is_clock(toks: Sequence[Word], i: int) -> bool:
    """Whether the number at token ``i`` is a time of day or a date ("4.30am", "September 27").

    Parameters
    ----------
    toks : sequence of claimnum.measure_words.Word
        A sentence's words (:func:`claimnum.measure_lexicon.tokens`).
    i : int
        The number's token.

    Returns
    -------
    bool
        True for a time of day or a day of a month.

    Examples
    --------
    >>> toks = read_sentence("Police arrested 12 protesters at 4 pm.").toks
    >>> is_clock(toks, 5), is_clock(toks, 2)
    (True, False)
    """
    if i + 1 < len(toks) and toks[i + 1].text.lower() in _CLOCK:
        return True
    month = toks[i - 1].text if i > 0 else ""
    return month[:1].isupper() and month.lower() in MONTHS


def asides_of(words: Sequence[str]) -> tuple[int, ...]:
    """Every word's aside, by the position of the comma opening it, or -1 outside any.

    An aside is a relative clause set off by two commas (", which has 1,000 members,"), a
    number alone between two commas (", 42,"), or words in brackets ("(186 miles)").  Its
    numbers and the words of the sentence around it do not speak of each other.

    Parameters
    ----------
    words : sequence of str
        A sentence's words as written.

    Returns
    -------
    tuple of int
        For each word, the position of the comma or bracket opening its aside, or -1.

    Examples
    --------
    >>> asides_of("two leaders , who have 20 wives , were charged".split())
    (-1, -1, 2, 2, 2, 2, 2, 2, -1, -1)
    >>> asides_of("jailed Smith , 42 , for 12 years".split())
    (-1, -1, 2, 2, 2, -1, -1, -1)
    >>> asides_of("300 km ( 186 miles ) wide".split())
    (-1, -1, 2, 2, 2, 2, -1)
    """
    found = [-1] * len(words)
    opened = bracket = None
    for k in compress(count(), map(_ASIDE_ENDS.__contains__, words)):  # the few marks, found in C
        word = words[k]
        if opened is not None and word == ",":
            found[opened : k + 1] = [opened] * (k + 1 - opened)
        if bracket is not None and word == ")":
            found[bracket : k + 1] = [bracket] * (k + 1 - bracket)
        opened = k if word == "," and k + 1 < len(words) and _opens_aside(words, k + 1) else None
        bracket = k if word == "(" else bracket if word != ")" else None
    return tuple(found)


def _opens_aside(words: Sequence[str], at: int) -> bool:
    """Whether the words from ``at`` open an aside: a relative word, or a number alone before a comma."""
    if words[at] in _RELATIVES:
        return True
    return words[at][:1].isdigit() and at + 1 < len(words) and words[at + 1] == ","


def _may_take_a_cue(toks: Sequence[Word], lowers: Sequence[str], read: Sequence[_Word], i: int) -> bool:
    """Whether the number at token ``i`` tells a figure: no time of day, no date, no name, no year."""
    return not is_clock(toks, i) and not _in_name(toks, i) and not _is_year(toks, lowers, read, i)


def _is_year(toks: Sequence[Word], lowers: Sequence[str], read: Sequence[_Word], i: int) -> bool:
    """Whether the number at token ``i`` is a year naming an event, between a determiner and its noun.

    "the 1988 floods of the delta", "a 2009 quake": the noun is no counted thing ("the 2000
    people" counts them), so the number tells when, not how many, and takes no cue.
    """
    text = toks[i].text
    if not (len(text) == 4 and text.isdigit() and _YEARS[0] <= int(text) <= _YEARS[1]):
        return False
    if i == 0 or i + 1 >= len(toks) or lowers[i - 1] not in _YEAR_DETERMINERS:
        return False
    return toks[i + 1].text.isalpha() and read[i + 1].counted is None and not read[i + 1].number


def _in_name(toks: Sequence[Word], i: int) -> bool:
    """Whether the number at token ``i`` is glued to the letters of a name before it ("DDR3", "A380")."""
    return i > 0 and toks[i - 1].end == toks[i].start and toks[i - 1].text.isalpha()


class Span(NamedTuple):
    """Tokens ``first`` to ``last`` (both included) of a sentence: a number, a cue, a claim.

    Examples
    --------
    >>> Span(3, 4).last
    4
    """

    first: int
    last: int


def numbers_before(read: Sentence, first: int) -> Iterator[Span]:
    """The numbers before token ``first`` in the sentence, nearest first, as token positions.

    Times of day and dates are no numbers here: they tell no figure.

    Parameters
    ----------
    read : Sentence
        The sentence as :func:`read_sentence` reads it.
    first : int
        The token before which to look.

    Returns
    -------
    iterator of Span
        Each number's first and last tokens, nearest first.

    Examples
    --------
    >>> read = read_sentence("Of 40 guests, 12 left at 9 pm.")
    >>> list(numbers_before(read, 7))
    [Span(first=4, last=4), Span(first=1, last=1)]
    """
    last = first - 1
    while last >= 0:
        if read.is_number[last]:
            begin = last
            while begin > 0 and read.is_number[begin - 1]:
                begin -= 1
            if not is_clock(read.toks, begin) and not is_clock(read.toks, last):
                yield Span(begin, last)
            last = begin
        last -= 1
