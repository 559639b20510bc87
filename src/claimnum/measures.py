"""What a number measures: the measure lexicon (``data/measures.toml``).

A *measure* names the quantity a claim's number stands for ("deaths",
"injuries", "magnitude", "revenue", ...), read from cue nouns, verbs and
multiword patterns around the number.  Extraction's context stage calls
:func:`measure_of` for every claim; grouping and verification compare claims
by it.

Cues match every inflection of their words ("kill" matches killed, kills and
killing; "home" matches homes): word forms come from lemminflect, not from
hand-written suffix rules.  The nearest cue wins; a cue whose way to the
number is barred by another number belongs to that other number, and a clause
boundary (a comma, "when", "which", ...) puts a cue further away.  A measure
also fixes the kind of unit its numbers carry (deaths are counts, revenue is
money, depth is a length), so a cue never names a number of the wrong kind.

Examples
--------
>>> from claimnum.measures import measure_of
>>> measure_of("The quake killed 47 people.", 17, 19, unit=None, subject="people", predicate="killed")
'deaths'
>>> sentence = "The quake, killing at least seven people and injuring 40, hit at dawn."
>>> measure_of(sentence, 19, 32, unit=None, subject="people", predicate="killing")
'deaths'
>>> measure_of(sentence, 54, 56, unit=None, subject=None, predicate="injuring")
'injuries'
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TypeAlias

from lemminflect import getAllLemmas, getAllLemmasOOV

from claimnum.units import canonical_unit, currency_of, dimensionality, is_currency

__all__ = [
    "Measure",
    "background_cues",
    "clause_boundaries",
    "family_of",
    "find_cues",
    "is_cumulative",
    "lemmas",
    "measure_of",
    "measure_of_noun",
    "measures",
    "revision_cues",
    "rough_dollars",
    "tokens",
    "unit_class",
]

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:()\[\]\"“”—–]|\s-\s|&")
_NUMBER_WORDS = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
        "hundred hundreds thousand thousands million millions billion billions dozen dozens"
    ).split()
)
_BRIDGES = frozenset({"from", "to", "than", "and", "or", "nor", "versus", "vs", "("})  # "rose to 52 from 47"
_WINDOW = 10  # words; a cue further away says nothing about the number
_BOUNDARY_COST = 3  # a clause boundary counts as this many words
_SIDE_CHANNEL_DISTANCE = 1.5  # extraction's subject and predicate, wherever they stand
_NOUN_REACH = 2  # words between a number and the counted thing that names its measure
_CONJUNCTIONS = frozenset({"and", "or", "nor", "after", "before", "since", "until"})
_PASSIVE = frozenset({"be", "get", "have"})  # "were killed", "got hurt", "have been evacuated"
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "two", "three", "several"})
_CONJUNCTION_COST = 3  # a conjunction or a boundary between a cue and a number, in words
_UNIT_CLASSES = {
    "[time]": "time",
    "[length]": "length",
    "[length] ** 2": "area",
    "[mass]": "mass",
    "[length] / [time]": "speed",
    "[temperature]": "temperature",
    "[length] ** 2 * [mass] / [time] ** 2": "energy",
}
_DATA_UNITS = frozenset({"bit", "byte", "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte"})


@dataclass(frozen=True, slots=True)
class Measure:
    """One row of the measure lexicon.

    Attributes
    ----------
    name : str
        The measure's name ("deaths", "revenue").
    units : frozenset of str
        The kinds of unit its numbers carry (:func:`unit_class`).
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

    Examples
    --------
    >>> from claimnum.measures import measures
    >>> deaths = measures()["deaths"]
    >>> deaths.cumulative, sorted(deaths.units), ("death", "toll") in deaths.cues
    (True, ['count'], True)
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

    @property
    def tolerance(self) -> float:
        """How far apart (a factor) two figures of one quantity may be (see ``spread``).

        Examples
        --------
        >>> from claimnum.measures import measures
        >>> measures()["age"].tolerance, measures()["deaths"].tolerance, measures()["revenue"].tolerance
        (1.0, 100.0, 10.0)
        """
        if self.spread is not None:
            return self.spread
        return 100.0 if self.cumulative else 10.0


