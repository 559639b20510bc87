"""Forest plots of claims, intervals and estimates.

One row per item, read as claimnum reads a claim: the *core* (the values the
wording makes most plausible) is drawn thick, the *support* (every value the
wording allows) thin, and the *literal* reading (what the words alone
guarantee) as a faint line behind both.  Finite ends are filled dots when
closed and hollow dots when open; an end that is unbounded runs to the edge of
the axis and ends in an arrow.  A combined estimate is shaded across all rows,
with a dashed line at its point.

matplotlib is an optional dependency (``pip install "claimnum[plot]"``); it is
imported only when a plot is drawn.

Examples
--------
>>> from matplotlib.figure import Figure
>>> from claimnum import Interval
>>> from claimnum.plot import forest
>>> ax = forest(
...     [Interval(10_000, float("inf"), closed="neither"), Interval(9_500, 12_500)],
...     estimate=Interval(11_000, 12_500),
...     ax=Figure().subplots(),
... )
>>> len(ax.get_yticklabels())
2
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeAlias

from claimnum.claim import Claim
from claimnum.combine import Estimate
from claimnum.errors import InvalidArgumentError, InvalidTypeError, MissingDependencyError
from claimnum.interval import Interval
from claimnum.units import Rates, canonical_unit

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["forest", "timeline"]

Item: TypeAlias = Interval | Claim | Estimate

# Colours from matplotlib's default cycle, so a user's style sheet applies.
_CLAIM_COLOR = "C0"
_ESTIMATE_COLOR = "C1"
_DISSENT_COLOR = "C3"

_LABEL_WIDTH = 44  # characters of quoted claim text per row label
_PAD = 0.06  # fraction of the data span left free on each side of the axis
_ARROW_ROOM = 0.2  # extra fraction on a side where an unbounded end needs room for its arrow
_SCALES = ((1e12, "trillions"), (1e9, "billions"), (1e6, "millions"))

# Line styles of the three readings, shared by the rows and the legend.
_LITERAL: dict[str, Any] = {"alpha": 0.3, "lw": 1.2, "solid_capstyle": "butt", "zorder": 1}
_CORE: dict[str, Any] = {"alpha": 0.55, "lw": 7, "solid_capstyle": "butt", "zorder": 2}
_CORE_POINT: dict[str, Any] = {"marker": "D", "ms": 7, "ls": "", "zorder": 3}
_SUPPORT: dict[str, Any] = {"lw": 1.6, "zorder": 3}
_END: dict[str, Any] = {"marker": "o", "ms": 6, "mew": 1.5, "ls": "", "zorder": 4}
_POINT: dict[str, Any] = {"marker": "|", "ms": 14, "mew": 2, "ls": "", "zorder": 5}
_ARROW: dict[str, Any] = {"arrowstyle": "-|>", "lw": 1.6, "shrinkA": 0, "shrinkB": 0, "mutation_scale": 12}


@dataclass(frozen=True, slots=True)
class _Row:
    """One row of the plot: the three readings of an item, in the plot's unit."""

    label: str
    literal: Interval
    support: Interval
    core: Interval
    point: float | None
    color: str


def _require_matplotlib() -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError as err:
        raise MissingDependencyError('claimnum.plot needs matplotlib: pip install "claimnum[plot]"') from err


def _readings(item: Item) -> tuple[Interval, Interval, Interval, float | None]:
    """Return ``(literal, support, core, point)`` for any item check and combine accept."""
    if isinstance(item, Interval):
        return item, item, item, None
    if isinstance(item, Claim):
        return item.literal, item.interval, item.core, None
    if isinstance(item, Estimate):
        point = item.point if math.isfinite(item.point) else None  # NaN: no point (empty or unbounded)
        return item.literal, item.interval, item.core, point
    raise InvalidTypeError(f"forest plots Claim, Interval or Estimate items, got {type(item).__name__}")


def _default_label(item: Item) -> str:
    if isinstance(item, Claim):
        quote = f"“{textwrap.shorten(item.text, _LABEL_WIDTH, placeholder=' …')}”"
        return f"{quote}\n{item.source}" if item.source else quote
    if isinstance(item, Interval):
        return str(item)
    return "combined estimate"


def _convert(interval: Interval, unit: str | None, rates: Rates | None) -> Interval:
    return interval if interval.unit == unit else interval.to(unit, rates=rates)


