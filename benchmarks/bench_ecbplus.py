"""Extraction accuracy on real news: the ECB+ development gold, claimnum and quantulum3 side by side.

The gold (``data/ecbplus_gold/<cluster>.toml``) holds offsets and labels only; the article
text is read from ``../shared/data/ecbplus-dev/text`` (CC-BY, never copied into the project).
When the text is absent the benchmark says so and scores nothing.

The cases are the sentences that hold a gold mention or a gold non-claim.  Each system reads
each sentence alone; its finds are aligned one to one with the gold mentions by character
overlap (as in :mod:`accuracy`).  A find that overlaps no mention is a false positive (a
year, a date, a name read as a claim), a mention with no find a miss.  Scores:

* ``value F1``: an aligned pair counts when the numbers as written agree (all of them
  for a range; none for a vague word such as "dozens"), after unit conversion;
* ``value+unit F1``: the value agrees and the unit is the same unit (a share as a fraction,
  "three quarters", and in percent, "75%", are one value in one dimension, as pint has it);
* ``qualifier accuracy``: of the gold mentions, those found with the gold sense
  (``bare``, ``over``, ``range``, ``dozens``...); quantulum3 knows ranges only, so it is
  given ``range`` for a quantity with an uncertainty and ``bare`` otherwise.

Run ``python benchmarks/bench_ecbplus.py [--quick] [--failures]``.

Examples
--------
>>> sentence_spans("It fell. Then 5 rose.\\nNext")
[(0, 8), (9, 21), (22, 26)]
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import accuracy
from accuracy import align, same_unit

from claimnum.errors import ClaimnumError
from claimnum.units import convert

__all__ = ["Case", "Mention", "Pick", "load_cases", "run", "score", "sentence_spans"]

Row = dict[str, Any]
HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "ecbplus_gold"
TEXT = HERE.parent.parent / "shared" / "data" / "ecbplus-dev" / "text"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])|\n+")


@dataclass(frozen=True, slots=True)
class Mention:
    """A gold mention or what a system found: offsets in its sentence, numbers as written, unit, sense."""

    start: int
    end: int
    values: tuple[float, ...]
    unit: str
    sense: str


Pick = Mention  # what a system found has the shape of a gold mention


@dataclass(frozen=True, slots=True)
class Case:
    """One sentence with its gold mentions (non-claims are only what they are: no mention)."""

    text: str
    mentions: tuple[Mention, ...]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a text, cut at a stop before a capital or digit and at line breaks."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def load_cases(gold: Path = GOLD, text: Path = TEXT) -> list[Case] | str:
    """The sentences holding gold mentions or non-claims, or why there are none."""
    files = sorted(gold.glob("*.toml"))
    if not files:
        return f"no gold in {gold}"
    if not text.is_dir():
        return f"skipped: the ECB+ article text is absent ({text})"
    cases = []
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        by_doc: dict[str, list[dict[str, Any]]] = {}
        for item in data.get("mention", []):
            by_doc.setdefault(item["doc"], []).append(item)
        marked = {item["doc"] for item in data.get("not_claim", [])}
        for doc in sorted(set(by_doc) | marked):
            article = text / doc
            if not article.exists():
                continue
            cases += _doc_cases(
                article.read_text(encoding="utf-8"),
                by_doc.get(doc, []),
                [i for i in data.get("not_claim", []) if i["doc"] == doc],
            )
    return cases


def _doc_cases(article: str, mentions: list[dict[str, Any]], not_claims: list[dict[str, Any]]) -> list[Case]:
    spans = _merged(sentence_spans(article), [(m["start"], m["end"]) for m in mentions])
    cases = []
    for lo, hi in spans:
        inside = [m for m in mentions if lo <= m["start"] and m["end"] <= hi]
        if not inside and not any(lo <= n["start"] < hi for n in not_claims):
            continue
        gold = tuple(
            Mention(
                m["start"] - lo,
                m["end"] - lo,
                tuple(float(v) for v in m.get("values", [m["value"]] if "value" in m else [])),
                m.get("unit", ""),
                m.get("sense", "bare"),
            )
            for m in inside
        )
        cases.append(Case(article[lo:hi], gold))
    return cases


def _merged(spans: list[tuple[int, int]], keep: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans joined where a gold mention straddles their border."""
    out = list(spans)
    for start, end in keep:
        i = next((k for k, (lo, hi) in enumerate(out) if lo <= start < hi), None)
        while i is not None and i + 1 < len(out) and out[i][1] < end:
            out[i : i + 2] = [(out[i][0], out[i + 1][1])]
    return out


# --------------------------------------------------------------------------- systems

Finder = Callable[[str], list[Pick]]


def claimnum_finder() -> Finder:
    """claimnum's claims as picks."""
    from claimnum import extract

    def find(text: str) -> list[Pick]:
        return [Pick(c.start, c.end, c.values, c.unit, c.sense) for c in extract(text)]

    return find


def quantulum_finder() -> Finder | str:
    """quantulum3's quantities as picks (a quantity with an uncertainty is a range), or why not."""
    find = accuracy.quantulum_finder()
    if isinstance(find, str):
        return find

    def picks(text: str) -> list[Pick]:
        return [
            Pick(
                f.start,
                f.end,
                f.ends[0] if f.is_range else (f.value or 0.0,),
                f.unit,
                "range" if f.is_range else "bare",
            )
            for f in find(text)
        ]

    return picks


