"""The measure lexicon (``data/measures.toml``): its rows, its cue lists and the word forms it matches.

A :class:`Measure` is one row: the measure's name, the kinds of unit its numbers
carry, its cue phrases (in lemmas), the counted things that name it, and its
properties (cumulative, timeless, whether it counts people or things).  The
lexicon also holds the clause words, the background and revision cues, the
families of measures counted as one, and which counted nouns name people and
which name things.  :mod:`claimnum.measures` reads a sentence with it.

Word forms (lemminflect) and a sentence's words are :mod:`claimnum.measure_words`'; the kind of a
unit is :mod:`claimnum.unit_kinds`' (both names are re-exported here).

Examples
--------
>>> from claimnum.measure_lexicon import lemmas, measures
>>> "kill" in lemmas("killing"), measures()["deaths"].cumulative
(True, True)
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from claimnum.data_files import data_table
from claimnum.measure_words import Word, lemmas, tokens
from claimnum.unit_kinds import unit_class
from claimnum.units import convert

__all__ = [
    "Cue",
    "Lexicon",
    "Measure",
    "Pattern",
    "Word",
    "background_cues",
    "clause_boundaries",
    "counted_kind",
    "family_of",
    "fits",
    "is_cumulative",
    "lemmas",
    "lexicon",
    "measure_of_noun",
    "measures",
    "revision_cues",
    "rough_dollars",
    "tokens",
    "unit_class",
    "word_class",
]

_TIERS = {"event": 0, "noun": 1, "weak": 2}  # the strength of a cue: the lower, the stronger


@dataclass(frozen=True, slots=True)
class Measure:
    """One row of the measure lexicon.

    Attributes
    ----------
    name : str
        The measure's name ("deaths", "revenue").
    units : frozenset of str
        The kinds of unit its numbers carry (:func:`claimnum.unit_kinds.unit_class`).
    cues : tuple of tuple of str
        The lemma phrases that say what happened ("kill", "death toll"); a ``"#"``
        stands for the number itself.
    nouns : tuple of tuple of str
        The counted things that name it when no event cue does ("soldier").
    weak : tuple of tuple of str
        Cues that name it only when nothing else does ("hit").
    cumulative : bool
        Whether it is a running total that only grows as a story unfolds.
    default : bool
        Whether a number of its unit with no cue gets this measure.
    spread : float or None
        How far apart (a factor) two figures of one quantity may be; ``None``
        for the default (see :attr:`tolerance`).
    unit : str or None
        The unit a pure number of this measure is in ("Reid, 33," is 33 years old).
    timeless : bool
        A property that does not change over the story (an age, a magnitude).
    patient : bool
        Its people undergo the event (deaths, arrests): a number that does it to
        someone else ("two officers shot the teenager") is not of this measure.
    counts : str or None
        ``"people"`` or ``"things"``: what its numbers count, so that a number
        counting the other kind ("160 houses burned") is not of it; ``None`` for either.
    intransitive : tuple of tuple of str
        Its cues whose grammatical subject undergoes the event ("died", "fled"):
        they follow their number, and one before a number is not its cue.
    objects : frozenset of str
        The things its numbers count, when it counts only some things (buildings): its
        weak cues name no number whose noun phrase names none of them ("hit 4 towns").
    possessed : frozenset of str
        Counted people that a possessive before their number makes this measure when
        no event cue names another ("the village's 1,800 residents": its population).
    verbs : tuple of tuple of str
        Its cues that name it only as verbs ("level", "ship"): the noun of the same
        spelling ("a blood-alcohol level of .41", "50 ships") is not its cue.
    shortest : str or None
        The shortest unit its figures are told in (a prison term in days): a
        figure in a shorter unit ("30 minutes") is not of it.
    of_person : bool
        A bare number that "is" or "was" says of one person is of it ("Lopez was 75.").
    at : frozenset of str
        A bare number after "at" that ends a clause holding one of these lemmas is
        of it ("she died in a hospital at 77": an age).
    bare : bool
        Its numbers count nothing ("won by 3"): a number followed by the noun it
        counts ("won two acquittals") is not of it.
    agent : bool
        Its people do what its verbs say ("three men rammed a truck into a bakery"): a
        verb names it only for the number of its subject, in the active voice.
    most : float or None
        The largest figure a careful reader takes for it: a larger one is not of it
        (an age is at most 130 years: "the crowd was 23,800" is no age).

    Examples
    --------
    >>> from claimnum.measure_lexicon import measures
    >>> deaths = measures()["deaths"]
    >>> deaths.cumulative, sorted(deaths.units), ("death", "toll") in deaths.cues, deaths.counts
    (True, ['count'], True, 'people')
    """

    name: str
    units: frozenset[str]
    cues: tuple[tuple[str, ...], ...]
    nouns: tuple[tuple[str, ...], ...] = ()
    weak: tuple[tuple[str, ...], ...] = ()
    cumulative: bool = False
    default: bool = False
    spread: float | None = None
    unit: str | None = None
    timeless: bool = False
    patient: bool = False
    counts: str | None = None
    intransitive: tuple[tuple[str, ...], ...] = ()
    verbs: tuple[tuple[str, ...], ...] = ()
    objects: frozenset[str] = frozenset()
    possessed: frozenset[str] = frozenset()
    shortest: str | None = None
    of_person: bool = False
    agent: bool = False
    bare: bool = False
    at: frozenset[str] = frozenset()
    most: float | None = None

    @property
    def tolerance(self) -> float:
        """How far apart (a factor) two figures of one quantity may be (see ``spread``).

        Returns
        -------
        float
            The row's ``spread``, else 100 for a cumulative measure and 10 for any other.

        Examples
        --------
        >>> from claimnum.measure_lexicon import measures
        >>> measures()["age"].tolerance, measures()["deaths"].tolerance, measures()["revenue"].tolerance
        (1.0, 100.0, 10.0)
        """
        if self.spread is not None:
            return self.spread
        return 100.0 if self.cumulative else 10.0


class Pattern(NamedTuple):
    """A multiword cue around the number (``"cut # jobs"``): the words before ``#`` and after it.

    Examples
    --------
    >>> from claimnum.measure_lexicon import lexicon
    >>> any(p.before == ("cut",) and p.after == ("job",) for p in lexicon().around)
    True
    """

    measure: str
    before: tuple[str, ...]  # the lemmas before "#", in order
    after: tuple[str, ...]  # and after it
    weak: bool  # it names the measure only when no event cue does ("~for # after")


class Cue(NamedTuple):
    """A cue phrase of one measure, as the lexicon indexes it by its first lemma.

    Examples
    --------
    >>> from claimnum.measure_lexicon import lexicon
    >>> [cue] = [c for c in lexicon().index["die"] if c.measure == "deaths"]
    >>> cue.words, cue.tier, cue.noun, cue.intransitive, cue.verb
    (('die',), 0, False, True, False)
    """

    measure: str
    words: tuple[str, ...]
    tier: int  # 0 an event (or a counted thing), 1 a counted person, 2 a weak cue
    noun: bool  # a counted thing or person, which follows its number closely
    intransitive: bool  # its subject undergoes it ("died", "fled")
    verb: bool  # it names its measure only as a verb ("leveled 20 homes", not "a level of .41")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The measure lexicon as read from ``data/measures.toml`` (see :func:`lexicon`).

    Examples
    --------
    >>> from claimnum.measure_lexicon import lexicon
    >>> "when" in lexicon().boundaries, lexicon().counted["house"], lexicon().counted["soldier"]
    (True, 'things', 'people')
    """

    measures: Mapping[str, Measure]
    index: Mapping[str, tuple[Cue, ...]]  # first lemma of a cue -> its cues
    around: tuple[Pattern, ...]  # the cues written around "#"
    boundaries: frozenset[str]
    averting: frozenset[str]  # verbs whose object did not happen ("avoided jail")
    background: tuple[tuple[str, ...], ...]
    revision: tuple[tuple[str, ...], ...]
    currency_magnitudes: Mapping[str, float]
    anaphora: tuple[tuple[str, ...], ...]
    linking: tuple[tuple[str, ...], ...]  # verbs that make a number what the subject amounts to
    subject_openers: frozenset[str]  # words that may stand before a cue opening the subject
    nouns: frozenset[str]  # the first words of every measure's nouns
    families: Mapping[str, str]  # measure -> the first measure of its family
    sized: str  # the measure of a length joined to the noun of the object it sizes ("the 45-metre dam")
    routes: frozenset[str]  # nouns a length before them is a distance of ("a 10-mile walk")
    counted: Mapping[str, str]  # a counted noun's lemma -> "people" or "things"
    collectives: frozenset[str]  # nouns naming many people at once or their number ("crowd", "turnout")
    order: Mapping[str, int]  # measure -> its place in the file (the last tie-break)


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(word.text.lower() for word in tokens(text))


