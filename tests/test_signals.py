"""Ctrl-C (SIGINT) and `kill` (SIGTERM) during a command: exit 130 with one line, the
sidecar either the old or the new version, no temp file beside it, no lock left held.

Before: typer turned a Ctrl-C into a silent exit 130, and SIGTERM ended the process on
the spot (exit -15, no line, a temp file left if it came during a write)."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE_ARTICLE, run_cli

from annotate import lock, sidecar

pytestmark = pytest.mark.slow


def _annotate(*args: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "annotate", *map(str, args)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture
def silent_server() -> Iterator[tuple[str, threading.Event]]:
    """A server that takes the connection and never answers: the command is then
    certainly inside its fetch when the signal comes."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    connected = threading.Event()
    held: list[socket.socket] = []

    def accept() -> None:
        with __import__("contextlib").suppress(OSError):
            held.append(listener.accept()[0])
            connected.set()

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/story", connected
    for conn in held:
        conn.close()
    listener.close()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_mid_command_is_exit_130_with_one_line(
        silent_server: tuple[str, threading.Event], tmp_path: Path, signum: int) -> None:
    url, connected = silent_server
    process = _annotate("ingest", url, "--timeout", "60", "-o", tmp_path / "out")
    assert connected.wait(30), "annotate never connected"
    process.send_signal(signum)
    _, err = process.communicate(timeout=30)
    assert (process.returncode, err.decode()) == (130, "annotate: interrupted\n")
    assert not (tmp_path / "out").exists()


def _big_sidecar(folder: Path, actors: int) -> Path:
    """An article with a sidecar of `actors` actors (through the Label Studio import)."""
    article = folder / "story.txt"
    article.write_bytes(SAMPLE_ARTICLE.read_bytes())
    text = article.read_text("utf-8")
    words = [(i, text.index(" ", i)) for i in range(len(text) - 1)
             if (i == 0 or text[i - 1] == " ") and text[i].isalpha() and " " in text[i:]]
    results = [{"id": f"r{n}", "type": "labels", "value": {
        "start": words[n % len(words)][0], "end": words[n % len(words)][1],
        "text": text[words[n % len(words)][0]:words[n % len(words)][1]],
        "labels": ["person"]}} for n in range(actors)]
    tasks = folder / "tasks.json"
    tasks.write_text(json.dumps([{"data": {"text": text}, "annotations": [{"result": results}]}]))
    assert run_cli("import", tasks, "--from", "label-studio", "--article", article).code == 0
    return folder / "story.ann.yaml"


def test_signals_at_random_moments_of_an_edit_leave_the_old_or_the_new_sidecar(
        tmp_path: Path) -> None:
    side = _big_sidecar(tmp_path, 4000)
    first = sidecar.load(side).actors[0]
    old = side.read_bytes()
    edit = ("edit", tmp_path / "story.txt", first.id, "--name", "Renamed Person")
    started = time.monotonic()
    reference = _annotate(*edit)
    assert reference.wait(120) == 0
    duration = time.monotonic() - started
    new = side.read_bytes()
    rng = random.Random(12)
    for _ in range(8):
        side.write_bytes(old)
        process = _annotate(*edit)
        time.sleep(rng.uniform(0.3, duration))  # after Python's own start-up
        signum = rng.choice([signal.SIGINT, signal.SIGTERM])
        process.send_signal(signum)
        _, err = process.communicate(timeout=120)
        # A shell sees 130 either way: under `python -m`, CPython ends with SIGINT itself
        # (-2 here) when a KeyboardInterrupt, later handled, left an exec() of a string
        # (dataclasses build their methods so). SIGTERM raises KeyboardInterrupt too, so
        # it can end so as well (a fresh clone's full run did, once).
        assert process.returncode in (0, 130, -signal.SIGINT), err
        if process.returncode != 0:
            *before, last = err.decode().splitlines()
            # what it says of the sidecar is what is on disk (before any write was set
            # out: "interrupted" alone)
            assert last in ("annotate: interrupted",
                            f"annotate: interrupted; {side}: nothing was saved",
                            f"annotate: interrupted; {side}: the change is saved"), err
            if last.endswith("nothing was saved"):
                assert side.read_bytes() == old
            elif last.endswith("the change is saved"):
                assert side.read_bytes() == new
            # (a signal just after the save: the edit said so first, and it is on disk)
            assert before == [] or (len(before) == 1 and before[0].startswith("annotate: edited ")
                                    and side.read_bytes() == new), err
        assert side.read_bytes() in (old, new)
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
        with lock.acquire(side):  # nobody holds it: the next edit can start
            pass


