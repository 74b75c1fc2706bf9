"""Findings for people: grouped by file, `file:line:col`, and a summary line."""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from rich.console import Console
from rich.markup import escape

from annotate.checks import ERROR, WARNING
from annotate.validate import Report


def render(report: Report, out: TextIO) -> None:
    console = Console(file=out, highlight=False, soft_wrap=True)
    for file, problems in groupby(report.problems, key=lambda p: p.file):
        console.print(f"[bold]{escape(file)}[/]")
        for p in problems:
            colour = "red" if p.severity == ERROR else "yellow"
            console.print(f"  {escape(file)}:{p.line}:{p.column}: [{colour}]{p.severity}[/] "
                          f"{escape(p.message)} [dim]({escape(p.path)}, {p.rule})[/]")
    errors, warnings = report.count(ERROR), report.count(WARNING)
    files = len(report.files)
    bad = len({p.file for p in report.problems if p.severity == ERROR})
    noun = "file" if files == 1 else "files"
    if errors or warnings:
        summary = (f"{files} {noun} checked: {errors} error(s) in {bad} file(s), "
                   f"{warnings} warning(s)")
        console.print(f"[{'red' if errors else 'yellow'}]{summary}[/]")
    else:
        console.print(f"[green]{files} {noun} checked: all valid[/]")
