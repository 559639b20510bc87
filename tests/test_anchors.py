"""Tests of claimnum.anchors: the time words that place a number before the story's own event."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import claimnum
from claimnum.anchors import anchor_kind, is_future, span_event, story_year, time_of, told_before
from claimnum.claim import Claim
from claimnum.event_times import (
    counted_back,
    event_family,
    event_of,
    month_anchor,
    month_of,
    months_apart,
    told_on,
)
from claimnum.grouping import frame_of, link
from claimnum.holders import tells

ANCHORS = tomllib.loads(resources.files("claimnum").joinpath("data/anchors.toml").read_text("utf-8"))


def one(text: str, number: str) -> Claim:
    [claim] = [c for c in claimnum.extract(text) if c.text == number]
    return claim


def background(sentence: str, number: str) -> bool:
    start = sentence.index(number)
    return time_of(sentence, start, start + len(number), tells=tells)[1]


def group_of(documents: dict[int, str] | dict[str, str], text: str) -> list[str]:
    """The texts of the claims in the one group holding a claim written ``text``."""
    [group] = [g for g in claimnum.reconcile(documents).groups if any(c.text == text for c in g.claims)]
    return [c.text for c in group.claims]


@pytest.mark.parametrize("adverb", ANCHORS["earlier"]["adverbs"])
def test_every_earlier_adverb_makes_a_number_background(adverb: str) -> None:
    assert background(f"The man had {adverb} been arrested 4 times.", "4")
    assert not background("The man has been arrested 4 times.", "4")


@pytest.mark.parametrize("adverb", ANCHORS["earlier"]["adverbs"])
def test_an_earlier_adverb_before_a_verb_of_telling_marks_another_account(adverb: str) -> None:
    assert not background(f"Police {adverb} said 40 people died.", "40")


@pytest.mark.parametrize("determiner", ANCHORS["comparison"]["determiners"])
def test_a_claim_after_a_comparison_word_and_a_determiner_is_its_standard(determiner: str) -> None:
    assert not background(f"The bid is less than {determiner} $172 million reported.", "$172 million")


def test_a_comparison_with_another_event_stays_background() -> None:
    assert background("That is more deaths than the 40 killed in the previous quake.", "40")
    assert background("The toll is higher than in the quake that killed 40.", "40")


@pytest.mark.parametrize("word", ANCHORS["earlier"]["closing"])
def test_every_closing_word_of_earlier_time_makes_an_earlier_state(word: str) -> None:
    sentence = f"Battery life is now eight hours, up from five hours {word}."
    start = sentence.index("five hours")
    assert told_before(sentence, start, start + len("five hours"))
    assert not told_before(f"Five hours {word} the blast, 40 left.", 0, len("Five hours"))
    assert not told_before(f"She left the office 10 minutes {word}.", 20, 30)  # a span of time itself


def test_an_earlier_state_is_background_unless_the_measure_is_a_running_total() -> None:
    battery = "Battery life is now eight hours, up from five hours before."
    assert frame_of(one(battery, "five hours")).background
    assert not frame_of(one(battery, "eight hours")).background
    assert not frame_of(one("The toll stood at 40 earlier.", "40")).background


def anchor(sentence: str, number: str) -> str | None:
    start = sentence.index(number)
    return time_of(sentence, start, start + len(number), tells=tells)[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "A fire that broke out on Sunday has burned 4,000 acres.",
        "The fire, which started on Sunday, has burned 4,000 acres.",
        "The man who was arrested on Sunday had 4,000 acres.",
    ],
)
def test_a_time_in_a_relative_clause_before_the_number_dates_another_verb(sentence: str) -> None:
    assert anchor(sentence, "4,000") is None
    assert anchor("The fire has burned 4,000 acres since Sunday.", "4,000") == "sunday"


@pytest.mark.parametrize("word", ANCHORS["relative"]["not_after"])
def test_that_after_each_word_opens_no_relative_clause(word: str) -> None:
    assert anchor(f"It {word} that on Sunday the fire burned 4,000 acres.", "4,000") == "sunday"


def test_that_after_a_verb_of_telling_opens_what_was_told() -> None:
    told = "The firm said on Thursday that its profit fell last year to 80 million."
    assert anchor(told, "80") == "last year"
    assert anchor("That Sunday the fire burned 4,000 acres.", "4,000") == "sunday"


@pytest.mark.parametrize("word", ["before", "after", "since", "following"])
def test_a_span_from_an_event_is_anchored_at_that_event(word: str) -> None:
    sentence = f"He was charged two weeks {word} his arrest."
    event = "event: before arrest" if word == "before" else "event: arrest"
    assert span_event(sentence, sentence.index("two weeks") + 9) == event
    assert anchor_kind(event) == "event"


def test_spans_from_two_events_never_link_and_from_one_event_do() -> None:
    texts = {
        "a": "She bought the gun two weeks before the wedding.",
        "b": "He was charged two weeks after his arrest.",
        "c": "The gun was bought about two weeks before the wedding.",
        "d": "She left two days before coming back.",
    }
    claims = [c for source, text in texts.items() for c in claimnum.extract(text, source=source)]
    frames = [frame_of(c) for c in claims]
    assert link(frames[0], frames[1]) is None
    assert link(frames[0], frames[2]) is not None
    assert frames[3].anchor is None  # a verb names no event that other reports would name alike


@pytest.mark.parametrize("preposition", ANCHORS["earlier_event"]["prepositions"])
def test_every_preposition_opening_an_earlier_event_makes_a_number_background(preposition: str) -> None:
    opening = preposition.capitalize()
    assert background(f"{opening} the previous march, police counted 22,000 people.", "22,000")
    assert background(f"{opening} the previous march police counted 22,000 people.", "22,000")
    assert not background(f"{opening} the city, police counted 22,000 people.", "22,000")


@pytest.mark.parametrize("opening", ANCHORS["earlier_event"]["openings"])
def test_every_opening_of_an_earlier_event_makes_a_number_background(opening: str) -> None:
    assert background(f"At {opening} march on September 27, police counted 22,000 people.", "22,000")


@pytest.mark.parametrize("noun", ANCHORS["earlier_event"]["not_events"])
def test_a_span_of_the_story_own_time_after_an_opening_is_no_earlier_event(noun: str) -> None:
    assert not background(f"In the last {noun}, 40 people died.", "40")


def test_an_opening_phrase_sets_only_its_own_clause_and_no_number_word() -> None:
    assert not background("At the last march, turnout was low, but today 10,000 marched.", "10,000")
    assert not background("In the last two weeks, 40 people died.", "40")


def test_a_span_before_an_event_is_not_a_span_after_it() -> None:
    before = "He bought the rifle two weeks before the attack."
    after = "He was arrested two weeks after the shooting."
    assert span_event(before, before.index("two weeks") + 9) == "event: before attack"
    assert span_event(after, after.index("two weeks") + 9) == "event: shooting"


def test_a_number_written_twice_in_a_clause_is_read_at_its_own_place() -> None:
    sentence = "Crews cleared 60 on Tuesday and 60 on Thursday."
    at = sentence.rindex("60")
    assert time_of(sentence, at, at + 2) == ("thursday", False)


# each [case] measure with a sentence of our own naming its case by the event's year
CASES = {
    "charges": ("A jury found him guilty on two counts of arson in the 2011 warehouse fire.", "two"),
    "prison_term": ("He was sentenced to 10 years in prison for the 2009 robbery.", "10 years"),
    "sentences": ("He received three life sentences for the 2009 bombing.", "three"),
    "fine": ("He must pay a $5,000 fine for the 2010 crash.", "$5,000"),
    "bail": ("Bail was set at $50,000 in the 2011 killing.", "$50,000"),
}


def test_every_case_measure_has_an_example() -> None:
    assert set(CASES) == set(ANCHORS["case"]["measures"])


@pytest.mark.parametrize("measure", ANCHORS["case"]["measures"])
def test_an_event_named_after_a_case_figure_is_its_case_not_its_time(measure: str) -> None:
    sentence, number = CASES[measure]
    frame = frame_of(one(sentence, number), story_year=2013)
    assert (frame.measure, frame.anchor, frame.background) == (measure, None, False)


def test_an_event_named_after_another_figure_still_makes_it_background() -> None:
    frame = frame_of(one("Two people died in the 2009 shooting.", "Two"), story_year=2013)
    assert frame.background
    sentence = "He was found guilty on two counts of arson in the 2011 warehouse fire."
    at = sentence.index("two")
    assert time_of(sentence, at, at + 3, story_year=2013)[1]
    assert not time_of(sentence, at, at + 3, story_year=2013, case=True)[1]


@pytest.mark.parametrize("word", ANCHORS["future"]["words"])
def test_every_future_word_makes_a_span_a_time_to_come(word: str) -> None:
    sentence = f"The results {word} take a few weeks."
    at = sentence.index("a few")
    assert is_future(sentence, at, at + len("a few weeks"))
    assert not is_future("The results took a few weeks.", 17, 28)


def test_a_span_to_come_never_links_with_a_span_gone_by() -> None:
    [wait] = claimnum.extract("The lab findings will not be ready for a few weeks.")
    *_, gone = claimnum.extract("It was the third fine in less than six weeks.")  # the ordinal, then the span
    [again] = claimnum.extract("Results of the test won't be back for a few weeks.")
    assert link(wait, gone) is None
    assert link(wait, again) is not None
    [deal] = claimnum.extract("He will sign a 10-year deal.")
    assert frame_of(deal).measure != "time_until"  # a deal's length, not a wait


@pytest.mark.parametrize("word", ANCHORS["earlier"]["adjectives"])
def test_every_earlier_adjective_makes_what_a_number_counts_earlier(word: str) -> None:
    assert frame_of(one(f"He acted despite two {word} legal rulings.", "two")).background
    assert frame_of(one(f"The new model has 8GB; the {word} 4GB was too little.", "4GB")).background
    assert not frame_of(one("He acted despite two legal rulings.", "two")).background


@pytest.mark.parametrize("verb", ANCHORS["earlier"]["following"])
def test_every_verb_of_following_makes_the_events_it_counts_earlier(verb: str) -> None:
    assert frame_of(one(f"The blast {verb} three bombings in the capital last month.", "three")).background
    assert not frame_of(one("The blast was followed by three bombings in the capital.", "three")).background
    assert not frame_of(one("The blast came with three bombings in the capital.", "three")).background


def test_a_count_of_earlier_attacks_is_kept_apart_from_the_story_victims() -> None:
    earlier = "Tuesday's shooting follows two in other towns last week."
    shot = ["A sniper wounded three people near the depot.", "All three victims were flown to a hospital."]
    assert group_of(dict(enumerate([earlier, *shot], start=1)), "two") == ["two"]


def test_an_earlier_adjective_makes_no_span_of_time_nor_a_running_total_earlier() -> None:
    assert not frame_of(one("She had left the office 10 minutes earlier that day.", "10 minutes")).background
    assert not frame_of(one("It killed 40, up from an earlier 30 dead.", "30")).background
    assert not frame_of(one("Earlier, hundreds of pupils gathered.", "hundreds")).background


def test_a_year_naming_another_event_is_no_story_year() -> None:
    documents = {
        "A": "The toll rose to 31. A 1998 slide near the town killed more than 400 people.",
        "B": "At least 28 people were killed by the landslide.",
    }
    assert "more than 400" not in group_of(documents, "31")


@pytest.mark.parametrize("article", ["A", "a", "An"])
def test_a_year_after_an_indefinite_article_counts_no_story_year(article: str) -> None:
    assert story_year([f"The flood rose again. {article} 1998 flood there was worse."]) is None
    assert story_year(["The 2024 flood rose again. A 1998 flood there was worse."]) == 2024


def test_a_year_a_comparison_starts_from_is_no_story_year() -> None:
    assert story_year(["The flood was the worst since 1998, when the dam broke."]) is None
    assert story_year(["The worst since 1998.", "The 2024 flood."]) == 2024


def _at(sentence: str, number: str) -> tuple[str, int, int]:
    start = sentence.index(number)
    return sentence, start, start + len(number)


@pytest.mark.parametrize("anchor", ANCHORS["counted_back"]["background"])
def test_every_anchor_counted_back_makes_a_number_background(anchor: str) -> None:
    assert counted_back(*_at(f"Floods killed 12 people {anchor}.", "12"), anchor)
    assert frame_of(one(f"{anchor.capitalize()}, floods killed 12 people.", "12")).background
    assert not frame_of(one("Floods killed 12 people on Monday.", "12")).background


def test_a_year_ago_is_counted_back_too() -> None:
    assert frame_of(one("A year ago floods killed 12 people.", "12")).background


@pytest.mark.parametrize("word", ANCHORS["counted_back"]["compared"])
def test_every_word_of_comparison_keeps_an_anchor_counted_back_to_the_figure_compared(word: str) -> None:
    sentence = f"Sales rose 5% {word} last year."
    assert not counted_back(*_at(sentence, "5%"), "last year")
    assert counted_back(*_at("Sales rose 5% last year.", "5%"), "last year")


def test_a_number_compared_with_last_year_is_not_background() -> None:
    assert not frame_of(one("Profit rose 5% from a year ago.", "rose 5%")).background


def test_a_sum_of_last_year_is_not_background() -> None:
    assert not frame_of(one("The firm paid $90 million last year.", "$90 million")).background
    assert frame_of(one("Floods destroyed 90 homes last year.", "90")).background


@pytest.mark.parametrize("word", ANCHORS["counted_back"]["months"])
def test_every_word_counting_a_month_back_makes_a_count_background(word: str) -> None:
    assert frame_of(one(f"Police removed 12 children {word} April.", "12")).background
    assert not frame_of(one("Police removed 12 children in April.", "12")).background


@pytest.mark.parametrize("word", ANCHORS["months"]["before"])
def test_every_word_before_a_month_makes_it_an_anchor(word: str) -> None:
    joined = {"mid": "mid-March", "of": "at the end of March"}.get(word, f"{word} March")
    assert month_anchor(*_at(f"Storms killed 40 people {joined}.", "40")) == "march"
    assert frame_of(one(f"Storms killed 40 people {joined}.", "40")).anchor == "march"


def test_a_month_with_its_day_or_in_lower_case_is_no_month_anchor() -> None:
    assert month_anchor(*_at("Storms killed 40 people in March 3 raids.", "40")) is None
    assert month_anchor(*_at("Some 40 people took part in march drills.", "40")) is None
    assert month_anchor(*_at("Storms killed 40 people since March.", "40")) is None


@pytest.mark.parametrize("anchor", ANCHORS["months"]["counted_back"])
def test_every_month_counted_back_is_another_month_than_the_story_week(anchor: str) -> None:
    assert month_of(anchor) == anchor
    assert month_of("monday") != month_of(anchor)
    assert month_of("march") not in (month_of(anchor), month_of("monday"))
    assert month_of("2004") is None
    assert months_apart("monday", anchor)
    assert months_apart("march", anchor)


def test_a_weekday_may_fall_in_any_month_named_but_two_months_are_apart() -> None:
    on_day = one("The quake killed 40 people on Monday.", "40")
    in_month = one("The quake killed 40 people in March.", "40")
    in_other = one("The quake killed 40 people in May.", "40")
    assert link(on_day, in_month) is not None
    assert link(in_month, in_other) is None
    assert not months_apart("monday", "march")


def test_a_day_after_a_verb_of_telling_or_opening_its_clause_is_the_day_told() -> None:
    assert told_on(*_at("Police said on Monday that 40 people had died.", "40"), "monday", tells)
    assert told_on(*_at("On Monday, police said 40 people had died.", "40"), "monday", tells)
    assert not told_on(*_at("Floods killed 40 people on Monday, police said.", "40"), "monday", tells)
    assert not told_on(*_at("Police said 3 died on Monday and 40 died on Tuesday.", "40"), "tuesday", tells)
    assert frame_of(one("Police said on Monday that 40 people had died.", "40")).anchor is None
    assert frame_of(one("Floods killed 40 people on Monday, police said.", "40")).anchor == "monday"


@pytest.mark.parametrize("word", ANCHORS["months"]["apart"])
def test_every_word_between_a_month_and_a_number_dates_another_verb(word: str) -> None:
    assert month_anchor(*_at(f"It opened in May {word} drew 300 visitors.", "300")) is None
    assert month_anchor(*_at("In May it drew 300 visitors.", "300")) == "may"


def test_a_month_far_from_its_number_dates_another_verb() -> None:
    sentence = "The rules proposed in May were later read closely by 300 people."
    assert month_anchor(*_at(sentence, "300")) is None


@pytest.mark.parametrize(
    ("kind", "noun"), [(kind, noun) for kind, nouns in ANCHORS["agent_events"].items() for noun in nouns]
)
def test_every_noun_of_an_event_names_its_kind_as_agent_or_setting(kind: str, noun: str) -> None:
    sentence = f"The {noun} killed 12 people."
    assert event_of(*_at(sentence, "12"), "killed") == kind
    assert event_of(*_at(f"Some 12 people died in the {noun}.", "12"), "died") == kind
    assert event_of(*_at("The disaster killed 12 people.", "12"), "killed") is None


def test_two_kinds_of_event_keep_their_counts_apart() -> None:
    [quake] = claimnum.extract("The quake killed 40 people.")
    [floods] = claimnum.extract("Floods killed 12 people.")
    [earthquake] = claimnum.extract("At least 42 people were killed by the earthquake.")
    [unnamed] = claimnum.extract("The disaster killed 45 people.")
    assert link(quake, floods) is None
    assert link(quake, earthquake) is not None
    assert link(floods, unnamed) is not None  # a noun of no kind tells nothing apart


def _killed_by(kind: str, number: str) -> Claim:
    noun = ANCHORS["agent_events"][kind][0]
    return one(f"The {noun} killed {number} people.", number)


@pytest.mark.parametrize("kinds", [row["kinds"] for row in ANCHORS["event_families"]])
def test_every_family_of_events_links_its_kinds_and_no_other(kinds: list[str]) -> None:
    first = _killed_by(kinds[0], "12")
    others = [kind for kind in ANCHORS["agent_events"] if event_family(kind) != event_family(kinds[0])]
    for kind in kinds[1:]:
        assert event_family(kind) == event_family(kinds[0])
        assert link(first, _killed_by(kind, "12")) is not None
    assert others
    assert all(link(first, _killed_by(kind, "12")) is None for kind in others)


@pytest.mark.parametrize("word", ANCHORS["running_total"]["states"])
def test_every_word_before_a_day_makes_it_the_day_a_total_stood_at(word: str) -> None:
    assert told_on(*_at(f"Some 60 people had died {word} Thursday.", "60"), "thursday", tells)
    assert not told_on(*_at("Some 60 people died on Thursday.", "60"), "thursday", tells)
