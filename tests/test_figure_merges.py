"""Tests of claimnum.figure_merges: groups joined by what they tell of one figure."""

from __future__ import annotations

import pytest

import claimnum

_VENN = "Marlo Venn, 75, died on Monday."
_ROE = "Ida Roe, 75, found the body on Monday."


def _grouped_with_b(docs: dict[str, str]) -> list[str]:
    """The sources of the group holding the claim of document "b"."""
    [group] = [g for g in claimnum.reconcile(docs) if any(c.source == "b" for c in g.claims)]
    return sorted(c.source or "" for c in group.claims)


@pytest.mark.parametrize(
    ("docs", "expected"),
    [
        # a bare number joins the one age group that gives its figure
        (
            {"a": _VENN, "b": "The harbour pilot Marlo Venn died at home. Venn was 75, his son said."},
            ["a", "b"],
        ),
        # two ages give it: the one its holder holds
        (
            {"a": _VENN, "b": "The harbour pilot died at home. Venn was 75, his son said.", "c": _ROE},
            ["a", "b"],
        ),
        # two ages give it and it names no holder: it stays apart
        ({"a": _VENN, "b": "The figure they gave was 75, his son said.", "c": _ROE}, ["b"]),
    ],
)
def test_a_bare_number_joins_the_age_group_that_gives_its_figure(
    docs: dict[str, str], expected: list[str]
) -> None:
    assert _grouped_with_b(docs) == expected


def test_a_count_of_people_never_joins_a_count_of_things_by_its_figure() -> None:
    docs = {
        "a": "He pleaded guilty to one count of conspiracy.",
        "b": "Reporters said the source was one person.",
        "c": "The informer was one person, the paper insisted.",
    }
    assert _grouped_with_b(docs) == ["b", "c"]  # and the two "one person" are told together


def test_a_count_told_before_joins_the_measured_group_that_gave_it() -> None:
    docs = {
        "a": "Police arrested two men on Tuesday.",
        "b": "The two men were due in court on Wednesday.",
        "c": "Officers arrested two men in a raid.",
    }
    assert _grouped_with_b(docs) == ["a", "b", "c"]


def test_a_count_told_before_of_things_never_joins_a_count_of_people() -> None:
    docs = {
        "a": "Police arrested two men on Tuesday.",
        "b": "The two companies have long been partners.",
    }
    assert _grouped_with_b(docs) == ["b"]


def test_one_figure_of_spans_from_two_events_is_two_quantities() -> None:
    docs = {
        "a": "He bought the rifle two weeks before the attack.",
        "b": "Two weeks after his arrest, he was charged.",
    }
    assert _grouped_with_b(docs) == ["b"]


def test_how_often_never_joins_a_count_of_people_by_its_figure() -> None:
    docs = {
        "a": "He assaulted two girls.",
        "b": "He threatened the judge twice.",
        "c": "He assaulted two girls, police said.",
    }
    assert _grouped_with_b(docs) == ["b"]


def test_a_count_several_texts_repeat_joins_the_one_measured_group_giving_it() -> None:
    docs = {
        "a": "Four men wore dark masks, a witness said.",
        "b": "Four men wore masks and gloves.",
        "c": "Police arrested four robbers on Tuesday.",
    }
    assert _grouped_with_b(docs) == ["a", "b", "c"]


def test_a_count_naming_a_thing_joins_by_its_figure_only_a_group_counting_that_thing() -> None:
    docs = {
        "a": "The striker missed seven games with the injury.",
        "b": "On Sunday he scored on seven carries.",
        "c": "He had missed seven games, the coach said.",
    }
    assert _grouped_with_b(docs) == ["b"]  # carries are no games
    docs["b"] = "It was seven, the coach said."  # a bare figure names nothing of its own
    assert _grouped_with_b(docs) == ["a", "b", "c"]


def test_a_count_of_women_never_joins_a_count_of_men_by_its_figure() -> None:
    docs = {
        "a": "Police arrested two men on Monday.",
        "b": "One of them is accused of hiring two women.",
        "c": "The two men were arrested at their homes.",
    }
    assert _grouped_with_b(docs) == ["b"]


def test_a_verb_read_as_a_subject_names_no_thing_of_its_own() -> None:
    docs = {
        "a": "The port, home to 2.3 million people, lost power.",
        "b": "Residents of the port of roughly 2.3 million ran into the streets.",
        "c": "The port has a population of 2.3 million.",
    }
    assert _grouped_with_b(docs) == ["a", "b", "c"]


def test_a_count_naming_nothing_joins_a_group_only_where_one_gives_its_figure() -> None:
    docs = {
        "a": "The striker missed seven games with the injury.",
        "b": "All seven were fined, the league said.",
        "c": "He had missed seven games, the coach said.",
    }
    assert _grouped_with_b(docs) == ["a", "b", "c"]  # the one group giving "seven"
    docs["d"] = "The club sold seven tickets to the final."
    docs["e"] = "Only seven tickets were sold for the final."
    assert _grouped_with_b(docs) == ["b"]  # seven games or seven tickets: it says not which


def test_the_very_same_score_pair_is_one_result_and_another_pair_another() -> None:
    same = ["The Herons are off to a 5-11 start.", "Their 5-11 record is the worst in the division."]
    others = ["They lost 3-5 on Sunday.", "A 5-11 mark left them out.", "The Herons beat the Owls 10-7."]
    assert _grouped_with_b(dict(zip("abcde", [*same, *others], strict=True))) == ["a", "b", "d"]
