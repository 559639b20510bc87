"""Tests of claimnum.plot: structure of the forest plot, drawn headless (Agg)."""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Annotation, Text  # noqa: E402

import claimnum  # noqa: E402
from claimnum import Interval  # noqa: E402
from claimnum.errors import (  # noqa: E402
    InvalidArgumentError,
    InvalidTypeError,
    MissingDependencyError,
    MissingRateError,
    UnitMismatchError,
)
from claimnum.plot import _decimals, _format_number, forest, timeline  # noqa: E402

INF = math.inf


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def _ax() -> Axes:
    return Figure().subplots()


def _artists(ax: Axes, gid: str) -> list[Any]:
    return [a for a in ax.get_children() if a.get_gid() == gid]


def _row_labels(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


def _tick_labels(ax: Axes) -> list[str]:
    ax.figure.canvas.draw()
    return [t.get_text() for t in ax.get_xticklabels() if t.get_text()]


def test_one_row_per_item_first_on_top() -> None:
    items = [Interval(1, 2), Interval(3, 4, closed="left"), Interval(2, 5)]
    ax = forest(items, ax=_ax())
    assert _row_labels(ax) == ["[1, 2]", "[3, 4)", "[2, 5]"]
    assert list(ax.get_yticks()) == [0, 1, 2]
    bottom, top = ax.get_ylim()
    assert bottom > top  # y grows downwards: the first item is the top row
    assert len(_artists(ax, "claimnum-support")) == 3


def test_an_arrow_for_each_unbounded_end() -> None:
    ax = forest(
        [Interval(10_000, INF, closed="neither"), Interval(-INF, INF, closed="neither"), Interval(1, 2)],
        ax=_ax(),
    )
    arrows = _artists(ax, "claimnum-arrow")
    assert len(arrows) == 3
    assert all(isinstance(a, Annotation) for a in arrows)
    lo, hi = ax.get_xlim()
    assert sorted(a.xy[0] for a in arrows) == [lo, hi, hi]  # the heads sit on the axis edges


def test_supports_are_clipped_to_the_axis() -> None:
    ax = forest([Interval(5, INF, closed="left")], ax=_ax())
    (line,) = _artists(ax, "claimnum-support")
    assert all(math.isfinite(x) for x in line.get_xdata())
    assert max(line.get_xdata()) == ax.get_xlim()[1]


def test_closed_ends_are_filled_and_open_ends_hollow() -> None:
    ax = forest([Interval(1, 2, closed="left")], ax=_ax())
    (closed,) = _artists(ax, "claimnum-closed")
    (opened,) = _artists(ax, "claimnum-open")
    assert list(closed.get_xdata()) == [1]
    assert list(opened.get_xdata()) == [2]
    assert closed.get_markerfacecolor() == closed.get_markeredgecolor()
    assert opened.get_markerfacecolor() == "white"


def test_an_unbounded_end_gets_no_end_marker() -> None:
    ax = forest([Interval(3, INF, closed="left")], ax=_ax())
    assert len(_artists(ax, "claimnum-closed")) == 1
    assert _artists(ax, "claimnum-open") == []


def test_core_is_drawn_thicker_than_support() -> None:
    ax = forest([Interval(1, 2)], ax=_ax())
    (core,) = _artists(ax, "claimnum-core")
    (support,) = _artists(ax, "claimnum-support")
    assert core.get_linewidth() > 2 * support.get_linewidth()


def test_estimate_is_shaded_and_a_disjoint_row_marked() -> None:
    ax = forest([Interval(1, 3), Interval(5, 6)], estimate=Interval(2, 3), ax=_ax())
    support_span = _artists(ax, "claimnum-estimate")[0]
    box = support_span.get_window_extent()
    to_data = ax.transData.inverted()
    left, right = to_data.transform([(box.x0, 0), (box.x1, 0)])[:, 0]
    assert (left, right) == (pytest.approx(2), pytest.approx(3))
    first, second = _artists(ax, "claimnum-support")
    assert first.get_color() != second.get_color()  # [5, 6] allows no value of the estimate
    assert "outside the estimate" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_empty_interval_is_written_not_drawn() -> None:
    ax = forest([Interval.empty(), Interval(1, 2)], ax=_ax())
    (text,) = _artists(ax, "claimnum-empty")
    assert "∅" in text.get_text()
    assert len(_artists(ax, "claimnum-support")) == 1


def test_thousands_separators_on_the_axis() -> None:
    ax = forest([Interval(10_000, 15_000), Interval(9_500, 12_500)], ax=_ax())
    ticks = _tick_labels(ax)
    assert "10,000" in ticks
    assert ax.get_xlabel() == "value"


def test_large_amounts_are_scaled_and_the_unit_labels_the_axis() -> None:
    ax = forest([Interval(1.1e9, 1.3e9, unit="USD")], ax=_ax())
    assert ax.get_xlabel() == "USD (billions)"
    values = [float(text) for text in _tick_labels(ax)]  # in billions
    assert len(values) >= 3
    assert all(1.0 < v < 1.4 for v in values)


def test_units_convert_to_the_axis_unit() -> None:
    ax = forest([Interval(2, 3, unit="week"), Interval(10, 24, unit="day")], unit="day", ax=_ax())
    first, second = _artists(ax, "claimnum-support")
    assert list(first.get_xdata()) == [14, 21]
    assert list(second.get_xdata()) == [10, 24]
    assert ax.get_xlabel() == "day"


def test_currencies_need_rates() -> None:
    items = [Interval(1.2e9, 1.3e9, unit="USD"), Interval(13e9, 14e9, unit="SEK")]
    with pytest.raises(MissingRateError):
        forest(items, ax=_ax())
    ax = forest(items, rates={"SEK": 0.0911}, ax=_ax())
    second = _artists(ax, "claimnum-support")[1]
    assert second.get_xdata()[0] == pytest.approx(13e9 * 0.0911)


def test_incompatible_units_raise() -> None:
    with pytest.raises(UnitMismatchError):
        forest([Interval(1, 2, unit="week"), Interval(1, 2, unit="meter")], ax=_ax())


def test_labels_override_and_must_match() -> None:
    ax = forest([Interval(1, 2), Interval(2, 3)], labels=["a", "b"], ax=_ax())
    assert _row_labels(ax) == ["a", "b"]
    with pytest.raises(InvalidArgumentError, match="2 labels for 1 items"):
        forest([Interval(1, 2)], labels=["a", "b"], ax=_ax())


def test_bad_items_raise() -> None:
    with pytest.raises(InvalidArgumentError):
        forest([], ax=_ax())
    with pytest.raises(InvalidTypeError, match="float"):
        forest([Interval(1, 2), 3.0], ax=_ax())  # type: ignore[list-item]


def test_missing_matplotlib_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes `import matplotlib` fail
    with pytest.raises(MissingDependencyError, match=r'pip install "claimnum\[plot\]"'):
        forest([Interval(1, 2)])


def test_new_figure_renders_to_png(tmp_path: Path) -> None:
    ax = forest(
        [Interval(10_000, INF, closed="neither"), Interval(9_500, 12_500)],
        estimate=Interval(11_000, 12_500),
        title="troops",
    )
    path = tmp_path / "forest.png"
    ax.figure.savefig(path)
    assert path.stat().st_size > 5_000
    assert ax.get_title(loc="left") == "troops"


def test_claims_are_labelled_with_quote_and_source() -> None:
    claims = claimnum.extract("Officials said over 10,000 soldiers were deployed.", source="Desk A")
    ax = forest(claims, ax=_ax())
    (label,) = _row_labels(ax)
    assert label.startswith("“over 10,000")
    assert label.endswith("\nDesk A")


def test_estimate_rows_and_shading_from_combine() -> None:
    claims = [
        *claimnum.extract("Over 10,000 soldiers were deployed.", source="A"),
        *claimnum.extract("Around 12,000 soldiers were deployed.", source="B"),
    ]
    estimate = claimnum.combine(claims)
    ax = forest([*claims, estimate], estimate=estimate, ax=_ax())
    assert _row_labels(ax)[-1] == "combined estimate"
    (point,) = _artists(ax, "claimnum-point")
    assert list(point.get_xdata()) == [estimate.point]
    (line,) = _artists(ax, "claimnum-estimate-point")
    assert list(line.get_xdata()) == [estimate.point, estimate.point]


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [(10_000, 0, "10,000"), (-2_500, 0, "−2,500"), (0.45, 2, "0.45"), (-0.0, 1, "0"), (1.25, 2, "1.25")],
)
def test_format_number(value: float, decimals: int, text: str) -> None:
    assert _format_number(value, decimals) == text


