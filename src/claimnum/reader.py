"""The document a stage reads: its sentences, token windows and the compiled lexicon.

:class:`Reader` is the base of the extraction stages (:mod:`claimnum.phrases`, :mod:`claimnum.non_claims`,
:mod:`claimnum.quantities`, :mod:`claimnum.modifiers`, :mod:`claimnum.context`):
it holds one text, tokenises each sentence once and looks phrases up in the
lexicon tables (:func:`claimnum.lexicon_tables.tables`).  A :class:`Draft` is a claim under
construction that the stages fill in, one after the other.
"""

from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass
from typing import Any

from claimnum.claim import Claim, Kind
from claimnum.lexicon import UnitRow
from claimnum.lexicon_tables import SCALE_WORDS as SCALE_WORDS
from claimnum.lexicon_tables import TIME_UNITS as TIME_UNITS
from claimnum.lexicon_tables import Tables as Tables
from claimnum.lexicon_tables import code_row as code_row
from claimnum.lexicon_tables import known_currency as known_currency
from claimnum.lexicon_tables import tables as tables
from claimnum.profiles import Profile
from claimnum.semantics import Reading
from claimnum.tokens import (
    LOWER,
    TEXT,
    Phrases,
    Token,
    lower_case,
    phrase_key,
    sentence_starts,
    tokenize,
)

SPAN = 24  # tokens of context read on each side of a number
START = operator.attrgetter("start")
END = operator.attrgetter("end")


@dataclass(slots=True)
class Draft:
    """A claim under construction (mutable, local to one extraction).


    Examples
    --------
    >>> draft = Draft(0, 2, (5.0,), 1.0, 0, 1)
    >>> draft.kind, draft.unit, draft.measure
    ('amount', '', None)
    """

    start: int
    end: int
    values: tuple[float, ...]
    granule: float | None
    core_start: int  # where the number itself starts
    core_end: int  # and where it ends (before a multiplier or unit)
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
    measure: str | None = None  # what the number measures, when the grammar knows it ("age")
    negated: bool = False  # in a negated clause


