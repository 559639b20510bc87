"""What a time anchor says by itself, and the year a story is about.

An anchor (:func:`claimnum.anchors.time_of`) names a year ("2004"), a relative time ("last year"),
a date ("jul 24"), a weekday, a month or the event a span is measured from ("event: arrest"):
:func:`anchor_kind` reads its grain, which the clustering compares, and :func:`anchor_year` its
year.  :func:`story_year` is the year a story's texts write most often, which an anchor year
before it makes background.

Examples
--------
>>> anchor_kind("2004"), anchor_year("2004"), story_year(["Floods in 2011.", "The 2011 floods."])
('year', 2004, 2011)
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from claimnum.measure_sentence import MONTHS, WEEKDAYS

__all__ = ["EVENT", "RELATIVE_DAYS", "YEAR", "anchor_kind", "anchor_year", "story_year"]

YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")  # a year as written
# A year before the story's time: of an event brought in with "a" ("a 2009 quake"), or one a
# comparison starts from ("the deadliest since 2004")
_EARLIER_YEAR = re.compile(
    r"\b(?:(?:a|an)\s+(1[89]\d\d|20\d\d)\s+[a-z]|since\s+(1[89]\d\d|20\d\d)\b)", re.IGNORECASE
)
RELATIVE_DAYS = frozenset({"yesterday", "today", "tonight"})  # days relative to one the reader does not know
EVENT = "event: "  # the start of an anchor naming the event a span is measured from


def anchor_year(anchor: str | None) -> int | None:
    """The year an anchor names, if it names one.

    Parameters
    ----------
    anchor : str or None
        A time anchor.

    Returns
    -------
    int or None
        The year; ``None`` when the anchor is no year.

    Examples
    --------
    >>> anchor_year("2004"), anchor_year("friday")
    (2004, None)
    """
    return int(anchor) if anchor is not None and anchor.isdigit() else None


def anchor_kind(anchor: str | None, *, cumulative: bool = False) -> str | None:
    """The grain of a time anchor: ``year``, ``relative year``, ``date``, ``weekday``, ``month``,
    ``event`` (of a span: :func:`span_event`); ``None`` when open.

    An open anchor tells no quantities apart: none is written, or it is relative
    to a day the reader does not know ("yesterday"), or it is a date of a running
    total (reported on several days, still one total).  A weekday is the day of
    its event: the day a running total is told is no anchor of it
    (:func:`claimnum.grouping.frame_of`).

    Parameters
    ----------
    anchor : str or None
        A time anchor (:func:`claimnum.anchors.time_of`).
    cumulative : bool, default False
        Whether the anchor's claim is of a running total.

    Returns
    -------
    str or None
        The grain; ``None`` for an open anchor.

    Examples
    --------
    >>> anchor_kind("2004"), anchor_kind("last year"), anchor_kind("jul 24"), anchor_kind("monday")
    ('year', 'relative year', 'date', 'weekday')
    >>> anchor_kind("yesterday"), anchor_kind("monday", cumulative=True), anchor_kind("march")
    (None, 'weekday', 'month')
    """
    if anchor is None or anchor in RELATIVE_DAYS:
        return None
    if anchor.startswith(EVENT):
        return "event"
    if anchor_year(anchor) is not None:
        return "year"
    if anchor in WEEKDAYS:
        return "weekday"
    if anchor in MONTHS:
        return "month"
    if " " in anchor and anchor.split()[0] in ("last", "this", "next", "previous"):
        return "relative year"
    return None if cumulative else "date"


def story_year(texts: Sequence[str]) -> int | None:
    """The year a set of texts is about: the year written most often; ``None`` on a tie or none.

    A year naming an event brought in with "a" or "an" ("a 2009 quake in the same area killed
    more than 1,000") names another, earlier event than the story's, and one a comparison starts
    from ("the deadliest since 2004") is before the story: neither is a story year.

    Parameters
    ----------
    texts : sequence of str
        The story's texts.

    Returns
    -------
    int or None
        The year; ``None`` on a tie or when no year is written.

    Examples
    --------
    >>> story_year(["In 2009 a quake hit; in 2004 a tsunami.", "The 2009 quake."])
    2009
    >>> story_year(["The toll rose to 52. A 2009 quake in the area killed 1,000."]) is None
    True
    >>> story_year(["The worst since 2004, when a flood hit."]) is None
    True
    """
    counts: dict[int, int] = defaultdict(int)
    for text in texts:
        another = {match.start(match.lastindex or 0) for match in _EARLIER_YEAR.finditer(text)}
        for match in YEAR.finditer(text):
            if match.start() not in another:
                counts[int(match.group(0))] += 1
    if not counts:
        return None
    ranked = sorted(counts, key=lambda y: (-counts[y], -y))
    tied = len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]]
    return None if tied else ranked[0]
