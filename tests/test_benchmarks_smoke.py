"""Smoke tests of the benchmark harness: its modules import and score tiny cases (no timing)."""

from __future__ import annotations

import doctest
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import accuracy  # noqa: E402
import bench_extract  # noqa: E402
import corpus  # noqa: E402
import run  # noqa: E402
from accuracy import Case, Found, Gold  # noqa: E402


def test_corpus_is_deterministic_news_sized_and_has_numbers() -> None:
    docs = corpus.documents(30_000, seed=5)
    assert docs == corpus.documents(30_000, seed=5)
    assert docs != corpus.documents(30_000, seed=6)
    assert sum(map(len, docs)) >= 30_000
    assert all(1_000 <= len(d) <= 5_200 for d in docs)
    text = corpus.text(30_000, seed=5)
    sentences = [s for s in text.replace("\n", " ").split(". ") if s]
    with_digits = sum(any(ch.isdigit() for ch in s) for s in sentences)
    assert 0.3 < with_digits / len(sentences) < 0.9


def test_corpus_prefix_is_the_smaller_corpus() -> None:
    # bench_extract's linearity compares a corpus with its first tenth
    small, big = corpus.documents(10_000), corpus.documents(100_000)
    assert big[: len(small)] == small


def test_measure_counts_characters_and_items() -> None:
    timing = bench_extract.measure(str.split, ["one two", "three"])
    assert (timing.chars, timing.items) == (12, 3)
    assert timing.cpu >= 0
    assert timing.wall >= 0


def _finder(text: str) -> list[Found]:
    """A fake system: 'about 12' as a claim with qualifier, '5 km' as a length in meters."""
    found = []
    if (at := text.find("about 12")) >= 0:
        found.append(Found(at, at + 8, 12.0, "", ((12.0, 12.0),)))
    if (at := text.find("5 km")) >= 0:
        found.append(Found(at, at + 4, 5000.0, "meter", ((5000.0, 5000.0),)))
    return found


def test_evaluate_scores_span_value_and_unit_separately() -> None:
    text = "about 12 hikers walked 5 km"
    gold = (Gold(6, 8, 12.0, ""), Gold(23, 27, 5.0, "mile"))
    ev = accuracy.evaluate([Case("demo", "all", text, gold)], _finder)
    score = ev.scores["demo", "all"]
    # the qualifier-less span of "about 12" matches; 5000 m is not 5 miles
    assert (score.detect, score.span, score.value, score.unit) == (2, 2, 1, 1)
    assert score.f1("detect") == 1.0
    assert score.f1("unit") == 0.5
    assert len(ev.failures) == 1


def test_category_filter_ignores_other_types_unless_they_sit_on_gold() -> None:
    text = "about 12 hikers walked 5 km"
    currency = Case("demo", "currency", text, (Gold(23, 27, 5.0, "USD"),))
    score = accuracy.evaluate([currency], _finder).scores["demo", "currency"]
    assert (score.found, score.detect, score.unit) == (1, 1, 0)


def test_range_ends_and_open_bounds() -> None:
    assert accuracy._rt_ends("(20,35]") == (20.0, 35.0)
    assert accuracy._rt_ends("[30,)") == (30.0, math.inf)
    assert accuracy._rt_ends("(,40]") == (-math.inf, 40.0)
    up_to_40 = Found(0, 8, 40.0, "", ((0.0, 40.0),))
    assert accuracy.same_value(Gold(0, 8, None, "", (-math.inf, 40.0)), up_to_40)
    assert not accuracy.same_value(Gold(0, 8, None, "", (-math.inf, 41.0)), up_to_40)


def test_units_are_compared_as_units() -> None:
    assert accuracy.same_unit("mile/hour", "mile_per_hour")
    assert not accuracy.same_unit("USD", "EUR")
    assert not accuracy.same_unit("franc", "CHF")
    assert accuracy.quantulum_unit("kilometre") == ("kilometer", 1.0)
    assert accuracy.quantulum_unit("no such unit at all") == ("no such unit at all", 1.0)


@pytest.mark.skipif(not accuracy.RT_SPECS.exists(), reason="../shared benchmarks absent")
def test_recognizers_specs_load_with_exclusive_ends() -> None:
    cases = accuracy.load_rt_cases()
    assert {c.category for c in cases} >= {"number", "range", "currency", "percent"}
    for case in cases:
        for gold in case.gold:
            assert 0 <= gold.start < gold.end <= len(case.text)
    hundred = next(c for c in cases if c.text == "100%")
    assert hundred.gold == (Gold(0, 4, 100.0, "percent"),)


def test_quantulum_cases_locate_their_surfaces() -> None:
    pytest.importorskip("quantulum3")
    cases = accuracy.load_quantulum_cases()
    assert len(cases) > 50
    first = cases[0]
    assert [first.text[g.start : g.end] for g in first.gold] == ["two meters", "£2,000"]
    assert [g.unit for g in first.gold] == ["meter", "GBP"]


def test_run_collects_rows_and_reports_missing_or_broken_modules(tmp_path: Path) -> None:
    (tmp_path / "smoke_ok_bench.py").write_text(
        "def run(quick):\n    return [{'benchmark': 'b', 'metric': 'm', 'value': 2.5}]\n"
    )
    (tmp_path / "smoke_needs_bench.py").write_text("import no_such_package_for_claimnum\n")
    (tmp_path / "smoke_broken_bench.py").write_text(
        "def run(quick):\n    raise ValueError('Traceback (remote):\\n  ...\\nboom')\n"
    )
    names = ["smoke_ok_bench", "smoke_needs_bench", "smoke_broken_bench", "smoke_absent_bench"]
    rows = run.collect(True, names, tmp_path)
    assert rows[0] == {"benchmark": "b", "metric": "m", "value": 2.5, "target": "", "note": ""}
    assert rows[1]["value"] == "skipped: needs no_such_package_for_claimnum"
    assert rows[2]["value"] == "failed: ValueError: boom"
    assert rows[3]["value"].startswith("skipped:")
    assert "2.5" in run.table(rows)
    assert "| b | m | 2.5 |" in run.markdown(rows)


@pytest.mark.parametrize("module", [corpus, run], ids=["corpus", "run"])
def test_harness_doctests_pass(module: ModuleType) -> None:
    # pytest's doctest collection covers src/ only; these examples are cheap enough to run here
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
