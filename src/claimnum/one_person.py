"""A bare number said of one person: an age ("Lopez was 75.", "she died in a hospital at 77").

A number that is all a linking verb says of one person (a pronoun, a person's noun in the
singular, a name), or a number after "at" ending a clause with a row's ``at`` word ("died"),
takes the measure the lexicon gives such numbers (``of_person``, ``at`` of a row): an age, in
years.  A noun naming many people ("the crowd was 800", ``[collectives]``) is no one person.

Examples
--------
>>> from claimnum.measure_sentence import Span, read_sentence
>>> of_one_person(read_sentence("Lopez was 75."), Span(2, 2)), of_person(None)
(True, 'age')
"""

from __future__ import annotations

import functools

from claimnum.data_files import data_table
from claimnum.measure_lexicon import fits, lexicon, unit_class, word_class
from claimnum.measure_sentence import MONTHS, WEEKDAYS, Sentence, Span

__all__ = ["at_clause_end", "of_one_person", "of_person"]

_CLAUSE_ENDS = word_class("clause_ends")
_NOT_NAMES = word_class("not_names")  # capitalised words before "was" that name no one
_ONE_PERSON = data_table("measures.toml")["one_person"]  # its verbs and pronouns


def of_one_person(read: Sentence, claim: Span) -> bool:
    """Whether the number is all that "is" or "was" says of one person ("Lopez was 75.", "he is 22 and").

    Its subject, right before the verb, is "he" or "she", a person's noun in the singular
    ("the victim"), or a name that is no cue of the lexicon ("Turnout was 75" is no one's); never
    a noun naming many people or their number (``[collectives]``: "the crowd was 800"); the
    clause ends after the number.

    Parameters
    ----------
    read : Sentence
        The sentence as :func:`claimnum.measure_sentence.read_sentence` reads it.
    claim : Span
        The claim's first and last tokens.

    Returns
    -------
    bool
        True when the number is said of one person.

    Examples
    --------
    >>> from claimnum.measure_sentence import Span, read_sentence
    >>> of_one_person(read_sentence("Ruiz was 64."), Span(2, 2))
    True
    >>> of_one_person(read_sentence("The crowd was 800."), Span(3, 3))
    False
    """
    first, after = claim.first, claim.last + 1
    linking = _ONE_PERSON
    if first < 2 or read.lowers[first - 1] not in linking["verbs"]:
        return False
    if after < len(read.toks) and read.lowers[after] not in _CLAUSE_ENDS:
        return False
    subject, lower = read.toks[first - 2].text, read.lowers[first - 2]
    if not read.words[first - 2].isdisjoint(lexicon().collectives):
        return False  # "the crowd was 23,800", "Attendance was 41,000": how many they are
    one_person = lexicon().counted.get(lower) == "people"
    if lower in linking["pronouns"] or one_person:
        return True
    named = subject[:1].isupper() and subject[1:].islower() and lower not in _NOT_NAMES
    named = named and lower not in MONTHS and lower not in WEEKDAYS  # "the toll on Friday was 52"
    return named and read.words[first - 2].isdisjoint(lexicon().index)


def at_clause_end(read: Sentence, claim: Span, unit: str | None) -> str | None:
    """The measure of a bare number after "at" that ends a clause holding one of its row's words.

    "She died in a hospital at 77": the row's ``at`` words ("die") stand earlier in the sentence.

    Parameters
    ----------
    read : Sentence
        The sentence as :func:`claimnum.measure_sentence.read_sentence` reads it.
    claim : Span
        The claim's first and last tokens.
    unit : str or None
        The number's unit; None for a pure number.

    Returns
    -------
    str or None
        The row's measure, or None.

    Examples
    --------
    >>> from claimnum.measure_sentence import Span, read_sentence
    >>> at_clause_end(read_sentence("She died in a hospital at 77."), Span(6, 6), None)
    'age'
    """
    first, after = claim.first, claim.last + 1
    if first < 2 or read.lowers[first - 1] != "at":
        return None
    if after < len(read.toks) and read.lowers[after] not in _CLAUSE_ENDS:
        return None
    told = (row for row in lexicon().measures.values() if row.at and fits(row, unit_class(unit), unit))
    return next((row.name for row in told if any(read.words[k] & row.at for k in range(first - 1))), None)


@functools.cache
def of_person(unit: str | None) -> str | None:
    """The measure of a bare number said of one person (an age), if the lexicon has one for the unit.

    Parameters
    ----------
    unit : str or None
        The number's unit; None for a pure number.

    Returns
    -------
    str or None
        The measure's name (an age), or None when no row fits the unit.

    Examples
    --------
    >>> of_person(None), of_person("year"), of_person("USD") is None
    ('age', 'age', True)
    """
    rows = lexicon().measures.values()
    return next((row.name for row in rows if row.of_person and fits(row, unit_class(unit), unit)), None)
