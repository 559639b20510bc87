"""One test per row of ``opposite_events`` (data/claim_frames.toml): a figure borne out, told of
the opposite event, is refuted; told of the same event, it stands."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.data_files import data_table

_ROWS = [tuple(row) for row in data_table("claim_frames.toml")["opposite_events"]]

# For each row: a sentence with {verb} and the form of each verb in it.
_SENTENCES = {
    ("play", "miss"): ("Dorn will {verb} the last 3 games of the season.", {"play": "play", "miss": "miss"}),
    ("end", "continue"): (
        "Vela {verb} her 60-day stay at the clinic.",
        {"end": "ends", "continue": "continues"},
    ),
    ("raise", "cut"): ("Orvo {verb} the price of its tablet by $50.", {"raise": "raised", "cut": "cut"}),
    ("raise", "lower"): ("Orvo {verb} the fee of its plan by $7.", {"raise": "raised", "lower": "lowered"}),
    ("rise", "fall"): ("Sales {verb} by 12 percent in May.", {"rise": "rose", "fall": "fell"}),
    ("increase", "decrease"): (
        "The town {verb} its staff by 40 people.",
        {"increase": "increased", "decrease": "decreased"},
    ),
    ("win", "lose"): ("The Owls {verb} 14 of their games this season.", {"win": "won", "lose": "lost"}),
    ("open", "close"): ("Brava will {verb} 25 stores this year.", {"open": "open", "close": "close"}),
    ("hire", "fire"): ("The mill {verb} 60 workers last week.", {"hire": "hired", "fire": "fired"}),
    ("approve", "reject"): (
        "The board {verb} 9 of the proposals on Monday.",
        {"approve": "approved", "reject": "rejected"},
    ),
    ("accept", "reject"): ("The jury {verb} 11 of the claims.", {"accept": "accepted", "reject": "rejected"}),
    ("die", "survive"): ("All 4 climbers {verb} the avalanche.", {"die": "died in", "survive": "survived"}),
}


def test_every_row_has_its_sentences() -> None:
    assert set(_ROWS) == set(_SENTENCES)


@pytest.mark.parametrize("row", _ROWS)
def test_an_opposite_event_refutes_the_figure(row: tuple[str, str]) -> None:
    template, forms = _SENTENCES[row]
    a, b = (template.format(verb=forms[verb]) for verb in row)
    assert claimnum.verify(a, b).verdict == "refuted"
    assert claimnum.verify(b, a).verdict == "refuted"
    assert claimnum.verify(a, a).verdict != "refuted"
