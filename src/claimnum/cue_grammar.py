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
>>> from claimnum.measure_sentence import Span, read_sentence
>>> from claimnum.cue_grammar import Figure, cue_rank
>>> def victims_rank(sentence, at):  # the rank of the cue "shot" (victims) at token ``at`` for the first word
...     read = read_sentence(sentence)
...     [cue] = [cue for i, cue in read.cues if i == at and cue.measure == "victims"]
...     return cue_rank(read, cue, Span(at, at), Figure(0, 0, 0), [], None)
>>> victims_rank("Two officers shot the boy.", 2) is None  # the officers did it
True
>>> victims_rank("Two boys of the town were shot.", 6)[:2]  # an event cue, the main verb: before all
(0, -1.0)
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from typing import NamedTuple

from claimnum.measure_lexicon import Cue, Measure, lexicon, word_class
from claimnum.measure_sentence import CONJUNCTIONS, Sentence, Span
from claimnum.word_forms import is_plural

__all__ = [
    "NOT_MODIFIERS",
    "NOUN_REACH",
    "REFUSALS",
    "WINDOW",
    "Candidate",
    "Figure",
    "Rank",
    "cue_rank",
    "cue_reach",
]

WINDOW = 10  # words; a cue further away says nothing about the number
NOUN_REACH = 2  # words between a number and the counted thing that names its measure
_PASSIVE = word_class("passive")  # "were killed", "got hurt", "have been evacuated"
_DETERMINERS = word_class("object_determiners")  # "two officers shot the boy"
NOT_MODIFIERS = word_class("phrase_ends")  # words that end a number's noun phrase: "47 were in homes"
_OTHER_EVENT = word_class("other_event")  # after a number, they open a clause about another event
_PARTITIVE_DETERMINERS = word_class("partitive_determiners")  # "two of the three"
_NOUN_DETERMINERS = word_class("noun_determiners")  # "a blood-alcohol level of .41"
_AGENTS = word_class("agents")  # before a number, they make it the doer of the event
_MODIFIERS_REACH = 3  # words between a number and the noun they modify ("two first-degree murder charges")
_SUBJECT_REACH = 30  # words between a number opening a sentence and the passive verb of its clause
_OPENERS = word_class("number_openers")  # words that may stand before a number opening a sentence's subject


class Figure(NamedTuple):
    """The tokens of a claim a cue is weighed against: its first and last, and its last number's.

    Examples
    --------
    >>> Figure(first=3, last=5, last_number=4).last_number  # "at least 12 people": 12 is token 4
    4
    """

    first: int
    last: int
    last_number: int


class Rank(NamedTuple):
    """How well a cue names a number, compared field by field: the lower, the better.

    Examples
    --------
    >>> Rank(0, 2.0, 1, -1, 5) < Rank(1, 0.0, 0, -2, 0)  # an event cue before a counted person
    True
    """

    tier: int  # the strength of the cue: 0 an event, 1 a counted person, 2 a weak word
    distance: float  # words between the cue and the number (-1: the passive main verb of its clause)
    before: int  # 0 for a cue after the number's last figure (the counted thing), 1 before it
    length: int  # minus the cue's words: the longer cue first
    order: int  # the measure's place in the lexicon


class Candidate(NamedTuple):
    """A cue of a sentence weighed against one claim: what each rule of :data:`REFUSALS` reads.

    Examples
    --------
    >>> from claimnum.measure_lexicon import lexicon
    >>> from claimnum.measure_sentence import Span, read_sentence
    >>> read = read_sentence("Two officers shot the boy.")
    >>> [(at, cue)] = [(i, c) for i, c in read.cues if c.measure == "victims"]
    >>> row = lexicon().measures[cue.measure]
    >>> c = Candidate(read, cue, row, Span(at, at), Figure(0, 0, 0), read.numbers, None, False, 1.0)
    >>> [rule.__name__ for rule in REFUSALS if rule(c)]
    ['_did_it_to_someone']
    """

    read: Sentence
    cue: Cue
    row: Measure  # the cue's measure
    span: Span  # the cue's tokens
    figure: Figure  # the claim's
    numbers: Sequence[int]  # the sentence's numbers that may take a cue, ascending
    told: int | None  # the end of a definite number's noun phrase ("the two wounded men")
    inside: bool  # the cue starts inside the claim ("16-year-old")
    distance: float  # words between the cue and the claim (see :class:`Rank`)


