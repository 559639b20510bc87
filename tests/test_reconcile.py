"""Tests of claimnum.reconcile: grouping, verdicts and estimates across documents, views, examples."""

from __future__ import annotations

import datetime
import json
import math
import pickle
import re
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import claimnum
from claimnum.documents import example_documents
from claimnum.errors import MissingDependencyError
from claimnum.extract import extract
from claimnum.reconcile import Group, Reconciliation, reconcile
from claimnum.report import estimate_text

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEK_RATE = {"SEK": 0.0911}  # 1.23e9 USD / 13.5e9 SEK


def seed_documents() -> dict[str, str]:
    if not (SEEDS / "afp_kursk.txt").exists():
        pytest.skip("the seed stories are not in ../shared/seeds")
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}


STORIES = {"bundled": example_documents, "seeds": seed_documents}


@pytest.fixture(params=sorted(STORIES))
def stories(request: pytest.FixtureRequest) -> dict[str, str]:
    return STORIES[request.param]()


def group_of(result: Reconciliation, text: str) -> Group:
    """The group holding the claim whose text contains ``text``."""
    found = [g for g in result.groups for c in g.claims if text in c.text]
    assert len(found) == 1, f"{text!r} is in {len(found)} claims"
    return found[0]


def texts(group: Group) -> list[str]:
    return [c.text for c in group.claims]


# --------------------------------------------------------------------------- acceptance: the Kursk stories


def test_troop_deployments_form_one_consistent_group(stories: dict[str, str]) -> None:
    result = reconcile(stories)
    troops = group_of(result, "10,000")
    assert troops is group_of(result, "11,000")
    assert troops is group_of(result, "12,000")
    assert len(troops.claims) == 3
    assert len(troops.sources) == 2
    assert troops.verdict == "consistent"
    assert troops.estimate is not None
    assert 11_000 <= troops.estimate.point <= 12_500
    assert troops.dissenters == ()


def test_casualties_stay_apart_from_deployments(stories: dict[str, str]) -> None:
    result = reconcile(stories)
    casualties = group_of(result, "4,000")
    assert casualties is not group_of(result, "10,000")
    assert all("4,000" in t for t in texts(casualties))


def test_absence_durations_form_one_group(stories: dict[str, str]) -> None:
    result = reconcile(stories)
    absence = group_of(result, "two weeks")
    assert absence is group_of(result, "about three weeks")
    assert len(absence.sources) == 2
    assert {c.unit for c in absence.claims} == {"week"}
    assert all("month" not in t for t in texts(absence))  # "within three months" is another quantity


def test_money_is_incomparable_without_rates_and_consistent_with_them(stories: dict[str, str]) -> None:
    result = reconcile(stories)
    money = group_of(result, "1.23 billion")
    assert money is group_of(result, "13.5 billion")
    assert {c.unit for c in money.claims} == {"USD", "SEK"}
    assert money.verdict == "incomparable"
    assert money.estimate is None
    converted = group_of(reconcile(stories, rates=SEK_RATE), "1.23 billion")
    assert converted.verdict == "single source"  # one outlet restates its own figure
    assert converted.check.verdict == "consistent"
    assert converted.estimate is not None
    low, high = converted.estimate.interval.magnitude_in("USD", rates=SEK_RATE)
    assert low <= 1.23e9 <= high


def test_an_unrealistic_rate_makes_the_money_disagree(stories: dict[str, str]) -> None:
    money = group_of(reconcile(stories, rates={"SEK": 0.5}), "1.23 billion")
    assert money.check.verdict not in {"consistent", "incomparable"}


def test_ratio_claims_group_only_with_ratios() -> None:
    result = reconcile(example_documents())
    halved = group_of(result, "halved")
    assert {c.kind for c in halved.claims} == {"ratio"}


def test_no_claim_is_lost_or_duplicated(stories: dict[str, str]) -> None:
    result = reconcile(stories)
    extracted = [c for source, text in stories.items() for c in extract(text, source=source)]
    assert sorted(result.claims, key=lambda c: (c.source, c.start)) == extracted


# --------------------------------------------------------------------------- grouping rules


def test_counts_never_group_with_durations() -> None:
    result = reconcile(["The troops were not seen for 3 weeks.", "Some 3 troops were not seen."])
    assert len(result) == 2


