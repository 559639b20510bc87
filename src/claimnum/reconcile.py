"""Reconcile the numeric claims of several documents.

:func:`reconcile` is the whole job in one call: extract the claims of every
document, group the claims that speak of the same quantity
(:mod:`claimnum.grouping`: a quantity frame for every claim and a clustering
that does not depend on the order of the documents), check whether each
group's claims can all be true (:func:`claimnum.check`) and combine them into
one estimate (:func:`claimnum.combine`).

Documents may carry a time.  A group of a running total (deaths, arrests,
cases: cumulative measures) whose figures grow over time is ``"updated"``,
not ``"conflicting"``: its estimate is the latest state consistent with every
report, and its history is :attr:`Group.timeline`.  Without times, the order
of the documents is not taken as time.  A group with one source is a
``"single source"``; two sources in conflict have no majority, and the
estimate takes no side.

Examples
--------
>>> from claimnum.reconcile import example_documents, reconcile
>>> result = reconcile(example_documents())
>>> troops = result["troops"]
>>> [(claim.qualifier, claim.value) for claim in troops.claims]
[('over', 10000.0), ('an estimated', 11000.0), ('around', 12000.0)]
>>> troops.verdict, troops.why
('consistent', ('same measure: troops', 'same entity: soldier'))
"""

from __future__ import annotations

import dataclasses
import html
import math
import sys
import tomllib
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, SupportsFloat, TypeAlias, get_args

import pandas as pd

from claimnum.check import Consistency, check
from claimnum.claim import Claim
from claimnum.combine import Estimate, Method, combine
from claimnum.errors import InvalidArgumentError, InvalidTypeError, MissingDependencyError, UndefinedUnitError
from claimnum.evolution import latest_state, times_known
from claimnum.extract import extract
from claimnum.grouping import QuantityFrame, cluster, frame_of, head_word, implied_unit, measured, story_year
from claimnum.interval import Interval
from claimnum.measures import measures
from claimnum.units import Rates, is_currency

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from claimnum.semantics import Profile

__all__ = [
    "RECONCILED_META",
    "RECONCILED_SPARK_SCHEMA",
    "Group",
    "Reconciliation",
    "example_documents",
    "reconcile",
    "reconcile_frame",
]

Key: TypeAlias = "Callable[[Claim], Hashable | None] | Mapping[Claim, Hashable]"
"""A caller's grouping: a function of a claim, or a mapping of claims, to a group label.

``None`` (or a claim missing from the mapping) leaves the claim to claimnum's grouping.
"""

_SHOWN = 20  # claims listed per group in the text and HTML views; frames have them all
_INCOMPARABLE = "incomparable"  # check's verdict for units that do not convert (currencies without rates)
SINGLE_SOURCE = "single source"
UPDATED = "updated"
_AGREED = ("consistent", "compatible")


# --------------------------------------------------------------------------- groups


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
        if self.verdict in (_INCOMPARABLE, UPDATED) or self.estimate is None or not self.estimate.agreeing:
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
            f"{self.label}: {_counted(len(self.claims), 'claim')} from "
            f"{_counted(len(self.sources), 'source')}, linked by {why}.",
            f"Verdict: {self.verdict} (agreement {_percent(self.agreement)}).{_verdict_note(self)}",
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
        header = f"{self.label}: {self.verdict}, agreement {_percent(self.agreement)}"
        if self.estimate is not None:
            header += f", estimate {_estimate_text(self)}"
        if self.why:
            header += f"\n  linked by {', '.join(self.why)}"
        dissenters = set(self.dissenters)
        shown, hidden = _shown(self.claims, dissenters)
        rows = [
            [c.source or "", c.text, str(c.interval), "dissents" if c in dissenters else ""] for c in shown
        ]
        more = f"\n  ... and {hidden} more claims" if hidden else ""
        return header + "\n" + _table(rows, indent="  ") + more

    def _repr_html_(self) -> str:
        return _group_html(self)


