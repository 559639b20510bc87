"""Several sources pooled: a strict majority decides, not one source against another (issue 12)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimnum.entail import relate
from claimnum.pooling import READINGS, most_members, pool
from claimnum.verify import verify

_MARCH = "people marched against the pension reform."


def test_one_source_supporting_and_one_refuting_is_compatible() -> None:
    evidence = {
        "police": f"Police said about 9,000 {_MARCH}",
        "unions": f"Unions said some 30,000 {_MARCH}",
    }
    [finding] = verify(f"About 30,000 {_MARCH}", evidence).items
    assert finding.verdict == "compatible"
    assert finding.sources == {"police": "overstated", "unions": "supported"}
    # the protest example stays overstated: every source lies below the claim
    assert verify(f"More than 40,000 {_MARCH}", evidence).verdict == "overstated"


def _rally(*figures: str) -> dict[str, str]:
    return {f"s{i}": f"The rally in Dunmore drew {figure} people." for i, figure in enumerate(figures)}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("42,000", "overstated"),  # three close figures below it outweigh the one giving it
        ("9,000", "understated"),
        ("21,000", "supported"),  # the three: a majority shares the claim's value
    ],
)
def test_close_exact_figures_form_one_camp_against_an_outlier(claim: str, verdict: str) -> None:
    evidence = _rally("21,000", "20,800", "21,300", "42,000")
    [finding] = verify(f"The rally in Dunmore drew {claim} people.", evidence).items
    assert finding.verdict == verdict


def test_scattered_figures_on_one_side_do_not_refute() -> None:
    # three sources above the claim that agree on nothing among themselves are no camp
    evidence = _rally("21,000", "30,000", "45,000", "12,000")
    assert verify("The rally in Dunmore drew 12,000 people.", evidence).verdict == "compatible"


def test_most_members_needs_a_strict_majority() -> None:
    relation = np.array(["contradicted", "contradicted", "entailed", "entailed"])
    side = np.array(["above", "above", "", ""])
    lo = hi = np.array([10.0, 10.0, 20.0, 20.0])
    rel, _, part = most_members(relation, side, np.zeros(4, int), 1, lo, hi)
    assert rel.tolist() == [""]
    assert not part.any()


def _pooled(lo: float, hi: float, said: list[float]) -> str:
    number = pd.DataFrame([(lo, hi, "both") * 3], columns=list(READINGS)).assign(unit="", negated=False, k=0)
    rows = [(v, v, "both") * 3 for v in said]
    members = pd.DataFrame(rows, columns=list(READINGS)).assign(unit="", negated=False, k=0)
    related = relate(members, number.iloc[[0] * len(said)])
    members = members.assign(source=[f"s{i}" for i in range(len(said))])
    return str(pool(members, related.relation, related.side, ["k"], number, None).relation[0])


@settings(max_examples=300, deadline=None)
@given(
    said=st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=6),
    lo=st.integers(min_value=1, max_value=60),
    width=st.integers(min_value=0, max_value=20),
    wider=st.integers(min_value=0, max_value=20),
)
def test_widening_the_number_never_turns_entailed_into_contradicted(
    said: list[int], lo: int, width: int, wider: int
) -> None:
    before = _pooled(lo, lo + width, [float(v) for v in said])
    after = _pooled(lo - wider, lo + width + wider, [float(v) for v in said])
    if before == "entailed":
        assert after == "entailed"
    if after == "contradicted":
        assert before == "contradicted"
    if all(not lo <= v <= lo + width for v in said):  # every member refutes: refuted
        assert before == "contradicted"
