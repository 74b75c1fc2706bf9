"""The forms of an actor, an event and a claim, as step machines (see `tag.questions`).

A form asks its fields one at a time, each with a default where there is one (a
suggestion's values), and when the last is answered hands out the commands that add the
item. `-` at any field, or Enter at a required one with nothing to default to, cancels
the item: nothing of it is saved. A claimant need not be an actor yet: a name in the
claim's sentence (or any name in the article) becomes a new actor with the claim.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from annotate import metadata, suggest
from annotate.editing import edits, picking
from annotate.editing import vocabulary as v
from annotate.errors import AnnotateError
from annotate.model import Annotations
from annotate.suggest import triggers
from annotate.tag import session
from annotate.tag.questions import (
    CANCEL,
    CHOICE,
    SPAN,
    TEXT,
    Answer,
    Note,
    Question,
    Step,
    error,
)
from annotate.tag.session import Context
from annotate.visible import short

SHOWN = 9  # matches listed when typed text occurs more than once (`?` lists them all)
NONE = ("none", "-")


@dataclass(frozen=True)
class Offer:
    """A name a new actor can be made from (a claimant not tagged yet)."""

    name: str
    type: str
    mentions: tuple[v.Where, ...]


@dataclass(frozen=True)
class Form:
    kind: str  # actor, event or claim
    values: dict[str, Any]  # answered so far, and the suggestion's values as defaults
    todo: tuple[str, ...]  # the fields still to ask, the current one first
    title: str = ""
    sentence: int | None = None  # where typed text is looked for first (a suggested claim)
    matches: tuple[v.Where, ...] = ()  # the text typed occurs more than once: which one?
    offers: tuple[Offer, ...] = ()  # names in the claim's sentence: new claimants

    def question(self, ctx: Context, ann: Annotations) -> Question | None:
        if not self.todo:
            return None
        if self.matches:
            return _which(ctx, self)
        return ASK[self.todo[0]](ctx, ann, self)

    def step(self, ctx: Context, ann: Annotations, answer: Answer) -> Step[Form | None]:
        """The form with one more field answered; `Step(None, changes)` when it is
        complete, `Step(None)` with no changes when it was cancelled."""
        if isinstance(answer, str):
            answer = answer.strip()
            if answer == "?":
                question = self.question(ctx, ann)
                return Step(self, notes=(Note(question.help if question else ""),))
            if answer == CANCEL:
                return Step(None, notes=(Note(f"cancelled: no {self.kind} added"),))
        try:
            if self.matches:
                form = self._picked(ctx, answer)
                if form.kind == "claim" and not form.offers:
                    form = replace(form, offers=_offers(ctx, ann, form.values["span"]))
            else:
                form = SET[self.todo[0]](ctx, ann, self, answer)
        except _Cancel:
            return Step(None, notes=(Note(f"cancelled: no {self.kind} added"),))
        except picking.AmbiguousSpan as many:
            return Step(replace(self, matches=tuple(many.matches)),
                        notes=(Note(f"that text occurs {len(many.matches)} times:"),))
        except AnnotateError as exc:
            return Step(self, notes=(error(str(exc)),))
        if form.todo:
            return Step(form)
        changes = BUILD[self.kind](ctx, ann, form)
        try:
            session.preview(ctx, ann, changes)
        except AnnotateError as exc:  # rare: every field was checked as it was answered
            return Step(replace(form, todo=self.todo), notes=(error(str(exc)),))
        return Step(None, tuple(changes))

    def _picked(self, ctx: Context, answer: Answer) -> Form:
        text = str(answer) or "1"
        chosen = picking.number(text)
        if chosen is None or not 1 <= chosen <= len(self.matches):
            raise AnnotateError(f"type a number from 1 to {len(self.matches)}")
        return _take_span(ctx, self, self.matches[chosen - 1])

    def unfinished(self, text: str) -> str:
        """What this form would have added, for a form cut off before its end (the input
        ended): "the actor 'Benjamin Netanyahu' (its type was still to answer)"."""
        where = self.values.get("span") or self.values.get("trigger")
        name = self.values.get("name") if self.kind == "actor" else \
            text[where[0]:where[1]] if where else None
        what = f"the {self.kind} {short(str(name))!r}" if name else f"a new {self.kind}"
        field = self.todo[0] if self.todo else ""
        return what + (f" (its {field.replace('-', ' ')} was still to answer)" if field else "")

    def focus(self) -> v.Where | None:
        for name in ("span", "trigger"):
            if self.values.get(name):
                return self.values[name]  # type: ignore[no-any-return]
        mentions = self.values.get("mentions")
        return mentions[0] if mentions else None


class _Cancel(Exception):
    pass


# -- starting a form ---------------------------------------------------------------------

def actor(name: str | None = None, type: str | None = None,
          mentions: tuple[v.Where, ...] = (), aliases: tuple[str, ...] = (),
          item_id: str | None = None, title: str = "New actor") -> Form:
    values = {"name": name, "type": type, "mentions": mentions, "aliases": aliases,
              "id": item_id}
    return Form("actor", values, ("name", "type"), title)


def event(ctx: Context, trigger: v.Where | None = None, type: str | None = None,
          participants: tuple[tuple[str, str], ...] = (), title: str = "New event",
          factuality: str = "asserted") -> Form:
    values = {"trigger": trigger, "type": type, "participants": participants,
              "factuality": factuality}
    todo = ("event-type", "participants") if trigger else \
        ("trigger", "event-type", "participants")
    return Form("event", values, todo, title)


def claim(ctx: Context, ann: Annotations, span: v.Where | None = None, kind: str = "factual",
          claimant: str | None = None, cue: v.Where | None = None, checkworthy: bool = True,
          title: str = "New claim") -> Form:
    values = {"span": span, "default_span": span, "kind": kind, "claimant": claimant,
              "cue": cue, "checkworthy": checkworthy}
    sentence = ctx.article.sentence_at(span[0]).number if span else None
    return Form("claim", values, ("span", "kind", "claimant", "checkworthy", "verdict",
                                  "evidence", "about"), title, sentence,
                offers=_offers(ctx, ann, span) if span else ())


def _offers(ctx: Context, ann: Annotations, span: v.Where) -> tuple[Offer, ...]:
    """Untagged names in the sentence(s) of `span`: who may be making the claim."""
    art = ctx.article
    lo, hi = art.sentences_of(*span)
    found = suggest.actors(art, ann, inv=ctx.inventory, sidecar=ctx.sidecar)
    return tuple(Offer(s.name, s.type, tuple(s.mentions)) for s in found
                 if any(lo <= start < hi for start, _ in s.mentions)
                 and s.key not in ann.rejected)


# -- asking ----------------------------------------------------------------------------

def _ask_name(ctx: Context, ann: Annotations, form: Form) -> Question:
    return Question(TEXT, "actor name", form.title, default=form.values["name"],
                    required=True, focus=form.focus(), section="actors",
                    help="The actor's full name, e.g. Vladimir Putin.")


def _ask_actor_type(ctx: Context, ann: Annotations, form: Form,
                    prompt: str = "type") -> Question:
    types = tuple(ctx.inventory.actor_types)
    default = form.values.get("type") if form.values.get("type") in types else \
        ("person" if "person" in types else types[0])
    return Question(CHOICE, prompt, form.title, choices=types, default=default,
                    focus=form.focus(), section="actors",
                    help="\n".join(f"  {k}: {d}" for k, d in ctx.inventory.actor_types.items()))


def _ask_mention(ctx: Context, ann: Annotations, form: Form) -> Question:
    return Question(SPAN, f"{form.values['name']!r} is not in the text; type a mention as it "
                    "appears", form.title, required=True, section="actors",
                    help="Text of the article that names the actor (s12 = sentence 12, "
                         "s12 TEXT = TEXT inside it).")


def _ask_trigger(ctx: Context, ann: Annotations, form: Form) -> Question:
    return Question(SPAN, "trigger word (type it; s12 word to pick in sentence 12)", form.title,
                    required=True, section="events",
                    help="The word of the article that names the event: talks, vote, attack.")


def _ask_event_type(ctx: Context, ann: Annotations, form: Form) -> Question:
    types = tuple(ctx.inventory.event_types)
    kind = form.values["type"]
    return Question(CHOICE, "event type", form.title, choices=types,
                    default=kind if kind in types else types[-1], focus=form.focus(),
                    section="events",
                    help="\n".join(f"  {k}: roles {', '.join(t.roles)}"
                                   for k, t in ctx.inventory.event_types.items()))


def _ask_participants(ctx: Context, ann: Annotations, form: Form) -> Question:
    roles = ctx.inventory.event_types[form.values["type"]].roles
    given = " ".join(f"{a}:{r}" for a, r in form.values["participants"]) or "none"
    ids = [a.id for a in ann.actors]
    return Question(TEXT, "participants as ACTOR:ROLE", form.title, default=given,
                    choices=tuple(f"{i}:{r}" for i in ids for r in roles)[:2000],
                    focus=form.focus(), section="events",
                    lines=(f"actors: {listed(ids)}", f"roles: {', '.join(roles)}"),
                    help="Participants separated by spaces, e.g. putin:speaker "
                         "netanyahu:addressee; none for no participants.")


def _ask_span(ctx: Context, ann: Annotations, form: Form) -> Question:
    default = form.values["default_span"]
    whole = default is not None and tuple(default) == ctx.article.sentences_of(*default)
    hint = "type its text" if default is None else \
        f"Enter = {'whole sentence' if whole else 'as suggested'}, or type part of it to trim"
    return Question(SPAN, f"claim span ({hint})", form.title, required=default is None,
                    default="" if default else None, focus=form.focus(), section="claims",
                    help="Part of the sentence to trim the claim to: its text, or FROM ... TO "
                         "(the words it starts and ends with); s12 (sentence 12), s12 TEXT "
                         "(TEXT inside sentence 12).")


def _ask_kind(ctx: Context, ann: Annotations, form: Form) -> Question:
    kinds = tuple(ctx.inventory.claim_kinds)
    return Question(CHOICE, "kind", form.title, choices=kinds,
                    default=form.values["kind"] if form.values["kind"] in kinds else kinds[0],
                    focus=form.focus(), section="claims",
                    help="\n".join(f"  {k}: {d}" for k, d in ctx.inventory.claim_kinds.items()))


def _ask_claimant(ctx: Context, ann: Annotations, form: Form) -> Question:
    ids = tuple(a.id for a in ann.actors)
    offered = tuple(o.name for o in form.offers)
    lines = (f"actors: {listed(list(ids))}",) + \
        ((f"new, from the sentence: {listed(list(offered))}",) if offered else ())
    return Question(CHOICE, "claimant (none = the outlet)", form.title,
                    choices=(*ids, "none", *offered), open=True,
                    default=form.values["claimant"] or "none", focus=form.focus(),
                    section="claims", lines=lines,
                    help="An actor id, name or alias; or a name in the article, which "
                         "becomes a new actor; none when the outlet itself makes the claim.")


def _ask_new_type(ctx: Context, ann: Annotations, form: Form) -> Question:
    offer = form.values["new_claimant"]
    return _ask_actor_type(ctx, ann, replace(form, values={**form.values, "type": offer.type}),
                           f"type of the new actor {offer.name!r}")


def _ask_checkworthy(ctx: Context, ann: Annotations, form: Form) -> Question:
    default = "n" if form.values["kind"] == "opinion" or not form.values["checkworthy"] \
        else "y"
    return Question(CHOICE, "check-worthy", form.title, choices=("y", "n"), default=default,
                    focus=form.focus(), section="claims",
                    help="y: worth a fact-check; n: not (an opinion, a truism).")


def _ask_verdict(ctx: Context, ann: Annotations, form: Form) -> Question:
    return Question(CHOICE, "verdict", form.title,
                    choices=("none", *(x.id for x in ctx.inventory.verdicts)), default="none",
                    focus=form.focus(), section="claims",
                    help="\n".join(f"  {x.id}: {x.label}" for x in ctx.inventory.verdicts))


def _ask_evidence(ctx: Context, ann: Annotations, form: Form) -> Question:
    return Question(TEXT, "evidence URL", form.title, default="none", focus=form.focus(),
                    section="claims", help="A URL backing the verdict; none for no evidence.")


def _ask_about(ctx: Context, ann: Annotations, form: Form) -> Question:
    ids = tuple(item.id for _, _, item in ann.items())
    return Question(TEXT, "about (ids, Tab completes)", form.title, default="none",
                    choices=ids, focus=form.focus(), section="claims",
                    help="The events, actors or claims the claim is about, separated by "
                         "spaces, e.g. call putin; none for nothing.")


def _which(ctx: Context, form: Form) -> Question:
    art = ctx.article
    everything = [f"  {n}) {picking.context(art, s, e)}"
                  for n, (s, e) in enumerate(form.matches, 1)]
    lines = everything[:SHOWN]
    if len(everything) > SHOWN:
        lines.append(f"  … and {len(everything) - SHOWN} more (? lists them all; or type "
                     "a number, or - and more of the text)")
    return Question(CHOICE, "which one", form.title,
                    choices=tuple(str(n) for n in range(1, len(form.matches) + 1)),
                    default="1", lines=tuple(lines), help="\n".join(everything))


def listed(names: list[str], limit: int = 12) -> str:
    """`a, b, c, … (+9 more)`: a long list cut, saying so."""
    if not names:
        return "none yet"
    if len(names) <= limit:
        return ", ".join(names)
    return ", ".join(names[:limit]) + f", … (+{len(names) - limit} more)"


# -- answering -------------------------------------------------------------------------

def _next(form: Form, **values: Any) -> Form:
    return replace(form, values={**form.values, **values}, todo=form.todo[1:], matches=())


def _required(answer: Answer, default: str | None) -> str:
    text = str(answer)
    if not text:
        if default is None:
            raise _Cancel
        return default
    return text


def _set_name(ctx: Context, ann: Annotations, form: Form, answer: Answer) -> Form:
    name = _required(answer, form.values["name"]).strip()
    form = _next(form, name=name)
    if not form.values["mentions"]:
        found = tuple(picking.find(ctx.article.text, name))
        if found:
            form = replace(form, values={**form.values, "mentions": found})
        else:
            form = replace(form, todo=(*form.todo, "mention"))
    return form


def _choose(answer: Answer, question: Question) -> str:
    text = str(answer).strip() or (question.default or "")
    if text not in question.choices:
        raise AnnotateError(f"{text!r} is not one of: {listed(list(question.choices), 20)}")
    return text


def _set_actor_type(ctx: Context, ann: Annotations, form: Form, answer: Answer) -> Form:
    return _next(form, type=_choose(answer, _ask_actor_type(ctx, ann, form)))


def _span(ctx: Context, form: Form, answer: Answer, default: v.Where | None) -> v.Where:
    if isinstance(answer, tuple):
        edits.span(ctx.article, *answer)  # inside the article
        return answer
    if not answer:
        if default is None:
            raise _Cancel
        return default
    return picking.pick(ctx.article, answer, sentence=form.sentence if not
                        picking.is_explicit(answer) else None)


def _take_span(ctx: Context, form: Form, where: v.Where) -> Form:
    name = form.todo[0]
    if name == "mention":
        return _next(form, mentions=(where,))
    if name == "span":
        return _next(form, span=where)
    form = _next(form, trigger=where)
    if not form.values["type"]:  # the type whose trigger words hold the word, in any form
        types = ctx.inventory.event_types
        kind = triggers.type_of(ctx.article.text[slice(*where)], ctx.inventory) or \
            ("other" if "other" in types else next(iter(types)))
        form = replace(form, values={**form.values, "type": kind})
    return form


def _set_span(ctx: Context, ann: Annotations, form: Form, answer: Answer) -> Form:
    default = form.values["default_span"] if form.todo[0] == "span" else None
    form = _take_span(ctx, form, _span(ctx, form, answer, default))
    if form.kind == "claim" and not form.offers:  # who may be making it, once it is placed
        form = replace(form, offers=_offers(ctx, ann, form.values["span"]))
    return form


def _set_event_type(ctx: Context, ann: Annotations, form: Form, answer: Answer) -> Form:
    return _next(form, type=_choose(answer, _ask_event_type(ctx, ann, form)))


def _set_participants(ctx: Context, ann: Annotations, form: Form, answer: Answer) -> Form:
    from annotate.editing import parse

    text = str(answer).strip()
    if not text:
        given = form.values["participants"]
    elif text.lower() == "none":
        given = ()
    else:
        given = parse.participants(text)
    checked = edits.participants(ann, ctx.inventory, form.values["type"], given)
    return _next(form, participants=tuple((p.actor, p.role) for p in checked))


def _set_kind(ctx: Context, ann: Annotations, form: Form, answer: Answer) -> Form:
    return _next(form, kind=_choose(answer, _ask_kind(ctx, ann, form)))


def _set_claimant(ctx: Context, ann: Annotations, form: Form, answer: Answer) -> Form:
    text = str(answer).strip() or form.values["claimant"] or "none"
    if text.lower() in NONE:
        return _next(form, claimant=None, new_claimant=None)
    try:
        return _next(form, claimant=edits.actor(ann, text).id, new_claimant=None)
    except AnnotateError:
        pass
    offer = next((o for o in form.offers if o.name.casefold() == text.casefold()), None)
    if offer is None:
        found = tuple(picking.find(ctx.article.text, text))
        if not found:
            raise AnnotateError(f"{text!r} is neither an actor nor a name in the article; "
                                "type an actor id, a name as the article spells it, or none")
        offer = Offer(ctx.article.text[found[0][0]:found[0][1]], "person", found)
    form = _next(form, claimant=None, new_claimant=offer)
    return replace(form, todo=("claimant-type", *form.todo))


def _set_new_type(ctx: Context, ann: Annotations, form: Form, answer: Answer) -> Form:
    kind = _choose(answer, _ask_new_type(ctx, ann, form))
    return _next(form, new_claimant=replace(form.values["new_claimant"], type=kind))


def _set_checkworthy(ctx: Context, ann: Annotations, form: Form, answer: Answer) -> Form:
    text = str(answer).strip().lower()[:1] or _ask_checkworthy(ctx, ann, form).default or "y"
    if text not in ("y", "n"):
        raise AnnotateError("type y or n")
    return _next(form, checkworthy=text == "y")


def _set_verdict(ctx: Context, ann: Annotations, form: Form, answer: Answer) -> Form:
    chosen = _choose(answer, _ask_verdict(ctx, ann, form))
    return _next(form, verdict=None if chosen == "none" else chosen)


def _set_about(ctx: Context, ann: Annotations, form: Form, answer: Answer) -> Form:
    text = str(answer).replace(",", " ").strip()
    given = () if not text or text.lower() == "none" else tuple(dict.fromkeys(text.split()))
    for ref in given:
        edits.find(ann, ref)
    return _next(form, about=given)


def _set_evidence(ctx: Context, ann: Annotations, form: Form, answer: Answer) -> Form:
    text = str(answer).strip()
    if text and text.lower() != "none":
        metadata.web_url(text, "evidence")
    return _next(form, evidence=() if not text or text.lower() == "none" else (text,))


ASK = {"name": _ask_name, "type": _ask_actor_type, "mention": _ask_mention,
       "trigger": _ask_trigger, "event-type": _ask_event_type,
       "participants": _ask_participants, "span": _ask_span, "kind": _ask_kind,
       "claimant": _ask_claimant, "claimant-type": _ask_new_type,
       "checkworthy": _ask_checkworthy, "verdict": _ask_verdict, "evidence": _ask_evidence,
       "about": _ask_about}
SET = {"name": _set_name, "type": _set_actor_type, "mention": _set_span,
       "trigger": _set_span, "event-type": _set_event_type,
       "participants": _set_participants, "span": _set_span, "kind": _set_kind,
       "claimant": _set_claimant, "claimant-type": _set_new_type,
       "checkworthy": _set_checkworthy, "verdict": _set_verdict, "evidence": _set_evidence,
       "about": _set_about}


# -- building --------------------------------------------------------------------------

def _build_actor(ctx: Context, ann: Annotations, form: Form) -> list[v.Change]:
    val = form.values
    taken = val["id"] and ann.get(val["id"]) is not None
    return [v.AddActor(name=val["name"], type=val["type"], mentions=tuple(val["mentions"]),
                       aliases=tuple(val["aliases"]), id=None if taken else val["id"])]


def _build_event(ctx: Context, ann: Annotations, form: Form) -> list[v.Change]:
    val = form.values
    return [v.AddEvent(type=val["type"], trigger=val["trigger"],
                       participants=tuple(val["participants"]),
                       factuality=val.get("factuality", "asserted"))]


def _build_claim(ctx: Context, ann: Annotations, form: Form) -> list[v.Change]:
    val = form.values
    out: list[v.Change] = []
    claimant = val["claimant"]
    offer: Offer | None = val.get("new_claimant")
    if offer is not None:
        claimant = edits.actor_id(ann, offer.name, offer.type)
        out.append(v.AddActor(name=offer.name, type=offer.type, mentions=offer.mentions,
                              id=claimant))
    out.append(v.AddClaim(span=val["span"], kind=val["kind"], claimant=claimant, cue=val["cue"],
                          checkworthy=val["checkworthy"], verdict=val.get("verdict"),
                          evidence=tuple(val.get("evidence", ())),
                          about=tuple(val.get("about", ()))))
    return out


BUILD = {"actor": _build_actor, "event": _build_event, "claim": _build_claim}
