"""Actors from the text alone: capitalised names found, typed from their context, grouped.

News introduces a person by full name (often with a title) and then uses the surname;
an organisation by full name and then its acronym. So a name is typed by what stands
around it (a title, a speech verb, an apposition, "in" before a place, the last word of
an organisation's name), and short forms join the long name they abbreviate. One-word
names must earn their place: recur, stand by a speech verb or in apposition, or be
known places; a capitalised word whose lower-case form the article also uses is a
common word that opened a sentence.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from rapidfuzz import fuzz, process

from annotate.article import Article
from annotate.suggest import words as W
from annotate.suggest.base import ActorSuggestion
from annotate.suggest.names.group import Group, Occurrence, _person_like, _personal, _placed
from annotate.suggest.names.lexicon import (
    _ACRONYM_AFTER,
    _BUILDINGS,
    _FORMER,
    _INITIAL,
    _LEGAL_FORMS,
    _PARTICLES,
    _PERSON_NOUN_THEN,
    _REMITS,
    _SEATS,
    CONNECTORS,
    _initials,
    _is_acronym,
    _lower_words,
    _org_word,
    _plain,
    camel_case,
)
from annotate.suggest.names.things import (
    LAW_WORDS,
    OCCASION_WORDS,
    _things,
    illness,
    names_a_thing,
    no_actor,
)
from annotate.suggest.text import Story, Token, title_sentence, tokens

# What other modules use (annotate.suggest.builtin, .nlp; the tests)
__all__ = ["_Near", "_initials", "_mentions", "camel_case", "illness", "names_a_thing", "no_actor",
           "suggest"]

# A stock ticker in brackets, "(NYSE: VLT)": no actor's name.
TICKER = re.compile(r"\([A-Z][A-Za-z ]{1,15}:\s*[A-Z][A-Z0-9.]{0,6}\)")
# Words for some of a whole that open a sentence: "Thousands of X", "Shares of X" ("Most
# of X", "Two of X" are function words, left out before these are asked).
_PARTITIVES = frozenset("""Shares Thousands Hundreds Millions Billions Dozens Tens Residents
Citizens Supporters Members Fans Officials Workers Employees Staff Customers Users Shareholders
Investors Representatives Relatives Families Troops Soldiers Students Parts None""".split())

# Names of what the weather does, no one: "the El Niño weather pattern"
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr."})
_PHENOMENA = frozenset({"El Niño", "El Nino", "La Niña", "La Nina"})

# Titles that are nobody's surname (unlike King, Bishop, Judge, Major ...).
_OFFICES = frozenset(w.replace("_", " ") for w in (
    "President President-elect Minister Prime_Minister Secretary Premier Senator Governor "
    "Mayor Ambassador Spokesman Spokeswoman Spokesperson Chairman Chairwoman Commissioner "
    "Secretary-General Attorney-General Attorney_General CEO CFO Gov Gov.").split())

_ARMED = (r"(?:militant|rebel|hacker|hacking|hacktivist|terrorist|terror|insurgent|separatist|"
          r"jihadist|extremist|armed|guerrilla|Islamist|paramilitary)")
_GROUP_BEFORE = re.compile(rf"\b{_ARMED}\s+(?:group|movement|organi[sz]ation|faction|network|"
                           r"outfit|collective)\s+(?:called\s+|known\s+as\s+)?$|"
                           # "a criminal gang known as the Red Hand"
                           r"\b(?:gang|cartel|militia|mafia|clan)\s+(?:called|known\s+as|"
                           r"named)\s+(?:the\s+)?$|"
                           # "the rebel X", "the militant Y" (not "the separatist Bloc")
                           r"\b[Tt]he\s+(?:militant|rebel|insurgent|jihadist|guerrilla|"
                           r"paramilitary|terrorist)\s+$")
# ... and after it, in apposition: "X, an armed group", "X, a group linked to al-Qaeda"
_GROUP_APPOSED = re.compile(rf",\s+(?:the|a|an)\s+(?:(?:[\w-]+\s+){{0,2}}{_ARMED}\s+"
                            r"(?:group|movement|organi[sz]ation|faction|network)|"
                            r"(?:group|faction|movement)\s+(?:linked|allied|affiliated|loyal|"
                            r"tied)\b)")
# Who may own an institution in its name: "Children's Hospital" (and a saint, _SAINTS: "St
# John's College").
_OWNERS = frozenset("Children Women Men People Workers Veterans Farmers Teachers Nurses "
                    "Ombudsman Auditor".split())


def _legal_ahead(text: str, toks: list[Token], i: int) -> bool:
    """A company's legal form ends the name within two words: "Hudson's Bay Co.",
    "Macy's Inc"."""
    for j in range(i, min(i + 2, len(toks))):
        if j > i and text[toks[j - 1].end:toks[j].start] != " ":
            return False
        if toks[j].text in _LEGAL_FORMS - {"Party", "Group"}:
            return True
    return False


def _org_word_ahead(text: str, toks: list[Token], i: int) -> bool:
    """A word of an institution's name comes in the next two words, the name going on
    ("St Bride's Royal Hospital")."""
    for j in range(i + 1, min(i + 3, len(toks))):
        if text[toks[j - 1].end:toks[j].start] != " " or not toks[j].text[:1].isupper():
            return False
        if toks[j].text in W.ORG_WORDS:
            return True
    return False


_PRIZE_FIELD = re.compile(r"\b(?:Prizes?|Awards?|Medal)\s+(?:in|for)\s+(?:the\s+)?$")
# A work's title in quotation marks: "her novel “The Salt Road”", "the film 'Heat'".
_WORK_BEFORE = re.compile(r"\b(?:novel|book|memoir|film|movie|documentary|song|single|album|"
                          r"play|poem|series|show|opera|painting|mission|operation|campaign|"
                          r"programme|program|project|exercise|named|called|dubbed|titled|"
                          r"entitled)s?\s*,?\s*[\"“‘'](?:The\s+|A\s+|An\s+)?$")
_WORK_TITLE = re.compile(r"[,.]?[\"”’']")
# Institutions named after where they are: "Bank of X", "University of X", "Council of X".
_OF_A_PLACE = frozenset("Bank University Government Republic Kingdom State Province City Port "
                        "Parliament Council Assembly Mayor Governor President".split())
_REGION_WORDS = frozenset("Strip Peninsula Province Region Prefecture Governorate Oblast".split())
# A town after a place, or after an address: "from Kourou, X", "on Harbour Road, X".
_STREETS = r"(?:Road|Street|Avenue|Lane|Drive|Close|Way|Crescent|Place|Square|Terrace|Row)"
_IN_TOWN_BEFORE = re.compile(r"(?:\b(?:in|at|from|near|outside|to)\s+[A-Z][\w’'-]+"
                             rf"(?:\s+[A-Z][\w’'-]+)?|\b[A-Z][\w’'-]+\s+{_STREETS}),\s+$")
# "of Mill Lane", "on Harbour Road": an address (a lane is no one's surname there)
_ADDRESS_BEFORE = re.compile(r"\b(?:of|on|in|at|off|along|near)\s+$")
_STREET_NAME = re.compile(rf"[A-Z][\w’'-]+\s+{_STREETS}")
# "at John and Lee Streets": two streets named at once (the first named by its name alone)
_STREETS_OF_TWO = re.compile(rf"\s+and\s+[A-Z][\w’'-]+\s+{_STREETS}s\b")
# What only a state has: "X's embassy", "X diplomats", "X's foreign ministry".
_NATION_AFTER = re.compile(r"(?:[’']s)?\s+(?:embass(?:y|ies)|ambassadors?|diplomats?|consulate|"
                           r"foreign\s+(?:minister|ministry|office|policy)|nationals|"
                           r"armed\s+forces|head\s+of\s+state|prime\s+minister|"
                           r"(?:defen[cs]e|interior|finance|health)\s+minist(?:er|ry)|"
                           r"central\s+bank)\b|"
                           # "Velmoria's parliament", "X's army": a state's (no firm has one)
                           r"[’']s\s+(?:parliament|government|army|navy|air\s+force|"
                           r"constitution|legislature|cabinet|national\s+assembly|"
                           r"supreme\s+court)\b")
_CRAFT_AFTER = re.compile(r"\s+(?:[A-Z]?\d[\w.-]*|lunar|space|cargo|passenger|military|"
                          r"robotic|unmanned|crewed|new)\s+([a-z]+)")
_PLATFORM_BEFORE = re.compile(r"\b(?:said|wrote|posted|announced|confirmed|tweeted|shared|"
                              r"reported|published|appeared|live-?streamed)\s+(?:\w+\s+)?on\s+$")
_IS_A_PLACE = re.compile(r"\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:airport|town|city|"
                         r"village|port|suburb|district|region|province|county|island)\b")
_CRAFT_APPOSED = re.compile(r"\b(?:its|the|a|an|their)\s+(?:[\w-]+\s+){0,2}(?:rocket|spacecraft|"
                            r"probe|satellite|lander|rover|capsule|booster|launcher)\s*,\s+$")
_RESPONSIBILITY_AFTER = re.compile(r"\s+(?:\([A-Z][\w&.]{1,9}\)\s+)?(?:has\s+|have\s+|had\s+)?"
                                   r"claimed\s+(?:responsibility|credit)\b")
# "rebel fighters of the X", "militants from X": an armed group's members
_MEMBERS_OF = re.compile(r"\b(?:rebels?|fighters|militants?|insurgents?|guerrillas?|militiamen|"
                         r"jihadists?)\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# ("an article in X said", "a report in X": X publishes)
_LOCATED = re.compile(r"\b(?!(?:article|report|story|interview|editorial|column|piece|post|"
                      r"statement|letter|op-ed)s?\b)[A-Za-z]+\s+(?:in|at|near|across|"
                      r"throughout|outside|inside)\s+(?:the\s+)?$")
_OUTLET_BEFORE = re.compile(r"\b(?:published|appeared|printed|writing|wrote)\s+in\s+(?:the\s+|"
                            r"The\s+)?$")
_CRAFT_BEFORE = frozenset("""tanker vessel ship ferry freighter trawler yacht liner boat warship
frigate destroyer submarine cruiser aircraft airliner jet plane rocket spacecraft product app
software drug vaccine smartphone console""".split())  # ("its core product Sales Cloud")
_VESSELS = frozenset("MV MS MT HMS USS RMS SS HMAS HMCS INS".split())  # before a ship's name
# Before a storm's name, and closing a wildfire's ("the Dixie Fire"): no one, a force of
# nature
_STORMS = frozenset("Hurricane Typhoon Cyclone Storm Tropical Super".split())
_FIRES = frozenset("Fire Wildfire Blaze".split())
_SAINT = frozenset({"St", "Ste", "Mt", "Ft"})  # abbreviations inside a place's name
_SAINTS = _SAINT - {"Mt", "Ft"} | {"Saint", "Sainte"}  # a saint's, before a possessive
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")

# Speech verbs that are not also nouns ("reports suggest" is no speaker's name).
_SPEECH = ("said|says|told|tells|added|stated|announced|declared|insisted|argued|warned|"
           "explained|confirmed|confirm|denied|wrote|alleged|acknowledged|admitted|replied|"
           r"asserted|understands|has\s+learned|has\s+learnt")
_SPEECH_AFTER = re.compile(rf"\s*,?\s*(?:who\s+|which\s+)?"
                           # "X and the Y said" (not "X officials said": "Health officials
                           # said" would make "Health" a name)
                           r"(?:and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+)?"
                           rf"(?:(?:has|have|had|also|later|then|previously|once|can|could)\s+)*"
                           rf"(?:{_SPEECH})\b")
# "Intel, which has struggled to compete, said", "X, the country's largest bank, said": the
# name speaks past its clause or its apposition.
_SPEECH_PAST_CLAUSE = re.compile(rf",\s+(?:who|which|the|an?|its|[A-Z][\w-]+[’']s)\s+"
                                 rf"[^,;.“”\"]{{1,60}},\s+(?:(?:has|have|"
                                 rf"had|also|later|then)\s+)*(?:{_SPEECH})\b")
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH}|according\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# ("X, Australia's second-largest carrier,": a place's possessive as its article)
_APPOSITION = re.compile(r",\s+(?:the|a|an|its|his|her|their|\d{1,3},|[A-Z][\w-]+[’']s)\s")
# (not a clause's own subject: "In X, officials reported")
_PERSON_NOUN_AFTER = re.compile(rf",\s+(?!{W.PERSON_NOUN}s\b)(?:(?:the|a|an|its|his|her|their)\s+)?"
                                rf"(?:[\w’'-]+\s+){{0,3}}{W.PERSON_NOUN}s?\b")
# Person nouns, not titles (a title before a name is evidence of its own), that also stand
# before a firm's name ("owner Google", "its head X").
_ALSO_OF_FIRMS = frozenset("owner head founder executive manager ceo editor official lawmaker"
                           .split())
# A plural last word ("Lakers", "Hornets", "Stones"), not "Williams"-like: with "the", a team.
_TEAM = re.compile(r"[A-Z][a-z]*[^suiaeo\W]s")
# "Shares in X fell", "a stake in X": X is a company. "X, the country's largest mobile
# operator, said": a company too.
_SHARES_IN = re.compile(r"\b(?:shares?|stakes?|stock|investors?|shareholders?)\s+(?:in|of)\s+$",
                        re.IGNORECASE)
# (The apposition's head: not "X, the company's chief executive," nor "a club captain", nor
# "the chief executive of the group", "a vice president with the company".)
_ORG_APPOSED = re.compile(r",\s+(?:the|a|an|its|[A-Z][\w-]+[’']s)\s+"
                          r"(?:(?!(?:of|with|at|for|from|in)\b)[\w’'-]+\s+){0,6}?(?:" +
                          "|".join(sorted(W.ORG_BEFORE | {"operator", "provider", "maker",
                                                          "producer", "giant", "group"})) +
                          rf")\b(?![’']s\b)(?!\s+(?:[\w-]+\s+)?{W.PERSON_NOUN}\b)")
_SCORE_AFTER = re.compile(r"\s+\d{1,2}[-–]\d{1,2}\b(?![-–]\d)")
# ... and who beat them: "X beat Y 4-0", "X drew with Y 1-1" (a team, whatever its name)
_WON_BY_SCORE = re.compile(r"\s+(?:beat|defeated|thrashed|routed|edged|overcame|drew\s+with|"
                           r"lost\s+to)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}"
                           r"\d{1,2}[-–]\d{1,2}\b(?![-–]\d)")
# "X has sacked manager Y", "X signed striker Y": who employs them
_EMPLOYS_AFTER = re.compile(rf"\s+(?:has\s+|have\s+)?(?:sacked|fired|hired|signed|dismissed|"
                            rf"appointed)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?{W.PERSON_NOUN}\s+[A-Z]")
# ... "lost 3-0 to X", "were beaten 2-1 by X", "drew 1-1 with X": a team
_SCORE_BEFORE = re.compile(r"\b(?:lost|losing|loses|drew|drawing|beaten|defeated|won|winning)\s+"
                           r"\d{1,2}[-–]\d{1,2}\s+(?:to|against|with|by|at|over)\s+(?:the\s+)?$")
# ... and who is beaten in a round of a tournament: "beat X in the semi-final"
_BEATEN_BEFORE = re.compile(r"\b(?:beat|beating|defeated|defeating|eliminated|thrashed|"
                            r"thumping|routed|edged)\s+$")
_ROUND_AFTER = re.compile(r"(?:\s+\d{1,2}[-–]\d{1,2}\b)?\s+(?:in|on)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                          r"(?:semi-?finals?|finals?|quarter-?finals?|play-?offs?|derby|"
                          r"penalt(?:y|ies)|shoot-?out)\b")
# "X shares fell", "X's stock", "X reported earnings": a listed company's, a company (not
# "X shares his view")
_SHARES_AFTER = re.compile(r"(?:[’']s)?\s+(?:shares|stock|share\s+price|stock\s+price)\b"
                           r"(?!\s+(?:his|her|their|the|a|an|its|my|our|your|with)\b)|"
                           r"\s+(?:reported|reports|posted|posts|booked|recorded)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:earnings|profits?|revenues?|(?:net\s+)?"
                           r"loss(?:es)?)\b")
_STAFF_AT = re.compile(r"\b(?:(?:analyst|economist|strategist|researcher|scientist|engineer|"
                       r"executive|employee|banker|trader)s?\s+(?:at|from)|"
                       # "chairman and CEO of X", "the shareholders of X": a company's
                       r"(?:CEO|CFO|COO|chief\s+(?:\w+\s+)?(?:executive|officer)|chairman|"
                       r"chairwoman|managing\s+director|co-founder|shareholders|stockholders|"
                       r"board\s+of\s+directors)\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_PLURAL_VERB = re.compile(r"\s+(?:have|are|were)\s+(?!been\s+(?:married|friends)\b)[a-z]")
_AGE_AFTER = re.compile(r",\s+\d{1,3}(?:[,;)]|\.(?!\d)|$)|,?\s+aged\s+\d{1,3}\b")
# "the towns of Daraa, Qusair and Rastan", "the neighbourhoods of X and Y": places.
# "in the capital, Stavra", "the port town Elvan": a place named in apposition
# ("the port city of X", "the river X", "northern X")
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:[A-Za-z-]+\s+)?(?:capital|city|town|"
                                r"village|port|province|region|river)\s*,?\s+$|"
                                # "the city’s Tideflats": a part of it
                                r"\bthe\s+(?:city|town|village|capital)[’']s\s+$|"
                                r"\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+$")
# "a former mayor of X", "the residents of X": a town
# "Roy Pettit, 44, of Breckville", "a 29-year-old of nearby Millsap": where they live
_AGED_OF = re.compile(r"(?:,\s+\d{1,3},|\d{1,3}-year-old)\s+of\s+(?:nearby\s+)?$")
_A_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]wo|[Tt]hree)\s+(?:(?:\d{1,3}-year-old|young|local)\s+)?$")
_LOCAL_AFTER = re.compile(r"\s+(?:man|men|woman|women|boy|girl|teenager|teen|couple|family|"
                          r"resident|mother|father|pensioner|grandmother|grandfather|"
                          r"businessman|businesswoman|farmer|student|driver|"
                          r"court|judge|magistrate|jury|hospital|school)\b")
# "at Merrow airport": a place's airport, station or harbour (not a TV station)
_BROADCAST = re.compile(r"\b(?:TV|television|radio|broadcast\w*)\b", re.IGNORECASE)
# ("the Vasind and Asangaon stations": both; "rushed to Jhansi hospital": a town's)
_SITE_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w’'-]+)?\s+(?:airports?|airfields?|(?:railway\s+)?"
                         r"stations?|harbou?rs?|ports?|hospital)\b")
_TOWNS_OF = re.compile(r"\b(?:[Mm]ayors?|[Rr]esidents|[Ii]nhabitants)\s+of\s+$")
_PLACES_OF = re.compile(r"\b(?:cit(?:y|ies)|towns?|villages?|neighbou?rhoods?|districts?|"
                        r"suburbs?|provinces?|regions?|counties|county|islands?|states|coast|"
                        r"coastline|shores?|outskirts|(?:north|south|east|west)(?:east|west)?|"
                        r"municipalit(?:y|ies)|prefectures?|ports?|harbou?rs?|stations?)\s+of\s+(?:[A-Z][\w’'-]*"
                        r"(?:\s+[A-Z][\w’'-]*)?(?:,\s+and\s+|,\s+|\s+and\s+))*$")

# A particle joined to a name: "al-X" (not an English prefix: "pro-Russian", "non-EU")
_PREFIXED = re.compile(r"(?!(?:pre|pro|non|mid|ex|co|re|sub|un|low|all|far|top|big|new|old|"
                       r"out|off|pan|war)-)[a-z]{1,3}-[A-Z]")  # ("low-Earth orbit")


_BASED_AFTER = re.compile(r"-(?:based|headquartered)\b")
_MADE_OF_NAME = re.compile(r"-(based|born|led|backed|owned|run|funded|made|speaking|founded|"
                           r"controlled|held|linked|allied|bound|language|family|style|winning|"
                           r"flagged|registered|listed|affiliated|inspired|headquartered|"
                           r"brokered|sponsored|supported|trained|armed|occupied|employed|"
                           r"operated|like|type)$")
_LIKE = frozenset({"style", "like", "type", "inspired"})  # a manner, no one taking part
_FIRMS_ARE = frozenset({"based", "headquartered", "listed", "registered", "owned", "backed"})


def _namey(tok: Token) -> bool:
    w = tok.text  # (a weekday is no part of a name: "2254 UTC Friday")
    return (w[0].isupper() and w not in W.DAYS) or (
        "-" in w and bool(_PREFIXED.match(w)))


def _runs(text: str, toks: list[Token]) -> list[list[Token]]:
    """Neighbouring capitalised words (with 'of', 'de'... between them) as candidate names."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.text.startswith("ex-") and tok.text[3:4].isupper():  # "the ex-USSR"
            tok = Token(tok.text[3:], tok.start + 3, tok.end, False)
        gap = text[run[-1].end:tok.start] if run else ""
        possessor = bool(run) and run[-1].text.endswith(("’s", "'s"))
        joined = bool(run) and (gap in (" ", "\u00a0", " & ") or (  # "Marks & Spencer"
            gap in ("' ", "’ ") and run[-1].text.endswith("s")  # "Varn Magistrates' Court"
            and (tok.text in W.ORG_WORDS or tok.text in W.PLACE_WORDS or (
                tok.text in _REMITS  # "Department of Veterans' Affairs"
                and any(_org_word(t.text) for t in run)))) or (
            gap == ". " and (_INITIAL.fullmatch(run[-1].text + ".")  # "George W. Bush", but
                             or run[-1].text.rsplit("-", 1)[-1] in _SAINT  # "St. Louis",
                             or run[-1].text + "." in W.TITLES  # "Lt. Col. X", "Mr. X"
                             or run[-1].text + "." in W.HONORIFICS)
            and text[run[-1].start - 1:run[-1].start] != ".")) and (  # not "the U.S. Later"
            not possessor or _plain(run[-1].text).lower() in W.GENERIC_SPEAKERS or (
                len(run) == 1 and _legal_ahead(text, toks, i)) or (
                # "Queen's University", "the Information Commissioner's Office"
                (_plain(run[-1].text) in W.TITLES or _plain(run[-1].text) in _OWNERS
                 or (len(run) > 1 and run[-2].text.rstrip(".") in _SAINTS))
                and (tok.text in W.ORG_WORDS or tok.text in W.PLACE_WORDS
                     or _org_word_ahead(text, toks, i)))) and not (
            run[-1].text.endswith(".") and tok.text in W.FUNCTION_WORDS)  # "the U.S. Later,"
        if _namey(tok) and not (tok.initial and tok.text in W.FUNCTION_WORDS
                                and tok.text not in W.HONORIFICS) and not (
                tok.text in W.MONTHS and i + 1 < len(toks) and toks[i + 1].text[0].isdigit()):
            # (a date ends a name: "Varn News Agency January 26")
            if not joined and run:
                runs.append(run)
                run = []
            if not run:  # "… said von der Leyen", "… told de Lima": the surname's particles
                j = i
                while j and toks[j - 1].text in _PARTICLES and \
                        text[toks[j - 1].end:toks[j].start] == " ":
                    j -= 1
                run.extend(toks[j:i])
            run.append(tok)
        elif joined and tok.text.isdigit() and any(t.text in W.ORG_WORDS for t in run):
            run.append(tok)  # "Detachment 88"
        elif joined and tok.text == "and" and i + 1 < len(toks) and (" ".join(
                [t.text for t in run] + ["and", toks[i + 1].text]) in W.COUNTRIES
                or _body_after_and(text, run, toks, i)):
            run.append(tok)  # "Trinidad and Tobago", "the Securities and Exchange Commission"
        elif joined and tok.text in ("to", "on") and _org_word(run[-1].text) and \
                i + 1 < len(toks) and _namey(toks[i + 1]) and \
                text[tok.end:toks[i + 1].start] == " ":
            run.append(tok)  # "the Committee to Protect Journalists", "the UN Office on
            # Drugs and Crime"
        elif joined and i + 1 < len(toks) and (
                (tok.text in CONNECTORS and text[tok.end:toks[i + 1].start] == " " and (
                    _namey(toks[i + 1]) or (  # "Ursula von der Leyen", "Haut de la Garenne"
                        toks[i + 1].text in _PARTICLES
                        and i + 2 < len(toks) and _namey(toks[i + 2])
                        and text[toks[i + 1].end:toks[i + 2].start] == " ") or (
                        # "President of the European Parliament"
                        toks[i + 1].text == "the" and i + 2 < len(toks)
                        and _namey(toks[i + 2])  # "the Republic of the Congo"
                        # ("the Office of the Information Commissioner")
                        and (run[-1].text in W.TITLES or run[-1].text in W.STATES
                             or run[-1].text in W.ORG_WORDS))))
                or (tok.text == "the" and run[-1].text == "of" and _namey(toks[i + 1]))):
            run.append(tok)
        elif _ORDINAL.match(tok.text) and i + 1 < len(toks) and toks[i + 1].text[0].isupper() \
                and toks[i + 1].text not in W.MONTHS:  # "the 5th Battalion", not "7th August"
            if joined and len(run) == 1 and run[0].text in W.DIRECTIONS:
                run.append(tok)  # "North 26th Street"
            else:
                if run:
                    runs.append(run)
                run = [tok]
        else:
            if run:
                runs.append(run)
            run = []
        i += 1
    if run:
        runs.append(run)
    return [_trim(text, r) for r in runs if _trim(text, r)]


