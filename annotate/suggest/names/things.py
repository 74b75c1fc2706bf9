"""What a name names when it names no actor: a law, an occasion, a model, an illness, a
quarter, a thing the story gives an acronym."""

from __future__ import annotations

import re

from annotate.suggest import words as W
from annotate.suggest.names.lexicon import _FORMER, _LEGAL_FORMS, _REMITS, _SEATS

LAW_WORDS = frozenset("Act Bill Law Treaty Convention Accord Protocol Report Plan Programme "
                      "Program Constitution Amendment Charter Directive Regulation Code "
                      "Declaration Communique Communiqué Document Summary Resolution "
                      "Memorandum Form Agreement Strategy Orders Framework".split())
# Names of wars, prizes, policies and occasions: what happens or is given, no one who acts.
OCCASION_WORDS = frozenset("War Wars Prize Award Awards Policy Jubilee Olympics Games Cup Cups "
                           "Championship Championships Festival Revolution Massacre Tour "
                           "Medal Medals Trophy Trophies Prizes Doctorate MVP Player Papers "
                           "Files Scale Tournament Tournaments Contest Slam Slams Summit "
                           "Meeting Deal Session Vote "
                           "Invitational".split())
# ... and, closing a longer name, sports events: "the Varn Open", "the Kelda Marathon"
# (and "Eastern Standard Time": no one)
_THING_TAILS = frozenset("Open Masters Marathon Prix Regatta Time Bowl Year Eve Week Fair Expo "
                          "Derby Dinner Banquet Gala Carnival Scheme".split())
# ... and days kept ("Independence Day", "Workers' Day", "World Health Day"; not "Doris Day")
_DAYS_OF = frozenset("""Independence Labour Labor Victory Election Remembrance Republic Memorial
Veteran Armistice Boxing Christmas Easter Earth May Anzac Australia Canada Bastille Unity Youth
Constitution Liberation Revolution Reconciliation Freedom Heritage Martyr Hero Worker Mother
Father Women Children Valentine Polling Voting Judgment Inauguration Democracy National
International World Commonwealth Flag Teacher Army Navy Nurse Family Human Rights""".split())
# A machine's model or a flight's number, no one: "Mi-8", "A330-300", "F-16s", "A320",
# "SK901"; and a name before a model number is the maker's, of the model ("a Boeing 737").
_MODEL = re.compile(r"[\w.]*(?:\d-|-\w*\d)[\w-]*s?|[A-Z]{1,2}\d{3,4}[A-Za-z]?s?")
# A name that names an illness or a law of nature: "Alzheimer's disease", "an Alzheimer's
# drug", "Moore's law".
_EPONYM_AFTER = re.compile(r"[’']s\s+(?:[Dd]isease|[Ss]yndrome|sufferers|law|drugs?(?!\s+(?:use|"
                           r"policy|policies|habit|problems?|charges?|war|trade|deal)))\b")
# after the name: a model's number ("a Mil Mi-8"), or the rest of a time zone's name
# ("Central European Summer Time")
# ("the Golden Boot award", "the Kospi index", "the Richter scale"); and a bill's name
# with a bracket in it: "the Anti-Doping (Amendment) Bill", "the Income-Tax (No 2) Bill"
# ("the X Observatory 450 miles west": a distance, no model number)
_THING_AFTER = re.compile(r"\s+(?:[A-Z]{0,2}\d{3,4}(?:-\d+)?s?"
                          r"(?!\s+(?:miles?|kilomet(?:er|re)s?|km|metres?|meters?|feet|people|"
                          r"years?)\b)|(?:Standard|Summer|Daylight)\s+"
                          r"Time|awards?|prizes?|trophy|medals?|(?:stock\s+|share\s+)?ind(?:ex|ices)|scale|"
                          # "Social Security numbers", "a Medicare card": an identity's kind
                          r"numbers?(?!\s+\d)|cards?(?=\s+(?:numbers?|holders?)\b)|"
                          r"\([A-Z][\w .]{0,25}\)\s+"
                          r"(?:Bill|Act|Law|Order|Regulations?)\b)\b")


