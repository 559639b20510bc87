"""Tests of claimnum.envelope: which reports of a running total speak of its current state."""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from claimnum.envelope import current_reports


def reports(values: list[tuple[float, float]], sources: list[str] | None = None, k: int = 0) -> pd.DataFrame:
    n = len(values)
    return pd.DataFrame(
        {
            "k": [k] * n,
            "source": sources or [f"s{i}" for i in range(n)],
            "lo": [lo for lo, _ in values],
            "hi": [hi for _, hi in values],
            "closed": ["both"] * n,
            "unit": [""] * n,
        }
    )


def test_without_times_the_upper_envelope() -> None:
    rows = reports([(3, 5), (10, 10), (17, 17), (15.3, 18.7)])
    assert current_reports(rows, {}).tolist() == [False, False, True, True]


def test_with_times_the_latest_reports_when_they_fit_one_growing_total() -> None:
    rows = reports([(3, float("inf")), (31, 31), (54, 54)], ["mon", "tue", "wed"])
    times = {"mon": "2026-03-02", "tue": "2026-03-03", "wed": "2026-03-04"}
    assert current_reports(rows, times).tolist() == [False, False, True]


def test_with_times_a_total_that_shrinks_keeps_every_report() -> None:
    rows = reports([(54, 54), (31, 31)], ["mon", "tue"])
    assert current_reports(rows, {"mon": "2026-03-02", "tue": "2026-03-03"}).all()


def test_each_number_has_its_own_envelope() -> None:
    rows = pd.concat([reports([(1, 1), (2, 2)]), reports([(7, 7), (5, 5)], k=1)], ignore_index=True)
    assert current_reports(rows, {}).tolist() == [False, True, True, False]


@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 20)), min_size=1, max_size=8))
def test_the_highest_report_is_always_kept(pairs: list[tuple[int, int]]) -> None:
    rows = reports([(float(lo), float(lo + width)) for lo, width in pairs])
    keep = current_reports(rows, {})
    top = max(range(len(pairs)), key=lambda i: pairs[i][0])
    assert keep[top]


def test_without_times_a_lone_outlier_does_not_decide() -> None:
    rows = reports([(98, 98), (101, float("inf")), (900, 900)])
    assert current_reports(rows, {}).tolist() == [True, True, True]


def test_without_times_an_outlier_of_two_sources_or_against_one_is_the_envelope() -> None:
    assert current_reports(reports([(98, 98), (900, 900), (900, 900)]), {}).tolist() == [False, True, True]
    assert current_reports(reports([(98, 98), (900, 900)]), {}).tolist() == [False, True]
    # Sources that do not agree among themselves tell a total that grew: the envelope stands.
    assert current_reports(reports([(3, 3), (10, 10), (170, 170)]), {}).tolist() == [False, False, True]
