"""What a number measures: the cues of the measure lexicon read around a number in its sentence.

A *measure* names the quantity a claim's number stands for ("deaths",
"injuries", "magnitude", "revenue", ...), read from cue nouns, verbs and
multiword patterns around the number (the lexicon: :mod:`claimnum.measure_lexicon`).
Extraction's context stage calls :func:`measure_of` for every claim; grouping
and verification compare claims by it.

The nearest cue wins; a cue whose way to the number is barred by another number
belongs to that other number, and a clause boundary (a comma, "when", "which",
...) puts a cue further away.  A measure also fixes the kind of unit its numbers
carry (deaths are counts, revenue is money, depth is a length), and what it
counts, people or things: a cue never names a number of the wrong kind ("160
houses burned" counts no injured people).  A sentence is read once (its words,
numbers and every cue in it) and shared by the claims it holds.

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

import bisect
import functools
import itertools
from collections.abc import Sequence
from operator import attrgetter
from typing import NamedTuple

from claimnum.cue_grammar import NOT_MODIFIERS, NOUN_REACH, Figure, Rank, cue_rank, cue_reach
from claimnum.cue_patterns import Numbered, Ranked, Units, pattern_ranks
from claimnum.cue_search import matches
from claimnum.data_files import data_table
from claimnum.measure_lexicon import Cue, fits, lemmas, lexicon, tokens, unit_class, word_class
from claimnum.measure_sentence import Sentence, Span, numbers_before, read_sentence
from claimnum.numerals import find
from claimnum.one_person import at_clause_end, of_one_person, of_person
from claimnum.other_figures import bridged_number, coordinated_number, gapped_number, refers_back

__all__ = ["measure_of"]


_SIDE_CHANNEL_DISTANCE = 1.5  # extraction's subject and predicate, wherever they stand
_NO_MEASURES = frozenset[str]()
_DEFINITE = word_class("definite")
_PARTITIVE = word_class("partitive_determiners")  # "300 of the phones"
_MULTIPLES = word_class("multiples")
_STATURE: str = data_table("measures.toml")["stature"]["measure"]  # "she is 5-foot-4": a height
_FEET = frozenset(data_table("measures.toml")["stature"]["feet"])
_PRICED: str = data_table("measures.toml")["priced"]["measure"]  # "a $50 option": its price
_AMOUNTS = frozenset(data_table("measures.toml")["priced"]["amounts"])
_DETERMINERS = word_class("noun_determiners")
_SUBJECT_REACH = 30  # words between a cue opening the subject and the linking verb of its number
_TOLD_BEFORE = 3  # the numbers before a figure "put at" or "claimed" that may be the figure told before


class Found(NamedTuple):
    """The measure a cue names for a number, and the cue's words (``("<side>",)``: the subject's).

    Parameters
    ----------
    measure : str
        The measure's name.
    words : tuple of str
        The cue's words.

    Examples
    --------
    >>> Found("deaths", ("kill",)).measure
    'deaths'
    """

    measure: str
    words: tuple[str, ...]


class SideCue(NamedTuple):
    """A cue in extraction's subject or predicate of a claim.

    Parameters
    ----------
    measure : str
        The measure's name.
    tier : int
        The cue's strength (0 an event, 1 a counted person, 2 a weak word).
    length : int
        How many words it has.
    words : tuple of str
        Its words.
    noun : bool
        Whether it is a counted noun of its row.

    Examples
    --------
    >>> SideCue("arrests", 0, 1, ("arrest",), False).tier
    0
    """

    measure: str
    tier: int
    length: int  # its words
    words: tuple[str, ...]
    noun: bool


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
    from 47") measures what that one measures; one coordinated before another
    ("14 houses and 20 outbuildings were lost") shares its verb.

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
    units = Units(kind, unit)
    read = read_sentence(sentence)
    words = read.words
    # The tokens overlapping [start, end): from the first that ends after ``start`` to the last
    # that starts before ``end`` (found by bisection: a sentence may hold many claims).
    own = range(bisect.bisect_right(read.ends, start), bisect.bisect_left(read.starts, end))
    if not own:
        return _default(kind)
    claim = Span(own[0], own[-1])
    written = sentence[start:end]
    if kind in ("count", "time") and of_one_person(read, claim):
        aged = of_person(unit)  # "Lopez was 75.", "the victim is 22, police said"
        if aged is not None and _within_reason(aged, written):
            return aged
    at_end = at_clause_end(read, claim, unit) if kind in ("count", "time") else None
    if at_end is not None and _within_reason(at_end, written):
        return at_end  # "she died in a hospital in Leeds at 77"
    earlier = bridged_number(read, claim.first)
    # "$1.23 billion (13.5 billion SEK)": a restatement is its figure's
    restated = earlier is not None and read.lowers[claim.first - 1] == "("
    found = None if restated else _nearest_cue(read, claim, units, subject, predicate)
    if found is None and earlier is None and refers_back(words, claim.first) is not None:
        # "organisers put the number at 60,000", "organisers claimed 25,000": the nearest figure
        # before that has a measure, named by its cue or by the noun it was told as ("the crowd at"),
        # among the few nearest (a long list of figures is no single figure told before)
        told = (
            _nearest_cue(read, number, units, refers_back(words, number.first), None)
            for number in itertools.islice(numbers_before(read, claim.first), _TOLD_BEFORE)
        )
        found = next((cue for cue in told if cue is not None), None)
    earlier = earlier or gapped_number(read, claim.first)
    if found is None and earlier is not None:
        found = _nearest_cue(read, earlier, units, None, None)
    later = coordinated_number(read, claim.last) if found is None else None
    if later is not None:
        # "14 houses and 20 outbuildings were lost": the verb reaches back over the coordination,
        # for a measure that counts what ours counts
        found = _nearest_cue(read, later, units, None, None)
        if found is not None and found.measure not in _allowed(kind, unit, _counted(read, claim.last).kind):
            found = None
    if found is None or found.words in lexicon().measures[found.measure].weak:
        # "the death toll from Friday's quake rose to 52": the subject's, over a weak word ("struck")
        found = _subject_cue(read, claim, units) or found
    if found is None and kind == "length" and _sizes_its_noun(read, written, claim.last):
        return lexicon().sized  # "the 45-metre dam": the dam's size, not a distance
    if found is None and kind == "length" and _feet_and_inches(read, claim):
        return _STATURE
    if found is None and kind == "money" and _prices_its_noun(read, claim):
        return _PRICED  # "a cheaper $12 refill", "a $35 case": what the thing costs
    return found.measure if found is not None and _within_reason(found.measure, written) else _default(kind)


def _within_reason(measure: str, written: str) -> bool:
    """Whether no figure written in the claim is larger than its measure's ``most`` ("23,800" is no age)."""
    most = lexicon().measures[measure].most
    return most is None or all(numeral.value <= most for numeral in find(written))


