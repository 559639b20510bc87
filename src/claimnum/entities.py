"""What a claim's subject counts: its head noun, its entity (synonyms folded), its other words.

The vocabulary is data (``data/synonyms.toml``): the head nouns that count one thing
("troops" and "soldiers"), container words ("the number of"), generic entities ("people")
and the words of a rule's threshold.  Word forms come from lemminflect.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from claimnum.data_files import data_table
from claimnum.word_forms import is_third_person

__all__ = [
    "WORD",
    "entity_of",
    "generic_entity",
    "head_word",
    "may_be_plural_noun",
    "modifiers_of",
    "vocabulary",
]

WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
"""A word: letters, joined by hyphens or apostrophes."""
_PREPOSITIONS = frozenset({"of", "from", "in", "to", "at", "for", "with", "on", "by", "into", "across"})


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The rows of ``data/synonyms.toml``, read once (:func:`vocabulary`).

    Examples
    --------
    >>> "number" in vocabulary().containers
    True
    """

    subjects: Mapping[str, str]  # dictionary form of a head noun -> canonical entity
    containers: frozenset[str]  # "number" in "the number of soldiers"
    generic: frozenset[str]  # entities that say nothing of what is counted ("person")
    thresholds: frozenset[str]  # words that make a number a rule's threshold ("valid", "quorum")
    one_person: frozenset[str]  # words before a range that make it one person's ("his early 30s")
    classes: frozenset[str]  # bounds joined to a number that name a class of people ("under-17")


@functools.cache
def vocabulary() -> Vocabulary:
    """The vocabulary of entities.

    Returns
    -------
    Vocabulary
        The synonyms, containers and word classes of ``data/synonyms.toml``.

    Examples
    --------
    >>> vocabulary().subjects["troop"]
    'soldier'
    """
    table = data_table("synonyms.toml")
    return Vocabulary(
        subjects={word: name for name, words in table["subjects"].items() for word in words},
        containers=frozenset(table["containers"]["words"]),
        generic=frozenset(table["generic"]["words"]),
        thresholds=frozenset(table["thresholds"]["words"]),
        one_person=frozenset(table["one_person"]["words"]),
        classes=frozenset(table["classes"]["words"]),
    )


@functools.lru_cache(maxsize=16384)
def _noun_form(word: str) -> str:
    """The dictionary form of a noun: "houses" -> "house", "people" -> "person" (lemminflect)."""
    from lemminflect import getLemma

    lower = word.lower()
    if lower == "people":
        return "person"
    *rest, last = lower.split("-")  # "asylum-seekers": the last part carries the plural
    if not last.isalpha():
        return lower
    return "-".join([*rest, getLemma(last, "NOUN", lemmatize_oov=True)[0]])


@functools.lru_cache(maxsize=16384)  # a story repeats its subjects
def head_word(subject: str | None) -> str | None:
    """Return the head noun of a subject as written, lower-cased, or ``None``.

    The head is the last word before a preposition ("troops from North Korea"
    -> troops), or the word after "of" when the head is a container word ("the
    number of soldiers" -> soldiers).

    Parameters
    ----------
    subject : str or None
        A subject as written ("the number of villages").

    Returns
    -------
    str or None
        Its head noun, lower case; ``None`` for no subject.

    Examples
    --------
    >>> head_word("North Korean Troops"), head_word("soldiers from North Korea")
    ('troops', 'soldiers')
    >>> head_word("the number of villages"), head_word("")
    ('villages', None)
    """
    words = [w.lower() for w in WORD.findall(subject or "")]
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    head = words[:cut]
    if head and head[-1] in vocabulary().containers and cut + 1 < len(words):
        head = words[cut + 1 :]
    return head[-1] if head else None


@functools.lru_cache(maxsize=16384)
def entity_of(subject: str | None) -> str | None:
    """Return the canonical entity of a subject: its head in dictionary form, synonyms folded.

    Parameters
    ----------
    subject : str or None
        A subject as written, in any case.

    Returns
    -------
    str or None
        The entity; ``None`` when the subject has no head.

    Examples
    --------
    >>> entity_of("North Korean troops"), entity_of("houses"), entity_of("the number of villages")
    ('soldier', 'building', 'settlement')
    """
    head = head_word(subject)
    if head is None or head in vocabulary().containers or _is_name(subject or "", head):
        return None
    form = _noun_form(head)
    if form in vocabulary().subjects:
        return vocabulary().subjects[form]
    return form if _is_noun(head) else None  # "47 overnight": an adverb counts nothing


@functools.lru_cache(maxsize=16384)
def _is_noun(word: str) -> bool:
    """A word the dictionary knows as a noun and not as an adverb ("yesterday", "up" are not)."""
    from lemminflect import getAllLemmas

    forms = getAllLemmas(word.lower().split("-")[-1])
    return "NOUN" in forms and "ADV" not in forms


@functools.lru_cache(maxsize=16384)
def may_be_plural_noun(word: str) -> bool:
    """Whether a word may count things: a noun, or a verb's "-s" form that is also a plural the
    dictionary misses ("seven carries"); not a verb's other forms ("1.4 million ran").

    Parameters
    ----------
    word : str
        A word, lower case.

    Returns
    -------
    bool
        True unless the word is only a verb's form other than "-s".

    Examples
    --------
    >>> may_be_plural_noun("games"), may_be_plural_noun("carries"), may_be_plural_noun("ran")
    (True, True, False)
    """
    from lemminflect import getAllLemmas

    if _is_noun(word):
        return True
    forms = getAllLemmas(word.lower())
    return (
        is_third_person(word.lower())
        and "ADV" not in forms
        and any(w != word.lower() for w in forms.get("VERB", ()))
    )


def _is_name(subject: str, head: str) -> bool:
    """A proper name heads the subject ("Jalen Tobin"): it names no kind of thing counted."""
    written = next((w for w in reversed(WORD.findall(subject)) if w.lower() == head), head)
    return written[:1].isupper() and not written.isupper()


@functools.lru_cache(maxsize=16384)
def modifiers_of(subject: str | None) -> frozenset[str]:
    """The words of a subject other than its head, in dictionary form.

    Parameters
    ----------
    subject : str or None
        A subject as written, its head among its words.

    Returns
    -------
    frozenset of str
        Its words but the head; empty for no subject.

    Examples
    --------
    >>> sorted(modifiers_of("North Korean troops"))
    ['korean', 'north']
    """
    words = [w.lower() for w in WORD.findall(subject or "")]
    head = head_word(subject)
    return frozenset(_noun_form(w) for w in words if w != head and w not in _PREPOSITIONS and len(w) > 2)


def generic_entity(entity: str | None) -> bool:
    """Whether an entity says nothing of what is counted ("person"), or is unknown.

    Parameters
    ----------
    entity : str or None
        An entity (:func:`entity_of`).

    Returns
    -------
    bool
        True for an unknown or generic entity.

    Examples
    --------
    >>> generic_entity("person"), generic_entity(None), generic_entity("soldier")
    (True, True, False)
    """
    return entity is None or entity in vocabulary().generic
