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

from collections.abc import Collection, Iterable, Mapping, Sequence

from claimnum.holders import name_runs, names_in, same_holder

__all__ = ["aliases", "holders_named", "one_party", "one_side", "resolve_unnamed"]


def resolve_unnamed(places: Sequence[tuple[str, int, str | None, bool]], reach: int) -> list[str | None]:
    """Each claim's holder, one written without its name taken from the named holder before it.

    ``places`` holds each claim's document, offset, holder and whether it refers back
    (:func:`claimnum.holders.refers_back`).  A claim that refers back takes the one named holder of the claims
    of its document within ``reach`` characters before it; none, or two different ones,
    leave it without a holder.  Linear: each document is swept once in offset order.

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

    A holder written as the initials of a name is that name too ("AMD").

    Linear in the words of the names: each name is indexed by its runs, never compared
    with every other.

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

    known = sorted(set(holders))
    wanted = set(known)
    for name in sorted({*names, *known}):
        words = name.split()
        initials = "".join(w[0] for w in words) if len(words) > 1 else ""  # "AMD" of its three words
        runs = [run for run in [*name_runs(words), initials] if run in wanted and run != name]
        for run in runs:
            a, b = root(run), root(name)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {holder: root(holder) for holder in known}
