"""Tests of claimnum.components: which part of one amount a figure is.

The sentences are our own, written for these tests.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import claimnum
from claimnum.components import component_of
from claimnum.grouping import frame_of, link

WORDS = tomllib.loads(resources.files("claimnum").joinpath("data/holders.toml").read_text("utf-8"))


def component(sentence: str, number: str) -> str | None:
    at = sentence.index(number)
    return component_of(sentence, at, at + len(number))


@pytest.mark.parametrize("part", WORDS["components"]["words"])
def test_every_part_beside_another_figure_is_a_component(part: str) -> None:
    assert component(f"Vantor pays $4 billion in {part} and $1 billion more.", "$4 billion") == part
    assert component(f"It costs $5 billion, including $1 billion in {part}.", "$1 billion") == part
    assert component(f"Vantor pays $4 billion in {part}.", "$4 billion") is None  # maybe all of it


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("The purchase is $3.6 billion in cash and 41 million shares.", "$3.6 billion", "cash"),
        ("It agreed to pay $4.9 billion in cash and stock.", "$4.9 billion", None),  # the whole, in two kinds
        ("Keld gets $90 million in cash, a premium of 27%.", "$90 million", None),
        ("It pays €2 billion plus €1 billion in debt.", "€2 billion", None),
        ("It pays €2 billion in cash plus €1 billion in debt.", "€1 billion", "debt"),
    ],
)
def test_the_part_a_figure_is(sentence: str, number: str, expected: str | None) -> None:
    assert component(sentence, number) == expected


def test_a_part_and_the_whole_are_two_quantities() -> None:
    [whole] = claimnum.extract("Vantor will buy Keld for $4.9 billion.")
    cash, _ = claimnum.extract("The purchase is $3.6 billion in cash and 41 million shares.")
    [again] = claimnum.extract("Vantor agreed to pay about $4.9 billion for Keld.")
    assert frame_of(cash).component == "cash"
    assert link(whole, cash) is None
    assert link(whole, again) is not None
    result = claimnum.reconcile(
        {
            "a": "Vantor will buy Keld for $4.9 billion.",
            "b": "Vantor will pay about $4.9 billion. It is $3.6 billion in cash and 41 million shares.",
        }
    )
    for group in result.groups:
        assert len({frame_of(c).component for c in group.claims}) == 1


@pytest.mark.parametrize("noun", WORDS["people_parts"]["words"])
def test_every_count_of_people_beside_another_is_a_part(noun: str) -> None:
    assert component(f"Three {noun} and two others were hurt.", "Three") == noun
    assert component(f"Two others and three {noun} were hurt.", "three") == noun
    assert component(f"Three {noun} were hurt.", "Three") is None  # alone: maybe all of them


def test_parts_of_a_count_of_people_never_conflict_with_the_total() -> None:
    result = claimnum.reconcile(
        {"A": "Two women and two men were hurt in the crash.", "B": "Four people were hurt in the crash."}
    )
    assert all(group.verdict != "conflicting" for group in result.groups)


def test_counts_of_people_named_with_a_capital_beside_each_other_are_parts() -> None:
    sentence = "One Canadian and one Italian skier were hurt in the avalanche."
    assert component(sentence, "One") == "canadian"
    assert component(sentence, "one") == "italian"
    assert component("One Canadian skier was hurt in the avalanche.", "One") is None  # alone


@pytest.mark.parametrize("word", WORDS["people_names"]["words"])
def test_every_people_name_after_a_count_beside_another_is_a_part(word: str) -> None:
    assert component(f"One {word.title()} and one other were hurt.", "One") == word


def test_a_capitalised_word_counts_people_only_before_a_noun_of_people() -> None:
    assert component("One Boeing and one Airbus jet landed late.", "One") is None
    assert component("One guard and two Vantor men were hurt.", "two") == "vantor"


def test_parts_named_with_a_capital_never_join_the_total_nor_each_other() -> None:
    result = claimnum.reconcile(
        {
            "A": "One Canadian and one Italian skier were hurt in the avalanche.",
            "B": "Two skiers were hurt in the avalanche.",
        }
    )
    assert sorted(len(group.claims) for group in result.groups) == [1, 1, 1]
