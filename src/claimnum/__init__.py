"""claimnum: reconcile the numeric claims that texts make.

Find every numeric claim in a text with its qualifier ("over 10,000",
"an estimated 11,000", "halved"), read it as an honest interval with units,
tell whether claims from several sources can all be true, and combine them
into one estimate with its uncertainty.

Importing claimnum registers the ``Series.claims`` pandas accessor and
nothing else: no global registry, logging or warning filter is touched.
Optional packages (matplotlib, dask, pyspark, hypothesis) are imported only by
the functions that need them.

Examples
--------
>>> import claimnum
>>> claimnum.Interval(2, 3, unit="week").to("day")
[14, 21] day
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

# Data flows one way through these modules: text (numerals, lexicon) -> claims
# (semantics, extract) -> intervals -> verdicts and estimates (check, combine,
# derive) -> reconcile.  The functions are imported eagerly because several
# share their module's name (claimnum.extract is the function, not the module).
from claimnum.check import Consistency, check
from claimnum.claim import Claim
from claimnum.combine import Estimate, combine, combine_groups
from claimnum.derive import derive
from claimnum.documents import example_documents
from claimnum.entail import entailment, entails
from claimnum.errors import (
    ClaimnumError,
    ExpressionError,
    InputOutputError,
    IntervalDivisionError,
    InvalidArgumentError,
    InvalidIntervalError,
    InvalidTypeError,
    MissingDependencyError,
    MissingRateError,
    OutOfRangeError,
    PositionError,
    UndefinedUnitError,
    UnitMismatchError,
    UnknownLabelError,
)
from claimnum.extract import extract
from claimnum.frame import (
    CLAIMS_META,
    CLAIMS_SPARK_SCHEMA,
    RECONCILED_META,
    RECONCILED_SPARK_SCHEMA,
    extract_frame,
    reconcile_frame,
)
from claimnum.interval import Interval
from claimnum.profiles import Profile
from claimnum.reconcile import Reconciliation, reconcile
from claimnum.semantics import Reading
from claimnum.units import ureg
from claimnum.verify import Finding, Verification, verify

try:
    __version__ = version("claimnum")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

# Hint to intersphinx and users: these objects are documented under claimnum.
__all__ = [
    "CLAIMS_META",
    "CLAIMS_SPARK_SCHEMA",
    "RECONCILED_META",
    "RECONCILED_SPARK_SCHEMA",
    "Claim",
    "ClaimnumError",
    "Consistency",
    "Estimate",
    "ExpressionError",
    "Finding",
    "InputOutputError",
    "Interval",
    "IntervalDivisionError",
    "InvalidArgumentError",
    "InvalidIntervalError",
    "InvalidTypeError",
    "MissingDependencyError",
    "MissingRateError",
    "OutOfRangeError",
    "PositionError",
    "Profile",
    "Reading",
    "Reconciliation",
    "UndefinedUnitError",
    "UnitMismatchError",
    "UnknownLabelError",
    "Verification",
    "__version__",
    "check",
    "combine",
    "combine_groups",
    "derive",
    "entailment",
    "entails",
    "example_documents",
    "extract",
    "extract_frame",
    "reconcile",
    "reconcile_frame",
    "ureg",
    "verify",
]
