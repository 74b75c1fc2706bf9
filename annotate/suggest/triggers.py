"""Where the inventory's trigger words stand in an article.

A trigger is a word of the lexicon in any of its forms ("resign" finds "resigned"),
matched as a whole word in lower case (capitalised only where it opens the sentence), so
it never fires inside a hyphenated word ("de-escalation"; but "re-elected" is elected
again) or a name ("Strike Force"),
nor where it only modifies another noun ("fire department", "suicide bombers", a
"suicide bombing": the bombing is the event). A phrase's words may have others between
them: a day or an adverb ("threatened on Friday to sue"), an article, a number or a word of
degree before its object ("cut its main interest rate", "cut about 1,200 jobs"), words
describing its noun ("signed a landmark trade deal") and who is found so ("found X
guilty": the verb alone is then the trigger).
Which of these words are events worth suggesting is `events`' business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from annotate.article import Article, Segment
from annotate.config import Inventory
from annotate.suggest.text import Story, Token
from annotate.suggest.words import DAYS, DEMONYMS, MONTHS, PERSON_NOUN

IRREGULAR = {
    "shoot": ("shot",), "strike": ("struck", "stricken"), "meet": ("met",),
    "fight": ("fought",), "sell": ("sold",), "buy": ("bought",), "win": ("won",),
    "quit": ("quit",), "shut": ("shut",), "hold": ("held",), "take": ("took", "taken"),
    "steal": ("stole", "stolen"), "freeze": ("froze", "frozen"), "hit": ("hit",),
    "break": ("broke", "broken"), "bring": ("brought",), "catch": ("caught", "catches", "catching"),
    "blow": ("blew", "blown"), "fall": ("fell", "fallen"), "stand": ("stood",),
    "lose": ("lost",), "die": ("died", "dying", "dies"), "lie": ("lay", "lain"),
    "flee": ("fled",), "lead": ("led",), "leave": ("left",), "go": ("went", "gone"),
    "withdraw": ("withdrew", "withdrawn"), "overthrow": ("overthrew", "overthrown"),
    "sign": ("signed",), "speak": ("spoke", "spoken"), "write": ("wrote", "written"),
    "tell": ("told",), "say": ("said",), "send": ("sent",), "throw": ("threw", "thrown"),
    "beat": ("beaten",), "keep": ("kept",),
    "pass away": ("passed away",), "kill himself": ("killed himself",),
    "kill herself": ("killed herself",), "hear": ("heard",),
    "find": ("found",), "run": ("ran",), "swear": ("swore", "sworn"), "lay": ("laid",),
    "cut": ("cut",), "set": ("set",), "put": ("put",), "shed": ("shed",),
    "uphold": ("upholds", "upheld", "upholding"), "sink": ("sinks", "sank", "sunk", "sinking"),
    "slay": ("slew", "slain"), "hurt": ("hurt",),
    "kidnap": ("kidnaps", "kidnapped", "kidnapping", "kidnaped", "kidnaping"),
    "cancel": ("cancels", "cancelled", "canceled", "cancelling", "canceling"),
    "expel": ("expels", "expelled", "expelling"),
    "acquit": ("acquits", "acquitted", "acquitting"), "free": ("freed", "freeing"),
}
_DOUBLE = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
# Words after a noun that make it a modifier, not an event ("fire department",
# "suicide bombers", "death penalty").
MODIFIED = frozenset("""department departments crew crews brigade fighter fighters engine engines
coordinator coordinators lineman linemen
truck trucks station service alarm alarms exit exits safety helicopter helicopters dog dogs
rifle rifles zone zones plane planes jet jets squad squads unit units drill drills insurance
season bomber bombers attacker attackers vest vests note notes prevention rate rates risk
risks clause clauses penalty row threat threats certificate certificates scene scenes site
sites survivor survivors suspect suspects victims victim toll camp camps center centre centers
centres facility facilities crime crimes criminal criminals operation operations loss
office officials representatives workers teams trial trials charge charges conviction
convictions group groups agency agencies leadership date dates deadline ceremony ceremonies
price prices bell share court courts judge judges force""".split())
# ... and after a noun only ("the pandemic alert level", "flood fears"), for a verb may
# act on them ("criticised plans to close", "raised fears").
MODIFIED_NOUN = frozenset("""alert alerts level levels fear fears plan plans
preparedness scare watch warning warnings""".split())
_PASSIVE_AUX = frozenset("was were be been being is are".split())
# A market's move, told of a market before it in its clause: "shares sank 12 percent" is no
# ship lost. (As events of no type, "shares plunged", "the krona fell 3 percent" found one
# gold event on the stories read for three extras: the gold leaves markets' moves out.)
_MARKET = re.compile(r"\b(?:shares?|stocks?|index|indices|markets?|currency|currencies|bonds?|"
                     r"yields?|prices?|krona|krone|dollar|euro|pound|sterling|yen|yuan|rupee|"
                     r"peso|rouble|ruble|lira|bitcoin)\b[^.;:,]{0,40}$", re.IGNORECASE)
# What a trigger says of what stands before it in its clause: talks or a market that
# "collapsed", violence that "erupted", are no disaster; "a nurse and her driver, kidnapped
# in 2021, were released" are people set free (INSTEAD), no disclosure.
# Words before a trigger word that say it names no event at all (NOT_OF's retype it):
# "A truck struck a pedestrian", "the train derailed and struck another": a road or rail
# accident, no attack (but "gunmen in a car struck", "a missile struck a bus"); "when the
# tragedy struck": a misfortune's, told of another event
_NOT_STRUCK = re.compile(
    r"(?<!\bin\s)(?<!\bfrom\s)(?<!\binside\s)\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:train|car|vehicle|bus|truck|lorry|van|taxi|motorcycle|motorbike|"
    r"tram|SUV|jeep|tractor|trailer|coach)s?\s+(?:(?:had|has|then|later|also|allegedly|"
    r"reportedly)\s+|(?:derailed|skidded|swerved|veered)\s+(?:\w+\s+){0,3}?and\s+)?$|"
    r"\b(?i:tragedy|disaster|misfortune|calamity|accident|crash|catastrophe)\s+"
    r"(?:had\s+|has\s+)?$")
NOT_BY = {("attack", "strike"): _NOT_STRUCK, ("protest", "strike"): _NOT_STRUCK}
NOT_OF = {  # ("gunfire and explosions near the palace": the fighting's, no disaster)
          # "a forthright attack on a headteacher": words (INSTEAD_OF), no violence
          ("attack", "attack"): re.compile(r"\b(?:forthright|scathing|blistering|stinging|"
                                           r"withering|verbal|veiled|savage|bitter|"
                                           r"outspoken|strongly[- ]worded)\s+$"),
          # "Sunday's Pool C clash", "the semi-final clash": a match, no fighting
          "clash": re.compile(r"(?:\b(?:Pool|Group)\s+[A-H]|\b(?:Mon|Tues|Wednes|Thurs|Fri|"
                              r"Satur|Sun)day[’']s|\b(?i:semi-?final|quarter-?final|final|league|"
                              r"cup|derby|title|knockout|fixture|play-?off|rugby|football|"
                              r"cricket|heavyweight|pool|group-stage|opening-round))\s+$"),
          # "a three-year prison term, suspended for five years": a sentence, no shutdown
          "suspend": re.compile(r"\b(?:terms?|sentences?|prison|jail)\s*,?\s+(?:was\s+|were\s+|"
                                r"but\s+)?$"),
          # "an exchange of fire with militants": shooting (INSTEAD_OF), no blaze
          ("disaster", "fire"): re.compile(r"\b(?:exchanges?|volleys?|bursts?|hail)\s+of\s+$"),
          # "Orange flames shot through the roof": fire, no one shot
          ("attack", "shoot"): re.compile(r"\b(?:flames?|fire|smoke|sparks?|water|lava)\s+$",
                                          re.IGNORECASE),
          # "About 30,000 dockworkers struck 11 ports": a walkout (INSTEAD_OF), no attack
          ("attack", "strike"): re.compile(r"\b(?:workers|dockworkers|dockers|employees|staff|"
                                           r"miners|nurses|teachers|doctors|drivers|pilots|"
                                           r"longshoremen|unions?|members)\s+(?:have\s+|had\s+|"
                                           r"also\s+)?$"),
          # "A suicide car bomber blasted a checkpoint": an attack (INSTEAD_OF), no accident
          ("disaster", "blast"): re.compile(r"\b(?:bombers?|militants|gunmen|insurgents|"
                                            r"attackers|terrorists|jihadists)\s+(?:\w+ly\s+)?$",
                                            re.IGNORECASE),
          # "activists stormed into the ministry": a protest (INSTEAD_OF), no attack
          ("attack", "storm"): re.compile(r"\b(?:activists|protesters|protestors|"
                                          r"demonstrators|students|supporters|fans|workers|"
                                          r"farmers|residents)\s+(?:\w+ly\s+)?$",
                                          re.IGNORECASE),
          # "storms and typhoons, which routinely strike areas": weather, no walkout
          ("protest", "strike"): re.compile(r"\b(?:storms?|typhoons?|hurricanes?|cyclones?|"
                                            r"earthquakes?|quakes?|tornado(?:e?s)?|lightning|"
                                            r"floods?|tsunamis?|disasters?)\b[^.;:]{0,60}$",
                                            re.IGNORECASE),
          # "an anti-corruption purge …, a crackdown that": the campaign's, no one attacked
          "crackdown": re.compile(r"\banti-(?:corruption|graft|drugs?|narcotics)\b"),
          # "arrested at Abira settlement", "in the Kumu Grass settlement": a place, no deal
          "settlement": re.compile(r"\b(?:at|in|from|near|outside)\s+(?:the\s+)?"
                                   r"(?:[A-Z][\w’'-]*\s+){1,3}$"),
          # "re-elected in a landslide", "won by a landslide": a wide win, no earth moved
          "landslide": re.compile(r"\b(?:in|by|with|won|win|wins|winning)\s+a\s+$"),
          # "with the aid of VAR", "aided by": help in a match, none sent
          "aid": re.compile(r"\bwith\s+the\s+$"),
          # "evaded arrest for years", "avoiding police arrest": none made
          "arrest": re.compile(r"\b(?:evad\w+|avoid\w*|escap\w+|resist\w*|dodg\w+)\s+"
                               r"(?:\w+\s+)?$", re.IGNORECASE),
          "explosion": re.compile(r"\b(?:gunfire|gunshots|shots|shooting|fighting|shelling|"
                                  r"clashes|firing|mortar|artillery)\b[^.;:]{0,20}$",
                                  re.IGNORECASE),
          # "sales were hurt by customers waiting": a business's, no one injured
          "hurt": re.compile(r"\b(?:sales|profits?|earnings|economy|economies|shares|stocks?|"
                             r"revenues?|business(?:es)?|growth|exports|prices|demand|tourism|"
                             r"industry|markets?|margins|results|confidence|reputation|"
                             r"chances)\b[^.;:]{0,40}$", re.IGNORECASE),
          "erupt": re.compile(r"\b(?:violence|fighting|clashes|protests?|riots?|unrest|row|"
                              r"dispute|scandal|war|conflict|tensions?|controversy)\b[^.;:]{0,30}$",
                              re.IGNORECASE),
          # "the six-story building with 84 apartments and business collapsed": no firm failed
          ("bankruptcy", "collapse"): re.compile(
              r"\b(?:building|bridge|roof|walls?|tower|house|structure|section|floors?|mine|dam|"
              r"stands?|stage|ceiling|block|apartments?|hotel|factory|school|church|mosque|"
              r"temple|stadium|market|mall|crane|tunnel|"
              # ("Talks aimed at averting strikes by X Airways cabin crew collapsed")
              r"talks|negotiations|deal|bid|merger|agreement)\b[^.;:]{0,80}$", re.IGNORECASE),
          ("disaster", "collapse"): re.compile(
              r"\b(?:talks|negotiations|deal|coalition|government|agreement|marriage|"
              r"relationship|partnership|engagement|romance|"
              r"economy|economic|financial|banking|ceasefire|truce|bank|firm|company|currency|markets?|"
              r"prices|shares|sales|support|case|trial|bid|merger|plans?)\b"
              r"[^.;:]{0,60}$", re.IGNORECASE),
          # "won 31% of the vote", "a share of the vote": a count, no vote held
          "vote": re.compile(r"(?:%|\bper\s?cent|\bpercent|\bshare|\bhalf|\bthird|\bquarter|"
                             r"\bmajority)\s+of\s+the\s+(?:popular\s+)?$", re.IGNORECASE),
          # "a new vaccine cut deaths by a third in a large trial": a test, no court's
          "trial": re.compile(r"\b(?:vaccines?|drugs?|treatments?|medicines?|therap(?:y|ies)|"
                              r"patients|placebo|doses?)\b[^.;:]{0,120}$", re.IGNORECASE),
          # "Police raided the offices", "tax inspectors raided": a search, no attack
          "raid": re.compile(r"\b(?:police|policemen|officers|investigators|inspectors|agents|"
                             r"prosecutors?|prosecutor[’']s\s+office|detectives|authorities|"
                             r"customs|officials|FBI)\b"
                             # (not "police said that gunmen raided": who raided follows)
                             r"(?:(?!\bthat\b)[^.;:]){0,40}$", re.IGNORECASE),
          "release": re.compile(rf"\b(?:{PERSON_NOUN}s?|hostages?|captives?|prisoners?|"
                                r"detainees?|workers?|tourists?|sailors?|crew|men|women|"
                                r"children|people)\b[^.;:]{0,100}?\b(?:was|were|been|being|"
                                r"be)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE),
          "sink": _MARKET}
# A court or a judge doing it, named or not (event_rules._COURT_DOES: in lower case only):
# what would be no event of its own ("blocked the merger": a veto) is the court's ruling.
# (and a judge by name: "Dane County Circuit Judge Juan Colas blocked most of the law")
_COURT_SUBJECT = re.compile(r"\b(?:court|judge|tribunal|justices|magistrate)s?\b"
                            r"(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s+(?:in|"
                            r"of|on)\s+[\w’'-]+(?:\s+[A-Z][\w’'-]+)?|\s+on\s+\w+day|\s+\w+ly)*"
                            r"\s+(?:has\s+|have\s+)?$", re.IGNORECASE)
# ... and what a trigger names only of these: a bank or a firm that "collapsed" fails, a
# government or a coalition that "collapsed" leaves office (not a building, nor talks).
NEEDS_OF = {("bankruptcy", "collapse"): re.compile(
                r"\b(?:bank|lender|firm|company|airline|carrier|retailer|insurer|exchange|fund|"
                r"business|chain|operator|brokerage|start-?up|developer|Airlines?|Airways|"
                r"Group|Inc|Ltd|Corp|Holdings|Capital)\b[^.;:]{0,40}$", re.IGNORECASE),
            ("resignation", "collapse"): re.compile(
                r"\b(?:government|coalition|cabinet|administration|regime)\b[^.;:]{0,40}$",
                re.IGNORECASE),
            # hostages taken or held are the news; hostages freed or rescued are people
            ("casualties", "hostage"): re.compile(
                r"\b(?:took|take|takes|taking|taken|seize[ds]?|seizing|held|hold|holds|holding|"
                r"kept|keep|keeps|keeping|grabbed|kidnapped|abducted)\b[^.;:]{0,40}$",
                re.IGNORECASE)}
NUMBER = "#"  # in NOT_AFTER: any number before the word


def _before(word: str) -> str:
    """A word before a trigger as NOT_AFTER lists it: in lower case, a number as NUMBER."""
    return NUMBER if word[:1].isdigit() else word.lower()


# Words before a noun that make it something else ("cardiac arrest" is no arrest).
NOT_AFTER = {"arrest": frozenset({"cardiac", "respiratory"}),
             "drought": frozenset({"title", "goal", "scoring", "trophy", "winless", "try",
                                   "medal", "major", "podium"}),
             # "the accused", "both accused are expected in court": the defendants, named
             "accuse": frozenset({"the", "both", "all", "two", "three", "four", "five", "six",
                                  "other", "main", "first", "second", "third", "sole"}),
             # "a calf injury", "a hamstring injury": a player's, no one hurt in an event
             "injury": frozenset({"calf", "hamstring", "groin", "ankle", "knee", "foot", "thigh",
                                  "toe", "achilles", "quad", "hip", "shoulder", "wrist", "elbow",
                                  "finger", "thumb", "side", "rib", "adductor", "ligament"}),
             # "fire fighting aircraft": firefighting, no conflict
             "fight": (_FIREFIGHT := frozenset({"fire", "bush", "bushfire"})),
             "fighting": _FIREFIGHT,
             # "he made amends": he put it right, no law changed
             "amend": frozenset({"made", "make", "makes", "making", "to"}),
             # "the anti-graft war", "a price war": a campaign, a rivalry, no fighting
             "war": frozenset({"anti-graft", "anti-corruption", "anti-drug", "price", "trade",
                               "tariff", "culture", "turf", "bidding", "talent", "word",
                               "words", "currency", "streaming", "console", "format"}),
             # "visual appeal", "mass appeal": a quality, no plea nor court
             "appeal": frozenset({"visual", "mass", "broad", "wide", "popular", "aesthetic",
                                  "commercial", "kerb", "curb", "sex", "universal", "wider"}),
             "attack": frozenset({"panic", "anxiety", "asthma", "heart"}),  # an illness's
             # words thrown or a jab: "an early political shot", "a flu shot"
             "shoot": frozenset({"political", "parting", "cheap", "verbal", "flu", "booster",
                                 "vaccine", "mug", "photo", "group", "team", "family"}),
             # "MP elect X", "President elect": who won before, no election told
             "elect": frozenset({"mp", "president", "governor", "mayor", "senator", "premier",
                                 "minister", "chancellor", "councillor", "councilor", "member",
                                 "mla", "mpp", "td"}),
             "annex": frozenset({"a", "an", "the", "high-security", "security", "new"}),  # a
             # building
             # a plane's, a rock's from space: no walkout nor attack
             "strike": frozenset({"bird", "lightning", "meteorite", "meteor", "asteroid"}),
             # a household's, no law proposed
             "bill": frozenset({"unpaid", "energy", "electricity", "gas", "water", "phone",
                                "wage", "salary", "payroll", "import",
                                "utility", "medical", "hospital", "heating", "fuel", "household",
                                "grocery", "restaurant", "higher", "monthly", "subscription",
                                "double", "pay", "paying", "paid"}),
             # "a pump leak", "a water leak": no secret out
             "leak": frozenset({"pump", "pipe", "water", "fuel", "coolant", "tank", "steam",
                                "hydrogen", "ammonia", "sewage", "roof"}),
             # "a red warning", "a storm warning": an alert, no one blamed
             "warn": (_ALERTS := frozenset({"red", "amber", "yellow", "orange", "storm", "weather",
                                   "flood", "tsunami", "heat", "severe", "tornado", "hurricane",
                                   "gale", "snow", "wind", "fire", "travel", "evacuation",
                                   "rain", "rainfall", "frost", "ice", "fog", "avalanche",
                                   "cyclone", "typhoon", "hail", "drought", "landslide"})),
             "warning": _ALERTS,
             "speech": frozenset({"free", "hate"}),  # a right, an offence: no speech given
             # "making false statements to the FBI": an offence, no statement made
             "statement": frozenset({"false", "misleading", "fraudulent", "inaccurate",
                                     "untrue"}),
             "violence": frozenset({"domestic", "sexual", "gun", "gender", "gender-based"}),
             # a dispute in court, at the polls or over a firm: no fighting
             "battle": frozenset({"legal", "court", "courtroom", "custody", "political",
                                  "election", "electoral", "takeover", "bidding", "boardroom",
                                  "uphill", "budget", "ratings", "patent", "copyright",
                                  "jurisdictional", "extradition", "regulatory"}),
             # a test of a medicine or a method, no court's trial
             "trial": frozenset({"clinical", "drug", "vaccine", "medical", "randomised",
                                 "randomized", "controlled", "field",
                                 "time"}),  # ... and a cyclist's time trial, a race
             # "in charge of", "free of charge", "took charge": a duty, no accusation
             "charge": frozenset({"in", "of", "take", "takes", "took", "taken", "taking",
                                  # ... and a run: "a 25 metre charge", "a solo charge"
                                  "metre", "meter", "yard", "solo", "lung-busting",
                                  # ... and a price: "a congestion charge of $15 a day"
                                  "congestion", "service", "booking", "delivery", "admission",
                                  "entry", "cover", "standing", "late", "extra", "additional",
                                  "fixed", "monthly", "annual", "daily", "flat", "one-off",
                                  "carbon", "fuel", "parking", "toll", "handling", "exit",
                                  "allotment", "hidden", "user"}),
             # "was questioned by police" is an interview, no criticism
             "question": _PASSIVE_AUX,
             "aid": frozenset({"first"}),  # "were given first aid": treated, no aid sent
             # a patient's or a borrower's, no one named to a post nor helped
             "appointment": frozenset({"outpatient", "hospital", "medical", "doctor", "dental",
                                       "clinic", "vaccination", "vaccine", "gp", "missed"}),
             "loan": frozenset({"home", "student", "car", "mortgage", "payday", "personal",
                                "consumer", "household"}),
             "take office": frozenset({"after", "since", "before", "upon", "on"}),  # a date
             # "strong demand for devices": a market's, no one demanding
             "demand": frozenset({"strong", "weak", "weaker", "stronger", "consumer", "global",
                                  "customer", "market", "rising", "falling", "high", "higher",
                                  "low", "lower", "growing", "domestic", "energy", "oil",
                                  "travel", "robust", "solid", "slowing", "soaring", "booming",
                                  "seasonal", "export", "import", "pent-up"}),
             # "a tower block", "the cell block", "the 1500 block of Elm Street": a building
             # or a stretch of street, nothing blocked
             "block": frozenset({"tower", "apartment", "office", "cell", "residential",
                                 "housing", "flats", "city", "voting", "trading", "building",
                                 # ... and "50 oil blocks": tracts licensed for drilling
                                 "oil", "gas", "exploration", "offshore", "onshore", NUMBER}),
             # "5,094 forest fires on an area of": fires burning, no one fired on
             "fire on": frozenset({"forest", "wild", "bush", "grass", "brush", "peat", "scrub",
                                   "house", "the", "these", "those", NUMBER}),
             # "Palestinian settlements", "illegal settlements": places, no deal
             "settlement": frozenset({"illegal", "jewish", "informal", "irregular", "unplanned",
                                      "unauthorised", "unauthorized", "squatter", "human",
                                      "new", "rural"} | {d.lower() for d in DEMONYMS}),
             "contract": frozenset({"of"}),  # "in breach of contract": a wrong, no deal
             # "reduced deaths among children", "preventable deaths": a statistic
             "death": frozenset({"reduced", "reduce", "reduces", "reducing", "prevented",
                                 "prevent", "preventing", "preventable", "fewer", "avoidable",
                                 "cut", "cuts", "cutting", "halved", "lower"}),
             # "serving doping suspensions": a player's ban, no halt
             "suspension": frozenset({"doping", "match", "playing", "game", "provisional",
                                      "lifetime", "one-match", "two-match", "three-match"}),
             # "returned fire", "came under fire", "heavy gunfire": shooting, no blaze
             "fire": frozenset({"returned", "return", "returning", "opened", "open", "opening",
                                "exchanged", "exchange", "under", "heavy", "sniper", "gun",
                                "artillery", "mortar", "rocket", "live", "friendly"}),
             # "the financial tsunami", "a political earthquake": a figure of speech
             "tsunami": frozenset({"financial", "economic", "political"}),
             "earthquake": frozenset({"financial", "economic", "political"}),
             "deal": frozenset({"big", "great", "good"}),  # "a big deal", "a great deal of"
             # "opinion polls", "the latest polls": surveys, no vote held
             "polls": frozenset({"opinion", "recent", "latest", "several", "many", "some"}),
             # "import purchases", "asset purchases": trade figures, no one's deal
             "purchase": frozenset({"import", "export", "asset", "bond", "share", "stock"}),
             # "a peaceful resolution of threats", "high resolution": a settling, no motion
             "resolution": frozenset({"peaceful", "conflict", "dispute", "high", "swift",
                                      "quick", "speedy", "diplomatic", "amicable"}),
             # "70% of votes", "fewer votes", "7,658 votes" (NUMBER: any number): a count,
             # not a vote held
             "vote": frozenset({"of", "fewer", "more", "total", "popular", "valid", "cast",
                                "special", "postal", "absentee", "invalid", "spoiled",
                                "spoilt", "blank", "electoral", NUMBER}),
             # "new flight rules", "the rules": regulations, no court's ruling
             "rule": frozenset({"the", "new", "these", "those", "its", "their", "strict",
                                "stricter", "tough", "tougher", "flight", "safety",
                                "relaxing", "house", "game"})}
# Lemmas (or type and lemma) whose verb forms name another event than their noun: a fire
# is a disaster, but "fired the director" is a dismissal and "fired shots" an attack; a
# storm is a disaster, "stormed the building" an attack; "according to" is no accord;
# figures that "conflicted with" others are no war, nor "battled the blaze"; "petitioned the
# court" is an appeal, no protest; "billing addresses", "was billed as" no law proposed.
NOUN_ONLY: frozenset[object] = frozenset({("disaster", "fire"), ("disaster", "storm"), "accord",
                                        "conflict", "petition", "battle", "bill"})
# ... and whose noun is no event, or another one: "a fine", "a try", "the question", "on
# the ground", "the Olympic torch", "poison"; "a storm" is no attack, nor "the strike" (a
# walkout; "an air strike" is one); "a close ally" no closure;
# "a welcome start", "hail" that falls are no one's reaction; "a household name" no one named;
# "a call for calm" is a call (a statement), no blame; "fish catches", "the county jail" no
# arrest.
VERB_ONLY: frozenset[object] = frozenset({"fine", "try", "question", "ground", "torch", "free",
                                          "pass", ("attack", "fire"),
                                          "poison", ("attack", "storm"), ("attack", "strike"),
                                          "close",
                                          "welcome", "hail", "contact", "email", "e-mail",
                                          "reply to", "name", ("criticism", "call"),
                                          ("arrest", "catch"), ("arrest", "jail"),
                                          ("resignation", "fire"), "defect", "tour",
                                          ("cyber-attack", "breach")})
# "raised the warning to the highest level": an alert, no one blamed.
# "warned residents to stay indoors", "a warning for motorists": told to the public
_TO_THE_PUBLIC = (r"\s+(?:(?:to|for)\s+)?(?:all\s+)?(?:local\s+)?(?:residents|people|the\s+public|"
                  r"travell?ers|motorists|drivers|tourists|swimmers|boaters|farmers|"
                  r"communities|citizens|owners|consumers|customers|passengers|users|"
                  r"parents|patients|shoppers|investors)\b")
_SCORED = r"\s+(?:[\w’'.-]+\s+){1,6}?\d{1,2}-\d{1,2}\b(?!\s+(?:vote|votes|majority)\b)"
_ALERT = r"\s+to\s+(?:the\s+)?(?:highest|level|red|orange|yellow|amber)\b"
# "shot at goal", "fired a shot at the goalkeeper", "fired wide of the far post", "a shot to
# the far corner": a match's
# (not "fired its goalkeeper": a preposition first)
_GOAL = (r"\s+(?:(?:the|an?|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:goal|goalkeeper|keeper|"
         r"goalie|goalmouth|crossbar|woodwork|(?:far|near|top|bottom)(?:[\s-]+(?:left|right))?"
         r"\s+(?:post|corner))\b")
_AT_GOAL = (r"|\s+(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:at|into|past|over|"
            r"wide\s+of|towards?|to|on)" + _GOAL)
# A verb followed by these is no event of its type: "dealing with the threat", "dealt
# with" handle it, no deal; "warning to the highest level" is an alert.
_NOT_COUNTED = (r"(?!\s*(?:%|percent|people|persons|men|women|children|"  # a score, not a count
                r"(?!(?:as|was|is|this|has)\b)[a-z]+s\b))")
VERB_NOT_BEFORE = {"deal": re.compile(r"\s+with\b"), "warn": re.compile(_ALERT),
                   # "declared their innings on 591 for six": a cricket side's, no statement
                   "declare": re.compile(r"\s+(?:their|its|his|the)\s+(?:first\s+|second\s+)?"
                                         r"innings\b"),
                   # "suspending their prison terms": a sentence that need not be served
                   "suspend": re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?(?:terms?|sentences?)\b"),
                   # "elected to have a trial by jury": chose (not "elected to parliament")
                   "elect": re.compile(r"\s+(?:not\s+)?to\s+(?:have|take|go|stand|remain|stay|"
                                       r"be|sit|leave|retire|skip|forgo|waive|plead|proceed|"
                                       r"defer|continue|pursue|keep|receive|accept|withdraw|"
                                       r"testify|appeal|represent|speak|give|make|wait)\b"),
                   "blast": re.compile(r"\s+past\b"),  # ("blasted past X in the final": a win)
                   # "rallied past X 1-6, 6-3, 6-4", "rallied from a set down", "toppled X
                   # of Norland 6-4, 6-3", "ousted the top seed 7-5": a match won
                   "rally": re.compile(r"\s+(?:past|from\s+(?:a|an|two|\d)|back\s+to|to\s+"
                                       r"(?:beat|win|defeat|victory|draw))\b|" + _SCORED),
                   "topple": re.compile(_SCORED), "oust": re.compile(_SCORED),
                   # "invested heavily in securing the capital": effort spent, no deal
                   "invest in": re.compile(r"\s+[a-z]+ing\b"),
                   # "released the relay satellite into orbit": a launch's stage
                   "release": re.compile(r"\s+(?:\S+\s+){0,6}?(?:[Ss]atellites?|spacecraft|"
                                         r"probe|payload|capsule|rover|lander|stages?|into\s+(?:orbit|"
                                         r"space|the\s+wild))\b"),
                   "retire": re.compile(r"\s+room\b"),  # "went into the retiring room"
                   # "Kia sank 3.3 percent": a share price, whatever stands before it; "GMV
                   # sank to less than $278 million": a figure; no ship
                   "sink": re.compile(r"\s+(?:as\s+much\s+as\s+|nearly\s+|almost\s+|about\s+|"
                                      r"more\s+than\s+)?[\d.,]+\s*(?:%|percent\b|per\s+cent\b|"
                                      r"points?\b)|\s+(?:to|by)\s+(?:[a-z]+\s+){0,2}?[$€£¥]?\d"),
                   # "marching toward that goal": getting nearer, no protest
                   "march": re.compile(r"\s+(?:toward|towards)\s+(?:[\w-]+\s+){0,2}?(?:goals?|"
                                       r"targets?|profitability|recovery|victory|success)\b"),
                   # "amended its IPO prospectus": a firm's document, no law
                   "amend": re.compile(r"\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?"
                                       r"(?:prospectus|filing|forecast|guidance|offer|bid|"
                                       r"complaint|lawsuit|contract|application|statement)\b"),
                   # "the jobless rate shot up to 7.6 percent": it rose
                   # ... and "shot a 6-under 65", "shot 71": a golfer's round
                   "shoot": re.compile(r"\s+up\b|\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?[5-8]\d\b"
                                       + _NOT_COUNTED + _AT_GOAL),
                   # "struck an unbeaten 78", "struck a half-century": a batsman's runs;
                   # "struck his second goal", "struck the winner": a scorer's
                   "strike": re.compile(r"\s+(?:an?\s+)?(?:unbeaten\s+|quick(?:fire)?\s+)?"
                                        r"(?:\d{2,3}\b" + _NOT_COUNTED + "|century|half-century|"
                                        r"fifty|boundar(?:y|ies)|sixes|fours)|"
                                        r"\s+(?:(?:his|her|their|its|a|an|the)\s+)?(?:[\w-]+\s+)?"
                                        r"(?:goals?|winner|equali[sz]er|opener|header|"
                                        r"penalty|brace|hat-trick)\b" + _AT_GOAL + "|"
                                        # "X and Y struck as United notched a 2-0 win"
                                        r"\s+(?:twice\s+|late\s+|early\s+)?as\s+[^.;]{0,60}?"
                                        r"(?:\d{1,2}-\d{1,2}|win|victory|draw)\b"),
                   # "stormed home on the bell", "stormed into the lead": a win
                   "storm": re.compile(r"\s+(?:home|to\s+(?:victory|a\s+\d|the\s+(?:title|top|"
                                       r"lead))|into\s+(?:the\s+)?(?:lead|final|semi))\b"),
                   # "crashed to a 3-1 loss", "crashed out of the cup": a defeat, no wreck
                   "crash": re.compile(r"\s+out\s+of\b|\s+to\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
                                       r"(?:defeats?|loss|losses|lows?)\b"),
                   # "suffered a crushing defeat": how bad, nothing crushed
                   "crush": re.compile(r"\s+(?:defeat|blow|loss|losses|victory|win|"
                                       r"majority|burden|debts?|weight|pressure|setback)\b"),
                   # "charging them a 30% commission", "charged fees": a price, and "is
                   # charged with strengthening the economy": a duty; no indictment
                   "charge": re.compile(r"\s+(?:\w+\s+)?(?:an?\s+|the\s+)?(?:[\d.,]+%?\s+|"
                                        r"\$[\d.,]+\s+)?(?:[\w-]+\s+)?(?:commissions?|fees?|"
                                        r"interest|prices?|rent|tolls?|premiums?)\b|"
                                        r"\s+with\s+(?:overseeing|leading|running|managing|"
                                        r"strengthening|reviewing|drafting|organi[sz]ing|"
                                        r"forming|implementing|protecting|ensuring|"
                                        r"coordinating|supervising|developing|improving|"
                                        r"rebuilding|monitoring|regulating|delivering|"
                                        r"restoring)\b|\s+down\b|\s+that\b|"
                                        # "charging its batteries", "charging stations": power
                                        r"\s+(?:(?:its|their|his|her|the|an?|electric|"
                                        r"mobile)\s+)*(?:[\w-]+\s+)?(?:batter(?:y|ies)|phones?|"
                                        r"cars?|vehicles?|devices?|stations?|points?|ports?|"
                                        r"cables?|infrastructure|network)\b"),
                   # ("charged down a kick"; "charging that it backed militants": an accusation)
                   # "captured a 55 percent share of the market", "captured the mood": won;
                   # "captured the scary moments", "captured on video": recorded
                   "capture": re.compile(r"\s+(?:an?\s+|the\s+|its\s+)?(?:[\d.,]+\s*(?:%|"
                                         r"percent\b|per\s+cent\b)|(?:market\s+)?share\b|"
                                         r"(?:the\s+)?(?:mood|imagination|attention|hearts?)\b)|"
                                         r"\s+on\s+(?:camera|video|film|CCTV|tape)\b|"
                                         r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:moments?|"
                                         r"footage|images?|scenes?|pictures?|photos?)\b"),
                   # "the economy contracted by 0.4%": shrank
                   "contract": re.compile(r"\s+(?:by\b|\d|sharply|slightly|again|for\s+the\s+"
                                          r"(?:first|second|third|\w+th)\b)"),
                   # "the storm slammed into the coast": a blow, no criticism
                   "slam": re.compile(r"\s+(?:in)?to\b|\s+(?:the\s+)?(?:door|brakes?)\b")}
# Words that name the event only after one of these: "a hearing", "the bail hearing", not
# "after hearing the news"; "was tried", not "tried to".
NEEDS_BEFORE = {"hearing": frozenset("""a an the his her their its court appeal appeals bail
committee sentencing preliminary public closed first second final next""".split()),
                "try": _PASSIVE_AUX,
                # "killed in a crush at the stadium", "the crowd crush", not "crushed dissent"
                "crush": frozenset("""a an the in deadly fatal crowd stadium human
