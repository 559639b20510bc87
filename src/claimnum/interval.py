"""``Interval``: an interval of real numbers with open or closed ends and a unit.

Every claim becomes one: "over 10,000" is ``(10000, inf)``, "two to three
weeks" is ``[2, 3] week``.  Intervals are immutable, hashable values with set
operations (``&``, ``|``), interval arithmetic that keeps open and closed ends
exactly, Allen's relations, unit conversion and a pandas round trip.

Ends are handled through *cuts* (:mod:`claimnum.cuts`), so intersection, hull
and Allen's relations are plain comparisons; the arithmetic is in
:mod:`claimnum.interval_arithmetic`.

Examples
--------
>>> from claimnum import Interval
>>> Interval(1, 2, "left") & Interval(2, 3)
∅
>>> Interval(-1, 2) * Interval(-3, 4)
[-6, 8]
>>> Interval(2, 3, unit="week") + Interval(1, 2, unit="day")
[2.14285714286, 3.28571428571] week
"""

from __future__ import annotations

import decimal
import math
import numbers
import operator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from claimnum import display
from claimnum import interval_arithmetic as arithmetic
from claimnum.cuts import Cut, Relation, relation
from claimnum.errors import InvalidIntervalError, InvalidTypeError
from claimnum.units import Rates, canonical_unit, convert, unit_text

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Closed", "Interval", "Relation"]

Closed = Literal["both", "left", "right", "neither"]
"""Which ends are closed, spelled as in :class:`pandas.Interval`."""

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
_INF = math.inf


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
    def _from_flags(cls, lo: float, lo_in: bool, hi: float, hi_in: bool, unit: str | None) -> Interval:
        """The interval between ``lo`` and ``hi``, each end closed where its flag says."""
        return cls(lo, hi, _CLOSED[lo_in, hi_in], unit)

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
        return f"{left}{display.bound_text(self.lo)}, {display.bound_text(self.hi)}{right}"

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
        [1.35, 1.4] USD
        """
        target = canonical_unit(unit)
        if target == self.unit:
            return self
        factors = arithmetic.linear_factors(self.unit, target)
        if factors is not None:
            return arithmetic.scaled(self, *factors, target)
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
        return relation(self._lower(), self._upper(), other._lower(), other._upper())

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

    # ------------------------------------------------------------------ arithmetic (interval_arithmetic)

    def _operand(self, other: object) -> Interval | None:
        """``other`` as an Interval (a number is a point with no unit), or None."""
        if isinstance(other, Interval):
            return other
        if _is_real(other):
            return Interval.point(_real(other, "operand"))
        return None

    def __add__(self, other: Interval | float) -> Interval:
        operand = self._operand(other)
        return NotImplemented if operand is None else arithmetic.add(self, operand)

    def __radd__(self, other: float) -> Interval:
        operand = self._operand(other)
        return NotImplemented if operand is None else operand + self

    def __neg__(self) -> Interval:
        return arithmetic.negate(self)

    def __pos__(self) -> Interval:
        return self

    def __sub__(self, other: Interval | float) -> Interval:
        operand = self._operand(other)
        return NotImplemented if operand is None else arithmetic.subtract(self, operand)

    def __rsub__(self, other: float) -> Interval:
        operand = self._operand(other)
        return NotImplemented if operand is None else operand - self

    def __mul__(self, other: Interval | float) -> Interval:
        operand = self._operand(other)
        return NotImplemented if operand is None else arithmetic.multiply(self, operand)

    def __rmul__(self, other: float) -> Interval:
        return self * other

    def __truediv__(self, other: Interval | float) -> Interval:
        operand = self._operand(other)
        return NotImplemented if operand is None else arithmetic.divide(self, operand)

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
        return arithmetic.divide_split(self, operand)

    def __pow__(self, exponent: int) -> Interval:
        candidate: object = exponent  # checked at run time: floats are refused
        if _is_real(candidate) and not isinstance(candidate, numbers.Integral):
            raise InvalidTypeError(f"intervals take only integer powers, got {exponent!r}")
        try:
            n = operator.index(exponent)
        except TypeError:
            return NotImplemented
        return arithmetic.power(self, n)

    def __abs__(self) -> Interval:
        return arithmetic.absolute(self)
