"""The quantity stage: numbers, scales, units, currencies, and what is no claim (issue 10 rows).

Every sentence here is our own wording.
"""

from __future__ import annotations

import pytest

from claimnum import extract

# ---------------------------------------------------------------- title case


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dow Hits 20000 For First Time", 20000.0),
        ("Police Arrest 12 Suspects", 12.0),
        ("Storm Leaves 300 Homeless", 300.0),
        ("Many fled. Über 300 people stayed.", 300.0),  # a capital before a counted noun
        ("Flood Kills 23", 23.0),  # two words of title case and no stop: a headline
        ("Index Tops 5000", 5000.0),
        ("Rebels Release 8", 8.0),
        ("Army Says 150 Dead", 150.0),  # a capitalised function word is title case too
        ("Officials Say 9 Missing", 9.0),
        ("Blast Injures 60.", 60.0),  # a plural or a verb before a number is no name
        ('The paper ran "Flood Kills 23" on its front page.', 23.0),
        ("He Said 4 Were Held.", 4.0),  # an inflected verb is no name
        ("Mostly 300 came.", 300.0),  # a sentence's first word is capitalised by its place
        ("Still 12 remain missing.", 12.0),
        ("Elsewhere 40 homes burned.", 40.0),
        ("The dam broke. Über 200 were rescued.", 200.0),  # a name takes "was", a count "were"
    ],
)
def test_capitals_alone_make_no_name(only, text, value):
    assert only(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "A Boeing 787 landed late.",
        "Windows 11 was released.",
        "The COVID -19 rules were eased.",
        "The ID.3 sold well.",
        "Fans of the Big Ten cheered.",
        "Big Ten schools agreed.",
        "Tickets for the Final Four sold out.",
        "The 5G network is ready.",
        "The S&P 500 rose.",
    ],
)
def test_names_with_numbers_need_evidence_and_have_it(text):
    assert all(c.unit or c.kind != "amount" for c in extract(text)), [c.text for c in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Windows 10 and the Lower 48 got updates.",
        "Apollo 13 returned safely.",
        "The Boeing 777 landed.",
        "Route 66 reopened on Friday.",
        "Chapter 11 protection was sought.",
        "Flight 214 crashed on landing.",
        "Trains on Route 9 stopped.",
        "Day 3 of the trial began.",
        "Lena said on AM 680 that the deal was done.",
        "He was back for Weeks 5-7, and Chapters 3 and 4 were cut.",
        "Police closed 10 Downing Street.",  # an "-ing" word may be a name
        "The Zenith 40 tablet went on sale.",  # a count of forty takes a plural noun
    ],
)
def test_names_with_numbers_stay_names(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The bill passed the Senate 61-38 on Friday.", (61.0, 38.0)),
        ("The House backed it 218-210.", (218.0, 210.0)),
        ("Woods 68, Mickelson 70.", (68.0, 70.0)),
    ],
)
def test_a_vote_or_score_after_a_name_is_a_pair(only, text, values):
    claim = only(text)
    assert (claim.values, claim.measure) == (values, "score")


def test_the_second_figure_of_a_score_is_no_share():
    claims = extract("The visitors won 7-4 in 11 innings.")  # not "4 in 11", a share
    assert [c.values for c in claims] == [(7.0, 4.0), (11.0,)]


