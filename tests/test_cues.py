"""The revision cue test per sentence answers as the sentence with the number cut out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimnum.cue_search import find_cues, has_cue_outside
from claimnum.measure_lexicon import revision_cues

_PIECES = [
    "rose",
    "to",
    "up",
    "from",
    "now",
    "had",
    "said",
    "52",
    "1,200",
    "3.5",
    "-",
    " - ",
    " ",
    ", ",
    "(",
    "it's",
    "at",
    "first",
    "toll",
    "police",
    "estimate",
    "organisers",
    "x",
]


@st.composite
def _cut(draw: st.DrawFn) -> tuple[str, int, int]:
    sentence = "".join(draw(st.lists(st.sampled_from(_PIECES), max_size=12)))
    start = draw(st.integers(0, len(sentence)))
    end = draw(st.integers(start, len(sentence)))
    return sentence, start, end


@settings(deadline=None, max_examples=500)
@given(_cut())
def test_cue_outside_is_cue_in_the_cut_sentence(cut: tuple[str, int, int]) -> None:
    sentence, start, end = cut
    expected = bool(find_cues(sentence[:start] + " " + sentence[end:], revision_cues()))
    assert has_cue_outside(sentence, start, end, revision_cues()) == expected


def test_a_cue_around_the_number_counts() -> None:
    # "up 40 from": cut out, the number leaves "up from", as the whole-sentence reading did
    assert has_cue_outside("The toll was up 40 from Friday.", 16, 18, revision_cues())
    assert not has_cue_outside("The toll was 40 on Friday.", 13, 15, revision_cues())
