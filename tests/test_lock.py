"""The sidecar lock: one writer at a time, decided by flock, whatever the lock file says
(issue 12, A4)."""

from __future__ import annotations

import json
import multiprocessing
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from annotate import lock, sidecar
from annotate.errors import LockedError

STORY = ("Mayor Ines Duarte said the harbour wall will be rebuilt.\n\n"
         "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa met in Lisbon.\n")


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY)
    return path


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _stale(path: Path) -> None:
    lock.path_for(path).write_text(json.dumps(
        {"user": "bob", "host": socket.gethostname(), "pid": _dead_pid(), "time": "then"}))


@pytest.mark.parametrize("content", [b"", b"{\"user\": \"bo", b"\xff\xfe garbage", b"[1, 2]"])
def test_an_empty_or_garbage_lock_file_does_not_block(story: Path, content: bytes) -> None:
    path = sidecar.path_for(story)
    lock.path_for(path).write_bytes(content)  # what a crash or a full disk leaves
    result = run_cli("add", "actor", story, "--name", "Ines Duarte", "--type", "person")
    assert result.code == 0, result
    assert [a.name for a in sidecar.load(path).actors] == ["Ines Duarte"]
    assert not lock.path_for(path).exists()


def test_a_held_lock_refuses_and_names_the_lock_file(story: Path) -> None:
    path = sidecar.path_for(story)
    with lock.acquire(path):
        result = run_cli("add", "actor", story, "--name", "Ines Duarte", "--type", "person")
        assert result.code == 1
        assert "is being edited by" in result.err
        assert f"lock file {lock.path_for(path)}" in result.err
    assert not path.exists()


def test_a_lock_from_another_host_is_never_taken_over_and_names_the_file(story: Path) -> None:
    path = sidecar.path_for(story)
    lock_file = lock.path_for(path)
    content = json.dumps({"user": "carol", "host": "gone-host.invalid", "pid": 4242,
                          "time": "2024-01-01T00:00:00+0000"})
    lock_file.write_text(content)
    result = run_cli("add", "actor", story, "--name", "Ines Duarte", "--type", "person")
    assert result.code == 1
    assert "carol on gone-host.invalid" in result.err
    assert f"if that session is gone, remove {lock_file}" in result.err
    assert lock_file.read_text() == content
    assert not path.exists()


def test_the_lock_is_released_and_its_file_removed(story: Path) -> None:
    path = sidecar.path_for(story)
    taken = lock.acquire(path)
    assert json.loads(lock.path_for(path).read_text())["pid"] == os.getpid()
    taken.release()
    taken.release()  # twice is harmless
    assert not lock.path_for(path).exists()
    with lock.acquire(path):
        pass


def _contender(path: Path, rounds: int, barrier: multiprocessing.synchronize.Barrier,
               inside: multiprocessing.sharedctypes.Synchronized,
               overlaps: multiprocessing.sharedctypes.Synchronized) -> None:
    for _ in range(rounds):
        barrier.wait()
        try:
            held = lock.acquire(path)
        except LockedError:
            held = None
        if held is not None:
            with inside.get_lock():
                inside.value += 1
                if inside.value > 1:
                    overlaps.value += 1
            time.sleep(0.01)
            with inside.get_lock():
                inside.value -= 1
            held.release()
        barrier.wait()


@pytest.mark.slow
def test_taking_over_a_stale_lock_is_atomic(tmp_path: Path) -> None:
    """Three processes race for a stale lock, 150 times: never two holders at once."""
    path = tmp_path / "story.ann.yaml"
    rounds, workers = 150, 3
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(workers + 1)
    inside = context.Value("i", 0)
    overlaps = context.Value("i", 0)
    procs = [context.Process(target=_contender, args=(path, rounds, barrier, inside, overlaps))
             for _ in range(workers)]
    for p in procs:
        p.start()
    dead = _dead_pid()
    for _ in range(rounds):
        lock.path_for(path).write_text(json.dumps(
            {"user": "bob", "host": socket.gethostname(), "pid": dead, "time": "then"}))
        barrier.wait(30)  # go
        barrier.wait(30)  # all done
    for p in procs:
        p.join(30)
    assert overlaps.value == 0