# ---------------------------------------------------------------- glued currencies and units


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The bank raised USD10m from investors.", 10e6, "USD"),
        ("They paid EUR50m in fees.", 50e6, "EUR"),
        ("A bowl costs RM79 in town.", 79.0, "MYR"),
        ("Revenue was $US55,931,000 last year.", 55_931_000.0, "USD"),
        ("The deal was worth A$3bn.", 3e9, "AUD"),
        ("It raised HK$2.4 billion.", 2.4e9, "HKD"),
        ("The engine makes 640bhp.", 640.0, "horsepower"),
        ("The chip runs at 2.4GHz.", 2.4, "gigahertz"),
        ("It has a 120Hz screen.", 120.0, "hertz"),
        ("The flat is 32m2.", 32.0, "meter**2"),
        ("He drove at 100km/hr.", 100.0, "kilometer/hour"),
        ("Take 5mg daily.", 5.0, "milligram"),
        ("It comes in a 750ml bottle.", 750.0, "milliliter"),
        ("The 170,000-square-foot store opened.", 170_000.0, "foot**2"),
        ("A cup of tea costs Rs25 there.", 25.0, "INR"),  # a code of a capital and a small letter
        ("The reserve covers 40sq km of forest.", 40.0, "kilometer**2"),  # a unit of two words, glued
        ("The gutter caught 3.5in of rain.", 3.5, "inch"),  # "in" glued to the digits
    ],
)
def test_glued_currencies_and_units(only, text, value, unit):
    claim = only(text)
    assert (claim.value, claim.unit) == (pytest.approx(value), unit)


def test_a_glued_temperature_scale(only):
    claim = only("The sea was 2.14degF above normal.")
    assert claim.value == pytest.approx(2.14)
    assert "Fahrenheit" in claim.unit


def test_digits_glued_to_letters_that_are_no_currency_are_no_claim():
    assert extract("Flight MH17 and the ABC123 code.") == []


# ---------------------------------------------------------------- scale words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales hit 3 bln dollars.", 3e9),
        ("Sales hit 3 bn dollars.", 3e9),
        ("Sales hit 3 mln dollars.", 3e6),
        ("Sales hit 3 mil dollars.", 3e6),
        ("Debt reached 2 tn dollars.", 2e12),
        ("Debt reached $2 trln last year.", 2e12),  # wire style: trln, tln, bil
        ("Bond sales hit 1.5tln yen.", 1.5e12),
        ("The port cost $4 bil to build.", 4e9),
        ("They sold 20K tickets.", 20e3),
        ("They shipped 1.2m tons of grain.", 1.2e6),
        ("It cost a thousand million dollars.", 1e9),
        ("It cost 4 hundred million dollars.", 4e8),
        ("They moved 2m euros.", 2e6),
    ],
)
def test_scale_words_and_abbreviations(only, text, value):
    assert only(text).value == pytest.approx(value)


def test_an_m_before_a_singular_noun_stays_a_length(only):
    claim = only("She won the 100m sprint.")
    assert (claim.value, claim.unit) == (100.0, "meter")


# ---------------------------------------------------------------- notation


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mass is 1.99x10-30 kg.", 1.99e-30),
        ("About 3.2e6 people came.", 3.2e6),
        ("About 10^5 cells died.", 1e5),
        ("It is 2.5 × 10^9 years old.", 2.5e9),
        ("A 1/16 inch gap opened.", 1 / 16),
        ("A 1⁄32 inch gap opened.", 1 / 32),
        ("About ½ of voters agreed.", 0.5),
        ("About ¾ of voters agreed.", 0.75),
        ("It took 2½ hours.", 2.5),
        ("It took 4 1/2 hours.", 4.5),
        ("The repair took 3-1/2 weeks.", 3.5),  # a whole and its fraction joined by a hyphen
        ("It fell to minus-130 degrees.", -130.0),
        ("The deficit was $-50.8bn.", -50.8e9),
        ("It was −5 °C outside.", -5.0),
        ("Prices moved -0.3% in May.", -0.3),
    ],
)
def test_notation(only, text, value):
    assert only(text).value == pytest.approx(value)


def test_a_power_beyond_floats_is_no_claim():
    assert all(c.value is None or abs(c.value) < 1e300 for c in extract("It was 9^99 and 10^99^99."))


# ---------------------------------------------------------------- not claims


