"""The installed `annotate tag` in a real pseudo-terminal: full screen, keys, leaving."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest
from conftest import ROOT, SAMPLE_ARTICLE
from walk_support import suggested

from annotate import checks, sidecar

pytestmark = pytest.mark.slow
ALTERNATE_SCREEN = "\x1b[?1049h"


def _command() -> tuple[str, list[str]]:
    """The console script installed beside this Python, else `python -m annotate`."""
    script = Path(sys.executable).with_name("annotate")
    if script.exists():
        return str(script), ["tag"]
    return sys.executable, ["-m", "annotate", "tag"]


def spawn(tmp_path: Path, *args: str, term: str = "xterm-256color") -> pexpect.spawn:
    env = {**os.environ, "ANNOTATE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
           "TERM": term}
    program, base = _command()
    return pexpect.spawn(program, [*base, *args], env=env, cwd=str(tmp_path),
                         encoding="utf-8", timeout=30, dimensions=(24, 80))


def wait_for(check, timeout: float = 20) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except Exception:  # the file is being replaced: look again
            pass
        time.sleep(0.1)
    raise AssertionError("timed out waiting for the session to save")


def actors(path: Path) -> list[str]:
    return [a.id for a in sidecar.load(path).actors] if path.exists() else []


def test_tag_opens_full_screen_tags_and_quits_cleanly(tmp_path: Path) -> None:
    child = spawn(tmp_path)
    child.expect_exact(ALTERNATE_SCREEN)
    child.expect_exact("pending")  # the suggestions are in
    path = sidecar.path_for(tmp_path / "home" / "sample" / SAMPLE_ARTICLE.name)
    child.send("y")
    wait_for(lambda: actors(path) == ["putin"])
    child.send("x")  # reject the next one
    wait_for(lambda: sidecar.load(path).rejected == ["actor:Benjamin Netanyahu"])
    child.send("q")
    child.expect_exact("saved 1 actor, 0 events, 0 claims")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert checks.check_file(path) == []
    assert not path.with_name(f".{path.name}.lock").exists()


def test_quitting_says_where_the_work_went_with_a_tilde_under_home(tmp_path: Path) -> None:
    """`q` said the sidecar's full path (`/home/alice/.local/share/annotate/…`) where the
    README shows `~/.local/share/annotate/…`: under the home folder it is said so."""
    home = tmp_path / "alice"
    env = {k: v for k, v in os.environ.items() if k not in ("ANNOTATE_HOME", "XDG_DATA_HOME")}
    program, base = _command()
    child = pexpect.spawn(program, base, env={**env, "HOME": str(home), "PYTHONPATH": str(ROOT),
                                              "TERM": "xterm-256color"},
                          cwd=str(tmp_path), encoding="utf-8", timeout=30, dimensions=(24, 80))
    child.expect_exact("pending")
    path = home / ".local/share/annotate/sample/putin-netanyahu-call.ann.yaml"
    child.send("y")
    wait_for(lambda: actors(path) == ["putin"])
    child.send("q")
    child.expect_exact("saved 1 actor, 0 events, 0 claims in "
                       "~/.local/share/annotate/sample/putin-netanyahu-call.ann.yaml")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_read_only_session_leaves_saying_it_saved_nothing(tmp_path: Path) -> None:
    article = Path(shutil.copy(SAMPLE_ARTICLE, tmp_path))
    shutil.copy(sidecar.path_for(SAMPLE_ARTICLE), tmp_path)
    before = sidecar.path_for(article).read_bytes()
    child = spawn(tmp_path, article.name, "--read-only")
    child.expect_exact("pending")
    child.send("q")
    child.expect_exact("read-only, nothing saved: 16 actors, 8 events, 16 claims in")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and "saved 16" not in (child.before or "")
    assert sidecar.path_for(article).read_bytes() == before


def test_kill_9_mid_session_loses_no_saved_edit(tmp_path: Path) -> None:
    article = Path(shutil.copy(SAMPLE_ARTICLE, tmp_path))
    path = sidecar.path_for(article)
    # The workspace goes through the actor suggestions in the order of the text.
    found = sorted(suggested(article, "actors"), key=lambda s: s.mentions[0])
    child = spawn(tmp_path, article.name)
    child.expect_exact("pending")  # the suggestions are in
    for count, key in enumerate("yyy", 1):
        child.send(key)
        wait_for(lambda count=count: len(actors(path)) == count)
    child.send("s")  # half-way through something: a selection, not saved
    child.kill(signal.SIGKILL)
    child.close()
    assert [a.name for a in sidecar.load(path).actors] == [s.name for s in found[:3]]
    assert checks.check_file(path) == []
    again = spawn(tmp_path, article.name)  # the stale lock is taken over
    again.expect_exact("pending")  # the suggestions are in
    again.send("y")
    wait_for(lambda: len(actors(path)) == 4)
    again.send("q")
    again.expect(pexpect.EOF)
    again.close()
    assert again.exitstatus == 0


@pytest.mark.parametrize("how", ["sigterm", "sighup", "ctrl-c"])
def test_signals_leave_with_everything_saved_and_exit_130(tmp_path: Path, how: str) -> None:
    article = Path(shutil.copy(SAMPLE_ARTICLE, tmp_path))
    path = sidecar.path_for(article)
    child = spawn(tmp_path, article.name)
    child.expect_exact("pending")  # the suggestions are in
    child.send("y")
    wait_for(lambda: actors(path) == ["putin"])
    if how == "ctrl-c":
        child.sendintr()
    else:
        child.kill(signal.SIGTERM if how == "sigterm" else signal.SIGHUP)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130, (how, child.exitstatus, child.signalstatus)
    assert actors(path) == ["putin"]
    assert not path.with_name(f".{path.name}.lock").exists()


@pytest.mark.parametrize("args,term", [((), "dumb"), (("--plain",), "xterm")])
def test_dumb_terminals_and_plain_get_the_dialogue(tmp_path: Path, args: tuple[str, ...],
                                                   term: str) -> None:
    child = spawn(tmp_path, *args, term=term)
    child.expect_exact("Pass 1 of 3: actors")
    child.expect_exact("): ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert ALTERNATE_SCREEN not in (child.before or "")
    assert child.exitstatus == 0


def test_the_keys_are_readable_to_the_last_one_at_80x24(tmp_path: Path) -> None:
    """`?` at 80x24: the keys are three screens long; PgDn reaches the last ones (quit),
    and the key that closes them does nothing else."""
    child = spawn(tmp_path)
    child.expect_exact("? keys")  # the status bar says where the keys are
    child.expect_exact("pending")
    child.send("?")
    child.expect_exact("any other key closes")
    for _ in range(4):
        child.send("\x1b[6~")  # PgDn
    child.expect_exact("quit (everything is already saved)")
    child.send("x")  # closes the keys; rejects nothing
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    path = sidecar.path_for(tmp_path / "home" / "sample" / SAMPLE_ARTICLE.name)
    assert not path.exists()  # nothing was rejected: nothing saved


def test_keys_typed_fast_at_the_keys_close_them_once_and_never_crash(tmp_path: Path) -> None:
    """Two keys in one read (typed fast, a paste, ssh sending them together) both reach
    the `?` screen before it is gone: the first closes it, the second is dropped. A
    second close had popped the workspace's own screen: a traceback and exit 130."""
    child = spawn(tmp_path)
    child.expect_exact("pending")
    child.send("?")
    child.expect_exact("any other key closes")
    child.send("zz")  # one write: both keys arrive together
    time.sleep(1)
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert "Traceback" not in (child.before or "")
    assert "ScreenStackError" not in (child.before or "")
    assert child.exitstatus == 0