_Entry: TypeAlias = (
    "tuple[str, tuple[str, ...], int]"  # measure, cue, tier (0 event or thing, 1 noun, 2 weak)
)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    measures: Mapping[str, Measure]
    index: Mapping[str, tuple[_Entry, ...]]  # first lemma of a cue -> its entries
    around: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]  # (measure, before "#", after "#")
    boundaries: frozenset[str]
    background: tuple[tuple[str, ...], ...]
    revision: tuple[tuple[str, ...], ...]
    currency_magnitudes: Mapping[str, float]
    anaphora: tuple[tuple[str, ...], ...]
    nouns: frozenset[str]  # the first words of every measure's nouns
    families: Mapping[str, str]  # measure -> the first measure of its family


@functools.lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Return the word lower-cased and every lemma lemminflect knows for it.

    Examples
    --------
    >>> sorted(lemmas("Killed")), sorted(lemmas("homes"))
    (['kill', 'killed'], ['home', 'homes'])
    """
    lower = word.lower()
    if lower[:1].isdigit():  # a number has no lemma: skip lemminflect, and keep distinct numbers cheap
        return frozenset((lower,))
    found = {lower}
    known = getAllLemmas(lower)
    if known:
        for forms in known.values():
            found.update(forms)
    elif lower.isalpha():  # a word lemminflect does not list ("aftershocks"): its rules for unknown words
        for upos in ("NOUN", "VERB"):
            found.update(getAllLemmasOOV(lower, upos).get(upos, ()))
    return frozenset(found)


@functools.lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """Split text into words, numbers and clause punctuation, with their offsets.

    Examples
    --------
    >>> [t[0] for t in tokens("A 7.6-magnitude quake, it said.")]
    ['A', '7.6', 'magnitude', 'quake', ',', 'it', 'said']
    """
    return tuple((m.group(0).strip(), m.start(), m.end()) for m in _TOKEN.finditer(text))


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(t[0].lower() for t in tokens(text))


@functools.cache
def _lexicon() -> _Lexicon:
    table = tomllib.loads(resources.files("claimnum").joinpath("data/measures.toml").read_text("utf-8"))
    rows: dict[str, Measure] = {}
    index: dict[str, list[_Entry]] = {}
    around: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    for name, row in table["measures"].items():
        cues = [cue for cue in row.get("cues", ()) if not cue.startswith("~")]
        weak = tuple(_phrase(cue[1:]) for cue in row.get("cues", ()) if cue.startswith("~"))
        nouns = tuple(_phrase(noun) for noun in row.get("nouns", ()))
        for cue in cues:
            if "#" in cue:
                before, after = cue.split("#")
                around.append((name, _phrase(before), _phrase(after)))
        plain = tuple(_phrase(cue) for cue in cues if "#" not in cue)
        rows[name] = Measure(
            name,
            frozenset(row["units"]),
            tuple(_phrase(cue.replace("#", " # ")) for cue in cues),
            nouns,
            weak,
            bool(row.get("cumulative")),
            bool(row.get("default")),
            row.get("spread"),
            row.get("unit"),
            bool(row.get("timeless")),
            bool(row.get("patient")),
        )
        # Nouns of things ("bullets", "titles") name the measure as surely as an event does:
        # "13 bullets killed him" counts bullets; people ("47 soldiers were killed") are counted
        # by what happened to them.
        noun_tier = 0 if row.get("things") else 1
        for tier, phrases in ((0, plain), (noun_tier, nouns), (2, weak)):
            for cue in phrases:
                index.setdefault(cue[0], []).append((name, cue, tier))
    return _Lexicon(
        measures=rows,
        index={first: tuple(entries) for first, entries in index.items()},
        around=tuple(around),
        boundaries=frozenset(table["clauses"]["boundaries"]),
        background=tuple(_phrase(cue) for cue in table["background"]["cues"]),
        revision=tuple(_phrase(cue) for cue in table["revision"]["cues"]),
        currency_magnitudes=dict(table["currency_magnitudes"]),
        anaphora=tuple(_phrase(cue) for cue in table["anaphora"]["cues"]),
        nouns=frozenset(noun[0] for row in rows.values() for noun in row.nouns),
        families={member: members[0] for members in table["families"].values() for member in members},
    )


def measures() -> Mapping[str, Measure]:
    """Return the measure lexicon: every :class:`Measure` by name, in the file's order.

    Examples
    --------
    >>> from claimnum.measures import measures
    >>> "deaths" in measures() and "revenue" in measures()
    True
    """
    return _lexicon().measures


@functools.lru_cache(maxsize=1024)
def unit_class(unit: str | None) -> str:
    """Name the kind of a unit: ``count`` (pure number), ``money``, ``percent``, ``time``, ``length``, ...

    Examples
    --------
    >>> unit_class(None), unit_class("SEK"), unit_class("week"), unit_class("mile"), unit_class("percent")
    ('count', 'money', 'time', 'length', 'percent')
    """
    canonical = canonical_unit(unit or None)
    if canonical is None:
        return "count"
    if is_currency(canonical):
        return "money"
    if canonical == "percent":
        return "percent"
    if canonical in _DATA_UNITS:
        return "data"
    if currency_of(canonical) is not None:
        return "money_rate"  # "$2 million a year"
    dims = dimensionality(canonical)
    return _UNIT_CLASSES.get(dims, dims or canonical)


def _is_number(word: str) -> bool:
    return word[0].isdigit() or word.lower() in _NUMBER_WORDS


def _matches(words: Sequence[frozenset[str]], at: int, cue: tuple[str, ...]) -> bool:
    return (
        at >= 0 and at + len(cue) <= len(words) and all(part in words[at + i] for i, part in enumerate(cue))
    )


def find_cues(sentence: str, phrases: tuple[tuple[str, ...], ...]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Return the phrases found in a sentence, as ``(start, end, phrase)`` character spans.

    Examples
    --------
    >>> [(s, e) for s, e, _ in find_cues("The toll rose to 52.", (("rise", "to"),))]
    [(9, 16)]
    """
    toks = tokens(sentence)
    words = [lemmas(t[0]) for t in toks]
    index = _first_words(phrases)
    return [
        (toks[i][1], toks[i + len(cue) - 1][2], cue)
        for i, token_words in enumerate(words)
        for cue in dict.fromkeys(c for word in token_words for c in index.get(word, ()))
        if _matches(words, i, cue)
    ]


