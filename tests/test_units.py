"""Tests of claimnum.units: the registry, canonical units and conversions."""

from __future__ import annotations

import math

import numpy as np
import pint
import pytest

import claimnum
from claimnum.errors import InvalidTypeError, MissingRateError, UndefinedUnitError, UnitMismatchError
from claimnum.units import (
    canonical_unit,
    comparable,
    convert,
    currency_of,
    dimensionality,
    is_currency,
    unit_text,
    ureg,
)


def test_registry_is_claimnums_own() -> None:
    assert claimnum.ureg is ureg
    assert ureg is not pint.get_application_registry()
    assert pint.get_application_registry().get() is not ureg
    assert "USD" in ureg


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("km", "kilometer"),
        ("kilometre", "kilometer"),
        ("weeks", "week"),
        (" day ", "day"),
        ("km/h", "kilometer/hour"),
        ("km**2", "kilometer**2"),
        ("%", "percent"),
        ("percent", "percent"),
        ("degC", "degree_Celsius"),
        ("SEK", "SEK"),
        ("USD/day", "USD/day"),
    ],
)
def test_canonical_unit(text: str, canonical: str) -> None:
    assert canonical_unit(text) == canonical
    assert canonical_unit(canonical) == canonical  # canonical spellings are fixed points


@pytest.mark.parametrize("text", [None, "", "  ", "dimensionless"])
def test_pure_numbers_have_no_unit(text: str | None) -> None:
    assert canonical_unit(text) is None


@pytest.mark.parametrize("text", ["wibble", "soldiers", "km/", "3 +", "**"])
def test_unknown_units(text: str) -> None:
    with pytest.raises(UndefinedUnitError, match="unknown unit"):
        canonical_unit(text)


@pytest.mark.parametrize(
    ("word", "unit"), [("kilometres", "kilometer"), ("hours", "hour"), ("percent", "percent")]
)
def test_one_word_with_a_prefix_or_plural_is_still_a_unit(word: str, unit: str) -> None:
    # A word that names no unit is refused before pint's parser: these must still reach it.
    assert canonical_unit(word) == unit


def test_unit_must_be_a_string() -> None:
    with pytest.raises(InvalidTypeError):
        canonical_unit(3)  # type: ignore[arg-type]


def test_dimensionality_and_currencies() -> None:
    assert dimensionality("week") == "[time]"
    assert dimensionality("percent") == ""
    assert dimensionality(None) == ""
    assert currency_of("SEK") == "SEK"
    assert currency_of("USD/day") == "USD"
    assert currency_of("USD/SEK") is None
    assert currency_of("km") is None
    assert is_currency("EUR")
    assert not is_currency("EUR/day")
    assert not is_currency(None)


@pytest.mark.parametrize("code", ["USD", "EUR", "GBP", "SEK", "JPY", "INR", "CHF", "CNY"])
def test_common_currencies_are_units(code: str) -> None:
    assert canonical_unit(code) == code
    assert is_currency(code)


def test_convert_plain_units() -> None:
    assert convert(2.0, "week", "day") == 14.0
    assert convert(1.0, "kilometer**2", "hectare") == pytest.approx(100.0)
    assert convert(50.0, "percent", None) == 0.5
    assert convert(0.5, None, "percent") == 50.0
    assert convert(3.0, None, None) == 3.0
    assert convert(math.inf, "week", "day") == math.inf
    assert convert(-math.inf, "km", "m") == -math.inf


def test_convert_offset_units_affinely() -> None:
    assert convert(100.0, "degC", "degF") == pytest.approx(212.0)
    assert convert(0.0, "degC", "kelvin") == pytest.approx(273.15)


def test_convert_arrays() -> None:
    result = convert(np.array([1.0, 2.0, math.inf]), "week", "day")
    assert isinstance(result, np.ndarray)
    np.testing.assert_array_equal(result, [7.0, 14.0, math.inf])


def test_convert_refuses_other_dimensions() -> None:
    with pytest.raises(UnitMismatchError, match=r"\[time\]"):
        convert(1.0, "week", "metre")
    with pytest.raises(UnitMismatchError):
        convert(1.0, "week", None)
    with pytest.raises(ValueError, match="cannot convert"):  # the built-in too
        convert(1.0, "USD", "km")


