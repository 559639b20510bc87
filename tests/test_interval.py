"""Tests of claimnum.Interval: examples for each feature, then properties of the algebra."""

from __future__ import annotations

import math
import operator
import pickle
import subprocess
import sys
from collections.abc import Callable

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import claimnum
from claimnum import Interval
from claimnum.errors import (
    IntervalDivisionError,
    InvalidIntervalError,
    InvalidTypeError,
    MissingRateError,
    UndefinedUnitError,
    UnitMismatchError,
)
from claimnum.strategies import intervals

inf = math.inf


def iv(text: str, unit: str | None = None) -> Interval:
    """Parse math notation like ``[1, 2)`` or ``(-inf, 3]`` (tests only)."""
    left, right = text[0], text[-1]
    lo, hi = (float(part) for part in text[1:-1].split(","))
    return Interval(lo, hi, {"[]": "both", "[)": "left", "(]": "right", "()": "neither"}[left + right], unit)


# ---------------------------------------------------------------------- construction


def test_fields_are_floats_and_defaults() -> None:
    value = Interval(1, 2)
    assert (value.lo, value.hi, value.closed, value.unit) == (1.0, 2.0, "both", None)
    assert type(value.lo) is float
    assert type(value.hi) is float


def test_accepts_numpy_scalars() -> None:
    value = Interval(np.int64(1), np.float32(2.5))
    assert value == Interval(1, 2.5)
    assert type(value.lo) is float


@pytest.mark.parametrize(("lo", "hi"), [(math.nan, 1), (1, math.nan), (np.nan, np.nan)])
def test_nan_is_refused(lo: float, hi: float) -> None:
    with pytest.raises(InvalidIntervalError, match="NaN"):
        Interval(lo, hi)


def test_lo_above_hi_is_refused_and_points_to_empty() -> None:
    with pytest.raises(InvalidIntervalError, match=r"Interval\.empty"):
        Interval(3, 1)


@pytest.mark.parametrize("closed", ["open", "BOTH", None, 1, ("both",)])
def test_bad_closed_is_refused(closed: object) -> None:
    with pytest.raises(InvalidIntervalError, match="closed"):
        Interval(1, 2, closed)  # type: ignore[arg-type]


@pytest.mark.parametrize("bound", ["1", None, True, [1], 1 + 2j])
def test_non_numeric_bounds_are_refused(bound: object) -> None:
    with pytest.raises(InvalidTypeError):
        Interval(bound, 2)  # type: ignore[arg-type]
    with pytest.raises(TypeError):  # the built-in too
        Interval(0, bound)  # type: ignore[arg-type]


def test_units_are_canonical() -> None:
    assert Interval(2, 3, unit="weeks").unit == "week"
    assert Interval(2, 3, unit="km").unit == "kilometer"
    assert Interval(2, 3, unit="").unit is None
    assert Interval(2, 3, unit="dimensionless").unit is None
    assert Interval(2, 3, unit="km") == Interval(2, 3, unit="kilometer")


def test_unknown_unit_is_refused() -> None:
    with pytest.raises(UndefinedUnitError):
        Interval(1, 2, unit="wibble")
    with pytest.raises(InvalidTypeError):
        Interval(1, 2, unit=7)  # type: ignore[arg-type]


def test_infinite_ends_are_open() -> None:
    assert Interval(-inf, inf).closed == "neither"
    assert Interval(5, inf).closed == "left"
    assert Interval(-inf, 5, "left").closed == "neither"
    assert Interval(-inf, 5) == Interval(-inf, 5, "right")


def test_degenerate_empties_are_one_value() -> None:
    empties = [Interval(1, 1, "left"), Interval(7, 7, "right"), Interval(0, 0, "neither"), Interval(inf, inf)]
    assert all(e.is_empty for e in empties)
    assert len(set(empties)) == 1
    assert Interval.empty() == empties[0]
    assert Interval.empty("week") == Interval(3, 3, "left", unit="week")
    assert hash(Interval.empty("week")) == hash(Interval(3, 3, "left", unit="weeks"))
    assert Interval.empty("week") != Interval.empty("day")


def test_point_and_negative_zero() -> None:
    assert Interval.point(4, "week") == Interval(4, 4, "both", "week")
    assert not Interval.point(4).is_empty
    assert repr(Interval(-0.0, 0.0)) == "[0, 0]"
    assert Interval(-0.0, 1) == Interval(0.0, 1)