def test_deployed_killed_and_withdrawn_stay_apart() -> None:
    docs = [
        "Around 12,000 soldiers were deployed.",
        "About 4,000 soldiers were killed or injured.",
        "Some 3,000 soldiers were withdrawn.",
        "Nearly 12,500 troops were deployed.",
    ]
    result = reconcile(docs)
    assert sorted(len(g.claims) for g in result) == [1, 1, 2]
    assert [c.value for c in group_of(result, "12,500").claims] == [12_000, 12_500]


def test_synonyms_and_plurals_fold() -> None:
    result = reconcile({"a": "Over 40 villages were captured.", "b": "About 45 settlements were captured."})
    assert len(result) == 1


def test_different_subjects_stay_apart() -> None:
    result = reconcile(["About 40 villages were captured.", "About 40 tanks were captured."])
    assert len(result) == 2


def test_claims_without_measure_or_subject_stay_alone() -> None:
    assert len(reconcile(["We counted 3.", "We counted 4."])) == 2


def test_grouping_is_deterministic() -> None:
    first = reconcile(example_documents())
    again = reconcile(dict(reversed(list(example_documents().items()))))
    assert [g.label for g in first] == [g.label for g in reconcile(example_documents())]
    assert {frozenset(g.claims) for g in first} == {frozenset(g.claims) for g in again}


def test_groups_are_listed_largest_first() -> None:
    sizes = [len(g.claims) for g in reconcile(example_documents())]
    assert sizes == sorted(sizes, reverse=True)


def test_labels_are_unique() -> None:
    result = reconcile(["Police said 3 people died in the north and 40 died in the south."])
    assert [g.label for g in result] == ["deaths", "deaths #2"]


# --------------------------------------------------------------------------- the caller's key


def test_a_key_function_overrides_grouping() -> None:
    result = reconcile(example_documents(), key=lambda claim: claim.source)
    assert sorted(g.label for g in result) == ["Harbour Wire", "Lakeshore Broadcasting"]
    assert all(g.why[0].startswith("key ") for g in result)


def test_a_key_returning_none_leaves_claims_to_claimnum() -> None:
    plain = reconcile(example_documents())
    mixed = reconcile(
        example_documents(), key=lambda claim: "money" if claim.unit in {"USD", "SEK"} else None
    )
    money = mixed["money"]
    assert texts(money) == texts(group_of(plain, "1.23 billion"))
    assert len(mixed) == len(plain)


def test_a_mapping_of_claims_to_labels() -> None:
    claims = extract("Over 300 people came. It rained for 3 days.", source="0")
    result = reconcile(
        ["Over 300 people came. It rained for 3 days."], key={claims[0]: "crowd", claims[1]: "crowd"}
    )
    assert [g.label for g in result] == ["crowd"]
    assert result["crowd"].verdict == "incomparable"
    assert result["crowd"].estimate is None


def test_a_bad_key_is_a_type_error() -> None:
    with pytest.raises(claimnum.InvalidTypeError, match="key must be"):
        reconcile(["Over 300 people came."], key=42)  # type: ignore[arg-type]


def test_a_key_must_give_hashable_labels() -> None:
    documents = ["40 died.", "41 died."]
    claim = extract("40 died.", source="0")[0]
    unhashable = "key must give each claim a hashable label .* or None, got list"
    with pytest.raises(claimnum.InvalidTypeError, match=f"{unhashable} \\[1\\] for '40'"):
        reconcile(documents, key=lambda c: [1])
    with pytest.raises(claimnum.InvalidTypeError, match=f"{unhashable} \\['deaths'\\]"):
        reconcile(documents, key={claim: ["deaths"]})
    assert [g.label for g in reconcile(documents, key=lambda c: ("deaths", 1))] == ["('deaths', 1)"]


# --------------------------------------------------------------------------- documents


def test_the_package_attribute_reconciles_even_after_the_module_is_imported() -> None:
    import claimnum.reconcile as module

    assert claimnum.reconcile is module or claimnum.reconcile is reconcile
    assert claimnum.reconcile(["About 300 people came."]).sources == ("0",)
    assert module(["About 300 people came."], rates={"SEK": 0.1}).rates == (("SEK", 0.1),)


def test_sequences_are_named_by_position() -> None:
    assert reconcile(["About 3 people came.", "About 4 people came."]).sources == ("0", "1")


def test_a_series_is_named_by_its_index_and_missing_texts_are_skipped() -> None:
    docs = pd.Series({"x": "About 300 people came.", "y": None, "z": "Over 290 people came."})
    result = reconcile(docs)
    assert result.sources == ("x", "z")
    assert result[0].sources == ("x", "z")


