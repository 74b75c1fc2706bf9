"""Groups joined: acronyms given in brackets, surnames and short forms to the name said in
full, a firm by its first word."""

from __future__ import annotations

import re
from collections import defaultdict

from annotate.suggest import words as W
from annotate.suggest.names.group import _WHERE, Group, _person_like, _personal, _placed
from annotate.suggest.names.lexicon import (
    _ACRONYM_AFTER,
    _BUILDINGS,
    _FIRM_FORMS,
    _LEGAL_FORMS,
    _PARTICLES,
    _PERSON_NOUN_THEN,
    _SEATS,
    _initials,
    _is_acronym,
    _org_word,
)

# Institutions named after where they are: "Bank of X", "University of X", "Council of X".
_OF_A_PLACE = frozenset("Bank University Government Republic Kingdom State Province City Port "
                        "Parliament Council Assembly Mayor Governor President".split())
_REGION_WORDS = frozenset("Strip Peninsula Province Region Prefecture Governorate Oblast District"
                           .split())

# ... in mixed case, its capitals the name's initials: "the Department for Education (DfE)"
_MIXED = re.compile(r"[A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,5}")
_MIXED_AFTER = re.compile(rf"\s*\(({_MIXED.pattern})\)")
# ... or as a word: "the Independent Policing Oversight Authority (Ipoa)"
_WORD_AFTER = re.compile(r"\s*\(([A-Z][a-z]{2,7})\)")
# ... or after ", or": "the Revolutionary Armed Forces of Colombia, or FARC, …"
_OR_ACRONYM = re.compile(r",\s+or\s+(?:the\s+)?([A-Z]{2,8})\b(?![-’'])")


_HIS = re.compile(r"(?:\s+[\w,’']+){0,6}?\s+(?:he|she|his|her|him)\b")


# A Korean given name after the family name: "Moon Jae-in" ... "Moon said" (even where
# the family name is a place's too)
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
_SOMEONE = frozenset({"speech", "person", "acts"})
_KNOWN_AS = re.compile(r",?\s+\(?(?:(?:(?:also|better|commonly|widely|locally)\s+)?known\s+as|"
                       r"aka|a\.k\.a\.|alias)\s+(?:the\s+)?")  # ("X, aka Kay,": X too)


def _introduced(groups: dict[str, Group], text: str) -> None:
    """Names the article makes one actor: an acronym it gives after a name, in brackets
    or after ", or" ("the U.S. Central Command (CENTCOM) ... CENTCOM"), a name it says the
    actor is known as, and a group's name in the singular and the plural ("Houthi rebels
    ... the Houthis")."""
    # (not a person's: "Ichiro Ozawa (DPJ)" names his party; nor a place's: "PASSAU,
    # Germany (AP)" credits an agency)
    given: dict[str, Group] = {}
    for g in groups.values():
        for o in g.occurrences:
            m = _ACRONYM_AFTER.match(text, o.end) or _MIXED_AFTER.match(text, o.end) or \
                _OR_ACRONYM.match(text, o.end) or _WORD_AFTER.match(text, o.end)
            if m and not g.canonical and g.name not in W.PLACES and not _person_like(g) and (
                    m.group(1).isupper() or _initials(g.name) == re.sub("[^A-Z]", "", m[1])
                    or _initials(g.name).lower() == m[1].lower()):
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
        if _is_acronym(key) or _MIXED.fullmatch(key) or key in given:
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


def _one_surname(groups: list[Group]) -> list[Group]:
    """The people a given name may call, one where all share the surname: "Tavish Orm" and
    "Tavish “Bright” Orm" are one person, named with and without a nickname."""
    return groups[:1] if len({g.words[-1] for g in groups}) == 1 else groups


def _pair(g: Group) -> bool:
    """Two words, or two joined by "&" ("Marks & Spencer"), or with a legal form after
    them ("Veltra Holdings Inc")."""
    return len(g.words) == 2 or (len(g.words) == 3 and (
        g.words[1] == "&" or g.words[2] in _FIRM_FORMS))


