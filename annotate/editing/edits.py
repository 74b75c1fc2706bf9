"""Every change to an `Annotations`, shared by `annotate tag` and `annotate add/edit/rm`.

Each operation checks everything first (ids, references, roles and types against the
inventory, spans against the article) and raises `AnnotateError` with one sentence, so
nothing is half-changed. Operations never mutate their input: they return a new
`Annotations` that shares every untouched item with the old one. That makes undo
snapshots free and lets the saver cache each item's YAML by identity. Destructive
operations say what they removed, so a person is never left guessing.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from annotate import metadata
from annotate.article import Article
from annotate.config import FACTUALITY, Inventory
from annotate.editing import fields, picking
from annotate.errors import AnnotateError
from annotate.model import (
    Actor,
    Annotations,
    Claim,
    Event,
    Evidence,
    Item,
    Participant,
    Span,
    slugify,
)
from annotate.visible import short

ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_STOP = frozenset("the a an of to in on at for and or that this was were is are be by with as "
                  "it its has have had from".split())
Where = tuple[int, int]


def shallow_copy(ann: Annotations) -> Annotations:
    return replace(ann, actors=list(ann.actors), events=list(ann.events),
                   claims=list(ann.claims), rejected=list(ann.rejected))


def own(ann: Annotations, item_id: str) -> Item:
    """A private copy of one item in `ann` (already `shallow_copy`-ed), safe to mutate."""
    for section in fields.SECTIONS:
        items = getattr(ann, section)
        for i, item in enumerate(items):
            if item.id == item_id:
                items[i] = copy.deepcopy(item)
                return items[i]  # type: ignore[no-any-return]
    raise AnnotateError(f"there is no annotation with id {item_id!r}")


def find(ann: Annotations, item_id: str) -> tuple[str, Item]:
    for section, _, item in ann.items():
        if item.id == item_id:
            return section, item
    raise AnnotateError(f"there is no annotation with id {item_id!r}")


def span(art: Article, start: int, end: int) -> Span:
    if not 0 <= start < end <= art.length:
        raise AnnotateError(f"span {start}-{end} is outside the article (0-{art.length})")
    return Span.at(art.text, start, end)


_span = span  # the add_* functions take a keyword argument of that name


def check_id(ann: Annotations, item_id: str) -> str:
    if not ID.match(item_id):
        raise AnnotateError(f"id {item_id!r} must be lower-case letters, digits, '-', '_' or '.'")
    if item_id == fields.DOCUMENT:
        raise AnnotateError(f"id {fields.DOCUMENT!r} is reserved: `edit {fields.DOCUMENT}` edits "
                            "the article's metadata")
    if ann.get(item_id) is not None:
        raise AnnotateError(f"id {item_id!r} is already used")
    return item_id


def choice(value: str, allowed: Iterable[str], what: str) -> str:
    allowed = list(allowed)
    if value not in allowed:
        raise AnnotateError(f"{what} {value!r} is not in the inventory; allowed: "
                            + ", ".join(allowed))
    return value


def actor(ann: Annotations, ref: str) -> Actor:
    """An actor by id, or by a name or alias that names exactly one actor."""
    found = next((a for a in ann.actors if a.id == ref), None)
    if found is None:
        key = ref.casefold()
        named = [a for a in ann.actors if key in {n.casefold() for n in (a.name, *a.aliases)}]
        if len(named) == 1:
            found = named[0]
    if found is None:
        known = ", ".join(a.id for a in ann.actors[:12]) or "none yet"
        more = ", …" if len(ann.actors) > 12 else ""
        raise AnnotateError(f"there is no actor {ref!r} (actors: {known}{more})")
    return found


def actor_id(ann: Annotations, name: str, actor_type: str) -> str:
    """'Vladimir Putin' (person) -> 'putin'; 'The Kremlin' -> 'kremlin'."""
    words = [w for w in slugify(name, 8).split("-") if w]
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    base = words[-1] if actor_type == "person" and words else "-".join(words[:4])
    return ann.new_id(base or "actor")


def _slug_from_text(ann: Annotations, text: str) -> str:
    words = [w for w in slugify(text, 40).split("-") if w and w not in _STOP]
    return ann.new_id("-".join(words[:4]) or "claim")


def participants(ann: Annotations, inv: Inventory, event_type: str,
                 given: Sequence[tuple[str, str]]) -> list[Participant]:
    """(actor, role) pairs checked against the actors and the roles the type allows."""
    roles = inv.event_types[event_type].roles
    out: list[Participant] = []
    for ref, role in given:
        who = actor(ann, ref)
        if role not in roles:
            raise AnnotateError(f"role {role!r} is not allowed for a {event_type!r} event; "
                                f"allowed: {', '.join(roles)}")
        if Participant(who.id, role) in out:  # (validate warns of it: duplicate-participant)
            raise AnnotateError(f"participant {who.id}:{role} is given more than once")
        out.append(Participant(who.id, role))
    return out


_participants = participants


def unique(names: Iterable[str], but: str = "") -> list[str]:
    out: list[str] = []
    for n in (n.strip() for n in names):
        if n and n != but and n not in out:
            out.append(n)
    return out


# -- adding ----------------------------------------------------------------------------

def add_actor(ann: Annotations, art: Article, inv: Inventory, *, name: str, type: str,
              mentions: Sequence[Where], aliases: Sequence[str] = (),
              id: str | None = None, note: str = "") -> tuple[Annotations, str]:
    if not name.strip():
        raise AnnotateError("an actor needs a name")
    choice(type, inv.actor_types, "actor type")
    item_id = check_id(ann, id) if id else actor_id(ann, name, type)
    spans = [span(art, s, e) for s, e in picking.outermost(list(mentions))]
    taken = {(m.start, m.end): a for a in ann.actors for m in a.mentions} if spans else {}
    for s in spans:  # (one name is one actor's: a second actor on the same words is a slip)
        other = taken.get((s.start, s.end))  # (one look-up each: not a scan per mention)
        if other is not None:
            raise AnnotateError(f"{short(s.text)!r} at {s.start}-{s.end} is already a mention "
                                f"of {other.id}")
    new = shallow_copy(ann)
    names = [*aliases, *(s.text for s in spans)]  # "Natanyahu" is a name used for him
    new.actors.append(Actor(item_id, name.strip(), type, unique(names, name.strip()),
                            spans, note=note))
    return new, item_id


def add_mention(ann: Annotations, art: Article, ref: str, start: int, end: int) -> Annotations:
    who = actor(ann, ref)
    mention = span(art, start, end)
    inside = next((m for m in who.mentions if m.start < end and start < m.end
                   and (m.start, m.end) != (start, end)), None)
    if inside is not None:
        raise AnnotateError(f"{short(mention.text)!r} at {start}-{end} overlaps {who.id}'s "
                            f"mention {short(inside.text)!r} at {inside.start}-{inside.end}")
    new = shallow_copy(ann)
    target = own(new, who.id)
    assert isinstance(target, Actor)
    if all((m.start, m.end) != (start, end) for m in target.mentions):
        target.mentions = sorted([*target.mentions, mention], key=lambda m: m.start)
        if mention.text not in (target.name, *target.aliases):
            target.aliases = unique([*target.aliases, mention.text], target.name)
    return new


def add_event(ann: Annotations, art: Article, inv: Inventory, *, type: str, trigger: Where,
              participants: Sequence[tuple[str, str]] = (), factuality: str = "asserted",
              id: str | None = None, note: str = "") -> tuple[Annotations, str]:
    choice(type, inv.event_types, "event type")
    choice(factuality, FACTUALITY, "factuality")
    trig = span(art, *trigger)
    parts = _participants(ann, inv, type, participants)
    item_id = check_id(ann, id) if id else ann.new_id(trig.text)
    new = shallow_copy(ann)
    new.events.append(Event(item_id, type, trig, parts, factuality, note=note))
    return new, item_id


def _evidence(urls: Sequence[str], had: Sequence[Evidence]) -> list[Evidence]:
    """Evidence is a web address, as the field says: "not checked" or a file name was
    taken in silence, and a ClaimReview or report then linked to it. (One the claim
    already has is kept as it is: a hand-edited sidecar's.)"""
    kept = {e.url: e for e in had}
    return [kept.get(u) or Evidence(metadata.web_url(u, "evidence")) for u in unique(urls)]


def add_claim(ann: Annotations, art: Article, inv: Inventory, *, span: Where, kind: str,
              claimant: str | None = None, cue: Where | None = None, checkworthy: bool = True,
              verdict: str | None = None, evidence: Sequence[str] = (),
              about: Sequence[str] = (), note: str = "",
              id: str | None = None) -> tuple[Annotations, str]:
    choice(kind, inv.claim_kinds, "claim kind")
    if verdict is not None:
        choice(verdict, [v.id for v in inv.verdicts], "verdict")
    claim_span = _span(art, *span)
    who = actor(ann, claimant).id if claimant else None
    for ref in about:
        find(ann, ref)
    item_id = check_id(ann, id) if id else _slug_from_text(ann, claim_span.text)
    new = shallow_copy(ann)
    claim = Claim(item_id, claim_span, kind, who, _span(art, *cue) if cue else None,
                  checkworthy, None, _evidence(evidence, []), unique(about),
                  note)
    give_verdict(claim, verdict)
    new.claims.append(claim)
    return new, item_id


def give_verdict(claim: Claim, verdict: str | None, today: str | None = None) -> None:
    """Set the verdict of a claim this edit owns. A changed verdict records the day it was
    given (`reviewed`: ClaimReview's datePublished), so a published review carries the
    date of the judgement, not of the file; clearing the verdict clears the date."""
    if verdict == claim.verdict:
        return
    claim.verdict = verdict
    claim.reviewed = None if verdict is None else (today or date.today().isoformat())


def reject(ann: Annotations, key: str) -> Annotations:
    """Record a rejected suggestion, so it is never offered again."""
    if key in ann.rejected:
        return ann
    new = shallow_copy(ann)
    new.rejected.append(key)
    return new


# -- linking, merging, removing --------------------------------------------------------

def link(ann: Annotations, claim_id: str, target: str) -> Annotations:
    """Say claim `claim_id` is about `target` (an event, actor or other claim)."""
    section, _ = find(ann, claim_id)
    if section != "claims":
        raise AnnotateError(f"{claim_id!r} is not a claim; only claims link to what they are about")
    find(ann, target)
    if target == claim_id:
        raise AnnotateError("a claim cannot be about itself")
    new = shallow_copy(ann)
    owned = own(new, claim_id)
    assert isinstance(owned, Claim)
    owned.about = unique([*owned.about, target])
    return new


def merge_actors(ann: Annotations, keep: str, other: str) -> Annotations:
    """Fold actor `other` into `keep`: mentions, name and aliases; references repointed."""
    kept, gone = actor(ann, keep), actor(ann, other)
    if kept.id == gone.id:
        raise AnnotateError("cannot merge an actor into itself")
    new = shallow_copy(ann)
    target = own(new, kept.id)
    assert isinstance(target, Actor)
    known = {(m.start, m.end) for m in target.mentions}
    target.mentions = sorted([*target.mentions,
                              *(m for m in gone.mentions if (m.start, m.end) not in known)],
                             key=lambda m: m.start)
    target.aliases = unique([*target.aliases, gone.name, *gone.aliases], target.name)
    new = rename_refs(new, gone.id, kept.id)
    new.actors = [a for a in new.actors if a.id != gone.id]
    return new


class StillReferenced(AnnotateError):
    """An item others point at, refused without `cascade` (the workspace names its own
    command for it)."""

    def __init__(self, item_id: str, refs: list[str]) -> None:
        super().__init__(f"{item_id!r} is still referenced by {', '.join(refs)}; remove those "
                         "first or use --cascade to drop the references")
        self.item_id, self.refs = item_id, refs


def remove(ann: Annotations, item_id: str, cascade: bool = False) -> tuple[Annotations, list[str]]:
    """Delete an annotation; refuse while others point at it, unless `cascade`.
    Returns the new annotations and the references dropped ("claimant of un-vote")."""
    find(ann, item_id)
    refs = ann.references_to(item_id)
    if refs and not cascade:
        raise StillReferenced(item_id, refs)
    new = shallow_copy(ann)
    dropped: list[str] = []
    for ref in refs:
        owned = own(new, ref)
        if isinstance(owned, Event):
            dropped += [f"participant {p.actor}:{p.role} of {ref}" for p in owned.participants
                        if p.actor == item_id]
            owned.participants = [p for p in owned.participants if p.actor != item_id]
        elif isinstance(owned, Claim):
            if owned.claimant == item_id:
                dropped.append(f"claimant of {ref}")
                owned.claimant = None
            if item_id in owned.about:
                dropped.append(f"about of {ref}")
                owned.about = [a for a in owned.about if a != item_id]
    for section in fields.SECTIONS:
        setattr(new, section, [i for i in getattr(new, section) if i.id != item_id])
    return new, dropped


def remove_mentions(ann: Annotations, ref: str, where: Sequence[Where]) -> tuple[Annotations,
                                                                                 list[Span]]:
    """Delete the mentions of one actor at `where`; returns the mentions removed."""
    who = actor(ann, ref)
    wanted = set(where)
    gone = [m for m in who.mentions if (m.start, m.end) in wanted]
    if not gone:
        raise AnnotateError(f"actor {who.id!r} has no mention there")
    new = shallow_copy(ann)
    owned = own(new, who.id)
    assert isinstance(owned, Actor)
    owned.mentions = [m for m in owned.mentions if (m.start, m.end) not in wanted]
    return new, gone


def rename_refs(ann: Annotations, old: str, new_id: str) -> Annotations:
    for ref in ann.references_to(old):
        owned = own(ann, ref)
        if isinstance(owned, Event):
            for p in owned.participants:
                p.actor = new_id if p.actor == old else p.actor
        elif isinstance(owned, Claim):
            owned.claimant = new_id if owned.claimant == old else owned.claimant
            owned.about = [new_id if a == old else a for a in owned.about]
    return ann


# -- setting fields (`edit`) -----------------------------------------------------------

def set_fields(ann: Annotations, art: Article, inv: Inventory, item_id: str,
               changes: Sequence[tuple[str, Any]]) -> tuple[Annotations, list[str]]:
    """Set fields from typed values (`editing.fields` says which), checked like an add.
    A list field is replaced by the values given; None clears an optional field. Returns
    the new annotations and one line per field saying what changed."""
    section, before = find(ann, item_id)
    allowed = fields.names(section)
    for name, _ in changes:
        if name not in allowed:
            raise AnnotateError(f"{section[:-1]}s have no field {name!r}; fields: "
                                + ", ".join(allowed))
    if not changes:
        raise AnnotateError(f"nothing to change; give one of --{', --'.join(allowed)}")
    new = shallow_copy(ann)
    item = own(new, item_id)
    # A verdict records today as its review date; a `reviewed` given with it wins.
    for name, value in sorted(changes, key=lambda change: change[0] == "reviewed"):
        if name != "id":
            _set(new, art, inv, item, name, value)
    said = [describe(name, before, item) for name in dict(changes) if name != "id"]
    if isinstance(item, Claim) and isinstance(before, Claim) and "text" in dict(changes) \
            and "verdict" not in dict(changes) and item.verdict not in (None, "unverified"):
        # A verdict moved onto other words is to be checked again, as after re-anchoring.
        given_for = before.recheck or before.span.text
        item.recheck = None if item.span.text == given_for else given_for
        if item.recheck and not before.recheck:
            said.append(f"verdict {item.verdict!r} to re-check (it was given for other words)")
    new_id = dict(changes).get("id")
    if "id" in dict(changes) and not new_id:
        raise AnnotateError("--id needs the new id; an annotation's id cannot be empty")
    if new_id and new_id != item_id:
        item.id = check_id(new, str(new_id))
        refs = new.references_to(item_id)
        new = rename_refs(new, item_id, item.id)
        said.insert(0, f"id {item_id} → {item.id}" + (f" (renamed in {', '.join(refs)})"
                                                      if refs else ""))
    return new, said


def _set(ann: Annotations, art: Article, inv: Inventory, item: Item, name: str,
         value: Any) -> None:
    if name in ("note", "time", "place"):
        setattr(item, name, value or "")
    elif isinstance(item, Actor):
        if name == "name":
            if not value.strip():  # (an unset shell variable: said, not taken as "unchanged")
                raise AnnotateError("--name needs the new name; an actor's name cannot be empty")
            item.name = value.strip()
        elif name == "type":
            item.type = choice(value, inv.actor_types, "actor type")
        elif name == "alias":
            item.aliases = unique(value, item.name)
        elif name == "mention":
            item.mentions = [span(art, s, e) for s, e in picking.outermost(list(value))]
    elif isinstance(item, Event):
        if name == "type":
            item.type = choice(value, inv.event_types, "event type")
            participants(ann, inv, item.type, [(p.actor, p.role) for p in item.participants])
        elif name == "trigger":
            item.trigger = span(art, *value)
        elif name == "participant":
            item.participants = participants(ann, inv, item.type, value)
        elif name == "factuality":
            item.factuality = choice(value, FACTUALITY, "factuality")
    elif isinstance(item, Claim):
        _set_claim(ann, art, inv, item, name, value)


def _set_claim(ann: Annotations, art: Article, inv: Inventory, item: Claim, name: str,
               value: Any) -> None:
    if name == "text":
        item.span = span(art, *value)
    elif name == "kind":
        item.kind = choice(value, inv.claim_kinds, "claim kind")
    elif name == "claimant":
        item.claimant = None if value is None else actor(ann, value).id
    elif name == "cue":
        item.cue = None if value is None else span(art, *value)
    elif name == "checkworthy":
        item.checkworthy = bool(value)
    elif name == "verdict":
        give_verdict(item, None if value is None else
                     choice(value, [v.id for v in inv.verdicts], "verdict"))
    elif name == "evidence":
        item.evidence = _evidence(value, item.evidence)
    elif name == "about":
        for ref in value:
            find(ann, ref)
        if item.id in value:
            raise AnnotateError(f"claim {item.id!r} cannot be about itself")
        item.about = unique(value)
    elif name == "reviewed":
        item.reviewed = None if value is None else metadata.iso_date(value, "reviewed")
    elif name == "review-url":
        item.review_url = None if value is None else metadata.web_url(value, "review-url")
    elif name == "recheck":
        item.recheck = None


_ATTRIBUTES = {"alias": "aliases", "mention": "mentions", "participant": "participants",
               "text": "span", "review-url": "review_url", "author": "authors"}


def describe(name: str, before: object, after: object) -> str:
    """`kind: factual → quantity`; `mentions: dropped 'Putin' (1476-1481); added …`."""
    attribute = _ATTRIBUTES.get(name, name)
    old, new = getattr(before, attribute), getattr(after, attribute)
    if isinstance(old, list):
        shown = [_show(v) for v in old], [_show(v) for v in new]
        dropped = [v for v in shown[0] if v not in shown[1]]
        added = [v for v in shown[1] if v not in shown[0]]
        parts = ([f"dropped {', '.join(dropped)}"] if dropped else []) + \
            ([f"added {', '.join(added)}"] if added else [])
        return f"{attribute}: {'; '.join(parts) or 'unchanged'}"
    if old == new:
        return f"{attribute}: unchanged"
    return f"{attribute}: {_show(old)} → {_show(new)}"


def _show(value: object) -> str:
    if isinstance(value, Span):
        return f"{short(value.text)!r} ({value.start}-{value.end})"
    if isinstance(value, Participant):
        return f"{value.actor}:{value.role}"
    if isinstance(value, Evidence):
        return value.url
    if value is None or value == "":
        return "none"
    # (a long note or text is cut: the message is one line, not the whole old note)
    return repr(short(value, 60)) if isinstance(value, str) else str(value)



# -- spans by path (the review after re-anchoring) ---------------------------------------

def locate(ann: Annotations, item_id: str, field: str, at: Where) -> tuple[str | int, ...]:
    """The JSON path of the span in `field` of `item_id` now at `at`."""
    for section, index, item in ann.items():
        if item.id == item_id:
            for sub, found in item.spans():
                if sub[0] == field and (found.start, found.end) == tuple(at):
                    return section, index, *sub
            raise AnnotateError(f"{item_id!r} has no {field} at {at[0]}-{at[1]} any more")
    raise AnnotateError(f"there is no annotation with id {item_id!r}")


def set_span(ann: Annotations, path: tuple[str | int, ...], new: Span) -> Annotations:
    """The span at JSON path `path` (as `Annotations.spans()` gives it) replaced by `new`:
    a re-picked span, or an old one kept as orphaned."""
    section, index, name, *rest = path
    item = getattr(ann, str(section))[int(index)]
    out = shallow_copy(ann)
    owned = own(out, item.id)
    if isinstance(owned, Actor) and name == "mentions":
        i = int(rest[0])
        if not new.orphaned and any((m.start, m.end) == (new.start, new.end) and j != i
                                    for j, m in enumerate(owned.mentions)):
            raise AnnotateError(f"{item.id!r} already has a mention at {new.start}-{new.end}")
        owned.mentions[i] = new
        if not new.orphaned and new.text not in (owned.name, *owned.aliases):
            owned.aliases = unique([*owned.aliases, new.text], owned.name)
    elif name in ("trigger", "span", "cue"):
        setattr(owned, str(name), new)
    else:
        raise AnnotateError(f"no span at {path}")
    return out


def drop_span(ann: Annotations, path: tuple[str | int, ...]) -> tuple[Annotations, str]:
    """Delete a mention or a cue; for a trigger or a claim's span, the whole annotation
    (refused while others refer to it). Returns the new annotations and what went."""
    section, index, name, *rest = path
    item = getattr(ann, str(section))[int(index)]
    if name not in ("mentions", "cue"):
        return remove(ann, item.id)[0], f"deleted {item.id}"
    out = shallow_copy(ann)
    owned = own(out, item.id)
    if isinstance(owned, Actor):
        gone = owned.mentions.pop(int(rest[0]))
        return out, f"deleted the mention {short(gone.text)!r} ({gone.start}-{gone.end}) of " \
            f"{item.id}"
    assert isinstance(owned, Claim)
    owned.cue = None
    return out, f"deleted the cue of {item.id}"