# --------------------------------------------------------------------------- reconciliation


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """The claims of several documents, grouped, checked and combined.

    Returned by :func:`reconcile`.  Index it by position or by group label.

    Attributes
    ----------
    groups : tuple of Group
        Largest first (claims, then sources), then by label: never by the order of the documents.
    sources : tuple of str
        The documents' source names, in the order given.
    rates : tuple of (str, float)
        The exchange rates used, as sorted pairs.

    Examples
    --------
    >>> from claimnum.reconcile import reconcile
    >>> result = reconcile({"a": "Over 300 people came.", "b": "About 320 people came."})
    >>> len(result), result[0].label, result["come"].verdict
    (1, 'come', 'consistent')
    >>> result.groups == reconcile({"b": "About 320 people came.", "a": "Over 300 people came."}).groups
    True
    """

    groups: tuple[Group, ...]
    sources: tuple[str, ...]
    rates: tuple[tuple[str, float], ...] = ()

    def __len__(self) -> int:
        return len(self.groups)

    def __iter__(self) -> Iterator[Group]:
        return iter(self.groups)

    def __getitem__(self, item: int | str) -> Group:
        if isinstance(item, str):
            for group in self.groups:
                if group.label == item:
                    return group
            labels = ", ".join(repr(g.label) for g in self.groups)
            raise KeyError(f"no group labelled {item!r}; the labels are {labels}")
        return self.groups[item]

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim, group by group.

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> [claim.value for claim in reconcile(["About 300 people came. It rained for 3 days."]).claims]
        [300.0, 3.0]
        """
        return tuple(c for g in self.groups for c in g.claims)

    def to_frame(self) -> pd.DataFrame:
        """Return one row per claim: its group, source, wording, reading, frame and verdict.

        Returns
        -------
        pandas.DataFrame
            Columns ``group`` (label), ``source``, ``time``, ``text``, ``value``,
            ``unit``, ``subject``, ``qualifier``, ``lo``, ``hi``, ``closed`` (the
            support interval), ``core_lo``, ``core_hi``, the claim's frame
            (``measure``, ``entity``, ``anchor``, ``background``), and the
            group's ``verdict``, ``agreement`` and ``why`` (its reasons, joined by
            "; "), with ``Float64`` for ``value`` and ``float64`` for the bounds.

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> frame = reconcile(["Over 300 people came.", "About 320 people came."]).to_frame()
        >>> frame[["group", "source", "value", "lo", "measure", "verdict"]]
          group source  value     lo measure     verdict
        0  come      0  300.0  300.0    <NA>  consistent
        1  come      1  320.0  310.0    <NA>  consistent
        """
        import pandas as pd

        rows = [
            {
                "group": group.label,
                "time": time,
                **claim.to_dict(),
                "measure": frame.measure,
                "entity": frame.entity,
                "anchor": frame.anchor,
                "background": frame.background,
                "verdict": group.verdict,
                "agreement": group.agreement,
                "why": "; ".join(group.why),
            }
            for group in self.groups
            for claim, frame, time in zip(group.claims, group.frames, group.times, strict=True)
        ]
        frame = pd.DataFrame(rows, columns=list(_FRAME_DTYPES))  # drops the claim fields not shown here
        frame["time"] = pd.to_datetime(frame["time"], utc=True).dt.tz_localize(None)  # naive, in UTC
        return frame.astype(_FRAME_DTYPES)

    def summary(self) -> pd.DataFrame:
        """Return one row per group: label, sources, verdict, estimate and dissenters.

        Returns
        -------
        pandas.DataFrame
            Columns ``label``, ``sources`` (how many), ``claims`` (how many),
            ``verdict``, ``agreement``, ``estimate`` (readable text, empty when
            there is none), ``point``, ``lo``, ``hi`` and ``unit`` (the
            estimate's numbers, NaN when there is none), ``dissenters`` (their
            sources, comma-separated) and ``why`` (the reasons, joined by "; ").

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> reconcile(["Over 300 people came.", "About 320 people came."]).summary()[
        ...     ["label", "sources", "verdict", "agreement"]
        ... ]
                   label  sources     verdict  agreement
        0  come        2  consistent        1.0
        """
        import pandas as pd

        rows = []
        for group in self.groups:
            estimate = group.estimate
            rows.append(
                {
                    "label": group.label,
                    "sources": len(group.sources),
                    "claims": len(group.claims),
                    "verdict": group.verdict,
                    "agreement": group.agreement,
                    "estimate": "" if estimate is None else _estimate_text(group),
                    "point": math.nan if estimate is None else estimate.point,
                    "lo": math.nan if estimate is None else estimate.interval.lo,
                    "hi": math.nan if estimate is None else estimate.interval.hi,
                    "unit": "" if estimate is None else (estimate.interval.unit or ""),
                    "dissenters": _dissenter_text(group),
                    "why": "; ".join(group.why),
                }
            )
        return pd.DataFrame(rows, columns=_SUMMARY_COLUMNS)

    def to_dict(self) -> dict[str, Any]:
        """Return the reconciliation as plain JSON-ready data.

        Unbounded interval ends are ``None`` (``lo: None`` is unbounded below,
        ``hi: None`` unbounded above), as is the point of an estimate that has
        none, so :func:`json.dumps` writes valid JSON; ``empty`` marks an empty
        interval (claims that share no value).

        Examples
        --------
        >>> import json
        >>> from claimnum.reconcile import reconcile
        >>> data = reconcile(["Over 300 people came."]).to_dict()
        >>> data["groups"][0]["claims"][0]["interval"]
        {'lo': 300.0, 'hi': 450.0, 'closed': 'right', 'unit': None, 'empty': False}
        >>> json.loads(json.dumps(data))["sources"]
        ['0']
        """
        return {
            "sources": list(self.sources),
            "rates": dict(self.rates),
            "groups": [_group_dict(g) for g in self.groups],
        }

    def plot(self, groups: Iterable[int | str] | None = None) -> tuple[Axes, ...]:
        """Draw a forest plot of each group, one panel per group, in one figure.

        Needs matplotlib (``pip install "claimnum[plot]"``).  As with pandas'
        plots, the axes are returned, and the figure is ``axes[0].figure``.

        Parameters
        ----------
        groups : iterable of int or str, optional
            The groups to draw, by position or label; by default every group
            with claims from two or more sources, or every group when no group
            has two sources.

        Returns
        -------
        tuple of matplotlib.axes.Axes
            One per group drawn, top to bottom.

        Raises
        ------
        MissingDependencyError
            If matplotlib is not installed.
        InvalidArgumentError
            If there is no group to draw (no claims).

        Examples
        --------
        >>> import matplotlib.pyplot as plt
        >>> from claimnum.reconcile import reconcile
        >>> result = reconcile(["Over 300 people came.", "About 320 people came."])
        >>> axes = result.plot()
        >>> [ax.get_title(loc="left") for ax in axes]
        ['come']
        >>> plt.close(axes[0].figure)
        """
        if groups is None:
            chosen = [g for g in self.groups if len(g.sources) > 1] or list(self.groups)
        else:
            chosen = [self[g] for g in groups]
        if not chosen:
            raise InvalidArgumentError("no group to plot: the documents have no claims")
        try:
            import matplotlib.pyplot as plt
        except ImportError as err:
            raise MissingDependencyError('plots need matplotlib: pip install "claimnum[plot]"') from err
        heights = [1.3 + 0.55 * len(g.claims) for g in chosen]
        _, axes = plt.subplots(
            len(chosen),
            1,
            figsize=(7.5, sum(heights)),
            height_ratios=heights,
            layout="constrained",
            squeeze=False,
        )
        return tuple(group.plot(ax=ax) for group, ax in zip(chosen, axes[:, 0], strict=True))

    def __str__(self) -> str:
        lines = [
            _headline(self),
            "",
            _table(
                [["group", "sources", "verdict", "agreement", "estimate", "dissenters"]]
                + [
                    [
                        g.label,
                        str(len(g.sources)),
                        g.verdict,
                        _percent(g.agreement),
                        "" if g.estimate is None else _estimate_text(g),
                        _dissenter_text(g),
                    ]
                    for g in self.groups
                ],
                header=True,
            ),
        ]
        lines += ["", *(str(g) + "\n" for g in self.groups if len(g.claims) > 1)]
        return "\n".join(lines).rstrip() + "\n"

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        head = f"<p><b>{_headline(self)}</b> ({html.escape(', '.join(self.sources))})</p>"
        return (
            f'<div class="claimnum-reconciliation">{head}{"".join(_group_html(g) for g in self.groups)}</div>'
        )


_FRAME_DTYPES: dict[str, str] = {
    "group": "string",
    "source": "string",
    "time": "datetime64[ns]",
    "text": "string",
    "value": "Float64",
    "unit": "string",
    "subject": "string",
    "qualifier": "string",
    "lo": "float64",
    "hi": "float64",
    "closed": "string",
    "core_lo": "float64",
    "core_hi": "float64",
    "measure": "string",
    "entity": "string",
    "anchor": "string",
    "background": "bool",
    "verdict": "string",
    "agreement": "float64",
    "why": "string",
}
_SUMMARY_COLUMNS = [
    "label",
    "sources",
    "claims",
    "verdict",
    "agreement",
    "estimate",
    "point",
    "lo",
    "hi",
    "unit",
    "dissenters",
    "why",
]


# --------------------------------------------------------------------------- the job


def reconcile(
    documents: Mapping[str, Any] | Sequence[str] | pd.Series | pd.DataFrame,
    *,
    text: str | None = None,
    source: str | None = None,
    time: str | None = None,
    profile: str | Profile = "median",
    method: str | None = None,
    rates: Rates | None = None,
    key: Key | None = None,
) -> Reconciliation:
    """Extract, group, check and combine the numeric claims of several documents.

    Parameters
    ----------
    documents : mapping, sequence of str, pandas.Series or pandas.DataFrame
        The texts.  A mapping of source name to text, or to ``(time, text)``;
        a sequence of texts, named by position (``"0"``, ``"1"``, ...); a
        Series, named by its index labels; or a DataFrame with the columns
        ``text=`` (and optionally ``source=``, ``time=``) name.  Missing texts
        (``None``, ``NaN``) are skipped.
    text, source, time : str, optional
        A DataFrame's columns: the texts (required for a DataFrame), their
        source names (default: the index labels) and when each was published
        (anything :func:`pandas.to_datetime` reads).
    profile : str or Profile, default "median"
        How qualifiers are read (:func:`claimnum.extract`).
    method : str, optional
        The fusion method of :func:`claimnum.combine`; its default if ``None``.
    rates : mapping of str to float, optional
        Exchange rates (``{"SEK": 0.0911}``: the value of one unit in a common
        reference currency).  Without them, groups of amounts in different
        currencies are ``"incomparable"`` and get no estimate.
    key : callable or mapping, optional
        Your own grouping: a function from :class:`Claim` to a hashable group
        label, or a mapping from claims to labels.  Claims labelled alike form
        one group whatever their frames; a ``None`` label (or a claim
        missing from the mapping) is left to claimnum's grouping.

    Returns
    -------
    Reconciliation
        The groups, each with its claims, reasons, check, verdict and estimate.

    Raises
    ------
    InvalidTypeError
        If ``documents`` is a single string or holds something other than text,
        ``key`` is neither callable nor a mapping, or ``rates`` is no mapping.
    InvalidArgumentError
        If two documents share a source name, a DataFrame comes without
        ``text=`` or names a missing column, a time cannot be read, for a bad
        ``profile`` or ``method``, or for a rate that is not a positive number of
        a currency.

    Examples
    --------
    >>> import pandas as pd
    >>> from claimnum.reconcile import reconcile
    >>> news = pd.DataFrame({
    ...     "outlet": ["Wire", "Daily", "Evening"],
    ...     "published": ["2024-03-01 08:00", "2024-03-01 18:00", "2024-03-02 09:00"],
    ...     "body": ["The floods killed at least 47 people.", "The death toll rose to 52.",
    ...              "The death toll has climbed to 71."],
    ... })
    >>> deaths = reconcile(news, text="body", source="outlet", time="published")["deaths"]
    >>> deaths.verdict, deaths.estimate.interval
    ('updated', [71, 71])
    >>> reconcile(news)
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidArgumentError: reconcile got a DataFrame: name its text column, e.g. \
reconcile(frame, text="body") (columns: outlet, published, body)
    """
    if method is not None and method not in get_args(Method):
        choices = ", ".join(map(repr, get_args(Method)))
        raise InvalidArgumentError(f"unknown method {method!r}; choose one of {choices}")
    rate_map = _checked_rates(rates)  # before any work: a typo in a rate is the caller's to fix
    named, times = _documents(documents, text=text, source=source, time=time)
    labeller = _labeller(key)
    claims: list[Claim] = []
    for name, body in named.items():
        claims += extract(body, source=name, profile=profile)
    year = _story_year(named, times)
    frames = [frame_of(c, story_year=year) for c in claims]
    labels = [labeller(c) for c in claims]
    free = [i for i, label in enumerate(labels) if label is None]
    drafts: list[tuple[list[int], tuple[str, ...], str | None]] = [
        ([free[i] for i in members], why, None)
        for members, why in cluster([claims[i] for i in free], [frames[i] for i in free])
    ]
    keyed: dict[Hashable, list[int]] = {}
    for i, label in enumerate(labels):
        if label is not None:
            keyed.setdefault(label, []).append(i)
    drafts += [(members, (f"key {label!r}",), str(label)) for label, members in keyed.items()]
    built = [
        _group(
            [claims[i] for i in members],
            [frames[i] for i in members],
            [times.get(claims[i].source or "") for i in members],
            why,
            label,
            method,
            rate_map,
        )
        for members, why, label in drafts
    ]
    built.sort(key=lambda g: (-len(g.claims), -len(g.sources), g.label, _content_key(g)))
    unique = _unique([g.label for g in built])
    groups = tuple(
        g if g.label == label else _relabelled(g, label) for g, label in zip(built, unique, strict=True)
    )
    return Reconciliation(groups, tuple(named), tuple(sorted((rate_map or {}).items())))


def _content_key(group: Group) -> tuple[tuple[str, int, int], ...]:
    return tuple((c.source or "", c.start, c.end) for c in group.claims)


def _relabelled(group: Group, label: str) -> Group:
    return Group(
        label,
        group.claims,
        group.check,
        group.estimate,
        group.why,
        group.verdict,
        group.frames,
        group.times,
        group.rates,
    )


def _story_year(named: Mapping[str, str], times: Mapping[str, Any]) -> int | None:
    """The story's year: from the documents' times when given, else the year its texts write most."""
    import pandas as pd

    given = [pd.Timestamp(t).year for t in times.values() if t is not None]
    return max(given) if given else story_year(list(named.values()))


def _checked_rates(rates: Rates | None) -> dict[str, float] | None:
    """Return the rates as a dict, or raise if a code is no currency or a rate no positive number."""
    if rates is None:
        return None
    if not isinstance(rates, Mapping):
        raise InvalidTypeError(f"rates must map currency codes to numbers, got {type(rates).__name__}")
    checked: dict[str, float] = {}
    given: list[tuple[object, object]] = list(rates.items())  # callers pass anything: check it all
    for code, rate in given:
        try:
            known = isinstance(code, str) and is_currency(code)
        except UndefinedUnitError:
            known = False
        if not known:
            raise InvalidArgumentError(f"rates: {code!r} is not an ISO 4217 currency code")
        value = float(rate) if isinstance(rate, SupportsFloat) and not isinstance(rate, bool) else math.nan
        if not (math.isfinite(value) and value > 0):
            raise InvalidArgumentError(f"rates: the rate for {code} must be a positive number, got {rate!r}")
        checked[str(code)] = value
    return checked


def _documents(
    documents: object, *, text: str | None, source: str | None, time: str | None
) -> tuple[dict[str, str], dict[str, Any]]:
    """Return ``{source: text}`` and ``{source: time}`` for every accepted form of ``documents``."""
    pandas = sys.modules.get("pandas")  # a Series or DataFrame can only exist if pandas is imported
    pairs: list[tuple[str, Any, object]]  # source, time, text
    if pandas is not None and isinstance(documents, pandas.DataFrame):
        pairs = _frame_rows(documents, text=text, source=source, time=time)
    elif text is not None or source is not None or time is not None:
        raise InvalidArgumentError("text=, source= and time= name the columns of a DataFrame of documents")
    elif pandas is not None and isinstance(documents, pandas.Series):
        pairs = [(str(label), None, body) for label, body in documents.items()]
    elif isinstance(documents, Mapping):
        pairs = [(str(name), *_timed(name, value)) for name, value in documents.items()]
    elif isinstance(documents, str | bytes) or not isinstance(documents, Iterable):
        raise InvalidTypeError(
            "reconcile expects a mapping of source name to text, a list of texts, a pandas Series or "
            f"a DataFrame with text=, got {type(documents).__name__}; for the claims of one text use "
            "claimnum.extract"
        )
    else:
        pairs = [(str(i), None, body) for i, body in enumerate(documents)]
    named: dict[str, str] = {}
    times: dict[str, Any] = {}
    for name, when, body in pairs:
        if body is None or (isinstance(body, float) and math.isnan(body)) or _is_na(body):
            continue
        if not isinstance(body, str):
            raise InvalidTypeError(f"document {name!r} is a {type(body).__name__}, not text")
        if name in named:
            raise InvalidArgumentError(f"two documents are named {name!r}; give each source its own name")
        named[name] = body
        times[name] = _time(name, when)
    return named, times


def _timed(name: object, value: object) -> tuple[Any, object]:
    """A mapping's value: a text, or a ``(time, text)`` pair."""
    if isinstance(value, tuple):
        if len(value) != 2:
            raise InvalidTypeError(f"document {name!r}: give a text or a (time, text) pair, not {value!r}")
        return value[0], value[1]
    return None, value


