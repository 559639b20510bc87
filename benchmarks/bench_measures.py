"""Measures on real news: claimnum's measure of a claim against the gold's, mention by mention.

Each gold mention of the ECB+ development gold (``benchmarks/data/ecbplus_gold/``) is matched
to the extracted claim whose span overlaps it most, in the same article.  Reported: the share
of matched mentions whose claim has the gold's measure (*agreement*), the share left with no
measure, and (``--confusions``) the tally of (gold measure, claimnum's measure) pairs that
differ, most frequent first; ``--show MEASURE`` lists the mentions of one gold measure that
claimnum reads otherwise, each with a short surface and the words around it.

The measure compared is the quantity frame's (:func:`claimnum.grouping.frame_of`), which is
what grouping and verification use: the claim's own ``measure``, else what the counted noun
names.  Measures an annotator reads as one family (``[families]`` of the lexicon) agree, and so
do the gold's ``count`` (a count with no better name) and no measure.
The article text is read from ``../shared/data/ecbplus-dev/text`` (CC-BY 3.0, Cybulska and
Vossen); the benchmark says so and skips when it is absent.

``python benchmarks/bench_measures.py [--confusions] [--show MEASURE]`` runs it alone.

Examples
--------
>>> agree("evacuated", "displaced"), agree("deaths", "injuries"), agree("deaths", None), agree("count", None)
(True, False, False, True)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import claimnum
from claimnum.grouping import frame_of
from claimnum.measure_lexicon import family_of

__all__ = ["agree", "pairs", "run"]

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "ecbplus_gold"
TEXT = HERE.parents[1] / "shared" / "data" / "ecbplus-dev" / "text"
Row = dict[str, Any]
Pair = tuple[str, str | None, str, str]  # gold measure, claimnum's, surface, the words around it


def agree(gold: str, found: str | None) -> bool:
    """Whether claimnum's measure is the gold's, or of its family (a plain count has none)."""
    if found is None:
        return gold == "count"
    return family_of(found) == family_of(gold)


def pairs() -> list[Pair]:
    """Every gold mention matched to a claim: (gold measure, claimnum's measure, surface, context)."""
    import tomllib

    found: list[Pair] = []
    for path in sorted(GOLD.glob("*.toml")):
        spec = tomllib.loads(path.read_text("utf-8"))
        for doc in spec["articles"]:
            text = (TEXT / doc).read_text("utf-8")
            claims = claimnum.extract(text)
            for m in (m for m in spec.get("mention", []) if m["doc"] == doc):
                best, overlap = None, 0
                for claim in claims:
                    start, end = claim.start or 0, claim.end or 0
                    shared = min(end, m["end"]) - max(start, m["start"])
                    if shared > overlap:
                        best, overlap = claim, shared
                if best is None:
                    continue
                context = " ".join(text[max(0, m["start"] - 60) : m["end"] + 40].split())
                found.append((m["measure"], frame_of(best).measure, m["surface"], context))
    return found


def run(quick: bool = False) -> list[Row]:
    """The agreement rows, or one row saying why they cannot be measured."""
    if not TEXT.is_dir():
        return [_row("agreement", f"skipped: the articles are not in {TEXT}", "")]
    return _rows(pairs())


def _rows(found: list[Pair]) -> list[Row]:
    """The agreement rows of the matched mentions."""
    same = sum(1 for gold, mine, _, _ in found if agree(gold, mine))
    none = sum(1 for gold, mine, _, _ in found if mine is None and gold != "count")
    note = f"{len(found)} gold mentions matched to claims"
    return [
        _row("measure agreement", round(same / max(1, len(found)), 3), note),
        _row("no measure where the gold has one", round(none / max(1, len(found)), 3), note),
    ]


def _row(metric: str, value: Any, note: str) -> Row:
    return {"benchmark": "measures", "metric": metric, "value": value, "target": "", "note": note}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--confusions", action="store_true", help="tally the disagreements")
    parser.add_argument("--show", metavar="MEASURE", help="list the misread mentions of a gold measure")
    args = parser.parse_args()
    if not TEXT.is_dir():
        sys.exit(f"the articles are not in {TEXT}")
    found = pairs()  # extraction runs once for the rows and the lists below
    for row in _rows(found):
        print(f"{row['metric']}: {row['value']}  ({row['note']})")
    if args.confusions:
        tally = Counter((gold, mine) for gold, mine, _, _ in found if not agree(gold, mine))
        for (gold, mine), n in tally.most_common():
            print(f"{n:4d}  {gold:20s} -> {mine}")
    if args.show:
        for gold, mine, surface, context in found:
            if gold == args.show and not agree(gold, mine):
                print(f"{mine!s:18s} {surface!r:28s} | {context}")


if __name__ == "__main__":
    main()
