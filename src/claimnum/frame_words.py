"""A sentence's words as the frame readers read them: once for all the claims of the sentence.

:func:`claimnum.grouping.frame_of` asks many questions of a claim's sentence (where its clauses
are cut, whether a cue phrase stands around the number); each would split the sentence into
words (:func:`claimnum.measure_lexicon.tokens`) and look up their lemmas again.  :func:`read`
does it once per sentence, remembered for the next claims of the sentence, and
:func:`may_hold` answers from it, without reading any cut text anew, whether a phrase can stand
in the sentence with a number cut out: most sentences hold none, and the readers then skip
their search.

Examples
--------
>>> from claimnum.frame_words import may_hold, read
>>> [word.text for word in read("The toll rose to 52.").toks]
['The', 'toll', 'rose', 'to', '52']
>>> rising = (("rise", "to"),)
>>> may_hold("The toll rose to 52.", 17, 19, rising), may_hold("It was 52.", 7, 9, rising)
(True, False)
"""

from __future__ import annotations

import bisect
import functools
import operator
from itertools import compress
from typing import NamedTuple

from claimnum.measure_lexicon import Word, clause_boundaries, lemmas, tokens

__all__ = ["FrameSentence", "may_hold", "read"]


class FrameSentence(NamedTuple):
    """A sentence's words (:func:`claimnum.measure_lexicon.tokens`), their offsets and lemmas, and
    its clause cuts.

    Attributes
    ----------
    toks : tuple of Word
        The words, numbers and clause marks.
    starts, ends : tuple of int
        Where each starts and ends (both ascending).
    words : tuple of frozenset of str
        Each word's lemmas (:func:`claimnum.measure_lexicon.lemmas`).
    cut_starts, cuts : tuple of int
        Every word that may cut a clause (a clause mark, a clause word: "when"): where it starts,
        and where the clause after it begins.
    found : dict
        The words that may start a set of phrases (:meth:`openers`), once found.

    Examples
    --------
    >>> from claimnum.frame_words import read
    >>> s = read("It rose, when 40 died.")
    >>> s.cut_starts, s.cuts
    ((7, 9), (8, 9))
    """

    toks: tuple[Word, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[frozenset[str], ...]
    cut_starts: tuple[int, ...]
    cuts: tuple[int, ...]
    found: dict[int, tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]]  # openers by set of phrases

    def openers(self, phrases: tuple[tuple[str, ...], ...]) -> tuple[int, ...]:
        """The positions of the words that may start one of the phrases (by their lemmas), ascending;
        found once per sentence for each set of phrases.

        Examples
        --------
        >>> from claimnum.frame_words import read
        >>> read("Prices rose, then rose again.").openers((("rise", "to"),))
        (1, 4)
        """
        known = self.found.get(id(phrases))
        if known is not None and known[0] is phrases:
            return known[1]
        apart = tuple(map(_first_words(phrases).isdisjoint, self.words))
        found = () if False not in apart else tuple(i for i, far in enumerate(apart) if not far)
        self.found[id(phrases)] = (phrases, found)
        return found

    def words_between(self, lo: int, hi: int) -> int:
        """How many words stand wholly between the character offsets ``lo`` and ``hi``.

        Examples
        --------
        >>> from claimnum.frame_words import read
        >>> read("In May, it rose.").words_between(0, 7)
        3
        """
        return max(0, bisect.bisect_right(self.ends, hi) - bisect.bisect_left(self.starts, lo))


# The sentences of a document: reconcile reads each document's frames right after its extraction.
@functools.lru_cache(maxsize=256)
def read(sentence: str) -> FrameSentence:
    """Return a sentence's words, their lemmas and its clause cuts, read once for all its claims.

    Parameters
    ----------
    sentence : str

    Returns
    -------
    FrameSentence

    Examples
    --------
    >>> from claimnum.frame_words import read
    >>> sorted(read("Homes burned.").words[0])
    ['home', 'homes']
    """
    toks = tokens(sentence)
    texts = tuple(map(_TEXT, toks))
    cutting = tuple(compress(toks, map(_cuts_clause, texts)))
    return _new_tuple(
        FrameSentence,
        (
            toks,
            tuple(map(_START, toks)),
            tuple(map(_END, toks)),
            tuple(map(lemmas, texts)),
            tuple(map(_START, cutting)),
            tuple(word.start if word.text[0].isalnum() else word.end for word in cutting),
            {},
        ),
    )


