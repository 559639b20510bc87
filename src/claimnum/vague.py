"""Vague quantity words: their senses, their ranges and how they read.

"A few", "several", "dozens", "hundreds": words that state a quantity with no
number.  A :class:`VagueRange` holds the core and the support of one of them
before any scale (a :class:`~claimnum.profiles.Profile` holds one per word);
:func:`claimnum.semantics.read` scales it by the word's power ("several
thousand" is ``"several"`` times 1000).

Examples
--------
>>> from claimnum.vague import VAGUE_SENSES, VagueRange
>>> VAGUE_SENSES[:3]
('couple', 'few', 'several')
>>> VagueRange(core=(3, 4), support=(2, 6)).support
(2.0, 6.0)
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from claimnum.errors import InvalidArgumentError, InvalidTypeError
from claimnum.interval import Interval

__all__ = ["VAGUE_SENSES", "VagueRange", "VagueSense"]

VagueSense = Literal["couple", "few", "several", "dozens", "scores", "tens", "plural"]
"""Senses of vague quantity words, read with no number (``values=()``)."""

VAGUE_SENSES: tuple[str, ...] = get_args(VagueSense)
"""The vague quantity senses."""

# Vague words whose support stops short of the next word up ("hundreds" < 1000).
_OPEN_TOP = frozenset({"dozens", "scores", "plural", "tens"})


def _real(value: object, name: str) -> float:
    """Return a finite real number as a float, or raise a claimnum error."""
    if type(value) is float and math.isfinite(value):
        return value  # the common case, before the slower check of the numbers ABC
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise InvalidTypeError(f"{name} must be a real number, got {type(value).__name__}: {value!r}")
    number = float(value)
    if not math.isfinite(number):
        raise InvalidArgumentError(f"{name} must be finite, got {number!r}")
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


def _vague(spans: VagueRange, factor: float, sense: str) -> tuple[None, Interval, Interval]:
    """The reading of a vague word at ``factor`` times its range: no literal, support, core."""
    (core_lo, core_hi), (lo, hi) = spans.core, spans.support
    support = Interval(lo * factor, hi * factor, "left" if sense in _OPEN_TOP else "both")
    return None, support, Interval(core_lo * factor, core_hi * factor)