def test_a_forked_worker_dies_of_sigterm_at_once() -> None:
    """A pool's terminate() sends SIGTERM to its workers, which may be blocked on the
    pool's queue: a worker has the default disposition from birth, so it dies without
    running Python code (with the parent's handler, `annotate agree` hung now and then,
    waiting for a worker that never died)."""
    code = ("import os, signal, sys\n"
            "from annotate.__main__ import _terminate_like_interrupt\n"
            "_terminate_like_interrupt()\n"
            "assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, None)\n"
            "pid = os.fork()\n"
            "if pid == 0:\n"
            "    os._exit(0 if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL else 3)\n"
            "sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))\n")
    assert subprocess.run([sys.executable, "-c", code], timeout=30).returncode == 0


def test_temp_files_a_killed_save_left_are_removed_by_the_next_writer(sample_dir: Path) -> None:
    """kill -9 mid-save runs nothing that could remove the temp file; the next writer,
    holding the lock, does (they stayed for good, and `git status` listed them)."""
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    stale = [sample_dir / ".putin-netanyahu-call.ann.yaml.6mm_z7qa.tmp",
             sample_dir / ".putin-netanyahu-call.ann.yaml.f6crescf.tmp"]
    for path in stale:
        path.write_text("half a sidecar")
    other = sample_dir / ".other.ann.yaml.abcdefgh.tmp"  # another file's: not this writer's
    other.write_text("x")
    result = run_cli("edit", sample_dir / "putin-netanyahu-call.txt", "putin", "--note", "ok")
    assert result.code == 0, result
    assert not any(p.exists() for p in stale) and other.exists()
    assert sidecar.load(side).actors[0].note == "ok"


@pytest.mark.parametrize(("after", "said"), [(False, "nothing was saved"),
                                             (True, "the change is saved")])
def test_an_interrupted_edit_says_whether_its_change_was_saved(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch, after: bool, said: str) -> None:
    """"annotate: interrupted" alone left a script to guess (a kill lands before or after
    the atomic rename)."""
    from annotate import yamlio

    real = yamlio.atomic_write

    def write(path: Path, text: str, **kwargs: object) -> None:
        if after:
            real(path, text, **kwargs)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(yamlio, "atomic_write", write)
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    result = run_cli("edit", sample_dir / "putin-netanyahu-call.txt", "putin", "--note", "x")
    assert (result.code, result.err) == (130, f"annotate: interrupted; {side}: {said}\n")
    assert (sidecar.load(side).actors[0].note == "x") == after


# The console script's own lines (pip writes them), run under a hook that sends SIGINT to
# the process the moment `module` is first imported: a Ctrl-C at a chosen moment of
# start-up, every time.
_CTRL_C_WHILE_IMPORTING = """
import os, signal, sys

class CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == {module!r}:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, CtrlC())
sys.argv = ["annotate", "schema"]
from annotate.__main__ import main
sys.exit(main())
"""


@pytest.mark.parametrize("module", ["__future__", "typing", "annotate.cli", "typer", "yaml",
                                    "annotate.commands.show", "annotate.schema"])
