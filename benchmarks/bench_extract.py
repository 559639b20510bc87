"""Extraction speed: claimnum against quantulum3 on the same news-like text.

Measures, on the synthetic corpus of :mod:`corpus`:

* throughput of ``claimnum.extract`` and of ``quantulum3.parser.parse`` on the
  same documents, in characters per second of CPU time of this process
  (``time.process_time``, one core) and of wall time, and their ratio
  (target: claimnum at least 50 times quantulum3).  quantulum3 runs document
  by document because its time grows faster than linearly in one long string;
  both get one warm-up call first (quantulum3 builds its regexes on first use).
* linearity: claimnum's CPU time on 10 times the text over its time on the
  text, once as one string and once as documents (target: at most 10, no slower
  per character; 10 MB against 1 MB in a full run, 200 kB against 20 kB in a quick one).
* long sentences: claimnum's CPU time per character of one 40 kB sentence (a list of
  figures by place, :func:`corpus.long_sentence`) over that of ten 4 kB ones (target:
  at most 2; a reader weighing every pair of a sentence's words grows with its length).
* the share of CPU time each stage of extraction takes (quantity, modifiers, context,
  measure, readings and claim; pure Python build only);
* peak memory of claimnum over the whole corpus with all claims kept
  (``tracemalloc``, Python allocations), measured in a separate pass because
  tracing slows the code down.

Run ``python benchmarks/bench_extract.py [--quick]`` for this benchmark alone,
or ``python benchmarks/run.py`` for all of them.

Examples
--------
>>> t = measure(lambda s: s.split(), ["a b c", "d e"])
>>> t.chars, t.items
(8, 5)
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Sequence, Sized
from dataclasses import dataclass
from typing import Any

import corpus

__all__ = [
    "Timing",
    "build",
    "claimnum_extractor",
    "long_sentences",
    "measure",
    "quantulum_parser",
    "run",
    "stage_split",
]

Row = dict[str, Any]
Extractor = Callable[[str], Sized]

_FULL_SIZE = 1_000_000
_QUICK_SIZE = 200_000
_QUICK_QUANTULUM_SIZE = 100_000
_TARGET_RATIO = 50.0
_TARGET_LINEARITY = 10.0
_TARGET_LONG_SENTENCE = 2.0
_SHORT_SENTENCE, _LONG_SENTENCE = 4_000, 40_000


@dataclass(frozen=True, slots=True)
class Timing:
    """Time spent extracting from some texts.

    Attributes
    ----------
    chars : int
        Characters processed.
    cpu : float
        CPU seconds of this process (``time.process_time``).
    wall : float
        Wall-clock seconds (``time.perf_counter``).
    items : int
        Items (claims or quantities) found.

    Examples
    --------
    >>> Timing(chars=1000, cpu=0.5, wall=1.0, items=3).cpu_rate
    2000.0
    """

    chars: int
    cpu: float
    wall: float
    items: int

    @property
    def cpu_rate(self) -> float:
        """Characters per CPU second."""
        return self.chars / max(self.cpu, 1e-9)

    @property
    def wall_rate(self) -> float:
        """Characters per wall-clock second."""
        return self.chars / max(self.wall, 1e-9)


def measure(extract: Extractor, texts: Sequence[str]) -> Timing:
    """Run ``extract`` on each text and time the loop.

    Parameters
    ----------
    extract : callable
        Takes one text and returns a sized collection of what it found.
    texts : sequence of str
        The texts, each passed in one call.

    Returns
    -------
    Timing

    Examples
    --------
    >>> measure(str.split, ["one two", "three"]).items
    3
    """
    items = 0
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for text in texts:
        items += len(extract(text))
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return Timing(chars=sum(map(len, texts)), cpu=cpu, wall=wall, items=items)


def claimnum_extractor() -> Extractor | str:
    """Return ``claimnum.extract``, or why it cannot be used.

    Examples
    --------
    >>> found = claimnum_extractor()
    >>> callable(found) or isinstance(found, str)
    True
    """
    try:
        from claimnum.extract import extract
    except ImportError as err:
        return f"skipped: claimnum.extract not importable ({err})"
    return extract


def build() -> str:
    """Which build of claimnum runs: ``"compiled (mypyc)"`` or ``"pure Python"``.

    ``CLAIMNUM_COMPILE=1 pip install .`` compiles extraction's modules (``hatch_build.py``);
    Python then imports them instead of their sources.

    Examples
    --------
    >>> build() in ("compiled (mypyc)", "pure Python")
    True
    """
    import importlib

    module = importlib.import_module("claimnum.assembly")  # extract itself always runs in Python
    compiled = not str(getattr(module, "__file__", "")).endswith(".py")
    return "compiled (mypyc)" if compiled else "pure Python"


def quantulum_parser() -> Extractor | str:
    """Return ``quantulum3.parser.parse`` (warmed up), or why it cannot be used.

    quantulum3 warns at import that its optional classifier (scikit-learn) is
    missing; without it it disambiguates units by frequency, its documented
    default for a plain ``pip install quantulum3``, so the warning is silenced.

    Examples
    --------
    >>> found = quantulum_parser()
    >>> callable(found) or found.startswith("skipped")
    True
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            from quantulum3 import parser  # type: ignore[import-untyped]
        except ImportError:
            return "skipped: quantulum3 not installed (pip install quantulum3)"
    parse: Extractor = parser.parse
    parse("A warm-up of 3 km and $5 million.")
    return parse


