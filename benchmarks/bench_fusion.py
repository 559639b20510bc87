"""Fusion speed: Marzullo over a million intervals against numpy's sort, and many groups at once.

Measures, on seeded random intervals (closed, lower ends uniform in [0, 1000],
widths uniform in [0, 50]):

* the wall time of ``np.sort`` on a million floats, the yardstick;
* ``claimnum.combine(frame, method="marzullo")`` and ``claimnum.check(frame)``
  on a million intervals given as a DataFrame, and their ratio to the sort
  (target: a few sorts, at most 10);
* ``claimnum.combine(frame, method="bayes")`` on the same million intervals
  (target: at most 20 sorts, issue 11), and on 100,000 trapezoids (cores half
  as wide as the supports, whose shoulders cost 16 pieces each; no target);
* ``claimnum.combine_groups`` on 100,000 claims in 10,000 groups (each group's
  claims scattered around its own centre), by ``"marzullo"``, ``"median"`` and
  ``"intersection"`` (target: seconds, at most 5).

Every time is the best of three runs.  Run ``python benchmarks/bench_fusion.py
[--quick]`` for this benchmark alone, or ``python benchmarks/run.py`` for all.

Examples
--------
>>> best_of(lambda: None, repeat=2) >= 0
True
>>> len(random_intervals(10, seed=1))
10
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["best_of", "grouped_claims", "random_intervals", "run", "trapezoids"]

Row = dict[str, Any]

_FULL, _QUICK = 1_000_000, 200_000
_TARGET_SORTS = 10.0
_TARGET_BAYES_SORTS = 20.0
_TRAPEZOIDS = 100_000
_TARGET_GROUP_SECONDS = 5.0


def best_of(action: Callable[[], object], repeat: int = 3) -> float:
    """The shortest wall time of ``repeat`` runs of ``action``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def random_intervals(n: int, *, seed: int = 2026) -> pd.DataFrame:
    """``n`` closed intervals with columns ``lo``, ``hi``."""
    rng = np.random.default_rng(seed)
    lo = rng.uniform(0, 1_000, n)
    return pd.DataFrame({"lo": lo, "hi": lo + rng.uniform(0, 50, n)})


def grouped_claims(n: int, groups: int, *, seed: int = 2026) -> pd.DataFrame:
    """``n`` claims in ``groups`` groups; each group's claims scatter around its own centre,
    with one claim in ten far off."""
    rng = np.random.default_rng(seed)
    group = rng.integers(0, groups, n)
    centre = rng.uniform(1_000, 100_000, groups)[group]
    centre = np.where(rng.random(n) < 0.1, centre * rng.uniform(2, 5, n), centre)
    half = centre * rng.uniform(0.05, 0.2, n)
    lo = centre - half + rng.normal(0, 0.05, n) * centre
    return pd.DataFrame({"group": group, "lo": lo, "hi": lo + 2 * half})


def _ratio_row(metric: str, seconds: float, sort: float, n: int, target: float = _TARGET_SORTS) -> Row:
    ratio = seconds / sort
    met = "met" if ratio <= target else "NOT met"
    return {
        "benchmark": "fusion",
        "metric": f"{metric} / np.sort of {n:,} floats",
        "value": round(ratio, 1),
        "target": f"<= {target:g}",
        "note": f"{seconds:.3f} s against {sort:.3f} s; {met}",
    }


def trapezoids(n: int, *, seed: int = 2026) -> pd.DataFrame:
    """``n`` trapezoids: :func:`random_intervals` with cores half as wide, centred."""
    frame = random_intervals(n, seed=seed)
    quarter = (frame["hi"] - frame["lo"]) / 4
    return frame.assign(core_lo=frame["lo"] + quarter, core_hi=frame["hi"] - quarter)


def run(quick: bool) -> list[Row]:
    """Run the fusion benchmarks; the rows follow ``benchmarks/README.md``.

    Parameters
    ----------
    quick : bool
        200,000 intervals and 20,000 claims in 2,000 groups instead of 1,000,000 and
        100,000 in 10,000.

    Returns
    -------
    list of dict
        Rows with keys ``benchmark``, ``metric``, ``value``, ``target``, ``note``.
    """
    from claimnum.check import check
    from claimnum.combine import combine, combine_groups

    n = _QUICK if quick else _FULL
    frame = random_intervals(n)
    floats = frame["lo"].to_numpy()
    sort = best_of(lambda: np.sort(floats))
    fuse = best_of(lambda: combine(frame, method="marzullo"))
    verdict = best_of(lambda: check(frame))
    bayes = best_of(lambda: combine(frame, method="bayes"))
    shaped = trapezoids(_TRAPEZOIDS // (5 if quick else 1))
    bayes_shaped = best_of(lambda: combine(shaped, method="bayes"), repeat=1)
    rows: list[Row] = [
        {
            "benchmark": "fusion",
            "metric": f"np.sort of {n:,} floats (s)",
            "value": round(sort, 4),
            "target": "",
            "note": "the yardstick",
        },
        {
            "benchmark": "fusion",
            "metric": f"combine marzullo of {n:,} intervals (s)",
            "value": round(fuse, 3),
            "target": "",
            "note": "DataFrame input",
        },
        _ratio_row("combine marzullo", fuse, sort, n),
        _ratio_row("check", verdict, sort, n),
        _ratio_row("combine bayes", bayes, sort, n, _TARGET_BAYES_SORTS),
        {
            "benchmark": "fusion",
            "metric": f"combine bayes of {len(shaped):,} trapezoids (s)",
            "value": round(bayes_shaped, 3),
            "target": "",
            "note": "16 pieces per shoulder, two passes",
        },
    ]
    claims, groups = (20_000, 2_000) if quick else (100_000, 10_000)
    grouped = grouped_claims(claims, groups)
    for method in ("marzullo", "median", "intersection", "bayes"):
        seconds = best_of(lambda m=method: combine_groups(grouped, by="group", method=m))
        met = "met" if seconds <= _TARGET_GROUP_SECONDS else "NOT met"
        rows.append(
            {
                "benchmark": "fusion",
                "metric": f"combine_groups {method}, {claims:,} claims in {groups:,} groups (s)",
                "value": round(seconds, 3),
                "target": f"<= {_TARGET_GROUP_SECONDS:g}",
                "note": met,
            }
        )
    return rows


def main() -> None:
    """Print this benchmark's rows (``--quick`` for a short run)."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--quick", action="store_true", help="smaller inputs")
    rows = run(args.parse_args().quick)
    width = max(len(row["metric"]) for row in rows)
    print(f"{'metric':<{width}}  {'value':>10}  {'target':<7}  note")
    for row in rows:
        print(f"{row['metric']:<{width}}  {row['value']!s:>10}  {row['target']:<7}  {row['note']}")


if __name__ == "__main__":
    main()
