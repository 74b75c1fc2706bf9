"""Machine-readable findings: one JSON object with the files, a summary and the problems."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TextIO

from annotate.checks import ERROR, WARNING
from annotate.validate import Report


def render(report: Report, out: TextIO) -> None:
    doc = {
        "files": len(report.files),
        "errors": report.count(ERROR),
        "warnings": report.count(WARNING),
        "configs": report.configs,  # the inventory in force ("built-in" or a file) -> files
        "problems": [asdict(p) for p in report.problems],
    }
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")
