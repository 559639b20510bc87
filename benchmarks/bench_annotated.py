"""Annotated news sentences: claimnum.extract scored against a careful annotator.

``data/news_sentences.toml`` holds about 300 news-style sentences written for
claimnum, each with the claims an annotator marks in it (surface, value, unit,
kind, sense, subject head noun and a few facts the interval must respect);
``data/news_sentences_2.toml`` is a second, independent set written later to
check rules tuned on the first, ``data/news_sentences_3.toml`` a third of wire
copy and headlines for issue 10, ``news_sentences_4.toml`` and ``news_sentences_5.toml``
later passes of the same kind (``DATA_FILES`` lists them all).
This module runs :func:`claimnum.extract` on each sentence and scores

* **spans**: precision, recall and F1, *strict* (the surfaces are equal, at the
  same place) and *lenient* (the spans overlap; pairs are made one to one,
  largest overlap first);
* **attributes**, over the lenient pairs: value, unit, kind, sense, subject head
  noun and the interval constraints, each as the share of pairs where the
  annotation gives it and the claim agrees.

Every disagreement goes to ``benchmarks/_work/annotated_failures.txt`` (and
``annotated_failures_news_sentences_2.txt`` for the second set; not versioned):
the sentence, what was expected, what came out.

Run ``python benchmarks/bench_annotated.py`` for the table and the failures file.

Examples
--------
>>> case = Case("t", "Over 300 homes flooded.", (Expected("Over 300", 300.0, (), "", "amount", "over"),))
>>> result = score([case])
>>> result.strict.f1, result.attributes["sense"].accuracy
(1.0, 1.0)
"""

from __future__ import annotations

import argparse
import math
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimnum.claim import Claim
from claimnum.extract import extract

__all__ = [
    "DATA",
    "DATA_FILES",
    "FAILURES",
    "KINDS",
    "Case",
    "Counts",
    "Expected",
    "Result",
    "load_cases",
    "run",
    "score",
]

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "news_sentences.toml"
"""The annotated sentences (the development set)."""
DATA_FILES = (
    DATA,
    HERE / "data" / "news_sentences_2.toml",
    HERE / "data" / "news_sentences_3.toml",
    HERE / "data" / "news_sentences_4.toml",
    HERE / "data" / "news_sentences_5.toml",
)
"""Every annotated set :func:`run` scores: the development set, then the independent check set."""
FAILURES = HERE / "_work" / "annotated_failures.txt"
"""Where :func:`run` writes every disagreement on ``DATA`` (gitignored)."""
KINDS = ("amount", "ratio", "difference")
_REL_TOL = 1e-4  # values as annotated: thirds are written to 7 digits
_CONSTRAINT_KEYS = ("contains", "excludes", "lo_min", "hi_max")
# No reading of "about 12,000" reaches 6,000 or 24,000: the support of a point-like
# amount stays within this factor of its number.
_SPREAD = {"bare": 2.0, "approximate": 2.0, "nearly": 2.0, "estimated": 4.0}


@dataclass(frozen=True, slots=True)
class Expected:
    """One claim as the annotator marked it.

    ``value`` is ``None`` where no single number is written (ranges, "dozens",
    "halved"); ``subject`` is the head noun in lower case, or ``None`` when the
    annotation leaves it open; the constraints apply to the claim's
    ``interval`` (its support).

    Examples
    --------
    >>> Expected("about 12", 12.0, (), "", "amount", "approximate", contains=(12.0,)).constraints()
    {'contains': (12.0,), 'lo_min': 6.0, 'hi_max': 24.0}
    >>> Expected("up to 5", 5.0, (), "", "amount", "up_to", hi_max=5.0).constraints()
    {'hi_max': 5.0}
    """

    text: str
    value: float | None
    values: tuple[float, ...]
    unit: str
    kind: str
    sense: str
    subject: str | None = None
    contains: tuple[float, ...] = ()
    excludes: tuple[float, ...] = ()
    lo_min: float | None = None
    hi_max: float | None = None

    def constraints(self) -> dict[str, Any]:
        """The interval constraints: the annotated ones, tightened by those every reading implies.

        A positive amount with a point qualifier ("12,000", "about 12,000",
        "nearly 12,000") keeps its support within a factor of the number:
        2, or 4 for "an estimated" (see ``_SPREAD``).  Empty constraints are
        left out.
        """
        found = {key: getattr(self, key) for key in _CONSTRAINT_KEYS}
        spread = _SPREAD.get(self.sense) if self.kind == "amount" else None
        if spread and self.value is not None and self.value > 0:
            lo, hi = self.value / spread, self.value * spread
            found["lo_min"] = lo if self.lo_min is None else max(lo, self.lo_min)
            found["hi_max"] = hi if self.hi_max is None else min(hi, self.hi_max)
        return {key: v for key, v in found.items() if v not in ((), None)}


