"""The thin interactive loop of `annotate tag`: three passes, then free commands.

Input and output are injected (`Terminal`), so tests drive the real loop with a script
of lines. Every change goes through `session.apply` and is saved at once, so quitting,
Ctrl-C or a killed process lose at most the line being typed.
"""

from __future__ import annotations

import re
import sys
from typing import TextIO

from rich.console import Console
from rich.text import Text

from annotate import checks, spans, store, suggest, tagview
from annotate.errors import AnnotateError
from annotate.session import Command, State, apply, parse
from annotate.workspace import Workspace

PASSES = ("actors", "events", "claims")
_SENTENCE_ONLY = re.compile(r"^s(\d+)$", re.IGNORECASE)


class Quit(Exception):
    """The person asked to leave (q, quit, end of input)."""


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
            return self.console.input(Text(prompt, style="bold"))
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
        self.position = store.load_position(ws.path) if not ws.read_only else {}
        self.decided: set[str] = set(self.position.get("decided", []))
        self.shown: tuple[int, int] | None = None  # the window last shown

    # -- the frame -------------------------------------------------------------------
    def run(self) -> int:
        try:
            self.intro()
            if not self.ws.read_only:
                self.walkthrough()
            self.commands()
        except (Quit, EOFError):
            pass
        except KeyboardInterrupt:
            self.term.say(f"\ninterrupted; every change is already saved in {self.ws.path}")
            return 130
        self.finish()
        return 0

    def intro(self) -> None:
        say, ws = self.term.say, self.ws
        say(f"annotate tag: {self.art.path}", "bold")
        mode = "READ-ONLY (another session holds the lock)" if ws.read_only else \
            "every change is saved at once"
        say(f"sidecar: {ws.path} ({mode})")
        for warning in ws.warnings:
            say(f"warning: {warning}", "yellow")
        a = self.state.ann
        say(f"{len(self.art.sentences)} sentences; {len(a.actors)} actors, {len(a.events)} "
            f"events, {len(a.claims)} claims so far. Type ? at any prompt for help.")

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
        if self.ws.read_only:
            self.term.say("read-only session: changes are not allowed", "red")
            return False
        try:
            new = apply(self.ctx, self.state, cmd)
        except AnnotateError as exc:
            self.term.say(f"error: {exc}", "red")
            return False
        self.ws.save(new.ann)
        self.state = new
        self.term.say(f"✓ {new.message}; saved", "green")
        return True

    def mark(self, key: str | None = None, pass_name: str | None = None) -> None:
        if key:
            self.decided.add(key)
        if pass_name:
            self.position["pass"] = pass_name
        if not self.ws.read_only:
            store.save_position(self.ws.path, {"pass": self.position.get("pass", "actors"),
                                               "decided": sorted(self.decided)})

    def show(self, focus: int | None, force: bool = True) -> None:
        """The screen around `focus`; during the passes only when the window moves."""
        console = self.term.console
        window = self.screen.window(focus, tagview.lines(console), console.width)
        if force or window != self.shown:
            console.print()
            tagview.show_screen(console, self.screen, self.state.ann, focus)
            self.shown = window

    # -- prompts -----------------------------------------------------------------------
    def choose(self, prompt: str, choices: list[str], default: str) -> str:
        while True:
            answer = self.term.ask(f"{prompt} [{default}]: ").strip() or default
            if answer in choices:
                return answer
            if answer in ("q", "quit"):
                raise Quit
            if answer == "?":
                self.term.say("choices: " + ", ".join(choices))
            else:
                self.term.say(f"{answer!r} is not one of: {', '.join(choices)}", "red")

    def ask_span(self, prompt: str, sentence: int | None = None,
                 default: tuple[int, int] | None = None) -> tuple[int, int]:
        while True:
            text = self.term.ask(prompt).strip()
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

    # -- the walkthrough -------------------------------------------------------------
    def walkthrough(self) -> None:
        start = self.position.get("pass", "actors")
        if start not in PASSES:
            return
        if self.decided:
            self.term.say(f"resuming the {start} pass where you left off")
        for name in PASSES[PASSES.index(start):]:
            self.mark(pass_name=name)
            getattr(self, f"pass_{name}")()
        self.mark(pass_name="free")

    def step(self, label: str, keys: str, default: str) -> str:
        """One decision; `u` and `?` are handled here, the rest returned."""
        while True:
            answer = self.term.ask(f"{label} [{keys}] (Enter = {default}): ").strip().lower()
            answer = answer or default[0]
            if answer in ("q", "quit"):
                raise Quit
            if answer == "?":
                self.term.say(tagview.HELP)
            elif answer == "u":
                self.do("undo")
            elif answer[0] in keys.split():
                return answer[0]
            else:
                self.term.say(f"type one of: {keys}", "red")

    def pass_actors(self) -> None:
        found = [s for s in suggest.actors(self.art, self.state.ann) if s.key not in self.decided]
        self.term.say(f"\nPass 1 of 3: actors. {len(found)} suggested. a/Enter accepts, r rejects, "
                      "e edits name or type, m merges into an actor you have, n adds your own, "
                      "d ends this pass.", "bold")
        for i, sug in enumerate(found, 1):
            self.show(sug.mentions[0][0], force=False)
            where = ", ".join(sorted({f"s{self.art.sentence_at(s).number}"
                                      for s, _ in sug.mentions}, key=lambda x: int(x[1:])))
            hint = f", {sug.hint}" if sug.hint else ""
            aliases = f"; also {', '.join(sug.aliases)}" if sug.aliases else ""
            self.term.say(f"Actor {i}/{len(found)}: {sug.name} ({sug.type}{hint}): "
                          f"{len(sug.mentions)} mention(s) in {where}{aliases}", "bold cyan")
            answer = self.step("accept?", "a r e m n d u q ?", "accept")
            if answer == "d":
                return
            if answer == "n":
                self.add_own("actor")
                answer = self.step("and this suggestion?", "a r e m", "accept")
            name, kind = sug.name, sug.type
            if answer == "e":
                name = self.term.ask(f"name [{name}]: ").strip() or name
                kind = self.choose("type", list(self.ctx.inventory.actor_types), kind)
            mentions = [f"@{s}:{e}" for s, e in sug.mentions]
            if answer in ("a", "e"):
                opts = [("name", name), ("type", kind), *(("mention", m) for m in mentions),
                        *(("alias", a) for a in sug.aliases)]
                self.do(Command("add", ("actor",), tuple(opts)))
            elif answer == "m":
                ids = [a.id for a in self.state.ann.actors]
                if not ids:
                    self.term.say("no actors yet to merge into", "red")
                    continue
                target = self.choose("merge into", ids, ids[-1])
                self.do(Command("add", ("mention", target, *mentions)))
            self.mark(sug.key)

    def pass_events(self) -> None:
        found = [s for s in suggest.events(self.art, self.ctx.inventory, self.state.ann)
                 if s.key not in self.decided]
        self.term.say(f"\nPass 2 of 3: events. {len(found)} trigger words found. a accepts "
                      "(you then confirm type and participants), Enter skips, n adds your own, "
                      "d ends this pass.", "bold")
        for i, sug in enumerate(found, 1):
            self.show(sug.trigger[0], force=False)
            s, e = sug.trigger
            people = ", ".join(f"{a}:{r}" for a, r in sug.participants) or "none found"
            self.term.say(f"Event {i}/{len(found)}: '{self.art.text[s:e]}' in "
                          f"s{self.art.sentence_at(s).number} -> {sug.type}; participants: "
                          f"{people}", "bold magenta")
            answer = self.step("tag it?", "a s n d u q ?", "skip")
            if answer == "d":
                return
            if answer == "n":
                self.add_own("event")
            elif answer in ("a", "e"):
                self.event_form(f"@{s}:{e}", sug.type, [f"{a}:{r}" for a, r in sug.participants])
            self.mark(sug.key)

    def event_form(self, trigger: str, kind: str, people: list[str]) -> None:
        types = list(self.ctx.inventory.event_types)
        kind = self.choose("event type", types, kind if kind in types else types[-1])
        while True:
            roles = ", ".join(self.ctx.inventory.event_types[kind].roles)
            answer = self.term.ask(f"participants as ACTOR:ROLE, roles {roles} "
                                   f"[{' '.join(people) or 'none'}]: ").strip()
            given = answer.replace(",", " ").split() if answer else people
            if answer in ("-", "none"):
                given = []
            cmd = Command("add", ("event",), (("type", kind), ("trigger", trigger),
                                              *(("participant", p) for p in given)))
            if self.do(cmd):
                return

    def pass_claims(self) -> None:
        found = [s for s in suggest.claims(self.art, self.state.ann) if s.key not in self.decided]
        self.term.say(f"\nPass 3 of 3: claims. {len(found)} sentences look like claims. a "
                      "accepts (you can trim the span, set kind, check-worthiness, verdict), "
                      "Enter skips, n adds your own, d ends this pass.", "bold")
        for i, sug in enumerate(found, 1):
            self.show(sug.span[0], force=False)
            number = self.art.sentence_at(sug.span[0]).number
            who = f"; claimant {sug.claimant}" if sug.claimant else ""
            self.term.say(f"Claim {i}/{len(found)}: sentence s{number} ({sug.reason}) -> "
                          f"{sug.kind}{who}", "bold yellow")
            answer = self.step("tag it?", "a s n d u q ?", "skip")
            if answer == "d":
                return
            if answer == "n":
                self.add_own("claim")
            elif answer in ("a", "e"):
                self.claim_form(number, sug.span, sug.kind, sug.claimant, sug.cue)
            self.mark(sug.key)

    def claim_form(self, sentence: int | None, span: tuple[int, int] | None, kind: str,
                   claimant: str | None, cue: tuple[int, int] | None) -> None:
        hint = "Enter = whole sentence, or type part of it to trim" if span else "type its text"
        where = self.ask_span(f"claim span ({hint}): ", sentence, span)
        kind = self.choose("kind", list(self.ctx.inventory.claim_kinds), kind)
        actors = [a.id for a in self.state.ann.actors]
        who = self.choose("claimant (an actor id, or none for the outlet)", [*actors, "none"],
                          claimant or "none")
        worthy = self.choose("check-worthy", ["y", "n"], "n" if kind == "opinion" else "y")
        verdict = self.choose("verdict", ["none", *(v.id for v in self.ctx.inventory.verdicts)],
                              "none")
        evidence = self.term.ask("evidence URL [none]: ").strip()
        opts = [("text", f"@{where[0]}:{where[1]}"), ("kind", kind),
                ("checkworthy", "yes" if worthy == "y" else "no")]
        opts += [("claimant", who)] if who != "none" else []
        opts += [("cue", f"@{cue[0]}:{cue[1]}")] if cue else []
        opts += [("verdict", verdict)] if verdict != "none" else []
        opts += [("evidence", evidence)] if evidence and evidence != "none" else []
        self.do(Command("add", ("claim",), tuple(opts)))

    def add_own(self, kind: str) -> None:
        if kind == "actor":
            name = ""
            while not name:
                name = self.term.ask("actor name: ").strip()
            types = list(self.ctx.inventory.actor_types)
            actor_type = self.choose("type", types, "person")
            where = self.ask_span(f"a mention in the text [{name}]: ", default=None) \
                if not spans.find(self.art.text, name) else None
            mentions = [f"@{where[0]}:{where[1]}"] if where else [name]
            self.do(Command("add", ("actor",), (("name", name), ("type", actor_type),
                                                *(("mention", m) for m in mentions))))
        elif kind == "event":
            s, e = self.ask_span("trigger word (type it; s12 word to pick in sentence 12): ")
            self.event_form(f"@{s}:{e}", self._type_for(self.art.text[s:e]), [])
        else:
            self.claim_form(None, None, "factual", None, None)

    def _type_for(self, word: str) -> str:
        for name, et in self.ctx.inventory.event_types.items():
            if word.lower() in et.triggers:
                return name
        return "other" if "other" in self.ctx.inventory.event_types else \
            next(iter(self.ctx.inventory.event_types))

    # -- the free command loop ---------------------------------------------------------
    def commands(self) -> None:
        self.term.say("\nAll passes done. Commands: list, show s12, add, edit, delete, link, "
                      "undo, redo, validate, save, help (?), quit (q).", "bold")
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
            self.add_own(cmd.args[0])
        else:
            self.do(cmd)

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
