"""The lexicon compiled for extraction's look-ups: :class:`Tables`, built once by :func:`tables`.

The master pattern that finds where claims start, the phrase tables of qualifiers, changes, units
and currencies, the word lists of the lexicon; the words of time and scale the stages share; and the
currency look-ups (:func:`known_currency`, :func:`code_row`) for a code the tables lack.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from claimnum.errors import ClaimnumError
from claimnum.lexicon import ChangeWord, Qualifier, UnitRow, Vague, load
from claimnum.numerals import NUMBER_WORDS, pattern
from claimnum.tokens import Key, Phrases, alternation, phrase_key
from claimnum.units import is_currency

TIME_UNITS = frozenset(
    ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century")
)


ONE_OF = frozenset(TIME_UNITS - {"second"})  # "more than a century"; "a second" is an ordinal
# The words after which a unit without its article may begin "day or two" (a lookbehind each).
_AFTER_TIME_WORD = "(?:{})".format(
    "|".join(
        f"(?<={word} )"
        for word in ("the", "next", "coming", "following", "past", "last", "first", "final", "previous")
    )
)
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


SCALE_WORDS |= {w + "s": f for w, f in SCALE_WORDS.items()} | {"dozen": 12}


@dataclass(frozen=True, slots=True)
class Tables:
    """The lexicon compiled for look-ups, built once and never changed.


    Examples
    --------
    >>> t = tables()
    >>> t.links.longest > 0, "abbreviations" in t.words
    (True, True)
    """

    master: re.Pattern[str]
    triggers: frozenset[str]  # words that can start a claim written in words
    before: Phrases[Qualifier]
    after: Phrases[Qualifier]
    change_before: Phrases[str]
    change_after: Phrases[str]
    change_by: Phrases[str]  # verbs that make a change only before "by"
    change_nouns: frozenset[str]  # "rise", "drop": change nouns that are not comparatives
    warmer: Mapping[str, str]  # "above", "colder": a temperature difference and its direction
    ranges: Mapping[str, frozenset[str]]  # the word before a range ("between", "" for none) -> connectors
    change_words: Mapping[str, ChangeWord]
    vague: Mapping[str, Vague]
    units: Phrases[UnitRow]  # written after the number, lower case
    units_case: Phrases[UnitRow]  # case-sensitive rows, as written
    attached: Mapping[str, UnitRow]  # glued to the digits, as written
    prefixes: Mapping[str, UnitRow]  # currency symbols and codes before the number
    prefix_ends: frozenset[str]  # the characters right before a number with a prefix
    skip_starts: frozenset[str]  # first words of non-claims that start before their digits
    ratio_suffixes: Phrases[bool]
    links: Phrases[bool]  # "amounting to", "worth"
    words: Mapping[str, frozenset[str]]
    # What the word classes said of each word seen (class -> word -> answer): a word's class
    # depends on the lexicon alone, and the same words come back in every sentence.
    known: dict[str, dict[str, bool]] = field(default_factory=dict, compare=False, hash=False)


def _starting(phrases: Iterable[str]) -> str:
    """A look-ahead for the first characters of ``phrases``, in any case: the master pattern
    then skips the long alternation of a group at a place where none of its phrases can start."""
    return "(?i:(?=[{}]))".format("".join(sorted({re.escape(p[0]) for p in phrases if p})))


@functools.cache
def tables() -> Tables:
    """The lexicon compiled for extraction's look-ups (:class:`Tables`).

    Returns
    -------
    Tables
        The tables, built on the first call and shared after.

    Examples
    --------
    >>> tables() is tables()
    True
    """
    lexicon = load()
    units: dict[Key, UnitRow] = {}
    units_case: dict[Key, UnitRow] = {}
    attached: dict[str, UnitRow] = {}
    prefixes: dict[str, UnitRow] = {}
    for unit in lexicon.units:
        for phrase in unit.phrases:
            if unit.case:
                units_case[phrase_key(phrase, case=True)] = unit
            else:
                units.setdefault(phrase_key(phrase), unit)
        attached.update(dict.fromkeys(unit.attached_phrases, unit))
        prefixes.update(dict.fromkeys(unit.before, unit))
    change_words = {" ".join(p.lower().split()): row for row in lexicon.change_words for p in row.phrases}
    vague = {p.lower(): row for row in lexicon.vague for p in row.phrases}
    skip = "|".join(f"(?:{row.pattern})" for row in lexicon.nonclaims)
    one_of = ONE_OF | frozenset(lexicon.words["one_of"])
    master = re.compile(
        rf"(?P<skip>{skip})"
        rf"|{_starting(change_words)}(?P<change>(?i:\b(?:{alternation(change_words)})\b))"
        rf"|{_starting(vague)}(?P<vague>(?i:\b(?:{alternation(vague)})\b"
        r"(?:\s{1,3}(?:of\s{1,3})?(?:hundreds|thousands|millions|billions|hundred|thousand|million|billion|dozen)\b){0,2}))"
        rf"|{pattern()}"
        rf"|{_starting({'a', *one_of})}(?P<article>(?i:\b(?:a|an)\s{{1,3}}(?:{alternation(one_of)})\b"
        # "over the next day or two", "the past week or two": one to two units without their
        # article, after a word of time (never after a number: "one minute or two" is a range)
        rf"|{_AFTER_TIME_WORD}\b(?:{alternation(one_of)})(?=\s{{1,3}}or\s{{1,3}}(?:two|three)\b)))"
    )
    heads = {p.split()[0] for p in (*change_words, *vague)} | {p.split()[-1] for p in vague} | one_of
    return Tables(
        master=master,
        triggers=frozenset(heads - {"a", "an"}) | NUMBER_WORDS,
        before=Phrases.of(
            (phrase_key(p), r) for r in lexicon.qualifiers if r.position == "before" for p in r.phrases
        ),
        after=Phrases.of(
            (phrase_key(p), r) for r in lexicon.qualifiers if r.position == "after" for p in r.phrases
        ),
        change_before=Phrases.of((phrase_key(p), c.direction) for c in lexicon.changes for p in c.before),
        change_after=Phrases.of((phrase_key(p), c.direction) for c in lexicon.changes for p in c.after),
        change_by=Phrases.of((phrase_key(p), c.direction) for c in lexicon.changes for p in c.by_only),
        change_nouns=frozenset(p for c in lexicon.changes for p in c.after) - lexicon.words["comparatives"],
        warmer=dict.fromkeys(lexicon.words["warmer"], "rise")
        | dict.fromkeys(lexicon.words["colder"], "fall"),
        ranges={
            lead: frozenset(m for row in lexicon.ranges if row.before == lead for m in row.middle)
            for lead in {row.before for row in lexicon.ranges}
        },
        change_words=change_words,
        vague=vague,
        units=Phrases.of(units.items()),
        units_case=Phrases.of(units_case.items()),
        attached=attached,
        prefixes=prefixes,
        prefix_ends=frozenset(p[-1] for p in prefixes) | frozenset(" ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        skip_starts=lexicon.words["nonclaim_starts"] | {"a", "an"},
        ratio_suffixes=Phrases.of((phrase_key(p), True) for r in lexicon.ratio_suffixes for p in r.phrases),
        links=Phrases.of((phrase_key(p), True) for p in lexicon.words["value_links"]),
        words=lexicon.words,
    )


@functools.lru_cache(maxsize=1024)
def known_currency(code: str) -> bool:
    """Whether a unit is a currency code claimnum knows.

    Parameters
    ----------
    code : str
        A unit as written.

    Returns
    -------
    bool
        True for an ISO 4217 code claimnum knows; False for anything else (never an error).

    Examples
    --------
    >>> known_currency("EUR"), known_currency("XYZ1")
    (True, False)
    """
    try:
        return is_currency(code)
    except ClaimnumError:
        return False


@functools.lru_cache(maxsize=1024)
def code_row(code: str) -> UnitRow:
    """A unit row for a currency written as its code alone ("SEK 90").

    Parameters
    ----------
    code : str
        An ISO 4217 code.

    Returns
    -------
    UnitRow
        A row whose unit and only phrase is the code.

    Examples
    --------
    >>> code_row("SEK").unit
    'SEK'
    """
    return UnitRow(example="", claim="", expect=(), unit=code, phrases=(code,))
