"""Stage 3, context: the subject, predicate and measure of a claim."""

from __future__ import annotations

import functools

from lemminflect import getAllLemmas, getInflection

from claimnum.measure_lexicon import measure_of_noun
from claimnum.measures import measure_of
from claimnum.modifiers import ModifierReader
from claimnum.numerals import NUMBER_WORDS
from claimnum.phrases import is_superlative
from claimnum.reader import TIME_UNITS, Draft, known_currency
from claimnum.tokens import PLAIN_WORD, Token

_COPULAS = frozenset(("is", "was", "are", "were", "be", "been"))
# Verbs before a duration that make the noun before them its subject: "the outage lasted 3 hours".
_LASTING = frozenset(("lasted", "lasts", "last", "lasting", "took", "takes", "take"))
_OBJECT_ENDS = frozenset(("since", "in", "on", "for", "from", "by", "of", "at", "this", "last", "next", "to"))
PARTICLES = frozenset(("up", "down", "in", "out", "back", "off"))
MODALS = frozenset(("to", "will", "would", "could", "should", "may", "might", "must", "can", "shall"))


def _counted_noun_last(subject: str) -> str:
    """A count written as an adjective counts its noun: "seat parliament" -> "parliament seats".

    "A 125-seat parliament" counts seats, as "125 seats" does; only a noun the measure
    lexicon counts is moved ("a 10-rack system" stays as written).

    Examples
    --------
    >>> [_counted_noun_last(s) for s in ("seat parliament", "employee startup", "rack system")]
    ['parliament seats', 'startup employees', 'rack system']
    """
    noun, _, rest = subject.partition(" ")
    if not rest or measure_of_noun(noun, None) is None:
        return subject
    plural = getInflection(noun, tag="NNS")
    return f"{rest} {plural[0] if plural else noun}"


@functools.lru_cache(maxsize=16384)
def inflected_verb(word: str) -> bool:
    """A verb form that is no base form ("said", "took", "were"): a clause's own verb (lemminflect).

    Parameters
    ----------
    word : str
        A word in lower case.

    Returns
    -------
    bool
        True for a verb form that is not its base form and no noun.

    Examples
    --------
    >>> [inflected_verb(w) for w in ("said", "were", "unions", "soldiers", "trade")]
    [True, True, False, False, False]
    """
    forms = getAllLemmas(word)
    verbs = set(forms.get("VERB", ())) | set(forms.get("AUX", ()))
    return bool(verbs) and word not in verbs and "NOUN" not in forms  # "soldiers" may be a verb too


