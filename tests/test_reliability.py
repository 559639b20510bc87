"""The reliability sweep: no silent wrong result, no exception that escapes as Python's own.

Each case here failed before the sweep (a wrong value without an error, or a bare
``OverflowError``, ``MemoryError``, ``RecursionError``, ``TypeError``); the
hypothesis tests throw wrong types, NaN, infinities, huge and tiny magnitudes and
empty sequences at the public functions' arguments, and accept only a result or a
:class:`claimnum.ClaimnumError`.
"""

from __future__ import annotations

import contextlib
import math
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimnum
from claimnum import (
    ClaimnumError,
    ExpressionError,
    Interval,
    InvalidTypeError,
    OutOfRangeError,
    UndefinedUnitError,
    UnitMismatchError,
    check,
    derive,
)
from claimnum.units import checked_rates, convert

CLAIM = claimnum.extract("About 300 people came.", source="a")[0]

# --------------------------------------------------------------------------- derive


def test_a_variable_exponent_of_a_quantity_with_units_is_refused() -> None:
    with pytest.raises(UnitMismatchError, match="constant exponent"):
        derive("x ** y", x=Interval(2, 3, unit="m"), y=Interval(2, 3))


def test_a_constant_exponent_gives_the_unit_its_power() -> None:
    assert derive("x ** y", x=Interval(2, 3, unit="m"), y=Interval(2, 2)).interval == Interval(
        4, 9, unit="meter**2"
    )
    assert derive("x ** y", x=Interval(2, 3, unit="m"), y=2).interval.unit == "meter**2"
    assert derive("x ** y", x=Interval(2, 3), y=Interval(1, 2)).interval == Interval(2, 9)


@pytest.mark.parametrize("expression", ["x + 2 ** 10000", "x * 10 ** 400", "x ** 1000", "x / 1e-308 / 1e-10"])
def test_overflow_in_derive_is_an_expression_error(expression: str) -> None:
    with pytest.raises(ExpressionError, match="range of floats"):
        derive(expression, x=Interval(2, 3))


def test_a_number_beyond_the_floats_is_an_error_not_an_empty_interval() -> None:
    with pytest.raises(ExpressionError, match="beyond the range of floats"):
        derive("x * 1e999", x=Interval(1, 2))


@pytest.mark.parametrize(
    ("expression", "limit"),
    [
        ("-" * 10_000 + "x", "1000 characters"),
        ("+".join(["x"] * 1000), "1000 characters"),
        ("+".join(["x"] * 400), "100 levels"),
        ("-" * 990 + "x", "100 levels"),
    ],
)
def test_expression_size_and_depth_are_limited(expression: str, limit: str) -> None:
    with pytest.raises(ExpressionError, match=limit):
        derive(expression, x=Interval(1, 2))
    with pytest.raises(ExpressionError, match=limit):
        derive("x", x=Interval(1, 2), constraints=[expression.replace("x", "x <= 1", 1)])


def test_a_probe_of_the_unit_never_divides_by_zero() -> None:
    # With every input at 1, y - 1 would be a zero divisor although y is in [3, 4].
    assert derive("x / (y - 1)", x=Interval(1, 2), y=Interval(3, 4)).interval == Interval(1 / 3, 1)


def test_no_real_value_is_said_so() -> None:
    with pytest.raises(ExpressionError, match="no real value"):
        derive("(-x) ** 0.5", x=Interval(1, 2))


# --------------------------------------------------------------------------- units and intervals


@pytest.mark.parametrize("unit", ["meter**1000000", "kilometer**13", "quettameter**12", "second**-20"])
def test_absurd_unit_powers_are_refused_when_the_interval_is_made(unit: str) -> None:
    with pytest.raises(UndefinedUnitError, match=unit.split("*")[0]):
        Interval(1, 2, unit=unit)


