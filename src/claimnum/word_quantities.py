"""Stage 1, quantities written in words: number words ("three", "two and a half million"), fractions
and ordinals ("half a million", "a third of", "a second climber"), vague quantities ("dozens",
"both", "no one"), one unit after an article ("within a week") and words of change ("halved")."""

from __future__ import annotations

import functools
import math
import re

from claimnum.data_files import data_table
from claimnum.lexicon import UnitRow, Vague
from claimnum.measure_lexicon import counted_kind
from claimnum.numerals import MULTIPLIERS, NUMBER_WORDS
from claimnum.reader import SCALE_WORDS, TIME_UNITS, Draft
from claimnum.tokens import Token
from claimnum.unit_phrases import UnitReader

_AND_A_HALF = re.compile(r"\s{1,3}and\s{1,3}a\s{1,3}half\b(?:\s{1,3}(thousand|million|billion|trillion)\b)?")
_NOT_ORDINAL = re.compile(r" in | out |s$")
# "half a million", "a quarter of a billion", "a quarter million", "a half-dozen", "half-a-dozen"
_OF_A_SCALE = re.compile(
    r"(?:\s{1,3}(?:(?:of\s{1,3})?an?\s{1,3})?|-(?:an?-)?)(thousand|million|billion|trillion|dozen)\b"
)
_BOTH_REACH = 4  # words after "both" among which an "and" makes it coordinate two things
BIG_SCALES = frozenset(("thousand", "million", "billion", "trillion"))
# "a day or two": one to two of a unit.
_OR_MORE_UNITS = re.compile(r"\s{1,3}or\s{1,3}(two|three)\b")
_SMALL = {"two": 2.0, "three": 3.0}
_PRONOUN_DETERMINERS = frozenset(("the", "this", "that", "which", "each", "any", "every"))  # "this one"
_QUOTE_ENDS = frozenset((",", '"', "”", "'", "’"))  # what ends a quote before its teller
_RANGE_NEXT = re.compile(rf"\s{{0,2}}(?:or|to|-|–)\s{{0,2}}(?=\d|(?i:{'|'.join(sorted(NUMBER_WORDS))})\b)")


def _POSSESSIVE(token: Token) -> bool:
    """A possessive noun: "team's", "Chargers’" (the apostrophe its own token is read apart)."""
    return token.lower.endswith(("'s", "’s"))


@functools.cache
def _ordinal_values() -> dict[str, float]:
    """The ordinal words and their numbers (``[ordinals]`` and ``[compound_ordinals]`` of
    ``data/claim_frames.toml``)."""
    table = data_table("claim_frames.toml")
    return {w: float(n) for w, n in (*table["ordinals"].items(), *table["compound_ordinals"].items())}


