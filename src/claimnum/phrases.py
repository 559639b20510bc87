"""Word classes and noun phrases: verbs, content words, the noun phrase before or after a number."""

from __future__ import annotations

from lemminflect import getAllLemmas

from claimnum.numerals import NUMBER_WORDS
from claimnum.profiles import Profile
from claimnum.reader import TIME_UNITS, Reader, Tables
from claimnum.rules import Predicate
from claimnum.tokens import PLAIN_WORD, Token, phrase_key
from claimnum.word_forms import is_gerund, is_plural

_HEADLINE_CAPITALS = 0.9  # the share of capitalised content words that makes a sentence a headline
_FINAL_STOPS = frozenset((".", "!", "?", "...", "…"))  # a line ending so is a sentence of prose
_LEAD = 4  # at most this many characters (quotes, brackets, spaces) before a sentence's first word
_LEADING = " \t\r\n\"'“‘([-—–"
WHEN_NOUNS = TIME_UNITS | {"winter", "summer", "spring", "autumn", "season", "quarter", "weekend"}


def _known(tables: Tables, word_class: str) -> dict[str, bool]:
    """The answers of a word class so far, forgotten when too many (memory stays flat)."""
    known = tables.known.setdefault(word_class, {})
    if len(known) > _KNOWN_WORDS:
        known.clear()
    return known


def is_superlative(toks: list[Token], k: int) -> bool:
    """ "largest", "biggest-ever": adjectives that do not name what is counted.

    Parameters
    ----------
    toks : list of Token
        The tokens of a phrase.
    k : int
        The index of the word asked about.

    Returns
    -------
    bool
        Whether the word is a superlative before another word, or "ever".

    Examples
    --------
    >>> from claimnum.tokens import tokenize
    >>> toks = tokenize("the largest city")
    >>> is_superlative(toks, 1), is_superlative(toks, 2)
    (True, False)
    """
    word = toks[k].lower
    if k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 2].lower == "ever":
        return True
    return word == "ever" or (len(word) > 5 and word.endswith("est") and k + 1 < len(toks))


_KNOWN_WORDS = 50_000  # words whose classes are remembered, per class; then they are forgotten


