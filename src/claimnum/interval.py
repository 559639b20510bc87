"""``Interval``: an interval of real numbers with open or closed ends and a unit.

Every claim becomes one: "over 10,000" is ``(10000, inf)``, "two to three
weeks" is ``[2, 3] week``.  Intervals are immutable, hashable values with set
operations (``&``, ``|``), interval arithmetic that keeps open and closed ends
exactly, Allen's relations, unit conversion and a pandas round trip.

Ends are handled through *cuts*: a closed lower end ``[x`` cuts the line just
before ``x`` and an open one ``(x`` just after it, and likewise for upper ends.
Cuts are ordered pairs ``(x, 0)`` (just before) and ``(x, 1)`` (just after), so
intersection, hull and Allen's relations are plain comparisons of cuts, and a
point ``[x, x]`` is an ordinary, non-degenerate interval between ``(x, 0)`` and
``(x, 1)``.

Examples
--------
>>> from claimnum import Interval
>>> Interval(1, 2, "left") & Interval(2, 3)
∅
>>> Interval(-1, 2) * Interval(-3, 4)
[-6, 8]
>>> Interval(2, 3, unit="week") + Interval(1, 2, unit="day")
[2.142857142857143, 3.2857142857142856] week
"""

from __future__ import annotations

import decimal
import functools
import math
import numbers
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from claimnum import display
from claimnum.errors import (
    IntervalDivisionError,
    InvalidIntervalError,
    InvalidTypeError,
    OutOfRangeError,
    UnitMismatchError,
)
from claimnum.units import Rates, canonical_unit, convert, currency_of, is_offset, unit_text, ureg

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Closed", "Interval", "Relation"]

Closed = Literal["both", "left", "right", "neither"]
"""Which ends are closed, spelled as in :class:`pandas.Interval`."""

Relation = Literal[
    "before",
    "meets",
    "overlaps",
    "starts",
    "during",
    "finishes",
    "equals",
    "after",
    "met_by",
    "overlapped_by",
    "started_by",
    "contains",
    "finished_by",
]
"""The names of Allen's 13 interval relations, as :meth:`Interval.relation` returns them."""

_FLAGS: dict[str, tuple[bool, bool]] = {
    "both": (True, True),
    "left": (True, False),
    "right": (False, True),
    "neither": (False, False),
}
_CLOSED: dict[tuple[bool, bool], Closed] = {
    (True, True): "both",
    (True, False): "left",
    (False, True): "right",
    (False, False): "neither",
}
# (how the starts compare, how the ends compare) -> relation, for intervals that share a point.
_SHARING: dict[tuple[int, int], Relation] = {
    (-1, -1): "overlaps",
    (-1, 0): "finished_by",
    (-1, 1): "contains",
    (0, -1): "starts",
    (0, 0): "equals",
    (0, 1): "started_by",
    (1, -1): "during",
    (1, 0): "finishes",
    (1, 1): "overlapped_by",
}
_INF = math.inf

Cut = tuple[float, int]
"""A place between reals: ``(x, 0)`` just before ``x``, ``(x, 1)`` just after it."""


def _is_real(value: object) -> bool:
    """Whether ``value`` is a real number (numpy scalars and Decimal included, bools not)."""
    return isinstance(value, (int, float, numbers.Real, decimal.Decimal)) and not isinstance(value, bool)


def _real(value: object, name: str) -> float:
    """Return ``value`` as a float if it is a real number."""
    if not _is_real(value):
        raise InvalidTypeError(f"{name} must be a real number, got {type(value).__name__}: {value!r}")
    try:
        return float(value)  # type: ignore[arg-type]
    except (OverflowError, ValueError):  # 10**400, Decimal("sNaN")
        raise InvalidIntervalError(f"{name}={value!r} is not representable as a float") from None


def _number_text(x: float) -> str:
    """Print a bound: integers without ``.0``, other floats at full precision."""
    if x.is_integer() and abs(x) < 1e16:
        return str(int(x))
    return repr(x)


