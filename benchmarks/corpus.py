"""A deterministic corpus of synthetic, news-like English for the benchmarks.

Every sentence is assembled here from templates and word lists written for
claimnum (none comes from a real article), with a seeded random generator,
so the same ``seed`` and ``size`` always give the same text on any machine.
The mix follows wire copy: about six sentences in ten carry a number (counts
with and without qualifiers, money in several currencies, measures, shares,
ranges, changes), others carry only dates, clock times, names with digits
("G20", "Boeing 787") or no digit at all.  Documents run from 1 to 5 kB, with
a headline, a dateline and paragraphs of two to four sentences.

Examples
--------
>>> docs = documents(20_000, seed=1)
>>> 1_000 <= min(map(len, docs)) and max(map(len, docs)) <= 5_200
True
>>> docs == documents(20_000, seed=1)
True
>>> sum(map(len, docs)) >= 20_000
True
"""

from __future__ import annotations

import random
from collections.abc import Callable

__all__ = ["documents", "long_sentence", "text"]

_MIN_DOC = 1_000
_MAX_DOC = 5_000
_SHARE_WITH_NUMBER = 0.6

_FIRST = (
    "Maria",
    "James",
    "Aiko",
    "Tomas",
    "Leila",
    "Samuel",
    "Ingrid",
    "Ravi",
    "Chen",
    "Fatima",
    "Oleksandr",
    "Grace",
    "Mateo",
    "Nadia",
    "Kwame",
    "Sofia",
    "Henrik",
    "Priya",
    "Daniel",
    "Amara",
)
_LAST = (
    "Okafor",
    "Lindqvist",
    "Tanaka",
    "Moreau",
    "Haddad",
    "Kowalski",
    "Brennan",
    "Silva",
    "Novak",
    "Mensah",
    "Ferreira",
    "Iyer",
    "Castellano",
    "Whitfield",
    "Petrov",
    "Nakamura",
    "Adeyemi",
    "Holm",
)
_PLACES = (
    "Riverton",
    "Port Calder",
    "Eastmoor",
    "Valdoria",
    "Kestrel Bay",
    "North Ashby",
    "Lindenfeld",
    "San Aurelio",
    "Marrow Creek",
    "Old Harbour",
    "Tessaly",
    "Brackenridge",
    "Nova Lenka",
    "Westerholm",
)
_ORGS = (
    "the finance ministry",
    "the central bank",
    "the regional council",
    "the health agency",
    "the port authority",
    "the national statistics office",
    "the transport department",
    "the electricity regulator",
    "the teachers' union",
    "the UN refugee agency",
    "the defence ministry",
    "the chamber of commerce",
    "the water utility",
    "the city hospital",
)
_TITLES = (
    "a spokesperson for",
    "the head of",
    "a senior official at",
    "an analyst who advises",
    "a deputy director of",
    "an economist at",
)
_AGENCIES = ("Reuters-style wire", "Staff report", "Our correspondent", "Newsdesk", "Agencies")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NAMED = (
    "COVID-19",
    "the G20",
    "the G7",
    "an F-16",
    "a Boeing 787",
    "Article 5",
    "Resolution 2417",
    "Route 66",
    "Highway 401",
    "World War II",
    "Windows 11",
    "the A320neo",
    "Flight 302",
    "Section 230",
    "Terminal 3",
    "the M25",
    "Apollo 11",
    "Chapter 11",
    "Platform 9",
)
_COUNTED = (
    "soldiers",
    "residents",
    "households",
    "jobs",
    "homes",
    "schools",
    "patients",
    "passengers",
    "vehicles",
    "villages",
    "migrants",
    "workers",
    "protesters",
    "voters",
    "applications",
    "doctors",
    "trucks",
    "flights",
    "shops",
    "students",
    "cases",
    "beds",
    "tonnes of grain",
)
_VERBS_PAST = (
    "were evacuated",
    "were displaced",
    "were affected",
    "were deployed",
    "were registered",
    "were counted",
    "were lost",
    "were hired",
    "were inspected",
    "were treated",
    "were delayed",
)
_APPROX = (
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "an estimated",
    "close to",
    "nearly",
    "almost",
    "just over",
    "well over",
)
_LOWER = ("over", "more than", "above", "at least", "in excess of", "no fewer than")
_UPPER = ("up to", "as many as", "at most", "no more than", "fewer than", "less than", "under", "below")
_VAGUE = (
    "a few",
    "several",
    "dozens of",
    "scores of",
    "hundreds of",
    "thousands of",
    "tens of thousands of",
    "a couple of",
    "several thousand",
)
_SMALL_WORDS = (
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
)
_DURATIONS = ("hours", "days", "weeks", "months", "years")
_LENGTHS = (("km", 1, 900), ("kilometres", 1, 400), ("miles", 1, 300), ("metres", 2, 5000), ("feet", 3, 900))
_AREAS = (("hectares", 5, 50000), ("square kilometres", 2, 9000), ("acres", 10, 90000))
_VOLUMES = (("litres", 100, 20000), ("cubic metres", 100, 900000))
_MASSES = (("tonnes", 10, 90000), ("kg", 1, 800), ("pounds", 5, 2000))
_SPEEDS = (("km/h", 20, 250), ("mph", 10, 150))
_CURRENCIES = (
    ("$", ""),
    ("US$", ""),
    ("€", ""),
    ("£", ""),
    ("", " SEK"),
    ("", " yen"),
    ("", " rupees"),
    ("", " euros"),
    ("", " dollars"),
    ("", " pounds"),
    ("", " Swiss francs"),
    ("", " NOK"),
)
_MULTIPLIERS = (("million", "m"), ("billion", "bn"), ("thousand", "k"))
_PLAIN = (
    "The talks resumed behind closed doors after a short break.",
    "Officials declined to comment on the details of the plan.",
    "Residents said they had not been warned in advance.",
    "The decision drew sharp criticism from opposition lawmakers.",
    "Neither side has confirmed the reports independently.",
    "Critics argue that the measures came too late.",
    "The ministry said it was reviewing the situation closely.",
    "Local businesses have welcomed the announcement.",
    "It was not immediately clear who would pay for the repairs.",
    "The proposal still needs the approval of parliament.",
    "Several roads remained closed on the outskirts of the city.",
    "Analysts expect further delays before the end of the season.",
    "Witnesses described scenes of confusion at the station.",
    "The company said its systems were now working normally.",
    "Aid groups called for safe access to the affected areas.",
    "The statement did not say how the figures were compiled.",
    "Investors reacted cautiously to the news.",
    "The court is expected to rule on the case later this year.",
    "Police have opened an investigation into the incident.",
    "Union leaders said the strike would go ahead as planned.",
    "The mayor urged people to stay indoors and follow official advice.",
    "Engineers are still assessing the damage to the bridge.",
    "Farmers in the region have struggled with a long dry spell.",
    "The government has promised a full inquiry.",
)


