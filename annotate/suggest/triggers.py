"""Where the inventory's trigger words stand in an article.

A trigger is a word of the lexicon in any of its forms ("resign" finds "resigned"),
matched as a whole word in lower case (capitalised only where it opens the sentence), so
it never fires inside a hyphenated word ("de-escalation") or a name ("Strike Force"),
nor where it only modifies another noun ("fire department", "suicide bombers", a
"suicide bombing": the bombing is the event).
Which of these words are events worth suggesting is `events`' business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from annotate.article import Article
from annotate.config import Inventory
from annotate.suggest.text import Story, Token

IRREGULAR = {
    "shoot": ("shot",), "strike": ("struck", "stricken"), "meet": ("met",),
    "fight": ("fought",), "sell": ("sold",), "buy": ("bought",), "win": ("won",),
    "quit": ("quit",), "shut": ("shut",), "hold": ("held",), "take": ("took", "taken"),
    "steal": ("stole", "stolen"), "freeze": ("froze", "frozen"), "hit": ("hit",),
    "break": ("broke", "broken"), "bring": ("brought",), "sink": ("sank", "sunk"),
    "blow": ("blew", "blown"), "fall": ("fell", "fallen"), "stand": ("stood",),
    "lose": ("lost",), "die": ("died", "dying", "dies"), "lie": ("lay", "lain"),
    "flee": ("fled",), "lead": ("led",), "leave": ("left",), "go": ("went", "gone"),
    "withdraw": ("withdrew", "withdrawn"), "overthrow": ("overthrew", "overthrown"),
    "sign": ("signed",), "speak": ("spoke", "spoken"), "tell": ("told",), "say": ("said",),
    "pass away": ("passed away",), "kill himself": ("killed himself",),
    "kill herself": ("killed herself",), "hear": ("heard",),
}
_DOUBLE = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
# Words after a noun that make it a modifier, not an event ("fire department",
# "suicide bombers", "death penalty").
MODIFIED = frozenset("""department departments crew crews brigade fighter fighters engine engines
truck trucks station service alarm alarms exit exits safety helicopter helicopters dog dogs
rifle rifles zone zones plane planes jet jets squad squads unit units drill drills insurance
season bomber bombers attacker attackers vest vests note notes prevention rate rates risk
risks penalty row threat threats certificate certificates scene scenes site sites survivor
survivors suspect suspects victims victim toll camp camps center centre centers centres
facility facilities crime crimes criminal criminals operation operations loss""".split())
# Words before a noun that make it something else ("cardiac arrest" is no arrest).
NOT_AFTER = {"arrest": frozenset({"cardiac", "respiratory"}),
             "speech": frozenset({"free", "hate"}),  # a right, an offence: no speech given
             "violence": frozenset({"domestic", "sexual", "gun", "gender", "gender-based"}),
             # a test of a medicine or a method, no court's trial
             "trial": frozenset({"clinical", "drug", "vaccine", "medical", "randomised",
                                 "randomized", "controlled", "field"}),
             # "in charge of", "free of charge", "took charge": a duty, no accusation
             "charge": frozenset({"in", "of", "take", "takes", "took", "taken", "taking"})}
# Lemmas whose verb forms name another event than their noun: a fire is a disaster, but
# "fired the director" is a dismissal and "fired shots" an attack.
NOUN_ONLY = frozenset({"fire"})
# Words that name the event only after one of these: "a hearing", "the bail hearing", not
# "after hearing the news".
NEEDS_BEFORE = {"hearing": frozenset("""a an the his her their its court appeal appeals bail
committee sentencing preliminary public closed first second final next""".split())}
# A trigger followed by these words is not the event: "appealed for calm", "appealing to
# the public for help" are pleas.
NOT_BEFORE = {"appeal": re.compile(r"\s+(?:to\s+(?:[\w’'-]+\s+){1,4})?for\b")}
# Words that name the event only with these words after them: "named X as its director",
# "was named the new coach" (not "a man named X", "named after his father"); "won a second
# term", "won 52% of the vote" (not "won the final").
NEEDS_AFTER = {"win": re.compile(r"\s+(?:\S+\s+){0,4}?(?:re-?election|election|term|presidency|"
                                 r"vote|votes|seats?|runoff|run-off|mandate|majority|ballot)\b"),
               "name": re.compile(r"\s+(?:(?:[A-Z][\w.'’-]*\s+){0,4}(?:as|to)\s|(?:as\s+)?"
                                  r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?"
                                  r"(?:new|next|acting|interim)\s)")}
def forms(entry: str) -> set[str]:
    """Every form of a lexicon entry: the first word of a phrase inflects."""
    words = entry.split()
    head, rest = words[0], (" " + " ".join(words[1:])) if len(words) > 1 else ""
    if entry in IRREGULAR:
        return {entry, *IRREGULAR[entry]}
    out = {head}
    if head.lower() != head or not head.isalpha():
        return {entry}
    if head in IRREGULAR:
        out.update(IRREGULAR[head])
    if head.endswith("e"):
        out.update({head + "s", head + "d", head[:-1] + "ing"})
    elif head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        out.update({head[:-1] + "ies", head[:-1] + "ied", head + "ing"})
    elif head.endswith(("s", "x", "z", "ch", "sh")):
        out.update({head + "es", head + "ed", head + "ing"})
    elif _DOUBLE.match(head) and len(head) <= 4:
        out.update({head + "s", head + head[-1] + "ed", head + head[-1] + "ing"})
    else:
        out.update({head + "s", head + "ed", head + "ing"})
    return {f + rest for f in out}


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]
    type: str
    lemma: str
    verbal: bool  # an inflected verb form: a subject before it is the doer


@lru_cache(maxsize=16)
def _lexicon(spec: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, list[Entry]]:
    index: dict[str, list[Entry]] = {}
    for etype, triggers in spec:
        for trigger in triggers:
            for form in forms(trigger):
                words = tuple(form.split())
                verbal = form != trigger and not words[0].endswith("s")  # not "attacks"
                entry = Entry(words, etype, trigger, verbal or form in ("shot", "shut", "hit"))
                index.setdefault(words[0], []).append(entry)
    for entries in index.values():
        entries.sort(key=lambda e: -len(e.words))  # longest phrase first
    return index


def lexicon(inv: Inventory) -> dict[str, list[Entry]]:
    return _lexicon(tuple((name, et.triggers) for name, et in inv.event_types.items()))


def type_of(text: str, inv: Inventory) -> str | None:
    """The event type a trigger word or phrase suggests, in any of its forms ("resigned"
    -> resignation, "held talks" -> meeting): the type a hand-made event starts with."""
    words = tuple(text.split())
    if not words:
        return None
    index = lexicon(inv)
    wanted = tuple(w.lower() for w in words)
    entries = index.get(words[0], []) + index.get(words[0].lower(), [])
    return next((e.type for e in entries if tuple(w.lower() for w in e.words) == wanted),
                None)


@dataclass(frozen=True)
class Hit:
    entry: Entry
    start: int
    end: int
    sentence: int  # index into the story's sentences


def _matches(tok: Token, form: str) -> bool:
    return tok.text == form or (tok.initial and tok.text == form[:1].upper() + form[1:])


def find(art: Article, story: Story, inv: Inventory) -> list[Hit]:
    """Every trigger word of the story, sentence by sentence (`art` for symmetry)."""
    index = lexicon(inv)
    out = []
    for n, toks in enumerate(story.words):
        reached = 0  # the end of the last phrase found: "a general strike" is one trigger
        for i, tok in enumerate(toks):
            if tok.start < reached:
                continue
            word = tok.text
            entries = index.get(word[:1].lower() + word[1:] if tok.initial else word)
            if tok.initial and word in index:
                entries = (entries or []) + index[word]
            for entry in entries or ():
                if entry.verbal and entry.lemma in NOUN_ONLY:
                    continue
                end = i + len(entry.words)
                if end > len(toks) or not all(_matches(toks[i + k], w) if k == 0 else
                                              toks[i + k].text == w
                                              for k, w in enumerate(entry.words)):
                    continue
                following = toks[end].text if end < len(toks) else ""
                plea = NOT_BEFORE.get(entry.lemma)
                if following in MODIFIED or (i and toks[i - 1].text.lower() in
                                             NOT_AFTER.get(entry.lemma, ())) \
                        or (plea is not None and plea.match(art.text, toks[end - 1].end)):
                    continue  # "fire department", "cardiac arrest", "appealed for calm"
                needs = NEEDS_AFTER.get(entry.lemma)
                if needs is not None and not needs.match(art.text, toks[end - 1].end):
                    continue
                before = NEEDS_BEFORE.get(entry.lemma)
                if before is not None and not (i and toks[i - 1].text.lower() in before):
                    continue
                out.append(Hit(entry, tok.start, toks[end - 1].end, n))
                reached = toks[end - 1].end
                break
    return _heads(art.text, out)


def _heads(text: str, hits: list[Hit]) -> list[Hit]:
    """Of two trigger nouns in a row, the first only says what kind the second is: a
    "suicide bombing" is a bombing, a "bomb attack" an attack."""
    out = []
    for i, hit in enumerate(hits):
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        prev = hits[i - 1] if i else None
        if nxt is not None and nxt.sentence == hit.sentence and not hit.entry.verbal \
                and not nxt.entry.verbal and text[hit.end:nxt.start] == " ":
            continue
        if prev is not None and hit.entry.lemma in WARNINGS and \
                prev.sentence == hit.sentence and text[prev.end:hit.start] == " ":
            continue  # "a tsunami warning": the alert about an event, no criticism
        out.append(hit)
    return out


WARNINGS = frozenset({"warning", "warn"})
