"""Make the README's pictures of the workspace: python docs/screenshot.py

- docs/workspace.svg: the bundled sample with its actors and events tagged (from the
  reference sidecar), the claims still to do, a claim being made and its claimant
  picked by hint letters;
- docs/review.svg: the sample article edited after it was annotated (the reanchor
  section's edit), re-anchored, its review at the claim whose verdict was given for
  other words;
- docs/adjudicate.svg: alice's and bob's sidecars of the sample merged
  (tests/data/team), adjudication at the event they differ on.

120x40, in colour, through Textual's own screenshot.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.pop("NO_COLOR", None)

from annotate import cli, sidecar  # noqa: E402
from annotate.tag import workspace  # noqa: E402
from annotate.tag.tui import core as core_mod  # noqa: E402
from annotate.tag.tui.adjudicating import AdjudicateApp  # noqa: E402
from annotate.tag.tui.app import WorkspaceApp  # noqa: E402

SAMPLE = ROOT / "samples" / "putin-netanyahu-call.txt"


async def shoot(app: WorkspaceApp, keys: tuple[str, ...], title: str) -> str:
    async with app.run_test(size=(120, 40)) as pilot:
        for key in ("wait", *keys):
            if key != "wait":
                await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
        svg = app.export_screenshot(title=title)
    app.core.close()
    return svg


def tagging(folder: Path) -> WorkspaceApp:
    article = Path(shutil.copy(SAMPLE, folder))
    ref = sidecar.load(SAMPLE.with_suffix(".ann.yaml"))
    sidecar.save(sidecar.path_for(article), replace(ref, claims=[]))
    return WorkspaceApp(core_mod.open_core(article), check_after=0.0)


def reviewing(folder: Path) -> WorkspaceApp:
    from test_reanchor_cli import edit_like_an_editor

    shutil.copy(SAMPLE, folder)
    shutil.copy(SAMPLE.with_suffix(".ann.yaml"), folder)
    edit_like_an_editor(folder)
    return WorkspaceApp(core_mod.open_core(folder / SAMPLE.name), check_after=0.0)


def adjudicating(folder: Path) -> WorkspaceApp:
    team, stem = ROOT / "tests" / "data" / "team", SAMPLE.stem
    for name in ("txt", "alice.ann.yaml", "bob.ann.yaml"):
        shutil.copy(team / f"{stem}.{name}", folder)
    merged = folder / f"{stem}.ann.yaml"
    cli.run(["merge", str(folder / f"{stem}.alice.ann.yaml"),
             str(folder / f"{stem}.bob.ann.yaml"), "-o", str(merged)])
    ws = workspace.open_workspace(folder / SAMPLE.name, merged)
    return AdjudicateApp(core_mod.Core(ws), check_after=0.0)


SHOTS = {
    "workspace.svg": (tagging, ("escape", "g", ")", ")", "s", "c", "f"), "annotate tag"),
    "review.svg": (reviewing, ("y", "a", "x"), "annotate tag"),
    "adjudicate.svg": (adjudicating, ("1", "1"), "annotate adjudicate"),
}


def main() -> None:
    os.environ.setdefault("ANNOTATE_HOME", tempfile.mkdtemp())
    for name, (make, keys, title) in SHOTS.items():
        with tempfile.TemporaryDirectory() as tmp:
            svg = asyncio.run(shoot(make(Path(tmp)), keys, title))
        target = ROOT / "docs" / name
        target.write_text(svg, "utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
