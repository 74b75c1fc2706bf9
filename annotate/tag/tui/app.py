"""The full-screen workspace of `annotate tag`: the article, a selection, suggestions,
forms, a command line and live validation.

The app keeps the screen state (selection, current suggestion, the form being filled,
hints); everything it changes goes through `core.Core`, which saves each change at once.
Keys are handled in one place (`handle_key`), by mode: a hint being typed, a form, or
the normal keys.
"""

from __future__ import annotations

import signal
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Static

from annotate.tag.tui import commandline, cursor, forms, panel
from annotate.tag.tui import hints as hint_mod
from annotate.tag.tui.core import Actor, Claim, Core, CoreError, Event, Problem, Suggestion
from annotate.tag.tui.screens import HelpScreen, PlanScreen, RecheckScreen
from annotate.tag.tui.view import ArticleView
from annotate.visible import visible

Sel = tuple[int, int]
PASSES = ("actors", "events", "claims")
INTERRUPTED = 130


@dataclass
class Hint:
    """Hint letters on screen, waiting to be typed: what they are for, and their targets."""

    purpose: str  # jump | stretch | mention | merge
    table: dict[str, Any]  # label -> target
    places: dict[str, list[int]] = field(default_factory=dict)  # label -> offsets drawn at
    typed: str = ""


class CommandInput(Input):
    """The `:` and `/` line: Tab completes instead of moving the focus."""

    def __init__(self, workspace: WorkspaceApp) -> None:
        super().__init__(id="input")
        self.ws = workspace

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "tab" and self.ws.prompt == ":":
            event.stop()
            event.prevent_default()
            self.value, choices = commandline.complete(self.ws.core, self.value)
            self.cursor_position = len(self.value)
            self.ws.say("  ".join(choices[:12]) + (" …" if len(choices) > 12 else "")
                        if len(choices) > 1 else "")
            return
        if event.key == "escape":
            event.stop()
            self.ws.close_prompt()
            return
        await super()._on_key(event)


