"""The review after re-anchoring, in the workspace: the dialogue's step machine
(`tag.review`, driven through `core.Core`), its questions shown in place.

Each span to review is selected in the article (where re-anchoring put it) and the side
panel shows what it was: its old text in its old context, the words a flagged verdict
was given for. The question's keys answer it (`a` keeps, `r` rejects a fuzzy match, `e`
re-picks, `x` deletes, `k`/`v`/`c` keep, change or clear a verdict, `u` undoes, `d`
ends the review, `q` quits); the moving and selecting keys still look around. `e` asks
for the span's new place: select it in the text (f, F, arrows, the mouse), Enter takes
the selection, Esc goes back. An orphan has no place to show: its old text and context
stay in the panel while the new place is selected. The plan itself ("re-anchor now?")
is the plan dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotate.tag.tui import cursor, forms
from annotate.tag.tui.actions import LOOKING, NORMAL_KEYS
from annotate.tag.tui.core import CHOICE, KEY, SPAN, YESNO, CoreError, Note, Question
from annotate.tag.tui.screens import HelpScreen, PlanScreen

if TYPE_CHECKING:
    from annotate.tag.tui.app import WorkspaceApp

Sel = tuple[int, int]


def start(app: WorkspaceApp, what: str) -> None:
    """Begin a review (`Core.review`: drift, all, flagged) and ask its first question."""
    if app.core.read_only and what != "drift":
        app.say("opened read-only: nothing can be changed")
        return
    app.form, app.hint, app.current = None, None, None
    notes = app.core.review(what)
    app.context = ()
    ask(app, notes)


def ask(app: WorkspaceApp, notes: tuple[Note, ...] = (), lead: str = "") -> None:
    """Show the review's next question, or leave the review when it is done; say `lead`
    (what the last answer did) and the machine's notes."""
    said = " ".join(text for text in (lead, *(_short(n) for n in notes)) if text)
    q = app.core.question()
    app.asking = q
    if said:
        app.say(said)
    if q is None:
        app.review_focus = None
        app.update_panel()
        app.view.redraw()
        app.ask_metadata()
        return
    if q.kind == YESNO and q.plan is not None:
        rows = app.core.plan()
        if app.core.read_only:  # shown, never applied
            app.asking = None
            app.core.end_review()
            if rows is not None:
                app.push_screen(PlanScreen(app.core, rows), lambda _: app.say(
                    "opened read-only: not re-anchored"))
            return
        if rows is not None:
            app.push_screen(PlanScreen(app.core, rows), lambda yes: answer(app, "y" if yes
                                                                           else "n"))
            return
    if q.kind == KEY:  # kept while a span or a verdict is asked for the same item
        app.context = (q.title.partition(", ")[2], *q.lines)
    if q.focus is not None:
        app.review_focus = q.focus
        app.select(q.focus, centre=True)
    elif q.kind == KEY:  # an orphan: its old words and context are in the panel
        app.review_focus = None
        near = app.core.near_orphan()
        if near is not None:
            app.select(cursor.word_at(app.t, min(near, len(app.core.text) - 1)), centre=True)
    app.update_panel()
    app.view.redraw()


def _short(note: Note) -> str:
    """A heading's first sentence: the panel shows the keys it goes on to explain."""
    if note.kind != "heading":
        return note.text
    first, dot, _ = note.text.partition(". ")
    return first + dot.strip()


def answer(app: WorkspaceApp, given: str | Sel) -> None:
    try:
        done = app.core.answer(given)
    except CoreError as exc:
        app.say(f"error: {exc}")
        app.update_panel()
        return
    if done.quit:
        app.exit(0)
        return
    if done.said is not None:
        app.meta_wanted = app.meta_wanted or app.core.verdict_given  # asked after the review
        app.view.remark()
        app.refresh_suggestions()
        app.check(wait=app.check_after)
    ask(app, done.notes, f"✓ {done.said}; saved." if done.said is not None else "")


def key(app: WorkspaceApp, key: str, character: str | None) -> bool:
    """A key while a question is asked; True when it was used."""
    q = app.asking
    assert q is not None
    char = character or ""
    if key == "question_mark" or char == "?":
        app.push_screen(HelpScreen("review", rows=keys_of(q)))
        return True
    if q.kind == SPAN:
        if key == "enter":
            answer(app, app.sel)
        elif key == "escape":
            answer(app, "-")
        else:
            return _look(app, key, char)
        return True
    if key == "enter":
        answer(app, "")
        return True
    if q.kind == KEY:
        letters = {k.key for k in q.keys}
        if char in letters:
            answer(app, char)
        elif key == "escape" and "d" in letters:
            answer(app, "d")
        else:
            return _look(app, key, char)
        return True
    if q.kind == CHOICE:
        chosen = choices(q).get(char)
        if chosen is not None:
            answer(app, chosen)
        elif key == "escape":
            answer(app, "-")
        else:
            return _look(app, key, char)
        return True
    if char in ("y", "n"):
        answer(app, char)
    elif key == "escape":
        answer(app, "n")
    return True


def _look(app: WorkspaceApp, key: str, char: str) -> bool:
    """The keys that move, select and search still work during the review."""
    name = key if key in NORMAL_KEYS else char
    if name in LOOKING:
        NORMAL_KEYS[name](app)
        return True
    app.say("reviewing: answer with the keys in the panel (? explains them)")
    return True


def choices(q: Question) -> dict[str, str]:
    """The key for each choice: numbers are typed as they are, words get a letter."""
    if all(c.isdigit() for c in q.choices):
        return {c: c for c in q.choices if len(c) == 1}
    return forms.letters(list(q.choices))


_REPICK = "select the span's new place in the text, then Enter"


def keys_of(q: Question) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """What `?` shows at a question of the review."""
    if q.kind == SPAN:
        rows: tuple[tuple[str, str], ...] = (
            ("f F, arrows, ] [ < >, mouse", "select the span's new place in the text"),
            ("Enter", "take the selection as the span"), ("Esc", "back to the question"))
    elif q.kind == CHOICE:
        rows = (*((k, v) for k, v in choices(q).items()), ("Enter", q.default or ""),
                ("Esc", "back to the question"))
    elif q.kind == KEY:
        rows = tuple((k.key, f"{k.name}: " + (_REPICK if k.key == "e" else k.meaning))
                     for k in q.keys)
        rows += (("Enter", f"the same as {q.default}"), ("Esc", "end the review (as d)"))
    else:
        rows = (("y Enter", "yes"), ("n Esc", "no"))
    return (("Reviewing", rows), ("Looking around", (
        ("arrows, ) ( } {, f, /", "move, jump, search: the review waits"),)))