def _frame_rows(
    frame: pd.DataFrame, *, text: str | None, source: str | None, time: str | None
) -> list[tuple[str, Any, object]]:
    columns = ", ".join(map(str, frame.columns))
    if text is None:
        raise InvalidArgumentError(
            f'reconcile got a DataFrame: name its text column, e.g. reconcile(frame, text="body") '
            f"(columns: {columns})"
        )
    for role, column in (("text", text), ("source", source), ("time", time)):
        if column is not None and column not in frame.columns:
            raise InvalidArgumentError(
                f"{role}={column!r} is not a column of the DataFrame (columns: {columns})"
            )
    names = frame[source] if source is not None else frame.index
    whens = frame[time] if time is not None else [None] * len(frame)
    return [(str(name), when, body) for name, when, body in zip(names, whens, frame[text], strict=True)]


def _time(name: str, when: object) -> Any:
    """A document's time as a pandas Timestamp, ``None`` when not given."""
    import pandas as pd

    if when is None or _is_na(when) or (isinstance(when, float) and math.isnan(when)):
        return None
    try:
        stamp = pd.Timestamp(when)  # type: ignore[arg-type]
    except (TypeError, ValueError) as err:
        raise InvalidArgumentError(f"document {name!r}: cannot read {when!r} as a time") from err
    return None if pd.isna(stamp) else stamp


