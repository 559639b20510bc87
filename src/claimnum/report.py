"""Views of a reconciliation: text tables, HTML and plain data.

The functions here present :class:`~claimnum.reconcile.Group` and
:class:`~claimnum.reconcile.Reconciliation` objects; they compute nothing
about the claims themselves.  Every scraped string is HTML-escaped.

Examples
--------
>>> from claimnum.report import table
>>> print(table([["a", "bb"], ["ccc", "d"]], header=True))
a    bb
---  --
ccc  d
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from claimnum.claim import Claim
from claimnum.interval import Interval

if TYPE_CHECKING:
    from claimnum.reconcile import Group, Reconciliation

__all__ = [
    "INCOMPARABLE",
    "SHOWN",
    "SINGLE_SOURCE",
    "UPDATED",
    "agreement_note",
    "counted",
    "dissenter_text",
    "estimate_text",
    "group_dict",
    "group_html",
    "headline",
    "iso_time",
    "listed",
    "percent",
    "table",
    "verdict_note",
]

SHOWN = 20
"""Claims listed per group in the text and HTML views; frames have them all."""
INCOMPARABLE = "incomparable"
"""check's verdict for units that do not convert (currencies without rates)."""
SINGLE_SOURCE = "single source"
"""The verdict of a group whose claims all come from one source."""
UPDATED = "updated"
"""The verdict of a running total that grew over time."""


def _number(x: float) -> str:
    """Four significant digits, thousands separated: 11,750; 1.23e+09 -> 1,230,000,000."""
    if not math.isfinite(x):
        return str(x)
    rounded = float(f"{x:.4g}")
    return f"{rounded:,.0f}" if rounded == int(rounded) else f"{rounded:,}"


