from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from annotate.commands import a_config, a_path
from annotate.errors import UsageError
from annotate.reporters import REPORTERS


# Paths are taken as plain strings: typer's Path conversion imports pydantic, which
# costs more than the whole check of one sidecar (this command runs in pre-commit hooks).
def validate(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Sidecars (*.ann.yaml), articles (their sidecars) or folders to search; "
             "default: the current folder.",
        show_default=False)] = None,
    output_format: Annotated[str, typer.Option(
        "--format", "-f", help=f"Output format: {', '.join(REPORTERS)}.")] = "text",
    strict: Annotated[bool, typer.Option(help="Treat warnings as errors.")] = False,
    config: Annotated[str | None, typer.Option(
        help="Inventory file (default: nearest annotate.yaml).", show_default=False)] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", help="Worker processes (default: one per core; at most four per "
                           "core).", show_default=False)] = 0,
) -> int:
    """Check sidecars against the schema, the inventory and their articles.

    Exit code 0 when clean, 1 when there are findings, 2 for usage errors.
    Formats: text for people, json, github (annotations + job summary), sarif, junit.

    Example: annotate validate samples/ --format github
    """
    from annotate.validate import none_found, run

    if output_format not in REPORTERS:
        raise UsageError(f"unknown format {output_format!r}; choose from {', '.join(REPORTERS)}")
    if jobs < 0:
        raise UsageError(f"--jobs must be 0 (one per core) or more, not {jobs}")
    targets = [a_path(p) for p in paths] if paths else [Path(".")]
    report = run(targets, None if config is None else a_config(config), jobs or None)
    if not report.files:
        raise none_found(targets)
    if strict:
        report = report.strictly()
    REPORTERS[output_format](report, sys.stdout)
    return report.exit_code(strict)
