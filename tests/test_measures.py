"""Tests of claimnum.measures: the measure lexicon, one test per row, and how cues are read."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
from lemminflect import getInflection

import claimnum
from claimnum.cue_search import find_cues
from claimnum.measure_lexicon import (
    background_cues,
    counted_kind,
    family_of,
    is_cumulative,
    lemmas,
    measure_of_noun,
    measures,
    revision_cues,
    rough_dollars,
    unit_class,
)
from claimnum.measures import measure_of

TABLE = tomllib.loads(resources.files("claimnum").joinpath("data/measures.toml").read_text("utf-8"))
GOLD_NAMES = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "ecbplus_gold" / "MEASURES.md"


def measure_in(sentence: str, number: str) -> str | None:
    """The measure of the claim whose text holds ``number``, as extraction hands it over."""
    [claim] = [c for c in claimnum.extract(sentence) if number in c.text]
    at = sentence.find(claim.text)
    return measure_of(
        sentence,
        at,
        at + len(claim.text),
        unit=claim.unit or None,
        subject=claim.subject,
        predicate=claim.predicate,
    )


# --------------------------------------------------------------------------- one test per row


@pytest.mark.parametrize("name", sorted(TABLE["measures"]))
def test_every_row_names_its_example(name: str) -> None:
    sentence, number = TABLE["measures"][name]["example"]
    assert measure_in(sentence, number) == name


@pytest.mark.parametrize("name", sorted(TABLE["measures"]))
def test_every_row_is_well_formed(name: str) -> None:
    row = TABLE["measures"][name]
    assert set(row) <= {
        "units",
        "cues",
        "nouns",
        "cumulative",
        "default",
        "example",
        "spread",
        "unit",
        "timeless",
        "counts",
        "patient",
        "intransitive",
        "verbs",
        "objects",
        "possessed",
        "shortest",
        "of_person",
        "agent",
        "bare",
        "at",
        "most",
    }
    assert row["units"], name
    assert row.get("cues") or row.get("nouns"), name
    for cue in [*row.get("cues", []), *row.get("nouns", [])]:
        assert cue == cue.strip().lower(), cue
        assert cue.count("#") <= 1, cue


@pytest.mark.parametrize("word", TABLE["background"]["cues"])
def test_every_background_cue_is_found_in_a_clause(word: str) -> None:
    assert find_cues(f"that was {word} it", background_cues()), word


@pytest.mark.parametrize("word", TABLE["revision"]["cues"])
def test_every_revision_cue_is_found_in_a_clause(word: str) -> None:
    assert find_cues(f"the figure {word} it", revision_cues()), word


@pytest.mark.parametrize("verb", TABLE["averted"]["verbs"])
def test_every_averting_verb_makes_its_object_no_cue(verb: str) -> None:
    past = getInflection(verb, "VBD")[0]
    assert measure_in(f"He {past} jail for 10 years.", "10 years") != "prison_term", verb
    assert measure_in("He was jailed for 10 years.", "10 years") == "prison_term"


@pytest.mark.parametrize("phrase", TABLE["anaphora"]["cues"])
def test_every_anaphora_cue_makes_a_bare_number_another_account(phrase: str) -> None:
    sentence = f"Police said 40,000 people marched; organisers {phrase} 52,000."
    assert measure_in(sentence, "52,000") == ("deaths" if "toll" in phrase else "crowd"), phrase


@pytest.mark.parametrize("code", sorted(TABLE["currency_magnitudes"]))
def test_every_currency_magnitude_is_a_currency_and_rough(code: str) -> None:
    assert unit_class(code) == "money"
    assert 1e-5 < rough_dollars(code) < 10


def test_measure_names_follow_the_shared_vocabulary() -> None:
    if not GOLD_NAMES.exists():
        pytest.skip("the shared measure vocabulary is not in benchmarks/data")
    text = GOLD_NAMES.read_text("utf-8")
    own = {"casualties", "aid", "children", "withdrawals", "change_period", "time_until"}  # general names
    own |= {"emergency_vehicles", "observers", "rainfall", "home_runs", "runs_batted_in"}
    own |= {"containment", "sentences", "burned_area", "threshold", "blood_alcohol"}
    own |= {"touchdowns", "carries", "receptions"}  # a player's figures beside the vocabulary's "yards"
    own |= {"rebounds", "assists"}  # a player's figures beside the vocabulary's "points"
    own |= {"clock_speed", "places_away"}  # a processor's speed: the vocabulary's "speed" in its own unit
    missing = [name for name in measures() if name not in text and name not in own]
    assert not missing


# --------------------------------------------------------------------------- how cues are read


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        ("The quake killed 47 people.", "47", "deaths"),
        ("Officials said 47 people were killed.", "47", "deaths"),
        ("The blast, killing at least seven people and injuring 40, hit at dawn.", "seven", "deaths"),
        ("The blast, killing at least seven people and injuring 40, hit at dawn.", "40", "injuries"),
        ("Gunman kills 1, wounds 3 at a warehouse", "3", "injuries"),
        ("The death toll rose to 52 from 47.", "47", "deaths"),
        ("Sweden sent aid worth $1.23 billion (13.5 billion SEK).", "13.5", "aid"),
        ("The army arrested 23 protesters.", "23", "arrests"),
        ("Divers rescued 14 passengers.", "14", "rescued"),
        ("Some 500 rescue workers searched the rubble.", "500", "responders"),
        ("The carmaker will cut 800 jobs.", "800", "job_cuts"),
        ("Reid, 33, entered a clinic.", "33", "age"),
        ("A 16-year-old boy was hurt.", "16", "age"),
        ("It is a city of 160,000 people.", "160,000", "population"),
        ("The town is home to 120,000 people.", "120,000", "population"),
        ("A magnitude 6.1 quake shook the coast.", "6.1", "magnitude"),
        ("A 5.8 aftershock rattled the town.", "5.8", "magnitude"),
        ("Some 63.4 percent of eligible voters took part.", "63.4", "turnout"),
        ("About 60% of voters backed the mayor.", "60%", "percent_share"),
        ("Seismologists recorded 200 aftershocks.", "200", "aftershocks"),
        ("The quake struck 10 km deep.", "10 km", "depth"),
        ("Four men rammed a car into the store.", "Four", "attackers"),
        ("Two officers shot the teenager.", "Two", "police_deployed"),
        ("Two men were shot on Friday.", "Two", "victims"),
        ("Three gunmen killed a guard.", "Three", "suspects"),
        ("Police found three live shells.", "three", "weapons"),
        ("The gunman fired 13 bullets.", "13", "shots"),
        ("He saw 3 birds.", "3", None),
        # what a number counts, people or things, bars the measures that count the other kind
        ("160 houses have burned in the fire.", "160", "buildings_destroyed"),
        ("Dozens of homes were destroyed and 20 outbuildings burned.", "20", "buildings_destroyed"),
        ("Rioters looted hundreds of stores and set fire to three banks.", "three", "buildings_damaged"),
        # a bare number that "was" says of one person is an age; of many, a count
        ("Lopez was 75.", "75", "age"),
        ("The victim was 22 when she died.", "22", "age"),
        ("He is 19, police said.", "19", "age"),
        ("The victims were 22.", "22", "victims"),
        ("The singer turned 75 last week.", "75", "age"),
        # prison time, in the active voice too; time served in custody; never in minutes
        ("The court jailed Smith, 42, for 12 years after a three-week trial.", "12 years", "prison_term"),
        ("He was given 15 years for the killing.", "15 years", "prison_term"),
        ("He faces up to 20 years if convicted.", "20 years", "prison_term"),
        ("He must serve at least 25 years before he is eligible for parole.", "25 years", "prison_term"),
        ("He was freed after three and a half months in jail.", "three and a half months", "prison_term"),
        ("The jury returned its verdict after 45 minutes of deliberation.", "45 minutes", "duration"),
        ("He served with the county police for 15 years.", "15 years", "duration"),
        # the passive main verb of a clause a number opens beats the words of its subject
        ("Five residents of the small town near the border were injured in the blast.", "Five", "injuries"),
        ("Two men were declared dead at the site, and a neighbour was hurt.", "Two", "deaths"),
        # a number set off by commas and the words around it do not speak of each other
        ("Two leaders of the sect, which has 1,000 members, were charged with fraud.", "Two", "suspects"),
        ("The victim, 22, died in hospital.", "22", "age"),
        # the doers of an attack, as the subject of its verb
        ("Three men rammed a truck into a bakery.", "Three", "attackers"),
        ("A car rammed four men outside the store.", "four", None),
        ("She died in a hospital in Leeds at 77.", "77", "age"),
        ("The index closed at 77, down two points.", "77", "index_level"),
        # words in brackets are an aside: a restatement takes the cue after it with its figure
        ("Clashes caused 150 million euros ($198.6 million) of damage.", "150 million euros", "damage_cost"),
        ("One of the cables is 12,000 kilometres (7,500 miles) long.", "12,000 kilometres", "length"),
        # a score counts nothing
        ("He won two acquittals before the tapes sent him to prison.", "two", None),
        ("The home side won by 3 on Sunday.", "3", "score"),
        # a product's cost is its price
        ("The base model costs $2,499.", "$2,499", "cost"),
        # products: working memory past a model name's number, storage cards, battery life, pixels
        ("It ships with 8GB of 2400 MHz DDR4 RAM.", "8GB", "memory"),
        ("It takes memory cards up to 64GB.", "64GB", "storage"),
        ("The battery lasts up to ten hours on a full charge.", "ten hours", "battery"),
        ("It has a 1920 x 1200 display.", "1200", "resolution"),
        ("At least one rioter hit a customer, cracking his head.", "one", None),
        ("Crews sent 10 fire engines to the blaze and it was destroyed.", "10", "emergency_vehicles"),
        ("He fired just one shot.", "one", "shots"),
        ("Two other bullets struck his leg.", "Two", "shots"),
        # intransitive cues follow their number
        ("A clerk died and two men underwent surgery.", "two", None),
        ("Some 3,000 people fled their homes.", "3,000", "displaced"),
        # a legal limit told as a share is one of blood alcohol
        ("The legal limit in the state is 0.08 percent.", "0.08 percent", "blood_alcohol"),
        # a pace of change is no interest rate
        ("Sales were growing at a rate of 30% daily.", "30%", "growth"),
        ("The bank raised its rate to 5%.", "5%", "interest_rate"),
        ("At least 47 people died.", "47", "deaths"),
        ("The mission sent eight experts to observe the vote.", "eight", "observers"),
        ("Only three monitors were sent.", "three", "observers"),
        ("More than 3,000 people have left the town.", "3,000", "displaced"),
        ("The blast left 5 dead.", "5", "deaths"),
        ("Some 200 people fell ill.", "200", "cases"),
        # a number after "by", "with" or "against" did what a patient cue says, or took part in it
        ("The boy was shot dead by two men.", "two", None),
        ("He was shot during a clash with two men.", "two", None),
        ("Two officers shot and killed a teenager.", "Two", "police_deployed"),
        ("Three Arrested After Raid On Port", "Three", "arrests"),
        # a number that follows another through a bridge word measures what that one does
        ("The plot measures 50m by 30m.", "30m", "length"),
        # a time after its number: the time since an event
        ("He was arrested two days after the attack.", "two days", "time_since"),
        ("The firm will cut up to 1,200 jobs.", "1,200", "job_cuts"),
        ("Five young men, sons of farmers, stood there.", "Five", None),
        # a cue after "after", "as", "since", ... is of another event
        ("Measles cases climb to 112 as first child dies", "112", "cases"),
        ("Eleven pirates face trial after the rescue.", "Eleven", "suspects"),
        ("Twenty people were injured after the bus crashed.", "Twenty", "injuries"),
        # another account of a figure told before measures what that one does
        ("Police said 19 people had been detained, up from 14 on Saturday.", "14", "arrests"),
        (
            "Police said 20,000 marched; the unions, at least three times more, put it at 60,000.",
            "60,000",
            "crowd",
        ),
        ("Organisers said more than 120,000 had taken part.", "120,000", "crowd"),
        # a number with a unit word takes no cue its measure does not fit; an object may start with a number
        ("They made an eight-year offer to him of $140 million.", "$140 million", "offer"),
        ("Two officers shot 17-year-old Tobin.", "Two", "police_deployed"),
        ("Police talked with him for 2 hours, before he gave up.", "2 hours", "duration"),
        # "shot N times" counts shots, not people
        ("He was shot seven times.", "seven", "shots"),
        ("He had been arrested three times.", "three", "arrests"),
        # a definite number names people told of before, not what befell them after
        ("The two men were arrested on Friday.", "two", None),
        ("The two officers involved in the shooting were suspended.", "two", "police_deployed"),
        ("The families of the two wounded men asked for privacy.", "two", "injuries"),
        ("The 47 people killed in the blast were named.", "47", "deaths"),
        ("Police arrested the two men on Friday.", "two", "arrests"),
        # people left without power are people affected, whatever the event was
        ("The quake left 12,000 without power.", "12,000", "affected"),
        ("Some 30,000 people were left without electricity.", "30,000", "affected"),
        ("About 12,000 residents lost power after the storm.", "12,000", "affected"),
        # a reporting verb is no measure: the figure is another account of the one told before
        ("Police said 10,000 marched, but organisers claimed 25,000.", "25,000", "crowd"),
        ("Police estimated the crowd at 10,000, while organisers claimed 25,000.", "25,000", "crowd"),
        # jobs and positions that go are job cuts
        ("Up to 1,500 positions could go.", "1,500", "job_cuts"),
        ("The firm plans to shed 900 staff.", "900", "job_cuts"),
        # "shot and killed": the dead, not only the shot
        ("She shot and killed two co-workers.", "two", "deaths"),
        # people charged or accused are suspects; people told of before are not what befell them later
        ("The trial of two men charged with murder began.", "two", "suspects"),
        ("So were the two women she is accused of gunning down.", "two", None),
        ("Two men accused the mayor of fraud.", "Two", None),
        # a time of day or a date takes no cue from a number after it
        ("Thieves struck at 4.30am and grabbed watches worth $2 million.", "$2 million", "stolen_value"),
        ("At the march on September 27, police counted 22,000 people.", "22,000", "crowd"),
        # a possessive is its word: "the 15-year-old's"
        ("He fathered the 15-year-old's child.", "15", "age"),
        ("Nearly 100 angry mourners clashed with police.", "100", "crowd"),
        ("The two cops arrived on the scene.", "two", "police_deployed"),
        # "life" counts the dead only right after a number; a life sentence kills nobody
        ("He is serving a life sentence for crimes in three counties.", "three", None),
        ("The fire claimed 12 lives.", "12", "deaths"),
        # people moved or evacuated from their homes are displaced, not withdrawn troops
        ("Sixty residents were moved from their homes.", "Sixty", "displaced"),
        ("Dozens of people were evacuated from their homes.", "Dozens", "evacuated"),
        # a deal offered is an offer; a deal alone is the price agreed
        ("They offered him a seven-year deal worth $90 million.", "$90 million", "offer"),
        ("The deal, worth $412 million, was announced.", "$412 million", "deal_value"),
        ("Authorities brought charges against several men.", "several", "suspects"),
        ("Almost all of the 2.5 million people eligible cast their votes.", "2.5 million", "voters"),
        # a number that shares the verb of the one before ("and organisers 60,000") measures what it does
        ("Police counted 22,000 marchers and unions 80,000.", "80,000", "crowd"),
        # a partitive's verb is its first number's; a participle right after the counted thing is not
        ("Reports said two of the three victims died.", "two", "deaths"),
        ("Reports said two of the three victims died.", "three", "victims"),
        ("Two of the 12 miners were rescued.", "Two", "rescued"),
        ("Around 2,500 of the 3,200 people evacuated were allowed home.", "3,200", "evacuated"),
        # sport, polls and sizes
        ("He has hit at least 25 homers and driven in 90 RBIs.", "25", "home_runs"),
        ("He has hit at least 25 homers and driven in 90 RBIs.", "90", "runs_batted_in"),
        ("However, 61 percent of respondents said no.", "61 percent", "poll_share"),
        ("It put disapproval of the cabinet at 72 percent.", "72 percent", "poll_share"),
        ("The notebook is less than an inch thick.", "an inch", "length"),
        ("Vance is survived by four grandchildren.", "four", None),
        # "for" a time that ends at an event is how long something lasted, not a time until it
        ("He ruled the country for two decades until his death.", "two decades", "duration"),
        ("She worked there for three years before retiring.", "three years", "duration"),
        # a number opening a long subject takes the passive verb of its clause, however far
        ("Two top leaders of a banned sect in the province were arrested on Friday.", "Two", "arrests"),
        ("About 40 members of the group, most of them from the north, have been detained.", "40", "arrests"),
        # houses lost are destroyed; a fire's containment is its own measure; a crowd of a number
        ("Officials said 14 houses were lost in the blaze.", "14", "buildings_destroyed"),
        ("The fire was 10% contained.", "10%", "containment"),
        ("A crowd of 22,000, mostly students, marched.", "22,000", "crowd"),
        # coordinated numbers share the verb that follows them both, for a measure of what each counts
        ("14 houses and 20 outbuildings were lost.", "14", "buildings_destroyed"),
        ("14 houses and 20 outbuildings were lost.", "20", "buildings_destroyed"),
        ("14 houses and 20 people were killed.", "14", None),
        # the number needed to win is a threshold, not a count of what was won
        ("The party won 87 of the 150 seats, above the 76 needed for a majority.", "87", "seats"),
        ("The party won 87 of the 150 seats, above the 76 needed for a majority.", "76", "threshold"),
        ("She fell short of the 270 votes needed to win.", "270", "threshold"),
        ("The bill got 55 votes, short of the 60 required to pass.", "60", "threshold"),
        # the land a fire burned grows like a toll; the area of a place does not
        ("The wildfire has grown to more than 6,500 acres.", "more than 6,500 acres", "burned_area"),
        ("The blaze, now 7,200 acres, moved north.", "7,200 acres", "burned_area"),
        ("The flames scorched 300 hectares.", "300 hectares", "burned_area"),
        ("The country has an area of 9,000 square miles.", "9,000 square miles", "area"),
        # jailed "for" a time is a prison term, whatever event the sentence then names
        ("The officer was jailed for 15 years after the crash.", "15 years", "prison_term"),
        ("Jones was imprisoned for 10 years after the trial.", "10 years", "prison_term"),
        # people who evacuate their homes are evacuated; a death sentence or penalty is no death
        ("Six local residents evacuated their homes.", "Six", "evacuated"),
        ("Three jurors voted against the death penalty.", "Three", "votes"),
        ("He faces two death sentences.", "two", "sentences"),
        # places are things, which no event befalling people counts; a life sentence is no life
        ("The man killed people in three Texas counties.", "three", None),
        ("He is serving five life sentences for murder.", "five", "sentences"),
    ],
)
def test_cues(sentence: str, number: str, measure: str | None) -> None:
    assert measure_in(sentence, number) == measure


def test_a_cue_of_the_wrong_unit_is_ignored() -> None:
    assert measure_in("The storm killed crops worth $2 million.", "$2 million") != "deaths"


def test_word_forms_come_from_lemminflect() -> None:
    assert all("kill" in lemmas(word) for word in ("killing", "kills", "killed"))
    assert (min(lemmas("homes")), min(lemmas("houses"))) == ("home", "house")
    assert "aftershock" in lemmas("aftershocks")  # a word lemminflect does not list


@pytest.mark.parametrize("name", ["Fatima", "Priya", "Kowalski", "Valdoria"])
def test_a_name_lemminflect_does_not_list_keeps_only_itself(name: str) -> None:
    # its model for unknown words would read "Fatima" as "fat": asked only of inflected endings
    assert lemmas(name) == {name.lower()}


def test_cumulative_measures() -> None:
    assert all(is_cumulative(m) for m in ("deaths", "injuries", "arrests", "displaced", "cases"))
    assert not any(is_cumulative(m) for m in ("magnitude", "revenue", "population", None))


@pytest.mark.parametrize(
    ("unit", "kind"),
    [(None, "count"), ("", "count"), ("USD", "money"), ("USD/year", "money_rate"), ("percent", "percent"),
     ("week", "time"), ("kilometer", "length"), ("acre", "area"), ("mile/hour", "speed"),
     ("gigabyte", "data"), ("gigahertz", "frequency")],
)  # fmt: skip
def test_unit_classes(unit: str | None, kind: str) -> None:
    assert unit_class(unit) == kind


def test_a_claim_outside_its_sentence_gets_no_cue() -> None:
    assert measure_of("It killed 4.", 40, 45, unit=None, subject=None, predicate=None) is None


@pytest.mark.parametrize(("family", "member"), [(f, m) for f, ms in TABLE["families"].items() for m in ms])
def test_every_family_row_names_measures_counted_as_one(family: str, member: str) -> None:
    assert member in measures()
    assert family_of(member) == family == TABLE["families"][family][0]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("About 800 jobs will be cut.", "800"),
        ("Some 800 jobs were lost.", "800"),
        ("The closure means 800 job losses.", "800"),
        ("Up to 800 jobs are at risk.", "800"),
    ],
)
def test_a_numbers_own_verb_beats_the_noun_it_counts(sentence: str, number: str) -> None:
    assert measure_in(sentence, number) == "job_cuts"


def test_a_counted_thing_names_its_measure_unless_something_happens_to_it() -> None:
    assert measure_of_noun("crowds", None) == "crowd"
    assert measure_of_noun("victims", None) is None  # what happened to them says what is counted
    assert measure_of_noun("shells", "USD") is None


@pytest.mark.parametrize(("kind", "word"), [(k, w) for k, words in TABLE["counted"].items() for w in words])
def test_every_counted_noun_names_its_kind(kind: str, word: str) -> None:
    assert counted_kind(word) == kind


@pytest.mark.parametrize("name", sorted(n for n, row in TABLE["measures"].items() if "intransitive" in row))
def test_every_intransitive_cue_is_a_cue_of_its_row(name: str) -> None:
    row = TABLE["measures"][name]
    assert set(row["intransitive"]) <= set(row["cues"])
    assert row.get("counts", "people") == "people" or not row.get("patient")


@pytest.mark.parametrize(
    ("name", "verb"), [(n, v) for n, row in TABLE["measures"].items() for v in row.get("verbs", ())]
)
def test_every_verb_cue_names_its_row_as_a_verb_only(name: str, verb: str) -> None:
    row = TABLE["measures"][name]
    assert verb in row["cues"] or f"~{verb}" in row["cues"]
    assert measure_in(f"It had a {verb} of 40 on Monday.", "40") != name
    assert measure_in(f"The storm sank 40 {verb}s on Monday.", "40") != name


@pytest.mark.parametrize(
    ("name", "thing"), [(n, t) for n, row in TABLE["measures"].items() for t in row.get("objects", ())]
)
def test_every_object_of_a_row_is_counted_by_it_and_no_other_thing(name: str, thing: str) -> None:
    sentence, number = TABLE["measures"][name]["example"]
    noun = sentence.split(number, 1)[1].split()[0]
    plural = getInflection(thing, "NNS")[0]
    assert measure_in(sentence.replace(f"{number} {noun}", f"{number} {plural}"), number) == name
    for weak in (cue[1:] for cue in TABLE["measures"][name]["cues"] if cue.startswith("~")):
        verb = getInflection(weak, "VBD")[0]
        assert measure_in(f"The storm {verb} 40 {plural}.", "40") == name, weak
        assert measure_in(f"The storm {verb} 40 towns.", "40") != name, weak


@pytest.mark.parametrize(
    ("name", "noun"), [(n, w) for n, row in TABLE["measures"].items() for w in row.get("possessed", ())]
)
def test_every_possessed_noun_after_a_possessive_names_its_row(name: str, noun: str) -> None:
    plural = getInflection(noun, "NNS")[0]
    assert measure_in(f"The village's 1,800 {plural} depend on fishing.", "1,800") == name
    assert measure_in(f"The village's 1,800 {plural} were killed.", "1,800") == "deaths"
    if noun not in TABLE["measures"][name].get("nouns", ()):  # with no possessive, no more than people
        assert measure_in(f"Some 2,500 {plural} depend on fishing.", "2,500") != name


def test_a_rows_nouns_count_what_the_row_counts() -> None:
    assert (counted_kind("soldiers"), counted_kind("bullets"), counted_kind("engines")) == (
        "people",
        "things",
        "things",
    )


def test_the_claims_of_one_sentence_share_one_reading() -> None:
    from claimnum.measure_sentence import read_sentence as _read

    _read.cache_clear()
    claimnum.extract("The blast killed 7 people, injured 40 and damaged 12 homes.")
    assert _read.cache_info().misses == 1


def _cue_work(monkeypatch: pytest.MonkeyPatch, items: int) -> int:
    """How many cues and numbers the measure reader weighs for the claims of one long sentence."""
    from claimnum import cue_grammar
    from claimnum import measures as reader

    weighed = [0]

    def counting(real: Callable[..., object]) -> Callable[..., object]:
        def count(*args: object) -> object:
            weighed[0] += 1
            return real(*args)

        return count

    monkeypatch.setattr(reader, "cue_rank", counting(reader.cue_rank))
    monkeypatch.setattr(cue_grammar, "_partitive", counting(cue_grammar._partitive))
    sentence = "; ".join(
        f"over {n:,} soldiers were deployed, {n + 1} of the {n + 9} died" for n in range(items)
    )
    assert len(claimnum.extract(sentence + ".")) == 3 * items
    monkeypatch.undo()
    return weighed[0]


def test_a_long_sentence_costs_each_claim_the_same_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # a claim weighs only the cues and numbers within reach, however many the sentence holds
    assert _cue_work(monkeypatch, 160) <= 4.4 * _cue_work(monkeypatch, 40)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Divers surveyed the 45-metre dam.", "45-metre"),
        ("Workers raised a 100-foot tower.", "100-foot"),
        ("A 30-metre wall gave way.", "30-metre"),
    ],
)
def test_a_length_joined_to_an_objects_noun_is_its_size(sentence: str, number: str) -> None:
    assert measure_in(sentence, number) == TABLE["attributive"]["measure"]


@pytest.mark.parametrize("route", TABLE["attributive"]["routes"])
def test_every_route_keeps_a_joined_length_a_distance(route: str) -> None:
    assert measure_in(f"Officials planned a 12-mile {route} for the crews.", "12-mile") == "distance"


def test_a_length_not_joined_to_a_noun_keeps_its_own_reading() -> None:
    assert measure_in("The village lies 12 miles north of the lake.", "12 miles") == "distance"


@pytest.mark.parametrize(
    ("claim", "evidence", "verdict"),
    [
        ("The dam is 45 metres tall.", "Divers surveyed the 45-metre dam.", "supported"),
        ("The tower is 120 feet tall.", "Workers raised a 100-foot tower.", "overstated"),
    ],
)
def test_verify_reads_one_quantity_across_family_measures(claim: str, evidence: str, verdict: str) -> None:
    assert claimnum.verify(claim, evidence).verdict == verdict


_FAR_SUBJECT = "The death toll from the powerful quake that struck the remote mountain province on Friday"


@pytest.mark.parametrize("verb", TABLE["subjects"]["verbs"])
def test_every_linking_verb_gives_a_far_number_its_subjects_measure(verb: str) -> None:
    first, *rest = verb.split()
    past = " ".join([getInflection(first, "VBD")[0], *rest])  # "rise to": "rose to"
    assert measure_in(f"{_FAR_SUBJECT} {past} 52.", "52") == "deaths", past


@pytest.mark.parametrize("opener", TABLE["subjects"]["openers"])
def test_every_subject_opener_may_stand_before_the_subjects_cue(opener: str) -> None:
    sentence = _FAR_SUBJECT.replace("The", opener.capitalize(), 1)
    assert measure_in(f"{sentence} rose to 52.", "52") == "deaths", opener


def test_a_number_ending_another_clause_takes_no_subjects_measure() -> None:
    sentence = "The death toll rose to 52 and the number of people in the shelters of the city rose to 300."
    assert measure_in(sentence, "300") != "deaths"


def test_the_subject_may_open_with_a_counted_noun() -> None:
    sentence = "The number of people injured in the blast at the market in the northern city stood at 300."
    assert measure_in(sentence, "300") == "injuries"


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        ("She pleaded not guilty to two first-degree murder charges.", "two", "charges"),
        ("He faces three assault charges and one attempted murder charge.", "one", "charges"),
        ("Crews sent three fire engines to the blaze.", "three", "emergency_vehicles"),
        ("The blast injured 12 people.", "12", "injuries"),  # people are no counted thing of a cue
        ("He left the firm two years ago before starting his own.", "two years", "time_since"),
    ],
)
def test_a_cue_modifying_a_counted_thing_yields_to_it(sentence: str, number: str, measure: str) -> None:
    assert measure_in(sentence, number) == measure


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("The rival firm was sold for $9 billion last year.", "deal_value"),  # one sale: its value
        ("The family sold the ranch for $3 million.", "deal_value"),
        ("The handset sells for $199 in most stores.", "price"),  # what it costs: a price
        ("The handset will sell for $199.", "price"),
    ],
)
def test_sold_for_is_a_deal_and_sells_for_a_price(sentence: str, measure: str) -> None:
    [claim] = claimnum.extract(sentence)
    assert claim.measure == measure


@pytest.mark.parametrize("verb", ["took", "garnered", "captured", "polled"])
def test_a_share_a_verb_of_winning_takes_is_a_vote_share(verb: str) -> None:
    assert measure_in(f"The opposition party {verb} about 41 percent.", "41 percent") == "vote_share"


def test_a_share_of_a_market_taken_stays_a_market_share() -> None:
    assert measure_in("The maker took 30 percent of the market.", "30 percent") == "market_share"


@pytest.mark.parametrize("day", ["Friday", "March"])
def test_a_day_or_a_month_before_was_is_no_person_of_an_age(day: str) -> None:
    assert measure_in(f"The toll on {day} was 52.", "52") != "age"


@pytest.mark.parametrize("noun", TABLE["collectives"]["nouns"])
def test_every_collective_noun_before_was_counts_no_age(noun: str) -> None:
    assert measure_in(f"By noon the {noun} was 85.", "85") != "age"


@pytest.mark.parametrize(
    ("name", "most"), [(n, row["most"]) for n, row in TABLE["measures"].items() if "most" in row]
)
def test_a_figure_beyond_a_measures_most_is_not_of_it(name: str, most: float) -> None:
    assert name == "age"  # the one row with a limit: a person is at most about 130 years old
    assert measure_in("Lopez was 75.", "75") == name
    assert measure_in(f"Lopez was {int(most) * 10}.", str(int(most) * 10)) != name
    assert measure_in("The ticket office said Hartley was 23,800.", "23,800") != name


@pytest.mark.parametrize(
    "sentence",
    [
        "Two old men and one young woman were rescued.",
        "Three old friends met for lunch.",
        "Four old houses burned.",
    ],
)
def test_a_pure_number_before_an_age_word_and_a_plural_counts_it(sentence: str) -> None:
    first = sentence.split()[0]
    assert measure_in(sentence, first) != "age"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Organisers put the turnout at 20,000, while police counted roughly 8,500.", "20,000"),
        ("Organisers put the turnout at 20,000, while police counted roughly 8,500.", "8,500"),
        ("The rally drew a turnout of 3,000.", "3,000"),
    ],
)
def test_a_counted_turnout_is_a_crowd(sentence: str, number: str) -> None:
    assert measure_in(sentence, number) == "crowd"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("He had 814 yards last season.", "814 yards"),
        ("He finished with 247 yards in the playoffs.", "247 yards"),
        ("He ran for 61 yards rushing on Sunday.", "61 yards"),
        ("He added 48 yards receiving.", "48 yards"),
        ("He threw for 310 yards passing.", "310 yards"),
        ("He had 118 yards from scrimmage.", "118 yards"),
        ("He rushed for 655 yards this year.", "655 yards"),
        ("He passed for 280 yards in the win.", "280 yards"),
        ("He caught 31 balls for 233 yards.", "233 yards"),
    ],
)
def test_every_yards_pattern_reads_a_players_gain(sentence: str, number: str) -> None:
    assert measure_in(sentence, number) == "yards"


def test_a_length_in_yards_with_no_players_words_stays_a_distance() -> None:
    assert measure_in("The store stands 200 yards from the school.", "200 yards") == "distance"


def test_passes_caught_are_receptions() -> None:
    assert measure_in("He caught 43 passes for 356 yards.", "43") == "receptions"


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        ("Sailors seized 9 suspected pirates off the coast.", "9", "arrests"),
        ("The navy captured nine suspected pirates.", "nine", "arrests"),
        ("Customs officers seized 40 vehicles at the border.", "40", None),  # things: no arrest
    ],
)
def test_people_seized_or_captured_are_arrested(sentence: str, number: str, measure: str | None) -> None:
    assert (measure_in(sentence, number) == "arrests") == (measure == "arrests")


@pytest.mark.parametrize(
    ("sentence", "number", "measure"),
    [
        ("The mayor took 52.3 percent against 44.8 percent for her rival.", "44.8 percent", "vote_share"),
        ("Police arrested 12 men against 3 last year.", "3", "arrests"),
    ],
)
def test_a_figure_set_against_another_shares_its_measure(sentence: str, number: str, measure: str) -> None:
    assert measure_in(sentence, number) == measure


@pytest.mark.parametrize("verb", TABLE["one_person"]["verbs"])
@pytest.mark.parametrize("pronoun", TABLE["one_person"]["pronouns"])
def test_every_linking_verb_and_pronoun_of_one_person_makes_a_bare_number_an_age(
    pronoun: str, verb: str
) -> None:
    assert measure_in(f"{pronoun.capitalize()} {verb} 75.", "75") == "age"
    assert measure_in(f"{pronoun.capitalize()} {verb} 75 and lived in the town.", "75") == "age"


@pytest.mark.parametrize("word", ["processor", "CPU", "chip", "core"])
def test_a_frequency_of_a_processors_word_is_its_clock_speed(word: str) -> None:
    assert measure_in(f"The new model runs a 3.2GHz {word}.", "3.2GHz") == "clock_speed"
    assert measure_in("Its clock runs at 3.2GHz.", "3.2GHz") == "clock_speed"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The ferry sails four times a week.", "four times a week"),
        ("It ships with 8GB of 1333MHz memory.", "1333MHz"),
    ],
)
def test_a_frequency_with_no_processors_word_is_no_clock_speed(sentence: str, number: str) -> None:
    assert measure_in(sentence, number) is None


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The twins live a few houses down the lane.", "a few"),
        ("The shop stands some 12 blocks from the station.", "some 12"),
        ("She was found two buildings away.", "two"),
        ("The stop is three blocks east of the bridge.", "three"),
    ],
)
def test_a_count_of_places_between_is_a_distance(sentence: str, number: str) -> None:
    assert measure_in(sentence, number) == "places_away"
    assert family_of("places_away") == family_of("distance")


def test_blocks_that_stand_nowhere_away_are_no_distance() -> None:
    assert measure_in("Rioters set fire to three blocks of flats.", "three") != "places_away"


@pytest.mark.parametrize("noun", ["killings", "slayings", "murders", "homicides"])
def test_a_year_naming_the_killings_takes_no_cue_from_their_count(noun: str) -> None:
    assert measure_in(f"He was charged in the 1990 {noun} of three men.", "three") == "deaths"


def test_a_year_before_a_counted_noun_is_a_count() -> None:
    from claimnum.measure_sentence import read_sentence

    assert read_sentence("The 2000 people fled.").numbers == (1,)
    assert read_sentence("The 1990 floods drove 2000 people out.").numbers == (4,)


def test_a_bare_number_before_another_shares_its_measure() -> None:
    assert measure_in("The two cousins, who are 33 and 29 years old, work nearby.", "33") == "age"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Witnesses said the man was 6-foot-1, 190 pounds.", "6-foot-1"),
        ("Police described a 5 foot, 9 inch woman.", "5 foot, 9 inch"),
    ],
)
def test_feet_then_inches_are_a_stature(sentence: str, number: str) -> None:
    assert measure_in(sentence, number) == TABLE["stature"]["measure"]
    assert measure_in("The car stopped 40 feet from the gate.", "40 feet") == "distance"


@pytest.mark.parametrize("word", TABLE["stature"]["feet"])
def test_every_word_of_feet_before_inches_makes_a_stature(word: str) -> None:
    from claimnum.measure_sentence import Span, read_sentence
    from claimnum.measures import _feet_and_inches

    assert _feet_and_inches(read_sentence(f"He is 6 {word} 2 in all."), Span(2, 4))
    assert not _feet_and_inches(read_sentence(f"He is 6 {word} in all."), Span(2, 3))


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The maker launched a new $349 model of its tablet.", "$349"),
        ("Buyers can add a $40 carrying case.", "$40"),
        ("Critics mocked the $900 blender.", "$900"),
    ],
)
def test_money_before_the_noun_it_prices_is_a_price(sentence: str, number: str) -> None:
    assert measure_in(sentence, number) == TABLE["priced"]["measure"]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The city kept the $40 million in reserve.", "$40 million"),  # a preposition follows
        ("Fans doubted the $40 million reported last week.", "$40 million"),  # a participle follows
    ],
)
def test_money_before_no_noun_prices_nothing(sentence: str, number: str) -> None:
    assert measure_in(sentence, number) != TABLE["priced"]["measure"]


@pytest.mark.parametrize("noun", TABLE["priced"]["amounts"])
def test_every_word_for_an_amount_prices_no_thing(noun: str) -> None:
    assert measure_in(f"Investors saw a $40 million {noun} last year.", "$40 million") != "price"
    assert measure_in("Investors saw a $40 million yacht last year.", "$40 million") == "price"


@pytest.mark.parametrize("verb", ["responded", "answered"])
def test_a_share_that_answered_is_a_poll_share(verb: str) -> None:
    assert measure_in(f"Asked if the bridge should shut, 58 percent {verb} no.", "58 percent") == "poll_share"


def test_a_forecast_is_no_poll_share() -> None:
    assert measure_in("Analysts think prices will rise 4 percent.", "4 percent") != "poll_share"


@pytest.mark.parametrize("number", ["300 metres", "980 feet"])
def test_a_restatement_in_brackets_puts_no_cue_further_away(number: str) -> None:
    sentence = "The pipe is 300 metres (980 feet) long and serves 12 farms."
    assert measure_in(sentence, number) == "length"
