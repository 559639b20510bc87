"""Interpretation profiles: the magnitudes of the semantics, as data.

A :class:`Profile` says how widely a listener reads numeric claims: the
support of "about n" in granules, the reach of "over n", the halos of round
numbers, their :class:`Caps` and the ranges of vague words.  The built-in
profiles (``"strict"``, ``"median"``, ``"lenient"``) and Ferson et al.'s
"about n" regression are rows of ``data/profiles.toml``.

Examples
--------
>>> from claimnum.profiles import Profile
>>> Profile.from_name("strict").name
'strict'
"""

from __future__ import annotations

import dataclasses
import functools
import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from claimnum.data_files import data_table
from claimnum.errors import InvalidArgumentError, InvalidTypeError
from claimnum.vague import _OPEN_TOP, VAGUE_SENSES, VagueRange, _real

__all__ = ["Caps", "Profile"]


def _at_least(value: object, name: str, minimum: float) -> float:
    number = _real(value, name)
    if number < minimum:
        raise InvalidArgumentError(f"{name} must be at least {minimum:g}, got {number!r}")
    return number


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

    def __hash__(self) -> int:
        # Readings are cached per profile: hashing the name alone is cheap, and equal profiles
        # have equal names, so equality (every field) still tells profiles of one name apart.
        return hash(self.name)

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
def _data() -> Mapping[str, Any]:
    return data_table("profiles.toml")


@functools.lru_cache(maxsize=1)
def _builtin_profiles() -> dict[str, Profile]:
    profiles = {}
    for name, table in _data()["profiles"].items():
        fields = {key: value for key, value in table.items() if key not in ("vague", "caps")}
        vague: dict[str, Any] = {word: VagueRange(**spans) for word, spans in table["vague"].items()}
        profiles[name] = Profile(name=name, **fields, caps=Caps(**table["caps"]), **vague)
    return profiles
