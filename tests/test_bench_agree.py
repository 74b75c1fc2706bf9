"""The agree benchmark's corpus must be what it claims (no timing here), and the
parallel run must give exactly what one process gives."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from annotate import validate


def load_bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_agree", ROOT / "bench" / "agree.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_generated_team_corpus_is_valid_and_disagrees_as_asked(tmp_path: Path) -> None:
    bench = load_bench()
    articles = bench.generate(tmp_path / "out", 6, p=0.3, seed=2)
    assert len(articles) == 6
    report = validate.run([tmp_path / "out"], jobs=1)
    assert (len(report.files), report.problems) == (18, [])
    data = json.loads(run_cli("agree", tmp_path / "out", "--format", "json").out)
    figs = {f["metric"]: f["value"] for f in data["corpus"]["figures"]
            if f["label"] is None and len(f["annotators"]) == 3}
    # each decision differs with p=0.3: clear disagreement, far from chance
    assert 0.4 < figs["claims.verdict.alpha"] < 0.9, figs
    assert 0.4 < figs["actors.type.alpha"] < 0.9, figs
    assert 0.85 < figs["actors.overlap.f1"] < 1.0, figs
    same = bench.generate(tmp_path / "same", 3, p=0.0, seed=2)
    assert len(same) == 3
    data = json.loads(run_cli("agree", tmp_path / "same", "--format", "json").out)
    assert {f["value"] for f in data["corpus"]["figures"]} <= {1.0, None}


@pytest.mark.slow
def test_a_process_per_core_gives_the_same_output_as_one(tmp_path: Path) -> None:
    bench = load_bench()
    bench.generate(tmp_path / "out", 40, p=0.2, seed=5)
    one = run_cli("agree", tmp_path / "out", "--format", "json", "--jobs", "1")
    two = run_cli("agree", tmp_path / "out", "--format", "json", "--jobs", "2")
    assert one.code == two.code == 0, (one, two)
    assert one.out == two.out
    (tmp_path / "out" / "batch-00" / "story-00007.txt").write_text("changed\n", "utf-8")
    broken = run_cli("agree", tmp_path / "out", "--jobs", "2")
    assert broken.code == 1 and "story-00007.alice.ann.yaml:" in broken.err, broken
    assert "changed since this sidecar was annotated" in broken.err
