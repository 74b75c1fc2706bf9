from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from annotate.commands import a_config, a_path
from annotate.visible import counted, say


def report(
    paths: Annotated[list[Path], typer.Argument(
        parser=a_path, help="Sidecars, articles, or folders to search for sidecars.")],
    output: Annotated[str, typer.Option(  # (a string: an empty one is not the folder ".")
        "--output", "-o", help="A folder (index.html plus a page per article), or, for one "
                               "article, a file ending in .html.")],
    title: Annotated[str, typer.Option(help="The index page's title.")] = "Annotation report",
    config: Annotated[Path | None, typer.Option(
        parser=a_config, metavar="<path>",
        help="Inventory file (default: nearest annotate.yaml).")] = None,
) -> int:
    """Write self-contained HTML pages of the annotations, for
    people who never open a terminal: the article with actors,
    events and claims marked (point or click to see one), claim
    cards with verdicts and evidence, tables of actors and events,
    and agreement figures when several annotators tagged an
    article. For a folder, an index with counts per article and a
    chart of claims by verdict.

    The pages need no network: their style and script are inline.

    Example: annotate report samples/ -o report/
    """
    from annotate import report as core
    from annotate.errors import UsageError
    from annotate.textfile import encodable

    if not encodable(title):
        raise UsageError(f"--title {title!r} is not valid UTF-8 text")
    if output == "-":  # (no standard output: a folder of pages, or a file)
        raise UsageError("report writes a folder or an .html file, not standard output; "
                         "give -o DIR or -o page.html")
    if not output.strip():  # (`-o "$OUT"` with OUT unset wrote the pages where it stood)
        raise UsageError("-o is empty; give a folder, or a file ending in .html")
    out = Path(output)
    result = core.build(paths, out, config, title, folder=output.endswith(("/", os.sep)))
    for message in dict.fromkeys(map(str, result.errors)):  # (a config's error: once)
        say(message)
    if result.pages:
        where = result.pages[-1]  # (the page, or the folder's index)
        say(f"wrote {counted(len(result.pages), 'page')}; open {where}")
    return max((error.exit_code for error in result.errors), default=0)
