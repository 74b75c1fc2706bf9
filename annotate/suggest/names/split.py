"""A run into the names it holds: a title cut off, a person from where they are from, an
organisation from its member."""

from __future__ import annotations

import re

from annotate.suggest import words as W
from annotate.suggest.names.context import _context
from annotate.suggest.names.group import Group, Occurrence, _person_like
from annotate.suggest.names.lexicon import (
    _FORMER,
    _INITIAL,
    _PARTICLES,
    _PERSON_NOUN_THEN,
    _REMITS,
    CONNECTORS,
    _initials,
    _is_acronym,
    _lower_words,
    _org_word,
    _plain,
)
from annotate.suggest.names.runs import _ABBREVIATED_FORMS, _STATED
from annotate.suggest.names.things import LAW_WORDS, OCCASION_WORDS, names_a_thing, no_actor
from annotate.suggest.text import Token, places_of

# Words for some of a whole that open a sentence: "Thousands of X", "Shares of X" ("Most
# of X", "Two of X" are function words, left out before these are asked).
_PARTITIVES = frozenset("""Shares Thousands Hundreds Millions Billions Dozens Tens Residents
Citizens Supporters Members Fans Officials Workers Employees Staff Customers Users Shareholders
Investors Representatives Relatives Families Troops Soldiers Students Parts None""".split())

# After a person's name, no name of its own: "X, Jr."
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr."})
# Names of what the weather does, no one: "the El Niño weather pattern"
_PHENOMENA = frozenset({"El Niño", "El Nino", "La Niña", "La Nina"})

# Titles that are nobody's surname (unlike King, Bishop, Judge, Major ...).
_OFFICES = frozenset(w.replace("_", " ") for w in (
    "President President-elect Minister Prime_Minister Secretary Premier Senator Governor "
    "Mayor Ambassador Spokesman Spokeswoman Spokesperson Chairman Chairwoman Commissioner "
    "Secretary-General Attorney-General Attorney_General CEO CFO Gov Gov. Leader").split())

_PRIZE_FIELD = re.compile(r"\b(?:Prizes?|Awards?|Medal)\s+(?:in|for)\s+(?:the\s+)?$")
# A work's title in quotation marks: "her novel “The Salt Road”", "the film 'Heat'".
_WORK_BEFORE = re.compile(r"\b(?:novel|book|memoir|film|movie|documentary|song|single|album|"
                          r"play|poem|series|show|opera|painting|mission|operation|campaign|"
                          r"programme|program|project|exercise|named|called|dubbed|titled|"
                          r"entitled)s?\s*,?\s*[\"“‘'](?:The\s+|A\s+|An\s+)?$")
_WORK_TITLE = re.compile(r"[,.]?[\"”’']")
# ... and unquoted, where the works are listed: "hit movies including Who Framed Roger
# Rabbit and Mona Lisa", "his final film, Snow White and the Huntsman"
_WORKS_CUES = ("including", "such as", "like", "film,", "movie,", "novel,", "book,", "album,",
               "song,", "play,", "series,", "show,")  # (a cheap test before the pattern)
_WORKS_LISTED = re.compile(r"(?:\b(?i:films|movies|novels|books|albums|songs|plays|series|shows)\s+"
                           r"(?:including|such\s+as|like)|\b(?:final|last|first|latest|new|"
                           r"debut|hit)\s+(?:film|movie|novel|book|album|song|play|series|show),)"
                           r"\s+(?:[^.;:]{0,60}?(?:,|\band)\s+)?(?:[Tt]he\s+|Who\s+|What\s+)?$")

_WORK_NAMED = re.compile(r"\b(?:opera|sitcom|series|show|film|movie|novel|documentary|musical|"
                         r"album|song|play)\s+$")

_RANK = re.compile(r"No\.?\d{1,3}")

_MADE_OF_NAME = re.compile(r"-(based|born|led|backed|owned|run|funded|made|speaking|founded|"
                           r"controlled|held|linked|allied|bound|language|family|style|winning|"
                           r"flagged|registered|listed|affiliated|inspired|headquartered|"
                           r"brokered|sponsored|supported|trained|armed|occupied|employed|"
                           r"operated|like|type|area|wide|dominated|majority|populated|ruled|"
                           r"governed|administered|inhabited|leaning|era|connected|related|"
                           r"produced|built|approved|only|starrer|class|crossing|sized|native|"
                           r"aligned|first|induced|imposed|mandated)$")
_LIKE = frozenset({"style", "like", "type", "inspired"})  # a manner, no one taking part
_FIRMS_ARE = frozenset({"based", "headquartered", "listed", "registered", "owned", "backed"})


def _job(word: str) -> bool:
    """A word for what someone does: "Economist", "Climatologist", "Historian" (opening a
    sentence before a name, it is no part of it)."""
    word = _bare_job(word)
    return word.lower() in W.PERSON_NOUNS or (word.endswith(("ist", "ian", "grapher", "eer"))
                                              and word not in W.DEMONYMS)