@functools.lru_cache(maxsize=64)
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their first word, in their order, for a look-up per word of a sentence."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


def background_cues() -> tuple[tuple[str, ...], ...]:
    """Return the phrases that mark a clause as background (an earlier event, a comparison).

    Examples
    --------
    >>> ("than",) in background_cues()
    True
    """
    return _lexicon().background


def revision_cues() -> tuple[tuple[str, ...], ...]:
    """Return the phrases that mark a number as a revision of another ("rose to", "up from").

    Examples
    --------
    >>> ("rise", "to") in revision_cues()
    True
    """
    return _lexicon().revision


def rough_dollars(currency: str) -> float:
    """The rough size of one unit of a currency in US dollars, for grouping only (never to convert).

    Examples
    --------
    >>> rough_dollars("SEK"), rough_dollars("EUR")
    (0.1, 1.0)
    """
    return float(10 ** _lexicon().currency_magnitudes.get(currency, 0.0))


def clause_boundaries() -> frozenset[str]:
    """Return the words that open a new clause ("when", "which", ...).

    Examples
    --------
    >>> "when" in clause_boundaries()
    True
    """
    return _lexicon().boundaries


# Grouping asks again what extraction asked of a claim that has no measure: the answer is kept.
@functools.lru_cache(maxsize=1024)
def measure_of(
    sentence: str,
    start: int,
    end: int,
    *,
    unit: str | None,
    subject: str | None,
    predicate: str | None,
) -> str | None:
    """Return the measure of the number at ``sentence[start:end]``, or ``None``.

    Cues come in three strengths: what happened ("killed", "evacuated", "death
    toll"), then the counted thing ("soldiers", "passengers"), then weak words
    ("hit").  The strongest kind of cue wins, the nearest among those; a cue
    belongs to the number nearest to it.  A number with no cue of its own that
    follows another through "from", "to", "than", "and" or "or" ("rose to 52
    from 47") measures what that one measures.

    Parameters
    ----------
    sentence : str
        The sentence the number stands in.
    start, end : int
        The claim's offsets in ``sentence``.
    unit : str or None
        The claim's canonical unit (``None`` or ``""`` for a pure number).
    subject, predicate : str or None
        The claim's subject and predicate as extraction found them.

    Returns
    -------
    str or None
        The measure's name, ``None`` when no cue says what is measured.

    Examples
    --------
    >>> measure_of("It cost $5.", 8, 10, unit="USD", subject=None, predicate="cost")
    'cost'
    >>> measure_of("It is a city of 160,000 people.", 16, 23, unit=None, subject="people", predicate=None)
    'population'
    >>> measure_of("The toll rose to 52 from 47.", 25, 27, unit=None, subject=None, predicate=None)
    'deaths'
    >>> measure_of("He saw 3 birds.", 7, 8, unit=None, subject="birds", predicate="saw") is None
    True
    """
    kind = unit_class(unit)
    toks = tokens(sentence)
    words = [lemmas(t[0]) for t in toks]
    own = [i for i, t in enumerate(toks) if t[1] < end and t[2] > start]
    if not own:
        return _default(kind)
    earlier = _bridged_number(toks, own[0])
    restated = earlier is not None and toks[own[0] - 1][0] == "("  # "$1.23 billion (13.5 billion SEK)"
    found = None if restated else _nearest_cue(toks, words, own[0], own[-1], kind, subject, predicate)
    if found is None and earlier is None and _refers_back(words, own[0]):
        earlier = _previous_number(toks, own[0])  # "organisers put the number at 60,000"
    if found is None and earlier is not None:
        found = _nearest_cue(toks, words, earlier[0], earlier[1], kind, None, None)
    return found[0] if found is not None else _default(kind)


