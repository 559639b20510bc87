"""Tests of claimnum.parties: which holders are one party in a story."""

from __future__ import annotations

import pytest

from claimnum.parties import aliases


@pytest.mark.parametrize(
    ("names", "one"),
    [
        (["fred brisk", "frederick c. brisk"], True),  # a short first name, a middle initial
        (["jon smith", "jonathan smith"], True),
        (["jon smith", "jonathan smith", "jonas smith"], False),  # two longer first names: which?
        (["fred brisk", "frederick dunn"], False),  # another surname
        (["alexander smith", "alexandra smith"], False),  # two long first names are two people
    ],
)
def test_a_short_first_name_is_the_one_longer_first_name_it_starts(names: list[str], one: bool) -> None:
    found = aliases(names, [])
    assert (found[names[0]] == found[names[1]]) is one
