"""Tests of the ``claimnum`` command line, in-process through ``main(argv)`` and as a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimnum
import claimnum.cli
from claimnum.cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, main

STORY = "Officials said over 10,000 troops were deployed. Others said about 12,000 soldiers were deployed.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m claimnum`` in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "claimnum", *args],
        input=None if stdin is None else stdin.decode("utf-8"),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def jsonl(path: Path, *rows: object) -> Path:
    """Write ``rows`` to ``path`` as JSON lines."""
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- help and version


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"claimnum {claimnum.__version__}"


@pytest.mark.parametrize("argv", [["--help"], ["extract", "--help"], ["reconcile", "--help"]])
def test_help_everywhere(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("usage: claimnum")
    assert "exit codes" in out


def test_help_lists_the_methods_combine_knows(capsys: pytest.CaptureFixture[str]) -> None:
    from typing import get_args

    from claimnum.combine import Method

    assert main(["reconcile", "--help"]) == EXIT_OK
    listed = " ".join(capsys.readouterr().out.split())
    assert f"how claims are combined: {', '.join(get_args(Method))} (default: marzullo)" in listed


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_USAGE
    assert "usage:" in capsys.readouterr().err


# --------------------------------------------------------------------------- extract


def test_extract_csv_has_the_frame_schema(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(story)]) == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == list(claimnum.CLAIMS_META.columns)
    assert {row["source"] for row in rows} == {str(story)}
    over = next(row for row in rows if row["text"].startswith("over 10,000"))
    assert float(over["lo"]) == 10_000.0
    assert over["closed"] in {"neither", "right"}  # "over" leaves 10,000 out


def test_extract_jsonl_to_a_file(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    assert main(["extract", str(story), "--format", "jsonl", "-o", str(out)]) == EXIT_OK
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["value"] for r in records] == [10_000.0, 12_000.0]
    assert all(set(r) == set(claimnum.CLAIMS_META.columns) for r in records)


def test_extract_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    assert main(["extract", "-", "-f", "jsonl"]) == EXIT_OK
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["source"] for r in records} == {"stdin"}


def test_extract_of_text_without_claims_is_empty_but_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("No numbers here.", encoding="utf-8")
    assert main(["extract", str(path), "-f", "jsonl"]) == EXIT_OK
    assert capsys.readouterr().out == ""
    assert main(["extract", str(path)]) == EXIT_OK
    assert capsys.readouterr().out.strip() == ",".join(claimnum.CLAIMS_META.columns)
    assert main(["extract", str(path), "-f", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == []
    other = tmp_path / "other.txt"
    other.write_text("Over 300 people came,\u2028 said 2 witnesses.", encoding="utf-8")
    monkeypatch.setattr(claimnum.cli, "_BATCH", 1)  # each file its own batch: an empty one first
    assert main(["extract", str(path), str(other), "-f", "json"]) == EXIT_OK
    assert [r["text"] for r in json.loads(capsys.readouterr().out)] == ["Over 300", "2"]


def test_a_byte_order_mark_is_not_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    assert main(["extract", str(path), "-f", "jsonl"]) == EXIT_OK
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert STORY[first["start"] : first["end"]] == first["text"]


def test_other_encodings_on_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café owners said over 300 people came.".encode("latin-1"))
    assert main(["extract", str(path), "--encoding", "latin-1", "-f", "jsonl"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["value"] == 300.0


# --------------------------------------------------------------------------- input errors


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["extract", str(missing)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert str(missing) in err
    assert "no such file" in err


def test_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["reconcile", str(tmp_path)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert f"{tmp_path}: is a directory" in err
    assert "*.txt" in err


def test_bad_encoding_names_the_file_and_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café: over 300 people.".encode("latin-1"))
    assert main(["extract", str(path)]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert str(path) in err
    assert "0xe9" in err
    assert "--encoding" in err


def test_unknown_encoding_name_is_a_usage_error(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(story), "--encoding", "klingon"]) == EXIT_USAGE
    assert "unknown encoding 'klingon'" in capsys.readouterr().err


def test_unwritable_output(story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(story), "-o", str(tmp_path)]) == EXIT_INPUT
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["extract", "reconcile"])
def test_no_input_is_a_usage_error(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command]) == EXIT_USAGE
    assert "no input" in capsys.readouterr().err


def test_the_same_file_twice(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reconcile", str(story), str(story)]) == EXIT_USAGE
    assert "given twice" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("value", "message"),
    [("SEK", "CODE=RATE"), ("SEK=-1", "positive"), ("SEK=abc", "CODE=RATE"), ("XXQ=1", "currency code")],
)
def test_bad_rates(value: str, message: str, story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reconcile", str(story), "--rates", value]) == EXIT_USAGE
    assert message in capsys.readouterr().err


def test_a_bad_method_is_a_usage_error(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reconcile", str(story), "--method", "average"]) == EXIT_USAGE
    assert "unknown method 'average'" in capsys.readouterr().err


def test_a_bad_profile_is_reported_not_raised(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reconcile", str(story), "--profile", "reckless"]) == EXIT_USAGE
    assert "reckless" in capsys.readouterr().err


# --------------------------------------------------------------------------- reconcile


def test_reconcile_examples_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reconcile", "--examples"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("2 sources")
    assert "troops" in out
    assert "SEK" in out  # the kronor claim is shown, however it is grouped


def test_reconcile_examples_json_with_rates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reconcile", "--examples", "--json", "--rates", "SEK=0.0911"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["sources"] == ["Harbour Wire", "Lakeshore Broadcasting"]
    assert data["rates"] == {"SEK": 0.0911}
    assert all(g["estimate"] is not None for g in data["groups"])


def test_examples_and_files_together(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reconcile", "--examples", str(story), "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["sources"] == [
        "Harbour Wire",
        "Lakeshore Broadcasting",
        str(story),
    ]


def test_a_file_named_like_an_example_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("Harbour Wire").write_text(STORY, encoding="utf-8")
    assert main(["reconcile", "--examples", "Harbour Wire"]) == EXIT_USAGE
    assert "rename the file" in capsys.readouterr().err


def test_reconcile_files_and_stdin(
    story: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Around 11,000 troops were deployed.")))
    assert main(["reconcile", str(story), "-", "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["sources"] == [str(story), "stdin"]
    troops = data["groups"][0]
    assert len(troops["claims"]) == 3
    assert {c["source"] for c in troops["claims"]} == {str(story), "stdin"}


def test_a_terminal_without_unicode_gets_escapes(monkeypatch: pytest.MonkeyPatch) -> None:
    ascii_out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", ascii_out)
    assert main(["reconcile", "--examples"]) == EXIT_OK
    ascii_out.flush()
    assert "\\u2248 11,500" in ascii_out.buffer.getvalue().decode("ascii")  # type: ignore[attr-defined]


def test_json_stays_valid_when_claims_share_no_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, text in (("a", "About 300"), ("b", "About 900"), ("c", "About 300")):
        (tmp_path / f"{name}.txt").write_text(f"{text} people came.", encoding="utf-8")
    files = [str(tmp_path / f"{name}.txt") for name in "abc"]
    argv = ["reconcile", *files, "--method", "intersection"]
    assert main([*argv, "--json"]) == EXIT_OK
    estimate = json.loads(capsys.readouterr().out)["groups"][0]["estimate"]
    assert (estimate["point"], estimate["interval"]["empty"]) == (None, True)
    assert main(argv) == EXIT_OK
    assert "∅ (no common value)" in capsys.readouterr().out


# --------------------------------------------------------------------------- as a program


def test_python_dash_m_runs_the_readme_command() -> None:
    done = run("reconcile", "--examples")
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stdout.startswith("2 sources")
    assert done.stderr == ""


def test_subprocess_errors_go_to_stderr_with_their_code(tmp_path: Path) -> None:
    done = run("extract", str(tmp_path / "missing.txt"))
    assert (done.returncode, done.stdout) == (EXIT_INPUT, "")
    assert "no such file" in done.stderr
    assert "Traceback" not in done.stderr
    done = run("reconcile", "--rates", "SEK")
    assert done.returncode == EXIT_USAGE
    assert "usage:" in done.stderr


def test_subprocess_reads_stdin() -> None:
    done = run("extract", "-", "--format", "jsonl", stdin=STORY.encode("utf-8"))
    assert done.returncode == EXIT_OK, done.stderr
    assert len(done.stdout.splitlines()) == 2


# --------------------------------------------------------------------------- reliability (issue 13)


@pytest.mark.parametrize("codec", ["hex", "base64", "zlib", "rot13", "uu", "undefined"])
def test_a_bytes_to_bytes_codec_is_a_usage_error(
    codec: str, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(story), "--encoding", codec]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "not a text encoding" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t"])
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(
    start: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "formula.txt"
    path.write_text(f"{start}cmd|' /C calc'!A0 Over 300 people came.", encoding="utf-8")
    for command in (["extract", str(path)], ["reconcile", str(path), "--format", "csv"]):
        assert main(command) == EXIT_OK
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        cells = [cell for row in rows for cell in row.values()]
        assert not [cell for cell in cells if cell.startswith(("=", "+", "@", "\t"))]
        assert not [cell for cell in cells if cell.startswith("-") and not _is_number(cell)]
    assert main(["extract", str(path), "-f", "jsonl"]) == EXIT_OK  # other formats keep the text as it is
    assert json.loads(capsys.readouterr().out)["sentence"].startswith(start.strip())


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_help_says_how_csv_cells_are_neutralised(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--help"]) == EXIT_OK
    assert "never run it as a formula" in " ".join(capsys.readouterr().out.split())


def test_a_long_text_is_read_in_pieces_with_exact_offsets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import claimnum.inputs

    monkeypatch.setattr(claimnum.inputs, "PIECE", 200)
    paragraphs = [
        f"Paragraph {k}: about {k * 10 + 5} people came.\nOver {k + 300} cars left." for k in range(60)
    ]
    text = "\n\n".join(paragraphs) + "\n\nA line without a break. " + "Words go on. " * 40 + "It took 7 days."
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["extract", str(path), "-f", "jsonl"]) == EXIT_OK
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in records] == [c.text for c in claimnum.extract(text)]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)
    assert {r["doc"] for r in records} == {str(path)}


def test_an_empty_file_says_no_text(tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert main(["extract", str(empty)]) == EXIT_USAGE
    assert "no text" in capsys.readouterr().err
    assert main(["extract", str(empty), str(story), "-f", "jsonl"]) == EXIT_OK  # one empty file of two
    out, err = capsys.readouterr()
    assert f"{empty}: no text" in err
    assert len(out.splitlines()) == 2
    assert main(["reconcile", str(empty)]) == EXIT_USAGE
    assert "no text" in capsys.readouterr().err


def test_an_empty_input_is_a_usage_error_for_every_command(
    tmp_path: Path, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    assert main(["verify", "--claim-file", str(empty), str(story)]) == EXIT_USAGE  # an empty claim file
    assert f"no text in the claim file {empty}" in capsys.readouterr().err
    assert main(["verify", "  ", str(story)]) == EXIT_USAGE  # an empty claim
    assert "no text in the claim" in capsys.readouterr().err
    assert main(["verify", "About 11,000 troops.", str(empty)]) == EXIT_USAGE  # empty evidence
    assert "no text in the input" in capsys.readouterr().err


@pytest.mark.parametrize("form", ["table", "csv", "jsonl", "json"])
@pytest.mark.parametrize(("name", "content"), [("empty.txt", ""), ("header.csv", "text,source\n,a\n")])
def test_an_input_without_text_is_one_error_and_no_output_for_every_command(
    form: str, name: str, content: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / name
    empty.write_text(content, encoding="utf-8")
    written = tmp_path / "out"
    commands = (["extract"], ["reconcile"], ["verify", "About 300 came."])
    for argv in ([*command, str(empty)] for command in commands):
        assert main([*argv, "-f", form]) == EXIT_USAGE
        out, err = capsys.readouterr()
        assert out == ""  # no header, no "[]": nothing a script could take for a result
        assert err.splitlines()[-1] == f"claimnum {argv[0]}: error: no text in the input"
        assert main([*argv, "-f", form, "-o", str(written)]) == EXIT_USAGE
        assert not written.exists()


@pytest.mark.parametrize("command", ["extract", "reconcile"])
@pytest.mark.parametrize("lines", [["Over 300 people came."], ["Over 300 people came.", "", "Then 40 left."]])
def test_a_plain_text_read_as_csv_names_the_missing_column(
    command: str, lines: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main([command, "--input-format", "csv", str(path)]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{path}: no column 'text' in the CSV header (columns: ['Over 300 people came.'])" in err
    assert "--input-format text" in err
    assert "dtype" not in err


def test_a_csv_header_without_a_named_column_is_refused_before_any_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "header.csv"
    path.write_text("text,outlet\n", encoding="utf-8")
    assert main(["extract", str(path), "--time-column", "published"]) == EXIT_USAGE
    assert "no column 'published' (columns: ['outlet', 'text'])" in capsys.readouterr().err


def test_the_help_of_every_command_shows_the_same_output_flags_and_its_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    defaults = {"extract": "csv", "reconcile": "table", "verify": "table"}
    for command, default in defaults.items():
        assert main([command, "--help"]) == EXIT_OK
        shown = " ".join(capsys.readouterr().out.split())
        assert "-f {table,csv,jsonl,json}, --format {table,csv,jsonl,json} output format" in shown
        assert f"(default: {default}, " in shown  # with the reason it differs between commands
        assert "--json the same as --format json" in shown
        assert "-o PATH, --output PATH write to PATH instead of standard output" in shown


def test_help_lists_every_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == EXIT_OK
    codes = capsys.readouterr().out.split("exit codes:")[1]
    assert [line.split()[0] for line in codes.strip().splitlines()] == ["0", "1", "2", "3", "4", "130"]
    assert "refuted, overstated or understated" in codes


def test_an_unexpected_error_is_an_internal_error_never_refuted(
    story: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **options: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(sys.modules["claimnum.verify"], "verify", broken)  # claimnum.verify: the function
    assert main(["verify", "About 11,000 troops.", str(story)]) == claimnum.cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "RuntimeError: a bug" in err
    assert "internal error (a bug in claimnum)" in err


def test_verify_reads_the_documents_times(tmp_path: Path) -> None:
    # A running total's current state is its latest report: with times, the toll of 12 told last
    # is compatible with the claim; without them, the higher 24 makes the claim understated.
    path = tmp_path / "reports.csv"
    path.write_text(
        "outlet,published,body\n"
        "Wire,2024-03-02 09:00,The death toll stood at 12.\n"
        "Daily,2024-03-01 18:00,The death toll rose to 24.\n"
        "Evening,2024-03-01 08:00,The floods killed at least 3 people.\n",
        encoding="utf-8",
    )
    args = [
        "verify",
        "The floods killed 12 people.",
        str(path),
        "--text-column",
        "body",
        "--source-column",
        "outlet",
    ]
    assert main(args) == claimnum.cli.EXIT_REFUTED  # understated
    assert main([*args, "--time-column", "published"]) == EXIT_OK  # compatible


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_a_binary_file_is_not_text(encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert main(["extract", str(path), "--encoding", encoding]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert "not text" in err
    assert "latin-1" not in err.replace("--encoding latin-1", "") or encoding == "latin-1"


def test_utf16_text_is_not_taken_for_binary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(STORY.encode("utf-16"))
    assert main(["extract", str(path), "--encoding", "utf-16", "-f", "jsonl"]) == EXIT_OK
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(story), "-o", os.devnull]) == EXIT_OK
    assert capsys.readouterr().err == ""


def test_a_progress_bar_on_a_terminal(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("tqdm")
    terminal = io.StringIO()
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", str(story), "-o", os.devnull]) == EXIT_OK
    assert "claimnum" in terminal.getvalue()
    terminal.truncate(0)
    assert main(["extract", str(story), "-o", os.devnull, "--no-progress"]) == EXIT_OK
    assert terminal.getvalue() == ""


# --------------------------------------------------------------------------- tables of documents (issue 9)


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "articles.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "outlet", "published", "body"])
        writer.writerow([1, "Wire", "2026-01-01", "Over 10,000 troops were deployed,\nofficials said."])
        writer.writerow([2, "Radio", "2026-01-02", "About 12,000 soldiers were deployed."])
    return path


def test_extract_reads_a_csv_of_documents(table: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["extract", str(table), "--text-column", "body", "--source-column", "outlet", "-f", "jsonl"]
    assert main(argv) == EXIT_OK
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["doc"], r["source"], r["value"]) for r in records] == [
        (f"{table}:1", "Wire", 10_000.0),
        (f"{table}:2", "Radio", 12_000.0),
    ]


def test_extract_reads_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        json.dumps({"text": "Over 300 people came.", "source": "A"})
        + "\n\n"
        + json.dumps({"text": "It took 15 days."}),
        encoding="utf-8",
    )
    assert main(["extract", str(path), "-f", "csv"]) == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["source"], r["text"]) for r in rows] == [("A", "Over 300"), (f"{path}:3", "15 days")]


def test_input_format_overrides_the_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "articles.data"
    path.write_text('{"text": "Over 300 people came."}\n', encoding="utf-8")
    assert main(["extract", str(path), "--input-format", "jsonl", "-f", "jsonl"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["text"] == "Over 300"


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["--text-column", "content"], EXIT_USAGE, "no column 'content'"),
        (["--text-column", "body", "--source-column", "paper"], EXIT_USAGE, "no column 'paper'"),
    ],
)
def test_a_missing_column_is_named(
    argv: list[str], code: int, message: str, table: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(table), *argv]) == code
    assert message in capsys.readouterr().err


def test_a_line_that_is_not_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "Over 300 people came."}\nnot json\n[1]\n', encoding="utf-8")
    assert main(["extract", str(path)]) == EXIT_INPUT
    assert "line 2 is not JSON" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "kind"), [(5, "number"), (True, "boolean"), (["a"], "array"), ({}, "object")]
)
def test_a_json_text_that_is_not_a_string_is_refused(
    text: object, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = jsonl(tmp_path / "odd.jsonl", {"text": "Over 300 people came."}, {"text": text})
    assert main(["extract", str(path)]) == EXIT_INPUT
    assert f"line 2: 'text' is a JSON {kind}, not text" in capsys.readouterr().err


@pytest.mark.parametrize("form", ["table", "csv", "jsonl", "json"])
def test_both_commands_share_the_output_formats(
    form: str, table: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("extract", "reconcile"):
        argv = [command, str(table), "--text-column", "body", "--source-column", "outlet", "--format", form]
        assert main(argv) == EXIT_OK
        out = capsys.readouterr().out
        if form == "json":
            assert json.loads(out)
        elif form == "jsonl":
            assert all(json.loads(line) for line in out.splitlines())
        elif form == "csv":
            assert "Wire" in {row["source"] for row in csv.DictReader(io.StringIO(out))}
        else:
            assert "Wire" in out or "2 sources" in out


def test_reconcile_of_a_csv_groups_across_rows(table: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["reconcile", str(table), "--text-column", "body", "--source-column", "outlet", "--json"]
    assert main(argv) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    troops = data["groups"][0]
    assert {c["source"] for c in troops["claims"]} == {"Wire", "Radio"}


def test_reconcile_reads_times_so_a_rising_toll_is_updated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = jsonl(
        tmp_path / "toll.jsonl",
        {
            "outlet": "Wire",
            "time": "2026-01-01T09:00+02:00",
            "text": "At least three people were killed in the fire.",
        },
        {"outlet": "Radio", "time": "2026-01-02", "text": "Ten people were killed in the fire."},
    )  # a time with a zone and one without: both read in UTC
    assert main(["reconcile", str(path), "--source-column", "outlet", "--json"]) == EXIT_OK
    (deaths,) = json.loads(capsys.readouterr().out)["groups"]
    assert deaths["verdict"] == "updated"
    assert {c["source"] for c in deaths["claims"]} == {"Wire", "Radio"}
    assert (
        main(["verify", "Ten people were killed in the fire.", str(path), "--source-column", "outlet"])
        == EXIT_OK
    )


def test_two_rows_of_one_source_are_told_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "one-outlet.csv"
    path.write_text(
        "source,text\nWire,Over 300 people came.\nWire,About 320 people came.\n", encoding="utf-8"
    )
    assert main(["reconcile", str(path), "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["sources"] == [f"Wire ({path}:1)", f"Wire ({path}:2)"]


@settings(max_examples=40, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: t.encode("utf-8")),
        st.lists(st.text(max_size=20), max_size=4).map(lambda cells: ",".join(cells).encode("utf-8")),
        st.text(max_size=200).map(lambda t: f"text,source,time\n{t}".encode()),
        st.dictionaries(
            st.sampled_from(["text", "source", "time"]), st.text(max_size=40) | st.integers()
        ).map(lambda row: (json.dumps(row) + "\n").encode()),
    ),
    suffix=st.sampled_from([".txt", ".csv", ".jsonl"]),
    encoding=st.sampled_from(["utf-8", "latin-1", "utf-16", "cp1252", "ascii"]),
    form=st.sampled_from(["table", "csv", "jsonl", "json"]),
)
def test_any_bytes_give_an_exit_code_never_a_traceback(
    data: bytes, suffix: str, encoding: str, form: str
) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"input{suffix}"
        path.write_bytes(data)
        for command in ("extract", "reconcile"):
            code = main([command, str(path), "--encoding", encoding, "--format", form, "-o", os.devnull])
            assert code in (EXIT_OK, EXIT_USAGE, EXIT_INPUT)


def test_binary_data_past_the_first_bytes_is_not_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "".join(f'"About {k} people came.",x\n' for k in range(400))
    (tmp_path / "late.csv").write_text(f'text,source\n{rows}"a\x00b",x\n', encoding="utf-8")
    (tmp_path / "late.txt").write_text("About 300 people came.\n" * 2000 + "\x00", encoding="utf-8")
    for name in ("late.csv", "late.txt"):
        assert main(["extract", str(tmp_path / name), "-o", os.devnull]) == EXIT_INPUT
        assert "not" in capsys.readouterr().err


# --------------------------------------------------------------------------- the same output flags everywhere


@pytest.mark.parametrize(
    "command",
    [["extract"], ["reconcile"], ["verify", "About 12,000 soldiers were deployed."]],
    ids=["extract", "reconcile", "verify"],
)
def test_every_command_takes_the_same_output_flags(
    command: list[str], table: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [*command, str(table), "--text-column", "body", "--source-column", "outlet"]
    outputs = []
    for flags in (["--format", "json"], ["-f", "json"], ["--json"]):
        assert main([*argv, *flags]) in (EXIT_OK, claimnum.cli.EXIT_REFUTED)
        outputs.append(capsys.readouterr().out)
    assert json.loads(outputs[0])
    assert outputs[0] == outputs[1] == outputs[2]
    for form in ("table", "csv", "jsonl"):
        assert main([*argv, "--format", form]) in (EXIT_OK, claimnum.cli.EXIT_REFUTED)
        assert capsys.readouterr().out


def test_times_are_written_alike_in_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = jsonl(
        tmp_path / "toll.jsonl",
        {
            "source": "Wire",
            "time": "2026-01-01T09:00+02:00",
            "text": "At least three people died in the fire.",
        },
        {"source": "Radio", "time": "2026-01-02", "text": "Ten people died in the fire."},
    )
    times = {}
    for form in ("csv", "json", "jsonl"):
        assert main(["reconcile", str(path), "--format", form]) == EXIT_OK
        out = capsys.readouterr().out
        if form == "csv":
            rows = csv.DictReader(io.StringIO(out))
            times[form] = sorted(row["time"] for row in rows)
        else:
            groups = json.loads(out)["groups"] if form == "json" else map(json.loads, out.splitlines())
            times[form] = sorted(c["time"] for group in groups for c in group["claims"])
    assert times["csv"] == ["2026-01-01T07:00:00+00:00", "2026-01-02T00:00:00+00:00"]
    assert times["csv"] == times["json"] == times["jsonl"]