@dataclass(frozen=True, slots=True)
class Case:
    """A sentence and the claims expected in it, in order.

    Examples
    --------
    >>> Case("sport", "City won 3-1.", ()).spans()
    []
    """

    topic: str
    sentence: str
    claims: tuple[Expected, ...]

    def spans(self) -> list[tuple[int, int]]:
        """Character spans of the expected claims, each found after the previous one.

        A claim's text is looked for as whole words, so that "2%" is not found
        inside "9.2%".

        Raises
        ------
        ValueError
            If a claim's text does not stand in the sentence after the previous one.
        """
        spans, at = [], 0
        for claim in self.claims:
            found = _whole(claim.text).search(self.sentence, at)
            if found is None:
                raise ValueError(f"{claim.text!r} is not in {self.sentence!r} after position {at}")
            spans.append(found.span())
            at = found.end()
        return spans


def _whole(text: str) -> re.Pattern[str]:
    """``text`` not glued to letters or digits (nor to a decimal point or separator before it)."""
    return re.compile(rf"(?<![\w.,]){re.escape(text)}(?!\w)")


@dataclass(frozen=True, slots=True)
class Counts:
    """Matches out of found and expected items: precision, recall, F1.

    Examples
    --------
    >>> Counts(3, 4, 6).f1
    0.6
    """

    matched: int
    found: int
    expected: int

    @property
    def precision(self) -> float:
        """Matched share of the found items (1.0 when nothing was found)."""
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Matched share of the expected items (1.0 when nothing was expected)."""
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Accuracy:
    """Pairs that agree on one attribute, out of the pairs the annotation judges.

    Examples
    --------
    >>> Accuracy(9, 10).accuracy
    0.9
    """

    right: int
    judged: int

    @property
    def accuracy(self) -> float:
        """Share right (1.0 when nothing was judged)."""
        return self.right / self.judged if self.judged else 1.0


@dataclass(frozen=True, slots=True)
class Result:
    """Scores of one run over the cases, and the failures in readable form."""

    strict: Counts
    lenient: Counts
    attributes: dict[str, Accuracy]
    failures: list[str] = field(default_factory=list)
    topics: dict[str, Counts] = field(default_factory=dict)
    """Strict span counts per topic."""
    problems: dict[str, int] = field(default_factory=dict)
    """How often each kind of problem occurs ("missed", "spurious", "span", "unit wrong", ...)."""


# ------------------------------------------------------------------ loading


def _floats(raw: Any) -> tuple[float, ...]:
    return tuple(float(x) for x in raw or ())


def _optional(raw: Any) -> float | None:
    return None if raw is None else float(raw)


def _expected(raw: dict[str, Any]) -> Expected:
    return Expected(
        text=raw["text"],
        value=_optional(raw.get("value")),
        values=_floats(raw.get("values")),
        unit=raw["unit"],
        kind=raw["kind"],
        sense=raw["sense"],
        subject=raw.get("subject"),
        contains=_floats(raw.get("contains")),
        excludes=_floats(raw.get("excludes")),
        lo_min=_optional(raw.get("lo_min")),
        hi_max=_optional(raw.get("hi_max")),
    )


def load_cases(path: Path = DATA) -> list[Case]:
    """Read the annotated sentences.

    Parameters
    ----------
    path : Path
        A TOML file of ``[[case]]`` tables (``topic``, ``sentence``, ``claims``).

    Returns
    -------
    list of Case

    Examples
    --------
    >>> cases = load_cases()
    >>> len(cases) >= 200
    True
    """
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    return [
        Case(item["topic"], item["sentence"], tuple(_expected(c) for c in item["claims"]))
        for item in raw["case"]
    ]


# ------------------------------------------------------------------ scoring


def _pair(expected: Sequence[tuple[int, int]], found: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Pair expected and found spans one to one by overlap, largest first: {expected: found}."""
    overlaps = []
    for i, (es, ee) in enumerate(expected):
        for j, (fs, fe) in enumerate(found):
            size = min(ee, fe) - max(es, fs)
            if size > 0:
                overlaps.append((-size, i, j))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, i, j in sorted(overlaps):
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=_REL_TOL, abs_tol=1e-9)