class WorkspaceApp(App[int]):
    CSS = """
    Screen { layout: vertical; }
    #main { height: 1fr; }
    #article { width: 1fr; }
    #panel { width: 34; height: 100%; padding: 0 1; border-left: solid $primary-darken-2;
             overflow-y: auto; }
    #message { height: 1; padding: 0 1; }
    #status { height: 1; background: $primary-darken-3; padding: 0 1; }
    #input { height: 1; border: none; padding: 0 1; display: none; }
    #input.open { display: block; }
    .narrow #panel { width: 30; }
    """
    BINDINGS = [Binding("ctrl+c", "interrupt", show=False, priority=True)]

    def __init__(self, core: Core) -> None:
        super().__init__()
        self.core = core
        self.t = cursor.Text.of(core.text, core.sentences, core.paragraphs)
        self.sel: Sel = cursor.word_at(self.t, 0)
        self.chars = False
        self.queue: dict[str, list[Suggestion]] = {p: [] for p in PASSES}
        self.current: Suggestion | None = None
        self.form: forms.Form | None = None
        self.hint: Hint | None = None
        self.find = ""
        self.prompt = ""  # ":" command, "/" search, "name", "list" while the input is open
        self.listing = ""
        self.problems: list[Problem] = []
        self.problem_at = -1
        self.message = ""
        self.keys_pressed = 0  # counted for the keystroke benchmark
        self._shown = False
        self._form_places: dict[str, list[int]] = {}
        self._panel_shows: object = None
        self._view_shows: object = None
        self._status_shows = ""

    # -- building the screen ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        self.view = ArticleView(self)
        with Horizontal(id="main"):
            yield self.view
            yield Static(id="panel")
        yield Static(id="message")
        yield CommandInput(self)
        yield Static(id="status")

    def on_mount(self) -> None:
        self._shown = True
        self.title = f"annotate tag: {self.core.article_path.name}"
        for sig in (signal.SIGHUP, signal.SIGTERM):
            try:
                import asyncio
                asyncio.get_running_loop().add_signal_handler(sig, self.exit, INTERRUPTED)
            except (NotImplementedError, RuntimeError, ValueError):
                pass
        self.view.focus()
        self.call_after_refresh(self.refresh_suggestions, True)
        self.call_after_refresh(self.check)
        for warning in self.core.warnings:
            self.say(f"warning: {warning}")
        rows = self.core.plan()
        if rows is not None:
            self.push_screen(PlanScreen(self.core, rows), self._planned)
        else:
            self.offer_rechecks()

    def _planned(self, answer: bool | None) -> None:
        if answer:
            self.change(self.core.reanchor)
            self.refresh_suggestions()
        else:
            self.say("not re-anchored: nothing is lost; new spans wait until you re-anchor "
                     "(:reanchor)")
        self.offer_rechecks()

    def offer_rechecks(self) -> None:
        todo = self.core.rechecks()
        if todo:
            claim = todo[0]
            self.select((claim.span.start, claim.span.end))
            self.push_screen(RecheckScreen(self.core, claim), self._rechecked)

    def _rechecked(self, answer: tuple[str, str | None] | None) -> None:
        if answer is None:
            self.say("left for later: R re-checks it")
            return
        claim_id, verdict = answer
        if verdict == "=keep":
            self.change(lambda: self.core.settle_recheck(claim_id, None, keep=True))
        else:
            self.change(lambda: self.core.settle_recheck(claim_id, verdict))
        self.offer_rechecks()

    # -- what the view asks --------------------------------------------------------------
    @property
    def current_span(self) -> Sel | None:
        if self.form is not None:
            return self.form.span
        return self.current.span if self.current else None

    def highlights(self, lo: int, hi: int) -> list[tuple[str, list[Sel]]]:
        out: list[tuple[str, list[Sel]]] = []
        if self.find:
            out.append(("search", cursor.matches(self.t, self.find, lo, hi)))
        if self.current_span:
            out.append(("current", [self.current_span]))
        out.append(("selection", [self.sel]))
        return out

    def overlay(self, lo: int, hi: int) -> list[tuple[int, str]]:
        hint = self.hint
        places = hint.places if hint else self.form_places()
        typed = hint.typed if hint else (self.form.typed if self.form else "")
        return [(o, label[len(typed):]) for label, offsets in places.items()
                if label.startswith(typed) for o in offsets if lo <= o < hi]

    def form_places(self) -> dict[str, list[int]]:
        return self._form_places

    # -- changes -----------------------------------------------------------------------------
    def change(self, fn: Callable[[], object]) -> bool:
        """Run one change through the core (saved at once); say what it did or why not."""
        try:
            fn()
        except CoreError as exc:
            self.say(f"error: {exc}")
            return False
        self.say(f"✓ {self.core.said}; saved")
        self.view.remark()
        self.refresh_suggestions()
        self.check()
        return True

    def refresh_suggestions(self, first: bool = False) -> None:
        """Ask the recommenders again, in a thread (a long article takes a moment)."""
        ann = self.core.ann
        self.run_worker(lambda: self._suggest(ann, first), thread=True, exclusive=True,
                        group="suggest")

    def _suggest(self, ann: Any, first: bool) -> None:
        try:
            queue: dict[str, list[Suggestion]] | str = self.core.suggestions(ann)
        except CoreError as exc:  # an article not re-anchored: spans would not match
            queue = f"suggestions: {exc}"
        self.call_from_thread(self._suggested, ann, queue, first)

    def _suggested(self, ann: Any, queue: dict[str, list[Suggestion]] | str,
                   first: bool) -> None:
        if ann is not self.core.ann:
            return  # a later change has its own on the way
        if isinstance(queue, str):
            self.say(queue)
            queue = {p: [] for p in PASSES}
        self.queue = queue
        if self.current is not None:
            same = [s for p in PASSES for s in self.queue[p] if s.key == self.current.key]
            self.current = same[0] if same else None
        if first and self.form is None and self.hint is None:
            self.goto_suggestion(0)
        self.update_panel()

    def check(self) -> None:
        """Validate the saved sidecar in a thread (a long one takes a second)."""
        self.run_worker(self._check, thread=True, exclusive=True, group="check")

    def _check(self) -> None:
        found = self.core.problems()
        self.call_from_thread(self._checked, found)

    def _checked(self, found: list[Problem]) -> None:
        self.problems = found
        self.update_status()

    # -- the status bar, the message line and the panel ----------------------------------------
    def say(self, message: str) -> None:
        self.message = message = visible(message)
        if self._shown:
            self.query_one("#message", Static).update(Text(message, style="bold"), layout=False)

    def update_status(self) -> None:
        if not self._shown:
            return
        status = panel.status(self)
        if status.plain != self._status_shows:
            self._status_shows = status.plain
            self.query_one("#status", Static).update(status, layout=False)

    def update_panel(self) -> None:
        """The panel, the status bar and what the article pane shows besides the
        selection; each only when what it shows changed (a long article has many marks)."""
        if not self._shown:
            return
        form = self.form
        here = self.item_here()
        shows = (id(self.core.ann), self.current, here.id if here else None, self.prompt,
                 self.listing, repr(form) if form else None,
                 (self.hint.purpose, self.hint.typed) if self.hint else None,
                 tuple(len(q) for q in self.queue.values()))
        if shows != self._panel_shows:
            self._panel_shows = shows
            self.query_one("#panel", Static).update(panel.render(self), layout=False)
        self.update_status()
        marks = (self.current_span, self.find, shows[5], shows[6], id(self.core.ann))
        if marks != self._view_shows:
            self._view_shows = marks
            self.view.redraw()

    # -- selection --------------------------------------------------------------------------------
    def select(self, sel: Sel, centre: bool = False) -> None:
        old, self.sel = self.sel, sel
        self.view.show(sel, centre)
        self.view.redraw_spans(old, sel)
        self.update_panel()

    def select_at(self, start: int, end: int) -> None:
        """A click (start == end) or a drag, snapped to words unless in character mode."""
        if self.chars:
            self.select((min(start, end), max(start, end) + 1))
        elif start == end:
            self.select(cursor.word_at(self.t, start))
        else:
            self.select(cursor.snap(self.t, start, end))

    # -- suggestions -------------------------------------------------------------------------------
    def pending(self) -> list[Suggestion]:
        return [s for p in PASSES for s in self.queue[p]]

    def goto_suggestion(self, step: int, only: str | None = None) -> None:
        """The next (step 1), previous (-1) or first (0) pending suggestion."""
        found = self.queue[only] if only else self.pending()
        found = sorted(found, key=lambda s: (PASSES.index(s.kind + "s"), s.span))
        if not found:
            self.current = None
            self.say("no pending suggestions" + (f" for {only}" if only else ""))
            self.update_panel()
            return
        if step == 0 or self.current is None or self.current not in found:
            target = found[0] if step >= 0 else found[-1]
            if step != 0 and self.current is not None:
                order = [(PASSES.index(s.kind + "s"), s.span) for s in found]
                here = (PASSES.index(self.current.kind + "s"), self.current.span)
                later = [s for s, o in zip(found, order, strict=True) if (o > here) == (step > 0)
                         and o != here]
                target = (later[0] if step > 0 else later[-1]) if later else target
        else:
            target = found[(found.index(self.current) + step) % len(found)]
        self.current = target
        self.select(target.span)

    def accept(self) -> None:
        sug = self.current
        if sug is None:
            return
        if sug.kind == "actor":
            ok = self.change(lambda: self.core.add_actor(sug.name, sug.type, sug.mentions,
                                                         sug.aliases))
        elif sug.kind == "event":
            ok = self.change(lambda: self.core.add_event(sug.type, sug.span, sug.participants))
        else:
            ok = self.change(lambda: self.core.add_claim(sug.span, sug.type, sug.claimant,
                                                         sug.cue, sug.checkworthy))
        if ok:
            self._after_decision(sug)

    def reject(self) -> None:
        sug = self.current
        if sug is not None and self.change(lambda: self.core.reject(sug.key)):
            self._after_decision(sug)

    def _after_decision(self, sug: Suggestion) -> None:
        """Go on to the next pending suggestion of the same pass, else of the next one."""
        same = [s for s in self.queue[sug.kind + "s"] if s.span > sug.span]
        if same:
            self.current = same[0]
            self.select(same[0].span)
            return
        self.current = None
        self.goto_suggestion(0, sug.kind + "s" if self.queue[sug.kind + "s"] else None)

    # -- keys ----------------------------------------------------------------------------------
    def handle_key(self, key: str, character: str | None) -> bool:
        """Every key of the article pane; True when it was used."""
        self.keys_pressed += 1
        if self.hint is not None:
            self._hint_key(key, character)
            return True
        if self.form is not None:
            self._form_key(key, character)
            return True
        action = NORMAL_KEYS.get(key) or NORMAL_KEYS.get(character or "")
        if action is None:
            self.keys_pressed -= 1
            return False
        action(self)
        return True

    def _hint_key(self, key: str, character: str | None) -> None:
        hint = self.hint
        assert hint is not None
        if character == "/" and hint.purpose in ("mention", "merge"):
            self.open_prompt("actor", "actor: type part of a name, Enter picks")
            return
        if key == "escape" or not character or not character.isalpha():
            self.hint = None
            self.say("")
            self.update_panel()
            return
        labels = {label: i for i, label in enumerate(hint.table)}
        found = hint_mod.complete(labels, hint.typed + character)
        if found is None:
            hint.typed += character
            self.view.redraw()
            return
        self.hint = None
        if found is False:
            self.say("no such hint")
            self.update_panel()
            return
        target = hint.table[list(hint.table)[found]]
        self.hint_done(hint.purpose, target)

    def hint_done(self, purpose: str, target: Any) -> None:
        if purpose == "jump":
            self.select(target)
            self.view.keep_room_below(target)
        elif purpose == "stretch":
            self.select(cursor.extend_to(self.t, self.sel, target))
        elif purpose == "mention":
            sel = self.sel
            self.change(lambda: self.core.add_mentions(target, [sel]))
        elif purpose == "merge" and self.current is not None:
            sug = self.current
            if self.change(lambda: self.core.add_mentions(target, sug.mentions)):
                self.change(lambda: self.core.reject(sug.key))
                self._after_decision(sug)
        self.update_panel()

    def start_hint(self, purpose: str) -> None:
        if purpose in ("jump", "stretch"):
            table, places = self.token_hints(stretch=purpose == "stretch")
        else:
            table, places = self.actor_hints(self.sel)
        if not table:
            self.say("nothing on screen to pick" if purpose in ("jump", "stretch") else
                     "no actors yet: tag one first (a)")
            return
        self.hint = Hint(purpose, table, places)
        self.say({"jump": "jump to: type the letters on a word",
                  "stretch": "stretch to: type the letters on a word",
                  "mention": "a mention of: type the letters of an actor",
                  "merge": "merge into: type the letters of an actor"}[purpose] + " (Esc: no)")
        self.update_panel()

    def token_hints(self, stretch: bool = False) -> tuple[dict[str, Any], dict[str, list[int]]]:
        lo, hi = self.view.visible_range()
        first = bisect_left(self.t.ends, lo + 1)
        last = bisect_left(self.t.starts, hi)
        tokens = [self.t.tokens[i] for i in range(first, last)]
        if stretch:
            tokens = [tk for tk in tokens if tk[1] != self.sel[1]]
            anchor = self.sel[1]
        else:
            anchor = self.sel[0]
        tokens.sort(key=lambda tk: (abs(tk[0] - anchor), tk[0]))
        table = dict(zip(hint_mod.labels(len(tokens)), tokens, strict=True))
        return table, {label: [tk[0]] for label, tk in table.items()}

    def actor_hints(self, near: Sel) -> tuple[dict[str, Any], dict[str, list[int]]]:
        """One label per actor: those with a mention on screen first, nearest first."""
        lo, hi = self.view.visible_range()
        seen: dict[str, int] = {}
        where: dict[str, list[int]] = {}
        for actor in self.core.ann.actors:
            on_screen = [m.start for m in actor.mentions if lo <= m.start < hi and not m.orphaned]
            where[actor.id] = on_screen
            distance = min((abs(o - near[0]) for o in on_screen), default=10**9)
            seen[actor.id] = distance
        ordered = sorted(seen, key=lambda a: (seen[a], a))
        table = dict(zip(hint_mod.labels(len(ordered)), ordered, strict=True))
        return table, {label: where[actor] for label, actor in table.items()}

    def item_hints(self, near: Sel, exclude: str | None) -> tuple[dict[str, Any],
                                                                  dict[str, list[int]]]:
        lo, hi = self.view.visible_range()
        distance: dict[str, int] = {}
        where: dict[str, list[int]] = {}
        for _, _, item in self.core.ann.items():
            if item.id == exclude:
                continue
            starts = [s.start for _, s in item.spans() if not s.orphaned]
            shown = [o for o in starts if lo <= o < hi]
            where[item.id] = shown[:3]
            distance[item.id] = min((abs(o - near[0]) for o in shown), default=10**9)
        ordered = sorted(distance, key=lambda i: (distance[i], i))[:600]
        table = dict(zip(hint_mod.labels(len(ordered)), ordered, strict=True))
        return table, {label: where[item] for label, item in table.items()}

    # -- forms ---------------------------------------------------------------------------------
    def open_form(self, what: str, span: Sel, values: dict[str, Any], start: str,
                  suggestion: str | None = None, item_id: str | None = None,
                  names: list[str] | None = None) -> None:
        core = self.core
        choices = {
            "actor_types": forms.letters(core.actor_types),
            "event_types": forms.letters(list(core.event_types)),
            "claim_kinds": forms.letters(core.claim_kinds),
            "verdicts": forms.letters(core.verdicts),
            "factualities": forms.letters(core.factualities),
        }
        self.form = forms.Form(what, span, values, choices, core.event_types,
                               item_id=item_id, suggestion=suggestion, names=names or [])
        self.form.go([n for n, _ in self.form.fields].index(start))
        self._form_hints()
        self.say(f"{'editing ' + item_id if item_id else 'new ' + what}: Enter saves, "
                 "Esc drops it, Tab moves on, ? keys")
        self.update_panel()

    def _form_hints(self) -> None:
        form = self.form
        self._form_places = {}
        if form is None or form.hinted is None:
            return
        if form.hinted == "actors":
            table, places = self.actor_hints(form.span)
        elif form.hinted == "items":
            table, places = self.item_hints(form.span, form.item_id)
        else:
            table, places = self.token_hints()
        form.hints = table
        self._form_places = places

    def _form_key(self, key: str, character: str | None) -> None:
        form = self.form
        assert form is not None
        if key == "question_mark" or character == "?":
            self.push_screen(HelpScreen("form"))
            return
        if character == "/" and form.hinted == "actors":
            self.open_prompt("actor", "actor: type part of a name, Enter picks")
            return
        before = form.index
        outcome = form.key(key, character)
        if outcome.action == "cancel":
            self.form = None
            self._form_places = {}
            self.say("dropped; nothing of it was saved")
        elif outcome.action == "save":
            self.save_form()
        elif outcome.action == "ask-name":
            self.open_prompt("name", "name: ")
        elif outcome.action == "ignored":
            self.say(outcome.message)
        if self.form is not None and self.form.index != before:
            self._form_hints()
        self.update_panel()

    def save_form(self) -> None:
        form = self.form
        assert form is not None
        v, core = form.values, self.core
        came_from = self.current if self.current and self.current.key == form.suggestion \
            else None
        if form.item_id is not None:
            ok = self.change(lambda: _edit(core, form))
        elif form.what == "actor":
            ok = self.change(lambda: core.add_actor(v["name"], v["type"], v["mentions"],
                                                    v.get("aliases", [])))
        elif form.what == "mention":
            if v["actor"] is None:
                self.say("pick an actor by its letters")
                return
            ok = self.change(lambda: core.add_mentions(v["actor"], v["mentions"]))
        elif form.what == "event":
            ok = self.change(lambda: core.add_event(v["type"], form.span, v["participants"],
                                                    v["factuality"]))
        else:
            ok = self.change(lambda: core.add_claim(form.span, v["kind"], v["claimant"],
                                                    v["cue"], v["checkworthy"], v["verdict"],
                                                    v["about"]))
        if not ok:
            return
        self.form = None
        self._form_places = {}
        if came_from is not None:
            self._after_decision(came_from)

    # -- normal-mode actions -------------------------------------------------------------------
    def new_item(self, what: str) -> None:
        if self.core.read_only:
            self.say("opened read-only: nothing can be changed")
            return
        sel, text = self.sel, self.core.text[self.sel[0]:self.sel[1]]
        sug = self.current if self.current and _overlap(self.current.span, sel) else None
        if what == "actor":
            # Its other occurrences too, where no other actor is mentioned already.
            taken = [(m.start, m.end) for a in self.core.ann.actors for m in a.mentions]
            mentions = [m for m in _every(self.core.text, text)
                        if m == sel or not any(_overlap(m, t) for t in taken)]
            if sel not in mentions:
                mentions.append(sel)
            names = [text]
            values = {"name": text, "type": self.core.actor_types[0], "mentions": mentions}
            if sug is not None and sug.kind == "actor":
                names = list(dict.fromkeys([sug.name, *sug.aliases, text]))
                values.update(name=sug.name, type=sug.type,
                              mentions=list(dict.fromkeys([*sug.mentions, *mentions])),
                              aliases=list(sug.aliases))
            self.open_form("actor", sel, values, "type", sug.key if sug and sug.kind == "actor"
                           else None, names=names)
        elif what == "event":
            etype = self.core.event_type_for(text) or next(iter(self.core.event_types))
            people: list[tuple[str, str]] = []
            if sug is not None and sug.kind == "event" and sug.span == sel:
                etype, people = sug.type, list(sug.participants)
            known = self.core.event_type_for(text) is not None or bool(people)
            self.open_form("event", sel, {"type": etype, "participants": people,
                                          "factuality": "asserted"},
                           "participants" if known else "type",
                           sug.key if sug and sug.kind == "event" else None)
        else:
            claim: dict[str, Any] = {"kind": "factual", "claimant": None, "verdict": None,
                                      "about": self._inside_events(sel), "cue": None,
                                      "checkworthy": True}
            key = None
            if sug is not None and sug.kind == "claim":
                claim.update(kind=sug.type, claimant=sug.claimant, cue=sug.cue,
                             checkworthy=sug.checkworthy)
                key = sug.key
            self.open_form("claim", sel, claim, "kind", key)

    def _inside_events(self, sel: Sel) -> list[str]:
        """Events triggered inside a claim's words: what it is most likely about."""
        return [e.id for e in self.core.ann.events
                if sel[0] <= e.trigger.start and e.trigger.end <= sel[1]]

    def edit_here(self) -> None:
        """Edit the current suggestion, else the annotation under the cursor."""
        sug = self.current
        if sug is not None and _overlap(sug.span, self.sel):
            if sug.kind == "claim":
                self.select(sug.span)
                self.say("trim the claim with [ ] < > or F, then c makes it")
                return
            self.select(sug.span)
            self.new_item(sug.kind)
            return
        item = self.item_here()
        if item is None:
            self.say("no annotation under the cursor")
            return
        span = next((s for _, s in item.spans()), None)
        where = (span.start, span.end) if span else self.sel
        if isinstance(item, Actor):
            self.open_form("actor", where, {"name": item.name, "type": item.type,
                                            "mentions": []}, "type", item_id=item.id,
                           names=list(dict.fromkeys([item.name, *item.aliases])))
        elif isinstance(item, Event):
            self.open_form("event", where, {"type": item.type, "participants": [
                (p.actor, p.role) for p in item.participants], "factuality": item.factuality},
                "type", item_id=item.id)
        elif isinstance(item, Claim):
            self.open_form("claim", where, {
                "kind": item.kind, "claimant": item.claimant, "verdict": item.verdict,
                "about": list(item.about), "checkworthy": item.checkworthy,
                "cue": (item.cue.start, item.cue.end) if item.cue else None}, "kind",
                item_id=item.id)

    def item_here(self) -> Actor | Event | Claim | None:
        """The innermost annotation under the selection's start."""
        found = self.span_here()
        return self.core.item(found[0]) if found else None

    def span_here(self) -> tuple[str, Sel] | None:
        """The shortest annotated span under the selection's start: (item id, span)."""
        at = self.sel[0]
        hits = [m for m in self.view.marks_at(at) if m.start <= at < m.end]
        if not hits:
            return None
        best = min(hits, key=lambda m: m.end - m.start)
        return best.item, (best.start, best.end)

    def next_span_of_item(self) -> None:
        """The next span of the annotation under the cursor (its mentions in turn)."""
        item = self.item_here()
        if item is None:
            self.say("no annotation under the cursor")
            return
        spans = sorted((s.start, s.end) for _, s in item.spans() if not s.orphaned)
        later = [s for s in spans if s[0] > self.sel[0]]
        target = later[0] if later else spans[0]
        self.say(f"{item.id}: span {spans.index(target) + 1} of {len(spans)}")
        self.select(target)

    def delete_here(self) -> None:
        found = self.span_here()
        if found is None:
            self.say("no annotation under the cursor")
            return
        item_id, where = found
        self.change(lambda: self.core.drop_span(item_id, where))

    def next_problem(self, step: int) -> None:
        placed = [p for p in self.problems if p.where is not None]
        if not self.problems:
            self.say("no validation problems")
            return
        self.problem_at = (self.problem_at + step) % len(self.problems)
        problem = self.problems[self.problem_at]
        self.say(f"{self.problem_at + 1}/{len(self.problems)} {problem.severity}: "
                 f"{problem.message}")
        if problem.where is not None:
            self.select(problem.where, centre=True)
        elif not placed:
            self.update_panel()

    # -- the input line --------------------------------------------------------------------------
    def open_prompt(self, kind: str, placeholder: str) -> None:
        self.prompt = kind
        box = self.query_one("#input", CommandInput)
        box.value = ""
        box.placeholder = placeholder
        box.add_class("open")
        box.focus()

    def close_prompt(self) -> None:
        self.prompt = ""
        self.listing = ""
        box = self.query_one("#input", CommandInput)
        box.remove_class("open")
        box.value = ""
        self.view.focus()
        self.update_panel()

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.prompt == "list":
            self.listing = event.value
            self.update_panel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        kind, value = self.prompt, event.value.strip()
        self.close_prompt()
        if kind == "/":
            self.search(value or self.find, True)
        elif kind == ":":
            self.run_command(value)
        elif kind == "name" and self.form is not None:
            if value:
                self.form.values["name"] = value
                self.form.names = [value, *self.form.names]
            self.update_panel()
        elif kind == "actor":
            self.pick_actor(value)
        elif kind == "list":
            found = panel.listed(self, value)
            if found:
                span = next((s for _, s in found[0].spans() if not s.orphaned), None)
                if span is not None:
                    self.select((span.start, span.end), centre=True)
                    self.say(f"{found[0].id}")

    def pick_actor(self, query: str) -> None:
        """An actor by part of its name: as if its hint letters had been typed."""
        names = {a.id: [a.id, a.name, *a.aliases] for a in self.core.ann.actors}
        found = hint_mod.fuzzy(query, names)
        if found is None:
            self.say(f"no actor like {query!r}")
            self.hint = None
            self.update_panel()
            return
        if self.hint is not None:
            purpose, self.hint = self.hint.purpose, None
            self.hint_done(purpose, found)
        elif self.form is not None:
            label = next((lb for lb, v in self.form.hints.items() if v == found), None)
            if label is not None:
                for letter in label:
                    self._form_key(letter, letter)
        self.update_panel()

    def search(self, query: str, forward: bool) -> None:
        if not query:
            self.say("no search yet: / searches")
            return
        self.find = query
        found = cursor.search(self.t, query, self.sel, forward)
        if found is None:
            self.say(f"{query!r} is not in the article")
            self.view.redraw()
            return
        self.say(f"/{query}")
        self.select(found)

    def run_command(self, line: str) -> None:
        from annotate.tag.tui import commands
        commands.run(self, line)

    def help(self) -> None:
        self.push_screen(HelpScreen("normal"))

    def drop_current(self) -> None:
        self.current = None
        self.say("")
        self.update_panel()

    # -- leaving -------------------------------------------------------------------------------
    def action_interrupt(self) -> None:
        self.exit(INTERRUPTED)

    def action_quit(self) -> None:  # type: ignore[override]
        self.exit(0)