def cue_rank(
    read: Sentence,
    cue: Cue,
    span: Span,
    figure: Figure,
    numbers: Sequence[int],
    told: int | None,
) -> Rank | None:
    """How well a cue at ``span`` names the claim at ``figure`` (lower is better), or ``None``.

    ``figure`` holds the claim's first and last tokens and its last number's; ``numbers`` the
    sentence's numbers that may take a cue, ascending (the claim's own are passed over);
    ``told`` the end of a definite number's noun phrase ("the two wounded men"), after which
    an event that befalls people is not the number's.  Only a cue starting within
    :func:`cue_reach` of the claim may rank; the first rule of :data:`REFUSALS` that holds
    refuses it.

    Parameters
    ----------
    read : Sentence
        The sentence as :func:`claimnum.measure_sentence.read_sentence` reads it.
    cue : Cue
        A cue of the lexicon found in it.
    span : Span
        The cue's first and last tokens.
    figure : Figure
        The claim's first and last tokens and its last number's.
    numbers : sequence of int
        The sentence's numbers that may take a cue, ascending.
    told : int or None
        The end of a definite number's noun phrase, or None.

    Returns
    -------
    Rank or None
        How well the cue names the claim, or None when a rule refuses it.

    Examples
    --------
    >>> from claimnum.measure_sentence import Span, read_sentence
    >>> read = read_sentence("Police arrested 12 protesters.")
    >>> figure = Figure(2, 2, 2)  # "12": its first and last tokens, and its last number's
    >>> ranks = {c.measure: cue_rank(read, c, Span(i, i), figure, read.numbers, None) for i, c in read.cues}
    >>> ranks["police_deployed"] is None  # the verb's subject is not the number's
    True
    >>> min((rank, measure) for measure, rank in ranks.items() if rank is not None)[1]
    'arrests'
    """
    inside = figure.first <= span.first <= figure.last
    distance = 0.0 if inside else _distance(read, span, figure)
    if not inside and not cue.noun and _main_verb(read, span, figure):
        # "Five residents of the town were injured", "Two leaders of a sect in the province were
        # arrested": the clause's verb, however far, before any word of the number's noun phrase
        distance = -1.0
    if distance is None:
        return None  # a cue more than WINDOW words from the claim says nothing about it
    row = lexicon().measures[cue.measure]
    if not inside and row.counts == "things" and _in_noun_phrase(read, figure.last_number, span.first):
        distance = 0.0  # "pleaded not guilty to two first-degree murder charges": the thing it counts
    candidate = Candidate(read, cue, row, span, figure, numbers, told, inside, distance)
    for refuses in REFUSALS:
        if refuses(candidate):
            return None
    # Strongest kind first, then nearest; then the word after the number, the
    # counted thing; then the longer cue; then the lexicon's order.
    after = 0 if span.first > figure.last_number else 1
    return Rank(cue.tier, distance, after, -len(cue.words), lexicon().order[cue.measure])


def _in_another_aside(c: Candidate) -> bool:
    """ "leaders of the sect, which has 1,000 members, were charged": the 1,000 were not."""
    asides = c.read.asides
    return asides[c.figure.first] >= 0 and asides[c.span.first] != asides[c.figure.first]


def _another_numbers(c: Candidate) -> bool:
    """A cue belongs to the number nearest to it (:func:`_owned`)."""
    # "Sixteen-year-old Tobin was killed": a number with a unit may stand for people an event befell
    takers = None if c.row.patient else c.row.units
    return not c.inside and not _owned(c.read, c.span, c.figure, c.numbers, takers, c.cue)


def _counted_thing_apart(c: Candidate) -> bool:
    """A counted thing follows its number closely: "four armed robbers"."""
    return c.cue.noun and (c.span.first < c.figure.first or c.distance > NOUN_REACH)