another""".split()),
                # "launched an offensive", "the spring offensive", not "offensive to Muslims"
                "offensive": frozenset("""a an the its their his her military ground air new
major final spring fresh counter""".split())}
_ILLNESS = (r"\s+(?:with|against)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,2}?"
            r"(?:cancer|illness|[Dd]isease|leuka?emia|dementia|depression|addiction|"
            r"tumou?rs?|lymphoma|sclerosis|alcoholism|COVID|Covid|coronavirus|infection)\b")
# What a deal's closing closes: "after closing of the transaction", "at the closing of the deal"
_DEAL_DONE = r"(?:deal|transaction|acquisition|merger|sale|offer)"
# A trigger followed by these words is not the event: "appealed for calm", "appealing to
# the public for help" are pleas (a statement, see INSTEAD); "is trying to", "ruled out", "buy
# time", "sold out", "agreed that", "demonstrated that", "questioned whether", "recalled
# how", "discovered that" say something else; "released from prison" is no disclosure
# (other news, see INSTEAD),
# "protesters flooded the streets" no flood,
# "overturned the ruling" no capsized boat.
NOT_BEFORE = {
    # "a landslide victory": a wide win
    "landslide": re.compile(r"\s+(?:victory|win|majority|re-?election|defeat)\b"),
    # "a suicide car bomber", "a suicide attack": the attack's, no one's own death told
    "suicide": re.compile(r"\s+(?:car\s+|truck\s+)?(?:bomb\w*|attack\w*|vests?|missions?|"
                          r"squads?|drones?)\b"),
    # "a long battle with cancer", "her fight against Parkinson's disease": an illness
    "battle": re.compile(_ILLNESS), "fight": re.compile(_ILLNESS),
    # "a crackdown on corruption": a campaign against an offence, no one attacked
    "crackdown": re.compile(r"\s+on\s+(?:corruption|graft|bribery|tax\s+evasion|drugs?|drug\s+"
                            r"trafficking|smuggling|fraud|piracy|illegal|illicit|gambling|"
                            r"counterfeit)"),
    # "a storm of criticism": no weather
    "storm": re.compile(r"\s+of\s+(?:criticism|protests?|controversy|outrage|anger|complaints|"
                        r"opposition|questions|condemnation|indignation|publicity)\b"),
    # "the law was declared unconstitutional by a judge": a ruling (INSTEAD)
    "declare": re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(?:unconstitutional|illegal|unlawful|"
                          r"invalid|void|null)\b"),
    # "fire brigades", "the fire and police departments": a service, no blaze; "fired a
    # shot at the goalkeeper": a match's (_AT_GOAL)
    "fire": re.compile(r"\s+(?:and\s+(?:police|rescue|ambulance)\s+)?(?:brigades?|fighters?|"
                       r"departments?|services?|stations?|engines?|trucks?|crews?|chiefs?|"
                       r"officials?|alarms?|safety|hydrants?|exits?|marshals?)\b" + _AT_GOAL),
    # "on a collision course with creditors": a dispute to come, no crash
    "collision": re.compile(r"\s+course\b"),
    # "the rocket blasted off": a launch, nothing blown up
    "blast": re.compile(r"\s+off\b"),
    # "the march to the finals", "her march to power": a run of wins, no protest
    "march": re.compile(r"\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:titles?|finals?|crown|"
                        r"championships?|semi-?finals?|play-?offs?|victory|power)\b"),
    # "supporters erupted with joy": cheering, no volcano
    "erupt": re.compile(r"\s+(?:with|in(?:to)?)\s+(?:joy|cheers?|cheering|celebrations?|"
                        r"applause|laughter|jubilation|delight|song|dancing)\b"),
    # "a protective shell did not release", "a shell company": no shelling
    "shell": re.compile(r"\s+(?:did|does|was|is|company|companies|corporation|firm|game|"
                        r"shock|oil|script|account)\b"),
    # "has been banned four years", "banned for life from all competition": a sanction on
    # someone (INSTEAD), nothing shut
    "ban": re.compile(r"\s+(?:for\s+)?(?:(?:a|an|\d+|one|two|three|four|five|six|seven|eight|"
                      r"ten|twelve|eighteen|\w+-(?:year|month|match|game))\s+)?(?:years?|months?|"
                      r"matches|games|life)\b|\s+from\s+(?:competing|playing|competition|"
                      r"racing|football|the\s+sport|all\s+(?:official\s+)?(?:sport|competition|"
                      r"football|activities))"),
    # "firefighters were attacking six wildfires": fighting a fire (not "attacked the fire
    # station")
    "attack": re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:wild)?(?:fires?|blazes?|flames)\b"
                         r"(?!\s+(?:station|brigade|department|service|crews?|engines?|trucks?)\b)"),
    # "was endorsed by the General Assembly as secretary-general": chosen for a post
    # "crews fighting a 9-square-mile fire": firefighting, no conflict
    "fighting": re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(?:wild)?(?:fires?|blazes?|flames|"
                           r"infernos?|bushfires?)\b|"
                           # "fighting smuggling", "fighting against corruption": a campaign
                           r"\s+(?:the\s+|against\s+(?:the\s+)?)?(?:smuggling|corruption|"
                           r"crime|drugs?|poverty|terrorism|inflation|disease|graft|fraud|"
                           r"climate|pandemic|virus|hunger)\b|"
                           # "divers fighting strong currents", "fighting for his life"
                           r"\s+(?:(?:strong|rough|heavy|high|the)\s+)*(?:currents?|winds?|"
                           r"waves?|tides?|seas|fatigue|exhaustion|tears|the\s+clock)\b|"
                           r"\s+for\s+(?:his|her|their|its)\s+(?:life|lives)\b"),
    # "a dying star", "in the dying seconds": an adjective, no one dies
    "die": re.compile(r"(?<=dying)\s+(?:seconds|minutes|moments|stages|days|hours|weeks|"
                      r"months|years|embers|stars?|breed|industry|trade|art|light|trees?|"
                      r"plants?|coral|reefs?|languages?|towns?|villages?|business(?:es)?|wish|"
                      r"words|breath|sun|planet|galax(?:y|ies)|moments)\b"),
    "endorse": re.compile(r"\s+(?:[\w’'.-]+\s+){0,10}?as\s+(?:(?:the|its|their|next|new)\s+)*"
                          r"(?:[\w-]+\s+){0,2}?(?i:secretary-general|president|chairman|"
                          r"chairwoman|chair|leader|director|chief|head|candidate|nominee|"
                          r"successor|governor|minister)\b"),
    # ... and "appealed to the government to help free her" (not to a court: an appeal)
    "appeal": re.compile(r"\s+(?:to\s+(?:[\w’'-]+\s+){1,4})?for\b|\s+to\s+(?!(?:[\w’'-]+\s+)"
                         r"{0,3}(?:[Cc]ourts?|[Tt]ribunals?|[Jj]udges?|[Pp]anel)\b)"
                         r"(?:[\w’'-]+\s+){1,8}to\s+[“\"]?[a-z]|" + _TO_THE_PUBLIC),  # ("appealing
    # to motorists who stopped at the scene")
    # "taking over the portfolios himself", "took over as chief", "who took over in August":
    # a post, no firm bought
    "take over": re.compile(r"\s+(?:as\b|(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:portfolios?|duties|responsibilit(?:y|ies)|role|post|job|charge|"
                            r"command|reins|helm|presidency|chair(?:manship)?|leadership|"
                            r"investigations?|inquiry|probe|case|search|control|operations?|"
                            # "gunmen who have taken over targets across the city": seized
                            r"targets?|buildings?|hotels?|towns?|villages?|cit(?:y|ies)|areas?|"
                            r"streets?|stations?|airports?|bases?|compounds?|camps?|"
                            r"parliament)\b)|"
                            # "it took over two decades": a time, no takeover
                            r"\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|"
                            r"half\s+an?)\s+(?:decades?|years?|months?|weeks?|days?|hours?|"
                            r"minutes?)\b|"
                            # "who took over in August", "takes over during a crisis": a post
                            r"\s+(?:in|on|during|at|from|after|when|last|this|next|earlier|"
                            r"later|until)\b|\s*[.,;:]"),
    # "welcomed X to the White House": a visit received (a meeting, see INSTEAD)
    "welcome": re.compile(r"\s+(?:[\w’'.-]+\s+){1,5}?to\s+(?:the\s+)?[A-Z]"),
    # "have wound up employing", "the fund was wound down": wind's past, no one hurt
    "wound": re.compile(r"\s+(?:up|down)\b"),
    # "the warring sides agree to a ceasefire": who fought, named for the deal
    "war": re.compile(r"\s+(?:sides|factions|parties|groups|camps|militias|clans|rivals)\b|"
                      # "war songs", "a war chest", "the war room": no fighting
                      r"\s+(?:songs?|chants?|cry|cries|chest|room|paint|dance|drums?)\b|"
                      # "the War on Drugs", "a war on poverty": a campaign, no fighting
                      r"\s+(?i:on|against)\s+(?i:drugs|narcotics|terror|terrorism|crime|poverty|"
                      r"corruption|waste|obesity|cancer|inflation)\b"),
    # "a concept demonstration satellite", "a demonstration of how it works": a showing
    # ("the demonstration flying team": an air display's)
    "demonstration": re.compile(r"\s+(?:satellites?|flights?|flying|teams?|squadrons?|missions?|"
                                r"models?|projects?|units?|plants?|videos?|"
                                r"of\s+(?:its|how|their|our)\b)"),
    # "warned that the cloud could": a statement of what may come (INSTEAD), no one blamed;
    # "the warning to the highest level": an alert
    # "warned of more rain", "warned about the cost": a warning given, no one blamed
    "warn": re.compile(r"\s*,?\s*(?:however,?\s*|also\s+)?(?:(?:them|him|her|us|residents|"
                       r"people|the\s+public)\s+)?(?:that|of|about|for|against)\b|"
                       # "warning countries to prepare for diseases": advice
                       r"\s+(?:[\w’'-]+\s+){1,3}?(?:not\s+)?to\s+(?!the\b|a\b|an\b)[a-z]+\b|"
                       + _TO_THE_PUBLIC),
    # ... and "warnings were issued to residents", "a warning for motorists": an alert to
    # the public, no one blamed
    # ... and "until the warnings were lifted", "the warning remains in place": an alert's
    "warning": re.compile(rf"{_ALERT}|{_TO_THE_PUBLIC}|\s+(?:(?:were|was|has|have|had|been|"
                          r"being|is|are)\s+)+(?:lifted|cancell?ed|downgraded|upgraded|extended|"
                          r"in\s+(?:effect|place|force))\b|\s+(?:remains?|remained|stays?|stayed)"
                          r"\s+in\s+(?:effect|place|force)\b|\s+(?:(?:were|was|has|have|had|been|"
                          r"being)\s+)*issued\b|"
                          # "prompting warnings of coastal flooding": what may come
                          r"(?<=warnings)\s+(?:of|about)\b"),
    # "electronic voting machines", "voting rights": what voting uses or is, no vote held
    "vote": re.compile(r"(?<=[Vv]oting)\s+(?:machines?|booths?|rights?|age|systems?|process|"
                       r"stations?|centres?|centers?|papers?|intentions?|patterns?|records?|"
                       r"blocs?|power|slips?|procedures?|equipment|technology|districts?)\b"),
    # "the rocket fired at the close of the launch window", "fired at 9 a.m.": when, no one
    # fired on
    # "in injury time": a match's added minutes, no one hurt
    "injury": re.compile(r"\s+time\b"),
    "fire at": re.compile(r"\s+(?:(?:the|its)\s+)?(?:close|end|start|beginning|opening|"
                          r"height|moment|time|top)\s+of\b|\s+\d|\s+(?:noon|midnight|dawn)\b|"
                          + _GOAL),
    # "loan payments", "loan rates": money owed, no loan made
    "loan": re.compile(r"\s+(?:payments?|repayments?|rates?|defaults?|books?|portfolios?|"
                       r"officers?|sharks?|guarantees?|forgiveness|balances?)\b"),
    # "three leaks from a ruptured oil well": oil, no secret
    "leak": re.compile(r"\s+(?:from|in|at)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}(?:wells?|"
                       r"pipes?|pipelines?|tanks?|reactors?|plants?|ships?|tankers?|vessels?|"
                       r"rigs?|valves?|hulls?|roofs?|dams?|pumps?)\b"),
    # "Rioters dispersed when police arrived": the crowd left, no one was attacked
    "disperse": re.compile(r"\s*(?:(?:when|after|as|before|peacefully|quietly|later|soon)\b|"
                           r"[.,;])"),
    # "the plane struck trees": a crash, no attack
    "strike": re.compile(r"\s+(?:a\s+|the\s+|some\s+)?(?:trees?|ground|power\s+lines?|poles?|"
                         r"walls?|mountain(?:side)?s?|hillside|rocks?|reef|bridge|iceberg|"
                         r"barrier|runway|water)\b|"
                         # "180 being struck from the list": removed from a register
                         r"\s+(?:from|off)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?(?:list|"
                         r"register|roll|rolls|record|records|ballot|agenda|registry)\b"),
    # "pledged to do everything possible": a promise (a statement, see INSTEAD), no aid given
    # ("the opposition pledged protests over the result": a threat, no help)
    "pledge": re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]+\b|"
                         r"\s+(?:protests?|demonstrations?|strikes?|boycotts?|resistance|"
                         r"revenge|retaliation|a\s+(?:legal\s+)?(?:fight|challenge|boycott))\b"),
    # "blocked the proposal", "blocked a takeover": a veto, nothing shut
    "block": re.compile(r"\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:proposals?|"
                        r"resolutions?|bills?|motions?|plans?|deals?|bids?|moves?|measures?|"
                        r"appointments?|nominations?|sales?|mergers?|takeovers?|laws?|"
                        r"sanctions?|reforms?|amendments?|vote)\b"),
    # "a petition to the Supreme Court", "petition challenging the result": a court case
    # (INSTEAD), no protest
    "petition": re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(?:[Cc]ourt|[Tt]ribunal|judges?|"
                           r"challenging|contesting|seeking\s+to\s+(?:annul|overturn))\b|"
                           r"\s+(?:was\s+|were\s+|had\s+been\s+)?(?:filed|lodged)\b"),
    # "a collapse in memory-chip prices", "the collapse of the currency": a market's fall
    # ("the collapse of a similar previous deal": an accord that failed)
    "collapse": re.compile(r"\s+(?:in|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:prices?|"
                           r"sales|shares|stocks?|demand|markets?|currency|exports|imports|"
                           r"profits?|earnings|values?|rates?|output|investment|deal|talks|"
                           r"negotiations|agreement|accord|truce|ceasefire|peace)\b"),
    # "police charged the crowd", "charged at protesters": an assault (INSTEAD), no indictment
    "charge": re.compile(r"\s+(?:at\s+|into\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:crowds?|"
                         r"protesters|demonstrators|marchers|rioters|students|fans|"
                         r"barricades?)\b"),
    # "illegally acquiring Nigerian passports", "acquired the skills": no purchase
    "acquire": re.compile(r"\s+(?:\S+\s+){0,3}?(?:passports?|visas?|citizenship|nationality|"
                          r"skills?|knowledge|experience|immunity|documents?)\b", re.IGNORECASE),
    # "dealing a blow to X", "dealt a severe blow": an idiom, no agreement
    "deal": re.compile(r"\s+(?:a|an|another|the|its)\s+(?:[\w-]+\s+)?blows?\b"),
    "try": re.compile(r"\s+(?:to|hard|harder)\b|(?<=[Tt]rying)\s+for\b"),  # ("trying for a deal")
    "rule": re.compile(r"\s+(?:it\s+|that\s+|this\s+|them\s+)?out\b"),
    "buy": re.compile(r"\s+time\b"),
    # "sold out", "sold under the X brand", "had sold 31,000 tickets", "sold in stores": goods
    # sold, no business changing hands
    # ("selling points", "the selling price": a shop's)
    "sell": re.compile(r"(?<=selling)\s+(?:points?|prices?|season|pressure)\b|"
                       r"\s+(?:out|under|at|in\s+(?:stores|shops|supermarkets|pharmacies)|"
                       r"(?:about\s+|more\s+than\s+|at\s+least\s+|over\s+)?[\d,.]+\s+"
                       r"(?!(?:percent|per\s+cent|%)\b)[a-z]+)\b"),
    # "four walked out on their own", "walked out of the rubble": survivors, no strike
    # ("then walked out, got into a car": a gunman leaving)
    "walk out": re.compile(r",\s+(?:got|drove|fled|ran|went|left|climbed)\b|"
                           r"\s+(?:on\s+(?:their|his|her)\s+own|alive|unhurt|unharmed|"
                           r"safely|and\s+(?:got|drove|fled|ran|went|left|climbed)|"
                           r"of\s+(?:the\s+|a\s+)?(?:mine|rubble|building|hospital|wreckage|"
                           r"prison|jail|store|shop|house|home|restaurant|bar|bank|court|"
                           r"courtroom|courthouse|hearing|church|shaft|tunnel|cave|pit|plane|aircraft|"
                           r"train|bus|car|vehicle|fire|flames|smoke|water|sea))\b"),
    # "400,000 people cut off by the fighting": stranded, nothing shut down
    "cut off": re.compile(r"\s+(?:by\s+(?:the\s+)?(?:fighting|floods?|flooding|snow|war|"
                          r"conflict|landslides?|storms?|rising\s+water)|from)\b"),
    # ... "agreed to vote in favour", "agreed to pay": a promise to act, no deal made
    "agree": re.compile(r"\s+(?:that|with|(?:\w+\s+)?on\s+(?:how|what|whether|who|when|why)|"
                        r"to\s+(?!(?:a|an|the|its|their|terms|ceasefire|truce|deal|plan|"
                        r"proposal|conditions|demands|merger|sale|takeover|merge|combine|buy|"
                        r"sell|acquire|purchase|form|swap|exchange|share|end|settle|resume|"
                        r"halt|stop|extend|renew|cut|reduce|lift|withdraw)\b|"
                        # ("agreed to pay $50 billion for control of X": a purchase)
                        r"pay\b(?=[^.;]{0,60}?\bfor\s+(?:control|(?:a|an)\s+(?:[\w-]+\s+)?"
                        r"stake|the\s+(?:rest|remainder|purchase|acquisition))\b))"
                        r"[a-z]+[^s\W])\b"),
    "demonstrate": re.compile(r"\s+(?:that|how|what|its|their|his|her|the|a|an)\b"),
    # ("detained for further questioning.": an interview, no criticism)
    "question": re.compile(r"\s+(?:whether|if|why|how|what|about|by)\b|(?<=questioning)\s*"
                           r"(?:[.,;:]|$|\s+(?:by|at|in|on|after|before|today|tomorrow|"
                           r"[A-Z][a-z]+day)\b)"),
    "recall": re.compile(r"\s+(?:that|how|when|what|being|seeing|the\s+(?:day|time|moment))\b"),
    "discover": re.compile(r"\s+(?:that|how|what|why)\b"),
    "release": re.compile(r"\s+(?:\S+\s+){0,5}?(?:from|on\s+(?:bail|bond|parole|licen[cs]e|"
                          r"probation)|hostages?|prisoners?|detainees?|captives?)\b"),
    "flood": re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:orders|requests|complaints|calls|"
                        r"applications|messages|e-?mails|letters|bids|offers|money|cash|"
                        r"imports|migrants|refugees|visitors|tourists|questions|goods)\b|"
                        r"\s+(?:into|onto|the\s+(?:streets?|squares?|markets?|internet|web|"
                        r"phone\s+lines)|(?:\w+\s+)?(?:markets?|shelves|stores|shops)\s+with)\b|"
                        # "the flood control scandal", "flood defences": works against floods
                        r"\s+(?:control|defen[cs]es?|barriers?|walls?|plains?|insurance|risk|"
                        r"management|prevention|protection|mitigation|gates?|zones?|maps?)\b"),
    # "caught fire", "caught up in", "caught on camera", "caught the eye", "catching a
    # taxi": no arrest
    "catch": re.compile(r"\s+(?:fire|ablaze|alight|light|up|on|sight|out|a\s+glimpse|"
                        r"the\s+(?:attention|eye|"
                        r"imagination|mood)|(?:the|a|an)\s+(?:[a-z]+\s+)?(?:flight|plane|train|"
                        r"bus|taxi|cab|ferry|boat|ride|lift|tram|shuttle|ball|cold|virus|wave|"
                        r"bug|break|fish|breath))\b"),
    # "closed at 9,000 points", "closed in on", "closed ranks", "closed the gap": no closure
    # ("closing arguments", "the closing ceremony": the last of them, nothing shut)
    "close": re.compile(r"\s+(?:arguments?|statements?|remarks|ceremony|ceremonies|speech|bell|"
                        r"prices?|stages?|minutes?|date)\b|"
                        # ("the closing Varnco share price": the last one of the day)
                        r"\s+(?:[A-Z][\w’'.&-]*\s+){0,3}(?:share|stock)\s+prices?\b|"
                        r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today))?"  # ("closed Monday
                        r"\s+(?:at|in\s+on|ranks|the\s+gap|lower|higher|up|down\s+\d|"  # at $47")
                        r"(?:little\s+)?(?:un)?changed|flat|mixed|steady|"
                        r"with\s+an?\s+[\d.]+(?=\s*(?:%|percent|per\s+cent))|"
                        r"(?:the\s+|\w+[’']s\s+)?(?:day|week|session|year|trading)|out|"
                        r"to\s+(?!the\s+public))\b|"
                        # "will add to earnings in the first year after closing": a deal's
                        # completion
                        r"(?:(?<=after\sclosing)|(?<=upon\sclosing)|(?<=before\sclosing)|"
                        rf"(?<=the\sclosing)(?=\s+of\s+the\s+{_DEAL_DONE}))"
                        rf"(?:\s*[.,;:)]|\s+(?:of\s+the\s+{_DEAL_DONE}|and)\b)"),
    # "Apple shares closed down 0.4 percent": a market's move, nothing shut
    "close down": re.compile(r"\s+(?:\d|about\s+\d|almost\s+\d|nearly\s+\d|by\s+\d|sharply|"
                             r"slightly|marginally|a\s+(?:fraction|bit|touch))"),
    # "lost contact with X", "with his family": people apart, no craft lost
    "lose contact": re.compile(r"\s+with\s+(?:[A-Z]|(?:his|her|their|its|my|our)\b|"
                               r"(?:the\s+)?(?:family|families|friends|relatives)\b)"),
    # "hired X to drive them": a job done, no post
    # ("hired 200 engineers", "hired more staff": jobs filled, no one appointed)
    "hire": re.compile(r"\s+(?:[\w.’'-]+\s+){1,4}?to\s+(?!be\b)[a-z]|\s+(?:(?:since|also|"
                       r"recently)\s+)?(?:\d[\d,]*|dozens|hundreds|thousands|more|new|extra|"
                       r"additional)\b"),
    # "the ruling party", "the ruling Party of National Unity", "the ruling president": who
    # governs, no court's
    "ruling": re.compile(r"\s+(?:(?!(?:" + "|".join(sorted(DAYS | MONTHS)) + r")\b)[A-Z]|"
                         r"(?:party|parties|coalition|junta|family|elite|class|military|regime|"
                         r"presidents?|government|communists?|socialists?|bloc|majority|"
                         r"dynasty|generals?|council|and\s+opposition)\b)"),  # ("both ruling and
                         # opposition lawmakers")
    # "the outbreak was blamed on the collapse": a cause, no critic
    "blame": re.compile(r"\s+on\b"),
    # "the man accused of smashing a window", "were accused of spying": the charge a court
    # hears (told by "charged", "remanded", "trial"…), no critic (but "was accused of lying
    # by the opposition")
    "accuse": re.compile(r"(?<=accused)\s+of\b(?![^.;]{0,80}\bby\s+(?:the\s+)?[A-Z])"),
    # "a seven-year drought without a hundred", "ended a title drought": a player's, no
    # dry weather
    "drought": re.compile(r"\s+(?:without|of|since)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:hundreds?|century|centuries|goals?|wins?|titles?|trophies|"
                          r"trophy|victor(?:y|ies)|medals?|points|tries|majors?|podiums?)\b"),
    # "complained of stomach pain", "locals complaining of food shortages": a symptom, a want
    "complain": re.compile(r"\s+(?:of|about)\s+(?:(?:severe|chest|stomach|back|[\w-]+)\s+){0,2}?"
                           r"(?:pains?|aches?|headaches?|symptoms|fever|nausea|vomiting|"
                           r"dizziness|breathing|breathlessness|cough(?:ing)?|fatigue|itching|"
                           r"rash(?:es)?|discomfort|illness|sickness|diarrh?o?ea|"
                           r"shortages?|hunger|thirst)\b"),
    # "met with criticism", "has met with strong opposition": a reception, no meeting
    # ("met with no success", "met with a rush of demand")
    "meet": re.compile(r"\s+with\s+(?:(?:widespread|strong|fierce|stiff|harsh|little|some|much|"
                       r"mixed|great|broad|international|public|immediate|no|an?|the)\s+)*"
                       r"(?:criticism|opposition|resistance|approval|success|scepticism|"
                       r"skepticism|protests?|condemnation|derision|anger|outrage|praise|acclaim|"
                       r"disapproval|hostility|silence|applause|suspicion|concern|disbelief|"
                       r"ridicule|backlash|delays?|difficult(?:y|ies)|problems?|failure|interest|"
                       r"enthusiasm|surprise|alarm|scorn|indifference|demand|rush)\b|"
                       # "were meeting early shareholder resistance", "met the deadline"
                       r"\s+(?:(?:early|stiff|strong|growing|the|its|their|all|these)\s+)*"
                       r"(?:[\w-]+\s+)?(?:resistance|opposition|deadlines?|targets?|"
                       r"expectations|demands?|criteria|requirements|needs|standards|costs|"
                       r"goals?|obligations)\b"),
    "introduce": re.compile(r"\s+as\b"),  # "the euro being introduced as currency": no bill
    # "dismissed the claims", "dismissed the report as": a denial, no one relieved of a post
    "dismiss": re.compile(r"\s+(?:and\s+[a-z]+\s+)?(?:(?:the|these|those|such|their|his|her|"
                          r"its|all|any|reports?\s+of)\s+)*(?:[\w’'-]+\s+){0,2}?(?:claims?|"
                          r"reports?|allegations?|accusations?|suggestions?|concerns?|criticism|"
                          r"fears?|calls?|rumou?rs?|speculation|idea|notion|objections?|"
                          r"complaints?|warnings?|questions?|appeals?|case|cases|lawsuits?|suits?|"
                          r"charges?|petitions?|motions?|applications?|requests?|bids?)\b|"
                          r"\s+(?:it|them|this|that)\s+as\b"),
    # "airlifted to hospital", "to the John Hunter Hospital": a patient moved, no aid sent
    "airlift": re.compile(r"\s+(?:\S+\s+){0,2}?to\s+(?:a\s+|the\s+)?(?:[\w’'-]+\s+){0,4}?"
                          r"(?i:hospital|clinic|infirmary|trauma\s+cent(?:re|er))\b"),
    # "refused to comment": no answer, no event
    "refuse": re.compile(r"\s+to\s+(?:comment|speak|say|confirm|discuss|answer|elaborate|"
                         r"reveal|disclose|name|identify|give\s+details)\b"),
    # "the largest outbreak of violence": a conflict's words, no epidemic
    "outbreak": re.compile(r"\s+of\s+(?:\w+\s+)?(?:violence|fighting|hostilities|war|unrest|"
                           r"protests?|riots?|clashes)\b"),
    # "the polls show", "leads in the polls with 34 percent": surveys, no vote held
    "polls": re.compile(r"\s+(?:published|released|conducted|show|shows|showed|suggest|"
                        r"suggests|suggested|indicate|indicates|put|puts|gave|give|with|"
                        r"ahead)\b"),
    # "captured the border town of X", "captured the airport": territory taken (a seizure,
    # see INSTEAD), no one arrested
    "capture": re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:towns?|city|cities|"
                          r"villages?|bases?|airport|port|territory|region|province|capital|"
                          r"district|hills?|bridge|stronghold|positions?|areas?|oil\s*fields?|"
                          r"crossing|outposts?|headquarters)\b"),
    # "jailed for eight years", "imprisoned for life": a sentence passed (a legal action, see
    # INSTEAD), not an arrest
    "jail": re.compile(r"\s+(?:\S+\s+){0,3}?for\s+(?:(?:up\s+to|at\s+least|a\s+further)\s+)?"
                       r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"fifteen|twenty|thirty|life|a\s+year|a\s+month|\w+\s+and\s+a\s+half)\b"),
    # "contracted the virus": fell ill (casualties, see INSTEAD), no deal
    "contract": re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:virus|disease|infection|"
                           r"illness|covid(?:-19)?|coronavirus|flu|influenza|malaria|hiv|measles|"
                           r"cholera|tuberculosis|dengue|ebola|mpox|polio|typhoid|pneumonia)\b",
                           re.IGNORECASE),
    # "retired injured from the semi-final": a player left a match, no one left a post
    # ("said retired mechanic X", "a retired army general": what someone is)
    "retire": re.compile(rf"\s+(?:[a-z]+\s+)?(?:{PERSON_NOUN}|(?!(?:earlier|later|after|"
                         rf"never|ever|over|under|rather|together)\b)[a-z]{{3,}}(?:er|or|ist|"
                         rf"ian|ic))s?\s+[A-Z]|\s+(?:injured|hurt|ill)\b|\s+(?:from|in|during)\s+(?:the\s+|his\s+|"
                         r"her\s+)?(?:[\w’'-]+\s+){0,2}?(?:match|final|semi-final|quarter-final|"
                         r"game|race|stage|round|set|bout|fight|tie)\b"),
    # "a retirement community", "the retirement age": what retirement is for, no one's
    "retirement": re.compile(r"\s+(?:community|communities|home|homes|village|age|plans?|"
                             r"funds?|accounts?|savings|benefits?|centre|center|facility|"
                             r"income|pension)\b"),
    # "people exposed to pollution": subjected to it, nothing disclosed
    "expose": re.compile(r"\s+to\b"),
    # "causes 7 million deaths a year": a rate, no death that happened
    "death": re.compile(r"\s+(?:a|each|per|every)\s+(?:year|month|week|day)\b|\s+annually\b"),
    # "a suspended sentence", "suspended jail terms": a penalty's kind, no halt
    # ... and "suspended cop X": who is suspended, nothing halted
    "suspend": re.compile(rf"\s+(?:\w+\s+)?(?:sentences?|terms?)\b|(?<=suspended)\s+"
                          rf"(?:[a-z-]+\s+)?(?:{PERSON_NOUN}|cops?)\b"),
    # "approved a new vaccine", "approved the merger": a regulator's licence, no vote
    # ("has approved Friday a request made by X to register its vaccine": a licence too)
    "approve": re.compile(r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+(?:the|a|an|its|their|"
                          r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*[’']s)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:vaccines?|drugs?|medicines?|treatments?|"
                          r"therap(?:y|ies)|merger|takeover|acquisition|licen[cs]es?|permits?|"
                          r"requests?|applications?)\b|"
                          # "is approved for people over 60": licensed
                          r"\s+for\s+(?:use|people|adults|children|patients|sale|treatment|"
                          r"emergency\s+use)\b"),
    # "a trial involving 14,000 volunteers": a study, no court's
    "trial": re.compile(r"\s*,?\s+(?:involving|of|with|among|in)\s+(?:(?:more\s+than|about|nearly|"
                        r"some|over|almost)\s+)?[\d,]+\s+(?:[\w-]+\s+)?(?:volunteers|"
                        r"participants|patients|people|adults|children|women|men)\b|"
                        # "a trial of pamrevlumab as a treatment": a medicine's (a court
                        # tries someone named)
                        r"\s+of\s+[a-z][\w-]*\s+(?:as|for|in|to\s+treat)\b"),
    "overturn": re.compile(r"\s+(?:\S+\s+){0,3}?(?:ruling|verdict|conviction|decision|ban|"
                           r"law|sentence|judge?ment|result|election)s?\b"),
}
NOT_BEFORE["imprison"] = NOT_BEFORE["jail"]
NOT_BEFORE["fire shots"] = re.compile(_AT_GOAL[1:])
# What the word names where NOT_BEFORE or NOT_OF says it is not its own type: a plea or a promise
# is a statement ("the agency is appealing to donors for help", "X pledged to rebuild the
# town"); people "released from prison" are news of another kind.
INSTEAD = {"appeal": "statement", "pledge": "statement", "warn": "statement", "release": "other",
           "ban": "other", "blast": "other", "declare": "legal-action",
           "endorse": "appointment",
           "capture": "seizure", "jail": "legal-action", "imprison": "legal-action",
           "contract": "casualties", "charge": "attack", "petition": "legal-action",
           "overturn": "legal-action", "raid": "seizure", "approve": "other",
           "welcome": "meeting"}
# ... and where NOT_OF says so: "dockworkers struck 11 ports" walked out.
INSTEAD_OF = {("attack", "strike"): "protest", ("disaster", "blast"): "attack",
              ("disaster", "fire"): "conflict",
              ("attack", "storm"): "protest", ("attack", "attack"): "criticism"}
# Words that name the event only with these words after them: "named X as its director",
# "was named the new coach" (not "a man named X", "named after his father"); "won a second
# term", "won 52% of the vote" (not "won the final"); "ruled that", "ruled in favour of"
# (not "ruled the country"); "X replaced Y as coach", "was replaced by Y", "will succeed Y
# as" (not "replaced the roof").
_NAME_AS = r"\s+(?:[A-Z][\w.'’-]*\s+){1,4}as\b|\s+by\s+[A-Z]"
# What a blame calls someone or something: "called the verdict “shameful”", "called the
# elections a farce" (not "called the police", "called for calm", "called it a success").
_BLAME = (r"(?:farce|sham|shameful|shame|disgrace(?:ful)?|unacceptable|illegal|illegitimate|"
          r"outrageous|outrage|betrayal|absurd|ridiculous|irresponsible|reckless|appalling|"
          r"deplorable|regrettable|criminal|fraud(?:ulent)?|lies?|liar|provocation|"
          r"unjust|unfair|scandal(?:ous)?|mistake|failure|terrorists?|insult(?:ing)?|"
          r"neither\s+free|not\s+free|rigged|cowardly|barbaric|hypocritical|dangerous|"
          r"unnecessary|unjustified|unjustifiable|misguided|travesty|"
          r"witch[\s-]hunt|politically\s+motivated|disastrous|deeply\s+flawed)")
# What is sent, provided, supplied or delivered as help: "sent 50,000 tons of fuel",
# "providing tents", "supplied a bomb-disposal robot" (not "sent a letter", "provide
# details", "supply chains")
_HELP = re.compile(r"\s+(?:[\w’'.,-]+\s+){0,5}?(?:aid|supplies|food|tents|troops|soldiers|"
                   r"equipment|fuel|water|medicines?|medical|doctors|rescuers|helicopters?|"
                   r"planes?|aircraft|ships?|vessels?|teams?|tons|tonnes|blankets|vaccines?|"
                   r"doses|funds|money|assistance|relief|shelters?|generators?|robots?|"
                   r"experts|personnel|weapons|arms|ammunition)\b")
# "passed a $1.2 trillion spending package", "passed the measure", "cleared four Bills", "passed
# the Merchant Shipping Bill" (not "passed the test", "passed through", "cleared the way")
_PASSED = re.compile(r"\s+(?:(?:[\w$.,’'-]+\s+){0,5}?(?i:bill|package|law|legislation|measure|"
                     r"budget|amendment|act|reform|resolution|motion)s?|(?:the\s+)?(?:(?:[A-Z(][\w()’'-]*"
                     r"|of|the|and|in|for|on)\s+){1,14}(?:Bill|Act)s?)\b")
# "promoted X as co-CEO", "was promoted to chief of staff" (not "promoted the film")
_PROMOTED = re.compile(r"\s+(?:[\w’'.-]+\s+){0,5}?(?:as|to)\s+(?:the\s+)?(?:(?:post|rank|role|"
                       r"position)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?i:chief|head|director|president|"
                       r"co-ceo|ceo|chair|chairman|chairwoman|manager|captain|general|colonel|"
                       r"major|lieutenant|sergeant|minister|secretary|editor|partner|vice|deputy|"
                       r"commander|officer|coach|governor|ambassador|cardinal|bishop)\b")
# ... or before it, passive: "eight Bills were passed", "the law was passed"
_LAWS = r"bills?|laws?|acts?|legislation|measures?|budgets?|amendments?|package"
_LAWMAKING = (rf"(?i:{_LAWS}|"
              r"motions?|resolutions?|proposals?|reforms?|bans?|tax(?:es)?|rules?|regulations?|"
              r"polic(?:y|ies)|sanctions|curfew|restrictions|quotas?|tariffs?)")
_UPHELD = (r"rulings?|verdicts?|convictions?|sentences?|decisions?|bans?|appeals?|judge?ments?|"
           r"orders?|injunctions?|laws?|charges?|complaints?|penalty|penalties|fines?|"
           r"dismissals?|acquittals?|findings?|suspensions?|results?")
PASSED_BEFORE = {"pass": re.compile(rf"\b(?i:{_LAWS})\s+(?:(?:was|were|"
                                    r"is|are|has\s+been|have\s+been|had\s+been)\s+)(?:\w+ly\s+)?$"),
                 # "the bill was introduced by X"
                 "introduce": re.compile(rf"\b{_LAWMAKING}\s+[^.;:]{{0,60}}?(?:was|were|is|are|"
                                         r"has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$"),
                 # ... and what a court or a judge rules, whatever follows ("A judge in
                 # Varn on Tuesday ruled there should be no further...")
                 "rule": _COURT_SUBJECT,
                 # "the ruling was upheld", "The appeals court upheld the ban"
                 "uphold": re.compile(rf"{_COURT_SUBJECT.pattern}|\b(?:{_UPHELD})\s+"
                                      r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
                                      r"\s+(?:\w+ly\s+)?$", re.IGNORECASE)}
NEEDS_AFTER: dict[object, re.Pattern[str]] = {
               # "upheld the conviction" (not "uphold bilateral cooperation mechanisms")
               "uphold": re.compile(rf"\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_UPHELD})\b"),
               # "introduced a bill", "introduced new sanctions" (not "introduced a new phone",
               # "the first product introduced under Cook"): law proposed
               ("proposal", "introduce"): re.compile(
                   rf"\s+(?:[\w’'$.,-]+\s+){{0,5}}?{_LAWMAKING}\b"),
               # "ordered the ambassador to leave the country": an expulsion; "ordered
               # residents to leave their homes": an evacuation (not "ordered a review")
               ("other", "order"): re.compile(r"\s+(?:[\w’'.-]+\s+){1,5}?to\s+leave\s+"
                                              r"(?:the\s+(?:country|area|town|city)|their\s+"
                                              r"homes|[A-Z]\w+|within)\b"),
               **{("support", verb): _HELP for verb in ("send", "provide", "supply",
                                                        "deliver")},
               ("criticism", "call"): re.compile(
                   rf"\s+(?:(?!for\b|on\b|off\b|in\b)[\w’'.,-]+\s+){{1,6}}?"
                   rf"(?:[“\"][^”\"]{{0,60}}?\b|(?:an?\s+|the\s+)?(?:[a-z]+\s+)?){_BLAME}\b"),
               "rule": re.compile(r"\s+(?:(?:on\s+)?\w+day\s+)?(?:that|in\s+favou?r|"
                                  r"against)\b"),
               "replace": re.compile(_NAME_AS), "succeed": re.compile(_NAME_AS),
               "promote": _PROMOTED, "elevate": _PROMOTED,
               # "hackers stole personal data of 9 million" (not "stole a car")
               ("cyber-attack", "steal"): re.compile(
                   r"\s+(?:[\w’',-]+\s+){0,8}?(?:data|information|details|records|passwords|"
                   r"credentials|files|e-?mails|documents|(?:card|account)\s+numbers)\b"),
               # "broke into Sony's servers" (not "broke into a house", "into tears")
               ("cyber-attack", "break into"): re.compile(
                   r"\s+(?:[\w’'.-]+\s+){0,4}?(?:servers?|computers?|systems?|networks?|accounts?|"
                   r"databases?|websites?|sites?|e-?mail)\b"),
               "win": re.compile(r"\s+(?:\S+\s+){0,4}?(?:re-?election|election|term|presidency|"
                                 r"vote|votes|seats?|runoff|run-off|mandate|majority|ballot|"
                                 r"primary|primaries|caucus(?:es)?|by-election|nomination)\b"),
               # "signed the landmark Treaty of Lisbon", "signed an agreement"
               "sign": re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?(?:[Tt]reaty|[Aa]greement|[Aa]ccord|"
                                  r"[Pp]act|[Dd]eal|[Cc]ontract|[Cc]onvention|[Mm]emorandum)"),
               # "passed a $1.2 trillion spending package", "passed the measure" (not
               # "passed the test", "passed through")
               "pass": _PASSED, ("legislation", "clear"): _PASSED,
               # "fired two anti-ship missiles at", "fired tear gas", "fired his rifle at"
               # (not "fired the coach")
               ("attack", "fire"): re.compile(r"\s+(?:[\w,’'-]+\s+){0,3}?(?:missiles?|rockets?|"
                                              r"shells?|shots?|bullets?|rounds|mortars?|"
                                              r"grenades?|torpedo(?:es)?|tear\s+gas|"
                                              r"projectiles?|artillery|salvos?|(?:rifle|gun|"
                                              r"pistol|handgun|shotgun|weapon)s?\s+(?:at|on|"
                                              r"into\s+(?:the\s+)?crowd))\b"),
               # "cleared X of wrongdoing", "was cleared of all charges" (not "cleared the
               # way", "cleared the area")
               ("legal-action", "clear"): re.compile(
                   r"\s+(?:(?:[A-Z][\w’'.-]*\s+){1,3}|(?:him|her|them|it|himself|herself)\s+)?"
                   r"of\s+(?:all\s+|any\s+)?(?:wrongdoing|charges?|murder|manslaughter|"
                   r"fraud|corruption|misconduct|negligence|rape|assault|the\s+charges?|"
                   r"[\w-]+\s+charges?)\b"),
               # "pulled its milk powder off the shelves": a recall (not "pulled out")
               ("other", "pull"): re.compile(r"\s+(?:[\w’'-]+\s+){0,5}?(?:off|from)\s+(?:the\s+|"
                                             r"its\s+|their\s+)?(?:store\s+|supermarket\s+)?"
                                             r"shelves\b"),
               # "six workers were hurt in the blast", "hurt 20 people" (not "would hurt small
               # shops", "hurt its sales")
               ("casualties", "hurt"): re.compile(
                   r"\s*(?:[.,;:]|$|\d|(?:in|when|after|by|during|as|on|at|and|while|"
                   r"seriously|badly|slightly|critically)\b|(?:[\w-]+\s+){0,2}(?:people|"
                   r"civilians|workers|passengers|children|students|officers|soldiers|"
                   r"policemen|police|protesters|others|residents|pilgrims|fans|tourists|"
                   r"men|women|bystanders|pedestrians|themselves|himself|herself)\b)"),
               # "threw stones at police", "threw a bottle of water at" (not "threw a party
               # at the hotel", "threw his support behind")
               "throw": re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:stones|rocks|bottles?|bricks|eggs|"
                                   r"shoes?|acid|petrol\s+bombs?|[Mm]olotov\s+cocktails?|"
                                   r"grenades?|explosives?|fireworks|firecrackers|objects|"
                                   r"projectiles)(?:\s+[\w’'-]+){0,3}?\s+at\b"),
               # "toppled the government", "was toppled in a coup" (not "trees toppled")
               "topple": re.compile(r"\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
                                    r"(?i:government|president|leader|regime|prime\s+minister|"
                                    r"premier|king|dictator|ruler|junta|cabinet)\b|"
                                    r"\s+[A-Z][\w’'-]+\s+[A-Z]|"
                                    r"\s+(?:in\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:coup|uprising|"
                                    r"revolt|revolution)|by\s+(?:the\s+)?(?:army|military|rebels|"
                                    r"protesters|parliament|coup))\b"),
               # "breached the servers of X" (not "breached the agreement")
               ("cyber-attack", "breach"): re.compile(
                   r"\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?:servers?|"
                   r"systems?|networks?|databases?|accounts?|computers?|firewalls?|"
                   r"e-?mail|websites?|cyber\s*defen[cs]es)\b"),
               # "deployed 2,000 troops", "deployed warships" (not "deployed a new system")
               "deploy": re.compile(r"\s+(?:[\w’'.,-]+\s+){0,4}?(?:troops|soldiers|forces|"
                                    r"warships|ships|jets|aircraft|police|officers|marines|"
                                    r"paratroopers|tanks|missiles|personnel)\b"),
               # "defected to X", "defected from X" (not "a defect in the engine")
               "defect": re.compile(r"\s+(?:to|from)\b"),
               # "settled the lawsuit", "settled out of court" (not "settled in Varn")
               "settle": re.compile(r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
                                    r"(?:lawsuits?|suits?|case|cases|claims?|dispute|charges|"
                                    r"out\s+of\s+court|allegations)\b"),
               # "fired its chief executive", "fired X", "was fired as coach" (not "fired
               # the engine", "fired Scud missiles")
               ("resignation", "fire"): re.compile(
                   rf"\s+(?:(?:its|his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}?{PERSON_NOUN}s?\b|"
                   rf"[A-Z][\w’'-]+\s+[A-Z](?![^.;]{{0,40}}?\b(?:into|to)\s+(?:the\s+)?"
                   # (not "fired AC Milan into the final": a team on to a win)
                   rf"(?:[\w-]+\s+)?(?:final|lead|victory|win|semi-final|quarter-final|top|"
                   rf"title|play-?offs?|knockout|next\s+round)\b)|"
                   rf"as\s+(?:[A-Z]|(?:[\w-]+\s+){{0,3}}{PERSON_NOUN}\b))"),
               # ("was named as 52-year-old X", "named as a suspect": who someone is)
               # ("named its chairman, X, as interim chief")
               "name": re.compile(r"\s+(?:(?:(?:[A-Z][\w.'’-]*\s+){0,4}|(?:its|his|her|their|"
                                  r"the)\s+[\w-]+,\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+)"
                                  r"(?:as|to)\s(?!\s*(?:\d|"
                                  r"(?:an?\s+|the\s+)?(?:suspects?|defendants?|victims?|"
                                  r"local|one)\b))|(?:as\s+)?"
                                  r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?"
                                  r"(?:new|next|acting|interim)\s)")}


def forms(entry: str) -> set[str]:
    """Every form of a lexicon entry: the first word of a phrase inflects."""
    words = entry.split()
    head, rest = words[0], (" " + " ".join(words[1:])) if len(words) > 1 else ""
    if entry in IRREGULAR:
        out = {entry, *IRREGULAR[entry]}
        if entry.isalpha() and entry not in _NOUN_TOO:  # "meets", "sells", "quitting"
            out |= _regular(entry) - {entry + "ed", entry + entry[-1] + "ed", entry + "d"}
        return out
    out = {head}
    if head.lower() != head or not head.replace("-", "").isalpha():
        return {entry}  # "Chapter 11", "DDoS"; but "test-fire" inflects: "test-fired"
    if head in IRREGULAR:
        out.update(IRREGULAR[head])
    out |= _regular(head)
    return {f + rest for f in out}


# Irregular verbs whose present forms are nouns as often ("strikes", "hits", "cuts")
_NOUN_TOO = frozenset("""strike fight hit cut set put run fall break stand hold lie lay shed
find""".split())


def _regular(head: str) -> set[str]:
    """The -s, -ed and -ing forms of a regular verb."""
    out: set[str] = set()
    if head.endswith("e"):
        out.update({head + "s", head + "d", head[:-1] + "ing"})
    elif head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        out.update({head[:-1] + "ies", head[:-1] + "ied", head + "ing"})
    elif head.endswith(("s", "x", "z", "ch", "sh")):
        out.update({head + "es", head + "ed", head + "ing"})
    elif _DOUBLE.match(head) and len(head) <= 4:
        out.update({head + "s", head + head[-1] + "ed", head + head[-1] + "ing"})
    else:
        out.update({head + "s", head + "ed", head + "ing"})
    return out


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]
    type: str
    lemma: str
    verbal: bool  # an inflected verb form: a subject before it is the doer


@lru_cache(maxsize=16)
def _lexicon(spec: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, list[Entry]]:
    index: dict[str, list[Entry]] = {}
    for etype, triggers in spec:
        for trigger in triggers:
            for form in forms(trigger):
                words = tuple(form.split())
                verbal = form != trigger and not words[0].endswith("s")  # not "attacks"
                entry = Entry(words, etype, trigger, verbal or form in ("shot", "shut", "hit"))
                index.setdefault(words[0], []).append(entry)
    for entries in index.values():
        entries.sort(key=lambda e: -len(e.words))  # longest phrase first
    return index


# ... but a fine handed, imposed or issued is a penalty: "handed a record fine to X"
_FINE_GIVEN = re.compile(r"\b(?:hand(?:s|ed|ing)?|issu(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|"
                         r"lev(?:y|ies|ied|ying)|slapp(?:ed|ing)|slaps?)\s+(?:(?:\w+\s+)?with\s+)?"
                         r"(?:a|an|the|its|their)\s+(?:[\w£$€.,()-]+\s+){0,3}$", re.IGNORECASE)


def _only(entry: Entry) -> bool:
    """This form is the part of speech that names no event of the entry's type."""
    key = (entry.type, entry.lemma)
    if entry.verbal:
        return entry.lemma in NOUN_ONLY or key in NOUN_ONLY
    return entry.lemma in VERB_ONLY or key in VERB_ONLY


