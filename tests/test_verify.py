"""Tests of claimnum.verify: verdicts, pooling of sources, negation, views, inputs and laws."""

from __future__ import annotations

import dataclasses
import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimnum
from claimnum import Claim, Interval
from claimnum.cli import EXIT_INPUT, EXIT_OK, EXIT_REFUTED, EXIT_USAGE, main
from claimnum.verify import VERDICTS, Verification, corrections, denials, verify

PROTEST = {
    "police": "Police said about 15,000 people marched.",
    "organisers": "The organisers said some 50,000 people marched.",
}
REFUTED = ("refuted", "overstated", "understated")


def one(text: str, source: str = "claim") -> Claim:
    [claim] = claimnum.extract(text, source=source)
    return claim


# ------------------------------------------------------------------------------------ verdicts


def test_the_protest_example_is_overstated() -> None:
    result = verify("More than 60,000 people marched.", PROTEST)
    assert result.verdict == "overstated"
    [finding] = result.items
    assert finding.sources == {"police": "overstated", "organisers": "overstated"}
    assert finding.agreeing == 0  # the two sources share no value: no majority
    text = result.explain()
    assert "police said about 15,000" in text
    assert "organisers said some 50,000" in text
    assert "allows at most 5" in text  # the organisers' "some 50,000" ends below 60,000


@pytest.mark.parametrize(
    ("claim", "evidence", "verdict"),
    [
        ("Over 500 people came.", "Over 600 people came.", "supported"),
        ("About 12,000 people came.", "12,000 people came.", "supported"),
        ("About 12,000 people came.", "Over 10,000 people came.", "compatible"),
        ("About 300 people came.", "Over 600 people came.", "understated"),
        ("Over 2,000 people came.", "About 600 people came.", "overstated"),
        ("About 600 people came.", "The quake killed 40 people.", "not enough info"),
        ("Nobody knows how many came.", "Over 600 people came.", "not enough info"),
        ("Nearly half of voters backed it.", "Some 48 percent of voters backed it.", "supported"),
        ("Two-thirds of voters backed it.", "Some 48 percent of voters backed it.", "overstated"),
        ("Greek Economy Shrinks By A Quarter", "Greece's economy shrank 25 percent.", "supported"),
        ("Homelessness Up 12 Percent", "The number of homeless people rose 12% to 65,000.", "supported"),
        # a headline that drops the hedge of the reported figure states more than the evidence
        ("Bomber kills 27 in market attack", "A bomber killed at least 27 people in a market.", "compatible"),
        ("Firm to cut 10% of staff", "The firm will cut about 10 percent of its staff.", "compatible"),
        ("Bomber kills 40 in market attack", "A bomber killed at least 27 people in a market.", "compatible"),
        ("More than 27 people were killed.", "A bomber killed at least 27 people in a market.", "compatible"),
        ("At least 27 people were killed.", "A bomber killed at least 27 people in a market.", "supported"),
        ("Nearly 27 people were killed.", "A bomber killed at least 27 people in a market.", "understated"),
    ],
)
def test_verdicts_of_one_source(claim: str, evidence: str, verdict: str) -> None:
    assert verify(claim, evidence).verdict == verdict


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Profit fell 12% last year.", "supported"),
        ("Profit rose 12% last year.", "refuted"),
        ("Profit fell 30% last year.", "overstated"),
        ("Profit fell 2% last year.", "understated"),
    ],
)
def test_a_change_the_wrong_way_is_refuted_and_a_larger_one_overstated(claim: str, verdict: str) -> None:
    result = verify(claim, "The company said its profit fell 12% last year.")
    assert result.verdict == verdict


def test_a_larger_cut_is_overstated() -> None:
    result = verify("The firm will cut 15,000 jobs.", "The firm said it will cut 1,500 jobs.")
    assert result.verdict == "overstated"
    assert "allows a fall of at most 1,600" in result.explain()


