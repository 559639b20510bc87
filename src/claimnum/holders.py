"""Whose quantity a number is: the named holder of a claim.

Many figures of a story share one measure and unit but belong to different owners:
the offers of several bidders, the ages of several people, the seats of several
parties.  A careful reader tells them apart by the name that holds the number:

* its **possessor**: "Riverton's five-year offer", "the Owls' offer of $90 million";
* a name in **apposition**: "Delgado, 41,";
* a name the number's noun phrase is **from** or **by**: "an offer from the Hawks";
* a name its words modify: "38-year-old Ana Ruiz", "a $5 million Acme bid";
* the named **subject** of the verb that governs the number: "the Owls made him a
  five-year offer", "Riverton will go beyond five years", or a name right before what it
  holds ("the Owls offer was $90 million"); a participle's clause takes the main clause's
  subject ("..., despite making an offer");
* the teller's team, or the teller, when words stand for the holder in a report of its own
  figure: "Owls manager Ana Ruiz said his club offered", "Acme said it would cut 300 jobs".

A subject that only *tells* the figure ("police said 40 died", "Lt. Smith identified a
47-year-old man") is a source, not a holder, as is the possessor of a report ("the UN's
estimate"); only names count (a capitalised word that is no common word at the head of a
sentence).  A holder is normalised to its lower-case words; two holders are one when the
words of one are a run of the other's ("Delgado" and "Maria Delgado"); which holders a story
makes one is :mod:`claimnum.parties`' business: a link is forbidden only on positive
evidence of two different holders.

Examples
--------
>>> from claimnum.holders import holder_of, same_holder
>>> sentence = "The Bayport Owls made Jones a five-year offer."
>>> holder_of(sentence, sentence.index("five"), sentence.index(" offer"))
'bayport owls'
>>> same_holder("owls", "bayport owls"), same_holder("owls", "hawks")
(True, False)
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Sequence
from itertools import repeat
from typing import NamedTuple

from lemminflect import getAllLemmas

from claimnum.holder_runs import name_runs, same_holder
from claimnum.holder_words import holder_words as _words
from claimnum.measure_lexicon import clause_boundaries
from claimnum.measure_sentence import MONTHS, WEEKDAYS
from claimnum.word_forms import is_gerund, is_past

__all__ = [
    "holder_of",
    "name_runs",
    "names_in",
    "refers_back",
    "same_holder",
    "tells",
]

# Words, with a possessive ending kept on the word ("Riverton's", "Owls'"), and punctuation.
# Tokenised text writes it apart ("Owls ’ offer", "O ’ s").  A middle initial keeps its period
# ("George W. Bush"), so the name runs on.
_TOKEN = re.compile(
    r"(?<![\w.])[A-Z]\.(?= [A-Z][a-z])"  # a middle initial
    r"|[^\W_]+(?:[-'’.][^\W_]+)*(?: ?['’] ?s\b|(?<=s) ?['’](?!\w))?|[^\w\s]"
)
_POSSESSIVE = re.compile(r" ?['’] ?s?$")
_CLAUSE_END = frozenset(';:—–()[]"“”')  # punctuation no subject crosses; "--" reads as two dashes
_REACH = 6  # words between a possessor or a "from"/"by" and the number
_new_tuple = tuple.__new__
_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
_FIRST = operator.itemgetter(0)
_bare = functools.partial(_POSSESSIVE.sub, "")  # a word without its possessive ending
_APPOSITION_ENDS = frozenset({",", ")", "and", "."})
_SKIPPED = 3  # words of time between a verb of telling and the report it tells ("said last week")


class _Token(NamedTuple):
    text: str
    start: int
    end: int
    bare: str  # the word without its possessive ending

    @property
    def possessive(self) -> bool:
        return self.text != self.bare and self.text[:1].isalpha()


class _Sentence(NamedTuple):
    toks: tuple[_Token, ...]
    starts: tuple[int, ...]  # every token's start, ascending
    ends: tuple[int, ...]  # and its end
    headline: bool
    named: bool  # a word that may be a name, or that may make a merged party ("combined")

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The first token of the span ``start:end`` and the first after it."""
        return bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, end)


