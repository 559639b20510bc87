"""Whether a cue of the measure lexicon belongs to a number, and how well it names it.

:func:`cue_rank` weighs one cue found in a sentence (:mod:`claimnum.measure_sentence`)
against one number: a cue belongs to the number nearest to it (a clause boundary or a
conjunction counting more than a word), a counted thing follows its number closely, a
verb whose subject undergoes it follows its number, a number doing the event to someone
else is not of a measure of people it befalls, and a passive main verb names a number
that opens the sentence however long its subject.  :func:`claimnum.measures.measure_of`
takes the best ranked cue.

Examples
--------
>>> from claimnum.measure_sentence import read_sentence
>>> from claimnum.cue_grammar import cue_rank
>>> def victims_rank(sentence, at):  # the rank of the cue "shot" (victims) at token ``at`` for the first word
...     read = read_sentence(sentence)
...     [cue] = [cue for i, cue in read.cues if i == at and cue.measure == "victims"]
...     return cue_rank(read, cue, (at, at), (0, 0, 0), [], None)
>>> victims_rank("Two officers shot the boy.", 2) is None  # the officers did it
True
>>> victims_rank("Two boys of the town were shot.", 6)[:2]  # an event cue, the main verb: before all
(0, -1.0)
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

from claimnum.measure_lexicon import Cue, lexicon
from claimnum.measure_sentence import CONJUNCTIONS, NUMBER_WORDS, Sentence

__all__ = ["NOT_MODIFIERS", "NOUN_REACH", "WINDOW", "Rank", "cue_rank", "cue_reach"]

WINDOW = 10  # words; a cue further away says nothing about the number
NOUN_REACH = 2  # words between a number and the counted thing that names its measure
_PASSIVE = frozenset({"be", "get", "have"})  # "were killed", "got hurt", "have been evacuated"
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "two", "three", "several"})
NOT_MODIFIERS = frozenset(  # words that end a number's noun phrase: "47 were in homes"
    {"be", "have", "of", "in", "at", "on", "from", "to", "for", "with", "by", "and", "or", "after", "over"}
)
_OTHER_EVENT = frozenset(  # after a number, they open a clause or phrase about another event
    {"after", "before", "since", "until", "during", "following", "as", "when", "while", "because", "whereas"}
)
_PARTITIVE_DETERMINERS = frozenset(  # "two of the three"
    {"the", "their", "its", "his", "her", "our", "my", "these", "those"}
)
_AGENTS = frozenset({"by", "with", "against"})  # before a number, they make it the doer of the event
_SUBJECT_REACH = 30  # words between a number opening a sentence and the passive verb of its clause
_OPENERS = frozenset(  # words that may stand before a number opening a sentence's subject
    (  # noqa: SIM905 (a word list reads better as one string)
        "at least some about around more than nearly almost up to over only as many the a an all another "
        "approximately roughly estimated"
    ).split()
)

Rank = tuple[float, ...]


def cue_rank(
    read: Sentence,
    cue: Cue,
    span: tuple[int, int],
    claim: tuple[int, int, int],
    numbers: Sequence[int],
    told: int | None,
) -> Rank | None:
    """How well a cue at ``span`` names the number at ``first..last`` (lower is better), or ``None``.

    ``claim`` holds the claim's first and last tokens and its last number's; ``numbers`` the
    sentence's numbers that may take a cue, ascending (the claim's own are passed over);
    ``told`` the end of a definite number's noun phrase ("the two wounded men"), after which
    an event that befalls people is not the number's.  Only a cue starting within
    :func:`cue_reach` of the claim may rank.

    Examples
    --------
    >>> from claimnum.measure_sentence import read_sentence
    >>> read = read_sentence("Police arrested 12 protesters.")
    >>> claim = (2, 2, 2)  # "12": its first and last tokens, and its last number's
    >>> ranks = {c.measure: cue_rank(read, c, (i, i), claim, read.numbers, None) for i, c in read.cues}
    >>> ranks["police_deployed"] is None  # the verb's subject is not the number's
    True
    >>> min((rank, measure) for measure, rank in ranks.items() if rank is not None)[1]
    'arrests'
    """
    first, last, last_number = claim
    toks, words = read.toks, read.words
    i = span[0]
    inside = first <= i <= last
    row = lexicon().measures[cue.measure]
    # "Sixteen-year-old Tobin was killed": a number with a unit may stand for people an event befell
    takers = None if row.patient else row.units
    if not inside and not _owned(read, span, (first, last), numbers, takers, cue):
        return None
    if read.asides[first] >= 0 and read.asides[i] != read.asides[first]:
        return None  # "leaders of the sect, which has 1,000 members, were charged": the 1,000 were not
    distance = 0.0 if inside else _distance(read, span, first, last)
    if not inside and not cue.noun and _main_verb(read, span, first, last):
        # "Five residents of the town were injured", "Two leaders of a sect in the province were
        # arrested": the clause's verb, however far, before any word of the number's noun phrase
        distance = -1.0
    if distance is None or (cue.noun and (i < first or distance > NOUN_REACH)):
        return None  # a counted thing follows its number closely: "four armed robbers"
    if cue.noun and any(read.counted[k] or words[k] & lexicon().nouns for k in range(last_number + 1, i)):
        return None  # the counted thing came first: "two officers shot", "five men, sons of farmers"
    if cue.intransitive and i < first:
        return None  # "a clerk died and two men were hurt": who died stands before "died"
    if row.agent and not cue.noun and (i < first or any(words[k] & _PASSIVE for k in range(last + 1, i))):
        return None  # "four men rammed a store" did it; "a car rammed four men", "were robbed" did not
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
    return (cue.tier, distance, 0 if i > last_number else 1, -len(cue.words), lexicon().order[cue.measure])


def cue_reach(first: int, last: int) -> tuple[int, int]:
    """The first and last token where a cue may start to rank for the claim at tokens ``first..last``.

    A cue before the claim ends within :data:`WINDOW` words of it; one after starts within
    :data:`WINDOW` words, or within the reach of a passive main verb of a number opening the
    sentence.  The measure reader looks no further, so a claim costs the same in a long sentence.

    Examples
    --------
    >>> first, last = cue_reach(40, 41)
    >>> first < 40 - WINDOW and 41 + WINDOW < last
    True
    """
    return first - WINDOW - _longest_cue(), last + max(WINDOW + 1, _SUBJECT_REACH)


@functools.cache
def _longest_cue() -> int:
    """The most words of a cue of the lexicon."""
    return max((len(cue.words) for cues in lexicon().index.values() for cue in cues), default=1)


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
    if after.lower() in _DETERMINERS or after[0].isdigit() or after.lower() in NUMBER_WORDS:
        return True
    named = after[:1].isupper() and after[1:].islower()
    return named and words[k].isdisjoint(NOT_MODIFIERS | CONJUNCTIONS)  # not "Three Arrested After Raid"


def _owned(
    read: Sentence,
    span: tuple[int, int],
    claim: tuple[int, int],
    numbers: Sequence[int],
    units: frozenset[str] | None,
    cue: Cue,
) -> bool:
    """Whether a cue belongs to our number: no other number that may take it is nearer to it.

    A number whose unit word the cue's measure does not take ("an eight-year offer of
    $140 million": "offer" is not the eight years') does not take the cue, unless the
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
    # A word costs at least 1, so a number further from the cue than ``ours`` words is not
    # nearer to it, and a partitive's first number stands at most three words before ours:
    # only the numbers in between are read, however long the sentence.
    lo, hi = min(span[0] - ours - 1, first - 3), span[1] + ours + 1
    for j in numbers[bisect.bisect_left(numbers, lo) : bisect.bisect_right(numbers, hi)]:
        if first <= j <= last:
            continue  # the claim's own
        if read.asides[j] >= 0 and read.asides[j] != read.asides[first]:
            continue  # "jailed Smith, 42, for 12 years": a number set off by commas takes no verb
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


