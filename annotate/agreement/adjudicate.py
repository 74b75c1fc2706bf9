"""Adjudication as a pure step machine: state + answer -> next state; no I/O.

A front end (the prompt dialogue in `dialogue`, or a full-screen workspace) loops:

    state = start(ann)
    while (q := question(state)) is not None:
        show q.disagreement (its versions side by side), ask for an answer
        state = answer(ctx, state, text)   # AnnotateError: say it, ask again
        if state.changed: save state.ann   # every decision is autosaved
    # no disagreement left: validate

Answers (the same words in every front end):
    N                  take version N (1, 2, ...): it replaces the item, `sources` are its
                       annotators; a version that is "not tagged" drops the item
    e N --FIELD VALUE  take version N, then edit fields as `annotate edit` does
                       (e 2 --type group; e 1 --claimant none --verdict mixed)
    Take(N, changes)   the same with the fields already typed (a front end's form)
    d [--cascade]      drop the item (refused while other items refer to it, unless
                       --cascade, which removes those references)
    s                  skip: come back to it after the others
    u                  undo the last decision (decisions are snapshots; nothing is lost)

Taking a version whose references point at items no longer in the sidecar (dropped
actors, say) removes those participants and `about` links and says so; a claimant that
is not there is refused: take that actor's version first, or edit the claimant.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace

from annotate.editing import edits, parse, picking, vocabulary
from annotate.editing.vocabulary import Value, Where
from annotate.errors import AnnotateError
from annotate.model import Actor, Annotations, Claim, Disagreement, Event, Item, Version
from annotate.tag.session import Context

HELP = """\
  N                  take version N as it is (1, 2, ...)
  e N --FIELD VALUE  take version N and change fields: e 2 --type group, e 1 --verdict mixed
                     (fields as in `annotate edit`: name, type, alias, mention, trigger,
                     participant, factuality, text, kind, claimant, cue, checkworthy, ...)
  d                  drop the item (d --cascade also removes references to it)
  s                  skip it for now; u undoes the last decision; q quits (all is saved)"""


@dataclass(frozen=True)
class Take:
    """Take version `number` (1-based), then set `changes`: typed values as in the edit
    vocabulary's `Edit` (`("type", "group")`, `("participant", (("putin", "speaker"),))`)."""

    number: int
    changes: tuple[tuple[str, Value], ...] = ()