def _row(name: str, row: Mapping[str, Any]) -> Measure:
    cues = [cue for cue in row.get("cues", ()) if not cue.startswith("~")]
    patient = bool(row.get("patient"))
    return Measure(
        name,
        frozenset(row["units"]),
        tuple(_phrase(cue.replace("#", " # ")) for cue in cues),
        tuple(_phrase(noun) for noun in row.get("nouns", ())),
        tuple(_phrase(cue[1:]) for cue in row.get("cues", ()) if cue.startswith("~") and "#" not in cue),
        bool(row.get("cumulative")),
        bool(row.get("default")),
        row.get("spread"),
        row.get("unit"),
        bool(row.get("timeless")),
        patient,
        row.get("counts", "people" if patient else None),  # those who undergo an event are people
        tuple(_phrase(cue) for cue in row.get("intransitive", ())),
        tuple(_phrase(cue) for cue in row.get("verbs", ())),
        frozenset(row.get("objects", ())),
        frozenset(row.get("possessed", ())),
        row.get("shortest"),
        bool(row.get("of_person")),
        bool(row.get("agent")),
        bool(row.get("bare")),
        frozenset(row.get("at", ())),
        row.get("most"),
    )


@functools.cache
def lexicon() -> Lexicon:
    """Return the measure lexicon, read once from ``data/measures.toml``.

    Returns
    -------
    Lexicon
        The rows, the cue index, the patterns and the word classes of the lexicon.

    Examples
    --------
    >>> from claimnum.measure_lexicon import lexicon
    >>> ("rise", "to") in lexicon().revision
    True
    """
    table = data_table("measures.toml")
    rows = {name: _row(name, row) for name, row in table["measures"].items()}
    index: dict[str, list[Cue]] = {}
    around: list[Pattern] = []
    counted = {word: kind for kind, words in table["counted"].items() for word in words}
    for name, row in rows.items():
        raw = table["measures"][name].get("cues", ())
        for cue in (cue for cue in raw if "#" in cue):  # a weak pattern ("~for # after") loses to any event
            pre, post = map(_phrase, cue.removeprefix("~").split("#"))
            around.append(Pattern(name, pre, post, cue.startswith("~")))
        plain = [_phrase(cue) for cue in raw if "#" not in cue and not cue.startswith("~")]
        # Nouns of things ("bullets", "titles") name the measure as surely as an event does:
        # "13 bullets killed him" counts bullets; people ("47 soldiers were killed") are counted
        # by what happened to them.
        noun_tier = _TIERS["event"] if row.counts == "things" else _TIERS["noun"]
        # What its people did ("four men rammed a store") names them no better than what they are:
        # "two officers opened fire" are officers.
        verb_tier = _TIERS["noun"] if row.agent else _TIERS["event"]
        kinds = (
            (verb_tier, False, plain),
            (noun_tier, True, row.nouns),
            (_TIERS["weak"], False, row.weak),
        )
        for tier, noun, phrases in kinds:
            for cue in phrases:
                index.setdefault(cue[0], []).append(
                    Cue(name, cue, tier, noun, cue in row.intransitive, not noun and cue in row.verbs)
                )
        if row.counts is not None:
            counted.update({noun[-1]: row.counts for noun in row.nouns if noun[-1] not in counted})
            counted.update({thing: row.counts for thing in row.objects if thing not in counted})
    return Lexicon(
        measures=rows,
        index={first: tuple(entries) for first, entries in index.items()},
        around=tuple(around),
        boundaries=frozenset(table["clauses"]["boundaries"]),
        averting=frozenset(table["averted"]["verbs"]),
        background=tuple(_phrase(cue) for cue in table["background"]["cues"]),
        revision=tuple(_phrase(cue) for cue in table["revision"]["cues"]),
        currency_magnitudes=dict(table["currency_magnitudes"]),
        anaphora=tuple(_phrase(cue) for cue in table["anaphora"]["cues"]),
        linking=tuple(_phrase(verb) for verb in table["subjects"]["verbs"]),
        subject_openers=frozenset(table["subjects"]["openers"]),
        nouns=frozenset(noun[0] for row in rows.values() for noun in row.nouns),
        families={member: members[0] for members in table["families"].values() for member in members},
        sized=table["attributive"]["measure"],
        routes=frozenset(table["attributive"]["routes"]),
        counted=counted,
        collectives=frozenset(table["collectives"]["nouns"]),
        order={name: i for i, name in enumerate(rows)},
    )


