"""Reconcile the numeric claims of several documents.

:func:`reconcile` is the whole job in one call: extract the claims of every
document, group the claims that speak of the same quantity, check whether each
group's claims can all be true (:func:`claimnum.check`) and combine them into
one estimate (:func:`claimnum.combine`).

Grouping is deterministic and explainable.  Each claim gets a *signature*:

* its **kind** (``"amount"``, ``"ratio"``, ``"difference"``): ratios group only
  with ratios;
* its **dimension**: a count, a duration, a length, ... Currencies all share one
  dimension, *money*, so "$1.23 billion" and "13.5 billion SEK" can group
  (comparing them then needs ``rates``);
* its **subject**: the head noun of what is counted, singular, with synonyms
  folded ("North Korean troops" and "soldiers from North Korea" are both
  ``soldier``);
* its **topic**: what happened to the subject, read from the claim's predicate
  (folded by the vocabulary when it knows the word) or else from the nearest
  context word in its sentence ("deployed" and "arrived" are both
  ``deployed``; "killed or injured" is not).

The vocabulary for subjects and topics is data, ``data/synonyms.toml``.  Claims
are visited in document order (documents in the order given) and each joins
the first group whose kind and dimension are its own, whose subject and topic
do not contradict its own, and which shares its subject or its topic.  An
unknown topic contradicts nothing; an unknown subject matches only an unknown
subject, so that "several of them captured" stays apart from "dozens of
settlements captured".  A claim with neither stays a group of one, as
does any claim without a partner.  A ``key`` from the caller overrides all of
this.  Groups are listed largest first, then in order of first appearance.

Examples
--------
>>> from claimnum.reconcile import example_documents, reconcile
>>> result = reconcile(example_documents())
>>> troops = result["troops deployed"]
>>> [(claim.qualifier, claim.value) for claim in troops.claims]
[('over', 10000.0), ('an estimated', 11000.0), ('around', 12000.0)]
>>> troops.verdict
'consistent'
"""

from __future__ import annotations

import functools
import html
import math
import re
import sys
import tomllib
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, SupportsFloat, TypeAlias, get_args

from claimnum.check import Consistency, check
from claimnum.claim import Claim
from claimnum.combine import Estimate, Method, combine
from claimnum.errors import InvalidArgumentError, InvalidTypeError, MissingDependencyError, UndefinedUnitError
from claimnum.extract import extract
from claimnum.units import Rates, canonical_unit, dimensionality, is_currency

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from claimnum.interval import Interval
    from claimnum.semantics import Profile

__all__ = ["Group", "Reconciliation", "example_documents", "reconcile"]

Key: TypeAlias = "Callable[[Claim], Hashable | None] | Mapping[Claim, Hashable]"
"""A caller's grouping: a function of a claim, or a mapping of claims, to a group label.

``None`` (or a claim missing from the mapping) leaves the claim to claimnum's grouping.
"""

_SHOWN = 20  # claims listed per group in the text and HTML views; frames have them all
_INCOMPARABLE = "incomparable"  # check's verdict for units that do not convert (currencies without rates)

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_PREPOSITIONS = frozenset({"of", "from", "in", "to", "at", "for", "with", "on", "by", "into", "across"})
_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were", "has", "have", "had"})
_CURRENCY_DIMENSION = re.compile(r"\[currency_[A-Z]{3}\]")


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """The tables of ``data/synonyms.toml``, indexed for look-up."""

    subjects: Mapping[str, str]  # singular head noun -> canonical subject
    plurals: Mapping[str, str]  # irregular plural -> singular
    containers: frozenset[str]  # "number" in "the number of soldiers"
    topics: Mapping[str, str]  # context phrase -> topic
    topic_pattern: re.Pattern[str]  # every context phrase, longest first


@functools.cache
def _vocabulary() -> _Vocabulary:
    table = tomllib.loads(resources.files("claimnum").joinpath("data/synonyms.toml").read_text("utf-8"))
    topics = {phrase: topic for topic, phrases in table["topics"].items() for phrase in phrases}
    alternatives = "|".join(re.escape(p) for p in sorted(topics, key=len, reverse=True))
    return _Vocabulary(
        subjects={word: name for name, words in table["subjects"].items() for word in words},
        plurals=dict(table["plurals"]),
        containers=frozenset(table["containers"]["words"]),
        topics=topics,
        topic_pattern=re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE),
    )


