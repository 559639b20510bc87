"""Accuracy: claimnum and quantulum3 scored side by side on other projects' test cases.

Two suites, both read where they are installed or shared, never copied:

* ``quantulum3``: quantulum3's own cases, ``quantulum3/_lang/en_US/tests/quantities.json``
  inside the installed package (the cases its test suite checks without the
  optional scikit-learn classifier);
* ``recognizers``: Microsoft Recognizers-Text's English specs in
  ``../shared/benchmarks/recognizers-text/Specs`` (numbers, ranges, percentages,
  currencies, dimensions, temperatures, ages).

Both systems' outputs and the gold answers are turned into :class:`Found` and
:class:`Gold` items in claimnum's unit vocabulary (the tables ``RT_UNITS`` and
``QUANTULUM_UNITS``), then aligned one to one by character overlap and scored
for detection, span, value and unit; ``benchmarks/README.md`` defines each score.

Run ``python benchmarks/accuracy.py`` for the full table (markdown) and the
failures of claimnum in ``benchmarks/_work/failures.txt``.

Examples
--------
>>> text = "all 3 km of it"
>>> gold = (Gold(4, 8, 3.0, "kilometer"),)
>>> found = [Found(0, 8, 3000.0, "meter", ((3000.0, 3000.0),))]
>>> s = score_case(text, gold, found)
>>> (s.detect, s.span, s.value, s.unit)
(1, 1, 1, 0)
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, TypeVar

from claimnum.errors import ClaimnumError
from claimnum.units import canonical_unit, convert, dimensionality, is_currency

__all__ = [
    "QUANTULUM_UNITS",
    "RT_UNITS",
    "Case",
    "Found",
    "Gold",
    "Score",
    "align",
    "claimnum_finder",
    "evaluate",
    "load_quantulum_cases",
    "load_rt_cases",
    "quantulum_finder",
    "run",
    "score_case",
]

Row = dict[str, Any]
Ends = tuple[float, float]

_ROOT = Path(__file__).resolve().parents[1]
RT_SPECS = _ROOT.parent / "shared" / "benchmarks" / "recognizers-text" / "Specs"
FAILURES = _ROOT / "benchmarks" / "_work" / "failures.txt"

# Recognizers-Text unit names -> (claimnum unit, factor to that unit).  Currencies
# with an ``isoCurrency`` use it; the sub-units are scaled into their currency so that
# "50 cents" equals 0.5 USD; units no claimnum reading can give keep a lower-case
# name and so never match (counted as misses for both systems alike).
RT_UNITS: dict[str, tuple[str, float]] = {
    # age
    "Year": ("year", 1.0),
    "Month": ("month", 1.0),
    "Week": ("week", 1.0),
    "Day": ("day", 1.0),
    "Age": ("year", 1.0),
    # currency without isoCurrency in the spec
    "Dollar": ("USD", 1.0),
    "Pound": ("GBP", 1.0),
    "Cent": ("USD", 0.01),
    "Pence": ("GBP", 0.01),
    "Penny": ("GBP", 0.01),
    "Rupee": ("INR", 1.0),
    "Franc": ("franc", 1.0),  # French, Swiss or Belgian: the spec does not say
    "Finnish markka": ("FIM", 1.0),
    "Peseta": ("ESP", 1.0),
    "Netherlands guilder": ("NLG", 1.0),
    "Sen": ("sen", 1.0),
    "Bitcoin": ("bitcoin", 1.0),
    "Satoshi": ("bitcoin", 1e-8),
    # dimension
    "Pound#mass": ("pound", 1.0),
    "Milliliter": ("milliliter", 1.0),
    "Inch": ("inch", 1.0),
    "Mile": ("mile", 1.0),
    "Barrel": ("barrel", 1.0),
    "Foot": ("foot", 1.0),
    "Ounce": ("ounce", 1.0),
    "Acre": ("acre", 1.0),
    "Gallon": ("gallon", 1.0),
    "Cubic foot": ("foot**3", 1.0),
    "Square meter": ("meter**2", 1.0),
    "Ton": ("ton", 1.0),
    "Metric ton": ("metric_ton", 1.0),
    "Bit": ("bit", 1.0),
    "Megabit": ("megabit", 1.0),
    "Megabyte": ("megabyte", 1.0),
    "Mile per hour": ("mile/hour", 1.0),
    "Kilometer per hour": ("kilometer/hour", 1.0),
    "Meter per millisecond": ("meter/millisecond", 1.0),
    "Centimeter per millisecond": ("centimeter/millisecond", 1.0),
    "Kilometer per millisecond": ("kilometer/millisecond", 1.0),
    "Meter": ("meter", 1.0),
    "Kilometer": ("kilometer", 1.0),
    "Millimeter": ("millimeter", 1.0),
    "Decimeter": ("decimeter", 1.0),
    "Picometer": ("picometer", 1.0),
    "Square kilometer": ("kilometer**2", 1.0),
    "Tablespoon": ("tablespoon", 1.0),
    "Cup": ("cup", 1.0),
    "Teaspoon": ("teaspoon", 1.0),
    "Dram": ("dram", 1.0),
    "Kilogram": ("kilogram", 1.0),
    "Microgram": ("microgram", 1.0),
    "Gram": ("gram", 1.0),
    "Degree": ("degree", 1.0),  # an angle here; "Degree#temperature" is the other
    "Radian": ("radian", 1.0),
    "Turn": ("turn", 1.0),
    # temperature
    "C": ("degree_Celsius", 1.0),
    "F": ("degree_Fahrenheit", 1.0),
    "Degree#temperature": ("", 1.0),  # "degrees" with no scale: any temperature unit matches
}

# quantulum3 unit names -> (claimnum unit, factor), for the names in its test cases and
# the units quantulum3 reports without an ISO ``currency_code`` (which is used when
# present).  Names not listed go through
# claimnum's ``canonical_unit`` after British spellings become pint's ("metre" ->
# "meter"); a name neither resolves keeps its own spelling and never matches.
QUANTULUM_UNITS: dict[str, tuple[str, float]] = {
    "dimensionless": ("", 1.0),
    "percentage": ("percent", 1.0),
    "dollar": ("USD", 1.0),
    "united states dollar": ("USD", 1.0),
    "euro": ("EUR", 1.0),
    "pound sterling": ("GBP", 1.0),
    "yen": ("JPY", 1.0),
    "japanese yen": ("JPY", 1.0),
    "swedish krona": ("SEK", 1.0),
    "indian rupee": ("INR", 1.0),
    "swiss franc": ("CHF", 1.0),
    "cent": ("USD", 0.01),
    "dime": ("USD", 0.1),
    "penny": ("GBP", 0.01),
    "dozen": ("", 12.0),
    "baker's dozen": ("", 13.0),
    "gross": ("", 144.0),
    "pound-mass": ("pound", 1.0),
    "tonne": ("metric_ton", 1.0),
    "short ton": ("ton", 1.0),
    "degree Celsius": ("degree_Celsius", 1.0),
    "degree fahrenheit": ("degree_Fahrenheit", 1.0),
    "degree angle": ("degree", 1.0),
    "kilometre per hour": ("kilometer/hour", 1.0),
    "mile per hour": ("mile/hour", 1.0),
}
_SPELLINGS = (("metre", "meter"), ("litre", "liter"), ("electronvolt", "electron_volt"))

# claimnum senses that make a range or a bound, what NumberRangeModel annotates
# ("between 20 and 30", "more than 30"); a bare number's halo is not a range.
_RANGE_SENSES = frozenset({"range", "over", "at_least", "under", "at_most", "up_to", "within"})
_TEMPERATURE = "[temperature]"
_TIME = "[time]"


@dataclass(frozen=True, slots=True)
class Gold:
    """One expected quantity: its span (end exclusive), value, unit and, for a range, its ends.

    ``unit`` is claimnum's canonical string ("" for a pure number).  ``ends`` is
    set for a range or a bound: ``(lo, hi)`` with ``-inf``/``inf`` for an open end.

    Examples
    --------
    >>> Gold(0, 5, None, "", (20.0, 35.0)).is_range
    True
    """

    start: int
    end: int
    value: float | None
    unit: str
    ends: Ends | None = None

    @property
    def is_range(self) -> bool:
        """True when the answer is an interval, not a number."""
        return self.ends is not None


@dataclass(frozen=True, slots=True)
class Found:
    """One quantity a system found, in claimnum's unit vocabulary.

    ``ends`` lists candidate intervals, ``(lo, hi)``: claimnum's literal and core
    readings, quantulum3's value plus or minus its uncertainty.  ``is_range`` marks
    a range or a bound ("between 20 and 30", "over 10,000"), as the system reads it.

    Examples
    --------
    >>> Found(0, 4, 5.0, "", ((5.0, 5.0),)).is_range
    False
    """

    start: int
    end: int
    value: float | None
    unit: str
    ends: tuple[Ends, ...]
    is_range: bool = False


@dataclass(frozen=True, slots=True)
class Case:
    """One test input with its gold quantities, from ``suite``, scored as ``category``.

    Examples
    --------
    >>> Case("demo", "number", "one", (Gold(0, 3, 1.0, ""),)).gold[0].value
    1.0
    """

    suite: str
    category: str
    text: str
    gold: tuple[Gold, ...]


@dataclass(slots=True)
class Score:
    """Counts for precision, recall and F1 under five matching criteria.

    A gold item and a found item are aligned when their spans overlap (one to
    one, largest overlap first).  An aligned pair counts for ``detect``; for
    ``span`` when the spans are equal; for ``value`` when the values agree; for
    ``unit`` when the units are the same unit; for ``value_unit`` when both hold.

    Examples
    --------
    >>> s = Score(gold=4, found=2, detect=2, span=1, value=2, unit=2)
    >>> round(s.f1("detect"), 3), s.precision("span"), s.recall("value")
    (0.667, 0.5, 0.5)
    """

    gold: int = 0
    found: int = 0
    detect: int = 0
    span: int = 0
    value: int = 0
    unit: int = 0
    cases: int = 0
    value_unit: int = 0

    def add(self, other: Score) -> None:
        """Add the counts of ``other`` to these."""
        for name in ("gold", "found", "detect", "span", "value", "unit", "value_unit", "cases"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def precision(self, criterion: str) -> float:
        """Matches under ``criterion`` over items found."""
        return int(getattr(self, criterion)) / self.found if self.found else 0.0

    def recall(self, criterion: str) -> float:
        """Matches under ``criterion`` over gold items."""
        return int(getattr(self, criterion)) / self.gold if self.gold else 0.0

    def f1(self, criterion: str) -> float:
        """Harmonic mean of precision and recall under ``criterion``."""
        p, r = self.precision(criterion), self.recall(criterion)
        return 2 * p * r / (p + r) if p + r else 0.0


# --------------------------------------------------------------------------- units


@cache
def same_unit(a: str, b: str) -> bool:
    """Whether two claimnum unit strings name the same unit (``"mile/hour"``, ``"mile_per_hour"``).

    Examples
    --------
    >>> same_unit("mile/hour", "mile_per_hour"), same_unit("", ""), same_unit("meter", "foot")
    (True, True, False)
    """
    if a == b:
        return True
    if not a or not b:
        return False
    try:
        return math.isclose(convert(1.0, a, b), 1.0, rel_tol=1e-9)
    except ClaimnumError:
        return False


@cache
def _dimension(unit: str) -> str | None:
    """The unit's pint dimensionality, or None for a name claimnum does not know."""
    try:
        return dimensionality(unit) if unit else ""
    except ClaimnumError:
        return None


