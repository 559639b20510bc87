"""What a count of something counts: the noun phrase after "of" ("two counts of murder"), and
whether it counts a set told of before ("the two men", "all three").

A subject whose noun says no more than its measure ("counts", "charges", "cases") or
that names no thing at all ("count") leaves the claim's entity to the words after it:
"one count of murder" and "two counts of firearm possession" count different things,
"two counts of murder" the same.  :func:`claimnum.grouping.frame_of` makes the phrase
the entity where the noun alone would say nothing more than the measure.
"""

from __future__ import annotations

import functools
import re

from claimnum.data_files import data_table

__all__ = [
    "complement_stops",
    "counted_words",
    "is_definite",
    "is_frequency",
    "of_complement",
]

_PHRASE_WORDS = 3  # "first-degree attempted murder"
_COMPLEMENT = re.compile(
    rf"\s+of\s+(?:the\s+|a\s+|an\s+)?((?:[a-z][a-z'-]*)(?:\s+[a-z][a-z'-]*){{0,{_PHRASE_WORDS - 1}}})"
)


@functools.cache
def complement_stops() -> frozenset[str]:
    """The words that end the phrase after "of" (``data/counted.toml``).

    Returns
    -------
    frozenset of str
        The words, lower case.

    Examples
    --------
    >>> "and" in complement_stops()
    True
    """
    return _words("complement", "stops")


def _words(section: str, key: str) -> frozenset[str]:
    return frozenset(data_table("counted.toml")[section][key])


@functools.cache
def counted_words(section: str) -> frozenset[str]:
    """The words of a section of ``data/counted.toml``: ``"definite"`` (before a count told of
    before: "the two men"), ``"frequency"`` (a count of how often: "twice") or ``"another_kind"``
    (before a counted noun, another kind of thing: "attempted murder").

    Parameters
    ----------
    section : str
        The section's name.

    Returns
    -------
    frozenset of str
        Its words, lower case.

    Examples
    --------
    >>> "all" in counted_words("definite"), "twice" in counted_words("frequency")
    (True, True)
    """
    return _words(section, "words")


def of_complement(sentence: str, end: int, subject: str | None) -> str | None:
    """The noun phrase after "of" that follows a number's subject, cut at the first function word.

    Parameters
    ----------
    sentence : str
    end : int
        Where the number ends in the sentence; its subject's words follow it.
    subject : str or None
        The claim's subject as extraction read it.

    Returns
    -------
    str or None
        The phrase in lower case, or ``None`` when the subject is not followed by "of".

    Examples
    --------
    >>> s = "He faces two counts of firearm possession and one of theft."
    >>> of_complement(s, s.index("two") + 3, "counts")
    'firearm possession'
    >>> of_complement("He faces two counts.", 12, "counts") is None
    True
    """
    if not subject:
        return None
    rest = sentence[end:].lower()
    at = rest.find(subject.lower())
    if at < 0 or rest[:at].strip(" -"):
        return None  # the subject is not right after the number
    found = _COMPLEMENT.match(rest, at + len(subject))
    if found is None:
        return None
    words = []
    for word in found.group(1).split():
        if word in complement_stops():
            break
        words.append(word)
    return " ".join(words) or None


_LOWER_WORD = re.compile(r"[a-z]+")


def is_frequency(text: str) -> bool:
    """Whether a claim's words count how often ("twice", "three times"), not people or things
    (``[frequency]`` of ``data/counted.toml``).

    Parameters
    ----------
    text : str
        A claim's words as written.

    Returns
    -------
    bool
        True for a count of how often.

    Examples
    --------
    >>> is_frequency("twice"), is_frequency("three times"), is_frequency("three men")
    (True, True, False)
    """
    words = _LOWER_WORD.findall(text.lower())
    return bool(words) and words[-1] in counted_words("frequency")


_LAST_WORD = re.compile(r"([a-z]+)\W*$")


def is_definite(sentence: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` (with its qualifier) counts a set the story told of before.

    "The two men were due in court", "all three of the people", "both women": the
    count names people or things already counted, not what befell them here.

    Parameters
    ----------
    sentence : str
        The sentence the number stands in.
    start, end : int
        Where the number stands in ``sentence``.

    Returns
    -------
    bool
        True for a set counted before.

    Examples
    --------
    >>> s = "The two men were due in court."
    >>> is_definite(s, 4, 7), is_definite("Two men were arrested.", 0, 3)
    (True, False)
    >>> s = "Nobody is sure all three of the people were warned."
    >>> is_definite(s, s.index("all"), s.index(" of"))
    True
    """
    before = _LAST_WORD.search(sentence[max(0, start - 20) : start].lower())
    words = [*([before.group(1)] if before else []), *re.findall(r"[a-z]+", sentence[start:end].lower())]
    return any(word in counted_words("definite") for word in words)