@functools.cache
def word_class(name: str) -> frozenset[str]:
    """Return one closed word class of the measure reader's grammar (``[grammar]`` of the lexicon).

    Parameters
    ----------
    name : str
        The name of the class in ``[grammar]`` ("passive", "definite", ...).

    Returns
    -------
    frozenset of str
        Its words or lemmas, in lower case.

    Examples
    --------
    >>> sorted(word_class("passive"))
    ['be', 'get', 'have']
    """
    return frozenset(data_table("measures.toml")["grammar"][name])


def measures() -> Mapping[str, Measure]:
    """Return the measure lexicon: every :class:`Measure` by name, in the file's order.

    Returns
    -------
    Mapping of str to Measure
        Every row of the lexicon by its name.

    Examples
    --------
    >>> from claimnum.measure_lexicon import measures
    >>> "deaths" in measures() and "revenue" in measures()
    True
    """
    return lexicon().measures


def counted_kind(word: str) -> str | None:
    """Whether a counted noun names ``"people"`` or ``"things"``, as far as the lexicon knows.

    Parameters
    ----------
    word : str
        A counted noun as written ("houses", "officers").

    Returns
    -------
    str or None
        ``"people"`` or ``"things"``; None when the lexicon does not know the noun.

    Examples
    --------
    >>> counted_kind("houses"), counted_kind("officers"), counted_kind("birds") is None
    ('things', 'people', True)
    """
    known = lexicon().counted
    return next((known[form] for form in lemmas(word) if form in known), None)