@cache
def _is_currency(unit: str) -> bool:
    try:
        return bool(unit) and is_currency(unit)
    except ClaimnumError:
        return False


def quantulum_unit(name: str) -> tuple[str, float]:
    """Map a quantulum3 unit name to (claimnum unit, factor).

    Examples
    --------
    >>> quantulum_unit("square kilometre"), quantulum_unit("cent")
    (('kilometer**2', 1.0), ('USD', 0.01))
    """
    if name in QUANTULUM_UNITS:
        return QUANTULUM_UNITS[name]
    spelled = name
    for british, pint_name in _SPELLINGS:
        spelled = spelled.replace(british, pint_name)
    try:
        return canonical_unit(spelled) or "", 1.0
    except ClaimnumError:
        return name, 1.0


# --------------------------------------------------------------------------- gold


def _float(text: object) -> float | None:
    try:
        return float(str(text).rstrip("%"))
    except ValueError:
        return None


def _rt_unit(result: dict[str, Any], category: str) -> tuple[str, float]:
    resolution = result["Resolution"]
    if category == "percent":
        return "percent", 1.0
    if category in ("number", "range"):
        return "", 1.0
    if resolution.get("isoCurrency"):
        return str(resolution["isoCurrency"]), 1.0
    name = str(resolution.get("unit"))
    if name in ("Pound", "Degree") and category != "currency":
        name = f"{name}#{'temperature' if category == 'temperature' else 'mass'}"
    return RT_UNITS.get(name, (name.lower(), 1.0))


