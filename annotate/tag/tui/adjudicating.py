"""Adjudication in the full-screen workspace (`annotate adjudicate` on a terminal).

The open disagreements of a merged sidecar one by one, decided by the same step machine
as the prompt dialogue (`agreement.adjudicate`, through `Core.decide`): the article on
top with the disputed spans marked (the first one selected), the versions below side by
side, a column per version, the fields they differ on marked `≠` and highlighted. Digits
take a version; `e` and a digit open that version's fields in the workspace's form and
take it as edited; `x` or `d` drops the item (`D` with the references to it); `s` skips;
`u` undoes; `:` types an answer as in the dialogue (`e 2 --type group`); `q` leaves.
Every decision is saved at once through the workspace's locked saver; when none is
left, the screen says so with what `annotate validate` says of the sidecar.
"""

from __future__ import annotations

import shlex

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from annotate.checks import tally
from annotate.tag.tui import making, picking
from annotate.tag.tui.actions import LOOKING, NORMAL_KEYS
from annotate.tag.tui.app import CommandInput, Sel, WorkspaceApp
from annotate.tag.tui.core import Core, CoreError, Dispute, Problem, Take, Value
from annotate.tag.tui.screens import HelpScreen
from annotate.tag.tui.view import ArticleView
from annotate.visible import counted, say, visible

LEGEND = "take · e edit · x drop · s skip · u undo · o span · ? keys · q quit"


