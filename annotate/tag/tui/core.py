"""The workspace's one door into annotate's core: open, change, undo, suggest, check.

Everything the full-screen app asks of the rest of the package goes through `Core`, so
the app talks in offsets and ids and never builds a session command or opens a file.
Spans are `(start, end)` code-point offsets into the article text; how the core wants
them spelled (today the session's `"@S:E"` strings) stays inside this module.

Every change is applied as one undoable step and saved at once (atomic write, under
the sidecar's lock); a change the core refuses raises `CoreError` with one sentence and
leaves the state and the file as they were.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from annotate import anchoring, checks, edits, fields, suggest, workspace
from annotate.config import FACTUALITY
from annotate.errors import AnnotateError
from annotate.model import Actor, Annotations, Claim, Event, Item, Span
from annotate.session import ALIASES, KINDS, OPTIONS, Command, State, apply, parse, record

__all__ = ["Actor", "Annotations", "Claim", "Core", "CoreError", "Event", "Item", "Problem",
           "Row", "Span", "Suggestion", "add_kinds", "open_core", "options", "sample_article",
           "verbs"]

Offsets = tuple[int, int]
CoreError = AnnotateError  # one sentence, shown in the status bar
# The command-line verbs that change the annotations (the rest are the app's own).
CHANGES = ("add", "edit", "delete", "link", "merge")
IN_PROCESS = 100_000  # bytes of sidecar validated in this process (see Core.problems)
_PATH = re.compile(r"^\$\.(actors|events|claims)\[(\d+)\](?:\.(mentions)\[(\d+)\]|\.(\w+))?")


@dataclass(frozen=True)
class Suggestion:
    """One proposal of the recommenders, in the app's terms."""

    kind: str  # actor | event | claim
    key: str  # what `rejected` remembers
    span: Offsets  # where it is shown
    label: str
    type: str = ""  # actor type, event type or claim kind
    name: str = ""  # actors
    mentions: tuple[Offsets, ...] = ()
    aliases: tuple[str, ...] = ()
    participants: tuple[tuple[str, str], ...] = ()  # (actor id, role)
    cue: Offsets | None = None
    claimant: str | None = None
    checkworthy: bool = True


@dataclass(frozen=True)
class Problem:
    """A validation finding: its sentence, and the span it is about (when there is one)."""

    severity: str
    message: str
    where: Offsets | None


@dataclass(frozen=True)
class Row:
    """One line of a re-anchoring plan."""

    name: str
    status: str
    old: Offsets
    new: Offsets | None
    old_text: str
    new_text: str | None
    score: float


def sample_article() -> Path:
    return workspace.sample_article()


def open_core(article: Path, sidecar: Path | None = None, config: Path | None = None,
              read_only: bool = False, annotator: str | None = None) -> Core:
    """Lock and load (raises `LockedError` when another session holds the sidecar)."""
    return Core(workspace.open_workspace(article, sidecar, config, read_only, annotator))


def verbs() -> list[str]:
    """Every command of the `:` command line (the free loop's commands)."""
    return sorted(set(ALIASES.values()))


def options(verb: str, kind: str | None = None, item: Item | None = None) -> list[str]:
    """The `--options` a command takes: `add claim`, or `edit` of `item`."""
    if verb == "edit" and item is not None:
        section = {Actor: "actors", Event: "events", Claim: "claims"}[type(item)]
        return list(fields.FIELDS[section])
    if verb == "add":
        return sorted(OPTIONS.get(KINDS.get(kind or "", ""), ()))
    return sorted(OPTIONS.get(verb, ()))


def add_kinds() -> list[str]:
    return ["actor", "event", "claim", "mention", "alias"]


def _at(where: Offsets) -> str:
    return f"@{where[0]}:{where[1]}"


