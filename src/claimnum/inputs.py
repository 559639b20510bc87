"""Documents from files for the ``claimnum`` command: text, CSV and JSON lines, streamed.

A plain text file is one document, read in pieces of :data:`PIECE` characters
that end at a paragraph break (so a command can work on each piece and forget
it: memory stays flat whatever the file's size); a CSV or JSON lines file is
one document per row, with its text, source and time in named columns.  Read
errors become :class:`InputError` with a message that says what to do; binary
data is refused as "not text", so is a JSON text that is not a string (``{"text": 5}``,
named by its line); an input without text is reported.

Examples
--------
>>> import io
>>> reader = DocumentReader(["-"], stdin=io.BytesIO(b"Over 300 people came."))
>>> [(d.label, d.text) for d in reader.documents()]
[('stdin', 'Over 300 people came.')]
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO, TextIO

from claimnum.errors import InputOutputError

__all__ = ["PIECE", "Document", "DocumentReader", "InputError"]

STDIN = "-"
"""The file name that stands for standard input."""
PIECE = 1 << 18
"""Characters of a long text handed out at a time (cut at a paragraph break)."""
_INPUT_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_HEAD = 8192  # bytes looked at to tell text from binary data


class InputError(InputOutputError, ValueError):
    """An input that cannot be read; ``usage`` if the options, not the file, are at fault.

    A claimnum error, an ``OSError`` (a file that cannot be read) and a
    ``ValueError`` (content or options claimnum cannot use).

    Parameters
    ----------
    message : str
        What went wrong and what to do.
    usage : bool, default False
        Whether the options are at fault (the command then exits with its usage code).

    Examples
    --------
    >>> import io
    >>> data = io.BytesIO(b"body\\nSome 40 boats sailed.\\n")
    >>> reader = DocumentReader(["-"], input_format="csv", stdin=data)
    >>> try:
    ...     list(reader.documents())
    ... except InputError as err:
    ...     print(err.usage)
    True
    """

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage

    def __reduce__(self) -> Any:
        return functools.partial(InputError, usage=self.usage), (str(self),)


@dataclass(frozen=True, slots=True)
class Document:
    """One document, or a piece of a long one that starts at ``offset``.

    Attributes
    ----------
    label : str
        The file's name (``stdin``), then ``:N`` for the N-th row of a CSV or line of JSON lines.
    source : str or None
        Its source: a row's, else the label.
    time : str or None
        A row's time, as written; None without one.
    text : str
        The text.
    offset : int
        Where a piece of a long text starts in it (0 for a whole document).

    Examples
    --------
    >>> Document("stdin", None, None, "Some 40 boats sailed.")
    Document(label='stdin', source=None, time=None, text='Some 40 boats sailed.', offset=0)
    """

    label: str
    source: str | None
    time: str | None
    text: str
    offset: int = 0


class DocumentReader:
    """The files of one command run, read one document (or piece) at a time.

    Parameters
    ----------
    files : sequence of str
        Paths; ``"-"`` is standard input (``stdin``, bytes).
    encoding : str
        The files' text encoding (``utf-8`` also drops a byte-order mark).
    input_format : {"text", "csv", "jsonl"}, optional
        How to read every file; by default from its extension.
    text_column, source_column, time_column : str
        The columns of a row; the source and time default to the columns
        ``source`` and ``time`` when present.
    progress : bool
        Draw a progress bar when standard error is a terminal and tqdm is installed.
    warn : callable
        Called with a message for a file that holds no text.

    Examples
    --------
    >>> import io
    >>> data = b"text,source\\nSome 40 boats sailed.,Bay Post\\nAbout 7 ships,Cape Times\\n"
    >>> reader = DocumentReader(["-"], input_format="csv", stdin=io.BytesIO(data))
    >>> [(d.label, d.source) for d in reader.documents()]
    [('stdin:1', 'Bay Post'), ('stdin:2', 'Cape Times')]
    """

    def __init__(
        self,
        files: Sequence[str],
        *,
        encoding: str = "utf-8",
        input_format: str | None = None,
        text_column: str = "text",
        source_column: str | None = None,
        time_column: str | None = None,
        progress: bool = False,
        warn: Callable[[str], None] = lambda message: None,
        stdin: BinaryIO | None = None,
    ) -> None:
        self.files, self.encoding, self.input_format = files, encoding, input_format
        self.columns = (text_column, source_column, time_column)
        self.warn, self.stdin = warn, stdin
        self.names: list[str] = []
        self.any_text = False
        self.progress = _Progress(files, enabled=progress)

    def documents(self, *, whole: bool = False) -> Iterator[Document]:
        """Every document of every file; long texts in pieces unless ``whole``."""
        for path in self.files:
            name = "stdin" if path == STDIN else path
            if name in self.names:
                raise InputError(f"{path} is given twice; give each file once", usage=True)
            self.names.append(name)
            found = False
            with _opened(path, self.stdin) as raw:
                text = _text_stream(raw, name, self.encoding)
                try:
                    for document in self._read(text, name, whole=whole):
                        found = found or bool(document.text.strip())
                        yield document
                        self.progress.update(raw)
                finally:
                    text.detach()  # the file is closed by _opened; standard input stays open
            self.progress.finish_file()
            if not found:
                self.warn(f"{name}: no text")
            self.any_text = self.any_text or found
        self.progress.close()

    def _read(self, text: TextIO, name: str, *, whole: bool) -> Iterator[Document]:
        kind = self.input_format or _INPUT_FORMATS.get(os.path.splitext(name)[1].lower(), "text")
        try:
            if kind == "text":
                yield from _pieces(text, name, whole=whole)
            else:
                rows = (
                    _csv_rows(text, name, lambda header: self._need_columns(header, name))
                    if kind == "csv"
                    else _jsonl_rows(text, name)
                )
                yield from self._rows(rows, name)
        except UnicodeError as err:  # UnicodeDecodeError, or a UTF-16 stream without a byte-order mark
            bad = err.object[err.start : err.start + 1] if isinstance(err, UnicodeDecodeError) else b""
            raise _not_decoded(name, self.encoding, bad) from None

    def _need_columns(self, header: Sequence[str], name: str) -> None:
        """Refuse a CSV header without a named column, before any row: a file of one line (a plain
        text read as CSV) has no row to refuse."""
        text_column, source_column, time_column = self.columns
        if text_column not in header:
            raise InputError(
                f"{name}: no column {text_column!r} in the CSV header (columns: {_columns(header)}); "
                "name the text column with --text-column, or read a plain text file with --input-format text",
                usage=True,
            )
        for column in (source_column, time_column):
            if column is not None and column not in header:
                raise _no_column(name, column, header)

    def _rows(self, rows: Iterator[tuple[int, dict[str, Any]]], name: str) -> Iterator[Document]:
        text_column, source_column, time_column = self.columns
        for number, row in rows:
            if text_column not in row:
                raise InputError(
                    f"{name}: row {number} has no column {text_column!r} (it has {_columns(row)}); "
                    "name the text column with --text-column",
                    usage=True,
                )
            source = _cell(row, source_column, "source", name)
            time = _cell(row, time_column, "time", name)
            text = row[text_column]
            if text is not None and not isinstance(text, str):  # JSON: a number, a list, an object
                raise InputError(
                    f"{name}: line {number}: {text_column!r} is a JSON {_json_kind(text)}, not text; "
                    "give each document's text as a JSON string"
                )
            label = f"{name}:{number}"
            yield Document(label, source or label, time, "" if text is None else _checked_text(text, name))


def _cell(row: dict[str, Any], column: str | None, default: str, name: str) -> str | None:
    """A row's value in ``column`` (given, so it must exist) or in ``default`` (if present)."""
    if column is not None and column not in row:
        raise _no_column(name, column, row)
    value = row.get(column or default)
    return None if value is None or value == "" else str(value)


