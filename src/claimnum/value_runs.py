"""Cluster one block's claims by their values: runs of overlapping supports, cannot-links, tolerances.

The third step of :func:`claimnum.clustering.cluster`: in order of value, claims whose
supports overlap form runs; a run is split where one document gives two different values
without marking a revision (a cannot-link), and neighbouring clusters merge while their
figures stay within the measure's tolerance ("about 15,000" by the police and "more than
60,000" by the organisers are one crowd); a vague size ("tens of thousands") never
stretches that span.  A current running total (deaths, arrests) told by many texts is one
quantity however far its figures lie within the measure's tolerance: a text's lone figure joins
the cluster told by most texts, never one made only by another text's second figure.
Linear after one sort, and ordered by content, never by document.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from claimnum.claim import Claim
from claimnum.errors import UnitMismatchError
from claimnum.grouping import QuantityFrame, measured, tolerance
from claimnum.interval import _CLOSED, Interval
from claimnum.measure_lexicon import measures, rough_dollars
from claimnum.units import currency_of

__all__ = ["by_value", "content_key", "in_one_unit", "log_size", "reach_of"]

_PEOPLE_REACH = 3.0  # orders of magnitude a current running total of people may span across texts


def log_size(interval: Interval) -> float:
    """The order of magnitude of an interval's middle (an open end: the other), ``-inf`` for zero.

    Examples
    --------
    >>> log_size(Interval(900, 1100))
    3.0
    """
    lo, hi = float(interval.lo), float(interval.hi)
    x = hi if not math.isfinite(lo) else lo if not math.isfinite(hi) else (lo + hi) / 2
    return math.log10(abs(x)) if x and math.isfinite(x) else -math.inf


def in_one_unit(
    members: Sequence[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]
) -> tuple[dict[int, Interval], bool]:
    """The members' supports in one unit (the first by name), and whether that is exact.

    Currencies without rates are put in rough dollars (:func:`claimnum.measure_lexicon.rough_dollars`):
    good enough to tell £1.7m from £88m, never to compare figures, so ``False`` comes back.

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = claimnum.extract("It fell 60 metres (200 feet).")
    >>> supports, exact = in_one_unit([0, 1], claims, [frame_of(c) for c in claims])
    >>> exact, supports[1].unit
    (True, 'foot')
    """
    supports = {i: measured(claims[i].interval, claims[i], frames[i].measure) for i in members}
    units = sorted({s.unit or "" for s in supports.values()})
    try:
        return {i: support.to(units[0] or None) for i, support in supports.items()}, True
    except UnitMismatchError:  # currencies without rates: "$1.23 billion (13.5 billion SEK)"
        rough = {}
        for i, support in supports.items():
            scale = rough_dollars(currency_of(support.unit) or "")
            rough[i] = Interval(support.lo * scale, support.hi * scale, support.closed, None)
        return rough, False


def _with_ends(support: Interval) -> Interval:
    """A reading with its finite ends included: touching readings share a value here ("28" read
    [27.5, 28.5) and "29" read [28.5, 29.5): two reports of one age may differ by a year)."""
    closed = _CLOSED[math.isfinite(support.lo), math.isfinite(support.hi)]
    return (
        support
        if support.is_empty or support.closed == closed
        else Interval(support.lo, support.hi, closed, support.unit)
    )


class _Draft:
    """A cluster being built: its claims, its value range and, by source, the values it told.

    A source's unrevised values in one cluster always overlap pairwise, so (intervals on a
    line) they share a point: the highest lower end is at most the lowest upper end.  Two
    numbers per source are then enough to tell whether another value overlaps them all, in
    constant time.  Open and closed ends are not told apart here: touching values overlap.
    """

    __slots__ = ("common", "figures", "high", "low", "members", "told")

    def __init__(
        self, i: int, source: str, support: Interval, magnitude: float, revised: bool, figure: bool
    ) -> None:
        self.members = [i]
        self.told: dict[str, tuple[float, float]] = {}  # source -> (highest lo, lowest hi), unrevised
        self.common = _with_ends(support)
        self.low = self.high = magnitude
        # The extent of its figures ("about 35,000"), vague sizes ("tens of thousands") left out.
        self.figures = (magnitude, magnitude) if figure else None
        self._note(source, support, revised)

    def _note(self, source: str, support: Interval, revised: bool) -> None:
        if not revised:
            lo, hi = self.told.get(source, (-math.inf, math.inf))
            self.told[source] = (max(lo, float(support.lo)), min(hi, float(support.hi)))

    def refuses(self, source: str, support: Interval, revised: bool) -> bool:
        """A cannot-link: this source already gave a different value here, and no revision is marked."""
        if revised or source not in self.told:
            return False
        lo, hi = self.told[source]
        return float(support.hi) < lo or float(support.lo) > hi

    def add(
        self, i: int, source: str, support: Interval, magnitude: float, revised: bool, figure: bool
    ) -> None:
        self.members.append(i)
        self.common = self.common & _with_ends(support)
        self.low, self.high = min(self.low, magnitude), max(self.high, magnitude)
        self.figures = _widen(self.figures, (magnitude, magnitude) if figure else None)
        self._note(source, support, revised)

    def extent_with(self, other: _Draft) -> float:
        """How many orders of magnitude the two clusters span together, by their figures if both have some.

        A vague size ("tens of thousands", "thousands") fits any figure it overlaps: it never
        stretches a cluster so far that two estimates of one crowd stay apart.
        """
        if self.figures is not None and other.figures is not None:
            return _spread(min(self.figures[0], other.figures[0]), max(self.figures[1], other.figures[1]))
        if self.figures is not None or other.figures is not None:  # vague sizes beside figures
            vague, given = (other, self) if self.figures is not None else (self, other)
            if given.figures is not None and _covers(vague.common, given.figures):
                return 0.0
        return _spread(min(self.low, other.low), max(self.high, other.high))

    def reaches(self, magnitude: float, figure: bool, reach: float, support: Interval) -> bool:
        """Whether one more claim keeps the cluster within ``reach`` orders of magnitude.

        A chain of overlapping readings ("within three months" overlaps "nearly a minute"
        and "at least a week") links no figures of very different sizes.  A vague size
        ("decades", "dozens") fits where its reading covers the cluster's figures: its
        middle ("decades": about 60 years) is no figure anyone wrote.
        """
        if not figure and self.figures is not None:
            return _covers(support, self.figures)
        low, high = self.figures if figure and self.figures is not None else (self.low, self.high)
        return _spread(min(low, magnitude), max(high, magnitude)) <= reach

    def shares(self, support: Interval) -> bool:
        return not (self.common & _with_ends(support)).is_empty

    def merge(self, other: _Draft) -> None:
        self.members += other.members
        self.common = self.common & other.common
        self.low, self.high = min(self.low, other.low), max(self.high, other.high)
        self.figures = _widen(self.figures, other.figures)
        for source, (lo, hi) in other.told.items():
            mine = self.told.get(source, (-math.inf, math.inf))
            self.told[source] = (max(lo, mine[0]), min(hi, mine[1]))

    def refuses_all(self, other: _Draft) -> bool:
        """Whether a source told values in both clusters that do not all overlap."""
        smaller, larger = (self, other) if len(self.told) <= len(other.told) else (other, self)
        return any(
            max(lo, larger.told[source][0]) > min(hi, larger.told[source][1])
            for source, (lo, hi) in smaller.told.items()
            if source in larger.told
        )


def reach_of(measure: str | None) -> float:
    """How many orders of magnitude the figures of one quantity of this measure may span.

    Examples
    --------
    >>> reach_of(None)
    1.0
    """
    return math.log10(tolerance(measure))


def _pinned(support: Interval, claim: Claim, reach: float) -> Interval:
    """An exact measure's "up to" figure as the one figure it writes: "up to 2.93 GHz" names the top
    model, not every speed below it (a 2.53 GHz model is another), as "the 2.93 GHz model" does.

    Examples
    --------
    >>> import claimnum
    >>> [claim] = claimnum.extract("It runs at up to 2.93 GHz.")
    >>> _pinned(claim.interval, claim, 0.0), _pinned(claim.interval, claim, 1.0)
    ([2.93, 2.93] GHz, [0.7325, 2.93] GHz)
    """
    if reach > 0 or claim.sense != "up_to" or claim.value is None or not math.isfinite(support.hi):
        return support
    return Interval.point(float(support.hi), support.unit)


def _covers(support: Interval, figures: tuple[float, float]) -> bool:
    """Whether a reading reaches the orders of magnitude a cluster's figures span."""
    lo, hi = float(support.lo), float(support.hi)
    bottom = math.log10(lo) if lo > 0 else -math.inf
    top = math.log10(hi) if 0 < hi < math.inf else (math.inf if hi > 0 else -math.inf)
    return bottom <= figures[1] and top >= figures[0]


