"""``extract``: every numeric claim in a text, with its qualifier, unit, subject and reading.

Extraction is rule-based and deterministic.  One precompiled master pattern
(built from :mod:`claimnum.numerals` and the lexicon at first use) reads the
numbers, vague quantity words ("dozens") and change words ("halved"), and what
is not a claim (dates, clock times, phone numbers).  It is matched, anchored,
only where a claim can start: at each run of digits and each number word, both
found by fast scans, and at the few words before them where a date or a name
may begin.  Each find is then read in bounded windows of its sentence: a
currency symbol and a qualifier before it, a multiplier, unit and noun phrase
after it, a second number making a range.  :func:`claimnum.semantics.read`
turns the result into intervals.  Time is linear in the length of the text:
every repetition in the patterns is bounded and every context window has a
fixed size.

Examples
--------
>>> from claimnum.extract import extract
>>> for claim in extract("Over 10,000 soldiers were deployed, and nearly half of them returned."):
...     print(claim.text, "|", claim.sense, claim.interval, "|", claim.subject, "|", claim.predicate)
Over 10,000 | over (10000, 15000] | soldiers | deployed
nearly half | nearly [0.3, 0.5) | soldiers | returned
"""

from __future__ import annotations

from claimnum.assembly import Assembly
from claimnum.claim import Claim
from claimnum.errors import InvalidTypeError
from claimnum.profiles import Profile
from claimnum.reader import tables

__all__ = ["extract"]


def extract(text: str, *, source: str | None = None, profile: str | Profile = "median") -> list[Claim]:
    """Find every numeric claim in a text, in text order.

    Parameters
    ----------
    text : str
        Any text; news articles are what the rules are written for.
    source : str, optional
        A name for where the text comes from, copied into each claim.
    profile : str or Profile
        How widely qualifiers are read: ``"strict"``, ``"median"``,
        ``"lenient"`` or your own :class:`claimnum.Profile`.

    Returns
    -------
    list of Claim
        In the order of their start offsets; ``text[c.start:c.end] == c.text``.

    Raises
    ------
    InvalidTypeError
        If ``text`` is not a ``str``, ``source`` not a ``str`` or ``None``, or
        ``profile`` neither a name nor a :class:`claimnum.Profile`.
    InvalidArgumentError
        If ``profile`` names no profile.

    Examples
    --------
    >>> [c.text for c in extract("Sweden pledged $1.23 billion (13.5 billion SEK) in 2024.")]
    ['$1.23 billion', '13.5 billion SEK']
    >>> extract("Prices halved within three months.")[1].literal
    [0, 3] month
    """
    if not isinstance(text, str):
        raise InvalidTypeError(f"extract() takes a str, got {type(text).__name__}")
    if source is not None and not isinstance(source, str):
        raise InvalidTypeError(f"source must be a str or None, got {type(source).__name__}")
    if isinstance(profile, str):
        profile = Profile.from_name(profile)
    elif not isinstance(profile, Profile):
        raise InvalidTypeError(
            f"profile must be a profile name ('strict', 'median', 'lenient') or a Profile, "
            f"got {type(profile).__name__}"
        )
    return Assembly(text, tables(), source, profile).run()
