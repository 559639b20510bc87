"""Shared test helpers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimnum import Claim, extract


def _only(text: str) -> Claim:
    claims = extract(text)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


@pytest.fixture
def only() -> Callable[[str], Claim]:
    """The one claim a text makes (the test fails when it makes none or several)."""
    return _only