def _row(item: Item, label: str, unit: str | None, rates: Rates | None) -> _Row:
    literal, support, core, point = _readings(item)
    if point is not None and support.unit != unit:
        point = _convert(Interval.point(point, unit=support.unit), unit, rates).lo
    color = _CLAIM_COLOR if isinstance(item, (Interval, Claim)) else _ESTIMATE_COLOR
    return _Row(
        label,
        _convert(literal, unit, rates),
        _convert(support, unit, rates),
        _convert(core, unit, rates),
        point,
        color,
    )


def _ends(interval: Interval) -> list[float]:
    return [] if interval.is_empty else [x for x in (interval.lo, interval.hi) if math.isfinite(x)]


def _limits(rows: Sequence[_Row], estimate: _Row | None) -> tuple[float, float]:
    """Return x limits that show every finite end of the supports, with room for arrows."""
    # The literal reading may reach far ("fewer than 9,000" allows 0): it is clipped, not shown whole.
    every = [*rows, estimate] if estimate is not None else list(rows)
    values = [x for r in every for iv in (r.support, r.core) for x in _ends(iv)]
    values += [r.point for r in every if r.point is not None]
    if not values:
        return -1.0, 1.0
    lo, hi = min(values), max(values)
    span = hi - lo or (abs(lo) * 0.2 or 1.0)
    spans = [r.support for r in every if not r.support.is_empty]
    left = _PAD + (_ARROW_ROOM if any(s.lo == -math.inf for s in spans) else 0.0)
    right = _PAD + (_ARROW_ROOM if any(s.hi == math.inf for s in spans) else 0.0)
    return lo - left * span, hi + right * span


def _clipped(interval: Interval, limits: tuple[float, float]) -> tuple[float, float]:
    return max(interval.lo, limits[0]), min(interval.hi, limits[1])


def _draw_literal(ax: Axes, row: _Row, y: float, limits: tuple[float, float]) -> None:
    if row.literal.is_empty or row.literal == row.support:  # hidden under the support anyway
        return
    lo, hi = _clipped(row.literal, limits)
    ax.plot(
        [lo, hi],
        [y, y],
        color=row.color,
        marker="|" if lo == hi else None,
        gid="claimnum-literal",
        **_LITERAL,
    )
    _draw_arrows(ax, row.literal, y, limits, row.color, alpha=_LITERAL["alpha"])


def _draw_core(ax: Axes, row: _Row, y: float, limits: tuple[float, float]) -> None:
    if row.core.is_empty:
        return
    lo, hi = _clipped(row.core, limits)
    style = _CORE_POINT if lo == hi else _CORE
    ax.plot([lo, hi], [y, y], color=row.color, gid="claimnum-core", **style)


def _draw_support(ax: Axes, row: _Row, y: float, limits: tuple[float, float]) -> None:
    support = row.support
    if support.is_empty:
        where = ax.get_yaxis_transform()
        ax.text(
            0.5,
            y,
            "∅ no value",
            transform=where,
            ha="center",
            va="center",
            color=row.color,
            gid="claimnum-empty",
        )
        return
    lo, hi = _clipped(support, limits)
    ax.plot([lo, hi], [y, y], color=row.color, gid="claimnum-support", **_SUPPORT)
    for x, closed in ((support.lo, support.left_closed), (support.hi, support.right_closed)):
        if math.isfinite(x):
            face = row.color if closed else "white"
            gid = "claimnum-closed" if closed else "claimnum-open"
            ax.plot([x], [y], mec=row.color, mfc=face, gid=gid, **_END)
    _draw_arrows(ax, support, y, limits, row.color)
    if row.point is not None:
        ax.plot([row.point], [y], color=row.color, gid="claimnum-point", **_POINT)


def _draw_arrows(
    ax: Axes, interval: Interval, y: float, limits: tuple[float, float], color: str, alpha: float = 1.0
) -> None:
    """Put an arrowhead at the axis edge for each end of ``interval`` beyond the axis."""
    head = 0.03 * (limits[1] - limits[0])
    ends = ((interval.lo < limits[0], limits[0], head), (interval.hi > limits[1], limits[1], -head))
    for beyond, edge, inward in ends:
        if beyond:
            arrow = {**_ARROW, "color": color, "alpha": alpha}
            ax.annotate(
                "",
                (edge, y),
                (edge + inward, y),
                arrowprops=arrow,
                annotation_clip=False,
                gid="claimnum-arrow",
            )


