"""A group of claims that speak of one quantity: its check, estimate, verdict and label.

:func:`make_group` turns the claims the clustering put together into a
:class:`Group`: it checks them (:func:`claimnum.check`), in their measure's
unit ("Reid, 33," is read in years), combines them (:func:`claimnum.combine`)
and gives the verdict:

* ``"updated"`` for a running total (a cumulative measure) whose reports grow
  over time: the estimate is its latest state (:mod:`claimnum.evolution`);
* ``"single source"`` for claims of one source;
* otherwise check's verdict; when the claims conflict with no majority (one
  against one), the estimate spans them all and names no point; its agreement
  is still the share of the largest camp.  One source that gives figures with no
  majority is a ``"single source"`` whose estimate takes no side.

Examples
--------
>>> from claimnum.reconcile import reconcile
>>> reconcile({"a": "About 300 people came.", "b": "About 900 people came."})[0].verdict
'conflicting'
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimnum.check import Consistency, incomparable
from claimnum.check import consistency as checked
from claimnum.claim import Claim
from claimnum.combine import Estimate, combine, combined
from claimnum.errors import ClaimnumError, UnitMismatchError
from claimnum.evolution import latest_state, past_figures, stood_at, times_known
from claimnum.grouping import QuantityFrame, head_word, implied_unit, measured, named_by_measure
from claimnum.interval import Interval
from claimnum.report import (
    INCOMPARABLE,
    SINGLE_SOURCE,
    UPDATED,
    agreement_note,
    counted,
    estimate_text,
    group_html,
    listed,
    percent,
    table,
    verdict_note,
)
from claimnum.trapezoids import Trapezoids, build
from claimnum.units import Rates

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["Group", "make_group"]

_AGREED = ("consistent", "compatible")


@dataclass(frozen=True, slots=True, eq=False)
class Group:
    """Claims that speak of one quantity, with their verdict and combined estimate.

    Two groups are equal when their label, claims, times, verdict, reasons and
    estimate are.

    Attributes
    ----------
    label : str
        A readable name, unique within its :class:`Reconciliation`
        (``"deaths"``, ``"troops"``, ``"duration [week, day]"``).
    claims : tuple of Claim
        The claims, by source and position.
    check : Consistency
        Whether the claims can all be true (:func:`claimnum.check`).
    estimate : Estimate or None
        The claims combined (:func:`claimnum.combine`); for an updated running
        total, its latest state; ``None`` when they are incomparable
        (currencies without exchange rates): claimnum does not invent a number.
    why : tuple of str
        Why these claims were linked ("same measure: deaths"), or the caller's key.
    verdict : str
        :attr:`check`'s verdict (``"consistent"``, ``"compatible"``,
        ``"strained"``, ``"conflicting"``, ``"incomparable"``), or
        ``"single source"`` for claims of one source, or ``"updated"`` for a
        running total that grew over time.
    frames : tuple of QuantityFrame
        The quantity frame of every claim (:func:`claimnum.grouping.frame_of`).
    times : tuple
        The time of every claim's document (``None`` when not given).
    rates : tuple of (str, float)
        The exchange rates the group was checked with, as sorted pairs.

    Examples
    --------
    >>> from claimnum.reconcile import reconcile
    >>> docs = {"a": "The troops were not seen for 2 weeks.", "b": "They were not seen for 15 days."}
    >>> group = reconcile(docs).groups[0]
    >>> group.label, group.sources, group.verdict
    ('duration [week, day]', ('a', 'b'), 'consistent')
    """

    label: str
    claims: tuple[Claim, ...]
    check: Consistency
    estimate: Estimate | None
    why: tuple[str, ...]
    verdict: str
    frames: tuple[QuantityFrame, ...] = ()
    times: tuple[Any, ...] = ()
    rates: tuple[tuple[str, float], ...] = ()

    def _value(self) -> tuple[Any, ...]:
        estimate = self.estimate
        numbers = None if estimate is None else (estimate.interval, estimate.core, repr(estimate.point))
        return (self.label, self.claims, self.times, self.verdict, self.why, numbers, self.rates)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Group) and self._value() == other._value()

    def __hash__(self) -> int:
        return hash(self._value())

    @property
    def agreement(self) -> float:
        """The share of the claims that agree with the estimate, 0 to 1 (NaN without an estimate).

        It is the estimate's agreement (:attr:`claimnum.combine.Estimate.agreement`): for the
        majority, the share of the claims in its camp; with no majority (the largest camp holds
        at most half the claims), the share of the largest camp, although the estimate takes no
        side (one against one: 0.5; three figures that all disagree: 1/3).

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> texts = ["About 300 people came.", "Some 310 people came.", "About 900 people came."]
        >>> round(reconcile(dict(zip("abc", texts)))[0].agreement, 2)
        0.67
        """
        return math.nan if self.estimate is None else float(self.estimate.agreement)

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of the claims, in order of appearance.

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> reconcile({"a": "About 300 people came.", "b": "Some 290 people came."})[0].sources
        ('a', 'b')
        """
        return tuple(dict.fromkeys(c.source or "" for c in self.claims))

    @property
    def dissenters(self) -> tuple[Claim, ...]:
        """The claims outside the majority (none when incomparable, updated or without a majority).

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> texts = ["About 300 people came.", "Some 310 people came.", "About 900 people came."]
        >>> group = reconcile(dict(zip("abc", texts)))[0]
        >>> len(group.claims), [claim.source for claim in group.dissenters]
        (3, ['c'])
        """
        if self.verdict in (INCOMPARABLE, UPDATED) or self.estimate is None or not self.estimate.agreeing:
            return ()
        # check saw each claim in its measure's unit: find the claims as written
        out = {(c.source, c.start, c.end) for c in self.check.dissenting}
        return tuple(c for c in self.claims if (c.source, c.start, c.end) in out)

    @property
    def timeline(self) -> pd.DataFrame:
        """The group's history: one row per claim, by time (then source).

        Returns
        -------
        pandas.DataFrame
            Columns ``time``, ``source``, ``text``, ``value``, ``lo``, ``hi``
            (the claim's support) and ``unit``.

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> docs = {"a": ("2024-05-01", "The storm killed at least 3 people."),
        ...         "b": ("2024-05-02", "The death toll rose to 10.")}
        >>> group = reconcile(docs)[0]
        >>> group.verdict
        'updated'
        >>> group.timeline[["source", "text", "lo"]]
          source         text   lo
        0      a  at least 3  3.0
        1      b           10  ...
        """
        import pandas as pd

        rows = [
            {
                "time": time,
                "source": c.source or "",
                "text": c.text,
                "value": c.value,
                "lo": float(c.interval.lo),
                "hi": float(c.interval.hi),
                "unit": c.unit,
            }
            for c, time in zip(self.claims, self.times or [None] * len(self.claims), strict=True)
        ]
        frame = pd.DataFrame(rows, columns=["time", "source", "text", "value", "lo", "hi", "unit"])
        frame["time"] = pd.to_datetime(frame["time"])
        return frame.sort_values(["time", "source"], kind="stable", na_position="last").reset_index(drop=True)

    def explain(self) -> str:
        """Say in words why these claims form a group and what the verdict means.

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> print(reconcile({"a": "It killed 47.", "b": "52 died."})[0].explain())
        deaths: 2 claims from 2 sources, linked by same measure: deaths.
        Verdict: conflicting (agreement 50%). No majority: the estimate takes no side.
          a: 47 (deaths)
          b: 52 (deaths)
        """
        why = ", ".join(self.why) if self.why else "nothing (a group of one)"
        lines = [
            f"{self.label}: {counted(len(self.claims), 'claim')} from "
            f"{counted(len(self.sources), 'source')}, linked by {why}.",
            f"Verdict: {self.verdict}{agreement_note(self)}.{verdict_note(self)}",
        ]
        lines += [
            f"  {c.source or ''}: {c.text} ({frame.describe()})"
            for c, frame in zip(self.claims, self.frames or [None] * len(self.claims), strict=True)
            if frame is not None
        ]
        return "\n".join(lines)

    def plot(self, *, ax: Axes | None = None) -> Axes:
        """Draw the group: a forest plot, one row per claim, or a timeline when it was updated.

        Parameters
        ----------
        ax : matplotlib.axes.Axes, optional
            Where to draw; a new figure by default.

        Returns
        -------
        matplotlib.axes.Axes

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> from claimnum.reconcile import reconcile
        >>> group = reconcile(["Over 300 people came.", "About 320 people came."]).groups[0]
        >>> ax = group.plot(ax=Figure().subplots())
        >>> ax.get_title(loc="left")
        'come'
        """
        from claimnum.plot import forest, timeline

        rates = dict(self.rates) or None
        if self.verdict == UPDATED:
            return timeline(self.timeline, ax=ax, estimate=self.estimate, title=self.label)
        return forest(self.claims, ax=ax, estimate=self.estimate, rates=rates, title=self.label)

    def __str__(self) -> str:
        header = f"{self.label}: {self.verdict}"
        if not math.isnan(self.agreement):
            header += f", agreement {percent(self.agreement)}"
        if self.estimate is not None:
            header += f", estimate {estimate_text(self)}"
        if self.why:
            header += f"\n  linked by {', '.join(self.why)}"
        dissenters = set(self.dissenters)
        shown, hidden = listed(self.claims, dissenters)
        rows = [
            [c.source or "", c.text, str(c.interval), "dissents" if c in dissenters else ""] for c in shown
        ]
        more = f"\n  ... and {hidden} more claims" if hidden else ""
        return header + "\n" + table(rows, indent="  ") + more

    def _repr_html_(self) -> str:
        return group_html(self)


