"""Verify numeric claims against evidence: the fact-checker's question, answered with the numbers.

:func:`verify` takes a claim (a sentence, a headline, or claims already
extracted) and evidence (texts by source), and for every number of the claim:

1. finds the evidence claims that speak of the same quantity (the grouping
   frame's :func:`~claimnum.grouping.link`: same dimension, measure and
   entity, compatible time anchor);
2. pools each source's claims, then the sources, with
   :func:`claimnum.combine_groups` (Marzullo's majority), so that one outlier
   does not decide and an outlet that repeats a figure counts once;
3. relates what the evidence allows to the claim with
   :func:`claimnum.entail.relate` and names the verdict.

The dates and ordinals of a claim given as text ("died on March 14", "in the
5th round"), which extraction leaves aside, are checked against the evidence's
by the words around them (:func:`claimnum.dates_ordinals.date_findings`).

Verdicts, from best to worst (:data:`VERDICTS`; a claim with several numbers
gets the worst of theirs):

``"supported"``
    the evidence entails the number: all it allows lies inside the claim's
    literal reading ("over 600" supports "over 500");
``"compatible"``
    the evidence allows the number without entailing it ("over 10,000"
    against "about 12,000");
``"not enough info"``
    no evidence speaks of that quantity, or only in units that do not convert
    (currencies without ``rates``);
``"understated"`` / ``"overstated"``
    refuted, and the claim lies below / above everything the evidence allows
    (a fact-checker's "exaggerated");
``"refuted"``
    no value the evidence allows is one the claim allows, and no side of it
    holds most of the evidence; or a change goes the wrong way ("rose" where
    the evidence says it fell).

A change is judged by size and direction: of two changes one way, the larger
is overstated ("cut 15,000 jobs" against 1,500).  A number is judged as
written: one that drops the hedge of the evidence's figure ("27 killed" for
"at least 27 killed") is compatible with it, not supported.  When the sources
disagree and no strict majority of them shares a value, the largest camp of
sources (two or more, untied) speaks for them where it entails the number;
otherwise the evidence is their union: the number is supported only if every
source supports it and refuted only if every source refutes it, on the side
most of them put it.  Negated evidence ("police denied that 5,000 took part")
is related exactly as :mod:`claimnum.entail` reads negation; it is not pooled
with the rest (a negation allows values on both sides of a hole, not an
interval) and decides only where no other evidence speaks of the quantity.
Every source's own verdict is kept in :attr:`Finding.sources`.  A figure the
claim's sentence itself corrects ("not 500 but 50", "50, not 500") is no claim
of its own: only the figure that stands is checked (:func:`corrections`).

Examples
--------
>>> import claimnum
>>> evidence = {
...     "police": "Police said about 15,000 people marched.",
...     "organisers": "The organisers said some 50,000 people marched.",
... }
>>> result = claimnum.verify("More than 60,000 people marched.", evidence)
>>> result.verdict
'overstated'
>>> print(result.explain())  # doctest: +ELLIPSIS
overstated: 1 number checked.
The claim says More than 60,000; police said about 15,000 and organisers said some 50,000; the evidence
allows at most 54,200: overstated.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from claimnum import display
from claimnum.anchors import story_year
from claimnum.claim import Claim
from claimnum.clause_negation import negated_clause
from claimnum.contrasts import contrasted
from claimnum.data_files import data_table
from claimnum.dates_ordinals import date_findings
from claimnum.documents import read_documents, refuse_unordered, story_year_of
from claimnum.errors import InvalidTypeError
from claimnum.evidence import findings
from claimnum.extract import extract
from claimnum.finding import VERDICTS, Finding, Verdict, interval_text
from claimnum.interval import Interval
from claimnum.part_totals import with_totals
from claimnum.units import Rates, checked_rates

__all__ = ["VERDICTS", "Finding", "Verdict", "Verification", "corrections", "denials", "verify"]

_CLAIM_SOURCE = "claim"


# ---------------------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True, eq=False)
class Verification:
    """The answer of :func:`verify`: a verdict for the claim and a finding for each of its numbers.

    Attributes
    ----------
    verdict : str
        The worst verdict of the claim's numbers (:data:`VERDICTS`, best to
        worst); ``"not enough info"`` for a claim without numbers.
    items : tuple of Finding
        One per number of the claim, in the claim's order.
    claim : str
        The claim's text (its sentences, for claims given as :class:`Claim`).
    documents : dict of str to str
        The evidence texts by source (empty when claims were given).

    Examples
    --------
    >>> import claimnum
    >>> result = claimnum.verify("Over 500 people came.", {"a": "Over 600 people came."})
    >>> result
    Verification('supported', 1 number: supported)
    >>> result.to_frame()[["claim", "verdict", "relation", "sources", "allowed"]]
          claim    verdict  relation  sources     allowed
    0  Over 500  supported  entailed        1  (600, 900]
    """

    verdict: Verdict
    items: tuple[Finding, ...]
    claim: str
    documents: dict[str, str]

    def explain(self) -> str:
        """The verdict and one sentence per number.

        Examples
        --------
        >>> import claimnum
        >>> print(claimnum.verify("No number here.", {"a": "Over 600 people came."}).explain())
        not enough info: the claim states no number.
        """
        if not self.items:
            return f"{self.verdict}: the claim states no number."
        n = len(self.items)
        head = f"{self.verdict}: {n} number{'s' if n > 1 else ''} checked."
        return "\n".join([head, *(item.explain() for item in self.items)])

    def to_frame(self, *, per_source: bool = False) -> pd.DataFrame:
        """One row per number of the claim, or per number and source.

        Parameters
        ----------
        per_source : bool, default False
            One row per number and evidence source, with that source's verdict.

        Returns
        -------
        pandas.DataFrame
            Columns ``claim`` (the number as written), ``negated`` (the claim
            denies it), ``lo``, ``hi``, ``unit`` (its support), ``verdict``,
            ``relation``, ``evidence`` (how many evidence claims), ``sources``
            (how many), ``agreeing`` and
            ``allowed`` (text); with ``per_source``: ``claim``, ``source``,
            ``verdict``, ``evidence`` (that source's words, joined by semicolons).

        Examples
        --------
        >>> import claimnum
        >>> docs = {"a": "Over 600 people came.", "b": "About 650 people came."}
        >>> claimnum.verify("Over 500 people came.", docs).to_frame(per_source=True)
              claim source    verdict   evidence
        0  Over 500      a  supported   Over 600
        1  Over 500      b  supported  About 650
        """
        rows: list[dict[str, Any]]
        if per_source:
            rows = [
                {
                    "claim": item.claim.text,
                    "source": source,
                    "verdict": verdict,
                    "evidence": "; ".join(c.text for c in item.evidence if (c.source or "") == source),
                }
                for item in self.items
                for source, verdict in item.sources.items()
            ]
            return pd.DataFrame(rows, columns=["claim", "source", "verdict", "evidence"])
        rows = [
            {
                "claim": item.claim.text,
                "negated": item.claim.negated,
                "lo": item.claim.interval.lo,
                "hi": item.claim.interval.hi,
                "unit": item.claim.unit,
                "verdict": item.verdict,
                "relation": item.relation,
                "evidence": len(item.evidence),
                "sources": len(item.sources),
                "agreeing": item.agreeing,
                "allowed": " or ".join(interval_text(i) for i in item.allowed),
            }
            for item in self.items
        ]
        columns = [
            "claim",
            "negated",
            "lo",
            "hi",
            "unit",
            "verdict",
            "relation",
            "evidence",
            "sources",
            "agreeing",
            "allowed",
        ]
        return pd.DataFrame(rows, columns=columns)

    def to_dict(self) -> dict[str, Any]:
        """The verification as plain JSON-ready data (an unbounded end is ``None``).

        Examples
        --------
        >>> import json, claimnum
        >>> data = claimnum.verify("Over 500 people came.", {"a": "Over 600 people came."}).to_dict()
        >>> data["verdict"], data["items"][0]["allowed"]
        ('supported', [{'lo': 600.0, 'hi': 900.0, 'closed': 'right', 'unit': None}])
        >>> json.loads(json.dumps(data))["items"][0]["sources"]
        {'a': 'supported'}
        """
        return {
            "claim": self.claim,
            "verdict": self.verdict,
            "items": [
                {
                    "claim": item.claim.text,
                    "negated": item.claim.negated,
                    "verdict": item.verdict,
                    "relation": item.relation,
                    "sources": dict(item.sources),
                    "evidence": [
                        {"source": c.source, "text": c.text, "relation": relation}
                        for c, relation in zip(item.evidence, item.relations, strict=True)
                    ],
                    "allowed": [_interval_dict(i) for i in item.allowed],
                    "agreeing": item.agreeing,
                }
                for item in self.items
            ],
        }

    def __repr__(self) -> str:
        counts = pd.Series([item.verdict for item in self.items], dtype=object).value_counts()
        tally = ", ".join(f"{n} {verdict}" if n > 1 else str(verdict) for verdict, n in counts.items())
        n = len(self.items)
        return f"Verification({self.verdict!r}, {n} number{'s' if n != 1 else ''}: {tally or 'none'})"

    def _repr_html_(self) -> str:
        head = display.span(self.verdict, f"claimnum-verdict claimnum-{self.verdict.replace(' ', '-')}")
        claim_sentences = _marked([(item.claim, item.verdict) for item in self.items])
        evidence = [
            (c, rel) for item in self.items for c, rel in zip(item.evidence, item.relations, strict=True)
        ]
        evidence_sentences = _marked(evidence, by_source=True)
        lines = [head + " " + (claim_sentences or display.span(self.claim, "claimnum-context"))]
        lines += [display.span(line, "claimnum-explain") for line in self.explain().splitlines()[1:]]
        if evidence_sentences:
            lines.append(display.span("Evidence:", "claimnum-label") + " " + evidence_sentences)
        return display.group("<br>".join(lines), "claimnum-verification")


def _interval_dict(interval: Interval) -> dict[str, Any]:
    def end(x: float) -> float | None:
        return x if math.isfinite(x) else None

    return {"lo": end(interval.lo), "hi": end(interval.hi), "closed": interval.closed, "unit": interval.unit}


def _marked(claims: Sequence[tuple[Claim, str]], *, by_source: bool = False) -> str:
    """The sentences of ``claims`` with each claim marked and titled by its verdict, escaped."""
    sentences: dict[tuple[str, str], list[tuple[Claim, str]]] = {}
    for claim, label in claims:
        sentences.setdefault((claim.source or "", claim.sentence), []).append((claim, label))
    parts = []
    for (source, sentence), marks in sentences.items():
        at, pieces = 0, []
        for claim, label in sorted(marks, key=lambda m: m[0].sentence_at):
            where = claim.sentence_at
            if where < at:  # not in its sentence, or within a claim marked already
                continue
            pieces.append(display.span(sentence[at:where], "claimnum-context"))
            css = f"claimnum-claim claimnum-{label.replace(' ', '-')}"
            pieces.append(f"<mark>{display.span(claim.text, css, title=label)}</mark>")
            at = where + len(claim.text)
        pieces.append(display.span(sentence[at:], "claimnum-context"))
        name = display.span(f"{source}: ", "claimnum-source") if by_source and source else ""
        parts.append(display.group(name + "".join(pieces), "claimnum-sentence"))
    return " ".join(parts)


# ---------------------------------------------------------------------------------------- inputs


@functools.lru_cache(maxsize=1)
def denials() -> tuple[str, ...]:
    """The phrases that open a claim sentence and deny all of it (``data/claim_frames.toml``).

    Examples
    --------
    >>> "it is not true that" in denials()
    True
    """
    return tuple(data_table("claim_frames.toml")["denials"])


def _denied(number: Claim, *, verbs: bool = True) -> Claim:
    """The number, negated when its sentence opens with a denial and extraction did not mark it.

    Extraction reads negation within the few words before the number ("did not kill 300"); a
    sentence that denies a whole clause after "that" ("It is not true that 300 died"), and a verb
    negated further before the number in its clause ("did not end the year with 4,170 members",
    :func:`claimnum.clause_negation.negated_clause`), are the claim's own frame.  Evidence
    (``verbs=False``) is denied only by a denial of its clause ("denied that 300 died").
    """
    opening = number.sentence.lstrip(" \t\"'“‘").lower()
    negated = opening.startswith(denials()) or negated_clause(
        number.sentence, number.sentence_at, verbs=verbs
    )
    if number.negated or not negated:
        return number
    return dataclasses.replace(number, negated=True)


_WORDS = re.compile(r"[\w'’]+|[,;]")
_SPAN_OF_COUNTED = 3  # words of what is counted between a denied figure and its correction


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(text.lower()))


@functools.lru_cache(maxsize=1)
def corrections() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """The phrases that make a denied figure one its sentence corrects (``data/claim_frames.toml``):
    those between it and the figure after it, and those before it after the figure that stands.

    Examples
    --------
    >>> corrected_by, correcting = corrections()
    >>> ("but",) in corrected_by, (",", "not") in correcting
    (True, True)
    """
    table = data_table("claim_frames.toml")
    return tuple(map(_phrase, table["corrected_by"])), tuple(map(_phrase, table["correcting"]))


def _corrected(number: Claim, others: Sequence[Claim]) -> bool:
    """Whether the sentence itself corrects this denied figure by another of its figures:
    "not 500 but 50", "not 40 homes but 4", "50, not 500": no claim of its own to check."""
    if not number.negated:
        return False
    corrected_by, correcting = corrections()
    start = number.sentence_at
    end = start + len(number.text)
    for other in others:
        if other.negated or other.sentence != number.sentence or other is number:
            continue
        at = other.sentence_at
        if at >= end:
            between = [w for w in _phrase(number.sentence[end:at]) if w != ","]
            if any(
                tuple(between[len(between) - len(p) :]) == p and len(between) - len(p) <= _SPAN_OF_COUNTED
                for p in corrected_by
            ):
                return True
        elif at + len(other.text) <= start:
            before = _phrase(number.sentence[at + len(other.text) : start])
            if any(tuple(before[len(before) - len(p) :]) == p for p in correcting):
                return True
    return False


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLED = re.compile(r"[^\W\d_][^\W\d_A-Z]*")  # one capital, then no capital: "Stores", not "NATO"


def _is_title_case(text: str) -> bool:
    """Whether a claim is a headline in title case: every word after the first but at most one
    capitalised ("Bakery Chain To Close 30 Stores"), at least three of them."""
    later = _WORD.findall(text)[1:]
    return len(later) >= 3 and sum(w[0].islower() for w in later) <= min(1, len(later) // 4)


def sentence_cased(claim: str, texts: Iterable[str]) -> str:
    """A title-case headline in the case its story writes its words: a capitalised word is lowered
    unless the texts write it capitalised more often than not (a name), so that "Close 30 Stores"
    counts stores, as "close 30 of its stores" does.  Every other claim is returned unchanged; the
    text keeps its length (a word whose lower case is longer is left as written).

    Examples
    --------
    >>> story = ["Gale Burns said the bakery chain will close 30 of its stores."]
    >>> sentence_cased("Bakery Chain To Close 30 Stores, Burns Says", story)
    'Bakery chain to close 30 stores, Burns says'
    >>> sentence_cased("The chain will close 30 Stores.", story)
    'The chain will close 30 Stores.'
    """
    if not _is_title_case(claim):
        return claim
    written: dict[str, int] = {}  # a word's lower case -> lower-case uses minus capitalised ones
    for text in texts:
        for word in _WORD.findall(text):
            key = word.lower()
            written[key] = written.get(key, 0) + (1 if word == key else -1 if _TITLED.fullmatch(word) else 0)
    first = _WORD.search(claim)
    start = first.end() if first else 0

    def lowered(match: re.Match[str]) -> str:
        word, low = match.group(), match.group().lower()
        named = written.get(low, 0) < 0 or len(low) != len(word) or not _TITLED.fullmatch(word)
        return word if named else low

    return claim[:start] + _WORD.sub(lowered, claim[start:])


def _as_written(number: Claim, claim: str) -> Claim:
    """A number of a headline read in its story's case, shown as the headline writes it (the cased
    text keeps every offset)."""
    start = number.start - (number.sentence_offset or 0)
    return dataclasses.replace(
        number, text=claim[number.start : number.end], sentence=claim[start : start + len(number.sentence)]
    )


def _checked_claim(claim: Any) -> str | Claim | list[str | Claim]:
    """The claim, its parts listed where it is a sequence, or :class:`InvalidTypeError` for a claim
    of another type: checked before any evidence is read."""
    if isinstance(claim, str | Claim):
        return claim
    if isinstance(claim, bytes | bytearray | memoryview):  # iterable, but of ints
        raise InvalidTypeError(
            f"claim must be a text, a Claim or a sequence of them, got {type(claim).__name__}; "
            "decode bytes first, e.g. claim.decode('utf-8')"
        )
    if not isinstance(claim, Iterable):
        raise InvalidTypeError(
            f"claim must be a text, a Claim or a sequence of them, got {type(claim).__name__}"
        )
    if isinstance(claim, Mapping | pd.DataFrame):  # iterable, but of keys or column names
        raise InvalidTypeError(
            f"claim must be a text, a Claim or a sequence of them, got {type(claim).__name__}; "
            "texts by source are evidence, the second argument: verify(claim, {source: text})"
        )
    refuse_unordered(claim, "the order of the results")
    parts = list(claim)
    for part in parts:
        if not isinstance(part, str | Claim):
            raise InvalidTypeError(f"a claim must be a text or a Claim, got {type(part).__name__}")
    return parts


def _figures(claims: list[Claim]) -> list[Claim]:
    """The claims verify weighs as figures: ordinals ("finished fifth") are checked by the words
    around them (:func:`claimnum.dates_ordinals.date_findings`), never as counts."""
    return [c for c in claims if c.measure != "ordinal"]


def _claims_of(
    claim: str | Claim | list[str | Claim], profile: Any, story: Sequence[str] = ()
) -> tuple[list[Claim], str, dict[int, Claim]]:
    """The numbers of the claim (a title-case headline read in its ``story``'s case), its text, and
    each number read in another case as the claim writes it (by ``id``)."""
    if isinstance(claim, str):
        cased = sentence_cased(claim, story)
        stated = [_denied(c) for c in _figures(extract(cased, source=_CLAIM_SOURCE, profile=profile))]
        standing = [c for c in stated if not _corrected(c, stated)]
        return standing, claim, {id(c): _as_written(c, claim) for c in standing} if cased != claim else {}
    if isinstance(claim, Claim):
        return [claim], claim.sentence, {}
    numbers: list[Claim] = []
    texts: list[str] = []
    shown: dict[int, Claim] = {}
    for part in claim:
        found, text, written = _claims_of(part, profile, story)
        numbers += found
        shown |= written
        if text not in texts:
            texts.append(text)
    return numbers, " ".join(texts), shown


def _evidence_of(
    evidence: object, profile: Any, columns: dict[str, str | None]
) -> tuple[list[Claim], dict[str, str], dict[str, Any], int | None]:
    """The evidence claims, the evidence texts and times by source, and the story's year."""
    if isinstance(evidence, Sequence) and evidence and all(isinstance(c, Claim) for c in evidence):
        claims = list(evidence)
        return with_totals(claims), {}, {}, story_year([c.sentence for c in claims])
    documents = {"evidence": evidence} if isinstance(evidence, str) else evidence
    named, times = read_documents(documents, **columns, caller="verify")
    # A figure of a denied clause ("denied that 40 died") is denied evidence, as on the claim side.
    claims = [
        _denied(c, verbs=False)
        for source, text in named.items()
        for c in _figures(extract(text, source=source, profile=profile))
    ]
    # A total a sentence gives in parts ("three killed and five injured") is evidence too.
    return with_totals(claims), named, times, story_year_of(named, times)


def verify(
    claim: str | Claim | Iterable[str | Claim],
    evidence: object,
    *,
    text: str | None = None,
    source: str | None = None,
    time: str | None = None,
    rates: Rates | None = None,
    profile: Any = "median",
) -> Verification:
    """Check a claim's numbers against evidence: supported, refuted, overstated, ...

    Parameters
    ----------
    claim : str, Claim or sequence of them
        A sentence or headline (its numbers are extracted), a claim, or several.
        A mapping or a DataFrame is refused: texts by source are the evidence.
    evidence : str, mapping, sequence of str, Series, DataFrame or sequence of Claim
        The evidence texts by source, as :func:`claimnum.reconcile` takes them
        (a single text is the source ``"evidence"``; missing texts are skipped,
        a row with a missing source is named by its label), or claims already
        extracted.
    text, source, time : str, optional
        The columns of a DataFrame of evidence, as for :func:`claimnum.reconcile`.
    rates : mapping of str to float, optional
        Exchange rates, to compare amounts in different currencies.
    profile : str or Profile, default "median"
        How qualifiers are read (:func:`claimnum.extract`).

    Returns
    -------
    Verification
        The claim's verdict and one :class:`Finding` per number.

    Raises
    ------
    InvalidTypeError
        A claim or evidence of a type not listed above: bytes (decode them first), a set (no order),
        a mapping as the claim, a text of evidence that is not a ``str``.
    InvalidArgumentError
        Two documents with one source name, a DataFrame of evidence without ``text=``, a bad
        ``profile`` or rate.

    Notes
    -----
    See the module notes for how evidence is pooled and how verdicts are
    named; :data:`VERDICTS` lists them from best to worst.

    Examples
    --------
    >>> import claimnum
    >>> claimnum.verify("Over 500 people came.", "Over 600 people came.").verdict
    'supported'
    >>> claimnum.verify("About 900 people came.", "Over 600 people came.").verdict
    'compatible'
    >>> claimnum.verify("About 300 people came.", "Over 600 people came.").verdict
    'understated'
    """
    rate_map = checked_rates(rates)
    checked = _checked_claim(claim)
    columns = {"text": text, "source": source, "time": time}
    found, documents, times, year = _evidence_of(evidence, profile, columns)
    story = list(documents.values()) or list(dict.fromkeys(c.sentence for c in found))
    numbers, said, shown = _claims_of(checked, profile, story)
    if year is None:
        year = story_year([said])
    # A figure told near a contrary word ("will play", "will miss") or given to another holder is
    # refuted (`contrasted`).
    items = contrasted(findings(numbers, found, year=year, rates=rate_map, times=times), found)
    if shown:
        items = [dataclasses.replace(item, claim=shown.get(id(item.claim), item.claim)) for item in items]
    if isinstance(claim, str) and documents:
        # Dates and ordinals extraction leaves aside, checked by the words around them.
        items = sorted([*items, *date_findings(claim, documents)], key=lambda item: item.claim.start)
    worst = max((VERDICTS.index(item.verdict) for item in items), default=VERDICTS.index("not enough info"))
    return Verification(VERDICTS[worst], tuple(items), said, documents)
