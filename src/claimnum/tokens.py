"""Tokens and sentences: the units every extraction stage reads.

A :class:`Token` is a word, a run of digits or one other character, with its
offsets; :func:`tokenize` cuts a span of a text into tokens once, and
:func:`sentence_starts` finds where sentences start.  :class:`Phrases` is a
table of phrases keyed by their lower-case tokens.

Examples
--------
>>> from claimnum.tokens import tokenize
>>> [t.lower for t in tokenize("Over 10,000 left.")]
['over', '10,000', 'left', '.']
>>> text = "Many fled. Über 300 came in Jan.ca. 500 stayed."
>>> [text[s:s + 4] for s in sentence_starts(text, frozenset({"ca"}))]
['Many', 'Über', 'ca. ']
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable
from typing import NamedTuple, TypeVar

__all__ = [
    "Key",
    "Phrases",
    "Token",
    "alternation",
    "lower_case",
    "phrase_key",
    "sentence_starts",
    "tokenize",
]

Key = tuple[str, ...]
T = TypeVar("T")

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*|\S")
PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
LOWER = operator.attrgetter("lower")
TEXT = operator.attrgetter("text")
_new_tuple = tuple.__new__
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class Token(NamedTuple):
    """A word, a run of digits or a single other character of a text, with its offsets.

    Examples
    --------
    >>> Token("Over", 0, 4, "over").lower
    'over'
    """

    text: str
    start: int
    end: int
    lower: str  # ``text`` in lower case (ASCII only when lower-casing would change its length)


def lower_case(text: str) -> str:
    """``text`` in lower case with every offset kept (ASCII only when full lower-casing moves them).

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        A string as long as ``text``, each character in lower case where that keeps the offsets.

    Examples
    --------
    >>> lower_case("İstanbul 5")  # "İ".lower() has two characters
    'İstanbul 5'
    """
    lower = text.lower()
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


def tokenize(text: str, start: int = 0, end: int | None = None, *, low: str | None = None) -> list[Token]:
    """The tokens of ``text[start:end]`` with offsets into ``text``.

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The span to cut (the whole text by default).
    low : str, optional
        ``lower_case(text)`` when the caller has it already.

    Returns
    -------
    list of Token
        The tokens in order: text as written, offsets into ``text`` and lower case.

    Examples
    --------
    >>> [(t.text, t.start) for t in tokenize("Up 5%", 3)]
    [('5', 3), ('%', 4)]
    """
    low = lower_case(text) if low is None else low
    stop = len(text) if end is None else end
    # tuple.__new__ skips the named tuple's Python-level constructor: extraction makes many tokens.
    found: list[Token] = []
    append = found.append
    for m in TOKEN.finditer(low, start, stop):
        i, j = m.span()
        append(_new_tuple(Token, (text[i:j], i, j, m.group())))
    return found


def phrase_key(phrase: str, *, case: bool = False) -> Key:
    """A phrase as the tuple of its tokens (lower case unless ``case``).

    Parameters
    ----------
    phrase : str
        A phrase as written in the lexicon.
    case : bool, optional
        Keep the case of the words (False: lower case).

    Returns
    -------
    Key
        The tuple of its tokens.

    Examples
    --------
    >>> phrase_key("Per cent")
    ('per', 'cent')
    """
    tokens = tuple(m.group() for m in TOKEN.finditer(phrase))
    return tokens if case else tuple(t.lower() for t in tokens)


def alternation(phrases: Iterable[str]) -> str:
    """A regular expression alternation of phrases, longest first, any spacing between words.

    Parameters
    ----------
    phrases : iterable of str
        Phrases of one or more words.

    Returns
    -------
    str
        A pattern matching any of them, the longer tried first.

    Examples
    --------
    >>> alternation(["a b", "a"])
    'a\\\\s+b|a'
    """
    escaped = {r"\s+".join(re.escape(w) for w in p.split()) for p in phrases}
    return "|".join(sorted(escaped, key=len, reverse=True))


class Phrases(dict[Key, T]):
    """Phrases as tuples of lower-case tokens, knowing how long the longest is and their end words.

    Examples
    --------
    >>> table = Phrases.of([(("per", "cent"), 1)])
    >>> table.longest, sorted(table.firsts), sorted(table.lasts)
    (2, ['per'], ['cent'])
    """

    longest: int = 0
    firsts: frozenset[str] = frozenset()  # the first word of every phrase: most look-ups stop there
    lasts: frozenset[str] = frozenset()  # and the last

    @classmethod
    def of(cls, pairs: Iterable[tuple[Key, T]]) -> Phrases[T]:
        """The table of ``pairs``.

        Parameters
        ----------
        pairs : iterable of (Key, value)
            Each phrase's key (:func:`phrase_key`) and what it maps to.

        Returns
        -------
        Phrases
            The table, with ``longest``, ``firsts`` and ``lasts`` set.

        Examples
        --------
        >>> Phrases.of([(("a", "b"), 1), (("c",), 2)]).longest
        2
        """
        table = cls(pairs)
        table.longest = max(map(len, table), default=0)
        table.firsts = frozenset(key[0] for key in table if key)
        table.lasts = frozenset(key[-1] for key in table if key)
        return table


# A sentence ends at a stop before a capital or a digit (any script: "Über"), or at a line break.
_SENTENCE_END = re.compile(r"([.!?…])[\"”’)\]]{0,3}\s{1,20}(?=[\"“‘(\[]?[^\W_])|\n\s{0,20}")
# A stop glued to a short abbreviation that starts the next sentence: "in Jan.ca. 500 people".
# (Found from its stop, not by a look-behind tried at every character: a tenth of the time.)
_GLUED_END = re.compile(r"\.(?<=[^\W\d_]{2}\.)(?=[^\W\d_]{1,5}\.\s{1,20}\d)")
# A stop glued to the capitalised word of the next sentence: "... officials said.The fire".
_GLUED_CAPITAL = re.compile(r"\.(?<=[^\W\d_]{2}\.)(?=[^\W\d_])")


def sentence_starts(text: str, abbreviations: frozenset[str]) -> list[int]:
    """Start offsets of the sentences of ``text``, in one linear pass.

    A stop after one of ``abbreviations`` (lower case, without the stop) ends no sentence.

    Parameters
    ----------
    text : str
        A document.
    abbreviations : frozenset of str
        Words whose stop ends no sentence, lower case, without the stop (the lexicon's).

    Returns
    -------
    list of int
        The start offsets, from 0, sorted and distinct.

    Examples
    --------
    >>> sentence_starts("It fell 5%. Dr. Lee said so.", frozenset({"dr"}))
    [0, 12]
    """
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group(1) is not None:
            first = text[end : end + 2].lstrip('"“‘([')[:1]
            if not (first.isupper() or first.isdigit()):
                continue  # "... 5 p.m. local time": no capital, no new sentence
            if match.group(1) == "." and _word_before(text, match.start()) in abbreviations:
                continue
        starts.append(end)
    starts.extend(m.end() for m in _GLUED_END.finditer(text))
    glued = _GLUED_CAPITAL.finditer(text)
    starts.extend(m.end() for m in glued if _glued_start(text, m.start(), abbreviations))
    return sorted(set(starts))


def _glued_start(text: str, stop: int, abbreviations: frozenset[str]) -> bool:
    """Whether the stop at ``stop`` ends a lower-case word and a capital glued to it starts a sentence.

    The word before it is no abbreviation and holds no stop of its own ("U.S.", "e.g.", "Jan.").
    """
    if not (text[stop - 1].islower() and text[stop + 1].isupper()):
        return False
    start = stop - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if start > 0 and text[start - 1] == ".":
        return False  # "e.g.The", "a.m.Then": a stop inside the word
    return text[start:stop].lower() not in abbreviations


def _word_before(text: str, end: int) -> str:
    """The word before a stop, after any stop glued inside it ("jan.ca" -> "ca"; "u.s" stays)."""
    start = end
    while start > 0 and end - start < 12 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:end].lower()
    head, dot, last = word.rpartition(".")
    return last if dot and len(head.rsplit(".", 1)[-1]) > 1 else word
