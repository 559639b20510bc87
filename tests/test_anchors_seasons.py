"""Tests of the seasons counted back (``[counted_back] background`` of ``data/anchors.toml``): a sports
figure of an earlier season is background, as a count of last year is; one of this season is not."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.claim import Claim
from claimnum.grouping import frame_of

SEASONS = {"last season": "last season", "previous season": "the previous season"}


def one(text: str, number: str) -> Claim:
    [claim] = [c for c in claimnum.extract(text) if c.text == number]
    return claim


@pytest.mark.parametrize(("anchor", "written"), sorted(SEASONS.items()))
def test_a_season_counted_back_makes_a_sports_figure_background(anchor: str, written: str) -> None:
    claim = one(f"Okafor scored 31 goals {written}.", "31")
    assert frame_of(claim).anchor == anchor
    assert frame_of(claim).background
    assert frame_of(one(f"{written.capitalize()}, Okafor scored 31 goals.", "31")).background


def test_every_season_row_is_tested() -> None:
    from claimnum.anchors import anchor_words

    rows = {row for row in anchor_words()["counted_back"]["background"] if row.endswith("season")}
    assert rows == set(SEASONS)


def test_a_figure_of_this_season_stays_the_story_s_own() -> None:
    assert not frame_of(one("Okafor has scored 9 goals this season.", "9")).background


def test_a_figure_compared_with_last_season_is_not_background() -> None:
    assert not frame_of(one("Okafor's goals rose 40% from last season.", "rose 40%")).background
