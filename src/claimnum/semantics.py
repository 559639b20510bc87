"""How a qualifier, a number, its granule and its unit become intervals.

A claim is read as a trapezoid of three nested intervals, a :class:`Reading`:
the ``literal`` reading (what the words entail, unbounded for "over 10,000"),
the ``interval`` or support (every value a listener would accept) and the
``core`` (the most plausible values).  :func:`read` builds it from a *sense*
(the meaning the lexicon gives a qualifier: ``"over"``, ``"approximate"``,
``"few"``), the numbers as written, their granule (``12,000`` is round at the
thousands, ``12,345`` is sharp) and an interpretation
:class:`~claimnum.profiles.Profile` (``"strict"``, ``"median"``, ``"lenient"``
or your own).  docs/semantics.md has the full table, its sources and worked
examples.  This module holds the senses and one rule per sense; the widths a
written number has (grain, halo, reach, caps) are :mod:`claimnum.halos`', the
magnitudes :mod:`claimnum.profiles`' and vague words :mod:`claimnum.vague`'s.

Examples
--------
>>> from claimnum.semantics import read
>>> read("over", [10_000], granule=1_000)
Reading(literal=(10000, inf), interval=(10000, 15000], core=(10000, 12500])
>>> read("approximate", [3], granule=1, unit="week").interval
[2.28, 3.72] week
>>> read("bare", [0.5], granule=None, change="ratio").core  # "halved"
[0.45, 0.55]
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from claimnum.errors import InvalidArgumentError, InvalidTypeError
from claimnum.halos import _LARGEST_EXPONENT, _RATIO_CHANGES, _degree, _Frame, _Number, _Scale
from claimnum.interval import _CLOSED, _FLAGS, Closed, Interval
from claimnum.profiles import Caps, Profile
from claimnum.units import canonical_unit
from claimnum.vague import VAGUE_SENSES, VagueRange, VagueSense, _real, _vague

__all__ = [
    "CHANGES",
    "QUALIFIER_SENSES",
    "SENSES",
    "VAGUE_SENSES",
    "Caps",
    "Change",
    "Profile",
    "QualifierSense",
    "Reading",
    "Sense",
    "VagueRange",
    "VagueSense",
    "age_grain",
    "read",
]

QualifierSense = Literal[
    "bare", "exact", "approximate", "estimated", "nearly", "just_over", "well_over", "over",
    "at_least", "under", "at_most", "up_to", "within", "range", "order_of",
]  # fmt: skip
"""Senses that qualify written numbers (two for ``"range"``, one for the others)."""

Sense = Literal[QualifierSense, VagueSense]
"""The meaning of a qualifier or a vague quantity word, as the lexicon names it."""

Change = Literal["ratio", "rise_percent", "fall_percent", "rise", "fall"]
"""What a change word says about new and old: a ratio new/old or a difference new - old."""

QUALIFIER_SENSES: tuple[str, ...] = get_args(QualifierSense)
"""The qualifier senses, in the order of the table in docs/semantics.md."""

SENSES: tuple[str, ...] = QUALIFIER_SENSES + VAGUE_SENSES
"""Every sense :func:`read` knows."""

CHANGES: tuple[str, ...] = get_args(Change)
"""Every ``change=`` :func:`read` knows (``None`` reads an amount)."""

# Bounds: sense -> (side, n itself included, core from, core to, support to), the last
# three in multiples of the reach (w |n| on a ratio scale, see _Scale).  Upper bounds mirror.
_BOUNDS: dict[str, tuple[int, bool, int, int, int]] = {
    "over": (1, False, 0, 1, 2),
    "well_over": (1, False, 1, 3, 4),
    "at_least": (1, True, 0, 1, 3),
    "under": (-1, False, 0, 1, 2),
    "at_most": (-1, True, 0, 1, 3),
    "up_to": (-1, True, 0, 1, 3),
}
# More significant digits than this cannot be read reliably in floats.
_MAX_DIGITS = 1e12


@dataclass(frozen=True, slots=True)
class Reading:
    """What a claim says, as three nested intervals: ``core ⊆ interval ⊆ literal``.

    Parameters
    ----------
    literal : Interval
        What the words entail; unbounded where the statement is ("over n").
    interval : Interval
        The support: every value the claim allows under the profile.
    core : Interval
        The most plausible values.

    Raises
    ------
    InvalidArgumentError
        An empty interval, units that differ, or intervals that do not nest.

    Examples
    --------
    >>> from claimnum import Interval
    >>> Reading(Interval(1, 5), Interval(2, 4), Interval(3, 3)).interval
    [2, 4]
    >>> Reading(Interval(1, 2), Interval(1, 3), Interval(1, 1))
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidArgumentError: a reading needs core ⊆ interval ⊆ literal, got ...
    """

    literal: Interval
    interval: Interval
    core: Interval

    def __post_init__(self) -> None:
        parts = (self.literal, self.interval, self.core)
        if not all(isinstance(part, Interval) for part in parts):
            raise InvalidTypeError("a reading is made of three Interval objects")
        if any(part.is_empty for part in parts):
            raise InvalidArgumentError(f"a reading has no empty interval, got {parts}")
        if len({part.unit for part in parts}) > 1:
            raise InvalidArgumentError(f"a reading has one unit, got {[part.unit for part in parts]}")
        self._check_nesting()

    @classmethod
    def _of_ends(cls, literal: Interval, interval: Interval, core: Interval) -> Reading:
        """A reading of intervals that :func:`_finish` made non-empty in one unit: only their
        nesting is checked (a reading is built for every claim extracted)."""
        reading = object.__new__(cls)
        setattr_ = object.__setattr__  # the dataclass is frozen
        setattr_(reading, "literal", literal)
        setattr_(reading, "interval", interval)
        setattr_(reading, "core", core)
        reading._check_nesting()
        return reading

    def _check_nesting(self) -> None:
        if not (self.core.issubset(self.interval) and self.interval.issubset(self.literal)):
            raise InvalidArgumentError(
                "a reading needs core ⊆ interval ⊆ literal, "
                f"got {self.core} ⊆ {self.interval} ⊆ {self.literal}"
            )


# ---------------------------------------------------------------------- read


def age_grain(granule: float | None, *, sense: str, measure: str | None, unit: str | None) -> float | None:
    """The grain a number reads with: a person's age keeps grain 1 however round it is.

    A round "30" of a count or an amount reads wide (it may be a rounded 33); an age
    is told as the whole number of years it is ("the 30-year-old", "Ada Cole, 40,"),
    so a bare age in years keeps the grain of one year.  Qualified or vague ages
    ("about 30 years old", "nearly 40", "in her 30s") keep their own readings.

    Parameters
    ----------
    granule : float or None
        The numeral's granule as written (``30`` -> 10).
    sense : str
        The number's sense (only ``"bare"`` is narrowed).
    measure : str or None
        What the number measures (``"age"``).
    unit : str or None
        The number's unit (an age is in ``"year"``).

    Returns
    -------
    float or None
        ``1.0`` for a bare age in years of a coarser granule, else ``granule``.

    Examples
    --------
    >>> age_grain(10.0, sense="bare", measure="age", unit="year")
    1.0
    >>> age_grain(10.0, sense="approximate", measure="age", unit="year")
    10.0
    >>> age_grain(10.0, sense="bare", measure=None, unit="year")
    10.0
    """
    if measure == "age" and sense == "bare" and unit == "year" and granule is not None and granule > 1:
        return 1.0
    return granule


def read(
    sense: str,
    values: Sequence[float],
    *,
    granule: float | None,
    unit: str | None = None,
    scale: float = 1.0,
    change: str | None = None,
    profile: str | Profile = "median",
) -> Reading:
    """Read a qualified number (or a vague quantity word) as a :class:`Reading`.

    Parameters
    ----------
    sense : str
        One of :data:`SENSES`: a qualifier (``"over"``, ``"approximate"``,
        ``"range"``, ...) or a vague quantity (``"few"``, ``"plural"``, ...).
    values : sequence of float
        The numbers as written: one, two for ``"range"``, none for a vague word.
    granule : float or None
        The numeral's grain in the value's scale and unit (``12,000`` -> 1000,
        ``12,345`` -> 1, ``three`` weeks -> 1), or ``None`` for a number word
        without digits ("halved", "a third").  Ignored by vague words.
    unit : str or None
        The unit of the values; ``None`` for counts and pure numbers.
    scale : float
        Multiplies the values and the granule (and a vague word's range):
        "several thousand" is ``"several"`` with ``scale=1000``, "hundreds of
        thousands" is ``"plural"`` with ``scale=100_000``.
    change : str or None
        ``None`` for an amount; ``"ratio"`` (new/old as written: halved 0.5,
        doubled 2), ``"rise_percent"`` / ``"fall_percent"`` (new/old is
        ``1 ± v/100``), ``"rise"`` / ``"fall"`` (new - old is ``± v`` in ``unit``).
        Ratios come out with unit ``None``.
    profile : str or Profile
        ``"strict"``, ``"median"``, ``"lenient"`` or your own :class:`Profile`.

    Returns
    -------
    Reading

    Raises
    ------
    InvalidArgumentError
        An unknown sense, change or profile; the wrong number of values; a
        value the sense cannot take (a negative "within", a ratio <= 0, a fall
        of more than 100 %); a reading that would be empty.
    InvalidTypeError
        Arguments of the wrong type.

    Examples
    --------
    >>> read("estimated", [11_000], granule=1_000)
    Reading(literal=[9620, 12380], interval=[9620, 12380], core=[10500, 11500])
    >>> read("over", [2], granule=None, change="ratio").core  # "more than doubled"
    (2, 2.5]
    >>> read("bare", [30], granule=10, change="fall_percent").interval  # "fell by 30%"
    [0.6, 0.8]
    >>> read("plural", [], granule=None, scale=100).interval  # "hundreds"
    [200, 1000)
    """
    raw: object = values  # checked at run time: callers from notebooks pass anything
    if type(raw) is not tuple and (isinstance(raw, str) or not isinstance(raw, Iterable)):
        raise InvalidTypeError(f"values must be a sequence of numbers, got {type(raw).__name__}")
    written = tuple(_real(v, "a value") for v in raw)
    grain = None if granule is None else _real(granule, "granule")
    if not isinstance(profile, str | Profile):
        raise InvalidTypeError(f"profile must be a name or a Profile, got {type(profile).__name__}")
    if not isinstance(sense, str) or not (change is None or isinstance(change, str)):
        raise InvalidTypeError("sense and change must be strings")
    unit = None if unit is None else canonical_unit(unit)
    # A profile's name is a cheaper cache key than the profile itself.
    return _read(sense, written, grain, unit, _real(scale, "scale"), change, profile)


@functools.lru_cache(maxsize=16384)
def _read(
    sense: str,
    values: tuple[float, ...],
    granule: float | None,
    unit: str | None,
    scale: float,
    change: str | None,
    profile: str | Profile,
) -> Reading:
    if scale <= 0:
        raise InvalidArgumentError(f"scale must be positive, got {scale!r}")
    scaled = tuple(v * scale for v in values)
    grain = None if granule is None else granule * scale
    _check(sense, scaled, grain, unit, change)
    if isinstance(profile, str):
        profile = Profile.from_name(profile)
    frame = _Frame.of(change, scaled)
    space = _Scale.of(sense, scaled, unit, change)
    xs = frame.inward(scaled)
    if sense in VAGUE_SENSES:
        literal, support, core = _vague(profile.vague(sense), scale * (10 if sense == "tens" else 1), sense)
    elif sense == "range":
        ends = [_Number.of(x, grain, frame, space, profile, approximate=False) for x in xs]
        literal, support, core = _range(ends[0], ends[1], profile)
    else:
        approximate = sense in ("approximate", "estimated")
        number = _Number.of(xs[0], grain, frame, space, profile, approximate=approximate)
        literal, support, core = _RULES[sense](number, profile, frame)
    return _finish((literal, support, core), frame, space, xs)


def _check(
    sense: str,
    values: tuple[float, ...],
    granule: float | None,
    unit: str | None,
    change: str | None,
) -> None:
    """Refuse argument combinations that have no reading (values and granule are scaled)."""
    if sense not in SENSES:
        raise InvalidArgumentError(f"unknown sense {sense!r}; choose one of {SENSES}")
    if change is not None and change not in CHANGES:
        raise InvalidArgumentError(f"unknown change {change!r}; choose None or one of {CHANGES}")
    wanted = 0 if sense in VAGUE_SENSES else 2 if sense == "range" else 1
    if len(values) != wanted:
        raise InvalidArgumentError(f"sense {sense!r} takes {wanted} value(s), got {len(values)}: {values}")
    if any(not abs(v) <= 10.0**_LARGEST_EXPONENT for v in values):
        raise InvalidArgumentError(f"values times scale must stay within ±1e100, got {values}")
    if sense == "range" and values[0] > values[1]:
        raise InvalidArgumentError(f"a range goes from low to high, got {values}")
    if granule is not None and sense not in VAGUE_SENSES:
        if not granule >= 10.0**-_LARGEST_EXPONENT:
            raise InvalidArgumentError(
                f"granule times scale must be at least 1e-100 or None, got {granule!r}"
            )
        if max(abs(v) for v in values) > _MAX_DIGITS * granule:
            raise InvalidArgumentError(
                f"more than 12 significant digits: values {values}, granule {granule!r}"
            )
    _check_domain(sense, values, unit, change)


def _check_domain(sense: str, values: tuple[float, ...], unit: str | None, change: str | None) -> None:
    if change in _RATIO_CHANGES and unit not in (None, "percent"):
        raise InvalidArgumentError(f"a {change} change is a pure number, got unit {unit!r}")
    if change == "ratio" and unit is not None:
        raise InvalidArgumentError(f"a ratio has no unit, got {unit!r}")
    lowest = min(values, default=0.0)
    if change == "ratio" and lowest <= 0:
        raise InvalidArgumentError(f"a ratio new/old is positive, got {values}")
    if change in ("rise_percent", "fall_percent", "rise", "fall") and lowest < 0:
        raise InvalidArgumentError(
            f"a {change} is written as a size >= 0 (the word gives the sign), got {values}"
        )
    if change == "fall_percent" and max(values, default=0.0) > 100:
        raise InvalidArgumentError(f"nothing falls by more than 100 percent, got {values}")
    if sense == "within" and lowest < 0:
        raise InvalidArgumentError(f"'within' takes a size >= 0, got {values}")
    if sense == "order_of" and lowest <= 0:
        raise InvalidArgumentError(f"'on the order of' takes a positive number, got {values}")
    if sense == "order_of" and unit is not None and _degree(unit) is not None:
        raise InvalidArgumentError(f"'on the order of' needs a ratio scale, not {unit!r}")


# ---------------------------------------------------------------------- the rules

_Parts = tuple[Interval | None, Interval, Interval]  # literal (None: the support), support, core
_EndPair = tuple[float, bool, float, bool]  # lo, lo included, hi, hi included


def _around(x: float, core: float, support: float) -> _Parts:
    return None, Interval(x - support, x + support), Interval(x - core, x + core)


def _exact(n: _Number, p: Profile, frame: _Frame) -> _Parts:
    return _around(n.x, 0.0, 0.0)


def _approximate(n: _Number, p: Profile, frame: _Frame, factor: float = 1.0) -> _Parts:
    support = factor * min(max(p.K * n.grain, n.half, n.floor), n.cap(p.caps.approximate))
    return _around(n.x, min(n.half, n.cap(p.caps.core), support), support)


def _estimated(n: _Number, p: Profile, frame: _Frame) -> _Parts:
    return _approximate(n, p, frame, p.estimated)


def _bare(n: _Number, p: Profile, frame: _Frame) -> _Parts:
    # A change ("fell by 30%") or a number word ("halved") is itself an approximation.
    if n.sharp:
        return _exact(n, p, frame)
    if n.worded or frame.kind != "amount":
        return _approximate(n, p, frame)
    support = min(p.halo * n.grain, n.cap(p.caps.bare))
    core = min(min(p.halo, 0.5) * n.grain, n.cap(p.caps.core), support)
    if support == core == 0.5 * n.grain:
        # Exactly the numbers that round to it: "60" is [55, 65), so 50 and 60 share no value.
        rounded = Interval(n.x - support, n.x + support, "left")
        return None, rounded, rounded
    return _around(n.x, core, support)


def _mirrored(rule: Callable[[float], _Parts], x: float, side: int) -> _Parts:
    """Apply an upward rule on the side given, mirroring through 0 for downward ones."""
    literal, support, core = rule(side * x)
    if side > 0:
        return literal, support, core
    return (None if literal is None else -literal), -support, -core


def _closeness(side: int) -> Callable[[_Number, Profile, _Frame], _Parts]:
    """Read nearly n (side -1) or just over n (side +1): near n, never n itself."""

    def rule(n: _Number, p: Profile, frame: _Frame) -> _Parts:
        support_depth = min(p.close * n.grain, 2 * n.reach, n.cap(p.caps.close))
        core_depth = min(n.half, n.reach, n.cap(p.caps.core), support_depth)

        def upward(y: float) -> _Parts:
            return None, Interval(y, y + support_depth, "right"), Interval(y, y + core_depth, "right")

        return _mirrored(upward, n.x, side)

    return rule


def _bound(sense: str) -> Callable[[_Number, Profile, _Frame], _Parts]:
    side, inclusive, core_from, core_to, support_to = _BOUNDS[sense]

    def rule(n: _Number, p: Profile, frame: _Frame) -> _Parts:
        reach = n.reach
        closed: Closed = "both" if inclusive else "right"

        def upward(y: float) -> _Parts:
            literal = Interval(y, math.inf, "left" if inclusive else "neither")
            support = Interval(y, y + support_to * reach, closed)
            core_lo = y + core_from * reach
            core = Interval(core_lo, y + core_to * reach, closed if core_from == 0 else "both")
            return literal, support, core

        return _mirrored(upward, n.x, side)

    return rule


def _within(n: _Number, p: Profile, frame: _Frame) -> _Parts:
    whole = Interval(0.0, n.x)
    return whole, whole, whole


def _order_of(n: _Number, p: Profile, frame: _Frame) -> _Parts:
    root = math.sqrt(p.order)
    return None, Interval(n.x / p.order, n.x * p.order), Interval(n.x / root, n.x * root)


def _halo(n: _Number, p: Profile) -> float:
    # The speaker gave the bounds: a halo past them is capped (none in the median profile).
    return 0.0 if n.sharp else min(p.halo * n.grain, n.cap(p.caps.range))


def _range(a: _Number, b: _Number, p: Profile) -> _Parts:
    support = Interval(a.x - _halo(a, p), b.x + _halo(b, p))
    return None, support, Interval(a.x, b.x)


_RULES: dict[str, Callable[[_Number, Profile, _Frame], _Parts]] = {
    "bare": _bare,
    "exact": _exact,
    "approximate": _approximate,
    "estimated": _estimated,
    "nearly": _closeness(-1),
    "just_over": _closeness(1),
    "within": _within,
    "order_of": _order_of,
    **{sense: _bound(sense) for sense in _BOUNDS},
}


# ---------------------------------------------------------------------- finishing


def _clipped(lo: float, lo_in: bool, hi: float, hi_in: bool, floor: float, ceiling: float) -> _EndPair:
    """Ends clipped to ``[floor, ceiling]``; a clipped end belongs to the interval."""
    lo, lo_in = (floor, True) if lo < floor else (lo, lo_in)
    hi, hi_in = (ceiling, True) if hi > ceiling else (hi, hi_in)
    return lo, lo_in, hi, hi_in


def _finish(parts: _Parts, frame: _Frame, space: _Scale, xs: tuple[float, ...]) -> Reading:
    """Keep signs and limits, map to the reading, tidy float noise, attach the unit.

    Works on plain ends, not intermediate intervals: it runs once per distinct claim read.
    """
    literal, support, core = parts
    # A pragmatic reach never crosses zero: "under 10" does not reach -2; but 0 °C is no limit.
    signed = space.kind != "interval"
    floor = 0.0 if signed and xs and min(xs) > 0 else -math.inf
    ceiling = 0.0 if signed and xs and max(xs) < 0 else math.inf
    offset, slope, limits = frame.offset, frame.slope, space.limits
    kept = {frame.point(x) for x in xs}
    result = []
    for part, pragmatic in ((literal, False), (support, True), (core, True)):
        iv = support if part is None else part
        lo, hi = iv.lo, iv.hi
        lo_in, hi_in = _FLAGS[iv.closed]
        if pragmatic or part is None:
            lo, lo_in, hi, hi_in = _clipped(lo, lo_in, hi, hi_in, floor, ceiling)
        lo, hi = offset + slope * lo, offset + slope * hi  # frame.point, which reverses a fall
        if not slope > 0:
            lo, lo_in, hi, hi_in = hi, hi_in, lo, lo_in
        if limits is not None:
            lo, lo_in, hi, hi_in = _clipped(lo, lo_in, hi, hi_in, *limits)
        lo = lo if lo in kept else _tidy(lo)
        hi = hi if hi in kept else _tidy(hi)
        if lo > hi or (lo == hi and not (lo_in and hi_in)):
            raise InvalidArgumentError(f"this claim cannot hold: {xs} gives an empty reading")
        result.append(Interval(lo, hi, _CLOSED[lo_in, hi_in], space.unit))
    return Reading._of_ends(*result)


def _tidy(x: float) -> float:
    """Drop float noise from a computed end (1 - 0.55 is 0.45, not 0.44999999999999996)."""
    if math.isinf(x) or (x.is_integer() and abs(x) < _MAX_DIGITS):
        return x  # no noise to drop (and formatting a float is slow)
    short = float(f"{x:.12g}")
    return short if abs(short - x) <= 4 * math.ulp(x) else x