@pytest.mark.parametrize(
    ("claim", "evidence", "said"),
    [
        ("The firm cut 500 jobs.", "The firm cut 1,300 jobs.", "a fall of at least 1,200"),
        ("Profit fell 40%.", "Profit fell 10%.", "a fall of at most 11%"),
        ("Profit rose 2%.", "Profit rose 10%.", "a rise of at least 9%"),
        ("Profit rose 12%.", "Profit fell 10%.", "a fall of 9 to 11%"),
    ],
)
def test_explain_tells_a_change_by_its_size(claim: str, evidence: str, said: str) -> None:
    assert f"the evidence allows {said}:" in verify(claim, {"wire": evidence}).explain()


def test_a_claim_between_sources_that_disagree_is_refuted() -> None:
    result = verify("About 25,000 people marched.", PROTEST)
    assert result.verdict == "refuted"
    assert result.items[0].sources == {"police": "overstated", "organisers": "understated"}


def test_an_outlier_does_not_decide_and_keeps_its_own_verdict() -> None:
    evidence = soldiers("About 12,000", "Some 12,400", "Around 12,200", "Exactly 30,000")
    [finding] = verify("About 30,000 soldiers arrived.", evidence).items
    assert finding.verdict == "overstated"
    assert finding.agreeing == 3
    assert finding.sources["d"] == "supported"
    assert finding.sources["a"] == "overstated"


def soldiers(*counts: str) -> dict[str, str]:
    """One source per count: "<count> soldiers arrived."."""
    return {chr(ord("a") + i): f"{count} soldiers arrived." for i, count in enumerate(counts)}


def test_the_largest_camp_supports_without_a_strict_majority() -> None:
    evidence = soldiers("Exactly 47", "Exactly 60", "Exactly 60", "Exactly 20", "Exactly 90")
    [finding] = verify("Exactly 60 soldiers arrived.", evidence).items
    assert (finding.verdict, finding.agreeing) == ("supported", 2)
    # a camp does not refute alone: a claim it contradicts is weighed against every source
    assert verify("Exactly 47 soldiers arrived.", evidence).verdict == "compatible"


def test_a_source_that_repeats_a_figure_counts_once() -> None:
    evidence = {
        "a": "Exactly 47 soldiers arrived. Again: exactly 47 soldiers arrived.",
        "b": "Exactly 60 soldiers arrived.",
    }
    [finding] = verify("Exactly 60 soldiers arrived.", evidence).items
    # one source against one: no majority, but no more sources agree on another value than give
    # the number, and no teller's account is set against another's, so the source giving it is believed
    assert finding.verdict == "supported"
    assert finding.sources == {"a": "overstated", "b": "supported"}
    assert len(finding.allowed) == 2


def test_sources_agreeing_on_another_value_outweigh_one_that_gives_the_number() -> None:
    evidence = soldiers("Exactly 47", "Exactly 60", "Exactly 60")
    assert verify("Exactly 47 soldiers arrived.", evidence).verdict != "supported"
    assert verify("Exactly 60 soldiers arrived.", evidence).verdict == "supported"


def test_the_worst_number_decides_the_claim() -> None:
    evidence = "The quake killed 47 people and injured about 300."
    result = verify("The quake killed 47 people and injured 900.", evidence)
    assert [item.verdict for item in result.items] == ["supported", "overstated"]
    assert result.verdict == "overstated"
    assert VERDICTS.index("overstated") > VERDICTS.index("supported")


def test_currencies_need_rates() -> None:
    claim = "The deal was worth over $1 billion."
    evidence = "The deal was worth 13.5 billion SEK."
    assert verify(claim, evidence).verdict == "not enough info"
    assert verify(claim, evidence, rates={"SEK": 0.0911}).verdict == "supported"


