"""Tests of claimnum.grouping: quantity frames, pair links, the clustering, and fresh multi-outlet stories.

The stories here are our own text, written for these tests: several invented outlets report
one invented event each, the kinds of report the grouping must read as an annotator would.
"""

from __future__ import annotations

import random
import tomllib
from collections.abc import Callable
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimnum
from claimnum.anchors import anchor_kind, story_year
from claimnum.claim import Claim
from claimnum.clustering import cluster
from claimnum.counted import complement_stops, of_complement
from claimnum.grouping import (
    Link,
    QuantityFrame,
    entity_of,
    frame_of,
    head_word,
    link,
    measured,
    open_entity,
    tolerance,
)
from claimnum.reconcile import Group, Reconciliation, reconcile
from claimnum.restatements import restatement_gaps, with_restatements

SYNONYMS = tomllib.loads(resources.files("claimnum").joinpath("data/synonyms.toml").read_text("utf-8"))


def one(text: str, number: str = "", **options: object) -> Claim:
    claims = [c for c in claimnum.extract(text, source="s") if number in c.text]
    assert len(claims) == 1, claims
    return claims[0]


def group_of(result: Reconciliation, text: str) -> Group:
    found = [g for g in result.groups for c in g.claims if text in c.text]
    assert len(found) == 1, f"{text!r} is in {len(found)} claims"
    return found[0]


def together(result: Reconciliation, *texts: str) -> bool:
    return len({id(group_of(result, t)) for t in texts}) == 1


# --------------------------------------------------------------------------- frames


def test_a_frame_has_measure_entity_anchor_and_background() -> None:
    frame = frame_of(one("In 2004 a tsunami killed 170,000 people."), story_year=2012)
    assert (frame.measure, frame.entity, frame.anchor, frame.background) == ("deaths", "person", "2004", True)
    assert (frame.cumulative, frame.dimension, frame.kind) == (True, "count", "amount")


@pytest.mark.parametrize(
    ("text", "number", "anchor"),
    [
        ("Police arrested 40 people on Friday.", "40", "friday"),
        ("Revenue was $5 billion last year.", "$5 billion", "last year"),
        ("Some 300 people died since 1990 in the floods.", "300", "1990"),
        ("On March 3, 12 people were hurt.", "12", "mar 3"),
        ("Police said 3 people died on Monday and 40 died on Tuesday.", "40", "tuesday"),
        ("About 300 people came.", "300", None),
        ("A year earlier, the firm earned $957 million.", "$957 million", "previous year"),
        ("Profit fell to $842m from $957m a year earlier.", "$957m", "previous year"),
        ("Profit fell to $842m from $957m a year earlier.", "$842m", None),
        ("A year ago 12 people died.", "12", "last year"),
        ("About 5,000 people marched, the police said on Friday.", "About 5,000", "friday"),
        ("Landslides killed at least 47 people, the office said on Friday.", "47", None),  # a total told
        ("Landslides killed at least 47 people, and 3 were hurt on Friday.", "47", None),
    ],
)
def test_the_anchor_is_the_time_written_nearest_in_the_clause(
    text: str, number: str, anchor: str | None
) -> None:
    assert frame_of(one(text, number)).anchor == anchor


def test_a_when_clause_takes_the_time_it_refers_back_to() -> None:
    text = "It was the worst since 1990, when 1,000 people died."
    frame = frame_of(one(text, "1,000"), story_year=2012)
    assert (frame.anchor, frame.background) == ("1990", True)


def test_a_when_clause_after_since_recalls_an_earlier_event_whatever_its_time() -> None:
    text = "The shelling was the heaviest since February when a strike killed 11 people."
    assert frame_of(one(text, "11")).background
    text = "It was the worst since 2012, when 90 people died."
    assert frame_of(one(text, "90"), story_year=2012).background


def test_a_relative_clause_speaks_of_the_event_before_it() -> None:
    text = "It is the deadliest since the 1998 earthquake, which left about 3,000 dead."
    assert frame_of(one(text, "3,000")).background
    assert not frame_of(one("Monday's earthquake, which killed 132, was strong.", "132")).background


def test_a_comparison_is_background() -> None:
    assert frame_of(one("That is more deaths than the 40 killed in the previous quake.", "40")).background


def test_a_year_is_background_when_the_story_year_is_unknown_or_later() -> None:
    claim = one("A 2009 quake in the area killed more than 1,000.")
    assert frame_of(claim).background
    assert frame_of(claim, story_year=2012).background
    assert not frame_of(claim, story_year=2009).background


def test_a_comparison_with_a_number_of_the_story_is_not_background() -> None:
    assert not frame_of(one("More than half of the 314 candidates are from one party.", "314")).background
    assert not frame_of(one("No offer is better than eight years.", "eight")).background
    assert frame_of(one("The deaths compare with 200 in the previous quake.", "200")).background


