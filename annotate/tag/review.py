"""The review after the article changed, as a step machine (see `tag.questions`).

First the re-anchoring plan is offered ("Re-anchor now?": one undoable change), then the
spans it could not place exactly (fuzzy, ambiguous, orphaned) and the claims whose
verdict was given for other words (`recheck`) are gone through one by one. Keys, as in
the passes where they overlap: Enter or `a` leaves a span as re-anchoring left it, `r`
rejects a fuzzy match (the old text is kept, orphaned), `e` re-picks the span, `x`
deletes it, `k`/`v`/`c` keep, change or clear a flagged verdict, `u` undoes, `d` ends
the review (`review` in the command loop comes back to it), `q` quits.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from annotate import wordiff
from annotate.editing import edits, picking
from annotate.editing import vocabulary as v
from annotate.errors import AnnotateError
from annotate.model import Annotations, Claim, Span
from annotate.tag import session
from annotate.tag.questions import (
    CHOICE,
    KEY,
    SPAN,
    YESNO,
    Answer,
    Key,
    Note,
    Question,
    Step,
    error,
    pressed,
)
from annotate.tag.session import Context
from annotate.visible import counted, visible

if TYPE_CHECKING:
    from annotate.anchoring import Plan

FUZZY, AMBIGUOUS, ORPHANED, RECHECK = "fuzzy", "ambiguous", "orphaned", "recheck"
REVIEWED = (FUZZY, AMBIGUOUS, ORPHANED)


@dataclass(frozen=True)
class Pending:
    """A span to review, found again by its item and its current offsets (indices shift
    when a mention or an annotation before it is deleted)."""

    item_id: str
    field: str  # mentions, trigger, span or cue
    status: str  # fuzzy, ambiguous, orphaned, or recheck (a verdict on changed words)
    old: Span  # before re-anchoring
    now: Span  # in the sidecar: placed (fuzzy) or orphaned
    score: float = 0.0

    @property
    def at(self) -> v.Where:
        return self.now.start, self.now.end


@dataclass(frozen=True)
class Review:
    todo: tuple[Pending, ...] = ()
    at: int = 0
    plan: Plan | None = None  # not yet offered: "Re-anchor now?"
    mode: str = ""  # "", "repick" (a span asked) or "verdict" (a verdict asked)
    matches: tuple[v.Where, ...] = ()  # re-picked text occurs more than once
    history: tuple[int, ...] = ()  # items whose decision changed the annotations

    def question(self, ctx: Context, ann: Annotations) -> Question | None:
        if self.plan is not None:
            return Question(YESNO, "Re-anchor now?", default="y", plan=self.plan,
                            help="y: move the spans as the plan says (one change; undo takes "
                                 "it back). n: leave the sidecar as it is (nothing is lost).")
        if self.at >= len(self.todo):
            return None
        item = self.todo[self.at]
        title = f"Span {self.at + 1}/{len(self.todo)}: {item.status}"
        try:
            path = edits.locate(ann, item.item_id, item.field, item.at)
        except AnnotateError:
            return Question(KEY, "", f"{title}: {item.old.text!r} of {item.item_id} is no longer "
                            "there", keys=(Key("a", "next", "go on"), *_ENDS), default="a")
        if self.matches:
            listed = tuple(f"  {n}) {picking.context(ctx.article, s, e)}"
                           for n, (s, e) in enumerate(self.matches, 1))
            more = (f"  … and {len(listed) - 9} more (? lists them all)",) if len(listed) > 9 \
                else ()
            return Question(CHOICE, "which one", title,
                            choices=tuple(str(n) for n in range(1, len(self.matches) + 1)),
                            default="1", lines=(*listed[:9], *more), help="\n".join(listed))
        if self.mode == "repick":
            return Question(SPAN, "its text as it reads now (s12, s12 phrase; Enter = look "
                            "for the old text)", title, default=item.old.text,
                            help="Type the span's text as the article reads now; - cancels.")
        claim = getattr(ann, str(path[0]))[int(path[1])]
        if self.mode == "verdict":
            verdicts = ("none", *(x.id for x in ctx.inventory.verdicts))
            return Question(CHOICE, "verdict", title, choices=verdicts,
                            default=claim.verdict or "none", section="claims",
                            help="\n".join(f"  {x.id}: {x.label}" for x in ctx.inventory.verdicts))
        lines = [f"{describe(ann, path)}"]
        if item.status != RECHECK:
            old = " ".join(f"{item.old.prefix or ''}[{item.old.text}]{item.old.suffix or ''}"
                           .split())
            lines.append(f"  was at {item.old.start}-{item.old.end}: …{visible(old)}…")
            if not item.now.orphaned:
                lines.append(f"  now at {item.now.start}-{item.now.end} (score {item.score:.2f}):")
        flagged = isinstance(claim, Claim) and item.field == "span" and claim.recheck
        if flagged:
            assert isinstance(claim, Claim) and claim.recheck is not None
            was, now = wordiff.marked(claim.recheck, claim.span.text)
            lines += [f"  the verdict {claim.verdict!r} was given for other words:",
                      f"    was: {visible(was)}", f"    now: {visible(now)}"]
        return Question(KEY, "", f"{title}, {lines[0]}", keys=_keys(item, bool(flagged)),
                        default="a", focus=None if item.now.orphaned else item.at,
                        section=str(path[0]), lines=tuple(lines[1:]))

    def step(self, ctx: Context, ann: Annotations, answer: Answer) -> Step[Review]:
        if self.plan is not None:
            return self._offer(ctx, ann, str(answer).strip().lower())
        item = self.todo[self.at]
        if self.matches or self.mode == "repick":
            return self._repick(ctx, ann, item, answer)
        text = str(answer).strip().lower()
        if self.mode == "verdict":
            if text == "-":
                return Step(replace(self, mode=""))
            question = self.question(ctx, ann)
            chosen = text or (question.default if question else None) or "none"
            if question is not None and chosen not in question.choices:
                return Step(self, notes=(error(f"{chosen!r} is not one of: "
                                               + ", ".join(question.choices)),))
            return self._change(ctx, ann, [v.Edit(item.item_id, (
                ("verdict", None if chosen == "none" else chosen), ("recheck", None)))])
        question = self.question(ctx, ann)
        key = pressed(text, question.keys if question else (), "a")
        if key == "q":
            return Step(self, quit=True)
        if key == "d":
            return Step(replace(self, at=len(self.todo)), notes=(Note(
                "Review left; the rest stay as they are (type review to go on)."),))
        if key == "u":
            if not self.history:  # the re-anchoring itself is undone in the command loop
                return Step(self, notes=(Note("nothing to undo in this review (undo in the "
                                              "command loop takes back the re-anchoring)"),))
            return Step(replace(self, at=self.history[-1], history=self.history[:-1]),
                        (v.Undo(),))
        try:
            path = edits.locate(ann, item.item_id, item.field, item.at)
        except AnnotateError:
            return self._next(ann, [])
        keys = _keys(item, _flagged(ann, path))
        allowed = [k.key for k in keys]
        if key not in allowed:  # (Enter named as the prompt names it: "later", "accept")
            return Step(self, notes=(error(f"type one of: {' '.join(allowed)} ? (Enter = "
                                           f"{keys[0].name})"),))
        if key == "a":
            name = f"{item.item_id} {item.field.rstrip('s')}"  # "putin mention", "call trigger"
            said = f"{name} stays orphaned" if item.now.orphaned else \
                f"{name} flagged, for later" if item.status == RECHECK else \
                f"kept {name} at {item.now.start}-{item.now.end}"
            return self._next(ann, [], said)
        if key == "r":
            return self._change(ctx, ann, [v.Unplace(item.item_id, item.field, item.at,
                                                     item.old)])
        if key == "e":
            return Step(replace(self, mode="repick"))
        if key == "x":
            return self._change(ctx, ann, [v.DropSpan(item.item_id, item.field, item.at)])
        if key == "k":
            return self._change(ctx, ann, [v.Edit(item.item_id, (("recheck", None),))])
        if key == "c":
            return self._change(ctx, ann, [v.Edit(item.item_id, (("verdict", None),
                                                                 ("recheck", None)))])
        return Step(replace(self, mode="verdict"))  # v

    def _offer(self, ctx: Context, ann: Annotations, answer: str) -> Step[Review]:
        assert self.plan is not None
        if answer in ("n", "no", "q", "quit"):
            return Step(replace(self, plan=None, todo=()), notes=(Note(
                "Not re-anchored: nothing is lost, the spans keep their old offsets. Edits to "
                "fields, links and deletions are saved; new spans only after reanchor "
                "(:reanchor in the workspace). The tagging passes are skipped."),))
        if answer not in ("", "y", "yes"):
            return Step(self, notes=(error("type y or n"),))
        change = v.Reanchor(self.plan)
        after = session.preview(ctx, ann, [change])
        todo = tuple(pending(after, self.plan))
        notes = (heading(todo),) if todo else ()
        return Step(Review(todo), (change,), notes)

    def _repick(self, ctx: Context, ann: Annotations, item: Pending,
                answer: Answer) -> Step[Review]:
        if answer == "-":
            return Step(replace(self, mode="", matches=()))
        try:
            if self.matches:
                text = str(answer).strip() or "1"
                chosen = picking.number(text)
                if chosen is None or not 1 <= chosen <= len(self.matches):
                    raise AnnotateError(f"type a number from 1 to {len(self.matches)}")
                where = self.matches[chosen - 1]
            elif isinstance(answer, tuple):
                where = answer
            else:
                where = picking.pick(ctx.article, answer.strip() or item.old.text)
        except picking.AmbiguousSpan as many:
            return Step(replace(self, matches=tuple(many.matches)),
                        notes=(Note(f"that text occurs {len(many.matches)} times:"),))
        except AnnotateError as exc:
            return Step(self, notes=(error(str(exc)),))
        return self._change(ctx, ann, [v.SetSpan(item.item_id, item.field, item.at, where)])

    def _change(self, ctx: Context, ann: Annotations, changes: list[v.Change]) -> Step[Review]:
        try:
            after = session.preview(ctx, ann, changes)
        except AnnotateError as exc:
            return Step(replace(self, mode="", matches=()), notes=(error(str(exc)),))
        return self._next(after, changes)

    def _next(self, after: Annotations, changes: list[v.Change], said: str = "") -> Step[Review]:
        review = replace(self, at=self.at + 1, mode="", matches=(),
                         history=(*self.history, self.at) if changes else self.history)
        notes: tuple[Note, ...] = (Note(f"{said}."),) if said else ()  # a sentence: the
        # workspace says the notes of one step on one line
        if review.at >= len(review.todo):
            notes += (Note("Review done."),)
        return Step(review, tuple(changes), notes)


_ENDS = (Key("u", "undo", "undo the last change and go back to it"),
         Key("d", "done", "leave the review; the rest stay as they are (`review` comes back)"),
         Key("q", "quit", "leave annotate tag (everything is saved)"))


def _keys(item: Pending, flagged: bool) -> tuple[Key, ...]:
    placed = not item.now.orphaned
    if item.status == RECHECK:
        first = Key("a", "later", "leave the verdict flagged for re-check, for later")
    elif placed:
        first = Key("a", "accept", "keep the span where re-anchoring put it (also Enter)")
    else:
        first = Key("a", "later", "leave it orphaned, kept with its old text, for later "
                    "(also Enter)")
    out = [first]
    if placed and item.status == FUZZY:
        out.append(Key("r", "reject", "the new place is wrong: keep the old text, orphaned"))
    out += [Key("e", "re-pick", "type the span's text as the article reads now"),
            Key("x", "delete", "delete the mention or cue; a trigger or claim span takes "
                "its whole event or claim (refused while others refer to it)")]
    if flagged:
        out += [Key("k", "keep", "the verdict holds for the new words (clears the flag)"),
                Key("v", "verdict", "give another verdict for the new words"),
                Key("c", "clear", "remove the verdict: the claim needs a new check")]
    return (*out, *_ENDS)


def _flagged(ann: Annotations, path: tuple[str | int, ...]) -> bool:
    item = getattr(ann, str(path[0]))[int(path[1])]
    return isinstance(item, Claim) and path[2] == "span" and bool(item.recheck)


def offer(plan: Plan, ann: Annotations) -> Step[Review]:
    """The drift summary, then "Re-anchor now?", then the review of what needs a person."""
    moved = sum(1 for p in plan.placements if p.status != "exact")
    summary = drifted(moved, len(plan.placements)) + \
        ("." if moved else "; re-anchoring records its new hash.")
    return Step(Review(plan=plan), notes=(Note("warning: the article changed since it was "
                                               "annotated" + summary, "heading"),))


def drifted(moved: int, total: int) -> str:
    """What follows "the article changed since it was annotated" (the dialogue's warning
    and the workspace's plan): ": 1 of 3 spans is no longer exactly where it was"."""
    if moved:
        return f": {moved} of {counted(total, 'span')} " + (
            "is no longer exactly where it was" if moved == 1 else
            "are no longer exactly where they were")
    if total:
        return ", but the one span is still where it was" if total == 1 else \
            f", but all {total} spans are still where they were"
    return ", but no span is anchored to it"


def start(todo: list[Pending]) -> Step[Review]:
    """A review of `todo` (the `review` command: orphans and flagged verdicts)."""
    if not todo:
        return Step(Review(), notes=(Note("No span needs a review."),))
    return Step(Review(tuple(todo)), notes=(heading(tuple(todo)),))


def heading(todo: tuple[Pending, ...]) -> Note:
    return Note(f"Review: {counted(len(todo), 'span')} to look at. Enter leaves each as it is now; "
                "r rejects a fuzzy match, e re-picks, x deletes, k/v/c keep, change or clear "
                "a verdict given for other words, d ends the review, ? explains.", "heading")


def pending(ann: Annotations, plan: Plan) -> list[Pending]:
    """The plan's fuzzy, ambiguous and orphaned spans, as they are in `ann` (re-anchored),
    then claims whose verdict is flagged for re-check."""
    now = dict(ann.spans())
    out = []
    for p in plan.placements:
        if p.status in REVIEWED:
            section, index, field, *_ = p.path
            item = getattr(ann, str(section))[int(index)]
            out.append(Pending(item.id, str(field), p.status, p.old, now[p.path], p.score))
    seen = {(p.item_id, p.field) for p in out}
    return out + [p for p in flagged(ann) if (p.item_id, p.field) not in seen]


def flagged(ann: Annotations) -> list[Pending]:
    return [Pending(c.id, "span", RECHECK, c.span, c.span) for c in ann.claims if c.recheck]


def orphans(ann: Annotations) -> list[Pending]:
    """Spans left orphaned earlier, and verdicts flagged for re-check (`review`)."""
    out = [Pending(item.id, str(sub[0]), ORPHANED, span, span)
           for _, _, item in ann.items() for sub, span in item.spans() if span.orphaned]
    seen = {(p.item_id, p.field) for p in out}
    return out + [p for p in flagged(ann) if (p.item_id, p.field) not in seen]


def describe(ann: Annotations, path: tuple[str | int, ...]) -> str:
    """"a mention of actor hamas (Hamas)", "the trigger of event call", "claim un-vote"."""
    section, index, field, *_ = path
    item = getattr(ann, str(section))[int(index)]
    if field == "mentions":
        return f"a mention of actor {item.id} ({visible(item.name)})"
    if field == "trigger":
        return f"the trigger of event {item.id}"
    if field == "cue":
        return f"the cue of claim {item.id}"
    return f"claim {item.id}"