@pytest.mark.slow
def test_parallel_adds_on_a_stale_lock_never_lose_an_acknowledged_add(story: Path,
                                                                       tmp_path: Path) -> None:
    """20 rounds of 3 `annotate add` processes started together on a stale lock: every add
    that exited 0 and printed its id is in the file."""
    path = sidecar.path_for(story)
    env = {**os.environ, "ANNOTATE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    names = STORY.split("\n\n")[1].split()[:10]
    acknowledged: list[str] = []
    for round_ in range(20):
        _stale(path)
        procs = [subprocess.Popen(
            [sys.executable, "-m", "annotate", "add", "actor", str(story),
             "--name", names[(round_ * 3 + k) % 10], "--type", "person",
             "--id", f"r{round_}-{k}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=env) for k in range(3)]
        for k, proc in enumerate(procs):
            out, err = proc.communicate(timeout=60)
            if proc.returncode == 0:
                assert out.strip() == f"r{round_}-{k}"
                acknowledged.append(out.strip())
            else:
                # (a name added in an earlier round is refused as another actor's mention)
                assert "is being edited by" in err or "could not take the lock" in err or \
                    "is already a mention of" in err, err
    ids = {a.id for a in sidecar.load(path).actors}
    assert acknowledged and set(acknowledged) <= ids


def test_a_sidecar_that_is_a_link_to_nowhere_is_said_so_by_the_writers(sample_dir: Path) -> None:
    """As show and export say it (exit 2); add and tag spoke of a lock file in a folder
    that is not there."""
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    side.unlink()
    side.symlink_to("nowhere/x.ann.yaml")
    result = run_cli("add", "actor", sample_dir / "putin-netanyahu-call.txt", "--name",
                     "Militants", "--type", "group", "--mention", "militants")
    assert (result.code, result.err) == (2, f"annotate: {side}: is a link to nowhere/x.ann.yaml, "
                                            "which does not exist; remove the link or restore "
                                            "what it points to\n")


def test_a_one_change_holder_is_waited_for_and_then_let_go(story: Path) -> None:
    """`annotate add` holds the lock for one change: another writer waits for it rather
    than being refused (a session's lock is refused at once: the tests above)."""
    path = sidecar.path_for(story)
    held = lock.acquire(path, brief=True)
    timer = threading.Timer(0.5, held.release)
    timer.start()
    try:
        result = run_cli("add", "actor", story, "--name", "Ines Duarte", "--type", "person")
    finally:
        timer.join()
    assert result.code == 0, result
    assert [a.name for a in sidecar.load(path).actors] == ["Ines Duarte"]


def test_a_one_change_holder_that_stays_is_refused_after_the_wait(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "WAIT", 0.3)
    path = sidecar.path_for(story)
    with lock.acquire(path, brief=True):
        started = time.monotonic()
        result = run_cli("add", "actor", story, "--name", "Ines Duarte", "--type", "person")
        assert time.monotonic() - started >= 0.3
    assert result.code == 1
    assert result.err.startswith(f"annotate: {path}: is being edited by ")
    assert f"(lock file {lock.path_for(path)}), still after 0.3 seconds; " in result.err
    assert result.err.count("\n") == 1
    assert not path.exists()


@pytest.mark.slow
def test_parallel_one_shot_edits_on_one_sidecar_all_land(story: Path, tmp_path: Path) -> None:
    """Four `annotate add` processes and an `annotate edit` started together on one
    sidecar: each waits its turn, none is refused, every change is in the file."""
    path = sidecar.path_for(story)
    assert run_cli("add", "actor", story, "--name", "Ines Duarte", "--type", "person",
                   "--id", "duarte").code == 0
    env = {**os.environ, "ANNOTATE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    names = STORY.split("\n\n")[1].split()[:4]
    commands = [["add", "actor", str(story), "--name", name, "--type", "person", "--id",
                 name.lower()] for name in names]
    commands.append(["edit", str(story), "duarte", "--note", "the mayor"])
    procs = [subprocess.Popen([sys.executable, "-m", "annotate", *command],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env, cwd=tmp_path) for command in commands]
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    actors = {a.id: a for a in sidecar.load(path).actors}
    assert set(actors) == {"duarte", *(name.lower() for name in names)}
    assert actors["duarte"].note == "the mayor"