def test_negation_inverts_the_relation_honestly() -> None:
    claim = one("Over 500 people came.")
    evidence = [one("Over 600 people came.", "wire")]
    assert verify(claim, evidence).verdict == "supported"
    assert verify(dataclasses.replace(claim, negated=True), evidence).verdict == "understated"
    denied = [dataclasses.replace(evidence[0], negated=True)]  # "not over 600": at most 600
    assert verify(one("Over 700 people came."), denied).verdict == "overstated"
    assert verify(one("Fewer than 1,000 people came."), denied).verdict == "supported"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The Orion Pro tablet did not cost $1,299.", "refuted"),  # one source gives that figure
        ("The Orion Pro tablet did not cost $899.", "supported"),  # no source gives it
        # the sources' figures differ, but no more sources agree on another than give $1,299
        ("The Orion Pro tablet cost $1,299.", "supported"),
    ],
)
def test_a_denial_is_refuted_by_a_source_giving_its_figure(claim: str, verdict: str) -> None:
    evidence = {
        "shop": "The Orion Pro tablet costs $1,299, the retailer said.",
        "review": "The smaller Orion Mini model costs $1,099.",
    }
    assert verify(claim, evidence).verdict == verdict


def test_a_denied_duration_the_sources_give_is_refuted() -> None:
    evidence = {"a": "The rescue took 11 days, officials said.", "b": "Divers said it lasted 11 days."}
    assert verify("The rescue did not take 11 days.", evidence).verdict == "refuted"


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Helen Marsh, 38, was charged.", "overstated"),  # her age, not her brother's 44
        ("Helen Marsh, 34, was charged.", "supported"),
        ("Peter Marsh, 34, was released.", "understated"),
    ],
)
def test_an_age_is_checked_against_the_same_persons(claim: str, verdict: str) -> None:
    evidence = {
        "a": "Helen Marsh, 34, was charged on Friday. Her brother Peter Marsh, 44, was released.",
        "b": "Police also questioned Ian Cole, 38, a neighbour.",
    }
    assert verify(claim, evidence).verdict == verdict


@pytest.mark.parametrize(
    ("evidence", "verdict"),
    [
        ("A 59-year-old woman was killed in the crash.", "not enough info"),  # someone else's age
        ("A 59-year-old woman was killed. Her nephew Tom Reed, 32, spoke.", "supported"),
    ],
)
def test_a_named_persons_age_is_not_checked_against_unnamed_ages(evidence: str, verdict: str) -> None:
    assert verify("Her nephew, Tom Reed, 32, said they were shocked.", evidence).verdict == verdict


# ------------------------------------------------------------------------------------ views


def test_views_of_a_verification() -> None:
    result = verify("Over 500 people came, and 3 people died.", {"a": "Over 600 people came."})
    assert isinstance(result, Verification)
    assert repr(result) == "Verification('not enough info', 2 numbers: supported, not enough info)"
    frame = result.to_frame()
    assert frame["verdict"].tolist() == ["supported", "not enough info"]
    assert list(frame.columns[:6]) == ["claim", "negated", "lo", "hi", "unit", "verdict"]
    assert result.to_frame(per_source=True)["source"].tolist() == ["a"]
    assert "no evidence speaks of this quantity" in result.explain()


def test_html_escapes_both_texts() -> None:
    result = verify(
        "Over 500 people came <b>today</b>.", {"<i>wire</i>": "Over 600 people came. <script>x</script>"}
    )
    html = result._repr_html_()
    assert "<script>" not in html
    assert "<b>" not in html
    assert "&lt;b&gt;" in html
    assert "&lt;i&gt;wire&lt;/i&gt;" in html
    assert "<mark>" in html


@pytest.mark.parametrize(
    "evidence",
    [
        {"wire": "Over 600 people came."},
        ["Over 600 people came."],
        pd.Series({"wire": "Over 600 people came."}),
        [one("Over 600 people came.", "wire")],
    ],
)
def test_evidence_in_every_form(evidence: object) -> None:
    assert verify("Over 500 people came.", evidence).verdict == "supported"


def test_evidence_as_a_dataframe_names_its_columns() -> None:
    frame = pd.DataFrame({"outlet": ["wire"], "body": ["Over 600 people came."]})
    assert verify("Over 500 people came.", frame, text="body", source="outlet").verdict == "supported"
    with pytest.raises(claimnum.InvalidArgumentError):
        verify("Over 500 people came.", frame)


