"""Stage 2, changes: a change verb or noun with its direction ("rose 5%", "a 30% drop", "cut by
a third"), multiples ("three times the size") and frequencies ("twice a week"), increments
("another 40"), a signed change ("Dow +0.2%") and a percentage restating a change."""

from __future__ import annotations

import functools
import re

from lemminflect import getAllLemmas

from claimnum import semantics
from claimnum.ranges import RangeReader
from claimnum.reader import TIME_UNITS, Draft, known_currency
from claimnum.tokens import PLAIN_WORD, Token
from claimnum.units import comparable

_MARGIN_REACH = 6  # words before "by" among which a comparison makes a margin
# Between a change and a percentage restating it: ", or ", " month on month and ", " in real terms but ".
RESTATING = re.compile(r"[ ,]{0,3}(?:[a-z-]{1,20} {1,2}){0,4}(?:or|and|but),? {1,2}")
# Words of "times what", "times the", "times as" that compare nothing themselves.
_NOT_COMPARED = frozenset(("the", "that", "what", "its", "their", "as", "than", "more", "less"))
_MAX_PERCENTAGE_POINTS = 25.0  # a change of "points" this large counts index or game points
TEMPERATURES = frozenset(("degree_Celsius", "degree_Fahrenheit", "kelvin"))


@functools.lru_cache(maxsize=4096)  # lemminflect copies its tables on every call
def _comparable(lower: str) -> bool:
    """An adjective or adverb, in any degree ("likely", "fast", "faster"), no function word."""
    return bool(getAllLemmas(lower).keys() & {"ADJ", "ADV"}) and lower not in _NOT_COMPARED


