"""The vocabulary :mod:`claimnum.holders` reads to find whose quantity a number is: verbs of telling
("say"), nouns of a report ("estimate"), pronouns standing for a holder ("his"), kinds of holder
("club"), what a party holds ("offer"), ... (``data/holders.toml``: data, not code).

Examples
--------
>>> "estimate" in holder_words().reports
True
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from claimnum.data_files import data_table

__all__ = ["HolderWords", "holder_words"]


@dataclass(frozen=True, slots=True)
class HolderWords:
    """The word classes of ``data/holders.toml`` that the holder reader reads, one set of words each.

    Attributes
    ----------
    reporting, reports : frozenset of str
        Verbs of telling ("say"); nouns of a report ("estimate").
    linking, referring, definite : frozenset of str
        Words inside a verb chain ("to"); pronouns for a holder ("his"); "the", "this".
    kinds, function : frozenset of str
        Kinds of holder ("club"); capitalised words that name no one ("The").
    holdings, adjuncts, merged : frozenset of str
        What a party holds ("offer"); "despite"; "combined".

    Examples
    --------
    >>> words = holder_words()
    >>> "say" in words.reporting, "club" in words.kinds
    (True, True)
    """

    reporting: frozenset[str]
    reports: frozenset[str]
    linking: frozenset[str]  # auxiliaries, "to", negation
    referring: frozenset[str]  # "his", "they"
    definite: frozenset[str]  # "the", "this": "the offer" is one named before
    kinds: frozenset[str]  # "club", "company"
    function: frozenset[str]
    holdings: frozenset[str]  # "offer", "bid": "the Owls offer"
    adjuncts: frozenset[str]  # "despite" in "..., despite making an offer"
    merged: frozenset[str]  # "combined" in "the combined company"


@functools.cache
def holder_words() -> HolderWords:
    """The word classes of ``data/holders.toml``, read once.

    Returns
    -------
    HolderWords
        Every section's words, lower case.

    Examples
    --------
    >>> "despite" in holder_words().adjuncts
    True
    """
    table = data_table("holders.toml")
    names = (
        "reporting",
        "reports",
        "linking",
        "referring",
        "definite",
        "kinds",
        "function",
        "holdings",
        "adjuncts",
        "merged",
    )
    return HolderWords(*(frozenset(table[name]["words"]) for name in names))
