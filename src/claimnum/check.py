"""Can these claims all be true?  Graded consistency, Marzullo's majority, pairwise overlap.

Every item is read as a trapezoid (:mod:`claimnum.trapezoids`): its literal
reading contains its support, which contains its core.  :func:`check` grades a
set of items by the best reading they all share, finds the majority
(:mod:`claimnum.majority`) and answers with a :class:`Consistency`, whose
views name the majority, the dissent, every pair's relation and the reasons.

Examples
--------
>>> from claimnum import Interval
>>> from claimnum.check import check
>>> result = check([Interval(10_000, 15_000, "right"), Interval(9_500, 12_500), Interval(11_000, 13_000)])
>>> result.verdict, result.interval
('consistent', [11000, 12500])
>>> check([Interval(2, 3, unit="week"), Interval(10, 15, unit="day")]).verdict
'consistent'
>>> check([Interval(1, 2, unit="week"), Interval(1, 2, unit="km")]).verdict
'incomparable'
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from claimnum import display
from claimnum.allen import allen
from claimnum.errors import InvalidArgumentError, UnitMismatchError
from claimnum.interval import Interval
from claimnum.majority import commons, conjunction, intersect, intersection, marzullo, tied_sets
from claimnum.trapezoids import (
    CORE,
    LITERAL,
    SUPPORT,
    Bools,
    Ends,
    Groups,
    Ints,
    Item,
    Trapezoidal,
    Trapezoids,
    as_items,
    build,
    describe,
    select,
)
from claimnum.units import Rates, checked_rates

__all__ = ["Consistency", "Ends", "Groups", "Item", "Trapezoidal", "Trapezoids", "Verdict", "check"]

Verdict = Literal["consistent", "compatible", "strained", "conflicting", "incomparable"]
"""The graded answer of :func:`check`, from best to worst."""

_LADDER: tuple[Verdict, ...] = ("consistent", "compatible", "strained", "conflicting")
_PAIRS_LIMIT = 2_000  # items; beyond this the pairwise table (n² rows) is refused
_EXPLAIN_PAIRS = 6  # items; up to this many, explain() also speaks of every pair


def verdicts(
    tz: Trapezoids, groups: Groups, common: tuple[Ends, Ends, Ends] | None = None
) -> NDArray[np.str_]:
    """Per group, the graded verdict: which reading is the best that all items share.

    Parameters
    ----------
    tz : Trapezoids
        The items, sorted by group.
    groups : Groups
        The groups of the items.
    common : tuple of Ends, optional
        :func:`~claimnum.majority.commons` of ``tz`` and ``groups`` when already computed.

    Returns
    -------
    ndarray of str
        Per group, ``"consistent"``, ``"compatible"``, ``"strained"`` or ``"conflicting"``.

    Examples
    --------
    >>> from claimnum import Interval
    >>> tz = Trapezoids.from_items([Interval(1, 2), Interval(3, 4)])
    >>> verdicts(tz, Groups.single(2)).tolist()
    ['conflicting']
    """
    common = common or commons(tz, groups)
    shared = [common[row].nonempty for row in (CORE, SUPPORT, LITERAL)]
    return np.select(shared, list(_LADDER[:3]), default=_LADDER[3])


@dataclass(frozen=True, slots=True, eq=False)
class Consistency:
    """The answer of :func:`check`: can these items all be true, and who dissents.

    Attributes
    ----------
    verdict : str
        ``"consistent"`` (the cores share a value), ``"compatible"`` (only the
        supports do), ``"strained"`` (only the literal readings do),
        ``"conflicting"`` (not even those) or ``"incomparable"`` (units that
        cannot be converted into one another).
    interval : Interval
        The values the majority shares: the intersection of its supports;
        empty when there is no majority (see :attr:`resolved`).
    degree : float
        ``sup_x min_i μ_i(x)`` over all items, 0 to 1: 1 when the cores share a
        value, 0 when the supports do not.
    unit : str or None
        The common unit everything was converted to.
    reason : str
        Why the items are incomparable (empty otherwise).

    Examples
    --------
    >>> from claimnum import Interval
    >>> from claimnum.check import check
    >>> result = check([Interval(1, 3), Interval(2, 4), Interval(9, 10)])
    >>> result.verdict, result.interval, len(result.majority), result.dissenting
    ('conflicting', [2, 3], 2, ([9, 10],))
    >>> tie = check([Interval(1, 2), Interval(5, 6)])  # one against one: no side taken
    >>> tie.resolved, tie.majority, tie.camps, tie.dissenting
    (False, (), (([1, 2],), ([5, 6],)), ())
    """

    verdict: Verdict
    interval: Interval
    degree: float
    unit: str | None
    reason: str
    _items: tuple[Any, ...] | pd.Index = field(repr=False)
    _majority: Bools = field(repr=False)
    _arrays: Trapezoids | None = field(repr=False)
    _labels: bool = field(repr=False)  # the items are a frame's row labels
    _rivals: Bools | None = field(repr=False, default=None)  # a camp as large as _majority: a tie

    @property
    def resolved(self) -> bool:
        """False when two largest sets of items are tied: no majority, no side taken.

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> check([Interval(1, 2), Interval(5, 6)]).resolved
        False
        """
        return self._rivals is None

    @property
    def camps(self) -> tuple[tuple[Any, ...] | pd.Index, ...]:
        """The largest sets of items whose supports share a value: the majority, or two tied camps.

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> check([Interval(1, 2), Interval(5, 6), Interval(1.5, 3)]).camps
        (([1, 2], [1.5, 3]),)
        """
        sets = (self._majority,) if self._rivals is None else (self._majority, self._rivals)
        return tuple(select(self._items, members) for members in sets)

    def _agreeing(self) -> Bools:
        """The items in some camp."""
        return self._majority if self._rivals is None else self._majority | self._rivals

    def _name(self, k: int) -> str:
        item = self._items[int(k)]
        return f"row {item!r}" if self._labels else describe(item)

    @property
    def consistent(self) -> bool:
        """True for ``"consistent"`` and ``"compatible"``.

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> check([Interval(1, 2), Interval(2, 3)]).consistent
        True
        """
        return self.verdict in ("consistent", "compatible")

    @property
    def majority(self) -> tuple[Any, ...] | pd.Index:
        """The items of the largest set whose supports share a value (row labels for a frame);
        none when two such sets are tied (see :attr:`camps`).

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> check([Interval(1, 2), Interval(5, 6), Interval(1.5, 3)]).majority
        ([1, 2], [1.5, 3])
        """
        return select(self._items, self._majority & self.resolved)

    @property
    def dissenting(self) -> tuple[Any, ...] | pd.Index:
        """The items outside the majority (outside both camps when they are tied).

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> check([Interval(1, 2), Interval(5, 6), Interval(1.5, 3)]).dissenting
        ([5, 6],)
        """
        return select(self._items, ~self._agreeing())

    @property
    def pairs(self) -> pd.DataFrame:
        """One row per pair of items: ``a``, ``b`` (the items), ``i``, ``j`` (their
        positions), ``relation`` (Allen relation of the supports), ``verdict``
        (pairwise) and ``overlap`` (the height of the intersection of the two
        trapezoids, 0 to 1).

        Built when asked for, vectorised; refused above 2,000 items.

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> check([Interval(1, 2), Interval(2, 3)]).pairs[["i", "j", "relation", "verdict", "overlap"]]
           i  j  relation verdict  overlap
        0  0  1  overlaps  consistent      1.0
        """
        columns = ["a", "b", "i", "j", "relation", "verdict", "overlap"]
        if self._arrays is None:
            return pd.DataFrame(columns=columns)
        n = self._arrays.n
        if n > _PAIRS_LIMIT:
            raise InvalidArgumentError(
                f"{n} items make {n * (n - 1) // 2} pairs; the pairwise table is built for up to "
                f"{_PAIRS_LIMIT} items: check a subset"
            )
        i, j = np.triu_indices(n, 1)
        return pd.DataFrame(
            {
                "a": [self._items[int(k)] for k in i],
                "b": [self._items[int(k)] for k in j],
                "i": i,
                "j": j,
                **_pair_columns(self._arrays, i, j),
            },
            columns=columns,
        )

    def explain(self) -> str:
        """A short account in words: the verdict, the majority, who dissents and why.

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> print(check([Interval(1, 3), Interval(2, 4)]).explain())
        consistent: the cores share [2, 3].
        [1, 3] and [2, 4] overlap on [2, 3]; their cores share [2, 3].
        """
        if self.verdict == "incomparable":
            return f"incomparable: {self.reason}"
        tz = self._arrays
        assert tz is not None
        lines = [f"{self.verdict}: {_verdict_sentence(self, tz)}"]
        if tz.n <= _EXPLAIN_PAIRS:
            lines += [_pair_sentence(tz, i, j, self._name) for i, j in itertools.combinations(range(tz.n), 2)]
        dissent = np.flatnonzero(~self._agreeing())
        outside = ", ".join(self._name(k) for k in dissent[:_EXPLAIN_PAIRS])
        more = f" and {dissent.size - _EXPLAIN_PAIRS} more" if dissent.size > _EXPLAIN_PAIRS else ""
        if self._rivals is not None:
            camps = " and ".join(
                f"{self._names(members)} share {_camp_interval(tz, members)}"
                for members in (self._majority, self._rivals)
            )
            lines.append(f"no majority: {camps}; no side is taken.")
            if dissent.size:
                lines.append(f"outside both: {outside}{more}.")
        elif dissent.size:
            lines.append(
                f"{int(self._majority.sum())} of {tz.n} share {self.interval}; outside it: {outside}{more}."
            )
        return "\n".join(lines)

    def _names(self, members: Bools) -> str:
        chosen = np.flatnonzero(members)
        names = ", ".join(self._name(k) for k in chosen[:_EXPLAIN_PAIRS])
        return names + (f" and {chosen.size - _EXPLAIN_PAIRS} more" if chosen.size > _EXPLAIN_PAIRS else "")

    def __repr__(self) -> str:
        return (
            f"Consistency(verdict={self.verdict!r}, interval={self.interval}, "
            f"majority={self._majority_text()}, degree={self.degree:.3g})"
        )

    def _majority_text(self) -> str:
        """ "2 of 3", or "none: 1 and 1 of 2 tied"."""
        size, n = int(self._majority.sum()), len(self._majority)
        if self._rivals is None:
            return f"{size} of {n}"
        return f"none: {size} and {int(self._rivals.sum())} of {n} tied"

    def __eq__(self, other: object) -> bool:
        """Equal when the verdicts, intervals, degrees, units, reasons, items and majorities are.

        Examples
        --------
        >>> from claimnum import Interval
        >>> from claimnum.check import check
        >>> check([Interval(1, 2), Interval(2, 3)]) == check([Interval(1, 2), Interval(2, 3)])
        True
        """
        if not isinstance(other, Consistency):
            return NotImplemented
        return (
            self._key() == other._key()
            and _same_items(self._items, other._items)
            and np.array_equal(self._majority, other._majority)
            and np.array_equal(self._agreeing(), other._agreeing())
        )

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[Any, ...]:
        degree = None if self.degree != self.degree else self.degree  # NaN equals NaN here
        return (
            self.verdict,
            self.interval,
            degree,
            self.unit,
            self.reason,
            self._labels,
            len(self._items),
            self.resolved,
        )

    def _repr_html_(self) -> str:
        head = display.span(self.verdict, f"claimnum-verdict claimnum-{self.verdict}")
        if self._rivals is None:
            agree = f"{int(self._majority.sum())} of {len(self._majority)} agree on "
            body = [display.span(agree, "claimnum-label"), self.interval._repr_html_()]
        else:
            body = [display.span(f"no majority ({self._majority_text()})", "claimnum-label")]
        dissent = [self._name(k) for k in np.flatnonzero(~self._agreeing())[:_EXPLAIN_PAIRS]]
        if dissent:
            body.append(display.span("; dissenting: " + "; ".join(dissent), "claimnum-dissent"))
        if self.reason:
            body.append(display.span(self.reason, "claimnum-reason"))
        return display.group(head + " " + "".join(body), "claimnum-consistency")


def _same_items(a: tuple[Any, ...] | pd.Index, b: tuple[Any, ...] | pd.Index) -> bool:
    if isinstance(a, pd.Index) or isinstance(b, pd.Index):
        return isinstance(a, pd.Index) and isinstance(b, pd.Index) and a.equals(b)
    return a == b


def _pair_columns(tz: Trapezoids, i: Ints, j: Ints) -> dict[str, NDArray[Any]]:
    """Relation, verdict and overlap of every pair (i, j), vectorised as groups of two."""
    index = np.stack([i, j], axis=1).ravel()
    groups = Groups(np.repeat(np.arange(i.size), 2), np.arange(0, 2 * i.size, 2))
    both = tz.take(index)
    valid = tz.valid
    relation = np.where(valid[i] & valid[j], allen(tz.take(i), tz.take(j)), "")
    return {
        "relation": relation,
        "verdict": verdicts(both, groups),
        "overlap": conjunction(both, groups).height,
    }


def _verdict_sentence(result: Consistency, tz: Trapezoids) -> str:
    everyone = Groups.single(tz.n)
    if result.verdict == "consistent":
        return f"the cores share {intersect(tz, CORE, everyone).interval(0, tz.unit)}."
    if result.verdict == "compatible":
        common = intersect(tz, SUPPORT, everyone).interval(0, tz.unit)
        return f"the supports share {common}, the cores share nothing (overlap {result.degree:.2f})."
    if result.verdict == "strained":
        common = intersect(tz, LITERAL, everyone).interval(0, tz.unit)
        return f"only the literal readings share a value, {common}."
    return "not even the literal readings share a value."


def _pair_sentence(tz: Trapezoids, i: int, j: int, name: Callable[[int], str]) -> str:
    a, b = name(i), name(j)
    pair = tz.take(np.array([i, j]))
    two = Groups.single(2)
    support = intersect(pair, SUPPORT, two)
    if not support.nonempty[0]:
        if not (tz.valid[i] and tz.valid[j]):
            return f"{a} and {b} share nothing (one is empty)."
        relation = str(allen(tz.take(np.array([i])), tz.take(np.array([j])))[0]).replace("_", " ")
        return f"{a} and {b} do not overlap ({a} {relation} {b})."
    sentence = f"{a} and {b} overlap on {support.interval(0, tz.unit)}"
    core = intersect(pair, CORE, two)
    if core.nonempty[0]:
        return f"{sentence}; their cores share {core.interval(0, tz.unit)}."
    return f"{sentence}; their cores do not (overlap {conjunction(pair, two).height[0]:.2f})."


def _camp_interval(tz: Trapezoids, members: Bools) -> Interval:
    """The values one camp's supports share."""
    chosen = tz.readings[SUPPORT].take(members)  # usually far fewer than all: cheaper than a mask
    return intersection(chosen, Groups.single(int(members.sum()))).interval(0, tz.unit)