def _is_na(value: object) -> bool:
    pandas = sys.modules.get("pandas")
    return pandas is not None and (value is pandas.NA or value is pandas.NaT)


def _labeller(key: Key | None) -> Callable[[Claim], Hashable | None]:
    if key is None:
        return lambda claim: None
    if isinstance(key, Mapping):
        return key.get
    if callable(key):
        return key
    raise InvalidTypeError(
        f"key must be a function of a claim or a mapping of claims, got {type(key).__name__}"
    )


def _auto_label(claims: Sequence[Claim], frames: Sequence[QuantityFrame]) -> str:
    """Name a group: its measure (or event), the counted thing as written, its time, its units.

    "deaths", "buildings damaged (homes)", "deaths, 2004, background", "aid (package) [USD, SEK]".
    """
    first = frames[0]
    what = (first.measure or first.topic or "").replace("_", " ")
    shared = first.entity if all(f.entity == first.entity for f in frames) else None
    head = next((head_word(c.subject) for c in claims if shared is not None and c.subject), None)
    if head and shared != "person" and not _named_by_measure(shared, first.measure):
        what = f"{what} ({head})" if what else head
    if first.anchor and all(f.anchor == first.anchor for f in frames):
        what += f", {first.anchor}"
    if first.background:
        what += ", background"
    if not what:
        return claims[0].text  # nothing known but the words themselves, units included
    units = ["ratio"] if first.kind == "ratio" else list(dict.fromkeys(c.unit for c in claims if c.unit))
    return f"{what} [{', '.join(units)}]" if units and first.dimension != "percent" else what


