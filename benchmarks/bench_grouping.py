"""Grouping on real news: pairwise link precision, recall and F1 against annotated gold; its speed.

Accuracy.  The gold (``benchmarks/data/ecbplus_gold/<cluster>.toml``) marks every numeric
mention of the annotated articles of an ECB+ event cluster with the real-world quantity it
states.  For each cluster, :func:`claimnum.reconcile` runs on that cluster's annotated
articles (source = file name); each gold mention is matched to the claim whose span overlaps
it most.  Over all pairs of gold mentions of a cluster, a pair is *linked by gold* when both
state one quantity, and *linked by claimnum* when both matched claims stand in one group (a
mention no claim matches links nothing).  Reported: pairwise precision, recall and F1
(micro, over every cluster), the share of claims left in groups of one, and the verdict
counts of the groups.  The article text is read from ``../shared/data/ecbplus-dev/text``
(CC-BY 3.0, Cybulska and Vossen); the benchmark says so and skips when it is absent.

Speed.  Reconciling 10,000 short documents against extracting them alone (target: at most
1.5 times), and the clustering of 10,000 and 100,000 claims of one dimension with no
subject (linear: the time per claim must not grow with the number of claims).  Both in CPU
time, so that other programs on the machine do not count.

``python benchmarks/bench_grouping.py [--quick] [--errors]`` runs it alone (``--errors``
lists the wrong and missed links per cluster); ``python benchmarks/run.py`` runs every
benchmark.

Examples
--------
>>> pair_scores({("a", "b"): True, ("a", "c"): False}, {("a", "b"): True, ("a", "c"): True})
(0.5, 1.0)
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import subprocess
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import claimnum
from claimnum.clustering import cluster
from claimnum.grouping import frame_of

__all__ = ["gold_clusters", "pair_scores", "run"]

Row = dict[str, Any]

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "ecbplus_gold"
TEXT = HERE.parents[1] / "shared" / "data" / "ecbplus-dev" / "text"
_F1_TARGET = 0.85
_SPEED_TARGET = 1.5


def gold_clusters(folder: Path = GOLD) -> list[dict[str, Any]]:
    """Every gold file of ``folder``, parsed, by cluster name."""
    return [tomllib.loads(path.read_text("utf-8")) for path in sorted(folder.glob("*.toml"))]


def pair_scores(
    gold: Mapping[tuple[str, str], bool], found: Mapping[tuple[str, str], bool]
) -> tuple[float, float]:
    """Precision and recall of the pairs ``found`` links against those ``gold`` links."""
    both = sum(1 for pair, linked in found.items() if linked and gold.get(pair))
    predicted = sum(found.values())
    actual = sum(gold.values())
    return (both / predicted if predicted else 1.0, both / actual if actual else 1.0)


def _cluster_pairs(
    spec: Mapping[str, Any], errors: list[str] | None
) -> tuple[dict[tuple[str, str], bool], dict[tuple[str, str], bool], claimnum.Reconciliation]:
    documents = {name: (TEXT / name).read_text("utf-8") for name in spec["articles"]}
    result = claimnum.reconcile(documents)
    group_of: dict[tuple[str | None, int, int], int] = {}
    for number, group in enumerate(result.groups):
        for claim in group.claims:
            group_of[(claim.source, claim.start, claim.end)] = number
    mentions = [m for m in spec.get("mention", []) if m["doc"] in documents]
    matched: dict[str, int | None] = {}
    label: dict[str, str] = {}
    for m in mentions:
        key = f"{m['doc']}:{m['start']}"
        best, overlap = None, 0
        for (source, start, end), number in group_of.items():
            shared = min(end, m["end"]) - max(start, m["start"])
            if source == m["doc"] and shared > overlap:
                best, overlap = number, shared
        matched[key], label[key] = best, m["quantity"]
    gold: dict[tuple[str, str], bool] = {}
    found: dict[tuple[str, str], bool] = {}
    surfaces = {f"{m['doc']}:{m['start']}": m["surface"] for m in mentions}
    for a, b in itertools.combinations(sorted(matched), 2):
        gold[(a, b)] = label[a] == label[b]
        found[(a, b)] = matched[a] is not None and matched[a] == matched[b]
        if errors is not None and gold[(a, b)] != found[(a, b)]:
            kind = "missed" if gold[(a, b)] else "wrong"
            groups = f"{_name(result, matched[a])} | {_name(result, matched[b])}"
            errors.append(
                f"  {kind}: {surfaces[a]!r} ({label[a]}) ~ {surfaces[b]!r} ({label[b]})   groups: {groups}"
            )
    return gold, found, result


def _name(result: claimnum.Reconciliation, number: int | None) -> str:
    return "-" if number is None else result.groups[number].label


def accuracy(show_errors: bool = False) -> list[Row]:
    """The accuracy rows, or one row saying why they cannot be measured."""
    clusters = gold_clusters()
    if not TEXT.is_dir():
        return [_row("F1", f"skipped: the articles are not in {TEXT}", "", "")]
    if not clusters:
        return [_row("F1", f"skipped: no gold in {GOLD}", "", "")]
    gold: dict[tuple[str, str, str], bool] = {}
    found: dict[tuple[str, str, str], bool] = {}
    verdicts: Counter[str] = Counter()
    claims = singles = 0
    for spec in clusters:
        errors: list[str] | None = [] if show_errors else None
        g, f, result = _cluster_pairs(spec, errors)
        gold.update({(spec["cluster"], *k): v for k, v in g.items()})
        found.update({(spec["cluster"], *k): v for k, v in f.items()})
        verdicts.update(group.verdict for group in result.groups)
        claims += len(result.claims)
        singles += sum(1 for group in result.groups if len(group.claims) == 1)
        if errors:
            p, r = pair_scores(g, f)
            print(f"{spec['cluster']}: P {p:.2f} R {r:.2f}", file=sys.stderr)
            print("\n".join(errors[:60]), file=sys.stderr)
    precision, recall = pair_scores(gold, found)  # type: ignore[arg-type]
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    note = f"{len(clusters)} clusters, {sum(gold.values())} gold links"
    verdict_text = ", ".join(f"{v} {n}" for v, n in verdicts.most_common())
    return [
        _row("link precision", round(precision, 3), "", note),
        _row("link recall", round(recall, 3), "", note),
        _row("link F1", round(f1, 3), f">= {_F1_TARGET}", "pairwise, over gold mention pairs"),
        _row("claims in groups of one", round(singles / max(1, claims), 3), "", f"{claims} claims"),
        _row("verdicts", verdict_text, "", f"{sum(verdicts.values())} groups"),
    ]


def _row(metric: str, value: Any, target: str, note: str) -> Row:
    return {"benchmark": "grouping", "metric": metric, "value": value, "target": target, "note": note}


def speed(quick: bool) -> list[Row]:
    """Reconcile against extraction alone; clustering at 10,000 and 100,000 claims."""
    n = 2_000 if quick else 10_000
    # Each in a fresh process: the caches one fills (word forms, sentences) would speed up the other.
    # CPU time of the process, not the wall clock: on a shared machine the wall clock counts the
    # time other programs hold the cores.
    # The fastest of a few alternating runs: the least disturbed by the rest of the machine.
    runs = [[_timed_in_fresh_process(job, n) for job in ("extract", "reconcile")] for _ in range(3)]
    extracting, reconciling = (min(times) for times in zip(*runs, strict=True))
    ratio = reconciling / extracting
    rows = [
        _row(
            "reconcile / extract time",
            round(ratio, 2),
            f"<= {_SPEED_TARGET}",
            f"{n:,} short documents, extract {extracting:.1f} s, reconcile {reconciling:.1f} s "
            "(CPU time, each in a fresh process, the fastest of 3)",
        )
    ]
    small, large = (2_000, 20_000) if quick else (10_000, 100_000)
    per_claim = [_cluster_time(n) / n * 1e6 for n in (small, large)]
    rows.append(
        _row(
            "clustering µs per claim",
            round(per_claim[1], 1),
            f"about {per_claim[0]:.1f} (linear)",
            f"{large:,} claims of one dimension, no subject; {per_claim[0]:.1f} µs at {small:,}",
        )
    )
    return rows


_TIMING = """
import sys, time
sys.path.insert(0, {here!r})
import claimnum
from bench_scaleout import documents
docs = documents({n}, seed=7)
claimnum.reconcile(["Officials said 40 died."])  # load the lexicons, outside the timing
start = time.process_time()
if {job!r} == "extract":
    for i, text in enumerate(docs):
        claimnum.extract(text, source=str(i))
