"""Tests of grouping on kinds of quantity that several outlets tell in different words.

Vague quantities told again, a record told with the verb each outlet chose, one sum in several
currencies, a broad measure's single figure, a player's exact figures.  Sentences are our own.
"""

from __future__ import annotations

import random

import pytest

import claimnum
from claimnum.data_files import data_table
from claimnum.figure_merges import one_set, score_pair
from claimnum.grouping import frame_of
from claimnum.measure_lexicon import measures
from claimnum.restatements import money_gaps, restatements, with_joined_nouns
from claimnum.told_again import broader_measures, join_broader


def _groups(docs: dict[str, str]) -> list[list[str]]:
    """Each group's claims as ``source:text``, sorted."""
    result = claimnum.reconcile(docs)
    return sorted(sorted(f"{c.source}:{c.text}" for c in g.claims) for g in result.groups)


def _group_of(docs: dict[str, str], source: str, text: str) -> list[str]:
    [group] = [g for g in _groups(docs) if f"{source}:{text}" in g]
    return group


def test_a_vague_count_of_one_thing_told_again_is_one_group() -> None:
    docs = {
        "a": "Investigators said several people knew of the plan.",
        "b": "The memo was written by several people, the lawyer said.",
        "c": "Several people saw the van.",
    }
    assert _group_of(docs, "a", "several") == ["a:several", "b:several", "c:Several"]


def test_vague_words_of_different_things_stay_apart() -> None:
    docs = {"a": "Several people saw the van.", "b": "Several trucks were parked outside."}
    assert ["a:Several"] in _groups(docs)


def test_a_record_told_with_any_verb_is_one_group() -> None:
    docs = {
        "a": "The Herons are struggling at 11-17 after a 5-2 start.",
        "b": "The Herons (11-17) fired their coach.",
        "c": "He was fired with the team sinking at 11-17.",
        "d": "The Herons have dropped six of nine games and are 11-17.",
    }
    assert _group_of(docs, "b", "11-17") == ["a:11-17", "b:11-17", "c:11-17", "d:11-17"]


def test_a_pair_no_word_measures_is_a_pair() -> None:
    [record] = claimnum.extract("The Herons, struggling at 11-17, fired him.")
    assert score_pair(record, frame_of(record)) == "11-17"


@pytest.mark.parametrize("gap", sorted(money_gaps()))
def test_every_money_gap_restates_a_sum_in_another_currency(gap: str) -> None:
    claims = claimnum.extract(
        f"The club paid more than 85 million pounds{gap} $110 million, for the striker."
    )
    assert [c.unit for c in claims] == ["GBP", "USD"]
    assert restatements(claims, [frame_of(c) for c in claims]) == {1: 0}


def test_a_comma_between_two_spans_of_time_restates_nothing() -> None:
    claims = claimnum.extract("The flight took 3 hours, 20 minutes.")
    assert restatements(claims, [frame_of(c) for c in claims]) == {}


def test_one_sum_in_three_currencies_is_one_group() -> None:
    docs = {
        "a": "The club paid a record 85 million pounds for the striker.",
        "b": "The striker joined for more than 85 million pounds, about $110 million.",
        "c": "The transfer fee was 85 million pounds, or 100 million euros.",
        "d": "The club spent 100 million euros on the forward.",
    }
    assert len(_group_of(docs, "b", "about $110 million")) == 6


@pytest.mark.parametrize("broad", sorted(broader_measures()))
def test_every_broader_row_joins_a_single_figure_to_the_one_narrower_group(broad: str) -> None:
    assert broad in measures()
    for narrow in broader_measures()[broad]:
        assert narrow in measures()
    assert set(data_table("measures.toml")["broader"]) == set(broader_measures())


def test_the_one_victim_is_the_one_person_killed() -> None:
    docs = {
        "a": "A gunman began shooting inside a depot, killing one person and wounding three others.",
        "b": "Police identified the one victim as Lee Hart.",
        "c": "One person was killed in the shooting, police said.",
    }
    assert _group_of(docs, "b", "one") == ["a:one", "b:one", "c:One"]


def test_a_victim_whose_figure_two_measures_give_joins_neither() -> None:
    claims = claimnum.extract("One person was killed.", source="a")
    claims += claimnum.extract("One person was hurt.", source="b")
    claims += claimnum.extract("Police named the one victim.", source="c")
    groups = [([0], ()), ([1], ()), ([2], ())]
    assert join_broader(groups, claims, [frame_of(c) for c in claims]) == groups


def test_a_victim_read_from_a_verb_joins_nothing() -> None:
    claims = claimnum.extract("One person was killed.", source="a")
    claims += claimnum.extract("The gunman shot two men.", source="b")
    claims += claimnum.extract("Two people were killed.", source="c")
    frames = [frame_of(c) for c in claims]
    assert frames[1].measure == "victims"
    groups = [([0], ()), ([1], ()), ([2], ())]
    assert join_broader(groups, claims, frames) == groups


def test_two_players_averages_close_in_value_are_two_groups() -> None:
    docs = {
        "a": "Voss scores 17.3 points a game and grabs 9 rebounds.",
        "b": "Voss averages 17.3 points, while Tamura scores 17.1 points per game.",
        "c": "Tamura has averaged 17.1 points this year. Voss has 9 assists.",
    }
    groups = _groups(docs)
    assert ["a:17.3", "b:17.3"] in groups
    assert ["b:17.1", "c:17.1"] in groups
    assert ["c:9"] in groups  # nine assists are no nine rebounds


