"""extract(): numerals, qualifiers, ranges, vague words, changes, units, non-claims, robustness.

Every sentence here is our own wording.
"""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimnum
from claimnum import Claim, InvalidTypeError, extract


def one(text: str, claim_text: str) -> Claim:
    claims = extract(text)
    found = [c for c in claims if c.text == claim_text]
    assert found, f"{claim_text!r} not in {[c.text for c in claims]}"
    return found[0]


def texts(text: str) -> list[str]:
    return [c.text for c in extract(text)]


# ---------------------------------------------------------------- numerals

NUMERALS = [
    ("The fund holds 10,000 tonnes of wheat.", "10,000 tonnes", 10_000.0, "metric_ton"),
    ("The share price closed at 47.5 dollars.", "47.5 dollars", 47.5, "USD"),
    ("The ministry spent $1.23 billion on drones.", "$1.23 billion", 1.23e9, "USD"),
    ("Investors lost $3bn in a day.", "$3bn", 3e9, "USD"),
    ("The app reached 2.5m users.", "2.5m", 2.5e6, ""),
    ("Organisers expected 5k runners.", "5k", 5_000.0, ""),
    ("The museum got €250m from donors.", "€250m", 2.5e8, "EUR"),
    ("Its output is worth $2.174T a year.", "$2.174T a year", 2.174e12, "USD/year"),
    ("Global debt reached 1.2 trillion dollars.", "1.2 trillion dollars", 1.2e12, "USD"),
    ("Twelve thousand fans filled the stadium.", "Twelve thousand", 12_000.0, ""),
    ("Three hundred and forty ballots were lost.", "Three hundred and forty", 340.0, ""),
    ("The talks lasted three weeks.", "three weeks", 3.0, "week"),
    ("A dozen boats left the harbour.", "A dozen", 12.0, ""),
    ("A million viewers tuned in.", "A million", 1e6, ""),
    ("One in five voters stayed home.", "One in five", 0.2, ""),
    ("Two-thirds of the budget went on salaries.", "Two-thirds", 2 / 3, ""),
    ("A quarter of the staff quit.", "A quarter", 0.25, ""),
    ("Half of the flights were delayed.", "Half", 0.5, ""),
    ("Between two and three million people were affected.", "Between two and three million", None, ""),
]


@pytest.mark.parametrize(("text", "claim_text", "value", "unit"), NUMERALS)
def test_numerals(text, claim_text, value, unit):
    claim = one(text, claim_text)
    assert claim.unit == unit
    assert claim.value == (None if value is None else pytest.approx(value))


def test_granularity_shapes_the_reading():
    round_, sharp = one("Crews cleared 12,000 mines.", "12,000"), one("Crews cleared 12,345 mines.", "12,345")
    assert round_.interval.width > 0
    assert sharp.interval.lo == sharp.interval.hi == 12_345


# ---------------------------------------------------------------- qualifiers

QUALIFIED = [
    ("Officials counted over 10,000 ballots.", "over 10,000", "over"),
    ("Police said more than 300 people were detained.", "more than 300", "over"),
    ("An estimated 11,000 workers joined.", "An estimated 11,000", "estimated"),
    ("Around 12,000 troops remain.", "Around 12,000", "approximate"),
    ("The vote took about three weeks.", "about three weeks", "approximate"),
    ("The repairs took approximately two weeks.", "approximately two weeks", "approximate"),
    ("Roughly 400 homes were hit.", "Roughly 400", "approximate"),
    ("Some 600 volunteers came.", "Some 600", "approximate"),
    ("Nearly 900 flights were cancelled.", "Nearly 900", "nearly"),
    ("Almost 70% of members agreed.", "Almost 70%", "nearly"),
    ("Close to 5,000 people marched.", "Close to 5,000", "nearly"),
    ("Just over 61% voted.", "Just over 61%", "just_over"),
    ("Well over 50,000 fans came.", "Well over 50,000", "well_over"),
    ("At least 14 people died.", "At least 14", "at_least"),
    ("No fewer than 50 ships took part.", "No fewer than 50", "at_least"),
    ("The loan is in excess of $2 billion.", "in excess of $2 billion", "over"),
    ("Costs could exceed $10bn.", "exceed $10bn", "over"),
    ("Up to 700 km of coast is at risk.", "Up to 700 km", "up_to"),
    ("As many as 200 aircraft took part.", "As many as 200", "up_to"),
    ("At most 60 patients are seen daily.", "At most 60", "at_most"),
    ("No more than 20 guests may attend.", "No more than 20", "at_most"),
    ("Fewer than 40 seats remain.", "Fewer than 40", "under"),
    ("Less than 5% of the land is farmed.", "Less than 5%", "under"),
    ("Under 300 tickets were sold.", "Under 300", "under"),
    ("The area is below 2 degrees Celsius.", "below 2 degrees Celsius", "under"),
    ("Barely 100 people turned up.", "Barely 100", "at_most"),
    ("Prices doubled within six months.", "within six months", "within"),
    ("Losses were on the order of 10,000 tonnes.", "on the order of 10,000 tonnes", "order_of"),
    ("Exactly 250 delegates signed.", "Exactly 250", "exact"),
    ("Crowds of 20,000 or more are expected.", "20,000 or more", "at_least"),
    ("A dozen or so boats were seen.", "A dozen or so", "approximate"),
    ("The firm has 500-plus stores.", "500-plus", "at_least"),
]


@pytest.mark.parametrize(("text", "claim_text", "sense"), QUALIFIED)
def test_qualifiers(text, claim_text, sense):
    claim = one(text, claim_text)
    assert claim.sense == sense
    assert claim.qualifier is not None
    assert claim.qualifier.lower() in claim_text.lower()


def test_bounds_respect_their_number():
    over = one("Officials counted over 10,000 ballots.", "over 10,000")
    assert over.literal.lo == 10_000
    assert not over.literal.left_closed
    assert math.isinf(over.literal.hi)
    assert not over.interval.contains(10_000)
    up_to = one("The ferry carries up to 600 passengers.", "up to 600")
    assert up_to.literal.hi == 600
    assert up_to.interval.hi <= 600
    nearly = one("Nearly 900 flights were cancelled.", "Nearly 900")
    assert nearly.interval.hi <= 900
    about = one("Roughly 400 homes were hit.", "Roughly 400")
    assert about.interval.contains(400)


def test_temporal_over_is_not_a_bound():
    claim = one("Over the past three weeks, no shots were fired.", "three weeks")
    assert claim.sense == "bare"
    assert claim.qualifier is None
    assert claim.unit == "week"
    assert one("In the last two days, rain fell.", "two days").sense == "bare"


# ---------------------------------------------------------------- ranges

RANGES = [
    (
        "Between 8,000 and 12,000 people marched.",
        "Between 8,000 and 12,000",
        (8_000, 12_000),
        "",
        "between ... and",
    ),
    ("The storm brought 30-40 mm of rain.", "30-40 mm", (30, 40), "millimeter", None),
    ("Inflation could reach 10 to 15 percent.", "10 to 15 percent", (10, 15), "percent", None),
    ("The bill is $10-20 million.", "$10-20 million", (1e7, 2e7), "USD", None),
    ("Some 10-12 thousand troops massed.", "Some 10-12 thousand", (10_000, 12_000), "", "Some"),
    ("The crossing takes two or three weeks.", "two or three weeks", (2, 3), "week", None),
    (
        "Estimates run from 15 to 20 billion euros.",
        "from 15 to 20 billion euros",
        (1.5e10, 2e10),
        "EUR",
        "from ... to",
    ),
    ("Warming of 1.5–2 °C is likely.", "1.5–2 °C", (1.5, 2), "degree_Celsius", None),
    ("It is a 10- to 15-minute drive.", "10- to 15-minute", (10, 15), "minute", None),
    ("Expect a two- to three-week wait.", "two- to three-week", (2, 3), "week", None),
]


