"""Stage 1, what is no claim and numbers read specially: the context grammar (names, times, ages,
magnitudes), years, model numbers and other names with numbers, addresses of a pair ("junctions 3
and 5"), sides of a screen's resolution, inch marks, races after "K" and a minus glued to a word.

:class:`NonClaimReader` decides for the quantity stage (:mod:`claimnum.quantities`, which inherits
it) whether a number it read is a claim; it reads no number itself.
"""

from __future__ import annotations

import re

from claimnum.lexicon import load
from claimnum.numerals import NUMBER_WORDS
from claimnum.phrases import PhraseReader
from claimnum.reader import Draft
from claimnum.rules import Grammar, Rule
from claimnum.tokens import Token
from claimnum.word_forms import is_plural

# The second side of a resolution after the first ("1920 x 1200", "480-by-360"), and the first before it.
_BY = re.compile(r"\s?(?:[x×]|by|-by-)\s?\d{2,5}(?![\d.,]\d|\d)")
_YEAR_DIGITS = re.compile(r"1[5-9]\d\d|20\d\d")  # a year, written in four digits
_BY_BEFORE = re.compile(r"(?<![\d.,])\d{2,5}\s?(?:[x×]|by|-by-)\s?$")
_WORD_AFTER_MARK = re.compile(r"[ -]?[A-Za-z]")
_CAMEL_HUMP = re.compile(r"[a-z][A-Z]")
_OBJECTS = frozenset(("you", "it", "them", "us", "him", "her", "me"))  # "the Orvo 7200 helps you"

_GRAMMARS: dict[int, Grammar] = {}


def _grammar(reader: PhraseReader) -> Grammar:
    """The lexicon's rules compiled once per lexicon tables, with the word classes of phrases."""
    grammar = _GRAMMARS.get(id(reader.t))
    if grammar is None:
        rules = [
            Rule.of(r.name, r.decision, before=r.before, after=r.after, number=r.number, headline=r.headline)
            for r in load().rules
        ]
        grammar = _GRAMMARS[id(reader.t)] = Grammar(rules, words=reader.words, classes=reader.word_classes())
    return grammar