def _counted_thing_came_first(c: Candidate) -> bool:
    """The number counts another thing first: "two officers shot", "five men, sons of farmers"."""
    if not c.cue.noun:
        return False
    read, nouns = c.read, lexicon().nouns
    between = range(c.figure.last_number + 1, c.span.first)
    return any(read.counted[k] or read.words[k] & nouns for k in between)


def _subject_after_its_verb(c: Candidate) -> bool:
    """ "a clerk died and two men were hurt": who died stands before "died"."""
    return c.cue.intransitive and c.span.first < c.figure.first


def _agent_not_the_doer(c: Candidate) -> bool:
    """ "four men rammed a store" did it; "a car rammed four men", "were robbed" did not."""
    if not c.row.agent or c.cue.noun:
        return False
    words = c.read.words
    return c.span.first < c.figure.first or any(
        words[k] & _PASSIVE for k in range(c.figure.last + 1, c.span.first)
    )


def _another_event(c: Candidate) -> bool:
    """ "cases climb to 112 as a child dies", "11 face trial after a rescue": another event's verb."""
    if c.span.first <= c.figure.last or c.cue.noun:
        return False
    words = c.read.words
    return any(words[k] & _OTHER_EVENT for k in range(c.figure.last + 1, c.span.first))


def _did_it_to_someone(c: Candidate) -> bool:
    """ "two officers shot the teenager": the officers did it, nothing was done to them."""
    if not c.row.patient or c.cue.noun or c.cue.intransitive:
        return False
    return _acts(c.read, c.figure.last, c.span)


def _told_of_before(c: Candidate) -> bool:
    """ "the two men were arrested" tells of people told before; "the two wounded men" does not."""
    if c.told is None or not c.row.patient or c.cue.noun:
        return False
    return c.span.first > c.told + (0 if c.cue.intransitive else 1)


def _done_by_them(c: Candidate) -> bool:
    """ "shot by two officers", "killed in a clash with 3 soldiers": they did it."""
    if not c.row.patient or c.span.last >= c.figure.first:
        return False
    words = c.read.words
    return any(words[k] & _AGENTS for k in range(c.span.last + 1, c.figure.first))


def _modifies_a_counted_thing(c: Candidate) -> bool:
    """ "two murder charges", "three police cars": a word right before a counted thing modifies it.

    The next word starts a cue of another measure, one that counts things, in the number's noun
    phrase: that thing is what the number counts.  A cue of a measure whose bare numbers are read
    in a unit ("old", an age's, in years) before a counted noun or a plural ("two old men") is that
    noun's adjective: the number counts it.
    """
    after, number = c.span.last + 1, c.figure.last_number
    if not number < c.span.first or c.read.unit_at(number + 1) is not None:
        return False  # "two years ago starts": a unit's number counts no thing
    if not _in_noun_phrase(c.read, number, after):
        return False
    if c.row.unit is not None and _counted_or_plural(c.read, after):
        return True
    rows = lexicon().measures
    return any(
        other.measure != c.cue.measure and rows[other.measure].counts == "things"
        for _, other in c.read.cues_between(after, after)
    )


def _a_noun_of_its_spelling(c: Candidate) -> bool:
    """ "a blood-alcohol level of .41", "sank 50 ships": a verb cue's word used as a noun.

    The word follows a determiner, is followed by "of", or is the plural the number counts, right
    after it ("50 ships"; a participle there is a verb: "40 homes were leveled", "100 sold").
    """
    if not c.cue.verb:
        return False
    at, after, lowers = c.span.first, c.span.last + 1, c.read.lowers
    if at > 0 and lowers[at - 1] in _NOUN_DETERMINERS:
        return True
    return (after < len(lowers) and lowers[after] == "of") or (
        at == c.figure.last + 1 and is_plural(lowers[at])
    )


def _averted(c: Candidate) -> bool:
    """ "avoided jail for decades", "escaped injury": the object of a verb of averting did not happen."""
    at, words = c.span.first, c.read.words
    if at > 1 and c.read.lowers[at - 1] in _NOUN_DETERMINERS:
        at -= 1  # "escaped a prison term"
    return at > 0 and not words[at - 1].isdisjoint(lexicon().averting)


