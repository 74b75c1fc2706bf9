"""What each key does outside forms and hints: the normal keys of the article pane."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from annotate.tag.tui import cursor, making, picking

if TYPE_CHECKING:
    from annotate.tag.tui.app import WorkspaceApp

Sel = tuple[int, int]


def _move(fn: Callable[[cursor.Text, Sel, bool], Sel]) -> Callable[[WorkspaceApp], None]:
    def act(app: WorkspaceApp) -> None:
        app.select(fn(app.t, app.sel, app.chars))
    return act


def _seg(fn: Callable[[cursor.Text, Sel], Sel]) -> Callable[[WorkspaceApp], None]:
    def act(app: WorkspaceApp) -> None:
        app.select(fn(app.t, app.sel))
    return act


def _line(step: int) -> Callable[[WorkspaceApp], None]:
    def act(app: WorkspaceApp) -> None:
        lay = app.view.layout_
        if lay is None:
            return
        here = lay.line_of(app.sel[0])
        column = app.sel[0] - lay.lines[here].start
        target = here + step
        while 0 <= target < len(lay.lines) and lay.lines[target].start == lay.lines[target].end:
            target += step
        if not 0 <= target < len(lay.lines):
            return
        line = lay.lines[target]
        app.select(cursor.word_at(app.t, min(line.start + column, max(line.start,
                                                                        line.end - 1))))
    return act


def _page(step: int) -> Callable[[WorkspaceApp], None]:
    def act(app: WorkspaceApp) -> None:
        lay = app.view.layout_
        if lay is None:
            return
        height = max(1, app.view.size.height - 2)
        here = lay.line_of(app.sel[0])
        target = max(0, min(len(lay.lines) - 1, here + step * height))
        app.select(cursor.word_at(app.t, lay.lines[target].start), centre=True)
    return act


def _toggle_chars(app: WorkspaceApp) -> None:
    app.chars = not app.chars
    app.say("character mode: moves and growing go by character" if app.chars
            else "word mode: selections snap to words")
    app.update_status()


def _undo(app: WorkspaceApp) -> None:
    app.undo()


def _redo(app: WorkspaceApp) -> None:
    app.redo()


def _recheck(app: WorkspaceApp) -> None:
    if not app.core.rechecks():
        app.say("no claim waits for a re-check")
        return
    app.start_review("flagged")


def _accept_or_edit(app: WorkspaceApp) -> None:
    sug = app.current
    if (sug is not None and sug is app.trimming and app.sel != sug.span
            and cursor.overlap(sug.span, app.sel)):
        # Trimmed after `e`: Enter takes the words selected, as `c` does (as Enter takes
        # the selection when a review re-picks a span); accepting the suggestion here
        # dropped the trim without a word.
        making.new_item(app, "claim")
    elif sug is not None and cursor.overlap(sug.span, app.sel):
        app.accept()
    else:
        making.edit_here(app)


NORMAL_KEYS: dict[str, Callable[[WorkspaceApp], None]] = {
    "right": _move(cursor.next_word), "l": _move(cursor.next_word),
    "left": _move(cursor.prev_word), "h": _move(cursor.prev_word),
    "down": _line(1), "j": _line(1), "up": _line(-1), "k": _line(-1),
    ")": _seg(cursor.next_sentence), "(": _seg(cursor.prev_sentence),
    "}": _seg(cursor.next_paragraph), "{": _seg(cursor.prev_paragraph),
    "pagedown": _page(1), "pageup": _page(-1), "space": _page(1),
    "g": lambda app: app.select(cursor.first_word(app.t), centre=True),
    "G": lambda app: app.select(cursor.last_word(app.t), centre=True),
    "home": lambda app: app.select(cursor.first_word(app.t), centre=True),
    "end": lambda app: app.select(cursor.last_word(app.t), centre=True),
    "]": _move(cursor.grow_end), "shift+right": _move(cursor.grow_end),
    "[": _move(cursor.shrink_end), "shift+left": _move(cursor.shrink_end),
    "<": _move(cursor.grow_start), ">": _move(cursor.shrink_start),
    "s": _seg(cursor.sentence),
    "+": _seg(cursor.to_sentence_end),
    "ctrl+d": lambda app: app.view.scroll_by_page(0.5),
    "ctrl+u": lambda app: app.view.scroll_by_page(-0.5),
    "C": _toggle_chars,
    "f": lambda app: picking.start_hint(app, "jump"),
    "F": lambda app: picking.start_hint(app, "stretch"),
    "/": lambda app: app.open_prompt("/", "search: "),
    "n": lambda app: app.search(app.find, True),
    "N": lambda app: app.search(app.find, False),
    "tab": lambda app: app.goto_suggestion(1), ".": lambda app: app.goto_suggestion(1),
    "shift+tab": lambda app: app.goto_suggestion(-1), ",": lambda app: app.goto_suggestion(-1),
    "1": lambda app: app.goto_suggestion(0, "actors"),
    "2": lambda app: app.goto_suggestion(0, "events"),
    "3": lambda app: app.goto_suggestion(0, "claims"),
    "y": lambda app: app.accept(), "enter": _accept_or_edit,
    "x": lambda app: app.reject(),
    "e": lambda app: making.edit_here(app),
    "M": lambda app: picking.start_hint(app, "merge") if app.current and app.current.kind == "actor"
    else app.say("M merges an actor suggestion into an actor you have"),
    "a": lambda app: making.new_item(app, "actor"),
    "m": lambda app: None if making.refused(app) else picking.start_hint(app, "mention"),
    "v": lambda app: making.new_item(app, "event"),
    "c": lambda app: making.new_item(app, "claim"),
    "d": lambda app: app.delete_here(),
    "o": lambda app: app.next_span_of_item(),
    "u": _undo, "U": _redo, "ctrl+r": _redo,
    "p": lambda app: app.next_problem(1), "P": lambda app: app.next_problem(-1),
    "R": _recheck,
    "L": lambda app: app.open_prompt("list", "list: type to filter, Enter jumps"),
    ":": lambda app: app.open_prompt(":", "command (Tab completes): "),
    "?": lambda app: app.help(),
    "question_mark": lambda app: app.help(),
    "q": lambda app: app.exit(0),
    "escape": lambda app: app.drop_current(),
}

# The keys that only move, select, search or scroll: they still work while the review
# asks a question (to look around, or to select a span's new place).
LOOKING = frozenset((
    "right", "l", "left", "h", "down", "j", "up", "k", ")", "(", "}", "{", "pagedown",
    "pageup", "space", "g", "G", "home", "end", "]", "shift+right", "[", "shift+left", "<",
    ">", "s", "+", "ctrl+d", "ctrl+u", "C", "f", "F", "/", "n", "N", ":"))