def test_a_single_string_is_refused_with_advice() -> None:
    with pytest.raises(claimnum.InvalidTypeError, match=r"claimnum\.extract"):
        reconcile("About 300 people came.")


def test_non_text_documents_are_refused() -> None:
    with pytest.raises(claimnum.InvalidTypeError, match="document '1' is a int"):
        reconcile(["About 300 people came.", 7])  # type: ignore[list-item]


def test_duplicate_source_names_are_refused() -> None:
    with pytest.raises(claimnum.InvalidArgumentError, match="two documents are named '1'"):
        reconcile({1: "About 300 people came.", "1": "Over 200 people came."})  # type: ignore[dict-item]


def test_an_unknown_method_is_refused_even_without_claims() -> None:
    with pytest.raises(claimnum.InvalidArgumentError, match="unknown method 'average'"):
        reconcile({}, method="average")


@pytest.mark.parametrize(
    ("rates", "error", "message"),
    [
        ({"SEK": -1}, claimnum.InvalidArgumentError, "must be a positive number"),
        ({"SEK": float("nan")}, claimnum.InvalidArgumentError, "must be a positive number"),
        ({"SEK": "0.09"}, claimnum.InvalidTypeError, "must be a number"),
        ({"SEK": True}, claimnum.InvalidTypeError, "must be a number"),
        ({"XYZ": 1.0}, claimnum.InvalidArgumentError, "ISO 4217 currency codes such as 'SEK', got 'XYZ'"),
        ({"km": 1.0}, claimnum.InvalidArgumentError, "ISO 4217 currency codes such as 'SEK', got 'km'"),
    ],
)
def test_bad_rates_are_refused_not_read_as_incomparable(
    rates: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        reconcile({}, rates=rates)  # type: ignore[arg-type]


def test_rates_must_be_a_mapping() -> None:
    with pytest.raises(claimnum.InvalidTypeError, match="rates must be a mapping"):
        reconcile({}, rates=[("SEK", 0.09)])  # type: ignore[arg-type]


def test_the_method_reaches_combine() -> None:
    result = reconcile(example_documents(), method="median")
    assert {g.estimate.method for g in result if g.estimate is not None} == {"median"}


def test_no_documents_no_groups() -> None:
    result = reconcile({})
    assert (len(result), result.sources) == (0, ())
    assert result.to_frame().empty
    assert result.summary().empty
    assert str(result).startswith("0 sources, 0 claims, 0 groups")


# --------------------------------------------------------------------------- views


def test_to_frame_has_one_row_per_claim() -> None:
    result = reconcile(example_documents())
    frame = result.to_frame()
    assert list(frame.columns) == [
        "group", "source", "time", "text", "value", "unit", "subject", "qualifier",
        "lo", "hi", "closed", "core_lo", "core_hi", "measure", "entity", "anchor", "background",
        "verdict", "agreement", "why",
    ]  # fmt: skip
    assert len(frame) == len(result.claims)
    row = frame[frame.text.str.contains("10,000")].iloc[0]
    assert (row.source, row.value, row.lo, row.closed) == ("Harbour Wire", 10_000.0, 10_000.0, "right")
    assert row.verdict == "consistent"


def test_summary_has_one_row_per_group() -> None:
    result = reconcile(example_documents())
    summary = result.summary()
    assert list(summary.label) == [g.label for g in result]
    money = summary.set_index("label").loc[group_of(result, "1.23 billion").label]
    assert (money.verdict, money.estimate, money.sources) == ("incomparable", "", 1)
    assert math.isnan(money.point)


def test_text_view_lists_groups_and_claims() -> None:
    text = str(reconcile(example_documents()))
    assert text.splitlines()[0].startswith("2 sources, ")
    assert re.search(r"troops\s+2\s+consistent\s+100%\s+≈ 11,", text)
    assert "linked by same measure: troops" in text
    assert re.search(r"Lakeshore Broadcasting\s+around 12,000\s+\[11000, 13000\]", text)
    assert repr(reconcile(example_documents())) == text


def test_views_of_big_groups_list_dissenters_first_and_stay_short() -> None:
    docs = ["About 300 people came."] * 30 + ["About 900 people came."]
    result = reconcile(docs)
    (group,) = result.groups
    text = str(group)
    assert text.splitlines()[2].split()[1:3] == ["About", "900"]  # the dissenter leads
    assert text.endswith("... and 11 more claims")
    assert result._repr_html_().count("<tr>") == 20
    assert len(result.to_frame()) == 31


def test_html_escapes_every_scraped_string() -> None:
    evil = {"<script>": "Over 300 <b>people</b> came & went.", "b": "About 320 people came."}
    page = reconcile(evil)._repr_html_()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "&lt;b&gt;" in page
    assert "<mark>" in page
    assert all(g.verdict in page for g in reconcile(evil))


def test_to_dict_is_valid_json() -> None:
    data = reconcile(example_documents()).to_dict()
    assert json.loads(json.dumps(data, allow_nan=False)) == data


def test_results_are_immutable_hashable_and_pickle() -> None:
    result = reconcile(example_documents(), rates=SEK_RATE)
    assert isinstance(hash(result), int)
    with pytest.raises(AttributeError):
        result.groups = ()  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(result)).to_dict() == result.to_dict()


