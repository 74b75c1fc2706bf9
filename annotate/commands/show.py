from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from annotate.commands import a_path, a_sidecar, warn_if_config_broken
from annotate.visible import counted, say


def show(
    article: Annotated[Path, typer.Argument(parser=a_path, help="The article file.")],
    sidecar: Annotated[Path | None, typer.Option(
        parser=a_sidecar, metavar="<path>",
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
    ann = sidecar_mod.load_given(path, article) if path.exists() or path.is_symlink() \
        else None
    if ann is not None:
        sidecar_mod.check_belongs(path, ann, article)
    warn_if_config_broken(path)
    render.show(render.console(), art, ann)
    if ann is None:
        return 0
    # What is shown, then what is off: an article edited since (re-anchoring is due: a
    # warning); spans that are not their text in the article they were made on (the
    # annotators' versions' too), an id given twice, a reference to no annotation (a broken
    # sidecar: exit 1, as `validate`'s)
    bad = sidecar_mod.misplaced(ann, art.text)
    unmarked = f"{counted(len(bad), 'span')} left unmarked" if bad else ""
    if ann.document.sha256 != art.sha256:
        say(f"{path}: its article changed since it was annotated"
            + (f"; {unmarked}" if bad else "") + "; `annotate reanchor` re-anchors the spans")
        bad = []
    versions = len(sidecar_mod.misplaced(ann, art.text, ann.disputed_spans())) \
        if ann.document.sha256 == art.sha256 else 0
    twice = len(ann.ids_twice())
    dangling = sum(1 for _ in ann.dangling())
    problems = [f"{counted(n, what)} {verb(n == 1)}" for n, what, verb in (
        (len(bad), "span", lambda one: ("is not its" if one else "are not their")
         + " text in the article, left unmarked"),
        (twice, "id", lambda one: ("is" if one else "are each") + " given to two annotations"),
        (dangling, "reference", lambda one: ("leads" if one else "lead") + " to no annotation"),
        (versions, "span", lambda one: "of the annotators' versions in disagreements "
         + ("is not its" if one else "are not their") + " text in the article"),
    ) if n]
    if problems:
        say(f"{path}: " + "; ".join(problems) + "; `annotate validate` shows where")
    return 1 if problems else 0


def schema() -> int:
    """Print the sidecar JSON Schema (draft 2020-12).

    Example: annotate schema > annotation.schema.json
    """
    from annotate.schema import text

    print(text(), end="")
    return 0
