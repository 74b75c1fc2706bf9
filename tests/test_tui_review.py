"""The review after re-anchoring, span by span in the full-screen workspace (Pilot): the
same step machine as the dialogue's (`tag.review`), the same decisions on the same
article edit, with spans re-picked by selecting them in the text; and snapshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_drift_tag import assert_reviewed
from test_reanchor_cli import ARTICLE, SIDECAR, edit_like_an_editor
from textual.pilot import Pilot
from tui_support import drive, jump_to, make_app, pressing, settle

from annotate import article, checks, sidecar
from annotate.tag.tui.app import WorkspaceApp
from annotate.tag.tui.screens import HelpScreen, PlanScreen


def panel(app: WorkspaceApp) -> str:
    return str(app.query_one("#panel").render())


def test_the_drift_review_span_by_span_like_the_dialogue(sample_dir: Path) -> None:
    before = sidecar.load(sample_dir / SIDECAR)
    edit_like_an_editor(sample_dir)
    app = make_app(sample_dir / ARTICLE)

    async def script(pilot: Pilot) -> None:
        assert isinstance(app.screen, PlanScreen)
        await pilot.press("y")
        await settle(pilot)
        assert "✓ re-anchored: 2 exact, 65 moved, 2 fuzzy, 2 orphaned; saved." in app.message
        q = app.asking
        assert q is not None and q.title.startswith("Span 1/4: fuzzy")
        shown = panel(app)  # the old text in its old context, and where it is now
        assert "call to [Natanyahu]. Instead" in shown
        assert "now at 782-791 (score 0.93): Netanyahu" in shown
        assert app.core.text[app.sel[0]:app.sel[1]] == "Netanyahu"  # selected in place
        await pilot.press("a")  # keep the fuzzy match
        await settle(pilot)
        assert app.asking.title.startswith("Span 2/4: orphaned")  # type: ignore[union-attr]
        assert "over the [Hamas] attack" in panel(app)  # no offsets: its old context
        await pilot.press("j", "k")  # looking around does not answer
        assert app.asking.title.startswith("Span 2/4")  # type: ignore[union-attr]
        await pilot.press("x")  # delete it
        await settle(pilot)
        assert "✓ deleted the mention 'Hamas' (1097-1102) of hamas; saved" in app.message
        assert "the verdict 'unverified' was given for other words" in panel(app)
        await pilot.press("k")  # the verdict holds for the new words
        await settle(pilot)
        assert app.asking.title.startswith("Span 4/4: orphaned")  # type: ignore[union-attr]
        await pilot.press("enter")  # leave the orphaned claim for later
        await settle(pilot)
        assert app.asking is None and "Review done." in app.message

    drive(app, script)
    assert_reviewed(sample_dir, before)  # the same sidecar as the dialogue's review

    # Reopened later: `:review` comes back to the orphan; it is re-picked by selecting
    # its new place in the text (never typed).
    app = make_app(sample_dir / ARTICLE)
    art = article.load(sample_dir / ARTICLE)
    s10 = art.sentence(10)

    async def again(pilot: Pilot) -> None:
        assert app.asking is None
        await pilot.press(":", *"review", "enter")
        await settle(pilot)
        assert app.asking is not None
        assert app.asking.title == "Span 1/1: orphaned, claim resolution-criticised"
        assert "[The resolution drew criticism" in panel(app)
        await pilot.press("e")  # re-pick: select it
        assert app.asking.kind == "span" and "Select where it is now" in panel(app)
        assert "claim resolution-criticised" in panel(app)  # still said what it is
        await pilot.press("escape")  # back to the question: nothing changed
        assert app.asking.kind == "key"
        await pilot.press("e")
        await jump_to(pilot, s10.start)
        await pilot.press("s")  # the sentence
        assert app.sel == (s10.start, s10.end)
        await pilot.press("enter")
        await settle(pilot)
        assert "✓ re-picked resolution-criticised span at " in app.message
        assert app.asking is None

    drive(app, again)
    assert checks.check_file(sample_dir / SIDECAR) == []
    claim = sidecar.load(sample_dir / SIDECAR).get("resolution-criticised")
    assert claim is not None and not claim.span.orphaned
    assert (claim.span.start, claim.span.end) == (s10.start, s10.end)


def test_reject_a_fuzzy_match_undo_it_and_end_the_review(sample_dir: Path) -> None:
    edit_like_an_editor(sample_dir)
    app = make_app(sample_dir / ARTICLE)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("r")  # the new place is wrong: keep the old text, orphaned
        await settle(pilot)
        mention = sidecar.load(sample_dir / SIDECAR).get("netanyahu").mentions[2]  # type: ignore[union-attr]
        assert (mention.text, mention.orphaned) == ("Natanyahu", True)
        assert app.asking.title.startswith("Span 2/4")  # type: ignore[union-attr]
        await pilot.press("u")  # undo: back to the fuzzy match
        await settle(pilot)
        assert app.asking.title.startswith("Span 1/4")  # type: ignore[union-attr]
        mention = sidecar.load(sample_dir / SIDECAR).get("netanyahu").mentions[2]  # type: ignore[union-attr]
        assert (mention.text, mention.orphaned) == ("Netanyahu", False)
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.press("escape")  # Esc ends the review, as d
        await settle(pilot)
        assert app.asking is None and "Review left" in app.message
        await pilot.press("R")  # R comes back to the verdicts left flagged
        assert app.asking is not None
        assert app.asking.title == "Span 1/1: recheck, claim resolution-not-in-call"
        await pilot.press("k")
        await settle(pilot)
        assert app.asking is None
        await pilot.press("R")  # none is left
        assert "no claim waits for a re-check" in app.message

    drive(app, script)


def test_a_flagged_verdict_is_reviewed_when_the_workspace_opens(tmp_path: Path) -> None:
    """A claim flagged by `annotate reanchor` (not here): the review asks about its
    verdict as soon as the workspace opens; R comes back to it after d."""
    from tui_support import copy_sample

    story = copy_sample(tmp_path / "s")
    app = make_app(story)
    start = app.core.text.index("over 1,300 Israelis dead")
    app.core.add_claim((start, start + 24), "quantity", verdict="correct")
    app.core.close()
    story.write_text(story.read_text().replace("over 1,300", "over 1,400"), "utf-8")
    from conftest import run_cli
    assert run_cli("reanchor", story).code == 0
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        assert app.asking is not None and "recheck" in app.asking.title
        assert "was: over [1,300] Israelis dead" in panel(app)
        await pilot.press("d")
        await settle(pilot)
        assert app.asking is None
        await pilot.press("R")
        assert app.asking is not None
        await pilot.press("v")  # another verdict: the inventory's, by letter
        assert app.asking.kind == "choice" and "i incorrect" in panel(app)
        await pilot.press("i")
        await settle(pilot)

    drive(app, script)
    claim = sidecar.load(sidecar.path_for(story)).claims[0]
    assert (claim.verdict, claim.recheck) == ("incorrect", None)


def test_at_80x24_the_keys_show_above_a_long_verdict_and_e_says_select(
        sample_dir: Path) -> None:
    """The flagged claim's was/now text fills a 24-line panel: its keys come first, and
    `?` says the workspace's `e` selects the new place (the dialogue's types it)."""
    app = _edited(sample_dir)

    async def script(pilot: Pilot) -> None:
        await pilot.press("y", "a", "x")
        await settle(pilot)
        shown = app.query_one("#panel")
        lines = [shown.render_line(y).text for y in range(shown.size.height)]
        assert "the verdict 'unverified' was" in "\n".join(lines)
        assert any("k keep" in line for line in lines), lines
        assert any("c clear" in line for line in lines), lines
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen) and app.screen.rows is not None
        helped = str(app.screen.rows)
        assert "re-pick: select the span's new place in the text" in helped
        assert "type the span" not in helped

    drive(app, script, size=(80, 24))


# -- snapshots ------------------------------------------------------------------------------

def _edited(folder: Path) -> WorkspaceApp:
    edit_like_an_editor(folder)
    return make_app(folder / ARTICLE)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_a_fuzzy_span_and_a_verdict_on_changed_words(
        snap_compare: Any, sample_dir: Path, size: tuple[int, int]) -> None:
    assert snap_compare(_edited(sample_dir), terminal_size=size,
                        run_before=pressing("y", "a", "x"))


def test_snapshot_an_orphan_being_re_picked(snap_compare: Any, sample_dir: Path) -> None:
    assert snap_compare(_edited(sample_dir), terminal_size=(80, 24),
                        run_before=pressing("y", "a", "x", "k", "e"))