def _majority_interval(tz: Trapezoids, count: int, members: Bools, everyone: Ends) -> Interval:
    """The values the majority's supports share (``everyone``: what all items share)."""
    if count == tz.n:
        return everyone.interval(0, tz.unit)
    if count == 0:
        return Interval.empty(tz.unit)
    return _camp_interval(tz, members)


def check(items: Iterable[Item] | pd.DataFrame, *, rates: Rates | None = None) -> Consistency:
    """Tell whether claims about one quantity can all be true, and who dissents.

    Parameters
    ----------
    items : iterable of Interval, Claim or Estimate, or a pandas DataFrame
        The claims.  A DataFrame has columns ``lo``, ``hi`` and optionally
        ``closed``, ``core_lo``, ``core_hi``, ``literal_lo``, ``literal_hi``,
        ``unit`` (see :meth:`Trapezoids.from_frame`); its row labels stand for
        the items.
    rates : mapping, optional
        Exchange rates (``{"SEK": 0.0911}``), needed to compare currencies.

    Returns
    -------
    Consistency
        The verdict, the Marzullo majority and its common interval, the
        dissenting items, the pairwise table and an explanation.

    Raises
    ------
    InvalidArgumentError
        For no items or a malformed frame.
    InvalidTypeError
        For an item that is not an Interval, Claim or Estimate, one item
        instead of a list of them, or ``rates`` that are not a mapping of
        currency codes to numbers.

    Notes
    -----
    Units that do not convert (weeks against kilometres, currencies without
    a rate) give the verdict ``"incomparable"``, never an exception.  The
    majority is found by Marzullo's sweep in O(n log n).  When two largest
    sets are tied (one source against one other) there is no majority, as for
    :func:`claimnum.combine`: ``resolved`` is False, ``majority`` and
    ``interval`` are empty, :attr:`Consistency.camps` holds the two sets and
    only items in neither dissent.

    Examples
    --------
    >>> from claimnum import Interval
    >>> from claimnum.check import check
    >>> check([Interval(1, 2), Interval(3, 4)]).verdict
    'conflicting'
    >>> check([Interval(10, 12, unit="USD"), Interval(100, 120, unit="SEK")], rates={"SEK": 0.1}).verdict
    'consistent'
    """
    source = as_items(items, "check()")
    rates = checked_rates(rates)
    is_frame = isinstance(items, pd.DataFrame)
    listed: tuple[Any, ...] | pd.Index = source.index if isinstance(source, pd.DataFrame) else source
    if len(listed) == 0:
        raise InvalidArgumentError("check() needs at least one item")
    try:
        tz = build(source, rates=rates)
    except UnitMismatchError as err:
        return incomparable(listed, err, labels=is_frame)
    return consistency(tz, listed, labels=is_frame)


