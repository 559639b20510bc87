"""Tests of claimnum.loose_alignment: counterparts found by context words when frames are thin."""

from __future__ import annotations

import pytest

import claimnum
from claimnum.data_files import data_table
from claimnum.grouping import frame_of
from claimnum.loose_alignment import (
    FEW,
    LOOSE_SCORE,
    SPECIFIC_COUNT,
    context_words,
    counted_noun,
    is_bare,
    is_partitive,
    loose_pairs,
)


def test_context_words_are_dictionary_forms_of_nearby_content_words() -> None:
    [claim] = claimnum.extract("Police said the man stabbed the guard 14 times in 1999.")
    assert {"stab", "guard", "man"} <= context_words(claim)
    assert "his" not in context_words(claim)


def test_a_shared_rare_word_aligns_and_scores_below_any_frame_link() -> None:
    [number] = claimnum.extract("He stabbed the guard 4 times.")
    evidence = claimnum.extract("He stabbed the guard 14 times. He had 3 children.")
    [(k, e, score)] = loose_pairs([number], evidence, [0])
    assert (k, evidence[e].value) == (0, 14)
    assert LOOSE_SCORE <= score < 0.5


def test_only_the_unaligned_numbers_are_looked_at() -> None:
    [number] = claimnum.extract("He stabbed the guard 4 times.")
    evidence = claimnum.extract("He stabbed the guard 14 times.")
    assert loose_pairs([number], evidence, []) == []
    assert loose_pairs([number], [], [0]) == []


def test_a_different_specific_entity_is_another_quantity() -> None:
    [number] = claimnum.extract("The gang stole 7 watches from the store.")
    evidence = claimnum.extract("The gang stole 17 rings from the store.")
    assert loose_pairs([number], evidence, [0]) == []


def test_a_bare_number_may_meet_a_measured_one() -> None:
    [number] = claimnum.extract("Okonjo was not 59.")
    evidence = claimnum.extract("Okonjo, 49, escaped.")
    assert [e for _, e, _ in loose_pairs([number], evidence, [0])] == [0]


def test_in_a_short_text_the_sole_figure_of_its_kind_is_the_counterpart() -> None:
    [number] = claimnum.extract("Homelessness Up 12 Percent")
    evidence = claimnum.extract("The number of homeless people rose 12% to 65,000.")
    assert [evidence[e].text for _, e, _ in loose_pairs([number], evidence, [0])] == ["rose 12%"]
    two = claimnum.extract("Rents rose 12% and prices rose 5%.")
    assert loose_pairs([number], two, [0]) == []  # two candidates: none is the sole one
    long = evidence + claimnum.extract(" ".join(f"Crews cleared {n} roads." for n in range(2, FEW + 3)))
    [other] = claimnum.extract("Homelessness Up 15 Percent")
    assert loose_pairs([other], long, [0]) == []  # a long text: too many figures to go by kind alone


def test_ratios_meet_whether_written_as_percentages_or_not() -> None:
    [number] = claimnum.extract("Exports grew 100% over the decade.")
    evidence = claimnum.extract("Exports doubled over the decade.")
    assert [e for _, e, _ in loose_pairs([number], evidence, [0])] == [0]


def test_a_bare_number_is_not_the_sole_figure_by_value_alone() -> None:
    # Nothing says what "3" counts: the short text's only count is not its counterpart for that.
    [number] = claimnum.extract("He said it was 3.")
    evidence = claimnum.extract("Crews cleared 5 roads.")
    assert loose_pairs([number], evidence, [0]) == []


def test_figures_of_two_roles_of_one_kind_are_never_loose_counterparts() -> None:
    [number] = claimnum.extract("The victim, 22, was found in the river.")
    evidence = claimnum.extract("The suspect, 24, was found in the river.")
    assert loose_pairs([number], evidence, [0]) == []


def test_counts_of_different_things_are_never_loose_counterparts() -> None:
    [number] = claimnum.extract("Vance is survived by four grandchildren, his family said.")
    evidence = claimnum.extract("Vance ordered nine secret wiretaps, his family said.")
    assert loose_pairs([number], evidence, [0]) == []
    assert claimnum.verify("Vance had four grandchildren.", evidence).verdict == "not enough info"


def test_the_counted_noun_is_the_entity_or_the_subjects_head() -> None:
    grandchildren, wiretaps = (
        counted_noun(c, frame_of(c)) for c in claimnum.extract("Four grandchildren; nine secret wiretaps.")
    )
    assert (grandchildren, wiretaps) == ("grandchild", "wiretap")
    [money] = claimnum.extract("The deal is worth $5 million.")
    assert counted_noun(money, frame_of(money)) is None


def test_two_written_times_of_two_kinds_are_two_events_for_a_loose_pair() -> None:
    [number] = claimnum.extract("On Monday three men raided the bakery.")
    evidence = claimnum.extract("In 2008 four men raided the bakery.")
    assert loose_pairs([number], evidence, [0]) == []


def test_the_context_window_counts_words_not_the_commas_of_an_apposition() -> None:
    [claim] = claimnum.extract("Ana Diaz, a noted potter, dies at 88")
    assert {"diaz", "potter", "die"} <= context_words(claim)


