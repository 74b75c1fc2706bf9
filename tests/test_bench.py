"""The benchmark's corpus must be what it claims: valid, realistic pairs (no timing here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import ROOT

from annotate import validate


def load_bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_validate", ROOT / "bench" / "validate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_corpus_is_valid_and_realistic(tmp_path: Path) -> None:
    bench = load_bench()
    files = bench.generate(tmp_path / "out", 12, seed=3)
    assert len(files) == 12 and all(f.exists() for f in files)
    report = validate.run([tmp_path / "out"], jobs=1)
    assert (len(report.files), report.problems) == (12, [])
    sizes = [f.stat().st_size for f in files]
    assert 4_000 < sum(sizes) / len(sizes) < 8_000  # "about 5 KB"
    ann = validate.sidecar.load(files[0])
    assert len(ann.actors) >= 5 and len(ann.events) >= 5 and len(ann.claims) >= 5
    assert sum(len(a.mentions) for a in ann.actors) >= 10
    # Same seed, same corpus: runs are comparable.
    again = bench.generate(tmp_path / "again", 12, seed=3)
    assert [f.read_bytes() for f in again] == [f.read_bytes() for f in files]


@pytest.mark.slow
def test_the_dialogue_rebuilds_the_reference_sidecar(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """bench/dialogue_keys.py plays a whole transcript through the real dialogue: what it
    counts must be a complete, correct rebuild (no numbers are asserted here)."""
    spec = importlib.util.spec_from_file_location("bench_keys", ROOT / "bench" /
                                                  "dialogue_keys.py")
    assert spec is not None and spec.loader is not None
    keys = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(keys)
    ctx = keys.session.Context(keys.article.load(keys.ARTICLE), keys.config.default())
    ref = keys.sidecar.load(keys.REFERENCE)
    walked, state = keys.plan_walkthrough(ctx, ref)
    commands, state = keys.plan_commands(ctx, ref, state)
    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "home"))
    rebuilt = keys.replay([*walked, *commands, "q"], tmp_path)
    assert keys.canonical(rebuilt) == keys.canonical(ref)
    assert len(walked) > len(commands)  # most of the work is done in the passes