def test_frozen_and_hashable() -> None:
    value = Interval(1, 2)
    with pytest.raises(AttributeError):
        value.lo = 0  # type: ignore[misc]
    assert {Interval(1, 2), Interval(1.0, 2.0)} == {value}


# ---------------------------------------------------------------------- printing


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Interval(10_000, 15_000, "right"), "(10000, 15000]"),
        (Interval(2, 3, unit="week"), "[2, 3] week"),
        (Interval(10_000, inf, "neither"), "(10000, inf)"),
        (Interval(-inf, 0, "right"), "(-inf, 0]"),
        (Interval.empty("week"), "∅ week"),
        (Interval.empty(), "∅"),
        (Interval(0.1, 1 / 3), "[0.1, 0.333333333333]"),  # 12 significant digits when shorter
        (Interval(15.959999999999997, 26.04, unit="day"), "[15.96, 26.04] day"),
        (Interval(2.0000000000000004, 3), "[2, 3]"),
        (Interval(0.1 + 0.2, 1.25), "[0.3, 1.25]"),
        (Interval(1e20, 1e21), "[1e+20, 1e+21]"),
        (Interval(1.5, 2, "left", unit="km/h"), "[1.5, 2) km/h"),
    ],
)
def test_repr_is_math_notation(value: Interval, text: str) -> None:
    assert repr(value) == text
    assert str(value) == text


def test_printing_rounds_the_text_not_the_value() -> None:
    value = Interval(0.1, 0.2) + Interval(0.2, 0.4)
    assert str(value) == "[0.3, 0.6]"
    assert (value.lo, value.hi) == (0.1 + 0.2, 0.2 + 0.4) != (0.3, 0.6)  # every digit kept


def test_html_repr_shows_bounds_and_unit() -> None:
    html = Interval(1, 2, "left", unit="week")._repr_html_()
    assert html.startswith('<span class="claimnum-interval">')
    assert html.endswith("</span>")
    assert ">[1, 2)<" in html
    assert ">week<" in html
    assert "claimnum-unit" not in Interval(1, 2)._repr_html_()
    assert ">∅<" in Interval.empty()._repr_html_()


# ---------------------------------------------------------------------- queries


def test_contains_respects_ends() -> None:
    value = Interval(10_000, 15_000, "right")
    assert 15_000 in value
    assert 12_000 in value
    assert 10_000 not in value
    assert 15_001 not in value
    assert value.contains(np.float64(10_000.5))
    assert 5 not in Interval.empty()
    assert math.nan not in Interval(-inf, inf)
    assert 1e300 in Interval(0, inf)


def test_contains_refuses_intervals_and_non_numbers() -> None:
    with pytest.raises(InvalidTypeError, match="issubset"):
        Interval(1, 2).contains(Interval(1, 2))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        "1" in Interval(1, 2)  # type: ignore[operator]  # noqa: B015


def test_width_and_mid() -> None:
    assert Interval(2, 5).width == 3
    assert Interval.point(2).width == 0
    assert Interval.empty().width == 0
    assert Interval(1, inf).width == inf
    assert Interval(2, 5).mid == 3.5
    assert Interval(1, inf).mid == inf
    assert Interval(1.7e308, 1.7e308).mid == 1.7e308
    with pytest.raises(InvalidIntervalError):
        _ = Interval.empty().mid
    with pytest.raises(InvalidIntervalError):
        _ = Interval(-inf, inf).mid


