"""The ``claimnum`` command: extract and reconcile the numeric claims of text files.

``claimnum extract FILE...`` writes one row per claim in the schema of
:func:`claimnum.extract_frame`.  ``claimnum reconcile FILE...`` groups the
claims of the documents, checks whether each group's claims can all be true
and combines them.  ``claimnum reconcile --examples`` runs on the example
stories bundled with claimnum.  ``-`` reads standard input.

Inputs: a plain text file is one document; a CSV file (``.csv``) or a JSON
lines file (``.jsonl``, ``.ndjson``) holds one document per row, its text in
the column ``--text-column`` (default ``text``), its source and time in
``--source-column`` and ``--time-column`` (default: the columns ``source`` and
``time`` when present).  ``--input-format`` overrides the file extension.

A CSV header without a named column is refused before any row (a plain text
read as CSV has its first line as header).

Outputs: the same flags for every command, ``--format table|csv|jsonl|json``,
``--json`` (the same as ``--format json``) and ``-o PATH`` (default: standard
output).  ``extract`` defaults to ``csv`` (rows for other programs, streamed),
``reconcile`` and ``verify`` to ``table`` (a report to read).  Times are written alike in every
format: ISO 8601 in UTC with the offset (``2024-03-01T08:00:00+00:00``; a time
without a zone is taken as UTC, as :meth:`claimnum.Reconciliation.to_frame`
reads it).  CSV cells that begin with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return get a leading ``'`` so that no spreadsheet runs them as a
formula (the OWASP rule for CSV injection).

``extract`` streams: it reads a document (or a long text in pieces that end at
paragraph breaks) and writes its rows before reading the next, so its memory
stays flat whatever the input size.  On a terminal it draws a progress bar
(``pip install "claimnum[progress]"``; silent without it or when standard error
is not a terminal).

``claimnum verify "CLAIM" FILE...`` (or ``--claim-file PATH FILE...``) checks
each number of the claim against what the documents say of the same quantity
(:func:`claimnum.verify`) and prints the explanation.

Exit codes: ``0`` success; ``1`` (``verify`` only) the claim is refuted,
overstated or understated, so that scripts can act on it; ``2`` a usage error (bad option or value, no
input, or an input with no text at all: an empty claim, claim file or evidence); ``3`` an input or
output error (a file that is missing, is a directory, cannot be read, is not text or is not text in
the given encoding; an output file that cannot be written); ``4`` an internal error (a bug in
claimnum: the traceback goes to standard error, never the ``1`` of a refuted claim); ``130``
interrupted.  An input without text is the error ``2`` before any output, for every command (not
even a CSV header); a text without numbers is an empty result and ``0``.

Examples
--------
>>> from claimnum.cli import main
>>> main(["reconcile", "--examples"])  # doctest: +ELLIPSIS
2 sources, ... claims, ... groups
...
0
"""

from __future__ import annotations

import argparse
import codecs
import math
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from claimnum.errors import ClaimnumError, InvalidArgumentError
from claimnum.inputs import PIECE, Document, DocumentReader, InputError
from claimnum.outputs import FORMATS, Output, OutputError, Rows, claims_table, write_result

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EXIT_INPUT", "EXIT_INTERNAL", "EXIT_OK", "EXIT_REFUTED", "EXIT_USAGE", "main"]

EXIT_OK = 0
"""Success."""
EXIT_USAGE = 2
"""A usage error: unknown option, bad value (``--rates``, ``--profile``, ...), no input or no text."""
EXIT_REFUTED = 1
"""``claimnum verify``: the claim is refuted, overstated or understated (its verdict, not an error)."""
EXIT_INTERNAL = 4
"""An unexpected error: a bug in claimnum (its traceback goes to standard error)."""
EXIT_INPUT = 3
"""An input or output error: a FILE that cannot be read or is not text; an unwritable output."""
_EXIT_INTERRUPTED = 130

# claimnum.combine.Method, spelled out: --help must not import numpy and scipy (a test keeps them equal).
_METHODS = ("marzullo", "intersection", "fuzzy", "bayes", "median")
_BATCH = 256  # documents extracted at a time
_REPORT = "a report to read; csv, jsonl and json are for programs"  # why reconcile and verify print tables

_EPILOG = """\
CSV output: a cell that begins with = + - @ (or a tab or carriage return) gets a
leading ' so that spreadsheets show it as text and never run it as a formula.

exit codes:
  0    success
  1    (verify) the claim is refuted, overstated or understated
  2    usage error (bad option or value, no input, an input with no text at all)
  3    input or output error (missing file, directory, unreadable, not text, bad encoding)
  4    internal error (a bug in claimnum; please report it with the traceback)
  130  interrupted (Ctrl-C)
"""