_TEXT, _START, _END = operator.itemgetter(0), operator.itemgetter(1), operator.itemgetter(2)
_new_tuple = tuple.__new__  # a named tuple built without its Python-level constructor


@functools.lru_cache(maxsize=16384)
def _cuts_clause(text: str) -> bool:
    """A clause mark, or a word that opens a clause ("when", "which")."""
    return not text[0].isalnum() or text.lower() in clause_boundaries()


_FIRST_WORDS: dict[int, tuple[tuple[tuple[str, ...], ...], frozenset[str]]] = {}


def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The first words of a set of phrases, remembered by the set's identity: the lexicon's sets
    live as long as the program, and hashing a set of phrases anew costs more than the search."""
    known = _FIRST_WORDS.get(id(phrases))
    if known is None or known[0] is not phrases:
        if len(_FIRST_WORDS) > 64:
            _FIRST_WORDS.clear()
        known = _FIRST_WORDS[id(phrases)] = (phrases, frozenset(phrase[0] for phrase in phrases))
    return known[1]


def may_hold(
    sentence: str,
    start: int,
    end: int,
    phrases: tuple[tuple[str, ...], ...],
    lo: int = 0,
    hi: int | None = None,
) -> bool:
    """Whether one of the phrases may stand in ``sentence[lo:start] + " " + sentence[end:hi]``.

    ``False`` only when it cannot: no word of those parts is the first word of a phrase (by its
    lemmas), and the cut splits no word nor makes a new dash.  ``lo`` and ``hi`` must be places
    where the sentence's words are cut (the sentence's ends, a clause's cut: ``cuts``), so that
    the parts hold the very words of the sentence.

    Parameters
    ----------
    sentence : str
    start, end : int
        The span cut out (a number).
    phrases : tuple of tuple of str
        Phrases as lemmas, as the measure lexicon writes cues.
    lo, hi : int, optional
        Where the text read starts and ends (the whole sentence by default).

    Returns
    -------
    bool

    Examples
    --------
    >>> from claimnum.frame_words import may_hold
    >>> may_hold("Prices rose 5 to 60.", 12, 13, (("rise", "to"),))  # "rose to" once 5 is cut
    True
    >>> may_hold("Prices fell 5 to 60.", 12, 13, (("rise", "to"),))
    False
    """
    reading = read(sentence)
    starts, ends = reading.starts, reading.ends
    count = len(starts)
    hi = len(sentence) if hi is None else hi
    # the words wholly before the cut and wholly after it; none may be cut in two (its halves are
    # other words), nor may the seam make a new dash
    first = bisect.bisect_left(starts, lo) if lo else 0
    before = bisect.bisect_right(ends, start)
    after, past = bisect.bisect_left(starts, end), bisect.bisect_right(ends, end)
    last = bisect.bisect_right(ends, hi)
    if (
        (before < count and starts[before] < start)
        or (past < count and starts[past] < end)
        or (last < count and starts[last] < hi)
        or (lo and _splits(starts, ends, lo))
    ):
        return True
    if (start >= 2 and sentence[start - 1] == "-" and sentence[start - 2].isspace()) or (
        sentence[end : end + 1] == "-" and sentence[end + 1 : end + 2].isspace()
    ):
        return True  # " -" before the cut or "- " after it: the seam makes a new dash
    openers = reading.openers(phrases)
    i = bisect.bisect_left(openers, first)
    if i < len(openers) and openers[i] < before:
        return True
    i = bisect.bisect_left(openers, after)
    return i < len(openers) and openers[i] < last


def _splits(starts: tuple[int, ...], ends: tuple[int, ...], at: int) -> bool:
    """Whether a word starts before ``at`` and ends after it."""
    k = bisect.bisect_right(ends, at)  # the first word ending after it
    return k < len(starts) and starts[k] < at
