"""The workspace's goal, held: the sample rebuilt in few keys (counts, not timings)."""

from __future__ import annotations

import asyncio
import importlib.util
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_ARTICLE

pytestmark = pytest.mark.slow


def test_the_sample_is_rebuilt_from_empty_in_few_keys(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_workspace",
                                                  ROOT / "bench" / "workspace.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    article = Path(shutil.copy(SAMPLE_ARTICLE, tmp_path))
    person, differences = asyncio.run(bench._keystrokes(article, False))
    assert differences == []
    keys, items = person.keys, person.items
    assert sum(keys.values()) <= 600
    assert keys["accepted suggestions"] <= 3 * items["accepted suggestions"]
    # A name typed over a suggested actor's (free text, as a hand-made item's typed name
    # is) is counted apart, in the total: `=`, the name and Enter, nothing else.
    assert keys["names typed"] == sum(len(name) + 2 for name in person.names)
    assert keys["hand-made spans"] <= 12 * items["hand-made spans"]
    assert items["accepted suggestions"] >= 15  # the suggestions did most of the work
