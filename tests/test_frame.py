"""Tests of claimnum.frame: extract_frame, its schema, the Series accessor."""

from __future__ import annotations

import math
import subprocess
import sys
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimnum
from claimnum.extract import extract
from claimnum.frame import CLAIMS_META, CLAIMS_SPARK_SCHEMA, extract_frame, intervals_from_frame

# Our own sentences, each with at least one claim.
SENTENCES = [
    "Officials said over 300 people were moved out of the valley.",
    "The new bridge is about 40 km long.",
    "Repairs took 2 weeks and cost $1.5 million.",
    "Ticket prices doubled last year.",
    "Nearly 12,000 runners started the race.",
]
NO_CLAIM = "Nobody knew what would happen next."


def _cell(value: Any) -> Any:
    """A frame cell as a plain Python value, NA as None."""
    if value is pd.NA or value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value.item() if isinstance(value, np.generic) else value


def _expected_rows(documents: dict[Any, str]) -> list[tuple[Any, ...]]:
    """The rows extract_frame must give, built from claimnum.extract one claim at a time."""
    rows = []
    for label, text in documents.items():
        for c in extract(text, source=str(label)):
            bounds = [(i.lo, i.hi, i.closed) for i in (c.interval, c.core, c.literal)]
            described = (c.source, c.start, c.end, c.text, c.value, c.unit, c.subject, c.qualifier)
            rows.append(
                (
                    label,
                    *described,
                    c.sense,
                    c.kind,
                    c.predicate,
                    c.measure,
                    c.negated,
                    *sum(bounds, ()),
                    c.sentence,
                    c.sentence_at,
                )
            )
    return rows


