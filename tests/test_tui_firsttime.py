"""What a person new to the workspace trips on, through the real app loop (Pilot): each
test is a moment from a first session in a real terminal where the screen did not say
what to do, or said it wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Input, Static
from tui_support import (
    claimant_after_accepting,
    copy_sample,
    drive,
    jump_to,
    make_app,
    screen_lines,
    settle,
)

from annotate import sidecar
from annotate.tag.tui import panel
from annotate.tag.tui.app import WorkspaceApp
from annotate.tag.tui.screens import HelpScreen, PlanScreen


@pytest.fixture
def story(tmp_path: Path) -> Path:
    return copy_sample(tmp_path / "story")


def panel_lines(app: WorkspaceApp) -> list[str]:
    """The side panel as it is drawn (what the app last put in it), line by line, at its
    own width."""
    box = app.query_one("#panel", Static)
    console = Console(width=box.content_size.width, no_color=True, record=True)
    console.print(box.content)
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_the_help_scrolls_by_keyboard_to_its_last_key_and_says_how(story: Path) -> None:
    """At 80x24 the keys are three screens long; any key used to close them, so `q`,
    undo and the command line were never seen."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        box = help_screen.query_one(VerticalScroll)
        assert "any other key closes" in str(box.border_subtitle)
        assert box.max_scroll_y > 0  # longer than the screen
        for _ in range(10):
            await pilot.press("pagedown")
        await pilot.pause()
        assert app.screen is help_screen  # still open, and at its end
        assert box.scroll_y == box.max_scroll_y
        await pilot.press("up")
        await pilot.pause()
        assert app.screen is help_screen and box.scroll_y < box.max_scroll_y
        await pilot.press("x")  # any other key closes, and does nothing else
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        assert not sidecar.path_for(story).exists()  # nothing was rejected, nothing saved

    drive(app, script, size=(80, 24))


def test_key_legends_never_leave_a_key_apart_from_what_it_does(story: Path) -> None:
    """The verdict legend wrapped as "m" / "misleading" on the next line at 100 columns."""
    app = make_app(story)
    text = app.core.text

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape", "g", ")", ")", "s", "c")  # a claim of sentence 3
        assert app.form is not None
        while app.form.current[0] != "verdict":
            await pilot.press("tab")
        await pilot.pause()
        lines = panel_lines(app)
        legend = [line for line in lines if "unverified" in line or "unprovable" in line]
        verdicts = app.form.choices["verdicts"]
        shown = " ".join(lines)
        for key, verdict in verdicts.items():
            assert f"{key} {verdict}" in shown, (key, verdict, lines)
        for line in lines:  # no line ends on a lone key
            assert not any(line.endswith(f"  {key}") or line == key for key in verdicts), line
        assert len(legend) >= 2  # it did need more than one line here
        assert text  # the article is there

    drive(app, script, size=(100, 30))


def test_equals_types_an_actors_name_from_the_type_field(story: Path) -> None:
    """`e` on an actor suggestion opens its form on the type; `=` there said "press one of
    p, o, c, g, l, t", and the letters of the name then went on as commands."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        sug = app.current
        assert sug is not None and sug.kind == "actor"
        await pilot.press("e")
        assert app.form is not None and app.form.current[0] == "type"
        await pilot.press("=")
        assert app.prompt == "name"
        for char in "The Russian leader":
            await pilot.press("space" if char == " " else char)
        await pilot.press("enter")  # the name
        assert app.form is not None and app.form.values["name"] == "The Russian leader"
        await pilot.press("enter")  # the form
        await settle(pilot)
        names = [a.name for a in sidecar.load(sidecar.path_for(story)).actors]
        assert names == ["The Russian leader"]

    drive(app, script)


def test_the_panel_says_what_a_selection_can_become(story: Path) -> None:
    """A dragged or grown selection left the suggestion on the panel and nothing else:
    `a`, `v`, `c`, `m` were only in the help."""
    app = make_app(story)
    text = app.core.text

    async def script(pilot: Pilot) -> None:
        assert app.current is not None
        start = text.index("Security Council")
        app.select_at(start, start + len("Security Council") - 1)  # the mouse's drag
        await pilot.pause()
        shown = "\n".join(panel_lines(app))
        assert "Selected" in shown and "“Security Council”" in shown
        assert "a actor" in shown and "c claim" in shown
        await pilot.press("tab")  # back on a suggestion: the panel is the suggestion's
        await pilot.pause()
        assert app.current is not None and app.sel == app.current.span
        assert "Selected" not in "\n".join(panel_lines(app))

    drive(app, script)


def test_the_panel_says_suggestions_are_coming_not_that_there_are_none(story: Path) -> None:
    """On a busy machine the recommenders take seconds; the panel stayed blank, then
    said "0 pending" for every pass until a key was pressed."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        app.suggested, app.queue = False, {p: [] for p in app.queue}
        app.update_panel()
        await pilot.pause()
        shown = "\n".join(panel_lines(app))
        assert "finding suggestions…" in shown and "0 pending" not in shown
        app.refresh_suggestions()
        await settle(pilot)
        assert app.suggested and "pending" in "\n".join(panel_lines(app))

    drive(app, script)


