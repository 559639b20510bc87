"""What a number measures: the cues of the measure lexicon read around a number in its sentence.

A *measure* names the quantity a claim's number stands for ("deaths",
"injuries", "magnitude", "revenue", ...), read from cue nouns, verbs and
multiword patterns around the number (the lexicon: :mod:`claimnum.measure_lexicon`).
Extraction's context stage calls :func:`measure_of` for every claim; grouping
and verification compare claims by it.

The nearest cue wins; a cue whose way to the number is barred by another number
belongs to that other number, and a clause boundary (a comma, "when", "which",
...) puts a cue further away.  A measure also fixes the kind of unit its numbers
carry (deaths are counts, revenue is money, depth is a length), and what it
counts, people or things: a cue never names a number of the wrong kind ("160
houses burned" counts no injured people).  A sentence is read once (its words,
numbers and every cue in it) and shared by the claims it holds.

Examples
--------
>>> from claimnum.measures import measure_of
>>> measure_of("The quake killed 47 people.", 17, 19, unit=None, subject="people", predicate="killed")
'deaths'
>>> sentence = "The quake, killing at least seven people and injuring 40, hit at dawn."
>>> measure_of(sentence, 19, 32, unit=None, subject="people", predicate="killing")
'deaths'
>>> measure_of(sentence, 54, 56, unit=None, subject=None, predicate="injuring")
'injuries'
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence

from claimnum.cue_grammar import NOT_MODIFIERS, NOUN_REACH, Rank, cue_rank, cue_reach
from claimnum.measure_lexicon import Cue, fits, lemmas, lexicon, tokens, unit_class
from claimnum.measure_sentence import Sentence, matches, numbers_before, read_sentence

__all__ = ["measure_of"]


_GAPPING = frozenset({"and", "but", "while", "whereas"})  # "police said 15,000 and organisers 60,000"
_BRIDGES = frozenset(
    {"from", "to", "than", "and", "or", "nor", "versus", "vs", "(", "by"}
)  # "52 from 47", "50m by 30m"
_SIDE_CHANNEL_DISTANCE = 1.5  # extraction's subject and predicate, wherever they stand
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", "-", "—", "–", "when", "and", "at", "as", "but"})
_PLURAL_PEOPLE = frozenset({"people", "others"})  # counted as people, but not one person
_NOT_NAMES = frozenset(  # capitalised words before "was" that name no one
    {"it", "this", "that", "there", "here", "what", "which", "who", "one", "each", "all", "none"}
)
_DEFINITE = frozenset({"the", "these", "those", "both", "all"})
_TOLD_BEFORE = 3  # the numbers before a figure "put at" or "claimed" that may be the figure told before


@functools.lru_cache(maxsize=1024)
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

    Cues come in three strengths: what happened ("killed", "evacuated", "death
    toll"), then the counted thing ("soldiers", "passengers"), then weak words
    ("hit").  The strongest kind of cue wins, the nearest among those; a cue
    belongs to the number nearest to it.  A number with no cue of its own that
    follows another through "from", "to", "than", "and" or "or" ("rose to 52
    from 47") measures what that one measures; one coordinated before another
    ("14 houses and 20 outbuildings were lost") shares its verb.

    Parameters
    ----------
    sentence : str
        The sentence the number stands in.
    start, end : int
        The claim's offsets in ``sentence``.
    unit : str or None
        The claim's canonical unit (``None`` or ``""`` for a pure number).
    subject, predicate : str or None
        The claim's subject and predicate as extraction found them.

    Returns
    -------
    str or None
        The measure's name, ``None`` when no cue says what is measured.

    Examples
    --------
    >>> measure_of("It cost $5.", 8, 10, unit="USD", subject=None, predicate="cost")
    'cost'
    >>> measure_of("It is a city of 160,000 people.", 16, 23, unit=None, subject="people", predicate=None)
    'population'
    >>> measure_of("The toll rose to 52 from 47.", 25, 27, unit=None, subject=None, predicate=None)
    'deaths'
    >>> measure_of("He saw 3 birds.", 7, 8, unit=None, subject="birds", predicate="saw") is None
    True
    """
    kind = unit_class(unit)
    read = read_sentence(sentence)
    toks, words = read.toks, read.words
    # The tokens overlapping [start, end): from the first that ends after ``start`` to the last
    # that starts before ``end`` (found by bisection: a sentence may hold many claims).
    own = range(bisect.bisect_right(read.ends, start), bisect.bisect_left(read.starts, end))
    if not own:
        return _default(kind)
    if kind in ("count", "time") and _of_one_person(read, own[0], own[-1]):
        aged = _of_person(unit)  # "Lopez was 75.", "the victim is 22, police said"
        if aged is not None:
            return aged
    at_end = _at_clause_end(read, own[0], own[-1], unit) if kind in ("count", "time") else None
    if at_end is not None:
        return at_end  # "she died in a hospital in Leeds at 77"
    earlier = _bridged_number(read, own[0])
    restated = earlier is not None and toks[own[0] - 1][0] == "("  # "$1.23 billion (13.5 billion SEK)"
    found = None if restated else _nearest_cue(read, own[0], own[-1], (kind, unit), subject, predicate)
    if found is None and earlier is None and _refers_back(words, own[0]) is not None:
        # "organisers put the number at 60,000", "organisers claimed 25,000": the nearest figure
        # before that has a measure, named by its cue or by the noun it was told as ("the crowd at"),
        # among the few nearest (a long list of figures is no single figure told before)
        told = (
            _nearest_cue(read, begin, last, (kind, unit), _refers_back(words, begin), None)
            for begin, last in itertools.islice(numbers_before(read, own[0]), _TOLD_BEFORE)
        )
        found = next((cue for cue in told if cue is not None), None)
    earlier = earlier or _gapped_number(read, own[0])
    if found is None and earlier is not None:
        found = _nearest_cue(read, earlier[0], earlier[1], (kind, unit), None, None)
    later = _coordinated_number(read, own[-1]) if found is None else None
    if later is not None:
        # "14 houses and 20 outbuildings were lost": the verb reaches back over the coordination,
        # for a measure that counts what ours counts
        found = _nearest_cue(read, later[0], later[1], (kind, unit), None, None)
        if found is not None and found[0] not in _allowed(kind, unit, _counted(read, own[-1])[0]):
            found = None
    if found is None and kind == "length" and _sizes_its_noun(read, sentence[start:end], own[-1]):
        return lexicon().sized  # "the 45-metre dam": the dam's size, not a distance
    return found[0] if found is not None else _default(kind)


