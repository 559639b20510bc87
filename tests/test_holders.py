"""Tests of claimnum.holders: whose quantity a number is, and which holders are one.

The sentences are our own, written for these tests.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lemminflect import getInflection

import claimnum
from claimnum.alignment import EvidenceIndex
from claimnum.grouping import frame_of, link
from claimnum.holders import holder_of, names_in, refers_back, same_holder
from claimnum.parties import aliases, holders_named, one_party, one_side, resolve_unnamed, spellings

WORDS = tomllib.loads(resources.files("claimnum").joinpath("data/holders.toml").read_text("utf-8"))


def holder(sentence: str, number: str) -> str | None:
    at = sentence.index(number)
    return holder_of(sentence, at, at + len(number))


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("Riverton's five-year offer was the highest.", "five-year", "riverton"),
        ("The Bayport Owls made Jones a five-year offer.", "five-year", "bayport owls"),
        ("Jones still has a six-year offer still on the table from the Hawks.", "six-year", "hawks"),
        ("Maria Delgado, 41, was walking home.", "41", "maria delgado"),
        ("Maria T. Delgado, 41, was walking home.", "41", "maria t. delgado"),  # a middle initial
        ("The Owls, according to reports, have offered Jones seven years.", "seven", "owls"),
        ("It is unlikely that Riverton will go beyond five years.", "five", "riverton"),
        ("Owls' Five-Year Offer Bumped to $90M", "Five-Year", "owls"),
        ("The Owls will not meet Jones ’ request for a ten-year deal.", "ten-year", "jones"),
        # a name right before a noun of what it holds, as the subject
        ("The Owls offer was expected to be $90 million.", "$90 million", "owls"),
        ("Reports pegged the Riverton offer to be as high as $90 million.", "as high", "riverton"),
        ("Riverton's offer was raised to $90 million.", "$90 million", "riverton"),
        # a participle's clause: the main clause's subject
        ("Pundits think the Owls do not expect to sign Jo, despite making a 5-year offer.", "5-year", "owls"),
        ("It was then that Ana Ruiz countered by asking for a ten-year deal.", "ten-year", "ana ruiz"),
        # words standing for the holder in a report of its own figure: the teller's team, or the teller
        ("Owls manager Ana Ruiz confirmed that his club had also made a 5-year offer.", "5-year", "owls"),
        ("The Hawks said last week they made a five-year offer.", "five-year", "hawks"),
        ("Nordvik said it would cut 1,200 jobs.", "1,200", "nordvik"),
        ("Ana Ruiz said he offered $90 million.", "$90 million", "ana ruiz"),
        # a party telling its own figure; two predicates of one subject
        ("Nordvik, founded in 1921, reported revenue of €3.4 billion.", "€3.4 billion", "nordvik"),
        ("Nordvik posted a loss last year and employs about 9,500 people.", "about 9,500", "nordvik"),
        # an age that modifies a name, and a name opening a sentence set off with an age
        ("The suspect, 38-year-old Ana Ruiz, was arrested.", "38-year-old", "ana ruiz"),
        ("Moss, 39, a clerk at the hospital, said she called.", "39", "moss"),
    ],
)
def test_a_named_possessor_apposition_source_or_subject_holds_the_number(
    sentence: str, number: str, expected: str
) -> None:
    assert holder(sentence, number) == expected


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Police said 40 people died.", "40"),
        ("The quake killed 47 people.", "47"),
        ("Lisbon hit by 2 million euro theft", "2 million"),
        ("Crowds gathered in Springfield following a vigil for a 16-year-old.", "16-year-old"),
        ("Offers of $90 million by the Owls and the Hawks were rejected.", "$90 million"),
        ("The UN's estimate of 52 deaths was revised.", "52"),
        ("He should spend the next five years in Riverton.", "five"),
        ("Its servers use a fifth of the usual power.", "a fifth"),
        ("Police said the 39-year-old Riverton man fled.", "39-year-old"),  # a place describes the man
        ("Ana Ruiz said her club made a five-year offer.", "five-year"),  # whose club?
        ("Kestrel TV claims it was five years.", "five"),  # "it" is the figure's thing, not the teller
        ("Police said they arrested 40 people.", "40"),
        ("Overall, 40.", "40"),
        ("Jones was offered $90 million on Monday.", "$90 million"),  # the one the offer went to
        ("The Owls and the Hawks offered $90 million.", "$90 million"),  # two holders: neither alone
    ],
)
def test_no_holder_without_positive_evidence(sentence: str, number: str) -> None:
    assert holder(sentence, number) is None


@pytest.mark.parametrize("verb", WORDS["reporting"]["words"])
def test_every_reporting_verb_tells_a_figure_without_holding_it(verb: str) -> None:
    [past] = getInflection(verb, "VBD")[:1]
    assert holder(f"Ana Ruiz {past} 40 of them.", "40") is None
    assert holder(f"Ana Ruiz has {past} 40 of them.", "40") is None


@pytest.mark.parametrize("noun", WORDS["reports"]["words"])
def test_every_report_noun_makes_its_possessor_a_source(noun: str) -> None:
    assert holder(f"We read Ana Ruiz's {noun} of 40.", "40") is None


@pytest.mark.parametrize("word", WORDS["linking"]["words"])
def test_every_linking_word_stays_inside_a_verb_chain(word: str) -> None:
    assert holder(f"Then the Owls {word} offered Jones a five-year deal.", "five-year") == "owls"


@pytest.mark.parametrize("noun", WORDS["holdings"]["words"])
def test_every_holding_noun_is_held_by_the_name_before_it(noun: str) -> None:
    assert holder(f"The Owls {noun} was $90 million.", "$90 million") == "owls"
    assert holder(f"It was a $90 million Owls {noun}.", "$90 million") == "owls"
    assert holder(f"The Owls' {noun} rose to $90 million.", "$90 million") == "owls"


@pytest.mark.parametrize("word", WORDS["merged"]["words"])
def test_every_merged_kind_is_a_party_of_its_own(word: str) -> None:
    sentence = f"The {word} company will have annual revenue of about €11 billion."
    assert holder(sentence, "about €11 billion") == f"{word} company"


@pytest.mark.parametrize("word", WORDS["adjuncts"]["words"])
def test_every_adjunct_gives_its_participle_the_main_subject(word: str) -> None:
    sentence = f"The Owls will not sign Jones, {word} making a five-year offer."
    assert holder(sentence, "five-year") == "owls"


@pytest.mark.parametrize("word", WORDS["function"]["words"])
def test_every_function_word_opening_a_sentence_names_no_one(word: str) -> None:
    assert holder(f"{word.capitalize()} offered Jones a five-year deal.", "five-year") is None


@pytest.mark.parametrize("word", WORDS["referring"]["words"])
def test_every_referring_pronoun_refers_back(word: str) -> None:
    sentence = f"Then {word} made Jones a five-year offer."
    assert refers_back(sentence, sentence.index("five"), sentence.index(" offer"))


@pytest.mark.parametrize("kind", WORDS["kinds"]["words"])
def test_every_kind_with_the_refers_back(kind: str) -> None:
    sentence = f"Then the {kind} made Jones a five-year offer."
    assert refers_back(sentence, sentence.index("five"), sentence.index(" offer"))
    owned = f"The {kind}'s five-year offer stands."
    assert refers_back(owned, owned.index("five"), owned.index(" offer"))
    named = "Then the Owls made Jones a five-year offer."
    assert not refers_back(named, named.index("five"), named.index(" offer"))


@pytest.mark.parametrize("word", WORDS["definite"]["words"])
def test_every_definite_word_before_a_holding_refers_back(word: str) -> None:
    sentence = f"{word.capitalize()} offer was worth $90 million."
    assert refers_back(sentence, sentence.index("$90"), len(sentence) - 1)
    counted = f"{word.capitalize()} 40 victims were buried."
    assert not refers_back(counted, counted.index("40"), counted.index(" victims"))


def test_an_unnamed_holder_takes_the_one_name_before_it_in_its_document() -> None:
    places = [("a", 0, "owls", False), ("a", 80, None, True), ("a", 900, None, True), ("b", 90, None, True)]
    assert resolve_unnamed(places, 400) == ["owls", "owls", None, None]
    two = [("a", 0, "owls", False), ("a", 40, "hawks", False), ("a", 80, None, True)]
    assert resolve_unnamed(two, 400)[2] is None  # two names before it: left without a holder
    assert resolve_unnamed(list(reversed(two)), 400)[0] is None


def test_aliases_are_runs_of_one_name() -> None:
    assert same_holder("delgado", "maria delgado")
    assert same_holder(None, "owls")
    assert not same_holder("owls", "hawks")
    one = aliases(
        ["riverton", "hawks", "owls"], names_in("The Riverton Hawks played the Bayport Owls at home.")
    )
    assert one["riverton"] == one["hawks"] != one["owls"]


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("duncan rait", "duncan raite", True),  # a surname one letter longer
        ("muammar gaddafi", "muammar qaddafi", True),  # one letter changed
        ("jose nunez", "josé núñez", True),  # diacritics
        ("george w. bush", "george bush", True),  # a middle initial
        ("al-qaeda", "al qaida", True),  # an article, a vowel spelled apart
        ("bin-laden", "bin laden", True),  # a hyphen
        ("anna rait", "duncan raite", False),  # another first name
        ("ana dunn", "ana dunk", False),  # two short surnames one letter apart
        ("gambia", "zambia", False),  # one word, a consonant apart
        ("iran", "iraq", False),
    ],
)
def test_two_spellings_of_one_name_are_one_holder(a: str, b: str, one: bool) -> None:
    assert bool(spellings(a) & spellings(b)) is one
    found = aliases([a, b], [])
    assert (found[a] == found[b]) is one


def test_a_short_name_joins_its_full_name_spelled_another_way() -> None:
    found = aliases(["raite", "duncan rait", "owls"], ["duncan raite", "bayport owls"])
    assert found["raite"] == found["duncan rait"] != found["owls"]


@pytest.mark.parametrize("article", WORDS["articles"]["words"])
def test_every_article_before_a_name_is_left_out(article: str) -> None:
    assert spellings(f"{article}-nasser hamdi") & spellings("nasser hamdi")


def test_different_holders_of_one_measure_never_link() -> None:
    a = claimnum.extract("The Owls made Jones a five-year offer.")[0]
    b = claimnum.extract("The Hawks made Jones a five-year offer.")[0]
    c = claimnum.extract("The offer is for five years.")[0]
    assert frame_of(a).holder == "owls"
    assert link(a, b) is None
    assert link(a, c) is not None


def test_the_offers_of_two_bidders_form_two_groups() -> None:
    result = claimnum.reconcile(
        {
            "a": "The Riverton Hawks made Jones an eight-year offer. The Owls offered a seven-year deal.",
            "b": "Riverton's eight-year offer leads. The Owls have offered seven years.",
            "c": "The Hawks made an eight-year offer to Jones.",
        }
    )
    groups = {frozenset(c.text for c in g.claims) for g in result.groups if len(g.claims) > 1}
    assert any({"eight-year"} <= set(g) for g in groups)
    for group in result.groups:
        texts = {c.text for c in group.claims}
        assert not ({"eight-year"} <= texts and {"seven-year"} <= texts)


def test_shares_of_two_different_things_stay_apart() -> None:
    [power, space] = claimnum.extract("The servers use a fifth of the power and a sixth of the space.")
    [power_again] = claimnum.extract("They need a fifth of the power.")
    assert link(power, space) is None
    assert link(power, power_again) is not None


def test_a_sentence_names_a_holder_by_a_run_of_its_name() -> None:
    names = {"Keld will be sold to Vantor for less.": names_in("Keld will be sold to Vantor for less.")}
    assert names_in("Keld will be sold to Vantor for less.") == ["keld", "vantor"]
    named = holders_named(names, {"vantor group": "vantor group", "keld": "keld", "osk": "osk"})
    assert named == {"Keld will be sold to Vantor for less.": {"vantor group", "keld"}}


def test_parties_that_name_each_other_are_one_side() -> None:
    holders = ["vantor group", "keld", "osk"]
    # The buyer's sentence names the seller and back; the rival's sentence names the buyer only.
    sides = one_side([0, 1, 2], holders, [{"keld"}, {"vantor group"}, {"vantor group"}])
    assert sides[0] == sides[1] != sides[2]
    assert one_side([0, 2], holders, [{"keld"}, set(), set()]) == {0: "vantor group", 2: "osk"}


def test_link_reads_the_holders_of_two_claims_as_the_clustering_does() -> None:
    [riverton] = claimnum.extract("Riverton made Jones a five-year offer.")
    [hawks] = claimnum.extract("The Hawks offered Jones five years, the Riverton Hawks said.")
    assert link(riverton, hawks) is not None  # one name the story writes
    assert link(frame_of(riverton), frame_of(hawks)) is None  # frames alone know no names
    [buyer] = claimnum.extract("Vantor will buy Keld for $90 million.")
    [seller] = claimnum.extract("Keld will be sold to Vantor for $90 million.")
    assert link(buyer, seller) is not None  # each sentence names the other: one deal
    [owls] = claimnum.extract("The Owls offered Jones $9 million.")
    assert link(owls, riverton) is None
    assert not one_party("lopez", "Lopez, 20, and Ruiz, 24, fled.", "ruiz", "Lopez, 20, and Ruiz, 24, fled.")


def test_a_groups_reasons_hold_for_every_pair_of_one_side() -> None:
    result = claimnum.reconcile(
        {
            "a": "Vantor Group will buy Keld for $90 million.",
            "b": "Keld will be sold to Vantor for about $90 million.",
            "c": "Vantor agreed to pay $91 million for Keld.",
        }
    )
    [deal] = [group for group in result.groups if len(group.claims) == 3]
    assert "same measure: deal_value" in deal.why


PIECES = st.sampled_from([*"abc XYZ,.'’$5-", " his", " said", " the club", " Owls", " 22", " despite making"])


@given(st.lists(PIECES, max_size=30).map("".join), st.data())
def test_reading_a_holder_never_raises(sentence: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(sentence)))
    end = data.draw(st.integers(start, len(sentence)))
    found = holder_of(sentence, start, end)
    assert found is None or isinstance(found, str)
    assert isinstance(refers_back(sentence, start, end), bool)
    assert holder_of("Ana Ruiz said his", 17, 17) in (None, "ana ruiz")  # a sentence that ends in "his"


def test_alignment_finds_the_figures_of_a_name_spelled_another_way() -> None:
    index = EvidenceIndex.of(claimnum.extract("Ewan Tarre, 41, was arrested. Ana Ruiz, 38, was not."))
    [claim] = claimnum.extract("Ewan Tarr, 41, was arrested.")
    assert [index.distinct[v].holder for v in index.candidates(frame_of(claim))] == ["ewan tarre"]


def test_a_headlines_common_word_after_by_names_no_holder() -> None:
    headline = "Crowds Gather For Teen Shot 9 Times By Police"
    sentence = "The teen was shot 9 times by Ortega."
    assert holder_of(headline, headline.index("9"), headline.index("9") + 7) is None
    assert holder_of(sentence, sentence.index("9"), sentence.index("9") + 7) == "ortega"