@dataclass(frozen=True)
class State:
    ann: Annotations
    past: tuple[Annotations, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()  # (section, id), in the order skipped
    message: str = ""
    changed: bool = False  # the last answer changed `ann`: save it
    decided: tuple[str, ...] = ()  # what each decision in `past` did, for undo to say


@dataclass(frozen=True)
class Question:
    disagreement: Disagreement
    number: int  # 1-based, among the open ones
    total: int
    current: Item | None  # the item standing in the sidecar now (the most common version)

    @property
    def choices(self) -> tuple[str, ...]:
        return (*(str(n) for n in range(1, len(self.disagreement.versions) + 1)),
                "e", "d", "s", "u")


@dataclass(frozen=True)
class Row:
    """One field of the versions side by side: its values (one per version, "" where a
    version has none) and whether the versions that have the item differ on it."""

    name: str
    values: tuple[str, ...]
    differs: bool


def fields_of(item: Item | None) -> dict[str, str]:
    """The fields a person compares, as text."""
    if item is None:
        return {}
    if isinstance(item, Actor):
        return {"name": item.name, "type": item.type,
                "mentions": "\n".join(f"{m.start}-{m.end} {m.text}" for m in item.mentions),
                "aliases": ", ".join(item.aliases), "note": item.note}
    if isinstance(item, Event):
        return {"trigger": f"{item.trigger.start}-{item.trigger.end} {item.trigger.text}",
                "type": item.type, "factuality": item.factuality,
                "participants": "\n".join(f"{p.actor}: {p.role}" for p in item.participants),
                "time": item.time, "place": item.place, "note": item.note}
    assert isinstance(item, Claim)
    return {"span": f"{item.span.start}-{item.span.end} {item.span.text}", "kind": item.kind,
            "claimant": item.claimant or "(the outlet)",
            "checkworthy": "yes" if item.checkworthy else "no", "verdict": item.verdict or "-",
            "cue": item.cue.text if item.cue else "", "about": ", ".join(item.about),
            "note": item.note}


def compared(d: Disagreement) -> list[Row]:
    """The versions of `d` field by field (fields no version fills are left out)."""
    shown = [fields_of(v.item) for v in d.versions]
    out = []
    for name in dict.fromkeys(k for r in shown for k in r):
        values = tuple(r.get(name, "") for r in shown)
        if any(values):
            tagged = {value for value, r in zip(values, shown, strict=True) if r}
            out.append(Row(name, values, len(tagged) > 1))
    return out


def disputed(d: Disagreement) -> list[Where]:
    """The spans the versions do not all share (a mention only one annotator tagged, two
    different claim spans), in text order; all of them when every version has the same."""
    spans = [{(s.start, s.end) for _, s in v.item.spans() if not s.orphaned}
             if v.item is not None else set() for v in d.versions]
    everywhere = set.intersection(*spans) if spans else set()
    some = set().union(*spans)
    return sorted(some - everywhere) or sorted(some)


def key(d: Disagreement) -> tuple[str, str]:
    return d.section, d.id


def start(ann: Annotations) -> State:
    return State(ann)


def _queue(state: State) -> list[Disagreement]:
    open_ = state.ann.disagreements
    skipped = [k for k in state.skipped if any(key(d) == k for d in open_)]
    rest = [d for d in open_ if key(d) not in skipped]
    return rest + [next(d for d in open_ if key(d) == k) for k in skipped]


def question(state: State) -> Question | None:
    """The next disagreement to decide, or None when none is left."""
    queue = _queue(state)
    if not queue:
        return None
    d = queue[0]
    number = state.ann.disagreements.index(d) + 1
    current = next((i for i in getattr(state.ann, d.section) if i.id == d.id), None)
    return Question(d, number, len(queue), current)


def answer(ctx: Context, state: State, text: str | Take) -> State:
    """The state after one answer; raises AnnotateError (state unchanged) when it cannot
    be carried out."""
    q = question(state)
    if isinstance(text, Take):
        if q is None:
            raise AnnotateError("no disagreement is left")
        return _take(ctx, state, q.disagreement, text)
    words = text.strip().split()
    if not words:
        raise AnnotateError("type a version number, e N, d, s or u (? for help)")
    verb = words[0].lower()
    if verb in ("u", "undo"):
        if not state.past:
            raise AnnotateError("nothing to undo")
        return replace(state, ann=state.past[-1], past=state.past[:-1],
                       decided=state.decided[:-1], changed=True,
                       message=f"undone: {state.decided[-1]}" if state.decided else "undone")
    if q is None:
        raise AnnotateError("no disagreement is left")
    d = q.disagreement
    if verb in ("s", "skip"):
        skipped = tuple(k for k in state.skipped if k != key(d)) + (key(d),)
        return replace(state, skipped=skipped, message=f"skipped {_name(d)}", changed=False)
    if verb in ("d", "drop"):
        cascade = "--cascade" in words[1:]
        return _decided(state, _drop(state.ann, d, cascade), f"dropped {_name(d)}")
    if (chosen := picking.number(verb)) is not None:
        return _take(ctx, state, d, Take(chosen))
    if verb in ("e", "edit"):
        # the command loop's syntax: quotes, --field value, --field=value
        _, args, options = parse.split(text)
        chosen = picking.number(args[0]) if args else None
        if chosen is None:
            raise AnnotateError("e needs a version number, then fields: e 2 --type group")
        ann, _ = take(state.ann, d, _editable(d, chosen))
        change = parse.edit(ctx.article, ann, d.id, options)
        assert not isinstance(change, vocabulary.EditDocument)  # d.id is an item's
        return _take(ctx, state, d, Take(chosen, change.changes))
    raise AnnotateError(f"{text.strip()!r} is not an answer; type a version number, e N, d, "
                        "s or u (? for help)")


def whose(annotators: list[str]) -> str:
    """Who gave a version, before "'s": "alice", "alice and carol", "alice, bob and carol"."""
    return annotators[0] if len(annotators) == 1 else \
        ", ".join(annotators[:-1]) + f" and {annotators[-1]}"


def _take(ctx: Context, state: State, d: Disagreement, choice: Take) -> State:
    version = _editable(d, choice.number) if choice.changes else _version(d, choice.number)
    ann, note = take(state.ann, d, version)
    who = whose(version.annotators)
    if not choice.changes:
        return _decided(state, ann, f"took {who}'s version of {_name(d)}{note}")
    ann, _ = edits.set_fields(ann, ctx.article, ctx.inventory, d.id, choice.changes)
    return _decided(state, ann, f"took {who}'s version of {_name(d)}, edited{note}")


def _editable(d: Disagreement, number: int) -> Version:
    version = _version(d, number)
    if version.item is None:
        raise AnnotateError(f"version {number} is 'not tagged': nothing to edit")
    return version


def _name(d: Disagreement) -> str:
    return f"{d.section[:-1]} {d.id}"


def _version(d: Disagreement, n: int) -> Version:
    if not 1 <= n <= len(d.versions):
        raise AnnotateError(f"there is no version {n}; choose 1 to {len(d.versions)}")
    return d.versions[n - 1]


def _decided(state: State, ann: Annotations, message: str) -> State:
    return State(ann, (*state.past, state.ann), state.skipped, message, True,
                 (*state.decided, message))


def _without(ann: Annotations, d: Disagreement) -> Annotations:
    new = edits.shallow_copy(ann)
    new.disagreements = [x for x in ann.disagreements if x is not d]
    return new


def _drop(ann: Annotations, d: Disagreement, cascade: bool) -> Annotations:
    if any(i.id == d.id for i in getattr(ann, d.section)):
        ann, _ = edits.remove(ann, d.id, cascade)
    return _without(ann, d)


def take(ann: Annotations, d: Disagreement, version: Version) -> tuple[Annotations, str]:
    """`ann` with `version` in place of the disputed item, and the disagreement closed;
    plus a note on references that had to go."""
    if version.item is None:
        return _drop(ann, d, cascade=False), " (not tagged: dropped)"
    item = copy.deepcopy(version.item)
    item.id, item.sources = d.id, list(version.annotators)
    others = {i.id for _, _, i in ann.items() if i.id != d.id}
    actors = {a.id for a in ann.actors if a.id != d.id} | (
        {d.id} if d.section == "actors" else set())
    gone: list[str] = []
    if isinstance(item, Event):
        gone += [p.actor for p in item.participants if p.actor not in actors]
        item.participants = [p for p in item.participants if p.actor in actors]
    if isinstance(item, Claim):
        if item.claimant is not None and item.claimant not in actors:
            raise AnnotateError(f"this version's claimant {item.claimant!r} is not in the "
                                "sidecar (dropped or not adjudicated yet); decide that actor "
                                f"first, or edit: e N --claimant none")
        gone += [a for a in item.about if a not in others]
        item.about = [a for a in item.about if a in others]
    if d.id in others:
        raise AnnotateError(f"another item already has the id {d.id!r}")
    new = _without(ann, d)
    items = getattr(new, d.section)
    at = next((n for n, i in enumerate(items) if i.id == d.id), None)
    if at is None:
        items.append(item)
    else:
        items[at] = item
    note = f" (left out references to {', '.join(dict.fromkeys(gone))}, not in the sidecar)" \
        if gone else ""
    return new, note
