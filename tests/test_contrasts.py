"""Contradicting words (claimnum.contrasts): one test per row of data/contrasts.toml, and the rules."""

import pytest

import claimnum
from claimnum.contrasts import ContraryFinding, contrary_words, words_near

# One case per row: (evidence, claim with the contrary word); the claim is refuted by the two words.
ROWS = {
    "high/low": ("Temperatures hit a record high of 41 degrees on Tuesday.",
                 "Temperatures hit a record low of 41 degrees on Tuesday."),
    "highest/lowest": ("Exports reached their highest level in 12 years in March.",
                       "Exports reached their lowest level in 12 years in March."),
    "higher/lower": ("Prices at the pump were higher at $4 a gallon.",
                     "Prices at the pump were lower at $4 a gallon."),
    "win/lose": ("Mayor Dan Ortiz won the runoff with 62% of the vote.",
                 "Mayor Dan Ortiz lost the runoff with 62% of the vote."),
    "beat/lose to": ("Nina Sato beat the champion in 43 minutes on Sunday.",
                     "Nina Sato lost to the champion in 43 minutes on Sunday."),
    "victory/defeat": ("Coach Ivo Brandt called it a victory by 14 points at home.",
                       "Coach Ivo Brandt called it a defeat by 14 points at home."),
    "online/offline": ("About 65% of the grid was offline during the storm.",
                       "About 65% of the grid was online during the storm."),
    "happy/unhappy": ("In the survey, 83% were unhappy with the new timetable.",
                      "83% were happy with the new timetable."),
    "satisfied/dissatisfied": ("In the survey, 71% were satisfied with the clinic.",
                               "71% were dissatisfied with the clinic."),
    "likely/unlikely": ("Some 44% of voters said they were likely to vote.",
                        "Some 44% of voters said they were unlikely to vote."),
    "legal/illegal": ("Inspectors found 28 illegal dumps along the river.",
                      "Inspectors found 28 legal dumps along the river."),
    "employed/unemployed": ("The survey found 12% of graduates unemployed a year on.",
                            "The survey found 12% of graduates employed a year on."),
    "rise/fall": ("The reservoir level rose to 212 metres last week.",
                  "The reservoir level fell to 212 metres last week."),
    "increase/decrease": ("Ridership increased to 4,000 passengers a day in May.",
                          "Ridership decreased to 4,000 passengers a day in May."),
    "up/down": ("The lift went up 12 floors before it stopped.",
                "The lift went down 12 floors before it stopped."),
    "gain/loss": ("Ida Moor posted a gain of 4,000 votes in the recount.",
                  "Ida Moor posted a loss of 4,000 votes in the recount."),
    "profit/loss": ("The brewer reported a net loss of $12 million for the quarter.",
                    "The brewer reported a net profit of $12 million for the quarter."),
    "survive/die": ("All 150 passengers died when the ferry sank off the cape.",
                    "All 150 passengers survived when the ferry sank off the cape."),
    "alive/dead": ("Rescuers found 7 miners alive in the flooded shaft.",
                   "Rescuers found 7 miners dead in the flooded shaft."),
    "injured/unharmed": ("All 31 pupils on the bus were unharmed, the school said.",
                         "All 31 pupils on the bus were injured, the school said."),
    "acquit/convict": ("A jury acquitted Lena Hart on two counts of fraud.",
                       "A jury convicted Lena Hart on two counts of fraud."),
    "guilty/innocent": ("Lena Hart was found not guilty on two counts of fraud.",
                        "Lena Hart was found guilty on two counts of fraud."),
    "approve/reject": ("The council approved 12 new schools on Monday.",
                       "The council rejected 12 new schools on Monday."),
    "accept/reject": ("The union accepted the 4% pay offer on Friday.",
                      "The union rejected the 4% pay offer on Friday."),
    "support/oppose": ("Some 40% of residents oppose the bypass, a poll found.",
                       "Some 40% of residents support the bypass, a poll found."),
    "agree/disagree": ("In the poll, 57% agreed with the ban on fireworks.",
                       "In the poll, 57% disagreed with the ban on fireworks."),
    "open/close": ("The grocer will open 30 stores next year.", "The grocer will close 30 stores next year."),
    "buy/sell": ("Tova Lenz bought 5,000 shares of the miner last week.",
                 "Tova Lenz sold 5,000 shares of the miner last week."),
    "pass/fail": ("The budget bill passed with 61 votes in the senate.",
                  "The budget bill failed with 61 votes in the senate."),
    "majority/minority": ("A majority of 54% backed the merger of the towns.",
                          "A minority of 54% backed the merger of the towns."),
    "maximum/minimum": ("The law sets a maximum 10 years in prison for the offence.",
                        "The law sets a minimum 10 years in prison for the offence."),
    "first/last": ("The striker scored twice in the first 15 minutes of the match.",
                   "The striker scored twice in the last 15 minutes of the match."),
    "north/south": ("The town of Marrow lies 30 km north of the capital.",
                    "The town of Marrow lies 30 km south of the capital."),
    "east/west": ("Dunmore lies 12 miles east of the depot.",
                  "Dunmore lies 12 miles west of the depot."),
    "above/below": ("Lake Orla lies 400 metres above sea level.",
                    "Lake Orla lies 400 metres below sea level."),
    "ahead/behind": ("Rhea Vance finished 12 seconds ahead of the field.",
                     "Rhea Vance finished 12 seconds behind the field."),
    "lead/trail": ("Oskar Blom led the race by 6 points after the first round.",
                   "Oskar Blom trailed the race by 6 points after the first round."),
    "play/miss": ("Ivo Dorn will play the last 3 games of the season.",
                  "Ivo Dorn will miss the last 3 games of the season."),
    "raise/cut": ("The town raised taxes on 300 homes last year.",
                  "The town cut taxes on 300 homes last year."),
    "raise/lower": ("Orvo raised prices on 14 of its models.", "Orvo lowered prices on 14 of its models."),
    "hire/fire": ("The mill hired 60 workers last week.", "The mill fired 60 workers last week."),
    "warmer/colder": ("Lake Orla was 3 degrees warmer than usual in August.",
                      "Lake Orla was 3 degrees colder than usual in August."),
    "male/female": ("The staff of the plant is 62% male, the report said.",
                    "The staff of the plant is 62% female, the report said."),
}  # fmt: skip


