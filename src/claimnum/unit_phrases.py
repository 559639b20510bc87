"""Stage 1, the unit written with a number: a unit glued to the digits or after them ("640bhp",
"5 km"), a compound quantity in two units ("1hr 4 mins", "6ft 2in"), an "m" that is million
("1.2m tons"), a count or an amount per unit of time ("400 cars a week", "barrels a day")."""

from __future__ import annotations

import functools
import re

import pint

from claimnum.errors import ClaimnumError
from claimnum.lexicon import UnitRow
from claimnum.non_claims import NonClaimReader
from claimnum.reader import TIME_UNITS, Draft, known_currency
from claimnum.tokens import Token
from claimnum.units import canonical_unit

_AND_INCHES = re.compile(
    r"(?:,\s{1,2}(?=\d{1,2}(?:\.\d)?\s{0,2}inch)|\s{0,2})(\d{1,2}(?:\.\d)?)\s{0,2}(?:inches|inch|ins|in)\b"
    # a height: "5-foot-4", "6-feet-2 inches"
    r"|-(\d{1,2})(?:[\s-](?:inches|inch|ins|in)\b)?(?![\d.,]\d|\d|-\w)"
)
# The smaller unit of a compound quantity ("1hr 4 mins", "2 hours 15 minutes", "1 min 30 sec", "6ft 2in"):
# its name, how many make one of the larger, and the pattern of its part.
_PART = r",?\s{0,2}(?:and\s{1,2})?(\d{1,2})\s{0,2}"
_AND_SMALLER = {
    "hour": ("minute", 60, re.compile(_PART + r"(?:minutes|minute|mins|min|m)\b")),
    "minute": ("second", 60, re.compile(_PART + r"(?:seconds|second|secs|sec|s)\b")),
    "foot": ("inch", 12, _AND_INCHES),
}
_NOT_DIGIT = re.compile(r"[^\d.]")
_CLOCK_SECONDS = re.compile(r":([0-5]\d)(?![\d:])")  # the seconds of "3:12"
_SPACES = re.compile(r"\s+")
_PAIR_END = re.compile(r"\d[-–]$")  # the first figure of a pair and its dash, right before a number
AGO = frozenset(("earlier", "ago", "before", "later", "previously", "prior"))


def decimal_of(digits: str) -> float:
    """The value of digits as written, their separators dropped.

    Parameters
    ----------
    digits : str
        Digits with thousands separators and a decimal point ("12,000.5").

    Returns
    -------
    float
        Their value.

    Examples
    --------
    >>> decimal_of("12,000.5")
    12000.5
    """
    return float(_NOT_DIGIT.sub("", digits))


@functools.lru_cache(maxsize=1024)
def canonical_or_none(unit: str) -> str | None:
    """The canonical form of a unit extraction composed ("USD/year"), or None when there is none.

    pint's own ``UndefinedUnitError`` is caught too: ``units.canonical_unit`` lets it escape for a
    temperature per decade ("delta_decade"), and a unit extraction cannot compose is no claim's unit.

    Parameters
    ----------
    unit : str
        A unit as extraction composed it ("USD/year").

    Returns
    -------
    str or None
        Its canonical form, or ``None``.

    Examples
    --------
    >>> canonical_or_none("USD/year"), canonical_or_none("delta_decade")
    ('USD/year', None)
    """
    try:
        return canonical_unit(unit)
    except (ClaimnumError, pint.errors.UndefinedUnitError):
        return None


_CELSIUS_LOW, _CELSIUS_HIGH = -90.0, 60.0  # the coldest and hottest air on Earth, near enough


