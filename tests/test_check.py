"""Tests of claimnum.check: verdicts, Marzullo's majority, pairs, explanations, frames."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimnum import Interval
from claimnum.allen import allen
from claimnum.check import check
from claimnum.combine import combine
from claimnum.errors import InvalidArgumentError, InvalidTypeError
from claimnum.majority import marzullo
from claimnum.trapezoids import SUPPORT, Groups, Trapezoids, build

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
CLOSED = ["both", "left", "right", "neither"]


def trapezoids(rows: list[tuple[float, ...]], closed: list[str] | None = None) -> pd.DataFrame:
    """A frame of trapezoids from rows (lo, hi, core_lo, core_hi[, literal_lo, literal_hi])."""
    columns = ["lo", "hi", "core_lo", "core_hi", "literal_lo", "literal_hi"][: len(rows[0])]
    frame = pd.DataFrame(rows, columns=columns, dtype=float)
    if closed is not None:
        frame["closed"] = closed
        frame["core_closed"] = closed
    return frame


# Readings of the seed claims, built by hand from semantics.md §5 (median profile).
TROOPS = trapezoids(
    [(10_000, 15_000, 10_000, 12_500), (9_500, 12_500, 10_500, 11_500), (11_000, 13_000, 11_500, 12_500)],
    closed=["right", "both", "both"],
)
ABSENCE_DAYS = trapezoids([(14, 28, 17.5, 24.5), (7, 21, 10.5, 17.5)])
LOSS_FRACTIONS = trapezoids([(0.40, 0.60, 0.45, 0.55), (0.19, 0.50, 0.28, 0.39)])


@st.composite
def intervals(draw: st.DrawFn, *, small: bool = True) -> Interval:
    """Intervals on a small integer grid (so ends coincide often) with any closedness."""
    a, b = sorted(draw(st.lists(st.integers(0, 8), min_size=2, max_size=2)))
    closed = draw(st.sampled_from(CLOSED))
    if a == b and closed != "both":
        return Interval.point(a)
    return Interval(a, b, closed)


def brute_majority(items: list[Interval]) -> int:
    """The size of the largest subset whose intersection is not empty, by trying them all."""
    for size in range(len(items), 0, -1):
        for subset in itertools.combinations(items, size):
            common = subset[0]
            for item in subset[1:]:
                common = common & item
            if not common.is_empty:
                return size
    return 0


# ---------------------------------------------------------------------------------------- verdicts


def test_troop_figures_are_consistent() -> None:
    result = check(TROOPS)
    assert result.verdict == "consistent"
    assert result.consistent
    assert result.interval == Interval(11_000, 12_500)
    assert len(result.majority) == 3
    assert len(result.dissenting) == 0


def test_absence_durations_are_consistent_in_weeks_and_days() -> None:
    result = check(
        [Interval(14, 28, unit="day"), Interval(1, 3, unit="week")],
    )
    assert result.verdict == "consistent"
    assert result.interval == Interval(2, 3, unit="week") or result.interval == Interval(14, 21, unit="day")
    assert check(ABSENCE_DAYS).verdict == "consistent"  # the cores meet at 17.5 days


def test_casualty_fractions_are_compatible_only_at_the_tails() -> None:
    result = check(LOSS_FRACTIONS)
    assert result.verdict == "compatible"
    assert result.consistent
    assert result.degree == pytest.approx(0.625)
    assert result.interval == Interval(0.40, 0.50)


def test_strained_when_only_literal_readings_share_a_value() -> None:
    over = pd.DataFrame(
        {
            "lo": [10_000.0, 45_000.0],
            "hi": [15_000.0, 55_000.0],
            "literal_lo": [10_000.0, 45_000.0],
            "literal_hi": [np.inf, 55_000.0],
            "closed": ["right", "both"],
            "literal_closed": ["neither", "both"],
        }
    )
    assert check(over).verdict == "strained"
    assert not check(over).consistent


def test_conflicting_and_dissenting() -> None:
    result = check([Interval(1, 3), Interval(2, 4), Interval(9, 10)])
    assert result.verdict == "conflicting"
    assert result.majority == (Interval(1, 3), Interval(2, 4))
    assert result.dissenting == (Interval(9, 10),)
    assert result.interval == Interval(2, 3)


def test_open_ends_count() -> None:
    assert check([Interval(1, 2, "left"), Interval(2, 3)]).verdict == "conflicting"
    assert check([Interval(1, 2), Interval(2, 3)]).verdict == "consistent"


def test_incomparable_units_and_missing_rates() -> None:
    assert check([Interval(1, 2, unit="week"), Interval(1, 2, unit="km")]).verdict == "incomparable"
    money = [Interval(1.2e9, 1.3e9, unit="USD"), Interval(13e9, 14e9, unit="SEK")]
    no_rate = check(money)
    assert no_rate.verdict == "incomparable"
    assert "SEK" in no_rate.explain()
    assert check(money, rates={"SEK": 0.0911}).verdict == "consistent"


def test_area_units_convert() -> None:
    assert check([Interval(1, 2, unit="km**2"), Interval(150, 250, unit="hectare")]).verdict == "consistent"


def test_bad_input() -> None:
    with pytest.raises(InvalidArgumentError):
        check([])
    with pytest.raises(InvalidTypeError):
        check([Interval(1, 2), "12,000"])  # type: ignore[list-item]
    with pytest.raises(InvalidArgumentError):
        check(pd.DataFrame({"lo": [2.0], "hi": [1.0]}))
    with pytest.raises(InvalidArgumentError):
        check(pd.DataFrame({"lo": [np.nan], "hi": [1.0]}))
    with pytest.raises(InvalidArgumentError):
        check(pd.DataFrame({"lo": [0.0], "hi": [1.0], "core_lo": [0.5], "core_hi": [2.0]}))
    with pytest.raises(InvalidArgumentError):
        check(pd.DataFrame({"hi": [1.0]}))


def test_empty_interval_conflicts() -> None:
    result = check([Interval(1, 2), Interval.empty()])
    assert result.verdict == "conflicting"
    assert result.dissenting == (Interval.empty(),)


def test_generator_input_is_read_once() -> None:
    assert check(iv for iv in [Interval(1, 2), Interval(2, 3)]).verdict == "consistent"


# ---------------------------------------------------------------------------------------- marzullo


@settings(deadline=None)
@given(st.lists(intervals(), min_size=1, max_size=6))
def test_marzullo_majority_equals_brute_force(items: list[Interval]) -> None:
    tz = build(items)
    count, members = marzullo(tz, Groups.single(len(items)))
    assert int(count[0]) == brute_majority(items)
    chosen = [iv for iv, m in zip(items, members, strict=True) if m]
    assert len(chosen) == int(count[0])
    common = chosen[0]
    for iv in chosen[1:]:
        common = common & iv
    assert not common.is_empty


@settings(deadline=None)
@given(st.lists(st.lists(intervals(), min_size=1, max_size=5), min_size=1, max_size=4))
def test_grouped_marzullo_equals_each_group_alone(groups: list[list[Interval]]) -> None:
    items = [iv for group in groups for iv in group]
    codes = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    count, _ = marzullo(build(items), Groups.from_codes(codes))
    assert count.tolist() == [brute_majority(g) for g in groups]


WIDE = [-np.inf, -1e300, -2.5, -1.0, -0.0, 0.0, 1.0, 2.5, 1e300, np.inf]


@st.composite
def wide_intervals(draw: st.DrawFn) -> Interval:
    """Intervals with ends of both signs and infinite ends (the other sorting path)."""
    a, b = sorted(draw(st.lists(st.sampled_from(WIDE), min_size=2, max_size=2)))
    closed = draw(st.sampled_from(CLOSED))
    return Interval.point(a) if a == b and np.isfinite(a) else Interval(a, b, closed)


@settings(deadline=None)
@given(st.lists(wide_intervals(), min_size=1, max_size=6))
def test_marzullo_with_signs_and_infinities_equals_brute_force(items: list[Interval]) -> None:
    count, members = marzullo(build(items), Groups.single(len(items)))
    assert int(count[0]) == brute_majority(items)
    assert int(members.sum()) == int(count[0])


def test_marzullo_on_neighbouring_floats_is_exact() -> None:
    x = 1.0
    y = float(np.nextafter(x, 2.0))
    items = [Interval(x, 2.0, "neither"), Interval(0.0, y, "neither")]  # share (x, y): reals, no float
    count, members = marzullo(build(items), Groups.single(2))
    assert int(count[0]) == 2
    assert members.all()


def test_majority_of_a_frame_is_row_labels() -> None:
    frame = pd.DataFrame({"lo": [1.0, 2.0, 9.0], "hi": [3.0, 4.0, 10.0]}, index=["cnn", "afp", "blog"])
    result = check(frame)
    assert list(result.majority) == ["cnn", "afp"]
    assert list(result.dissenting) == ["blog"]
    assert "row 'blog'" in result.explain()


# ---------------------------------------------------------------------------------------- laws


@settings(deadline=None)
@given(st.lists(intervals(), min_size=1, max_size=5), st.data())
def test_widening_never_turns_consistent_into_conflicting(items: list[Interval], data: st.DataObject) -> None:
    before = check(items).verdict
    k = data.draw(st.integers(0, len(items) - 1))
    grow = data.draw(st.integers(0, 3))
    old = items[k]
    wider = Interval(old.lo - grow, old.hi + grow) if not old.is_empty else old
    after = check([*items[:k], wider, *items[k + 1 :]]).verdict
    ladder = ["consistent", "compatible", "strained", "conflicting"]
    assert ladder.index(after) <= ladder.index(before)


@settings(deadline=None)
@given(st.lists(intervals(), min_size=1, max_size=5), st.randoms())
def test_verdict_and_majority_size_do_not_depend_on_order(items: list[Interval], random: object) -> None:
    shuffled = list(items)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    a, b = check(items), check(shuffled)
    assert (a.verdict, a.interval, len(a.majority)) == (b.verdict, b.interval, len(b.majority))


# ---------------------------------------------------------------------------------------- pairs


@settings(deadline=None)
@given(st.lists(intervals(), min_size=2, max_size=2))
def test_vectorised_allen_matches_interval_relation(pair: list[Interval]) -> None:
    a, b = pair
    if a.is_empty or b.is_empty:
        return
    assert allen(build([a]), build([b]))[0] == a.relation(b)


def test_pairs_table() -> None:
    pairs = check(LOSS_FRACTIONS).pairs
    assert list(pairs.columns) == ["a", "b", "i", "j", "relation", "verdict", "overlap"]
    row = pairs.iloc[0]
    assert (row["relation"], row["verdict"]) == ("overlapped_by", "compatible")
    assert row["overlap"] == pytest.approx(0.625)
    troops = check(TROOPS).pairs
    assert len(troops) == 3
    assert (troops["overlap"] == 1.0).all()


def test_pair_overlap_is_the_height_of_two_trapezoids() -> None:
    # Triangles peaking at 0 and 10 with half-width 10 cross at height 1/2.
    frame = trapezoids([(-10, 10, 0, 0), (0, 20, 10, 10)])
    assert check(frame).pairs["overlap"].iloc[0] == pytest.approx(0.5)


def test_pairs_refused_for_many_items() -> None:
    frame = pd.DataFrame({"lo": np.zeros(2_001), "hi": np.ones(2_001)})
    with pytest.raises(InvalidArgumentError):
        _ = check(frame).pairs


# ---------------------------------------------------------------------------------------- display


class _Said:
    """A stand-in for a Claim: the three readings plus words and a source."""

    def __init__(self, text: str, source: str, support: Interval, core: Interval) -> None:
        self.text, self.source = text, source
        self.interval, self.core, self.literal = support, core, support


def test_explain_names_sources_and_quotes_their_words() -> None:
    a = _Said("some 12 thousand", "Outlet A", Interval(11_000, 13_000), Interval(11_500, 12_500))
    b = _Said(
        "more than ten thousand",
        "Outlet B",
        Interval(10_000, 15_000, "right"),
        Interval(10_000, 12_500, "right"),
    )
    text = check([a, b]).explain()
    assert text.startswith("consistent")
    assert (
        "Outlet A's 'some 12 thousand' and Outlet B's 'more than ten thousand' overlap on [11000, 13000]"
        in text
    )


def test_html_escapes_scraped_text() -> None:
    bad = _Said("<script>x</script>", "<b>", Interval(1, 2), Interval(1, 2))
    html = check([Interval(5, 6), Interval(5, 6), bad])._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_repr_is_readable() -> None:
    assert repr(check([Interval(1, 3), Interval(2, 4)])) == (
        "Consistency(verdict='consistent', interval=[2, 3], majority=2 of 2, degree=1)"
    )


def test_trapezoids_from_frame_converts_units_per_group() -> None:
    frame = pd.DataFrame({"lo": [2.0, 10.0, 1.0], "hi": [3.0, 12.0, 2.0], "unit": ["week", "day", "km"]})
    tz = Trapezoids.from_frame(frame, by=np.array([0, 0, 1]))
    assert tz.units == ("day", "kilometer")
    assert tz.lo[SUPPORT].tolist() == [14.0, 10.0, 1.0]


@pytest.mark.skipif(not SEEDS.exists(), reason="the seed articles are not here")
def test_seed_figures_appear_in_the_seeds() -> None:
    text = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    for figure in ("10,000", "11,000", "12,000"):
        assert figure in text


def test_only_empty_claims_share_nothing() -> None:
    result = check([Interval.empty(), Interval.empty()])
    assert result.verdict == "conflicting"
    assert result.interval.is_empty
    assert result.majority == ()


@st.composite
def trapezoid_frames(draw: st.DrawFn) -> pd.DataFrame:
    rows = []
    for _ in range(draw(st.integers(1, 4))):
        a, c, d, b = sorted(draw(st.lists(st.integers(0, 40), min_size=4, max_size=4)))
        rows.append((a, b, c, d))
    return trapezoids(rows)


def membership(frame: pd.DataFrame, x: np.ndarray) -> np.ndarray:
    """min over the rows of each trapezoid's membership at x (closed supports)."""
    result = np.ones_like(x)
    for lo, hi, clo, chi in frame[["lo", "hi", "core_lo", "core_hi"]].to_numpy():
        with np.errstate(divide="ignore", invalid="ignore"):
            rise = np.where(clo > lo, (x - lo) / (clo - lo), 1.0)
            fall = np.where(hi > chi, (hi - x) / (hi - chi), 1.0)
        mu = np.clip(np.minimum(rise, fall), 0, 1)
        result = np.minimum(result, np.where((x >= lo) & (x <= hi), mu, 0.0))
    return result