def test_every_row_has_a_case() -> None:
    assert set(ROWS) | {"more/fewer"} == {row.name for row in contrary_words()}


def test_more_and_fewer_right_after_a_figure() -> None:
    # Extraction reads "20% more" as a change, judged by its direction; the row reads the words.
    evidence, claim = "Ada Quinn spent 20% more on the campaign.", "Ada Quinn spent 20% less on the campaign."
    assert _near(evidence, "20%") == {"more/fewer": {"more"}}
    assert _near(claim, "20%") == {"more/fewer": {"less"}}
    assert _near("Ada Quinn spent more than 20% of it.", "20%") == {}
    assert claimnum.verify(claim, {"wire": evidence}).verdict == "refuted"


@pytest.mark.parametrize("name", sorted(ROWS))
def test_a_contrary_word_of_each_row_refutes_the_claim(name: str) -> None:
    evidence, claim = ROWS[name]
    row = next(r for r in contrary_words() if r.name == name)
    result = claimnum.verify(claim, {"wire": evidence})
    assert result.verdict == "refuted", result.explain()
    [item] = [i for i in result.items if isinstance(i, ContraryFinding)]
    said, told = item.words
    sides = {tuple(said.split()) in row.a, tuple(told.split()) in row.a}
    assert sides == {True, False}, item.words
    assert f'"{said}"' in item.explain()
    assert f'"{told}"' in item.explain()


@pytest.mark.parametrize("name", sorted(ROWS))
def test_the_same_words_keep_the_claim(name: str) -> None:
    evidence, _ = ROWS[name]
    assert claimnum.verify(evidence, {"wire": evidence}).verdict in ("supported", "compatible")


def _near(sentence: str, figure: str) -> dict[str, set[str]]:
    at = sentence.index(figure)
    rows = contrary_words()
    return {rows[k].name: {w for _, w in v} for k, v in words_near(sentence, at, at + len(figure)).items()}


def test_a_word_belongs_to_the_nearer_number() -> None:
    s = "Two crew members died and three survived."
    assert _near(s, "three") == {"survive/die": {"survived"}}
    assert _near(s, "Two") == {"survive/die": {"died"}}