def _bare_job(word: str) -> str:
    """A job's word in the singular: "Businessmen" -> "Businessman", "Activists" ->
    "Activist"."""
    return word[:-3] + "man" if word.endswith("men") else word.removesuffix("s")



def _title_at(run: list[Token], i: int) -> int:
    """How many words from `i` make a title ('Prime Minister' 2, 'President' 1, else 0)."""
    if i + 1 < len(run) and f"{run[i].text} {run[i + 1].text}" in W.TITLES:
        return 2
    if i + 2 < len(run) and run[i].text == "Chief" and run[i + 2].text in ("Officer", "Officers"):
        return 3  # "Chief Restructuring Officer X", "Chief Technology Officer X"
    abbreviated = i + 1 < len(run) and run[i + 1].start - run[i].end == 2 and \
        run[i].text + "." in W.TITLES  # "Sen. X" (a run holds "Sen" only before ". ")
    # (and in the plural before a list: "Representatives X, Y and Z voted")
    plural = run[i].text.endswith("s") and run[i].text[:-1] in W.TITLES and i + 2 < len(run) \
        and run[i + 1].text not in W.FUNCTION_WORDS  # (not "Doctors Without Borders")
    hyphened = "-" in run[i].text and i + 1 < len(run) and (
        run[i].text.replace("-", " ") in W.TITLES or run[i].text.split("-")[0] in W.TITLES)
    return 1 if run[i].text in W.TITLES or abbreviated or plural or hyphened else 0  # (and
    # "Prosecutor-General X")


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
    if not body or first.text in W.TITLES or first.text.islower() or any(
            t.text in W.ORG_WORDS or t.text in CONNECTORS or t.text in W.COUNTRIES
            for t in (first, last)):
        return None
    return i, len(run) - size


# People a body is for or of, before its "of": "the X Children of Africa Foundation"
_WHOM_A_BODY_SERVES = frozenset("Children People Women Men Friends Sons Daughters Mothers "
                                "Fathers Veterans Workers Farmers Families Survivors Victims "
                                "Citizens Residents Students Parents Patients".split())


def _of_whom(run: list[Token]) -> int | None:
    """Where "of" parts a person from where they are from or whom they work for: "David
    Griffiths of Amnesty International", "Peter Watson of Whitehaven" (not "the Islamic
    Republic of Iran", "Bank of England")."""
    of = next((k for k, t in enumerate(run) if t.text == "of"), None)
    if of is None or of < 2 or any(t.text in W.ORG_WORDS for t in run[:of]) \
            or run[of - 1].text in _WHOM_A_BODY_SERVES \
            or run[of - 1].text in LAW_WORDS | OCCASION_WORDS \
            or run[of - 1].text[-1:] == "s" and run[of - 1].text[:-1] in W.TITLES \
            or W.country(" ".join(t.text for t in run)):
        return None
    rest = [t for t in run[of + 1:] if t.text != "the"]
    if run[of - 1].text in W.TITLES and all(
            t.text in _REMITS or t.text in _REMIT_WORDS or t.text in W.TITLE_MODIFIERS
            for t in rest):
        return None  # "the National Minister of Health": a post
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


_AGENT = re.compile(r"(?:er|or|ist|ant|ent|ee)s?$")  # who does something: "Passenger"


def _common(text: str, word: str) -> bool:
    """A capitalised word the article also writes in lower case, or in the plural."""
    lower = _lower_words(text)
    low = word.lower()
    return low in lower or low + "s" in lower or (low.endswith("s") and low[:-1] in lower)


_SENT_TO = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul|[Hh]igh\s+[Cc]ommissioner)\s+to\s+"
                      r"(?:the\s+)?$")


def _known_place(words: list[Token]) -> bool:
    name = " ".join(t.text for t in words)
    return W.is_place(name) or name in W.COUNTRIES


# A number in words, capitalised: "Five Hundred and Twenty-Three Million … Naira"
_NUMBER_WORD = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
                          r"(?:Thir|Four|Fif|Six|Seven|Eigh|Nine)teen|"
                          r"(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)"
                          r"(?:-(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine))?|"
                          r"Hundred|Thousand|Million|Billion|Trillion),?")
_COMPASS = frozenset("North South East West Northeast Northwest Southeast Southwest".split())


# (not AG, SA, NV or SE alone: an attorney general, South Australia …)
_FORM_ALONE = _ABBREVIATED_FORMS - {"AG", "SA", "NV", "SE"}


