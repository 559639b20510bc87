"""The tellers of the figures of one quantity that one sentence gives twice.

"Police put the crowd at about 15,000, while organisers said some 50,000 had
taken part" gives two estimates of one crowd by two tellers: two reports, as
two outlets would give them.  :func:`by_teller` names each such figure's source
after its teller, so verification pools them as different sources and keeps
both (a source's several figures of one quantity are otherwise one report, of
which the one nearest the claim is kept).

Examples
--------
>>> import claimnum
>>> claims = claimnum.extract(
...     "Police put the crowd at about 15,000, while organisers said some 50,000 people had taken part."
... )
>>> [c.source for c in by_teller(claims)]
['police (evidence)', 'organisers (evidence)']
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from claimnum.claim import Claim
from claimnum.grouping import QuantityFrame, frame_of
from claimnum.holders import tells

__all__ = ["by_teller", "other_tellers"]

_WORD = re.compile(r"[A-Za-z]+")


def _teller(before: str, within: int | None = None) -> str | None:
    """The subject word of the last verb of telling in ``before`` ("organisers said"), lowercased;
    among its last ``within`` words only, if given."""
    words = _WORD.findall(before)
    if within is not None:
        words = words[-within:]
    for i in range(len(words) - 1, 0, -1):
        if tells(words[i]):
            return str(words[i - 1]).lower()
    return None


def by_teller(claims: Sequence[Claim], frames: Sequence[QuantityFrame] | None = None) -> list[Claim]:
    """The claims, those of a sentence that gives one measure's figure twice, each by a teller of its
    own, with the source ``"TELLER (SOURCE)"``.

    Each figure's teller is the subject of the last verb of telling between the figure before it in
    the sentence (or the sentence's start) and itself.  ``frames``: the claims' quantity frames
    (their measures are compared), read when not given.

    Parameters
    ----------
    claims : sequence of Claim
        The claims, in any order.
    frames : sequence of QuantityFrame, optional
        One frame per claim.

    Returns
    -------
    list of Claim
        The claims in their order, a split sentence's with their teller's source.

    Examples
    --------
    >>> import claimnum
    >>> told = claimnum.extract("Police said 9,000 marched, while organisers said 30,000 marched.")
    >>> [(c.text, c.source) for c in by_teller(told)]
    [('9,000', 'police (evidence)'), ('30,000', 'organisers (evidence)')]
    """
    if frames is None:
        frames = [frame_of(c) for c in claims]
    by_sentence: dict[tuple[str | None, str, str], list[int]] = {}
    for i, (claim, frame) in enumerate(zip(claims, frames, strict=True)):
        if frame.measure is not None and claim.sentence and claim.sentence_at >= 0:
            by_sentence.setdefault((claim.source, claim.sentence, frame.measure), []).append(i)
    out = list(claims)
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: claims[i].sentence_at)
        starts = [0, *(claims[i].sentence_at + len(claims[i].text) for i in members[:-1])]
        tellers = [
            _teller(claims[i].sentence[start : claims[i].sentence_at])
            for i, start in zip(members, starts, strict=True)
        ]
        if None in tellers or len(set(tellers)) < len(tellers):
            continue  # one teller's figures, or a figure no one is said to tell
        for i, teller in zip(members, tellers, strict=True):
            out[i] = dataclasses.replace(claims[i], source=f"{teller} ({claims[i].source or 'evidence'})")
    return out


def teller_of(claim: Claim, *, within: int | None = None) -> str | None:
    """Who a claim says tells its figure: the subject of the last verb of telling before it in its
    sentence ("Police estimated the crowd at 15,000": ``"police"``), else None.

    Parameters
    ----------
    claim : Claim
        A claim with its sentence.
    within : int, optional
        Look only among this many words right before the figure (all of them by default).

    Returns
    -------
    str or None
        The teller, lower case.

    Examples
    --------
    >>> import claimnum
    >>> [teller_of(c) for c in claimnum.extract("Organisers said 9,000 marched; 40 were hurt.")]
    ['organisers', 'organisers']
    """
    at = claim.sentence_at
    return _teller(claim.sentence[:at], within) if claim.sentence and at >= 0 else None


def other_tellers(
    numbers: Sequence[Claim], evidence: Sequence[Claim], k: NDArray[np.intp], e: NDArray[np.intp]
) -> NDArray[np.bool_]:
    """Which (number ``k[i]``, evidence ``e[i]``) pairs set a number its claim says one teller gives
    against another teller's figure of a sentence :func:`by_teller` split ("Police estimated the crowd
    at 15,000" meets the police's figure, not the organisers' of "police said 15,000, organisers
    60,000").

    Parameters
    ----------
    numbers, evidence : sequence of Claim
        The claims checked, and the evidence (:func:`by_teller`'s result).
    k, e : numpy.ndarray of int
        The pairs, as positions in ``numbers`` and ``evidence``.

    Returns
    -------
    numpy.ndarray of bool
        One per pair: True where the tellers differ.

    Examples
    --------
    >>> import claimnum, numpy as np
    >>> numbers = claimnum.extract("Police estimated the crowd at 15,000.")
    >>> told = "Police said 15,000 marched, while organisers said 60,000 marched."
    >>> evidence = by_teller(claimnum.extract(told))
    >>> other_tellers(numbers, evidence, np.array([0, 0]), np.array([0, 1])).tolist()
    [False, True]
    """
    mask = np.zeros(k.size, dtype=bool)
    # Only the figures by_teller split can be another teller's: a source written "teller (source)".
    split = [i for i, item in enumerate(e.tolist()) if " (" in (evidence[item].source or "")]
    said: dict[int, str | None] = {}
    for i in split:
        number, claim = int(k[i]), evidence[int(e[i])]
        teller = said[number] if number in said else said.setdefault(number, teller_of(numbers[number]))
        told = teller_of(claim) if teller is not None else None
        mask[i] = told is not None and told != teller and (claim.source or "").startswith(f"{told} (")
    return mask