def _pick(rng: random.Random, seq: tuple[str, ...]) -> str:
    return seq[rng.randrange(len(seq))]


def _cap(phrase: str) -> str:
    """Upper-case the first letter only (``str.capitalize`` would lower-case names)."""
    return phrase[:1].upper() + phrase[1:]


def _person(rng: random.Random) -> str:
    return f"{_pick(rng, _FIRST)} {_pick(rng, _LAST)}"


def _count(rng: random.Random) -> str:
    """A count as news writes it: round or sharp, with separators, sometimes in words."""
    style = rng.random()
    if style < 0.15:
        return _pick(rng, _SMALL_WORDS)
    if style < 0.55:
        return f"{rng.choice((1, 2, 3, 4, 5, 8, 10, 12, 15, 20, 25, 40, 50)) * rng.choice((100, 1000)):,}"
    return f"{rng.randint(11, 250_000):,}"


def _big(rng: random.Random) -> str:
    """A large amount with a multiplier word or abbreviation: "1.23 billion", "3bn"."""
    word, abbr = _MULTIPLIERS[rng.randrange(2)]
    number = f"{rng.uniform(1, 99):.{rng.choice((0, 1, 2))}f}"
    return f"{number}{abbr}" if rng.random() < 0.3 else f"{number} {word}"


def _money(rng: random.Random) -> str:
    prefix, suffix = _CURRENCIES[rng.randrange(len(_CURRENCIES))]
    amount = _big(rng) if rng.random() < 0.6 else f"{rng.randint(5, 95_000):,}"
    if prefix and amount[-1].isalpha() and " " not in amount:
        return f"{prefix}{amount}"
    return f"{prefix}{amount}{suffix}" if prefix else f"{amount}{suffix or ' dollars'}"


def _percent(rng: random.Random) -> str:
    number = f"{rng.uniform(0.1, 60):.1f}" if rng.random() < 0.6 else str(rng.randint(1, 90))
    return number + rng.choice(("%", " percent", " per cent"))


def _measure(rng: random.Random, units: tuple[tuple[str, int, int], ...]) -> str:
    unit, lo, hi = units[rng.randrange(len(units))]
    return f"{rng.randint(lo, hi):,} {unit}"


def _date(rng: random.Random) -> str:
    return rng.choice(
        (
            f"on {_pick(rng, _MONTHS)} {rng.randint(1, 28)}",
            f"in {rng.randint(1990, 2025)}",
            f"last {_pick(rng, _WEEKDAYS)}",
            f"in {_pick(rng, _MONTHS)} {rng.randint(2015, 2025)}",
            f"at {rng.randint(1, 12)}:{rng.choice(('00', '15', '30', '45'))} {rng.choice(('a.m.', 'p.m.'))}",
            f"on {_pick(rng, _WEEKDAYS)}",
        )
    )