def test_issubset_and_overlaps() -> None:
    assert Interval(1, 2).issubset(Interval(1, 2))
    assert not Interval(1, 2).issubset(Interval(1, 2, "left"))
    assert Interval(1, 2, "neither").issubset(Interval(1, 2, "neither"))
    assert Interval.empty().issubset(Interval.point(5))
    assert not Interval.point(5).issubset(Interval.empty())
    assert Interval(14, 21, unit="day").issubset(Interval(2, 3, unit="week"))
    assert Interval(1, 2).overlaps(Interval(2, 3))
    assert not Interval(1, 2, "left").overlaps(Interval(2, 3))
    assert not Interval.empty().overlaps(Interval(-inf, inf))
    with pytest.raises(UnitMismatchError):
        Interval(1, 2, unit="week").overlaps(Interval(1, 2, unit="m"))
    with pytest.raises(InvalidTypeError):
        Interval(1, 2).issubset((1, 2))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "name"),
    [
        ("[1, 2]", "[3, 4]", "before"),
        ("[1, 2)", "(2, 3]", "before"),
        ("[1, 2)", "[2, 3]", "meets"),
        ("[1, 2]", "(2, 3]", "meets"),
        ("[1, 2]", "[2, 3]", "overlaps"),
        ("[1, 3]", "[2, 4]", "overlaps"),
        ("[1, 2]", "[1, 3]", "starts"),
        ("[2, 2]", "[2, 3]", "starts"),
        ("[2, 3]", "[1, 4]", "during"),
        ("[2, 2]", "[1, 3]", "during"),
        ("[2, 2]", "(2, 3]", "meets"),
        ("[2, 3]", "[1, 3]", "finishes"),
        ("[3, 3]", "[1, 3]", "finishes"),
        ("[1, 2)", "[1, 2)", "equals"),
        ("[3, 4]", "[1, 2]", "after"),
        ("[2, 3]", "[1, 2)", "met_by"),
        ("[2, 4]", "[1, 3]", "overlapped_by"),
        ("[1, 3]", "[1, 2]", "started_by"),
        ("[1, 4]", "[2, 3]", "contains"),
        ("[1, 3]", "[2, 3]", "finished_by"),
        ("[1, 3)", "[2, 3]", "overlaps"),
        ("(-inf, 0]", "[0, inf)", "overlaps"),
        ("(-inf, 0)", "(-inf, 5]", "starts"),
    ],
)
def test_relation_examples(a: str, b: str, name: str) -> None:
    assert iv(a).relation(iv(b)) == name


def test_relation_converts_units_and_refuses_empty() -> None:
    assert Interval(1, 2, unit="week").relation(Interval(7, 14, unit="day")) == "equals"
    with pytest.raises(InvalidIntervalError, match="empty"):
        Interval.empty().relation(Interval(1, 2))
    with pytest.raises(InvalidIntervalError):
        Interval(1, 2).relation(Interval.empty())


def test_equality_is_by_value_and_unit() -> None:
    assert Interval(1, 2, unit="week") != Interval(7, 14, unit="day")
    assert Interval(1, 2) != Interval(1, 2, "left")
    assert Interval(1, 2) != (1, 2)


# ---------------------------------------------------------------------- set operations


@pytest.mark.parametrize(
    ("a", "b", "meet", "hull"),
    [
        ("[1, 2)", "[2, 3]", None, "[1, 3]"),
        ("[1, 2]", "[2, 3]", "[2, 2]", "[1, 3]"),
        ("(1, 5)", "[1, 5]", "(1, 5)", "[1, 5]"),
        ("[0, 1]", "[5, 6)", None, "[0, 6)"),
        ("(-inf, 3)", "(2, inf)", "(2, 3)", "(-inf, inf)"),
    ],
)
def test_intersection_and_hull_keep_ends(a: str, b: str, meet: str | None, hull: str) -> None:
    assert iv(a) & iv(b) == (Interval.empty() if meet is None else iv(meet))
    assert iv(a) | iv(b) == iv(hull)


def test_set_operations_convert_other_to_own_unit() -> None:
    week = Interval(1, 2, unit="week")
    assert week & Interval(10, 30, unit="day") == Interval(10 / 7, 2, unit="week")
    assert week | Interval(0, 7, unit="day") == Interval(0, 2, unit="week")
    assert (Interval.empty("week") | Interval(7, 14, unit="day")) == Interval(1, 2, unit="week")
    with pytest.raises(UnitMismatchError):
        _ = week & Interval(1, 2, unit="m")
    with pytest.raises(TypeError):
        _ = week & 3  # type: ignore[operator]


