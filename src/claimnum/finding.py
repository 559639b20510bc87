"""A finding: one number of a claim checked against the evidence, its verdict and its explanation.

:class:`Finding` is what :func:`claimnum.evidence.findings` returns per number
and what :class:`claimnum.Verification` holds; :data:`VERDICTS` names the
verdicts from best to worst.

Examples
--------
>>> from claimnum import Interval
>>> interval_text(Interval(45_800, 54_200, "right", "USD"))
'(45,800, 54,200] USD'
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal, get_args

from claimnum.claim import Claim
from claimnum.interval import Interval
from claimnum.vague import VAGUE_SENSES

__all__ = ["VERDICTS", "Finding", "Verdict", "interval_text"]

Verdict = Literal["supported", "compatible", "not enough info", "understated", "overstated", "refuted"]
"""The verdict on one number, or on a whole claim."""

VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
"""The verdicts from best to worst: a claim's verdict is the worst of its numbers'."""

_SHOWN = 6  # evidence claims named per number in explain()


@dataclass(frozen=True, slots=True, eq=False)
class Finding:
    """One number of the claim, checked against the evidence.

    Attributes
    ----------
    claim : Claim
        The number as the claim states it.
    evidence : tuple of Claim
        The evidence claims about the same quantity, in the order given.
    relations : tuple of str
        How each evidence claim relates to the number (:func:`claimnum.entails`,
        the evidence as premise).
    sources : dict of str to str
        Each source's own verdict on the number.
    allowed : tuple of Interval
        What the evidence allows, in the claim's unit: the pooled estimate of
        the majority of sources, or every source's own when no majority agrees.
    agreeing : int
        How many sources the pooled estimate speaks for (0 without one).
    relation : str
        What the evidence says of the number: ``"entailed"``, ``"compatible"``,
        ``"contradicted"`` or ``"incomparable"`` (no evidence).
    verdict : str
        One of :data:`VERDICTS`.

    Examples
    --------
    >>> import claimnum
    >>> [finding] = claimnum.verify("Over 500 people came.", {"a": "Over 600 people came."}).items
    >>> finding.verdict, finding.sources, finding.allowed
    ('supported', {'a': 'supported'}, ((600, 900],))
    """

    claim: Claim
    evidence: tuple[Claim, ...]
    relations: tuple[str, ...]
    sources: dict[str, str]
    allowed: tuple[Interval, ...]
    agreeing: int
    relation: str
    verdict: str

    def explain(self) -> str:
        """One sentence: what the claim says, what each source said, what the evidence allows.

        Examples
        --------
        >>> import claimnum
        >>> evidence = {"wire": "Over 10,000 people came."}
        >>> [finding] = claimnum.verify("About 12,000 people came.", evidence).items
        >>> print(finding.explain())
        The claim says About 12,000; wire said Over 10,000; the evidence allows (10,000, 15,000]: compatible.

        A denied figure is told as such:

        >>> evidence = {"wire": "The fire destroyed 200 homes."}
        >>> [finding] = claimnum.verify("The fire did not destroy 40 homes.", evidence).items
        >>> print(finding.explain())  # doctest: +NORMALIZE_WHITESPACE
        The claim says not 40 (it denies the figure); wire said 200; the evidence allows [184, 216]:
        supported.

        And so is a figure the evidence denies:

        >>> evidence = {"wire": "The storm did not close 12 schools, the district said."}
        >>> [finding] = claimnum.verify("The storm closed 12 schools.", evidence).items
        >>> print(finding.explain())
        The claim says 12; wire denied 12; the evidence denies the figure: refuted.
        """
        said = f"The claim says {self._stated()}"
        if not self.evidence:
            return f"{said}; no evidence speaks of this quantity: not enough info."
        # Each source's figures by what it did with them: a negated one it denied ("did not destroy 40").
        by_source: dict[str, dict[str, list[str]]] = {}
        for claim in self.evidence[:_SHOWN]:
            told = by_source.setdefault(claim.source or "the evidence", {"said": [], "denied": []})
            told["denied" if claim.negated else "said"].append(claim.text)
        more = f" and {len(self.evidence) - _SHOWN} more" if len(self.evidence) > _SHOWN else ""
        sources = " and ".join(
            f"{source} " + " but ".join(f"{verb} {', '.join(texts)}" for verb, texts in told.items() if texts)
            for source, told in by_source.items()
        )
        return f"{said}; {sources}{more}; {self._allows()}: {self.verdict}."

    def _stated(self) -> str:
        """The number as the claim states it: a denial says so ("not 40")."""
        if self.claim.negated:
            return f"not {self.claim.text} (it denies the figure)"
        return self.claim.text

    def _allows(self) -> str:
        if not self.allowed:
            # A score or a date is compared whole: there is no interval of values to tell.
            if self.relation == "contradicted" and all(c.negated for c in self.evidence):
                return "the evidence denies the figure"
            if self.relation in _COMPARED:
                return _COMPARED[self.relation]
            if all(c.sense in VAGUE_SENSES for c in self.evidence):
                return "the evidence speaks of it only in vague words"
            return "the evidence is in units that do not convert to the claim's"
        unit = f" {self.allowed[0].unit}" if self.allowed[0].unit else ""
        if self.verdict not in ("overstated", "understated"):
            return f"the evidence allows {' or '.join(self._piece(i) for i in self.allowed)}"
        highest, lowest = max(i.hi for i in self.allowed), min(i.lo for i in self.allowed)
        if self.claim.kind == "amount":
            if self.verdict == "overstated":
                return f"the evidence allows at most {_amount(highest)}{unit}"
            return f"the evidence allows at least {_amount(lowest)}{unit}"
        # A change is told by its size: "a fall of at most 1,600", not "at least -1,600".
        unchanged, _ = self._origin()
        fall = self.claim.literal.hi <= unchanged
        # The bound nearer no change is the least change; the farther one the most.
        least, most = (highest, lowest) if fall else (lowest, highest)
        bound, end = ("at most", most) if self.verdict == "overstated" else ("at least", least)
        return f"the evidence allows a {'fall' if fall else 'rise'} of {bound} {self._sizes(end, end, unit)}"

    def _piece(self, allowed: Interval) -> str:
        """One allowed interval; a change's, wholly one way, as the sizes of that rise or fall."""
        unchanged, _ = self._origin()
        finite = math.isfinite(allowed.lo) and math.isfinite(allowed.hi)
        one_way = finite and not allowed.lo < unchanged < allowed.hi
        if self.claim.kind == "amount" or allowed.is_empty or not one_way:
            return interval_text(allowed)
        unit = f" {allowed.unit}" if allowed.unit else ""
        fall = allowed.hi <= unchanged
        return f"a {'fall' if fall else 'rise'} of {self._sizes(allowed.lo, allowed.hi, unit)}"

    def _origin(self) -> tuple[float, float]:
        """A change's no change (a ratio's 1, a difference's 0) and the factor its sizes are told in
        (a ratio's factor 0.89 is a fall of 11 percent)."""
        return (1.0, 100.0) if self.claim.kind == "ratio" else (0.0, 1.0)

    def _sizes(self, lo: float, hi: float, unit: str) -> str:
        """The sizes of a change from ``lo`` to ``hi``: "1,400 to 1,600", "11%"."""
        unchanged, scale = self._origin()
        a, b = sorted(abs(end - unchanged) * scale for end in (lo, hi))
        unit = "%" if self.claim.kind == "ratio" else unit
        return f"{_amount(a)}{unit}" if a == b else f"{_amount(a)} to {_amount(b)}{unit}"


_COMPARED = {
    "entailed": "the evidence gives the same",
    "compatible": "the evidence gives it less precisely",
    "contradicted": "the evidence gives another",
}


def _amount(x: float) -> str:
    """A bound as people write it: 55,000; 2.5; inf."""
    if not math.isfinite(x):
        return str(x)
    rounded = float(f"{x:.6g}")
    return f"{rounded:,.0f}" if rounded.is_integer() else f"{rounded:,}"


def interval_text(interval: Interval) -> str:
    """An interval as the explanations write it: thousands separated, its unit after.

    Examples
    --------
    >>> from claimnum import Interval
    >>> interval_text(Interval(45_800, 54_200, "right"))
    '(45,800, 54,200]'
    """
    if interval.is_empty:
        return str(interval)
    left = "[" if interval.left_closed else "("
    right = "]" if interval.right_closed else ")"
    unit = f" {interval.unit}" if interval.unit else ""
    return f"{left}{_amount(interval.lo)}, {_amount(interval.hi)}{right}{unit}"
