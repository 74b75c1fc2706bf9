"""Local suggestions for the walkthrough: no network, no model, just the text.

Actors come from capitalised name sequences (titles stripped and used as hints) and a
small list of countries and organisations, grouped so that "Vladimir Putin" and
"Putin" are one actor, with near-miss spellings ("Natanyahu") offered as aliases.
Events come from the inventory's trigger words; claims from cue words, sentence by
sentence. Suggestions are only proposals: the person accepts, edits or rejects each.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from annotate.article import Article
from annotate.config import Inventory
from annotate.model import Annotations

# Known names: surface form -> (canonical name, actor type).
KNOWN = {
    "Russia": ("Russia", "country"), "Israel": ("Israel", "country"),
    "Iran": ("Iran", "country"), "Egypt": ("Egypt", "country"), "Syria": ("Syria", "country"),
    "Palestine": ("Palestine", "country"), "Ukraine": ("Ukraine", "country"),
    "China": ("China", "country"), "Gaza": ("Gaza", "place"),
    "Gaza Strip": ("Gaza Strip", "place"), "Lebanon": ("Lebanon", "country"),
    "Jordan": ("Jordan", "country"), "Turkey": ("Turkey", "country"),
    "Qatar": ("Qatar", "country"), "Saudi Arabia": ("Saudi Arabia", "country"),
    "United States": ("United States", "country"), "U.S.": ("United States", "country"),
    "US": ("United States", "country"), "United Kingdom": ("United Kingdom", "country"),
    "U.K.": ("United Kingdom", "country"), "France": ("France", "country"),
    "Germany": ("Germany", "country"),
    "Kremlin": ("The Kremlin", "organization"), "White House": ("White House", "organization"),
    "Hamas": ("Hamas", "group"), "Hezbollah": ("Hezbollah", "group"),
    "United Nations": ("United Nations", "organization"),
    "U.N.": ("United Nations", "organization"), "UN": ("United Nations", "organization"),
    "Security Council": ("UN Security Council", "organization"),
    "United Nations Security Council": ("UN Security Council", "organization"),
    "NATO": ("NATO", "organization"), "European Union": ("European Union", "organization"),
    "EU": ("European Union", "organization"),
}
TITLES = ("Prime Minister", "Foreign Minister", "Defense Minister", "President",
          "Vice President", "Ambassador", "Minister", "Secretary", "Chancellor", "King",
          "Queen", "Pope", "Senator", "Governor", "General", "Spokesman", "Spokeswoman",
          "Mr.", "Mrs.", "Ms.", "Dr.")
# Capitalised words that open sentences or are adjectives, not names.
NOT_NAMES = frozenset("""
A An The In On At Of For From With Without Given Instead Nevertheless However But And Or
It Its This That These Those He She They We I His Her Their Our Of Although While After
Before Since When Where If As By Yet So Still Also Then There Here What Who Why How
Settlement Of Course Many Some Such No Not Israeli Israelis Russian Russians American
Palestinian Palestinians Iranian Syrian Egyptian Ukrainian Chinese European Arab
""".split())
_NAME_WORD = r"(?:[A-Z][\w’'-]*|U\.[SNK]\.)"
_SEQUENCE = re.compile(rf"{_NAME_WORD}(?:\s+(?:of\s+the\s+|of\s+)?{_NAME_WORD})*")
_TITLES = "|".join(re.escape(t) for t in TITLES)
_TITLE = re.compile(rf"^(?:(?:[A-Z][a-z]+|U\.[SN]\.)\s+)*?(?:{_TITLES})\s+")


@dataclass
class ActorSuggestion:
    name: str
    type: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    hint: str = ""  # the title it was found with: "Prime Minister"

    @property
    def key(self) -> str:
        return f"actor:{self.name}"


@dataclass
class EventSuggestion:
    type: str
    trigger: tuple[int, int]
    participants: list[tuple[str, str]]

    @property
    def key(self) -> str:
        return f"event:{self.trigger[0]}"


@dataclass
class ClaimSuggestion:
    span: tuple[int, int]
    kind: str
    cue: tuple[int, int] | None
    claimant: str | None
    reason: str

    @property
    def key(self) -> str:
        return f"claim:{self.span[0]}"


def _body(art: Article) -> list[tuple[int, int]]:
    """Sentences to mine for names: the title is Title Case, so it is skipped."""
    return [(s.start, s.end) for s in art.sentences
            if not (art.title and s.number == 1 and art.text[s.start:s.end] == art.title)]


def _candidates(art: Article) -> list[tuple[str, str, str]]:
    """(name, type, title hint) in order of first appearance."""
    out: list[tuple[str, str, str]] = []
    for start, end in _body(art):
        for match in _SEQUENCE.finditer(art.text, start, end):
            words = match.group().split()
            while words and words[0] in NOT_NAMES:
                words = words[1:]
            phrase = " ".join(words)
            title = _TITLE.match(phrase + " ")
            hint = ""
            if title and title.end() < len(phrase):
                hint, phrase = title.group().strip(), phrase[title.end():].strip()
            phrase = re.sub(r"[’']s$", "", phrase)
            for part in re.split(r"-(?=[A-Z])", phrase):  # Israel-Gaza: two names
                if not part or part in NOT_NAMES:
                    continue
                known = KNOWN.get(part)
                if known:
                    out.append((known[0], known[1], part))
                elif hint or len(part.split()) > 1:
                    out.append((part, "person" if hint else "other", hint))
    return out


def actors(art: Article, ann: Annotations | None = None) -> list[ActorSuggestion]:
    groups: list[ActorSuggestion] = []
    forms: dict[str, ActorSuggestion] = {}
    for name, kind, hint in _candidates(art):
        group = forms.get(name) or _same_person(groups, name)
        if group is None:
            group = ActorSuggestion(name, kind, hint="" if hint in KNOWN else hint)
            groups.append(group)
        forms[name] = group
        surface = hint if hint in KNOWN else name
        if surface != group.name and surface not in group.aliases:
            group.aliases.append(surface)
    _add_surnames_and_near_misses(art, groups)
    taken = {(m.start, m.end) for a in (ann.actors if ann else []) for m in a.mentions}
    names = {n.casefold() for a in (ann.actors if ann else []) for n in (a.name, *a.aliases)}
    out = []
    for group in groups:
        group.mentions = _mentions(art, [group.name, *group.aliases])
        fresh = [m for m in group.mentions if m not in taken]
        if fresh and group.name.casefold() not in names:
            out.append(group)
    return sorted(out, key=lambda g: g.mentions[0])


def _same_person(groups: list[ActorSuggestion], name: str) -> ActorSuggestion | None:
    """'Putin' joins 'Vladimir Putin': a name that is the tail of a longer person name."""
    for group in groups:
        if group.type == "person" and (group.name.endswith(" " + name)
                                       or name.endswith(" " + group.name)):
            if len(name) > len(group.name):
                group.aliases.append(group.name)
                group.name = name
            return group
    return None


def _add_surnames_and_near_misses(art: Article, groups: list[ActorSuggestion]) -> None:
    words = set(re.findall(r"\b[A-Z][a-z]{3,}\b", art.text))
    for group in groups:
        if group.type != "person":
            continue
        surname = group.name.split()[-1]
        if surname not in group.aliases and re.search(rf"\b{re.escape(surname)}\b", art.text):
            group.aliases.append(surname)
        for word in sorted(words):
            if word != surname and len(word) >= 5 and \
                    difflib.SequenceMatcher(None, word, surname).ratio() >= 0.85:
                group.aliases.append(word)  # "Natanyahu" for "Netanyahu"


def _mentions(art: Article, forms: list[str]) -> list[tuple[int, int]]:
    """Every occurrence of any form, longest form first, never overlapping."""
    found: list[tuple[int, int]] = []
    for form in sorted(set(forms), key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", art.text):
            if all(m.end() <= s or m.start() >= e for s, e in found):
                found.append((m.start(), m.end()))
    return sorted(found)


def events(art: Article, inv: Inventory, ann: Annotations) -> list[EventSuggestion]:
    triggers = {t.lower(): name for name, et in inv.event_types.items() for t in et.triggers}
    if not triggers:
        return []
    words = "|".join(map(re.escape, sorted(triggers, key=len, reverse=True)))
    pattern = re.compile(rf"\b({words})\b", re.IGNORECASE)
    taken = [(e.trigger.start, e.trigger.end) for e in ann.events]
    out = []
    for start, end in _body(art):
        seen = {e.type for e in ann.events if start <= e.trigger.start < end}
        for m in pattern.finditer(art.text, start, end):
            etype = triggers[m.group().lower()]
            # One suggestion per type and sentence: "dead, injured or taken hostage" is one
            # casualties event, and a sentence already tagged with the type is done.
            if etype in seen or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            seen.add(etype)
            # The two actors closest to the trigger, in reading order, take the first roles.
            who = sorted(_actors_in(ann, start, end, near=m.start())[:2],
                         key=lambda a: _first_mention(ann, a, start))
            out.append(EventSuggestion(etype, (m.start(), m.end()),
                                       _roles(ann, who, inv.event_types[etype].roles)))
    return out


def _roles(ann: Annotations, who: list[str], roles: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each actor takes the next role that suits it: 'place' only for places and countries."""
    types = {a.id: a.type for a in ann.actors}
    free, out = list(roles), []
    for actor_id in who:
        role = next((r for r in free if r != "place" or types[actor_id] in ("place", "country")),
                    None)
        if role is not None:
            free.remove(role)
            out.append((actor_id, role))
    return out