def _value_ok(exp: Expected, got: Claim) -> bool:
    if exp.value is None:
        same_value = got.value is None
    else:
        same_value = got.value is not None and _close(exp.value, got.value)
    if exp.values:
        ends = sorted(got.values)
        same_values = len(ends) == len(exp.values) and all(map(_close, sorted(exp.values), ends))
        return same_value and same_values
    return same_value


def _head(subject: str | None) -> str | None:
    words = (subject or "").lower().replace("’", "'").split()
    return words[-1].strip(".,;:'\"()") if words else None


def _constraint_failures(exp: Expected, got: Claim) -> list[str]:
    """Constraints the claim's interval breaks, as short phrases."""
    interval, facts = got.interval, exp.constraints()
    broken = [f"lacks {x:g}" for x in exp.contains if not interval.contains(x)]
    broken += [f"holds {x:g}" for x in exp.excludes if interval.contains(x)]
    if "lo_min" in facts and interval.lo < facts["lo_min"]:
        broken.append(f"lo {interval.lo:g} < {facts['lo_min']:g}")
    if "hi_max" in facts and interval.hi > facts["hi_max"]:
        broken.append(f"hi {interval.hi:g} > {facts['hi_max']:g}")
    return broken


# Each check: does the annotation judge this attribute, and does the claim agree?
_Check = Callable[[Expected, Claim], bool]
_CHECKS: dict[str, tuple[Callable[[Expected], bool], _Check]] = {
    "value": (lambda e: True, _value_ok),
    "unit": (lambda e: True, lambda e, g: e.unit == g.unit),
    "kind": (lambda e: True, lambda e, g: e.kind == g.kind),
    "sense": (lambda e: True, lambda e, g: e.sense == g.sense),
    "subject head": (lambda e: e.subject is not None, lambda e, g: e.subject == _head(g.subject)),
    "interval": (lambda e: bool(e.constraints()), lambda e, g: not _constraint_failures(e, g)),
}
# The subject head split by where the subject stands: a counted noun right after
# its number ("12,000 soldiers") or elsewhere (the sentence's subject for a
# measure or a change: "Rents have doubled", "The rack can weigh up to 1,360 kg").
_SUBJECT_AFTER = "subject head: noun after number"
_SUBJECT_ELSEWHERE = "subject head: elsewhere"
_AFTER_WORDS = 5
_ATTRIBUTES = (*_CHECKS, _SUBJECT_AFTER, _SUBJECT_ELSEWHERE)


def _describe_expected(exp: Expected) -> str:
    number = f"values={list(exp.values)}" if exp.values else f"value={exp.value}"
    facts = " ".join(f"{k}={v}" for k, v in exp.constraints().items())
    return (
        f"{exp.text!r} {number} unit={exp.unit!r} {exp.kind} {exp.sense} subject={exp.subject!r} {facts}"
    ).rstrip()