# A document's worth of sentences: reconcile reads the frames of each document right after its
# extraction, and the clustering asks of the claims in their order.  The tokens are named tuples,
# which the garbage collector keeps scanning (it stops only for plain tuples): a larger cache
# slows every collection of a long reconciliation.
@functools.lru_cache(maxsize=64)
def _read(sentence: str) -> _Sentence:
    """A sentence's tokens and whether it is a headline, once for all its numbers."""
    # Every step a map over the matches, run by C: a sentence has many tokens, a story many sentences.
    matches = list(_TOKEN.finditer(sentence))
    words = list(map(_GROUP, matches))
    starts, ends = tuple(map(_START, matches)), tuple(map(_END, matches))
    possessives = "'" in sentence or "’" in sentence
    bares = [_bare(w) if "'" in w or "’" in w else w for w in words] if possessives else words
    toks = tuple(map(_new_tuple, repeat(_Token), zip(words, starts, ends, bares, strict=True)))
    named = any(map(_capital, bares)) or not _words().merged.isdisjoint(map(str.lower, words))
    return _new_tuple(_Sentence, (toks, starts, ends, _is_headline(words), named))


@functools.lru_cache(maxsize=16384)
def _forms(lower: str) -> frozenset[str]:
    """The word classes lemminflect knows for a word ("VERB", "NOUN", ...)."""
    return frozenset(getAllLemmas(lower))


def _capitalised(token: _Token) -> bool:
    """A capitalised word that may be part of a name: not a function word, not a time word."""
    return _capital(token.bare)


@functools.lru_cache(maxsize=16384)
def _capital(word: str) -> bool:
    lower = word.lower()
    return (
        word[:1].isupper()
        and word[:1].isalpha()
        and lower not in _words().function
        and lower not in WEEKDAYS
        and lower not in MONTHS
    )


def _is_name(toks: Sequence[_Token], k: int, headline: bool) -> bool:
    """A capitalised word that names someone: not a time word, not a common word opening a sentence."""
    if not _capitalised(toks[k]):
        return False
    lower = toks[k].bare.lower()
    opening = k == 0 or not toks[k - 1].text[:1].isalnum()
    # A common word opens a sentence, or any word of a headline, capitalised; a possessive
    # there still names its owner ("Owls' Five-Year Offer").
    return not ((opening or headline) and _forms(lower) and not toks[k].possessive)


def _is_headline(words: Sequence[str]) -> bool:
    """Most content words capitalised: every word would read as a name."""
    content = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return len(content) >= 3 and sum(map(str.isupper, map(_FIRST, content))) >= 0.9 * len(content)


def _name_ending(toks: Sequence[_Token], k: int, headline: bool) -> str | None:
    """The name whose last word is ``toks[k]``, lower-cased, possessive dropped."""
    if k < 0 or not _is_name(toks, k, headline):
        return None
    first = k
    # A name's first word may be a common one opening the sentence ("Advanced Micro Devices").
    while not headline and first > 0 and _capitalised(toks[first - 1]) and not toks[first - 1].possessive:
        first -= 1
    return " ".join(t.bare.lower() for t in toks[first : k + 1])


def _name_starting(toks: Sequence[_Token], k: int, headline: bool = False) -> tuple[str | None, int]:
    """The name whose first word (after "the") is ``toks[k]``, and the position after it."""
    if k < len(toks) and toks[k].text.lower() == "the":
        k += 1
    last = k
    while last < len(toks) and _is_name(toks, last, headline):
        last += 1
    return (" ".join(t.bare.lower() for t in toks[k:last]) or None), last


def _is_verb(toks: Sequence[_Token], k: int) -> bool:
    """A verb; a word that may also be a noun ("offer", "looks") only inside a verb chain ("to offer")."""
    verb = _facts(toks[k].text)[0]
    return (k > 0 and _links(toks[k - 1])) if verb is None else verb


def _links(token: _Token) -> bool:
    """A word that may stand inside a verb chain: an auxiliary, "to", an adverb ("reportedly")."""
    return _facts(token.text)[1]