def _sizes_its_noun(read: Sentence, surface: str, last: int) -> bool:
    """Whether a length is joined to the word right after it, a noun that is no way travelled.

    "The 45-metre dam", "a 100-foot tower" size an object; "a 10-mile walk" is a distance.  The
    noun may spell a unit ("dam", a decametre): joined to a length, it is what the length sizes.
    """
    after = last + 1
    if "-" not in surface.strip("-") or after >= len(read.toks) or not read.toks[after][0].isalpha():
        return False
    word = read.words[after]
    return word.isdisjoint(NOT_MODIFIERS) and word.isdisjoint(lexicon().boundaries | lexicon().routes)


def _of_one_person(read: Sentence, first: int, last: int) -> bool:
    """Whether the number is all that "is" or "was" says of one person ("Lopez was 75.", "he is 22 and").

    Its subject, right before the verb, is "he" or "she", a person's noun in the singular
    ("the victim"), or a name that is no cue of the lexicon ("Turnout was 75" is no one's);
    the clause ends after the number.
    """
    if first < 2 or read.toks[first - 1][0].lower() not in ("was", "is"):
        return False
    after = last + 1
    if after < len(read.toks) and read.toks[after][0].lower() not in _CLAUSE_ENDS:
        return False
    subject = read.toks[first - 2][0]
    lower = subject.lower()
    one_person = lexicon().counted.get(lower) == "people" and lower not in _PLURAL_PEOPLE
    if lower in ("he", "she") or one_person:
        return True
    named = subject[:1].isupper() and subject[1:].islower() and lower not in _NOT_NAMES
    return named and read.words[first - 2].isdisjoint(lexicon().index)


