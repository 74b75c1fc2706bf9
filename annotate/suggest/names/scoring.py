"""A group's type and score, from its words and the evidence of its occurrences."""

from __future__ import annotations

import re

from annotate.suggest import words as W
from annotate.suggest.names.group import _WHERE, Group, _person_like, _personal, _placed
from annotate.suggest.names.lexicon import (
    _BUILDINGS,
    _PARTICLES,
    _is_acronym,
    _org_word,
    acronym_in,
    camel_case,
)

_VESSELS = frozenset("MV MS MT HMS USS RMS SS S.S. HMAS HMCS INS".split())  # before a ship's name
# Before a storm's name, and closing a wildfire's ("the Dixie Fire"): no one, a force of
# nature
_STORMS = frozenset("Hurricane Typhoon Cyclone Storm Tropical Super Severe TC".split())
_FIRES = frozenset("Fire Wildfire Blaze".split())

# A plural last word ("Lakers", "Hornets", "Stones"), not "Williams"-like: with "the", a team.
_TEAM = re.compile(r"[A-Z][a-z]*[^suiaeo\W]s")
_MASCOTS = frozenset("Pirates Warriors Lions Tigers Eagles Bears Bulls Sharks Rovers Wanderers "
                     "Dolphins Panthers Jaguars Leopards Stallions Titans Giants Raiders Broncos "
                     "Cowboys Packers Celtics Lakers Buccaneers Gunners Magpies Hornets Storm "
                     "Blues Reds Whites Greens".split())

_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # a person's "D.K." (but "U.S." is a country)

_SHOUTED_WORDS = frozenset("A AN THE IN OF ON AT FOR TO AND".split())
_RED_CROSS = re.compile(r"\bRed\s+(?:Cross|Crescent)\b")


# Words in capitals that make a clause, no name ("TO BE FILLED"; not "BANK OF AMERICA")
_CAPS_CLAUSE = frozenset("TO BE IS ARE WAS WERE WILL HAS HAVE".split())
# Malay and Indonesian words that open a place's name: river, town's mouth, hill, village,
# island, mountain, bay, cape; a Philippine barangay; Spanish "new" ("Nueva Ecija")
_PLACE_FIRST = frozenset("Sungai Kuala Bukit Kampung Kampong Pulau Gunung Teluk Tanjung "
                         "Desa Danau Barangay Barangays Brgy Nueva Nuevo Taman Jalan Lorong"
                         .split())
# Heads of places named after people, which no surname is
_GROUNDS = frozenset("Stadium Airport Prison Jail Mall Cathedral Monument Memorial Boulevard "
                     "Avenue Highway Expressway Motorway Freeway Complex".split())

# A name that opens with a faith's word is a movement's ("Islamic Jihad"); "Islamic
# University" ends with a body's word.
_FAITH_FIRST = frozenset({"Islamic", *W.ARMED_CREEDS}) - {"Maoist"}