THRESHOLD_SENTENCES = {
    "valid": "The vote is valid only with a turnout of more than 50 percent.",
    "quorum": "A quorum of 30 members is needed.",
    "threshold": "Parties must pass a threshold of 5 percent.",
    "minimum": "The minimum is 18 years.",
    "require": "The law requires 60 votes.",
    "required": "A turnout of 50 percent is required.",
    "necessary": "A bill needs the 60 votes necessary to end a debate.",
}


@pytest.mark.parametrize("word", SYNONYMS["thresholds"]["words"])
def test_every_threshold_word_makes_a_rule_not_a_figure(word: str) -> None:
    [claim] = claimnum.extract(THRESHOLD_SENTENCES[word])
    assert frame_of(claim).background
    [measured] = claimnum.extract("Turnout reached 52 percent of eligible voters.")
    assert not frame_of(measured).background


@pytest.mark.parametrize("word", SYNONYMS["one_person"]["words"])
def test_every_one_person_word_makes_a_range_one_persons_figure(word: str) -> None:
    [claim] = [c for c in claimnum.extract(f"The climber, in {word} early 30s, fell.") if c.measure == "age"]
    assert not frame_of(claim).spread
    [spread] = claimnum.extract("The victims were aged 17 to 22.")
    assert frame_of(spread).spread


def test_a_revision_is_marked() -> None:
    assert frame_of(one("The toll rose to 52.")).revision
    assert not frame_of(one("The quake killed 52.")).revision


def test_an_age_is_timeless_and_in_years() -> None:
    frame = frame_of(one("Reid, 33, was seen on Friday.", "33"))
    assert (frame.measure, frame.dimension, frame.anchor) == ("age", "time", None)


def test_story_year() -> None:
    assert story_year(["In 2012 the plant closed. The 2012 vote.", "In 2009 it opened."]) == 2012
    assert story_year(["2009 and 2004"]) is None
    assert story_year([]) is None


@pytest.mark.parametrize(
    ("anchor", "cumulative", "kind"),
    [("2004", False, "year"), ("last year", False, "relative year"), ("jul 24", False, "date"),
     ("monday", False, "weekday"), ("monday", True, "weekday"), ("jul 24", True, None),
     ("march", False, "month"), ("yesterday", False, None), (None, False, None)],
)  # fmt: skip
def test_anchor_kinds(anchor: str | None, cumulative: bool, kind: str | None) -> None:
    assert anchor_kind(anchor, cumulative=cumulative) == kind


# --------------------------------------------------------------------------- vocabulary rows


@pytest.mark.parametrize(("name", "word"), [(n, w) for n, ws in SYNONYMS["subjects"].items() for w in ws])
def test_every_subject_row_folds_to_its_entity(name: str, word: str) -> None:
    assert entity_of(f"the {word}") == name
    plural = "people" if word == "person" else word + ("es" if word.endswith(("ch", "sh", "x", "s")) else "s")
    if " " not in word and word not in {
        "personnel",
        "police",
        "housing",
        "support",
        "assistance",
        "aid",
        "army",
    }:
        assert entity_of(f"many {plural}") == name, plural


@pytest.mark.parametrize("word", SYNONYMS["containers"]["words"])
def test_every_container_word_gives_way_to_what_it_counts(word: str) -> None:
    assert entity_of(f"the {word} of soldiers") == "soldier"


@pytest.mark.parametrize("word", SYNONYMS["generic"]["words"])
def test_every_generic_entity_keeps_no_claims_apart(word: str) -> None:
    a = frame_of(one("The storm killed 12 people."))
    b = QuantityFrame("amount", "count", "deaths", entity_of(word) or word)
    assert link(a, b) is not None


def test_heads_and_names() -> None:
    assert head_word("troops from North Korea") == "troops"
    assert head_word("the number of villages") == "villages"
    assert entity_of("Jalen Tobin") is None  # a name counts no kind of thing
    assert entity_of(None) is None


# --------------------------------------------------------------------------- pairs


def test_link_scores_and_reasons() -> None:
    homes, houses = one("About 300 homes were damaged."), one("Some 250 houses were damaged.")
    assert link(homes, houses) == Link(0.9, ("same measure: buildings_damaged", "same entity: building"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The blast killed 7 people.", "The blast injured 7 people."),  # different measures
        ("The storm killed 7 soldiers.", "The storm killed 7 civilians."),  # different entities
        ("Revenue was $5 billion in 2011.", "Revenue was $6 billion in 2012."),  # different years
        ("The tsunami killed 170,000 in 2004.", "The quake killed 47 people."),  # background vs current
        ("It killed 7 people.", "It lasted 7 days."),  # different dimensions
        ("A city of 160,000 people.", "The quake killed 47 people."),  # population vs event count
    ],
)
def test_rules_that_forbid_a_link(a: str, b: str) -> None:
    assert link(frame_of(one(a), story_year=2012), frame_of(one(b), story_year=2012)) is None