def make_group(
    claims: Sequence[Claim],
    frames: Sequence[QuantityFrame],
    times: Sequence[Any],
    why: tuple[str, ...],
    label: str | None,
    method: str | None,
    rates: Rates | None,
) -> Group:
    """Check and combine one group's claims and give its verdict.

    See the module notes; ``rates`` as :func:`claimnum.units.checked_rates` returns them.

    Parameters
    ----------
    claims : sequence of Claim
        The group's claims, in any order (the group orders them by time, source and place).
    frames : sequence of QuantityFrame
        The quantity frame of each claim (:func:`claimnum.grouping.frame_of`).
    times : sequence
        The time of each claim's document; None where not given.
    why : tuple of str
        Why the claims were linked.
    label : str or None
        The group's name; None names it from its claims.
    method : str or None
        The method of :func:`claimnum.combine`; None for its default.
    rates : dict of str to float or None
        Exchange rates, checked.

    Returns
    -------
    Group

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("About 300 people came.", source="a") + claimnum.extract(
    ...     "Nearly 310 people came.", source="b"
    ... )
    >>> frames = [frame_of(c) for c in claims]
    >>> group = make_group(claims, frames, [None, None], ("same measure",), "turnout", None, None)
    >>> group.label, group.verdict, group.sources
    ('turnout', 'consistent', ('a', 'b'))
    """
    order = sorted(range(len(claims)), key=lambda i: _claim_order(claims[i], times[i]))

    claims = [claims[i] for i in order]
    frames = [frames[i] for i in order]
    times = [times[i] for i in order]
    # the earlier figure a text names as its own revision's start ("rose to 52 from 47") is a past
    # state: checked and combined are the current reports only; an update reads it as a report
    # made just before its document's
    past = past_figures(claims, frames)
    current = [c for c, p in zip(claims, past, strict=True) if not p]
    items = tuple(_in_measure_unit(c, f) for c, f, p in zip(claims, frames, past, strict=True) if not p)
    # check and combine read the same arrays: built once (as check() and combine() would each build them)
    arrays: Trapezoids | None = None
    try:
        arrays = build(items, rates=rates)
    except UnitMismatchError as err:
        consistency = incomparable(items, err)
    else:
        consistency = checked(arrays, items)
    verdict = str(consistency.verdict)
    estimate: Estimate | None = None
    if arrays is not None and verdict != INCOMPARABLE:  # no number is invented for claims not compared
        estimate = combined(items, arrays) if method is None else combined(items, arrays, method=method)  # type: ignore[arg-type]
    n_sources = len({c.source for c in claims})
    grown = _grown(claims, frames, times, verdict, past)
    if grown is not None:
        verdict, estimate = UPDATED, grown
    else:
        if estimate is not None and _takes_a_side(verdict, estimate, consistency, len(current)):
            estimate = _no_side(current, estimate, len(consistency.camps[0]))
        if n_sources == 1 and verdict != INCOMPARABLE:  # no estimate is the more useful news
            verdict = SINGLE_SOURCE
    return Group(
        label if label is not None else _auto_label(claims, frames),
        tuple(claims),
        consistency,
        estimate,
        why,
        verdict,
        tuple(frames),
        tuple(times),
        tuple(sorted((rates or {}).items())),
    )