@pytest.mark.parametrize(("text", "claim_text", "ends", "unit", "qualifier"), RANGES)
def test_ranges(text, claim_text, ends, unit, qualifier):
    claim = one(text, claim_text)
    assert claim.sense == "range"
    assert claim.value is None
    assert claim.values == pytest.approx(ends)
    assert claim.unit == unit
    assert claim.qualifier == qualifier
    assert claim.interval.lo <= ends[0]
    assert claim.interval.hi >= ends[1]


def test_a_score_and_a_change_of_level_are_not_ranges():
    [score] = extract("The hosts won 3-1 on Sunday.")
    assert (score.text, score.values, score.sense, score.measure) == ("3-1", (3.0, 1.0), "bare", "score")
    claims = extract("Losses rose from 4,000 to 6,000 in a week.")
    assert [c.value for c in claims] == [4_000, 6_000]
    assert all(c.sense == "bare" for c in claims)
    assert texts("The law would lift the number of judges from 9 to 13.") == ["9", "13"]
    assert texts("Shifts last from 8 to 12 hours.") == ["from 8 to 12 hours"]
    assert texts("Margins improved from 5pc to 6pc.") == ["5pc", "6pc"]


# ---------------------------------------------------------------- vague quantities

VAGUE = [
    ("Police detained dozens of demonstrators.", "dozens", "dozens", 1, "demonstrators"),
    ("A few hundred fans waited.", "A few hundred", "few", 100, "fans"),
    ("Several thousand residents left.", "Several thousand", "several", 1_000, "residents"),
    ("Tens of thousands of people marched.", "Tens of thousands", "tens", 1_000, "people"),
    ("Hundreds of thousands of refugees fled.", "Hundreds of thousands", "plural", 100_000, "refugees"),
    ("Scores of boats were damaged.", "Scores", "scores", 1, "boats"),
    ("A couple of ministers resigned.", "A couple", "couple", 1, "ministers"),
    ("Thousands of households lost water.", "Thousands", "plural", 1_000, "households"),
    ("Millions of viewers tuned in.", "Millions", "plural", 1e6, "viewers"),
]


@pytest.mark.parametrize(("text", "claim_text", "sense", "scale", "subject"), VAGUE)
def test_vague_quantities(text, claim_text, sense, scale, subject):
    claim = one(text, claim_text)
    assert (claim.sense, claim.subject, claim.value, claim.values) == (sense, subject, None, ())
    assert claim.interval.lo >= scale
    assert claim.interval.lo > 0


def test_vague_money_takes_its_currency():
    claim = one("The scheme cost millions of dollars.", "millions of dollars")
    assert claim.unit == "USD"
    assert claim.interval.unit == "USD"


# ---------------------------------------------------------------- changes

CHANGES = [
    ("Rents have halved since May.", "halved", "ratio", None, "", 0.5),
    ("Sales doubled last year.", "doubled", "ratio", None, "", 2.0),
    ("Applications tripled after the reform.", "tripled", "ratio", None, "", 3.0),
    ("Output quadrupled in a decade.", "quadrupled", "ratio", None, "", 4.0),
    ("Costs more than doubled.", "more than doubled", "ratio", None, "", 2.2),
    ("Ridership saw a threefold increase.", "threefold increase", "ratio", None, "", 3.0),
    ("Cases showed a 2.5-fold rise.", "2.5-fold rise", "ratio", 2.5, "", 2.5),
    ("The new chip is 3x faster.", "3x", "ratio", 3.0, "", 3.0),
    ("Exports fell by 30% last year.", "fell by 30%", "ratio", 30.0, "percent", 0.7),
    ("Wages rose 12 percent.", "rose 12 percent", "ratio", 12.0, "percent", 1.12),
    ("Turnout dropped 8 per cent.", "dropped 8 per cent", "ratio", 8.0, "percent", 0.92),
    ("The budget was cut by half.", "cut by half", "ratio", 0.5, "", 0.5),
    ("A 5% increase followed.", "5% increase", "ratio", 5.0, "percent", 1.05),
    ("Shares were up 19 cents.", "up 19 cents", "difference", 0.19, "USD", 0.19),
    ("The index was down 2 points.", "down 2 points", "difference", 2.0, "", -2.0),  # index points count
    ("Support for the party was down 2 points.", "down 2 points", "difference", 2.0, "percent", -2.0),
    ("Dow sheds 500 points as banks slide", "sheds 500 points", "difference", 500.0, "", -500.0),
    ("The garrison grew by 3,000 troops.", "grew by 3,000", "difference", 3_000.0, "", 3_000.0),
    (
        "Temperatures dropped by 1 to 1.5 degrees Celsius.",
        "dropped by 1 to 1.5 degrees Celsius",
        "difference",
        None,
        "delta_degree_Celsius",
        -1.25,
    ),
    (
        "The party gained 4 percentage points.",
        "gained 4 percentage points",
        "difference",
        4.0,
        "percent",
        4.0,
    ),
]


@pytest.mark.parametrize(("text", "claim_text", "kind", "value", "unit", "inside"), CHANGES)
def test_changes(text, claim_text, kind, value, unit, inside):
    claim = one(text, claim_text)
    assert claim.kind == kind
    assert claim.value == (None if value is None else pytest.approx(value))
    assert claim.unit == unit
    assert claim.interval.contains(inside)


def test_a_fall_is_negative_and_a_ratio_has_no_unit():
    fall = one("The index was down 2 points.", "down 2 points")
    assert fall.interval.hi < 0
    ratio = one("Exports fell by 30% last year.", "fell by 30%")
    assert ratio.interval.unit is None
    assert ratio.subject == "Exports"
    assert ratio.predicate == "fell"


def test_halved_within_three_months_gives_two_claims():
    halved, months = extract("Their ranks were halved within three months.")
    assert (halved.text, halved.kind, halved.subject, halved.predicate) == (
        "halved",
        "ratio",
        "ranks",
        "halved",
    )
    assert halved.core.contains(0.5)
    assert halved.value is None
    assert (months.text, months.sense, months.unit) == ("within three months", "within", "month")
    assert months.literal.lo == 0
    assert months.literal.hi == 3


# ---------------------------------------------------------------- units and currencies

UNITS = [
    ("The line is 1,200 km long.", "1,200 km", "kilometer"),
    ("The wall is 12 metres high.", "12 metres", "meter"),
    ("He ran 100m in 10 seconds.", "100m", "meter"),
    ("Fires burned 2,500 square kilometres.", "2,500 square kilometres", "kilometer**2"),
    ("They cleared 400 hectares.", "400 hectares", "hectare"),
    ("Each got 20 litres of water.", "20 litres", "liter"),
    ("Customs seized 45 kg of heroin.", "45 kg", "kilogram"),
    ("Gusts hit 130 km/h.", "130 km/h", "kilometer/hour"),
    ("The car reached 90 mph.", "90 mph", "mile/hour"),
    ("It was 41°C in the shade.", "41°C", "degree_Celsius"),
    ("It felt like 95 degrees Fahrenheit.", "95 degrees Fahrenheit", "degree_Fahrenheit"),
    ("Turnout was 5.4 per cent.", "5.4 per cent", "percent"),
    ("Turnout was 5.4%.", "5.4%", "percent"),
    ("Output hit 1.2 million barrels a day.", "1.2 million barrels a day", "barrel/day"),
    ("The fine was £60 million.", "£60 million", "GBP"),
    ("The deal is worth US$2 billion.", "US$2 billion", "USD"),
    ("The grant totals 40 million kronor.", "40 million kronor", "SEK"),
    ("The robot costs 2 million yen.", "2 million yen", "JPY"),
    ("The fee is 6,000 rupees.", "6,000 rupees", "INR"),
    ("The state paid 300 million euros.", "300 million euros", "EUR"),
    ("The bank lent 13.5 billion SEK.", "13.5 billion SEK", "SEK"),
    ("The bank lent SEK 13.5 billion.", "SEK 13.5 billion", "SEK"),
    ("A stamp costs 85p.", "85p", "GBP"),
    ("The club owes 5 million pounds.", "5 million pounds", "GBP"),
    ("The parcel weighs 7 pounds.", "7 pounds", "pound"),
    ("The loan was CHF 2 billion.", "CHF 2 billion", "CHF"),
]