def test_ctrl_c_with_a_form_open_says_the_form_was_not_saved(tmp_path: Path) -> None:
    article = Path(shutil.copy(SAMPLE_ARTICLE, tmp_path))
    child = spawn(tmp_path, article.name)
    child.expect_exact("pending")
    child.send("y")  # something saved
    wait_for(lambda: actors(sidecar.path_for(article)) == ["putin"])
    child.send("gsc")  # the first sentence selected, a claim form opened on it
    child.expect_exact("claim")
    time.sleep(0.5)
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "interrupted, the open claim form was not saved" in child.before


def test_escape_and_a_key_read_at_once_are_both_keys(tmp_path: Path) -> None:
    """Esc then `q` arriving in one read (typed fast, or bunched by a slow ssh link) is
    parsed as alt+q: the Esc was lost, the open form took the q as its kind and stayed
    open, and the keys typed next went on into it. Esc drops the form, q quits."""
    article = Path(shutil.copy(SAMPLE_ARTICLE, tmp_path))
    child = spawn(tmp_path, article.name)
    child.expect_exact("pending")
    child.send("gsc")  # the first sentence selected, a claim form opened on it
    child.expect_exact("new claim")
    time.sleep(0.5)
    child.send("\x1bq")  # one write: Esc and q together
    child.expect_exact("nothing tagged, nothing saved", timeout=10)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert not sidecar.path_for(article).exists()


