"""The documents a reconciliation reads: every form pandas users hold them in, with times.

:func:`read_documents` accepts a mapping of source name to text (or to a
``(time, text)`` pair), a sequence of texts, a pandas Series, or a DataFrame
with the columns ``text=`` (and optionally ``source=``, ``time=``) name, and
returns the texts and times by source name.  A DataFrame without ``text=`` is
an error, never a silent misreading.  Several articles of one outlet in a
DataFrame are told apart by their time ("Wire (2024-05-02 09:00)"), else by
their row ("Wire #2").  A missing text (``None``, ``NaN``, ``pandas.NA``) is
skipped, as pandas skips missing values, and a text of any other type is an
error naming its row; a row whose source is missing is named by its row label,
as without ``source=``.  A column named twice is an error naming it.  A time is a
``datetime`` or ``date`` (a pandas Timestamp is one), a NumPy ``datetime64`` or
a string pandas reads as a date ("2024-05-01T09:00+02:00"); a number is refused
(seconds? milliseconds?), never read as nanoseconds since 1970.  Times compare
as instants: when any document's time names its zone, every time is turned to
UTC and a time without a zone is taken as UTC (as ``pandas.to_datetime(...,
utc=True)`` reads them); without any zone, times stay as written.  Times are
given for every document or for none: some documents with a time and others
without one (``NaT``, ``None``) are an error naming the latter.  A set of
texts is refused: its order, and so the
sources' names, would change from run to run.  :func:`story_year_of` tells the year the documents are
about; :func:`example_documents` returns the stories bundled with claimnum.

Examples
--------
>>> from claimnum.documents import read_documents
>>> read_documents({"a": ("2024-05-01", "It rained.")}, text=None, source=None, time=None)
({'a': 'It rained.'}, {'a': Timestamp('2024-05-01 00:00:00')})
"""

from __future__ import annotations

import datetime
import math
import sys
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any

from claimnum.anchors import story_year
from claimnum.errors import InvalidArgumentError, InvalidTypeError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["example_documents", "read_documents", "refuse_unordered", "story_year_of"]


def read_documents(
    documents: object,
    *,
    text: str | None,
    source: str | None,
    time: str | None,
    caller: str = "reconcile",
) -> tuple[dict[str, str], dict[str, Any]]:
    """Return ``{source: text}`` and ``{source: time}`` for every accepted form of ``documents``.

    Parameters
    ----------
    documents : mapping, sequence of str, pandas.Series or pandas.DataFrame
        See :func:`claimnum.reconcile`.
    text, source, time : str or None
        A DataFrame's column names (``text`` required for a DataFrame, refused otherwise).
    caller : str, default "reconcile"
        The public function the user called, named in the error messages.

    Returns
    -------
    tuple of dict
        The texts and the times (a :class:`pandas.Timestamp` or ``None``) by source
        name, in the order given.  A missing text (``None``, ``NaN``, ``pandas.NA``)
        is skipped, as pandas skips missing values; a DataFrame row whose source is
        missing is named by its row label.  If any time has a time zone, every time
        is in UTC (one without a zone taken as UTC).

    Raises
    ------
    InvalidTypeError
        For a single string, something that holds no texts, a set (no order), a text
        that is not text (a DataFrame's named by its row and column), or a time that is
        neither a date, a datetime nor a string (a number: ``5``).
    InvalidArgumentError
        For two documents of one name, a DataFrame without ``text=``, a column that is
        not there or is named twice, column names without a DataFrame, a time string
        that cannot be read, or some documents with a time and others without one
        (the message names those without; a missing text's row is skipped first).

    Examples
    --------
    >>> read_documents(["It rained.", None], text=None, source=None, time=None)
    ({'0': 'It rained.'}, {'0': None})
    >>> read_documents({"a": (5, "It rained.")}, text=None, source=None, time=None)
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidTypeError: document 'a': the time 5 is of type int; a time is a datetime, ...
    >>> read_documents(5, text=None, source=None, time=None, caller="verify")
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidTypeError: verify expects a mapping of source name to text, ... got int
    """
    pandas = sys.modules.get("pandas")  # a Series or DataFrame can only exist if pandas is imported
    pairs: list[tuple[str, Any, object]]  # source, time, text
    if pandas is not None and isinstance(documents, pandas.DataFrame):
        pairs = _frame_rows(documents, text=text, source=source, time=time, caller=caller)
    elif text is not None or source is not None or time is not None:
        raise InvalidArgumentError("text=, source= and time= name the columns of a DataFrame of documents")
    elif pandas is not None and isinstance(documents, pandas.Series):
        pairs = [(str(label), None, body) for label, body in documents.items()]
    elif isinstance(documents, Mapping):
        pairs = [(str(name), *_timed(name, value)) for name, value in documents.items()]
    elif isinstance(documents, str | bytes) or not isinstance(documents, Iterable):
        one_text = "; for the claims of one text use claimnum.extract" if isinstance(documents, str) else ""
        raise InvalidTypeError(
            f"{caller} expects a mapping of source name to text, a list of texts, a pandas Series or "
            f"a DataFrame with text=, got {type(documents).__name__}{one_text}"
        )
    else:
        refuse_unordered(documents, "the sources' names")
        pairs = [(str(i), None, body) for i, body in enumerate(documents)]
    named: dict[str, str] = {}
    times: dict[str, Any] = {}
    for name, when, body in pairs:
        if _missing(body):
            continue
        if not isinstance(body, str):
            raise InvalidTypeError(f"document {name!r} is a {type(body).__name__}, not text")
        if name in named:
            raise InvalidArgumentError(f"two documents are named {name!r}; give each source its own name")
        named[name] = body
        times[name] = _time(name, when, column=time)
    _refuse_partial_times(times, pairs, documents if time is not None else None, column=time, caller=caller)
    return named, _comparable(times)