class _CommandError(InvalidArgumentError):
    """A usage failure to report on stderr, with the exit code that goes with it.

    A claimnum error and a ``ValueError``: the options or arguments are at fault
    (a file that cannot be read is an ``InputError``).
    """

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


# --------------------------------------------------------------------------- arguments


def _rate(text: str) -> dict[str, float]:
    """Parse ``SEK=0.0911`` (or several, comma-separated) for ``--rates``."""
    from claimnum.units import checked_rates

    rates: dict[str, float] = {}
    for item in text.split(","):
        code, sep, value = item.partition("=")
        try:
            number = float(value) if sep else math.nan
        except ValueError:
            number = math.nan
        if not (math.isfinite(number) and number > 0):
            raise argparse.ArgumentTypeError(
                f"{item!r} is not CODE=RATE with a positive RATE, e.g. SEK=0.0911"
            )
        try:
            rates.update(checked_rates({code.strip(): number}) or {})
        except ClaimnumError as err:  # a code that is no currency
            raise argparse.ArgumentTypeError(str(err)) from None
    return rates


def _encoding(name: str) -> str:
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {name!r}; try utf-8 or latin-1") from None
    # hex, base64, zlib, rot13 turn bytes into bytes; "undefined" refuses every byte.
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        raise argparse.ArgumentTypeError(
            f"{name!r} is not a text encoding (it turns bytes into bytes); try utf-8 or latin-1"
        )
    return info.name


def _common_options() -> argparse.ArgumentParser:
    """The options every command shares: inputs, their reading, the output."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="files to read: a text file is one document, a .csv or .jsonl file one document per row; "
        "- reads standard input",
    )
    common.add_argument(
        "--encoding", type=_encoding, default="utf-8", help="the files' text encoding (default: utf-8)"
    )
    common.add_argument(
        "--input-format",
        choices=["text", "csv", "jsonl"],
        help="how to read every FILE (default: by extension, .csv, .jsonl or .ndjson, else text)",
    )
    common.add_argument("--text-column", default="text", help="the column of a row's text (default: text)")
    common.add_argument(
        "--source-column", help="the column of a row's source (default: source, if there is one)"
    )
    common.add_argument(
        "--time-column",
        help="the column of a row's time, for reconcile and verify (default: time, if there is one)",
    )
    common.add_argument(
        "--profile",
        default="median",
        help="how qualifiers are read: strict, median or lenient (default: median)",
    )
    common.add_argument("-o", "--output", metavar="PATH", help="write to PATH instead of standard output")
    common.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    return common


def _add_extract(commands: Any, common: argparse.ArgumentParser) -> None:
    extract = commands.add_parser(
        "extract",
        parents=[common],
        help="list the numeric claims of each document",
        description="Write one row per numeric claim found in the documents "
        "(the columns of claimnum.extract_frame), streaming: memory stays flat for any input size.",
        epilog=_EPILOG + "\nexample:\n  claimnum extract story.txt --format jsonl -o claims.jsonl\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_format(extract, default="csv", why="rows of claims for other programs, streamed as they come")


def _add_format(command: argparse.ArgumentParser, *, default: str, why: str) -> None:
    """The output flags, the same for every command; only the default differs, for the ``why`` given."""
    command.add_argument(
        "-f", "--format", choices=FORMATS, default=default, help=f"output format (default: {default}, {why})"
    )
    command.add_argument(
        "--json", dest="format", action="store_const", const="json", help="the same as --format json"
    )


def _add_rates(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--rates",
        type=_rate,
        action="append",
        default=[],
        metavar="CODE=RATE",
        help="exchange rate: the value of one CODE in a common reference currency "
        "(repeat, or separate with commas: --rates SEK=0.0911,EUR=1.08)",
    )


def _rates(args: argparse.Namespace) -> dict[str, float] | None:
    return {code: rate for item in args.rates for code, rate in item.items()} or None


def _add_reconcile(commands: Any, common: argparse.ArgumentParser) -> None:
    reconcile = commands.add_parser(
        "reconcile",
        parents=[common],
        help="group the claims of the documents, check whether they agree and combine them",
        description="Group the claims of several documents that speak of the same quantity,\n"
        "check whether each group's claims can all be true and combine them into one estimate.",
        epilog=_EPILOG + "\nexamples:\n  claimnum reconcile --examples\n"
        "  claimnum reconcile a.txt b.txt --rates SEK=0.0911 --format json\n"
        "  claimnum reconcile articles.csv --text-column body --source-column outlet\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    reconcile.add_argument(
        "--examples", action="store_true", help="add the example stories bundled with claimnum to the input"
    )
    _add_format(reconcile, default="table", why=_REPORT)
    _add_rates(reconcile)
    reconcile.add_argument(
        "--method",
        help=f"how claims are combined: {', '.join(_METHODS)} (default: {_METHODS[0]})",
    )


def _parser() -> argparse.ArgumentParser:
    from claimnum import __version__

    parser = argparse.ArgumentParser(
        prog="claimnum",
        description="Find the numeric claims in text files, check whether sources agree, combine them.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"claimnum {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = _common_options()
    for add, _ in _COMMANDS.values():
        add(commands, common)
    return parser


# --------------------------------------------------------------------------- commands


def _reader(args: argparse.Namespace) -> DocumentReader:
    def warn(message: str) -> None:
        print(f"claimnum {args.command}: warning: {message}", file=sys.stderr)

    return DocumentReader(
        args.files,
        encoding=args.encoding,
        input_format=args.input_format,
        text_column=args.text_column,
        source_column=args.source_column,
        time_column=args.time_column,
        progress=not args.no_progress,
        warn=warn,
    )


def _extract(args: argparse.Namespace, output: Output) -> None:
    from claimnum.frame import extract_frame

    if not args.files:
        raise _CommandError("no input: give one or more FILEs, or - for standard input", EXIT_USAGE)
    extract_frame([], profile=args.profile)  # a bad profile is a usage error before any reading
    source = _reader(args)
    rows = Rows(output, args.format, claims_table)
    batch: list[Document] = []
    size = 0
    for document in source.documents():
        if not document.text.strip():  # no claims; and no output, not even a header, before any text
            continue
        batch.append(document)
        size += len(document.text)
        if len(batch) >= _BATCH or size >= PIECE:
            rows.write(_extracted(batch, args.profile))
            batch, size = [], 0
    _need_text(source)  # as reconcile and verify: one error and no output for an input without text
    if batch:
        rows.write(_extracted(batch, args.profile))
    rows.close()


def _extracted(batch: Sequence[Document], profile: str) -> pd.DataFrame:
    """The claims of a batch of documents; a piece's offsets moved to its place in the document."""
    import numpy as np
    import pandas as pd

    from claimnum.frame import extract_frame

    documents = pd.DataFrame({"text": [d.text for d in batch], "source": [d.source for d in batch]})
    frame = extract_frame(documents, profile=profile, source_column="source")
    positions = frame["doc"].to_numpy(dtype=np.intp)
    offsets = np.array([d.offset for d in batch], dtype=np.int64)[positions]
    frame["doc"] = np.array([d.label for d in batch], dtype=object)[positions]
    frame["start"] += offsets
    frame["end"] += offsets
    return frame


