"""Numerals at the edges of the floats: every group and digit read, never a wrong number."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.numerals import parse


def _claims(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.text, c.value, c.unit) for c in claimnum.extract(text)]


def test_seven_groups_of_thousands_are_read_whole() -> None:
    assert _claims("The fund held $4,000,000,000,000,000,000,000.") == [
        ("$4,000,000,000,000,000,000,000", 4e21, "USD")
    ]


def test_many_groups_of_thousands_parse() -> None:
    numeral = parse("2" + ",000" * 9)
    assert numeral is not None
    assert numeral.value == 2e27


def test_a_long_run_of_digits_is_read_at_twelve_significant_digits() -> None:
    (claim,) = claimnum.extract("Its debt was $" + "3" * 22 + ".")
    assert claim.value == pytest.approx(3.333333333333333e21)
    assert claim.interval.lo <= claim.value <= claim.interval.hi
    assert claim.interval.width < 1e11


def test_a_tiny_decimal_keeps_its_value_and_unit() -> None:
    (claim,) = claimnum.extract("The grain weighs 0.0000000000000000000003 kg.")
    assert (claim.value, claim.unit) == (pytest.approx(3e-22), "kilogram")


def test_a_decimal_below_the_floats_is_no_zero() -> None:
    assert parse("0." + "0" * 400 + "7") is None


def test_a_power_of_three_digits() -> None:
    numeral = parse("10^120")
    assert numeral is not None
    assert numeral.value == 1e120


@pytest.mark.parametrize("text", ["It was 7x10^999 kg.", "It was 10^500 tons.", "It was 3 × 10^4000 grams."])
def test_a_power_beyond_the_floats_gives_no_wrong_number(text: str) -> None:
    assert all(c.value is None or c.value > 1e100 for c in claimnum.extract(text))
    assert not any(c.value in (999.0, 500.0, 4000.0, 7.0, 10.0, 3.0) for c in claimnum.extract(text))
