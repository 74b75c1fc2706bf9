"""Findings for people: grouped by file, `file:line:col`, and a summary line.

Rich colours the output on a terminal. Piped output (pre-commit, CI) is the same text
without styles, written directly: importing rich would cost more than checking a file.

File names and messages are shown with `visible_line`: a file name holding a newline
and `::warning ...` must not start a line a CI log reads as a command, nor an escape
sequence reach the terminal.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from itertools import groupby
from typing import TextIO

from annotate.checks import ERROR, WARNING
from annotate.validate import Report
from annotate.visible import counted, visible_line

Line = list[tuple[str, str]]  # (text, rich style) segments


def lines(report: Report) -> Iterator[Line]:
    for file, problems in groupby(report.problems, key=lambda p: p.file):
        name = visible_line(file)
        yield [(name, "bold")]
        for p in problems:
            colour = "red" if p.severity == ERROR else "yellow"
            yield [(f"  {name}:{p.line}:{p.column}: ", ""), (p.severity, colour),
                   (f" {visible_line(p.message)} ", ""),
                   (f"({visible_line(p.path)}, {p.rule})", "dim")]
    errors, warnings = report.count(ERROR), report.count(WARNING)
    files = len(report.files)
    bad = len({p.file for p in report.problems if p.severity == ERROR})
    checked = f"{counted(files, 'file')} checked{against(report.configs)}"
    if errors or warnings:
        where = f" in {counted(bad, 'file')}" if errors else ""
        summary = f"{checked}: {counted(errors, ERROR)}{where}, {counted(warnings, WARNING)}"
        yield [(summary, "red" if errors else "yellow")]
    else:
        yield [(f"{checked}: all valid", "green")]


def against(configs: dict[str, int]) -> str:
    """Which inventory was in force: ' with the built-in inventory', ' with
    news/annotate.yaml', or each with its number of files."""
    def name(source: str) -> str:
        if source == "built-in":
            return "the built-in inventory"
        relative = os.path.relpath(source)
        return source if relative.startswith("..") else relative

    if not configs:
        return ""
    if len(configs) == 1:
        return f" with {name(next(iter(configs)))}"
    ranked = sorted(configs.items(), key=lambda kv: (-kv[1], kv[0]))
    shown = [f"{name(source)} ({count})" for source, count in ranked[:3]]
    more = f" and {len(ranked) - 3} more" if len(ranked) > 3 else ""
    return " with " + ", ".join(shown) + more


def _styled(out: TextIO) -> bool:
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def render(report: Report, out: TextIO) -> None:
    if not _styled(out):
        for line in lines(report):
            out.write("".join(text for text, _ in line) + "\n")
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False, soft_wrap=True)
    for line in lines(report):
        console.print(Text.assemble(*line))