def _split_run(text: str, run: list[Token]) -> list[Occurrence]:
    if len(run) == 1 and run[0].text in _FORM_ALONE:
        return []  # "its chipmaker SK hynix Inc.": a firm's legal form, its name cut by a
        # word in lower case
    initial = run[0].initial
    ranked = next((k for k, t in enumerate(run[:3])
                   if t.text[:2] == "No" and _RANK.fullmatch(t.text)), None)
    if ranked is not None and all(t.text == "World" for t in run[:ranked]):
        run = run[ranked + 1:]  # "World No.1 Serena Williams", "the No.1 seed": a ranking
        if not run:
            return []
        initial = False
    if len(run) >= 3 and _SENT_TO.search(text, max(0, run[0].start - 20), run[0].start) and \
            not any(t.text in CONNECTORS or _org_word(t.text) for t in run):
        # "Ambassador to Moscow Andreas Friganas": where the envoy is sent, then the envoy
        sent = next((k for k in (3, 2) if k < len(run) - 1 and _known_place(run[:k])), 1)
        return _split_run(text, run[:sent]) + _split_run(text, run[sent:])
    if len(run) == 2 and run[0].text in W.DEMONYMS and run[0].text not in W.GIVEN_DEMONYMS \
            and not _org_word(run[1].text) \
            and not _placed_words(run) and not _placed_words(run[1:]) \
            and _alone_elsewhere(text, run[1]):  # (not "American Samoa", "British Columbia")
        run, initial = run[1:], False  # "American Serena needed": Serena, named elsewhere
    if len(run) > 1 and run[0].text in W.DEMONYM_NOUNS:
        run, initial = run[1:], False  # "Irishman John Mackey": the man, then his name
    if len(run) > 1 and run[0].text in W.CREEDS and not any(_org_word(t.text) for t in run):
        run, initial = run[1:], False  # "the Islamist al Shabaab group": the group's name
    if len(run) > 1 and run[-1].text in W.CREEDS:
        run = run[:-1]  # "the Boko Haram Islamist insurgency"
    while run and (run[0].text in W.FUNCTION_WORDS or run[0].text in ("The", "A", "An")):
        if run[0].text in W.HONORIFICS and len(run) > 1:
            break  # "Mr Blair": a person, said below
        if run[0].text == "All" and len(run) > 1 and re.search(
                r"\b[Tt]he\s+$", text[max(0, run[0].start - 4):run[0].start]):
            break  # "the All Blacks", "the All Progressives Congress": its name's first word
        if run[0].text == "He" and not initial and len(run) > 1 and re.search(
                r"[a-z,]\s+$", text[max(0, run[0].start - 3):run[0].start]):
            break  # "State television quoted He Biao": a family name, no "he"
        if run[0].text in W.TITLE_MODIFIERS and len(run) > 1 and (
                run[1].text in W.TITLES or run[1].text in W.TITLE_MODIFIERS):
            break  # "First Minister Alex Salmond"
        if not initial and run[0].text in W.PLACE_WORDS and len(run) > 1:
            break  # "the Mine Safety and Health Administration": no pronoun inside a sentence
        if not initial and run[0].text == "Per" and len(run) > 1:
            break  # "a former minister, Per Solheim": the given name, capitalised mid-sentence
        if run[0].text == "Will" and len(run) == 2 and _STATED.match(text, run[1].end):
            break  # "Will Corporon issued a statement": a given name (`runs._given_will`)
        run, initial = run[1:], False
    while len(run) > 1 and run[0].text.lower() in W.ORG_BEFORE and run[1].text not in CONNECTORS \
            and not _PERSON_NOUN_THEN.search(text, max(0, run[0].start - 30), run[0].start):
        run, initial = run[1:], False  # "Retailer Harlow & Sons said": a kind, then the name
        # (but "Bank of America" is a name, and "spokeswoman Charity Okafor" a person's)
    if initial and len(run) > 2 and run[1].text not in CONNECTORS and \
            run[0].text not in W.TITLES and run[0].text not in W.HONORIFICS and \
            run[0].text not in W.TITLE_MODIFIERS and _AGENT.search(run[0].text) and (
                _common(text, run[0].text) or run[0].text.endswith(("ists", "ers", "ors"))
                and run[1].text not in W.FUNCTION_WORDS  # ("Doctors Without Borders")
                and _person_like(Group(" ".join(t.text for t in run[1:3]), [], []))):
        run, initial = run[1:], False  # "Passenger Niamh Gallagher said": the article
        # writes "passengers" in lower case too, a noun before the name ("Columnists X and
        # Y were sentenced": a plural one)
    # (a job in the plural before people, "Businessmen X and Y"; but "Reporters Against
    # Tolls" is a body)
    plural_body = len(run) > 2 and run[0].text != _bare_job(run[0].text) and any(
        t.text in W.FUNCTION_WORDS for t in run[1:])
    if len(run) > 2 and initial and _job(run[0].text) and not plural_body and not any(
            t.text in W.ORG_WORDS or t.text in W.PLACE_WORDS for t in run) \
            and run[0].text not in W.TITLES and run[0].text not in W.TITLE_MODIFIERS:
        return _someone(text, run[1:])  # "Economist Amartya Sen said": a person, named
    # "the Third of Alexandria": no "of Alexandria" (but "von der Leyen" is a surname)
    while run and run[0].text in CONNECTORS and run[0].text not in _PARTICLES:
        run, initial = run[1:], False
    if len(run) > 2 and run[0].text in _PARTITIVES and run[1].text == "of":
        run, initial = run[2 + (run[2].text == "the"):], False  # "Shares of Quorvex fell"
    if len(run) > 2 and run[0].text.replace("-", "").capitalize() in _COMPASS \
            and run[1].text == "of":
        return _places(text, run[2 + (run[2].text == "the"):])  # "6 km Northwest of Varn"
    # "Australian Peter Greste": the nationality is not part of the name (but of "Russian
    # Central Election Commission" it is).
    if len(run) > 2 and run[0].text in W.DEMONYMS and not any(t.text in W.ORG_WORDS
                                                              for t in run) \
            and not places_of(text, _initials(" ".join(t.text for t in run))):
        run, initial = run[1:], False  # (but "British American Tobacco … BAT": its name)
    if initial and len(run) == 2 and run[1].text in W.DEMONYMS and _NOUN_AFTER.match(
            text, run[1].end):
        return []  # "Prominent Indian rights activist X": an adjective, a nationality
        # (but "Dawn French said": a person)
    if len(run) > 3 and run[0].text in W.DIRECTIONS and run[1].text in W.DEMONYMS \
            and not any(t.text in W.ORG_WORDS for t in run):
        run, initial = run[2:], False  # "South Korean X"
    if not run:
        return []
    if all(t.text in _REMITS or t.text in _REMIT_WORDS for t in run) and (
            _REMITS_THEN_TITLE.match(text, run[-1].end)
            or _TITLE_THEN_REMITS.search(text, max(0, run[0].start - 80), run[0].start)):
        return []  # "Science and Technology Minister X", "Minister for Industry, Science and
        # Resources": a post's remits, no one named
    area = next((k for k in range(1, len(run) - 2) if run[k].text == "Local"
                 and run[k + 1].text == "Government" and run[k + 2].text == "Area"), None)
    if area is not None:  # "Mangu Local Government Area of Plateau State": Mangu, Plateau State
        rest = run[area + 3:]
        if rest and rest[0].text == "of":
            rest = rest[1 + (len(rest) > 1 and rest[1].text == "the"):]
        elif rest:  # "Mangu Local Government Area Chairman X": X, after the post
            return [*_places(text, run[:area]),
                    *_split_run(text, [Token(t.text, t.start, t.end, False) for t in rest])]
        return _places(text, run[:area]) + _places(text, rest)
    if len(run) > 2 and (run[0].text in _REMITS or run[0].text in _REMIT_WORDS
                         or run[0].text in W.TITLE_MODIFIERS) and \
            _LAST_REMIT.search(text, max(0, run[0].start - 100), run[0].start):
        k = 0
        while k < len(run) - 2 and (run[k].text in _REMITS or run[k].text in _REMIT_WORDS
                                    or run[k].text in W.TITLE_MODIFIERS or run[k].text == "Policy"):
            k += 1
        run, initial = run[k:], initial and not k  # "… and Foreign Policy Osric Pell": Pell
    if initial and len(run) > 1 and run[0].text.endswith("ly") and _placed_words(run[1:]):
        run, initial = run[1:], False  # "Deadly Missouri duck boat…": an adverb or an
        # adjective capitalised where a headline starts, then the place
    if initial and len(run) > 1 and len(run[0].text) > 2 and run[0].text.isupper() and \
            run[0].text.capitalize() in W.FUNCTION_WORDS:
        run = run[1:]  # "HUNDREDS of workers", "THE Varn mayor": a paper's capitals
        while run and run[0].text in CONNECTORS:
            run = run[1:]
        initial = False
        if not run:
            return []
    if len(run) > 1 and re.fullmatch(r"\d+(?:st|nd|rd|th)", run[0].text):
        run, initial = run[1:], False  # "the 15th African Union summit": the union
    if initial and len(run) > 1 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", run[0].text):
        run, initial = run[1:], False  # "Top-seeded X", "Long-serving X": a word opening
        # the sentence, then the name
    if len(run) > 1 and _MADE_OF_NAME.search(run[0].text):
        run, initial = run[1:], False  # "French-speaking Walloons"
    if initial and len(run) > 2 and run[1].text == "of" and run[0].text.endswith(
            ("ors", "ers", "ents", "ants", "ists", "ees")) and run[0].text not in \
            _WHOM_A_BODY_SERVES | {"Sisters", "Brothers", "Fathers"} and not _org_word(run[0].text):
        run, initial = run[2:], False  # "Creditors of Howick company X", "Residents of X":
        # some of them, opening the sentence (but "Members of Parliament" is Parliament too)
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
    if len(run) > 2 and not initial and (W.is_place(run[0].text) or run[0].text in W.COUNTRIES) \
            and run[0].text not in W.GIVEN_COUNTRIES and _POST_OF.search(
                text, max(0, run[0].start - 30), run[0].start) and not any(
                _org_word(t.text) or t.text in W.PLACE_WORDS or t.text in CONNECTORS
                for t in run[1:]):
        return _places(text, run[:1]) + _someone(text, run[1:])  # "the regional leader of
        # Valparaiso Jorge Martinez Duran": the place, then its leader
    if len(run) > 2 and len(run[0].text) > 1 and run[0].text.isupper() and \
            run[0].text.isalpha() and run[0].text not in W.TITLES and \
            _alone_elsewhere(text, run[0]) and not any(
                _org_word(t.text) or t.text in W.PLACE_WORDS or t.text in CONNECTORS
                or t.text.isupper() or W.is_place(t.text) or t.text in W.COUNTRIES
                or t.text in W.DIRECTIONS or t.text in W.TITLE_MODIFIERS
                or t.text in W.PLACE_PREFIXES for t in run[1:]):
        return _split_run(text, run[:1]) + _someone(text, run[1:])  # "the Tashkent NSS
        # Mansur Mirzaev": the body named alone elsewhere, then its officer
    if len(run) > 2 and run[-1].text in _POST_NOMINALS:
        return _someone(text, run[:-1])  # "Paul Holdenson QC said": a barrister
    if len(run) > 2 and run[0].text in _COUNSEL and run[1].text == "for" and \
            _org_word(run[-1].text):
        return _split_run(text, run[2:])  # "Solicitors for Kelda Corp applied": the firm
        # (but "Lawyers for Human Rights" is a body's name)
    if len(run) > 2 and run[-2].text in _STREET_WORDS and not (
            _org_word(run[-1].text) or run[-1].text in W.PLACE_WORDS):
        if run[-1].text in W.DIRECTIONS or run[-1].text in ("Upper", "Lower"):
            return _places(text, run)  # "Merrion Street Upper": one street
        return _places(text, run[:-1]) + _places(text, run[-1:])  # "No 9 Kelda Street Ojo":
        # the street, then its town
    of = next((k for k, t in enumerate(run[1:-3], 1) if t.text == "of"), None)
    if of is not None and _org_word(run[of - 1].text) and not any(
            t.text in CONNECTORS or _org_word(t.text) or t.text in _REMITS
            or t.text in W.PLACE_WORDS for t in run[-2:]) and _alone_elsewhere(text, run[-1]):
        # "the Supreme Council of Antiquities Tavish Orm … Orm added": the body, then its
        # head, named alone elsewhere
        return _split_run(text, run[:-2]) + _someone(text, run[-2:])
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
            if i == 0 and (run[-1].text in W.PLACE_WORDS and not _surname_too(text, run, n)
                           or run[-1].text in W.ORG_WORDS or (
                    run[0].text in W.WEAK_TITLES
                    and any(t.text in W.ORG_WORDS for t in run[n:]))):
                # "Prince Edward Island", "King Fahd University": named after someone;
                # "General Confederation of Labour": no general's
                break
            cut = (i, i + n)
        elif n and i > 0 and cut is None and i + n == len(run) - 2 and \
                run[i + n].text == "of" and run[-1].text in W.ORG_WORDS:
            return _places(text, run[:i])  # "the Balochistan Inspector General of Police": a
            # post and its force, no one named; the place it serves
        elif n and cut is None:
            cut = _portfolio(run, i, n) or cut
    out: list[Occurrence] = []
    if cut is not None:
        first = cut[0]
        while first > 0 and run[first - 1].text in W.TITLE_MODIFIERS:
            first -= 1
        if 0 < first < cut[0] and run[first].text in _FORCES and not _placed_words(run[:first]):
            first += 1  # "Metropolitan Police Assistant Commissioner X": the force is named
        while first > 0 and (run[first - 1].text in W.TITLES or (
                run[first - 1].text in W.TITLE_MODIFIERS and not _org_word(run[first - 1].text))):
            first -= 1  # "State Police Superintendent Colonel X": two titles, the police's
        name = run[cut[1]:]
        while len(name) > 1 and name[0].text in W.HONORIFICS:
            name = name[1:]  # "Health Secretary Dr Helen Marsh": Helen Marsh
        title = " ".join(t.text for t in run[first:cut[1]])
        weak = cut[1] - cut[0] == 1 and run[cut[0]].text in W.WEAK_TITLES and len(name) == 1
        if not weak:
            # ("Union Minister X": India's federal government's, no union named)
            prefix = [] if first == 1 and run[0].text == "Union" or (  # ... nor "HEALTH
                first == 1 and run[0].text.isupper()  # Minister X": a paper's capitals
                and run[0].text.title() in W.TITLE_MODIFIERS) else run[:first]
            while prefix and (prefix[0].text in W.DEMONYMS or prefix[0].text in
                              W.TITLE_MODIFIERS or prefix[0].text in _PARTY_ADJECTIVES) \
                    and not _org_word(prefix[-1].text):
                # ("Democratic U.S. Senator X": the country)
                # "Russian U.N. Ambassador": the U.N. stays ("European Commission
                # President X": the commission's name holds its adjective)
                prefix = prefix[1:]
            if prefix and not (prefix[-1].text in _REMITS and not any(
                    t.text in W.COUNTRIES or (_org_word(t.text) and t.text not in _REMITS)
                    for t in prefix)):
                # (not "Civil Protection" of "Civil Protection Minister X": a remit)
                out.extend(_split_run(text, [Token(t.text, t.start, t.end, False)
                                             for t in prefix]))
                if run[first].text in _LOCAL_POSTS or (  # "Essex District Attorney X": where
                        run[cut[0]].text in _TOWNS_POSTS and len(prefix) <= 2  # "Roxbury
                        and not any(t.text in _PARTY_WORDS or t.text.isupper()  # Councilor X",
                                    for t in prefix)):  # "Batu MP X" (not "SNP MP X")
                    for where in out:
                        where.kind = where.kind or "place"
            # "President of the European Parliament X": the parliament is named too.
            portfolio = [t for t in run[cut[0]:cut[1]] if t.text not in CONNECTORS][
                _title_at(run, cut[0]):]
            while portfolio and portfolio[0].text == "the":
                portfolio = portfolio[1:]
            while portfolio and portfolio[-1].text in W.HONORIFICS:
                portfolio = portfolio[:-1]  # "Speaker of Parliament Mr. X": no "Parliament Mr"
            if (any(t.text in W.ORG_WORDS for t in portfolio) and not all(
                    t.text in _REMITS or t.text in _REMIT_WORDS or t.text == "State"
                    for t in portfolio)) or " ".join(t.text for t in portfolio) in W.COUNTRIES:
                # (not "Minister of State for Cabinet Affairs X": a post)
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
    # "X, Blaenau Gwent MP, said": the seat's place; the letters are her title
    if len(run) > 1 and run[-1].text in ("MP", "MEP", "MSP", "MLA", "MPP", "TD"):
        return _places(text, run[:-1])
    # "the Serbian Radical Party Tomislav Nikolić": an organisation, then a person (but not
    # "the Organization of the Petroleum Exporting Countries": no one is called Exporting).
    for i in range(max(1, len(run) - 5), len(run) - 2):  # the last 2 to 4 words a person
        rest = run[i + 1:]
        if run[i].text in W.ORG_WORDS and rest[0].text[:1].isupper() and not (
                len(rest[0].text) > 6 and rest[0].text.endswith("ing")) and _person_like(
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
        rest = run[1:]
        while len(rest) > 1 and rest[0].text in W.HONORIFICS:
            rest = rest[1:]  # "Datuk Seri X", "Tun Datuk X"
        occ = _occurrence(text, rest, False)
        if occ:
            occ.kind = "person"
        return [occ] if occ else []
    if len(run) == 1 and "-" in run[0].text and run[0].text not in W.COUNTRIES \
            and run[0].text not in W.PLACES:  # ("Guinea-Bissau" is one country)
        parts = run[0].text.split("-")
        if all(p[:1].isupper() for p in parts) and (any(
                p in W.COUNTRIES or p in W.PLACES for p in parts) or all(
                p[1:].islower() and any("-" not in text[max(0, at - 1):at + len(p) + 1]
                                        for at in places_of(text, p))
                for p in parts)):  # ("the Patna-Indore express": Patna is named alone too)
            pos, pieces = run[0].start, []
            for p in parts:  # "Israel-Gaza": two names
                pieces.append(Token(p, pos, pos + len(p), False))
                pos += len(p) + 1
            return [o for p in pieces for o in _split_run(text, [p])]
    occ = _occurrence(text, run, initial)
    return [occ] if occ else []


# Bodies whose word may open an officer's title, named with what stands before them:
# "Metropolitan Police Assistant Commissioner X", "Wikimedia Board Chair X" (not "White
# House Press Secretary X": no "White House Press")
_FORCES = frozenset("Police Army Navy Fire Guard Marine Marines Board".split())


# An area's word alone names none ("474 in the Region or State Parliament", "the District
# said"; but "the State" may be a party to a case, "the City" a place of its own)
_UNNAMED_AREAS = frozenset({"Region", "Province", "District", "County", "Prefecture", "Oblast",
                            "Governorate", "Territory", "Village", "Town", "Municipality"})
_POST_OF = re.compile(r"\b(?:leader|governor|mayor|head|chief|premier|president|minister|"
                      r"commissioner|administrator|prefect)\s+of\s+$")
# (not "MP": "X, Varnel Gwent MP," names the seat)
_POST_NOMINALS = frozenset({"QC", "KC", "SC", "SAN", "OBE", "MBE", "CBE", "KBE"})
_COUNSEL = frozenset({"Solicitors", "Lawyers", "Attorneys", "Barristers", "Advocates",
                      "Counsel"})
_STREET_WORDS = frozenset({"Street", "Road", "Avenue", "Lane"})


def _someone(text: str, run: list[Token]) -> list[Occurrence]:
    """The words of a run that the words around them say name a person (no sentence's
    first word)."""
    found = _split_run(text, [Token(t.text, t.start, t.end, False) for t in run])
    if found:
        found[0].evidence.add("person")
    return found


def _placed_words(run: list[Token]) -> bool:
    """The words name a place or a country ("Varn Police Chief X": Varn, where)."""
    name = " ".join(t.text for t in run)
    return name in W.PLACES or name in W.COUNTRIES or name in W.world_places() or \
        name in W.DEMONYMS or any(t.text in W.DIRECTIONS for t in run)


def _alone_elsewhere(text: str, word: Token) -> bool:
    """The word stands elsewhere with no capitalised word before it ("Serena, 33,"; not the
    "Fork" of "Diamond Fork")."""
    for at in places_of(text, word.text):
        if text[at + len(word.text):at + len(word.text) + 1] == "-":
            continue
        before = text[max(0, at - 30):at].split()
        if at != word.start and (not before or not before[-1][:1].isupper()
                                 or before[-1][-1] in ".!?:"):
            return True
    return False


def _works_listed(text: str, start: int) -> bool:
    """The name at `start` is one of the works listed before it (`_WORKS_LISTED`), or a
    work named after its kind ("the soap opera EastEnders", "the film Gandhi")."""
    before = text[max(0, start - 90):start]
    return any(cue in before for cue in _WORKS_CUES) and bool(_WORKS_LISTED.search(before)) \
        or bool(_WORK_NAMED.search(before[-30:]))


def _places(text: str, run: list[Token]) -> list[Occurrence]:
    occ = _occurrence(text, run, False) if run else None
    if occ is None:
        return []
    occ.kind = "place"
    return [occ]


def _occurrence(text: str, run: list[Token], initial: bool) -> Occurrence | None:
    if len(run) > 1 and run[0].text in _FORMER:
        return _occurrence(text, run[1:], False)  # "Former NTSB investigator X": the NTSB
    start, last = run[0].start, run[-1]
    if text[start - 1:start] == "#" and len(run) == 1 and sum(map(str.isupper, run[0].text)) > 1:
        return None  # "the hashtag #VarnLivesMatter": a slogan (but "#Varn" names Varn)
    bare = _plain(last.text) if len(run) == 1 else re.sub(r"[’']s?$", "", last.text)
    if bare != last.text and _DOMAIN_AFTER.match(last.text, len(bare)) and _common(text, bare):
        bare = re.sub(r"[’']s?$", "", last.text)  # "Space.com", "Hotels.com": a site's whole
        # name where its first word is a common one (but "TMZ.com" is TMZ)
    end = last.start + len(bare)
    name = text[start:end]
    words = name.split()
    people = all(w in W.DEMONYMS for w in words) and words[-1].endswith("s")  # "American Samoans"
    if len(words) == 1 and (len(name) == 1 or name in W.FUNCTION_WORDS or name in W.NOT_ACTORS
                            or _CONTRACTION.search(name)  # "I'm", "We’ve"
                            or name in W.TITLES or name in W.HONORIFICS
                            or name.endswith("s") and name[:-1] in W.TITLES
                            and name != "Chiefs"  # "Councillors" (but the "Chiefs" of
                            # "Kaizer Chiefs" are a team)
                            or name in W.MONTHS or name.removesuffix("s") in W.DAYS
                            or name in _PARTISANS or name in _UNNAMED_AREAS
                            or name.endswith("s") and name[:-1] in LAW_WORDS):
        return None  # ("on Sundays", "these Bills"; "the 43-year-old Democrat": a member,
        # no party)
    if name in _PHENOMENA or name in _SUFFIXES or no_actor(text, start, end) or sum(
            bool(_NUMBER_WORD.fullmatch(w)) for w in words) > 1 or (
            len(words) > 1 and all(w in W.NOT_ACTORS or w in W.DEMONYMS or w in W.TITLE_MODIFIERS
                                   for w in words)
            and any(w in W.NOT_ACTORS for w in words) and not people
            and not any(w in W.NEWS_WORDS for w in words)  # ("Press TV": a channel)
            and words[-1] not in _ASSEMBLIES and words[-1] not in W.TITLE_MODIFIERS):
        return None  # (", Jr.": the name before it is the person's; "Turkish Olympic runner",
        # "Opposition MPs")
    city_people = name.endswith("ers") and W.is_place(name[:-3]) or \
        name.endswith("ans") and W.is_place(name[:-2])
    # ("New Yorkers", "Canberrans", "Californians": a place's people)
    if name in W.DEMONYMS or name in W.UNINFLECTED_PEOPLES or people or city_people or (
            len(words) == 1 and name.endswith(("ists", "ites")) and not _is_acronym(name)
            and not initial):
        if name in W.DEMONYMS and (not name.endswith("s") or name.endswith("ss")):
            return None
        return Occurrence(name, start, end, kind="group", initial=initial)  # "Serbs",
        # "Bedouin", "Scientologists", "New Yorkers": a people, a creed's followers, a city's
    if names_a_thing(words, text, end) or _PRIZE_FIELD.search(text, max(0, start - 20), start) \
            or _WORK_TITLE.match(text, end) and _WORK_BEFORE.search(text, max(0, start - 30),
                                                                     start) \
            or _works_listed(text, start):
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
    of = next((k for k, w in enumerate(words) if w in ("of", "for")), 0)
    if of and len(words) > of + 1 and words[of - 1] in W.TITLES and all(
            w in W.TITLES or w in W.TITLE_MODIFIERS for w in words[:of]):
        # "Member of Parliament", "Minister for Health", "National Minister of Health",
        # "Director General for Preventive Health Services": a post, no one named; "Chief of
        # the Varn National Police": the organisation is named
        rest = of + 1 + (run[of + 1].text == "the")
        if len(run) - rest < 2 or all(t.text in _REMITS or t.text in W.TITLE_MODIFIERS
                                      or t.text in _REMIT_WORDS for t in run[rest:]):
            return None  # "Director of Public Health", "Secretary of Homeland Security"
        occ = _occurrence(text, run[rest:], False)
        if occ:
            occ.kind = occ.kind or "organization"  # ("Director of Kestrel Research": whose)
        return occ
    occ = Occurrence(name, start, end, initial=initial)
    _context(text, occ)
    return occ


# The rest of a post's list of remits: ", Science and Technology Minister" after "Industry"
_REMITS_THEN_TITLE = re.compile(r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*,?\s+(?:and|&)\s+"
                                rf"(?:[A-Z][a-z]+\s+){{1,3}}(?:{W.TITLE})\b")
# ... and its start: "Minister for Industry, " before "Science and Resources"
_TITLE_THEN_REMITS = re.compile(rf"\b(?:{W.TITLE}|Agreement|Treaty|Convention|Accord|Pact|"
                                r"Memorandum|Declaration|Charter|ministry|department)\s+"
                                r"(?:of|for|on)\s+(?:the\s+)?"
                                r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,|\s+and|\s+&)\s+)*$")
