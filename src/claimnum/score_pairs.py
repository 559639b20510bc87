"""Scores and records: two figures compared as one pair, never by the first figure alone.

Extraction reads "won 17-14", "the Herons (9-7)" and "Baylin 70, Corvo 58" as
one claim with two figures (``values``, measure ``"score"``).  A fact-checker
compares such a pair with pairs only: the same figures in the same order are
the same result, and so is the mirror told from the other side ("A beat B
20-13" is "B lost 13-20 to A"); any other pair is another result (a score has
no over or under: "9-7" against "7-9" is refuted).  A margin ("beat Corvo by
12 points") is the difference of the pair.

A writer may put the winner's figure first after a verb of losing ("the Larks
lost 17-14 to the Herons", "the Larks were defeated 17-14"): after such a verb
(``score_losses`` in ``data/claim_frames.toml``, or a verb of a result made
passive by a form of ``score_passive``) the smaller figure is the subject's.
The side a score is told for is the subject of the nearest verb of a result
before it (the name right before the verb: "Baylin defeated Corvo 70-58" is
Baylin's, in title case too), else the nearest name before the score ("gave the
Herons a 20-13 win").

Examples
--------
>>> import claimnum
>>> [won] = claimnum.extract("The Herons beat the Larks 20-13.")
>>> [lost] = claimnum.extract("The Larks lost 13-20 to the Herons.")
>>> [swapped] = claimnum.extract("The Herons beat the Larks 13-20.")
>>> same_result(lost, won), same_result(swapped, won)
(True, False)
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from claimnum.claim import Claim
from claimnum.data_files import data_table
from claimnum.measure_lexicon import lemmas, tokens

__all__ = ["is_margin", "is_score_pair", "other_results", "same_result", "score_kind"]

_SUBJECT_WINDOW = 8  # words before a score read for the verb that tells its result
_OPPONENT_WINDOW = 6  # words after a score read for its opponent: "to the Corvo City Herons"
_MARGIN_WINDOW = 5  # words before "by" read for it: "lost to the Otters by"
_PERIOD_WINDOW = 4  # words after a score read for the part of the game it is the score of


@functools.lru_cache(maxsize=2)
def _verbs(table: str) -> frozenset[str]:
    return frozenset(data_table("claim_frames.toml")[table])


def is_score_pair(claim: Claim) -> bool:
    """Whether the claim is a score or record of two figures ("17-14", "Baylin 70, Corvo 58").

    Examples
    --------
    >>> import claimnum
    >>> [is_score_pair(c) for c in claimnum.extract("They won 17-14 before 4,000 fans.")]
    [True, False]
    """
    return claim.measure == "score" and len(claim.values) == 2


def _words_before(claim: Claim) -> list[str]:
    at = claim.sentence_at
    return [word.text for word in tokens(claim.sentence) if word.end <= at] if at >= 0 else []


def _said_near(words: list[str], table: str, window: int) -> bool:
    verbs = _verbs(table)
    return any(lemmas(w.lower()) & verbs for w in words[-window:])


def is_margin(claim: Claim) -> bool:
    """Whether a single figure is the margin of a result ("beat Corvo by 12 points").

    Examples
    --------
    >>> import claimnum
    >>> [is_margin(c) for c in claimnum.extract("Baylin beat Corvo by 12 points before 9,000 fans.")]
    [True, False]
    """
    words = _words_before(claim)
    return (
        len(claim.values) == 1
        and bool(words)
        and words[-1].lower() == "by"
        and _said_near(words[:-1], "score_results", _MARGIN_WINDOW)
    )


class _ResultVerb(NamedTuple):
    """The nearest verb of a result before a score."""

    place: int  # among the words before the score (its auxiliary's, when made passive)
    subject_lost: bool  # "lost to", "were defeated"


def _result_verb(words: list[str]) -> _ResultVerb | None:
    """The nearest verb of a result among the words before a score; ``None`` when none is near."""
    results, losses, passive = _verbs("score_results"), _verbs("score_losses"), _verbs("score_passive")
    for i in range(len(words) - 1, max(-1, len(words) - 1 - _SUBJECT_WINDOW), -1):
        forms = lemmas(words[i].lower())
        if forms & (results | losses):
            made_passive = i > 0 and bool(lemmas(words[i - 1].lower()) & passive)
            return _ResultVerb(i - 1 if made_passive else i, bool(forms & losses) or made_passive)
    return None


def _sides(claim: Claim) -> tuple[str | None, str | None]:
    """The side a score is told for and its opponent.

    The side is the name right before the nearest verb of a result (its subject), else the nearest
    name before that verb (before the score when there is none); the opponent a name within the
    score ("Baylin 70, Corvo 58"), else the last name between the verb and the score ("beat the
    Corvo Herons 70-58"), else the first name after a word of ``score_opponents`` right after the
    score ("lost 70-58 to Corvo").
    """
    words = _words_before(claim)
    verb = _result_verb(words)
    team = None
    if verb is not None and verb.place > 0 and words[verb.place - 1][:1].isupper():
        team = words[verb.place - 1].lower()
    # The verb's subject stands before it: a name between the verb and the score is its object
    # ("the Pumas led at halftime and beat the Jays 64-59" is the Pumas').
    names = [w for w in words[: verb.place if verb is not None else len(words)] if w[:1].isupper()]
    team = team or (names[-1].lower() if names else None)
    within = [word.text for word in tokens(claim.text) if word.text[:1].isupper()]
    between = [w for w in words[verb.place + 1 :] if w[:1].isupper()] if verb is not None else []
    opponents = within or between or _named_after(claim)
    return team, opponents[-1].lower() if opponents else None


def _named_after(claim: Claim) -> list[str]:
    """The run of names after a word of ``score_opponents`` right after a score ("to the Corvo
    Herons")."""
    end = claim.sentence_at + len(claim.text)
    after = [word.text for word in tokens(claim.sentence) if word.start >= end][:_OPPONENT_WINDOW]
    if claim.sentence_at < 0 or not after or after[0].lower() not in _verbs("score_opponents"):
        return []
    names = []
    for word in after[1:]:
        if word[:1].isupper():
            names.append(word)
        elif names or not word.isalpha():
            break
    return names


def _told(claim: Claim) -> tuple[float, float]:
    """The pair in its side's order: after a verb of losing the smaller figure is the subject's."""
    first, second = claim.values[0], claim.values[1]
    verb = _result_verb(_words_before(claim))
    if first > second and verb is not None and verb.subject_lost:
        return second, first
    return first, second


def _named(team: str, sentence: str) -> bool:
    return team in {word.text.lower() for word in tokens(sentence)}


def same_result(number: Claim, evidence: Claim) -> bool:
    """Whether ``evidence`` (a score pair) gives the result ``number`` states: the same pair from the
    same side, the mirror from the other side (both sentences name both sides), or, for a margin,
    the difference of the pair.

    Examples
    --------
    >>> import claimnum
    >>> [margin] = claimnum.extract("Baylin beat Corvo by 12 points.")
    >>> [score] = claimnum.extract("Baylin 70, Corvo 58.")
    >>> same_result(margin, score)
    True
    """
    if not is_score_pair(number):
        return number.value is not None and number.value == abs(evidence.values[0] - evidence.values[1])
    ours, theirs = _told(number), _told(evidence)
    (a, a_opponent), (b, b_opponent) = _sides(number), _sides(evidence)
    if (a is not None and a in (b, b_opponent)) or (a_opponent is not None and a_opponent in (b, b_opponent)):
        other_side = a == b_opponent or a_opponent == b
    else:  # sides named otherwise ("the Owls" for "Baylin"): both sentences name both
        other_side = (
            a is not None
            and b is not None
            and a != b
            and _named(a, evidence.sentence)
            and _named(b, number.sentence)
        )
    return ours == (theirs[::-1] if other_side else theirs)


def score_kind(claim: Claim) -> str:
    """What a pair of figures is: a ``"record"`` (wins and losses: "after a 5-11 start", "(9-7)",
    "improved to 5-11"), a ``"period"`` score ("45-38 at halftime") or a game's
    ``"final"`` score; ``score_records``, ``score_record_moves`` and ``score_periods`` of
    ``data/claim_frames.toml``.

    Examples
    --------
    >>> import claimnum
    >>> told = claimnum.extract("After a 5-11 start they led 45-38 at halftime and won 64-59.")
    >>> [score_kind(c) for c in told]
    ['record', 'period', 'final']
    """
    at = claim.sentence_at
    end = at + len(claim.text)
    before = _words_before(claim)
    after = [word.text.lower() for word in tokens(claim.sentence[end:])] if at >= 0 else []
    closing = after[:1] == [")"] and claim.sentence[:at].rstrip().endswith("(")
    moved = (
        before[-1:] == ["to"]
        and len(before) > 1
        and bool(lemmas(before[-2].lower()) & _verbs("score_record_moves"))
    )
    if closing or moved or (bool(after) and bool(lemmas(after[0]) & _verbs("score_records"))):
        return "record"
    if any(lemmas(w) & _verbs("score_periods") for w in after[:_PERIOD_WINDOW]):
        return "period"
    return "final"


def _shared_sides(number: Claim, evidence: Claim) -> int:
    """How many sides two scores name alike: 0 where none is named alike (or none named)."""
    ours, theirs = {s for s in _sides(number) if s}, {s for s in _sides(evidence) if s}
    return len(ours & theirs)


def other_results(
    numbers: Sequence[Claim], evidence: Sequence[Claim], k: NDArray[np.intp], e: NDArray[np.intp]
) -> NDArray[np.bool_]:
    """Which pairs of scores (number ``k``, evidence claim ``e``) are no counterparts: a record and a
    game's score, a period's score and the final one (:func:`score_kind`), two games (each names
    both its sides, none shared), or, of a source that tells a game naming a side of the number's,
    its scores that name none (likelier another game's, or the sides misread).

    Examples
    --------
    >>> import claimnum, numpy as np
    >>> numbers = claimnum.extract("The Pumas beat the Jays 77-70.")
    >>> evidence = claimnum.extract("The Pumas, after a 5-11 start, beat the Owls 70-60.")
    >>> other_results(numbers, evidence, np.array([0, 0]), np.array([0, 1])).tolist()
    [True, False]
    """
    found = np.zeros(len(k), dtype=bool)
    shared = np.zeros(len(k), dtype=int)
    for i, (a, b) in enumerate(zip(k.tolist(), e.tolist(), strict=True)):
        number, other = numbers[a], evidence[b]
        if is_score_pair(number) and is_score_pair(other):
            shared[i] = _shared_sides(number, other)
            named = len({s for s in _sides(number) if s}) == 2 == len({s for s in _sides(other) if s})
            found[i] = score_kind(number) != score_kind(other) or (named and not shared[i])
    sources = [evidence[b].source for b in e.tolist()]
    told = {
        (a, source) for a, source, n, f in zip(k.tolist(), sources, shared, found, strict=True) if n and not f
    }
    found |= np.array([(a, source) in told for a, source in zip(k.tolist(), sources, strict=True)], bool) & (
        shared == 0
    )
    return found
