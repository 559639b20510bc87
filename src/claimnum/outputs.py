"""Results written for the ``claimnum`` command: tables, CSV, JSON lines and JSON, piece by piece.

:class:`Output` is standard output or the ``-o`` file; :class:`Rows` writes
frames of rows in one format as they come (a header before the first, brackets
around JSON), so that ``claimnum extract`` streams; :func:`write_result` writes a
reconciliation or a verification whole, its times in ISO 8601 with the offset
in every format.  CSV cells that begin with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return get a leading ``'``
(:func:`neutralised`: the OWASP rule against CSV injection).  A file that cannot
be written is an :class:`OutputError`.

Examples
--------
>>> import io
>>> import pandas as pd
>>> stream = io.StringIO()
>>> rows = Rows(Output(None, stream), "csv", claims_table)
>>> rows.write(pd.DataFrame({"text": ["=1+1"], "lo": [2.0]}))
>>> print(stream.getvalue(), end="")
text,lo
'=1+1,2.0
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from claimnum.errors import InputOutputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FORMATS", "Output", "OutputError", "Rows", "claims_table", "neutralised", "write_result"]

FORMATS = ("table", "csv", "jsonl", "json")
"""The output formats of every command."""
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class OutputError(InputOutputError):
    """An output that cannot be written (a claimnum error and an ``OSError``).

    Examples
    --------
    >>> import io
    >>> try:
    ...     Output("/no/such/folder/out.csv", io.StringIO()).write("x")
    ... except OutputError as err:
    ...     print(err)
    /no/such/folder/out.csv: cannot write: ...
    """


class Output:
    """Standard output or the ``-o`` file, written piece by piece.

    Parameters
    ----------
    path : str or None
        The ``-o`` file (opened at the first write, in UTF-8); None for ``stdout``.
    stdout : text stream
        Standard output.

    Examples
    --------
    >>> import io
    >>> stream = io.StringIO()
    >>> output = Output(None, stream)
    >>> output.write("Some 40 boats sailed.\\n")
    >>> output.close()
    >>> stream.getvalue()
    'Some 40 boats sailed.\\n'
    """

    def __init__(self, path: str | None, stdout: TextIO) -> None:
        self.path = path
        self.stream = stdout
        self.file: TextIO | None = None

    def write(self, text: str) -> None:
        if self.path is None:
            try:
                self.stream.write(text)
            except UnicodeEncodeError:  # a terminal that cannot show "≈" or a quote: escape, never crash
                encoding = self.stream.encoding or "ascii"
                self.stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
            return
        try:
            if self.file is None:
                self.file = open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
            self.file.write(text)
        except OSError as err:
            raise OutputError(f"{self.path}: cannot write: {err.strerror or err}") from None

    def close(self) -> None:
        if self.path is not None and self.file is None:  # nothing was written: still leave a file
            self.write("")
        if self.file is not None:
            self.file.close()
            self.file = None


def neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text cell that a spreadsheet would run as a formula made plain text.

    A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return gets a leading ``'`` (the OWASP rule against CSV injection).
    Numbers are left as they are.

    Parameters
    ----------
    frame : DataFrame
        Any frame; it is not changed.

    Returns
    -------
    DataFrame
        A copy with its formula-like text cells quoted.

    Examples
    --------
    >>> import pandas as pd
    >>> neutralised(pd.DataFrame({"text": ["=1+1", "ok"], "lo": [-1.0, 2.0]})).to_dict("list")
    {'text': ["'=1+1", 'ok'], 'lo': [-1.0, 2.0]}
    """
    import pandas as pd

    frame = frame.copy()
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_string_dtype(values.dtype) or values.dtype == object:
            starts = values.map(lambda v: isinstance(v, str) and v.startswith(_FORMULA_STARTS))
            frame[column] = values.mask(starts.astype(bool), "'" + values.astype(str))
    return frame


