"""Contradicting words: a claim whose figures the evidence gives, but whose words say the contrary.

The numbers of "Reyes set career lows of 59 catches" all match "Reyes set career highs of 59
catches", yet a careful fact-checker calls the claim refuted.  :func:`contrasted` reads the words
near each figure the evidence gives for a claim's number and corrects the verdicts of
:func:`claimnum.evidence.findings` in two ways:

* **contrary words** (:func:`contrary_words`, rows of ``data/contrasts.toml``: high and low, won and
  lost, rose and fell, acquitted and convicted, ...): a number the evidence supports or allows is
  refuted where a figure that makes it so stands near one word of a row and the claim's number near
  the other (and neither near both), unless another such figure stands near the claim's word.  A
  row told from either side of one event ("A beat B" is "B lost to A": ``converse``) contrasts only
  figures held by one named holder (:func:`claimnum.holders.holder_of`);
* **swapped holders**: a number held by a named holder ("Kade was jailed for 18 months") is refuted
  where one evidence sentence gives its very figure to another named holder and the claim's holder
  another figure of its unit ("Kade got seven years while Lusk got 18 months").

A denied figure (:mod:`claimnum.clause_negation`) keeps its verdict: its negation is read already.

Examples
--------
>>> import claimnum
>>> evidence = {"wire": "Reyes set career highs of 59 catches this season."}
>>> result = claimnum.verify("Reyes set career lows of 59 catches this season.", evidence)
>>> result.verdict
'refuted'
>>> print(result.items[0].explain())
The claim says 59; wire said 59; the claim says "lows" where wire says "highs": refuted.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimnum.claim import Claim
from claimnum.contrast_words import REACH, Contrary, _index, _window, contrary_words, words_near
from claimnum.finding import Finding
from claimnum.holders import holder_of, names_in, same_holder
from claimnum.loose_alignment import SPECIFIC_COUNT
from claimnum.units import comparable

__all__ = ["REACH", "Contrary", "ContraryFinding", "contrary_words", "contrasted", "words_near"]

_SUPPORTING = ("entailed", "compatible")
_COUNTED_REACH = 4  # words after a small count that may name what it counts
_DETERMINERS = frozenset(
    {"of", "the", "a", "an", "their", "his", "her", "its", "our", "those", "these", "other"}
)
_CONTENT = 4  # letters of a content word shared near an unaligned figure and the evidence's
_FUNCTION_WORDS = frozenset(
    {
        "that",
        "this",
        "were",
        "have",
        "been",
        "with",
        "from",
        "their",
        "they",
        "into",
        "said",
        "says",
        "will",
        "would",
        "about",
        "after",
        "before",
        "over",
        "than",
        "there",
        "when",
        "what",
        "more",
        "some",
    }
)
_UNBORNE = ("not enough info", "overstated", "understated")  # what a swapped figure may correct


_LEADERS = frozenset(  # words that start a sentence without naming its subject
    {"in", "on", "at", "after", "before", "for", "with", "by", "from", "when", "while", "as", "but"}
    | {"and", "if", "since", "during", "it", "he", "she", "they", "we", "i", "last", "next", "under"}
    | {"until", "despite", "according", "a", "an", "what", "this", "those", "these", "some", "all"}
    | _DETERMINERS
)
_NAME_RUN = re.compile(r"[\w.'’-]+(?:\s+[A-Z][\w.'’-]*)*")  # a name and the capitalised words after it


def _sides(words: dict[int, set[tuple[str, str]]], row: int) -> set[str]:
    return {side for side, _ in words.get(row, ())}


def _holder(claim: Claim) -> str | None:
    at = claim.sentence_at
    return holder_of(claim.sentence, at, at + len(claim.text))


def _first_name(claim: Claim) -> str | None:
    """The first name written in the figure's sentence before it: the subject who did it; the
    sentence's leading capitalised words where they are no function word and hold no name found
    ("Smith trails Jones": a surname that is also a common noun)."""
    before = claim.sentence[: claim.sentence_at]
    names = names_in(before)
    if not names:
        return None
    at = before.lower().find(names[0])
    lead = _NAME_RUN.match(before)
    if lead is not None and at >= lead.end() and lead.group()[:1].isupper():
        first = lead.group().split()[0].lower()
        if first not in _LEADERS and first.isalpha():
            return lead.group().lower()
    run = _NAME_RUN.match(before, max(at, 0))
    owner = run is not None and run.group().endswith(("'s", "’s", "'", "’"))
    return None if owner else names[0]  # "Ortiz's rival" is no Ortiz


def _one_party(number: Claim, other: Claim) -> bool:
    """Whether two figures are told of one named party: the first name before each figure (the
    subject), the two the same, and each figure's holder (:func:`holder_of`), where one is named,
    that subject ("Sato lost to Quinn" is no "Sato beat Quinn", but "Quinn beat Sato" may be)."""
    subject, their_subject = _first_name(number), _first_name(other)
    if subject is None or their_subject is None or not same_holder(subject, their_subject):
        return False
    held, their_holder = _holder(number) or subject, _holder(other) or their_subject
    return same_holder(held, subject) and same_holder(their_holder, their_subject)


_TALLY = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:%|percent|per cent)?\s+to\s+$")


def _tally_second(claim: Claim) -> bool:
    """Whether the figure is the second of a tally ("rejected it, 55% to 45%"): right after another
    figure no smaller and "to", it shares that figure's verb, which does not tell it."""
    found = _TALLY.search(claim.sentence[: claim.sentence_at])
    if found is None or claim.value is None:
        return False
    return float(found.group(1).replace(",", "")) >= claim.value