# ---------------------------------------------------------------------- arithmetic


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        (lambda: iv("[-1, 2]") * iv("[-3, 4]"), "[-6, 8]"),
        (lambda: iv("[1, 2)") + iv("[3, 4]"), "[4, 6)"),
        (lambda: iv("(1, 2]") - iv("[3, 4)"), "(-3, -1]"),
        (lambda: -iv("[1, 2)"), "(-2, -1]"),
        (lambda: iv("[0, 1)") * iv("[2, inf)"), "[0, inf)"),
        (lambda: iv("(0, 1)") * iv("[2, inf)"), "(0, inf)"),
        (lambda: iv("[0, 0]") * iv("(-inf, inf)"), "[0, 0]"),
        (lambda: iv("(-1, 2]") * iv("[-3, 4)"), "[-6, 8)"),
        (lambda: iv("(-1, 2)") * iv("[-3, 4)"), "(-6, 8)"),
        (lambda: iv("[-2, -1)") * iv("[-2, -1)"), "(1, 4]"),
        (lambda: iv("[1, 2]") / iv("[4, 8]"), "[0.125, 0.5]"),
        (lambda: iv("[1, 2]") / iv("[0, 2]"), "[0.5, inf)"),
        (lambda: iv("[1, 2]") / iv("[-2, 0]"), "(-inf, -0.5]"),
        (lambda: iv("[-1, 2]") / iv("(0, 1]"), "(-inf, inf)"),
        (lambda: iv("[0, 0]") / iv("[-1, 1]"), "[0, 0]"),
        (lambda: iv("[0, 1]") / iv("[-1, 1]"), "(-inf, inf)"),
        (lambda: iv("[1, inf)") / iv("[1, inf)"), "(0, inf)"),
        (lambda: iv("[-2, 1]") ** 2, "[0, 4]"),
        (lambda: iv("(-2, 1]") ** 2, "[0, 4)"),
        (lambda: iv("[-3, 3)") ** 3, "[-27, 27)"),
        (lambda: iv("[2, 4]") ** -1, "[0.25, 0.5]"),
        (lambda: iv("[-1, 2]") ** -2, "[0.25, inf)"),
        (lambda: iv("(0, 2]") ** -1, "[0.5, inf)"),
        (lambda: iv("[-2, -1]") ** 0, "[1, 1]"),
        (lambda: abs(iv("[-3, 2)")), "[0, 3]"),
        (lambda: abs(iv("(-3, -1]")), "[1, 3)"),
        (lambda: abs(iv("(-2, 2)")), "[0, 2)"),
        (lambda: 2 * iv("[1, 2)"), "[2, 4)"),
        (lambda: 1 - iv("[1, 2)"), "(-1, 0]"),
        (lambda: 1 / iv("[2, 4]"), "[0.25, 0.5]"),
        (lambda: 3 + iv("[1, 2]"), "[4, 5]"),
        (lambda: np.float64(2) * iv("[1, 2]"), "[2, 4]"),
        (lambda: iv("[1, 2]") * np.int64(-1), "[-2, -1]"),
        (lambda: iv("[1, 2]") ** np.int64(2), "[1, 4]"),
    ],
)
def test_arithmetic_examples(expression: Callable[[], Interval], expected: str) -> None:
    assert expression() == iv(expected)


def test_empty_operands_give_empty_results() -> None:
    empty = Interval.empty()
    for result in (empty + 1, 1 - empty, empty * Interval(1, 2), empty / 2, empty**2, -empty, abs(empty)):
        assert result.is_empty


def test_dependency_caveat() -> None:
    x = Interval(1, 2)
    assert x - x == Interval(-1, 1)  # each operand is taken on its own


def test_division_by_zero_interval() -> None:
    with pytest.raises(IntervalDivisionError, match="exactly zero"):
        _ = Interval(1, 2) / Interval.point(0)
    with pytest.raises(ZeroDivisionError):
        _ = 1 / Interval.point(0)
    with pytest.raises(IntervalDivisionError):
        Interval(1, 2).divide_split(0)
    with pytest.raises(IntervalDivisionError):
        _ = Interval.point(0) ** -1


def test_division_by_interval_straddling_zero() -> None:
    with pytest.raises(IntervalDivisionError, match="divide_split"):
        _ = Interval(1, 2) / Interval(-1, 1)
    assert Interval(1, 2).divide_split(Interval(-1, 1)) == (iv("(-inf, -1]"), iv("[1, inf)"))
    assert Interval(1, 2, "neither").divide_split(Interval(-4, 2)) == (iv("(-inf, -0.25)"), iv("(0.5, inf)"))
    assert Interval(0, 1, "right").divide_split(Interval(-1, 1)) == (iv("(-inf, 0)"), iv("(0, inf)"))
    assert Interval(1, 2).divide_split(Interval(1, 2)) == (Interval(0.5, 2),)
    assert Interval.empty().divide_split(Interval(-1, 1)) == ()
    with pytest.raises(IntervalDivisionError, match="two intervals"):
        _ = Interval(-1, 1) ** -1


def test_only_integer_powers() -> None:
    with pytest.raises(InvalidTypeError, match="integer"):
        _ = Interval(1, 2) ** 0.5
    with pytest.raises(TypeError):
        _ = Interval(1, 2) ** "2"  # type: ignore[operator]


def test_unsupported_operands_fall_back_to_type_error() -> None:
    for op in (operator.add, operator.sub, operator.mul, operator.truediv):
        with pytest.raises(TypeError):
            op(Interval(1, 2), "3")
        with pytest.raises(TypeError):
            op("3", Interval(1, 2))