def test_input_errors_name_verify_not_reconcile() -> None:
    with pytest.raises(claimnum.InvalidTypeError, match=r"^verify expects .* got int$"):
        verify("40 died", 5)
    frame = pd.DataFrame({"outlet": ["wire"], "body": ["40 died"]})
    with pytest.raises(claimnum.InvalidArgumentError, match=r'^verify got a DataFrame: .*text="body"'):
        verify("40 died", frame)
    frame = pd.DataFrame({"body": ["40 died", 40]})
    with pytest.raises(claimnum.InvalidTypeError, match=r"^verify: row 1 of text='body' holds a int"):
        verify("40 died", frame, text="body")


@pytest.mark.parametrize(
    "claim", [{"a": "40 people died."}, pd.DataFrame({"text": ["40 people died."]})], ids=["dict", "frame"]
)
def test_a_mapping_as_the_claim_is_an_error_not_a_silent_no_info(claim: object) -> None:
    with pytest.raises(claimnum.InvalidTypeError, match=r"claim must be a text, a Claim or a sequence"):
        verify(claim, {"a": "40 people died."})  # type: ignore[arg-type]


@pytest.mark.parametrize("claim", [17, ["Nine boats sank.", 17]], ids=["number", "part"])
def test_a_bad_claim_is_named_before_the_evidence_is_read(claim: object) -> None:
    with pytest.raises(claimnum.InvalidTypeError, match=r"claim must be a text"):
        verify(claim, 5)  # type: ignore[arg-type]


def test_missing_evidence_texts_are_skipped_and_missing_sources_named_by_row() -> None:
    frame = pd.DataFrame(
        {"outlet": ["wire", None, float("nan")], "body": ["Over 600 people came.", None, "About 650 came."]},
        index=["r0", "r1", "r2"],
    )
    result = verify("Over 500 people came.", frame, text="body", source="outlet")
    assert list(result.documents) == ["wire", "r2"]


def test_many_claims_at_once() -> None:
    claims = [
        one("Over 500 people came."),
        one("About 12,000 soldiers arrived."),
        one("Over 90 people came."),
    ]
    documents = {"a": "Over 600 people came.", "b": "Around 12,000 soldiers arrived."}
    result = verify(claims, documents)
    assert [item.verdict for item in result.items] == ["supported", "supported", "supported"]


def test_bad_claims_are_refused() -> None:
    with pytest.raises(claimnum.InvalidTypeError):
        verify(42, "Over 600 people came.")  # type: ignore[arg-type]
    with pytest.raises(claimnum.InvalidTypeError):
        verify([42], "Over 600 people came.")  # type: ignore[list-item]
    with pytest.raises(claimnum.InvalidTypeError, match=r"got bytes; decode bytes first.*claim\.decode"):
        verify(b"Over 600 people came.", {"a": "Over 600 people came."})  # type: ignore[arg-type]
    with pytest.raises(claimnum.InvalidTypeError, match="no order"):
        verify({"Over 600 people came.", "About 12,000 soldiers."}, {"a": "Over 600 people came."})


def test_times_with_and_without_a_zone_are_read_in_utc() -> None:
    evidence = {
        "a": ("2024-05-01T23:00+02:00", "The storm killed at least 3 people."),
        "b": ("2024-05-01 22:00", "The toll rose to 10."),
    }
    assert verify("The storm killed 10 people.", evidence).verdict == "supported"


# ------------------------------------------------------------------------------------ laws

BASE = one("Exactly 47 people died.")
WITNESS = one("Exactly 47 people died.", "wire")


@st.composite
def readings(draw: st.DrawFn) -> tuple[Interval, Interval]:
    """A support and a literal reading around it, within one order of magnitude (one quantity)."""
    lo = draw(st.integers(20, 90))
    hi = draw(st.integers(lo, 99))
    support = Interval(lo, hi)
    below, above = draw(st.integers(0, lo - 11)), draw(st.integers(0, 99 - hi))
    return support, Interval(lo - below, hi + above)


