"""The ``claimnum`` command: extract and reconcile the numeric claims of text files.

``claimnum extract FILE...`` writes one row per claim (CSV, or JSON lines with
``--format jsonl``) in the schema of :func:`claimnum.extract_frame`.
``claimnum reconcile FILE...`` groups the claims of the files, checks whether
each group's claims can all be true and combines them, and prints a table
(``--json`` for machines).  ``claimnum reconcile --examples`` runs on the
example stories bundled with claimnum.  ``-`` reads standard input.

Exit codes: ``0`` success; ``2`` a usage error (bad option or value, no
input); ``3`` an input or output error (a file that is missing, is a
directory, cannot be read or is not text in the given encoding; an output
file that cannot be written); ``130`` interrupted.

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
import json
import math
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from claimnum.errors import ClaimnumError, UndefinedUnitError

if TYPE_CHECKING:
    from claimnum.reconcile import Reconciliation

__all__ = ["EXIT_INPUT", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
"""Success."""
EXIT_USAGE = 2
"""A usage error: unknown option, bad value (``--rates``, ``--profile``, ``--method``), no input."""
EXIT_INPUT = 3
"""An input or output error: a FILE that cannot be read or decoded, an output that cannot be written."""
_EXIT_INTERRUPTED = 130

_STDIN = "-"
# claimnum.combine.Method, spelled out: --help must not import numpy and scipy (a test keeps them equal).
_METHODS = ("marzullo", "intersection", "fuzzy", "bayes", "median")

_EPILOG = """\
exit codes:
  0    success
  2    usage error (bad option or value, no input)
  3    input or output error (missing file, directory, unreadable, bad encoding)
"""


class _CommandError(Exception):
    """A failure to report on stderr, with the exit code that goes with it."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


# --------------------------------------------------------------------------- arguments


def _rate(text: str) -> dict[str, float]:
    """Parse ``SEK=0.0911`` (or several, comma-separated) for ``--rates``."""
    from claimnum.units import is_currency

    rates: dict[str, float] = {}
    for item in text.split(","):
        code, sep, value = item.partition("=")
        code = code.strip().upper()
        try:
            number = float(value) if sep else math.nan
        except ValueError:
            number = math.nan
        if not (math.isfinite(number) and number > 0):
            raise argparse.ArgumentTypeError(
                f"{item!r} is not CODE=RATE with a positive RATE, e.g. SEK=0.0911"
            )
        try:
            known = is_currency(code)
        except UndefinedUnitError:
            known = False
        if not known:
            raise argparse.ArgumentTypeError(f"{code!r} is not an ISO 4217 currency code")
        rates[code] = number
    return rates


def _encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {name!r}; try utf-8 or latin-1") from None


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

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="text files to read, one document each; - reads standard input",
    )
    common.add_argument(
        "--encoding", type=_encoding, default="utf-8", help="the files' text encoding (default: utf-8)"
    )
    common.add_argument(
        "--profile",
        default="median",
        help="how qualifiers are read: strict, median or lenient (default: median)",
    )
    common.add_argument("-o", "--output", metavar="PATH", help="write to PATH instead of standard output")

    extract = commands.add_parser(
        "extract",
        parents=[common],
        help="list the numeric claims of each file",
        description="Write one row per numeric claim found in the files "
        "(the columns of claimnum.extract_frame).",
        epilog=_EPILOG + "\nexample:\n  claimnum extract story.txt --format jsonl -o claims.jsonl\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "-f", "--format", choices=["csv", "jsonl"], default="csv", help="output format (default: csv)"
    )

    reconcile = commands.add_parser(
        "reconcile",
        parents=[common],
        help="group the claims of the files, check whether they agree and combine them",
        description="Group the claims of several documents that speak of the same quantity,\n"
        "check whether each group's claims can all be true and combine them into one estimate.",
        epilog=_EPILOG + "\nexamples:\n  claimnum reconcile --examples\n"
        "  claimnum reconcile a.txt b.txt --rates SEK=0.0911 --json\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    reconcile.add_argument(
        "--examples", action="store_true", help="add the example stories bundled with claimnum to the input"
    )
    reconcile.add_argument("--json", action="store_true", help="write JSON instead of a table")
    reconcile.add_argument(
        "--rates",
        type=_rate,
        action="append",
        default=[],
        metavar="CODE=RATE",
        help="exchange rate: the value of one CODE in a common reference currency "
        "(repeat, or separate with commas: --rates SEK=0.0911,EUR=1.08)",
    )
    reconcile.add_argument(
        "--method",
        help=f"how claims are combined: {', '.join(_METHODS)} (default: {_METHODS[0]})",
    )
    return parser