def _at_clause_end(read: Sentence, first: int, last: int, unit: str | None) -> str | None:
    """The measure of a bare number after "at" that ends a clause holding one of its row's words.

    "She died in a hospital at 77": the row's ``at`` words ("die") stand earlier in the sentence.
    """
    if first < 2 or read.toks[first - 1][0].lower() != "at":
        return None
    after = last + 1
    if after < len(read.toks) and read.toks[after][0].lower() not in _CLAUSE_ENDS:
        return None
    told = (row for row in lexicon().measures.values() if row.at and fits(row, unit_class(unit), unit))
    return next((row.name for row in told if any(read.words[k] & row.at for k in range(first - 1))), None)


@functools.cache
def _of_person(unit: str | None) -> str | None:
    """The measure of a bare number said of one person (an age), if the lexicon has one for the unit."""
    rows = lexicon().measures.values()
    return next((row.name for row in rows if row.of_person and fits(row, unit_class(unit), unit)), None)


_BARE = frozenset(row.name for row in lexicon().measures.values() if row.bare)


def _counts_a_noun(read: Sentence, last: int) -> bool:
    """Whether a word right after the claim is a noun it counts ("two acquittals"), not a preposition."""
    after = last + 1
    if after >= len(read.toks) or not read.toks[after][0].isalpha():
        return False
    word = read.words[after]
    return word.isdisjoint(NOT_MODIFIERS) and word.isdisjoint(lexicon().boundaries) and not read.units[after]


def _coordinated_number(read: Sentence, last: int) -> tuple[int, int] | None:
    """The number coordinated after ours with its counted word ("14 houses and 20 outbuildings")."""
    at = last + 3
    if at >= len(read.toks) or not read.is_number[at] or not read.toks[last + 1][0].isalpha():
        return None
    if read.toks[last + 2][0].lower() != "and":
        return None
    end = at
    while end + 1 < len(read.toks) and read.is_number[end + 1]:
        end += 1
    return at, end


def _refers_back(words: Sequence[frozenset[str]], first: int) -> str | None:
    """The words before the number that make it a figure told before ("put the crowd at"), if any.

    Their first word, which may name what is counted ("crowd"), or "" when there is none.
    """
    for phrase in lexicon().anaphora:
        if matches(words, first - len(phrase), phrase):
            return phrase[0] if len(phrase) > 1 else ""
    return None


@functools.cache
def _allowed(kind: str, unit: str | None, counted: str | None) -> frozenset[str]:
    """The measures a number may have: of its kind of unit, counting what it counts (people or things)."""
    return frozenset(
        row.name
        for row in lexicon().measures.values()
        if fits(row, kind, unit) and (row.counts is None or counted is None or row.counts == counted)
    )


def _counted(read: Sentence, last_number: int) -> tuple[str | None, int]:
    """What the number counts, people or things, by the first noun the lexicon knows right after it.

    Also where its noun phrase ends: that noun, or the number when none follows.
    """
    rows = lexicon().measures
    for k in range(last_number + 1, min(last_number + 2 + NOUN_REACH, len(read.toks))):
        word = read.toks[k][0]
        if not word[0].isalnum() or read.words[k] & NOT_MODIFIERS:
            break  # "47 were in homes": the number's noun phrase ended
        # a counted thing of many words counts what its row counts: "three life sentences" are things
        named = (
            rows[cue.measure].counts for _, cue in _cues_in(read, k, k) if cue.noun and len(cue.words) > 1
        )
        kind = next((counts for counts in named if counts is not None), read.counted[k])
        if kind is not None:
            return kind, k
    return None, last_number


# a measure, the words before "#", the words after, and whether it is weak (it loses to an event cue)
Pattern = tuple[str, tuple[str, ...], tuple[str, ...], bool]


