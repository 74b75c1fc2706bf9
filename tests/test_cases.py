"""File-drop acceptance cases: every sidecar in tests/data/invalid/ must fail with what its
`.expected` file says, and every sidecar in tests/data/valid/ (and samples/) must pass.

An `.expected` file holds one finding per line, `LINE:COL SEVERITY RULE message`, where
the message is a substring of the reported one; `#` starts a comment. Every expected
finding must be reported and nothing else may be. A case whose findings are all
warnings passes without --strict and fails with it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, run_cli

from annotate.checks import RULES

DATA = ROOT / "tests" / "data"
INVALID = sorted((DATA / "invalid").glob("*.ann.yaml"))
VALID = sorted((DATA / "valid").rglob("*.ann.yaml"))
_LINE = re.compile(r"^(\d+):(\d+) (error|warning) ([a-z-]+) (.+)$")


@dataclass(frozen=True)
class Expected:
    line: int
    column: int
    severity: str
    rule: str
    message: str

    def matches(self, problem: dict) -> bool:
        where = (problem["line"], problem["column"], problem["severity"], problem["rule"])
        return where == (self.line, self.column, self.severity, self.rule) and \
            self.message in problem["message"]


def expected_for(sidecar: Path) -> list[Expected]:
    path = sidecar.with_name(sidecar.name.removesuffix(".ann.yaml") + ".expected")
    out = []
    for raw in path.read_text("utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        match = _LINE.match(raw)
        assert match, f"{path.name}: cannot read {raw!r}"
        line, column, severity, rule, message = match.groups()
        out.append(Expected(int(line), int(column), severity, rule, message))
    assert out, f"{path.name} expects nothing"
    return out


def validate_json(*args: object) -> tuple[int, list[dict]]:
    result = run_cli("validate", "--format", "json", *args)
    assert result.code in (0, 1), result
    return result.code, json.loads(result.out)["problems"]


@pytest.mark.parametrize("sidecar", INVALID, ids=lambda p: p.name.removesuffix(".ann.yaml"))
def test_invalid_case(sidecar: Path) -> None:
    expected = expected_for(sidecar)
    code, problems = validate_json(sidecar)
    for want in expected:
        assert any(want.matches(p) for p in problems), f"{want} not in {problems}"
    unexpected = [p for p in problems if not any(want.matches(p) for want in expected)]
    assert not unexpected, f"reported but not expected: {unexpected}"
    assert all(p["file"] == str(sidecar) for p in problems)
    if any(want.severity == "error" for want in expected):
        assert code == 1
    else:
        assert code == 0  # warnings alone pass...
        strict_code, strict = validate_json("--strict", sidecar)
        assert strict_code == 1  # ...unless --strict, which makes them errors
        assert {p["severity"] for p in strict} == {"error"}


def test_there_are_enough_cases_and_every_rule_is_covered() -> None:
    assert len(INVALID) >= 30
    rules = {want.rule for sidecar in INVALID for want in expected_for(sidecar)}
    assert rules == set(RULES)


def test_all_invalid_cases_at_once_report_every_file() -> None:
    """One folder run: a broken file never hides the others, each keeps its own findings."""
    code, problems = validate_json(DATA / "invalid")
    assert code == 1
    assert {p["file"] for p in problems} == {str(p) for p in INVALID}
    total = sum(len(expected_for(p)) for p in INVALID)
    assert len(problems) == total


@pytest.mark.parametrize("sidecar", VALID, ids=lambda p: p.name)
def test_valid_case(sidecar: Path) -> None:
    code, problems = validate_json("--strict", sidecar)
    assert (code, problems) == (0, [])


def test_samples_always_validate() -> None:
    code, problems = validate_json("--strict", SAMPLES)
    assert (code, problems) == (0, [])