def lexicon(inv: Inventory) -> dict[str, list[Entry]]:
    return _lexicon(tuple((name, et.triggers) for name, et in inv.event_types.items()))


def type_of(text: str, inv: Inventory) -> str | None:
    """The event type a trigger word or phrase suggests, in any of its forms ("resigned"
    -> resignation, "held talks" -> meeting): the type a hand-made event starts with."""
    words = tuple(text.split())
    if not words:
        return None
    index = lexicon(inv)
    wanted = tuple(w.lower() for w in words)
    entries = index.get(words[0], []) + index.get(words[0].lower(), [])
    return next((e.type for e in entries if tuple(w.lower() for w in e.words) == wanted),
                None)


@dataclass(frozen=True)
class Hit:
    entry: Entry
    start: int
    end: int
    sentence: int  # index into the story's sentences


def _matches(tok: Token, form: str) -> bool:
    return tok.text == form or (tok.initial and tok.text == form[:1].upper() + form[1:])


# Before a plural noun, not a verb's subject: "after months of protests", "fresh clashes"
_NO_SUBJECT = frozenset("""of in on at for with after amid over against and or to from by as
the a an new more mass fresh further renewed deadly violent his her their its two three
four five six seven eight nine ten dozens hundreds thousands""".split())


def _headline(text: str, seg: Segment) -> bool:
    """The story's first line alone, with no full stop: a headline."""
    return not text[:seg.start].strip() and "\n" not in text[seg.start:seg.end] and \
        text[seg.end - 1] not in ".!?:\"”’'"