def _state(pid: int) -> str:
    """The process's state letter in /proc (T: stopped)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_ctrl_z_suspends_to_the_shell_and_fg_comes_back(tmp_path: Path) -> None:
    """Ctrl-Z did nothing at all (raw mode makes it a key, and no key was bound to it): a
    person over ssh could not step out to the shell. It suspends with the terminal given
    back, and SIGCONT (the shell's `fg`) brings the workspace back, drawn again (a resize to
    the same size repaints nothing: the screen stayed blank)."""
    article = Path(shutil.copy(SAMPLE_ARTICLE, tmp_path))
    path = sidecar.path_for(article)
    child = spawn(tmp_path, article.name)
    child.expect_exact("pending")
    child.send("\x1a")  # ctrl+z
    child.expect_exact("\x1b[?1049l")  # the alternate screen is left: the shell's terminal
    wait_for(lambda: _state(child.pid) == "T")
    os.kill(child.pid, signal.SIGCONT)  # what `fg` sends
    child.expect_exact(ALTERNATE_SCREEN)
    child.expect_exact("? keys", timeout=5)  # the screen is drawn again, not left blank
    child.send("y")
    wait_for(lambda: actors(path) == ["putin"])
    child.send("q")
    child.expect_exact("saved 1 actor, 0 events, 0 claims")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


TMUX = shutil.which("tmux")


class Tmux:
    """A real terminal of a given size (tmux on its own socket), read as a person sees it."""

    def __init__(self, tmp_path: Path, size: tuple[int, int], *args: str) -> None:
        assert TMUX is not None
        self.socket = str(tmp_path / "tmux.sock")
        program, base = _command()
        env = [f"ANNOTATE_HOME={tmp_path / 'home'}", f"PYTHONPATH={ROOT}",
               "TERM=xterm-256color"]
        self.run("new-session", "-d", "-s", "w", "-x", str(size[0]), "-y", str(size[1]),
                 "-c", str(tmp_path), "env", "-u", "COLUMNS", "-u", "LINES", *env, program,
                 *base, *args)  # (the tests' COLUMNS would size the screen, not tmux)

    def run(self, *args: str) -> str:
        assert TMUX is not None
        return subprocess.run([TMUX, "-S", self.socket, *args], capture_output=True,
                              text=True, check=True, timeout=30).stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "w")

    def wait_for(self, text: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never showed:\n{self.screen()}")

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.run("send-keys", "-t", "w", *(["-l"] if literal else []), *keys)
        time.sleep(0.3)  # (an Esc and the next key sent at once read as alt+key)

    def alive(self) -> bool:
        return subprocess.run([TMUX or "tmux", "-S", self.socket, "has-session", "-t", "w"],
                              capture_output=True, check=False).returncode == 0

    def close(self) -> None:
        subprocess.run([TMUX or "tmux", "-S", self.socket, "kill-server"], capture_output=True,
                       check=False)


@pytest.mark.skipif(TMUX is None, reason="needs tmux")
def test_at_60x20_in_a_real_terminal_the_keys_are_said_and_the_equals_question_fits(
        tmp_path: Path) -> None:
    """What a person saw at 60x20: no word of Tab or / on the first screen, and `=` on an
    event's participants cut off at "(made an actor". Now the key line is on the first
    screen, each key whole on its line, and the question fits."""
    article = Path(shutil.copy(SAMPLE_ARTICLE, tmp_path))
    term = Tmux(tmp_path, (60, 20), article.name)
    try:
        term.wait_for("pending")
        first = term.wait_for("q quit")
        assert "Tab next  / search" in first and "J K panel" in first, first
        term.keys("/")
        term.keys("conversation", literal=True)
        term.keys("Enter")
        term.keys("v")
        term.wait_for("▶ participants")
        term.keys("=")
        shown = term.wait_for("participant: the name as the article writes it")
        lines = shown.splitlines()
        assert all(len(line) <= 60 for line in lines)
        said = " ".join(line.strip() for line in lines[-5:-2])
        assert "Enter: the participant of that name, made an actor if it is none yet; " \
               "Esc: back" in said, shown
        term.keys("Escape")
        term.keys("Escape")
        term.wait_for("dropped; nothing of it was saved")
        term.keys("q")
        deadline = time.monotonic() + 10
        while term.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not term.alive()  # q left
    finally:
        term.close()
    assert not sidecar.path_for(article).exists()  # nothing was made: nothing saved