@functools.cache
def _patterns() -> tuple[dict[str, tuple[Pattern, ...]], dict[str, tuple[Pattern, ...]]]:
    """The lexicon's "#" patterns by the last word before "#", and (none before it) by the first after."""
    before: dict[str, list[Pattern]] = {}
    after: dict[str, list[Pattern]] = {}
    for pattern in lexicon().around:
        _, pre, post, _ = pattern
        if pre:
            before.setdefault(pre[-1], []).append(pattern)
        else:
            after.setdefault(post[0], []).append(pattern)
    return {w: tuple(p) for w, p in before.items()}, {w: tuple(p) for w, p in after.items()}


def _patterns_near(
    read: Sentence, first: int, first_number: int, last_number: int, last: int
) -> list[Pattern]:
    """The "#" patterns whose words may stand right around the number: those to try in full."""
    before, after = _patterns()
    words = read.words
    near = [p for k in range(max(0, first - 1), first_number) for w in words[k] for p in before.get(w, ())]
    for k in {last_number + 1, last + 1}:
        if k < len(words):
            near += [p for w in words[k] for p in after.get(w, ())]
    return list(dict.fromkeys(near))


def _pattern_ranks(
    read: Sentence, claim: tuple[int, int, int, int], unit: tuple[str, str | None]
) -> tuple[list[tuple[Rank, str, tuple[str, ...]]], frozenset[int]]:
    """The longest "#" patterns around the claim, ranked, and the words they cover.

    ``claim`` holds its first token, first and last number, and last token.  A weak pattern
    ranks as a weak cue, so that an event cue ("jailed Smith for 12 years after a trial") beats
    it, and its words are its own: "for # until" leaves no "until" for another measure.
    """
    first, first_number, last_number, last = claim
    words = read.words
    matched = []
    for name, pre, post, weak in _patterns_near(read, first, first_number, last_number, last):
        if not fits(lexicon().measures[name], *unit):
            continue
        # the words before "#" may stand before the claim's qualifier: "cut up to 1,200 jobs"
        starts = range(first - len(pre), first_number - len(pre) + 1)
        begin = next((at for at in starts if matches(words, at, pre)), None)
        end = next((at for at in (last_number + 1, last + 1) if matches(words, at, post)), None)
        if begin is not None and end is not None:
            words_of = (range(begin, begin + len(pre)), range(end, end + len(post)))
            matched.append((name, pre, post, weak, *words_of))
    longest = max((len(pre) + len(post) for _, pre, post, *_ in matched), default=0)
    ranked: list[tuple[Rank, str, tuple[str, ...]]] = []
    covered: set[int] = set()
    for name, pre, post, weak, before, after in matched:
        if len(pre) + len(post) == longest:  # the longest pattern wins: "for # after" holds "# after"
            rank = (2 if weak else 0, 0.0, 0, -(longest + 1), _order(name))
            ranked.append((rank, name, (*pre, "#", *post)))
            if weak:
                covered.update(before, after)
    return ranked, frozenset(covered)


