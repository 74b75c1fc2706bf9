"""Every change to an `Annotations`, shared by `annotate tag` and `annotate add/edit/rm`.

Each operation checks everything first (ids, references, roles and types against the
inventory, spans against the article) and raises `AnnotateError` with one sentence, so
nothing is half-changed. Operations never mutate their input: they return a new
`Annotations` that shares every untouched item with the old one. That makes undo
snapshots free and lets the saver cache each item's YAML by identity.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from annotate import spans
from annotate.article import Article
from annotate.config import FACTUALITY, Inventory
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

ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
DOCUMENT = "document"  # `edit document --url ...`: the article's metadata, not an annotation
_STOP = frozenset("the a an of to in on at for and or that this was were is are be by with as "
                  "it its has have had from".split())


def shallow_copy(ann: Annotations) -> Annotations:
    return replace(ann, actors=list(ann.actors), events=list(ann.events),
                   claims=list(ann.claims))


def own(ann: Annotations, item_id: str) -> Item:
    """A private copy of one item in `ann` (already `shallow_copy`-ed), safe to mutate."""
    for section in ("actors", "events", "claims"):
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


def text_span(art: Article, text: str) -> Span:
    return span(art, *spans.pick(art, text))


def cue_span(art: Article, near: Span, text: str) -> tuple[int, int]:
    """The cue word (`said`, `according to`) in the claim's sentence(s), else anywhere."""
    if spans.is_explicit(text):
        return spans.pick(art, text)
    lo, hi = art.sentence_at(near.start).start, art.sentence_at(max(near.start, near.end - 1)).end
    found = spans.find(art.text, text, lo, hi)
    return found[0] if len(found) == 1 else spans.pick(art, text)


def check_id(ann: Annotations, item_id: str) -> str:
    if not ID.match(item_id):
        raise AnnotateError(f"id {item_id!r} must be lower-case letters, digits, '-', '_' or '.'")
    if item_id == DOCUMENT:
        raise AnnotateError(f"id {DOCUMENT!r} is reserved: `edit {DOCUMENT}` edits the "
                            "article's metadata")
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
        known = ", ".join(a.id for a in ann.actors) or "none yet"
        raise AnnotateError(f"there is no actor {ref!r} (actors: {known})")
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
                 given: Sequence[str | tuple[str, str]]) -> list[Participant]:
    """`putin:speaker` (or ('putin', 'speaker')) checked against actors and allowed roles."""
    roles = inv.event_types[event_type].roles
    out = []
    for p in given:
        if isinstance(p, str):
            if ":" not in p:
                raise AnnotateError(f"participant {p!r} must be ACTOR:ROLE, e.g. putin:speaker")
            ref, role = (x.strip() for x in p.rsplit(":", 1))
        else:
            ref, role = p
        who = actor(ann, ref)
        if role not in roles:
            raise AnnotateError(f"role {role!r} is not allowed for a {event_type!r} event; "
                                f"allowed: {', '.join(roles)}")
        out.append(Participant(who.id, role))
    return out


def add_actor(ann: Annotations, art: Article, inv: Inventory, name: str, actor_type: str,
              mentions: Sequence[tuple[int, int]], aliases: Sequence[str] = (),
              item_id: str | None = None, note: str = "") -> tuple[Annotations, str]:
    if not name.strip():
        raise AnnotateError("an actor needs a name")
    choice(actor_type, inv.actor_types, "actor type")
    item_id = check_id(ann, item_id) if item_id else actor_id(ann, name, actor_type)
    spans_ = [span(art, s, e) for s, e in spans.outermost(list(mentions))]
    new = shallow_copy(ann)
    aliases = [*aliases, *(s.text for s in spans_)]  # "Natanyahu" is a name used for him
    new.actors.append(Actor(item_id, name.strip(), actor_type, unique(aliases, name.strip()),
                            spans_, note=note))
    return new, item_id