@dataclass(frozen=True, slots=True, init=False)
class Interval:
    """An interval of real numbers with open or closed ends and a unit.

    Parameters
    ----------
    lo, hi : float
        The ends, ``lo <= hi``; ``-inf`` and ``inf`` are allowed.  Any real
        number (int, float, numpy scalar) is stored as a float.
    closed : {"both", "left", "right", "neither"}
        Which ends belong to the interval, as in :class:`pandas.Interval`.
        Infinite ends are always open, whatever ``closed`` says.
    unit : str or None
        A unit claimnum's registry knows (``"week"``, ``"km"``, ``"USD"``),
        stored in canonical spelling; ``None`` for a pure number.

    Raises
    ------
    InvalidIntervalError
        NaN bounds, ``lo > hi`` (use :meth:`empty` for the empty interval)
        or a bad ``closed``.
    InvalidTypeError
        Bounds that are not real numbers.
    UndefinedUnitError
        A unit the registry does not know.

    Notes
    -----
    An interval with ``lo == hi`` and an open end, like ``[1, 1)``, is empty
    and becomes the canonical empty interval of its unit, so all empty
    intervals of one unit are equal.  Arithmetic is plain interval arithmetic:
    each operand is taken independently, so ``x - x`` is not ``[0, 0]``
    (:func:`claimnum.derive` evaluates expressions that use an input twice).

    Operators: ``x in iv`` for a number ``x``; ``&`` (intersection) and ``|``
    (hull) between intervals; ``+``, ``-``, ``*``, ``/`` with intervals and
    numbers on either side; unary ``-``, ``abs`` and ``**`` by an integer.
    An end of a result is closed exactly when some pair of operand values
    reaches it.  Units follow pint: sums convert the right operand to the
    left one's unit, products multiply units, and an operation between
    different but compatible units converts ``other`` to ``self.unit``.

    Examples
    --------
    >>> Interval(10_000, float("inf"), closed="neither")
    (10000, inf)
    >>> Interval(2, 3, unit="weeks")
    [2, 3] week
    >>> Interval(10_000, 15_000, "right") == Interval(10_000.0, 15_000.0, "right")
    True
    >>> 12_000 in Interval(10_000, 15_000, "right")
    True
    >>> Interval(1, 2, "left") + Interval(3, 4), 2 * Interval(1, 2), Interval(-2, 1) ** 2
    ([4, 6), [2, 4], [0, 4])
    >>> Interval(2, 3, unit="week") / Interval(1, 2, unit="day")
    [7, 21]
    """

    lo: float
    hi: float
    closed: Closed = "both"
    unit: str | None = None

    # numpy defers to the reflected operators (``np.float64(2) * iv``) instead of
    # treating the interval as an object array.
    __array_ufunc__ = None

    # Validation and normalisation in __init__ itself (not __post_init__): a frozen
    # dataclass would set every field twice, and intervals are built by the hundred thousand.
    def __init__(self, lo: float, hi: float, closed: Closed = "both", unit: str | None = None) -> None:
        if type(lo) is not float:
            lo = _real(lo, "lo")
        if type(hi) is not float:
            hi = _real(hi, "hi")
        if lo != lo or hi != hi:  # NaN
            raise InvalidIntervalError(f"interval bounds must not be NaN, got lo={lo!r}, hi={hi!r}")
        flags = _FLAGS.get(closed) if isinstance(closed, str) else None
        if flags is None:
            raise InvalidIntervalError(f"closed must be 'both', 'left', 'right' or 'neither', got {closed!r}")
        if lo > hi:
            raise InvalidIntervalError(
                f"lo must not exceed hi, got lo={lo!r} > hi={hi!r}; "
                "use Interval.empty() for the empty interval"
            )
        if unit is not None:
            unit = canonical_unit(unit)
        left = flags[0] and lo != -_INF
        right = flags[1] and hi != _INF
        if lo == hi and not (left and right):
            lo = hi = 0.0
            left = right = False
        setattr_ = object.__setattr__  # the dataclass is frozen
        setattr_(self, "lo", lo + 0.0)  # + 0.0 turns -0.0 into 0.0
        setattr_(self, "hi", hi + 0.0)
        setattr_(self, "closed", _CLOSED[left, right])
        setattr_(self, "unit", unit)

    # ------------------------------------------------------------------ construction

    @classmethod
    def empty(cls, unit: str | None = None) -> Interval:
        """Return the empty interval of a unit.

        Examples
        --------
        >>> Interval.empty("week")
        ∅ week
        >>> Interval.empty() == Interval(1, 1, "left")
        True
        """
        return cls(0.0, 0.0, "neither", unit)

    @classmethod
    def point(cls, x: float, unit: str | None = None) -> Interval:
        """Return the interval ``[x, x]`` that holds one number.

        Examples
        --------
        >>> Interval.point(11_000)
        [11000, 11000]
        """
        return cls(x, x, "both", unit)

    @classmethod
    def from_pandas(cls, interval: pd.Interval, unit: str | None = None) -> Interval:
        """Build an interval from a :class:`pandas.Interval` (which holds no unit).

        Examples
        --------
        >>> import pandas as pd
        >>> Interval.from_pandas(pd.Interval(2, 3, closed="left"), unit="week")
        [2, 3) week
        """
        import pandas as pd  # optional at import time: only this method needs it

        if not isinstance(interval, pd.Interval):
            raise InvalidTypeError(f"expected a pandas.Interval, got {type(interval).__name__}")
        return cls(interval.left, interval.right, interval.closed, unit)

    def to_pandas(self) -> pd.Interval:
        """Return the bounds as a :class:`pandas.Interval`; the unit is dropped.

        The empty interval becomes ``pandas.Interval(0.0, 0.0, "neither")``,
        which :meth:`from_pandas` reads back as empty.

        Examples
        --------
        >>> Interval(2, 3, "left", unit="week").to_pandas()
        Interval(2.0, 3.0, closed='left')
        """
        import pandas as pd  # optional at import time: only this method needs it

        return pd.Interval(self.lo, self.hi, closed=self.closed)

    # ------------------------------------------------------------------ printing

    def __repr__(self) -> str:
        unit = "" if self.unit is None else f" {unit_text(self.unit)}"
        return f"{self._bounds_text()}{unit}"

    __str__ = __repr__

    def _bounds_text(self) -> str:
        if self.is_empty:
            return "∅"
        left = "[" if self.left_closed else "("
        right = "]" if self.right_closed else ")"
        return f"{left}{_number_text(self.lo)}, {_number_text(self.hi)}{right}"

    def legible(self) -> Interval:
        """This interval as printed for people: finite ends rounded outward to a thousandth of
        its width (:func:`claimnum.display.grain_of`), so computed ends show no float noise.

        Examples
        --------
        >>> Interval(14385.312329993492, 81859.97734483617).legible()
        [14380, 81860]
        >>> Interval(0.6, 2 / 3 + 1 / 15, "left").legible()
        [0.6, 0.7334]
        """
        if self.is_empty:
            return self
        lo, hi = display.outward(self.lo, self.hi, display.grain_of(self.width))
        closed = _CLOSED[self.left_closed or lo != self.lo, self.right_closed or hi != self.hi]
        return Interval(lo, hi, closed, self.unit)

    def _repr_html_(self) -> str:
        html = display.span(self._bounds_text(), "claimnum-bounds")
        if self.unit is not None:
            html += " " + display.span(unit_text(self.unit), "claimnum-unit", title=self.unit)
        return display.group(html, "claimnum-interval")

    # ------------------------------------------------------------------ properties

    @property
    def left_closed(self) -> bool:
        """Whether ``lo`` belongs to the interval.

        Examples
        --------
        >>> Interval(1, 2, "right").left_closed
        False
        """
        return self.closed in ("both", "left")

    @property
    def right_closed(self) -> bool:
        """Whether ``hi`` belongs to the interval.

        Examples
        --------
        >>> Interval(1, 2, "right").right_closed
        True
        """
        return self.closed in ("both", "right")

    @property
    def is_empty(self) -> bool:
        """Whether the interval holds no number.

        Examples
        --------
        >>> Interval(1, 1, "left").is_empty, Interval(1, 1).is_empty
        (True, False)
        """
        return self.closed == "neither" and self.lo == self.hi

    @property
    def width(self) -> float:
        """``hi - lo``: 0 for a point and for the empty interval, ``inf`` if unbounded.

        Examples
        --------
        >>> Interval(10_000, 15_000).width
        5000.0
        """
        return self.hi - self.lo

    @property
    def mid(self) -> float:
        """The midpoint; ``±inf`` for a half-unbounded interval.

        Raises
        ------
        InvalidIntervalError
            For the empty interval and for ``(-inf, inf)``, which have none.

        Examples
        --------
        >>> Interval(10_000, 15_000).mid
        12500.0
        """
        if self.is_empty or (self.lo == -_INF and self.hi == _INF):
            raise InvalidIntervalError(f"{self} has no midpoint")
        return self.lo / 2 + self.hi / 2  # halves first, so huge bounds do not overflow

    # ------------------------------------------------------------------ cuts

    def _lower(self) -> Cut:
        return (self.lo, 0 if self.left_closed else 1)

    def _upper(self) -> Cut:
        return (self.hi, 1 if self.right_closed else 0)

    def _between(self, lower: Cut, upper: Cut) -> Interval:
        """The interval between two cuts, in this interval's unit (empty if none)."""
        if lower >= upper:
            return Interval.empty(self.unit)
        return Interval(lower[0], upper[0], _CLOSED[lower[1] == 0, upper[1] == 1], self.unit)

    # ------------------------------------------------------------------ units

    def to(self, unit: str | None, *, rates: Rates | None = None) -> Interval:
        """Convert to another unit.

        Parameters
        ----------
        unit : str or None
            The target unit (``None``: a pure number).
        rates : mapping, optional
            Exchange rates, needed only between currencies: the value of one
            unit of each currency in a common reference currency.

        Raises
        ------
        UnitMismatchError
            If the dimensions differ.
        MissingRateError
            If currencies differ and ``rates`` does not cover them.

        Examples
        --------
        >>> Interval(2, 3, unit="week").to("day")
        [14, 21] day
        >>> Interval(13.5, 14, unit="SEK").to("USD", rates={"SEK": 0.1})
        [1.35, 1.4000000000000001] USD
        """
        target = canonical_unit(unit)
        if target == self.unit:
            return self
        factors = _linear_factors(self.unit, target)
        if factors is not None:
            return self._scaled(*factors, target)
        if self.is_empty:
            convert(1.0, self.unit, target, rates=rates)  # raises if the units do not match
            return Interval.empty(target)
        lo = convert(self.lo, self.unit, target, rates=rates)  # refuses what leaves the floats
        hi = convert(self.hi, self.unit, target, rates=rates)
        return Interval(lo, hi, self.closed, target)

    def magnitude_in(self, unit: str | None, *, rates: Rates | None = None) -> tuple[float, float]:
        """Return ``(lo, hi)`` in another unit.

        Raises
        ------
        InvalidIntervalError
            For the empty interval, which has no bounds.

        Examples
        --------
        >>> Interval(2, 3, unit="week").magnitude_in("day")
        (14.0, 21.0)
        """
        if self.is_empty:
            raise InvalidIntervalError("the empty interval has no bounds")
        converted = self.to(unit, rates=rates)
        return converted.lo, converted.hi

    def _aligned(self, other: Interval) -> Interval:
        """``other`` in this interval's unit."""
        if not isinstance(other, Interval):
            raise InvalidTypeError(f"expected an Interval, got {type(other).__name__}")
        return other if other.unit == self.unit else other.to(self.unit)

    # ------------------------------------------------------------------ queries

    def contains(self, x: float) -> bool:
        """Tell whether the number ``x`` (in this interval's unit) lies inside.

        ``x in iv`` does the same.  For intervals use :meth:`issubset`.

        Examples
        --------
        >>> iv = Interval(10_000, 15_000, "right")
        >>> iv.contains(15_000), 10_000 in iv
        (True, False)
        """
        candidate: object = x  # callers pass anything to `in`
        if isinstance(candidate, Interval):
            raise InvalidTypeError("contains() and `in` take a number; use issubset() for intervals")
        value = _real(candidate, "x")
        above = self.lo < value or (value == self.lo and self.left_closed)
        return above and (value < self.hi or (value == self.hi and self.right_closed))

    def __contains__(self, x: float) -> bool:
        return self.contains(x)

    def issubset(self, other: Interval) -> bool:
        """Tell whether every number of this interval lies in ``other``.

        Examples
        --------
        >>> Interval(14, 21, unit="day").issubset(Interval(2, 3, unit="week"))
        True
        >>> Interval(1, 2).issubset(Interval(1, 2, "right"))
        False
        """
        other = self._aligned(other)
        if self.is_empty:
            return True
        return other._lower() <= self._lower() and self._upper() <= other._upper()

    def overlaps(self, other: Interval) -> bool:
        """Tell whether the two intervals share a number.

        Examples
        --------
        >>> Interval(1, 2).overlaps(Interval(2, 3)), Interval(1, 2, "left").overlaps(Interval(2, 3))
        (True, False)
        """
        return not (self & self._aligned(other)).is_empty

    def relation(self, other: Interval) -> Relation:
        """Name the Allen relation of this interval to ``other``.

        Relations compare the cuts that the ends make, so open and closed ends
        count: ``[1, 2]`` *overlaps* ``[2, 3]`` (both hold 2), ``[1, 2)``
        *meets* ``[2, 3]`` (no gap, no shared number) and ``[1, 2)`` is
        *before* ``(2, 3]`` (2 lies between them).  A point ``[x, x]`` is an
        ordinary interval here: it *starts* an interval that begins with a
        closed ``[x``, *finishes* one that ends with a closed ``x]``, and is
        *during* one that holds ``x`` inside.  Exactly one relation holds for
        any two non-empty intervals, and ``b.relation(a)`` is the inverse of
        ``a.relation(b)``.

        Returns
        -------
        str
            One of ``"before"``, ``"meets"``, ``"overlaps"``, ``"starts"``,
            ``"during"``, ``"finishes"``, ``"equals"`` and the inverses
            ``"after"``, ``"met_by"``, ``"overlapped_by"``, ``"started_by"``,
            ``"contains"``, ``"finished_by"``.

        Raises
        ------
        InvalidIntervalError
            If either interval is empty.

        Examples
        --------
        >>> Interval(1, 2, "left").relation(Interval(2, 3))
        'meets'
        >>> Interval.point(2).relation(Interval(1, 3))
        'during'
        >>> Interval(1, 3).relation(Interval.point(3))
        'finished_by'
        """
        other = self._aligned(other)
        if self.is_empty or other.is_empty:
            raise InvalidIntervalError("Allen relations are not defined for the empty interval")
        a1, a2, b1, b2 = self._lower(), self._upper(), other._lower(), other._upper()
        if a2 < b1:
            return "before"
        if b2 < a1:
            return "after"
        if a2 == b1:
            return "meets"
        if b2 == a1:
            return "met_by"
        return _SHARING[_compare(a1, b1), _compare(a2, b2)]

    # ------------------------------------------------------------------ set operations

    def __and__(self, other: Interval) -> Interval:
        if not isinstance(other, Interval):
            return NotImplemented
        other = self._aligned(other)
        return self._between(max(self._lower(), other._lower()), min(self._upper(), other._upper()))

    def __or__(self, other: Interval) -> Interval:
        if not isinstance(other, Interval):
            return NotImplemented
        other = self._aligned(other)
        if other.is_empty:
            return self
        if self.is_empty:
            return other
        return self._between(min(self._lower(), other._lower()), max(self._upper(), other._upper()))

    # ------------------------------------------------------------------ arithmetic

    def _operand(self, other: object) -> Interval | None:
        """``other`` as an Interval (a number is a point with no unit), or None."""
        if isinstance(other, Interval):
            return other
        if _is_real(other):
            return Interval.point(_real(other, "operand"))
        return None

    def _additive(self, other: Interval) -> Interval:
        """``other`` ready to add to this interval: multiplicative units, same unit."""
        _require_multiplicative(self.unit)
        _require_multiplicative(other.unit)
        return self._aligned(other)

    def __add__(self, other: Interval | float) -> Interval:
        operand = self._operand(other)
        if operand is None:
            return NotImplemented
        operand = self._additive(operand)
        if self.is_empty or operand.is_empty:
            return Interval.empty(self.unit)
        return _checked(
            _finite(self.lo + operand.lo, self.lo, operand.lo),
            self.left_closed and operand.left_closed,
            _finite(self.hi + operand.hi, self.hi, operand.hi),
            self.right_closed and operand.right_closed,
            self.unit,
        )

    def __radd__(self, other: float) -> Interval:
        operand = self._operand(other)
        return NotImplemented if operand is None else operand + self

    def __neg__(self) -> Interval:
        if self.is_empty:
            return self
        return Interval(-self.hi, -self.lo, _CLOSED[self.right_closed, self.left_closed], self.unit)

    def __pos__(self) -> Interval:
        return self

    def __sub__(self, other: Interval | float) -> Interval:
        operand = self._operand(other)
        return NotImplemented if operand is None else self + -self._additive(operand)

    def __rsub__(self, other: float) -> Interval:
        operand = self._operand(other)
        return NotImplemented if operand is None else operand - self

    def __mul__(self, other: Interval | float) -> Interval:
        operand = self._operand(other)
        if operand is None:
            return NotImplemented
        unit, factor = _product_unit(self.unit, operand.unit, 1)
        if self.is_empty or operand.is_empty:
            return Interval.empty(unit)
        corners = [_product(x, x_in, y, y_in) for x, x_in in self._ends() for y, y_in in operand._ends()]
        return _hull_of(corners)._scaled(factor, 1.0, unit)

    def __rmul__(self, other: float) -> Interval:
        return self * other

    def __truediv__(self, other: Interval | float) -> Interval:
        operand = self._operand(other)
        if operand is None:
            return NotImplemented
        pieces = self.divide_split(operand)
        if len(pieces) > 1:
            raise IntervalDivisionError(
                f"division by {operand}: 0 lies inside the divisor, so the quotient is "
                f"{' ∪ '.join(map(str, pieces))}; use divide_split() to get the pieces"
            )
        return pieces[0] if pieces else Interval.empty(_product_unit(self.unit, operand.unit, -1)[0])

    def __rtruediv__(self, other: float) -> Interval:
        operand = self._operand(other)
        return NotImplemented if operand is None else operand / self

    def divide_split(self, other: Interval | float) -> tuple[Interval, ...]:
        """Divide, returning the quotient as disjoint intervals in increasing order.

        Dividing by an interval with 0 strictly inside gives two pieces
        (``1 / [-1, 1]`` is ``(-inf, -1] ∪ [1, inf)``), which ``/`` refuses;
        this method returns them.  A 0 at an end of the divisor is left out
        (``1 / [0, 2]`` is ``[0.5, inf)``); an empty operand gives ``()``.

        Raises
        ------
        IntervalDivisionError
            If the divisor is exactly ``[0, 0]``.

        Examples
        --------
        >>> Interval(1, 2).divide_split(Interval(-1, 1))
        ((-inf, -1], [1, inf))
        """
        operand = self._operand(other)
        if operand is None:
            raise InvalidTypeError(f"cannot divide an Interval by {type(other).__name__}")
        unit, factor = _product_unit(self.unit, operand.unit, -1)
        if operand._is_zero():
            raise IntervalDivisionError(f"division by {operand}: the divisor is exactly zero")
        if self.is_empty or operand.is_empty:
            return ()
        if operand.lo > 0 or operand.hi < 0:  # the common case: no 0 to leave out
            quotients = [self._divided(operand, 1.0 if operand.lo > 0 else -1.0)]
        else:
            negative, _, positive = operand._signed_parts()
            sides = ((negative, -1.0), (positive, 1.0))
            quotients = [self._divided(part, side) for part, side in sides if not part.is_empty]
        return tuple(piece._scaled(factor, 1.0, unit) for piece in _union(quotients))

    def _divided(self, divisor: Interval, side: float) -> Interval:
        """Magnitudes of ``self / divisor`` for a divisor of one sign (0 only as an open end)."""
        corners = [
            corner
            for x, x_in in self._ends()
            for y, y_in in divisor._ends()
            if (corner := _quotient(x, x_in, y, y_in, side)) is not None
        ]
        return _hull_of(corners)

    def __pow__(self, exponent: int) -> Interval:
        candidate: object = exponent  # checked at run time: floats are refused
        if _is_real(candidate) and not isinstance(candidate, numbers.Integral):
            raise InvalidTypeError(f"intervals take only integer powers, got {exponent!r}")
        try:
            n = operator.index(exponent)
        except TypeError:
            return NotImplemented
        unit = _power_unit(self.unit, n)
        if self.is_empty:
            return Interval.empty(unit)
        if n == 0:
            return Interval.point(1.0)
        if n < 0 and self._is_zero():
            raise IntervalDivisionError(f"{self} ** {n}: 0 has no negative powers")
        negative, zero, positive = self._scaled(1.0, 1.0, None)._signed_parts()
        pieces = [
            negative._image(lambda x: _power(x, n, -1.0), increasing=(n > 0) == (n % 2 == 1)),
            positive._image(lambda x: _power(x, n, 1.0), increasing=n > 0),
        ]
        if n > 0:
            pieces.append(zero)
        merged = _union(pieces)
        if len(merged) > 1:
            raise IntervalDivisionError(
                f"{self} ** {n} is {' ∪ '.join(map(str, merged))}, two intervals: 0 lies inside {self}"
            )
        return merged[0]._scaled(1.0, 1.0, unit)

    def __abs__(self) -> Interval:
        negative, zero, positive = self._signed_parts()
        merged = _union([-negative, zero, positive])
        return merged[0] if merged else self

    # ------------------------------------------------------------------ arithmetic helpers

    def _is_zero(self) -> bool:
        return self.lo == 0.0 and self.hi == 0.0 and self.closed == "both"

    def _ends(self) -> tuple[tuple[float, bool], tuple[float, bool]]:
        """Both ends with whether each belongs to the interval."""
        return (self.lo, self.left_closed), (self.hi, self.right_closed)

    def _signed_parts(self) -> tuple[Interval, Interval, Interval]:
        """The negative part, the part ``{0}`` and the positive part (each possibly empty)."""
        unit = self.unit
        return (
            self & Interval(-_INF, 0.0, "neither", unit),
            self & Interval.point(0.0, unit),
            self & Interval(0.0, _INF, "neither", unit),
        )

    def _image(self, f: Callable[[float], float], *, increasing: bool) -> Interval:
        """The image under a monotone function of this interval's magnitudes."""
        if self.is_empty:
            return self
        if increasing:
            return _checked(f(self.lo), self.left_closed, f(self.hi), self.right_closed)
        return _checked(f(self.hi), self.right_closed, f(self.lo), self.left_closed)

    def _scaled(self, factor: float, divisor: float, unit: str | None) -> Interval:
        """These magnitudes times ``factor / divisor`` (both positive), labelled with ``unit``."""
        if factor == divisor == 1.0:
            return self if self.unit == unit else Interval(self.lo, self.hi, self.closed, unit)
        if self.is_empty:
            return Interval.empty(unit)
        lo = _in_range(_rescaled(self.lo, factor, divisor), self.lo)
        hi = _in_range(_rescaled(self.hi, factor, divisor), self.hi)
        return _checked(lo, self.left_closed, hi, self.right_closed, unit)


