from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from annotate.visible import counted, say


def show(
    article: Annotated[Path, typer.Argument(help="The article file.")],
    sidecar: Annotated[Path | None, typer.Option(
        help="The sidecar (default: ARTICLE with .ann.yaml).")] = None,
) -> int:
    """Print the article with numbered sentences and its annotations highlighted, then tables.

    Example: annotate show samples/putin-netanyahu-call.txt
    """
    from annotate import article as article_mod
    from annotate import render
    from annotate import sidecar as sidecar_mod

    art = article_mod.load(article)
    path = sidecar or sidecar_mod.path_for(article)
    ann = sidecar_mod.load(path) if path.exists() or path.is_symlink() else None
    render.show(render.console(), art, ann)
    if ann is None:
        return 0
    # What is shown, then what is off: an article edited since (re-anchoring is due: a
    # warning), or spans that are not their text in the article it was made on (a broken
    # sidecar: exit 1, as `validate`'s)
    bad = sidecar_mod.misplaced(ann, art)
    off = f"; {counted(len(bad), 'span')} left unmarked" if bad else ""
    if ann.document.sha256 != art.sha256:
        say(f"{path}: its article changed since it was annotated{off}; `annotate reanchor` "
            "re-anchors the spans")
        return 0
    if bad:
        verb = "is not its" if len(bad) == 1 else "are not their"
        say(f"{path}: {counted(len(bad), 'span')} {verb} text in the article, left unmarked; "
            "`annotate validate` shows where")
    return 1 if bad else 0


def schema() -> int:
    """Print the sidecar JSON Schema (draft 2020-12).

    Example: annotate schema > annotation.schema.json
    """
    from annotate.schema import text

    print(text(), end="")
    return 0
