from __future__ import annotations

import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import ROOT, run_cli

from annotate.checks import RULES, WARNING, Problem
from annotate.reporters import REPORTERS, github, junit, sarif, text
from annotate.validate import Report

SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
INVALID = ROOT / "tests" / "data" / "invalid"


def report() -> Report:
    """Two files with findings (awkward characters included) and one clean file."""
    return Report(
        ["data/a,b:c.ann.yaml", "data/ok.ann.yaml", "data/w.ann.yaml"],
        [Problem("data/a,b:c.ann.yaml", 3, 5, "$.claims[0].kind", "inventory",
                 "kind 'x' is 100% <unknown> & odd | piped\nsecond line"),
         Problem("data/a,b:c.ann.yaml", 9, 1, "$.document.sha256", "article-changed",
                 "the article changed", WARNING),
         Problem("data/w.ann.yaml", 2, 2, "$.actors[0].mentions[0]", "orphaned",
                 "span 'x' was orphaned", WARNING)])


def render(name: str, rep: Report) -> str:
    out = io.StringIO()
    REPORTERS[name](rep, out)
    return out.getvalue()


def test_format_choices_come_from_the_registry() -> None:
    assert set(REPORTERS) == {"text", "json", "github", "sarif", "junit"}
    help_text = run_cli("validate", "--help").out
    for name in REPORTERS:
        assert name in help_text
    for name in REPORTERS:  # every reporter renders an empty and a full report
        assert render(name, Report(["x.ann.yaml"], []))
        assert render(name, report())


def test_unknown_format_is_a_usage_error() -> None:
    result = run_cli("validate", "--format", "xml", INVALID / "orphaned.ann.yaml")
    assert result.code == 2
    assert result.err == ("annotate: unknown format 'xml'; choose from text, json, github, "
                          "sarif, junit\n")


# --- text ----------------------------------------------------------------------

def test_text_groups_by_file_with_a_summary() -> None:
    lines = render("text", report()).splitlines()
    assert lines == [
        "data/a,b:c.ann.yaml",
        # one finding, one line: a line break in a message is shown, not followed
        "  data/a,b:c.ann.yaml:3:5: error kind 'x' is 100% <unknown> & odd | piped␊"
        "second line ($.claims[0].kind, inventory)",
        "  data/a,b:c.ann.yaml:9:1: warning the article changed ($.document.sha256, "
        "article-changed)",
        "data/w.ann.yaml",
        "  data/w.ann.yaml:2:2: warning span 'x' was orphaned ($.actors[0].mentions[0], "
        "orphaned)",
        "3 files checked: 1 error in 1 file, 2 warnings"]
    assert render("text", Report(["a"], [])) == "1 file checked: all valid\n"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_text_is_coloured_on_a_terminal_unless_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    out = Terminal()
    text.render(report(), out)
    assert "\x1b[" in out.getvalue()
    # Text that looks like rich markup is printed as it is, never interpreted.
    out = Terminal()
    text.render(Report(["[b]x.ann.yaml"], [Problem("[b]x.ann.yaml", 1, 1, "$", "yaml",
                                                   "tag [bold]!x[/bold] refused")]), out)
    assert "[b]x.ann.yaml" in out.getvalue() and "[bold]!x[/bold]" in out.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    out = Terminal()
    text.render(report(), out)
    assert "\x1b[" not in out.getvalue()
    assert out.getvalue() == render("text", report())


# --- json ----------------------------------------------------------------------

def test_json_lists_every_problem() -> None:
    doc = json.loads(render("json", report()))
    assert (doc["files"], doc["errors"], doc["warnings"]) == (3, 1, 2)
    assert doc["problems"][0] == {
        "file": "data/a,b:c.ann.yaml", "line": 3, "column": 5, "path": "$.claims[0].kind",
        "rule": "inventory", "message": "kind 'x' is 100% <unknown> & odd | piped\nsecond line",
        "severity": "error"}


# --- github ----------------------------------------------------------------------

def test_github_escaping_rules() -> None:
    assert github.escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    # A file name's ESC, OSC title and BEL are shown, never sent to the log's terminal.
    assert github.escape_property("e\x1b]0;x\x07.ann.yaml") == "e\u241b]0;x\u2407.ann.yaml"


def test_github_summary_that_cannot_be_written_warns_and_the_findings_decide(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "no" / "summary.md"))
    result = run_cli("validate", "--format", "github", ROOT / "samples")
    assert result.code == 0
    assert result.err.startswith("annotate: warning: GITHUB_STEP_SUMMARY=")
    assert "cannot write the job summary" in result.err and "Traceback" not in result.err


def test_github_workflow_commands() -> None:
    lines = render("github", report()).splitlines()
    assert lines[0] == (
        "::error file=data/a%2Cb%3Ac.ann.yaml,line=3,col=5,title=annotate inventory::"
        "kind 'x' is 100%25 <unknown> & odd | piped%0Asecond line ($.claims[0].kind)")
    assert lines[1].startswith("::warning file=data/a%2Cb%3Ac.ann.yaml,line=9,col=1,"
                               "title=annotate article-changed::the article changed")
    assert lines[2].startswith("::warning file=data/w.ann.yaml,line=2,col=2,")
    assert lines[3] == "3 files checked: 1 error, 2 warnings"
    assert len(lines) == 4