@pytest.mark.parametrize(
    "expression",
    [
        lambda: Interval(1e300, 1e301) * Interval(1e300, 1e300),
        lambda: Interval(1, 1e301) * Interval(-1, 1e10),  # only the upper end overflows
        lambda: Interval(1, 1.5e308) + Interval(1, 1.5e308),
        lambda: Interval(1, 1e300) / Interval(1e-300, 1),
        lambda: Interval(1e-200, 1) ** -2,
        lambda: Interval(1e300, 1e301) ** 2,
        lambda: Interval(1, 1e308, unit="km").to("m"),
    ],
)
def test_overflow_is_an_error_not_an_unbounded_end(expression: Callable[[], Interval]) -> None:
    with pytest.raises(InvalidIntervalError, match="overflow"):
        expression()


def test_unbounded_operands_still_give_unbounded_results() -> None:
    assert Interval(1, inf) * Interval(2, 3) == Interval(2, inf)
    assert Interval(1, inf, unit="km").to("m") == Interval(1000, inf, unit="m")
    assert Interval(-inf, 2) + Interval(1, 1e308) == Interval(-inf, 1e308)


# ---------------------------------------------------------------------- units in arithmetic


def test_units_in_addition() -> None:
    assert Interval(2, 3, unit="week") + Interval(7, 14, unit="day") == Interval(3, 5, unit="week")
    with pytest.raises(UnitMismatchError):
        _ = Interval(2, 3, unit="week") + Interval(1, 2, unit="metre")
    with pytest.raises(UnitMismatchError):
        _ = Interval(2, 3, unit="week") + 1
    with pytest.raises(UnitMismatchError):
        _ = 1 - Interval(2, 3, unit="week")
    assert Interval(1, 2, unit="percent") + 1 == Interval(101, 102, unit="percent")  # as pint does


def test_units_in_products() -> None:
    assert (Interval(2, 3, unit="week") * 2).unit == "week"
    assert (Interval(1, 2, unit="km") / Interval(1, 2, unit="hour")).unit == "kilometer/hour"
    assert (Interval(1, 2, unit="km") * Interval(3, 4, unit="km")).unit == "kilometer**2"
    assert Interval(2, 3, unit="week") / Interval(1, 2, unit="day") == Interval(7, 21)
    assert Interval(2, 4, unit="km/h") * Interval(30, 60, unit="min") == Interval(1, 4, unit="km")
    assert (1 / Interval(1, 2, unit="week")).unit == "1/week"
    assert (Interval(1, 2, unit="week") ** 2).unit == "week**2"
    assert (Interval(1, 2, unit="week") ** 0).unit is None
    assert (Interval(2, 4, unit="USD") / Interval(1, 2, unit="SEK")).unit == "USD/SEK"
    assert (Interval.empty("km") / Interval(1, 2, unit="hour")) == Interval.empty("km/h")


def test_offset_units_refuse_arithmetic_but_convert() -> None:
    celsius = Interval(10, 20, unit="degC")
    for result in (
        lambda: celsius + celsius,
        lambda: celsius - Interval(1, 2, unit="delta_degC"),
        lambda: celsius * 2,
        lambda: celsius / Interval(1, 2, unit="second"),
        lambda: celsius**2,
        lambda: Interval(1, 2, unit="kelvin") + celsius,
    ):
        with pytest.raises(UnitMismatchError, match="offset"):
            result()
    fahrenheit = celsius.to("degF")
    assert fahrenheit.unit == "degree_Fahrenheit"
    assert fahrenheit.lo == pytest.approx(50)
    assert fahrenheit.hi == pytest.approx(68)
    assert celsius.to("kelvin").lo == pytest.approx(283.15)
    assert -celsius == Interval(-20, -10, unit="degC")


# ---------------------------------------------------------------------- conversion


def test_to_and_magnitude_in() -> None:
    weeks = Interval(2, 3, "left", unit="week")
    assert weeks.to("day") == Interval(14, 21, "left", unit="day")
    assert weeks.to("weeks") is weeks
    assert weeks.magnitude_in("day") == (14.0, 21.0)
    assert Interval(1, inf, unit="km").to("m") == Interval(1000, inf, unit="m")
    assert Interval.empty("week").to("day") == Interval.empty("day")
    assert Interval(5, 50, unit="percent").to(None) == Interval(0.05, 0.5)
    with pytest.raises(UnitMismatchError):
        weeks.to("m")
    with pytest.raises(UnitMismatchError):
        Interval.empty("week").to("m")
    with pytest.raises(InvalidIntervalError):
        Interval.empty("week").magnitude_in("day")