def _in_measure_unit(claim: Claim, frame: QuantityFrame) -> Claim:
    """The claim as check and combine see it: a pure number in its measure's unit ("33" -> years)."""
    unit = implied_unit(claim, frame.measure)
    if (claim.unit or None) == unit:
        return claim
    return dataclasses.replace(
        claim,
        unit=unit or "",
        interval=measured(claim.interval, claim, frame.measure),
        core=measured(claim.core, claim, frame.measure),
        literal=measured(claim.literal, claim, frame.measure),
    )


def _claim_order(claim: Claim, time: Any) -> tuple[int, Any, str, int]:
    """A group's claims: known times first, in order; then by source and position."""
    return (
        (0, time, claim.source or "", claim.start)
        if time is not None
        else (1, 0, claim.source or "", claim.start)
    )


def _grown(
    claims: Sequence[Claim],
    frames: Sequence[QuantityFrame],
    times: Sequence[Any],
    verdict: str,
    past: Sequence[bool],
) -> Estimate | None:
    """The latest state of a running total that grew over time, or ``None`` if it did not.

    Reports that conflict may fit one growing total; reports that agree still
    tell of growth when a later one writes a higher figure ("at least 47", then
    "52", then "nearly 60"): the latest state, not their common value, is the news.
    A ``past`` figure (:func:`claimnum.evolution.past_figures`) stood just before its
    document's time ("revised up to 15 from 10"); where it fits no growing total with
    the other reports (its real time is unknown), it is left out.
    """
    measured = [f for f in frames if f.measure is not None]  # an unmeasured figure joined its group's measure
    if verdict == INCOMPARABLE or not measured or not all(f.cumulative for f in measured):
        return None
    if not times_known(times):
        return None
    stood = stood_at(times, past)
    attempts: list[Sequence[int]] = [range(len(claims))]
    if any(past):
        attempts.append([i for i, p in enumerate(past) if not p])
    for kept in attempts:
        order = sorted(kept, key=lambda i: stood[i])
        grown = _grown_from([claims[i] for i in order], [stood[i] for i in order], verdict)
        if grown is not None:
            return grown
    return None


