"""The items check and combine take: as_items, select, describe."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import claimnum
from claimnum import Interval
from claimnum.errors import InvalidTypeError
from claimnum.items import as_items, describe, select


def test_a_generator_of_items_becomes_a_tuple() -> None:
    items = as_items((Interval(k, k + 1) for k in range(3)), "check()")
    assert items == (Interval(0, 1), Interval(1, 2), Interval(2, 3))


def test_a_frame_is_passed_as_it_is() -> None:
    frame = pd.DataFrame({"lo": [1.0], "hi": [2.0]})
    assert as_items(frame, "combine()") is frame


@pytest.mark.parametrize("one", [Interval(1, 2), "1 to 2", b"12", 7])
def test_one_item_or_a_non_list_is_refused_with_the_callers_name(one: object) -> None:
    with pytest.raises(InvalidTypeError, match=r"^combine\(\) takes a list of items"):
        as_items(one, "combine()")  # type: ignore[arg-type]


def test_a_claim_alone_is_refused() -> None:
    [claim] = claimnum.extract("Some 40 boats sailed.")
    with pytest.raises(InvalidTypeError, match=r"pass \[item\]"):
        as_items(claim, "check()")  # type: ignore[arg-type]


def test_select_keeps_the_masked_items_of_a_tuple_an_index_or_a_frame() -> None:
    mask = np.array([True, False, True])
    assert select(("a", "b", "c"), mask) == ("a", "c")
    labels = pd.Index(["x", "y", "z"])
    assert list(select(labels, mask)) == ["x", "z"]
    frame = pd.DataFrame({"lo": [1.0, 2.0, 3.0]}, index=["p", "q", "r"])
    assert list(select(frame, mask)) == ["p", "r"]


def test_describe_names_an_interval_a_claim_and_an_estimate() -> None:
    assert describe(Interval(1, 2, unit="week")) == "[1, 2] week"
    [claim] = claimnum.extract("Some 40 boats sailed.", source="Bay Post")
    assert describe(claim) == "Bay Post's 'Some 40'"
    [unsourced] = claimnum.extract("Some 40 boats sailed.")
    assert describe(unsourced) == "'Some 40'"
    estimate = claimnum.combine([Interval(1, 3), Interval(2, 4)], method="intersection")
    assert describe(estimate) == f"the intersection estimate {estimate.interval}"
    assert describe(42) == "42"
