"""Over-broad rules of session 8 that misfired on ordinary news: each misfire stays fixed."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.clustering import cluster
from claimnum.data_files import data_table
from claimnum.grouping import frame_of

_WORDS = data_table("lexicon.toml")["words"]


def _values(text: str) -> list[float]:
    return [c.value for c in claimnum.extract(text) if c.value is not None]


# A group's members after a verb of casualties, a count after "and": no name.
@pytest.mark.parametrize(
    ("text", "value"), [("Forces killed 15 Taliban.", 15.0), ("She won 4 Grammy awards and 2 Emmy.", 2.0)]
)
def test_a_count_before_a_capitalised_word_is_no_name(text: str, value: float) -> None:
    assert value in _values(text)


def test_a_count_opening_a_sentence_before_at_is_no_torn_date() -> None:
    assert 9.0 in _values("9 at the depot were hurt.")


def test_a_toll_rising_to_a_count_in_the_evening_is_no_hour() -> None:
    assert 8.0 in _values("The death toll climbed to 8 in the evening.")


def test_a_count_of_two_before_the_next_morning_is_no_hour() -> None:
    assert 5.0 in _values("Officers detained 5 or 6 the following morning.")


@pytest.mark.parametrize(
    "text", ["The ferry leaves at 10:50 to go across the bay.", "They met at 3:15 left of the stage."]
)
def test_a_clock_time_after_a_preposition_is_no_game_clock(text: str) -> None:
    assert all(c.unit != "second" for c in claimnum.extract(text))


def test_a_game_clock_stays_a_duration() -> None:
    [claim] = claimnum.extract("She scored with 3:20 remaining.")
    assert (claim.value, claim.unit) == (200.0, "second")


@pytest.mark.parametrize(
    "text",
    [
        "In the cold weather the ship turned 120 degrees.",
        "Despite the heat, the crane was rotating 180 degrees.",
        "It was hot and the truck swung 90 degrees.",
        "Roast the lamb in a hot oven at 220 degrees.",
    ],
)
def test_turning_and_ovens_are_no_fahrenheit(text: str) -> None:
    assert all(c.unit != "degree_Fahrenheit" for c in claimnum.extract(text))


def test_hot_weather_degrees_stay_fahrenheit() -> None:
    claims = claimnum.extract("In the hot weather it hit 98 degrees.")
    assert any(c.unit == "degree_Fahrenheit" for c in claims)


def test_tolls_of_two_events_stay_apart() -> None:
    docs = {
        "a": "Two people died when a van rolled over near Tarnby.",
        "b": "The van crash killed two people.",
        "c": "Floods this spring have killed 290 people.",
    }
    claims = [c for source, text in docs.items() for c in claimnum.extract(text, source=source)]
    found = cluster(claims, [frame_of(c) for c in claims])
    groups = [{claims[i].text for i in members} for members, _ in found]
    assert {"Two", "two"} in groups
    assert {"290"} in groups


@pytest.mark.parametrize("word", _WORDS["angle_verbs"])
def test_each_verb_of_turning_makes_degrees_an_angle(word: str) -> None:
    claims = claimnum.extract(f"In the cold weather the ship {word} 120 degrees.")
    assert all(c.unit != "degree_Fahrenheit" for c in claims)


@pytest.mark.parametrize("word", _WORDS["cooking_words"])
def test_each_word_of_cooking_leaves_degrees_without_a_scale(word: str) -> None:
    claims = claimnum.extract(f"It was hot: {word} at 220 degrees.")
    assert all(c.unit != "degree_Fahrenheit" for c in claims)
