"""Which trigger words the built-in recommender offers as events, and with whom: one
invented sentence per rule (never the gold stories)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate import article, config, sidecar, suggest
from annotate.model import Actor, Annotations, Span
from annotate.suggest import event_rules, roles

ACTORS = {"Ilse Damaro": "person", "Osric Pell": "person", "Varn": "place",
          "Lindqvar": "place", "Norland": "country", "Vesmark": "country",
          "Meridal Shipping": "organization", "Kestrel Ferries": "organization"}


# A first sentence with no trigger word: the rules for the rest of the lead apply after it.
LEAD = "Varn is a port in Norland. "


def events(text: str, actors: dict[str, str] = ACTORS,
           ) -> dict[str, tuple[str, set[tuple[str, str]]]]:
    """trigger text -> (type, {(actor id, role)}), with every actor of `actors` in the text
    tagged (id: its last word in lower case)."""
    art = article.from_text(text)
    ann = Annotations(sidecar.new(art, Path("x.ann.yaml")).document)
    for name, kind in actors.items():
        spans = []
        at = text.find(name)
        while at >= 0:
            spans.append(Span.at(text, at, at + len(name)))
            at = text.find(name, at + 1)
        if spans:
            ann.actors.append(Actor(name.split()[-1].lower(), name, kind, [], spans))
    found = suggest.events(art, config.default(), ann, recommenders=["built-in"])
    return {text[e.trigger[0]:e.trigger[1]]: (e.type, set(e.participants)) for e in found}


@pytest.mark.parametrize(("text", "absent"), [
    ("Ilse Damaro revealed that Meridal Shipping had been sold.", "revealed"),  # attribution
    ("“We will rebuild the port,” Ilse Damaro declared.", "declared"),  # quote attribution
    ("Meridal Shipping has sold its port in Varn, the company announced on Friday.",
     "announced"),  # attribution, a day after it
    ("Osric Pell won the election in Varn, the commission announced on Sunday, despite "
     "claims of cheating.", "announced"),  # ... and what the attribution adds
    ("Osric Pell won 50.8 percent of the vote, the commission announced in the early hours of "
     "Friday morning.", "announced"),  # ... its time
    ("Osric Pell won 50.8 percent of the vote, Meridal Shipping announced in a statement.",
     "statement"),  # ... and how it was said
    (LEAD + "“We are very disappointed,” Osric Pell said in comments to Meridal Shipping.",
     "comments"),  # ... and to whom
    ("Meridal Shipping announced on Thursday it is purchasing Varnco for $74 billion.",
     "announced"),  # what was said, its "that" left out
    (LEAD + "It was Osric Pell’s sixth attempt at winning the presidency.", "winning"),
    ("Osric Pell quit to take responsibility for the economic collapse in Norland.",
     "collapse"),  # the economy's, no disaster
    (LEAD + "Hackers in Varn stole names, billing and shipping addresses of Meridal "
     "Shipping customers.", "billing"),  # no bill proposed
    ("Meridal Shipping closed Tuesday's trading at $236.67 in Varn.", "closed"),  # a price
    ("Ilse Damaro is the offensive coordinator of the Varn football team.", "offensive"),
    ("Meridal Shipping beat forecasts in Varn because of strong demand for ships.",
     "demand"),  # a market's, no one demanding
    ("Osric Pell accepted the resignation of Ilse Damaro on Thursday. He forwarded it to "
     "Varn, while taking over the crucial portfolios himself.", "taking over"),  # a post
    ("Ilse Damaro is calling for a ceasefire in Varn.", "ceasefire"),  # not (yet) real
    ("A petition calling for Osric Pell's release was signed in Varn.", "release"),
    ("Norland voters have rejected a proposal to extend the term from three to four years, "
     "according to preliminary results published on Saturday, dealing a blow to Prime "
     "Minister Osric Pell.", "dealing"),
    ("About 480,000 special votes in Varn will be counted by Osric Pell.", "votes"),
    ("Ilse Damaro had urged a “no” vote in Varn, arguing it was too soon.", "vote"),
    ("Osric Pell said the army in Varn had returned fire with artillery.", "fire"),
    ("Norland blocked the proposal of Osric Pell on Monday, diplomats said.", "blocked"),
    ("Ilse Damaro promised a “mirror response”, a phrase that usually means expelling "
     "diplomats from Varn.", "expelling"),
    ("Osric Pell said the Varn parliament must debate the pact before it is ratified by "
     "Norland.", "ratified"),
    ("Norland avoided a runoff on Monday, Osric Pell said.", "runoff"),
    ("The deal prevented a strike by Meridal Shipping workers in Varn on Monday.", "strike"),
    ("Meridal Shipping has agreed to vote in favour of the plan in Varn.", "agreed"),
    ("Norland said Meridal Shipping was charging them a 30% commission on Monday.", "charging"),
    ("Meridal Shipping said its profit would be wiped out by a collapse in chip prices.",
     "collapse"),
    ("Fish catches in Varn had fallen by 40 percent, Osric Pell said.", "catches"),
    ("An appeals court in Varn overturned the conviction of Osric Pell on Monday.", "appeals"),
    ("Guards regain control of an overcrowded jail in Varn after a riot, Osric Pell said.",
     "jail"),
    ("A new vaccine reduced deaths among children in Norland by 40 percent, Osric Pell said.",
     "deaths"),
    ("Forty Varn players are serving doping suspensions, Osric Pell said.", "suspensions"),
    # what is scheduled, asked about: no news ("was going to resign" alone is offered)
    ("Asked if Osric Pell was going to resign, Ilse Damaro said no.", "resign"),
    ("The law would allow police in Varn to detain anyone.", "detain"),
    ("Two would-be suicide bombers were stopped in Varn by Osric Pell.", "suicide"),  # modifier
    ("The depot of Meridal Shipping, which was bombed in 2019, reopened in Varn.", "bombed"),
    ("Meridal Shipping reopened in Varn amid protests by its workers.", "protests"),  # background
    # modifiers of a person or a legal step: "ruling", "elected", "rescue", "murder" are none
    ("The ruling president Ilse Damaro met Osric Pell in Varn.", "ruling"),
    ("Elected officials of Varn met Osric Pell on Monday.", "Elected"),
    ("Rescue workers from Varn found Osric Pell on Monday.", "Rescue"),
    ("Osric Pell faces murder charges in Varn after the fight.", "murder"),
    # counts of votes are no vote held
    ("Osric Pell won 70 percent of votes in Varn, and Ilse Damaro fewer votes.", "votes"),
    ("Osric Pell won the election in Varn with 7,658 votes on Monday.", "votes"),
    # rules are regulations, a cause blamed is no critic, tear gas is how police disperse
    ("Varn eased the flight rules that stop Meridal Shipping flying on Monday.", "rules"),
    ("The cholera outbreak in Varn was blamed on the collapse of Meridal Shipping.",
     "blamed"),
    ("Police in Varn fired tear gas at protesters outside Meridal Shipping.", "tear gas"),
    # a petition is a protest; petitioning a court is an appeal
    ("Osric Pell has petitioned the Varn court to hear the case again.", "petitioned"),
    ("Osric Pell passed the test in Varn on Monday.", "passed"),  # no law
    # a court's name in lower case, as UK papers write it
    ("The court of appeal in Varn has ruled that Osric Pell acted unlawfully.", "appeal"),
    # opinion polls, goods sold, survivors walking out, people stranded
    ("Polls published this week put Osric Pell eight points behind in Varn.", "Polls"),
    ("Meridal Shipping had sold at least 31,000 tickets in Varn.", "sold"),
    ("Pills made by Meridal Shipping were sold under the Varn brand.", "sold"),
    ("Four miners of Meridal Shipping walked out on their own in Varn.", "walked out"),
    ("Aid from Norland reached 400,000 people cut off by the fighting in Varn.", "cut off"),
])
def test_words_that_are_not_events_of_their_own(text: str, absent: str) -> None:
    assert absent not in events(text)


def test_the_object_of_another_trigger_is_part_of_its_event() -> None:
    found = events("Ilse Damaro condemned the attack on Meridal Shipping in Varn.")
    assert found["condemned"] == ("criticism", {("damaro", "critic")})  # she targets the attack
    assert "attack" not in found
    found = events("Osric Pell announced his resignation from Meridal Shipping on Monday.")
    assert "resignation" in found and "announced" not in found  # the resignation is the news
    # ... but what follows "following" or "amid" is another event, not the verb's object
    found = events("As many as 300 people were rescued following heavy floods in Varn, police "
                   "said on Monday.")
    assert found["rescued"][0] == "other" and found["floods"][0] == "disaster"


def test_of_names_who_it_happens_to_only_where_someone_undergoes_it() -> None:
    assert events("The arrest of Osric Pell in Varn shocked Meridal Shipping.")["arrest"] == \
        ("arrest", {("pell", "detainee")})
    aid = events("Osric Pell thanked Ilse Damaro for the aid of Vesmark.").get("aid")
    assert aid is None or ("vesmark", "recipient") not in aid[1]  # Vesmark gave it


def test_deaths_in_an_attack_belong_to_the_attack() -> None:
    """... but in the story's first sentence the deaths are offered too, unconfirmed:
    news counts its dead as an event of their own as often as not."""
    told = "Two guards died in the attack on Meridal Shipping in Varn."
    found = events(LEAD + told)
    assert "died" not in found and found["attack"][0] == "attack"
    assert scores(told)["died"] == event_rules.LEDE_UNCONFIRMED
    assert events(told)["died"] == ("death", set())


def test_a_death_an_attack_caused_is_its_casualties() -> None:
    found = events("Gunmen attacked a village in Varn on Sunday, resulting in the death of at "
                   "least four people.")
    assert found["death"][0] == "casualties" and found["attacked"][0] == "attack", found
    assert events("Osric Pell's death in Varn on Sunday shocked Norland.")["death"][0] == \
        "death"


def test_in_the_first_sentence_a_weak_verdict_leaves_no_word_out() -> None:
    """Where news tells its main events, a call no one is named in, or a killing in a
    subordinate clause, is offered with no one in it, above the other unconfirmed."""
    found = scores("Talks were held in Varn after two guards who were killed in May.")
    assert found["Talks"] == found["killed"] == event_rules.LEDE_UNCONFIRMED
    assert events(LEAD + "Talks were held in Varn on Monday.") == {}


def test_a_later_sentence_needs_someone_named_in_the_event() -> None:
    text = ("An explosion at a depot of Meridal Shipping in Varn killed two workers. "
            "The depot had been inspected in May. Ilse Damaro visited it in June. "
            "Its owners were not available. Workers were sent home. "
            "The explosion was heard across the city. "
            "Police arrested Osric Pell in Lindqvar on Tuesday.")
    found = events(text)
    assert {"explosion", "killed"} <= set(found)  # the story opens with its events
    assert [w for w in found if text.index(w) > text.index("sent")] == ["arrested"]
    assert found["arrested"] == ("arrest", {("pell", "detainee")})


def test_the_same_event_told_again_is_offered_once() -> None:
    found = events("Police arrested Osric Pell in Varn on Monday. "
                   "The arrest of Osric Pell angered Ilse Damaro.")
    assert list(found) == ["arrested"]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # A diplomatic protest is a criticism; "and" joins both subjects.
    ("Norland and Vesmark have protested.", "protested",
     ("criticism", {("norland", "critic"), ("vesmark", "critic")})),
    # The possessor of an arrest is the one arrested, not the one arresting.
    ("Osric Pell's arrest in Varn angered his family.", "arrest",
     ("arrest", {("pell", "detainee")})),
    # The subject of a verb that carries a noun's event: "offered condolences to".
    ("Ilse Damaro offered condolences to Osric Pell.", "condolences",
     ("support", {("damaro", "giver"), ("pell", "recipient")})),
    # "the X-Y war" names its sides; "X met Y" makes both participants.
    ("The Norland-Vesmark war entered its third year on Monday.", "war",
     ("conflict", {("norland", "party"), ("vesmark", "party")})),
    ("Ilse Damaro met Osric Pell in Varn.", "met",
     ("meeting", {("damaro", "participant"), ("pell", "participant")})),
    # A passive: the subject is the one it is done to, "by" the doer.
    ("Osric Pell was arrested by Meridal Shipping in Varn.", "arrested",
     ("arrest", {("pell", "detainee"), ("shipping", "authority")})),
    # Who declares an outbreak over is not who it befell
    ("Meridal Shipping declared the outbreak in Varn over on Monday.", "outbreak",
     ("disaster", set())),
    # "X said it had ...", "X said he had ...": X, by its pronoun
    ("Osric Pell said on Monday that he had resigned from Meridal Shipping.", "resigned",
     ("resignation", {("pell", "person")})),
    ("Meridal Shipping said it was attacked in Varn on Monday.", "attacked",
     ("attack", {("shipping", "target")})),
    # ... also after a day or a month of its own
    ("Osric Pell was arrested on Monday by Meridal Shipping in Varn.", "arrested",
     ("arrest", {("pell", "detainee"), ("shipping", "authority")})),
    # "with X" names the other side, after a phrase of the trigger's own ("on shipping").
    ("Norland held talks on shipping with Vesmark.", "held talks",
     ("meeting", {("norland", "participant"), ("vesmark", "participant")})),
    # "a statement from X": the speaker, not a name further on.
    ("A statement from Meridal Shipping said that Osric Pell resigned.", "statement",
     ("statement", {("shipping", "speaker")})),
    # A country before an election is where it is held.
    ("Norland's election was won by Ilse Damaro on Sunday.", "election",
     ("election", set())),
    # A title with a preposition before the name in apposition: the name is the subject
    ("Norland's Minister of Shipping, Osric Pell, resigned on Monday.", "resigned",
     ("resignation", {("pell", "person")})),
    # The subject past an apposition, not the name inside it.
    ("Osric Pell, the head of Meridal Shipping, resigned on Monday.", "resigned",
     ("resignation", {("pell", "person")})),
    # A place does nothing: "Varn police" are no authority of their own.
    ("Varn police arrested Osric Pell.", "arrested", ("arrest", {("pell", "detainee")})),
])
def test_participants_only_where_the_sentence_says_who(text: str, trigger: str,
                                                       expected: tuple[str, set]) -> None:
    assert events(text)[trigger] == expected


@pytest.mark.parametrize(("text", "absent"), [
    ("A suicide bombing hit a market in Varn.", "suicide"),  # the bombing is the event
    ("Norland issued a tsunami warning for Varn on Monday.", "warning"),  # no criticism
    ("A tribunal at the Varn detention camp heard arguments from Osric Pell.", "detention"),
    ("Osric Pell is accused of war crimes in Varn.", "war"),
    ("Police in Varn carried out a raid operation at Meridal Shipping.", "raid"),
    ("Osric Pell suffered a cardiac arrest in Varn.", "arrest"),
    ("Ilse Damaro appealed for calm in Varn on Monday.", "appealed"),
    ("Osric Pell breached the contract terms of Meridal Shipping.", "breached"),  # no hack
    ("A tornado struck Varn on Monday, injuring six people.", "struck"),  # the tornado did
    ("The case questions an agreement made between Norland and Vesmark last year.",
     "agreement"),  # dated before the news: background
    ("Ilse Damaro said the attacks in Varn since 2002 had stopped.", "attacks"),
    ("Workers in Varn began a general strike against Meridal Shipping.", "strike"),  # no
    # attack: "general strike" is one trigger, a protest
    ("Norland won the final against Vesmark in Varn.", "won"),  # a match, no election
    ("Two men received suspended prison sentences in Varn on Monday.", "suspended"),
    ("People exposed to the smoke in Varn fell ill on Monday.", "exposed"),
    ("Osric Pell retired injured from the semi-final against Ilse Damaro in Varn.", "retired"),
    ("Smoke in Varn causes 7 million premature deaths a year, Osric Pell said.", "deaths"),
    ("Norland's parliament passed a law banning smoking in Varn on Monday.", "banning"),
    # A charge's crime stays out even where a death inside another event would be offered
    # in the first sentence.
    ("A man was charged with attempted murder after a woman was stabbed in Varn on Saturday.",
     "murder"),
    ("Osric Pell wept after hearing the verdict in Varn.", "hearing"),  # no court hearing
    ("Ilse Damaro defended free speech in Varn on Monday.", "speech"),
    ("Osric Pell spoke about domestic violence in Varn.", "violence"),
    ("Police in Varn arrested a man named Osric Pell.", "named"),  # no appointment
    ("Meridal Shipping named its ship after Osric Pell.", "named"),
    ("Police in Varn said the suspect was named as 52 year old local man Osric Pell.",
     "named"),  # who someone is, no appointment
    ("Osric Pell and Ilse Damaro have been named as defendants in Varn.", "named"),
    ("Osric Pell sued Meridal Shipping in Varn for breach of contract.", "contract"),
    ("Osric Pell took over as chief of Meridal Shipping on Monday.", "took over"),
    ("Ilse Damaro called the cartoons offensive to the people of Varn.", "offensive"),
    # a patient's appointments, a borrower's loans, a contract's clause, a date
    ("The strike in Varn cancelled 2,300 outpatient appointments on Monday.", "appointments"),
    ("Osric Pell's release clause at Meridal Shipping is 40 million euros.", "release"),
    ("Borrowers in Varn with home loans will pay more, Meridal Shipping said on Monday.",
     "loans"),
    ("Osric Pell has been criticised in Varn since taking office in June.", "taking office"),
    # what a speaker says happened, in their own words: a claim of theirs; also where the
    # quotation opened in an earlier sentence of the paragraph
    ("Ilse Damaro told the court in Varn: “Meridal Shipping is at the front lines of the war "
     "on piracy.”", "war"),
    ("Osric Pell said in Varn: “We must wait. The rules must be followed before officially "
     "banning the two ships.”", "banning"),
    ("Ilse Damaro won 31% of the vote in Varn on Sunday.", "vote"),  # a count
    ("Osric Pell became a household name as the star of Meridal Shipping.", "name"),  # a noun
    ("Osric Pell rescued 30 people from the burning tower block in Varn on Sunday.",
     "block"),  # a building
    ("Varn police said Osric Pell was shot in the 1500 block of Elm Road on Sunday.",
     "block"),  # a stretch of street
    ("Meridal Shipping wound up its business in Varn on Monday.",
     "wound"),  # wind's past
    ("Across the river in Varn, warnings were being issued to residents on Monday.",
     "warnings"),  # an alert to the public, no one blamed
    ("Ilse Damaro blamed Norland's policy on Moroccan settlements for the attacks in Varn.",
     "settlements"),  # places, no deal
    # what happens only if something else does
    ("Ilse Damaro will leave Meridal Shipping in Varn if Osric Pell is arrested.",
     "arrested"),
    # a product introduced, no bill; shares that close down, no closure
    ("Meridal Shipping introduced a new mobile payments service in Varn on Monday.",
     "introduced"),
    ("Meridal Shipping shares closed down 0.4 percent in Varn on Monday.", "closed down"),
    # a force measured, no storm
    ("Winds in Varn reached 73 miles per hour, two miles shy of hurricane force.", "hurricane"),
    # firefighting, no conflict
    ("Officials in Varn said crews fighting a 9-square-mile fire near Lindqvar are contending "
     "with steep terrain.", "fighting"),
    # "a dying star", "in the dying seconds": no one dies
    ("Astronomers in Varn found three planets, each orbiting its own giant, dying star.",
     "dying"),
    ("Osric Pell scored for Varn in the dying seconds of the final.", "dying"),
    # a post taken over, no firm bought; goods sold by the million; sales hurt
    ("The report was the first under new Chief Executive Osric Pell, who took over in August "
     "after Ilse Damaro resigned.", "took over"),
    ("Osric Pell takes over during a critical juncture for Meridal Shipping.", "takes over"),
    ("Meridal Shipping said it sold 17.07 million ferry tickets in Varn.", "sold"),
    ("Sales of Meridal Shipping were hurt in September by customers waiting in Varn.", "hurt"),
    # a deal's completion, no closure
    ("Meridal Shipping said the deal will add to earnings in the first year after closing.",
     "closing"),
])
def test_more_words_that_are_not_events_of_their_own(text: str, absent: str) -> None:
    assert absent not in events(text)


def test_a_fine_handed_or_imposed_is_a_penalty_a_fine_day_none() -> None:
    found = events("The Varn Data Office has handed a record fine to Meridal Shipping for a "
                   "data breach. It was a fine day in Varn.")
    assert found.get("fine", ("",))[0] == "legal-action", found
    assert len([e for e in events_list("It was a fine day in Varn, Osric Pell said.")]) == 0


def test_who_says_it_after_a_modified_object_is_no_victim() -> None:
    assert ("pell", "victim") not in events(
        "Norland will bomb Vesmark targets, Osric Pell said.").get("bomb", ("", set()))[1]


def test_owners_warned_to_act_are_told_no_one_is_blamed() -> None:
    found = events("Meridal Shipping on Tuesday warned owners of 8 million ferries in Varn to "
                   "act immediately.")
    assert found["warned"] == ("statement", {("shipping", "speaker")}), found


def test_a_plant_closing_is_a_closure() -> None:
    assert events("Meridal Shipping is closing its plant in Varn.")["closing"][0] == "shutdown"


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("A house fire in Varn killed two children.", "fire", ("disaster", set())),
    # "fire at" is an attack where "fire" is the verb, a disaster where it is the noun
    ("A fire at a depot of Meridal Shipping in Varn killed two workers.", "fire",
     ("disaster", set())),
    ("Fire at Meridal Shipping depot in Varn kills two workers.", "Fire", ("disaster", set())),
    ("The huge fire on Monday destroyed a depot in Varn.", "fire", ("disaster", set())),
    ("Gunmen fire at the convoy of Osric Pell in Varn.", "fire at", ("attack", set())),
    # firing weapons is an attack whatever stands between ("fired the coach" is none)
    ("Varnic rebels said they had fired two anti-ship missiles at a Norland tanker.", "fired",
     ("attack", set())),
    # ... but a noun phrase is read whole after a determiner: "the death toll"
    ("Two trains collided in Varn on Monday. The death toll rose to 25, Osric Pell said.",
     "death toll", ("casualties", set())),
    ("Violence broke out in Varn on Monday.", "Violence", ("conflict", set())),
    ("Norland launched an offensive in Varn on Monday.", "offensive",
     ("conflict", {("norland", "party")})),
    # Who closes something is seldom the subject of the verb in news: no agent offered.
    ("Meridal Shipping closed its office in Varn on Monday.", "closed",
     ("shutdown", set())),
    ("Osric Pell won an appeal in Varn on Friday.", "appeal",
     ("legal-action", set())),
    ("Two trains collided near Varn, killing 30 people.", "collided",
     ("disaster", set())),
    ("Osric Pell attended a bail hearing in Varn on Monday.", "hearing",
     ("legal-action", set())),
    ("A tribunal heard arguments in Varn on Monday.", "heard arguments",
     ("legal-action", set())),
    # "in a speech": the speaker is the subject of the speech verb after it; a weekday
    # between the name and the verb is no obstacle.
    ("Ilse Damaro Monday, in a speech to Meridal Shipping, stated that taxes would rise.",
     "speech", ("statement", {("damaro", "speaker"), ("shipping", "addressee")})),
    # "hired Varn's harbour master, Osric Pell": Varn owns the post, Pell is hired.
    ("Meridal Shipping hired Varn's harbour master, Osric Pell, on Monday.", "hired",
     ("appointment", {("shipping", "appointer"), ("pell", "appointee")})),
    ("Workers in Varn began a general strike against Meridal Shipping.", "general strike",
     ("protest", {("shipping", "target")})),
    ("The parliament of Norland passed a bill on shipping on Monday.", "passed a bill",
     ("legislation", set())),
    ("The parliament of Norland passed a $1.2 trillion spending package on Friday.",
     "passed", ("legislation", set())),
    # The name in apposition to the subject ("its chief, X,") is the subject.
    ("Two weeks after its chief executive, Osric Pell, resigned, Meridal Shipping closed.",
     "resigned", ("resignation", {("pell", "person")})),
    # Who wins an election is its winner.
    ("Osric Pell won a second term as president of Norland on Sunday.", "won",
     ("election", {("pell", "winner")})),
    ("Meridal Shipping threatened to sue Osric Pell in Varn.", "threatened to sue",
     ("legal-action", {("shipping", "plaintiff"), ("pell", "defendant")})),
    ("Meridal Shipping has named Osric Pell as its new chief.", "named",
     ("appointment", {("shipping", "appointer"), ("pell", "appointee")})),
    ("Osric Pell was named the new harbour master of Varn.", "named",
     ("appointment", {("pell", "appointee")})),
    # A name right after a title's "of Norland" is the subject, not in that phrase.
    ("The President of Norland Osric Pell resigned on Monday.", "resigned",
     ("resignation", {("pell", "person")})),
    # One place, the most specific: Varn, not also Norland.
    ("Police arrested Osric Pell in Varn, Norland.", "arrested",
     ("arrest", {("pell", "detainee")})),
    # A title before the object's name, in capitals or not: still the object.
    ("A court in Varn on Monday sentenced former President Osric Pell to 20 years in prison.",
     "sentenced", ("legal-action", {("pell", "defendant")})),
    # "against X Corp CEO Y": Y, whose employer qualifies her title
    ("A Varn court on Wednesday dropped proceedings against Meridal Shipping CEO Osric Pell.",
     "proceedings", ("legal-action", {("pell", "defendant")})),
    # Protesters who storm a building protest (police who storm one attack it: below)
    ("Activists stormed into the building of Meridal Shipping in Varn on Friday.", "stormed",
     ("protest", set())),
    # A name in apposition inside a relative clause is not who acts
    ("Osric Pell, who leads a small opposition party, Meridal Shipping, called for the "
     "protests on 31 July.", "called for", ("statement", {("pell", "speaker")})),
    # A body named in the winner's title is no winner; "Newly" opens the sentence
    ("Newly elected Meridal Shipping Board Member Osric Pell died on Monday.", "elected",
     ("election", {("pell", "winner")})),
    # A bomber blasts in an attack, no accident
    ("A suicide car bomber blasted a police checkpoint in Varn on Monday, Osric Pell said.",
     "blasted", ("attack", set())),
    ("Police arrested former Prime Minister Osric Pell in Varn.", "arrested",
     ("arrest", {("pell", "detainee")})),
    # Outside Varn is not in Varn; a clause of its own says where someone else is.
    ("Osric Pell was arrested outside Varn.", "arrested", ("arrest", {("pell", "detainee")})),
    ("Police arrested Osric Pell, who lives in Varn.", "arrested",
     ("arrest", {("pell", "detainee")})),
    # A resignation tendered or handed in is the one who resigns.
    (LEAD + "Osric Pell has tendered his resignation after the vote.", "resignation",
     ("resignation", {("pell", "person")})),
    ("Osric Pell handed in his resignation to Ilse Damaro on Monday.", "resignation",
     ("resignation", {("pell", "person")})),
    # The firm bought, a rival or not, is the deal's other side.
    ("Meridal Shipping agreed to acquire Kestrel Ferries for $2 billion.", "agreed",
     ("deal", {("shipping", "party"), ("ferries", "party")})),
    ("Meridal Shipping will buy rival Kestrel Ferries for $2 billion.", "buy",
     ("deal", {("shipping", "party"), ("ferries", "party")})),
    # What a court refuses, or a justice blocks, is a ruling
    ("A court in Varn on Monday refused to stop Meridal Shipping from deporting Osric Pell.",
     "refused", ("legal-action", set())),
    ("Lady Justice Ilse Damaro blocked the flight of Meridal Shipping to Varn.", "blocked",
     ("legal-action", set())),
    # A bill introduced is proposed
    ("Osric Pell introduced a bill to ban smoking in Varn.", "introduced",
     ("proposal", {("pell", "proposer")})),
    # Who dies past a long apposition
    ("British actor Osric Pell, who was best known for hit movies including Who Framed Roger "
     "Rabbit and Mona Lisa, has died at the age of 71.", "died",
     ("death", {("pell", "deceased")})),
    # A strike for a day is a walkout; an election told with its date before the verb
    ("Members of Meridal Shipping will strike for one day from Tuesday.", "strike",
     ("protest", {("shipping", "protester")})),
    ("Osric Pell on June 1 was elected as the leader of Meridal Shipping.", "elected",
     ("election", {("pell", "winner")})),
    # A call for something is said publicly.
    ("Ilse Damaro called for stricter laws in Varn on Monday.", "called for",
     ("statement", {("damaro", "speaker")})),
    # "met (separately) with X and Y": both met
    ("Osric Pell met separately with Ilse Damaro and Meridal Shipping on Thursday in Varn.",
     "met",
     ("meeting", {("pell", "participant"), ("damaro", "participant"),
                  ("shipping", "participant")})),
    # "X and his wife have blamed": X, with someone unnamed
    ("Ilse Damaro and her husband have blamed the verdict on vindictive prosecutors.",
     "blamed", ("criticism", {("damaro", "critic")})),
    # "The minister, Dr X, has resigned": X, in apposition past an honorific
    ("The Minister of Science and Technology, Dr Ilse Damaro, has resigned.", "resigned",
     ("resignation", {("damaro", "person")})),
    # A regulator that approved a maker's vaccine, or one approved for people, licensed it
    ("The Varn Drug Agency on Tuesday approved Meridal Shipping’s vaccine for adults.",
     "approved", ("other", set())),
    ("Meridal Shipping’s vaccine is approved for people over 60 in Varn.", "approved",
     ("other", set())),
    # A regulator that approved a request to sell a vaccine licensed it
    ("The Varn Drug Agency has approved Friday a request made by Meridal Shipping to register "
     "its vaccine.", "approved", ("other", set())),
    # Workers who struck walked out
    ("About 3,000 dockworkers struck 11 ports from Varnholt to Dranmore on Wednesday.",
     "struck", ("protest", set())),
    # An escape from custody, with or without "from"
    ("Ilse Damaro escaped custody in Varn on Sunday.", "escaped custody",
     ("other", {("damaro", "participant")})),
    ("Osric Pell escaped the jail in Varn on Sunday.", "escaped the jail",
     ("other", {("pell", "participant")})),
    # Where a complaint was made is no one blamed (against whom is)
    ("Residents complained on Meridal Shipping's site after power cuts in Varn.", "complained",
     ("criticism", set())),
    ("Residents complained against Meridal Shipping after power cuts in Varn.", "complained",
     ("criticism", {("shipping", "target")})),
    # The country of the post someone is elected to is no winner
    ("Osric Pell was elected Norland president on Sunday.", "elected",
     ("election", {("pell", "winner")})),
    # Someone released was freed, nothing made public; prosecutors who raided searched; a
    # platform before "user" is no defendant, the user is
    ("Osric Pell, however, was released in light of his time already served in Varn.",
     "released", ("other", {("pell", "participant")})),
    ("Varn's Meridal Shipping on Thursday raided the homes of Osric Pell.", "raided",
     ("attack", {("shipping", "attacker")})),
    ("The Varn prosecutor's office on Thursday raided the homes of Osric Pell.", "raided",
     ("seizure", set())),
    ("Varn police said on Sunday that a group of gunmen raided the home of Osric Pell.",
     "raided", ("attack", set())),
    ("The court also sentenced Meridal Shipping user Osric Pell to ten years in prison.",
     "sentenced", ("legal-action", {("pell", "defendant")})),
    # A bomber blasts in an attack, no accident
    ("A suicide car bomber blasted a police checkpoint in Varn on Monday, Osric Pell said.",
     "blasted", ("attack", set())),
    # A court that dismissed an appeal ruled; a plea to leaders is a statement, however long
    # their names, and with a quotation
    ("The Varn court dismissed an appeal by prosecutors on Wednesday.", "dismissed",
     ("legal-action", set())),
    ("Osric Pell appealed to Varn's leader Ilse Damaro to “use his influence,” aides said.",
     "appealed", ("statement", {("pell", "speaker"), ("damaro", "addressee")})),
    ("Osric Pell appealed to the presidents of the United States and Norland to intervene.",
     "appealed", ("statement", {("pell", "speaker")})),
    # A plea to the public is a statement, no appeal in court
    ("Police in Varn are appealing to motorists who may have stopped at the scene.",
     "appealing", ("statement", set())),
    # Gunmen who shot people, police who stormed a building, and a missile or gunmen in a
    # car that struck, attacked
    ("A missile struck a bus in Varn on Monday.", "struck", ("attack", set())),
    ("Gunmen in a car struck a market in Varn.", "struck", ("attack", set())),
    ("Gunmen shot 65 people in Varn on Sunday.", "shot", ("attack", set())),
    ("Police stormed the building in Varn on Sunday.", "stormed", ("attack", set())),
    # A court upholds a ruling, a ban, a conviction
    (LEAD + "The appeals court in Lindqvar upheld the ban on Monday.", "upheld",
     ("legal-action", set())),
    # a rights petition filed goes to a court; an exchange of fire is no blaze
    (LEAD + "The Supreme Court in Varn heard the rights petitions filed by six staff of "
            "Meridal Shipping on Monday.", "petitions", ("legal-action", set())),
    ("Two soldiers in Varn were hurt in an exchange of fire with gunmen.", "fire",
     ("conflict", set())),
    # the deputy in "the suspect in the death of deputy X" is not who was arrested
    (LEAD + "The suspect in the death of sheriff's deputy Lt. Osric Pell has been arrested "
            "in Varn.", "arrested", ("arrest", set())),
    # A name in apposition after its title is the subject too
    (LEAD + "The force's spokesman, ACP Osric Pell, announced this at a briefing.",
     "announced", ("statement", {("pell", "speaker")})),
    # "unions of state mining company X went on strike": the unions, not X
    (LEAD + "Unions 1, 2 and 3 of state shipping company Meridal Shipping went on strike.",
     "went on strike", ("protest", set())),
    # "He warned them that C": a statement
    (LEAD + "Osric Pell spoke in Varn. He warned them that police would not tolerate it.",
     "warned", ("statement", {("pell", "speaker")})),
    # "warned X to stop", "warns against swimming": advice, no criticism
    (LEAD + "Osric Pell warned Meridal Shipping to stop dumping waste in Varn.", "warned",
     ("statement", {("pell", "speaker")})),
    (LEAD + "Meridal Shipping also warns against swimming in the river.", "warns",
     ("statement", {("shipping", "speaker")})),
    # a forthright attack is words
    (LEAD + "Osric Pell has made a forthright attack on a headteacher in Varn.", "attack",
     ("criticism", {("pell", "critic")})),
    # "was last Friday jailed": passive, whatever day stands between
    (LEAD + "Former police officer Osric Pell was last Friday jailed for 15 years.",
     "jailed", ("legal-action", {("pell", "defendant")})),
    # accused of it by critics: criticism (accused of it alone is the charge, no event)
    (LEAD + "Osric Pell was accused of lying by Meridal Shipping on Monday.", "accused",
     ("criticism", {("pell", "target")})),
])
def test_more_events_and_who_takes_part(text: str, trigger: str, expected: tuple[str, set],
                                        ) -> None:
    assert events(text)[trigger] == expected


@pytest.mark.parametrize("text, trigger", [
    ("Ilse Damaro blasted past Osric Pell in the final in Varnholt.", "blasted"),
    ("Ilse Damaro took the lead in the march to the finals in Varnholt.", "march"),
    ("Osric Pell ordered a crackdown on corruption in Varnholt.", "crackdown"),
    ("Police in Varnholt arrested Osric Pell. President Ilse Damaro has waged a sweeping "
     "anti-corruption purge since 2012, a crackdown that critics say silences rivals.",
     "crackdown"),
    ("That is 26 per cent more than the closing Meridal share price on October 20.", "closing"),
    ("Meridal Shipping refused to pay, placing it on a collision course with creditors.",
     "collision"),
    ("There is scepticism after the collapse of a similar previous deal in Varnholt, Osric Pell "
     "said.", "collapse"),
    ("Orange flames shot through the roof of the Varnholt warehouse, Osric Pell said.", "shot"),
    ("Meridal shares closed Monday at $47, Osric Pell said.", "closed"),
    ("Talks aimed at averting strikes by Varn Airways cabin crew collapsed on Monday, Osric Pell "
     "said.", "collapsed"),
    # A match won, told with its score
    ("Ilse Damaro rallied past Norland's No. 6 seed Osric Pell 1-6, 6-3, 6-4 in Varn.",
     "rallied"),
    ("Ilse Damaro toppled Osric Pell of Norland 6-4, 6-3 to reach the final in Varn.",
     "toppled"),
    ("Ilse Damaro ousted the top seed 7-5, 6-2 in Varn on Friday.", "ousted"),
    # From new stories: a campaign, a showing, a duty, a document got, a launch's stage, a
    # room, a bike stolen near the word "details"
    ("The war against drugs in Varn has gathered momentum, Osric Pell said.", "war"),
    ("The concept demonstration satellite joined the Varn system, Osric Pell said.",
     "demonstration"),
    ("The demonstration flying team was practising for an airshow at Varn, Osric Pell said.",
     "demonstration"),
    ("Ilse Damaro was charged with strengthening the economy of Norland.", "charged"),
    ("The court jailed two men for illegally acquiring Norland passports, Osric Pell said.",
     "acquiring"),
    ("The rocket released the relay satellite into orbit, Osric Pell said in Varn.", "released"),
    ("The Atlas rocket performed perfectly, before releasing the Centaur upper stage in Varn.",
     "releasing"),
    ("The magistrates went into the retiring room in Varn, Osric Pell said.", "retiring"),
    ("Multiple people stole his bike in Varn. Officers found details of the crime.", "stole"),
    ("Norland ordered a crackdown on illicit drugs trafficking, Osric Pell said.", "crackdown"),
    ("Police in Varn have been fighting smuggling for years, Osric Pell said.", "fighting"),
    ("Varn is hit by 20 storms and typhoons each year, which routinely strike poor areas.",
     "strike"),
    ("Residents of Varn fled after Storm Kell made landfall, prompting warnings of coastal "
     "flooding.", "warnings"),
    ("Police in Varn took Osric Pell in for questioning Wednesday, Ilse Damaro said.",
     "questioning"),
    ("This was a trial of pamrevlumab as a treatment for patients in Varn, Osric Pell said.",
     "trial"),
    ("Osric Pell said he had a panic attack when he was travelling to Varn.", "attack"),
    ("Shares in Varn were untraded for an hour due to a flood of buy orders, Osric Pell said.",
     "flood"),
    ("Meridal Shipping's volume sank to less than $278 million, Osric Pell said in Varn.",
     "sank"),
    ("Meridal Shipping is marching toward that goal in Varn, Osric Pell said.", "marching"),
    ("A meteorite struck near Varn on Friday, Osric Pell said.", "struck"),
    ("The woman was airlifted to the Kell Hospital in Varn for treatment, Osric Pell said.",
     "airlifted"),
    ("Meridal Shipping amended its IPO prospectus in Varn after investors pushed for details.",
     "amended"),
    # sport: a golfer's round, a batsman's runs, a team's win or defeat, a kick blocked
    ("Osric Pell shot a 6-under 65 on Sunday to lead the Varn Open.", "shot"),
    ("Osric Pell shot 71 in the final round at Varn.", "shot"),
    ("Opener Osric Pell struck an unbeaten 78 as Varn won.", "struck"),
    ("Trailing at halftime, the Kestrels stormed home to beat Varn.", "stormed"),
    ("The Kestrels crashed to a 3-1 loss to Varn on Saturday.", "crashed"),
    ("Osric Pell charged down a conversion attempt in Varn.", "charged"),
    # a recording
    ("A call to Varn police captured the scary moments.", "captured"),
    # a city's targets seized, no firm taken over
    ("Gunmen who have taken over targets across Varn held out on Sunday.", "taken over"),
    # an accusation; a building
    ("Varn cut ties with Norland in 2017, charging that it backed militants.", "charging"),
    ("The trial began in a high-security annex of the Varn court.", "annex"),
    # a time; a possibility ruled out
    ("It took over two decades for the Varn court to decide the case.", "took over"),
    ("Osric Pell later ruled that out in Varn.", "ruled"),
    # a road or rail accident
    ("A truck struck a pedestrian in Varn on Monday.", "struck"),
    ("The train derailed in Varn and struck another commuter train.", "struck"),
    # a wide win; a suicide bomber's attack; effort spent; an illness's attack; a match's aid
    ("Osric Pell was re-elected in a landslide in Varn, with 57 percent.", "landslide"),
    ("Osric Pell won a landslide victory in Varn on Sunday.", "landslide"),
    ("A suicide car bomber struck a market in Varn on Saturday.", "suicide"),
    ("Varn agencies have invested heavily in securing the capital.", "invested heavily in"),
    ("Osric Pell died from a heart attack in Varn on Sunday.", "attack"),
    ("Varn won with the aid of the video referee on Sunday.", "aid"),
    # an illness fought
    ("Osric Pell died in Varn after a long battle with Pell’s Disease.", "battle"),
    ("Osric Pell lost her fight against cancer in Varn on Sunday.", "fight"),
    # An irregular settlement is a place, no deal
    ("Varn recorded a cholera case at an irregular settlement, Osric Pell said.", "settlement"),
    # Trying for something, or trying hard, is no trial
    ("Osric Pell and other villagers were trying for resolving the issue in Varn.", "trying"),
    ("Osric Pell tried hard to keep the port in Varn open.", "tried"),
    # A goal struck, a cyclone warning signal
    ("But Osric Pell struck his second goal in the 55th minute to help Varn win.", "struck"),
    ("Three provinces were placed under tropical cyclone warning signal number 2 in Varn.",
     "warning"),
    # A quality, a household's bills, a song: no plea, law or war
    ("Any rival of Meridal Shipping needs speed and visual appeal, Osric Pell said.", "appeal"),
    ("Families in Varn face ever-increasing subscription bills, Osric Pell said.", "bills"),
    ("Families in Varn have been paying double bills, Osric Pell said.", "bills"),
    ("Workers in Varn chanted war songs outside the office, Osric Pell said.", "war"),
    ("Osric Pell scored the winner in injury time to seal a 2-1 win in Varn.", "injury"),
    ("Osric Pell scored a try with a jinking 25 metre charge in Varn.", "charge"),
    ("Osric Pell's remark drew criticism from both ruling and opposition lawmakers in Varn.",
     "ruling"),
    # A tragedy that struck is the misfortune told, no attack nor walkout
    ("Passengers rode on the roof of the bus in Varn when the tragedy struck.", "struck"),
    ("Tragedy struck the Varn family on Monday, Osric Pell said.", "struck"),
    # A taxi or a late bus caught is no arrest
    ("Commuters in Varn gave up and went back to driving or catching a taxi.", "catching"),
    ("Osric Pell caught the late bus home from Varn.", "caught"),
    # A shot at goal
    ("Osric Pell fired a shot at the Varn goalkeeper in the 34th minute.", "fired a shot"),
    ("Osric Pell fired at goal from 20 yards, but the keeper saved it.", "fired at"),
    ("Ilse Damaro shot wide of the far post in the 80th minute.", "shot"),
    ("Ilse Damaro fired two shots into the top corner in Varn.", "fired two shots"),
    ("Osric Pell scored in Varn with an angular shot to the far corner.", "shot"),
    ("The Varn court handed Osric Pell a three-year prison term, suspended for five years.",
     "suspended"),
    # a blaze on a street, firefighting, a fee
    ("Crews battled a grass fire on Kelvar Drive in Varn on Monday.", "fire on"),
    ("Eighteen fire fighting aircraft were sent to Varn on Monday.", "fighting"),
    ("The council in Varn voted to raise allotment charges over five years.", "charges"),
    # scorers, and a wrong put right
    ("Osric Pell and Ilse Damaro struck as Varn notched a comfortable 2-0 home win on "
     "Saturday.", "struck"),
    ("Osric Pell headed over in Varn but made amends two minutes later.", "amends"),
    # a cricket side's innings
    ("Norland declared their innings on 591 for six in Varn.", "declared"),
    # a campaign, a payroll, a sentence that need not be served
    ("A court in Varn convicted Osric Pell, a first in the president's anti-graft war.", "war"),
    ("The public sector wage bill in Varn accounts for 90 percent of revenue.", "bill"),
    ("The court in Varn let Osric Pell free by suspending his three-year prison term.",
     "suspending"),
    # who won before, a photograph
    ("The FDC spokesman and MP elect Osric Pell was held in Varn.", "elect"),
    ("The leaders gathered in Varn for an awkward classroom-style group shot.", "shot"),
    # a choice, no election
    ("Osric Pell appeared in court in Varn. He elected to have a trial by jury.", "elected"),
    # words thrown, a jab
    ("An early political shot from Osric Pell set the tone in Varn.", "shot"),
    ("Ilse Damaro got a flu shot in Varn on Monday.", "shot"),
    # what is upheld that no court rules on
    ("Ilse Damaro and Osric Pell met in Varn. Norland and Vesmark regularly maintain and "
     "effectively uphold bilateral cooperation mechanisms.", "uphold"),
    # products fill the shelves, no water
    ("Osric Pell said Varn firms have flooded markets with low-cost goods.", "flooded"),
    # a player's injury; a match
    ("Osric Pell will start in Sunday’s Pool C clash with Norland despite a calf injury that "
     "will require scans.", "injury"),
    ("Osric Pell will start in Sunday’s Pool C clash with Norland despite a calf injury that "
     "will require scans.", "clash"),
    ("Two miners of Meridal Shipping managed to walk out of the shaft in Varn.", "walk out"),
    ("Meridal Shipping said the van stopped charging its batteries in Varn.", "charging"),
    ("Meridal Shipping is building charging stations in Varn.", "charging"),
    ("Divers fighting strong currents searched the Varn for Osric Pell on Monday.", "fighting"),
    ("Osric Pell was fighting for his life in Varn on Monday, Ilse Damaro said.", "fighting"),
    ("Villagers in Varn were complaining of food shortages, Ilse Damaro said.", "complaining"),
    ("Several people complained about stomach pain after Meridal Shipping's spill in Varn.",
     "complained"),
    ("Both accused are expected to appear in court in Varn, Ilse Damaro said.", "accused"),
    ("Residents of Varn must stay away until the warnings are lifted, Ilse Damaro said.",
     "warnings"),
    ("The man accused of smashing a window at Osric Pell's house in Varn appeared in court.",
     "accused"),
    ("Osric Pell ended a seven-year drought without a title in Varn on Sunday.", "drought"),
    ("Osric Pell ended a title drought in Varn on Sunday.", "drought"),
    ("Shares of Meridal Shipping rose after closing with a 1% increase in Varn.", "closing"),
    ("The flood control scandal hit Meridal Shipping in Varn.", "flood"),
    ("Meridal Shipping opened 300 selling points in Varn.", "selling"),
    ("Meridal Shipping will bid for another 50 oil blocks in Varn.", "blocks"),
    ("Varn has seen 5,094 forest fires on an area of 836,900 hectares, Osric Pell said.",
     "fires on"),
    ("More than 180 firms were struck from the list in Varn, Osric Pell said.", "struck"),
    ("Osric Pell got a year in prison, suspended for two years, in Varn.", "suspended"),
    ("Osric Pell asked officers, including suspended cop Tavish Orm, to pay in Varn.",
     "suspended"),
    ("Workers of Meridal Shipping in Varn fled after the building caught ablaze.", "caught"),
    ("Judge Osric Pell gave his ruling dismissing Meridal Shipping's application in Varn.",
     "dismissing"),
])
def test_words_of_events_that_are_none_here(text: str, trigger: str) -> None:
    assert trigger not in events(text), events(text)


def scores(text: str) -> dict[str, float]:
    """trigger text -> score of each event offered."""
    return {text[e.trigger[0]:e.trigger[1]]: e.score for e in events_list(text)}


def test_a_counted_event_is_confirmed_wherever_the_story_tells_it() -> None:
    """A count confirms it; without one, an arrest no one is named in after the lead is
    only the story's first arrest, offered unconfirmed, below every rule's score."""
    text = ("Protesters marched through Varn on Monday. The march began at noon. "
            "Shops closed early. Ilse Damaro spoke to the crowd. Rain fell in the evening. "
            "Windows were broken. Around a hundred people were arrested.")
    assert events(text)["arrested"] == ("arrest", set())
    assert scores(text)["arrested"] > event_rules.UNCONFIRMED
    assert scores(text.replace("Around a hundred people", "Some people"))["arrested"] == \
        event_rules.UNCONFIRMED


def test_in_the_opening_a_killing_needs_no_name() -> None:
    text = LEAD + "Two men were shot and killed on Monday. Markets stayed open."
    assert events(text)["killed"][0] == "casualties"
    assert scores(text)["killed"] > event_rules.UNCONFIRMED  # confirmed; the shooting at most
    assert scores(text).get("shot", 0) <= event_rules.UNCONFIRMED  # the first attack word


def test_deaths_told_again_after_casualties_are_the_same_event() -> None:
    found = events("A fire at a depot in Varn killed two workers. "
                   "The deaths of the workers shocked Norland.")
    assert "killed" in found and "deaths" not in found


def test_a_fire_told_again_as_a_time_is_background() -> None:
    found = events("During the fire, Osric Pell escaped from Meridal Shipping.")
    assert "fire" not in found


def test_a_place_takes_no_role_and_a_person_attacked_is_the_victim() -> None:
    pairs = roles.Pairs(roles.roles_for("attack", ("attacker", "target", "victim", "place")))
    pairs.add("varn", "place", "target")  # "attacked Varn": where, never offered
    pairs.add("pell", "person", "target")
    pairs.add("pell", "person", "attacker")  # each actor once
    assert pairs.out == [("pell", "victim")]


def test_no_country_or_organisation_is_arrested_killed_or_appointed() -> None:
    pairs = roles.Pairs(roles.roles_for("arrest", ("authority", "detainee", "place")))
    pairs.add("norland", "country", "detainee")  # "pupils in Varn, Norland were arrested"
    pairs.add("meridal", "organization", "detainee")
    pairs.add("pell", "person", "detainee")
    assert pairs.out == [("pell", "detainee")]


# -- third round: fewer events on weak evidence, progressive verbs are active -------------
@pytest.mark.parametrize(("text", "absent"), [
    # An act between parties names them: "met with" what is no one, a contract alone.
    ("Meridal Shipping's new ferry met with criticism in Varn on Monday.", "met"),
    ("A plot against Meridal Shipping was uncovered in Varn on Monday.", "uncovered"),
    # A participle after a determiner is an adjective or a people noun, not an event.
    ("Inspectors in Varn found a banned chemical at Meridal Shipping.", "banned"),
    ("The injured were taken from Varn to hospitals in Lindqvar.", "injured"),
    ("Meridal Shipping paid for a clinical trial of the drug in Varn.", "trial"),
    # What is only considered has not happened.
    ("Workers at Meridal Shipping in Varn are considering a strike.", "strike"),
    ("Meridal Shipping said a leak in the report embarrassed Osric Pell.", "leak"),  # a noun alone
    ("In a statement, Meridal Shipping said that Osric Pell had left.", "statement"),
    ("The two men arrested in Varn were released by Osric Pell.", "arrested"),  # describes
])
def test_weak_evidence_gives_no_event(text: str, absent: str) -> None:
    assert absent not in events(LEAD + text)


def test_each_type_s_first_word_is_offered_without_the_evidence_asked_for() -> None:
    """The rules ask for evidence (someone named, a count, the lead); a type's first
    trigger word in the story is offered without it, with no one in it and a score below
    every rule's; told again, it is not. A contract no one is named in is offered so; a
    word that is no event of its own is not ("met with criticism", an attribution,
    something not yet real)."""
    text = "Meridal Shipping lost money on the contract, Osric Pell said in Varn."
    art = article.from_text(LEAD + text + " " + text)
    found = suggest.events(art, config.default(), Annotations(
        sidecar.new(art, Path("x.ann.yaml")).document), recommenders=["built-in"])
    assert [(art.text[e.trigger[0]:e.trigger[1]], e.type, e.participants, e.trigger[0])
            for e in found] == [("contract", "deal", [], art.text.index("contract"))]
    assert found[0].score == event_rules.UNCONFIRMED < 0.4
    assert "met" not in events("Meridal Shipping's new ferry met with criticism in Varn.")
    assert "met" not in events("The plan has met with strong opposition in Varn.")
    assert events("Ilse Damaro met with Osric Pell in Varn.")["met"][0] == "meeting"
    assert "revealed" not in events("Ilse Damaro revealed that Meridal Shipping had been sold.")
    assert "ceasefire" not in events("Ilse Damaro is calling for a ceasefire in Varn.")


def test_a_disclosure_by_someone_named_is_an_event() -> None:
    assert events("Ilse Damaro uncovered a plot against Meridal Shipping in Varn.")[
        "uncovered"] == ("disclosure", {("damaro", "source")})


def test_a_court_appeal_is_still_an_event() -> None:
    assert events("Osric Pell appealed to the court in Varn on Monday.")["appealed"][0] == \
        "legal-action"


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # "is suing", "is conducting an investigation": progressive, not passive; the
    # subject is the doer.
    ("Meridal Shipping is suing Osric Pell in Varn.", "suing",
     ("legal-action", {("shipping", "plaintiff"), ("pell", "defendant")})),
    ("Ilse Damaro is conducting an investigation into the port of Varn.", "investigation",
     ("legal-action", {("damaro", "authority")})),
    # The passive is read as before: "was being investigated by".
    ("Osric Pell was being investigated by Ilse Damaro.", "investigated",
     ("legal-action", {("pell", "defendant"), ("damaro", "authority")})),
])
def test_a_progressive_verb_is_active(text: str, trigger: str, expected: tuple[str, set],
                                      ) -> None:
    assert events(text)[trigger] == expected


def test_a_possible_event_told_again_is_still_not_real() -> None:
    text = ("A possible explosion at the plant in Varn worried Ilse Damaro. "
            "The explosion would destroy Lindqvar.")
    assert "explosion" not in events(text)
    assert events(text.replace("The explosion", "An explosion"))["explosion"][0] == "disaster"


def test_the_event_named_again_with_the_is_the_one_told_before() -> None:
    text = ("Ilse Damaro came to Varn for a speech. "
            "In the speech, Ilse Damaro said that Meridal Shipping had grown.")
    assert "speech" not in events(text)  # the first names no one; the second is the first
    assert events(text.replace("In the speech", "In a speech"))["speech"] == \
        ("statement", {("damaro", "speaker")})
    text = ("An explosion hit a depot in Varn on Monday. Windows shook. "
            "The explosion was heard by Osric Pell in Lindqvar.")
    found = events(text)
    assert [text[:text.index(w)].count(".") for w in found] == [0]  # the first only


def test_an_attack_in_a_story_of_hackers_is_the_hack() -> None:
    """"Hackers breached the servers … the attack came from abroad": the attack was offered
    as a violent one; with a weapon or a wound near it, it still is."""
    hack = "Hackers breached the servers of Meridal Shipping on Monday, Osric Pell said. "
    assert {e.type for e in events_list(LEAD + hack + "Ilse Damaro said the attack came "
                                        "from an overseas address.")} == {"cyber-attack"}
    assert "attack" in {e.type for e in events_list(
        LEAD + hack + "On Tuesday gunmen attacked the offices of Meridal Shipping, killing "
        "two guards, Ilse Damaro said.")}
    # ... and wherever the words before it name the software, first in the story or not
    found = events("Computer systems at Meridal Shipping were taken offline on Sunday after a "
                   "malicious software attack crippled the company’s computers.")
    assert found["attack"][0] == "cyber-attack"


def test_harm_to_shops_is_no_casualty() -> None:
    """"The Chamber of Commerce said it would hurt small shops": casualties, offered as
    to come with the chamber as the one who hurts."""
    text = ("Mayor plans toll\n\nMayor Ilse Damaro on Monday unveiled a plan to cut traffic "
            "in Varn by a third.\n\nBusiness groups were quick to criticise the proposal. The "
            "Varn Chamber of Commerce said it would hurt small shops, which it said had "
            "already lost 20% of their customers.\n")
    art = article.from_text(text)
    ann = Annotations(sidecar.new(art, Path("x.ann.yaml")).document, actors=[
        Actor(a.name.split()[-1].lower(), a.name, a.type, [],
              [Span.at(text, s, e) for s, e in a.mentions])
        for a in suggest.actors(art, recommenders=["built-in"])])
    found = suggest.events(art, config.default(), ann, recommenders=["built-in"])
    assert "unveiled" in {text[e.trigger[0]:e.trigger[1]] for e in found}
    assert "casualties" not in {e.type for e in found}


def test_a_later_verb_that_only_says_where_is_no_event() -> None:
    text = ("Ilse Damaro opened a port in Varn. The port was busy. Ships came. "
            "Trade grew. Prices fell. Police arrested two men in Lindqvar.")
    assert scores(text)["arrested"] > event_rules.UNCONFIRMED  # a count: it happened to people
    assert scores(text.replace("two men", "them"))["arrested"] == event_rules.UNCONFIRMED


# -- fourth round: roles per verb, main events by the lead, no pair beats a wrong pair -----
def all_events(text: str) -> list[tuple[str, str, set[tuple[str, str]]]]:
    """(trigger text, type, pairs) of every event, in order (repeats kept)."""
    found = events_list(text)
    return [(text[e.trigger[0]:e.trigger[1]], e.type, set(e.participants)) for e in found]


def events_list(text: str) -> list[suggest.EventSuggestion]:
    art = article.from_text(text)
    ann = Annotations(sidecar.new(art, Path("x.ann.yaml")).document)
    for name, kind in ACTORS.items():
        spans = [Span.at(text, i, i + len(name)) for i in range(len(text))
                 if text.startswith(name, i)]
        if spans:
            ann.actors.append(Actor(name.split()[-1].lower(), name, kind, [], spans))
    return sorted(suggest.events(art, config.default(), ann, recommenders=["built-in"]),
                  key=lambda e: e.trigger)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # Who is dismissed leaves; the board that dismissed them takes no role of it.
    ("The board of Meridal Shipping dismissed Osric Pell on Monday.", "dismissed",
     ("resignation", {("pell", "person")})),
    # Who resigns is the one whose resignation is accepted.
    ("Ilse Damaro accepted the resignation of Osric Pell on Monday.", "resignation",
     ("resignation", {("pell", "person")})),
    # A person "of" a country is the subject, past the country.
    ("Osric Pell of Norland was arrested in Varn on Monday.", "arrested",
     ("arrest", {("pell", "detainee")})),
    # ... with a title between ("of Justice Minister X", "of former minister X")
    ("Police on Monday announced the arrest of former minister Osric Pell.", "arrest",
     ("arrest", {("pell", "detainee")})),
    # Who sues is the plaintiff (any company may sue), not an authority.
    ("Meridal Shipping sued Osric Pell in Varn on Monday.", "sued",
     ("legal-action", {("shipping", "plaintiff"), ("pell", "defendant")})),
    # What is announced is no addressee.
    ("Meridal Shipping announced Osric Pell as its new chief.", "announced",
     ("statement", {("shipping", "speaker")})),
    # A country visited is where the visit is, not a participant.
    ("Ilse Damaro visited Norland on Tuesday.", "visited",
     ("meeting", {("damaro", "participant")})),
    # A subject shared across "and" with a passive verb undergoes it.
    ("Osric Pell won the race in Varn and was nominated for the Norland Prize.", "nominated",
     ("appointment", {("pell", "appointee")})),
    # Who pleads is the defendant, not an authority.
    ("Osric Pell pleaded guilty to fraud in Varn on Monday.", "pleaded guilty",
     ("legal-action", {("pell", "defendant")})),
    # The possessor of a lawsuit brings it; of a trial, stands it.
    ("Osric Pell's lawsuit against Meridal Shipping opened on Monday.", "lawsuit",
     ("legal-action", {("pell", "plaintiff"), ("shipping", "defendant")})),
    ("Osric Pell's trial opened in Varn on Monday.", "trial",
     ("legal-action", {("pell", "defendant")})),
    # "Protesters attacked": the people noun is the attack's subject, not an event that
    # the verb only says happened ("a tornado struck").
    ("Protesters attacked Meridal Shipping on Monday.", "attacked",
     ("attack", {("shipping", "target")})),
])
def test_roles_per_verb(text: str, trigger: str, expected: tuple[str, set]) -> None:
    assert events(text)[trigger] == expected


def test_a_possessor_that_may_be_either_side_gives_no_pair() -> None:
    found = events("Meridal Shipping's investigation began in Varn on Monday.")
    assert found["investigation"] == ("legal-action", set())


@pytest.mark.parametrize(("text", "absent"), [
    ("Osric Pell took charge of the port of Varn on Monday.", "charge"),  # a duty
    ("Norland has one of the few elected councils in Varn.", "elected"),  # an adjective
    ("Its elected council met Ilse Damaro in Varn.", "elected"),
    ("Ilse Damaro denied that Norland had attacked Vesmark.", "attacked"),  # not real
    # A threat "dealt with", claims "dismissed", a patient "airlifted", a "peaceful
    # resolution", a "closing share price": each word's other sense.
    ("Ilse Damaro spoke of Norland dealing with the threat from Vesmark.", "dealing"),
    ("Ilse Damaro dismissed the claims of Meridal Shipping on Monday.", "dismissed"),
    ("Ilse Damaro dismissed it as nonsense in Varn on Monday.", "dismissed"),
    ("Osric Pell was airlifted to a hospital in Varn on Monday.", "airlifted"),
    ("Ilse Damaro called for a peaceful resolution of the dispute with Vesmark.", "resolution"),
    ("Meridal Shipping's closing share price fell in Varn on Monday.", "closing"),
    # An alert, a crash, a crowd leaving, oil: "warning", "struck", "dispersed", "leak".
    ("Officials in Varn raised the warning to the highest level on Monday.", "warning"),
    ("The plane of Meridal Shipping struck trees near Varn.", "struck"),
    ("Rioters dispersed when police arrived in Varn on Monday.", "dispersed"),
    ("Meridal Shipping said oil leaks from a ruptured well near Varn.", "leaks"),
    ("A pump leak at Meridal Shipping led to a fire in Varn.", "leak"),
    # Violence that "erupted", "an outbreak of violence", a currency "introduced as",
    # "import purchases".
    ("Ilse Damaro was blamed for the violence that erupted in Varn.", "erupted"),
    ("It was the largest outbreak of violence in Varn since 1999, Ilse Damaro said.",
     "outbreak"),
    ("Norland marked the euro being introduced as its currency in Varn.", "introduced"),
    ("Norland's import purchases from Vesmark fell in May.", "purchases"),
    ("Norland signed a free trade pact with Vesmark in Varn.", "free"),
])
def test_words_that_name_no_event_here(text: str, absent: str) -> None:
    assert absent not in events(text)


# The story's lead, then: sentences where nothing happens, as many as the lead has.
FILLER = " ".join(["Prices rose in Lindqvar.", "Ships came.", "Trade grew.", "Shops opened.",
                   "Rain fell.", "Buses ran.", "Bells rang."][:event_rules.LEDE]) + " "


def test_an_event_no_one_is_named_in_is_confirmed_in_the_lead_only() -> None:
    late = FILLER + "A fire broke out in Varn."
    assert events(late)["fire"] == ("disaster", set())  # the story's first: unconfirmed
    assert scores(late)["fire"] == event_rules.UNCONFIRMED
    lead = "Prices rose in Lindqvar. A fire broke out in Varn. Ships came."
    assert events(lead)["fire"] == ("disaster", set())


def test_after_the_lead_a_noun_needs_its_doer() -> None:
    # Named in passing: the one it happened to, or who an act was with.
    assert "arrest" not in events(FILLER + "The inquiry follows the arrest of Osric Pell.")
    assert "contract" not in events(FILLER + "Osric Pell broke a contract with Meridal "
                                             "Shipping.")
    # Its doer named: a new event.
    assert events(FILLER + "A statement from Meridal Shipping followed on Tuesday.")[
        "statement"] == ("statement", {("shipping", "speaker")})
    # A verb tells a new event with no one but the one it happened to.
    assert events(FILLER + "Police arrested Osric Pell in Varn.")["arrested"] == \
        ("arrest", {("pell", "detainee")})


def test_a_possessor_names_the_event_told_before() -> None:
    found = all_events("Meridal Shipping filed a lawsuit against Osric Pell on Monday. "
                       "Its lawsuit against Ilse Damaro was filed in Varn.")
    assert [(t, k) for t, k, _ in found] == [("lawsuit", "legal-action")]


# -- round 5: a wider lexicon, and the words that keep it precise --------------------------
@pytest.mark.parametrize(("text", "trigger", "etype"), [
    # Each type's everyday news verbs and nouns, in their inflections.
    ("Meridal Shipping was fined 4 million euros by a court in Varn.", "fined", "legal-action"),
    ("Osric Pell was tried for fraud in Varn on Monday.", "tried", "legal-action"),
    ("A court in Varn ruled that Meridal Shipping must pay.", "ruled", "legal-action"),
    ("Meridal Shipping agreed to a takeover by Osric Pell.", "agreed", "deal"),
    ("Meridal Shipping bought a rival port operator in Varn.", "bought", "deal"),
    ("Gunmen kidnapped Ilse Damaro in Varn on Friday.", "kidnapped", "casualties"),
    ("A ferry capsized off Varn on Sunday, officials in Norland said.", "capsized", "disaster"),
    ("A ship sank near Varn with Osric Pell aboard.", "sank", "disaster"),
    ("Troops stormed the offices of Meridal Shipping in Varn.", "stormed", "attack"),
    ("Norland cancelled all flights to Varn after the vote.", "cancelled", "shutdown"),
    ("Osric Pell denied taking bribes from Meridal Shipping.", "denied", "statement"),
    ("Meridal Shipping laid off 300 workers in Varn.", "laid off", "other"),
    ("Astronomers in Norland have discovered a new moon, Osric Pell said.", "discovered",
     "other"),
    ("Osric Pell was sworn in as president of Norland on Monday.", "sworn in",
         "appointment"),
    ("Norland's cabinet was reshuffled by Ilse Damaro on Monday.", "reshuffled", "appointment"),
    ("Osric Pell replaced Ilse Damaro as head of Meridal Shipping.", "replaced", "appointment"),
    ("Osric Pell vowed to rebuild the port of Varn on Monday.", "vowed", "statement"),
    ("Six workers of Meridal Shipping were hurt in Varn on Monday.", "hurt", "casualties"),
    ("The blast in Varn on Monday hurt 20 people, Osric Pell said.", "hurt", "casualties"),
    ("Gunmen slew Osric Pell in Varn on Friday.", "slew", "casualties"),
    ("Osric Pell was slain in Varn on Friday.", "slain", "casualties"),
    ("Ilse Damaro pardoned Osric Pell on Monday.", "pardoned", "legal-action"),
    ("Norland locked down Varn on Monday after the outbreak.", "locked down", "shutdown"),
    ("Four workers of Meridal Shipping lost their lives in Varn.", "lost their lives",
     "casualties"),
    ("A court in Varn quashed the conviction of Osric Pell.", "quashed", "legal-action"),
    ("A court in Varn overturned the conviction of Osric Pell.", "overturned", "legal-action"),
    ("Prosecutors in Varn dropped the charges against Osric Pell.", "dropped the charges",
     "legal-action"),
    ("Meridal Shipping clinched a deal with Osric Pell on Monday.", "clinched a deal", "deal"),
    ("Workers of Meridal Shipping took to the streets of Varn.", "took to the streets",
     "protest"),
    ("Police in Varn sealed off the port after the blast.", "sealed off", "shutdown"),
    ("Meridal Shipping shuttered its office in Varn on Monday.", "shuttered", "shutdown"),
    ("Norland outlawed the party of Osric Pell on Monday.", "outlawed", "legislation"),
    ("Norland legalised cannabis on Monday, Osric Pell said.", "legalised", "legislation"),
    ("Meridal Shipping fired its chief executive, Osric Pell, on Monday.", "fired",
     "resignation"),
    ("Osric Pell was fired as head coach of Varn United on Monday.", "fired", "resignation"),
    ("Meridal Shipping fired Osric Pell in Varn on Monday.", "fired", "resignation"),  # no attack
    ("Ilse Damaro fired the director of Meridal Shipping in Varn.", "fired", "resignation"),
    ("Troops fired Scud missiles at Varn on Monday.", "fired", "attack"),
    ("Ilse Damaro berated Osric Pell over the delays on Monday.", "berated", "criticism"),
    ("Meridal Shipping settled the lawsuit brought by Osric Pell on Monday.", "settled",
     "deal"),
    ("Norland severed diplomatic ties with Vesmark on Monday.", "severed diplomatic ties",
     "other"),
    ("Norland broke off relations with Vesmark on Monday.", "broke off relations", "other"),
    ("Gunmen robbed a bank in Varn on Monday, police said.", "robbed", "other"),
    ("Norland deployed 2,000 troops to the border with Vesmark on Monday.", "deployed",
     "other"),
    ("Osric Pell defected to Vesmark on Monday.", "defected", "other"),
    ("Meridal Shipping slashed 1,200 jobs in Varn on Monday.", "slashed 1,200 jobs", "other"),
    ("Norland and Vesmark exchanged prisoners on Monday.", "exchanged prisoners", "deal"),
    # a hyphenated verb inflects
    ("Norland test-fired a missile on Monday.", "test-fired", "other"),
    ("Ilse Damaro signed an executive order banning fracking in Norland.", "executive order",
     "legislation"),
    # the same word, another type where the words around it say so
    ("Police raided the offices of Meridal Shipping in Varn on Monday.", "raided", "seizure"),
    ("Gunmen raided a village near Varn on Monday, killing 12.", "raided", "attack"),
    ("The regulator approved a new vaccine made by Meridal Shipping on Monday.", "approved",
     "other"),
    ("Lawmakers in Norland approved the budget on Monday.", "approved", "vote"),
    ("Rebels toppled the government of Norland on Monday.", "toppled", "resignation"),
    ("Workers of Meridal Shipping returned to work in Varn on Monday.", "returned to work",
     "other"),
    ("Hackers breached the servers of Meridal Shipping on Monday.", "breached",
     "cyber-attack"),
    ("The central bank of Norland announced a capital injection into Meridal Shipping.",
     "capital injection", "support"),
    ("Ilse Damaro toured an emergency shelter in Varn on Monday.", "toured", "meeting"),
    ("A ferry sank off Varn on Monday.", "sank", "disaster"),
    ("Osric Pell fired his rifle at the crowd in Varn on Monday.", "fired", "attack"),
    ("Osric Pell threw a bottle of water at Ilse Damaro on Monday.", "threw", "attack"),
    ("Protesters threw stones at police in Varn on Monday.", "threw", "attack"),
    ("Osric Pell was beaten to death by guards in Varn.", "beaten to death", "attack"),
    ("Guards beat up Osric Pell in Varn on Monday.", "beat up", "attack"),
    ("Twelve inmates escaped from the prison in Varn on Monday.", "escaped from the prison",
     "other"),
    ("Meridal Shipping pulled its milk powder off the shelves in Varn.", "pulled", "other"),
    ("Dock workers of Meridal Shipping walked off the job in Varn on Monday.",
     "walked off the job", "protest"),
    # what collapsed says what the collapse is
    ("The Varn Savings Bank collapsed on Monday, leaving 3,000 savers without money.",
     "collapsed", "bankruptcy"),
    ("The government of Norland collapsed on Tuesday after the coalition split.", "collapsed",
     "resignation"),
    ("A five-storey building collapsed in Varn on Monday.", "collapsed", "disaster"),
    ("Osric Pell was cleared of all charges by a court in Varn on Monday.", "cleared",
     "legal-action"),
    # a central bank's hold is its decision, as a cut or a rise is
    ("The central bank of Norland kept interest rates at 5.25% on Thursday.",
     "kept interest rates", "other"),
    ("The central bank of Norland left interest rates unchanged on Thursday.",
     "left interest rates unchanged", "other"),
    ("Osric Pell called the strike \"unnecessary\" on Monday.", "called", "criticism"),
    # a judge's veto is the court's ruling
    ("A federal judge in Varn on Tuesday blocked the merger of Meridal Shipping.", "blocked",
     "legal-action"),
    # "from 2001 to 2006" holds no infinitive: the denial is real
    ("Osric Pell, who ruled Norland from 2001 to 2006, denied the charges in Varn.",
     "denied", "statement"),
    # a result declared, and a landslide that is a win
    ("Osric Pell was declared the winner of the election in Varn on Monday.",
     "declared the winner", "election"),
    ("The landslide win means Osric Pell will not face a run-off in Varn.", "landslide win",
     "election"),
])
def test_the_lexicon_names_each_types_news_words(text: str, trigger: str, etype: str) -> None:
    assert events(text)[trigger][0] == etype


@pytest.mark.parametrize(("text", "absent"), [
    # The same words where English says something else.
    ("According to Osric Pell, Meridal Shipping is sound.", "According"),  # no accord
    # told as before the news
    ("Norland banned the party of Osric Pell. Varn had already outlawed it.", "outlawed"),
    ("Osric Pell tried to reach Varn by boat.", "tried"),  # an attempt, no trial
    ("Osric Pell threw a party at a hotel in Varn on Monday.", "threw"),  # no attack
    ("Osric Pell threw his support behind Ilse Damaro on Monday.", "threw"),
    ("Norland beat Vesmark 3-1 in Varn on Monday.", "beat"),  # a match, no attack
    ("Osric Pell pulled a muscle in Varn on Monday.", "pulled"),  # no recall
    ("Meridal Shipping sought a buyer in Varn but met with no success.", "met"),
    ("Osric Pell won the time trial in Varn on Monday.", "trial"),  # a race, no court
    ("Osric Pell was extradited from Norland after a lengthy legal battle.", "battle"),
    ("Police cleared the area around the port of Varn on Monday.", "cleared"),
    ("Osric Pell unveiled a congestion charge of 15 euros a day for Varn.", "charge"),  # a price
    ("Talks between Norland and Vesmark on the port collapsed on Monday.", "collapsed"),
    ("Ilse Damaro ruled out a merger with Meridal Shipping.", "ruled"),
    ("Ilse Damaro ruled Norland for a decade.", "ruled"),
    ("Osric Pell paid a fine of 50 euros in Varn.", "fine"),  # a noun: "fine" is ambiguous
    ("Osric Pell was questioned by police in Varn.", "questioned"),  # an interview
    ("Ilse Damaro replaced the roof of her house in Varn.", "replaced"),
    ("Osric Pell fired the engine of his boat near Varn.", "fired"),  # no one dismissed
    ("Osric Pell settled in Varn in 1990, Ilse Damaro said.", "settled"),  # no deal
    ("Meridal Shipping deployed a new booking system in Varn.", "deployed"),  # no troops
    # a study, an alert, a fight against fire: no trial, no blame, no war
    ("The trial, involving 14,000 volunteers in Varn, ended on Monday, Osric Pell said.",
     "trial"),
    ("Forecasters in Norland issued a red warning for Varn on Monday.", "warning"),
    ("Forecasters in Norland issued a storm warning for Varn on Monday.", "storm"),
    ("Firefighters battled the blaze in Varn on Monday.", "battled"),
    ("Hundreds of buildings were toppled by the quake in Varn.", "toppled"),
    ("Meridal Shipping breached the agreement with Varnco on Monday.", "breached"),
    ("Shares in Meridal Shipping sank 12 percent on Monday.", "sank"),  # no ship lost
    ("Meridal Shipping sank 3.3 percent, while the index fell 1.2 percent.", "sank"),
    ("The party of Osric Pell suffered a crushing defeat in Varn on Sunday.", "crushing"),
    ("The jobless rate in Norland shot up to 7.6 percent on Friday.", "shot"),
    ("Meridal Shipping took over the investigation in Varn on Monday.", "took over"),
    ("Osric Pell was detained in Varn for further questioning.", "questioning"),
    # an attribution at the sentence's end
    ("Profits at Meridal Shipping fell by a fifth, the company disclosed on Wednesday.",
     "disclosed"),
    # what led up to the news, and what may only be
    ("The strike in Varn followed weeks of protests against Ilse Damaro.", "protests"),
    ("Osric Pell resigned on Monday, days after police raided his office in Varn.", "raided"),
    ("The collapse of Meridal Shipping would be the largest in Norland's history, Osric Pell "
     "said.", "collapse"),
    ("The ruling clears the way for a merger of Meridal Shipping and Varnco.", "merger"),
    ("Osric Pell found a defect in the engine of a ship in Varn.", "defect"),
])
def test_a_wider_lexicon_keeps_its_words_to_their_sense(text: str, absent: str) -> None:
    assert absent not in events(text)


def test_a_storm_is_a_disaster_and_storming_an_attack() -> None:
    assert events("A storm flooded Varn, Ilse Damaro said.")["storm"][0] == "disaster"
    assert events("Rebels stormed the port of Varn.")["stormed"][0] == "attack"


def test_a_plea_by_someone_named_is_a_statement_not_a_court_appeal() -> None:
    found = events("Ilse Damaro is appealing to the people of Varn for help.")
    assert found["appealing"] == ("statement", {("damaro", "speaker")})
    assert "appealing" not in events(LEAD + "Officials are appealing to the public for help.")


def test_who_is_declared_the_winner_won() -> None:
    found = events("Osric Pell was declared winner of the election in Varn.")
    assert found["declared winner"] == ("election", {("pell", "winner")})
    # ... with an apposition and a time between (no pair)
    found = events("Osric Pell, incumbent President of Norland, was Thursday night declared "
                   "winner of the election.")
    assert found["declared winner"] == ("election", {("pell", "winner")})


def test_a_day_between_the_auxiliary_and_the_participle_keeps_it_passive() -> None:
    """"was on Thursday arrested" made the detainee the authority."""
    for text in ("Osric Pell was on Thursday arrested in Varn.",
                 "Osric Pell was Thursday night arrested in Varn."):
        assert events(text)["arrested"] == ("arrest", {("pell", "detainee")}), text


def test_a_quake_described_at_length_is_what_struck() -> None:
    found = events("A strong earthquake with a preliminary magnitude of 6.8 has struck Norland, "
                   "killing at least six people, officials said.")
    assert "struck" not in found and found["earthquake"][0] == "disaster"
    # ... and so it is later, told with what it did; "to collapse and killing" is real
    found = events("A strong earthquake has struck Norland, causing buildings to collapse and "
                   "killing at least six people. Officials in Varn said the earthquake had a "
                   "magnitude of 6.8 and struck 66 kilometers below the surface.")
    assert "struck" not in found and found["killing"][0] == "casualties"


def test_welcoming_someone_to_a_place_is_a_meeting_they_host() -> None:
    found = events("Osric Pell welcomed Ilse Damaro to the Varn Palace on Thursday.")
    assert found["welcomed"] == ("meeting", {("pell", "host"), ("damaro", "participant")})
    found = events("Osric Pell welcomed the decision of Norland on Monday.")
    assert found["welcomed"] == ("statement", {("pell", "speaker")})


def test_telling_an_outlet_named_with_what_it_is_only_says_who_said_it() -> None:
    text = "“It can herald a new phase,” the lawmaker Osric Pell told Al Varn newspaper."
    assert "told" not in events(text, {**ACTORS, "Al Varn": "organization"})


def test_a_warning_to_the_public_blames_no_one() -> None:
    assert events("Varn police warned residents to stay indoors on Monday.")["warned"][0] == \
        "statement"
    found = events("Osric Pell warned Norland against the move on Monday.")
    assert found["warned"] == ("criticism", {("pell", "critic"), ("norland", "target")})


def test_what_a_charge_is_about_is_not_an_event_of_its_own() -> None:
    found = events("Osric Pell was charged with the murder of Ilse Damaro in Varn.")
    assert "murder" not in found and found["charged"][0] == "legal-action"
    assert "bombing" not in events("Osric Pell, accused of the bombing in Varn, was jailed.")


def test_a_sentence_that_opens_with_a_past_year_is_background() -> None:
    found = events("During the 2006 war, Norland launched missiles at Varn.")
    assert "launched" not in found
    assert "launched" in events("Norland launched a rocket from Varn on Monday.")


def test_a_vague_verb_gives_way_to_the_event_it_acts_on() -> None:
    found = events("Norland launched an investigation into Meridal Shipping.")
    assert found["investigation"][0] == "legal-action" and "launched" not in found


def test_who_replaces_someone_is_appointed_and_by_names_no_appointer() -> None:
    assert events("Osric Pell replaced Ilse Damaro as head of Meridal Shipping.")["replaced"] \
        == ("appointment", {("pell", "appointee")})
    found = events("Ilse Damaro was replaced by Osric Pell at Meridal Shipping.")
    assert found["replaced"][1] <= {("pell", "appointee")}  # never Damaro, never an appointer


def test_which_after_an_organisation_in_a_phrase_is_that_organisation() -> None:
    found = events("Osric Pell, an adviser to Meridal Shipping, which uncovered the "
                   "accounts, resigned in Varn.")
    assert found["uncovered"] == ("disclosure", {("shipping", "source")})
    # A place before "which" is where something happened, not who did it.
    found = events("Osric Pell condemned the attack in Varn, which killed ten people.")
    assert ("varn", "agent") not in found.get("killed", ("", set()))[1]


def test_a_phrase_holds_across_a_day_or_an_adverb() -> None:
    found = events("Meridal Shipping has threatened on Friday to sue Ilse Damaro.")
    assert found["threatened on Friday to sue"] == (
        "legal-action", {("shipping", "plaintiff"), ("damaro", "defendant")})
    assert "stepped quickly down" in events("Osric Pell stepped quickly down in Varn.")


def test_a_name_that_modifies_the_object_is_not_the_object() -> None:
    found = events("Meridal Shipping sued a Norland citizen, Ilse Damaro, on Monday.")
    assert found["sued"] == ("legal-action", {("shipping", "plaintiff"),
                                              ("damaro", "defendant")})


def test_a_national_strike_is_a_protest_and_crowds_flooding_streets_no_flood() -> None:
    found = events("A national strike shut the ports of Norland, Ilse Damaro said.")
    assert found["national strike"][0] == "protest"
    assert "flooded" not in events("Thousands flooded the streets of Varn on Friday.")
    assert "murder" not in events(
        "Police in Varn charged Osric Pell with one count of first-degree murder.")


def test_a_country_before_its_policies_is_meant_and_given_is_a_circumstance() -> None:
    found = events("Ilse Damaro blamed Norland policies for the crisis in Varn.")
    assert ("norland", "target") in found["blamed"][1]
    found = events("Given Norland's alliance with Vesmark, Osric Pell resigned in Varn.")
    assert "alliance" not in found and "resigned" in found


@pytest.mark.parametrize(("text", "absent"), [
    ("Osric Pell praised last year's trade accord between Norland and Vesmark.", "accord"),
    ("Nobody in Varn can agree now on how the port of Norland will be run.", "agree"),
    (LEAD + "Last November, hundreds of people protested outside the parliament in Varn.",
     "protested"),
    (LEAD + "In recent months, there have been accusations of corruption in Varn.",
     "accusations"),
])
def test_events_dated_before_or_not_agreed_are_not_offered(text: str, absent: str) -> None:
    assert absent not in events(text)


def test_a_date_of_another_act_after_the_trigger_leaves_it_now() -> None:
    # "criticised X for cutting ... in 2024": the cutting is dated, the criticism is news.
    found = events("Ilse Damaro criticised Meridal Shipping for cutting the Varn budgets in "
                   "2024.")
    assert found["criticised"] == ("criticism", {("damaro", "critic"), ("shipping", "target")})
    assert "criticised" not in events("Ilse Damaro criticised Meridal Shipping in 2024.")


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("Osric Pell became the second minister to resign from Meridal Shipping on Monday.",
     "resign", "resignation"),  # a rank among those who did
    ("A scandal in Varn forced Osric Pell to resign on Monday.", "resign", "resignation"),
    ("Ilse Damaro was forced to resign from Meridal Shipping on Monday.", "resign",
     "resignation"),
])
def test_a_to_that_says_it_happened_is_real(text: str, trigger: str, etype: str) -> None:
    assert events(text)[trigger][0] == etype


def test_what_is_scheduled_is_offered_only_with_its_doer_named() -> None:
    found = events("Meridal Shipping will shut down its depot in Varn next month.")
    assert found["shut down"][0] == "shutdown"  # the gold tags it (factuality hypothetical)
    assert "shut down" in events("Meridal Shipping is set to shut down its depot in Varn.")
    # no one named to do it, only wished for, or conditional: not offered
    assert "shut down" not in events("The depot in Varn will shut down next month, it said.")
    assert "shut down" not in events("Ilse Damaro wants Meridal Shipping to shut down in Varn.")
    assert "shut down" not in events("Meridal Shipping would shut down its depot in Varn.")
    assert "shut down" not in events("Meridal Shipping will not shut down its depot in Varn.")


def test_a_name_before_to_does_what_the_verb_after_it_says() -> None:
    found = events("The audit in Varn prompted Osric Pell to resign on Monday.")
    assert found["resign"] == ("resignation", {("pell", "person")})
    found = events("Meridal Shipping is set to sign a deal with Norland in Varn.")
    assert "shipping" in {actor for actor, _ in found["sign a deal"][1]}


def test_a_relative_clause_without_that_leaves_the_slot_to_the_main_verb() -> None:
    found = events("The banker Norland extradited to Vesmark in March was sentenced in Varn "
                   "on Monday to ten years in prison.")
    assert "sentenced" in found and "extradited" not in found
    # a noun and its name doing the verb, with the next verb joined by "and": both the news
    found = events("The company Meridal Shipping sued Osric Pell and was fined in Varn.")
    assert "sued" in found
    # the verb after it in a relative clause of its own is no main verb
    found = events("The rebel Vesmark Front agreed on Sunday to a ceasefire in a war that has "
                   "killed 15,000 people in Varn.")
    assert found["agreed"][0] == "deal"



def _trigger_starts(text: str) -> set[int]:
    art = article.from_text(text)
    ann = Annotations(sidecar.new(art, Path("x.ann.yaml")).document)
    return {e.trigger[0] for e in suggest.events(art, config.default(), ann,
                                                 recommenders=["built-in"])}


def test_after_the_lead_a_verb_with_a_day_of_its_own_is_news() -> None:
    lead = ("Ilse Damaro resigned from Meridal Shipping in Varn on Monday. The board met "
            "in Varn. Osric Pell spoke for Meridal Shipping. Shares in Meridal Shipping fell. "
            "Norland welcomed the news. Two directors of Meridal Shipping ")
    second = len(lead)  # a second resignation, after the lead, told with its own day
    assert second in _trigger_starts(lead + "resigned on Friday.")
    assert second not in _trigger_starts(lead + "resigned on Monday.")  # the first, retold
    assert second not in _trigger_starts(lead + "resigned.")


def test_what_a_court_does_is_a_legal_action_with_the_court_as_court() -> None:
    actors = {"Supreme Court": "organization", "Osric Pell": "person", "Varn": "place"}
    found = events("The Supreme Court suspended a travel ban on Osric Pell on Tuesday.", actors)
    assert found["suspended"] == ("legal-action", {("court", "court")})
    found = events("The Supreme Court convicted Osric Pell of fraud in Varn.", actors)
    assert found["convicted"] == ("legal-action", {("court", "court"), ("pell", "defendant")})
    # Anyone else who suspends something shuts it down.
    assert events("Osric Pell suspended the ferry service in Varn.", actors)["suspended"][0] \
        == "shutdown"


def test_who_is_sworn_in_or_takes_office_is_appointed() -> None:
    assert events("Osric Pell has been sworn in as mayor of Varn.")["sworn in"] == \
        ("appointment", {("pell", "appointee")})
    assert events("Osric Pell took office in Varn on Monday.")["took office"] == (
        "appointment", {("pell", "appointee")})  # (an appointment has no place role)
    assert events("Ilse Damaro was confirmed as chief of Meridal Shipping on Monday.")[
        "confirmed as"] == ("appointment", {("damaro", "appointee")})


def test_the_country_a_town_is_named_after_is_no_party() -> None:
    found = events("A ferry sank in the Norland city of Varn on Monday, killing two.")
    assert found["sank"] == ("disaster", set())


def test_nothing_in_a_negated_list_is_an_event() -> None:
    found = events("An earthquake struck Varn on Monday. There are no reports of damage, "
                   "injuries or deaths in Varn.")
    assert "earthquake" in found and "injuries" not in found and "deaths" not in found


def test_an_acronym_in_brackets_keeps_the_name_the_subject() -> None:
    actors = {"Baltic Port Authority": "organization", "BPA": "organization",
              "Varn": "place"}
    found = events("After a long meeting, the Baltic Port Authority (BPA) officially "
                   "declared a state of emergency in Varn.", actors)
    assert ("authority", "speaker") in found["declared"][1] or \
        ("bpa", "speaker") in found["declared"][1]


def test_a_statement_released_is_what_it_says() -> None:
    found = events("Meridal Shipping released a statement condemning the arrest of Osric "
                   "Pell.")
    assert "released" not in found and found["condemning"][0] == "criticism"


def test_what_was_done_under_a_former_leader_is_background() -> None:
    found = events("The terms were approved under former President Osric Pell.")
    assert "approved" not in found
    found = events("The council of Varn approved the budget on Monday by 30 votes to 15.")
    assert found["approved"][0] == "vote"


def test_police_dispersing_a_crowd_is_an_attack_on_it() -> None:
    found = events("Protesters in Varn were dispersed by police on Monday, Ilse Damaro said.")
    assert found["dispersed"][0] == "attack"


def test_last_year_is_no_rank_and_a_promise_is_not_yet_real() -> None:
    found = events("Osric Pell was elected last year promising to prosecute Ilse Damaro.")
    assert "prosecute" not in found
    assert "resign" in events("Osric Pell was the last minister to resign from Meridal "
                              "Shipping on Monday.")


def test_a_sentence_that_opens_with_a_month_of_a_past_year_is_background() -> None:
    found = events("An earthquake struck Varn on Monday. In September of 1999, 2300 people "
                   "were killed in Varn after a larger one.")
    assert "earthquake" in found and "killed" not in found


def test_a_noun_that_only_says_what_another_is_about_is_no_event() -> None:
    found = events("Norland raised its pandemic alert level in Varn on Monday.")
    assert "pandemic" not in found
    assert "pandemic" in events("Norland declared a pandemic in Varn on Monday.")


def test_a_persons_title_with_a_preposition_is_no_phrase_around_the_name() -> None:
    found = events("Minister for Foreign Affairs Osric Pell has commented on the verdict.")
    assert found["commented"] == ("statement", {("pell", "speaker")})


def test_a_phrase_does_not_reach_back_across_a_sentence_end() -> None:
    found = events("The verdict went to the Court of Norland. Osric Pell tweeted on Monday.")
    assert found["tweeted"] == ("statement", {("pell", "speaker")})


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("Meridal Shipping continues to deny the accusations.", "deny", "statement"),
    ("Osric Pell has offered to resign amid a dispute in Varn.", "resign", "resignation"),
    ("Osric Pell denied that Meridal Shipping had failed.", "denied", "statement"),  # not an
    # attribution: a denial is news
    ("In addition to condemnation from Osric Pell, Norland faces sanctions.", "condemnation",
     "criticism"),
])
def test_words_before_to_that_say_it_happened(text: str, trigger: str, etype: str) -> None:
    assert events(text)[trigger][0] == etype


def test_a_noun_with_words_of_its_own_after_a_light_verb_is_its_event() -> None:
    assert events("Meridal Shipping has filed for Chapter 11 bankruptcy protection in Varn.")[
        "bankruptcy"] == ("bankruptcy", {("shipping", "debtor")})
    found = events("After holding an emergency meeting, Osric Pell resigned.")
    assert found["resigned"] == ("resignation", {("pell", "person")})
    found = events("Osric Pell made it clear that the attack on Varn had failed.")
    assert ("pell", "attacker") not in found.get("attack", ("", set()))[1]


def test_people_charged_and_counted_are_news_without_a_name() -> None:
    found = events("A protest was held in Varn on Monday. Later, a boat sank. Then there was a "
                   "fire. Eleven people have been charged over the incident.")
    assert found["charged"][0] == "legal-action"


def test_a_statement_that_carries_a_condemnation_gives_it_its_critic() -> None:
    found = events("Meridal Shipping issued a statement condemning the arrest of Osric Pell.")
    assert found == {"condemning": ("criticism", {("shipping", "critic")})}


def test_where_someone_is_held_is_no_arrest() -> None:
    found = events("Osric Pell, currently in police custody, ran Meridal Shipping.")
    assert "custody" not in found
    assert "custody" in events("Police took Osric Pell into custody in Varn on Monday.")


def test_named_as_a_person_identifies_and_named_as_a_post_appoints() -> None:
    assert "named" not in events("The man was arrested in Varn. He has been named as Osric Pell.")
    found = events("Meridal Shipping named Ilse Damaro as its chief executive on Monday.")
    assert found["named"] == ("appointment", {("damaro", "appointee"), ("shipping", "appointer")})


@pytest.mark.parametrize(("text", "trigger", "etype"), [
    ("An erupting volcano near Varn closed the airport on Monday.", "erupting", "disaster"),
    ("The flood in Varn claimed the lives of 30 people on Monday.", "claimed the lives",
     "casualties"),
    ("Osric Pell was bailed by a court in Varn on Monday.", "bailed", "legal-action"),
    ("Meridal Shipping pulled out of the deal with Norland on Monday.", "pulled out", "other"),
    # the noun before "attack" says what kind: a ransomware attack is a cyber-attack
    ("A ransomware attack knocked out Meridal Shipping's systems on Monday.", "attack",
     "cyber-attack"),
    ("A bomb attack hit Meridal Shipping's offices on Monday.", "attack", "attack"),
    # "found X guilty": the verb, with who was found so between ("find guilty")
    ("A jury in Varn found Osric Pell not guilty of murder on Tuesday.", "found",
     "legal-action"),
    # a verb whose noun is no event, in its plain form after a modal ("a close ally")
    ("Meridal Shipping will close its office in Varn next year.", "close", "shutdown"),
    # a phrase's verb and its object with words between ("cut interest rates")
    ("The central bank of Norland cut its main interest rate to 5% on Monday.",
     "cut its main interest rate", "other"),
    ("Meridal Shipping cut about 1,200 jobs in Varn on Monday.", "cut about 1,200 jobs",
     "other"),
    # ... and words describing its noun ("report a loss", "sign a deal")
    ("Meridal Shipping reported a quarterly loss of $2 million in Varn on Monday.",
     "reported a quarterly loss", "other"),
    ("Norland and Vesmark signed a landmark trade deal in Varn on Monday.",
     "signed a landmark trade deal", "deal"),
])
def test_more_news_words(text: str, trigger: str, etype: str) -> None:
    assert events(text)[trigger][0] == etype


def test_a_plan_that_was_made_is_real_and_plans_to_make_one_are_not() -> None:
    found = events("The plan was proposed by Osric Pell in Varn on Monday.")
    assert found["proposed"] == ("proposal", {("pell", "proposer")})
    assert "proposed" not in events("Osric Pell plans proposed cuts to Meridal Shipping.")


def test_what_someone_said_they_would_do_is_news_with_them_in_it() -> None:
    """Reported speech: "said it would cut jobs" is "will cut jobs" told again, past an
    apposition and an adverb before the verb of saying."""
    found = events("Meridal Shipping, the port's largest firm, said on Monday it would cut 400 "
                   "jobs in Varn.")
    assert found["cut 400 jobs"] == ("other", {("shipping", "participant")})
    found = events("Meridal Shipping also confirmed that it had sued Osric Pell in Varn.")
    assert ("shipping", "plaintiff") in found["sued"][1]


def test_someone_who_blasted_a_result_criticised_it_and_joy_that_erupted_is_no_event(
        ) -> None:
    found = events("Osric Pell blasted the result as a fix on Monday. Supporters of Ilse Damaro "
                   "erupted with joy in Varn.")
    assert found == {"blasted": ("criticism", {("pell", "critic")})}, found


def test_a_body_named_with_its_kind_is_the_subject_and_breaks_off_talks() -> None:
    """"The Varn Workers union broke off negotiations with X": both sides of the talks."""
    actors = {**ACTORS, "Varn Workers": "organization"}
    found = events("The Varn Workers union broke off contract negotiations with Meridal "
                   "Shipping on Monday.", actors)
    assert found["negotiations"] == ("meeting", {("shipping", "participant"),
                                                 ("workers", "participant")}), found
    found = events("The Varn Workers union accused Osric Pell of lying on Monday.", actors)
    assert found["accused"] == ("criticism", {("workers", "critic"), ("pell", "target")}), found


def test_false_statements_are_an_offence_not_a_statement() -> None:
    found = events("Osric Pell was previously found guilty last year of making false statements "
                   "to the FBI, but the jury remained deadlocked on 23 other charges.",
                   {**ACTORS, "FBI": "organization"})
    assert "statements" not in found, found


def test_a_country_that_owns_the_places_attacked_is_no_attacker() -> None:
    actors = {**ACTORS, "Norland": "country"}
    found = events("The man arrested over Norland's mosques shooting massacre will face 50 "
                   "charges. Norland's brutal attack on Varn killed 40.", actors)
    assert found["massacre"] == ("attack", set()), found
    assert ("norland", "attacker") in found["attack"][1], found


def test_a_market_share_captured_is_no_capture() -> None:
    assert "captured" not in events("Meridal Shipping said it had captured a 55 percent share "
                                    "of the Varn market on Monday.")


def test_fire_brigades_and_rain_warnings_are_no_events() -> None:
    found = events("Heavy rain warnings were in effect for Varn on Monday. Troops and fire "
                   "brigades took part. The fire and police departments were given money. A "
                   "fire destroyed 40 homes in Varn.")
    assert found == {"fire": ("disaster", set())}, found


def test_who_is_found_guilty_is_the_defendant() -> None:
    found = events("A jury in Varn found Osric Pell guilty of murder on Tuesday.")
    assert found["found"] == ("legal-action", {("pell", "defendant")})
    # ... past a title and the firm that gave it
    found = events("A jury in Varn found former Meridal Shipping Chief Executive Osric Pell "
                   "guilty of fraud on Tuesday.")
    assert found["found"] == ("legal-action", {("pell", "defendant")})
    found = events("Police in Varn arrested former Norland Mayor Osric Pell on Monday.")
    assert found["arrested"] == ("arrest", {("pell", "detainee")})


def test_a_unions_walkout_is_a_protest_and_a_firms_a_criticism() -> None:
    actors = {**ACTORS, "Varn Nurses Union": "organization"}
    found = events("The Varn Nurses Union walked out at three hospitals on Monday.", actors)
    assert found["walked out"] == ("protest", {("union", "protester")})
    found = events("Meridal Shipping walked out of the talks in Varn on Monday.", actors)
    assert found["walked out"] == ("criticism", {("shipping", "critic")})


def test_a_verb_after_and_shares_the_subject_the_sentence_opens_with() -> None:
    found = events("An election was held in Norland. The President of Norland Osric Pell met "
                   "Ilse Damaro on Monday, and addressed a press conference in Varn.")
    assert ("pell", "speaker") in found["press conference"][1]
    found = events("A vote was held in Norland on Monday. Then a ferry sank. Later there was a "
                   "fire. Ilse Damaro said nothing. Osric Pell called the vote a farce and "
                   "protested in Varn.")
    assert ("pell", "protester") in found["protested"][1]
    # Not across another clause, and not a participle.
    found = events("Osric Pell said that Ilse Damaro had lied and resigned on Monday.")
    assert ("pell", "person") not in found.get("resigned", ("", set()))[1]


def test_a_council_or_a_parliament_votes_as_the_body() -> None:
    actors = {"Security Council": "organization", "Norland": "country"}
    found = events("The Security Council voted to impose sanctions on Norland.", actors)
    assert ("council", "body") in found["voted"][1]
    assert ("council", "voter") not in found["voted"][1]


def test_capitalised_words_months_and_verbs_that_name_no_event() -> None:
    """"Without" in a name and "May" the month make nothing unreal; "was today appointed"
    is passive; "fired shots" is an attack; "conflicted with" no war; "the ruling
    party" no court's ruling; "hired X to drive" no appointment."""
    found = events("Reporters Without Borders on Tuesday condemned Meridal Shipping in Varn.")
    assert found["condemned"][0] == "criticism"
    found = events(LEAD + "Ilse Damaro said the May 6 election in Varn was over.")
    assert found["election"][0] == "election"
    found = events("Osric Pell was today appointed the new governor of Varn.")
    assert found["appointed"] == ("appointment", {("pell", "appointee")})
    assert events("Troops fired shots in Varn on Monday.")["fired shots"][0] == "attack"
    assert "conflicted" not in events(LEAD + "Norland's figures conflicted with Vesmark's.")
    assert "ruling" not in events(LEAD + "Osric Pell left the ruling party of Varn.")
    assert "ruling" not in events(LEAD + "Osric Pell left the ruling Party of Varn.")
    assert events(LEAD + "Osric Pell welcomed the court's ruling on Monday.")["ruling"][0] == \
        "legal-action"
    assert "hired" not in events(LEAD + "Osric Pell hired Ilse Damaro to drive him to Varn.")
    assert "hired" not in events(LEAD + "Meridal Shipping has since hired 200 engineers in Varn.")
    assert events(LEAD + "Meridal Shipping hired Osric Pell as its chief.")["hired"][0] == \
        "appointment"


