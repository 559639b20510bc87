"""Session 8: a headline's figure restated in other words, and ordinals whose noun is elided."""

from __future__ import annotations

import claimnum
from claimnum.dates_ordinals import date_findings


def test_a_figure_in_words_restates_the_headline_figure() -> None:
    premise = "The Owls piled up yards all night. Four hundred and twelve! Nobody had seen it before."
    result = claimnum.verify("The Owls ran for 412 net rushing yards.", premise)
    assert result.verdict == "supported"


def test_another_value_is_no_restatement() -> None:
    premise = "The Owls piled up yards all night. Four hundred and twelve! Nobody had seen it before."
    result = claimnum.verify("The Owls ran for 413 net rushing yards.", premise)
    assert result.verdict == "not enough info"


def test_a_small_count_is_not_restated_by_value_alone() -> None:
    premise = "Rain fell for hours. Three! The river kept rising all week."
    result = claimnum.verify("The storm swept away 3 rusty bridges.", premise)
    assert result.verdict == "not enough info"


def test_how_often_is_no_restatement_of_a_span() -> None:
    premise = "Marla Quist ran the archive for ten years before she left."
    result = claimnum.verify("The board asked Quist to resign ten times.", premise)
    assert result.verdict == "not enough info"


def test_a_name_s_digits_are_no_restatement() -> None:
    premise = "The Vega 8800 went on sale in May. It costs less than its rival."
    result = claimnum.verify("The Vega 8800 has no memory card.", premise)
    assert result.verdict == "not enough info"


def test_an_ordinal_names_its_noun_past_a_compound_modifier() -> None:
    premise = {"wire": "Dala scored on another last-minute header, his fourth of the season, to win it."}
    [finding] = date_findings("Dala Scores His Fourth Last-Minute Header Of The Season", premise)
    assert finding.verdict == "supported"
    [finding] = date_findings("Dala Scores His Sixth Last-Minute Header Of The Season", premise)
    assert finding.verdict == "overstated"


def test_an_elided_noun_only_where_the_source_never_writes_it() -> None:
    premise = {
        "wire": "Kade was stopped in the fourth round. In their first meeting he lasted longer, to the ninth."
    }
    [finding] = date_findings("Kade was stopped in the fourth round.", premise)
    assert finding.verdict == "supported"
    assert [e.text for e in finding.evidence] == ["fourth"]


def test_a_headline_tells_as_news_what_the_story_tells_as_its_past() -> None:
    premise = (
        "Marlow was fired on Tuesday. Owner Pike, who had handed Marlow two contract extensions since "
        "last spring, said the club must change."
    )
    assert claimnum.verify("Pike Gave Marlow Three Contract Extensions", premise).verdict == "overstated"
    assert claimnum.verify("Pike Gave Marlow Two Contract Extensions", premise).verdict == "supported"


def test_a_bare_figure_whose_words_name_the_unit() -> None:
    premise = "The Herons lost at home. Their opponent rushed for over 250 yards, a club record."
    assert claimnum.verify("The Herons Allowed Only 200 Rushing Yards", premise).verdict == "understated"


def test_a_round_figure_restates_the_figure_it_rounds() -> None:
    premise = "The Zephyr line starts at $2,499 and ships in May. Its battery lasts a day."
    assert claimnum.verify("Zephyr laptops priced from about $2,500", premise).verdict == "supported"
    assert claimnum.verify("Zephyr laptops priced from about $2,700", premise).verdict == "not enough info"


def test_a_bare_count_meets_a_figure_in_a_unit_only_where_its_words_name_the_unit() -> None:
    premise = "The firm is laying a 250 km pipeline. It hired staff in May."
    assert claimnum.verify("The company hired 250 workers.", premise).verdict == "not enough info"
