"""Capitalised runs: neighbouring capitalised words (with "of", "de", "&"... between them)
as candidate names."""

from __future__ import annotations

import itertools
import re

from annotate.suggest import words as W
from annotate.suggest.names.lexicon import (
    _FIRM_FORMS,
    _INITIAL,
    _PARTICLES,
    _REMITS,
    CONNECTORS,
    _org_word,
    _plain,
)
from annotate.suggest.text import Token, places_of

# Who may own an institution in its name: "Children's Hospital" (and a saint, _SAINTS: "St
# John's College").
_OWNERS = frozenset("Children Women Men People Workers Veterans Farmers Teachers Nurses "
                    "Ombudsman Auditor".split())


# Bodies named for what they are on: "Authority on Development", "Council on Foreign Relations"
_ON_BODIES = frozenset("""Authority Commission Council Committee Conference Convention Panel
Forum Centre Center Institute Agency Tribunal Board Office""".split())

def _legal_ahead(text: str, toks: list[Token], i: int) -> bool:
    """A company's legal form ends the name within two words: "Hudson's Bay Co.",
    "Macy's Inc"."""
    for j in range(i, min(i + 2, len(toks))):
        if j > i and text[toks[j - 1].end:toks[j].start] != " ":
            return False
        if toks[j].text in _FIRM_FORMS:
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


# legal forms written after a comma
_COMMA_FORMS = frozenset("Inc Ltd LLC PLC plc GmbH AG SA NV SE LLP".split())
_SAINT = frozenset({"St", "Ste", "Mt", "Ft"})  # abbreviations inside a place's name
_SAINTS = _SAINT - {"Mt", "Ft"} | {"Saint", "Sainte"}  # a saint's, before a possessive
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")

# A particle joined to a name: "al-X" (not an English prefix: "pro-Russian", "non-EU")
_PREFIXED = re.compile(r"(?!(?:pre|pro|non|mid|ex|co|re|sub|un|low|all|far|top|big|new|old|"
                       r"out|off|pan|war)-)[a-z]{1,3}-[A-Z]")  # ("low-Earth orbit")


def _namey(tok: Token) -> bool:
    w = tok.text  # (a weekday is no part of a name: "2254 UTC Friday"; a sum is no name:
    # "Dh7.3m", "Rs500", "Tk50bn")
    return (w[0].isupper() and w not in W.DAYS and not _SUM.fullmatch(w)) or (
        "-" in w and bool(_PREFIXED.match(w)))


_SUM = re.compile(r"[A-Z][a-z]{1,2}\d[\d.,]*(?:m|bn|k|mn|tn|cr)?")


# What stands before a surname's particles in English: "… told de Lima", "by von Trapp",
# "said, van Dijk" (a sentence's start too).
_SURNAME_AFTER = re.compile(r"(?:(?:^|[.!?:;,(“\"\n])\s*|\b(?:said|says|told|tells|asked|"
                            r"according\s+to|by|and|with|to|from|for|of|against|as|than|or|"
                            r"that|when|while|but)\s+)$")


def _given_will(text: str, toks: list[Token], i: int) -> bool:
    """"Will" opening a sentence is a given name before a surname and a verb in the past:
    "Will Corporon issued a statement" (not "Will Varn survive?")."""
    return toks[i].text == "Will" and i + 1 < len(toks) and _namey(toks[i + 1]) and \
        text[toks[i].end:toks[i + 1].start] == " " and \
        bool(_STATED.match(text, toks[i + 1].end))


_STATED = re.compile(r"\s+(?:[a-z]{2,}ed|said|says|told|was|is|has|had)\b")