def _describe_claim(got: Claim) -> str:
    number = f"values={list(got.values)}" if got.sense == "range" else f"value={got.value}"
    return (
        f"{got.text!r} {number} unit={got.unit!r} {got.kind} {got.sense} "
        f"subject={got.subject!r} interval={got.interval!r}"
    )


def _case_report(case: Case, claims: list[Claim], problems: list[str]) -> str:
    lines = [f"[{case.topic}] {case.sentence}"]
    lines += [f"  expected: {_describe_expected(e)}" for e in case.claims] or ["  expected: (no claim)"]
    lines += [f"  got:      {_describe_claim(c)}" for c in claims] or ["  got:      (no claim)"]
    lines += [f"  ! {p}" for p in problems]
    return "\n".join(lines)


@dataclass
class _Tally:
    strict: list[int] = field(default_factory=lambda: [0, 0, 0])
    lenient: list[int] = field(default_factory=lambda: [0, 0, 0])
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_ATTRIBUTES, 0))
    judged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_ATTRIBUTES, 0))
    topics: dict[str, list[int]] = field(default_factory=dict)
    problems: Counter[str] = field(default_factory=Counter)


def _score_case(case: Case, tally: _Tally) -> tuple[list[Claim], list[str]]:
    """Add one case to the tally; return its claims and its problems (none when all is right)."""
    claims = extract(case.sentence)
    expected, found = case.spans(), [(c.start, c.end) for c in claims]
    strict = len(set(expected) & set(found))
    pairs = _pair(expected, found)
    topic = tally.topics.setdefault(case.topic, [0, 0, 0])
    for counts, matched in ((tally.strict, strict), (tally.lenient, len(pairs)), (topic, strict)):
        counts[0] += matched
        counts[1] += len(found)
        counts[2] += len(expected)
    problems = [f"missed {e.text!r}" for i, e in enumerate(case.claims) if i not in pairs]
    problems += [f"spurious {claims[j].text!r}" for j in set(range(len(claims))) - set(pairs.values())]
    for i, j in sorted(pairs.items()):
        exp, got = case.claims[i], claims[j]
        if exp.text != got.text:
            problems.append(f"span {got.text!r} for {exp.text!r}")
        for name, (judges, agrees) in _CHECKS.items():
            if not judges(exp):
                continue
            tally.judged[name] += 1
            if agrees(exp, got):
                tally.right[name] += 1
            else:
                detail = "; ".join(_constraint_failures(exp, got)) if name == "interval" else ""
                problems.append(f"{name} wrong on {exp.text!r} {detail}".rstrip())
        if exp.subject is not None:
            where = (
                _SUBJECT_AFTER
                if _follows(case.sentence[expected[i][1] :], exp.subject)
                else _SUBJECT_ELSEWHERE
            )
            tally.judged[where] += 1
            tally.right[where] += exp.subject == _head(got.subject)
    tally.problems.update(p.partition(" wrong")[0] if " wrong" in p else p.split()[0] for p in problems)
    return claims, problems


def _follows(rest: str, head: str) -> bool:
    """Whether ``head`` is among the first words of ``rest`` (a counted noun after its number)."""
    return head in (w.strip(".,;:'\"()") for w in rest.lower().split()[:_AFTER_WORDS])


def score(cases: Iterable[Case]) -> Result:
    """Run :func:`claimnum.extract` on every case and score it against the annotation.

    Parameters
    ----------
    cases : iterable of Case

    Returns
    -------
    Result
        Strict and lenient span counts, attribute accuracies over the lenient
        pairs, and one readable report per case with a problem.

    Examples
    --------
    >>> about = Expected("About 40", 40.0, (), "", "amount", "approximate")
    >>> score([Case("t", "About 40 boats sank.", (about,))]).lenient.recall
    1.0
    """
    tally, failures = _Tally(), []
    for case in cases:
        claims, problems = _score_case(case, tally)
        if problems:
            failures.append(_case_report(case, claims, problems))
    accuracies = {name: Accuracy(tally.right[name], tally.judged[name]) for name in _ATTRIBUTES}
    topics = {name: Counts(*counts) for name, counts in sorted(tally.topics.items())}
    kinds = dict(tally.problems.most_common())
    return Result(Counts(*tally.strict), Counts(*tally.lenient), accuracies, failures, topics, kinds)