def _subject_cue(read: Sentence, claim: Span, units: Units) -> Found | None:
    """The measure of a cue opening the sentence's subject, for the number a linking verb ends it with.

    "The death toll from Friday's 6.4-magnitude quake in the province rose to 52": the number
    follows one of the lexicon's linking verbs (``[subjects]``), the first after the subject,
    and the cue stands first in the sentence but for the subject's openers ("the", "number of") and
    maybe a counted noun ("the number of people injured").
    """
    words, lexicon_ = read.words, lexicon()
    first_number = next((k for k in range(claim.first, claim.last + 1) if read.is_number[k]), claim.first)
    # the verb ends before the claim or its number: "rose to at least 52", a qualifier "topped 52"
    found = (
        end - len(verb)
        for end in (claim.first, first_number)
        if end > 0 and not words[end - 1].isdisjoint(_linking_ends())  # most numbers: one set test
        for verb in lexicon_.linking
        if matches(words, end - len(verb), verb)
    )
    verb_at = next(found, -1)
    if verb_at < 0:
        return None
    opening = 0
    while opening < verb_at and read.lowers[opening] in lexicon_.subject_openers:
        opening += 1
    if opening < verb_at and read.counted[opening] is not None and not read.cues_between(opening, opening):
        opening += 1  # "the number of people injured"
    cues = [cue for _, cue in read.cues_between(opening, opening)]
    if not cues or verb_at - opening > _SUBJECT_REACH:
        return None
    longest = max(len(cue.words) for cue in cues)
    between = range(opening + longest, verb_at)
    if any(read.lowers[k] in (";", ":") or _links(words, k) for k in between):
        return None  # the number ends another clause: "the toll rose to 52; the injured rose to 300"
    allowed = _allowed(units.kind, units.unit, _counted(read, claim.last).kind)
    named = (cue for cue in cues if len(cue.words) == longest and cue.measure in allowed)
    cue = min(named, key=lambda cue: _order(cue.measure), default=None)
    return Found(cue.measure, cue.words) if cue is not None else None


