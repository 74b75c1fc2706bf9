"""The NLP recommender: a spaCy pipeline's named entities and dependency parse.

Optional (`pip install 'claim-annotate[nlp]'`, then the pipeline named in the config,
`en_core_web_sm` by default, with spaCy's own download command). spaCy is imported here
only, and this module only when suggestions are asked for (`tag`, `suggest`), so
`validate`, `export` and `show` never pay for it. Nothing is fetched at run time.

Entities become actors (the inventory's `entity_types` maps labels to actor types);
the parse gives event participants (the subject of the trigger verb, its object, "by",
"against", "in" phrases) and the speaker of attributed statements.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from annotate.suggest import names, statements, triggers
from annotate.suggest import words as W
from annotate.suggest.base import (
    ActorSuggestion,
    ClaimSuggestion,
    EventSuggestion,
    NotAvailable,
    Request,
)
from annotate.suggest.builtin import tagged
from annotate.suggest.text import story

INSTALL = "pip install 'claim-annotate[nlp]'"
SPEECH_LEMMAS = frozenset("""say tell add state announce declare claim insist argue warn explain
confirm deny write allege assert acknowledge admit reply respond stress indicate report
accord""".split())


@lru_cache(maxsize=4)
def load(pipeline: str) -> Any:
    """The pipeline, loaded once per process; NotAvailable says how to install it."""
    try:
        import spacy
    except ImportError:
        raise NotAvailable(f"the spacy recommender needs spaCy, which is not installed "
                           f"({INSTALL}); using the other recommenders") from None
    try:
        return spacy.load(pipeline)
    except OSError:
        raise NotAvailable(f"spaCy pipeline '{pipeline}' is not installed (python -m spacy "
                           f"download {pipeline}); using the other recommenders") from None


class Spacy:
    name = "spacy"

    def __init__(self, pipeline: str) -> None:
        self.pipeline = pipeline
        self._doc: tuple[str, Any] | None = None

    def doc(self, text: str) -> Any:
        if self._doc is None or self._doc[0] != text:
            self._doc = (text, load(self.pipeline)(text))
        return self._doc[1]

    # -- actors ----------------------------------------------------------------------
    def actors(self, req: Request) -> list[ActorSuggestion]:
        art, types = req.article, req.inventory.entity_types
        st = story(art)
        doc = self.doc(art.text)
        groups: dict[str, ActorSuggestion] = {}
        for ent in doc.ents:
            kind = types.get(ent.label_)
            if kind is None or any(s <= ent.start_char < e for s, e in st.skipped):
                continue
            name = re.sub(r"^(?:the|The)\s+|[’']s?$", "", ent.text).strip()
            if not name or name in W.DEMONYMS and not name.endswith("s"):
                continue
            if kind == "country" and name not in W.COUNTRIES:
                kind = "place"  # GPE covers cities and states too
            if name in W.PLACES:
                kind = "place"
            name = W.COUNTRIES.get(name, name) if kind == "country" else name
            sug = groups.get(name)
            if sug is None:
                sug = groups[name] = ActorSuggestion(name, kind, score=0.7, source=self.name)
            form = re.sub(r"^(?:the|The)\s+|[’']s?$", "", ent.text).strip()
            if form != sug.name and form not in sug.aliases:
                sug.aliases.append(form)
        found = list(groups.values())
        self._link(found)
        names._mentions(art, st, found)
        for sug in found:
            sug.score = round(min(0.9, 0.7 + 0.05 * (len(sug.mentions) - 1)), 2)
        return [s for s in found if s.mentions]

    @staticmethod
    def _link(found: list[ActorSuggestion]) -> None:
        """A surname joins the one person named in full; an acronym its organisation."""
        people = [s for s in found if s.type == "person" and " " in s.name]
        for sug in list(found):
            if " " in sug.name:
                continue
            heads = [p for p in people if p.name.split()[-1] == sug.name]
            orgs = [o for o in found if o is not sug and " " in o.name
                    and names._initials(o.name) == sug.name.replace(".", "")]
            target = heads[0] if len(heads) == 1 else orgs[0] if len(orgs) == 1 else None
            if target is not None:
                target.aliases.extend(a for a in (sug.name, *sug.aliases)
                                      if a not in target.aliases)
                found.remove(sug)

    # -- events ----------------------------------------------------------------------
    def events(self, req: Request) -> list[EventSuggestion]:
        art, inv = req.article, req.inventory
        st = story(art)
        doc = self.doc(art.text)
        mentions = tagged(req.annotations)
        base = triggers.suggest(art, st, inv, [])  # the triggers; participants from the parse
        out = []
        for sug in base:
            roles = inv.event_types[sug.type].roles
            token = _token_at(doc, sug.trigger[0])
            pairs = _participants(token, sug.type, roles, mentions) if token is not None else []
            out.append(EventSuggestion(sug.type, sug.trigger, pairs,
                                       round(sug.score + (0.1 if pairs else 0.0), 2),
                                       self.name))
        return out

    # -- claims ----------------------------------------------------------------------
    def claims(self, req: Request) -> list[ClaimSuggestion]:
        """The built-in claims, with the speaker read from the parse."""
        art = req.article
        st = story(art)
        doc = self.doc(art.text)
        mentions = tagged(req.annotations)
        found = statements.suggest(art, st, mentions, [(e.start_char, e.end_char)
                                                        for e in doc.ents])
        out = []
        for sug in found:
            cue, who = _speaker(doc, sug.span, mentions)
            if who is not None:
                sug.claimant, sug.cue = who, cue
            sug.source = self.name
            out.append(sug)
        return out


def _token_at(doc: Any, offset: int) -> Any:
    for tok in doc:
        if tok.idx <= offset < tok.idx + len(tok.text):
            return tok
    return None


def _actor(tok: Any, mentions: list[tuple[int, int, str, str]]) -> tuple[str, str] | None:
    """The tagged actor a token (or the phrase it heads) names."""
    spans = [(tok.idx, tok.idx + len(tok.text))]
    spans.append((tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)))
    for s, e in spans:
        for m in mentions:
            if m[0] <= s < m[1] or (s <= m[0] and m[1] <= e and e - s <= m[1] - m[0] + 12):
                return m[2], m[3]
    return None


def _participants(tok: Any, etype: str, roles: tuple[str, ...],
                  mentions: list[tuple[int, int, str, str]]) -> list[tuple[str, str]]:
    doer = triggers._role(etype, roles, triggers.SUBJECT, triggers.AGENTIVE + triggers.PATIENT)
    done_to = triggers._role(etype, roles, triggers.OBJECT, triggers.PATIENT)
    out: list[tuple[str, str]] = []

    def add(t: Any, role: str | None) -> None:
        found = _actor(t, mentions)
        if found is None or role is None or role not in roles:
            return
        actor, kind = found
        if role == "place" and kind not in ("place", "country"):
            return
        if all(a != actor for a, _ in out):
            out.append((actor, role))
        for conj in t.conjuncts:  # "France and Britain"
            other = _actor(conj, mentions)
            if other and all(a != other[0] for a, _ in out):
                out.append((other[0], role))

    verb = tok.pos_ in ("VERB", "AUX")
    for child in tok.children:
        dep = child.dep_
        if dep in ("nsubj", "csubj"):
            add(_relative(child), doer)
        elif dep == "nsubjpass":
            add(_relative(child), done_to)
        elif dep in ("dobj", "obj") and verb:
            add(child, done_to)
        elif dep == "poss" and not verb:
            add(child, doer)
        elif dep == "compound" and not verb:
            found = _actor(child, mentions)
            add(child, "place" if found and found[1] == "place" else doer)
        elif dep in ("agent",):
            for pobj in child.children:
                add(pobj, doer if doer not in triggers.PATIENT else None)
        elif dep == "prep":
            word = child.lower_
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if word == "by":
                    add(pobj, doer if doer not in triggers.PATIENT else None)
                elif word in ("against", "on", "of", "targeting"):
                    add(pobj, done_to)
                elif word in ("in", "at", "near"):
                    add(pobj, "place")
    if tok.dep_ == "relcl" or (tok.dep_ == "acl" and not verb):
        pass
    return out


def _relative(tok: Any) -> Any:
    """'who' in "X, who criticised the bill": the X the clause is about."""
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _speaker(doc: Any, span: tuple[int, int], mentions: list[tuple[int, int, str, str]],
             ) -> tuple[tuple[int, int] | None, str | None]:
    for tok in doc:
        if not span[0] <= tok.idx < span[1] or tok.lemma_.lower() not in SPEECH_LEMMAS:
            continue
        cue = (tok.idx, tok.idx + len(tok.text))
        if tok.lemma_.lower() == "accord":  # "according to X"
            for to in (c for c in tok.children if c.lower_ == "to"):
                for pobj in (c for c in to.children if c.dep_ == "pobj"):
                    found = _actor(pobj, mentions)
                    if found:
                        return (tok.idx, to.idx + len(to.text)), found[0]
            continue
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = _actor(_relative(child), mentions)
                if found:
                    return cue, found[0]
    return None, None
