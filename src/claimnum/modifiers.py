"""Stage 2, modifiers: qualifiers before and after a number ("more than", "or so"), bounds on ages,
negation, and what a claim takes from the one before it (an elided unit, a hedge restated in
another unit); ranges are :mod:`claimnum.ranges`, changes :mod:`claimnum.changes`."""

from __future__ import annotations

import re

from claimnum import semantics
from claimnum.changes import RESTATING, ChangeReader
from claimnum.reader import Draft, known_currency
from claimnum.tokens import LOWER, Token
from claimnum.units import comparable
from claimnum.word_forms import is_plural

_NEGATION_REACH = 4  # words before a claim that a negator may stand among
# A player's weight after the height in brackets: "(6-1, 195)".
_WEIGHT_AFTER = re.compile(r",\s?[1-3]\d\d\)")
# Last words of a qualifier after the number that may be a preposition opening a noun phrase.
_PREPOSITIONS = frozenset(("over", "above", "under", "below"))
_BRACKET = re.compile(r" ?[(\[] ?")  # "450 metres (1,500 feet)": a restatement opens a bracket
# "before the age of 40" is an age below 40; "after the age of 65" one above 65.
_AGE_LIMITS = {"before": "under", "after": "over"}
# Senses of a bound that reach past an article to the figure ("up to a 3.4 GHz chip").
_THROUGH_ARTICLE = frozenset(("up_to", "at_most", "at_least", "nearly", "just_over", "well_over", "within"))
# What may follow a number whose unit is left out: "78.6 for men", "4.9 in June", "3.", "3,".
_ELLIPSIS_ENDS = frozenset(("for", "in", "on", "at", "among", "by", ".", ",", ";", ")"))


class ModifierReader(ChangeReader):
    """The modifier stage: qualifiers before and after a number, bounds, negation, ellipsis.

    Parameters
    ----------
    text, tables, source, profile
        As :class:`~claimnum.reader.Reader` takes them:
        the document, the lexicon's tables,
        its source and its reading profile.

    Examples
    --------
    >>> import claimnum
    >>> [(c.qualifier, c.sense) for c in claimnum.extract("Nearly 40 died.")]
    [('Nearly', 'nearly')]
    """

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
            elif self.plural_bound(toks, draft.start):
                draft.qualifier, draft.start = toks[-1].text, toks[-1].start
                draft.sense = "over" if draft.sense == "bare" else draft.sense
                toks = toks[:-1]
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
            if self.fall_distance(draft, verb, subject) or self.stated_size(draft):
                return  # "the climber fell 450 metres", "jumped 2m high": a distance or a size, an amount
            self.set_change(draft, self.direction(verb))
            draft.start = verb[0].start
        elif toks and toks[-1].lower == "by":
            self.change_across(draft, toks)

    def plural_bound(self, toks: list[Token], start: int) -> bool:
        """Whether the last word is a headline's lower bound after a plural subject: "Sales Top
        1 Million", "Votes Pass 10,000" (as "tops" in prose; "the top 10" stays a plain figure)."""
        if len(toks) < 2 or toks[-1].lower not in self.words["plural_bound_verbs"]:
            return False
        verb, subject = toks[-1], toks[-2]
        capitalised = verb.text[:1].isupper() and subject.text[:1].isupper()
        return capitalised and is_plural(subject.lower) and self.is_headline(start)

    def rises_to(self, before_up: Token) -> bool:
        """Whether a capitalised "Up to" after this word is a headline's rise to a level.

        After a noun in title case it is ("Inflation Up to 3.1%", "Jobless Rate Up to 6.1%", however
        short the headline); after a verb of a ceiling it is a bound ("Tickets Cost Up to $300",
        "Suspects Face Up to 20 Years").
        """
        word = before_up.text
        return word[:1].isupper() and word.isalpha() and before_up.lower not in self.words["ceiling_verbs"]

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
            or not RESTATING.fullmatch(self.low, last.end, draft.start)
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