def _named_by_measure(entity: str | None, measure: str | None) -> bool:
    """Whether the measure already says what is counted ("troops" of soldiers)."""
    row = measures().get(measure or "")
    return row is not None and entity is not None and any(entity in noun for noun in row.nouns)


def _unique(labels: Sequence[str]) -> list[str]:
    """Number repeated labels: the second ``"x"`` becomes ``"x #2"``."""
    seen: Counter[str] = Counter()
    unique = []
    for label in labels:
        seen[label] += 1
        unique.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return unique


def _group(
    claims: Sequence[Claim],
    frames: Sequence[QuantityFrame],
    times: Sequence[Any],
    why: tuple[str, ...],
    label: str | None,
    method: str | None,
    rates: Rates | None,
) -> Group:
    """Check and combine one group's claims and give its verdict (see the module notes)."""
    order = sorted(range(len(claims)), key=lambda i: _claim_order(claims[i], times[i]))

    claims = [claims[i] for i in order]
    frames = [frames[i] for i in order]
    times = [times[i] for i in order]
    items = [_in_measure_unit(c, f) for c, f in zip(claims, frames, strict=True)]
    consistency = check(items, rates=rates)
    verdict = str(consistency.verdict)
    estimate: Estimate | None = None
    if verdict != _INCOMPARABLE:  # no number is invented for claims that cannot be compared
        options: dict[str, Any] = {"rates": rates} if method is None else {"rates": rates, "method": method}
        estimate = combine(items, **options)
    n_sources = len({c.source for c in claims})
    grown = _grown(claims, frames, times, verdict)
    if grown is not None:
        verdict, estimate = UPDATED, grown
    elif n_sources == 1 and verdict != _INCOMPARABLE:  # no estimate is the more useful news
        verdict = SINGLE_SOURCE
    elif n_sources == 2 and verdict not in (*_AGREED, _INCOMPARABLE) and estimate is not None:
        estimate = _no_side(claims, estimate)
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
    claims: Sequence[Claim], frames: Sequence[QuantityFrame], times: Sequence[Any], verdict: str
) -> Estimate | None:
    """The latest state of a running total that grew over time, or ``None`` if it did not."""
    if verdict in (*_AGREED, _INCOMPARABLE) or not all(f.cumulative for f in frames):
        return None
    if not times_known(times) or len({c.unit for c in claims}) != 1:
        return None
    state = latest_state([c.interval for c in claims], times)
    if state is None:
        return None
    latest = max(times)
    agreeing = tuple(c for c, t in zip(claims, times, strict=True) if t == latest)
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


