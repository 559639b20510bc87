import pytest

import claimnum
from claimnum.clause_negation import negated_clause


def _at(sentence: str, figure: str) -> int:
    return sentence.index(figure)


@pytest.mark.parametrize(
    ("sentence", "figure", "negated"),
    [
        ("Penn did not end the year with 4,170 members.", "4,170", True),
        ("The new bridge won't be the eighth crossing.", "eighth", True),
        ("The club has never paid its coach more than $2 million.", "$2 million", True),
        ("Penn, who did not sing, kept 4,170 members.", "4,170", False),
        ("They did not only score 40 points.", "40", False),
        ("He was not guilty on two of the counts.", "two", False),
        ("They will not sign the 38-year-old pitcher.", "38-year-old", False),
        ("Penn ended the year with 4,170 members.", "4,170", False),
        ("The club did not end the year with twenty-five members.", "twenty-five", True),
        ("The new bridge won't be the twenty-first crossing.", "twenty-first", True),
        ("They will not sign a five-year deal.", "five-year", False),
    ],
)
def test_a_negated_verb_of_the_figures_clause_denies_it(sentence: str, figure: str, negated: bool) -> None:
    assert negated_clause(sentence, _at(sentence, figure)) is negated


def test_a_claim_denying_a_figure_the_evidence_states_is_refuted() -> None:
    premise = "Ada Lorne scored 31 points for the Kestrels on Friday."
    assert claimnum.verify("Ada Lorne did not finish the game with 31 points.", premise).verdict == "refuted"
    assert (
        claimnum.verify("Ada Lorne did not finish the game with 40 points.", premise).verdict == "supported"
    )


def test_a_long_sentence_is_read_only_near_the_figure() -> None:
    rain = "and the rain fell on the town " * 40
    sentence = f"The council did not meet, {rain}and the choir kept 40 members."
    assert negated_clause(sentence, _at(sentence, "40 members")) is False
    denied = "x " * 400 + "The choir did not end the year with 40 members."
    assert negated_clause(denied, _at(denied, "40 members")) is True
