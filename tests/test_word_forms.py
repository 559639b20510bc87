"""Word forms from lemminflect: plurals, past forms and "-ing" forms, known words and unknown ones."""

from __future__ import annotations

import pytest

from claimnum.word_forms import is_gerund, is_past, is_plural, is_third_person


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("ferries", True),
        ("geese", True),
        ("analyses", True),
        ("glimps", True),
        ("series", False),
        ("campus", False),
        ("nation's", False),
        ("his", False),
    ],
)
def test_plurals_come_from_the_dictionary_and_its_rules(word: str, plural: bool) -> None:
    assert is_plural(word) is plural


@pytest.mark.parametrize(
    ("word", "past", "gerund"),
    [
        ("rescued", True, False),
        ("sank", True, False),
        ("swum", True, False),
        ("blorped", True, False),
        ("sailing", False, True),
        ("blorping", False, True),
        ("ceiling", False, False),
        ("hundred", False, False),
        ("sail", False, False),
    ],
)
def test_verb_forms_come_from_the_dictionary_and_its_rules(word: str, past: bool, gerund: bool) -> None:
    assert (is_past(word), is_gerund(word)) == (past, gerund)


@pytest.mark.parametrize(
    ("word", "third"), [("ferries", True), ("blorps", True), ("ferry", False), ("ferried", False)]
)
def test_third_person_forms_come_from_the_dictionary_and_its_rules(word: str, third: bool) -> None:
    assert is_third_person(word) is third
