"""Stage 1, numerals and quantities: where claims start; number, scale, unit, currency (what is no
claim is :mod:`claimnum.non_claims`)."""

from __future__ import annotations

import functools
import math
import re

import pint

from claimnum.errors import ClaimnumError
from claimnum.lexicon import UnitRow
from claimnum.measure_lexicon import counted_kind
from claimnum.non_claims import NonClaimReader
from claimnum.numerals import MULTIPLIERS, NUMBER_WORDS, from_match, granule_of, multiplier_of
from claimnum.reader import SCALE_WORDS, TIME_UNITS, Draft, known_currency
from claimnum.tokens import Token
from claimnum.units import canonical_unit

# Vulgar fractions start claims too, and so does a decimal point without its leading zero (".5");
# the look-behind comes after the stop, so that the scan skips quickly to digits and stops.
_DIGIT_RUN = re.compile(r"\d+|\.(?<![\w.]\.)\d+|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")
_WORD_AT = re.compile(r"[a-z]+\.?")
# Where a word may start: at the text's start or after a space or an opening bracket or quote.
_WORD_START = re.compile(r"(?:(?<![\s\S])|(?<=[\s(\"“]))(?=\S)")
_NOT_DIGIT = re.compile(r"[^\d.]")
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,2000}")
_PLUS = re.compile(r"(?:^|(?<=[\s(]))\+$|[\s(]\+$")  # "(+3.1)", not "5+3"
_MINUS = re.compile(r"(?:^|(?<=[\s(]))[-−]$|[\s($€£¥][-−]$")  # "-18 °C", "(−5%)", "$-50.8bn"
_AND_A_HALF = re.compile(r"\s{1,3}and\s{1,3}a\s{1,3}half\b(?:\s{1,3}(thousand|million|billion|trillion)\b)?")
_AND_INCHES = re.compile(
    r"(?:,\s{1,2}(?=\d{1,2}(?:\.\d)?\s{0,2}inch)|\s{0,2})(\d{1,2}(?:\.\d)?)\s{0,2}(?:inches|inch|ins|in)\b"
    # a height: "5-foot-8", "6-feet-2 inches"
    r"|-(\d{1,2})(?:[\s-](?:inches|inch|ins|in)\b)?(?![\d.,]\d|\d|-\w)"
)
# The smaller unit of a compound quantity ("1hr 4 mins", "2 hours 15 minutes", "1 min 30 sec", "6ft 2in"):
# its name, how many make one of the larger, and the pattern of its part.
_PART = r"\s{0,2}(?:and\s{1,2})?(\d{1,2})\s{0,2}"
_AND_SMALLER = {
    "hour": ("minute", 60, re.compile(_PART + r"(?:minutes|minute|mins|min|m)\b")),
    "minute": ("second", 60, re.compile(_PART + r"(?:seconds|second|secs|sec|s)\b")),
    "foot": ("inch", 12, _AND_INCHES),
}
_SEPARATED = re.compile(r"\d[,.]\d")
_NOT_ORDINAL = re.compile(r" in | out |s$")
_PUNCTUATION = "\"'“”‘’()[]{},.;:!?…"
# "half a million", "a quarter of a billion", "a quarter million", "a half-dozen", "half-a-dozen"
_OF_A_SCALE = re.compile(
    r"(?:\s{1,3}(?:(?:of\s{1,3})?an?\s{1,3})?|-(?:an?-)?)(thousand|million|billion|trillion|dozen)\b"
)
# A player's size with the weight glued to the inches by a comma: "(6-3,205)" is no "3,205".
_SIZE_OPENING = re.compile(r"\([4-7]-")
_GLUED_WEIGHT = re.compile(r"(1[01]|\d),([1-3]\d\d)\)")
_BOTH_REACH = 4  # words after "both" among which an "and" makes it coordinate two things
AGO = frozenset(("earlier", "ago", "before", "later", "previously", "prior"))
BIG_SCALES = frozenset(("thousand", "million", "billion", "trillion"))
# "a day or two": one to two of a unit.
_OR_MORE_UNITS = re.compile(r"\s{1,3}or\s{1,3}(two|three)\b")
_SMALL = {"two": 2.0, "three": 3.0}
_DASHES = re.compile(r"[-–—]")
_RANGE_NEXT = re.compile(rf"\s{{0,2}}(?:or|to|-|–)\s{{0,2}}(?=\d|(?i:{'|'.join(sorted(NUMBER_WORDS))})\b)")


