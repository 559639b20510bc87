"""A four-digit number after a determiner: a year before its event, a count before a counted plural."""

import pytest

import claimnum
from claimnum.lexicon import load

YEAR_NOUNS = load().words["year_nouns"]


@pytest.mark.parametrize("noun", YEAR_NOUNS)
def test_every_year_noun_keeps_a_number_after_a_determiner_a_year(noun: str) -> None:
    claims = claimnum.extract(f"Historians still study the 1994 {noun} closely.")
    assert "1994" not in [c.text for c in claims]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Its 1500 workers walked off the job on Monday.", "1500"),
        ("The 2000 marchers crossed the square at noon.", "2000"),
        ("Their 1800 pupils sat the exam.", "1800"),
    ],
)
def test_a_year_like_number_before_a_counted_plural_is_a_count(sentence: str, number: str) -> None:
    assert number in [c.text for c in claimnum.extract(sentence)]


@pytest.mark.parametrize("sentence", ["Lawyers revisited the 1988 crisis.", "Her 2019 budget was tight."])
def test_a_year_like_number_before_a_singular_noun_is_a_year(sentence: str) -> None:
    assert claimnum.extract(sentence) == []
