"""The drift review of `annotate tag`: when the article changed since it was annotated,
the re-anchoring plan is shown and offered, then the spans it could not place exactly
(fuzzy, ambiguous, orphaned) are reviewed one by one.

Re-anchoring is one session change and so is each review decision (`Loop.commit`):
undo takes it back, and it is saved at once like every other edit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from annotate import anchoring, edits, render, tagview
from annotate.errors import AnnotateError
from annotate.model import Annotations, Span
from annotate.walkthrough import Quit

if TYPE_CHECKING:
    from annotate.tagloop import Loop

SHOWN = 8  # plan rows on screen; `annotate reanchor --dry-run` lists them all
REVIEWED = (anchoring.FUZZY, anchoring.AMBIGUOUS, anchoring.ORPHANED)
HELP = """\
  a  accept: keep the span where re-anchoring put it (fuzzy spans only)
  r  re-pick: type the span's text as it reads now (s12 = sentence 12, s12 phrase)
  d  delete: a mention or a cue alone; a trigger or a claim's span, the whole event or
     claim (refused while other annotations refer to it)
  l  leave it orphaned, kept with its old text, for later (`review` in the command loop)
  q  leave the review; the rest stay as they are"""


@dataclass(frozen=True)
class Pending:
    """A span to review, found again by its item and its current value (indices shift
    when a mention or an annotation before it is deleted)."""

    item_id: str
    field: str  # mentions, trigger, span or cue
    status: str
    old: Span  # before re-anchoring
    now: Span  # in the sidecar: placed (fuzzy) or orphaned
    score: float = 0.0


def offer(loop: Loop, plan: anchoring.Plan) -> None:
    """The drift summary, "Re-anchor now?", then the review of what needs a person."""
    say = loop.term.say
    moved = sum(1 for p in plan.placements if p.status != anchoring.EXACT)
    say("\nwarning: the article changed since it was annotated" + (
        f": {moved} of {len(plan.placements)} span(s) are no longer exactly where they were."
        if moved else f", but all {len(plan.placements)} span(s) are still where they were; "
        "re-anchoring records its new hash."), "bold yellow")
    render.render_plan(loop.term.console, plan, loop.state.ann, limit=SHOWN)
    if loop.ws.read_only:
        say("read-only session: not re-anchored")
        return
    if not yes(loop, "Re-anchor now? [Y/n] "):
        say("Not re-anchored: the spans keep their old offsets and the sidecar its old hash, "
            "so nothing is lost. Edits to fields, links and deletions are saved; new spans "
            "are not, until you re-anchor (type reanchor). The tagging passes are skipped.")
        return
    after = anchoring.apply(loop.state.ann, plan, loop.art)
    counts = ", ".join(f"{n} {status}" for status, n in plan.counts().items()) or "no spans"
    todo = pending(after, plan)
    if loop.commit(after, None, f"re-anchored: {counts}") and todo:
        review(loop, todo)


def yes(loop: Loop, prompt: str) -> bool:
    while True:
        answer = loop.term.ask(prompt).strip().lower()
        if answer in ("", "y", "yes"):
            return True
        if answer in ("n", "no", "q", "quit"):
            return False
        loop.term.say("type y or n", "red")


def pending(ann: Annotations, plan: anchoring.Plan) -> list[Pending]:
    """The plan's fuzzy, ambiguous and orphaned spans, as they are in `ann` (re-anchored)."""
    now = dict(ann.spans())
    out = []
    for p in plan.placements:
        if p.status in REVIEWED:
            section, index, field, *_ = p.path
            item = getattr(ann, str(section))[int(index)]
            out.append(Pending(item.id, str(field), p.status, p.old, now[p.path], p.score))
    return out


def orphans(ann: Annotations) -> list[Pending]:
    """Spans left orphaned earlier (the `review` command)."""
    return [Pending(item.id, str(sub[0]), anchoring.ORPHANED, span, span)
            for _, _, item in ann.items() for sub, span in item.spans() if span.orphaned]


