"""claimnum's unit registry and unit conversions.

claimnum keeps units as canonical strings inside its value objects (so they
pickle and travel to Arrow unchanged) and uses :data:`ureg`, its own
:class:`pint.UnitRegistry`, only to check and convert them.  The registry is
pint's default definitions plus ``data/units.txt``: every ISO 4217 currency
code as a unit of its own dimension, and a decade of ten years (pint's is a
logarithmic ratio).  No exchange rate is built in; currency
conversions take ``rates`` from the caller, a mapping from currency code to the
value of one unit of it in a common reference currency (``{"SEK": 0.0911}``
reads "1 SEK is worth 0.0911 of the reference").  A currency missing from
``rates`` is taken as the reference itself when it is the only one missing.

Counts of things (soldiers, villages) are plain numbers: their unit is
``None``.  What is counted is a claim's ``subject``, not a unit.

Examples
--------
>>> from claimnum.units import canonical_unit, convert
>>> canonical_unit("km")
'kilometer'
>>> convert(2.0, "week", "day")
14.0
>>> round(convert(13.5e9, "SEK", "USD", rates={"SEK": 0.0911}) / 1e9, 4)
1.2299
"""

from __future__ import annotations

import functools
import math
import sys
from collections.abc import Mapping
from importlib import resources
from typing import TypeVar

import numpy as np
import pint

from claimnum.errors import (
    InvalidTypeError,
    MissingRateError,
    OutOfRangeError,
    UndefinedUnitError,
    UnitMismatchError,
)

__all__ = [
    "Rates",
    "canonical_unit",
    "checked_rates",
    "comparable",
    "convert",
    "currency_of",
    "dimensionality",
    "is_currency",
    "is_offset",
    "unit_text",
    "ureg",
]

Rates = Mapping[str, float]
"""Exchange rates: currency code to the value of one unit in a reference currency."""

_CURRENCY_PREFIX = "[currency_"
_MAX_POWER = 12  # no unit of a real quantity has a higher power of one unit (m**3, s**-2, kg*m**2/s**3)


def _build_registry() -> pint.UnitRegistry[float]:
    # pint's definitions first, then claimnum's, into a registry that has cached nothing yet: a
    # unit that claimnum redefines (pint's "decade" is a logarithmic ratio, a news text's is ten
    # years) would keep pint's meaning in a registry built with pint's definitions alone.
    registry: pint.UnitRegistry[float] = pint.UnitRegistry(None, cache_folder=None, on_redefinition="ignore")
    for package, name in (("pint", "default_en.txt"), ("claimnum", "data/units.txt")):
        with resources.as_file(resources.files(package).joinpath(name)) as path:
            registry.load_definitions(str(path))
    return registry


ureg: pint.UnitRegistry[float] = _build_registry()
"""claimnum's own pint registry (never pint's application registry).

pint's definitions, then the rows of ``data/units.txt`` (a ``decade`` is ten years).

Examples
--------
>>> from claimnum.units import ureg
>>> ureg.Quantity(2, "week").to("day")
<Quantity(14, 'day')>
>>> print(ureg.Quantity(1, "decade").to("year"))
10 year
"""


def canonical_unit(unit: str | None) -> str | None:
    """Return the canonical spelling of a unit, or ``None`` for a pure number.

    Canonical units are pint's long names in compact form (``"kilometer"``,
    ``"kilometer**2"``, ``"week"``, ``"percent"``, ``"degree_Celsius"``) and
    ISO 4217 codes for currencies.  ``None``, ``""`` and ``"dimensionless"``
    all mean a pure number.

    Parameters
    ----------
    unit : str or None
        Any unit expression claimnum's registry understands.

    Returns
    -------
    str or None

    Raises
    ------
    UndefinedUnitError
        If the registry does not know the unit, or a unit in it has a power
        beyond ±12 (``"meter**1000000"``), which no real quantity has.
    InvalidTypeError
        If ``unit`` is not a string or ``None``.

    Examples
    --------
    >>> canonical_unit("km/h")
    'kilometer/hour'
    >>> canonical_unit("") is None
    True
    >>> canonical_unit("SEK")
    'SEK'
    >>> canonical_unit("mph") == canonical_unit("miles per hour") == "mile/hour"
    True
    """
    if unit is None:
        return None
    if not isinstance(unit, str):  # before the cache, which would choke on a list
        raise InvalidTypeError(
            f"a unit must be a string or None, got {type(unit).__name__}: {unit!r}; e.g. unit='km'"
        )
    return _canonical(unit)