def _spread(low: float, high: float) -> float:
    """How many orders of magnitude lie between two magnitudes; none between two zeros (both ``-inf``)."""
    return 0.0 if low == high else high - low


def _widen(a: tuple[float, float] | None, b: tuple[float, float] | None) -> tuple[float, float] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def by_value(members: list[int], claims: Sequence[Claim], frames: Sequence[QuantityFrame]) -> list[list[int]]:
    """Cluster one block's claims by their values, in three steps, all in order of value.

    1. Claims whose supports overlap, in a chain, form a run (a sweep by lower bound).
    2. A run is split where a document gives two different values without marking a
       revision (a cannot-link): in order of value, each claim joins the cluster of its
       run nearest in value that does not refuse it.
    3. Neighbouring clusters merge while their figures stay within the measure's
       tolerance (a factor: 10 by default, 100 for a running total; 1 for figures that
       are either the same or another quantity, which never merge) and no cannot-link
       stands between them: "about 15,000" by the police and "more than 60,000" by the
       organisers are one crowd, told twice.

    Currencies without rates are compared in rough dollars, only by orders of magnitude
    ("$1.23 billion (13.5 billion SEK)" is one figure written twice; £1.7m and £88m are two).

    Examples
    --------
    >>> import claimnum
    >>> from claimnum.grouping import frame_of
    >>> claims = [*claimnum.extract("About 47 died.", source="a"), *claimnum.extract("52 died.", source="b")]
    >>> by_value([0, 1], claims, [frame_of(c) for c in claims])
    [[0, 1]]
    """
    converted, exact = in_one_unit(members, claims, frames)
    reach = reach_of(frames[members[0]].measure)
    if not exact:
        reach = max(reach, 1.0)  # rough dollars tell only orders of magnitude apart
    magnitude = {i: log_size(converted[i]) for i in members}
    ordered = sorted(
        members,
        key=lambda i: (
            converted[i].lo,
            converted[i].hi,
            claims[i].source or "",
            claims[i].start,
            claims[i].end,
        ),
    )
    runs: list[list[int]] = []
    top = -math.inf
    for i in ordered:
        if runs and converted[i].lo <= top:
            runs[-1].append(i)
        else:
            runs.append([i])
        top = max(top, converted[i].hi) if len(runs[-1]) > 1 else converted[i].hi
    drafts: list[_Draft] = []
    for run in runs:
        local: list[_Draft] = []
        run.sort(key=lambda i: (magnitude[i], claims[i].source or "", claims[i].start, claims[i].end))
        for i in run:
            # In rough dollars a cannot-link holds only between figures of one currency.
            source = (claims[i].source or "") if exact else f"{claims[i].source}\u0000{claims[i].unit}"
            support, revised = _pinned(converted[i], claims[i], reach), frames[i].revision
            figure = claims[i].value is not None
            open_drafts = [
                d
                for d in local[-8:]
                if not d.refuses(source, support, revised)
                # within the tolerance; an exact measure's claims share a value with all
                and (d.reaches(magnitude[i], figure, reach, support) if reach > 0 else d.shares(support))
            ]
            home = min(open_drafts, key=lambda d: abs(magnitude[i] - (d.low + d.high) / 2), default=None)
            if home is None:
                local.append(_Draft(i, source, support, magnitude[i], revised, figure))
            else:
                home.add(i, source, support, magnitude[i], revised, figure)
        drafts += sorted(
            local,
            key=lambda d: (d.low, d.high, claims[d.members[0]].source or "", claims[d.members[0]].start),
        )
    if reach > 0 and all(frames[i].cumulative and not frames[i].background for i in members):
        row = measures().get(frames[members[0]].measure or "")
        # a toll of people may rise a thousandfold ("two dead" at dawn, "more than 300" by night), when
        # all its texts tell one event (a bus crash's two dead and a year of floods' 310 are not one)
        people = row is not None and row.counts == "people" and len({frames[i].event for i in members}) == 1
        placed = _rising(drafts, max(reach, _PEOPLE_REACH) if people else reach)
        placed.sort(key=lambda d: (d.low, d.high, min(content_key(claims[i]) for i in d.members)))
        return [d.members for d in placed]
    return [d.members for d in _neighbours(drafts, reach)]


