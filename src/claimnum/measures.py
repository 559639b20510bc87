"""What a number measures: the measure lexicon (``data/measures.toml``).

A *measure* names the quantity a claim's number stands for ("deaths",
"injuries", "magnitude", "revenue", ...), read from cue nouns, verbs and
multiword patterns around the number.  Extraction's context stage calls
:func:`measure_of` for every claim; grouping and verification compare claims
by it.

Examples
--------
>>> from claimnum.measures import measure_of
>>> measure_of("The quake killed 47 people.", 17, 19, unit=None, subject="people", predicate="killed") is None
True
"""

from __future__ import annotations

__all__ = ["measure_of"]


def measure_of(
    sentence: str,
    start: int,
    end: int,
    *,
    unit: str | None,
    subject: str | None,
    predicate: str | None,
) -> str | None:
    """Return the measure of the number at ``sentence[start:end]``, or ``None``.

    Parameters
    ----------
    sentence : str
        The sentence the number stands in.
    start, end : int
        The claim's offsets in ``sentence``.
    unit : str or None
        The claim's canonical unit (``None`` for a pure number).
    subject, predicate : str or None
        The claim's subject and predicate as extraction found them.

    Returns
    -------
    str or None
        The measure's name, ``None`` when no cue says what is measured.

    Examples
    --------
    >>> measure_of("It cost $5.", 8, 10, unit="USD", subject=None, predicate="cost") is None
    True
    """
    del sentence, start, end, unit, subject, predicate  # placeholder until the lexicon lands
    return None