def test_the_list_shows_every_annotation_before_a_letter_is_typed(story: Path) -> None:
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y", "y")  # two actors
        await settle(pilot)
        await pilot.press("L")
        await pilot.pause()
        shown = "\n".join(panel_lines(app))
        assert "2 annotations" in shown, shown

    drive(app, script)


def test_the_status_bar_says_where_the_keys_are_at_80_columns(story: Path) -> None:
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        status = panel.status(app).plain
        assert status.endswith("? keys") and len(status) <= 78

    drive(app, script, size=(80, 24))


def test_warnings_alone_leave_room_for_the_keys_at_60_columns(story: Path) -> None:
    """A verdict to re-check made the 60-column bar "story.….yaml  saved ✓  14A 3E 4C
    ✓ 0 errors, 1 warning": the "(p)" that says which key goes to it and "? keys" were
    cut off, and the name with them. With no error, the errors are not counted."""
    from annotate.tag.tui.core import Problem

    story = story.rename(story.with_name("story.txt"))
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        app.core.add_actor("Vladimir Putin", "person", [(364, 378)])
        app.problems = [Problem("warning", "re-check it", None)]
        status = panel.status(app).plain
        assert status == "story.ann.yaml  saved ✓  1A 0E 0C  ✓ 1 warning (p)  ? keys", status
        app.problems = [Problem("error", "wrong", None), Problem("warning", "re-check", None)]
        assert "✗ 1 error, 1 warning (p)" in panel.status(app).plain

    drive(app, script, size=(60, 24))


def test_a_long_file_name_gives_way_to_the_keys_at_80_columns(tmp_path: Path) -> None:
    """An ingested article is named after its headline: the tour's took the whole 80-column
    bar, and the validation state and `? keys` were cut off."""
    story = copy_sample(tmp_path / "story")
    long = story.rename(story.with_name("port-alder-council-approves-48m-bridge-despite-flood"
                                        ".txt"))
    app = make_app(long, annotator="alice")

    async def script(pilot: Pilot) -> None:
        status = panel.status(app).plain
        assert status.endswith("  0A 0E 0C  ✓ valid  ? keys") and len(status) <= 78, status
        name = status.split("  ")[0]
        # cut in the middle: its start names the article, its end the annotator
        assert name.startswith("port-alder-") and name.endswith(".alice.ann.yaml"), name
        assert "…" in name, name

    drive(app, script, size=(80, 24))


