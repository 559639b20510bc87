"""Tests of claimnum.loose_alignment: counterparts found by context words when frames are thin."""

from __future__ import annotations

import claimnum
from claimnum.grouping import frame_of
from claimnum.loose_alignment import (
    FEW,
    LOOSE_SCORE,
    SPECIFIC_COUNT,
    context_words,
    counted_noun,
    is_bare,
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
    assert loose_pairs([number], long, [0]) == []  # a long text: too many figures to go by kind alone


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