@pytest.mark.parametrize(("text", "claim_text", "unit"), UNITS)
def test_units(text, claim_text, unit):
    claim = one(text, claim_text)
    assert claim.unit == unit
    assert claim.interval.unit == unit


def test_two_currencies_side_by_side_share_their_subject():
    text = "The country received a new aid package worth $1.23 billion (13.5 billion SEK)."
    usd, sek = extract(text)
    assert (usd.unit, sek.unit) == ("USD", "SEK")
    assert usd.subject == sek.subject == "aid package"


def test_a_currency_code_needs_a_number_next_to_it():
    [claim] = extract("ALL 3 members agreed.")
    assert (claim.value, claim.unit) == (3.0, "")  # "ALL" is no lek here


# ---------------------------------------------------------------- subjects and predicates

SUBJECTS = [
    (
        "Over 10,000 North Korean soldiers were deployed to the front.",
        "Over 10,000",
        "North Korean soldiers",
        "deployed",
    ),
    ("Around 12,000 soldiers have been sent abroad.", "Around 12,000", "soldiers", "sent"),
    ("An estimated 4,000 were killed or injured.", "An estimated 4,000", None, "killed or injured"),
    ("Rebels captured dozens of villages.", "dozens", "villages", "captured"),
    ("At least 14 people died in the fire.", "At least 14", "people", "died"),
    ("Inflation stood at 5.4% in May.", "5.4%", "Inflation", "stood"),
]


@pytest.mark.parametrize(("text", "claim_text", "subject", "predicate"), SUBJECTS)
def test_subjects_and_predicates(text, claim_text, subject, predicate):
    claim = one(text, claim_text)
    assert (claim.subject, claim.predicate) == (subject, predicate)


def test_a_count_without_a_noun_takes_the_subject_before_it():
    claims = extract("Some 12,000 soldiers were sent, with about 4,000 killed or wounded.")
    assert [c.subject for c in claims] == ["soldiers", "soldiers"]
    assert claims[1].predicate == "killed or wounded"


# ---------------------------------------------------------------- not claims

NOT_CLAIMS = [
    "The offensive began in 2022 and resumed in August.",
    "The report is dated January 26.",
    "Troops arrived in November 2024.",
    "It was the largest raid since World War II.",
    "Pilots trained on the F-16 before the G7 summit.",
    "COVID-19 closed schools.",
    "The treaty's Article 5 was invoked.",
    "A Boeing 737 landed safely.",
    "The council passed Resolution 2334.",
    "Call 555-867-5309 or +44 20 7946 0958.",
    "The meeting starts at 10:30 and ends at 6 p.m.",
    "It was the 3rd attack of the 21st week.",
    "Prices last peaked in the 1970s.",
    "The budget for 2023-24 is late.",
    "The 2024 election was close.",
    "One of the ministers resigned.",
    "He served a third term.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims(text):
    assert texts(text) == []


# ---------------------------------------------------------------- claims as objects


def test_claim_fields_offsets_and_sentence():
    text = "Rain fell all week. Officials said more than 300 homes were flooded. Repairs began."
    [claim] = extract(text, source="wire")
    assert text[claim.start : claim.end] == claim.text == "more than 300"
    assert claim.sentence == "Officials said more than 300 homes were flooded."
    assert claim.source == "wire"
    assert (claim.kind, claim.qualifier, claim.subject, claim.predicate) == (
        "amount",
        "more than",
        "homes",
        "flooded",
    )
    assert claim.literal.lo <= claim.interval.lo <= claim.core.lo
    assert claim.core.hi <= claim.interval.hi <= claim.literal.hi


def test_claims_are_frozen_hashable_and_print_short():
    [claim] = extract("Officials said more than 300 homes were flooded.")
    with pytest.raises(AttributeError):
        claim.value = 1.0  # type: ignore[misc]
    assert hash(claim) == hash(extract("Officials said more than 300 homes were flooded.")[0])
    assert repr(claim).startswith("Claim('more than 300', over, ")
    row = claim.to_dict()
    assert row["text"] == "more than 300"
    assert row["values"] == [300.0]
    assert row["closed"] == claim.interval.closed


def test_html_escapes_the_sentence():
    [claim] = extract("<b>Over 300</b> & more came.")
    html = claim._repr_html_()
    assert "<b>" not in html
    assert "&lt;b&gt;" in html
    assert "<mark>" in html


def test_profiles_widen_or_narrow():
    text = "About 400 people came."
    strict, median, lenient = (extract(text, profile=p)[0].interval for p in ("strict", "median", "lenient"))
    assert strict.width <= median.width <= lenient.width
    assert extract(text, profile=claimnum.Profile.from_name("lenient"))[0].interval == lenient


def test_claims_are_in_text_order_and_do_not_overlap():
    text = "About 400 people came, 30 left, and between 8 and 12 stayed for two or three days."
    claims = extract(text)
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert all(a.end <= b.start for a, b in itertools.pairwise(claims))


# ---------------------------------------------------------------- robustness


@pytest.mark.parametrize("bad", [None, 3, b"10 km", ["10 km"], 3.5])
def test_non_str_is_a_type_error(bad):
    with pytest.raises(InvalidTypeError):
        extract(bad)
    with pytest.raises(TypeError):
        extract(bad)


def test_bad_source_or_profile():
    with pytest.raises(InvalidTypeError):
        extract("3 days", source=5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="reckless"):
        extract("3 days", profile="reckless")


def test_empty_and_blank():
    assert extract("") == []
    assert extract("   \n\n ") == []


NASTY = st.text(alphabet=st.sampled_from(list("0123456789,.$€£%-– ()kmbnKMB\n/+½¾")), max_size=300)
WORDS = st.lists(
    st.sampled_from(
        [
            "over",
            "about",
            "10,000",
            "1.5",
            "billion",
            "$",
            "€",
            "-",
            "to",
            "and",
            "between",
            "of",
            "dozens",
            "halved",
            "within",
            "three",
            "weeks",
            "%",
            "per",
            "cent",
            "SEK",
            "in",
            "2022",
            "January",
            "26",
            "a",
            "third",
            "half",
            "more",
            "than",
            "fell",
            "by",
            "(",
            ")",
            ".",
            ",",
            "one",
            "in",
            "five",
            "up",
            "F-16",
            "points",
            "or",
            "an",
            "hour",
            "century",
            "1/2",
            "½",
            "(+3.1)",
            "10 000",
            "Max",
            "lasted",
            "bringing",
            "the",
            "total",
        ]
    ),
    max_size=60,
).map(" ".join)


def _check(text: str) -> None:
    claims = extract(text)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(claims))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_fuzz_any_text(text):
    _check(text)


@settings(max_examples=150, deadline=None)
@given(NASTY)
def test_fuzz_digits_separators_and_symbols(text):
    _check(text)


@settings(max_examples=150, deadline=None)
@given(WORDS)
def test_fuzz_claim_words(text):
    _check(text)


@pytest.mark.parametrize(
    "text",
    [
        "9" * 5000,
        "1," * 3000,
        "1." * 3000,
        "$" * 3000 + "5",
        "€1" * 2000,
        "- " * 3000 + "3",
        "one " * 2000,
        "\u00a0".join(["100"] * 2000),
        "(" * 2000 + "3 km" + ")" * 2000,
        " ".join(["100"] * 2000),
        "½" * 3000,
        "1/2 " * 2000,
        "(+1) " * 2000,
        "over a week " * 1000,
        "rose 5%, or 3% and " * 500,
    ],
)
def test_long_runs_do_not_hang_or_raise(text):
    _check(text)


