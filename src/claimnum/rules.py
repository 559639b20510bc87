"""A small rule engine: readable rules over token predicates, in the spirit of Duckling.

A :class:`Rule` says what a number is from the tokens around it: the tokens right
before it (``before``, nearest last), a pattern of the number as written
(``number``) and the tokens right after it (``after``).  Each token is tested by one
*predicate*, written in the lexicon (``[[rule]]`` rows of ``data/lexicon.toml``) as a
short string:

* ``"aged|age"``: the token, in lower case, is one of these words (or punctuation);
* ``"@name_prefixes"``: the token is in that word list of the lexicon;
* ``"<cap>"``, ``"<upper>"``, ``"<num>"``, ``"<end>"``...: a word class, looked up in the
  classes a stage passes to :class:`Grammar` (``"<end>"`` matches past the sentence's
  last token, ``"<start>"`` before its first);
* ``"/[A-Z]{2}/"``: the token as written matches this regular expression;
* ``"!x"``: the token does *not* match ``x`` (``"!<noun>"``);
* ``"a|<end>|@list"``: any of the alternatives.

A :class:`Grammar` holds the rules in lexicon order and returns the first that
matches; a rule marked ``headline = false`` is skipped in a title-case sentence, where
capitals say nothing.  Stages decide with it: the quantity stage asks whether a
number is a name, a clock time or an address, or an age or a magnitude.

Examples
--------
>>> from claimnum.tokens import tokenize
>>> rule = Rule.of("age after a name", "age", before=("<cap>", ","), after=(",|.",))
>>> toks = tokenize("Reid, 33, was held.")
>>> grammar = Grammar([rule], words={}, classes={"<cap>": lambda t: t.text[:1].isupper()})
>>> grammar.decide(toks[:2], "33", toks[3:]).decision
'age'
>>> grammar.decide(toks[:1], "33", toks[3:]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from claimnum.errors import InvalidArgumentError
from claimnum.tokens import Token

__all__ = ["DECISIONS", "Grammar", "Predicate", "Rule"]

Predicate = Callable[[Token | None], bool]
"""A test of one token (``None`` past the end of the sentence)."""

DECISIONS = frozenset({"name", "time", "address", "phone", "list", "term", "age", "magnitude", "score"})
"""What a rule may decide: six kinds of non-claim, or the measure of a claim."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: token patterns around a number and what they decide.

    Parameters
    ----------
    name : str
        What the rule recognises, in words.
    decision : str
        One of :data:`DECISIONS`.
    before, after : tuple of str
        Predicate specifications of the tokens right before (nearest last) and after.
    number : str
        A regular expression the number as written must match in full ("" for any).
    headline : bool
        Whether the rule holds in a title-case sentence too.

    Examples
    --------
    >>> Rule.of("a magnitude", "magnitude", after=("magnitude",)).after
    ('magnitude',)
    """

    name: str
    decision: str
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    number: str = ""
    headline: bool = True

    @classmethod
    def of(
        cls,
        name: str,
        decision: str,
        *,
        before: Iterable[str] = (),
        after: Iterable[str] = (),
        number: str = "",
        headline: bool = True,
    ) -> Rule:
        """A rule, its decision checked."""
        if decision not in DECISIONS:
            raise InvalidArgumentError(
                f"rule {name!r}: decision {decision!r} is not one of {sorted(DECISIONS)}"
            )
        return cls(name, decision, tuple(before), tuple(after), number, headline)


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: Rule
    before: tuple[tuple[int, Predicate], ...]  # (distance before the number, 1 = right before; its test)
    after: tuple[tuple[int, Predicate], ...]  # (index after the number, 0 = right after; its test)
    number: re.Pattern[str] | None


class Grammar:
    """Rules compiled against the lexicon's word lists and a stage's word classes.

    Parameters
    ----------
    rules : iterable of Rule
        Tried in order; the first that matches decides.
    words : mapping of str to frozenset of str
        The lexicon's word lists, for ``"@list"`` predicates.
    classes : mapping of str to Predicate
        Word classes, for ``"<class>"`` predicates (``"<end>"`` is built in).

    Examples
    --------
    >>> suffixes = {"suffixes": frozenset({"max"})}
    >>> g = Grammar([Rule.of("x", "name", after=("@suffixes",))], words=suffixes, classes={})
    >>> from claimnum.tokens import tokenize
    >>> g.decide([], "737", tokenize("Max")).name
    'x'
    """

    def __init__(
        self, rules: Iterable[Rule], *, words: Mapping[str, frozenset[str]], classes: Mapping[str, Predicate]
    ) -> None:
        self._words = words
        self._classes = {"<end>": _is_end, "<start>": _is_end, **classes}
        rules = tuple(rules)
        self._rules = tuple(
            _Compiled(
                rule,
                tuple(enumerate(reversed([self._predicate(spec, rule) for spec in rule.before]), 1)),
                tuple(enumerate(self._predicate(spec, rule) for spec in rule.after)),
                re.compile(rule.number) if rule.number else None,
            )
            for rule in rules
        )
        # Most rules need a given word right after or right before the number: index them by it,
        # so that a number is tried only against the rules its neighbours can trigger.
        self._general: list[int] = []
        self._after_capital: list[int] = []  # rules that need a capitalised word before the number
        self._by_after: dict[str | None, list[int]] = {}
        self._by_before: dict[str | None, list[int]] = {}
        # The rules to try for each kind of neighbours, in rule order, built on first use.
        self._candidates: dict[tuple[str | None, str | None, bool], tuple[_Compiled, ...]] = {}
        for i, rule in enumerate(rules):
            after_words = self._words_of(rule.after[0]) if rule.after else None
            before_words = self._words_of(rule.before[-1]) if rule.before else None
            if after_words is not None:
                for word in after_words:
                    self._by_after.setdefault(word, []).append(i)
            elif before_words is not None:
                for word in before_words:
                    self._by_before.setdefault(word, []).append(i)
            elif rule.before and rule.before[-1] in _CAPITALISED:
                self._after_capital.append(i)
            else:
                self._general.append(i)

    def decide(
        self,
        before: Sequence[Token],
        written: str,
        after: Sequence[Token],
        *,
        headline: bool | Callable[[], bool] = False,
    ) -> Rule | None:
        """The first rule that matches a number written ``written`` between these tokens.

        ``headline`` says whether the sentence is a headline, or is a function that tells, asked
        only when a rule that does not hold in headlines matches the tokens.
        """
        following = after[0].lower if after else None
        preceding = before[-1].lower if before else None
        key = (
            following if following in self._by_after else _UNINDEXED,
            preceding if preceding in self._by_before else _UNINDEXED,
            bool(before) and before[-1].text[:1].isupper(),
        )
        candidates = self._candidates.get(key)
        if candidates is None:
            candidates = self._candidates[key] = self._candidates_for(*key)
        n, m = len(before), len(after)
        for compiled in candidates:
            if compiled.number is not None and compiled.number.fullmatch(written) is None:
                continue
            for i, test in compiled.before:
                if not test(before[n - i] if i <= n else None):
                    break
            else:
                for i, test in compiled.after:
                    if not test(after[i] if i < m else None):
                        break
                else:
                    if compiled.rule.headline:
                        return compiled.rule
                    if callable(headline):  # asked last: telling a headline costs most
                        headline = headline()
                    if not headline:
                        return compiled.rule
        return None

    def _candidates_for(
        self, following: str | None, preceding: str | None, capital: bool
    ) -> tuple[_Compiled, ...]:
        """The rules a number may match given the words next to it, in rule order."""
        indices = self._general + self._by_after.get(following, []) + self._by_before.get(preceding, [])
        if capital:
            indices += self._after_capital
        return tuple(self._rules[i] for i in sorted(indices))

    def _words_of(self, spec: str) -> frozenset[str | None] | None:
        """The words a predicate accepts, when it accepts only listed words (``None`` for "<end>")."""
        if spec.startswith(("!", "/")) and len(spec) > 1:
            return None
        words: set[str | None] = set()
        for part in spec.split("|") if len(spec) > 1 else [spec]:
            if part in ("<end>", "<start>"):
                words.add(None)
            elif part.startswith("@") and len(part) > 1 and part[1:] in self._words:
                words |= self._words[part[1:]]
            elif _is_special(part):
                return None
            else:
                words.add(part.lower())
        return frozenset(words)

    def _predicate(self, spec: str, rule: Rule) -> Predicate:
        if len(spec) > 2 and spec.startswith("/") and spec.endswith("/"):
            pattern = re.compile(spec[1:-1])
            return lambda token: token is not None and pattern.fullmatch(token.text) is not None
        if spec.startswith("!") and len(spec) > 1:
            inner = self._predicate(spec[1:], rule)
            return lambda token: not inner(token)
        parts = spec.split("|") if len(spec) > 1 else [spec]
        words = frozenset(p.lower() for p in parts if not _is_special(p))
        specials = [self._special(p, rule) for p in parts if _is_special(p)]
        if not specials:
            return lambda token: token is not None and token.lower in words
        return lambda token: (token is not None and token.lower in words) or any(p(token) for p in specials)

    def _special(self, spec: str, rule: Rule) -> Predicate:
        """A word class ``<class>`` or a word list ``@list``."""
        if spec.startswith("<"):
            if spec not in self._classes:
                raise InvalidArgumentError(f"rule {rule.name!r}: no word class {spec}")
            return self._classes[spec]
        if spec[1:] not in self._words:
            raise InvalidArgumentError(f"rule {rule.name!r}: no word list {spec[1:]!r} in the lexicon")
        words = self._words[spec[1:]]
        return lambda token: token is not None and token.lower in words


def _is_special(part: str) -> bool:
    return (len(part) > 2 and part[0] == "<" and part[-1] == ">") or (len(part) > 1 and part[0] == "@")


_UNINDEXED = "<unindexed>"  # a neighbour that triggers no indexed rule (no word of the lexicon is one)

# Word classes that hold only capitalised words (a stage's classes of these names must keep to it).
_CAPITALISED = frozenset({"<cap>", "<name>", "<singular_name>"})


def _is_end(token: Token | None) -> bool:
    return token is None
