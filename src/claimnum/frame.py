"""Claims as pandas frames, for notebooks and for dask and Spark.

Two kinds of frame have a published schema: the claims of many documents
(:func:`extract_frame`, :data:`CLAIMS_META`, :data:`CLAIMS_SPARK_SCHEMA`) and
the reconciled claims of one story (:func:`reconcile_frame`,
:data:`RECONCILED_META`, :data:`RECONCILED_SPARK_SCHEMA`, the columns of
:meth:`Reconciliation.to_frame <claimnum.Reconciliation.to_frame>`).

:func:`extract_frame` turns many documents into one tidy
:class:`pandas.DataFrame` with one row per claim and a fixed schema (below),
so the same function runs unchanged in one process, inside
``dask.dataframe.map_partitions`` (with ``meta=CLAIMS_META``) and inside
Spark's ``mapInPandas`` (with ``schema=CLAIMS_SPARK_SCHEMA``).  Importing this
module registers the ``Series.claims`` accessor.

The schema, in column order:

==================  ============  ==========================================
column              dtype         meaning
==================  ============  ==========================================
``doc``             the index's   the document's index label (position for
                                  a list of texts, key for a mapping)
``source``          ``string``    :attr:`Claim.source`: ``source_column``,
                                  else the index label as a string
``start``, ``end``  ``int64``     character offsets in the document
``text``            ``string``    the claim as written
``value``           ``Float64``   the number as written, in ``unit``; NA for
                                  ranges and vague words
``unit``            ``string``    canonical unit, ``""`` for pure numbers
``subject``         ``string``    what is counted or measured (may be NA)
``qualifier``       ``string``    the qualifier words as written (may be NA)
``sense``           ``string``    the qualifier's sense (``"over"``, ...)
``kind``            ``string``    ``"amount"``, ``"ratio"`` or ``"difference"``
``predicate``       ``string``    what happened to the subject (may be NA)
``measure``         ``string``    what the number measures (``"age"``, ...; may be NA)
``negated``         ``bool``      the claim stands in a negated clause
``lo``, ``hi``      ``float64``   the support interval (``±inf`` for open ends)
``closed``          ``string``    ``"both"``, ``"left"``, ``"right"``, ``"neither"``
``core_*``          as above      the core interval (``lo``, ``hi``, ``closed``)
``literal_*``       as above      the literal interval
``sentence``        ``string``    the sentence the claim stands in
``sentence_at``     ``int64``     where ``text`` starts in ``sentence``
                                  (:attr:`Claim.sentence_at`)
==================  ============  ==========================================

Every column but ``doc`` has the same dtype whatever the input, also when no
claim is found; ``doc`` keeps the dtype of the input's index (``int64`` for a
default index, a list of texts or :data:`CLAIMS_META`).  The ``string`` and
``Float64`` dtypes are pandas' nullable ones: they round-trip through Arrow and
Parquet and map onto :data:`CLAIMS_SPARK_SCHEMA`.  Arrow holds only text that
UTF-8 can encode: a lone surrogate (``"\\ud800"``, from text decoded with
``errors="surrogateescape"``) is written as ``"\\ufffd"`` in the string
columns, one character for one, so the offsets still hold.

Examples
--------
>>> import pandas as pd
>>> import claimnum
>>> list(claimnum.CLAIMS_META.columns[:6])
['doc', 'source', 'start', 'end', 'text', 'value']
>>> frame = claimnum.extract_frame(pd.Series(["It rained for 3 days."]))
>>> frame[["doc", "text", "value", "unit", "lo", "hi", "closed"]]
   doc    text  value unit   lo   hi closed
0    0  3 days    3.0  day  2.5  3.5   both
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import pandas as pd

from claimnum.documents import refuse_unordered
from claimnum.errors import InvalidArgumentError, InvalidTypeError
from claimnum.extract import extract
from claimnum.interval import Interval
from claimnum.reconcile import Reconciliation, reconcile

if TYPE_CHECKING:
    from claimnum.claim import Claim
    from claimnum.profiles import Profile

__all__ = [
    "CLAIMS_META",
    "CLAIMS_SPARK_SCHEMA",
    "RECONCILED_META",
    "RECONCILED_SPARK_SCHEMA",
    "ClaimsAccessor",
    "extract_frame",
    "intervals_from_frame",
    "reconcile_frame",
]

_STRING: Final = "string"
_SURROGATE: Final = re.compile("[\ud800-\udfff]")

# What a claim says, one string column each, in column order after its value and unit.
_DESCRIPTION: Final = ("subject", "qualifier", "sense", "kind", "predicate", "measure")
_COLUMNS: Final = (
    "doc",
    "source",
    "start",
    "end",
    "text",
    "value",
    "unit",
    *_DESCRIPTION,
    "negated",
    *(f"{prefix}{part}" for prefix in ("", "core_", "literal_") for part in ("lo", "hi", "closed")),
    "sentence",
    "sentence_at",
)
# The string columns, read from the claim attribute of the same name.
_TEXT_ATTRIBUTES: Final = ("source", "text", "unit", *_DESCRIPTION)
_INTERVAL_ATTRIBUTES: Final = {"": "interval", "core_": "core", "literal_": "literal"}
# The Spark SQL type of each pandas dtype of the schema.
_SPARK_TYPES: Final = {
    "int64": "BIGINT",
    "float64": "DOUBLE",
    "Float64": "DOUBLE",
    "string": "STRING",
    "bool": "BOOLEAN",
    "datetime64[ns]": "TIMESTAMP",
}


def _spark_schema(meta: pd.DataFrame) -> str:
    """A frame's columns as a Spark DDL string; names back-quoted (``end`` is an SQL keyword)."""
    return ", ".join(f"`{name}` {_SPARK_TYPES[str(dtype)]}" for name, dtype in meta.dtypes.items())


