"""Cue phrases found in a sentence: where the measure lexicon's multiword cues stand.

A phrase is a tuple of lemmas ("rise", "to"); a sentence's words are read once (their lemmas,
:func:`claimnum.measure_lexicon.lemmas`) and shared by every number in it, so that asking whether
a cue stands outside a number's span costs a few look-ups, not a new reading of the sentence.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from claimnum.measure_lexicon import lemmas, tokens

__all__ = ["find_cues", "has_cue_outside", "matches"]


def matches(words: Sequence[frozenset[str]], at: int, cue: tuple[str, ...]) -> bool:
    """Whether the words from position ``at`` are the words of ``cue``, one lemma each.

    Parameters
    ----------
    words : sequence of frozenset of str
        Each word's lemmas (:func:`claimnum.measure_lexicon.lemmas`).
    at : int
        The position of the cue's first word.
    cue : tuple of str
        The cue's lemmas.

    Returns
    -------
    bool
        True when each word from ``at`` has the cue's lemma at its place.

    Examples
    --------
    >>> words = [lemmas(word.text) for word in tokens("The death toll rose.")]
    >>> matches(words, 1, ("death", "toll")), matches(words, 2, ("death", "toll"))
    (True, False)
    """
    if at < 0 or at + len(cue) > len(words):
        return False
    for part in cue:  # a loop, not all(...): this runs for every multiword cue of every sentence
        if part not in words[at]:
            return False
        at += 1
    return True


def find_cues(sentence: str, phrases: tuple[tuple[str, ...], ...]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Return the phrases found in a sentence, as ``(start, end, phrase)`` character spans.

    Parameters
    ----------
    sentence : str
        One sentence.
    phrases : tuple of tuple of str
        The phrases as lemmas (the lexicon's background or revision cues).

    Returns
    -------
    list of (int, int, tuple of str)
        Each phrase found: its first and end character offsets and the phrase.

    Examples
    --------
    >>> [(s, e) for s, e, _ in find_cues("The toll rose to 52.", (("rise", "to"),))]
    [(9, 16)]
    """
    toks = tokens(sentence)
    words = [lemmas(word.text) for word in toks]
    return [(toks[i].start, toks[i + len(cue) - 1].end, cue) for i, cue in _cues_in(words, phrases)]


def has_cue_outside(sentence: str, start: int, end: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Return whether the sentence, with the span ``start:end`` cut out, holds one of the phrases.

    The same answer as ``find_cues(sentence[:start] + " " + sentence[end:], phrases)``, but the
    words of the sentence are read once for all the numbers in it.

    Parameters
    ----------
    sentence : str
        One sentence.
    start, end : int
        The character span to leave out (a number).
    phrases : tuple of tuple of str
        The phrases as lemmas.

    Returns
    -------
    bool
        True when a phrase stands in the rest of the sentence.

    Examples
    --------
    >>> has_cue_outside("It rose 52 to 60.", 8, 10, (("rise", "to"),))
    True
    >>> has_cue_outside("It rose to 60.", 11, 13, (("rise", "to"),))
    True
    >>> has_cue_outside("It rose to 60.", 3, 10, (("rise", "to"),))
    False
    """
    toks = tokens(sentence)
    starts, ends = _token_bounds(sentence)
    before, after = bisect.bisect_right(ends, start), bisect.bisect_left(starts, end)
    seam_splits = any(w.start < start < w.end or w.start < end < w.end for w in toks[before:after])
    cut_dash = _DASH_BEFORE.match(sentence, max(0, start - 2), start) or _DASH_AFTER.match(sentence, end)
    if seam_splits or cut_dash:
        # the cut splits a word or makes a new dash: read the cut sentence itself
        return bool(find_cues(sentence[:start] + " " + sentence[end:], phrases))
    first_end, last_start = _cue_extremes(sentence, phrases)
    if first_end <= before or last_start >= after:
        return True  # a phrase wholly before or wholly after the cut
    # a phrase across the seam lies within the longest phrase's reach of it
    reach = max(map(len, phrases), default=1) - 1
    words = _words(sentence)
    return bool(_cues_in(words[max(0, before - reach) : before] + words[after : after + reach], phrases))


@functools.lru_cache(maxsize=4096)
def _token_bounds(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each token of a sentence starts, and where each ends (both ascending)."""
    toks = tokens(sentence)
    return tuple(word.start for word in toks), tuple(word.end for word in toks)


@functools.lru_cache(maxsize=1024)
def _cue_extremes(sentence: str, phrases: tuple[tuple[str, ...], ...]) -> tuple[float, float]:
    """The token index where the first phrase found in a sentence ends, and where the last starts
    (``inf`` and ``-inf`` when none): read once per sentence for all the numbers in it."""
    found = _cues_in(_words(sentence), phrases)
    return (
        min((i + len(cue) for i, cue in found), default=float("inf")),
        max((i for i, _ in found), default=float("-inf")),
    )


_DASH_BEFORE = re.compile(r"\s-\Z")
_DASH_AFTER = re.compile(r"-\s")


@functools.lru_cache(maxsize=4096)
def _words(sentence: str) -> list[frozenset[str]]:
    """The lemmas of each token of a sentence (never changed by callers)."""
    return [lemmas(word.text) for word in tokens(sentence)]


def _cues_in(
    words: list[frozenset[str]], phrases: tuple[tuple[str, ...], ...]
) -> list[tuple[int, tuple[str, ...]]]:
    """The phrases found in a list of token lemmas, as ``(token index, phrase)``."""
    index, starts = _first_words(phrases)
    found = []
    for i, token_words in enumerate(words):
        if token_words.isdisjoint(starts):  # most words start no phrase: nothing to build for them
            continue
        for cue in dict.fromkeys(c for word in token_words for c in index.get(word, ())):
            if matches(words, i, cue):
                found.append((i, cue))
    return found


@functools.lru_cache(maxsize=64)
def _first_words(
    phrases: tuple[tuple[str, ...], ...],
) -> tuple[dict[str, tuple[tuple[str, ...], ...]], frozenset[str]]:
    """The phrases by their first word, in their order, for a look-up per word of a sentence; and
    the set of those first words, for a quick test of the many words that start none."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}, frozenset(index)