_NUMBER_SIGN = re.compile(r"\.?\s*\d")


def _trim(text: str, run: list[Token]) -> list[Token]:
    while run and (run[-1].text in CONNECTORS or run[-1].text == "the" or (
            run[-1].text in ("No", "Nos") and _NUMBER_SIGN.match(text, run[-1].end))):
        run = run[:-1]  # ("the Harlan Ridge No. 3 mine": the mine's name, no "No")
    return run


def _headline(art: Article) -> list[Occurrence]:
    """The people a title written as a sentence names with their post ("Finance Minister
    Lena Brandt defends the budget"), whom the story may call by the surname only, and the
    countries it names ("Thousands protest in Georgia", where the story says "Georgian"). (A
    title in Title Case, "Putin Pushes For De-Escalation", capitalises every word.)"""
    if not art.title or not art.sentences:
        return []
    first = art.sentences[0]
    if not title_sentence(art, first):
        return []
    toks = tokens(art.text, first.start, first.end)
    words = [t for t in toks if t.text[:1].isalpha()]
    if not words or sum(t.text[:1].isupper() for t in words[1:]) > 0.5 * (len(words) - 1):
        # in Title Case, only the countries it names ("Floods Hit Southern Brazil")
        windows = (toks[i:j] for i in range(len(toks))
                   for j in range(i + 1, min(i + 4, len(toks) + 1)))
        return [Occurrence(name, w[0].start, w[-1].end, kind="country") for w in windows
                if W.country(name := " ".join(t.text for t in w))
                and art.text[w[0].start:w[-1].end] == name]
    return [occ for run in _runs(art.text, toks) for occ in _split_run(art.text, run)
            if (occ.kind == "person" and occ.hint and " " in occ.text) or W.country(occ.text)]