def find(art: Article, story: Story, inv: Inventory) -> list[Hit]:
    """Every trigger word of the story, sentence by sentence (`art` for symmetry)."""
    index = lexicon(inv)
    out = []
    for n, toks in enumerate(story.words):
        # A headline tells its news in the present: "X resigns", not "the X resigns"
        headline = n == 0 and _headline(art.text, story.sentences[0])
        reached = 0  # the end of the last phrase found: "a general strike" is one trigger
        for i, tok in enumerate(toks):
            if tok.start < reached:
                continue
            if tok.text[:3].lower() == "re-" and tok.text[3:4].islower():
                tok = tok._replace(text=tok.text[3:], initial=False)  # "re-elected": elected
            word = tok.text
            entries = index.get(word[:1].lower() + word[1:] if tok.initial else word)
            if tok.initial and word in index:
                entries = (entries or []) + index[word]
            for entry in entries or ():
                if headline and not entry.verbal and word.endswith("s") and i and \
                        toks[i - 1].text.isalpha() and toks[i - 1].text.lower() not in _NO_SUBJECT:
                    entry = replace(entry, verbal=True)  # "Parliament votes to", "Ferry sinks"
                if _only(entry) and not (entry.lemma == "fine" and _FINE_GIVEN.search(
                        art.text, max(0, tok.start - 50), tok.start)):
                    if entry.verbal or not (i and toks[i - 1].text.lower() in _MODALS):
                        continue
                    entry = replace(entry, verbal=True)  # "will close": the verb
                if not entry.verbal and i and toks[i - 1].text.lower() in _MODALS and (
                        entry.lemma in NOUN_ONLY or (entry.type, entry.lemma) in NOUN_ONLY):
                    continue  # "to fire their weapons": the verb, no blaze
                if not _matches(tok, entry.words[0]):
                    continue
                if _noun_phrase(entry, toks, i, index):
                    continue  # "a fire at the plant" is the fire, not "fire at" someone
                end, named = _phrase_end(toks, i, entry)
                if not end:
                    continue
                following = toks[end].text if end < len(toks) else ""
                verb_only = VERB_NOT_BEFORE.get(entry.lemma)
                if entry.verbal and verb_only is not None and \
                        verb_only.match(art.text, toks[end - 1].end):
                    continue  # "dealing with the threat"
                other = NOT_BEFORE.get(entry.lemma)
                told_of = NOT_OF.get((entry.type, entry.lemma)) or NOT_OF.get(entry.lemma)
                only_of = NEEDS_OF.get((entry.type, entry.lemma))
                if only_of is not None and not only_of.search(
                        art.text, story.sentences[n].start, tok.start):
                    continue
                by = NOT_BY.get((entry.type, entry.lemma))
                if by is not None and by.search(art.text, story.sentences[n].start, tok.start):
                    continue
                after = other is not None and other.match(art.text, toks[end - 1].end)
                if after or (told_of is not None and told_of.search(
                        art.text, story.sentences[n].start, tok.start)):
                    instead = INSTEAD.get(entry.lemma) if after else \
                        INSTEAD_OF.get((entry.type, entry.lemma), INSTEAD.get(entry.lemma))
                    if entry.verbal and _COURT_SUBJECT.search(art.text, story.sentences[n].start,
                                                           tok.start):
                        instead = "legal-action"  # "a judge blocked the merger": a ruling
                    if instead not in inv.event_types:
                        continue  # "is trying to", "ruled out", "negotiations … collapsed"
                    entry = Entry(entry.words, instead, entry.lemma, entry.verbal)
                if following in MODIFIED or (following in MODIFIED_NOUN and not entry.verbal) \
                        or (i and _before(toks[i - 1].text) in NOT_AFTER.get(entry.lemma, ())) \
                        or (i > 1 and toks[i - 1].text == "of"
                            and toks[i - 2].text.lower() in ("court", "courts")):
                    continue  # "fire department", "alert level", "cardiac arrest"; "the
                    # court of appeal" (a court's name in lower case, as UK papers write it)
                needs = NEEDS_AFTER.get((entry.type, entry.lemma)) or \
                    NEEDS_AFTER.get(entry.lemma)
                passive = PASSED_BEFORE.get(entry.lemma)
                if needs is not None and not needs.match(art.text, toks[end - 1].end) and not (
                        passive is not None and passive.search(
                            art.text, story.sentences[n].start, tok.start)):
                    continue
                before = NEEDS_BEFORE.get(entry.lemma)
                if before is not None and not (i and toks[i - 1].text.lower() in before):
                    continue
                out.append(Hit(entry, tok.start, tok.end if named else toks[end - 1].end, n))
                reached = toks[end - 1].end
                break
    return _cyber(art.text, story, _heads(art.text, out))


