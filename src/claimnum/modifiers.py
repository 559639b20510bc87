"""Stage 2, modifiers: qualifiers, ranges, changes and negation of a quantity."""

from __future__ import annotations

import functools
import re

from lemminflect import getAllLemmas

from claimnum import semantics
from claimnum.quantities import QuantityReader
from claimnum.reader import TIME_UNITS, Draft, known_currency
from claimnum.tokens import LOWER, PLAIN_WORD, Token
from claimnum.units import comparable

# Between a change and a percentage restating it: ", or ", " month on month and ", " in real terms but ".
_MARGIN_REACH = 6  # words before "by" among which a comparison makes a margin
_FROM_REACH = 8  # words before "from" among which a change verb makes "from 40 to 90" two levels
_NEGATION_REACH = 4  # words before a claim that a negator may stand among
_RESTATING = re.compile(r"[ ,]{0,3}(?:[a-z-]{1,20} {1,2}){0,4}(?:or|and|but),? {1,2}")
# Between two scores of a line, the second side's name: "Baylin 70, Corvo 58", "Iowa State 70, Utah 61".
_SCORE_LINE = re.compile(r",\s{1,2}(?:[A-Z][\w.'&-]{0,20}\s{1,2}){1,3}")
# A player's size in brackets: "(6-1, 195)" is 6 ft 1 in and 195 pounds.
_WEIGHT_AFTER = re.compile(r",\s?[1-3]\d\d\)")
_PLAYER_SIZE = re.compile(r"([4-7])-(1[01]|\d)(?=,\s?[1-3]\d\d\))")
# Words of "times what", "times the", "times as" that compare nothing themselves.
_NOT_COMPARED = frozenset(("the", "that", "what", "its", "their", "as", "than", "more", "less"))
# Last words of a qualifier after the number that may be a preposition opening a noun phrase.
_PREPOSITIONS = frozenset(("over", "above", "under", "below"))
_CHAINED = re.compile(r"[-–]\d")  # a third part after a pair: "9-1-1", "10-5-2009"
_BRACKET = re.compile(r" ?[(\[] ?")  # "450 metres (1,500 feet)": a restatement opens a bracket
_MAX_PERCENTAGE_POINTS = 25.0  # a change of "points" this large counts index or game points
# "before the age of 40" is an age below 40; "after the age of 65" one above 65.
_AGE_LIMITS = {"before": "under", "after": "over"}
# Senses of a bound that reach past an article to the figure ("up to a 3.4 GHz chip").
_THROUGH_ARTICLE = frozenset(("up_to", "at_most", "at_least", "nearly", "just_over", "well_over", "within"))
# What may follow a number whose unit is left out: "78.6 for men", "4.9 in June", "3.", "3,".
_ELLIPSIS_ENDS = frozenset(("for", "in", "on", "at", "among", "by", ".", ",", ";", ")"))
TEMPERATURES = frozenset(("degree_Celsius", "degree_Fahrenheit", "kelvin"))


def finer(a: float | None, b: float | None) -> float | None:
    if a is None or b is None:
        return a if b is None else b
    return min(a, b)


@functools.lru_cache(maxsize=4096)  # lemminflect copies its tables on every call
def _comparable(lower: str) -> bool:
    """An adjective or adverb, in any degree ("likely", "fast", "faster"), no function word."""
    return bool(getAllLemmas(lower).keys() & {"ADJ", "ADV"}) and lower not in _NOT_COMPARED


