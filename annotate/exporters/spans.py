"""The model flattened into labelled spans and links between them.

Span-labelling tools (brat, doccano, Label Studio, Prodigy, CoNLL) know spans with a
label and directed links between spans, nothing else. This module is the one mapping
both ways share (the importers read the same labels back):

- an actor mention is labelled with the actor type (`person`); every further mention of
  the same actor links to its first mention with `same-as` (so the actor survives);
- an event trigger is `event:<type>`, linked to one mention of each participant
  (the one nearest the trigger) with the role as label;
- a claim span is `claim:<kind>`, linked to the claimant's nearest mention
  (`claimant`), to its cue (`cue`), and to what it is `about` (an event's trigger,
  another claim's span, or an actor's nearest mention);
- a cue is `cue` (one span even when several claims share it).

Everything else (names, aliases, notes, verdicts, ...) is returned per span as
attributes, so each format can keep what it can hold and count the rest as lost.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from annotate.model import Actor, Annotations, Span

EVENT, CLAIM, CUE = "event:", "claim:", "cue"
SAME_AS, CLAIMANT, ABOUT = "same-as", "claimant", "about"

# Attributes a span-labelling format may or may not hold, with the words used to
# report them when it cannot.
ATTRIBUTES = {
    "name": "actor names (other than the first mention's text)",
    "aliases": "actor aliases",
    "external_ids": "actor external ids",
    "note": "notes",
    "factuality": "event factuality values (other than asserted)",
    "time": "event times",
    "place": "event places",
    "verdict": "claim verdicts",
    "checkworthy": "claims marked not check-worthy",
    "evidence": "claim evidence links",
}


@dataclass
class Entity:
    key: str
    start: int
    end: int
    text: str
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Link:
    head: str
    child: str
    label: str


@dataclass
class Flat:
    entities: list[Entity]
    links: list[Link]
    losses: Counter[str]  # what no span format can hold (ids, unmentioned actors, ...)


def nearest(actor: Actor, offset: int) -> int | None:
    """Index of the actor's mention closest to `offset`, or None if it has none."""
    usable = [i for i, m in enumerate(actor.mentions) if not m.orphaned]
    return min(usable, key=lambda i: (abs(actor.mentions[i].start - offset), i), default=None)


def flatten(ann: Annotations) -> Flat:
    entities: dict[str, Entity] = {}
    links: list[Link] = []
    losses: Counter[str] = Counter()
    actors = {a.id: a for a in ann.actors}

    def add(key: str, span: Span, label: str, attrs: dict[str, Any] | None = None) -> bool:
        if span.orphaned:
            losses["orphaned spans (their text is no longer in the article)"] += 1
            return False
        entities.setdefault(key, Entity(key, span.start, span.end, span.text, label, {}))
        entities[key].attrs.update(attrs or {})
        return True

    def actor_ref(actor_id: str, offset: int) -> str | None:
        actor = actors.get(actor_id)
        index = nearest(actor, offset) if actor else None
        if actor is None or index is None:
            losses["references to actors without mentions"] += 1
            return None
        return f"{actor_id}#{index}"

    for actor in ann.actors:
        first = nearest(actor, -1)
        if first is None:
            losses["actors without mentions"] += 1
            continue
        attrs: dict[str, Any] = {}
        if actor.name != actor.mentions[first].text:
            attrs["name"] = actor.name
        for key in ("aliases", "external_ids", "note"):
            if getattr(actor, key):
                attrs[key] = getattr(actor, key)
        for i, mention in enumerate(actor.mentions):
            if add(f"{actor.id}#{i}", mention, actor.type, attrs if i == first else None) \
                    and i != first:
                links.append(Link(f"{actor.id}#{i}", f"{actor.id}#{first}", SAME_AS))

    for event in ann.events:
        attrs = {k: getattr(event, k) for k in ("time", "place", "note") if getattr(event, k)}
        if event.factuality != "asserted":
            attrs["factuality"] = event.factuality
        if not add(event.id, event.trigger, EVENT + event.type, attrs):
            continue
        for p in event.participants:
            ref = actor_ref(p.actor, event.trigger.start)
            if ref:
                links.append(Link(event.id, ref, p.role))

    kinds = {c.id: "claim" for c in ann.claims} | {e.id: "event" for e in ann.events}
    for claim in ann.claims:
        attrs = {}
        if claim.verdict is not None:
            attrs["verdict"] = claim.verdict
        if not claim.checkworthy:
            attrs["checkworthy"] = False
        if claim.evidence:
            attrs["evidence"] = [e.url for e in claim.evidence]
        if claim.note:
            attrs["note"] = claim.note
        if not add(claim.id, claim.span, CLAIM + claim.kind, attrs):
            continue
        if claim.claimant:
            ref = actor_ref(claim.claimant, claim.span.start)
            if ref:
                links.append(Link(claim.id, ref, CLAIMANT))
        if claim.cue is not None:
            cue_key = f"cue@{claim.cue.start}-{claim.cue.end}"
            if add(cue_key, claim.cue, CUE):
                links.append(Link(claim.id, cue_key, "cue"))
        for target in claim.about:
            ref = target if target in kinds else actor_ref(target, claim.span.start)
            if ref:
                links.append(Link(claim.id, ref, ABOUT))

    # Links to events or claims whose span was orphaned point at nothing.
    kept = [link for link in links if link.child in entities]
    losses["links to orphaned spans"] += len(links) - len(kept)
    losses["ids (regenerated from names and text on import)"] += sum(1 for _ in ann.items())
    ordered = sorted(entities.values(), key=lambda e: (e.start, e.end, e.label, e.key))
    return Flat(ordered, kept, +losses)


def attribute_losses(flat: Flat, holds: frozenset[str] = frozenset()) -> Counter[str]:
    """Count the attributes a format cannot hold, on top of what flattening lost."""
    lost = Counter(flat.losses)
    for entity in flat.entities:
        for key in entity.attrs:
            if key not in holds:
                lost[ATTRIBUTES[key]] += 1
    return lost


def overlaps(spans: list[tuple[int, int]]) -> int:
    """How many spans overlap another one."""
    ordered = sorted(spans)
    touched: set[int] = set()
    reach, holder = -1, -1  # the furthest end so far, and whose it is
    for i, (start, end) in enumerate(ordered):
        if start < reach:
            touched.update((i, holder))
        if end > reach:
            reach, holder = end, i
    return len(touched)
