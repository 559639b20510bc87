"""Peak memory of the ``claimnum extract`` command on a large input file.

Writes a synthetic text file of ``--size`` megabytes (the corpus of
:mod:`corpus`, one document; our own text, no article is read), and the same
text as a CSV file of documents, then runs ``claimnum extract FILE -o OUT`` on
each in a fresh Python process that reports its own peak resident set size
(``resource.getrusage``, Linux: kilobytes).  Target: at most a few hundred MB
whatever the input size (the command streams documents and rows).

Run ``python benchmarks/bench_cli_memory.py [--size 50] [--pythonpath SRC]``
for this benchmark alone (``--pythonpath`` measures another checkout of
claimnum), or ``python benchmarks/run.py`` for all of them (``--quick``: 5 MB).

Examples
--------
>>> import sys
>>> _peak_of([sys.executable, "-c", "pass"]) is None  # no probe line: no figure
True
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import corpus

__all__ = ["measure", "run", "write_inputs"]

_MEGABYTE = 1_000_000
_TARGET_MB = 300
_PROBE = (
    "import resource, sys\n"
    "from claimnum.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "usage = resource.getrusage(resource.RUSAGE_SELF)\n"
    "print('peak-kb', usage.ru_maxrss, usage.ru_utime + usage.ru_stime, file=sys.stderr)\n"
    "raise SystemExit(code)\n"
)


def write_inputs(directory: Path, size_mb: int) -> tuple[Path, Path]:
    """Write ``size_mb`` megabytes of synthetic text as one text file and as a CSV of documents."""
    text_path, csv_path = directory / "big.txt", directory / "big.csv"
    with (
        text_path.open("w", encoding="utf-8") as text_file,
        csv_path.open("w", encoding="utf-8", newline="") as csv_file,
    ):
        writer = csv.writer(csv_file)
        writer.writerow(["id", "text"])
        for part in range(size_mb):
            documents = corpus.documents(_MEGABYTE, seed=part)
            text_file.write("\n\n".join(documents) + "\n\n")
            writer.writerows([f"{part}-{k}", doc] for k, doc in enumerate(documents))
    return text_path, csv_path


def _peak_of(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float] | None:
    """Run ``argv``; return the peak RSS in MB and the CPU seconds its probe printed, or None."""
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    for line in done.stderr.splitlines():
        if line.startswith("peak-kb "):
            _, kilobytes, seconds = line.split()
            return int(kilobytes) / 1024, float(seconds)
    return None


def measure(path: Path, output: Path, pythonpath: str | None = None) -> tuple[float | None, float, float]:
    """Peak RSS (MB), CPU time and wall time (s) of ``claimnum extract path -o output``."""
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    start = time.perf_counter()
    found = _peak_of([sys.executable, "-c", _PROBE, "extract", str(path), "-o", str(output)], env)
    wall = time.perf_counter() - start
    return (None, math.nan, wall) if found is None else (found[0], found[1], wall)


def run(
    quick: bool = False, *, size_mb: int | None = None, pythonpath: str | None = None
) -> list[dict[str, Any]]:
    """Rows for :mod:`run`: the peak memory of ``claimnum extract`` on a text and a CSV file."""
    size = size_mb if size_mb is not None else (5 if quick else 50)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        inputs = write_inputs(Path(tmp), size)
        for path in inputs:
            peak, cpu, wall = measure(path, Path(tmp) / "claims.csv", pythonpath)
            rows.append(
                {
                    "benchmark": "cli_memory",
                    "metric": f"peak RSS, extract {size} MB {path.suffix[1:]} (MB)",
                    "value": "failed" if peak is None else round(peak),
                    "target": f"<= {_TARGET_MB}",
                    "note": f"{cpu:.0f} s CPU, {wall:.0f} s wall",
                }
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=50, help="input size in MB (default: 50)")
    parser.add_argument("--pythonpath", help="measure the claimnum found on this path instead")
    args = parser.parse_args()
    for row in run(size_mb=args.size, pythonpath=args.pythonpath):
        print(f"{row['metric']}: {row['value']} (target {row['target']}; {row['note']})")


if __name__ == "__main__":
    main()
