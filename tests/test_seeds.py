"""The two seed articles: every claim in them comes out right.

The articles belong to their publishers, so they are read from ``../shared/seeds``
at run time and never copied here; the tests skip when the files are absent.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from claimnum import extract

SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"

# text -> (sense, kind, value, unit, subject, predicate); None means "any".
AFP = {
    "three weeks": ("bare", "amount", 3.0, "week", None, None),
    "approximately two weeks": ("approximate", "amount", 2.0, "week", None, "absent"),
    "over 10,000": ("over", "amount", 10_000.0, "", "North Korean soldiers", "deployed"),
    "dozens": ("dozens", "amount", None, "", "settlements", "capturing"),
    "several": ("several", "amount", None, "", None, "captured or killed"),
    "an estimated 11,000": ("estimated", "amount", 11_000.0, "", "soldiers", "arriving"),
    "halved": ("bare", "ratio", None, "", "numbers", "halved"),
    "within three months": ("within", "amount", 3.0, "month", None, "halved"),
}
CNN = {
    "three weeks": ("bare", "amount", 3.0, "week", None, "observed"),
    "about three weeks": ("approximate", "amount", 3.0, "week", None, "observed"),
    "around 12,000": ("approximate", "amount", 12_000.0, "", "North Korean soldiers", "deployed"),
    "an estimated 4,000": ("estimated", "amount", 4_000.0, "", "North Korean soldiers", "killed or injured"),
    "$1.23 billion": ("bare", "amount", 1.23e9, "USD", "defense package", "received"),
    "13.5 billion SEK": ("bare", "amount", 13.5e9, "SEK", "defense package", "received"),
}
NOT_CLAIMS = ["World War II", "2022", "2024", "August", "January 26", "26", "II"]


def _read(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"seed {path} not available")
    return path.read_text(encoding="utf-8")


@pytest.fixture(params=[("afp_kursk.txt", AFP), ("cnn_kursk.txt", CNN)], ids=["afp", "cnn"])
def seed(request):
    name, expected = request.param
    text = _read(name)
    return text, extract(text, source=name), expected


def test_exactly_the_expected_claims(seed):
    _, claims, expected = seed
    assert [c.text for c in claims] == list(expected)


def test_each_claim_reads_right(seed):
    _, claims, expected = seed
    for claim in claims:
        sense, kind, value, unit, subject, predicate = expected[claim.text]
        assert (claim.sense, claim.kind, claim.unit) == (sense, kind, unit), claim
        assert claim.value == (None if value is None else pytest.approx(value)), claim
        assert claim.subject == subject, claim
        assert claim.predicate == predicate, claim


def test_offsets_and_sentences(seed):
    text, claims, _ = seed
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.text in claim.sentence
        assert claim.sentence in text
        assert claim.source is not None


def test_nothing_from_dates_years_or_names(seed):
    _, claims, _ = seed
    for claim in claims:
        assert not any(claim.text == bad or bad in claim.text.split() for bad in NOT_CLAIMS)


def test_over_is_a_strict_lower_bound_and_the_past_weeks_are_not():
    claims = {c.text: c for c in extract(_read("afp_kursk.txt"))}
    over = claims["over 10,000"]
    assert over.literal.lo == 10_000
    assert not over.literal.left_closed
    assert math.isinf(over.literal.hi)
    assert over.interval.hi < math.inf
    weeks = claims["three weeks"]
    assert weeks.qualifier is None
    assert weeks.interval.contains(3)


def test_halved_within_three_months_is_a_ratio_and_a_duration():
    claims = {c.text: c for c in extract(_read("afp_kursk.txt"))}
    halved, months = claims["halved"], claims["within three months"]
    assert halved.interval.contains(0.5)
    assert halved.interval.unit is None
    assert months.literal.hi == 3
    assert months.literal.unit == "month"
    assert halved.end <= months.start


def test_the_two_currencies_of_the_package():
    claims = {c.text: c for c in extract(_read("cnn_kursk.txt"))}
    usd, sek = claims["$1.23 billion"], claims["13.5 billion SEK"]
    assert usd.interval.unit == "USD"
    assert usd.interval.contains(1.23e9)
    assert sek.interval.unit == "SEK"
    assert sek.interval.contains(13.5e9)
