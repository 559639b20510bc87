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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, count
from typing import NamedTuple

from claimnum.errors import ClaimnumError
from claimnum.measure_lexicon import Cue, counted_kind, fits, lemmas, lexicon, tokens, unit_class

__all__ = ["measure_of"]

_NUMBER_WORDS = frozenset(
    (  # noqa: SIM905 (a word list reads better as one string)
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
        "hundred hundreds thousand thousands million millions billion billions dozen dozens"
    ).split()
)
_GAPPING = frozenset({"and", "but", "while", "whereas"})  # "police said 15,000 and organisers 60,000"
_BRIDGES = frozenset(
    {"from", "to", "than", "and", "or", "nor", "versus", "vs", "(", "by"}
)  # "52 from 47", "50m by 30m"
_WINDOW = 10  # words; a cue further away says nothing about the number
_BOUNDARY_COST = 3  # a clause boundary counts as this many words
_SIDE_CHANNEL_DISTANCE = 1.5  # extraction's subject and predicate, wherever they stand
_NOUN_REACH = 2  # words between a number and the counted thing that names its measure
_CONJUNCTIONS = frozenset({"and", "or", "nor", "after", "before", "since", "until"})
_PASSIVE = frozenset({"be", "get", "have"})  # "were killed", "got hurt", "have been evacuated"
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "two", "three", "several"})
_NOT_MODIFIERS = frozenset(  # words that end a number's noun phrase: "47 were in homes"
    {"be", "have", "of", "in", "at", "on", "from", "to", "for", "with", "by", "and", "or", "after", "over"}
)
_OTHER_EVENT = frozenset(  # after a number, they open a clause or phrase about another event
    {"after", "before", "since", "until", "during", "following", "as", "when", "while", "because", "whereas"}
)
_PLAIN_UNITS = frozenset({"time", "length", "mass", "area", "speed", "temperature", "data"})
_NOT_UNITS = frozenset(
    {"in", "at", "am", "pm", "point", "points", "mark", "marks", "do", "us"}
)  # English first
_PARTITIVE_DETERMINERS = frozenset(  # "two of the three"
    {"the", "their", "its", "his", "her", "our", "my", "these", "those"}
)
_CLOCK = frozenset({"am", "pm"})  # after a number, they make it a time of day, which counts nothing
_MONTHS = frozenset(  # before a number, they make it a day of the month, which counts nothing either
    (  # noqa: SIM905 (a word list reads better as one string)
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec"
    ).split()
)
_DEFINITE = frozenset({"the", "these", "those", "both", "all"})
_AGENTS = frozenset({"by", "with", "against"})  # before a number, they make it the doer of the event
_CONJUNCTION_COST = 3  # a conjunction or a boundary between a cue and a number, in words
_SUBJECT_REACH = 30  # words between a number opening a sentence and the passive verb of its clause
_OPENERS = frozenset(  # words that may stand before a number opening a sentence's subject
    (  # noqa: SIM905 (a word list reads better as one string)
        "at least some about around more than nearly almost up to over only as many the a an all another "
        "approximately roughly estimated"
    ).split()
)

Rank = tuple[float, ...]


@dataclass(frozen=True, slots=True)
class _Sentence:
    """A sentence read once for every claim in it: its words, numbers and cues, and word costs."""

    toks: tuple[tuple[str, int, int], ...]
    starts: tuple[int, ...]  # every token's start offset, ascending (tokens do not overlap)
    ends: tuple[int, ...]  # and its end offset, ascending too
    words: tuple[frozenset[str], ...]  # every token's lemmas
    vocabulary: frozenset[str]  # the lemmas of all its words
    is_number: tuple[bool, ...]
    units: tuple[str | None, ...]  # the kind of unit each word names, if any
    counted: tuple[str | None, ...]  # what each word counts, people or things, if the lexicon knows
    numbers: tuple[int, ...]  # the positions of the numbers that may take a cue (no time of day, no date)
    cues: tuple[tuple[int, Cue], ...]  # every cue of the lexicon, by the token it starts at
    owning: tuple[int, ...]  # prefix sums of a word's cost between a cue and its number (_owned)
    reaching: tuple[int, ...]  # prefix sums of a word's cost between a cue and the claim (_distance)


