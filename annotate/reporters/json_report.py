"""Machine-readable findings: one JSON object with the files, a summary and the problems.

A file name that is not UTF-8 (Python keeps its bytes as lone surrogates, which no
UTF-8 writer accepts) is written with those bytes as `\\xNN`, as in every other output.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TextIO

from annotate.checks import ERROR, WARNING, Problem
from annotate.reporters import ascii_only
from annotate.validate import Report
from annotate.visible import undecodable


def render(report: Report, out: TextIO) -> None:
    doc = {
        "files": len(report.files),
        "errors": report.count(ERROR),
        "warnings": report.count(WARNING),
        "configs": report.configs,  # the inventory in force ("built-in" or a file) -> files
        "problems": [_problem(p) for p in report.problems],
    }
    json.dump(doc, out, ensure_ascii=ascii_only(out), indent=2)
    out.write("\n")


def _problem(p: Problem) -> dict[str, object]:
    return {key: undecodable(value) if isinstance(value, str) else value
            for key, value in asdict(p).items()}
