"""``Claim``: one numeric claim found in a text, with its reading as intervals.

A claim keeps what the text wrote (``text``, ``qualifier``, ``value`` as
written, ``unit``), where (``start``, ``end``, ``sentence``, ``source``), what
it is about (``subject``, ``predicate``), how to read it (``sense``, ``kind``)
and the three nested intervals of its reading: ``literal`` ⊇ ``interval``
(the support) ⊇ ``core``.

Examples
--------
>>> import claimnum
>>> [claim] = claimnum.extract("Officials said more than 300 homes were flooded.")
>>> claim
Claim('more than 300', over, (300, 450], subject='homes', predicate='flooded')
>>> claim.literal
(300, inf)
>>> claim.to_dict()["hi"]
450.0
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from claimnum import display
from claimnum.interval import Interval

__all__ = ["Claim", "Kind"]

Kind = Literal["amount", "ratio", "difference"]
"""``"amount"`` (a level, count or share), ``"ratio"`` (new/old) or ``"difference"`` (new - old)."""


@dataclass(frozen=True, slots=True)
class Claim:
    """A numeric claim as a text makes it, read as intervals.

    Parameters
    ----------
    text : str
        The claim as written, qualifier included ("over 10,000", "halved").
    start, end : int
        Offsets in the document: ``document[start:end] == text``.
    sentence : str
        The sentence the claim stands in.
    source : str or None
        Where the document comes from, as the caller named it.
    value : float or None
        The number as written, in ``unit``; ``None`` for ranges and vague words.
    values : tuple of float
        All numbers as written (two for a range, none for "dozens").
    unit : str
        Canonical unit ("week", "USD", "percent"); ``""`` for a pure number.  For a
        relative change (``kind == "ratio"``: "rose by 30%", "halved") it is the unit
        the change was written in ("percent", or ``""`` for a word), while the
        readings are the ratio new/old and have no unit.
    subject : str or None
        What is counted or measured ("North Korean soldiers").
    qualifier : str or None
        The qualifying words as written ("an estimated", "between ... and").
    sense : str
        The qualifier's meaning ("over", "approximate", "range", "dozens").
    kind : {"amount", "ratio", "difference"}
        A level or count, a relative change (new/old) or an absolute one (new - old).
    predicate : str or None
        What happened to the subject ("deployed", "killed or injured").
    interval, core, literal : Interval
        The support, the most plausible values and the strict logical reading.
    measure : str or None
        What the number measures ("deaths", "magnitude", "revenue"), from the
        measure lexicon (:mod:`claimnum.measures`); ``None`` when unknown.
    negated : bool
        Whether the claim stands in a negated clause ("there is not a $2 trillion error").
    sentence_offset : int or None
        Where ``text`` starts in ``sentence``, as extraction found it: a sentence may
        write the same text twice ("one count of murder and one count of attempted
        murder").  ``None`` for a claim built without it; read it by
        :attr:`sentence_at`, which falls back on the first place the sentence holds the text.

    Examples
    --------
    >>> import claimnum
    >>> halved, months = claimnum.extract("Their ranks were halved within three months.")
    >>> halved.kind, halved.core
    ('ratio', [0.45, 0.55])
    >>> months.sense, months.unit, months.literal
    ('within', 'month', [0, 3] month)
    """

    text: str
    start: int
    end: int
    sentence: str
    source: str | None
    value: float | None
    values: tuple[float, ...]
    unit: str
    subject: str | None
    qualifier: str | None
    sense: str
    kind: Kind
    predicate: str | None
    interval: Interval
    core: Interval
    literal: Interval
    measure: str | None = None
    negated: bool = False
    sentence_offset: int | None = None

    @property
    def sentence_at(self) -> int:
        """Where the claim's text starts in its sentence; -1 when the sentence does not hold it.

        The offset extraction recorded (:attr:`sentence_offset`) when the sentence holds
        the text there, else the first place it does (a claim built by hand).

        Examples
        --------
        >>> import claimnum
        >>> first, second = claimnum.extract("Lopez, 20, and Ruiz, 20, were held.")
        >>> first.sentence_at, second.sentence_at
        (7, 21)
        """
        at = self.sentence_offset
        if at is not None and at >= 0 and self.sentence.startswith(self.text, at):
            return at
        return self.sentence.find(self.text)

    def __repr__(self) -> str:
        how = self.sense if self.kind == "amount" else f"{self.sense} {self.kind}"
        parts = [repr(self.text), how, repr(self.interval.legible())]
        parts += [
            f"{name}={getattr(self, name)!r}"
            for name in ("subject", "predicate", "negated")
            if getattr(self, name)
        ]
        return f"Claim({', '.join(parts)})"

    def _repr_html_(self) -> str:
        """The sentence with the claim highlighted and its reading as a tooltip."""
        tip = f"{self.sense} · {self.kind} · support {self.interval!r} · core {self.core!r}"
        if self.subject:
            tip += f" · {self.subject}"
        if self.measure:
            tip += f" · measure {self.measure}"
        if self.negated:
            tip += " · negated: the text says this is not so"
        at = self.sentence_at
        if at < 0:  # a caller-built claim whose sentence does not hold its text
            return display.group(display.span(self.text, "claimnum-claim", title=tip), "claimnum-sentence")
        before, after = self.sentence[:at], self.sentence[at + len(self.text) :]
        inner = (
            display.span(before, "claimnum-context")
            + f"<mark>{display.span(self.text, 'claimnum-claim', title=tip)}</mark>"
            + display.span(after, "claimnum-context")
        )
        return display.group(inner, "claimnum-sentence")

    def to_dict(self) -> dict[str, Any]:
        """Return the claim as a flat dict of plain values.

        Intervals become ``lo``, ``hi``, ``closed`` (the support), ``core_*``
        and ``literal_*``, as in :func:`claimnum.extract_frame`, whose rows
        add the document's label (``doc``) and leave out ``values`` (a list).

        Examples
        --------
        >>> import claimnum
        >>> [claim] = claimnum.extract("It rained for 3 days.")
        >>> row = claim.to_dict()
        >>> {k: row[k] for k in ("text", "value", "values", "unit", "sense", "closed")}
        {'text': '3 days', 'value': 3.0, 'values': [3.0], 'unit': 'day', 'sense': 'bare', 'closed': 'both'}
        >>> row["lo"] <= 3.0 <= row["hi"]
        True
        """
        row: dict[str, Any] = {
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "values": list(self.values),
            "unit": self.unit,
            "subject": self.subject,
            "qualifier": self.qualifier,
            "sense": self.sense,
            "kind": self.kind,
            "predicate": self.predicate,
            "measure": self.measure,
            "negated": self.negated,
        }
        for prefix, interval in (("", self.interval), ("core_", self.core), ("literal_", self.literal)):
            row[f"{prefix}lo"] = float(interval.lo)
            row[f"{prefix}hi"] = float(interval.hi)
            row[f"{prefix}closed"] = interval.closed
        row["sentence"] = self.sentence
        row["sentence_at"] = self.sentence_at
        return row