# ------------------------------------------------------------------ report


def _rows(result: Result, n_cases: int, benchmark: str) -> list[dict[str, Any]]:
    rows = []
    for name, counts in (("strict", result.strict), ("lenient", result.lenient)):
        note = f"{counts.matched} matched, {counts.found} found, {counts.expected} expected"
        for metric, value in (("precision", counts.precision), ("recall", counts.recall), ("F1", counts.f1)):
            rows.append(_row(benchmark, f"span {metric} ({name})", value, note if metric == "F1" else ""))
    for name, acc in result.attributes.items():
        rows.append(
            _row(benchmark, f"{name} accuracy (lenient pairs)", acc.accuracy, f"{acc.right}/{acc.judged}")
        )
    rows.append(_row(benchmark, "sentences with a problem", len(result.failures), f"of {n_cases}"))
    return rows


def _row(benchmark: str, metric: str, value: float, note: str) -> dict[str, Any]:
    shown = value if isinstance(value, int) else round(value, 3)
    return {"benchmark": benchmark, "metric": metric, "value": shown, "target": "", "note": note}


def _failures_path(data: Path) -> Path:
    """``FAILURES`` for the development set, a file named after the data file for the others."""
    return FAILURES if data == DATA else FAILURES.with_stem(f"{FAILURES.stem}_{data.stem}")


def _summary(result: Result) -> str:
    """Strict F1 per topic and the count of each kind of problem, for the failures file."""
    lines = ["strict span F1 per topic:"]
    lines += [
        f"  {name:<10} {c.f1:.3f}  ({c.matched} matched, {c.found} found, {c.expected} expected)"
        for name, c in result.topics.items()
    ]
    lines.append("problems:")
    lines += [f"  {name:<14} {n}" for name, n in result.problems.items()]
    return "\n".join(lines)


def run(quick: bool) -> list[dict[str, Any]]:
    """Score every annotated set of ``DATA_FILES`` and write their failures files.

    The sets are small (a second or two), so ``quick`` changes nothing.

    Parameters
    ----------
    quick : bool
        Accepted for the ``benchmarks/run.py`` interface.

    Returns
    -------
    list of dict
        Rows with the keys ``benchmark``, ``metric``, ``value``, ``target``, ``note``;
        ``benchmark`` is ``"annotated"`` for the development set and
        ``"annotated: <file stem>"`` for the others.
    """
    del quick  # the whole set always runs: it is small
    rows = []
    for data in DATA_FILES:
        cases = load_cases(data)
        result = score(cases)
        failures = _failures_path(data)
        failures.parent.mkdir(parents=True, exist_ok=True)
        failures.write_text(_summary(result) + "\n\n" + "\n\n".join(result.failures) + "\n", encoding="utf-8")
        rows += _rows(result, len(cases), "annotated" if data == DATA else f"annotated: {data.stem}")
    return rows


def main() -> None:
    """Print the scores and write the failures file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="accepted; the set is always run whole")
    args = parser.parse_args()
    rows = run(args.quick)
    width = max(len(r["metric"]) for r in rows)
    for benchmark in dict.fromkeys(r["benchmark"] for r in rows):
        print(f"{benchmark}:")
        for row in (r for r in rows if r["benchmark"] == benchmark):
            print(f"  {row['metric']:<{width}}  {row['value']!s:>7}  {row['note']}")
    print("\nfailures:", *(_failures_path(data) for data in DATA_FILES))


if __name__ == "__main__":
    main()
