"""Which holders are one party in a story: names written in full and in part, sides of one deal.

A story names one party in several ways ("the Riverton Hawks", "Riverton", "the Hawks",
"AMD" for "Advanced Micro Devices"), writes some without a name ("his club", "the company"),
and tells one deal from both sides (the buyer's figure and the seller's).  The holders that
:func:`claimnum.holders.holder_of` reads are made one here, with linear sweeps over the
story's names and claims, never by comparing every pair:

* :func:`aliases`: holders that are runs (or initials) of one name written in the story;
* :func:`resolve_unnamed`: a holder written without its name takes the one named just before it;
* :func:`holders_named` and :func:`one_side`: parties whose sentences name each other are one
  side of a block;
* :func:`one_party`: the same for the holders of two claims alone (:func:`claimnum.grouping.link`).

Examples
--------
>>> from claimnum.parties import aliases
>>> found = aliases(["riverton", "hawks", "owls"], ["riverton hawks", "bayport owls"])
>>> found["riverton"] == found["hawks"] != found["owls"]
True
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence

from claimnum.data_files import data_table
from claimnum.holders import name_runs, names_in, same_holder

_SHORTEST_SURNAME = 4  # letters; "Tarr" and "Tarre" are one name, "Dunn" and "Dunk" are not
_SHORT_FIRST_NAME = 4  # letters of a short form of a first name: "Fred" of "Frederick", "Jon" of "Jonathan"

__all__ = ["aliases", "holders_named", "one_party", "one_side", "resolve_unnamed", "spellings"]


def resolve_unnamed(places: Sequence[tuple[str, int, str | None, bool]], reach: int) -> list[str | None]:
    """Each claim's holder, one written without its name taken from the named holder before it.

    ``places`` holds each claim's document, offset, holder and whether it refers back
    (:func:`claimnum.holders.refers_back`).  A claim that refers back takes the one named holder of the claims
    of its document within ``reach`` characters before it; none, or two different ones,
    leave it without a holder.  Linear: each document is swept once in offset order.

    Parameters
    ----------
    places : sequence of (str, int, str or None, bool)
        Per claim: its document, its offset, its holder, whether it refers back.
    reach : int
        How many characters back a named holder may stand.

    Returns
    -------
    list of str or None
        Each claim's holder, in the order of ``places``.

    Examples
    --------
    >>> from claimnum.parties import resolve_unnamed
    >>> resolve_unnamed([("a", 0, "hawks", False), ("a", 50, None, True), ("b", 60, None, True)], 300)
    ['hawks', 'hawks', None]
    """
    found = [holder for _, _, holder, _ in places]
    order = sorted(range(len(places)), key=lambda i: places[i][:2])
    window: list[int] = []  # named claims of the current document within reach, in offset order
    first = 0
    for i in order:
        document, offset, holder, refers = places[i]
        if window and places[window[0]][0] != document:
            window, first = [], 0
        while first < len(window) and places[window[first]][1] < offset - reach:
            first += 1
        if holder is None and refers:
            named = {places[j][2] for j in window[first:] if places[j][1] < offset}
            if len(named) == 1:
                found[i] = named.pop()
        elif holder is not None:
            window.append(i)
    return found


def holders_named(names: Mapping[str, Sequence[str]], holders: Mapping[str, str]) -> dict[str, set[str]]:
    """The holders each sentence's names write: a holder, or a run of one, among the runs of a name.

    ``names`` maps each sentence to its names (:func:`claimnum.holders.names_in`), ``holders`` each
    holder to its representative (:func:`aliases`).  "Nordvik" names the holder "nordvik energy".
    Linear in the words of the names and the holders.

    Parameters
    ----------
    names : mapping of str to sequence of str
        Each sentence's names, lower case.
    holders : mapping of str to str
        Each holder's representative.

    Returns
    -------
    dict of str to set of str
        Each sentence's representatives of the holders it names.

    Examples
    --------
    >>> one = {"hawks": "hawks", "owls": "owls", "dan moss": "dan moss"}
    >>> named = holders_named({"Riverton Hawks beat Moss.": ["riverton hawks", "moss"]}, one)
    >>> sorted(named["Riverton Hawks beat Moss."])
    ['dan moss', 'hawks']
    """
    written = {run: one for holder, one in sorted(holders.items()) for run in name_runs(holder.split())}
    written.update(holders)
    return {
        sentence: {written[run] for name in found for run in name_runs(name.split()) if run in written}
        for sentence, found in names.items()
    }


def one_side(
    members: Sequence[int], holders: Sequence[str | None], parties: Sequence[Collection[str]]
) -> dict[int, str | None]:
    """Every claim's side among ``members``: its holder, made one with each holder of these members
    that its sentence names (``parties[i]``) and whose claims' sentences name it back.

    Sentences naming both a buyer and the company it buys tell of one deal: the holder of its
    figure (the buyer in one, the company sold in another) does not tell the figures apart.
    Rivals each named in their own sentences stay apart, and so do rivals one sentence lists
    without naming back; a party holding no figure among ``members`` (the player every bidder
    names) joins nothing.  Linear in the members and their parties.

    Parameters
    ----------
    members : sequence of int
        The claims' positions.
    holders : sequence of str or None
        Every claim's holder, by position.
    parties : sequence of collection of str
        Every claim's holders its sentence names, by position.

    Returns
    -------
    dict of int to str or None
        Each member's side, one holder standing for it.

    Examples
    --------
    >>> one_side([0, 1], ["nordvik", "baltic grid"], [{"baltic grid"}, {"nordvik"}])
    {0: 'baltic grid', 1: 'baltic grid'}
    >>> one_side([0, 1], ["lakers", "celtics"], [{"player"}, {"player"}])
    {0: 'lakers', 1: 'celtics'}
    """
    present = {h for i in members if (h := holders[i]) is not None}
    side = {h: h for h in present}

    def root(h: str) -> str:
        while side[h] != h:
            side[h] = side[side[h]]
            h = side[h]
        return h

    named = {
        (h, party) for i in members if (h := holders[i]) is not None for party in set(parties[i]) & present
    }
    # Only parties that name each other: one outlet naming a rival in a list of bidders joins none.
    for h, party in sorted(named):
        if (party, h) in named:
            a, b = root(h), root(party)
            side[max(a, b)] = min(a, b)
    return {i: None if (h := holders[i]) is None else root(h) for i in members}


def one_party(a: str | None, a_sentence: str, b: str | None, b_sentence: str) -> bool:
    """Whether the holders of two claims may be one party, as the clustering reads a story's names.

    Either holder unknown or one a run of the other (:func:`claimnum.holders.same_holder`); both runs of one
    name the two sentences write (:func:`aliases`: "Riverton" and "the Hawks" where "the Riverton
    Hawks" is written); or each sentence naming the other's holder (:func:`one_side`: a buyer and
    the company it buys), unless one sentence gives both their figures.

    Parameters
    ----------
    a, b : str or None
        The two claims' holders.
    a_sentence, b_sentence : str
        Their sentences.

    Returns
    -------
    bool
        True when nothing tells the holders apart.

    Examples
    --------
    >>> one_party("riverton", "Riverton made an offer.", "hawks", "The Riverton Hawks will pay.")
    True
    >>> one_party("vantor", "Vantor will buy Keld.", "keld", "Keld will be sold to Vantor.")
    True
    >>> one_party("owls", "The Owls offered $9 million.", "hawks", "The Hawks offered $8 million.")
    False
    """
    if a is None or b is None or same_holder(a, b):
        return True
    written = {a_sentence: names_in(a_sentence), b_sentence: names_in(b_sentence)}
    one = aliases([a, b], (name for found in written.values() for name in found))
    if one[a] == one[b]:
        return True
    if a_sentence == b_sentence:
        return False  # "Lopez, 20, and Ruiz, 24": two holders each given a figure in one sentence are rivals
    named = holders_named(written, {a: a, b: b})
    return b in named[a_sentence] and a in named[b_sentence]


def aliases(holders: Iterable[str], names: Iterable[str]) -> Mapping[str, str]:
    """One representative for every holder: holders that are runs of one name (or of each other) are one.

    A holder written as the initials of a name is that name too ("AMD"), and a short first name
    is the one longer first name the story writes with that start and surname ("Fred Brisk",
    "Frederick C. Brisk").

    Linear in the words of the names: each name is indexed by its runs, never compared
    with every other.

    Parameters
    ----------
    holders : iterable of str
        The holders, lower case.
    names : iterable of str
        The story's names, lower case (:func:`claimnum.holders.names_in`).

    Returns
    -------
    mapping of str to str
        Each holder's representative (itself when alone).

    Examples
    --------
    >>> found = aliases(["riverton", "hawks", "owls"], ["riverton hawks", "bayport owls"])
    >>> found["riverton"] == found["hawks"], found["riverton"] == found["owls"]
    (True, False)
    """
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(x: str, y: str) -> None:
        a, b = root(x), root(y)
        if a != b:
            parent[max(a, b)] = min(a, b)

    known = sorted(set(holders))
    wanted = set(known)
    spelled: dict[tuple[str, ...], str] = {}  # the first name met with each spelling key
    for name in sorted({*names, *known}):
        words = name.split()
        initials = "".join(w[0] for w in words) if len(words) > 1 else ""  # "AMD" of its three words
        for run in [*name_runs(words), initials]:
            if run in wanted and run != name:
                join(run, name)
        for key in spellings(name):
            join(spelled.setdefault(key, name), name)
    # "Fred Brisk" is "Frederick Brisk": a short first name is the start of the one longer first name
    # the story writes before the same surname
    longer: dict[tuple[str, str], set[str]] = {}
    short: list[tuple[str, tuple[str, str]]] = []
    for name in sorted({*names, *known}):
        words = _plain(name)
        if len(words) >= 2 and len(words[-1]) >= _SHORTEST_SURNAME:
            first, surname = words[0], words[-1]
            if len(first) > _SHORT_FIRST_NAME:
                for size in range(3, _SHORT_FIRST_NAME + 1):
                    longer.setdefault((first[:size], surname), set()).add(first)
            elif len(first) >= 3:
                short.append((name, (first, surname)))
    for name, key in short:
        firsts = longer.get(key, set())
        if len(firsts) == 1:
            join(spelled[("edit", next(iter(firsts)), key[1])], name)
    return {holder: root(holder) for holder in known}


@functools.cache
def _articles() -> frozenset[str]:
    table = data_table("holders.toml")
    return frozenset(table["articles"]["words"])


def _plain(name: str) -> list[str]:
    """A name's words without case, diacritics, hyphens, articles ("al-") or middle initials."""
    letters = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    words = [w for w in "".join(c if c.isalnum() else " " for c in letters).split() if w not in _articles()]
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]  # "George W. Bush"
    return words


