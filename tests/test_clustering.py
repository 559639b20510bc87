"""Tests of claimnum.clustering: blocks and their splits by time, entity, holder and role."""

from __future__ import annotations

import claimnum
from claimnum.grouping import frame_of


def test_a_roles_age_joins_the_named_holder_that_gives_its_figure() -> None:
    # "his 58-year-old mother": the age is the mother's, not the holder "his" refers back to;
    # "58-year-old" (in years) and "Ann Reed, 58," (a pure number read as years) give one figure
    docs = {
        "a": "Tom Reed, 23, has been charged with the murder of his 58-year-old mother, Ann Reed, at home.",
        "b": "Police found the body of Ann Reed, 58. Her son Tom Reed, 23, was arrested.",
    }
    result = claimnum.reconcile(docs)
    [mother] = [c for c in result.claims if c.text == "58-year-old"]
    assert frame_of(mother).role == "kin.mother"
    [group] = [g for g in result if mother in g.claims]
    assert sorted((c.source, c.text) for c in group.claims) == [("a", "58-year-old"), ("b", "58")]
