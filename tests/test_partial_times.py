"""Documents of which some have a time and others none are refused, naming the latter."""

from __future__ import annotations

import pandas as pd
import pytest

from claimnum import reconcile
from claimnum.errors import ClaimnumError


def _flood_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "body": [
                "The flood in Varnholm killed 3 people.",
                "The flood in Varnholm has killed 10 people.",
                "The death toll from the flood in Varnholm rose to 24.",
                "The flood in Varnholm killed 24 people.",
            ],
            "outlet": ["north", "east", "south", "west"],
            "published": pd.to_datetime(
                ["2025-06-03T07:00", "2025-06-03T15:00", "2025-06-04T07:00", "2025-06-04T15:00"]
            ),
        }
    )


def test_a_timed_frame_of_a_growing_toll_is_updated() -> None:
    [group] = reconcile(_flood_frame(), text="body", source="outlet", time="published").groups
    assert group.verdict == "updated"
    assert group.estimate is not None
    assert group.estimate.point == 24


def test_a_missing_time_among_timed_rows_is_an_error_naming_the_row() -> None:
    frame = _flood_frame()
    frame.loc[1, "published"] = pd.NaT
    with pytest.raises(ClaimnumError, match=r"'east' \(row 1\)") as caught:
        reconcile(frame, text="body", source="outlet", time="published")
    assert isinstance(caught.value, ValueError)
    assert "published" in str(caught.value)


def test_a_mapping_with_some_times_missing_is_an_error_naming_the_document() -> None:
    documents = {"north": ("2025-06-03T07:00", "The flood killed 3 people."), "east": "It killed 10."}
    with pytest.raises(ClaimnumError, match="'east'"):
        reconcile(documents)


def test_a_row_without_text_needs_no_time() -> None:
    frame = _flood_frame()
    frame.loc[1, ["body", "published"]] = [None, pd.NaT]
    [group] = reconcile(frame, text="body", source="outlet", time="published").groups
    assert group.verdict == "updated"