def _neighbours(drafts: list[_Draft], reach: float) -> list[_Draft]:
    """Neighbouring clusters (in order of value) merged while they stay within ``reach`` and no
    cannot-link stands between them."""
    merged: list[_Draft] = []
    for draft in drafts:
        last = merged[-1] if merged else None
        if (
            last is not None
            and reach > 0
            and last.extent_with(draft) <= reach
            and not last.refuses_all(draft)
        ):
            last.merge(draft)
        else:
            merged.append(draft)
    return merged


def _rising(drafts: list[_Draft], reach: float) -> list[_Draft]:
    """A running total's clusters (deaths, arrests: a current, cumulative measure) told by many texts.

    A rising toll is one quantity whatever its figures ("about 80 dead" in the morning,
    "146 confirmed dead" at night): only a text giving two different figures unrevised
    (a cannot-link: deaths in two towns) tells two quantities apart.  The clusters holding
    such a text are merged as neighbours are (:func:`_neighbours`); each cluster whose
    texts give no other figure of the block then joins, of those, the one told by the
    most texts (the toll the story follows; a tie, the nearest in value) within ``reach``,
    rather than the one nearest in value.  With no cannot-link at all, neighbours merge.
    """
    counts: dict[str, int] = {}
    for draft in drafts:
        for source in draft.told:
            counts[source] = counts.get(source, 0) + 1
    tied = [d for d in drafts if any(counts[s] > 1 for s in d.told)]
    if not tied:
        return _neighbours(drafts, reach)
    free = [d for d in drafts if not any(counts[s] > 1 for s in d.told)]
    homes = _neighbours(tied, reach)
    texts = [len(d.told) for d in homes]
    unplaced: list[_Draft] = []
    for draft in free:
        middle = (draft.low + draft.high) / 2
        fits = [
            h
            for h, home in enumerate(homes)
            if _spread(min(home.low, draft.low), max(home.high, draft.high)) <= reach
        ]
        if not fits:
            unplaced.append(draft)
            continue
        best = min(fits, key=lambda h: (-texts[h], abs(middle - (homes[h].low + homes[h].high) / 2), h))
        homes[best].merge(draft)
    return [*homes, *_neighbours(unplaced, reach)]


def content_key(claim: Claim) -> tuple[str, int, int]:
    """A claim's place by content (source name, offsets): the order of everything, never the documents'.

    Examples
    --------
    >>> import claimnum
    >>> content_key(claimnum.extract("52 died.", source="b")[0])
    ('b', 0, 2)
    """
    return (claim.source or "", claim.start, claim.end)