def _contrary(number: Claim, mine: dict[int, set[tuple[str, str]]], other: Claim) -> tuple[str, str] | None:
    """The claim's word and the evidence figure's contrary word, where they contradict."""
    if _tally_second(number) or _tally_second(other):
        return None
    theirs = words_near(other.sentence, other.sentence_at, other.sentence_at + len(other.text))
    rows = contrary_words()
    for k, said in mine.items():
        sides, their_sides = _sides(mine, k), _sides(theirs, k)
        if len(sides) != 1 or len(their_sides) != 1 or sides == their_sides:
            continue
        if rows[k].converse and not _one_party(number, other):
            continue
        return min(w for _, w in said), min(w for _, w in theirs[k])
    return None


@dataclass(frozen=True, slots=True, eq=False)
class ContraryFinding(Finding):
    """A :class:`~claimnum.finding.Finding` refuted by words: contrary words, or swapped holders.

    Attributes
    ----------
    words : tuple of str
        What the claim says and what the evidence says instead ("lows", "highs"), or the holders
        ("kade", "lusk") of a swapped figure.
    swapped : bool
        The evidence gives the figure to another named holder.
    source : str
        The source that says so.

    Examples
    --------
    >>> import claimnum
    >>> evidence = {"wire": "Tom Kade was jailed for seven years while Ed Lusk got 18 months."}
    >>> [item] = claimnum.verify("Kade was jailed for 18 months.", evidence).items
    >>> print(item.explain())  # doctest: +NORMALIZE_WHITESPACE
    The claim says 18 months; wire said seven years, 18 months; wire gives 18 months to ed lusk,
    and kade another figure: refuted.
    """

    words: tuple[str, str] = ("", "")
    swapped: bool = False
    source: str = ""

    def explain(self) -> str:
        """What the claim says, what the evidence said, and the words that contradict it.

        Examples
        --------
        >>> import claimnum
        >>> evidence = {"poll": "In the survey, 83% were unhappy with the plan."}
        >>> [item] = claimnum.verify("83% were happy with the plan.", evidence).items
        >>> print(item.explain())
        The claim says 83%; poll said 83%; the claim says "happy" where poll says "unhappy": refuted.
        """
        said = Finding.explain(self).rsplit("; ", 1)[0]
        mine, theirs = self.words
        if self.swapped:
            why = f"{self.source} gives {self.claim.text} to {theirs}, and {mine} another figure"
        else:
            why = f'the claim says "{mine}" where {self.source} says "{theirs}"'
        return f"{said}; {why}: {self.verdict}."


