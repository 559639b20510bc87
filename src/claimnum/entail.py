"""Does one statement of a number imply another?  Graded entailment between claims.

:func:`check` asks whether claims *can all be true*; a fact-checker also asks
whether one *implies* another: "over 600" implies "over 500", "about 12,000"
does not imply "over 12,000".  The answer is graded, from the premise's
support (every value a listener accepts from it) and the hypothesis's literal
reading (every value its words allow):

``"entailed"``
    the premise's support lies inside the hypothesis's literal reading;
``"contradicted"``
    the two share no value;
``"compatible"``
    they share values, but the premise also allows values the hypothesis rules out;
``"incomparable"``
    units that do not convert (currencies without ``rates``), or an empty
    reading: nothing to compare.

The premise is read by its support, not its literal reading, because a
careful reader takes "over 600" to mean at most a few hundred more, and so to
say something about "under 2,000"; the hypothesis is read literally, because a
claim is borne out by any value its words allow.

A negated claim (:attr:`Claim.negated`, "there were not 5,000 people") states
that the value lies *outside* its literal reading, within the quantity's
domain: the non-negative numbers when neither reading reaches below zero (a
number written without a sign counts or measures), all numbers otherwise.
The relation is computed on those sets exactly, so negating the hypothesis
swaps "entailed" and "contradicted".

Examples
--------
>>> import claimnum
>>> claimnum.entails("over 600 people", "over 500 people")
'entailed'
>>> claimnum.entails("about 12,000 people", "over 12,000 people")
'compatible'
>>> claimnum.entails("about 15,000 people", "more than 60,000 people")
'contradicted'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias, cast

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum.errors import InvalidArgumentError, InvalidTypeError
from claimnum.trapezoids import LITERAL, SUPPORT, Ends, Floats, Item, Trapezoids, build
from claimnum.units import Rates, comparable

__all__ = ["Relation", "Relations", "entailment", "entails", "relate"]

Relation = Literal["entailed", "compatible", "contradicted", "incomparable"]
"""The graded answer of :func:`entails`."""

Side = Literal["above", "below", ""]
"""Where a contradicted hypothesis lies: above or below all the premise allows, or neither."""

Pairs: TypeAlias = "Sequence[Item | str] | pd.DataFrame"
"""Premises or hypotheses: a sequence of items (or claim texts), or a frame as :func:`check` takes."""

_INF = np.inf
Ints: TypeAlias = NDArray[np.int8]
Bools: TypeAlias = NDArray[np.bool_]


# ------------------------------------------------------------------------------------------ cuts


@dataclass(frozen=True, slots=True)
class _Cuts:
    """Intervals as their two cuts: ``(lo, ls)`` and ``(hi, hs)``, ``s`` = 1 for "just after".

    A closed lower end ``[x`` cuts just before ``x`` (0), an open one just after
    it (1); a closed upper end ``x]`` cuts just after ``x`` (1), an open one just
    before (0).  Set relations are then comparisons of cuts.
    """

    lo: Floats
    ls: Ints
    hi: Floats
    hs: Ints

    @classmethod
    def of(cls, ends: Ends) -> _Cuts:
        return cls(ends.lo, (~ends.lc).astype(np.int8), ends.hi, ends.rc.astype(np.int8))

    @property
    def nonempty(self) -> Bools:
        return _lt(self.lo, self.ls, self.hi, self.hs)

    def within(self, start: Floats, start_side: Ints) -> _Cuts:
        """The part from the lower cut ``(start, start_side)`` on (the quantity's domain)."""
        below = _lt(self.lo, self.ls, start, start_side)
        return _Cuts(np.where(below, start, self.lo), np.where(below, start_side, self.ls), self.hi, self.hs)


def _lt(x: Floats, s: Ints, y: Floats, t: Ints) -> Bools:
    result: Bools = (x < y) | ((x == y) & (s < t))
    return result


def _le(x: Floats, s: Ints, y: Floats, t: Ints) -> Bools:
    result: Bools = (x < y) | ((x == y) & (s <= t))
    return result


def _inside(a: _Cuts, b: _Cuts) -> Bools:
    """``a ⊆ b`` (true for an empty ``a``)."""
    return ~a.nonempty | (_le(b.lo, b.ls, a.lo, a.ls) & _le(a.hi, a.hs, b.hi, b.hs))


def _apart(a: _Cuts, b: _Cuts) -> Bools:
    """``a ∩ b = ∅``."""
    result: Bools = ~a.nonempty | ~b.nonempty | _le(a.hi, a.hs, b.lo, b.ls) | _le(b.hi, b.hs, a.lo, a.ls)
    return result


def _covers(a: _Cuts, b: _Cuts, start: Floats, start_side: Ints) -> Bools:
    """``a ∪ b`` holds the whole domain, from the lower cut ``(start, start_side)`` to infinity."""

    def alone(x: _Cuts) -> Bools:
        result: Bools = x.nonempty & _le(x.lo, x.ls, start, start_side) & (x.hi == _INF)
        return result

    joined = (
        a.nonempty & b.nonempty & ~_lt(a.hi, a.hs, b.lo, b.ls) & ~_lt(b.hi, b.hs, a.lo, a.ls)
    )  # no gap between them
    reaches = _le(a.lo, a.ls, start, start_side) | _le(b.lo, b.ls, start, start_side)
    together = joined & reaches & ((a.hi == _INF) | (b.hi == _INF))
    covered: Bools = alone(a) | alone(b) | together
    return covered


def _hull(cuts: _Cuts, negated: Bools, start: Floats) -> tuple[Floats, Floats]:
    """The lowest and highest value of each set: the interval, or the domain outside it."""
    open_below = cuts.lo > start
    lo = np.where(negated, np.where(open_below, start, cuts.hi), cuts.lo)
    hi = np.where(negated, np.where(cuts.hi < _INF, _INF, cuts.lo), cuts.hi)
    return lo, hi


# ------------------------------------------------------------------------------------- relation


@dataclass(frozen=True, slots=True)
class Relations:
    """The relation of each premise to its hypothesis, and where a contradicted one lies.

    Attributes
    ----------
    relation : numpy.ndarray of str
        ``"entailed"``, ``"compatible"``, ``"contradicted"`` or ``"incomparable"``.
    side : numpy.ndarray of str
        For a contradicted pair, ``"above"`` when the hypothesis lies above all
        the premise allows, ``"below"`` when below, ``""`` when the premise
        allows values on both sides of it; ``""`` for every other pair.
    unit : numpy.ndarray of object
        The unit each pair was compared in (``None`` for pure numbers and
        incomparable pairs).

    Examples
    --------
    >>> from claimnum import Interval
    >>> r = relate([Interval(10, 20)], [Interval(30, 40)])
    >>> r.relation.tolist(), r.side.tolist()
    (['contradicted'], ['above'])
    """

    relation: NDArray[np.str_]
    side: NDArray[np.str_]
    unit: NDArray[Any]


def _kernel(premise: Trapezoids, hypothesis: Trapezoids, neg_p: Bools, neg_h: Bools) -> tuple[Any, Any]:
    """Relation and side of each pair, both in one unit, on arrays."""
    support = _Cuts.of(premise.readings[SUPPORT])
    said = _Cuts.of(premise.readings[LITERAL])
    claimed = _Cuts.of(hypothesis.readings[LITERAL])
    # The domain: non-negative unless a reading reaches below zero.
    signed = (said.lo < 0) | (claimed.lo < 0) | (support.lo < 0)
    start = np.where(signed, -_INF, 0.0)
    start_side = signed.astype(np.int8)  # -inf is an open end
    claimed_here = claimed.within(start, start_side)
    said_all = _covers(said, said, start, start_side)
    claimed_all = _covers(claimed, claimed, start, start_side)

    entailed = np.select(
        [~neg_p & ~neg_h, ~neg_p & neg_h, neg_p & ~neg_h],
        [_inside(support, claimed), _apart(support, claimed), _covers(said, claimed, start, start_side)],
        default=_inside(claimed_here, said),
    )
    contradicted = np.select(
        [~neg_p & ~neg_h, ~neg_p & neg_h, neg_p & ~neg_h],
        [_apart(support, claimed), _inside(support, claimed), _inside(claimed_here, said)],
        default=_covers(said, claimed, start, start_side),
    )
    # Nothing to compare when the premise allows no value or the hypothesis claims none.
    valid = np.where(neg_p, ~said_all, support.nonempty) & np.where(neg_h, ~claimed_all, claimed.nonempty)
    relation = np.select(
        [~valid, entailed, contradicted], ["incomparable", "entailed", "contradicted"], default="compatible"
    )
    outside_lo, outside_hi = _hull(said, neg_p, start)
    p_lo, p_hi = np.where(neg_p, outside_lo, support.lo), np.where(neg_p, outside_hi, support.hi)
    h_lo, h_hi = _hull(claimed, neg_h, start)
    side = np.select(
        [relation != "contradicted", h_lo >= p_hi, h_hi <= p_lo], ["", "above", "below"], default=""
    )
    return relation, side


# ---------------------------------------------------------------------------------------- inputs


def _listed(items: Pairs, name: str) -> Sequence[Item] | pd.DataFrame:
    """The items as a frame or a tuple, texts read as their one claim."""
    if isinstance(items, pd.DataFrame):
        return items
    if isinstance(items, str | bytes) or not isinstance(items, Sequence | pd.Series):
        raise InvalidTypeError(
            f"{name} must be a sequence of items or a DataFrame, got {type(items).__name__}"
        )
    return tuple(_one_claim(item, name) if isinstance(item, str) else item for item in items)


def _one_claim(text: str, name: str) -> Item:
    from claimnum.extract import extract

    claims = extract(text)
    if len(claims) != 1:
        raise InvalidArgumentError(
            f"{name}: {text!r} holds {len(claims)} numeric claims; entailment compares one with one "
            "(pass the Claim you mean, or use claimnum.verify for whole sentences)"
        )
    return claims[0]


def _column(items: Sequence[Item] | pd.DataFrame, name: str, default: str | bool) -> NDArray[Any]:
    """A field of every item (``unit`` or ``negated``), from a frame's column or the items."""
    if isinstance(items, pd.DataFrame):
        if name not in items.columns:
            return np.full(len(items), default, dtype=object)
        return items[name].fillna(default).to_numpy(dtype=object)
    return np.array([getattr(item, name, default) for item in items], dtype=object)


def _arrays(items: Sequence[Item] | pd.DataFrame, index: NDArray[np.intp]) -> Sequence[Item] | pd.DataFrame:
    if isinstance(items, pd.DataFrame):
        return items.iloc[index]
    return [items[i] for i in index.tolist()]


def _stacked(
    left: Sequence[Item] | pd.DataFrame, right: Sequence[Item] | pd.DataFrame, rates: Rates | None
) -> Trapezoids:
    if isinstance(left, pd.DataFrame) and isinstance(right, pd.DataFrame):
        return build(pd.concat([_complete(left), _complete(right)], ignore_index=True), rates=rates)
    if isinstance(left, pd.DataFrame) or isinstance(right, pd.DataFrame):
        raise InvalidTypeError("premises and hypotheses must both be frames or both be sequences")
    return build([*left, *right], rates=rates)


def _complete(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame's readings with every column spelled out (a missing reading is the support), so
    that two frames with different columns stack."""

    def given(name: str, default: object) -> object:
        return frame[name] if name in frame.columns else default

    filled = {
        "lo": frame["lo"],
        "hi": frame["hi"],
        "closed": given("closed", "both"),
        "unit": given("unit", ""),
    }
    for prefix in ("core_", "literal_"):
        own = f"{prefix}lo" in frame.columns  # as Trapezoids.from_frame reads a reading
        for column in ("lo", "hi"):
            filled[prefix + column] = frame[prefix + column] if own else frame[column]
        filled[f"{prefix}closed"] = given(f"{prefix}closed", "both") if own else filled["closed"]
    return pd.DataFrame(filled, index=frame.index)


def relate(premises: Pairs, hypotheses: Pairs, *, rates: Rates | None = None) -> Relations:
    """The relation of each premise to the hypothesis at the same position, on arrays.

    Pairs are sorted by their two units; each kind of pair is converted to one
    unit and related in one vectorised pass, so a million pairs cost a few
    array operations per kind of pair.

    Parameters
    ----------
    premises, hypotheses : sequence of Interval, Claim, Estimate or str, or DataFrame
        Of equal length.  A text stands for its one numeric claim.  A frame
        has the columns :func:`claimnum.check` reads, and optionally
        ``negated`` (bool).
    rates : mapping, optional
        Exchange rates, to relate amounts in different currencies.

    Returns
    -------
    Relations

    Raises
    ------
    InvalidArgumentError
        Sequences of different lengths, a text without exactly one claim.
    InvalidTypeError
        An item that is no Interval, Claim, Estimate or text.

    Examples
    --------
    >>> from claimnum import Interval
    >>> relate([Interval(2, 3, unit="week")], [Interval(10, 30, unit="day")]).relation.tolist()
    ['entailed']
    """
    left, right = _listed(premises, "premises"), _listed(hypotheses, "hypotheses")
    n = len(left)
    if len(right) != n:
        raise InvalidArgumentError(
            f"{n} premises but {len(right)} hypotheses: pass one hypothesis per premise"
        )
    relation = np.full(n, "incomparable", dtype="<U12")
    side = np.full(n, "", dtype="<U5")
    unit = np.full(n, None, dtype=object)
    neg_p = _column(left, "negated", False).astype(bool)
    neg_h = _column(right, "negated", False).astype(bool)
    kinds = pd.DataFrame({"p": _column(left, "unit", ""), "h": _column(right, "unit", "")}).fillna("")
    for key, indices in kinds.groupby(["p", "h"], sort=False).indices.items():
        p_unit, h_unit = cast(tuple[str, str], key)
        where = np.asarray(indices, dtype=np.intp)
        if not comparable(p_unit or None, h_unit or None, rates=rates):
            continue
        tz = _stacked(_arrays(left, where), _arrays(right, where), rates)
        k = where.size
        first, second = np.arange(k), np.arange(k, 2 * k)
        relation[where], side[where] = _kernel(tz.take(first), tz.take(second), neg_p[where], neg_h[where])
        unit[where] = tz.unit
    return Relations(relation, side, unit)


def entailment(premises: Pairs, hypotheses: Pairs, *, rates: Rates | None = None) -> NDArray[np.str_]:
    """The graded entailment of many pairs at once: :func:`entails`, vectorised.

    Parameters
    ----------
    premises, hypotheses : sequence of Interval, Claim, Estimate or str, or DataFrame
        Of equal length, paired by position; frames as :func:`claimnum.check`
        takes them, with an optional ``negated`` column.
    rates : mapping, optional
        Exchange rates.

    Returns
    -------
    numpy.ndarray of str
        One relation per pair.

    Examples
    --------
    >>> import pandas as pd
    >>> from claimnum.entail import entailment
    >>> premises = pd.DataFrame({"lo": [600.0, 11_000.0], "hi": [900.0, 13_000.0]})
    >>> hypotheses = pd.DataFrame({"lo": [500.0, 12_000.0], "hi": [float("inf")] * 2,
    ...                            "closed": ["neither", "neither"]})
    >>> entailment(premises, hypotheses).tolist()
    ['entailed', 'compatible']
    """
    return relate(premises, hypotheses, rates=rates).relation


def entails(premise: Item | str, hypothesis: Item | str, *, rates: Rates | None = None) -> Relation:
    """Tell whether a premise implies a hypothesis about the same quantity: a graded answer.

    Parameters
    ----------
    premise, hypothesis : Interval, Claim, Estimate or str
        What is known and what is claimed.  A text stands for its one numeric
        claim.
    rates : mapping, optional
        Exchange rates, to relate amounts in different currencies.

    Returns
    -------
    {"entailed", "compatible", "contradicted", "incomparable"}
        ``"entailed"`` when the premise's support lies inside the hypothesis's
        literal reading, ``"contradicted"`` when they share no value,
        ``"compatible"`` otherwise; ``"incomparable"`` for units that do not
        convert or an empty reading.

    Raises
    ------
    InvalidArgumentError
        A text without exactly one numeric claim.
    InvalidTypeError
        Something that is no Interval, Claim, Estimate or text.

    Notes
    -----
    Every item entails itself; widening the hypothesis never loses an
    entailment nor gains a contradiction; no pair is both entailed and
    contradicted.  Negated claims are read as the values outside their
    literal reading (see the module notes).

    Examples
    --------
    >>> import claimnum
    >>> claimnum.entails("12,000 people", "about 12,000 people")
    'entailed'
    >>> claimnum.entails("over 10,000 people", "about 12,000 people")
    'compatible'
    >>> claimnum.entails(claimnum.Interval(1, 2, unit="week"), claimnum.Interval(1, 2, unit="km"))
    'incomparable'
    """
    relation: Relation = relate([premise], [hypothesis], rates=rates).relation[0].item()
    return relation
