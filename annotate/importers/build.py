"""Labelled spans and links (the shape of `annotate.exporters.spans`) back into the model.

Each format's reader turns its files into a `Draft`; `build` maps labels through the
inventory and returns the annotations plus what it could not map, as counts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate import sidecar
from annotate.article import Article, splits
from annotate.config import FACTUALITY, Inventory
from annotate.exporters.spans import ABOUT, CLAIM, CLAIMANT, CUE, EVENT, SAME_AS
from annotate.model import Actor, Annotations, Claim, Event, Evidence, Participant, Span, slugify


@dataclass(frozen=True)
class Note:
    """One item the import changed or dropped, said on its own line: `where` names it in
    the file ("T3", "task 1, result 'r7'"), `line` is its line when the format has lines."""

    where: str
    message: str
    line: int | None = None

    def render(self, path: Path) -> str:
        at = f"{path}:{self.line}" if self.line else str(path)
        return f"{at}: {self.where}: {self.message}"


@dataclass
class Draft:
    entities: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # (start, end, label)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (head, child, label)
    attrs: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: Counter[str] = field(default_factory=Counter)  # kinds of loss -> how many
    notes: list[Note] = field(default_factory=list)  # per item: what was changed or dropped


def _pick(name: str, known: dict[str, Any], what: str, problems: Counter[str]) -> str | None:
    if name in known:
        return name
    fallback = "other" if "other" in known else next(iter(known), None)
    problems[f"{what} {name!r} not in the inventory (imported as {fallback!r})"] += 1
    return fallback


class _Ids:
    """`Annotations.new_id` for a whole import at once: the ids taken so far in a set, and
    per slug the next suffix to try, so 8,000 mentions of one name cost 8,000 steps, not
    32 million (the ids are the same as new_id's, as ids are only ever added)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.next: dict[str, int] = {}

    def new(self, name: str) -> str:
        base = slugify(name) or "item"
        candidate, n = base, self.next.get(base, 2)
        if candidate in self.taken:
            while f"{base}-{n}" in self.taken:
                n += 1
            candidate = f"{base}-{n}"
            self.next[base] = n + 1
        self.taken.add(candidate)
        return candidate


def build(draft: Draft, article: Article, sidecar_path: Path,
          inventory: Inventory) -> tuple[Annotations, Counter[str]]:
    problems = draft.problems
    ann = sidecar.new(article, sidecar_path)
    ids = _Ids()
    text = article.text
    spans: dict[str, Span] = {}
    for key, (start, end, _) in draft.entities.items():
        if not start < end:
            problems["empty or reversed spans (dropped)"] += 1
            continue
        if not 0 <= start < end <= len(text):
            problems["spans outside the article (dropped)"] += 1
            continue
        if splits(text, start) or splits(text, end):  # an accent apart from its letter, half
            # an emoji sequence: `validate` would refuse the span, and every export with it
            while splits(text, start):
                start -= 1
            while splits(text, end):
                end += 1
            problems["spans cutting a character in two (widened to the whole character)"] += 1
        if text[start:end].isspace():
            problems["spans of white space only (dropped)"] += 1
            continue
        spans[key] = Span.at(text, start, end)
    labels = {k: draft.entities[k][2] for k in spans}
    kind_of = {k: "event" if v.startswith(EVENT) else "claim" if v.startswith(CLAIM)
               else "cue" if v == CUE else "mention" for k, v in labels.items()}
    out: dict[str, list[tuple[str, str]]] = {}
    for head, child, label in draft.links:
        if head not in spans or child not in spans:
            problems["links to spans that are missing (dropped)"] += 1
        else:
            out.setdefault(head, []).append((label, child))

    # Actors: mentions joined by same-as links (union-find), in order of first mention.
    parent = {k: k for k, kind in kind_of.items() if kind == "mention"}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for head, links in out.items():
        for label, child in links:
            if label == SAME_AS and head in parent and child in parent:
                parent[root(head)] = root(child)
    groups: dict[str, list[str]] = {}
    for k in sorted(parent, key=lambda k: (spans[k].start, spans[k].end)):
        groups.setdefault(root(k), []).append(k)
    actor_of: dict[str, str] = {}
    for members in groups.values():
        attrs: dict[str, Any] = {}
        for m in members:
            attrs.update(draft.attrs.get(m, {}))
        if len({labels[m] for m in members}) > 1:  # "Equiv" over a person and a country
            problems["actors whose linked mentions have other types (typed as the first "
                     "mention)"] += 1
        first = spans[members[0]]
        name = attrs.get("name") or first.text
        actor = Actor(ids.new(name), name,
                      _pick(labels[members[0]], inventory.actor_types, "actor type", problems)
                      or labels[members[0]], list(attrs.get("aliases", [])),
                      [spans[m] for m in members], dict(attrs.get("external_ids", {})),
                      attrs.get("note", ""))
        ann.actors.append(actor)
        actor_of.update({m: actor.id for m in members})

    ordered = sorted(spans, key=lambda k: (spans[k].start, spans[k].end, k))
    item_of = dict(actor_of)
    for k in ordered:
        if kind_of[k] == "event":
            ann.events.append(Event(ids.new(spans[k].text), labels[k][len(EVENT):],
                                    spans[k]))
            item_of[k] = ann.events[-1].id
        elif kind_of[k] == "claim":
            ann.claims.append(Claim(ids.new(spans[k].text), spans[k], labels[k][len(CLAIM):],
                                    verdict=None))
            item_of[k] = ann.claims[-1].id
    events = {e.id: e for e in ann.events}
    claims = {c.id: c for c in ann.claims}
    for k in ordered:
        attrs = draft.attrs.get(k, {})
        if kind_of[k] == "event":
            _event(events[item_of[k]], out.get(k, []), attrs, actor_of, inventory, problems)
        elif kind_of[k] == "claim":
            _claim(claims[item_of[k]], out.get(k, []), attrs, spans, kind_of, item_of,
                   inventory, problems)
    # (what names an id that is not in the file, a cue no claim has: said, not lost unsaid)
    problems["notes and attributes on ids the file does not have (dropped)"] += sum(
        k not in draft.entities for k in draft.attrs)
    used = {child for links in out.values() for label, child in links if label == "cue"}
    problems["cues of no claim (dropped)"] += sum(kind == "cue" and k not in used
                                                  for k, kind in kind_of.items())
    return ann, +problems


def _event(event: Event, links: list[tuple[str, str]], attrs: dict[str, Any],
           actor_of: dict[str, str], inventory: Inventory, problems: Counter[str]) -> None:
    event.type = _pick(event.type, inventory.event_types, "event type", problems) or event.type
    roles = inventory.event_types[event.type].roles if event.type in inventory.event_types \
        else ()
    for role, child in links:
        if child not in actor_of:
            problems["event arguments other than actor mentions (dropped)"] += 1
        elif role not in roles:
            problems[f"role {role!r} not allowed for event type {event.type!r} (dropped)"] += 1
        else:
            event.participants.append(Participant(actor_of[child], role))
    event.factuality = attrs.get("factuality", "asserted")
    if event.factuality not in FACTUALITY:
        problems[f"factuality {event.factuality!r} is not one of {', '.join(FACTUALITY)} "
                 "(imported as asserted)"] += 1
        event.factuality = "asserted"
    event.time, event.place = attrs.get("time", ""), attrs.get("place", "")
    event.note = attrs.get("note", "")


def _claim(claim: Claim, links: list[tuple[str, str]], attrs: dict[str, Any],
           spans: dict[str, Span], kind_of: dict[str, str], item_of: dict[str, str],
           inventory: Inventory, problems: Counter[str]) -> None:
    claim.kind = _pick(claim.kind, inventory.claim_kinds, "claim kind", problems) or claim.kind
    for label, child in links:
        if label == CLAIMANT and kind_of[child] == "mention":
            if claim.claimant and claim.claimant != item_of[child]:
                problems["claims with a second claimant (the first kept)"] += 1
            else:
                claim.claimant = item_of[child]
        elif label == "cue" and kind_of[child] == "cue":
            if claim.cue is not None and claim.cue != spans[child]:
                problems["claims with a second cue (the first kept)"] += 1
            else:
                claim.cue = spans[child]
        elif label == ABOUT and child in item_of and item_of[child] == claim.id:
            problems["About links from a claim to itself (dropped)"] += 1
        elif label == ABOUT and child in item_of:
            if item_of[child] not in claim.about:
                claim.about.append(item_of[child])
        else:
            problems[f"claim links {label!r} to a {kind_of[child]} (dropped)"] += 1
    verdict = attrs.get("verdict")
    if verdict is not None and inventory.verdict(verdict) is None:
        problems[f"verdict {verdict!r} not in the inventory (dropped)"] += 1
        verdict = None
    claim.verdict = verdict
    claim.checkworthy = attrs.get("checkworthy", True)
    claim.evidence = [Evidence(url) for url in attrs.get("evidence", [])]
    claim.note = attrs.get("note", "")
