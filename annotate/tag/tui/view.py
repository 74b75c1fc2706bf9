"""The article pane: the whole article, scrollable, drawing only the lines on screen.

Marks are indexed by screen line when the annotations change, so drawing a line costs
only the marks on it, however long the article. Every character shown goes through
`visible()` (control characters are shown, never sent to the terminal).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from annotate.tag.tui import layout as layout_mod
from annotate.tag.tui.core import Annotations
from annotate.visible import visible

if TYPE_CHECKING:
    from annotate.tag.tui.app import WorkspaceApp

# Each kind of mark differs without colour too: bold, italic, underline.
STYLES = {
    "actor": Style(bold=True, color="cyan"),
    "event": Style(bold=True, italic=True, color="magenta"),
    "claim": Style(underline=True, color="yellow"),
    "recheck": Style(underline=True, strike=True, color="red"),
    "search": Style(bgcolor="blue"),
    "current": Style(bgcolor="grey35"),
    "selection": Style(reverse=True),
    "hint": Style(bold=True, reverse=True, color="red"),
}
# Under NO_COLOR Textual greys each colour by its brightness: magenta and red come out
# dark grey on the near-black background (1.6:1), so event triggers and hint letters
# could hardly be read. Without colour the marks keep their shapes (bold, italic,
# underline) in the normal foreground, and hint letters are that foreground reversed.
PLAIN = {kind: Style(bold=s.bold, italic=s.italic, underline=s.underline, strike=s.strike,
                     reverse=s.reverse, bgcolor=s.bgcolor) for kind, s in STYLES.items()}
# (blue greyed is too light under the normal foreground: 3.2:1; this grey is darker than
# the current suggestion's)
PLAIN["search"] = Style(bgcolor="grey27")
# A hint letter on reversed words (the selection) would vanish into them: it is turned
# back the other way, underlined.
HINT_ON_REVERSED = Style(bold=True, underline=True, reverse=False)
GUTTER = Style(dim=True)
ORDER = ("claim", "recheck", "event", "actor", "search", "current", "selection", "hint")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # actor | event | claim | recheck
    item: str


def index_marks(text: str, ann: Annotations, lay: layout_mod.Layout) -> list[list[Mark]]:
    """The marks on each screen line. A span not re-anchored to a changed article is not
    drawn over whatever words now sit at its old offsets."""
    per_line: list[list[Mark]] = [[] for _ in lay.lines]
    for section, _, item in ann.items():
        for _, span in item.spans():
            if span.orphaned or text[span.start:span.end] != span.text:
                continue
            kind = section[:-1]
            if kind == "claim" and getattr(item, "recheck", None):
                kind = "recheck"
            mark = Mark(span.start, span.end, kind, item.id)
            i = lay.line_of(span.start)
            while i < len(lay.lines) and lay.lines[i].start < span.end:
                if lay.lines[i].end > span.start or lay.lines[i].start == span.start:
                    per_line[i].append(mark)
                i += 1
    return per_line


class ArticleView(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    ArticleView { overflow-x: hidden; overflow-y: auto; scrollbar-size-vertical: 1; }
    """

    def __init__(self, workspace: WorkspaceApp) -> None:
        super().__init__(id="article")
        self.ws = workspace
        self.layout_: layout_mod.Layout | None = None
        self.marks: list[list[Mark]] = []
        self._cache: dict[int, Strip] = {}
        self._drag: int | None = None
        self.styles_: dict[str, Style] = PLAIN if workspace.no_color else STYLES

    # -- layout ---------------------------------------------------------------------
    def relayout(self) -> None:
        # The whole width, the scroll bar's column too: the content region loses that
        # column only once the bar shows, so the first layout (made before it showed) was
        # made again one column narrower the first time the input line opened, and stayed
        # so. The bar's column takes no more than a wrapped line's trailing space: lines
        # are at most `width - 1` cells and only a wrapped one is longer (`layout.wrap`).
        width = self.size.width or 60
        core = self.ws.core
        if self.layout_ is None or self.layout_.width + self.layout_.gutter + 1 != width:
            self.layout_ = layout_mod.build(core.text, core.sentences, core.paragraphs,
                                            max(20, width - 1))
            self.virtual_size = Size(width, len(self.layout_.lines))
        self.remark()

    def remark(self) -> None:
        """The annotations changed: index their marks again."""
        if self.layout_ is not None:
            self.marks = index_marks(self.ws.core.text, self.ws.core.ann, self.layout_)
        self.redraw()

    def redraw(self) -> None:
        self._cache.clear()
        self.refresh()

    def redraw_spans(self, *spans: tuple[int, int]) -> None:
        """Draw again only the lines these spans are on (a selection that moved)."""
        lay = self.layout_
        if lay is None:
            return
        for start, end in spans:
            first, last = lay.line_of(start), lay.line_of(max(start, end - 1))
            for index in range(first, last + 1):
                self._cache.pop(index, None)
            self.refresh_lines(first, last - first + 1)

    def marks_at(self, offset: int) -> list[Mark]:
        lay = self.layout_
        if lay is None or not self.marks:
            return []
        return self.marks[lay.line_of(offset)]

    def on_resize(self, event: events.Resize) -> None:
        self.relayout()
        self.show(self.ws.sel)
        self.ws.update_panel()  # the panel's width changed too: its legends are packed again

    # -- where things are ---------------------------------------------------------------
    def visible_range(self) -> tuple[int, int]:
        """Offsets of the text on screen."""
        lay = self.layout_
        if lay is None or not lay.lines:
            return (0, 0)
        top = int(self.scroll_offset.y)
        bottom = min(len(lay.lines) - 1, top + max(1, self.size.height) - 1)
        return lay.lines[min(top, len(lay.lines) - 1)].start, lay.lines[bottom].end

    def show(self, sel: tuple[int, int], centre: bool = False) -> None:
        """Scroll so the start of `sel` is on screen (with a little context)."""
        lay = self.layout_
        if lay is None:
            return
        line = lay.line_of(sel[0])
        last = lay.line_of(max(sel[0], sel[1] - 1))
        height = max(1, self.size.height)
        top = int(self.scroll_offset.y)
        if centre or line < top or line >= top + height:
            target = max(0, line - height // 3)
        elif last >= top + height and last - line < height:
            target = last - height + 1
        else:
            return
        self.scroll_to(y=target, animate=False)

    def keep_room_below(self, sel: tuple[int, int]) -> None:
        """After a jump to the lower half of the screen, scroll it up to the top third, so
        the words after it (where a span goes on) are on screen too."""
        lay = self.layout_
        if lay is None:
            return
        line, top, height = lay.line_of(sel[0]), int(self.scroll_offset.y), self.size.height
        if line - top > height // 2:
            self.scroll_to(y=max(0, line - height // 3), animate=False)

    def scroll_by_page(self, share: float) -> None:
        """Scroll without moving the selection."""
        step = int(max(1, self.size.height) * share)
        self.scroll_to(y=max(0, int(self.scroll_offset.y) + step), animate=False)

    def offset_at(self, x: int, y: int) -> int | None:
        lay = self.layout_
        if lay is None:
            return None
        index = int(self.scroll_offset.y) + y
        if not 0 <= index < len(lay.lines):
            return None
        line = lay.lines[index]
        column, pos = x - lay.gutter, line.start
        from rich.cells import get_character_cell_size
        while pos < line.end and column > 0:
            column -= get_character_cell_size(self.ws.core.text[pos])
            if column < 0:
                break
            pos += 1
        return min(pos, max(line.start, line.end - 1))

    # -- the mouse --------------------------------------------------------------------------
    def on_mouse_down(self, event: events.MouseDown) -> None:
        ws = self.ws
        if ws.prompt == "meta":  # asked once: a click does not skip it, nor leave it open
            ws.call_after_refresh(ws.query_one("#input").focus)  # with the keys elsewhere
            return
        if ws.prompt:  # a search, command or name left for the text: as Esc, then the click
            ws.cancel_prompt()
        offset = self.offset_at(event.x, event.y)
        if offset is None:
            return
        self.focus()
        self._drag = offset
        self.capture_mouse()
        self.ws.select_at(offset, offset)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._drag is None or not event.button:
            return
        offset = self.offset_at(event.x, event.y)
        if offset is not None:
            self.ws.select_at(self._drag, offset)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        self._drag = None
        self.release_mouse()

    def on_key(self, event: events.Key) -> None:
        key, character = event.key, event.character
        if key.startswith("alt+"):  # (no key of the workspace is one)
            # Esc and the next key read at once (typed fast, or bunched by a slow link)
            # are parsed as one alt+key: the Esc was lost, so a form stayed open and took
            # the letter meant for after it (Esc then q, to leave, left the form open with
            # the kind "quantity" picked). They are the two keys they were.
            self.ws.handle_key("escape", None)
            key = key[len("alt+"):]
            character = character or (key if len(key) == 1 else None)
        if key == "f1":  # (where many programs keep their help: it said nothing)
            key, character = "question_mark", "?"
        elif key in ("home", "end") and self.ws.form is None and not self.ws.hint:
            key = character = "g" if key == "home" else "G"  # the top, the end (as g, G)
        if self.ws.handle_key(key, character):
            event.stop()
            event.prevent_default()

    # -- drawing ----------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        lay = self.layout_
        width = self.size.width
        index = int(self.scroll_offset.y) + y
        if lay is None or index >= len(lay.lines):
            return Strip.blank(width, self.rich_style)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._line(index)
            self._cache[index] = strip
        return strip.crop_extend(0, width, self.rich_style)

    def _line(self, index: int) -> Strip:
        assert self.layout_ is not None
        lay, ws = self.layout_, self.ws
        line = lay.lines[index]
        lo, hi = line.start, line.end
        text = visible(ws.core.text[lo:hi]).replace("\t", " ").rstrip("\n")
        pieces: list[tuple[int, int, str]] = [(m.start, m.end, m.kind) for m in self.marks[index]]
        for kind, spans in ws.highlights(lo, hi):
            pieces.extend((s, e, kind) for s, e in spans)
        marker = " "
        if ws.current_span and hi > lo and ws.current_span[0] < hi and ws.current_span[1] > lo:
            marker = "▸"
        chars = list(text)
        for offset, label in ws.overlay(lo, hi):
            for k, letter in enumerate(label):
                if offset - lo + k == len(chars):  # (past a paragraph's last mark)
                    chars.append(" ")
                if 0 <= offset - lo + k < len(chars):
                    chars[offset - lo + k] = letter
            pieces.append((offset, offset + len(label), "hint"))
        text = "".join(chars)
        gutter = f"{line.label:>{lay.gutter - 1}}"
        segments = [Segment(gutter, self.rich_style + GUTTER),
                    Segment(marker, self.rich_style + (self.styles_["current"] if marker != " "
                                                       else GUTTER))]
        cuts = {0, len(text)}
        for s, e, _ in pieces:
            cuts.add(max(0, min(len(text), s - lo)))
            cuts.add(max(0, min(len(text), e - lo)))
        edges = sorted(cuts)
        base = self.rich_style
        styles, plain = self.styles_, self.styles_ is PLAIN
        for a, b in zip(edges, edges[1:], strict=False):
            if a == b:
                continue
            style = base
            kinds = {k for s, e, k in pieces if s - lo <= a and e - lo >= b}
            for kind in ORDER:
                if kind in kinds:
                    style += styles[kind]
            if plain and "hint" in kinds and "selection" in kinds:
                style += HINT_ON_REVERSED
            segments.append(Segment(text[a:b], style))
        return Strip(segments)