def _row(metric: str, value: object, target: str = "", note: str = "") -> Row:
    return {"benchmark": "extraction", "metric": metric, "value": value, "target": target, "note": note}


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def throughput(docs: Sequence[str], quantulum_docs: Sequence[str], repeats: int = 3) -> list[Row]:
    """Rows for claimnum's and quantulum3's throughput and their ratio.

    ``quantulum_docs`` is ``docs`` itself in a full run, a prefix of it in a quick one.
    claimnum's time is the median of ``repeats`` runs (a few seconds each, so one
    run can catch a burst of load on a shared machine), each starting with empty
    text caches (:func:`forget_texts`), as quantulum3 reads the text for the first
    time: a run served from the caches of the run before would time the caches,
    not the reading.  quantulum3 runs once, as its run over the same text is long
    enough to average the load out.
    """
    extract = claimnum_extractor()
    if isinstance(extract, str):
        return [_row("claimnum chars/s (CPU)", extract)]
    extract(docs[0])  # warm-up: lexicon and registry loads are not throughput
    ours = _cold_runs(extract, docs, repeats)[repeats // 2]
    rows = [
        _row("claimnum build", build()),
        _row("claimnum chars/s (CPU, 1 core)", round(ours.cpu_rate), note=_about(ours)),
        _row("claimnum chars/s (wall)", round(ours.wall_rate)),
    ]
    parse = quantulum_parser()
    if isinstance(parse, str):
        return [*rows, _row("quantulum3 chars/s (CPU, 1 core)", parse)]
    theirs = measure(parse, quantulum_docs)
    ratio = ours.cpu_rate / theirs.cpu_rate
    return [
        *rows,
        _row("quantulum3 chars/s (CPU, 1 core)", round(theirs.cpu_rate), note=_about(theirs)),
        _row("quantulum3 chars/s (wall)", round(theirs.wall_rate)),
        _row(
            "speed ratio claimnum / quantulum3 (CPU)",
            round(ratio, 1),
            f">= {_TARGET_RATIO:g}",
            _verdict(ratio >= _TARGET_RATIO),
        ),
    ]


def _about(t: Timing) -> str:
    return f"{t.chars / 1e6:.2f} MB, {t.items} found, {t.cpu:.2f} s CPU, {t.wall:.2f} s wall"


def forget_texts() -> None:
    """Empty claimnum's bounded caches of text (readings, sentences, words); lexicons stay loaded.

    A run of a text that an earlier run has read is served from these caches, so timing
    the same 1 MB again and again measures the caches, not the cost of new text.
    """
    for name, module in list(sys.modules.items()):
        if not name.startswith("claimnum."):
            continue
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if callable(parameters) and (parameters()["maxsize"] or 0) > 8:
                value.cache_clear()


def _cold_runs(extract: Extractor, texts: Sequence[str], repeats: int) -> list[Timing]:
    """``repeats`` runs, each starting with empty text caches, fastest first."""
    timings = []
    for _ in range(repeats):
        forget_texts()
        timings.append(measure(extract, texts))
    return sorted(timings, key=lambda t: t.cpu)


def linearity(docs: Sequence[str], tenth: Sequence[str], repeats: int = 3) -> list[Row]:
    """Rows for claimnum's time on ``docs`` over its time on ``tenth`` (about a tenth of it).

    Measured with the documents joined into one string and document by document,
    each the best of ``repeats`` runs, each run starting with empty text caches
    (:func:`forget_texts`: otherwise the small text, read again and again, is served
    from them while most of the big one is new).  The ratio is rescaled to exactly ten
    times the characters (the corpus's sizes differ from 10 by the last document's length).
    """
    extract = claimnum_extractor()
    if isinstance(extract, str):
        return [_row("time ratio 10x / 1x text", extract)]
    rows = []
    for label, big, small in (
        ("one string", ["\n\n".join(docs)], ["\n\n".join(tenth)]),
        ("documents", docs, tenth),
    ):
        extract(small[0][:5000])
        t_small = _cold_runs(extract, small, repeats)[0]  # the others met noise from the machine
        t_big = _cold_runs(extract, big, repeats)[0]
        ratio = t_big.cpu / max(t_small.cpu, 1e-9) * 10 * t_small.chars / t_big.chars
        rows.append(
            _row(
                f"time ratio 10x / 1x text ({label})",
                round(ratio, 2),
                f"<= {_TARGET_LINEARITY:g}",
                f"{_verdict(ratio <= _TARGET_LINEARITY)}; "
                f"{t_small.chars / 1e3:.0f} kB in {t_small.cpu:.3f} s, "
                f"{t_big.chars / 1e3:.0f} kB in {t_big.cpu:.3f} s CPU",
            )
        )
    return rows


def long_sentences(repeats: int = 3) -> list[Row]:
    """Row for claimnum's CPU time per character of one 40 kB sentence over ten 4 kB ones.

    Both sides hold about 40 kB of the same kind of list (:func:`corpus.long_sentence`,
    distinct seeds), so the ratio is that of their times; each is the best of ``repeats``
    runs starting with empty text caches.
    """
    extract = claimnum_extractor()
    if isinstance(extract, str):
        return [_row("time per char, 40 kB / 4 kB sentence", extract)]
    count = _LONG_SENTENCE // _SHORT_SENTENCE
    short = [corpus.long_sentence(_SHORT_SENTENCE, seed=seed) for seed in range(count)]
    long = [corpus.long_sentence(_LONG_SENTENCE, seed=count)]
    extract(short[0])
    t_short = _cold_runs(extract, short, repeats)[0]
    t_long = _cold_runs(extract, long, repeats)[0]
    ratio = (t_long.cpu / t_long.chars) / max(t_short.cpu / t_short.chars, 1e-12)
    return [
        _row(
            "time per char, 40 kB / 4 kB sentence",
            round(ratio, 2),
            f"<= {_TARGET_LONG_SENTENCE:g}",
            f"{_verdict(ratio <= _TARGET_LONG_SENTENCE)}; {count} x {_SHORT_SENTENCE / 1e3:.0f} kB in "
            f"{t_short.cpu:.3f} s, 1 x {t_long.chars / 1e3:.0f} kB in {t_long.cpu:.3f} s CPU",
        )
    ]


# Extraction's stages by the methods of ``Assembly`` that run them (``Assembly.item`` and ``finish``).
_STAGES = {
    "quantity": ("items", "number", "vague", "change_word", "article"),
    "modifiers": (
        "range", "qualify", "negation", "qualify_after", "change_after", "signed", "elliptical",
        "converted", "restated", "index_points",
    ),
    "context": ("subject",),
    "measure": ("measure",),
    "readings and claim": ("claim",),
}  # fmt: skip


def stage_split(docs: Sequence[str], repeats: int = 3) -> list[Row]:
    """Row for the share of extraction's CPU time each stage takes on ``docs`` (cold runs).

    Each stage's methods are wrapped in a timer that counts a call once, in the stage of the
    outermost stage method running (``range`` reading its second number counts as modifiers); the
    rest ("other") is the reader's set-up and the loop.  The median of ``repeats`` runs, each
    starting with empty text caches.  The compiled build's classes cannot be wrapped: no split.
    """
    extract = claimnum_extractor()
    if isinstance(extract, str):
        return [_row("stage split (share of CPU time)", extract)]
    if build() != "pure Python":
        return [
            _row("stage split (share of CPU time)", "skipped: the compiled build cannot be timed by stage")
        ]
    from claimnum.assembly import Assembly

    spent: dict[str, float] = dict.fromkeys(_STAGES, 0.0)
    running: list[str] = []

    def timed(method: Callable[..., Any], stage: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if running:
                return method(*args, **kwargs)
            running.append(stage)
            start = time.process_time()
            try:
                return method(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - start
                running.pop()

        return call

    originals = {name: getattr(Assembly, name) for names in _STAGES.values() for name in names}
    extract(docs[0])
    splits = []
    try:
        for stage, names in _STAGES.items():
            for name in names:
                setattr(Assembly, name, timed(originals[name], stage))
        for _ in range(repeats):
            spent.update(dict.fromkeys(spent, 0.0))
            forget_texts()
            total = measure(extract, docs).cpu
            splits.append((total, {**spent, "other": total - sum(spent.values())}))
    finally:
        for name, method in originals.items():
            setattr(Assembly, name, method)
    total, shares = sorted(splits, key=lambda split: split[0])[repeats // 2]
    text = ", ".join(
        f"{stage} {100 * t / total:.0f}%" for stage, t in sorted(shares.items(), key=lambda x: -x[1])
    )
    return [_row("stage split (share of CPU time)", text, note=f"pure Python, {total:.2f} s CPU with timers")]


def peak_memory(docs: Sequence[str]) -> list[Row]:
    """Row for the peak of Python allocations while extracting ``docs``, keeping every claim."""
    extract = claimnum_extractor()
    if isinstance(extract, str):
        return [_row("claimnum peak memory (MB)", extract)]
    extract(docs[0])
    tracemalloc.start()
    try:
        kept = [extract(doc) for doc in docs]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    claims = sum(map(len, kept))
    chars = sum(map(len, docs))
    note = f"tracemalloc peak over {chars / 1e6:.2f} MB of text, {claims} claims kept"
    return [_row("claimnum peak memory (MB)", round(peak / 1e6, 1), note=note)]


def run(quick: bool) -> list[Row]:
    """Run every extraction benchmark; the rows follow ``benchmarks/README.md``.

    Parameters
    ----------
    quick : bool
        Use 200 kB of text for claimnum and 100 kB for quantulum3 instead of 1 MB.

    Returns
    -------
    list of dict
        Rows with keys ``benchmark``, ``metric``, ``value``, ``target``, ``note``.
    """
    size = _QUICK_SIZE if quick else _FULL_SIZE
    docs = corpus.documents(size)
    tenth = corpus.documents(size // 10)  # same seed: the first documents of ``docs``
    quantulum_docs = corpus.documents(_QUICK_QUANTULUM_SIZE) if quick else docs
    scaled = linearity(docs, tenth) if quick else linearity(corpus.documents(10 * size), docs, repeats=2)
    return [
        *throughput(docs, quantulum_docs),
        *stage_split(docs),
        *scaled,
        *long_sentences(),
        *peak_memory(docs),
    ]


def main() -> None:
    """Print this benchmark's rows (``--quick`` for a short run)."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--quick", action="store_true", help="a smaller corpus")
    for row in run(args.parse_args().quick):
        print(f"{row['metric']:<45} {row['value']!s:>12}  {row['target']:<8} {row['note']}")


if __name__ == "__main__":
    main()
