"""Tokens and sentences (claimnum.tokens)."""

from __future__ import annotations

import pytest

from claimnum.tokens import Phrases, Token, lower_case, phrase_key, sentence_starts, tokenize


def test_tokens_are_named_and_keep_offsets():
    text = "Prices rose 5% in İzmir."
    tokens = tokenize(text)
    assert all(isinstance(t, Token) for t in tokens)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.lower for t in tokens][:4] == ["prices", "rose", "5", "%"]


def test_lower_case_keeps_every_offset():
    text = "İstanbul had 5 cases."
    assert len(lower_case(text)) == len(text)


def test_tokenize_a_span():
    text = "One. Two 3."
    assert [t.text for t in tokenize(text, 5)] == ["Two", "3", "."]


def test_phrases_know_their_longest_key():
    table = Phrases.of([(phrase_key("per cent"), 1), (phrase_key("%"), 2)])
    assert table.longest == 2
    assert table[("per", "cent")] == 1


@pytest.mark.parametrize(
    ("text", "firsts"),
    [
        ("Many fled. Über 300 stayed.", ["Many", "Über"]),  # a capital outside ASCII starts a sentence
        ("They left in Jan.ca. 500 came back.", ["They", "ca."]),  # a stop glued to an abbreviation
        ("Dr. Lee saw 5 cases. Then 6.", ["Dr.", "Then"]),  # an abbreviation ends no sentence
        ("It rose 5 p.m. local time.", ["It"]),  # no capital, no new sentence
        ("The U.S. 500 index rose.", ["The"]),
    ],
)
def test_sentence_starts(text, firsts):
    abbreviations = frozenset({"dr", "ca", "u.s"})
    assert [text[s:].split()[0] for s in sentence_starts(text, abbreviations)] == firsts