def as_claim(template: Claim, support: Interval, literal: Interval) -> Claim:
    return dataclasses.replace(template, interval=support, core=support, literal=literal)


@settings(max_examples=120, deadline=None)
@given(readings(), readings(), st.integers(0, 10), st.integers(0, 10))
def test_widening_the_claim_never_turns_supported_into_refuted(
    said: tuple[Interval, Interval], known: tuple[Interval, Interval], down: int, up: int
) -> None:
    claim = as_claim(BASE, *said)
    evidence = [as_claim(WITNESS, *known)]
    literal = said[1]
    wider = as_claim(BASE, said[0], Interval(literal.lo - down, literal.hi + up))
    before, after = verify(claim, evidence).verdict, verify(wider, evidence).verdict
    assert before in VERDICTS
    if before == "supported":
        assert after == "supported"
    if before == "compatible":
        assert after in ("supported", "compatible")


@settings(max_examples=120, deadline=None)
@given(readings(), readings())
def test_verify_agrees_with_check_on_conflicts(
    said: tuple[Interval, Interval], known: tuple[Interval, Interval]
) -> None:
    claim = as_claim(BASE, *said)
    evidence = as_claim(WITNESS, *known)
    verdict = verify(claim, [evidence]).verdict
    if claimnum.check([claim, evidence]).verdict == "conflicting":
        assert verdict in REFUTED
    if verdict == "supported":
        assert claimnum.check([claim, evidence]).verdict != "conflicting"


# ------------------------------------------------------------------------------------ command line


@pytest.fixture
def protest_files(tmp_path: Path) -> list[str]:
    paths = []
    for name, text in PROTEST.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_cli_exit_status_says_refuted(protest_files: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "More than 60,000 people marched.", *protest_files]) == EXIT_REFUTED
    assert "overstated" in capsys.readouterr().out
    assert main(["verify", "More than 10,000 people marched.", *protest_files]) == EXIT_OK