# A road, a terminal, a section by its number: "Highway 49", "State Route 66", "Stage 3"
# (not "Heathrow Terminal 5": the airport's name is before it)
_NUMBERED = frozenset("""Highway Route Interstate Motorway Freeway Expressway Road Terminal Gate
Platform Runway Exit Pier Berth Ward Room Chapter Article Section Phase Stage Level Block Lot
Pavilion Hangar Reactor Unit HB SB AB HR RA Proposition Prop Measure Resolution File Class Category
Grade Tier""".split())
_ROMAN = re.compile(r"[IVX]{1,4}")  # "a Class I recall", "Phase III"
_NUMBER_AFTER = re.compile(r"\s+[A-Z]?\d{1,4}[A-Za-z]?\b")


# A programme that is an agency: the world's or the United Nations'
_AGENCY_STARTS = frozenset({"World", "United", "UN", "U.N."})


# A car by its maker and model: "the stolen Toyota Hilux", "a Honda Civic" (not "Toyota
# Motor", a firm; Kia, Mercedes and Holden are given names too)
_CARMAKERS = frozenset("""Toyota Nissan Honda Mazda Mitsubishi Hyundai Volkswagen BMW Audi
Chevrolet Isuzu Suzuki Subaru Peugeot Renault Volvo Tesla Jeep Dodge Lexus Fiat Skoda Opel
Vauxhall Citroen Citroën Proton Perodua Daihatsu Porsche Ferrari Lamborghini Ford Kia Chrysler
Acura Infiniti Buick Cadillac Holden Mahindra Maruti Geely BYD Jaguar""".split())


# A post or a speech named in capitals: "the Head of State highlighted", "the State of the
# Nation speech"
_POST_OR_SPEECH = frozenset({"Head of State", "Heads of State", "Head of Government",
                             "Heads of Government", "State of the Nation", "State of the Union",
                             "State of the State", "State of the Republic"})


def names_a_thing(words: list[str], text: str, end: int) -> bool:
    """A law, an occasion, a prize, a model, a time or an illness, no one who acts: "the
    Freedom of Information Act", "the Korean War", "a Mil Mi-8", "Eastern Standard Time", "the
    All-Star team", "Most Valuable Player" (`words` the name's, `end` where it ends)."""
    head = next((words[i - 1] for i in range(1, len(words)) if words[i] in ("of", "for", "de")),
                words[-1])  # "the Treaty of Lisbon", "the Constitution for Europe"
    if len(words) > 2 and (_ROMAN.fullmatch(words[-1]) or words[-1] in ("One", "Two")):
        head = words[-2]  # "World War II", "Vatican Council II", "World War Two"
    if words[-1] in ("Programme", "Program") and words[0] in _AGENCY_STARTS:
        return False  # "the World Food Programme", "the United Nations Development Programme"
    return bool({head, words[-1]} & (LAW_WORDS | OCCASION_WORDS)
                or " ".join(words) in _POST_OR_SPEECH
                or _MODEL.fullmatch(words[-1]) or _THING_AFTER.match(text, end)
                # ("a UH-60 Black Hawk": the model inside its name; not "a Covid-19 Unit")
                or (len(words) > 1 and words[-1] not in W.ORG_WORDS
                    and any(_MODEL.fullmatch(w) for w in words[:-1]))
                or (len(words) == 1 and _EPONYM_AFTER.match(text, end))
                or (len(words) > 1 and words[-1] in _THING_TAILS)
                or (len(words) > 1 and words[0] in _CARMAKERS and not any(
                    w in W.ORG_WORDS or w in W.COUNTRIES or W.is_place(w) for w in words[1:]))
                or (len(words) > 1 and words[-1] == "Day" and (
                    words[0].capitalize() in _DAYS_OF or words[-2].rstrip("’'s") in _DAYS_OF))
                or words[0].startswith(("All-", "Eid-")) or words[0] in ("UTC", "GMT", "Eid")
                # ("Operation Hawkin", "Exercise Kelda": an operation's; "the Amendment Act
                # 2024")
                or (len(words) > 1 and words[0] in ("Operation", "Exercise"))
                or (len(words) > 2 and words[-2] in LAW_WORDS and words[-1].isdigit())
                or (len(words) > 1 and words[-2] == "Flight" and words[-1].isdigit())
                or (len(words) > 1 and (words[-1].isdigit() or _ROMAN.fullmatch(words[-1]))
                    and words[-2] in _NUMBERED)
                or (words[-1] in _NUMBERED and _NUMBER_AFTER.match(text, end) is not None
                    and (len(words) == 1 or words[0] in ("State", "County", "U.S.", "US"))))