def test_a_whole_number_written_with_decimals_is_no_count_of_games() -> None:
    docs = {
        "a": "The Herons dropped six of the past 10 games.",
        "b": "They have dropped 10 games since March.",
        "c": "He leads the team in rebounding (10.0).",
    }
    assert ["c:10.0"] in _groups(docs)


def test_a_figure_with_no_measure_joins_the_group_telling_it_of_the_same_event() -> None:
    docs = {
        "a": "Two men accused of the robbery were arrested on Friday.",
        "b": "The hearing for two men held over the robbery opened.",
        "c": "Police said the two men were accused of the robbery.",
    }
    groups = _groups(docs)
    assert max(len(g) for g in groups) >= 2


def test_all_seven_told_again_is_one_group() -> None:
    docs = {
        "a": "All seven who were tried were convicted.",
        "b": "So far all seven have been convicted.",
    }
    assert _group_of(docs, "a", "All seven") == ["a:All seven", "b:all seven"]


def test_the_new_rules_give_the_same_groups_in_any_document_order() -> None:
    docs = {
        "a": "The Herons are struggling at 11-17. Several people saw the van.",
        "b": "The Herons (11-17) fired their coach. One person was killed.",
        "c": "Police identified the one victim. Several people knew.",
        "d": "The fee was 85 million pounds, about $110 million.",
        "e": "The club paid 85 million pounds. All seven were convicted.",
        "f": "So far all seven have been convicted; the club spent $110 million.",
    }
    expected = _groups(docs)
    names = list(docs)
    for seed in range(3):
        random.Random(seed).shuffle(names)
        assert _groups({name: docs[name] for name in names}) == expected


@pytest.mark.parametrize(
    ("measure", "other"),
    sorted(
        (name, other) for name, others in data_table("measures.toml")["one_set"].items() for other in others
    ),
)
def test_every_one_set_row_names_measures_of_one_set_of_people(measure: str, other: str) -> None:
    assert measure in measures()
    assert other in measures()
    assert one_set(measure, other)
    assert one_set(other, measure)


def test_the_same_specific_people_arrested_and_charged_are_one_group() -> None:
    docs = {
        "a": "Two sect leaders were arrested on Wednesday.",
        "b": "Two sect leaders have been charged with fraud.",
    }
    assert len(_group_of(docs, "a", "Two")) == 2


def test_people_killed_and_wounded_stay_apart_however_alike_their_figures() -> None:
    docs = {"a": "The blast killed 10 soldiers.", "b": "The blast wounded 10 soldiers."}
    assert _groups(docs) == [["a:10"], ["b:10"]]


def test_close_figures_of_one_thing_told_with_different_verbs_are_one_group() -> None:
    docs = {
        "a": "The agency received nearly 13,000 comments on the plan.",
        "b": "The proposal drew 12,500 comments, most of them critical.",
    }
    assert _groups(docs) == [["a:nearly 13,000", "b:12,500"]]


def test_far_figures_of_one_thing_told_with_different_verbs_stay_apart() -> None:
    docs = {
        "a": "The agency received nearly 13,000 comments on the plan.",
        "b": "The proposal drew 4,000 comments, most of them critical.",
    }
    assert _groups(docs) == [["a:nearly 13,000"], ["b:4,000"]]


@pytest.mark.parametrize(
    ("sentence", "entity"),
    [
        ("The cup is played as a three-nation series.", "nation"),
        ("The quad-band phone roams abroad.", "band"),
        ("Prices come in a three-tier scheme.", "tier"),
    ],
)
def test_a_count_joined_by_a_hyphen_counts_its_noun(sentence: str, entity: str) -> None:
    claims = claimnum.extract(sentence)
    assert [f.entity for f in with_joined_nouns(claims, [frame_of(c) for c in claims])] == [entity]


def test_a_three_nation_series_and_three_nations_are_one_group() -> None:
    docs = {
        "a": "The cup is played as a three-nation series.",
        "b": "Squads from the three nations will take part.",
    }
    assert _groups(docs) == [["a:three", "b:three"]]


def test_two_models_specifications_close_in_value_are_two_groups() -> None:
    docs = {
        "a": "The slim notebook is rated at nine hours of battery life; it carries 6GB of memory.",
        "b": "Its battery lasts nine hours; the older model ran six hours on a charge.",
        "c": "It ships with 6GB of RAM, expandable to 12GB of memory.",
    }
    groups = _groups(docs)
    assert ["b:six hours"] in groups
    assert ["c:expandable to 12GB"] in groups


def test_a_price_written_with_cents_is_the_same_figure() -> None:
    docs = {"a": "Thieves stole $649.00 from the till.", "b": "A haul worth $649 was taken."}
    assert _groups(docs) == [["a:$649.00", "b:$649"]]


def test_the_same_count_of_people_arrested_and_facing_trial_is_one_group() -> None:
    docs = {
        "a": "Navy commandos detained 11 people on Wednesday.",
        "b": "Eleven men will face trial for piracy, officials said.",
    }
    groups = _groups(docs)
    assert ["a:11", "b:Eleven"] in groups