def test_cli_formats_and_claim_file(
    protest_files: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claim = tmp_path / "claim.txt"
    claim.write_text("About 25,000 people marched.", encoding="utf-8")
    assert main(["verify", "--claim-file", str(claim), *protest_files, "--format", "json"]) == EXIT_REFUTED
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "refuted"
    assert sorted(data["items"][0]["sources"].values()) == ["overstated", "understated"]
    assert main(["verify", "Over 10,000 people marched.", *protest_files, "-f", "csv"]) == EXIT_OK
    assert capsys.readouterr().out.startswith("claim,negated,lo,hi,unit,verdict")


def test_cli_usage_errors(protest_files: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify"]) == EXIT_USAGE
    assert main(["verify", "Over 10,000 people marched."]) == EXIT_USAGE
    assert main(["verify", "--claim-file", "no-such-claim.txt", *protest_files]) == EXIT_INPUT
    assert "no evidence" in capsys.readouterr().err


# ------------------------------------------------------------------------------------ dev pairs


def test_the_dev_pairs_are_labels_and_offsets_only() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import bench_verify

    pairs = bench_verify.load_pairs()
    assert len(pairs) >= 150
    assert {p["label"] for p in pairs} == set(VERDICTS)
    for pair in pairs:
        topic, sub = re.fullmatch(r"(\d+)(ecb|ecbplus)", pair["cluster"]).groups()  # type: ignore[union-attr]
        assert re.fullmatch(rf"{topic}_\d+{sub}\.txt", pair["claim_file"])
        if "altered" in pair:
            assert len(pair["altered"]) < 120  # a short sentence of our own
        else:
            assert 0 <= pair["start"] < pair["end"]
    if bench_verify.TEXTS.is_dir():  # the articles stay in ../shared; offsets must fall inside them
        for pair in pairs[:20]:
            claim, evidence = bench_verify.claim_and_evidence(pair)
            assert claim.strip()
            assert evidence
            assert pair["claim_file"] not in evidence


def test_headline_pairs_cut_the_claim_out_of_its_article() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import bench_verify

    assert bench_verify.load_headlines(Path("no/such/file.toml")) == []
    pairs = bench_verify.load_headlines(Path(__file__).parent / "fixtures" / "headline_pairs.toml")
    assert len(pairs) >= 10
    assert {p["label"] for p in pairs} <= set(VERDICTS)
    if bench_verify.TEXTS.is_dir():
        for pair in pairs:
            claim, premise = bench_verify.claim_and_premise(pair)
            article = (bench_verify.TEXTS / pair["file"]).read_text(encoding="utf-8")
            [(name, text)] = premise.items()
            assert name == pair["file"]
            assert len(text) == len(article) - (pair["end"] - pair["start"])
            assert claim == (pair["altered"] or article[pair["start"] : pair["end"]])


# ------------------------------------------------------------------ fresh stories of our own

CROWD = {
    "police": "Police said about 8,000 people took part in the march.",
    "organisers": "Organisers said some 20,000 people took part in the march.",
    "agency": "Between 10,000 and 12,000 people took part in the march, a news agency said.",
}


TOLL = {
    "monday": ("2026-03-02", "At least 12 people were killed when the dam burst, officials said."),
    "tuesday": ("2026-03-03", "The death toll from the dam burst rose to 31."),
    "wednesday": ("2026-03-04", "Rescuers said 54 people had been killed by the dam burst."),
}


@pytest.mark.parametrize(
    ("evidence", "claim", "verdict"),
    [
        (CROWD, "More than 40,000 people took part in the march.", "overstated"),
        (CROWD, "Fewer than 5,000 people took part in the march.", "understated"),
        (CROWD, "Over 10,000 people took part in the march.", "compatible"),
        (TOLL, "Toll Tops 50 After Dam Burst", "supported"),
        (TOLL, "The dam burst killed 54 people.", "supported"),
        (TOLL, "The dam burst killed 12 people.", "understated"),
        (TOLL, "The dam burst killed more than 60 people.", "overstated"),
        (TOLL, "It is not true that 54 people were killed.", "refuted"),
    ],
)
def test_protest_crowds_and_a_rising_death_toll(evidence: dict[str, Any], claim: str, verdict: str) -> None:
    assert verify(claim, evidence).verdict == verdict


def test_older_reports_of_a_toll_do_not_outvote_the_latest() -> None:
    untimed = {source: text for source, (_, text) in TOLL.items()}
    assert verify("The dam burst killed 54 people.", untimed).verdict == "supported"
    # Reports that cannot be one growing total (a later one lower) are a conflict, not an update.
    shrinking = {"a": ("2026-03-02", TOLL["wednesday"][1]), "b": ("2026-03-03", TOLL["tuesday"][1])}
    assert verify("The dam burst killed 54 people.", shrinking).verdict != "supported"
    headline_too_early = {k: TOLL[k] for k in ("monday", "tuesday")}
    assert verify("Toll Tops 50 After Dam Burst", headline_too_early).verdict == "overstated"


DEAL = {
    "wire": "The company agreed to buy its rival for 2.4 billion euros.",
    "paper": "The takeover of the rival is worth about $2.6 billion.",
}


def test_a_deal_value_in_two_currencies() -> None:
    rates = {"EUR": 1.0, "USD": 0.92}
    assert verify("The takeover is worth 5 billion euros.", DEAL, rates=rates).verdict == "overstated"
    [finding] = verify("The takeover is worth 5 billion euros.", DEAL, rates=rates).items
    assert set(finding.sources) == {"wire", "paper"}
    [alone] = verify("The takeover is worth 5 billion euros.", DEAL).items
    assert set(alone.sources) == {"wire"}  # dollars do not convert without rates


@pytest.mark.parametrize(
    ("claim", "evidence", "verdict"),
    [
        ("Okonjo was not 59.", "Okonjo, 49, left the clinic.", "supported"),
        ("Okonjo was not 49.", "Okonjo, 49, left the clinic.", "refuted"),
        ("Okonjo was 49.", "Okonjo, 49, left the clinic.", "supported"),
        ("He stabbed the guard 4 times.", "In 1999 he stabbed the guard 14 times.", "understated"),
        ("It uses a fifth of the power.", "The new chip uses a fifth of the power.", "supported"),
    ],
)
def test_thin_frames_still_find_their_counterpart(claim: str, evidence: str, verdict: str) -> None:
    assert verify(claim, {"wire": evidence}).verdict == verdict


def test_a_shared_name_alone_is_not_the_same_quantity() -> None:
    evidence = {"wire": "Klitschko landed 178 punches. Klitschko, 36, won his 16th fight in a row."}
    [finding] = verify("Klitschko has 61 knockouts.", evidence).items
    assert finding.verdict == "not enough info"


@pytest.mark.parametrize("denial", denials())
def test_every_denial_negates_the_claim(denial: str) -> None:
    claim = f"{denial[0].upper()}{denial[1:]} 54 people were killed in the dam burst."
    [number] = verify(claim, {"wire": "54 people were killed in the dam burst."}).items
    assert number.claim.negated
    assert number.verdict == "refuted"


def test_a_vague_word_sharing_only_the_measure_does_not_refute_a_figure() -> None:
    evidence = "The prison has held inmates for decades. He was sentenced on Monday."
    result = claimnum.verify("He was sentenced to 12 years in prison.", evidence)
    assert result.verdict == "not enough info"
    assert "vague" in result.explain()


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # one teller's account against the other's: no majority (issue 12)
        ("About 20,000 people marched.", "compatible"),  # the organisers' account
        ("About 8,500 people marched.", "compatible"),  # the police's
        ("More than 40,000 people marched.", "overstated"),
    ],
)
def test_two_tellers_accounts_of_a_crowd_in_one_source_are_both_read(claim: str, verdict: str) -> None:
    evidence = {"Courier": "Organisers put the turnout at 20,000, while police counted roughly 8,500."}
    assert claimnum.verify(claim, evidence).verdict == verdict


