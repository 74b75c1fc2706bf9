"""Events from the inventory's trigger lexicon, with participants only where the sentence
says who did what.

A trigger is a word of the lexicon in any of its forms ("resign" finds "resigned"),
matched as a whole word in lower case (capitalised only where it opens the sentence), so
it never fires inside a hyphenated word ("de-escalation") or a name ("Strike Force").
Each event is suggested once: the first trigger of a type and word, again only when it
involves other actors. A participant is proposed only from the words beside the
trigger (the subject of the verb, its object, "by"/"against"/"in" phrases): a missing
pair costs a keystroke, a wrong one costs trust.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from annotate.article import Article
from annotate.config import Inventory
from annotate.suggest.base import EventSuggestion
from annotate.suggest.text import Story, Token, tokens

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
    "kill herself": ("killed herself",),
}
_DOUBLE = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
# Words after a noun that make it a modifier, not an event ("fire department").
MODIFIED = frozenset("""department departments crew crews brigade fighter fighters engine engines
truck trucks station service alarm alarms exit exits safety helicopter helicopters dog dogs
rifle rifles zone zones plane planes jet jets squad squads unit units drill drills insurance
season""".split())
AUXILIARIES = ("has|have|had|was|were|is|are|been|being|be|will|would|could|can|may|might|"
               "should|must|did|does|do|not|never|also|then|later|reportedly|allegedly|"
               "quickly|sharply|widely|officially|formally|again|just|already|now|finally|"
               "recently|previously|earlier|yesterday|today|tonight|once|still|jointly|"
               "publicly|strongly|repeatedly|unanimously|effectively|subsequently|"
               "immediately|eventually|apparently|initially|successfully|unsuccessfully|"
               r"on\s+\w+day|last\s+\w+|this\s+\w+")
_SUBJECT_GAP = re.compile(rf"^\s*(?:,\s+[^,;:“”\"]{{1,80}},\s*)?"
                          rf"(?:(?:{AUXILIARIES})\s+)*$", re.IGNORECASE)
_RELATIVE_GAP = re.compile(rf"^\s*,\s+who\s+(?:(?:{AUXILIARIES})\s+)*$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|got|get|gets)\s+(?:\w+ly\s+)?$",
                      re.IGNORECASE)
_OBJECT_GAP = re.compile(r"^\s+(?:the\s+|a\s+|an\s+)?$")
_AGAINST_GAP = re.compile(r"^\s+(?:on|against|targeting|of|at)\s+(?:the\s+)?$")
_BY_GAP = re.compile(r"^\s+by\s+(?:the\s+)?$")
_PLACE_GAP = re.compile(r"^[^,;:.]{0,40}?\b(?:in|at|near|outside|across)\s+(?:the\s+)?"
                        r"(?:(?:city|town|village|province|region|state|district)\s+of\s+)?$")
_POSSESSIVE_GAP = re.compile(r"^[’']s?\s+(?:[a-z]+\s+){0,2}$")
_COMPOUND_GAP = re.compile(r"^\s+(?:[a-z]+\s+){0,1}$")
# Words before a trigger that make the event unreal or not yet real.
_UNREAL = re.compile(r"\b(?:would|could|might|may|will|to|not|no|never|without|awaiting|facing|"
                     r"face|plotting|planning|plan|plans|threatening|threatened|risk|possible|"
                     r"potential|future|prevent|avoid|no\s+one\s+was)\s+(?:\w+\s+){0,3}$",
                     re.IGNORECASE)
# A name right after a preposition is in a phrase of its own, not the subject.
_IN_PHRASE = re.compile(r"\b(?:from|in|of|at|with|for|to|by|on|near|into|across|against|"
                        r"about|over|under|through)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*,?\s+)*$")
_ATTRIBUTING = re.compile(r"^\s*(?:that\b|:|,?\s*[“\"])")

# Which role the doer and the one done-to take, for the built-in event types; a
# project's own types fall back to role names that say it.
SUBJECT = {"death": "deceased", "resignation": "person", "bankruptcy": "debtor",
           "disaster": "affected", "election": "candidate", "protest": "protester",
           "conflict": "party", "meeting": "participant", "deal": "party",
           "casualties": "agent", "arrest": "authority", "legal-action": "authority",
           "shutdown": "agent", "seizure": "agent", "cyber-attack": "attacker",
           "legislation": "enactor", "disclosure": "source", "appointment": "appointer",
           "attack": "attacker", "criticism": "critic", "support": "giver",
           "communication": "speaker", "statement": "speaker", "vote": "voter",
           "proposal": "proposer"}
OBJECT = {"casualties": "victim", "arrest": "detainee", "legal-action": "defendant",
          "attack": "target", "criticism": "target", "support": "recipient",
          "communication": "addressee", "appointment": "appointee", "election": "winner",
          "shutdown": "target", "cyber-attack": "target", "vote": "subject",
          "proposal": "subject", "disclosure": "subject", "seizure": "owner"}
AGENTIVE = ("attacker", "critic", "giver", "speaker", "voter", "proposer", "authority",
            "enactor", "source", "agent", "protester", "appointer", "host", "plaintiff",
            "party", "participant")
PATIENT = ("target", "victim", "recipient", "addressee", "defendant", "detainee", "appointee",
           "deceased", "debtor", "owner", "affected", "subject")
WEAK_TYPES = frozenset({"statement", "communication", "meeting"})


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
                verbal = form != trigger and not form.endswith("s")
                entry = Entry(words, etype, trigger, verbal or form in ("shot", "shut", "hit"))
                index.setdefault(words[0], []).append(entry)
    for entries in index.values():
        entries.sort(key=lambda e: -len(e.words))  # longest phrase first
    return index


def lexicon(inv: Inventory) -> dict[str, list[Entry]]:
    return _lexicon(tuple((name, et.triggers) for name, et in inv.event_types.items()))


def type_of(word: str, inv: Inventory) -> str | None:
    """The event type a trigger word suggests ("resigned" -> resignation)."""
    index = lexicon(inv)
    entries = index.get(word.lower(), [])
    return next((e.type for e in entries if len(e.words) == 1), None)


@dataclass(frozen=True)
class Hit:
    entry: Entry
    start: int
    end: int
    sentence: int  # index into the story's sentences


def _matches(tok: Token, form: str) -> bool:
    return tok.text == form or (tok.initial and tok.text == form[:1].upper() + form[1:])


def find(art: Article, story: Story, inv: Inventory) -> list[Hit]:
    index = lexicon(inv)
    text, out = art.text, []
    for n, seg in enumerate(story.sentences):
        toks = tokens(text, seg.start, seg.end)
        for i, tok in enumerate(toks):
            key = tok.text if not tok.initial else tok.text[:1].lower() + tok.text[1:]
            for entry in index.get(key, []) + (index.get(tok.text, []) if tok.initial else []):
                end = i + len(entry.words)
                if end > len(toks) or not all(_matches(toks[i + k], w) if k == 0 else
                                              toks[i + k].text == w
                                              for k, w in enumerate(entry.words)):
                    continue
                following = toks[end].text if end < len(toks) else ""
                if following in MODIFIED or (i and toks[i - 1].text in ("cardiac", "house")):
                    continue  # "fire department", "cardiac arrest"
                out.append(Hit(entry, tok.start, toks[end - 1].end, n))
                break
    return out


def suggest(art: Article, story: Story, inv: Inventory,
            mentions: list[tuple[int, int, str, str]]) -> list[EventSuggestion]:
    """`mentions`: (start, end, actor id, actor type) of the actors already tagged."""
    text, out = art.text, []
    seen: dict[tuple[str, str], set[str]] = {}
    per_sentence: set[tuple[str, int]] = set()
    for hit in find(art, story, inv):
        etype = hit.entry.type
        if (etype, hit.sentence) in per_sentence:
            continue
        if etype == "statement" and _ATTRIBUTING.match(text, hit.end):
            continue  # "announced that ...": an attribution, the claim pass has it
        if _UNREAL.search(text[max(seg_start(story, hit), hit.start - 40):hit.start]):
            continue  # "would allow police to detain", "awaiting trial"
        seg = story.sentences[hit.sentence]
        here = [m for m in mentions if seg.start <= m[0] and m[1] <= seg.end]
        roles = inv.event_types[etype].roles
        pairs = participants(text, hit, etype, roles, here)
        who = {a for a, _ in pairs}
        before = seen.get((etype, ""))
        if before is not None and not who - before:
            continue  # the same kind of event again, with no one new: told again
        seen[(etype, "")] = (before or set()) | who
        per_sentence.add((etype, hit.sentence))
        score = (0.4 if etype in WEAK_TYPES else 0.6) + (0.1 if pairs else 0.0)
        out.append(EventSuggestion(etype, (hit.start, hit.end), pairs, round(score, 2)))
    return out


def seg_start(story: Story, hit: Hit) -> int:
    return story.sentences[hit.sentence].start


def _role(etype: str, roles: tuple[str, ...], table: dict[str, str],
          names: tuple[str, ...]) -> str | None:
    wanted = table.get(etype)
    if wanted in roles:
        return wanted
    return next((r for r in roles if r in names), None)


def participants(text: str, hit: Hit, etype: str, roles: tuple[str, ...],
                 here: list[tuple[int, int, str, str]]) -> list[tuple[str, str]]:
    """(actor id, role) pairs the words beside the trigger support."""
    doer = _role(etype, roles, SUBJECT, AGENTIVE + PATIENT)
    done_to = _role(etype, roles, OBJECT, PATIENT)
    out: list[tuple[str, str]] = []

    kinds = {m[2]: m[3] for m in here}

    def add(actor: str, role: str | None) -> None:
        if kinds.get(actor) == "place" and role != "place":
            return  # a city or region is where things happen, not who does them
        if role and role in roles and all(a != actor for a, _ in out):
            out.append((actor, role))

    before = sorted((m for m in here if m[1] <= hit.start), key=lambda m: -m[1])
    after = sorted((m for m in here if m[0] >= hit.end), key=lambda m: m[0])
    verbal = hit.entry.verbal or bool(re.search(
        rf"\b(?:{AUXILIARIES}|to)\s+$", text[max(0, hit.start - 20):hit.start], re.IGNORECASE))
    if before:
        start, end, actor, kind = before[0]
        gap = text[end:hit.start]
        in_phrase = _IN_PHRASE.search(text[max(0, start - 60):start])
        if verbal and not in_phrase and (_SUBJECT_GAP.match(gap) or _RELATIVE_GAP.match(gap)):
            passive = bool(_PASSIVE.search(gap))
            add(actor, done_to if passive else doer)
            # "France and Britain have protested": both are the subject.
            for other in before[1:]:
                if re.fullmatch(r"\s*,?\s*and\s*", text[other[1]:start]):
                    add(other[2], done_to if passive else doer)
                    start = other[0]
                else:
                    break
        elif not verbal and _POSSESSIVE_GAP.match(gap):
            add(actor, "place" if kind == "place" else doer)  # "Russia's call"
        elif not verbal and not gap.strip() and kind in ("place", "country"):
            add(actor, "place")  # "the Granai attack"
    for start, _end, actor, kind in after:
        gap = text[hit.end:start]
        if verbal and _OBJECT_GAP.match(gap) or _AGAINST_GAP.match(gap):
            add(actor, done_to)
        elif _BY_GAP.match(gap):
            add(actor, doer if doer not in PATIENT else None)
        elif kind in ("place", "country") and _PLACE_GAP.match(gap):
            add(actor, "place")
        else:
            continue
    return out