class _Word(NamedTuple):
    """What a sentence reading needs of one token, the same wherever it stands."""

    forms: frozenset[str]  # its lemmas
    cues: tuple[Cue, ...]  # the lexicon's cues that start with one of them
    number: bool
    unit: str | None  # the kind of unit it names, if it is a unit word ("year", "km")
    counted: str | None  # "people" or "things", if it is a counted noun the lexicon knows
    owning: int  # its cost between a cue and a number (a boundary or a conjunction costs more)
    reaching: int  # its cost between a cue and the claim (a boundary costs more)


@functools.lru_cache(maxsize=65536)
def _word(text: str) -> _Word:
    forms = lemmas(text)
    index, lower = lexicon().index, text.lower()
    boundary = not text[0].isalnum() or lower in lexicon().boundaries
    return _Word(
        forms,
        tuple(dict.fromkeys(cue for form in forms for cue in index.get(form, ()))),
        text[0].isdigit() or lower in _NUMBER_WORDS,
        _unit_word(lower),
        counted_kind(text),
        _CONJUNCTION_COST if boundary or lower in _CONJUNCTIONS else 1,
        _BOUNDARY_COST if boundary else 1,
    )


def _unit_word(word: str) -> str | None:
    """The kind of unit a word names ("years": time), if it is plainly a unit word."""
    if len(word) < 2 or not word.isalpha() or word in _NOT_UNITS:
        return None
    try:
        kind = unit_class(word)
    except ClaimnumError:
        return None
    return kind if kind in _PLAIN_UNITS else None


@functools.lru_cache(maxsize=256)
def _read(sentence: str) -> _Sentence:
    """Read a sentence: one pass over its words finds every cue of the lexicon in it."""
    toks = tokens(sentence)
    # One transposition (done in C) gives every per-word column at once.
    texts, starts, ends = zip(*toks, strict=True) if toks else ((), (), ())
    read = list(map(_word, texts))
    words, cued, is_number, units, counted, owning, reaching = zip(*read, strict=True) if read else ((),) * 7
    cues = [
        (i, cue)
        for i in compress(count(), cued)  # the few words that start a cue
        for cue in cued[i]
        if len(cue.words) == 1 or _matches(words, i, cue.words)  # a word's index hit is its one-word cue
    ]
    return _Sentence(
        toks,
        starts,
        ends,
        words,
        frozenset().union(*words),
        is_number,
        units,
        counted,
        tuple([i for i in compress(count(), is_number) if not _clock(toks, i)]),
        tuple(cues),
        tuple(accumulate(owning, initial=0)),
        tuple(accumulate(reaching, initial=0)),
    )


def _clock(toks: Sequence[tuple[str, int, int]], i: int) -> bool:
    """Whether the number at token ``i`` is a time of day or a date ("4.30am", "September 27")."""
    return (i + 1 < len(toks) and toks[i + 1][0].lower() in _CLOCK) or (
        i > 0 and toks[i - 1][0][:1].isupper() and toks[i - 1][0].lower() in _MONTHS
    )


def _matches(words: Sequence[frozenset[str]], at: int, cue: tuple[str, ...]) -> bool:
    if at < 0 or at + len(cue) > len(words):
        return False
    for part in cue:  # a loop, not all(...): this runs for every multiword cue of every sentence
        if part not in words[at]:
            return False
        at += 1
    return True


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
    read = _read(sentence)
    toks, words = read.toks, read.words
    # The tokens overlapping [start, end): from the first that ends after ``start`` to the last
    # that starts before ``end`` (found by bisection: a sentence may hold many claims).
    own = range(bisect.bisect_right(read.ends, start), bisect.bisect_left(read.starts, end))
    if not own:
        return _default(kind)
    earlier = _bridged_number(read, own[0])
    restated = earlier is not None and toks[own[0] - 1][0] == "("  # "$1.23 billion (13.5 billion SEK)"
    found = None if restated else _nearest_cue(read, own[0], own[-1], kind, subject, predicate)
    if found is None and earlier is None and _refers_back(words, own[0]) is not None:
        # "organisers put the number at 60,000", "organisers claimed 25,000": the nearest figure
        # before that has a measure, named by its cue or by the noun it was told as ("the crowd at")
        told = (
            _nearest_cue(read, begin, last, kind, _refers_back(words, begin), None)
            for begin, last in _numbers_before(read, own[0])
        )
        found = next((cue for cue in told if cue is not None), None)
    earlier = earlier or _gapped_number(read, own[0])
    if found is None and earlier is not None:
        found = _nearest_cue(read, earlier[0], earlier[1], kind, None, None)
    later = _coordinated_number(read, own[-1]) if found is None else None
    if later is not None:
        # "14 houses and 20 outbuildings were lost": the verb reaches back over the coordination,
        # for a measure that counts what ours counts
        found = _nearest_cue(read, later[0], later[1], kind, None, None)
        if found is not None and found[0] not in _allowed(kind, _counted(read, own[-1])[0]):
            found = None
    return found[0] if found is not None else _default(kind)