def test_decimals_is_the_fewest_that_print_ticks_exactly() -> None:
    assert _decimals([10_000, 12_500]) == 0
    assert _decimals([0.4, 0.45, 0.5]) == 2
    assert _decimals([1 / 3]) == 6


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_format_number_round_trips_integers(value: int) -> None:
    text = _format_number(value, 0)
    assert int(text.replace(",", "").replace("−", "-")) == value
    assert all(len(group) == 3 for group in text.lstrip("−").split(",")[1:])


def test_an_empty_estimate_shades_nothing_and_marks_no_dissent() -> None:
    items = [Interval(1, 2), Interval(3, 4)]
    estimate = claimnum.combine(items, method="intersection")
    assert estimate.interval.is_empty
    ax = forest([*items, estimate], estimate=estimate, ax=_ax())
    assert _artists(ax, "claimnum-estimate") == []
    assert _artists(ax, "claimnum-point") == []
    assert "∅" in _artists(ax, "claimnum-empty")[0].get_text()
    colors = {line.get_color() for line in _artists(ax, "claimnum-support")}
    assert colors == {"C0"}  # nobody dissents from an estimate that allows nothing


def test_an_unbounded_estimate_has_no_point_but_an_arrow() -> None:
    items = [Interval(1, INF, closed="left"), Interval(2, INF, closed="left")]
    estimate = claimnum.combine(items)
    ax = forest([*items, estimate], estimate=estimate, ax=_ax())
    assert _artists(ax, "claimnum-estimate-point") == []
    assert len(_artists(ax, "claimnum-arrow")) == 3
    assert _row_labels(ax)[-1] == "combined estimate"


