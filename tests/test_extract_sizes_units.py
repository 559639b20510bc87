"""Units of energy, power and the like written out, and lengths that are sizes, not changes."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.data_files import data_table


def _claims(text: str) -> list[tuple[str, float | None, str, str]]:
    return [(c.text, c.value, c.unit, c.kind) for c in claimnum.extract(text)]


def test_a_power_of_ten_keeps_its_unit() -> None:
    assert [(c.value, c.unit) for c in claimnum.extract("The flare released 10^25 joules.")] == [
        (1e25, "joule")
    ]


@pytest.mark.parametrize("word", data_table("lexicon.toml")["words"]["size_adjectives"])
def test_a_length_before_a_word_of_dimension_is_a_size(word: str) -> None:
    (claim,) = claimnum.extract(f"The athlete jumped 2.1 metres {word} on Sunday.")
    assert (claim.value, claim.unit, claim.kind) == (2.1, "meter", "amount")


def test_a_jump_in_a_share_price_stays_a_change() -> None:
    assert _claims("Its shares jumped 7% on Friday.") == [("jumped 7%", 7.0, "percent", "ratio")]
