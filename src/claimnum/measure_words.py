"""Words as the measure lexicon reads them: a sentence's words (:class:`Word`, :func:`tokens`) and their
word forms (:func:`lemmas`).

Word forms come from lemminflect, not from hand-written suffix rules: a cue
"kill" matches killed, kills and killing; "home" matches homes.

Examples
--------
>>> from claimnum.measure_words import lemmas, tokens
>>> "kill" in lemmas("killing"), [w.text for w in tokens("5 died")]
(True, ['5', 'died'])
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from lemminflect import getAllLemmas, getAllLemmasOOV

__all__ = ["Word", "lemmas", "tokens"]

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:()\[\]\"“”—–]|\s-\s|&")
_new_tuple = tuple.__new__
_INFLECTED = ("s", "ed", "ing")  # the endings of a plural, a past and a participle
_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end


class Word(NamedTuple):
    """A word, a number or a clause mark of a sentence as the measure lexicon reads it (:func:`tokens`).

    Examples
    --------
    >>> Word("quake", 10, 15).end
    15
    """

    text: str
    start: int
    end: int


_new_word = functools.partial(_new_tuple, Word)  # skips the named tuple's Python-level constructor


@functools.lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Return the word lower-cased and every lemma lemminflect knows for it.

    Parameters
    ----------
    word : str
        A word as written.

    Returns
    -------
    frozenset of str
        The word in lower case and its lemmas.

    Examples
    --------
    >>> sorted(lemmas("Killed")), sorted(lemmas("homes")), sorted(lemmas("aftershocks"))
    (['kill', 'killed'], ['home', 'homes'], ['aftershock', 'aftershocks'])
    >>> sorted(lemmas("Fatima"))  # no inflection's ending: no lemma from lemminflect's model
    ['fatima']
    """
    lower = word.lower()
    if lower[:1].isdigit():  # a number has no lemma: skip lemminflect, and keep distinct numbers cheap
        return frozenset((lower,))
    if lower[-2:] in ("'s", "’s") and len(lower) > 2:  # a possessive: "the 15-year-old's child"
        return lemmas(lower[:-2]) | {lower}
    found = {lower}
    known = getAllLemmas(lower)
    if known:
        for forms in known.values():
            found.update(forms)
    elif lower.isalpha() and lower.endswith(_INFLECTED):
        # a word lemminflect does not list ("aftershocks"): its model for unknown words, asked only of
        # a word with an inflection's ending: it finds no lemma in a name ("Fatima" is no "fat")
        for upos in ("NOUN", "VERB"):
            found.update(getAllLemmasOOV(lower, upos).get(upos, ()))
    return frozenset(found)


@functools.lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Word, ...]:
    """Split text into words, numbers and clause punctuation, with their offsets.

    Parameters
    ----------
    text : str
        A sentence or a phrase.

    Returns
    -------
    tuple of Word
        Its words, numbers and clause punctuation with their offsets, in order.

    Examples
    --------
    >>> [word.text for word in tokens("A 7.6-magnitude quake, it said.")]
    ['A', '7.6', 'magnitude', 'quake', ',', 'it', 'said']
    """
    found = list(_TOKEN.finditer(text))
    # Built by maps of C functions, no Python call per word: every sentence has many.
    texts = map(str.strip, map(_GROUP, found))
    return tuple(map(_new_word, zip(texts, map(_START, found), map(_END, found), strict=True)))