def counted(n: int, noun: str) -> str:
    """``1 claim``, ``2 claims``.

    Parameters
    ----------
    n : int
        How many.
    noun : str
        The noun in the singular (its plural takes an "s").

    Returns
    -------
    str

    Examples
    --------
    >>> counted(1, "claim"), counted(3, "source")
    ('1 claim', '3 sources')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def headline(result: Reconciliation) -> str:
    """``2 sources, 12 claims, 7 groups``.

    Parameters
    ----------
    result : Reconciliation
        What :func:`claimnum.reconcile` returned.

    Returns
    -------
    str
        How many sources, claims and groups.

    Examples
    --------
    >>> from claimnum.reconcile import reconcile
    >>> headline(reconcile({"a": "About 300 people came.", "b": "Nearly 310 people came."}))
    '2 sources, 2 claims, 1 group'
    """
    n_claims = sum(len(g.claims) for g in result.groups)
    return ", ".join(
        [counted(len(result.sources), "source"), counted(n_claims, "claim"), counted(len(result), "group")]
    )


def estimate_text(group: Group) -> str:
    """A group's estimate in words: "≈ 11,500 in [11000, 12380]", "52", or "no majority: ... vs ...".

    Parameters
    ----------
    group : Group
        A group of a reconciliation.

    Returns
    -------
    str
        Empty when the group has no estimate.

    Examples
    --------
    >>> from claimnum.reconcile import reconcile
    >>> docs = {"a": "About 300 people came.", "b": "Nearly 310 people came.", "c": "Some 900 people came."}
    >>> group = reconcile(docs)[0]
    >>> estimate_text(group)
    '≈ 307.5 in [290, 310)'
    >>> estimate_text(reconcile({"a": "About 300 people came.", "b": "About 900 people came."})[0])
    'no majority: About 300 (a) vs About 900 (b)'
    """
    estimate = group.estimate
    if estimate is None:
        return ""
    if estimate.interval.is_empty:
        return "∅ (no common value)"
    if math.isnan(estimate.point) and estimate.dissenting and not estimate.agreeing:
        return f"no majority: {_camps_text(group)}"
    if not math.isfinite(estimate.point):  # an unbounded estimate has no point
        return str(estimate.interval)
    if estimate.interval.width == 0:  # one value: "52", not "≈ 52 in [52, 52]"
        return " ".join(filter(None, (_number(estimate.point), estimate.interval.unit)))
    return f"≈ {_number(estimate.point)} in {estimate.interval}"


def _camps_text(group: Group) -> str:
    """The camps of a group with no majority, each by its first claim and its sources:
    "about 15,000 (police) vs more than 60,000 (organisers)", then how many claims are in neither;
    the sources once at the end when one source gives them all."""
    position = {_key(c): i for i, c in enumerate(group.claims)}  # check saw the claims in their unit
    camps = [[group.claims[position[_key(c)]] for c in camp] for camp in group.check.camps]
    one_source = len({c.source for c in group.claims}) == 1
    sides = [camp[0].text if one_source else f"{camp[0].text} ({_sources(camp)})" for camp in camps if camp]
    rest = len(group.claims) - sum(map(len, camps))
    text = " vs ".join(sides)
    if rest:
        text += (
            f" against {counted(rest, 'other claim')}"
            if len(sides) == 1
            else f", and {counted(rest, 'other claim')}"
        )
    return f"{text} (all from {group.claims[0].source or 'one source'})" if one_source else text


def _key(claim: Claim) -> tuple[str | None, int, int, str]:
    return claim.source, claim.start, claim.end, claim.sentence


def _sources(claims: Sequence[Claim]) -> str:
    return ", ".join(dict.fromkeys(c.source or "" for c in claims))


def agreement_note(group: Group) -> str:
    """`` (agreement 67%)``, or nothing when there is no estimate.

    Parameters
    ----------
    group : Group
        A group of a reconciliation.

    Returns
    -------
    str
        Starts with a space; empty when the agreement is NaN.

    Examples
    --------
    >>> from claimnum.reconcile import reconcile
    >>> docs = {"a": "About 300 people came.", "b": "Nearly 310 people came.", "c": "Some 900 people came."}
    >>> group = reconcile(docs)[0]
    >>> agreement_note(group)
    ' (agreement 67%)'
    """
    return "" if math.isnan(group.agreement) else f" (agreement {percent(group.agreement)})"


def percent(share: float) -> str:
    """``67%``; empty for NaN.

    Parameters
    ----------
    share : float
        A share from 0 to 1, or NaN.

    Returns
    -------
    str

    Examples
    --------
    >>> percent(2 / 3), percent(float("nan"))
    ('67%', '')
    """
    return "" if math.isnan(share) else f"{share:.0%}"


def verdict_note(group: Group) -> str:
    """A sentence on what the verdict means, for :meth:`~claimnum.reconcile.Group.explain`.

    Parameters
    ----------
    group : Group
        A group of a reconciliation.

    Returns
    -------
    str
        Starts with a space; empty when the verdict says enough.

    Examples
    --------
    >>> from claimnum.reconcile import reconcile
    >>> verdict_note(reconcile({"a": "About 300 people came.", "b": "About 900 people came."})[0])
    ' No majority: the estimate takes no side.'
    >>> verdict_note(reconcile({"a": "About 300 people came."})[0])
    ' Only one source: nothing to compare.'
    """
    if group.verdict == UPDATED:
        return " A running total that grew over time: the estimate is its latest state."
    no_side = group.estimate is not None and math.isnan(group.estimate.point) and not group.estimate.agreeing
    if group.verdict == SINGLE_SOURCE:
        if no_side:
            return " Only one source, whose figures do not agree: no majority, the estimate takes no side."
        return " Only one source: nothing to compare."
    if no_side:
        return " No majority: the estimate takes no side."
    return ""


def dissenter_text(group: Group) -> str:
    """The dissenters' sources, comma-separated.

    Parameters
    ----------
    group : Group
        A group of a reconciliation.

    Returns
    -------
    str
        Each source once, in the order of the dissenting claims.

    Examples
    --------
    >>> from claimnum.reconcile import reconcile
    >>> docs = {"a": "About 300 people came.", "b": "Nearly 310 people came.", "c": "Some 900 people came."}
    >>> group = reconcile(docs)[0]
    >>> dissenter_text(group)
    'c'
    """
    return ", ".join(dict.fromkeys(c.source or "" for c in group.dissenters))


def listed(claims: Sequence[Claim], dissenters: set[Claim]) -> tuple[list[Claim], int]:
    """The claims a view lists, dissenters first, and how many it leaves out.

    Parameters
    ----------
    claims : sequence of Claim
        A group's claims, in their order.
    dissenters : set of Claim
        The claims that dissent.

    Returns
    -------
    shown : list of Claim
        At most :data:`SHOWN` claims, dissenters first, otherwise in their order.
    hidden : int
        How many claims are left out.

    Examples
    --------
    >>> from claimnum.reconcile import reconcile
    >>> docs = {"a": "About 300 people came.", "b": "Nearly 310 people came.", "c": "Some 900 people came."}
    >>> group = reconcile(docs)[0]
    >>> shown, hidden = listed(group.claims, set(group.dissenters))
    >>> [c.text for c in shown], hidden
    (['Some 900', 'About 300', 'Nearly 310'], 0)
    """
    ranked = sorted(claims, key=lambda c: c not in dissenters)  # stable: document order otherwise
    return ranked[:SHOWN], max(0, len(claims) - SHOWN)


def table(rows: Sequence[Sequence[str]], *, header: bool = False, indent: str = "") -> str:
    """Lay out rows of text in left-aligned columns.

    Parameters
    ----------
    rows : sequence of sequence of str
        The rows, all as long as the first.
    header : bool, default False
        Whether the first row is a header, underlined with dashes.
    indent : str, default ""
        Written before every line.

    Returns
    -------
    str
        The lines, joined by newlines; trailing spaces stripped.

    Examples
    --------
    >>> print(table([["source", "text"], ["a", "About 300"]], header=True, indent="  "))
      source  text
      ------  ---------
      a       About 300
    """
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
    INCOMPARABLE: "#616161",
    UPDATED: "#1565c0",
    SINGLE_SOURCE: "#757575",
}


def _highlighted_sentence(claim: Claim, *, dissenting: bool) -> str:
    """The claim's sentence, escaped, with the claim in ``<mark>`` (red when it dissents)."""
    sentence = claim.sentence
    style = ' style="background:#ffcdd2"' if dissenting else ""
    mark = f"<mark{style}>{html.escape(claim.text)}</mark>"
    at = claim.sentence_at
    if at < 0:
        return mark
    return f"{html.escape(sentence[:at])}{mark}{html.escape(sentence[at + len(claim.text) :])}"