def _shade_estimate(ax: Axes, estimate: _Row, limits: tuple[float, float]) -> None:
    for interval, alpha in ((estimate.support, 0.12), (estimate.core, 0.18)):
        if not interval.is_empty:
            lo, hi = _clipped(interval, limits)
            ax.axvspan(lo, hi, color=_ESTIMATE_COLOR, alpha=alpha, lw=0, gid="claimnum-estimate", zorder=0)
    if estimate.point is not None:
        ax.axvline(estimate.point, color=_ESTIMATE_COLOR, lw=1.2, ls="--", gid="claimnum-estimate-point")


def _dissents(row: _Row, estimate: _Row) -> bool:
    """Tell whether a row allows no value of the estimate (a dissenting source)."""
    if row.support.is_empty or estimate.support.is_empty:
        return False
    return (row.support & estimate.support).is_empty


def _scale(limits: tuple[float, float]) -> tuple[float, str]:
    largest = max(abs(limits[0]), abs(limits[1]))
    return next(((s, word) for s, word in _SCALES if largest >= s), (1.0, ""))


def _decimals(values: Iterable[float]) -> int:
    """Return the fewest decimals that print every tick value exactly (at most 6)."""
    ticks = list(values)
    for decimals in range(7):
        if all(abs(v * 10**decimals - round(v * 10**decimals)) < 1e-6 for v in ticks):
            return decimals
    return 6


def _format_number(value: float, decimals: int) -> str:
    text = f"{value + 0.0:,.{decimals}f}"
    return "0" if text.lstrip("-").strip("0.,") == "" else text.replace("-", "\N{MINUS SIGN}")


def _format_axis(ax: Axes, unit: str | None, subject: str | None, limits: tuple[float, float]) -> None:
    from matplotlib.ticker import FuncFormatter

    scale, word = _scale(limits)

    def tick(x: float, _pos: int | None) -> str:
        return _format_number(x / scale, _decimals(v / scale for v in ax.xaxis.get_majorticklocs()))

    ax.xaxis.set_major_formatter(FuncFormatter(tick))
    name = unit or subject or "value"
    ax.set_xlabel(f"{name} ({word})" if word else name, parse_math=False)


def _legend(ax: Axes, rows: Sequence[_Row], estimate: _Row | None) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.transforms import ScaledTranslation

    spans = [r.support for r in rows if not r.support.is_empty]
    ends = [(x, c) for s in spans for x, c in ((s.lo, s.left_closed), (s.hi, s.right_closed))]
    gray = "0.3"
    entries: list[tuple[Any, str, bool]] = [
        (Line2D([], [], color=gray, **_CORE), "core: most plausible", True),
        (Line2D([], [], color=gray, **_SUPPORT), "support: possible", True),
        (
            Line2D([], [], color=gray, **_CORE_POINT),
            "core: one value",
            any(r.core.lo == r.core.hi for r in rows),
        ),
        (
            Line2D([], [], color=gray, **_LITERAL),
            "literal: as worded",
            any(r.literal != r.support for r in rows),
        ),
        (Line2D([], [], color=gray, **_END), "closed end", any(math.isfinite(x) and c for x, c in ends)),
        (
            Line2D([], [], color=gray, mfc="white", **_END),
            "open end",
            any(math.isfinite(x) and not c for x, c in ends),
        ),
        (Line2D([], [], color=gray, marker=">", ls=""), "unbounded", any(math.isinf(x) for x, _ in ends)),
        (Line2D([], [], color=gray, **_POINT), "point estimate", any(r.point is not None for r in rows)),
        (Patch(color=_ESTIMATE_COLOR, alpha=0.3), "combined estimate", estimate is not None),
        (
            Line2D([], [], color=_DISSENT_COLOR, **_SUPPORT),
            "outside the estimate",
            any(r.color == _DISSENT_COLOR for r in rows),
        ),
    ]
    shown = [(handle, text) for handle, text, wanted in entries if wanted]
    # Below the tick labels and the axis label, whatever the height of the axes.
    below = ax.transAxes + ScaledTranslation(0, -_points_below_axis() / 72, ax.figure.dpi_scale_trans)
    handles, texts = zip(*shown, strict=True)
    ax.legend(
        handles,
        texts,
        loc="upper center",
        bbox_to_anchor=(0.5, 0),
        bbox_transform=below,
        ncols=3,
        frameon=False,
        fontsize=8,
    )


