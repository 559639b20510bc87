"""Fresh invented stories: grouping link F1, extraction value F1 and verify accuracy.

The stories of ``data/fresh_stories`` (our own text, see its README) were written with their gold
by a helper who saw neither claimnum's code nor its output.  Grouping: ``reconcile`` per story,
with the outlets' publication times, scored pairwise over gold mentions as in
``bench_grouping.py``.  Extraction: claims matched to gold mentions by overlap, a match counts
when the numbers as written agree.  Verify: ``verify(claim, story)`` against the gold verdict.

``python benchmarks/bench_fresh.py [grouping|extraction|verify] [--show]``.
"""

from __future__ import annotations

import itertools
import math
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import claimnum

ROOT = Path(__file__).resolve().parent / "data" / "fresh_stories"


def _story(name: str) -> dict[str, tuple[str, str]]:
    folder = ROOT / "stories" / name
    meta = tomllib.loads((folder / "meta.toml").read_text("utf-8"))
    return {
        f"{name}/{outlet}.txt": (t, (folder / f"{outlet}.txt").read_text("utf-8"))
        for outlet, t in meta.items()
    }


def _golds() -> list[tuple[str, dict[str, Any]]]:
    return [
        (path.stem, tomllib.loads(path.read_text("utf-8"))) for path in sorted((ROOT / "gold").glob("*.toml"))
    ]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def grouping(show: bool = False) -> str:
    """Pairwise link precision, recall and F1 over every story."""
    gold_links = found_links = both = 0
    for story, spec in _golds():
        result = claimnum.reconcile(_story(story))
        group_of = {
            (c.source, c.start, c.end): n for n, group in enumerate(result.groups) for c in group.claims
        }
        matched = []
        for m in spec.get("mention", []):
            spans = [
                (k, _overlap((k[1], k[2]), (m["start"], m["end"]))) for k in group_of if k[0] == m["doc"]
            ]
            best = max(spans, key=lambda s: s[1], default=(None, 0))
            matched.append((m, group_of[best[0]] if best[0] is not None and best[1] > 0 else None))
        for (a, ga), (b, gb) in itertools.combinations(matched, 2):
            same, linked = a["quantity"] == b["quantity"], ga is not None and ga == gb
            gold_links += same
            found_links += linked
            both += same and linked
            if show and same != linked:
                print(f"  {story} {'missed' if same else 'wrong'}: {a['surface']!r} ~ {b['surface']!r}")
    p, r = both / max(1, found_links), both / max(1, gold_links)
    return f"grouping: link P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}"


def extraction(show: bool = False) -> str:
    """Value precision, recall and F1; unit and sense accuracy of the matched claims."""
    tp = fp = fn = unit_ok = sense_ok = 0
    for story, spec in _golds():
        for doc, (_, text) in _story(story).items():
            claims = claimnum.extract(text)
            used: set[int] = set()
            for m in (m for m in spec.get("mention", []) if m["doc"] == doc):
                hit = next(
                    (
                        i
                        for i, c in enumerate(claims)
                        if i not in used and _overlap((c.start, c.end), (m["start"], m["end"])) > 0
                    ),
                    None,
                )
                if hit is None:
                    fn += 1
                    continue
                used.add(hit)
                claim, want = claims[hit], sorted(m.get("values", []))
                if len(want) == len(claim.values) and all(
                    math.isclose(a, b, rel_tol=1e-6) for a, b in zip(want, sorted(claim.values), strict=True)
                ):
                    tp += 1
                    unit_ok += claim.unit == (m.get("unit") or "")
                    sense_ok += claim.sense == m["sense"]
                else:
                    fp, fn = fp + 1, fn + 1
                    if show:
                        print(f"  value: {m['surface']!r} {want} read {claim.text!r} {list(claim.values)}")
            fp += len(claims) - len(used)
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    matched = max(1, tp)
    return (
        f"extraction: value P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}; "
        f"unit {unit_ok / matched:.3f}, sense {sense_ok / matched:.3f}"
    )


def verify(show: bool = False) -> str:
    """Accuracy of the six verdicts, and the confusions."""
    cases = tomllib.loads((ROOT / "verify.toml").read_text("utf-8"))["case"]
    confusions: Counter[tuple[str, str]] = Counter()
    for case in cases:
        got = claimnum.verify(case["claim"], _story(case["story"])).verdict
        want = case["verdict"].replace("_", " ")
        confusions[(want, got)] += 1
        if show and got != want:
            print(f"  want {want}, got {got}: {case['claim']}")
    right = sum(n for (want, got), n in confusions.items() if want == got)
    return f"verify: accuracy {right}/{len(cases)} = {right / len(cases):.3f}"


def main(argv: list[str]) -> None:
    """Run the parts named in ``argv`` (all by default) and print one line each."""
    show = "--show" in argv
    parts = [a for a in argv if not a.startswith("--")] or ["grouping", "extraction", "verify"]
    for part in parts:
        print({"grouping": grouping, "extraction": extraction, "verify": verify}[part](show))


if __name__ == "__main__":
    main(sys.argv[1:])