def unique(names: Iterable[str], but: str = "") -> list[str]:
    out: list[str] = []
    for n in (n.strip() for n in names):
        if n and n != but and n not in out:
            out.append(n)
    return out


def add_mention(ann: Annotations, art: Article, ref: str, start: int, end: int) -> Annotations:
    who = actor(ann, ref)
    mention = span(art, start, end)
    new = shallow_copy(ann)
    target = own(new, who.id)
    assert isinstance(target, Actor)
    if all((m.start, m.end) != (start, end) for m in target.mentions):
        target.mentions = sorted([*target.mentions, mention], key=lambda m: m.start)
        if mention.text not in (target.name, *target.aliases):
            target.aliases = unique([*target.aliases, mention.text], target.name)
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


def add_event(ann: Annotations, art: Article, inv: Inventory, event_type: str,
              trigger: tuple[int, int], people: Sequence[str | tuple[str, str]] = (),
              factuality: str = "asserted", item_id: str | None = None,
              note: str = "") -> tuple[Annotations, str]:
    choice(event_type, inv.event_types, "event type")
    choice(factuality, FACTUALITY, "factuality")
    trig = span(art, *trigger)
    parts = participants(ann, inv, event_type, people)
    item_id = check_id(ann, item_id) if item_id else ann.new_id(trig.text)
    new = shallow_copy(ann)
    new.events.append(Event(item_id, event_type, trig, parts, factuality, note=note))
    return new, item_id


def add_claim(ann: Annotations, art: Article, inv: Inventory, where: tuple[int, int],
              kind: str, claimant: str | None = None, cue: tuple[int, int] | str | None = None,
              checkworthy: bool = True, verdict: str | None = None,
              evidence: Sequence[str] = (), about: Sequence[str] = (), note: str = "",
              item_id: str | None = None) -> tuple[Annotations, str]:
    choice(kind, inv.claim_kinds, "claim kind")
    if verdict is not None:
        choice(verdict, [v.id for v in inv.verdicts], "verdict")
    claim_span = span(art, *where)
    who = actor(ann, claimant).id if claimant else None
    if isinstance(cue, str):
        cue = cue_span(art, claim_span, cue) if cue.strip() else None
    for ref in about:
        find(ann, ref)
    item_id = check_id(ann, item_id) if item_id else _slug_from_text(ann, claim_span.text)
    new = shallow_copy(ann)
    claim = Claim(item_id, claim_span, kind, who, span(art, *cue) if cue else None,
                  checkworthy, None, [Evidence(u) for u in unique(evidence)], unique(about), note)
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


def link(ann: Annotations, claim_id: str, target: str) -> Annotations:
    """Say claim `claim_id` is about `target` (an event, actor or other claim)."""
    section, claim = find(ann, claim_id)
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


def remove(ann: Annotations, item_id: str, cascade: bool = False) -> Annotations:
    """Delete an annotation; refuse while others point at it, unless `cascade`."""
    find(ann, item_id)
    refs = ann.references_to(item_id)
    if refs and not cascade:
        raise AnnotateError(f"{item_id!r} is still referenced by {', '.join(refs)}; "
                            "remove those first or use --cascade to drop the references")
    new = shallow_copy(ann)
    for ref in refs:
        owned = own(new, ref)
        if isinstance(owned, Event):
            owned.participants = [p for p in owned.participants if p.actor != item_id]
        elif isinstance(owned, Claim):
            owned.claimant = None if owned.claimant == item_id else owned.claimant
            owned.about = [a for a in owned.about if a != item_id]
    for section in ("actors", "events", "claims"):
        setattr(new, section, [i for i in getattr(new, section) if i.id != item_id])
    return new


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
        return remove(ann, item.id), f"deleted {item.id}"
    out = shallow_copy(ann)
    owned = own(out, item.id)
    if isinstance(owned, Actor):
        del owned.mentions[int(rest[0])]
        return out, f"deleted a mention of {item.id}"
    assert isinstance(owned, Claim)
    owned.cue = None
    return out, f"deleted the cue of {item.id}"
