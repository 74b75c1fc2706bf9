"""Hostile arguments and project files found by a sweep of every command: each is one
sentence naming the file, a non-zero exit, and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

SIDECAR = "putin-netanyahu-call.ann.yaml"


@pytest.mark.parametrize("command", [
    ("tag", "--plain"), ("show",), ("suggest",), ("reanchor",),
    ("add", "actor", "{path}", "--name", "X", "--type", "person"),
    ("edit", "{path}", "putin", "--note", "x"), ("rm", "{path}", "putin"),
    ("import", "x.ann", "--from", "brat", "--article", "{path}")])
def test_a_sidecar_given_where_the_article_goes_is_refused(sample_dir: Path,
                                                          command: tuple[str, ...]) -> None:
    """`annotate tag story.ann.yaml` (validate and export take sidecars) used to tag the
    YAML itself, in a new story.ann.ann.yaml."""
    path = sample_dir / SIDECAR
    before = path.read_bytes()
    args = [a.format(path=path) for a in command]
    if "{path}" not in command:
        args.append(str(path))
    result = run_cli(*args)
    assert result.code == 1, result
    assert result.err.strip() == (f"annotate: {path}: is a sidecar, not an article; name the "
                                  "article it annotates")
    assert sorted(p.name for p in sample_dir.iterdir()) == [SIDECAR, "putin-netanyahu-call.txt"]
    assert path.read_bytes() == before
