"""The full-screen workspace of `annotate tag` (Textual), for capable terminals.

Textual is imported only when the workspace opens, so the other commands never pay for
it. `core` is the one module that talks to the rest of annotate.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotate.tag.tui.core import Core
    from annotate.tag.workspace import Workspace


def capable() -> bool:
    """A terminal the workspace can take over: a TTY on every end, not TERM=dumb (Textual
    draws on standard error: redirected, the screen would stay blank while keys act)."""
    term = os.environ.get("TERM", "")
    return sys.stdin.isatty() and sys.stdout.isatty() and sys.stderr.isatty() and \
        term not in ("", "dumb")


def main(article: Path, sidecar: Path | None = None, config: Path | None = None,
         read_only: bool = False, annotator: str | None = None) -> int:
    """Open the workspace on `article`; the exit code (130 when interrupted)."""
    from annotate.errors import LockedError
    from annotate.tag.tui import core as core_mod
    from annotate.visible import say

    try:
        core = core_mod.open_core(article, sidecar, config, read_only, annotator)
    except LockedError as exc:
        say(str(exc))
        answer = input("Open it read-only? [Y/n] ").strip().lower()
        if answer not in ("", "y", "yes"):
            return 1
        core = core_mod.open_core(article, sidecar, config, True, annotator)
    try:
        return run(core)
    finally:
        core.close()


def run(core: Core) -> int:
    from annotate.tag.tui.app import WorkspaceApp

    app = WorkspaceApp(core)
    code = app.run()
    if code is None:  # the app stopped without saying why (the terminal went away)
        code = 130
    from annotate.visible import homely, say

    ann = app.core.ann
    where = homely(app.core.sidecar_path)
    if app.core.read_only and app.core.saved:
        print(f"read-only, nothing saved: {ann.counts()} in {where}")
    elif app.core.saved:
        # (an open form is the edit in flight: not saved, and said so)
        dropped = f"the open {app.form.what} form was not saved" if app.form else "nothing lost"
        if code == 130:  # (on stderr, as the prompt dialogue says it, out of a transcript)
            say(f"saved {ann.counts()} in {where}; interrupted, {dropped}")
        else:
            print(f"saved {ann.counts()} in {where}")
    else:
        print("nothing tagged, nothing saved")
    return code


def adjudicate(ws: Workspace) -> int:
    """Decide the open disagreements of the merged sidecar open in `ws`, full screen."""
    from annotate.tag.tui import adjudicating
    from annotate.tag.tui.core import Core

    return adjudicating.run(Core(ws))
