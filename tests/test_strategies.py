"""Tests of claimnum.strategies: the public hypothesis strategies and their registration."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from claimnum import Interval
from claimnum.strategies import intervals


@given(intervals())
def test_defaults_are_finite_non_empty_pure_numbers(value: Interval) -> None:
    assert isinstance(value, Interval)
    assert not value.is_empty
    assert value.unit is None
    assert -1e9 <= value.lo <= value.hi <= 1e9
    assert all(end == 0 or abs(end) >= 1e-9 for end in (value.lo, value.hi))


@given(intervals(-5, 5, unit="weeks", closed="left"))
def test_options_are_respected(value: Interval) -> None:
    assert value.unit == "week"
    assert value.closed == "left"
    assert -5 <= value.lo < value.hi <= 5


@given(intervals(min_value=0, allow_infinite=True))
def test_min_value_keeps_lower_end_finite(value: Interval) -> None:
    assert 0 <= value.lo < math.inf


@given(intervals(max_value=0, allow_infinite=True))
def test_max_value_keeps_upper_end_finite(value: Interval) -> None:
    assert -math.inf < value.hi <= 0


@given(intervals(3, 3))
def test_equal_bounds_give_points(value: Interval) -> None:
    assert value == Interval.point(3)


def test_every_kind_of_value_comes_up() -> None:
    seen: set[str] = set()

    @settings(max_examples=300, database=None)
    @given(intervals(allow_empty=True, allow_infinite=True))
    def record(value: Interval) -> None:
        features = {"empty": value.is_empty, "point": value.lo == value.hi and not value.is_empty}
        features |= {"-inf": value.lo == -math.inf, "inf": value.hi == math.inf}
        seen.update(name for name, present in features.items() if present)
        seen.add(value.closed)

    record()
    assert seen == {"empty", "point", "-inf", "inf", "both", "left", "right", "neither"}


@given(intervals(allow_empty=False, allow_infinite=False, closed="neither"))
def test_no_empty_and_no_infinity_unless_asked(value: Interval) -> None:
    assert not value.is_empty
    assert math.isfinite(value.lo)
    assert math.isfinite(value.hi)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"unit": "wibble"},
        {"unit": 3},
        {"min_value": 2, "max_value": 1},
        {"min_value": math.nan},
        {"max_value": math.inf},
        {"min_value": "0"},
        {"min_value": True},
        {"closed": "open"},
        {"allow_empty": 1},
        {"allow_infinite": None},
        {"min_value": 1, "max_value": 1, "closed": "left"},
    ],
)
def test_bad_arguments_fail_at_draw_time(kwargs: dict[str, object]) -> None:
    strategy = intervals(**kwargs)  # type: ignore[arg-type]  # building it does not raise

    @given(strategy)
    def draws(_: Interval) -> None:
        pass

    with pytest.raises(InvalidArgument):
        draws()


def test_min_and_max_value_may_be_positional() -> None:
    @given(intervals(1, 2))
    def draws(value: Interval) -> None:
        assert 1 <= value.lo <= value.hi <= 2

    draws()


@given(st.from_type(Interval))
def test_from_type_is_registered(value: Interval) -> None:
    assert isinstance(value, Interval)
    assert value == Interval(value.lo, value.hi, value.closed, value.unit)


def test_entry_point_registers_in_a_fresh_process() -> None:
    script = (
        "from hypothesis import given, strategies as st\n"
        "import claimnum\n"
        "@given(st.from_type(claimnum.Interval))\n"
        "def check(iv):\n"
        "    assert isinstance(iv, claimnum.Interval)\n"
        "check()\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "ok"