# An attack in a story of hackers, told with no weapon nor wound near it: "hackers stole the
# data … the attack came from an overseas address" is the hack.
_PHYSICAL = re.compile(r"\b(?:killed|wounded|injured|dead|bomb\w*|gun\w*|shot|shooting|"
                       r"knife|stabb\w*|missiles?|rockets?|troops|soldiers|explosi\w+)\b",
                       re.IGNORECASE)


# ... and wherever the words before it say it is one: "a malicious software attack"
_CYBER_BEFORE = re.compile(r"\b(?:software|computer|cyber|malware|ransomware|hacking|hacker|"
                           r"digital|phishing|DDoS|denial-of-service)\s+(?:[\w-]+\s+)?$",
                           re.IGNORECASE)


def _cyber(text: str, story: Story, hits: list[Hit]) -> list[Hit]:
    seen = False
    for i, hit in enumerate(hits):
        if hit.entry.type == "cyber-attack":
            seen = True
        elif hit.entry.type == "attack" and hit.entry.lemma == "attack" and (seen or (
                _CYBER_BEFORE.search(text, max(0, hit.start - 40), hit.start))) and \
                not _PHYSICAL.search(text, story.sentences[hit.sentence].start,
                                     story.sentences[hit.sentence].end):
            hits[i] = replace(hit, entry=replace(hit.entry, type="cyber-attack"))
    return hits


