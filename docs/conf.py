"""Sphinx configuration of claimnum's documentation site.

Build with ``make -C docs html`` (or ``sphinx-build -W --keep-going -b html docs docs/_build/html``).
"""

from __future__ import annotations

import re
from importlib.metadata import version as _version
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

import claimnum

project = "claimnum"
author = "The claimnum developers"
copyright = "2026, the claimnum developers"
release = _version("claimnum")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "sphinx.ext.napoleon",  # numpydoc-style docstrings, module docstrings included
    "matplotlib.sphinxext.plot_directive",
]

source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist", "dollarmath"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "none"  # numpydoc sections already give the types
autodoc_default_options = {"members": True}
napoleon_google_docstring = False
napoleon_use_ivar = True  # "Attributes" as fields: no second entry beside autodoc's own
napoleon_use_rtype = False

# Figures on the pictures page are drawn by claimnum itself at build time.
plot_include_source = True
plot_html_show_source_link = False
plot_html_show_formats = False
plot_formats = [("png", 110)]
plot_rcparams = {"figure.dpi": 110}

html_theme = "furo"
html_title = f"claimnum {release}"

_API_PAGE = Path(__file__).with_name("api.md")


def _check_api_page(app: Sphinx) -> None:
    """Warn (an error under -W) when a public name of claimnum is missing from the API page."""
    documented = set(re.findall(r"claimnum[\w.]*\.(\w+)", _API_PAGE.read_text(encoding="utf-8")))
    for name in sorted(set(claimnum.__all__) - documented - {"__version__"}):
        logging.getLogger(__name__).warning("claimnum.%s is public but not in docs/api.md", name)


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", _check_api_page)
