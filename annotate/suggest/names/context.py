"""What stands around a name says what it is: a speech verb, a title, an apposition, "in"
before a place, a score after a team."""

from __future__ import annotations

import re

from annotate.suggest import words as W
from annotate.suggest.names.group import Occurrence
from annotate.suggest.names.lexicon import _ACRONYM_AFTER, _initials, _is_acronym, _org_word
from annotate.suggest.names.things import illness
from annotate.suggest.text import places_of

# "the Islamist X", "the X jihadist insurgency"
_CREED = "|".join(f"[{c[0]}{c[0].lower()}]{c[1:]}" for c in W.ARMED_CREEDS)
_ARMED = (r"(?:militant|rebel|hacker|hacking|hacktivist|terrorist|terror|insurgent|separatist|"
          r"jihadist|extremist|armed|guerrilla|Islamist|paramilitary)")
_GROUP_BEFORE = re.compile(rf"\b{_ARMED}\s+(?:group|movement|organi[sz]ation|faction|network|"
                           r"outfit|collective)\s+(?:called\s+|known\s+as\s+)?$|"
                           # "a criminal gang known as the Red Hand"
                           r"\b(?:gang|cartel|militia|mafia|clan)\s+(?:called|known\s+as|"
                           r"named)\s+(?:the\s+)?$|"
                           # "the rebel X", "the militant Y" (not "the separatist Bloc")
                           r"\b[Tt]he\s+(?:militant|rebel|insurgent|jihadist|guerrilla|"
                           rf"paramilitary|terrorist|{_CREED})\s+$")
# ... and after it, in apposition: "X, an armed group", "X, a group linked to al-Qaeda"
_GROUP_APPOSED = re.compile(rf",\s+(?:the|a|an)\s+(?:(?:[\w-]+\s+){{0,2}}{_ARMED}\s+"
                            r"(?:group|movement|organi[sz]ation|faction|network)|"
                            r"(?:group|faction|movement)\s+(?:linked|allied|affiliated|loyal|"
                            r"tied)\b)")

