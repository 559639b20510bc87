"""The earlier figure a text names as its revision's start ("rose to 38 from 31") is a past state."""

from __future__ import annotations

import pytest

from claimnum import extract, reconcile
from claimnum.evolution import past_figures
from claimnum.grouping import frame_of

# A text naming its own earlier figure ("rose to 52 from 47") tells a past state, not a report.
_TOLL = {
    "a": ("2025-02-10T06:00", "The landslide killed at least 31 people."),
    "b": ("2025-02-10T18:00", "The death toll from the landslide rose to 38 from 31."),
    "c": ("2025-02-11T06:00", "Nearly 40 people have died in the landslide."),
}


def test_a_growing_toll_whose_text_names_its_earlier_figure_is_updated() -> None:
    [group] = reconcile(_TOLL).groups
    assert group.verdict == "updated"
    assert group.estimate is not None
    assert 38 <= group.estimate.point < 40
    assert len(group.claims) == 4  # the earlier figure stays in the group's history
    assert sorted(group.timeline["lo"].tolist())[:2] == [31.0, 31.0]


def test_the_same_toll_without_times_is_not_conflicting() -> None:
    [group] = reconcile({name: text for name, (_, text) in _TOLL.items()}).groups
    assert group.verdict in ("consistent", "compatible")
    assert group.estimate is not None
    assert group.estimate.point == 38


@pytest.mark.parametrize("revised", ["revised up to 19 from 12", "raised to 19, up from 12"])
def test_a_revision_naming_its_start_then_the_same_figure_is_an_update(revised: str) -> None:
    documents = {
        "a": ("2025-02-10T06:00", f"The death toll from the explosion was {revised}."),
        "b": ("2025-02-10T18:00", "The explosion killed 19 people."),
    }
    [group] = reconcile(documents).groups
    assert group.verdict == "updated"
    assert group.estimate is not None
    assert group.estimate.point == 19
    untimed = reconcile({name: text for name, (_, text) in documents.items()})
    assert [g.verdict for g in untimed.groups] == ["consistent"]


def test_an_earlier_figure_that_fits_no_growth_is_left_out_of_the_update() -> None:
    # b's earlier figure (31) is below a's earlier report (33): its own time is unknown, so it
    # does not turn the growing toll into a conflict
    documents = {
        "a": ("2025-02-10T06:00", "The landslide killed 33 people."),
        "b": ("2025-02-10T18:00", "The death toll from the landslide rose to 38 from 31."),
    }
    [group] = reconcile(documents).groups
    assert group.verdict == "updated"
    assert group.estimate is not None
    assert group.estimate.point == 38


def test_two_figures_of_a_revision_without_another_source_keep_the_later() -> None:
    [group] = reconcile({"a": "The death toll from the landslide rose to 38 from 31."}).groups
    assert group.verdict == "single source"
    assert group.estimate is not None
    assert group.estimate.point == 38


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("The death toll rose to 38 from 31.", [False, True]),
        ("The toll climbed from 31 to 38.", [True, False]),
        ("The toll reached 38, up from about 31.", [False, True]),
        ("Volunteers from 3 villages rescued 40 people.", [False, False]),
    ],
)
def test_past_figures_are_the_starts_of_a_revision(text: str, past: list[bool]) -> None:
    claims = extract(text)
    assert past_figures(claims, [frame_of(c) for c in claims]) == past