def _first_mention(ann: Annotations, actor_id: str, start: int) -> int:
    return min(m.start for a in ann.actors if a.id == actor_id for m in a.mentions
               if m.start >= start)


def _actors_in(ann: Annotations, start: int, end: int, near: int | None = None) -> list[str]:
    """Actor ids mentioned in start..end, in order (or nearest to `near` first)."""
    hits = sorted((abs(m.start - near) if near is not None else m.start, a.id)
                  for a in ann.actors for m in a.mentions if start <= m.start < end)
    out: list[str] = []
    for _, actor_id in hits:
        if actor_id not in out:
            out.append(actor_id)
    return out


_CUES = [
    ("quote", re.compile(r"[“\"][^”\"]{12,}[”\"]")),
    ("quantity", re.compile(r"\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|thousand)?")),
    ("causal", re.compile(r"\b(?:because|caused|causing|led to|due to|sparked|as a result|"
                          r"blaming|blamed|responsible for|for setting)\b", re.I)),
    ("prediction", re.compile(r"\b(?:will|would|could|might|may|expected to|likely|"
                              r"probably|plans? to)\b", re.I)),
]
_ATTRIBUTION = re.compile(r"\b(?:said|says|declared|asserted|asserting|indicated|touted|"
                          r"stated|claimed|announced|told|insisted|argued|warned|added|"
                          r"reportedly|according to)\b", re.I)


def claims(art: Article, ann: Annotations) -> list[ClaimSuggestion]:
    taken = [(c.span.start, c.span.end) for c in ann.claims]
    out = []
    for start, end in _body(art):
        if any(start < e and s < end for s, e in taken):
            continue
        sentence = art.text[start:end]
        cue = _ATTRIBUTION.search(art.text, start, end)
        kinds = [kind for kind, rx in _CUES if rx.search(sentence)]
        if not cue and not kinds:
            continue
        kind = kinds[0] if kinds else "factual"
        claimant = None
        if cue:
            who = _actors_in(ann, start, end, near=cue.start())
            claimant = who[0] if who else None
        reasons = ([f"attributed ({cue.group()})"] if cue else []) + kinds
        out.append(ClaimSuggestion((start, end), kind, (cue.start(), cue.end()) if cue else None,
                                   claimant, ", ".join(reasons)))
    return out
