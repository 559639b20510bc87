"""Tests of claimnum.clustering: blocks and their splits by time, entity, holder and role."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.grouping import frame_of
from claimnum.restatements import hedges, with_sentence_measures


def test_a_roles_age_joins_the_named_holder_that_gives_its_figure() -> None:
    # "his 61-year-old mother": the age is the mother's, not the holder "his" refers back to;
    # "61-year-old" (in years) and "Ann Reed, 61," (a pure number read as years) give one figure
    docs = {
        "a": "Tom Reed, 23, has been charged with the murder of his 61-year-old mother, Ann Reed, at home.",
        "b": "Police found the body of Ann Reed, 61. Her son Tom Reed, 23, was arrested.",
    }
    result = claimnum.reconcile(docs)
    [mother] = [c for c in result.claims if c.text == "61-year-old"]
    assert frame_of(mother).role == "kin.mother"
    [group] = [g for g in result if mother in g.claims]
    assert sorted((c.source, c.text) for c in group.claims) == [("a", "61-year-old"), ("b", "61")]


def test_two_descriptions_of_one_set_of_people_in_different_texts_are_one_count() -> None:
    docs = {
        "a": "He was convicted of assaulting two boys.",
        "b": "The case stems from two young pupils he assaulted.",
    }
    [group] = claimnum.reconcile(docs).groups
    assert sorted(c.source for c in group.claims) == ["a", "b"]


def test_two_sets_of_people_one_text_counts_apart_stay_apart() -> None:
    docs = {
        "a": "Rebels killed 10 soldiers and 10 civilians.",
        "b": "Ten soldiers died, the army said.",
        "c": "The attack killed 10 civilians.",
    }
    groups = {tuple(sorted((c.source or "", c.text) for c in g.claims)) for g in claimnum.reconcile(docs)}
    assert groups == {(("a", "10"), ("b", "Ten")), (("a", "10"), ("c", "10"))}


def test_a_restatement_of_a_figure_nothing_measures_joins_it() -> None:
    result = claimnum.reconcile({"a": "It came to 150 million euros ($198.6 million), officials said."})
    money = [g for g in result if any(c.unit == "EUR" for c in g.claims)]
    assert [sorted(c.unit for c in g.claims) for g in money] == [["EUR", "USD"]]
    assert "one figure in two units" in money[0].why


def test_one_persons_range_joins_the_holder_whose_figure_it_holds() -> None:
    docs = {
        "a": "Ewan Tarr, 36, died on Sunday. Liam Dorran, 32, fell on Saturday.",
        "b": "Tarr, 36, was a guide. Tarr, 36, had climbed for years.",
        "c": "The man, in his early 30s, was hurt on Saturday.",
    }
    result = claimnum.reconcile(docs)
    [group] = [g for g in result if any(c.source == "c" and c.measure == "age" for c in g.claims)]
    assert sorted((c.source, c.text) for c in group.claims) == [("a", "32"), ("c", "early 30s")]


def test_a_figure_of_money_no_word_measures_takes_the_measure_before_it_in_its_sentence() -> None:
    docs = {
        "a": "The club's bid for the striker was put at about $48 million, though perhaps just under "
        "$50 million.",
        "b": "Rivals say the club bid $49 million for the striker.",
    }
    [group] = claimnum.reconcile(docs).groups
    texts = sorted(c.text for c in group.claims)
    assert texts == ["$49 million", "about $48 million", "just under $50 million"]


@pytest.mark.parametrize("gap", [", though perhaps", " or", ", possibly", ", or as much as"])
def test_a_hedged_sum_takes_the_measure_of_the_sum_before_it(gap: str) -> None:
    claims = claimnum.extract(f"The bid was put at $52 million{gap} $47 million.")
    frames = with_sentence_measures(claims, [frame_of(c) for c in claims])
    assert [f.measure for f in frames] == ["offer", "offer"]


@pytest.mark.parametrize("word", sorted(hedges()))
def test_every_hedge_makes_a_sum_after_a_verb_a_guess_at_the_sum_before_it(word: str) -> None:
    than = " than the" if word in ("less", "more") else ""
    claims = claimnum.extract(
        f"The bid was put at $52 million, and critics reckon it was {word}{than} $47 million."
    )
    frames = with_sentence_measures(claims, [frame_of(c) for c in claims])
    assert [f.measure for f in frames] == ["offer", "offer"]


def test_a_sum_after_another_verb_keeps_no_measure_of_the_sum_before_it() -> None:
    claims = claimnum.extract("Profit rose to $52 million, and the bakery donated $4 million to a school.")
    frames = with_sentence_measures(claims, [frame_of(c) for c in claims])
    assert frames[0].measure is not None
    assert frames[1].measure != frames[0].measure


def test_a_count_no_word_measures_never_takes_the_measure_before_it() -> None:
    claims = claimnum.extract("The storm killed 12 people in 3 villages.")
    frames = with_sentence_measures(claims, [frame_of(c) for c in claims])
    assert [f.measure for f in frames] == ["deaths", None]  # "3 villages" is no count of deaths


def test_a_weekday_joins_a_month_named_but_two_months_stay_apart() -> None:
    docs = {
        "a": "The storm killed 40 people on Monday.",
        "b": "The storm killed 40 people in March.",
        "c": "A storm killed 40 people last month.",
    }
    groups = {tuple(sorted(c.source or "" for c in g.claims)) for g in claimnum.reconcile(docs)}
    assert groups == {("a", "b"), ("c",)}