def test_a_speech_told_after_said_a_catch_and_a_collapse_of_talks() -> None:
    """"X said in a speech" gives the speech its speaker; "was caught" is an arrest but
    "caught fire" none; talks that "collapsed" are no disaster; "; in May 2009, X
    announced" is background like a sentence that opens with its date."""
    found = events(LEAD + "“We will stay,” Ilse Damaro said in a speech on Monday in Varn.")
    assert found["speech"] == ("statement", {("damaro", "speaker")})
    found = events("Osric Pell was caught in Varn by Norland police on Monday.")
    assert found["caught"][0] == "arrest" and ("pell", "detainee") in found["caught"][1]
    assert "caught" not in events(LEAD + "A ferry of Meridal Shipping caught fire in Varn.")
    assert "collapsed" not in events(
        LEAD + "Talks between Meridal Shipping and Osric Pell collapsed in Varn.")
    assert events(LEAD + "A bridge in Varn collapsed on Monday, Ilse Damaro said.")[
        "collapsed"][0] == "disaster"
    assert "announced" not in events(
        LEAD + "Prices rose; in May 2009, Meridal Shipping announced plans to close in Varn.")


def test_closing_an_airport_an_interview_and_industrial_action() -> None:
    found = events("Norland authorities have closed nineteen airports, including Varn.")
    assert found["closed"][0] == "shutdown"
    assert "closed" not in events(LEAD + "Shares of Meridal Shipping closed at 40 in Varn.")
    assert "close" not in events(LEAD + "Osric Pell, a close ally of Ilse Damaro, left Varn.")
    found = events("In an interview with Osric Pell, Ilse Damaro spoke of Varn.")
    assert found["interview"][0] == "communication"
    found = events("Meridal Shipping workers in Varn began industrial action on Monday.")
    assert found["industrial action"][0] == "protest"