def _edit(core: Core, form: forms.Form) -> str:
    v, item_id = form.values, form.item_id
    assert item_id is not None
    if form.what == "actor":
        return core.edit(item_id, {"name": [v["name"]], "type": [v["type"]]})
    if form.what == "event":
        return core.edit(item_id, {"type": [v["type"]], "factuality": [v["factuality"]],
                                   "participant": [f"{a}:{r}" for a, r in v["participants"]]})
    core.edit(item_id, {"kind": [v["kind"]], "claimant": [v["claimant"] or "none"],
                        "verdict": [v["verdict"] or "none"], "about": list(v["about"]),
                        "checkworthy": ["yes" if v["checkworthy"] else "no"]})
    return core.edit_span(item_id, "cue", v["cue"])


def _overlap(a: Sel, b: Sel) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _every(text: str, word: str) -> list[Sel]:
    """Every whole-word occurrence of `word` (a new actor's other mentions)."""
    import re
    if not word.strip():
        return []
    head = r"(?<![^\W_])" if word[0].isalnum() else ""
    tail = r"(?![^\W_])" if word[-1].isalnum() else ""
    return [m.span() for m in re.finditer(head + re.escape(word) + tail, text)]


def _move(fn: Callable[[cursor.Text, Sel, bool], Sel]) -> Callable[[WorkspaceApp], None]:
    def act(app: WorkspaceApp) -> None:
        app.select(fn(app.t, app.sel, app.chars))
    return act