def test_hint_letters_stay_on_their_actors_after_equals_makes_one(story: Path) -> None:
    """On an event's participants `a` was Netanyahu and `s` Putin; `=` Israeli made the
    nearest actor, which took `a`, and every letter read so far moved (`s` added
    Netanyahu). The new actor gets a free letter; the others keep theirs, back on the
    field too."""
    core = make_app(story).core
    core.add_actor("Vladimir Putin", "person", [(364, 378)])
    core.add_actor("Benjamin Netanyahu", "person", [(326, 344)])
    core.close()
    app = make_app(story)
    text = app.core.text
    seen: list[dict[str, str]] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        await jump_to(pilot, text.index("conversation"))
        await pilot.press("v")
        assert app.form is not None and app.form.current[0] == "participants"
        seen.append(dict(app.form.hints))
        await pilot.press("=", *"Israeli", "enter")  # the actor nearest the trigger
        await settle(pilot)
        assert app.form is not None and app.form.current[0] == "participants"
        seen.append(dict(app.form.hints))
        assert any(line.lstrip().startswith("a  Benjamin Netanyahu")
                   for line in panel_lines(app)), panel_lines(app)
        await pilot.press("tab", "shift+tab")  # away and back: the same letters
        seen.append(dict(app.form.hints))
        await pilot.press("s", "enter")  # `s` as read before `=`: Putin
        await settle(pilot)

    drive(app, script, size=(80, 24))
    assert seen[0] == {"a": "netanyahu", "s": "putin"}
    assert seen[1] == seen[2] == {"a": "netanyahu", "s": "putin", "d": "israeli"}
    event = sidecar.load(sidecar.path_for(story)).events[0]
    assert [p.actor for p in event.participants] == ["israeli", "putin"]


def test_the_questions_of_the_input_line_fit_at_60_columns(story: Path) -> None:
    """At 60x20 `=` on the participants asked "participant, as the article writes the name
    (made an actor" and the rest was cut off; the metadata question lost its keys at 80
    columns already. The input line holds a short question, the message line (which
    wraps) what the keys do."""
    app = make_app(story)
    text = app.core.text
    seen: dict[str, list[str]] = {}

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        await jump_to(pilot, text.index("conversation"))
        await pilot.press("v", "=")
        await pilot.pause()
        assert app.prompt == "new-actor"
        seen["equals"] = screen_lines(app)
        await pilot.press("escape")  # back to the form: what the question said goes
        await pilot.pause()
        assert app.form is not None and "made an actor" not in app.message
        seen["back"] = screen_lines(app)
        await pilot.press("escape", "s", "c")  # the sentence as a claim, the outlet's
        assert app.form is not None
        verdict = next(k for k, v in app.form.choices["verdicts"].items() if v == "correct")
        await pilot.press("tab", "-", verdict, "enter")
        await settle(pilot)
        assert app.prompt == "meta"
        seen["meta"] = screen_lines(app)

    drive(app, script, size=(60, 20))
    equals = seen["equals"]
    assert equals[-2] == " participant: the name as the article writes it", equals
    assert "Enter: the participant of that name, made an actor if it is none yet; Esc: " \
           "back" in " ".join(line.strip() for line in equals[-5:-2]), equals
    assert "Esc: back" not in "\n".join(seen["back"])
    meta = seen["meta"]
    assert meta[-2] == " The article's URL:", meta
    said = " ".join(line.strip() for line in meta[-5:-2])
    assert "✓ added claim" in said and "A published review needs it (asked once): Enter " \
           "saves it, Esc skips" in said, meta
    assert all(len(line) <= 60 for line in equals + meta)


def test_j_and_k_scroll_the_side_panel_from_the_keyboard(story: Path) -> None:
    """At 60x20 the claim form with its actors' letters is longer than the panel; its end
    ("Esc drop") could be seen only with the mouse's wheel. `J` `K` scroll it, in the form
    too; the next key of the form brings its field back in view, as before."""
    app = make_app(story)
    tops: list[int] = []

    async def script(pilot: Pilot) -> None:
        await claimant_after_accepting(pilot, 8)  # eight hint letters to list
        box = app.query_one("#side", VerticalScroll)
        assert box.max_scroll_y > 0 and "Esc drop" not in "\n".join(panel_in_view(app))
        tops.append(int(box.scroll_y))
        for _ in range(4):
            await pilot.press("J")
        await pilot.pause()
        tops.append(int(box.scroll_y))
        assert "Esc drop" in "\n".join(panel_in_view(app)), panel_in_view(app)
        assert app.message == "the end of the side panel (K scrolls back up)"
        assert app.form is not None and app.form.current[0] == "claimant"  # no hint typed
        for _ in range(4):
            await pilot.press("K")
        await pilot.pause()
        tops.append(int(box.scroll_y))
        assert app.message == "the top of the side panel"
        await pilot.press("J", "J", "J", "J", "tab")  # verdict: back in view
        await settle(pilot)
        assert "▶ verdict" in "\n".join(panel_in_view(app))
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("J")  # a short panel: said, not silence
        await pilot.pause()
        assert app.message == "the side panel shows all of it: nothing to scroll"

    drive(app, script, size=(60, 20))
    assert tops[1] > tops[0] and tops[2] == 0


