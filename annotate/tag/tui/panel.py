"""What the side panel and the status bar show, as Rich text built from the app's state."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.text import Text

from annotate.checks import ERROR, tally
from annotate.tag.tui import forms, making
from annotate.tag.tui.core import Actor, Claim, Event, Item
from annotate.visible import clip, counted, ends, visible

if TYPE_CHECKING:
    from annotate.tag.tui.app import WorkspaceApp

PASS_KEYS = {"actors": "1", "events": "2", "claims": "3"}
# Said instead of the keys that change something, in a session opened read-only (each
# of them would only say so).
READ_ONLY = "read-only: nothing can be changed".split()


def status(app: WorkspaceApp) -> Text:
    core = app.core
    ann = core.ann
    saved = "read-only" if core.read_only else "NOT SAVED ✗" if core.unsaved else \
        "saved ✓" if core.saved else "nothing saved yet"
    problems = app.problems
    out = Text(f"  {saved}  {len(ann.actors)}A {len(ann.events)}E {len(ann.claims)}C  ")
    if problems is None:
        out.append("checking…", "dim")
    else:
        if any(p.severity == ERROR for p in problems):
            out.append(f"✗ {tally(p.severity for p in problems)} (p)", "bold red")
        elif problems:  # warnings only: valid, with something to look at ("0 errors, "
            # left out: at 60 columns it cut off the "(p)" and "? keys")
            out.append(f"✓ {counted(len(problems), 'warning')} (p)", "yellow")
        else:
            out.append("✓ valid", "green")
        if app.chars:
            out.append("  CHAR")
    room = app.size.width - 2 - out.cell_len  # the bar's padding
    if problems is not None and room - len(KEYS_HINT) >= SHORTEST_NAME:
        out.append(KEYS_HINT, "dim")  # the one place that always says where the keys are
        room -= len(KEYS_HINT)
    # The file name gives way first: a headline's slug fills an 80-column bar.
    return Text.assemble((fit(visible(core.sidecar_path.name), room), "bold"), out)


KEYS_HINT = "  ? keys"
SHORTEST_NAME = 12


def fit(name: str, room: int) -> str:
    """`name` in `room` cells (at least SHORTEST_NAME), cut in the middle: its start names
    the article, its end the annotator (`story.alice.ann.yaml`)."""
    room = max(room, SHORTEST_NAME)
    if cell_len(name) <= room:
        return name
    back = (room - 1) // 2
    return _cells(name, room - 1 - back) + "…" + _cells(name[::-1], back)[::-1]


def _cells(text: str, width: int) -> str:
    """The longest start of `text` that fits in `width` cells (a wide character whole)."""
    out = ""
    for char in text:
        if cell_len(out + char) > width:
            break
        out += char
    return out


def _title(text: str) -> Text:
    return Text(text, style="bold underline")


def render(app: WorkspaceApp) -> Text:
    return Text("\n").join(parts(app)[0])


Focus = tuple[int, int]  # the parts [first, last) that must be on screen


def parts(app: WorkspaceApp) -> tuple[list[Text], Focus]:
    """The panel's pieces, and which of them must be in view when it is longer than the
    screen is high (the panel scrolls to them): a form's current field with its keys
    and hint letters, else the selection and what is under the cursor, else the
    suggestion."""
    if app.prompt == "list":
        return [_listing(app)], (0, 1)
    if app.asking is not None and app.form is None:
        return [_asking(app)], (0, 1)
    if app.form is not None:
        return _form(app, app.form)
    out = [_queue(app)]
    out[0].rstrip()  # (its last line break and the one joining it would be a blank line)
    focus = (0, 1)
    if app.current is not None:
        out.append(_suggestion(app))
        focus = (1, 2)
    chosen = app.current is None or app.sel != app.current.span
    if chosen and app.hint is None:
        out.append(_selection(app))
        focus = (len(out) - 1, len(out) + 1)
    item = app.item_here()
    if item is not None:
        out.append(Text.assemble("\n", _title("Under the cursor"), "\n",
                                 describe(item, app.legend_width())))
        focus = (focus[0], len(out))
    if app.hint is not None and app.hint.purpose in ("mention", "merge"):
        out.append(Text.assemble("\n", _hinted_list(app, app.hint.table, app.hint.typed)))
        focus = (len(out) - 1, len(out))
    return out, (focus[0], min(focus[1], len(out)))


# The keys a person new to the workspace looks for first, on every screen of the normal
# mode: to the next suggestion, to words, to the rest of the panel, to every key, out.
MAIN_KEYS = ["Tab next", "/ search", "f jump", "J K panel", "? keys", "q quit"]


def key_line(app: WorkspaceApp) -> Text:
    """The main keys, pinned at the panel's foot in the normal mode (a form, the review's
    question and the list say their own keys): at the end of a long panel they were
    below the fold at 80x24, with the suggestion, the selection and the item under the
    cursor above them."""
    if app.prompt == "list" or app.asking is not None or app.form is not None:
        return Text()
    return Text(packed(MAIN_KEYS, app.legend_width()), style="dim")


def _selection(app: WorkspaceApp) -> Text:
    """What the selection is and what it can become: the keys are not guessable."""
    start, end = app.sel
    words = ends(visible(app.core.text[start:end]), 50)
    out = Text.assemble("\n", _title("Selected"), "\n", (f"“{words}”", "italic"), "\n")
    width = app.legend_width()
    # (words already an actor's mention: `a` and `m` would only say so; `e` edits it)
    keys = ["e edit", "v event", "c claim"] if app.core.ann.actor_at(start, end) else \
        ["a actor", "v event", "c claim", "m mention"]
    made = making.claim_having(app, app.sel)  # (words a claim already has: not offered)
    if made is not None:
        keys.remove("c claim")
    if not app.core.read_only:
        out.append(packed(keys, width) + "\n", "cyan")
    elif app.current is None:  # (said once: under the suggestion, when one is shown)
        out.append(packed(READ_ONLY, width, " ") + "\n", "dim")
    if made is not None:
        out.append(packed([f"✓ claim {made.id}"], width) + "\n", "green")
    out.append(packed(["] [ grow / shrink", "s sentence"], width), "dim")
    return out


def _queue(app: WorkspaceApp) -> Text:
    # A narrow panel says "pending" once, in the title: on each line it wrapped, and the
    # three lines took six.
    narrow = app.legend_width() < len(" 1 actors   16 pending")
    out = Text.assemble(_title("Suggestions pending" if narrow else "Suggestions"), "\n")
    if not app.suggested:  # a long article (or a busy machine) takes seconds
        return out.append("finding suggestions…\n", "dim")
    for name in ("actors", "events", "claims"):
        mark = "▸" if app.current and app.current.kind + "s" == name else " "
        out.append(f"{mark}{PASS_KEYS[name]} {name:<7} {len(app.queue[name]):>3}"
                   + ("\n" if narrow else " pending\n"))
    return out


def _suggestion(app: WorkspaceApp) -> Text:
    sug = app.current
    assert sug is not None
    core = app.core
    out = Text.assemble("\n", _title(f"Suggested {sug.kind}"), "\n")
    if sug.kind == "actor":
        out.append(f"{visible(sug.name)} ({sug.type})\n", "bold")
        out.append(counted(len(sug.mentions), "mention"))
        if sug.aliases:
            out.append(f"; also {visible(', '.join(sug.aliases))}")
        out.append("\n")
    elif sug.kind == "event":
        told = "" if sug.factuality == "asserted" else f" ({sug.factuality})"
        out.append(f"{visible(core.text[sug.span[0]:sug.span[1]])} → {sug.type}{told}\n", "bold")
        people = ", ".join(f"{a}:{r}" for a, r in sug.participants) or "no participants"
        out.append(f"{people}\n")
    else:
        # (the recommender's reasons, less the kind said just before them: it read
        # "quantity (attributed (said), quantity, named actor)")
        reasons = [r for r in sug.label.split(": ", 1)[-1].split(", ") if r != sug.type]
        out.append(f"{sug.type} claim\n", "bold")
        out.append(f"claimant: {sug.claimant or 'the outlet'}\n")
        if reasons:
            out.append(f"why: {', '.join(reasons)}\n", "dim")
    keys = ["y accept", "x reject", "e edit"] + (["M merge"] if sug.kind == "actor" else [])
    if core.read_only:
        out.append(packed(READ_ONLY, app.legend_width(), " "), "dim")
    else:
        out.append(packed(keys, app.legend_width()), "cyan")
    return out


def _named(kind: str, item_id: str, width: int) -> tuple[str, str]:
    """"actor united-nations-security-council", broken after its hyphens where the panel
    is too narrow for it (a word is never cut in two)."""
    if len(kind) + 1 + len(item_id) <= width:
        return f"{kind} {item_id}", "bold"
    return kind + "\n" + "\n".join(_hyphenated(item_id, width)), "bold"


def _hyphenated(text: str, width: int) -> list[str]:
    """`text` in lines of `width`, broken after hyphens and spaces only (a longer word
    is left to the panel)."""
    lines, line = [], ""
    for piece in re.findall(r"[^-\s]+[-\s]?|[-\s]", text):
        if line and len(line) + len(piece) > width:
            lines.append(line.rstrip())
            line = ""
        line += piece
    return [*lines, line]


def describe(item: Item, width: int = 80) -> Text:
    if isinstance(item, Actor):
        return Text.assemble(_named("actor", item.id, width),
                             f"\n{visible(item.name)} ({item.type})"
                             f"\n{counted(len(item.mentions), 'mention')}")
    if isinstance(item, Event):
        people = ", ".join(f"{p.actor}:{p.role}" for p in item.participants) or "none"
        return Text.assemble(_named("event", item.id, width), f"\n{item.type}, {item.factuality}"
                             f"\nparticipants: {people}")
    assert isinstance(item, Claim)
    out = Text.assemble(_named("claim", item.id, width),
                        f"\n{item.kind}, by {item.claimant or 'the outlet'}"
                        f"\nverdict: {item.verdict or '-'}"
                        f"{'' if item.checkworthy else ' (not check-worthy)'}")
    if item.about:
        out.append(f"\nabout: {', '.join(item.about)}")
    if item.recheck:
        out.append("\n⚠ re-check: the words changed (R)", "bold red")
    return out


def _value(app: WorkspaceApp, form: forms.Form, name: str) -> str:
    value: Any = form.values.get(name)
    if name == "participants":
        return ", ".join(f"{a}:{r}" for a, r in value) or "none"
    if name == "about":
        return ", ".join(value) or "nothing"
    if name == "cue":
        return visible(app.core.text[value[0]:value[1]]) if value else "none"
    if name == "checkworthy":
        return "yes" if value else "no"
    if name in ("claimant", "actor"):
        return value or ("the outlet" if name == "claimant" else "pick one")
    if name == "mentions":
        return str(len(value))
    return visible(str(value)) if value not in (None, "") else "-"


def _form(app: WorkspaceApp, form: forms.Form) -> tuple[list[Text], Focus]:
    """The fields before the current one; the current one with its keys (and the hint
    letters of the actors or items it picks, listed right below it); the fields after
    it; the keys of the form."""
    head = f"Editing {form.item_id}" if form.item_id else f"New {form.what}"
    out = Text.assemble(_title(head), "\n")
    out.append(ends(visible(app.core.text[form.span[0]:form.span[1]]), 60) + "\n", "italic")
    if form.what == "actor" and not form.item_id:  # what Enter will tag, unseen otherwise
        out.append(counted(len(form.values["mentions"]), "mention") + " in the text\n", "dim")
    width = app.legend_width()
    pieces = [out]
    for i, (name, picker) in enumerate(form.fields):
        here = i == form.index
        if i in (form.index, form.index + 1):
            pieces.append(Text())
        out = pieces[-1]
        label, value = ("▶ " if here else "  ") + f"{name}: ", _value(app, form, name)
        out.append(label, "bold" if here else "")
        if cell_len(label + value) > width + 1:  # a narrow panel: the value on a line of
            # its own, not cut in two ("claimant: the" / "outlet"); a list's entries one a
            # line, each broken after its hyphens, not inside a word at the left edge
            # ("coastal-transport-workers-u" / "nion:protester")
            entries = value.split(", ") if name in ("participants", "about") else [value]
            for n, entry in enumerate(entries):
                for line in _hyphenated(entry + ("," if n < len(entries) - 1 else ""),
                                        width - 4):
                    out.append("\n    ")
                    out.append(line, "reverse" if here else "")
            out.append("\n")
        else:
            out.append(value + "\n", "reverse" if here else "")
        if not here:
            continue
        if picker in form.choices:
            out.append(_keys(form.choices[picker], width) + "\n", "cyan")
        elif picker == "name":
            out.append(packed([*(f"{n} {visible(x)}" for n, x in enumerate(form.names, 1)),
                               "= type a name"], width) + "\n", "cyan")
        elif picker == "bool":
            out.append("y yes  n no\n", "cyan")
        elif picker == "participants":
            roles = form.roles.get(form.values["type"], ())
            # (no actor, no letters: "letters add an actor" had nothing to press)
            out.append(packed([_letters(form, "letters add an actor"), "= by name (new)",
                               "roles:", *(f"{n} {r}" for n, r in enumerate(roles, 1))],
                              width) + "\n", "cyan")
        elif name == "claimant":
            out.append(packed([_letters(form, "letters pick"), "= by name (new)",
                               "- the outlet"], width) + "\n", "cyan")
        elif form.hinted:
            out.append(packed(["letters pick", "- none"] if picker in ("actor", "span")
                              else ["letters toggle", "Backspace drops last"], width)
                       + "\n", "cyan")
        if form.hinted in ("actors", "items"):
            out.append_text(_hinted_list(app, form.hints, form.typed))
    if len(pieces) == 2:  # the current field is the last
        pieces.append(Text())
    # On the last field a choice saves the item (and Tab goes nowhere): said here, else an
    # Enter pressed after the choice, as the legend asked, opened the saved item again.
    keys = ["a choice saves", "Enter save", "Esc drop"] if form.index == len(form.fields) - 1 \
        else ["Enter save", "Tab next", "Esc drop"]
    pieces[-1].append("\n" + packed(keys, width, " · "), "dim")
    # Each piece but the last ends in a line break, which joined to the next would make
    # a blank line: the pieces are one text cut in three, not three paragraphs.
    for piece in pieces[:-1]:
        piece.right_crop(1)
    return pieces, (1, 2)


def _asking(app: WorkspaceApp) -> Text:
    """A question of the review: what the span was, where it is now, the keys."""
    from annotate.tag.tui import asking
    from annotate.tag.tui.core import CHOICE, KEY, SPAN

    q = app.asking
    assert q is not None
    title, _, about = q.title.partition(", ")
    out = Text.assemble(_title("Review"), "\n", (visible(title), "bold"), "\n")
    about, *lines = (about, *q.lines) if q.kind == KEY else app.context or ("",)
    if about:
        out.append(visible(about) + "\n")
    if q.kind == KEY:  # the keys before the old and new text, which can fill the panel
        out.append(packed([f"{k.key} {k.name}" for k in q.keys], app.legend_width()) + "\n",
                   "cyan")
        out.append(f"Enter = {q.default}  ? explains\n\n", "dim")
    for line in lines:
        line = line.strip()
        if line.startswith("now at") and line.endswith(":") and app.review_focus:
            start, end = app.review_focus
            line = f"{line} {app.core.text[start:end]}"
        out.append(visible(line) + "\n", "italic" if "[" in line else "")
    if q.kind == SPAN:
        out.append("\nSelect where it is now (f, F, arrows, ] [, the mouse), then Enter. "
                   "Esc: back.\n", "cyan")
    elif q.kind == CHOICE:
        out.append(f"\n{q.prompt}:\n", "bold")
        out.append(_keys(asking.choices(q), app.legend_width()) + "\n", "cyan")
        out.append("Esc: back\n", "dim")
    elif q.kind != KEY:
        out.append(f"\n{q.prompt} y / n\n", "bold")
    return out


def _keys(choices: dict[str, str], width: int) -> str:
    return packed([f"{k} {v}" for k, v in choices.items()], width)


def packed(entries: list[str], width: int, gap: str = "  ") -> str:
    """Key legends ("c country") on lines of `width`, broken between entries only: the
    panel's own wrapping would leave a key at the end of one line and what it does on
    the next."""
    lines: list[str] = []
    for entry in entries:
        if lines and len(lines[-1]) + len(gap) + len(entry) <= width:
            lines[-1] += gap + entry
        else:
            lines.append(entry)
    return "\n".join(lines)


def _letters(form: forms.Form, keys: str) -> str:
    """What hint letters do on an actor field, or that there are none to press yet."""
    return keys if form.hints else "no actors yet"


def _hinted_list(app: WorkspaceApp, table: dict[str, Any], typed: str) -> Text:
    """The hint letters of actors or items, for those not on screen too."""
    out = Text()
    listed = [(label, target) for label, target in table.items() if label.startswith(typed)]
    for label, target in listed[:12]:
        item = app.core.ann.get(str(target))
        name = visible(item.name) if isinstance(item, Actor) else str(target)
        name = clip(name, app.legend_width() - 3)  # one line each: the letters line up
        out.append(f"{label:>2} ", "bold reverse")
        out.append(f" {name}\n")
    if len(listed) > 12:  # their letters are not read anywhere, unless on screen
        rest = f"… {len(listed) - 12} more"
        actors = all(isinstance(app.core.ann.get(str(t)), Actor) for _, t in listed)
        out.append(f"  {rest}: / picks one by name\n" if actors else f"  {rest}\n", "dim")
    return out


def listed(app: WorkspaceApp, query: str) -> list[Item]:
    key = query.casefold().strip()
    out = []
    for _, _, item in app.core.ann.items():
        words = [item.id, getattr(item, "name", ""), getattr(item, "type", ""),
                 getattr(item, "kind", "")]
        if isinstance(item, Claim):
            words.append(item.span.text)
        if isinstance(item, Event):
            words.append(item.trigger.text)
        if not key or any(key in w.casefold() for w in words):
            out.append(item)
    return out


def _listing(app: WorkspaceApp) -> Text:
    found = listed(app, app.listing)
    out = Text.assemble(_title(counted(len(found), "annotation")), "\n")
    for item in found[:40]:
        kind = type(item).__name__.lower()
        text = item.name if isinstance(item, Actor) else item.trigger.text \
            if isinstance(item, Event) else item.span.text if isinstance(item, Claim) else ""
        out.append(f"{kind[0]} {item.id}", "bold")
        out.append(f" {clip(visible(text), 40)}\n")
    if len(found) > 40:
        out.append("…\n", "dim")
    out.append("Enter jumps to the first", "dim")
    return out