def _no_side(claims: Sequence[Claim], estimate: Estimate) -> Estimate:
    """Two sources in conflict: no majority, so the estimate spans both and names no point."""
    hull = claims[0].interval
    for claim in claims[1:]:
        hull = hull | claim.interval if claim.unit == claims[0].unit else hull
    return Estimate(
        interval=hull,
        core=Interval.empty(hull.unit),
        literal=hull,
        point=math.nan,
        agreement=0.5,
        agreeing=(),
        dissenting=tuple(claims),
        method=estimate.method,
    )


# --------------------------------------------------------------------------- text and HTML


def _number(x: float) -> str:
    """Four significant digits, thousands separated: 11,750; 1.23e+09 -> 1,230,000,000."""
    if not math.isfinite(x):
        return str(x)
    rounded = float(f"{x:.4g}")
    return f"{rounded:,.0f}" if rounded == int(rounded) else f"{rounded:,}"


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _headline(result: Reconciliation) -> str:
    n_claims = sum(len(g.claims) for g in result.groups)
    return ", ".join(
        [_counted(len(result.sources), "source"), _counted(n_claims, "claim"), _counted(len(result), "group")]
    )


def _estimate_text(group: Group) -> str:
    estimate = group.estimate
    if estimate is None:
        return ""
    if estimate.interval.is_empty:
        return "∅ (no common value)"
    if math.isnan(estimate.point) and estimate.dissenting and not estimate.agreeing:
        sides = " vs ".join(f"{c.text} ({c.source or ''})" for c in group.claims)
        return f"no majority: {sides}"
    if not math.isfinite(estimate.point):  # an unbounded estimate has no point
        return str(estimate.interval)
    return f"≈ {_number(estimate.point)} in {estimate.interval}"


def _percent(share: float) -> str:
    return "" if math.isnan(share) else f"{share:.0%}"


def _verdict_note(group: Group) -> str:
    if group.verdict == UPDATED:
        return " A running total that grew over time: the estimate is its latest state."
    if group.verdict == SINGLE_SOURCE:
        return " Only one source: nothing to compare."
    if group.estimate is not None and math.isnan(group.estimate.point) and not group.estimate.agreeing:
        return " No majority: the estimate takes no side."
    return ""


def _dissenter_text(group: Group) -> str:
    return ", ".join(dict.fromkeys(c.source or "" for c in group.dissenters))


def _shown(claims: Sequence[Claim], dissenters: set[Claim]) -> tuple[list[Claim], int]:
    """The claims a view lists, dissenters first, and how many it leaves out."""
    ranked = sorted(claims, key=lambda c: c not in dissenters)  # stable: document order otherwise
    return ranked[:_SHOWN], max(0, len(claims) - _SHOWN)