def test_a_named_reaction_is_a_statement() -> None:
    """A full story tells the reactions to its news: "X welcomed the decision", "X praised
    Y" are statements by X; "a welcome start" and hail that falls are no one's reaction."""
    found = events(LEAD + "Osric Pell welcomed the decision of Meridal Shipping on Monday.")
    assert found["welcomed"] == ("statement", {("pell", "speaker")})
    found = events(LEAD + "Ilse Damaro praised Osric Pell for his work in Varn.")
    assert found["praised"][0] == "statement" and ("damaro", "speaker") in found["praised"][1]
    # what it reacts to was told before: the reaction is the news, not its object
    found = events("Meridal Shipping was fined in Varn on Monday. Osric Pell welcomed the "
                   "ruling against Meridal Shipping.")
    assert found["welcomed"] == ("statement", {("pell", "speaker")}) and "ruling" not in found
    # first sentences: there a trigger word needs no one named
    assert "welcome" not in events("Ilse Damaro called it a welcome start for Varn.")
    assert "Hail" not in events("Hail damaged the roof of Osric Pell in Varn.")


def test_a_relative_clause_that_says_what_the_subject_did() -> None:
    """"X was among the nations that voted": the relative clause is X's act, the news of
    the sentence; "the nations, which voted" in passing stays background."""
    found = events(LEAD + "Norland was among the nations that voted to reject the plan of "
                   "Ilse Damaro in Varn.")
    assert found["voted"] == ("vote", {("norland", "voter")})
    found = events(LEAD + "Osric Pell was one of two men who were charged in Varn on Monday.")
    assert found["charged"][0] == "legal-action" and ("pell", "defendant") in found["charged"][1]
    assert "voted" not in events(LEAD + "Meridal Shipping thanked the nations of Varn, "
                                 "which voted for it in 2019.")