def test_a_running_total_told_on_two_days_links() -> None:
    a, b = one("The storm killed 12 people on Monday."), one("The toll reached 20 on Tuesday.", "20")
    assert link(a, b) is not None


# --------------------------------------------------------------------------- fresh stories


QUAKE = {
    "Coastal Times": (
        "A powerful earthquake struck the northern coast on Tuesday, killing at least 47 people and injuring "
        "more than 200, officials said. The quake hit Marenport, a city of 160,000 people. It was the "
        "deadliest since 2004, when a tsunami killed 170,000 people in the region."
    ),
    "Valley Herald": (
        "The death toll from Tuesday's quake rose to 52, the civil defence agency said. Rescuers said about "
        "300 homes were damaged in Marenport, which is home to 120,000 people. A 2009 quake in the area "
        "killed more than 1,000."
    ),
    "Evening Post": (
        "Nearly 60 people have died after the earthquake, and some 250 houses were damaged, local officials "
        "said on Wednesday."
    ),
}


def test_deaths_from_three_outlets_form_one_group() -> None:
    result = reconcile(QUAKE)
    assert together(result, "at least 47", "52", "Nearly 60")
    assert len(group_of(result, "52").claims) == 3


REFINERY = {
    "wire": "An explosion at a coastal oil refinery killed 9 workers on Friday, the operator said.",
    "daily": "The blast killed nine people at the plant's cracking unit, firefighters said.",
    "radio": "At the refinery, the fire killed 9 people before crews put it out, officials said.",
}


def test_a_blast_and_its_fire_told_by_three_outlets_form_one_deaths_group() -> None:
    [deaths] = [g for g in reconcile(REFINERY).groups if any(c.value == 9 for c in g.claims)]
    assert len(deaths.claims) == 3


def test_homes_and_houses_damaged_form_one_group() -> None:
    assert together(reconcile(QUAKE), "about 300", "some 250")


def test_population_stays_apart_from_the_death_toll() -> None:
    result = reconcile(QUAKE)
    assert together(result, "160,000", "120,000")
    assert not together(result, "160,000", "52")


def test_background_tolls_stay_apart_from_this_events() -> None:
    result = reconcile(QUAKE)
    assert not together(result, "170,000", "52")
    assert not together(result, "more than 1,000", "52")
    assert not together(result, "170,000", "more than 1,000")


def test_injuries_stay_apart_from_deaths() -> None:
    result = reconcile(QUAKE)
    assert not together(result, "more than 200", "at least 47")


def test_killing_is_never_an_injury() -> None:
    result = reconcile(
        {
            "a": "The floods, killing at least 1,300 people, injured 4,000 more.",
            "b": "Officials said about 4,200 people were injured and 1,350 died.",
        }
    )
    assert together(result, "at least 1,300", "1,350")
    assert together(result, "4,000", "about 4,200")
    assert not together(result, "at least 1,300", "4,000")


def test_police_and_organisers_count_one_crowd() -> None:
    text = (
        "Police said about 15,000 people marched through the capital on Saturday, while organisers "
        "put the number at more than 60,000."
    )
    group = group_of(reconcile({"Daily Courier": text}), "15,000")
    assert {c.text for c in group.claims} == {"about 15,000", "more than 60,000"}
    assert group.check.verdict == "conflicting"
    other = reconcile({"a": "About 15,000 people marched on Saturday.", "b": "More than 60,000 marched."})
    assert together(other, "15,000", "60,000")
    assert (other[0].verdict, other[0].dissenters) == ("conflicting", ())  # no majority, no side


def test_kronor_and_their_dollar_restatement_are_one_figure() -> None:
    text = "The retailer reported revenue of 13.5 billion kronor ($1.23 billion) for the year."
    result = reconcile({"Nordic Ledger": text})
    assert together(result, "13.5 billion", "$1.23 billion")
    assert group_of(result, "13.5").verdict == "incomparable"
    converted = group_of(reconcile({"Nordic Ledger": text}, rates={"SEK": 0.0911}), "13.5")
    assert converted.check.verdict == "consistent"
    assert converted.estimate is not None


def test_different_values_of_one_measure_in_one_text_stay_apart() -> None:
    result = reconcile(["The storm killed 3 people in the north and 40 died in the south."])
    assert not together(result, "3", "40")


def test_a_revision_in_one_text_stays_together() -> None:
    result = reconcile(["The toll rose to 52 from 47 overnight."])
    assert together(result, "52", "47")


# --------------------------------------------------------------------------- the clustering


