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


def _one_actor_sidecar(folder: Path, article: str, mention: str, end: int) -> Path:
    import hashlib

    (folder / "story.txt").write_text(article, "utf-8")
    sidecar = folder / "story.ann.yaml"
    sidecar.write_text(
        "schema_version: 1\ndocument:\n  path: story.txt\n"
        f"  sha256: {hashlib.sha256(article.encode()).hexdigest()}\n  length: {len(article)}\n"
        "annotators:\n- {id: a}\nactors:\n- id: mueller\n  name: Café Müller\n  type: person\n"
        f"  mentions:\n  - {{start: 0, end: {end}, text: {mention}}}\nevents: []\nclaims: []\n",
        "utf-8")
    return sidecar


@pytest.mark.parametrize(("article_form", "sidecar_form"), [("NFD", "NFC"), ("NFC", "NFD")])
def test_a_span_text_in_another_unicode_normalisation_says_so(
        tmp_path: Path, article_form: str, sidecar_form: str) -> None:
    # 'Café Müller' typed (NFC) over an article that spells it with combining accents (NFD):
    # "span text 'Café Müller' does not match the article at 0-13, which reads 'Café Müller'"
    # named no difference a person could see.
    import unicodedata

    name = "Café Müller"
    article = unicodedata.normalize(article_form, f"{name} said the bridge is safe.\n")
    sidecar = _one_actor_sidecar(tmp_path, article, unicodedata.normalize(sidecar_form, name),
                                 len(unicodedata.normalize(article_form, name)))
    result = run_cli("validate", sidecar)
    assert result.code == 1
    assert "; the same letters with their accents encoded another way (Unicode NFC and NFD): " \
           "copy the text from the article" in result.out, result


def test_a_span_text_differing_past_what_is_shown_says_where(tmp_path: Path) -> None:
    # Both texts are cut to 39 characters in the message: they read the same there.
    article = "The council said the wall will protect 1,300 homes from the next storm.\n"
    start = article.index("the wall")
    claim = article[start:article.index(".")].replace("storm", "Storm")
    sidecar = tmp_path / "story.ann.yaml"
    _one_actor_sidecar(tmp_path, article, "The", 3)
    text = sidecar.read_text("utf-8").replace(
        "claims: []", f"claims:\n- id: c\n  span: {{start: {start}, end: {start + len(claim)}, "
                      f"text: '{claim}'}}\n  claimant: null\n  kind: prediction\n"
                      "  checkworthy: true\n  verdict: null\n")
    sidecar.write_text(text, "utf-8")
    result = run_cli("validate", sidecar)
    assert result.code == 1
    assert "; they differ first at character 49: U+0053 'S' in the sidecar, U+0073 's' in the " \
           "article" in result.out, result
