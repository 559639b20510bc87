"""Stage 2, ranges: two numbers joined into a range ("between 5% and 6%", "10-12 thousand",
"five or six"), a score or a record ("won 3-1"), a player's size ("(6-1, 195)")."""

from __future__ import annotations

import re

from claimnum.quantities import QuantityReader
from claimnum.reader import Draft
from claimnum.tokens import Token

_FROM_REACH = 8  # words before "from" among which a change verb makes "from 40 to 90" two levels
# Between two scores of a line, the second side's name: "Baylin 70, Corvo 58", "Iowa State 70, Utah 61".
_SCORE_LINE = re.compile(r",\s{1,2}(?:[A-Z][\w.'&-]{0,20}\s{1,2}){1,3}")
# A player's size in brackets: "(6-1, 195)" is 6 ft 1 in and 195 pounds.
_PLAYER_SIZE = re.compile(r"([4-7])-(1[01]|\d)(?=,\s?[1-3]\d\d\))")
_CHAINED = re.compile(r"[-–]\d")  # a third part after a pair: "9-1-1", "10-5-2009"


def finer(a: float | None, b: float | None) -> float | None:
    """The finer of two granules (``None``: no grain, the other decides).

    Parameters
    ----------
    a, b : float or None
        Two granules.

    Returns
    -------
    float or None
        The smaller, or the one that is not ``None``.

    Examples
    --------
    >>> finer(10.0, 1.0), finer(None, 5.0)
    (1.0, 5.0)
    """
    if a is None or b is None:
        return a if b is None else b
    return min(a, b)