# A town after a place, or after an address: "from Kourou, X", "on Harbour Road, X".
_STREETS = r"(?:Road|Street|Avenue|Lane|Drive|Close|Way|Crescent|Place|Square|Terrace|Row|Rd|Ave)"
_IN_TOWN_BEFORE = re.compile(r"(?:\b(?:in|at|from|near|outside|to)\s+"
                             r"(?!(?:Parliament|Congress|Senate|Cabinet|Government|Court)\b)"
                             r"[A-Z][\w’'-]+"
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
_LEADER_NAMED = re.compile(r"[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+){1,2}")  # (no "Y." nor "of")
_GIVEN_POST = re.compile(r"\b(?:named|appointed|nominated|made|names|appoints|nominates)\s+$")


def _surname_alone(text: str, word: str) -> bool:
    """`word` stands somewhere with no capitalised word either side: a surname alone."""
    return any(not _CAPITAL_BEFORE.search(text, max(0, at - 30), at)
               and not _CAPITAL_AFTER.match(text, at + len(word)) for at in places_of(text, word))


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+$")
_CAPITAL_AFTER = re.compile(r"[\w-]|\s+[A-Z]")
_CRAFT_AFTER = re.compile(r"\s+(?:[A-Z]?\d[\w.-]*|lunar|space|cargo|passenger|military|"
                          r"robotic|unmanned|crewed|new)\s+([a-z]+)")
_WEIGHED = re.compile(r"\s*\(?\d+(?:\.\d+)?\s?(?:g|kg|mg|ml|cl|l|oz|lb)\b")
_RECALLED = re.compile(r"\brecall(?:ed|s|ing)?\s+(?:its|their|the|all|some)\s+(?:\d+\s+)?$")
_ACCOUNT = re.compile(r"\s+(?:official\s+)?(?:account|page|channel|handle|feed)s?\b")
_OWN_BEFORE = re.compile(r"\b(?:on|via|through)\s+(?:its|his|her|their|the)\s+(?:official\s+)?$")
_PLATFORM_BEFORE = re.compile(r"\b(?:said|wrote|posted|announced|confirmed|tweeted|shared|"
                              r"reported|published|appeared|live-?streamed)\s+(?:\w+\s+)?on\s+$")
_IS_A_PLACE = re.compile(r"(?:\s+(?:is|was)|,)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:airport|town|city|"
                         r"village|port|suburb|district|region|province|county|island)\b"
                         # (", a village of 3,900 people", not ", a city councillor")
                         r"(?=\s+(?:of|in|on|near|at|about|with|where|that|which|north|south|"
                         r"east|west)\b|\s*[,.;:)—–-])")
_CRAFT_APPOSED = re.compile(r"\b(?:[Ii]ts|[Tt]he|[Aa]n?|[Tt]heir)\s+(?:[\w-]+\s+){0,2}(?:rocket|"
                            r"spacecraft|probe|satellite|lander|rover|capsule|booster|launcher|"
                            r"ferry|ship|launch|"
                            r"vessel|tanker|freighter|trawler|yacht|boat|warship|submarine)\s*,"
                            r"\s+(?:(?:named|called|dubbed)\s+)?(?:[Tt]he\s+)?$")
_RESPONSIBILITY_AFTER = re.compile(r"\s+(?:\([A-Z][\w&.]{1,9}\)\s+)?"
                                   r"(?:in\s+an?\s+(?:statement|message|video|post)\s+)?"
                                   r"(?:has\s+|have\s+|had\s+)?"
                                   r"claimed\s+(?:responsibility|credit)\b")
_CREED_AFTER = re.compile(rf"\s+(?:{_CREED})\s+[a-z]")
# "rebel fighters of the X", "militants from X": an armed group's members
_MEMBERS_OF = re.compile(r"\b(?:rebels?|fighters|militants?|insurgents?|guerrillas?|militiamen|"
                         r"jihadists?)\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# ("an article in X said", "a report in X": X publishes)
_LOCATED = re.compile(r"\b(?!(?:article|report|story|interview|editorial|column|piece|post|"
                      r"statement|letter|op-ed)s?\b)[A-Za-z]+\s+(?:in|at|near|across|"
                      r"throughout|outside|inside)\s+(?:the\s+)?(?:(?:city|town|village|"
                      r"province|state|district|region|county)\s+of\s+)?$|"
                      # "X, reporting from Y, said": where X is
                      r"\b(?:reporting|speaking|writing)\s+from\s+(?:the\s+)?$")
_OUTLET_BEFORE = re.compile(r"\b(?:published|appeared|printed|writing|wrote)\s+in\s+(?:the\s+|"
                            r"The\s+)?$")
_CRAFT_BEFORE = frozenset("""tanker vessel ship ferry freighter trawler yacht liner boat warship
frigate destroyer submarine cruiser aircraft airliner jet plane rocket spacecraft product app
software drug vaccine smartphone console""".split())  # ("its core product Sales Cloud")

# Speech verbs that are not also nouns ("reports suggest" is no speaker's name).
_SPEECH = ("said|says|told|tells|added|stated|announced|declared|insisted|argued|warned|"
           "explained|confirmed|confirm|denied|wrote|alleged|acknowledged|admitted|replied|"
           r"asserted|understands|has\s+learned|has\s+learnt")
_SPEECH_LAST = frozenset(w.split("+")[-1] for w in _SPEECH.split("|")) | {"to", "the"}
_SPEECH_AFTER = re.compile(rf"\s*,?\s*(?:who\s+|which\s+)?"
                           # "X and the Y said" (not "X officials said": "Health officials
                           # said" would make "Health" a name)
                           r"(?:and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+)?"
                           rf"(?:(?:has|have|had|also|later|then|previously|once|can|could|"
                           rf"{W.WHEN_SAID})\s+)*(?:{_SPEECH})\b")
# "Intel, which has struggled to compete, said", "X, the country's largest bank, said": the
# name speaks past its clause or its apposition.
_SPEECH_PAST_CLAUSE = re.compile(rf",\s+(?:who|which|the|an?|its|[A-Z][\w-]+[’']s)\s+"
                                 rf"[^,;.“”\"]{{1,60}},\s+(?:(?:has|have|"
                                 rf"had|also|later|then)\s+)*(?:{_SPEECH})\b")
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH}|according\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# ("X, Australia's second-largest carrier,": a place's possessive as its article)
_WHO_AFTER = re.compile(r",\s+who\s")
# "sank off X", "seas off X", "a ship off X" (not "laid off X workers"): where at sea
_SEA_OFF = re.compile(r"\b(?:sank|sunk|sinking|capsized|seas?|waters?|coast|ship|boat|vessel|"
                      r"tanker|ferry|crashed|island|anchored|spill|spotted|located)\s+off\s+$")
# "X said he was", "X maintained that she": someone (a body is "it")
_SAYS_HE = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|told|[a-z]{3,}(?:ed|s))\s+"
                      r"(?:that\s+)?(?:he|she)\s+(?![’'])")
_MIDDLE_INITIAL = re.compile(r"[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][\w’'-]+")
# "X had not expressed his support": a man's own (a town has none)
_HIS_AFTER = re.compile(r"\s+(?:(?:has|had|have|did|does|not|never|also|then|later|already)\s+)*"
                        r"[a-z]{3,}(?:ed|s)\s+his\s")
