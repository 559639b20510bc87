"""Numbers as written in text: digits, separators, multipliers, words, fractions.

A :class:`Numeral` is one number as a text writes it, with its value and its
*granule*: the unit of its last significant digit in the value's own scale.
The granule says how round a number is, which is what the semantics of
"about 12,000" or a bare "10,000" depend on:

* ``12,000`` -> 1,000; ``12,345`` -> 1; ``47.5`` -> 0.1;
* a power of ten reads as ten of the next grain down: ``10,000`` -> 1,000,
  ``100`` -> 10 (nobody means 5,000-15,000 by "10,000");
* multipliers scale the grain: ``1.23 billion`` -> 0.01 billion, ``$3bn`` -> 1 billion;
* words have the grain of their value (``three`` -> 1, ``twelve thousand`` -> 1,000);
* fraction words (``half``, ``a third``, ``one in five``) have none (``None``).

Examples
--------
>>> from claimnum.numerals import find, parse
>>> parse("12,000")
Numeral('12,000', 12000, granule=1000)
>>> parse("1.23 billion")
Numeral('1.23 billion', 1230000000, granule=10000000)
>>> parse("Three hundred and forty")
Numeral('Three hundred and forty', 340, granule=10)
>>> [n.value for n in find("Some 5k runners, two-thirds of them women, ran 2.5 million steps.")]
[5000.0, 0.6666666666666666, 2500000.0]
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from claimnum.errors import InvalidTypeError

__all__ = [
    "MULTIPLIERS",
    "NUMBER_WORDS",
    "Numeral",
    "find",
    "from_match",
    "granule_of",
    "multiplier_of",
    "parse",
    "pattern",
]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

MULTIPLIERS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "lakh": 100_000,
    "crore": 10_000_000,
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "mil": 1_000_000,
    "bln": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "bil": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "tln": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
    "trln": 1_000_000_000_000,
    "t": 1_000_000_000_000,
}
"""Multiplier words and abbreviations -> factor (the written forms, lower case)."""

# Large multiplier words that may follow a digit numeral after a space.
_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion", "lakh", "crore")
# Abbreviations written right after the digits ("5k", "$3bn", "€250m").
_ABBREVIATIONS = ("trln", "trn", "tln", "mln", "bln", "mil", "bil", "bn", "mn", "tn", "k", "m", "b", "t")
# Abbreviations that may also follow the digits after a space ("3 bn dollars"; never "5 m": metres).
_SPACED_ABBREVIATIONS = ("trln", "trn", "tln", "mln", "bln", "mil", "bil", "bn", "mn", "tn")

# Fractions written as one character ("½"), and their values.
_VULGAR = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}  # fmt: skip

_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip


NUMBER_WORDS: frozenset[str] = frozenset((*_UNITS, *_SCALE_WORDS, "dozen", *_FRACTIONS))
"""Every word that can start or make up a numeral written in words (lower case)."""


_NOT_DIGIT = re.compile(r"[^\d.]")
_SIGNED = re.compile(r"[-+]?\d+$")
_MAX_POWER = 300  # of ten, in "x10^300" or "b^n" = 10^(n log b); beyond it a float holds no number
_LETTERS = re.compile(r"[a-z]+")
_LETTERS_OR_DIGITS = re.compile(r"[a-z]+|\d+")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# Two scale words in a row multiply: "4 hundred million", "a thousand million", "1.2 lakh crore".
_MULTIPLIER = (
    r"(?:hundred|thousand)[ \u00a0]+(?:million|billion|trillion)|lakh[ \u00a0]+crore"
    rf"|{_alternation(_SCALE_WORDS)}"
    rf"|{_alternation(_SPACED_ABBREVIATIONS)}"
)

# "and" joins number words only after a scale word: "three hundred and forty", not "two and three".
_AFTER_SCALE = "|".join(f"(?<={w})" for w in ("hundred", "thousand", "million", "billion", "trillion"))
_WORD = rf"(?:{_alternation([*_UNITS, 'dozen', *_SCALE_WORDS[:5]])})"
_DIGITS = (
    # Every group of thousands and every digit is read, however many ("$1,000,000,000,000,000,000,000"
    # is 1e21); a number beyond the floats or a decimal below them is refused by ``from_match``.
    r"(?:\d{1,3}(?:,\d{3})+(?![\d])"  # 10,000
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d])"  # 10 000 with a no-break or thin space
    r"|\d{1,3}(?: \d{3})+(?![\w.,:/-]| \d)"  # 10 000 with a plain space, standing alone
    r"|\d{1,3}(?:, 0\d{2}){1,2}(?![\d])"  # "2, 000ft": scraped thousands (no list item starts with 0)
    r"|(?:0|[1-9]\d*)(?![\d]))"
    r"(?:\.\d+)?"
    r"|\.\d+"  # .5 (a decimal without its leading zero)
)
# A digit numeral must not continue a word ("G7", "MH17"), a capitalised code ("COVID-19", "F-16"),
# an abbreviation ("ID.3") or another number.  After a lower-case word and a hyphen it may stand
# ("magnitude-5.9"): extraction keeps it only when its grammar knows the pattern.
# Digits glued to one to three capitals may follow a currency code ("USD10m", "RM79", "$US55",
# "R26 million"): extraction keeps them only after a currency.
_DIGIT_START = (
    r"(?:(?<![\w])|(?<=[^\w][A-Z])|(?<=[^\w][A-Z]{2})|(?<=[^\w][A-Z]{3})|(?<=^[A-Z])|(?<=^[A-Z]{2})"
    r"|(?<=^[A-Z]{3})|(?<=[^\w][A-Z][a-z])|(?<=^[A-Z][a-z])"  # "Rs79": a currency in two letters
    r"|(?<=[^\w][ep])|(?<=^[ep]))"  # "e40 million", "p12million": a sign the encoding lost
    r"(?<!\d[.,:/])(?<![A-Z]-)(?<![A-Z]\.)"
)
# Scientific notation after the digits: "3.2e6", "1.99x10-30", "2.5 × 10^9", "10^5" (a power).
_EXPONENT = (
    r"(?P<exp>[eE][+-]?\d{1,2}(?![\w])"
    r"|\s?[x×*]\s?10\s?(?:\^\s?[-−+]?\d{1,4}|[-−+]?\d{1,2})(?![\d])"
    r"|\^[-−]?\d{1,4}(?![\d]))"  # a power of up to four digits: one beyond the floats is refused
)

# A hyphen joins number words after a tens word ("twenty-one") and before a scale ("two-million"),
# not two units ("two-three weeks" is a range).
_WORD_HYPHEN = r"(?<=ty)-|-(?=(?:hundred|thousand|million|billion|trillion)\b)"

_PATTERN = (
    r"(?P<fraction>(?i:"
    rf"\b(?:a|an|one|{_alternation(_UNITS)})[ -](?:{_alternation(_FRACTIONS)})\b(?:\s+of\b)?"
    r"|\bhalf\b"
    rf"|(?<![\w.,/])(?:[1-9]\d{{0,2}}\s?)?[{''.join(_VULGAR)}](?![\w/])"  # "½", "2½"
    r"|(?<![\w.,/-])(?:[1-9]\d{0,2}[ \u00a0-])?[1-9]\s?[/⁄]\s?(?:[2-9]|1[0-2]|16|32|64)(?![\w/-]|[.,]\d|\s?/)"
    # "1/2", "3/4", "4 1/2", "2-1/2" (a whole and its fraction), "1⁄32", "1/16"; not a date "1/2/2024"
    # "one in five", "1 in 10", "one in every 500", "1 in 10,000"; never "3 in 2009"
    # the second figure of a score is no share: "won 5-3 in 10 innings"
    rf"|(?<!\d[-–])\b(?:one|{_alternation(_UNITS)}|\d)\s+(?:in(?:\s+every)?|out\s+of)\s+(?!(?:1[89]|20)\d\d\b)"
    rf"(?:{_alternation(_UNITS)}|\d{{1,3}}(?:,\d{{3}}){{1,2}}|\d{{1,6}})\b(?!\s*\d|[,.]\d)"
    r"))"
    rf"|{_DIGIT_START}(?P<digits>{_DIGITS}){_EXPONENT}?"
    rf"(?:(?P<abbr>(?i:{_alternation(_ABBREVIATIONS)}))(?![^\W\d_])"
    rf"|[ \u00a0-]?(?P<mult>(?i:{_MULTIPLIER}))\b)?"
    r"|(?P<words>(?i:"
    rf"\b(?:(?:an?|another)\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?{_WORD}"
    rf"(?:(?:(?:{_AFTER_SCALE})\s+and\s+|{_WORD_HYPHEN}|[ \u00a0]){_WORD}){{0,8}}\b"
    r"))"
)


def pattern() -> str:
    """Return the regular expression source that finds numerals.

    It has named groups ``digits`` with ``abbr`` or ``mult`` (multiplier
    written as an abbreviation or a word), ``fraction`` and ``words``.
    :mod:`claimnum.extract` embeds it in its master pattern.

    Returns
    -------
    str
        The pattern's source.

    Examples
    --------
    >>> import re
    >>> re.search(pattern(), "about 1.5bn dollars").group("abbr")
    'bn'
    """
    return _PATTERN


@functools.cache
def _compiled() -> re.Pattern[str]:
    return re.compile(_PATTERN)


@dataclass(frozen=True, slots=True)
class Numeral:
    """A number as written: its text, position, value and granule.

    Parameters
    ----------
    text : str
        The numeral as written ("1.23 billion", "a dozen").
    start, end : int
        Its offsets in the text it was found in.
    value : float
        Its value (1230000000.0).
    granule : float or None
        The unit of its last significant digit in the value's scale, or
        ``None`` for fraction words, whose grain the semantics decides.

    Examples
    --------
    >>> parse("a dozen")
    Numeral('a dozen', 12, granule=12)
    >>> parse("two-thirds").granule is None
    True
    """

    text: str
    start: int
    end: int
    value: float
    granule: float | None

    def __repr__(self) -> str:
        granule = "None" if self.granule is None else _fmt(self.granule)
        return f"Numeral({self.text!r}, {_fmt(self.value)}, granule={granule})"


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e21 else repr(x)


def granule_of(digits: str, multiplier: float = 1.0) -> float:
    """Return the granule of a numeral written in digits.

    Parameters
    ----------
    digits : str
        The digits as written, with separators ("12,000", "47.5").
    multiplier : float
        The factor of a multiplier written after it (1e9 for "billion").

    Returns
    -------
    float
        The unit of the last significant digit, a power of ten reading as
        ten of the next grain down.

    Examples
    --------
    >>> granule_of("12,000"), granule_of("10,000"), granule_of("12,345"), granule_of("250")
    (1000.0, 1000.0, 1.0, 10.0)
    >>> granule_of("1.23", 1e9)
    10000000.0
    """
    plain = _NOT_DIGIT.sub("", digits)
    whole, _, decimals = plain.partition(".")
    if decimals:
        places = len(decimals)  # beyond the floats' smallest, the grain is 0: ``from_match`` refuses it
        return float(multiplier / 10**places) if places <= _MAX_POWER else 0.0
    whole = whole.lstrip("0")
    stripped = whole.rstrip("0")
    zeros = len(whole) - len(stripped)
    if stripped == "1" and zeros:
        zeros -= 1  # 10,000 is ten thousands, not one ten-thousand
    return float(multiplier * 10**zeros)


def _word_value(text: str) -> tuple[int, int] | None:
    """Read number words; return (value, number of words used) or None."""
    words = _LETTERS.findall(text.lower())
    if (words and words[0] in MULTIPLIERS) or words[:1] == ["dozen"]:
        return None  # a scale word needs a number before it: "a dozen", not "baker's dozen"
    total = current = used = 0
    last = ""  # the kind of the previous word, to refuse "two three"
    for i, word in enumerate(words):
        if word in ("a", "an", "another") and i == 0:
            current, last = 1, "unit"
        elif word == "and":
            if last != "scale":
                break
            continue
        elif word in _UNITS:
            small = _UNITS[word]
            if last == "unit" and not (current % 100 >= 20 and current % 10 == 0 and small < 10):
                break
            current, last = current + small, "unit"
        elif word in ("hundred", "dozen"):
            current, last = max(current, 1) * (100 if word == "hundred" else 12), "scale"
        elif word in MULTIPLIERS and last == "scale" and not current and total:
            total *= MULTIPLIERS[word]  # "a thousand million" is 10**9
        elif word in MULTIPLIERS:
            total, current, last = total + max(current, 1) * MULTIPLIERS[word], 0, "scale"
        else:
            break
        used = i + 1
    return (total + current, used) if used else None


def multiplier_of(written: str) -> int:
    """The factor of a multiplier as written: its words' factors multiplied ("hundred million").

    Parameters
    ----------
    written : str
        The multiplier as written ("bn", "hundred million"; "" for none).

    Returns
    -------
    int
        Its factor (1 for none or an unknown word).

    Examples
    --------
    >>> multiplier_of("hundred million"), multiplier_of("bn"), multiplier_of("")
    (100000000, 1000000000, 1)
    """
    factor = 1
    for word in written.lower().split():
        factor *= MULTIPLIERS.get(word, 1)
    return factor


def _scientific(match: re.Match[str], digits: str, exponent: str, factor: int) -> Numeral | None:
    """ "3.2e6", "1.99x10-30" (a mantissa times a power of ten), "10^5" (a power)."""
    signed = exponent.replace("−", "-")
    if signed.lstrip()[0] in "x×*":  # the power follows the base: "x10-30", "x1012" (10 to the 12)
        signed = signed.partition("10")[2]
    power = int(_SIGNED.search(signed).group())  # type: ignore[union-attr]
    mantissa = _digits_value(digits, 1)
    if abs(power) > _MAX_POWER + 30 or not _readable(mantissa, granule_of(digits)):
        return None  # "5x10^999", "10^400": no number a float holds, never a wrong one
    if exponent.startswith("^"):
        if mantissa == 0 or abs(power * math.log10(mantissa)) > _MAX_POWER:
            return None  # "0^-2", "9910^99": no number a float holds
        value, granule = mantissa**power, None
    else:
        written = Decimal(_NOT_DIGIT.sub("", digits))
        value, granule = float(written.scaleb(power)), granule_of(digits) * 10.0**power
    if not math.isfinite(value) or (value == 0 and mantissa != 0):
        return None
    start = match.start("digits")
    return Numeral(
        match.group(), start, match.end(), value * factor, None if granule is None else granule * factor
    )


def _readable(value: float, granule: float) -> bool:
    """Whether floats hold a number written in digits: finite, and a grain above 0 (a decimal
    below the floats' smallest reads 0, and "0.000...1" is no 0)."""
    return math.isfinite(value) and granule > 0 and math.isfinite(granule)


def _digits_value(digits: str, factor: int) -> float:
    plain = _NOT_DIGIT.sub("", digits)
    try:
        # Both round the decimal once, so a plain number skips the slower Decimal.
        return float(plain) if factor == 1 else float(Decimal(plain) * factor)
    except (InvalidOperation, ValueError):  # pragma: no cover - the pattern only admits digits
        return float("nan")


def _fraction_value(text: str) -> float | None:
    if text[-1] in _VULGAR:  # "½", "2½"
        whole = text[:-1].strip()
        return (int(whole) if whole else 0) + _VULGAR[text[-1]]
    numerator, slash, denominator = text.replace("⁄", "/").partition("/")
    if slash:  # "3/4", "4 1/2": the pattern admits only small numbers on both sides
        *wholes, upper = numerator.replace("-", " ").split()  # a whole number before it: "4 1/2", "2-1/2"
        above, below = int(upper), int(denominator)
        return (int(wholes[0]) if wholes else 0) + above / below if above < below else None
    words = _LETTERS_OR_DIGITS.findall(text.lower())
    if len(words) == 1:  # "half"
        return 0.5
    if words[1] in ("in", "out"):  # one in five, one in every 10,000
        top, bottom = _small(words[0]), _small(text.lower().rsplit(None, 1)[-1].replace(",", ""))
        return top / bottom if top is not None and bottom and top < bottom else None
    top = 1 if words[0] in ("a", "an") else _small(words[0])
    bottom = _FRACTIONS.get(words[1])
    return top / bottom if top is not None and bottom else None


def _small(word: str) -> int | None:
    return int(word) if word.isdigit() else _UNITS.get(word)


def from_match(match: re.Match[str]) -> Numeral | None:
    """Read a match of :func:`pattern` (also embedded in a larger pattern) as a Numeral.

    Parameters
    ----------
    match : re.Match
        A match of :func:`pattern`, with its named groups.

    Returns
    -------
    Numeral or None
        The numeral, or ``None`` for a match that is not a number after all ("two three") or one
        floats cannot hold (beyond them, or a decimal below their grain).

    Examples
    --------
    >>> import re
    >>> from_match(re.search(pattern(), "some twenty-one pilots"))
    Numeral('twenty-one', 21, granule=1)
    """
    start, end = match.span()
    if match.group("digits") is not None:
        start = match.start("digits")
        digits = match.group("digits")
        factor = multiplier_of(match.group("abbr") or match.group("mult") or "")
        exponent = match.group("exp")
        if exponent is not None:
            return _scientific(match, digits, exponent, factor)
        value, granule = _digits_value(digits, factor), granule_of(digits, factor)
        if not _readable(value, granule):
            return None  # beyond the floats or below their grain: never a wrong number
        return Numeral(match.group(), start, end, value, granule)
    if match.group("fraction") is not None:
        start, end = match.span("fraction")
        text = match.group("fraction")
        fraction = _fraction_value(text)
        if fraction is None:
            return None
        if text.lower().endswith(" of"):  # "of" belongs to the subject, not the number
            end -= 3
        return Numeral(match.string[start:end], start, end, fraction, None)
    start = match.start("words")
    read = _word_value(match.group("words"))
    if read is None:
        return None
    count, used = read
    tokens = list(_LETTERS.finditer(match.group("words").lower()))
    end = start + tokens[used - 1].end()
    if tokens[0].group() == "another":  # "another dozen": the number is "dozen", "another" adds it
        start += tokens[1].start()
    # "two dozen" counts in dozens, as "two hundred" in hundreds: a reader hears about 24, not 24 exactly.
    dozens = tokens[used - 1].group() == "dozen"
    granule = 12 * granule_of(str(count // 12)) if dozens else granule_of(str(count))
    return Numeral(match.string[start:end], start, end, float(count), granule)


def find(text: str) -> list[Numeral]:
    """Find every numeral in a text, in order.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of Numeral

    Raises
    ------
    InvalidTypeError
        If ``text`` is not a string.

    Examples
    --------
    >>> find("€250m for twelve thousand homes")
    [Numeral('250m', 250000000, granule=10000000), Numeral('twelve thousand', 12000, granule=1000)]
    """
    if not isinstance(text, str):
        raise InvalidTypeError(f"text must be a str, got {type(text).__name__}")
    found = (from_match(m) for m in _compiled().finditer(text))
    return [n for n in found if n is not None]


def parse(text: str) -> Numeral | None:
    """Read a string that is one numeral; return ``None`` if it is not one.

    Parameters
    ----------
    text : str
        The string, one numeral with spaces around it at most.

    Returns
    -------
    Numeral or None
        The numeral, or ``None`` if the string is not one numeral.

    Raises
    ------
    InvalidTypeError
        If ``text`` is not a string.

    Examples
    --------
    >>> parse("one in five")
    Numeral('one in five', 0.2, granule=None)
    >>> parse("soldiers") is None
    True
    """
    if not isinstance(text, str):
        raise InvalidTypeError(f"text must be a str, got {type(text).__name__}")
    stripped = text.strip()
    match = _compiled().fullmatch(stripped)
    numeral = None if match is None else from_match(match)
    return numeral if numeral is not None and numeral.text == stripped else None