def _counted_or_plural(read: Sentence, at: int) -> bool:
    """Whether the word at token ``at`` is a counted noun or a plural ("men", "friends")."""
    if at >= len(read.toks):
        return False
    lower = read.lowers[at]
    return read.counted[at] is not None or (is_plural(lower) and len(read.words[at]) > 1)


REFUSALS: tuple[Callable[[Candidate], bool], ...] = (
    _another_numbers,
    _in_another_aside,
    _counted_thing_apart,
    _counted_thing_came_first,
    _subject_after_its_verb,
    _agent_not_the_doer,
    _another_event,
    _did_it_to_someone,
    _told_of_before,
    _done_by_them,
    _modifies_a_counted_thing,
    _a_noun_of_its_spelling,
    _averted,
)
"""The rules that refuse a cue for a number, each read alone; the first that holds refuses it."""


def cue_reach(first: int, last: int) -> tuple[int, int]:
    """The first and last token where a cue may start to rank for the claim at tokens ``first..last``.

    A cue before the claim ends within :data:`WINDOW` words of it; one after starts within
    :data:`WINDOW` words, or within the reach of a passive main verb of a number opening the
    sentence.  The measure reader looks no further, so a claim costs the same in a long sentence.

    Parameters
    ----------
    first, last : int
        The claim's first and last tokens.

    Returns
    -------
    (int, int)
        The first and last token where a cue may start.

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


def _in_noun_phrase(read: Sentence, number: int, at: int) -> bool:
    """Whether token ``at`` stands in the noun phrase of the number at token ``number``.

    Only words that may modify a counted thing stand between them, at most
    :data:`_MODIFIERS_REACH` of them: lower-case words, no preposition, no form of "be",
    no clause boundary ("two first-degree murder charges").
    """
    if not number < at <= number + _MODIFIERS_REACH + 1 or at >= len(read.toks):
        return False
    stops, boundaries = NOT_MODIFIERS | _PASSIVE, lexicon().boundaries
    for k in range(number + 1, at):
        text = read.toks[k].text
        if (
            not (text.isalpha() and text.islower())
            or not read.words[k].isdisjoint(stops)
            or read.lowers[k] in boundaries
        ):
            return False
    return True


def _acts(read: Sentence, last: int, span: Span) -> bool:
    """Whether the number is the subject of an active verb with an object ("two officers shot the boy").

    The verb follows the number with no form of "be" or "get" between them, and a
    determiner or a name follows the verb.
    """
    toks, words, lowers = read.toks, read.words, read.lowers
    if span.first <= last or span.last + 1 >= len(toks):
        return False
    if any(words[k] & _PASSIVE for k in range(last + 1, span.first)):
        return False  # "47 people were killed"
    k = span.last + 1
    while k + 2 < len(toks) and lowers[k] in ("and", "or"):
        k += 2  # "shot and killed a teenager": the object follows the last verb
    if lowers[k] in _DETERMINERS or read.is_number[k]:
        return True
    after = toks[k].text
    named = after[:1].isupper() and after[1:].islower()
    return named and words[k].isdisjoint(NOT_MODIFIERS | CONJUNCTIONS)  # not "Three Arrested After Raid"


def _owned(
    read: Sentence,
    span: Span,
    figure: Figure,
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
    the 3,200 people evacuated").  A cue that "of" joins to the number after it is that
    number's ("profit of $40 million on revenue of $900 million").
    """
    cost = read.owning
    first, last = figure.first, figure.last
    after = last < span.first  # the cue follows the claim

    def gap(a: int, b: int) -> int:  # the cost of the words strictly between token positions a < b
        return cost[b] - cost[a + 1] if b > a else 0

    ours = gap(_past_restatement(read, last, span.first), span.first) if after else gap(span.last, first)
    # A word costs at least 1, so a number further from the cue than ``ours`` words is not
    # nearer to it, and a partitive's first number stands at most three words before ours:
    # only the numbers in between are read, however long the sentence.
    lo, hi = min(span.first - ours - 1, first - 3), span.last + ours + 1
    for j in numbers[bisect.bisect_left(numbers, lo) : bisect.bisect_right(numbers, hi)]:
        if first <= j <= last:
            continue  # the claim's own
        if read.asides[j] >= 0 and read.asides[j] != read.asides[first]:
            continue  # "jailed Smith, 42, for 12 years": a number set off by commas takes no verb
        if units is not None and _takes_no(units, read.unit_at(j + 1)):
            continue  # its unit word is none the measure takes
        if last < j < span.first and _partitive(read, last, j) and _predicate(read, j, span.first, cue):
            continue  # "two of the three victims died": the three do not take "died" from the two
        if j < first and after and _partitive(read, j, first) and _predicate(read, last, span.first, cue):
            return False  # and the two take it from the three
        if after and j == span.last + 2 and read.lowers[span.last + 1] == "of":
            return False  # "net income of $40 million on revenue of $900 million": "revenue" is the 900's
        theirs = gap(span.last, j) if j > span.last else gap(j, span.first)
        if theirs < ours or (theirs == ours and j < span.first and after):
            return False
    return True