def _seg(fn: Callable[[cursor.Text, Sel], Sel]) -> Callable[[WorkspaceApp], None]:
    def act(app: WorkspaceApp) -> None:
        app.select(fn(app.t, app.sel))
    return act


def _line(step: int) -> Callable[[WorkspaceApp], None]:
    def act(app: WorkspaceApp) -> None:
        lay = app.view.layout_
        if lay is None:
            return
        here = lay.line_of(app.sel[0])
        column = app.sel[0] - lay.lines[here].start
        target = here + step
        while 0 <= target < len(lay.lines) and lay.lines[target].start == lay.lines[target].end:
            target += step
        if not 0 <= target < len(lay.lines):
            return
        line = lay.lines[target]
        app.select(cursor.word_at(app.t, min(line.start + column, max(line.start,
                                                                        line.end - 1))))
    return act


def _page(step: int) -> Callable[[WorkspaceApp], None]:
    def act(app: WorkspaceApp) -> None:
        lay = app.view.layout_
        if lay is None:
            return
        height = max(1, app.view.size.height - 2)
        here = lay.line_of(app.sel[0])
        target = max(0, min(len(lay.lines) - 1, here + step * height))
        app.select(cursor.word_at(app.t, lay.lines[target].start), centre=True)
    return act


def _toggle_chars(app: WorkspaceApp) -> None:
    app.chars = not app.chars
    app.say("character mode: moves and growing go by character" if app.chars
            else "word mode: selections snap to words")
    app.update_status()