def _type_and_score(g: Group, lower: frozenset[str]) -> tuple[str, float, bool]:
    """The type, the score, and whether the type is a guess (nothing said it)."""
    words, evidence, kinds = g.words, g.all_evidence(), g.kinds()
    mid = [o for o in g.occurrences if not o.initial]
    recurs = len(g.occurrences) >= 2
    one = len(words) == 1 and all(len(f.split()) == 1 for f in g.forms)
    if g.canonical or g.name in W.COUNTRIES:
        return "country", 0.85, False
    if g.occurrences and all("shouted" in o.evidence for o in g.occurrences) and (
            one and (words[0].lower() in lower or len(words[0]) > 8
                     or words[0].lower() in W.PERSON_NOUNS)
            or not one and not _SHOUTED_WORDS.isdisjoint(words)):
        return "other", 0.0, False  # "A MAN has been jailed", "A CONTROVERSIAL plan",
        # "GARDAÍ IN DUBLIN have": words in capitals where the story starts, no acronym
    if len(words) > 2 and all(w.isupper() for w in words) and _CAPS_CLAUSE & set(words):
        return "other", 0.0, False  # "SIX SEATS TO BE FILLED IN TOTAL": a line in capitals
    if g.occurrences and all("brand" in o.evidence for o in g.occurrences):
        return "other", 0.0, False  # "brands such as Newport, Camel and Pall Mall"
    if len(words) > 1 and words[-1] in ("Officer", "Officers", "Commander"):
        return "other", 0.0, False  # "the Returning Officer", "the Force Public Relations
        # Officer", "Auckland City District Commander": a post, its holder named apart
    if "disease" in evidence and not _personal(g):
        return "other", 0.0, False  # "an outbreak of Ebola", "the Zika virus": no one
    if g.name in W.PLACES:
        return "place", 0.8, False
    if len(words) > 1 and words[0] in _PLACE_FIRST and not _org_word(words[-1]):
        return "place", 0.8, False  # "Sungai Dungun" (a river), "Kampung Baru", "Bukit X"
    if words[-1].endswith("shire") and len(words[-1]) > 7 or one and words[0] in (
            "North", "South", "East", "West") or one and len(words[0]) > 7 and words[0].endswith(
            ("polis", "pólis", "grad", "abad")):
        return "place", 0.6, False  # "Derbyshire", "Lincolnshire": a county; "West, South
        # and East Yorkshire": a region (never a body); "Teresopolis", "Volgograd", "Faisalabad"
    if len(words) == 2 and words[0] in ("Co", "Co.") and not _org_word(words[1]):
        return "place", 0.8, False  # "Co Clare", "Co. Antrim": a county (a firm's "Co"
        # comes last)
    if len(words) > 1 and words[0] in _FAITH_FIRST and (
            words[1:] == ["State"] or not any(map(_org_word, words[1:]))):
        return "group", 0.7, False  # "Islamic Jihad", "Islamic State": no one's name
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
                or word in W.world_places() or word in W.WIRES
                or "-" in word and word.rsplit("-", 1)[1] in W.OUTLETS)):  # ("Berlin
            # welcomed the decision", "Reuters reported", "KATU-TV reported"; "Norrail
            # suspended services … Norrail cancelled 40 trains": a firm that acts, twice)
            return "other", 0.0, False
        if not mid and len(word) > 6 and word.endswith("ing") and not kinds and not evidence \
                & {"speech", "apposition", "person"} and word not in W.world_places():
            return "other", 0.0, False  # "Predicting which reefs recover…": a verb opening
            # a sentence
        if not mid and word.endswith(("ers", "ors", "ists", "ants", "ents")) and not kinds \
                and word not in W.WIRES \
                and not evidence & {"apposition", "person"}:
            return "other", 0.0, False  # "Retailers warned", "Campaigners said": who, unnamed
        score = 0.45 + 0.2 * recurs + 0.15 * bool(evidence & {"speech", "apposition"})
        if word in W.WIRES:
            return "organization", min(score, 0.9), False  # ("Reuters, citing …": no one)
    else:
        score = 0.6 + 0.1 * recurs + 0.1 * bool(g.hint() or evidence & {"speech", "person"})
    # The head word says what it is: "X Shipping", "Department of State", "Gulf of Aden".
    of = next((i for i, w in enumerate(words) if i and w in ("of", "on", "for")), 0)
    head = words[of - 1] if of else words[-1]  # ("Cabinet Committee on Security")
    if len(words) > 1 and head in _FIRES and ("modifier" in evidence or "organization" in kinds) \
            and not evidence & {"person", "title"}:
        return "organization", score, False  # "Cal Fire spokesman X", "…, or Cal Fire": the
        # fire service
    if len(words) > 1 and (words[0] in _VESSELS or "Shuttle" in words[:-1] or (
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
    if len(words) > 1 and head in _GROUNDS and not evidence & {"speech", "apposition"}:
        return "place", min(score, 0.9), False  # "the Sir Osric Pell Stadium": named after him
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
    if len(words) > 1 and _INITIALS.fullmatch(words[0]) and words[0] not in W.COUNTRIES and (
            evidence & {"person", "title", "speech"} or len(words) == 2 and not (
                _org_word(words[1]) or W.is_place(words[1]) or words[1] in W.COUNTRIES)):
        return "person", min(score, 0.9), False  # "D.K. Pathak, a railroad official, said",
        # "ministers P.C. Sharma and X" (not "A.C. Milan")
    if len(words) == 2 and re.fullmatch(r"[A-Z]{2,3}", words[0]) and words[0] not in \
            W.COUNTRIES and evidence & {"person", "title"} and not (
            _org_word(words[1]) or W.is_place(words[1]) or words[1] in W.COUNTRIES):
        return "person", min(score, 0.9), False  # "character actor AK Hangal": initials
        # with no stops, as South Asian names are often written
    if one and re.fullmatch(r"[A-Z]{2}", words[0]) and words[0] not in W.COUNTRIES and \
            "person" in evidence:
        return "person", min(score, 0.8), False  # "the Britons CM, 48, and RL, 50": a
        # court's initials for the accused
    if kinds and set(kinds) == {"other"} and not _personal(g) and len(words) > 1:
        return "other", min(score, 0.9), False  # "a Taurus XL rocket": a craft, no firm
    if any(w in W.ORG_WORDS for w in words) or acronym_in(words) \
            or _RED_CROSS.search(g.name):  # "the Kenya Red Cross", "the Red Crescent"
        return "organization", min(score, 0.9), False
    if one and re.fullmatch(r"[A-Z][a-z]{2,}bank(?:en)?", words[0]):
        return "organization", min(score, 0.8), False  # "Swedbank", "Handelsbanken"
    if len(words) > 1 and (words[-1] in _MASCOTS or words[-1].endswith("s")
                           and words[-1][:-1] in W.TITLES):
        return "organization", min(score, 0.8), False  # "Kaizer Chiefs", "Orlando Pirates":
        # a team (no one's surname is a plural title or a mascot)
    if len(words) > 1 and _TEAM.fullmatch(words[-1]) and words[-1] not in W.PLACE_WORDS \
            and not words[-1].endswith("lands") \
            and (words[0] not in W.DIRECTIONS or words[0] == "New" and len(words) > 2) \
            and "definite" in g.all_evidence() and "place" not in kinds:  # ("the X Roads area")
        return "organization", min(score, 0.9), False  # "the Los Angeles Lakers", "the New
        # England Patriots": a team, a band
    if len(words) == 2 and words[0] in W.DIRECTIONS and evidence & {"speech", "acts"} and \
            not evidence & _WHERE and "place" not in kinds and not (
                words[1] in W.PLACE_WORDS or words[1] in W.PLACES or words[1] in W.COUNTRIES
                or g.name in W.world_places() or words[1] in W.world_places()):
        return "organization", min(score, 0.9), False  # "Western Digital confirmed"
    if words == ["State"] and "organization" in kinds:
        return "organization", min(score, 0.9), False  # "The State led by X": who prosecutes
    if words[-1] in W.PLACE_WORDS or (len(words) > 1 and (
            words[0] in W.DIRECTIONS or words[0] in W.PLACE_PREFIXES) and not (
            "organization" in kinds and not evidence & _WHERE)):
        # ("the newspaper El Mundo", "the team, New Germany", never in a place: no place)
        return "place", min(score, 0.9), False
    if len(words) > 1 and "person" in evidence and _person_like(g):
        return "person", min(score, 0.9), False  # "a bribe from X Y, a former minister"
    listed = all("place-list" in o.evidence for o in g.occurrences if "place-of" in o.evidence)
    surnamed = len(words) > 1 and words[-1] in g.forms and not (
        words[-1] in W.PLACE_WORDS or words[-1] in W.PLACES or words[-1] in W.COUNTRIES
        or words[-1] in W.world_places())  # (but "Old Riga" … "Riga": a place)
    if evidence & {"place-of"} and not (listed and "speech" in evidence) or (
            len(words) > 1 and "place-prep" in evidence and not surnamed and not (
            any(w in _PARTICLES for w in words[2:-1]) and words[1] not in _PARTICLES)):
        # ("a goal past Bon Scott … saves from Scott": called by the surname, a person;
        # not "took over from Jose Eduardo dos Santos": two given names, a surname's
        # particle; "at Haut de la Varenne" is a place; nor one that speaks, placed only by
        # a list: "representatives from Norland, X and Vesmark … X has stated")
        return "place", min(score, 0.9), False
    if kinds and set(kinds) == {"other"} and evidence & {"speech"}:
        return "organization", min(score, 0.9), False  # "a SpaceX rocket … SpaceX said": a
        # maker (a craft says nothing)
    if kinds:
        return kinds[0], min(score + 0.05, 0.9), False
    if len(words) > 1 and any(w in W.COUNTRIES or w in W.PLACES for w in words[1:]):
        if len(words) == 2 and "person" in evidence and words[0] not in W.COUNTRIES and \
                words[0] not in W.PLACES and not _org_word(words[0]) and \
                not _is_acronym(words[0]) and words[0] not in W.DEMONYMS:
            return "person", min(score, 0.9), False  # "Fatima Jordan, a nurse, said"
        return "organization", min(score, 0.9), False
    if one and {"speech", "his"} <= evidence and not evidence & _WHERE:
        return "person", min(score, 0.9), False  # "Santos had not expressed his support …
        # Santos said": a man named like a town
    if g.name in W.world_places():  # "Baghdad", "Andhra Pradesh": not who they look like
        return "place", min(score, 0.9), False
    if one and camel_case(words[0]):
        return "organization", min(score, 0.9), False
    if len(words) > 1 and words[-1] in ("Labour", "Labor") and W.is_place(" ".join(words[:-1])):
        return "organization", min(score, 0.9), False  # "Northland Labour candidate X": the
        # party's branch where it stands (it was a person, and took every "Labour")
    if len(words) == 2 and "definite" in evidence and not evidence & {"person", "title"} and \
            W.is_place(words[0]):
        return "organization", min(score, 0.9), False  # "the Melbourne Storm", "the Miami
        # Heat": a town's team (no one is "the Paris Hilton")
    if _person_like(g) or evidence & {"person", "title"}:
        return "person", min(score, 0.9), False
    if _placed(g) and "speech" not in evidence:
        # (a place says nothing: "Unite said" is a union; "a share in X" once among six
        # mentions makes no place of X)
        return "place", min(score, 0.9), False
    return "organization", min(score, 0.9), True  # (a guess)