def test_cluster_returns_every_claim_once_with_reasons() -> None:
    claims = [c for s, t in QUAKE.items() for c in claimnum.extract(t, source=s)]
    groups = cluster(claims, [frame_of(c) for c in claims])
    assert sorted(i for members, _ in groups for i in members) == list(range(len(claims)))
    assert all(why for members, why in groups if len(members) > 1)


def test_every_pair_in_a_group_may_link() -> None:
    claims = [c for s, t in QUAKE.items() for c in claimnum.extract(t, source=s)]
    frames = [frame_of(c, story_year=None) for c in claims]
    for members, why in cluster(claims, frames):
        if "the same figure" in why:
            continue
        for i in members:
            for j in members:
                assert i == j or link(frames[i], frames[j]) is not None


def test_one_count_of_one_specific_thing_with_no_measure_joins_the_measured_one() -> None:
    result = reconcile(
        [
            "Three undersea cables were cut on Friday.",
            "These three cables carry most of the traffic.",
            "Rebels killed 10 soldiers.",
            "Rebels wounded ten soldiers.",
            "Some 3 people were hurt.",
        ]
    )
    assert together(result, "Three", "three")
    assert {"the same figure", "a count told before"} & set(group_of(result, "three").why)
    assert not together(result, "10", "ten")  # two measures named: two quantities
    assert not together(result, "Three", "3")  # people: a count of what?


def test_a_range_wider_than_one_quantitys_figures_is_a_spread_of_many() -> None:
    sentenced = "Jeffs was sentenced to life plus 20 years. Seven men received sentences of between six"
    ranged = "and 75 years. The others got sentences ranging from seven to 75 years."
    aged = "The suspects, aged 17 to 22, were held. A 19-year-old was charged."
    result = reconcile({"court": f"{sentenced} {ranged}", "police": aged})
    assert together(result, "between six and 75", "from seven to 75")
    assert not together(result, "20 years", "between six and 75")
    assert not together(result, "17 to 22", "19-year-old")  # the ages of several, not one's age
    [narrow] = claimnum.extract("Officials said between 40 and 50 people died.")
    assert not frame_of(narrow).spread


def test_a_figure_with_no_holder_joins_the_holder_that_gives_it() -> None:
    named = "Halvorsen, 47, and Petrakis, 48, were treated at the hospital. Velasco, 52, saw it."
    result = reconcile([named, "Police said a 47-year-old man was wounded.", "A 48-year-old man was hurt."])
    groups = {frozenset(c.text for c in g.claims) for g in result.groups}
    assert {frozenset({"47", "47-year-old"}), frozenset({"48", "48-year-old"}), frozenset({"52"})} == groups


def test_tolerance_is_the_measures_spread() -> None:
    assert (tolerance("age"), tolerance("deaths"), tolerance(None)) == (1.0, 100.0, 10.0)


SENTENCES = [
    "The storm killed {n} people.",
    "The death toll rose to {n}.",
    "About {n} homes were damaged.",
    "Police arrested {n} protesters.",
    "Some {n} houses were damaged on Friday.",
    "The company reported revenue of ${n} million.",
    "A city of {n} people lies nearby.",
    "{n} people were injured.",
    "The Riverton Hawks offered ${n} million.",
    "The Owls' offer of ${n} million stands.",
    "Riverton's offer of ${n} million leads.",
    "Marlo Venn, {n}, died on Monday.",
    "Venn was {n}, his son said.",
    "The {n} men were due in court.",
    "He assaulted {n} boys.",
    "The case concerns {n} young pupils.",
    "It caused {n} million euros (${n} million) of damage.",
    "No one was hurt.",
]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(SENTENCES), st.integers(1, 400)), min_size=1, max_size=10),
    st.randoms(use_true_random=False),
)
def test_shuffled_documents_give_the_same_groups(drawn: list[tuple[str, int]], rng: random.Random) -> None:
    first, second = _reconciled_both_ways(drawn, rng)
    assert first.groups == second.groups
    assert {frozenset(g.claims) for g in first} == {frozenset(g.claims) for g in second}


def _reconciled_both_ways(
    drawn: list[tuple[str, int]], rng: random.Random
) -> tuple[Reconciliation, Reconciliation]:
    """The drawn stories reconciled in their order and in a shuffled one."""
    docs = {f"outlet {k}": template.format(n=n) for k, (template, n) in enumerate(drawn)}
    shuffled = list(docs.items())
    rng.shuffle(shuffled)
    return reconcile(docs), reconcile(dict(shuffled))