def test_reconciliation_explains_every_group_its_verdict_estimate_and_reasons() -> None:
    result = reconcile(example_documents())
    text = result.explain()
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "2 sources, 12 claims, 7 groups."
    assert len(paragraphs) == 1 + len(result.groups)
    for group, paragraph in zip(result.groups, paragraphs[1:], strict=True):
        assert paragraph.startswith(group.explain())
        assert f"Verdict: {group.verdict}" in paragraph
        if group.estimate is not None:
            assert paragraph.endswith(f"Estimate: {estimate_text(group)}.")
    assert "linked by same measure: troops" in text


def test_a_measure_is_never_shown_as_its_own_entity() -> None:
    docs = {"a": "The quake struck at a depth of 10 km.", "b": "The earthquake had a depth of 12 kilometres."}
    result = reconcile(docs)
    assert [frame.entity for frame in result[0].frames] == ["depth", "depth"]  # the case tested here
    for view in (result._repr_html_(), result.explain(), str(result)):
        assert "depth of depth" not in view
    assert "<small>depth</small>" in result._repr_html_()


@pytest.mark.parametrize(
    ("item", "error", "builtin", "message"),
    [
        ("no such group", claimnum.UnknownLabelError, KeyError, "no group labelled 'no such group'"),
        (99, claimnum.PositionError, IndexError, "no group at position 99"),
        (-99, claimnum.PositionError, IndexError, "no group at position -99"),
        (1.5, claimnum.InvalidTypeError, TypeError, "cannot look a group up by a float"),
    ],
)
def test_a_lookup_that_finds_no_group_says_what_is_accepted(
    item: object, error: type[Exception], builtin: type[Exception], message: str
) -> None:
    result = reconcile(example_documents())
    with pytest.raises(error, match=message) as raised:
        result[item]  # type: ignore[index]
    assert isinstance(raised.value, builtin)
    assert isinstance(raised.value, claimnum.ClaimnumError)
    assert "its label (a str: " in str(raised.value)
    assert "'troops'" in str(raised.value)
    assert f"an int from 0 to {len(result) - 1}" in str(raised.value)


def test_a_lookup_takes_labels_and_any_kind_of_int() -> None:
    result = reconcile(example_documents())
    assert result["troops"] is result[np.int64(result.groups.index(result["troops"]))]
    assert result[-1] is result.groups[-1]
    with pytest.raises(claimnum.PositionError, match="there are no groups"):
        reconcile([])[0]


def test_plot_draws_one_panel_per_shared_group() -> None:
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    result = reconcile(example_documents(), rates=SEK_RATE)
    axes = result.plot()
    shared = [g for g in result if len(g.sources) > 1]
    assert [ax.get_title(loc="left") for ax in axes] == [g.label for g in shared]
    assert len({id(ax.figure) for ax in axes}) == 1
    plt.close(axes[0].figure)
    money = result.plot(["aid [USD, SEK]"])  # the group keeps its rates for the plot
    assert len(money) == 1
    plt.close(money[0].figure)
    with pytest.raises(claimnum.InvalidArgumentError, match="no group to plot"):
        reconcile([]).plot()


def test_plot_draws_every_group_when_each_has_one_source() -> None:
    pytest.importorskip("matplotlib")
    import matplotlib.pyplot as plt

    result = reconcile(["About 300 people came. It rained for 3 days."])
    axes = result.plot()
    assert [ax.get_title(loc="left") for ax in axes] == [g.label for g in result]
    plt.close(axes[0].figure)