@pytest.mark.parametrize(
    "text",
    [
        "The attack came at 1230 hours.",
        "It happened at 2248 GMT.",
        "They met at 10:30 a.m. on Monday.",
        "He lives at 9 E 71st St in town.",
        "The zip code is 90049.",
        "Mail it to Springfield, IL 62704 today.",
        "A neighbour called 911 at once.",
        "Updated 4 / 9 / 2007 in the evening.",
        "PUBLISHED: MARCH 13, 2013",
        "Call 745-4811 for tickets.",
        "Police found a 12-gauge shotgun.",
        "Lawyers revisited the 1984 riots in court.",  # a year naming its event after "the"
        "Its 2021 accounts were late.",
        "The festival runs from 7-9 August.",  # a span of days before a month
        "The summit was moved to 14 and 15 October.",
    ],
)
def test_not_claims(text):
    assert extract(text) == []


# ---------------------------------------------------------------- ages and magnitudes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reid, 33, was arrested on Sunday.", 33.0),
        ("A man aged 22 died.", 22.0),
        ("A 22-year-old died.", 22.0),
        ("The boy is 12 years old.", 12.0),
        ("When she was 14, the family moved.", 14.0),
        ("The striker turns 29 in April.", 29.0),
        ("He picked up his daughter, 11, from school.", 11.0),
    ],
)
def test_ages_are_ages(only, text, value):
    claim = only(text)
    assert (claim.value, claim.unit, claim.measure) == (value, "year", "age")


def test_ages_in_a_pair_are_both_ages():
    claims = extract("It involved two girls, aged 12 and 15, last year.")
    assert [(c.value, c.unit, c.measure) for c in claims if c.value in (12.0, 15.0)] == [
        (12.0, "year", "age"),
        (15.0, "year", "age"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude-5.9 earthquake struck.",
        "A 6.1-magnitude quake struck.",
        "It measured 7.6 on the Richter scale.",
        "The magnitude 6.4 tremor was felt.",
    ],
)
def test_magnitudes(only, text):
    claim = only(text)
    assert (claim.unit, claim.measure) == ("", "magnitude")


def test_a_number_glued_to_a_word_needs_a_rule():
    assert extract("They made the top-10 list.") == []


def test_a_unit_that_cannot_be_composed_is_left_out_and_raises_nothing():
    claims = extract("Seas warmed 0.2°C per decade, or 2E1/decades.")
    assert [(c.text, c.value) for c in claims] == [("0.2°C", 0.2), ("2E1", 20.0)]


# ---------------------------------------------------------------- a count per unit of time


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        ("The mill turns out 250 bikes a week.", "1/week", "bikes"),
        ("Pupils get two hot meals a day.", "1/day", "hot meals"),
        ("She makes 75K a year.", "1/year", None),
        ("The ward admits 30 patients per month.", "1/month", "patients"),
    ],
)
def test_a_count_per_unit_of_time_keeps_its_per(only, text, unit, subject):
    claim = only(text)
    assert (claim.unit, claim.subject, claim.kind) == (unit, subject, "amount")


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people a year ago stood here.",
        "It sold 50 a day after the storm.",
        "It gets 9 W/m^2 per year.",
    ],
)
def test_a_time_after_a_count_is_no_rate(text):
    assert all(c.unit == "" for c in extract(text) if c.text[:1].isdigit() or c.text[:1].isupper())


# ---------------------------------------------------------------- counts a word gives


@pytest.mark.parametrize(
    "text",
    [
        "One cousin, who declined to be named, said the family was angry.",
        "One neighbour told us he ran.",
        '"The hall was full," said one steward at the door.',  # the teller after a quote
        "The repair is too dear, according to one mechanic.",
        "Of the plans, this one involving tolls won.",  # a pronoun after a determiner
        "The new model is faster than the one standing in the shop.",
    ],
)
def test_one_before_a_teller_is_a_source_not_a_count(text):
    assert extract(text) == []