DETERMINERS = frozenset("a an the this that its their his her our".split())
# Before a verb's plain form: "will close", "to fine", "did not pass".
_MODALS = frozenset("will would could can may might must shall should to did does do not "
                    "never".split())
PARTICLES = frozenset("at on to down out up off in into over back away for with against".split())


def _noun_phrase(entry: Entry, toks: list[Token], i: int, index: dict[str, list[Entry]],
                 ) -> bool:
    """A verb and its particle in the plain form, whose verb is a trigger noun of another
    type, read where that noun stands: opening the sentence or after a determiner, with at
    most one word between that names no plural ("A fire at", "the huge fire on", "Fire at":
    the disaster; "troops fire at", "began to fire on": the attack; "the death toll" is a
    noun all along)."""
    if len(entry.words) < 2 or entry.words[1] not in PARTICLES or entry.verbal or not any(
            len(e.words) == 1 and e.type != entry.type and not _only(e)
            for e in index.get(entry.words[0], ())):
        return False
    before = [t.text.lower() for t in toks[max(0, i - 2):i]]
    if not before or before[-1] in DETERMINERS:
        return True
    return len(before) == 2 and before[0] in DETERMINERS and not (
        before[1].endswith("s") and not before[1].endswith("ss"))  # ("a grass fire on")