@functools.lru_cache(maxsize=16384)
def _facts(word: str) -> tuple[bool | None, bool, bool]:
    """What the scans ask of a word, once per word: whether it is a verb (``None``: one that may also
    be a noun, a verb only inside a verb chain), a word of a verb chain, a word opening a clause."""
    lower, forms, classes = word.lower(), _forms(word.lower()), _words()
    verb = word[:1].islower() and bool(forms & {"VERB", "AUX"}) and lower not in classes.function
    linking = lower in classes.linking or bool(_dictionary_forms(lower) & classes.linking) or forms == {"ADV"}
    opening = lower in clause_boundaries() or lower == "that"
    return (None if verb and "NOUN" in forms else verb), linking, opening


@functools.lru_cache(maxsize=16384)
def tells(word: str) -> bool:
    """Whether a word is a verb of telling a figure ("said", "reported"), whose subject is a source.

    Parameters
    ----------
    word : str
        A word as written.

    Returns
    -------
    bool
        True when a dictionary form of the word is a verb of telling.

    Examples
    --------
    >>> from claimnum.holders import tells
    >>> tells("said"), tells("killed")
    (True, False)
    """
    return bool(_dictionary_forms(word) & _words().reporting)


@functools.lru_cache(maxsize=16384)  # lemminflect copies its tables on every call
def _dictionary_forms(word: str) -> frozenset[str]:
    return frozenset(form for forms in getAllLemmas(word.lower()).values() for form in forms)


def _possessor(toks: Sequence[_Token], at: int, headline: bool) -> str | None:
    """A named possessor just before the number: "Riverton's offer", "Owls' Big Offer"."""
    for k in range(at - 1, max(-1, at - 1 - _REACH), -1):
        token = toks[k]
        if not token.text[:1].isalnum() or _is_verb(toks, k):
            return None
        if token.possessive:
            nouns = toks[k + 1 : at]
            if any(_dictionary_forms(noun.bare) & _words().reports for noun in nouns):
                return None  # "the UN's estimate of 52", "Haiti's death toll": a source, or no owner
            return _name_ending(toks, k, headline)
    return None


def _apposition(toks: Sequence[_Token], at: int, after: int, headline: bool) -> str | None:
    """A bare number set off by a comma right after a name: "Delgado, 41, was walking"."""
    if at < 2 or toks[at - 1].text != "," or after != at + 1:
        return None
    if after < len(toks) and toks[after].text.lower() not in _APPOSITION_ENDS:
        return None
    name = _name_ending(toks, at - 2, headline)
    if name is None and at == 2 and _an_age(toks[at]) and after < len(toks) and toks[after].text == ",":
        # "King, 39, a clerk, said": a word opening the sentence, set off with an age, names someone
        word = toks[0]
        return word.bare.lower() if _capitalised(word) and not word.possessive else None
    return name


def _an_age(token: _Token) -> bool:
    return token.text.isdigit() and 0 < int(token.text) < 120


def _named_after(toks: Sequence[_Token], after: int, headline: bool) -> str | None:
    """The name the number's words modify: "38-year-old Ana Ruiz", "a $5 million Acme bid".

    A name followed by a common noun only describes it ("a 39-year-old Troy man"), unless
    that noun is one of what a party holds.
    """
    if headline or after == 0 or after >= len(toks) or not _is_name(toks, after, headline):
        return None
    name, end = _name_starting(toks, after)
    if end < len(toks) and _held(toks[end]):
        return name
    if not toks[after - 1].text.lower().endswith("old"):
        return None
    following = toks[end].text if end < len(toks) else ""
    describes = following[:1].islower() and "NOUN" in _forms(following) and not _is_verb(toks, end)
    return None if describes and following not in _words().function else name


def _from_or_by(toks: Sequence[_Token], after: int, headline: bool) -> str | None:
    """One name after the number's noun phrase: "a six-year offer still on the table from the Hawks"."""
    for k in range(after, min(len(toks), after + _REACH)):
        token = toks[k]
        if not token.text[:1].isalnum() or _is_verb(toks, k):
            return None
        if token.text.lower() in ("from", "by"):
            name, end = _name_starting(toks, k + 1, headline)  # a headline's "By Police" names no one
            if end < len(toks) and toks[end].text.lower() == "and":
                return None  # "offers by the Owls and the Hawks": two holders, neither alone
            return name
    return None