@settings(deadline=None)
@given(trapezoid_frames())
def test_degree_is_the_height_of_the_conjunction(frame: pd.DataFrame) -> None:
    grid = np.linspace(0, 40, 40_001)  # steps of 0.001
    expected = membership(frame, grid).max()
    assert check(frame).degree == pytest.approx(expected, abs=2e-3)


@settings(max_examples=300, deadline=None)
@given(st.lists(intervals(), min_size=1, max_size=6))
def test_check_and_combine_agree_on_whether_a_majority_exists(items: list[Interval]) -> None:
    consistency, estimate = check(items), combine(items)
    assert consistency.resolved == estimate.resolved
    assert consistency.dissenting == estimate.dissenting  # no dissenter between tied camps
    if consistency.resolved:
        assert consistency.majority == estimate.agreeing
    else:
        assert consistency.majority == ()
        assert consistency.interval.is_empty
        assert len(consistency.camps) == 2


def test_one_against_one_in_conflict_names_no_dissenter() -> None:
    result = check([Interval(1, 2), Interval(5, 6)])
    assert (result.resolved, result.majority, result.dissenting) == (False, (), ())
    assert result.camps == ((Interval(1, 2),), (Interval(5, 6),))
    assert "no majority: [1, 2] share [1, 2] and [5, 6] share [5, 6]" in result.explain()
    assert "tied" in repr(result)
    assert "no majority" in result._repr_html_()
    assert check([Interval(1, 2), Interval(5, 6), Interval(1.5, 3)]).resolved
