"""An article's occurrences of names: the headline's, each sentence's runs split, names
joined by "and", places known by the list they stand in."""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable

from annotate.article import Article
from annotate.suggest import words as W
from annotate.suggest.names.group import Occurrence
from annotate.suggest.names.lexicon import (
    _ACRONYM_AFTER,
    _REMITS,
    _initials,
    _is_acronym,
    _org_word,
)
from annotate.suggest.names.runs import _runs
from annotate.suggest.names.split import _split_run
from annotate.suggest.text import Story, title_sentence, tokens

# A stock ticker in brackets, "(NYSE: VLT)": no actor's name.
TICKER = re.compile(r"\([A-Z][A-Za-z ]{1,15}:\s*[A-Z][A-Z0-9.]{0,6}\)|"
                    # a bracket of exchanges' codes: "(BAYZF.PK, BAYRY.PK, BYR.L)", "(7203.T)"
                    r"\((?:[A-Z0-9]{1,6}\.[A-Z]{1,2}(?:,\s*|(?=\))))+\)")


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
        # A word right after an opening quote is capitalised by position too (a new token
        # only there: most words keep theirs).
        toks = [t if t.initial or text[t.start - 1:t.start] not in "\"“‘'" else
                t._replace(initial=True) for t in toks]
        for run in _runs(text, toks):
            out.extend(_split_run(text, run))
    out = _joined(text, out)
    # "Roe v. Wade", "Nevada v. Hall": a case's name, no one in the story (its parties are
    # named again where they act)
    if " v. " in text:
        out = [o for o in out if not (_CASE_AFTER.match(text, o.end)
                                      or _CASE_BEFORE.search(text, max(0, o.start - 6), o.start))]
    # "Gov. John Kasich (KAY'-sik)": how to say a name, no one
    out = [o for o in out if not (text[o.start - 1:o.start] == "(" and o.text.isupper()
                                  and _SAID_AS.match(text, o.end))]
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
    # "BAT products Lucky Strike, Rothmans and Kent", "brands such as Newport, Camel and Pall
    # Mall": what is sold, no one
    # ... and before "programs", "models": "the Atlas and Delta programs", "the Every and
    # Scrum models"
    sold = _listed(text, out, lambda o: bool(
        _BRANDS_BEFORE.search(text, max(0, o.start - 40), o.start)))
    named = _listed(text, out[::-1], lambda o: bool(_THINGS_AFTER.match(text, o.end)))[::-1]
    for occ, brand in zip(out, map(operator.or_, sold, named), strict=True):
        if brand:
            occ.evidence.add("brand")
    # "The areas affected included: Tullamore, Athlone and Ennis", "affects counties Dublin,
    # Wicklow and Clare": a list of places, opened by what they are
    for occ, placed in zip(out, _listed(text, out, lambda o: bool(
            _PLACES_BEFORE.search(text, max(0, o.start - 60), o.start))), strict=True):
        if placed:
            occ.evidence.add("place-list")
    # ... or in a town known by its name or its last word: "the leaders of Newark, Camden
    # and Asbury Park" (three at least, with a comma: a list)
    listed = False
    for i in range(len(out) - 1, -1, -1):
        occ = out[i]
        if _PLACES_AFTER.match(text, occ.end) or listed and _LIST_GAP.fullmatch(
                text, occ.end, out[i + 1].start):
            occ.evidence.add("place-list")
            listed = True
        elif i >= 2 and _town(occ.text) and re.fullmatch(r",?\s(?:and|or)\s", text[
                out[i - 1].end:occ.start]) and text[out[i - 2].end:out[i - 1].start] == ", " \
                and not any(_named_like_someone(o.text) for o in out[i - 2:i]):
            listed = True  # (not "his friends Samuel Varn, Ilse Damaro and Bono": people)
        else:
            listed = False
    return out


def _listed(text: str, out: list[Occurrence], opens: Callable[[Occurrence], bool]) -> list[bool]:
    """Which of `out` stand in a list that one of them opens, its names joined by commas
    or "and" (`out` may be reversed: a list that its last name closes)."""
    flags: list[bool] = []
    for i, occ in enumerate(out):
        a, b = sorted((out[i - 1], occ), key=lambda o: o.start) if i else (occ, occ)
        flags.append(opens(occ) or bool(i and flags[-1] and _LIST_GAP.fullmatch(
            text, a.end, b.start)))
    return flags


_TOWN_HEADS = frozenset("City County Park Town Village Heights Falls Springs Beach".split())


def _named_like_someone(name: str) -> bool:
    """Two words that name no place nor a place's part: a given name and a surname."""
    words = name.split()
    return len(words) == 2 and not any(
        _town(w) or w in _TOWN_HEADS or w in W.DIRECTIONS or w in W.ORG_WORDS for w in words)


def _town(name: str) -> bool:
    return name in W.PLACES or name in W.COUNTRIES or name in W.world_places() or (
        " " in name and name.rsplit(None, 1)[1] in _TOWN_HEADS)


_BRANDS_BEFORE = re.compile(r"\b(?:brands?|products|labels|cigarettes|beers|drinks)\s+"
                            r"(?:such\s+as\s+|like\s+|including\s+)?$")
_THINGS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:programs|programmes|models|brands|products)\b|"
                           # (a "Search and Destroy Mosquitoes" campaign: its slogan)
                           r"[\"”’']\s+(?:[a-z]+\s+)?(?:campaign|initiative|drive|scheme|slogan|"
                           r"programme|program)\b")
_SAID_AS = re.compile(r"[’']?-[a-z]")
_CASE_AFTER = re.compile(r"\s+v\.\s+[A-Z]")
_CASE_BEFORE = re.compile(r"\w\s+v\.\s+$")
_PLACES_KINDS = (r"(?:areas|places|counties|provinces|districts|regions|towns|cities|villages|"
                 r"suburbs|municipalities|communities|states|islands|prefectures|parishes)")
_PLACES_BEFORE = re.compile(rf"\b{_PLACES_KINDS}\s+(?:[a-z]+\s+){{0,2}}?(?:includ(?:e|ed|es|ing)"
                            r":?|such\s+as|like|were|are|:)\s*$|"
                            rf"\b(?:affects?|affected|hit|in|across)\s+{_PLACES_KINDS}\s+$")
_PLACES_AFTER = re.compile(r"\s+(?:counties|provinces|districts|regions|towns|cities|"
                           r"villages|islands|municipalities|prefectures|parishes|rivers|lakes|"
                           r"shires|suburbs|boroughs|communes|oblasts|cantons|"
                           r"governorates|territories|streets|roads|avenues|"
                           r"mountains|valleys|(?:national\s+)?(?:parks|forests))\b")


_OFFENCES = frozenset("Drugs Narcotics Fraud Corruption Cybercrime Terrorism Trafficking".split())


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
    if len(head) > 1 and head[-1] in _REMITS | _OFFENCES and not any(map(_org_word, head)) \
            and len(words) > 1 and _org_word(words[-1]):
        return True  # "the Garda National Drugs and Organised Crime Bureau": its remits
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


_LIST_GAP = re.compile(r",\s|,?\s(?:and|or)\s")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
