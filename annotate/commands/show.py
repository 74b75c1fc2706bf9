from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


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
    return 0


def schema() -> int:
    """Print the sidecar JSON Schema (draft 2020-12).

    Example: annotate schema > annotation.schema.json
    """
    from annotate.schema import text

    print(text(), end="")
    return 0
