"""Verification benchmark: accuracy on the ECB+ development pairs, and speed at scale.

Accuracy: ``data/verify_pairs.toml`` holds claims of one outlet of an ECB+
cluster (offsets into its article, or a short altered sentence of our own) with
the verdict a careful fact-checker gives against the other outlets' articles.
The articles are read from ``../shared/data/ecbplus-dev/text/`` (CC-BY, never
copied into the project); without them the accuracy rows say so and are
skipped.  Printed: accuracy and per-verdict precision and recall; ``python
benchmarks/bench_verify.py`` also lists every miss.

Speed: 10,000 claim numbers verified against the claims of 10,000 evidence
documents (synthetic wire sentences written here), the alignment and the
verdicts timed apart from extraction (which ``bench_extract`` measures).

Examples
--------
>>> pairs = load_pairs()
>>> len(pairs) >= 150 and {p["label"] for p in pairs} == set(VERDICTS)
True
"""

from __future__ import annotations

import random
import re
import resource
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import claimnum
from claimnum.verify import VERDICTS

__all__ = ["load_pairs", "run", "score", "speed"]

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "verify_pairs.toml"
TEXTS = HERE.parent.parent / "shared" / "data" / "ecbplus-dev" / "text"
_CLUSTER = re.compile(r"(\d+)(ecb|ecbplus)")


def load_pairs(path: Path = DATA) -> list[dict[str, Any]]:
    """The development pairs as dicts (``cluster``, ``claim_file``, ``start``/``end`` or ``altered``,
    ``label``, ``why``)."""
    with path.open("rb") as handle:
        pairs: list[dict[str, Any]] = tomllib.load(handle)["pair"]
    return pairs


def _cluster_files(cluster: str, texts: Path) -> list[Path]:
    match = _CLUSTER.fullmatch(cluster)
    assert match is not None, cluster
    topic, sub = match.groups()
    files = [p for p in texts.glob(f"{topic}_*.txt") if re.fullmatch(rf"{topic}_\d+{sub}\.txt", p.name)]
    return sorted(files, key=lambda p: int(p.name.split("_")[1].removesuffix(f"{sub}.txt")))


def claim_and_evidence(pair: dict[str, Any], texts: Path = TEXTS) -> tuple[str, dict[str, str]]:
    """The claim's text and the other outlets' articles by file name."""
    files = _cluster_files(pair["cluster"], texts)
    evidence = {p.name: p.read_text(encoding="utf-8") for p in files if p.name != pair["claim_file"]}
    if "altered" in pair:
        return pair["altered"], evidence
    article = (texts / pair["claim_file"]).read_text(encoding="utf-8")
    return article[pair["start"] : pair["end"]], evidence


def score(pairs: Sequence[dict[str, Any]], texts: Path = TEXTS) -> dict[str, Any]:
    """Verify every pair: accuracy, per-verdict precision and recall, and the misses."""
    predicted, misses = [], []
    for pair in pairs:
        claim, evidence = claim_and_evidence(pair, texts)
        result = claimnum.verify(claim, evidence)
        predicted.append(result.verdict)
        if result.verdict != pair["label"]:
            where = pair.get("altered") or f"{pair['claim_file']}@{pair['start']}"
            misses.append(f"{pair['label']} -> {result.verdict}: {where}\n{result.explain()}")
    labels = [p["label"] for p in pairs]
    hits = sum(a == b for a, b in zip(labels, predicted, strict=True))
    per_verdict = {}
    for verdict in VERDICTS:
        said = sum(p == verdict for p in predicted)
        true = sum(label == verdict for label in labels)
        both = sum(p == verdict == label for p, label in zip(predicted, labels, strict=True))
        per_verdict[verdict] = (both / said if said else float("nan"), both / true if true else float("nan"))
    confusion = Counter(zip(labels, predicted, strict=True))
    return {
        "accuracy": hits / len(pairs),
        "per_verdict": per_verdict,
        "misses": misses,
        "confusion": confusion,
    }


# ------------------------------------------------------------------------------------- speed