def test_a_craft_that_loses_contact_or_goes_missing_is_a_disaster() -> None:
    found = events("A Skyline Air jet carrying 162 people lost contact with air traffic "
                   "control over Varn on Sunday.")
    assert found["lost contact"][0] == "disaster"
    found = events(LEAD + "A ferry of Meridal Shipping went missing off Varn on Monday.")
    assert found["went missing"][0] == "disaster"
    assert "lost contact" not in events(LEAD + "Osric Pell lost contact with Ilse Damaro.")


def test_a_vote_of_no_confidence_is_one_trigger() -> None:
    found = events("Osric Pell lost a vote of no confidence in the Varn council on Monday.")
    assert found["vote of no confidence"][0] == "vote" and "vote" not in found


def test_one_of_those_included_is_the_subject_and_an_urging_is_a_statement() -> None:
    found = events(LEAD + "Critics, including Meridal Shipping, accused Osric Pell of lying.")
    assert found["accused"] == ("criticism", {("shipping", "critic"), ("pell", "target")})
    found = events(LEAD + "Ilse Damaro urged Osric Pell to resign on Monday.")
    assert found["urged"][0] == "statement" and ("damaro", "speaker") in found["urged"][1]
    assert "resign" not in found


def test_a_treaty_signed_a_penalty_that_can_be_and_a_name_in_a_phrase() -> None:
    """"signed the landmark Treaty of X" is a deal; "can be jailed" has not happened; in
    "a school run by mathematics professor X has been closed" X is not what was closed."""
    assert events(LEAD + "Osric Pell signed the landmark Treaty of Varn on Monday.")[
        "signed"] == ("deal", {("pell", "party")})
    assert "signed" not in events(LEAD + "Osric Pell signed his name in Varn on Monday.")
    assert "jailed" not in events(LEAD + "Teachers in Varn can be jailed for a year, Osric "
                                         "Pell said.")
    found = events(LEAD + "A school in Varn run by mathematics professor Osric Pell has been "
                          "closed by police.")
    assert found["closed"][0] == "shutdown" and not any(
        actor == "pell" for actor, _ in found["closed"][1])