def test_a_clause_word_cuts_the_words_near_a_figure() -> None:
    assert _near("Profit rose to $5 million while sales fell.", "$5 million")["rise/fall"] == {"rose"}


def test_an_excepted_phrase_says_nothing() -> None:
    assert _near("The store, close to 300 years old, will shut.", "300") == {}
    assert _near("Shares rose up to 5% on Monday.", "5%") == {"rise/fall": {"rose"}}
    assert _near("The high school enrolled 800 students.", "800") == {}


def test_the_longest_phrase_wins() -> None:
    assert _near("Hart pleaded not guilty to two counts.", "two") == {"guilty/innocent": {"not guilty"}}


def test_a_row_placed_before_or_after_reads_only_there() -> None:
    assert _near("Sales were up 5% in May.", "5%") == {"up/down": {"up"}}
    assert _near("They set up 5 clinics in May.", "5") == {}
    assert _near("The town lies 30 km north of the capital.", "30 km") == {"north/south": {"north"}}
    assert _near("North of the capital lies a town of 30 km.", "30 km") == {}


def test_a_capitalised_name_is_no_word() -> None:
    assert _near("Rose Tam, 34, was charged.", "34") == {}


def test_a_converse_row_needs_one_named_holder() -> None:
    # A sale told from the buyer's side: another side of one event, no contradiction.
    evidence = {"wire": "Tova Lenz bought 5,000 shares from Ivo Brandt."}
    assert claimnum.verify("Ivo Brandt sold 5,000 shares to Tova Lenz.", evidence).verdict == "supported"
    # A passive verb tells the other side.
    beaten = {"wire": "Ada Rowe was beaten by Ida Moor in 43 minutes."}
    assert claimnum.verify("Ada Rowe lost to Ida Moor in 43 minutes.", beaten).verdict == "supported"


@pytest.mark.xfail(
    strict=True,
    reason="a figure aligned only by its very value (loose_alignment) is not read for converse words yet",
)
def test_a_converse_row_told_of_the_same_subject_refutes() -> None:
    evidence = {"wire": "Tova Lenz bought 5,000 shares from Ivo Brandt."}
    assert claimnum.verify("Tova Lenz sold 5,000 shares to Ivo Brandt.", evidence).verdict != "supported"


def test_a_figure_the_evidence_also_tells_with_the_claims_word_stays_supported() -> None:
    evidence = {
        "a": "Shares of Pell Corp fell to $18 on Monday.",
        "b": "Shares of Pell Corp rose to $18 on Monday.",
    }
    assert claimnum.verify("Shares of Pell Corp rose to $18 on Monday.", evidence).verdict != "refuted"


def test_a_denied_figure_keeps_its_verdict() -> None:
    evidence = {"wire": "The council approved 12 new schools on Monday."}
    result = claimnum.verify("The council did not reject 12 new schools.", evidence)
    assert not any(isinstance(item, ContraryFinding) for item in result.items)


def test_an_unaligned_figure_needs_a_shared_word() -> None:
    evidence = {"wire": "Four of the crew survived the crash."}
    assert claimnum.verify("Four of the crew died in the crash.", evidence).verdict == "refuted"
    assert claimnum.verify("Four walkers died in the storm.", evidence).verdict == "not enough info"
    # A small count names the very thing it counts; a specific figure shares any content word.
    blaze = {"wire": "Three firefighters survived the blaze at the depot."}
    assert claimnum.verify("Three people died in the blaze at the depot.", blaze).verdict == "not enough info"
    ferry = {"wire": "All 150 passengers died when the ferry sank off the cape."}
    assert claimnum.verify("The ferry sank with 150 passengers; all survived.", ferry).verdict != "refuted"


def test_a_figure_given_to_another_named_holder_is_refuted() -> None:
    evidence = {"wire": "Tom Kade was jailed for seven years while Ed Lusk got 18 months."}
    result = claimnum.verify("Kade was jailed for 18 months.", evidence)
    assert result.verdict == "refuted"
    [item] = result.items
    assert isinstance(item, ContraryFinding)
    assert item.swapped
    assert item.words == ("kade", "ed lusk")
    assert "gives 18 months to ed lusk" in item.explain()
    ages = {"wire": "Ira Cole, 52, and Max Dunn, 47, were arrested."}
    assert claimnum.verify("Max Dunn, 52, was arrested.", ages).verdict == "refuted"