def test_currencies_need_rates() -> None:
    with pytest.raises(MissingRateError, match="SEK"):
        convert(13.5e9, "SEK", "USD")
    assert convert(13.5e9, "SEK", "USD", rates={"SEK": 0.0911}) == pytest.approx(13.5e9 * 0.0911)
    # The one currency without a rate is the reference.
    assert convert(100.0, "USD", "SEK", rates={"SEK": 0.1}) == pytest.approx(1000.0)
    # With both rates given, a third currency is the reference.
    assert convert(10.0, "SEK", "EUR", rates={"SEK": 0.1, "EUR": 1.1}) == pytest.approx(10 * 0.1 / 1.1)
    with pytest.raises(MissingRateError):
        convert(1.0, "SEK", "EUR", rates={"USD": 1.0})


def test_rates_carry_into_compound_units() -> None:
    assert convert(7.0, "SEK/day", "USD/week", rates={"SEK": 0.1}) == pytest.approx(4.9)


@pytest.mark.parametrize("rate", [0.0, -1.0, math.nan, math.inf])
def test_bad_rates_are_refused(rate: float) -> None:
    with pytest.raises(MissingRateError, match="positive"):
        convert(1.0, "SEK", "USD", rates={"SEK": rate})


def test_a_decade_is_ten_years() -> None:
    # pint calls a "decade" a logarithmic ratio; in news it is a span of ten years
    assert convert(2.0, "decade", "year") == 20.0
    assert comparable("decade", "year")
    assert dimensionality("decade") == dimensionality("year")


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("He ruled the country for two decades.", "two decades", 1.5, 2.5),
        ("She led the party for more than a decade.", "more than a decade", 1.0, 1.5),
        ("The feud went on for three decades.", "three decades", 2.5, 3.5),
    ],
)
def test_decades_are_extracted_as_time(sentence: str, text: str, low: float, high: float) -> None:
    [claim] = claimnum.extract(sentence)
    assert claim.text == text
    assert claim.unit == "year"  # decades are counted in years, as "decades" is
    assert claim.measure == "duration"
    years = claim.interval.to("year")
    assert 10 * low <= float(years.lo) <= float(years.hi) <= 10 * high


def test_two_decades_meet_twenty_one_years() -> None:
    [decades] = claimnum.extract("He ruled for two decades.")
    [years] = claimnum.extract("He ruled for 21 years.")
    assert decades.interval.to("year").overlaps(years.interval)


def test_comparable() -> None:
    assert comparable("week", "day")
    assert not comparable("week", "km")
    assert not comparable("USD", "SEK")
    assert comparable("USD", "SEK", rates={"SEK": 0.09})
    assert comparable(None, "percent")


@pytest.mark.parametrize(
    ("spellings", "canonical"),
    [
        (("mph", "miles per hour", "mile/hour"), "mile/hour"),
        (("kph", "km/h", "kilometre per hour"), "kilometer/hour"),
        (("square_mile", "mi**2", "sq_mi"), "mile**2"),
    ],
)
def test_one_unit_has_one_spelling(spellings: tuple[str, ...], canonical: str) -> None:
    assert {canonical_unit(s) for s in spellings} == {canonical}


@pytest.mark.parametrize(
    ("unit", "text"),
    [
        ("kilometer**2", "km²"),
        ("kilometer/hour", "km/h"),
        ("mph", "mph"),
        ("percent", "%"),
        ("degC", "°C"),
        ("delta_degC", "Δ°C"),
        ("week", "week"),
        ("hour", "hour"),
        ("USD", "USD"),
        ("USD/year", "USD/year"),
        ("meter**3", "m³"),
        (None, ""),
    ],
)
def test_units_print_as_people_write_them(unit: str | None, text: str) -> None:
    assert unit_text(unit) == text


def test_every_text_view_writes_units_so() -> None:
    from claimnum import Interval, combine, extract

    assert str(Interval(2, 3, unit="km**2")) == "[2, 3] km²"
    assert "km/h" in Interval(1, 2, unit="km/h")._repr_html_()
    assert "%" in repr(extract("Unemployment was 5.4%.")[0])
    assert repr(combine([Interval(14385.312329993492, 81859.97734483617)], method="bayes")).count(".") == 0


def test_claims_print_their_readings_without_float_noise() -> None:
    from claimnum import extract

    assert "[0.6, 0.7334]" in repr(extract("Two-thirds of voters agreed.")[0])  # not 0.7333333333333333
    assert "[11500, 12500]" in repr(extract("About 12,000 came.")[0].core)