class RangeReader(QuantityReader):
    """Ranges, scores and sizes: the next number merged into a claim.

    Parameters
    ----------
    text, tables, source, profile
        As :class:`~claimnum.reader.Reader` takes them:
        the document, the lexicon's tables, the source and profile.

    Examples
    --------
    >>> from claimnum.reader import tables
    >>> RangeReader("", tables(), None, "median").plain_connector("to", " to ")
    True
    """

    def range(self, first: Draft, nxt: re.Match[str]) -> int:
        """Merge the next number into a range with ``first``; return 1 if it was used."""
        if nxt.lastgroup in ("change", "vague") or (nxt.group("digits") or nxt.group("words")) is None:
            return 0
        if first.written is False or first.sense != "bare" or len(first.values) != 1:
            return 0
        gap = self.text[first.end : nxt.start()]
        if first.measure == "score" and _SCORE_LINE.fullmatch(gap):
            second = self.number(nxt)  # "Baylin 70, Corvo 58": the second side's score
            if second is None or second.unit:
                return 0
            first.values, first.end, first.granule = (first.values[0], second.values[0]), second.end, 1.0
            return 1
        if len(gap) > 12:
            return 0
        if gap[:1] == "-" and gap[1:].strip()[:1].isalpha():
            gap = " " + gap[1:].lstrip()  # "a 10- to 15-minute walk": the first measure left hanging
        if first.values[0] < 0 and len(gap) > 2 and gap[-1] in "-−" and gap[-2].isspace():
            gap = gap[:-1]  # "from -5C to -12C": the second minus is the second figure's own
        toks = self.before(first.start)
        if len(toks) > 1 and toks[-1].lower in ("age", "ages") and first.measure == "age":
            toks = toks[:-1]  # "between age 19 and 27": a range of ages
        lead = toks[-1].lower if toks and first.start - toks[-1].end <= 6 else ""
        connector = gap.strip().lower()
        currency_gap = bool(connector) and connector[-1] in "$€£¥₹"
        connector = connector.rstrip("$€£¥₹").strip()
        gap = gap.rstrip("$€£¥₹")
        qualifier: str | None = None
        if lead and connector in self.t.ranges.get(lead, ()):
            if lead == "from" and self.changed_from(toks[:-1]):
                return 0  # "rose from 10 to 15": two levels; but "rose between 5% and 6%" is a range
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
        if first.unit and second.unit.startswith(f"{first.unit}/"):
            first.unit = second.unit  # "between $48,000 and $90,000 a year": both a year
        if first.unit and second.unit and (first.unit, first.points) != (second.unit, second.points):
            return 0  # "44 ml to 50 mg", "3 points to 8.5%"
        if qualifier is None and self.player_size(first, second, connector):
            return 1
        if qualifier is None and self.is_score(first, second, connector, toks):
            first.values, first.end, first.measure = (first.values[0], second.values[0]), second.end, "score"
            first.granule = 1.0  # points and games are counted one by one
            return 1  # "won 3-1", "an 8-8 record", "the Herons (6-10)": two figures of one score
        ends = self.share(first, second)
        if ends is None:
            return 0
        lo, hi = ends
        if changed and lo > 0 and hi > 3 * lo:
            return 0  # "grew by about 3,000 to 27,500": the change, then the new level
        if hi < lo < 0:
            lo, hi = hi, lo  # "from -5C to -12C": the colder end written last, a range all the same
        if not lo < hi:
            if qualifier is None and first.unit == second.unit == "":
                first.skip = True  # "9-1-1", "10-5-2009": a code or a date in parts
                return 1
            return 0
        if qualifier is not None:
            first.start = toks[-1].start
        first.qualifier = qualifier
        first.values, first.sense, first.end = (lo, hi), "range", second.end
        first.granule = finer(first.granule, second.granule)
        return 1

    def is_score(self, first: Draft, second: Draft, connector: str, toks: list[Token]) -> bool:
        """Two whole counts joined by a dash that are a score or a win-loss record, not a range.

        They cannot be a range when the first is not below the second ("won 3-1", "an 8-8
        record", "a 17-14 victory"); below it, a word of sport must say so: a noun after ("a 3-7
        record", "a 14-17 defeat"), a verb of a game before, its object between ("lost 14-17",
        "defeated the Owls 58-70"), or brackets right after a name ("the Herons (6-10)").
        """
        if connector not in ("-", "–", "to") or first.unit or second.unit or not first.digits:
            return False
        if first.factor != 1 or second.factor != 1 or not all(float(v).is_integer() for v in first.values):
            return False
        if _CHAINED.match(self.text, second.end):
            return False  # "9-1-1", "10-5-2009": a number or a date in parts
        if first.values[0] >= second.values[0]:
            return connector != "to" or bool(self.score_verb(toks))
        following = self.after(second.end)[:1]
        if following and following[0].lower in self.words["score_nouns"]:
            return True
        if self.score_verb(toks):
            return True
        bracketed = self.text[first.start - 1 : first.start] == "(" and self.text.startswith(")", second.end)
        return bracketed and len(toks) > 1 and self.is_name_word(toks[-2])

    def player_size(self, first: Draft, second: Draft, connector: str) -> bool:
        """ "(6-1, 195)": a player's height in feet and inches, then the weight in pounds."""
        if connector != "-" or first.unit or second.unit or self.text[first.start - 1 : first.start] != "(":
            return False
        size = _PLAYER_SIZE.match(self.text, first.start)
        if size is None:
            return False
        feet, inches = float(size.group(1)), float(size.group(2))
        first.values, first.unit, first.granule = (feet * 12 + inches,), "inch", 1.0
        first.measure, first.end = "height", size.end(2)
        return True

    def score_verb(self, toks: list[Token]) -> bool:
        """A verb of a game among the three words before a score ("beat", "defeated the Owls")."""
        return any(t.lower in self.words["score_verbs"] for t in toks[-3:])

    def changed_from(self, toks: list[Token]) -> bool:
        """A change verb in the clause before "from": "raise the number of judges from 40 to 90"."""
        for token in reversed(toks[-_FROM_REACH:]):
            if not token.text[:1].isalnum() or token.lower in self.words["clause_ends"]:
                return False
            lower = (token.lower,)
            if (
                lower in self.t.change_before
                or lower in self.t.change_by
                or token.lower in self.words["object_verbs"]
                or token.lower in self.words["level_verbs"]
            ):
                return True
        return False

    def plain_connector(self, connector: str, gap: str) -> bool:
        """A range connector with no word before the first number: "30-40", "two or three"."""
        if connector not in self.t.ranges[""]:
            return False
        if connector.isalpha():  # a word stands between spaces: "10 to 15", not "10to15"
            return gap[:1].isspace() and gap[-1:].isspace()
        return gap.strip() == connector  # a dash stands alone: "30-40", "30 – 40"

    def share(self, first: Draft, second: Draft) -> tuple[float, float] | None:
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