def test_a_ctrl_c_while_starting_up_is_exit_130_with_one_line(module: str) -> None:
    """Before: a Ctrl-C while annotate/__init__.py or __main__.py was imported (their
    `from __future__` and `typing`: the first 10 ms or so of annotate's own code) ended
    in the interpreter's KeyboardInterrupt traceback."""
    run = subprocess.run([sys.executable, "-c", _CTRL_C_WHILE_IMPORTING.format(module=module)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
    assert (run.returncode, run.stderr.decode()) == (130, "annotate: interrupted\n")


@pytest.mark.parametrize("how", ["console script", "-m"])
def test_a_ctrl_c_at_any_early_moment_leaves_no_traceback(how: str) -> None:
    """Signals at several delays after annotate's first line ran (the package's import is
    the first thing Python reports with PYTHONPROFILEIMPORTTIME). What comes before it
    (the interpreter's own start-up, the console script's `import re`) is no code of
    annotate's, and a Ctrl-C there can still end in CPython's traceback."""
    script = Path(sys.executable).with_name("annotate")
    if how == "console script" and not script.exists():
        pytest.skip(f"{script} is not installed (pip install -e . writes it)")
    command = [str(script)] if how == "console script" else [sys.executable, "-m", "annotate"]
    for delay in (0.002, 0.006, 0.015, 0.04, 0.1):
        process = subprocess.Popen([*command, "schema"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True,
                                   env={**__import__("os").environ,
                                        "PYTHONPROFILEIMPORTTIME": "1"})
        assert process.stderr is not None
        lines: list[str] = []
        started = threading.Event()

        def read(stream: Any = process.stderr, lines: list[str] = lines,
                 started: threading.Event = started) -> None:
            for line in stream:
                lines.append(line)
                if line.rstrip().endswith("| annotate"):
                    started.set()
            started.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        assert started.wait(30)
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)
        reader.join(30)
        said = [line for line in lines if not line.startswith("import time:")]
        assert not any("Traceback" in line for line in said), (delay, "".join(said))
        allowed = (0, 130) if how == "console script" else (0, 130, -signal.SIGINT)
        assert process.returncode in allowed, (delay, "".join(said))
        assert said in ([], ["annotate: interrupted\n"]), (delay, "".join(said))


def _reading_its_stdin(pid: int) -> bool:
    """Whether the process sleeps in a read of a pipe (its stdin: it reads no other)."""
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    wchan = Path(f"/proc/{pid}/wchan").read_text()
    return stat == "S" and "pipe" in wchan and "read" in wchan


@pytest.mark.skipif(not Path("/proc/self/wchan").exists(), reason="needs /proc/PID/wchan")
@pytest.mark.parametrize("command", ["tag", "adjudicate"])
def test_a_kill_while_a_piped_dialogue_waits_is_said_on_stderr(
        sample_dir: Path, merged: Path, command: str) -> None:
    """`tag --plain` (and `adjudicate --plain`) killed while waiting for its next line:
    "interrupted; every change is already saved…" went to standard output, among the
    transcript; it is said on stderr, as every command says it, and the exit stays 130.
    The signal is sent once the process sleeps reading the pipe (not while it is still
    writing its prompt)."""
    target = sample_dir / "putin-netanyahu-call.txt" if command == "tag" else merged
    prompt = b"(Enter = accept): " if command == "tag" else b"u q ?]: "
    process = subprocess.Popen([sys.executable, "-m", "annotate", command, "--plain",
                                str(target)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout is not None
    shown = b""
    deadline = time.monotonic() + 60
    while not shown.endswith(prompt):
        assert time.monotonic() < deadline, shown[-300:]
        chunk = os.read(process.stdout.fileno(), 65536)
        assert chunk, (shown[-300:], process.communicate(timeout=30))
        shown += chunk
    while not _reading_its_stdin(process.pid):
        assert time.monotonic() < deadline, "never waited on its input"
        time.sleep(0.01)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    saved = f"every change is already saved in {sidecar.path_for(target)}" \
        if command == "tag" else f"every decision is already saved in {merged}"
    assert (process.returncode, out, err.decode()) == (
        130, b"\n", f"annotate: interrupted; {saved}\n")
    assert not lock.path_for(sidecar.path_for(target) if command == "tag" else merged).exists()