# ---------------------------------------------------------------- finer points

FINER = [
    ("One soldier was killed and 12 were hurt.", "One", "bare", "", "soldier"),
    ("Several dozen people remain missing.", "Several dozen", "dozens", "", "people"),
    ("The bill includes $1.2 trillion over 10 years.", "10 years", "bare", "year", None),
    ("The outage lasted over three hours.", "over three hours", "over", "hour", "outage"),
    ("Temperatures fell to -18 °C overnight.", "-18 °C", "bare", "degree_Celsius", "Temperatures"),
    ("Diesel costs 1.89 euros, down 12 cents on the month.", "down 12 cents", "bare", "EUR", None),
    ("The region recorded 12 deaths per 100,000 people.", "12", "bare", "", "deaths"),
    ("Nearly a third of its 300 tanks were lost.", "Nearly a third", "nearly", "", "tanks"),
    ("Waves as high as 12 metres hit the coast.", "as high as 12 metres", "up_to", "meter", "Waves"),
    ("Workers get half an hour for lunch.", "half an hour", "bare", "hour", None),
]


@pytest.mark.parametrize(("text", "claim_text", "sense", "unit", "subject"), FINER)
def test_finer_points(text, claim_text, sense, unit, subject):
    claim = one(text, claim_text)
    assert (claim.sense, claim.unit, claim.subject) == (sense, unit, subject)


def test_points_are_percentage_points_only_in_a_change():
    assert one("The index closed at 4,512 points.", "4,512").subject == "points"
    assert one("Labour's lead is down 4 points.", "down 4 points").unit == "percent"


def test_a_change_then_a_level_are_two_claims():
    claims = extract("Emergency calls rose 40 percent to 3,200 on Tuesday.")
    assert [(c.text, c.kind) for c in claims] == [("rose 40 percent", "ratio"), ("3,200", "amount")]


def test_no_claims_in_phone_numbers_links_and_rates():
    assert texts("Call 0800 123 4567 or see https://example.org/page/2024/12/report-30.") == []


def test_public_names_stay_functions_whatever_is_imported_first() -> None:
    # Submodules share their function's name; importing one must not shadow the function.
    code = (
        "import claimnum.extract, claimnum.check, claimnum.combine, claimnum.reconcile\n"
        "from claimnum.frame import extract_frame\n"
        "import claimnum\n"
        "names = ('extract', 'check', 'combine', 'derive', 'reconcile')\n"
        "print([callable(getattr(claimnum, n)) for n in names])\n"
        "print([c.text for c in claimnum.extract('It took 3 days.')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == ["[True, True, True, True, True]", "['3 days']"]


# ---------------------------------------------------------------- general rules found on a fresh check set

NUMBERS = [
    ("Debt stands at roughly 10 000 euros a head.", "roughly 10 000 euros", 10_000.0, "EUR"),
    ("The clinic treats 1 500 patients.", "1 500", 1_500.0, ""),
    ("The pill cut the risk by 1/2 in older patients.", "1/2", 0.5, ""),
    ("The mirror weighs ½ tonne less than planned.", "½ tonne less", 0.5, "metric_ton"),
    ("The flight took 2½ hours.", "2½ hours", 2.5, "hour"),
    ("It was the highest turnout in more than a century.", "more than a century", 100.0, "year"),
    ("The talks broke down within a week.", "within a week", 1.0, "week"),
    ("Half a million people marched.", "Half a million", 500_000.0, ""),
    ("About a quarter of a billion dollars was spent.", "About a quarter of a billion dollars", 2.5e8, "USD"),
    ("The Premier League's 20 clubs earned more.", "20", 20.0, ""),
    ("The appeal took two and a half years.", "two and a half years", 2.5, "year"),
    ("Some one and a half million pilgrims came.", "Some one and a half million", 1.5e6, ""),
    ("A quarter million homes lost power.", "A quarter million", 2.5e5, ""),
    ("The state will spend Rs 2.4 lakh crore on rail.", "Rs 2.4 lakh crore", 2.4e12, "INR"),
    ("The 6ft 2in lock forward starts.", "6ft 2in", 74.0, "inch"),
    ("The clip was viewed 40m times.", "40m times", 4e7, ""),
    ("Police made a half-dozen arrests.", "a half-dozen", 6.0, ""),
    ("Half a dozen boats sank.", "Half a dozen", 6.0, ""),
    ("She ran the 10K race in 41 minutes.", "10K", 10.0, "kilometer"),
    ("Some 5k runners took part.", "Some 5k", 5_000.0, ""),
    ("She is 5 feet 4 inches tall.", "5 feet 4 inches", 64.0, "inch"),
]


@pytest.mark.parametrize(("text", "claim_text", "value", "unit"), NUMBERS)
def test_numbers_written_in_less_common_ways(text, claim_text, value, unit):
    claim = one(text, claim_text)
    assert (claim.value, claim.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "Airlines grounded the 737 Max fleet.",
        "Windows 11 and iOS 18 got updates.",
        "The crash happened near junction 4.",
        "He rests in a decade of calm.",
        "The order of 1/2/2024 stands.",
        "The road was closed between junctions 3 and 5.",
        "Fans queued for the PlayStation 5 launch.",
    ],
)
def test_names_scores_and_unqualified_periods_are_no_claims(text):
    assert texts(text) == []


RESTATED = [
    ("Gold rose $31, or 1.3%, to $2,412 an ounce.", "1.3%", 1.013),
    ("Sales grew 0.4% month on month and 2.9% year on year.", "2.9%", 1.029),
    ("Wages fell 2 percent in cash terms but 4 percent after inflation.", "4 percent", 0.96),
]


@pytest.mark.parametrize(("text", "claim_text", "inside"), RESTATED)
def test_a_percentage_restating_a_change_is_the_same_change(text, claim_text, inside):
    claim = one(text, claim_text)
    assert claim.kind == "ratio"
    assert claim.interval.contains(inside)


def test_a_level_after_a_change_stays_a_level():
    assert one("Inflation fell by 0.5% to 2.1% and unemployment was 5%.", "5%").kind == "amount"
    assert one("Prices rose 3% in May and 40% of shoppers cut back.", "40%").kind == "amount"


def test_index_points_are_counted_percentage_points_are_not():
    assert one("The FTSE 100 closed 87 points lower.", "87 points lower").unit == ""
    assert one("The party gained 40 points in the poll.", "gained 40 points").unit == ""
    assert one("Support for the party was up 3 points.", "up 3 points").unit == "percent"


def test_signed_numbers_in_brackets_change_the_claim_before():
    claims = extract("Alliance 41.2% (+3.1), Labour 33.8% (-5.4).")
    changes = [(c.text, c.unit, c.kind) for c in claims if c.kind != "amount"]
    assert changes == [("+3.1", "percent", "difference"), ("-5.4", "percent", "difference")]
    assert one("Alliance 41.2% (+3.1), Labour 33.8% (-5.4).", "-5.4").interval.hi < 0


SPANS = [
    ("Unemployment edged up to 4.1 per cent in June.", "4.1 per cent", "bare"),
    ("Ambulances took up to 90 minutes to arrive.", "up to 90 minutes", "up_to"),
    ("The club paid a reported £85m for him.", "a reported £85m", "estimated"),
    ("Fares will be capped at £2 next year.", "capped at £2", "at_most"),
    ("Rainfall was 38% below the average.", "38% below", "bare"),
    ("They spent twice as much as their rivals.", "twice as much", "bare"),
    ("The town has grown by about 3,000 to 27,500.", "grown by about 3,000", "approximate"),
    ("A loss of SEK 312m, after a profit of SEK 95m a year earlier.", "SEK 95m", "bare"),
]