# ... its last remit before the name: "Adviser on Security and Foreign Policy X": X
_LAST_REMIT = re.compile(rf"\b(?i:{W.TITLE})\s+(?:of|for|on)\s+(?:the\s+)?"
                         r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+)+(?:and|&)\s+$")
# Words of a post's remit that the titles' own words miss: "Minister of Public Works".
_REMIT_WORDS = frozenset("""Public Homeland Human Social Civil Higher Internal Overseas Rural
Urban Natural Primary Secondary Central Works Preventive Cabinet Economic Commercial Political
Cultural Military Technical Scientific Strategic Bilateral Narcotics Drugs Religious Minorities
Privatisation Privatization Revenue Statistics Textiles Food Forests Oceans Integration
Immigration Tourism Fisheries Agriculture Transport Housing Infrastructure Lands""".split())


def _surname_too(text: str, run: list[Token], n: int) -> bool:
    """"President Park" where the story names "Park Geun-hye" or writes "Park's": a
    title and a surname that is also a place's word (not "Prince Edward Island")."""
    word = run[-1].text
    return len(run) == n + 1 and run[0].text not in W.WEAK_TITLES and bool(re.search(
        rf"\b{re.escape(word)}(?:\s+[A-Z][\w-]*-[a-z]+|[’']s\b)", text))


