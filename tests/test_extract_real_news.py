"""Extraction on the kinds of error seen in real multi-outlet news (session 8): counts written as
words, counts of none, vague spans of time, currency signs lost by an encoding, ordinals that state a
rank or a count.  Every sentence is our own."""

from __future__ import annotations

import pytest

import claimnum


def found(text: str) -> list[tuple[str, tuple[float, ...], str]]:
    return [(c.text, c.values, c.unit) for c in claimnum.extract(text)]


def texts(text: str) -> list[str]:
    return [c.text for c in claimnum.extract(text)]


# ------------------------------------------------------------------ counts written as words


@pytest.mark.parametrize(
    "text",
    ["One woman was stabbed near the market.", "One man died at the scene.", "One driver was hurt."],
)
def test_one_before_a_noun_of_people_and_a_casualty_verb_counts(text):
    assert found(text)[0][:2] == ("One", (1.0,))


@pytest.mark.parametrize(
    "text", ["One man said the gate was open.", "One woman, who asked not to be named, told us."]
)
def test_one_before_a_teller_counts_nothing(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("No one else was injured in the fire.", "No one"),
        ("No one died in the storm.", "No one"),
        ("No passengers died in the derailment.", "No"),
        ("Luckily no guards were hurt.", "no"),
    ],
)
def test_counts_of_none(text, claim):
    claims = claimnum.extract(text)
    assert [(c.text, c.values, c.sense) for c in claims] == [(claim, (0.0,), "exact")]


@pytest.mark.parametrize(
    "text", ["There was no reason to panic.", "No details were released.", "No one else knew the code."]
)
def test_no_before_no_people_or_no_casualty_counts_nothing(text):
    assert texts(text) == []


def test_another_dozen_adds_a_dozen():
    claim = claimnum.extract("Rescuers freed another dozen miners overnight.")[0]
    assert (claim.text, claim.values, claim.kind) == ("dozen", (12.0,), "difference")


# ------------------------------------------------------------------ vague spans of time


@pytest.mark.parametrize(
    ("text", "claim", "unit"),
    [
        ("The tanker sank within minutes.", "within minutes", "minute"),
        ("Within hours the border was shut.", "Within hours", "hour"),
        ("The dam burst mere minutes after the warning.", "minutes", "minute"),
        ("She was released only days later.", "only days", "day"),
        ("The vote came just weeks before the merger.", "weeks", "week"),
    ],
)
def test_a_bounded_plural_unit_of_time_is_a_span_of_several(text, claim, unit):
    claims = claimnum.extract(text)
    assert [(c.text, c.unit, c.sense) for c in claims] == [(claim, unit, "several")]


@pytest.mark.parametrize(
    "text", ["The minutes of the board were published.", "Those were his final years abroad."]
)
def test_a_plural_unit_of_time_without_a_bound_is_no_span(text):
    assert texts(text) == []


# ------------------------------------------------------------------ currency signs lost by an encoding


@pytest.mark.parametrize(
    ("text", "claim", "value", "unit"),
    [
        ("The club paid e42 million for the winger.", "e42 million", 42e6, "EUR"),
        ("The council owes E3.5 billion to its banks.", "E3.5 billion", 3.5e9, "EUR"),
        ("The insurer lost p61million last year.", "p61million", 61e6, "GBP"),
        ("Profits reached p2.4bn.", "p2.4bn", 2.4e9, "GBP"),
    ],
)
def test_a_letter_glued_to_an_amount_with_a_scale_is_a_lost_currency_sign(text, claim, value, unit):
    assert found(text) == [(claim, (value,), unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Fleet cars run on E85 fuel.",
        "The p53 gene was studied.",
        "She scored e5 on the test.",
        "It costs e20 now.",
    ],
)
def test_a_glued_letter_without_a_scale_stays_a_name(text):
    assert texts(text) == []


# ------------------------------------------------------------------ ordinals of a rank or a count


