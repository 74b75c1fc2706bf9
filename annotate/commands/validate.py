from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from annotate.errors import UsageError
from annotate.reporters import REPORTERS


def validate(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Sidecars (*.ann.yaml) or folders to search; default: the current folder.")] = None,
    output_format: Annotated[str, typer.Option(
        "--format", "-f", help=f"Output format: {', '.join(REPORTERS)}.")] = "text",
    strict: Annotated[bool, typer.Option(help="Treat warnings as errors.")] = False,
    config: Annotated[Path | None, typer.Option(
        help="Inventory file (default: nearest annotate.yaml).")] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", help="Worker processes (default: one per core).")] = 0,
) -> int:
    """Check sidecars against the schema, the inventory and their articles.

    Exit code 0 when clean, 1 when there are findings, 2 for usage errors.

    Example: annotate validate samples/ --format github
    """
    from annotate.validate import run

    if output_format not in REPORTERS:
        raise UsageError(f"unknown format {output_format!r}; choose from {', '.join(REPORTERS)}")
    report = run(paths or [Path(".")], config, jobs or None)
    if not report.files:
        raise UsageError("no sidecars (*.ann.yaml) found in " +
                         ", ".join(str(p) for p in paths or [Path(".")]))
    REPORTERS[output_format](report, sys.stdout)
    return report.exit_code(strict)
