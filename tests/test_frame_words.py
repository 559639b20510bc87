"""frame_words: a sentence read once for the frame readers; may_hold never misses a cue the
exact searches (cue_search) find."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimnum.anchors import clause_bounds
from claimnum.cue_search import find_cues, has_cue_outside
from claimnum.frame_words import may_hold, read
from claimnum.measure_lexicon import background_cues, revision_cues, tokens

SENTENCES = [
    "The tally climbed to 61 on Tuesday, up from 40 a day earlier.",
    "In Marlow, more than 300 volunteers signed up, fewer than last year.",
    "Prices rose 5 - 6 percent, then fell - 2 at the close.",
    "The mill's 1,200 workers, who were laid off in May, got $4.5m.",
    "A ferry carrying 80 people sank near Oskar Bay; 12 are missing.",
    "Rates went from 3%-4% to 7%, analysts at Pell & Rowe said.",
]


def test_read_words_and_cuts() -> None:
    sentence = "Rain fell, when 40 homes flooded."
    reading = read(sentence)
    assert [word.text for word in reading.toks] == ["Rain", "fell", ",", "when", "40", "homes", "flooded"]
    assert reading.cut_starts == (9, 11)  # the comma, and "when"
    assert reading.cuts == (10, 11)  # after the comma; at "when"
    assert "home" in reading.words[5]


def test_count_is_the_words_of_the_text_between() -> None:
    for sentence in SENTENCES:
        cuts = [0, *read(sentence).cuts, len(sentence)]
        for lo in cuts:
            for hi in cuts:
                if lo <= hi:
                    assert read(sentence).words_between(lo, hi) == len(tokens(sentence[lo:hi]))


def test_no_opener_no_cue() -> None:
    sentence = "Officials saw 250 tents."
    at = sentence.index("250")
    assert not may_hold(sentence, at, at + 3, revision_cues())
    assert not has_cue_outside(sentence, at, at + 3, revision_cues())


def test_a_cue_made_by_the_cut() -> None:
    sentence = "The total rose 7 to 90."  # "rose to" once 7 is cut out
    at = sentence.index("7")
    assert may_hold(sentence, at, at + 1, (("rise", "to"),))
    assert has_cue_outside(sentence, at, at + 1, (("rise", "to"),))


def test_a_split_word_is_read_anew() -> None:
    sentence = "It rose to 90."
    # a cut inside "rose" leaves halves that are other words: no filtering then
    assert may_hold(sentence, 4, 5, (("zzz",),))


def test_openers_are_remembered_per_set_of_phrases() -> None:
    reading = read("Prices rose, then rose again.")
    phrases = (("rise", "to"),)
    assert reading.openers(phrases) == (1, 4)
    assert reading.openers(phrases) is reading.openers(phrases)
    assert reading.openers((("fall",),)) == ()


@given(st.sampled_from(SENTENCES), st.integers(0, 80), st.integers(0, 20))
def test_may_hold_never_misses_a_cue(sentence: str, start: int, width: int) -> None:
    start = min(start, len(sentence))
    end = min(len(sentence), start + width)
    for cues in (revision_cues(), background_cues()):
        if has_cue_outside(sentence, start, end, cues):
            assert may_hold(sentence, start, end, cues)
    _, here, stop = clause_bounds(sentence, start, end)
    context = sentence[here:start] + " " + sentence[end:stop]
    if here <= start and find_cues(context, background_cues()):
        assert may_hold(sentence, start, end, background_cues(), here, stop)