# --------------------------------------------------------------------------- input and output


def _decode(data: bytes, name: str, encoding: str) -> str:
    # utf-8-sig also drops a byte-order mark that editors on Windows write.
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        raise _CommandError(
            f"{name}: not {encoding} text (byte {data[err.start]:#04x} at offset {err.start}); "
            "pass --encoding with the file's encoding, e.g. --encoding latin-1",
            EXIT_INPUT,
        ) from None


def _read(path: str, encoding: str) -> str:
    if path == _STDIN:
        return _decode(sys.stdin.buffer.read(), "standard input", encoding)
    try:
        with open(path, "rb") as file:
            data = file.read()
    except FileNotFoundError:
        raise _CommandError(f"{path}: no such file; check the path", EXIT_INPUT) from None
    except IsADirectoryError:
        raise _CommandError(
            f"{path}: is a directory; pass the files in it, e.g. {os.path.join(path, '*.txt')}", EXIT_INPUT
        ) from None
    except PermissionError:
        raise _CommandError(f"{path}: permission denied; check the file's permissions", EXIT_INPUT) from None
    except OSError as err:
        raise _CommandError(f"{path}: cannot read: {err.strerror or err}", EXIT_INPUT) from None
    return _decode(data, path, encoding)


def _documents(files: Sequence[str], encoding: str) -> dict[str, str]:
    documents: dict[str, str] = {}
    for path in files:
        name = "stdin" if path == _STDIN else path
        if name in documents:
            raise _CommandError(f"{path} is given twice; give each file once", EXIT_USAGE)
        documents[name] = _read(path, encoding)
    return documents


def _write(text: str, output: str | None, stdout: TextIO) -> None:
    if output is None:
        try:
            stdout.write(text)
        except UnicodeEncodeError:  # a terminal that cannot show "≈" or a quote: escape, never crash
            stdout.write(text.encode(stdout.encoding, "backslashreplace").decode(stdout.encoding))
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as file:
            file.write(text)
    except OSError as err:
        raise _CommandError(f"{output}: cannot write: {err.strerror or err}", EXIT_INPUT) from None


# --------------------------------------------------------------------------- commands


def _extract(args: argparse.Namespace) -> str:
    from claimnum.frame import extract_frame

    if not args.files:
        raise _CommandError("no input: give one or more FILEs, or - for standard input", EXIT_USAGE)
    frame = extract_frame(_documents(args.files, args.encoding), profile=args.profile)
    if args.format == "jsonl":
        return "" if frame.empty else frame.to_json(orient="records", lines=True, force_ascii=False)
    return str(frame.to_csv(index=False, lineterminator="\n"))


def _reconcile(args: argparse.Namespace) -> str:
    from claimnum.reconcile import example_documents, reconcile

    documents = example_documents() if args.examples else {}
    for name, text in _documents(args.files, args.encoding).items():
        if name in documents:
            raise _CommandError(f"{name} is also the name of an example story; rename the file", EXIT_USAGE)
        documents[name] = text
    if not documents:
        raise _CommandError(
            "no input: give one or more FILEs, - for standard input, or --examples", EXIT_USAGE
        )
    rates = {code: rate for item in args.rates for code, rate in item.items()}
    result = reconcile(documents, profile=args.profile, method=args.method, rates=rates or None)
    return _json(result) if args.json else str(result)


def _json(result: Reconciliation) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claimnum`` command line and return its exit code.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments after the program name; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        ``0`` on success, ``2`` for a usage error, ``3`` for an input or output
        error (messages go to standard error).

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
    run = _extract if args.command == "extract" else _reconcile
    try:
        _write(run(args), args.output, sys.stdout)
    except _CommandError as err:
        print(f"claimnum {args.command}: error: {err}", file=sys.stderr)
        return err.code
    except ClaimnumError as err:  # a bad --profile or --method, reported by the library
        print(f"claimnum {args.command}: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return _EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (claimnum ... | head): stop quietly, like other Unix tools.
        _silence_stdout()
    return EXIT_OK


def _silence_stdout() -> None:
    if sys.__stdout__ is not None and sys.stdout is sys.__stdout__:  # never a replaced stream (tests)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())
