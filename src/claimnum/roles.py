"""Whose figure it is when the story names no one: the role of the person a number belongs to.

Ages and counts of unnamed people fill a story: "a 35-year-old man and his 60-year-old
mother", "the victim, 22," and "the suspect, 19,".  The person noun a number attaches to
is a role, read from ``[roles]`` in ``data/holders.toml`` as its kind and role
("crime.victim", "kin.mother"):

* the role noun its words modify: "the 22-year-old victim", "a 19-year-old male suspect";
* the role noun it is set off after: "the victim, 22,", "his mother, aged 60,";
* the role noun it is said of: "the driver was 40".

Two different roles of one kind are two people (a victim is not the suspect, a mother not
her son); roles of two kinds may be one (the victim may be a mother).  Words that say only a
person's sex ("man", "girl") are roles of the kind ``sex``: two men are not two women, and a
role written with them wins ("the suspect, a 20-year-old man").  Named holders are
:mod:`claimnum.holders`' business: a role never refuses a name.

Examples
--------
>>> from claimnum.roles import role_of, same_role
>>> s = "The gunman, 38, shot his 60-year-old mother."
>>> role_of(s, s.index("38"), s.index("38") + 2)
'crime.offender'
>>> same_role("crime.victim", "crime.offender"), same_role("crime.victim", "kin.mother")
(False, True)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from lemminflect import getAllInflections, getAllLemmas

from claimnum.data_files import data_table

__all__ = ["role_kind", "role_of", "same_role"]

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|[^\w\s]")
_LOWER = re.compile(r"[a-z]+")
_BEFORE = 40  # characters before a number where its role noun stands ("the eyewitness, aged 22, ")
_AFTER = 2  # words after a number that may name its role ("a 19-year-old male suspect")
_NEAR = 40  # characters after a number those words stand in


@functools.cache
def _roles() -> Mapping[str, str]:
    """Every role noun and its kind and role: "gunman" -> "crime.offender"."""
    table = data_table("holders.toml")
    return {
        noun: f"{kind}.{role}"
        for kind, rows in table["roles"].items()
        for role, nouns in rows.items()
        for noun in nouns
    }


@functools.cache
def _role_forms() -> frozenset[str]:
    """Every form of every role noun ("gunmen", "wives"), to pass over the text near most numbers at once."""
    inflected = (getAllInflections(noun, upos="NOUN").values() for noun in _roles())
    return frozenset(_roles()) | {form for found in inflected for forms in found for form in forms}


@functools.lru_cache(maxsize=16384)
def _role(word: str) -> str | None:
    """The role a lower-case word names, in any of its forms ("suspects")."""
    roles = _roles()
    if not word[:1].islower():
        return None
    return roles.get(word) or next(
        (roles[form] for forms in getAllLemmas(word).values() for form in forms if form in roles), None
    )


@functools.lru_cache(maxsize=16384)
def _modifies(word: str) -> bool:
    """A word that may stand between a number and the noun it modifies: "male" in "a 19-year-old male"."""
    forms = getAllLemmas(word)
    return word[:1].islower() and ("ADJ" in forms or "NOUN" not in forms)


def role_of(sentence: str, start: int, end: int) -> str | None:
    """Return the role of the unnamed person the number at ``start:end`` belongs to, or ``None``.

    Parameters
    ----------
    sentence : str
    start, end : int
        The number's offsets in the sentence.

    Returns
    -------
    str or None
        Its kind and role ("crime.victim", "kin.mother"), or ``None`` when no role noun holds it.

    Examples
    --------
    >>> from claimnum.roles import role_of
    >>> s = "The victim, 22, and his 60-year-old mother were hurt; a 35-year-old man fled."
    >>> [role_of(s, s.index(n), s.index(n) + len(n)) for n in ("22", "60-year-old", "35-year-old")]
    ['crime.victim', 'kin.mother', 'sex.male']
    """
    if _role_forms().isdisjoint(_LOWER.findall(sentence, max(0, start - _BEFORE), end + _NEAR)):
        return None
    sex = None  # a word of sex ("a 19-year-old male suspect") yields to a role written with it
    for k, match in enumerate(_WORD.finditer(sentence, end)):
        role = _role(match.group(0))
        if role is not None and role_kind(role) != _SEX:
            return role
        sex = sex or role
        if k + 1 >= _AFTER or not _modifies(match.group(0)):
            break
    before = [m.group(0) for m in _WORD.finditer(sentence[max(0, start - _BEFORE) : start])]
    if before and before[-1].lower() in ("aged", "age", "a", "an"):
        before.pop()  # "the victim, aged 22,", "the suspect, a 20-year-old man,"
    if len(before) > 1 and before[-1] == ",":  # "the victim, 22,"
        return _role(before[-2]) or sex
    said = len(before) > 1 and _is_be(before[-1].lower())
    return (_role(before[-2]) if said else None) or sex  # "the driver was 40"


_SEX = "sex"  # the kind of the roles that say only a person's sex ("man", "girl")


@functools.lru_cache(maxsize=4096)
def _is_be(word: str) -> bool:
    return "be" in {form for forms in getAllLemmas(word).values() for form in forms}


def same_role(a: str | None, b: str | None) -> bool:
    """Whether two roles may be one person: either unknown, the same, or of two kinds.

    Parameters
    ----------
    a, b : str or None
        Two roles ("kind.role"), ``None`` when unknown.

    Returns
    -------
    bool
        False only for two different roles of one kind.

    Examples
    --------
    >>> same_role("crime.victim", "crime.offender"), same_role("kin.son", "crime.offender")
    (False, True)
    """
    return a is None or b is None or a == b or role_kind(a) != role_kind(b)


def role_kind(role: str | None) -> str | None:
    """The kind of a role ("crime" of "crime.victim"): roles of one kind are different people.

    Parameters
    ----------
    role : str or None
        A role ("kind.role").

    Returns
    -------
    str or None
        Its kind; ``None`` for no role.

    Examples
    --------
    >>> role_kind("kin.mother"), role_kind(None)
    ('kin', None)
    """
    return None if role is None else role.partition(".")[0]