# --------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class Tally:
    """Counts over many sentences."""

    gold: int = 0
    found: int = 0
    value: int = 0
    value_unit: int = 0
    sense: int = 0

    def f1(self, hits: int) -> float:
        """F1 of ``hits`` matches against the gold and found counts."""
        p, r = hits / self.found if self.found else 0.0, hits / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def same_values(gold: Mention, pick: Pick) -> bool:
    """Whether the numbers as written agree (after converting the pick into the gold unit).

    Examples
    --------
    >>> same_values(Mention(0, 2, (5.0,), "kilometer", "bare"), Pick(0, 2, (5000.0,), "meter", "bare"))
    True
    >>> same_values(Mention(0, 4, (50.0,), "percent", "bare"), Pick(0, 4, (0.5,), "", "bare"))
    True

    A height the gold writes as feet and inches ("5-foot-8": values 5 and 8 in inches) is the
    one length in inches that claimnum reads (68):

    >>> same_values(Mention(0, 8, (5.0, 8.0), "inch", "bare"), Pick(0, 8, (68.0,), "inch", "bare"))
    True
    """
    if gold.unit == "inch" and len(gold.values) == 2 and len(pick.values) == 1:
        gold = Mention(gold.start, gold.end, (gold.values[0] * 12 + gold.values[1],), "inch", gold.sense)
    if len(gold.values) != len(pick.values):
        return False
    values = pick.values
    if {gold.unit, pick.unit} == {"", "percent"}:  # "half" is 0.5 and 50 percent alike
        values = tuple(v * 100 if gold.unit else v / 100 for v in values)
    elif gold.unit and pick.unit and gold.unit != pick.unit:
        try:
            values = tuple(convert(v, pick.unit, gold.unit) for v in values)
        except (ClaimnumError, ArithmeticError):
            return False
    return all(_close(g, v) for g, v in zip(gold.values, values, strict=True))


def same_dimension(gold: str, pick: str) -> bool:
    """Whether two units are one, a share as a fraction and in percent alike (as pint has it).

    Examples
    --------
    >>> same_dimension("percent", ""), same_dimension("", ""), same_dimension("percent", "USD")
    (True, True, False)
    """
    return {gold, pick} == {"", "percent"} or same_unit(gold, pick)


def score(cases: Sequence[Case], find: Finder) -> tuple[Tally, list[str]]:
    """Tally one system over the cases; also describe each failure (offsets and surfaces only)."""
    tally, failures = Tally(), []
    for case in cases:
        picks = find(case.text)
        tally.gold += len(case.mentions)
        tally.found += len(picks)
        pairs = align(case.mentions, picks)
        for gold, pick in pairs:
            value = same_values(gold, pick)
            unit = value and same_dimension(gold.unit, pick.unit)
            tally.value += value
            tally.value_unit += unit
            tally.sense += gold.sense == pick.sense
            if not unit or gold.sense != pick.sense:
                failures.append(
                    f"wrong  {case.text[gold.start : gold.end]!r} {gold.values} {gold.unit} {gold.sense}"
                    f" | {case.text[pick.start : pick.end]!r} {pick.values} {pick.unit} {pick.sense}"
                    f"  <{_around(case.text, pick)}>"
                )
        paired_gold = {id(g) for g, _ in pairs}
        paired_pick = {id(p) for _, p in pairs}
        failures += [
            f"missed {case.text[g.start : g.end]!r} {g.values} {g.unit} {g.sense}  <{_around(case.text, g)}>"
            for g in case.mentions
            if id(g) not in paired_gold
        ]
        failures += [
            f"extra  {case.text[p.start : p.end]!r} {p.values} {p.unit}  <{_around(case.text, p)}>"
            for p in picks
            if id(p) not in paired_pick
        ]
    return tally, failures


def _around(text: str, item: Mention | Pick) -> str:
    """A few words around an item, for the failure list (printed, never stored)."""
    return " ".join(text[max(0, item.start - 40) : item.end + 30].split())


_TARGET_VALUE_F1 = 0.91  # the target on held-out news; these clusters were used for development


def _row(metric: str, value: object, note: str = "", target: str = "") -> Row:
    return {"benchmark": "ecbplus", "metric": metric, "value": value, "target": target, "note": note}


def run(quick: bool = False, show_failures: bool = False) -> list[Row]:
    """Rows of the side-by-side scores (every other sentence with ``quick``)."""
    cases = load_cases()
    if isinstance(cases, str):
        return [_row("ECB+ development gold", cases)]
    if quick:
        cases = cases[::2]
    mentions = sum(len(c.mentions) for c in cases)
    rows = [_row("sentences / gold mentions", f"{len(cases)} / {mentions}")]
    for name, make in (("claimnum", claimnum_finder), ("quantulum3", quantulum_finder)):
        find = make()
        if isinstance(find, str):
            rows.append(_row(f"{name}", find))
            continue
        tally, failures = score(cases, find)
        value_f1 = tally.f1(tally.value)
        met = "met" if value_f1 >= _TARGET_VALUE_F1 else "NOT met"
        rows += [
            _row(
                f"{name} value F1",
                round(value_f1, 3),
                f"found {tally.found}" + (f"; {met} (development data)" if name == "claimnum" else ""),
                f">= {_TARGET_VALUE_F1:g}" if name == "claimnum" else "",
            ),
            _row(f"{name} value+unit F1", round(tally.f1(tally.value_unit), 3)),
            _row(f"{name} qualifier accuracy", round(tally.sense / tally.gold, 3) if tally.gold else 0.0),
        ]
        if show_failures and name == "claimnum":
            print("\n".join(failures), file=sys.stderr)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="every other sentence")
    parser.add_argument("--failures", action="store_true", help="print claimnum's failures to stderr")
    args = parser.parse_args()
    for row in run(args.quick, args.failures):
        print(f"{row['metric']:32} {row['value']!s:>10}  {row['note']}")


if __name__ == "__main__":
    main()