def _occurrences(art: Article, story: Story) -> list[Occurrence]:
    out: list[Occurrence] = _headline(art)
    text = art.text
    for toks in story.words:
        # A word right after an opening quote is capitalised by position too.
        toks = [Token(t.text, t.start, t.end, t.initial or text[t.start - 1:t.start] in "\"“‘'")
                for t in toks]
        for run in _runs(text, toks):
            out.extend(_split_run(text, run))
    out = _joined(text, out)
    tickers = [m.span() for m in TICKER.finditer(text)]
    if tickers:
        out = [o for o in out if not any(a < o.start < b for a, b in tickers)]
    for before, occ in itertools.pairwise(out):
        gap = text[before.end:occ.start]
        if before.evidence & {"place-prep", "place-list"} and not (
                _is_acronym(before.text) and not W.country(before.text)) and (
                # (not "in AWS, PXT, Advertising and Twitch": units of a firm)
                _LIST_GAP.fullmatch(gap) or (
                gap == " to " and _FROM.search(text, max(0, before.start - 9), before.start))):
            # "in Ardwick, Selby, Muslim Bagh and Lorn", "from X to Y": weaker than a
            # preposition of its own (a surname may stand in the list too)
            occ.evidence.add("place-list")
        elif " " not in before.text and gap in (" and ", " or ", ", and ") and (
                occ.text in W.PLACES or occ.text in W.COUNTRIES):
            # "Alberta and Ontario reported cases": listed with a place, a place
            before.evidence.add("place-list")
            before.kind = before.kind or "place"
    # "Jasper, Beaufort, …, and Berkeley counties": a list that ends in what its names are
    listed = False
    for i in range(len(out) - 1, -1, -1):
        occ = out[i]
        if _PLACES_AFTER.match(text, occ.end) or listed and _LIST_GAP.fullmatch(
                text, occ.end, out[i + 1].start):
            occ.evidence.add("place-list")
            listed = True
        else:
            listed = False
    return out


_PLACES_AFTER = re.compile(r"\s+(?:counties|provinces|districts|regions|towns|cities|"
                           r"villages|islands|municipalities|prefectures|parishes)\b")


def _one_name(text: str, last: Occurrence, occ: Occurrence) -> bool:
    """`last` and `occ`, with " and " between, are one name: as its acronym after it says,
    or as an agency's remit ("the Malaria Research and Training Center (MRTC)", "the
    Centers for Disease Control and Prevention (CDC)", "the Department of Health and
    Human Services")."""
    if text[last.end:occ.start] != " and ":
        return False
    acronym = _ACRONYM_AFTER.match(text, occ.end)
    if acronym and len(acronym.group(1)) > 2 and (  # ("HHS": no D for the Department)
            (_initials(last.text) + _initials(occ.text)).endswith(acronym.group(1))
            or (_initials(last.text) == acronym.group(1) and " " not in occ.text)):
        return True
    head, words = last.text.split(), occ.text.split()
    of = next((i for i, w in enumerate(head) if w in ("of", "for", "on")), 0)
    return bool(of) and _org_word(head[of - 1]) and len(words) <= 3 and words[-1] in _REMITS


def _joined(text: str, found: list[Occurrence]) -> list[Occurrence]:
    """Names that `_one_name` says are one, joined."""
    out: list[Occurrence] = []
    for occ in found:
        last = out[-1] if out else None
        if last is not None and _one_name(text, last, occ):
            out[-1] = Occurrence(text[last.start:occ.end], last.start, occ.end,
                                 initial=last.initial, evidence=last.evidence | occ.evidence)
        else:
            out.append(occ)
    return out


# ... in mixed case, its capitals the name's initials: "the Department for Education (DfE)"
_MIXED = re.compile(r"[A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,5}")
_MIXED_AFTER = re.compile(rf"\s*\(({_MIXED.pattern})\)")
_LIST_GAP = re.compile(r",\s|,?\s(?:and|or)\s")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")


def _job(word: str) -> bool:
    """A word for what someone does: "Economist", "Climatologist", "Historian" (opening a
    sentence before a name, it is no part of it)."""
    return word.lower() in W.PERSON_NOUNS or (word.endswith(("ist", "ian", "grapher", "eer"))
                                              and word not in W.DEMONYMS)


def _title_at(run: list[Token], i: int) -> int:
    """How many words from `i` make a title ('Prime Minister' 2, 'President' 1, else 0)."""
    if i + 1 < len(run) and f"{run[i].text} {run[i + 1].text}" in W.TITLES:
        return 2
    abbreviated = i + 1 < len(run) and run[i + 1].start - run[i].end == 2 and \
        run[i].text + "." in W.TITLES  # "Sen. X" (a run holds "Sen" only before ". ")
    # (and in the plural before a list: "Representatives X, Y and Z voted")
    plural = run[i].text.endswith("s") and run[i].text[:-1] in W.TITLES and i + 2 < len(run)
    return 1 if run[i].text in W.TITLES or abbreviated or plural else 0


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # a person's "D.K." (but "U.S." is a country)


def _portfolio(run: list[Token], i: int, n: int) -> tuple[int, int] | None:
    """A title with its portfolio before the name: "Minister for Foreign Affairs Julie
    Bishop", "President of the European Parliament Martin Schulz". The name is the run's
    last two words (three with an initial or a particle: "George W. Bush", "Osama bin
    Laden"), after at least one word of portfolio; (start of the title, start of the
    name), or None."""
    at = i + n
    if at >= len(run) or run[at].text not in ("of", "for"):
        return None
    size = 3 if len(run) >= 3 and (_INITIAL.fullmatch(run[-2].text + ".")
                                   or run[-2].text in CONNECTORS) else 2
    first, last = run[-size], run[-1]
    body = [t for t in run[at + 1:len(run) - size] if t.text != "the"]
    # (A surname may be a title's word: "Julie Bishop".)
    if not body or first.text in W.TITLES or any(
            t.text in W.ORG_WORDS or t.text in CONNECTORS or t.text in W.COUNTRIES
            for t in (first, last)):
        return None
    return i, len(run) - size


