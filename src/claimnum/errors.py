"""The errors claimnum raises.

Every error derives from :class:`ClaimnumError` and from the built-in that fits
(``ValueError``, ``TypeError``, ``KeyError``, ``IndexError``,
``ZeroDivisionError``, ``OSError``), so callers can catch
either.  Errors carry only their message, so they pickle across processes
(dask and Spark ship exceptions back from their workers).

Examples
--------
>>> import claimnum
>>> try:
...     claimnum.Interval(3, 1)
... except ValueError as err:
...     print(type(err).__name__, isinstance(err, claimnum.ClaimnumError))
InvalidIntervalError True
"""

from __future__ import annotations

__all__ = [
    "ClaimnumError",
    "ExpressionError",
    "InputOutputError",
    "IntervalDivisionError",
    "InvalidArgumentError",
    "InvalidIntervalError",
    "InvalidTypeError",
    "MissingDependencyError",
    "MissingRateError",
    "OutOfRangeError",
    "PositionError",
    "UndefinedUnitError",
    "UnitMismatchError",
    "UnknownLabelError",
]


class ClaimnumError(Exception):
    """Base class of every error claimnum raises.

    Examples
    --------
    >>> import claimnum
    >>> issubclass(claimnum.UnitMismatchError, claimnum.ClaimnumError)
    True
    """

    def __reduce__(self) -> tuple[type, tuple[str, ...]]:
        return self.__class__, tuple(str(a) for a in self.args)


class InvalidArgumentError(ClaimnumError, ValueError):
    """An argument has the right type but a value claimnum cannot use.

    Examples
    --------
    >>> import claimnum
    >>> issubclass(claimnum.InvalidArgumentError, ValueError)
    True
    """


class InvalidTypeError(ClaimnumError, TypeError):
    """An argument has a type claimnum does not accept.

    Examples
    --------
    >>> import claimnum
    >>> issubclass(claimnum.InvalidTypeError, TypeError)
    True
    """


class UnknownLabelError(ClaimnumError, KeyError):
    """A label that names nothing in a result: ``result["nope"]``.

    Printed as its message (a bare ``KeyError`` prints the quoted key).

    Examples
    --------
    >>> import claimnum
    >>> claimnum.reconcile(["Over 300 people came."])["nope"]
    Traceback (most recent call last):
    ...
    claimnum.errors.UnknownLabelError: no group labelled 'nope'; look a group up by its label ...
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class PositionError(ClaimnumError, IndexError):
    """A position beyond the items of a result: ``result[99]``.

    Examples
    --------
    >>> import claimnum
    >>> claimnum.reconcile(["Over 300 people came."])[99]
    Traceback (most recent call last):
    ...
    claimnum.errors.PositionError: no group at position 99; ... (an int from 0 to 0, ...)
    """


class InvalidIntervalError(InvalidArgumentError):
    """An interval cannot be built: NaN bounds, ``lo > hi``, a bad ``closed``.

    Examples
    --------
    >>> import claimnum
    >>> claimnum.Interval(float("nan"), 1)
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidIntervalError: interval bounds must not be NaN, got lo=nan, hi=1.0
    """


class UndefinedUnitError(InvalidArgumentError):
    """A unit string that claimnum's registry does not know.

    Examples
    --------
    >>> import claimnum
    >>> claimnum.Interval(1, 2, unit="furlongs per fortnight squared sideways")
    Traceback (most recent call last):
    ...
    claimnum.errors.UndefinedUnitError: unknown unit 'furlongs per fortnight squared sideways'
    """


class UnitMismatchError(InvalidArgumentError):
    """Two quantities whose units cannot be converted into one another.

    Examples
    --------
    >>> import claimnum
    >>> claimnum.Interval(2, 3, unit="week") + claimnum.Interval(1, 2, unit="metre")
    Traceback (most recent call last):
    ...
    claimnum.errors.UnitMismatchError: cannot convert 'meter' ([length]) to 'week' ([time])
    """


class MissingRateError(UnitMismatchError):
    """Currencies to convert without an exchange rate from the caller.

    claimnum never fetches rates: pass ``rates={"SEK": 0.0911}`` (the value
    of one unit of each currency in a common reference currency).

    Examples
    --------
    >>> import claimnum
    >>> claimnum.Interval(1, 2, unit="SEK").to("USD")
    Traceback (most recent call last):
    ...
    claimnum.errors.MissingRateError: no exchange rate for SEK: pass rates={'SEK': <value of 1 SEK in USD>}
    """


class MissingDependencyError(ClaimnumError, ImportError):
    """An optional dependency that a feature needs is not installed.

    The message names the extra to install, e.g. ``pip install "claimnum[plot]"``.

    Examples
    --------
    >>> import claimnum
    >>> issubclass(claimnum.errors.MissingDependencyError, ImportError)
    True
    """


class InputOutputError(ClaimnumError, OSError):
    """A file or stream the command line cannot read or write.

    ``claimnum.inputs.InputError`` and ``claimnum.outputs.OutputError`` derive
    from it; the message says which file and what to do.

    Examples
    --------
    >>> import claimnum
    >>> issubclass(claimnum.InputOutputError, OSError)
    True
    >>> str(claimnum.InputOutputError("out.csv: cannot write: disk full"))
    'out.csv: cannot write: disk full'
    """


class IntervalDivisionError(ClaimnumError, ZeroDivisionError):
    """Division by an interval that contains zero where no interval results.

    Examples
    --------
    >>> import claimnum
    >>> claimnum.Interval(1, 2) / claimnum.Interval(0, 0)
    Traceback (most recent call last):
    ...
    claimnum.errors.IntervalDivisionError: division by [0, 0]: the divisor is exactly zero
    """


class ExpressionError(InvalidArgumentError):
    """An expression given to :func:`claimnum.derive` that cannot be evaluated.

    Examples
    --------
    >>> import claimnum
    >>> issubclass(claimnum.ExpressionError, ValueError)
    True
    """


class OutOfRangeError(InvalidIntervalError, ArithmeticError):
    """A number beyond the range of floats.

    Arithmetic that overflows, or a unit conversion that takes a nonzero number
    above the largest or below the smallest float.

    Examples
    --------
    >>> import claimnum
    >>> claimnum.Interval(1e-300, 1, unit="nanometer**12").to("kilometer**12")
    Traceback (most recent call last):
    ...
    claimnum.errors.OutOfRangeError: converting 1e-300 to the new unit underflows the range of floats; ...
    """
