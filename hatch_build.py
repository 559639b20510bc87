"""An optional compiled build of extraction's hottest modules (mypyc), opt-in by an environment variable.

``pip install .`` builds the pure-Python package, as always: no compiler, no extra
dependency.  ``CLAIMNUM_COMPILE=1 pip install .`` (a C compiler needed) also compiles
:data:`COMPILED` with mypyc into extension modules placed next to their sources;
Python imports an extension module before a source of the same name, so the
package's code, results and tests stay the same, only faster (issue 10's speed).
The wheel is then tagged for the platform.  An editable install is never compiled.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SWITCH = "CLAIMNUM_COMPILE"
COMPILED = (
    "tokens",
    "rules",
    "lexicon_tables",
    "reader",
    "phrases",
    "non_claims",
    "unit_phrases",
    "word_quantities",
    "quantities",
    "ranges",
    "changes",
    "modifiers",
    "measure_sentence",
    "cue_grammar",
    "cue_patterns",
    "other_figures",
    "one_person",
    "measures",
    "context",
    "assembly",
)
"""The modules compiled: extraction's stages and the engines they call for every claim.

Never a module with a public function that checks its arguments (``extract``, ``numerals``): a
compiled function refuses an argument of the wrong type with a bare ``TypeError`` before its own
check can raise claimnum's ``InvalidTypeError``.
"""


_TYPED = ("numpy>=1.26", "pint>=0.24", "pandas-stubs")
"""The typed packages claimnum's modules import, which mypy reads while mypyc compiles."""


def _wanted() -> bool:
    return os.environ.get(SWITCH, "").strip().lower() in ("1", "true", "yes")


class CompiledBuild(BuildHookInterface):  # type: ignore[type-arg]
    """Compile :data:`COMPILED` with mypyc when ``CLAIMNUM_COMPILE=1``; otherwise do nothing."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        # mypyc type-checks the whole package as the project's mypy configuration says (strict):
        # the typed packages it imports must be in the isolated build environment too.
        return ["mypy>=1.10", "setuptools>=68", *_TYPED] if _wanted() else []

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if not _wanted() or self.target_name != "wheel" or version == "editable":
            return
        from mypyc.build import mypycify
        from setuptools import Distribution

        root = Path(self.root)
        sources = [f"src/claimnum/{name}.py" for name in COMPILED]
        work = Path(tempfile.mkdtemp(prefix="claimnum-mypyc-"))
        cwd = Path.cwd()
        os.chdir(root)  # mypyc finds the package from the source paths, relative to the project
        try:
            extensions = mypycify(sources, opt_level="3", target_dir=str(work / "c"), group_name="claimnum")
            distribution = Distribution({"ext_modules": extensions, "package_dir": {"": "src"}})
            command = distribution.get_command_obj("build_ext")
            command.build_lib = str(work / "lib")  # type: ignore[attr-defined]
            command.build_temp = str(work / "tmp")  # type: ignore[attr-defined]
            distribution.run_command("build_ext")
        finally:
            os.chdir(cwd)
        suffix = ".pyd" if sys.platform == "win32" else ".so"
        for built in (work / "lib").rglob(f"*{suffix}"):
            build_data["force_include"][str(built)] = str(built.relative_to(work / "lib"))
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self._work = work

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
