"""Tests of claimnum.pooling: a majority's estimate, the largest camp's, or the union."""

from __future__ import annotations

import numpy as np
import pandas as pd

from claimnum.entail import relate
from claimnum.pooling import READINGS, pool, pooled_relations


def points(*values: float) -> pd.DataFrame:
    rows = [(v, v, "both") * 3 for v in values]
    return pd.DataFrame(rows, columns=list(READINGS)).assign(unit="", negated=False, k=0)


def pooled(claim: float, *said: float) -> tuple[str, int]:
    number, members = points(claim), points(*said)
    related = relate(members, number.iloc[[0] * len(said)])
    members = members.assign(source=[f"s{i}" for i in range(len(said))])
    found = pool(members, related.relation, related.side, ["k"], number, None)
    return str(found.relation[0]), int(found.rows["agreeing"][0])


def test_a_strict_majority_decides() -> None:
    assert pooled(60, 60, 60, 47) == ("entailed", 2)
    assert pooled(47, 60, 60, 47) == ("contradicted", 2)


def test_the_largest_camp_supports_but_does_not_refute_alone() -> None:
    assert pooled(60, 60, 60, 47, 20, 90) == ("entailed", 2)
    assert pooled(47, 60, 60, 47, 20, 90) == ("compatible", 0)


def test_a_tie_is_the_union() -> None:
    assert pooled(60, 60, 47) == ("compatible", 0)


def test_the_union_refutes_only_when_every_member_does() -> None:
    relation = np.array(["contradicted", "contradicted", "entailed"])
    side = np.array(["above", "below", ""])
    result, sides = pooled_relations(relation, side, np.array([0, 0, 1]), 2)
    assert result.tolist() == ["contradicted", "entailed"]
    assert sides.tolist() == ["", ""]


def test_a_refuted_claim_lies_on_the_side_most_members_put_it() -> None:
    relation = np.array(["contradicted"] * 3)
    assert pooled_relations(relation, np.array(["above", "above", "below"]), np.zeros(3, int), 1)[1] == [
        "above"
    ]
    # a change the wrong way is a side of its own: one each way is no side
    assert pooled_relations(relation[:2], np.array(["above", "across"]), np.zeros(2, int), 1)[1] == [""]