def _grown_from(claims: Sequence[Claim], times: Sequence[Any], verdict: str) -> Estimate | None:
    """:func:`_grown` of reports in time order."""
    converted = _in_one_unit(claims)
    if converted is None or len(set(times)) < 2:
        return None
    unit, intervals = converted
    if verdict in _AGREED and not _rose(claims, unit, times):
        return None
    state = latest_state(intervals, times)
    if state is None:
        return None
    latest = max(times)
    agreeing = tuple(c for c, t in zip(claims, times, strict=True) if t == latest)
    # what the latest reports say, at their written grain (those in the state's unit: a restatement
    # in another, "11,000 acres, or about 4,450 hectares", says it again)
    written = [c for c in agreeing if (c.unit or None) == state.unit]
    now = combine(written).point if written else math.nan
    if now in state:
        point = now
    else:
        point = state.mid if math.isfinite(state.lo) and math.isfinite(state.hi) else state.lo
    return Estimate(
        interval=state,
        core=state,
        literal=state,
        point=point,
        agreement=1.0,
        agreeing=agreeing,
        dissenting=(),
        method="latest",
    )


def _in_one_unit(claims: Sequence[Claim]) -> tuple[str | None, list[Interval]] | None:
    """The unit most of the claims write (the first by name on a tie) and their supports in it, or
    ``None`` when one does not convert to it without rates (currencies)."""
    counts = Counter(c.unit or "" for c in claims)
    unit = min(counts, key=lambda u: (-counts[u], u)) or None
    try:
        return unit, [c.interval if (c.unit or None) == unit else c.interval.to(unit) for c in claims]
    except ClaimnumError:
        return None


