"""Write the example notebooks of claimnum from the cell texts below.

The notebooks are stored without outputs, so that diffs stay small; CI runs
them top to bottom with ``pytest --nbmake notebooks/``.  Edit the cells here and
run ``python notebooks/make_notebooks.py`` to rewrite the ``.ipynb`` files.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).parent

# A cell is ("md", text) or ("py", code).
Cells = list[tuple[str, str]]

QUICKSTART: Cells = [
    (
        "md",
        """# Quickstart: reconcile two news stories

claimnum reads the numbers that texts state, *with* their qualifiers ("over 10,000", "an estimated
11,000", "halved"), turns each into an interval, and tells whether the claims of several sources can all
be true and what they say together.

claimnum ships two short example stories written for it: invented outlets, reporting the same events
with the figures of two real news reports of early 2025.""",
    ),
    (
        "py",
        """import claimnum

documents = claimnum.example_documents()
list(documents)""",
    ),
    ("md", "Each document is plain text, named by its source. The first lines of one of them:"),
    (
        "py",
        """first = next(iter(documents))
print(documents[first][:600])""",
    ),
    (
        "md",
        """## One call

`claimnum.reconcile` extracts the claims of every document, groups the claims that speak of the same
quantity, checks each group and combines it into an estimate. In a notebook the result shows itself as
a table, each claim highlighted in its sentence.""",
    ),
    (
        "py",
        """result = claimnum.reconcile(documents)
result""",
    ),
    ("md", "One row per group, for a quick look or further work in pandas:"),
    ("py", "result.summary()"),
    (
        "md",
        """## One group

Groups are found by their label (or position). Each has its claims, a consistency check and a
combined estimate.""",
    ),
    (
        "py",
        """troops = result["troops"]
troops""",
    ),
    (
        "py",
        """for claim in troops.claims:
    print(f"{claim.source:24} {claim.text!r:32} support {claim.interval}   core {claim.core}")""",
    ),
    ("py", "troops.check"),
    ("py", "troops.estimate"),
    (
        "md",
        """## The forest plot

One row per claim: the core (most plausible values) thick, the support (every value the wording
allows) thin, the literal reading faint. Filled dots are closed ends, hollow dots open ones; an arrow
runs off the axis where the wording sets no bound. The combined estimate is shaded.""",
    ),
    ("py", "troops.plot();"),
    (
        "md",
        """## Money in two currencies

One story gives an amount in dollars and, alongside, in Swedish kronor. claimnum never fetches
exchange rates: without them the two amounts cannot be compared, and the check says so.""",
    ),
    (
        "py",
        """money = [group for group in result.groups if any(c.unit in ("USD", "SEK") for c in group.claims)]
[(group.label, group.verdict) for group in money]""",
    ),
    ("md", "Pass a rate (the value of one krona in dollars, here a rate of early 2025) and compare again:"),
    (
        "py",
        """rates = {"SEK": 0.0911}
with_rates = claimnum.reconcile(documents, rates=rates)
[(group.label, group.verdict) for group in with_rates.groups if group.label in {g.label for g in money}]""",
    ),
    ("py", """with_rates[money[0].label].plot();"""),
    ("md", "Every group with claims from both sources, in one figure:"),
    ("py", "with_rates.plot();"),
    (
        "md",
        """## Claims in any text

`claimnum.extract` finds the claims of one text. Each `Claim` keeps the words as written and their
reading as intervals.""",
    ),
    (
        "py",
        """claims = claimnum.extract(
    "Organisers said more than 2,500 runners started the race; police put the crowd at about 8,000.",
    source="city desk",
)
claims""",
    ),
    ("py", "claims[0]"),
    (
        "md",
        """## Next

* `02-semantics-tour.ipynb`: how "about", "over", round numbers and profiles shape the intervals.
* `03-pandas-workflow.ipynb`: many documents in a DataFrame.
* From the shell: `claimnum reconcile --examples`.""",
    ),
]

SEMANTICS: Cells = [
    (
        "md",
        """# A tour of the semantics

How does "over 10,000" become an interval? claimnum reads every claim as three nested intervals:

* the **literal** reading: what the words strictly entail ("over 10,000" allows a million);
* the **support**: every value a listener would accept (`claim.interval`);
* the **core**: the values the wording makes most plausible.

The three depend on the qualifier, on how round the number is (its *granule*), and on an
interpretation *profile*.""",
    ),
    (
        "py",
        """import claimnum
from claimnum.plot import forest""",
    ),
    (
        "md",
        """## Qualifiers

The same number, 12,000, under different qualifiers. Each sentence is our own; `extract` finds the
claim and its qualifier.""",
    ),
    (
        "py",
        """sentences = [
    "The stadium holds 12,000 people.",
    "Exactly 12,000 tickets were sold.",
    "About 12,000 fans came.",
    "An estimated 12,000 fans came.",
    "Nearly 12,000 fans came.",
    "Over 12,000 fans came.",
    "At least 12,000 fans came.",
    "Fewer than 12,000 fans came.",
    "Up to 12,000 fans came.",
]
claims = [claimnum.extract(s)[0] for s in sentences]
for claim in claims:
    readings = f"literal {claim.literal!s:18} support {claim.interval!s:18} core {claim.core}"
    print(f"{claim.text!r:24} {claim.sense:12} {readings}")""",
    ),
    ("py", """forest(claims, labels=[c.text for c in claims], title="12,000, qualified nine ways");"""),
    (
        "md",
        """"Over" and "at least" set a hard floor, "fewer than" and "up to" a ceiling; the literal reading
of a bound runs off the axis (the faint arrows), while the support stops where a listener would stop.
"About" and "an estimated" spread both ways, "an estimated" further.

## Granularity: round numbers are vaguer

"About 12,000" is round at the thousands, "about 12,350" at the tens. The rounder the number, the
wider the reading.""",
    ),
    (
        "py",
        """numbers = ["about 12,000", "about 12,500", "about 12,350", "about 12,347"]
rounded = [claimnum.extract(f"There were {n} of them.")[0] for n in numbers]
for claim in rounded:
    print(f"{claim.text:14} support [{claim.interval.lo:,.0f}, {claim.interval.hi:,.0f}]")
forest(rounded, labels=numbers, title="granularity");""",
    ),
    (
        "md",
        """`semantics.read` gives the reading for a sense, the numbers as written and their granule (the
place of the last significant digit), without any text:""",
    ),
    (
        "py",
        """from claimnum.semantics import read

read("approximate", [12_000], granule=1_000)""",
    ),
    (
        "md",
        """## Profiles: how generous is the listener?

The widths are data, not constants: a `Profile` holds them. Three ship with claimnum, `"strict"`,
`"median"` (the default) and `"lenient"`; every support widens from one to the next.""",
    ),
    (
        "py",
        """text = "Over 10,000 soldiers were deployed, and about 12,000 arrived in total."
rows, labels = [], []
for profile in ["strict", "median", "lenient"]:
    for claim in claimnum.extract(text, profile=profile):
        rows.append(claim)
        labels.append(f"{claim.text} ({profile})")
forest(rows, labels=labels, title="one text, three profiles");""",
    ),
    ("md", "Make your own from a shipped one, e.g. a listener who reads bounds as very tight:"),
    (
        "py",
        """from claimnum.semantics import Profile

tight = Profile.from_name("median").replace(name="tight", w=0.05)
claimnum.extract("Over 10,000 soldiers were deployed.", profile=tight)[0].interval""",
    ),
    (
        "md",
        """## Units and changes

Durations, lengths and money keep their unit; intervals convert. "Halved" and "doubled" are ratios of
the new to the old value.""",
    ),
    (
        "py",
        """texts = ["He was away for about three weeks.", "He was away for 20 days."]
weeks, days = (claimnum.extract(t)[0] for t in texts)
print(weeks.interval, "=", weeks.interval.to("day"))
forest([weeks, days], unit="day", title="durations, drawn in days");""",
    ),
    (
        "py",
        """for text in ["The herd halved in a decade.", "Prices doubled.", "Sales rose by 30%."]:
    claim = claimnum.extract(text)[0]
    print(f"{text:32} {claim.kind:10} {claim.interval}")""",
    ),
    (
        "md",
        """The full table of senses, their widths and the research behind them is in the documentation,
page *Semantics*.""",
    ),
]

PANDAS: Cells = [
    (
        "md",
        """# A pandas workflow: many documents

`claimnum.extract_frame` turns a Series (or DataFrame column) of texts into one tidy DataFrame with one
row per claim and a fixed schema; the document's index is kept in the `doc` column. The same call runs
in dask and Spark (see the *Scale-out* page of the documentation).

Here, a small corpus made up on the spot: forty short reports of attendance at four events, from
several outlets, each with its own wording.""",
    ),
    (
        "py",
        """import random

import pandas as pd

import claimnum

random.seed(7)
events = {"harbour festival": 48_000, "book fair": 12_500, "marathon": 9_200, "jazz night": 3_100}
phrasings = [
    "Organisers said about {n:,} people came to the {event}.",
    "More than {n:,} visitors attended the {event}, police said.",
    "An estimated {n:,} people were at the {event}.",
    "The {event} drew nearly {n:,} visitors.",
    "Some {n:,} people joined the {event}.",
]
outlets = ["Daily Ledger", "Coast Radio", "Metro Wire", "Valley News", "Evening Star"]


def report(event: str, true: int) -> str:
    # Each outlet has its own count, rounded as reporters round.
    n = round(true * random.uniform(0.95, 1.05), -3 if true >= 10_000 else -2)
    return random.choice(phrasings).format(n=int(n), event=event)


rows = [
    {"outlet": random.choice(outlets), "event": event, "text": report(event, true)}
    for event, true in events.items()
    for _ in range(10)
]
articles = pd.DataFrame(rows)
articles.head()""",
    ),
    ("md", "## Extract every claim"),
    (
        "py",
        """claims = claimnum.extract_frame(articles["text"])
claims[["doc", "text", "qualifier", "value", "lo", "hi", "closed", "core_lo", "core_hi"]].head(8)""",
    ),
    ("md", "The schema is fixed and documented (`claimnum.CLAIMS_META` is the empty frame):"),
    ("py", "claimnum.CLAIMS_META.dtypes"),
    (
        "md",
        """## Join back and group

`doc` is the index label of each article, so the claims join back to their metadata.""",
    ),
    (
        "py",
        """claims = claims.join(articles[["outlet", "event"]], on="doc")
claims.groupby("event").agg(reports=("doc", "nunique"), lowest=("lo", "min"), highest=("hi", "max"))""",
    ),
    (
        "md",
        """## Combine each event's claims

`claimnum.combine_groups` combines every group of a claims frame in one vectorised pass: one row per
group with the estimate's support (`lo`, `hi`, `closed`), its point, the share of claims that agree
(`agreement`) and how many there were.""",
    ),
    (
        "py",
        """estimates = claimnum.combine_groups(claims, by="event")
estimates[["point", "lo", "hi", "closed", "agreement", "n", "n_agreeing"]].round(1)""",
    ),
    (
        "md",
        """## Back to objects for one event

For a closer look, take one event's articles back to `Claim` objects, with their source: check them,
combine them (the same estimate as the frame's row) and plot them.""",
    ),
    (
        "py",
        """from claimnum.plot import forest

fair = articles[articles["event"] == "book fair"]
fair_claims = [
    claim
    for text, outlet in zip(fair["text"], fair["outlet"], strict=True)
    for claim in claimnum.extract(text, source=outlet)
]
estimate = claimnum.combine(fair_claims)
print(claimnum.check(fair_claims).verdict, estimate.interval, estimate.point)
forest(fair_claims, estimate=estimate, title="book fair attendance");""",
    ),
    (
        "md",
        """Rows of a claims frame turn back into intervals too, one reading at a time:""",
    ),
    (
        "py",
        """from claimnum.frame import intervals_from_frame

rows = claims[claims["event"] == "book fair"].head(3)
list(zip(rows["text"], intervals_from_frame(rows), intervals_from_frame(rows, which="core"), strict=True))""",
    ),
    (
        "md",
        """## The `.claims` accessor

Importing claimnum registers a `.claims` accessor on text Series: `extract()` gives the same frame as
`extract_frame`, `reconcile()` a `Reconciliation` of the Series' documents.""",
    ),
    ("py", """articles["text"].claims.extract().equals(claimnum.extract_frame(articles["text"]))"""),
    (
        "md",
        """`reconcile()` groups claims by what they count and what happened to it, so "visitors attended"
and "people joined" may land in different groups. When you know better, say so with `key=`, a
function from a claim to its group label:""",
    ),
    (
        "py",
        """jazz = articles[articles["event"] == "jazz night"]
sources = jazz["outlet"] + " #" + jazz.index.astype(str)  # index labels name the sources
jazz_result = jazz["text"].set_axis(sources).claims.reconcile()
jazz_result.summary()[["label", "sources", "verdict", "estimate", "dissenters"]]""",
    ),
    (
        "py",
        """jazz_result = jazz["text"].set_axis(sources).claims.reconcile(key=lambda claim: "attendance")
jazz_result.summary()[["label", "sources", "verdict", "estimate", "dissenters"]]""",
    ),
]

