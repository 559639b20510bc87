"""Stage 1, numerals and quantities: where claims start; number, scale, unit, currency (what is no
claim is :mod:`claimnum.non_claims`, units :mod:`claimnum.unit_phrases`, quantities written in
words :mod:`claimnum.word_quantities`)."""

from __future__ import annotations

import re

from claimnum.lexicon import UnitRow
from claimnum.numerals import from_match, granule_of, multiplier_of
from claimnum.reader import Draft
from claimnum.unit_phrases import decimal_of
from claimnum.word_quantities import WordQuantityReader

# Vulgar fractions start claims too, and so does a decimal point without its leading zero (".5");
# the look-behind comes after the stop, so that the scan skips quickly to digits and stops.
_DIGIT_RUN = re.compile(r"\d+|\.(?<![\w.]\.)\d+|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")
_WORD_AT = re.compile(r"[a-z]+\.?")
# Where a word may start: at the text's start or after a space or an opening bracket or quote.
_WORD_START = re.compile(r"(?:(?<![\s\S])|(?<=[\s(\"“]))(?=\S)")
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,2000}")
_PLUS = re.compile(r"(?:^|(?<=[\s(]))\+$|[\s(]\+$")  # "(+3.1)", not "5+3"
_MINUS = re.compile(r"(?:^|(?<=[\s(]))[-−]$|[\s($€£¥][-−]$")  # "-18 °C", "(−5%)", "$-50.8bn"
_SEPARATED = re.compile(r"\d[,.]\d")
_PUNCTUATION = "\"'“”‘’()[]{},.;:!?…"
# A player's size with the weight glued to the inches by a comma: "(6-3,205)" is no "3,205".
_SIZE_OPENING = re.compile(r"\([4-7]-")
_GLUED_WEIGHT = re.compile(r"(1[01]|\d),([1-3]\d\d)\)")
_DASHES = re.compile(r"[-–—]")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_MOST_DIGITS = 1e12  # the significant digits floats read reliably (``semantics`` reads no more)
_NUMBER_SIGN = re.compile(r"\bNo\.\s{0,2}$")  # "No. 5": a number in a ranking or a list
_NOT_SCALES = frozenset(("k", "t"))  # "p5k", "e4t": no amount of money a lost sign could precede