def _of_whom(run: list[Token]) -> int | None:
    """Where "of" parts a person from where they are from or whom they work for: "David
    Griffiths of Amnesty International", "Peter Watson of Whitehaven" (not "the Islamic
    Republic of Iran", "Bank of England")."""
    of = next((k for k, t in enumerate(run) if t.text == "of"), None)
    if of is None or of < 2 or any(t.text in W.ORG_WORDS for t in run[:of]) \
            or run[of - 1].text in LAW_WORDS | OCCASION_WORDS \
            or run[of - 1].text[-1:] == "s" and run[of - 1].text[:-1] in W.TITLES \
            or W.country(" ".join(t.text for t in run)):
        return None
    rest = [t for t in run[of + 1:] if t.text != "the"]
    if len(rest) >= 2 or any(t.text in W.ORG_WORDS or _is_acronym(t.text) for t in rest) \
            or " ".join(t.text for t in rest) in W.COUNTRIES \
            or (_person_like(Group(" ".join(t.text for t in run[:of]), [], []))
                and run[0].text not in W.PLACES):  # "the Pacific Ring of Fire"
        return of
    return None


def _where_from(text: str, run: list[Token], of: int) -> list[Occurrence]:
    """The names after a person's "of": a one-word one that is no organisation's is the
    place they are from."""
    rest = [Token(t.text, t.start, t.end, False) for t in run[of + 1:] if t.text != "the"]
    found = _split_run(text, rest)
    if len(rest) == 1 and not _is_acronym(rest[0].text) and rest[0].text not in W.ORG_WORDS:
        for occ in found:
            occ.evidence.add("place-of")
    return found


# "a local newspaper, X", "the opposition party X": what the name is, said before it
# (not "the coach of the first team, X": the coach is)
_KIND_APPOSED = re.compile(r"(?<!\bof\s)\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}"
                           r"(?:newspaper|paper|daily|weekly|magazine|broadcaster|channel|"
                           r"website|company|firm|contractor|supplier|consultancy|insurer|"
                           r"lender|bank|party|union|charity|airline|publisher|agency|"
                           r"(?:shipping|cruise|ferry)\s+line|carrier|operator|manufacturer|"
                           r"retailer|chain|carmaker|automaker|start-?up|conglomerate|"
                           r"watchdog|regulator|developer|team|club|side|squad)\s*,?\s+$")
_AGENT = re.compile(r"(?:er|or|ist|ant|ent|ee)s?$")  # who does something: "Passenger"


def _common(text: str, word: str) -> bool:
    """A capitalised word the article also writes in lower case, or in the plural."""
    lower = _lower_words(text)
    low = word.lower()
    return low in lower or low + "s" in lower or (low.endswith("s") and low[:-1] in lower)


def _split_run(text: str, run: list[Token]) -> list[Occurrence]:
    initial = run[0].initial
    while run and (run[0].text in W.FUNCTION_WORDS or run[0].text in ("The", "A", "An")):
        if run[0].text in W.HONORIFICS and len(run) > 1:
            break  # "Mr Blair": a person, said below
        if run[0].text in W.TITLE_MODIFIERS and len(run) > 1 and (
                run[1].text in W.TITLES or run[1].text in W.TITLE_MODIFIERS):
            break  # "First Minister Alex Salmond"
        if not initial and run[0].text in W.PLACE_WORDS and len(run) > 1:
            break  # "the Mine Safety and Health Administration": no pronoun inside a sentence
        if not initial and run[0].text == "Per" and len(run) > 1:
            break  # "a former minister, Per Solheim": the given name, capitalised mid-sentence
        run, initial = run[1:], False
    while len(run) > 1 and run[0].text.lower() in W.ORG_BEFORE and run[1].text not in CONNECTORS \
            and not _PERSON_NOUN_THEN.search(text, max(0, run[0].start - 30), run[0].start):
        run, initial = run[1:], False  # "Retailer Harlow & Sons said": a kind, then the name
        # (but "Bank of America" is a name, and "spokeswoman Charity Okafor" a person's)
    if initial and len(run) > 2 and run[1].text not in CONNECTORS and \
            run[0].text not in W.TITLES and run[0].text not in W.HONORIFICS and \
            run[0].text not in W.TITLE_MODIFIERS and _AGENT.search(run[0].text) and \
            _common(text, run[0].text):
        run, initial = run[1:], False  # "Passenger Niamh Gallagher said": the article
        # writes "passengers" in lower case too, a noun before the name
    if len(run) > 2 and initial and _job(run[0].text) and not any(
            t.text in W.ORG_WORDS or t.text in W.PLACE_WORDS for t in run) \
            and run[0].text not in W.TITLES and run[0].text not in W.TITLE_MODIFIERS:
        found = _split_run(text, [Token(t.text, t.start, t.end, False) for t in run[1:]])
        if found:  # "Economist Amartya Sen said": a person, named
            found[0].evidence.add("person")
        return found
    # "the Third of Alexandria": no "of Alexandria" (but "von der Leyen" is a surname)
    while run and run[0].text in CONNECTORS and run[0].text not in _PARTICLES:
        run, initial = run[1:], False
    if len(run) > 2 and run[0].text in _PARTITIVES and run[1].text == "of":
        run, initial = run[2 + (run[2].text == "the"):], False  # "Shares of Quorvex fell"
    # "Australian Peter Greste": the nationality is not part of the name (but of "Russian
    # Central Election Commission" it is).
    if len(run) > 2 and run[0].text in W.DEMONYMS and not any(t.text in W.ORG_WORDS
                                                              for t in run):
        run, initial = run[1:], False
    if len(run) > 3 and run[0].text in W.DIRECTIONS and run[1].text in W.DEMONYMS \
            and not any(t.text in W.ORG_WORDS for t in run):
        run, initial = run[2:], False  # "South Korean X"
    if not run:
        return []
    if len(run) > 1 and _MADE_OF_NAME.search(run[0].text):
        run, initial = run[1:], False  # "French-speaking Walloons"
    if len(run) > 2 and run[0].text in _FORMER and not any(
            t.text in W.TITLES or t.text in W.TITLE_MODIFIERS for t in run[1:]):
        run, initial = run[1:], False  # "Former New England Patriots star X": the team
        # (but "Outgoing President X" is the title)
    inner = next((k for k, t in enumerate(run[1:-1], 1) if _MADE_OF_NAME.search(t.text)), None)
    if inner is not None:  # "San Diego-based Varnco": a place, then the firm
        after = _split_run(text, [Token(t.text, t.start, t.end, False) for t in run[inner + 1:]])
        made = _MADE_OF_NAME.search(run[inner].text)
        if after and made and made.group(1) in _FIRMS_ARE:
            after[0].kind = after[0].kind or "organization"
        return _split_run(text, run[:inner + 1]) + after
    last = run[-1]
    made = _MADE_OF_NAME.search(last.text)
    if made and made.group(1) in _LIKE and len(run) == 1:
        return []  # "Rwanda-style removals": a manner, Rwanda no part of the story
    if made:  # "Switzerland-based", "French-speaking": the name without its suffix
        run = run[:-1] + [Token(last.text[:made.start()], last.start,
                                last.start + made.start(), last.initial)]
    # The last title in the run: before it a prefix (a country, an acronym, a demonym),
    # after it the person's name.
    cut = None
    for i in range(len(run) if " & " not in text[run[0].end:run[-1].start] else 0):
        # ("Lord & Taylor", "Judge & Partners": a firm's name, no title)
        n = _title_at(run, i)
        if cut is not None and i < cut[1]:
            continue  # ("District Judge": "Judge" is inside the title found)
        if n and i + n < len(run) and run[i + n].text not in CONNECTORS and not all(
                t.text in W.ORG_WORDS for t in run[i + n:]):  # ("Premier League": no premier)
            if i == 0 and (run[-1].text in W.PLACE_WORDS or run[-1].text in W.ORG_WORDS or (
                    run[0].text in W.WEAK_TITLES
                    and any(t.text in W.ORG_WORDS for t in run[n:]))):
                # "Prince Edward Island", "King Fahd University": named after someone;
                # "General Confederation of Labour": no general's
                break
            cut = (i, i + n)
        elif n and cut is None:
            cut = _portfolio(run, i, n) or cut
    out: list[Occurrence] = []
    if cut is not None:
        first = cut[0]
        while first > 0 and run[first - 1].text in W.TITLE_MODIFIERS:
            first -= 1
        while first > 0 and (run[first - 1].text in W.TITLES or (
                run[first - 1].text in W.TITLE_MODIFIERS and not _org_word(run[first - 1].text))):
            first -= 1  # "State Police Superintendent Colonel X": two titles, the police's
        name = run[cut[1]:]
        while len(name) > 1 and name[0].text in W.HONORIFICS:
            name = name[1:]  # "Health Secretary Dr Helen Marsh": Helen Marsh
        title = " ".join(t.text for t in run[first:cut[1]])
        weak = cut[1] - cut[0] == 1 and run[cut[0]].text in W.WEAK_TITLES and len(name) == 1
        if not weak:
            prefix = run[:first]
            while prefix and (prefix[0].text in W.DEMONYMS or prefix[0].text in
                              W.TITLE_MODIFIERS) and not _org_word(prefix[-1].text):
                # "Russian U.N. Ambassador": the U.N. stays ("European Commission
                # President X": the commission's name holds its adjective)
                prefix = prefix[1:]
            if prefix and not (prefix[-1].text in _REMITS and not any(
                    t.text in W.COUNTRIES or (_org_word(t.text) and t.text not in _REMITS)
                    for t in prefix)):
                # (not "Civil Protection" of "Civil Protection Minister X": a remit)
                out.extend(_split_run(text, [Token(t.text, t.start, t.end, False)
                                             for t in prefix]))
            # "President of the European Parliament X": the parliament is named too.
            portfolio = [t for t in run[cut[0]:cut[1]] if t.text not in CONNECTORS][
                _title_at(run, cut[0]):]
            while portfolio and portfolio[0].text == "the":
                portfolio = portfolio[1:]
            if any(t.text in W.ORG_WORDS for t in portfolio) or \
                    " ".join(t.text for t in portfolio) in W.COUNTRIES:
                out.extend(_split_run(text, [Token(t.text, t.start, t.end, False)
                                             for t in portfolio]))
            of = _of_whom(name)
            occ = _occurrence(text, name[:of], initial=False)
            if occ:
                occ.hint, occ.kind = title, "person"
                out.append(occ)
            return out + (_where_from(text, name, of) if of is not None else [])
        whole = _occurrence(text, run, initial)
        return [whole] if whole else []
    # "the United States President, X", "the Apple CEO": the post names no one; what is
    # before it is named (only offices no one is called: "Julie Bishop", "Stephen King")
    n = 2 if len(run) > 2 and f"{run[-2].text} {run[-1].text}" in _OFFICES else \
        int(run[-1].text in _OFFICES)
    if n and len(run) > n:
        first = len(run) - n
        while first > 0 and run[first - 1].text in W.TITLE_MODIFIERS:
            first -= 1
        # (but "the Office of the Information Commissioner" is the office's name)
        if first and run[first - 1].text not in CONNECTORS and not (
                run[0].text in W.ORG_WORDS and any(t.text == "of" for t in run[:first])):
            return _split_run(text, run[:first])
    # "a Kentucky Republican", "a New York Democrat": the state is named; the last word
    # says which party its member is of, and names no one.
    if len(run) > 1 and run[-1].text in ("Republican", "Democrat") and (
            " ".join(t.text for t in run[:-1]) in W.PLACES or
            " ".join(t.text for t in run[:-1]) in W.COUNTRIES):
        return _split_run(text, run[:-1])
    # "the Serbian Radical Party Tomislav Nikolić": an organisation, then a person.
    for i in range(max(1, len(run) - 5), len(run) - 2):  # the last 2 to 4 words a person
        rest = run[i + 1:]
        if run[i].text in W.ORG_WORDS and rest[0].text[:1].isupper() and _person_like(
                Group(" ".join(t.text for t in rest), [], [])) and not names_a_thing(
                [t.text for t in rest], text, rest[-1].end):  # ("X Sports Governance Bill")
            return _split_run(text, run[:i + 1]) + _split_run(text, rest)
    # "thanked Clark for New Zealand's commitment": a person, then a country.
    k = next((k for k, t in enumerate(run) if t.text == "for"), 0)
    if k and not any(t.text in W.TITLES or t.text in W.ORG_WORDS for t in run[:k]) \
            and re.sub(r"[’']s$", "", " ".join(t.text for t in run[k + 1:])) in W.COUNTRIES:
        return _split_run(text, run[:k]) + _split_run(
            text, [Token(t.text, t.start, t.end, False) for t in run[k + 1:]])
    of = _of_whom(run)
    if of is not None:
        return _split_run(text, run[:of]) + _where_from(text, run, of)
    if run[0].text in W.HONORIFICS and len(run) > 1:
        occ = _occurrence(text, run[1:], False)
        if occ:
            occ.kind = "person"
        return [occ] if occ else []
    if len(run) == 1 and "-" in run[0].text and run[0].text not in W.COUNTRIES \
            and run[0].text not in W.PLACES:  # ("Guinea-Bissau" is one country)
        parts = run[0].text.split("-")
        if all(p[:1].isupper() for p in parts) and any(
                p in W.COUNTRIES or p in W.PLACES for p in parts):
            pos, pieces = run[0].start, []
            for p in parts:  # "Israel-Gaza": two names
                pieces.append(Token(p, pos, pos + len(p), False))
                pos += len(p) + 1
            return [o for p in pieces for o in _split_run(text, [p])]
    occ = _occurrence(text, run, initial)
    return [occ] if occ else []