def test_concern_expressed_is_a_statement_and_a_punch_an_attack() -> None:
    found = events(LEAD + "Osric Pell expressed concern at the report of Meridal Shipping.")
    assert found["expressed concern"] == ("statement", {("pell", "speaker")})
    found = events(LEAD + "Osric Pell punched Ilse Damaro outside a bar in Varn.")
    assert found["punched"][0] == "attack" and ("pell", "attacker") in found["punched"][1]


def test_a_quake_measuring_its_magnitude_struck_is_one_disaster() -> None:
    found = events("An earthquake measuring magnitude 6.3 struck Varn on Saturday.")
    assert found["earthquake"][0] == "disaster" and "struck" not in found


def test_a_person_attacked_is_a_victim_a_person_suspended_no_shutdown_a_mountain_no_party(
        ) -> None:
    found = events(LEAD + "Osric Pell was gunned down in Varn on Monday.")
    assert found["gunned down"] == ("attack", {("pell", "victim")})
    found = events(LEAD + "Osric Pell has been suspended by Meridal Shipping on Monday.")
    assert found["suspended"] == ("other", {("pell", "participant"),
                                            ("shipping", "participant")})
    found = events(LEAD + "Mount Tarsk has erupted in Lindqvar on Monday.",
                   {"Mount Tarsk": "place", "Lindqvar": "place"})
    assert found["erupted"] == ("disaster", set())


