"""The workspace's one door into annotate's core: open, change, undo, suggest, check,
and drive the dialogue's step machines (the review after re-anchoring, adjudication).

Everything the full-screen app asks of the rest of the package goes through `Core`, so
the app talks in offsets and ids and never builds a session command or opens a file.
Spans are `(start, end)` code-point offsets into the article text, as in the edit
vocabulary (`editing.vocabulary`) that every change is built from here.

Every change is applied as one undoable step and saved at once (atomic write, under
the sidecar's lock); a change the core refuses raises `CoreError` with one sentence and
leaves the state and the file as they were.
"""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from annotate import checks, metadata, suggest
from annotate.agreement import adjudicate
from annotate.agreement.adjudicate import Take
from annotate.config import FACTUALITY
from annotate.editing import parse
from annotate.editing import vocabulary as v
from annotate.errors import AnnotateError
from annotate.model import Actor, Annotations, Claim, Disagreement, Event, Item, Span
from annotate.suggest import triggers
from annotate.tag import complete, resume, review, session, usage, workspace
from annotate.tag.questions import CHOICE, KEY, SPAN, YESNO, Note, Question

if TYPE_CHECKING:
    from annotate.anchoring import Plan

__all__ = ["ALIASES", "CHOICE", "KEY", "SPAN", "YESNO", "Actor", "Annotations", "Answered",
           "Claim", "Core", "CoreError", "Disagreement", "Dispute", "Event", "Item", "Note",
           "Offsets",
           "Problem", "Question", "Row", "Span", "Suggestion", "Take", "Value", "open_core",
           "sample_article"]

Offsets = tuple[int, int]
CoreError = AnnotateError  # one sentence, shown in the status bar
Value = v.Value  # a field's typed value (`Core.edit`)
Dispute = adjudicate.Question  # an open disagreement asked about (`Core.disagreement`)
ALIASES = parse.ALIASES  # the `:` command line's verbs and their short forms
unknown_command = parse.unknown  # what is said of a verb that is none of them
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
    factuality: str = "asserted"  # events: "hypothetical" when told as to come


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


@dataclass(frozen=True)
class Answered:
    """What one answer to a review's question did."""

    said: str | None  # the change made (saved), if any
    notes: tuple[Note, ...]  # what the machine says next
    quit: bool = False  # the person asked to leave


def sample_article() -> Path:
    return workspace.sample_article()


def open_core(article: Path, sidecar: Path | None = None, config: Path | None = None,
              read_only: bool = False, annotator: str | None = None) -> Core:
    """Lock and load (raises `LockedError` when another session holds the sidecar)."""
    return Core(workspace.open_workspace(article, sidecar, config, read_only, annotator))