def _refers_back(words: Sequence[frozenset[str]], first: int) -> bool:
    """Whether the words before the number name a figure told before ("put the number at")."""
    return any(_matches(words, first - len(phrase), phrase) for phrase in _lexicon().anaphora)


def _previous_number(toks: Sequence[tuple[str, int, int]], first: int) -> tuple[int, int] | None:
    """The nearest number before token ``first`` in the sentence, as token positions."""
    for last in range(first - 1, -1, -1):
        if _is_number(toks[last][0]):
            begin = last
            while begin > 0 and _is_number(toks[begin - 1][0]):
                begin -= 1
            return begin, last
    return None


def _nearest_cue(
    toks: Sequence[tuple[str, int, int]],
    words: Sequence[frozenset[str]],
    first: int,
    last: int,
    kind: str,
    subject: str | None,
    predicate: str | None,
) -> tuple[str, tuple[str, ...]] | None:
    """The measure and the best cue for the number at tokens ``first..last`` (see :func:`measure_of`)."""
    lexicon = _lexicon()
    numbers = [i for i, t in enumerate(toks) if _is_number(t[0]) and not first <= i <= last]
    best: tuple[float, ...] | None = None
    name_of: dict[tuple[float, ...], tuple[str, tuple[str, ...]]] = {}

    def consider(rank: tuple[float, ...], name: str, cue: tuple[str, ...]) -> None:
        nonlocal best
        if best is None or rank < best:
            best = rank
            name_of[rank] = (name, cue)

    numbers_here = [i for i in range(first, last + 1) if _is_number(toks[i][0])] or [first, last]
    first_number, last_number = numbers_here[0], numbers_here[-1]
    for name, pre, post in lexicon.around:  # "#" is the number itself, whatever the claim's span holds
        if (
            _fits(lexicon.measures[name], kind)
            and _matches(words, first_number - len(pre), pre)
            and (_matches(words, last_number + 1, post) or _matches(words, last + 1, post))
        ):
            consider((0, 0.0, 0, -(len(pre) + len(post) + 1), _order(name)), name, (*pre, "#", *post))
    for i, token_words in enumerate(words):
        if first <= i <= last_number:
            continue  # the claim's qualifier and number; its unit words ("16-year-old") may be cues
        found = [
            (name, cue, tier)
            for word in token_words
            for name, cue, tier in lexicon.index.get(word, ())
            if _fits(lexicon.measures[name], kind) and _matches(words, i, cue)
        ]
        longest = max((len(cue) for _, cue, _ in found), default=0)
        for name, cue, tier in found:
            if len(cue) < longest:
                continue  # the longest cue at a word wins: "rescue workers" are not rescued
            span = (i, i + len(cue) - 1)
            inside = first <= i <= last
            if not inside and not _owned(toks, span, first, last, numbers, lexicon.boundaries):
                continue
            distance = 0.0 if inside else _distance(toks, span, first, last, lexicon.boundaries)
            is_noun = cue in lexicon.measures[name].nouns
            if distance is None or (is_noun and (i < first or distance > _NOUN_REACH)):
                continue  # a counted thing follows its number closely: "four armed robbers"
            if is_noun and any(words[k] & lexicon.nouns for k in range(last_number + 1, i)):
                continue  # the counted thing came first: "two officers shot" counts officers, not shots
            if lexicon.measures[name].patient and not is_noun and _acts(toks, words, last, span):
                continue  # "two officers shot the teenager": the officers did it, nothing was done to them
            # Strongest kind first, then nearest; then the word after the number, the
            # counted thing; then the longer cue; then the lexicon's order.
            consider((tier, distance, 0 if i > last_number else 1, -len(cue), _order(name)), name, cue)
    written = {word for token_words in words for word in token_words}
    for tier, side in ((0, predicate), (1, subject)):
        for name, cue_tier, length, cue in _side_channel(side, kind):
            if all(part in written for part in cue):
                continue  # the scan above saw this cue in the sentence, and who it belongs to
            rank = (max(tier, cue_tier), _SIDE_CHANNEL_DISTANCE, 1, -length, _order(name))
            consider(rank, name, ("<side>",))
    return None if best is None else name_of[best]