@functools.lru_cache(maxsize=4096)
def _canonical(unit: str) -> str | None:
    text = unit.strip()
    if text in ("", "dimensionless"):
        return None
    if text.isalpha() and text not in ureg._units and not ureg.parse_unit_name(text):
        # One word that names no unit (pint's parser would fail on its name, after five times the
        # work): extraction asks this of every new word near a number.
        raise UndefinedUnitError(f"unknown unit {unit!r}")
    try:
        parsed = ureg.parse_units(text)
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError):
        raise UndefinedUnitError(f"unknown unit {unit!r}") from None
    except Exception:  # pint's parser raises assorted errors on garbage
        raise UndefinedUnitError(f"unknown unit {unit!r}") from None
    if parsed.dimensionless and parsed == ureg.dimensionless:
        return None
    spelled = _spelled_out(parsed)
    if any(abs(float(power)) > _MAX_POWER for power in spelled._units.values()):  # type: ignore[arg-type]
        raise UndefinedUnitError(f"unit {unit!r} has a power beyond ±{_MAX_POWER}: no real quantity has one")
    try:
        scale = abs(float(ureg.Quantity(1.0, spelled).to_base_units().magnitude))
    except OverflowError:
        scale = math.inf
    if not sys.float_info.min <= scale <= sys.float_info.max:
        raise UndefinedUnitError(f"unit {unit!r} is beyond the range of floats in base units ({scale:g})")
    return format(spelled, "C")


def _spelled_out(units: pint.Unit) -> pint.Unit:
    """Replace units that only name a compound of others ("mph", "square_mile") by the compound.

    Otherwise "mph" and "mile/hour" would be two spellings of one unit, and
    claims grouped by unit string would split.
    """
    result = ureg.dimensionless
    for name, power in units._units.items():
        definition = ureg._units[name]
        named_compound = "_per_" in name or name.startswith(("square_", "cubic_"))
        if named_compound and getattr(definition.converter, "scale", None) == 1 and definition.reference:
            result *= ureg.Unit(format(definition.reference, "C")) ** power
        else:
            result *= ureg.Unit(name) ** power
    return result


@functools.lru_cache(maxsize=4096)
def dimensionality(unit: str | None) -> str:
    """Return the dimensionality of a unit as a string (``"[time]"``, ``""``).

    Parameters
    ----------
    unit : str or None
        A unit pint reads, or None for a pure number.

    Returns
    -------
    str
        Its dimensionality; ``""`` for a pure number.

    Examples
    --------
    >>> dimensionality("week")
    '[time]'
    >>> dimensionality(None)
    ''
    >>> dimensionality("percent")
    ''
    """
    canonical = canonical_unit(unit)
    if canonical is None:
        return ""
    dims = ureg.parse_units(canonical).dimensionality
    return "" if not dims else str(dims)


@functools.lru_cache(maxsize=4096)
def currency_of(unit: str | None) -> str | None:
    """Return the currency code in a unit (``"USD"`` in ``"USD/day"``), if any.

    Parameters
    ----------
    unit : str or None
        A unit pint reads, or None for a pure number.

    Returns
    -------
    str or None
        The ISO 4217 code, or None unless the unit names exactly one currency.

    Examples
    --------
    >>> currency_of("EUR")
    'EUR'
    >>> currency_of("week") is None
    True
    """
    canonical = canonical_unit(unit)
    if canonical is None:
        return None
    dims = ureg.parse_units(canonical).dimensionality
    codes = [d[len(_CURRENCY_PREFIX) : -1] for d in dims if d.startswith(_CURRENCY_PREFIX)]
    return codes[0] if len(codes) == 1 else None


def is_currency(unit: str | None) -> bool:
    """Tell whether a unit is a plain currency (``"USD"``, ``"SEK"``).

    Parameters
    ----------
    unit : str or None
        A unit pint reads, or None for a pure number.

    Returns
    -------
    bool
        Whether it is one currency and nothing else.

    Examples
    --------
    >>> is_currency("SEK"), is_currency("kilometer")
    (True, False)
    """
    canonical = canonical_unit(unit)
    return canonical is not None and currency_of(canonical) == canonical


