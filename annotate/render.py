"""Rich rendering of an article and its annotations (used by `show` and `tag`)."""

from __future__ import annotations

import io
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO, cast

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment as Piece
from rich.table import Table
from rich.text import Span, Text

from annotate.article import Article, Segment
from annotate.model import Annotations
from annotate.visible import counted, short, visible, visible_line

if TYPE_CHECKING:
    from annotate.anchoring import Plan


class _Trimmed(io.TextIOBase):
    """Standard output without the spaces rich pads a table's lines with: a pipe or a file
    gets lines that end where their text does."""

    def __init__(self, out: TextIO) -> None:
        self.out, self.pending = out, ""

    def write(self, text: str) -> int:
        *lines, self.pending = (self.pending + text).split("\n")
        for line in lines:
            self.out.write(line.rstrip(" ") + "\n")
        return len(text)

    def flush(self) -> None:
        # (taken before it is written: an interrupt in the write must not leave it to be
        # written again by the next flush)
        pending, self.pending = self.pending, ""
        self.out.write(pending)
        self.out.flush()


MIN_WIDTH = 20  # narrower (COLUMNS=0, a terminal not sized yet): 80 columns instead


def console(**options: Any) -> Console:
    """A console on standard output; off a terminal, its lines carry no padding."""
    if sys.stdout.isatty():
        made = Console(**options)
    else:
        made = Console(file=cast(TextIO, _Trimmed(sys.stdout)), **options)
    if made.width < MIN_WIDTH:
        made.width = 80  # (rich prints nothing at all at width 0)
    return made


# Each kind differs without colour too (NO_COLOR, or a terminal without it), as in the
# workspace: actors bold, events bold italic, claims underlined.
STYLES = {"actors": "bold cyan", "events": "bold italic magenta", "claims": "underline yellow"}
LEGEND = Text.assemble(("actor", STYLES["actors"]), "  ", ("event", STYLES["events"]), "  ",
                       ("claim", STYLES["claims"]))


def print_legend(console: Console) -> None:
    """The legend, where the marks it names are drawn: piped (no style reaches the
    output) the words "actor  event  claim" stood in plain type over unmarked text."""
    if console.color_system is not None:
        console.print(LEGEND)


def _marks(art: Article, ann: Annotations | None) -> list[tuple[int, int, str]]:
    """(start, end, style) of every span to highlight, in the order they are applied:
    claims first so mentions and triggers inside them stay readable on top."""
    if ann is None:
        return []
    return [(span.start, span.end, STYLES[section])
            for section in ("claims", "events", "actors")
            for item in getattr(ann, section)
            for _, span in item.spans()
            if not span.orphaned and span.end <= art.length]


def highlighted(art: Article, ann: Annotations | None) -> Text:
    """The whole article as one Text with every annotated span styled; control
    characters shown (one for one, so the spans stay on their characters)."""
    text = Text(visible(art.text))
    for start, end, style in _marks(art, ann):
        text.stylize(style, start, end)
    return text


def sentence_texts(art: Article, ann: Annotations | None,
                   sentences: Sequence[Segment]) -> Iterator[Text]:
    """Each sentence (in order) as a Text holding its part of every span. One sweep over
    the spans sorted by start: slicing one Text of the whole article per sentence
    copied the article each time (quadratic in its length)."""
    marks = _marks(art, ann)
    by_start = sorted(range(len(marks)), key=lambda i: marks[i][0])
    active: list[int] = []
    next_mark = 0
    for s in sentences:
        while next_mark < len(by_start) and marks[by_start[next_mark]][0] < s.end:
            active.append(by_start[next_mark])
            next_mark += 1
        active = [i for i in active if marks[i][1] > s.start]
        spans = [Span(max(start, s.start) - s.start, min(end, s.end) - s.start, style)
                 for start, end, style in (marks[i] for i in sorted(active))
                 if start < end]
        yield Text(visible(art.text[s.start:s.end]), spans=spans)


ROWS_PER_GRID = 200  # sentences laid out at a time: memory stays flat on a huge article


def article_grids(art: Article, ann: Annotations | None, first: int = 1,
                  last: int | None = None) -> Iterator[SentenceRows]:
    """Sentences `first`..`last`, numbered, a blank line between paragraphs, in pieces of
    at most ROWS_PER_GRID rows, laid out alike, so printing them one after the other
    looks like one table without laying out the whole article at once."""
    sentences = art.sentences[first - 1:last]
    if not sentences:
        return
    label_width = len(f"s{sentences[-1].number}")
    rows: list[tuple[str, Text | None]] = []
    previous_end = sentences[0].start
    for s, body in zip(sentences, sentence_texts(art, ann, sentences), strict=True):
        if len(rows) >= ROWS_PER_GRID:
            yield SentenceRows(rows, label_width)
            rows = []
        if "\n\n" in art.text[previous_end:s.start]:
            rows.append(("", None))
        rows.append((f"s{s.number}", body))
        previous_end = s.end
    yield SentenceRows(rows, label_width)