@pytest.mark.parametrize(("text", "claim_text", "sense"), SPANS)
def test_spans_and_senses_of_less_common_phrasings(text, claim_text, sense):
    assert one(text, claim_text).sense == sense


SUBJECT_HEADS = [
    ("The satellite orbits at an altitude of 550 km.", "550 km", "altitude"),
    ("The exoplanet lies about 120 light-years from Earth.", "about 120 light-years", "exoplanet"),
    ("Bitcoin briefly topped $100,000 on Monday.", "topped $100,000", "Bitcoin"),
    ("A crowd of 74,310 watched the match.", "74,310", "crowd"),
    ("Storm losses are expected to reach between $8bn and $12bn.", "between $8bn and $12bn", "Storm losses"),
    ("Parking charges will go up from £3.50 to £4.20.", "£3.50", "Parking charges"),
    ("Aid is needed by 1.2 million people, a figure that has doubled.", "doubled", "figure"),
    ("Sea level along the coast has risen 21 cm.", "risen 21 cm", "Sea level"),
    ("The cyclist rode the 180 km stage alone.", "180 km", "stage"),
    ("The battery lasts up to 30 hours.", "up to 30 hours", "battery"),
    ("Waiting lists grew to a record 7.6 million.", "7.6 million", "Waiting lists"),
    ("Rainfall this winter was 38% below the average.", "38% below", "Rainfall"),
    ("UK economy shrinks 0.3% in October", "shrinks 0.3%", "UK economy"),
    ("Ticket prices start at $49 for adults.", "$49", "Ticket prices"),
    ("The IMF now sees growth of 2.9% next year.", "growth of 2.9%", "IMF"),
    ("The team finished on 89 points, two ahead of their rivals.", "two", "points"),
    ("Shares closed down 3.4 per cent at 512p.", "512p", None),
    (
        "Researchers found tens of thousands of hectares of peatland dried out.",
        "tens of thousands of hectares",
        "peatland",
    ),
]


@pytest.mark.parametrize(("text", "claim_text", "subject"), SUBJECT_HEADS)
def test_subjects_past_verbs_adverbs_and_prepositions(text, claim_text, subject):
    assert one(text, claim_text).subject == subject


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Temperatures rose by 2C last year.", "delta_degree_Celsius"),
        ("It must stay within 2 °C of the target.", "delta_degree_Celsius"),
        ("It was 41°C in Delhi.", "degree_Celsius"),
        ("Exports fell by 30% in May.", "percent"),
    ],
)
def test_claim_unit_is_that_of_its_reading_except_for_ratios(sentence: str, unit: str) -> None:
    (claim,) = extract(sentence)
    assert claim.unit == unit
    if claim.kind != "ratio":
        assert claim.interval.unit == unit


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The rate was .23456000 in May.", ".23456000", 0.23456),
        ("Growth hit .5% in the quarter.", ".5%", 0.5),
        ("It cost $.5 million.", "$.5 million", 500_000.0),
    ],
)
def test_a_decimal_without_its_leading_zero_keeps_its_point(sentence: str, text: str, value: float) -> None:
    (claim,) = extract(sentence)
    assert (claim.text, claim.value) == (text, pytest.approx(value))


# ---------------------------------------------------------------- arguments (issue 13)

_FRAGMENTS = [
    "magnitude-", "minus-", "aged ", "Reid, ", "between ", " and ", "USD", "RM", "$US", "NT $", "bn ",
    "m tons", "x10-", "e", "^", "1/", " hours", " GMT", "four-by-", "a thousand million", "two-",
    "-year-old", "Up to ", "not ", "Über ", "Jan.ca. ", "\n", "10^99", "0^-99", "0.001^-200",
    "°C per ", " per ", "degF", "km/hr", "decades", "half hour", "a quarter-",
]  # fmt: skip
_NEWSY = st.lists(
    st.sampled_from(_FRAGMENTS)
    | st.text(alphabet=st.sampled_from(list("0123456789 .,-–%$€£/:()½^x°abcdemnkABCDEFGHMRSTU")), max_size=8),
    max_size=12,
).map("".join) | st.sampled_from(["Over 300 homes flooded.", "Sales fell 12% to $4bn.", "between 5 and 6 km"])


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=120), _NEWSY))
def test_extraction_never_raises_on_any_text(text):
    for claim in extract(text):
        assert text[claim.start : claim.end] == claim.text
        assert claim.literal.lo <= claim.interval.lo <= claim.core.lo or claim.core.is_empty


_BAD_PROFILES = st.one_of(
    st.none(), st.integers(), st.floats(allow_nan=True), st.lists(st.text(max_size=3)), st.binary(max_size=4)
)


@settings(max_examples=100, deadline=None)
@given(profile=_BAD_PROFILES, text=_NEWSY)
def test_a_bad_profile_is_an_error_up_front(profile, text):
    with pytest.raises(InvalidTypeError, match="profile"):
        extract(text, profile=profile)


@settings(max_examples=100, deadline=None)
@given(
    source=st.one_of(st.integers(), st.floats(), st.lists(st.text(max_size=3)), st.binary(max_size=4)),
    text=_NEWSY,
)
def test_a_bad_source_is_an_error_up_front(source, text):
    with pytest.raises(InvalidTypeError, match="source"):
        extract(text, source=source)


@pytest.mark.parametrize("profile", ["", "Median", "loose"])
def test_an_unknown_profile_name_is_an_error(profile):
    with pytest.raises(claimnum.InvalidArgumentError, match="unknown profile"):
        extract("Over 300 homes flooded.", profile=profile)


# ---------------------------------------------------------------- signs of changes (issue 10)


@pytest.mark.parametrize(
    ("text", "claim_text", "value", "kind", "inside"),
    [
        ("Core prices slipped -0.3% in May.", "slipped -0.3%", -0.3, "ratio", 0.997),
        ("Dow +0.4%, Nasdaq -1.2%", "-1.2%", -1.2, "ratio", 0.988),
        ("Greens 12.1% (-2.5), Liberals 30.4% (+1.2).", "-2.5", -2.5, "difference", -2.5),
        ("Deflation set in: prices were -0.4% on the year.", "-0.4%", -0.4, "amount", -0.4),
    ],
)
def test_a_signed_number_keeps_its_sign_and_its_change_reads_the_fall(text, claim_text, value, kind, inside):
    claim = one(text, claim_text)
    assert (claim.value, claim.kind) == (pytest.approx(value), kind)
    assert claim.interval.contains(inside)


@pytest.mark.parametrize(
    ("text", "claim_text", "negated"),
    [
        ("Rescuers did not find 30 survivors.", "30", True),
        ("There was never a $5 billion shortfall.", "$5 billion", True),
        ("Not only 4 but 9 bridges collapsed.", "only 4", False),
        ("The flood hit not just 200 but 2,000 farms.", "200", False),
        ("No fewer than 15 lorries were stopped.", "No fewer than 15", False),
        ("Officials said that 60 people were rescued, not 600.", "60", False),
        ("The blackout left towns without water across four counties.", "four", False),
        ("There is no $3 billion surplus.", "$3 billion", True),
    ],
)
def test_negation_holds_in_its_clause_only(text, claim_text, negated):
    assert one(text, claim_text).negated is negated


# ---------------------------------------------------------------- wire copy and headlines (issue 10)


