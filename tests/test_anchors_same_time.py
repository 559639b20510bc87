"""Tests of ``[same_time]`` of ``data/anchors.toml``: "at the time" makes a number background only where
its sentence writes an earlier time; alone it describes the story's own event."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from claimnum.anchors import time_of
from claimnum.holders import tells

ANCHORS = tomllib.loads(resources.files("claimnum").joinpath("data/anchors.toml").read_text("utf-8"))
MEASURES = tomllib.loads(resources.files("claimnum").joinpath("data/measures.toml").read_text("utf-8"))


def background(sentence: str, number: str, story_year: int | None = 2015) -> bool:
    start = sentence.index(number)
    return time_of(sentence, start, start + len(number), story_year=story_year, tells=tells)[1]


@pytest.mark.parametrize("cue", ANCHORS["same_time"]["cues"])
def test_every_same_time_cue_is_background_only_after_an_earlier_time(cue: str) -> None:
    assert cue in MEASURES["background"]["cues"]
    assert not background(f"Halvorsen was 31 {cue}.", "31")
    assert not background(f"The mill employed 450 workers {cue}.", "450")
    assert background(f"When the bridge fell in 2003, the mill employed 450 workers {cue}.", "450")
    assert background(f"Last year the mill employed 450 workers {cue}.", "450")
    assert background(f"The mill employed 450 workers {cue} of the 2003 strike.", "450")


def test_a_year_of_the_story_itself_keeps_the_figure_the_story_s_own() -> None:
    assert not background("In 2015 Halvorsen was 31 at the time.", "31")
    assert background("In 2015 Halvorsen was 31 at the time.", "31", story_year=None)


def test_the_number_itself_is_no_earlier_year() -> None:
    assert not background("The mill employed 1900 workers at the time.", "1900")


@pytest.mark.parametrize("word", ANCHORS["same_time"]["naming"])
def test_every_word_naming_the_event_keeps_a_same_time_figure_background(word: str) -> None:
    assert background(f"Halvorsen was 31 at the time {word} the robbery.", "31")
    assert not background("Halvorsen was 31 at the time.", "31")