EVOLVING: Cells = [
    (
        "md",
        """# An evolving story: one flood, four outlets, two days

News about a disaster arrives in pieces. The first reports give a low death toll; later ones a
higher one. Outlets quote the police or the organisers of a relief march, restate a sum in another
currency, and recall earlier disasters. claimnum reads every number with its **quantity frame**
(what it measures, of what, when), groups the numbers that speak of the same quantity, and, when
the documents carry a time, tells a figure that *grew* from a figure that *conflicts*.

The story below is our own text, written for this notebook: an invented river flood in an invented
town, told by four invented outlets.""",
    ),
    (
        "py",
        """import pandas as pd

import claimnum

news = pd.DataFrame(
    {
        "outlet": ["Riverside Daily", "Northern Wire", "Riverside Daily", "Civic Radio"],
        "published": ["2025-06-10 07:30", "2025-06-10 18:00", "2025-06-11 08:15", "2025-06-11 12:00"],
        "body": [
            "Flash floods swept through Elmbrook on Monday night, killing at least 9 people, "
            "officials said. About 1,200 residents were evacuated from the low-lying districts. "
            "Elmbrook, a town of 38,000 people, last flooded in 1998, when 31 people died.",
            "The death toll from the Elmbrook floods rose to 14 on Tuesday. Rescuers said some 400 "
            "homes were damaged. The regional government pledged 50 million kronor ($4.6 million) "
            "in emergency aid.",
            "At least 21 people have died in the floods, the mayor said on Wednesday, and more than "
            "450 houses were damaged. Police said about 3,000 people joined a march for the victims.",
            "The flood killed 23 people, the civil protection agency said. Organisers said more than "
            "8,000 people joined the march for the victims. About 2,000 people are still in shelters. "
            "The 1998 flood killed 31.",
        ],
    }
)
news""",
    ),
    (
        "md",
        """## Reconcile, with times

Name the columns: `text=` (required for a DataFrame), `source=` and `time=`. Without `text=`,
`reconcile` refuses the DataFrame rather than misread it.""",
    ),
    (
        "py",
        """result = claimnum.reconcile(news, text="body", source="outlet", time="published")
result.summary()[["label", "sources", "claims", "verdict", "agreement", "estimate"]]""",
    ),
    (
        "md",
        """## A death toll that grew

Deaths are a cumulative measure: a running total that only grows while a story unfolds. The four
reports conflict if read as one moment, but they fit one growing total, so the verdict is
`"updated"` and the estimate is the latest state consistent with every report.""",
    ),
    (
        "py",
        """deaths = result["deaths"]
print(deaths.explain())
deaths.timeline""",
    ),
    ("py", """deaths.plot();"""),
    (
        "md",
        """## Why claims were grouped, and why not

Every group keeps its reasons. The 1998 flood's toll is *background*: an earlier event, kept apart
from this one. Homes and houses damaged are one quantity (the same measure, the same kind of
thing counted); the town's population never joins a count of the event.""",
    ),
    (
        "py",
        """[(group.label, group.why) for group in result]""",
    ),
    (
        "py",
        """frame = result.to_frame()
frame[["group", "source", "text", "measure", "entity", "anchor", "background"]]""",
    ),
    (
        "md",
        """## Two accounts of one crowd

The police (in one outlet) and the organisers (in another) count the same march. Their figures
conflict; with one account against the other there is no majority, so the estimate takes no side and
both are reported.""",
    ),
    ("py", """print(result["crowd"])"""),
    (
        "md",
        """## A sum and its restatement

The aid in kronor and its dollar restatement are one figure. Without an exchange rate claimnum
cannot compare them and gives no estimate; with one, it checks them.""",
    ),
    (
        "py",
        """rates = {"SEK": 0.092}
with_rate = claimnum.reconcile(news, text="body", source="outlet", time="published", rates=rates)
aid = next(group for group in with_rate if {c.unit for c in group.claims} == {"SEK", "USD"})
aid.label, aid.check.verdict, aid.estimate.interval""",
    ),
    (
        "md",
        """## Without times

Without times, claimnum does not take the order of the documents as time: the growing toll is then
read as reports that disagree.""",
    ),
    (
        "py",
        """untimed = claimnum.reconcile(news, text="body", source="outlet")
untimed["deaths"].verdict""",
    ),
]