def fits(row: Measure, kind: str, unit: str | None = None) -> bool:
    """Whether a number with this kind of unit may have this measure ("aged 33": a count read in years).

    Given the ``unit`` itself, a unit shorter than the row's ``shortest`` does not fit
    (no prison term is told in minutes).

    Parameters
    ----------
    row : Measure
        A row of the lexicon.
    kind : str
        The kind of the number's unit (:func:`claimnum.unit_kinds.unit_class`).
    unit : str or None, optional
        The unit itself, read against the row's ``shortest``.

    Returns
    -------
    bool
        True when the measure may take the number.

    Examples
    --------
    >>> fits(measures()["deaths"], "count"), fits(measures()["deaths"], "money")
    (True, False)
    >>> fits(measures()["prison_term"], "time", "month"), fits(measures()["prison_term"], "time", "minute")
    (True, False)
    """
    if not (kind in row.units or (kind == "count" and row.unit is not None)):
        return False
    return row.shortest is None or unit is None or kind != "time" or not _shorter(unit, row.shortest)


@functools.lru_cache(maxsize=256)
def _shorter(unit: str, than: str) -> bool:
    """Whether one unit of time is shorter than another."""
    return bool(convert(1.0, unit, than) < 1.0)


def background_cues() -> tuple[tuple[str, ...], ...]:
    """Return the phrases that mark a clause as background (an earlier event, a comparison).

    Returns
    -------
    tuple of tuple of str
        Each phrase as its lower-case words.

    Examples
    --------
    >>> ("than",) in background_cues()
    True
    """
    return lexicon().background