class SentenceRows:
    """Numbered sentences as a two-column grid lays them out (the number right-aligned
    and dim, one dim space, the sentence wrapped to the rest of the width), without the
    grid's measuring of every cell, which made `show` slow on a long article."""

    def __init__(self, rows: list[tuple[str, Text | None]], label_width: int) -> None:
        self.rows = rows
        self.label_width = label_width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        text_width = width - self.label_width - 1
        if text_width < 8:  # too narrow to lay out by hand: the grid's own rules
            yield _grid(self.label_width, self.rows)
            return
        dim = console.get_style("dim")
        text_options = options.update_width(text_width)
        blank = " " * (self.label_width + 1)
        for label, body in self.rows:
            lines = [line for part in _parts(body) for line in
                     console.render_lines(part, text_options)] if body is not None \
                else [[Piece(" " * text_width)]]
            for i, line in enumerate(lines):
                if i == 0:
                    yield Piece(label.rjust(self.label_width), dim)
                    yield Piece(" ", dim)
                else:
                    yield Piece(blank, dim)
                yield from line
                yield Piece.line()


PART = 4000  # characters of a sentence wrapped at a time


def _parts(body: Text) -> list[Text]:
    """A sentence cut between words into pieces of about PART characters: rich wraps a
    text in time that grows with the square of its length (a 4 MB run-on "sentence" took
    9.4 s, now 1.3 s: bench/size.py). A real sentence is one piece."""
    if len(body) <= PART:
        return [body]
    plain, cuts, at = body.plain, [], PART
    while at < len(plain):
        space = plain.rfind(" ", at - PART // 2, at)
        at = space + 1 if space > 0 else at
        cuts.append(at)
        at += PART
    return list(body.divide(cuts))


def _grid(label_width: int, rows: list[tuple[str, Text | None]]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="dim", no_wrap=True, min_width=label_width)
    grid.add_column(ratio=1)
    for label, body in rows:
        grid.add_row(label, body if body is not None else "")
    return grid


def article_view(art: Article, ann: Annotations | None, first: int = 1,
                 last: int | None = None) -> Group:
    """Sentences `first`..`last`, numbered, a blank line between paragraphs."""
    return Group(*article_grids(art, ann, first, last))


class _Fitted:
    """A table, or when its columns cannot all stand side by side at the width (an id of
    31 characters beside an actor:role of 41, at 60 columns) the same cells stacked in one
    column: rich gave such a table's wrapping column no width at all, and cut the ids."""

    def __init__(self, table: Table) -> None:
        self.table = table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        # (not Measurement.get: it clamps the minimum to the width, so it always fits)
        if self.table.__rich_measure__(console, options).minimum <= options.max_width:
            yield self.table
            return
        stacked = Table(title=self.table.title, title_justify="left", show_lines=True)
        stacked.add_column(_joined(c.header for c in self.table.columns), overflow="fold")
        for row in zip(*(c.cells for c in self.table.columns), strict=True):
            stacked.add_row(_joined(row))
        yield stacked


def _joined(cells: Iterator[RenderableType] | Sequence[RenderableType]) -> Text:
    """Cells one under another (the tables' cells are all text)."""
    out = Text()
    for cell in cells:
        text = cell if isinstance(cell, Text) else Text(str(cell))
        if text.plain:
            out.append_text(text if not out.plain else Text("\n") + text)
    return out


def tables(ann: Annotations) -> Group:
    """Actors, events and claims as tables. Every value from the sidecar is a Text (a
    plain string cell would be read as rich markup) shown with `visible` (a hand-edited
    sidecar may hold terminal escapes)."""
    def v(value: str) -> Text:
        return Text(visible(value))

    # Ids and actor:role pairs are never wrapped, so an id is never cut in the middle; what
    # belongs to an id (an event's type and factuality, a claim's kind and verdict) goes
    # under it, so that the columns left (a name, a trigger, a claim's text) keep room to
    # wrap between words at 80 columns instead of being cut mid-word or to "pro…".
    actors = Table(title="Actors", title_justify="left")
    actors.add_column(Text.assemble("id\n", ("type", "dim")), overflow="fold", no_wrap=True)
    actors.add_column("name", overflow="fold")
    actors.add_column("mentions", justify="right", no_wrap=True)
    for a in ann.actors:
        also = f"\nalso {', '.join(a.aliases)}" if a.aliases else ""
        actors.add_row(Text.assemble(visible(a.id), "\n", (visible(a.type), "dim")),
                       Text.assemble(visible(a.name), (visible(also), "dim")),
                       str(len(a.mentions)))
    events = Table(title="Events", title_justify="left")
    events.add_column(Text.assemble("id\n", "type\n", ("factuality", "dim")), overflow="fold",
                      no_wrap=True)
    events.add_column("trigger", overflow="fold")
    events.add_column("participants", overflow="fold", no_wrap=True)
    for e in ann.events:
        events.add_row(Text.assemble(visible(e.id), "\n", visible(e.type), "\n",
                                     (visible(e.factuality), "dim")),
                       v(e.trigger.text),
                       v("\n".join(f"{p.actor}:{p.role}" for p in e.participants)))
    claims = Table(title="Claims", title_justify="left")
    claims.add_column(Text.assemble("claim\n", "claimant\n", ("kind · verdict", "dim")),
                      overflow="fold", no_wrap=True)
    claims.add_column("text", overflow="fold")
    for c in ann.claims:
        detail = f"{c.kind} · {c.verdict or 'no verdict'}" + ("" if c.checkworthy else
                                                              "\nnot check-worthy")
        claims.add_row(Text.assemble(visible(c.id), "\n",
                                     visible(f"by {c.claimant}" if c.claimant else
                                             "by the outlet"), "\n",
                                     (visible(detail), "dim")), v(c.span.text))
    # (a kind with none: one line, not a table of headers only)
    return Group(*(_Fitted(table) if table.row_count else Text(f"No {name}.", style="dim")
                   for table, name in ((actors, "actors"), (events, "events"),
                                       (claims, "claims"))))


def show(console: Console, art: Article, ann: Annotations | None) -> None:
    if art.title:
        console.print(Text(visible_line(art.title), style="bold"))
    print_legend(console)
    for grid in article_grids(art, ann):
        console.print(grid)
    if ann is not None:
        console.print(tables(ann))


PLAN_STYLES = {"exact": "green", "moved": "cyan", "fuzzy": "yellow", "ambiguous": "red",
               "orphaned": "red"}


def changed(old: str, new: str, room: int = 40) -> str:
    """"old → new", or when that is too long the words that changed with a little of what
    stands around them ("…rise of 2 → 2.5 per cent"): a long claim's change is not cut
    off the end of its line."""
    old, new = " ".join(old.split()), " ".join(new.split())
    if len(old) + len(new) + 3 <= room:
        return f"{old} → {new}"
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    head = old.rfind(" ", 0, head) + 1  # whole words: "2 → 2.5", not " → .5"
    end = old.find(" ", len(old) - tail)
    tail = 0 if end < 0 else len(old) - end
    kept_before = old[:head].split()
    kept_after = old[len(old) - tail:].split()
    before = " ".join(kept_before[-2:]) + " " if kept_before else ""
    after = " " + " ".join(kept_after[:2]) if kept_after else ""
    was, now = short(old[head:len(old) - tail], 16), short(new[head:len(new) - tail], 16)
    return ("…" if len(kept_before) > 2 else "") + f"{before}{was} → {now}{after}" + \
        ("…" if len(kept_after) > 2 else "")


def render_plan(console: Console, plan: Plan, ann: Annotations | None = None,
                limit: int | None = None) -> None:
    """The re-anchoring plan as a table (spans still exactly where they were are only
    counted). With `limit`, at most that many rows, those needing a person first."""
    changes = plan.changes()
    if limit is not None and len(changes) > limit:
        # Orphaned, ambiguous and fuzzy spans before moved ones; document order kept.
        rank = {p.path: (p.status == "moved", i) for i, p in enumerate(changes)}
        keep = {p.path for p in sorted(changes, key=lambda p: rank[p.path])[:limit]}
        hidden = [p for p in changes if p.path not in keep]
        changes = [p for p in changes if p.path in keep]
    else:
        hidden = []
    if changes:
        table = Table(title="Re-anchoring plan", title_justify="left", box=box.SIMPLE_HEAD)
        names = [span_name(p.path, ann) for p in changes]
        # As wide as the longest id (within reason): the other columns wrap instead of
        # an id being cut in the middle.
        table.add_column("span", overflow="fold",
                         width=min(max(len(n.split()[0]) for n in names), 28))
        table.add_column("old → new")  # wraps after the arrow when room is short
        for column in ("status", "score"):
            table.add_column(column, no_wrap=True)
        table.add_column("text", overflow="fold", min_width=12)
        for p, name in zip(changes, names, strict=True):
            new = f"{p.start}-{p.end}" if p.placed else "-"
            text = p.old.text if p.text in (None, p.old.text) else changed(p.old.text, p.text)
            status = p.status
            if p.old.orphaned:
                status = "found again" if p.placed else "still orphaned"
            table.add_row(Text(name), f"{p.old.start}-{p.old.end} → {new}",
                          Text(status, PLAN_STYLES[p.status]), f"{p.score:.2f}",
                          Text(short(visible_line(" ".join(text.split())), 40)))
        console.print(table)
    if hidden:
        found = Counter(p.status for p in hidden)
        console.print(f"... and {counted(len(hidden), 'more span')}: "
                      f"{', '.join(f'{n} {s}' for s, n in found.items())} "
                      "(annotate reanchor --dry-run lists every span)")
    counts = ", ".join(f"{n} {status}" for status, n in plan.counts().items())
    console.print(f"{counted(len(plan.placements), 'span')}: {counts or 'none'}")


def span_name(path: tuple[str | int, ...], ann: Annotations | None) -> str:
    """`putin mentions[1]` for ("actors", 0, "mentions", 1); the JSON path without `ann`."""
    from annotate.sidecar import json_path

    section, index, *rest = path
    where = json_path(tuple(rest))[2:] if rest else ""
    if ann is not None and isinstance(section, str) and isinstance(index, int):
        return visible_line(f"{getattr(ann, section)[index].id} {where}".strip())
    return json_path(path)