def incomparable(
    listed: tuple[Any, ...] | pd.Index, error: UnitMismatchError, *, labels: bool = False
) -> Consistency:
    """The :class:`Consistency` of items whose units do not convert into one (``error`` says why).

    Parameters
    ----------
    listed : tuple or Index
        The items, by position (a frame's row labels).
    error : UnitMismatchError
        Why the units do not convert.
    labels : bool, default False
        Whether ``listed`` holds a frame's row labels.

    Returns
    -------
    Consistency
        Verdict ``"incomparable"``, an empty interval, the error's text as the reason.

    Examples
    --------
    >>> from claimnum import Interval
    >>> from claimnum.errors import UnitMismatchError
    >>> items = (Interval(1, 2, unit="week"), Interval(1, 2, unit="km"))
    >>> answer = incomparable(items, UnitMismatchError("weeks are no distance"))
    >>> answer.verdict, answer.reason, answer.interval
    ('incomparable', 'weeks are no distance', ∅)
    """
    return Consistency(
        "incomparable",
        Interval.empty(),
        0.0,
        None,
        str(error),
        listed,
        np.zeros(len(listed), dtype=bool),
        None,
        labels,
    )


def consistency(tz: Trapezoids, listed: tuple[Any, ...] | pd.Index, *, labels: bool = False) -> Consistency:
    """:func:`check` of items already built into arrays (``listed``: the items, by position).

    A caller that also combines the items (:func:`claimnum.group.make_group`) builds their arrays
    once for both.

    Parameters
    ----------
    tz : Trapezoids
        The items as arrays (at least one).
    listed : tuple or Index
        The items, by position (a frame's row labels).
    labels : bool, default False
        Whether ``listed`` holds a frame's row labels.

    Returns
    -------
    Consistency

    Examples
    --------
    >>> from claimnum import Interval
    >>> items = (Interval(1, 3), Interval(2, 4), Interval(9, 10))
    >>> answer = consistency(build(items), items)
    >>> answer.verdict, answer.interval, answer.dissenting
    ('conflicting', [2, 3], ([9, 10],))
    """
    everyone = Groups.single(tz.n)
    count, members = marzullo(tz, everyone)
    rivals = None
    if int(count[0]) < tz.n:  # everyone agreeing cannot tie
        tied, rightmost = tied_sets(tz, everyone, count, members)
        rivals = rightmost if tied[0] else None
    shared = commons(tz, everyone)
    if rivals is None:
        interval = _majority_interval(tz, int(count[0]), members, shared[SUPPORT])
    else:
        interval = Interval.empty(tz.unit)  # no majority: no values it shares
    return Consistency(
        verdict=str(verdicts(tz, everyone, shared)[0]),  # type: ignore[arg-type]
        interval=interval,
        degree=float(conjunction(tz, everyone, common=shared).height[0]),
        unit=tz.unit,
        reason="",
        _items=listed,
        _majority=members,
        _arrays=tz,
        _labels=labels,
        _rivals=rivals,
    )