SMALL_FIGURES = [
    "{n} factor could be cost.",
    "The board of {n} tall women and {n} short men began hearing the appeal.",
    "{n} women and {n} men were hurt.",
    "The {n} suspects were charged.",
    "Police found {n} guns and {n} cars.",
    "{n} people died in the crash.",
    "The victim, {n}, was a student.",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(SMALL_FIGURES), st.integers(1, 3)), min_size=2, max_size=8),
    st.randoms(use_true_random=False),
)
def test_shuffled_documents_with_one_small_figure_give_the_same_groups(
    drawn: list[tuple[str, int]], rng: random.Random
) -> None:
    # many claims give one figure here, so that any tie broken by document order shows
    first, second = _reconciled_both_ways(drawn, rng)
    assert {frozenset(g.claims) for g in first} == {frozenset(g.claims) for g in second}


def test_a_hundred_thousand_claims_with_no_subject_cluster() -> None:
    template = one("Officials said 40 died.")
    frame = frame_of(template)
    claims = [
        Claim(
            **{
                **{f: getattr(template, f) for f in template.__dataclass_fields__},
                "source": str(i % 7),
                "start": i,
            }
        )
        for i in range(2_000)
    ]
    groups = cluster(claims, [frame] * len(claims))
    assert sum(len(m) for m, _ in groups) == len(claims)


# --------------------------------------------------------------------------- fresh stories of other kinds

QUAKE_FIGURES = {
    "A": "A magnitude 6.4 earthquake struck 40 km north of Palmar on Sunday at a depth of 10 km, "
    "killing at least 12 people and injuring 150.",
    "B": "The 6.3-magnitude quake, centred 38 kilometres from Palmar, has killed 18 people, officials said.",
    "C": "The death toll rose to 21. The US Geological Survey measured the quake at 6.4.",
}
PIRACY = {
    "A": "The navy arrested nine suspected pirates who had held 17 crew members hostage for 3 weeks.",
    "B": "Nine pirates were captured after the 17 sailors were freed.",
}
DEAL = {
    "A": "Orbis agreed to buy Tessel for $4.2 billion in cash, or $38 a share.",
    "B": "The $4.2bn acquisition, at $38 per share, was announced on Monday. Tessel employs 5,000 people.",
    "C": "Orbis will pay about $4.2 billion for the chipmaker, which has 5,000 employees.",
}
SHELLING = {
    "A": "Shelling of the market killed 11 civilians and wounded 34, local officials said.",
    "B": "At least 13 people died when shells hit the crowded market on Friday; about 40 were wounded.",
}


def labels_of(result: Reconciliation, *found: tuple[str, str]) -> set[str]:
    """The labels of the groups holding the claims named by (source, exact text)."""
    where = {(c.source, c.text): g.label for g in result for c in g.claims}
    return {where[item] for item in found}


def test_a_quakes_magnitude_distance_and_toll_each_form_a_group() -> None:
    result = reconcile(QUAKE_FIGURES)
    [magnitude] = labels_of(result, ("A", "6.4"), ("B", "6.3"), ("C", "6.4"))
    assert result[magnitude].frames[0].measure == "magnitude"
    assert len(labels_of(result, ("A", "40 km"), ("B", "38 kilometres"))) == 1
    assert len(labels_of(result, ("A", "at least 12"), ("B", "18"), ("C", "21"))) == 1
    assert len(labels_of(result, ("A", "150"), ("B", "18"))) == 2


def test_an_arrest_and_its_hostages_stay_apart() -> None:
    result = reconcile(PIRACY)
    [pirates] = labels_of(result, ("A", "nine"), ("B", "Nine"))
    [hostages] = labels_of(result, ("A", "17"), ("B", "17"))
    assert pirates != hostages
    assert result[hostages].frames[0].measure == "hostages"


def test_a_deals_value_share_price_and_staff_each_form_a_group() -> None:
    result = reconcile(DEAL)
    [value] = labels_of(result, ("A", "$4.2 billion"), ("B", "$4.2bn"), ("C", "about $4.2 billion"))
    assert result[value].verdict == "consistent"
    assert len(labels_of(result, ("A", "$38"), ("B", "$38"))) == 1
    assert len(labels_of(result, ("B", "5,000"), ("C", "5,000"))) == 1


def test_shelling_deaths_and_wounded_stay_apart() -> None:
    result = reconcile(SHELLING)
    [deaths] = labels_of(result, ("A", "11"), ("B", "At least 13"))
    [wounded] = labels_of(result, ("A", "34"), ("B", "about 40"))
    assert deaths != wounded


# --------------------------------------------------------------------------- one quantity, told differently


def test_vague_sizes_and_attributed_estimates_join_one_crowd() -> None:
    result = reconcile(
        {
            "wire": (
                "Tens of thousands rally against the pension reform. Police said about 35,000 people "
                "marched through the capital on Saturday, while organisers put the figure at more "
                "than 120,000."
            ),
            "daily": "Thousands of protesters filled the streets. Organisers estimated the crowd at 110,000.",
        }
    )
    assert together(result, "Tens of thousands", "about 35,000", "more than 120,000", "110,000", "Thousands")