def checked_rates(rates: object) -> Rates | None:
    """Return ``rates`` as a dict of currency code to positive float, or refuse it.

    Parameters
    ----------
    rates : mapping or None
        ISO 4217 codes to the value of one unit of each in a common reference
        currency: ``{"SEK": 0.0911, "EUR": 1.08}``.

    Raises
    ------
    InvalidTypeError
        If ``rates`` is not a mapping, or a rate is not a real number.
    MissingRateError
        If a rate is not a positive finite number or a key is not a currency.

    Examples
    --------
    >>> checked_rates({"sek": 0.0911})
    {'SEK': 0.0911}
    >>> checked_rates([1, 2])
    Traceback (most recent call last):
    ...
    claimnum.errors.InvalidTypeError: rates must be a mapping of currency code to rate, ...; got list
    """
    if rates is None:
        return None
    if not isinstance(rates, Mapping):
        raise InvalidTypeError(
            "rates must be a mapping of currency code to rate, e.g. {'SEK': 0.0911}; "
            f"got {type(rates).__name__}"
        )
    checked: dict[str, float] = {}
    for code, value in rates.items():
        if not isinstance(value, (int, float, np.integer, np.floating)) or isinstance(value, bool):
            raise InvalidTypeError(
                f"the rate for {code!r} must be a number (the value of one {code} in the reference "
                f"currency), got {type(value).__name__}: {value!r}"
            )
        if not (isinstance(code, str) and _is_currency_code(code.upper())):
            raise MissingRateError(f"rates are keyed by ISO 4217 currency codes such as 'SEK', got {code!r}")
        number = float(value)
        if not (math.isfinite(number) and number > 0):
            raise MissingRateError(f"the rate for {code} must be a positive number, got {value!r}")
        checked[code.upper()] = number
    return checked


def _is_currency_code(code: str) -> bool:
    try:
        return is_currency(code)
    except UndefinedUnitError:
        return False


def _rate(code: str, rates: Rates, missing: set[str], other: str) -> float:
    if code in rates:
        return rates[code]
    if missing == {code}:
        return 1.0  # the one currency without a rate is the reference
    raise MissingRateError(
        f"no exchange rate for {code}: pass rates={{{code!r}: <value of 1 {code} in {other}>}}"
    )


def _currency_factor(src: str, dst: str, rates: Rates | None) -> tuple[str, float]:
    """Swap the currency of ``src`` for that of ``dst``; return the new unit and factor."""
    src_code, dst_code = currency_of(src), currency_of(dst)
    if src_code is None or dst_code is None or src_code == dst_code:
        raise UnitMismatchError(f"cannot convert {src!r} to {dst!r}")
    given = checked_rates(rates) or {}
    missing = {src_code, dst_code} - set(given)
    factor = _rate(src_code, given, missing, dst_code) / _rate(dst_code, given, missing, src_code)
    swapped = ureg.parse_units(src) / ureg.parse_units(src_code) * ureg.parse_units(dst_code)
    return format(swapped, "C"), factor


Magnitude = TypeVar("Magnitude", float, np.ndarray)


def convert(value: Magnitude, src: str | None, dst: str | None, *, rates: Rates | None = None) -> Magnitude:
    """Convert magnitudes from unit ``src`` to unit ``dst``.

    Parameters
    ----------
    value : float or numpy.ndarray
        Magnitudes in ``src``.  Offset units (degrees Celsius) convert
        affinely; infinities stay infinite.
    src, dst : str or None
        Units; ``None`` is a pure number.
    rates : mapping, optional
        Exchange rates, needed only between currencies.

    Returns
    -------
    float or numpy.ndarray
        Magnitudes in ``dst``, of the same type as ``value``.

    Raises
    ------
    UnitMismatchError
        If the dimensions differ.
    MissingRateError
        If currencies differ and ``rates`` does not cover them.
    OutOfRangeError
        If a finite nonzero magnitude would become infinite, or 0 in a
        linear conversion (beyond the range of floats).

    Examples
    --------
    >>> convert(1.0, "kilometer**2", "hectare")
    100.0
    >>> convert(1.0, "week", "metre")
    Traceback (most recent call last):
    ...
    claimnum.errors.UnitMismatchError: cannot convert 'week' ([time]) to 'meter' ([length])
    """
    src_c, dst_c = canonical_unit(src), canonical_unit(dst)
    if src_c == dst_c:
        return value
    factor = 1.0
    src_code, dst_code = currency_of(src_c), currency_of(dst_c)
    if src_c is not None and dst_c is not None and src_code and dst_code and src_code != dst_code:
        src_c, factor = _currency_factor(src_c, dst_c, rates)
    given = np.asarray(value, dtype=float)
    try:
        with np.errstate(all="ignore"):
            quantity = ureg.Quantity(given * factor, src_c)
            result = np.asarray(quantity.to(dst_c or "dimensionless").magnitude, dtype=float)
    except pint.errors.DimensionalityError:
        raise UnitMismatchError(
            f"cannot convert {src_c or 'dimensionless'!r} ({dimensionality(src_c) or 'dimensionless'}) "
            f"to {dst_c or 'dimensionless'!r} ({dimensionality(dst_c) or 'dimensionless'})"
        ) from None
    _check_range(given, result, src_c, dst_c)
    if isinstance(value, np.ndarray):
        return np.asarray(result, dtype=float)
    return float(result)