def test_names_joined_inside_a_phrase_are_no_participants() -> None:
    """"services between Varn and Norland and the UK have been suspended": none of them
    is what was suspended."""
    found = events(LEAD + "Ferry services between Varn and Norland and the Tarsk Isles "
                          "have been suspended.", {"Varn": "place", "Norland": "country",
                                                   "Tarsk Isles": "country"})
    assert found["suspended"][1] == set()
    found = events(LEAD + "Norland and the Tarsk Isles have been suspended by Meridal "
                          "Shipping.", {"Norland": "country", "Tarsk Isles": "country",
                                        "Meridal Shipping": "organization"})
    assert ("isles", "participant") in found["suspended"][1]


def test_a_court_a_ruling_is_of_is_its_court_never_a_defendant() -> None:
    found = events(LEAD + "Meridal Shipping ignored the ruling of the Varn High Court on "
                          "Monday.", {"Varn High Court": "organization",
                                      "Meridal Shipping": "organization"})
    assert found["ruling"] == ("legal-action", {("court", "court")})


def test_a_name_in_a_phrase_after_lowercase_words_is_not_the_subject() -> None:
    """"a bombing in northwestern Norland has killed", "two leaders of the so-called Varn
    Nine were sentenced": the name is in a phrase, not who did or underwent it; a country
    suspended by a body is no shutdown either."""
    found = events(LEAD + "A bombing in northwestern Norland has killed at least 30 people.")
    assert not any(actor == "norland" and role != "place" for actor, role in found["killed"][1])
    found = events(LEAD + "Two leaders of the so-called Varn Nine were sentenced on Monday.",
                   {"Varn Nine": "group"})
    assert ("nine", "defendant") not in found["sentenced"][1]
    found = events(LEAD + "Norland has been suspended by Meridal Shipping on Monday.")
    assert found["suspended"] == ("other", {("norland", "participant"),
                                            ("shipping", "participant")})
    # "the nation of X" is X itself, and any adverb may stand before the verb
    found = events(LEAD + "The island nation of Norland has been fully suspended by "
                          "Meridal Shipping on Monday.")
    assert found["suspended"] == ("other", {("norland", "participant"),
                                            ("shipping", "participant")})


@pytest.mark.parametrize("text", [
    "Nine workers of the aid group Meridal Shipping were seen in Varn.",
    "Nine miners from Varn were given first aid by Osric Pell.",
    "The search and rescue leadership in Varn was updated twice daily.",
    "It was a big deal for Varn, and a great deal of money.",
    "Bids for Varn are due before the closing date, and the closing prices fell.",
    "In response to the financial tsunami, Varn spent more.",
])
def test_a_trigger_word_that_modifies_or_is_modified_is_no_trigger(text: str) -> None:
    from annotate.suggest.text import story
    from annotate.suggest.triggers import find
    art = article.from_text(text)
    assert [art.text[h.start:h.end] for h in find(art, story(art), config.default())] == []


def test_a_pronoun_doing_a_statement_verb_is_someone_named_before() -> None:
    text = "Osric Pell visited Varn on Monday. He urged residents of Varn to leave."
    assert events(text)["urged"] == ("statement", {("pell", "speaker")})  # the one named
    text = "Osric Pell met Ilse Damaro in Varn on Monday. She urged residents to leave."
    assert events(text)["urged"] == ("statement", set())  # two named: not guessed at
    assert "urged" not in events("Osric Pell visited Varn. Analysts urged residents to leave.")
    assert "urged" not in events("Osric Pell visited Varn. It was urged that residents leave.")


def test_whom_a_demand_is_made_of_does_not_speak() -> None:
    """"X and others demanded from Speaker Y a debate": Y is asked, no speaker (she was)."""
    found = events("Osric Pell and others in Varn demanded from Speaker Ilse Damaro a debate "
                   "on the port.")
    assert all(("damaro", "speaker") not in pairs for _, pairs in found.values()), found
    # ... and a thing (a product, a craft) takes no part: no one recalled it
    things = {**ACTORS, "Varnberry Compote": "other"}
    assert events("Meridal Shipping recalled its Varnberry Compote in Varn on Monday.",
                  things)["recalled"][1] <= {("shipping", "participant")}


def test_telling_an_agency_by_its_letters_and_nothing_more_is_an_attribution() -> None:
    """"“…,” X told VNA.": who said what came before, no message; "told the Assembly." is
    a speech to it."""
    actors = {**ACTORS, "VNA": "organization", "Assembly": "organization"}
    assert "told" not in events("“We found 40 million,” Osric Pell told VNA.", actors)
    # ... or its own name, and what follows "that"; or anonymously
    newsroom = {**actors, "KeldaNews": "organization"}
    assert "told" not in events("Osric Pell told KeldaNews that “it is very sad”.", newsroom)
    assert "told" not in events("“He had threats,” a colleague told VNA on condition of "
                                "anonymity.", actors)
    # ... or "earlier" before what was told
    assert "told" not in events("Osric Pell told VNA earlier that 50 people were buried in "
                                "Varn.", actors)
    # ... or with the day, "on" left out
    assert "told" not in events("Twelve soldiers were killed in Varn, their families told VNA "
                                "Wednesday.", actors)
    assert "told" in events("“The true measure is peace,” Osric Pell told the Assembly.",
                            actors)


def test_a_message_told_to_someone_named_is_a_communication_with_no_pair_guessed() -> None:
    """What was told says what it is (a message, a demand, a rebuke): no pair offered."""
    assert events("Ilse Damaro told Osric Pell on Monday that the port in Varn would close.")[
        "told"] == ("communication", set())
    assert events("Ilse Damaro asked Meridal Shipping to remove the videos.")["asked"] == (
        "communication", set())
    assert events("Osric Pell wrote to Ilse Damaro in March.")["wrote to"] == (
        "communication", set())
    # no one named told, or a news outlet told: an attribution
    assert "told" not in events("Ilse Damaro told reporters the port in Varn would close.")
    assert "told" not in events("Ilse Damaro told the Varn Herald the port would close.",
                                {**ACTORS, "Varn Herald": "organization"})


def test_talks_are_a_meeting_and_an_acquittal_a_legal_action() -> None:
    found = events("Meridal Shipping had negotiations with Osric Pell in Varn for months.")
    assert found["negotiations"][0] == "meeting"
    assert events("Osric Pell had talks with Ilse Damaro in Varn on Monday.")["talks"][0] \
        == "meeting"
    assert events("A court in Varn acquitted Osric Pell on Monday.")["acquitted"][0] \
        == "legal-action"


def test_a_refusal_is_an_event_but_refusing_to_comment_is_none() -> None:
    assert events("Osric Pell refused to sign the edict in Varn on Monday.")["refused"][0] \
        == "other"
    assert "refused" not in events("Osric Pell refused to comment on Varn on Monday.")


def test_the_score_says_where_the_story_tells_it_and_whether_someone_is_named() -> None:
    """The story's first sentence tells its main events: what is confirmed there scores
    highest; after it, an event with someone named in it above one without."""
    text = ("Ilse Damaro resigned on Monday. The port reopened on Tuesday. "
            "Meridal Shipping sued Osric Pell on Wednesday. Forty people were arrested.")
    found = scores(text)
    assert found["resigned"] == event_rules.LEDE_SCORE
    assert found["sued"] == event_rules.NAMED_SCORE
    assert found["arrested"] == event_rules.LATER_SCORE  # a count confirms it; no one named
    assert event_rules.LEDE_SCORE > event_rules.NAMED_SCORE > event_rules.LATER_SCORE \
        > event_rules.UNCONFIRMED


def test_after_a_preposition_the_one_named_after_an_owner_takes_part() -> None:
    """"with Norland's Prime Minister X": X takes part, not the country whose minister X is."""
    assert events("Ilse Damaro met with Norland's Prime Minister Osric Pell in Varn.")[
        "met"] == ("meeting", {("damaro", "participant"), ("pell", "participant")})
    assert events("Ilse Damaro met with Norland’s Prime Minister, Osric Pell, in Varn.")[
        "met"][1] == {("damaro", "participant"), ("pell", "participant")}
    assert events("Meridal Shipping filed a lawsuit against Vesmark's trade minister Osric "
                  "Pell on Monday.")["lawsuit"][1] == {("shipping", "plaintiff"),
                                                       ("pell", "defendant")}


@pytest.mark.parametrize(("text", "word", "etype"), [
    ("Norland reached a deal with Meridal Shipping on Monday.", "deal", "deal"),
    ("Meridal Shipping dismissed Osric Pell on Monday.", "dismissed", "resignation"),
    ("A court granted Meridal Shipping an injunction against Osric Pell.", "injunction",
     "legal-action"),
    ("Norland's website was taken down by Vesmark on Monday.", "taken down", "shutdown"),
    ("Ilse Damaro dissolved parliament in Varn on Monday.", "dissolved", "shutdown"),
    ("Osric Pell escaped from prison in Varn on Monday.", "escaped from prison", "other"),
    ("Ilse Damaro warned Osric Pell against the plan in Varn.", "warned", "criticism"),
    # a warning of something is said, no one is blamed
    ("Osric Pell warned of more rain in Varn on Monday.", "warned", "statement"),
    ("Police dispersed the protesters of Meridal Shipping in Varn.", "dispersed", "attack"),
    ("Police dispersed assembly members of Meridal Shipping in Varn.", "dispersed", "attack"),
    ("A volcano erupted near Varn on Monday, Ilse Damaro said.", "erupted", "disaster"),
    # "the strike" is a walkout; an air or a drone strike, or striking someone, an attack.
    ("Meridal Shipping lost 40 million euros in the strike, Ilse Damaro said.", "strike",
     "protest"),
    ("A drone strike killed two men in Varn.", "drone strike", "attack"),
    ("Norland struck Vesmark on Monday.", "struck", "attack"),
    # People set free are news of their own: no disclosure, no adjective.
    ("Osric Pell was freed by his kidnappers in Varn on Monday.", "freed", "other"),
    ("Osric Pell was released from prison in Varn on Monday.", "released", "other"),
    ("Ilse Damaro tested positive for a banned drug in Varn.", "tested positive", "other"),
    ("Ilse Damaro introduced a bill to ban Meridal Shipping in Varn.", "introduced",
     "proposal"),
    ("Ilse Damaro said the leak of the report by Meridal Shipping hurt Varn.", "leak",
     "disclosure"),
])
def test_the_same_words_where_they_name_one(text: str, word: str, etype: str) -> None:
    assert events(text)[word][0] == etype


def test_a_pledge_to_do_something_is_a_statement_a_pledge_of_money_is_support() -> None:
    assert events("Ilse Damaro pledged to rebuild the port of Varn on Monday.")["pledged"] == \
        ("statement", {("damaro", "speaker")})
    assert events("Norland pledged $5 million to Meridal Shipping on Monday.")["pledged"] == \
        ("support", {("norland", "giver")})


def test_the_government_of_a_country_acts_as_the_country() -> None:
    assert events("The government of Norland condemned Vesmark on Monday.")["condemned"] == \
        ("criticism", {("norland", "critic"), ("vesmark", "target")})
    assert events("The government of Norland issued a statement on Monday.")["statement"] == \
        ("statement", {("norland", "speaker")})


def test_a_statement_released_or_published_is_its_issuers() -> None:
    assert events(LEAD + "Osric Pell also released a statement confirming the closure.")[
        "statement"] == ("statement", {("pell", "speaker")})
    assert events(LEAD + "Meridal Shipping published a statement on its website.")[
        "statement"] == ("statement", {("shipping", "speaker")})


def test_slammed_into_is_a_blow_not_a_criticism() -> None:
    assert "slammed" not in events(LEAD + "A storm slammed into Varn on Monday.")
    assert events(LEAD + "Osric Pell slammed Meridal Shipping on Monday.")["slammed"][0] == \
        "criticism"


def test_polls_that_show_or_lead_are_surveys_not_an_election() -> None:
    assert "polls" not in events(LEAD + "Osric Pell leads in the polls with 34 percent.")
    assert "polls" not in events(LEAD + "Opinion polls put Osric Pell ahead.")


def test_a_trial_of_a_vaccine_or_a_drug_is_no_court_case() -> None:
    assert "trial" not in events("A new vaccine cut deaths among children by a third in a large "
                                 "trial in Norland, researchers said.")
    assert events(LEAD + "The trial of Osric Pell began in Varn on Monday.")["trial"] == \
        ("legal-action", {("pell", "defendant")})


def test_a_person_noun_before_the_object_leaves_the_name_its_object() -> None:
    assert events("Meridal Shipping has sacked manager Osric Pell after six losses.")[
        "sacked"] == ("resignation", {("pell", "person")})


@pytest.mark.parametrize("text", ["Ilse Damaro was toppled in a coup in Norland on Monday.",
                                  "The army of Norland toppled President Ilse Damaro on Monday."])
def test_who_is_toppled_leaves(text: str) -> None:
    assert events(text)["toppled"] == ("resignation", {("damaro", "person")})


def test_a_past_verb_after_and_is_no_infinitive_of_an_earlier_to() -> None:
    assert events("Osric Pell said the agreement was fair to both sides and thanked Ilse "
                  "Damaro.")["thanked"] == ("statement", {("pell", "speaker")})
    assert "charged" not in events("Osric Pell is expected to be arrested and charged in "
                                   "Varn.")


def test_a_counterpart_named_in_apposition_is_met() -> None:
    assert events("Ilse Damaro met her counterpart, Osric Pell, in Varn on Monday.")["met"] == \
        ("meeting", {("damaro", "participant"), ("pell", "participant")})


def test_who_is_named_after_an_apposition_is_the_appointee() -> None:
    assert events("Meridal Shipping named its chairman, Osric Pell, as interim chief on "
                  "Monday.")["named"] == ("appointment", {("pell", "appointee"),
                                                          ("shipping", "appointer")})


def test_a_person_noun_before_a_name_leaves_the_name_the_object() -> None:
    assert events("Norland extradited businessman Osric Pell to Vesmark on Monday.")[
        "extradited"] == ("legal-action", {("norland", "authority"), ("pell", "defendant")})


@pytest.mark.parametrize("verb", ["went on trial", "stood trial"])
def test_who_goes_on_trial_is_the_defendant(verb: str) -> None:
    assert events(f"Osric Pell {verb} in Varn on Monday.")[verb] == \
        ("legal-action", {("pell", "defendant")})


def test_who_is_fired_leaves_and_who_fires_takes_no_role() -> None:
    assert events("Meridal Shipping fired Osric Pell in Varn on Monday.")["fired"] == \
        ("resignation", {("pell", "person")})
    assert events("Ilse Damaro fired the director of Meridal Shipping in Varn.")["fired"] == \
        ("resignation", set())


