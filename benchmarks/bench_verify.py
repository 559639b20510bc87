"""Verification benchmark: accuracy on two sets of real pairs, and speed at scale.

Accuracy, on two sets read from ``data/``, the articles read from
``../shared/data/ecbplus-dev/text/`` (CC-BY, never copied into the project;
without them the accuracy rows say so and are skipped):

* cross-outlet pairs (``verify_pairs.toml``): a claim of one outlet of an ECB+
  cluster (offsets into its article, or a short altered sentence of our own),
  with the verdict a careful fact-checker gives against the other outlets'
  articles;
* premise/hypothesis pairs (``verify_headlines.toml``, skipped plainly when
  absent): a headline or sentence of one article (or our altered version of
  it) against the same article with that span cut out.

Printed for each: accuracy, per-verdict precision and recall, a 3-way accuracy
(supported -> entailment; refuted, overstated, understated -> contradiction;
compatible, not enough info -> neutral, as NLI sets label pairs) and, for
comparison, a digits-only baseline (supported when every digit string of the
claim appears in the evidence, else not enough info).  ``python
benchmarks/bench_verify.py`` also lists every miss.

Speed: 10,000 claim numbers verified against the claims of 10,000 evidence
documents (synthetic wire sentences written here), the alignment and the
verdicts timed apart from extraction (which ``bench_extract`` measures).

Examples
--------
>>> pairs = load_pairs()
>>> len(pairs) >= 150 and {p["label"] for p in pairs} == set(VERDICTS)
True
>>> three_way("overstated"), three_way("compatible"), three_way("supported")
('contradiction', 'neutral', 'entailment')
>>> digits_baseline("Storm kills 12, injures 40", {"wire": "The storm killed 12 and hurt 40."})
'supported'
>>> digits_baseline("Storm kills 13", {"wire": "The storm killed 12."})
'not enough info'
"""

from __future__ import annotations

import random
import re
import resource
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import claimnum
from claimnum.verify import VERDICTS

__all__ = [
    "claim_and_evidence",
    "claim_and_premise",
    "digits_baseline",
    "load_headlines",
    "load_pairs",
    "run",
    "score",
    "speed",
    "three_way",
]

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "verify_pairs.toml"
HEADLINES = HERE / "data" / "verify_headlines.toml"
TEXTS = HERE.parent.parent / "shared" / "data" / "ecbplus-dev" / "text"
_CLUSTER = re.compile(r"(\d+)(ecb|ecbplus)")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_NLI = {
    "entailment": ("supported",),
    "contradiction": ("refuted", "overstated", "understated"),
    "neutral": ("compatible", "not enough info"),
}
_THREE_WAY = {verdict: label for label, verdicts in _NLI.items() for verdict in verdicts}

Evidence = Callable[[dict[str, Any], Path], tuple[str, dict[str, str]]]


def load_pairs(path: Path = DATA) -> list[dict[str, Any]]:
    """The cross-outlet pairs as dicts (``cluster``, ``claim_file``, ``start``/``end`` or ``altered``,
    ``label``, ``why``)."""
    with path.open("rb") as handle:
        pairs: list[dict[str, Any]] = tomllib.load(handle)["pair"]
    return pairs


def load_headlines(path: Path = HEADLINES) -> list[dict[str, Any]]:
    """The premise/hypothesis pairs as dicts (``file``, ``start``, ``end``, ``altered``, ``label``,
    ``why``); none when the file is absent."""
    return load_pairs(path) if path.is_file() else []


def _cluster_files(cluster: str, texts: Path) -> list[Path]:
    match = _CLUSTER.fullmatch(cluster)
    assert match is not None, cluster
    topic, sub = match.groups()
    files = [p for p in texts.glob(f"{topic}_*.txt") if re.fullmatch(rf"{topic}_\d+{sub}\.txt", p.name)]
    return sorted(files, key=lambda p: int(p.name.split("_")[1].removesuffix(f"{sub}.txt")))


def claim_and_evidence(pair: dict[str, Any], texts: Path = TEXTS) -> tuple[str, dict[str, str]]:
    """A cross-outlet pair: the claim's text and the other outlets' articles by file name."""
    files = _cluster_files(pair["cluster"], texts)
    evidence = {p.name: p.read_text(encoding="utf-8") for p in files if p.name != pair["claim_file"]}
    if pair.get("altered"):  # an empty `altered` is the outlet's own sentence
        return pair["altered"], evidence
    article = (texts / pair["claim_file"]).read_text(encoding="utf-8")
    return article[pair["start"] : pair["end"]], evidence


def claim_and_premise(pair: dict[str, Any], texts: Path = TEXTS) -> tuple[str, dict[str, str]]:
    """A premise/hypothesis pair: the claim (the span, or the altered sentence) and the premise, the
    article without the span, as the one source named by the file."""
    article = (texts / pair["file"]).read_text(encoding="utf-8")
    start, end = pair["start"], pair["end"]
    claim = pair.get("altered") or article[start:end]
    return claim, {pair["file"]: article[:start] + article[end:]}


def three_way(verdict: str) -> str:
    """The NLI label of a verdict: entailment, contradiction or neutral."""
    return _THREE_WAY[verdict]


def _digit_strings(text: str) -> set[str]:
    return {d.replace(",", "") for d in _DIGITS.findall(text)}


def digits_baseline(claim: str, evidence: Mapping[str, str]) -> str:
    """Matching digits alone: supported when the claim has digit strings and every one appears in
    the evidence, else not enough info."""
    said = _digit_strings(claim)
    heard = set().union(*(_digit_strings(text) for text in evidence.values()))
    return "supported" if said and said <= heard else "not enough info"