def _rose(claims: Sequence[Claim], unit: str | None, times: Sequence[Any]) -> bool:
    """Whether a later report writes a higher figure than an earlier one (claims in time order;
    the figures compared in ``unit``, to which every claim converts)."""
    earlier = current = math.inf  # the lowest figure written before the current time, and at it
    now = None
    for claim, time in zip(claims, times, strict=True):
        if time != now:
            earlier, current, now = min(earlier, current), math.inf, time
        if claim.value is not None:
            value = Interval.point(claim.value, unit=claim.unit or None).to(unit).lo
            if value > earlier:
                return True
            current = min(current, value)
    return False


def _takes_a_side(verdict: str, estimate: Estimate, consistency: Consistency, n: int) -> bool:
    """Whether an estimate sides with some claims in a conflict that has no majority.

    No majority: the largest set of claims that agree is no more than half (one
    against one, two against two).  An empty estimate (``method="intersection"``)
    sides with nobody already.
    """
    if verdict in (*_AGREED, INCOMPARABLE, SINGLE_SOURCE) or estimate.interval.is_empty:
        return False
    return 2 * len(consistency.camps[0]) <= n  # the largest set, tied or not, of the n claims


def _no_side(claims: Sequence[Claim], estimate: Estimate, largest: int) -> Estimate:
    """Claims in conflict with no majority: the estimate spans them all and names no point; its
    agreement is the share of the ``largest`` camp (as ``combine(method="marzullo")`` tells it)."""
    first = claims[0]
    same = [c.interval for c in claims if c.unit == first.unit]  # the first claim among them
    lowest = min(same, key=lambda iv: (iv.lo, not iv.left_closed))
    highest = max(same, key=lambda iv: (iv.hi, iv.right_closed))
    hull = lowest | highest  # the hull of them all, from its two ends
    return Estimate(
        interval=hull,
        core=Interval.empty(hull.unit),
        literal=hull,
        point=math.nan,
        agreement=largest / len(claims),
        agreeing=(),
        dissenting=tuple(claims),
        method=estimate.method,
    )


def _auto_label(claims: Sequence[Claim], frames: Sequence[QuantityFrame]) -> str:
    """Name a group: its measure (or event), the counted thing as written, its time, its units.

    "deaths", "buildings damaged (homes)", "deaths, 2004, background", "aid [USD, SEK]".
    """
    first = frames[0]
    what = (first.measure or first.topic or "").replace("_", " ")
    shared = first.entity if all(f.entity == first.entity for f in frames) else None
    head = next((head_word(c.subject) for c in claims if shared is not None and c.subject), None)
    if head and shared != "person" and not named_by_measure(shared, first.measure):
        what = f"{what} ({head})" if what else head
    if first.anchor and all(f.anchor == first.anchor for f in frames):
        what += f", {first.anchor}"
    if first.background:
        what += ", background"
    if not what:
        return claims[0].text  # nothing known but the words themselves, units included
    units = ["ratio"] if first.kind == "ratio" else list(dict.fromkeys(c.unit for c in claims if c.unit))
    return f"{what} [{', '.join(units)}]" if units and first.dimension != "percent" else what
