"""How a qualifier, a number, its granule and its unit become intervals.

A claim is read as a trapezoid of three nested intervals, a :class:`Reading`:
the ``literal`` reading (what the words entail, unbounded for "over 10,000"),
the ``interval`` or support (every value a listener would accept) and the
``core`` (the most plausible values).  :func:`read` builds it from a *sense*
(the meaning the lexicon gives a qualifier: ``"over"``, ``"approximate"``,
``"few"``), the numbers as written, their granule (``12,000`` is round at the
thousands, ``12,345`` is sharp) and an interpretation :class:`Profile`
(``"strict"``, ``"median"``, ``"lenient"`` or your own).  docs/semantics.md has
the full table, its sources and worked examples.

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

import dataclasses
import functools
import itertools
import math
import numbers
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal, NamedTuple, get_args

from claimnum.errors import InvalidArgumentError, InvalidTypeError
from claimnum.interval import _CLOSED, Closed, Interval
from claimnum.units import canonical_unit, ureg

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
    "read",
]

QualifierSense = Literal[
    "bare", "exact", "approximate", "estimated", "nearly", "just_over", "well_over", "over",
    "at_least", "under", "at_most", "up_to", "within", "range", "order_of",
]  # fmt: skip
"""Senses that qualify written numbers (two for ``"range"``, one for the others)."""

VagueSense = Literal["couple", "few", "several", "dozens", "scores", "tens", "plural"]
"""Senses of vague quantity words, read with no number (``values=()``)."""

Sense = Literal[QualifierSense, VagueSense]
"""The meaning of a qualifier or a vague quantity word, as the lexicon names it."""

Change = Literal["ratio", "rise_percent", "fall_percent", "rise", "fall"]
"""What a change word says about new and old: a ratio new/old or a difference new - old."""

QUALIFIER_SENSES: tuple[str, ...] = get_args(QualifierSense)
"""The qualifier senses, in the order of the table in docs/semantics.md."""

VAGUE_SENSES: tuple[str, ...] = get_args(VagueSense)
"""The vague quantity senses."""

SENSES: tuple[str, ...] = QUALIFIER_SENSES + VAGUE_SENSES
"""Every sense :func:`read` knows."""

CHANGES: tuple[str, ...] = get_args(Change)
"""Every ``change=`` :func:`read` knows (``None`` reads an amount)."""

_RATIO_CHANGES = frozenset({"ratio", "rise_percent", "fall_percent"})
# Vague words whose support stops short of the next word up ("hundreds" < 1000).
_OPEN_TOP = frozenset({"dozens", "scores", "plural", "tens"})
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
# Senses whose every value lies above n: past a share's 100 percent, they are no share.
_UPWARD = frozenset({"over", "well_over", "at_least", "just_over"})
# More significant digits than this cannot be read reliably in floats.
_MAX_DIGITS = 1e12
# No text states a number beyond 10**100; bounding magnitudes keeps every width finite.
_LARGEST_EXPONENT = 100


def _real(value: object, name: str) -> float:
    """Return a finite real number as a float, or raise a claimnum error."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise InvalidTypeError(f"{name} must be a real number, got {type(value).__name__}: {value!r}")
    number = float(value)
    if not math.isfinite(number):
        raise InvalidArgumentError(f"{name} must be finite, got {number!r}")
    return number


def _at_least(value: object, name: str, minimum: float) -> float:
    number = _real(value, name)
    if number < minimum:
        raise InvalidArgumentError(f"{name} must be at least {minimum:g}, got {number!r}")
    return number


@dataclass(frozen=True, slots=True)
class VagueRange:
    """The core and support of a vague quantity word, before any scale.

    Parameters
    ----------
    core, support : tuple of two floats
        ``(lo, hi)`` with ``0 <= support[0] <= core[0] <= core[1] <= support[1]``.

    Examples
    --------
    >>> VagueRange(core=(3, 4), support=(2, 6))
    VagueRange(core=(3.0, 4.0), support=(2.0, 6.0))
    >>> VagueRange(core=(3, 9), support=(2, 6))
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidArgumentError: a vague range needs 0 <= support lo <= core lo ...
    """

    core: tuple[float, float]
    support: tuple[float, float]

    def __post_init__(self) -> None:
        core, support = (self._pair(self.core, "core"), self._pair(self.support, "support"))
        if not 0 <= support[0] <= core[0] <= core[1] <= support[1]:
            raise InvalidArgumentError(
                "a vague range needs 0 <= support lo <= core lo <= core hi <= support hi, "
                f"got core={core}, support={support}"
            )
        object.__setattr__(self, "core", core)  # the dataclass is frozen
        object.__setattr__(self, "support", support)

    @staticmethod
    def _pair(value: object, name: str) -> tuple[float, float]:
        if not isinstance(value, Sequence) or isinstance(value, str) or len(value) != 2:
            raise InvalidTypeError(f"{name} must be a pair (lo, hi), got {value!r}")
        return (_real(value[0], name), _real(value[1], name))