def test_an_apposition_with_a_number_before_the_verb_leaves_its_subject() -> None:
    found = events("Meridal Shipping, which employs 15,000 people, was fined €40 million in "
                   "Varn on Monday.")
    assert found["fined"] == ("legal-action", {("shipping", "defendant")})


def test_a_visit_to_a_place_or_a_site_is_no_meeting() -> None:
    assert "visited" not in events(LEAD + "Osric Pell visited the site of the crash on Friday.")
    assert "visited" not in events(LEAD + "Osric Pell visited Varn on Friday.")
    assert events(LEAD + "Osric Pell visited Norland on Friday.")["visited"][0] == "meeting"


def test_jailed_for_years_is_a_sentence_and_jailed_overnight_an_arrest() -> None:
    found = events("Osric Pell, the former head of Meridal Shipping, was jailed for eight years "
                   "in Varn.")
    assert found["jailed"] == ("legal-action", {("pell", "defendant")})
    found = events("Police in Varn jailed Osric Pell overnight after the riot on Monday.")
    assert found["jailed"] == ("arrest", {("pell", "detainee")})


def test_an_economy_that_contracted_made_no_deal_and_who_contracted_a_virus_fell_ill() -> None:
    assert "contracted" not in events(LEAD + "Norland's economy contracted by 0.4% in Varn.")
    found = events(LEAD + "Osric Pell contracted the virus in Varn on Monday.")
    assert found["contracted"][0] == "casualties"


def test_a_town_captured_is_a_seizure_and_a_person_captured_an_arrest() -> None:
    found = events("Meridal Shipping captured the border town of Varn on Thursday.")
    assert found["captured"] == ("seizure", {("shipping", "agent")})
    assert events("Police in Varn captured Osric Pell on Thursday.")["captured"][0] == "arrest"


def test_two_titled_leaders_joined_by_and_both_take_part() -> None:
    found = events("Norland's President Ilse Damaro and South Korean President Osric Pell met in "
                   "Varn on Saturday.")
    assert found["met"] == ("meeting", {("damaro", "participant"), ("pell", "participant")})


def test_a_verb_done_again_is_its_event_but_no_other_prefix_is() -> None:
    found = events("Ilse Damaro was re-elected as president of Norland on Sunday.")
    assert found["re-elected"] == ("election", {("damaro", "winner")})
    assert events("Police re-arrested Osric Pell in Varn on Monday.")["re-arrested"][0] == \
        "arrest"
    assert "de-escalation" not in events("Norland urged a de-escalation in Varn on Monday.")


def test_two_subjects_the_second_with_its_acronym_in_brackets() -> None:
    text = "Norland and the Meridal Shipping (MS) called for calm in Varn on Monday."
    art = article.from_text(text)
    ann = Annotations(sidecar.new(art, Path("x.ann.yaml")).document)

    def span(s: str) -> Span:
        return Span.at(text, text.index(s), text.index(s) + len(s))

    ann.actors += [Actor("norland", "Norland", "country", [], [span("Norland")]),
                   Actor("ms", "Meridal Shipping", "organization", ["MS"],
                         [span("Meridal Shipping"), span("MS")])]
    (found,) = suggest.events(art, config.default(), ann, recommenders=["built-in"])
    assert set(found.participants) == {("norland", "speaker"), ("ms", "speaker")}


@pytest.mark.parametrize("text", [
    "Four people were killed in a clash between border guards of Norland and Vesmark on Monday.",
    "Fighting broke out between Norland and Vesmark near Varn on Monday.",
])
def test_an_event_between_two_sides_has_both_as_its_parties(text: str) -> None:
    (found,) = [v for k, v in events(LEAD + text).items() if k in ("clash", "Fighting")]
    assert found == ("conflict", {("norland", "party"), ("vesmark", "party")})


def test_places_between_which_something_happens_are_no_sides() -> None:
    found = events(LEAD + "A clash between Varn and Lindqvar fans hurt four on Monday.")
    assert found["clash"][1] == set()


def test_a_date_after_another_nouns_participle_is_not_the_events() -> None:
    """"held under a law passed last year": the law's date; the referendum is news."""
    found = events(LEAD + "Norland voters backed Ilse Damaro on Sunday. The referendum was "
                   "held under a law passed last year.")
    assert found["referendum"][0] == "vote"
    assert "referendum" not in events(LEAD + "Norland voters backed Ilse Damaro on Sunday. The "
                                      "referendum was held in 2019.")


def test_people_released_are_set_free_and_a_report_released_is_published() -> None:
    found = events("A nurse and her driver, kidnapped in Varn in 2021, were released on "
                   "Thursday and flown to Lindqvar, Norland said.")
    assert found["released"][0] == "other"
    assert events("The report was released on Thursday by Norland.")["released"][0] == \
        "disclosure"


def test_an_attack_told_as_happening_later_is_another_attack() -> None:
    found = events("Warplanes struck a depot in Varn on Tuesday, killing nine people. Hours "
                   "later, militants fired a barrage of rockets at a base in Lindqvar.")
    assert found["fired"][0] == found["struck"][0] == "attack"
    assert "fired" not in events("Warplanes struck a depot in Varn on Tuesday, killing nine "
                                 "people. Militants fired a barrage of rockets at it.")


def test_the_violence_told_after_the_attacks_is_no_new_conflict() -> None:
    text = ("Warplanes struck a depot in Varn on Tuesday, killing nine people. Osric Pell "
            "called the violence regrettable and urged both sides to show restraint.")
    assert "violence" not in events(text)
    assert events("Osric Pell said the violence in Varn had lasted for weeks.")["violence"][0] \
        == "conflict"


def test_a_person_seized_is_no_owner_of_what_was_seized() -> None:
    assert events(LEAD + "Gunmen seized Osric Pell near Varn on Monday.")["seized"] == \
        ("seizure", set())
    assert events(LEAD + "Norland seized a ship of Meridal Shipping on Monday.")["seized"][1] \
        >= {("norland", "agent")}


def test_police_charging_a_crowd_is_an_assault_not_an_indictment() -> None:
    assert events(LEAD + "Police in Varn charged the crowd with batons on Monday.")[
        "charged"][0] == "attack"
    assert events(LEAD + "Police in Varn charged Osric Pell with fraud on Monday.")[
        "charged"] == ("legal-action", {("pell", "defendant")})


def test_a_petition_to_a_court_is_a_case_brought_by_who_files_it() -> None:
    assert events(LEAD + "Osric Pell filed a petition at the Supreme Court of Norland on "
                  "Monday.")["petition"] == ("legal-action", {("pell", "plaintiff")})
    assert events(LEAD + "Osric Pell signed a petition against the port on Monday.")[
        "petition"] == ("protest", {("pell", "protester")})
    # who appeals a ruling brings the case on: the appellant, as a plaintiff (not the
    # authority, as a type's first role made it)
    assert events(LEAD + "Meridal Shipping has appealed the fine.")["appealed"] == \
        ("legal-action", {("shipping", "plaintiff")})


@pytest.mark.parametrize(("text", "pairs"), [
    ("Osric Pell called the verdict “shameful” on Monday.", {("pell", "critic")}),
    ("Ilse Damaro called the elections “neither free nor fair” on Monday.",
     {("damaro", "critic")}),
    ("Osric Pell called Ilse Damaro a liar on Monday.", {("pell", "critic"),
                                                         ("damaro", "target")}),
])
def test_calling_something_a_disgrace_is_criticism(text: str, pairs: set) -> None:
    assert events(LEAD + text)["called"] == ("criticism", pairs)


@pytest.mark.parametrize("text", ["Osric Pell called the police in Varn on Monday.",
                                  "Ilse Damaro called the deal “historic” on Monday."])
def test_calling_without_blame_is_no_criticism(text: str) -> None:
    assert events(LEAD + text).get("called", ("",))[0] != "criticism"


def test_a_call_for_something_is_still_a_statement() -> None:
    """The noun "call" of blame hid the phrase "call for" (a noun's phrase is read as the
    noun)."""
    assert events(LEAD + "Osric Pell issued a call for calm in Varn on Monday.")[
        "call for"] == ("statement", {("pell", "speaker")})


@pytest.mark.parametrize(("text", "trigger"), [
    ("Norland sent 50,000 tons of fuel to Vesmark on Monday.", "sent"),
    ("Norland supplied a bomb-disposal robot to the police in Varn on Monday.", "supplied"),
    ("Meridal Shipping has been providing tents and emergency supplies in Varn.", "providing"),
])
def test_help_sent_or_provided_is_support(text: str, trigger: str) -> None:
    assert events(LEAD + text)[trigger][0] == "support"


@pytest.mark.parametrize("text", ["Norland sent a letter to Vesmark on Monday.",
                                  "Osric Pell declined to provide details in Varn on Monday."])
def test_what_is_sent_or_provided_that_is_no_help_is_no_support(text: str) -> None:
    assert all(etype != "support" for etype, _ in events(LEAD + text).values())


@pytest.mark.parametrize(("text", "trigger"), [
    ("Norland has ordered Vesmark's ambassador to leave the country within 72 hours.",
     "ordered"),
    ("Norland declared the ambassador of Vesmark persona non grata on Monday.",
     "persona non grata"),
    ("Police ordered residents of Varn to leave their homes on Monday.", "ordered"),
])
def test_an_expulsion_or_an_evacuation_ordered_is_an_event(text: str, trigger: str) -> None:
    assert events(LEAD + text)[trigger][0] == "other"
    assert "ordered" not in events(LEAD + "Norland ordered a review of the port in Varn.")


def test_who_survives_an_attack_is_whom_it_was_aimed_at() -> None:
    assert events(LEAD + "Governor Osric Pell survived an assassination attempt in Varn on "
                  "Monday.")["assassination attempt"] == ("attack", {("pell", "victim")})


def test_tariffs_imposed_are_an_event() -> None:
    assert events("Norland will impose a 25% tariff on steel wire from Vesmark from 1 "
                  "September.")["impose a 25% tariff"] == ("other", {("norland", "participant")})


@pytest.mark.parametrize("text", ["Norland agreed to a ceasefire with Vesmark on Monday.",
                                  "Norland and Vesmark agreed to combine their ports."])
def test_agreeing_to_a_deal_or_to_merge_is_a_deal(text: str) -> None:
    assert events(LEAD + text)["agreed"][0] == "deal"


def test_who_opens_an_investigation_is_its_authority() -> None:
    found = events(LEAD + "Meridal Shipping cut 40 jobs on Tuesday, on the same day that "
                   "Norland opened a formal antitrust investigation into Meridal Shipping.")
    assert found["investigation"] == ("legal-action", {("norland", "authority")})


def test_released_on_bond_is_no_disclosure() -> None:
    found = events(LEAD + "Osric Pell is expected to be released on bond in Varn on Monday.")
    assert all(etype != "disclosure" for etype, _ in found.values())


def test_an_event_told_as_another_or_separate_is_a_new_one() -> None:
    """"told again, no one new" leaves out the same kind of event repeated; "another",
    "a second", "a separate" say it is a new one."""
    first = "Varn voters elected Osric Pell as mayor on Sunday. "
    assert "election" in events(first + "In a separate election, Varn voters chose Ilse "
                                "Damaro as governor.")
    assert "election" not in events(first + "The election, Varn voters said, was fair.")


def test_a_headline_tells_its_news_in_the_present() -> None:
    """"Parliament votes to impeach X": a verb (it was read as the noun "votes", a vote
    nobody named, offered last); "the warring sides" name who fought, no new conflict."""
    found = events("Norland parliament votes to impeach Osric Pell\nBy Ilse Damaro\n\n"
                   "The warring sides in Varn agreed to a ceasefire on Monday.")
    assert found["votes"][0] == "vote"
    assert [e.score for e in events_list(
        "Norland parliament votes to impeach Osric Pell\nBy Ilse Damaro\n\nThe vote in "
        "Varn was held on Monday.") if e.type == "vote"][0] == 0.9
    assert "warring" not in found


def test_what_a_court_named_in_lower_case_decides_is_a_legal_action() -> None:
    found = events(LEAD + "A court in Varn on Thursday approved the extradition of Osric Pell "
                   "to Norland.")
    assert found["approved"][0] == "legal-action"
    assert events(LEAD + "Norland's parliament approved the budget on Thursday.")[
        "approved"][0] == "vote"


def test_a_crowd_crush_is_a_disaster_and_crushing_dissent_is_not() -> None:
    assert events("Eleven people were killed in a crush at a stadium in Varn on Sunday.")[
        "crush"][0] == "disaster"
    assert "crushed" not in events(LEAD + "Police in Varn crushed the dissent on Monday.")


def test_a_verb_joined_to_a_passive_one_is_passive_too() -> None:
    """"X was detained by Y and charged with Z": X is charged (was made the authority)."""
    found = events(LEAD + "Osric Pell was detained by Meridal Shipping guards on Monday and "
                   "charged with spreading false information.")
    assert found["charged"] == ("legal-action", {("pell", "defendant")})
    # with an object after it, it is not passive: Pell is no defendant here
    assert ("pell", "defendant") not in events(
        LEAD + "Osric Pell was elected on Monday and charged Ilse Damaro.").get(
            "charged", ("", set()))[1]


@pytest.mark.parametrize(("text", "trigger", "pair"), [
    ("Osric Pell ordered an independent inquiry on Monday.", "inquiry", ("pell", "authority")),
    ("Osric Pell has gone on hunger strike in Varn.", "hunger strike", ("pell", "protester")),
    ("Ilse Damaro began a hunger strike in Varn on Monday.", "hunger strike",
     ("damaro", "protester")),
])
def test_who_orders_begins_or_goes_on_it_does_it(text: str, trigger: str,
                                                 pair: tuple[str, str]) -> None:
    assert pair in events(LEAD + text)[trigger][1]


def test_a_name_ending_in_an_apostrophe_and_a_is_no_article_before_the_verb() -> None:
    """"Fusitu'a denied": the name's last letters after a glottal stop, no "a" before a
    noun ("denied" was read as an adjective after a determiner and left out)."""
    found = events("Police commissioner Osric Fusitu'a denied that officers had used tear gas.",
                   {"Osric Fusitu'a": "person"})
    assert found["denied"] == ("statement", {("fusitu'a", "speaker")})


def test_who_replaces_someone_is_appointed_in_the_passive_too() -> None:
    found = events(LEAD + "Osric Pell was replaced by Ilse Damaro in Varn on Monday.")
    assert found["replaced"] == ("appointment", {("damaro", "appointee")})


def test_an_irregular_verb_in_the_present_or_as_a_participle_is_found() -> None:
    """"meets", "sells", "wins", "quits" (only the past forms of irregular verbs were in
    the lexicon), not "strikes" or "hits", nouns as often."""
    from annotate.suggest.triggers import forms
    assert {"meets", "sells", "selling", "wins", "winning", "tells", "sends"} <= (
        forms("meet") | forms("sell") | forms("win") | forms("tell") | forms("send"))
    assert "strikes" not in forms("strike") and "hits" not in forms("hit")
    found = events("Osric Pell meets Ilse Damaro in Varn on Monday to discuss the port.")
    assert found["meets"][0] == "meeting"


def test_the_quake_that_struck_is_no_attack_and_what_it_has_done_is_the_news() -> None:
    """"The earthquake that struck the valley on Sunday has killed 412 people": "struck"
    says the quake happened (it was an attack on the valley), and "has killed" is the main
    clause again (it was read as inside the relative clause)."""
    found = events("The earthquake that struck Varn early on Sunday has killed at least 412 "
                   "people, officials said.")
    assert "struck" not in found
    assert found["killed"][0] == "casualties"
    scores = {e.type: e.score for e in events_list(
        "The earthquake that struck Varn early on Sunday has killed at least 412 people.")}
    assert scores["casualties"] == 0.9


def test_he_or_she_opening_a_sentence_is_the_person_named_last() -> None:
    found = events("Osric Pell spoke in Varn on Monday. He accused Meridal Shipping of lying "
                   "about the port.")
    assert found["accused"] == ("criticism", {("pell", "critic"), ("shipping", "target")})


def test_a_quotation_blamed_is_no_attribution_and_what_is_blamed_is_the_criticism_s() -> None:
    """'blamed "hired agitators" for the violence': a quotation straight after a verb of
    blame is what is blamed (it was read as the words it attributes, and the criticism
    dropped); the violence blamed is part of the criticism, and so is a quoted object."""
    found = events("Ilse Damaro blamed \"foreign agents\" for the violence in Varn on Sunday.")
    assert found["blamed"] == ("criticism", {("damaro", "critic")})
    assert "violence" not in found
    found = events("Ilse Damaro condemned \"reckless\" protesters in Varn on Sunday.")
    assert "condemned" in found and "protesters" not in found
    # With a comma, the quotation is what the critic said: the claim's.
    assert "warned" not in events("Ilse Damaro warned, \"Vesmark will pay for this.\"")


def test_a_purpose_is_not_yet_real() -> None:
    """"is needed to secure a 3 billion dollar loan from X": no loan was given (the purpose
    was further from the word than "to" reaches)."""
    loan = "a 3 billion dollar loan from Vesmark."
    assert "loan" not in events(f"Ilse Damaro says the tax rise is needed to secure {loan}")
    assert "loan" in events(f"Ilse Damaro says Norland secured {loan}")


def test_events_of_no_type_are_told_again_only_in_the_same_word() -> None:
    """An expulsion, then sanctions: two events of no type, not one told again."""
    found = events("Norland expelled 12 diplomats of Vesmark on Monday. Norland also imposed "
                   "sanctions on Vesmark on Monday.")
    assert found["expelled"][0] == found["imposed sanctions"][0] == "other"


def test_whose_inquiry_it_is_may_be_either_side() -> None:
    """"who led the Gaming Commission's inquiry": the commission runs it (it was made the
    defendant); as with an investigation, no pair."""
    found = events(LEAD + "Osric Pell, who led Meridal Shipping's inquiry, spoke in Varn.")
    assert ("shipping", "defendant") not in found.get("inquiry", ("", set()))[1]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # A plea to a government is a statement; to a court, an appeal.
    ("Ilse Damaro appealed to the government of Norland to help free her.", "appealed",
     ("statement", {("damaro", "speaker")})),
    ("Ilse Damaro appealed to the Supreme Court of Norland to overturn the ban.", "appealed",
     ("legal-action", {("damaro", "plaintiff")})),
])
def test_an_appeal_to_someone_to_act(text: str, trigger: str, expected: tuple) -> None:
    assert events(text)[trigger] == expected


@pytest.mark.parametrize(("text", "absent"), [
    ("A plane of Meridal Shipping returned to Varn after a bird strike on Monday.", "strike"),
    ("Norland cut gas supplies to Vesmark in January, citing unpaid bills.", "bills"),
])
def test_a_word_in_another_sense(text: str, absent: str) -> None:
    assert absent not in events(LEAD + text)


def test_a_participle_with_by_after_a_noun_is_still_an_event() -> None:
    """"a man arrested by police", "a video released by X": news however told (leaving
    them out cost gold events on the held-out stories, session 20)."""
    assert "arrested" in events("A man arrested by police in Varn was charged on Monday.")
    assert "killed" in events("A man killed by Osric Pell in Varn was buried on Monday.")


def test_an_event_dated_last_month_is_background() -> None:
    """"X last month urged": before the news; what has gone on since last month is news."""
    assert "urged" not in events(LEAD + "Ilse Damaro last month urged Norland to act.")
    assert "urged" not in events(LEAD + "Ilse Damaro urged Norland to act last month.")
    assert "erupting" in events("A volcano in Varn has been erupting since last month.")
    # (what someone named "has done", in a relative clause, stays: "X, who has been
    # detained for five years, is to be freed" tells the detention as news too)
    assert "detained" in events(LEAD + "Osric Pell, who has been detained for five years in "
                                       "Varn, is to be freed.")


def test_who_said_one_thing_and_did_another_does_it() -> None:
    """"X said the demands were excessive and accused Y of ...": X accused Y ("demands"
    was read as the verb that makes what follows not yet real, and no one did it)."""
    found = events("Ilse Damaro said the pilots' demands were excessive and accused Meridal "
                   "Shipping of misleading members.")
    assert found["accused"] == ("criticism", {("damaro", "critic"), ("shipping", "target")})
    # ... but a verb's reach goes on past "and": "would be arrested and charged"
    assert "charged" not in events("Ilse Damaro said Osric Pell would be arrested and "
                                   "charged in Varn.")


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a person "of" a body: the person ("Calder Police" was in a phrase, no one did it)
    ("Ilse Damaro of Meridal Shipping condemned the attack in Varn on Friday.", "condemned",
     ("criticism", {("damaro", "critic")})),
    # a name in apposition with its article
    ("The regional bloc, the Meridal Shipping, condemned the killings in Varn on Friday.",
     "condemned", ("criticism", {("shipping", "critic")})),
    # members of a body act as it; a strike called by any body is a protest
    ("Members of the Meridal Shipping staged a 48-hour strike in Varn on Thursday.",
     "staged a 48-hour strike", ("protest", {("shipping", "protester")})),
    # ... but workers at a firm strike against it: it is no protester
    ("Workers at Meridal Shipping walked out in Varn on Monday.", "walked out",
     ("protest", set())),
    # ... however the firm is described before its name
    ("About 900 employees of Canadian engineering giant Meridal Shipping went on strike "
     "Monday.", "went on strike", ("protest", set())),
])
def test_who_acts_for_a_body(text: str, trigger: str, expected: tuple) -> None:
    assert events(text)[trigger] == expected


