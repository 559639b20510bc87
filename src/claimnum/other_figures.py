"""The figures told around a number whose measure it shares: "52 from 47", "police 15,000 and unions 60,000".

A number with no cue of its own may be another figure of a quantity told beside it: one
bridged to an earlier number ("rose to 52 from 47"), one given by another teller sharing the
earlier number's verb ("police counted 22,000 and unions 80,000"), one coordinated before a
number whose verb follows ("14 houses and 20 outbuildings were lost"), or one told after
words that refer back to a figure ("organisers put the number at 60,000").  Each function
finds the other number (as token positions); :func:`claimnum.measures.measure_of` reads its
cue.

Examples
--------
>>> from claimnum.measure_sentence import read_sentence
>>> bridged_number(read_sentence("The toll rose to 52 from 47."), 6)
Span(first=4, last=4)
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from claimnum.cue_search import matches
from claimnum.measure_lexicon import lexicon, word_class
from claimnum.measure_sentence import Sentence, Span, numbers_before

__all__ = ["bridged_number", "coordinated_number", "gapped_number", "refers_back"]

_GAPPING = word_class("gapping")  # "police said 15,000 and organisers 60,000"
_BRIDGES = word_class("bridges")  # "52 from 47", "50m by 30m", "52 percent against 45 percent"


def coordinated_number(read: Sentence, last: int) -> Span | None:
    """The number coordinated after ours, with its counted word or bare ("14 houses and 20 outbuildings",
    "who are 33 and 29 years old").

    Parameters
    ----------
    read : Sentence
        The sentence as :func:`claimnum.measure_sentence.read_sentence` reads it.
    last : int
        Our number's last token.

    Returns
    -------
    Span or None
        The other number's first and last tokens, or None.

    Examples
    --------
    >>> from claimnum.measure_sentence import read_sentence
    >>> coordinated_number(read_sentence("14 houses and 20 outbuildings were lost."), 0)
    Span(first=3, last=3)
    """
    if last + 2 < len(read.toks) and read.lowers[last + 1] == "and" and read.is_number[last + 2]:
        at = last + 2  # a bare number shares what the next one's words say of both
    else:
        at = last + 3
        if at >= len(read.toks) or not read.is_number[at] or not read.toks[last + 1].text.isalpha():
            return None
        if read.lowers[last + 2] != "and":
            return None
    end = at
    while end + 1 < len(read.toks) and read.is_number[end + 1]:
        end += 1
    return Span(at, end)


def refers_back(words: Sequence[frozenset[str]], first: int) -> str | None:
    """The words before the number that make it a figure told before ("put the crowd at"), if any.

    Their first word, which may name what is counted ("crowd"), or "" when there is none.

    Parameters
    ----------
    words : sequence of frozenset of str
        The sentence's lemmas, word by word (``Sentence.words``).
    first : int
        Our number's first token.

    Returns
    -------
    str or None
        The phrase's first word, "" for a phrase of one word, or None when no such phrase
        stands before the number.

    Examples
    --------
    >>> from claimnum.measure_sentence import read_sentence
    >>> refers_back(read_sentence("Organisers put the crowd at 60,000.").words, 5)
    'crowd'
    """
    if first < 1 or words[first - 1].isdisjoint(_anaphora_ends()):
        return None  # most numbers follow no such phrase: one set test
    for phrase in lexicon().anaphora:
        if matches(words, first - len(phrase), phrase):
            return phrase[0] if len(phrase) > 1 else ""
    return None


@functools.cache
def _anaphora_ends() -> frozenset[str]:
    """The last words of the phrases that make a number a figure told before."""
    return frozenset(phrase[-1] for phrase in lexicon().anaphora)


def bridged_number(read: Sentence, first: int) -> Span | None:
    """The number that ours follows through a bridge word ("52 from 47"), as token positions.

    Parameters
    ----------
    read : Sentence
        The sentence as :func:`claimnum.measure_sentence.read_sentence` reads it.
    first : int
        Our number's first token.

    Returns
    -------
    Span or None
        The earlier number's first and last tokens, or None.

    Examples
    --------
    >>> from claimnum.measure_sentence import read_sentence
    >>> bridged_number(read_sentence("Sales fell to 40 from 52."), 5)
    Span(first=3, last=3)
    """
    if first < 2 or read.lowers[first - 1] not in _BRIDGES:
        return None
    found = next(numbers_before(read, first - 1), None)
    return found if found is not None and found.last >= first - 4 else None


def gapped_number(read: Sentence, first: int) -> Span | None:
    """The number whose verb ours shares, told by another ("police counted 22,000 and unions 80,000").

    Ours follows a conjunction and one word that is neither a number nor a cue.

    Parameters
    ----------
    read : Sentence
        The sentence as :func:`claimnum.measure_sentence.read_sentence` reads it.
    first : int
        Our number's first token.

    Returns
    -------
    Span or None
        The earlier number's first and last tokens, or None.

    Examples
    --------
    >>> from claimnum.measure_sentence import read_sentence
    >>> gapped_number(read_sentence("Police counted 22,000 and unions 80,000."), 5)
    Span(first=2, last=2)
    """
    if first < 3 or read.lowers[first - 2] not in _GAPPING or read.is_number[first - 1]:
        return None
    if not read.toks[first - 1].text.isalpha() or not read.words[first - 1].isdisjoint(lexicon().index):
        return None
    found = next(numbers_before(read, first - 2), None)
    return found if found is not None and found.last >= first - 6 else None