def group_html(group: Group) -> str:
    """A group as HTML: label, verdict badge, agreement, estimate, reasons, timeline, claims.

    Parameters
    ----------
    group : Group
        A group of a reconciliation.

    Returns
    -------
    str
        A ``<div>`` of HTML; every scraped string escaped.

    Examples
    --------
    >>> from claimnum.reconcile import reconcile
    >>> docs = {"a": "About 300 people came.", "b": "Nearly 310 people came.", "c": "Some 900 people came."}
    >>> group = reconcile(docs)[0]
    >>> page = group_html(group)
    >>> page.startswith('<div class="claimnum-group">'), "<mark>About 300</mark>" in page
    (True, True)
    >>> '<mark style="background:#ffcdd2">Some 900</mark>' in page  # a dissenter
    True
    """
    colour = _VERDICT_COLOURS.get(group.verdict, "#616161")
    badge = (
        f'<span style="background:{colour};color:white;padding:0 .4em;border-radius:3px">'
        f"{html.escape(group.verdict)}</span>"
    )
    estimate = "" if group.estimate is None else f" estimate {html.escape(estimate_text(group))}"
    agreement = f" agreement {percent(group.agreement)}" if not math.isnan(group.agreement) else ""
    why = f"<p><small>linked by {html.escape(', '.join(group.why))}</small></p>" if group.why else ""
    dissenters = set(group.dissenters)
    shown, hidden = listed(group.claims, dissenters)
    frames = dict(zip(group.claims, group.frames, strict=True))
    times = dict(zip(group.claims, group.times, strict=True))
    rows = "".join(
        f"<tr><td>{html.escape(c.source or '')}</td>"
        f"<td>{html.escape(iso_time(times[c]) or '')}</td>"
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


def iso_time(time: Any) -> str | None:
    """A document's time as every output writes it: ISO 8601 in UTC with the offset.

    A time without a zone is taken as UTC, as
    :meth:`~claimnum.reconcile.Reconciliation.to_frame` reads it; ``None`` for no time.

    Parameters
    ----------
    time : Timestamp, str, datetime or None
        A time pandas reads.

    Returns
    -------
    str or None

    Examples
    --------
    >>> import pandas as pd
    >>> iso_time(pd.Timestamp("2024-03-01 08:00")), iso_time(pd.Timestamp("2024-03-01 10:00+02:00"))
    ('2024-03-01T08:00:00+00:00', '2024-03-01T08:00:00+00:00')
    >>> iso_time(None) is None, iso_time(pd.NaT) is None
    (True, True)
    """
    import pandas as pd

    if time is None or pd.isna(time):
        return None
    stamp = pd.Timestamp(time)
    return (stamp.tz_localize("UTC") if stamp.tz is None else stamp.tz_convert("UTC")).isoformat()


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


def group_dict(group: Group) -> dict[str, Any]:
    """A group as plain JSON-ready data.

    Parameters
    ----------
    group : Group
        A group of a reconciliation.

    Returns
    -------
    dict
        The label, verdict, agreement, reasons, sources, dissenters' sources, estimate (or
        None) and claims; infinite numbers and NaN as None.

    Examples
    --------
    >>> from claimnum.reconcile import reconcile
    >>> docs = {"a": "About 300 people came.", "b": "Nearly 310 people came.", "c": "Some 900 people came."}
    >>> group = reconcile(docs)[0]
    >>> data = group_dict(group)
    >>> data["verdict"], data["dissenters"], [c["text"] for c in data["claims"]]
    ('conflicting', ['c'], ['About 300', 'Nearly 310', 'Some 900'])
    """
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
                "time": iso_time(time),
                "measure": frame.measure,
                "entity": frame.entity,
                "anchor": frame.anchor,
                "background": frame.background,
            }
            for c, frame, time in zip(group.claims, group.frames, group.times, strict=True)
        ],
    }