def test_a_numbers_own_verb_beats_the_noun_it_counts() -> None:
    result = reconcile(
        {
            "a": "The carmaker confirmed 800 job cuts at the plant, which employs 2,400 people.",
            "b": "About 800 jobs will be cut when the factory closes next year.",
        }
    )
    assert len(group_of(result, "About 800").claims) == 2
    assert not together(result, "About 800", "2,400")


def test_people_forced_from_their_homes_and_evacuated_are_one_count() -> None:
    result = reconcile(
        {
            "a": "The river burst its banks and 1,200 residents were forced from their homes.",
            "b": "Officials said about 1,500 people were evacuated as the water rose.",
        }
    )
    assert together(result, "1,200", "1,500")
    evacuated, displaced = one("About 1,500 people were evacuated."), one("The storm displaced 1,200 people.")
    assert link(evacuated, displaced) == Link(0.6, ("one count: displaced",))  # "people" adds nothing


def test_a_fraction_word_and_a_percentage_are_one_share() -> None:
    fraction = frame_of(one("Almost two-thirds of members voted for the strike."))
    percent = frame_of(one("Some 63.4 percent of members voted for the strike."))
    assert fraction.dimension == percent.dimension == "percent"
    result = reconcile(
        {
            "a": "Almost two-thirds of members voted for the strike.",
            "b": "Some 63.4 percent of members voted for the strike.",
        }
    )
    assert together(result, "two-thirds", "63.4")
    [share] = [g for g in result.groups if len(g.claims) == 2]
    assert share.check.verdict == "consistent"  # two-thirds read in percent: about 53 to 67


def test_a_counted_thing_names_the_measure_when_the_context_does_not() -> None:
    assert frame_of(one("Dozens of shells, 40 in all, landed.", "40")).measure == "weapons"


def test_a_time_until_an_event_is_not_a_duration() -> None:
    march = frame_of(one("The march lasted 3 hours."))
    election = frame_of(one("The election is just 3 weeks away."))
    assert (march.measure, election.measure) == ("duration", "time_until")
    assert link(march, election) is None


def test_a_group_with_no_measure_joins_the_measured_group_of_its_entity_and_event() -> None:
    shot = claimnum.extract("Rebels captured 14 tanks.", source="a")[0]
    told = claimnum.extract("Rebels captured some 15 tanks.", source="b")[0]
    frames = [
        QuantityFrame("amount", "count", "weapons", "tank", topic="capture"),
        QuantityFrame("amount", "count", None, "tank", topic="capture"),
    ]
    assert cluster([shot, told], frames) == [([0, 1], ("same entity and event",))]
    assert link(*frames) == Link(0.5, ("same entity: tank", "same event: capture"))


def test_attributed_estimates_in_one_text_are_alternatives_of_one_quantity() -> None:
    text = "Police counted about 35,000 marchers. Unions estimated the crowd at 120,000."
    result = reconcile({"wire": text})
    assert together(result, "35,000", "120,000")


def test_two_values_of_one_text_never_join_one_measured_group_together() -> None:
    claims = [
        claimnum.extract("Rebels captured 14 tanks.", source="a")[0],
        *claimnum.extract("Rebels captured 15 tanks on the hill and 40 tanks in the valley.", source="b"),
    ]
    frames = [
        QuantityFrame("amount", "count", "weapons", "tank", topic="capture"),
        QuantityFrame("amount", "count", None, "tank", topic="capture"),
        QuantityFrame("amount", "count", None, "tank", topic="capture"),
    ]
    assert cluster(claims, frames) == [([0, 1], ("same entity and event",)), ([2], ())]


def test_the_words_of_a_measures_family_name_no_other_entity() -> None:
    families = frame_of(one("Some 300 families were evacuated."))
    residents = frame_of(one("About 1,200 residents were forced from their homes."))
    assert families.entity == residents.entity == "displaced"
    assert link(families, residents) is not None


def test_a_share_of_voters_who_voted_is_the_turnout() -> None:
    result = reconcile(
        {"a": "Turnout was 63.4 percent in the runoff.", "b": "Almost two-thirds of voters cast a ballot."}
    )
    assert together(result, "63.4", "two-thirds")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("One in three workers left.", 26, 40), ("Nine out of ten residents stayed.", 88, 92)],
)
def test_a_fraction_is_a_share_in_percent(text: str, low: float, high: float) -> None:
    claim = one(text)
    frame = frame_of(claim)
    assert (frame.dimension, frame.measure) == ("percent", "percent_share")
    share = measured(claim.interval, claim, frame.measure)
    assert (int(share.lo), int(share.hi), share.unit) == (low, high, "percent")


