"""Tests of ``Claim``: where a claim stands in its sentence, and what reads it from there."""

from __future__ import annotations

import dataclasses
import pickle

import claimnum
from claimnum import Claim
from claimnum.grouping import frame_of
from claimnum.loose_alignment import context_words
from claimnum.report import _highlighted_sentence
from claimnum.verify import _marked

TWINS = "Ortega, 20, and Vidal, 20, were held at dawn."


def _twins(text: str) -> tuple[Claim, Claim]:
    first, second = claimnum.extract(text)
    assert first.text == second.text
    return first, second


def test_extraction_records_each_claims_place_in_its_sentence() -> None:
    first, second = _twins(f"A quiet night.  {TWINS}")
    assert first.sentence == TWINS
    assert (first.sentence_at, second.sentence_at) == (TWINS.index("20"), TWINS.rindex("20"))
    for claim in (first, second):
        assert claim.sentence[claim.sentence_at :].startswith(claim.text)


def test_a_claim_built_without_its_place_falls_back_on_the_first_one() -> None:
    _, second = _twins(TWINS)
    by_hand = dataclasses.replace(second, sentence_offset=None)
    assert by_hand.sentence_at == TWINS.index("20")
    assert dataclasses.replace(second, sentence_offset=3).sentence_at == TWINS.index("20")  # not there
    assert dataclasses.replace(second, sentence="Nothing here.").sentence_at == -1


def test_copies_and_pickles_keep_the_place() -> None:
    _, second = _twins(TWINS)
    assert dataclasses.replace(second, negated=True).sentence_at == second.sentence_at
    assert pickle.loads(pickle.dumps(second)) == second


def test_each_twin_has_its_own_holder() -> None:
    first, second = _twins(TWINS)
    assert (frame_of(first).holder, frame_of(second).holder) == ("ortega", "vidal")


def test_each_twin_counts_its_own_of_phrase() -> None:
    first, second = _twins("She faces two counts of arson and two counts of burglary.")
    assert (frame_of(first).entity, frame_of(second).entity) == ("arson", "burglary")


def test_each_twin_has_its_own_time_anchor() -> None:
    first, second = _twins("Crews cleared 60 on Tuesday and 60 on Thursday.")
    assert (frame_of(first).anchor, frame_of(second).anchor) == ("tuesday", "thursday")


def test_each_twin_reads_its_own_context_words() -> None:
    first, second = _twins("The barge took 30 sheep at noon and 30 goats at dusk.")
    assert "noon" in context_words(first)
    assert "dusk" in context_words(second)


def test_the_report_marks_the_twin_it_shows() -> None:
    first, second = _twins(TWINS)
    cut = TWINS.rindex("20")
    marked = f"{TWINS[:cut]}<mark>20</mark>{TWINS[cut + 2 :]}"
    assert _highlighted_sentence(second, dissenting=False) == marked
    assert "Vidal, </span><mark>" in second._repr_html_()
    assert "Ortega, </span><mark>" in first._repr_html_()


def test_verification_marks_each_twin_with_its_own_verdict() -> None:
    first, second = _twins(TWINS)
    html = _marked([(second, "refuted"), (first, "supported")])
    assert html.index('title="supported"') < html.index('title="refuted"')


def test_frames_and_dicts_keep_each_twins_place() -> None:
    first, second = _twins(TWINS)
    places = [TWINS.index("20"), TWINS.rindex("20")]
    assert [first.to_dict()["sentence_at"], second.to_dict()["sentence_at"]] == places
    frame = claimnum.extract_frame([f"A quiet night.  {TWINS}"])
    assert frame["sentence_at"].tolist() == places
    assert claimnum.CLAIMS_META.dtypes["sentence_at"] == "int64"