class Reader:
    """One text with its sentences, token windows and lexicon look-ups; holds no other state.

    Parameters
    ----------
    text : str
        The document.
    tables : Tables
        The compiled lexicon (:func:`tables`).
    source : str or None
        The document's source, given to its claims.
    profile : str or Profile
        The semantics' profile.

    Examples
    --------
    >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
    >>> r.sentences
    [0, 16]
    """

    def __init__(self, text: str, tables: Tables, source: str | None, profile: str | Profile) -> None:
        self.text = text
        self.t = tables
        self.words = tables.words
        self.source = source
        self.profile = profile
        self.low = lower_case(text)
        self.sentences = sentence_starts(text, tables.words["abbreviations"])
        self.claims: list[Claim] = []
        self.last: Draft | None = None  # the draft of the last claim, for ranges and inheritance
        self._tokens: dict[int, tuple[list[Token], list[int], list[int]]] = {}
        # Token windows by position: the stages ask for the same few again and again per claim.
        self._after: dict[int, list[Token]] = {}
        self._before: dict[int, list[Token]] = {}
        self._readings: dict[tuple[Any, ...], Reading | None] = {}
        self._sentence: tuple[int, str, int] = (-1, "", 0)  # its span's start, its text, the text's start
        self._headlines: dict[int, bool] = {}
        self._span: tuple[int, int] = (0, 0)
        self.digit_starts: list[int] = []  # where runs of digits start, found once by the first stage
        self.named: frozenset[str] | None = None  # model numbers of the document, read when first asked

    def sentence_span(self, position: int) -> tuple[int, int]:
        """The start and end of the sentence at ``position`` (the last one found is tried first).

        Parameters
        ----------
        position : int
            A character offset in the text.

        Returns
        -------
        (int, int)
            The sentence's start and end offsets.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> r.sentence_span(20)
        (16, 37)
        """
        span = self._span
        if span[0] <= position < span[1]:
            return span
        i = bisect.bisect_right(self.sentences, position) - 1
        end = self.sentences[i + 1] if i + 1 < len(self.sentences) else len(self.text)
        self._span = (self.sentences[i], end)
        return self._span

    def sentence_text(self, position: int) -> str:
        """The sentence at ``position``, sliced once however many claims it holds.

        Parameters
        ----------
        position : int
            A character offset in the text.

        Returns
        -------
        str
            The sentence's text, stripped of surrounding space.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> r.sentence_text(20)
        'Then 7,000 jobs went.'
        """
        start, end = self.sentence_span(position)
        if self._sentence[0] != start:
            written = self.text[start:end]
            text = written.strip()
            self._sentence = (start, text, start + len(written) - len(written.lstrip()))
        return self._sentence[1]

    def sentence_offset(self, position: int) -> int:
        """Where ``position`` stands in the text of its sentence (:meth:`sentence_text`).

        Parameters
        ----------
        position : int
            A character offset in the text.

        Returns
        -------
        int
            The offset in the sentence's text.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> r.sentence_offset(21)
        5
        """
        self.sentence_text(position)
        return position - self._sentence[2]

    def sentence_tokens(self, position: int) -> tuple[list[Token], list[int], list[int]]:
        """The tokens of the sentence at ``position``, their starts and ends (read once).

        Parameters
        ----------
        position : int
            A character offset in the text.

        Returns
        -------
        (list of Token, list of int, list of int)
            The sentence's tokens, their start and their end offsets.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> toks, starts, ends = r.sentence_tokens(20)
        >>> [t.text for t in toks], starts[:2]
        (['Then', '7,000', 'jobs', 'went', '.'], [16, 21])
        """
        start, end = self.sentence_span(position)
        cached = self._tokens.get(start)
        if cached is None:
            if len(self._tokens) > 2:  # claims come in text order: keep the last sentences only
                del self._tokens[next(iter(self._tokens))]
            self._after.clear()  # and the windows of the last sentence only
            self._before.clear()
            toks = tokenize(self.text, start, end, low=self.low)
            cached = self._tokens[start] = (toks, list(map(START, toks)), list(map(END, toks)))
        return cached

    def after(self, position: int) -> list[Token]:
        """The tokens after ``position`` in its sentence, a bounded number of them (never change them).

        Parameters
        ----------
        position : int
            A character offset in the text.

        Returns
        -------
        list of Token
            At most ``SPAN`` tokens from ``position`` on, in its sentence.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> [t.text for t in r.after(21)][:3]
        ['7,000', 'jobs', 'went']
        """
        window = self._after.get(position)
        if window is None:
            toks, starts, _ = self.sentence_tokens(position)
            i = bisect.bisect_left(starts, position)
            window = self._after[position] = toks[i : i + SPAN]
        return window

    def before(self, position: int) -> list[Token]:
        """The tokens before ``position`` in its sentence, a bounded number of them (never change them).

        Parameters
        ----------
        position : int
            A character offset in the text.

        Returns
        -------
        list of Token
            At most ``SPAN`` tokens ending by ``position``, in its sentence.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> [t.text for t in r.before(21)]
        ['Then']
        """
        window = self._before.get(position)
        if window is None:
            # a position that opens a sentence has nothing before it: never the last sentence's words
            inside = position if position < len(self.text) else max(position - 1, 0)
            toks, _, ends = self.sentence_tokens(inside)
            i = bisect.bisect_right(ends, position)
            window = self._before[position] = toks[max(0, i - SPAN) : i]
        return window

    def match_before(self, toks: list[Token], table: Phrases[Any]) -> int:
        """How many trailing tokens of ``toks`` form a phrase of ``table`` (0: none).

        Parameters
        ----------
        toks : list of Token
            Tokens of one sentence (a window of :meth:`before` or :meth:`after`).
        table : Phrases
            The phrases to find.

        Returns
        -------
        int
            The number of tokens of the longest phrase found, or 0.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> r.match_before(tokenize("It was worth"), r.t.links)
        1
        """
        if not toks or toks[-1].lower not in table.lasts:
            return 0
        for n in range(min(table.longest, len(toks)), 0, -1):
            if tuple(map(LOWER, toks[-n:])) in table:
                return n
        return 0

    def match_after(self, toks: list[Token], i: int, table: Phrases[Any], *, case: bool = False) -> int:
        """How many tokens from ``toks[i]`` form a phrase of ``table`` (0: none).

        Parameters
        ----------
        toks : list of Token
            Tokens of one sentence (a window of :meth:`before` or :meth:`after`).
        i : int
            Where the phrase would start.
        table : Phrases
            The phrases to find.
        case : bool, optional
            Compare the tokens as written (False: in lower case).

        Returns
        -------
        int
            The number of tokens of the longest phrase found, or 0.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> r.match_after(tokenize("5 per cent"), 1, r.t.units)
        2
        """
        pick = TEXT if case else LOWER
        if i >= len(toks) or pick(toks[i]) not in table.firsts:
            return 0
        for n in range(min(table.longest, len(toks) - i), 0, -1):
            if tuple(map(pick, toks[i : i + n])) in table:
                return n
        return 0

    def unit_after(self, toks: list[Token], i: int) -> tuple[UnitRow, int] | None:
        """A unit phrase at token ``i`` (after an optional hyphen) and the index after it.

        Parameters
        ----------
        toks : list of Token
            Tokens of one sentence (a window of :meth:`before` or :meth:`after`).
        i : int
            The token after the number.

        Returns
        -------
        (UnitRow, int) or None
            The unit's row and the token after it, or None.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> row, after = r.unit_after(tokenize("5 kilometres away"), 1)
        >>> row.unit, after
        ('kilometer', 2)
        """
        j = i + 1 if i < len(toks) and toks[i].text == "-" else i
        n = self.match_after(toks, j, self.t.units_case, case=True)
        if n:
            return self.t.units_case[tuple(map(TEXT, toks[j : j + n]))], j + n
        n = self.match_after(toks, j, self.t.units)
        if n:
            return self.t.units[tuple(map(LOWER, toks[j : j + n]))], j + n
        if j < len(toks) and self.currency_code(toks[j].text):
            return code_row(toks[j].text), j + 1
        return self.hyphenated_unit(toks, j)

    def hyphenated_unit(self, toks: list[Token], j: int) -> tuple[UnitRow, int] | None:
        """A unit of several words joined by hyphens: "170,000-square-foot", "a 5-metric-ton load".

        Parameters
        ----------
        toks : list of Token
            Tokens of one sentence (a window of :meth:`before` or :meth:`after`).
        j : int
            The token where the unit would start.

        Returns
        -------
        (UnitRow, int) or None
            The unit's row and the token after it, or None.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> row, after = r.hyphenated_unit(tokenize("a 170,000-square-foot store"), 3)
        >>> row.unit, after
        ('foot**2', 6)
        """
        words: list[Token] = []
        ends: list[int] = []
        k = j
        while k < len(toks) and len(words) < self.t.units.longest:
            if toks[k].text == "-" and words and k + 1 < len(toks) and toks[k].start == words[-1].end:
                k += 1
                continue
            if words and toks[k].start != toks[k - 1].end:
                break
            words.append(toks[k])
            ends.append(k + 1)
            k += 1
        for n in range(len(words), 1, -1):
            row = self.t.units.get(tuple(map(LOWER, words[:n])))
            if row is not None:
                return row, ends[n - 1]
        return None

    def unit_row(self, word: str) -> UnitRow | None:
        """The unit row a word names, if any.

        Parameters
        ----------
        word : str
            A unit word as written.

        Returns
        -------
        UnitRow or None
            Its row (case-sensitive rows first), or None.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> r.unit_row("km").unit
        'kilometer'
        """
        return self.t.units_case.get(phrase_key(word, case=True)) or self.t.units.get(phrase_key(word))

    def currency_code(self, word: str) -> bool:
        """Whether a word is a currency code ("SEK"), not a common upper-case word.

        Parameters
        ----------
        word : str
            A word as written.

        Returns
        -------
        bool
            True for three upper-case letters that are a currency code and no common word.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> r.currency_code("SEK"), r.currency_code("CEO")
        (True, False)
        """
        return (
            len(word) == 3
            and word.isupper()
            and word.isalpha()
            and word.lower() not in self.words["not_currency_codes"]
            and known_currency(word)
        )

    def currency_before(self, start: int) -> tuple[UnitRow, int] | None:
        """A currency symbol or code right before ``start``, and where it starts.

        Parameters
        ----------
        start : int
            Where the number starts in the text.

        Returns
        -------
        (UnitRow, int) or None
            The currency's row and where its symbol or code starts, or None.

        Examples
        --------
        >>> r = Reader("It cost $40 and SEK 90.", tables(), None, "median")
        >>> [(row.unit, at) for row, at in (r.currency_before(9), r.currency_before(20))]
        [('USD', 8), ('SEK', 16)]
        """
        text, ends = self.text, self.t.prefix_ends
        if start == 0 or text[start - 1] not in ends:
            return None
        end = start - 1 if text[start - 1] == " " else start  # where a symbol or code would end
        last = text[end - 1] if end else ""
        if last not in ends and (last.islower() or not last.isalpha()):
            return None  # no symbol ends so, nor a code (upper-case letters): most numbers stop here
        for k in range(min(7, start), 0, -1):
            piece = text[start - k : start]
            symbol = piece[:-1] if piece.endswith(" ") else piece
            if not symbol or symbol[0].isspace() or symbol[-1].isspace():
                continue
            if symbol[-1].isalpha() and symbol == piece and not (symbol.isupper() or symbol.istitle()):
                continue  # a word needs a space; a code may be glued ("USD10m", "RM79", "Rs79")
            if start - k > 0 and text[start - k - 1].isalnum():
                continue
            row = self.t.prefixes.get(symbol)
            if row is None and len(symbol) == 3 and self.currency_code(symbol):
                row = code_row(symbol)
            if row is not None:
                return row, start - k
        return None

    def change_verb(
        self, toks: list[Token], *, half: bool = False, measure: bool = False, rate: bool = False
    ) -> list[Token]:
        """The change verb ending ``toks``, before an optional "by" ("fell by"; "cut in" half;
        with ``rate``, "grows at" 6.9 percent).

        Parameters
        ----------
        toks : list of Token
            Tokens of one sentence (a window of :meth:`before` or :meth:`after`).
        half : bool, optional
            Take "in" as "by" ("cut in" half).
        measure : bool, optional
            Read verbs of change that need "by" without it.
        rate : bool, optional
            Take "at" as "by" ("grows at").

        Returns
        -------
        list of Token
            The verb's tokens, or an empty list.

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> [t.text for t in r.change_verb(tokenize("Sales fell by"))]
        ['fell']
        """
        last = toks[-1].lower if toks else ""
        by = 1 if last == "by" or (half and last == "in") or (rate and last == "at") else 0
        n = self.match_before(toks[: len(toks) - by], self.t.change_before)
        if not n and (by or measure):
            n = self.match_before(toks[: len(toks) - by], self.t.change_by)
        return toks[len(toks) - by - n : len(toks) - by] if n else []

    def direction(self, verb: list[Token]) -> str:
        """The direction of a change verb found by :meth:`change_verb`.

        Parameters
        ----------
        verb : list of Token
            A change verb's tokens (:meth:`change_verb`).

        Returns
        -------
        str
            Its direction ("rise", "fall", ...).

        Examples
        --------
        >>> r = Reader("Prices fell 5%. Then 7,000 jobs went.", tables(), None, "median")
        >>> r.direction(r.change_verb(tokenize("Sales fell by")))
        'fall'
        """
        key = tuple(map(LOWER, verb))
        return self.t.change_before.get(key) or self.t.change_by[key]
