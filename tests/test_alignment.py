"""Tests of claimnum.alignment: which evidence claims speak of each number."""

from __future__ import annotations

import claimnum
from claimnum.alignment import align


def test_numbers_align_with_their_own_quantity_only() -> None:
    numbers = claimnum.extract("The quake killed 40 people and injured 300.")
    evidence = claimnum.extract("The quake killed 47 people. About 250 were injured.")
    pairs = align(numbers, evidence)
    assert list(zip(pairs.k.tolist(), pairs.e.tolist(), strict=True)) == [(0, 0), (1, 1)]
    assert (pairs.score >= 0.5).all()


def test_a_fraction_word_is_read_in_percent() -> None:
    numbers = claimnum.extract("Nearly half of voters backed it.")
    pairs = align(numbers, claimnum.extract("Some 48 percent of voters backed it."))
    assert pairs.number_units.tolist() == ["percent"]
    assert pairs.number_scales.tolist() == [100.0]
    assert pairs.evidence_scales.tolist() == [1.0]


def test_nothing_to_align() -> None:
    pairs = align(claimnum.extract("Over 500 people came."), [])
    assert (pairs.k.size, pairs.e.size) == (0, 0)


def test_a_bare_amount_is_read_as_the_rate_of_its_currency() -> None:
    numbers = claimnum.extract("Cleaners will earn $18.")
    pairs = align(numbers, claimnum.extract("Cleaners will earn $18 an hour, the union said."))
    assert pairs.k.tolist() == [0]
    assert pairs.number_units.tolist() == ["USD/hour"]