def _refuse_partial_times(
    times: dict[str, Any],
    pairs: list[tuple[str, Any, object]],
    frame: Any,
    *,
    column: str | None,
    caller: str,
) -> None:
    """Refuse documents of which some have a time and others none: a running total's update needs
    every report's time, and guessing one (or dropping the others') would change a verdict silently.
    The message names the documents without a time (a DataFrame's by their row labels too)."""
    untimed = [name for name, t in times.items() if t is None]
    if not untimed or len(untimed) == len(times):
        return
    shown = [repr(name) for name in untimed[:5]]
    if frame is not None:  # a DataFrame's rows, in the order of pairs
        rows = {name: label for (name, _, _), label in zip(pairs, frame.index, strict=True)}
        shown = [f"{name!r} (row {rows[name]!r})" for name in untimed[:5]]
    more = f" and {len(untimed) - 5} more" if len(untimed) > 5 else ""
    where = f"time={column!r}: " if column is not None else ""
    raise InvalidArgumentError(
        f"{caller}: {where}{len(untimed)} of {len(times)} documents have no time while the others have "
        f"one: {', '.join(shown)}{more}; give every document a time, or none (a running total is "
        "updated only from reports whose times are all known)"
    )


def _comparable(times: dict[str, Any]) -> dict[str, Any]:
    """Times that compare: all in UTC when any names its zone (one without a zone read as UTC)."""
    if all(t is None or t.tz is None for t in times.values()):
        return times
    return {
        name: None if t is None else t.tz_convert("UTC") if t.tz is not None else t.tz_localize("UTC")
        for name, t in times.items()
    }


def refuse_unordered(values: object, what: str) -> None:
    """Refuse a set: its order, on which ``what`` depends, changes from run to run.

    Parameters
    ----------
    values : object
        What the caller was given; anything but a set or frozenset passes.
    what : str
        What depends on the order, for the message.

    Raises
    ------
    InvalidTypeError
        If ``values`` is a set or frozenset.

    Examples
    --------
    >>> refuse_unordered({"a", "b"}, "the sources' names")
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidTypeError: got a set of texts, which has no order, so the sources' names ...
    """
    if isinstance(values, set | frozenset):
        raise InvalidTypeError(
            f"got a {type(values).__name__} of texts, which has no order, so {what} would change from "
            "run to run; pass a list, e.g. sorted(texts)"
        )


def _timed(name: object, value: object) -> tuple[Any, object]:
    """A mapping's value: a text, or a ``(time, text)`` pair."""
    if isinstance(value, tuple):
        if len(value) != 2:
            raise InvalidTypeError(f"document {name!r}: give a text or a (time, text) pair, not {value!r}")
        return value[0], value[1]
    return None, value


