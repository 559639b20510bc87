"""Tests of the measure reader's closed word classes (``[grammar]`` of measures.toml): one test per word."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from claimnum.cue_grammar import Figure, _acts, _after_be, _main_verb, _partitive, cue_rank
from claimnum.measure_sentence import Span, asides_of, is_clock, read_sentence
from claimnum.measures import _counted, measure_of
from claimnum.one_person import of_one_person
from claimnum.other_figures import bridged_number, gapped_number

TABLE = tomllib.loads(resources.files("claimnum").joinpath("data/measures.toml").read_text("utf-8"))
GRAMMAR = TABLE["grammar"]
_FORMS = {"be": "were", "get": "got", "have": "had"}  # a lemma as a sentence writes it


def _rank_of(sentence: str, measure: str, figure: Figure) -> object:
    """The rank of the first cue of ``measure`` in the sentence for the claim at ``figure``."""
    read = read_sentence(sentence)
    at, cue = next((i, cue) for i, cue in read.cues if cue.measure == measure)
    return cue_rank(read, cue, Span(at, at + len(cue.words) - 1), figure, read.numbers, None)


def test_every_class_has_its_test() -> None:
    marks = [mark for test in globals().values() for mark in getattr(test, "pytestmark", ())]
    tested = {name for name, words in GRAMMAR.items() if any(mark.args[1] is words for mark in marks)}
    assert tested == set(GRAMMAR)


@pytest.mark.parametrize("word", GRAMMAR["passive"])
def test_every_passive_word_makes_the_verb_after_it_passive(word: str) -> None:
    assert _after_be(read_sentence(f"Five men {_FORMS[word]} hurt."), 3)


@pytest.mark.parametrize("word", GRAMMAR["object_determiners"])
def test_every_object_determiners_word_opens_the_object_of_an_active_verb(word: str) -> None:
    assert _acts(read_sentence(f"Two officers shot {word} man."), 0, Span(2, 2))


@pytest.mark.parametrize("word", GRAMMAR["phrase_ends"])
def test_every_phrase_ends_word_ends_a_numbers_noun_phrase(word: str) -> None:
    assert _counted(read_sentence("Crews found 12 empty homes."), 2).kind == "things"
    assert _counted(read_sentence(f"Crews found 12 empty {_FORMS.get(word, word)} homes."), 2).kind is None


@pytest.mark.parametrize("word", GRAMMAR["other_event"])
def test_every_other_event_word_keeps_a_later_verb_from_the_number(word: str) -> None:
    assert _rank_of("Cases rose to 112 and a child died.", "deaths", Figure(3, 3, 3)) is not None
    assert _rank_of(f"Cases rose to 112 {word} a child died.", "deaths", Figure(3, 3, 3)) is None


@pytest.mark.parametrize("word", GRAMMAR["partitive_determiners"])
def test_every_partitive_determiners_word_may_stand_in_a_partitive(word: str) -> None:
    assert _partitive(read_sentence(f"Two of {word} 12 miners were rescued."), 0, 3)


@pytest.mark.parametrize("word", GRAMMAR["noun_determiners"])
def test_every_noun_determiners_word_may_open_an_averted_object(word: str) -> None:
    assert _rank_of("He was sent to jail for 10 years.", "prison_term", Figure(6, 7, 6)) is not None
    assert _rank_of(f"He avoided {word} jail for 10 years.", "prison_term", Figure(5, 6, 5)) is None


@pytest.mark.parametrize("word", GRAMMAR["agents"])
def test_every_agents_word_makes_the_number_the_doer(word: str) -> None:
    assert _rank_of(f"The boy was shot {word} two officers.", "victims", Figure(5, 5, 5)) is None


@pytest.mark.parametrize("word", GRAMMAR["number_openers"])
def test_every_number_openers_word_may_open_a_sentence_before_its_number(word: str) -> None:
    sentence = f"{word.capitalize()} five residents of the small town on the far edge of the bay were hurt."
    read = read_sentence(sentence)
    assert _main_verb(read, Span(len(read.toks) - 1, len(read.toks) - 1), Figure(1, 1, 1))


@pytest.mark.parametrize("word", GRAMMAR["gapping"])
def test_every_gapping_word_lets_a_teller_share_the_verb_before(word: str) -> None:
    assert gapped_number(read_sentence(f"Police counted 22,000 {word} unions 80,000."), 5) == Span(2, 2)


@pytest.mark.parametrize("word", GRAMMAR["bridges"])
def test_every_bridges_word_makes_a_second_figure_of_the_firsts_measure(word: str) -> None:
    assert bridged_number(read_sentence(f"It rose to 52 {word} 47."), 5) == Span(3, 3)


@pytest.mark.parametrize("word", GRAMMAR["clause_ends"])
def test_every_clause_ends_word_ends_the_clause_of_a_persons_number(word: str) -> None:
    assert of_one_person(read_sentence(f"Hadley was 64 {word} police said."), Span(2, 2))


@pytest.mark.parametrize("word", GRAMMAR["not_names"])
def test_every_not_names_word_names_no_person_before_was(word: str) -> None:
    assert not of_one_person(read_sentence(f"{word.capitalize()} was 75."), Span(2, 2))


@pytest.mark.parametrize("word", GRAMMAR["definite"])
def test_every_definite_word_makes_a_number_people_told_of_before(word: str) -> None:
    sentence = f"Police said {word} two men were arrested."
    at = sentence.index("two")
    assert measure_of(sentence, at, at + 3, unit=None, subject=None, predicate=None) != "arrests"
    plain = "Police said two men were arrested."
    assert measure_of(plain, 12, 15, unit=None, subject=None, predicate=None) == "arrests"


@pytest.mark.parametrize("word", GRAMMAR["number_words"])
def test_every_number_words_word_is_a_number(word: str) -> None:
    assert read_sentence(f"They found {word} boats.").is_number[2]


@pytest.mark.parametrize("word", GRAMMAR["conjunctions"])
def test_every_conjunctions_word_counts_more_than_a_word(word: str) -> None:
    owning = read_sentence(f"40 {word} 50").owning
    assert owning[2] - owning[1] > owning[1] - owning[0]


@pytest.mark.parametrize("word", GRAMMAR["not_units"])
def test_every_not_units_word_names_no_unit(word: str) -> None:
    assert read_sentence(f"It was 12 {word} here.").unit_at(3) is None
    assert read_sentence("It was 12 metres here.").unit_at(3) == "length"


@pytest.mark.parametrize("word", GRAMMAR["clock"])
def test_every_clock_word_makes_a_time_of_day(word: str) -> None:
    assert is_clock(read_sentence(f"They met at 4 {word} there.").toks, 3)


@pytest.mark.parametrize("word", GRAMMAR["months"])
def test_every_months_word_makes_a_day_of_the_month(word: str) -> None:
    assert is_clock(read_sentence(f"They met on {word.capitalize()} 27 there.").toks, 4)
    assert not is_clock(read_sentence("They met 27 men there.").toks, 2)


@pytest.mark.parametrize("word", GRAMMAR["weekdays"])
def test_every_weekdays_word_names_no_person_before_was(word: str) -> None:
    assert not of_one_person(read_sentence(f"The toll on {word.capitalize()} was 52."), Span(5, 5))


@pytest.mark.parametrize("word", GRAMMAR["relatives"])
def test_every_relatives_word_opens_an_aside(word: str) -> None:
    assert asides_of(f"two leaders , {word} have 20 wives , were charged".split())[4] == 2


@pytest.mark.parametrize("word", GRAMMAR["multiples"])
def test_every_multiples_word_counts_the_noun_after_it(word: str) -> None:
    sentence = f"Police are investigating a {word} murder in the town."
    at = sentence.index(word)
    assert measure_of(sentence, at, at + len(word) + 7, unit=None, subject=None, predicate=None) == "deaths"