def _table(rows: Sequence[Sequence[str]], *, header: bool = False, indent: str = "") -> str:
    """Lay out rows of text in left-aligned columns."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        indent + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    if header:
        lines.insert(1, indent + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


_VERDICT_COLOURS = {
    "consistent": "#2e7d32",
    "compatible": "#9e9d24",
    "strained": "#ef6c00",
    "conflicting": "#c62828",
    _INCOMPARABLE: "#616161",
    UPDATED: "#1565c0",
    SINGLE_SOURCE: "#757575",
}


def _highlighted_sentence(claim: Claim, *, dissenting: bool) -> str:
    """The claim's sentence, escaped, with the claim in ``<mark>`` (red when it dissents)."""
    sentence = claim.sentence
    style = ' style="background:#ffcdd2"' if dissenting else ""
    mark = f"<mark{style}>{html.escape(claim.text)}</mark>"
    at = sentence.find(claim.text)
    if at < 0:
        return mark
    return f"{html.escape(sentence[:at])}{mark}{html.escape(sentence[at + len(claim.text) :])}"


def _group_html(group: Group) -> str:
    colour = _VERDICT_COLOURS.get(group.verdict, "#616161")
    badge = (
        f'<span style="background:{colour};color:white;padding:0 .4em;border-radius:3px">'
        f"{html.escape(group.verdict)}</span>"
    )
    estimate = "" if group.estimate is None else f" estimate {html.escape(_estimate_text(group))}"
    agreement = f" agreement {_percent(group.agreement)}" if not math.isnan(group.agreement) else ""
    why = f"<p><small>linked by {html.escape(', '.join(group.why))}</small></p>" if group.why else ""
    dissenters = set(group.dissenters)
    shown, hidden = _shown(group.claims, dissenters)
    frames = dict(zip(group.claims, group.frames, strict=True))
    times = dict(zip(group.claims, group.times, strict=True))
    rows = "".join(
        f"<tr><td>{html.escape(c.source or '')}</td>"
        f"<td>{html.escape('' if times[c] is None else str(times[c]))}</td>"
        f"<td>{_highlighted_sentence(c, dissenting=c in dissenters)}</td>"
        f"<td>{html.escape(str(c.interval))}</td>"
        f"<td><small>{html.escape(frames[c].describe())}</small></td></tr>"
        for c in shown
    )
    more = f"<p>... and {hidden} more claims</p>" if hidden else ""
    history = _timeline_svg(group) if group.verdict == UPDATED else ""
    return (
        f'<div class="claimnum-group"><p><b>{html.escape(group.label)}</b> {badge}{agreement}{estimate}</p>'
        f"{why}{history}<table>{rows}</table>{more}</div>"
    )


def _timeline_svg(group: Group) -> str:
    """A small inline picture of an updated group: each report's support, left to right in time."""
    frame = group.timeline
    finite = [float(x) for x in (*frame["lo"], *frame["hi"]) if math.isfinite(x)]
    if not finite:
        return ""
    low, high = min(finite), max(finite)
    span = (high - low) or 1.0
    width, height, step = 320, 80, 320 / max(1, len(frame))

    def y(value: float) -> float:
        value = min(max(value, low), high) if math.isfinite(value) else (high if value > 0 else low)
        return round(height - 10 - (value - low) / span * (height - 20), 1)

    marks = "".join(
        f'<line x1="{(k + 0.5) * step:.1f}" x2="{(k + 0.5) * step:.1f}" y1="{y(lo)}" y2="{y(hi)}" '
        f'stroke="#1565c0" stroke-width="6"><title>{html.escape(f"{row.source}: {row.text}")}</title></line>'
        for k, (row, lo, hi) in enumerate(zip(frame.itertuples(), frame["lo"], frame["hi"], strict=True))
    )
    return f'<svg width="{width}" height="{height}" role="img" aria-label="timeline">{marks}</svg>'


def _finite(x: float) -> float | None:
    return x if math.isfinite(x) else None


def _interval_dict(interval: Interval) -> dict[str, Any]:
    return {
        "lo": _finite(interval.lo),
        "hi": _finite(interval.hi),
        "closed": interval.closed,
        "unit": interval.unit,
        "empty": interval.is_empty,
    }


def _group_dict(group: Group) -> dict[str, Any]:
    estimate = group.estimate
    return {
        "label": group.label,
        "verdict": group.verdict,
        "agreement": _finite(group.agreement),
        "why": list(group.why),
        "sources": list(group.sources),
        "dissenters": [c.source for c in group.dissenters],
        "estimate": None
        if estimate is None
        else {
            "point": _finite(estimate.point),
            "interval": _interval_dict(estimate.interval),
            "core": _interval_dict(estimate.core),
            "method": estimate.method,
        },
        "claims": [
            {
                "source": c.source,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "value": c.value,
                "unit": c.unit,
                "subject": c.subject,
                "qualifier": c.qualifier,
                "predicate": c.predicate,
                "interval": _interval_dict(c.interval),
                "core": _interval_dict(c.core),
                "time": None if time is None else str(time),
                "measure": frame.measure,
                "entity": frame.entity,
                "anchor": frame.anchor,
                "background": frame.background,
            }
            for c, frame, time in zip(group.claims, group.frames, group.times, strict=True)
        ],
    }


# --------------------------------------------------------------------------- at scale