def _is_missing(item: object) -> bool:
    return item is None or item is pd.NA or (isinstance(item, float) and math.isnan(item))


def _documents(
    texts: object, text_column: str, source_column: str | None
) -> tuple[pd.Index, list[object], list[str | None]]:
    """Split the accepted inputs into (index labels, texts, sources)."""
    if isinstance(texts, pd.DataFrame):
        if text_column not in texts.columns:
            raise InvalidArgumentError(
                f"no text column {text_column!r} in the frame (columns: {list(texts.columns)}); "
                "pass text_column="
            )
        if source_column is not None and source_column not in texts.columns:
            raise InvalidArgumentError(f"no source column {source_column!r} in the frame")
        for named in (text_column, source_column):
            if named is not None and list(texts.columns).count(named) > 1:
                raise InvalidArgumentError(
                    f"{named!r} names several columns of the frame (columns: {list(texts.columns)}); "
                    "give each column its own name"
                )
        column = texts[text_column]
        sources: list[str | None] = (
            [None if _is_missing(s) else str(s) for s in texts[source_column]]
            if source_column is not None
            else [str(label) for label in texts.index]
        )
        return texts.index, _checked_texts(column), sources
    if source_column is not None:
        raise InvalidArgumentError("source_column= needs a DataFrame of documents")
    if isinstance(texts, pd.Series):
        return texts.index, _checked_texts(texts), [str(label) for label in texts.index]
    if isinstance(texts, Mapping):
        keys = list(texts)
        return pd.Index(keys), list(texts.values()), [str(k) for k in keys]
    if isinstance(texts, str | bytes) or not isinstance(texts, Iterable):
        raise InvalidTypeError(
            "expected a pandas Series or DataFrame, a mapping of source to text or a list of texts, "
            f"got {type(texts).__name__}; for one text use claimnum.extract"
        )
    refuse_unordered(texts, "the documents' labels")
    values = list(texts)
    return pd.RangeIndex(len(values)), values, [str(i) for i in range(len(values))]


def _checked_texts(column: pd.Series) -> list[object]:
    if not pd.api.types.is_string_dtype(column.dtype):  # object, "string", "str", Arrow strings
        raise InvalidTypeError(f"expected a column of text, got dtype {column.dtype}")
    return column.tolist()


