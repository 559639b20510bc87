"""The modifier stage: ranges, changes and levels, rates, negation (issue 10 rows).

Every sentence here is our own wording.
"""

from __future__ import annotations

import pytest

from claimnum import extract
from claimnum.lexicon import load

# ---------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("They earn between $48,000 and $90,000 a year.", (48_000.0, 90_000.0), "USD/year"),
        ("Prices sit between 5% and 6% now.", (5.0, 6.0), "percent"),
        ("It takes two-three weeks.", (2.0, 3.0), "week"),
        ("The road is 12–15 km long.", (12.0, 15.0), "kilometer"),
        ("It costs $12 billion to $13 billion.", (12e9, 13e9), "USD"),
        ("They saw five or six men.", (5.0, 6.0), ""),
    ],
)
def test_ranges(only, text, values, unit):
    claim = only(text)
    assert (claim.sense, claim.values, claim.unit) == ("range", values, unit)


def test_a_range_after_a_change_verb_is_a_range(only):
    assert only("Rates rose between 5% and 6%.").values == (5.0, 6.0)


# ---------------------------------------------------------------- changes and levels


@pytest.mark.parametrize("verb", ["passed", "topped", "surpassed", "exceeded"])
def test_passing_a_level_is_a_lower_bound(only, verb):
    claim = only(f"The index {verb} 2,000.")
    assert (claim.kind, claim.sense) == ("amount", "over")
    assert claim.literal.lo == 2000.0


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("The Dow lost 190 points.", "difference", ""),
        ("Shares advanced 8%.", "ratio", "percent"),
        ("The economy shed 467,000 jobs.", "difference", ""),
        ("The economy cut 467,000 jobs.", "difference", ""),
        ("Dow +0.2%", "ratio", "percent"),
    ],
)
def test_changes(only, text, kind, unit):
    claim = only(text)
    assert (claim.kind, claim.unit) == (kind, unit)


def test_shed_and_cut_read_alike(only):
    shed, cut = only("Firms shed 467,000 jobs."), only("Firms cut 467,000 jobs.")
    assert (shed.kind, shed.interval) == (cut.kind, cut.interval)


@pytest.mark.parametrize(
    "text",
    ["The navy sank at least 50 ships.", "It is punishable by three years in prison."],
)
def test_actions_and_penalties_are_no_changes(only, text):
    assert only(text).kind == "amount"


@pytest.mark.parametrize(
    "text",
    ["The diver fell about 400 metres.", "A roofer fell 20 metres to his death.", "The van plunged 15 feet."],
)
def test_a_body_falling_a_length_is_a_distance(only, text):
    claim = only(text)
    assert (claim.kind, claim.interval.lo > 0) == ("amount", True)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The lake fell 3 metres.", "difference"),
        ("Stocks fell 4%.", "ratio"),
        ("Fares fell 30 cents.", "difference"),
    ],
)
def test_a_level_or_a_price_falling_is_a_change(only, text, kind):
    assert only(text).kind == kind


def test_a_headline_up_to_is_a_rise_to_a_level(only):
    claim = only("Jobless Rate Up to 4.4%")
    assert (claim.kind, claim.sense, claim.value) == ("amount", "bare", 4.4)


@pytest.mark.parametrize("text", ["Inflation Up to 3.1%", "Unemployment Up to 6.1% in May"])
def test_a_short_headline_up_to_after_a_noun_is_a_rise(only, text):
    claim = only(text)
    assert (claim.sense, claim.predicate) == ("bare", "up")


@pytest.mark.parametrize("text", ["Seats Cost Up to $250", "Drivers Face Up to 5 Years in Jail"])
def test_a_headline_up_to_after_a_verb_is_a_ceiling(only, text):
    assert only(text).sense == "up_to"


def test_grows_and_grows_at_agree(only):
    plain, at = only("China grows 6.9%."), only("China grows at 6.9 percent.")
    assert (plain.kind, plain.interval) == (at.kind, at.interval)


# ---------------------------------------------------------------- rates and negation


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("They pump 500 barrels a day.", "barrel/day"),
        ("It rains 30 cm per year.", "centimeter/year"),
        ("He works 40 hours a week.", "hour/week"),
    ],
)
def test_rates_stay_in_the_unit(only, text, unit):
    assert only(text).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "There is not a $2 trillion error.",
        "The storm did not kill 300 people.",
        "They haven't paid $5 million.",
    ],
)
def test_a_claim_in_a_negated_clause_is_negated(only, text):
    claim = only(text)
    assert claim.negated
    assert "negated=True" in repr(claim)
    assert "negated" in claim._repr_html_()


