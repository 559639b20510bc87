"""Clauses a sentence denies after "that" (data/clause_denials.toml): one test per row, and verify."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.clause_negation import negated_clause
from claimnum.data_files import data_table

TABLE = data_table("clause_denials.toml")
CLAUSE = "that the ferry carried 40 cars."


def denied(sentence: str) -> bool:
    return negated_clause(sentence, sentence.index("40"))


@pytest.mark.parametrize("verb", TABLE["verbs"])
def test_a_verb_of_denial_denies_the_clause_after_that(verb: str) -> None:
    assert denied(f"The port's owners {verb} {CLAUSE}")
    assert denied(f"The port's owners {verb} reports {CLAUSE}")


@pytest.mark.parametrize("verb", TABLE["through"])
def test_a_verb_that_denies_through_a_noun_of_what_was_said(verb: str) -> None:
    assert denied(f"The port's owners {verb} claims {CLAUSE}")
    assert not denied(f"The council {verb} that plan for 40 cars.")  # "that" names a plan here


@pytest.mark.parametrize("noun", TABLE["said"])
def test_a_noun_of_what_was_said_after_a_verb_of_denial(noun: str) -> None:
    assert denied(f"The port's owners rejected {noun} {CLAUSE}")
    assert not denied(f"The port's owners repeated {noun} {CLAUSE}")


@pytest.mark.parametrize("article", TABLE["determiners"])
def test_a_determiner_before_the_noun_of_what_was_said(article: str) -> None:
    assert denied(f"The port's owners dismissed {article} suggestion {CLAUSE}")


@pytest.mark.parametrize("phrase", TABLE["phrases"])
def test_a_phrase_that_calls_the_clause_false(phrase: str) -> None:
    assert denied(f"{phrase.capitalize()} {CLAUSE}")
    assert denied(f"The harbour master said {phrase} {CLAUSE}")


@pytest.mark.parametrize(
    "sentence",
    [
        "The port's owners said that the ferry carried 40 cars.",
        "It is true that the ferry carried 40 cars.",
        "The port's owners denied the delay, and the ferry carried 40 cars.",
        "The port's owners denied that the ferry was late; it carried 40 cars.",
    ],
)
def test_a_clause_no_denial_governs_stands(sentence: str) -> None:
    assert not denied(sentence)


def test_a_long_clause_after_the_denial_is_still_denied() -> None:
    assert denied("The port's owners denied that the old ferry from the island carried 40 cars.")


@pytest.mark.parametrize(
    "evidence",
    [
        "Officials denied that the warehouse fire destroyed 120 crates.",
        "It is false that the warehouse fire destroyed 120 crates.",
        "Officials rejected claims that the warehouse fire destroyed 120 crates.",
        "It is not true that the warehouse fire destroyed 120 crates.",
    ],
)
def test_evidence_denying_the_figure_refutes_the_claim(evidence: str) -> None:
    assert claimnum.verify("The warehouse fire destroyed 120 crates.", evidence).verdict == "refuted"


def test_evidence_stating_the_figure_still_supports_it() -> None:
    claim = "The warehouse fire destroyed 120 crates."
    assert claimnum.verify(claim, "The warehouse fire destroyed 120 crates.").verdict == "supported"
    assert claimnum.verify(claim, "Officials said that the warehouse fire destroyed 120 crates.").verdict == (
        "supported"
    )


def test_a_claim_denying_the_figure_is_refuted_by_evidence_stating_it() -> None:
    claim = "Officials denied that the warehouse fire destroyed 120 crates."
    assert claimnum.verify(claim, "The warehouse fire destroyed 120 crates.").verdict == "refuted"


def test_a_negated_verb_far_before_an_evidence_figure_does_not_deny_it() -> None:
    # Only a denied clause denies evidence: "never" three words off speaks of another figure.
    evidence = "Having never lost in her 31 races, Ada Lorne won 31 races for the Kestrels."
    assert negated_clause(evidence, evidence.index("31"), verbs=False) is False
    assert negated_clause(evidence, evidence.index("31"), verbs=True) is True
