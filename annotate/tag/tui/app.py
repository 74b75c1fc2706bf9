"""The full-screen workspace of `annotate tag`: the article, a selection, suggestions,
forms, a command line and live validation.

The app keeps the screen state (selection, current suggestion, the form being filled,
hints, the review's question); everything it changes goes through `core.Core`, which
saves each change at once. Keys are handled in one place (`handle_key`), by mode: a hint
being typed, a form, a question of the review (`asking`), or the normal keys.
"""

from __future__ import annotations

import re
import signal
from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Static

from annotate.editing.edits import StillReferenced
from annotate.tag.tui import asking, commandline, cursor, forms, making, panel, picking
from annotate.tag.tui.actions import NORMAL_KEYS
from annotate.tag.tui.core import (
    Actor,
    Claim,
    Core,
    CoreError,
    Event,
    Problem,
    Question,
    Suggestion,
    Value,
)
from annotate.tag.tui.picking import Hint
from annotate.tag.tui.screens import HelpScreen
from annotate.tag.tui.view import ArticleView
from annotate.visible import visible

Sel = tuple[int, int]
PASSES = ("actors", "events", "claims")
INTERRUPTED = 130
CHECK_AFTER = 0.6  # seconds without a change before the sidecar is validated again
# The input line's own uses (not a form's question, whose form says what to do):
# what they leave on the message line is stale once they are done.
LINES = (":", "/", "list")
PANEL_KEYS = {"J": 1, "K": -1}  # scroll the side panel down, up (a letter no mode uses)
PANEL_SAID = ("no side panel at this width: the message line and ? say the keys",
              "the side panel shows all of it: nothing to scroll",
              "the end of the side panel (K scrolls back up)", "the top of the side panel")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def listed(choices: list[str], room: int) -> str:
    """The completions that fit in `room` characters (two lines of the message), "…"
    saying there are more: a dozen, cut at any width, hid most of the commands."""
    shown = ""
    for n, choice in enumerate(choices):
        more = " …" if n < len(choices) - 1 else ""
        if len(shown) + 2 + len(choice) + len(more) > room and shown:
            return shown + " …"
        shown += ("  " if shown else "") + choice
    return shown


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
            self.ws.say(listed(choices, 2 * (self.ws.size.width - 2))
                        if len(choices) > 1 else "")
            return
        if event.key == "escape":
            event.stop()
            self.ws.cancel_prompt()
            return
        if event.key == "enter":  # at once, not as a message: a key typed right after
            event.stop()  # Enter ("/x", Enter, "v") acts on what the line did
            event.prevent_default()
            self.ws.submit_line(self.value)
            return
        await super()._on_key(event)


