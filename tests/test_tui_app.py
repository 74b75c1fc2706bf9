"""The full-screen workspace through its real key handling (Textual's Pilot)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Static
from tui_support import (
    claimant_after_accepting,
    copy_sample,
    drive,
    first_claim_suggestion,
    jump_to,
    label_for,
    make_app,
    press_label,
    select_sentence,
    settle,
    tag_putin,
)

from annotate import checks, sidecar
from annotate.tag.tui import panel
from annotate.tag.tui.app import WorkspaceApp
from annotate.tag.tui.core import Suggestion
from annotate.tag.tui.screens import PlanScreen


@pytest.fixture
def story(tmp_path: Path) -> Path:
    return copy_sample(tmp_path / "story")


def saved(article: Path):  # type: ignore[no-untyped-def]
    return sidecar.load(sidecar.path_for(article))


def test_accept_and_reject_suggestions_are_saved_and_rejections_stay_rejected(
        story: Path) -> None:
    app = make_app(story)
    later: list[Suggestion] = []  # the suggestion after the rejected one

    def in_the_text() -> list[Suggestion]:
        """The pending actor suggestions in the order Tab goes through them (the queue
        itself is in the recommenders' rank order)."""
        return sorted(app.queue["actors"], key=lambda s: s.span)

    async def script(pilot: Pilot) -> None:
        first, second = in_the_text()[:2]
        assert app.current is not None and app.current.key == first.key
        assert app.sel == app.current.span  # the suggestion is selected in the text
        await pilot.press("y")
        await settle(pilot)
        assert [a.name for a in saved(story).actors] == [first.name]
        assert app.current is not None and app.current.key == second.key
        await pilot.press("x")
        await settle(pilot)
        assert saved(story).rejected == [second.key]
        # On to the next one in the text after a decision, as Tab would go.
        nxt = next(s for s in in_the_text() if s.span > second.span)
        assert app.current is not None and app.current.key == nxt.key
        assert f"✓ rejected the suggestion {second.key} (never offered again); " \
            "saved" in app.message
        await pilot.press("2")  # the events pass, at any time
        assert app.current is not None and app.current.kind == "event"
        await pilot.press("1")  # and back: ending a pass is never final
        assert app.current is not None and app.current.key == in_the_text()[0].key
        later.append(nxt)

    drive(app, script)
    again = make_app(story)
    try:
        keys = [s.key for s in again.core.suggestions()["actors"]]
        assert saved(story).rejected[0] not in keys and later[0].key in keys
    finally:
        again.core.close()
    assert checks.check_file(sidecar.path_for(story)) == []


def test_tagging_an_actor_an_event_with_two_participants_and_a_claim_by_selection(
        story: Path) -> None:
    app = make_app(story)
    text = app.core.text

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")  # leave the suggestions alone
        for name in ("Vladimir Putin", "Benjamin Netanyahu"):
            await jump_to(pilot, text.index(name))
            await pilot.press("]")  # one more word: the surname
            assert text[app.sel[0]:app.sel[1]] == name
            await pilot.press("a", "p")  # an actor, a person: saved at once
            await settle(pilot)
        await jump_to(pilot, text.index("conversation"))
        await pilot.press("v")  # an event; its type comes from the trigger word
        assert app.form is not None and app.form.values["type"] == "communication"
        assert app.form.current[0] == "participants"
        for actor in ("putin", "netanyahu"):
            await press_label(pilot, label_for(app.form.hints, actor))
        await pilot.press("enter")
        await settle(pilot)
        start = text.index("over 1,300")
        await jump_to(pilot, start)
        await jump_to(pilot, text.index("dead", start), key="F")  # stretch to "dead"
        assert text[app.sel[0]:app.sel[1]] == "over 1,300 Israelis dead"
        await pilot.press("c", "q")  # a claim; q = quantity
        assert app.form is not None and app.form.current[0] == "claimant"
        await press_label(pilot, label_for(app.form.hints, "putin"))
        await pilot.press("u")  # verdict: unverified
        await pilot.press("enter")
        await settle(pilot)

    drive(app, script)
    ann = saved(story)
    assert [a.id for a in ann.actors] == ["putin", "netanyahu"]
    # Each selection met a pending suggestion: its other mentions came with it.
    assert {m.text for m in ann.actors[0].mentions} == {"Vladimir Putin", "Putin"}
    event = ann.events[0]
    assert (event.type, event.trigger.text) == ("communication", "conversation")
    assert [(p.actor, p.role) for p in event.participants] == [("putin", "speaker"),
                                                               ("netanyahu", "addressee")]
    claim = ann.claims[0]
    assert (claim.span.text, claim.kind, claim.claimant, claim.verdict) == (
        "over 1,300 Israelis dead", "quantity", "putin", "unverified")
    assert checks.check_file(sidecar.path_for(story)) == []


def test_an_event_made_of_an_inflected_trigger_starts_with_its_type(story: Path) -> None:
    """The inventory lists lemmas ("vote", "introduce"): their forms give the type too."""
    app = make_app(story)
    text = app.core.text

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        for word, kind in (("voted", "vote"), ("introduced", "proposal")):
            await jump_to(pilot, text.index(word))
            assert text[app.sel[0]:app.sel[1]] == word
            await pilot.press("v")
            assert app.form is not None and app.form.values["type"] == kind
            assert app.form.current[0] == "participants"  # the type is known: skipped
            await pilot.press("escape")

    drive(app, script)


def test_a_recommender_that_cannot_run_says_so_on_screen_once(tmp_path: Path) -> None:
    """The project asks for a spaCy pipeline that is not here: the built-in carries on,
    and the workspace says so in its message line (on stderr the screen would hide it)."""
    (tmp_path / "annotate.yaml").write_text(
        "nlp: {recommenders: [built-in, spacy], pipeline: xx_no_such_pipeline_sm}\n")
    app = make_app(copy_sample(tmp_path / "story"))
    said: list[str] = []

    async def script(pilot: Pilot) -> None:
        said.append(app.message)
        assert app.queue["actors"]  # the built-in's suggestions
        await pilot.press("y")  # new suggestions after a change: not said again
        await settle(pilot)
        said.append(app.message)

    drive(app, script)
    assert "using the built-in recommender" in said[0] and "spacy" in said[0].lower()
    assert said[1].startswith("✓ added actor")


def test_escape_drops_a_half_made_item_and_saves_nothing_of_it(story: Path) -> None:
    app = make_app(story)
    path = sidecar.path_for(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y")
        await settle(pilot)
        before = path.read_bytes()
        await pilot.press("s", "c", "i")  # the sentence as a claim; i = opinion
        assert app.form is not None and app.form.values["kind"] == "opinion"
        await pilot.press("escape")
        await settle(pilot)
        assert app.form is None and "nothing of it was saved" in app.message
        assert path.read_bytes() == before
        await pilot.press("a")  # an actor form, then Esc: the same
        await pilot.press("escape")
        await settle(pilot)
        assert path.read_bytes() == before

    drive(app, script)
    assert saved(story).claims == []


def test_a_word_shorter_than_its_hint_letters_gets_one_letter(tmp_path: Path) -> None:
    """`f` put two letters on "2", over the space after it, so "2 percent" (labels "va"
    and "c") read "vacercent": typing `va` for "percent" selected "2". A word shorter
    than its label now takes a one-letter label, and so does a closing mark (`F`) whose
    two letters ran onto the next word's (`running,vfvhavik`); the screen's letters read
    as one label per word, and typing the letters shown on "percent" selects it."""
    article = tmp_path / "strike.txt"
    article.write_text(
        "Dockworkers Walk Out as Velmora Port Talks Collapse\n\n"
        + " ".join(["Thousands of dockworkers at the port of Velmora walked off the job "
                    "on Monday after talks between their union and the authority "
                    "collapsed."] * 3)
        + "\n\nThe union's leader said the authority had offered a pay rise of just "
        "2 percent, and that 4,200 workers had joined the strike by noon.\n\n"
        '"Fewer than 1,500 people stayed away, and every crane is running," Gravik '
        "said.\n", encoding="utf-8")
    app = make_app(article)
    text = app.core.text
    picked: list[str] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("g", "f")
        assert app.hint is not None
        short = {label: text[s:e] for label, (s, e) in app.hint.table.items()
                 if len(label) > e - s}
        assert short == {}
        await pilot.press("escape")
        await jump_to(pilot, text.index("percent"))
        picked.append(text[app.sel[0]:app.sel[1]])
        await jump_to(pilot, text.index("Fewer"))
        await pilot.press("F")  # the closing quote after "running," is a place to end
        assert app.hint is not None
        quote = text.index('," Gravik') + 1
        assert (quote, quote + 1) in app.hint.table.values()
        short = {label: text[s:e] for label, (s, e) in app.hint.table.items()
                 if len(label) > e - s}
        assert short == {}

    drive(app, script, size=(80, 24))
    assert picked == ["percent"]


def test_rejecting_an_event_or_a_claim_says_its_words(story: Path) -> None:
    """`x` on an event suggestion said "rejected the suggestion event:136": an offset,
    not which suggestion went. The words of the trigger or the claim are said with it."""
    app = make_app(story)
    text = app.core.text
    said: list[tuple[int, str, str]] = []

    async def script(pilot: Pilot) -> None:
        for key in ("2", "3"):
            await pilot.press(key)
            await settle(pilot)
            sug = app.current
            assert sug is not None
            await pilot.press("x")
            await settle(pilot)
            said.append((sug.span[0], text[sug.span[0]:sug.span[1]], app.message))

    drive(app, script)
    (at, trigger, on_event), (start, claim, on_claim) = said
    assert f"event:{at} ('{trigger}') (never offered again)" in on_event
    assert on_claim.startswith(f"✓ rejected the suggestion claim:{start} ('{claim[:20]}")


def test_search_says_which_match_of_how_many_and_when_it_wraps(story: Path) -> None:
    """`/` and `n` said only "/Iran", the same at every match: a person could not
    tell the last match from the first, nor that `n` had gone round to the top."""
    app = make_app(story)
    said: list[str] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("g", "/", *"Iran", "enter")
        await settle(pilot)
        said.append(app.message)
        for key in "nnN":
            await pilot.press(key)
            await settle(pilot)
            said.append(app.message)
        await pilot.press("/", *"hostilities", "enter")
        await settle(pilot)
        said.append(app.message)

    assert app.core.text.count("Iran") == 2 and app.core.text.count("hostilities") == 1
    drive(app, script)
    assert said == ["/Iran: 1 of 2", "/Iran: 2 of 2", "/Iran: 1 of 2 (from the top again)",
                    "/Iran: 2 of 2 (from the end again)", "/hostilities: the only match"]


def test_x_with_no_suggestion_here_says_so(story: Path) -> None:
    """`x` away from any suggestion said nothing at all (`y` said "no suggestion here"):
    the key seemed dead. It says so, and which key deletes what is under the cursor."""
    app = make_app(story)
    said: list[str] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")  # the suggestion put aside: none is current
        await settle(pilot)
        assert app.current is None
        await pilot.press("x")
        await settle(pilot)
        said.append(app.message)

    drive(app, script)
    assert said == ["no suggestion here: Tab goes to the next one; d deletes the annotation "
                    "under the cursor"]
    assert not sidecar.path_for(story).exists()  # nothing rejected, nothing saved


def test_escape_on_an_edit_or_after_equals_says_what_stays(story: Path) -> None:
    """Esc on the form of an actor being edited said "dropped; nothing of it was saved",
    as if the actor had gone (it stays, as it was); Esc on a new event's form after `=`
    made an actor said the same while that actor stayed saved. Each says what stays."""
    app = make_app(story)
    text = app.core.text
    said: list[str] = []

    async def script(pilot: Pilot) -> None:
        await tag_putin(pilot, text)  # the actor putin, saved with its type
        await pilot.press("e")  # its form again, to edit
        assert app.form is not None and app.form.item_id == "putin"
        await pilot.press("escape")
        await settle(pilot)
        said.append(app.message)
        await jump_to(pilot, text.index("conversation"))
        await pilot.press("v", "=", *"Benjamin Netanyahu", "enter")
        await settle(pilot)
        await pilot.press("escape")  # the event dropped; netanyahu was made already
        await settle(pilot)
        said.append(app.message)

    drive(app, script)
    ann = saved(story)
    assert [a.id for a in ann.actors] == ["putin", "netanyahu"] and ann.events == []
    assert said[0] == "closed; putin is as it was (nothing of the edit was saved)"
    assert said[1] == ("dropped; nothing of it was saved; the actor netanyahu made with = "
                       "stays (u undoes it)")


def test_an_edit_saves_only_what_changed_and_enter_on_an_unchanged_form_is_no_change(
        story: Path) -> None:
    """Enter on a form opened with `e` set every field: the message listed each one as
    "unchanged" ("name: unchanged; type: …"), and a form left as it was was a change of its
    own, an undo step that did nothing. Now only the changed fields are set and said."""
    app = make_app(story)
    text = app.core.text
    said: list[str] = []

    async def script(pilot: Pilot) -> None:
        await tag_putin(pilot, text)
        await pilot.press("e", "enter")  # opened and saved as it was
        await settle(pilot)
        said.append(app.message)
        assert app.form is None
        await pilot.press("e", "o")  # the type, the form's last field: saved at once
        await settle(pilot)
        said.append(app.message)
        await pilot.press("u", "u")
        await settle(pilot)
        said.append(app.message)

    drive(app, script)
    assert said[0] == "nothing changed; putin is as it was"
    assert said[1] == "✓ edited putin: type: 'person' → 'organization'; saved"
    assert said[2].startswith("✓ undone: added actor putin")  # no empty step between
    assert saved(story).actors == []


def test_d_on_a_trigger_others_refer_to_says_the_command_that_deletes_it(
        story: Path) -> None:
    """`d` on the trigger of an event a claim is about was refused with the script's
    words, "use --cascade to drop the references", an option no key takes. It names the
    command line's `:delete ID --cascade`, which does it."""
    app = make_app(story)
    text = app.core.text

    async def script(pilot: Pilot) -> None:
        app.change(lambda: app.core.command(
            "add event --type communication --trigger conversation"))
        app.change(lambda: app.core.command(
            'add claim --text "over 1,300 Israelis dead" --kind quantity --about conversation'))
        await settle(pilot)
        await pilot.press("escape")
        await jump_to(pilot, text.index("conversation"))
        await pilot.press("d")
        await settle(pilot)
        assert app.message == ("error: 'conversation' is still referenced by over-1-300-israelis; "
                               ":delete conversation --cascade deletes it and drops those "
                               "references")
        assert "--cascade to drop" not in app.message
        for key in ":delete conversation --cascade":
            await pilot.press({" ": "space", ":": "colon"}.get(key, key))
        await pilot.press("enter")
        await settle(pilot)

    drive(app, script)
    ann = saved(story)
    assert ann.events == [] and ann.claims[0].about == []


def test_equals_on_an_actors_form_says_what_the_input_line_takes(story: Path) -> None:
    """`=` opened the input line for the name while the message line still said what the
    key before had ("the last field; Enter saves"): it says what the line takes."""
    app = make_app(story)
    said: list[str] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("e", "tab")  # the suggested actor's form, at its last field
        await settle(pilot)
        said.append(app.message)
        await pilot.press("=")
        await settle(pilot)
        said.append(app.message)
        await pilot.press(*"Vladimir V. Putin", "enter")
        await settle(pilot)

    drive(app, script)
    assert said[0] == "the last field; Enter saves"
    assert said[1] == "the actor's name: Enter takes it, Esc goes back to the form"


def test_undo_and_redo_say_what_they_undid(story: Path) -> None:
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y", "x")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert "undone: rejected the suggestion actor:Benjamin Netanyahu" in app.message
        assert saved(story).rejected == []
        await pilot.press("u")
        await settle(pilot)
        assert "undone: added actor putin" in app.message
        assert saved(story).actors == []
        await pilot.press("U")
        await settle(pilot)
        assert "redone: added actor putin" in app.message
        assert [a.id for a in saved(story).actors] == ["putin"]
        await pilot.press("u", "u")
        await settle(pilot)
        assert "nothing to undo" in app.message

    drive(app, script)


def test_undo_of_a_decision_goes_back_to_the_suggestion_it_restores(story: Path) -> None:
    """`u` after `x` (or `y`) makes the restored suggestion the current one again, selected
    and in the panel (it stayed on the next one), and `U` goes on from it again."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        first = app.current
        assert first is not None and first.name == "Vladimir Putin"
        await pilot.press("x")
        await settle(pilot)
        assert app.current is not None and app.current.key != first.key
        await pilot.press("u")
        await settle(pilot)
        assert saved(story).rejected == []
        assert app.current is not None and app.current.key == first.key
        assert app.sel == first.span
        assert "Vladimir Putin (person)" in "\n".join(panel_in_view(app))
        await pilot.press("U")
        await settle(pilot)
        assert saved(story).rejected == [first.key]
        after = app.current
        assert after is not None and after.key != first.key
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert saved(story).actors == []
        assert app.current is not None and app.current.key == after.key
        assert app.sel == after.span

    drive(app, script)


def test_merging_a_suggestion_into_an_actor_is_one_change_and_rejects_nothing(
        story: Path) -> None:
    """`M` and an actor's letters: the suggestion's mentions join it, one message, one
    `u` undoes it all, and nothing goes to `rejected` (that holds for the whole project)."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y")  # the first suggestion becomes an actor
        await settle(pilot)
        (first,) = saved(story).actors
        sug = app.current
        assert sug is not None and sug.kind == "actor"
        await pilot.press("M")
        assert app.hint is not None, app.message
        await press_label(pilot, label_for(app.hint.table, first.id))
        await settle(pilot)
        merged = saved(story)
        assert merged.rejected == []
        assert len(merged.actors[0].mentions) == len(first.mentions) + len(sug.mentions)
        assert app.message.startswith(f"✓ added {len(sug.mentions)} mention")
        await pilot.press("u")
        await settle(pilot)
        assert saved(story).actors[0].mentions == first.mentions
        assert saved(story).rejected == []

    drive(app, script)


def test_reopening_goes_on_where_the_last_session_left_off(story: Path) -> None:
    """Quit on a claim suggestion: the next session opens on it, not on the first actor,
    and says so."""
    app = make_app(story)
    was: list[Suggestion] = []

    async def leave(pilot: Pilot) -> None:
        await pilot.press("3")  # the claims pass
        await pilot.press("tab")
        assert app.current is not None and app.current.kind == "claim"
        was.append(app.current)
        await pilot.press("q")

    drive(app, leave)
    again = make_app(story)

    async def back(pilot: Pilot) -> None:
        await settle(pilot)
        assert again.current is not None and again.current.key == was[0].key
        assert again.sel == was[0].span
        # said, or a person sees the middle of the article with no word of why
        number = 1 + max(i for i, (start, _) in enumerate(again.core.sentences)
                         if start <= again.sel[0])
        assert again.message == f"back where the last session left off, at s{number}; " \
            "g goes to the top"

    drive(again, back)


def test_suggestions_that_land_late_leave_the_cursor_where_the_person_searched(
        story: Path) -> None:
    """On a loaded machine the first suggestions can arrive after a person has typed
    "/conversation": they took the cursor back to the first suggestion, and the "v" typed
    next opened an event on the wrong word."""
    app = make_app(story)

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("/", *"conversation", "enter")
        searched = app.sel
        assert app.core.text[searched[0]:searched[1]].lower() == "conversation"
        app._suggested(app.core.ann, app.queue, True)  # the first answer, landing late
        assert app.sel == searched

    drive(app, run)


def test_words_already_an_actors_mention_offer_edit_not_a_new_actor(story: Path) -> None:
    """The Selected section offered "a actor" and "m mention" on words already tagged, and
    pressing either only said so; it now offers `e` to edit what is there."""
    app = make_app(story)

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        assert app.current is not None and app.current.kind == "actor"
        first = app.current.span
        await pilot.press("y")  # accepted: these words are an actor's mention now
        await settle(pilot)
        app.select(first)
        app.current = None
        app.update_panel()
        shown = str(app.query_one("#panel").render())
        assert "e edit" in shown and "a actor" not in shown and "m mention" not in shown

    drive(app, run)


def test_a_change_refused_because_another_program_wrote_the_file_shows_not_saved(
        story: Path) -> None:
    """The status bar says so (it said "saved ✓" after the refusal)."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y")
        await settle(pilot)
        path = sidecar.path_for(story)
        path.write_text(path.read_text(encoding="utf-8") + "# edited elsewhere\n",
                        encoding="utf-8")
        await pilot.press("y")
        await settle(pilot)
        assert "changed by another program" in app.message
        assert "NOT SAVED" in str(app.query_one("#status", Static).render())
        assert path.read_text(encoding="utf-8").endswith("# edited elsewhere\n")

    drive(app, script)


def test_a_new_actor_on_words_that_are_already_a_mention_is_refused_at_once(
        story: Path) -> None:
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y")  # the first suggestion becomes an actor, its span selected
        await settle(pilot)
        (actor,) = saved(story).actors
        first = actor.mentions[0]
        app.select((first.start, first.end))
        await pilot.press("a")
        assert app.form is None
        assert f"is already a mention of {actor.id}" in app.message

    drive(app, script)


def test_a_claimant_who_is_no_actor_yet_is_made_from_the_claim_form(story: Path) -> None:
    """`=` on the claimant field: type the name; the actor is made (every mention of the
    name), picked, and the form goes on (it said "type the letters shown")."""
    app = make_app(story)
    text = app.core.text

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        start = text.index("over 1,300")
        await jump_to(pilot, start)
        await jump_to(pilot, text.index("dead", start), key="F")
        await pilot.press("c", "q")
        assert app.form is not None and app.form.current[0] == "claimant"
        await pilot.press("=")
        for key in "Hamas":
            await pilot.press(key)
        await pilot.press("enter")
        await settle(pilot)
        assert app.form is not None and app.form.values["claimant"] == "hamas"
        await pilot.press("u", "enter")
        await settle(pilot)

    drive(app, script)
    ann = saved(story)
    assert [(a.id, a.type) for a in ann.actors] == [("hamas", "group")]  # as suggested
    assert len(ann.actors[0].mentions) == text.count("Hamas")
    assert ann.claims[0].claimant == "hamas"


def test_a_new_claimant_named_as_a_suggestion_takes_all_its_mentions(story: Path) -> None:
    """`=` "Vladimir Putin" on the claimant field, while the recommenders suggest him with
    "Putin" 6 times more: the actor got the one "Vladimir Putin", and the suggestion and
    its other mentions were gone. Made at once with every mention, as suggested."""
    app = make_app(story)
    text = app.core.text
    suggested: list[Suggestion] = []
    said: list[str] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        sug = next(s for s in app.queue["actors"] if s.name == "Vladimir Putin")
        suggested.append(sug)
        start = text.index("over 1,300")
        await jump_to(pilot, start)
        await jump_to(pilot, text.index("dead", start), key="F")
        await pilot.press("c", "q", "=", *"Vladimir Putin", "enter")
        await settle(pilot)
        assert app.form is not None and app.form.values["claimant"] == "putin"
        said.append(app.message)
        await pilot.press("enter")
        await settle(pilot)

    drive(app, script)
    actor = saved(story).actors[0]
    sug = suggested[0]
    assert (actor.name, actor.type) == ("Vladimir Putin", sug.type)
    assert [(m.start, m.end) for m in actor.mentions] == sorted(sug.mentions)
    assert "Putin" in actor.aliases
    assert saved(story).claims[0].claimant == "putin"
    assert f"(person, {len(sug.mentions)} mentions;" in said[0]


def test_equals_on_the_participants_types_one_by_name_as_on_the_claimant(story: Path) -> None:
    """`=` on the event form's participants said "type the letters shown" and did nothing,
    while on the claimant it types a name. Now the same: a name already tagged adds that
    actor, a new name is made an actor (every mention of it) and added, each in the
    next role; the panel says `=` is there."""
    app = make_app(story)
    text = app.core.text
    said: list[str] = []

    async def script(pilot: Pilot) -> None:
        await tag_putin(pilot, text)
        await jump_to(pilot, text.index("conversation"))
        await pilot.press("v")
        assert app.form is not None and app.form.current[0] == "participants"
        panel = app.query_one("#panel")
        shown = "\n".join(panel.render_line(y).text for y in range(panel.size.height))
        assert "= by name" in shown
        await pilot.press("=", *"vladimir putin", "enter")  # tagged already: picked
        await settle(pilot)
        said.append(app.message)
        await pilot.press("=", *"Benjamin Netanyahu", "enter")  # no actor yet: made
        await settle(pilot)
        said.append(app.message)
        assert app.form is not None and app.form.current[0] == "participants"
        await pilot.press("enter")
        await settle(pilot)

    drive(app, script)
    ann = saved(story)
    assert [a.id for a in ann.actors] == ["putin", "netanyahu"]
    assert [(p.actor, p.role) for p in ann.events[0].participants] == [
        ("putin", "speaker"), ("netanyahu", "addressee")]
    assert said[0].startswith("putin is a participant")
    assert said[1].startswith("✓ added actor netanyahu (person,")
    assert "as a participant" in said[1]


def test_equals_on_the_claimant_picks_an_actor_already_tagged(story: Path) -> None:
    """`=` "Vladimir Putin" when he is an actor already said his name 'is not in the
    article's words (or is another actor's mention)'; it picks him."""
    app = make_app(story)
    text = app.core.text

    async def script(pilot: Pilot) -> None:
        await tag_putin(pilot, text)
        start = text.index("over 1,300")
        await jump_to(pilot, start)
        await jump_to(pilot, text.index("dead", start), key="F")
        await pilot.press("c", "q", "=", *"Vladimir Putin", "enter")
        await settle(pilot)
        assert app.form is not None and app.form.values["claimant"] == "putin"
        assert app.form.current[0] == "verdict"
        await pilot.press("enter")
        await settle(pilot)

    drive(app, script)
    assert [a.id for a in saved(story).actors] == ["putin"]
    assert saved(story).claims[0].claimant == "putin"