def _coordinated_number(read: _Sentence, last: int) -> tuple[int, int] | None:
    """The number coordinated after ours with its counted word ("14 houses and 20 outbuildings")."""
    at = last + 3
    if at >= len(read.toks) or not read.is_number[at] or not read.toks[last + 1][0].isalpha():
        return None
    if read.toks[last + 2][0].lower() != "and":
        return None
    end = at
    while end + 1 < len(read.toks) and read.is_number[end + 1]:
        end += 1
    return at, end


def _refers_back(words: Sequence[frozenset[str]], first: int) -> str | None:
    """The words before the number that make it a figure told before ("put the crowd at"), if any.

    Their first word, which may name what is counted ("crowd"), or "" when there is none.
    """
    for phrase in lexicon().anaphora:
        if _matches(words, first - len(phrase), phrase):
            return phrase[0] if len(phrase) > 1 else ""
    return None


def _numbers_before(read: _Sentence, first: int) -> Iterator[tuple[int, int]]:
    """The numbers before token ``first`` in the sentence, nearest first, as token positions.

    Times of day and dates are no numbers here: they tell no figure.
    """
    last = first - 1
    while last >= 0:
        if read.is_number[last]:
            begin = last
            while begin > 0 and read.is_number[begin - 1]:
                begin -= 1
            if not _clock(read.toks, begin) and not _clock(read.toks, last):
                yield begin, last
            last = begin
        last -= 1


@functools.cache
def _allowed(kind: str, counted: str | None) -> frozenset[str]:
    """The measures a number may have: of its kind of unit, counting what it counts (people or things)."""
    return frozenset(
        row.name
        for row in lexicon().measures.values()
        if fits(row, kind) and (row.counts is None or counted is None or row.counts == counted)
    )


def _counted(read: _Sentence, last_number: int) -> tuple[str | None, int]:
    """What the number counts, people or things, by the first noun the lexicon knows right after it.

    Also where its noun phrase ends: that noun, or the number when none follows.
    """
    rows = lexicon().measures
    for k in range(last_number + 1, min(last_number + 2 + _NOUN_REACH, len(read.toks))):
        word = read.toks[k][0]
        if not word[0].isalnum() or read.words[k] & _NOT_MODIFIERS:
            break  # "47 were in homes": the number's noun phrase ended
        # a counted thing of many words counts what its row counts: "three life sentences" are things
        named = (
            rows[cue.measure].counts for j, cue in read.cues if j == k and cue.noun and len(cue.words) > 1
        )
        kind = next((counts for counts in named if counts is not None), read.counted[k])
        if kind is not None:
            return kind, k
    return None, last_number


Pattern = tuple[str, tuple[str, ...], tuple[str, ...]]  # a measure, the words before "#", the words after


@functools.cache
def _patterns() -> tuple[dict[str, tuple[Pattern, ...]], dict[str, tuple[Pattern, ...]]]:
    """The lexicon's "#" patterns by the last word before "#", and (none before it) by the first after."""
    before: dict[str, list[Pattern]] = {}
    after: dict[str, list[Pattern]] = {}
    for pattern in lexicon().around:
        _, pre, post = pattern
        if pre:
            before.setdefault(pre[-1], []).append(pattern)
        else:
            after.setdefault(post[0], []).append(pattern)
    return {w: tuple(p) for w, p in before.items()}, {w: tuple(p) for w, p in after.items()}


