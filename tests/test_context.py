"""The context stage: subject, predicate and measure of a claim.

Every sentence here is our own wording.
"""

from __future__ import annotations

import pytest

from claimnum import extract
from claimnum import measures as measures_module


def test_the_grammar_measure_wins_over_the_lexicon(monkeypatch):
    calls = []

    def spy(sentence, start, end, **kwargs):
        calls.append((sentence[start:end], kwargs))
        return "deaths"

    monkeypatch.setattr("claimnum.context.measure_of", spy)
    age, deaths = extract("Reid, 33, said 12 people died.")
    assert (age.measure, deaths.measure) == ("age", "deaths")
    assert calls == [("12", {"unit": None, "subject": "people", "predicate": "died"})]


def test_measure_of_gets_offsets_in_the_sentence_it_gets(monkeypatch):
    seen = []

    def spy(sentence, start, end, **kwargs):
        seen.append(sentence[start:end])
        return None

    monkeypatch.setattr("claimnum.context.measure_of", spy)
    text = "It rained.   \n  Over 300 homes flooded, costing $5m."
    assert [c.text for c in extract(text)] == seen == ["Over 300", "$5m"]


def test_measure_of_is_the_lexicon_of_measures():
    assert measures_module.measure_of.__module__ == "claimnum.measures"


def test_subject_and_predicate():
    [claim] = extract("Over 10,000 soldiers were deployed.")
    assert (claim.subject, claim.predicate) == ("soldiers", "deployed")


def test_a_count_written_as_an_adjective_counts_its_noun():
    [seats] = extract("The vote filled the 125-seat parliament.")
    [staff] = extract("An 80-employee startup was sold.")
    [racks] = extract("They built a 10-rack system.")
    assert (seats.subject, staff.subject, racks.subject) == (
        "parliament seats",
        "startup employees",
        "rack system",
    )
    assert seats.measure == "seats"


def test_a_claim_takes_the_subject_before_it_unless_a_verb_tells_it():
    *_, total = extract("The organisers, nine trade unions, said more than 120,000 had taken part.")
    killed = extract("It had 12,000 soldiers, 4,000 killed.")[-1]
    part = extract("Five bullets hit his body, two of them from the rear.")[-1]
    assert (total.subject, killed.subject, part.subject) == (None, "soldiers", "bullets")
    assert total.measure == "crowd"


@pytest.mark.parametrize(
    ("text", "subject", "predicate"),
    [
        ("Fares will go up by 4.9pc from January.", "Fares", "up"),  # a bare verb after a modal
        ("Wages should climb 3% this year.", "Wages", "climb"),
        ("The inquiry will last six weeks.", "inquiry", "last"),  # a duration after a verb of lasting
        ("The inquiry is expected to last six to eight weeks.", "inquiry", "last"),
    ],
)
def test_the_subject_before_a_verb_skips_modals_and_passives(text, subject, predicate):
    claim = extract(text)[0]
    assert (claim.subject, claim.predicate) == (subject, predicate)
