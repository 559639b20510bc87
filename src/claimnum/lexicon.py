"""Surface phrases as data: qualifiers, ranges, vague words, changes, units, non-claims, rules.

Everything extraction recognises by its wording lives in ``data/lexicon.toml``:
which words bound or hedge a number and with which *sense* (the interface to
:mod:`claimnum.semantics`), which words are quantities without a number, which
words say that something changed, the unit and currency names, and the
patterns that are not claims (dates, clock times, names with numbers), and the
rules of the context grammar (:mod:`claimnum.rules`: ages, magnitudes, names).  Each
row carries an example sentence and the claim expected in it, so each row is
tested.  :func:`load` reads the file once.

Examples
--------
>>> from claimnum.lexicon import load
>>> lexicon = load()
>>> lexicon.qualifier("more than").sense
'over'
>>> lexicon.unit_named("kronor").unit
'SEK'
>>> [row.sense for row in lexicon.vague if "dozens" in row.phrases]
['dozens']
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from claimnum.data_files import data_table
from claimnum.errors import InvalidArgumentError

__all__ = [
    "SENSES",
    "Change",
    "ChangeWord",
    "GrammarRule",
    "Lexicon",
    "NonClaim",
    "Qualifier",
    "RangeRow",
    "RatioSuffix",
    "UnitRow",
    "Vague",
    "load",
]

SENSES = frozenset(
    [
        "bare",
        "exact",
        "approximate",
        "estimated",
        "nearly",
        "just_over",
        "well_over",
        "over",
        "at_least",
        "under",
        "at_most",
        "up_to",
        "within",
        "range",
        "order_of",
        "couple",
        "few",
        "several",
        "dozens",
        "scores",
        "tens",
        "plural",
    ]
)
"""Every sense a lexicon row may give (see DEVELOPERS.md, "Readings and claims")."""

Expect = tuple[tuple[str, str | float], ...]
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class _Row:
    example: str
    claim: str
    expect: Expect


RowT = TypeVar("RowT", bound=_Row)


@dataclass(frozen=True, slots=True)
class Qualifier(_Row):
    """Words that bound or hedge a number ("more than", "an estimated", "or so").

    Examples
    --------
    >>> load().qualifier("or so").position
    'after'
    """

    phrases: tuple[str, ...] = ()
    sense: str = "bare"
    position: Literal["before", "after"] = "before"


@dataclass(frozen=True, slots=True)
class RangeRow(_Row):
    """A range connector: ``before`` the first number, one of ``middle`` between.

    Examples
    --------
    >>> [r.before for r in load().ranges]
    ['between', 'from', '', '']
    """

    before: str = ""
    middle: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Vague(_Row):
    """A quantity without a number ("dozens", "several", "tens of thousands").

    ``scale`` is the word's power; ``needs_of`` and ``needs_scale`` say the
    word is a quantity only before "of" ("scores of") or a scale word ("tens
    of thousands").  ``unit`` is the unit the word counts in, when it names one
    ("decades": tens of years, ``scale`` 10 and ``unit`` "year").  ``values`` are the
    numbers words state without a numeral ("no one": 0, read in ``sense``), and
    ``needs_casualty`` makes them a claim only before a casualty verb ("No one was hurt",
    never "no one knew").  ``needs_before`` lists the words one of which must stand right
    before the phrase ("his early 30s", not "the early 30s"), ``needs_after`` those one of which
    must follow it ("minutes later", not "the minutes of the meeting"), ``alone`` makes the
    phrase a count only when it coordinates nothing ("both guards were shot", not "both the
    US and China"), ``needs_people`` only before a noun of people ("a second climber died"),
    ``ordinal`` makes an ordinal word a count only where it states a rank or a count ("finished
    fifth", "the third straight win"; never "the third floor"), and ``measure`` is what the phrase
    measures when it says so itself ("age").

    Examples
    --------
    >>> [(r.sense, r.scale) for r in load().vague if "thousands" in r.phrases]
    [('plural', 1000.0)]
    """

    phrases: tuple[str, ...] = ()
    sense: str = "plural"
    scale: float = 1.0
    needs_of: bool = False
    needs_scale: bool = False
    unit: str = ""
    values: tuple[float, ...] = ()
    needs_casualty: bool = False
    needs_before: tuple[str, ...] = ()
    needs_after: tuple[str, ...] = ()
    alone: bool = False
    needs_people: bool = False
    ordinal: bool = False
    measure: str = ""


@dataclass(frozen=True, slots=True)
class ChangeWord(_Row):
    """A word that is a change of its own, with its ratio new/old ("halved": 0.5).

    Examples
    --------
    >>> [r.value for r in load().change_words if "tripled" in r.phrases]
    [3.0]
    """

    phrases: tuple[str, ...] = ()
    value: float = 1.0


@dataclass(frozen=True, slots=True)
class RatioSuffix(_Row):
    """A suffix that makes the number before it a ratio ("2.5-fold").

    Examples
    --------
    >>> load().ratio_suffixes[0].phrases
    ('-fold', 'fold')
    """

    phrases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Change(_Row):
    """Verbs and nouns of a rise or a fall that take a number.

    ``before`` are written before the number ("fell by", "up"), ``after``
    after it ("a 30% drop"); ``by_only`` make a change only with "by"
    ("raised prices by 5%", but "raised $5m" is an amount).

    Examples
    --------
    >>> load().change_direction("plunged")
    'fall'
    """

    direction: Literal["rise", "fall"] = "rise"
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    by_only: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class UnitRow(_Row):
    """A unit or currency and the ways a text writes it.

    Parameters
    ----------
    unit : str
        Canonical unit of :mod:`claimnum.units` ("kilometer", "USD").
    phrases : tuple of str
        Forms written after the number ("km", "kilometres").
    before : tuple of str
        Forms written before it ("$", "US$").
    attached_phrases : tuple of str
        Forms that must follow the digits without a space ("19p", "30C").
    factor : float
        Value of one written unit in ``unit`` (0.01 for "cents").
    scaled_unit : str or None
        The unit when the number has a multiplier ("5 million pounds" is GBP).
    points : bool
        A change in this unit is a difference ("3 percentage points").
    context_currency : bool
        Cents of the currency written before in the sentence ("1.89 euros,
        down 12 cents"); of ``unit`` otherwise.
    needs_change : bool
        The unit only after a change word ("down 2 points"); otherwise the
        word is what is counted ("4,512 points").
    case : bool
        Match the phrases case-sensitively ("MW", not "mw").

    Examples
    --------
    >>> row = load().unit_named("cents")
    >>> row.unit, row.factor
    ('USD', 0.01)
    """

    unit: str = ""
    phrases: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    attached_phrases: tuple[str, ...] = ()
    factor: float = 1.0
    scaled_unit: str | None = None
    points: bool = False
    needs_change: bool = False
    context_currency: bool = False
    case: bool = False


@dataclass(frozen=True, slots=True)
class NonClaim(_Row):
    """A pattern of numbers that are not claims (dates, clock times, names).

    ``absent`` lists texts of the example that no claim may contain.

    Examples
    --------
    >>> [row.name for row in load().nonclaims][:2]
    ['clock time', 'numeric date']
    """

    name: str = ""
    pattern: str = ""
    absent: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GrammarRule(_Row):
    """A rule of the context grammar (:mod:`claimnum.rules`) with its example.

    ``decision`` says what a number between ``before`` and ``after`` is: a non-claim
    (``"name"``, ``"time"``, ``"address"``, ``"phone"``, ``"term"``: a fixed term even with a unit,
    "a zero-day flaw"; the example's ``absent`` texts
    must then be in no claim) or a claim of a known measure (``"age"``, ``"magnitude"``, ``"score"``:
    "beat City 2-0", whose side's name is no name with a number).

    Examples
    --------
    >>> [row.decision for row in load().rules if row.name == "age after a name"]
    ['age']
    """

    name: str = ""
    decision: str = ""
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    number: str = ""
    headline: bool = True
    absent: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All rows of the lexicon, by kind, and the word lists of ``[words]``.

    Examples
    --------
    >>> "reportedly" in load().words["auxiliaries"]
    True
    """

    qualifiers: tuple[Qualifier, ...]
    ranges: tuple[RangeRow, ...]
    vague: tuple[Vague, ...]
    change_words: tuple[ChangeWord, ...]
    ratio_suffixes: tuple[RatioSuffix, ...]
    changes: tuple[Change, ...]
    units: tuple[UnitRow, ...]
    nonclaims: tuple[NonClaim, ...]
    rules: tuple[GrammarRule, ...]
    words: Mapping[str, frozenset[str]] = field(hash=False)

    @property
    def rows(self) -> tuple[_Row, ...]:
        """Every row that carries an example, in file order by kind.

        Examples
        --------
        >>> len(load().rows) > 100
        True
        """
        return (
            *self.qualifiers,
            *self.ranges,
            *self.vague,
            *self.change_words,
            *self.ratio_suffixes,
            *self.changes,
            *self.units,
            *self.nonclaims,
            *self.rules,
        )

    def qualifier(self, phrase: str) -> Qualifier:
        """Return the qualifier row of a phrase (case-insensitive).

        Raises
        ------
        InvalidArgumentError
            If no row has the phrase.

        Examples
        --------
        >>> load().qualifier("An estimated").sense
        'estimated'
        """
        return _lookup(self.qualifiers, phrase, lambda r: r.phrases)

    def unit_named(self, phrase: str) -> UnitRow:
        """Return the unit row written as ``phrase`` (after or before a number).

        Examples
        --------
        >>> load().unit_named("$").unit
        'USD'
        """
        return _lookup(self.units, phrase, lambda r: (*r.phrases, *r.before, *r.attached_phrases))

    def change_direction(self, phrase: str) -> str:
        """Return "rise" or "fall" for a change verb or noun.

        Examples
        --------
        >>> load().change_direction("rose")
        'rise'
        """
        return _lookup(self.changes, phrase, lambda r: (*r.before, *r.after)).direction


def _lookup(rows: tuple[R, ...], phrase: str, phrases: Any) -> R:
    wanted = phrase.strip().lower()
    for row in rows:
        if wanted in (p.lower() for p in phrases(row)):
            return row
    raise InvalidArgumentError(f"no lexicon row for {phrase!r}")


def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, list | tuple) else (value,)


def _row(cls: type[RowT], data: dict[str, Any]) -> RowT:
    data = dict(data)
    expect: Expect = tuple(sorted(data.pop("expect", {}).items()))
    for key, value in data.items():
        if isinstance(value, list):
            data[key] = tuple(value)
        elif key in ("scale", "value", "factor"):
            data[key] = float(value)
    if "absent" in data:
        data["absent"] = _tuple(data["absent"])
    data.setdefault("claim", "")
    row = cls(expect=expect, **data)
    sense = getattr(row, "sense", "bare")
    if sense not in SENSES:
        raise InvalidArgumentError(f"lexicon row {data!r} has an unknown sense {sense!r}")
    return row


@functools.cache
def load() -> Lexicon:
    """Read ``data/lexicon.toml`` once and return it as typed rows.

    Returns
    -------
    Lexicon

    Examples
    --------
    >>> load() is load()
    True
    >>> load().qualifier("at least").sense
    'at_least'
    """
    data = data_table("lexicon.toml")
    return Lexicon(
        qualifiers=tuple(_row(Qualifier, r) for r in data["qualifier"]),
        ranges=tuple(_row(RangeRow, r) for r in data["range"]),
        vague=tuple(_row(Vague, r) for r in data["vague"]),
        change_words=tuple(_row(ChangeWord, r) for r in data["change_word"]),
        ratio_suffixes=tuple(_row(RatioSuffix, r) for r in data["ratio_suffix"]),
        changes=tuple(_row(Change, r) for r in data["change"]),
        units=tuple(_row(UnitRow, r) for r in data["unit"]),
        nonclaims=tuple(_row(NonClaim, r) for r in data["nonclaim"]),
        rules=tuple(_row(GrammarRule, r) for r in data["rule"]),
        words={name: frozenset(w.lower() for w in words) for name, words in data["words"].items()},
    )