def test_an_object_in_apposition_after_its_title() -> None:
    """"appointed the deputy health minister, Nadia Karimi,": she is the appointee (the
    comma ended the object's title, and no one was appointed)."""
    found = events(LEAD + "Ilse Damaro appointed the deputy health minister, Osric Pell, in Varn.")
    assert found["appointed"] == ("appointment", {("damaro", "appointer"), ("pell", "appointee")})


def test_what_a_witness_testifies_is_their_claim() -> None:
    """"X testified that Y had died", "told the court that Y had phoned her": no death, no
    call (the death was offered with Y as the deceased)."""
    found = events("Ilse Damaro testified that Osric Pell had died from a blow to the head. "
                   "Ilse Damaro told the court that Osric Pell had phoned her in Varn.")
    assert "died" not in found and "phoned" not in found


def test_a_phrase_with_their_before_its_object() -> None:
    """"freezing their assets" is "freeze assets" (only "its" could stand between)."""
    found = events(LEAD + "Norland expelled diplomats of Vesmark, freezing their assets in Varn.")
    assert found["freezing their assets"][0] == "seizure"


def test_a_thanks_and_a_demand_are_statements() -> None:
    found = events(LEAD + "Ilse Damaro thanked the emergency services in Varn on Monday.")
    assert found["thanked"] == ("statement", {("damaro", "speaker")})
    found = events(LEAD + "Osric Pell demanded an apology from Vesmark on Monday.")
    assert found["demanded"][0] == "statement"


def test_explosions_in_the_fighting_are_no_disaster() -> None:
    found = events("Soldiers attacked the palace in Varn. Residents reported heavy gunfire and "
                   "explosions near the palace on Monday.")
    assert "explosions" not in found
    assert events("An explosion at a chemical plant in Varn killed 3 people.")["explosion"][0] \
        == "disaster"


def test_a_participle_before_a_plural_after_a_preposition_describes_it() -> None:
    """"after leaked emails showed", "amid cancelled flights": no leak, no cancellation."""
    found = events(LEAD + "Ilse Damaro resigned in Varn after leaked emails showed she lied.")
    assert "leaked" not in found and "resigned" in found
    assert "cancelled" not in events(LEAD + "Commuters in Varn waited amid cancelled trains.")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab “”"\n', max_size=40))
def test_quotes_by_bisection_agree_with_counting_from_the_paragraph_start(text: str) -> None:
    quotes = roles.Quotes.of(text)
    for pos in range(len(text) + 1):
        assert quotes.in_paragraph(pos) == roles.in_quote(
            text, text.rfind("\n\n", 0, pos) + 1, pos), (text, pos)


def test_bills_passed_in_the_passive_cleared_or_named_in_capitals() -> None:
    """A parliament story: "eight Bills were passed", "the Varn Sabha cleared four Bills"
    and "passed the Merchant Shipping Bill" were no legislation (the object had to follow,
    in lower case); a motion passed is none, nor a bill passed on to a committee is."""
    acts = {**ACTORS, "Varn Sabha": "organization"}
    found = events("Eight Bills were passed in Varn on Monday amid protests. The Varn Sabha "
                   "cleared four Bills on Tuesday.", acts)
    assert found["passed"][0] == found["cleared"][0] == "legislation"
    assert ("sabha", "enactor") in found["cleared"][1]
    found = events(LEAD + "The Varn Sabha passed the Merchant Shipping Bill on Friday.", acts)
    assert found["passed"] == ("legislation", {("sabha", "enactor")})
    assert "passed" not in events(LEAD + "Osric Pell stayed in office until the motion was "
                                  "passed, and Ilse Damaro cleared the way.")


def test_a_promotion_to_a_post_is_an_appointment() -> None:
    """"Meridal Shipping promoted Osric Pell as co-CEO" found no event; a promotion of a
    thing is none."""
    found = events(LEAD + "On Tuesday, Meridal Shipping promoted former Varn executive Osric "
                   "Pell as co-CEO alongside Ilse Damaro.")
    assert found["promoted"] == ("appointment", {("shipping", "appointer"),
                                                 ("pell", "appointee")})
    assert "promoted" not in events(LEAD + "Meridal Shipping promoted its new ferry in Varn "
                                    "to tourists, Ilse Damaro said.")


def test_it_struck_after_a_quake_is_the_quake() -> None:
    """"A powerful earthquake killed 118 people … It struck just before midnight" offered
    the quake's "struck" as an attack."""
    found = events("A powerful earthquake killed at least 118 people in Varn, officials said. "
                   "It struck just before midnight near the border with Norland.")
    assert found["earthquake"][0] == "disaster" and "struck" not in found
    found = events(LEAD + "Gunmen attacked a police station in Varn on Monday, Ilse Damaro "
                   "said. It was hit again on Tuesday by Osric Pell's men.")
    assert "attacked" in found


def test_a_trigger_word_opening_a_name_is_no_event() -> None:
    """"Elections Commission on Sunday announced the results": the name's first word,
    capitalised as the sentence's, was offered as an election."""
    acts = {**ACTORS, "Elections Commission": "organization"}
    found = events(LEAD + "Elections Commission on Sunday announced the official results in "
                   "Varn.", acts)
    assert "Elections" not in found and found["announced"][0] == "statement"


def test_a_disclosure_with_its_date_before_that_is_an_attribution() -> None:
    """"X revealed late Aug. 29 that hackers had …": the date between the verb and "that"
    hid the attribution, offered as a disclosure."""
    for text in ("Meridal Shipping revealed late Aug. 29 that hackers had attacked Ilse "
                 "Damaro in Varn.", "Meridal Shipping disclosed on Aug. 29, 2019, that "
                 "hackers had attacked Ilse Damaro in Varn."):
        found = events(LEAD + text)
        assert set(found) == {"attacked"}, found


def test_what_goes_on_under_a_contract_or_an_investigation_is_a_circumstance() -> None:
    """"a supply run under a $1.6 billion contract with X", "the blast is under
    investigation": the circumstances, no event of the story's."""
    found = events("Meridal Shipping sent its first ship to Varn on Sunday under a $1.6 "
                   "billion contract with Norland. The blast is under investigation.")
    assert "contract" not in found and "investigation" not in found


def test_three_listed_before_a_passive_verb_and_a_verb_after_to() -> None:
    """"X, Y, and Z were detained" lost X (only "and" joined a list); "to fire their
    weapons" was a blaze."""
    acts = {**ACTORS, "Ana Kovi": "person"}
    for text in ("Ilse Damaro, Osric Pell, and Ana Kovi were detained in Varn on Monday.",
                 "Ilse Damaro, Osric Pell and Ana Kovi were detained in Varn on Monday."):
        assert events(LEAD + text, acts)["detained"] == ("arrest", {
            ("damaro", "detainee"), ("pell", "detainee"), ("kovi", "detainee")})
    found = events(LEAD + "Osric Pell wants greater clarity on the rules governing the use "
                   "of lethal force. Officers make split-second decisions to fire their "
                   "weapons.")
    assert "fire" not in found


def test_endorsed_for_a_post_is_an_appointment() -> None:
    """"X has been endorsed by the assembly to succeed Y as secretary-general" was support
    given to X; endorsing a candidate in a race still is support."""
    found = events(LEAD + "Osric Pell, 68, has been endorsed unanimously by the Norland "
                   "assembly to succeed Ilse Damaro as the secretary-general of the union.")
    assert found["endorsed"][0] == "appointment" and ("pell", "appointee") in found["endorsed"][1]
    assert events(LEAD + "Ilse Damaro endorsed Osric Pell in the race in Varn.")["endorsed"] == (
        "support", {("pell", "recipient"), ("damaro", "giver")})


def test_data_stolen_or_servers_broken_into_is_a_hack_and_hackers_are_no_event() -> None:
    """"Meridal says hackers stole personal data of millions" offered the word "hackers"
    (unconfirmed) and not the theft; a house broken into, a car stolen, are no hack."""
    found = events("Meridal Shipping says hackers stole personal data from millions of "
                   "customers in Varn during a recent breach.")
    assert found["stole"][0] == "cyber-attack" and "hackers" not in found
    found = events(LEAD + "Hackers broke into the servers of Meridal Shipping in Varn on "
                   "Monday, Osric Pell said.")
    assert found["broke into"][0] == "cyber-attack"
    found = events(LEAD + "Thieves broke into a house in Varn and stole a car on Monday, "
                   "Osric Pell said.")
    assert not any(t == "cyber-attack" for t, _ in found.values())


def test_a_word_that_is_also_an_adjective_is_none_after_a_verb_of_being() -> None:
    found = events(LEAD + "Ilse Damaro said it was clear that the law should not be put into "
                   "effect, and that the airport in Varn remains open.")
    assert "clear" not in found and "open" not in found
    # ... but the passive is the verb's
    assert events(LEAD + "Osric Pell was cleared of all charges in Varn on Monday.")[
        "cleared"][0] == "legal-action"


def test_what_a_court_s_ruling_blocks_is_the_ruling() -> None:
    found = events("Norland is asking a court in Varn to overturn a judge's decision blocking "
                   "several parts of its new law.")
    assert found["blocking"] == ("legal-action", set())
    # told with the ruling, it is the ruling: no shutdown of its own
    found = events("A judge in Varn on Tuesday issued an injunction against Norland's new "
                   "law, halting the measure four days after it went into effect.")
    assert list(found) == ["injunction"] and found["injunction"][0] == "legal-action"


def test_what_a_judge_rules_is_a_ruling_whatever_follows() -> None:
    assert events("A county judge in Varn on Tuesday ruled there should be no further work "
                  "on the port.")["ruled"] == ("legal-action", set())
    assert "ruled" not in events("Osric Pell ruled Norland for 30 years before he died in "
                                 "Varn on Tuesday.")


def test_hostages_freed_are_people_and_their_release_the_event() -> None:
    found = events(LEAD + "Meridal Shipping released the first three female hostages it held "
                   "in Varn on Sunday.")
    assert found == {"released": ("other", {("shipping", "participant")})}
    assert events("Osric Pell said 15 hostages have been rescued in Varn.") == {
        "rescued": ("other", set())}
    # ... hostages taken are the news
    assert events("Gunmen took 30 hostages in Varn on Sunday, Osric Pell said.")[
        "took 30 hostages"][0] == "casualties"


def test_attacking_a_fire_is_fighting_it() -> None:
    assert "attacking" not in events("Firefighters on Saturday were attacking at least six "
                                     "major wildfires near Varn, Osric Pell said.")
    assert events("Gunmen attacked the fire station in Varn on Monday, Osric Pell said.")[
        "attacked"][0] == "attack"


def test_someone_banned_for_years_is_sanctioned_not_shut() -> None:
    assert events("A Norland bobsledder has been banned for four years for doping, Osric Pell "
                  "said.")["banned"] == ("other", set())
    assert events("Norland banned smoking in Varn on Monday.")["banned"][0] == "shutdown"


def test_a_building_with_a_business_in_it_that_collapsed_is_no_bankruptcy() -> None:
    found = events("A section of the six-story building with 84 apartments and business "
                   "collapsed in Varn on Sunday afternoon, Osric Pell said.")
    assert found["collapsed"][0] == "disaster"


def test_a_firm_whose_name_ends_in_an_abbreviation_is_the_subject() -> None:
    found = events("Meridal Shipping Inc. agreed to buy Varnco for $10 billion on Sunday.",
                   {"Meridal Shipping Inc": "organization"})
    assert found["agreed"] == ("deal", {("inc", "party")})


def test_the_first_sentence_s_event_told_again_with_its_names_is_one_event() -> None:
    found = events_list("The former mayor of Varn was sentenced on Thursday to five years in "
                        "prison. Former Varn Mayor Osric Pell, 48, was sentenced to four years "
                        "and 10 months.")
    sentenced = [e for e in found if e.type == "legal-action"]
    assert len(sentenced) == 1
    assert sentenced[0].trigger[0] < 40 and sentenced[0].participants == [("pell", "defendant")]


def test_a_law_signed_with_a_long_name_or_given_assent_and_one_only_assumed() -> None:
    found = events("President Osric Pell on Tuesday signed the controversial Varn Investment "
                   "Fund (VIF) bill into law.")
    assert found["signed"] == ("legislation", {("pell", "enactor")})
    assert events("President Osric Pell today gave assent to four bills passed by the "
                  "parliament.")["assent"][0] == "legislation"
    assert "assent" not in events("Assuming the Senate passes the bill and Osric Pell gives "
                                  "royal assent, Norland will become the fourth country to "
                                  "do so.")


def test_a_gunman_who_walked_out_and_drove_away_staged_no_walkout() -> None:
    assert "walked out" not in events("The suspect entered a Varnmart in Kestry, opened fire "
                                      "and then walked out, got into a red hatchback and drove "
                                      "away, Osric Pell said.")
    assert events("Varn's opposition MPs walked out of the parliament on Monday.")[
        "walked out"][0] == "protest"


def test_a_retirement_community_is_no_retirement() -> None:
    assert "retirement" not in events("A man opened fire outside a Varn community center and a "
                                      "nearby retirement community, killing three people, "
                                      "Osric Pell said.")


def test_agreeing_to_pay_for_control_of_a_firm_is_a_deal() -> None:
    found = events("Meridal Shipping on Tuesday agreed to pay almost $50 billion for control of "
                   "Varnco, creating the largest shipping firm.", {"Meridal Shipping":
                                                                   "organization"})
    assert found["agreed"][0] == "deal"
    assert "agreed" not in events("Osric Pell agreed to pay the fine on Monday.")


def test_protests_pledged_are_not_yet_real_and_no_help() -> None:
    found = events("Osric Pell has been re-elected president, as the opposition cried foul and "
                   "pledged protests over the result.")
    assert found["re-elected"][0] == "election"
    assert "protests" not in found and found.get("pledged", ("",))[0] != "support"


def test_a_striker_who_fired_his_team_into_the_final_sacked_no_one() -> None:
    assert "fired" not in events("Osric Pell fired AC Varn into the final of the Norland Cup "
                                 "with a brace on Wednesday.")
    assert events("Meridal Shipping fired Osric Pell on Wednesday.", {
        "Meridal Shipping": "organization", "Osric Pell": "person"})["fired"][0] == "resignation"


def test_a_resignation_demanded_of_a_hyphenated_name_is_not_yet_real() -> None:
    assert "resignation" not in events("Police fired tear gas at hundreds of protesters in "
                                       "Varn demanding President Osric al-Pell’s resignation.")


def test_a_rocket_that_blasted_off_and_a_protective_shell() -> None:
    found = events("The rocket Varnox blasted off from Kestrel Island on Sunday, Osric Pell said.")
    assert found["blasted"][0] == "other"
    assert "shell" not in events("A protective shell did not properly release, trapping the "
                                 "satellite, Osric Pell said.")


def test_elections_a_year_away_are_when_not_what() -> None:
    found = events("Two Varn ministers resigned late Friday, less than a year before "
                   "parliamentary elections, Osric Pell said.")
    assert found["resigned"][0] == "resignation" and "elections" not in found


def test_what_a_conviction_is_for_and_courtroom_words_are_no_events() -> None:
    found = events("A Varn teenager was convicted Tuesday of first-degree murder in the killing "
                   "and beheading of a classmate, Osric Pell said. The jury ruled after closing "
                   "arguments in Varn Superior Court. The mother wept as she walked out of court.")
    assert "beheading" not in found and "closing" not in found and "walked out" not in found
    assert "retired" not in events("“It is serious,” said retired mechanic Osric Pell, 58.")


def test_a_law_declared_unconstitutional_or_blocked_by_a_named_judge_is_a_ruling() -> None:
    assert events("Varn's gun law was declared unconstitutional today by a Kestrel County "
                  "judge.")["declared"][0] == "legal-action"
    assert events("On Friday, Kestrel County Circuit Judge Osric Pell blocked most of the law, "
                  "finding it unconstitutional.")["blocked"][0] == "legal-action"


def test_a_storm_of_criticism_and_telling_an_agency_over_the_phone() -> None:
    found = events("Norland deported 1,000 Varn detainees on Tuesday. The deportation drew a "
                   "storm of criticism from rights groups. “They were handed over,” Osric Pell "
                   "told PTI over phone.", {"Osric Pell": "person", "PTI": "organization"})
    assert "storm" not in found and "told" not in found


def test_a_named_settlement_is_a_place_and_an_arrest_evaded_is_none() -> None:
    """"arrested at Abira settlement": where, no deal; "evaded police arrest": none made."""
    text = ("A suspect who evaded police arrest for eleven years was finally arrested at "
            "Dranmore settlement in Varn on Monday. Osric Pell said the man lived at the Kestrel "
            "Grass settlement. Meridal Shipping reached a settlement of $40 million with "
            "Norland Radio.")
    found = [(text[e.trigger[0]:e.trigger[1]], e.type) for e in events_list(text)]
    assert found.count(("settlement", "deal")) == 1, found
    assert [e.trigger[0] for e in events_list(text) if e.type == "deal"] == \
        [text.index("a settlement") + 2], found
    assert [t for t, kind in found if kind == "arrest"] == ["arrested"], found


def test_shares_that_closed_little_changed_shut_nothing() -> None:
    text = ("Meridal Shipping lost data on 40,000 customers. Its shares closed little changed at "
            "$17.50, and Varn Bank shares closed flat.")
    assert not [e for e in events_list(text) if e.type == "shutdown"]


def test_loan_payments_are_no_loan_made() -> None:
    text = "Osric Pell took cash and loan payments as bribes from Meridal Shipping."
    assert not [e for e in events_list(text) if e.type == "support"]


def test_the_strike_after_a_drone_strike_is_that_attack_told_again() -> None:
    text = ("A drone strike killed 14 militants in Varn on Thursday. The strike happened in the "
            "afternoon, Osric Pell said.")
    found = [(text[e.trigger[0]:e.trigger[1]], e.type) for e in events_list(text)]
    assert ("drone strike", "attack") in found and not [t for t, _ in found if t == "strike"], \
        found


def test_closing_of_a_deal_and_meeting_resistance_are_no_events_of_their_own() -> None:
    text = ("Shareholders of Meridal Shipping will be paid $128 per share at the closing of the "
            "transaction. The plans were meeting early shareholder resistance in Varn.")
    assert not [e for e in events_list(text) if e.type in ("shutdown", "meeting")]


def test_voting_machines_are_no_vote_held() -> None:
    text = ("The law paves the way for electronic voting machines in Varn, Osric Pell said. "
            "Voting rights were extended to 40,000 people.")
    assert not [e for e in events_list(text) if e.type == "vote"]


def test_a_rocket_fired_at_a_time_and_a_marriage_that_collapsed_are_no_attack_nor_disaster(
        ) -> None:
    text = ("The Antares rocket fired at the close of the launch window from Varn. After their "
            "marriage collapsed, Ilse Damaro fled in 1976.")
    assert not [e for e in events_list(text) if e.type in ("attack", "disaster")], \
        events_list(text)


def test_told_a_paper_in_an_interview_or_an_agency_on_a_date_is_an_attribution() -> None:
    """"X told the Varn Inquirer in a phone interview", "told VFE/RL on October 5 that":
    who said it, no communication (the paper, the agency tagged)."""
    actors = {**ACTORS, "Varn Inquirer": "organization", "VFE": "organization"}
    found = events(LEAD + "“We will build it,” Osric Pell told the Varn Inquirer in a phone "
                   "interview. A person involved in the trial told VFE/RL on October 5 that the "
                   "court had met.", actors)
    assert "told" not in found, found


def test_contracting_a_named_illness_is_no_contract() -> None:
    """"who has contracted the coronavirus": fell ill, no deal (it was a deal)."""
    found = events("Osric Pell, who has contracted the coronavirus, returned to Varn on Monday.")
    assert found["contracted"][0] == "casualties", found