def test_plot_without_matplotlib_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)  # import now raises ImportError
    with pytest.raises(MissingDependencyError, match=r"claimnum\[plot\]"):
        reconcile(example_documents()).plot()


def test_example_documents_are_our_own_words() -> None:
    docs = example_documents()
    assert list(docs) == ["Harbour Wire", "Lakeshore Broadcasting"]
    if not SEEDS.exists():
        return
    seeds = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))

    def grams(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"[a-z]+", text.lower())
        return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}

    # Eight words in a row: longer than any name the stories share with the seeds.
    assert not grams(" ".join(docs.values())) & grams(seeds)


# --------------------------------------------------------------------------- documents with times


NEWS = pd.DataFrame(
    {
        "outlet": ["Wire", "Daily", "Evening"],
        "published": ["2024-03-01 08:00", "2024-03-01 18:00", "2024-03-02 09:00"],
        "body": [
            "The floods killed at least 3 people.",
            "The death toll rose to 10.",
            "The death toll has climbed to 24.",
        ],
    }
)


def test_a_dataframe_names_its_text_source_and_time_columns() -> None:
    result = reconcile(NEWS, text="body", source="outlet", time="published")
    assert result.sources == ("Wire", "Daily", "Evening")
    deaths = result["deaths"]
    assert [str(t) for t in deaths.times] == [
        "2024-03-01 08:00:00", "2024-03-01 18:00:00", "2024-03-02 09:00:00",
    ]  # fmt: skip
    assert deaths.verdict == "updated"


def test_a_dataframe_without_text_is_an_error_not_a_misreading() -> None:
    with pytest.raises(claimnum.InvalidArgumentError, match=r'text="body"'):
        reconcile(NEWS)
    with pytest.raises(claimnum.InvalidArgumentError, match="time='when' is not a column"):
        reconcile(NEWS, text="body", time="when")
    with pytest.raises(claimnum.InvalidArgumentError, match="time='outlet', document 'Wire': cannot read"):
        reconcile(NEWS, text="body", source="outlet", time="outlet")
    with pytest.raises(claimnum.InvalidArgumentError, match="name the columns of a DataFrame"):
        reconcile(["About 3 people came."], text="body")


def verify_40(frame: pd.DataFrame, **columns: str) -> object:
    return claimnum.verify("40 died.", frame, **columns)


@pytest.mark.parametrize("run", [reconcile, verify_40])
@pytest.mark.parametrize(
    ("columns", "named"),
    [(["t", "t"], {"text": "t"}), (["t", "s", "s"], {"text": "t", "source": "s"})],
)
def test_a_column_named_twice_is_refused_by_its_name(
    run: Callable[..., object], columns: list[str], named: dict[str, str]
) -> None:
    frame = pd.DataFrame([["40 died.", "a", "b"][: len(columns)]], columns=columns)
    role, column = list(named.items())[-1]
    with pytest.raises(claimnum.InvalidArgumentError, match=f"{role}='{column}' names several columns"):
        run(frame, **named)


@pytest.mark.parametrize(
    "times",
    [[1, 2], ["2025-01-01", 5], [True, False], [1.5e18, 1.6e18]],
    ids=["ints", "a string and an int", "booleans", "floats"],
)
def test_a_number_is_no_time(times: list[object]) -> None:
    frame = pd.DataFrame({"body": ["40 died.", "44 died."], "when": times})
    number = r"time='when', document '[01]': the time \S+ is of type"
    with pytest.raises(claimnum.InvalidTypeError, match=number):
        reconcile(frame, text="body", time="when")
    with pytest.raises(claimnum.InvalidTypeError, match="a time is a datetime, a pandas Timestamp or a date"):
        claimnum.verify("40 died.", {"a": (times[-1], "44 died.")})


@pytest.mark.parametrize(
    "times",
    [
        ["2025-01-01", "2025-01-02T09:00"],
        [pd.Timestamp("2025-01-01"), pd.Timestamp("2025-01-02 09:00")],
        [datetime.date(2025, 1, 1), datetime.datetime(2025, 1, 2, 9)],
        [np.datetime64("2025-01-01"), np.datetime64("2025-01-02T09:00")],
        ["1 January 2025", "2 January 2025 09:00"],
    ],
    ids=["ISO strings", "Timestamps", "dates and datetimes", "datetime64", "strings pandas reads"],
)
def test_every_kind_of_time_is_read(times: list[object]) -> None:
    frame = pd.DataFrame({"body": ["The storm killed 40.", "The toll rose to 44."], "when": times})
    group = reconcile(frame, text="body", time="when")["deaths"]
    assert [str(t) for t in group.times] == ["2025-01-01 00:00:00", "2025-01-02 09:00:00"]


