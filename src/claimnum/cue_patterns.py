"""The measure lexicon's ``#`` patterns ("cut # jobs", "a # aftershock") found around a number.

A pattern names its measure where its words stand right before and after the number (the
words before ``#`` may stand before the claim's qualifier: "cut up to 1,200 jobs"); the
longest found wins, and a weak one ("~for # after") ranks as a weak cue, so that any event
cue beats it.  :func:`claimnum.measures.measure_of` ranks them with the cues
:func:`claimnum.cue_grammar.cue_rank` ranks.

Examples
--------
>>> from claimnum.measure_sentence import read_sentence
>>> read = read_sentence("The carmaker will cut 800 jobs.")
>>> ranked, _ = pattern_ranks(read, Numbered(4, 4, 4, 4), Units("count", None))
>>> [(found.measure, found.words) for found in ranked]
[('job_cuts', ('cut', '#', 'job'))]
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from claimnum.cue_grammar import Rank
from claimnum.cue_search import matches
from claimnum.measure_lexicon import Pattern, fits, lexicon
from claimnum.measure_sentence import Sentence

__all__ = ["Numbered", "Ranked", "Units", "pattern_ranks"]


class Units(NamedTuple):
    """A number's kind of unit (:func:`claimnum.measure_lexicon.unit_class`) and its unit.

    Parameters
    ----------
    kind : str
        The kind of unit (``count``, ``money``, ``time``, ...).
    unit : str or None
        The unit itself; None for a pure number.

    Examples
    --------
    >>> Units("money", "USD").kind
    'money'
    """

    kind: str
    unit: str | None


class Ranked(NamedTuple):
    """A measure a cue names for the number, how well (lower is better), and the cue's words.

    Parameters
    ----------
    rank : Rank
        How well the cue names the number (:class:`claimnum.cue_grammar.Rank`).
    measure : str
        The measure it names.
    words : tuple of str
        The cue's words (a pattern's with "#").

    Examples
    --------
    >>> from claimnum.cue_grammar import Rank
    >>> Ranked(Rank(0, 1.0, 1, -1, 0), "deaths", ("kill",)).measure
    'deaths'
    """

    rank: Rank
    measure: str
    words: tuple[str, ...]


class _Table(NamedTuple):
    """The "#" patterns by the last word before "#" and (none before it) by the first after; and
    those words, for one set test of a word that stands in no pattern."""

    before: dict[str, tuple[Pattern, ...]]
    after: dict[str, tuple[Pattern, ...]]
    last_before: frozenset[str]
    first_after: frozenset[str]


@functools.cache  # one table per unit a claim may carry: a bounded set, like the lexicon
def _patterns(units: Units) -> _Table:
    """The "#" patterns of measures a number of these units may have, by the last word before "#",
    and (none before it) by the first after."""
    before: dict[str, list[Pattern]] = {}
    after: dict[str, list[Pattern]] = {}
    rows = lexicon().measures
    for pattern in lexicon().around:
        if not fits(rows[pattern.measure], units.kind, units.unit):
            continue
        if pattern.before:
            before.setdefault(pattern.before[-1], []).append(pattern)
        else:
            after.setdefault(pattern.after[0], []).append(pattern)
    return _Table(
        {w: tuple(p) for w, p in before.items()},
        {w: tuple(p) for w, p in after.items()},
        frozenset(before),
        frozenset(after),
    )


class Numbered(NamedTuple):
    """A claim's tokens: its first, its first and last number, its last.

    Parameters
    ----------
    first : int
        The claim's first token (its qualifier's, if any).
    first_number, last_number : int
        Its first and last number's tokens.
    last : int
        Its last token (its unit's, if any).

    Examples
    --------
    >>> Numbered(3, 4, 4, 5).last_number
    4
    """

    first: int
    first_number: int
    last_number: int
    last: int


def _patterns_near(read: Sentence, claim: Numbered, units: Units) -> list[Pattern]:
    """The "#" patterns whose words may stand right around the number: those to try in full."""
    before, after, last_before, first_after = _patterns(units)
    words = read.words
    near = [
        p
        for k in range(max(0, claim.first - 1), claim.first_number)
        if not words[k].isdisjoint(last_before)  # most words stand in no pattern: one set test
        for w in words[k]
        for p in before.get(w, ())
    ]
    for k in {claim.last_number + 1, claim.last + 1}:
        if k < len(words) and not words[k].isdisjoint(first_after):
            near += [p for w in words[k] for p in after.get(w, ())]
    return list(dict.fromkeys(near)) if near else near


class _Matched(NamedTuple):
    """A "#" pattern found around a claim, and the words it covers before and after the number."""

    pattern: Pattern
    before: range
    after: range


def pattern_ranks(read: Sentence, claim: Numbered, units: Units) -> tuple[list[Ranked], frozenset[int]]:
    """The longest "#" patterns around the claim, ranked, and the words they cover.

    A weak pattern ranks as a weak cue, so that an event cue ("jailed Smith for 12 years after
    a trial") beats it, and its words are its own: "for # until" leaves no "until" for another
    measure.

    Parameters
    ----------
    read : Sentence
        The sentence as :func:`claimnum.measure_sentence.read_sentence` reads it.
    claim : Numbered
        The claim's tokens.
    units : Units
        The claim's kind of unit and unit: only patterns of measures that fit them are tried.

    Returns
    -------
    (list of Ranked, frozenset of int)
        The longest patterns found, ranked; the tokens a weak one covers.

    Examples
    --------
    >>> from claimnum.measure_sentence import read_sentence
    >>> read = read_sentence("The firm will cut 800 jobs.")
    >>> ranked, covered = pattern_ranks(read, Numbered(4, 4, 4, 4), Units("count", None))
    >>> [(found.measure, found.words) for found in ranked], covered
    ([('job_cuts', ('cut', '#', 'job'))], frozenset())
    """
    near = _patterns_near(read, claim, units)
    if not near:
        return [], frozenset()
    words = read.words
    matched = []
    for pattern in near:
        pre, post = pattern.before, pattern.after
        # the words before "#" may stand before the claim's qualifier: "cut up to 1,200 jobs"
        starts = range(claim.first - len(pre), claim.first_number - len(pre) + 1)
        begin = next((at for at in starts if matches(words, at, pre)), None)
        end = next((at for at in (claim.last_number + 1, claim.last + 1) if matches(words, at, post)), None)
        if begin is not None and end is not None:
            matched.append(_Matched(pattern, range(begin, begin + len(pre)), range(end, end + len(post))))
    longest = max((len(m.before) + len(m.after) for m in matched), default=0)
    ranked: list[Ranked] = []
    covered: set[int] = set()
    for found in matched:
        pattern = found.pattern
        if len(found.before) + len(found.after) == longest:  # the longest wins: "for # after" holds "# after"
            rank = Rank(2 if pattern.weak else 0, 0.0, 0, -(longest + 1), lexicon().order[pattern.measure])
            ranked.append(Ranked(rank, pattern.measure, (*pattern.before, "#", *pattern.after)))
            if pattern.weak:
                covered.update(found.before, found.after)
    return ranked, frozenset(covered)