_INTERVAL = re.compile(r"^([\[(])\s*([^,]*),\s*([^\])]*)([\])])$")


def _rt_ends(text: str) -> Ends | None:
    """Parse a NumberRangeModel resolution such as ``"(20,35]"`` or ``"[30,)"``."""
    m = _INTERVAL.match(text.strip())
    if m is None:
        return None
    lo, hi = _float(m[2]), _float(m[3])
    return (-math.inf if lo is None else lo, math.inf if hi is None else hi)


_RT_FILES = {
    "Number/English/NumberModel.json": "number",
    "Number/English/NumberRangeModel.json": "range",
    "Number/English/PercentModel.json": "percent",
    "NumberWithUnit/English/CurrencyModel.json": "currency",
    "NumberWithUnit/English/DimensionModel.json": "dimension",
    "NumberWithUnit/English/TemperatureModel.json": "temperature",
    "NumberWithUnit/English/AgeModel.json": "age",
}


def _rt_gold(result: dict[str, Any], category: str) -> Gold | None:
    resolution = result["Resolution"]
    start, end = int(result["Start"]), int(result["End"]) + 1  # the spec's End is inclusive
    if category == "range":
        ends = _rt_ends(str(resolution.get("value")))
        return None if ends is None else Gold(start, end, None, "", ends)
    value = _float(resolution.get("value"))
    if value is None:  # a unit word with no number ("how do I calculate a percentage?")
        return None
    unit, factor = _rt_unit(result, category)
    return Gold(start, end, value * factor, unit)


