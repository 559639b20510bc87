"""Tests of claimnum.counted: what a count counts, and counts told of before."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.counted import counted_words, is_definite, is_frequency
from claimnum.grouping import frame_of


@pytest.mark.parametrize("word", sorted(counted_words("definite")))
def test_every_definite_word_makes_a_count_told_before(word: str) -> None:
    sentence = f"Police said {word} three men were questioned."
    at = sentence.index("three")
    assert is_definite(sentence, at, at + len("three"))


def test_a_count_with_no_definite_word_is_new() -> None:
    sentence = "Police said three men were questioned."
    at = sentence.index("three")
    assert not is_definite(sentence, at, at + len("three"))


@pytest.mark.parametrize("word", sorted(counted_words("frequency")))
def test_every_frequency_word_counts_how_often(word: str) -> None:
    assert is_frequency(f"three {word}")


@pytest.mark.parametrize("word", sorted(counted_words("another_kind")))
def test_every_another_kind_word_makes_a_count_of_another_thing(word: str) -> None:
    [other] = claimnum.extract(f"He was indicted on one count of {word} murder.")
    [murder] = claimnum.extract("He was indicted on one count of murder.")
    assert frame_of(other).entity == f"{word} murder" != frame_of(murder).entity == "murder"
