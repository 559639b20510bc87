"""Contrary words near a figure: the rows of ``data/contrasts.toml`` and :func:`words_near`.

The word-reading half of :mod:`claimnum.contrasts`, which corrects verdicts with them.

Examples
--------
>>> s = "Sales rose to 40 units."
>>> rows = contrary_words()
>>> [rows[k].name for k in words_near(s, s.index("40"), s.index("40") + 2)]
['rise/fall']
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lemminflect import getAllInflections

from claimnum.data_files import data_table
from claimnum.measure_lexicon import clause_boundaries
from claimnum.numerals import find
from claimnum.tokens import tokenize

__all__ = ["REACH", "Contrary", "contrary_words", "words_near"]

REACH = 6
"""How many words before and after a figure are read for contrary words (within its clause)."""

_BRIDGES = frozenset({"to", "from", "by", "at"})  # the only words between two figures of one phrase
_NEGATORS = frozenset({"not", "no", "never", "nor", "neither", "without", "hardly"})
_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting"})
_JOINERS = frozenset({"and", "or", "nor"})  # between two figures: each has the words on its side
_CUTS = frozenset(';:()[]!?"“”')

_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Contrary:
    """One row of ``data/contrasts.toml``: two contrary sides, each a set of phrases (word tuples).

    Attributes
    ----------
    name : str
        The row's name ("high/low").
    a, b : frozenset of tuple of str
        The phrases of each side, lower case, every form lemminflect gives.
    place : str
        ``"near"``, ``"before"`` or ``"after"``: where a phrase must stand.
    converse : bool
        The other side of one event takes the other word: contrasts only one named holder's figures.
    excepted : frozenset of tuple of str
        Phrases holding a side's word that do not say it ("close to").

    Examples
    --------
    >>> row = next(r for r in contrary_words() if r.name == "win/lose")
    >>> ("lost",) in row.b, ("won",) in row.a, row.converse
    (True, True, True)
    """

    name: str
    a: frozenset[tuple[str, ...]]
    b: frozenset[tuple[str, ...]]
    place: str
    converse: bool
    excepted: frozenset[tuple[str, ...]]


def _forms(words: Iterable[str], inflect: Sequence[str]) -> frozenset[tuple[str, ...]]:
    """Each phrase as written, and every form lemminflect gives of each single word."""
    found: set[tuple[str, ...]] = set()
    for phrase in words:
        found.add(tuple(phrase.lower().split()))
        if " " in phrase:
            continue
        for pos in inflect:
            for forms in getAllInflections(phrase.lower(), pos).values():
                found.update((form,) for form in forms)
    return frozenset(found)


@functools.cache
def contrary_words() -> tuple[Contrary, ...]:
    """The rows of contrary words (``data/contrasts.toml``), their word forms from lemminflect.

    Returns
    -------
    tuple of Contrary

    Examples
    --------
    >>> rows = {row.name: row for row in contrary_words()}
    >>> ("highs",) in rows["high/low"].a, ("not", "guilty") in rows["guilty/innocent"].b
    (True, True)
    """
    rows = []
    for row in data_table("contrasts.toml")["pair"]:
        inflect = tuple(row.get("inflect", ()))
        rows.append(
            Contrary(
                name=row["name"],
                a=_forms(row["a"], inflect),
                b=_forms(row["b"], inflect),
                place=row.get("place", "near"),
                converse=bool(row.get("converse", False)),
                excepted=frozenset(tuple(p.lower().split()) for p in row.get("except", ())),
            )
        )
    return tuple(rows)


@functools.cache
def _index() -> dict[str, list[tuple[tuple[str, ...], int, str]]]:
    """Every phrase by its first word: (phrase, row, side), the longest first; side "" excepts."""
    index: dict[str, list[tuple[tuple[str, ...], int, str]]] = {}
    for k, row in enumerate(contrary_words()):
        for side, phrases in (("a", row.a), ("b", row.b), ("", row.excepted)):
            for phrase in phrases:
                index.setdefault(phrase[0], []).append((phrase, k, side))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


@functools.lru_cache(maxsize=4096)
def _numbers(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the sentence's numerals stand (start, end), in order."""
    return tuple((n.start, n.end) for n in find(sentence))


def _negator(word: str) -> bool:
    return word in _NEGATORS or word.endswith(("n't", "n’t"))


def _title_case(sentence: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’]*", sentence)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_Tokens = tuple[tuple[str, int, int, bool], ...]