_STAFF_AFTER = re.compile(r"\s+(?:lawyers?|attorneys?|solicitors?|spokes(?:man|woman|person)|"
                          r"officials?|representatives?|doctors?|accountants?|advisers?)\b")
_APPOSITION = re.compile(r",\s+(?:the|a|an|its|his|her|their|\d{1,3},|[A-Z][\w-]+[’']s)\s")
# (not a clause's own subject: "In X, officials reported")
_PERSON_NOUN_AFTER = re.compile(rf",\s+(?!{W.PERSON_NOUN}s\b)(?:(?:the|a|an|its|his|her|their)\s+)?"
                                # (not ", said residents": who was heard after it)
                                rf"(?:(?!(?:said|says|told)\s)[\w’'-]+\s+){{0,3}}"
                                rf"{W.PERSON_NOUN}s?\b")
# Person nouns, not titles (a title before a name is evidence of its own), that also stand
# before a firm's name ("owner Google", "its head X").
_ALSO_OF_FIRMS = frozenset("owner head founder executive manager ceo editor official lawmaker"
                           .split())

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
# ... but sets ("beat X 7-5, 7-6 (2)", "X beat Y 6-2, 6-1"): a player, one person
_SETS = r"\d[-–]\d(?:\s*\(\d+\))?,\s+\d[-–]\d\b"
_SETS_AFTER = re.compile(rf"\s+{_SETS}|\s+(?:beat|beats|defeated|edged|overcame|upset|"
                         rf"downed|ousted|toppled)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}{_SETS}")
# ... and who beat them: "X beat Y 4-0", "X drew with Y 1-1" (a team, whatever its name)
_WON_BY_SCORE = re.compile(r"\s+(?:beat|beats|defeated|thrashed|routed|edged|overcame|"
                           r"drew\s+with|lost\s+to|lead|leads|led|trail|trails|trailed)\s+"
                           r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}"
                           r"\d{1,2}[-–]\d{1,2}\b(?![-–]\d)")
# "X has sacked manager Y", "X signed striker Y": who employs them
_EMPLOYS_AFTER = re.compile(rf"\s+(?:has\s+|have\s+)?(?:sacked|fired|hired|signed|dismissed|"
                            rf"appointed)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?{W.PERSON_NOUN}\s+[A-Z]")
# ... "lost 3-0 to X", "were beaten 2-1 by X", "drew 1-1 with X": a team
_SCORE_BEFORE = re.compile(r"\b(?:(?:lost|losing|loses|drew|drawing|beaten|defeated|won|winning)\s+"
                           r"\d{1,2}[-–]\d{1,2}|\d{1,2}[-–]\d{1,2}\s+(?:(?:home|away)\s+)?"
                           r"(?:win|victory|defeat|loss|draw))\s+(?:to|against|with|by|at|over)\s+"
                           r"(?:the\s+)?$")  # ("a 3-0 win over X", "a 1-0 win at X")
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
                       r"executive|employee|banker|trader|manager|director|officer|consultant|"
                       r"specialist|partner)s?\s+(?:at|from|with)|"
                       # "chairman and CEO of X", "the shareholders of X": a company's
                       r"(?:CEO|CFO|COO|chief\s+(?:\w+\s+)?(?:executive|officer)|chairman|"
                       r"chairwoman|managing\s+director|co-founder|shareholders|stockholders|"
                       r"board\s+of\s+directors)\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# A person named bare after a name's possessive, then speaking or set off: the name is whose
# staff or player the person is ("X Y's Ilse Damaro said"); a person would be "X's wife".
_EMPLOYS = re.compile(r"[’']s?\s+[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2}(?=\s*,|\s+(?:has\s+|"
                      r"had\s+)?(?:[a-z]{3,}ed|said|told|says|[a-z]{3,}s)\b)")
_PLURAL_VERB = re.compile(r"\s+(?:have|are|were)\s+(?!been\s+(?:married|friends)\b)[a-z]")
# "23-year-old Manjula", "two persons named Suresh and Jayanna": people
_AGED_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$|\b(?:man|woman|boy|girl|persons?|people|men|"
                          r"women|suspects?|youths?|residents?|villagers?)\s+named\s+$")
