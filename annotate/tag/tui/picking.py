"""Picking by hint letters: the labels `f`, `F`, `m` and `M` put on words and actors, and
what the letters point at, from what is on screen."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotate.tag.tui import cursor
from annotate.tag.tui import hints as hint_mod

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
        app.select(target)
        app.view.keep_room_below(target)
    elif purpose == "stretch":
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


def token_hints(app: WorkspaceApp,
                stretch: bool = False) -> tuple[dict[str, Any], dict[str, list[int]]]:
    lo, hi = app.view.visible_range()
    first = bisect_left(app.t.ends, lo + 1)
    last = bisect_left(app.t.starts, hi)
    tokens = [app.t.tokens[i] for i in range(first, last)]
    if stretch:
        tokens = [tk for tk in tokens if tk[1] != app.sel[1]]
        anchor = app.sel[1]
    else:
        anchor = app.sel[0]
    tokens.sort(key=lambda tk: (abs(tk[0] - anchor), tk[0]))
    table = dict(zip(hint_mod.labels(len(tokens)), tokens, strict=True))
    return table, {label: [tk[0]] for label, tk in table.items()}


def actor_hints(app: WorkspaceApp, near: Sel) -> tuple[dict[str, Any], dict[str, list[int]]]:
    """One label per actor: those with a mention on screen first, nearest first."""
    lo, hi = app.view.visible_range()
    seen: dict[str, int] = {}
    where: dict[str, list[int]] = {}
    for actor in app.core.ann.actors:
        on_screen = [m.start for m in actor.mentions if lo <= m.start < hi and not m.orphaned]
        where[actor.id] = on_screen
        distance = min((abs(o - near[0]) for o in on_screen), default=10**9)
        seen[actor.id] = distance
    ordered = sorted(seen, key=lambda a: (seen[a], a))
    table = dict(zip(hint_mod.labels(len(ordered)), ordered, strict=True))
    return table, {label: where[actor] for label, actor in table.items()}


def item_hints(app: WorkspaceApp, near: Sel, exclude: str | None) -> tuple[dict[str, Any],
                                                              dict[str, list[int]]]:
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
    table = dict(zip(hint_mod.labels(len(ordered)), ordered, strict=True))
    return table, {label: where[item] for label, item in table.items()}