class Core:
    def __init__(self, ws: workspace.Workspace) -> None:
        self._ws = ws
        self._ctx = ws.ctx
        self.state = session.State(ws.ann)
        self._ids: tuple[Annotations | None, dict[str, Item]] = (None, {})
        self._plan: Plan | None = ws.plan
        self.text = ws.ctx.article.text
        self.sentences: list[Offsets] = [(s.start, s.end) for s in ws.ctx.article.sentences]
        self.paragraphs: list[Offsets] = [(p.start, p.end) for p in ws.ctx.article.paragraphs]
        self._review: review.Review | None = None
        self._adjudication = adjudicate.start(ws.ann)
        self._asked: tuple[str, ...] = self._load_asked()
        self.verdict_given = False  # the last change gave a claim a verdict

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

    unsaved = False  # the last change could not be written

    @property
    def saved(self) -> bool:
        return self._ws.path.exists()

    def close(self) -> None:
        """Release the lock (every change is already saved)."""
        self._ws.close()

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
        """The event type whose trigger words hold `word` in any of its forms ("talks" ->
        communication, "voted" -> vote: the inventory lists lemmas)."""
        return triggers.type_of(word, self._ctx.inventory)

    # -- changes: each one undoable step of the session, saved at once -----------------
    def _apply(self, *changes: v.Change) -> str:
        if self._ws.read_only:
            raise CoreError("opened read-only: nothing can be changed")
        new = session.apply_all(self._ctx, self.state, changes)
        try:
            self._ws.save(new.ann)
        except AnnotateError:
            self.unsaved = True  # (another program changed the file: the status says so)
            raise
        self.unsaved = False
        self.verdict_given = metadata.verdict_given(self.state.ann, new.ann)
        self.state = new
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
        self._apply(v.AddActor(name=name, type=actor_type, mentions=tuple(mentions),
                               aliases=tuple(aliases)))
        return str(self.state.last_id)

    def add_mentions(self, actor_id: str, mentions: Sequence[Offsets]) -> str:
        return self._apply(v.AddMention(actor_id, tuple(mentions)))

    def add_event(self, event_type: str, trigger: Offsets,
                  participants: Sequence[tuple[str, str]] = (),
                  factuality: str = "asserted") -> str:
        self._apply(v.AddEvent(type=event_type, trigger=trigger,
                               participants=tuple(participants), factuality=factuality))
        return str(self.state.last_id)

    def add_claim(self, where: Offsets, kind: str, claimant: str | None = None,
                  cue: Offsets | None = None, checkworthy: bool = True,
                  verdict: str | None = None, about: Sequence[str] = ()) -> str:
        self._apply(v.AddClaim(span=where, kind=kind, claimant=claimant, cue=cue,
                               checkworthy=checkworthy, verdict=verdict, about=tuple(about)))
        return str(self.state.last_id)

    def edit(self, item_id: str, changes: dict[str, v.Value]) -> str:
        """Set fields to typed values (`editing.fields`): text, a span as offsets,
        (actor, role) pairs, a flag; None clears an optional field. One step."""
        return self._apply(v.Edit(item_id, tuple(changes.items())))

    def delete(self, item_id: str, cascade: bool = False) -> str:
        return self._apply(v.Delete(item_id, cascade))

    def drop_span(self, item_id: str, where: Offsets) -> str:
        """Delete one mention or a cue; a trigger or a claim's span deletes its item."""
        item = self.item(item_id)
        field = next((sub[0] for sub, span in item.spans() if (span.start, span.end) == where),
                     None) if item is not None else None
        if field is None:
            raise CoreError(f"{item_id!r} has no span at {where[0]}-{where[1]}")
        return self._apply(v.DropSpan(item_id, str(field), where))

    def link(self, claim_id: str, target: str) -> str:
        return self._apply(v.Link(claim_id, target))

    def merge(self, keep: str, other: str) -> str:
        return self._apply(v.Merge(keep, other))

    def reject(self, key: str, words: str = "") -> str:
        """Never offer this suggestion again (kept in the sidecar's `rejected`); `words`
        are said with the key."""
        if key in self.ann.rejected:
            return "already rejected"
        return self._apply(v.Reject(key, words))

    def command(self, line: str) -> str:
        """A changing line of the `:` command line (`edit putin --alias Putin`)."""
        parsed = parse.parse(line, self._ctx.article, self.ann, self._ctx.inventory)
        if isinstance(parsed, parse.Action):
            raise CoreError(f"{parsed.verb!r} does not change the annotations")
        return self._apply(parsed)

    @staticmethod
    def command_help(command: str | None) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
        """What `help COMMAND` says (the forms and options of one command, as headings
        and rows), or with None one line per command."""
        if command is None:
            return (("", usage.summary()),)
        return usage.table(command)

    def complete(self, line: str) -> list[str]:
        """What the last word of a `:` command line may become (as the dialogue's Tab)."""
        return complete.command(self._ctx, self.ann, line)

    def undo(self) -> str:
        return self._apply(v.Undo())

    def redo(self) -> str:
        return self._apply(v.Redo())

    # -- suggestions -----------------------------------------------------------------------
    def item(self, item_id: str) -> Item | None:
        """The annotation with this id (an index kept per version of the annotations)."""
        if self._ids[0] is not self.ann:
            self._ids = (self.ann, {item.id: item for _, _, item in self.ann.items()})
        return self._ids[1].get(item_id)

    def suggestions(self, ann: Annotations | None = None, notes: list[str] | None = None,
                    ) -> dict[str, list[Suggestion]]:
        """Pending proposals per pass (what is tagged or rejected is left out), for the
        current annotations or the given version of them (safe to call from a thread).
        A recommender that cannot run here (spaCy missing) adds a sentence to `notes`."""
        ann = self.ann if ann is None else ann
        art, rejected = self._ctx.article, set(ann.rejected)
        inv, where = self._ctx.inventory, self._ws.path
        actors = [Suggestion("actor", s.key, s.mentions[0], f"{s.name} ({s.type})", s.type,
                             s.name, tuple(s.mentions), tuple(s.aliases))
                  for s in suggest.actors(art, ann, inv=inv, sidecar=where, notes=notes)]
        events = [Suggestion("event", s.key, s.trigger,
                             f"{art.text[s.trigger[0]:s.trigger[1]]} ({s.type}"
                             + ("" if s.factuality == "asserted" else f", {s.factuality}") + ")",
                             s.type, participants=tuple(s.participants),
                             factuality=s.factuality)
                  for s in suggest.events(art, inv, ann, sidecar=where, notes=notes)]
        claims = [Suggestion("claim", s.key, s.span, f"{s.kind}: {s.reason}", s.kind,
                             cue=s.cue, claimant=s.claimant, checkworthy=s.checkworthy)
                  for s in suggest.claims(art, ann, inv=inv, sidecar=where, notes=notes)]
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
        ann, inventory = self.ann, self._ws.ctx.inventory  # (its --config, if given)
        if self._ws.path.stat().st_size < IN_PROCESS:
            return [Problem(p.severity, f"{p.line}:{p.column} {p.message}",
                            self._where(p.path, ann))
                    for p in checks.check_file(self._ws.path, inventory=inventory)]
        given = [] if inventory.source == "built-in" else ["--config", inventory.source]
        done = subprocess.run([sys.executable, "-m", "annotate", "validate", "--format", "json",
                               *given, str(self._ws.path)], capture_output=True, text=True,
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
        if self._ws.saver is not None:
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
        return self.ann.document.describes(self._ctx.article)

    def plan(self) -> list[Row] | None:
        """Where each span would go now (None while the annotations match the article)."""
        if self.anchored:
            return None
        if self._plan is None or self._plan.sha256 != self._ctx.article.sha256:
            from annotate import anchoring  # rapidfuzz, only when an article changed

            self._plan = anchoring.plan(self.ann, self._ctx.article)
        from annotate.render import span_name  # ("putin mentions[1]", as the commands say)

        rows = []
        for p in self._plan.placements:
            new = (p.start, p.end) if p.start is not None and p.end is not None else None
            rows.append(Row(span_name(p.path, self.ann), p.status, (p.old.start, p.old.end),
                            new, p.old.text, p.text, p.score))
        return rows

    def rechecks(self) -> list[Claim]:
        """Claims whose verdict was given for other words (set by re-anchoring)."""
        return [c for c in self.ann.claims if c.recheck]

    # -- the review after re-anchoring: the dialogue's step machine (`tag.review`) --------
    def review(self, what: str) -> tuple[Note, ...]:
        """Start a review: "drift" offers the re-anchoring plan, then goes through the spans
        it could not place exactly and the verdicts it flagged; "all" (`:review`) the
        orphaned spans and flagged verdicts; "flagged" (R) the verdicts only."""
        if what == "drift":
            self.plan()
            assert self._plan is not None
            step = review.offer(self._plan, self.ann)
        else:
            step = review.start(review.flagged(self.ann) if what == "flagged"
                                else review.orphans(self.ann))
        self._review = step.machine
        return step.notes

    def question(self) -> Question | None:
        """The review's question now (None: no review, or it is finished)."""
        if self._review is None:
            return None
        found = self._review.question(self._ctx, self.ann)
        if found is None:
            self._review = None
        return found

    def answer(self, answer: str | Offsets) -> Answered:
        """One answer to the review's question (a key's letter, "" for Enter, "-" to go
        back, or a span picked in the text); its changes are one undoable step, saved at
        once. Raises CoreError when they cannot be saved (the review stays where it was)."""
        assert self._review is not None
        step = self._review.step(self._ctx, self.ann, answer)
        said = self._apply(*step.changes) if step.changes else None
        self._review = step.machine
        return Answered(said, step.notes, step.quit)

    def end_review(self) -> None:
        self._review = None

    def near_orphan(self) -> int | None:
        """Where the orphan asked about may have gone: the end of its old prefix, or the
        start of its old suffix, found whole in the article (the nearest to its old
        place), so the person starts selecting there. None when neither is."""
        if self._review is None or self._review.at >= len(self._review.todo):
            return None
        old = self._review.todo[self._review.at].old
        found = []
        for context, after in ((old.prefix, True), (old.suffix, False)):
            piece = (context or "").strip()
            at = self.text.find(piece) if len(piece) >= 8 else -1
            while at >= 0:
                found.append(at + len(piece) if after else at)
                at = self.text.find(piece, at + 1)
        return min(found, key=lambda at: abs(at - old.start), default=None)

    # -- the article's metadata, asked once when a verdict is given (`metadata.due`) -----
    def metadata_due(self) -> metadata.Question | None:
        return None if self.read_only else metadata.due(self.ann, self._asked)

    def answer_metadata(self, field: str, text: str) -> str:
        """Set a document field from what was typed (blank: skipped). Either way it is not
        asked again, in this session or a later one (kept with the resume position)."""
        said = f"skipped the {field}; :edit document --{field} VALUE sets it later"
        if text.strip():
            said = self._apply(v.EditDocument(((field, (text.strip(),)),)))
        self._asked = (*self._asked, field)
        with contextlib.suppress(AnnotateError):  # best effort: a later session asks again
            resume.update(self._ws.path, asked=list(self._asked))
        return said

    # -- where the person was, for the next session ---------------------------------------
    def remember_place(self, kind: str, at: int) -> None:
        """The pass ("actor", "event", "claim" or "") and the offset the cursor was at."""
        if not self.read_only:
            with contextlib.suppress(AnnotateError):  # best effort, as the questions asked
                resume.update(self._ws.path, workspace={"kind": kind, "at": at})

    def place(self) -> tuple[str, int] | None:
        """Where the last workspace session on this sidecar left off, if it said."""
        with contextlib.suppress(AnnotateError):
            found = resume.load(self._ws.path).get("workspace")
            if isinstance(found, dict) and isinstance(found.get("kind"), str) and \
                    isinstance(found.get("at"), int) and 0 <= found["at"] <= len(self.text):
                return found["kind"], found["at"]
        return None

    def _load_asked(self) -> tuple[str, ...]:
        if self.read_only or not self._ws.path.exists():
            return ()
        try:
            return tuple(resume.load(self._ws.path).get("asked", []))
        except AnnotateError as exc:
            self._ws.warnings.append(f"ignored the damaged resume file {exc.path} "
                                     f"({exc.message})")
            return ()

    # -- adjudication: the step machine of `annotate adjudicate` (`agreement.adjudicate`) -
    def disagreement(self) -> Dispute | None:
        """The open disagreement to decide now (None: none is left)."""
        return adjudicate.question(self._adjudication)

    def decide(self, answer: str | Take) -> tuple[str, bool]:
        """One decision (as typed in the dialogue: "2", "d", "e 1 --type group", "s", "u";
        or a `Take` with typed fields): what it did, and whether it changed the sidecar,
        which is then saved at once. Raises CoreError, changing nothing, when it cannot."""
        new = adjudicate.answer(self._ctx, self._adjudication, answer)
        if new.changed:
            if self._ws.read_only:
                raise CoreError("opened read-only: nothing can be changed")
            self._ws.save(new.ann)
            self.state = session.State(new.ann, message=new.message)
        self._adjudication = new
        return new.message, new.changed

    def taken(self, number: int) -> Item:
        """The disputed item as taking version `number` would leave it (references to
        items not in the sidecar left out): what its form starts from."""
        q = self.disagreement()
        if q is None:
            raise CoreError("no disagreement is left")
        if not 1 <= number <= len(q.disagreement.versions):
            raise CoreError(f"there is no version {number}; choose 1 to "
                            f"{len(q.disagreement.versions)}")
        version = q.disagreement.versions[number - 1]
        if version.item is None:
            raise CoreError(f"version {number} is 'not tagged': nothing to edit")
        ann, _ = adjudicate.take(self.ann, q.disagreement, version)
        item = ann.get(q.disagreement.id)
        assert item is not None
        return item

    @staticmethod
    def compared(d: Disagreement) -> list[adjudicate.Row]:
        return adjudicate.compared(d)

    @staticmethod
    def disputed(d: Disagreement) -> list[Offsets]:
        return adjudicate.disputed(d)
