"""Standard streams and sizes a shell may hand the command: closed (`>&-`, `<&-`), a full
device (`> /dev/full`), a $COLUMNS no terminal has. Each was an internal error, a
runaway or a wrong exit status (a hostile-input audit, session 20)."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_ARTICLE, SAMPLE_SIDECAR

from annotate import sidecar

pytestmark = pytest.mark.slow


def _sh(line: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`annotate ARGS` with the shell's redirections in `line` (after `annotate`)."""
    command = f"{shlex.quote(sys.executable)} -m annotate {line}"
    return subprocess.run(["bash", "-c", command], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={"PATH": "/usr/bin:/bin", "HOME": str(cwd),
                                            "ANNOTATE_HOME": str(cwd / "home"),
                                            "PYTHONPATH": str(ROOT), **env})


@pytest.fixture
def here(tmp_path: Path) -> Path:
    shutil.copy(SAMPLE_ARTICLE, tmp_path)
    shutil.copy(SAMPLE_SIDECAR, tmp_path)
    return tmp_path


@pytest.mark.parametrize("line", [
    f"show {SAMPLE_ARTICLE.name} >&-", "validate . >&-", "export . --to json >&-",
    f"reanchor {SAMPLE_ARTICLE.name} --dry-run >&-", f"tag {SAMPLE_ARTICLE.name} --plain <&-",
])
def test_a_closed_stream_is_the_null_device(here: Path, line: str) -> None:
    before = (here / SAMPLE_SIDECAR.name).read_bytes()
    result = _sh(line, here)
    assert (result.returncode, result.stderr) == (0, ""), result
    assert (here / SAMPLE_SIDECAR.name).read_bytes() == before


def test_a_columns_no_terminal_has_is_left_unset(here: Path) -> None:
    for columns in ("99999999999999999999", "100000000"):
        result = _sh(f"show {SAMPLE_ARTICLE.name}", here, COLUMNS=columns)
        assert result.returncode == 0 and result.stderr == "", result
        assert max(map(len, result.stdout.splitlines())) <= 80
        helped = _sh("--help", here, COLUMNS=columns)
        assert helped.returncode == 0 and len(helped.stdout) < 20_000, helped.stderr


@pytest.mark.parametrize("value", ["9" * 5000, "²", "80²"])
@pytest.mark.parametrize("var", ["COLUMNS", "LINES"])
def test_a_size_int_cannot_read_is_left_unset(here: Path, var: str, value: str) -> None:
    """More than 4,300 digits, or "²" (a digit to str.isdigit, not to int()): a Python
    traceback before any command ran (session 33)."""
    result = _sh(f"show {SAMPLE_ARTICLE.name}", here, **{var: value})
    assert result.returncode == 0 and result.stderr == "", result
    assert max(map(len, result.stdout.splitlines())) <= 80


def test_an_add_whose_id_cannot_be_printed_is_saved_and_says_so(here: Path) -> None:
    """A script that retried on the old exit status 1 added the claim twice."""
    result = _sh(f"add claim {SAMPLE_ARTICLE.name} --text 'many more injured' --kind factual "
                 "> /dev/full", here)
    assert result.returncode == 0
    assert result.stderr == ("annotate: saved; could not print 'many-more-injured' to "
                             "standard output: No space left on device\n")
    claims = sidecar.load(here / SAMPLE_SIDECAR.name).claims
    assert [c.id for c in claims].count("many-more-injured") == 1


@pytest.mark.parametrize("buffered", [True, False])
@pytest.mark.parametrize("line", [
    "export . --to jsonl", "export . --to csv", "validate .", "validate . --format json",
    f"suggest {SAMPLE_ARTICLE.name}", f"show {SAMPLE_ARTICLE.name}", "schema", "--version",
])
def test_a_full_standard_output_is_named(here: Path, line: str, buffered: bool) -> None:
    """It said only "annotate: No space left on device": of which file?"""
    result = _sh(f"{line} > /dev/full", here, **({} if buffered else {"PYTHONUNBUFFERED": "1"}))
    assert (result.returncode, result.stderr) == (
        1, "annotate: cannot write to standard output: No space left on device\n"), result


@pytest.mark.parametrize("line", [
    "export . --to jsonl", "export . --to w3c", f"show {SAMPLE_ARTICLE.name}", "schema",
    f"suggest {SAMPLE_ARTICLE.name}",
])
def test_output_piped_into_head_ends_quietly(here: Path, line: str) -> None:
    result = _sh(f"{line} | head -c 1; exit ${{PIPESTATUS[0]}}", here)
    assert result.stderr == "" and result.returncode in (0, 1), result
    assert len(result.stdout) == 1


@pytest.mark.parametrize("buffered", [True, False])
@pytest.mark.parametrize(("line", "code"), [
    ("validate nowhere.ann.yaml", 2),  # was 1 (or 120): the message could not be written
    ("export . --to conll -o out.conll", 0),  # was 1: its notes could not be, the file was
    ("validate . > /dev/full", 1),
])
def test_a_full_standard_error_leaves_the_exit_status_as_it_is(
        here: Path, line: str, code: int, buffered: bool) -> None:
    result = _sh(f"{line} 2>/dev/full", here, **({} if buffered else {"PYTHONUNBUFFERED": "1"}))
    assert result.returncode == code, result
    if "conll" in line:
        assert (here / "out.conll").stat().st_size > 0