class ContextReader(ModifierReader):
    """The context stage: the subject counted or measured, the predicate, and the measure.

    Parameters
    ----------
    text : str
        The document.
    tables : Tables
        The compiled lexicon (:func:`claimnum.reader.tables`).
    source : str or None
        The document's source.
    profile : str or Profile
        The semantics' profile.

    Examples
    --------
    >>> from claimnum.reader import Draft, tables
    >>> reader = ContextReader("Police arrested 300 people.", tables(), None, "median")
    >>> draft = Draft(16, 19, (300.0,), 1.0, 16, 19)
    >>> reader.subject(draft)
    >>> reader.measure(draft)
    >>> draft.subject, draft.predicate, draft.measure
    ('people', 'arrested', 'arrests')
    """

    def subject(self, draft: Draft) -> None:
        """The noun phrase counted or measured, and the verb that says what happened to it.

        Parameters
        ----------
        draft : Draft
            The claim being built; the method fills its fields.

        Examples
        --------
        >>> from claimnum.reader import Draft, tables
        >>> reader = ContextReader("Police arrested 300 people.", tables(), None, "median")
        >>> draft = Draft(16, 19, (300.0,), 1.0, 16, 19)
        >>> reader.subject(draft)
        >>> draft.subject, draft.predicate
        ('people', 'arrested')
        """
        toks, before = self.after(draft.end), self.before(draft.start)
        measure = bool(draft.unit) and draft.unit != "percent" and not known_currency(draft.unit)
        first = toks[0].lower if toks else ""
        i: int | None = 0
        bare_noun = len(toks) > 1 and toks[1].text.isalpha() and toks[1].text.islower()
        bare_noun = (
            bare_noun and toks[1].lower not in self.words["determiners"] and toks[1].lower not in NUMBER_WORDS
        )
        final_word = self.low[draft.start : draft.end].split()[-1]
        noun_change = draft.change is not None and (
            (draft.predicate or "") in self.t.change_nouns or final_word in self.t.change_nouns
        )
        previous = before[-1].lower if before else ""
        if first == "of" or (first == "in" and bare_noun and (draft.currency or noun_change)):
            i = 1  # "$5 million in aid", "a 2% rise in prices"; not "$8 billion in the quarter"
        elif draft.adjectival:
            i = 0
        elif (
            measure or draft.kind == "ratio" or (draft.currency and previous not in self.words["determiners"])
        ):
            i = None  # "a $5m grant" names its noun after it; "£500 need not be declared" does not
        if i is not None:
            subject, j = self.noun_after(toks, i)
            if subject is not None and first == "-" and not draft.unit:  # "a 125-seat parliament"
                subject = _counted_noun_last(subject)
            if first != "in" or draft.subject is None:  # "rose 5% in the third quarter"
                draft.subject = subject or draft.subject
            draft.predicate = draft.predicate or self.predicate_after(toks, j)
        percent_of = draft.unit == "percent" and first == "of"  # "debt is 40 percent of income"
        lasting = draft.unit in TIME_UNITS and bool(before) and before[-1].lower in _LASTING
        if (
            (draft.subject is None or percent_of)
            and draft.kind == "amount"
            and (draft.unit not in TIME_UNITS or lasting)
        ):
            qualifier_verb = (draft.qualifier or "").lower() in self.words["verb_qualifiers"]
            linked, verb = self.linked_noun(
                before, any_verb=measure, verb_qualifier=qualifier_verb, lasting=lasting
            )
            draft.subject = linked or draft.subject
            draft.predicate = draft.predicate or verb
        if draft.subject is None and draft.kind != "amount":
            draft.subject = self.subject_before(before)
        if draft.subject is None and draft.kind != "amount" and before and before[-1].lower in ("a", "an"):
            draft.subject = self.linked_noun(before[:-1], any_verb=True)[0]  # "counts showed a 2.5-fold rise"
        qualified_measure = (measure and draft.unit not in TIME_UNITS) or draft.currency
        last_word = before[-1].text if before and draft.qualifier is not None else ""
        sentence_start = len(before) <= 1 or before[-2].lower in self.words["determiners"]
        noun_last = self.is_content(last_word) and not self.is_verbal(before[-1])  # not "fell about 6 m"
        if (
            draft.subject is None
            and qualified_measure
            and noun_last
            and (last_word.islower() or sentence_start)
        ):
            draft.subject = self.noun_before(before)[0]  # "waves as high as 12 metres"
        if draft.predicate is None:
            draft.predicate = self.verb_before(before, far=measure)
        if draft.subject is None:
            self.inherit(draft)

    def measure(self, draft: Draft) -> None:
        """What the number measures: the grammar's when it knows ("age"), else the measure lexicon's.

        Parameters
        ----------
        draft : Draft
            The claim being built; the method fills its fields.

        Examples
        --------
        >>> from claimnum.reader import Draft, tables
        >>> reader = ContextReader("The blast killed 12 people.", tables(), None, "median")
        >>> draft = Draft(17, 19, (12.0,), 1.0, 17, 19, subject="people", predicate="killed")
        >>> reader.measure(draft)
        >>> draft.measure
        'deaths'
        """
        if draft.measure is not None:
            return
        at = self.sentence_offset(draft.start)  # in the sentence as stripped
        draft.measure = measure_of(
            self.sentence_text(draft.start),
            at,
            at + draft.end - draft.start,
            unit=draft.unit or None,
            subject=draft.subject,
            predicate=draft.predicate,
        )

    def inherit(self, draft: Draft) -> None:
        """Take the subject of the claim before, in the same sentence: "12,000 soldiers, 4,000 killed".

        Parameters
        ----------
        draft : Draft
            The claim being built; the method fills its fields.

        Examples
        --------
        >>> import claimnum
        >>> [claim.subject for claim in claimnum.extract("Of 40 guests, 12 stayed.")]
        ['guests', 'guests']
        """
        previous = self.last
        if previous is None:
            return
        claim = self.claims[-1]
        if self.sentence_span(previous.start) != self.sentence_span(draft.start):
            return
        if self.text[previous.end : draft.start].strip() == "(" and previous.unit and draft.unit:
            draft.subject, draft.predicate = claim.subject, draft.predicate or claim.predicate
        elif (
            not (draft.unit or previous.unit)
            and draft.kind == previous.kind == "amount"
            and draft.written
            and (self.part_of_previous(draft) or not self.told_by_verb(draft))
        ):
            draft.subject = claim.subject  # but "nine unions said 120,000 took part": the unions said it

    def told_by_verb(self, draft: Draft) -> bool:
        """ "unions said 120,000 took part": a verb of its own stands right before the claim.

        Parameters
        ----------
        draft : Draft
            The claim being built; the method fills its fields.

        Returns
        -------
        bool
            True when an inflected verb stands right before the claim.

        Examples
        --------
        >>> from claimnum.reader import Draft, tables
        >>> reader = ContextReader("Nine unions said 120,000 took part.", tables(), None, "median")
        >>> reader.told_by_verb(Draft(17, 24, (120000.0,), 1.0, 17, 24))
        True
        """
        before = self.before(draft.start)
        return bool(before) and inflected_verb(before[-1].lower)

    def part_of_previous(self, draft: Draft) -> bool:
        """ "seven bullets hit him, three of them from behind": a part of the figure before.

        Parameters
        ----------
        draft : Draft
            The claim being built; the method fills its fields.

        Returns
        -------
        bool
            True when "of them", "of whom" or "of which" follows the claim.

        Examples
        --------
        >>> from claimnum.reader import Draft, tables
        >>> text = "Seven bullets hit him, three of them from behind."
        >>> reader = ContextReader(text, tables(), None, "median")
        >>> reader.part_of_previous(Draft(23, 28, (3.0,), None, 23, 28))
        True
        """
        after = [t.lower for t in self.after(draft.end)[:2]]
        return after[:1] == ["of"] and after[1:] in (["them"], ["whom"], ["which"])

    def predicate_after(self, toks: list[Token], i: int) -> str | None:
        """The verb after a claim's noun, past any auxiliaries ("were killed", "killed or injured").

        Parameters
        ----------
        toks : list of Token
            A window of tokens of the reader's text (:meth:`before` or :meth:`after`).
        i : int
            The token where the verb may stand (after the noun phrase).

        Returns
        -------
        str or None
            The verb (with a coordinated second verb) in lower case, or None.

        Examples
        --------
        >>> from claimnum.reader import Draft, tables
        >>> from claimnum.tokens import tokenize
        >>> reader = ContextReader("", tables(), None, "median")
        >>> reader.predicate_after(tokenize("300 were killed"), 1)
        'killed'
        """
        while i < len(toks) and toks[i].lower in self.words["auxiliaries"]:
            i += 1
        if i >= len(toks) or not self.is_verb(toks[i].text):
            return None
        words = [toks[i].text]
        if i + 2 < len(toks) and toks[i + 1].lower in ("or", "and") and self.is_verb(toks[i + 2].text):
            words += [toks[i + 1].text, toks[i + 2].text]
        return " ".join(words).lower()

    def verb_before(self, toks: list[Token], *, far: bool) -> str | None:
        """The verb right before a claim ("capturing dozens"); for measures the nearest one in the clause.

        Parameters
        ----------
        toks : list of Token
            A window of tokens of the reader's text (:meth:`before` or :meth:`after`).
        far : bool
            Look for the nearest verb in the clause (for a measure with a unit), not only right before.

        Returns
        -------
        str or None
            The verb in lower case (with a coordinated verb before it), or None.

        Examples
        --------
        >>> from claimnum.reader import Draft, tables
        >>> from claimnum.tokens import tokenize
        >>> reader = ContextReader("", tables(), None, "median")
        >>> reader.verb_before(tokenize("troops capturing"), far=False)
        'capturing'
        """
        for k in range(len(toks) - 1, max(len(toks) - (9 if far else 2), -1), -1):
            word = toks[k].text
            if word in ',;:()"“”':
                return None
            if self.is_verb(word):
                if k >= 2 and toks[k - 1].lower in ("or", "and") and self.is_verb(toks[k - 2].text):
                    return f"{toks[k - 2].text} {toks[k - 1].text} {word}".lower()
                return word.lower()
        return None

    def object_to(self, toks: list[Token]) -> tuple[str | None, str | None]:
        """ "bringing the total to 10,457", "cut its forecast to 3.1%": the object and its verb.

        Parameters
        ----------
        toks : list of Token
            The tokens before the claim, ending with "to" or "at".

        Returns
        -------
        (str or None, str or None)
            The object and its verb, or two Nones.

        Examples
        --------
        >>> from claimnum.reader import Draft, tables
        >>> text = "It cut its forecast to 3.1%."
        >>> reader = ContextReader(text, tables(), None, "median")
        >>> reader.object_to(reader.before(text.index("3.1")))
        ('forecast', 'cut')
        """
        if len(toks) < 3 or toks[-1].lower not in ("to", "at"):
            return None, None
        for k in range(len(toks) - 3, max(len(toks) - 9, -1), -1):
            if toks[k].lower in self.words["object_verbs"]:
                found = self.object_phrase(toks[k + 1 : -1])
                return (found, toks[k].lower) if found else (None, None)
            if toks[k].text in ",;:":
                break
        return None, None

    def object_phrase(self, words: list[Token]) -> str | None:
        """The object after its verb, up to its first preposition: "the total since 2022" -> "total".

        Parameters
        ----------
        words : list of Token
            The tokens after the verb, of the reader's text.

        Returns
        -------
        str or None
            The object as written, or None.

        Examples
        --------
        >>> from claimnum.reader import Draft, tables
        >>> text = "It cut its forecast to 3.1%."
        >>> reader = ContextReader(text, tables(), None, "median")
        >>> reader.object_phrase(reader.before(text.index("3.1"))[2:4])
        'forecast'
        """
        i = 0
        while i < len(words) and words[i].lower in self.words["determiners"]:
            i += 1
        j = i
        while j < len(words) and PLAIN_WORD.fullmatch(words[j].text) and words[j].lower not in _OBJECT_ENDS:
            j += 1
        return self.text[words[i].start : words[j - 1].end] if j > i else None

    def linked_noun(
        self,
        toks: list[Token],
        *,
        any_verb: bool = False,
        verb_qualifier: bool = False,
        lasting: bool = False,
    ) -> tuple[str | None, str | None]:
        """ "NP, amounting to $X", "NP worth $X", "NP stood at 5%": the NP and the verb before it
        ("NP will last 3 weeks" when ``lasting``: a duration after a verb of lasting).

        Parameters
        ----------
        toks : list of Token
            The tokens before the claim, of the reader's text.
        any_verb : bool, optional
            Take any verb before the number as the link (a measure with a unit).
        verb_qualifier : bool, optional
            The claim's qualifier is a verb ("topped").
        lasting : bool, optional
            A duration after a verb of lasting.

        Returns
        -------
        (str or None, str or None)
            The noun phrase and the verb before it; None where there is none.

        Examples
        --------
        >>> from claimnum.reader import Draft, tables
        >>> text = "Cases stood at 52."
        >>> reader = ContextReader(text, tables(), None, "median")
        >>> reader.linked_noun(reader.before(text.index("52")))
        ('Cases', 'stood')
        """
        if len(toks) > 1 and toks[-1].lower == "record" and toks[-2].lower in ("a", "an", "the"):
            toks = toks[:-2]  # "grew to a record 7.6 million"
        carried = self.object_to(toks)
        if carried[0] is not None:
            return carried
        n = linked = self.match_before(toks, self.t.links)
        if not n and len(toks) > 1 and toks[-1].lower in ("to", "from") and self.is_verbal(toks[-2]):
            n = 1  # "rose from 4,000": a level after its verb
        k = len(toks) - n
        while k > 0 and self.is_filler(toks[k - 1].lower):
            k -= 1
        linking_verb = None
        linking = self.words["linking_verbs"]
        if (
            k > 1
            and toks[k - 1].lower in PARTICLES
            and (
                toks[k - 2].lower in linking or self.is_verbal(toks[k - 2]) or self.is_bare_verb(toks, k - 2)
            )
        ):
            k -= 1  # "came in at", "edged up to", "will go up from": the particle belongs to the verb
        if k > 0 and (
            toks[k - 1].lower in linking
            or ((n or any_verb) and self.is_verbal(toks[k - 1]))
            or self.is_bare_verb(toks, k - 1)
            or self.verb_after_noun(toks, k - 1)
            or (lasting and toks[k - 1].lower in _LASTING)
        ):
            k -= 1  # "stood at", "fell to", "Turnout was 52%" (but not "Investors pulled $7 billion")
            linking_verb = toks[k].lower
            while k > 0 and (
                toks[k - 1].lower in MODALS
                or self.is_filler(toks[k - 1].lower)
                or (k > 1 and toks[k - 2].lower in _COPULAS and self.is_verb(toks[k - 1].text))
            ):
                k -= 1  # "are expected to reach", "can weigh", "is expected to last"
        copula = any(t.lower in _COPULAS for t in toks[k : len(toks) - n])
        if not (n or linking_verb or verb_qualifier or copula):
            return None, None  # neither a link nor a verb: "paid 5%" has no subject before it
        if linked and k > 0 and toks[k - 1].text == ",":
            k -= 1
            j = k - 1
            while j > k - 4 and j >= 0 and toks[j].text[:1].isupper():
                j -= 1
            if 0 <= j < k - 1 and toks[j].lower in ("from", "by", "for", "to", "in", "of"):
                k = j  # "package from Sweden, amounting to"
        last = self.last
        if last is not None and k > 0 and last.start < toks[k - 1].end and toks[k - 1].start < last.end:
            return None, None  # "down 3.4 per cent at 512p": the words of a claim are no subject
        subject, first = self.noun_before(toks[:k], head=True)
        if linked == 1 and toks[-1].lower == "of":  # "an altitude of 550 km": the noun before "of"
            named = self.noun_before(toks[:k])
            if named[0] is not None and named[0].split()[-1].lower() not in self.words["quantity_nouns"]:
                subject, first = named
        if subject is None:
            return None, None
        j = first - 1
        while j >= 0 and (
            toks[j].lower in self.words["determiners"] or toks[j].text == "-" or is_superlative(toks, j)
        ):
            j -= 1
        verb = toks[j].lower if j >= 0 and self.is_verb(toks[j].text) else None
        return subject, linking_verb or verb