# ---------------------------------------------------------------------- module helpers


def _compare(a: Cut, b: Cut) -> int:
    return (a > b) - (a < b)


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


def _checked(lo: float, lo_in: bool, hi: float, hi_in: bool, unit: str | None = None) -> Interval:
    """Build a computed interval, refusing one whose bounds overflowed."""
    if lo == _INF or hi == -_INF:
        raise _overflow()
    return Interval(lo, hi, _CLOSED[lo_in, hi_in], unit)


def _hull_of(corners: Iterable[tuple[float, bool]]) -> Interval:
    """The interval from the least to the greatest corner value.

    An end is closed iff some corner that reaches it is attained.
    """
    listed = list(corners)
    lo = min(value for value, _ in listed)
    hi = max(value for value, _ in listed)
    lo_in = any(attained for value, attained in listed if value == lo)
    hi_in = any(attained for value, attained in listed if value == hi)
    return _checked(lo, lo_in, hi, hi_in)


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
    ordered = sorted((p for p in pieces if not p.is_empty), key=Interval._lower)
    merged: list[Interval] = []
    for piece in ordered:
        if merged and piece._lower() <= merged[-1]._upper():
            merged[-1] = merged[-1] | piece
        else:
            merged.append(piece)
    return merged


@functools.lru_cache(maxsize=1024)
def _linear_factors(src: str | None, dst: str | None) -> tuple[float, float] | None:
    """Multiply by the first, divide by the second: ``src`` magnitudes to ``dst``.

    None if the conversion needs rates or has an offset.  Going through the
    base unit with two factors keeps day -> week as ``x * 86400 / 604800``,
    as exact as pint, where one factor ``1/7`` would round twice.
    """
    if currency_of(src) != currency_of(dst) or is_offset(src) or is_offset(dst):
        return None
    convert(1.0, src, dst)  # raises if the dimensions differ
    return _to_base(src), _to_base(dst)


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
