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
