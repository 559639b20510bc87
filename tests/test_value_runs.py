"""Tests of claimnum.value_runs: one block's claims clustered by value."""

from __future__ import annotations

import claimnum
from claimnum.grouping import frame_of
from claimnum.value_runs import by_value


def test_zero_counts_of_one_measure_form_one_cluster() -> None:
    claims = [
        *claimnum.extract("No one was hurt in the fire.", source="a"),
        *claimnum.extract("Nobody was injured.", source="b"),
        *claimnum.extract("No one was injured, officials said.", source="c"),
    ]
    assert [c.value for c in claims] == [0, 0, 0]
    assert by_value([0, 1, 2], claims, [frame_of(c) for c in claims]) == [[0, 1, 2]]


def test_zero_never_joins_a_positive_count_by_tolerance() -> None:
    claims = [
        *claimnum.extract("No one was hurt in the fire.", source="a"),
        *claimnum.extract("Three people were hurt in the fire.", source="b"),
    ]
    assert len(by_value([0, 1], claims, [frame_of(c) for c in claims])) == 2


def test_a_vague_size_joins_the_figures_its_reading_covers() -> None:
    claims = [
        *claimnum.extract("The feud between the clans went on for decades.", source="a"),
        *claimnum.extract("The feud lasted a quarter-century.", source="b"),
        *claimnum.extract("For three decades, the feud went on.", source="c"),
    ]
    # "decades" reads from 20 to 100 years: its middle is no figure anyone wrote
    assert by_value([0, 1, 2], claims, [frame_of(c) for c in claims]) == [[1, 2, 0]]


def test_a_vague_size_joins_no_figure_outside_its_reading() -> None:
    claims = [
        *claimnum.extract("The feud went on for decades.", source="a"),
        *claimnum.extract("The feud lasted nine years.", source="b"),
    ]
    assert len(by_value([0, 1], claims, [frame_of(c) for c in claims])) == 2


def test_an_exact_measure_up_to_figure_is_the_one_figure_it_writes() -> None:
    claims = [
        *claimnum.extract("The dearer model's processor runs at up to 3.1 GHz.", source="a"),
        *claimnum.extract("The 2.4GHz processor is slower.", source="b"),
        *claimnum.extract("Its chip runs at 3.1 GHz.", source="c"),
    ]
    frames = [frame_of(c) for c in claims]
    assert {f.measure for f in frames} == {"clock_speed"}
    assert sorted(by_value([0, 1, 2], claims, frames)) == [[0, 2], [1]]


def test_two_reports_of_an_age_a_year_apart_are_one_quantity() -> None:
    # "41" reads [40.5, 41.5) and "42" [41.5, 42.5): they only touch, yet one woman has one age.
    claims = [
        *claimnum.extract("The ferry's captain, 41, was unhurt.", source="a"),
        *claimnum.extract("The 42-year-old captain of the ferry was unhurt.", source="b"),
    ]
    frames = [frame_of(c) for c in claims]
    assert {f.measure for f in frames} == {"age"}
    assert by_value([0, 1], claims, frames) == [[0, 1]]
