"""The article laid out in screen lines: numbered sentences, wrapped at word edges.

Each sentence starts a line with its number in the gutter; paragraphs are separated by a
blank line. A `Line` keeps the offsets of the text it shows, so the article pane draws
only the lines on screen and turns a click into an offset (and an offset into a line)
by bisecting. The layout is made once per width, never per keystroke.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len, get_character_cell_size


@dataclass(frozen=True)
class Line:
    start: int  # offsets of the text shown (start == end: a blank line)
    end: int
    label: str  # "s12" on a sentence's first line


@dataclass(frozen=True)
class Layout:
    lines: tuple[Line, ...]
    starts: tuple[int, ...]
    gutter: int  # columns before the text
    width: int  # columns of text

    def line_of(self, offset: int) -> int:
        """The line that shows `offset` (a blank line never does)."""
        i = max(0, bisect_right(self.starts, offset) - 1)
        while i > 0 and self.lines[i].start == self.lines[i].end:
            i -= 1
        return i


def build(text: str, sentences: list[tuple[int, int]], paragraphs: list[tuple[int, int]],
          width: int) -> Layout:
    gutter = len(f"s{len(sentences)}") + 1
    room = max(8, width - gutter)
    para_starts = {p[0] for p in paragraphs}
    ascii_only = text.isascii()
    lines: list[Line] = []
    for number, (start, end) in enumerate(sentences, 1):
        if lines and start in para_starts:
            lines.append(Line(start, start, ""))
        label = f"s{number}"
        pos = start
        for piece_end in _pieces(text, start, end):
            for a, b in wrap(text, pos, piece_end, room, ascii_only):
                lines.append(Line(a, b, label))
                label = ""
            pos = piece_end + 1
    return Layout(tuple(lines), tuple(line.start for line in lines), gutter, room)


def _pieces(text: str, start: int, end: int) -> list[int]:
    """Ends of the pieces of a sentence between its own line breaks."""
    out, pos = [], start
    while True:
        cut = text.find("\n", pos, end)
        if cut < 0:
            out.append(end)
            return out
        out.append(cut)
        pos = cut + 1


def wrap(text: str, start: int, end: int, room: int,
         ascii_only: bool = False) -> list[tuple[int, int]]:
    """`text[start:end]` in lines of at most `room` cells, broken after spaces."""
    out = []
    pos = start
    while end - pos > room or (not ascii_only and cell_len(text[pos:end]) > room):
        cut = _fit(text, pos, end, room, ascii_only)
        space = text.rfind(" ", pos, cut + 1)
        if space > pos and cut < end:
            cut = space + 1  # the space stays at the end of the line it breaks
        out.append((pos, cut))
        pos = cut
    if end > pos or not out:
        out.append((pos, end))
    return out


def _fit(text: str, pos: int, end: int, room: int, ascii_only: bool) -> int:
    """The furthest offset from `pos` whose text fits in `room` cells."""
    if ascii_only:
        return min(end, pos + room)
    used, i = 0, pos
    while i < end:
        size = get_character_cell_size(text[i])
        if used + size > room:
            break
        used += size
        i += 1
    return max(i, pos + 1)