def test_wire_copy_and_headlines_set_keeps_its_score():
    """``benchmarks/data/news_sentences_3.toml``: a sentence or more for each row of issue 10.

    Before the session-3 rules: strict span F1 0.80, value accuracy 0.92; after them 1.0.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import bench_annotated

    result = bench_annotated.score(bench_annotated.load_cases(bench_annotated.DATA_FILES[2]))
    assert result.strict.f1 >= 0.97
    assert result.attributes["value"].accuracy >= 0.97
    assert result.attributes["unit"].accuracy >= 0.97


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        ("The senator, 71, is seeking re-election.", "71"),
        ("Police said the driver, 34, was charged.", "34"),
        ("Her grandmother, 92, watched from home.", "92"),
    ],
)
def test_an_age_between_commas_after_a_person(text, claim_text):
    claim = one(text, claim_text)
    assert (claim.unit, claim.measure) == ("year", "age")


# ---------------------------------------------------------------- real news, second pass (issue 10)


@pytest.mark.parametrize(
    ("text", "claim_text", "value", "unit"),
    [
        ("The cabin stood half a mile from the road.", "half a mile", 0.5, "mile"),
        ("They walked a quarter of a mile uphill.", "a quarter of a mile", 0.25, "mile"),
        ("The ball missed the post by less than an inch.", "less than an inch", 1.0, "inch"),
        ("The water rose to within a foot of the doors.", "within a foot", 1.0, "foot"),
        ("The fire spread more than a mile inland.", "more than a mile", 1.0, "mile"),
        ("She bought a half-gallon of milk.", "a half-gallon", 0.5, "gallon"),
        ("They ran a half-mile loop.", "a half-mile", 0.5, "mile"),
        ("Add 1/2 liter of milk.", "1/2 liter", 0.5, "liter"),
    ],
)
def test_an_article_counts_one_unit_of_length_after_a_qualifier_or_fraction(text, claim_text, value, unit):
    claim = one(text, claim_text)
    assert (claim.value, claim.unit) == (value, unit)


def test_an_article_before_a_unit_of_length_alone_is_no_claim():
    assert texts("A mile of road was closed and a foot patrol went out.") == []


@pytest.mark.parametrize(
    ("text", "claim_text", "values", "sense"),
    [
        ("Repairs will take a day or two.", "a day or two", (1.0, 2.0), "range"),
        ("The queue moved in an hour or three.", "an hour or three", (1.0, 3.0), "range"),
        ("Talks stalled for a week or so.", "a week or so", (1.0,), "approximate"),
        ("The shelter is a mile or so away.", "a mile or so", (1.0,), "approximate"),
    ],
)
def test_a_unit_or_two_is_a_range_and_a_unit_or_so_is_approximate(text, claim_text, values, sense):
    claim = one(text, claim_text)
    assert (claim.values, claim.sense) == (values, sense)


@pytest.mark.parametrize(
    ("text", "claim_text", "value", "unit"),
    [
        ("The documentary runs 1hr 4 mins in all.", "1hr 4 mins", 64, "minute"),
        ("The climb took 2 hours 15 minutes.", "2 hours 15 minutes", 135, "minute"),
        ("Her winning time was 3h 20m.", "3h 20m", 200, "minute"),
        ("The ad lasts 1 min 30 sec.", "1 min 30 sec", 90, "second"),
        ("The centre is 6ft 11in tall.", "6ft 11in", 83, "inch"),
        (
            "He held his breath for 4 minutes and 10 seconds.",
            "4 minutes and 10 seconds",
            250,
            "second",
        ),
    ],
)
def test_a_quantity_in_two_units_is_one_in_the_smaller(text, claim_text, value, unit):
    """Read exactly in the smaller unit: 64 minutes, not 1.0666... hours."""
    claim = one(text, claim_text)
    assert claim.value == pytest.approx(value)
    assert claim.unit == unit


@pytest.mark.parametrize("dash", ["--", "–", "—"])
def test_a_number_word_glued_to_dashes_is_read(dash):
    text = f"The gunman wounded five clerks{dash}killing two{dash}before fleeing."
    assert texts(text) == ["five", "two"]


@pytest.mark.parametrize(
    ("text", "claim_text", "value"),
    [
        ("The fault affects one in every 500 laptops.", "one in every 500", 1 / 500),
        ("One in five adults smokes.", "One in five", 0.2),
        ("The disorder strikes 1 in 10,000 newborns.", "1 in 10,000", 1 / 10_000),
    ],
)
def test_one_in_n_is_a_ratio(text, claim_text, value):
    assert one(text, claim_text).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        ("Critics counted more than half-a-dozen drafts.", "more than half-a-dozen"),
        ("The firm sold half-a-dozen plants.", "half-a-dozen"),
    ],
)
def test_half_a_dozen_hyphenated_is_six(text, claim_text):
    assert one(text, claim_text).value == 6.0


@pytest.mark.parametrize(
    ("text", "claim_text", "sense"),
    [
        ("The damage is estimated at $2 million.", "estimated at $2 million", "estimated"),
        ("The painting was valued at $30,000.", "$30,000", "bare"),
        ("The death toll was put at 40.", "put at 40", "estimated"),
        ("Analysts pegged at 3% the growth rate.", "pegged at 3%", "estimated"),
    ],
)
def test_a_figure_estimated_or_put_at_is_an_estimate_and_a_valuation_is_bare(text, claim_text, sense):
    assert one(text, claim_text).sense == sense


@pytest.mark.parametrize(
    "text",
    [
        "Windows 2000 machines crashed and Firefox 3.5 users upgraded.",
        "IE 7 users, Office 2007 files and iOS 6 phones were hit.",
        "Web 2.0 firms raised money; a GeForce 9400M chip and a Core i7 920 processor shipped.",
    ],
)
def test_products_named_by_a_number_or_version_are_no_claims(text):
    assert texts(text) == []


def test_a_million_glued_to_digits_stays_a_million():
    assert [(c.text, c.value) for c in extract("The start-up raised $5M from 5M users.")] == [
        ("$5M", 5_000_000.0),
        ("5M", 5_000_000.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He bought a .357 Magnum and a .22-caliber rifle.",
        "Officers sealed off the 800 block of Pine Street.",
        "Hackers used a zero-day flaw; a zero day exploit followed.",
    ],
)
def test_calibres_blocks_and_zero_day_are_no_claims(text):
    assert texts(text) == []


def test_session_six_wire_set_keeps_its_score():
    """``benchmarks/data/news_sentences_5.toml``: wire copy and title-case headlines written in
    session 6 before extract ran on them.  On its first 109 sentences, before the rules of that
    session: strict span F1 0.947, unit accuracy 0.979; after them 0.993 and 1.0; with the second
    pass of 20: 0.971 and 1.0."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import bench_annotated

    result = bench_annotated.score(bench_annotated.load_cases(bench_annotated.DATA_FILES[4]))
    assert result.strict.f1 >= 0.95
    assert result.attributes["value"].accuracy >= 0.97
    assert result.attributes["unit"].accuracy >= 0.97