def panel_in_view(app: WorkspaceApp) -> list[str]:
    """The side panel's lines in its scroll box's window."""
    shown = app.query_one("#panel", Static)
    box = app.query_one("#side", VerticalScroll)
    top, height = int(box.scroll_y), box.scrollable_content_region.height
    return [shown.render_line(y).text.rstrip()
            for y in range(top, min(top + height, shown.size.height))]


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (120, 40)])
def test_the_first_screen_says_the_main_keys_each_on_one_line(story: Path,
                                                              size: tuple[int, int]) -> None:
    """The first screen said `y` `x` `e` `M` and `? keys`: how to go to the next
    suggestion (Tab), search (/), jump to a word (f), scroll the panel (J K) or leave (q)
    was only behind `?`. A short key line at the panel's foot says them, broken between
    keys, never inside one."""
    app = make_app(story)
    lines: list[str] = []

    async def script(pilot: Pilot) -> None:
        lines.extend(screen_lines(app))

    drive(app, script, size=size)
    side = [line.split("│", 1)[1].strip() if "│" in line else "" for line in lines]
    for entry in ("Tab next", "/ search", "f jump", "J K panel", "? keys", "q quit"):
        assert any(entry in line for line in side), (entry, lines)
    assert all(len(line) <= size[0] for line in lines)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
def test_the_main_keys_stay_in_view_under_a_long_panel(story: Path,
                                                       size: tuple[int, int]) -> None:
    """At 80x24, with the cursor on a tagged word while a suggestion is offered (the
    suggestion, the selection and the item under the cursor in the panel), the key line
    at the panel's foot was below the fold: only the mouse's wheel or `J` showed it."""
    app = make_app(story)
    lines: list[str] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("y")  # Putin accepted; Netanyahu offered next
        await settle(pilot)
        await pilot.press("g")  # the cursor on "Putin", a mention of the new actor
        await settle(pilot)
        assert app.item_here() is not None and app.current is not None
        lines.extend(screen_lines(app))

    drive(app, script, size=size)
    side = "\n".join(line.split("│", 1)[1] for line in lines if "│" in line)
    assert "Under the cursor" in side or "actor putin" in side, lines
    for entry in ("Tab next", "/ search", "f jump", "J K panel", "? keys", "q quit"):
        assert entry in side, (entry, lines)


def test_what_a_forms_key_said_goes_when_the_next_key_moves_on(story: Path) -> None:
    """A wrong key on the verdict said "press one of u, i, m, …"; after Tab it still said
    so on the about-links and the cue, where those letters pick items and words."""
    app = make_app(story)
    said: list[str] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape", "s", "c", "tab", "tab")
        assert app.form is not None and app.form.current[0] == "verdict"
        await pilot.press("9")
        said.append(app.message)
        await pilot.press("tab")
        assert app.form.current[0] == "about"
        said.append(app.message)

    drive(app, script, size=(80, 24))
    assert said[0].startswith("press one of ") and said[1] == "", said


def test_a_click_in_the_article_closes_an_open_search_line(story: Path) -> None:
    """`/` then a click on a word: the search line stayed open ("search:") while the keys
    went to the article, so `a` opened an actor form under it. The click ends the line as
    Esc does, then selects; the metadata question (asked once) keeps the keys."""
    app = make_app(story)
    seen: list[object] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape", "/")
        await pilot.click("#article", offset=(10, 5))
        await pilot.pause()
        seen.extend([app.prompt, app.focused is app.view, app.core.text[slice(*app.sel)],
                     screen_lines(app)[-2]])
        app.open_prompt("meta", "The article's URL: ")
        await pilot.click("#article", offset=(10, 5))
        await pilot.pause()
        seen.extend([app.prompt, app.focused is app.query_one("#input")])

    drive(app, script, size=(80, 24))
    assert seen[:3] == ["", True, "financial"], seen
    assert "search:" not in str(seen[3]), seen
    assert seen[4:] == ["meta", True], seen


