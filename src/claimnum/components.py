"""Which part of one amount a figure is: "$3.6 billion in cash and 41 million shares".

A deal, a budget or a pay package is told whole ("a $4.9 billion deal") and in parts
("$3.6 billion in cash and 41 million shares", "including $1 billion in debt").  A figure
followed by "in" and a noun of a part (``[components]`` in ``data/holders.toml``) is that
component when the text sets it beside another figure ("and", "plus") or inside the whole
("including", "of which"); a part alone ("$4.9 billion in cash") may be the whole paid in
cash, and stays whole.  Two figures of different components, or a component and the whole,
are two quantities.

Examples
--------
>>> from claimnum.components import component_of
>>> s = "The deal is $3.6 billion in cash and 41 million shares."
>>> component_of(s, s.index("$"), s.index(" in cash"))
'cash'
>>> component_of("It paid $4.9 billion in cash.", 8, 20) is None
True
"""

from __future__ import annotations

import functools
import re

from lemminflect import getAllLemmas

from claimnum.data_files import data_table

__all__ = ["component_of"]

_PART = re.compile(r"\s+in\s+([^\W\d_]+)")
_BESIDE = re.compile(
    r"\s*,?\s*(?:and|plus|as well as|along with)\s+(?:[^\W\d_]+\s+){0,3}?[$€£¥]?\d", re.IGNORECASE
)
_INSIDE = re.compile(r"\b(?:including|of which|plus)\s+$", re.IGNORECASE)
_AFTER = 80  # characters after a figure where its part and the figure beside it are written
_COUNT = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "two women and two men": a count of its noun set beside a count of another, its parts of a total
_COUNT_BESIDE = re.compile(rf"\s+([^\W\d_]+)\s+(?:and|,)\s+{_COUNT}\s+[^\W\d_]+", re.IGNORECASE)
_NOUN = re.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")  # the words right after a count
_COUNT_AFTER = re.compile(rf"\b{_COUNT}\s+[^\W\d_]+\s+(?:and|,)\s+$", re.IGNORECASE)


@functools.cache
def _components() -> frozenset[str]:
    table = data_table("holders.toml")
    return frozenset(table["components"]["words"])


@functools.lru_cache(maxsize=4096)
def _part(word: str) -> str | None:
    """The component a noun names, in its dictionary form ("shares" -> "share"), if any."""
    lower = word.lower()
    if lower in _components():
        return lower
    forms = {form for found in getAllLemmas(lower).values() for form in found}
    return min(forms & _components(), default=None)


def component_of(sentence: str, start: int, end: int) -> str | None:
    """Return the component of one amount the figure at ``start:end`` is, or ``None`` for a whole.

    Parameters
    ----------
    sentence : str
    start, end : int
        The figure's offsets in the sentence.

    Returns
    -------
    str or None
        The part noun as written in ``[components]`` ("cash", "debt"), or ``None``.

    Examples
    --------
    >>> from claimnum.components import component_of
    >>> s = "The price includes $300 million in debt."
    >>> component_of(s, s.index("$"), s.index(" in debt")) is None
    True
    >>> s = "It will pay $5 billion, including $1 billion in debt."
    >>> component_of(s, s.index("$1"), s.index(" in debt"))
    'debt'
    """
    after = sentence[end : end + _AFTER]
    people = _people_part(sentence, start, after)
    if people is not None:
        return people
    found = _PART.match(after)
    part = _part(found.group(1)) if found else None
    if found is None or part is None:
        return None
    beside = _BESIDE.match(after, found.end()) is not None
    return part if beside or _INSIDE.search(sentence[max(0, start - 20) : start]) else None


def _names_people(word: str, following: str | None) -> bool:
    """A noun of people (``[people_parts]``), a nationality or a party's members (``[people_names]``:
    "one Kenyan and one Danish rower", "two Democrats"), or another word written with a capital
    before a noun of people ("two Vantor men"); not "one Boeing and one Airbus jet"."""
    people, names = _people_words()
    if word.lower() in people or word.lower() in names:
        return True
    return word[:1].isupper() and not word.isupper() and following is not None and following.lower() in people


@functools.cache
def _people_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of people (``[people_parts]``) and the names of peoples and parties (``[people_names]``)."""
    tables = data_table("holders.toml")
    return frozenset(tables["people_parts"]["words"]), frozenset(tables["people_names"]["words"])


def _people_part(sentence: str, start: int, after: str) -> str | None:
    """The people a count counts when a count of other people stands beside it: "two women and
    two men were hurt" are parts of four hurt, never a figure of the four."""
    noun = _NOUN.match(after)
    if noun is None or not _names_people(noun.group(1), noun.group(2)):
        return None
    beside = _COUNT_BESIDE.match(after) or _COUNT_AFTER.search(sentence[max(0, start - 40) : start])
    return noun.group(1).lower() if beside else None