@dataclass(frozen=True, slots=True)
class Caps:
    """Relative caps on halos: each a multiple of Ferson's median "about n" half-width.

    A halo is the smaller of the granule rule and its cap, ``multiple * m(n) * n``,
    where ``m(n)`` is the median half-width of "about n" as a fraction of ``n``
    (Ferson et al. 2015: 16 % at 3, 9 % at 100, 5.6 % from 1,000 on; the
    ``[ferson_about]`` table of ``data/profiles.toml``).  ``inf`` turns a cap off.

    Parameters
    ----------
    core : float
        The core of every rounded or approximate reading, and the depth of the
        core of "nearly" and "just over".
    bare : float
        The support of a bare rounded numeral.
    approximate : float
        The support of "about n" ("an estimated n" has ``estimated`` times it).
    close : float
        The support depth of "nearly n" and "just over n".
    range : float
        The halo beyond each written end of a range.

    Examples
    --------
    >>> Caps(core=1, bare=1, approximate=1.5, close=1.5, range=0).approximate
    1.5
    >>> Caps(core=1, bare=-1, approximate=1.5, close=1.5, range=0)
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidArgumentError: the bare cap must be at least 0 (inf: no cap), got -1.0
    """

    core: float
    bare: float
    approximate: float
    close: float
    range: float

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if isinstance(value, bool) or not isinstance(value, numbers.Real):
                raise InvalidTypeError(f"the {field.name} cap must be a real number, got {value!r}")
            # "nearly n" and its core hold some value below n: their caps cannot be 0.
            positive = field.name in ("core", "close")
            if not (float(value) > 0 if positive else float(value) >= 0):
                least = "positive" if positive else "at least 0"
                raise InvalidArgumentError(
                    f"the {field.name} cap must be {least} (inf: no cap), got {float(value)!r}"
                )
            object.__setattr__(self, field.name, float(value))  # the dataclass is frozen

    @classmethod
    def none(cls) -> Caps:
        """No cap at all: the granule rule alone.

        Examples
        --------
        >>> Caps.none().bare
        inf
        """
        return cls(*(math.inf,) * len(dataclasses.fields(cls)))