def _links(words: Sequence[frozenset[str]], at: int) -> bool:
    """Whether one of the lexicon's linking verbs starts at token ``at``."""
    if words[at].isdisjoint(_linking_starts()):
        return False
    return any(matches(words, at, verb) for verb in lexicon().linking)


@functools.cache
def _linking_ends() -> frozenset[str]:
    """The last words of the lexicon's linking verbs."""
    return frozenset(verb[-1] for verb in lexicon().linking)


@functools.cache
def _linking_starts() -> frozenset[str]:
    """The first words of the lexicon's linking verbs."""
    return frozenset(verb[0] for verb in lexicon().linking)


def _prices_its_noun(read: Sentence, claim: Span) -> bool:
    """Whether money stands between a determiner (maybe and one adjective) and the noun it prices.

    "a $35 carry case", "a cheaper $12 refill", "the $900 scooter"; not "the $700 million in
    aid", where a preposition follows, nor "a $103 million sum", a word for any amount (``amounts``).
    """
    after, before = claim.last + 1, claim.first - 1
    if after >= len(read.toks) or not read.toks[after].text.isalpha():
        return False
    noun = read.lowers[after]
    if not read.words[after].isdisjoint(NOT_MODIFIERS | _AMOUNTS) or noun in lexicon().boundaries:
        return False  # "the $700 million in aid", "a $103 million sum": no thing priced
    if noun.endswith("ed"):
        return False  # "the $7 million raised by": a participle, no noun
    if before > 0 and read.lowers[before] not in _DETERMINERS and read.toks[before].text.isalpha():
        before -= 1  # "a cheaper $12 refill"
    return before >= 0 and read.lowers[before] in _DETERMINERS


def _feet_and_inches(read: Sentence, claim: Span) -> bool:
    """Whether the claim writes feet, then inches ("5-foot-4", "6 foot, 1 inch"): a stature, no distance."""
    lowers, numbers = read.lowers, read.is_number
    feet = (k for k in range(claim.first, claim.last) if lowers[k] in _FEET)
    inches = (k + 2 if lowers[k + 1] == "," else k + 1 for k in feet)
    return any(at <= claim.last and numbers[at] for at in inches)


def _sizes_its_noun(read: Sentence, surface: str, last: int) -> bool:
    """Whether a length is joined to the word right after it, a noun that is no way travelled.

    "The 45-metre dam", "a 100-foot tower" size an object; "a 10-mile walk" is a distance.  The
    noun may spell a unit ("dam", a decametre): joined to a length, it is what the length sizes.
    """
    after = last + 1
    if "-" not in surface.strip("-") or after >= len(read.toks) or not read.toks[after].text.isalpha():
        return False
    word = read.words[after]
    return word.isdisjoint(NOT_MODIFIERS) and word.isdisjoint(lexicon().boundaries | lexicon().routes)


_BARE = frozenset(row.name for row in lexicon().measures.values() if row.bare)


def _possessed(read: Sentence, first: int, noun: int, allowed: frozenset[str]) -> list[Ranked]:
    """A possessive's people ("the village's 1,800 residents"): a counted noun's rank, as near as can be."""
    if first == 0 or not read.lowers[first - 1].endswith(("'s", "’s", "s'")):
        return []
    return [
        Ranked(Rank(_NOUN, 0.0, 0, -1, _order(row.name)), row.name, ("<possessed>",))
        for row in _POSSESSING
        if row.name in allowed and read.words[noun] & row.possessed
    ]


_NOUN, _WEAK = (
    1,
    2,
)  # the tiers of a counted person and of a weak cue (see :class:`claimnum.cue_grammar.Rank`)
_POSSESSING = tuple(row for row in lexicon().measures.values() if row.possessed)
_OF_OBJECTS = tuple(row for row in lexicon().measures.values() if row.objects)