class AdjudicateApp(WorkspaceApp):
    CSS = WorkspaceApp.CSS + """
    #main { layout: vertical; }
    #article { height: 1fr; min-height: 4; }
    #versions-box { height: auto; max-height: 65%; border-top: solid $primary-darken-2;
                    padding: 0 1; }
    """

    def __init__(self, core: Core, check_after: float = 0.6) -> None:
        super().__init__(core, check_after)
        self.question: Dispute | None = None  # the open disagreement asked about
        self.spans: list[Sel] = []  # its disputed spans, in text order
        self.editing: tuple[int, dict[str, Value]] | None = None  # version, values as taken
        self.choosing = False  # e was pressed: a digit says which version to edit
        self.finished: list[Problem] | None = None  # validation once none is left
        self.decisions = 0

    def compose(self) -> ComposeResult:
        self.view = ArticleView(self)
        with Vertical(id="main"):
            yield self.view
            with VerticalScroll(id="versions-box"):
                yield Static(id="versions")
        yield Static(id="message")
        yield CommandInput(self)
        yield Static(id="status")

    def on_mount(self, event: events.Mount) -> None:
        event.prevent_default()  # not the tagging workspace's start (suggestions, plan)
        self._shown = True
        self.title = f"annotate adjudicate: {self.core.sidecar_path.name}"
        self.catch_signals()
        self.view.focus()
        self.call_after_refresh(self.check)
        total = len(self.core.ann.disagreements)
        self.say(f"{counted(total, 'open disagreement')}; every decision is saved at once. ? shows "
                 "the keys.")
        self.call_after_refresh(self.show_question)

    def refresh_suggestions(self, first: bool = False) -> None:
        """Adjudication makes no suggestions."""

    # -- the disagreement asked about -------------------------------------------------
    def show_question(self) -> None:
        self.question = q = self.core.disagreement()
        if q is None:
            self.spans = []
            self.finish()
            return
        self.finished = None
        self.spans = self.core.disputed(q.disagreement)
        if self.spans:
            self.select(self.spans[0], centre=True)
        self.update_panel()
        self.view.redraw()

    def finish(self) -> None:
        """No disagreement left: validate the sidecar as `annotate validate` would."""
        self.finished = self.core.problems()
        self.problems = self.finished
        self.update_panel()
        self.view.redraw()

    @property
    def code(self) -> int:
        """The exit code: 1 when the finished sidecar has errors."""
        found = self.finished or []
        return 1 if any(p.severity == "error" for p in found) else 0

    @property
    def current_span(self) -> Sel | None:
        if self.form is not None:
            return self.form.span
        return self.spans[0] if self.spans else None

    def highlights(self, lo: int, hi: int) -> list[tuple[str, list[Sel]]]:
        out = super().highlights(lo, hi)
        out.insert(0, ("current", [s for s in self.spans if s[0] < hi and s[1] > lo]))
        return out

    # -- deciding ------------------------------------------------------------------------
    def decide(self, answer: str | Take) -> bool:
        if self.question is None and answer != "u":
            self.say("no disagreement is left: u undoes the last decision, q leaves")
            return False
        try:
            said, changed = self.core.decide(answer)
        except CoreError as exc:
            more = "; D drops it with the references to it" \
                if "still referenced" in str(exc) else ""
            self.say(f"error: {exc}{more}")
            return False
        self.decisions += changed
        self.say(f"✓ {said}" + ("; saved" if changed else ""))
        self.view.remark()
        self.check(wait=self.check_after)
        self.show_question()
        return True

    def edit_version(self, number: int) -> None:
        """Take version `number` through its form: the fields as taking it leaves them."""
        try:
            item = self.core.taken(number)
        except CoreError as exc:
            self.say(f"error: {exc}")
            return
        making.form_for(self, item)  # type: ignore[arg-type]
        assert self.form is not None
        self.editing = (number, making.edit_values(self.form))
        self.say(f"version {number}: change its fields (Tab moves, Enter takes it as it "
                 "shows, Esc: back)")

    def save_edit(self, item_id: str, values: dict[str, Value]) -> bool:
        assert self.editing is not None
        number, before = self.editing
        changes = tuple((k, v) for k, v in values.items() if before.get(k) != v)
        if not self.decide(Take(number, changes)):
            return False
        self.editing = None
        return True

    # -- keys ----------------------------------------------------------------------------
    def handle_key(self, key: str, character: str | None) -> bool:
        self.keys_pressed += 1
        char = character or ""
        if self.hint is not None:
            picking.hint_key(self, key, character)
            return True
        if self.form is not None:
            making.form_key(self, key, character)
            if self.form is None and self.editing is not None:  # Esc: nothing taken
                self.editing = None
                self.say("back to the versions; nothing was taken")
                self.show_question()
            return True
        if self.choosing:
            self.choosing = False
            if char.isdecimal():  # ("²" is a digit to isdigit, not to int())
                self.edit_version(int(char))
            else:
                self.say("not edited")
            return True
        if char.isdecimal() and char != "0":
            self.decide(char)
        elif char in ("x", "d"):
            self.decide("d")
        elif char in KEYS:
            KEYS[char](self)
        elif key == "question_mark":
            self.push_screen(HelpScreen("adjudicate"))
        elif key in LOOKING or char in LOOKING:
            NORMAL_KEYS[key if key in LOOKING else char](self)
        else:
            self.keys_pressed -= 1
            return False
        return True

    def start_edit(self) -> None:
        q = self.question
        if q is None:
            self.say("no disagreement is left")
            return
        tagged = [n for n, v in enumerate(q.disagreement.versions, 1) if v.item is not None]
        if len(tagged) == 1:
            self.edit_version(tagged[0])
            return
        self.choosing = True
        self.say(f"edit which version? {' '.join(str(n) for n in tagged)}")

    def next_span(self) -> None:
        if not self.spans:
            self.say("no disputed span in the article")
            return
        later = [s for s in self.spans if s[0] > self.sel[0]]
        target = later[0] if later else self.spans[0]
        self.say(f"disputed span {self.spans.index(target) + 1} of {len(self.spans)}")
        self.select(target, centre=True)

    def run_command(self, line: str) -> None:
        """`:` an answer as the dialogue takes it (`e 2 --type group`, `d --cascade`)."""
        words = line.split()
        if not words:
            return
        if words[0] in ("q", "quit"):
            self.exit(self.code)
        elif words[0] in ("?", "help"):
            self.push_screen(HelpScreen("adjudicate"))
        elif words[0] in ("take", "t") and len(words) == 2:
            self.decide(words[1])
        else:
            try:
                shlex.split(line)
            except ValueError:
                self.say("error: unbalanced quote")
                return
            self.decide(line)

    # -- what is shown -------------------------------------------------------------------
    def update_panel(self) -> None:
        """The versions (or the form, or the end), each time what they show changed."""
        if not self._shown:
            return
        form = self.form
        shows = (id(self.core.ann), self.question, repr(form) if form else None,
                 self.finished is not None)
        if shows != self._panel_shows:
            self._panel_shows = shows
            self.query_one("#versions", Static).update(self.render_versions())
            self.view.redraw()
        self.update_status()

    def update_status(self) -> None:
        if not self._shown:
            return
        found = self.problems
        out = Text.assemble((visible(self.core.sidecar_path.name), "bold"),
                            "  saved ✓  " if self.core.saved else "  ",
                            f"{len(self.core.ann.disagreements)} open  ")
        if found is None:
            out.append("checking…", "dim")
        else:
            errors = sum(1 for p in found if p.severity == "error")
            out.append(tally(p.severity for p in found),
                       "bold red" if errors else "green")
        if out.plain != self._status_shows:
            self._status_shows = out.plain
            self.query_one("#status", Static).update(out, layout=False)

    def legend_width(self) -> int:
        """The form is drawn below the article, as wide as the screen."""
        width = self.query_one("#versions", Static).content_size.width
        return max(width - 1, 20) if width else 78

    def render_versions(self) -> RenderableType:
        if self.form is not None:
            from annotate.tag.tui import panel
            return panel.render(self)
        q = self.question
        if q is None:
            return self.render_finished()
        d = q.disagreement
        what = f"they differ on {', '.join(d.fields)}" if d.fields else \
            "not enough annotators tagged it"
        head = Text.assemble(
            (f"Disagreement {q.number} of {len(self.core.ann.disagreements)}: ", "bold"),
            (f"{d.section[:-1]} {d.id}", "bold underline"), f" ({what})")
        table = Table(box=None, expand=True, pad_edge=False, padding=(0, 1),
                      header_style="bold underline")
        table.add_column("", no_wrap=True, style="bold")
        for n, v in enumerate(d.versions, 1):
            table.add_column(Text.assemble((f"{n}", "bold reverse"), f" {', '.join(v.annotators)}"
                                           + ("" if v.item else " (not tagged)")),
                             ratio=1, overflow="fold")
        for row in self.core.compared(d):
            style = "bold yellow" if row.differs else ""
            table.add_row(Text(("≠ " if row.differs else "  ") + row.name, style=style),
                          *(Text(visible(value), style=style) for value in row.values))
        numbers = "/".join(str(n) for n in range(1, len(d.versions) + 1))
        legend = Text.assemble((numbers, "bold cyan"), " " + LEGEND, style="dim")
        return Group(head, table, legend)

    def render_finished(self) -> RenderableType:
        found = self.finished or []
        errors = sum(1 for p in found if p.severity == "error")
        out = Text.assemble(
            ("No disagreement left", "bold green"),
            f" in {visible(self.core.sidecar_path.name)}: every decision is saved.\n",
            (f"validation: {tally(p.severity for p in found)}",
             "bold red" if errors else "bold green"), "\n")
        for p in found[:8]:
            out.append(f"  {p.severity}: {visible(p.message)}\n")
        out.append("u undoes the last decision · q leaves", "dim")
        return out


KEYS = {
    "D": lambda app: app.decide("d --cascade"),
    "s": lambda app: app.decide("s"),
    "u": lambda app: app.decide("u"),
    "e": lambda app: app.start_edit(),
    "o": lambda app: app.next_span(),
    "?": lambda app: app.push_screen(HelpScreen("adjudicate")),
    ":": lambda app: app.open_prompt(":", "answer: e 2 --type group, d --cascade, s, u",
                                     "type an answer as in the dialogue; Enter: do it"),
    "q": lambda app: app.exit(app.code),
}


def run(core: Core) -> int:
    """Adjudicate in the workspace; the exit code (130 when interrupted)."""
    app = AdjudicateApp(core)
    code = app.run()
    if code is None:
        code = 130
    left = len(core.ann.disagreements)
    where = core.sidecar_path
    if code == 130:
        say(f"interrupted; every decision is already saved in {where}")
    elif left:
        print(f"{counted(left, 'disagreement')} left in {where}; run annotate adjudicate again to "
              "go on.")
    else:
        found = app.finished if app.finished is not None else core.problems()
        print(f"No disagreement left in {where}. validation: {tally(p.severity for p in found)}")
    return code
