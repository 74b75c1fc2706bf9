"""The three passes of `annotate tag` (actors, events, claims) as a step machine.

Each pass offers the recommenders' suggestions one at a time, with the same keys in
every pass: Enter or `a` accepts as suggested, `e` edits first (a form), `r` rejects
(recorded in the sidecar's `rejected`, never offered again), `s` skips for now, `m`
merges into an actor you have (actors), `n` adds one of your own, `d` ends the pass,
`u` undoes the last change and goes back to it, `q` quits. Ending a pass is never
final: a walk started at any pass (`pass events` in the command loop) offers what is
still pending. Accepted suggestions are `decided` (the front end keeps them with the
resume position); skipped ones stay pending. See `tag.questions` for the protocol.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from annotate import suggest
from annotate.editing import parse
from annotate.editing import vocabulary as v
from annotate.errors import AnnotateError
from annotate.model import Annotations
from annotate.tag import forms, session
from annotate.tag.forms import Form, listed
from annotate.tag.questions import (
    CHOICE,
    KEY,
    Answer,
    Key,
    Note,
    Question,
    Step,
    error,
    pressed,
)
from annotate.tag.session import Context
from annotate.visible import counted

PASSES = ("actors", "events", "claims")
Suggestion = suggest.ActorSuggestion | suggest.EventSuggestion | suggest.ClaimSuggestion
KIND = {"actors": "actor", "events": "event", "claims": "claim"}


def keys(pass_name: str) -> tuple[Key, ...]:
    """The keys of a suggestion: the same letters mean the same in every pass."""
    kind = KIND[pass_name]
    out = [Key("a", "accept", f"add the {kind} as suggested (also Enter, or y)"),
           Key("e", "edit", "change it first (a form; - there cancels)"),
           Key("r", "reject", "not one: never suggest it again (kept in the sidecar; also x)"),
           Key("s", "skip", f"decide later: `pass {pass_name}` offers it again"),
           Key("n", "new", f"add {'an' if kind[0] in 'ae' else 'a'} {kind} of your own first"),
           Key("d", "done", f"end this pass; the rest stay for `pass {pass_name}`"),
           Key("u", "undo", "undo the last change and go back to it"),
           Key("q", "quit", "leave annotate tag (everything is saved)")]
    if pass_name == "actors":
        out.insert(4, Key("m", "merge", "these are mentions of an actor you have"))
    return tuple(out)


@dataclass(frozen=True)
class Walk:
    passes: tuple[str, ...]  # the passes still to run, the current one first
    queue: tuple[Suggestion, ...] = ()  # the current pass's pending suggestions
    at: int = 0
    decided: frozenset[str] = frozenset()  # accepted or merged, in this session or before
    history: tuple[tuple[int, bool], ...] = ()  # (index, decided) of steps that changed
    form: Form | None = None
    own: bool = False  # the form adds an item of the person's own (n), not the suggestion
    merging: bool = False

    @property
    def current(self) -> str | None:
        return self.passes[0] if self.passes else None

    def question(self, ctx: Context, ann: Annotations) -> Question | None:
        if not self.passes or self.at >= len(self.queue):
            return None
        if self.form is not None:
            return self.form.question(ctx, ann)
        sug = self.queue[self.at]
        if self.merging:
            ids = tuple(a.id for a in ann.actors)
            return Question(CHOICE, "merge into", _title(ctx, self), choices=ids,
                            default=ids[-1], focus=_focus(sug), section="actors",
                            lines=(f"actors: {listed(list(ids))}",),
                            help="The actor these mentions belong to (id, name or alias).")
        pass_name = self.passes[0]
        return Question(KEY, "accept?", _title(ctx, self), keys=keys(pass_name), default="a",
                        focus=_focus(sug), section=pass_name)

    def step(self, ctx: Context, ann: Annotations, answer: Answer) -> Step[Walk]:
        if self.form is not None:
            return self._form_step(ctx, ann, answer)
        if self.merging:
            return self._merge_step(ctx, ann, str(answer).strip())
        sug = self.queue[self.at]
        pass_name = self.passes[0]
        key = pressed(answer, keys(pass_name), "a")
        if key == "q":
            return Step(self, quit=True)
        if key == "a":
            changes = accept(sug, ann)
            try:
                after = session.preview(ctx, ann, changes)
            except AnnotateError as exc:
                return Step(replace(self, form=edit_form(ctx, ann, sug, _title(ctx, self))),
                            notes=(error(f"{exc}; edit it:"),))
            return self._advance(ctx, after, changes, decided=sug.key)
        if key == "e":
            return Step(replace(self, form=edit_form(ctx, ann, sug, _title(ctx, self))))
        if key == "r":
            start, end = _focus(sug)  # (an event's or a claim's key is an offset: say its words)
            change = v.Reject(sug.key, "" if isinstance(sug, suggest.ActorSuggestion)
                              else ctx.article.text[start:end])
            return self._advance(ctx, session.preview(ctx, ann, [change]), [change])
        if key == "s":
            return self._advance(ctx, ann, [])
        if key == "m" and pass_name == "actors":
            if not ann.actors:
                return Step(self, notes=(error("no actors yet to merge into"),))
            return Step(replace(self, merging=True))
        if key == "n":
            return Step(replace(self, form=own_form(ctx, ann, KIND[pass_name]), own=True))
        if key == "d":
            return _next_pass(ctx, ann, replace(self, passes=self.passes[1:]))
        if key == "u":
            back = self
            if self.history:
                index, decided = self.history[-1]
                gone = self.queue[index].key
                back = replace(self, at=index, history=self.history[:-1],
                               decided=self.decided - {gone} if decided else self.decided)
            return Step(back, (v.Undo(),))
        letters = " ".join(k.key for k in keys(pass_name))
        word = str(answer).split()[0].lower() if str(answer).split() else ""
        if len(word) > 1 and word in parse.ALIASES:  # `list claims`, `show s12`: a command
            return Step(self, notes=(error(
                f"{word} is a command of the command prompt, which follows the passes (d "
                f"ends this one, `pass {pass_name}` comes back); here type one of: "
                f"{letters} ? (Enter = accept)"),))
        return Step(self, notes=(error(f"type one of: {letters} ? (Enter = accept)"),))

    def _advance(self, ctx: Context, after: Annotations, changes: list[v.Change],
                 decided: str | None = None) -> Step[Walk]:
        """On to the next suggestion, `after` the changes made for this one."""
        walk = replace(self, at=self.at + 1, form=None, own=False, merging=False,
                       decided=self.decided | {decided} if decided else self.decided,
                       history=(*self.history, (self.at, decided is not None))
                       if changes else self.history)
        if walk.at < len(walk.queue):
            return Step(walk, tuple(changes))
        step = _next_pass(ctx, after, replace(walk, passes=walk.passes[1:]))
        return replace(step, changes=tuple(changes))

    def _form_step(self, ctx: Context, ann: Annotations, answer: Answer) -> Step[Walk]:
        assert self.form is not None
        done = self.form.step(ctx, ann, answer)
        if done.machine is not None:
            return Step(replace(self, form=done.machine), notes=done.notes)
        if not done.changes:  # cancelled: back to the suggestion
            return Step(replace(self, form=None, own=False), notes=done.notes)
        if self.own:  # one of the person's own: then the same suggestion again
            return Step(replace(self, form=None, own=False,
                                history=(*self.history, (self.at, False))),
                        done.changes, done.notes)
        after = session.preview(ctx, ann, done.changes)
        step = self._advance(ctx, after, list(done.changes), decided=self.queue[self.at].key)
        return replace(step, notes=done.notes + step.notes)

    def _merge_step(self, ctx: Context, ann: Annotations, answer: str) -> Step[Walk]:
        if answer == "-":
            return Step(replace(self, merging=False), notes=(Note("not merged"),))
        target = answer or ann.actors[-1].id
        sug = self.queue[self.at]
        assert isinstance(sug, suggest.ActorSuggestion)
        changes: list[v.Change] = [v.AddMention(target, tuple(sug.mentions))]
        try:
            after = session.preview(ctx, ann, changes)
        except AnnotateError as exc:
            return Step(self, notes=(error(str(exc)),))
        return self._advance(ctx, after, changes, decided=sug.key)


def start(ctx: Context, ann: Annotations, passes: tuple[str, ...] = PASSES,
          decided: frozenset[str] = frozenset()) -> Step[Walk]:
    """A walk through `passes` (in order), offering what is not decided or rejected."""
    return _next_pass(ctx, ann, Walk(passes, decided=decided))


def pending(ctx: Context, ann: Annotations, pass_name: str,
            decided: frozenset[str] = frozenset()) -> list[Suggestion]:
    """The suggestions of one pass not yet accepted, merged or rejected."""
    found: list[Suggestion]
    if pass_name == "actors":
        found = list(suggest.actors(ctx.article, ann, inv=ctx.inventory, sidecar=ctx.sidecar))
    elif pass_name == "events":
        found = list(suggest.events(ctx.article, ctx.inventory, ann, sidecar=ctx.sidecar))
    else:
        found = list(suggest.claims(ctx.article, ann, inv=ctx.inventory, sidecar=ctx.sidecar))
    gone = decided | set(ann.rejected)
    return [s for s in found if s.key not in gone]


def _next_pass(ctx: Context, ann: Annotations, walk: Walk) -> Step[Walk]:
    """The first of `walk.passes` with something to offer; headings for each."""
    notes = []
    while walk.passes:
        name = walk.passes[0]
        queue = tuple(pending(ctx, ann, name, walk.decided))
        number = PASSES.index(name) + 1
        # The keys only where there is something to use them on.
        notes.append(Note(f"Pass {number} of 3: {name}. Nothing to suggest." if not queue else
                          f"Pass {number} of 3: {name}. {len(queue)} suggested. Enter accepts, "
                          f"r rejects, s skips, e edits, n adds your own, d ends the pass "
                          f"(`pass {name}` comes back to it), ? explains every key.",
                          "heading"))
        walk = replace(walk, queue=queue, at=0, history=(), form=None, own=False,
                       merging=False)
        if queue:
            break
        walk = replace(walk, passes=walk.passes[1:])
    return Step(walk, notes=tuple(notes))


def accept(sug: Suggestion, ann: Annotations) -> list[v.Change]:
    """The change that takes a suggestion as it is."""
    if isinstance(sug, suggest.ActorSuggestion):
        free = sug.id if sug.id and ann.get(sug.id) is None else None  # a known id, if free
        return [v.AddActor(name=sug.name, type=sug.type, mentions=tuple(sug.mentions),
                           aliases=tuple(sug.aliases), id=free)]
    if isinstance(sug, suggest.EventSuggestion):
        return [v.AddEvent(type=sug.type, trigger=sug.trigger,
                           participants=tuple(sug.participants), factuality=sug.factuality)]
    return [v.AddClaim(span=sug.span, kind=sug.kind, claimant=sug.claimant, cue=sug.cue,
                       checkworthy=sug.checkworthy)]


def edit_form(ctx: Context, ann: Annotations, sug: Suggestion, title: str) -> Form:
    """A form filled in from a suggestion, to change before it is added."""
    if isinstance(sug, suggest.ActorSuggestion):
        free = sug.id if sug.id and ann.get(sug.id) is None else None
        return forms.actor(sug.name, sug.type, tuple(sug.mentions), tuple(sug.aliases), free,
                           title=title)
    if isinstance(sug, suggest.EventSuggestion):
        return forms.event(ctx, sug.trigger, sug.type, tuple(sug.participants), title=title,
                           factuality=sug.factuality)
    return forms.claim(ctx, ann, sug.span, sug.kind, sug.claimant, sug.cue, sug.checkworthy,
                       title=title)


def own_form(ctx: Context, ann: Annotations, kind: str) -> Form:
    """An empty form for an item of the person's own (also `add actor` in the loop)."""
    if kind == "actor":
        return forms.actor()
    if kind == "event":
        return forms.event(ctx)
    return forms.claim(ctx, ann)


