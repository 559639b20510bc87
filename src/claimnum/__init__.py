"""claimnum: reconcile the numeric claims that texts make.

Find every numeric claim in a text with its qualifier ("over 10,000",
"an estimated 11,000", "halved"), read it as an honest interval with units,
tell whether claims from several sources can all be true, and combine them
into one estimate with its uncertainty.

The public names are loaded on first use, so ``import claimnum`` stays cheap
and a user who only extracts never imports scipy.

Examples
--------
>>> import claimnum
>>> claimnum.Interval(2, 3, unit="week").to("day")
[14, 21] day
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimnum.check import Consistency, check
    from claimnum.claim import Claim
    from claimnum.combine import Estimate, combine, combine_groups
    from claimnum.derive import derive
    from claimnum.errors import (
        ClaimnumError,
        ExpressionError,
        IntervalDivisionError,
        InvalidArgumentError,
        InvalidIntervalError,
        InvalidTypeError,
        MissingRateError,
        UndefinedUnitError,
        UnitMismatchError,
    )
    from claimnum.extract import extract
    from claimnum.frame import CLAIMS_META, CLAIMS_SPARK_SCHEMA, extract_frame
    from claimnum.interval import Interval
    from claimnum.reconcile import Reconciliation, reconcile
    from claimnum.semantics import Profile, Reading
    from claimnum.units import ureg

try:
    __version__ = version("claimnum")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

# Public name -> the module that defines it.  Data flows one way through these
# modules: text (numerals, lexicon) -> claims (semantics, extract) -> intervals
# -> verdicts and estimates (check, combine, derive) -> reconcile.
_EXPORTS: dict[str, str] = {
    "Interval": "claimnum.interval",
    "ureg": "claimnum.units",
    "Claim": "claimnum.claim",
    "extract": "claimnum.extract",
    "Profile": "claimnum.semantics",
    "Reading": "claimnum.semantics",
    "check": "claimnum.check",
    "Consistency": "claimnum.check",
    "combine": "claimnum.combine",
    "combine_groups": "claimnum.combine",
    "Estimate": "claimnum.combine",
    "derive": "claimnum.derive",
    "reconcile": "claimnum.reconcile",
    "Reconciliation": "claimnum.reconcile",
    "extract_frame": "claimnum.frame",
    "CLAIMS_META": "claimnum.frame",
    "CLAIMS_SPARK_SCHEMA": "claimnum.frame",
    "ClaimnumError": "claimnum.errors",
    "ExpressionError": "claimnum.errors",
    "IntervalDivisionError": "claimnum.errors",
    "InvalidArgumentError": "claimnum.errors",
    "InvalidIntervalError": "claimnum.errors",
    "InvalidTypeError": "claimnum.errors",
    "MissingRateError": "claimnum.errors",
    "UndefinedUnitError": "claimnum.errors",
    "UnitMismatchError": "claimnum.errors",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'claimnum' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