def revision_cues() -> tuple[tuple[str, ...], ...]:
    """Return the phrases that mark a number as a revision of another ("rose to", "up from").

    Returns
    -------
    tuple of tuple of str
        Each phrase as its lemmas.

    Examples
    --------
    >>> ("rise", "to") in revision_cues()
    True
    """
    return lexicon().revision


def rough_dollars(currency: str) -> float:
    """The rough size of one unit of a currency in US dollars, for grouping only (never to convert).

    Parameters
    ----------
    currency : str
        An ISO 4217 code.

    Returns
    -------
    float
        A power of ten near the dollars one unit is worth (1.0 for an unknown code).

    Examples
    --------
    >>> rough_dollars("SEK"), rough_dollars("USD")
    (0.1, 1.0)
    """
    return float(10 ** lexicon().currency_magnitudes.get(currency, 0.0))


def clause_boundaries() -> frozenset[str]:
    """Return the words that open a new clause ("when", "which", ...).

    Returns
    -------
    frozenset of str
        The words, in lower case.

    Examples
    --------
    >>> "when" in clause_boundaries()
    True
    """
    return lexicon().boundaries


@functools.lru_cache(maxsize=4096)
def measure_of_noun(noun: str, unit: str | None) -> str | None:
    """The measure a counted thing names by itself ("crowd", "shells"), for a number of this unit.

    Not a measure whose people undergo an event (victims, hostages): what happened
    to them says what is counted, and the context found nothing.

    Parameters
    ----------
    noun : str
        A head noun as written.
    unit : str or None
        The number's unit; None for a pure number.

    Returns
    -------
    str or None
        The measure's name, or None when the noun names none for such a number.

    Examples
    --------
    >>> measure_of_noun("shells", None), measure_of_noun("crowd", None), measure_of_noun("crowd", "USD")
    ('weapons', 'crowd', None)
    """
    rows, kind = lexicon().measures, unit_class(unit)
    found = [
        cue.measure
        for word in lemmas(noun)
        for cue in lexicon().index.get(word, ())
        if cue.words == (word,) and cue.noun and _names_alone(rows[cue.measure], kind)
    ]
    return min(found, key=lexicon().order.__getitem__, default=None)


def _names_alone(row: Measure, kind: str) -> bool:
    """Whether a counted noun alone may name this measure for a number of this kind of unit."""
    return not row.patient and fits(row, kind)


def family_of(measure: str | None) -> str | None:
    """The family of a measure: measures an annotator reads as one count of one event.

    "Displaced", "evacuated" and "homeless" people are the residents who left their
    homes; a family is named by its first measure (``[families]`` in the lexicon).

    Parameters
    ----------
    measure : str or None
        A measure's name.

    Returns
    -------
    str or None
        The family's name (the measure itself when it has none); None for None.

    Examples
    --------
    >>> family_of("evacuated"), family_of("deaths"), family_of(None)
    ('displaced', 'deaths', None)
    """
    return None if measure is None else lexicon().families.get(measure, measure)


def is_cumulative(measure: str | None) -> bool:
    """Tell whether a measure is a running total that only grows (deaths, arrests, cases).

    Parameters
    ----------
    measure : str or None
        A measure's name.

    Returns
    -------
    bool
        True for a cumulative row of the lexicon; False for None or an unknown name.

    Examples
    --------
    >>> is_cumulative("deaths"), is_cumulative("magnitude"), is_cumulative(None)
    (True, False, False)
    """
    row = lexicon().measures.get(measure or "")
    return row is not None and row.cumulative