# A minister's portfolio, named after "Minister for" (and listed on): "the Minister for Rural
# and Maritime Development", "Minister of Lands and Mineral Resources" (not "of Vanuatu")
_PORTFOLIO_BEFORE = re.compile(r"\b(?:[Mm]inist(?:er|ers|ry|ries)|MEC|[Ss]ecretary|"
                               r"[Cc]ommissioner)\s+(?:of|for)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w’'-]*,?\s+(?:(?:and|&)\s+)?){0,6}$")
_PORTFOLIOS = _REMITS | frozenset("""Aged Basic Change Children Civil Co-operatives Community
Conservation Constitutional Consumer Cooperatives Corrections Customs Digital Disability Economic
Electoral Enterprise Enterprises Equality Family Food Foreign Government Higher Highways Home
Humanitarian Indigenous Industries Internal Irrigation Land Lands Legal Livestock Local
Management Maritime Medical Meteorological Mineral National Natural Parliamentary Policing
Prisons Public Reconstruction Reform Regional Rehabilitation Relief Revenue Roads Rural Social
Solidarity Survey Tertiary Transportation Urban Vocational Water Waterways Wellness
Wildlife""".split())  # (and what a ministry's own name ends in, `_REMITS`)


def no_actor(text: str, start: int, end: int) -> bool:
    """Words at `start:end` that the words around them say name no actor, whoever finds
    them (the rules or a model's entities): a quarter, an acronym in the plural, a house's
    or a law's word counted, a portfolio before "minister", a model after its number, a
    span that opens a bracket it does not close."""
    name = text[start:end]
    if all(w in _PORTFOLIOS or w == "and" for w in name.split()) and \
            _PORTFOLIO_BEFORE.search(text, max(0, start - 120), start):
        return True  # "the Minister for Rural and Maritime Development": a portfolio
    if " " not in name and (_CODE.fullmatch(name) or _PLURAL_ACRONYM.fullmatch(name) or (
            name in _COUNTED_THINGS and _COUNT_BEFORE.search(text, max(0, start - 12), start))
            or name in W.TITLE_MODIFIERS and _POST_AFTER.match(text, end)
            or name in W.TITLE_MODIFIERS and name.endswith(("al", "ic", "ary"))
            and _PLURAL_NOUN_AFTER.match(text, end)  # "Federal investigators retrieved"
            or (money := _MONEY.fullmatch(name)) and (money.group(1) or money.group(2)
                                                      or _MONEY_AFTER.match(text, end))
            or name.isupper() and len(name) <= 3 and text.startswith("$", end)  # "AR$350"
            or name.isupper() and text.startswith("/", end)
            and text[end + 1:end + 2].isdigit()  # "a charge CR/708/25"
            or name in _REMITS and text[start - 1:start] == "(" and text[end:end + 1] == ")"
            or name in _CURRENCIES and (_AMOUNT_AFTER.match(text, end) or _AMOUNT_BEFORE.search(
                text, max(0, start - 24), start))):
        return True  # "in Q4", "cloud CEOs", "eight Bills", "a former Defense minister",
        # "fined D44,000" (a currency's sign before an amount), "USD 50 billion", "NZ$30";
        # "Minister in the Prime Minister's Department (Economy)": a remit
    if (_STATE.fullmatch(name) and name not in _LEGAL_FORMS and _ABBREVIATED.match(text, end)
            or name.replace(".", "") in _POSTAL_CODES and not name.endswith("s")) \
            and _TOWN_COMMA.search(text, max(0, start - 40), start):
        return True  # "King of Prussia, Pa.", "Alturas, Calif.", "Washington, DC": a state's
        # abbreviation
    if _DRAW.fullmatch(name):
        return True  # "Sunday's Pool C clash", "Group B": a part of a tournament's draw
    if "-" in name and all(part in W.MONTHS or part in W.DAYS for part in name.split("-")):
        return True  # "the September-November quarter", "Monday-Friday"
    if name.split()[0] in _FORMER and _POST_AFTER.match(text, end):
        return True  # "Former Conservative Cabinet minister X": a post, the name after it
    return bool(_MODEL_BEFORE.search(text, max(0, start - 30), start)) or \
        name.count("(") != name.count(")")  # "a Boeing 787 Dreamliner", "X (Amendment"