_DOMAIN_AFTER = re.compile(r"\.(?:com|org|net|co\.uk|co|io)\b")
# a lower-case word after a name that is no verb: the name qualifies a noun
_NOUN_AFTER = re.compile(r"\s+(?!(?:said|says|told|was|is|has|had|have|will|would|and|of|for|"
                         r"in|on|at|to|who|which)\b)[a-z][a-z-]*(?<!ed)\b(?!\s+(?:that|to)\b)")
# A post's first words that say it serves a place: "Essex District Attorney", "Pima County
# Sheriff"
_LOCAL_POSTS = frozenset({"District", "County", "City", "Municipal", "Provincial", "Regional"})
# posts of a town or a state, after its name
_TOWNS_POSTS = frozenset("Mayor Governor Gov. Gov Councilor Councillor Councilman Councilwoman "
                         "Councilmember Alderman Alderwoman Sheriff Selectman MP MLA".split())

_PARTISANS = frozenset({"Democrat", "Republican", "Tory"})
_PARTY_ADJECTIVES = frozenset({"Democratic", "Republican"})
_PARTY_WORDS = _PARTISANS | _PARTY_ADJECTIVES | frozenset(
    "Conservative Liberal Green Labour Labor Socialist Progressive Libertarian Reform "
    "Independent".split())

_ASSEMBLIES = frozenset("Government Parliament Congress Senate Cabinet".split())

_CONTRACTION = re.compile(r"[’'](?:m|ve|ll|d|re|t)$")

_PARTY_STATE = re.compile(r"[DRI]-[A-Z][a-z]*\.?")