def _refuted(item: Finding, against: Sequence[Claim], words: tuple[str, str], *, swapped: bool) -> Finding:
    """The finding refuted by the evidence claims ``against`` (added to its evidence where missing)."""
    added = tuple(c for c in against if all(c is not e for e in item.evidence))
    evidence = (*item.evidence, *added)
    relations = (*item.relations, *("contradicted" for _ in added))
    relations = tuple(
        "contradicted" if any(c is a for a in against) else r
        for c, r in zip(evidence, relations, strict=True)
    )
    sources = dict(item.sources)
    for claim in against:
        sources[claim.source or "evidence"] = "refuted"
    fields = {f.name: getattr(item, f.name) for f in dataclasses.fields(Finding)}
    fields |= {"evidence": evidence, "relations": relations, "sources": sources}
    fields |= {"relation": "contradicted", "verdict": "refuted"}
    source = against[0].source or "the evidence"
    return ContraryFinding(**fields, words=words, swapped=swapped, source=source)


def _by_words(item: Finding) -> Finding | None:
    """The finding refuted by contrary words, or ``None``."""
    number = item.claim
    if item.verdict not in ("supported", "compatible") or number.negated or not number.sentence:
        return None
    mine = words_near(number.sentence, number.sentence_at, number.sentence_at + len(number.text))
    if not mine:
        return None
    against: list[Claim] = []
    words: tuple[str, str] | None = None
    for claim, relation in zip(item.evidence, item.relations, strict=True):
        if relation not in _SUPPORTING or claim.negated or not claim.sentence:
            continue
        contrary = _contrary(number, mine, claim)
        theirs = words_near(claim.sentence, claim.sentence_at, claim.sentence_at + len(claim.text))
        if contrary is None:
            if any(_sides(theirs, k) == _sides(mine, k) for k in mine if len(_sides(mine, k)) == 1):
                return None  # another figure the evidence gives says what the claim says
            continue
        against.append(claim)
        words = words or contrary
    if not against or words is None:
        return None
    return _refuted(item, against, words, swapped=False)


def _context(claim: Claim) -> set[str]:
    """The content words near a figure (at least four letters, no contrary word)."""
    tokens, before, after, _ = _window(claim.sentence, claim.sentence_at, claim.sentence_at + len(claim.text))
    index = _index()
    return {
        tokens[k][0]
        for k in (*before, *after)
        if tokens[k][3]
        and len(tokens[k][0]) >= _CONTENT
        and tokens[k][0] not in index
        and tokens[k][0] not in _FUNCTION_WORDS
    }


def _counted_word(claim: Claim) -> str | None:
    """The first content word after a figure ("four of the crew": crew), if near."""
    tokens, _, after, _ = _window(claim.sentence, claim.sentence_at, claim.sentence_at + len(claim.text))
    for k in after[:_COUNTED_REACH]:
        if tokens[k][0] not in _DETERMINERS:
            return tokens[k][0]
    return None


def _unaligned(item: Finding, evidence: Sequence[Claim]) -> Finding | None:
    """A number no evidence speaks of, refuted by the very figure told with the contrary word and
    a content word shared near both ("All 150 passengers survived" against "All 150 passengers
    died"; a count below :data:`~claimnum.loose_alignment.SPECIFIC_COUNT` by the very thing it
    counts: "four of the crew"); never a row told from either side of an event."""
    number = item.claim
    if item.verdict != "not enough info" or number.negated or not number.sentence:
        return None
    mine = {
        k: v
        for k, v in words_near(
            number.sentence, number.sentence_at, number.sentence_at + len(number.text)
        ).items()
        if not contrary_words()[k].converse
    }
    if not mine or number.value is None:
        return None
    context = _context(number)
    same = [c for c in evidence if _same_figure(number, c) and not c.negated and c.sentence]
    against, words = [], None
    for claim in same:
        theirs = words_near(claim.sentence, claim.sentence_at, claim.sentence_at + len(claim.text))
        if any(_sides(theirs, k) == _sides(mine, k) for k in mine if len(_sides(mine, k)) == 1):
            return None  # the evidence tells the figure with the claim's word too
        contrary = _contrary(number, mine, claim)
        shared = context & _context(claim)
        if not number.unit and number.value < SPECIFIC_COUNT:
            # a small count meets many by chance: only the very thing counted ("four of the crew")
            shared &= {_counted_word(number)} & {_counted_word(claim)}
        if contrary is not None and shared:
            against.append(claim)
            words = words or contrary
    if len(against) != 1 or words is None:
        return None
    return _refuted(item, against, words, swapped=False)