def load_rt_cases(specs: Path = RT_SPECS) -> list[Case]:
    """Read the Recognizers-Text English specs under ``specs``.

    Cases marked ``NotSupported`` by ``dotnet`` (the reference implementation
    fails them too) are skipped; those only other ports fail are kept, since the
    marker says nothing about the expected answer.  Gold items with no number
    (a bare unit word) are dropped.

    Examples
    --------
    >>> cases = load_rt_cases()
    >>> len(cases) > 500 or not RT_SPECS.exists()
    True
    """
    cases: list[Case] = []
    for name, category in _RT_FILES.items():
        path = specs / name
        if not path.exists():
            continue
        for raw in json.loads(path.read_text(encoding="utf-8-sig")):
            if "dotnet" in raw.get("NotSupported", ""):
                continue
            gold = (_rt_gold(r, category) for r in raw["Results"])
            cases.append(Case("recognizers", category, raw["Input"], tuple(g for g in gold if g)))
    return cases


def _quantulum_gold(text: str, items: Iterable[dict[str, Any]]) -> tuple[Gold, ...]:
    """Gold items of one quantulum3 case: surfaces located in order in the text."""
    gold, cursor = [], 0
    for item in items:
        surface = str(item["surface"])
        start = text.find(surface, cursor)
        start = text.find(surface) if start < 0 else start
        if start < 0:
            continue
        cursor = start + len(surface)
        unit, factor = quantulum_unit(str(item["unit"]))
        value = float(item["value"]) * factor
        spread = float(item.get("uncertainty") or 0.0) * factor
        ends = (value - spread, value + spread) if spread else None
        gold.append(Gold(start, cursor, value, unit, ends))
    return tuple(gold)


def load_quantulum_cases() -> list[Case]:
    """Read quantulum3's own English cases from the installed package (empty if absent).

    Examples
    --------
    >>> cases = load_quantulum_cases()
    >>> not cases or cases[0].suite == "quantulum3"
    True
    """
    try:
        path = resources.files("quantulum3").joinpath("_lang/en_US/tests/quantities.json")
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError):
        return []
    return [Case("quantulum3", "quantities", c["req"], _quantulum_gold(c["req"], c["res"])) for c in raw]


# --------------------------------------------------------------------------- systems

Finder = Callable[[str], list[Found]]


def claimnum_finder() -> Finder | str:
    """Return a function giving claimnum's claims as :class:`Found` items, or why not.

    Examples
    --------
    >>> finder = claimnum_finder()
    >>> isinstance(finder, str) or isinstance(finder("It rose 5%."), list)
    True
    """
    try:
        from claimnum.extract import extract
    except ImportError as err:
        return f"skipped: claimnum.extract not importable ({err})"

    def find(text: str) -> list[Found]:
        found = []
        for claim in extract(text):
            ends = tuple((r.lo, r.hi) for r in (claim.literal, claim.core))
            is_range = claim.sense in _RANGE_SENSES
            found.append(Found(claim.start, claim.end, claim.value, claim.unit, ends, is_range))
        return found

    return find