def _accuracy(labels: Sequence[str], said: Sequence[str]) -> float:
    return sum(a == b for a, b in zip(labels, said, strict=True)) / max(1, len(labels))


def score(
    pairs: Sequence[dict[str, Any]], texts: Path = TEXTS, evidence_of: Evidence = claim_and_evidence
) -> dict[str, Any]:
    """Verify every pair: accuracy, 3-way accuracy, per-verdict precision and recall, the misses and
    the digits-only baseline's accuracy (``evidence_of``: how a pair gives its claim and evidence)."""
    predicted, baseline, misses = [], [], []
    for pair in pairs:
        claim, evidence = evidence_of(pair, texts)
        result = claimnum.verify(claim, evidence)
        predicted.append(result.verdict)
        baseline.append(digits_baseline(claim, evidence))
        if result.verdict != pair["label"]:
            where = pair.get("altered") or f"{pair.get('claim_file') or pair['file']}@{pair['start']}"
            misses.append(f"{pair['label']} -> {result.verdict}: {where}\n{result.explain()}")
    labels = [p["label"] for p in pairs]
    per_verdict = {}
    for verdict in VERDICTS:
        said = sum(p == verdict for p in predicted)
        true = sum(label == verdict for label in labels)
        both = sum(p == verdict == label for p, label in zip(predicted, labels, strict=True))
        per_verdict[verdict] = (both / said if said else float("nan"), both / true if true else float("nan"))
    nli = [three_way(label) for label in labels]
    return {
        "accuracy": _accuracy(labels, predicted),
        "three_way": _accuracy(nli, [three_way(p) for p in predicted]),
        "baseline": _accuracy(labels, baseline),
        "baseline_three_way": _accuracy(nli, [three_way(p) for p in baseline]),
        "per_verdict": per_verdict,
        "misses": misses,
        "confusion": Counter(zip(labels, predicted, strict=True)),
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


def _sets(headline_file: Path = HEADLINES) -> list[tuple[str, list[dict[str, Any]], Evidence]]:
    """The pair sets present: (name, pairs, how a pair gives its claim and evidence)."""
    sets: list[tuple[str, list[dict[str, Any]], Evidence]] = [
        ("cross-outlet", load_pairs(), claim_and_evidence)
    ]
    if headlines := load_headlines(headline_file):
        sets.append(("headline", headlines, claim_and_premise))
    return sets


def _accuracy_rows(
    name: str, pairs: Sequence[dict[str, Any]], result: dict[str, Any]
) -> list[dict[str, Any]]:
    note = f"{len(pairs)} ECB+ pairs"
    rows = [
        {"benchmark": "verify", "metric": f"{name} accuracy", "value": round(result["accuracy"], 3),
         "target": "well above 0.73", "note": note},
        {"benchmark": "verify", "metric": f"{name} 3-way accuracy", "value": round(result["three_way"], 3),
         "target": "", "note": note},
        {"benchmark": "verify", "metric": f"{name} digits-only baseline",
         "value": f"{result['baseline']:.3f} ({result['baseline_three_way']:.3f} 3-way)", "target": "",
         "note": note},
    ]  # fmt: skip
    for verdict, (precision, recall) in result["per_verdict"].items():
        support = sum(p["label"] == verdict for p in pairs)
        rows.append(
            {
                "benchmark": "verify",
                "metric": f"{name} {verdict}: precision / recall",
                "value": f"{precision:.2f} / {recall:.2f}",
                "target": "",
                "note": f"{support} pairs",
            }
        )
    return rows


def run(quick: bool) -> list[dict[str, Any]]:
    """Rows for ``benchmarks/run.py``: accuracy, 3-way accuracy, the digits baseline, per-verdict
    precision and recall of each pair set; speed."""
    rows: list[dict[str, Any]] = []
    if not TEXTS.is_dir():
        note = f"skipped: the ECB+ articles are not at {TEXTS}"
        rows.append(
            {"benchmark": "verify", "metric": "dev accuracy", "value": note, "target": "", "note": ""}
        )
    else:
        for name, pairs, evidence_of in _sets():
            rows += _accuracy_rows(name, pairs, score(pairs, evidence_of=evidence_of))
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


def main(argv: Sequence[str]) -> None:
    """Print the scores and every miss of each pair set (``headline`` or ``cross-outlet``: only it;
    a ``.toml`` path: premise/hypothesis pairs read from it instead)."""
    if not TEXTS.is_dir():
        sys.exit(f"the ECB+ articles are not at {TEXTS}: nothing to score")
    headline_file = next((Path(a) for a in argv if a.endswith(".toml")), HEADLINES)
    names = [a for a in argv if not a.endswith(".toml")]
    if not load_headlines(headline_file):
        print(f"(no premise/hypothesis pairs at {headline_file}: skipped)")
    for name, pairs, evidence_of in _sets(headline_file):
        if names and name not in names:
            continue
        result = score(pairs, evidence_of=evidence_of)
        print(f"===== {name} pairs\n")
        print("\n\n".join(result["misses"]))
        accuracy, nli = result["accuracy"], result["three_way"]
        print(f"\n{name}: accuracy {accuracy:.3f} on {len(pairs)} pairs, 3-way {nli:.3f}")
        print(f"  digits-only baseline {result['baseline']:.3f}, 3-way {result['baseline_three_way']:.3f}")
        for verdict, (precision, recall) in result["per_verdict"].items():
            print(f"  {verdict:16} precision {precision:.2f}  recall {recall:.2f}")
        for (label, said), count in sorted(result["confusion"].items()):
            print(f"  {label:16} -> {said:16} {count}")


if __name__ == "__main__":
    main(sys.argv[1:])
