"""extract_frame on dask and Spark, and claims pickling across processes.

The dask and Spark runs must give exactly the claims of the single-process run.
"""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest

import claimnum
from claimnum.extract import extract

# Our own short documents; None and "" stand for missing and empty articles.
TEXTS = [
    "Over 300 people were moved out of the valley on Monday.",
    "The new bridge is about 40 km long and took 2 weeks to test.",
    None,
    "Ticket prices doubled, and nearly 12,000 runners still came.",
    "",
    "Nobody said how many.",
    "An estimated 1,500 homes lost power for up to 3 days.",
    "The fund grew by 4% to $2.3 billion.",
]


def _reference(frame: pd.DataFrame) -> pd.DataFrame:
    return claimnum.extract_frame(frame.set_index("id"))


def _normalised(claims: pd.DataFrame) -> pd.DataFrame:
    """Engines return the schema with their own string dtypes and row order."""
    assert list(claims.columns) == list(claimnum.CLAIMS_META.columns)
    claims = claims.astype(claimnum.CLAIMS_META.dtypes.to_dict())
    return claims.sort_values(["doc", "start", "end"]).reset_index(drop=True)


@pytest.fixture(scope="module")
def documents() -> pd.DataFrame:
    # Repeat the texts so each partition or batch holds several documents.
    texts = TEXTS * 4
    return pd.DataFrame({"id": range(100, 100 + len(texts)), "text": texts})


def test_reference_run_finds_claims(documents: pd.DataFrame) -> None:
    reference = _reference(documents)
    assert len(reference) >= len(TEXTS)
    assert set(reference["doc"]) < set(documents["id"])


