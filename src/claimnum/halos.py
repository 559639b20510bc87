"""How wide a written number reads: its reading space, grain, halo, reach and caps.

:func:`claimnum.semantics.read` puts each written number in the space where
qualifiers act (:class:`_Frame`: a ratio's cut, a change's size), on a kind of
scale (:class:`_Scale`: ratio, interval or share) and gives it the widths its
rules need (:class:`_Number`): its grain, Ferson et al.'s width floor and
median "about n", a bound's reach and the caps, each to two digits.
"""

from __future__ import annotations

import functools
import itertools
import math
from dataclasses import dataclass
from typing import Literal

from claimnum.profiles import Profile, _data
from claimnum.units import canonical_unit, ureg

__all__: list[str] = []

_RATIO_CHANGES = frozenset({"ratio", "rise_percent", "fall_percent"})

# Senses whose every value lies above n: past a share's 100 percent, they are no share.
_UPWARD = frozenset({"over", "well_over", "at_least", "just_over"})

# No text states a number beyond 10**100; bounding magnitudes keeps every width finite.
_LARGEST_EXPONENT = 100


@functools.lru_cache(maxsize=256)
def _degree(unit: str) -> tuple[float, str] | None:
    """For a unit whose zero is not zero (°C, °F): one degree in base units, and its delta unit."""
    zero = ureg.Quantity(0.0, unit)
    if zero.to_base_units().magnitude == 0:
        return None  # multiplicative: n(1 + w) means something
    step = ureg.Quantity(1.0, unit) - zero
    return float(step.to_base_units().magnitude), str(canonical_unit(str(step.units)))


# A change's map from the space where qualifiers act to the reading: offset, slope, kind.
_CHANGE_MAPS: dict[str | None, tuple[float, float, str]] = {
    None: (0.0, 1.0, "amount"),
    "rise_percent": (1.0, 0.01, "ratio"),
    "fall_percent": (1.0, -0.01, "ratio"),
    "rise": (0.0, 1.0, "difference"),
    "fall": (0.0, -1.0, "difference"),
}


@dataclass(frozen=True, slots=True)
class _Frame:
    """Where qualifiers act, and the affine map from there to the reading.

    Qualifiers act on the number as written: a percentage change's ``v``, a
    difference's size, a factor ("more than doubled"), or the cut of a ratio
    below 1 ("more than halved" cuts more than half).  :meth:`point` maps
    ``x`` to ``offset + slope * x``; ``origin`` is where a change is nil, the
    base of a number word's implied grain.
    """

    offset: float
    slope: float
    origin: float
    kind: str

    @classmethod
    def of(cls, change: str | None, values: tuple[float, ...]) -> _Frame:
        if change == "ratio":
            if values and max(values) < 1:
                return cls(1.0, -1.0, 0.0, "ratio")  # on the cut 1 - v
            return cls(0.0, 1.0, 1.0, "ratio")
        offset, slope, kind = _CHANGE_MAPS[change]
        return cls(offset, slope, 0.0, kind)

    def inward(self, values: tuple[float, ...]) -> tuple[float, ...]:
        """The written values in the space where qualifiers act, in ascending order."""
        if self.slope == -1.0 and self.offset == 1.0:
            return tuple(sorted(1.0 - v for v in values))
        return values

    def point(self, x: float) -> float:
        return self.offset + self.slope * x


@dataclass(frozen=True, slots=True)
class _Scale:
    """The kind of scale a reading lives on, which decides how far a bound reaches.

    ``"ratio"``: counts, money, lengths, changes (reach ``w |n|``, never across 0);
    ``"interval"``: a temperature, whose zero is arbitrary (reach in degrees);
    ``"share"``: an amount of 0 to 100 percent (reach ``w min(n, 100 - n)``).
    ``degree`` is an interval unit's degree in kelvin, ``unit`` the reading's
    unit and ``limits`` the ends no interval of the reading passes.
    """

    kind: Literal["ratio", "interval", "share"]
    degree: float
    unit: str | None
    limits: tuple[float, float] | None

    @classmethod
    def of(cls, sense: str, values: tuple[float, ...], unit: str | None, change: str | None) -> _Scale:
        degree = None if unit is None else _degree(unit)
        if change in _RATIO_CHANGES:
            return cls("ratio", 1.0, None, (0.0, math.inf))
        if degree is not None and (change is not None or sense == "within"):
            return cls("ratio", 1.0, degree[1], None)  # a difference or a size: delta degrees
        if degree is not None:
            return cls("interval", degree[0], unit, None)
        nonnegative = change is None and min(values, default=0.0) >= 0
        top = max(values, default=0.0)
        # A part of a whole; a rise is not, nor "over 100 percent" (of GDP, say).
        if nonnegative and unit == "percent" and (top < 100 or (top == 100 and sense not in _UPWARD)):
            return cls("share", 1.0, unit, (0.0, 100.0))
        return cls("ratio", 1.0, unit, (0.0, math.inf) if nonnegative and unit is None else None)