def _points_below_axis() -> float:
    """Return the height of the tick labels and the axis label under the x axis, in points."""
    from matplotlib import rcParams
    from matplotlib.font_manager import FontProperties

    def size(value: Any) -> float:
        return float(FontProperties(size=value).get_size_in_points())

    labels = size(rcParams["xtick.labelsize"]) + size(rcParams["axes.labelsize"])
    pads = float(rcParams["xtick.major.size"] + rcParams["xtick.major.pad"] + rcParams["axes.labelpad"])
    return labels + pads + 6


def _label_rows(ax: Axes, rows: Sequence[_Row]) -> None:
    # Scraped text is shown as written: "$1 and $2 billion" is not mathtext.
    ax.set_yticks(range(len(rows)), [r.label for r in rows], fontsize=8, parse_math=False)
    ax.set_ylim(len(rows) - 0.5, -0.5)  # first item on top
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", alpha=0.3)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)


def _common_subject(items: Sequence[Item]) -> str | None:
    subjects = {item.subject for item in items if isinstance(item, Claim) and item.subject}
    return subjects.pop() if len(subjects) == 1 else None


def _plot_unit(items: Sequence[Item], unit: str | None) -> str | None:
    return canonical_unit(unit) if unit is not None else _readings(items[0])[1].unit


def forest(
    items: Iterable[Item],
    *,
    ax: Axes | None = None,
    estimate: Interval | Estimate | None = None,
    labels: Sequence[str] | None = None,
    unit: str | None = None,
    rates: Rates | None = None,
    title: str | None = None,
    legend: bool = True,
) -> Axes:
    """Draw a forest plot: one row per claim, interval or estimate.

    Each row shows the item's core (thick), support (thin, with filled dots at
    closed ends and hollow dots at open ones, and an arrow at the axis edge
    for an unbounded end) and literal reading (faint).  An ``estimate`` is
    shaded across the rows, its core darker, with a dashed line at its point;
    rows that allow no value of the estimate are drawn in red.

    Parameters
    ----------
    items : iterable of Claim, Interval or Estimate
        What to draw, top to bottom.  Their units must convert to one unit.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure sized to the rows by default.
    estimate : Estimate or Interval, optional
        A combined estimate to shade behind the rows, e.g. ``claimnum.combine(items)``.
    labels : sequence of str, optional
        One row label per item.  By default a claim is labelled with its
        quoted text and its source, an interval with its notation.
    unit : str, optional
        The unit of the axis; by default the unit of the first item.
    rates : mapping of str to float, optional
        Exchange rates for items in different currencies (see :mod:`claimnum.units`).
    title : str, optional
        The axes title.
    legend : bool, default True
        Add a key to the line styles below the axes.  With your own ``ax``,
        use ``layout="constrained"`` (or ``savefig(..., bbox_inches="tight")``)
        to keep it inside the figure.

    Returns
    -------
    matplotlib.axes.Axes
        The axes drawn on.

    Raises
    ------
    MissingDependencyError
        If matplotlib is not installed.
    InvalidArgumentError
        If there is nothing to plot or ``labels`` does not match ``items``.
    InvalidTypeError
        If an item is not a Claim, Interval or Estimate.
    UnitMismatchError
        If the items' units do not convert to one another (``MissingRateError``
        for currencies without ``rates``).

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> from claimnum import Interval
    >>> ax = forest(
    ...     [Interval(2, 3, unit="week"), Interval(10, 24, closed="left", unit="day")],
    ...     unit="day",
    ...     ax=Figure().subplots(),
    ... )
    >>> ax.get_xlabel()
    'day'
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['[2, 3] week', '[10, 24) day']
    """
    _require_matplotlib()
    items = list(items)
    if not items:
        raise InvalidArgumentError("forest needs at least one item to plot")
    if labels is not None and len(labels) != len(items):
        raise InvalidArgumentError(f"got {len(labels)} labels for {len(items)} items")
    axis_unit = _plot_unit(items, unit)
    names = list(labels) if labels is not None else [_default_label(item) for item in items]
    rows = [_row(item, name, axis_unit, rates) for item, name in zip(items, names, strict=True)]
    shade = _row(estimate, "", axis_unit, rates) if estimate is not None else None
    if shade is not None:
        rows = [replace(r, color=_DISSENT_COLOR) if _dissents(r, shade) else r for r in rows]
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(7.5, 1.3 + 0.55 * len(rows)), layout="constrained")
    limits = _limits(rows, shade)
    ax.set_xlim(*limits)
    if shade is not None:
        _shade_estimate(ax, shade, limits)
    for y, row in enumerate(rows):
        _draw_literal(ax, row, y, limits)
        _draw_core(ax, row, y, limits)
        _draw_support(ax, row, y, limits)
    _label_rows(ax, rows)
    _format_axis(ax, axis_unit, _common_subject(items), limits)
    if title is not None:
        ax.set_title(title, fontsize=10, loc="left", parse_math=False)
    if legend:
        _legend(ax, rows, shade)
    return ax


