"""Numerals: values and granules of numbers written in digits, multipliers, words and fractions."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimnum.errors import InvalidTypeError
from claimnum.numerals import Numeral, find, granule_of, parse

VALUES = [
    ("10,000", 10_000, 1_000),
    ("12,000", 12_000, 1_000),
    ("12,345", 12_345, 1),
    ("1.23", 1.23, 0.01),
    ("47.5", 47.5, 0.1),
    ("250", 250, 10),
    ("200", 200, 100),
    ("100", 100, 10),
    ("3", 3, 1),
    ("0", 0, 1),
    ("10\u00a0000", 10_000, 1_000),
    ("10 000", 10_000, 1_000),
    ("1 234 567", 1_234_567, 1),
    ("1.23 billion", 1.23e9, 1e7),
    ("3bn", 3e9, 1e9),
    ("2.5m", 2.5e6, 1e5),
    ("5k", 5_000, 1_000),
    ("250m", 2.5e8, 1e7),
    ("1.2 trillion", 1.2e12, 1e11),
    ("2 lakh", 2e5, 1e5),
    ("three", 3, 1),
    ("Twelve thousand", 12_000, 1_000),
    ("Three hundred and forty", 340, 10),
    ("twenty-five", 25, 1),
    ("a dozen", 12, 12),
    ("two dozen", 24, 12),
    ("a million", 1e6, 1e5),
    ("one hundred and five million", 1.05e8, 1e6),
]


@pytest.mark.parametrize(("text", "value", "granule"), VALUES)
def test_value_and_granule(text, value, granule):
    numeral = parse(text)
    assert numeral is not None
    assert numeral.value == pytest.approx(value)
    assert numeral.granule == pytest.approx(granule)
    assert numeral.text == text


FRACTIONS = [
    ("half", 0.5),
    ("a third", 1 / 3),
    ("two-thirds", 2 / 3),
    ("a quarter", 0.25),
    ("three quarters", 0.75),
    ("one in five", 0.2),
    ("1 in 3", 1 / 3),
    ("nine out of ten", 0.9),
    ("1/2", 0.5),
    ("3/4", 0.75),
    ("½", 0.5),
    ("2½", 2.5),
]


@pytest.mark.parametrize(("text", "value"), FRACTIONS)
def test_fractions_have_no_granule(text, value):
    numeral = parse(text)
    assert numeral is not None
    assert numeral.value == pytest.approx(value)
    assert numeral.granule is None


@pytest.mark.parametrize("text", ["soldiers", "", "two three", "1,2345", "G7", "and", "dozen", "hundred"])
def test_not_one_numeral(text):
    assert parse(text) is None


def test_find_in_text_with_offsets():
    text = "Over 10,000 troops, two-thirds of them new, crossed 3 rivers in twelve days."
    found = find(text)
    assert [n.text for n in found] == ["10,000", "two-thirds", "3", "twelve"]
    for numeral in found:
        assert text[numeral.start : numeral.end] == numeral.text


def test_a_plain_space_joins_groups_of_three_digits_only():
    assert [n.text for n in find("in 2019 300 people, 12 34 apart")] == ["2019", "300", "12", "34"]


def test_only_proper_fractions_in_figures_are_fractions():
    values = [n.value for n in find("a 5/4 split on 1/2/2024")]
    assert 1.25 not in values
    assert 0.5 not in values


def test_numbers_inside_names_are_not_numerals():
    assert find("The F-16, the iOS7 and COVID-19") == []


def test_digits_after_capitals_may_follow_a_currency():
    # "R26m", "RM79", "USD10m": extraction keeps them only after a currency ("G7" is a name).
    assert [n.value for n in find("R26m, RM79, USD10m")] == [26e6, 79, 10e6]


def test_and_joins_words_only_after_a_scale_word():
    assert [n.value for n in find("between two and three million")] == [2, 3e6]


def test_power_of_ten_reads_as_ten_of_the_grain_below():
    assert granule_of("10,000") == 1_000
    assert granule_of("1,000,000") == 100_000
    assert granule_of("10") == 1


def test_repr_is_short():
    assert repr(parse("12,000")) == "Numeral('12,000', 12000, granule=1000)"
    assert isinstance(parse("12,000"), Numeral)


def test_type_errors():
    with pytest.raises(InvalidTypeError):
        find(12)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        parse(None)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**15))
def test_integers_with_separators_round_trip(n):
    written = f"{n:,}"
    numeral = parse(written)
    assert numeral is not None
    assert numeral.value == n
    assert numeral.granule is not None
    assert n % numeral.granule == 0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789,. kmbn-aonethrdfiv")), max_size=200))
def test_find_never_raises_and_offsets_hold(text):
    for numeral in find(text):
        assert text[numeral.start : numeral.end] == numeral.text


def test_a_decimal_without_its_leading_zero() -> None:
    numeral = parse(".25")
    assert (numeral.value, numeral.granule) == (0.25, 0.01)


@pytest.mark.parametrize("text", ["0^-99", "9910^99", "0.001^-200", "1.99x10-99", "3e99"])
def test_powers_beyond_floats_are_no_numbers_and_raise_nothing(text):
    for numeral in find(text):
        assert math.isfinite(numeral.value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3.2e6", 3.2e6),
        ("1.99x10-30", 1.99e-30),
        ("10^5", 1e5),
        ("2.5 × 10^9", 2.5e9),
        ("4 1/2", 4.5),
        ("1⁄32", 1 / 32),
    ],
)
def test_scientific_notation_powers_and_mixed_fractions(text, value):
    [numeral] = find(text)
    assert numeral.value == pytest.approx(value)


def test_a_power_written_right_after_the_base_ten():
    assert [n.value for n in find("2.5x1012")] == [2.5e12]
    assert [n.value for n in find("2019 x1010")] == [2019e10]


def test_a_mixed_fraction_joins_its_whole_across_a_space_only():
    assert [n.value for n in find("4\u00a01/2")] == [4.5]
    assert [n.value for n in find("4\n1/2")] == [4, 0.5]
    assert [n.value for n in find("4\t1/2")] == [4, 0.5]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a thousand million", 1e9),
        ("4 hundred million", 4e8),
        ("3 bn", 3e9),
        ("3 bln", 3e9),
        ("2 mil", 2e6),
        ("two-million", 2e6),
    ],
)
def test_scales(text, value):
    [numeral] = find(text)
    assert numeral.value == value


def test_two_units_joined_by_a_hyphen_are_two_numbers():
    assert [n.value for n in find("two-three weeks, twenty-one days")] == [2.0, 3.0, 21.0]


def test_a_year_after_in_is_no_ratio() -> None:
    assert [n.value for n in find("He scored 3 in 2009 and one in five in 2010.")] == [3, 2009, 0.2, 2010]
