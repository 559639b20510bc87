"""When two holders may be one: the words of one are a run of the other's ("Delgado" and "Maria
Delgado", "Riverton" and "the Riverton Hawks").  :mod:`claimnum.holders` reads a claim's holder,
:mod:`claimnum.parties` which holders a story makes one.

Examples
--------
>>> same_holder("hawks", "riverton hawks"), same_holder("owls", "hawks")
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["name_runs", "same_holder"]

_LONGEST = 6  # words of the longest run of a name that can be a holder


def name_runs(words: Sequence[str]) -> Iterable[str]:
    """Every run of consecutive words of a name, up to six words long.

    Parameters
    ----------
    words : sequence of str
        A name's words, lower case.

    Returns
    -------
    iterable of str
        The runs, each its words joined by a space, from the first word on.

    Examples
    --------
    >>> list(name_runs(["riverton", "hawks"]))
    ['riverton', 'riverton hawks', 'hawks']
    """
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + _LONGEST) + 1):
            yield " ".join(words[i:j])


def same_holder(a: str | None, b: str | None) -> bool:
    """Whether two holders may be one: either unknown, or the words of one a run of the other's.

    Parameters
    ----------
    a, b : str or None
        Two holders, lower case; ``None`` when unknown.

    Returns
    -------
    bool
        False only for two holders neither of which is a run of the other.

    Examples
    --------
    >>> same_holder("delgado", "maria delgado"), same_holder(None, "owls"), same_holder("owls", "hawks")
    (True, True, False)
    """
    if a is None or b is None or a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return shorter in set(name_runs(longer.split()))