@functools.lru_cache(maxsize=4096)
def _words(sentence: str) -> _Tokens:
    """The sentence's tokens: lower case, start, end, whether a word that may be contrary (a name
    capitalised within a sentence that is no title-case headline is none)."""
    titled = _title_case(sentence)
    out = []
    found = tokenize(sentence)
    for k, token in enumerate(found):
        word = bool(_LETTER.match(token.text))
        if word and not titled and token.text[0].isupper():
            # a name: "Rose", "Fall River"; the first word only before another capitalised one
            word = k == 0 and not (len(found) > 1 and found[1].text[0].isupper())
        out.append((token.lower, token.start, token.end, word))
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _window(sentence: str, start: int, end: int) -> tuple[_Tokens, list[int], list[int], list[int]]:
    """The sentence's tokens and the words near the figure at ``start:end``: before it (nearest
    first), after it, and its own words before its digits ("gained 5")."""
    tokens = _words(sentence)
    if not tokens:
        return tokens, [], [], []
    starts = [t[1] for t in tokens]
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)  # tokens[first:last] are the figure's own
    others = [(s, e) for s, e in _numbers(sentence) if e <= start or s >= end]
    cuts = clause_boundaries()

    def walk(ks: Iterable[int]) -> list[int]:
        """The words from the figure outwards up to a cut, nearer to it than to another number."""
        words: list[int] = []
        joined: int | None = None  # the words before the first "and" or "or" passed
        for k in ks:
            text, t_start, t_end, _ = tokens[k]
            if any(s < t_end and t_start < e for s, e in others):
                if joined is None and all(tokens[j][0] in _BRIDGES for j in words):
                    continue  # "rose 5% to $18": one verb tells both figures
                return words[:joined] if joined is not None else words[: len(words) // 2]
            if text in _CUTS or text in cuts:
                break
            if text in _JOINERS:
                joined = len(words) if joined is None else joined
            elif _LETTER.match(text):
                words.append(k)
        return words

    before = walk(range(first - 1, max(-1, first - 1 - 4 * REACH), -1))
    after = walk(range(last, min(len(tokens), last + 4 * REACH)))
    digits_at = next((k for k in range(first, last) if any(ch.isdigit() for ch in tokens[k][0])), last)
    own = [
        k for k in range(first, digits_at) if _LETTER.match(tokens[k][0])
    ]  # "gained 5", not "5 billion won"
    return tokens, before[:REACH], after[:REACH], own


def words_near(sentence: str, start: int, end: int) -> dict[int, set[tuple[str, str]]]:
    """The contrary words near the figure at ``start:end`` of a sentence, by row.

    A word is near within the figure's clause (cut at semicolons, brackets and clause words such as
    "while"), at most :data:`REACH` words away and on the figure's side of another number of the
    sentence: of the words between two figures, those before the first "and" or "or" after
    the figure, else the nearer half, unless only "to", "from", "by" or "at" stand between them
    ("rose 5% to $18": the words of both); a row's ``place`` may ask for less.

    Parameters
    ----------
    sentence : str
    start, end : int
        The figure's offsets in the sentence.

    Returns
    -------
    dict of int to set of (str, str)
        For each row of :func:`contrary_words` found, its sides and words: ``{(side, word)}``.

    Examples
    --------
    >>> s = "Two crew members died and three survived."
    >>> rows = contrary_words()
    >>> [(rows[k].name, sorted(v)) for k, v in words_near(s, s.index("three"), s.index("three") + 5).items()]
    [('survive/die', [('a', 'survived')])]
    """
    tokens, before, after, own = _window(sentence, start, end)
    places = dict.fromkeys([*before[:2], *own], "before") | dict.fromkeys(after[:1], "after")
    found: dict[int, set[tuple[str, str]]] = {}
    kept = sorted(k for k in {*before, *after, *own} if tokens[k][3])
    index = _index()
    rows = contrary_words()
    at = 0
    while at < len(kept):
        k = kept[at]
        longest: dict[int, tuple[tuple[str, ...], str]] = {}  # each row's longest phrase here
        for phrase, row_k, side in index.get(tokens[k][0], ()):
            span = kept[at : at + len(phrase)]
            here = len(span) == len(phrase) and tuple(tokens[j][0] for j in span) == phrase
            if here and len(phrase) > len(longest.get(row_k, ((), ""))[0]):
                longest[row_k] = (phrase, side)
        passive = k > 0 and tokens[k - 1][0] in _PASSIVE  # "were beaten": told from the other side
        if any(_negator(tokens[j][0]) for j in range(max(0, k - 2), k)):
            longest = {}  # "were not happy" says no "happy"
        for row_k, (phrase, side) in longest.items():
            if passive and rows[row_k].converse:
                continue
            if side and (rows[row_k].place == "near" or places.get(k) == rows[row_k].place):
                found.setdefault(row_k, set()).add((side, " ".join(phrase)))
        at += max((len(phrase) for phrase, _ in longest.values()), default=1)
    return found