def _nearest_cue(
    read: Sentence,
    first: int,
    last: int,
    unit: tuple[str, str | None],
    subject: str | None,
    predicate: str | None,
) -> tuple[str, tuple[str, ...]] | None:
    """The measure and the best cue for the number at tokens ``first..last`` (see :func:`measure_of`).

    ``unit`` is the number's kind of unit and its unit.
    """
    kind = unit[0]
    numbers_here = [i for i in range(first, last + 1) if read.is_number[i]] or [first, last]
    first_number, last_number = numbers_here[0], numbers_here[-1]
    counted, noun = _counted(read, last_number)
    allowed = _allowed(kind, unit[1], counted)
    if _counts_a_noun(read, last):
        allowed -= _BARE  # "won two acquittals" is no score
    # "the two men were arrested": a definite number names people told of before, not what befell them
    told = noun if first > 0 and read.toks[first - 1][0].lower() in _DEFINITE else None

    ranked, covered = _pattern_ranks(read, (first, first_number, last_number, last), unit)
    near = _cues_in(read, *cue_reach(first, last))  # no cue further away ranks
    found = [
        (i, cue)
        for i, cue in near
        if cue.measure in allowed and not first <= i <= last_number and i not in covered
    ]
    longest: dict[int, int] = {}
    for i, cue in near:  # of any measure: a "life sentence" is no life, whatever the number counts
        longest[i] = max(longest.get(i, 0), len(cue.words))
    for i, cue in found:  # the claim's qualifier and number are no cues; its unit words ("16-year-old") are
        if len(cue.words) < longest[i]:
            continue  # the longest cue at a word wins: "rescue workers" are not rescued
        span = (i, i + len(cue.words) - 1)
        rank = cue_rank(read, cue, span, (first, last, last_number), read.numbers, told)
        if rank is not None:
            ranked.append((rank, cue.measure, cue.words))
    for tier, side in ((0, predicate), (1, subject)):
        for name, cue_tier, length, words_of_cue, is_noun in _side_channel(side, kind):
            written = not is_noun and all(part in read.vocabulary for part in words_of_cue)
            if name not in allowed or written:
                continue  # the scan above saw this event in the sentence, and whose it is; but a noun
                # before its number is the scan's to refuse and the subject's to name: "cases climb to 112"
            rank = (max(tier, cue_tier), _SIDE_CHANNEL_DISTANCE, 1, -length, _order(name))
            ranked.append((rank, name, ("<side>",)))
    if not ranked:
        return None
    _, name, cue_words = min(ranked, key=lambda found: found[0])
    return name, cue_words


def _cues_in(read: Sentence, lo: int, hi: int) -> Sequence[tuple[int, Cue]]:
    """The sentence's cues starting at tokens ``lo..hi``, found by bisection (they are in token order)."""
    cues = read.cues  # ``(lo,)`` sorts before every ``(lo, cue)``: no cue is ever compared
    return cues[bisect.bisect_left(cues, (lo,)) : bisect.bisect_left(cues, (hi + 1,))]


def _bridged_number(read: Sentence, first: int) -> tuple[int, int] | None:
    """The number that ours follows through a bridge word ("52 from 47"), as token positions."""
    if first < 2 or read.toks[first - 1][0].lower() not in _BRIDGES:
        return None
    found = next(numbers_before(read, first - 1), None)
    return found if found is not None and found[1] >= first - 4 else None


def _gapped_number(read: Sentence, first: int) -> tuple[int, int] | None:
    """The number whose verb ours shares, told by another ("police counted 22,000 and unions 80,000").

    Ours follows a conjunction and one word that is neither a number nor a cue.
    """
    if first < 3 or read.toks[first - 2][0].lower() not in _GAPPING or read.is_number[first - 1]:
        return None
    if not read.toks[first - 1][0].isalpha() or not read.words[first - 1].isdisjoint(lexicon().index):
        return None
    found = next(numbers_before(read, first - 2), None)
    return found if found is not None and found[1] >= first - 6 else None


def _order(name: str) -> int:
    return lexicon().order[name]


@functools.lru_cache(maxsize=4096)
def _side_channel(phrase: str | None, kind: str) -> tuple[tuple[str, int, int, tuple[str, ...], bool], ...]:
    """The measures that extraction's subject or predicate names, with their cue's strength."""
    if not phrase:
        return ()
    rows = lexicon().measures
    words = [lemmas(t[0]) for t in tokens(phrase)]
    at_word = [
        [cue for word in forms for cue in lexicon().index.get(word, ()) if matches(words, i, cue.words)]
        for i, forms in enumerate(words)
    ]
    return tuple(
        (cue.measure, cue.tier, len(cue.words), cue.words, cue.noun)
        for cues in at_word
        for cue in cues
        # the longest cue at a word wins, of any measure: "life sentences" are no lives
        if fits(rows[cue.measure], kind) and len(cue.words) == max(len(other.words) for other in cues)
    )


@functools.cache
def _default(kind: str) -> str | None:
    return next((m.name for m in lexicon().measures.values() if m.default and kind in m.units), None)