def _string_column(claims: Sequence[Claim], attribute: str) -> pd.api.extensions.ExtensionArray:
    values = [getattr(c, attribute) for c in claims]
    try:
        return pd.array(values, dtype=_STRING)
    except UnicodeEncodeError:  # Arrow's strings are UTF-8: a lone surrogate cannot be one
        return pd.array([v if v is None else _SURROGATE.sub("\ufffd", v) for v in values], dtype=_STRING)


def _interval_columns(prefix: str, intervals: Sequence[Interval]) -> dict[str, Any]:
    count = len(intervals)
    return {
        f"{prefix}lo": np.fromiter((i.lo for i in intervals), dtype=float, count=count),
        f"{prefix}hi": np.fromiter((i.hi for i in intervals), dtype=float, count=count),
        f"{prefix}closed": pd.array([i.closed for i in intervals], dtype=_STRING),
    }


def _claims_frame(labels: pd.Index, positions: Sequence[int], claims: Sequence[Claim]) -> pd.DataFrame:
    """Build the frame column by column: far faster than appending rows."""
    columns: dict[str, Any] = {name: _string_column(claims, name) for name in (*_TEXT_ATTRIBUTES, "sentence")}
    columns["doc"] = labels.take(np.asarray(positions, dtype=np.intp)).array
    for name in ("start", "end", "sentence_at"):
        columns[name] = np.fromiter((getattr(c, name) for c in claims), dtype=np.int64, count=len(claims))
    columns["value"] = pd.array([c.value for c in claims], dtype="Float64")
    columns["negated"] = np.fromiter((c.negated for c in claims), dtype=bool, count=len(claims))
    for prefix, attribute in _INTERVAL_ATTRIBUTES.items():
        columns.update(_interval_columns(prefix, [getattr(c, attribute) for c in claims]))
    return pd.DataFrame({name: columns[name] for name in _COLUMNS})


CLAIMS_META: Final[pd.DataFrame] = _claims_frame(pd.RangeIndex(0), [], [])
"""An empty claims frame with the fixed schema, for ``map_partitions(..., meta=CLAIMS_META)``.

Examples
--------
>>> import claimnum
>>> claimnum.CLAIMS_META.dtypes[["doc", "start", "value", "unit", "lo"]].astype(str).tolist()
['int64', 'int64', 'Float64', 'string', 'float64']
"""

CLAIMS_SPARK_SCHEMA: Final[str] = _spark_schema(CLAIMS_META)
"""The claims schema as a Spark DDL string, for ``mapInPandas(..., schema=CLAIMS_SPARK_SCHEMA)``.

Names are back-quoted (``end`` is an SQL keyword); ``doc`` is ``BIGINT``.

Examples
--------
>>> import claimnum
>>> claimnum.CLAIMS_SPARK_SCHEMA.split(", ")[:3]
['`doc` BIGINT', '`source` STRING', '`start` BIGINT']
"""


def extract_frame(
    texts: pd.Series | pd.DataFrame | Mapping[Any, str | None] | Iterable[str | None],
    *,
    profile: str | Profile = "median",
    text_column: str = "text",
    source_column: str | None = None,
) -> pd.DataFrame:
    """Extract the claims of many documents into one frame, one row per claim.

    Parameters
    ----------
    texts : pandas.Series, pandas.DataFrame, mapping or iterable of str
        The documents.  A Series (index label -> text), a DataFrame with a
        ``text_column``, a mapping of source name to text, or a list of texts.
        Missing texts (``None``, ``NaN``, ``NA``) give no rows.
    profile : str or Profile, default "median"
        The reading profile passed to :func:`claimnum.extract`.
    text_column : str, default "text"
        The text column of a DataFrame.
    source_column : str, optional
        A DataFrame column naming each document's source.  By default the
        source is the index label (the key of a mapping) as a string.

    Returns
    -------
    pandas.DataFrame
        The claims, in document order, with the columns and dtypes of
        :data:`CLAIMS_META` (described in :mod:`claimnum.frame`) and a fresh
        ``RangeIndex``; ``doc`` holds each claim's document label.

    Raises
    ------
    InvalidTypeError
        For a single string, a set of texts (no order), a non-text column or a non-text document.
    InvalidArgumentError
        For a missing ``text_column`` or ``source_column``, or an unknown ``profile``.

    Examples
    --------
    >>> import pandas as pd
    >>> import claimnum
    >>> docs = pd.Series({"a": "Over 300 people came.", "b": None})
    >>> claimnum.extract_frame(docs)[["doc", "source", "value", "lo", "closed"]]
      doc source  value     lo closed
    0   a      a  300.0  300.0  right
    """
    labels, documents, sources = _documents(texts, text_column, source_column)
    extract("", profile=profile)  # a bad profile raises even when there is no text
    positions: list[int] = []
    claims: list[Claim] = []
    for position, (text, source) in enumerate(zip(documents, sources, strict=True)):
        if not isinstance(text, str):
            if _is_missing(text):
                continue
            raise InvalidTypeError(f"document {labels[position]!r} is a {type(text).__name__}, not text")
        found = extract(text, source=source, profile=profile)
        claims.extend(found)
        positions.extend([position] * len(found))
    return _claims_frame(labels, positions, claims)


