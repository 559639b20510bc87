"""``extract``: every numeric claim in a text, with its qualifier, unit, subject and reading.

Extraction is rule-based and deterministic.  One precompiled master pattern
(built from :mod:`claimnum.numerals` and the lexicon at first use) reads the
numbers, vague quantity words ("dozens") and change words ("halved"), and what
is not a claim (dates, clock times, phone numbers).  It is matched, anchored,
only where a claim can start: at each run of digits and each number word, both
found by fast scans, and at the few words before them where a date or a name
may begin.  Each find is then read in bounded windows of its sentence: a
currency symbol and a qualifier before it, a multiplier, unit and noun phrase
after it, a second number making a range.  :func:`claimnum.semantics.read`
turns the result into intervals.  Time is linear in the length of the text:
every repetition in the patterns is bounded and every context window has a
fixed size.

Examples
--------
>>> from claimnum.extract import extract
>>> for claim in extract("Over 10,000 soldiers were deployed, and nearly half of them returned."):
...     print(claim.text, "|", claim.sense, claim.interval, "|", claim.subject, "|", claim.predicate)
Over 10,000 | over (10000, 15000] | soldiers | deployed
nearly half | nearly [0.3, 0.5) | soldiers | returned
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from claimnum import semantics
from claimnum.claim import Claim, Kind
from claimnum.errors import ClaimnumError, InvalidTypeError
from claimnum.lexicon import ChangeWord, Qualifier, UnitRow, Vague, load
from claimnum.numerals import MULTIPLIERS, NUMBER_WORDS, from_match, granule_of, pattern
from claimnum.semantics import Profile, Reading
from claimnum.units import canonical_unit, is_currency

__all__ = ["extract"]

Token = tuple[str, int, int, str]  # text, start, end, lower case
Key = tuple[str, ...]
T = TypeVar("T")

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*|\S")
_SPAN = 24  # tokens of context read on each side of a number
_LOWER = operator.itemgetter(3)
# Vulgar fractions start claims too, and so does a decimal point without its leading zero (".5").
_DIGIT_RUN = re.compile(r"(?<![\w.])\.\d+|\d+|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")
_WORD_AT = re.compile(r"[a-z]+\.?")
_NOT_DIGIT = re.compile(r"[^\d.]")
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,2000}")
_DIGIT_DASH = re.compile(r"\d[-–]")
_PLUS = re.compile(r"(?:^|(?<=[\s(]))\+$|[\s(]\+$")  # "(+3.1)", not "5+3"
_MINUS = re.compile(r"(?:^|(?<=[\s(]))[-−]$|[\s(][-−]$")
_NOT_ORDINAL = re.compile(r" in | out |s$")
_PUNCTUATION = "\"'“”‘’()[]{},.;:!?…"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_TEXT = operator.itemgetter(0)
_TIME_UNITS = frozenset(
    ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century")
)
_ONE_OF = frozenset(_TIME_UNITS - {"second"})  # "more than a century"; "a second" is an ordinal
_SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALE_WORDS |= {w + "s": f for w, f in _SCALE_WORDS.items()} | {"dozen": 12}
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _key(phrase: str, *, case: bool = False) -> Key:
    tokens = tuple(m.group() for m in _TOKEN.finditer(phrase))
    return tokens if case else tuple(t.lower() for t in tokens)


def _alternation(phrases: Iterable[str]) -> str:
    escaped = {r"\s+".join(re.escape(w) for w in p.split()) for p in phrases}
    return "|".join(sorted(escaped, key=len, reverse=True))


class _Phrases(dict[Key, T]):
    """Phrases as tuples of lower-case tokens, knowing how long the longest is."""

    longest: int = 0

    @classmethod
    def of(cls, pairs: Iterable[tuple[Key, T]]) -> _Phrases[T]:
        table = cls(pairs)
        table.longest = max(map(len, table), default=0)
        return table


@dataclass(frozen=True, slots=True)
class _Tables:
    """The lexicon compiled for look-ups, built once and never changed."""

    master: re.Pattern[str]
    triggers: frozenset[str]  # words that can start a claim written in words
    before: _Phrases[Qualifier]
    after: _Phrases[Qualifier]
    change_before: _Phrases[str]
    change_after: _Phrases[str]
    change_by: _Phrases[str]  # verbs that make a change only before "by"
    change_nouns: frozenset[str]  # "rise", "drop": change nouns that are not comparatives
    warmer: Mapping[str, str]  # "above", "colder": a temperature difference and its direction
    ranges: Mapping[str, frozenset[str]]  # the word before a range ("between", "" for none) -> connectors
    change_words: Mapping[str, ChangeWord]
    vague: Mapping[str, Vague]
    units: _Phrases[UnitRow]  # written after the number, lower case
    units_case: _Phrases[UnitRow]  # case-sensitive rows, as written
    attached: Mapping[str, UnitRow]  # glued to the digits, as written
    prefixes: Mapping[str, UnitRow]  # currency symbols and codes before the number
    prefix_ends: frozenset[str]  # the characters right before a number with a prefix
    skip_starts: frozenset[str]  # first words of non-claims that start before their digits
    ratio_suffixes: _Phrases[bool]
    links: _Phrases[bool]  # "amounting to", "worth"
    words: Mapping[str, frozenset[str]]


@functools.cache
def _tables() -> _Tables:
    lexicon = load()
    units: dict[Key, UnitRow] = {}
    units_case: dict[Key, UnitRow] = {}
    attached: dict[str, UnitRow] = {}
    prefixes: dict[str, UnitRow] = {}
    for unit in lexicon.units:
        for phrase in unit.phrases:
            if unit.case:
                units_case[_key(phrase, case=True)] = unit
            else:
                units.setdefault(_key(phrase), unit)
        attached.update(dict.fromkeys(unit.attached_phrases, unit))
        prefixes.update(dict.fromkeys(unit.before, unit))
    change_words = {" ".join(p.lower().split()): row for row in lexicon.change_words for p in row.phrases}
    vague = {p.lower(): row for row in lexicon.vague for p in row.phrases}
    skip = "|".join(f"(?:{row.pattern})" for row in lexicon.nonclaims)
    master = re.compile(
        rf"(?P<skip>{skip})"
        rf"|(?P<change>(?i:\b(?:{_alternation(change_words)})\b))"
        rf"|(?P<vague>(?i:\b(?:{_alternation(vague)})\b"
        r"(?:\s{1,3}(?:of\s{1,3})?(?:hundreds|thousands|millions|billions|hundred|thousand|million|billion|dozen)\b){0,2}))"
        rf"|{pattern()}"
        rf"|(?P<article>(?i:\b(?:a|an)\s{{1,3}}(?:{_alternation(_ONE_OF)})\b))"
    )
    heads = {p.split()[0] for p in (*change_words, *vague)} | {p.split()[-1] for p in vague} | _ONE_OF
    return _Tables(
        master=master,
        triggers=frozenset(heads - {"a", "an"}) | NUMBER_WORDS,
        before=_Phrases.of(
            (_key(p), r) for r in lexicon.qualifiers if r.position == "before" for p in r.phrases
        ),
        after=_Phrases.of(
            (_key(p), r) for r in lexicon.qualifiers if r.position == "after" for p in r.phrases
        ),
        change_before=_Phrases.of((_key(p), c.direction) for c in lexicon.changes for p in c.before),
        change_after=_Phrases.of((_key(p), c.direction) for c in lexicon.changes for p in c.after),
        change_by=_Phrases.of((_key(p), c.direction) for c in lexicon.changes for p in c.by_only),
        change_nouns=frozenset(p for c in lexicon.changes for p in c.after) - lexicon.words["comparatives"],
        warmer=dict.fromkeys(lexicon.words["warmer"], "rise")
        | dict.fromkeys(lexicon.words["colder"], "fall"),
        ranges={
            lead: frozenset(m for row in lexicon.ranges if row.before == lead for m in row.middle)
            for lead in {row.before for row in lexicon.ranges}
        },
        change_words=change_words,
        vague=vague,
        units=_Phrases.of(units.items()),
        units_case=_Phrases.of(units_case.items()),
        attached=attached,
        prefixes=prefixes,
        prefix_ends=frozenset(p[-1] for p in prefixes) | {" "},
        skip_starts=lexicon.words["nonclaim_starts"] | {"a", "an"},
        ratio_suffixes=_Phrases.of((_key(p), True) for r in lexicon.ratio_suffixes for p in r.phrases),
        links=_Phrases.of((_key(p), True) for p in lexicon.words["value_links"]),
        words=lexicon.words,
    )


@functools.lru_cache(maxsize=8192)
def _read(
    sense: str,
    values: tuple[float, ...],
    granule: float | None,
    unit: str | None,
    scale: float,
    change: str | None,
    profile: str | Profile,
) -> Reading | None:
    """Read a claim, or None when semantics refuses it (extraction never raises).

    Cached on top of ``semantics.read``'s own cache because this one also keeps
    refusals and skips ``read``'s argument checks: ~10 % faster extraction on the bench corpus.
    """
    try:
        return semantics.read(
            sense, values, granule=granule, unit=unit, scale=scale, change=change, profile=profile
        )
    except (ClaimnumError, ArithmeticError, ValueError):
        return None


# --------------------------------------------------------------------------- sentences


def _sentence_starts(text: str, abbreviations: frozenset[str]) -> list[int]:
    """Start offsets of the sentences, in one linear pass."""
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        if match.group(1) == "." and _word_before(text, match.start()) in abbreviations:
            continue
        starts.append(match.end())
    return starts


_SENTENCE_END = re.compile(r"([.!?…])[\"”’)\]]{0,3}\s{1,20}(?=[\"“‘(\[]?[A-Z0-9])|\n\s{0,20}")


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and end - start < 12 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return text[start:end].lower()


# --------------------------------------------------------------------------- the claim being built


@dataclass(slots=True)
class _Draft:
    """A claim under construction (mutable, local to one extraction)."""

    start: int
    end: int
    values: tuple[float, ...]
    granule: float | None
    core_start: int  # where the number itself starts
    unit: str = ""
    sense: str = "bare"
    qualifier: str | None = None
    change: str | None = None
    kind: Kind = "amount"
    scale: float = 1.0
    factor: float = 1.0  # the multiplier written with the number
    subject: str | None = None
    predicate: str | None = None
    currency: bool = False
    points: bool = False
    loose_points: bool = False  # "points" alone: percentage points or index points
    digits: bool = True
    adjectival: bool = False  # a measure written as an adjective: "300-mile"
    written: bool = True  # a number is written (not "halved", "dozens")
    skip: bool = False


class _Extractor:
    """One extraction over one text; holds no state beyond it."""

    def __init__(self, text: str, tables: _Tables, source: str | None, profile: str | Profile) -> None:
        self.text = text
        self.t = tables
        self.words = tables.words
        self.source = source
        self.profile = profile
        lower = text.lower()
        self.low = lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)
        self.sentences = _sentence_starts(text, tables.words["abbreviations"])
        self.claims: list[Claim] = []
        self.last: _Draft | None = None  # the draft of the last claim, for ranges and inheritance
        self._tokens: dict[int, tuple[list[Token], list[int], list[int]]] = {}
        self._readings: dict[tuple[Any, ...], Reading | None] = {}
        self._sentence: tuple[int, str] = (-1, "")

    # ----------------------------------------------------------------- context

    def sentence_span(self, position: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentences, position) - 1
        end = self.sentences[i + 1] if i + 1 < len(self.sentences) else len(self.text)
        return self.sentences[i], end

    def sentence_text(self, position: int) -> str:
        """The sentence at ``position``, sliced once however many claims it holds."""
        start, end = self.sentence_span(position)
        if self._sentence[0] != start:
            self._sentence = (start, self.text[start:end].strip())
        return self._sentence[1]

    def tokens(self, start: int, end: int) -> list[Token]:
        text = self.text
        return [
            (text[m.start() : m.end()], m.start(), m.end(), m.group())
            for m in _TOKEN.finditer(self.low, start, end)
        ]

    def sentence_tokens(self, position: int) -> tuple[list[Token], list[int], list[int]]:
        """The tokens of the sentence at ``position``, their starts and ends (read once)."""
        start, end = self.sentence_span(position)
        cached = self._tokens.get(start)
        if cached is None:
            if len(self._tokens) > 2:  # claims come in text order: keep the last sentences only
                del self._tokens[next(iter(self._tokens))]
            toks = self.tokens(start, end)
            cached = self._tokens[start] = (toks, [t[1] for t in toks], [t[2] for t in toks])
        return cached

    def after(self, position: int) -> list[Token]:
        """The tokens after ``position`` in its sentence, a bounded number of them."""
        toks, starts, _ = self.sentence_tokens(position)
        i = bisect.bisect_left(starts, position)
        return toks[i : i + _SPAN]

    def before(self, position: int) -> list[Token]:
        """The tokens before ``position`` in its sentence, a bounded number of them."""
        toks, _, ends = self.sentence_tokens(max(position - 1, 0))
        i = bisect.bisect_right(ends, position)
        return toks[max(0, i - _SPAN) : i]

    def is_verb(self, word: str) -> bool:
        w = word.lower()
        if w in self.words["participles"]:
            return True
        if w in self.words["not_verbs"] or w in self.words["stop"] or not w.isalpha():
            return False
        return (len(w) > 4 and w.endswith("ed")) or (len(w) > 5 and w.endswith("ing"))

    def is_bare_verb(self, toks: list[Token], k: int) -> bool:
        """Whether ``toks[k]`` is a verb in its bare form after "to" or a modal ("expected to reach")."""
        if k < 1 or not _PLAIN_WORD.fullmatch(toks[k][0]) or toks[k][3] in self.words["stop"]:
            return False
        j = k - 1
        while j > 0 and self.is_adverb(toks[j][3]):
            j -= 1
        return toks[j][3] in self.words["bare_verb_markers"]

    def is_verbal(self, token: Token) -> bool:
        """A verb, or a change word used as one ("fell", "rose")."""
        return self.is_verb(token[0]) or (token[3],) in self.t.change_before

    def is_plural(self, lower: str) -> bool:
        return lower in self.words["plurals"] or (
            len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))
        )

    def is_content(self, word: str) -> bool:
        w = word.lower()
        return (
            _PLAIN_WORD.fullmatch(word) is not None
            and w not in self.words["stop"]
            and w not in self.words["auxiliaries"]
            and not self.is_adverb(w)
        )

    def is_adverb(self, lower: str) -> bool:
        """An adverb ("Bitcoin briefly topped", "two ahead of"): no part of a noun phrase."""
        return lower in self.words["adverbs"] or (
            len(lower) > 4 and lower.endswith("ly") and lower not in self.words["ly_nouns"]
        )

    def is_filler(self, lower: str) -> bool:
        """An auxiliary or an adverb, skipped between a subject and its verb."""
        return lower in self.words["auxiliaries"] or self.is_adverb(lower)

    # ----------------------------------------------------------------- phrase look-ups

    def match_before(self, toks: list[Token], table: _Phrases[Any]) -> int:
        """How many trailing tokens of ``toks`` form a phrase of ``table`` (0: none)."""
        for n in range(min(table.longest, len(toks)), 0, -1):
            if tuple(map(_LOWER, toks[-n:])) in table:
                return n
        return 0

    def match_after(self, toks: list[Token], i: int, table: _Phrases[Any], *, case: bool = False) -> int:
        """How many tokens from ``toks[i]`` form a phrase of ``table`` (0: none)."""
        pick = _TEXT if case else _LOWER
        for n in range(min(table.longest, len(toks) - i), 0, -1):
            if tuple(map(pick, toks[i : i + n])) in table:
                return n
        return 0

    def unit_after(self, toks: list[Token], i: int) -> tuple[UnitRow, int] | None:
        """A unit phrase at token ``i`` (after an optional hyphen) and the index after it."""
        j = i + 1 if i < len(toks) and toks[i][0] == "-" else i
        n = self.match_after(toks, j, self.t.units_case, case=True)
        if n:
            return self.t.units_case[tuple(map(_TEXT, toks[j : j + n]))], j + n
        n = self.match_after(toks, j, self.t.units)
        if n:
            return self.t.units[tuple(map(_LOWER, toks[j : j + n]))], j + n
        if j < len(toks) and self.currency_code(toks[j][0]):
            return _code_row(toks[j][0]), j + 1
        return None

    def unit_row(self, word: str) -> UnitRow | None:
        return self.t.units_case.get(_key(word, case=True)) or self.t.units.get(_key(word))

    def currency_code(self, word: str) -> bool:
        return (
            len(word) == 3
            and word.isupper()
            and word.isalpha()
            and word.lower() not in self.words["not_currency_codes"]
            and _is_currency(word)
        )

    def currency_before(self, start: int) -> tuple[UnitRow, int] | None:
        """A currency symbol or code right before ``start``, and where it starts."""
        text = self.text
        if start == 0 or text[start - 1] not in self.t.prefix_ends:
            return None
        for k in range(min(7, start), 0, -1):
            piece = text[start - k : start]
            symbol = piece[:-1] if piece.endswith(" ") else piece
            if not symbol or symbol[0].isspace() or symbol[-1].isspace():
                continue
            if symbol[-1].isalpha() and symbol == piece:
                continue  # a code needs a space: "SEK 5", not "SEK5"
            if start - k > 0 and text[start - k - 1].isalnum():
                continue
            row = self.t.prefixes.get(symbol)
            if row is None and len(symbol) == 3 and self.currency_code(symbol):
                row = _code_row(symbol)
            if row is not None:
                return row, start - k
        return None

    # ----------------------------------------------------------------- main loop

    def run(self) -> list[Claim]:
        items = self.items()
        i = 0
        while i < len(items):
            i += self.item(items, i)
        return sorted(self.claims, key=lambda c: c.start)

    def items(self) -> list[re.Match[str]]:
        """The master pattern's matches, tried only where a claim can start.

        Scanning the whole text with the master pattern would cost its many
        alternatives at every character; instead it is matched, anchored, at
        the word starts just before each run of digits and each number word.
        """
        text, master = self.text, self.t.master
        found: list[re.Match[str]] = []
        end = 0
        links = [m.span() for m in _LINK.finditer(text)]  # numbers in web addresses are no claims
        link = 0
        for position in sorted((*self.digit_positions(), *self.word_positions())):
            while link < len(links) and links[link][1] <= position:
                link += 1
            if position < end or (link < len(links) and links[link][0] <= position):
                continue
            for start in self.starts(position, end):
                match = master.match(text, start)
                if match is not None and position < match.end():
                    found.append(match)
                    end = match.end()
                    break
        return [m for m in found if m.lastgroup != "skip"]

    def digit_positions(self) -> list[int]:
        return [m.start() for m in _DIGIT_RUN.finditer(self.text)]

    def word_positions(self) -> list[int]:
        """Where the words that can start a claim ("three", "dozens", "halved") stand."""
        low = self.low
        seen = {w.strip(_PUNCTUATION) for w in low.split()}
        seen |= {part for w in seen if "-" in w for part in w.split("-")}
        positions = []
        for word in self.t.triggers.intersection(seen):
            at = low.find(word)
            while at >= 0:
                after = at + len(word)
                if (at == 0 or not low[at - 1].isalnum()) and (after == len(low) or not low[after].isalnum()):
                    positions.append(at)
                at = low.find(word, after)
        return positions

    def starts(self, position: int, floor: int) -> list[int]:
        """Where a match covering ``position`` may start: there, or at a word before it
        that can begin a non-claim ("in 2022", "January 26") or a quantity ("a dozen")."""
        text, low = self.text, self.low
        found = []
        for q in range(max(floor, position - 16), position):
            if (q == 0 or text[q - 1].isspace() or text[q - 1] in '("“') and not text[q].isspace():
                word = _WORD_AT.match(low, q)
                if text[q] in "+#(’'" or (word is not None and word.group() in self.t.skip_starts):
                    found.append(q)
        found.append(position)
        return found

    def item(self, items: list[re.Match[str]], i: int) -> int:
        """Read ``items[i]`` (and maybe ``items[i + 1]``) into claims; return how many were used."""
        match = items[i]
        if self.last is not None and match.start() < self.last.end:
            return 1  # inside a claim already read
        if match.lastgroup == "change":
            self.finish(self.change_word(match))
            return 1
        if match.lastgroup == "vague":
            self.finish(self.vague(match))
            return 1
        if match.lastgroup == "article":
            self.finish(self.article(match))
            return 1
        if _DIGIT_DASH.fullmatch(self.text, max(match.start() - 2, 0), match.start()):
            return 1  # "City 2-0": the second half of a score or split whose first half is no claim
        draft = self.number(match)
        if draft is None:
            return 1
        used = 1 + (self.range(draft, items[i + 1]) if i + 1 < len(items) else 0)
        self.finish(draft)
        return used

    # ----------------------------------------------------------------- numbers

    def number(self, match: re.Match[str]) -> _Draft | None:
        """A numeral with its currency, multiplier and unit; None if it is not a claim."""
        numeral = from_match(match)
        if numeral is None:
            return None
        start, end = numeral.start, numeral.end
        draft = _Draft(start, end, (numeral.value,), numeral.granule, core_start=start)
        if _MINUS.match(self.text, max(start - 2, 0), start) and match.group("digits") is not None:
            draft.values, draft.start = (-numeral.value,), start - 1  # "-18 °C", "(−5%)"
        elif _PLUS.match(self.text, max(start - 2, 0), start):
            draft.start = start - 1  # "(+3.1)": a signed change, read after the claim before it
        elif self.low.endswith("minus ", max(start - 6, 0), start) and not self.low.endswith(
            "plus or minus ", max(start - 14, 0), start
        ):
            draft.values, draft.start = (-numeral.value,), start - 6
        if match.group("fraction") is not None:
            return self.fraction(draft)
        digits = match.group("digits")
        currency = self.currency_before(start)
        if currency is not None:
            draft.start, draft.unit, draft.currency = currency[1], currency[0].unit, True
        if digits is None:
            return self.words_number(draft, match.group("words"))
        written = (match.group("abbr") or match.group("mult") or "").lower()
        if (written == "t" and currency is None) or (
            written in ("m", "b") and currency is None and not self.million_by_context(end)
        ):
            written, draft.end = "", start + len(digits)  # "100m" is a length
            draft.values, draft.granule = (_decimal(digits),), granule_of(digits)
        draft.factor = float(MULTIPLIERS.get(written, 1))
        glued = self.glued(draft.end)
        if glued is None:
            return None  # "5G", "3D": a name, not a number
        if glued:
            row = self.t.attached.get(glued) or self.unit_row(glued)
            if row is None or draft.currency:
                return None
            self.apply_unit(draft, row, draft.end + len(glued))
        else:
            self.unit(draft)
        if self.not_a_claim(draft, digits):
            return None
        return draft

    def million_by_context(self, end: int) -> bool:
        """Whether an "m" glued to digits is million: a plural noun follows that is no unit."""
        toks = self.after(end)[:2]
        if not toks or self.unit_after(toks, 0) is not None:
            return False
        return any(self.is_content(t[0]) and (t[3].endswith("s") or t[3] == "people") for t in toks)

    def glued(self, end: int) -> str | None:
        """Letters glued to the digits: "" when none, None when they are no unit."""
        text, j = self.text, end
        if end < len(text) and text[end] == "/":
            return ""  # "$15/hour": a rate, read after the unit
        while j < len(text) and j - end < 10 and (text[j].isalpha() or text[j] in "°º%/²³¢"):
            j += 1
        if j == end:
            return ""
        if j < len(text) and text[j].isalnum():
            return None
        word = text[end:j]
        return word if word in self.t.attached or self.unit_row(word) else None

    def apply_unit(self, draft: _Draft, row: UnitRow, end: int) -> None:
        draft.unit = row.scaled_unit if row.scaled_unit and draft.factor > 1 else row.unit
        last = self.last
        if (
            row.context_currency
            and last is not None
            and _is_currency(last.unit)
            and self.sentence_span(last.start) == self.sentence_span(draft.start)
        ):
            draft.unit = last.unit  # "1.89 euros, down 12 cents"
        draft.points, draft.loose_points = row.points, row.needs_change
        if row.factor != 1.0:
            draft.values = tuple(v * row.factor for v in draft.values)
            draft.granule = None if draft.granule is None else draft.granule * row.factor
        draft.end = end

    def unit(self, draft: _Draft) -> None:
        """A unit written after the number (none after a currency symbol), then a rate."""
        toks = self.after(draft.end)
        if not toks or toks[0][1] - draft.end > 2:
            return
        j = 0
        if not draft.currency:
            found = self.unit_after(toks, 0)
            if found is None:
                return
            row, j = found
            after_unit = toks[j][3] if j < len(toks) else ""
            if (
                row.needs_change
                and not self.near_change(draft.core_start)
                and (after_unit,) not in self.t.change_after
            ):
                return
            self.apply_unit(draft, row, toks[j - 1][2])
            draft.adjectival = toks[0][0] == "-" or self.unhyphenated(draft, toks, j)
        self.rate(draft, toks, j)

    def unhyphenated(self, draft: _Draft, toks: list[Token], j: int) -> bool:
        """ "a 40 mph zone", "the 180 km stage": a measure used as an adjective without its hyphen."""
        before = self.before(draft.start)
        if not before or before[-1][3] not in ("a", "an", "the") or j >= len(toks):
            return False
        noun = toks[j][0]
        return noun.islower() and self.is_content(noun) and not self.is_verb(noun)

    def near_change(self, position: int) -> bool:
        """A change word among the few words before ``position`` ("down 2 points")."""
        toks = self.before(position)
        return bool(self.change_verb(toks[: len(toks) - self.match_before(toks, self.t.before)]))

    def rate(self, draft: _Draft, toks: list[Token], j: int) -> None:
        """A rate after the unit: "barrels a day", "$15 per hour", "$350/kg"."""
        if draft.unit == "percent" or j + 1 >= len(toks) or toks[j][3] not in ("a", "an", "per", "/"):
            return
        rate = self.unit_after(toks, j + 1)
        if rate is not None and rate[1] < len(toks) and toks[rate[1]][3] in _AGO:
            return  # "SEK 95m a year earlier": a point in time, not a rate
        if rate is not None and not _is_currency(rate[0].unit) and rate[0].unit != "percent":
            per = _canonical(f"{draft.unit}/{rate[0].unit}")
            if per is not None:
                draft.unit, draft.end = per, toks[rate[1] - 1][2]

    def not_a_claim(self, draft: _Draft, digits: str) -> bool:
        """Years, and names with numbers ("Article 5", "Boeing 737")."""
        toks = self.before(draft.core_start)
        if toks and toks[-1][3] == "per":
            return True  # "12 deaths per 100,000 people": the base of a rate
        if draft.unit or draft.factor > 1 or "." in digits or "," in digits:
            return False
        if toks and draft.core_start - toks[-1][2] <= 1 and self.is_name(toks[-1][0]):
            return True
        if self.second_of_pair(toks):
            return True  # "junctions 3 and 5", "Articles 5 or 6": a second name
        if len(digits) == 4 and 1500 <= int(digits) <= 2100:
            after = self.after(draft.end)
            following = after[0][0] if after and after[0][1] - draft.end <= 1 else ""
            plural = following.islower() and following.endswith("s") and self.is_content(following)
            plural = plural and following not in self.words["year_nouns"]
            return not plural and not self.match_before(toks, self.t.before)
        return False

    def second_of_pair(self, toks: list[Token]) -> bool:
        """Whether ``toks`` end with a name, a number and "and"/"or"/"to": "junctions 3 and"."""
        return (
            len(toks) > 2
            and toks[-1][3] in ("and", "or", "to", "&")
            and toks[-2][0].isdigit()
            and self.is_name(toks[-3][0])
        )

    def is_name(self, word: str) -> bool:
        lower = word.lower()
        if lower in self.words["name_prefixes"]:
            return True
        if word[:1].islower() and any(c.isupper() for c in word[1:]):
            return True  # "iOS 18", "eVTOL 2": a product name in camel case
        if not word[:1].isupper() or lower in self.words["not_names"] or lower.endswith(("'s", "’s")):
            return False  # "the League's 20 clubs": a possessive owns what is counted
        return (lower,) not in self.t.before and (lower,) not in self.t.change_before

    def words_number(self, draft: _Draft, words: str) -> _Draft | None:
        draft.digits = False
        scales = [MULTIPLIERS[w] for w in words.lower().split() if w in _BIG_SCALES]
        draft.factor = float(max(scales, default=1))
        self.unit(draft)
        if draft.unit or draft.values[0] > 1 or self.qualified(draft) or self.counts_a_noun(draft):
            return draft
        return None  # "one of them", "zero tolerance"

    def counts_a_noun(self, draft: _Draft) -> bool:
        """ "one soldier", "one of the 3 strains", but not "one of them" or "one day"."""
        toks = self.after(draft.end)
        if len(toks) > 2 and toks[0][3] == "of" and toks[1][3] == "the" and toks[2][0][:1].isdigit():
            return True
        return bool(toks) and self.is_content(toks[0][0]) and toks[0][3] not in self.words["not_counted"]

    def change_verb(self, toks: list[Token], *, half: bool = False, measure: bool = False) -> list[Token]:
        """The change verb ending ``toks``, before an optional "by" ("fell by"; "cut in" half)."""
        by = 1 if toks and (toks[-1][3] == "by" or (half and toks[-1][3] == "in")) else 0
        n = self.match_before(toks[: len(toks) - by], self.t.change_before)
        if not n and (by or measure):
            n = self.match_before(toks[: len(toks) - by], self.t.change_by)
        return toks[len(toks) - by - n : len(toks) - by] if n else []

    def direction(self, verb: list[Token]) -> str:
        key = tuple(map(_LOWER, verb))
        return self.t.change_before.get(key) or self.t.change_by[key]

    def qualified(self, draft: _Draft) -> bool:
        """A qualifier, a change verb or a range connector next to a small number."""
        toks = self.before(draft.start)
        if self.match_before(toks, self.t.before) or self.change_verb(toks, half=True):
            return True
        return _RANGE_NEXT.match(self.text, draft.end) is not None

    def fraction(self, draft: _Draft) -> _Draft | None:
        """ "half", "a third of", "one in five": shares; ordinals ("a third term") are not."""
        draft.digits = False
        written = self.text[draft.start : draft.end].lower()
        scaled = _OF_A_SCALE.match(self.low, draft.end)
        if scaled is not None:  # "half a million", "a quarter of a billion dollars"
            factor = MULTIPLIERS[scaled.group(1)]
            draft.values, draft.factor, draft.end = (draft.values[0] * factor,), float(factor), scaled.end()
            self.unit(draft)
            return draft
        if not written[-1].isalpha():  # "1/2", "½", "2½": a fraction in figures is never an ordinal
            self.unit(draft)
            return draft
        toks, nxt = self.before(draft.start), self.after(draft.end)
        previous = toks[-1][3] if toks else ""
        following = nxt[0][0].lower() if nxt else ""
        if written == "half":
            if previous in self.words["temporal"] or previous in ("the", "second", "latter", "other", "and"):
                return None
            found = self.unit_after(nxt, 1) if following in ("a", "an") else None
            if found is not None:  # "half an hour", "half a century"
                self.apply_unit(draft, found[0], nxt[found[1] - 1][2])
                return draft
            if following not in ("of", "a", "an", "the", "its", "their") and not self.qualified(draft):
                return None
        elif not _NOT_ORDINAL.search(written) and following != "of" and not self.qualified(draft):
            return None  # "a third term" is an ordinal; "two-thirds" and "exactly one sixth" are not
        return draft

    # ----------------------------------------------------------------- ranges

    def range(self, first: _Draft, nxt: re.Match[str]) -> int:
        """Merge the next number into a range with ``first``; return 1 if it was used."""
        if nxt.lastgroup in ("change", "vague") or (nxt.group("digits") or nxt.group("words")) is None:
            return 0
        if first.written is False or first.sense != "bare" or len(first.values) != 1:
            return 0
        gap = self.text[first.end : nxt.start()]
        if len(gap) > 12:
            return 0
        toks = self.before(first.start)
        lead = toks[-1][3] if toks and first.start - toks[-1][2] <= 1 else ""
        connector = gap.strip().lower()
        currency_gap = bool(connector) and connector[-1] in "$€£¥₹"
        connector = connector.rstrip("$€£¥₹").strip()
        gap = gap.rstrip("$€£¥₹")
        qualifier: str | None = None
        if lead and connector in self.t.ranges.get(lead, ()):
            if len(toks) > 1 and (toks[-2][3],) in self.t.change_before:
                return 0  # "rose from 10 to 15": two levels
            qualifier = f"{lead} ... {connector}"
        elif not self.plain_connector(connector, gap):
            return 0
        elif first.unit and not currency_gap and self.change_verb(toks):
            return 0  # "rose 40 percent to 3,200": a change, then a level
        unqualified = toks[: len(toks) - self.match_before(toks, self.t.before)]
        changed = bool(self.change_verb(unqualified))
        second = self.number(nxt)
        if second is None or (second.currency and not first.currency and not currency_gap):
            return 0
        if first.unit and second.unit and (first.unit, first.points) != (second.unit, second.points):
            return 0  # "44 ml to 50 mg", "3 points to 8.5%"
        ends = self.share(first, second)
        if ends is None:
            return 0
        lo, hi = ends
        if changed and lo > 0 and hi > 3 * lo:
            return 0  # "grew by about 3,000 to 27,500": the change, then the new level
        if not lo < hi:
            if qualifier is None and first.unit == second.unit == "":
                first.skip = True  # "won 3-1": a score
                return 1
            return 0
        if qualifier is not None:
            first.start = toks[-1][1]
        first.qualifier = qualifier
        first.values, first.sense, first.end = (lo, hi), "range", second.end
        first.granule = _finer(first.granule, second.granule)
        return 1

    def plain_connector(self, connector: str, gap: str) -> bool:
        """A range connector with no word before the first number: "30-40", "two or three"."""
        if connector not in self.t.ranges[""]:
            return False
        if connector.isalpha():  # a word stands between spaces: "10 to 15", not "10to15"
            return gap[:1].isspace() and gap[-1:].isspace()
        return gap.strip() == connector  # a dash stands alone: "30-40", "30 – 40"

    def share(self, first: _Draft, second: _Draft) -> tuple[float, float] | None:
        """The two ends, sharing the second's multiplier and unit ("10-12 thousand", "30-40%")."""
        if first.unit and second.unit and first.unit != second.unit:
            return None
        lo, hi = first.values[0], second.values[0]
        if first.factor == 1 and second.factor > 1 and lo * second.factor < hi:
            lo *= second.factor
            first.granule = None if first.granule is None else first.granule * second.factor
        if not first.unit and second.unit:
            first.unit, first.points, first.currency = second.unit, second.points, second.currency
        return lo, hi

    # ----------------------------------------------------------------- vague words and change words

    def vague(self, match: re.Match[str]) -> _Draft | None:
        words = match.group().lower().split()
        two = " ".join(words[:2])
        head = two if two in self.t.vague else words[0]
        row = self.t.vague.get(head)
        if row is None:
            return None
        scale = row.scale
        for word in words[len(head.split()) :]:
            scale *= _SCALE_WORDS.get(word, 1)
        after = self.after(match.end())
        following = after[0][0].lower() if after else ""
        if (row.needs_scale and scale == row.scale) or (row.needs_of and following != "of"):
            return None
        draft = _Draft(match.start(), match.end(), (), None, core_start=match.start())
        draft.sense, draft.scale, draft.digits, draft.written = row.sense, scale, False, False
        found = self.unit_after(after, 1 if following == "of" else 0)
        if found is not None and found[0].unit != "percent":  # "dozens of euros", "thousands of hectares"
            self.apply_unit(draft, found[0], after[found[1] - 1][2])
        return draft

    def article(self, match: re.Match[str]) -> _Draft | None:
        """ "more than a century", "within a week": one unit of time after a qualifier.

        Without a qualifier "a week" is rarely a claim ("twice a week", "in a decade").
        """
        end = match.start() + len(match.group().split()[0])
        draft = _Draft(match.start(), end, (1.0,), 1.0, core_start=match.start())
        draft.digits = False
        self.unit(draft)
        toks = self.before(draft.start)
        n = self.match_before(toks, self.t.before)
        if draft.unit not in _TIME_UNITS or not n or (n == 1 and self.over_a_period(draft, toks)):
            return None
        return draft

    def change_word(self, match: re.Match[str]) -> _Draft:
        row = self.t.change_words[" ".join(match.group().lower().split())]
        draft = _Draft(match.start(), match.end(), (row.value,), None, core_start=match.start())
        draft.change, draft.kind, draft.digits, draft.written = "ratio", "ratio", False, False
        draft.predicate = match.group().split()[0].lower()
        after = self.after(match.end())
        if after and (after[0][3],) in self.t.change_after and after[0][1] - match.end() <= 1:
            draft.end = after[0][2]  # "a threefold increase"
        return draft

    # ----------------------------------------------------------------- qualifiers, changes, subject

    def finish(self, draft: _Draft | None) -> None:
        if draft is None or draft.skip:
            return
        self.qualify(draft)
        self.qualify_after(draft)
        self.change_after(draft)
        self.signed(draft)
        self.elliptical(draft)
        self.restated(draft)
        self.subject(draft)
        self.index_points(draft)
        claim = self.claim(draft)
        if claim is not None and (not self.claims or claim.start >= self.claims[-1].end):
            self.claims.append(claim)
            self.last = draft

    def qualify(self, draft: _Draft) -> None:
        """A qualifier and a change verb before the claim."""
        toks = self.before(draft.start)
        if not toks or draft.start - toks[-1][2] > 3:
            return
        if draft.qualifier is None:
            n = self.match_before(toks, self.t.before)
            if n == 1 and self.over_a_period(draft, toks):
                return  # "$1 trillion over 10 years": a span of time, not a bound
            if n and toks[-n][3] == "up" and len(toks) > n and toks[-n - 1][3] in self.words["up_verbs"]:
                n = 0  # "edged up to 4.1%": a level reached, "up" belongs to the verb
            if n:
                row = self.t.before[tuple(map(_LOWER, toks[-n:]))]
                draft.qualifier, draft.start = self.text[toks[-n][1] : toks[-1][2]], toks[-n][1]
                if draft.sense == "bare":
                    draft.sense = row.sense  # a range or a vague word keeps its own sense
                toks = toks[:-n]
                if draft.qualifier.lower() in ("above", "below"):
                    return  # "climbed above 7%": a level reached, not the size of a change
            elif toks[-1][3] in self.words["temporal"]:
                return  # "the past three weeks": a span of time, not a bound
        if draft.change is not None or draft.sense in semantics.VAGUE_SENSES or draft.sense == "within":
            return
        measure = bool(draft.unit) and draft.unit != "percent" and not _is_currency(draft.unit)
        following = self.after(draft.end)
        if following and following[0][3] == "of" and not (toks and toks[-1][3] == "by") and not measure:
            return  # "lost nearly a third of its vehicles", "cut 10% of jobs": a share of something
        bare_count = not draft.unit and self.noun_after(following, 0)[0] is None  # "the opposition lost nine"
        verb = self.change_verb(
            toks, half=draft.values == (0.5,) and not draft.digits, measure=measure or bare_count
        )
        if verb:
            self.set_change(draft, self.direction(verb))
            draft.start = verb[0][1]
            draft.predicate = " ".join(t[0] for t in verb).lower().removesuffix(" of")
            draft.subject = self.noun_before(self.without_verbs(self.before(verb[0][1])), head=True)[0]
        elif toks and toks[-1][3] == "by":
            self.change_across(draft, toks)

    def signed(self, draft: _Draft) -> None:
        """A signed number in brackets after a claim is its change: "33.8% (-5.4)", "41.2% (+3.1)"."""
        last, sign = self.last, self.text[draft.start]
        if (
            sign not in "+-−"
            or draft.unit
            or draft.change is not None
            or len(draft.values) != 1
            or last is None
            or not last.unit
            or self.text[last.end : draft.start].strip() != "("
        ):
            return
        draft.unit, draft.points = last.unit, last.unit == "percent"  # percentage points
        draft.values = (abs(draft.values[0]),)
        self.set_change(draft, "rise" if sign == "+" else "fall")

    def elliptical(self, draft: _Draft) -> None:
        """A unit left out in a parallel: "81.3 years for women and 78.6 for men" (78.6 years)."""
        last = self.last
        if (
            draft.unit
            or not draft.digits
            or draft.change is not None
            or last is None
            or not last.unit
            or last.kind != "amount"
            or not _RESTATING.fullmatch(self.low, last.end, draft.start)
        ):
            return
        following = self.after(draft.end)
        if not following or following[0][3] in _ELLIPSIS_ENDS:
            draft.unit, draft.currency, draft.points = last.unit, last.currency, last.points

    def restated(self, draft: _Draft) -> None:
        """A percentage restating the change before it: "rose $31, or 1.3%", "grew 0.4% ... and 2.9%"."""
        last = self.last
        if (
            draft.change is not None
            or draft.unit != "percent"
            or draft.points
            or last is None
            or last.change not in ("rise", "fall", "rise_percent", "fall_percent")
            or self.sentence_span(last.start) != self.sentence_span(draft.start)
            or not _RESTATING.fullmatch(self.low, last.end, draft.start)
        ):
            return
        following = self.after(draft.end)
        if following and following[0][3] == "of":
            return  # "rose 3% in May and 40% of shoppers": a share, not the same change
        self.set_change(draft, last.change.removesuffix("_percent"))

    def index_points(self, draft: _Draft) -> None:
        """ "Points" of a stock index or a large change are counted: "the Dow shed 500 points"."""
        if not draft.loose_points or draft.unit != "percent":
            return
        words = {t[3] for t in self.before(draft.start)} | {w.lower() for w in (draft.subject or "").split()}
        if max(map(abs, draft.values)) >= _MAX_PERCENTAGE_POINTS or words & self.words["index_nouns"]:
            draft.unit, draft.points = "", False

    def without_verbs(self, toks: list[Token]) -> list[Token]:
        """``toks`` without the verbs and adverbs that end them: "Shares closed" (up 19 cents)."""
        k = len(toks)
        while k > 1 and (
            self.is_filler(toks[k - 1][3]) or self.is_verbal(toks[k - 1]) or self.verb_after_noun(toks, k - 1)
        ):
            k -= 1
        return toks[:k]

    def change_across(self, draft: _Draft, toks: list[Token]) -> None:
        """ "raised its key rate by 0.75 points": a change verb, its object, then "by"."""
        for k in range(len(toks) - 2, max(len(toks) - 8, 0) - 1, -1):
            if not _PLAIN_WORD.fullmatch(toks[k][0]):
                return
            direction = self.t.change_before.get((toks[k][3],)) or self.t.change_by.get((toks[k][3],))
            if direction is not None:
                self.set_change(draft, direction)
                draft.predicate = toks[k][3]
                draft.subject = self.noun_before(toks[k + 1 : -1])[0]
                return
        if draft.unit and not _is_currency(draft.unit):
            self.set_change(draft, "rise")  # "beat the record by 0.8C": a margin

    def over_a_period(self, draft: _Draft, toks: list[Token]) -> bool:
        """ "over five years" spans time, unless something lasted or took over five years."""
        following = self.after(draft.end)
        period = not draft.unit and bool(following) and following[0][3] in self.words["periods"]
        if toks[-1][3] != "over" or not (draft.unit in _TIME_UNITS or period):
            return False
        return len(toks) < 2 or toks[-2][3] not in self.words["duration_verbs"]

    def qualify_after(self, draft: _Draft) -> None:
        """A qualifier written after the number ("or more", "or so", "10,000-plus")."""
        if draft.sense not in ("bare", "approximate", "estimated"):
            return
        toks = self.after(draft.end)
        if not toks or toks[0][1] - draft.end > 1:
            return
        n = self.match_after(toks, 0, self.t.after)
        if not n:
            return
        row = self.t.after[tuple(map(_LOWER, toks[:n]))]
        if toks[0][0] in ("+", "-") and toks[0][1] != draft.end:
            return  # "10,000+" and "10,000-plus" are glued; "5 plus 3" is a sum
        if draft.sense != "bare" and row.sense not in ("at_least", "at_most"):
            return  # "about 500 or so" says "about" once
        written = self.text[toks[0][1] : toks[n - 1][2]]
        draft.qualifier = written if draft.qualifier is None else f"{draft.qualifier} ... {written}"
        draft.sense, draft.end = row.sense, toks[n - 1][2]  # "about 500 or more" is a bound

    def change_after(self, draft: _Draft) -> None:
        """A ratio suffix ("2.5-fold") or a change noun after the number ("a 30% drop")."""
        if draft.change is not None or draft.sense in semantics.VAGUE_SENSES:
            return
        toks = self.after(draft.end)
        if not toks or toks[0][1] - draft.end > 1:
            return
        n = self.match_after(toks, 0, self.t.ratio_suffixes)
        if n and not draft.unit:
            draft.change, draft.kind, draft.end = "ratio", "ratio", toks[n - 1][2]
            if n < len(toks) and (toks[n][3],) in self.t.change_after:
                draft.end, draft.predicate = toks[n][2], toks[n][3]
            return
        if (
            toks[0][3] == "times"
            and not draft.unit
            and len(toks) > 1
            and toks[1][3] in self.words["times_what"]
        ):
            draft.change, draft.kind, draft.end = "ratio", "ratio", toks[0][2]  # "three times what it cost"
            return
        if toks[0][3] in self.t.warmer and draft.unit in _TEMPERATURES:
            self.set_change(draft, self.t.warmer[toks[0][3]])  # "1.3°C above pre-industrial levels"
            return
        if toks[0][3] in ("above", "below") and draft.unit == "percent" and not draft.points:
            self.set_change(draft, self.t.warmer[toks[0][3]])  # "38% below the average": a ratio to it
            draft.end, draft.predicate = toks[0][2], toks[0][3]
            return
        skip = (
            1 if len(toks) > 1 and self.is_content(toks[0][0]) and (toks[1][3],) in self.t.change_after else 0
        )
        toks = toks[skip:]  # "a 15% pay rise"
        if (toks[0][3],) not in self.t.change_after:
            return
        word = toks[0][3]
        comparative = word in self.words["comparatives"]
        previous = self.before(draft.start)
        article = bool(previous) and previous[-1][0].lower() in ("a", "an")
        than = any(t[3] == "than" for t in toks[1:5])  # "4,000 more admissions than last year"
        if (comparative and draft.unit != "percent" and not draft.points and not than) or (
            not comparative and not article
        ):
            return
        self.set_change(draft, self.t.change_after[(word,)])
        draft.predicate = word
        if not skip:
            draft.end = toks[0][2]  # "a 30% drop"; but "a 15% pay rise" keeps "15%"

    def set_change(self, draft: _Draft, direction: str) -> None:
        if (draft.unit == "percent" and not draft.points) or (not draft.unit and draft.granule is None):
            draft.change, draft.kind = f"{direction}_percent", "ratio"  # "fell by 30%", "by a third"
        else:
            draft.change, draft.kind = direction, "difference"

    def subject(self, draft: _Draft) -> None:
        """The noun phrase counted or measured, and the verb that says what happened to it."""
        toks, before = self.after(draft.end), self.before(draft.start)
        measure = bool(draft.unit) and draft.unit != "percent" and not _is_currency(draft.unit)
        first = toks[0][3] if toks else ""
        i: int | None = 0
        bare_noun = len(toks) > 1 and toks[1][0].isalpha() and toks[1][0].islower()
        bare_noun = (
            bare_noun and toks[1][3] not in self.words["determiners"] and toks[1][3] not in NUMBER_WORDS
        )
        final_word = self.low[draft.start : draft.end].split()[-1]
        noun_change = draft.change is not None and (
            (draft.predicate or "") in self.t.change_nouns or final_word in self.t.change_nouns
        )
        previous = before[-1][3] if before else ""
        if first == "of" or (first == "in" and bare_noun and (draft.currency or noun_change)):
            i = 1  # "$5 million in aid", "a 2% rise in prices"; not "$8 billion in the quarter"
        elif draft.adjectival:
            i = 0
        elif (
            measure or draft.kind == "ratio" or (draft.currency and previous not in self.words["determiners"])
        ):
            i = None  # "a $5m grant" names its noun after it; "£500 need not be declared" does not
        if i is not None:
            subject, j = self.noun_after(toks, i)
            if first != "in" or draft.subject is None:  # "rose 5% in the third quarter"
                draft.subject = subject or draft.subject
            draft.predicate = draft.predicate or self.predicate_after(toks, j)
        percent_of = draft.unit == "percent" and first == "of"  # "debt is 40 percent of income"
        lasting = draft.unit in _TIME_UNITS and bool(before) and before[-1][3] in _LASTING
        if (
            (draft.subject is None or percent_of)
            and draft.kind == "amount"
            and (draft.unit not in _TIME_UNITS or lasting)
        ):
            qualifier_verb = (draft.qualifier or "").lower() in self.words["verb_qualifiers"]
            linked, verb = self.linked_noun(before, any_verb=measure, verb_qualifier=qualifier_verb)
            draft.subject = linked or draft.subject
            draft.predicate = draft.predicate or verb
        if draft.subject is None and draft.kind != "amount":
            draft.subject = self.noun_before(self.without_verbs(before), head=True)[0]
        if draft.subject is None and draft.kind != "amount" and before and before[-1][3] in ("a", "an"):
            draft.subject = self.linked_noun(before[:-1], any_verb=True)[0]  # "counts showed a 2.5-fold rise"
        qualified_measure = (measure and draft.unit not in _TIME_UNITS) or draft.currency
        last_word = before[-1][0] if before and draft.qualifier is not None else ""
        sentence_start = len(before) <= 1 or before[-2][3] in self.words["determiners"]
        noun_last = self.is_content(last_word) and not self.is_verb(last_word)
        if (
            draft.subject is None
            and qualified_measure
            and noun_last
            and (last_word.islower() or sentence_start)
        ):
            draft.subject = self.noun_before(before)[0]  # "waves as high as 12 metres"
        if draft.predicate is None:
            draft.predicate = self.verb_before(before, far=measure)
        if draft.subject is None:
            self.inherit(draft)

    def inherit(self, draft: _Draft) -> None:
        """Take the subject of the claim before, in the same sentence: "12,000 soldiers, 4,000 killed"."""
        previous = self.last
        if previous is None:
            return
        claim = self.claims[-1]
        if self.sentence_span(previous.start) != self.sentence_span(draft.start):
            return
        if self.text[previous.end : draft.start].strip() == "(" and previous.unit and draft.unit:
            draft.subject, draft.predicate = claim.subject, draft.predicate or claim.predicate
        elif not (draft.unit or previous.unit) and draft.kind == previous.kind == "amount" and draft.written:
            draft.subject = claim.subject

    def noun_after(self, toks: list[Token], i: int) -> tuple[str | None, int]:
        """A noun phrase of up to six words from token ``i``: its text and the index after it."""
        while i < len(toks) and toks[i][3] in self.words["determiners"]:
            i += 1
        while i + 1 < len(toks) and toks[i][3] in self.words["temporal"]:
            i += 1  # "14 of its last 16 matches"
        if (
            i + 1 < len(toks)
            and toks[i][0][:1].isdigit()
            and toks[i - 1][3] in self.words["determiners"] | self.words["temporal"]
        ):
            i += 1  # "50 of the 1,200 hostages"
        first = last = -1
        j = i
        while j < len(toks) and j - i < 7:
            word = toks[j][0]
            if word == "-" and last == j - 1 and j + 1 < len(toks) and toks[j + 1][0].isalnum():
                j += 2 if toks[j + 1][0].isdigit() else 1  # "long-range", "F-16"
                last = j - 1 if toks[j - 1][0].isdigit() else last
                continue
            if not self.is_content(word):
                break
            nxt = toks[j + 1][0] if j + 1 < len(toks) else "."
            irregular = toks[j][3] in self.words["predicate_participles"]
            if self.is_verb(word) and (
                first >= 0 or irregular or not self.is_content(nxt) or word.endswith("ing")
            ):
                break  # "4,000 killed or injured", "soldiers arriving": a predicate
            if first >= 0 and toks[j][3] in self.words["present_verbs"]:
                break  # "one in four homes lacks"; but "100 orbits" counts orbits
            first = j if first < 0 else first
            last = j
            j += 1
            if self.is_plural(toks[last][3]) and j < len(toks) and not self.is_plural(toks[j][3]):
                break  # "households receive", "firms expect": the noun phrase ends at its plural head
        if first < 0:
            pronoun = i < len(toks) and toks[i][3] in self.words["pronouns"]  # "half of them returned"
            return None, i + pronoun
        return self.text[toks[first][1] : toks[last][2]], last + 1

    def predicate_after(self, toks: list[Token], i: int) -> str | None:
        while i < len(toks) and toks[i][3] in self.words["auxiliaries"]:
            i += 1
        if i >= len(toks) or not self.is_verb(toks[i][0]):
            return None
        words = [toks[i][0]]
        if i + 2 < len(toks) and toks[i + 1][3] in ("or", "and") and self.is_verb(toks[i + 2][0]):
            words += [toks[i + 1][0], toks[i + 2][0]]
        return " ".join(words).lower()

    def verb_before(self, toks: list[Token], *, far: bool) -> str | None:
        """The verb right before a claim ("capturing dozens"); for measures the nearest one in the clause."""
        for k in range(len(toks) - 1, max(len(toks) - (9 if far else 2), -1), -1):
            word = toks[k][0]
            if word in ',;:()"“”':
                return None
            if self.is_verb(word):
                if k >= 2 and toks[k - 1][3] in ("or", "and") and self.is_verb(toks[k - 2][0]):
                    return f"{toks[k - 2][0]} {toks[k - 1][0]} {word}".lower()
                return word.lower()
        return None

    def noun_before(self, toks: list[Token], *, head: bool = False) -> tuple[str | None, int]:
        """The noun phrase ending where ``toks`` end (auxiliaries skipped): its text and first index."""
        k = len(toks) - 1
        while k >= 0 and self.is_filler(toks[k][3]):
            k -= 1
        if self.verb_after_noun(toks, k):
            k -= 1  # "The satellite orbits": the verb ends the noun phrase before it
        if k > 1 and toks[k][3] in _WHEN_NOUNS and toks[k - 1][3] in ("this", "last", "next"):
            k -= 2  # "Rainfall this winter was": the time adverbial is not the subject
        if k > 0 and toks[k][3] in ("which", "who", "that") and toks[k - 1][0] == ",":
            k -= 2  # "the company's shares, which had fallen 40%"
        elif k > 0 and toks[k][3] in ("which", "that") and self.is_content(toks[k - 1][0]):
            k -= 1  # "a figure that has doubled"
            if self.is_verb(toks[k][0]):
                return None, -1  # "said that": a clause, no noun phrase
        last = k
        while k >= 0 and k > last - 6:
            word = toks[k][0]
            if word == "-" and k > 0 and self.is_content(toks[k - 1][0]):
                k -= 1
                continue
            if not self.is_content(word) or self.is_verb(word):
                break
            k -= 1
        first = k + 1
        determiners = self.words["determiners"]
        while first <= last and (
            toks[first][0] == "-" or toks[first][3] in determiners or _superlative(toks, first)
        ):
            first += 1
        if first > last:
            return None, -1
        j = first - 1
        while j >= 0 and toks[j][3] in self.words["determiners"]:
            j -= 1
        if head and j > 0 and toks[j][3] in self.words["head_prepositions"]:
            found = self.noun_before(toks[:j], head=True)
            measured = toks[j][3] == "of" and found[0] is not None
            if found[0] is not None and not (
                measured and found[0].split()[-1].lower() in self.words["quantity_nouns"]
            ):
                return found  # "exports to the region fell": the head; but "a litre of diesel": diesel
        return self.text[toks[first][1] : toks[last][2]], first

    def verb_after_noun(self, toks: list[Token], k: int) -> bool:
        """Whether ``toks[k]`` is a present verb after "the/its <noun>" ("The mirror measures"),
        not the head of a compound ("Operating costs", "New measures")."""
        if k < 2 or toks[k][3] not in self.words["present_verbs"]:
            return False
        j = k - 1
        while j > 0 and self.is_filler(toks[j][3]):
            j -= 1  # "The front line now stretches"
        first = j
        while first >= 0 and first > j - 4 and self.in_noun(toks[first]):
            first -= 1  # "The household robot sells"
        if first == j or first < 0:
            return False
        before = toks[first][3]
        return before in self.words["determiners"] or before.endswith(("'s", "’s"))

    def in_noun(self, token: Token) -> bool:
        """A word of a noun phrase: content, no verb, no determiner."""
        return (
            self.is_content(token[0])
            and not self.is_verb(token[0])
            and token[3] not in self.words["determiners"]
        )

    def object_to(self, toks: list[Token]) -> tuple[str | None, str | None]:
        """ "bringing the total to 10,457", "cut its forecast to 3.1%": the object and its verb."""
        if len(toks) < 3 or toks[-1][3] not in ("to", "at"):
            return None, None
        for k in range(len(toks) - 3, max(len(toks) - 9, -1), -1):
            if toks[k][3] in self.words["object_verbs"]:
                found = self.object_phrase(toks[k + 1 : -1])
                return (found, toks[k][3]) if found else (None, None)
            if toks[k][0] in ",;:":
                break
        return None, None

    def object_phrase(self, words: list[Token]) -> str | None:
        """The object after its verb, up to its first preposition: "the total since 2022" -> "total"."""
        i = 0
        while i < len(words) and words[i][3] in self.words["determiners"]:
            i += 1
        j = i
        while j < len(words) and _PLAIN_WORD.fullmatch(words[j][0]) and words[j][3] not in _OBJECT_ENDS:
            j += 1
        return self.text[words[i][1] : words[j - 1][2]] if j > i else None

    def linked_noun(
        self, toks: list[Token], *, any_verb: bool = False, verb_qualifier: bool = False
    ) -> tuple[str | None, str | None]:
        """ "NP, amounting to $X", "NP worth $X", "NP stood at 5%": the NP and the verb before it."""
        if len(toks) > 1 and toks[-1][3] == "record" and toks[-2][3] in ("a", "an", "the"):
            toks = toks[:-2]  # "grew to a record 7.6 million"
        carried = self.object_to(toks)
        if carried[0] is not None:
            return carried
        n = linked = self.match_before(toks, self.t.links)
        if not n and len(toks) > 1 and toks[-1][3] in ("to", "from") and self.is_verbal(toks[-2]):
            n = 1  # "rose from 4,000": a level after its verb
        k = len(toks) - n
        while k > 0 and self.is_filler(toks[k - 1][3]):
            k -= 1
        linking_verb = None
        linking = self.words["linking_verbs"]
        if (
            k > 1
            and toks[k - 1][3] in _PARTICLES
            and (toks[k - 2][3] in linking or self.is_verbal(toks[k - 2]) or self.is_bare_verb(toks, k - 2))
        ):
            k -= 1  # "came in at", "edged up to", "will go up from": the particle belongs to the verb
        if k > 0 and (
            toks[k - 1][3] in linking
            or ((n or any_verb) and self.is_verbal(toks[k - 1]))
            or self.is_bare_verb(toks, k - 1)
            or self.verb_after_noun(toks, k - 1)
        ):
            k -= 1  # "stood at", "fell to", "Turnout was 52%" (but not "Investors pulled $7 billion")
            linking_verb = toks[k][3]
            while k > 0 and (toks[k - 1][3] in _MODALS or self.is_filler(toks[k - 1][3])):
                k -= 1  # "are expected to reach", "can weigh"
        copula = any(t[3] in _COPULAS for t in toks[k : len(toks) - n])
        if not (n or linking_verb or verb_qualifier or copula):
            return None, None  # neither a link nor a verb: "paid 5%" has no subject before it
        if linked and k > 0 and toks[k - 1][0] == ",":
            k -= 1
            j = k - 1
            while j > k - 4 and j >= 0 and toks[j][0][:1].isupper():
                j -= 1
            if 0 <= j < k - 1 and toks[j][3] in ("from", "by", "for", "to", "in", "of"):
                k = j  # "package from Sweden, amounting to"
        last = self.last
        if last is not None and k > 0 and last.start < toks[k - 1][2] and toks[k - 1][1] < last.end:
            return None, None  # "down 3.4 per cent at 512p": the words of a claim are no subject
        subject, first = self.noun_before(toks[:k], head=True)
        if linked == 1 and toks[-1][3] == "of":  # "an altitude of 550 km": the noun before "of"
            named = self.noun_before(toks[:k])
            if named[0] is not None and named[0].split()[-1].lower() not in self.words["quantity_nouns"]:
                subject, first = named
        if subject is None:
            return None, None
        j = first - 1
        while j >= 0 and (
            toks[j][3] in self.words["determiners"] or toks[j][0] == "-" or _superlative(toks, j)
        ):
            j -= 1
        verb = toks[j][3] if j >= 0 and self.is_verb(toks[j][0]) else None
        return subject, linking_verb or verb

    # ----------------------------------------------------------------- the claim

    def claim(self, draft: _Draft) -> Claim | None:
        values, unit = draft.values, draft.unit or None
        if draft.change == "ratio":
            unit = None
        elif draft.change in ("rise_percent", "fall_percent") and not draft.unit:
            values, unit = tuple(v * 100 for v in values), "percent"  # "fell by a third"
        key = (draft.sense, values, draft.granule, unit, draft.scale, draft.change)
        if key in self._readings:  # the profile is fixed per extraction: hash it once per reading
            reading = self._readings[key]
        else:
            reading = self._readings[key] = _read(*key, self.profile)
        if reading is None:
            return None
        written = draft.values if draft.written else ()
        # A ratio's value keeps the unit it was written in ("fell by 30%"); otherwise the claim's
        # unit is its reading's, which is a delta unit for a temperature difference ("rose by 2C").
        is_ratio = draft.change in ("ratio", "rise_percent", "fall_percent")
        unit = draft.unit if is_ratio else (reading.interval.unit or "")
        return Claim(
            text=self.text[draft.start : draft.end],
            start=draft.start,
            end=draft.end,
            sentence=self.sentence_text(draft.start),
            source=self.source,
            value=written[0] if len(written) == 1 else None,
            values=written,
            unit=unit,
            subject=draft.subject,
            qualifier=draft.qualifier,
            sense=draft.sense,
            kind=draft.kind,
            predicate=draft.predicate,
            interval=reading.interval,
            core=reading.core,
            literal=reading.literal,
        )