def _nickname(text: str, toks: list[Token], i: int) -> int:
    """How many tokens from `i` make a nickname in quotation marks inside a name (one or
    two words) with the name's word after it: "Ferdinand “Bongbong” Marcos", or 0."""
    for k in (1, 2):
        words = toks[i:i + k + 1]
        if len(words) == k + 1 and all(_namey(t) for t in words) and all(
                text[a.end:b.start] == " " for a, b in itertools.pairwise(words[:-1])) and \
                text[words[-2].end:words[-1].start] in ("” ", '" '):
            return k + 1
    return 0


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
        if run and gap in (" “", ' "') and (k := _nickname(text, toks, i)):
            run.extend(toks[i:i + k])  # "Ferdinand “Bongbong” Marcos Jr.": one name
            i += k
            continue
        possessor = bool(run) and run[-1].text.endswith(("’s", "'s"))
        joined = bool(run) and (gap in (" ", "\u00a0", " & ") or (  # "Marks & Spencer"
            gap in (", ", "., ") and tok.text in _COMMA_FORMS) or (  # "X Co., Ltd.", "X, Inc."
            gap == ", " and tok.text in _REMITS and _remits_of(run)) or (  # "the Ministry of
            # Land, Infrastructure, Transport and Tourism"
            gap in ("' ", "’ ") and run[-1].text.endswith("s")  # "Varn Magistrates' Court"
            and (tok.text in W.ORG_WORDS or tok.text in W.PLACE_WORDS or (
                tok.text in _REMITS  # "Department of Veterans' Affairs"
                and any(_org_word(t.text) for t in run)))) or (
            gap == ". " and (_INITIAL.fullmatch(run[-1].text + ".")  # "George W. Bush", but
                             or run[-1].text in ("Co", "Corp", "Inc") and tok.text in _FIRM_FORMS
                             # ("Nissan Motor Co. Ltd.": one firm)
                             or run[-1].text == "Co" and len(run) == 1  # "Co. Kildare"
                             or run[-1].text.rsplit("-", 1)[-1] in _SAINT  # "St. Louis",
                             or run[-1].text + "." in W.TITLES  # "Lt. Col. X", "Mr. X"
                             or run[-1].text + "." in W.HONORIFICS)
            and text[run[-1].start - 1:run[-1].start] != ".")) and (  # not "the U.S. Later"
            not possessor or _plain(run[-1].text).lower() in W.GENERIC_SPEAKERS or (
                len(run) == 1 and _legal_ahead(text, toks, i)) or (
                # "Queen's University", "the Information Commissioner's Office"
                (_plain(run[-1].text) in W.TITLES or _plain(run[-1].text) in _OWNERS
                 or _plain(run[-1].text).endswith("men")  # "the Longshoremen's Association"
                 or (len(run) > 1 and run[-2].text.rstrip(".") in _SAINTS))
                and (tok.text in W.ORG_WORDS or tok.text in W.PLACE_WORDS
                     or _org_word_ahead(text, toks, i)))) and not (
            run[-1].text.endswith(".") and tok.text in W.FUNCTION_WORDS)  # "the U.S. Later,"
        if _namey(tok) and not (tok.initial and tok.text in W.FUNCTION_WORDS
                                and tok.text not in W.HONORIFICS
                                and not _given_will(text, toks, i)) and not (
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
                if j < i and _SURNAME_AFTER.search(text, max(0, toks[j].start - 20), toks[j].start):
                    run.extend(toks[j:i])  # (not "le directeur du Groupement": French words)
            run.append(tok)
        elif joined and tok.text.isdigit() and any(t.text in W.ORG_WORDS for t in run) and \
                not _MEASURE_AFTER.match(text, tok.end):
            run.append(tok)  # "Detachment 88" (not "the X Observatory 450 miles west")
        elif joined and tok.text == "and" and i + 1 < len(toks) and (" ".join(
                [t.text for t in run] + ["and", toks[i + 1].text]) in W.COUNTRIES
                or _body_after_and(text, run, toks, i)):
            run.append(tok)  # "Trinidad and Tobago", "the Securities and Exchange Commission"
        elif joined and tok.text in ("to", "on") and _org_word(run[-1].text) and \
                i + 1 < len(toks) and _namey(toks[i + 1]) and \
                text[tok.end:toks[i + 1].start] == " " and not (
                    tok.text == "on" and (any(t.text in W.PLACE_WORDS for t in toks[i + 1:i + 3])
                                          or toks[i + 1].text in W.MONTHS)):
            # (not "the Varn Store on Main Street": where it is; nor "the Court on June 4")
            run.append(tok)  # "the Committee to Protect Journalists", "the UN Office on
            # Drugs and Crime"
        elif joined and tok.text == "the" and len(run) == 1 and run[0].text in _CAUSE_VERBS \
                and i + 1 < len(toks) and _namey(toks[i + 1]) \
                and text[tok.end:toks[i + 1].start] == " ":
            run.append(tok)  # "Save the Children", "Stop the War Coalition": a campaign's name
        elif joined and tok.text == "in" and len(run) == 1 and i + 1 < len(toks) and \
                _named_with_in(text, run[0], toks[i + 1]):
            run.append(tok)  # "Research in Motion", named so again and again
        elif joined and tok.text == "on" and run[-1].text in _ON_BODIES and i + 1 < len(toks) \
                and _namey(toks[i + 1]) and text[tok.end:toks[i + 1].start] == " ":
            run.append(tok)  # "the Intergovernmental Authority on Development", "the Committee
            # on Foreign Relations"
        elif joined and i + 1 < len(toks) and (
                (tok.text in CONNECTORS and text[tok.end:toks[i + 1].start] == " " and (
                    # ("Ursula von der Leyen", "Haut de la Garenne"; not "from X for Mr Y")
                    _namey(toks[i + 1]) and toks[i + 1].text not in W.HONORIFICS or (
                        toks[i + 1].text in _PARTICLES
                        and i + 2 < len(toks) and _namey(toks[i + 2])
                        and text[toks[i + 1].end:toks[i + 2].start] == " ") or (
                        # "President of the European Parliament"
                        toks[i + 1].text == "the" and i + 2 < len(toks)
                        and _namey(toks[i + 2])  # "the Republic of the Congo"
                        # ("the Office of the Information Commissioner")
                        and (run[-1].text in W.ORG_WORDS or tok.text == "of" and (
                            run[-1].text in W.TITLES or run[-1].text in W.STATES))
                        and not (tok.text == "for" and run[0].text in W.TITLES))))
                or (tok.text == "the" and run[-1].text in ("of", "for")
                    and _namey(toks[i + 1]))):  # ("the Movement for the Liberation of X")
            run.append(tok)
        elif _ORDINAL.match(tok.text) and i + 1 < len(toks) and toks[i + 1].text[0].isupper() \
                and toks[i + 1].text not in W.MONTHS and text[tok.end:toks[i + 1].start] == " ":
            # "the 5th Battalion", not "7th August" nor "April 17th, Kelda said"
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
    return [trimmed for r in runs if (trimmed := _trim(text, r))]


_NUMBER_SIGN = re.compile(r"\.?\s*\d")
# Verbs that open a campaign's or a charity's name: "Save the Children", "Rock the Vote"
_CAUSE_VERBS = frozenset("Save Stop Feed Rock Free Heal Protect Keep Fight".split())
_MEASURE_AFTER = re.compile(r"\s+(?:miles?|kilomet(?:er|re)s?|km|metres?|meters?|feet|yards|"
                            r"people|percent|per\s+cent|years?|months?|days?|hours?|minutes?)\b")


def _trim(text: str, run: list[Token]) -> list[Token]:
    while run and (run[-1].text in CONNECTORS or run[-1].text == "the" or (
            run[-1].text in ("No", "Nos") and _NUMBER_SIGN.match(text, run[-1].end))):
        run = run[:-1]  # ("the Harlan Ridge No. 3 mine": the mine's name, no "No")
    return run


# A field of study or work, last in an institution's name after "and".
_FIELD = re.compile(r"[a-z](?:ology|ography|onomy|ics|ism|ment|ture|ance|ence|ity|tion|sion|"
                    r"stry)$")
_ABBREVIATED_FORMS = _FIRM_FORMS - {"Company", "Corporation", "Holdings"}  # "Co", "Ltd"…
_BODY_AFTER = frozenset({"union", "party", "group", "council", "association", "alliance"})


def _remits_of(run: list[Token]) -> bool:
    """A ministry's or a department's name so far, its remits after "of" or "for"."""
    return any(_org_word(a.text) and b.text in ("of", "for") for a, b in itertools.pairwise(run))


def _named_with_in(text: str, first: Token, then: Token) -> bool:
    """"X in Y" that the story writes so more than once, neither word a place: one name
    ("Research in Motion"; not "Smith in London")."""
    if then.start != first.end + 4 or not _namey(then) or any(
            w in W.PLACES or w in W.COUNTRIES or w in W.world_places() or w in W.FUNCTION_WORDS
            for w in (first.text, then.text)):
        return False
    return text.count(f"{first.text} in {then.text}") > 1


def _said_alone(text: str, last: Token) -> bool:
    """The name's last word stands alone elsewhere before a speech verb: a surname."""
    return any(at != last.start and _SPOKE.match(text, at + len(last.text))
               for at in places_of(text, last.text))


_SPOKE = re.compile(r"\s+(?:said|says|told|added|denied)\b")


_BRACKETED = re.compile(r"\s*\(([A-Z]{2,8})(?:-[A-Z\d]{1,3})?\)")


def _spelt_by_acronym(text: str, run: list[Token], toks: list[Token], i: int) -> bool:
    """"X and Y" before a bracketed acronym of both: "the Tracking Data and Relay
    Satellite (TDRS-K)"."""
    after, end = [], toks[i].end
    for tok in toks[i + 1:i + 5]:
        if text[end:tok.start] != " " or not _namey(tok):
            break
        after.append(tok)
        end = tok.end
    acronym = _BRACKETED.match(text, end) if after else None
    return acronym is not None and "".join(
        t.text[0] for t in run + after if t.text[0].isupper()) == acronym.group(1)


# The name before a comma, after a word in lower case: the list's first item
_LISTED_BEFORE = re.compile(r"\b([a-z]+|The|the)\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*,\s+$")


def _body_after_and(text: str, run: list[Token], toks: list[Token], i: int) -> bool:
    """"and" inside one body's name: a word or two before it that name no country or
    place, and after it capitalised words that end in an organisation's word ("the
    Securities and Exchange Commission") or before one in lower case ("the United Food and
    Commercial Workers union")."""
    if _spelt_by_acronym(text, run, toks, i):
        return True
    if run[-1].text in W.PLACE_WORDS and not _org_word(run[-1].text):
        return False  # "the intersection of Southpine Road and Bradford Court": two streets
    lead = 0  # the country or place whose body it is: "the U.S. Food and Drug
    while lead < len(run) - 1 and (run[lead].text in W.COUNTRIES or run[lead].text in W.PLACES
                                   or run[lead].text == "The"):
        lead += 1  # Administration", "the Varn Ministry of Health and Child Care"
    body = run[lead:]
    if _remits_of(run) and toks[i + 1].text in _REMITS and not (
            i + 2 < len(toks) and text[toks[i + 1].end:toks[i + 2].start] == " "
            and _namey(toks[i + 2])):
        return True  # "the Ministry of Land, Infrastructure, Transport and Tourism"
    if len(run) == 1 and not run[0].initial and not re.search(
            r"(?:\b(?:the|The)|,|[’']s)\s+$", text[max(0, run[0].start - 5):run[0].start]):
        return False  # "the Food and Drug Administration", "Department for Environment,
        # Food and Rural Affairs", "Turkey's Disaster and Emergency Management Presidency",
        # but "against Comcast and Time Warner Cable": two
    listed = _LISTED_BEFORE.search(text, max(0, run[0].start - 60), run[0].start)
    if listed and listed.group(1) not in ("of", "for", "and", "the", "The"):
        return False  # "particularly Arsenal, Liverpool and Manchester United": a list
    after = toks[i + 1] if i + 1 < len(toks) else None
    if after and len(body) > 2 and body[-2].text in ("of", "for") and _org_word(body[-3].text) \
            and text[toks[i].end:after.start] == " " and _FIELD.search(after.text) and not (
                i + 2 < len(toks) and text[after.end:toks[i + 2].start] == " "
                and _namey(toks[i + 2])):
        return True  # "the Philippine Institute of Volcanology and Seismology (Phivolcs)"
    if not any(_org_word(t.text) for t in body):  # "Changtu Safe Environment Color and
        end = toks[i].end  # Noise Co Ltd": one firm, its legal form after "and"
        for tok in toks[i + 1:i + 5]:
            if text[end:tok.start] != " " or not _namey(tok):
                break
            if tok.text in _ABBREVIATED_FORMS and tok is not toks[i + 1]:
                return True
            if _org_word(tok.text):
                break  # ("X Y and Varn Holdings Inc": two)
            end = tok.end
    if len(body) > 2 and body[-1].text in _REMITS and not _org_word(body[-1].text) and \
            re.search(r"\b[Tt]he\s+$", text[max(0, run[0].start - 5):run[0].start]) and \
            _body_ahead(text, toks, i):
        return True  # "the Major Organised Crime and Anti-Corruption Agency"
    if (len(body) > 2 and not (len(body) == 3 and _org_word(body[0].text)
                               and body[1].text in ("for", "of"))) or (
            len(body) > 1 and _org_word(body[-1].text)) or \
            any(t.text in W.COUNTRIES or t.text in W.PLACES for t in body):
        return False  # ("Meridal Shipping and Varn Ports": two)
    if len(body) == 2 and _said_alone(text, body[-1]):
        return False  # ("Osric Pell and Varn Holdings were charged … Pell said": two)
    name = text[body[0].start:body[-1].end]
    if any(not text.startswith(" and ", at + len(name)) for at in places_of(text, name)):
        return False  # ("Varn Setal and Kelda Heavy Industries were not available", "of
        # contractor Varn Setal": named alone elsewhere, two)
    return _body_ahead(text, toks, i)


def _body_ahead(text: str, toks: list[Token], i: int) -> bool:
    """The capitalised words after the "and" at `i` end a body's name ("… and International
    Studies", "… and Commercial Workers union")."""
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
