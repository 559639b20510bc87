"""Tests of claimnum.counted: what a count counts, and counts told of before."""

from __future__ import annotations

import pytest

from claimnum.counted import definite_words, frequency_words, is_definite, is_frequency


@pytest.mark.parametrize("word", sorted(definite_words()))
def test_every_definite_word_makes_a_count_told_before(word: str) -> None:
    sentence = f"Police said {word} three men were questioned."
    at = sentence.index("three")
    assert is_definite(sentence, at, at + len("three"))


def test_a_count_with_no_definite_word_is_new() -> None:
    sentence = "Police said three men were questioned."
    at = sentence.index("three")
    assert not is_definite(sentence, at, at + len("three"))


@pytest.mark.parametrize("word", sorted(frequency_words()))
def test_every_frequency_word_counts_how_often(word: str) -> None:
    assert is_frequency(f"three {word}")