RECONCILED_META: pd.DataFrame = pd.DataFrame(
    {name: pd.Series(dtype=dtype) for name, dtype in _FRAME_DTYPES.items()}
)
"""An empty frame with the schema of :meth:`Reconciliation.to_frame` (and :func:`reconcile_frame`).

For dask: ``groupby(...).apply(reconcile_frame, ..., meta=RECONCILED_META)``; add your key column
in front when you keep it (``by=``).

Examples
--------
>>> import claimnum
>>> claimnum.RECONCILED_META.dtypes[["group", "time", "value", "agreement"]].astype(str).tolist()
['string', 'datetime64[ns]', 'Float64', 'float64']
"""

_SPARK_TYPES = {
    "string": "STRING",
    "datetime64[ns]": "TIMESTAMP",
    "Float64": "DOUBLE",
    "float64": "DOUBLE",
    "bool": "BOOLEAN",
}
RECONCILED_SPARK_SCHEMA: str = ", ".join(
    f"`{name}` {_SPARK_TYPES[dtype]}" for name, dtype in _FRAME_DTYPES.items()
)
"""The Spark DDL schema of :func:`reconcile_frame`'s output, for ``applyInPandas``.

Put your key column in front when you keep it: ``"`story` STRING, " + RECONCILED_SPARK_SCHEMA``.

Examples
--------
>>> import claimnum
>>> claimnum.RECONCILED_SPARK_SCHEMA.split(", ")[:3]
['`group` STRING', '`source` STRING', '`time` TIMESTAMP']
"""


def reconcile_frame(
    documents: pd.DataFrame,
    *,
    text: str,
    source: str | None = None,
    time: str | None = None,
    by: str | None = None,
    **options: Any,
) -> pd.DataFrame:
    """Reconcile the documents of one story and return one row per claim (for groupby-apply).

    ``reconcile(documents, text=..., source=..., time=..., **options).to_frame()``
    with the fixed schema :data:`RECONCILED_META`, and, with ``by``, the
    story's key in front: the function to run per story inside pandas' or
    dask's ``groupby(by).apply`` or Spark's ``groupBy(by).applyInPandas``.

    Parameters
    ----------
    documents : pandas.DataFrame
        The documents of one story (one group of your archive).
    text, source, time : str
        Column names, as for :func:`reconcile`.
    by : str, optional
        The column that names the story; its value (one per group; or the
        group's ``name`` when groupby-apply leaves the column out) is kept as
        the first column of the result, as a string.
    **options
        ``profile``, ``method``, ``rates`` or ``key``, as for :func:`reconcile`.

    Returns
    -------
    pandas.DataFrame
        The columns of :data:`RECONCILED_META`, ``by`` first when given.

    Raises
    ------
    InvalidArgumentError
        If ``by`` names neither a column nor the group, or the group holds more than one story.

    Examples
    --------
    >>> import pandas as pd
    >>> from claimnum.reconcile import reconcile_frame
    >>> news = pd.DataFrame({"story": ["s1", "s1"], "outlet": ["a", "b"],
    ...                      "body": ["The storm killed 12 people.", "The storm killed 12 people."]})
    >>> rows = reconcile_frame(news, text="body", source="outlet", by="story")
    >>> rows[["story", "group", "source", "verdict"]]
      story   group source     verdict
    0    s1  deaths      a  consistent
    1    s1  deaths      b  consistent
    """
    frame = reconcile(documents, text=text, source=source, time=time, **options).to_frame()
    if by is None:
        return frame
    if by in documents.columns:
        keys = documents[by].drop_duplicates()
    elif getattr(documents, "name", None) is not None:  # groupby-apply leaves the key out, as .name
        keys = pd.Series([documents.name])
    else:
        raise InvalidArgumentError(f"by={by!r} is not a column of the documents, nor their group's name")
    if len(keys) > 1:
        raise InvalidArgumentError(
            f"reconcile_frame reconciles one story at a time; got {len(keys)} values of {by!r}"
        )
    key = str(keys.iloc[0]) if len(keys) else ""
    frame.insert(0, by, pd.Series([key] * len(frame), dtype="string", index=frame.index))
    return frame


# --------------------------------------------------------------------------- bundled examples


def example_documents() -> dict[str, str]:
    """Return the example news stories bundled with claimnum, by source name.

    Two invented outlets report the same events (North Korean troops in the
    Kursk region, early 2025) with different figures: deployments of "over
    10,000", "an estimated 11,000" and "around 12,000" soldiers, how long the
    troops have not been seen, casualties, and an aid package in dollars and
    kronor.  The stories are claimnum's own text; ``data/examples/sources.toml``
    lists the outlets' names, kinds and dates.

    Returns
    -------
    dict of str to str
        Source name to story text, in a fixed order.

    Examples
    --------
    >>> from claimnum.reconcile import example_documents
    >>> docs = example_documents()
    >>> list(docs)
    ['Harbour Wire', 'Lakeshore Broadcasting']
    >>> "around 12,000 soldiers" in docs["Lakeshore Broadcasting"]
    True
    """
    folder = resources.files("claimnum").joinpath("data/examples")
    sources = tomllib.loads(folder.joinpath("sources.toml").read_text("utf-8"))
    return {meta["name"]: folder.joinpath(meta["file"]).read_text("utf-8") for meta in sources.values()}
