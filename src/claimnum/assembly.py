"""Extraction's assembly: the stages in order over one text, and each claim built from its draft.

:class:`Assembly` reads one text with the stages it inherits (quantities, modifiers,
context) and turns each finished :class:`claimnum.reader.Draft` into a
:class:`claimnum.claim.Claim`; :func:`claimnum.extract.extract` validates its arguments
and runs one.  (This module is compiled in the optional mypyc build, ``hatch_build.py``;
the entry that checks its arguments stays in Python, so that a wrong argument is a
claimnum error whichever build runs.)

Examples
--------
>>> from claimnum.profiles import Profile
>>> from claimnum.reader import tables
>>> [c.text for c in Assembly("Up 5% in 3 weeks.", tables(), None, Profile.from_name("median")).run()]
['Up 5%', '3 weeks']
"""

from __future__ import annotations

import functools
import re

from claimnum import semantics
from claimnum.claim import Claim
from claimnum.collector import paused
from claimnum.context import ContextReader
from claimnum.errors import InvalidArgumentError
from claimnum.measure_lexicon import measures
from claimnum.profiles import Profile
from claimnum.reader import Draft
from claimnum.semantics import Reading

__all__ = ["Assembly"]


DIGIT_DASH = re.compile(r"\d[-–]")


@functools.lru_cache(maxsize=8192)
def _read(
    sense: str,
    values: tuple[float, ...],
    granule: float | None,
    unit: str | None,
    scale: float,
    change: str | None,
    profile: str | Profile,
) -> Reading | None:
    """Read a claim, or None when semantics refuses what the text says ("fell 120%").

    Only a refusal of the values (``InvalidArgumentError``) means "no claim": a type error
    or any other exception is a bug and propagates.  Cached on top of ``semantics.read``'s
    own cache because this one also keeps refusals: ~10 % faster extraction on the bench corpus.
    """
    try:
        return semantics.read(
            sense, values, granule=granule, unit=unit, scale=scale, change=change, profile=profile
        )
    except InvalidArgumentError:
        return None


class Assembly(ContextReader):
    """One extraction over one text: the stages in order, then the claim assembled.

    Examples
    --------
    >>> from claimnum.reader import tables
    >>> Assembly("Nearly 40 died.", tables(), None, Profile.from_name("median")).run()[0].sense
    'nearly'
    """

    def run(self) -> list[Claim]:
        # Extraction makes no reference cycles (tests/test_reconcile.py checks it): the collector,
        # paused, spares the scans its many small objects would trigger (~10% of its time).
        with paused():
            items = self.items()
            i = 0
            while i < len(items):
                i += self.item(items, i)
        return sorted(self.claims, key=lambda c: c.start)

    def item(self, items: list[re.Match[str]], i: int) -> int:
        """Read ``items[i]`` (and maybe ``items[i + 1]``) into claims; return how many were used."""
        match = items[i]
        if self.last is not None and match.start() < self.last.end:
            return 1  # inside a claim already read
        if match.lastgroup == "change":
            self.finish(self.change_word(match))
            return 1
        if match.lastgroup == "vague":
            self.finish(self.vague(match))
            return 1
        if match.lastgroup == "article":
            self.finish(self.article(match))
            return 1
        if DIGIT_DASH.fullmatch(self.text, max(match.start() - 2, 0), match.start()):
            return 1  # "City 2-0": the second half of a score or split whose first half is no claim
        draft = self.number(match)
        if draft is None:
            return 1
        used = 1 + (self.range(draft, items[i + 1]) if i + 1 < len(items) else 0)
        self.finish(draft)
        return used

    def finish(self, draft: Draft | None) -> None:
        if draft is None or draft.skip:
            return
        self.qualify(draft)
        self.negation(draft)
        self.qualify_after(draft)
        self.change_after(draft)
        self.signed(draft)
        self.elliptical(draft)
        self.converted(draft)
        self.restated(draft)
        self.subject(draft)
        self.index_points(draft)
        self.measure(draft)
        claim = self.claim(draft)
        if claim is not None and (not self.claims or claim.start >= self.claims[-1].end):
            self.claims.append(claim)
            self.last = draft

    def claim(self, draft: Draft) -> Claim | None:
        values, unit = draft.values, draft.unit or None
        if draft.change is not None and values and all(v < 0 for v in values):
            values = tuple(-v for v in values)  # "fell -0.2%": a fall of 0.2%, written with its sign
        if draft.change == "ratio":
            unit = None
        elif draft.change in ("rise_percent", "fall_percent") and not draft.unit:
            values, unit = tuple(v * 100 for v in values), "percent"  # "fell by a third"
        if unit is None and draft.change is None:
            unit = _unit_of_measure(draft.measure)  # "Lopez was 75.": an age, read in years
        if len(values) == 2 and draft.sense != "range":
            values = values[:1]  # a score or a record ("won 3-1"): read by the first side's figure
        granule = semantics.age_grain(draft.granule, sense=draft.sense, measure=draft.measure, unit=unit)
        key = (draft.sense, values, granule, unit, draft.scale, draft.change)
        if key in self._readings:  # the profile is fixed per extraction: hash it once per reading
            reading = self._readings[key]
        else:
            reading = self._readings[key] = _read(*key, self.profile)
        if reading is None:
            return None
        written = draft.values if draft.written else ()
        # A ratio's value keeps the unit it was written in ("fell by 30%"); otherwise the claim's
        # unit is its reading's, which is a delta unit for a temperature difference ("rose by 2C").
        is_ratio = draft.change in ("ratio", "rise_percent", "fall_percent")
        unit = draft.unit if is_ratio else (reading.interval.unit or "")
        return Claim(
            text=self.text[draft.start : draft.end],
            start=draft.start,
            end=draft.end,
            sentence=self.sentence_text(draft.start),
            source=self.source,
            value=written[0] if len(written) == 1 else None,
            values=written,
            unit=unit,
            subject=draft.subject,
            qualifier=draft.qualifier,
            sense=draft.sense,
            kind=draft.kind,
            predicate=draft.predicate,
            interval=reading.interval,
            core=reading.core,
            literal=reading.literal,
            measure=draft.measure,
            negated=draft.negated,
            sentence_offset=self.sentence_offset(draft.start),
        )


def _unit_of_measure(measure: str | None) -> str | None:
    """The unit a measure gives a bare number (an age is in years), or None."""
    row = measures().get(measure or "")
    return None if row is None else row.unit