def test_missing_values_of_a_dataframe_follow_one_rule() -> None:
    frame = pd.DataFrame(
        {
            "outlet": ["Wire", pd.NA, None, "Daily"],
            "body": ["About 300 people came.", "Over 290 people came.", "Some 310 came.", float("nan")],
        },
        index=[10, 11, 12, 13],
    )
    result = reconcile(frame, text="body", source="outlet")
    assert result.sources == ("Wire", "11", "12")  # a missing source: the row label; a missing text: skipped
    assert "nan" not in result.sources
    frame["body"] = pd.Series(["About 300 people came.", None, None, 7], index=frame.index, dtype=object)
    with pytest.raises(claimnum.InvalidTypeError, match=r"^reconcile: row 13 of text='body' holds a int"):
        reconcile(frame, text="body", source="outlet")


def test_without_a_source_column_the_index_names_the_documents() -> None:
    frame = NEWS.set_index("outlet")
    assert reconcile(frame, text="body").sources == ("Wire", "Daily", "Evening")


def test_a_mapping_of_source_to_time_and_text() -> None:
    docs = {
        "a": ("2024-05-01", "The storm killed at least 3 people."),
        "b": ("2024-05-02", "The toll rose to 10."),
    }
    group = reconcile(docs)["deaths"]
    assert group.verdict == "updated"
    with pytest.raises(claimnum.InvalidTypeError, match=r"\(time, text\) pair"):
        reconcile({"a": ("2024-05-01", "x", "y")})  # type: ignore[dict-item]
    with pytest.raises(claimnum.InvalidArgumentError, match="cannot read 'soon' as a time"):
        reconcile({"a": ("soon", "It killed 3.")})


def test_times_with_and_without_a_zone_compare_in_utc() -> None:
    docs = {
        "a": ("2024-05-01T23:00+02:00", "The storm killed at least 3 people."),  # 21:00 UTC
        "b": ("2024-05-01 22:00", "The toll rose to 10."),  # no zone: taken as UTC
    }
    group = reconcile(docs)["deaths"]
    assert [str(t) for t in group.times] == ["2024-05-01 21:00:00+00:00", "2024-05-01 22:00:00+00:00"]
    assert group.verdict == "updated"
    assert group.timeline["time"].dt.tz is not None
    naive = reconcile({"a": ("2024-05-01", "It killed 3."), "b": ("2024-05-02", "It killed 4.")})
    assert all(t.tz is None for g in naive.groups for t in g.times)  # no zone anywhere: as written


def test_a_set_of_texts_is_refused_its_order_would_name_the_sources() -> None:
    with pytest.raises(claimnum.InvalidTypeError, match=r"has no order.*sorted"):
        reconcile({"About 3 people came.", "About 4 people came."})


def test_a_time_pandas_cannot_hold_is_refused_up_front() -> None:
    # A valid date beyond pandas' nanosecond range would otherwise fail deep inside to_frame().
    with pytest.raises(claimnum.InvalidArgumentError, match="outside the years 1677-2262"):
        reconcile({"a": ("3000-01-01", "It killed 3."), "b": ("2020-01-01", "It killed 4.")})


def test_a_running_total_that_grew_is_updated_with_its_latest_state() -> None:
    group = reconcile(NEWS, text="body", source="outlet", time="published")["deaths"]
    assert group.check.verdict == "conflicting"  # the figures differ...
    assert group.verdict == "updated"  # ...because the toll grew
    assert group.estimate is not None
    assert (group.estimate.interval.lo, group.estimate.interval.hi) == (24, 24)
    assert group.dissenters == ()
    timeline = group.timeline
    assert list(timeline.columns) == ["time", "source", "text", "value", "lo", "hi", "unit"]
    assert list(timeline.source) == ["Wire", "Daily", "Evening"]


