"""The full-screen workspace of `annotate tag` (Textual), for capable terminals.

Textual is imported only when the workspace opens, so the other commands never pay for
it. `core` is the one module that talks to the rest of annotate.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
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
        if not read_only_wanted(input):
            return 1
        core = core_mod.open_core(article, sidecar, config, True, annotator)
    try:
        return run(core)
    finally:
        core.close()


def read_only_wanted(ask: Callable[[str], str]) -> bool:
    """Whether the person asked opens a sidecar another session holds read-only; a no is
    said (it had ended in silence), and Ctrl-C leaves the prompt's line first."""
    from annotate.visible import say

    try:
        answer = ask("Open it read-only? [Y/n] ").strip().lower()
    except KeyboardInterrupt:
        print()  # ("^C" is on the prompt's line: the message goes on the next)
        raise
    if answer in ("", "y", "yes"):
        return True
    say("not opened: the other session keeps it (--read-only opens it without asking)")
    return False


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
