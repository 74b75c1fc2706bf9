"""Adjudication in the full-screen workspace, through its real key handling (Pilot); the
installed `annotate adjudicate` in a pseudo-terminal; snapshots of its screens."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest
from conftest import ROOT, run_cli
from rich.console import Console
from textual.pilot import Pilot
from tui_support import drive, pressing, settle

from annotate import checks, sidecar
from annotate.tag import workspace
from annotate.tag.tui.adjudicating import AdjudicateApp
from annotate.tag.tui.core import Core

STEM = "putin-netanyahu-call"
ALTERNATE_SCREEN = "\x1b[?1049h"


def make_app(path: Path) -> AdjudicateApp:
    ws = workspace.open_workspace(path.parent / f"{STEM}.txt", path)
    return AdjudicateApp(Core(ws), check_after=0.0)


def open_ids(path: Path) -> list[str]:
    return [d.id for d in sidecar.load(path).disagreements]


def shown(app: AdjudicateApp) -> str:
    """The versions pane as text, at the width it has on screen."""
    console = Console(width=app.query_one("#versions").size.width, file=io.StringIO(),
                      color_system=None, record=True)
    console.print(app.render_versions())
    return console.export_text()


def test_take_drop_undo_and_finish_then_validate_is_clean(merged: Path) -> None:
    app = make_app(merged)

    async def script(pilot: Pilot) -> None:
        q = app.question
        assert q is not None and q.disagreement.id == "netanyahu"
        versions = shown(app)
        assert "Disagreement 1 of 6: actor netanyahu (they differ on mentions)" in versions
        assert "≠ mentions" in versions and "740-749 Natanyahu" in versions
        assert "  type" in versions and "≠ type" not in versions  # only what differs
        text = app.core.text
        assert text[app.sel[0]:app.sel[1]] == "Natanyahu"  # alice's extra mention
        assert app.spans == [(740, 749)]
        await pilot.press("2")  # bob's version: three mentions
        await settle(pilot)
        assert "✓ took bob's version of actor netanyahu; saved" in app.message
        assert open_ids(merged)[0] == "hamas"
        assert [m.text for m in sidecar.load(merged).get("netanyahu").mentions] == [  # type: ignore[union-attr]
            "Netanyahu", "Benjamin Netanyahu", "Netanyahu"]
        await pilot.press("x")  # drop hamas: others refer to it
        await settle(pilot)
        assert "still referenced by" in app.message and "D drops it" in app.message
        assert open_ids(merged)[0] == "hamas"
        await pilot.press("u")  # undo the netanyahu decision
        await settle(pilot)
        assert "undone" in app.message and open_ids(merged)[0] == "netanyahu"
        assert app.question.disagreement.id == "netanyahu"
        assert len(sidecar.load(merged).get("netanyahu").mentions) == 4  # type: ignore[union-attr]
        await pilot.press("1", "1", "s")  # alice's netanyahu and hamas; skip condolences
        await settle(pilot)
        assert app.question.disagreement.id == "putin-blames-us"
        await pilot.press("2")  # bob did not tag it: taking that drops the event
        await settle(pilot)
        assert "not tagged: dropped" in app.message
        await pilot.press("2", "1", "1")  # attack-toll, us-voted-against, condolences
        await settle(pilot)
        assert app.question is None and app.finished is not None
        assert "No disagreement left" in shown(app)
        assert "validation: 0 errors, 0 warnings" in shown(app)
        await pilot.press("u")  # the last decision, undone even now
        await settle(pilot)
        assert app.question.disagreement.id == "condolences" and app.finished is None
        assert open_ids(merged) == ["condolences"]
        await pilot.press("1")
        await settle(pilot)
        assert app.question is None and open_ids(merged) == []
        await pilot.press("q")

    drive(app, script, size=(100, 32))
    assert app.return_code == 0
    final = sidecar.load(merged)
    assert final.disagreements == [] and final.get("putin-blames-us") is None
    assert final.get("hamas").type == "group"  # type: ignore[union-attr]
    assert final.get("attack-toll").sources == ["bob"]  # type: ignore[union-attr]
    assert run_cli("validate", merged).code == 0
    assert not merged.with_name(f".{merged.name}.lock").exists()


def test_edit_a_version_in_the_form_and_by_typed_fields(merged: Path) -> None:
    app = make_app(merged)

    async def script(pilot: Pilot) -> None:
        await pilot.press("1", "1")  # netanyahu, hamas
        await settle(pilot)
        assert app.question.disagreement.id == "condolences"
        await pilot.press("e")  # both versions are tagged: which one?
        assert app.choosing and "edit which version? 1 2" in app.message
        await pilot.press("2")  # bob's: asserted
        assert app.form is not None and app.form.values["factuality"] == "asserted"
        assert "Editing condolences" in shown(app)
        await pilot.press("tab", "tab")  # to factuality
        assert app.form.current[0] == "factuality"
        await pilot.press("h")  # h = hypothetical (the form's letters)
        await settle(pilot)
        assert app.form is None
        assert "✓ took bob's version of event condolences, edited; saved" in app.message
        event = sidecar.load(merged).get("condolences")
        assert (event.factuality, event.sources) == ("hypothetical", ["bob"])  # type: ignore[union-attr]
        await pilot.press("e", "1", "escape")  # a form dropped: nothing is taken
        await settle(pilot)
        assert app.question.disagreement.id == "putin-blames-us"
        assert "nothing was taken" in app.message
        await pilot.press(":")
        app.query_one("#input").value = "e 1 --note 'kept: bob missed it'"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await settle(pilot)
        event = sidecar.load(merged).get("putin-blames-us")
        assert event is not None and event.note == "kept: bob missed it"
        assert app.question.disagreement.id == "attack-toll"

    drive(app, script)
    assert len(sidecar.load(merged).disagreements) == 2


def test_drop_an_item_or_an_item_with_the_references_to_it(merged: Path) -> None:
    app = make_app(merged)

    async def script(pilot: Pilot) -> None:
        await pilot.press("D")  # netanyahu, and every reference to it
        await settle(pilot)
        ann = sidecar.load(merged)
        assert ann.get("netanyahu") is None
        assert all(p.actor != "netanyahu" for e in ann.events for p in e.participants)
        await pilot.press("u")
        await settle(pilot)
        assert sidecar.load(merged).get("netanyahu") is not None
        await pilot.press("1", "1", "1", "1")
        await settle(pilot)
        assert app.question.disagreement.id == "attack-toll"
        await pilot.press("x")  # nothing refers to this claim: dropped
        await settle(pilot)
        assert "✓ dropped claim attack-toll; saved" in app.message
        assert sidecar.load(merged).get("attack-toll") is None

    drive(app, script)


def test_help_a_bad_version_and_the_disputed_span(merged: Path) -> None:
    app = make_app(merged)

    async def script(pilot: Pilot) -> None:
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen" and app.screen.mode == "adjudicate"
        await pilot.press("escape")
        await pilot.press("9")
        assert "there is no version 9" in app.message
        await pilot.press("o")  # the disputed span again
        assert app.sel == (740, 749)

    drive(app, script)


def test_a_superscript_digit_key_decides_nothing(merged: Path) -> None:
    """"²" (a key on French keyboards) is a digit to str.isdigit, not to int(): the app
    stopped on an internal error (ValueError), as a version and after e (session 33)."""
    app = make_app(merged)

    async def script(pilot: Pilot) -> None:
        await pilot.press("²")
        await pilot.press("e", "²")
        await settle(pilot)
        assert "not edited" in app.message
        await pilot.press("2")
        await settle(pilot)
        assert "✓ took bob's version of actor netanyahu; saved" in app.message

    drive(app, script)


# -- the command, in a real pseudo-terminal -------------------------------------------------

def _spawn(merged: Path, *args: str) -> pexpect.spawn:
    env = {**os.environ, "ANNOTATE_HOME": str(merged.parent / "home"),
           "PYTHONPATH": str(ROOT), "TERM": "xterm-256color"}
    script = Path(sys.executable).with_name("annotate")
    program, base = (str(script), []) if script.exists() else (sys.executable,
                                                                 ["-m", "annotate"])
    return pexpect.spawn(program, [*base, "adjudicate", *args, str(merged)], env=env,
                         encoding="utf-8", timeout=30, dimensions=(24, 80))


@pytest.mark.slow
def test_installed_adjudicate_opens_full_screen_decides_and_quits_cleanly(
        merged: Path) -> None:
    child = _spawn(merged)
    child.expect_exact(ALTERNATE_SCREEN)
    child.expect_exact("Disagreement")
    child.send("2")
    child.expect_exact("actor hamas")
    child.send("q")
    child.expect_exact("5 disagreements left in")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert open_ids(merged)[0] == "hamas" and len(open_ids(merged)) == 5
    assert {p.rule for p in checks.check_file(merged)} == {"open-disagreement"}
    assert not merged.with_name(f".{merged.name}.lock").exists()


@pytest.mark.slow
def test_ctrl_c_leaves_the_full_screen_with_exit_130_and_decisions_saved(
        merged: Path) -> None:
    child = _spawn(merged)
    child.expect_exact("Disagreement")
    child.send("1")
    child.expect_exact("actor hamas")
    child.sendintr()
    child.expect_exact("interrupted; every decision is already saved in")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert len(open_ids(merged)) == 5
    assert not merged.with_name(f".{merged.name}.lock").exists()


@pytest.mark.slow
def test_plain_gives_the_dialogue_on_a_terminal(merged: Path) -> None:
    child = _spawn(merged, "--plain")
    child.expect_exact("q ?]: ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert ALTERNATE_SCREEN not in (child.before or "")
    assert child.exitstatus == 0


# -- snapshots ------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_versions_side_by_side(snap_compare: Any, merged: Path,
                                        size: tuple[int, int]) -> None:
    assert snap_compare(make_app(merged), terminal_size=size, run_before=pressing("1", "1"))


def test_snapshot_no_disagreement_left(snap_compare: Any, merged: Path) -> None:
    assert snap_compare(make_app(merged), terminal_size=(80, 24),
                        run_before=pressing("1", "1", "1", "1", "1", "1"))