def _undo(app: WorkspaceApp) -> None:
    app.change(app.core.undo)


def _redo(app: WorkspaceApp) -> None:
    app.change(app.core.redo)


def _recheck(app: WorkspaceApp) -> None:
    if not app.core.rechecks():
        app.say("no claim waits for a re-check")
    app.offer_rechecks()


def _accept_or_edit(app: WorkspaceApp) -> None:
    if app.current is not None and _overlap(app.current.span, app.sel):
        app.accept()
    else:
        app.edit_here()


NORMAL_KEYS: dict[str, Callable[[WorkspaceApp], None]] = {
    "right": _move(cursor.next_word), "l": _move(cursor.next_word),
    "left": _move(cursor.prev_word), "h": _move(cursor.prev_word),
    "down": _line(1), "j": _line(1), "up": _line(-1), "k": _line(-1),
    ")": _seg(cursor.next_sentence), "(": _seg(cursor.prev_sentence),
    "}": _seg(cursor.next_paragraph), "{": _seg(cursor.prev_paragraph),
    "pagedown": _page(1), "pageup": _page(-1), "space": _page(1),
    "g": lambda app: app.select(cursor.word_at(app.t, 0), centre=True),
    "G": lambda app: app.select(cursor.word_at(app.t, len(app.core.text) - 1), centre=True),
    "home": lambda app: app.select(cursor.word_at(app.t, 0), centre=True),
    "end": lambda app: app.select(cursor.word_at(app.t, len(app.core.text) - 1), centre=True),
    "]": _move(cursor.grow_end), "shift+right": _move(cursor.grow_end),
    "[": _move(cursor.shrink_end), "shift+left": _move(cursor.shrink_end),
    "<": _move(cursor.grow_start), ">": _move(cursor.shrink_start),
    "s": _seg(cursor.sentence),
    "+": _seg(cursor.to_sentence_end),
    "ctrl+d": lambda app: app.view.scroll_by_page(0.5),
    "ctrl+u": lambda app: app.view.scroll_by_page(-0.5),
    "C": _toggle_chars,
    "f": lambda app: app.start_hint("jump"),
    "F": lambda app: app.start_hint("stretch"),
    "/": lambda app: app.open_prompt("/", "search: "),
    "n": lambda app: app.search(app.find, True),
    "N": lambda app: app.search(app.find, False),
    "tab": lambda app: app.goto_suggestion(1), ".": lambda app: app.goto_suggestion(1),
    "shift+tab": lambda app: app.goto_suggestion(-1), ",": lambda app: app.goto_suggestion(-1),
    "1": lambda app: app.goto_suggestion(0, "actors"),
    "2": lambda app: app.goto_suggestion(0, "events"),
    "3": lambda app: app.goto_suggestion(0, "claims"),
    "y": lambda app: app.accept(), "enter": _accept_or_edit,
    "x": lambda app: app.reject(),
    "e": lambda app: app.edit_here(),
    "M": lambda app: app.start_hint("merge") if app.current and app.current.kind == "actor"
    else app.say("M merges an actor suggestion into an actor you have"),
    "a": lambda app: app.new_item("actor"),
    "m": lambda app: app.start_hint("mention"),
    "v": lambda app: app.new_item("event"),
    "c": lambda app: app.new_item("claim"),
    "d": lambda app: app.delete_here(),
    "o": lambda app: app.next_span_of_item(),
    "u": _undo, "U": _redo, "ctrl+r": _redo,
    "p": lambda app: app.next_problem(1), "P": lambda app: app.next_problem(-1),
    "R": _recheck,
    "L": lambda app: app.open_prompt("list", "list: type to filter, Enter jumps"),
    ":": lambda app: app.open_prompt(":", "command (Tab completes): "),
    "?": lambda app: app.help(),
    "question_mark": lambda app: app.help(),
    "q": lambda app: app.exit(0),
    "escape": lambda app: app.drop_current(),
}
