"""The keys of the workspace, per mode: what `?` shows and what the README lists."""

from __future__ import annotations

NORMAL = (
    ("Moving", (
        ("→ ←  l h", "next / previous word"),
        ("↓ ↑  j k", "next / previous line"),
        (") (", "next / previous sentence"),
        ("} {", "next / previous paragraph"),
        ("f + hint", "jump to any word on screen"),
        ("PgDn PgUp  g G", "page down / up, top / end (Home, End)"),
        ("ctrl+d ctrl+u", "scroll half a screen (the selection stays)"),
        ("/  n  N", "search, next match, previous match"),
    )),
    ("Selecting", (
        ("] [", "grow / shrink the selection at its end (a word at a time)"),
        ("< >", "grow / shrink it at its start"),
        ("F + hint", "end the selection at a word on screen, or a closing quote or full stop "
                     "(a word before it: start there)"),
        ("s", "select the whole sentence"),
        ("+", "stretch the selection to the end of its sentence"),
        ("C", "character mode on / off (moves and growing by character)"),
        ("mouse", "click a word; drag a span"),
    )),
    ("Suggestions", (
        ("Tab  .", "next pending suggestion: the actors in text order, then the events, "
                   "then the claims"),
        ("shift+Tab  ,", "previous pending suggestion"),
        ("1 2 3", "first pending actor / event / claim suggestion"),
        ("y  Enter", "accept the current suggestion"),
        ("x", "reject it (never offered again)"),
        ("e", "edit it: an actor or event opens its form; a claim selects its span to trim "
              "(then Enter or c makes it)"),
        ("M + hint", "add an actor suggestion's mentions to an actor you have"),
    )),
    ("Tagging the selection", (
        ("a", "new actor (then its type by one key)"),
        ("m + hint", "a mention of an actor (hint letters on the actors near it)"),
        ("v", "new event with the selection as its trigger"),
        ("c", "new claim with the selection as its span"),
        ("e  Enter", "edit the annotation under the cursor"),
        ("d", "delete the mention, trigger or claim under the cursor"),
        ("o", "the next span of the annotation under the cursor (its mentions in turn)"),
    )),
    ("Everything else", (
        ("u  U", "undo / redo (says what)"),
        ("p  P", "next / previous validation problem"),
        ("R", "review the verdicts given for words that have since changed"),
        ("L", "list actors, events and claims (type to filter, Enter jumps)"),
        (":", "command line (Tab completes commands, ids, types, roles)"),
        ("J K", "scroll the side panel down / up (in a form too)"),
        ("?  F1", "these keys"),
        ("q  ctrl+c", "quit (everything is already saved)"),
        ("ctrl+z", "suspend to the shell (fg comes back)"),
    )),
)

FORM = (
    ("In a form", (
        ("a letter", "pick a type, kind or verdict by the letter shown before it"),
        ("hint letters", "pick an actor, an item or a cue word by the letters shown on screen"),
        ("/", "pick an actor by part of its name instead (fuzzy)"),
        ("- or 0", "no claimant / no cue"),
        ("1-9", "participants: the role of the last one; actors: pick a name"),
        ("=", "type the actor's name (from any field of its form); on a claimant or the "
              "participants: an actor by its name (made an actor if it is none yet)"),
        ("Backspace", "drop the last participant or about-link"),
        ("Tab ↓ / shift+Tab ↑", "next / previous field"),
        ("J K", "scroll the side panel down / up (the next key brings the field back)"),
        ("Enter", "save now"),
        ("Esc", "drop the form: nothing of it is saved"),
        ("?  F1", "these keys"),
    )),
)


HINT = (
    ("Hint letters (f F m M)", (
        ("letters", "the letters shown on a word, or beside an actor in the panel, pick it "
                    "(two letters: type both)"),
        ("/", "m and M: pick an actor by part of its name instead (fuzzy)"),
        ("Esc", "stop picking: nothing changes"),
        ("?  F1", "these keys"),
    )),
)


ADJUDICATE = (
    ("Deciding", (
        ("1 2 3 …", "take that version as it is (it replaces the item; its annotators become "
                    "its sources); a 'not tagged' version drops the item"),
        ("e then 1 2 …", "take that version and change its fields in a form first"),
        ("x  d", "drop the item (refused while others refer to it)"),
        ("D", "drop it and every reference to it"),
        ("s", "skip: come back to it after the others"),
        ("u", "undo the last decision (again and again)"),
        (":", "type an answer as in the dialogue: e 2 --type group, d --cascade"),
    )),
    ("Looking", (
        ("o", "the next disputed span in the article"),
        ("arrows, ) ( } {, PgDn PgUp, /", "move and search in the article"),
        ("?", "these keys"),
        ("q  ctrl+c", "leave (every decision is already saved)"),
    )),
)

Table = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


def table(mode: str) -> Table:
    return {"form": FORM, "hint": HINT, "adjudicate": ADJUDICATE}.get(mode, NORMAL)