def _check_range(given: np.ndarray, result: np.ndarray, src: str | None, dst: str | None) -> None:
    """Refuse a finite nonzero magnitude that became infinite, or 0 in a linear conversion."""
    linear = not (is_offset(src) or is_offset(dst))  # an affine conversion may well reach 0
    lost = np.isfinite(given) & (given != 0) & (np.isinf(result) | (linear & (result == 0)))
    if lost.any():
        way = "overflows" if np.isinf(result[lost]).any() else "underflows"
        raise OutOfRangeError(
            f"converting {given[lost].flat[0]!r} {src or ''} to {dst or 'a pure number'} {way} the range "
            "of floats; convert to a unit nearer the magnitude, or rescale the numbers first"
        )


@functools.lru_cache(maxsize=256)
def is_offset(unit: str | None) -> bool:
    """Tell whether a unit has a shifted zero (degree_Celsius), so only conversion is affine.

    Parameters
    ----------
    unit : str or None
        A unit pint reads, or None for a pure number.

    Returns
    -------
    bool
        Whether its zero is shifted.

    Examples
    --------
    >>> is_offset("degC"), is_offset("kelvin"), is_offset(None)
    (True, False, False)
    """
    if unit is None:
        return False
    try:
        return bool(ureg.Quantity(0.0, unit).to_base_units().magnitude != 0)
    except Exception:  # pint refuses compound offset units outright
        return True


def comparable(a: str | None, b: str | None, *, rates: Rates | None = None) -> bool:
    """Tell whether magnitudes in ``a`` can be converted to ``b``.

    Parameters
    ----------
    a, b : str or None
        Units pint reads, or None for a pure number.
    rates : mapping of str to float, optional
        Exchange rates (see :func:`checked_rates`); two currencies convert only with them.

    Returns
    -------
    bool
        Whether a conversion from ``a`` to ``b`` exists.

    Examples
    --------
    >>> comparable("week", "day"), comparable("week", "km")
    (True, False)
    >>> comparable("USD", "SEK"), comparable("USD", "SEK", rates={"SEK": 0.09})
    (False, True)
    """
    try:
        convert(1.0, a, b, rates=rates)
    except UnitMismatchError:
        return False
    return True


# Time units people write as words when they stand alone ("3 weeks", not "3 wk"); pint's
# symbols for some are misleading in any position ("a" for year, "d" for day).
_WORDS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})
_ALWAYS_WORDS = frozenset({"day", "week", "month", "year", "decade", "century"})
_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_SPELLINGS = {"mile/hour": "mph"}  # compounds with a spelling of their own


@functools.lru_cache(maxsize=512)
def unit_text(unit: str | None) -> str:
    """Write a canonical unit as people write it, for every text view.

    Symbols for measures (``km²``, ``km/h``, ``%``, ``°C``), words for time
    standing alone (``week``, ``hour``), and currencies as their ISO 4217 codes
    (``USD``, never ``$``, which several currencies share).  ``None`` (a pure
    number) is ``""``.

    Parameters
    ----------
    unit : str or None
        A unit claimnum's registry knows; canonical or not.

    Returns
    -------
    str

    Examples
    --------
    >>> unit_text("kilometer**2"), unit_text("kilometer/hour"), unit_text("mph"), unit_text("percent")
    ('km²', 'km/h', 'mph', '%')
    >>> unit_text("degree_Celsius"), unit_text("delta_degree_Celsius"), unit_text("week")
    ('°C', 'Δ°C', 'week')
    >>> unit_text("USD"), unit_text("USD/year"), unit_text(None)
    ('USD', 'USD/year', '')
    """
    canonical = canonical_unit(unit)
    if canonical is None:
        return ""
    if canonical in _SPELLINGS:
        return _SPELLINGS[canonical]
    parts = {name: float(power) for name, power in ureg.Unit(canonical)._units.items()}  # type: ignore[arg-type]
    if len(parts) == 1 and next(iter(parts.values())) == 1 and next(iter(parts)) in _WORDS:
        return next(iter(parts))
    above = [_power(name, power) for name, power in parts.items() if power > 0]
    below = [_power(name, -power) for name, power in parts.items() if power < 0]
    text = "·".join(above) or "1"
    return text + "".join(f"/{part}" for part in below)


def _power(name: str, power: float) -> str:
    symbol = name if name in _ALWAYS_WORDS or is_currency(name) else format(ureg.Unit(name), "~P")
    exponent = "" if power == 1 else format(power, "g").translate(_SUPERSCRIPTS)
    return symbol + exponent