_COPULAS = frozenset(("is", "was", "are", "were", "be", "been"))
# Between a change and a percentage restating it: ", or ", " month on month and ", " in real terms but ".
_RESTATING = re.compile(r"[ ,]{0,3}(?:[a-z-]{1,20} {1,2}){0,4}(?:or|and|but),? {1,2}")
_MAX_PERCENTAGE_POINTS = 25.0  # a change of "points" this large counts index or game points
_WHEN_NOUNS = _TIME_UNITS | {"winter", "summer", "spring", "autumn", "season", "quarter", "weekend"}
# Verbs before a duration that make the noun before them its subject: "the outage lasted 3 hours".
_LASTING = frozenset(("lasted", "lasts", "last", "lasting", "took", "takes", "take"))
_OBJECT_ENDS = frozenset(("since", "in", "on", "for", "from", "by", "of", "at", "this", "last", "next", "to"))
_OF_A_SCALE = re.compile(r"\s{1,3}(?:of\s{1,3})?an?\s{1,3}(thousand|million|billion|trillion)\b")
# What may follow a number whose unit is left out: "78.6 for men", "4.9 in June", "3.", "3,".
_ELLIPSIS_ENDS = frozenset(("for", "in", "on", "at", "among", "by", ".", ",", ";", ")"))
_AGO = frozenset(("earlier", "ago", "before", "later", "previously", "prior"))
_PARTICLES = frozenset(("up", "down", "in", "out", "back", "off"))
_MODALS = frozenset(("to", "will", "would", "could", "should", "may", "might", "must", "can", "shall"))
_TEMPERATURES = frozenset(("degree_Celsius", "degree_Fahrenheit", "kelvin"))
_BIG_SCALES = frozenset(("thousand", "million", "billion", "trillion"))
_RANGE_NEXT = re.compile(rf"\s{{0,2}}(?:or|to|-|–)\s{{0,2}}(?=\d|(?i:{'|'.join(sorted(NUMBER_WORDS))})\b)")