class PhraseReader(Reader):
    """Word classes (verbs, adverbs, content words) and the noun phrases around a number.

    Parameters
    ----------
    text, tables, source, profile
        As :class:`~claimnum.reader.Reader` takes them: the document, the
        lexicon's tables, its source and profile.

    Examples
    --------
    >>> from claimnum.reader import tables
    >>> PhraseReader("Three boats sank.", tables(), None, "median").is_plural("boats")
    True
    """

    def __init__(self, text: str, tables: Tables, source: str | None, profile: str | Profile) -> None:
        super().__init__(text, tables, source, profile)
        self.verbs = _known(tables, "verb")
        self.contents = _known(tables, "content")
        self.inflected = _known(tables, "inflected verb")
        self.not_naming = _known(tables, "function word or adverb")

    def word_classes(self) -> dict[str, Predicate]:
        """The word classes the rules of the grammar name ("<name>", "<noun>", ...)."""
        return {
            "<cap>": lambda t: t is not None and t.text[:1].isupper(),
            "<num>": lambda t: t is not None and t.text[:1].isdigit(),
            "<name>": self.is_name_word,
            "<singular_name>": lambda t: (
                self.is_name_word(t) and t is not None and not self.is_plural(t.lower)
            ),
            "<title_name>": lambda t: (  # "Magnum", never an initialism ("24 KO", "10 GB")
                t is not None
                and t.text[1:2].islower()
                and self.is_name_word(t)
                and not self.is_plural(t.lower)
            ),
            "<noun>": self.is_noun,
            "<singular_noun>": self.is_singular_noun,
        }

    def is_name_word(self, token: Token | None) -> bool:
        """A capitalised word that may name something: no function word, qualifier or change word,
        no inflected verb ("UN Says 400", "Police Said 3 Held"), and, for the first word of a
        sentence (capitalised by its place alone), no function word or adverb ("Mostly 300 came")."""
        if token is None or not token.text[:1].isupper() or PLAIN_WORD.fullmatch(token.text) is None:
            return False
        lower = token.lower
        return (
            lower not in self.words["not_names"]
            and not lower.endswith(("'s", "’s"))  # "the League's 20 clubs": a possessive owns them
            and phrase_key(token.text, case=True) not in self.t.units_case  # "a 1066 GB drive"
            and (lower,) not in self.t.before
            and (lower,) not in self.t.change_before
            and not (self._is_inflected_verb(lower) and not token.text.isupper())  # "AM 680": an initialism
            and not (self._is_function_or_adverb(lower) and self._opens_sentence(token))
        )

    def _is_inflected_verb(self, lower: str) -> bool:
        """A verb form that is no base form, no noun and no "-ing" form ("says", "held", "tops";
        not "kills", a noun too, nor "Downing", nor "lower"): a verb of a headline, never a name."""
        known = self.inflected.get(lower)
        if known is None:
            forms = getAllLemmas(lower)
            verbs = forms.get("VERB", ())
            known = bool(verbs) and lower not in verbs and "NOUN" not in forms and not is_gerund(lower)
            self.inflected[lower] = known
        return known

    def _is_function_or_adverb(self, lower: str) -> bool:
        """A function word or an adverb ("Still", "Elsewhere", "Nationwide"): no name, even capitalised.

        A word of time names a part of a story ("Day 3 of the trial"); a word lemminflect knows
        only as an adverb, adjective or function word names nothing."""
        known = self.not_naming.get(lower)
        if known is None:
            if lower in TIME_UNITS:
                known = False
            elif lower in self.words["stop"] or self.is_adverb(lower):
                known = True
            else:
                forms = getAllLemmas(lower)
                known = bool(forms) and not forms.keys() & {"NOUN", "PROPN", "VERB"}
            self.not_naming[lower] = known
        return known

    def _opens_sentence(self, token: Token) -> bool:
        """Whether ``token`` is the first word of its sentence (quotes and brackets before it aside)."""
        start, _ = self.sentence_span(token.start)
        return token.start - start < _LEAD and not self.text[start : token.start].strip(_LEADING)

    def is_singular_noun(self, token: Token | None) -> bool:
        """A lower-case noun in the singular that names no unit: what a count of one may count."""
        return (
            token is not None
            and self.is_noun(token)
            and not self.is_plural(token.lower)
            and self.unit_row(token.text) is None
        )

    def is_noun(self, token: Token | None) -> bool:
        """A lower-case word that may be what a number counts, or a unit."""
        if token is None:
            return False
        if self.unit_row(token.text) is not None:
            return True
        return token.text.islower() and self.is_content(token.text) and not self.is_verbal(token)

    def is_headline(self, position: int) -> bool:
        """Whether the sentence at ``position`` is in title case ("Storm Leaves 300 Homeless").

        Its words (no number words) are nearly all capitalised: a function word counts only when
        capitalised ("UN Says 400 Killed"), and is neutral in lower case ("Rise of 5% in the
        North").  Three such words make a headline; two do when no stop ends the line ("Quake
        Kills 40"), as a sentence of prose would.
        """
        start, _ = self.sentence_span(position)
        known = self._headlines.get(start)
        if known is None:
            known = self._headlines[start] = self._title_case(self.sentence_tokens(position)[0])
        return known

    def _title_case(self, toks: list[Token]) -> bool:
        """Whether capitalised words make ``_HEADLINE_CAPITALS`` of the words of ``toks``.

        A content word counts, and so does a function word written with a capital ("Police Say 3
        Held"); two such words make a headline on a line no stop ends ("Quake Kills 40").  A
        sentence stops being one at its first few lower-case content words (the tokens bound how
        many words there can be), so most sentences are told after a few words.
        """
        stop, lowers, words = self.words["stop"], 0, 0
        most, needed = len(toks), _HEADLINE_CAPITALS * len(toks)
        for t in toks:
            text = t.text
            if len(text) < 2 or not text[0].isalpha() or t.lower in NUMBER_WORDS:
                continue
            upper = text[0].isupper()
            if upper or t.lower not in stop:
                words += 1
                if not upper:
                    lowers += 1
                    if most - lowers < needed:  # too few capitals even if every token were a word
                        return False
        stopped = bool(toks) and toks[-1].text in _FINAL_STOPS
        enough = words >= 3 or (words == 2 and not stopped)
        return enough and words - lowers >= _HEADLINE_CAPITALS * words

    def is_verb(self, word: str) -> bool:
        known = self.verbs.get(word)
        if known is None:
            known = self.verbs[word] = self._is_verb(word)
        return known

    def _is_verb(self, word: str) -> bool:
        w = word.lower()
        if w in self.words["participles"]:
            return True
        if w in self.words["not_verbs"] or w in self.words["stop"] or not w.isalpha():
            return False
        # Regular forms only: with lemminflect's irregular pasts ("ran", "held") a noun phrase ends
        # at them and grouping loses links (0.846 -> 0.845); left for a change of noun_after itself.
        return (len(w) > 4 and w.endswith("ed")) or (len(w) > 5 and w.endswith("ing"))

    def is_bare_verb(self, toks: list[Token], k: int) -> bool:
        """Whether ``toks[k]`` is a verb in its bare form after "to" or a modal ("expected to reach")."""
        if k < 1 or not PLAIN_WORD.fullmatch(toks[k].text) or toks[k].lower in self.words["stop"]:
            return False
        j = k - 1
        while j > 0 and self.is_adverb(toks[j].lower):
            j -= 1
        return toks[j].lower in self.words["bare_verb_markers"]

    def is_verbal(self, token: Token) -> bool:
        """A verb, or a change word used as one ("fell", "rose")."""
        return self.is_verb(token.text) or (token.lower,) in self.t.change_before

    def is_plural(self, lower: str) -> bool:
        return lower in self.words["plurals"] or is_plural(lower)

    def is_content(self, word: str) -> bool:
        known = self.contents.get(word)
        if known is None:
            known = self.contents[word] = self._is_content(word)
        return known

    def _is_content(self, word: str) -> bool:
        w = word.lower()
        return (
            PLAIN_WORD.fullmatch(word) is not None
            and w not in self.words["stop"]
            and w not in self.words["auxiliaries"]
            and not self.is_adverb(w)
        )

    def is_adverb(self, lower: str) -> bool:
        """An adverb ("Bitcoin briefly topped", "two ahead of"): no part of a noun phrase."""
        return lower in self.words["adverbs"] or (
            len(lower) > 4 and lower.endswith("ly") and lower not in self.words["ly_nouns"]
        )

    def is_filler(self, lower: str) -> bool:
        """An auxiliary or an adverb, skipped between a subject and its verb."""
        return lower in self.words["auxiliaries"] or self.is_adverb(lower)

    def noun_after(self, toks: list[Token], i: int) -> tuple[str | None, int]:
        """A noun phrase of up to six words from token ``i``: its text and the index after it."""
        while i < len(toks) and toks[i].lower in self.words["determiners"]:
            i += 1
        while i + 1 < len(toks) and toks[i].lower in self.words["temporal"]:
            i += 1  # "14 of its last 16 matches"
        if (
            i + 1 < len(toks)
            and toks[i].text[:1].isdigit()
            and toks[i - 1].lower in self.words["determiners"] | self.words["temporal"]
        ):
            i += 1  # "50 of the 1,200 hostages"
        first = last = -1
        j = i
        while j < len(toks) and j - i < 7:
            word = toks[j].text
            if word == "-" and last == j - 1 and j + 1 < len(toks) and toks[j + 1].text.isalnum():
                j += 2 if toks[j + 1].text.isdigit() else 1  # "long-range", "F-16"
                last = j - 1 if toks[j - 1].text.isdigit() else last
                continue
            if not self.is_content(word):
                break
            nxt = toks[j + 1].text if j + 1 < len(toks) else "."
            irregular = toks[j].lower in self.words["predicate_participles"]
            if self.is_verb(word) and (
                first >= 0 or irregular or not self.is_content(nxt) or is_gerund(toks[j].lower)
            ):
                break  # "4,000 killed or injured", "soldiers arriving": a predicate
            if first >= 0 and toks[j].lower in self.words["present_verbs"]:
                break  # "one in four homes lacks"; but "100 orbits" counts orbits
            first = j if first < 0 else first
            last = j
            j += 1
            if self.is_plural(toks[last].lower) and j < len(toks) and not self.is_plural(toks[j].lower):
                break  # "households receive", "firms expect": the noun phrase ends at its plural head
        if first < 0:
            pronoun = i < len(toks) and toks[i].lower in self.words["pronouns"]  # "half of them returned"
            return None, i + pronoun
        return self.text[toks[first].start : toks[last].end], last + 1

    def noun_before(self, toks: list[Token], *, head: bool = False) -> tuple[str | None, int]:
        """The noun phrase ending where ``toks`` end (auxiliaries skipped): its text and first index."""
        k = len(toks) - 1
        while k >= 0 and self.is_filler(toks[k].lower):
            k -= 1
        if self.verb_after_noun(toks, k):
            k -= 1  # "The satellite orbits": the verb ends the noun phrase before it
        if k > 1 and toks[k].lower in WHEN_NOUNS and toks[k - 1].lower in ("this", "last", "next"):
            k -= 2  # "Rainfall this winter was": the time adverbial is not the subject
        if k > 0 and toks[k].lower in ("which", "who", "that") and toks[k - 1].text == ",":
            k -= 2  # "the company's shares, which had fallen 40%"
        elif k > 0 and toks[k].lower in ("which", "that") and self.is_content(toks[k - 1].text):
            k -= 1  # "a figure that has doubled"
            if self.is_verb(toks[k].text):
                return None, -1  # "said that": a clause, no noun phrase
        last = k
        while k >= 0 and k > last - 6:
            word = toks[k].text
            if word == "-" and k > 0 and self.is_content(toks[k - 1].text):
                k -= 1
                continue
            if not self.is_content(word) or self.is_verb(word):
                break
            k -= 1
        first = k + 1
        determiners = self.words["determiners"]
        while first <= last and (
            toks[first].text == "-" or toks[first].lower in determiners or is_superlative(toks, first)
        ):
            first += 1
        if first > last:
            return None, -1
        j = first - 1
        while j >= 0 and toks[j].lower in self.words["determiners"]:
            j -= 1
        if head and j > 0 and toks[j].lower in self.words["head_prepositions"]:
            found = self.noun_before(toks[:j], head=True)
            measured = toks[j].lower == "of" and found[0] is not None
            if found[0] is not None and not (
                measured and found[0].split()[-1].lower() in self.words["quantity_nouns"]
            ):
                return found  # "exports to the region fell": the head; but "a litre of diesel": diesel
        return self.text[toks[first].start : toks[last].end], first

    def verb_after_noun(self, toks: list[Token], k: int) -> bool:
        """Whether ``toks[k]`` is a present verb after "the/its <noun>" ("The mirror measures"),
        not the head of a compound ("Operating costs", "New measures")."""
        if k < 2 or toks[k].lower not in self.words["present_verbs"]:
            return False
        j = k - 1
        while j > 0 and self.is_filler(toks[j].lower):
            j -= 1  # "The front line now stretches"
        first = j
        while first >= 0 and first > j - 4 and self.in_noun(toks[first]):
            first -= 1  # "The household robot sells"
        if first == j or first < 0:
            return False
        before = toks[first].lower
        return before in self.words["determiners"] or before.endswith(("'s", "’s"))

    def in_noun(self, token: Token) -> bool:
        """A word of a noun phrase: content, no verb, no determiner."""
        return (
            self.is_content(token.text)
            and not self.is_verb(token.text)
            and token.lower not in self.words["determiners"]
        )

    def without_verbs(self, toks: list[Token]) -> list[Token]:
        """``toks`` without the verbs and adverbs that end them: "Shares closed" (up 19 cents)."""
        k = len(toks)
        while k > 1 and (
            self.is_filler(toks[k - 1].lower)
            or self.is_verbal(toks[k - 1])
            or self.verb_after_noun(toks, k - 1)
        ):
            k -= 1
        return toks[:k]
