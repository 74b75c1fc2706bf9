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
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field

from annotate.article import Article, Segment
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
    score: float = 0.5  # 0-1: how sure the recommender is; lists are ranked by it
    source: str = "built-in"  # the recommender that made it
    id: str | None = None  # a known id (the project recommender: the same id across articles)

    @property
    def key(self) -> str:
        return f"actor:{self.name}"


@dataclass
class EventSuggestion:
    type: str
    trigger: tuple[int, int]
    participants: list[tuple[str, str]]  # (actor id, role)
    score: float = 0.5
    source: str = "built-in"

    @property
    def key(self) -> str:
        return f"event:{self.trigger[0]}"


@dataclass
class ClaimSuggestion:
    span: tuple[int, int]
    kind: str
    cue: tuple[int, int] | None
    claimant: str | None  # an actor id
    reason: str
    checkworthy: bool = True
    score: float = 0.5
    source: str = "built-in"

    @property
    def key(self) -> str:
        return f"claim:{self.span[0]}"


def _body(art: Article) -> list[Segment]:
    """Sentences to mine: the title is Title Case, so it is skipped."""
    return [s for s in art.sentences
            if not (art.title and s.number == 1 and art.text[s.start:s.end] == art.title)]


class _BySentence:
    """What is already tagged, grouped by sentence, so each sentence costs only its own
    annotations (a long article has thousands)."""

    def __init__(self, art: Article, ann: Annotations) -> None:
        self.starts = [s.start for s in art.sentences]
        self.types = {a.id: a.type for a in ann.actors}
        self.mentions: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for a in ann.actors:
            for m in a.mentions:
                self.mentions[self.at(m.start)].append((m.start, a.id))
        self.events: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for e in ann.events:
            self.events[self.at(e.trigger.start)].append((e.trigger.start, e.trigger.end, e.type))
        self.claimed = {i for c in ann.claims
                        for i in range(self.at(c.span.start), self.at(c.span.end - 1) + 1)}

    def at(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def actors(self, index: int, near: int | None = None) -> list[str]:
        """Actor ids mentioned in a sentence, in reading order (or nearest `near` first)."""
        hits = sorted((abs(o - near) if near is not None else o, a)
                      for o, a in self.mentions[index])
        return list(dict.fromkeys(a for _, a in hits))

    def first(self, index: int, actor_id: str) -> int:
        return min(o for o, a in self.mentions[index] if a == actor_id)


def _candidates(art: Article) -> list[tuple[str, str, str]]:
    """(name, type, title hint) in order of first appearance."""
    out: list[tuple[str, str, str]] = []
    for seg in _body(art):
        for match in _SEQUENCE.finditer(art.text, seg.start, seg.end):
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
    people: dict[str, ActorSuggestion] = {}  # a person's last name -> their group
    for name, kind, hint in _candidates(art):
        group = forms.get(name) or _same_person(people, name)
        if group is None:
            group = ActorSuggestion(name, kind, hint="" if hint in KNOWN else hint)
            groups.append(group)
        if group.type == "person":
            people[name.split()[-1]] = group
        forms[name] = group
        surface = hint if hint in KNOWN else name
        if surface != group.name and surface not in group.aliases:
            group.aliases.append(surface)
    _add_surnames_and_near_misses(art, groups)
    _mentions(art, groups)
    taken = {(m.start, m.end) for a in (ann.actors if ann else []) for m in a.mentions}
    names = {n.casefold() for a in (ann.actors if ann else []) for n in (a.name, *a.aliases)}
    out = [g for g in groups if g.mentions and g.name.casefold() not in names
           and any(m not in taken for m in g.mentions)]
    return sorted(out, key=lambda g: g.mentions[0])


def _same_person(people: dict[str, ActorSuggestion], name: str) -> ActorSuggestion | None:
    """'Putin' joins 'Vladimir Putin': a name that is the tail of a longer person name."""
    group = people.get(name.split()[-1])
    if group is None or not (group.name.endswith(" " + name) or name.endswith(" " + group.name)):
        return None
    if len(name) > len(group.name):
        group.aliases.append(group.name)
        group.name = name
    return group


def _add_surnames_and_near_misses(art: Article, groups: list[ActorSuggestion]) -> None:
    words = set(re.findall(r"\w+", art.text))
    persons = [g for g in groups if g.type == "person"]
    # Near misses are looked for only among capitalised words no name already uses, so
    # the cost stays small on long articles full of names.
    used = {w for g in groups for form in (g.name, *g.aliases) for w in form.split()}
    loose = sorted(set(re.findall(r"\b[A-Z][a-z]{4,}\b", art.text)) - used - NOT_NAMES)
    for group in persons:
        surname = group.name.split()[-1]
        if surname not in group.aliases and surname in words:
            group.aliases.append(surname)
        for word in difflib.get_close_matches(surname, loose, n=2, cutoff=0.85):
            group.aliases.append(word)  # "Natanyahu" for "Netanyahu"


def _mentions(art: Article, groups: list[ActorSuggestion]) -> None:
    """Every occurrence of every group's names in one pass: at each place the longest name
    wins ("Gaza Strip" over "Gaza"), and no two mentions overlap."""
    owner: dict[str, ActorSuggestion] = {}
    for group in groups:
        for form in (group.name, *group.aliases):
            owner.setdefault(form, group)
    # Index where each word starts once; a name is then looked for only where its first
    # word is (one scan of the text, not one per name: long articles have thousands).
    text, hits = art.text, []
    starts: dict[str, list[int]] = defaultdict(list)
    for m in re.finditer(r"\w+", text):
        starts[m.group()].append(m.start())
    for form in owner:
        first = re.match(r"\w+", form)
        for pos in starts.get(first.group(), []) if first else []:
            if text.startswith(form, pos) and not _wordy(text, pos + len(form)):
                hits.append((pos, -len(form), form))
    reached = 0
    for pos, minus_length, form in sorted(hits):  # leftmost, then longest, first
        if pos >= reached:
            owner[form].mentions.append((pos, pos - minus_length))
            reached = pos - minus_length


def _wordy(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def events(art: Article, inv: Inventory, ann: Annotations) -> list[EventSuggestion]:
    triggers = {t.lower(): name for name, et in inv.event_types.items() for t in et.triggers}
    if not triggers:
        return []
    words = "|".join(map(re.escape, sorted(triggers, key=len, reverse=True)))
    pattern = re.compile(rf"\b({words})\b", re.IGNORECASE)
    index, out = _BySentence(art, ann), []
    for seg in _body(art):
        i = seg.number - 1
        seen = {t for _, _, t in index.events[i]}
        for m in pattern.finditer(art.text, seg.start, seg.end):
            etype = triggers[m.group().lower()]
            # One suggestion per type and sentence: "dead, injured or taken hostage" is one
            # casualties event, and a sentence already tagged with the type is done.
            if etype in seen or any(m.start() < e and s < m.end() for s, e, _ in index.events[i]):
                continue
            seen.add(etype)
            # The two actors closest to the trigger, in reading order, take the first roles.
            who = sorted(index.actors(i, near=m.start())[:2], key=lambda a: index.first(i, a))
            out.append(EventSuggestion(etype, m.span(),
                                       _roles(index.types, who, inv.event_types[etype].roles)))
    return out


def _roles(types: dict[str, str], who: list[str],
           roles: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each actor takes the next role that suits it: 'place' only for places and countries."""
    free, out = list(roles), []
    for actor_id in who:
        role = next((r for r in free if r != "place" or types[actor_id] in ("place", "country")),
                    None)
        if role is not None:
            free.remove(role)
            out.append((actor_id, role))
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
    index, out = _BySentence(art, ann), []
    for seg in _body(art):
        if seg.number - 1 in index.claimed:
            continue
        cue = _ATTRIBUTION.search(art.text, seg.start, seg.end)
        kinds = [kind for kind, rx in _CUES if rx.search(art.text, seg.start, seg.end)]
        if not cue and not kinds:
            continue
        who = index.actors(seg.number - 1, near=cue.start()) if cue else []
        reasons = ([f"attributed ({cue.group()})"] if cue else []) + kinds
        out.append(ClaimSuggestion((seg.start, seg.end), kinds[0] if kinds else "factual",
                                   cue.span() if cue else None, who[0] if who else None,
                                   ", ".join(reasons)))
    return out
