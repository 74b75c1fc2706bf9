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

import re
from collections import defaultdict

from rapidfuzz import fuzz, process

from annotate.article import Article
from annotate.suggest import words as W
from annotate.suggest.base import ActorSuggestion
from annotate.suggest.names.group import Group, _person_like, _personal, _placed
from annotate.suggest.names.lexicon import (
    _ACRONYM_AFTER,
    _BUILDINGS,
    _LEGAL_FORMS,
    _PARTICLES,
    _PERSON_NOUN_THEN,
    _SEATS,
    _initials,
    _is_acronym,
    _lower_words,
    _org_word,
    camel_case,
)
from annotate.suggest.names.occurrences import _occurrences
from annotate.suggest.names.things import _things, illness, names_a_thing, no_actor
from annotate.suggest.text import Story

# What other modules use (annotate.suggest.builtin, .nlp; the tests)
__all__ = ["_Near", "_initials", "_mentions", "camel_case", "illness", "names_a_thing", "no_actor",
           "suggest"]

# Institutions named after where they are: "Bank of X", "University of X", "Council of X".
_OF_A_PLACE = frozenset("Bank University Government Republic Kingdom State Province City Port "
                        "Parliament Council Assembly Mayor Governor President".split())
_REGION_WORDS = frozenset("Strip Peninsula Province Region Prefecture Governorate Oblast".split())

_VESSELS = frozenset("MV MS MT HMS USS RMS SS HMAS HMCS INS".split())  # before a ship's name
# Before a storm's name, and closing a wildfire's ("the Dixie Fire"): no one, a force of
# nature
_STORMS = frozenset("Hurricane Typhoon Cyclone Storm Tropical Super".split())
_FIRES = frozenset("Fire Wildfire Blaze".split())

# A plural last word ("Lakers", "Hornets", "Stones"), not "Williams"-like: with "the", a team.
_TEAM = re.compile(r"[A-Z][a-z]*[^suiaeo\W]s")

# ... in mixed case, its capitals the name's initials: "the Department for Education (DfE)"
_MIXED = re.compile(r"[A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,5}")
_MIXED_AFTER = re.compile(rf"\s*\(({_MIXED.pattern})\)")

_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # a person's "D.K." (but "U.S." is a country)

_RED_CROSS = re.compile(r"\bRed\s+(?:Cross|Crescent)\b")

_WHERE = frozenset({"place-prep", "place-of", "place-list"})


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
