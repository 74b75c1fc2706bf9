"""Picking by hint letters: the labels `f`, `F`, `m` and `M` put on words and actors, and
what the letters point at, from what is on screen."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len

from annotate.tag.tui import cursor
from annotate.tag.tui import hints as hint_mod
from annotate.tag.tui.screens import HelpScreen

if TYPE_CHECKING:
    from annotate.tag.tui.app import WorkspaceApp

Sel = tuple[int, int]


@dataclass
class Hint:
    """Hint letters on screen, waiting to be typed: what they are for, and their targets."""

    purpose: str  # jump | stretch | mention | merge
    table: dict[str, Any]  # label -> target
    places: dict[str, list[int]] = field(default_factory=dict)  # label -> offsets drawn at
    typed: str = ""


def hint_key(app: WorkspaceApp, key: str, character: str | None) -> None:
    hint = app.hint
    assert hint is not None
    if key == "question_mark" or character == "?":  # (it ended the picking without a word)
        app.push_screen(HelpScreen("hint"))
        return
    if character == "/" and hint.purpose in ("mention", "merge"):
        app.open_prompt("actor", "actor: type part of a name, Enter picks")
        return
    if key == "escape" or not character or not character.isalpha():
        app.hint = None
        app.say("")
        app.update_panel()
        return
    labels = {label: i for i, label in enumerate(hint.table)}
    found = hint_mod.complete(labels, hint.typed + character)
    if found is None:
        hint.typed += character
        app.view.redraw()
        return
    app.hint = None
    if found is False:
        app.say("no such hint")
        app.update_panel()
        return
    target = hint.table[list(hint.table)[found]]
    hint_done(app, hint.purpose, target)


def hint_done(app: WorkspaceApp, purpose: str, target: Any) -> None:
    if purpose == "jump":
        app.say("")  # ("jump to: type the letters…" is done with)
        app.select(target)
        app.view.keep_room_below(target)
    elif purpose == "stretch":
        app.say("")
        app.select(cursor.extend_to(app.t, app.sel, target))
    elif purpose == "mention":
        sel = app.sel
        app.change(lambda: app.core.add_mentions(target, [sel]))
    elif purpose == "merge" and app.current is not None:
        # One change, undone by one "u": its mentions join the actor, so the suggestion
        # is not offered again, and nothing is rejected (a rejection holds for the whole
        # project; merged here, the name may be its own actor in another article).
        sug = app.current
        if app.change(lambda: app.core.add_mentions(target, sug.mentions)):
            app._after_decision(sug)
    app.update_panel()


def start_hint(app: WorkspaceApp, purpose: str) -> None:
    if purpose in ("jump", "stretch"):
        table, places = token_hints(app, stretch=purpose == "stretch")
    else:
        table, places = actor_hints(app, app.sel)
    if not table:
        app.say("nothing on screen to pick" if purpose in ("jump", "stretch") else
                 "no actors yet: tag one first (a)")
        return
    app.hint = Hint(purpose, table, places)
    app.say({"jump": "jump to: type the letters on a word",
              "stretch": "stretch to: type the letters on a word",
              "mention": "a mention of: type the letters of an actor",
              "merge": "merge into: type the letters of an actor"}[purpose] + " (Esc: no)")
    app.update_panel()


# Where a span may end besides a word: the end of a sentence or of a quotation.
CLOSING = frozenset(".!?…”’\"')]»")


def token_hints(app: WorkspaceApp,
                stretch: bool = False) -> tuple[dict[str, Any], dict[str, list[int]]]:
    """Hint letters on the words on screen, nearest first.

    A label is drawn from the start of its token over the next cells, so the labels of
    punctuation marks covered the next word's (`: “It` left "It" a lone letter). Marks
    get none, but where a stretch (`F`) may end a claim: a closing mark before a space
    (the `”` of `topic.”`), when its letters fall on that space and cover no other
    label. A quote that opens a span is `<` after the word that follows it."""
    lo, hi = app.view.visible_range()
    t = app.t
    shown = range(bisect_left(t.ends, lo + 1), bisect_left(t.starts, hi))
    words = [t.tokens[i] for i in shown if t.is_word(i)]
    marks = [t.tokens[i] for i in shown if stretch and _closes(t, i)]
    anchor = app.sel[1] if stretch else app.sel[0]
    if stretch:  # (not where the selection already ends)
        words, marks = ([tk for tk in found if tk[1] != anchor] for found in (words, marks))

    def near(tk: Sel) -> tuple[int, int]:
        return abs(tk[0] - anchor), tk[0]

    tokens = sorted(words + marks, key=near)
    if marks:
        labelled = dict(zip(tokens, hint_mod.labels(len(tokens)), strict=True))
        taken = {o for tk in words for o in range(tk[0], tk[0] + len(labelled[tk]))}
        room = []
        for tk in sorted(marks, key=near):
            cells = range(tk[0], tk[0] + len(labelled[tk]))
            if taken.isdisjoint(cells) and _room_after(app, tk, cells.stop):
                taken.update(cells)
                room.append(tk)
        # (fewer targets: no label gets longer, so none of them meets another now)
        tokens = sorted(words + room, key=near)
    labels = _fitting(tokens, hint_mod.labels(len(tokens)))
    table = dict(zip(labels, tokens, strict=True))
    return table, {label: [tk[0]] for label, tk in table.items()}


def _fitting(tokens: list[Sel], labels: list[str]) -> list[str]:
    """The labels, with a word or a mark shorter than its label given a one-letter label:
    two letters on "2" ran over the space onto the next word's label, so "2 percent" read
    "vacercent" and `va` looked like the letters of "percent" ("4,200" read "vvvb0", and
    the closing quote of `running," Gravik` "running,vfvhavik"). Such a token takes the
    label of the farthest word that has one letter and room for two (a key more for that
    word, never letters that read as another's)."""
    out = list(labels)
    donors = [i for i in reversed(range(len(tokens))) if len(out[i]) == 1
              and tokens[i][1] - tokens[i][0] >= 2]
    for i, tk in enumerate(tokens):
        if len(out[i]) <= tk[1] - tk[0]:
            continue
        j = next((d for d in donors if len(out[i]) <= tokens[d][1] - tokens[d][0]), None)
        if j is None:
            break
        donors.remove(j)
        out[i], out[j] = out[j], out[i]
    return out


def _room_after(app: WorkspaceApp, token: Sel, stop: int) -> bool:
    """The cells a mark's label takes after the mark, up to `stop`, are spaces on its
    line, or blank columns after the end of its line (the last mark of a paragraph)."""
    lay = app.view.layout_
    if lay is None:
        return False
    line = lay.lines[lay.line_of(token[0])]
    inside = app.t.text[token[1]:min(stop, line.end)]
    past = stop - max(token[1], line.end)
    return inside.strip(" ") == "" and \
        (past <= 0 or cell_len(app.t.text[line.start:line.end]) + past <= lay.width)


def _closes(t: cursor.Text, index: int) -> bool:
    """A mark that may end a span: a closing one, the last before a space or the end."""
    start, end = t.tokens[index]
    return not t.is_word(index) and t.text[start] in CLOSING and \
        (end >= len(t.text) or t.text[end].isspace())


def actor_hints(app: WorkspaceApp, near: Sel, kept: dict[Any, str] | None = None,
                ) -> tuple[dict[str, Any], dict[str, list[int]]]:
    """One label per actor: those with a mention on screen first, nearest first (but
    those in `kept`, target -> label, keep theirs: `hints.keeping`)."""
    lo, hi = app.view.visible_range()
    seen: dict[str, int] = {}
    where: dict[str, list[int]] = {}
    for actor in app.core.ann.actors:
        on_screen = [m.start for m in actor.mentions if lo <= m.start < hi and not m.orphaned]
        where[actor.id] = on_screen
        distance = min((abs(o - near[0]) for o in on_screen), default=10**9)
        seen[actor.id] = distance
    ordered = sorted(seen, key=lambda a: (seen[a], a))
    table = hint_mod.keeping(ordered, kept or {})
    return table, {label: where[actor] for label, actor in table.items()}


def item_hints(app: WorkspaceApp, near: Sel, exclude: str | None,
               kept: dict[Any, str] | None = None,
               ) -> tuple[dict[str, Any], dict[str, list[int]]]:
    lo, hi = app.view.visible_range()
    distance: dict[str, int] = {}
    where: dict[str, list[int]] = {}
    for _, _, item in app.core.ann.items():
        if item.id == exclude:
            continue
        starts = [s.start for _, s in item.spans() if not s.orphaned]
        shown = [o for o in starts if lo <= o < hi]
        where[item.id] = shown[:3]
        distance[item.id] = min((abs(o - near[0]) for o in shown), default=10**9)
    ordered = sorted(distance, key=lambda i: (distance[i], i))[:600]
    table = hint_mod.keeping(ordered, kept or {})
    return table, {label: where[item] for label, item in table.items()}
