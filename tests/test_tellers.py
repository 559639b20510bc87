"""Two tellers' figures of one quantity in one sentence are two reports."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.tellers import by_teller

_TWO = "Police estimated the crowd at 3,000, but organisers said 12,000 people marched."


def test_each_figure_is_named_after_its_teller() -> None:
    assert [c.source for c in by_teller(claimnum.extract(_TWO))] == [
        "police (evidence)",
        "organisers (evidence)",
    ]


def test_one_tellers_figures_stay_one_report() -> None:
    claims = claimnum.extract("The union said some 9,000 workers walked out and 2,000 returned.")
    assert [c.source for c in by_teller(claims)] == [None, None]


def test_verify_keeps_both_tellers_figures() -> None:
    [finding] = claimnum.verify("About 3,000 people marched.", _TWO).items
    assert sorted(c.text for c in finding.evidence) == ["12,000", "3,000"]
    assert "organisers (evidence) said 12,000" in finding.explain()


def test_a_claim_naming_its_teller_meets_that_tellers_figure() -> None:
    evidence = {
        "gazette": "Police said about 8,000 people joined Sunday's rally, while organisers claimed 30,000.",
        "radio": "Organisers said 30,000 rallied on Sunday, a figure police put at 8,000.",
    }
    assert claimnum.verify("Organisers said 30,000 joined Sunday's rally.", evidence).verdict == "supported"


@pytest.mark.xfail(
    strict=True,
    reason="alignment misses the radio's 'a figure police put at 8,000', leaving its 30,000 against "
    "the gazette's police figure: one source against another, no majority (issue 12)",
)
def test_a_claim_naming_its_teller_meets_a_figure_told_after_another() -> None:
    evidence = {
        "gazette": "Police said about 8,000 people joined Sunday's rally, while organisers claimed 30,000.",
        "radio": "Organisers said 30,000 rallied on Sunday, a figure police put at 8,000.",
    }
    claim = "Police estimated Sunday's rally at around 8,000 people."
    assert claimnum.verify(claim, evidence).verdict == "supported"
