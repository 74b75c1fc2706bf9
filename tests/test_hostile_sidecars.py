"""Sidecars that are (nearly) valid YAML but hostile: characters YAML reads as line breaks
where an editor shows none, and texts that look the same as the article's but are not."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLE_ARTICLE, SAMPLE_SIDECAR, run_cli

from annotate import yamlio

# YAML 1.1 breaks lines at these too; an editor, `grep -n` and annotate's findings do not.
YAML_ONLY_BREAKS = [("\u2028", "U+2028"), ("\x85", "U+0085"), ("\u2029", "U+2029")]


def _replace_first(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def _line_of(path: Path, needle: str) -> int:
    return next(n for n, text in enumerate(path.read_text("utf-8").split("\n"), 1)
                if needle in text)


@pytest.mark.parametrize(("char", "name"), YAML_ONLY_BREAKS)
def test_a_line_break_only_yaml_sees_is_named_where_it_broke_the_yaml(
        sample_dir: Path, char: str, name: str) -> None:
    # Pasted into a note, its words after it became a line of their own: "could not find
    # expected ':'" was reported two lines below the note, naming no cause.
    path = sample_dir / SAMPLE_SIDECAR.name
    _replace_first(path, "note: The article misspells", f"note: The article{char}misspells")
    line = _line_of(path, char)
    result = run_cli("validate", path)
    assert result.code == 1
    assert f"{path}:{line}:20: error invalid YAML: the character {name} here is a line " \
           "break to YAML, though not to an editor (" in result.out, result
    edit = run_cli("edit", sample_dir / SAMPLE_ARTICLE.name, "putin", "--note", "x")
    assert edit.code == 1 and f":{line}:20: invalid YAML: the character {name}" in edit.err


@pytest.mark.parametrize(("char", "name"), YAML_ONLY_BREAKS)
def test_findings_below_a_line_break_only_yaml_sees_name_the_editors_line(
        sample_dir: Path, char: str, name: str) -> None:
    # annotate itself writes one unescaped inside a block scalar (a note of several lines);
    # every finding below it was one line too far down.
    path = sample_dir / SAMPLE_SIDECAR.name
    _replace_first(path, "  note: The article misspells him once as “Natanyahu” (sentence 4).",
                   f"  note: |-\n    The article{char}    misspells him\n    once")
    _replace_first(path, "  type: country", "  type: robot")
    _replace_first(path, "{start: 206, end: 212, text: Russia,", "{start: 206, end: 212, "
                   "text: Rusia,")
    result = run_cli("validate", path)
    assert result.code == 1
    assert f"{path}:{_line_of(path, 'robot')}:9: error actor type 'robot'" in result.out, result
    assert f"{path}:{_line_of(path, 'Rusia')}:34: error span text 'Rusia'" in result.out


@pytest.mark.parametrize(("char", "name"), YAML_ONLY_BREAKS)
@pytest.mark.parametrize(("third", "fourth"), [
    ("b: !!python/name:os.system ''", "c: 1"),  # a tag (from the node)
    ("b: &x 1", "c: *x"),  # an alias (from the events)
    ("b: 1", "b: 2"),  # a key given twice (from the node)
    ("b: 1", "c: *y"),  # no such anchor (libyaml's own error)
])
def test_a_yaml_error_below_a_line_break_only_yaml_sees_names_the_editors_line(
        char: str, name: str, third: str, fourth: str) -> None:
    text = f"a: |-\n  x{char}  y\n{third}\n{fourth}\n"
    with pytest.raises(yamlio.YamlError) as error:
        yamlio.load(text, "f.yaml")
    assert (error.value.line, error.value.column) == \
        ((3, 4) if "!!" in third else (4, 4) if "*" in fourth else (4, 1)), error.value