_VERBS = ("killed", "injured", "displaced")
_CAUSES = ("Floods", "Storms", "Fires", "Landslides", "Clashes")
_QUALIFIERS = ("", "about ", "more than ", "nearly ", "at least ", "some ", "up to ", "an estimated ")
_SYLLABLES = ("ta", "vo", "rin", "kel", "mo", "sa", "dru", "pel", "ni", "gor", "lu", "bex")


def _place(story: int) -> str:
    """A made-up place per story: real archives tell many stories, each of its own place."""
    word, k = "", story
    for _ in range(4):
        word += _SYLLABLES[k % len(_SYLLABLES)]
        k //= len(_SYLLABLES)
    return word.capitalize()


def _sentence(rng: random.Random, story: int) -> str:
    value = (10 + story % 90) * rng.choice((1, 10, 100))
    cause, verb = _CAUSES[story % len(_CAUSES)], rng.choice(_VERBS)
    return f"{cause} in {_place(story)} {verb} {rng.choice(_QUALIFIERS)}{value:,} people, officials said."


def speed(n: int, seed: int = 7) -> dict[str, float]:
    """CPU seconds to verify ``n`` claims against the claims of ``n`` evidence documents.

    The documents tell ``n / 10`` stories, each of its own place (the holder
    of its figures, as a real archive's stories have theirs); every claim is
    about one of them.
    """
    rng = random.Random(seed)
    stories = max(1, n // 10)
    documents = {f"doc{i}": " ".join(_sentence(rng, i % stories) for _ in range(3)) for i in range(n)}
    claims = [_sentence(rng, rng.randrange(stories)) for _ in range(n)]
    start = time.process_time()
    evidence = [c for source, text in documents.items() for c in claimnum.extract(text, source=source)]
    numbers = [c for text in claims for c in claimnum.extract(text, source="claim")]
    extracted = time.process_time() - start
    start = time.process_time()
    result = claimnum.verify(numbers, evidence)
    verified = time.process_time() - start
    pairs = sum(len(item.evidence) for item in result.items)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    return {
        "extract": extracted,
        "verify": verified,
        "pairs": pairs,
        "evidence": len(evidence),
        "peak MB": peak,
    }


def run(quick: bool) -> list[dict[str, Any]]:
    """Rows for ``benchmarks/run.py``: dev accuracy, per-verdict precision and recall, speed."""
    rows: list[dict[str, Any]] = []
    pairs = load_pairs()
    if not TEXTS.is_dir():
        note = f"skipped: the ECB+ articles are not at {TEXTS}"
        rows.append(
            {"benchmark": "verify", "metric": "dev accuracy", "value": note, "target": "", "note": ""}
        )
    else:
        result = score(pairs)
        rows.append(
            {
                "benchmark": "verify",
                "metric": "dev accuracy",
                "value": round(result["accuracy"], 3),
                "target": "well above 0.73",
                "note": f"{len(pairs)} ECB+ pairs",
            }
        )
        for verdict, (precision, recall) in result["per_verdict"].items():
            support = sum(p["label"] == verdict for p in pairs)
            rows.append(
                {
                    "benchmark": "verify",
                    "metric": f"{verdict}: precision / recall",
                    "value": f"{precision:.2f} / {recall:.2f}",
                    "target": "",
                    "note": f"{support} pairs",
                }
            )
    n = 1_000 if quick else 10_000
    timing = speed(n)
    rows.append(
        {
            "benchmark": "verify",
            "metric": f"verify {n:,} numbers vs {n:,} documents (s)",
            "value": round(timing["verify"], 2),
            "target": "",
            "note": f"{timing['evidence']:,} evidence claims, {timing['pairs']:,} pairs; extraction apart",
        }
    )
    return rows


def main() -> None:
    """Print the scores and every miss."""
    if not TEXTS.is_dir():
        sys.exit(f"the ECB+ articles are not at {TEXTS}: nothing to score")
    pairs = load_pairs()
    result = score(pairs)
    print("\n\n".join(result["misses"]))
    print(f"\naccuracy {result['accuracy']:.3f} on {len(pairs)} pairs")
    for verdict, (precision, recall) in result["per_verdict"].items():
        print(f"  {verdict:16} precision {precision:.2f}  recall {recall:.2f}")
    for (label, said), count in sorted(result["confusion"].items()):
        print(f"  {label:16} -> {said:16} {count}")


if __name__ == "__main__":
    main()
