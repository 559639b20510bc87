"""Word forms from lemminflect: plurals, past forms and "-ing" forms of English words.

lemminflect's dictionary answers for the words it knows ("held" is a past form, "news" no plural);
for a word it does not know, its rules for unknown words do ("frobbed" is the past of "frob").
Each answer is remembered per word: lemminflect copies its tables on every call.
"""

from __future__ import annotations

import functools

from lemminflect import getAllInflections, getAllInflectionsOOV, getAllLemmas, getAllLemmasOOV

_PAST = ("VBD", "VBN")
_GERUND = ("VBG",)
_THIRD_PERSON = ("VBZ",)
_POSSESSIVE = frozenset("'’")  # lemminflect's rules would read "country's" as a plural


def _forms_of(lower: str, upos: str) -> tuple[str, ...]:
    """The lemmas of ``lower`` as a ``upos`` word: the dictionary's if it knows the word at all,
    else the rules' for an unknown word."""
    known = getAllLemmas(lower)
    if known:
        return tuple(known.get(upos, ()))
    return tuple(getAllLemmasOOV(lower, upos).get(upos, ()))


def _is_verb_form(lower: str, tags: tuple[str, ...]) -> bool:
    """Whether ``lower`` is a form tagged with one of ``tags`` of a verb other than itself."""
    for lemma in _forms_of(lower, "VERB"):
        if lemma == lower:
            continue
        forms = getAllInflections(lemma, "VERB") or getAllInflectionsOOV(lemma, "VERB")
        if any(lower in forms.get(tag, ()) for tag in tags):
            return True
    return False


@functools.lru_cache(maxsize=65536)
def is_plural(lower: str) -> bool:
    """A plural noun: a noun form of a lemma other than itself; never a possessive ("country's").

    Parameters
    ----------
    lower : str
        A word in lower case.

    Returns
    -------
    bool
        Whether it is a plural noun.

    Examples
    --------
    >>> is_plural("homes"), is_plural("crises"), is_plural("news"), is_plural("bus"), is_plural("its")
    (True, True, False, False, False)
    >>> is_plural("country's"), is_plural("workers’")
    (False, False)
    """
    return not _POSSESSIVE.intersection(lower) and any(lemma != lower for lemma in _forms_of(lower, "NOUN"))


@functools.lru_cache(maxsize=65536)
def is_past(lower: str) -> bool:
    """A verb's past form or past participle.

    Parameters
    ----------
    lower : str
        A word in lower case.

    Returns
    -------
    bool
        Whether it is a past form or past participle.

    Examples
    --------
    >>> is_past("killed"), is_past("held"), is_past("frobbed"), is_past("hundred"), is_past("kill")
    (True, True, True, False, False)
    """
    return _is_verb_form(lower, _PAST)


@functools.lru_cache(maxsize=65536)
def is_gerund(lower: str) -> bool:
    """A verb's "-ing" form.

    Parameters
    ----------
    lower : str
        A word in lower case.

    Returns
    -------
    bool
        Whether it is an "-ing" form.

    Examples
    --------
    >>> is_gerund("killing"), is_gerund("frobbing"), is_gerund("thing"), is_gerund("king")
    (True, True, False, False)
    """
    return _is_verb_form(lower, _GERUND)


@functools.lru_cache(maxsize=65536)
def is_third_person(lower: str) -> bool:
    """A verb's present form of the third person singular ("carries", "tops"), a plural's shape too.

    Parameters
    ----------
    lower : str
        A word in lower case.

    Returns
    -------
    bool
        Whether it is a verb's third person singular present.

    Examples
    --------
    >>> is_third_person("carries"), is_third_person("passes"), is_third_person("carry")
    (True, True, False)
    """
    return _is_verb_form(lower, _THIRD_PERSON)
