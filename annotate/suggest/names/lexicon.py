"""Word lists and word tests the stages of finding names share."""

from __future__ import annotations

import re
from functools import lru_cache

from annotate.suggest import words as W

_LEGAL_FORMS = frozenset("Party Company Corporation Corp Corp. Inc Inc. Ltd Ltd. PLC plc Group "
                         "Holdings GmbH AG SA NV LLC SE Co Co. Bhd Berhad Tbk Plc".split())
_FIRM_FORMS = _LEGAL_FORMS - {"Party", "Group"}  # a company's only

# (and of towns: "Usti nad Labem", "Newcastle upon Tyne")
CONNECTORS = frozenset("of for de du da do dos das der den van von la le del bin ibn al ten ter "
                       "nad pod upon sur es y por para pour el los las".split())
# of a surname: "de Lima", "dos Santos" (not "do": "why do Americans")
_PARTICLES = CONNECTORS - {"of", "for", "do", "nad", "pod", "upon", "sur", "es", "por", "para",
                           "pour"} | {
    "di", "della", "el"}

_CAMEL = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O’|O')[A-Z][a-z]+[A-Z][A-Za-z]*|"
                    r"[A-Z]{2,}[a-z]{3,}")  # "YouTube", "JPMorgan"

# Heads of names of buildings, which a story may name as where something happened.
_BUILDINGS = frozenset("School Elementary Hospital Infirmary Clinic Center Centre Academy "
                       "College Museum Gallery Library Theatre Theater Mosque Church "
                       "Temple".split())
# Heads of the names of seats of power: "the White House", "the Oval Office", "City Hall".
# Alone, the word is no short form of them ("House Speaker" is the House's).
_SEATS = frozenset("House Office Hall Building".split())

_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z0-9&]{1,6}s?$|[A-Z]{2,8}-[A-Z\d]{1,3}$")
_DOMAIN = re.compile(r"\.(?:com|org|net|co\.uk|co|io|gov|edu)$", re.IGNORECASE)


def _plain(word: str) -> str:
    """'Putin’s' -> 'Putin'; 'TMZ.com' -> 'TMZ'."""
    return _DOMAIN.sub("", re.sub(r"[’']s?$", "", word))


def _is_acronym(word: str) -> bool:
    return bool(_ACRONYM.fullmatch(word)) and word not in W.NOT_ACTORS


def acronym_in(words: list[str]) -> bool:
    """An acronym among a name's words, not a person's middle initials ("George H.W. Bush")."""
    return any(_is_acronym(w) and not (0 < i < len(words) - 1 and _MIDDLE_INITIALS.fullmatch(w))
               for i, w in enumerate(words))


_MIDDLE_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


# What a ministry or an agency is for, last in its name after "and": "Department of Health
# and Human Services", "Ministry of Foreign Affairs and Trade".
_REMITS = frozenset("""Services Affairs Development Trade Security Welfare Justice Industry
Commerce Energy Environment Culture Sport Sports Tourism Education Science Technology Transport
Infrastructure Planning Resources Agriculture Fisheries Forestry Communications Innovation
Research Labour Labor Employment Training Prevention Control Safety Protection Investment
Finance Housing Works Relations Cooperation Health Sanitation Immigration Citizenship
Enforcement Crime Disarmament Railway Railways Aviation Defence Defense Interior Power Mines
Petroleum Information Telecommunications Steel Coal Studies Care Disaster Refugees Refugee
Emergency Emergencies Youth Women Veterans Gender Climate Society Communities Equalities
Pensions Skills Borders Media Heritage Arts Economy Shipping Ports Broadcasting Insurance Banking
Mining Oil Gas Fuel Water Roads Lands Forests Urbanization Urbanisation""".split())

_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,8}(?:-[A-Z\d]{1,3})?)\)")  # ("(TDRS-K)")

_INITIAL = re.compile(r"[A-Z]\.")


@lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """The words the article writes in lower case: a capitalised one it also writes so is a
    common word (read once per article; a text's hash is kept by the string)."""
    return frozenset(re.findall(r"\b[a-z][\w’'-]*", text))


_FORMER = frozenset("Former Ex Then Acting Interim Outgoing".split())

_PERSON_NOUN_THEN = re.compile(rf"\b{W.PERSON_NOUN}\s+$")  # "spokeswoman X"


def _org_word(word: str) -> bool:
    """A word that heads organisations' names, also in the plural or as a hyphenated
    name's part ("Schools", "Journal-Constitution")."""
    return word in W.ORG_WORDS or word in _FIRM_FORMS or word.removesuffix("s") in W.ORG_WORDS or (
        "-" in word and any(part in W.ORG_WORDS for part in word.split("-")))


def camel_case(word: str) -> bool:
    """A capital inside a word that no surname prefix explains: "YouTube", "LulzSec" are
    brands, no one's name ("McCain", "DiCaprio", "LeBlanc" are)."""
    return bool(_CAMEL.fullmatch(word))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in CONNECTORS and w not in ("and", "the")
                   and w[0].isupper())