def test_currencies_need_rates() -> None:
    sek = Interval(13, 14, "right", unit="SEK")
    with pytest.raises(MissingRateError):
        sek.to("USD")
    usd = sek.to("USD", rates={"SEK": 0.1})
    assert usd.unit == "USD"
    assert usd.closed == "right"
    assert usd.lo == pytest.approx(1.3)
    assert usd.hi == pytest.approx(1.4)
    assert sek.magnitude_in("EUR", rates={"SEK": 0.1, "EUR": 1.1})[0] == pytest.approx(13 * 0.1 / 1.1)
    with pytest.raises(MissingRateError):
        _ = sek + Interval(1, 2, unit="USD")


# ---------------------------------------------------------------------- pandas and pickle


@pytest.mark.parametrize(
    "value",
    [
        Interval(1, 2),
        Interval(1, 2, "left"),
        Interval(0.1, inf, "left"),
        Interval(-inf, inf),
        Interval.point(3),
    ],
)
def test_pandas_round_trip(value: Interval) -> None:
    converted = value.to_pandas()
    assert isinstance(converted, pd.Interval)
    assert converted.closed == value.closed
    assert Interval.from_pandas(converted) == value
    assert Interval.from_pandas(Interval(1, 2, unit="week").to_pandas(), unit="week").unit == "week"


def test_pandas_empty_and_bad_input() -> None:
    converted = Interval.empty().to_pandas()
    assert converted.is_empty
    assert Interval.from_pandas(converted, unit="day") == Interval.empty("day")
    assert 1.5 in Interval(1, 2, "left").to_pandas()
    with pytest.raises(InvalidTypeError):
        Interval.from_pandas((1, 2))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        Interval.from_pandas(pd.Interval(pd.Timestamp("2024-01-01"), pd.Timestamp("2024-02-01")))


def test_pickle_in_process() -> None:
    values = [Interval(1, 2, "left", unit="week"), Interval.empty("SEK"), Interval(-inf, 0.5)]
    assert pickle.loads(pickle.dumps(values)) == values


def test_pickle_in_fresh_process() -> None:
    payload = pickle.dumps([Interval(2, 3, "right", unit="week"), Interval.empty("km")])
    script = (
        "import pickle, sys\n"
        "values = pickle.loads(sys.stdin.buffer.read())\n"
        "print(values, values[0].to('day'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], input=payload, capture_output=True, check=True, timeout=120
    )
    assert result.stdout.decode().strip() == "[(2, 3] week, ∅ km] (14, 21] day"


def test_public_name() -> None:
    assert claimnum.Interval is Interval


# ---------------------------------------------------------------------- properties

UNITS_BY_DIMENSION: list[list[str | None]] = [
    ["week", "day", "hour"],
    ["kilometer", "meter", "mile"],
    [None, "percent"],
    ["degree_Celsius", "degree_Fahrenheit", "kelvin"],
]

some = intervals(allow_empty=True, allow_infinite=True)
finite = intervals(-1e6, 1e6)


@st.composite
def members(draw: st.DrawFn, value: Interval) -> float:
    """A float inside a non-empty interval; its closed ends come up often."""
    lo, hi = value.lo, value.hi
    if not value.left_closed and not value.right_closed:
        assume(math.nextafter(lo, inf) < hi)  # (a, nextafter(a)) holds no float
    return draw(
        st.floats(
            min_value=None if lo == -inf else lo,
            max_value=None if hi == inf else hi,
            exclude_min=lo != -inf and not value.left_closed,
            exclude_max=hi != inf and not value.right_closed,
            allow_nan=False,
            allow_infinity=False,
        )
    )


@st.composite
def whole_intervals(draw: st.DrawFn) -> Interval:
    """Intervals with whole-number ends in [-12, 12], possibly unbounded: arithmetic on them is exact."""
    lo, hi = sorted(draw(st.lists(st.integers(-12, 12), min_size=2, max_size=2)))
    if draw(st.integers(0, 5)) == 0:
        lo = -inf
    if draw(st.integers(0, 5)) == 0:
        hi = inf
    value = Interval(lo, hi, draw(st.sampled_from(["both", "left", "right", "neither"])))
    assume(not value.is_empty)
    return value