def _predicate(read: Sentence, number: int, at: int, cue: Cue) -> bool:
    """Whether the cue at token ``at`` is the verb of the clause whose subject holds the number.

    A verb whose subject undergoes it ("died"), or one after a form of "be", "get" or "have"
    ("were rescued"); not a participle right after the counted thing ("people evacuated").
    """
    return not cue.noun and (cue.intransitive or any(read.words[k] & _PASSIVE for k in range(number + 1, at)))


def _partitive(read: Sentence, a: int, b: int) -> bool:
    """Whether "of", maybe with a determiner, alone stands between tokens ``a < b`` ("two of the three")."""
    toks = read.toks
    return (
        a + 2 <= b <= a + 3
        and toks[a + 1][0].lower() == "of"
        and (b == a + 2 or toks[a + 2][0].lower() in _PARTITIVE_DETERMINERS)
    )


def _main_verb(read: Sentence, span: tuple[int, int], first: int, last: int) -> bool:
    """Whether the cue is the passive main verb of a clause that the number opens, however far.

    The number opens the sentence (maybe after a qualifier: "At least two leaders of ...")
    and the cue follows a form of "be", "get" or "have" ("were arrested", "have been detained"),
    no other number nor verb standing between them outside an aside ("Two women were pronounced
    dead, and a man was wounded": "wounded" is no verb of theirs).
    """
    at = span[0]
    return (
        last < at <= last + _SUBJECT_REACH
        and bool(read.words[at - 1] & _PASSIVE)
        and all(read.toks[k][0].lower() in _OPENERS for k in range(first))
        and not any(read.is_number[k] and read.asides[k] < 0 for k in range(last + 1, at))
        and not any(_after_be(read, k) for k in range(last + 2, at))
    )


def _after_be(read: Sentence, k: int) -> bool:
    """Whether token ``k``, outside any aside, is a verb right after a form of "be", "get" or "have"."""
    words = read.words
    return read.asides[k] < 0 and not words[k] & _PASSIVE and bool(words[k - 1] & _PASSIVE)


def _distance(read: Sentence, span: tuple[int, int], first: int, last: int) -> float | None:
    """Words between a cue and the claim, a boundary counting extra; ``None`` when out of reach."""
    a, b = (span[1] + 1, first) if span[1] < first else (last + 1, span[0])
    distance = float(read.reaching[b] - read.reaching[a]) if b > a else 0.0
    return distance if distance <= WINDOW else None
