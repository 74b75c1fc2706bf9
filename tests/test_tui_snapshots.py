"""SVG snapshots of the workspace's main screens at 80x24 and 120x40.

A change to what a screen shows fails here; when it is meant, look at the new SVGs
(`pytest --snapshot-report`) and accept them with `pytest tests/test_tui_snapshots.py
--snapshot-update`. Every test runs under NO_COLOR (conftest), so these are the
colourless screens; one is taken in colour.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tui_support import copy_sample, make_app, pressing

from annotate.tag.tui.app import WorkspaceApp

SIZES = [(80, 24), (120, 40)]


def _app(tmp_path: Path, prepare: Any = None) -> WorkspaceApp:
    story = copy_sample(tmp_path / "story")
    app = make_app(story)
    if prepare is not None:
        prepare(app.core)
        app.core.close()
        app = make_app(story)
    return app


def _tagged(core: Any) -> None:
    core.add_actor("Vladimir Putin", "person", [(364, 378), (0, 5)])
    core.add_actor("Benjamin Netanyahu", "person", [(326, 344), (52, 61)])
    core.add_event("communication", (285, 297), [("putin", "speaker"),
                                                 ("netanyahu", "addressee")])
    core.add_claim((435, 555), "quantity", verdict="mostly-correct", about=["conversation"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_first_screen_with_a_suggestion(snap_compare: Any, tmp_path: Path,
                                        size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=pressing())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_tagged_article_and_the_item_under_the_cursor(snap_compare: Any, tmp_path: Path,
                                                      size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path, _tagged), terminal_size=size,
                        run_before=pressing("escape", "g", ")", ")", "l", "l", "l"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_claim_form_picking_a_claimant_by_hint_letters(snap_compare: Any, tmp_path: Path,
                                                       size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path, _tagged), terminal_size=size,
                        run_before=pressing("escape", "g", ")", ")", "s", "c", "f"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_jump_hints(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=pressing("escape", "f"))


def test_help_screen(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(_app(tmp_path), terminal_size=(80, 24),
                        run_before=pressing("question_mark"))


def _changed(tmp_path: Path) -> WorkspaceApp:
    story = copy_sample(tmp_path / "story")
    app = make_app(story)
    start = app.core.text.index("over 1,300")
    app.core.add_claim((start, start + len("over 1,300 Israelis dead")), "quantity",
                       verdict="correct")
    app.core.close()
    story.write_text(story.read_text().replace("over 1,300", "over 1,400"), "utf-8")
    return make_app(story)


def test_reanchor_plan(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(_changed(tmp_path), terminal_size=(80, 24), run_before=pressing())


def test_verdict_recheck(snap_compare: Any, tmp_path: Path) -> None:
    assert snap_compare(_changed(tmp_path), terminal_size=(80, 24), run_before=pressing("y"))


def test_colour_screen(snap_compare: Any, tmp_path: Path,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    assert snap_compare(_app(tmp_path, _tagged), terminal_size=(120, 40),
                        run_before=pressing("escape", "g", ")", ")", "s", "c", "f"))