def test_a_revision_is_a_reason_only_where_it_let_one_text_in_twice() -> None:
    revised = reconcile({"a": "The toll rose to 52 from 47 overnight.", "b": "The quake killed 50 people."})
    [deaths] = [g for g in revised.groups if len(g.claims) == 3]
    assert "one text gives two figures, one marked 'rose to'" in deaths.why
    single = reconcile({"a": "The toll rose to 52, according to officials.", "b": "The quake killed 50."})
    assert not any("one text" in w for g in single.groups for w in g.why)


def test_a_chain_of_overlapping_readings_links_no_figures_of_very_different_sizes() -> None:
    result = reconcile(
        {
            "a": "The block swayed for nearly a minute.",
            "b": "Schools will stay closed for at least a week.",
            "c": "It will build 2,000 homes within three months.",
        }
    )
    assert not together(result, "nearly a minute", "within three months")


def test_a_subject_that_only_tells_the_figure_is_not_what_it_counts() -> None:
    text = "The organisers, a coalition of nine trade unions, said more than 120,000 had taken part."
    assert frame_of(one(text, "120,000")).entity is None
    assert frame_of(one("Nine trade unions marched.", "Nine")).entity == "union"


def test_a_group_of_two_aliases_of_one_holder_says_why() -> None:
    result = reconcile(
        {
            "a": "Riverton made him a five-year offer after the Riverton Hawks met him.",
            "b": "The Hawks made him a five-year offer, a source said.",
        }
    )
    [offer] = result.groups
    assert "same holder: hawks" in offer.why


def test_the_two_parties_of_one_deal_do_not_split_its_value() -> None:
    result = reconcile(
        {
            "a": "Halvard Mining agreed to acquire Ostmark Copper for $2.7 billion.",
            "b": "Ostmark Copper will be sold to Halvard for about $3 billion.",
            "c": "Halvard's takeover of Ostmark Copper is worth 2.7 billion dollars.",
        }
    )
    [deal] = result.groups
    assert len(deal.claims) == 3


def test_rival_holders_each_named_alone_stay_apart() -> None:
    offers = reconcile(
        {
            "a": "The Lakeside Pilots offered him six years, his agent said.",
            "b": "The Dunmore Rangers offered him five years on Tuesday.",
        }
    )
    assert len(offers.groups) == 2
    ages = reconcile(
        {
            "a": "Ingrid Solberg, 52, and Tomas Varga, 47, were named to the board.",
            "b": "Varga, 47, joined in 2019.",
            "c": "Solberg, 52, leads the audit committee.",
        }
    )
    assert sorted(sorted(c.text for c in g.claims) for g in ages.groups) == [["47", "47"], ["52", "52"]]


@pytest.mark.parametrize("gap", sorted(restatement_gaps()))
def test_every_restatement_gap_gives_the_restated_frame(gap: str) -> None:
    text = f"Acme said on Monday it would pay $4.2 billion {gap} 38 billion kronor for Beta."
    claims = claimnum.extract(text)
    frames = with_restatements(claims, [frame_of(c, story_year=2010) for c in claims])
    assert [c.text for c in claims] == ["$4.2 billion", "38 billion kronor"]
    assert frames[1] == frames[0]


def test_a_figure_in_another_unit_after_other_words_keeps_its_own_frame() -> None:
    claims = claimnum.extract("Acme said on Monday it would pay $4.2 billion and Beta 38 billion kronor.")
    frames = [frame_of(c, story_year=2010) for c in claims]
    assert with_restatements(claims, frames) == frames
    same_unit = claimnum.extract("The fire burned 400 acres (and 20 homes).")
    frames = [frame_of(c) for c in same_unit]
    assert with_restatements(same_unit, frames) == frames


@pytest.mark.parametrize("stop", sorted(complement_stops()))
def test_every_stop_word_ends_the_phrase_after_of(stop: str) -> None:
    sentence = f"He faces two counts of murder {stop} theft."
    assert of_complement(sentence, sentence.index("two") + 3, "counts") == "murder"


def test_counts_of_different_things_stay_apart_and_a_bare_count_joins_either() -> None:
    texts = {
        "a": "He was charged with one count of murder.",
        "b": "He faces two counts of firearm possession.",
        "c": "He was charged with one count of murder on Friday.",
    }
    claims = [c for source, text in texts.items() for c in claimnum.extract(text, source=source)]
    frames = [frame_of(c) for c in claims]
    assert [f.entity for f in frames[:3]] == ["murder", "possession", "murder"]
    assert link(frames[0], frames[1]) is None
    assert link(frames[0], frames[2]) is not None
    assert open_entity(frame_of(claimnum.extract("He faces two counts.")[0]))