class Rows:
    """Rows of frames written in one format: a header before the first, brackets around JSON.

    Parameters
    ----------
    output : Output
        Where to write.
    form : str
        One of :data:`FORMATS`.
    table : callable
        Writes a frame as the ``"table"`` format does; told whether to write a header.

    Examples
    --------
    >>> import io
    >>> import pandas as pd
    >>> stream = io.StringIO()
    >>> rows = Rows(Output(None, stream), "json", claims_table)
    >>> rows.write(pd.DataFrame({"text": ["300"], "lo": [268.0]}))
    >>> rows.write(pd.DataFrame({"text": ["12"], "lo": [11.5]}))
    >>> rows.close()
    >>> print(stream.getvalue(), end="")
    [
    {"text":"300","lo":268.0},
    {"text":"12","lo":11.5}
    ]
    """

    def __init__(self, output: Output, form: str, table: Callable[[pd.DataFrame, bool], str]) -> None:
        self.output, self.form, self.table = output, form, table
        self.first = True
        self.records = 0

    def write(self, frame: pd.DataFrame) -> None:
        first, self.first = self.first, False
        if self.form == "csv":
            self.output.write(neutralised(frame).to_csv(index=False, header=first, lineterminator="\n"))
        elif self.form == "jsonl":
            self.output.write(_jsonl(frame))
        elif self.form == "json":  # JSON lines hold one record a line: joined, they are an array
            records = _jsonl(frame).split("\n")[:-1]  # "\n" never stands inside a JSON string
            if records:
                self.output.write(("[\n" if not self.records else ",\n") + ",\n".join(records))
                self.records += len(records)
        else:
            self.output.write(self.table(frame, first))

    def close(self) -> None:
        if self.form == "json":
            self.output.write("\n]\n" if self.records else "[]\n")


def _jsonl(frame: pd.DataFrame) -> str:
    if frame.empty:
        return ""
    text = str(frame.to_json(orient="records", lines=True, force_ascii=False))
    return text if text.endswith("\n") else text + "\n"


_CLAIM_TABLE = (("source", 18), ("start", 8), ("text", 28), ("support", 24), ("unit", 12), ("subject", 24))


def claims_table(frame: pd.DataFrame, header: bool) -> str:
    """Claims as fixed-width lines, so that a long run prints as it goes.

    Parameters
    ----------
    frame : DataFrame
        Claims with the columns of :data:`claimnum.frame.CLAIMS_META`.
    header : bool
        Whether to write the line of column names first.

    Returns
    -------
    str
        One line per claim (and the header), each ending in a newline.

    Examples
    --------
    >>> import re
    >>> from claimnum.frame import extract_frame
    >>> lines = claims_table(extract_frame({"Bay Post": "About 300 people came."}), True).splitlines()
    >>> lines[0].split()
    ['source', 'start', 'text', 'support', 'unit', 'subject']
    >>> re.split(r"\\s{2,}", lines[1])
    ['Bay Post', '0', 'About 300', '[268, 332]', 'people']
    """
    from claimnum.interval import Interval

    lines = ["  ".join(name.ljust(width) for name, width in _CLAIM_TABLE).rstrip()] if header else []
    row: Any
    for row in frame.itertuples(index=False):
        cells = {
            "source": row.source,
            "start": row.start,
            "text": row.text,
            "support": Interval(row.lo, row.hi, row.closed),
            "unit": row.unit,
            "subject": row.subject,
        }
        lines.append("  ".join(_fit(cells[name], width) for name, width in _CLAIM_TABLE).rstrip())
    return "".join(line + "\n" for line in lines)


def _fit(value: object, width: int) -> str:
    import pandas as pd

    text = "" if pd.isna(value) else " ".join(str(value).split())  # type: ignore[call-overload]
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


def _iso_times(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with its times written as the JSON writes them (:func:`claimnum.report.iso_time`)."""
    import pandas as pd

    from claimnum.report import iso_time

    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].map(iso_time).astype(object)
    return frame


def write_result(output: Output, fmt: str, result: Any, *, rows: str, text: Callable[[Any], str]) -> None:
    """Write a reconciliation or a verification in one format.

    Write a reconciliation or verification: whole (json), its ``rows`` a line each (jsonl),
    its frame (csv, neutralised) or as ``text`` (table).

    Parameters
    ----------
    output : Output
        Where to write.
    fmt : str
        One of :data:`FORMATS`.
    result : Reconciliation or Verification
        What to write: it has ``to_dict`` and ``to_frame``.
    rows : str
        The key of ``result.to_dict()`` whose items are the JSON lines.
    text : callable
        ``result`` as the ``"table"`` format writes it.

    Examples
    --------
    >>> import io
    >>> import json
    >>> import claimnum
    >>> result = claimnum.reconcile({"a": "About 300 people came.", "b": "Nearly 310 people came."})
    >>> stream = io.StringIO()
    >>> write_result(Output(None, stream), "jsonl", result, rows="groups", text=str)
    >>> json.loads(stream.getvalue())["verdict"]
    'consistent'
    """
    if fmt == "json":
        output.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n")
    elif fmt == "jsonl":
        for row in result.to_dict()[rows]:
            output.write(json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n")
    elif fmt == "csv":
        output.write(neutralised(_iso_times(result.to_frame())).to_csv(index=False, lineterminator="\n"))
    else:
        output.write(text(result))