_AGE_AFTER = re.compile(r",\s+\d{1,3}(?:[,;)]|\.(?!\d)|$)|,?\s+aged\s+\d{1,3}\b")
# "the towns of Daraa, Qusair and Rastan", "the neighbourhoods of X and Y": places.
# "in the capital, Stavra", "the port town Elvan": a place named in apposition
# ("the port city of X", "the river X", "northern X")
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:the|its|their|whose)\s+(?:[A-Za-z-]+\s+)?(?:capital|city|"
                                r"town|village|port|province|region|river)\s*,?\s+$|"
                                # "one of the worst-hit towns, Asakura"
                                r"\b(?:towns|cities|villages|districts|provinces|regions)\s*,\s+$|"
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
_RESIDENT_AFTER = re.compile(r"\s+(?:residents?|natives?|homeowners?)\b(?!\s+of\b)")
_AREA_AFTER = re.compile(r"\s+(?:local\s+government\s+area|LGA|local\s+council\s+area)\b")
_QUAKE_AFTER = re.compile(r"\s+(?:earthquakes?|quakes?|fault(?:\s+line)?|eruption|volcano)\b")
_TOWN_STATE_BASED = re.compile(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)-based\b")
_ARTICLE_OPENS = re.compile(r"(?:^|[.!?”\"]\s+|\n)\s*(?:A|AN|THE|An|The)\s+$")
_TITLE_OF_PLACE = re.compile(rf"\b{W.TITLE}\s+of\s+the\s+(?:province|region|state|city|town|"
                             r"district|county|country)\s+$")
_TOWNS_OF = re.compile(r"\b(?:[Mm]ayors?|[Rr]esidents|[Ii]nhabitants)\s+of\s+$")
_PLACES_OF = re.compile(r"\b(?:cit(?:y|ies)|towns?|villages?|neighbou?rhoods?|districts?|"
                        r"centre|center|suburbs?|provinces?|regions?|counties|county|islands?|"
                        r"states?|coast|coastline|shores?|outskirts|"
                        r"(?:north|south|east|west)(?:east|west)?|municipalit(?:y|ies)|"
                        r"prefectures?|ports?|harbou?rs?|stations?|hubs?|enclaves?|settlements?|"
                        r"townships?|hamlets?)\s+of\s+(?:[A-Z][\w’'-]*"
                        r"(?:\s+[A-Z][\w’'-]*){0,2}(?:,\s+and\s+|,\s+|\s+and\s+))*$")

_BASED_AFTER = re.compile(r"-(?:based|headquartered)\b")

# "a local newspaper, X", "the opposition party X": what the name is, said before it
# (not "the coach of the first team, X": the coach is)
_KIND_APPOSED = re.compile(r"(?<!\bof\s)\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}"
                           r"(?:newspaper|paper|daily|weekly|magazine|broadcaster|channel|"
                           r"website|company|firm|contractor|supplier|consultancy|insurer|"
                           r"lender|bank|party|union|charity|airline|publisher|agency|"
                           r"(?:shipping|cruise|ferry)\s+line|carrier|operator|manufacturer|"
                           r"retailer|chain|carmaker|automaker|start-?up|conglomerate|"
                           r"watchdog|regulator|developer|team|club|side|squad)\s*,?\s+$")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|noted|explained|stated)\b")
# "one of Wall Street's biggest investment banking firms, X": one of some firms
_ONE_OF_KIND = re.compile(r"\bone\s+of\s+[^,;:.“”\"]{0,60}?\b(?:firms|companies|banks|lenders|"
                          r"insurers|airlines|carriers|retailers|chains|carmakers|automakers|"
                          r"manufacturers|publishers|newspapers|broadcasters|agencies|charities|"
                          r"operators|developers|conglomerates|start-?ups|clubs|teams)\s*,\s+$")

_ACTS_AFTER = re.compile(r"\s+(?:(?:has|have|had|will|would)\s+)?(?:[a-z]{3,}ed|[a-z]{3,}s)\s+"
                         r"(?:(?:a|an|the|its|their|all|some|\d[\d,.]*)\s+)?[a-z]")

_LEADERS_AFTER = re.compile(r"(?:\s+(?:administration|presidency)|-era)\b")
_ALIAS_OF_BODY = re.compile(r"\b(?:Department|Ministry|Agency|Office|Service|Authority|"
                            r"Protection|Commission|Administration|Bureau)\s*,?\s+or\s+(?:the\s+)?$")
_FLIGHT_AFTER = re.compile(r"\s+(?:flights?|airliners?|jetliners?|jets?|planes?|aircraft)\b")

_NICKNAME = re.compile(r"[“\"][A-Z][a-z]+[”\"]\s$")  # 'Edwin "Buzz" Aldrin'
# "former defense ministers X and Y", "opposition lawmakers X and Y": people named in a list
_PEOPLE_BEFORE = frozenset("""ministers officials executives lawmakers legislators senators
generals officers directors presidents governors judges activists journalists reporters lawyers
brothers sisters sons daughters players coaches doctors nurses singers actors artists writers
candidates suspects defendants""".split())
# "a villager surnamed Liu", "a man identified only as Ahmed", "a woman named X": someone
_SURNAMED = re.compile(r"\b(?:surnamed|(?:identified|known)\s+only\s+as|(?:man|woman|boy|girl|"
                       r"villager|resident|farmer|worker|student|teacher|driver|witness|"
                       r"mother|father|son|daughter|wife|husband)\s+(?:named|called))\s+$")

