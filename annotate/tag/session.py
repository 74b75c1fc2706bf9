"""The session as a pure state machine: `apply(ctx, state, change) -> state`.

A change is a command of the edit vocabulary (`editing.vocabulary`), built by the free
command line, the scripting commands, a step machine or the full-screen workspace.
Every change goes through `editing.edits`, so all of them write the same sidecar.
Undo/redo keep whole snapshots; they are cheap because `edits` shares every unchanged
item between snapshots. Several changes applied together (`apply_all`: a claim and the
new actor who makes it) are one step of the history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotate import metadata
from annotate.article import Article
from annotate.config import Inventory
from annotate.editing import edits, fields, parse
from annotate.editing import vocabulary as v
from annotate.errors import AnnotateError
from annotate.model import Annotations
from annotate.sidecar import json_path
from annotate.visible import counted, short


@dataclass(frozen=True)
class Context:
    article: Article
    inventory: Inventory
    sidecar: Path | None = None  # where the project recommender looks for the project


@dataclass(frozen=True)
class State:
    ann: Annotations
    past: tuple[Annotations, ...] = ()
    future: tuple[Annotations, ...] = ()
    message: str = ""
    last_id: str | None = None
    focus: int | None = field(default=None)  # an offset the screen should show
    # What each step of `past` (and of `future`) did, so undo and redo say what they undid.
    said: tuple[str, ...] = ()
    unsaid: tuple[str, ...] = ()


def apply(ctx: Context, state: State, command: v.Change | str) -> State:
    """The state after `command` (a line is parsed first); raises AnnotateError, state
    unchanged, when it cannot apply."""
    if isinstance(command, str):
        parsed = parse.parse(command, ctx.article, state.ann, ctx.inventory)
        if isinstance(parsed, parse.Action):
            raise AnnotateError(f"{parsed.verb!r} does not change the annotations")
        command = parsed
    return apply_all(ctx, state, [command])


def apply_all(ctx: Context, state: State, changes: Sequence[v.Change]) -> State:
    """`changes` in order, as ONE step of the history (undo takes them all back)."""
    if len(changes) == 1 and isinstance(changes[0], v.Undo):
        if not state.past:
            raise AnnotateError("nothing to undo")
        what = state.said[-1] if len(state.said) == len(state.past) else ""
        # A rejection undone is no longer "never offered again": say what is true now.
        now = what.replace(NEVER_AGAIN, "; it is offered again")
        return replace(state, ann=state.past[-1], past=state.past[:-1],
                       future=(state.ann, *state.future), said=state.said[:-1],
                       unsaid=(what, *state.unsaid), message=_did("undone", now),
                       last_id=None)
    if len(changes) == 1 and isinstance(changes[0], v.Redo):
        if not state.future:
            raise AnnotateError("nothing to redo")
        what = state.unsaid[0] if len(state.unsaid) == len(state.future) else ""
        return replace(state, ann=state.future[0], past=(*state.past, state.ann),
                       future=state.future[1:], said=(*state.said, what),
                       unsaid=state.unsaid[1:], message=_did("redone", what), last_id=None)
    ann, item_id, messages = state.ann, None, []
    for change in changes:
        ann, item_id, message = one(ctx, ann, change)
        messages.append(message)
    return record(state, ann, item_id, "; ".join(messages))


def preview(ctx: Context, ann: Annotations, changes: Sequence[v.Change]) -> Annotations:
    """The annotations after `changes`, without a history (step machines check their
    changes with it); raises AnnotateError like `apply_all`."""
    for change in changes:
        if isinstance(change, (v.Undo, v.Redo)):
            raise AnnotateError("undo and redo need the session's history")
        ann = one(ctx, ann, change)[0]
    return ann


def record(state: State, ann: Annotations, item_id: str | None, message: str) -> State:
    """`ann` as the next state, undoable like any command."""
    item = ann.get(item_id) if item_id else None
    focus = next((s.start for _, s in item.spans()), None) if item else state.focus
    said = state.said if len(state.said) == len(state.past) else ("",) * len(state.past)
    return State(ann, (*state.past, state.ann), (), message, item_id, focus,
                 (*said, message), ())


NEVER_AGAIN = " (never offered again)"  # what a rejection says, until it is undone


def _did(verb: str, what: str) -> str:
    return f"{verb}: {what}" if what else verb


def one(ctx: Context, ann: Annotations,
        change: v.Change) -> tuple[Annotations, str | None, str]:
    """One change: the new annotations, the id of the item it is about, and a sentence
    saying exactly what changed."""
    art, inv = ctx.article, ctx.inventory
    if isinstance(change, v.AddActor):
        ann, new_id = edits.add_actor(ann, art, inv, name=change.name, type=change.type,
                                      mentions=change.mentions, aliases=change.aliases,
                                      id=change.id, note=change.note)
        return ann, new_id, f"added actor {new_id}"
    if isinstance(change, v.AddEvent):
        ann, new_id = edits.add_event(ann, art, inv, type=change.type, trigger=change.trigger,
                                      participants=change.participants,
                                      factuality=change.factuality, id=change.id,
                                      note=change.note)
        return ann, new_id, f"added event {new_id}"
    if isinstance(change, v.AddClaim):
        ann, new_id = edits.add_claim(ann, art, inv, span=change.span, kind=change.kind,
                                      claimant=change.claimant, cue=change.cue,
                                      checkworthy=change.checkworthy, verdict=change.verdict,
                                      evidence=change.evidence, about=change.about,
                                      note=change.note, id=change.id)
        return ann, new_id, f"added claim {new_id}"
    if isinstance(change, v.AddMention):
        who = edits.actor(ann, change.actor)
        had = {(m.start, m.end) for m in who.mentions}
        new = [se for se in dict.fromkeys(change.spans) if se not in had]
        if change.spans and not new:  # (it said "added 1 mention" and added nothing)
            s, e = change.spans[0]
            raise AnnotateError(f"{short(art.text[s:e])!r} at {s}-{e} is already a mention "
                                f"of {who.id}")
        for start, end in new:
            ann = edits.add_mention(ann, art, who.id, start, end)
        listed = ", ".join(f"{art.text[s:e]!r} ({s}-{e})" for s, e in new[:6])
        more = ", …" if len(new) > 6 else ""
        return ann, who.id, f"added {counted(len(new), 'mention')} to {who.id}: " \
            f"{listed}{more}"
    if isinstance(change, v.AddAlias):
        who = edits.actor(ann, change.actor)
        ann, _ = edits.set_fields(ann, art, inv, who.id, [("alias", (*who.aliases,
                                                                     *change.names))])
        return ann, who.id, f"added alias {who.id}"
    if isinstance(change, v.Edit):
        ann, said = edits.set_fields(ann, art, inv, change.item, change.changes)
        renamed = dict(change.changes).get("id")
        return ann, str(renamed or change.item), f"edited {change.item}: {'; '.join(said)}"
    if isinstance(change, v.EditDocument):
        changed = metadata.edit(ann, {name: list(values) for name, values in change.changes})
        # (what each field went from and to, as for an annotation: a value cleared is seen)
        return changed, fields.DOCUMENT, f"edited {fields.DOCUMENT}: " + "; ".join(
            edits.describe(name, ann.document, changed.document) for name, _ in change.changes)
    if isinstance(change, v.Delete):
        ann, dropped = edits.remove(ann, change.item, change.cascade)
        also = f" and dropped {counted(len(dropped), 'reference')} to it: {', '.join(dropped)}" \
            if dropped else ""
        return ann, None, f"deleted {change.item}{also}"
    if isinstance(change, v.DeleteMention):
        ann, gone = edits.remove_mentions(ann, change.actor, change.spans)
        listed = ", ".join(f"{m.text!r} ({m.start}-{m.end})" for m in gone)
        return ann, None, f"deleted {counted(len(gone), 'mention')} of {change.actor}: {listed}"
    if isinstance(change, v.Link):
        return edits.link(ann, change.claim, change.target), change.claim, \
            f"{change.claim} is about {change.target}"
    if isinstance(change, v.Merge):
        keep, other = edits.actor(ann, change.keep).id, edits.actor(ann, change.other).id
        refs = ann.references_to(other)
        merged = edits.merge_actors(ann, keep, other)
        added = len(edits.actor(merged, keep).mentions) - len(edits.actor(ann, keep).mentions)
        repointed = f"; {', '.join(refs)} now refer{'s' if len(refs) == 1 else ''} to {keep}" \
            if refs else ""
        return merged, keep, f"merged {other} into {keep} ({counted(added, 'mention')} moved" \
            f"{repointed})"
    if isinstance(change, v.Reject):
        return edits.reject(ann, change.key), None, \
            f"rejected the suggestion {change.key}" \
            f"{f' ({short(change.words)!r})' if change.words else ''}{NEVER_AGAIN}"
    if isinstance(change, v.Reanchor):
        from annotate import anchoring  # rapidfuzz, only paid for when an article changed

        counts = ", ".join(f"{n} {status}" for status, n in change.plan.counts().items())
        return anchoring.apply(ann, change.plan, art), None, \
            f"re-anchored: {counts or 'no spans'}"
    if isinstance(change, (v.SetSpan, v.Unplace, v.DropSpan)):
        return _span_change(ctx, ann, change)
    raise AnnotateError(f"{type(change).__name__} cannot be applied here")


def _span_change(ctx: Context, ann: Annotations,
                 change: v.SetSpan | v.Unplace | v.DropSpan) -> tuple[Annotations, str | None,
                                                                    str]:
    path = edits.locate(ann, change.item, change.field, change.at)
    name = f"{change.item} {json_path(path[2:])[2:]}"  # "putin mentions[1]", "call trigger"
    if isinstance(change, v.DropSpan):
        new, message = edits.drop_span(ann, path)
        return new, None, message
    if isinstance(change, v.Unplace):
        return edits.set_span(ann, path, replace(change.old, orphaned=True)), change.item, \
            f"{name} left orphaned"
    start, end = change.to
    return edits.set_span(ann, path, edits.span(ctx.article, start, end)), change.item, \
        f"re-picked {name} at {start}-{end}"
