"""The prompt dialogue of `annotate tag`: a thin front end over the step machines.

It renders each `Question` of the walkthrough, a form or the review as a prompt, reads
the answer, and applies the changes the machine hands back through `session.apply_all`,
saving each at once, so quitting, Ctrl-C or a killed process lose at most the line being
typed. Then a free command loop. Input and output are injected (`Terminal`), so tests
drive the real dialogue with a script of lines. Used for pipes, `TERM=dumb`, `--plain`
and scripts; the full-screen workspace drives the same machines.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from annotate import checks, metadata, render, sidecar
from annotate.editing import parse, picking
from annotate.editing import vocabulary as v
from annotate.errors import AnnotateError
from annotate.model import Annotations
from annotate.tag import complete, forms, resume, review, usage, view, walkthrough
from annotate.tag.questions import (
    CHOICE,
    KEY,
    YESNO,
    Machine,
    Note,
    Question,
    Step,
    help_text,
)
from annotate.tag.session import State, apply_all
from annotate.tag.workspace import Workspace
from annotate.visible import counted, homely, visible, visible_line
from annotate.visible import say as say_error

if TYPE_CHECKING:
    from annotate.anchoring import Plan

PLAN_ROWS = 8  # plan rows on screen; `annotate reanchor --dry-run` lists them all
LISTED = 8  # choices named in a prompt; more are behind ? and Tab
STYLE = {"actors": "bold cyan", "events": "bold magenta", "claims": "bold yellow"}
NOTE_STYLE = {"heading": "bold", "error": "red"}


def _prompt_lines(prompt: str, width: int) -> list[str]:
    """The prompt as lines that fit `width`, cut at spaces; the last keeps the prompt's
    trailing space (the answer is typed after it)."""
    if cell_len(prompt) < width:
        return [prompt]
    lines = [line.plain.rstrip() for line in Text(prompt).wrap(Console(width=width), width - 1)]
    return [*lines[:-1], lines[-1] + prompt[len(prompt.rstrip()):]]


class Quit(Exception):
    """The person asked to leave (q, quit, end of input)."""


class Terminal:
    """Where prompts go and answers come from. Without a TTY, lines are read one by one
    and echoed, so a piped transcript reads like the session it was. On a TTY, readline
    (where Python has it) edits the line and completes words with Tab."""

    def __init__(self, console: Console, stdin: TextIO | None = None,
                 interactive: bool | None = None) -> None:
        self.console = console
        self.stdin = stdin or sys.stdin
        self.interactive = self.stdin.isatty() if interactive is None else interactive
        self.readline: Any = None
        if self.interactive:
            try:
                import readline
            except ImportError:  # Windows, or Python built without it
                pass
            else:
                readline.parse_and_bind("tab: complete")
                readline.set_completer_delims(" \t\n")
                self.readline = readline

    def ask(self, prompt: str, complete: Callable[[str], list[str]] | None = None) -> str:
        prompt = visible(prompt)
        if self.interactive:
            self._completer(complete)
            # A prompt wider than the terminal was cut by the terminal wherever the width
            # fell ("[quanti" / "ty]:" at 80 columns): its head is printed wrapped at words,
            # and only its last line goes to input(), a plain prompt, so readline knows its
            # width when it redraws.
            *head, last = _prompt_lines(prompt, self.console.width)
            for line in head:
                self.console.print(line, markup=False, highlight=False, soft_wrap=True)
            self.console.file.flush()
            return input(last)
        self.console.print(Text(prompt, style="bold"), end="", soft_wrap=True)
        line = self.stdin.readline()
        if not line:
            self.console.print()
            raise EOFError
        line = line.rstrip("\n")
        # (shown as `visible` shows it: an escape sequence piped in is not run by the
        # terminal the transcript goes to)
        self.console.print(visible(line), markup=False, highlight=False, soft_wrap=True)
        return line

    def _completer(self, complete: Callable[[str], list[str]] | None) -> None:
        if self.readline is None:
            return
        if complete is None:
            self.readline.set_completer(None)
            return
        found: list[str] = []

        def completer(text: str, state: int) -> str | None:
            if state == 0:
                found[:] = complete(self.readline.get_line_buffer()[:self.readline.get_endidx()])
            return found[state] if state < len(found) else None

        self.readline.set_completer(completer)

    def end_line(self) -> None:
        """End the line of the prompt an interrupt came at. Straight to the file: an
        interrupt that lands while rich flushes the prompt leaves it in rich's buffer, and
        the next print through rich would print the prompt again."""
        with contextlib.suppress(OSError, ValueError):
            self.console.file.write("\n")
            self.console.file.flush()

    def say(self, message: str, style: str = "", wrap: bool = True) -> None:
        """Prose wraps at word boundaries; `wrap=False` keeps a line whole (paths). Text
        from the article or the sidecar in it is shown, never obeyed (`visible`)."""
        self.console.print(Text(visible(message), style=style), soft_wrap=not wrap)

    def table(self, text: str) -> None:
        """Help laid out in columns: a line too long for the terminal goes on under its
        own words (after its key column), not at the left edge, where it read as a key."""
        self.say(view.hang(text, self.console.width), wrap=False)


class Dialogue:
    def __init__(self, ws: Workspace, term: Terminal) -> None:
        self.ws, self.term = ws, term
        self.ctx, self.art = ws.ctx, ws.ctx.article
        self.state = State(ws.ann)
        self.screen = view.Screen(self.art)
        # Resume only a sidecar that exists: a deleted one starts over.
        here = not ws.read_only and ws.path.exists()
        self.position: dict[str, Any] = {}
        self.position_error: str | None = None  # the resume file cannot be written: said once
        if here:
            try:
                self.position = resume.load(ws.path)
            except AnnotateError as exc:
                ws.warnings.append(f"ignored the damaged resume file {exc.path} ({exc.message});"
                                   " starting the walkthrough from the beginning")
        self.decided = frozenset(self.position.get("decided", []))
        self.refused = False  # a save was refused (the sidecar changed under us)
        self.meta_asked = tuple(self.position.get("asked", []))  # metadata fields asked
        self.shown: tuple[int, int] | None = None  # the window of the last screen shown
        self.found: tuple[str, int] = ("", -1)  # `show WORDS`: the words, where shown last
        self.seen: tuple[Any, ...] = (None, None, None)  # title, focus, sentence shown last
        self.asked: Question | None = None
        self.cut_off: str | None = None  # the form the input ended inside, said at the end

    # -- the frame -------------------------------------------------------------------
    def run(self) -> int:
        try:
            self.intro()
            if self.ws.plan is not None:
                self.drift(self.ws.plan)
            if not self.ws.read_only and self.anchored:
                self.walk()
            self.commands()
        except Quit:
            pass
        except EOFError:
            if self.cut_off is not None:  # (said last, on stderr, where a script looks)
                code = self.finish()
                say_error(f"the input ended inside a form: {self.cut_off} was not saved; "
                          + (f"everything before it is saved in {homely(self.ws.path)}"
                             if self.ws.path.exists() else "nothing else was tagged"))
                return max(code, 1)
        except KeyboardInterrupt:
            saved = f"every change is already saved in {self.ws.path}" if self.ws.path.exists() \
                else "nothing was tagged"
            self.term.end_line()
            say_error(f"interrupted; {saved}")  # (on stderr, as every command says it)
            return 130
        return self.finish()

    def intro(self) -> None:
        say, ws = self.term.say, self.ws
        say(f"annotate tag: {homely(self.art.path)}", "bold", wrap=False)
        mode = "READ-ONLY: nothing will be saved" if ws.read_only else \
            "every change is saved at once"
        say(f"sidecar: {homely(ws.path)} ({mode})", wrap=False)
        for warning in ws.warnings:
            say(f"warning: {warning}", "yellow")
        a = self.state.ann
        say(f"{counted(len(self.art.sentences), 'sentence')}; {a.counts()} so far. "
            "Type ? at any prompt for help.")
        todo = len(review.orphans(a))
        if todo and ws.plan is None:
            say(f"{counted(todo, 'span')} " + ("is orphaned or has" if todo == 1 else
                                             "are orphaned or have") +
                " a verdict to re-check; type review in the command loop to go through "
                + ("it." if todo == 1 else "them."), "yellow")
        self.show(None)

    @property
    def anchored(self) -> bool:
        """Whether the annotations are anchored to this version of the article."""
        return self.state.ann.document.describes(self.art)

    def save(self, ann: Annotations) -> None:
        try:
            self.ws.save(ann)
        except AnnotateError:
            self.refused = True  # said where it happened; said again at the end
            raise

    def finish(self) -> int:
        """The closing summary; 1 when the sidecar does not hold this session's annotations
        (another program changed it, and the saves after that were refused)."""
        say = self.term.say
        if self.refused and self.ws.path.exists():
            try:
                held = sidecar.load(self.ws.path).to_dict()
            except AnnotateError:
                held = None
            if held != self.state.ann.to_dict():
                say(f"not saved: {self.ws.path} was changed by another program, and this "
                    "session's changes since then are not in it (reopen it to go on)",
                    "bold red", wrap=False)
                return 1
        if self.ws.path.exists():
            problems = checks.check_file(self.ws.path, inventory=self.ctx.inventory)
            errors = [p for p in problems if p.severity == checks.ERROR]
            say(f"validation: {checks.tally(p.severity for p in problems)}",
                "bold red" if errors else "bold green")
            for p in problems[:5]:  # (one line each: an inventory's name may hold a break)
                say(f"  {visible_line(str(p))}")
            a = self.state.ann
            done = "read-only, nothing saved:" if self.ws.read_only else "saved"
            say(f"{done} {a.counts()} in {homely(self.ws.path)}", wrap=False)
        else:
            say("nothing tagged, nothing saved")
        return 0

    def commit(self, changes: tuple[v.Change, ...] | list[v.Change]) -> bool:
        """Apply changes as one step and save it; on a refusal say why, keep the state."""
        if self.ws.read_only:
            self.term.say("read-only session: changes are not allowed", "red")
            return False
        before = self.state.ann
        try:
            new = apply_all(self.ctx, self.state, changes)
            self.save(new.ann)
        except AnnotateError as exc:
            self.term.say(f"error: {exc}", "red", wrap=False)  # paths stay whole
            return False
        self.state = new
        self.term.say(f"✓ {new.message}; saved", "green")
        item = new.ann.get(new.last_id) if new.last_id else None
        span = next((s for _, s in item.spans()), None) if item is not None else None
        if span is not None and (span.start, span.end) != self.seen[1]:
            self.reveal((span.start, span.end))  # where it went, if not on show already
        if metadata.verdict_given(before, new.ann):
            self.ask_metadata()
        return True

    def ask_metadata(self) -> None:
        """The article's URL and outlet, once each, when a verdict was just given and they
        are missing (a published review needs them). Enter skips; answered or skipped, a
        field is never asked again on this sidecar (it is kept with the resume position)."""
        while (q := metadata.due(self.state.ann, self.meta_asked)) is not None:
            text = self.term.ask(q.prompt).strip()
            if text.lower() in ("q", "quit"):  # as at every other prompt, not an outlet "q"
                raise Quit
            if text == "?":
                self.term.say(f"  the {q.field} goes into the sidecar's document: (a published "
                              "review needs it); Enter skips, and it is not asked again "
                              f"(`edit document --{q.field} VALUE` sets it later)")
                continue
            if text:
                change = v.EditDocument(((q.field, (text,)),))
                try:
                    new = apply_all(self.ctx, self.state, [change])
                    self.save(new.ann)
                except AnnotateError as exc:
                    self.term.say(f"error: {exc}", "red", wrap=False)
                    continue
                self.state = new
                self.term.say(f"✓ {new.message}; saved", "green")
            self.meta_asked = (*self.meta_asked, q.field)
            self.save_position()

    # -- the step machines -------------------------------------------------------------
    def drive(self, step: Step[Any], after: Callable[[Any], None] | None = None) -> None:
        """Ask a machine's questions until it is finished; raises Quit on q."""
        self.notes(step.notes)
        machine: Machine | None = step.machine
        while machine is not None:
            question = machine.question(self.ctx, self.state.ann)
            if question is None:
                return
            self.present(question)
            try:
                answer = self.read(question)
            except EOFError:
                form = machine if isinstance(machine, forms.Form) else \
                    getattr(machine, "form", None)  # (the walkthrough's, while it asks)
                if isinstance(form, forms.Form):
                    self.cut_off = form.unfinished(self.art.text)
                raise
            step = machine.step(self.ctx, self.state.ann, answer)
            if step.changes:
                self.commit(step.changes)
            self.notes(step.notes)
            if step.quit:
                raise Quit
            machine = step.machine
            if after is not None and machine is not None:
                after(machine)

    def notes(self, notes: tuple[Note, ...]) -> None:
        for note in notes:
            if note.kind == "heading":
                self.term.say("")
            self.term.say(note.text, NOTE_STYLE.get(note.kind, ""))

    def present(self, q: Question) -> None:
        """What is asked about: its title, its lines, the span in its sentence (the whole
        sentence when it is another one than last time), the plan it offers."""
        console = self.term.console
        title, focus, sentence = self.seen
        if q.title and q.title != title:
            self.term.say(q.title, STYLE.get(q.section or "", "bold"))
            title = q.title
        if q != self.asked:  # asked again after a mistake: the lines were just shown
            for line in q.lines:
                self.term.say(line)
        self.asked = q
        self.seen = (title, focus, sentence)
        if q.focus is not None and q.focus != focus:
            self.reveal(q.focus)
        if q.plan is not None:
            render.render_plan(console, q.plan, self.state.ann, limit=PLAN_ROWS)

    def reveal(self, focus: v.Where) -> None:
        """A span in its sentence: the whole sentence when it is another one than last
        time (or the span is long), else one line around it."""
        console = self.term.console
        title, _, sentence = self.seen
        number = self.art.sentence_at(focus[0]).number
        if number != sentence or focus[1] - focus[0] > console.width // 3:
            view.in_sentence(console, self.art, self.state.ann, *focus)
        else:
            view.snippet(console, self.art, *focus)
        self.seen = (title, focus, number)

    def read(self, q: Question) -> str:
        """The answer typed; `?` explains this prompt's keys and asks again (so does `help`
        where the answer is a key: no key is called that)."""
        prompt = self.prompt(q)
        while True:
            answer = self.term.ask(prompt, lambda before: complete.question(q, before)).strip()
            if answer != "?" and not (q.kind == KEY and answer.lower() == "help"):
                return answer
            self.term.table(help_text(q))

    @staticmethod
    def prompt(q: Question) -> str:
        if q.kind == KEY:
            letters = " ".join(k.key for k in q.keys)
            name = next((k.name for k in q.keys if k.key == q.default), q.default)
            lead = f"{q.prompt} " if q.prompt else ""
            return f"{lead}[{letters} ?] (Enter = {name}): "
        if q.kind == YESNO:
            return f"{q.prompt} [Y/n] " if q.default == "y" else f"{q.prompt} [y/N] "
        listed = ""
        if q.kind == CHOICE and len(q.choices) <= LISTED and not q.open:
            listed = f" ({', '.join(q.choices)})"
        default = f" [{q.default}]" if q.default else ""
        return f"{q.prompt}{listed}{default}: "

    def walk(self) -> None:
        start = self.position.get("pass", walkthrough.PASSES[0])
        if start not in walkthrough.PASSES:
            # Reopened after the passes: what `d` left for later is said, not forgotten.
            if start == "free" and any(self.pending_counts().values()):
                self.revisit(None)
            return
        if self.decided or self.state.ann.rejected:
            self.term.say(f"resuming the {start} pass where you left off")
        passes = walkthrough.PASSES[walkthrough.PASSES.index(start):]
        self.drive(walkthrough.start(self.ctx, self.state.ann, passes, self.decided),
                   self.remember)
        self.mark("free")

    def remember(self, walk: walkthrough.Walk) -> None:
        """Keep what was decided; while the first walk runs, the pass it is at too."""
        first = self.position.get("pass", walkthrough.PASSES[0]) != "free"
        at = walk.current or "free" if first else "free"
        if walk.decided != self.decided or at != self.position.get("pass"):
            self.decided = walk.decided
            self.mark(at)

    def mark(self, pass_name: str) -> None:
        self.position["pass"] = pass_name
        self.save_position()

    def save_position(self) -> None:
        if self.ws.read_only:
            return
        position = {"decided": sorted(self.decided), "asked": list(self.meta_asked)}
        if "pass" in self.position:
            position["pass"] = self.position["pass"]
        try:
            resume.save(self.ws.path, position)
        except AnnotateError as exc:
            # Best effort: the annotations are what matters, and they are saved elsewhere.
            if self.position_error is None:
                self.term.say(f"warning: {exc}; your annotations are still saved, but a later "
                              "session will not resume from here", "yellow", wrap=False)
            self.position_error = str(exc)

    def drift(self, plan: Plan) -> None:
        if self.ws.read_only:
            self.notes(review.offer(plan, self.state.ann).notes)
            render.render_plan(self.term.console, plan, self.state.ann, limit=PLAN_ROWS)
            self.term.say("read-only session: not re-anchored")
            return
        self.drive(review.offer(plan, self.state.ann))

    # -- the free command loop ---------------------------------------------------------
    def commands(self) -> None:
        self.term.say("\nCommands: list, show s12|WORDS, next, back, pass actors|events|claims, "
                      "add, edit, delete, link, undo, redo, review, validate, save, help (?), "
                      "quit (q).", "bold")
        while True:
            line = self.term.ask("> ", lambda before: complete.command(
                self.ctx, self.state.ann, before)).strip()
            if not line:
                continue
            only = picking.SENTENCE_ONLY.match(line)
            if only:
                line = f"show s{only.group(1)}"
            try:
                parsed = parse.parse(line, self.art, self.state.ann, self.ctx.inventory)
                if isinstance(parsed, parse.Action):
                    self.action(parsed)
                else:
                    self.commit([parsed])
            except AnnotateError as exc:
                self.term.say(f"error: {exc}", "red", wrap=False)

    def action(self, act: parse.Action) -> None:
        verb, ann, args = act.verb, self.state.ann, act.args
        if verb == "quit":
            raise Quit
        if verb == "help":
            self.term.table(usage.text(args[0]) if args else view.help_text())
        elif verb == "list":
            section = args[0] if args else None
            if section and section not in walkthrough.PASSES:
                raise AnnotateError("list actors, events or claims")
            view.listing(self.term.console, ann, section)
        elif verb == "show" and len(args) == 1 and (picking.SENTENCE_ONLY.match(args[0])
                                                    or ann.get(args[0]) is not None):
            self.show(self._focus(args[0]))
        elif verb == "show":
            self.find(" ".join(args)) if args else self.show(self._focus(None))
        elif verb in ("next", "back"):
            self.page(forward=verb == "next")
        elif verb == "pass":
            self.revisit(args[0] if args else None)
        elif verb == "reanchor":
            if self.anchored:
                self.term.say("the annotations already match this version of the article")
            else:
                from annotate import anchoring

                self.drift(anchoring.plan(ann, self.art))
        elif verb == "review":
            self.drive(review.start(review.orphans(ann)))
        elif verb == "validate":
            problems = checks.check_file(self.ws.path, inventory=self.ctx.inventory) \
                if self.ws.path.exists() else []
            for p in problems:
                self.term.say(visible_line(str(p)))
            self.term.say(counted(len(problems), "problem"))
        elif verb == "save":
            if not self.ws.read_only:
                self.save(ann)
            self.term.say(f"saved in {self.ws.path}" if not self.ws.read_only else "read-only",
                          wrap=False)
        elif verb == "add":
            if self.ws.read_only:
                self.term.say("read-only session: changes are not allowed", "red")
                return
            self.drive(Step(walkthrough.own_form(self.ctx, ann, args[0])))

    def revisit(self, pass_name: str | None) -> None:
        """`pass events`: the suggestions of one pass still pending (skipped ones too)."""
        if pass_name is None:
            counts = ", ".join(f"{p} {n}" for p, n in self.pending_counts().items())
            self.term.say(f"pending suggestions: {counts}; type pass NAME to go through them")
            return
        name = {"actor": "actors", "event": "events", "claim": "claims"}.get(pass_name,
                                                                            pass_name)
        if name not in walkthrough.PASSES:
            raise AnnotateError("pass actors, events or claims")
        if self.ws.read_only or not self.anchored:
            raise AnnotateError("the passes add spans: not in a read-only session, nor before "
                                "the article is re-anchored")
        self.drive(walkthrough.start(self.ctx, self.state.ann, (name,), self.decided),
                   self.remember)

    def pending_counts(self) -> dict[str, int]:
        return {p: len(walkthrough.pending(self.ctx, self.state.ann, p, self.decided))
                for p in walkthrough.PASSES}

    def find(self, words: str) -> None:
        """`show WORDS`: the next place the article says them, in its sentence (the
        dialogue's search: the same words again go on to the next place)."""
        found = picking.find(self.art.text, words)
        if not found:
            raise AnnotateError(f"there is no annotation with id {words!r}, and the article "
                                f"does not say {words!r}")
        folded = picking.fold(words)
        last = self.found[1] if self.found[0] == folded else -1
        start, end = next((f for f in found if f[0] > last), found[0])
        self.found = (folded, start)
        again = f"; `show {words}` again: the next" if len(found) > 1 else ""
        self.term.say(f"{words!r}: {found.index((start, end)) + 1} of {len(found)}{again}")
        view.in_sentence(self.term.console, self.art, self.state.ann, start, end)

    def show(self, focus: int | None) -> None:
        """The screen around `focus`."""
        console = self.term.console
        window = self.screen.window(focus, view.lines(console), console.width)
        self.show_window(window)

    def show_window(self, window: tuple[int, int]) -> None:
        self.term.console.print()
        view.show_screen(self.term.console, self.screen, self.state.ann, window)
        self.shown = window

    def page(self, forward: bool) -> None:
        """The next (or previous) screenful of the article."""
        console = self.term.console
        current = self.shown or (0, 0)
        self.show_window(self.screen.page(current, forward, view.lines(console), console.width))

    def _focus(self, target: str | None) -> int | None:
        if target is None:
            return self.state.focus
        sentence = picking.SENTENCE_ONLY.match(target)
        if sentence:
            return self.art.sentence(int(sentence.group(1))).start
        item = self.state.ann.get(target)
        if item is None:
            raise AnnotateError(f"there is no annotation with id {target!r}")
        return next((s.start for _, s in item.spans()), None)
