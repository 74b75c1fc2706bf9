"""A full disk: the error names the file, nothing saved is lost, no lock blocks later edits,
and a session goes on (issue 12, G27). ENOSPC is injected at the write call for the fast
tests, and a real, small tmpfs is filled for the slow one (when this machine lets us
mount one)."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SAMPLE_ARTICLE, SAMPLE_SIDECAR, run_cli

from annotate import lock, sidecar, yamlio
from annotate.tag import resume

FULL = "No space left on device"


class Disk:
    """Switches ENOSPC on and off at fsync, the call that reports a full disk."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = False
        real = os.fsync

        def fsync(fd: int) -> None:
            if self.full:
                raise OSError(errno.ENOSPC, FULL)
            real(fd)

        monkeypatch.setattr(os, "fsync", fsync)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_full_disk_names_the_sidecar_and_keeps_it(sample_dir: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    disk = Disk(monkeypatch)
    path = sample_dir / SAMPLE_SIDECAR.name
    before = path.read_bytes()
    disk.full = True
    result = run_cli("add", "actor", sample_dir / SAMPLE_ARTICLE.name, "--name",
                     "Israel-Gaza conflict", "--type", "other")
    assert result.code == 1
    assert result.err.startswith(f"annotate: {path}: ")
    assert FULL in result.err and "not saved" in result.err
    assert path.read_bytes() == before
    assert _leftovers(sample_dir) == []  # no temp file, no lock file
    disk.full = False
    again = run_cli("add", "actor", sample_dir / SAMPLE_ARTICLE.name, "--name",
                    "Israel-Gaza conflict", "--type", "other")
    assert again.code == 0, again


def test_an_unwritable_annotate_home_does_not_stop_tag(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("ANNOTATE_HOME", str(blocker / "home"))  # every write there fails
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n\nd\nd\nd\nq\n"))
    folder = tmp_path / "story"
    folder.mkdir()
    article = Path(shutil.copy(SAMPLE_ARTICLE, folder))
    result = run_cli("tag", article)
    assert result.code == 0, result
    assert result.out.count("a later session will not resume from here") == 1
    assert len(sidecar.load(sidecar.path_for(article)).actors) == 2


class Script(io.StringIO):
    """Piped answers; the disk fills before line `fill` is read and is freed before
    line `free`."""

    def __init__(self, lines: list[str], disk: Disk, fill: int, free: int) -> None:
        super().__init__("".join(f"{x}\n" for x in lines))
        self.disk, self.fill, self.free, self.read = disk, fill, free, 0

    def readline(self, *args: object) -> str:  # type: ignore[override]
        self.read += 1
        if self.read == self.fill:
            self.disk.full = True
        if self.read == self.free:
            self.disk.full = False
        return super().readline()


def test_a_disk_filling_mid_session_loses_only_that_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    article = Path(shutil.copy(SAMPLE_ARTICLE, folder))
    disk = Disk(monkeypatch)
    # Accept the first actor; the disk fills; accept the second (not saved); the disk is
    # freed; accept the third; end the passes; quit.
    monkeypatch.setattr(sys, "stdin", Script(["", "", "", "d", "d", "d", "q"], disk, 2, 3))
    result = run_cli("tag", article)
    assert result.code == 0, result
    assert "this change is not saved" in result.out and FULL in result.out
    path = sidecar.path_for(article)
    names = [a.name for a in sidecar.load(path).actors]
    assert len(names) == 2, names  # the first and the third
    assert "saved 2 actors" in result.out
    assert not lock.path_for(path).exists()


# -- a real full disk ---------------------------------------------------------------------

@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                       check=True, capture_output=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, timeout=20)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
            with contextlib.suppress(OSError):
                handle.close()
    return filler


def _annotate(*args: object, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ANNOTATE_HOME": str(home), "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "annotate", *map(str, args)], text=True,
                          capture_output=True, env=env, timeout=120, input="")