class ChangeReader(RangeReader):
    """Changes and multiples: what a number says happened to a level.

    Parameters
    ----------
    text, tables, source, profile
        As :class:`~claimnum.reader.Reader` takes them:
        the document, the lexicon's tables, where it comes from, the profile.

    Examples
    --------
    >>> from claimnum.reader import Draft, tables
    >>> reader = ChangeReader("He jumped 2m high.", tables(), None, "median")
    >>> reader.stated_size(Draft(10, 12, (2.0,), 1.0, core_start=10, core_end=11, unit="meter"))
    True
    """

    def change_after(self, draft: Draft) -> None:
        """A ratio suffix ("2.5-fold") or a change noun after the number ("a 30% drop")."""
        if draft.change is not None or draft.sense in semantics.VAGUE_SENSES:
            return
        toks = self.after(draft.end)
        if not toks or toks[0].start - draft.end > 1:
            return
        n = self.match_after(toks, 0, self.t.ratio_suffixes)
        if n and not draft.unit:
            draft.change, draft.kind, draft.end = "ratio", "ratio", toks[n - 1].end
            if n < len(toks) and (toks[n].lower,) in self.t.change_after:
                draft.end, draft.predicate = toks[n].end, toks[n].lower
            return
        if self.multiple(draft, toks):
            return
        if toks[0].lower in self.t.warmer and draft.unit in TEMPERATURES:
            self.set_change(draft, self.t.warmer[toks[0].lower])  # "1.3°C above pre-industrial levels"
            return
        if toks[0].lower in ("above", "below") and draft.unit == "percent" and not draft.points:
            self.set_change(draft, self.t.warmer[toks[0].lower])  # "38% below the average": a ratio to it
            draft.end, draft.predicate = toks[0].end, toks[0].lower
            return
        skip = (
            1
            if len(toks) > 1 and self.is_content(toks[0].text) and (toks[1].lower,) in self.t.change_after
            else 0
        )
        toks = toks[skip:]  # "a 15% pay rise"
        if (toks[0].lower,) not in self.t.change_after:
            self.increment(draft, toks, than=False)
            return
        word = toks[0].lower
        comparative = word in self.words["comparatives"]
        previous = self.before(draft.start)
        article = bool(previous) and previous[-1].text.lower() in ("a", "an")
        than = any(t.lower == "than" for t in toks[1:5])  # "4,000 more admissions than last year"
        if (comparative and draft.unit != "percent" and not draft.points and not than) or (
            not comparative and not article
        ):
            self.increment(draft, toks, than)
            return
        self.set_change(draft, self.t.change_after[(word,)])
        draft.predicate = word
        if not skip:
            draft.end = toks[0].end  # "a 30% drop"; but "a 15% pay rise" keeps "15%"

    def multiple(self, draft: Draft, toks: list[Token]) -> bool:
        """ "three times what it cost", "twice the size": a ratio; "called six times", "stabbed 17
        times", "called six times that night", "three times a day": a count of events."""
        adverb = self.low[draft.start : draft.end] in self.words["multiplicative_adverbs"]
        times = toks[0].lower == "times" and not draft.unit and draft.written
        if not (adverb or times):
            return False
        rest = toks[1:] if times else toks
        if times:
            draft.end = toks[0].end  # "stabbed 17 times", "three times what it cost"
        at_a_time = len(rest) > 1 and rest[0].lower == "that" and self.is_time_word(rest[1])  # "that night"
        if rest and rest[0].lower in self.words["times_what"] and not at_a_time:
            draft.change, draft.kind = "ratio", "ratio"
            draft.end = self.comparison_end(rest, draft.end)
        else:
            self.frequency(draft, rest)
        return True

    def comparison_end(self, toks: list[Token], end: int) -> int:
        """Where the comparison a multiple makes ends: "six times faster", "2.5 times more likely",
        "three times as fast" (its "than" and "as" phrase aside), as "half as likely" is written."""
        first = toks[0].lower
        if first in self.words["comparison_degrees"] and len(toks) > 1 and _comparable(toks[1].lower):
            return toks[1].end
        if first.endswith("er") and _comparable(first):
            return toks[0].end
        return end

    def increment(self, draft: Draft, toks: list[Token], than: bool) -> None:
        """ "three more bodies", "another 40 people": a count added to a running total, so a
        difference (a rise), never the total itself."""
        if (
            draft.unit
            or than
            or draft.change is not None
            or draft.values in ((), (1.0,))
            or len(draft.values) > 1
        ):
            return  # "another one" is a pronoun; "another 3-1 win" a score
        previous = self.before(draft.start)
        another = bool(previous) and previous[-1].lower in self.words["increments_before"]
        more = (
            toks[0].lower in self.words["increments_after"]
            and len(toks) > 1
            and self.is_content(toks[1].text)
        )
        if more or (another and self.is_content(toks[0].text)):
            self.set_change(draft, "rise")

    def frequency(self, draft: Draft, toks: list[Token]) -> None:
        """ "three times a day", "twice a week": events per unit of time."""
        if len(toks) < 2 or toks[0].lower not in ("a", "an", "per", "each", "every"):
            return
        row = self.unit_row(toks[1].text)
        if row is not None and row.unit in TIME_UNITS:
            draft.unit, draft.end = f"1/{row.unit}", toks[1].end

    def is_time_word(self, token: Token) -> bool:
        """A unit of time or a part of the day: "that night", "that week"."""
        row = self.unit_row(token.text)
        return (row is not None and row.unit in TIME_UNITS) or token.lower in self.words["day_parts"]

    def change_across(self, draft: Draft, toks: list[Token]) -> None:
        """ "raised its key rate by 0.75 points": a change verb, its object, then "by"."""
        for k in range(len(toks) - 2, max(len(toks) - 8, 0) - 1, -1):
            if not PLAIN_WORD.fullmatch(toks[k].text):
                return
            direction = self.t.change_before.get((toks[k].lower,)) or self.t.change_by.get((toks[k].lower,))
            if direction is not None:
                self.set_change(draft, direction)
                draft.predicate = toks[k].lower
                draft.subject = self.noun_before(toks[k + 1 : -1])[0]
                return
        margin = any(t.lower in self.words["margins"] for t in toks[-_MARGIN_REACH:])
        if margin and draft.unit and not known_currency(draft.unit):
            self.set_change(draft, "rise")  # "beat the record by 0.8C": a margin; not "punishable by"

    def index_points(self, draft: Draft) -> None:
        """ "Points" of a stock index or a large change are counted: "the Dow shed 500 points"."""
        if not draft.loose_points or draft.unit != "percent":
            return
        words = {t.lower for t in self.before(draft.start)} | {
            w.lower() for w in (draft.subject or "").split()
        }
        if max(map(abs, draft.values)) >= _MAX_PERCENTAGE_POINTS or words & self.words["index_nouns"]:
            draft.unit, draft.points = "", False

    def restated(self, draft: Draft) -> None:
        """A percentage restating the change before it: "rose $31, or 1.3%", "grew 0.4% ... and 2.9%"."""
        last = self.last
        if (
            draft.change is not None
            or draft.unit != "percent"
            or draft.points
            or last is None
            or last.change not in ("rise", "fall", "rise_percent", "fall_percent")
            or self.sentence_span(last.start) != self.sentence_span(draft.start)
            or not RESTATING.fullmatch(self.low, last.end, draft.start)
        ):
            return
        following = self.after(draft.end)
        if following and following[0].lower == "of":
            return  # "rose 3% in May and 40% of shoppers": a share, not the same change
        self.set_change(draft, last.change.removesuffix("_percent"))

    def signed(self, draft: Draft) -> None:
        """A signed number in brackets after a claim is its change: "33.8% (-5.4)", "41.2% (+3.1)";
        so is a percentage written with its plus: "Dow +0.2%"."""
        last, sign = self.last, self.text[draft.start]
        if draft.unit == "percent" and draft.change is None and len(draft.values) == 1:
            if sign == "+":
                self.set_change(draft, "rise")  # "Dow +0.2%": a signed percentage is a change
                return
            toks = self.before(draft.start)
            if sign in "-−" and toks and self.is_name_word(toks[-1]):
                self.set_change(draft, "fall")  # "Nasdaq -1.1%"; but "inflation was -0.2%" is a level
                return
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
        self.set_change(draft, "rise" if sign == "+" else "fall")

    def fall_distance(self, draft: Draft, verb: list[Token], subject: str | None) -> bool:
        """A length after a verb of falling is the distance a body or a thing fell ("the climber
        fell about 450 metres", "plunged 30 feet to his death"), unless what fell is a level or
        a surface ("the river fell 2 metres", "sea levels dropped 10 cm"): then it is a change."""
        if len(verb) != 1 or verb[0].lower not in self.words["fall_motions"] or not draft.unit:
            return False
        if known_currency(draft.unit) or not comparable(draft.unit, "meter"):
            return False
        head = (subject or "").lower().split()[-1:]
        return not (head and head[0] in self.words["length_levels"])

    def stated_size(self, draft: Draft) -> bool:
        """A length before a word of dimension is a size, not a change: "jumped 1.2m high", "leapt 8
        metres long" (``size_adjectives``); "shares jumped 5%" stays a change."""
        if not draft.unit or known_currency(draft.unit) or not comparable(draft.unit, "meter"):
            return False
        following = self.after(draft.end)
        return bool(following) and following[0].lower in self.words["size_adjectives"]

    def subject_before(self, toks: list[Token]) -> str | None:
        """The head of the noun phrase before a change, its verbs left out: "Fares will go up" -> "Fares"
        (a verb in its bare form after a modal too)."""
        nouns = [t for k, t in enumerate(toks) if not self.is_bare_verb(toks, k)]
        return self.noun_before(self.without_verbs(nouns), head=True)[0]

    def set_change(self, draft: Draft, direction: str) -> None:
        if draft.values and all(v < 0 for v in draft.values):
            direction = "fall"  # "slipped -0.2%": the sign says which way (the reading takes its size)
        if (draft.unit == "percent" and not draft.points) or (not draft.unit and draft.granule is None):
            draft.change, draft.kind = f"{direction}_percent", "ratio"  # "fell by 30%", "by a third"
        else:
            draft.change, draft.kind = direction, "difference"