def _no_column(name: str, column: str, found: Iterable[Any]) -> InputError:
    return InputError(f"{name}: no column {column!r} (columns: {_columns(found)})", usage=True)


def _json_kind(value: object) -> str:
    """The JSON name of a decoded value's type."""
    kinds = ((bool, "boolean"), (int | float, "number"), (list, "array"), (dict, "object"))
    return next(kind for types, kind in kinds if isinstance(value, types))


def _columns(row: Iterable[Any]) -> list[str]:
    """A row's (or a header's) column names, for a message."""
    return sorted(str(key) for key in row if key is not None)  # None: the cells past the header


@contextlib.contextmanager
def _opened(path: str, stdin: BinaryIO | None) -> Iterator[BinaryIO]:
    """The raw bytes of a FILE (or standard input), with read errors as input errors."""
    if path == STDIN:
        buffer: Any = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
        yield buffer if hasattr(buffer, "peek") else io.BufferedReader(buffer)
        return
    try:
        file = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(
            f"{path}: is a directory; pass the files in it, e.g. {os.path.join(path, '*.txt')}"
        ) from None
    except PermissionError:
        raise InputError(f"{path}: permission denied; check the file's permissions") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
    with file:
        yield file


def _text_stream(raw: BinaryIO, name: str, encoding: str) -> io.TextIOWrapper:
    """The decoded text of ``raw``, refused early if its first bytes are binary data."""
    head = raw.peek(_HEAD)[:_HEAD]  # type: ignore[attr-defined]
    wide = encoding.startswith(("utf-16", "utf-32"))  # their text holds NUL bytes
    if not wide and _looks_binary(head):
        raise _not_text(name)
    # utf-8-sig also drops a byte-order mark that editors on Windows write; newline="" keeps
    # offsets exact and lets the csv module see quoted line breaks.
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    return io.TextIOWrapper(raw, encoding=codec, newline="")