@pytest.mark.slow
def test_a_real_full_disk(tiny_disk: Path, tmp_path: Path) -> None:
    article = Path(shutil.copy(SAMPLE_ARTICLE, tiny_disk))
    path = Path(shutil.copy(SAMPLE_SIDECAR, tiny_disk))
    before = path.read_bytes()
    filler = _fill(tiny_disk)
    home = tmp_path / "home"
    full = _annotate("add", "actor", article, "--name", "Israel-Gaza conflict",
                     "--type", "other", home=home)
    assert full.returncode == 1
    assert full.stderr.startswith(f"annotate: {path}: ") and FULL in full.stderr, full.stderr
    assert "Traceback" not in full.stderr
    assert path.read_bytes() == before
    assert _leftovers(tiny_disk) == []
    lock.path_for(path).write_bytes(b"")  # what a crash between create and write leaves
    filler.unlink()
    freed = _annotate("add", "actor", article, "--name", "Israel-Gaza conflict",
                      "--type", "other", home=home)
    assert freed.returncode == 0, freed.stderr
    assert "israel-gaza-conflict" in {a.id for a in sidecar.load(path).actors}


@pytest.mark.slow
@pytest.mark.slow
def test_a_read_only_file_system_is_said_so(tiny_disk: Path) -> None:
    """Not "make it writable (chmod u+w)": the mode allowed writing, and chmod fails on a
    read-only mount."""
    shutil.copy(SAMPLE_ARTICLE, tiny_disk)
    shutil.copy(SAMPLE_SIDECAR, tiny_disk)
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True, timeout=20)
    side = tiny_disk / SAMPLE_SIDECAR.name
    result = run_cli("add", "actor", tiny_disk / SAMPLE_ARTICLE.name, "--name", "Militants",
                     "--type", "group", "--mention", "militants")
    assert (result.code, result.err) == (1, f"annotate: {side}: is on a read-only file system; "
                                            "work on a copy elsewhere to save changes\n")


def test_annotate_home_on_a_real_full_disk_does_not_stop_tag(tiny_disk: Path,
                                                            tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    article = Path(shutil.copy(SAMPLE_ARTICLE, folder))
    home = tiny_disk / "home"
    home.mkdir()
    _fill(tiny_disk)
    env = {**os.environ, "ANNOTATE_HOME": str(home), "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-m", "annotate", "tag", str(article)],
                          input="\n\nd\nd\nd\nq\n", text=True, capture_output=True, env=env,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("a later session will not resume from here") == 1
    assert FULL in proc.stdout
    assert len(sidecar.load(sidecar.path_for(article)).actors) == 2
    assert resume.load(sidecar.path_for(article)) == {}


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
@pytest.mark.parametrize("size", [100, 100_000])
def test_a_write_failing_at_its_flush_leaves_no_temp_file(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          size: int) -> None:
    """A small write is buffered and fails only at the flush, and close() flushes again
    and fails again: that second error skipped the temp file's removal, so a brat export
    onto a full disk left `.NAME.xxxx.tmp` files behind."""
    real = tempfile.mkstemp

    def onto_a_full_device(**kwargs: Any) -> tuple[int, str]:
        fd, name = real(**kwargs)
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), name  # every write: ENOSPC

    monkeypatch.setattr(tempfile, "mkstemp", onto_a_full_device)
    target = tmp_path / "out.txt"
    with pytest.raises(yamlio.WriteError, match=FULL):
        yamlio.atomic_write(target, "a" * size, durable=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_a_brat_export_the_disk_fills_under_leaves_the_earlier_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills at the second article's `.txt`: the first article's files were
    replaced already, the earlier export's others not (all or nothing now)."""
    source, out = tmp_path / "source", tmp_path / "out"
    shutil.copytree(ROOT / "samples", source)
    assert run_cli("export", source, "--to", "brat", "-o", out).code == 0
    before = {p.name: (p.stat().st_ino, p.read_bytes()) for p in out.iterdir()}
    real, made = tempfile.mkstemp, []

    def third_onto_a_full_device(**kwargs: Any) -> tuple[int, str]:
        fd, name = real(**kwargs)
        made.append(name)
        if len(made) != 3:
            return fd, name
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), name

    monkeypatch.setattr(tempfile, "mkstemp", third_onto_a_full_device)
    result = run_cli("export", source, "--to", "brat", "-o", out)
    assert (result.code, result.err) == (
        1, f"annotate: {out / 'putin-netanyahu-call.txt'}: could not be written: {FULL}; "
        "the file on disk is unchanged\n"), result
    assert {p.name: (p.stat().st_ino, p.read_bytes()) for p in out.iterdir()} == before