def decimal_of(digits: str) -> float:
    return float(_NOT_DIGIT.sub("", digits))


@functools.lru_cache(maxsize=1024)
def canonical_or_none(unit: str) -> str | None:
    """The canonical form of a unit extraction composed ("USD/year"), or None when there is none.

    pint's own ``UndefinedUnitError`` is caught too: ``units.canonical_unit`` lets it escape for a
    temperature per decade ("delta_decade"), and a unit extraction cannot compose is no claim's unit.
    """
    try:
        return canonical_unit(unit)
    except (ClaimnumError, pint.errors.UndefinedUnitError):
        return None


class QuantityReader(NonClaimReader):
    """The quantity stage: where claims start, numbers with their scale, unit and currency."""

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
        draft = Draft(start, end, (numeral.value,), numeral.granule, core_start=start, core_end=end)
        if _MINUS.match(self.text, max(start - 2, 0), start) and match.group("digits") is not None:
            draft.values, draft.start = (-numeral.value,), start - 1  # "-18 °C", "(−5%)"
        elif self.minus_glued(start, end):
            draft.values, draft.start = (-numeral.value,), start - 1  # "and-15C": a scraped space lost
        elif _PLUS.match(self.text, max(start - 2, 0), start):
            draft.start = start - 1  # "(+3.1)": a signed change, read after the claim before it
        elif self.low[max(start - 6, 0) : start] in ("minus ", "minus-") and not self.low.endswith(
            "plus or minus ", max(start - 14, 0), start
        ):
            draft.values, draft.start = (-numeral.value,), start - 6
        if match.group("fraction") is not None:
            return self.fraction(draft)
        digits = match.group("digits")
        currency = self.currency_before(draft.start)
        if currency is not None and draft.start - currency[1] == 1 and self.text[currency[1]].isalpha():
            # A one-letter currency glued to digits ("R26 million", "R12,000") needs money's shape:
            # "R5" and "R101" name roads and models.
            shaped = match.group("abbr") or match.group("mult") or _SEPARATED.search(digits or "")
            currency = currency if shaped else None
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
        if draft.unit in _AND_SMALLER and len(draft.values) == 1:
            self.and_smaller(draft, *_AND_SMALLER[draft.unit])
        if self.not_a_claim(draft, digits) or not self.by_grammar(draft):
            return None
        return draft

    def and_smaller(self, draft: Draft, unit: str, per_larger: int, smaller: re.Pattern[str]) -> None:
        """ "1hr 4 mins", "1 min 30 sec", "6ft 2in": a quantity in two units is one, in the smaller.

        The smaller unit reads it exactly (64 minutes, 74 inches) where the larger would need a
        recurring fraction of an hour or a foot.
        """
        found = smaller.match(self.text, draft.end)
        part = "" if found is None else found.group(found.lastindex or 1)
        if found is not None and float(part) < per_larger:
            draft.values = (draft.values[0] * per_larger + decimal_of(part),)
            places = len(part.partition(".")[2])  # "30 sec" is read to the second, not to ten
            draft.granule, draft.unit, draft.end = 10.0**-places, unit, found.end()

    def million_by_context(self, end: int) -> bool:
        """Whether an "m" glued to digits is million: a unit ("1.2m tons", "2m euros") or a plural
        noun follows; a length is never followed by another unit, and "a 100m sprint" is one."""
        toks = self.after(end)[:2]
        if not toks or toks[0].start > end + 1:
            return False
        found = self.unit_after(toks, 0)
        if found is not None:
            return not found[0].needs_change and found[0].unit != "percent"
        return any(
            (self.is_content(t.text) and t.lower.endswith("s")) or t.lower in self.words["plurals"]
            for t in toks
        )  # "2.5m people", "100m times" (a multiple, however short)

    def glued(self, end: int) -> str | None:
        """Letters glued to the digits: "" when none, None when they are no unit."""
        text, j = self.text, end
        if end < len(text) and text[end] == "/":
            return ""  # "$15/hour": a rate, read after the unit
        while j < len(text) and j - end < 10 and (text[j].isalpha() or text[j] in "°º%/²³¢″"):
            j += 1
        if j == end:
            return '"' if text.startswith('"', end) and self.inch_mark(end) else ""
        if j < len(text) and text[j] in "23" and (j + 1 == len(text) or not text[j + 1].isalnum()):
            j += 1  # "32m2", "5km2": a power written as a digit
        if j < len(text) and text[j].isalnum():
            return None
        word = text[end:j]
        known = word in self.t.attached or word in self.words["ratio_glued"] or self.unit_row(word)
        return word if known else None

    def apply_unit(self, draft: Draft, row: UnitRow, end: int) -> None:
        draft.unit = row.scaled_unit if row.scaled_unit and draft.factor > 1 else row.unit
        last = self.last
        if (
            row.context_currency
            and last is not None
            and known_currency(last.unit)
            and self.sentence_span(last.start) == self.sentence_span(draft.start)
        ):
            draft.unit = last.unit  # "1.89 euros, down 12 cents"
        draft.points, draft.loose_points = row.points, row.needs_change
        if row.factor != 1.0:
            draft.values = tuple(v * row.factor for v in draft.values)
            draft.granule = None if draft.granule is None else draft.granule * row.factor
        draft.end = end

    def unit(self, draft: Draft) -> None:
        """A unit written after the number (none after a currency symbol), then a rate."""
        toks = self.after(draft.end)
        if not toks or toks[0].start - draft.end > 2:
            return
        j = 0
        if not draft.currency:
            found = self.unit_after(toks, 0)
            if found is None:
                self.count_rate(draft, toks)
                return
            row, j = found
            after_unit = toks[j].lower if j < len(toks) else ""
            if (
                row.needs_change
                and not self.near_change(draft.core_start)
                and (after_unit,) not in self.t.change_after
            ):
                return
            self.apply_unit(draft, row, toks[j - 1].end)
            draft.adjectival = toks[0].text == "-" or self.unhyphenated(draft, toks, j)
        self.rate(draft, toks, j)

    def unhyphenated(self, draft: Draft, toks: list[Token], j: int) -> bool:
        """ "a 40 mph zone", "the 180 km stage": a measure used as an adjective without its hyphen."""
        before = self.before(draft.start)
        if not before or before[-1].lower not in ("a", "an", "the") or j >= len(toks):
            return False
        noun = toks[j].text
        return noun.islower() and self.is_content(noun) and not self.is_verb(noun)

    def near_change(self, position: int) -> bool:
        """A change word among the few words before ``position`` ("down 2 points")."""
        toks = self.before(position)
        return bool(
            self.change_verb(toks[: len(toks) - self.match_before(toks, self.t.before)], measure=True)
        )

    def count_rate(self, draft: Draft, toks: list[Token]) -> None:
        """A count per unit of time: "400 cars a week", "three meals a day", "90K a year" (the
        counted noun stays the subject; the unit is per time, as "barrels a day" is)."""
        if self.text[draft.start - 1 : draft.start] in ("^", "/") and draft.start:
            return  # "J/m^2 per year": the power of a unit, no count
        noun, j = self.noun_after(toks, 0)
        j = j if noun is not None else 0  # "90K a year": no noun counted
        if j + 1 >= len(toks) or toks[j].lower not in ("a", "an", "per", "each", "every"):
            return
        if j + 2 < len(toks) and (toks[j + 2].lower in AGO or toks[j + 2].lower in ("after", "from", "on")):
            return  # "12 people a year ago", "40 cars a day after the flood"
        row = self.unit_row(toks[j + 1].text)
        if row is None or row.unit not in TIME_UNITS:
            return
        draft.unit, draft.subject = f"1/{row.unit}", noun
        if j == 0:
            draft.end = toks[j + 1].end  # "90K a year": the rate is the claim's own words

    def rate(self, draft: Draft, toks: list[Token], j: int) -> None:
        """A rate after the unit: "barrels a day", "$15 per hour", "$350/kg"."""
        if draft.unit == "percent" or j + 1 >= len(toks) or toks[j].lower not in ("a", "an", "per", "/"):
            return
        rate = self.unit_after(toks, j + 1)
        if rate is not None and rate[1] < len(toks) and toks[rate[1]].lower in AGO:
            return  # "SEK 95m a year earlier": a point in time, not a rate
        if rate is not None and not known_currency(rate[0].unit) and rate[0].unit != "percent":
            per = canonical_or_none(f"{draft.unit}/{rate[0].unit}")
            if per is not None:
                draft.unit, draft.end = per, toks[rate[1] - 1].end

    def words_number(self, draft: Draft, words: str) -> Draft | None:
        draft.digits = False
        scales = [MULTIPLIERS[w] for w in words.lower().split() if w in BIG_SCALES]
        draft.factor = float(max(scales, default=1))
        if not scales:
            self.and_a_half(draft)
        self.unit(draft)
        if (
            draft.unit
            or draft.values[0] > 1
            or self.qualified(draft)
            or self.counts_a_noun(draft)
            or self.casualty_count(draft)
        ):
            return draft
        return None  # "one of them", "zero tolerance"

    def casualty_count(self, draft: Draft) -> bool:
        """ "killing one", "arrested one", "one was injured": a casualty verb next to "one" counts it."""
        before, after = self.before(draft.start), self.after(draft.end)
        if before and before[-1].lower in self.words["casualty_verbs"]:
            return not after or after[0].lower not in ("of", "another")  # not "killing one another"
        return self.casualty_after(after)

    def casualty_after(self, after: list[Token]) -> bool:
        """ "was injured", "has been killed", "were hurt": a passive casualty verb after a count."""
        participle = next(
            (
                t.lower
                for t in after[:3]
                if t.lower not in ("was", "is", "has", "had", "been", "were", "have")
            ),
            "",
        )
        return (
            participle in self.words["casualty_verbs"]
            and bool(after)
            and after[0].lower in ("was", "is", "has", "had", "were", "have")
        )

    def and_a_half(self, draft: Draft) -> None:
        """ "two and a half years", "one and a half million": a half more, before any scale."""
        half = _AND_A_HALF.match(self.low, draft.end)
        if half is None:
            return
        factor = MULTIPLIERS[half.group(1)] if half.group(1) else 1
        value = draft.values[0]
        draft.values = ((value + math.copysign(0.5, value)) * factor,)  # "minus two and a half": -2.5
        draft.factor, draft.granule, draft.end = float(factor), 0.5 * factor, half.end()

    def counts_a_noun(self, draft: Draft) -> bool:
        """ "one soldier", "one of the 3 strains", "a one-seat majority"; not "one of them", "one day"."""
        toks = self.after(draft.end)
        if len(toks) > 2 and toks[0].lower == "of" and toks[1].lower == "the" and toks[2].text[:1].isdigit():
            return True
        if len(toks) > 1 and toks[0].text == "-" and toks[0].start == draft.end:
            toks = toks[1:]  # "a one-seat majority": a measure as an adjective
        if not toks or not self.is_content(toks[0].text) or toks[0].lower in self.words["not_counted"]:
            return False
        return not self.tells(toks)

    def tells(self, toks: list[Token]) -> bool:
        """ "one friend said", "one neighbour, who asked not to be named, told": a source, no count."""
        if len(toks) > 1 and toks[1].lower in self.words["telling_verbs"]:
            return True
        if len(toks) < 4 or toks[1].text != "," or toks[2].lower not in ("who", "whose"):
            return False
        comma = next((k for k in range(3, min(len(toks), 14)) if toks[k].text in ",.;"), 0)
        return (
            0 < comma < len(toks) - 1
            and toks[comma].text == ","
            and toks[comma + 1].lower in self.words["telling_verbs"]
        )

    def qualified(self, draft: Draft) -> bool:
        """A qualifier, a change verb or a range connector next to a small number."""
        toks = self.before(draft.start)
        if self.match_before(toks, self.t.before) or self.change_verb(toks, half=True):
            return True
        return _RANGE_NEXT.match(self.text, draft.end) is not None

    def fraction(self, draft: Draft) -> Draft | None:
        """ "half", "a third of", "one in five": shares; ordinals ("a third term") are not."""
        draft.digits = False
        written = self.text[draft.start : draft.end].lower()
        scaled = _OF_A_SCALE.match(self.low, draft.end)
        if scaled is not None:  # "half a million", "a quarter of a billion dollars"
            factor = MULTIPLIERS.get(scaled.group(1), 12)  # "half a dozen", "a half-dozen"
            draft.values, draft.factor, draft.end = (draft.values[0] * factor,), float(factor), scaled.end()
            self.unit(draft)
            return draft
        if not written[-1].isalpha():  # "1/2", "½", "2½": a fraction in figures is never an ordinal
            self.unit(draft)
            return draft
        toks, nxt = self.before(draft.start), self.after(draft.end)
        previous = toks[-1].lower if toks else ""
        following = nxt[0].text.lower() if nxt else ""
        if written.endswith(("half", "quarter")):
            skip = 2 if following == "of" and len(nxt) > 1 and nxt[1].lower in ("a", "an") else 0
            found = self.unit_after(nxt, 1 if following in ("a", "an") else skip)
            hyphened = bool(nxt) and nxt[0].text == "-" and nxt[0].start == draft.end  # "a half-gallon"
            if (
                found is not None
                and (hyphened or self.one_unit(found[0], nxt[found[1] - 1]))
                and previous not in self.words["temporal"]
            ):
                self.apply_unit(draft, found[0], nxt[found[1] - 1].end)
                return draft  # "half an hour", "the half hour", "a quarter-century", "a quarter of a mile"
        if written == "half":
            if previous in self.words["temporal"] or previous in ("the", "second", "latter", "other", "and"):
                return None
            if following not in ("of", "a", "an", "the", "its", "their") and not self.qualified(draft):
                return None
        elif (
            not _NOT_ORDINAL.search(written)
            and following != "of"
            and not (following == "the" and previous != "the")  # "one quarter the power"
            and not self.qualified(draft)
        ):
            return self.ordinal_count(draft, toks, nxt)  # "a third term" is an ordinal, no share
        return draft

    def ordinal_count(self, draft: Draft, toks: list[Token], nxt: list[Token]) -> Draft | None:
        """ "a third co-worker was hurt", "a second climber died": an ordinal after "a" before a
        noun of people adds one to a count of them; "the third co-worker" and "a third term"
        count nothing."""
        words = self.low[draft.start : draft.end].split()
        if len(words) != 2 or words[0] not in ("a", "an") or not self.counts_people(nxt):
            return None
        draft.values = (self.ordinal_value(draft.start, float(round(1 / draft.values[0]))),)
        draft.granule, draft.written = 1.0, True
        return draft

    def ordinal_value(self, start: int, ordinal: float) -> float:
        """The count an ordinal before people gives: the ordinal ("a second climber died": two),
        or one after the count of the others in its sentence ("killing two and wounding a third
        co-worker": one more, told apart from the two)."""
        last = self.last
        told = (
            last is not None
            and last.values == (ordinal - 1,)
            and self.sentence_span(last.start) == self.sentence_span(start)
        )
        return 1.0 if told else ordinal

    def counts_people(self, toks: list[Token]) -> bool:
        """Whether the noun phrase starting ``toks`` names people: "co-worker", "masked gunman"."""
        noun, _ = self.noun_after(toks, 0)
        head = (noun or "").lower().split()[-1:]
        if not head or toks[0].lower in ("-", "of"):
            return False
        word = head[0].rsplit("-", 1)[-1]
        return word in self.words["people_nouns"] or counted_kind(word) == "people"

    def vague(self, match: re.Match[str]) -> Draft | None:
        words = match.group().lower().split()
        head = next((" ".join(words[:n]) for n in (4, 3, 2) if " ".join(words[:n]) in self.t.vague), words[0])
        row = self.t.vague.get(head)
        if row is None:
            return None
        scale = row.scale
        for word in words[len(head.split()) :]:
            scale *= SCALE_WORDS.get(word, 1)
        after = self.after(match.end())
        following = after[0].text.lower() if after else ""
        if (row.needs_scale and scale == row.scale) or (row.needs_of and following != "of"):
            return None
        if row.values and self.text.startswith("-", match.end()):
            return None  # "a twice-divorced man", "the once-mighty club": part of an adjective
        if row.needs_casualty and not self.casualty_after(after):
            return None  # "no one knew": no count of anything
        if row.needs_after and (
            following not in row.needs_after
            or any(t.lower in self.words["possessives"] for t in self.before(match.start())[-2:])
        ):
            return None  # "the minutes of the meeting", "in her final years after": no span of time
        if row.needs_people and not self.counts_people(after):
            return None  # "for a second", "a second term": no count of people
        if row.alone and self.coordinates(self.before(match.start()), after):
            return None  # "both the US and China", "Acme and Zeta both fell": two named, not a count
        if row.needs_before:
            previous = self.before(match.start())[-1:]
            if not previous or previous[0].lower not in row.needs_before:
                return None  # "in the early 30s": a decade, not an age
        grain = 1.0 if len(row.values) == 1 else None  # "twice", "no one": counted one by one
        values = (self.ordinal_value(match.start(), row.values[0]),) if row.needs_people else row.values
        draft = Draft(
            match.start(), match.end(), values, grain, core_start=match.start(), core_end=match.end()
        )
        draft.sense, draft.scale, draft.digits, draft.written = row.sense, scale, False, bool(row.values)
        draft.measure = row.measure or None
        if row.unit:
            draft.unit = row.unit  # "decades": tens of years
            return draft
        found = self.unit_after(after, 1 if following == "of" else 0)
        if found is not None and found[0].unit != "percent":  # "dozens of euros", "thousands of hectares"
            self.apply_unit(draft, found[0], after[found[1] - 1].end)
        return draft

    def coordinates(self, before: list[Token], after: list[Token]) -> bool:
        """ "Both" that coordinates or restates two things it names: "both the US and China" (an
        "and" among the few words after it, before any verb), "Acme and Zeta both fell" (after its
        subject, before the verb: the subject counts, "both" repeats it)."""
        if after and after[0].lower in self.words["both_idioms"]:
            return True  # "both sides", "both ways": an idiom of two sides, no count
        verb_next = bool(after) and (after[0].lower in self.words["auxiliaries"] or self.is_verbal(after[0]))
        if verb_next and before and before[-1].text[:1].isalnum():
            return True
        for token in after[:_BOTH_REACH]:
            if token.lower == "and":
                return True
            if (
                token.lower in self.words["auxiliaries"]
                or self.is_verbal(token)
                or not token.text[:1].isalnum()
            ):
                return False
        return False

    def one_unit(self, row: UnitRow, token: Token) -> bool:
        """A unit that "a" counts as one: of time, or of length as the lexicon lists ("a mile")."""
        return row.unit in TIME_UNITS or token.lower in self.words["one_of"]

    def article(self, match: re.Match[str]) -> Draft | None:
        """ "more than a century", "within a week", "less than an inch": one unit after a qualifier;
        "a day or two" is one to two days, and "a week or so" about one.

        Without a qualifier "a week" is rarely a claim ("twice a week", "in a decade").
        """
        first = match.group().split()[0]
        end = match.start() + (len(first) if first.lower() in ("a", "an") else 0)  # "day or two": none
        draft = Draft(match.start(), end, (1.0,), 1.0, core_start=match.start(), core_end=end)
        draft.digits = False
        self.unit(draft)
        if not draft.unit or "/" in draft.unit:
            return None
        toks = self.before(draft.start)
        n = self.match_before(toks, self.t.before)
        more = _OR_MORE_UNITS.match(self.low, draft.end)
        if more is not None and not n:  # a qualifier keeps its sense: "within a minute or two"
            draft.values, draft.sense, draft.end = (1.0, _SMALL[more.group(1)]), "range", more.end()
            return draft
        if (
            not n
            and not self.match_after(self.after(draft.end), 0, self.t.after)
            and not self.timed(draft, toks)
        ):
            return None  # "twice a week"; but "a week or so"
        if n == 1 and self.over_a_period(draft, toks):
            return None
        return draft

    def timed(self, draft: Draft, toks: list[Token]) -> bool:
        """ "for a year", "a month ago", "an hour after": one unit of time that lasts or dates."""
        if draft.unit not in TIME_UNITS:
            return False
        previous = toks[-1].lower if toks else ""
        if previous in self.words["one_unit_before"]:
            return True
        following = self.after(draft.end)[:1]
        last = self.last
        after_a_claim = (  # "58 a year earlier"
            last is not None
            and draft.start - last.end <= 2
            and self.sentence_span(last.start) == self.sentence_span(draft.start)
        )
        return (
            bool(following)
            and following[0].lower in self.words["one_unit_after"]
            and previous not in self.words["comparison_bases"]
            and not after_a_claim
        )

    def change_word(self, match: re.Match[str]) -> Draft:
        row = self.t.change_words[" ".join(match.group().lower().split())]
        draft = Draft(
            match.start(), match.end(), (row.value,), None, core_start=match.start(), core_end=match.end()
        )
        draft.change, draft.kind, draft.digits, draft.written = "ratio", "ratio", False, False
        draft.predicate = match.group().split()[0].lower()
        after = self.after(match.end())
        if after and (after[0].lower,) in self.t.change_after and after[0].start - match.end() <= 1:
            draft.end = after[0].end  # "a threefold increase"
        return draft

    def over_a_period(self, draft: Draft, toks: list[Token]) -> bool:
        """ "over five years" spans time, unless something lasted or took over five years."""
        following = self.after(draft.end)
        period = not draft.unit and bool(following) and following[0].lower in self.words["periods"]
        if toks[-1].lower != "over" or not (draft.unit in TIME_UNITS or period):
            return False
        return len(toks) < 2 or toks[-2].lower not in self.words["duration_verbs"]