class UnitReader(NonClaimReader):
    """The units of stage 1: what is written with a number says what it is counted in.

    Parameters
    ----------
    text, tables, source, profile
        As :class:`~claimnum.reader.Reader` takes them: the document, the
        lexicon's tables, its source, the profile.

    Examples
    --------
    >>> from claimnum.reader import tables
    >>> UnitReader("It is 5km away.", tables(), None, "median").glued(7)
    'km'
    """

    def unit(self, draft: Draft) -> None:
        """A unit written after the number (none after a currency symbol), then a rate."""
        toks = self.after(draft.end)
        if not toks or toks[0].start - draft.end > 2:
            return
        j = 0
        if not draft.currency:
            found = self.unit_after(toks, 0) or self.unit_of_series(toks)
            if found is None:
                if not self.scale_less_degrees(draft, toks):
                    self.count_rate(draft, toks)
                return
            row, j = found
            if row.unit in self.words["counted_periods"] and self.after_record(draft, toks[j - 1]):
                return  # "a 5-11 season": a record of the season, no count of seasons
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

    def after_record(self, draft: Draft, noun: Token) -> bool:
        """Whether a singular noun follows the second figure of a pair: "a 5-11 season" (a record)."""
        return _PAIR_END.search(
            self.text, max(draft.start - 6, 0), draft.start
        ) is not None and not self.is_plural(noun.lower)

    def unit_of_series(self, toks: list[Token]) -> tuple[UnitRow, int] | None:
        """A unit after a word of a series: "10 consecutive years", "three straight seasons"
        (``series_adjectives``); never a percentage or a currency.

        Parameters
        ----------
        toks : list of Token
            The tokens after the number.

        Returns
        -------
        tuple of (UnitRow, int) or None
            The unit's row and the index of the token after it, or ``None``.

        Examples
        --------
        >>> import claimnum
        >>> [(c.text, c.unit) for c in claimnum.extract("They won 10 consecutive years.")]
        [('10 consecutive years', 'year')]
        """
        if len(toks) < 2 or toks[0].lower not in self.words["series_adjectives"]:
            return None
        found = self.unit_after(toks, 1)
        if found is None or found[0].unit == "percent" or known_currency(found[0].unit):
            return None
        return found

    def scale_less_degrees(self, draft: Draft, toks: list[Token]) -> bool:
        """ "minus-130 degrees", "temperatures of 95 degrees": degrees with no scale below zero or in
        a sentence of weather (``temperature_words``) are Fahrenheit where no air on Earth is so cold or
        so hot in Celsius (below -90 or above 60); "minus 17 degrees" may be either and keeps no
        unit, and "a 45-degree angle" or "swung 180 degrees" stay numbers."""
        if _CELSIUS_LOW <= draft.values[0] <= _CELSIUS_HIGH:
            return False
        k = 1 if toks[0].text == "-" and toks[0].start == draft.end else 0
        if len(toks) <= k or toks[k].lower not in ("degrees", "degree"):
            return False
        if len(toks) > k + 1 and toks[k + 1].lower in self.words["angle_words"]:
            return False  # "a 45-degree angle", "a 360-degree view"
        if any(t.lower in self.words["angle_verbs"] for t in self.before(draft.start)[-2:]):
            return False  # "the wind turned 90 degrees"
        if draft.values[0] >= 0:
            words = self.sentence_tokens(draft.start)[0]
            if not any(t.lower in self.words["temperature_words"] for t in words):
                return False
            if any(t.lower in self.words["cooking_words"] for t in words):
                return False  # "a hot oven at 200 degrees": Celsius or Fahrenheit
        row = self.unit_row("°F")
        if row is None:
            return False
        self.apply_unit(draft, row, toks[k].end)
        return True

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
        if word in self.t.attached or word in self.words["ratio_glued"] or self.unit_row(word):
            return word
        found = self.unit_after(self.after(end)[:4], 0)
        return "" if found is not None and found[1] > 1 else None  # "10sq km": a unit of two words

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
        if rate is not None and rate[0].unit in self.words["counted_periods"]:
            return  # "$23 million per season": a season is counted, no length of time to divide by
        if rate is not None and not known_currency(rate[0].unit) and rate[0].unit != "percent":
            per = canonical_or_none(f"{draft.unit}/{rate[0].unit}")
            if per is not None:
                draft.unit, draft.end = per, toks[rate[1] - 1].end

    def and_smaller(self, draft: Draft) -> None:
        """ "1hr 4 mins", "1 min 30 sec", "6ft 2in": a quantity in two units is one, in the smaller.

        The smaller unit reads it exactly (64 minutes, 74 inches) where the larger would need a
        recurring fraction of an hour or a foot.
        """
        if draft.unit not in _AND_SMALLER or len(draft.values) != 1:
            return
        unit, per_larger, smaller = _AND_SMALLER[draft.unit]
        found = smaller.match(self.text, draft.end)
        part = "" if found is None else found.group(found.lastindex or 1)
        if found is not None and float(part) < per_larger:
            draft.values = (draft.values[0] * per_larger + decimal_of(part),)
            places = len(part.partition(".")[2])  # "30 sec" is read to the second, not to ten
            draft.granule, draft.unit, draft.end = 10.0**-places, unit, found.end()

    def game_clock(self, draft: Draft, digits: str) -> bool:
        """ "with 3:12 remaining", "0:45 to play": minutes and seconds left on a game clock are one
        duration in seconds (``clock_left``), never a clock time."""
        if not digits.isdigit() or len(digits) > 2:
            return False
        found = _CLOCK_SECONDS.match(self.text, draft.end)
        if found is None:
            return False
        rest = _SPACES.sub(" ", self.low[found.end() : found.end() + 16]).lstrip(" ")
        if not any(
            rest.startswith(w) and not rest[len(w) : len(w) + 1].isalpha() for w in self.words["clock_left"]
        ):
            return False
        draft.values = (float(digits) * 60 + float(found.group(1)),)
        draft.granule, draft.unit, draft.end = 1.0, "second", found.end()
        return True

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