def test_a_holders_own_figure_is_no_swap() -> None:
    evidence = {"wire": "Tom Kade was jailed for seven years while Ed Lusk got 18 months."}
    assert claimnum.verify("Kade was jailed for seven years.", evidence).verdict == "supported"
    assert claimnum.verify("Lusk got 18 months.", evidence).verdict in ("supported", "compatible")
    ages = {"wire": "Ira Cole, 52, and Max Dunn, 47, were arrested."}
    assert claimnum.verify("Max Dunn, 47, was arrested.", ages).verdict == "supported"


def test_scores_told_from_either_side() -> None:
    evidence = {"wire": "The Larks beat the Finches 2-0 on Saturday."}
    assert claimnum.verify("Finches Lose 2-0 To Larks", evidence).verdict == "supported"
    assert claimnum.verify("Larks Lose 2-0 To Finches", evidence).verdict == "refuted"
    assert claimnum.verify("Finches beat the Larks 2-0.", evidence).verdict == "refuted"


def test_a_negated_contrary_word_says_nothing() -> None:
    assert _near("In the poll, 83% were not happy with the plan.", "83%") == {}
    evidence = {"wire": "In the poll, 83% were not happy with the plan."}
    assert claimnum.verify("83% were unhappy with the plan.", evidence).verdict == "supported"


def test_one_verb_tells_both_figures_of_a_change() -> None:
    s = "Shares of Pell Corp rose 5% to $18 on Monday."
    assert _near(s, "$18") == {"rise/fall": {"rose"}}
    assert claimnum.verify("Pell Corp shares fell to $18 on Monday.", {"wire": s}).verdict == "refuted"


def test_a_change_told_of_the_opposite_verb_is_refuted() -> None:
    # The figure of a change is refuted by its direction already; the words agree with it.
    evidence = {"wire": "Orvo raised the price of its tablet by $50."}
    assert claimnum.verify("Orvo cut the price of its tablet by $50.", evidence).verdict == "refuted"


def test_an_end_and_a_continuation_are_no_contrary_words() -> None:
    # "end" is no contrary of "continue": a noun "the end of" and a verb "ended" may both be true.
    talks = {"wire": "At the end of 4 days of talks, the envoys signed a deal."}
    assert claimnum.verify("Talks between the envoys went on for 4 days.", talks).verdict != "refuted"
    assert claimnum.verify("The talks continued for 4 days.", talks).verdict != "refuted"
    strike = {"wire": "The dock strike ended after 9 days."}
    assert claimnum.verify("The dock strike continued for 9 days.", strike).verdict != "refuted"


def test_a_direction_told_from_the_other_place_is_no_contrary() -> None:
    # "A lies south of B" is "B lies north of A": the direction rows are converse.
    border = {"wire": "The border lies 25 km north of the village."}
    assert claimnum.verify("The village is 25 km south of the border.", border).verdict != "refuted"
    cities = {"wire": "Varna is 4 degrees colder than Tarvos."}
    assert claimnum.verify("Tarvos is 4 degrees warmer than Varna.", cities).verdict != "refuted"
    assert claimnum.verify("Varna is 4 degrees warmer than Tarvos.", cities).verdict == "refuted"


def test_a_converse_row_compares_the_subjects() -> None:
    # "A trails B" is "B leads A": the subjects differ, the event is one.
    assert (
        claimnum.verify("Smith trails Jones by 5 points.", "Jones leads Smith by 5 points.").verdict
        != "refuted"
    )
    assert (
        claimnum.verify("Smith trails Jones by 5 points.", "Smith leads Jones by 5 points.").verdict
        == "refuted"
    )


def test_the_second_figure_of_a_tally_has_no_verb_of_its_own() -> None:
    said = {"wire": "In the vote, 58% rejected the levy and 42% approved it."}
    assert claimnum.verify("Voters rejected the levy, 58% to 42%.", said).verdict != "refuted"
    assert claimnum.verify("Voters approved the levy, 58% to 42%.", said).verdict == "refuted"