class ModifierReader(QuantityReader):
    """The modifier stage: qualifiers before and after a number, ranges, changes, signs."""

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

    def bound_before_article(self, toks: list[Token]) -> int:
        """How many trailing tokens of ``toks`` are a bound that reaches through an article.

        "up to a 3.4 GHz chip", "at least a 10% cut", "more than a 50% chance" bound the figure;
        a one-word "over", "under" or "about" before "a" is mostly a preposition ("under a
        10-year deal", "over a five-year period", "worries about a 20% fall") and is left alone.
        """
        n = self.match_before(toks, self.t.before)
        if not n:
            return 0
        sense = self.t.before[tuple(map(LOWER, toks[-n:]))].sense
        return n if sense in _THROUGH_ARTICLE or (n > 1 and sense in ("over", "under")) else 0

    def qualify(self, draft: Draft) -> None:
        """A qualifier and a change verb before the claim."""
        toks = self.before(draft.start)
        if not toks or draft.start - toks[-1].end > 3:
            return
        if draft.qualifier is None and self.age_bound(draft, toks):
            return
        if draft.qualifier is None:
            n, article = self.match_before(toks, self.t.before), 0
            if not n and toks[-1].lower in ("a", "an"):
                n = self.bound_before_article(toks[:-1])
                article = int(n > 0)  # "up to a 3.4 GHz chip", "as much as a 20% discount"
            if n == 1 and draft.measure != "age" and self.over_a_period(draft, toks):
                return  # "$1 trillion over 10 years": a span of time, not a bound
            if (
                n
                and toks[-n].lower == "up"
                and len(toks) > n
                and toks[-n - 1].lower in self.words["up_verbs"]
            ):
                n = 0  # "edged up to 4.1%": a level reached, "up" belongs to the verb
            if n and toks[-n].text == "Up" and len(toks) > n and self.rises_to(toks[-n - 1]):
                n, draft.predicate = 0, "up"  # a headline's "Rate Up to 4.4%": a rise to a level
            if n:
                row = self.t.before[tuple(map(LOWER, toks[len(toks) - n - article : len(toks) - article]))]
                n += article
                draft.qualifier, draft.start = self.text[toks[-n].start : toks[-1].end], toks[-n].start
                if draft.sense == "bare":
                    draft.sense = row.sense  # a range or a vague word keeps its own sense
                toks = toks[:-n]
                if draft.qualifier.lower() in ("above", "below"):
                    return  # "climbed above 7%": a level reached, not the size of a change
            elif toks[-1].lower in self.words["temporal"]:
                return  # "the past three weeks": a span of time, not a bound
        if (
            draft.change is not None
            or draft.sense in semantics.VAGUE_SENSES
            or draft.sense == "within"
            or draft.measure == "score"
        ):
            return  # "lost 14-17" is a score, no change
        measure = bool(draft.unit) and draft.unit != "percent" and not known_currency(draft.unit)
        measure = measure or draft.loose_points  # "lost 190 points"
        following = self.after(draft.end)
        if following and following[0].lower == "of" and not (toks and toks[-1].lower == "by") and not measure:
            return  # "lost nearly a third of its vehicles", "cut 10% of jobs": a share of something
        bare_count = not draft.unit and self.noun_after(following, 0)[0] is None  # "the opposition lost nine"
        by = bool(toks) and toks[-1].lower == "by"
        counted = not (draft.unit or bare_count or by) and draft.written  # "sank 50 ships", "shed 400 jobs"
        verb = self.change_verb(
            toks,
            half=draft.values == (0.5,) and not draft.digits,
            measure=measure or bare_count or counted,
            rate=draft.unit == "percent" and not draft.points,
        )
        if verb and counted and " ".join(t.lower for t in verb) not in self.words["count_changes"]:
            verb = []  # "sank at least 50 ships" changes no level; "shed 467,000 jobs" does
        if verb and verb[0].lower == "up" and self.phrasal_up(verb[0]):
            verb = []  # "gave up two hours later", "showed up 20 minutes late": no rise
        if verb:
            subject = self.subject_before(self.before(verb[0].start))
            draft.predicate = " ".join(t.text for t in verb).lower().removesuffix(" of")
            draft.subject = subject
            if self.fall_distance(draft, verb, subject):
                return  # "the climber fell 450 metres": how far a body fell, an amount
            self.set_change(draft, self.direction(verb))
            draft.start = verb[0].start
        elif toks and toks[-1].lower == "by":
            self.change_across(draft, toks)

    def rises_to(self, before_up: Token) -> bool:
        """Whether a capitalised "Up to" after this word is a headline's rise to a level.

        After a noun in title case it is ("Inflation Up to 3.1%", "Jobless Rate Up to 6.1%", however
        short the headline); after a verb of a ceiling it is a bound ("Tickets Cost Up to $300",
        "Suspects Face Up to 20 Years").
        """
        word = before_up.text
        return word[:1].isupper() and word.isalpha() and before_up.lower not in self.words["ceiling_verbs"]

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

    def age_bound(self, draft: Draft, toks: list[Token]) -> bool:
        """A bound on an age across the words that name it: "under age 30", "over the age of 65",
        "before the age of 40" (below it), "an under-16-year-old".  True when one was read."""
        if draft.measure != "age":
            return False
        k = next((k for k in (3, 2, 1) if " ".join(t.lower for t in toks[-k:]) in self.words["age_words"]), 0)
        if not k and toks[-1].text == "-" and toks[-1].end == draft.start:
            k = 1  # "an under-16-year-old"
        if not k or len(toks) <= k:
            return False
        bound = toks[: len(toks) - k]
        n = self.match_before(bound, self.t.before)
        if n:
            sense = self.t.before[tuple(map(LOWER, bound[-n:]))].sense
        elif bound[-1].lower in _AGE_LIMITS:
            n, sense = 1, _AGE_LIMITS[bound[-1].lower]
        else:
            return False
        draft.qualifier, draft.start = self.text[bound[-n].start : toks[-1].end].rstrip("-"), bound[-n].start
        draft.sense = sense
        return True

    def phrasal_up(self, up: Token) -> bool:
        """Whether "up" belongs to the verb before it ("gave up", "showed up", "ended up")."""
        previous = self.before(up.start)[-1:]
        return bool(previous) and previous[0].lower in self.words["phrasal_up_verbs"]

    def negation(self, draft: Draft) -> None:
        """A claim in a negated clause: a negator among the few words before it, within its clause.

        "there is not a $2 trillion error", "did not kill 300 people"; but "not clear whether
        300 died" negates something else, "no more than 300" is a qualifier (read already), and
        "no" or "without" negate only the noun phrase right after them.
        """
        toks = self.before(draft.start)
        words = [t.lower for t in toks[-_NEGATION_REACH:]] + self.low[draft.start : draft.end].split()[:1]
        for i in range(min(len(toks), _NEGATION_REACH) - 1, -1, -1):
            word = words[i]
            if word in self.words["clause_ends"] or not word[:1].isalnum():
                return
            if word in self.words["negators"] or word.endswith(("n't", "n’t")):
                between = len(words) - 2 - i  # words between the negator and the claim
                draft.negated = (
                    words[i + 1] not in self.words["not_negating"]
                    and words[i + 1] not in self.words["negation_keepers"]
                    and not (word in self.words["noun_negators"] and between > 1)
                )  # "not only 5 but 12"; "not guilty to two counts"; "without power across three states"
                return

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

    def elliptical(self, draft: Draft) -> None:
        """A unit left out in a parallel: "81.3 years for women and 78.6 for men" (78.6 years);
        a player's weight after the height: "(6-1, 195)" (195 pounds)."""
        last = self.last
        if (
            last is not None
            and last.measure == "height"
            and not draft.unit
            and _WEIGHT_AFTER.match(self.text, last.end)
            and draft.end == self.text.index(")", last.end)
        ):
            draft.unit, draft.measure = "pound", "weight"
            return
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
        if not following or following[0].lower in _ELLIPSIS_ENDS:
            draft.unit, draft.currency, draft.points = last.unit, last.currency, last.points
            draft.measure = last.measure  # "aged 15 and 12": both ages

    def converted(self, draft: Draft) -> None:
        """A figure restated in another unit in brackets keeps the hedge of the figure it restates:
        "about 450 metres (1,500 feet)", "estimated at $US2 million ($3.04 million)"."""
        last = self.last
        if (
            last is None
            or draft.qualifier is not None
            or draft.sense != "bare"
            or last.sense in ("bare", "range", "exact")
            or last.sense in semantics.VAGUE_SENSES
            or not (draft.unit and last.unit)
            or _BRACKET.fullmatch(self.text, last.end, draft.start) is None
        ):
            return
        same_kind = (known_currency(draft.unit) and known_currency(last.unit)) or comparable(
            draft.unit, last.unit
        )
        if same_kind:
            draft.sense = last.sense

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
            or not _RESTATING.fullmatch(self.low, last.end, draft.start)
        ):
            return
        following = self.after(draft.end)
        if following and following[0].lower == "of":
            return  # "rose 3% in May and 40% of shoppers": a share, not the same change
        self.set_change(draft, last.change.removesuffix("_percent"))

    def index_points(self, draft: Draft) -> None:
        """ "Points" of a stock index or a large change are counted: "the Dow shed 500 points"."""
        if not draft.loose_points or draft.unit != "percent":
            return
        words = {t.lower for t in self.before(draft.start)} | {
            w.lower() for w in (draft.subject or "").split()
        }
        if max(map(abs, draft.values)) >= _MAX_PERCENTAGE_POINTS or words & self.words["index_nouns"]:
            draft.unit, draft.points = "", False

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

    def qualify_after(self, draft: Draft) -> None:
        """A qualifier written after the number ("or more", "or so", "10,000-plus")."""
        if draft.sense not in ("bare", "approximate", "estimated"):
            return
        toks = self.after(draft.end)
        if not toks or toks[0].start - draft.end > 1:
            return
        n = self.match_after(toks, 0, self.t.after)
        if not n:
            return
        row = self.t.after[tuple(map(LOWER, toks[:n]))]
        if toks[0].text in ("+", "-") and toks[0].start != draft.end:
            return  # "10,000+" and "10,000-plus" are glued; "5 plus 3" is a sum
        if draft.sense != "bare" and row.sense not in ("at_least", "at_most"):
            return  # "about 500 or so" says "about" once
        if (
            n < len(toks)
            and toks[n - 1].lower in _PREPOSITIONS
            and toks[n].lower in self.words["determiners"]
        ):
            return  # "12 hours and over the weekend", "3% and above all": a preposition, no bound
        written = self.text[toks[0].start : toks[n - 1].end]
        draft.qualifier = written if draft.qualifier is None else f"{draft.qualifier} ... {written}"
        draft.sense, draft.end = row.sense, toks[n - 1].end  # "about 500 or more" is a bound

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

    def subject_before(self, toks: list[Token]) -> str | None:
        """The head of the noun phrase before a change, its verbs left out: "Fares will go up" -> "Fares"
        (a verb in its bare form after a modal too)."""
        nouns = [t for k, t in enumerate(toks) if not self.is_bare_verb(toks, k)]
        return self.noun_before(self.without_verbs(nouns), head=True)[0]

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

    def set_change(self, draft: Draft, direction: str) -> None:
        if draft.values and all(v < 0 for v in draft.values):
            direction = "fall"  # "slipped -0.2%": the sign says which way (the reading takes its size)
        if (draft.unit == "percent" and not draft.points) or (not draft.unit and draft.granule is None):
            draft.change, draft.kind = f"{direction}_percent", "ratio"  # "fell by 30%", "by a third"
        else:
            draft.change, draft.kind = direction, "difference"