def test_people_favours_neither_account_of_a_crowd() -> None:
    told = "Police said about 15,000 people marched, while organisers put the number at 50,000."
    evidence = {"Courier": told}
    # the organisers' figure against the police's: neither decides alone (issue 12)
    [finding] = claimnum.verify("Some 50,000 people marched.", evidence).items
    assert finding.verdict == "compatible"
    assert sorted(finding.sources.values()) == ["overstated", "supported"]


def test_a_denial_says_so_in_every_view() -> None:
    result = verify("The fire did not destroy 40 homes.", {"a": "The fire destroyed 200 homes."})
    [finding] = result.items
    assert finding.claim.negated
    assert finding.explain().startswith("The claim says not 40 (it denies the figure); a said 200;")
    assert "not 40" in result.explain()
    assert result.to_frame()["negated"].tolist() == [True]
    assert result.to_dict()["items"][0]["negated"] is True
    plain = verify("The fire destroyed 40 homes.", {"a": "The fire destroyed 200 homes."})
    assert plain.items[0].explain().startswith("The claim says 40; ")
    assert plain.to_frame()["negated"].tolist() == [False]


@pytest.mark.parametrize("phrase", [" ".join(p) for p in corrections()[0]])
def test_every_phrase_after_a_corrected_figure_leaves_only_the_correction(phrase: str) -> None:
    result = verify(f"Not 500 {phrase} 50 people came.", {"a": "About 50 people came."})
    assert [(item.claim.text, item.claim.negated) for item in result.items] == [("50", False)]
    assert result.verdict == "compatible"


@pytest.mark.parametrize("phrase", [" ".join(p).replace(" ,", ",") for p in corrections()[1]])
def test_every_phrase_before_a_corrected_figure_leaves_only_the_figure_that_stands(phrase: str) -> None:
    sentence = f"50{phrase if phrase.startswith(',') else ' ' + phrase} 500 people came."
    result = verify(sentence, {"a": "About 50 people came."})
    assert [item.claim.text for item in result.items] == ["50"]