def test_one_before_a_casualty_still_counts(only):
    assert only("One guard was wounded.").value == 1.0
    assert only("Officials said one porter was injured.").value == 1.0  # a teller before a clause


@pytest.mark.parametrize(
    ("text", "value"), [("Day four of the siege passed.", 4.0), ("By day nine, food ran out.", 9.0)]
)
def test_day_and_a_number_word_counts_days(only, text, value):
    claim = only(text)
    assert (claim.value, claim.unit) == (value, "day")


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Both nurses were hurt.", [("Both", 2.0)]),
        ("Troops freed both hostages.", [("both", 2.0)]),
        ("A pair of thieves ran.", [("A pair of", 2.0)]),
        ("Both the mayor and the governor spoke.", []),
        ("The mayor and the governor both resigned.", []),
        ("It cuts both ways, as both sides agree.", []),
        ("The law allows a fine, a ban or both.", []),  # the two things named
        ("Two clerks, both of whom resigned, spoke.", [("Two", 2.0)]),
    ],
)
def test_both_and_a_pair_count_two_unless_they_coordinate(text, claims):
    assert [(c.text, c.value) for c in extract(text)] == claims


@pytest.mark.parametrize(
    ("text", "value"),
    [("A second diver drowned.", 2.0), ("A third co-worker was hurt.", 3.0), ("A fifth soldier died.", 5.0)],
)
def test_an_ordinal_before_people_adds_to_their_count(only, text, value):
    claim = only(text)
    assert (claim.value, claim.unit) == (value, "")


@pytest.mark.parametrize(
    "text",
    ["She won a third term.", "The third worker fled.", "Wait a second.", "In a second video, he ran."],
)
def test_an_ordinal_that_adds_to_no_count_of_people_is_no_claim(text):
    assert extract(text) == []


def test_an_ordinal_after_the_count_of_the_others_is_one_more():
    claims = extract("Fire killed three guards and hurt a fourth guard.")
    assert [(c.text, c.value) for c in claims] == [("three", 3.0), ("a fourth", 1.0)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Nights fell to minus-40 degrees.", -40.0, ""),  # Celsius, Fahrenheit or an angle: unsaid
        ("It was minus-40 degrees Celsius.", -40.0, "degree_Celsius"),
        ("A vial held 3.1e5 g of it.", 310_000.0, "gram"),  # a lone lower-case "g" is grams
    ],
)
def test_a_temperature_keeps_only_the_scale_it_writes(only, text, value, unit):
    claim = only(text)
    assert (claim.value, claim.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        ("The mother-of-two was freed on bail.", "two"),
        ("They won a best-of-five series.", "five"),
    ],
)
def test_a_number_word_joined_after_of_still_counts(only, text, claim_text):
    assert only(text).text == claim_text


def test_quarters_after_a_word_of_time_count_periods(only):
    claim = only("Output shrank in the past three quarters.")  # no share of three quarters
    assert (claim.value, claim.unit) == (3.0, "quarter")


def test_few_after_a_word_of_time_is_a_few(only):
    claim = only("Prices swung wildly over the last few days.")
    assert (claim.sense, claim.unit) == ("few", "day")


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The ferry has sailed only once since May.", ["only once"]),  # a bound makes "once" a count
        ("It fails at least once a week.", ["at least once"]),
        ("Once the bridge opens, traffic will ease.", []),
    ],
)
def test_once_counts_after_a_bound(text, claims):
    assert [c.text for c in extract(text)] == claims


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Her sister lives in 48201.", []),
        ("They moved to a farm near 73301; the rent was lower.", []),
        ("The clinic recorded flu in 14250 patients.", [14250.0]),
        ("The index closed at 21500.", [21500.0]),
    ],
)
def test_five_digits_ending_a_clause_after_in_name_a_place(text: str, kept: list[float]) -> None:
    """A postal code after "in"/"near" is no claim; a count going on to its noun, or a level, is."""
    assert [claim.value for claim in extract(text)] == kept
