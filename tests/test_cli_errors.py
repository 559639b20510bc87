"""The command line's errors are claimnum errors (and the fitting built-in), with the user's names."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import claimnum
from claimnum.cli import EXIT_INPUT, EXIT_USAGE, _CommandError, main
from claimnum.inputs import InputError
from claimnum.outputs import OutputError


@pytest.mark.parametrize(
    ("error", "builtins"),
    [
        (InputError, (OSError, ValueError)),
        (OutputError, (OSError,)),
        (_CommandError, (ValueError,)),
        (claimnum.InputOutputError, (OSError,)),
    ],
)
def test_command_line_errors_are_claimnum_errors_and_builtins(
    error: type[Exception], builtins: tuple[type[Exception], ...]
) -> None:
    assert issubclass(error, claimnum.ClaimnumError)
    for builtin in builtins:
        assert issubclass(error, builtin)


def test_an_input_error_keeps_its_message_and_usage_through_pickle() -> None:
    err = pickle.loads(pickle.dumps(InputError("a.csv: no column 'body'", usage=True)))
    assert str(err) == "a.csv: no column 'body'"
    assert err.usage is True


def test_a_command_error_keeps_its_message_and_code() -> None:
    err = _CommandError("no text in the input")
    assert (str(err), err.code) == ("no text in the input", EXIT_USAGE)


def test_an_unreadable_claim_file_is_still_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evidence = tmp_path / "evidence.txt"
    evidence.write_text("The flood displaced 300 families.\n", encoding="utf-8")
    code = main(["verify", "--claim-file", str(tmp_path / "missing.txt"), str(evidence)])
    assert code == EXIT_INPUT
    assert "cannot read the claim from" in capsys.readouterr().err


def test_an_unwritable_output_is_still_an_input_output_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "story.txt"
    text.write_text("The flood displaced 300 families.\n", encoding="utf-8")
    code = main(["extract", str(text), "-o", str(tmp_path / "no" / "such" / "out.csv")])
    assert code == EXIT_INPUT
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["reconcile"], ["verify", "The ferry carried 40 cars."]])
def test_a_bad_time_names_the_users_time_column(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "docs.csv"
    path.write_text(
        "body,outlet\nThe ferry carried 40 cars.,Herald\nThe ferry carried 42 cars.,Gazette\n",
        encoding="utf-8",
    )
    code = main([*command, str(path), "--text-column", "body", "--time-column", "outlet"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert "time='outlet'" in err
    assert "time='time'" not in err
    assert "cannot read 'Herald' as a time" in err


def test_a_good_time_column_of_another_name_still_times_the_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "docs.csv"
    path.write_text(
        "body,when\nThe ferry carried 40 cars.,2026-03-01T08:00\n"
        "The ferry carried 42 cars.,2026-03-01T09:00\n",
        encoding="utf-8",
    )
    argv = ["reconcile", str(path), "--text-column", "body", "--time-column", "when", "--format", "json"]
    code = main(argv)
    assert code == 0
    assert "2026-03-01" in capsys.readouterr().out