@dataclass(frozen=True, slots=True)
class _Number:
    """One number in the reading space, with what its rules need."""

    x: float
    grain: float  # the granule, or the implied grain of a number word
    worded: bool  # written without digits
    sharp: bool  # an exact count: no halo
    floor: float  # Ferson's width floor for approximations
    reach: float  # a bound's core reach
    median: float  # Ferson's median half-width of "about x", the unit of every cap

    @classmethod
    def of(
        cls,
        x: float,
        granule: float | None,
        frame: _Frame,
        space: _Scale,
        profile: Profile,
        *,
        approximate: bool,
    ) -> _Number:
        grain = _word_grain(x, frame, space, profile) if granule is None else _leading_one(x, granule)
        sharp = (
            granule is not None
            and frame.kind != "ratio"
            and space.unit is None
            and granule <= 1
            and float(x).is_integer()
        )
        floor = 0.0
        # The regression is in log10(n): it has no meaning where 0 is arbitrary (°C).
        fits = approximate and space.kind != "interval" and x != 0
        if fits and granule is not None and profile.ferson_z is not None:
            floor = _two_digits(_ferson_half_width(abs(x), grain, profile.ferson_z))
        base = min(abs(x), 100.0 - x) if space.kind == "share" else abs(x)
        if space.kind == "interval":
            reach = max(grain / 2, profile.degrees / space.degree)
        else:
            reach = profile.w * (base or grain or 1.0)
        # A cap relative to n means nothing on an interval scale, nor at n = 0.
        median = math.inf if space.kind == "interval" or base == 0 else _median_about(base) * base
        return cls(x, grain, granule is None, sharp, floor, reach, median)

    @property
    def half(self) -> float:
        return self.grain / 2

    def cap(self, multiple: float) -> float:
        """A cap of ``multiple`` median "about n" half-widths, to two significant digits.

        The caps are themselves estimates: two digits keep readings legible
        ("nearly six hours" is ``[4.7, 6)``, not ``[4.714805693631989, 6)``);
        so is Ferson's floor.
        """
        if math.isinf(self.median):
            return math.inf  # no cap on an interval scale, nor at 0
        return _two_digits(multiple * self.median)


def _two_digits(width: float) -> float:
    """A width to two significant digits: widths from regressions are not known better."""
    if width == 0 or math.isinf(width):
        return width
    return round(width, 1 - math.floor(math.log10(width)))


def _leading_one(x: float, granule: float) -> float:
    """The granule, one power down for a numeral whose only significant digit is 1.

    "$1 billion" is not "$0.5 to 1.5 billion": like "100" and "1,000", it counts
    tenths of its unit, not ones.  (numerals already reads "10,000" as ten thousands.)
    """
    quotient = abs(x) / granule
    return granule / 10 if abs(quotient - 1) < 1e-9 else granule


def _word_grain(x: float, frame: _Frame, space: _Scale, profile: Profile) -> float:
    """The implied grain of a number word: a fraction of the change, or of a part, it names.

    A fraction of a whole ("three-quarters of voters") is a share: its grain is
    measured from the nearer end of the whole, as a share's reach is.
    """
    size = abs(x - frame.origin)
    if frame.kind == "amount" and space.unit is None and 0 < x < 1:
        size = min(x, 1 - x)
    return profile.word_grain * size


def _median_about(n: float) -> float:
    """Ferson et al.'s median half-width of "about n" as a fraction of n (n > 0).

    Log-linear in log10(n) between the anchors of ``[ferson_about]``, flat outside.
    """
    anchors = _median_anchors()
    z = math.log10(n)
    if z <= anchors[0][0]:
        return anchors[0][1]
    for (z0, f0), (z1, f1) in itertools.pairwise(anchors):
        if z <= z1:
            t = (z - z0) / (z1 - z0)
            return math.pow(10.0, (1 - t) * math.log10(f0) + t * math.log10(f1))
    return anchors[-1][1]


@functools.lru_cache(maxsize=1)
def _median_anchors() -> tuple[tuple[float, float], ...]:
    rows = _data()["ferson_about"]["median_half_width"]
    return tuple((math.log10(float(n)), float(fraction)) for n, fraction in rows)


def _ferson_half_width(n: float, granule: float, z: float) -> float:
    """Half the full width of "about n" in Ferson et al.'s regression, at quantile z."""
    (a, b, c, d, e, f, g, h), sigma, (bottom, top) = _ferson_coefficients()
    r = math.floor(math.log10(granule) + 1e-9)
    while _is_multiple(n, 10.0 ** (r + 1)):
        r += 1
    five = 1.0 if round(n / 10.0**r) % 10 == 5 else 0.0
    lz = math.log10(n)
    # Outside the fitted magnitudes, read the same digits in the nearest fitted decade and
    # scale back: 15 billion is read as 1,500 and 0.0015 as 1.5, with their relative widths.
    decade = math.floor(lz)
    shift = max(0, decade - top + 1) + min(0, decade - bottom)
    lz, r = lz - shift, r - shift
    log_width = a + b * lz + c * r + d * five + e * lz * r + f * lz * five + g * r * five + h * lz * r * five
    return 0.5 * math.pow(10.0, min(log_width + z * sigma + shift, _LARGEST_EXPONENT))


@functools.lru_cache(maxsize=1)
def _ferson_coefficients() -> tuple[tuple[float, ...], float, tuple[int, int]]:
    data = _data()["ferson_about"]
    fitted = (round(math.log10(float(data[end]))) for end in ("fitted_from", "fitted_below"))
    return tuple(map(float, data["coefficients"])), float(data["sigma"]), (next(fitted), next(fitted))


def _is_multiple(n: float, step: float) -> bool:
    quotient = n / step
    return quotient >= 1 and abs(quotient - round(quotient)) < 1e-9 * quotient