@st.composite
def whole_members(draw: st.DrawFn, value: Interval) -> float:
    """A closed end, or a multiple of 1/2 at least 1/2 away from any open end."""
    choices = [end for end, held in ((value.lo, value.left_closed), (value.hi, value.right_closed)) if held]
    lo = -30.0 if value.lo == -inf else value.lo
    hi = 30.0 if value.hi == inf else value.hi
    choices += [k / 2 for k in range(math.ceil(2 * lo) + 1, math.floor(2 * hi))]
    assume(choices)
    return draw(st.sampled_from(choices))


def closure_holds(value: Interval, x: float) -> bool:
    return value.lo <= x <= value.hi


OPERATIONS: list[tuple[str, Callable[[float, float], float]]] = [
    ("+", operator.add),
    ("-", operator.sub),
    ("*", operator.mul),
    ("/", operator.truediv),
]


def _apply(name: str, a: Interval, b: Interval) -> tuple[Interval, ...]:
    if name == "/":
        return a.divide_split(b)
    return ({"+": operator.add, "-": operator.sub, "*": operator.mul}[name](a, b),)


@given(whole_intervals(), whole_intervals(), st.data())
def test_inclusion_isotonicity_exact(a: Interval, b: Interval, data: st.DataObject) -> None:
    x, y = data.draw(whole_members(a)), data.draw(whole_members(b))
    for name, op in OPERATIONS:
        if name == "/" and y == 0:
            continue
        pieces = _apply(name, a, b)
        assert any(op(x, y) in piece for piece in pieces), (name, x, y, pieces)


def _witnesses(value: Interval) -> set[float]:
    """Closed ends, 0, +-1 and points just inside: every value an end of a result can be reached by.

    +-1 stand for the members of an unbounded open interval, which has no point just inside an end
    (0 / y reaches 0 for any y but 0).
    """
    points = {end for end, held in ((value.lo, value.left_closed), (value.hi, value.right_closed)) if held}
    return points | {x for x in (0.0, 1.0, -1.0, value.lo + 0.5, value.hi - 0.5) if x in value}


def _assert_tight(pieces: tuple[Interval, ...], reached: set[float]) -> None:
    """A finite end is closed iff some pair of operand values reaches it."""
    for piece in pieces:
        for end, held in ((piece.lo, piece.left_closed), (piece.hi, piece.right_closed)):
            if math.isfinite(end):
                assert (end in reached) == held, (piece, end, sorted(reached))


@given(whole_intervals(), whole_intervals())
def test_closed_ends_are_reached_and_open_ends_are_not(a: Interval, b: Interval) -> None:
    xs, ys = _witnesses(a), _witnesses(b)
    for name, op in OPERATIONS:
        if name == "/" and b == Interval.point(0):
            continue
        reached = {op(x, y) for x in xs for y in ys if not (name == "/" and y == 0)}
        _assert_tight(_apply(name, a, b), reached)
    _assert_tight((abs(a),), {abs(x) for x in xs})
    for n in (2, 3, -1, -2):
        try:
            power = a**n
        except IntervalDivisionError:
            continue
        _assert_tight((power,), {x**n for x in xs if x != 0 or n > 0})


@given(whole_intervals(), st.data(), st.integers(-4, 4))
def test_power_isotonicity_exact(a: Interval, data: st.DataObject, n: int) -> None:
    x = data.draw(whole_members(a))
    assume(not (x == 0 and n < 0))
    try:
        result = a**n
    except IntervalDivisionError:
        assume(False)
        raise
    assert float(x) ** n in result


@given(finite, finite, st.data())
def test_inclusion_isotonicity_floats(a: Interval, b: Interval, data: st.DataObject) -> None:
    # Any floats: rounding may land exactly on an open end, so only the closure is checked.
    x, y = data.draw(members(a)), data.draw(members(b))
    for name, op in OPERATIONS:
        if name == "/" and y == 0:
            continue
        assert any(closure_holds(piece, op(x, y)) for piece in _apply(name, a, b))


@given(finite, st.data(), st.integers(-3, 3))
def test_power_isotonicity_floats(a: Interval, data: st.DataObject, n: int) -> None:
    x = data.draw(members(a))
    assume(n >= 0 or abs(x) > 1e-100)  # x ** n itself would overflow
    try:
        result = a**n
    except IntervalDivisionError:  # two pieces
        assume(False)
        raise
    except InvalidIntervalError as error:  # a bound beyond the largest float
        if "overflow" not in str(error):
            raise
        assume(False)
        raise
    assert closure_holds(result, x**n)