def quantulum_finder() -> Finder | str:
    """Return a function giving quantulum3's quantities as :class:`Found` items, or why not.

    Examples
    --------
    >>> finder = quantulum_finder()
    >>> isinstance(finder, str) or finder("It is 5 km away.")[0].unit
    'kilometer'
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the optional classifier's absence: see bench_extract
        try:
            from quantulum3 import parser  # type: ignore[import-untyped]
        except ImportError:
            return "skipped: quantulum3 not installed (pip install quantulum3)"

    def find(text: str) -> list[Found]:
        found = []
        for q in parser.parse(text):
            code = getattr(q.unit, "currency_code", None)  # its ISO code, when it has one
            unit, factor = (code, 1.0) if code else quantulum_unit(q.unit.name)
            value = float(q.value) * factor
            spread = float(q.uncertainty or 0.0) * factor
            start, end = q.span
            ends = ((value - spread, value + spread),)
            found.append(Found(start, end, value, unit, ends, is_range=bool(spread)))
        return found

    return find


# --------------------------------------------------------------------------- scoring


def _in_category(category: str, found: Found) -> bool:
    """Whether ``found`` is of the type the category's gold annotates (the rest is not judged)."""
    dim = _dimension(found.unit)
    checks: dict[str, Callable[[], bool]] = {
        "number": lambda: found.unit == "",
        "range": lambda: found.is_range,
        "percent": lambda: same_unit(found.unit, "percent"),
        "currency": lambda: _is_currency(found.unit),
        "temperature": lambda: dim == _TEMPERATURE,
        "age": lambda: dim == _TIME,
        "dimension": lambda: (
            found.unit not in ("", "percent")
            and dim not in (_TIME, _TEMPERATURE)
            and not _is_currency(found.unit)
        ),
    }
    return checks.get(category, lambda: True)()


def _close(a: float, b: float) -> bool:
    return a == b or math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def _same_ends(gold: Ends, ends: Ends) -> bool:
    # An open lower end of a count ("up to 40" is "(,40]" in the spec) may be read as 0.
    lo_ok = _close(gold[0], ends[0]) or (gold[0] == -math.inf and ends[0] == 0)
    return lo_ok and _close(gold[1], ends[1])


def same_value(gold: Gold, found: Found) -> bool:
    """Whether ``found`` gives the gold value (or, for a range, the gold interval's ends).

    The found value is first converted into the gold unit when the units differ
    but convert into each other (0.5 USD matches 50 cents).

    Examples
    --------
    >>> same_value(Gold(0, 4, 2.0, "kilometer"), Found(0, 4, 2000.0, "meter", ()))
    True
    >>> same_value(Gold(0, 4, None, "", (20.0, 30.0)), Found(0, 4, None, "", ((20.0, 30.0),), True))
    True
    """
    if gold.ends is not None:
        return any(_same_ends(gold.ends, ends) for ends in found.ends)
    if found.value is None or gold.value is None:
        return False
    value = found.value
    if gold.unit and found.unit and gold.unit != found.unit:
        with contextlib.suppress(ClaimnumError):
            value = convert(value, found.unit, gold.unit)
    return _close(value, gold.value)


def _unit_matches(gold: Gold, found: Found) -> bool:
    if gold.unit == "" and found.unit != "":  # temperature "degrees" with no scale
        return _dimension(found.unit) == _TEMPERATURE
    return same_unit(gold.unit, found.unit)