def _other_objects(read: Sentence, last: int) -> frozenset[str]:
    """The measures of some things only (buildings) none of which the claim's noun phrase names.

    The phrase is the words right after the claim, up to a preposition, a form of "be", a
    boundary or a cue of the measure ("40 damaged" names no object and keeps the measure);
    "4 towns", "three undersea cables", "40 degrees" name another thing.
    """
    stops = NOT_MODIFIERS | lexicon().boundaries
    phrase = []
    for k in range(last + 1, min(last + 2 + NOUN_REACH, len(read.toks))):
        if not read.toks[k].text.isalpha() or read.words[k] & stops:
            break
        phrase.append(read.words[k])
    refused = set()
    for row in _OF_OBJECTS:
        cues = _cue_words(row.name)
        words = list(itertools.takewhile(cues.isdisjoint, phrase))
        if words and all(word.isdisjoint(row.objects) for word in words):
            refused.add(row.name)
    return frozenset(refused)


@functools.cache
def _cue_words(measure: str) -> frozenset[str]:
    """The first words of a measure's cues: one after a number tells its event, not its object."""
    row = lexicon().measures[measure]
    return frozenset(cue[0] for cue in (*row.cues, *row.weak) if cue[0] != "#")


def _counts_a_noun(read: Sentence, last: int) -> bool:
    """Whether a word right after the claim is a noun it counts ("two acquittals"), not a preposition."""
    after = last + 1
    if after >= len(read.toks) or not read.toks[after].text.isalpha():
        return False
    word = read.words[after]
    if not word.isdisjoint(NOT_MODIFIERS) or not word.isdisjoint(lexicon().boundaries):
        return False
    return read.unit_at(after) is None


@functools.cache
def _allowed(kind: str, unit: str | None, counted: str | None) -> frozenset[str]:
    """The measures a number may have: of its kind of unit, counting what it counts (people or things)."""
    return frozenset(
        row.name
        for row in lexicon().measures.values()
        if fits(row, kind, unit) and (row.counts is None or counted is None or row.counts == counted)
    )


class Counted(NamedTuple):
    """What a number counts, people or things (``None``: unknown), and where its noun phrase ends.

    Parameters
    ----------
    kind : str or None
        ``"people"`` or ``"things"``; None when unknown.
    end : int
        The counted noun's token, or the number's when none follows.

    Examples
    --------
    >>> from claimnum.measure_sentence import read_sentence
    >>> _counted(read_sentence("Guards seized 300 phones."), 2)
    Counted(kind='things', end=3)
    """

    kind: str | None
    end: int  # the counted noun's token, or the number's when none follows


def _counted(read: Sentence, last_number: int) -> Counted:
    """What the number counts, people or things, by the first noun the lexicon knows right after it."""
    rows = lexicon().measures
    start = last_number + 1
    # a partitive counts the noun after its "of": "dozens of villages", "300 of the phones"
    if start < len(read.toks) and read.lowers[start] == "of":
        start += 1
        while start < len(read.toks) and read.lowers[start] in _PARTITIVE:
            start += 1
    for k in range(start, min(start + 1 + NOUN_REACH, len(read.toks))):
        if not read.toks[k].text[0].isalnum() or not read.words[k].isdisjoint(NOT_MODIFIERS):
            break  # "47 were in homes": the number's noun phrase ended
        kind = read.counted[k]
        # a counted thing of many words counts what its row counts: "three life sentences" are things
        for _, cue in read.cues_between(k, k):
            counts = rows[cue.measure].counts
            if cue.noun and len(cue.words) > 1 and counts is not None:
                kind = counts
                break
        if kind is not None:
            return Counted(kind, k)
    return Counted(None, last_number)


