"""The kind of a unit as the measure lexicon reads it: :func:`unit_class` (``count``, ``money``,
``percent``, ``time``, ``length``, ...), which the rows' ``units`` name.

Examples
--------
>>> from claimnum.unit_kinds import unit_class
>>> unit_class("kilometer")
'length'
"""

from __future__ import annotations

import functools

from claimnum.units import canonical_unit, currency_of, dimensionality, is_currency

__all__ = ["unit_class"]

_UNIT_CLASSES = {
    "[time]": "time",
    "[length]": "length",
    "[length] ** 2": "area",
    "[mass]": "mass",
    "[length] / [time]": "speed",
    "1 / [time]": "frequency",
    "[temperature]": "temperature",
    "[length] ** 2 * [mass] / [time] ** 2": "energy",
    "[current] * [time]": "charge",
    "[printing_unit]": "pixels",
}
_DATA_UNITS = frozenset({"bit", "byte", "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte"})


@functools.lru_cache(maxsize=1024)
def unit_class(unit: str | None) -> str:
    """Name the kind of a unit: ``count`` (pure number), ``money``, ``percent``, ``time``, ``length``, ...

    Parameters
    ----------
    unit : str or None
        A unit as extraction writes it (canonical or not); None for a pure number.

    Returns
    -------
    str
        The kind of unit: ``count``, ``money``, ``money_rate``, ``percent``, ``time``, ``length``, ...

    Examples
    --------
    >>> unit_class(None), unit_class("SEK"), unit_class("week"), unit_class("mile"), unit_class("percent")
    ('count', 'money', 'time', 'length', 'percent')
    """
    canonical = canonical_unit(unit or None)
    if canonical is None:
        return "count"
    if is_currency(canonical):
        return "money"
    if canonical == "percent":
        return "percent"
    if canonical in _DATA_UNITS:
        return "data"
    if currency_of(canonical) is not None:
        return "money_rate"  # "$2 million a year"
    dims = dimensionality(canonical)
    return _UNIT_CLASSES.get(dims, dims or canonical)
