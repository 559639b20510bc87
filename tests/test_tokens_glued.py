"""Sentences glued without a space: "... officials said.The fire" is two sentences."""

from __future__ import annotations

import itertools

import pytest

import claimnum
from claimnum.lexicon import load
from claimnum.tokens import sentence_starts

_ABBREVIATIONS = load().words["abbreviations"]


def _sentences(text: str) -> list[str]:
    starts = [*sentence_starts(text, _ABBREVIATIONS), len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(starts)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Six were hurt, medics said.The road shut.", ["Six were hurt, medics said.", "The road shut."]),
        ("The river rose.Élan was lost.", ["The river rose.", "Élan was lost."]),
        ("Crews left at 5 a.m.Then rain fell.", ["Crews left at 5 a.m.Then rain fell."]),
        ("Troops of the U.S.Army moved.", ["Troops of the U.S.Army moved."]),
        ("Take a road, e.g.The coast road.", ["Take a road, e.g.The coast road."]),
        ("It was due in mid Jan.Officials agreed.", ["It was due in mid Jan.Officials agreed."]),
        ("They met Dr.Hale in town.", ["They met Dr.Hale in town."]),
        ("Prices rose 3.5 percent on the day.", ["Prices rose 3.5 percent on the day."]),
        ("Visit the site.com page now.", ["Visit the site.com page now."]),
    ],
)
def test_a_stop_glued_to_a_capital_cuts_after_a_lower_case_word(text: str, sentences: list[str]) -> None:
    assert _sentences(text) == sentences


def test_glued_repeats_are_read_as_many_sentences() -> None:
    evidence = "The blaze killed 12 people near the harbour, officials said." * 40
    claims = claimnum.extract(evidence)
    assert len({claim.sentence for claim in claims}) == 1  # each repeat is one sentence, the same text
    assert len(claims) == 40
    assert all(len(claim.sentence) < 70 for claim in claims)