def test_the_very_same_figure_is_the_counterpart_where_no_word_tells_the_figures_apart() -> None:
    evidence = claimnum.extract(
        "The new Zorba line starts at $1,249 for the small model. The large Zorba model starts at $1,849."
    )
    [price] = claimnum.extract("Zorba laptops from $1,249")
    assert [evidence[e].text for _, e, _ in loose_pairs([price], evidence, [0])] == ["$1,249"]
    [other] = claimnum.extract("Zorba laptops from $999")
    assert loose_pairs([other], evidence, [0]) == []


def test_a_small_count_is_not_the_same_figure_by_value_alone() -> None:
    evidence = claimnum.extract("Crews in Tavira rescued 3 dogs. Crews in Tavira rescued 5 cats.")
    [count] = claimnum.extract("Three were rescued in Tavira.")
    assert count.value is not None
    assert count.value < SPECIFIC_COUNT
    assert loose_pairs([count], evidence, [0]) == []


def test_a_measured_number_meets_a_bare_figure_of_its_holder() -> None:
    [age] = claimnum.extract("Ian McRae, a retired potter, dies at 88")
    evidence = claimnum.extract("McRae was 88, his family said on Sunday.")
    assert is_bare(evidence[0], frame_of(evidence[0]))
    assert [e for _, e, _ in loose_pairs([age], evidence, [0])] == [0]
    assert claimnum.verify("Ian McRae, a retired potter, dies at 88", evidence).verdict == "supported"
    assert claimnum.verify("Ian McRae, a retired potter, dies at 58", evidence).verdict == "understated"


def test_two_holders_figures_do_not_meet_on_shared_words() -> None:
    [number] = claimnum.extract("Captain Ortega was fined four times")
    evidence = claimnum.extract("Nurse Pellam was fined twice, with one neighbour saying she was rude.")
    assert loose_pairs([number], evidence, [0]) == []


def _counterparts(claim: str, evidence: str) -> list[str]:
    numbers = claimnum.extract(claim)
    found = claimnum.extract(evidence)
    return [found[e].text for _, e, _ in loose_pairs(numbers, found, list(range(len(numbers))))]


@pytest.mark.parametrize("word", data_table("claim_frames.toml")["partitive_sets"])
def test_every_partitive_word_makes_a_part_of_a_set(word: str) -> None:
    [claim] = claimnum.extract(f"The inspectors said six of {word} were faulty.")
    assert is_partitive(claim)


def test_a_part_of_a_set_is_not_the_whole_set() -> None:
    assert not is_partitive(claimnum.extract("The inspectors found 40 faulty valves.")[0])
    assert is_partitive(claimnum.extract("The inspectors found 12 of 40 valves faulty.")[0])
    assert not is_partitive(claimnum.extract("The inspectors found 10 percent of the valves faulty.")[0])
    assert not is_partitive(claimnum.extract("The firm will replace 30 of its valves.")[0])
    assert is_partitive(claimnum.extract("The firm will replace 3 of its 30 valves.")[0])
    # the inspectors' valves: six of them were faulty is no count of all the faulty valves
    assert _counterparts("Inspectors found nine faulty valves.", "Six of the faulty valves were rusty.") == []
    both = _counterparts("Six of the valves were rusty.", "Four of the valves were rusty, inspectors said.")
    assert both == ["Four"]


def test_how_often_is_not_how_many() -> None:
    visits = "The inspector visited the mill five times."
    assert _counterparts(visits, "The inspector met four mill workers.") == []
    assert _counterparts(visits, "The inspector visited the mill twice.") == ["twice"]


def test_a_thing_counted_that_the_claim_never_names_is_another_quantity() -> None:
    # the claim's sentence names no goals: the evidence's count of goals is not its figure
    goals = "The striker finished the season with 30 goals."
    assert _counterparts("The striker finished the season with 41.", goals) == []
    assert _counterparts("The striker finished with 41 goals.", goals) == ["30"]


def test_of_the_figures_of_one_evidence_sentence_the_one_of_the_same_value_is_the_counterpart() -> None:
    claim = "The council voted 7-2, with seven members backing the plan."
    evidence = "The council backed the plan, with seven members for it and two against."
    numbers = claimnum.extract(claim)
    found = claimnum.extract(evidence)
    seven = [k for k, c in enumerate(numbers) if c.text == "seven"]
    assert [found[e].text for _, e, _ in loose_pairs(numbers, found, seven)] == ["seven"]


def test_the_very_same_figure_is_found_with_no_word_shared() -> None:
    claim = "The referendum ended 61 percent to 39 percent."
    evidence = "Islanders approved the bridge plan by 61% to 39%, officials said."
    assert _counterparts(claim, evidence) == ["61%", "39%"]
    assert _counterparts("The referendum ended 64 percent to 36 percent.", evidence) == []
    # the same value of two things the subjects name is no one figure
    assert _counterparts("Turnout Rose 61 Percent", "Islanders approved the bridge plan by 61%.") == []