@dataclass(frozen=True, slots=True)
class Profile:
    """How widely a listener reads numeric claims: the magnitudes of the semantics.

    Three profiles ship in ``data/profiles.toml``: ``"strict"``, ``"median"``
    (the default) and ``"lenient"``; every support widens from one to the
    next.  Build your own from one of them with :meth:`replace` (or
    :func:`dataclasses.replace`); every field is checked.

    Parameters
    ----------
    name : str
        A label; :meth:`replace` keeps it unless you pass a new one.
    K : float
        Support half-width of an approximation ("about n"), in granules; at
        least 0.5, since the support holds the rounding core ``n ± g/2``.
    w : float
        Pragmatic reach of a bound as a fraction of ``n`` (Hesse & Benz 2020):
        "over n" has core ``(n, n(1 + w)]`` and support ``(n, n(1 + 2w)]``.
        For a share (an amount of 0 to 100 percent) the fraction is of
        ``min(n, 100 - n)``, the distance to the nearer end of the scale.
    degrees : float
        The reach of a bound on an interval scale (temperatures), where
        ``n(1 + w)`` means nothing: ``max(g/2, degrees)``, with ``degrees``
        in kelvin and converted to the claim's unit; > 0.
    estimated : float
        "An estimated n" has this many times the support of "about n"; >= 1.
    halo : float
        Support half-width of a bare rounded numeral, in granules; its core is
        ``n ± min(halo, 1/2) g``.  0 reads bare numbers as points.
    close : float
        Support depth of "nearly n" and "just over n", in granules; >= 0.5.
    order : float
        "On the order of n": support ``[n/order, n*order]``, core with
        ``sqrt(order)``; >= 1.
    word_grain : float
        The implied grain of a number word without digits ("halved",
        "doubled", "a third"), as a fraction of the change it names: ``|v - 1|``
        for a ratio, ``|v|`` for an amount.  0.2 makes "halved" ``[0.45, 0.55]``.
    ferson_z : float or None
        Approximations are never narrower than the regression width for
        "about n" of Ferson et al. (2015) at this many residual standard
        deviations (0 is the median, 1.28 the 90th percentile), unless their
        cap is narrower still; ``None`` turns the floor off.
    caps : Caps
        Relative caps on every halo, as multiples of Ferson's median "about n".
    couple, few, several, dozens, scores, plural : VagueRange
        Vague quantities; ``plural`` ("hundreds", "thousands") is in units of
        the word's power, and ``"tens"`` is ``plural`` at ten times the power.

    Examples
    --------
    >>> median = Profile.from_name("median")
    >>> median.K, median.w
    (1.0, 0.25)
    >>> cautious = median.replace(name="cautious", w=0.1)
    >>> cautious.w, hash(cautious) != hash(median)
    (0.1, True)
    >>> median.replace(K=-1)
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidArgumentError: K must be at least 0.5, got -1.0
    """

    name: str
    K: float
    w: float
    degrees: float
    estimated: float
    halo: float
    close: float
    order: float
    word_grain: float
    ferson_z: float | None
    caps: Caps
    couple: VagueRange
    few: VagueRange
    several: VagueRange
    dozens: VagueRange
    scores: VagueRange
    plural: VagueRange

    def __post_init__(self) -> None:
        if not isinstance(self.name, str):
            raise InvalidTypeError(f"a profile name must be a string, got {type(self.name).__name__}")
        minimums = {"K": 0.5, "estimated": 1.0, "halo": 0.0, "close": 0.5, "order": 1.0, "word_grain": 0.0}
        for field, minimum in minimums.items():
            object.__setattr__(self, field, _at_least(getattr(self, field), field, minimum))
        for field in ("w", "degrees"):
            value = _real(getattr(self, field), field)
            if value <= 0:
                raise InvalidArgumentError(f"{field} must be positive, got {value!r}")
            object.__setattr__(self, field, value)
        if self.ferson_z is not None:
            object.__setattr__(self, "ferson_z", _real(self.ferson_z, "ferson_z"))
        if not isinstance(self.caps, Caps):
            raise InvalidTypeError(f"caps must be a Caps, got {type(self.caps).__name__}")
        for word in ("couple", "few", "several", "dozens", "scores", "plural"):
            self._check_vague(word)

    def _check_vague(self, word: str) -> None:
        value = getattr(self, word)
        if not isinstance(value, VagueRange):
            raise InvalidTypeError(f"{word} must be a VagueRange, got {type(value).__name__}")
        if word in _OPEN_TOP and not value.core[1] < value.support[1]:
            raise InvalidArgumentError(
                f"{word} has an open top end, so its core must end below its support: {value}"
            )

    @classmethod
    def from_name(cls, name: str) -> Profile:
        """Return a built-in profile: ``"strict"``, ``"median"`` or ``"lenient"``.

        Examples
        --------
        >>> Profile.from_name("lenient").K
        2.0
        >>> Profile.from_name("sloppy")
        Traceback (most recent call last):
        ...
        claimnum.errors.InvalidArgumentError: unknown profile 'sloppy'; choose one of 'strict', ...
        """
        profiles = _builtin_profiles()
        if not isinstance(name, str):
            raise InvalidTypeError(f"a profile name is a string, got {type(name).__name__}")
        if name not in profiles:
            choices = ", ".join(map(repr, profiles))
            raise InvalidArgumentError(f"unknown profile {name!r}; choose one of {choices} or pass a Profile")
        return profiles[name]

    def replace(self, **changes: Any) -> Profile:
        """Return a copy with some fields changed, checked like a new profile.

        Examples
        --------
        >>> Profile.from_name("median").replace(few=VagueRange((3, 5), (2, 9))).few
        VagueRange(core=(3.0, 5.0), support=(2.0, 9.0))
        """
        try:
            return dataclasses.replace(self, **changes)
        except TypeError as err:
            if isinstance(err, InvalidTypeError):
                raise
            raise InvalidTypeError(f"Profile has no such field: {err}") from None

    def vague(self, sense: str) -> VagueRange:
        """Return the range of a vague sense (``"tens"`` is ``plural``).

        Examples
        --------
        >>> Profile.from_name("median").vague("tens")
        VagueRange(core=(2.0, 5.0), support=(2.0, 10.0))
        """
        if sense not in VAGUE_SENSES:
            raise InvalidArgumentError(f"{sense!r} is not a vague sense; choose one of {VAGUE_SENSES}")
        value: VagueRange = getattr(self, "plural" if sense == "tens" else sense)
        return value


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("claimnum").joinpath("data/profiles.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@functools.lru_cache(maxsize=1)
def _builtin_profiles() -> dict[str, Profile]:
    profiles = {}
    for name, table in _data()["profiles"].items():
        fields = {key: value for key, value in table.items() if key not in ("vague", "caps")}
        vague: dict[str, Any] = {word: VagueRange(**spans) for word, spans in table["vague"].items()}
        profiles[name] = Profile(name=name, **fields, caps=Caps(**table["caps"]), **vague)
    return profiles


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
        if not (self.core.issubset(self.interval) and self.interval.issubset(self.literal)):
            raise InvalidArgumentError(
                "a reading needs core ⊆ interval ⊆ literal, "
                f"got {self.core} ⊆ {self.interval} ⊆ {self.literal}"
            )


# ---------------------------------------------------------------------- read


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
    if isinstance(raw, str) or not isinstance(raw, Iterable):
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


@functools.lru_cache(maxsize=256)
def _degree(unit: str) -> tuple[float, str] | None:
    """For a unit whose zero is not zero (°C, °F): one degree in base units, and its delta unit."""
    zero = ureg.Quantity(0.0, unit)
    if zero.to_base_units().magnitude == 0:
        return None  # multiplicative: n(1 + w) means something
    step = ureg.Quantity(1.0, unit) - zero
    return float(step.to_base_units().magnitude), str(canonical_unit(str(step.units)))


# ---------------------------------------------------------------------- the reading space


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
        maps = {
            None: (0.0, 1.0, "amount"),
            "rise_percent": (1.0, 0.01, "ratio"),
            "fall_percent": (1.0, -0.01, "ratio"),
            "rise": (0.0, 1.0, "difference"),
            "fall": (0.0, -1.0, "difference"),
        }
        offset, slope, kind = maps[change]
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


# ---------------------------------------------------------------------- the rules

_Parts = tuple[Interval | None, Interval, Interval]  # literal (None: the support), support, core


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
    return _around(n.x, min(min(p.halo, 0.5) * n.grain, n.cap(p.caps.core), support), support)


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


def _vague(spans: VagueRange, factor: float, sense: str) -> _Parts:
    (core_lo, core_hi), (lo, hi) = spans.core, spans.support
    support = Interval(lo * factor, hi * factor, "left" if sense in _OPEN_TOP else "both")
    return None, support, Interval(core_lo * factor, core_hi * factor)


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


class _Ends(NamedTuple):
    """An interval's ends as plain numbers, for the last steps of a reading."""

    lo: float
    lo_in: bool
    hi: float
    hi_in: bool

    @classmethod
    def of(cls, iv: Interval) -> _Ends:
        return cls(iv.lo, iv.left_closed, iv.hi, iv.right_closed)

    def clipped(self, floor: float, ceiling: float) -> _Ends:
        lo, lo_in = (floor, True) if self.lo < floor else (self.lo, self.lo_in)
        hi, hi_in = (ceiling, True) if self.hi > ceiling else (self.hi, self.hi_in)
        return _Ends(lo, lo_in, hi, hi_in)

    def mapped(self, frame: _Frame) -> _Ends:
        lo, hi = frame.point(self.lo), frame.point(self.hi)
        if frame.slope > 0:
            return _Ends(lo, self.lo_in, hi, self.hi_in)
        return _Ends(hi, self.hi_in, lo, self.lo_in)


def _finish(parts: _Parts, frame: _Frame, space: _Scale, xs: tuple[float, ...]) -> Reading:
    """Keep signs and limits, map to the reading, tidy float noise, attach the unit."""
    literal, support, core = parts
    # A pragmatic reach never crosses zero: "under 10" does not reach -2; but 0 °C is no limit.
    signed = space.kind != "interval"
    floor = 0.0 if signed and xs and min(xs) > 0 else -math.inf
    ceiling = 0.0 if signed and xs and max(xs) < 0 else math.inf
    kept = {frame.point(x) for x in xs}
    result = []
    for part, pragmatic in ((literal, False), (support, True), (core, True)):
        ends = _Ends.of(support if part is None else part)
        if pragmatic or part is None:
            ends = ends.clipped(floor, ceiling)
        ends = ends.mapped(frame)
        if space.limits is not None:
            ends = ends.clipped(*space.limits)
        lo, hi = (end if end in kept else _tidy(end) for end in (ends.lo, ends.hi))
        if lo > hi or (lo == hi and not (ends.lo_in and ends.hi_in)):
            raise InvalidArgumentError(f"this claim cannot hold: {xs} gives an empty reading")
        result.append(Interval(lo, hi, _CLOSED[ends.lo_in, ends.hi_in], space.unit))
    return Reading(*result)


def _tidy(x: float) -> float:
    """Drop float noise from a computed end (1 - 0.55 is 0.45, not 0.44999999999999996)."""
    if math.isinf(x):
        return x
    short = float(f"{x:.12g}")
    return short if abs(short - x) <= 4 * math.ulp(x) else x
