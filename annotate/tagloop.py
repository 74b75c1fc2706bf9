"""The thin interactive loop of `annotate tag`: three passes, then free commands.

Input and output are injected (`Terminal`), so tests drive the real loop with a script
of lines. Every change goes through `session.apply` and is saved at once, so quitting,
Ctrl-C or a killed process lose at most the line being typed.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import TextIO

from rich.console import Console
from rich.text import Text

from annotate import anchoring, checks, drift, spans, store, tagview, walkthrough
from annotate.errors import AnnotateError
from annotate.model import Annotations
from annotate.session import Command, State, apply, parse, record
from annotate.walkthrough import Quit
from annotate.workspace import Workspace

_SENTENCE_ONLY = re.compile(r"^s(\d+)$", re.IGNORECASE)


class Terminal:
    """Where prompts go and answers come from. Without a TTY, lines are read one by one
    and echoed, so a piped transcript reads like the session it was."""

    def __init__(self, console: Console, stdin: TextIO | None = None,
                 interactive: bool | None = None) -> None:
        self.console = console
        self.stdin = stdin or sys.stdin
        self.interactive = self.stdin.isatty() if interactive is None else interactive

    def ask(self, prompt: str) -> str:
        if self.interactive:
            # A plain prompt handed to input(), so readline knows its width when it redraws.
            self.console.file.flush()
            return input(prompt)
        self.console.print(Text(prompt, style="bold"), end="", soft_wrap=True)
        line = self.stdin.readline()
        if not line:
            self.console.print()
            raise EOFError
        line = line.rstrip("\n")
        self.console.print(line, markup=False, highlight=False, soft_wrap=True)
        return line

    def say(self, message: str, style: str = "") -> None:
        self.console.print(Text(message, style=style), soft_wrap=True)  # paths stay whole


class Loop:
    def __init__(self, ws: Workspace, term: Terminal) -> None:
        self.ws, self.term = ws, term
        self.ctx, self.art = ws.ctx, ws.ctx.article
        self.state = State(ws.ann)
        self.screen = tagview.Screen(self.art)
        # Resume only a sidecar that exists: a deleted one starts over.
        resume = not ws.read_only and ws.path.exists()
        self.position: dict = {}
        self.position_error: str | None = None  # the resume file cannot be written: said once
        if resume:
            try:
                self.position = store.load_position(ws.path)
            except AnnotateError as exc:
                ws.warnings.append(f"ignored the damaged resume file {exc.path} ({exc.message});"
                                   " starting the walkthrough from the beginning")
        self.decided: set[str] = set(self.position.get("decided", []))
        self.shown: tuple[tuple[int, int], int] | None = None  # window and annotations shown

    # -- the frame -------------------------------------------------------------------
    def run(self) -> int:
        try:
            self.intro()
            if self.ws.plan is not None:
                drift.offer(self, self.ws.plan)
            if not self.ws.read_only and self.anchored:
                walkthrough.walkthrough(self)
            self.commands()
        except (Quit, EOFError):
            pass
        except KeyboardInterrupt:
            saved = f"every change is already saved in {self.ws.path}" if self.ws.path.exists() \
                else "nothing was tagged"
            self.term.say(f"\ninterrupted; {saved}")
            return 130
        self.finish()
        return 0

    def intro(self) -> None:
        say, ws = self.term.say, self.ws
        say(f"annotate tag: {self.art.path}", "bold")
        mode = "READ-ONLY: nothing will be saved" if ws.read_only else \
            "every change is saved at once"
        say(f"sidecar: {ws.path} ({mode})")
        for warning in ws.warnings:
            say(f"warning: {warning}", "yellow")
        a = self.state.ann
        say(f"{len(self.art.sentences)} sentences; {len(a.actors)} actors, {len(a.events)} "
            f"events, {len(a.claims)} claims so far. Type ? at any prompt for help.")
        orphaned = len(drift.orphans(a))
        if orphaned and ws.plan is None:
            say(f"{orphaned} span(s) are orphaned (their text left the article); type review "
                "in the command loop to re-pick or delete them.", "yellow")

    @property
    def anchored(self) -> bool:
        """Whether the annotations are anchored to this version of the article."""
        doc = self.state.ann.document
        return (doc.sha256, doc.length) == (self.art.sha256, self.art.length)

    def finish(self) -> None:
        say = self.term.say
        if self.ws.path.exists():
            problems = checks.check_file(self.ws.path)
            errors = [p for p in problems if p.severity == checks.ERROR]
            say(f"validation: {len(errors)} error(s), {len(problems) - len(errors)} warning(s)",
                "bold red" if errors else "bold green")
            for p in problems[:5]:
                say(f"  {p}")
            a = self.state.ann
            say(f"saved {len(a.actors)} actors, {len(a.events)} events, {len(a.claims)} claims "
                f"in {self.ws.path}")
        else:
            say("nothing tagged, nothing saved")

    def do(self, cmd: Command | str) -> bool:
        """Apply one change and save it; on a bad change say why and keep the state."""
        return self._advance(lambda: apply(self.ctx, self.state, cmd))

    def commit(self, ann: Annotations, item_id: str | None, message: str) -> bool:
        """Save `ann`, computed outside the command language, as one undoable change."""
        return self._advance(lambda: record(self.state, ann, item_id, message))

    def _advance(self, change: Callable[[], State]) -> bool:
        if self.ws.read_only:
            self.term.say("read-only session: changes are not allowed", "red")
            return False
        try:
            new = change()
            self.ws.save(new.ann)
        except AnnotateError as exc:
            self.term.say(f"error: {exc}", "red")
            return False
        self.state = new
        self.term.say(f"✓ {new.message}; saved", "green")
        return True

    def mark(self, key: str | None = None, pass_name: str | None = None) -> None:
        if key:
            self.decided.add(key)
        if pass_name:
            self.position["pass"] = pass_name
        if self.ws.read_only:
            return
        try:
            store.save_position(self.ws.path, {"pass": self.position.get("pass", "actors"),
                                               "decided": sorted(self.decided)})
        except AnnotateError as exc:
            # Best effort: the annotations are what matters, and they are saved elsewhere.
            if self.position_error is None:
                self.term.say(f"warning: {exc}; your annotations are still saved, but a later "
                              "session will not resume from here", "yellow")
            self.position_error = str(exc)

    def show(self, focus: int | None, force: bool = True) -> None:
        """The screen around `focus`; during the passes only when the window moves."""
        console = self.term.console
        self.show_window(self.screen.window(focus, tagview.lines(console), console.width), force)

    def show_window(self, window: tuple[int, int], force: bool = True) -> None:
        shown = (window, id(self.state.ann))  # a change shows its new highlight
        if force or shown != self.shown:
            self.term.console.print()
            tagview.show_screen(self.term.console, self.screen, self.state.ann, window)
            self.shown = shown

    # -- prompts -----------------------------------------------------------------------
    def choose(self, prompt: str, choices: list[str], default: str) -> str:
        """One of `choices` (listed in the prompt when there are few); Enter = default."""
        listed = f" ({', '.join(choices)})" if len(choices) <= 12 else ""
        while True:
            answer = self.term.ask(f"{prompt}{listed} [{default}]: ").strip() or default
            if answer in choices:
                return answer
            if answer in ("q", "quit"):
                raise Quit
            if answer == "?":
                self.term.say("choices: " + ", ".join(choices))
            else:
                self.term.say(f"{answer!r} is not one of: {', '.join(choices)}", "red")

    def ask_span(self, prompt: str, sentence: int | None = None,
                 default: tuple[int, int] | None = None,
                 default_text: str | None = None) -> tuple[int, int]:
        while True:
            text = self.term.ask(prompt).strip() or (default_text or "")
            if text in ("q", "quit"):
                raise Quit
            if not text and default:
                where = default
            elif not text:
                continue
            else:
                try:
                    where = spans.pick(self.art, text, sentence=sentence)
                except spans.AmbiguousSpan as many:
                    where = self.pick_one(many.matches)
                except AnnotateError as exc:
                    self.term.say(f"error: {exc}", "red")
                    continue
            tagview.picked(self.term.console, self.art, *where)
            return where

    def pick_one(self, matches: list[tuple[int, int]]) -> tuple[int, int]:
        self.term.say(f"that text occurs {len(matches)} times:")
        for n, (s, e) in enumerate(matches, 1):
            self.term.say(f"  {n}) {spans.context(self.art, s, e)}")
        number = self.choose("which one", [str(n) for n in range(1, len(matches) + 1)], "1")
        return matches[int(number) - 1]

    # -- the free command loop ---------------------------------------------------------
    def commands(self) -> None:
        self.term.say("\nAll passes done. Commands: list, show s12, next, back, add, edit, "
                      "delete, link, undo, redo, validate, save, help (?), quit (q).", "bold")
        while True:
            line = self.term.ask("> ").strip()
            if not line:
                continue
            only = _SENTENCE_ONLY.match(line)
            if only:
                line = f"show s{only.group(1)}"
            try:
                cmd = parse(line)
                self.command(cmd)
            except AnnotateError as exc:
                self.term.say(f"error: {exc}", "red")

    def command(self, cmd: Command) -> None:
        verb, ann = cmd.verb, self.state.ann
        if verb == "quit":
            raise Quit
        if verb == "help":
            self.term.say(tagview.HELP)
        elif verb == "list":
            section = cmd.args[0] if cmd.args else None
            if section and section not in ("actors", "events", "claims"):
                raise AnnotateError("list actors, events or claims")
            tagview.listing(self.term.console, ann, section)
        elif verb == "show":
            self.show(self._focus(cmd.args[0] if cmd.args else None))
        elif verb in ("next", "back"):
            self.page(forward=verb == "next")
        elif verb == "reanchor":
            if self.anchored:
                self.term.say("the annotations already match this version of the article")
            else:
                drift.offer(self, anchoring.plan(ann, self.art))
        elif verb == "review":
            drift.review(self, drift.orphans(ann))
        elif verb == "validate":
            problems = checks.check_file(self.ws.path) if self.ws.path.exists() else []
            for p in problems:
                self.term.say(str(p))
            self.term.say(f"{len(problems)} problem(s)")
        elif verb == "save":
            if not self.ws.read_only:
                self.ws.save(ann)
            self.term.say(f"saved in {self.ws.path}" if not self.ws.read_only else "read-only")
        elif verb == "add" and cmd.args and cmd.args[0] in ("actor", "event", "claim") \
                and not cmd.options:
            walkthrough.add_own(self, cmd.args[0])
        else:
            self.do(cmd)

    def page(self, forward: bool) -> None:
        """The next (or previous) screenful of the article."""
        console = self.term.console
        current = self.shown[0] if self.shown else (0, 0)
        self.show_window(self.screen.page(current, forward, tagview.lines(console),
                                          console.width))

    def _focus(self, target: str | None) -> int | None:
        if target is None:
            return self.state.focus
        sentence = _SENTENCE_ONLY.match(target)
        if sentence:
            return self.art.sentence(int(sentence.group(1))).start
        item = self.state.ann.get(target)
        if item is None:
            raise AnnotateError(f"there is no annotation with id {target!r}")
        return next((s.start for _, s in item.spans()), None)