@pytest.mark.parametrize(
    "text",
    [
        "It is not clear whether 300 people died.",
        "No more than 300 people came.",
        "Police said 300 people came, not 400.",
    ],
)
def test_negation_stays_in_its_clause(text):
    assert not extract(text)[0].negated


@pytest.mark.parametrize("word", load().words["negation_keepers"])
def test_an_adjective_keeps_a_negation_to_itself(word):
    claim = extract(f"The company was found not {word} in 14 of the cases.")[0]
    assert claim.value == 14
    assert not claim.negated


# ---------------------------------------------------------------- restatements in another unit


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("He fell about 450 metres (1,500 feet) from the ridge.", "approximate"),
        ("The haul was estimated at $1 million (£800,000).", "estimated"),
        ("More than 300 km (186 miles) of road flooded.", "over"),
        ("It weighs 5 kg (11 lb).", "bare"),
    ],
)
def test_a_restatement_in_brackets_keeps_the_hedge_it_restates(text, sense):
    first, restated = extract(text)
    assert restated.sense == first.sense == sense


def test_a_share_in_brackets_is_no_restatement():
    first, share = extract("About 400 homes (20 percent) flooded.")
    assert (first.sense, share.sense) == ("approximate", "bare")


# ---------------------------------------------------------------- bounds after the number, multiples


@pytest.mark.parametrize(
    ("text", "claim_text", "sense"),
    [
        ("Adults aged 65 and above qualify.", "65 and above", "at_least"),
        ("Kids aged 5 or younger were tested.", "5 or younger", "at_most"),
        ("The fire burned for 12 hours and over the weekend.", "12 hours", "bare"),
        ("Prices rose 3% and above all rents soared.", "rose 3%", "bare"),
    ],
)
def test_a_bound_after_the_number_is_no_preposition_of_a_noun_phrase(text, claim_text, sense):
    claim = extract(text)[0]
    assert (claim.text, claim.sense) == (claim_text, sense)


@pytest.mark.parametrize(
    ("text", "claim_text"),
    [
        ("Smokers were 2.5 times more likely to fall ill.", "2.5 times more likely"),
        ("Ice is melting six times faster than before.", "six times faster"),
        ("The new chip is three times as fast.", "three times as fast"),
        ("It cost three times what it did.", "three times"),
    ],
)
def test_a_multiple_keeps_its_comparison_as_half_as_likely_does(text, claim_text):
    claim = extract(text)[0]
    assert (claim.text, claim.kind) == (claim_text, "ratio")


def test_a_fraction_after_by_is_the_size_of_a_change(only):
    claim = only("The new rules cut accidents by a third.")
    assert (claim.values, claim.kind) == ((pytest.approx(1 / 3),), "ratio")


def test_an_ordinal_after_by_before_a_noun_stays_an_ordinal():
    assert [c.value for c in extract("The contract was signed by a third party.")] == []


def test_a_range_of_two_negative_figures_is_read_low_to_high(only):
    claim = only("Night lows of -4C to -11C are forecast.")  # the second minus is the second figure's
    assert (claim.values, claim.sense, claim.unit) == ((-11.0, -4.0), "range", "degree_Celsius")


def test_a_fall_between_two_negative_levels_stays_two_levels():
    claims = extract("The temperature fell from -4C to -11C in an hour.")
    assert [c.values for c in claims if c.unit == "degree_Celsius"] == [(-4.0,), (-11.0,)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Ticket Sales Top 3 Million", "Ticket Sales"),
        ("Signatures Pass 50,000", "Signatures"),
        ("Orders Surpass 8,000 at Fair", "Orders"),
    ],
)
def test_a_headline_bound_verb_after_a_plural_is_a_lower_bound(only, text, subject):
    claim = only(text)
    assert (claim.sense, claim.subject) == ("over", subject)


@pytest.mark.parametrize(
    "text", ["She finished in the top 20 of the race.", "Shares top 40 dollars, the desk said."]
)
def test_a_bound_verb_in_its_plural_form_outside_a_headline_is_no_bound(text):
    assert all(claim.sense == "bare" for claim in extract(text))