def _quote(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{_person(rng)}, {_pick(rng, _TITLES)} {_pick(rng, _ORGS)}, said",
            f"according to {_pick(rng, _ORGS)}",
            f"{_pick(rng, _ORGS)} said",
            f"officials in {_pick(rng, _PLACES)} said",
        )
    )


def _s_count(rng: random.Random) -> str:
    qual = rng.choice((_APPROX, _LOWER, _UPPER, ("",)))
    q = _pick(rng, qual)
    head = f"{q} {_count(rng)}".strip()
    return f"{_cap(head)} {_pick(rng, _COUNTED)} {_pick(rng, _VERBS_PAST)} {_date(rng)}, {_quote(rng)}."


def _s_money(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{_cap(_pick(rng, _ORGS))} approved a package worth {_money(rng)} {_date(rng)}.",
            f"The contract, worth {_pick(rng, _APPROX)} {_money(rng)}, was signed in {_pick(rng, _PLACES)}.",
            f"Revenue rose to {_money(rng)} from {_money(rng)} a year earlier.",
            f"The fine of {_money(rng)} ({_money(rng)}) was the largest of its kind.",
            f"{_person(rng)} said the repairs would cost {_pick(rng, _UPPER)} {_money(rng)}.",
        )
    )


def _s_percent(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Unemployment in {_pick(rng, _PLACES)} stood at {_percent(rng)} in {_pick(rng, _MONTHS)}.",
            f"Prices fell by {_percent(rng)} over the past {_pick(rng, _SMALL_WORDS)} months, {_quote(rng)}.",
            f"Turnout rose {_percent(rng)} compared with the previous vote.",
            f"The party won {_pick(rng, _APPROX)} {_percent(rng)} of the vote.",
            f"Inflation was expected to be between {rng.randint(1, 4)} and {rng.randint(5, 9)} per cent.",
        )
    )


def _s_measure(rng: random.Random) -> str:
    place, other = _pick(rng, _PLACES), _pick(rng, _PLACES)
    return rng.choice(
        (
            f"The new line will run for {_measure(rng, _LENGTHS)} between {place} and {other}.",
            f"Storms brought {_pick(rng, _APPROX)} {rng.randint(5, 300)} mm of rain {_date(rng)}.",
            f"The fire has burned {_pick(rng, _LOWER)} {_measure(rng, _AREAS)} so far.",
            f"Temperatures reached {rng.randint(30, 47)} degrees Celsius in {place}.",
            f"Crews cleared {_measure(rng, _LENGTHS)} of road within {_pick(rng, _SMALL_WORDS)} days.",
            f"The reservoir in {place} holds {_measure(rng, _VOLUMES)} of water.",
            f"Winds of {_pick(rng, _UPPER)} {_measure(rng, _SPEEDS)} hit the coast near {place}.",
            f"Customs officers seized {_pick(rng, _APPROX)} {_measure(rng, _MASSES)} of cocaine.",
        )
    )


def _s_change(rng: random.Random) -> str:
    word = rng.choice(("halved", "doubled", "tripled", "more than doubled", "nearly halved"))
    return rng.choice(
        (
            f"The number of {_pick(rng, _COUNTED)} has {word} since {rng.randint(2000, 2023)}.",
            f"Waiting times {word} within {_pick(rng, _SMALL_WORDS)} months, {_quote(rng)}.",
            f"Shares were up {rng.randint(2, 95)} cents at {rng.randint(1, 9)}:{rng.randint(10, 59)} p.m.",
            f"The index gained {rng.randint(3, 400)} points to close at {rng.randint(1000, 9000):,}.",
            f"Output was cut by half after {_pick(rng, _NAMED)} was grounded.",
        )
    )


def _s_range(rng: random.Random) -> str:
    a = rng.randint(2, 40)
    b = a + rng.randint(1, 30)
    return rng.choice(
        (
            f"Between {a * 1000:,} and {b * 1000:,} {_pick(rng, _COUNTED)} {_pick(rng, _VERBS_PAST)}.",
            f"Repairs will take {a}-{b} {_pick(rng, _DURATIONS)}.",
            f"Forecasters expect {a} to {b} cm of snow in {_pick(rng, _PLACES)}.",
            f"{_cap(_pick(rng, _VAGUE))} {_pick(rng, _COUNTED)} {_pick(rng, _VERBS_PAST)} {_date(rng)}.",
            f"The delay lasted {_pick(rng, _APPROX)} {_pick(rng, _SMALL_WORDS)} {_pick(rng, _DURATIONS)}.",
        )
    )