_ADVERB = re.compile(r"[a-z]+ly|also|again|yesterday|today|tonight|later|earlier")


def _adverbs(toks: list[Token], i: int) -> int:
    """How many words of a time or manner stand at `i` inside a phrase: "threatened on
    Friday to sue", "stepped quickly down" are the phrase's words all the same."""
    n = 0
    if i < len(toks) and toks[i].text == "on" and i + 1 < len(toks) and \
            toks[i + 1].text.endswith("day") and toks[i + 1].text[:1].isupper():
        return 2
    while n < 2 and i + n < len(toks):
        word = toks[i + n].text
        if word not in DAYS and not (word.islower() and _ADVERB.fullmatch(word)):
            break
        n += 1
    return n


def _phrase_end(toks: list[Token], i: int, entry: Entry) -> tuple[int, int]:
    """Where the entry's words, its first at token `i`, end (the index past the last one;
    0 when they are not there), with the words the module's docstring lets stand between
    them; and how many words of a name stand inside ("found X guilty": the verb alone is
    then the trigger)."""
    words = entry.words
    if len(words) == 1:
        return i + 1, 0
    skip = _adverbs(toks, i + 1)
    if not skip and words[1] not in PARTICLES:
        skip = _object_words(toks, i + 1, words[1])
    named = 0 if skip else _named_object(toks, i + 1, entry)
    skip = skip or named
    end = i + skip + len(words)
    if end <= len(toks) and all(_number_aside(toks[i + skip + k].text, w)
                                for k, w in enumerate(words) if k):
        return end, named
    described = _described(toks, i + skip, words)
    if not described and words[1:] == ("into", "law"):
        # "signed the controversial Varn Investment Fund (VIF) bill into law": the verb
        for j in range(i + 2, min(i + 14, len(toks) - 1)):
            if toks[j].text in _NOT_DESCRIBING - DETERMINERS - {"of", "into"}:
                break
            if toks[j].text == "into" and toks[j + 1].text == "law":
                return j + 2, j - i - 1
    return described, named


