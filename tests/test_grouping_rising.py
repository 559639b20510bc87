"""Rising tolls told by several outlets are one quantity; other quantities of a story stay apart.

Every story is our own invented text: outlets, places, names and figures are made up here.
"""

from __future__ import annotations

import random

import claimnum
from claimnum.clustering import cluster
from claimnum.grouping import frame_of

BARGE = {
    "Pier Gazette": "About 80 people died and 200 were injured when the barge capsized.",
    "Delta Courier": "More than 130 people died, and 40 bodies were still unidentified.",
    "Night Ledger": "Officials confirmed 146 dead; nearly 150 were killed, one report said.",
}


def groups_of(docs: dict[str, str]) -> set[frozenset[tuple[str, str]]]:
    """The groups of a story's claims, each a set of (source, written figure)."""
    claims = [c for source, text in docs.items() for c in claimnum.extract(text, source=source)]
    found = cluster(claims, [frame_of(c) for c in claims])
    return {frozenset((claims[i].source or "", claims[i].text) for i in members) for members, _ in found}


def together(groups: set[frozenset[tuple[str, str]]], *figures: tuple[str, str]) -> bool:
    return any(set(figures) <= group for group in groups)


def test_a_toll_stays_whole_where_one_text_gives_a_second_figure() -> None:
    """One outlet's other count of the dead (bodies not yet named) pulls no lone earlier figure away
    from the toll the other outlets follow: the lone figure joins the toll told by most texts."""
    docs = BARGE
    groups = groups_of(docs)
    toll = [
        ("Pier Gazette", "About 80"),
        ("Delta Courier", "More than 130"),
        ("Night Ledger", "146"),
        ("Night Ledger", "nearly 150"),
    ]
    assert together(groups, *toll)
    assert not together(groups, ("Delta Courier", "40"), ("Delta Courier", "More than 130"))


def test_a_toll_in_shuffled_order_groups_alike() -> None:
    docs = BARGE
    expected = groups_of(docs)
    items = list(docs.items())
    random.Random(8).shuffle(items)
    assert groups_of(dict(items)) == expected


def test_rising_arrests_are_one_count() -> None:
    docs = {
        "a": "Protesters clashed with police in Tamsk on Saturday, and 14 were arrested.",
        "b": "Police said 17 people had been detained by Saturday afternoon.",
        "c": "A police spokesman said 21 protesters were arrested in total.",
    }
    assert together(groups_of(docs), ("a", "14"), ("b", "17"), ("c", "21"))


def test_deaths_in_two_towns_stay_apart() -> None:
    """One text giving the deaths of two towns tells two counts: a later figure joins the nearer."""
    docs = {
        "a": "The cyclone killed 12 people in Brisk and killed 40 people in Holloway.",
        "b": "The cyclone has killed 45 people in Holloway, the governor said.",
        "c": "In Brisk the cyclone killed 15 people.",
    }
    groups = groups_of(docs)
    assert not together(groups, ("a", "12"), ("a", "40"))
    assert together(groups, ("a", "40"), ("b", "45"))
    assert together(groups, ("a", "12"), ("c", "15"))


def test_a_rising_toll_with_times_is_updated() -> None:
    docs = {
        "Pier Gazette": ("2026-04-02 07:00", "About 80 people died when the barge capsized."),
        "Delta Courier": ("2026-04-02 12:00", "More than 130 people died in the capsizing."),
        "Night Ledger": ("2026-04-02 21:00", "Officials said 146 people were confirmed dead."),
    }
    result = claimnum.reconcile(docs)
    [deaths] = [g for g in result.groups if len(g.claims) == 3]
    assert deaths.verdict == "updated"


def test_an_aftershock_magnitude_is_not_the_quake_magnitude() -> None:
    """A quake and its aftershock are one family of event, but two quantities of magnitude."""
    docs = {
        "a": "The earthquake measured magnitude 6.4, the survey said.",
        "b": "A magnitude 4.1 aftershock shook Korvath on Monday.",
        "c": "The quake had a magnitude of 6.3.",
    }
    groups = groups_of(docs)
    assert not together(groups, ("a", "6.4"), ("b", "4.1"))
    assert together(groups, ("a", "6.4"), ("c", "6.3"))


def test_a_blast_and_its_fire_still_share_a_toll() -> None:
    """A running total is not split by the kinds of event of one incident."""
    docs = {"a": "The blast killed 12 people at the depot.", "b": "The fire at the depot killed 14 people."}
    assert together(groups_of(docs), ("a", "12"), ("b", "14"))


def test_turnout_is_no_candidate_share() -> None:
    docs = {
        "a": "Turnout was 61 percent.",
        "b": "Mara Ilsen won with 54.2 percent of the vote.",
        "c": "Candidate Tom Brand took 41.7 percent of the vote.",
    }
    groups = groups_of(docs)
    assert not together(groups, ("a", "61 percent"), ("b", "54.2 percent"))
    assert not together(groups, ("b", "54.2 percent"), ("c", "41.7 percent"))


def test_a_budget_this_year_next_year_and_a_part_stay_apart() -> None:
    docs = {
        "a": "The town's budget will fall from 2.31 billion euros this year to 2.19 billion euros next year.",
        "b": "The council will spend 260 million euros on schools next year.",
        "c": "Next year's budget of 2.19 billion euros includes 260 million euros for schools.",
    }
    groups = groups_of(docs)
    assert not together(groups, ("a", "2.31 billion euros"), ("a", "2.19 billion euros"))
    assert not together(groups, ("c", "2.19 billion euros"), ("c", "260 million euros"))
    assert together(groups, ("a", "2.19 billion euros"), ("c", "2.19 billion euros"))


def test_soldiers_and_civilians_of_two_texts_stay_apart() -> None:
    """A running total joins across texts only where nothing tells its figures apart: two
    specific kinds of people are two counts."""
    docs = {
        "a": "Three soldiers died in the shelling of Varn.",
        "b": "Five civilians died in the shelling of Varn.",
    }
    assert not together(groups_of(docs), ("a", "Three"), ("b", "Five"))


def test_a_later_lower_toll_is_in_the_group_and_conflicting() -> None:
    """Clustering reads no times: a toll told lower later stays one quantity, its verdict conflicting."""
    docs = {
        "a": ("2026-04-02 07:00", "Officials said 150 people died in the capsizing."),
        "b": ("2026-04-02 20:00", "About 80 people died in the capsizing, officials said."),
    }
    [deaths] = claimnum.reconcile(docs).groups
    assert deaths.verdict == "conflicting"


def test_a_toll_of_people_rising_more_than_a_hundredfold_is_one() -> None:
    docs = {
        "a": "At least two people died when the dam at Quell burst.",
        "b": "The dam burst has killed more than 300 people.",
        "c": "The dam collapse killed 412 people, officials said.",
    }
    assert together(groups_of(docs), ("a", "At least two"), ("b", "more than 300"), ("c", "412"))