def _rows(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
    return [tuple(_cell(v) for v in row) for row in frame.itertuples(index=False)]


def _assert_schema(frame: pd.DataFrame, doc_dtype: Any = "int64") -> None:
    assert list(frame.columns) == list(CLAIMS_META.columns)
    expected = CLAIMS_META.dtypes.copy()
    expected["doc"] = pd.Series([], dtype=doc_dtype).dtype
    pd.testing.assert_series_equal(frame.dtypes, expected)


def test_meta_is_empty_with_fixed_dtypes() -> None:
    assert len(CLAIMS_META) == 0
    assert CLAIMS_META.dtypes["start"] == np.int64
    assert CLAIMS_META.dtypes["value"] == pd.Float64Dtype()
    assert CLAIMS_META.dtypes["lo"] == np.float64
    assert all(
        isinstance(CLAIMS_META.dtypes[c], pd.StringDtype) for c in ("source", "unit", "closed", "sentence")
    )


def test_spark_schema_names_every_column_in_order() -> None:
    names = [field.split(" ")[0].strip("`") for field in CLAIMS_SPARK_SCHEMA.split(", ")]
    assert names == list(CLAIMS_META.columns)


def test_series_rows_match_extract_claim_by_claim() -> None:
    series = pd.Series(SENTENCES, index=[10, 20, 30, 40, 50])
    frame = extract_frame(series)
    assert _rows(frame) == _expected_rows(dict(zip(series.index, SENTENCES, strict=True)))
    assert set(frame["doc"]) <= set(series.index)
    _assert_schema(frame)


def test_string_index_is_kept_as_doc() -> None:
    series = pd.Series({"north": SENTENCES[0], "south": SENTENCES[1]})
    frame = extract_frame(series)
    assert _rows(frame) == _expected_rows(series.to_dict())
    assert frame["doc"].tolist() == frame["source"].tolist()
    _assert_schema(frame, doc_dtype=series.index.dtype)


def test_missing_texts_give_no_rows() -> None:
    series = pd.Series([SENTENCES[0], None, float("nan"), pd.NA, "", NO_CLAIM, SENTENCES[1]])
    frame = extract_frame(series)
    assert set(frame["doc"]) == {0, 6}
    assert _rows(frame) == _expected_rows({0: SENTENCES[0], 6: SENTENCES[1]})


@pytest.mark.parametrize("dtype", ["string", "large_string"])
def test_arrow_backed_text_columns(dtype: str) -> None:
    pa = pytest.importorskip("pyarrow")
    series = pd.Series([SENTENCES[0], None], dtype=pd.ArrowDtype(getattr(pa, dtype)()))
    assert _rows(extract_frame(series)) == _expected_rows({0: SENTENCES[0]})


def test_a_lone_surrogate_is_written_as_a_replacement_character() -> None:
    # Text decoded with errors="surrogateescape" holds lone surrogates; Arrow's strings cannot.
    text = "\ud800 " + SENTENCES[0]
    for frame in (extract_frame([text]), pd.Series([text], dtype=object).claims.extract()):
        _assert_schema(frame)
        (claim,) = extract(text)
        assert (frame["text"][0], frame["start"][0]) == (claim.text, claim.start)  # offsets hold
        assert frame["sentence"][0] == claim.sentence.replace("\ud800", "\ufffd")


def test_a_set_of_texts_is_refused_its_order_would_label_the_documents() -> None:
    with pytest.raises(claimnum.InvalidTypeError, match="no order"):
        extract_frame(set(SENTENCES))


def test_dask_fake_partition_does_not_crash() -> None:
    # dask without meta= calls the function on ['a', <NA>] in the string dtype.
    frame = extract_frame(pd.Series(["a", pd.NA], dtype="string"))
    _assert_schema(frame)


@pytest.mark.parametrize("texts", [[], [None, NO_CLAIM], pd.Series([], dtype=object), {}])
def test_no_claims_gives_the_meta_schema(texts: Any) -> None:
    frame = extract_frame(texts)
    assert frame.empty
    _assert_schema(frame, doc_dtype=frame["doc"].dtype)
    assert frame.drop(columns="doc").dtypes.equals(CLAIMS_META.drop(columns="doc").dtypes)


def test_list_and_mapping_inputs() -> None:
    by_position = extract_frame(SENTENCES[:2])
    assert _rows(by_position) == _expected_rows(dict(enumerate(SENTENCES[:2])))
    by_source = extract_frame({"paper": SENTENCES[2], "wire": SENTENCES[3]})
    assert _rows(by_source) == _expected_rows({"paper": SENTENCES[2], "wire": SENTENCES[3]})


def test_dataframe_with_text_and_source_columns() -> None:
    frame = pd.DataFrame({"body": SENTENCES[:3], "outlet": ["a", None, "c"]}, index=[7, 8, 9])
    claims = extract_frame(frame, text_column="body", source_column="outlet")
    assert claims["doc"].tolist() == sorted(claims["doc"].tolist())
    for label, source in ((7, "a"), (8, None), (9, "c")):
        rows = claims[claims["doc"] == label]
        expected = extract(frame.loc[label, "body"], source=source)
        assert rows["text"].tolist() == [c.text for c in expected]
        assert [_cell(s) for s in rows["source"]] == [source] * len(expected)


def test_profile_is_passed_on() -> None:
    text = SENTENCES[4]
    for profile in ("strict", "lenient"):
        frame = extract_frame([text], profile=profile)
        expected = extract(text, source="0", profile=profile)
        assert frame["lo"].tolist() == [c.interval.lo for c in expected]
        assert frame["hi"].tolist() == [c.interval.hi for c in expected]


@pytest.mark.parametrize(
    ("texts", "options", "error"),
    [
        ("one text", {}, claimnum.InvalidTypeError),
        (42, {}, claimnum.InvalidTypeError),
        (pd.Series([1, 2]), {}, claimnum.InvalidTypeError),
        (pd.Series(["ok", 3], dtype=object), {}, claimnum.InvalidTypeError),
        ([SENTENCES[0], b"bytes"], {}, claimnum.InvalidTypeError),
        (pd.DataFrame({"body": ["x"]}), {}, claimnum.InvalidArgumentError),
        (pd.DataFrame({"text": ["x"]}), {"source_column": "who"}, claimnum.InvalidArgumentError),
        (pd.Series(["x"]), {"source_column": "who"}, claimnum.InvalidArgumentError),
        (pd.DataFrame([["x", "y"]], columns=["text", "text"]), {}, claimnum.InvalidArgumentError),
        (
            pd.DataFrame([["x", "a", "b"]], columns=["text", "who", "who"]),
            {"source_column": "who"},
            claimnum.InvalidArgumentError,
        ),
        ([], {"profile": "bogus"}, claimnum.InvalidArgumentError),
    ],
)
def test_bad_input_raises_claimnum_errors(
    texts: Any, options: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        extract_frame(texts, **options)


def test_parquet_and_arrow_round_trip(tmp_path: Any) -> None:
    pytest.importorskip("pyarrow")
    frame = extract_frame(pd.Series([*SENTENCES, None]))
    path = tmp_path / "claims.parquet"
    frame.to_parquet(path)
    pd.testing.assert_frame_equal(pd.read_parquet(path), frame)
    empty = tmp_path / "empty.parquet"
    CLAIMS_META.to_parquet(empty)
    pd.testing.assert_frame_equal(pd.read_parquet(empty), CLAIMS_META)


def test_intervals_from_frame_give_back_the_claims_intervals() -> None:
    frame = extract_frame(SENTENCES)
    claims = [c for i, text in enumerate(SENTENCES) for c in extract(text, source=str(i))]
    for which in ("interval", "core", "literal"):
        assert intervals_from_frame(frame, which=which) == [getattr(c, which) for c in claims]
    assert intervals_from_frame(CLAIMS_META) == []


def test_intervals_from_frame_rejects_bad_arguments() -> None:
    with pytest.raises(claimnum.InvalidArgumentError):
        intervals_from_frame(CLAIMS_META, which="support")
    with pytest.raises(claimnum.InvalidArgumentError):
        intervals_from_frame(pd.DataFrame({"lo": [1.0]}))


def test_accessor_extract_equals_extract_frame() -> None:
    series = pd.Series(SENTENCES[:3], index=["a", "b", "c"])
    pd.testing.assert_frame_equal(series.claims.extract(), extract_frame(series))
    pd.testing.assert_frame_equal(
        series.claims.extract(profile="strict"), extract_frame(series, profile="strict")
    )


def test_accessor_reconcile_calls_reconcile() -> None:
    from claimnum.reconcile import Reconciliation  # a plain import: a broken module must fail, not skip

    series = pd.Series({"x": "The trip took 2 weeks.", "y": "The trip took about 15 days."})
    result = series.claims.reconcile()
    assert isinstance(result, Reconciliation)


# pint imports dask itself when it is installed: only what claimnum adds counts.
_FRESH_IMPORT = """
import sys
import pandas as pd
import pint
before = set(sys.modules)
import claimnum
registered = hasattr(pd.Series(["x"]), "claims")
engines = sorted(name for name in ("dask", "pyspark") if name in set(sys.modules) - before)
print(registered, engines)
"""


def test_import_claimnum_registers_the_accessor_and_no_engine() -> None:
    done = subprocess.run([sys.executable, "-c", _FRESH_IMPORT], capture_output=True, text=True, check=True)
    registered, engines = done.stdout.split(maxsplit=1)
    assert registered == "True", "claimnum/__init__.py must import claimnum.frame"
    assert engines.strip() == "[]"


fragments = st.sampled_from([*SENTENCES, NO_CLAIM, "", " "])
documents = st.lists(st.one_of(st.none(), st.lists(fragments, max_size=3).map(" ".join)), max_size=6)


@settings(max_examples=30, deadline=None)
@given(documents)
def test_frame_is_the_concatenation_of_extract(texts: list[str | None]) -> None:
    frame = extract_frame(texts)
    present = {i: t for i, t in enumerate(texts) if t is not None}
    assert _rows(frame) == _expected_rows(present)
    _assert_schema(frame)


def test_measure_and_negation_are_columns():
    frame = extract_frame(["Reid, 33, was held.", "There is not a $2 trillion error."])
    assert frame["measure"].tolist()[0] == "age"
    assert frame["negated"].tolist() == [False, True]
    assert "`measure` STRING" in CLAIMS_SPARK_SCHEMA
    assert "`negated` BOOLEAN" in CLAIMS_SPARK_SCHEMA