def test_reports_that_agree_but_rise_over_time_are_updated() -> None:
    docs = {
        "a": ("2024-05-01 07:00", "Floods killed at least 40 people."),
        "b": ("2024-05-01 19:00", "The death toll rose to 45."),
        "c": ("2024-05-02 09:00", "Nearly 50 people have died in the floods."),
    }
    group = reconcile(docs)["deaths"]
    assert group.check.verdict in ("consistent", "compatible")  # the figures share a value...
    assert group.verdict == "updated"  # ...but the later reports write higher ones
    assert group.estimate is not None
    assert group.estimate.interval.lo >= 45
    assert group.estimate.interval.hi <= 50
    assert 45 < group.estimate.point < 50


def test_the_same_figure_reported_twice_is_no_update() -> None:
    docs = {"a": ("2024-05-01", "The storm killed 12 people."), "b": ("2024-05-02", "It killed 12 people.")}
    assert reconcile(docs)["deaths"].verdict == "consistent"


def test_an_earlier_lower_bound_still_binds() -> None:
    docs = {
        "a": ("2024-05-01", "The storm killed more than 50 people."),
        "b": ("2024-05-02", "The storm has killed at least 30 people, officials said."),
    }
    group = reconcile(docs)["deaths"]
    assert group.estimate is not None
    assert group.estimate.interval.lo >= 50


def test_a_total_that_fell_is_no_update() -> None:
    docs = {
        "a": ("2024-05-01", "The storm killed 40 people."),
        "b": ("2024-05-02", "The storm killed 12 people."),
    }
    assert reconcile(docs)["deaths"].verdict == "conflicting"


def test_without_times_document_order_is_not_time() -> None:
    docs = {"a": "The storm killed 3 people.", "b": "The death toll rose to 10.", "c": "The toll rose to 24."}
    group = reconcile(docs)["deaths"]
    assert group.verdict == "conflicting"
    assert group.times == (None, None, None)


def test_a_non_cumulative_measure_never_updates() -> None:
    docs = {"a": ("2024-05-01", "The quake had a magnitude of 6.1."), "b": ("2024-05-02", "It measured 7.4.")}
    assert reconcile(docs)[0].verdict != "updated"


# --------------------------------------------------------------------------- small groups and values


def test_one_source_says_so() -> None:
    group = reconcile({"a": "The storm killed 12 people. Later 12 deaths were confirmed."})["deaths"]
    assert group.verdict == "single source"


def test_one_against_one_takes_no_side() -> None:
    group = reconcile({"a": "About 300 people came.", "b": "About 900 people came."})[0]
    assert group.verdict == "conflicting"
    assert group.estimate is not None
    assert math.isnan(group.estimate.point)
    assert group.agreement == 0.5
    assert group.dissenters == ()
    assert "no majority" in str(group)
    assert "no majority" in group.explain().lower()


CROWD = {
    "police": "Police said about 15,000 people marched.",
    "organisers": "Organisers said more than 60,000 people marched.",
    "city": "The city said 30,000 people marched.",
}


def test_with_no_majority_agreement_is_the_largest_camps_share_as_combine_says() -> None:
    group = reconcile(CROWD)["crowd"]  # three figures, no two agree
    assert group.verdict == "conflicting"
    assert group.estimate is not None
    assert group.estimate.agreeing == ()
    assert group.agreement == pytest.approx(1 / 3) == claimnum.combine(list(group.claims)).agreement
    assert "agreement 33%" in str(group)
    two_camps = reconcile({**CROWD, "x": "About 14,500 people marched.", "y": "Some 65,000 people marched."})
    assert two_camps["crowd"].agreement == pytest.approx(2 / 5)


def test_with_no_majority_the_estimate_names_the_camps() -> None:
    x, y = "About 14,500 people marched.", "Some 65,000 people marched."
    text = estimate_text(reconcile({**CROWD, "x": x, "y": y})["crowd"])
    assert (
        text == "no majority: about 15,000 (police, x) vs more than 60,000 (organisers, y), and 1 other claim"
    )
    text = estimate_text(reconcile({**CROWD, "x": x})["crowd"])  # two of four: the largest camp, no tie
    assert text == "no majority: about 15,000 (police, x) against 2 other claims"


def test_one_source_giving_figures_with_no_majority_says_so_coherently() -> None:
    text = "Police said about 15,000 people marched, but organisers said more than 60,000 people marched."
    group = reconcile({"wire": text})["crowd"]
    assert (group.verdict, group.agreement) == ("single source", 0.5)
    assert estimate_text(group) == "no majority: about 15,000 vs more than 60,000 (all from wire)"
    assert "Only one source, whose figures do not agree: no majority" in group.explain()
    assert "nothing to compare" not in group.explain()


