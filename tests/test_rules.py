"""The rule engine of the context grammar (claimnum.rules)."""

from __future__ import annotations

import pytest

from claimnum.errors import InvalidArgumentError
from claimnum.rules import Grammar, Rule
from claimnum.tokens import Token, tokenize

CLASSES = {"<cap>": lambda t: t is not None and t.text[:1].isupper()}
WORDS = {"zones": frozenset({"gmt", "utc"})}


def decide(rules, text, number, **kwargs):
    tokens = tokenize(text)
    at = next(i for i, t in enumerate(tokens) if t.text == number)
    grammar = Grammar(rules, words=WORDS, classes=CLASSES)
    found = grammar.decide(tokens[:at], number, tokens[at + 1 :], **kwargs)
    return None if found is None else found.name


def test_words_lists_classes_and_patterns():
    rules = [
        Rule.of("zone", "time", after=("@zones",), number=r"\d{4}"),
        Rule.of("after a name", "age", before=("<cap>", ","), after=(",|<end>",)),
        Rule.of("code", "name", before=("/[A-Z]{2,}/", "-")),
    ]
    assert decide(rules, "at 2045 GMT", "2045") == "zone"
    assert decide(rules, "at 20 GMT", "20") is None  # the number pattern must match in full
    assert decide(rules, "Reid, 33, left", "33") == "after a name"
    assert decide(rules, "Reid, 33", "33") == "after a name"  # "<end>": past the last token
    assert decide(rules, "then, 33, left", "33") is None
    assert decide(rules, "the COVID -19 rules", "19") == "code"


def test_negation_and_alternatives():
    rules = [Rule.of("no noun after", "name", before=("<cap>",), after=("!people|homes",))]
    assert decide(rules, "Windows 11 shipped", "11") == "no noun after"
    assert decide(rules, "Über 300 people came", "300") is None


def test_the_first_matching_rule_decides_in_order():
    rules = [
        Rule.of("general", "name", before=("<cap>",)),
        Rule.of("indexed", "time", after=("gmt",)),
    ]
    assert decide(rules, "Polls 2000 GMT", "2000") == "general"
    assert decide(list(reversed(rules)), "Polls 2000 GMT", "2000") == "indexed"


def test_headline_rules_can_be_switched_off():
    rules = [Rule.of("capitals", "name", before=("<cap>",), headline=False)]
    assert decide(rules, "Police Arrest 12 Suspects", "12") == "capitals"
    assert decide(rules, "Police Arrest 12 Suspects", "12", headline=True) is None


def test_bad_rules_are_errors():
    with pytest.raises(InvalidArgumentError, match="decision"):
        Rule.of("x", "maybe")
    with pytest.raises(InvalidArgumentError, match="word class"):
        Grammar([Rule.of("x", "name", after=("<nope>",))], words=WORDS, classes=CLASSES)
    with pytest.raises(InvalidArgumentError, match="word list"):
        Grammar([Rule.of("x", "name", after=("@nope",))], words=WORDS, classes=CLASSES)


def test_tokens_past_the_end_are_none():
    grammar = Grammar([Rule.of("end", "name", after=("<end>",))], words=WORDS, classes=CLASSES)
    assert grammar.decide([Token("at", 0, 2, "at")], "5", []) is not None


def test_start_of_sentence():
    grammar = Grammar(
        [Rule.of("item", "list", before=("<start>",), after=(".",))], words=WORDS, classes=CLASSES
    )
    assert grammar.decide([], "2", tokenize(".")) is not None
    assert grammar.decide(tokenize("step"), "2", tokenize(".")) is None