def _subject(toks: Sequence[_Token], k: int | None, headline: bool) -> str | None:
    """The named subject ending at ``toks[k]`` (:func:`_subject_end`) of the verb that governs the
    number, or the name that holds it ("the Owls offer")."""
    if k is None:
        return None
    name = _name_ending(toks, k, headline)
    if name is not None and _coordinated(toks, k - len(name.split()), headline):
        return None  # "the Owls and the Hawks offered $9 million": neither holds it alone
    return name or _holding_of(toks, k, headline) or _merged(toks, k)


def _coordinated(toks: Sequence[_Token], before: int, headline: bool) -> bool:
    """Whether the name after ``toks[before]`` ends two joined by "and": "the Owls and the Hawks"."""
    j = before - 1 if before >= 0 and toks[before].text.lower() == "the" else before
    return j >= 1 and toks[j].text.lower() == "and" and _is_name(toks, j - 1, headline)


def _merged(toks: Sequence[_Token], k: int) -> str | None:
    """The party two others make together: "the combined company will have revenue of $11 billion"."""
    kind, merged = toks[k].bare.lower(), toks[k - 1].text.lower() if k > 0 else ""
    return f"{merged} {kind}" if kind in _words().kinds and merged in _words().merged else None


def _holding_of(toks: Sequence[_Token], k: int, headline: bool) -> str | None:
    """The name written right before a noun of what it holds: "the Owls offer", "Riverton's bid"."""
    noun = toks[k]
    if k < 1 or not noun.text[:1].islower() or not _held(noun):
        return None
    return _name_ending(toks, k - 1, headline)


def _held(token: _Token) -> bool:
    """A noun of what a party holds: "offer", "bids", "earnings"."""
    word = token.bare.lower()
    return word in _words().holdings or bool(_dictionary_forms(word) & _words().holdings)


def _subject_end(toks: Sequence[_Token], at: int, headline: bool) -> int | None:
    """The position of the last word of the subject of the verb governing the number."""
    if headline:
        return None
    k = at - 1
    while k >= 0 and not _is_verb(toks, k):  # the number's object phrase: "Jones a five-year"
        if toks[k].text in _CLAUSE_END or _opens_clause(toks[k]):
            return None
        k -= 1
    verb = toks[k] if k >= 0 else None
    if verb is None or (
        _dictionary_forms(verb.text) & _words().reporting and not any(map(_held, toks[k:at]))
    ):
        return None  # "police reported 40 deaths"; but "Acme reported revenue of $5 million" is its own
    agent = k + 2 < len(toks) and toks[k + 1].text.lower() == "by" and not is_gerund(toks[k + 2].text.lower())
    if agent:
        return None  # "Lisbon hit by a 2-million-euro theft": a passive subject holds nothing
    if _received(toks, k):
        return None  # "Jones was offered $90 million": the subject is the one the offer went to
    if is_gerund(verb.text.lower()) and k > 1 and toks[k - 1].text.lower() in _words().adjuncts:
        # "the Owls will not sign him, despite making an offer": the main clause's subject
        return _subject_end(toks, k - 2 if toks[k - 2].text == "," else k - 1, headline)
    if is_gerund(verb.text.lower()) and (k == 0 or not _links(toks[k - 1])):
        return None  # "Springfield following a vigil": a participle without its verb has no subject
    # The verb chain: "will go", "have reportedly only offered", "looks to ink".
    while k > 0 and (_is_verb(toks, k - 1) or _links(toks[k - 1])):
        k -= 1
        if _dictionary_forms(toks[k].text) & _words().reporting and not _does_not_tell(toks, k):
            return None
    if k > 1 and toks[k - 1].text.lower() == "and":
        return _subject_end(toks, k - 1, headline)  # "Acme reported a loss and employs 9,500": one subject
    k -= 1
    if k >= 1 and toks[k].text == ",":  # "The Owls, according to reports, have offered"
        opening = next((j for j in range(k - 1, max(-1, k - 1 - _REACH), -1) if toks[j].text == ","), None)
        if opening is not None:
            k = opening - 1
    return k if k >= 0 else None


