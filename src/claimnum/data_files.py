"""The vocabulary files of ``claimnum/data/``, each parsed once.

Several modules read their rows from one file (``holders.toml`` holds the holders', roles',
components' and parties' word lists; ``claim_frames.toml`` verify's and alignment's): they
share one parse here instead of each reading and parsing the file again.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any

__all__ = ["data_table"]


@functools.cache
def data_table(name: str) -> Mapping[str, Any]:
    """Return the parsed TOML file ``data/<name>`` of the package, read once and shared.

    The table is shared by every caller: read it, never change it.

    Parameters
    ----------
    name : str
        The file's name in ``claimnum/data/`` ("holders.toml").

    Returns
    -------
    Mapping
        The file's tables, as :func:`tomllib.loads` gives them.

    Examples
    --------
    >>> from claimnum.data_files import data_table
    >>> "components" in data_table("holders.toml")
    True
    """
    return tomllib.loads(resources.files("claimnum").joinpath("data", name).read_text("utf-8"))
