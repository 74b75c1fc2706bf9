"""SARIF 2.1.0, the format GitHub code scanning (and most CI dashboards) import.

Columns from PyYAML count code points, which SARIF calls `unicodeCodePoints`. Paths are
URIs relative to the current folder (the repository root in CI) under `%SRCROOT%`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from annotate import __version__
from annotate.checks import ERROR, RULES, WARNING, WARNING_RULES
from annotate.validate import Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


def artifact(file: str) -> dict[str, str]:
    relative = os.path.relpath(file)
    if relative.startswith(".."):
        return {"uri": Path(file).resolve().as_uri()}
    return {"uri": quote(Path(relative).as_posix()), "uriBaseId": "%SRCROOT%"}


def document(report: Report) -> dict[str, Any]:
    rule_ids = list(RULES)
    index = {rule: i for i, rule in enumerate(rule_ids)}
    rules = [{"id": rule, "name": rule.title().replace("-", ""),
              "shortDescription": {"text": RULES[rule]},
              "defaultConfiguration": {"level": WARNING if rule in WARNING_RULES else ERROR}}
             for rule in rule_ids]
    results = []
    for p in report.problems:
        result: dict[str, Any] = {
            "ruleId": p.rule,
            "level": "error" if p.severity == ERROR else "warning",
            "message": {"text": p.message},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": artifact(p.file),
                    "region": {"startLine": p.line, "startColumn": p.column},
                },
                "logicalLocations": [{"fullyQualifiedName": p.path}],
            }],
        }
        if p.rule in index:
            result["ruleIndex"] = index[p.rule]
        results.append(result)
    root = Path.cwd().as_uri().rstrip("/") + "/"
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "annotate", "version": __version__, "rules": rules}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": root}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(report: Report, out: TextIO) -> None:
    json.dump(document(report), out, ensure_ascii=False, indent=2)
    out.write("\n")
