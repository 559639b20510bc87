"""Two tellers' figures of one quantity in one sentence are two reports."""

from __future__ import annotations

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