_DRAW = re.compile(r"(?:Pool|Group)\s+[A-H]")
_STATE = re.compile(r"[A-Z][a-z]{1,4}")
_POSTAL_CODES = frozenset("""AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI
MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY""".split())
_TOWN_COMMA = re.compile(r"[A-Z][\w’'.-]*,\s+$")
# (a period that ends no sentence: "Pa., Universal", "Calif. (AP)", "Wis. on Saturday",
# "Calif.-based"; not "in Varn, Kelda. The")
_ABBREVIATED = re.compile(r"\.(?:[,;)]|-based|\s+[(a-z—–-])")
# Codes that name no one: a quarter or a fiscal year ("Q4", "H1", "FY2024"), a flu's subtype
# ("H5N1"), a motorway, a road or a junction ("the M7 at J11"), a kind of vehicle ("the SUV
# hit a wall"); an acronym in the plural ("CEOs", "MPs"): some of a kind, no one named; a
# house's or a law's word counted ("eight Bills")
_CODE = re.compile(r"Q[1-4]|H[12]|[1-4]Q|FY\d{2,4}|H\d{1,2}N\d{1,2}|[MAJ]\d{1,3}|SUV|ATV|UTV|RV")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# A sum: a currency's own sign ("Sh26 a kilo", "Dh1,000"), or capitals before an amount
# ("N1million", "Ksh18 billion")
_MONEY = re.compile(r"(?:(Ksh|KSh|Shs?|Rs|Tk|Rp|Dhs?|R)\.?|[A-Z]{1,3})\d[\d.,]*"
                    r"(million|billion|trillion|bn|mn|[MBK])?")  # ("Sh400M", "R20": rand)
# Currencies' codes (ISO 4217) that stand before amounts in news copy
_AMOUNT_BEFORE = re.compile(r"\d\s*(?:million|billion|trillion|bn|m|k)?\s+$")  # "15 billion ISK"
_CURRENCIES = frozenset("""USD EUR GBP JPY CNY RMB INR AUD CAD CHF HKD SGD NZD ZAR NGN KES GHS ISK
HUF CZK RON BGN UGX TZS ETB XOF XAF MAD DZD TND JOD OMR BHD IQD IRR
BRL MXN RUB TRY SEK NOK DKK PLN KRW IDR PHP THB MYR PKR BDT LKR EGP AED SAR QAR KWD ILS UAH
ARS CLP COP PEN VND Rp Rs Ksh KSh Tk Dh Dhs""".split())  # (and signs: "Rp 1 billion")
_AMOUNT_AFTER = re.compile(r"\s?\d")
_MONEY_AFTER = re.compile(r",\d{3}\b|\s*(?:million|billion|m|bn|k)\b")
_COUNTED_THINGS = {w + "s" for w in LAW_WORDS | _SEATS | {"Chamber", "Committee", "Court"}} \
    | {"Ministries"} | {"KB", "MB", "GB", "TB", "PB", "kW", "KW", "MW", "GW", "kWh", "MWh",
                        "GWh", "TWh", "Mbps", "Gbps"}  # units counted: "200 GB of data"