def _patterns_near(
    read: _Sentence, first: int, first_number: int, last_number: int, last: int
) -> list[Pattern]:
    """The "#" patterns whose words may stand right around the number: those to try in full."""
    before, after = _patterns()
    words = read.words
    near = [p for k in range(max(0, first - 1), first_number) for w in words[k] for p in before.get(w, ())]
    for k in {last_number + 1, last + 1}:
        if k < len(words):
            near += [p for w in words[k] for p in after.get(w, ())]
    return list(dict.fromkeys(near))


def _nearest_cue(
    read: _Sentence, first: int, last: int, kind: str, subject: str | None, predicate: str | None
) -> tuple[str, tuple[str, ...]] | None:
    """The measure and the best cue for the number at tokens ``first..last`` (see :func:`measure_of`)."""
    rows = lexicon().measures
    words = read.words
    numbers_here = [i for i in range(first, last + 1) if read.is_number[i]] or [first, last]
    first_number, last_number = numbers_here[0], numbers_here[-1]
    counted, noun = _counted(read, last_number)
    allowed = _allowed(kind, counted)
    # "the two men were arrested": a definite number names people told of before, not what befell them
    told = noun if first > 0 and read.toks[first - 1][0].lower() in _DEFINITE else None

    ranked: list[tuple[Rank, str, tuple[str, ...]]] = []
    for name, pre, post in _patterns_near(read, first, first_number, last_number, last):
        if (
            fits(rows[name], kind)
            # the words before "#" may stand before the claim's qualifier: "cut up to 1,200 jobs"
            and any(_matches(words, at, pre) for at in range(first - len(pre), first_number - len(pre) + 1))
            and (_matches(words, last_number + 1, post) or _matches(words, last + 1, post))
        ):
            ranked.append(((0, 0.0, 0, -(len(pre) + len(post) + 1), _order(name)), name, (*pre, "#", *post)))
    numbers = [i for i in read.numbers if not first <= i <= last]
    found = [(i, cue) for i, cue in read.cues if cue.measure in allowed and not first <= i <= last_number]
    longest: dict[int, int] = {}
    for i, cue in read.cues:  # of any measure: a "life sentence" is no life, whatever the number counts
        longest[i] = max(longest.get(i, 0), len(cue.words))
    for i, cue in found:  # the claim's qualifier and number are no cues; its unit words ("16-year-old") are
        if len(cue.words) < longest[i]:
            continue  # the longest cue at a word wins: "rescue workers" are not rescued
        span = (i, i + len(cue.words) - 1)
        rank = _rank(read, cue, span, (first, last, last_number), numbers, told)
        if rank is not None:
            ranked.append((rank, cue.measure, cue.words))
    for tier, side in ((0, predicate), (1, subject)):
        for name, cue_tier, length, words_of_cue, is_noun in _side_channel(side, kind):
            written = not is_noun and all(part in read.vocabulary for part in words_of_cue)
            if name not in allowed or written:
                continue  # the scan above saw this event in the sentence, and whose it is; but a noun
                # before its number is the scan's to refuse and the subject's to name: "cases climb to 112"
            rank = (max(tier, cue_tier), _SIDE_CHANNEL_DISTANCE, 1, -length, _order(name))
            ranked.append((rank, name, ("<side>",)))
    if not ranked:
        return None
    _, name, cue_words = min(ranked, key=lambda found: found[0])
    return name, cue_words