@pytest.mark.parametrize(
    ("text", "claim", "value"),
    [
        ("Lindqvist Takes 4th Straight Crown", "4th", 4.0),
        ("The club won its sixth consecutive match.", "sixth", 6.0),
        ("It was her ninth win in a row.", "ninth", 9.0),
        ("The relay team finished 12th in the final.", "12th", 12.0),
        ("The film came in third among new releases.", "third", 3.0),
        ("The county's jobless rate was 14th in the region.", "14th", 14.0),
        ("She is the fourth minister to resign this year.", "fourth", 4.0),
        ("It was the second ferry accident in three weeks.", "second", 2.0),
        ("The coach is in his 11th season at the academy.", "11th", 11.0),
        ("Third diver dies off reef", "Third", 3.0),
    ],
)
def test_an_ordinal_stating_a_rank_or_a_count_is_a_claim(text, claim, value):
    claims = [c for c in claimnum.extract(text) if c.text == claim]
    assert [(c.values, c.sense, c.kind) for c in claims] == [((value,), "bare", "amount")]


def test_an_anniversary_or_birthday_is_years():
    claim = claimnum.extract("The museum marked its 75th anniversary.")[0]
    assert (claim.text, claim.value, claim.unit) == ("75th", 75.0, "year")


@pytest.mark.parametrize(
    "text",
    [
        "Smoke filled the fourth floor of the block.",
        "He was charged with second-degree assault.",
        "The talks resume on May 21st in Oslo.",
        "They met on the 9th in Lyon.",
        "The 19th century mill was restored.",
        "Tickets for the 92nd Film Gala sold out.",
        "She was the first pilot to land there.",
        "The 1st person to arrive was a nurse.",
        "The shop is at 14 W 23rd St.",
        "A third witness spoke to the court.",
        "Every second in the final mattered.",
        "Her second in command resigned.",
    ],
)
def test_an_ordinal_of_a_place_a_date_a_name_or_a_first_is_no_claim(text):
    assert texts(text) == []


# ------------------------------------------------------------------ names, clock times and torn dates


@pytest.mark.parametrize(
    "text",
    [
        "The Zentra Wave 4500 features a larger screen.",
        "Buyers of the Orvo Line 7200 praised it.",
        "Members of the 8 Ball gang were charged.",
        "Police found a 357 Magnum.",
        "She kept a 38 Special in her drawer.",
        "The bus left at 6 in the morning.",
        "They woke at 7 or 8 the next morning.",
        "Guests must leave before 11.",
        "4 on charges of fraud, the clerk said.",
    ],
)
def test_names_clock_times_and_torn_dates_are_no_claims(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("At Ostrava Steel 300 workers walked out.", "300"),
        ("Police Arrest 120 Suspects", "120"),
        ("He won 3 Grand Slam titles.", "3"),
        ("She saw 4 Russian tanks.", "4"),
        ("12 people died in the crash.", "12"),
    ],
)
def test_counts_next_to_capitals_stay_claims(text, claim):
    assert claim in texts(text)


def test_a_count_before_an_initialism_stays_a_claim():
    assert texts("The champion is 41-2 (24 KO).")[-1] == "24"


# ------------------------------------------------------------------ temperatures without a scale


@pytest.mark.parametrize(
    ("text", "claim", "value"),
    [
        ("The probe logged minus-150 degrees at night.", "minus-150 degrees", -150.0),
        ("Crews worked in minus-95 degree temperatures.", "minus-95 degree", -95.0),
        ("Temperatures reached 104 degrees in the valley.", "104 degrees", 104.0),
    ],
)
def test_degrees_beyond_celsius_on_earth_below_zero_or_of_weather_are_fahrenheit(text, claim, value):
    assert found(text) == [(claim, (value,), "degree_Fahrenheit")]


@pytest.mark.parametrize("text", ["It was minus 17 degrees.", "Temperatures reached 35 degrees."])
def test_degrees_that_may_be_either_scale_keep_no_unit(text):
    assert [unit for _, _, unit in found(text)] == [""]


@pytest.mark.parametrize(
    "text", ["The ferry swung 90 degrees.", "The ramp has a 30-degree slope in cold weather."]
)
def test_degrees_of_an_angle_are_no_temperature(text):
    assert all(unit == "" for _, _, unit in found(text))
