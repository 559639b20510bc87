"""Interval arithmetic that keeps open and closed ends exactly, with units.

The operators of :class:`~claimnum.Interval` (``+``, ``-``, ``*``, ``/``,
``**``, ``abs``) are functions here on two intervals (a number is a point).
An end of a result is closed exactly when some pair of operand values
reaches it; an end beyond the floats is an error, never an unbounded end.
Units follow pint: sums convert the right operand to the left one's unit,
products multiply units (cancelled to a pure number where they cancel), and
offset units (degree_Celsius) take no arithmetic.

Results are built with the class of the left operand, so this module needs
nothing of :mod:`claimnum.interval` but its values.

Examples
--------
>>> from claimnum import Interval
>>> multiply(Interval(-1, 2), Interval(-3, 4))
[-6, 8]
>>> divide_split(Interval(1, 2), Interval(-1, 1))
((-inf, -1], [1, inf))
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from claimnum.errors import IntervalDivisionError, OutOfRangeError, UnitMismatchError
from claimnum.units import canonical_unit, convert, currency_of, is_offset, ureg

if TYPE_CHECKING:
    from claimnum.interval import Interval

__all__ = ["absolute", "add", "divide", "divide_split", "linear_factors", "multiply", "negate", "power"]

_INF = math.inf


def add(a: Interval, b: Interval) -> Interval:
    """``a + b``, in ``a``'s unit.

    Parameters
    ----------
    a, b : Interval
        The operands; a point stands for a number.

    Returns
    -------
    Interval
        The sum, of ``a``'s class, in ``a``'s unit.

    Examples
    --------
    >>> from claimnum import Interval
    >>> add(Interval(1, 2, "left"), Interval(3, 4))
    [4, 6)
    """
    b = _additive(a, b)
    if a.is_empty or b.is_empty:
        return a.empty(a.unit)
    return _checked(
        a,
        _finite(a.lo + b.lo, a.lo, b.lo),
        a.left_closed and b.left_closed,
        _finite(a.hi + b.hi, a.hi, b.hi),
        a.right_closed and b.right_closed,
        a.unit,
    )


def negate(a: Interval) -> Interval:
    """``-a``.

    Parameters
    ----------
    a : Interval
        The operand.

    Returns
    -------
    Interval
        The values negated, in ``a``'s unit.

    Examples
    --------
    >>> from claimnum import Interval
    >>> negate(Interval(1, 2, "left"))
    (-2, -1]
    """
    if a.is_empty:
        return a
    return a._from_flags(-a.hi, a.right_closed, -a.lo, a.left_closed, a.unit)


def subtract(a: Interval, b: Interval) -> Interval:
    """``a - b``, in ``a``'s unit.

    Parameters
    ----------
    a, b : Interval
        The operands; a point stands for a number.

    Returns
    -------
    Interval
        The difference, of ``a``'s class, in ``a``'s unit.

    Examples
    --------
    >>> from claimnum import Interval
    >>> subtract(Interval(3, 4), Interval(1, 2))
    [1, 3]
    """
    return add(a, negate(_additive(a, b)))


def multiply(a: Interval, b: Interval) -> Interval:
    """``a * b``; the units multiply.

    Parameters
    ----------
    a, b : Interval
        The operands; a point stands for a number.

    Returns
    -------
    Interval
        The product, in the product of the units (None where they cancel).

    Examples
    --------
    >>> from claimnum import Interval
    >>> multiply(Interval(2, 3, unit="week"), Interval(1, 2, unit="1/day"))
    [14, 42]
    """
    unit, factor = _product_unit(a.unit, b.unit, 1)
    if a.is_empty or b.is_empty:
        return a.empty(unit)
    corners = [_product(x, x_in, y, y_in) for x, x_in in _ends(a) for y, y_in in _ends(b)]
    return scaled(_hull_of(a, corners), factor, 1.0, unit)


def divide(a: Interval, b: Interval) -> Interval:
    """``a / b`` as one interval.

    Parameters
    ----------
    a, b : Interval
        The operands; a point stands for a number.

    Returns
    -------
    Interval
        The quotient, in the quotient of the units (None where they cancel).

    Raises
    ------
    IntervalDivisionError
        If 0 lies inside ``b`` (the quotient is two pieces: see
        :func:`divide_split`) or ``b`` is exactly ``[0, 0]``.

    Examples
    --------
    >>> from claimnum import Interval
    >>> divide(Interval(1, 2), Interval(0, 2))
    [0.5, inf)
    """
    pieces = divide_split(a, b)
    if len(pieces) > 1:
        raise IntervalDivisionError(
            f"division by {b}: 0 lies inside the divisor, so the quotient is "
            f"{' ∪ '.join(map(str, pieces))}; use divide_split() to get the pieces"
        )
    return pieces[0] if pieces else a.empty(_product_unit(a.unit, b.unit, -1)[0])


def divide_split(a: Interval, b: Interval) -> tuple[Interval, ...]:
    """``a / b`` as disjoint intervals in increasing order (see :meth:`~claimnum.Interval.divide_split`).

    Parameters
    ----------
    a, b : Interval
        The operands; a point stands for a number.

    Returns
    -------
    tuple of Interval
        The pieces of the quotient: none, one, or two around 0.

    Examples
    --------
    >>> from claimnum import Interval
    >>> divide_split(Interval(1, 2), Interval(0, 1))
    ([1, inf),)
    """
    unit, factor = _product_unit(a.unit, b.unit, -1)
    if _is_zero(b):
        raise IntervalDivisionError(f"division by {b}: the divisor is exactly zero")
    if a.is_empty or b.is_empty:
        return ()
    if b.lo > 0 or b.hi < 0:  # the common case: no 0 to leave out
        quotients = [_divided(a, b, 1.0 if b.lo > 0 else -1.0)]
    else:
        negative, _, positive = _signed_parts(b)
        sides = ((negative, -1.0), (positive, 1.0))
        quotients = [_divided(a, part, side) for part, side in sides if not part.is_empty]
    return tuple(scaled(piece, factor, 1.0, unit) for piece in _union(quotients))


def power(a: Interval, n: int) -> Interval:
    """``a ** n`` for an integer ``n``.

    Parameters
    ----------
    a : Interval
        The base.
    n : int
        The exponent; negative powers allowed, 0 gives the point 1.

    Returns
    -------
    Interval
        The power, in ``a``'s unit to the power ``n``.

    Raises
    ------
    IntervalDivisionError
        For a negative power of ``[0, 0]``, and where the result would be two
        pieces (a negative power of an interval with 0 inside).

    Examples
    --------
    >>> from claimnum import Interval
    >>> power(Interval(-2, 1), 2), power(Interval(1, 2, unit="m"), 2)
    ([0, 4], [1, 4] m²)
    """
    unit = _power_unit(a.unit, n)
    if a.is_empty:
        return a.empty(unit)
    if n == 0:
        return a.point(1.0)
    if n < 0 and _is_zero(a):
        raise IntervalDivisionError(f"{a} ** {n}: 0 has no negative powers")
    negative, zero, positive = _signed_parts(scaled(a, 1.0, 1.0, None))
    pieces = [
        _image(negative, lambda x: _power(x, n, -1.0), increasing=(n > 0) == (n % 2 == 1)),
        _image(positive, lambda x: _power(x, n, 1.0), increasing=n > 0),
    ]
    if n > 0:
        pieces.append(zero)
    merged = _union(pieces)
    if len(merged) > 1:
        raise IntervalDivisionError(
            f"{a} ** {n} is {' ∪ '.join(map(str, merged))}, two intervals: 0 lies inside {a}"
        )
    return scaled(merged[0], 1.0, 1.0, unit)


def absolute(a: Interval) -> Interval:
    """``abs(a)``.

    Parameters
    ----------
    a : Interval
        The operand.

    Returns
    -------
    Interval
        The absolute values, in ``a``'s unit.

    Examples
    --------
    >>> from claimnum import Interval
    >>> absolute(Interval(-3, 2, "right"))
    [0, 3)
    """
    negative, zero, positive = _signed_parts(a)
    merged = _union([negate(negative), zero, positive])
    return merged[0] if merged else a


def scaled(a: Interval, factor: float, divisor: float, unit: str | None) -> Interval:
    """The magnitudes of ``a`` times ``factor / divisor`` (both positive), labelled with ``unit``.

    Parameters
    ----------
    a : Interval
        The interval.
    factor, divisor : float
        Positive numbers: the magnitudes are multiplied by the first, divided by the second.
    unit : str or None
        The unit of the result.

    Returns
    -------
    Interval
        The rescaled interval, of ``a``'s class, ends open or closed as in ``a``.

    Raises
    ------
    OutOfRangeError
        If a finite nonzero end becomes infinite or zero.

    Examples
    --------
    >>> from claimnum import Interval
    >>> scaled(Interval(2, 3), 7.0, 1.0, "day")
    [14, 21] day
    """
    if factor == divisor == 1.0:
        return a if a.unit == unit else type(a)(a.lo, a.hi, a.closed, unit)
    if a.is_empty:
        return a.empty(unit)
    lo = _in_range(_rescaled(a.lo, factor, divisor), a.lo)
    hi = _in_range(_rescaled(a.hi, factor, divisor), a.hi)
    return _checked(a, lo, a.left_closed, hi, a.right_closed, unit)


@functools.lru_cache(maxsize=1024)
def linear_factors(src: str | None, dst: str | None) -> tuple[float, float] | None:
    """Multiply by the first, divide by the second: ``src`` magnitudes to ``dst``.

    None if the conversion needs rates or has an offset.  Going through the
    base unit with two factors keeps day -> week as ``x * 86400 / 604800``,
    as exact as pint, where one factor ``1/7`` would round twice.

    Parameters
    ----------
    src, dst : str or None
        Canonical units (None for a pure number).

    Returns
    -------
    tuple of float or None
        The sizes of ``src`` and of ``dst`` in base units, or None.

    Raises
    ------
    UnitMismatchError
        If the dimensions differ.

    Examples
    --------
    >>> linear_factors("week", "day")
    (604800.0, 86400.0)
    """
    if currency_of(src) != currency_of(dst) or is_offset(src) or is_offset(dst):
        return None
    convert(1.0, src, dst)  # raises if the dimensions differ
    return _to_base(src), _to_base(dst)


# ---------------------------------------------------------------------- helpers


def _additive(a: Interval, b: Interval) -> Interval:
    """``b`` ready to add to ``a``: multiplicative units, same unit."""
    _require_multiplicative(a.unit)
    _require_multiplicative(b.unit)
    return a._aligned(b)


def _divided(a: Interval, divisor: Interval, side: float) -> Interval:
    """Magnitudes of ``a / divisor`` for a divisor of one sign (0 only as an open end)."""
    corners = [
        corner
        for x, x_in in _ends(a)
        for y, y_in in _ends(divisor)
        if (corner := _quotient(x, x_in, y, y_in, side)) is not None
    ]
    return _hull_of(a, corners)


def _is_zero(a: Interval) -> bool:
    return a.lo == 0.0 and a.hi == 0.0 and a.closed == "both"


def _ends(a: Interval) -> tuple[tuple[float, bool], tuple[float, bool]]:
    """Both ends with whether each belongs to the interval."""
    return (a.lo, a.left_closed), (a.hi, a.right_closed)


def _signed_parts(a: Interval) -> tuple[Interval, Interval, Interval]:
    """The negative part, the part ``{0}`` and the positive part (each possibly empty)."""
    unit, kind = a.unit, type(a)
    return (
        a & kind(-_INF, 0.0, "neither", unit),
        a & kind.point(0.0, unit),
        a & kind(0.0, _INF, "neither", unit),
    )


def _image(a: Interval, f: Callable[[float], float], *, increasing: bool) -> Interval:
    """The image under a monotone function of the magnitudes of ``a``."""
    if a.is_empty:
        return a
    if increasing:
        return _checked(a, f(a.lo), a.left_closed, f(a.hi), a.right_closed)
    return _checked(a, f(a.hi), a.right_closed, f(a.lo), a.left_closed)


def _overflow() -> OutOfRangeError:
    return OutOfRangeError("interval arithmetic overflowed the range of floats")


def _rescaled(x: float, factor: float, divisor: float) -> float:
    """``x * factor / divisor``, or ``x * (factor / divisor)`` where the product leaves the floats."""
    result = x * factor / divisor
    return x * (factor / divisor) if result == 0 or math.isinf(result) else result


def _in_range(result: float, operand: float) -> float:
    """A rescaled magnitude, refused if a finite nonzero ``operand`` became infinite or zero."""
    if math.isfinite(operand) and operand != 0 and (math.isinf(result) or result == 0):
        way = "overflows" if math.isinf(result) else "underflows"
        raise OutOfRangeError(
            f"converting {operand!r} to the new unit {way} the range of floats; "
            "convert to a unit nearer the magnitude, or rescale the numbers first"
        )
    return result


def _finite(result: float, *operands: float) -> float:
    """``result``, refused if it is infinite though computed from finite numbers.

    An end beyond the largest float is not an unbounded end: ``[1, inf)``
    for ``[1, 1e400]`` would be a silently wrong number.
    """
    if math.isinf(result) and all(math.isfinite(x) for x in operands):
        raise _overflow()
    return result


def _checked(
    like: Interval, lo: float, lo_in: bool, hi: float, hi_in: bool, unit: str | None = None
) -> Interval:
    """Build a computed interval (of the class of ``like``), refusing one whose bounds overflowed."""
    if lo == _INF or hi == -_INF:
        raise _overflow()
    return like._from_flags(lo, lo_in, hi, hi_in, unit)


def _hull_of(like: Interval, corners: Iterable[tuple[float, bool]]) -> Interval:
    """The interval from the least to the greatest corner value.

    An end is closed iff some corner that reaches it is attained.
    """
    listed = list(corners)
    lo = min(value for value, _ in listed)
    hi = max(value for value, _ in listed)
    lo_in = any(attained for value, attained in listed if value == lo)
    hi_in = any(attained for value, attained in listed if value == hi)
    return _checked(like, lo, lo_in, hi, hi_in)


def _product(x: float, x_in: bool, y: float, y_in: bool) -> tuple[float, bool]:
    """A corner of interval multiplication: ``0 * inf`` counts as 0; a held 0 reaches 0."""
    if (x == 0 and x_in) or (y == 0 and y_in):
        return 0.0, True
    if x == 0 or y == 0:
        return 0.0, False
    return _finite(x * y, x, y), x_in and y_in


def _quotient(x: float, x_in: bool, y: float, y_in: bool, side: float) -> tuple[float, bool] | None:
    """A corner of ``x / y`` for a divisor on one side of 0; None where it says nothing.

    ``y`` may be an open 0 end (``x / y`` runs off to infinity) or infinite;
    ``inf / inf`` corners are skipped: the neighbouring corners bound them.
    """
    if math.isinf(x) and math.isinf(y):
        return None
    if x == 0:
        return 0.0, x_in
    if y == 0:
        return math.copysign(_INF, x) * side, False
    return _finite(x / y, x, y), x_in and y_in


def _power(x: float, n: int, side: float) -> float:
    """``x ** n`` for a nonzero integer ``n``; an open 0 end on ``side`` runs off to infinity."""
    if x == 0 and n < 0:
        return -_INF if side < 0 and n % 2 == 1 else _INF
    try:
        return float(x**n)
    except OverflowError:
        raise _overflow() from None


def _union(pieces: Iterable[Interval]) -> list[Interval]:
    """Merge intervals of one unit into disjoint pieces in increasing order."""
    ordered = sorted((p for p in pieces if not p.is_empty), key=lambda p: p._lower())
    merged: list[Interval] = []
    for piece in ordered:
        if merged and piece._lower() <= merged[-1]._upper():
            merged[-1] = merged[-1] | piece
        else:
            merged.append(piece)
    return merged


def _to_base(unit: str | None) -> float:
    return 1.0 if unit is None else float(ureg.Quantity(1.0, unit).to_base_units().magnitude)


def _require_multiplicative(unit: str | None) -> None:
    """Refuse offset units (degree_Celsius) in arithmetic, as pint does."""
    if is_offset(unit):
        raise UnitMismatchError(
            f"no arithmetic on {unit!r}: it is an offset unit, so sums and products depend on "
            "its zero; convert to an absolute unit first, e.g. .to('kelvin')"
        )


@functools.lru_cache(maxsize=1024)
def _product_unit(a: str | None, b: str | None, exponent: int) -> tuple[str | None, float]:
    """The unit of ``a * b**exponent`` and the factor its magnitudes take.

    Units that cancel to a pure number are simplified (``week/day`` is the
    number 7); other products are reduced as pint reduces them
    (``kilometer/hour * hour`` is ``kilometer``).
    """
    _require_multiplicative(a)
    _require_multiplicative(b)
    if b is None:
        return a, 1.0
    if a is None and exponent == 1:
        return b, 1.0
    product = ureg.parse_units(a or "dimensionless") * ureg.parse_units(b) ** exponent
    if product.dimensionless:
        return None, float(ureg.Quantity(1.0, product).to("dimensionless").magnitude)
    reduced = ureg.Quantity(1.0, product).to_reduced_units()
    return canonical_unit(format(reduced.units, "C")), float(reduced.magnitude)


@functools.lru_cache(maxsize=256)
def _power_unit(unit: str | None, n: int) -> str | None:
    """The unit of ``unit ** n``."""
    _require_multiplicative(unit)
    if unit is None or n == 0:
        return None
    return canonical_unit(format(ureg.parse_units(unit) ** n, "C"))