def _rank(
    read: _Sentence,
    cue: Cue,
    span: tuple[int, int],
    claim: tuple[int, int, int],
    numbers: Sequence[int],
    told: int | None,
) -> Rank | None:
    """How well a cue at ``span`` names the number at ``first..last`` (lower is better), or ``None``.

    ``claim`` holds the claim's first and last tokens and its last number's; ``told`` the end
    of a definite number's noun phrase ("the two wounded men"), after which an event that
    befalls people is not the number's.
    """
    first, last, last_number = claim
    toks, words = read.toks, read.words
    i = span[0]
    inside = first <= i <= last
    row = lexicon().measures[cue.measure]
    # "Sixteen-year-old Gray was killed": a number with a unit may stand for people an event befell
    takers = None if row.patient else row.units
    if not inside and not _owned(read, span, (first, last), numbers, takers, cue):
        return None
    distance = 0.0 if inside else _distance(read, span, first, last)
    if distance is None and _main_verb(read, span, first, last):
        distance = float(_WINDOW)  # "Two leaders of a sect in the province were arrested": however long
    if distance is None or (cue.noun and (i < first or distance > _NOUN_REACH)):
        return None  # a counted thing follows its number closely: "four armed robbers"
    if cue.noun and any(read.counted[k] or words[k] & lexicon().nouns for k in range(last_number + 1, i)):
        return None  # the counted thing came first: "two officers shot", "five men, sons of farmers"
    if cue.intransitive and i < first:
        return None  # "a clerk died and two men were hurt": who died stands before "died"
    if i > last and not cue.noun and any(words[k] & _OTHER_EVENT for k in range(last + 1, i)):
        return None  # "cases climb to 112 as a child dies", "11 face trial after a rescue": another event
    if row.patient and not cue.noun and not cue.intransitive and _acts(toks, words, last, span):
        return None  # "two officers shot the teenager": the officers did it, nothing was done to them
    if told is not None and row.patient and not cue.noun and i > told + (0 if cue.intransitive else 1):
        return None  # "the two men were arrested"; but "the two wounded men", "the 47 people killed"
    if row.patient and span[1] < first and any(words[k] & _AGENTS for k in range(span[1] + 1, first)):
        return None  # "shot by two officers", "killed in a clash with 3 soldiers": they did it
    # Strongest kind first, then nearest; then the word after the number, the
    # counted thing; then the longer cue; then the lexicon's order.
    return (cue.tier, distance, 0 if i > last_number else 1, -len(cue.words), _order(cue.measure))


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
    k = span[1] + 1
    while k + 2 < len(toks) and toks[k][0].lower() in ("and", "or"):
        k += 2  # "shot and killed a teenager": the object follows the last verb
    after = toks[k][0]
    if after.lower() in _DETERMINERS or after[0].isdigit() or after.lower() in _NUMBER_WORDS:
        return True
    named = after[:1].isupper() and after[1:].islower()
    return named and words[k].isdisjoint(_NOT_MODIFIERS | _CONJUNCTIONS)  # not "Three Arrested After Raid"


def _owned(
    read: _Sentence,
    span: tuple[int, int],
    claim: tuple[int, int],
    numbers: Sequence[int],
    units: frozenset[str] | None,
    cue: Cue,
) -> bool:
    """Whether a cue belongs to our number: no other number that may take it is nearer to it.

    A number whose unit word the cue's measure does not take ("an eight-year offer of
    $160 million": "offer" is not the eight years') does not take the cue, unless the
    measure is of people an event befell (``units`` is ``None``).

    Distances count words, a clause boundary or a conjunction counting more
    ("about 4,200 were injured and 1,350 died": "injured" is the 4,200's).  At
    equal distance a cue after two numbers' gap belongs to the number before it
    ("5 dead, 30 injured": "dead" is 5's).  In a partitive ("two of the three
    victims died", "two of the 12 miners were rescued") the verb is the first number's,
    the counted thing the second's, and so is a participle right after it ("2,500 of
    the 3,200 people evacuated").
    """
    cost = read.owning
    first, last = claim
    after = last < span[0]  # the cue follows the claim

    def gap(a: int, b: int) -> int:  # the cost of the words strictly between token positions a < b
        return cost[b] - cost[a + 1] if b > a else 0

    ours = gap(last, span[0]) if span[0] > last else gap(span[1], first)
    for j in numbers:
        unit = read.units[j + 1] if j + 1 < len(read.units) else None
        if unit is not None and units is not None and unit not in units:
            continue
        if last < j < span[0] and _partitive(read, last, j) and _predicate(read, j, span[0], cue):
            continue  # "two of the three victims died": the three do not take "died" from the two
        if j < first and after and _partitive(read, j, first) and _predicate(read, last, span[0], cue):
            return False  # and the two take it from the three
        theirs = gap(span[1], j) if j > span[1] else gap(j, span[0])
        if theirs < ours or (theirs == ours and j < span[0] and span[0] > last):
            return False
    return True