def test_dollar_signs_are_text_not_mathtext() -> None:
    ax = forest([Interval(1, 2, unit="USD")], labels=["between $1 and $2"], title="$1 vs $2", ax=_ax())
    (label,) = ax.get_yticklabels()
    assert label.get_text() == "between $1 and $2"
    assert not label.get_parse_math()
    (title,) = [t for t in ax.get_children() if isinstance(t, Text) and t.get_text() == "$1 vs $2"]
    assert not title.get_parse_math()
    ax.figure.canvas.draw()  # mathtext would fail or garble here


# --------------------------------------------------------------------------- timeline


def _history() -> Any:
    import pandas as pd

    return pd.DataFrame(
        {
            "time": pd.to_datetime(["2024-05-01 08:00", "2024-05-01 20:00", "2024-05-02 09:00"]),
            "source": ["Wire", "Daily", "Evening"],
            "text": ["at least 3", "10", "24"],
            "lo": [3.0, 10.0, 24.0],
            "hi": [INF, 10.0, 24.0],
        }
    )


def test_a_timeline_has_one_tick_per_report_in_time_order() -> None:
    ax = timeline(_history(), ax=Figure().subplots(), estimate=Interval(24, 24), title="deaths")
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert [label.split("\n")[0] for label in labels] == ["Wire", "Daily", "Evening"]
    assert ax.get_title(loc="left") == "deaths"
    assert any(isinstance(child, Annotation) and child.arrow_patch is not None for child in ax.get_children())


def test_a_timeline_needs_reports() -> None:
    with pytest.raises(InvalidArgumentError, match="at least one report"):
        timeline(_history().iloc[:0], ax=Figure().subplots())


def test_an_updated_group_plots_as_a_timeline() -> None:
    docs = {
        "a": ("2024-05-01", "The storm killed at least 3 people."),
        "b": ("2024-05-02", "The toll rose to 10."),
    }
    group = claimnum.reconcile(docs)["deaths"]
    ax = group.plot(ax=Figure().subplots())
    assert [t.get_text().split("\n")[0] for t in ax.get_xticklabels()] == ["a", "b"]


def test_a_reconciliation_of_single_sources_draws_every_group() -> None:
    result = claimnum.reconcile({"a": "About 300 people came. The storm killed 12 people."})
    axes = result.plot()
    assert len(axes) == len(result) == 2
