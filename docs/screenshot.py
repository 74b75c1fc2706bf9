"""Make docs/workspace.svg, the README's picture of the workspace: python docs/screenshot.py

The bundled sample with its actors and events tagged (from the reference sidecar), the
claims still to do, a claim being made and its claimant picked by hint letters; 120x40,
in colour, through Textual's own screenshot.
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
os.environ.pop("NO_COLOR", None)

from annotate import sidecar  # noqa: E402
from annotate.tag.tui import core as core_mod  # noqa: E402
from annotate.tag.tui.app import WorkspaceApp  # noqa: E402


async def shoot(folder: Path) -> str:
    article = Path(shutil.copy(ROOT / "samples" / "putin-netanyahu-call.txt", folder))
    ref = sidecar.load(ROOT / "samples" / "putin-netanyahu-call.ann.yaml")
    sidecar.save(sidecar.path_for(article), replace(ref, claims=[]))
    app = WorkspaceApp(core_mod.open_core(article))
    async with app.run_test(size=(120, 40)) as pilot:
        for key in ("wait", "escape", "g", ")", ")", "s", "c", "f"):
            if key != "wait":
                await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
        svg = app.export_screenshot(title="annotate tag")
    app.core.close()
    return svg


def main() -> None:
    os.environ.setdefault("ANNOTATE_HOME", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory() as tmp:
        svg = asyncio.run(shoot(Path(tmp)))
    target = ROOT / "docs" / "workspace.svg"
    target.write_text(svg, "utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