def review(loop: Loop, todo: list[Pending]) -> None:
    if not todo:
        loop.term.say("No span needs a review.")
        return
    loop.term.say(f"\nReview: {len(todo)} span(s) could not be placed exactly. a accepts a "
                  "fuzzy match, r re-picks, d deletes, l leaves it orphaned for later, "
                  "q leaves the review; Enter = accept (fuzzy) or leave (orphaned).", "bold")
    try:
        for number, item in enumerate(todo, 1):
            one(loop, item, f"{number}/{len(todo)}")
    except Quit:
        loop.term.say("Review left; the rest stay as they are (type review to go on).")
        return
    loop.term.say("Review done.")


def locate(ann: Annotations, item: Pending) -> tuple[str | int, ...] | None:
    for section, index, found in ann.items():
        if found.id == item.item_id:
            for sub, span in found.spans():
                if sub[0] == item.field and span == item.now:
                    return section, index, *sub
    return None


def one(loop: Loop, item: Pending, counter: str) -> None:
    say, art = loop.term.say, loop.art
    path = locate(loop.state.ann, item)
    if path is None:
        say(f"Span {counter}: {item.old.text!r} of {item.item_id} is no longer there; skipped")
        return
    placed = not item.now.orphaned
    say(f"Span {counter}: {item.status}, {describe(loop.state.ann, path)}", "bold cyan")
    old = " ".join(f"{item.old.prefix or ''}[{item.old.text}]{item.old.suffix or ''}".split())
    say(f"  was at {item.old.start}-{item.old.end}: …{old}…")
    if placed:
        say(f"  now at {item.now.start}-{item.now.end} (score {item.score:.2f}):")
        tagview.picked(loop.term.console, art, item.now.start, item.now.end)
    keys, default = ("a r d l", "accept") if placed else ("r d l", "leave")
    while True:
        answer = loop.term.ask(f"[{keys} q ?] (Enter = {default}): ").strip().lower()
        answer = answer[:1] or default[0]
        if answer == "q":
            raise Quit
        if answer == "?":
            say(HELP)
        elif answer not in keys.split():
            say(f"type one of: {keys} q ?", "red")
        elif decide(loop, item, path, answer):
            return


def decide(loop: Loop, item: Pending, path: tuple[str | int, ...], answer: str) -> bool:
    """Carry out one answer; False when it could not be done (the person is asked again)."""
    ann, name = loop.state.ann, render.span_name(path, loop.state.ann)
    try:
        if answer == "a":
            loop.term.say(f"kept {name} at {item.now.start}-{item.now.end}")
            return True
        if answer == "l":
            if item.now.orphaned:
                loop.term.say(f"{name} stays orphaned")
                return True
            return loop.commit(edits.set_span(ann, path, replace(item.old, orphaned=True)),
                               item.item_id, f"{name} left orphaned")
        if answer == "d":
            new, message = edits.drop_span(ann, path)
            return loop.commit(new, None, message)
        start, end = loop.ask_span("its text as it reads now (s12, s12 phrase; Enter = look "
                                   "for the old text): ", default_text=item.old.text)
        return loop.commit(edits.set_span(ann, path, edits.span(loop.art, start, end)),
                           item.item_id, f"re-picked {name} at {start}-{end}")
    except AnnotateError as exc:
        loop.term.say(f"error: {exc}", "red")
        return False


def describe(ann: Annotations, path: tuple[str | int, ...]) -> str:
    """"a mention of actor hamas (Hamas)", "the trigger of event call", "claim un-vote"."""
    section, index, field, *_ = path
    item = getattr(ann, str(section))[int(index)]
    if field == "mentions":
        return f"a mention of actor {item.id} ({item.name})"
    if field == "trigger":
        return f"the trigger of event {item.id}"
    if field == "cue":
        return f"the cue of claim {item.id}"
    return f"claim {item.id}"
