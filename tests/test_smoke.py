from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT, SAMPLE_ARTICLE, SAMPLES, run_cli


def test_samples_validate_clean() -> None:
    result = run_cli("validate", SAMPLES)
    assert result.code == 0, result
    assert "all valid" in result.out


def test_python_dash_m_runs_the_cli() -> None:
    proc = subprocess.run([sys.executable, "-m", "annotate", "show", str(SAMPLE_ARTICLE)],
                          capture_output=True, text=True, cwd=ROOT, env={"NO_COLOR": "1",
                                                                          "PATH": "/usr/bin"})
    assert proc.returncode == 0, proc.stderr
    assert "Vassily Nebenzia" in proc.stdout
    assert "Actors" in proc.stdout


@pytest.mark.parametrize("command", [
    ["show"], ["tag"], ["suggest"], ["validate"], ["reanchor"], ["export", "--to", "jsonl"],
    ["agree"], ["report", "-o", "r.html"]])
def test_a_missing_file_is_a_usage_error_for_every_command(tmp_path, command) -> None:
    """One exit code for one mistake: a file that is not there exits 2, whichever command."""
    result = run_cli(command[0], tmp_path / "nope.txt", *command[1:])
    assert result.code == 2, result.err
    assert str(tmp_path / "nope.txt") in result.err and result.err.count("\n") == 1


def test_missing_article_is_one_line_no_traceback(tmp_path) -> None:
    result = run_cli("show", tmp_path / "nope.txt")
    assert result.code == 2
    assert result.err.strip() == f"annotate: {tmp_path / 'nope.txt'}: article not found"