def _frame_work(monkeypatch: pytest.MonkeyPatch, items: int) -> int:
    """How many words and characters the frames of the claims of one long sentence read: the
    words matched against cue phrases and the clause text searched for a time."""
    from claimnum import anchors, cue_search

    read = [0]
    real_cues, real_anchor = cue_search._cues_in, anchors._anchor

    def cues_in(
        words: list[frozenset[str]], phrases: tuple[tuple[str, ...], ...]
    ) -> list[tuple[int, tuple[str, ...]]]:
        read[0] += len(words)
        return real_cues(words, phrases)

    def anchor(clause: str, at: int, tells: Callable[[str], bool] | None = None) -> str | None:
        read[0] += len(clause)
        return real_anchor(clause, at, tells)

    sentence = "; ".join(
        f"over {n:,} soldiers were deployed in 2004, {n + 1} of the {n + 9} died on Friday"
        for n in range(items)
    )
    claims = claimnum.extract(sentence + ".")
    assert len(claims) == 3 * items
    monkeypatch.setattr(cue_search, "_cues_in", cues_in)
    monkeypatch.setattr(anchors, "_anchor", anchor)
    cue_search._cue_extremes.cache_clear()
    for claim in claims:
        frame_of(claim)
    monkeypatch.undo()
    return read[0]


def test_a_long_sentence_costs_each_frame_the_same_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # a frame reads the words within reach of its claim; the whole sentence once, for all its claims
    assert _frame_work(monkeypatch, 160) <= 4.4 * _frame_work(monkeypatch, 40)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Police say he shot the clerk twice in the chest.", "twice"),
        ("The officer fired at the car eleven times.", "eleven times"),
        ("She was shot three times.", "three times"),
    ],
)
def test_a_count_of_how_often_a_verb_of_events_happened_counts_them(sentence: str, number: str) -> None:
    [claim] = [c for c in claimnum.extract(sentence) if c.text == number]
    assert frame_of(claim).measure == "shots"


def test_shots_told_as_how_often_link_with_shots_heard() -> None:
    [often] = claimnum.extract("He shot the clerk twice.")
    [heard] = claimnum.extract("Neighbours heard two to three gunshots.")
    assert link(often, heard) is not None
    [ratio] = claimnum.extract("Her level was more than five times the limit.")
    assert frame_of(ratio).measure != "shots"  # no verb of events before it


@pytest.mark.parametrize("word", SYNONYMS["classes"]["words"])
def test_every_class_bound_names_a_class_of_people_not_an_age(word: str) -> None:
    [bound] = claimnum.extract(f"The law forbids selling it to an {word}-17-year-old.")
    [age] = claimnum.extract("The buyer was a 17-year-old student.")
    assert frame_of(bound).background
    assert link(bound, age) is None
    assert not frame_of(age).background


def test_a_count_of_another_day_or_an_earlier_time_links_with_no_count_of_the_story() -> None:
    [story] = claimnum.extract("The quake killed 40 people on Wednesday.")
    for other in ("Floods killed 12 people last year.", "Floods killed 12 people on Monday.",
                  "Storms killed 12 people in March.", "Storms killed 12 people last month."):  # fmt: skip
        assert link(story, claimnum.extract(other)[0]) is None, other
    assert link(story, claimnum.extract("In all, 12 people died.")[0]) is not None  # no time: may be one


def test_a_running_totals_day_of_telling_keeps_nothing_apart() -> None:
    [first] = claimnum.extract("The quake killed 40 people on Wednesday.")
    for later in ("The toll rose to 45 on Thursday.", "Officials said on Thursday that 45 people had died.",
                  "At least 45 people died, officials said on Thursday."):  # fmt: skip
        assert link(first, claimnum.extract(later)[0]) is not None, later


@pytest.mark.parametrize(
    "earlier",
    [
        "Last year floods killed 12 people in the same valley.",
        "A landslide in March killed 12 people nearby.",
    ],
)
def test_an_earlier_count_stays_apart_from_a_growing_toll(earlier: str) -> None:
    documents = {
        "A": ("2025-04-10", "The quake killed 40 people on Wednesday."),
        "B": ("2025-04-10", "At least 42 people died in Wednesday's quake."),
        "C": ("2025-04-11", "The toll rose to 45."),
        "D": ("2025-04-11", earlier),
    }
    groups = {tuple(c.text for c in g.claims): g.verdict for g in reconcile(documents).groups}
    assert groups == {("40", "At least 42", "45"): "updated", ("12",): "single source"}


def test_a_running_total_by_a_day_is_the_total_then() -> None:
    [first] = claimnum.extract("The quake killed 40 people on Wednesday.")
    [later] = claimnum.extract("By Thursday, 60 people had died.")
    assert frame_of(later).anchor is None
    assert link(first, later) is not None
