"""SARIF 2.1.0, the format GitHub code scanning (and most CI dashboards) import.

Checked with Microsoft's SARIF multitool (`validate --rule-kind "Sarif;Gh"`: the SARIF
rules and GitHub's ingestion rules) with no result: every rule has a readable `name`
(PascalCase, never its id), a `fullDescription` and `help`; the tool has an
`informationUri`; every result has `partialFingerprints`, so an alert keeps its identity
while lines above it move.

Columns from PyYAML count code points, which SARIF calls `unicodeCodePoints`. Paths are
URIs relative to the current folder (the repository root in CI) under `%SRCROOT%`, made
from the file name's bytes as RFC 3986 says (`%20` for a space, `%23` for `#`, `%FF`
for a byte that is not UTF-8), so any name gives a valid URI.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote_from_bytes

from annotate import __version__
from annotate.checks import ERROR, RULES, WARNING, WARNING_RULES, Problem
from annotate.reporters import ascii_only
from annotate.validate import Report
from annotate.visible import undecodable

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/claim-annotate/"
# What each rule is called in a dashboard. SARIF wants a name that is not the id (the
# multitool compares them ignoring case, so "Yaml" would not do).
NAMES = {
    "yaml": "AcceptedYaml", "read": "ReadableUtf8", "schema": "MatchesSchema",
    "duplicate-id": "UniqueIds", "dangling-reference": "ResolvedReferences",
    "span-range": "SpanInsideArticle", "span-text": "SpanTextMatchesArticle",
    "span-moved": "SpanNotMoved", "span-fuzzy": "SpanMatchesExactly",
    "span-ambiguous": "SpanNotAmbiguous", "span-lost": "SpanNotLost",
    "article-changed": "ArticleUnchanged", "article-missing": "ArticlePresent",
    "inventory": "InInventory", "role": "RoleAllowed", "orphaned": "NoOrphanedSpans",
    "duplicate-span": "NoDuplicateSpans", "duplicate-participant": "NoDuplicateParticipants",
    "recheck": "VerdictForCurrentText",
    "open-disagreement": "NoOpenDisagreements",
}
HELP = ("Run `annotate validate` on the sidecar for the finding with its line, column and "
        "JSON path; `annotate reanchor ARTICLE` repairs spans after the article was edited. "
        "See the README's `annotate validate` section.")


def rule_name(rule: str) -> str:
    return NAMES.get(rule) or "".join(part.capitalize() for part in rule.split("-")) + "Check"


def uri(path: str) -> str:
    """A path as an RFC 3986 URI reference: its bytes percent-encoded, `/` kept."""
    return quote_from_bytes(os.fsencode(path), safe="/")


def artifact(file: str) -> dict[str, str]:
    relative = os.path.relpath(file)
    if relative.startswith(".."):
        return {"uri": Path(file).resolve().as_uri()}
    return {"uri": uri(Path(relative).as_posix()), "uriBaseId": "%SRCROOT%"}


def descriptor(rule: str) -> dict[str, Any]:
    level = WARNING if rule in WARNING_RULES else ERROR
    return {"id": rule, "name": rule_name(rule),
            "shortDescription": {"text": RULES[rule]},
            "fullDescription": {"text": f"{RULES[rule]} Findings of `{rule}` are {level}s"
                                        + (" (errors under --strict)." if level == WARNING
                                           else ".")},
            "help": {"text": HELP},
            "defaultConfiguration": {"level": level}}


def fingerprint(p: Problem, seen: Counter[str]) -> dict[str, str]:
    """Rule, file and JSON path: what a finding is about, not the line it is on now."""
    key = f"{p.rule}\0{undecodable(p.file)}\0{undecodable(p.path)}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    seen[digest] += 1
    return {"annotateFinding/v1": f"{digest}:{seen[digest]}"}


def document(report: Report) -> dict[str, Any]:
    rule_ids = list(RULES)
    index = {rule: i for i, rule in enumerate(rule_ids)}
    seen: Counter[str] = Counter()
    results = []
    for p in report.problems:
        result: dict[str, Any] = {
            "ruleId": p.rule,
            "level": "error" if p.severity == ERROR else "warning",
            "message": {"text": undecodable(p.message)},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": artifact(p.file),
                    "region": {"startLine": p.line, "startColumn": p.column},
                },
                "logicalLocations": [{"fullyQualifiedName": undecodable(p.path)}],
            }],
            "partialFingerprints": fingerprint(p, seen),
        }
        if p.rule in index:
            result["ruleIndex"] = index[p.rule]
        results.append(result)
    root = Path.cwd().as_uri().rstrip("/") + "/"
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "annotate", "version": __version__,
                                "informationUri": INFORMATION_URI,
                                "rules": [descriptor(rule) for rule in rule_ids]}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": root}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(report: Report, out: TextIO) -> None:
    json.dump(document(report), out, ensure_ascii=ascii_only(out), indent=2)
    out.write("\n")