def spellings(name: str) -> set[tuple[str, ...]]:
    """Keys that two spellings of one name share: its plain form, and under its first name its
    surname with any one letter dropped, where two surnames one edit apart have five letters or more.

    Outlets spell one name differently: case, hyphens, diacritics and articles ("Al-Qaeda",
    "al Qaida"), a middle initial or not, a surname one letter apart ("Tarr", "Tarre";
    "Gaddafi", "Qaddafi") under the same first name.  Two names one edit apart (a letter changed,
    added or dropped) share the surname with one letter dropped; a name of one word matches
    another only by its plain form with its vowels read as one ("qaeda", "qaida"), since two places
    one letter apart ("Gambia", "Zambia") are often both in a story.  Linear in the name's letters.

    Parameters
    ----------
    name : str
        A name, lower case.

    Returns
    -------
    set of tuple of str
        Its keys: two spellings of one name share one.

    Examples
    --------
    >>> from claimnum.parties import spellings
    >>> def one(a, b):
    ...     return bool(spellings(a) & spellings(b))
    >>> one("duncan rait", "duncan raite"), one("al-qaeda", "al qaida"), one("george w. bush", "george bush")
    (True, True, True)
    >>> one("gambia", "zambia"), one("anna rait", "duncan raite")
    (False, False)
    """
    words = _plain(name)
    if not words:
        return set()
    keys = {("plain", *words)}
    if len(words) == 1 and len(words[0]) >= 5:
        keys.add(("vowels", "".join("a" if c in "aeiouy" else c for c in words[0])))
    if len(words) >= 2 and len(surname := words[-1]) >= _SHORTEST_SURNAME:
        first = words[0]
        keys.add(("edit", first, surname))
        if (
            len(surname) > _SHORTEST_SURNAME
        ):  # two surnames one edit apart, the longer of five letters or more
            keys.update(("edit", first, surname[:i] + surname[i + 1 :]) for i in range(len(surname)))
    return keys
