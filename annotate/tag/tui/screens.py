"""The workspace's dialogs: the keys (`?`) and the re-anchoring plan."""

from __future__ import annotations

from typing import TypeVar

from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from annotate.render import changed
from annotate.tag import review
from annotate.tag.tui import keys
from annotate.tag.tui.core import Core, Row
from annotate.visible import short, visible

T = TypeVar("T")

CSS = """
{name} {{ align: center middle; }}
{name} > VerticalScroll {{ width: 90%; max-width: 100; height: 90%; border: round $accent;
    background: $surface; padding: 0 1; }}
"""


class Dialog(ModalScreen[T]):
    """A modal screen that closes once: keys typed fast (a paste, ssh delivering several
    at once) all reach it before it is gone, and a second dismiss would pop the
    workspace's own screen, a crash."""

    closed = False

    def close(self, result: T) -> None:
        if not self.closed:
            self.closed = True
            self.dismiss(result)


class HelpScreen(Dialog[None]):
    DEFAULT_CSS = CSS.format(name="HelpScreen")

    def __init__(self, mode: str, rows: keys.Table | None = None, title: str = "keys") -> None:
        super().__init__()
        self.mode = mode
        self.rows = rows  # keys of the question being asked, when they are not a mode's
        self.title_ = title

    def compose(self) -> ComposeResult:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold cyan", no_wrap=True)
        grid.add_column()
        for heading, rows in self.rows or keys.table(self.mode):
            grid.add_row(Text(heading, style="bold underline"), "")
            for key, what in rows:
                grid.add_row(Text(key), Text(what))  # (not markup: "[actors|...]")
        box = VerticalScroll()
        # Said on the frame, not at the end of the list: the keys are longer than a
        # 24-line screen, and a hint below them would never be seen.
        box.border_title = self.title_
        box.border_subtitle = "↓ ↑ PgDn PgUp scroll · any other key closes"
        with box:
            yield Static(grid)

    def on_key(self, event: events.Key) -> None:
        event.stop()
        scroll = SCROLL.get(event.key)
        if self.closed:
            return  # typed after the key that closed it: dropped
        if scroll is None:
            self.close(None)
            return
        box = self.query_one(VerticalScroll)
        getattr(box, scroll)(animate=False)


# The keys that scroll the help (the rest close it): it is longer than a small screen.
SCROLL = {"down": "scroll_down", "j": "scroll_down", "up": "scroll_up", "k": "scroll_up",
          "pagedown": "scroll_page_down", "space": "scroll_page_down",
          "pageup": "scroll_page_up", "home": "scroll_home", "end": "scroll_end"}


NEEDY = ("orphaned", "ambiguous", "fuzzy", "moved")


class PlanScreen(Dialog[bool]):
    """The article changed since it was annotated: where each span would go, and y/n."""

    DEFAULT_CSS = CSS.format(name="PlanScreen")

    def __init__(self, core: Core, rows: list[Row]) -> None:
        super().__init__()
        self.core, self.rows = core, rows

    def compose(self) -> ComposeResult:
        rows = sorted(self.rows, key=lambda r: (NEEDY.index(r.status) if r.status in NEEDY
                                                else len(NEEDY), r.old))
        counts: dict[str, int] = {}
        for r in self.rows:
            counts[r.status] = counts.get(r.status, 0) + 1
        moved = sum(n for s, n in counts.items() if s != "exact")
        head = Text.assemble(
            ("The article changed since it was annotated", "bold yellow"),
            review.drifted(moved, len(self.rows)) + ".\n",
            ", ".join(f"{n} {s}" for s, n in counts.items()), "\n")
        table = Table(box=None, padding=(0, 1), expand=True)
        # As wide as the longest id (within reason), as `annotate reanchor`'s plan.
        table.add_column("span", overflow="fold",
                         width=min(max((len(r.name.split()[0]) for r in rows), default=4), 28))
        for column in ("old → new", "status", "text"):
            table.add_column(column, overflow="fold")
        for r in rows[:200]:
            new = f"{r.new[0]}-{r.new[1]}" if r.new else "-"
            # Where the words changed, the words that changed (as `annotate reanchor`
            # says them): "old → new" cut at 40 characters lost the new words.
            text = visible(r.old_text if r.new_text in (None, r.old_text)
                           else changed(r.old_text, r.new_text))
            table.add_row(r.name, f"{r.old[0]}-{r.old[1]} → {new}", r.status, short(text, 40))
        foot = Text("\ny re-anchors now (one change; u undoes it) · n leaves the spans as they "
                    "are (nothing is lost)", style="bold")
        box = VerticalScroll()
        # The choice on the frame too: below a long table the foot is off a small screen.
        box.border_title = "re-anchor?"
        box.border_subtitle = "y re-anchor now · n leave as they are · ↓ ↑ PgDn scroll"
        with box:
            yield Static(head)
            yield Static(table)
            yield Static(foot)

    def on_key(self, event: events.Key) -> None:
        event.stop()
        if self.closed:
            return  # typed after the answer: never a second answer
        if event.character in ("y", "Y") or event.key == "enter":
            self.close(True)
        elif event.character in ("n", "N", "q") or event.key == "escape":
            self.close(False)
        elif event.key in SCROLL:
            getattr(self.query_one(VerticalScroll), SCROLL[event.key])(animate=False)
