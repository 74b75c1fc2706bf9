"""Driving the workspace headless (Textual's Pilot) the way a person would."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from conftest import SAMPLE_ARTICLE
from textual.pilot import Pilot

from annotate.tag.tui import core as core_mod
from annotate.tag.tui.app import WorkspaceApp


def copy_sample(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(SAMPLE_ARTICLE, folder))


def make_app(article: Path, **kw: Any) -> WorkspaceApp:
    """The app on `article`, validating at once after each change (a person's pause
    before validation would only slow the tests down)."""
    return WorkspaceApp(core_mod.open_core(article, **kw), check_after=0.0)


async def settle(pilot: Pilot) -> None:
    """Let the workers (suggestions, validation) finish and the screen catch up."""
    app = pilot.app
    assert isinstance(app, WorkspaceApp)
    await pilot.pause()
    while app._check_timer is not None:  # validation waits for the changes to stop
        await pilot.pause(0.05)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def first_claim_suggestion(pilot: Pilot) -> core_mod.Suggestion:
    """Settle, then open the claims pass (3): its first suggestion, now the current one."""
    app = pilot.app
    assert isinstance(app, WorkspaceApp)
    await settle(pilot)
    await pilot.press("3")
    sug = app.current
    assert sug is not None and sug.kind == "claim"
    return sug


async def claimant_after_accepting(pilot: Pilot, actors: int) -> None:
    """`actors` actor suggestions accepted (as many hint letters to list), then a new
    claim's form on its claimant field."""
    app = pilot.app
    assert isinstance(app, WorkspaceApp)
    for _ in range(actors):
        await pilot.press("y")
        await settle(pilot)
    await pilot.press("3", "c", "tab")
    await settle(pilot)
    assert app.form is not None and app.form.current[0] == "claimant"


def pressing(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    """A snapshot's `run_before`: each key pressed, the app settled after each."""
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
    return run_before


def drive(app: WorkspaceApp, script: Callable[[Pilot], Awaitable[None]],
          size: tuple[int, int] = (100, 32)) -> None:
    async def main() -> None:
        try:
            async with app.run_test(size=size) as pilot:
                await settle(pilot)
                await script(pilot)
        finally:
            app.core.close()

    asyncio.run(main())


def label_for(table: dict[str, Any], target: Any) -> str:
    """The hint letters a person reads on screen next to `target`."""
    return next(label for label, value in table.items() if value == target)


async def press_label(pilot: Pilot, label: str) -> None:
    for letter in label:
        await pilot.press(letter)


async def jump_to(pilot: Pilot, offset: int, key: str = "f") -> None:
    """`f` (or `F`) then the hint letters shown on the word at `offset`."""
    app = pilot.app
    assert isinstance(app, WorkspaceApp)
    await pilot.press(key)
    assert app.hint is not None, app.message
    target = next(tk for tk in app.hint.table.values() if tk[0] <= offset < tk[1])
    await press_label(pilot, label_for(app.hint.table, target))


async def tag_putin(pilot: Pilot, text: str) -> None:
    """From the start: "Vladimir Putin" selected (`f`, `]`) and saved as a person actor
    (`a`, `p`), the actor putin."""
    await pilot.press("escape")
    await jump_to(pilot, text.index("Vladimir Putin"))
    await pilot.press("]", "a", "p")
    await settle(pilot)


async def select_sentence(pilot: Pilot, number: int) -> None:
    """`:s N` then `s`: sentence N shown and selected whole."""
    await pilot.press("escape", ":", "s", *str(number), "enter", "s")
    await settle(pilot)


def screen_text(app: WorkspaceApp) -> str:
    """The article pane as it is drawn now."""
    view = app.view
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


def screen_lines(app: WorkspaceApp) -> list[str]:
    """The whole screen as drawn now (what `tmux capture-pane` would show), line by line."""
    return [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]