def test_agreement_is_in_every_view() -> None:
    result = reconcile({"a": "About 300 people came.", "b": "Some 310 people came.", "c": "About 900 came."})
    assert "agreement" in result.summary().columns
    assert "agreement" in result.to_frame().columns
    assert "agreement" in str(result)
    assert "agreement" in result._repr_html_()
    assert "agreement" in result.to_dict()["groups"][0]


def test_why_is_in_every_view() -> None:
    result = reconcile(example_documents())
    troops = group_of(result, "10,000")
    assert troops.why == ("same measure: troops",)
    assert "same measure: troops" in result.summary().set_index("label").loc[troops.label, "why"]
    assert "same measure: troops" in str(troops)
    assert "same measure: troops" in troops._repr_html_()
    assert "same measure: troops" in troops.explain()
    assert result.to_dict()["groups"][0]["why"]


def test_reconciliations_are_equal_by_value() -> None:
    first, again = reconcile(example_documents()), reconcile(example_documents())
    assert first == again
    assert hash(first) == hash(again)
    assert first.groups[0] == again.groups[0]
    assert first != reconcile(example_documents(), rates=SEK_RATE)


def test_an_unmeasured_figure_in_a_running_total_keeps_it_updated() -> None:
    docs = {
        "a": ("2026-05-01T08:00", "The landslide killed eight people."),
        "b": ("2026-05-02T08:00", "Crews found more victims, bringing the total to 11."),
        "c": ("2026-05-03T08:00", "Eleven people died in the landslide."),
    }
    [deaths] = [g for g in claimnum.reconcile(docs) if any(c.value == 8 for c in g.claims)]
    assert deaths.verdict == "updated"


def test_extraction_and_frames_leave_no_cycles_for_the_paused_collector() -> None:
    """reconcile pauses the cyclic collector while it extracts and frames: safe only while that
    work makes no reference cycles, which the collector alone could free."""
    import gc

    from claimnum.grouping import frame_of

    documents = {
        **example_documents(),
        "wire": "Acme's $5 billion bid, up from $4.2 billion, was rejected on Friday. Between 8,000 and "
        "12,000 marched, police said; organisers said more than 60,000. The 2004 tsunami killed 170,000.",
    }
    gc.collect()
    gc.disable()
    try:
        for name, body in documents.items():
            [frame_of(c) for c in extract(body, source=name)]
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_reconcile_leaves_the_collector_as_it_found_it() -> None:
    import gc

    reconcile(["Officials said 40 died.", "Police said 45 died."])
    assert gc.isenabled()
    gc.disable()
    try:
        reconcile(["Officials said 40 died.", "Police said 45 died."])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_running_total_restated_in_another_unit_is_still_updated() -> None:
    docs = {
        "a": ("2024-07-01", "The brush fire has burned about 2,000 acres."),
        "b": ("2024-07-03", "The brush fire has burned 5,000 acres, or about 2,020 hectares."),
    }
    group = next(g for g in reconcile(docs).groups if len(g.claims) == 3)
    assert group.verdict == "updated"
    assert group.estimate is not None
    assert group.estimate.interval.unit == "acre"
    assert 4_900 < group.estimate.point < 5_100


@pytest.mark.parametrize("method", [None, "median"])
def test_a_groups_check_and_estimate_are_what_check_and_combine_give_its_claims(method: str | None) -> None:
    # the group builds its claims' arrays once for its check and its estimate: the answers stay the same
    docs = {"a": "Over 300 people came.", "b": "About 320 people came.", "c": "Some 900 people came."}
    [group] = reconcile(docs, method=method).groups
    claims = list(group.claims)
    alone = claimnum.check(claims)
    options = {} if method is None else {"method": method}
    assert (group.check.verdict, group.check.interval, group.check.dissenting) == (
        alone.verdict,
        alone.interval,
        alone.dissenting,
    )
    assert group.estimate == claimnum.combine(claims, **options)


def test_a_group_whose_units_do_not_convert_is_incomparable_with_no_estimate() -> None:
    docs = {"a": "The deal was worth $5 million.", "b": "The deal was worth 40 million kronor."}
    [group] = reconcile(docs).groups
    assert (group.verdict, group.estimate) == ("incomparable", None)
    assert group.check.reason == claimnum.check(list(group.claims)).reason != ""