@pytest.mark.parametrize(("size", "shown"), [((60, 20), ["▶ claimant:", "    the outlet"]),
                                             ((80, 24), ["▶ claimant: the outlet"])])
def test_a_fields_value_is_never_cut_in_two_on_a_narrow_panel(
        story: Path, size: tuple[int, int], shown: list[str]) -> None:
    """At 60x20 the claim form read "▶ claimant: the" / "outlet" and "factuality:" /
    "asserted" on the event's: a value that does not fit beside its field's name goes
    whole on the next line."""
    app = make_app(story)
    lines: list[str] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape", "s", "c", "tab")
        await pilot.pause()
        lines.extend(panel_lines(app))

    drive(app, script, size=size)
    start = lines.index(shown[0])
    assert lines[start:start + len(shown)] == shown, lines
    assert "outlet" not in lines, lines


def test_the_reanchor_plan_shows_the_words_that_changed_at_80x24(story: Path) -> None:
    """A claim whose number changed (1,300 → 1,400) was shown as "left over 1,300
    Israelis dead → left ov…" in the plan: the new words, what the person must judge,
    were cut off. It says the change as `annotate reanchor` does."""
    app = make_app(story)
    words = "left over 1,300 Israelis dead"
    start = app.core.text.index(words)
    app.core.add_claim((start, start + len(words)), "quantity")
    app.core.close()
    story.write_text(story.read_text().replace("over 1,300", "over 1,400"), "utf-8")
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        assert isinstance(app.screen, PlanScreen)
        rows = [line for line in screen_lines(app) if "1,300" in line or "1,400" in line]
        assert any("1,400" in row for row in rows), screen_lines(app)
        await pilot.press("n")
        await settle(pilot)

    drive(app, script, size=(80, 24))


def test_colon_pass_goes_to_that_pass_as_its_number_key_does(story: Path) -> None:
    """Tab offers `:pass` (the dialogue's command, in the README) but it said "'pass'
    does not change the annotations", which says nothing of what to do."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press(":", *"pass", "space", *"events", "enter")
        await settle(pilot)
        assert app.current is not None and app.current.kind == "event", app.message
        await pilot.press(":", *"pass", "space", *"claim", "enter")
        await settle(pilot)
        assert app.current is not None and app.current.kind == "claim", app.message
        await pilot.press(":", *"pass", "enter")
        await settle(pilot)
        assert "pass actors, events or claims" in app.message

    drive(app, script)


def test_a_read_only_panel_offers_no_key_that_would_change_something(story: Path) -> None:
    """Opened read-only (another session holds the lock), the panel still listed
    "y accept  x reject  e edit" and "a actor  v event  c claim", each of which only
    answered that nothing can be changed."""
    app = make_app(story, read_only=True)

    async def script(pilot: Pilot) -> None:
        assert app.current is not None  # a suggestion is shown, to look at
        await pilot.press("l")  # and a selection of its own
        await settle(pilot)
        shown = "\n".join(panel_lines(app))
        assert "Suggested actor" in shown and "Selected" in shown
        for legend in ("y accept", "x reject", "a actor", "c claim", "m mention"):
            assert legend not in shown, (legend, shown)
        assert " ".join(shown.split()).count("read-only: nothing can be changed") == 1
        await pilot.press("escape")  # no suggestion: the selection says it
        await settle(pilot)
        shown = "\n".join(panel_lines(app))
        assert app.current is None and "a actor" not in shown
        assert " ".join(shown.split()).count("read-only: nothing can be changed") == 1

    drive(app, script, size=(80, 24))


def test_tab_on_an_empty_command_line_lists_the_commands_at_80x24(story: Path) -> None:
    """Tab at `:` listed "?  a  add  b  back  d  del  delete  e  edit  exit  h …": the
    short forms took the room, and merge, review, undo... were never seen."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press(":", "tab")
        await settle(pilot)
        listed = app.message.split()
        for verb in ("add", "delete", "merge", "review", "undo", "validate", "quit"):
            assert verb in listed, app.message
        assert "del" not in listed and "a" not in listed
        await pilot.press("d", "tab")  # one command starts so: completed
        await settle(pilot)
        assert app.query_one("#input", Input).value == "delete "

    drive(app, script, size=(80, 24))