# Kin listed by their given names: "his wife Linda and children Alex, Sarah, Rosa and Jack"
# ("grandchildren" is found by "children", the cheap test before the pattern)
_KIN = ("children", "sons", "daughters", "brothers", "sisters", "siblings", "parents", "twins",
        "boys", "girls")
_KIN_LISTED = re.compile(rf"\b(?:{'|'.join(_KIN)}|grandchildren),?\s+(?:[A-Z][a-z]+,\s+)*"
                         r"(?:[A-Z][a-z]+,?\s+and\s+)?$")


def _kin_listed(text: str, start: int) -> bool:
    before = text[max(0, start - 80):start]
    return any(kin in before for kin in _KIN) and bool(_KIN_LISTED.search(before))


# "another former information minister, X,": a person named after what they are (not "the
# owner, X", "the market leader, X": a firm may be one)
_PERSON_NOUN_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|"
                                 r"[A-Z][\w-]*[’']s)\s+"
                                 r"(?:[a-z][\w’'-]*\s+)"
                                 r"{0,3}(?:" + "|".join(sorted(W.PERSON_NOUNS - _ALSO_OF_FIRMS - {
                                     "leader", "counterpart", "chief"})) + r"),\s+$")


_DOMAIN = re.compile(r"[A-Z][\w-]*\.(?:com|net|org|info|news|tv|az|ru|ng|ke|in|pk|my|sg|ph|co|"
                     r"uk|ie|au|nz|za|ge|am|kz|ua|ro|bg|rs|hr|ba|mk|al|gh|ug|tz|zw|lk|bd|np)")
_NEWS_SITE_AFTER = re.compile(r"\s+news\s+(?:website|site|agency|portal|outlet|channel|network|"
                              r"service|magazine|programme|program)\b")
# A story of a court case (where "the State" prosecutes)
_COURT = re.compile(r"\b(?:court|magistrate|bail|prosecutors?|prosecution|remanded|trial)\b")
# A quotation just before its speaker: "“…,” said X", "“…,” X said"
_QUOTED_BEFORE = re.compile(r"[”\"]\s*(?:(?:said|says|added|adds|asked|told\s+\w+)\s+)?$")
_FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|[Mm]y|[Mm]e|[Mm]yself)\b")


def _says_i(text: str, before: str, start: int) -> bool:
    """The quotation its speaker says just before the name speaks of "I", "my", "me": a
    person's words ("“I will give credit to the boys,” said Sarfraz"), not a firm's."""
    quoted = _QUOTED_BEFORE.search(before)
    if quoted is None:
        return False
    close = start - len(before) + quoted.start()
    opening = max(text.rfind("“", max(0, close - 400), close),
                  text.rfind('"', max(0, close - 400), close))
    return opening >= 0 and bool(_FIRST_PERSON.search(text, opening, close))