def _reconcile(args: argparse.Namespace, output: Output) -> None:

    from claimnum.documents import example_documents
    from claimnum.reconcile import reconcile

    documents = [
        Document(name, name, None, text)
        for name, text in (example_documents() if args.examples else {}).items()
    ]
    source = _reader(args)
    documents += source.documents(whole=True)
    if not documents:
        raise _CommandError(
            "no input: give one or more FILEs, - for standard input, or --examples", EXIT_USAGE
        )
    if args.files and not args.examples:
        _need_text(source)
    frame = _documents_frame(documents, examples=args.examples, time=_time_name(args))
    result = reconcile(
        frame,
        text="text",
        source="source",
        time=_time_column(frame, _time_name(args)),
        profile=args.profile,
        method=args.method,
        rates=_rates(args),
    )
    write_result(output, args.format, result, rows="groups", text=str)


def _need_text(source: DocumentReader) -> None:
    """An input with no text at all is a usage problem: there is nothing to work on."""
    if not source.any_text:
        raise _CommandError("no text in the input", EXIT_USAGE)


def _time_name(args: argparse.Namespace) -> str:
    """The frame's time column: named as the user's ``--time-column``, so an error names it."""
    column = args.time_column
    return column if column and column not in ("text", "source") else "time"


def _time_column(frame: pd.DataFrame, name: str = "time") -> str | None:
    """The frame's time column, for reconcile and verify, if any document has a time."""
    return name if frame[name].notna().any() else None


def _documents_frame(documents: Sequence[Document], *, examples: bool, time: str = "time") -> pd.DataFrame:
    """The documents as the frame reconcile and verify read: text, source and time (named ``time``)."""
    import pandas as pd

    return pd.DataFrame(
        {
            "text": [d.text for d in documents],
            "source": _unique_sources(documents, examples=examples),
            time: [d.time for d in documents],
        }
    )