class WorkspaceApp(App[int]):
    CSS = """
    Screen { layout: vertical; }
    #main { height: 1fr; }
    #article { width: 1fr; }
    #sidebar { width: 34; height: 100%; }
    #side { height: 1fr; padding: 0 0 0 1; border-left: solid $primary-darken-2;
            scrollbar-size-vertical: 1; scrollbar-gutter: stable; }
    #panel { height: auto; }
    #keys { height: auto; padding: 0 0 0 1; border-left: solid $primary-darken-2; }
    #keys.empty { display: none; }
    #message { height: auto; max-height: 3; padding: 0 1; }
    #status { height: 1; background: $primary-darken-3; padding: 0 1; }
    #input { height: 1; border: none; padding: 0 1; display: none; }
    #input.open { display: block; }
    Screen.-narrow #sidebar { width: 24; }
    Screen.-tiny #sidebar, Screen.-tiny #side { display: none; }
    """
    # A small terminal keeps room for the article: a narrower panel under 70 columns, none
    # under 50 (the message line and the status bar still say what is selected and saved)
    HORIZONTAL_BREAKPOINTS = [(0, "-tiny"), (50, "-narrow"), (70, "-wide")]
    # Ctrl-Z suspends to the shell (`fg` comes back) as it does in every other program;
    # raw mode turns it into a key, which Textual binds to nothing by itself.
    BINDINGS = [Binding("ctrl+c", "interrupt", show=False, priority=True),
                Binding("ctrl+z", "suspend_process", show=False, priority=True)]

    def __init__(self, core: Core, check_after: float = CHECK_AFTER) -> None:
        super().__init__()
        self.check_after = check_after
        self.core: Core = core
        self.t: cursor.Text = cursor.Text.of(core.text, core.sentences, core.paragraphs)
        self.sel: Sel = cursor.first_word(self.t)
        self.chars = False
        self.queue: dict[str, list[Suggestion]] = {p: [] for p in PASSES}
        self.suggested = False  # the recommenders answered once: "0 pending" means none
        self.current: Suggestion | None = None
        self.trimming: Suggestion | None = None  # the claim suggestion `e` selected to trim
        self.form: forms.Form | None = None
        self.hint: Hint | None = None
        self.find: str = ""
        self.prompt = ""  # ":" command, "/" search, "name", "list", "meta": the input is open
        self.asking: Question | None = None  # the review's question, while it asks
        self.review_focus: Sel | None = None  # where the span under review is now
        self.context: tuple[str, ...] = ()  # what the span under review was (old text)
        self.meta_field = ""  # the document field the "meta" prompt asks for
        self.meta_wanted = False  # a verdict was given: ask for the metadata when free
        self.listing = ""
        self.problems: list[Problem] | None = None  # None until the first check
        self.problem_at = -1
        self.message = ""
        self._explained = ""  # what the open input line's question said on the message line
        self.keys_pressed = 0  # counted for the keystroke benchmark
        self._shown = False
        self._form_places: dict[str, list[int]] = {}
        self._panel_shows: object = None
        self._view_shows: object = None
        self._status_shows = ""
        self._check_timer: Any = None  # a validation waiting for the changes to stop
        self._told: set[str] = set()  # the recommenders' notes already said
        # Each decision on a suggestion: the annotations it made, and the suggestion, so
        # `u` goes back to the suggestion it restores (and `U` on from it again).
        self._decided: list[tuple[object, Suggestion]] = []

    # -- building the screen ------------------------------------------------------------
    def compose(self) -> ComposeResult:
        self.view: ArticleView = ArticleView(self)
        with Horizontal(id="main"):
            yield self.view
            # The panel scrolls (a form is longer than a small screen is high), to its
            # current field by itself: the keys stay with the article.
            with Vertical(id="sidebar"):
                with VerticalScroll(id="side", can_focus=False):
                    yield Static(id="panel")
                yield Static(id="keys")  # (under the panel: in view however long it is)
        yield Static(id="message")
        yield CommandInput(self)
        yield Static(id="status")

    def on_mount(self, event: events.Mount) -> None:
        self._shown = True
        self.title = f"annotate tag: {self.core.article_path.name}"
        self.catch_signals()
        self.app_resume_signal.subscribe(self, self._resumed)
        self.view.focus()
        self.call_after_refresh(self.update_panel)  # "finding suggestions…" until they come
        self.call_after_refresh(self.refresh_suggestions, True)
        self.call_after_refresh(self.check)
        self.call_after_refresh(lambda: self.run_worker(self.core.warm, thread=True))
        for warning in self.core.warnings:
            self.say(f"warning: {warning}")
        if not self.core.anchored:
            self.start_review("drift")  # the plan, then the spans it could not place
        elif self.core.rechecks() and not self.core.read_only:
            self.start_review("flagged")

    def start_review(self, what: str) -> None:
        """The review's questions, one by one (`asking`): drift, all or flagged."""
        asking.start(self, what)

    def _resumed(self, _app: object) -> None:
        """Back from Ctrl-Z (`fg`): the terminal was cleared, and a resize to the same size
        repaints nothing, so the whole screen is drawn again."""
        self.screen.refresh(layout=True)

    def catch_signals(self) -> None:
        """SIGHUP (the terminal closed) and SIGTERM leave like Ctrl-C: all is saved."""
        for sig in (signal.SIGHUP, signal.SIGTERM):
            try:
                import asyncio
                asyncio.get_running_loop().add_signal_handler(sig, self.exit, INTERRUPTED)
            except (NotImplementedError, RuntimeError, ValueError):
                pass

    def ask_metadata(self) -> None:
        """After a verdict is given: the article's URL and outlet when they are missing,
        once each, on the input line (Enter saves, Esc or an empty line skips). Waits
        while a form, a hint, the review or the input line is busy."""
        self.meta_wanted = self.meta_wanted or self.core.verdict_given
        if not self.meta_wanted or self.prompt or self.form or self.hint or self.asking:
            return
        q = self.core.metadata_due()
        if q is None:
            self.meta_wanted = False
            return
        self.meta_field = q.field  # what the change did stays on the message line
        self.open_prompt("meta", f"{q.prompt.split(' (')[0]}: ",
                         (f"{self.message}\n" if self.message else "") +
                         "A published review needs it (asked once): Enter saves it, Esc skips")

    def _answer_metadata(self, value: str) -> None:
        field = self.meta_field
        try:
            said = self.core.answer_metadata(field, value)
        except CoreError as exc:
            self.say(f"error: {exc}")
            self.open_prompt("meta", f"{field} (Esc skips): ")
            return
        self.say(f"✓ {said}" + ("; saved" if value.strip() else ""))
        self.update_status()
        self.ask_metadata()

    # -- what the view asks --------------------------------------------------------------
    @property
    def current_span(self) -> Sel | None:
        if self.form is not None:
            return self.form.span
        if self.asking is not None:
            return self.review_focus
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
            self.update_status()  # ("NOT SAVED" when the file could not be written)
            return False
        self.say(f"✓ {self.core.said}; saved")
        self.view.remark()
        self.refresh_suggestions()
        self.check(wait=self.check_after)
        self.ask_metadata()
        return True

    def save_edit(self, item_id: str, values: dict[str, Value]) -> bool:
        """A form's fields for an item that exists (the adjudication mode decides instead).
        Only the fields changed are set: Enter on a form left as it was is no change (it
        was one, an undo step saying every field was "unchanged")."""
        before = self.form.before if self.form is not None else {}
        changes = {k: x for k, x in values.items() if k not in before or before[k] != x}
        if not changes:
            self.say(f"nothing changed; {item_id} is as it was")
            return True
        return self.change(lambda: self.core.edit(item_id, changes))

    def refresh_suggestions(self, first: bool = False) -> None:
        """Ask the recommenders again, in a thread (a long article takes a moment)."""
        ann = self.core.ann
        self.run_worker(lambda: self._suggest(ann, first), thread=True, exclusive=True,
                        group="suggest")

    def _suggest(self, ann: Any, first: bool) -> None:
        # A recommender that cannot run here (spaCy asked for, not installed) says so in
        # `notes`, said on screen: on stderr the full screen would swallow it.
        notes: list[str] = []
        try:
            queue: dict[str, list[Suggestion]] | str = self.core.suggestions(ann, notes)
        except CoreError as exc:  # an article not re-anchored: spans would not match
            queue = f"suggestions: {exc}"
        self.call_from_thread(self._suggested, ann, queue, first, notes)

    def _suggested(self, ann: Any, queue: dict[str, list[Suggestion]] | str,
                   first: bool, notes: list[str] | None = None) -> None:
        for note in dict.fromkeys(notes or []):
            if note not in self._told:  # once per session
                self._told.add(note)
                self.say(note)
        if ann is not self.core.ann:
            return  # a later change has its own on the way
        if isinstance(queue, str):
            self.say(queue)
            queue = {p: [] for p in PASSES}
        self.queue = queue
        self.suggested = True
        if self.current is not None:
            same = [s for p in PASSES for s in self.queue[p] if s.key == self.current.key]
            self.current = same[0] if same else None
        if first and self.form is None and self.hint is None and self.asking is None \
                and not self.keys_pressed and not self.prompt:
            # (not once the person has moved: suggestions that land late must not take
            # the cursor back from the word they searched for)
            self.resume_place()
        self.update_panel()

    def resume_place(self) -> None:
        """Go on where the last session left off: its pass's next pending suggestion from
        where the cursor was, else the word there; the first suggestion when nothing says."""
        place = self.core.place()
        if place is None:
            self.goto_suggestion(0)
            return
        kind, at = place
        later = sorted((s for s in self.queue.get(kind + "s", []) if s.span[0] >= at),
                       key=lambda s: s.span)
        if later:
            self.current = later[0]
            self.select(later[0].span, centre=True)
        else:
            self.current = None
            self.select(cursor.word_at(self.t, min(at, max(0, len(self.core.text) - 1))),
                        centre=True)
        # (said: the screen opens in the middle of the article, with no word of why)
        number = bisect_right(self.core.sentences, (self.sel[0], len(self.core.text)))
        if not self.message:  # (a warning said at the start stays)
            self.say(f"back where the last session left off, at s{max(number, 1)}; "
                     "g goes to the top")

    def check(self, wait: float = 0.0) -> None:
        """Validate the saved sidecar (in a process of its own: a long one takes a second),
        after `wait` seconds without another change."""
        if self._check_timer is not None:
            self._check_timer.stop()
            self._check_timer = None

        def start() -> None:
            self._check_timer = None
            self.run_worker(self._check, thread=True, exclusive=True, group="check")
        if wait > 0:
            self._check_timer = self.set_timer(wait, start)
        else:
            start()

    def _check(self) -> None:
        found = self.core.problems()
        self.call_from_thread(self._checked, found)

    def _checked(self, found: list[Problem]) -> None:
        self.problems = found
        self.update_status()

    # -- the status bar, the message line and the panel ----------------------------------------
    def say(self, message: str) -> None:
        """The message line: wrapped onto up to three lines where the sentence is longer
        than the screen is wide (its end says what to do), laid out again only then."""
        before, self.message = self.message, visible(message)
        if self._shown:
            long = max(cell_len(before), cell_len(self.message)) > self.size.width - 2 \
                or "\n" in before + self.message
            self.query_one("#message", Static).update(Text(self.message, style="bold"),
                                                      layout=long)

    def legend_width(self) -> int:
        """The columns of the side panel's key legends (one to spare: the packed lines
        never touch the scroll bar)."""
        width = self.query_one("#panel", Static).content_size.width if self._shown else 0
        return max(width - 1, 20) if width else 30

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
                 self.listing, repr(form) if form else None, self.asking,
                 (self.hint.purpose, self.hint.typed) if self.hint else None,
                 tuple(len(q) for q in self.queue.values()), self.suggested, self.sel,
                 self.legend_width())  # (legends are packed to the panel's width)
        if shows != self._panel_shows:
            self._panel_shows = shows
            pieces, focus = panel.parts(self)
            self.query_one("#panel", Static).update(Text("\n").join(pieces))
            keys = panel.key_line(self)
            line = self.query_one("#keys", Static)
            line.set_class(not keys.plain, "empty")
            line.update(Text("\n").append_text(keys) if keys.plain else keys)
            self.call_after_refresh(self._panel_focus, pieces, focus)
        self.update_status()
        marks = (self.current_span, self.find, shows[5], shows[7], id(self.core.ann))
        if marks != self._view_shows:
            self._view_shows = marks
            self.view.redraw()

    def scroll_panel(self, step: int) -> None:
        """`J` `K`: the side panel half its height down or up, to see the rest of a form
        or a list longer than the screen (the next change scrolls it back to the field
        being filled, as `_panel_focus` does). Where it cannot, it says why."""
        box = self.query_one("#side", VerticalScroll)
        said = ""
        if not box.display:
            said = PANEL_SAID[0]
        elif box.max_scroll_y == 0:
            said = PANEL_SAID[1]
        elif box.scroll_y == (box.max_scroll_y if step > 0 else 0):
            said = PANEL_SAID[2 if step > 0 else 3]
        else:
            half = max(1, box.scrollable_content_region.height // 2)
            box.scroll_to(y=box.scroll_y + step * half, animate=False, immediate=True)
        if said or self.message in PANEL_SAID:
            self.say(said)

    def _panel_focus(self, pieces: list[Text], focus: panel.Focus) -> None:
        """Scroll the panel, when it is longer than the screen is high, as little as keeps
        the pieces `focus` in view (their top when they are higher than the screen)."""
        box = self.query_one("#side", VerticalScroll)
        width = self.query_one("#panel", Static).content_size.width
        if not box.display or not width or box.max_scroll_y == 0:
            return
        options = self.console.options.update_width(width)
        heights = [len(self.console.render_lines(p, options, pad=False)) for p in pieces]
        top, bottom = sum(heights[:focus[0]]), sum(heights[:focus[1]])
        view = box.scrollable_content_region.height
        y = box.scroll_y
        if top < y or bottom - top >= view:
            y = top
        elif bottom > y + view:
            y = bottom - view
        box.scroll_to(y=y, animate=False, immediate=True)

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
        if not found and not self.suggested:  # a long article takes seconds
            self._no_suggestion()
            return
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
            self._no_suggestion()
            return
        if sug.kind == "actor":
            ok = self.change(lambda: self.core.add_actor(sug.name, sug.type, sug.mentions,
                                                         sug.aliases))
        elif sug.kind == "event":
            ok = self.change(lambda: self.core.add_event(sug.type, sug.span, sug.participants,
                                                         sug.factuality))
        else:
            ok = self.change(lambda: self.core.add_claim(sug.span, sug.type, sug.claimant,
                                                         sug.cue, sug.checkworthy))
        if ok:
            self._after_decision(sug)

    def reject(self) -> None:
        sug = self.current
        if sug is None:  # (said nothing at all: `x` seemed dead)
            self._no_suggestion("; d deletes the annotation under the cursor")
            return
        # (an event's or a claim's key is an offset, `event:136`: its words say which)
        words = "" if sug.kind == "actor" else self.core.text[sug.span[0]:sug.span[1]]
        if self.change(lambda: self.core.reject(sug.key, words)):
            self._after_decision(sug)

    def _no_suggestion(self, also: str = "") -> None:
        self.say(f"no suggestion here: Tab goes to the next one{also}" if self.suggested
                 else "the suggestions are still being found: a moment")

    def undo(self) -> None:
        """Undo the last change; when it decided a suggestion, that suggestion is pending
        again and becomes the current one (as the dialogue's `u` goes back to it)."""
        undone = self.core.ann
        if self.change(self.core.undo):
            sug = self._decision(undone)
            if sug is not None:
                pending = self.queue[sug.kind + "s"]
                if all(s.key != sug.key for s in pending):  # (until the new queue comes)
                    self.queue = {**self.queue, sug.kind + "s": [*pending, sug]}
                self.current = sug
                self.select(sug.span)

    def redo(self) -> None:
        """Redo the last undone change; a decision goes on from its suggestion again."""
        if self.change(self.core.redo):
            sug = self._decision(self.core.ann)
            if sug is not None:
                self._after_decision(sug)

    def _decision(self, ann: object) -> Suggestion | None:
        return next((sug for made, sug in reversed(self._decided) if made is ann), None)

    def _after_decision(self, sug: Suggestion) -> None:
        """Go on to the next pending suggestion of the same pass in the text (the order of
        Tab), else its first one, else the next pass's first. `sug` leaves the queue now:
        the new queue is on its way, but on a long article it takes seconds, and the
        panel's count and Tab went on offering what was decided."""
        self._decided.append((self.core.ann, sug))
        rest = [s for s in self.queue[sug.kind + "s"] if s.key != sug.key]
        self.queue = {**self.queue, sug.kind + "s": rest}
        later = [s for s in rest if s.span > sug.span]
        if rest:
            self.current = min(later or rest, key=lambda s: s.span)
        else:
            others = [s for s in self.pending() if s.key != sug.key]
            self.current = min(others, key=lambda s: (PASSES.index(s.kind + "s"), s.span),
                               default=None)
            self.say(f"{self.message}; no {sug.kind} suggestion is left" + (
                f", on to the {self.current.kind}s" if self.current else ""))
        if self.current is not None:
            self.select(self.current.span)
        else:
            self.update_panel()

    # -- keys ----------------------------------------------------------------------------------
    def handle_key(self, key: str, character: str | None) -> bool:
        """Every key of the article pane; True when it was used."""
        if self.prompt:  # the input line opened, its focus not moved yet: keys typed right
            # after "/" belong to the line, not to the article ("/conversation" at speed)
            box = self.query_one("#input", CommandInput)
            box.focus()
            if key == "escape":
                self.cancel_prompt()
            elif key == "enter":
                self.submit_line(box.value)
            elif key == "backspace":
                box.action_delete_left()
            elif character and character.isprintable():
                box.insert_text_at_cursor(character)
            return True
        self.keys_pressed += 1
        if key in PANEL_KEYS:  # in every mode: the panel is longest in a form
            self.scroll_panel(PANEL_KEYS[key])
            return True
        if self.hint is not None:
            picking.hint_key(self, key, character)
            return True
        if self.form is not None:
            making.form_key(self, key, character)
            return True
        if self.asking is not None:
            return asking.key(self, key, character)
        action = NORMAL_KEYS.get(key) or NORMAL_KEYS.get(character or "")
        if action is None:
            self.keys_pressed -= 1
            if character and len(character) == 1 and character.isprintable() \
                    and not character.isspace() or re.fullmatch(r"f\d+|insert|delete", key):
                self.say(f"{character or key}: no such key; ? shows the keys")  # (not silence)
                return True
            return False
        if self.message:  # what the last action said is stale once the next one starts
            self.say("")
        action(self)
        return True

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

        def drop() -> None:
            try:
                self.core.drop_span(item_id, where)
            except StillReferenced as exc:
                # (a trigger or a claim's span takes its item: the refusal named `--cascade`,
                # an option no key takes)
                raise CoreError(f"{exc.item_id!r} is still referenced by {', '.join(exc.refs)}; "
                                f":delete {exc.item_id} --cascade deletes it and drops those "
                                "references") from None

        self.change(drop)

    def next_problem(self, step: int) -> None:
        problems = self.problems or []
        placed = [p for p in problems if p.where is not None]
        if not problems:
            self.say("no validation problems")
            return
        self.problem_at = (self.problem_at + step) % len(problems)
        problem = problems[self.problem_at]
        self.say(f"{self.problem_at + 1}/{len(problems)} {problem.severity}: "
                 f"{problem.message}")
        if problem.where is not None:
            self.select(problem.where, centre=True)
        elif not placed:
            self.update_panel()

    # -- the input line --------------------------------------------------------------------------
    def open_prompt(self, kind: str, placeholder: str, explain: str = "") -> None:
        """The input line, its `placeholder` short (one line of a 60-column screen): what
        more there is to say (`explain`) goes on the message line, which wraps."""
        if explain:
            self.say(explain)
        self._explained = self.message if explain else ""
        self.prompt = kind
        box = self.query_one("#input", CommandInput)
        box.value = ""
        box.placeholder = placeholder
        box.add_class("open")
        box.focus()
        self.update_panel()  # the list (L) shows every annotation before a letter is typed

    def cancel_prompt(self) -> None:
        """Esc on the input line: closes it; at a metadata question, skips the field."""
        kind = self.prompt
        self.close_prompt()
        if kind == "meta":
            self._answer_metadata("")
        elif kind in LINES:  # (the completions listed, or what the line was for)
            self.say("")

    def close_prompt(self) -> None:
        if self._explained and self.message == self._explained:
            self.say("")  # (what the line was for is done with)
        self._explained = ""
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
        self.submit_line(event.value)

    def submit_line(self, line: str) -> None:
        """What the input line says, acted on (at once: Enter is handled as a key, so a
        key typed right after it acts on the result)."""
        # (a pasted tab, bell or escape is a space: "Varn\tPort" searched for nothing, and
        # a name given with one was no name in the article)
        kind, value = self.prompt, _CONTROL.sub(" ", line).strip()
        self.close_prompt()
        if kind in LINES:
            self.say("")  # the completions listed; what the command does says itself
        if kind == "/":
            self.search(value or self.find, True)
        elif kind == ":":
            self.run_command(value)
        elif kind == "name" and self.form is not None:
            if value:
                self.form.values["name"] = value
                self.form.names = [value, *self.form.names]
                making.to_name(self)
            self.update_panel()
        elif kind == "actor":
            making.pick_actor(self, value)
        elif kind == "new-actor":
            making.new_actor_in_form(self, value)
        elif kind == "meta":
            self._answer_metadata(value)
        elif kind == "list":
            found = panel.listed(self, value)
            if found:
                span = next((s for _, s in found[0].spans() if not s.orphaned), None)
                if span is not None:
                    self.select((span.start, span.end), centre=True)
                    self.say(f"{found[0].id}")

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
        # (which match of how many, and a wrap said: `n` at the last match went back to the
        # first without a word, as if the search had stopped finding new places)
        every = cursor.matches(self.t, query, 0, len(self.core.text))
        at = every.index(found) + 1 if found in every else 0
        wrapped = " (from the top again)" if forward and found[0] <= self.sel[0] else \
            " (from the end again)" if not forward and found[0] >= self.sel[0] else ""
        self.say(f"/{query}: the only match" if len(every) == 1 else
                 f"/{query}: {at} of {len(every)}{wrapped}")
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

    def exit(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        """However it quits (q, :quit, Ctrl-C), the next session goes on from here."""
        if self.suggested:
            self.core.remember_place(self.current.kind if self.current else "", self.sel[0])
        super().exit(*args, **kwargs)
