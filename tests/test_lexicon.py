"""One example test per lexicon row, plus checks of the data itself."""

from __future__ import annotations

import re

import pytest

from claimnum import extract
from claimnum.errors import InvalidArgumentError
from claimnum.lexicon import SENSES, GrammarRule, Qualifier, UnitRow, load
from claimnum.phrases import PhraseReader
from claimnum.reader import tables
from claimnum.rules import DECISIONS, Grammar, Rule
from claimnum.units import canonical_unit

LEXICON = load()
ABSENT_ROWS = [row for row in LEXICON.rows if getattr(row, "absent", ())]
EXAMPLE_ROWS = [row for row in LEXICON.rows if row not in ABSENT_ROWS]


def _row_id(row: object) -> str:
    example = getattr(row, "example", "")
    return f"{type(row).__name__}:{example[:40]}"


@pytest.mark.parametrize("row", EXAMPLE_ROWS, ids=_row_id)
def test_row_example(row):
    claims = extract(row.example)
    texts = [c.text for c in claims]
    assert row.claim in texts, f"{row.claim!r} not in {texts}"
    claim = claims[texts.index(row.claim)]
    for name, expected in row.expect:
        got = getattr(claim, name)
        if isinstance(expected, float | int) and got is not None:
            assert got == pytest.approx(expected), name
        else:
            assert got == expected, name


@pytest.mark.parametrize("row", ABSENT_ROWS, ids=_row_id)
def test_nonclaim_row(row):
    claims = extract(row.example)
    for text in row.absent:
        assert not any(text in c.text for c in claims), f"{text!r} in {[c.text for c in claims]}"


@pytest.mark.parametrize("row", LEXICON.qualifiers, ids=_row_id)
def test_qualifier_row_sense(row):
    claims = extract(row.example)
    [claim] = [c for c in claims if c.text == row.claim]
    assert claim.sense == row.sense
    assert claim.qualifier is not None
    assert claim.qualifier.lower() in [p.lower() for p in row.phrases]


@pytest.mark.parametrize(
    "phrase", [p for r in LEXICON.qualifiers if r.position == "before" for p in r.phrases]
)
def test_every_qualifier_phrase_before_a_number(phrase):
    sentence = f"The agency counted {phrase} 4,200 workers."
    [claim] = extract(sentence)
    assert claim.text == f"{phrase} 4,200"
    assert claim.sense == LEXICON.qualifier(phrase).sense


@pytest.mark.parametrize("row", LEXICON.units, ids=_row_id)
def test_unit_rows_are_canonical(row: UnitRow):
    assert canonical_unit(row.unit) == row.unit
    if row.scaled_unit is not None:
        assert canonical_unit(row.scaled_unit) == row.scaled_unit


@pytest.mark.parametrize(
    "phrase",
    sorted(
        {
            p
            for r in LEXICON.units
            if not (r.case or r.needs_change)
            for p in r.phrases
            if p.isalpha() and len(p) > 3
        }
    ),
)
def test_every_long_unit_name_after_a_number(phrase):
    [claim] = extract(f"The report listed 37 {phrase} in all.")
    assert claim.text == f"37 {phrase}"
    row = LEXICON.unit_named(phrase)
    assert claim.unit in (row.unit, row.scaled_unit)


@pytest.mark.parametrize("row", LEXICON.nonclaims, ids=_row_id)
def test_nonclaim_patterns_compile(row):
    re.compile(row.pattern)


def test_senses_are_those_of_semantics():
    from claimnum.semantics import SENSES as SEMANTIC_SENSES

    assert set(SEMANTIC_SENSES) == SENSES
    assert {r.sense for r in LEXICON.qualifiers} | {r.sense for r in LEXICON.vague} <= SENSES


def test_unknown_phrase_raises():
    with pytest.raises(InvalidArgumentError):
        LEXICON.qualifier("a smidgen above")


def test_load_is_cached_and_typed():
    assert load() is LEXICON
    assert all(isinstance(r, Qualifier) for r in LEXICON.qualifiers)
    assert all(isinstance(words, frozenset) for words in LEXICON.words.values())


@pytest.mark.parametrize("row", LEXICON.rules, ids=_row_id)
def test_grammar_rule_rows_compile(row: GrammarRule):
    assert row.decision in DECISIONS
    assert bool(row.absent) != bool(row.claim), "a rule row gives absent texts or a claim"
    reader = PhraseReader("", tables(), None, "median")
    rule = Rule.of(row.name, row.decision, before=row.before, after=row.after, number=row.number)
    Grammar([rule], words=LEXICON.words, classes=reader.word_classes())
