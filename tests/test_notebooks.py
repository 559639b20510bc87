"""The example notebooks are stored clean and match their generator.

CI executes them with ``pytest --nbmake notebooks/``; these tests only keep the
stored files honest: no outputs (small diffs, nothing stale shown on GitHub)
and no hand edits that ``notebooks/make_notebooks.py`` would undo.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

nbformat = pytest.importorskip("nbformat")

NOTEBOOKS = Path(__file__).parent.parent / "notebooks"
NAMES = [
    "01-quickstart.ipynb",
    "02-semantics-tour.ipynb",
    "03-pandas-workflow.ipynb",
    "04-evolving-story.ipynb",
    "05-verify.ipynb",
]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_notebooks", NOTEBOOKS / "make_notebooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_notebook_has_a_generator_entry() -> None:
    stored = sorted(path.name for path in NOTEBOOKS.glob("*.ipynb"))
    assert stored == sorted(_generator().NOTEBOOKS) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_stored_without_outputs(name: str) -> None:
    book = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(book)
    code = [cell for cell in book.cells if cell.cell_type == "code"]
    assert code
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_matches_its_generator(name: str) -> None:
    generator = _generator()
    expected = generator.notebook(generator.NOTEBOOKS[name])
    stored = nbformat.read(NOTEBOOKS / name, as_version=4)

    def cells(book: nbformat.NotebookNode) -> list[tuple[str, str]]:
        return [(cell.cell_type, cell.source) for cell in book.cells]

    assert cells(stored) == cells(expected)