def _nearest_cue(
    read: Sentence,
    claim: Span,
    units: Units,
    subject: str | None,
    predicate: str | None,
) -> Found | None:
    """The measure and the best cue for the number at tokens ``claim`` (see :func:`measure_of`)."""
    first, last = claim
    numbers_here = [i for i in range(first, last + 1) if read.is_number[i]]
    if not numbers_here:  # "a double murder": the noun after a multiple is what it counts
        numbers_here = [first, first] if read.lowers[first] in _MULTIPLES else [first, last]
    first_number, last_number = numbers_here[0], numbers_here[-1]
    counted = _counted(read, last_number)
    allowed = _allowed(units.kind, units.unit, counted.kind)
    # "won two acquittals" is no score; "hit 40 degrees" no damaged building: a weak cue names a
    # measure of some things only for a number that counts one of them
    other_things = _NO_MEASURES
    if _counts_a_noun(read, last):
        allowed -= _BARE
        other_things = _other_objects(read, last)
    # "the two men were arrested": a definite number names people told of before, not what befell them
    told = counted.end if first > 0 and read.lowers[first - 1] in _DEFINITE else None

    ranked, covered = pattern_ranks(read, Numbered(first, first_number, last_number, last), units)
    near = read.cues_between(*cue_reach(first, last))  # no cue further away ranks
    longest: dict[int, int] = {}
    for i, cue in near:  # of any measure: a "life sentence" is no life, whatever the number counts
        if len(cue.words) > longest.get(i, 0):
            longest[i] = len(cue.words)
    # a word inside a longer cue that may name the number is that cue's: the "income" of "net
    # income" names no revenue ("a day in custody" is no arrest: "custody" still names its term)
    inside = _inside_longer([(i, len(cue.words), cue.measure) for i, cue in near if cue.measure in allowed])
    figure = Figure(first, last, last_number)
    for i, cue in near:
        if cue.measure not in allowed or first <= i <= last_number or i in covered:
            continue  # the claim's qualifier and number are no cues; its unit words ("16-year-old") are
        if (
            len(cue.words) < longest[i]
            or _covered(inside.get(i, ()), cue)
            or (cue.tier == _WEAK and cue.measure in other_things)
        ):
            continue  # the longest cue at a word wins: "rescue workers" are not rescued
        rank = cue_rank(read, cue, Span(i, i + len(cue.words) - 1), figure, read.numbers, told)
        if rank is not None:
            ranked.append(Ranked(rank, cue.measure, cue.words))
    ranked.extend(_possessed(read, first, counted.end, allowed))
    for tier, side in ((0, predicate), (1, subject)):
        if not side:
            continue  # no subject or predicate found: no cue in it
        for found in _side_channel(side, units.kind):
            written = not found.noun and all(part in read.vocabulary for part in found.words)
            if found.measure not in allowed or written:
                continue  # the scan above saw this event in the sentence, and whose it is; but a noun
                # before its number is the scan's to refuse and the subject's to name: "cases climb to 112"
            strength = max(tier, found.tier)
            rank = Rank(strength, _SIDE_CHANNEL_DISTANCE, 1, -found.length, _order(found.measure))
            ranked.append(Ranked(rank, found.measure, ("<side>",)))
    if not ranked:
        return None
    best = min(ranked, key=_RANK)
    return Found(best.measure, best.words)


_RANK = attrgetter("rank")


def _inside_longer(cues: list[tuple[int, int, str]]) -> dict[int, list[tuple[int, str]]]:
    """For each word inside a cue that starts before it, how many words of that cue reach from it
    on, and its measure (``cues``: the first token, the length and the measure of each cue)."""
    inside: dict[int, list[tuple[int, str]]] = {}
    for start, length, measure in cues:
        for k in range(start + 1, start + length):
            inside.setdefault(k, []).append((start + length - k, measure))
    return inside


def _covered(covering: Sequence[tuple[int, str]], cue: Cue) -> bool:
    """Whether a longer cue of another measure holds all of this cue's words ("net income": no
    revenue); one of its own measure leaves it ("seven life sentences plus 200 years": a term's)."""
    return any(reach >= len(cue.words) and measure != cue.measure for reach, measure in covering)


def _order(name: str) -> int:
    return lexicon().order[name]


@functools.lru_cache(maxsize=4096)
def _side_channel(phrase: str | None, kind: str) -> tuple[SideCue, ...]:
    """The measures that extraction's subject or predicate names, with their cue's strength."""
    if not phrase:
        return ()
    rows = lexicon().measures
    words = [lemmas(word.text) for word in tokens(phrase)]
    at_word = [
        [cue for word in forms for cue in lexicon().index.get(word, ()) if matches(words, i, cue.words)]
        for i, forms in enumerate(words)
    ]
    return tuple(
        SideCue(cue.measure, cue.tier, len(cue.words), cue.words, cue.noun)
        for cues in at_word
        for cue in cues
        # the longest cue at a word wins, of any measure: "life sentences" are no lives
        if fits(rows[cue.measure], kind) and len(cue.words) == max(len(other.words) for other in cues)
    )


@functools.cache
def _default(kind: str) -> str | None:
    return next((m.name for m in lexicon().measures.values() if m.default and kind in m.units), None)