class NonClaimReader(PhraseReader):
    """The non-claims and special readings of stage 1: which numbers are names, years or sides of a
    resolution, and what the context grammar makes of a number (an age, a magnitude, a name).

    Parameters
    ----------
    text, tables, source, profile
        As :class:`~claimnum.reader.Reader` takes them:
        the document, the lexicon's tables, a source, a profile.

    Examples
    --------
    >>> from claimnum.reader import tables
    >>> reader = NonClaimReader("Article 5 applies.", tables(), None, "median")
    >>> reader.is_name("Article"), reader.is_name("ships")
    (True, False)
    """

    def in_pixels(self, draft: Draft, digits: str) -> bool:
        """A side of a screen's resolution: "1920 x 1200 pixels", "480-by-360 display", "1920x1200"."""
        if not 2 <= len(digits) <= 5 or not digits.isdigit():
            return False
        text, end = self.text, draft.end
        second = _BY.match(text, end)
        if second is not None:
            end = second.end()
        elif _BY_BEFORE.search(text, max(draft.start - 12, 0), draft.start) is None:
            return False
        following = self.after(end)[:2]
        if following and following[0].text == "-":
            following = following[1:]
        return bool(following) and following[0].lower in self.words["resolution_nouns"]

    def minus_glued(self, start: int, end: int) -> bool:
        """ "and-15C", "to-3°C": a minus glued to a function word before a temperature, where
        scraping lost the space; no other hyphen after a word is read as a sign."""
        text = self.text
        if start < 2 or text[start - 1] not in "-−" or not text[start - 2].isalpha():
            return False
        degrees = text.startswith(("°", "º"), end)
        letter = text.startswith(("C", "F"), end) and (end + 1 == len(text) or not text[end + 1].isalpha())
        if not (degrees or letter):
            return False
        word_start = text.rfind(" ", max(start - 12, 0), start - 1) + 1
        return text[word_start : start - 1].lower() in self.words["glued_minus_words"]

    def is_race(self, end: int) -> bool:
        """Whether a race follows a "K" glued to digits: "a 10K run", "the 5k fun run"."""
        toks = self.after(end)[:2]
        return bool(toks) and toks[0].start <= end + 1 and any(t.lower in self.words["races"] for t in toks)

    def by_grammar(self, draft: Draft) -> bool:
        """Apply the first rule of the context grammar that matches: False for a non-claim.

        An age or a magnitude sets the measure (and the unit: years, none).  A number glued
        to a word by a hyphen ("magnitude-5.9", "top-10") needs a rule that makes it a claim.
        """
        start, end = draft.core_start, draft.core_end
        before = self.before(start)
        rule = _grammar(self).decide(
            before, self.text[start:end], self.after(end), headline=lambda: self.is_headline(start)
        )
        decision = rule.decision if rule is not None else None
        glued = (
            draft.start == start > 1
            and self.text[start - 1] == "-"
            and self.text[start - 2].isalpha()
            and not (len(before) > 1 and before[-2].lower in NUMBER_WORDS)  # "two-three weeks": a range
            and not (len(before) > 1 and before[-2].lower in self.words["counts_after_hyphen"])
        )  # "a mother-of-two" counts two
        if decision == "age" and draft.unit in ("", "year") and draft.factor == 1:
            draft.unit, draft.measure = "year", "age"
            return True
        if decision == "magnitude" and not draft.unit and draft.factor == 1:
            draft.measure = "magnitude"
            return True
        if decision == "score" and not draft.unit and draft.factor == 1:
            draft.measure = "score"  # "beat City 2-0", "Baylin 70, Corvo 58": a side's score after its name
            return True
        if decision == "name":
            return (bool(draft.unit) or draft.factor > 1) and not glued
        return decision is None and not glued

    def inch_mark(self, position: int) -> bool:
        """Whether the straight quote at ``position``, right after digits, is an inch mark: a word
        follows that may be what is measured or its name ('the 17" laptop', 'the 17" MacBook', not
        'lost 17" and left') and no quotation is open before it in the sentence."""
        start, _ = self.sentence_span(position)
        if _WORD_AFTER_MARK.match(self.text, position + 1) is None:
            return False
        following = self.after(position + 1)[:1]
        word = following[0] if following and following[0].text != "-" else None
        noun = word is None or self.is_noun(word) or self.is_name_word(word)  # none: '12"-wide'
        return noun and self.text.count('"', start, position) % 2 == 0

    def not_a_claim(self, draft: Draft, digits: str) -> bool:
        """Years, and names with numbers ("Article 5", "Boeing 737")."""
        toks = self.before(draft.core_start)
        if toks and toks[-1].lower == "per":
            return True  # "12 deaths per 100,000 people": the base of a rate
        if draft.unit in self.words["counted_periods"] and _YEAR_DIGITS.fullmatch(digits):
            return True  # "the 2008 season": a year naming its season
        if draft.unit or draft.factor > 1 or "." in digits or "," in digits:
            return False
        if toks and draft.core_start - toks[-1].end <= 1 and self.is_name(toks[-1].text):
            return True
        if 3 <= len(digits) <= 5 and (digits in self.model_numbers() or self.after_two_names(draft, toks)):
            return True  # "the Acme Falcon 8900" ... "the 8900's screen": a name, twice
        if self.second_of_pair(toks):
            return True  # "junctions 3 and 5", "Articles 5 or 6": a second name
        if len(digits) == 4 and 1500 <= int(digits) <= 2100:
            after = self.after(draft.end)
            following = after[0].text if after and after[0].start - draft.end <= 1 else ""
            plural = following.islower() and is_plural(following) and self.is_content(following)
            plural = plural and following not in self.words["year_nouns"]  # "1990 levels", "the 1988 floods"
            determiner = toks[-1].lower if toks and draft.core_start - toks[-1].end <= 1 else ""
            if determiner in self.words["year_determiners"]:
                return not plural  # "the 2008 crisis": a year naming its event; "its 1500 workers": a count
            return not plural and not self.match_before(toks, self.t.before)
        return False

    def after_two_names(self, draft: Draft, toks: list[Token]) -> bool:
        """Whether the number is a model number after a name of two words inside a sentence ("the
        Zentra Wave 4500 features a camera"); a plural noun after it counts ("Ostrava Steel 300
        residents signed"), a word in -s before a determiner is the model's verb ("4500 offers a")."""
        if (
            len(toks) < 3
            or draft.core_start - toks[-1].end > 1
            or not (self.is_name_word(toks[-1]) and self.is_name_word(toks[-2]))
            or self.is_plural(toks[-1].lower)
            or self._opens_sentence(toks[-2])
            or self.is_headline(draft.core_start)
        ):
            return False
        after = self.after(draft.core_end)[:2]
        if not after or not (self.is_noun(after[0]) and self.is_plural(after[0].lower)):
            return True
        return len(after) > 1 and (after[1].lower in self.words["determiners"] or after[1].lower in _OBJECTS)

    def model_numbers(self) -> frozenset[str]:
        """The document's model numbers: integers of 3 to 5 digits written right after a
        capitalised word inside a sentence ("the Acme Falcon 8900") that the document also writes
        as a thing of its own ("the 8900", "the 8900's screen", "its predecessor, the 8320").

        Either use alone is no evidence ("Dow Hits 20000", "the 737"); a verb before the number or
        a plural after it ("Police Arrest 120 Suspects") makes it a count.  Read once per document
        from the digit runs the first stage found, looking only at the characters around each.
        """
        if self.named is not None:
            return self.named
        text, after_name, alone, standing = self.text, set(), set(), set()
        for start in self.digit_starts:
            end = start
            while end < len(text) and end - start < 6 and text[end].isdigit():
                end += 1
            glued = end < len(text) and text[end].isalnum()
            separated = end + 1 < len(text) and text[end] in ",." and text[end + 1].isdigit()  # "8,900"
            if not 3 <= end - start <= 5 or glued or separated or (start and text[start - 1] in ",."):
                continue
            digits = text[start:end]
            word_start = text.rfind(" ", max(start - 24, 0), start - 1) + 1
            word = (
                text[max(word_start, start - 23) : start - 1] if start > 1 and text[start - 1] == " " else ""
            )
            if text.startswith(("'s", "’s"), end) or word.lower() in self.words["model_determiners"]:
                alone.add(digits)
                if text.startswith(("'s", "’s", ".", ",", ";", ":", ")"), end):
                    standing.add(digits)  # "its predecessor, the 8320."
            elif word[:1].isupper() and word.isalpha() and self.named_before(word, word_start, end):
                after_name.add(digits)
        named = after_name & alone
        self.named = frozenset(named | standing if named else named)
        return self.named

    def named_before(self, word: str, word_start: int, end: int) -> bool:
        """Whether capitalised ``word`` before a number may name it: inside a sentence, no verb
        or function word, and no plural after the number ("Arrest 12 Suspects")."""
        if self.sentence_span(word_start)[0] >= word_start - 2 or self.is_verb(word):
            return False
        if self.is_headline(word_start):
            return False  # "Dow Hits 20000": title case is no evidence
        if word.lower() in self.words["not_names"]:
            return False
        following = self.after(end)[:1]
        return not (following and self.is_plural(following[0].lower) and following[0].text.isalpha())

    def second_of_pair(self, toks: list[Token]) -> bool:
        """Whether ``toks`` end with a name, a number and "and"/"or"/"to": "junctions 3 and"."""
        return (
            len(toks) > 2
            and toks[-1].lower in ("and", "or", "to", "&")
            and toks[-2].text.isdigit()
            and self.is_name(toks[-3].text)
        )

    def is_name(self, word: str) -> bool:
        lower = word.lower()
        if lower in self.words["name_prefixes"]:
            return True
        if word[:1].isupper() and lower in self.words["plural_name_prefixes"]:
            return True  # "Weeks 5-7", "Games 6 and 7"
        # "iOS 18", "eVTOL 2", "PlayStation 5": a product name in camel case; capitals alone are no
        # evidence (rules.py), and a possessive owns what follows ("McDonald's 400 stores")
        if lower.endswith(("'s", "’s")):
            return False
        return (word[:1].islower() and any(c.isupper() for c in word[1:])) or _CAMEL_HUMP.search(
            word
        ) is not None