# --------------------------------------------------------------------------- helpers


def _superlative(toks: list[Token], k: int) -> bool:
    """ "largest", "biggest-ever": adjectives that do not name what is counted."""
    word = toks[k][3]
    if k + 2 < len(toks) and toks[k + 1][0] == "-" and toks[k + 2][3] == "ever":
        return True
    return word == "ever" or (len(word) > 5 and word.endswith("est") and k + 1 < len(toks))


def _decimal(digits: str) -> float:
    return float(_NOT_DIGIT.sub("", digits))


def _finer(a: float | None, b: float | None) -> float | None:
    if a is None or b is None:
        return a if b is None else b
    return min(a, b)


@functools.lru_cache(maxsize=1024)
def _is_currency(code: str) -> bool:
    try:
        return is_currency(code)
    except ClaimnumError:
        return False


@functools.lru_cache(maxsize=1024)
def _code_row(code: str) -> UnitRow:
    return UnitRow(example="", claim="", expect=(), unit=code, phrases=(code,))


@functools.lru_cache(maxsize=1024)
def _canonical(unit: str) -> str | None:
    try:
        return canonical_unit(unit)
    except ClaimnumError:
        return None


def extract(text: str, *, source: str | None = None, profile: str | Profile = "median") -> list[Claim]:
    """Find every numeric claim in a text, in text order.

    Parameters
    ----------
    text : str
        Any text; news articles are what the rules are written for.
    source : str, optional
        A name for where the text comes from, copied into each claim.
    profile : str or Profile
        How widely qualifiers are read: ``"strict"``, ``"median"``,
        ``"lenient"`` or your own :class:`claimnum.Profile`.

    Returns
    -------
    list of Claim
        In the order of their start offsets; ``text[c.start:c.end] == c.text``.

    Raises
    ------
    InvalidTypeError
        If ``text`` is not a ``str`` (or ``source`` not a ``str`` or ``None``).
    InvalidArgumentError
        If ``profile`` names no profile.

    Examples
    --------
    >>> [c.text for c in extract("Sweden pledged $1.23 billion (13.5 billion SEK) in 2024.")]
    ['$1.23 billion', '13.5 billion SEK']
    >>> extract("Prices halved within three months.")[1].literal
    [0, 3] month
    """
    if not isinstance(text, str):
        raise InvalidTypeError(f"extract() takes a str, got {type(text).__name__}")
    if source is not None and not isinstance(source, str):
        raise InvalidTypeError(f"source must be a str or None, got {type(source).__name__}")
    if isinstance(profile, str):
        profile = Profile.from_name(profile)
    return _Extractor(text, _tables(), source, profile).run()