def _received(toks: Sequence[_Token], k: int) -> bool:
    """Whether the verb at ``k`` is a passive one of what a party holds: "was offered", "were bid".

    A bare "be" ("will be offered") is left out: it reads as a linking word of the verb chain.
    """
    passive = k > 0 and toks[k - 1].text.lower() != "be" and "be" in _dictionary_forms(toks[k - 1].text)
    return passive and is_past(toks[k].text.lower()) and _held(toks[k])


def _does_not_tell(toks: Sequence[_Token], k: int) -> bool:
    """A verb of telling whose subject does not tell: passive ("the offer was expected to be"), or
    with a verb of its own ("the Owls expect to sign him", "Riverton claims to have paid")."""
    passive = k > 0 and "be" in _dictionary_forms(toks[k - 1].text)
    return passive or (k + 1 < len(toks) and toks[k + 1].text.lower() == "to")


def _opens_clause(token: _Token) -> bool:
    """A word beyond which a subject belongs to another clause ("that", "when", "which")."""
    return _facts(token.text)[2]


def holder_of(sentence: str, start: int, end: int) -> str | None:
    """Return the named holder of the number at ``start:end`` of a sentence, or ``None``.

    Parameters
    ----------
    sentence : str
    start, end : int
        The claim's offsets in the sentence.

    Returns
    -------
    str or None
        The holder's words, lower-cased ("bayport owls"), or ``None`` when no name holds it.

    Examples
    --------
    >>> from claimnum.holders import holder_of
    >>> s = "Delgado, 41, was walking with Ana Ruiz's brother."
    >>> holder_of(s, 8, 10)
    'delgado'
    >>> s = "Police said 40 people died."
    >>> holder_of(s, 12, 14) is None
    True
    """
    read = _read(sentence)
    if not read.named:
        return None  # every holder is a name, or a merged party ("the combined company")
    toks, headline = read.toks, read.headline
    at, after = read.span(start, end)
    found = (
        _possessor(toks, at, headline)
        or _apposition(toks, at, after, headline)
        or _from_or_by(toks, after, headline)
        or _named_after(toks, after, headline)
    )
    if found is not None:
        return found
    subject = _subject_end(toks, at, headline)
    found = _subject(toks, subject, headline)
    if found is not None:
        return found
    referring = _referring_at(toks, at, subject)
    return None if referring is None else _teller(toks, referring)


def refers_back(sentence: str, start: int, end: int) -> bool:
    """Whether the number's holder is written without its name: a pronoun or "the" and a kind.

    "his club had made an eight-year offer", "its bid of $5 billion", "the company
    earned $2 million", "the offer was worth $5 billion": the holder is one the story named before.

    Parameters
    ----------
    sentence : str
        The number's sentence.
    start, end : int
        Where the number's words stand in it.

    Returns
    -------
    bool
        True for a holder written as a pronoun or as "the" and a kind.

    Examples
    --------
    >>> from claimnum.holders import refers_back
    >>> s = "The club had also made an eight-year offer."
    >>> refers_back(s, s.index("eight"), s.index(" offer")), refers_back("Police said 40 died.", 12, 14)
    (True, False)
    """
    read = _read(sentence)
    at, _ = read.span(start, end)
    return _referring_at(read.toks, at, _subject_end(read.toks, at, read.headline)) is not None


def _referring_at(toks: Sequence[_Token], at: int, k: int | None) -> int | None:
    """Where the words that stand for the number's holder start: "its", "the company", "his club".

    ``k`` is the last word of the subject of the verb governing the number (:func:`_subject_end`).
    """
    referring = _words().referring
    for j in range(at - 1, max(-1, at - 1 - _REACH), -1):  # "its $5 billion bid"
        if not toks[j].text[:1].isalnum() or _is_verb(toks, j):
            break
        if toks[j].text.lower() in referring:
            return j
        if toks[j].possessive and _a_kind(toks, j):
            return j - 1  # "the company's $2 million profit"
    if k is None:
        return None
    if _a_kind(toks, k):
        return k - 1  # "the club", "his club"
    if toks[k].bare.lower() in referring:
        return k  # "they offered"
    owned = k > 0 and (toks[k - 1].text.lower() in referring or toks[k - 1].text.lower() in _words().definite)
    return k - 1 if owned and _held(toks[k]) else None  # "its bid", "the offer"


