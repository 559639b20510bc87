"""The unit a claim's measure implies for its pure number: "Reid, 33," is 33 years old, and a
fraction written in words ("two-thirds", "one in three") is a share in percent for grouping.

Examples
--------
>>> import claimnum
>>> [claim] = claimnum.extract("Nearly two-thirds voted.")
>>> measured(claim.interval, claim, None).unit
'percent'
"""

from __future__ import annotations

import re

from claimnum.claim import Claim
from claimnum.interval import Interval
from claimnum.measure_lexicon import measures

__all__ = ["implied_unit", "is_fraction", "measured"]

_FRACTION = re.compile(  # "two-thirds", "half", "one in three", "nine out of ten"
    r"\b(?:half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b|\w (?:in|out of) \w",
    re.IGNORECASE,
)


def implied_unit(claim: Claim, measure: str | None) -> str | None:
    """The unit of a claim's figure: its own, or the one its measure implies for a pure number.

    Parameters
    ----------
    claim : Claim
        The claim.
    measure : str or None
        Its measure.

    Returns
    -------
    str or None
        The unit; ``None`` for a pure number no measure gives a unit.

    Examples
    --------
    >>> import claimnum
    >>> [claim] = claimnum.extract("Some 33 were seen.")
    >>> implied_unit(claim, "age"), implied_unit(claim, None)
    ('year', None)
    """
    if is_fraction(claim):
        return "percent"
    row = measures().get(measure or "")
    if not claim.unit and row is not None and row.unit is not None:
        return row.unit
    return claim.unit or None


def is_fraction(claim: Claim) -> bool:
    """A fraction with no unit ("almost two-thirds", "one in three"): a share, in percent for grouping.

    Parameters
    ----------
    claim : Claim
        The claim.

    Returns
    -------
    bool
        True for a fraction in words whose reading lies within 0 and 1.

    Examples
    --------
    >>> import claimnum
    >>> [a], [b] = claimnum.extract("One in three agreed."), claimnum.extract("Some 3 agreed.")
    >>> is_fraction(a), is_fraction(b)
    (True, False)
    """
    return (
        not claim.unit
        and 0 <= float(claim.interval.lo) <= float(claim.interval.hi) <= 1
        and _FRACTION.search(claim.text) is not None
    )


def measured(interval: Interval, claim: Claim, measure: str | None) -> Interval:
    """A claim's interval in the unit its measure implies for a pure number ("Reid, 33," -> years).

    Parameters
    ----------
    interval : Interval
        One of the claim's intervals.
    claim : Claim
        The claim.
    measure : str or None
        Its measure.

    Returns
    -------
    Interval
        The interval, in the implied unit when it had none.

    Examples
    --------
    >>> import claimnum
    >>> [claim] = claimnum.extract("We counted 33.")
    >>> measured(claim.interval, claim, "age")
    [33, 33] year
    """
    unit = implied_unit(claim, measure)
    if interval.unit == unit:
        return interval
    scale = 100 if is_fraction(claim) else 1
    return Interval(interval.lo * scale, interval.hi * scale, interval.closed, unit)