def _focus(sug: Suggestion) -> v.Where:
    if isinstance(sug, suggest.ActorSuggestion):
        return sug.mentions[0]
    if isinstance(sug, suggest.EventSuggestion):
        return sug.trigger
    return sug.span


def _title(ctx: Context, walk: Walk) -> str:
    art, sug = ctx.article, walk.queue[walk.at]
    counter = f"{walk.at + 1}/{len(walk.queue)}"
    if isinstance(sug, suggest.ActorSuggestion):
        where = sorted({art.sentence_at(s).number for s, _ in sug.mentions})
        hint = f", {sug.hint}" if sug.hint else ""
        also = f"; also {', '.join(sug.aliases)}" if sug.aliases else ""
        return (f"Actor {counter}: {sug.name} ({sug.type}{hint}): "
                f"{counted(len(sug.mentions), 'mention')} in "
                f"{listed([f's{n}' for n in where], 8)}{also}")
    if isinstance(sug, suggest.EventSuggestion):
        s, e = sug.trigger
        people = ", ".join(f"{a}:{r}" for a, r in sug.participants) or "none found"
        told = "" if sug.factuality == "asserted" else f" ({sug.factuality})"
        return (f"Event {counter}: '{art.text[s:e]}' in s{art.sentence_at(s).number} -> "
                f"{sug.type}{told}; participants: {people}")
    who = f"; claimant {sug.claimant}" if sug.claimant else ""
    whole = "sentence" if art.sentences_of(*sug.span) == tuple(sug.span) else "in sentence"
    return (f"Claim {counter}: {whole} s{art.sentence_at(sug.span[0]).number} "
            f"({sug.reason}) -> {sug.kind}{who}")
