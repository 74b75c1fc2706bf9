"""The prompt front end of adjudication (`annotate adjudicate`): shows each open
disagreement with the annotators' versions side by side, asks, saves every decision.

Input and output are injected, so tests drive the real loop with a script of lines;
without a terminal each line read is echoed, so a transcript reads like the session.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from annotate import checks
from annotate.agreement import adjudicate
from annotate.agreement.adjudicate import Question
from annotate.editing import picking
from annotate.errors import AnnotateError
from annotate.tag.dialogue import Terminal
from annotate.tag.session import Context
from annotate.tag.workspace import Workspace
from annotate.visible import counted, say, visible, visible_line


def versions_table(q: Question, ctx: Context) -> Table:
    d = q.disagreement
    table = Table(show_edge=False, pad_edge=False, show_lines=True)
    table.add_column("")
    for n, v in enumerate(d.versions, 1):
        table.add_column(f"{n}: {', '.join(v.annotators)}" + ("" if v.item else " (not tagged)"))
    for row in adjudicate.compared(d):
        table.add_row(Text(f"≠ {row.name}" if row.differs else f"  {row.name}",
                           style="bold yellow" if row.differs else ""),
                      *(Text(visible(v), style="yellow" if row.differs else "")
                        for v in row.values))
    return table


class Dialogue:
    def __init__(self, ws: Workspace, console: Console, stdin: TextIO | None = None,
                 interactive: bool | None = None) -> None:
        self.ws, self.console = ws, console
        # the tag dialogue's terminal: echoed input without a TTY, readline on one
        self.term = Terminal(console, stdin, interactive)
        self.ask, self.say = self.term.ask, self.term.say
        self.state = adjudicate.start(ws.ann)

    def run(self) -> int:
        total = len(self.state.ann.disagreements)
        self.say(f"annotate adjudicate: {self.ws.path}", "bold", wrap=False)
        self.say(f"{counted(total, 'open disagreement')}; every decision is saved at once. "
                 "Type ? for help.")
        try:
            while (q := adjudicate.question(self.state)) is not None:
                self.show(q)
                self.step(q)
        except EOFError:
            pass
        except KeyboardInterrupt:
            self.term.end_line()
            say(f"interrupted; every decision is already saved in {self.ws.path}")  # (stderr)
            return 130
        return self.finish()

    def show(self, q: Question) -> None:
        d = q.disagreement
        what = f"they differ on {', '.join(d.fields)}" if d.fields else \
            "not enough annotators tagged it"
        self.say(f"\nDisagreement {q.number} of {len(self.state.ann.disagreements)}: "
                 f"{d.section[:-1]} {d.id} ({what})", "bold cyan")
        first = next((v.item for v in d.versions if v.item is not None), None)
        span = next((s for _, s in first.spans()), None) if first else None
        if span is not None and span.end <= self.ws.ctx.article.length:
            self.say("  " + visible(picking.context(self.ws.ctx.article, span.start, span.end)))
        self.console.print(versions_table(q, self.ws.ctx))

    def step(self, q: Question) -> None:
        numbers = "/".join(str(n) for n in range(1, len(q.disagreement.versions) + 1))
        while True:
            text = self.ask(f"[{numbers} e d s u q ?]: ").strip()
            if text in ("q", "quit"):
                raise EOFError
            if text in ("?", "h", "help"):
                self.say(adjudicate.HELP)
                continue
            try:
                new = adjudicate.answer(self.ws.ctx, self.state, text)
                if new.changed:
                    self.ws.save(new.ann)
            except AnnotateError as exc:
                self.say(f"error: {exc}", "red")
                continue
            self.state = new
            self.say(f"✓ {new.message}" + ("; saved" if new.changed else ""), "green")
            return

    def finish(self) -> int:
        left = len(self.state.ann.disagreements)
        if left:
            self.say(f"{counted(left, 'disagreement')} left in {self.ws.path}; run annotate "
                     "adjudicate again to go on.", wrap=False)
            return 0
        problems = checks.check_file(self.ws.path, inventory=self.ws.ctx.inventory) \
            if self.ws.path.exists() else []
        errors = [p for p in problems if p.severity == checks.ERROR]
        self.say(f"No disagreement left. validation: {checks.tally(p.severity for p in problems)}",
                 "bold red" if errors else "bold green")
        for p in problems[:5]:  # (one line each: an inventory's name may hold a break)
            self.say(f"  {visible_line(str(p))}")
        return 1 if errors else 0