def _takes_no(units: frozenset[str], unit: str | None) -> bool:
    """Whether a number's unit word is one that the measure's ``units`` exclude."""
    return unit is not None and unit not in units


def _predicate(read: Sentence, number: int, at: int, cue: Cue) -> bool:
    """Whether the cue at token ``at`` is the verb of the clause whose subject holds the number.

    A verb whose subject undergoes it ("died"), or one after a form of "be", "get" or "have"
    ("were rescued"); not a participle right after the counted thing ("people evacuated").
    """
    return not cue.noun and (cue.intransitive or any(read.words[k] & _PASSIVE for k in range(number + 1, at)))


def _partitive(read: Sentence, a: int, b: int) -> bool:
    """Whether "of", maybe with a determiner, alone stands between tokens ``a < b`` ("two of the three")."""
    lowers = read.lowers
    if not a + 2 <= b <= a + 3 or lowers[a + 1] != "of":
        return False
    return b == a + 2 or lowers[a + 2] in _PARTITIVE_DETERMINERS


def _main_verb(read: Sentence, span: Span, figure: Figure) -> bool:
    """Whether the cue is the passive main verb of a clause that the number opens, however far.

    The number opens the sentence (maybe after a qualifier: "At least two leaders of ...")
    and the cue follows a form of "be", "get" or "have" ("were arrested", "have been detained"),
    no other number nor verb standing between them outside an aside ("Two women were pronounced
    dead, and a man was wounded": "wounded" is no verb of theirs).
    """
    at, last = span.first, figure.last
    return (
        last < at <= last + _SUBJECT_REACH
        and bool(read.words[at - 1] & _PASSIVE)
        and all(read.lowers[k] in _OPENERS for k in range(figure.first))
        and not any(read.is_number[k] and read.asides[k] < 0 for k in range(last + 1, at))
        and not any(_after_be(read, k) for k in range(last + 2, at))
    )


def _after_be(read: Sentence, k: int) -> bool:
    """Whether token ``k``, outside any aside, is a verb right after a form of "be", "get" or "have"."""
    words = read.words
    return read.asides[k] < 0 and not words[k] & _PASSIVE and bool(words[k - 1] & _PASSIVE)


def _past_restatement(read: Sentence, last: int, before: int) -> int:
    """The last token of a bracket right after the claim ("300 km (186 miles) wide"), else ``last``.

    A restatement in brackets stands aside: it puts no cue after it further from the number
    it restates.
    """
    opener = last + 1
    if opener + 1 < before and read.lowers[opener + 1] == "(" and read.toks[opener].text.isalpha():
        opener += 1  # the number's unit word stands before the bracket: "300 km (186 miles)"
    if opener >= before or read.lowers[opener] != "(":
        return last
    end = opener
    while end + 1 < before and read.asides[end + 1] == opener:
        end += 1
    return end


def _distance(read: Sentence, span: Span, figure: Figure) -> float | None:
    """Words between a cue and the claim, a boundary counting extra; ``None`` when out of reach."""
    if span.last < figure.first:
        a, b = span.last + 1, figure.first
    else:
        a, b = _past_restatement(read, figure.last, span.first) + 1, span.first
    distance = float(read.reaching[b] - read.reaching[a]) if b > a else 0.0
    return distance if distance <= WINDOW else None