@pytest.mark.parametrize(("size", "panel"), [((100, 30), 34), ((60, 20), 24), ((40, 10), 0)])
def test_a_small_terminal_keeps_room_for_the_article(story: Path, size: tuple[int, int],
                                                     panel: int) -> None:
    """The side panel narrows under 70 columns and goes under 50 (at 60x20 it left the
    article 22 columns, at 40x10 three)."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        shown = app.query_one("#side", VerticalScroll)
        assert (shown.outer_size.width if shown.display else 0) == panel
        assert app.view.size.width >= size[0] - panel - 2

    drive(app, script, size=size)


def panel_words(app: WorkspaceApp) -> str:
    """The whole side panel's words, one space between them (its wrapping left out)."""
    panel = app.query_one("#panel")
    return " ".join(" ".join(panel.render_line(y).text for y in
                             range(panel.size.height)).split())


def panel_in_view(app: WorkspaceApp) -> list[str]:
    """The side panel's lines on screen: those of its scroll box's window (all of it that
    fits, when it cannot scroll)."""
    shown = app.query_one("#panel", Static)
    box = shown.parent
    top, height = (int(box.scroll_y), box.scrollable_content_region.height) \
        if isinstance(box, VerticalScroll) else (0, shown.size.height)
    return [shown.render_line(y).text.rstrip()
            for y in range(top, min(top + height, shown.size.height))]


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
def test_a_form_longer_than_the_panel_keeps_its_current_field_in_view(
        story: Path, size: tuple[int, int]) -> None:
    """At 60x20 the claim form's claimant field, its keys and the actors' hint letters ran
    off the bottom of the panel, cut, with no way to see them. The panel scrolls to the
    field being filled; the rest is a scroll away."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await claimant_after_accepting(pilot, 4)  # four hint letters to list
        lines = panel_in_view(app)
        text = "\n".join(lines)
        assert "▶ claimant" in text and "= by name" in text, lines
        for label in app.form.hints:
            assert any(line.lstrip().startswith(f"{label}  ") for line in lines), lines
        width = app.query_one("#panel", Static).content_size.width
        assert all(len(line) <= width for line in lines)
        box = app.query_one("#panel").parent
        if isinstance(box, VerticalScroll):  # the rest of the form, a scroll away
            box.scroll_end(animate=False, immediate=True)
            await settle(pilot)
        assert "Esc drop" in "\n".join(panel_in_view(app)), panel_in_view(app)
        for key in ("tab", "tab", "tab"):  # verdict, about, cue: each in view in turn
            await pilot.press(key)
            await settle(pilot)
            assert f"▶ {app.form.current[0]}" in "\n".join(panel_in_view(app))

    drive(app, script, size=size)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
def test_a_fields_keys_break_between_keys_not_inside_one(story: Path,
                                                         size: tuple[int, int]) -> None:
    """The claim's `about` said "letters toggle; Backspace drops" on one line and "the last"
    on the next (at 80x24 and 60x20); the cue field "letters on screen" / "pick; - none".
    Each key's words now fit on one line of the narrow panel too."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("3", "c", "tab", "tab", "tab")
        await settle(pilot)
        assert app.form is not None and app.form.current[0] == "about"
        assert "Backspace drops last" in panel_in_view(app)
        await pilot.press("tab")
        await settle(pilot)
        lines = panel_in_view(app)
        assert "letters pick  - none" in lines, lines
        assert not any(line.endswith(("drops", "screen", "pick;")) for line in lines), lines

    drive(app, script, size=size)