def _frame_rows(
    frame: pd.DataFrame, *, text: str | None, source: str | None, time: str | None, caller: str
) -> list[tuple[str, Any, object]]:
    columns = ", ".join(map(str, frame.columns))
    if text is None:
        raise InvalidArgumentError(
            f'{caller} got a DataFrame: name its text column, e.g. {caller}(..., text="body") '
            f"(columns: {columns})"
        )
    for role, column in (("text", text), ("source", source), ("time", time)):
        if column is not None and column not in frame.columns:
            raise InvalidArgumentError(
                f"{role}={column!r} is not a column of the DataFrame (columns: {columns})"
            )
        if column is not None and sum(1 for name in frame.columns if name == column) > 1:
            raise InvalidArgumentError(
                f"{caller}: {role}={column!r} names several columns of the DataFrame (columns: "
                f"{columns}); give each column its own name"
            )
    for label, body in zip(frame.index, frame[text], strict=True):
        if not (_missing(body) or isinstance(body, str)):
            raise InvalidTypeError(
                f"{caller}: row {label!r} of text={text!r} holds a {type(body).__name__}, not text; a "
                "missing text (None, NaN) is skipped, any other must be a str"
            )
    labels = [str(label) for label in frame.index]
    given = frame[source] if source is not None else frame.index
    names = [label if _missing(name) else str(name) for name, label in zip(given, labels, strict=True)]
    whens = list(frame[time]) if time is not None else [None] * len(frame)
    return list(zip(_distinct(names, whens), whens, frame[text], strict=True))


def _distinct(names: list[str], whens: list[Any]) -> list[str]:
    """Name each of an outlet's several articles apart: by its time, else by its row ("#2")."""
    counts = Counter(names)
    seen: Counter[str] = Counter()
    distinct = []
    for name, when in zip(names, whens, strict=True):
        seen[name] += 1
        if counts[name] == 1:
            distinct.append(name)
        elif not _missing(when):
            distinct.append(f"{name} ({when})")
        else:
            distinct.append(name if seen[name] == 1 else f"{name} #{seen[name]}")
    return distinct


def _time(name: str, when: object, *, column: str | None = None) -> Any:
    """A document's time as a pandas Timestamp, ``None`` when not given (``column``: a DataFrame's)."""
    import numpy as np
    import pandas as pd

    if _missing(when):
        return None
    where = f"time={column!r}, " if column is not None else ""
    if not isinstance(when, str | datetime.date | np.datetime64):  # a Timestamp is a datetime
        raise InvalidTypeError(
            f"{where}document {name!r}: the time {when!r} is of type {type(when).__name__}; a time is a "
            "datetime, a pandas Timestamp or a date string such as '2024-05-01T09:00' (for seconds "
            "since 1970, convert with pandas.to_datetime(..., unit='s'))"
        )
    try:
        stamp = pd.Timestamp(when)
    except (TypeError, ValueError) as err:
        raise InvalidArgumentError(f"{where}document {name!r}: cannot read {when!r} as a time") from err
    try:  # the frames hold times in nanoseconds: years 1677 to 2262
        return None if pd.isna(stamp) else stamp.as_unit("ns")
    except ValueError as err:  # pandas' OutOfBoundsDatetime
        raise InvalidArgumentError(
            f"{where}document {name!r}: the time {when!r} lies outside the years 1677-2262 that pandas holds"
        ) from err


def _missing(value: object) -> bool:
    """``None``, a float NaN (NumPy's too), ``pandas.NA`` or ``pandas.NaT``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    pandas = sys.modules.get("pandas")
    return pandas is not None and (value is pandas.NA or value is pandas.NaT)


def story_year_of(named: Mapping[str, str], times: Mapping[str, Any]) -> int | None:
    """The year the documents are about.

    The latest of their times when given, else the year their texts write most
    (:func:`claimnum.anchors.story_year`).

    Parameters
    ----------
    named : mapping of str to str
        Document name to text, as :func:`read_documents` returns them.
    times : mapping of str to Timestamp or None
        Document name to its time, as :func:`read_documents` returns them.

    Returns
    -------
    int or None
        The year, or None when no time is given and no text writes a year.

    Examples
    --------
    >>> named, times = read_documents({"a": ("2024-05-01", "In 2004 ...")}, text=None, source=None, time=None)
    >>> story_year_of(named, times)
    2024
    >>> story_year_of({"a": "The 2009 quake.", "b": "Since 2009 ..."}, {"a": None, "b": None})
    2009
    """
    given = [t.year for t in times.values() if t is not None]
    return max(given) if given else story_year(list(named.values()))


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
    >>> from claimnum import example_documents
    >>> docs = example_documents()
    >>> list(docs)
    ['Harbour Wire', 'Lakeshore Broadcasting']
    >>> "around 12,000 soldiers" in docs["Lakeshore Broadcasting"]
    True
    """
    folder = resources.files("claimnum").joinpath("data/examples")
    sources = tomllib.loads(folder.joinpath("sources.toml").read_text("utf-8"))
    return {meta["name"]: folder.joinpath(meta["file"]).read_text("utf-8") for meta in sources.values()}