def _occurrence(text: str, run: list[Token], initial: bool) -> Occurrence | None:
    start, last = run[0].start, run[-1]
    bare = _plain(last.text) if len(run) == 1 else re.sub(r"[’']s?$", "", last.text)
    end = last.start + len(bare)
    name = text[start:end]
    words = name.split()
    people = all(w in W.DEMONYMS for w in words) and words[-1].endswith("s")  # "American Samoans"
    if len(words) == 1 and (len(name) == 1 or name in W.FUNCTION_WORDS or name in W.NOT_ACTORS
                            or _CONTRACTION.search(name)  # "I'm", "We’ve"
                            or name in W.TITLES or name in W.HONORIFICS
                            or name in W.MONTHS or name.removesuffix("s") in W.DAYS):
        return None  # ("on Sundays")
    if name in _PHENOMENA or name in _SUFFIXES or no_actor(text, start, end) or (
            len(words) > 1 and all(w in W.NOT_ACTORS or w in W.DEMONYMS or w in W.TITLE_MODIFIERS
                                   for w in words)
            and any(w in W.NOT_ACTORS for w in words) and not people
            and words[-1] not in _ASSEMBLIES and words[-1] not in W.TITLE_MODIFIERS):
        return None  # (", Jr.": the name before it is the person's; "Turkish Olympic runner",
        # "Opposition MPs")
    if name in W.DEMONYMS or name in W.UNINFLECTED_PEOPLES or people or (
            len(words) == 1 and name.endswith(("ists", "ites")) and not _is_acronym(name)
            and not initial):
        if name in W.DEMONYMS and (not name.endswith("s") or name.endswith("ss")):
            return None
        return Occurrence(name, start, end, kind="group", initial=initial)  # "Serbs",
        # "Bedouin", "Scientologists": a people or the followers of a creed
    if names_a_thing(words, text, end) or _PRIZE_FIELD.search(text, max(0, start - 20), start) \
            or _WORK_TITLE.match(text, end) and _WORK_BEFORE.search(text, max(0, start - 30),
                                                                     start):
        return None  # "the Nobel Prize in Literature", the novel “The Salt Road”
    # ("Former Libyan leader", "the Libyan Prime minister", "African American", "the West
    # African country": no one)
    if not people and any(w in W.DEMONYMS for w in words) and all(
            w in W.DEMONYMS or (w in W.TITLE_MODIFIERS and w not in W.ORG_WORDS)
            or (w in W.DIRECTIONS and not words[-1].endswith("s")) for w in words):
        return None  # "Former Libyan leader", "the Libyan Prime minister": no one named
    if len(words) == 1 and initial and name.endswith("ly") and text[end:end + 1] == ",":
        return None  # "Internationally, the arrest was welcomed": an adverb
    if _PARTY_STATE.fullmatch(name):
        return None  # "Sen. X (D-Ariz.)", "Y, R-Texas,": a party and a state, no actor
    if name in W.TITLES or words[-1] in W.TITLES and all(
            w in W.TITLE_MODIFIERS or w in W.TITLES for w in words):
        return None  # "Foreign Minister" alone
    if len(words) > 2 and words[0] in W.TITLES and words[1] in ("of", "for"):
        # "Member of Parliament", "Minister for Health": a post, no one named; "Chief of the
        # Varn National Police": the organisation is named
        rest = 2 + (run[2].text == "the")
        return _occurrence(text, run[rest:], False) if len(run) - rest > 1 else None
    occ = Occurrence(name, start, end, initial=initial)
    _context(text, occ)
    return occ


_ASSEMBLIES = frozenset("Government Parliament Congress Senate Cabinet".split())

_ACTS_AFTER = re.compile(r"\s+(?:(?:has|have|had|will|would)\s+)?(?:[a-z]{3,}ed|[a-z]{3,}s)\s+"
                         r"(?:(?:a|an|the|its|their|all|some|\d[\d,.]*)\s+)?[a-z]")

_FLIGHT_AFTER = re.compile(r"\s+(?:flights?|airliners?)\b")
_CONTRACTION = re.compile(r"[’'](?:m|ve|ll|d|re|t)$")
_RED_CROSS = re.compile(r"\bRed\s+(?:Cross|Crescent)\b")
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][a-z]*\.?")
_NICKNAME = re.compile(r"[“\"][A-Z][a-z]+[”\"]\s$")  # 'Edwin "Buzz" Aldrin'

# "another former information minister, X,": a person named after what they are (not "the
# owner, X", "the market leader, X": a firm may be one)
_PERSON_NOUN_BEFORE = re.compile(r"\b(?:a|an|another|the|its|his|her|their|[A-Z][\w-]*[’']s)\s+"
                                 r"(?:[a-z][\w’'-]*\s+)"
                                 r"{0,3}(?:" + "|".join(sorted(W.PERSON_NOUNS - _ALSO_OF_FIRMS - {
                                     "leader", "counterpart", "chief"})) + r"),\s+$")