VERIFY: Cells = [
    (
        "md",
        """# Verify claims against an evolving story

A fact-checker asks whether the evidence supports a claim. `claimnum.verify` answers for every number
of the claim: it finds what the sources say of the same quantity, pools the sources so that one
outlier does not decide, and names the verdict: supported, compatible, not enough info, understated,
overstated or refuted.

The story below is made up for this notebook: a landslide in an invented town, told by three
invented outlets over two days, with figures that grow as the story unfolds.""",
    ),
    (
        "py",
        """import claimnum

story = {
    "Valley Herald": (
        "A landslide struck the hill town of Bramhall Ridge on Tuesday morning. At least 12 people "
        "were killed and about 40 were injured, the mayor said. Some 300 residents were evacuated "
        "from their homes."
    ),
    "Northern Wire": (
        "The Bramhall Ridge landslide killed 14 people and injured more than 35, rescuers said on "
        "Tuesday evening. Around 320 residents were evacuated."
    ),
    "Coast Radio": (
        "The death toll from the landslide rose to 17 on Wednesday. About 45 people were injured. "
        "Nearly 350 residents have now been evacuated."
    ),
}""",
    ),
    ("md", "## One claim\n\nA politician says the landslide forced 1,000 people from their homes:"),
    (
        "py",
        """result = claimnum.verify("Officials said 1,000 residents were evacuated.", story)
print(result.explain())""",
    ),
    (
        "md",
        """In a notebook the result shows the claim with its number marked, the explanation and the
evidence sentences:""",
    ),
    ("py", "result"),
    (
        "md",
        "## Several claims\n\nEach claim gets the worst verdict of its numbers; every source keeps its own:",
    ),
    (
        "py",
        """claims = [
    "The landslide killed more than 10 people.",
    "Dozens of people were killed in the landslide.",
    "About 40 people were injured.",
    "Five people died in the landslide.",
    "The landslide destroyed 80 homes.",
]
for claim in claims:
    print(f"{claimnum.verify(claim, story).verdict:16} {claim}")""",
    ),
    ("py", 'claimnum.verify("About 40 people were injured.", story).to_frame(per_source=True)'),
    (
        "md",
        """## Entailment, the relation underneath

`verify` relates what the evidence allows (a premise) to the claim (a hypothesis) with
`claimnum.entails`: *entailed* when the premise's support lies inside the claim's literal reading,
*contradicted* when they share no value, *compatible* otherwise.""",
    ),
    (
        "py",
        """pairs = [
    ("over 600 people", "over 500 people"),
    ("12,000 people", "about 12,000 people"),
    ("about 12,000 people", "over 12,000 people"),
    ("about 15,000 people", "more than 60,000 people"),
]
for premise, hypothesis in pairs:
    print(f"{premise!r:24} -> {hypothesis!r:28} {claimnum.entails(premise, hypothesis)}")""",
    ),
    (
        "md",
        """## When the story moves on

The death toll is a running total: it only grows while the story unfolds, so the first day's "at
least 12" and "14" do not outvote Wednesday's 17. Without times, `verify` takes the upper envelope
of the reports (those reaching the highest lower bound any report gives); with each source's time,
it takes the latest reports, as long as all of them fit one growing total.""",
    ),
    (
        "py",
        """claim = "The landslide killed 17 people."
print(claimnum.verify(claim, story).explain())
timed = {
    "Valley Herald": ("2026-05-05 09:00", story["Valley Herald"]),
    "Northern Wire": ("2026-05-05 19:00", story["Northern Wire"]),
    "Coast Radio": ("2026-05-06 08:00", story["Coast Radio"]),
}
for headline in ["Landslide Toll Tops 15", "Landslide Toll Tops 20", "The landslide killed 14 people."]:
    print(f"{claimnum.verify(headline, timed).verdict:16} {headline}")""",
    ),
    (
        "md",
        """Had the latest report been *lower* than an earlier one ("17", then "12"), the reports would not
fit one growing total: then they are a conflict, and every source is weighed as before.""",
    ),
    (
        "py",
        """shrinking = {
    "Monday": ("2026-05-05", "The landslide killed 17 people."),
    "Tuesday": ("2026-05-06", "The landslide killed 12 people."),
}
print(claimnum.verify("The landslide killed 17 people.", shrinking).explain())""",
    ),
    (
        "md",
        """## Headlines

A headline drops the hedge of the figure it reports ("kills 12" for "at least 12 were killed") and
states changes in a word. `verify` reads a bare figure that repeats the evidence's as that figure,
and judges a change by its direction and size: the wrong way is refuted, a larger fall overstated.""",
    ),
    (
        "py",
        """print(claimnum.verify("Landslide kills 12", story["Valley Herald"]).verdict)
markets = "Shares of Bramhall Mining fell 8% on Wednesday after the landslide closed its quarry."
for move in ["Fall 8%", "Rise 8%", "Fall 20%"]:
    headline = f"Bramhall Mining Shares {move}"
    print(f"{claimnum.verify(headline, markets).verdict:16} {headline}")""",
    ),
    (
        "md",
        """## From the shell

`claimnum verify "CLAIM" FILE...` prints the same explanation, and exits with status 1 when the
claim is refuted, overstated or understated, so that scripts can act on it.""",
    ),
]

NOTEBOOKS = {
    "01-quickstart.ipynb": QUICKSTART,
    "02-semantics-tour.ipynb": SEMANTICS,
    "03-pandas-workflow.ipynb": PANDAS,
    "04-evolving-story.ipynb": EVOLVING,
    "05-verify.ipynb": VERIFY,
}


def notebook(cells: Cells) -> nbformat.NotebookNode:
    """Build a notebook without outputs from ``(kind, text)`` pairs."""
    make = {"md": new_markdown_cell, "py": new_code_cell}
    book = new_notebook(cells=[make[kind](text) for kind, text in cells])
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    book.metadata["language_info"] = {"name": "python"}
    for index, cell in enumerate(book.cells):
        cell.id = f"cell-{index:02d}"  # stable ids: rewriting an unchanged notebook changes nothing
    return book


def main() -> None:
    for name, cells in NOTEBOOKS.items():
        nbformat.write(notebook(cells), HERE / name)


if __name__ == "__main__":
    main()