else:
    claimnum.reconcile(docs)
print(time.process_time() - start)
"""


def _timed_in_fresh_process(job: str, n: int) -> float:
    """Seconds to extract (or reconcile) ``n`` short documents, in a new interpreter."""
    code = _TIMING.format(here=str(HERE), n=n, job=job)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def _cluster_time(n: int) -> float:
    """Time the clustering of ``n`` counts of one measure, no subject, from ``n // 3`` sources."""
    [template] = claimnum.extract("Officials said 40 died.", source="t")
    frame = frame_of(template)
    claims: Sequence[claimnum.Claim] = [
        dataclasses.replace(
            template,
            source=str(i % max(1, n // 3)),
            start=i,
            value=float(40 + i % 500),
            interval=claimnum.Interval.point(float(40 + i % 500)),
        )
        for i in range(n)
    ]
    start = time.process_time()
    cluster(claims, [frame] * n)
    return time.process_time() - start


def run(quick: bool) -> list[Row]:
    """All rows of this benchmark (see the module notes)."""
    return [*accuracy(), *speed(quick)]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller speed inputs")
    parser.add_argument("--errors", action="store_true", help="list wrong and missed links per cluster")
    parser.add_argument("--accuracy-only", action="store_true", help="skip the speed rows")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    rows = accuracy(args.errors) + ([] if args.accuracy_only else speed(args.quick))
    for row in rows:
        print(f"{row['metric']:<28} {row['value']!s:<30} {row['target']:<10} {row['note']}")


if __name__ == "__main__":
    main()
