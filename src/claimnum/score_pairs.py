"""Scores and records: two figures compared as one pair, never by the first figure alone.

Extraction reads "won 17-14", "the Herons (9-7)" and "Duke 65, Kansas 53" as
one claim with two figures (``values``, measure ``"score"``).  A fact-checker
compares such a pair with pairs only: the same figures in the same order are
the same result, and so is the mirror told from the other side ("A beat B
20-13" is "B lost 13-20 to A"); any other pair is another result (a score has
no over or under: "9-7" against "7-9" is refuted).  A margin ("beat Kansas by
12 points") is the difference of the pair.

A writer may put the winner's figure first after a verb of losing ("the Rams
lost 17-14 to the Herons"): after such a verb (``score_losses`` in
``data/claim_frames.toml``) the smaller figure is the subject's.

Examples
--------
>>> import claimnum
>>> [won] = claimnum.extract("The Herons beat the Rams 20-13.")
>>> [lost] = claimnum.extract("The Rams lost 13-20 to the Herons.")
>>> [swapped] = claimnum.extract("The Herons beat the Rams 13-20.")
>>> same_result(lost, won), same_result(swapped, won)
(True, False)
"""

from __future__ import annotations

import functools

from claimnum.claim import Claim
from claimnum.data_files import data_table
from claimnum.measure_lexicon import lemmas, tokens

__all__ = ["is_margin", "is_score_pair", "same_result"]

_WINDOW = 3  # words before a figure read for the verb that tells the result
_MARGIN_WINDOW = 5  # words before "by" read for it: "lost to the Red Sox by"


@functools.lru_cache(maxsize=2)
def _verbs(table: str) -> frozenset[str]:
    return frozenset(data_table("claim_frames.toml")[table])


def is_score_pair(claim: Claim) -> bool:
    """Whether the claim is a score or record of two figures ("17-14", "Duke 65, Kansas 53").

    Examples
    --------
    >>> import claimnum
    >>> [is_score_pair(c) for c in claimnum.extract("They won 17-14 before 4,000 fans.")]
    [True, False]
    """
    return claim.measure == "score" and len(claim.values) == 2


def _words_before(claim: Claim) -> list[str]:
    at = claim.sentence_at
    return [w for w, _, end in tokens(claim.sentence) if end <= at] if at >= 0 else []


def _said_near(words: list[str], table: str, window: int = _WINDOW) -> bool:
    verbs = _verbs(table)
    return any(lemmas(w.lower()) & verbs for w in words[-window:])


def is_margin(claim: Claim) -> bool:
    """Whether a single figure is the margin of a result ("beat Kansas by 12 points").

    Examples
    --------
    >>> import claimnum
    >>> [is_margin(c) for c in claimnum.extract("Duke beat Kansas by 12 points before 9,000 fans.")]
    [True, False]
    """
    words = _words_before(claim)
    return (
        len(claim.values) == 1
        and bool(words)
        and words[-1].lower() == "by"
        and _said_near(words[:-1], "score_results", _MARGIN_WINDOW)
    )


def _team(claim: Claim) -> str | None:
    """The side a score is told for: the first name before it (the sentence's first word only when
    nothing else is capitalised: "The Herons won", "Duke 65, Kansas 53")."""
    names = [w for w in _words_before(claim) if w[:1].isupper()]
    if len(names) > 1 and claim.sentence.lstrip().startswith(names[0]):
        names = names[1:]
    return names[0].lower() if names else None


def _told(claim: Claim) -> tuple[float, float]:
    """The pair in its side's order: after a verb of losing the smaller figure is the subject's."""
    first, second = claim.values[0], claim.values[1]
    if first > second and _said_near(_words_before(claim), "score_losses"):
        return second, first
    return first, second


def _named(team: str, sentence: str) -> bool:
    return team in {w.lower() for w, _, _ in tokens(sentence)}


def same_result(number: Claim, evidence: Claim) -> bool:
    """Whether ``evidence`` (a score pair) gives the result ``number`` states: the same pair from the
    same side, the mirror from the other side (both sentences name both sides), or, for a margin,
    the difference of the pair.

    Examples
    --------
    >>> import claimnum
    >>> [margin] = claimnum.extract("Duke beat Kansas by 12 points.")
    >>> [score] = claimnum.extract("Duke 65, Kansas 53.")
    >>> same_result(margin, score)
    True
    """
    if not is_score_pair(number):
        return number.value is not None and number.value == abs(evidence.values[0] - evidence.values[1])
    ours, theirs = _told(number), _told(evidence)
    a, b = _team(number), _team(evidence)
    other_side = (
        a is not None
        and b is not None
        and a != b
        and _named(a, evidence.sentence)
        and _named(b, number.sentence)
    )
    return ours == (theirs[::-1] if other_side else theirs)