def _teller(toks: Sequence[_Token], referring: int) -> str | None:
    """The party that words standing for a holder name in a report of its own figure.

    "The Owls said they made an offer", "Owls manager Ana Ruiz confirmed that his club made
    an offer": the teller's team (a name that its role words follow, or its possessor),
    else the teller itself, unless the words are a person's ("his club": whose club?).
    """
    j = referring - 1
    if j >= 0 and toks[j].text.lower() == "that":
        j -= 1
    # "said last week they made": a few words of time may stand between the telling and its report
    for _ in range(_SKIPPED):
        if j < 1 or tells(toks[j].text) or not toks[j].text[:1].isalnum() or _is_verb(toks, j):
            break
        j -= 1
    if j < 1 or not toks[j].text[:1].islower() or not tells(toks[j].text):
        return None
    while j > 1 and _links(toks[j - 1]):  # "recently confirmed", "has said"
        j -= 1
    end = j - 1
    first = end
    while first > 0 and end - first < _REACH and toks[first - 1].text[:1].isalnum():
        if _is_verb(toks, first - 1) or _opens_clause(toks[first - 1]):
            break
        first -= 1
    for i in range(first, end):
        # "Owls manager Ana Ruiz", "the Owls' manager Ana Ruiz": the teller's team
        team = _capitalised(toks[i]) and (toks[i].possessive or toks[i + 1].text[:1].islower())
        if team and any(_capitalised(t) for t in toks[i + 1 : end + 1]):
            return " ".join(t.bare.lower() for t in toks[_run_start(toks, i) : i + 1])
    word = toks[referring].text.lower()
    if word in ("his", "her") and referring + 1 < len(toks) and _a_kind(toks, referring + 1):
        return None
    if referring + 1 < len(toks) and "be" in _dictionary_forms(toks[referring + 1].text):
        return None  # "the outlet claims it was $5 million": "it" is the figure's thing, not the teller
    if end == 0 and word in ("it", "its") and _capitalised(toks[0]) and not toks[0].possessive:
        return toks[0].bare.lower()  # "Acme said it would cut 300 jobs": a thing that tells names itself
    return _name_ending(toks, end, False)


def _run_start(toks: Sequence[_Token], i: int) -> int:
    """The first of the capitalised words that end at ``toks[i]``."""
    while i > 0 and _capitalised(toks[i - 1]) and not toks[i - 1].possessive:
        i -= 1
    return i


def _a_kind(toks: Sequence[_Token], k: int) -> bool:
    """A kind of holder after "the" or a pronoun: "the club", "his team"."""
    before = toks[k - 1].text.lower() if k > 0 else ""
    return toks[k].bare.lower() in _words().kinds and (before == "the" or before in _words().referring)


def names_in(sentence: str) -> list[str]:
    """Every name written in a sentence, lower-cased.

    Parameters
    ----------
    sentence : str
        A sentence (a headline names nothing).

    Returns
    -------
    list of str
        The names, in the order written.

    Examples
    --------
    >>> names_in("Dan Moss said the Riverton Hawks made an offer to Bayport.")
    ['dan moss', 'riverton hawks', 'bayport']
    """
    read = _read(sentence)
    if read.headline:
        return []
    toks = read.toks
    found, k = [], 0
    while k < len(toks):
        end = k
        while end < len(toks) and _capitalised(toks[end]) and not toks[end].possessive:
            end += 1
        if end > k and any(_is_name(toks, j, False) for j in range(k, end)):
            found.append(" ".join(t.bare.lower() for t in toks[k:end]))
        k = max(end, k + 1)
    return found