def timeline(
    history: Any,
    *,
    ax: Axes | None = None,
    estimate: Interval | Estimate | None = None,
    title: str | None = None,
) -> Axes:
    """Draw how a figure evolved: each report's support at its time, the latest state shaded.

    Parameters
    ----------
    history : pandas.DataFrame
        One row per report with columns ``time``, ``source``, ``text``, ``lo``
        and ``hi`` (:attr:`claimnum.reconcile.Group.timeline`).  Rows without a
        time are drawn after the others, in order.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure by default.
    estimate : Estimate or Interval, optional
        The latest state, shaded across the axis.
    title : str, optional
        The axes title.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    MissingDependencyError
        If matplotlib is not installed.
    InvalidArgumentError
        If the history has no rows.

    Examples
    --------
    >>> import pandas as pd
    >>> from matplotlib.figure import Figure
    >>> from claimnum.plot import timeline
    >>> history = pd.DataFrame({"time": pd.to_datetime(["2024-05-01", "2024-05-02"]),
    ...                         "source": ["a", "b"], "text": ["at least 3", "10"],
    ...                         "lo": [3.0, 10.0], "hi": [float("inf"), 10.0]})
    >>> ax = timeline(history, ax=Figure().subplots(), title="deaths")
    >>> ax.get_title(loc="left"), [t.get_text() for t in ax.get_xticklabels()]
    ('deaths', ['a\\n05-01 00:00', 'b\\n05-02 00:00'])
    """
    _require_matplotlib()
    if len(history) == 0:
        raise InvalidArgumentError("timeline needs at least one report to plot")
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(7.5, 3.2), layout="constrained")
    finite = [float(x) for x in (*history["lo"], *history["hi"]) if math.isfinite(float(x))]
    low, high = (min(finite), max(finite)) if finite else (0.0, 1.0)
    room = (high - low) * 0.15 or max(abs(high), 1.0) * 0.15
    bottom, top = low - room, high + room
    if estimate is not None:
        state = estimate.interval if isinstance(estimate, Estimate) else estimate
        if not state.is_empty:
            ax.axhspan(
                max(state.lo, bottom),
                min(state.hi, top),
                color=_ESTIMATE_COLOR,
                alpha=0.2,
                label="latest state",
            )
    for x, row in enumerate(history.itertuples()):
        lo, hi = float(row.lo), float(row.hi)
        ends = (max(lo, bottom), min(hi, top))
        ax.plot([x, x], ends, color=_CLAIM_COLOR, **_SUPPORT)
        ax.plot([x], [ends[0]], color=_CLAIM_COLOR, **_END)
        if math.isfinite(hi):
            ax.plot([x], [ends[1]], color=_CLAIM_COLOR, **_END)
        else:
            ax.annotate("", xy=(x, top), xytext=(x, ends[0]), arrowprops={**_ARROW, "color": _CLAIM_COLOR})
        ax.annotate(
            textwrap.shorten(str(row.text), 24),
            (x, ends[0]),
            xytext=(6, 0),
            textcoords="offset points",
            fontsize=8,
            va="center",
        )
    ax.set_ylim(bottom, top)
    ax.set_xlim(-0.5, len(history) - 0.5)
    ax.set_xticks(range(len(history)))
    ax.set_xticklabels([_when(row.source, row.time) for row in history.itertuples()], fontsize=8)
    if title is not None:
        ax.set_title(title, fontsize=10, loc="left", parse_math=False)
    return ax


def _when(source: object, time: Any) -> str:
    """A tick label: the source, and the time when known."""
    known = time is not None and str(time) not in ("NaT", "nan", "None")
    return f"{source}\n{time:%m-%d %H:%M}" if known else str(source)