# Words that may stand between a verb and its object in a phrase of the lexicon.
# (An institution's "its" or "their" ("freezing their assets"), not a person's: "expressed
# his concerns to continue" says no more than "said".)
_OBJECT_WORDS = frozenset("""a an the its their main key benchmark official base policy lending
overnight about some nearly around almost more than over""".split())


def _object_words(toks: list[Token], i: int, first: str) -> int:
    """How many words stand at `i` between a phrase's verb and `first`, the first word of
    its object: "cut its main interest rate", "cut about 1,200 jobs" are "cut interest
    rates" and "cut jobs" all the same."""
    n = 0
    while n < 3 and i + n < len(toks) and toks[i + n].text != first and (
            toks[i + n].text.lower() in _OBJECT_WORDS or toks[i + n].text[:1].isdigit()):
        n += 1
    return n


_COMPLEMENTS = frozenset({"guilty", "innocent", "liable", "responsible"})
_BEFORE_WHOM = frozenset({"the", "a", "former", "ex", "two", "three", "four", "both", "all"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})


def _named_object(toks: list[Token], i: int, entry: Entry) -> int:
    """How many words of a name (or a pronoun) stand at `i` between a verb and what it
    finds someone: "found Osric Pell guilty", "found him not guilty"."""
    if len(entry.words) != 2 or entry.words[1] not in _COMPLEMENTS:
        return 0
    n = 0
    while n < 2 and i + n < len(toks) and toks[i + n].text in _BEFORE_WHOM:
        n += 1  # "found former KB Home Chief Executive X guilty", "found the financier guilty"
    described = n
    while n < described + 7 and i + n < len(toks) and (
            toks[i + n].text[:1].isupper()
            or toks[i + n].text in _OBJECT_PRONOUNS and not n
            or described and n < described + 2 and toks[i + n].text.isalpha()):
        n += 1
    if n and i + n < len(toks) and toks[i + n].text == "not":
        n += 1  # "found him not guilty"
    return n if i + n < len(toks) and toks[i + n].text == entry.words[1] else 0


_NOT_DESCRIBING = PARTICLES | DETERMINERS | frozenset(
    "of and or but than that which who whom as is was were are be been has had have".split())


def _described(toks: list[Token], i: int, words: tuple[str, ...]) -> int:
    """Where a phrase ending in an article and a noun ends, with up to two words describing
    the noun between them ("signed a landmark trade deal", "reported a quarterly loss",
    "passed a $2bn bill"), or 0."""
    if len(words) < 3 or words[-2] not in DETERMINERS:
        return 0
    head = i + len(words) - 1  # where the noun would stand, right after the article
    if head > len(toks) or not all(toks[i + k].text == w for k, w in enumerate(words[:-1])
                                   if k):
        return 0
    for gap in (1, 2):
        j = head + gap
        if j < len(toks) and _number_aside(toks[j].text, words[-1]) and all(
                not toks[k].initial and toks[k].text.lower() == toks[k].text
                and toks[k].text not in _NOT_DESCRIBING for k in range(head, j)):
            return j + 1
    return 0


def _number_aside(word: str, form: str) -> bool:
    """A phrase's later word, in the singular or the plural ("rate" of "cut rates")."""
    return word in (form, form + "s") or word + "s" == form


def _heads(text: str, hits: list[Hit]) -> list[Hit]:
    """Of two trigger nouns in a row, the first only says what kind the second is: a
    "suicide bombing" is a bombing, a "bomb attack" an attack, and a "ransomware attack"
    an attack of the first's type (KINDS)."""
    out = []
    for i, hit in enumerate(hits):
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        prev = hits[i - 1] if i else None
        if nxt is not None and nxt.sentence == hit.sentence and not hit.entry.verbal \
                and not nxt.entry.verbal and text[hit.end:nxt.start] == " ":
            if hit.entry.type in KINDS.get(nxt.entry.type, ()):
                hits[i + 1] = replace(nxt, entry=replace(nxt.entry, type=hit.entry.type))
            continue
        if prev is not None and hit.entry.lemma in WARNINGS and \
                prev.sentence == hit.sentence and text[prev.end:hit.start] == " ":
            continue  # "a tsunami warning": the alert about an event, no criticism
        out.append(hit)
    return out


WARNINGS = frozenset({"warning", "warn"})
# The types that are a kind of another: what a trigger noun before it makes of it.
KINDS = {"attack": frozenset({"cyber-attack"})}