def test_moving_to_a_suggestion_before_they_came_says_they_are_coming(story: Path) -> None:
    """On a long article, Tab or 3 pressed while the panel said "finding suggestions…"
    said "no pending suggestions for claims", and the line stayed when 910 came."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        app.suggested, app.queue = False, {p: [] for p in app.queue}
        for key in ("3", "tab", "shift+tab"):
            await pilot.press(key)
            await pilot.pause()
            assert app.message == "the suggestions are still being found: a moment", key

    drive(app, script)


def test_a_long_list_of_actors_says_how_to_pick_those_it_leaves_out(story: Path) -> None:
    """With 14 actors, a claimant's list ended in "…": the two left out had hint
    letters no one could read, and nothing said that `/` finds any actor by name."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await claimant_after_accepting(pilot, 14)
        shown = "\n".join(panel_lines(app))
        assert "… 2 more: / picks one by name" in shown, shown
        assert app.form is not None
        hidden = str(list(app.form.hints.values())[-1])
        name = app.core.ann.get(hidden).name  # type: ignore[union-attr]
        assert name not in shown
        await pilot.press("/", *name.lower(), "enter")
        await settle(pilot)
        assert app.form.values["claimant"] == hidden

    drive(app, script)


@pytest.mark.parametrize("key", ["question_mark", "f1"])
def test_help_while_picking_by_hint_letters_shows_its_keys_and_keeps_the_letters(
        story: Path, key: str) -> None:
    """`f` then `?` (the status bar's "? keys") ended the picking without a word, and
    no keys were shown."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("f")
        await pilot.pause()
        assert app.hint is not None
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) and app.screen.mode == "hint"
        await pilot.press("escape")  # closes the keys only
        await pilot.pause()
        assert app.hint is not None and app.hint.purpose == "jump"

    drive(app, script)


def test_a_decided_suggestion_leaves_the_queue_before_the_new_one_comes(story: Path) -> None:
    """On a 190 KB article the recommenders take seconds after each change: the panel
    said "16 pending" with five actors accepted, and shift+Tab went back to the one just
    accepted, whose `y` then said "'Russia' at 206-212 is already a mention of russia"."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        app.refresh_suggestions = lambda first=False: None  # type: ignore[method-assign]
        before = len(app.queue["actors"])
        first = app.current
        assert first is not None and first.kind == "actor"
        await pilot.press("y")
        await pilot.pause()
        assert len(app.queue["actors"]) == before - 1
        assert "actors   " + str(before - 1) in "\n".join(panel_lines(app))
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.current is not None and app.current.key != first.key
        await pilot.press("u")  # undone: the suggestion is pending again, and current
        await pilot.pause()
        assert app.current is not None and app.current.key == first.key
        assert len(app.queue["actors"]) == before

    drive(app, script)


def test_tab_goes_as_its_help_says_actors_then_events_then_claims(story: Path) -> None:
    """The help said Tab goes "every pass, in text order": from the first actor in s1 a
    person expected the event in s2 next, and Tab went on to the actor in s4."""
    from annotate.tag.tui import keys

    said = dict(row for _, rows in keys.table("normal") for row in rows)["Tab  ."]
    assert "the actors in text order, then the events, then the claims" in said
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("1")
        seen = []
        for _ in range(len(app.pending())):
            assert app.current is not None
            seen.append((app.current.kind, app.current.span))
            await pilot.press("tab")
        kinds = [kind for kind, _ in seen]
        assert kinds == sorted(kinds, key=["actor", "event", "claim"].index)
        for kind in ("actor", "event", "claim"):
            spans = [span for k, span in seen if k == kind]
            assert spans == sorted(spans) and spans

    drive(app, script)