def _predicate(read: _Sentence, number: int, at: int, cue: Cue) -> bool:
    """Whether the cue at token ``at`` is the verb of the clause whose subject holds the number.

    A verb whose subject undergoes it ("died"), or one after a form of "be", "get" or "have"
    ("were rescued"); not a participle right after the counted thing ("people evacuated").
    """
    return not cue.noun and (cue.intransitive or any(read.words[k] & _PASSIVE for k in range(number + 1, at)))


def _partitive(read: _Sentence, a: int, b: int) -> bool:
    """Whether "of", maybe with a determiner, alone stands between tokens ``a < b`` ("two of the three")."""
    between = [read.toks[k][0].lower() for k in range(a + 1, b)]
    return 1 <= len(between) <= 2 and between[0] == "of" and set(between[1:]) <= _PARTITIVE_DETERMINERS


def _main_verb(read: _Sentence, span: tuple[int, int], first: int, last: int) -> bool:
    """Whether the cue is the passive main verb of a clause that the number opens, however far.

    The number opens the sentence (maybe after a qualifier: "At least two leaders of ...")
    and the cue follows a form of "be", "get" or "have" ("were arrested", "have been detained"),
    no other number standing between them.
    """
    at = span[0]
    return (
        last < at <= last + _SUBJECT_REACH
        and bool(read.words[at - 1] & _PASSIVE)
        and all(read.toks[k][0].lower() in _OPENERS for k in range(first))
        and not any(read.is_number[last + 1 : at])
    )


def _distance(read: _Sentence, span: tuple[int, int], first: int, last: int) -> float | None:
    """Words between a cue and the claim, a boundary counting extra; ``None`` when out of reach."""
    a, b = (span[1] + 1, first) if span[1] < first else (last + 1, span[0])
    distance = float(read.reaching[b] - read.reaching[a]) if b > a else 0.0
    return distance if distance <= _WINDOW else None


def _bridged_number(read: _Sentence, first: int) -> tuple[int, int] | None:
    """The number that ours follows through a bridge word ("52 from 47"), as token positions."""
    if first < 2 or read.toks[first - 1][0].lower() not in _BRIDGES:
        return None
    found = next(_numbers_before(read, first - 1), None)
    return found if found is not None and found[1] >= first - 4 else None


def _gapped_number(read: _Sentence, first: int) -> tuple[int, int] | None:
    """The number whose verb ours shares, told by another ("police counted 22,000 and unions 80,000").

    Ours follows a conjunction and one word that is neither a number nor a cue.
    """
    if first < 3 or read.toks[first - 2][0].lower() not in _GAPPING or read.is_number[first - 1]:
        return None
    if not read.toks[first - 1][0].isalpha() or not read.words[first - 1].isdisjoint(lexicon().index):
        return None
    found = next(_numbers_before(read, first - 2), None)
    return found if found is not None and found[1] >= first - 6 else None


def _order(name: str) -> int:
    return lexicon().order[name]


@functools.lru_cache(maxsize=4096)
def _side_channel(phrase: str | None, kind: str) -> tuple[tuple[str, int, int, tuple[str, ...], bool], ...]:
    """The measures that extraction's subject or predicate names, with their cue's strength."""
    if not phrase:
        return ()
    rows = lexicon().measures
    words = [lemmas(t[0]) for t in tokens(phrase)]
    at_word = [
        [cue for word in forms for cue in lexicon().index.get(word, ()) if _matches(words, i, cue.words)]
        for i, forms in enumerate(words)
    ]
    return tuple(
        (cue.measure, cue.tier, len(cue.words), cue.words, cue.noun)
        for cues in at_word
        for cue in cues
        # the longest cue at a word wins, of any measure: "life sentences" are no lives
        if fits(rows[cue.measure], kind) and len(cue.words) == max(len(other.words) for other in cues)
    )


@functools.cache
def _default(kind: str) -> str | None:
    return next((m.name for m in lexicon().measures.values() if m.default and kind in m.units), None)