def _context(text: str, occ: Occurrence) -> None:
    after = text[occ.end:occ.end + 80]
    before = text[max(0, occ.start - 40):occ.start]
    # (the word just before and a comma closing it: the patterns searched back from the name
    # end in one of a few words, and are searched only where the word is one of them)
    edge = before.rstrip()
    last = edge[edge.rfind(" ") + 1:].lower()
    comma = edge.endswith(",")
    if occ.text.isupper() and occ.text.replace(" ", "").isalpha() and (
            occ.initial or _ARTICLE_OPENS.search(before)):
        occ.evidence.add("shouted")  # "A MAN has been", "POLICE are": capitals opening it
    if (based := _TOWN_STATE_BASED.match(after)) and (W.is_place(based.group(1)) or based.group(
            1) in W.US_STATES or based.group(1) in W.COUNTRIES) and \
            before.endswith(("the ", "The ")):
        occ.kind = "place"  # "the Bellevue, Washington-based company": the town
    # ("Officials in X said": the officials speak, X is where they are)
    if ((_SPEECH_AFTER.match(after) or _SPEECH_PAST_CLAUSE.match(after))
            and not _LOCATED.search(before)) or (
            last in _SPEECH_LAST and _SPEECH_BEFORE.search(before)):
        occ.evidence.add("speech")
        if " " not in occ.text and _says_i(text, before, occ.start):
            occ.evidence.add("person")
    if _PERSON_NOUN_AFTER.match(after) or _AGE_AFTER.match(after) or _AGED_BEFORE.search(
            before) or \
            _NICKNAME.search(before) or _SURNAMED.search(before) or last in _PEOPLE_BEFORE or \
            comma and _PERSON_NOUN_BEFORE.search(before) or \
            ("he " in after and _SAYS_HE.match(after)) or \
            _kin_listed(text, occ.start) or (
            _WHO_AFTER.match(after) and " " in occ.text and not any(
                _org_word(w) or w in W.PLACE_WORDS or w.isupper() for w in occ.text.split())):
        occ.evidence.add("person")  # ("took over from X Y, who came to power": someone)
    elif _APPOSITION.match(after):
        occ.evidence.add("apposition")
    if _HIS_AFTER.match(after):
        occ.evidence.add("his")
    if _EMPLOYS.match(after):
        occ.evidence.add("employs")  # "Al Jazeera's Ilse Damaro, reporting from": whose staff
    if _PLURAL_VERB.match(after) and (occ.initial or re.search(r"\bthe\s+$", before)):
        # "Real Madrid have sacked": a team, no one person (but the last of a list of
        # people, "X, Y and Z were", is no sentence's first word)
        occ.evidence.add("plural")
    if _A_BEFORE.search(before) and _LOCAL_AFTER.match(after) or _SITE_AFTER.match(after) \
            and not _BROADCAST.search(text, max(0, occ.start - 120), occ.end + 120):
        occ.kind = "place"  # "a Gresham man", "a Varn court" (no court's name), "Varn airport"
    elif _RESIDENT_AFTER.match(after):
        occ.kind = occ.kind or "place"  # "Guilford resident Mark Anderson": where he lives
    elif _AREA_AFTER.match(after):
        occ.kind = "place"  # "in Anka local government area": a district
    elif _QUAKE_AFTER.match(after) and occ.text not in W.COUNTRIES:
        occ.kind = occ.kind or "place"  # "the Landers earthquake", "the Laguna Salada fault"
    follower = re.match(r"\s+([a-z]+)", after)
    if re.match(r"\s+[a-z]+\s+(?:party|government|alliance|bloc)\b", after) and not occ.initial:
        occ.kind = occ.kind or "organization"  # "the junior Social Democrat coalition party"
    if follower and follower.group(1) in W.KIND_AFTER and not (
            occ.initial and re.match(r"\s+[a-z]+\s+[A-Z]", after)) and not (
            follower.group(1) in ("team", "club", "side", "squad")
            and W.is_place(occ.text)):
        # (but "Consumer group FoodWatch said": a kind of group, opening the sentence; "the
        # London team": where the team is from)
        occ.kind = occ.kind or W.KIND_AFTER[follower.group(1)]
    if re.search(r"\b(?:his|her|their|its)\s+$", before) and _STAFF_AFTER.match(after):
        occ.kind = occ.kind or "organization"  # "his Legal Aid lawyer": who employs the lawyer
    if (comma or last in ("named", "called", "dubbed", "the")) and \
            _CRAFT_APPOSED.search(before):
        occ.kind = occ.kind or "other"  # "launched its rocket, Electron,"
    if _LEADERS_AFTER.match(after) and not _is_acronym(occ.text) and not (
            occ.text in W.COUNTRIES or occ.text in W.PLACES or occ.text in W.world_places()):
        occ.kind = occ.kind or "person"  # "the Obama administration", "Bush-era": who led it
    if " " in occ.text and occ.text.rsplit(None, 1)[1] in W.TITLES and re.match(r"[’']s\b", after):
        occ.kind = occ.kind or "organization"  # "Pierce County Sheriff's spokesman": an office
    if re.match(r"\s+(?:wild)?fire\b", after) and re.search(r"\b[Tt]he\s+$", before):
        occ.kind = occ.kind or "other"  # "The Roosevelt fire has scorched 40,000 acres"
    if _ALIAS_OF_BODY.search(before):
        occ.kind = occ.kind or "organization"  # "the Department of Forestry and Fire
        # Protection, or Cal Fire": its other name
    if _FLIGHT_AFTER.match(after) and not occ.initial:
        occ.kind = occ.kind or "organization"  # "an Aer Lingus flight": an airline's (not
        # "Evacuation flights resumed", a sentence's first word)
    if occ.text == "State" and before.endswith(("the ", "The ")) and _COURT.search(text):
        occ.kind = "organization"  # "The State led by X applied": the prosecution
    if _NEWS_SITE_AFTER.match(after) and occ.text not in W.PLACE_WORDS:
        occ.kind = occ.kind or "organization"  # "the Al Balad news website": an outlet
    if _DOMAIN.fullmatch(occ.text):
        occ.kind = "organization"  # "News.az quotes", "Rappler.com reported": a website
    if _IS_A_PLACE.match(after):
        occ.kind = occ.kind or "place"  # "X is a relatively small airport"
    if _BASED_AFTER.match(after):  # "a Mumbai-based brokerage": where it is
        occ.kind = occ.kind or ("country" if occ.text in W.COUNTRIES else "place")
    if _NATION_AFTER.match(after):
        if _LEADER_NAMED.fullmatch(occ.text) and _surname_alone(text, occ.text.split()[-1]) \
                or _GIVEN_POST.search(before):
            occ.kind = occ.kind or "person"  # "Dina Boluarte's government … against
            # Boluarte": the leader's, named alone elsewhere (not "Puerto Rico's government");
            # "named X prime minister": who got the post
        else:
            occ.kind = occ.kind or "country"  # "X's embassy", "X diplomats": a state's (or
            occ.evidence.add("nation")  # the leader's: "Trudeau's government", `Group.kinds`)
    craft = _CRAFT_AFTER.match(after)  # "the Argonaut lunar lander", "an Ariane 6 rocket"
    if craft and W.KIND_AFTER.get(craft.group(1)) == "other":
        occ.kind = occ.kind or "other"
    if follower and (follower.group(1) in W.PERSON_NOUNS or follower.group(1) in _POSITIONS):
        occ.evidence.add("modifier")  # "the Hamas leader": the name qualifies a noun
        if follower.group(1) in _POSITIONS:
            occ.kind = occ.kind or "organization"  # "the Varn City winger X": a club's
    acronym = _ACRONYM_AFTER.match(after)
    if acronym and " " in occ.text and _initials(occ.text) == acronym.group(1):
        occ.evidence.add("acronym")  # "the Special Review Board (SRB)": no one's name
    previous = _previous(before)
    if _ACTS_AFTER.match(after):
        occ.evidence.add("acts")  # "X suspended", "X has cancelled": a doer's verb after it
    if illness(text, occ.start, occ.end):
        occ.evidence.add("disease")
    if _GROUP_APPOSED.match(after):  # (before "X, a research group": an organisation)
        occ.kind = occ.kind or "group"  # "X, an armed group", "X, a group linked to Y"
    if last in ("at", "from", "with", "of", "the", "in") and (
            _STAFF_AT.search(before) or _SHARES_IN.search(before)) or _ORG_APPOSED.match(after) \
            or _SHARES_AFTER.match(after) or _EMPLOYS_AFTER.match(after):
        # ("X has sacked manager Y")
        occ.kind = occ.kind or "organization"  # "analysts at X": who employs them
    elif _SETS_AFTER.match(after):
        occ.kind = occ.kind or "person"  # "beating X 7-5, 7-6 (2)": a tennis player
    elif _BEATEN_BEFORE.search(before) and _ROUND_AFTER.match(after) \
            or _SCORE_AFTER.match(after) or _WON_BY_SCORE.match(after) \
            or _SCORE_BEFORE.search(before):
        occ.kind = occ.kind or "organization"  # "beat X 3-1", "lost 3-0 to X": a team (or
        occ.evidence.add("scored")  # a player, `Group.kinds`)
    # "from X's home": the place is the home, X its owner
    elif previous and (previous.group(1).lower() in W.PLACE_PREPOSITIONS
                       or _SEA_OFF.search(before)) and \
            not re.match(r"[’'](?:s\b|\s)", after):
        occ.evidence.add("place-prep")
    if _OUTLET_BEFORE.search(before) or (" " not in occ.text and _PLATFORM_BEFORE.search(before)) \
            or _ACCOUNT.match(after) and _OWN_BEFORE.search(before):
        occ.kind = occ.kind or "organization"  # "published in The Lancet", "said on Weibo",
        # "said on its Sina Weibo account"
    if _WEIGHED.match(after) or _RECALLED.search(before):
        occ.kind = occ.kind or "other"  # "its Berry Compote 110g", "recalled its X": a product
    apposed = _WORD_COMMA.search(before) if comma else None
    if previous and previous.group(1).lower() in _CRAFT_BEFORE or \
            apposed and apposed.group(1).lower() in _CRAFT_BEFORE:  # ("the tanker, Sirius X,")
        occ.kind = occ.kind or "other"  # "the tanker Aegean Star": a vessel, no one
    # ("investment bank X", "Broadcaster X said"; not "the Central Bank X": a name's last word)
    if (previous and previous.group(1).lower() in W.ORG_BEFORE and (
            previous.group(1).islower()
            or not _CAPITALISED_LAST.search(before, 0, previous.start(1))) or (
            _KIND_APPOSED.search(before) or comma and _ONE_OF_KIND.search(
                text, max(0, occ.start - 100), occ.start)) and not (
                _SAID_AFTER.match(after) and comma)) \
            and "person" not in occ.evidence and not _MIDDLE_INITIAL.fullmatch(occ.text):
        # (not "broadcaster X, daughter-in-law of Y"; nor "… surrendered to the SWAT team,
        # Fulghum said": who said so; nor "newspaper publisher John F. Wolfe": a man's
        # middle initial)
        occ.kind = occ.kind or "organization"  # "accountancy firm X", "a local paper, X"
    if _GROUP_BEFORE.search(before) or (
            last in ("of", "from", "to", "the") and _MEMBERS_OF.search(before)) or \
            _RESPONSIBILITY_AFTER.match(after) or _CREED_AFTER.match(after):
        # ("X claimed responsibility for the attack", "the X Islamist insurgency")
        occ.kind = "group" if occ.kind in ("", "organization") else occ.kind  # "the militant
        # group X" (and "the Islamist X group": no firm's group)
    if re.search(r"\bthe\s+$", before, re.IGNORECASE) and not after.startswith("-"):
        occ.evidence.add("definite")  # (not "the Elon Musk-led company": the company's)
    if previous and previous.group(1).capitalize() in W.TITLES:
        occ.evidence.add("title")  # "Arizona governor Jan Brewer"
    elif previous and previous.group(1) in W.PERSON_NOUNS and \
            previous.group(1) not in _ALSO_OF_FIRMS:
        occ.evidence.add("person")  # "his daughter X", "the company's spokesman X"
    if " of the " in before and _TITLE_OF_PLACE.search(before):
        occ.evidence.add("title")  # "Chief Minister of the province X": who holds it
    elif "speech" not in occ.evidence and \
            text.find("of", max(0, occ.start - 150), occ.start) >= 0 and \
            _PLACES_OF.search(text, max(0, occ.start - 150), occ.start) or \
            _PLACE_NOUN_BEFORE.search(before) or _TOWNS_OF.search(before) or \
            _AGED_OF.search(before):
        occ.evidence.add("place-of")
    # ("X, US sport columnist": where X is from, no place it is in)
    place_after = re.match(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?=\s*(?:[,.;:)]|$)|"
                           r"\s+(?:and|on|in|at|near|after|before|that|which|where|when|"
                           r"since|during|began|begins|was|were|is|has|had)\b)", after)
    if place_after and (place_after.group(1) in W.COUNTRIES or place_after.group(1) in W.PLACES):
        occ.evidence.add("place-of")  # "Donetsk, Ukraine"
    if (_STREET_NAME.fullmatch(occ.text) and _ADDRESS_BEFORE.search(before)) or \
            re.fullmatch(rf"[A-Z][\w’'-]+\s+{_STREETS}s", occ.text) or \
            _STREETS_OF_TWO.match(after):
        occ.kind = occ.kind or "place"
    if comma and _IN_TOWN_BEFORE.search(before) and re.match(r"\s*(?:[,.;:)]|$)", after) and \
            not re.match(r",\s+[A-Z]", after):  # (not "to Son, Tuan, Varnco and": a list)
        occ.evidence.add("place-of")  # "from Kourou, French Guiana,": the town's region


