from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Annotated

import typer

from annotate.commands import a_config, a_path, a_sidecar
from annotate.errors import LockedError
from annotate.visible import homely

SidecarOpt = Annotated[Path | None, typer.Option(
    parser=a_sidecar, metavar="<path>", help="The sidecar (default: ARTICLE with .ann.yaml).")]
ConfigOpt = Annotated[Path | None, typer.Option(
    parser=a_config, metavar="<path>",
    help="An inventory file (default: the nearest annotate.yaml).")]
AnnotatorOpt = Annotated[str | None, typer.Option(
    help="Your id: work in ARTICLE.ANNOTATOR.ann.yaml, so annotators never share a file.")]


def _hangup(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # a closed terminal or `kill`: leave like Ctrl-C (all is saved)


def tag(
    article: Annotated[Path | None, typer.Argument(
        parser=a_path, help="The article file (default: the bundled sample).")] = None,
    sidecar: SidecarOpt = None,
    config: ConfigOpt = None,
    annotator: AnnotatorOpt = None,
    read_only: Annotated[bool, typer.Option(
        "--read-only", help="Look without writing (e.g. while another session holds the lock).",
    )] = False,
    plain: Annotated[bool, typer.Option(
        "--plain", help="The prompt dialogue instead of the full-screen workspace.")] = False,
) -> int:
    """Tag the actors, events and claims of an article, walked through with suggestions.

    On a terminal: the full-screen workspace (? shows its keys). Piped, with TERM=dumb
    or --plain: three prompted passes (actors, events, claims), then a command loop
    (type ? for help); the same keys in every pass: Enter accepts, r rejects, s skips,
    e edits, n adds your own, d ends the pass (`pass actors` comes back to it), u undoes,
    q quits. Every change is saved at once; reopening resumes where you left off.

    Example: annotate tag story.txt  (alone, `annotate tag` opens a copy of the bundled sample)
    """
    from annotate import render
    from annotate.tag import tui, workspace

    if not plain and tui.capable():
        return tui.main(article or workspace.sample_article(), sidecar, config, read_only,
                        annotator)
    from annotate.tag.dialogue import Dialogue, Terminal

    interactive = sys.stdin.isatty()
    console = render.console(color_system=None if not interactive else "auto", highlight=False)
    if article is None:
        article = workspace.sample_article()
        # (markup=False: a path is shown as it is, "[bold]" or "[/]" in it included)
        console.print(f"Opening the bundled sample article, copied to {homely(article)}",
                      soft_wrap=True, markup=False)
    try:
        ws = workspace.open_workspace(article, sidecar, config, read_only, annotator)
    except LockedError as exc:
        if not interactive:
            raise
        console.print(f"annotate: {exc}", markup=False)
        if not tui.read_only_wanted(console.input):
            return 1
        ws = workspace.open_workspace(article, sidecar, config, True, annotator)
    previous = {sig: signal.signal(sig, _hangup) for sig in (signal.SIGHUP, signal.SIGTERM)}
    try:
        return Dialogue(ws, Terminal(console, interactive=interactive)).run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        ws.close()