def _context(text: str, occ: Occurrence) -> None:
    after = text[occ.end:occ.end + 80]
    before = text[max(0, occ.start - 40):occ.start]
    # ("Officials in X said": the officials speak, X is where they are)
    if ((_SPEECH_AFTER.match(after) or _SPEECH_PAST_CLAUSE.match(after))
            and not _LOCATED.search(before)) or _SPEECH_BEFORE.search(before):
        occ.evidence.add("speech")
    if _PERSON_NOUN_AFTER.match(after) or _AGE_AFTER.match(after) or \
            _NICKNAME.search(before) or _PERSON_NOUN_BEFORE.search(before):
        occ.evidence.add("person")
    elif _APPOSITION.match(after):
        occ.evidence.add("apposition")
    if _PLURAL_VERB.match(after) and (occ.initial or re.search(r"\bthe\s+$", before)):
        # "Real Madrid have sacked": a team, no one person (but the last of a list of
        # people, "X, Y and Z were", is no sentence's first word)
        occ.evidence.add("plural")
    if _A_BEFORE.search(before) and _LOCAL_AFTER.match(after) or _SITE_AFTER.match(after) \
            and not _BROADCAST.search(text, max(0, occ.start - 120), occ.end + 120):
        occ.kind = "place"  # "a Gresham man", "a Varn court" (no court's name), "Varn airport"
    follower = re.match(r"\s+([a-z]+)", after)
    if re.match(r"\s+[a-z]+\s+(?:party|government|alliance|bloc)\b", after) and not occ.initial:
        occ.kind = occ.kind or "organization"  # "the junior Social Democrat coalition party"
    if follower and follower.group(1) in W.KIND_AFTER and not (
            occ.initial and re.match(r"\s+[a-z]+\s+[A-Z]", after)):
        # (but "Consumer group FoodWatch said": a kind of group, opening the sentence)
        occ.kind = occ.kind or W.KIND_AFTER[follower.group(1)]
    if _CRAFT_APPOSED.search(before):
        occ.kind = occ.kind or "other"  # "launched its rocket, Electron,"
    if _FLIGHT_AFTER.match(after) and not occ.initial:
        occ.kind = occ.kind or "organization"  # "an Aer Lingus flight": an airline's (not
        # "Evacuation flights resumed", a sentence's first word)
    if _IS_A_PLACE.match(after):
        occ.kind = occ.kind or "place"  # "X is a relatively small airport"
    if _BASED_AFTER.match(after):  # "a Mumbai-based brokerage": where it is
        occ.kind = occ.kind or ("country" if occ.text in W.COUNTRIES else "place")
    if _NATION_AFTER.match(after):
        occ.kind = occ.kind or "country"  # "X's embassy", "X diplomats": a state's
    craft = _CRAFT_AFTER.match(after)  # "the Argonaut lunar lander", "an Ariane 6 rocket"
    if craft and W.KIND_AFTER.get(craft.group(1)) == "other":
        occ.kind = occ.kind or "other"
    if follower and follower.group(1) in W.PERSON_NOUNS:
        occ.evidence.add("modifier")  # "the Hamas leader": the name qualifies a noun
        if follower.group(1) in _POSITIONS:
            occ.kind = occ.kind or "organization"  # "the Varn City winger X": a club's
    acronym = _ACRONYM_AFTER.match(after)
    if acronym and " " in occ.text and _initials(occ.text) == acronym.group(1):
        occ.evidence.add("acronym")  # "the Special Review Board (SRB)": no one's name
    previous = re.search(r"(\w+)\s+(?:[Tt]he\s+)?(?:(?:neighbou?ring|nearby|central|"
                         r"northern|southern|eastern|western|rural|downtown)\s+)?$", before)
    # ("the journal The Lancet", "in neighbouring Bath")
    if _ACTS_AFTER.match(after):
        occ.evidence.add("acts")  # "X suspended", "X has cancelled": a doer's verb after it
    if illness(text, occ.start, occ.end):
        occ.evidence.add("disease")
    if _GROUP_APPOSED.match(after):  # (before "X, a research group": an organisation)
        occ.kind = occ.kind or "group"  # "X, an armed group", "X, a group linked to Y"
    if _STAFF_AT.search(before) or _SHARES_IN.search(before) or _ORG_APPOSED.match(after) \
            or _SHARES_AFTER.match(after) \
            or _BEATEN_BEFORE.search(before) and _ROUND_AFTER.match(after) \
            or _SCORE_AFTER.match(after) or _WON_BY_SCORE.match(after) \
            or _SCORE_BEFORE.search(before) or _EMPLOYS_AFTER.match(after):
        # ("beat X 3-1", "lost 3-0 to X", "X has sacked manager Y")
        occ.kind = occ.kind or "organization"  # "analysts at X": who employs them
    # "from X's home": the place is the home, X its owner
    elif previous and previous.group(1).lower() in W.PLACE_PREPOSITIONS and \
            not re.match(r"[’']s\b", after):
        occ.evidence.add("place-prep")
    if _OUTLET_BEFORE.search(before) or (" " not in occ.text and _PLATFORM_BEFORE.search(before)):
        occ.kind = occ.kind or "organization"  # "published in The Lancet", "said on Weibo"
    if previous and previous.group(1).lower() in _CRAFT_BEFORE:
        occ.kind = occ.kind or "other"  # "the tanker Aegean Star": a vessel, no one
    if (previous and previous.group(1).lower() in W.ORG_BEFORE or _KIND_APPOSED.search(before)) \
            and "person" not in occ.evidence:  # (not "broadcaster X, daughter-in-law of Y")
        occ.kind = occ.kind or "organization"  # "accountancy firm X", "a local paper, X"
    if _GROUP_BEFORE.search(before) or _MEMBERS_OF.search(before) or \
            _RESPONSIBILITY_AFTER.match(after):  # ("X claimed responsibility for the attack")
        occ.kind = occ.kind or "group"  # "the militant group X"
    if re.search(r"\bthe\s+$", before, re.IGNORECASE):
        occ.evidence.add("definite")
    if previous and previous.group(1).capitalize() in W.TITLES:
        occ.evidence.add("title")  # "Arizona governor Jan Brewer"
    elif previous and previous.group(1) in W.PERSON_NOUNS and \
            previous.group(1) not in _ALSO_OF_FIRMS:
        occ.evidence.add("person")  # "his daughter X", "the company's spokesman X"
    if _PLACES_OF.search(text, max(0, occ.start - 150), occ.start) or \
            _PLACE_NOUN_BEFORE.search(before) or _TOWNS_OF.search(before) or \
            _AGED_OF.search(before):
        occ.evidence.add("place-of")
    # ("X, US sport columnist": where X is from, no place it is in)
    place_after = re.match(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?=\s*(?:[,.;:)]|$)|"
                           r"\s+(?:and|on|in|at|near|after|before)\b)", after)
    if place_after and (place_after.group(1) in W.COUNTRIES or place_after.group(1) in W.PLACES):
        occ.evidence.add("place-of")  # "Donetsk, Ukraine"
    if (_STREET_NAME.fullmatch(occ.text) and _ADDRESS_BEFORE.search(before)) or \
            re.fullmatch(rf"[A-Z][\w’'-]+\s+{_STREETS}s", occ.text) or \
            _STREETS_OF_TWO.match(after):
        occ.kind = occ.kind or "place"
    if _IN_TOWN_BEFORE.search(before) and re.match(r"\s*(?:[,.;:)]|$)", after) and \
            not re.match(r",\s+[A-Z]", after):  # (not "to Son, Tuan, Varnco and": a list)
        occ.evidence.add("place-of")  # "from Kourou, French Guiana,": the town's region


_WHERE = frozenset({"place-prep", "place-of", "place-list"})

_BODY_AFTER = frozenset({"union", "party", "group", "council", "association", "alliance"})
_POSITIONS = frozenset("striker midfielder defender goalkeeper winger".split())


def _body_after_and(text: str, run: list[Token], toks: list[Token], i: int) -> bool:
    """"and" inside one body's name: a word or two before it that name no country or
    place, and after it capitalised words that end in an organisation's word ("the
    Securities and Exchange Commission") or before one in lower case ("the United Food and
    Commercial Workers union")."""
    placed = [t for t in run if t.text in W.COUNTRIES or t.text in W.PLACES]
    if (len(run) > 2 and not (len(run) == 3 and _org_word(run[0].text)
                              and run[1].text in ("for", "of"))) or (
            len(run) > 1 and _org_word(run[-1].text)) or (
            placed and not (len(run) == 2 and placed == run[:1])):
        return False  # ("Meridal Shipping and Varn Ports": two; but "the U.S. Food and
        # Drug Administration": a country's body)
    end = toks[i].end
    for tok in toks[i + 1:i + 5]:
        if text[end:tok.start] != " ":
            return False
        if not _namey(tok):
            return tok.text in _BODY_AFTER and tok is not toks[i + 1]
        if (_org_word(tok.text) or tok.text in _REMITS) and tok is not toks[i + 1]:
            return True  # ("the Center for Strategic and International Studies")
        end = tok.end
    return False


def suggest(art: Article, story: Story) -> list[ActorSuggestion]:
    occurrences = _occurrences(art, story)
    things = _things(art.text)
    if things:
        occurrences = [o for o in occurrences if o.text.split()[-1].rstrip("s") not in things]
    groups: dict[str, Group] = {}
    for occ in occurrences:
        country = W.country(occ.text)
        key = country or occ.text
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(key, [], [], canonical=country or "")
        if occ.text not in group.forms:
            group.forms.append(occ.text)
        group.occurrences.append(occ)
    _firms(groups, art.text)
    _introduced(groups, art.text)
    _link(groups)
    lower = _lower_words(art.text)
    out = []
    for group in groups.values():
        kind, score, guessed = _type_and_score(group, lower)
        if score < 0.4:
            continue
        aliases = [f for f in group.forms if f != group.name]
        out.append(ActorSuggestion(group.name, kind, aliases=aliases, hint=group.hint(),
                                   score=round(score, 2), guessed=guessed))
    out = _near_misses(art, out)
    _mentions(art, story, out)
    return [s for s in out if s.mentions]


_HIS = re.compile(r"(?:\s+[\w,’']+){0,6}?\s+(?:he|she|his|her|him)\b")


_KNOWN_AS = re.compile(r",?\s+\(?(?:(?:also|better|commonly|widely|locally)\s+)?known\s+as\s+"
                       r"(?:the\s+)?")


def _introduced(groups: dict[str, Group], text: str) -> None:
    """Names the article makes one actor: an acronym it gives in brackets after a name
    ("the U.S. Central Command (CENTCOM) ... CENTCOM"), a name it says the actor is known
    as, and a group's name in the singular and the plural ("Houthi rebels ... the
    Houthis")."""
    # (not a person's: "Ichiro Ozawa (DPJ)" names his party; nor a place's: "PASSAU,
    # Germany (AP)" credits an agency)
    given: dict[str, Group] = {}
    for g in groups.values():
        for o in g.occurrences:
            m = _ACRONYM_AFTER.match(text, o.end) or _MIXED_AFTER.match(text, o.end)
            if m and not g.canonical and g.name not in W.PLACES and not _person_like(g) and (
                    m.group(1).isupper() or _initials(g.name) == re.sub("[^A-Z]", "", m[1])):
                given.setdefault(m.group(1), g)
    # "the Department of Forestry and Fire Protection, known as Cal Fire": one body
    starting = {o.start: g for g in groups.values() for o in g.occurrences}
    for g in list(groups.values()):
        for o in g.occurrences:
            m = _KNOWN_AS.match(text, o.end)
            other = starting.get(m.end()) if m else None
            if other is not None and other is not g and groups.get(other.name) is other \
                    and not other.canonical:
                g.forms.extend(f for f in other.forms if f not in g.forms)
                g.occurrences.extend(other.occurrences)
                del groups[other.name]
    for key, group in list(groups.items()):
        target = None
        if _is_acronym(key) or _MIXED.fullmatch(key):
            target = given.get(key)
            if target is group or (target is not None and groups.get(target.name) is not target):
                target = None  # (this one, or one merged into another already)
        elif len(group.words) == 1 and key.endswith("s") and key not in W.DEMONYMS:
            single = groups.get(key[:-1])
            if single is not None and "group" in single.kinds() + group.kinds():
                key, group, target = key[:-1], single, group  # named in the plural
        if target is not None:
            target.forms.extend(f for f in group.forms if f not in target.forms)
            target.occurrences.extend(group.occurrences)
            del groups[key]


def _firms(groups: dict[str, Group], text: str) -> None:
    """News calls a person by the surname, a company by its first word: "Veltra
    Platforms ... Veltra's shares" is a firm when neither says it is someone, and the
    word is no one's surname ("Baher Mohamed" is no short form of "Mohamed Fahmy"; Korean
    given names aside: "Kim Jong-un ... Kim"; "Rex is faced with his first challenge"
    calls a person by the given name, and so does a story that calls them by the surname
    too: "Myuran Sukumaran ... Myuran ... Sukumaran")."""
    surnames = {g.words[-1] for g in groups.values() if len(g.words) > 1}
    singles = {g.name for g in groups.values() if len(g.words) == 1}
    # ("Steve, Alan and Steve depart": listed with a person's given name, a given name)
    given = {g.words[0] for g in groups.values() if len(g.words) == 2 and _personal(g)}
    beside = re.compile(r"(?:,\s+|\s+and\s+)(?:" + "|".join(map(re.escape, given)) + r")\b"
                        ) if given else None
    alone = {g.name for g in groups.values()
             if len(g.words) == 1 and not _personal(g) and g.name not in surnames
             and not any(_HIS.match(text, o.end) or (beside and beside.match(text, o.end))
                         for o in g.occurrences)}
    for g in groups.values():
        if _pair(g) and g.words[0] in alone and "-" not in g.words[-1] and not _personal(g) \
                and g.words[-1] not in singles and not any(  # ("manager Steve Cooper")
                    _PERSON_NOUN_THEN.search(text, max(0, o.start - 30), o.start)
                    for o in g.occurrences):
            g.firm = True


