"""Tests of claimnum.anchors: the time words that place a number before the story's own event."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from claimnum.anchors import time_of
from claimnum.holders import tells

ANCHORS = tomllib.loads(resources.files("claimnum").joinpath("data/anchors.toml").read_text("utf-8"))


def background(sentence: str, number: str) -> bool:
    start = sentence.index(number)
    return time_of(sentence, start, start + len(number), tells=tells)[1]


@pytest.mark.parametrize("adverb", ANCHORS["earlier"]["adverbs"])
def test_every_earlier_adverb_makes_a_number_background(adverb: str) -> None:
    assert background(f"The man had {adverb} been arrested 4 times.", "4")
    assert not background("The man has been arrested 4 times.", "4")


@pytest.mark.parametrize("adverb", ANCHORS["earlier"]["adverbs"])
def test_an_earlier_adverb_before_a_verb_of_telling_marks_another_account(adverb: str) -> None:
    assert not background(f"Police {adverb} said 40 people died.", "40")
