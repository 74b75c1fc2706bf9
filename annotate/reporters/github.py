"""GitHub Actions: one workflow command per finding, so each shows up on the pull request
at its line, plus a Markdown table of every finding in the job summary.

Escaping follows the runner's rules (actions/toolkit `command.ts`): data escapes `%`, CR
and LF; property values also escape `:` and `,`, which would otherwise end the value.
Bytes of a file name that are not UTF-8 are written `\\xNN`, as in every other output.
"""

from __future__ import annotations

import os
from typing import TextIO

from annotate.checks import ERROR, Problem, tally
from annotate.validate import Report
from annotate.visible import counted, say, undecodable, visible


def escape_data(value: str) -> str:
    # (then every other control character shown as a symbol: a file name's ESC must not
    # drive the terminal that shows the log)
    return visible(undecodable(value).replace("%", "%25").replace("\r", "%0D")
                   .replace("\n", "%0A"))


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(p: Problem) -> str:
    level = "error" if p.severity == ERROR else "warning"
    props = {"file": p.file, "line": str(p.line), "col": str(p.column),
             "title": f"annotate {p.rule}"}
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
    return f"::{level} {joined}::{escape_data(f'{p.message} ({p.path})')}"


def summary_line(report: Report) -> str:
    return (f"{counted(len(report.files), 'file')} checked: "
            f"{tally(p.severity for p in report.problems)}")


def _cell(value: object) -> str:
    return undecodable(str(value)).replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ") \
        .replace("\n", "<br>")


def markdown(report: Report) -> str:
    lines = ["## annotate validate", "", summary_line(report), ""]
    if report.problems:
        lines += ["| File | Line | Column | Severity | Rule | Path | Message |",
                  "| --- | ---: | ---: | --- | --- | --- | --- |"]
        lines += [f"| {_cell(p.file)} | {p.line} | {p.column} | {p.severity} | {_cell(p.rule)} "
                  f"| `{_cell(p.path)}` | {_cell(p.message)} |" for p in report.problems]
        lines.append("")
    return "\n".join(lines) + "\n"


def render(report: Report, out: TextIO) -> None:
    for p in report.problems:
        out.write(command(p) + "\n")
    out.write(summary_line(report) + "\n")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        try:
            with open(summary, "a", encoding="utf-8") as handle:  # the runner's: append only
                handle.write(markdown(report))
        except OSError as e:  # (the findings above stand: the exit code is theirs)
            say(f"warning: GITHUB_STEP_SUMMARY={summary}: cannot write the job summary there "
                f"({e.strerror or e})")
