"""Odd values get one short sentence: trailing newlines in patterned fields, fractional and
huge offsets, out-of-range dates, damaged resume files, a sidecar that is a list
(issue 12, G25-G26)."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import pytest
from conftest import SAMPLE_ARTICLE, SAMPLE_SIDECAR, run_cli

from annotate import schema, sidecar, yamlio
from annotate.tag import resume

# One valid value for every string field the schema constrains with a pattern.
PATTERNED = {
    ("document", "sha256"): "c" * 64,
    ("document", "language"): "en-GB",
    ("document", "url"): "https://example.org/story",
    ("document", "published"): "2024-03-01",
    ("document", "retrieved"): "2024-03-02T10:00:00Z",
    ("actors", 0, "id"): "putin",
    ("annotators", 0, "id"): "alice",
    ("events", 0, "participants", 0, "actor"): "putin",
    ("claims", 0, "claimant"): "putin",
    ("claims", 0, "about", 0): "call",
    ("claims", 0, "reviewed"): "2024-03-03",
    ("claims", 0, "review_url"): "https://example.org/checks/1",
}


def _schema_patterns(node: Any, trail: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    if isinstance(node, dict):
        if "pattern" in node:
            yield trail
        for key, value in node.items():
            yield from _schema_patterns(value, (*trail, key))


def test_every_patterned_field_has_a_case() -> None:
    """A new pattern in the schema must get a trailing-newline case here."""
    names = {trail[-1] for trail in _schema_patterns(schema.schema())}
    covered = {"id" if key[-1] in ("actor", "claimant") or isinstance(key[-1], int)
               else key[-1] for key in PATTERNED}
    assert names <= covered | {"id"}, names - covered
    # ...and every pattern is end-anchored in a form Python's re honours too.
    for trail in _schema_patterns(schema.schema()):
        node: Any = schema.schema()
        for step in trail:
            node = node[step]
        assert node["pattern"].endswith("$(?!\\n)"), trail


def _sample_with(where: tuple[str | int, ...], value: str) -> dict[str, Any]:
    data = copy.deepcopy(yamlio.load(SAMPLE_SIDECAR.read_text("utf-8")).data)
    data["annotators"] = [{"id": "alice"}]
    data["claims"][0]["about"] = ["call"]
    node = data
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = value
    return data


@pytest.mark.parametrize("where", list(PATTERNED), ids=lambda w: ".".join(map(str, w)))
def test_a_trailing_newline_fails_every_patterned_field_in_both_validators(
        where: tuple[str | int, ...]) -> None:
    good = _sample_with(where, PATTERNED[where])
    bad = _sample_with(where, PATTERNED[where] + "\n")
    python = jsonschema.Draft202012Validator(schema.schema())
    rust = jsonschema_rs.validator_for(schema.schema())
    assert python.is_valid(good) and rust.is_valid(good)
    assert not python.is_valid(bad), "Python's re took the trailing newline"
    assert not rust.is_valid(bad)
    assert [path for path, _ in schema.errors(bad)] == [where]


def test_a_sha256_with_a_trailing_newline_is_a_schema_error(sample_dir: Path) -> None:
    path = sample_dir / SAMPLE_SIDECAR.name
    text = path.read_text("utf-8")
    sha = re.search(r"sha256: (\w+)", text)
    assert sha is not None
    path.write_text(text.replace(f"sha256: {sha.group(1)}", f'sha256: "{sha.group(1)}\\n"'))
    result = run_cli("validate", "--format", "json", path)
    problems = json.loads(result.out)["problems"]
    assert [(p["rule"], p["path"]) for p in problems] == [("schema", "$.document.sha256")]
    assert "does not match '^[0-9a-f]{64}$'" in problems[0]["message"]


def _replace_first(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_a_fractional_offset_is_one_schema_error(sample_dir: Path) -> None:
    path = sample_dir / SAMPLE_SIDECAR.name
    _replace_first(path, "start: 326,", "start: 326.0,")
    result = run_cli("validate", path)
    assert result.code == 1
    assert "326.0 is not a whole number; write 326" in result.out
    assert "internal error" not in result.out
    edit = run_cli("edit", sample_dir / SAMPLE_ARTICLE.name, "putin", "--note", "x")
    assert edit.code == 1 and "326.0 is not a whole number" in edit.err
    assert "internal error" not in edit.err


def test_a_fractional_schema_version_is_refused(sample_dir: Path) -> None:
    path = sample_dir / SAMPLE_SIDECAR.name
    _replace_first(path, "schema_version: 1", "schema_version: 1.0")
    assert "1.0 is not a whole number" in run_cli("validate", path).out


def test_a_5000_digit_offset_is_one_yaml_error(sample_dir: Path) -> None:
    path = sample_dir / SAMPLE_SIDECAR.name
    _replace_first(path, "start: 326,", "start: " + "9" * 5000 + ",")
    result = run_cli("validate", path)
    assert result.code == 1
    assert "the number 99999999999999999999… is too large" in result.out
    assert "internal error" not in result.out and len(result.out) < 600
    edit = run_cli("edit", sample_dir / SAMPLE_ARTICLE.name, "putin", "--note", "x")
    assert edit.code == 1 and "is too large" in edit.err and len(edit.err) < 300


def test_a_date_out_of_range_is_a_usage_error(sample_dir: Path) -> None:
    result = run_cli("export", sample_dir, "--to", "jsonl", "--date",
                     "0001-01-01T00:00:00+01:00")
    assert result.code == 2
    assert result.err == ("annotate: --date '0001-01-01T00:00:00+01:00' is out of range "
                          "once converted to UTC (years 1 to 9999)\n")


def test_a_sidecar_whose_top_level_is_a_list_gets_a_short_message(tmp_path: Path) -> None:
    path = tmp_path / "list.ann.yaml"
    path.write_text("- a\n- b\n- " + "x" * 3000 + "\n")
    result = run_cli("validate", path)
    assert result.code == 1
    assert "the top level must be a mapping, not a list" in result.out
    assert "xxxxxxxxxx" not in result.out and len(result.out.replace(str(path), "")) < 300


@pytest.mark.parametrize("content", [
    '{"decided": 5}', '{"pass": ["actors"]}', '{"decided": [["x"]]}', "[1, 2]",
    '{"pass": "actors", "decided": [1]}', "\x00\xff not json", '{"decided": ' * 5000])
def test_a_damaged_resume_file_is_ignored_with_one_warning(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    import io
    import sys

    path = sample_dir / SAMPLE_SIDECAR.name
    position = resume._position_file(path)
    position.parent.mkdir(parents=True)
    position.write_text(content, "utf-8", errors="surrogateescape")
    monkeypatch.setattr(sys, "stdin", io.StringIO("d\nd\nd\nq\n"))
    result = run_cli("tag", sample_dir / SAMPLE_ARTICLE.name)
    assert result.code == 0, result
    assert result.out.count("warning: ignored the damaged resume file") == 1
    assert "internal error" not in result.out + result.err
    assert sidecar.load(path) == sidecar.load(SAMPLE_SIDECAR)


@pytest.mark.parametrize("note", ["line one\nline two\n\n", "\n\n", " indented\n\n\n"])
def test_a_value_ending_in_blank_lines_saves_a_sidecar_that_reads_back(
        sample_dir: Path, note: str) -> None:
    """A text that keeps its trailing line breaks is written as a block scalar (`|+`); last
    in an item, PyYAML ended its piece of the file with a document end marker ("..."),
    and every command after the save refused the sidecar as invalid YAML."""
    article = sample_dir / SAMPLE_ARTICLE.name
    result = run_cli("edit", article, "netanyahu", "--note", note)
    assert result.code == 0, result
    assert run_cli("validate", sample_dir).code == 0
    ann = sidecar.load(sample_dir / SAMPLE_SIDECAR.name)
    assert next(a for a in ann.actors if a.id == "netanyahu").note == note
    assert (sample_dir / SAMPLE_SIDECAR.name).read_text("utf-8") == sidecar.dumps(ann)