_COUNT_BEFORE = re.compile(r"\b(?:\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|"
                           r"[Nn]ine|[Tt]en|[Bb]oth|[Ss]everal|[Mm]any)\s+$")
# An illness's name: "the Zika virus", "Lassa fever", "an outbreak of Ebola", "tested
# positive for X" (not "the Pfizer vaccine", "the Wuhan outbreak": a maker's, a place's)
_DISEASE_AFTER = re.compile(r"\s+(?:virus|fever|epidemic|pandemic|infections?)\b")
_DISEASE_BEFORE = re.compile(r"\b(?:(?:outbreaks?|cases?|spread|epidemic|strains?|variants?|"
                             r"symptoms)\s+of|contracted|caught|positive\s+for|infected\s+with|"
                             r"died\s+(?:of|from)|(?:vaccinated|immuni[sz]ed)\s+against)\s+"
                             r"(?:the\s+)?$")

_POST_AFTER = re.compile(r"\s+(?:(?:prime\s+)?minister|ministers|ministry|secretary|"
                         r"spokes(?:man|woman|person)|"
                         r"chief|official|officials|portfolio|committee)\b")
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+(?:ers|ors|ists|ants|ents|ians)|officials|"
                                r"police|forces|troops|authorities|agencies|courts|media)\b")
# "a Boeing 787 Dreamliner" (not "at 185-189 Princes Drive")
_MODEL_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+[A-Z]?\d{3}(?:-\d{1,3})?\s+$")


def illness(text: str, start: int, end: int) -> bool:
    """The name at `start:end` is an illness's: "the Zika virus", "an outbreak of X"."""
    return bool(_DISEASE_AFTER.match(text, end) or _DISEASE_BEFORE.search(
        text, max(0, start - 40), start) or text.endswith("virus", start, end))
    # ("Metapneumovirus is an uncommon virus")


# An acronym the story gives a thing in lower case: "liquefied natural gas (LNG)",
# "gross domestic product (GDP)": no one ("Russian LNG" neither).
_THING_ACRONYM = re.compile(r"\b([a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,5})\s+\(([A-Z]{2,6})s?\)")


def _things(text: str) -> set[str]:
    out = set()
    for m in _THING_ACRONYM.finditer(text) if " (" in text else ():
        words = [w for w in m.group(1).split() if w not in ("of", "and", "the", "for", "in")]
        initials = "".join(p[0] for w in words for p in w.split("-") if p).upper()
        if initials.endswith(m.group(2)):
            out.add(m.group(2))
    # ... or to a law, a plan, a prize: "the Joint Comprehensive Plan of Action (JCPOA)"
    for m in _NAMED_ACRONYM.finditer(text) if " (" in text else ():
        words = m.group(1).split()
        while words and not words[0][0].isupper():
            words = words[1:]
        if words and names_a_thing(words, text, m.end(1)):
            out.add(m.group(2))
    # ... a species by its Latin name, given or told twice: "a dinosaur named Centuriavis
    # lioae … Centuriavis was": a genus, no one
    for m in _BINOMIAL.finditer(text):
        if text.count(m.group()) > 1 or _NAMING.search(text, max(0, m.start() - 30), m.start()):
            out.add(m.group(1).rstrip("s"))  # (as the names are compared, plural or not)
    return out


_BINOMIAL = re.compile(r"\b([A-Z][a-z]{3,})\s+[a-z]{3,}(?:ae|ii|us|um|is|ensis|oides|i|a|x)\b")
_NAMING = re.compile(r"\b(?:named|dubbed|called|species|genus|known\s+as)\s+(?:[a-z]+\s+){0,2}$")


_NAMED_ACRONYM = re.compile(r"((?:[A-Z][\w’'-]*|of|the|and|for|on)(?:\s+(?:[A-Z][\w’'-]*|of|the|"
                            r"and|for|on)){1,10})\s+\(([A-Z](?:[a-z]?[A-Z]){1,7})\)")  # ("(VoNC)")