@pytest.mark.slow
def test_dask_processes_give_the_single_process_claims(documents: pd.DataFrame) -> None:
    dd = pytest.importorskip("dask.dataframe")
    frame = dd.from_pandas(documents.set_index("id"), npartitions=3)
    claims = frame.map_partitions(claimnum.extract_frame, meta=claimnum.CLAIMS_META)
    result = claims.compute(scheduler="processes", num_workers=2)
    pd.testing.assert_frame_equal(_normalised(result), _normalised(_reference(documents)), check_exact=True)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'claimnum[spark]')")
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        pytest.skip("Spark needs Java 17+: no java on PATH and no JAVA_HOME")
    from pyspark.sql import SparkSession

    # Workers must run this interpreter (with claimnum installed); stay on loopback.
    saved = {name: os.environ.get(name) for name in ("PYSPARK_PYTHON", "SPARK_LOCAL_IP")}
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    session = (
        SparkSession.builder.master("local[2]")
        .appName("claimnum-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "8")  # several batches per task
        .getOrCreate()
    )
    try:
        yield session
    finally:
        session.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.filterwarnings("ignore::FutureWarning")  # PySpark warns about pandas 3
def test_spark_map_in_pandas_gives_the_single_process_claims(
    spark: Any, documents: pd.DataFrame, tmp_path: Any
) -> None:
    def extract_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        # Defined here so that Spark ships it by value: workers cannot import this test module.
        for batch in batches:
            yield claimnum.extract_frame(batch.set_index("id"))

    source = tmp_path / "articles.parquet"
    documents.to_parquet(source)
    articles = spark.read.parquet(str(source))
    claims = articles.mapInPandas(extract_batches, schema=claimnum.CLAIMS_SPARK_SCHEMA)
    target = tmp_path / "claims"
    claims.write.parquet(str(target))
    result = pd.read_parquet(target)
    pd.testing.assert_frame_equal(_normalised(result), _normalised(_reference(documents)), check_exact=True)


_ROUND_TRIP = """
import pickle, sys
items = pickle.load(sys.stdin.buffer)
units = [getattr(item, "unit", None) for item in items]
sys.stdout.buffer.write(pickle.dumps((items, units)))
"""


def _round_trip_in_fresh_process(items: list[Any]) -> tuple[list[Any], list[Any]]:
    done = subprocess.run(
        [sys.executable, "-c", _ROUND_TRIP], input=pickle.dumps(items), capture_output=True, check=True
    )
    result: tuple[list[Any], list[Any]] = pickle.loads(done.stdout)
    return result


def test_claims_and_intervals_pickle_across_processes_with_units() -> None:
    claims = [c for text in TEXTS if text for c in extract(text, source="wire")]
    assert any(c.unit for c in claims)
    intervals = [claimnum.Interval(2, 3, "left", unit="week"), claimnum.Interval.empty("USD")]
    items = [*claims, *intervals]
    back, units = _round_trip_in_fresh_process(items)
    assert back == items
    assert units == [item.unit for item in items]
    assert [repr(item) for item in back] == [repr(item) for item in items]


def test_estimates_pickle_across_processes() -> None:
    from claimnum.combine import combine  # a plain import: a broken module must fail, not skip

    estimate = combine([claimnum.Interval(10, 14, unit="day"), claimnum.Interval(2, 3, unit="week")])
    (back,), _ = _round_trip_in_fresh_process([estimate])
    assert back == estimate
    assert repr(back) == repr(estimate)


# --------------------------------------------------------------------------- reconcile per story

STORIES = pd.DataFrame(
    {
        "story": ["flood", "flood", "flood", "strike", "strike"],
        "outlet": ["Wire", "Daily", "Evening", "Wire", "Daily"],
        "published": ["2024-03-01 08:00", "2024-03-01 18:00", "2024-03-02 09:00", "2024-04-02", "2024-04-02"],
        "body": [
            "The floods killed at least 3 people and damaged about 300 homes.",
            "The death toll rose to 10; some 250 houses were damaged.",
            "The death toll has climbed to 24.",
            "Police said about 15,000 people marched on Saturday.",
            "Organisers said more than 60,000 people marched.",
        ],
    }
)
RECONCILE_OPTIONS = {"text": "body", "source": "outlet", "time": "published", "by": "story"}


def _story_order(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.reset_index(drop=True).astype(
        {"story": "string", **claimnum.RECONCILED_META.dtypes.to_dict()}
    )
    return frame.sort_values(["story", "group", "source", "text"]).reset_index(drop=True)


def _single_process_stories() -> pd.DataFrame:
    parts = [claimnum.reconcile_frame(group, **RECONCILE_OPTIONS) for _, group in STORIES.groupby("story")]
    return pd.concat(parts, ignore_index=True)


def test_reconcile_frame_has_the_published_schema() -> None:
    frame = _single_process_stories()
    assert list(frame.columns) == ["story", *claimnum.RECONCILED_META.columns]
    assert frame.dtypes.drop("story").equals(claimnum.RECONCILED_META.dtypes)
    assert set(frame.story) == {"flood", "strike"}
    assert set(frame[frame.story == "flood"].verdict) >= {"updated"}
    spark_names = [part.split("`")[1] for part in claimnum.RECONCILED_SPARK_SCHEMA.split(", ")]
    assert spark_names == list(claimnum.RECONCILED_META.columns)


def test_pandas_groupby_apply_reconciles_each_story() -> None:
    applied = STORIES.groupby("story", group_keys=False)[list(STORIES.columns)].apply(
        claimnum.reconcile_frame, **RECONCILE_OPTIONS
    )
    pd.testing.assert_frame_equal(_story_order(applied), _story_order(_single_process_stories()))


@pytest.mark.slow
def test_dask_groupby_apply_gives_the_single_process_groups() -> None:
    dd = pytest.importorskip("dask.dataframe")
    frame = dd.from_pandas(STORIES, npartitions=2)
    meta = pd.concat([pd.DataFrame({"story": pd.Series(dtype="string")}), claimnum.RECONCILED_META], axis=1)
    result = frame.groupby("story").apply(claimnum.reconcile_frame, **RECONCILE_OPTIONS, meta=meta)
    computed = result.compute(scheduler="processes", num_workers=2)
    pd.testing.assert_frame_equal(_story_order(computed), _story_order(_single_process_stories()))


@pytest.mark.slow
def test_the_dask_recipe_writes_the_stories_to_parquet(tmp_path: Any) -> None:
    """docs/scale-out.md's dask recipe, Parquet in to Parquet out."""
    dd = pytest.importorskip("dask.dataframe")
    STORIES.to_parquet(tmp_path / "articles.parquet")
    meta = pd.concat([pd.DataFrame({"story": pd.Series(dtype="string")}), claimnum.RECONCILED_META], axis=1)
    articles = dd.read_parquet(tmp_path / "articles.parquet")
    rows = articles.groupby("story").apply(claimnum.reconcile_frame, **RECONCILE_OPTIONS, meta=meta)
    rows.reset_index(drop=True).to_parquet(tmp_path / "reconciled", compute_kwargs={"scheduler": "sync"})
    written = pd.read_parquet(tmp_path / "reconciled")
    pd.testing.assert_frame_equal(_story_order(written), _story_order(_single_process_stories()))


@pytest.mark.slow
@pytest.mark.spark
@pytest.mark.filterwarnings("ignore::FutureWarning")  # PySpark warns about pandas 3
def test_spark_apply_in_pandas_gives_the_single_process_groups(spark: Any) -> None:
    def reconcile_story(story: pd.DataFrame) -> pd.DataFrame:
        # Defined here so that Spark ships it by value: workers cannot import this test module.
        return claimnum.reconcile_frame(story, text="body", source="outlet", time="published", by="story")

    stories = spark.createDataFrame(STORIES)
    schema = "`story` STRING, " + claimnum.RECONCILED_SPARK_SCHEMA
    result = stories.groupBy("story").applyInPandas(reconcile_story, schema=schema).toPandas()
    pd.testing.assert_frame_equal(
        _story_order(result), _story_order(_single_process_stories()), check_dtype=False
    )