def test_real_news_second_pass_set_keeps_its_score():
    """``benchmarks/data/news_sentences_4.toml``: the kinds of error a second look at unseen real
    news found.  Before the rules of this pass: strict span F1 0.23, value accuracy 0.67; after them 1.0."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import bench_annotated

    result = bench_annotated.score(bench_annotated.load_cases(bench_annotated.DATA_FILES[3]))
    assert result.strict.f1 >= 0.97
    assert result.attributes["value"].accuracy >= 0.97
    assert result.attributes["unit"].accuracy >= 0.97


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        ("The blast killed one and injured two.", "one"),
        ("A gunman opened fire, killing one and wounding four.", "one"),
        ("Police arrested one on Friday.", "one"),
        ("One was killed in the crash.", "One"),
        ("One has been arrested.", "One"),
    ],
)
def test_one_next_to_a_casualty_verb_is_a_count(text, claim_text):
    assert one(text, claim_text).value == 1.0


@pytest.mark.parametrize("text", ["Rivals kept killing one another.", "One of them was arrested later."])
def test_one_as_a_pronoun_near_a_casualty_verb_is_no_count(text):
    assert "one" not in [t.lower() for t in texts(text)]


@pytest.mark.parametrize(
    ("text", "claim_text", "unit"),
    [
        ("The board takes 2GB of 1333 MHz memory.", "1333 MHz", "megahertz"),
        ("It is built around a 1600MHz bus.", "1600MHz", "megahertz"),
        ("The kit has 16GB of 1866 MHz memory.", "1866 MHz", "megahertz"),
        ("The pass sits at a height of 2100 metres.", "2100 metres", "meter"),
        ("Each node has a 1920 GB drive.", "1920 GB", "gigabyte"),
        ("The older disk spins at 4200 rpm.", "4200 rpm", "turn/minute"),
    ],
)
def test_a_unit_after_a_year_like_number_wins_over_the_year(text, claim_text, unit):
    assert one(text, claim_text).unit == unit


@pytest.mark.parametrize(
    ("text", "claim_text", "sense"),
    [
        ("Models ship with up to a 3.4 GHz chip.", "up to a 3.4 GHz", "up_to"),
        ("The deal offers as much as a 15% saving.", "as much as a 15%", "up_to"),
        ("The bulbs promise up to a ten-year life.", "up to a ten-year", "up_to"),
        ("Analysts expect at least a 5% fall.", "at least a 5%", "at_least"),
        ("There is more than a 60% chance of rain.", "more than a 60%", "over"),
        ("The memory is upgradable to 32GB.", "upgradable to 32GB", "up_to"),
        ("The cluster is scalable to 512 nodes.", "scalable to 512", "up_to"),
    ],
)
def test_a_bound_reaches_through_an_article_and_capacities_are_ceilings(text, claim_text, sense):
    assert one(text, claim_text).sense == sense


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        ("He signed under a 10-year deal.", "10-year"),
        ("The cost is spread over a five-year period.", "five-year"),
        ("Investors worried about a 20% fall.", "20% fall"),
    ],
)
def test_a_preposition_before_an_article_is_no_bound(text, claim_text):
    assert one(text, claim_text).sense == "bare"


@pytest.mark.parametrize(
    ("text", "claim_text", "unit"),
    [
        ("Rain should ease over the next day or two.", "day or two", "day"),
        ("Results are due in the next hour or two.", "hour or two", "hour"),
        ("Shops reopened over the past week or two.", "week or two", "week"),
    ],
)
def test_a_unit_or_two_is_a_range_without_its_article(text, claim_text, unit):
    claim = one(text, claim_text)
    assert (claim.values, claim.unit, claim.sense) == ((1.0, 2.0), unit, "range")


def test_a_number_before_a_unit_or_two_keeps_the_range_of_numbers():
    assert texts("Within one minute or two the roof fell.") == ["Within one minute or two"]


@pytest.mark.parametrize(
    ("text", "claim_text", "unit"),
    [
        ('The firm dropped its 17" notebook.', '17"', "inch"),
        ('Buyers prefer a 24" monitor.', '24"', "inch"),
        ('She quoted him: "we sold 40" and smiled.', "40", ""),
        ('He said: "It was grim. We sold 40" and left.', "40", ""),
    ],
)
def test_an_inch_mark_after_digits_outside_a_quotation(text, claim_text, unit):
    assert one(text, claim_text).unit == unit


@pytest.mark.parametrize(
    ("text", "claim_text", "measure"),
    [
        ("No one was hurt in the blaze.", "No one", "injuries"),
        ("Nobody was killed, police said.", "Nobody", "deaths"),
        ("Luckily no-one has been injured.", "no-one", "injuries"),
        ("No one else was hurt.", "No one", "injuries"),  # none beyond those told of
    ],
)
def test_no_one_before_a_casualty_verb_is_a_count_of_none(text, claim_text, measure):
    claim = one(text, claim_text)
    assert (claim.values, claim.sense, claim.measure) == ((0.0,), "exact", measure)


@pytest.mark.parametrize("text", ["No one knew what happened.", "Nobody expected this.", "No one else knew."])
def test_no_one_without_a_casualty_verb_counts_nothing(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "claim_text", "unit"),
    [
        ("It happened a month ago.", "a month", "month"),
        ("He worked there for a year.", "a year", "year"),
        ("An hour after the blast, police arrived.", "An hour", "hour"),
    ],
)
def test_a_unit_of_time_that_lasts_or_dates_is_one(text, claim_text, unit):
    claim = one(text, claim_text)
    assert (claim.values, claim.unit) == ((1.0,), unit)


@pytest.mark.parametrize(
    "text", ["She visits once a year.", "They met for a while.", "He swims twice a week."]
)
def test_a_unit_of_time_in_an_idiom_is_no_claim(text):
    assert not any(c.unit in ("year", "week") and c.values == (1.0,) for c in extract(text))


def test_a_model_number_written_after_a_name_and_alone_is_no_claim():
    text = (
        "Reviewers tried the Acme Zeta 8900 this week. The 8900's screen is brighter than that of "
        "its predecessor, the 8320. It costs $499."
    )
    assert texts(text) == ["$499"]


@pytest.mark.parametrize(
    "text",
    [
        "Police Arrest 120 Suspects. The 120 suspects were freed on bail.",
        "Dow Hits 20000 For First Time. The 20000 mark held all day.",
        "Buyers paid 5200 for the tickets, and the 5200 went to charity.",
        "The Acme Zeta 8900 sold 4500 units in May.",
    ],
)
def test_a_number_after_a_capital_is_a_count_without_a_second_use_as_a_name(text):
    assert any(c.values[0] >= 120 for c in extract(text))


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        ("The 5-foot-4 guard scored.", "5-foot-4"),
        ("She is 5-feet-4 inches tall.", "5-feet-4 inches"),
        ("A 5-foot-4-inch guard.", "5-foot-4-inch"),
        ("He stands 5ft 4in.", "5ft 4in"),
    ],
)
def test_a_height_in_feet_and_inches_is_read_in_inches(text, claim_text):
    claim = one(text, claim_text)
    assert (claim.values, claim.unit) == ((64.0,), "inch")


def test_a_height_adjective_keeps_its_feet():
    assert one("They built a 10-foot-high wall.", "10-foot").unit == "foot"


@pytest.mark.parametrize(
    ("text", "claim_text", "value", "unit"),
    [
        ("They climbed to about 2, 000ft before dark.", "about 2, 000ft", 2000.0, "foot"),
        ("It fell between 2C and-15C overnight.", "-15C", -15.0, "degree_Celsius"),
        ("Temperatures fell to-3°C.", "-3°C", -3.0, "degree_Celsius"),
    ],
)
def test_scraped_numbers_read_where_unambiguous(text, claim_text, value, unit):
    claim = one(text, claim_text)
    assert (claim.values, claim.unit) == ((value,), unit)


@pytest.mark.parametrize("text", ["Scores were 2, 3, 4 and 5.", "A well-5C idea."])
def test_scraped_shapes_stay_apart_where_ambiguous(text):
    assert all(len(c.values) == 1 and c.values[0] < 10 for c in extract(text))


@pytest.mark.parametrize(
    "text",
    ["Prices crashed in the early 30s.", "Highs will be in the low 30s.", "Two teens were arrested."],
)
def test_a_decade_or_teens_without_a_possessive_is_no_age(text):
    assert all(c.measure != "age" for c in extract(text))


@pytest.mark.parametrize(
    "text",
    ["The phone has a 480 by 360 pixel screen.", "It has a 480 x 360 display.", "A 480-by-360 display."],
)
def test_both_sides_of_a_resolution_are_in_pixels(text):
    assert [(c.values, c.unit) for c in extract(text)] == [((480.0,), "pixel"), ((360.0,), "pixel")]


def test_two_numbers_joined_by_by_without_a_screen_word_stay_plain():
    assert [c.unit for c in extract("The bill passed 30 by 12 on Friday.")] == ["", ""]


@pytest.mark.parametrize(
    ("text", "claim", "values"),
    [
        ("After the 2-1 win they beat the leaders 3-0.", "2-1", (2.0, 1.0)),
        ("The Herons (9-7) host the Bears.", "9-7", (9.0, 7.0)),
        ("They finished with an 8-8 record.", "8-8", (8.0, 8.0)),
        ("They ended the year with a 3-7 record.", "3-7", (3.0, 7.0)),
        ("The Owls (6-10) lost again.", "6-10", (6.0, 10.0)),
        ("They lost 14-17 to the Owls.", "14-17", (14.0, 17.0)),
        ("Baylin defeated Corvo 70-58 on Saturday.", "70-58", (70.0, 58.0)),
        ("Final score: Baylin 70, Corvo 58.", "70, Corvo 58", (70.0, 58.0)),
        ("The Senate voted 52-48 to pass it.", "52-48", (52.0, 48.0)),
    ],
)
def test_scores_and_records_are_two_figures_of_one_claim(text, claim, values):
    found = {c.text: c for c in extract(text)}
    assert found[claim].values == values
    assert found[claim].measure == "score"
    assert found[claim].sense == "bare"
    assert found[claim].kind == "amount"
    assert found[claim].interval.lo == values[0]  # read by the first side's figure, never a range


def test_ranges_stay_ranges_without_a_word_of_sport():
    [claim] = extract("Bees visited 30-40 flowers on each trip.")
    assert (claim.sense, claim.values) == ("range", (30.0, 40.0))
    assert extract("The Boeing 737-800 landed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The guard (6-1, 195) transferred from Ohio.",
            [(73.0, "inch", "height"), (195.0, "pound", "weight")],
        ),
        ("The guard (6-3,205) transferred.", [(75.0, "inch", "height"), (205.0, "pound", "weight")]),
    ],
)
def test_a_players_size_is_a_height_and_a_weight(text, expected):
    assert [(c.value, c.unit, c.measure) for c in extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "claim", "value", "kind"),
    [
        ("The burglar kicked the door twice before it gave way.", "twice", 2.0, "amount"),
        ("Police said she called six times that night.", "six times", 6.0, "amount"),
        ("He was stabbed 17 times.", "17 times", 17.0, "amount"),
        ("He was arrested a third time on Monday.", "a third time", 3.0, "amount"),
        ("He was arrested an eighth time on Monday.", "an eighth time", 8.0, "amount"),
        ("Shops stayed shut for an eighth straight day.", "an eighth straight day", 8.0, "amount"),
        ("The valley flooded for the second time in four weeks.", "second time", 2.0, "amount"),
        ("The outage has happened more than once this year.", "more than once", 1.0, "amount"),
        ("She is twice the size of her sister.", "twice", 2.0, "ratio"),
        ("It costs three times what it did.", "three times", 3.0, "ratio"),
    ],
)
def test_multiplicative_adverbs_count_events(text, claim, value, kind):
    found = {c.text: c for c in extract(text)}
    assert (found[claim].value, found[claim].kind) == (value, kind)


@pytest.mark.parametrize(
    "text", ["A twice-divorced man ran.", "It was the first time.", "Once a leader, he retired."]
)
def test_multiplicative_words_that_count_nothing(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "claim_text", "sense"),
    [
        ("The trial is open to women under 40 who have never smoked.", "under 40", "under"),
        ("The program is for people under age 30 who lost work.", "under age 30", "under"),
        ("Most patients die before the age of 40.", "before the age of 40", "under"),
        ("Children under the age of 12 ride free.", "under the age of 12", "under"),
        ("Patients aged over 65 were given a booster.", "over 65", "over"),
    ],
)
def test_a_bound_on_a_persons_age_keeps_its_qualifier(text, claim_text, sense):
    claim = one(text, claim_text)
    assert (claim.sense, claim.unit, claim.measure) == (sense, "year", "age")


@pytest.mark.parametrize(
    ("text", "claim_text", "sense", "unit"),
    [
        ("Minutes later the roof fell in.", "Minutes", "several", "minute"),
        ("She ran seconds before the blast.", "seconds", "several", "second"),
        ("Some hours after he was slain, police found the car.", "Some hours", "several", "hour"),
        ("An hour later police arrived.", "An hour", "bare", "hour"),
    ],
)
def test_a_span_of_time_before_later_or_after(text, claim_text, sense, unit):
    claim = one(text, claim_text)
    assert (claim.sense, claim.unit) == (sense, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The minutes of the meeting were read.",
        "In the years after the war, farms were rebuilt.",
        "Traffic backed up on the 318 corridor and east of the 740 Freeway.",
        "Drivers took county Route 17 home.",
        'She was named to the "County\'s 30 Rising Stars" last spring.',
        "The profile is at bios/biography_ 31.html on the site.",
        "6 in Athens the riots went on.",
        "6, 2009 at 10:14 am",
        "The two co-wrote the book.",
        "The two of them left early.",
        "I have only one thing to say.",
        "The trial is about one man and his greed.",
    ],
)
def test_roads_list_names_file_names_cut_dates_and_pronouns_are_no_claims(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        ("The two men were held.", "two"),
        ("Only one person died.", "Only one"),
        ("About one in five voters stayed home.", "About one in five"),
        ("Britain's 20 Premier League clubs voted.", "20"),
        ("3 Dead, 14 Hurt In Highway Pileup", "3"),
    ],
)
def test_counts_next_to_those_non_claims_stay(text, claim_text):
    assert claim_text in texts(text)


@pytest.mark.parametrize(
    ("text", "claim_text", "kind"),
    [
        ("The gunman surrendered about two hours later.", "about two hours", "amount"),
        ("He showed up 20 minutes late.", "20 minutes", "amount"),
        ("Shares went up 5%.", "went up 5%", "ratio"),
    ],
)
def test_up_of_a_phrasal_verb_is_no_rise(text, claim_text, kind):
    assert one(text, claim_text).kind == kind


def test_numbers_in_parts_are_no_scores():
    assert extract("Her first 9-1-1 call was logged at 4:12 a.m. on 11-3-2011.") == []
    assert texts("Police hit Tobin eleven times in the torso.") == ["eleven times"]


@pytest.mark.parametrize(
    ("text", "claim_text", "values", "sense"),
    [
        ("Sex with an under-16-year-old is a crime.", "under-16-year-old", (16.0,), "under"),
        ("Between age 19 and 27, he was arrested.", "Between age 19 and 27", (19.0, 27.0), "range"),
        ("A man in his 40s was held.", "40s", (40.0, 49.0), "range"),
    ],
)
def test_ages_written_around_their_bounds(text, claim_text, values, sense):
    claim = one(text, claim_text)
    assert (claim.values, claim.sense, claim.unit) == (values, sense, "year")


@pytest.mark.parametrize(
    ("text", "written", "kind"),
    [
        ("Divers found two more bodies on Sunday.", "two", "difference"),
        ("Another 40 people were hurt overnight.", "40", "difference"),
        ("Police held a further 12 suspects.", "12", "difference"),
        ("An additional 300 troops were sent.", "300", "difference"),
        ("The storm killed 12 more people than the last one.", "12 more", "difference"),
        ("It was another 3-1 win.", "3-1", "amount"),
        ("She has lived here for 12 years.", "12 years", "amount"),
    ],
)
def test_a_count_added_to_a_running_total_is_a_rise(text: str, written: str, kind: str) -> None:
    [claim] = claimnum.extract(text)
    assert (claim.text, claim.kind) == (written, kind)


def test_a_line_after_a_headline_reads_no_word_of_the_headline():
    # a headline ends with no stop: its last name is no name of the number opening the next line
    claims = extract("Two bakers fined in Tavira\nTwo senior bakers of a guild were fined.")
    assert [c.text for c in claims] == ["Two", "Two"]
