"""Every public name of claimnum has a numpydoc docstring with an example that runs.

Functions and classes carry their docstring on the object, and pytest's doctests run
their examples.  A constant (``CLAIMS_META``, ``ureg``) carries it as the string right
after its assignment, which doctest never collects: this file finds those strings in the
source and runs them.
"""

from __future__ import annotations

import ast
import doctest
import inspect
import itertools
from importlib import resources

import pytest

import claimnum

PUBLIC = sorted(set(claimnum.__all__) - {"__version__"})
NO_EXAMPLE_YET: set[str] = set()  # names whose docstring has no example yet (an xfail each)


def _constant_docstrings() -> dict[str, str]:
    """The docstring after each module-level assignment in claimnum's sources, by name."""
    found: dict[str, str] = {}
    for path in resources.files("claimnum").iterdir():
        if not path.name.endswith(".py"):
            continue
        body = ast.parse(path.read_text("utf-8")).body
        for node, after in itertools.pairwise(body):
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            if not (isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)):
                continue
            for target in targets:
                if isinstance(target, ast.Name) and isinstance(after.value.value, str):
                    found.setdefault(target.id, after.value.value)
    return found


CONSTANTS = _constant_docstrings()


def _docstring(name: str) -> str:
    obj = getattr(claimnum, name)
    if inspect.isclass(obj) or inspect.isroutine(obj):
        return inspect.getdoc(obj) or ""
    return inspect.cleandoc(CONSTANTS.get(name, ""))


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="no example yet"))
        if name in NO_EXAMPLE_YET
        else name
        for name in PUBLIC
    ],
)
def test_every_public_name_has_a_docstring_with_an_example(name: str) -> None:
    doc = _docstring(name)
    assert doc, f"claimnum.{name} has no docstring"
    assert "Examples\n--------" in doc, f"claimnum.{name}: no numpydoc Examples section"
    assert ">>>" in doc, f"claimnum.{name}: no runnable example"


@pytest.mark.parametrize("name", [n for n in PUBLIC if n in CONSTANTS and ">>>" in CONSTANTS[n]])
def test_the_examples_of_public_constants_run(name: str) -> None:
    test = doctest.DocTestParser().get_doctest(inspect.cleandoc(CONSTANTS[name]), {}, name, None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0, f"the example of claimnum.{name} fails"