class QuantityReader(WordQuantityReader):
    """The quantity stage: where claims start, numbers with their scale, unit and currency.

    Parameters
    ----------
    text, tables, source, profile
        As :class:`~claimnum.reader.Reader` takes them:
        the document, the lexicon's tables, the document's source, its profile.

    Examples
    --------
    >>> from claimnum.reader import tables
    >>> reader = QuantityReader("About 40 died and 3,000 fled.", tables(), None, "median")
    >>> [m.group() for m in reader.items()]
    ['40', '3,000']
    """

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
                    found.extend(self.glued_size(match))
                    end = match.end()
                    break
        return [m for m in found if m.lastgroup != "skip"]

    def glued_size(self, match: re.Match[str]) -> tuple[re.Match[str], ...]:
        """A match, or the two a player's size glues together: "(6-3,205)" is 3 inches and 205 pounds."""
        at, text = match.start(), self.text
        glued = _GLUED_WEIGHT.match(text, at) if at > 2 else None
        if glued is None or not _SIZE_OPENING.fullmatch(text, at - 3, at):
            return (match,)
        spaced = f"{text[: glued.end(1)]} {text[glued.start(2) :]}"  # the same offsets, the comma a space
        inches, weight = (
            self.t.master.match(text, at, glued.end(1)),
            self.t.master.match(spaced, glued.start(2)),
        )
        return (match,) if inches is None or weight is None else (inches, weight)

    def digit_positions(self) -> list[int]:
        self.digit_starts = [m.start() for m in _DIGIT_RUN.finditer(self.text)]
        return self.digit_starts

    def word_positions(self) -> list[int]:
        """Where the words that can start a claim ("three", "dozens", "halved") stand."""
        low = self.low
        seen = {w.strip(_PUNCTUATION) for w in set(low.split())}  # each distinct word stripped once
        seen |= {part for w in seen for part in _DASHES.split(w)}  # "two--at", "two–at"
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
        for start in _WORD_START.finditer(text, max(floor, position - 16), position):
            q = start.start()
            word = _WORD_AT.match(low, q)
            if text[q] in "+#(’'" or (word is not None and word.group() in self.t.skip_starts):
                found.append(q)
        found.append(position)
        return found

    def number(self, match: re.Match[str]) -> Draft | None:
        """A numeral with its currency, multiplier and unit; None if it is not a claim."""
        numeral = from_match(match)
        if numeral is None:
            return None
        start, end = numeral.start, numeral.end
        granule = numeral.granule
        while granule is not None and abs(numeral.value) > _MOST_DIGITS * granule:
            granule *= 10.0  # floats read 12 significant digits: a longer numeral is read at its 12th
        draft = Draft(start, end, (numeral.value,), granule, core_start=start, core_end=end)
        width, negative = self.sign_before(start, end, match.group("digits") is not None)
        draft.start = start - width
        if negative:
            draft.values = (-numeral.value,)
        if match.group("fraction") is not None:
            return self.fraction(draft)
        digits = match.group("digits")
        currency = self.currency_before(draft.start)
        if currency is not None and draft.start - currency[1] == 1 and self.text[currency[1]].isalpha():
            # A one-letter currency glued to digits ("R26 million", "R12,000") needs money's shape:
            # "R5" and "R101" name roads and models.
            shaped = match.group("abbr") or match.group("mult") or _SEPARATED.search(digits or "")
            currency = currency if shaped else None
        if currency is None and digits is not None:
            currency = self.lost_sign(start, (match.group("abbr") or match.group("mult") or "").lower())
        if currency is not None:
            draft.start, draft.unit, draft.currency = currency[1], currency[0].unit, True
        elif start and self.text[start - 1].isalpha():
            return None  # digits glued to letters that are no currency: "MH17"
        if digits is None:
            found = self.words_number(draft, match.group("words"))
            return found if found is not None and self.by_grammar(found) else None
        written = (match.group("abbr") or match.group("mult") or "").lower()
        if written == "k" and currency is None and self.is_race(end):
            draft.values, draft.granule = (decimal_of(digits),), granule_of(digits)
            self.apply_unit(draft, self.t.units[("km",)], end)  # "a 10K run": ten kilometres
            return draft if self.by_grammar(draft) else None
        if (written == "t" and currency is None) or (
            written in ("m", "b") and currency is None and not self.million_by_context(end)
        ):
            written, draft.end = "", start + len(digits)  # "100m" is a length
            draft.values, draft.granule = (decimal_of(digits),), granule_of(digits)
        draft.factor = float(multiplier_of(written))
        if not written:
            self.and_a_half(draft)
        if not written and self.in_pixels(draft, digits):
            draft.unit = "pixel"  # "1920 x 1200 resolution": each side of the screen in pixels
            return draft
        suffix = _ORDINAL_SUFFIX.match(self.text, draft.end) if not written and currency is None else None
        if suffix is not None and digits.isdigit() and draft.start == start:
            draft.end = suffix.end()  # "30th", "5th": a claim where it states a rank or a count
            return self.ordinal(draft)
        if not written and currency is None and self.rank(draft, digits):
            return draft  # "the No. 5 seed": a place in a ranking
        if not written and currency is None and self.game_clock(draft, digits):
            return draft if self.by_grammar(draft) else None  # "with 3:12 remaining": 288 seconds
        glued = self.glued(draft.end)
        if glued is None:
            return None  # "5G", "3D": a name, not a number
        if glued in self.words["ratio_glued"]:
            draft.change, draft.kind, draft.end = "ratio", "ratio", draft.end + len(glued)  # "3x faster"
        elif glued:
            row = self.t.attached.get(glued) or self.unit_row(glued)
            if row is None or draft.currency:
                return None
            self.apply_unit(draft, row, draft.end + len(glued))
        else:
            self.unit(draft)
        self.and_smaller(draft)
        if self.not_a_claim(draft, digits) or not self.by_grammar(draft):
            return None
        return draft

    def rank(self, draft: Draft, digits: str) -> bool:
        """ "the No. 5 seed", "No. 1 ranked": a number after "No." before a word of ranking
        (``rank_after``) is a place in a ranking, measure "rank" (other "No. 10"s are names)."""
        sign = (
            _NUMBER_SIGN.search(self.text, max(draft.start - 5, 0), draft.start) if digits.isdigit() else None
        )
        if sign is None:
            return False
        following = self.after(draft.end)
        k = 1 if following and following[0].text == "-" else 0
        if len(following) <= k or following[k].lower not in self.words["rank_after"]:
            return False
        draft.start = sign.start()
        draft.granule, draft.written, draft.measure = 1.0, True, "rank"
        return True

    def lost_sign(self, start: int, scale: str) -> tuple[UnitRow, int] | None:
        """A currency sign that the text's encoding turned into a letter glued to an amount with a
        scale word ("e40 million": euros, "p12million": pounds; ``lost_signs`` pairs the letter and
        its sign); "E85 fuel" and "p53 protein" have no scale and stay names."""
        if start < 1 or not scale or scale in _NOT_SCALES or (start > 1 and self.text[start - 2].isalnum()):
            return None
        letter = self.text[start - 1]
        sign = next((pair[1:] for pair in self.words["lost_signs"] if pair[0] == letter.lower()), None)
        if sign is None or (letter.isupper() and letter.lower() not in self.words["lost_signs_upper"]):
            return None
        row = self.t.prefixes.get(sign)
        return None if row is None else (row, start - 1)

    def sign_before(self, start: int, end: int, digits: bool) -> tuple[int, bool]:
        """The sign written before a numeral: its width and whether it is a minus ((0, False): none).

        Each rule is one way of writing a sign; the first that holds decides.
        """
        text = self.text
        if digits and _MINUS.match(text, max(start - 2, 0), start):
            return 1, True  # "-18 °C", "(−5%)", "$-50.8bn"
        if self.minus_glued(start, end):
            return 1, True  # "and-15C": a scraped space lost
        if _PLUS.match(text, max(start - 2, 0), start):
            return 1, False  # "(+3.1)": a signed change, read after the claim before it
        if self.low[max(start - 6, 0) : start] in ("minus ", "minus-") and not self.low.endswith(
            "plus or minus ", max(start - 14, 0), start
        ):
            return 6, True  # "minus 20", "minus-130"
        return 0, False
