"""Tests of claimnum.roles: the role of the unnamed person a number belongs to.

The sentences are our own, written for these tests.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import claimnum
from claimnum.grouping import frame_of, link
from claimnum.roles import role_kind, role_of, same_role

TABLE = tomllib.loads(resources.files("claimnum").joinpath("data/holders.toml").read_text("utf-8"))
ROWS = [(kind, role, nouns) for kind, rows in TABLE["roles"].items() for role, nouns in rows.items()]


def role(sentence: str, number: str) -> str | None:
    at = sentence.index(number)
    return role_of(sentence, at, at + len(number))


@pytest.mark.parametrize(("kind", "name", "nouns"), ROWS, ids=[f"{k}.{r}" for k, r, _ in ROWS])
def test_every_role_noun_holds_the_number_it_is_written_with(kind: str, name: str, nouns: list[str]) -> None:
    for noun in nouns:
        assert role(f"The {noun}, 22, was seen.", "22") == f"{kind}.{name}"
        assert role(f"Then the 22-year-old {noun} left.", "22-year-old") == f"{kind}.{name}"
        assert role(f"Police said the {noun} was 22.", "22") == f"{kind}.{name}"
    others = [f"{kind}.{other}" for k, other, _ in ROWS if k == kind and other != name]
    assert all(not same_role(f"{kind}.{name}", other) for other in others)


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("A 19-year-old male suspect was held.", "19-year-old", "crime.offender"),
        ("His mother, aged 60, was hurt.", "60", "kin.mother"),
        ("Police held a fourth suspect, a 20-year-old man, on Sunday.", "20-year-old", "crime.offender"),
        ("Officers arrested two suspects.", "two", "crime.offender"),
        ("The suspect, 38-year-old Ana Ruiz, fled.", "38-year-old", "crime.offender"),
        ("A 35-year-old man fled.", "35-year-old", "sex.male"),  # a man: only his sex
        ("Two women were seen.", "Two", "sex.female"),
        ("A 35-year-old male suspect fled.", "35-year-old", "crime.offender"),  # the role wins
        ("The mother of 12 was shot.", "12", None),
        ("Ana Ruiz, 22, was seen.", "22", None),  # a name: claimnum.holders tells it
    ],
)
def test_the_role_noun_a_number_attaches_to(sentence: str, number: str, expected: str | None) -> None:
    assert role(sentence, number) == expected


def test_roles_of_one_kind_are_different_people_and_of_two_kinds_may_be_one() -> None:
    assert not same_role("crime.victim", "crime.offender")
    assert same_role("crime.victim", "kin.mother")
    assert same_role(None, "crime.victim")
    assert same_role("kin.son", "kin.son")
    assert role_kind("vehicle.driver") == "vehicle"
    assert role_kind(None) is None


def test_the_ages_of_a_victim_and_a_suspect_never_link() -> None:
    [victim] = claimnum.extract("The victim, 22, died.")
    [suspect] = claimnum.extract("The suspect, 22, fled.")
    [again] = claimnum.extract("The 22-year-old victim died.")
    assert link(victim, suspect) is None
    assert link(victim, again) is not None
    result = claimnum.reconcile(
        {
            "a": "The victim, 22, died on Friday. The gunman, 22, fled.",
            "b": "The 22-year-old suspect fled after the shooting.",
            "c": "Police said the 22-year-old victim died at the scene.",
        }
    )
    for group in result.groups:
        roles = {frame_of(c).role for c in group.claims} - {None}
        assert len(roles) <= 1
    assert any(len(group.claims) == 2 for group in result.groups)


def test_two_men_and_two_women_are_two_counts() -> None:
    [men] = claimnum.extract("Police arrested two men in the raid.", source="a")
    [women] = claimnum.extract("He had hired two women.", source="b")
    assert link(men, women) is None
    result = claimnum.reconcile(
        {
            "a": "Police arrested two men in the raid on Monday.",
            "b": "The two men were arrested on Monday. One had hired two women.",
            "c": "Officers said two men were held.",
        }
    )
    for group in result.groups:
        assert len({frame_of(c).role for c in group.claims} - {None}) <= 1