def _shortened(group: Group, longer: list[Group], person_ids: set[int]) -> Group | None:
    """The organisation `group` is a short form of: named in full before it, with the same
    first words (`longer`: the names that begin with its words) and an organisation's word
    last ("Brenmark Energy Partners ... Brenmark", "the Ridgeline Southern Railway ...
    Ridgeline Southern said"), when nothing says the short form is someone."""
    words = group.words
    if group.canonical or "person" in group.kinds() or group.hint() \
            or group.all_evidence() & {"title", "person"} or _org_word(words[-1]):
        return None  # (not "United Nations" of "United Nations Security Council": a body)
    full = [g for g in longer if id(g) not in person_ids
            and (_org_word(g.words[-1]) or g.words[-1] in _LEGAL_FORMS)
            and g.occurrences[0].start < group.occurrences[0].start]
    if _placed(group) and not (
            # a firm named after a town, that the story never places ("Toyota Motor Corp ...
            # the recall by Toyota")
            group.name not in W.PLACES and len(full) == 1 and full[0].words[-1] in _LEGAL_FORMS
            and not any(o.evidence & _WHERE for o in group.occurrences)):
        return None
    return full[0] if len(full) == 1 else None


def _bare(word: str) -> str:
    """A surname without its article: "al-Ibraheem" -> "Ibraheem"."""
    return re.sub(r"^(?:[Aa]l|[Ee]l|ad|as|ash|at|az)-(?=[A-Z])", "", word)


# Titles said with the given name: "Sheikh Nasser" for "Sheikh Nasser Mohammad al-Ahmad
# Al-Sabah", "Prince William"
_BY_GIVEN_NAME = frozenset("Sheikh Sheik Sheikha Emir Prince Princess King Queen Sultan "
                           "Imam Pope".split())


def _pair(g: Group) -> bool:
    """Two words, or two joined by "&" ("Marks & Spencer"), or with a legal form after
    them ("Veltra Holdings Inc")."""
    return len(g.words) == 2 or (len(g.words) == 3 and (
        g.words[1] == "&" or g.words[2] in _LEGAL_FORMS - {"Party", "Group"}))


def _link(groups: dict[str, Group]) -> None:
    """Surnames and short forms join the person named in full; acronyms the organisation."""
    persons = [g for g in groups.values() if len(g.words) >= 2 and _person_like(g)]
    person_ids = {id(p) for p in persons}
    longer = [g for g in groups.values() if len(g.words) >= 2]
    by_last: dict[str, list[Group]] = defaultdict(list)
    for g in longer:
        by_last[g.words[-1]].append(g)
        if _bare(g.words[-1]) != g.words[-1]:
            by_last[_bare(g.words[-1])].append(g)  # "Ibraheem" for "Abdulaziz al-Ibraheem"
    by_first: dict[str, list[Group]] = defaultdict(list)
    # the longer names that begin with some words: ("Brenmark", "Energy") -> "Brenmark Energy
    # Partners" (an index: "Ana Silva1" ... "Ana Silva900" all begin with "Ana")
    by_prefix: dict[tuple[str, ...], list[Group]] = defaultdict(list)
    by_initials: dict[str, list[Group]] = defaultdict(list)
    for g in longer:
        by_first[g.words[0]].append(g)
        for n in range(1, len(g.words)):
            by_prefix[tuple(g.words[:n])].append(g)
        by_initials[_initials(g.name)].append(g)
        if g.words[0] in W.DEMONYMS:  # "English National Portrait Gallery (NPG)"
            by_initials[_initials(" ".join(g.words[1:]))].append(g)
        elif len(g.words) > 3 and g.words[1] == "of":  # "Department of Health and Human
            by_initials[_initials(" ".join(g.words[2:]))].append(g)  # Services (HHS)"
        if " and " in g.name:  # "Centers for Disease Control and Prevention (CDC)"
            by_initials[_initials(g.name.rsplit(" and ", 1)[0])].append(g)
        if len(g.words) > 2 and W.country(g.words[0]):  # "the U.S. Centers for Disease
            rest = " ".join(g.words[1:])  # Control and Prevention ... the CDC"
            by_initials[_initials(rest)].append(g)
            if " and " in rest:
                by_initials[_initials(rest.rsplit(" and ", 1)[0])].append(g)
    # a middle word of a long name: "Lula" of "Luiz Inácio Lula da Silva" (an index, not a
    # scan of every person for every one-word name: a long article has thousands of both)
    by_inner: dict[str, list[Group]] = defaultdict(list)
    for g in persons:
        if len([w for w in g.words if w not in _PARTICLES]) > 2:
            for w in dict.fromkeys(g.words[1:-1]):
                by_inner[w].append(g)
    moved: dict[int, Group] = {}  # id of a group joined to another -> that one
    for key, group in list(groups.items()):
        words = group.words
        # ("De Lima", "Von der Leyen": a surname, no one's full name; "López Obrador" for
        # "Andrés Manuel López Obrador": two surnames)
        middle = [g for g in by_last.get(words[-1], []) if id(group) in person_ids
                  and len(words) == 2 and id(g) in person_ids and len(g.words) > 2
                  and g.words[0] == words[0]]  # "George Bush" for "George W. Bush"
        short = _shortened(group, by_prefix.get(tuple(words), []), person_ids)
        # "Rana Gurjit" for "Rana Gurjit Singh": a person's first names
        grown = [g for g in by_prefix.get(tuple(words), []) if id(group) in person_ids
                 and id(g) in person_ids and len(g.words) == len(words) + 1 >= 3]
        if short is None and len(middle) != 1 and len(grown) != 1 and id(group) in person_ids \
                and len(words) >= 2 \
                and words[0].lower() not in _PARTICLES and not (len(words) == 2 and sum(
                    id(g) in person_ids and len(g.words) > 3 and g.words[-2:] == words
                    for g in by_last.get(words[-1], [])) == 1):
            continue
        lowered = [w.lower() for w in words]
        # (not "Norland" for "Bank of Norland": where the bank is; but "Scientology" for
        # "Church of Scientology")
        ends = [g for g in by_last.get(words[-1], []) if g is not group
                and len(words) < len(g.words) and not (g.words[-len(words) - 1] == "of" and
                                                       g.words[0] in _OF_A_PLACE)
                and (g.words[-len(words):] == words or [
                    w.lower() for w in g.words[-len(words):]] == lowered
                    or [_bare(g.words[-1])] == words)]
        heads = [g for g in ends if id(g) in person_ids]
        # ("Lakers" for "Los Angeles Lakers", "Greens" for "Australian Greens"; not "Council"
        # for "Security Council": a word that names a kind of body names no one)
        # ("Ireland" is no short form of "Northern Ireland", nor "St. Louis" of "East St.
        # Louis": another place; nor a place of a party's name)
        tails = [g for g in ends if id(g) not in person_ids
                 and g.words[-len(words) - 1] not in W.DIRECTIONS and (
            len(words) > 1 or (words[0] not in W.ORG_WORDS and words[0] not in W.PLACE_WORDS
                               and words[0] not in _SEATS and words[0] not in _BUILDINGS
                               and words[0] not in W.DEMONYMS and not group.canonical
                               and not _placed(group)))]
        target = None
        if short is not None:
            target = short
        elif len(middle) == 1:
            target = middle[0]
        elif len(grown) == 1:
            target = grown[0]
        elif heads:  # ("Hicks" for "David Hicks", not for his father "Terry Hicks" named later)
            target = min(heads, key=lambda g: g.occurrences[0].start)
        elif len(tails) == 1:
            target = tails[0]  # "Security Council" for "United Nations Security Council"
        elif id(group) not in person_ids and not group.canonical and not _placed(group) \
                and len(prefixed := [g for g in by_prefix.get(tuple(words), [])
                                     if id(g) not in person_ids
                                     and (g.words[len(words)] == "of"
                                          or (len(g.words) == len(words) + 1
                                              and g.words[-1] in _LEGAL_FORMS))]) == 1:
            # "Open VLD" for "Open VLD Party", "Diet" for "Diet of Japan" (not "Sony" for
            # "Sony Pictures": another firm; nor "Queensland" for "Queensland Museum")
            target = prefixed[0]
        elif len(words) == 1:
            # ("Gaza" for "Gaza Strip", "Sinai" for "Sinai Peninsula"; not "Quebec" for
            # "Quebec City", "Kuwait" for "Kuwait City": another place)
            places = [g for g in by_first.get(words[0], []) if g.name in W.PLACES or (
                len(g.words) == 2 and g.words[1] in _REGION_WORDS
                and words[0] not in W.COUNTRIES)]
            if _is_acronym(words[0]):
                owners = [g for g in by_initials.get(words[0].replace(".", "").rstrip("s"), [])
                          if g is not group]
                target = owners[0] if len(owners) == 1 else None
            elif len(places) == 1:
                target = places[0]
            elif len(given := [g for g in by_first.get(words[0], []) if id(g) in person_ids
                               and (_pair(g) or any(o.hint in _BY_GIVEN_NAME
                                                    for o in group.occurrences))
                               ]) == 1 and not (words[0] in W.COUNTRIES or words[0] in W.PLACES
                                                or words[0] in W.world_places()
                                                or "place-of" in group.all_evidence()):
                target = given[0]  # "Ban" for "Ban Ki-moon": the family name first;
                # "Myuran" for "Myuran Sukumaran": a person called by the given name
            elif len(given) > 1 and "place-of" not in group.all_evidence() and not (
                    words[0] in W.COUNTRIES or words[0] in W.PLACES):
                for occ in group.occurrences:  # "Steve" of "Steve Cooper" and "Steve Rands":
                    occ.kind = occ.kind or "person"  # a given name, whose is not said
            elif len(inner := by_inner.get(words[0], [])) == 1 \
                    and len(words[0]) > 2 and not group.canonical and not _placed(group):
                target = inner[0]  # "Lula" for "Luiz Inácio Lula da Silva"
            elif group.canonical == "":
                owners = [g for g in ends if g.words[-1] in W.ORG_WORDS
                          and words[0] not in _SEATS]
                # "Labour" for "Labour Party", "Conservatives" for "Conservative Party"
                if not (words[0] in W.DEMONYMS or words[0] in W.COUNTRIES
                        or words[0] in W.PLACES or words[0] in W.world_places()
                        or _placed(group)):  # ("the town of Winton": no "Winton Formation")
                    owners = owners or [g for g in by_first.get(words[0], []) + by_first.get(
                        words[0][:-1] if words[0].endswith("s") else "", [])
                        if _pair(g) and (g.words[-1] in W.ORG_WORDS or g.firm)]
                target = owners[0] if len(owners) == 1 else None
        if target is not None:
            while id(target) in moved:  # (joined to a longer name since it was indexed)
                target = moved[id(target)]
            if target is group:
                continue
            for form in group.forms:
                if form not in target.forms:
                    target.forms.append(form)
            target.occurrences.extend(group.occurrences)
            moved[id(group)] = target
            del groups[key]