def intervals_from_frame(frame: pd.DataFrame, *, which: str = "interval") -> list[Interval]:
    """Turn a claims frame back into intervals, for :func:`claimnum.check` and :func:`claimnum.combine`.

    Parameters
    ----------
    frame : pandas.DataFrame
        Rows with the columns of :data:`CLAIMS_META` (at least the bounds,
        ``closed`` and ``unit``), e.g. one group of a ``groupby``.
    which : {"interval", "core", "literal"}, default "interval"
        The support, the core or the literal reading.

    Returns
    -------
    list of Interval
        One interval per row, with the row's unit (``""`` becomes ``None``).

    Examples
    --------
    >>> import claimnum
    >>> frame = claimnum.extract_frame(["Over 300 people came.", "It took 15 days."])
    >>> claimnum.frame.intervals_from_frame(frame)
    [(300, 450], [14.5, 15.5) day]
    >>> claimnum.frame.intervals_from_frame(frame, which="literal")
    [(300, inf), [14.5, 15.5) day]
    """
    prefixes = {attribute: prefix for prefix, attribute in _INTERVAL_ATTRIBUTES.items()}
    if which not in prefixes:
        raise InvalidArgumentError(f"which= must be one of {sorted(prefixes)}, got {which!r}")
    prefix = prefixes[which]
    columns = [f"{prefix}lo", f"{prefix}hi", f"{prefix}closed", "unit"]
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InvalidArgumentError(f"not a claims frame: missing columns {missing}")
    rows = zip(*(frame[c].tolist() for c in columns), strict=True)
    return [
        Interval(lo, hi, closed, None if _is_missing(unit) or not unit else unit)
        for lo, hi, closed, unit in rows
    ]


@pd.api.extensions.register_series_accessor("claims")
class ClaimsAccessor:
    """The ``Series.claims`` accessor: claims of a Series of texts.

    Registered when :mod:`claimnum` is imported.

    Examples
    --------
    >>> import pandas as pd
    >>> import claimnum
    >>> pd.Series(["About 40 km away."]).claims.extract()[["value", "unit"]]
       value       unit
    0   40.0  kilometer
    """

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def extract(self, **options: Any) -> pd.DataFrame:
        """Return :func:`extract_frame` of the Series.

        Parameters
        ----------
        **options
            Passed on to :func:`extract_frame` (``profile=``).

        Returns
        -------
        pandas.DataFrame
            One row per claim, the schema of :data:`CLAIMS_META`.

        Examples
        --------
        >>> import pandas as pd
        >>> import claimnum
        >>> len(pd.Series(["5 cats and 6 dogs", None]).claims.extract())
        2
        """
        return extract_frame(self._series, **options)

    def reconcile(self, **options: Any) -> Reconciliation:
        """Return :func:`claimnum.reconcile` of the Series (index labels name the sources).

        Parameters
        ----------
        **options
            Passed on to :func:`claimnum.reconcile` (``profile=``, ``rates=``, ...).

        Returns
        -------
        Reconciliation
            The groups of claims, their verdicts and estimates.

        Examples
        --------
        >>> import pandas as pd
        >>> import claimnum
        >>> docs = pd.Series({"x": "It lasted 2 weeks.", "y": "It lasted 15 days."})
        >>> isinstance(docs.claims.reconcile(), claimnum.Reconciliation)
        True
        """
        return reconcile(self._series, **options)


