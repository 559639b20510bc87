"""What a figure stands for in its sentence: a reading of what happened, or a standard it is measured by.

A story gives figures of one measure that are not one quantity: a driver's
speed and the speed limit ("doing 70 mph in a 45 mph zone"), a quake's
magnitude and the one forecast, the votes won and the votes needed.  A careful
fact-checker compares a reading with readings and a limit with limits;
:func:`reference_of` names the kind of standard a figure is (``"limit"``,
``"forecast"``, ``"threshold"``; ``None`` for a reading), from the words of
``[reference_figures]`` in ``data/claim_frames.toml`` found in the figure's
subject and predicate, or in the words right around it within its clause.

Examples
--------
>>> import claimnum
>>> driven, zone = claimnum.extract("The driver was doing 70 mph in a 45 mph zone.")
>>> reference_of(driven), reference_of(zone)
(None, 'limit')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from claimnum.claim import Claim
from claimnum.data_files import data_table
from claimnum.measure_lexicon import lemmas, tokens

__all__ = ["multiples", "reference_kinds", "reference_of"]

_WINDOW = 3  # words on each side of the figure read for a standard's word
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")", "—", "–"})


@functools.lru_cache(maxsize=1)
def reference_kinds() -> dict[str, str]:
    """Each word of a standard (dictionary form) and its kind (``data/claim_frames.toml``).

    Examples
    --------
    >>> reference_kinds()["zone"], reference_kinds()["forecast"]
    ('limit', 'forecast')
    """
    table = data_table("claim_frames.toml")["reference_figures"]
    return {word: kind for kind, words in table.items() for word in words}


def _kind_of(words: list[str]) -> str | None:
    kinds = reference_kinds()
    for word in words:
        for form in lemmas(word):
            if form in kinds:
                return kinds[form]
    return None


def reference_of(claim: Claim) -> str | None:
    """The kind of standard a figure is, or None.

    ``"limit"``, ``"forecast"`` or ``"threshold"``; ``None`` for a reading of what happened.

    Read from the figure's subject and predicate, then from up to three words on each side of it,
    stopping at another number or the end of a clause (a standard named next to another figure is
    that figure's: "doing 70 mph in a 45 mph zone").

    Parameters
    ----------
    claim : Claim
        The figure, as :func:`claimnum.extract` gives it.

    Returns
    -------
    str or None
        ``"limit"``, ``"forecast"``, ``"threshold"`` (the kinds of the lexicon), or None.

    Examples
    --------
    >>> import claimnum
    >>> [won, needed] = claimnum.extract("She won 303 votes; 270 were needed to win.")
    >>> reference_of(won), reference_of(needed)
    (None, 'threshold')
    >>> [quake] = claimnum.extract("A magnitude 7.1 had been forecast.")
    >>> reference_of(quake)
    'forecast'
    """
    said = _kind_of([*(claim.subject or "").split(), *(claim.predicate or "").split()])
    if said is not None:
        return said
    sentence = claim.sentence
    at = claim.sentence_at
    if at < 0:
        return None
    words = tokens(sentence)
    before = [w for w, _, end in words if end <= at]
    after = [w for w, start, _ in words if start >= at + len(claim.text)]
    return _kind_of(_within_clause(reversed(before)) + _within_clause(after))


def _within_clause(words: Iterable[str]) -> list[str]:
    """Up to :data:`_WINDOW` words from the figure outward, until another number or a clause's end."""
    found: list[str] = []
    for word in words:
        if word in _CLAUSE_ENDS or word[:1].isdigit() or len(found) == _WINDOW:
            break
        found.append(word)
    return found


def multiples(
    numbers: Sequence[Claim], evidence: Sequence[Claim], among: Iterable[int]
) -> list[tuple[int, int, int]]:
    """Numbers told as a multiple of a standard, with the reading and standard of a source.

    The ``(k, e, s)`` triples of a number ``k`` (of ``among``) telling a reading as a multiple of a
    standard ("twice the legal limit"), and a source's reading ``e`` and standard ``s`` of that kind
    in one unit ("0.16 percent ... the legal limit of 0.08 percent"): the number speaks of the
    reading over the standard.

    Parameters
    ----------
    numbers : sequence of Claim
        The claims checked.
    evidence : sequence of Claim
        A source's claims.
    among : iterable of int
        The positions in ``numbers`` to look at.

    Returns
    -------
    list of tuple of int
        ``(k, e, s)``: positions in ``numbers``, ``evidence`` and ``evidence``.

    Examples
    --------
    >>> import claimnum
    >>> evidence = claimnum.extract("His level was 0.16 percent. The legal limit is 0.08 percent.")
    >>> multiples(claimnum.extract("His level was twice the legal limit."), evidence, [0])
    [(0, 0, 1)]
    """
    kinds = [reference_of(c) for c in evidence]
    found = []
    for k in among:
        kind = reference_of(numbers[k]) if numbers[k].kind == "ratio" and not numbers[k].negated else None
        standards = [s for s, c in enumerate(evidence) if kind is not None and kinds[s] == kind and c.unit]
        for s in standards:
            standard = evidence[s]
            found += [
                (k, e, s)
                for e, c in enumerate(evidence)
                if kinds[e] is None
                and c.kind == "amount"
                and not c.negated
                and c.source == standard.source
                and c.unit == standard.unit
                and (c.value or 0.0) > (standard.value or 0.0) > 0
            ]
    return found
