"""Shared test helpers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, settings

from claimnum import Claim, extract

# Timing is no property of claimnum's laws: a loaded machine (CI shares its cores) must not fail a
# property test by its clock.  Speed is measured in benchmarks/, never here.
settings.register_profile("claimnum", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("claimnum")


def _only(text: str) -> Claim:
    claims = extract(text)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


@pytest.fixture
def only() -> Callable[[str], Claim]:
    """The one claim a text makes (the test fails when it makes none or several)."""
    return _only
