"""Totals a text gives in parts: "three killed and five injured" are eight casualties.

A headline may sum what its story tells apart ("eight casualties" for "killed
three people and injured five"); the frames rightly keep deaths and injuries
apart, so no single figure of the evidence speaks of the total.
:func:`with_totals` adds, for each sentence of the evidence that gives one
figure of every part of a total (``[totals]`` of ``data/claim_frames.toml``),
a claim of the total: the parts' sum, spanning them.  It adds too the sum of
one count told in parts joined by "and" ("killed four people in the north and
three in the south": seven deaths; ``part_joiners``), when the sentence states
no total of its own.

Examples
--------
>>> import claimnum
>>> claims = claimnum.extract("The crash killed three people and injured five.", source="wire")
>>> [total] = with_totals(claims)[len(claims):]
>>> total.measure, total.value, str(total.interval)
('casualties', 8.0, '[8, 8]')
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Sequence

from claimnum.claim import Claim
from claimnum.data_files import data_table
from claimnum.entities import head_word

__all__ = ["joiners", "totals", "with_totals"]

_WORDS = re.compile(r"[\w'’]+|,")


@functools.cache
def totals() -> dict[str, tuple[str, ...]]:
    """Each total and the measures of its parts (``[totals]`` of ``data/claim_frames.toml``).

    Returns
    -------
    dict of str to tuple of str
        Each total's measure -> its parts' measures.

    Examples
    --------
    >>> totals()["casualties"]
    ('deaths', 'injuries')
    """
    table: dict[str, list[str]] = data_table("claim_frames.toml")["totals"]
    return {total: tuple(parts) for total, parts in table.items()}


@functools.cache
def joiners() -> tuple[tuple[str, ...], ...]:
    """The words that join the last part of a count told in parts to the others
    (``part_joiners`` of ``data/claim_frames.toml``), as tuples of words.

    Returns
    -------
    tuple of tuple of str
        The joiners, each as its words.

    Examples
    --------
    >>> ("and",) in joiners()
    True
    """
    return tuple(tuple(_WORDS.findall(p)) for p in data_table("claim_frames.toml")["part_joiners"])


def _part(claim: Claim) -> bool:
    """A figure that may be a part: a plain count as stated, no range, no denial, no vague word."""
    return claim.kind == "amount" and not claim.unit and not claim.negated and claim.value is not None


def with_totals(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, then a claim of each total a sentence gives in parts, one figure of each part.

    The total spans its parts in the sentence (its text is the sentence from the first to the
    last), and its readings are the sums of theirs.

    Parameters
    ----------
    claims : sequence of Claim
        Extracted claims (of one or many sources); their order is kept.

    Returns
    -------
    list of Claim
        ``claims``, then one claim per total a sentence gives in parts (none when a part has no
        figure or two, or when the sentence gives the total itself).

    Examples
    --------
    >>> import claimnum
    >>> claims = claimnum.extract("The storm killed two people and injured nine.", source="wire")
    >>> [(c.measure, c.value) for c in with_totals(claims)]
    [('deaths', 2.0), ('injuries', 9.0), ('casualties', 11.0)]
    """
    found = list(claims)
    by_sentence: dict[tuple[str | None, str], list[Claim]] = {}
    for claim in claims:
        if _part(claim):
            by_sentence.setdefault((claim.source, claim.sentence), []).append(claim)
    for members in by_sentence.values():
        for total, parts in totals().items():
            chosen = [[c for c in members if c.measure == part] for part in parts]
            if any(len(of) != 1 for of in chosen) or any(c.measure == total for c in members):
                continue
            found.append(_summed([of[0] for of in chosen], total))
        found += _coordinated(members)
    return found


def _joined(first: Claim, then: Claim) -> bool:
    """Whether ``then`` is a further part of ``first``'s count: no measure of another (its own, or
    none: "and three in the south"), the same thing counted, and a joining word right before it."""
    if then.measure not in (None, first.measure) or not _part(then):
        return False
    head = head_word(then.subject)
    if head is not None and head != head_word(first.subject):
        return False  # "12 homes and three barns": two things, no total of either
    between = _WORDS.findall(then.sentence[first.sentence_at + len(first.text) : then.sentence_at].lower())
    return any(tuple(between[len(between) - len(j) :]) == j for j in joiners())


def _coordinated(members: list[Claim]) -> list[Claim]:
    """The sum of a count a sentence tells in parts joined by "and" ("four in the north and three
    in the south"), when it gives no other figure of the count (a total: "ten, including four
    children and three officers")."""
    ordered = sorted(members, key=lambda c: c.start)
    # Claims outside the run counted by measure, never compared whole: linear in a sentence's claims.
    of_measure = Counter(c.measure for c in ordered)
    for i, first in enumerate(ordered):
        if first.measure is None:
            continue
        run = [first]
        while i + len(run) < len(ordered) and _joined(first, ordered[i + len(run)]):
            run.append(ordered[i + len(run)])
        others = of_measure[first.measure] - sum(c.measure == first.measure for c in run)
        if len(run) > 1 and not others:
            return [_summed(run, first.measure)]
    return []


def _summed(parts: list[Claim], total: str) -> Claim:
    first, last = min(parts, key=lambda c: c.start), max(parts, key=lambda c: c.end)
    at = first.sentence_at
    text = first.sentence[at : at + last.end - first.start] if at >= 0 else first.text
    interval, core, literal = parts[0].interval, parts[0].core, parts[0].literal
    for part in parts[1:]:
        interval, core, literal = interval + part.interval, core + part.core, literal + part.literal
    value = sum(c.value or 0.0 for c in parts)
    return dataclasses.replace(
        first,
        text=text,
        end=first.start + len(text),
        value=value,
        values=(value,),
        interval=interval,
        core=core,
        literal=literal,
        measure=total,
        sense=first.sense if len({c.sense for c in parts}) == 1 else "approximate",
    )
