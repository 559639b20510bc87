"""A claim's figure in a clause whose verb is negated, up to 12 words before it.

Extraction reads a negator among the few words right before a number ("did not
kill 300"); a claim may deny a whole verb phrase ("did not end the year
with 4,170 members", "will not be the eighth crossing").  A fact-checker reads such
a claim as denying the figure: evidence that states it refutes the claim.
:func:`negated_clause` finds the negated verb: ``never``, a contraction in
``n't``, or ``not`` after an auxiliary, among the words of the number's clause
before it (a clause ends at punctuation and at the lexicon's ``clause_ends``),
unless the word after the negator keeps the figure ("not only", "not guilty":
the lexicon's ``not_negating`` and ``negation_keepers``) or the figure is joined
to the noun it describes ("will not sign the 38-year-old pitcher").  A clause
opened by "that" after a verb of denial or a phrase that calls it false ("Officials
denied that the fire destroyed 120 homes", "It is false that ..."; ``data/clause_denials.toml``)
is denied too.

Examples
--------
>>> negated_clause("Penn did not end the year with 4,170 members.", 41)
True
>>> negated_clause("Penn, who did not sing, kept 4,170 members.", 37)
False
>>> negated_clause("Aides denied that Penn kept 4,170 members.", 32)
True
"""

from __future__ import annotations

import functools

from claimnum.data_files import data_table
from claimnum.lexicon import load
from claimnum.measure_lexicon import tokens
from claimnum.numerals import NUMBER_WORDS

__all__ = ["negated_clause", "words_before"]

_REACH = 12  # words before a figure its clause's negated verb may stand among
_SPAN = 300  # characters read before a figure: ample for a clause's few words, linear on long sentences
_OPENER = "that"  # the clause end that a denial before it governs


def words_before(sentence: str, at: int, count: int) -> list[str]:
    """The last few words of a sentence before an offset, in lower case.

    Read from the few hundred characters before ``at`` alone: a long sentence of many figures is
    read in linear time.

    Parameters
    ----------
    sentence : str
        The sentence.
    at : int
        The character offset the words end before (a figure's start).
    count : int
        How many words at most.

    Returns
    -------
    list of str
        The words in their order in the sentence, at most ``count``.

    Examples
    --------
    >>> words_before("The choir did not end the year with 40 members.", 36, 3)
    ['the', 'year', 'with']
    """
    return [w.text.lower() for w in tokens(sentence[max(0, at - _SPAN) : at])][-count:]


@functools.cache
def _words(table: str) -> frozenset[str]:
    return frozenset(load().words[table])


@functools.cache
def _denials() -> tuple[frozenset[tuple[str, ...]], int]:
    """The word sequences that deny a clause opened by "that" after them, and the longest's length."""
    table = data_table("clause_denials.toml")

    def words(text: str) -> tuple[str, ...]:
        return tuple(w.text.lower() for w in tokens(text))

    nouns = [
        (*article, *words(noun))
        for noun in table["said"]
        for article in [(), *map(words, table["determiners"])]
    ]
    cues = {words(verb) for verb in table["verbs"]} | {words(phrase) for phrase in table["phrases"]}
    cues |= {(*words(verb), *noun) for verb in [*table["verbs"], *table["through"]] for noun in nouns}
    return frozenset(cues), max(map(len, cues))


def _denies(words: list[str]) -> bool:
    """Whether the words end with a denial of the clause after them (they stand before "that")."""
    cues, longest = _denials()
    return any(tuple(words[-n:]) in cues for n in range(1, min(longest, len(words)) + 1))


def _negator(word: str, before: str | None) -> bool:
    """Whether ``word`` (lower case, ``before`` the word ahead of it) negates a verb."""
    if word == "never" or word.endswith(("n't", "n’t")):
        return True
    return word == "not" and before is not None and before in _words("auxiliaries")


@functools.cache
def _spelled_ends() -> frozenset[str]:
    """Words that end a number spelled with a hyphen ("twenty-five", "twenty-first")."""
    frames = data_table("claim_frames.toml")
    return NUMBER_WORDS | frozenset(frames["ordinals"]) | frozenset(frames["compound_ordinals"])


def _attributive(sentence: str, at: int) -> bool:
    """Whether the figure is joined to the noun it describes ("the 38-year-old pitcher", "a
    five-year deal"): a denied verb denies what is done to the thing, not its description.  A
    number spelled with a hyphen ("twenty-five wins") is no description: its last word is a
    number's."""
    figure = sentence[at:].split(maxsplit=1)[0] if sentence[at:].strip() else ""
    parts = figure.strip("-").rstrip(".,;:").split("-")
    last = parts[-1]
    if len(parts) < 2 or not last.isalpha():
        return False
    return parts[-2][-1:].isdigit() or last.lower() not in _spelled_ends()


def negated_clause(sentence: str, at: int, *, verbs: bool = True) -> bool:
    """Whether a figure stands in a clause whose verb is negated before it.

    The figure starts at ``at`` in ``sentence``.

    Parameters
    ----------
    sentence : str
        The figure's sentence.
    at : int
        Where the figure starts in it.
    verbs : bool, default True
        Whether a negated verb of the clause denies it; ``False``: only a clause opened by
        "that" after a denial ("denied that", "it is false that"), as ``verify`` reads evidence.

    Returns
    -------
    bool

    Examples
    --------
    >>> negated_clause("The new bridge won't be the eighth crossing.", 28)
    True
    >>> negated_clause("They did not only win, they scored 40 points.", 35)
    False
    >>> negated_clause("They did not only score 40 points.", 24)
    False
    >>> negated_clause("They will not sign the 38-year-old pitcher.", 23)
    False
    >>> negated_clause("It is false that the ferry carried 40 cars.", 35)
    True
    >>> negated_clause("The ferry never carried 40 cars.", 25, verbs=False)
    False
    """
    if _attributive(sentence, at):
        return False
    cue = _denials()[1]
    words = words_before(sentence, at, _REACH + cue)
    for i in range(len(words) - 1, max(len(words) - _REACH, 0) - 1, -1):
        word = words[i]
        if word == _OPENER:  # "denied that ...": a denial before the clause's opener denies it
            return _denies(words[max(0, i - cue) : i])
        if word in _words("clause_ends") or not word[:1].isalnum():
            return False
        if verbs and _negator(word, words[i - 1] if i > 0 else None):
            after = words[i + 1] if i + 1 < len(words) else ""
            return after not in _words("not_negating") and after not in _words("negation_keepers")
    return False