@given(some, some)
def test_intersection_and_hull_commute(a: Interval, b: Interval) -> None:
    assert a & b == b & a
    assert a | b == b | a


@given(some, some, some)
def test_intersection_and_hull_associate(a: Interval, b: Interval, c: Interval) -> None:
    assert (a & b) & c == a & (b & c)
    assert (a | b) | c == a | (b | c)


@given(some)
def test_empty_is_identity_of_hull_and_absorbs_intersection(a: Interval) -> None:
    empty = Interval.empty()
    assert a | empty == a == empty | a
    assert a & empty == empty == empty & a


@given(some, some, st.data())
def test_membership_of_intersection(a: Interval, b: Interval, data: st.DataObject) -> None:
    sources = [st.floats(allow_nan=False)]
    sources += [members(side) for side in (a, b) if not side.is_empty]
    x = data.draw(st.one_of(sources))
    assert (x in a and x in b) == (x in a & b)


@given(some, some)
def test_subset_of_hull(a: Interval, b: Interval) -> None:
    hull = a | b
    assert a.issubset(hull)
    assert b.issubset(hull)
    assert (a & b).issubset(a)


# Built once: strategies made inside a test are validated again on every example.
WITH_TARGET_UNIT = st.one_of(
    [
        st.tuples(intervals(-1e6, 1e6, unit=start, allow_infinite=True), st.sampled_from(units))
        for units in UNITS_BY_DIMENSION
        for start in units
    ]
)


@given(WITH_TARGET_UNIT)
def test_unit_round_trip(case: tuple[Interval, str | None]) -> None:
    value, target = case
    back = value.to(target).to(value.unit)
    assert back.unit == value.unit
    assert back.closed == value.closed
    assert back.lo == pytest.approx(value.lo, rel=1e-12, abs=1e-9)
    assert back.hi == pytest.approx(value.hi, rel=1e-12, abs=1e-9)


INVERSE = {
    "before": "after",
    "meets": "met_by",
    "overlaps": "overlapped_by",
    "starts": "started_by",
    "during": "contains",
    "finishes": "finished_by",
    "equals": "equals",
}
INVERSE |= {v: k for k, v in INVERSE.items()}


@given(intervals(-5, 5), intervals(-5, 5))
def test_relation_inverse(a: Interval, b: Interval) -> None:
    assert b.relation(a) == INVERSE[a.relation(b)]


def _same_start(a: Interval, b: Interval) -> bool:
    return (a.lo, a.left_closed) == (b.lo, b.left_closed)


def _same_end(a: Interval, b: Interval) -> bool:
    return (a.hi, a.right_closed) == (b.hi, b.right_closed)


def _gap_free(a: Interval, b: Interval) -> bool:
    """For disjoint a before b: no number lies between them."""
    return a.hi == b.lo and (a.right_closed or b.left_closed)


def _relations_by_sets(a: Interval, b: Interval) -> set[str]:
    """Allen's relations restated through sets (subset, hull, gaps), independently of relation()."""
    disjoint = (a & b).is_empty
    strict_sub, strict_sup = a.issubset(b) and a != b, b.issubset(a) and a != b
    a_first, b_first = (_same_start(a | b, x) and not _same_start(a, b) for x in (a, b))
    a_last, b_last = (_same_end(a | b, x) and not _same_end(a, b) for x in (a, b))
    candidates = {
        "before": disjoint and a.hi <= b.lo and not _gap_free(a, b),
        "meets": disjoint and a.hi <= b.lo and _gap_free(a, b),
        "after": disjoint and b.hi <= a.lo and not _gap_free(b, a),
        "met_by": disjoint and b.hi <= a.lo and _gap_free(b, a),
        "equals": a == b,
        "starts": strict_sub and _same_start(a, b),
        "started_by": strict_sup and _same_start(a, b),
        "finishes": strict_sub and _same_end(a, b),
        "finished_by": strict_sup and _same_end(a, b),
        "during": strict_sub and not _same_start(a, b) and not _same_end(a, b),
        "contains": strict_sup and not _same_start(a, b) and not _same_end(a, b),
        "overlaps": not disjoint and a_first and b_last,
        "overlapped_by": not disjoint and b_first and a_last,
    }
    return {name for name, holds in candidates.items() if holds}


@given(intervals(-5, 5, allow_infinite=True), intervals(-5, 5, allow_infinite=True))
def test_exactly_one_relation_holds(a: Interval, b: Interval) -> None:
    assert _relations_by_sets(a, b) == {a.relation(b)}