# --------------------------------------------------------------------------- reconciled claims

RECONCILED_META: Final[pd.DataFrame] = Reconciliation(groups=(), sources=()).to_frame()
"""An empty frame with the schema of :meth:`Reconciliation.to_frame` (and :func:`reconcile_frame`).

For dask: ``groupby(...).apply(reconcile_frame, ..., meta=RECONCILED_META)``; add your key column
in front when you keep it (``by=``).

Examples
--------
>>> import claimnum
>>> claimnum.RECONCILED_META.dtypes[["group", "time", "value", "agreement"]].astype(str).tolist()
['string', 'datetime64[ns]', 'Float64', 'float64']
"""

RECONCILED_SPARK_SCHEMA: Final[str] = _spark_schema(RECONCILED_META)
"""The Spark DDL schema of :func:`reconcile_frame`'s output, for ``applyInPandas``.

Put your key column in front when you keep it: ``"`story` STRING, " + RECONCILED_SPARK_SCHEMA``.

Examples
--------
>>> import claimnum
>>> claimnum.RECONCILED_SPARK_SCHEMA.split(", ")[:3]
['`group` STRING', '`source` STRING', '`time` TIMESTAMP']
"""


def reconcile_frame(
    documents: pd.DataFrame,
    *,
    text: str,
    source: str | None = None,
    time: str | None = None,
    by: str | None = None,
    **options: Any,
) -> pd.DataFrame:
    """Reconcile the documents of one story and return one row per claim (for groupby-apply).

    ``reconcile(documents, text=..., source=..., time=..., **options).to_frame()``
    with the fixed schema :data:`RECONCILED_META`, and, with ``by``, the
    story's key in front: the function to run per story inside pandas' or
    dask's ``groupby(by).apply`` or Spark's ``groupBy(by).applyInPandas``.

    Parameters
    ----------
    documents : pandas.DataFrame
        The documents of one story (one group of your archive).
    text, source, time : str
        Column names, as for :func:`claimnum.reconcile`.
    by : str, optional
        The column that names the story; its value (one per group; or the
        group's ``name`` when groupby-apply leaves the column out) is kept as
        the first column of the result, as a string.
    **options
        ``profile``, ``method``, ``rates`` or ``key``, as for :func:`claimnum.reconcile`.

    Returns
    -------
    pandas.DataFrame
        The columns of :data:`RECONCILED_META`, ``by`` first when given.

    Raises
    ------
    InvalidArgumentError
        If ``by`` names neither a column nor the group, or the group holds more than one story.

    Examples
    --------
    >>> import pandas as pd
    >>> from claimnum import reconcile_frame
    >>> news = pd.DataFrame({"story": ["s1", "s1"], "outlet": ["a", "b"],
    ...                      "body": ["The storm killed 12 people.", "The storm killed 12 people."]})
    >>> rows = reconcile_frame(news, text="body", source="outlet", by="story")
    >>> rows[["story", "group", "source", "verdict"]]
      story   group source     verdict
    0    s1  deaths      a  consistent
    1    s1  deaths      b  consistent
    """
    frame = reconcile(documents, text=text, source=source, time=time, **options).to_frame()
    if by is None:
        return frame
    if by in documents.columns:
        keys = documents[by].drop_duplicates()
    elif getattr(documents, "name", None) is not None:  # groupby-apply leaves the key out, as .name
        keys = pd.Series([documents.name])
    else:
        raise InvalidArgumentError(f"by={by!r} is not a column of the documents, nor their group's name")
    if len(keys) > 1:
        raise InvalidArgumentError(
            f"reconcile_frame reconciles one story at a time; got {len(keys)} values of {by!r}"
        )
    key = str(keys.iloc[0]) if len(keys) else ""
    frame.insert(0, by, pd.Series([key] * len(frame), dtype="string", index=frame.index))
    return frame
