"""Tests of claimnum.dates_ordinals: dates and ordinals checked by the words around them."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.data_files import data_table
from claimnum.dates_ordinals import SHORT, date_findings, ordinal_words

_FRAMES = data_table("claim_frames.toml")


@pytest.mark.parametrize(
    ("claim", "premise", "verdict"),
    [
        ("Ana Velo died on March 14, 2009.", "Velo died on March 14, 2009, at home.", "supported"),
        ("Ana Velo died on March 14, 2009.", "Velo died on March 12, 2009, at home.", "refuted"),
        ("Ana Velo died in March 2009.", "Velo died on March 14, 2009, at home.", "supported"),
        ("Ana Velo died on March 14, 2009.", "Velo died in March, 2009, at home.", "compatible"),
        ("The mill was built in 1931.", "The mill was built in the 1930s by a cooperative.", "compatible"),
        ("The mill was built in the 1930s.", "The mill was built in 1931 by a cooperative.", "supported"),
        ("The mill was built in 1951.", "The mill was built in the 1930s by a cooperative.", "refuted"),
        ("Service was restored on 4 May 2011.", "All lines were restored on 4 May.", "supported"),
    ],
)
def test_a_date_is_a_span_of_days(claim: str, premise: str, verdict: str) -> None:
    assert claimnum.verify(claim, premise).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Kade Stops Imrie In 5th Round", "supported"),
        ("Kade stopped Imrie in the fifth round.", "supported"),
        ("Kade stopped Imrie in the 9th round.", "overstated"),
        ("Kade stopped Imrie in the third round.", "understated"),
    ],
)
def test_an_ordinal_is_a_number_of_its_noun(claim: str, verdict: str) -> None:
    premise = "Kade dropped Imrie twice before the referee stopped the bout in the fifth round."
    assert claimnum.verify(claim, premise).verdict == verdict


def test_a_date_or_ordinal_without_counterpart_is_left_out() -> None:
    premise = "Storms killed 12 people in Tavira, officials said."
    assert claimnum.verify("Storms killed 12 people in Tavira on March 3.", premise).verdict == "supported"
    assert date_findings("Kade won in the 5th round.", {"a": "Kade won the 5th title of his career."}) == []


def test_a_date_is_paired_by_the_words_around_it() -> None:
    premise = "Velo was arrested on June 2. " + "Officials spoke at length about the case. " * 15
    premise += "Velo was charged on June 9 with theft."
    assert len(premise) > SHORT
    [finding] = date_findings("Velo was charged on June 9.", {"wire": premise})
    assert (finding.verdict, finding.evidence[0].text) == ("supported", "June 9")


def test_the_sole_date_of_a_short_text_is_the_counterpart() -> None:
    [finding] = date_findings("The bridge opened on May 3.", {"wire": "Traffic first crossed on May 5."})
    assert finding.verdict == "refuted"


def test_may_the_verb_is_no_month() -> None:
    assert date_findings("Crews may 5 times retry.", {"wire": "Crews retried on May 5."}) == []


@pytest.mark.parametrize("word", list(_FRAMES["ordinals"]))
def test_every_ordinal_word_reads_as_its_number(word: str) -> None:
    value = ordinal_words()[word]
    [finding] = date_findings(
        f"Velo won her {word} title.", {"wire": f"Velo won her {value}th title on Sunday."}
    )
    assert finding.claim.value == value
    assert finding.verdict == "supported"


@pytest.mark.parametrize("word", list(_FRAMES["compound_ordinals"]))
def test_a_compound_ordinal_adds_its_tens(word: str) -> None:
    value = 20 + _FRAMES["compound_ordinals"][word]
    [finding] = date_findings(
        f"Velo won her twenty-{word} title.", {"wire": f"Velo won her {value}th title."}
    )
    assert (finding.claim.value, finding.verdict) == (value, "supported")
    assert date_findings(f"Velo won her {word} title.", {"wire": "Velo won her 1st title."}) == []


@pytest.mark.parametrize("tens", list(_FRAMES["ordinal_tens"]))
def test_every_tens_word_opens_a_compound_ordinal(tens: str) -> None:
    value = _FRAMES["ordinal_tens"][tens] + 1
    [finding] = date_findings(f"Velo won her {tens}-first title.", {"wire": f"Velo won her {value}st title."})
    assert (finding.claim.value, finding.verdict) == (value, "supported")


@pytest.mark.parametrize("word", _FRAMES["ordinal_runs"])
def test_every_run_word_is_passed_to_the_noun(word: str) -> None:
    [finding] = date_findings(
        f"Crowds marched for the sixth {word} day.", {"wire": "Crowds marched for a 6th day."}
    )
    assert finding.verdict == "supported"


@pytest.mark.parametrize("phrase", _FRAMES["ordinal_streaks"])
def test_every_streak_phrase_pairs_streaks_of_any_noun(phrase: str) -> None:
    evidence = {"wire": f"Velo won her 11th {phrase} bout on Friday."}
    [finding] = date_findings(f"It was the 9th win {phrase} for Velo.", evidence)
    assert finding.verdict == "understated"
    [finding] = date_findings(f"Velo won her 11th {phrase}.", evidence)
    assert finding.verdict == "supported"


def test_an_ordinal_of_no_streak_pairs_only_its_noun() -> None:
    evidence = {"wire": "The fair won its 5th straight award."}
    assert date_findings("It was the fifth annual fair.", evidence) == []


def test_several_other_dates_are_no_proof_against_a_date() -> None:
    evidence = {"a": "Service was restored on 4 May 2011.", "b": "Service was restored on 9 May 2011."}
    assert date_findings("Service was restored on 1 May 2011.", evidence) == []
