"""Scale-out: claims of a million short documents, Parquet in -> Parquet out, on one machine.

Measures, on short synthetic documents written here (one or two sentences of
our own templates, about one claim each):

* a single process: ``pandas.read_parquet`` -> :func:`claimnum.extract_frame`
  -> ``to_parquet``;
* dask with the ``processes`` scheduler: ``read_parquet`` (one partition per
  row group) -> ``map_partitions(extract_frame, meta=CLAIMS_META)`` ->
  ``to_parquet``;
* Spark local (``local[*]``): ``read.parquet`` -> ``mapInPandas`` ->
  ``write.parquet``; the session start is reported on its own row;
* reconciliation at scale: 100,000 claims in 10,000 groups fused by
  :func:`claimnum.combine_groups`.

Every row reports documents (or claims) per second of wall time.  dask and
Spark are skipped, with a note, when they are not installed (Spark also needs
Java 17+).  Run ``python benchmarks/bench_scaleout.py [--quick] [--docs N]``
for this benchmark alone, or ``python benchmarks/run.py`` for all of them.
The ``processes`` scheduler and Spark start fresh interpreters, so a script
that calls :func:`run` needs an ``if __name__ == "__main__":`` guard.

Examples
--------
>>> docs = documents(3, seed=1)
>>> len(docs), docs == documents(3, seed=1)
(3, True)
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

import claimnum

__all__ = ["documents", "run"]

Row = dict[str, Any]

_FULL_DOCS = 1_000_000
_QUICK_DOCS = 20_000
_DOCS_PER_PART = 25_000  # documents per Parquet row group: one dask partition, one Spark task
_GROUPS = 10_000
_CLAIMS = 100_000

_PLACES = ("Alderford", "Brightwater", "Cawley", "Dunmere", "Eskholt", "Fenwick", "Galloway Point")
_THINGS = (
    ("families", "were rehoused"),
    ("volunteers", "signed up"),
    ("trees", "were planted"),
    ("passengers", "were stranded"),
    ("patients", "were treated"),
    ("jobs", "were cut"),
)
_QUALIFIERS = ("", "about ", "over ", "nearly ", "an estimated ", "at least ", "up to ", "fewer than ")
_MEASURES = (("km", "long"), ("days", "of delay"), ("weeks", "of work"), ("percent", "more"))


def _count(rng: random.Random) -> str:
    number = rng.choice((rng.randint(2, 99), rng.randint(1, 90) * 100, rng.randint(1, 40) * 1_000))
    return f"{number:,}"


def _document(rng: random.Random) -> str:
    place = rng.choice(_PLACES)
    thing, verb = rng.choice(_THINGS)
    first = f"In {place}, {rng.choice(_QUALIFIERS)}{_count(rng)} {thing} {verb} this week."
    if rng.random() < 0.5:
        return first
    unit, tail = rng.choice(_MEASURES)
    second = rng.choice(
        (
            f"The council spoke of {rng.randint(2, 60)} {unit} {tail}.",
            f"A budget of ${rng.randint(2, 900)} million was set aside.",
            "Nobody would say more.",
        )
    )
    return f"{first} {second}"


def documents(count: int, *, seed: int = 2026) -> list[str]:
    """Return ``count`` short synthetic news sentences (60 to 150 characters).

    Examples
    --------
    >>> all(40 <= len(d) <= 160 for d in documents(100))
    True
    """
    rng = random.Random(seed)
    return [_document(rng) for _ in range(count)]


def _row(metric: str, value: object, target: str = "", note: str = "") -> Row:
    return {"benchmark": "scale-out", "metric": metric, "value": value, "target": target, "note": note}


def _write_articles(path: Path, count: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"id": np.arange(count, dtype=np.int64), "text": documents(count)})
    pq.write_table(table, path, row_group_size=_part_size(count))


def _part_size(count: int) -> int:
    """Rows per row group: at least two parts (two cores), at most _DOCS_PER_PART rows each."""
    return max(1, min(_DOCS_PER_PART, -(-count // 2)))


def _timed(job: Callable[[], Any]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def _claims_in(path: Path) -> int:
    import pyarrow.parquet as pq

    return int(pq.ParquetDataset(path).read(columns=["doc"]).num_rows)


def _rate_row(engine: str, count: int, seconds: float, claims: int, note: str = "") -> Row:
    detail = f"{count:,} docs -> {claims:,} claims in {seconds:.1f} s"
    return _row(f"{engine} (docs/s)", round(count / seconds), note=f"{detail}{'; ' + note if note else ''}")


def single_process(articles: Path, out: Path, count: int) -> Row:
    """Parquet -> extract_frame -> Parquet in this process."""

    def job() -> None:
        frame = pd.read_parquet(articles).set_index("id")
        claimnum.extract_frame(frame).to_parquet(out / "single.parquet")

    cpu = time.process_time()
    seconds = _timed(job)
    cpu = time.process_time() - cpu
    claims = _claims_in(out / "single.parquet")
    return _rate_row("single process", count, seconds, claims, f"{count / cpu:,.0f} docs per CPU second")


def dask_processes(articles: Path, out: Path, count: int) -> Row:
    """Parquet -> map_partitions(extract_frame) -> Parquet with the processes scheduler."""
    if importlib.util.find_spec("dask") is None:
        return _row("dask processes (docs/s)", None, note="skipped: dask is not installed")
    import dask.dataframe as dd

    def job() -> None:
        frame = dd.read_parquet(articles, index="id", split_row_groups=True)
        claims = frame.map_partitions(claimnum.extract_frame, meta=claimnum.CLAIMS_META)
        claims.to_parquet(out / "dask", compute_kwargs={"scheduler": "processes"})

    seconds = _timed(job)
    workers = os.cpu_count()
    return _rate_row("dask processes", count, seconds, _claims_in(out / "dask"), f"{workers} workers")


def _split_bytes(articles: Path, count: int) -> int:
    """Spark's input split size that gives about one task per row group."""
    parts = -(-count // _part_size(count))
    return max(1, articles.stat().st_size // parts)


def _extract_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    for batch in batches:
        yield claimnum.extract_frame(batch.set_index("id"))


def spark_local(articles: Path, out: Path, count: int) -> list[Row]:
    """Parquet -> mapInPandas(extract_frame) -> Parquet on Spark local[*]."""
    if importlib.util.find_spec("pyspark") is None:
        return [_row("Spark local (docs/s)", None, note="skipped: pyspark is not installed")]
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        return [_row("Spark local (docs/s)", None, note="skipped: no Java 17+")]
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    start = time.perf_counter()
    spark = (
        SparkSession.builder.master("local[*]")
        .appName("claimnum-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.files.maxPartitionBytes", str(_split_bytes(articles, count)))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    started = time.perf_counter() - start
    try:

        def job() -> None:
            frame = spark.read.parquet(str(articles))
            claims = frame.mapInPandas(_extract_batches, schema=claimnum.CLAIMS_SPARK_SCHEMA)
            claims.write.parquet(str(out / "spark"))

        seconds = _timed(job)
    finally:
        spark.stop()
    return [
        _row("Spark session start (s)", round(started, 1)),
        _rate_row("Spark local", count, seconds, _claims_in(out / "spark"), "session start excluded"),
    ]


def _grouped_claims(rng: np.random.Generator) -> pd.DataFrame:
    """100,000 claims in the claims schema, about 10 per subject in 10,000 subjects.

    Each subject has a true value; its claims are "about" (a symmetric
    interval) or "over" (open above) readings of a noisy figure.  One subject
    in ten is a duration written in days or weeks, so groups need converting.
    """
    group = np.sort(rng.integers(0, _GROUPS, _CLAIMS))
    duration = group % 10 == 0
    in_weeks = duration & (rng.random(_CLAIMS) < 0.5)
    value = rng.uniform(100, 50_000, _GROUPS)[group] * rng.normal(1.0, 0.05, _CLAIMS)
    value = np.where(in_weeks, value / 7, value)
    over = rng.random(_CLAIMS) < 0.3
    frame = pd.DataFrame({"subject": [f"topic {g}" for g in group]})
    frame["unit"] = np.where(in_weeks, "week", np.where(duration, "day", ""))
    frame["literal_lo"] = np.where(over, value, value * 0.9)
    frame["literal_hi"] = np.where(over, np.inf, value * 1.1)
    frame["literal_closed"] = np.where(over, "neither", "both")
    for prefix, spread in (("", 0.1), ("core_", 0.05)):
        frame[f"{prefix}lo"] = np.where(over, value, value * (1 - spread))
        frame[f"{prefix}hi"] = value * (1 + np.where(over, 5 * spread, spread))  # over 300: (300, 450]
        frame[f"{prefix}closed"] = np.where(over, "right", "both")
    return frame


def reconciliation(seed: int = 2026) -> Row:
    """Group and fuse 100,000 claims in 10,000 subjects with claimnum.combine_groups."""
    metric = "reconcile 100k claims in 10k groups (s)"
    if importlib.util.find_spec("claimnum.combine") is None:
        return _row(metric, None, "< 10", "skipped: claimnum.combine is missing")
    frame = _grouped_claims(np.random.default_rng(seed))
    start = time.perf_counter()
    fused = claimnum.combine_groups(frame, by="subject")
    seconds = time.perf_counter() - start
    note = f"{_CLAIMS:,} claims -> {len(fused):,} estimates, {_CLAIMS / seconds:,.0f} claims/s"
    return _row(metric, round(seconds, 2), "< 10", note)


def _rows(count: int) -> Iterator[Row]:
    with tempfile.TemporaryDirectory(prefix="claimnum-scaleout-") as tmp:
        folder = Path(tmp)
        articles = folder / "articles.parquet"
        _write_articles(articles, count)
        yield single_process(articles, folder, count)
        yield dask_processes(articles, folder, count)
        yield from spark_local(articles, folder, count)
    yield reconciliation()


def run(quick: bool, count: int | None = None) -> list[Row]:
    """Run the scale-out benchmarks.

    Parameters
    ----------
    quick : bool
        Use 20,000 documents instead of 1,000,000.
    count : int, optional
        Use this many documents instead.

    Returns
    -------
    list of dict
        Rows with keys ``benchmark``, ``metric``, ``value``, ``target``, ``note``.
    """
    return list(_rows(count or (_QUICK_DOCS if quick else _FULL_DOCS)))


def main() -> None:
    """Print this benchmark's rows (``--quick`` for a short run)."""
    args = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    args.add_argument("--quick", action="store_true", help="20,000 documents instead of 1,000,000")
    args.add_argument("--docs", type=int, default=None, help="the number of documents")
    options = args.parse_args()
    for row in _rows(options.docs or (_QUICK_DOCS if options.quick else _FULL_DOCS)):
        print(f"{row['metric']:<42} {row['value']!s:>10}  {row['target']:<6} {row['note']}", flush=True)


if __name__ == "__main__":
    main()