def _acts(
    toks: Sequence[tuple[str, int, int]], words: Sequence[frozenset[str]], last: int, span: tuple[int, int]
) -> bool:
    """Whether the number is the subject of an active verb with an object ("two officers shot the boy").

    The verb follows the number with no form of "be" or "get" between them, and a
    determiner or a name follows the verb.
    """
    if span[0] <= last or span[1] + 1 >= len(toks):
        return False
    if any(words[k] & _PASSIVE for k in range(last + 1, span[0])):
        return False  # "47 people were killed"
    after = toks[span[1] + 1][0]
    return after.lower() in _DETERMINERS or (after[:1].isupper() and after[1:].islower())


def _fits(row: Measure, kind: str) -> bool:
    """Whether a number with this kind of unit may have this measure ("aged 33": a count read in years)."""
    return kind in row.units or (kind == "count" and row.unit is not None)


def _owned(
    toks: Sequence[tuple[str, int, int]],
    span: tuple[int, int],
    first: int,
    last: int,
    numbers: Sequence[int],
    boundaries: frozenset[str],
) -> bool:
    """Whether a cue belongs to our number: no other number is nearer to it.

    Distances count words, a clause boundary or a conjunction counting more
    ("about 4,200 were injured and 1,350 died": "injured" is the 4,200's).  At
    equal distance a cue after two numbers' gap belongs to the number before it
    ("5 dead, 30 injured": "dead" is 5's).
    """

    def gap(a: int, b: int) -> int:  # words strictly between token positions a < b
        return sum(
            _CONJUNCTION_COST
            if not toks[k][0][0].isalnum() or toks[k][0].lower() in boundaries | _CONJUNCTIONS
            else 1
            for k in range(a + 1, b)
        )

    ours = gap(last, span[0]) if span[0] > last else gap(span[1], first)
    for j in numbers:
        theirs = gap(span[1], j) if j > span[1] else gap(j, span[0])
        if theirs < ours or (theirs == ours and j < span[0] and span[0] > last):
            return False
    return True