def _unique_sources(documents: Sequence[Document], *, examples: bool) -> list[str]:
    """Each document's source; a source named twice (two articles of one outlet) gets its row too."""
    from collections import Counter

    counts = Counter(d.source or d.label for d in documents)
    sources = []
    for document in documents:
        name = document.source or document.label
        if counts[name] > 1:
            if document.label == name:  # a file, not a row: its name is the only one it has
                where = "an example story" if examples else "another document"
                raise _CommandError(f"{name} is also the name of {where}; rename the file", EXIT_USAGE)
            name = f"{name} ({document.label})"
        sources.append(name)
    return sources


def _add_verify(commands: Any, common: argparse.ArgumentParser) -> None:
    verify = commands.add_parser(
        "verify",
        parents=[common],
        usage="claimnum verify [options] CLAIM FILE...  (or --claim-file PATH FILE...)",
        help="check the numbers of a claim against the documents",
        description="Check each number of CLAIM against what the documents say of the same quantity:\n"
        "supported, compatible, not enough info, understated, overstated or refuted.",
        epilog=_EPILOG
        + '\nexamples:\n  claimnum verify "More than 60,000 people marched." police.txt organisers.txt\n'
        "  claimnum verify --claim-file claim.txt articles.csv --format json\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verify.add_argument(
        "--claim-file", metavar="PATH", help="read the claim from PATH; every FILE is evidence"
    )
    _add_format(verify, default="table", why=_REPORT)
    _add_rates(verify)


def _verify(args: argparse.Namespace, output: Output) -> int:
    """Verify the claim (the first FILE argument, or --claim-file) against the other FILEs."""

    from claimnum.verify import verify

    if args.claim_file is not None:
        try:
            with open(args.claim_file, encoding=args.encoding) as handle:
                claim = handle.read()
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"cannot read the claim from {args.claim_file}: {err}") from None
    elif args.files:
        claim, args.files = args.files[0], args.files[1:]
    else:
        raise _CommandError("no claim: give the CLAIM text first, or --claim-file PATH", EXIT_USAGE)
    if not claim.strip():
        raise _CommandError(
            f"no text in the claim{'' if args.claim_file is None else ' file ' + args.claim_file}", EXIT_USAGE
        )
    if not args.files:
        raise _CommandError(
            "no evidence: give one or more FILEs after the claim, or - for standard input", EXIT_USAGE
        )
    source = _reader(args)
    documents = list(source.documents(whole=True))
    _need_text(source)
    frame = _documents_frame(documents, examples=False, time=_time_name(args))
    result = verify(
        claim,
        frame,
        text="text",
        source="source",
        time=_time_column(frame, _time_name(args)),
        profile=args.profile,
        rates=_rates(args),
    )
    write_result(output, args.format, result, rows="items", text=lambda r: r.explain() + "\n")
    return EXIT_REFUTED if result.verdict in ("refuted", "overstated", "understated") else EXIT_OK


_COMMANDS: dict[str, tuple[Callable[[Any, argparse.ArgumentParser], None], Callable[..., int | None]]] = {
    "extract": (_add_extract, _extract),
    "reconcile": (_add_reconcile, _reconcile),
    "verify": (_add_verify, _verify),
}
"""Each command: the function that adds its parser, the function that runs it."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claimnum`` command line and return its exit code.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments after the program name; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        ``0`` on success, ``1`` when ``verify`` finds the claim refuted,
        overstated or understated, ``2`` for a usage error (an input with no
        text included), ``3`` for an input or output error, ``4`` for an
        internal error, ``130`` when interrupted (messages go to standard error).

    Examples
    --------
    >>> main(["extract", "no-such-file.txt"])
    3
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version and usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    output = Output(args.output, sys.stdout)
    status = EXIT_OK
    try:
        status = _COMMANDS[args.command][1](args, output) or EXIT_OK
        output.close()
    except _CommandError as err:
        print(f"claimnum {args.command}: error: {err}", file=sys.stderr)
        return err.code
    except OutputError as err:
        print(f"claimnum {args.command}: error: {err}", file=sys.stderr)
        return EXIT_INPUT
    except InputError as err:
        print(f"claimnum {args.command}: error: {err}", file=sys.stderr)
        return EXIT_USAGE if err.usage else EXIT_INPUT
    except ClaimnumError as err:  # a bad --profile or --method, reported by the library
        print(f"claimnum {args.command}: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return _EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (claimnum ... | head): stop quietly, like other Unix tools.
        _silence_stdout()
    except Exception:  # a bug: never exit with 1, which tells that verify refuted the claim
        traceback.print_exc()
        print(
            f"claimnum {args.command}: internal error (a bug in claimnum): please report it", file=sys.stderr
        )
        return EXIT_INTERNAL
    return status


def _silence_stdout() -> None:
    if sys.__stdout__ is not None and sys.stdout is sys.__stdout__:  # never a replaced stream (tests)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())
