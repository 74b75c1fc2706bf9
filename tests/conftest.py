from __future__ import annotations

import contextlib
import io
import shutil
import signal
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotate import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE_ARTICLE = SAMPLES / "putin-netanyahu-call.txt"
SAMPLE_SIDECAR = SAMPLES / "putin-netanyahu-call.ann.yaml"
TEAM = ROOT / "tests" / "data" / "team"  # the sample tagged by alice, bob and carol


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch the user's home or pick up a stray config."""
    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "annotate-home"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("ANNOTATE_DEBUG", raising=False)


@dataclass
class Result:
    code: int
    out: str
    err: str

    def __repr__(self) -> str:  # shown by pytest when an assertion fails
        return f"Result(code={self.code})\n--- stdout ---\n{self.out}\n--- stderr ---\n{self.err}"


def run_cli(*args: object) -> Result:
    """Run `annotate ARGS` in-process through the real entry point (error handler included)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.run([str(a) for a in args])
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def sample_dir(tmp_path: Path) -> Path:
    """A writable copy of the bundled sample article and its sidecar."""
    folder = tmp_path / "sample"
    folder.mkdir()
    shutil.copy(SAMPLE_ARTICLE, folder)
    shutil.copy(SAMPLE_SIDECAR, folder)
    return folder


# Modules whose tests drive the full-screen app through Textual's Pilot: like the pty
# tests, they run the real app loop, and a second or two each adds up.
APP_MODULES = {"test_tui_app", "test_tui_snapshots", "test_tui_review", "test_tui_adjudicate",
               "test_tui_firsttime"}


def pytest_configure(config: pytest.Config) -> None:
    """A shell that starts pytest in the background (`pytest &` in a script) hands it
    SIGINT ignored, and an ignored signal stays ignored through exec: every program the
    tests start would then shrug off the Ctrl-C they send it. A handled signal is reset
    to its default through exec, so handling it here gives the children the default."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tier: real app loops (pty, Pilot, snapshots), subprocesses, browsers and
    property tests (hypothesis); `-m "not slow"` is the quick tier."""
    for item in items:
        module = getattr(getattr(item, "module", None), "__name__", "")
        function = getattr(item, "obj", None)
        if (module in APP_MODULES or getattr(function, "is_hypothesis_test", False)
                or "snap_compare" in getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def merged(tmp_path: Path) -> Path:
    """alice and bob merged: six open disagreements (see tests/data/team/make.py):
    netanyahu (mentions), hamas (type), condolences (factuality), putin-blames-us (bob did
    not tag it), attack-toll (span), us-voted-against (verdict)."""
    stem = SAMPLE_ARTICLE.stem
    for name in ("txt", "alice.ann.yaml", "bob.ann.yaml"):
        shutil.copy(TEAM / f"{stem}.{name}", tmp_path)
    out = tmp_path / f"{stem}.ann.yaml"
    assert run_cli("merge", tmp_path / f"{stem}.alice.ann.yaml",
                   tmp_path / f"{stem}.bob.ann.yaml", "-o", out).code == 0
    return out