class Spanned(Protocol):
    """Anything with a character span."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


G = TypeVar("G", bound=Spanned)
F = TypeVar("F", bound=Spanned)


def align(gold: Sequence[G], found: Sequence[F]) -> list[tuple[G, F]]:
    """Pair gold and found items one to one, largest character overlap first.

    Examples
    --------
    >>> align([Gold(0, 4, 1.0, "")], [Found(2, 6, 1.0, "", ())])[0][1].start
    2
    """
    overlaps = sorted(
        (
            (min(g.end, f.end) - max(g.start, f.start), i, j)
            for i, g in enumerate(gold)
            for j, f in enumerate(found)
            if min(g.end, f.end) > max(g.start, f.start)
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for _, i, j in overlaps:
        if i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            pairs.append((gold[i], found[j]))
    return pairs


def _same_span(text: str, gold: Gold, found: Found) -> bool:
    """Equal spans, or the found one adds only leading words without digits ("about", "fell by")."""
    if gold.end != found.end or found.start > gold.start:
        return False
    prefix = text[found.start : gold.start]
    return not prefix or (prefix[-1].isspace() and not any(ch.isdigit() for ch in prefix))


def score_case(text: str, gold: Sequence[Gold], found: Sequence[Found]) -> Score:
    """Score one case's found items (already filtered to its category) against its gold.

    Examples
    --------
    >>> score_case("12", [Gold(0, 2, 12.0, "")], []).gold
    1
    """
    score = Score(gold=len(gold), found=len(found), cases=1)
    for g, f in align(gold, found):
        score.detect += 1
        score.span += _same_span(text, g, f)
        score.value += same_value(g, f)
        score.unit += _unit_matches(g, f)
        score.value_unit += same_value(g, f) and _unit_matches(g, f)
    return score


@dataclass(slots=True)
class Evaluation:
    """Scores of one system per (suite, category), and its failed cases."""

    scores: dict[tuple[str, str], Score] = field(default_factory=dict)
    failures: list[tuple[Case, list[Found]]] = field(default_factory=list)


def _judged(case: Case, found: Sequence[Found]) -> list[Found]:
    """The found items judged for ``case``: those of its category and any that overlap its gold.

    A currency spec annotates only currencies, so a plain number found elsewhere
    in its sentence is neither right nor wrong; one found on a gold currency is
    judged (detected, with the wrong unit).
    """
    aligned = {id(f) for _, f in align(case.gold, found)}
    return [f for f in found if id(f) in aligned or _in_category(case.category, f)]


def evaluate(cases: Iterable[Case], find: Finder) -> Evaluation:
    """Run ``find`` on every case and add up the scores per (suite, category).

    A case fails when it is not perfect on all four criteria.

    Examples
    --------
    >>> case = Case("demo", "number", "about 12 eggs", (Gold(6, 8, 12.0, ""),))
    >>> ev = evaluate([case], lambda text: [Found(0, 8, 12.0, "", ((12.0, 12.0),))])
    >>> ev.scores["demo", "number"].span, ev.failures
    (1, [])
    """
    result = Evaluation()
    for case in cases:
        found = _judged(case, find(case.text))
        score = score_case(case.text, case.gold, found)
        result.scores.setdefault((case.suite, case.category), Score()).add(score)
        perfect = score.gold == score.found == score.span == score.value == score.unit
        if not perfect:
            result.failures.append((case, found))
    return result


# --------------------------------------------------------------------------- report

_CRITERIA = ("detect", "span", "value", "unit", "value_unit")
_SYSTEMS: tuple[tuple[str, Callable[[], Finder | str]], ...] = (
    ("claimnum", claimnum_finder),
    ("quantulum3", quantulum_finder),
)


def _cases(quick: bool) -> list[Case]:
    cases = load_quantulum_cases() + load_rt_cases()
    return cases[::3] if quick else cases


def _with_totals(scores: dict[tuple[str, str], Score]) -> dict[tuple[str, str], Score]:
    """The scores plus, per suite of several categories, a micro-averaged ``all`` row."""
    out = dict(scores)
    suites = [suite for suite, _ in scores]
    for (suite, _), score in sorted(scores.items()):
        if suites.count(suite) > 1:
            out.setdefault((suite, "all"), Score()).add(score)
    return dict(sorted(out.items(), key=lambda kv: (kv[0][0], kv[0][1] == "all", kv[0][1])))


def _f1s(score: Score) -> str:
    return " / ".join(f"{score.f1(c):.2f}" for c in _CRITERIA)


def markdown(results: dict[str, Evaluation]) -> str:
    """The side-by-side table: one line per suite, category and system.

    Examples
    --------
    >>> score = Score(gold=1, found=1, detect=1, span=1, value=1, unit=1, value_unit=1)
    >>> print(markdown({"x": Evaluation({("demo", "number"): score})}).splitlines()[2])
    | demo | number | 1 | x | 1 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 |
    """
    columns = ("suite", "category", "gold", "system", "found", "P detect", "R detect", "F1 detect")
    head = "| " + " | ".join((*columns, "F1 span", "F1 value", "F1 unit", "F1 value+unit")) + " |"
    lines = [head, "|---" * head.count(" | ") + "|---|"]
    tables = {system: _with_totals(ev.scores) for system, ev in results.items()}
    keys = sorted({k for table in tables.values() for k in table}, key=lambda k: (k[0], k[1] == "all", k[1]))
    for key in keys:
        for system, table in tables.items():
            if key not in table:
                continue
            s = table[key]
            cells = (
                *key,
                s.gold,
                system,
                s.found,
                f"{s.precision('detect'):.2f}",
                f"{s.recall('detect'):.2f}",
            )
            f1s = (f"{s.f1(c):.2f}" for c in _CRITERIA)
            lines.append("| " + " | ".join(map(str, (*cells, *f1s))) + " |")
    return "\n".join(lines)


def _describe_gold(case: Case) -> str:
    return "; ".join(
        f"{case.text[g.start : g.end]!r} = {g.ends if g.ends else g.value} {g.unit}".rstrip()
        for g in case.gold
    )


def _describe_found(case: Case, found: Sequence[Found]) -> str:
    return "; ".join(
        f"{case.text[f.start : f.end]!r} = {f.value if not f.is_range else f.ends[0]} {f.unit}".rstrip()
        for f in found
    )


def failures_text(failures: Sequence[tuple[Case, list[Found]]]) -> str:
    """One block per failed case: suite and category, input, expected, got.

    Examples
    --------
    >>> case = Case("demo", "number", "12 eggs", (Gold(0, 2, 12.0, ""),))
    >>> print(failures_text([(case, [])]))
    [demo/number] '12 eggs'
      expected: '12' = 12.0
      got:      (nothing)
    <BLANKLINE>
    """
    blocks = [
        f"[{case.suite}/{case.category}] {case.text!r}\n"
        f"  expected: {_describe_gold(case) or '(nothing)'}\n"
        f"  got:      {_describe_found(case, found) or '(nothing)'}\n"
        for case, found in failures
    ]
    return "\n".join(blocks)


def evaluate_all(quick: bool) -> tuple[dict[str, Evaluation], dict[str, str]]:
    """Evaluate every available system on every available case.

    Returns the evaluations by system name and, for each system that could not
    run, the reason.
    """
    cases = _cases(quick)
    results: dict[str, Evaluation] = {}
    skipped: dict[str, str] = {}
    for name, make in _SYSTEMS:
        finder = make()
        if isinstance(finder, str):
            skipped[name] = finder
        else:
            results[name] = evaluate(cases, finder)
    return results, skipped


def run(quick: bool) -> list[Row]:
    """Rows for ``benchmarks/run.py``: per suite and category, both systems' F1 side by side.

    Parameters
    ----------
    quick : bool
        Score every third case only.

    Returns
    -------
    list of dict
        Rows with keys ``benchmark``, ``metric``, ``value``, ``target``, ``note``.
    """
    results, skipped = evaluate_all(quick)
    rows: list[Row] = [
        {"benchmark": "accuracy", "metric": name, "value": why, "target": "", "note": ""}
        for name, why in skipped.items()
    ]
    tables = {system: _with_totals(ev.scores) for system, ev in results.items()}
    keys = sorted({k for table in tables.values() for k in table}, key=lambda k: (k[0], k[1] == "all", k[1]))
    for key in keys:
        scores = {system: table[key] for system, table in tables.items() if key in table}
        gold = next(iter(scores.values())).gold
        rows.append(
            {
                "benchmark": "accuracy",
                "metric": f"{key[0]} {key[1]} ({gold} gold): F1 detect/span/value/unit/value+unit",
                "value": "; ".join(f"{system} {_f1s(s)}" for system, s in scores.items()),
                "target": "",
                "note": "quick: every third case" if quick else "",
            }
        )
    return rows


def main() -> None:
    """Print the markdown table and write claimnum's failures to ``benchmarks/_work/failures.txt``."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--quick", action="store_true", help="every third case only")
    results, skipped = evaluate_all(args.parse_args().quick)
    print(markdown(results))
    for name, why in skipped.items():
        print(f"{name}: {why}")
    if "claimnum" in results:
        FAILURES.parent.mkdir(parents=True, exist_ok=True)
        FAILURES.write_text(failures_text(results["claimnum"].failures), encoding="utf-8")
        print(f"\n{len(results['claimnum'].failures)} failed cases of claimnum in {FAILURES}")


if __name__ == "__main__":
    main()
