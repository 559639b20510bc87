"""Tests of claimnum.reference_figures: a reading of what happened or a standard it is measured by."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.reference_figures import reference_kinds, reference_of

_SENTENCES = {
    "limit": "The road had a 45 mph {word} before the crash.",
    "forecast": "A magnitude 7.1 was {word} by the agency.",
    "threshold": "They set a {word} of 270 votes.",
}
_FORMS = {"predict": "predicted", "project": "projected"}
_VERBS = {"need": "270 votes were needed to win.", "require": "270 votes were required to win."}


@pytest.mark.parametrize(("word", "kind"), sorted(reference_kinds().items()))
def test_every_standard_word_makes_a_figure_a_standard_of_its_kind(word: str, kind: str) -> None:
    sentence = _VERBS.get(word) or _SENTENCES[kind].format(word=_FORMS.get(word, word))
    [figure] = claimnum.extract(sentence)
    assert reference_of(figure) == kind


def test_a_standard_named_next_to_another_figure_is_that_figures() -> None:
    driven, zone = claimnum.extract("The driver was doing 70 mph in a 45 mph zone.")
    assert (reference_of(driven), reference_of(zone)) == (None, "limit")


def test_a_standard_word_beyond_the_clause_is_not_read() -> None:
    [figure] = claimnum.extract("He drove 90 miles, far beyond any limit.")
    assert reference_of(figure) is None


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The driver was doing 45 mph.", "understated"),
        ("The driver was doing 70 mph.", "supported"),
        ("The quake had a magnitude of 7.1.", "overstated"),
    ],
)
def test_verify_compares_readings_with_readings(claim: str, verdict: str) -> None:
    premise = (
        "The driver was doing 70 mph in a 45 mph zone, police said. "
        "The quake measured 6.4, though a magnitude 7.1 had been forecast."
    )
    assert claimnum.verify(claim, premise).verdict == verdict


@pytest.mark.parametrize(
    ("hypothesis", "verdict"),
    [
        ("Her blood alcohol level was twice the legal limit.", "supported"),
        ("Her blood alcohol level was three times the legal limit.", "overstated"),
    ],
)
def test_a_multiple_of_a_standard_is_the_reading_over_the_standard(hypothesis: str, verdict: str) -> None:
    premise = "Her blood alcohol level was 0.18 percent. The legal limit is 0.09 percent."
    assert claimnum.verify(hypothesis, premise).verdict == verdict


def test_a_multiple_needs_a_standard_of_its_kind_in_the_same_source() -> None:
    evidence = {
        "a": "Her blood alcohol level was 0.18 percent.",
        "b": "The legal limit is 0.09 percent.",
    }
    assert claimnum.verify("Her level was twice the legal limit.", evidence).verdict == "not enough info"