def _link(groups: dict[str, Group], lower: frozenset[str]) -> None:
    """Surnames and short forms join the person named in full; acronyms the organisation
    (not a common word that only opens sentences, unless it names a kind of body:
    "Appeals court justices could reverse" is no short form of "the 4th Circuit Court of
    Appeals"; `lower`: the article's words in lower case)."""
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
    # an organisation by its first word cut short: "the Fed" for "the Federal Reserve"
    by_clip: dict[str, list[Group]] = defaultdict(list)
    for g in longer:
        if id(g) not in person_ids and g.name not in W.PLACES:
            for n in range(3, len(g.words[0])):
                by_clip[g.words[0][:n]].append(g)
    moved: dict[int, Group] = {}  # id of a group joined to another -> that one
    for key, group in list(groups.items()):
        words = group.words
        if len(words) == 1 and words[0].lower() in lower and not _org_word(words[0]) and all(
                o.initial for o in group.occurrences):
            continue  # (but "Police moved the drugs": the force named before)
        # ("De Lima", "Von der Leyen": a surname, no one's full name; "López Obrador" for
        # "Andrés Manuel López Obrador": two surnames)
        middle = [g for g in by_last.get(words[-1], []) if id(group) in person_ids
                  and len(words) == 2 and id(g) in person_ids and len(g.words) > 2
                  and g.words[0] == words[0]]  # "George Bush" for "George W. Bush"
        short = _shortened(group, by_prefix.get(tuple(words), []), person_ids)
        # "Rana Gurjit" for "Rana Gurjit Singh": a person's first names
        grown = [g for g in by_prefix.get(tuple(words), []) if id(group) in person_ids
                 and id(g) in person_ids and len(g.words) == len(words) + 1 >= 3]
        # "Chief Williams" for "Police Chief Mark Williams": a weak title kept with the surname
        titled = [g for g in by_last.get(words[-1], []) if g is not group
                  and words[0] in W.WEAK_TITLES and id(g) in person_ids and len(g.words) > 1
                  and g.words[0] != words[0]] if len(words) == 2 else []
        if short is None and len(middle) != 1 and len(grown) != 1 and len(titled) != 1 \
                and id(group) in person_ids \
                and len(words) >= 2 \
                and words[0].lower() not in _PARTICLES and not (len(words) == 2 and sum(
                    id(g) in person_ids and len(g.words) > 2 and g.words[-2:] == words
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
            len(words) > 1 or (words[0] not in W.ORG_WORDS and (
                words[0] not in W.PLACE_WORDS or "organization" in group.kinds())  # ("City
            # defeated X 5-1": "Melbourne City", a club)
                               and words[0] not in _SEATS and words[0] not in _BUILDINGS
                               and words[0] not in W.DEMONYMS and not group.canonical
                               and not _placed(group) and "place" not in group.kinds()))]
        # ("a Branson hospital", "near Branson": the town, no short form of "Cox Medical
        # Center Branson")
        target = None
        if short is not None:
            target = short
        elif len(middle) == 1:
            target = middle[0]
        elif len(grown) == 1:
            target = grown[0]
        elif len(titled) == 1:
            target = titled[0]
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
            elif len(given := _one_surname([
                    g for g in by_first.get(words[0], []) if id(g) in person_ids
                    and (_pair(g) or len(g.words) == 3 or any(o.hint in _BY_GIVEN_NAME
                                                              for o in group.occurrences))
                    ])) == 1 and (not (words[0] in W.COUNTRIES or words[0] in W.PLACES
                                                 or words[0] in W.world_places()
                                                 or "place-of" in group.all_evidence())
                                            or _KOREAN_GIVEN.fullmatch(given[0].words[-1])
                                            and group.all_evidence() & _SOMEONE):
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
                        or W.is_place(words[0])
                        or _placed(group)):  # ("the town of Winton": no "Winton Formation")
                    owners = owners or [g for g in by_first.get(words[0], []) + by_first.get(
                        words[0][:-1] if words[0].endswith("s") else "", [])
                        if _pair(g) and (g.words[-1] in W.ORG_WORDS or g.firm)]
                target = owners[0] if len(owners) == 1 else None
            if target is None and len(clipped := by_clip.get(words[0], [])) == 1 \
                    and "definite" in group.all_evidence() and not group.hint() \
                    and not group.all_evidence() & {"person", "title"} \
                    and "person" not in group.kinds():
                target = clipped[0]
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


# A given name's shape: no acronym, nor a firm's inner capital ("PetroFina and Elf Aquitaine")
_GIVEN = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _couples(groups: dict[str, Group], text: str) -> None:
    """A given name joined by "and" to someone's full name shares the surname: "Alice and
    Dylan Maritato said" names Alice Maritato, "Tom and Katie Cruise" Tom Cruise (not
    "Kasparov and Irina Khakamada": a surname of someone named before has joined that one
    by now; nor "Comcast", named elsewhere alone)."""
    people = {g.name for g in groups.values() if len(g.words) == 2 and _person_like(g)}
    if not people:
        return
    then = re.compile(r"\s+and\s+(?:" + "|".join(map(re.escape, people)) + r")\b")
    for key, g in list(groups.items()):
        ends = [then.match(text, o.end) for o in g.occurrences]
        if len(g.words) == 1 and not g.canonical and not g.kinds() and not _placed(g) \
                and g.name not in W.DEMONYMS and _GIVEN.fullmatch(g.name) and all(ends):
            for o in g.occurrences:
                o.kind = "person"
            full = f"{g.name} {next(m[0] for m in ends if m).split()[-1]}"
            if full not in groups:
                del groups[key]
                groups[full] = Group(full, g.forms, g.occurrences)