def _distance(
    toks: Sequence[tuple[str, int, int]],
    span: tuple[int, int],
    first: int,
    last: int,
    boundaries: frozenset[str],
) -> float | None:
    """Words between a cue and the claim, a boundary counting extra; ``None`` when out of reach."""
    between = range(span[1] + 1, first) if span[1] < first else range(last + 1, span[0])
    distance = 0.0
    for j in between:
        word = toks[j][0]
        distance += _BOUNDARY_COST if (not word[0].isalnum() or word.lower() in boundaries) else 1
    return distance if distance <= _WINDOW else None


def _bridged_number(toks: Sequence[tuple[str, int, int]], first: int) -> tuple[int, int] | None:
    """The number that ours follows through a bridge word ("52 from 47"), as token positions."""
    if first < 2 or toks[first - 1][0].lower() not in _BRIDGES:
        return None
    found = _previous_number(toks, first - 1)
    return found if found is not None and found[1] >= first - 4 else None


@functools.cache
def _order(name: str) -> int:
    return list(_lexicon().measures).index(name)


def _side_channel(phrase: str | None, kind: str) -> list[tuple[str, int, int, tuple[str, ...]]]:
    """The measures that extraction's subject or predicate names, with their cue's strength."""
    if not phrase:
        return []
    lexicon = _lexicon()
    words = [lemmas(t[0]) for t in tokens(phrase)]
    return [
        (name, tier, len(cue), cue)
        for i, token_words in enumerate(words)
        for word in token_words
        for name, cue, tier in lexicon.index.get(word, ())
        if _fits(lexicon.measures[name], kind) and _matches(words, i, cue)
    ]


@functools.lru_cache(maxsize=4096)
def measure_of_noun(noun: str, unit: str | None) -> str | None:
    """The measure a counted thing names by itself ("crowd", "shells"), for a number of this unit.

    Not a measure whose people undergo an event (victims, hostages): what happened
    to them says what is counted, and the context found nothing.

    Examples
    --------
    >>> measure_of_noun("shells", None), measure_of_noun("crowd", None), measure_of_noun("crowd", "USD")
    ('weapons', 'crowd', None)
    """
    lexicon, kind = _lexicon(), unit_class(unit)
    found = [
        name
        for word in lemmas(noun)
        for name, cue, _ in lexicon.index.get(word, ())
        if cue == (word,)
        and cue in lexicon.measures[name].nouns
        and not lexicon.measures[name].patient
        and _fits(lexicon.measures[name], kind)
    ]
    return min(found, key=_order, default=None)


@functools.cache
def _default(kind: str) -> str | None:
    return next((m.name for m in _lexicon().measures.values() if m.default and kind in m.units), None)


def family_of(measure: str | None) -> str | None:
    """The family of a measure: measures an annotator reads as one count of one event.

    "Displaced", "evacuated" and "homeless" people are the residents who left their
    homes; a family is named by its first measure (``[families]`` in the lexicon).

    Examples
    --------
    >>> family_of("evacuated"), family_of("deaths"), family_of(None)
    ('displaced', 'deaths', None)
    """
    return None if measure is None else _lexicon().families.get(measure, measure)


def is_cumulative(measure: str | None) -> bool:
    """Tell whether a measure is a running total that only grows (deaths, arrests, cases).

    Examples
    --------
    >>> is_cumulative("deaths"), is_cumulative("magnitude"), is_cumulative(None)
    (True, False, False)
    """
    row = _lexicon().measures.get(measure or "")
    return row is not None and row.cumulative
