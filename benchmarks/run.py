"""Run every benchmark of claimnum and print one table.

``python benchmarks/run.py`` (``--quick`` for a short run, ``--markdown`` for a
table to paste into ``benchmarks/README.md``, ``--only accuracy ...`` for some).  Each benchmark module in
``benchmarks/`` exposes ``run(quick: bool) -> list[dict]``, rows with the keys
``benchmark``, ``metric``, ``value``, ``target`` and ``note``; this script
imports each module, calls it and prints the rows together.  A module that is
missing, needs an optional package that is not installed, or fails, gives one
row saying so instead, and the others still run.

Examples
--------
>>> print(table([{"benchmark": "demo", "metric": "m", "value": 1234.5, "target": "", "note": "ok"}]))
benchmark  metric  value    target  note
---------  ------  -------  ------  ----
demo       m       1,234.5          ok
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["COLUMNS", "MODULES", "collect", "markdown", "table"]

Row = dict[str, Any]

HERE = Path(__file__).resolve().parent
COLUMNS = ("benchmark", "metric", "value", "target", "note")
MODULES = (
    "bench_extract",
    "accuracy",
    "bench_ecbplus",
    "bench_annotated",
    "bench_fusion",
    "bench_scaleout",
    "bench_cli_memory",
    "bench_verify",
    "bench_grouping",
    "bench_measures",
)
"""The benchmark modules, in the order their rows are printed."""


def _skipped(name: str, why: str) -> Row:
    return {"benchmark": name, "metric": "", "value": why, "target": "", "note": ""}


def _last_line(err: BaseException) -> str:
    """The last line of an error's message: a remote traceback ends with the cause."""
    lines = [line for line in str(err).splitlines() if line.strip()]
    return lines[-1].strip()[:200] if lines else ""


def _export_path(directory: Path) -> None:
    """Let worker processes (dask, Spark) import the benchmark modules by name too."""
    paths = [str(directory), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))


def _rows_of(name: str, quick: bool, directory: Path) -> list[Row]:
    """Import benchmark module ``name`` and return its rows, or one row saying why not."""
    if not (directory / f"{name}.py").exists():
        return [_skipped(name, f"skipped: benchmarks/{name}.py not present")]
    try:
        module = importlib.import_module(name)
        rows: list[Row] = module.run(quick)
    except ImportError as err:
        return [_skipped(name, f"skipped: needs {err.name or err}")]
    except Exception as err:  # one broken benchmark must not hide the others
        traceback.print_exc(file=sys.stderr)
        return [_skipped(name, f"failed: {type(err).__name__}: {_last_line(err)}")]
    return [{column: row.get(column, "") for column in COLUMNS} for row in rows]


def collect(quick: bool, modules: Sequence[str] = MODULES, directory: Path = HERE) -> list[Row]:
    """Run the benchmark ``modules`` and return all their rows.

    Parameters
    ----------
    quick : bool
        Passed to each module's ``run``: smaller inputs, same measurements.
    modules : sequence of str
        Module names in ``directory``.
    directory : Path
        Where the modules are (``benchmarks/``); put on ``sys.path`` to import them.

    Returns
    -------
    list of dict
        Rows with exactly the keys in :data:`COLUMNS`.

    Examples
    --------
    >>> collect(True, ["no_such_bench"])[0]["value"]
    'skipped: benchmarks/no_such_bench.py not present'
    """
    if str(directory) not in sys.path:
        sys.path.insert(0, str(directory))
    rows: list[Row] = []
    for name in modules:
        start = time.perf_counter()
        rows.extend(_rows_of(name, quick, directory))
        print(f"{name}: {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    return rows


def _cell(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


def table(rows: Sequence[Row]) -> str:
    """Format rows as a plain-text table with aligned columns.

    Examples
    --------
    >>> print(table([{"benchmark": "b", "metric": "x", "value": 3, "target": "<= 12", "note": ""}]))
    benchmark  metric  value  target  note
    ---------  ------  -----  ------  ----
    b          x       3      <= 12
    """
    cells = [list(COLUMNS)] + [[_cell(row[c]) for c in COLUMNS] for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
    cells.insert(1, ["-" * w for w in widths])
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells
    )


def markdown(rows: Sequence[Row]) -> str:
    """Format rows as a markdown table (``|`` in cells escaped).

    Examples
    --------
    >>> print(markdown([{"benchmark": "b", "metric": "x", "value": 0.5, "target": "", "note": "a|b"}]))
    | benchmark | metric | value | target | note |
    |---|---|---|---|---|
    | b | x | 0.5 |  | a\\|b |
    """
    lines = ["| " + " | ".join(COLUMNS) + " |", "|---" * len(COLUMNS) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(_cell(row[c]).replace("|", "\\|") for c in COLUMNS) + " |")
    return "\n".join(lines)


def main() -> None:
    """Run every benchmark and print the table."""
    parser = argparse.ArgumentParser(description="Run every claimnum benchmark and print one table.")
    parser.add_argument("--quick", action="store_true", help="smaller inputs (about a minute)")
    parser.add_argument("--markdown", action="store_true", help="print a markdown table")
    parser.add_argument("--only", nargs="+", choices=MODULES, default=MODULES, help="run only these")
    args = parser.parse_args()
    start = time.perf_counter()
    _export_path(HERE)
    rows = collect(args.quick, args.only)
    print(markdown(rows) if args.markdown else table(rows))
    print(f"\n{len(rows)} rows in {time.perf_counter() - start:.0f} s{' (quick)' if args.quick else ''}")


if __name__ == "__main__":
    main()
