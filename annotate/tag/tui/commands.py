"""The `:` command line: every command of the free loop, run inside the workspace."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from annotate.editing.picking import SENTENCE_ONLY
from annotate.tag.tui import core as core_mod
from annotate.tag.tui import keys, making
from annotate.tag.tui.core import CoreError
from annotate.tag.tui.screens import HelpScreen

if TYPE_CHECKING:
    from annotate.tag.tui.app import WorkspaceApp



def run(app: WorkspaceApp, line: str) -> None:
    if not line:
        return
    try:
        words = shlex.split(line)
    except ValueError:
        app.say("error: unbalanced quote")
        return
    if SENTENCE_ONLY.match(words[0]):
        words = ["show", words[0]]
    verb = core_mod.ALIASES.get(words[0].lower())
    if verb is None:
        app.say(f"error: {core_mod.unknown_command(words[0])}; Tab lists them")
        return
    rest = words[1:]
    if verb == "help" or "--help" in rest:
        command_help(app, rest[0] if verb == "help" and rest else
                     None if verb == "help" else verb)
    elif verb == "quit":
        app.exit(0)
    elif verb == "list":
        app.open_prompt("list", "list: type to filter, Enter jumps")
        if rest:
            box = app.query_one("#input")
            box.value = rest[0].rstrip("s")  # type: ignore[attr-defined]
    elif verb == "show":
        show(app, " ".join(rest) if rest else None)
    elif verb == "pass":
        goto_pass(app, rest[0] if rest else None)
    elif verb in ("next", "back") and app.view.max_scroll_y == 0:  # (it did nothing, silent)
        app.say(f"the whole article is on this screen: :{verb} pages through a longer one")
    elif verb in ("next", "back"):
        app.handle_key("pagedown" if verb == "next" else "pageup", None)
    elif verb == "undo":
        app.undo()
    elif verb == "redo":
        app.redo()
    elif verb == "validate":
        app.check()
        app.say("validating the saved sidecar; the status bar shows the result (p jumps)")
    elif verb == "save":
        app.say(f"every change is already saved in {app.core.sidecar_path}")
    elif verb == "reanchor":
        if app.core.anchored:
            app.say("the annotations already match this version of the article")
        else:
            app.start_review("drift")
    elif verb == "review":
        app.start_review("all")
    elif verb == "add" and rest and rest[0] in ("actor", "event", "claim") and len(rest) == 1:
        making.new_item(app, rest[0])
    else:
        app.change(lambda: app.core.command(line))


def goto_pass(app: WorkspaceApp, name: str | None) -> None:
    """`:pass events` (the dialogue's command, offered by Tab): the first pending event
    suggestion, as the key 2 does; it was refused as "does not change the annotations"."""
    name = {"actor": "actors", "event": "events", "claim": "claims"}.get(name or "", name)
    if name not in ("actors", "events", "claims"):
        app.say("error: :pass actors, events or claims (or the keys 1, 2, 3)")
        return
    app.goto_suggestion(0, name)


def command_help(app: WorkspaceApp, verb: str | None) -> None:
    """`:help edit` or `:edit --help`: the command's forms and options (the dialogue's
    `help edit` says the same); `:help` alone: the keys, then every command."""
    if verb is None:
        every = app.core.command_help(None)[0][1]
        rows = (*keys.table("normal"), ("Commands (:help CMD)", every))
        app.push_screen(HelpScreen("normal", rows=rows, title="keys and commands"))
        return
    try:
        found = app.core.command_help(verb)
    except CoreError as exc:
        app.say(f"error: {exc}")
        return
    app.push_screen(HelpScreen("command", rows=found, title=f"help: {verb}"))


def show(app: WorkspaceApp, target: str | None) -> None:
    if target is None:
        app.select(app.sel, centre=True)
        return
    number = SENTENCE_ONLY.match(target)
    if number:
        n = int(number.group(1))
        if not 1 <= n <= len(app.core.sentences):
            app.say(f"error: there is no sentence {n}")
            return
        start = app.core.sentences[n - 1][0]
        from annotate.tag.tui import cursor
        app.select(cursor.word_at(app.t, start), centre=True)
        return
    item = app.core.ann.get(target)
    if item is None:  # words: the search (`/`), as the dialogue's `show WORDS`
        app.search(target, True)
        return
    span = next((s for _, s in item.spans() if not s.orphaned), None)
    if span is None:
        app.say(f"{target} has no span in the article (orphaned)")
        return
    app.select((span.start, span.end), centre=True)


__all__ = ["CoreError", "run", "show"]