def _same_figure(a: Claim, b: Claim) -> bool:
    return a.kind == b.kind == "amount" and a.value is not None and a.value == b.value and a.unit == b.unit


def _typed(a: Claim, b: Claim) -> bool:
    """Two figures of one kind: a unit (months, years of age) types them; counts need one measure."""
    if a.unit:
        return True
    return a.measure is not None and a.measure == b.measure


def _by_holders(item: Finding, evidence: Sequence[Claim], numbers: Sequence[Claim]) -> Finding | None:
    """The finding refuted by a figure the evidence gives to another named holder, or ``None``.

    Never where a source bears the figure out, nor where the claim's sentence names the other
    holder without giving them a figure of their own (the figure may be theirs: "Lee hit Ana Ruiz,
    a 59-year-old woman").
    """
    number = item.claim
    if item.verdict not in _UNBORNE or number.negated or not number.sentence or number.value is None:
        return None
    if any(verdict in ("supported", "compatible") for verdict in item.sources.values()):
        return None
    if number.kind != "amount" or len(number.values) > 1:
        return None
    held = _holder(number)
    if held is None:
        return None
    same = [c for c in evidence if _same_figure(number, c) and not c.negated and _typed(number, c)]
    holders = {id(c): _holder(c) for c in same}
    if any(h is not None and same_holder(h, held) for h in holders.values()):
        return None  # the evidence gives the claim's holder this figure somewhere
    for claim in same:
        other = holders[id(claim)]
        if other is None or not _told_apart(number, other, numbers):
            continue
        mates = [
            c
            for c in evidence
            if c.sentence == claim.sentence
            and c.source == claim.source
            and c is not claim
            and c.kind == "amount"
            and not c.negated
            and c.value is not None
            and c.value != number.value
            and comparable(c.unit or None, number.unit or None)
            and _typed(claim, c)
        ]
        for mate in mates:
            mate_holder = _holder(mate)
            if (
                mate_holder is not None
                and same_holder(mate_holder, held)
                and not same_holder(mate_holder, other)
            ):
                return _refuted(item, [claim, mate], (held, other), swapped=True)
    return None


def _told_apart(number: Claim, other: str, numbers: Sequence[Claim]) -> bool:
    """Whether the claim's sentence names ``other`` only as the holder of another of its figures."""
    named = [n for n in names_in(number.sentence) if same_holder(n, other)]
    if not named:
        return True
    return any(
        n is not number
        and n.sentence == number.sentence
        and (h := _holder(n)) is not None
        and same_holder(h, other)
        for n in numbers
    )


def contrasted(items: Sequence[Finding], evidence: Sequence[Claim]) -> list[Finding]:
    """The findings, each refuted where the evidence's words contradict its figure's.

    Parameters
    ----------
    items : sequence of Finding
        One per number of the claim, as :func:`claimnum.evidence.findings` gives them.
    evidence : sequence of Claim
        Every claim of the evidence (a swapped figure may be aligned with nothing).

    Returns
    -------
    list of Finding
        The findings, in order; a refuted one a :class:`ContraryFinding`.

    Examples
    --------
    >>> import claimnum
    >>> claimnum.verify("The Herons lost 27-24 to the Owls.", "The Herons beat the Owls 27-24.").verdict
    'refuted'
    >>> claimnum.verify("The Herons won 27-24.", "The Herons won 27-24 on Sunday.").verdict
    'supported'
    """
    numbers = [item.claim for item in items]
    return [
        _by_words(item) or _unaligned(item, evidence) or _by_holders(item, evidence, numbers) or item
        for item in items
    ]