class WordQuantityReader(UnitReader):
    """Quantities written in words, and the words that make a small number a claim.

    Parameters
    ----------
    text, tables, source, profile
        As :class:`~claimnum.reader.Reader` takes them:
        the document, the lexicon's tables, source, reading profile.

    Examples
    --------
    >>> from claimnum.reader import Draft, tables
    >>> reader = WordQuantityReader("He played three quarters.", tables(), None, "median")
    >>> reader.of_a_game(Draft(10, 24, (0.75,), None, core_start=10, core_end=24))
    True
    """

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

    def and_a_half(self, draft: Draft) -> None:
        """ "two and a half years", "one and a half million": a half more, before any scale."""
        half = _AND_A_HALF.match(self.low, draft.end)
        if half is None:
            return
        factor = MULTIPLIERS[half.group(1)] if half.group(1) else 1
        value = draft.values[0]
        draft.values = ((value + math.copysign(0.5, value)) * factor,)  # "minus two and a half": -2.5
        draft.factor, draft.granule, draft.end = float(factor), 0.5 * factor, half.end()

    def casualty_count(self, draft: Draft) -> bool:
        """ "killing one", "arrested one", "one was injured": a casualty verb next to "one" counts it."""
        before, after = self.before(draft.start), self.after(draft.end)
        if before and before[-1].lower in self.words["casualty_verbs"]:
            return not after or after[0].lower not in ("of", "another")  # not "killing one another"
        return self.casualty_after(after)

    def casualty_after(self, after: list[Token]) -> bool:
        """ "was injured", "has been killed", "were hurt", "died": a passive casualty verb or a verb
        of death after a count ("no one else was hurt": "else" adds nothing)."""
        if after and after[0].lower == "else":
            after = after[1:]
        if after and after[0].lower in self.words["death_verbs"]:
            return True
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

    def counts_a_noun(self, draft: Draft) -> bool:
        """ "one soldier", "one of the 3 strains", "a one-seat majority"; not "one of them", "one day"."""
        toks = self.after(draft.end)
        if len(toks) > 2 and toks[0].lower == "of" and toks[1].lower == "the" and toks[2].text[:1].isdigit():
            return True
        if len(toks) > 1 and toks[0].text == "-" and toks[0].start == draft.end:
            toks = toks[1:]  # "a one-seat majority": a measure as an adjective
        if not toks or not self.is_content(toks[0].text):
            return False
        if toks[0].lower in self.words["not_counted"]:
            return self.harmed_people(toks)  # "One woman was stabbed" counts; "one man said" tells
        before = self.before(draft.start)
        if before and before[-1].lower in _PRONOUN_DETERMINERS and not self.is_noun(toks[0]):
            return False  # "this one involving taxes", "the one sitting there": a pronoun
        return not self.tells(toks) and not self.source_before(before)

    def harmed_people(self, toks: list[Token]) -> bool:
        """ "man was shot", "workers died", "fire crew members were hurt": a noun phrase of people
        (up to three words) the casualty verb after it counts."""
        return any(
            self.casualty_after(toks[k:]) and self.counts_people(toks[:k])
            for k in range(1, min(len(toks), 4))
        )

    def source_before(self, before: list[Token]) -> bool:
        """'"...," said one voter', "according to one estimate": the source of what is told, no count."""
        if len(before) > 1 and before[-2].lower == "according" and before[-1].lower == "to":
            return True
        return (
            len(before) > 1
            and before[-1].lower in self.words["telling_verbs"]
            and before[-2].text in _QUOTE_ENDS  # a quote before it, so the teller comes after the verb
        )

    def tells(self, toks: list[Token]) -> bool:
        """ "one friend said", "one neighbour, who gave only a first name, told": a source, no count."""
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
        if written.endswith("quarters") and (
            previous in self.words["temporal"] or (following != "of" and self.of_a_game(draft))
        ):
            draft.values, draft.granule = (float(round(draft.values[0] * 4)),), 1.0
            draft.unit = "quarter"
            return draft  # "the last two quarters", "played three quarters": periods, no share
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
        elif self.reads_as_ordinal(draft, written, previous, nxt):
            return self.ordinal_count(draft, toks, nxt)  # "a third term" is an ordinal, no share
        return draft

    def of_a_game(self, draft: Draft) -> bool:
        """Whether the sentence of a claim tells of a game (``game_words``): "he played three
        quarters" counts a game's quarters, "three quarters agree" is a share."""
        words = self.sentence_tokens(draft.start)[0]
        return any(t.lower in self.words["game_words"] for t in words)

    def reads_as_ordinal(self, draft: Draft, written: str, previous: str, nxt: list[Token]) -> bool:
        """Whether a fraction word ("a third", "one quarter") is an ordinal; each rule finds a share."""
        following = nxt[0].lower if nxt else ""
        if _NOT_ORDINAL.search(written):
            return False  # "one in five", "three out of four", "two thirds"
        if following == "of":
            return False  # "a third of the staff"
        if following == "the" and previous != "the":
            return False  # "one quarter the power"
        if previous == "by" and not (nxt and self.is_content(nxt[0].text)):
            return False  # "cut costs by a third": the size of a change; not "by a third man"
        return not self.qualified(draft)

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
        if row.ordinal:
            return self.ordinal_word(match, row)
        scale = row.scale
        for word in words[len(head.split()) :]:
            scale *= SCALE_WORDS.get(word, 1)
        after = self.after(match.end())
        following = after[0].text.lower() if after else ""
        if (row.needs_scale and scale == row.scale) or (row.needs_of and following != "of"):
            return None
        if row.values and self.text.startswith("-", match.end()):
            return None  # "a twice-divorced man", "the once-mighty club": part of an adjective
        harmed = self.casualty_after(after) or (row.needs_people and self.harmed_people(after))
        if row.needs_casualty and not harmed:
            return None  # "no one knew", "no details": no count of anything
        if row.needs_after and not self.span_of_time(row.needs_after, self.before(match.start()), following):
            return None  # "the minutes of the meeting", "in her final years after": no span of time
        if row.needs_people and not row.needs_casualty and not self.counts_people(after):
            return None  # "for a second", "a second term": no count of people
        if row.alone and self.coordinates(self.before(match.start()), after):
            return None  # "both the US and China", "Acme and Zeta both fell": two named, not a count
        if row.needs_before:
            previous = self.before(match.start())[-1:]
            if not previous or previous[0].lower not in row.needs_before:
                return None  # "in the early 30s": a decade, not an age
        grain = 1.0 if len(row.values) == 1 else None  # "twice", "no one": counted one by one
        ordinal = row.needs_people and not row.needs_casualty
        values = (self.ordinal_value(match.start(), row.values[0]),) if ordinal else row.values
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

    def span_of_time(self, needs_after: tuple[str, ...], before: list[Token], following: str) -> bool:
        """ "minutes later", "hours after", "within hours", "mere minutes": a plural unit of time is
        a span of several of it before a word of time, or after a word bounding it (``span_before``)."""
        if any(t.lower in self.words["possessives"] for t in before[-2:]):
            return False  # "in her final years after"
        return following in needs_after or (bool(before) and before[-1].lower in self.words["span_before"])

    def ordinal_word(self, match: re.Match[str], row: Vague) -> Draft | None:
        """ "finished fifth", "the third straight win": an ordinal word that states a rank or a count."""
        value = _ordinal_values().get(match.group().lower())
        if value is None:
            return None
        draft = Draft(
            match.start(), match.end(), (value,), 1.0, core_start=match.start(), core_end=match.end()
        )
        draft.sense, draft.digits = row.sense, False
        return self.ordinal(draft)

    def ordinal(self, draft: Draft) -> Draft | None:
        """An ordinal ("fifth", "30th") as a claim where it states a rank or a count: after a verb of
        ranking ("finished 30th", "came in fourth"), before a word of a streak ("a fifth straight
        title", "his third in a row"), before "in" ("28th in the league", "the fourth in three weeks"),
        the ordinal of a thing that happened to a number of them in a span ("the sixth ferry to be
        seized", "the fourth recall in three years") or of a person's or a thing's years or seasons ("his
        19th season", "its 160th anniversary").  Floors, degrees, dates and names are no claims."""
        text, end = self.text, draft.end
        if end < len(text) and text[end] == "-":
            return None  # "third-degree", "a fourth-floor flat": part of a word
        before, after = self.before(draft.start), self.after(end)
        previous = before[-1].lower if before else ""
        if previous in self.words["ordinal_dates"] or (len(before) > 1 and before[-2].lower == "on"):
            return None  # "April 29th", "on the 5th": a date
        first = draft.values[0] == 1  # "the 1st person to": as "the first", no count
        if not (
            self.ranked(before)
            or self.streak(after)
            or (not first and self.rank_in(previous, after))
            or (not first and self.counted_in_span(before, after))
            or (not first and self.tenure(before, after))
            or (not first and not before and self.harmed_people(after))  # "Third swimmer drowns"
        ):
            return None
        if after and after[0].lower in self.words["ordinal_years"]:
            draft.unit = "year"  # "his 11th birthday": years of age; "its 160th anniversary"
        draft.granule, draft.written = 1.0, True
        draft.measure = "ordinal"  # a place in an order: no age, no count of people to align with
        return draft

    def rank_in(self, previous: str, after: list[Token]) -> bool:
        """ "28th in the league", "the fourth in three weeks": an ordinal before "in" or "among"; not a
        second of time ("every second in the match") nor an idiom ("second in command")."""
        if not after or after[0].lower not in ("in", "among") or previous in self.words["ordinal_not_before"]:
            return False
        return len(after) < 2 or after[1].lower not in self.words["ordinal_not_in"]

    def ranked(self, before: list[Token]) -> bool:
        """ "finished 30th", "came in fourth", "is ranked fifth": a verb of ranking before the ordinal."""
        if before and before[-1].lower == "in":
            before = before[:-1]
        return bool(before) and before[-1].lower in self.words["rank_verbs"]

    def streak(self, after: list[Token]) -> bool:
        """ "a fifth straight title", "its third consecutive loss", "his 11th in a row"."""
        if after and after[0].lower in self.words["streak_words"]:
            return True
        words = [t.lower for t in after[:5]]
        return any(words[k : k + 3] == ["in", "a", "row"] for k in range(3))

    def counted_in_span(self, before: list[Token], after: list[Token]) -> bool:
        """ "the sixth ferry to be seized", "the third diver to drown", "the fourth safety recall in
        the past three years", "the league's third such fine in under six weeks": the ordinal of a
        noun after a determiner, then "to" and a verb or a span of time."""
        if not before or not (
            before[-1].lower in ("the", "its", "his", "her", "their") or _POSSESSIVE(before[-1])
        ):
            return False
        k = 0  # the noun phrase after the ordinal, and a participle: "the sixth ferry seized this spring"
        while k < min(len(after), 6) and (after[k].text in ("’", "'", "-") or self.is_content(after[k].text)):
            k += 1
        if k == 0 or k >= len(after) or after[0].lower in self.words["ordinal_not_counts"]:
            return False  # "the third floor in the building": a place, no count
        link = after[k].lower
        rest = after[k + 1 : k + 6]
        if link == "to":
            return (
                bool(rest)
                and rest[0].text.isalpha()
                and rest[0].text.islower()
                and (rest[0].lower == "be" or rest[0].lower not in self.words["stop"])
            )
        if link in ("in", "within", "this"):
            spans = self.words["ordinal_spans"]
            return (link == "this" and bool(rest) and rest[0].lower in spans) or any(
                t.lower in spans for t in rest
            )
        return False

    def tenure(self, before: list[Token], after: list[Token]) -> bool:
        """ "his 19th season", "its 160th anniversary", "the 160th anniversary": a count of years or
        seasons after a possessive (after "the" for an anniversary)."""
        if not before or not after or after[0].lower not in self.words["ordinal_tenures"]:
            return False
        previous = before[-1].lower
        return (
            previous in ("his", "her", "its", "their", "our", "my")
            or _POSSESSIVE(before[-1])
            or (previous == "the" and after[0].lower in self.words["ordinal_years"])
        )

    def coordinates(self, before: list[Token], after: list[Token]) -> bool:
        """ "Both" that coordinates or restates two things it names: "both the US and China" (an
        "and" among the few words after it, before any verb), "Acme and Zeta both fell" (after its
        subject, before the verb: the subject counts, "both" repeats it)."""
        if after and after[0].lower in self.words["both_idioms"]:
            return True  # "both sides", "both ways": an idiom of two sides, no count
        if before and before[-1].lower == "or":
            return True  # "a fine, a prison term or both": the two things named
        if len(after) > 1 and after[0].lower == "of" and after[1].lower in ("whom", "which"):
            return True  # "two engineers, both of whom left": the two counted before
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
        if more is not None and not n:  # a qualifier keeps its sense: "within a day or two"
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
        timed = draft.unit in TIME_UNITS or draft.unit in self.words["counted_periods"]  # "over four seasons"
        if toks[-1].lower != "over" or not (timed or period):
            return False
        return len(toks) < 2 or toks[-2].lower not in self.words["duration_verbs"]