def _singular(word: str, vocabulary: _Vocabulary) -> str:
    """Fold a regular or irregular English plural to its singular."""
    if word in vocabulary.plurals:
        return vocabulary.plurals[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _head_word(subject: str | None, vocabulary: _Vocabulary) -> str | None:
    """Return the head noun of a subject as written, lower-cased, or ``None``.

    The head is the last word before a preposition ("troops from North Korea"
    -> troops), or the word after "of" when the head is a container word ("the
    number of soldiers" -> soldiers).

    Examples
    --------
    >>> v = _vocabulary()
    >>> _head_word("North Korean Troops", v), _head_word("soldiers from North Korea", v)
    ('troops', 'soldiers')
    >>> _head_word("the number of villages", v), _head_word("", v)
    ('villages', None)
    """
    words = [w.lower() for w in _WORD.findall(subject or "")]
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    head = words[:cut]
    if head and head[-1] in vocabulary.containers and cut + 1 < len(words):
        head = words[cut + 1 :]
    return head[-1] if head else None


def _subject_head(subject: str | None, vocabulary: _Vocabulary) -> str | None:
    """Return the canonical head noun of a subject: singular, synonyms folded.

    Examples
    --------
    >>> v = _vocabulary()
    >>> _subject_head("North Korean troops", v), _subject_head("the number of villages", v)
    ('soldier', 'settlement')
    """
    head = _head_word(subject, vocabulary)
    if head is None:
        return None
    singular = _singular(head, vocabulary)
    return vocabulary.subjects.get(singular, singular)


def _predicate_topic(predicate: str | None, vocabulary: _Vocabulary) -> str | None:
    """Return the topic a predicate names: the vocabulary's, else its own words.

    Examples
    --------
    >>> v = _vocabulary()
    >>> _predicate_topic("arrived", v), _predicate_topic("were arrested", v), _predicate_topic(None, v)
    ('deployed', 'arrested', None)
    """
    if not predicate:
        return None
    match = vocabulary.topic_pattern.search(predicate)
    if match is not None:
        return vocabulary.topics[match.group(0).lower()]
    words = [w for w in _WORD.findall(predicate.lower()) if w not in _AUXILIARIES]
    return " ".join(words) or None


def _sentence_offset(claim: Claim, document: str) -> int:
    """Return where the claim's sentence starts in the claim's document (``-1`` if unknown)."""
    sentence = claim.sentence
    start = document.find(sentence, max(0, claim.end - len(sentence)))
    return start if 0 <= start <= claim.start else -1


def _nearest_topic(claim: Claim, document: str, vocabulary: _Vocabulary) -> str | None:
    """Return the topic of the context phrase nearest to the claim in its sentence."""
    offset = _sentence_offset(claim, document)
    if offset < 0:
        return None
    start, end = claim.start - offset, claim.end - offset
    best: tuple[int, int, str] | None = None
    for match in vocabulary.topic_pattern.finditer(claim.sentence):
        if match.start() < end and match.end() > start:
            continue  # a word inside the claim itself ("13.5 billion SEK") is no context
        after = match.start() >= end
        distance = match.start() - end if after else start - match.end()
        # Nearest wins; at equal distance, the word after the number (English word order).
        candidate = (distance, 0 if after else 1, vocabulary.topics[match.group(0).lower()])
        best = candidate if best is None or candidate < best else best
    return None if best is None else best[2]


# --------------------------------------------------------------------------- signatures


@dataclass(frozen=True, slots=True)
class _Signature:
    """What a claim is about, as far as grouping is concerned."""

    kind: str
    dimension: str
    subject: str | None
    topic: str | None

    def joins(self, group: _Signature) -> bool:
        """Whether a claim with this signature may join a group with ``group``'s.

        Kind, dimension and subject must be equal (an unknown subject matches
        only an unknown one: "several of them" is not "dozens of settlements");
        topics must be equal when both are known; and the two must share a
        known subject or topic.
        """
        if (self.kind, self.dimension, self.subject) != (group.kind, group.dimension, group.subject):
            return False
        if self.topic is not None and group.topic is not None:
            return self.topic == group.topic
        return self.subject is not None

    def merged(self, other: _Signature) -> _Signature:
        """The group's signature once a claim with ``other`` joined: an unknown topic filled in."""
        return _Signature(self.kind, self.dimension, self.subject, self.topic or other.topic)

    def describe(self) -> str:
        parts = [self.kind, self.dimension]
        if self.subject is not None:
            parts.append(f"subject {self.subject!r}")
        if self.topic is not None:
            parts.append(f"topic {self.topic!r}")
        return ", ".join(parts)


def _dimension(claim: Claim) -> str:
    """Name the claim's dimension: ``count``, ``money``, ``[time]``, ``percent``, ...

    Every currency counts as one dimension, money, so that amounts in
    different currencies group (and then need rates to be compared).
    """
    unit = canonical_unit(claim.unit or None)
    if unit is None:
        return "count"
    dimension = _CURRENCY_DIMENSION.sub("[money]", dimensionality(unit))
    if dimension == "[money]":
        return "money"
    return dimension or unit  # a dimensionless unit ("percent") is its own dimension


def _signature(claim: Claim, document: str, vocabulary: _Vocabulary) -> _Signature:
    topic = _predicate_topic(claim.predicate, vocabulary) or _nearest_topic(claim, document, vocabulary)
    return _Signature(claim.kind, _dimension(claim), _subject_head(claim.subject, vocabulary), topic)


# --------------------------------------------------------------------------- groups


@dataclass(frozen=True, slots=True)
class Group:
    """Claims that speak of one quantity, with their verdict and combined estimate.

    Attributes
    ----------
    label : str
        A readable name, unique within its :class:`Reconciliation`
        (``"troops deployed"``, ``"not seen (week)"``).
    claims : tuple of Claim
        The claims, in document order.
    check : Consistency
        Whether the claims can all be true (:func:`claimnum.check`).
    estimate : Estimate or None
        The claims combined (:func:`claimnum.combine`); ``None`` when they are
        incomparable (currencies without exchange rates): claimnum does not
        invent a number.
    basis : str
        Why these claims were grouped: their shared signature, or the caller's key.
    rates : tuple of (str, float)
        The exchange rates the group was checked with, as sorted pairs.

    Examples
    --------
    >>> from claimnum.reconcile import reconcile
    >>> docs = ["The troops were not seen for 2 weeks.", "They were not seen for 15 days."]
    >>> group = reconcile(docs).groups[0]
    >>> group.label, group.sources, group.verdict
    ('not seen (week, day)', ('0', '1'), 'consistent')
    """

    label: str
    claims: tuple[Claim, ...]
    check: Consistency
    estimate: Estimate | None
    basis: str
    rates: tuple[tuple[str, float], ...] = ()

    @property
    def verdict(self) -> str:
        """The verdict of :attr:`check` (``"consistent"``, ..., ``"incomparable"``).

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> reconcile(["About 300 people came.", "About 900 people came."])[0].verdict
        'conflicting'
        """
        return str(self.check.verdict)

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of the claims, in order of appearance.

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> reconcile({"a": "About 300 people came.", "b": "Some 290 people came."})[0].sources
        ('a', 'b')
        """
        return tuple(dict.fromkeys(c.source or "" for c in self.claims))

    @property
    def dissenters(self) -> tuple[Claim, ...]:
        """The claims outside the majority that :attr:`check` found (none when incomparable).

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> texts = ["About 300 people came.", "Some 310 people came.", "About 900 people came."]
        >>> group = reconcile(dict(zip("abc", texts)))[0]
        >>> len(group.claims), [claim.source for claim in group.dissenters]
        (3, ['c'])
        """
        if self.verdict == _INCOMPARABLE:
            return ()
        return tuple(self.check.dissenting)

    def plot(self, *, ax: Axes | None = None) -> Axes:
        """Draw the group as a forest plot (:func:`claimnum.plot.forest`): one row per claim.

        Parameters
        ----------
        ax : matplotlib.axes.Axes, optional
            Where to draw; a new figure by default.

        Returns
        -------
        matplotlib.axes.Axes

        Examples
        --------
        >>> from matplotlib.figure import Figure
        >>> from claimnum.reconcile import reconcile
        >>> group = reconcile(["Over 300 people came.", "About 320 people came."]).groups[0]
        >>> ax = group.plot(ax=Figure().subplots())
        >>> ax.get_title(loc="left")
        'people came'
        """
        from claimnum.plot import forest

        rates = dict(self.rates) or None
        return forest(self.claims, ax=ax, estimate=self.estimate, rates=rates, title=self.label)

    def __str__(self) -> str:
        header = f"{self.label}: {self.verdict}"
        if self.estimate is not None:
            header += f", estimate {_estimate_text(self.estimate)}"
        dissenters = set(self.dissenters)
        shown, hidden = _shown(self.claims, dissenters)
        rows = [
            [c.source or "", c.text, str(c.interval), "dissents" if c in dissenters else ""] for c in shown
        ]
        more = f"\n  ... and {hidden} more claims" if hidden else ""
        return header + "\n" + _table(rows, indent="  ") + more

    def _repr_html_(self) -> str:
        return _group_html(self)


# --------------------------------------------------------------------------- reconciliation


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """The claims of several documents, grouped, checked and combined.

    Returned by :func:`reconcile`.  Index it by position or by group label.

    Attributes
    ----------
    groups : tuple of Group
        Largest first, then in order of first appearance.
    sources : tuple of str
        The documents' source names, in the order given.
    rates : tuple of (str, float)
        The exchange rates used, as sorted pairs.

    Examples
    --------
    >>> from claimnum.reconcile import reconcile
    >>> result = reconcile({"a": "Over 300 people came.", "b": "About 320 people came."})
    >>> len(result), result[0].label, result["people came"].verdict
    (1, 'people came', 'consistent')
    """

    groups: tuple[Group, ...]
    sources: tuple[str, ...]
    rates: tuple[tuple[str, float], ...] = ()

    def __len__(self) -> int:
        return len(self.groups)

    def __iter__(self) -> Iterator[Group]:
        return iter(self.groups)

    def __getitem__(self, item: int | str) -> Group:
        if isinstance(item, str):
            for group in self.groups:
                if group.label == item:
                    return group
            labels = ", ".join(repr(g.label) for g in self.groups)
            raise KeyError(f"no group labelled {item!r}; the labels are {labels}")
        return self.groups[item]

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim, group by group.

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> [claim.value for claim in reconcile(["About 300 people came. It rained for 3 days."]).claims]
        [300.0, 3.0]
        """
        return tuple(c for g in self.groups for c in g.claims)

    def to_frame(self) -> pd.DataFrame:
        """Return one row per claim: its group, source, wording, reading and verdict.

        Returns
        -------
        pandas.DataFrame
            Columns ``group`` (label), ``source``, ``text``, ``value``, ``unit``,
            ``subject``, ``qualifier``, ``lo``, ``hi``, ``closed`` (the support
            interval), ``core_lo``, ``core_hi`` and ``verdict`` (the group's),
            with the dtypes of :data:`claimnum.CLAIMS_META` (``string``,
            ``Float64`` for ``value``, ``float64`` for the bounds).

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> frame = reconcile(["Over 300 people came.", "About 320 people came."]).to_frame()
        >>> frame[["group", "source", "value", "lo", "verdict"]]
                 group source  value     lo     verdict
        0  people came      0  300.0  300.0  consistent
        1  people came      1  320.0  ...  consistent
        """
        import pandas as pd

        rows = [
            {"group": group.label, **claim.to_dict(), "verdict": group.verdict}
            for group in self.groups
            for claim in group.claims
        ]
        frame = pd.DataFrame(rows, columns=_FRAME_COLUMNS)  # drops the claim fields not shown here
        return frame.astype(
            {"value": "Float64", "lo": float, "hi": float, "core_lo": float, "core_hi": float}
        )

    def summary(self) -> pd.DataFrame:
        """Return one row per group: label, sources, verdict, estimate and dissenters.

        Returns
        -------
        pandas.DataFrame
            Columns ``label``, ``sources`` (how many), ``claims`` (how many),
            ``verdict``, ``estimate`` (readable text, empty when there is
            none), ``point``, ``lo``, ``hi`` and ``unit`` (the estimate's
            numbers, NaN when there is none) and ``dissenters`` (their sources,
            comma-separated).

        Examples
        --------
        >>> from claimnum.reconcile import reconcile
        >>> reconcile(["Over 300 people came.", "About 320 people came."]).summary()[
        ...     ["label", "sources", "verdict"]
        ... ]
                 label  sources     verdict
        0  people came        2  consistent
        """
        import pandas as pd

        rows = []
        for group in self.groups:
            estimate = group.estimate
            rows.append(
                {
                    "label": group.label,
                    "sources": len(group.sources),
                    "claims": len(group.claims),
                    "verdict": group.verdict,
                    "estimate": "" if estimate is None else _estimate_text(estimate),
                    "point": math.nan if estimate is None else estimate.point,
                    "lo": math.nan if estimate is None else estimate.interval.lo,
                    "hi": math.nan if estimate is None else estimate.interval.hi,
                    "unit": "" if estimate is None else (estimate.interval.unit or ""),
                    "dissenters": _dissenter_text(group),
                }
            )
        return pd.DataFrame(rows, columns=_SUMMARY_COLUMNS)

    def to_dict(self) -> dict[str, Any]:
        """Return the reconciliation as plain JSON-ready data.

        Unbounded interval ends are ``None`` (``lo: None`` is unbounded below,
        ``hi: None`` unbounded above), as is the point of an estimate that has
        none, so :func:`json.dumps` writes valid JSON; ``empty`` marks an empty
        interval (claims that share no value).

        Examples
        --------
        >>> import json
        >>> from claimnum.reconcile import reconcile
        >>> data = reconcile(["Over 300 people came."]).to_dict()
        >>> data["groups"][0]["claims"][0]["interval"]
        {'lo': 300.0, 'hi': 450.0, 'closed': 'right', 'unit': None, 'empty': False}
        >>> json.loads(json.dumps(data))["sources"]
        ['0']
        """
        return {
            "sources": list(self.sources),
            "rates": dict(self.rates),
            "groups": [_group_dict(g) for g in self.groups],
        }

    def plot(self, groups: Iterable[int | str] | None = None) -> tuple[Axes, ...]:
        """Draw a forest plot of each group, one panel per group, in one figure.

        Needs matplotlib (``pip install "claimnum[plot]"``).  As with pandas'
        plots, the axes are returned, and the figure is ``axes[0].figure``.

        Parameters
        ----------
        groups : iterable of int or str, optional
            The groups to draw, by position or label; by default every group
            with claims from two or more sources.

        Returns
        -------
        tuple of matplotlib.axes.Axes
            One per group drawn, top to bottom.

        Raises
        ------
        MissingDependencyError
            If matplotlib is not installed.
        InvalidArgumentError
            If there is no group to draw.

        Examples
        --------
        >>> import matplotlib.pyplot as plt
        >>> from claimnum.reconcile import reconcile
        >>> result = reconcile(["Over 300 people came.", "About 320 people came."])
        >>> axes = result.plot()
        >>> [ax.get_title(loc="left") for ax in axes]
        ['people came']
        >>> plt.close(axes[0].figure)
        """
        chosen = (
            [g for g in self.groups if len(g.sources) > 1] if groups is None else [self[g] for g in groups]
        )
        if not chosen:
            raise InvalidArgumentError("no group to plot: no group has claims from two or more sources")
        try:
            import matplotlib.pyplot as plt
        except ImportError as err:
            raise MissingDependencyError('plots need matplotlib: pip install "claimnum[plot]"') from err
        heights = [1.3 + 0.55 * len(g.claims) for g in chosen]
        _, axes = plt.subplots(
            len(chosen),
            1,
            figsize=(7.5, sum(heights)),
            height_ratios=heights,
            layout="constrained",
            squeeze=False,
        )
        return tuple(group.plot(ax=ax) for group, ax in zip(chosen, axes[:, 0], strict=True))

    def __str__(self) -> str:
        lines = [
            _headline(self),
            "",
            _table(
                [["group", "sources", "verdict", "estimate", "dissenters"]]
                + [
                    [
                        g.label,
                        str(len(g.sources)),
                        g.verdict,
                        "" if g.estimate is None else _estimate_text(g.estimate),
                        _dissenter_text(g),
                    ]
                    for g in self.groups
                ],
                header=True,
            ),
        ]
        lines += ["", *(str(g) + "\n" for g in self.groups if len(g.claims) > 1)]
        return "\n".join(lines).rstrip() + "\n"

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        head = f"<p><b>{_headline(self)}</b> ({html.escape(', '.join(self.sources))})</p>"
        return (
            f'<div class="claimnum-reconciliation">{head}{"".join(_group_html(g) for g in self.groups)}</div>'
        )


_FRAME_COLUMNS = [
    "group",
    "source",
    "text",
    "value",
    "unit",
    "subject",
    "qualifier",
    "lo",
    "hi",
    "closed",
    "core_lo",
    "core_hi",
    "verdict",
]
_SUMMARY_COLUMNS = [
    "label",
    "sources",
    "claims",
    "verdict",
    "estimate",
    "point",
    "lo",
    "hi",
    "unit",
    "dissenters",
]


# --------------------------------------------------------------------------- the job


def reconcile(
    documents: Mapping[str, str] | Sequence[str] | pd.Series,
    *,
    profile: str | Profile = "median",
    method: str | None = None,
    rates: Rates | None = None,
    key: Key | None = None,
) -> Reconciliation:
    """Extract, group, check and combine the numeric claims of several documents.

    Parameters
    ----------
    documents : mapping of str to str, sequence of str, or pandas.Series
        The texts, by source name.  A sequence names its sources by position
        (``"0"``, ``"1"``, ...), a Series by its index labels.  Missing texts
        (``None``, ``NaN``) are skipped.
    profile : str or Profile, default "median"
        How qualifiers are read (:func:`claimnum.extract`).
    method : str, optional
        The fusion method of :func:`claimnum.combine`; its default if ``None``.
    rates : mapping of str to float, optional
        Exchange rates (``{"SEK": 0.0911}``: the value of one unit in a common
        reference currency).  Without them, groups of amounts in different
        currencies are ``"incomparable"`` and get no estimate.
    key : callable or mapping, optional
        Your own grouping: a function from :class:`Claim` to a hashable group
        label, or a mapping from claims to labels.  Claims labelled alike form
        one group whatever their signature; a ``None`` label (or a claim
        missing from the mapping) is left to claimnum's grouping.

    Returns
    -------
    Reconciliation
        The groups, each with its claims, check and estimate.

    Raises
    ------
    InvalidTypeError
        If ``documents`` is a single string or holds something other than text,
        ``key`` is neither callable nor a mapping, or ``rates`` is no mapping.
    InvalidArgumentError
        If two documents share a source name, for a bad ``profile`` or
        ``method``, or for a rate that is not a positive number of a currency.

    Examples
    --------
    >>> from claimnum.reconcile import example_documents, reconcile
    >>> result = reconcile(example_documents())
    >>> result["package worth (USD, SEK)"].verdict
    'incomparable'
    >>> result = reconcile(example_documents(), rates={"SEK": 0.0911})
    >>> result["package worth (USD, SEK)"].verdict
    'consistent'
    """
    if method is not None and method not in get_args(Method):
        choices = ", ".join(map(repr, get_args(Method)))
        raise InvalidArgumentError(f"unknown method {method!r}; choose one of {choices}")
    rate_map = _checked_rates(rates)  # before any work: a typo in a rate is the caller's to fix
    named = _named_documents(documents)
    labeller = _labeller(key)
    vocabulary = _vocabulary()
    grouper = _Grouper()
    for source, text in named.items():
        for claim in extract(text, source=source, profile=profile):
            label = labeller(claim)
            if label is None:
                grouper.place(claim, _signature(claim, text, vocabulary))
            else:
                grouper.label(claim, label)
    drafts = sorted(grouper.drafts, key=lambda d: -len(d.claims))  # stable: ties keep first appearance
    labels = _unique([d.name() for d in drafts])
    groups = tuple(
        _group(label, d.claims, d.basis(), method, rate_map) for label, d in zip(labels, drafts, strict=True)
    )
    return Reconciliation(groups, tuple(named), tuple(sorted((rate_map or {}).items())))


def _checked_rates(rates: Rates | None) -> dict[str, float] | None:
    """Return the rates as a dict, or raise if a code is no currency or a rate no positive number."""
    if rates is None:
        return None
    if not isinstance(rates, Mapping):
        raise InvalidTypeError(f"rates must map currency codes to numbers, got {type(rates).__name__}")
    checked: dict[str, float] = {}
    given: list[tuple[object, object]] = list(rates.items())  # callers pass anything: check it all
    for code, rate in given:
        try:
            known = isinstance(code, str) and is_currency(code)
        except UndefinedUnitError:
            known = False
        if not known:
            raise InvalidArgumentError(f"rates: {code!r} is not an ISO 4217 currency code")
        value = float(rate) if isinstance(rate, SupportsFloat) and not isinstance(rate, bool) else math.nan
        if not (math.isfinite(value) and value > 0):
            raise InvalidArgumentError(f"rates: the rate for {code} must be a positive number, got {rate!r}")
        checked[str(code)] = value
    return checked


def _named_documents(documents: object) -> dict[str, str]:
    """Return ``{source: text}`` for every accepted form of ``documents``, missing texts dropped."""
    pandas = sys.modules.get("pandas")  # a Series can only exist if pandas is imported
    if pandas is not None and isinstance(documents, pandas.Series):
        pairs = [(str(label), text) for label, text in documents.items()]
    elif isinstance(documents, Mapping):
        pairs = [(str(source), text) for source, text in documents.items()]
    elif isinstance(documents, str | bytes) or not isinstance(documents, Iterable):
        raise InvalidTypeError(
            "reconcile expects a mapping of source name to text, a list of texts or a pandas Series, "
            f"got {type(documents).__name__}; for the claims of one text use claimnum.extract"
        )
    else:
        pairs = [(str(i), text) for i, text in enumerate(documents)]
    named: dict[str, str] = {}
    for source, text in pairs:
        if text is None or (isinstance(text, float) and math.isnan(text)) or _is_na(text):
            continue
        if not isinstance(text, str):
            raise InvalidTypeError(f"document {source!r} is a {type(text).__name__}, not text")
        if source in named:
            raise InvalidArgumentError(f"two documents are named {source!r}; give each source its own name")
        named[source] = text
    return named


def _is_na(value: object) -> bool:
    pandas = sys.modules.get("pandas")
    return pandas is not None and value is pandas.NA


def _labeller(key: Key | None) -> Callable[[Claim], Hashable | None]:
    if key is None:
        return lambda claim: None
    if isinstance(key, Mapping):
        return key.get
    if callable(key):
        return key
    raise InvalidTypeError(
        f"key must be a function of a claim or a mapping of claims, got {type(key).__name__}"
    )


def _auto_label(signature: _Signature, claims: Sequence[Claim]) -> str:
    """Name a group: its subject's head as first written, its topic, and its units unless a count."""
    vocabulary = _vocabulary()
    subject = next(
        (
            _head_word(c.subject, vocabulary)
            for c in claims
            if signature.subject is not None and _subject_head(c.subject, vocabulary) == signature.subject
        ),
        None,
    )
    words = " ".join(part for part in (subject, signature.topic) if part)
    if not words:
        return claims[0].text  # nothing known but the words themselves, units included
    units = ["ratio"] if signature.kind == "ratio" else list(dict.fromkeys(c.unit for c in claims if c.unit))
    return f"{words} ({', '.join(units)})" if units else words


@dataclass(slots=True)
class _Draft:
    """A group being built: the caller's label or claimnum's signature, and the claims so far."""

    signature: _Signature | None
    label: Hashable | None
    claims: list[Claim]

    def name(self) -> str:
        return str(self.label) if self.signature is None else _auto_label(self.signature, self.claims)

    def basis(self) -> str:
        return f"key {self.label!r}" if self.signature is None else self.signature.describe()


class _Grouper:
    """Put claims into groups as they come, first fit (see the module notes).

    Groups are indexed by kind, dimension and subject, which a claim must
    share with its group, so each claim is compared with few groups.
    """

    def __init__(self) -> None:
        self.drafts: list[_Draft] = []  # in order of first appearance
        self._labelled: dict[Hashable, _Draft] = {}
        self._buckets: dict[tuple[str, str, str | None], list[_Draft]] = {}

    def label(self, claim: Claim, label: Hashable) -> None:
        """Add a claim to the group of the caller's label."""
        if label not in self._labelled:
            self._labelled[label] = self._start(_Draft(None, label, []))
        self._labelled[label].claims.append(claim)

    def place(self, claim: Claim, signature: _Signature) -> None:
        """Add a claim to the first group it may join, or start a group of its own."""
        bucket = self._buckets.setdefault((signature.kind, signature.dimension, signature.subject), [])
        for draft in bucket:
            assert draft.signature is not None  # only claimnum's groups are in buckets
            if signature.joins(draft.signature):
                draft.signature = draft.signature.merged(signature)
                draft.claims.append(claim)
                return
        bucket.append(self._start(_Draft(signature, None, [claim])))

    def _start(self, draft: _Draft) -> _Draft:
        self.drafts.append(draft)
        return draft


def _unique(labels: Sequence[str]) -> list[str]:
    """Number repeated labels: the second ``"x"`` becomes ``"x #2"``."""
    seen: Counter[str] = Counter()
    unique = []
    for label in labels:
        seen[label] += 1
        unique.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return unique


def _group(label: str, claims: Sequence[Claim], basis: str, method: str | None, rates: Rates | None) -> Group:
    consistency = check(claims, rates=rates)
    estimate: Estimate | None = None
    if consistency.verdict != _INCOMPARABLE:  # no number is invented for claims that cannot be compared
        options: dict[str, Any] = {"rates": rates} if method is None else {"rates": rates, "method": method}
        estimate = combine(claims, **options)
    return Group(label, tuple(claims), consistency, estimate, basis, tuple(sorted((rates or {}).items())))


# --------------------------------------------------------------------------- text and HTML


def _number(x: float) -> str:
    """Four significant digits, thousands separated: 11,750; 1.23e+09 -> 1,230,000,000."""
    if not math.isfinite(x):
        return str(x)
    rounded = float(f"{x:.4g}")
    return f"{rounded:,.0f}" if rounded == int(rounded) else f"{rounded:,}"


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _headline(result: Reconciliation) -> str:
    n_claims = sum(len(g.claims) for g in result.groups)
    return ", ".join(
        [_counted(len(result.sources), "source"), _counted(n_claims, "claim"), _counted(len(result), "group")]
    )


def _estimate_text(estimate: Estimate) -> str:
    if estimate.interval.is_empty:
        return "∅ (no common value)"
    if not math.isfinite(estimate.point):  # an unbounded estimate has no point
        return str(estimate.interval)
    return f"≈ {_number(estimate.point)} in {estimate.interval}"


def _dissenter_text(group: Group) -> str:
    return ", ".join(dict.fromkeys(c.source or "" for c in group.dissenters))


def _shown(claims: Sequence[Claim], dissenters: set[Claim]) -> tuple[list[Claim], int]:
    """The claims a view lists, dissenters first, and how many it leaves out."""
    ranked = sorted(claims, key=lambda c: c not in dissenters)  # stable: document order otherwise
    return ranked[:_SHOWN], max(0, len(claims) - _SHOWN)


def _table(rows: Sequence[Sequence[str]], *, header: bool = False, indent: str = "") -> str:
    """Lay out rows of text in left-aligned columns."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        indent + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    if header:
        lines.insert(1, indent + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


_VERDICT_COLOURS = {
    "consistent": "#2e7d32",
    "compatible": "#9e9d24",
    "strained": "#ef6c00",
    "conflicting": "#c62828",
    _INCOMPARABLE: "#616161",
}


def _highlighted_sentence(claim: Claim, *, dissenting: bool) -> str:
    """The claim's sentence, escaped, with the claim in ``<mark>`` (red when it dissents)."""
    sentence = claim.sentence
    style = ' style="background:#ffcdd2"' if dissenting else ""
    mark = f"<mark{style}>{html.escape(claim.text)}</mark>"
    at = sentence.find(claim.text)
    if at < 0:
        return mark
    return f"{html.escape(sentence[:at])}{mark}{html.escape(sentence[at + len(claim.text) :])}"


def _group_html(group: Group) -> str:
    colour = _VERDICT_COLOURS.get(group.verdict, "#616161")
    badge = (
        f'<span style="background:{colour};color:white;padding:0 .4em;border-radius:3px">'
        f"{html.escape(group.verdict)}</span>"
    )
    estimate = "" if group.estimate is None else f" estimate {html.escape(_estimate_text(group.estimate))}"
    dissenters = set(group.dissenters)
    shown, hidden = _shown(group.claims, dissenters)
    rows = "".join(
        f"<tr><td>{html.escape(c.source or '')}</td>"
        f"<td>{_highlighted_sentence(c, dissenting=c in dissenters)}</td>"
        f"<td>{html.escape(str(c.interval))}</td></tr>"
        for c in shown
    )
    more = f"<p>... and {hidden} more claims</p>" if hidden else ""
    return (
        f'<div class="claimnum-group"><p><b>{html.escape(group.label)}</b> {badge}{estimate}</p>'
        f"<table>{rows}</table>{more}</div>"
    )


def _finite(x: float) -> float | None:
    return x if math.isfinite(x) else None


def _interval_dict(interval: Interval) -> dict[str, Any]:
    return {
        "lo": _finite(interval.lo),
        "hi": _finite(interval.hi),
        "closed": interval.closed,
        "unit": interval.unit,
        "empty": interval.is_empty,
    }


def _group_dict(group: Group) -> dict[str, Any]:
    estimate = group.estimate
    return {
        "label": group.label,
        "verdict": group.verdict,
        "basis": group.basis,
        "sources": list(group.sources),
        "dissenters": [c.source for c in group.dissenters],
        "estimate": None
        if estimate is None
        else {
            "point": _finite(estimate.point),
            "interval": _interval_dict(estimate.interval),
            "core": _interval_dict(estimate.core),
            "method": estimate.method,
        },
        "claims": [
            {
                "source": c.source,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "value": c.value,
                "unit": c.unit,
                "subject": c.subject,
                "qualifier": c.qualifier,
                "predicate": c.predicate,
                "interval": _interval_dict(c.interval),
                "core": _interval_dict(c.core),
            }
            for c in group.claims
        ],
    }


# --------------------------------------------------------------------------- bundled examples


def example_documents() -> dict[str, str]:
    """Return the example news stories bundled with claimnum, by source name.

    Two invented outlets report the same events (North Korean troops in the
    Kursk region, early 2025) with different figures: deployments of "over
    10,000", "an estimated 11,000" and "around 12,000" soldiers, how long the
    troops have not been seen, casualties, and an aid package in dollars and
    kronor.  The stories are claimnum's own text; ``data/examples/sources.toml``
    lists the outlets' names, kinds and dates.

    Returns
    -------
    dict of str to str
        Source name to story text, in a fixed order.

    Examples
    --------
    >>> from claimnum.reconcile import example_documents
    >>> docs = example_documents()
    >>> list(docs)
    ['Harbour Wire', 'Lakeshore Broadcasting']
    >>> "around 12,000 soldiers" in docs["Lakeshore Broadcasting"]
    True
    """
    folder = resources.files("claimnum").joinpath("data/examples")
    sources = tomllib.loads(folder.joinpath("sources.toml").read_text("utf-8"))
    return {meta["name"]: folder.joinpath(meta["file"]).read_text("utf-8") for meta in sources.values()}