@pytest.mark.parametrize(
    "claim",
    [
        "Not 500, but 50 people came.",
        "The crowd was not 500 people but 50.",
        "Some 50 people came, not 500.",
    ],
)
def test_a_figure_its_sentence_corrects_is_no_claim_of_its_own(claim: str) -> None:
    result = verify(claim, {"a": "About 50 people came."})
    assert [item.claim.negated for item in result.items] == [False]
    assert result.verdict in ("supported", "compatible")


def test_a_denial_without_a_correction_is_still_checked() -> None:
    claim = "Police did not arrest 40 people, but the court charged 12."  # "but" opens a clause of its own
    result = verify(claim, {"a": "Police arrested 40 people."})
    assert [item.claim.text for item in result.items] == ["40", "12"]
    [finding] = verify("The fire did not destroy 40 homes.", {"a": "The fire destroyed 40 homes."}).items
    assert finding.verdict == "refuted"


# ------------------------------------------------- what a fact-checker expects of any pair
# Premise/hypothesis pairs of our own (invented stories): the hypothesis is the claim, the premise the
# one source.  Each row is one general behaviour: a quantity the premise never states, the same
# quantity restated, parts summed, headline phrasing, a qualifier's direction, ages, durations, money,
# ordinals, dates and negation.


def _fact_checker_pairs() -> list[tuple[str, str, str]]:
    with (Path(__file__).parent / "fixtures" / "fact_checker_pairs.toml").open("rb") as handle:
        return [(p["hypothesis"], p["premise"], p["verdict"]) for p in tomllib.load(handle)["pair"]]


@pytest.mark.parametrize(("hypothesis", "premise", "verdict"), _fact_checker_pairs())
def test_a_fact_checkers_pairs(hypothesis: str, premise: str, verdict: str) -> None:
    assert verify(hypothesis, {"premise": premise}).verdict == verdict


def test_an_age_the_premise_gives_otherwise_refutes_it() -> None:
    assert (
        verify("The driver, 28, was arrested.", {"premise": "The driver, 82, was arrested."}).verdict
        in REFUTED
    )


def test_a_title_case_headline_is_read_in_its_storys_case() -> None:
    from claimnum.verify import sentence_cased

    story = {"wire": "Mayor Rose Hill said the county will shut 14 of its libraries next year."}
    result = verify("County To Shut 14 Libraries, Rose Hill Says", story)
    assert result.verdict == "supported"
    [finding] = result.items
    assert finding.claim.text == "14"
    assert finding.claim.sentence.startswith("County To Shut")  # shown as written
    cased = sentence_cased("County To Shut 14 Libraries, Rose Hill Says", story.values())
    assert cased == "County to shut 14 libraries, Rose Hill says"  # the story writes the names capitalised
    plain = "The county will shut 14 Libraries."
    assert sentence_cased(plain, story.values()) == plain


_RALLY = {
    "police": "Police said roughly 8,000 people joined the rally outside the stadium on Sunday.",
    "unions": "The unions said some 30,000 people took part in Sunday's rally.",
}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Two million people rallied on Sunday.", "overstated"),
        ("Only 300 people rallied on Sunday.", "understated"),
    ],
)
def test_a_strong_link_keeps_a_counterpart_however_far_off(claim: str, verdict: str) -> None:
    # Same measure and same day: an exaggeration of the crowd, not another quantity.
    assert verify(claim, _RALLY).verdict == verdict


def test_a_link_on_the_measure_alone_keeps_its_reach() -> None:
    evidence = {"wire": "Roughly 8,000 people joined the rally outside the stadium."}
    assert verify("Two million people rallied on Sunday.", evidence).verdict == "not enough info"


def test_a_denied_figure_of_the_evidence_is_explained_as_denied() -> None:
    evidence = "The floods did not cut off 25 villages, aid workers said."
    result = verify("The floods cut off 25 villages.", evidence)
    assert result.verdict in REFUTED
    [finding] = result.items
    assert "denied 25" in finding.explain()
    assert "gives another" not in finding.explain()