_WORD_COMMA = re.compile(r"\b(\w+),\s+$")  # the word before a name in apposition
_CAPITALISED_LAST = re.compile(r"\b[A-Z][\w’'-]*\s+$")  # ("the Central Bank X": a name's)
# The word before a name, past "the" and a word of where it is: "the journal The Lancet",
# "in neighbouring Bath", "in war-torn X", "in Shiite-dominated X"
_PREVIOUS = re.compile(r"\b(\w+)\s+(?:[Tt]he\s+)?(?:(?:neighbou?ring|nearby|central|northern|"
                       r"southern|eastern|western|rural|downtown|\w+-[a-z]+)\s+)?$")


def _previous(before: str) -> re.Match[str] | None:
    """`_PREVIOUS` in the text before a name. It matches the last three words at most, so it
    is searched from there: tried at each of the 40 characters it was the slowest line of
    `_context`. (The `\\b` changes no match: one that starts inside a word has one at the
    word's start, further left.)"""
    words = before.rsplit(None, 3)
    return _PREVIOUS.search(before, len(words[0]) if len(words) == 4 else 0)


_POSITIONS = frozenset("striker midfielder defender goalkeeper winger prop hooker flanker "
                       "scrumhalf flyhalf fly-half fullback full-back quarterback pitcher "
                       "batsman bowler".split())