@pytest.mark.parametrize("unit", [["m"], 3, b"m", {"m": 1}])
def test_a_unit_that_is_not_a_string(unit: object) -> None:
    with pytest.raises(InvalidTypeError, match="unit must be a string"):
        Interval(1, 2, unit=unit)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("interval", "target", "way"),
    [
        (Interval(1e-300, 1, unit="nanometer**12"), "kilometer**12", "underflows"),
        (Interval(1, 1e300, unit="kilometer**12"), "nanometer**12", "overflows"),
        (Interval(1, 1e300, unit="SEK"), "USD", "overflows"),
    ],
)
def test_conversion_under_and_overflow_are_errors(interval: Interval, target: str, way: str) -> None:
    with pytest.raises(OutOfRangeError, match=way) as raised:
        interval.to(target, rates={"SEK": 1e10})
    assert isinstance(raised.value, ArithmeticError)


def test_convert_refuses_what_leaves_the_floats_but_keeps_zero_and_infinity() -> None:
    with pytest.raises(OutOfRangeError, match="overflows"):
        convert(np.array([1.0, 1e300]), "kilometer**12", "nanometer**12")
    with pytest.raises(OutOfRangeError, match="underflows"):
        convert(1e-300, "nanometer**12", "kilometer**12")
    assert convert(np.array([0.0, math.inf]), "kilometer**12", "nanometer**12").tolist() == [0.0, math.inf]
    assert convert(-17.77777777777778, "degC", "degF") == pytest.approx(0.0, abs=1e-9)  # affine: 0 is fine


def test_a_conversion_that_fits_though_its_steps_do_not() -> None:
    assert Interval(1e300, 2e300, unit="km**12").to("Mm**12").lo == pytest.approx(1e264)