def _s_nonclaim(rng: random.Random) -> str:
    """A sentence whose digits are dates, times, names or phone numbers, not claims."""
    return rng.choice(
        (
            f"The meeting took place {_date(rng)} in {_pick(rng, _PLACES)}.",
            f"Leaders discussed {_pick(rng, _NAMED)} at the summit {_date(rng)}.",
            f"The incident involved {_pick(rng, _NAMED)}, {_quote(rng)}.",
            f"Readers can call 555-{rng.randint(1000, 9999)} for more information.",
            f"{_person(rng)} first took office in {rng.randint(1995, 2022)}.",
        )
    )


def _s_plain(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return _pick(rng, _PLAIN)
    plain = _pick(rng, _PLAIN)
    return (
        f"{_person(rng)}, {_pick(rng, _TITLES)} {_pick(rng, _ORGS)}, said that {plain[0].lower()}{plain[1:]}"
    )


_WITH_NUMBER: tuple[Callable[[random.Random], str], ...] = (
    _s_count,
    _s_count,
    _s_money,
    _s_percent,
    _s_measure,
    _s_change,
    _s_range,
)


def _sentence(rng: random.Random) -> str:
    if rng.random() < _SHARE_WITH_NUMBER:
        return _WITH_NUMBER[rng.randrange(len(_WITH_NUMBER))](rng)
    return _s_nonclaim(rng) if rng.random() < 0.25 else _s_plain(rng)


def _document(rng: random.Random) -> str:
    target = min(_MAX_DOC, max(_MIN_DOC, int(rng.lognormvariate(7.7, 0.45))))
    head = _sentence(rng).rstrip(".")
    month = _pick(rng, _MONTHS)
    dateline = f"{_pick(rng, _PLACES).upper()}, {month} {rng.randint(1, 28)} ({_pick(rng, _AGENCIES)}) - "
    paragraphs: list[str] = []
    size = len(head) + len(dateline)
    while size < target:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
        if size + len(paragraph) > _MAX_DOC and size >= _MIN_DOC:
            break
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    paragraphs[0] = dateline + paragraphs[0]
    return "\n\n".join([head, *paragraphs])


def documents(size: int = 1_000_000, *, seed: int = 2026) -> list[str]:
    """Return news-like documents whose lengths add up to at least ``size`` characters.

    Parameters
    ----------
    size : int
        Total characters wanted; the last document may overshoot by up to 5 kB.
    seed : int
        Seed of the generator: the same seed and size give the same documents.

    Returns
    -------
    list of str
        Documents of 1 to 5 kB each.

    Examples
    --------
    >>> docs = documents(5_000, seed=7)
    >>> len(docs) >= 1 and all(isinstance(d, str) for d in docs)
    True
    """
    rng = random.Random(seed)
    docs: list[str] = []
    total = 0
    while total < size:
        docs.append(_document(rng))
        total += len(docs[-1])
    return docs


def _listed(rng: random.Random) -> str:
    """One item of a long list of figures: a count by place, an event's count, an amount."""
    place, kind = _pick(rng, _PLACES), rng.randrange(3)
    if kind == 0:
        return f"{place} district {_count(rng)} {_pick(rng, _COUNTED)}"
    if kind == 1:
        event = f"{_pick(rng, _COUNTED)} {_pick(rng, _VERBS_PAST)}"
        return f"{_pick(rng, _LOWER + _APPROX)} {_count(rng)} {event} in {place}"
    return f"{_money(rng)} for {place}"


def long_sentence(size: int = 40_000, *, seed: int = 2026) -> str:
    """Return one sentence of at least ``size`` characters: a list of figures by place.

    Lists of districts, counts and amounts run on through commas and semicolons with no
    sentence break, as a table flattened into text does: the case where a reader that
    weighs every pair of words of a sentence grows with its square.

    Examples
    --------
    >>> one = long_sentence(4_000, seed=3)
    >>> len(one) >= 4_000 and one.endswith(".") and one.count(". ") == 0
    True
    """
    rng = random.Random(seed)
    items = ["Officials listed the figures by district: " + _listed(rng)]
    total = len(items[0])
    while total < size:
        items.append(rng.choice((", ", "; ")) + _listed(rng))
        total += len(items[-1])
    return "".join(items) + "."


def text(size: int = 1_000_000, *, seed: int = 2026) -> str:
    """Return the documents of :func:`documents` as one string, separated by blank lines.

    Examples
    --------
    >>> len(text(3_000, seed=3)) >= 3_000
    True
    """
    return "\n\n".join(documents(size, seed=seed))


if __name__ == "__main__":
    sample = documents(6_000)
    print(sample[0])
    print(f"\n[{len(sample)} documents, first has {len(sample[0])} characters]")
