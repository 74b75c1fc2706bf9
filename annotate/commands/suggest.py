from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from annotate.commands import a_config, a_path, a_sidecar
from annotate.visible import say


class Format(str, Enum):
    yaml = "yaml"
    json = "json"


def suggest(
    article: Annotated[Path, typer.Argument(parser=a_path, help="The article file.")],
    format: Annotated[Format, typer.Option(
        "--format", help="Output format: yaml, laid out as a sidecar, or json.")] = Format.yaml,
    recommender: Annotated[list[str] | None, typer.Option(
        "--recommender", "-r",
        help="Only these recommenders: built-in, project, spacy (repeatable; default: the "
             "config's nlp.recommenders).")] = None,
    sidecar: Annotated[Path | None, typer.Option(
        parser=a_sidecar, metavar="<path>",
        help="The sidecar whose tags and rejections apply (default: ARTICLE with .ann.yaml).",
    )] = None,
    config: Annotated[Path | None, typer.Option(
        parser=a_config, metavar="<path>",
        help="An inventory file (default: the nearest annotate.yaml).")] = None,
) -> int:
    """Print the recommenders' suggestions for an article, in the sidecar's own shape.

    Actors, events and claims, each with a score and the recommender(s) it came from;
    what the sidecar already tags or rejected is left out. For batch pre-annotation,
    review and measurement.

    Example: annotate suggest samples/putin-netanyahu-call.txt --format json
    """
    from annotate import yamlio
    from annotate.suggest import output
    from annotate.textfile import utf8_stdout

    if sidecar is not None:
        from annotate import sidecar as sidecar_mod

        sidecar_mod.check_not_article(sidecar, article)
    data, notes = output.for_article(article, sidecar, config, recommender)
    for note in notes:
        say(note)
    with utf8_stdout() as stdout:  # (names are not '?' on an ASCII terminal)
        if format is Format.json:
            print(json.dumps(data, ensure_ascii=False, indent=2), file=stdout)
        else:
            print(yamlio.dump(data), end="", file=stdout)
    return 0
