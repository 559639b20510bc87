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
>>> from claimnum import example_documents
>>> from claimnum.reconcile import reconcile
>>> result = reconcile(example_documents())
>>> troops = result["troops"]
>>> [(claim.qualifier, claim.value) for claim in troops.claims]
[('over', 10000.0), ('an estimated', 11000.0), ('around', 12000.0)]
>>> troops.verdict, troops.why
('consistent', ('same measure: troops',))
"""

from __future__ import annotations

import html
import math
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, get_args

from claimnum.claim import Claim
from claimnum.collector import paused
from claimnum.combine import Method
from claimnum.documents import read_documents, story_year_of
from claimnum.errors import (
    InvalidArgumentError,
    InvalidTypeError,
    MissingDependencyError,
    PositionError,
    UnknownLabelError,
)
from claimnum.extract import extract
from claimnum.group import Group
from claimnum.grouping import QuantityFrame, frame_of
from claimnum.partition import Key, labeller, partition
from claimnum.report import (
    dissenter_text,
    estimate_text,
    group_dict,
    group_html,
    headline,
    percent,
    table,
)
from claimnum.units import Rates, checked_rates

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from claimnum.profiles import Profile

__all__ = ["Group", "Reconciliation", "reconcile"]

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
        def accepted() -> str:  # the message's end, built only on an error
            if not self.groups:
                return "there are no groups"
            labels = ", ".join(repr(g.label) for g in self.groups[:10])
            labels += ", ..." if len(self.groups) > 10 else ""
            return (
                f"look a group up by its label (a str: {labels}) or its position "
                f"(an int from 0 to {len(self.groups) - 1}, negative from the end)"
            )

        if isinstance(item, str):
            for group in self.groups:
                if group.label == item:
                    return group
            raise UnknownLabelError(f"no group labelled {item!r}; {accepted()}")
        try:
            return self.groups[operator.index(item)]  # an int, NumPy's too
        except TypeError:
            kind = type(item).__name__
            raise InvalidTypeError(f"cannot look a group up by a {kind}; {accepted()}") from None
        except IndexError:
            raise PositionError(f"no group at position {item}; {accepted()}") from None

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
                    "estimate": "" if estimate is None else estimate_text(group),
                    "point": math.nan if estimate is None else estimate.point,
                    "lo": math.nan if estimate is None else estimate.interval.lo,
                    "hi": math.nan if estimate is None else estimate.interval.hi,
                    "unit": "" if estimate is None else (estimate.interval.unit or ""),
                    "dissenters": dissenter_text(group),
                    "why": "; ".join(group.why),
                }
            )
        return pd.DataFrame(rows, columns=_SUMMARY_COLUMNS)

    def explain(self) -> str:
        """Say in words what each group is, its verdict, its estimate and the reasons that linked it.

        Returns
        -------
        str
            The headline, then one paragraph per group, in the order of
            :attr:`groups`: :meth:`Group.explain` (the reasons, the verdict and
            what it means, each claim with its frame) and the estimate.

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> print(reconcile({"a": "Over 300 people came.", "b": "About 320 people came."}).explain())
        2 sources, 2 claims, 1 group.
        <BLANKLINE>
        come: 2 claims from 2 sources, linked by same entity: person, same event: come.
        Verdict: consistent (agreement 100%).
          a: Over 300 (come of person)
          b: About 320 (come of person)
        Estimate: ≈ 320 in [310, 330].
        """
        paragraphs = [f"{headline(self)}."]
        for group in self.groups:
            estimate = "" if group.estimate is None else f"\nEstimate: {estimate_text(group)}."
            paragraphs.append(group.explain() + estimate)
        return "\n\n".join(paragraphs)

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
            "groups": [group_dict(g) for g in self.groups],
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
            headline(self),
            "",
            table(
                [["group", "sources", "verdict", "agreement", "estimate", "dissenters"]]
                + [
                    [
                        g.label,
                        str(len(g.sources)),
                        g.verdict,
                        percent(g.agreement),
                        "" if g.estimate is None else estimate_text(g),
                        dissenter_text(g),
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
        head = f"<p><b>{headline(self)}</b> ({html.escape(', '.join(self.sources))})</p>"
        return (
            f'<div class="claimnum-reconciliation">{head}{"".join(group_html(g) for g in self.groups)}</div>'
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
        (``None``, ``NaN``, ``pandas.NA``) are skipped; any other text that is
        not a ``str`` is an error naming its row.
    text, source, time : str, optional
        A DataFrame's columns: the texts (required for a DataFrame), their
        source names (default, and for a missing source: the index labels) and when each was published
        (a ``datetime``, ``date`` or ``datetime64``, or a string :func:`pandas.to_datetime`
        reads; a number is refused).
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
        a time is a number, ``key`` is neither callable nor a mapping or gives a
        claim an unhashable label, ``rates`` is no mapping or a rate is no number.
    InvalidArgumentError
        If two documents share a source name, a DataFrame comes without
        ``text=`` or names a missing column, a time cannot be read, for a bad
        ``profile`` or ``method``, or for a rate that is not positive or not of
        a currency (:class:`~claimnum.errors.MissingRateError`).

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
reconcile(..., text="body") (columns: outlet, published, body)
    """
    if method is not None and method not in get_args(Method):
        choices = ", ".join(map(repr, get_args(Method)))
        raise InvalidArgumentError(f"unknown method {method!r}; choose one of {choices}")
    rate_map = checked_rates(rates)  # before any work: a typo in a rate is the caller's to fix
    label_of = labeller(key)
    named, times = read_documents(documents, text=text, source=source, time=time)
    year = story_year_of(named, times)
    claims: list[Claim] = []
    frames: list[QuantityFrame] = []
    # Extraction and frames make no reference cycles (a test checks it): nothing for the collector
    # to free, yet the claims and frames kept make its scans of the heap longer and longer.
    with paused():
        for name, body in named.items():  # each document's frames while its sentences are fresh in the caches
            found = extract(body, source=name, profile=profile)
            claims += found
            frames += [frame_of(c, story_year=year) for c in found]
    groups = partition(
        claims,
        frames,
        [times.get(c.source or "") for c in claims],
        label_of=label_of,
        method=method,
        rates=rate_map,
    )
    return Reconciliation(groups, tuple(named), tuple(sorted((rate_map or {}).items())))