def test_github_step_summary_is_appended(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    render("github", report())
    content = summary.read_text()
    assert content.startswith("# earlier step\n## annotate validate\n")
    rows = [line for line in content.splitlines() if line.startswith("| data/")]
    assert len(rows) == 3  # every finding, not only the first few
    assert rows[0] == ("| data/a,b:c.ann.yaml | 3 | 5 | error | inventory | `$.claims[0].kind` "
                       "| kind 'x' is 100% <unknown> & odd \\| piped<br>second line |")
    assert all(row.count(" | ") == 6 for row in rows)  # pipes escaped: columns stay put


def test_github_without_summary_env_writes_no_file(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    render("github", report())
    assert list(tmp_path.iterdir()) == []


def test_github_through_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run_cli("validate", "--format", "github", INVALID / "dangling-claimant.ann.yaml")
    assert result.code == 1
    assert result.out.startswith(f"::error file={INVALID}/dangling-claimant.ann.yaml,line=48,"
                                 "col=13,title=annotate dangling-reference::claimant 'mayor'")
    assert "| 48 | 13 | error | dangling-reference |" in summary.read_text()


# --- sarif -----------------------------------------------------------------------

def sarif_validator():  # type: ignore[no-untyped-def]
    from jsonschema import Draft4Validator

    schema = json.loads(SARIF_SCHEMA.read_text("utf-8"))
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)


def test_sarif_validates_against_the_official_schema(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    doc = json.loads(render("sarif", report()))
    errors = [e.message for e in sarif_validator().iter_errors(doc)]
    assert errors == []
    # The validator does reject a broken document (so the check above means something).
    doc["runs"][0]["results"][0]["level"] = "fatal"
    assert list(sarif_validator().iter_errors(doc))


def test_sarif_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    doc = json.loads(render("sarif", report()))
    assert doc["version"] == "2.1.0"
    run = doc["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(RULES)
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"
    first = run["results"][0]
    assert (first["ruleId"], first["level"], first["message"]["text"]) == (
        "inventory", "error", "kind 'x' is 100% <unknown> & odd | piped\nsecond line")
    assert rules[first["ruleIndex"]]["id"] == "inventory"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "data/a%2Cb%3Ac.ann.yaml",
                                            "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 3, "startColumn": 5}
    assert [r["level"] for r in run["results"]] == ["error", "warning", "warning"]


def test_sarif_path_outside_cwd_is_an_absolute_uri(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    outside = str(tmp_path / "x y.ann.yaml")
    assert sarif.artifact(outside) == {"uri": (tmp_path / "x y.ann.yaml").as_uri()}


def test_sarif_strict_makes_warnings_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run_cli("validate", "--format", "sarif", "--strict",
                     INVALID / "orphaned.ann.yaml")
    assert result.code == 1
    results = json.loads(result.out)["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [("orphaned", "error")]
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "tests/data/invalid/orphaned.ann.yaml"
    assert list(sarif_validator().iter_errors(json.loads(result.out))) == []


# --- junit -----------------------------------------------------------------------

def test_junit_one_case_per_file_and_a_failure_per_error() -> None:
    root = ET.fromstring(render("junit", report()))
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures")) == ("3", "1")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == report().files
    failures = cases[0].findall("failure")
    assert len(failures) == 1
    assert failures[0].get("type") == "inventory"
    assert failures[0].get("message") == \
        "3:5: kind 'x' is 100% <unknown> & odd | piped\nsecond line"
    assert cases[0].findtext("system-out") is not None and \
        "the article changed [article-changed]" in cases[0].findtext("system-out", "")
    assert cases[1].find("failure") is None and cases[1].find("system-out") is None
    assert cases[2].find("failure") is None  # a warning is not a failure...
    strict = ET.fromstring(render("junit", report().strictly()))
    assert strict.find("testsuite").get("failures") == "2"  # ...unless --strict


def test_junit_through_the_cli() -> None:
    result = run_cli("validate", "--format", "junit", INVALID)
    assert result.code == 1
    root = ET.fromstring(result.out)
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == len(list(INVALID.glob("*.ann.yaml")))
    assert all(c.find("failure") is not None or c.find("system-out") is not None for c in cases)
    assert junit.render.__module__ == "annotate.reporters.junit"
    assert text.render.__module__ == "annotate.reporters.text"


def test_junit_one_failure_per_case_lists_every_error() -> None:
    """Jenkins' JUnit plugin reads a case's first `failure` only: every error of a file is
    in that one, its message saying how many more there are."""
    many = INVALID / "many-findings.ann.yaml"
    errors = [p for p in json.loads(run_cli("validate", "--format", "json", many).out)
              ["problems"] if p["severity"] == "error"]
    assert len(errors) >= 3
    case = ET.fromstring(run_cli("validate", "--format", "junit", many).out) \
        .find("./testsuite/testcase")
    assert case is not None and len(case.findall("failure")) == 1
    failure = case.find("failure")
    assert failure is not None and failure.text is not None
    assert failure.get("message", "").endswith(f"(and {len(errors) - 1} more errors)")
    assert failure.text.splitlines() == [
        f"{many}:{p['line']}:{p['column']}: error: {p['message']} [{p['rule']}]  ({p['path']})"
        for p in errors]


def test_junit_survives_characters_xml_cannot_hold() -> None:
    rep = Report(["odd\x01name.ann.yaml"], [
        Problem("odd\x01name.ann.yaml", 1, 1, "$", "yaml", "bell \x07 and <tag> & \"q\"")])
    root = ET.fromstring(render("junit", rep))
    case = root.find("./testsuite/testcase")
    assert case is not None and case.get("name") == "odd\\x01name.ann.yaml"
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("message") == "1:1: bell \\x07 and <tag> & \"q\""