def _type_and_score(g: Group, lower: frozenset[str]) -> tuple[str, float, bool]:
    """The type, the score, and whether the type is a guess (nothing said it)."""
    words, evidence, kinds = g.words, g.all_evidence(), g.kinds()
    mid = [o for o in g.occurrences if not o.initial]
    recurs = len(g.occurrences) >= 2
    one = len(words) == 1 and all(len(f.split()) == 1 for f in g.forms)
    if g.canonical or g.name in W.COUNTRIES:
        return "country", 0.85, False
    if "disease" in evidence and not _personal(g):
        return "other", 0.0, False  # "an outbreak of Ebola", "the Zika virus": no one
    if g.name in W.PLACES:
        return "place", 0.8, False
    if one:
        word = words[0]
        if word in W.DEMONYMS or word.lower() in W.GENERIC_SPEAKERS:
            if "group" in kinds:
                return "group", 0.5, False
            return "other", 0.0, False
        # Capitalised only where a sentence starts: a name only with support (what it does or
        # is; three sentences opened with it; a person it qualifies, twice: "X coach Y"), and
        # never a word the article also writes in lower case.
        if not mid and (word.lower() in lower or not (
                evidence & {"speech", "apposition", "person"} or kinds
                or len(g.occurrences) >= 3 or recurs and "modifier" in evidence
                or recurs and not word.endswith("s") and "acts" in evidence
                or word in W.world_places())):  # ("Berlin welcomed the decision"; "Norrail
            # suspended services … Norrail cancelled 40 trains": a firm that acts, twice)
            return "other", 0.0, False
        if not mid and word.endswith(("ers", "ors", "ists", "ants", "ents")) and not kinds \
                and not evidence & {"apposition", "person"}:
            return "other", 0.0, False  # "Retailers warned", "Campaigners said": who, unnamed
        score = 0.45 + 0.2 * recurs + 0.15 * bool(evidence & {"speech", "apposition"})
    else:
        score = 0.6 + 0.1 * recurs + 0.1 * bool(g.hint() or evidence & {"speech", "person"})
    # The head word says what it is: "X Shipping", "Department of State", "Gulf of Aden".
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if len(words) > 1 and head in _FIRES and "modifier" in evidence and \
            not evidence & {"person", "title"}:
        return "organization", score, False  # "Cal Fire spokesman X": the fire service
    if len(words) > 1 and (words[0] in _VESSELS or (
            (words[0] in _STORMS or head in _FIRES and (
                "definite" in evidence or not evidence & {"person", "title", "speech"}))
            and not _personal(Group(g.name, g.forms, [o for o in g.occurrences
                                                      if o.text == g.name])))):
        # ("Storm Hansen, the firm's chief": a person; "Hurricane Irene ... the centre said
        # Irene will" is none)
        return "other", score, False  # "the MV Sounion", "Hurricane Helene", "the X Fire"
    if "group" in kinds and not g.hint():  # "the militant group X Front", "X militants"
        return "group", score, False
    if len(words) > 1 and _org_word(head):  # "X Shipping", "X Public Schools", "X Journal-
        # Constitution" are no one's name
        if head in _BUILDINGS and "place-prep" in evidence and "speech" not in evidence:
            return "place", min(score, 0.9), False  # "shot at X School", "treated at X Hospital"
        return "organization", min(score, 0.9), False
    if "&" in words and "person" not in kinds:
        return "organization", min(score, 0.9), False  # "Lord & Taylor", "Marks & Spencer"
    if "person" in kinds or g.hint():
        return "person", min(score + 0.1, 0.95), False
    if "group" in kinds:
        return "group", score, False
    if len(words) > 1 and head in W.PLACE_WORDS and "organization" in kinds:
        return "organization", min(score, 0.9), False  # "Varn City beat X 3-1": a club
    if len(words) > 2 and head == "District" and _org_word(words[-2]):
        return "organization", min(score, 0.9), False  # "X Unified School District": a board
    if len(words) > 1 and head in W.PLACE_WORDS:  # "Vancouver International Airport"
        return "place", min(score, 0.9), False
    if len(words) > 1 and _INITIALS.fullmatch(words[0]) and words[0] not in W.COUNTRIES and \
            evidence & {"person", "title", "speech"}:
        return "person", min(score, 0.9), False  # "D.K. Pathak, a railroad official, said"
    if any(w in W.ORG_WORDS for w in words) or any(_is_acronym(w) for w in words) \
            or _RED_CROSS.search(g.name):  # "the Kenya Red Cross", "the Red Crescent"
        return "organization", min(score, 0.9), False
    if len(words) > 1 and _TEAM.fullmatch(words[-1]) and words[-1] not in W.PLACE_WORDS \
            and not words[-1].endswith("lands") and words[0] not in W.DIRECTIONS \
            and "definite" in g.all_evidence() and "place" not in kinds:  # ("the X Roads area")
        return "organization", min(score, 0.9), False  # "the Los Angeles Lakers": a team, a band
    if len(words) == 2 and words[0] in W.DIRECTIONS and evidence & {"speech", "acts"} and \
            not evidence & {"place-prep", "place-of", "place-list"} and not (
                words[1] in W.PLACE_WORDS or words[1] in W.PLACES or words[1] in W.COUNTRIES
                or g.name in W.world_places() or words[1] in W.world_places()):
        return "organization", min(score, 0.9), False  # "Western Digital confirmed"
    if words[-1] in W.PLACE_WORDS or (len(words) > 1 and (
            words[0] in W.DIRECTIONS or words[0] in W.PLACE_PREFIXES) and not (
            "organization" in kinds and not evidence & {"place-prep", "place-of", "place-list"})):
        # ("the newspaper El Mundo", "the team, New Germany", never in a place: no place)
        return "place", min(score, 0.9), False
    if len(words) > 1 and "person" in evidence and _person_like(g):
        return "person", min(score, 0.9), False  # "a bribe from X Y, a former minister"
    listed = all("place-list" in o.evidence for o in g.occurrences if "place-of" in o.evidence)
    if evidence & {"place-of"} and not (listed and "speech" in evidence) or (
            len(words) > 1 and "place-prep" in evidence and not (
            any(w in _PARTICLES for w in words[2:-1]) and words[1] not in _PARTICLES)):
        # (not "took over from Jose Eduardo dos Santos": two given names, a surname's
        # particle; "at Haut de la Varenne" is a place; nor one that speaks, placed only by
        # a list: "representatives from Norland, X and Vesmark … X has stated")
        return "place", min(score, 0.9), False
    if kinds:
        return kinds[0], min(score + 0.05, 0.9), False
    if len(words) > 1 and any(w in W.COUNTRIES or w in W.PLACES for w in words[1:]):
        if len(words) == 2 and "person" in evidence and words[0] not in W.COUNTRIES and \
                words[0] not in W.PLACES and not _org_word(words[0]) and \
                not _is_acronym(words[0]) and words[0] not in W.DEMONYMS:
            return "person", min(score, 0.9), False  # "Fatima Jordan, a nurse, said"
        return "organization", min(score, 0.9), False
    if g.name in W.world_places():  # "Baghdad", "Andhra Pradesh": not who they look like
        return "place", min(score, 0.9), False
    if one and camel_case(words[0]):
        return "organization", min(score, 0.9), False
    if _person_like(g) or evidence & {"person", "title"}:
        return "person", min(score, 0.9), False
    if _placed(g) and "speech" not in evidence:
        # (a place says nothing: "Unite said" is a union; "a share in X" once among six
        # mentions makes no place of X)
        return "place", min(score, 0.9), False
    return "organization", min(score, 0.9), True  # (a guess)


def _near_misses(art: Article, found: list[ActorSuggestion]) -> list[ActorSuggestion]:
    """'Natanyahu' for 'Netanyahu': a capitalised word close to a person's surname is the
    same person misspelt (and not an actor of its own)."""
    used = {w for s in found for form in (s.name, *s.aliases) for w in form.split()}
    singles = {s.name: s for s in found if s.type != "person" and " " not in s.name}
    loose = sorted((set(re.findall(r"\b[A-Z][a-z]{4,}\b", art.text)) - used | set(singles))
                   - W.FUNCTION_WORDS - W.NOT_ACTORS)
    dropped: set[str] = set()
    near = _Near(loose)
    for sug in found:
        if sug.type != "person" or len(sug.name.split()) < 2:
            continue
        surname = sug.name.split()[-1]
        for word in near.closest(surname):
            if word != surname and word not in sug.aliases:
                sug.aliases.append(word)
                dropped.add(word)
    return [s for s in found if s.name not in dropped]


class _Near:
    """The words that may score 85 or more against a surname by `fuzz.ratio` (more than
    those, never fewer: the scorer decides), without scoring every capitalised word of
    a long article against every surname (quadratic). Of each length that can reach the
    cutoff (2·min/(a+b) bounds the ratio), the words holding one of k + 1 pieces of the
    surname whole, k the most insertions and deletions the cutoff allows between the two
    lengths (85 is 1 - 0.15: k <= 0.15 of both): k edits break k pieces at most."""

    def __init__(self, words: list[str]) -> None:
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for word in words:
            self.by_length[len(word)].append(word)
        # (word length, piece length) -> piece -> the words of that length holding it
        self.holding: dict[tuple[int, int], dict[str, list[str]]] = {}

    def closest(self, surname: str) -> list[str]:
        """The two words nearest the surname with a ratio of 85 or more (of those scored
        alike, the first in alphabetical order)."""
        kept = process.extract(surname, self.to(surname), scorer=fuzz.ratio, limit=None,
                               score_cutoff=85)
        return [m[0] for m in sorted(kept, key=lambda m: (-m[1], m[0]))[:2]]

    def to(self, surname: str) -> set[str]:
        size, near = len(surname), set()
        for n, words in self.by_length.items():
            if 2 * min(n, size) < 0.85 * (n + size):
                continue
            edits = int(0.15 * (size + n) + 1e-6)
            piece = size // (edits + 1)
            if piece < 2:  # (a letter is in too many words to tell any apart)
                near.update(words)
                continue
            holding = self._holding(n, piece)
            for i in range(0, (edits + 1) * piece, piece):
                near.update(holding.get(surname[i:i + piece], ()))
        return near

    def _holding(self, n: int, piece: int) -> dict[str, list[str]]:
        if (n, piece) not in self.holding:
            index: dict[str, list[str]] = defaultdict(list)
            for word in self.by_length[n]:
                for part in dict.fromkeys(word[i:i + piece] for i in range(n - piece + 1)):
                    index[part].append(word)
            self.holding[n, piece] = index
        return self.holding[n, piece]


def _mentions(art: Article, story: Story, found: list[ActorSuggestion]) -> None:
    """Every occurrence of every name in one pass: at each place the longest name wins
    ("Gaza Strip" over "Gaza"), no two mentions overlap, furniture lines are skipped."""
    owner: dict[str, ActorSuggestion] = {}
    for sug in found:
        for form in (sug.name, *sug.aliases):
            owner.setdefault(form, sug)
    text, hits = art.text, []
    starts: dict[str, list[int]] = defaultdict(list)
    for m in re.finditer(r"\w+", text):
        starts[m.group()].append(m.start())
    # The forms by their first word and length: each place a first word stands is looked
    # at once per length, however many names begin with that word.
    by_first: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for form in owner:
        first = re.match(r"\w+", form)
        if first:
            by_first[first.group()][len(form)].add(form)
    for word, lengths in by_first.items():
        for pos in starts.get(word, []):
            if (pos > 0 and text[pos - 1] == ".") or story.furniture(pos):
                continue
            for length, forms in lengths.items():
                if text[pos:pos + length] in forms and not _wordy(text, pos + length):
                    hits.append((pos, -length, text[pos:pos + length]))
    reached = 0
    for pos, minus_length, form in sorted(hits):
        if pos >= reached:
            owner[form].mentions.append((pos, pos - minus_length))
            reached = pos - minus_length


def _wordy(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")
