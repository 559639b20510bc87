"""A measure of people never takes a number of things; one measure in other words (session 8)."""

from __future__ import annotations

import pytest

import claimnum


def _measure(sentence: str, text: str) -> str | None:
    return next(c.measure for c in claimnum.extract(sentence) if c.text == text)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Border guards seized 250 phones at the crossing.", "250"),
        ("The rebels captured dozens of settlements in the north.", "dozens"),
        ("Troops seized hundreds of villages along the river.", "hundreds"),
        ("Agents seized 40 of the computers in the raid.", "40"),
    ],
)
def test_a_measure_of_people_takes_no_number_of_things(sentence: str, text: str) -> None:
    assert _measure(sentence, text) != "arrests"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Police detained dozens of protesters in the square.", "dozens"),
        ("Officers arrested 60 of the marchers.", "60"),
    ],
)
def test_a_partitive_of_people_keeps_its_measure(sentence: str, text: str) -> None:
    assert _measure(sentence, text) == "arrests"


def test_arrests_are_not_supported_by_seized_things() -> None:
    claim = "Officers arrested 250 people in the sweep."
    result = claimnum.verify(claim, "Officers seized 250 phones in the sweep.")
    assert result.verdict != "supported"


@pytest.mark.parametrize(
    ("sentence", "text", "measure"),
    [
        # job cuts in other words
        ("The brewer will cut 650 jobs at two sites.", "cut 650", "job_cuts"),
        ("The brewer plans to eliminate about 650 positions.", "about 650", "job_cuts"),
        ("About 650 positions will be eliminated, the brewer said.", "About 650", "job_cuts"),
        ("Some 650 jobs are eliminated under the plan.", "Some 650", "job_cuts"),
        ("Some 650 jobs will be eliminated under the plan.", "Some 650", "job_cuts"),
        ("Some 650 positions are eliminated under the plan.", "Some 650", "job_cuts"),
        ("The insurer is cutting 650 roles.", "650", "job_cuts"),
        ("The insurer will eliminate 650 roles.", "650", "job_cuts"),
        ("The insurer will shed 650 roles.", "shed 650", "job_cuts"),
        ("The insurer will axe 650 roles.", "650", "job_cuts"),
        ("Some 650 workers lost their jobs.", "Some 650", "job_cuts"),
        ("Some 650 workers will lose their jobs.", "Some 650", "job_cuts"),
        ("Some 650 employees lost their jobs.", "Some 650", "job_cuts"),
        ("Some 650 employees will lose their jobs.", "Some 650", "job_cuts"),
        # arrests in other words
        ("Officers arrested 21 people after the match.", "21", "arrests"),
        ("Officers detained 19 suspects after the match.", "19", "arrests"),
        ("Officers made 20 arrests after the match.", "20", "arrests"),
        # vote share in other words
        ("Ortiz won 61% of the vote.", "61%", "vote_share"),
        ("Ortiz received 61.3 percent of ballots cast.", "61.3 percent", "vote_share"),
        ("Ortiz received 61.3 percent of the ballots.", "61.3 percent", "vote_share"),
        ("Ortiz took 61 percent of votes.", "61 percent", "vote_share"),
        ("Ortiz garnered 61.3% of the popular vote.", "61.3%", "vote_share"),
        ("Ortiz had 61.3% of valid votes.", "61.3%", "vote_share"),
        ("Ortiz had 61.3% of the valid votes.", "61.3%", "vote_share"),
        # profit, not revenue
        ("Acme posted net income of $25 million on revenue of $700 million.", "$25 million", "profit"),
        ("Acme posted net income of $25 million on revenue of $700 million.", "$700 million", "revenue"),
        ("The retailer made a profit of $25 million on sales of $700 million.", "$700 million", "revenue"),
        ("Operating income rose to $25 million.", "$25 million", "profit"),
        ("Pretax income rose to $25 million.", "$25 million", "profit"),
        ("Pre-tax income rose to $25 million.", "$25 million", "profit"),
        ("Income before tax was $25 million.", "$25 million", "profit"),
        ("After-tax income was $25 million.", "$25 million", "profit"),
        ("The retailer reported quarterly earnings of $25 million.", "$25 million", "profit"),
        # a sale of one thing is a deal
        ("The sale of the unit for $3 billion closed.", "$3 billion", "deal_value"),
        ("The group agreed a sale of its unit for $3 billion.", "$3 billion", "deal_value"),
        # a word inside a longer cue of another measure keeps its own where that one cannot name the number
        ("He spent a day in custody.", "a day", "prison_term"),
        # and a longer cue of the same measure leaves the word to it
        ("Pike got five life sentences plus 120 years.", "120 years", "prison_term"),
    ],
)
def test_one_measure_in_other_words(sentence: str, text: str, measure: str) -> None:
    assert _measure(sentence, text) == measure