@pytest.mark.parametrize(
    ("rates", "error", "message"),
    [
        ({"SEK": "x", "USD": 1}, InvalidTypeError, "must be a number"),
        ([1, 2], InvalidTypeError, "mapping of currency code"),
        ({"SEK": -1}, claimnum.MissingRateError, "positive"),
        ({"SEK": math.nan}, claimnum.MissingRateError, "positive"),
        ({"SEK": True}, InvalidTypeError, "must be a number"),
        ({"kilometer": 1.0}, claimnum.MissingRateError, "ISO 4217"),
        ({3: 1.0}, claimnum.MissingRateError, "ISO 4217"),
    ],
)
def test_bad_rates_are_claimnum_errors(rates: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        Interval(1, 2, unit="SEK").to("USD", rates=rates)
    with pytest.raises(error, match=message):
        check([Interval(1, 2, unit="SEK"), Interval(1, 2, unit="USD")], rates=rates)


def test_rates_are_upper_cased_codes() -> None:
    assert checked_rates({"sek": 0.1}) == {"SEK": 0.1}
    assert convert(10.0, "SEK", "USD", rates={"sek": 0.1}) == pytest.approx(1.0)


# --------------------------------------------------------------------------- check


@pytest.mark.parametrize("item", [CLAIM, Interval(1, 2), "1 to 2", 3.0])
def test_check_of_one_item_says_to_pass_a_list(item: object) -> None:
    with pytest.raises(InvalidTypeError, match=r"pass \[item\]|list of items"):
        check(item)  # type: ignore[arg-type]


@pytest.mark.parametrize("item", [0.0, CLAIM, Interval(1, 2), "1 to 2"])
def test_combine_of_one_item_says_to_pass_a_list(item: object) -> None:
    with pytest.raises(InvalidTypeError, match=r"combine\(\) takes a list .*pass \[item\]"):
        claimnum.combine(item)  # type: ignore[arg-type]


def test_consistency_compares_by_value() -> None:
    items = [Interval(1, 3), Interval(2, 4), Interval(9, 10)]
    assert check(items) == check(list(items))
    assert hash(check(items)) == hash(check(items))
    assert check(items) != check(items[:2])
    assert check([CLAIM, CLAIM]) == check([CLAIM, CLAIM])
    assert len({check(items), check(items)}) == 1


# --------------------------------------------------------------------------- fuzzing the arguments

ODD_NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1e-320, 5e-324, 1e308, -1e308, 10**400, -(10**400)]),
    st.integers(),
)
ODD_VALUES = st.one_of(
    ODD_NUMBERS,
    st.none(),
    st.booleans(),
    st.text(max_size=8),
    st.binary(max_size=4),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.floats(), max_size=2),
    st.just(()),
    st.just([]),
    st.builds(object),
)
UNITS = st.one_of(
    st.none(),
    st.sampled_from(["m", "km", "week", "SEK", "USD", "degC", "percent", "m**12", "m**13", "", "x"]),
    ODD_VALUES,
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(lo=ODD_VALUES, hi=ODD_VALUES, closed=ODD_VALUES, unit=UNITS)
def test_interval_takes_anything_and_raises_only_claimnum_errors(
    lo: Any, hi: Any, closed: Any, unit: Any
) -> None:
    with contextlib.suppress(ClaimnumError):
        Interval(lo, hi, closed, unit)


@FUZZ
@given(lo=ODD_NUMBERS, hi=ODD_NUMBERS, unit=UNITS, target=UNITS, rates=ODD_VALUES)
def test_conversion_takes_anything_and_raises_only_claimnum_errors(
    lo: Any, hi: Any, unit: Any, target: Any, rates: Any
) -> None:
    try:
        interval = Interval(min(lo, hi), max(lo, hi), unit=unit)
    except (ClaimnumError, TypeError):  # min() of NaN and a number may be either
        return
    try:
        converted = interval.to(target, rates=rates)
    except ClaimnumError:
        return
    assert math.isinf(converted.lo) == math.isinf(interval.lo)
    assert math.isinf(converted.hi) == math.isinf(interval.hi)


@FUZZ
@given(items=st.one_of(ODD_VALUES, st.lists(ODD_VALUES, max_size=3)), rates=ODD_VALUES)
def test_check_takes_anything_and_raises_only_claimnum_errors(items: Any, rates: Any) -> None:
    with contextlib.suppress(ClaimnumError):
        check(items, rates=rates)


INTERVALS = st.builds(
    lambda a, b: Interval(min(a, b), max(a, b)),
    st.floats(allow_nan=False, min_value=-1e308, max_value=1e308),
    st.floats(allow_nan=False, min_value=-1e308, max_value=1e308),
)


@FUZZ
@given(
    expression=st.one_of(
        st.sampled_from(["x", "x + y", "x * y", "x / y", "x ** y", "abs(x - y)", "min(x, y)", "x ** 2 - y"]),
        st.text(max_size=20),
        ODD_VALUES,
    ),
    x=st.one_of(INTERVALS, ODD_VALUES),
    y=st.one_of(INTERVALS, ODD_VALUES),
)
def test_derive_takes_anything_and_raises_only_claimnum_errors(expression: Any, x: Any, y: Any) -> None:
    try:
        result = derive(expression, x=x, y=y)
    except ClaimnumError:
        return
    assert not result.interval.is_empty
    assert result.core.issubset(result.interval)


@FUZZ
@given(
    texts=st.one_of(
        st.lists(st.one_of(st.text(max_size=40), st.none(), ODD_VALUES), max_size=3),
        st.dictionaries(st.text(max_size=3), st.one_of(st.text(max_size=40), ODD_VALUES), max_size=2),
        ODD_VALUES,
    ),
    profile=st.sampled_from(["median", "strict", "lenient"]),  # extract's own arguments: test_extract
)
def test_extract_frame_takes_anything_and_raises_only_claimnum_errors(texts: Any, profile: Any) -> None:
    with contextlib.suppress(ClaimnumError):
        claimnum.extract_frame(texts, profile=profile)


@FUZZ
@given(
    unit=st.one_of(
        UNITS,
        st.text(alphabet="mkgsbyte*/^()0123456789.- _e", max_size=12),
        st.from_regex(r"[a-z]{1,6}\*\*-?[0-9]{1,4}", fullmatch=True),
    )
)
def test_canonical_unit_takes_any_text_and_raises_only_claimnum_errors(unit: Any) -> None:
    from claimnum.units import canonical_unit, dimensionality

    try:
        canonical = canonical_unit(unit)
    except ClaimnumError:
        return
    assert canonical_unit(canonical) == canonical
    dimensionality(canonical)