class Core:
    def __init__(self, ws: workspace.Workspace) -> None:
        self._ws = ws
        self._ctx = ws.ctx
        self.state = State(ws.ann)
        self._done: list[str] = []  # what each undoable step did, parallel to state.past
        self._undone: list[str] = []
        self._ids: tuple[Annotations | None, dict[str, Item]] = (None, {})
        self.text = ws.ctx.article.text
        self.sentences: list[Offsets] = [(s.start, s.end) for s in ws.ctx.article.sentences]
        self.paragraphs: list[Offsets] = [(p.start, p.end) for p in ws.ctx.article.paragraphs]

    # -- what is open ----------------------------------------------------------------
    @property
    def ann(self) -> Annotations:
        return self.state.ann

    @property
    def article_path(self) -> Path:
        return self._ctx.article.path

    @property
    def sidecar_path(self) -> Path:
        return self._ws.path

    @property
    def read_only(self) -> bool:
        return self._ws.read_only

    @property
    def warnings(self) -> list[str]:
        return list(self._ws.warnings)

    @property
    def saved(self) -> bool:
        return self._ws.path.exists()

    def close(self) -> None:
        """Release the lock (every change is already saved)."""
        if self._ws.lock is not None:
            self._ws.lock.release()

    # -- the inventory -----------------------------------------------------------------
    @property
    def actor_types(self) -> list[str]:
        return list(self._ctx.inventory.actor_types)

    @property
    def event_types(self) -> dict[str, tuple[str, ...]]:
        """Event type -> its allowed roles."""
        return {name: et.roles for name, et in self._ctx.inventory.event_types.items()}

    @property
    def claim_kinds(self) -> list[str]:
        return list(self._ctx.inventory.claim_kinds)

    @property
    def verdicts(self) -> list[str]:
        return [v.id for v in self._ctx.inventory.verdicts]

    @property
    def factualities(self) -> list[str]:
        return list(FACTUALITY)

    def event_type_for(self, word: str) -> str | None:
        """The event type whose trigger words hold `word` ("talks" -> communication)."""
        low = word.lower()
        return next((name for name, et in self._ctx.inventory.event_types.items()
                     if low in et.triggers), None)

    # -- changes -------------------------------------------------------------------------
    def _step(self, ann: Annotations, item_id: str | None, message: str) -> str:
        if self._ws.read_only:
            raise CoreError("opened read-only: nothing can be changed")
        new = record(self.state, ann, item_id, message)
        self._ws.save(new.ann)
        self.state = new
        self._done.append(message)
        self._undone.clear()
        return message

    def _command(self, cmd: Command) -> str:
        if self._ws.read_only:
            raise CoreError("opened read-only: nothing can be changed")
        new = apply(self._ctx, self.state, cmd)
        self._ws.save(new.ann)
        self.state = new
        self._done.append(new.message)
        self._undone.clear()
        return new.message

    @property
    def last_id(self) -> str | None:
        return self.state.last_id

    @property
    def said(self) -> str:
        """What the last change (or undo, redo) did."""
        return self.state.message

    def add_actor(self, name: str, actor_type: str, mentions: Sequence[Offsets],
                  aliases: Sequence[str] = ()) -> str:
        ann, new_id = edits.add_actor(self.ann, self._ctx.article, self._ctx.inventory, name,
                                      actor_type, list(mentions), list(aliases))
        self._step(ann, new_id, f"added actor {new_id}")
        return new_id

    def add_mentions(self, actor_id: str, mentions: Sequence[Offsets]) -> str:
        ann = self.ann
        for start, end in mentions:
            ann = edits.add_mention(ann, self._ctx.article, actor_id, start, end)
        n = len(mentions)
        return self._step(ann, actor_id, f"added {n} mention{'s' * (n != 1)} to {actor_id}")

    def add_event(self, event_type: str, trigger: Offsets,
                  participants: Sequence[tuple[str, str]] = (),
                  factuality: str = "asserted") -> str:
        ann, new_id = edits.add_event(self.ann, self._ctx.article, self._ctx.inventory,
                                      event_type, trigger, list(participants), factuality)
        self._step(ann, new_id, f"added event {new_id}")
        return new_id

    def add_claim(self, where: Offsets, kind: str, claimant: str | None = None,
                  cue: Offsets | None = None, checkworthy: bool = True,
                  verdict: str | None = None, about: Sequence[str] = ()) -> str:
        ann, new_id = edits.add_claim(self.ann, self._ctx.article, self._ctx.inventory, where,
                                      kind, claimant, cue, checkworthy, verdict, (), list(about))
        self._step(ann, new_id, f"added claim {new_id}")
        return new_id

    def edit(self, item_id: str, changes: dict[str, list[str]]) -> str:
        """Set fields as typed (`{"kind": ["quote"]}`); spans are given as offsets with
        `edit_span`."""
        ann = fields.edit(self.ann, self._ctx.article, self._ctx.inventory, item_id, changes)
        new_id = changes.get("id", [item_id])[-1]
        return self._step(ann, new_id, f"edited {item_id}")

    def edit_span(self, item_id: str, name: str, where: Offsets | None) -> str:
        """Move an event's trigger (`trigger`) or a claim's `text` or `cue` (None: no cue)."""
        return self.edit(item_id, {name: [_at(where) if where else "none"]})

    def delete(self, item_id: str, cascade: bool = False) -> str:
        return self._command(Command("delete", (item_id,),
                                     (("cascade", ""),) if cascade else ()))

    def drop_span(self, item_id: str, where: Offsets) -> str:
        """Delete one mention or a cue; a trigger or a claim's span deletes its item."""
        for path, span in self.ann.spans():
            item = getattr(self.ann, str(path[0]))[int(path[1])]
            if item.id == item_id and (span.start, span.end) == where:
                ann, message = edits.drop_span(self.ann, path)
                return self._step(ann, None, message)
        raise CoreError(f"{item_id!r} has no span at {where[0]}-{where[1]}")

    def link(self, claim_id: str, target: str) -> str:
        return self._command(Command("link", (claim_id, target)))

    def merge(self, keep: str, other: str) -> str:
        return self._command(Command("merge", (keep, other)))

    def reject(self, key: str) -> str:
        """Never offer this suggestion again (kept in the sidecar's `rejected`)."""
        if key in self.ann.rejected:
            return "already rejected"
        return self._step(replace(self.ann, rejected=[*self.ann.rejected, key]), None,
                          f"rejected {key}")

    def unreject(self, key: str) -> str:
        return self._step(replace(self.ann, rejected=[k for k in self.ann.rejected if k != key]),
                          None, f"offered {key} again")

    def settle_recheck(self, claim_id: str, verdict: str | None, keep: bool = False) -> str:
        """A claim whose words changed: keep its verdict for the new text, or set another
        (None clears it). Either way the flag goes."""
        if verdict is not None and verdict not in self.verdicts:
            raise CoreError(f"verdict {verdict!r} is not in the inventory")
        new = edits.shallow_copy(self.ann)
        claim = edits.own(new, claim_id)
        if not isinstance(claim, Claim):
            raise CoreError(f"{claim_id!r} is not a claim")
        claim.verdict = claim.verdict if keep else verdict
        claim.recheck = None
        said = "kept" if keep else f"set to {verdict}" if verdict else "cleared"
        return self._step(new, claim_id, f"verdict of {claim_id} {said} for its new text")

    def command(self, line: str) -> str:
        """A changing line of the `:` command line (`edit putin --alias Putin`)."""
        cmd = parse(line)
        if cmd.verb not in CHANGES:
            raise CoreError(f"{cmd.verb!r} does not change the annotations")
        return self._command(cmd)

    def undo(self) -> str:
        if not self.state.past:
            raise CoreError("nothing to undo")
        new = apply(self._ctx, self.state, "undo")
        self._ws.save(new.ann)
        self.state = new
        what = self._done.pop() if self._done else "a change"
        self._undone.append(what)
        self.state = replace(new, message=f"undid: {what}")
        return self.state.message

    def redo(self) -> str:
        if not self.state.future:
            raise CoreError("nothing to redo")
        new = apply(self._ctx, self.state, "redo")
        self._ws.save(new.ann)
        self.state = new
        what = self._undone.pop() if self._undone else "a change"
        self._done.append(what)
        self.state = replace(new, message=f"redid: {what}")
        return self.state.message

    # -- suggestions -----------------------------------------------------------------------
    def item(self, item_id: str) -> Item | None:
        """The annotation with this id (an index kept per version of the annotations)."""
        if self._ids[0] is not self.ann:
            self._ids = (self.ann, {item.id: item for _, _, item in self.ann.items()})
        return self._ids[1].get(item_id)

    def suggestions(self, ann: Annotations | None = None) -> dict[str, list[Suggestion]]:
        """Pending proposals per pass (what is tagged or rejected is left out), for the
        current annotations or the given version of them (safe to call from a thread)."""
        ann = self.ann if ann is None else ann
        art, rejected = self._ctx.article, set(ann.rejected)
        actors = [Suggestion("actor", s.key, s.mentions[0], f"{s.name} ({s.type})", s.type,
                             s.name, tuple(s.mentions), tuple(s.aliases))
                  for s in suggest.actors(art, ann)]
        events = [Suggestion("event", s.key, s.trigger,
                             f"{art.text[s.trigger[0]:s.trigger[1]]} ({s.type})", s.type,
                             participants=tuple(s.participants))
                  for s in suggest.events(art, self._ctx.inventory, ann)]
        claims = [Suggestion("claim", s.key, s.span, f"{s.kind}: {s.reason}", s.kind,
                             cue=s.cue, claimant=s.claimant, checkworthy=s.checkworthy)
                  for s in suggest.claims(art, ann)]
        return {name: [s for s in found if s.key not in rejected]
                for name, found in (("actors", actors), ("events", events), ("claims", claims))}

    # -- validation -------------------------------------------------------------------------
    def problems(self) -> list[Problem]:
        """What `annotate validate` says of the saved sidecar (nothing before it exists).

        A long sidecar is checked by `annotate validate` in a process of its own: parsing
        and checking it holds the interpreter for long stretches, which a thread would take
        from the keys. A short one is checked here (a process would cost more to start)."""
        if not self._ws.path.exists():
            return []
        ann = self.ann
        if self._ws.path.stat().st_size < IN_PROCESS:
            return [Problem(p.severity, f"{p.line}:{p.column} {p.message}",
                            self._where(p.path, ann)) for p in checks.check_file(self._ws.path)]
        done = subprocess.run([sys.executable, "-m", "annotate", "validate", "--format", "json",
                               str(self._ws.path)], capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, check=False)
        try:
            found = json.loads(done.stdout)["problems"]
        except (ValueError, KeyError):
            reason = (done.stderr.strip() or "no report").splitlines()[-1]
            return [Problem("error", f"validation did not run: {reason}", None)]
        return [Problem(p["severity"], f"{p['line']}:{p['column']} {p['message']}",
                        self._where(p["path"], ann)) for p in found]

    def warm(self) -> None:
        """Dump every item once, so the first save after opening is as quick as the rest
        (the saver keeps each item's YAML)."""
        self._ws.saver.dumps(self.ann)

    def _where(self, json_path: str, ann: Annotations) -> Offsets | None:
        match = _PATH.match(json_path)
        if match is None:
            return None
        section, index = match.group(1), int(match.group(2))
        items = getattr(ann, section)
        if index >= len(items):
            return None
        item = items[index]
        span: Span | None
        if match.group(3) and isinstance(item, Actor) and int(match.group(4)) < len(item.mentions):
            span = item.mentions[int(match.group(4))]
        else:
            span = next((s for name, s in item.spans() if name[0] == match.group(5)),
                        next((s for _, s in item.spans()), None))
        return (span.start, span.end) if span is not None and not span.orphaned else None

    # -- an article that changed since it was annotated -----------------------------------
    @property
    def anchored(self) -> bool:
        doc, art = self.ann.document, self._ctx.article
        return (doc.sha256, doc.length) == (art.sha256, art.length)

    def plan(self) -> list[Row] | None:
        """Where each span would go now (None while the annotations match the article)."""
        if self.anchored:
            return None
        self._plan = self._ws.plan if self._ws.plan is not None else \
            anchoring.plan(self.ann, self._ctx.article)
        rows = []
        for p in self._plan.placements:
            item = getattr(self.ann, str(p.path[0]))[int(p.path[1])]
            where = ".".join(str(x) for x in p.path[2:])
            new = (p.start, p.end) if p.start is not None and p.end is not None else None
            rows.append(Row(f"{item.id} {where}", p.status, (p.old.start, p.old.end), new,
                            p.old.text, p.text, p.score))
        return rows

    def reanchor(self) -> str:
        """Carry out the plan as one undoable change. A claim whose words changed keeps
        its verdict but is flagged (`recheck`: the text the verdict was given for)."""
        plan = getattr(self, "_plan", None)
        if plan is None or plan.sha256 != self._ctx.article.sha256:
            plan = anchoring.plan(self.ann, self._ctx.article)
        after = anchoring.apply(self.ann, plan, self._ctx.article)
        old = {p.path: p.old.text for p in plan.placements}
        for i, claim in enumerate(after.claims):
            was = old.get(("claims", i, "span"))
            if claim.verdict and claim.recheck is None and was is not None \
                    and was != claim.span.text and not claim.span.orphaned:
                claim.recheck = was
        counts = ", ".join(f"{n} {status}" for status, n in plan.counts().items()) or "no spans"
        return self._step(after, None, f"re-anchored: {counts}")

    def rechecks(self) -> list[Claim]:
        """Claims whose verdict was given for other words (set by re-anchoring)."""
        return [c for c in self.ann.claims if c.recheck]