def _looks_binary(head: bytes) -> bool:
    """NUL bytes, or many control bytes that text does not hold: an image, an archive, a program."""
    if b"\x00" in head:
        return True
    control = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f\b\x1b")
    return control > len(head) // 10


def _not_text(name: str) -> InputError:
    return InputError(f"{name}: not text (binary data); claimnum reads text files, CSV files and JSON lines")


def _not_decoded(name: str, encoding: str, byte: bytes) -> InputError:
    shown = f"byte {byte[0]:#04x}" if byte else "a byte"
    return InputError(
        f"{name}: not {encoding} text ({shown}); pass --encoding with the file's encoding, "
        "e.g. --encoding latin-1",
    )


def _pieces(text: TextIO, name: str, *, whole: bool) -> Iterator[Document]:
    """A text file as one document (``whole``), or in pieces that end at a paragraph break (or a
    line end, a sentence end or a space when a paragraph is very long)."""
    if whole:
        yield Document(name, name, None, _checked_text(text.read(), name))
        return
    offset, pending = 0, ""
    while block := text.read(PIECE):
        pending += _checked_text(block, name)
        if len(pending) < PIECE:
            continue
        cut = _cut(pending)
        yield Document(name, name, None, pending[:cut], offset)
        offset, pending = offset + cut, pending[cut:]
    if pending or offset == 0:
        yield Document(name, name, None, pending, offset)


def _checked_text(text: str, name: str) -> str:
    if "\x00" in text:  # binary data past the first bytes, or decoded from an 8-bit encoding
        raise _not_text(name)
    return text


def _cut(text: str) -> int:
    """Where to end a piece of ``text``: after its last paragraph break, else line end, ..."""
    for mark in ("\n\n", "\n", ". ", " "):
        at = text.rfind(mark, len(text) // 2)
        if at >= 0:
            return at + len(mark)
    return len(text)


def _csv_rows(
    text: TextIO, name: str, check_header: Callable[[Sequence[str]], None]
) -> Iterator[tuple[int, dict[str, Any]]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # an article is longer than csv's 128 kB default
    rows = csv.DictReader(text)
    try:
        if rows.fieldnames is not None:  # None: an empty file, which has no text
            check_header(rows.fieldnames)
        yield from enumerate(rows, start=1)
    except csv.Error as err:
        raise InputError(f"{name}: not a CSV file (line {rows.line_num}: {err})") from None


def _jsonl_rows(text: TextIO, name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(text, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{name}: line {number} is not JSON: {err.msg}") from None
        if not isinstance(row, dict):
            raise InputError(f"{name}: line {number} is not a JSON object")
        yield number, row


class _Progress:
    """A progress bar over the bytes of the input files, drawn only on a terminal (tqdm, if installed)."""

    def __init__(self, files: Sequence[str], *, enabled: bool) -> None:
        self.bar: Any = None
        self.done = 0
        if not (enabled and sys.stderr.isatty()):
            return
        try:
            from tqdm import tqdm  # optional: pip install "claimnum[progress]"
        except ImportError:
            return
        sizes = [os.path.getsize(f) if f != STDIN and os.path.isfile(f) else None for f in files]
        total = None if None in sizes else sum(s for s in sizes if s is not None)
        self.bar = tqdm(total=total, unit="B", unit_scale=True, desc="claimnum", leave=False)

    def update(self, raw: BinaryIO) -> None:
        if self.bar is not None and raw.seekable():
            self.bar.update(self.done + raw.tell() - self.bar.n)  # tqdm redraws at most every 0.1 s

    def finish_file(self) -> None:
        if self.bar is not None:
            self.done = self.bar.n

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