def test_at_60x20_the_queue_takes_three_lines_and_the_selection_stays_in_view(
        story: Path) -> None:
    """At 60x20 each pass's "16 pending" wrapped onto a second line, and what the selection
    can become (a, v, c, m) was below the panel's end once the cursor left the suggestion.
    After a resize to 80x24 the panel is laid out for its new width."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        lines = panel_in_view(app)
        assert lines[:4] == ["Suggestions pending", "▸1 actors   16", " 2 events    6",
                             " 3 claims   13"], lines
        await pilot.press("l", "l", "l")
        await settle(pilot)
        text = "\n".join(panel_in_view(app))
        assert "Selected" in text and "a actor" in text and "c claim" in text, text
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        await pilot.pause(0.1)
        assert "▸1 actors   16 pending" in "\n".join(panel_in_view(app))

    drive(app, script, size=(60, 20))


def test_a_long_id_under_the_cursor_breaks_after_a_hyphen_never_inside_a_word(
        story: Path) -> None:
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        for _ in range(16):  # the actors suggested, the Security Council's among them
            await pilot.press("y")
            await settle(pilot)
        await pilot.press("/", *"Security Council", "enter")
        await settle(pilot)
        lines = panel_in_view(app)
        at = lines.index("Under the cursor")
        assert lines[at + 1:at + 4] == ["actor", "united-nations-", "security-council"], lines

    drive(app, script, size=(60, 20))


def test_a_forms_long_participants_are_one_a_line_broken_after_hyphens(
        story: Path) -> None:
    """An event's participants too long for the panel ran on as one string the panel cut
    anywhere and started again at its left edge ("…security-coun" / "cil:body,"): each is
    on a line of its own under the field, broken after a hyphen, never inside a word."""
    app = make_app(story)
    text = app.core.text
    lines: list[str] = []

    async def script(pilot: Pilot) -> None:
        for _ in range(16):  # the actors suggested, the Security Council's among them
            await pilot.press("y")
            await settle(pilot)
        await pilot.press("escape")
        await jump_to(pilot, text.index("introduced"))
        await pilot.press("v", "=", *"United Nations Security Council", "enter")
        await settle(pilot)
        await pilot.press("2")  # its role: body
        await pilot.press("=", *"Russia", "enter")  # the first role: proposer
        await settle(pilot)
        lines.extend(panel_in_view(app))

    drive(app, script, size=(80, 24))
    at = next(n for n, line in enumerate(lines) if "participants:" in line)
    block = lines[at + 1:at + 4]
    assert block == ["    united-nations-security-", "    council:body,",
                     "    russia:proposer"], lines


def test_the_command_line_completes_and_runs_commands(story: Path) -> None:
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y")
        await settle(pilot)
        await pilot.press(":")
        box = app.query_one("#input")
        for key in "ed":
            await pilot.press(key)
        await pilot.press("tab")
        assert box.value == "edit "  # type: ignore[attr-defined]
        await pilot.press("p", "u", "tab")
        assert box.value == "edit putin "  # type: ignore[attr-defined]
        for key in "--type or":
            await pilot.press(key if key != " " else "space")
        await pilot.press("tab")
        assert box.value == "edit putin --type organization "  # type: ignore[attr-defined]
        await pilot.press("enter")
        await settle(pilot)
        assert saved(story).actors[0].type == "organization"
        assert "edited putin" in app.message
        await pilot.press(":", "b", "o", "g", "u", "s", "enter")
        assert "unknown command 'bogus'" in app.message
        await pilot.press(":", *"shwo", "enter")
        assert app.message == "error: unknown command 'shwo' (did you mean show?); Tab lists them"
        await pilot.press(":", "s", "1", "2", "enter")  # s12: show sentence 12
        assert app.sel[0] == app.core.sentences[11][0]

    drive(app, script)


def test_help_shows_the_keys_of_the_current_mode(story: Path) -> None:
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("question_mark")
        assert "HelpScreen" in type(app.screen).__name__
        await pilot.press("escape")
        await pilot.press("c", "question_mark")
        from annotate.tag.tui.screens import HelpScreen
        assert isinstance(app.screen, HelpScreen) and app.screen.mode == "form"
        await pilot.press("escape", "escape")
        assert app.form is None

    drive(app, script)


def test_f1_shows_the_keys_and_another_function_key_says_it_does_nothing(story: Path) -> None:
    # F1, where many programs keep their help, and F2 to F12 did nothing and said nothing.
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        from annotate.tag.tui.screens import HelpScreen
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen) and app.screen.mode == "normal"
        await pilot.press("escape", "c", "f1")
        assert isinstance(app.screen, HelpScreen) and app.screen.mode == "form"
        await pilot.press("escape", "escape", "f5")
        assert app.form is None and app.message == "f5: no such key; ? shows the keys"
        await pilot.press("insert")
        assert app.message == "insert: no such key; ? shows the keys"

    drive(app, script)


def test_home_and_end_go_to_the_top_and_the_end_as_g_and_capital_g(story: Path) -> None:
    # Home and End did nothing and said nothing.
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape", "G")
        end = app.sel
        # (the article ends 'socio-economic issues.”': G selected the closing mark)
        assert app.core.text[end[0]:end[1]] == "issues"
        await pilot.press("home")
        assert app.sel[0] < end[0]
        top = app.sel
        await pilot.press("end")
        assert app.sel == end
        await pilot.press("g")
        assert app.sel == top

    drive(app, script)


def test_help_on_a_command_shows_its_options_in_the_workspace(story: Path) -> None:
    """`:help edit` opened the keys and `:edit putin --help` said "--help needs a value":
    both show what edit takes, from the field table (`--alias` replaces the list, `add
    alias` adds one); `:help` alone the keys and every command."""
    from annotate.tag.tui.screens import HelpScreen
    app = make_app(story)
    shown: list[tuple[str, str]] = []

    def rows_shown() -> str:
        assert isinstance(app.screen, HelpScreen)
        shown.append((str(app.screen.query_one(VerticalScroll).border_title), app.message))
        assert app.screen.rows is not None
        return "\n".join(f"{form} {what}" for _, rows in app.screen.rows
                         for form, what in rows)

    def typed(line: str) -> list[str]:
        return ["space" if key == " " else key for key in line]

    async def script(pilot: Pilot) -> None:
        await pilot.press("y")
        await settle(pilot)
        for line in ("help edit", "edit putin --help", "e putin --help"):
            await pilot.press(":", *typed(line), "enter")
            listed = rows_shown()
            assert "--alias TEXT" in listed and "replace the whole list (add alias ACTOR NAME" \
                in listed and "--verdict NAME" in listed
            await pilot.press("escape")
        await pilot.press(":", *"help", "enter")
        listed = rows_shown()
        assert "next / previous word" in listed and "merge KEEP OTHER" in listed
        await pilot.press("escape", ":", *typed("help bogus"), "enter")
        assert "unknown command 'bogus'" in app.message

    drive(app, script)
    assert shown[:3] == [("help: edit", "")] * 3  # (and no error)
    assert shown[3][0] == "keys and commands"
    assert saved(story).actors[0].aliases == ["Putin"]  # nothing changed


def test_a_claim_whose_words_changed_asks_for_its_verdict(tmp_path: Path) -> None:
    story = copy_sample(tmp_path / "s")
    app = make_app(story)
    start = app.core.text.index("over 1,300 Israelis dead")
    app.core.add_claim((start, start + len("over 1,300 Israelis dead")), "quantity",
                       verdict="correct")
    app.core.add_claim((app.core.sentences[1][0], app.core.sentences[1][1]), "factual",
                       verdict="incorrect")
    app.core.close()
    story.write_text(story.read_text().replace("over 1,300", "over 1,400"), "utf-8")

    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        assert isinstance(app.screen, PlanScreen)
        await pilot.press("y")  # re-anchor
        await settle(pilot)
        assert app.asking is not None and "fuzzy" in app.asking.title  # the review asks
        shown = str(app.query_one("#panel").render())
        assert "was: over [1,300] Israelis dead" in shown
        assert "now: over [1,400] Israelis dead" in shown
        assert app.core.text[app.sel[0]:app.sel[1]] == "over 1,400 Israelis dead"
        claim = saved(story).claims[0]
        assert claim.recheck == "over 1,300 Israelis dead" and claim.verdict == "correct"
        await pilot.press("v", "m")  # another verdict: m = misleading
        await settle(pilot)
        assert app.asking is None  # the review is done; a verdict was given, so the
        assert (app.prompt, app.meta_field) == ("meta", "url")  # article's URL is asked
        await pilot.press("escape", "escape")  # skip the URL and the publisher
        assert app.prompt == "" and "skipped the publisher" in app.message

    drive(app, script)
    claims = saved(story).claims
    assert (claims[0].verdict, claims[0].recheck) == ("misleading", None)
    assert (claims[1].verdict, claims[1].recheck) == ("incorrect", None)  # words unchanged
    assert checks.check_file(sidecar.path_for(story)) == []


def test_keep_and_clear_a_verdict_to_recheck(tmp_path: Path) -> None:
    story = copy_sample(tmp_path / "s")
    app = make_app(story)
    text = app.core.text
    for words in ("over 1,300 Israelis dead", "Russia previously introduced a resolution"):
        start = text.index(words)
        app.core.add_claim((start, start + len(words)), "factual", verdict="correct")
    app.core.close()
    story.write_text(text.replace("1,300", "1,200").replace("previously", "earlier"), "utf-8")
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("k")  # keep the first
        await settle(pilot)
        assert app.asking is not None and "k keep" in str(app.query_one("#panel").render())
        await pilot.press("c")  # clear the second
        await settle(pilot)

    drive(app, script)
    first, second = saved(story).claims
    assert (first.verdict, first.recheck) == ("correct", None)
    assert (second.verdict, second.recheck) == (None, None)


def test_declining_the_reanchor_keeps_the_old_spans(tmp_path: Path) -> None:
    story = copy_sample(tmp_path / "s")
    app = make_app(story)
    app.core.add_actor("Hamas", "group", [(165, 170)])
    app.core.close()
    before = sidecar.path_for(story).read_bytes()
    story.write_text("A new first line.\n\n" + story.read_text(), "utf-8")
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        assert isinstance(app.screen, PlanScreen)
        plan = app.core.plan()  # (spans named as `annotate reanchor` names them)
        assert plan is not None and plan[0].name == "hamas mentions[0]"
        await pilot.press("n")
        await settle(pilot)
        assert "Not re-anchored" in app.message
        for key in "avcm":  # a new span is refused until it is re-anchored, before any
            app.say("")  # form is filled in for nothing
            await pilot.press(key)
            await settle(pilot)
            assert app.form is None and app.hint is None, key
            assert "not re-anchored yet, so no new span can be added: type :reanchor " \
                "first" in app.message, key

    drive(app, script)
    assert sidecar.path_for(story).read_bytes() == before


def test_a_long_plan_says_its_keys_on_its_frame_and_scrolls_at_80x24(tmp_path: Path) -> None:
    """The y/n line below a long table was off a 24-line screen, and no key scrolled."""
    story = copy_sample(tmp_path / "s")
    app = make_app(story)
    for at in range(0, 600, 20):  # thirty spans, each moved by the new first line
        app.core.add_claim((at, at + 10), "factual")
    app.core.close()
    story.write_text("A new first line.\n\n" + story.read_text(), "utf-8")
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        assert isinstance(app.screen, PlanScreen)
        box = app.screen.query_one(VerticalScroll)
        assert "y re-anchor now" in str(box.border_subtitle)
        assert box.max_scroll_y > 0 and box.scroll_y == 0
        await pilot.press("pagedown")
        await settle(pilot)
        assert box.scroll_y > 0 and isinstance(app.screen, PlanScreen)
        await pilot.press("y")
        await settle(pilot)
        assert not isinstance(app.screen, PlanScreen)

    drive(app, script, size=(80, 24))


def test_declining_the_plan_says_all_of_it_at_80x24(tmp_path: Path) -> None:
    """The note wraps onto the message line's three lines, its end (the passes are
    skipped) included: it was cut after its third line."""
    story = copy_sample(tmp_path / "s")
    app = make_app(story)
    app.core.add_actor("Hamas", "group", [(165, 170)])
    app.core.close()
    story.write_text("A new first line.\n\n" + story.read_text(), "utf-8")
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("n")
        await settle(pilot)
        line = app.query_one("#message")
        assert app.message.endswith("The tagging passes are skipped.")
        assert line.size.height == 3 and len(app.message) <= 3 * (line.size.width - 1)

    drive(app, script, size=(80, 24))


def test_validation_problems_show_in_the_status_bar_and_p_jumps_to_them(story: Path) -> None:
    app = make_app(story)
    app.core.add_actor("Vladimir Putin", "person", [(364, 378)])
    app.core.close()
    path = sidecar.path_for(story)
    path.write_text(path.read_text().replace("type: person", "type: robot"), "utf-8")
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        status = str(app.query_one("#status").render())
        assert "1 error," in status
        await pilot.press("p")
        assert "actor type 'robot' is not in the inventory" in app.message
        assert app.sel == (364, 378)

    drive(app, script)


def test_marks_differ_without_colour(story: Path) -> None:
    """NO_COLOR (set for every test): actors bold, events italic, claims underlined."""
    app = make_app(story)
    core = app.core
    core.add_actor("Vladimir Putin", "person", [(364, 378)])
    core.add_event("communication", (285, 297), [("putin", "speaker")])
    core.add_claim((435, 462), "factual")

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        assert app.no_color
        lay = app.view.layout_
        assert lay is not None
        styles: dict[str, set[str]] = {}
        for y in range(app.view.size.height):
            line = lay.lines[int(app.view.scroll_offset.y) + y]
            strip = app.view.render_line(y)
            pos = line.start - lay.gutter
            for seg in strip:
                for word in ("Vladimir", "conversation", "deadly"):
                    at = core.text.find(word, line.start, line.end)
                    if at >= 0 and pos <= at < pos + len(seg.text) and seg.style:
                        styles[word] = {a for a in ("bold", "italic", "underline")
                                        if getattr(seg.style, a)}
                pos += len(seg.text)
        assert styles == {"Vladimir": {"bold"}, "conversation": {"bold", "italic"},
                          "deadly": {"underline"}}

    drive(app, script)


def _contrast(fg: tuple[int, int, int], bg: tuple[int, int, int]) -> float:
    """The WCAG contrast ratio of two colours."""
    def lum(rgb: tuple[int, int, int]) -> float:
        lin = [c / 255 / 12.92 if c <= 10 else ((c / 255 + 0.055) / 1.055) ** 2.4
               for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_under_no_color_triggers_and_hint_letters_are_readable(story: Path) -> None:
    """Textual greys colours under NO_COLOR: the magenta of triggers and the red of hint
    letters came out grey 237 on 233 (1.6:1). Every character of the article pane, as
    the terminal gets it (after Textual's filters), reads at 4.5:1 at least, hints up,
    on the selection too."""
    from textual.geometry import Region

    app = make_app(story)
    core = app.core
    core.add_actor("Vladimir Putin", "person", [(364, 378)])
    core.add_event("communication", (285, 297), [("putin", "speaker")])
    core.add_claim((435, 462), "factual")
    worst: list[tuple[float, str, str]] = []

    def look(what: str) -> None:
        view = app.view
        assert view.layout_ is not None
        gutter = view.layout_.gutter
        for strip in view.render_lines(Region(0, 0, view.size.width - 1, view.size.height)):
            column = 0
            for seg in strip:
                text, style = seg.text, seg.style
                if column >= gutter and text.strip() and style is not None:
                    fg, bg = style.color, style.bgcolor
                    assert fg is not None and bg is not None
                    assert fg.triplet is not None and bg.triplet is not None
                    if style.reverse:
                        fg, bg = bg, fg
                    worst.append((_contrast(tuple(fg.triplet), tuple(bg.triplet)), what,
                                  text))  # type: ignore[arg-type]
                column += len(text)

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        assert app.no_color
        look("marks")
        await pilot.press("f")
        look("jump hints")
        await pilot.press("escape")
        await jump_to(pilot, core.text.index("conversation"))
        await pilot.press("]", "F")  # the hints over the selection
        look("hints on the selection")
        await pilot.press("escape", "slash", *"Putin", "enter")
        look("search matches, one selected")

    drive(app, script)
    assert min(worst)[0] >= 4.5, min(worst)


def test_read_only_changes_nothing(story: Path) -> None:
    app = make_app(story, read_only=True)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y")
        await settle(pilot)
        assert "read-only" in app.message

    drive(app, script)
    assert not sidecar.path_for(story).exists()


def test_mouse_click_selects_a_word_and_drag_a_span(story: Path) -> None:
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        lay = app.view.layout_
        assert lay is not None
        y = next(i for i, line in enumerate(lay.lines) if line.label == "s2")
        line = lay.lines[y]
        text = app.core.text
        col = text.index("Kremlin", line.start) - line.start + lay.gutter
        await pilot.click("#article", offset=(col + 2, y))
        assert text[app.sel[0]:app.sel[1]] == "Kremlin"
        end = text.index("alliance", line.start) - line.start + lay.gutter
        await pilot.mouse_down("#article", offset=(col + 1, y))
        await pilot.hover("#article", offset=(end + 3, y))
        await pilot.mouse_up("#article", offset=(end + 3, y))
        assert text[app.sel[0]:app.sel[1]] == "Kremlin’s deepening alliance"

    drive(app, script)


def test_quit_and_interrupt_exit_codes(story: Path) -> None:
    for key, code in (("q", 0), ("ctrl+c", 130)):
        app = make_app(story)

        async def script(pilot: Pilot, key: str = key) -> None:
            await pilot.press("y")
            await settle(pilot)
            await pilot.press(key)

        drive(app, script)
        assert app.return_code == code or app.return_value == code
    assert [a.id for a in saved(story).actors][:1] == ["putin"]


def test_screen_keeps_the_selection_visible_while_moving(story: Path) -> None:
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        for _ in range(12):
            await pilot.press(")")
        lay = app.view.layout_
        assert lay is not None
        line = lay.line_of(app.sel[0])
        top = int(app.view.scroll_offset.y)
        assert top <= line < top + app.view.size.height
        assert app.core.sentences[12][0] == app.sel[0]

    drive(app, script, size=(80, 24))


def test_search_moves_the_selection_to_matches(story: Path) -> None:
    app = make_app(story)
    text = app.core.text

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape", "slash")
        for key in "kremlin":
            await pilot.press(key)
        await pilot.press("enter")
        first = app.sel
        assert text[first[0]:first[1]] == "Kremlin"
        await pilot.press("n")
        assert app.sel[0] > first[0] and text[app.sel[0]:app.sel[1]] == "Kremlin"
        await pilot.press("N")
        assert app.sel == first

    drive(app, script)


def test_a_pasted_control_character_in_the_search_line_is_a_space(story: Path) -> None:
    """A tab pasted into `/` between two words searched for nothing."""
    app = make_app(story)
    text = app.core.text

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape", "slash")
        app.query_one("#input").value = "Security\tCouncil\x07"  # type: ignore[attr-defined]
        await pilot.press("enter")
        assert text[app.sel[0]:app.sel[1]] == "Security Council", app.sel

    drive(app, script)


def test_show_words_on_the_command_line_searches_as_slash_does(story: Path) -> None:
    # `:show WORDS` (the dialogue's search, listed by `:help show`) said there was no
    # annotation with that id.
    app = make_app(story)
    text = app.core.text

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape", "colon")
        for key in "show security council":
            await pilot.press("space" if key == " " else key)
        await pilot.press("enter")
        assert text[app.sel[0]:app.sel[1]] == "Security Council"
        assert app.message.startswith("/security council: ")

    drive(app, script)


def test_hint_labels_are_drawn_on_the_words(story: Path) -> None:
    from tui_support import screen_text
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape", "f")
        assert app.hint is not None
        first = next(iter(app.hint.table))
        assert first == "a" and app.hint.table["a"][0] == app.sel[0]
        drawn = screen_text(app)
        assert drawn.startswith(" s1 autin")  # "a" drawn over the "P" of "Putin"
        await pilot.press("escape")
        assert app.hint is None and "Putin Pushes" in screen_text(app)

    assert isinstance(app, WorkspaceApp)
    drive(app, script)


def test_hint_labels_never_cover_one_another(story: Path) -> None:
    """`f` put two-letter labels on `:` and `“` too, drawn over the next cells: in
    `asserting: “It` the label of "It" was covered down to one letter. Labels go on
    words (and, for `F`, on a closing mark before a space or at a paragraph's end), each
    is drawn whole; a span still starts at the opening quote (`<`) and ends at the
    closing one (`F`)."""
    from tui_support import screen_text
    app = make_app(story)
    text = app.core.text
    it = text.index("“It has") + 1
    closing = text.index("discussions.”") + len("discussions.”")
    picked: list[str] = []

    def drawn_whole() -> None:
        lay, hint = app.view.layout_, app.hint
        assert lay is not None and hint is not None
        rows = screen_text(app).splitlines()
        top = int(app.view.scroll_offset.y)
        for label, offsets in hint.places.items():
            for o in offsets:
                line = lay.line_of(o)
                at = lay.gutter + o - lay.lines[line].start
                assert rows[line - top][at:at + len(label)] == label, (label, rows[line - top])

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape", ":", *"s8", "enter")
        for key in ("f", "F"):
            await pilot.press(key)
            drawn_whole()
            assert app.hint is not None
            assert (it, it + 2) in app.hint.table.values()  # "It", after the quote
            await pilot.press("escape")
        await jump_to(pilot, it)
        await pilot.press("<")  # the opening quote
        await jump_to(pilot, closing - 1, key="F")  # the closing one: a label of its own
        picked.append(text[app.sel[0]:app.sel[1]])

    drive(app, script)
    assert picked[0].startswith("“It has contributed") and picked[0].endswith("discussions.”")


def test_an_actor_picked_by_part_of_its_name_and_the_next_span_of_an_item(story: Path) -> None:
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y", "y")  # Putin and Netanyahu
        await settle(pilot)
        await pilot.press("G", "s", "c", "f")  # the last sentence, a factual claim
        assert app.form is not None and app.form.current[0] == "claimant"
        await pilot.press("slash", "n", "e", "t", "a", "n", "enter")
        await settle(pilot)
        assert app.form is not None and app.form.values["claimant"] == "netanyahu"
        await pilot.press("enter")
        await settle(pilot)
        assert saved(story).claims[0].claimant == "netanyahu"
        first = saved(story).actors[0].mentions[0]
        await pilot.press("g")  # "Putin" in the title
        assert app.sel == (first.start, first.end)
        await pilot.press("o")
        second = saved(story).actors[0].mentions[1]
        assert app.sel == (second.start, second.end) and "span 2 of" in app.message

    drive(app, script)


def test_at_80x24_the_plan_never_cuts_an_id(sample_dir: Path) -> None:
    """The span column is as wide as the longest id; the texts wrap instead."""
    story = sample_dir / "putin-netanyahu-call.txt"
    story.write_text("A new first line.\n\n" + story.read_text("utf-8"), "utf-8")
    app = make_app(story)
    ids = [x.id for x in (*app.core.ann.actors, *app.core.ann.events, *app.core.ann.claims)]

    async def script(pilot: Pilot) -> None:
        assert isinstance(app.screen, PlanScreen)
        table = app.screen.query(Static)[1]
        lines = [table.render_line(y).text for y in range(table.size.height)]
        words = {w for line in lines for w in line.split()}
        assert len(lines) > 50 and [i for i in ids if i not in words] == []

    drive(app, script, size=(80, 24))


def test_deciding_the_last_suggestion_of_a_pass_goes_on_to_the_next_pass(story: Path) -> None:
    """The queue is refreshed in a thread after each decision: deciding the last actor
    went to that same actor in the old queue, and the workspace stopped with no
    suggestion, the events and claims still pending."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await settle(pilot)
        actors = len(app.queue["actors"])
        assert actors > 1 and app.current is not None and app.current.kind == "actor"
        for _ in range(actors):
            await pilot.press("x")
            await settle(pilot)
        assert app.current is not None and app.current.kind == "event", app.message
        assert app.message.endswith("; no actor suggestion is left, on to the events")
        assert app.queue["actors"] == []

    drive(app, script)


def test_a_new_actor_on_a_name_suggested_later_starts_from_that_suggestion(story: Path) -> None:
    """While Putin was offered, `a` on "Kremlin" opened a blank form typed person."""
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        assert app.current is not None and app.current.name == "Vladimir Putin"
        await pilot.press("slash", *"Kremlin", "enter", "a")
        await settle(pilot)
        assert app.form is not None
        assert (app.form.values["name"], app.form.values["type"]) == ("Kremlin", "organization")
        panel = app.query_one("#panel")
        shown = "\n".join(panel.render_line(y).text for y in range(panel.size.height))
        assert f"{app.core.text.count('Kremlin')} mentions in the text" in shown
        await pilot.press("enter")
        await settle(pilot)
        assert [(a.id, a.type) for a in saved(story).actors] == [("kremlin", "organization")]
        assert "Kremlin" not in [s.name for s in app.queue["actors"]]
        assert app.current is not None and app.current.name == "Vladimir Putin"

    drive(app, script)


def test_a_new_actor_on_part_of_a_suggested_name_keeps_the_words_selected(story: Path) -> None:
    """`a` on "United Nations", inside the suggested "United Nations Security Council":
    the form said 3 mentions, and the save kept the suggestion's 2, not the words
    selected. The words selected are a mention, and the form counts what is saved."""
    app = make_app(story)
    text = app.core.text
    start = text.index("United Nations")
    shown: list[str] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("slash", *"United Nations", "enter")
        assert app.sel == (start, start + len("United Nations"))
        await pilot.press("a")
        await settle(pilot)
        assert app.form is not None
        panel = app.query_one("#panel")
        shown.append("\n".join(panel.render_line(y).text for y in range(panel.size.height)))
        await pilot.press("=", *"United Nations", "enter", "enter")
        await settle(pilot)

    drive(app, script)
    actor = saved(story).actors[0]
    assert actor.name == "United Nations"
    assert (start, start + len("United Nations")) in [(m.start, m.end) for m in actor.mentions]
    assert "United Nations Security Council" not in [m.text for m in actor.mentions]
    assert f"{len(actor.mentions)} mentions in the text" in shown[0]


def test_a_long_selection_is_shown_by_its_start_and_its_end(story: Path) -> None:
    """The panel showed only the start of a long selection ("In a recent conversation
    with Israeli Prime…"): where it ends is what a person checks. The panel and the
    form's header show its start … its end."""
    app = make_app(story)
    shown: list[str] = []

    async def script(pilot: Pilot) -> None:
        await select_sentence(pilot, 3)
        shown.append(panel_words(app))
        await pilot.press("c")
        shown.append(panel_words(app))

    drive(app, script)
    assert "“In a recent conversation" in shown[0] and "Hamas militants.”" in shown[0]
    assert "New claim In a recent conversation" in shown[1]
    assert "Hamas militants ▶ kind" in shown[1]  # (a claim leaves out the full stop)


def test_a_message_goes_when_what_it_was_about_is_done(story: Path) -> None:
    """"stretch to: type the letters…" stayed after the pick, "'zebra' is not in the
    article" after `:s12`, and the completions listed by Tab after Esc or a command."""
    app = make_app(story)
    text = app.core.text
    said: list[str] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        await jump_to(pilot, text.index("Pushes"))
        said.append(app.message)
        await jump_to(pilot, text.index("Conversation"), key="F")
        said.append(app.message)
        await pilot.press("slash", *"zebra", "enter")
        assert "'zebra' is not in the article" in app.message
        await pilot.press(":", "s", "1", "2", "enter")
        said.append(app.message)
        await pilot.press(":", "tab")
        assert "edit" in app.message  # the commands, listed
        await pilot.press("escape")
        said.append(app.message)
        await pilot.press(":", "tab", "s", "1", "enter")  # listed, then a command
        said.append(app.message)

    drive(app, script)
    assert said == ["", "", "", "", ""]


def test_the_article_keeps_its_lines_when_the_input_line_opens(story: Path) -> None:
    """The first `:` (or `/`, `=`) reflowed the article one column narrower for good:
    the first layout was made before the scroll bar showed. The lines stay as they are,
    and only a wrapped line's trailing space reaches the scroll bar's column."""
    from rich.cells import cell_len
    from tui_support import screen_text
    app = make_app(story)
    drawn: list[str] = []

    async def script(pilot: Pilot) -> None:
        drawn.append(screen_text(app))
        await pilot.press(":")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        drawn.append(screen_text(app))
        view = app.view
        lay = view.layout_
        assert lay is not None and view.show_vertical_scrollbar
        room = view.scrollable_content_region.width - lay.gutter
        for line in lay.lines:
            shown = app.core.text[line.start:line.end]
            assert cell_len(shown) <= room or (cell_len(shown) == room + 1 and
                                               shown.endswith(" ")), shown

    drive(app, script, size=(100, 30))
    assert drawn[0] == drawn[1]


def test_a_key_with_no_use_says_so(story: Path) -> None:
    app = make_app(story)
    said: list[str] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        await pilot.press("Q")
        said.append(app.message)

    drive(app, script)
    assert said == ["Q: no such key; ? shows the keys"]


def test_an_event_told_as_to_come_is_accepted_as_hypothetical(tmp_path: Path) -> None:
    story = tmp_path / "port.txt"
    story.write_text("Port to close\n\nMeridal Shipping will close its port in Varn next year, "
                     "Osric Pell said on Monday.\n")
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        for _ in app.queue["actors"][:]:  # every actor, so the event has its doer
            await pilot.press("y")
            await settle(pilot)
        await pilot.press("2")
        assert app.current is not None and app.current.kind == "event"
        assert app.current.factuality == "hypothetical" and "hypothetical" in app.current.label
        shown = Console(width=60, record=True, file=io.StringIO())
        shown.print(panel.render(app))
        assert "close → shutdown (hypothetical)" in shown.export_text()
        await pilot.press("y")
        await settle(pilot)

    drive(app, script)
    assert [(e.trigger.text, e.factuality) for e in saved(story).events] == [
        ("close", "hypothetical")]


def test_enter_after_trimming_a_claim_suggestion_makes_the_trimmed_claim(story: Path) -> None:
    """`e` on a claim suggestion selects its words to trim; Enter then makes the claim of
    the words left, as `c` does. It had accepted the suggestion as it came, dropping the
    trim without a word."""
    app = make_app(story)

    async def run(pilot: Pilot) -> None:
        sug = await first_claim_suggestion(pilot)
        await pilot.press("e")
        assert app.sel == sug.span and "Enter or c makes it" in app.message
        await pilot.press(">", ">")  # two words fewer at its start
        trimmed = app.sel
        assert trimmed[0] > sug.span[0] and trimmed[1] == sug.span[1]
        await pilot.press("enter")
        assert app.form is not None  # the claim's form, filled from the suggestion
        await pilot.press("enter")
        await settle(pilot)
        claims = saved(story).claims
        assert [(c.span.start, c.span.end) for c in claims] == [trimmed]
        assert claims[0].kind == sug.type

    drive(app, run)


def test_enter_on_a_claim_suggestion_not_trimmed_still_accepts_it(story: Path) -> None:
    app = make_app(story)

    async def run(pilot: Pilot) -> None:
        sug = await first_claim_suggestion(pilot)
        await pilot.press("e", "enter")  # trimming started, nothing trimmed: as suggested
        await settle(pilot)
        assert app.form is None
        assert [(c.span.start, c.span.end) for c in saved(story).claims] == [sug.span]

    drive(app, run)


def test_a_sentence_selected_with_s_makes_a_claim_without_its_full_stop(story: Path) -> None:
    """`e` on a claim suggestion, `s` (the whole sentence), `c`: the claim is the sentence
    without the full stop that closes it, as the recommenders offer one (it kept the
    stop). A stop inside the quotation that ends a sentence stays with the quote."""
    app = make_app(story)
    text = story.read_text(encoding="utf-8")
    quoted = text.index("Instead, a statement")

    async def run(pilot: Pilot) -> None:
        await first_claim_suggestion(pilot)
        await pilot.press("e", "s")
        sentence = app.sel
        assert text[sentence[1] - 1] == "."
        await pilot.press("c")
        assert app.form is not None and app.sel == (sentence[0], sentence[1] - 1)
        await pilot.press("enter")
        await settle(pilot)
        await jump_to(pilot, quoted)
        await pilot.press("s", "c")
        assert app.form is not None
        await pilot.press("enter")
        await settle(pilot)

    drive(app, run)
    spans = [c.span.text for c in saved(story).claims]
    assert len(spans) == 2
    assert spans[0].endswith(("conflict", "militants")), spans[0]
    assert spans[1].startswith("Instead,") and spans[1].endswith("means.”"), spans[1]


def test_word_moves_go_over_a_possessive_s(story: Path) -> None:
    """`l` from "Kremlin" (in "the Kremlin’s deepening alliance") went to the "s", `h`
    back from "deepening" to it too; now they go from word to word, and `]` takes the
    "’s" in one step."""
    app = make_app(story)
    text = story.read_text(encoding="utf-8")
    kremlin = text.index("Kremlin’s deepening")

    async def run(pilot: Pilot) -> None:
        await jump_to(pilot, kremlin)
        assert app.sel == (kremlin, kremlin + len("Kremlin"))
        await pilot.press("l")
        assert text[app.sel[0]:app.sel[1]] == "deepening"
        await pilot.press("h")
        assert app.sel == (kremlin, kremlin + len("Kremlin"))
        await pilot.press("]")
        assert text[app.sel[0]:app.sel[1]] == "Kremlin’s"

    drive(app, run)


def test_trimming_a_claims_start_never_leaves_it_starting_with_a_possessive(
        story: Path) -> None:
    """`e` on the claim suggested for s2 ("Given the Kremlin’s deepening alliance…"),
    `>` three times, Enter: the claim began "’s deepening alliance" (its id
    `s-deepening-alliance-iran`). Now the third `>` passes over the "’s"."""
    app = make_app(story)

    async def run(pilot: Pilot) -> None:
        sug = await first_claim_suggestion(pilot)
        assert app.core.text[sug.span[0]:].startswith("Given the Kremlin’s")
        await pilot.press("e", ">", ">", ">", "enter", "enter")
        await settle(pilot)

    drive(app, run)
    [claim] = saved(story).claims
    assert claim.span.text.startswith("deepening alliance with Iran"), claim.span.text


def test_a_sentence_made_a_claim_is_not_offered_as_a_claim_again(story: Path) -> None:
    """After `s c` made the sentence a claim, the panel went on offering `c claim` for
    it, and `c` opened a second claim on the same words: now it says which claim has them."""
    app = make_app(story)
    shown: list[str] = []

    async def script(pilot: Pilot) -> None:
        await select_sentence(pilot, 3)
        shown.append(panel_words(app))
        await pilot.press("c", "f", "enter")
        await settle(pilot)
        assert len(saved(story).claims) == 1
        await pilot.press("s")
        await settle(pilot)
        shown.append(panel_words(app))
        await pilot.press("c")
        await settle(pilot)
        assert len(saved(story).claims) == 1
        said.append(app.message)

    said: list[str] = []
    drive(app, script)
    assert "is already claim recent-conversation-israeli" in said[0], said
    assert "v event c claim m mention" in shown[0]
    assert "c claim" not in shown[1] and "✓ claim recent-conversation-israeli" in shown[1], \
        shown[1]


def test_a_new_actor_named_by_part_of_the_selection_is_mentioned_by_the_name(
        story: Path) -> None:
    """"for Hamas" selected and `a`: the form named the actor Hamas (its suggestion) and
    saved "for Hamas" as a mention and as another name. A mention is the name's words,
    as in the dialogue, which finds the name typed: the selection shrinks to "Hamas"."""
    app = make_app(story)
    text = app.core.text
    start = text.index("for Hamas") + len("for ")

    async def script(pilot: Pilot) -> None:
        await pilot.press("slash", *"for Hamas", "enter", "a")
        await settle(pilot)
        assert app.form is not None and app.form.values["name"] == "Hamas"
        assert app.sel == (start, start + len("Hamas"))
        await pilot.press("enter")
        await settle(pilot)

    drive(app, script)
    actor = saved(story).actors[0]
    assert (actor.name, actor.aliases) == ("Hamas", [])
    assert [m.text for m in actor.mentions] == ["Hamas"] * text.count("Hamas")
    assert (start, start + len("Hamas")) in [(m.start, m.end) for m in actor.mentions]


def test_a_name_typed_with_equals_inside_the_selection_is_the_mention(story: Path) -> None:
    """With no suggestion to name it, "Palestinian settlements" selected and `=`
    Palestinian: the mention is the word typed, not the two selected kept as another
    name."""
    app = make_app(story)
    text = app.core.text
    start = text.index("Palestinian settlements")

    async def script(pilot: Pilot) -> None:
        app.select((start, start + len("Palestinian settlements")))
        await pilot.press("a")
        await settle(pilot)
        assert app.form is not None and app.form.values["name"] == "Palestinian settlements"
        await pilot.press("=", *"Palestinian", "enter")
        await settle(pilot)
        assert app.sel == (start, start + len("Palestinian"))
        await pilot.press("enter")
        await settle(pilot)

    drive(app, script)
    actor = saved(story).actors[0]
    assert (actor.name, actor.aliases) == ("Palestinian", [])
    assert [m.text for m in actor.mentions] == ["Palestinian"] * text.count("Palestinian")


def test_an_actor_field_says_there_are_no_actors_rather_than_letters_to_press(
        story: Path) -> None:
    """An event's form with no actor tagged yet said "letters add an actor" (and a
    claim's claimant "letters pick"), with no letters anywhere to press."""
    app = make_app(story)
    text = app.core.text
    shown: list[str] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        await jump_to(pilot, text.index("conversation"))
        await pilot.press("v")  # (a known trigger: the form opens on its participants)
        await settle(pilot)
        assert app.form is not None and app.form.current[0] == "participants"
        shown.append(panel_words(app))
        await pilot.press("escape", "s", "c", "tab")
        await settle(pilot)
        assert app.form is not None and app.form.current[0] == "claimant"
        shown.append(panel_words(app))
        await pilot.press("escape")
        await tag_putin(pilot, text)
        await jump_to(pilot, text.index("conversation"))
        await pilot.press("v")
        await settle(pilot)
        assert app.form is not None and app.form.current[0] == "participants"
        shown.append(panel_words(app))

    drive(app, script)
    assert "letters" not in shown[0] and "no actors yet = by name (new)" in shown[0]
    assert "letters" not in shown[1] and "no actors yet = by name (new)" in shown[1]
    assert "letters add an actor" in shown[2] and "no actors yet" not in shown[2]


def test_next_and_back_on_a_one_screen_article_say_why_nothing_moved(tmp_path: Path) -> None:
    """`:next` and `:back` did nothing and said nothing when the article fits the screen."""
    story = tmp_path / "short.txt"
    story.write_text("Short News\n\nThe mayor of Springfield said the bridge will open in "
                     "May. Residents welcomed it.\n", "utf-8")
    app = make_app(story)
    said: list[str] = []

    async def script(pilot: Pilot) -> None:
        for verb in ("next", "back"):
            await pilot.press("escape", ":", *verb, "enter")
            await settle(pilot)
            said.append(app.message)

    drive(app, script)
    assert said == ["the whole article is on this screen: :next pages through a longer one",
                    "the whole article is on this screen: :back pages through a longer one"]


def test_a_forms_last_field_says_a_choice_saves_not_tab_next(story: Path) -> None:
    """A new actor's form opens on its type, the last field, whose legend said "Enter save
    · Tab next": a person pressed a type key (which saves the actor) and then Enter, as
    told, which opened the saved actor's form again; and Tab on the last field goes
    nowhere. The last field's legend and message now say that a choice saves."""
    app = make_app(story)
    seen: list[tuple[str, str]] = []

    async def script(pilot: Pilot) -> None:
        await pilot.press("a")  # a new actor on the word under the cursor: its type field
        await settle(pilot)
        seen.append(("\n".join(panel_in_view(app)), app.message))
        await pilot.press("o")
        await settle(pilot)
        assert app.form is None and app.message.startswith("✓ added actor")
        await pilot.press("3", "c")  # a claim's form opens on its kind: Tab moves on
        await settle(pilot)
        seen.append(("\n".join(panel_in_view(app)), app.message))

    drive(app, script)
    (actor_panel, actor_said), (claim_panel, claim_said) = seen
    legend = actor_panel.split("t other")[1].split()
    assert " ".join(legend) == "a choice saves · Enter save Esc drop", actor_panel
    assert actor_said == "new actor: a type key saves it, Enter saves as shown, Esc drops " \
        "it, ? keys"
    assert "Tab next" in claim_panel and "a choice saves" not in claim_panel, claim_panel
    assert claim_said == "new claim: Enter saves, Esc drops it, Tab moves on, ? keys"


def test_a_claim_suggestion_says_its_kind_once_and_why_apart(story: Path) -> None:
    """The panel read "quantity (attributed (said), quantity, named actor)": the kind,
    then the recommender's reasons in brackets with the kind again among them."""
    app = make_app(story)
    shown: list[list[str]] = []

    async def script(pilot: Pilot) -> None:
        sug = await first_claim_suggestion(pilot)
        lines = [line.strip() for line in panel_in_view(app)]
        shown.append(lines)
        at = lines.index("Suggested claim")
        assert lines[at + 1] == f"{sug.type} claim", lines
        assert lines[at + 2] == f"claimant: {sug.claimant or 'the outlet'}", lines
        why = " ".join(lines[at + 3:]).split(" y accept")[0]
        assert why.startswith("why: ") and sug.type not in why.split(": ", 1)[1].split(
            ", "), lines

    drive(app, script)
    assert shown
