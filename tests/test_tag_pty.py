"""A new user's first session in a real pseudo-terminal: `annotate tag` with no article."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pexpect
import pytest
from conftest import ROOT, SAMPLE_ARTICLE, SAMPLE_SIDECAR
from walk_support import suggested, tag_the_call

from annotate import checks, sidecar

pytestmark = pytest.mark.slow


def test_walkthrough_in_a_terminal_tags_an_actor_an_event_and_a_claim(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "ANNOTATE_HOME": str(home), "PYTHONPATH": str(ROOT), "TERM": "xterm",
           "COLUMNS": "110", "LINES": "40"}
    env.pop("NO_COLOR", None)  # colours on, as a person would see it
    before = SAMPLE_SIDECAR.read_text()
    # The same article the child copies into its home: the answers, looked up in what
    # the recommenders suggest for it.
    planned = tmp_path / "plan"
    planned.mkdir()
    steps = tag_the_call(Path(shutil.copy(SAMPLE_ARTICLE, planned)))
    child = pexpect.spawn(sys.executable, ["-m", "annotate", "tag", "--plain"], env=env,
                          cwd=str(tmp_path), encoding="utf-8", timeout=30, dimensions=(40, 110))
    for expected, answer in steps:
        child.expect_exact(expected)
        child.expect_exact("): " if expected[0].isupper() else ": ")
        child.sendline(answer)
    child.expect_exact("\n> ")  # the command loop
    child.sendline("q")
    child.expect_exact("validation: 0 errors")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    path = sidecar.path_for(home / "sample" / SAMPLE_ARTICLE.name)
    assert checks.check_file(path) == []
    ann = sidecar.load(path)
    assert [a.id for a in ann.actors] == ["putin", "netanyahu"]
    assert ann.events[0].trigger.text == "conversation"
    assert ann.claims[0].span.text == "over 1,300 Israelis dead"
    assert SAMPLE_SIDECAR.read_text() == before


def test_ctrl_c_in_a_terminal_exits_130_with_everything_saved(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "ANNOTATE_HOME": str(home), "PYTHONPATH": str(ROOT), "TERM": "xterm"}
    child = pexpect.spawn(sys.executable, ["-m", "annotate", "tag", "--plain"], env=env,
                          encoding="utf-8", timeout=30, dimensions=(40, 100))
    child.expect_exact("Actor 1/")
    child.expect_exact("): ")
    child.sendline("")
    child.expect_exact("Actor 2/")
    child.expect_exact("): ")
    child.send("half-typed")
    child.expect_exact("half-typed")  # echoed: readline is waiting again, so ^C is seen
    child.sendintr()
    child.expect_exact("every change is already saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    path = sidecar.path_for(home / "sample" / SAMPLE_ARTICLE.name)
    assert [a.id for a in sidecar.load(path).actors] == ["putin"]


def _spawn(tmp_path: Path, *args: str, no_color: bool = True):  # type: ignore[no-untyped-def]
    env = {**os.environ, "ANNOTATE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
           "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    if no_color:
        env["NO_COLOR"] = "1"
    return pexpect.spawn(sys.executable, ["-m", "annotate", "tag", "--plain", *args], env=env,
                         encoding="utf-8", timeout=30, dimensions=(40, 100))


@pytest.mark.parametrize("no_color", [True, False])
def test_no_color_is_honoured_in_a_terminal(tmp_path: Path, no_color: bool) -> None:
    child = _spawn(tmp_path, no_color=no_color)
    child.expect_exact("(Enter = accept): ")
    child.sendline("")
    child.expect_exact("saved")
    seen = child.before
    child.sendline("q")
    child.expect(pexpect.EOF)
    colour = "\x1b[32m" in seen or "\x1b[36m" in seen or "\x1b[1;36m" in seen
    assert colour is not no_color


def test_a_locked_sidecar_offers_read_only_in_a_terminal(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from annotate import lock
    from annotate.tag import workspace

    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "home"))  # the child's sample copy
    article = workspace.sample_article()
    with lock.acquire(sidecar.path_for(article)):
        child = _spawn(tmp_path)
        child.expect_exact(f"pid {os.getpid()}")
        child.expect_exact("Open it read-only? [Y/n] ")
        child.sendline("")
        child.expect_exact("READ-ONLY")
        child.expect_exact("> ")
        child.sendline("add actor --name Putin --type person")
        child.expect_exact("read-only session")
        child.sendline("q")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0
    assert not sidecar.path_for(article).exists()


def test_paths_with_markup_in_them_are_shown_as_they_are(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample's path and the lock's message went through rich markup: "[bold]" in
    a folder's name was obeyed, and "[/]" was an internal error (MarkupError)."""
    from annotate import lock
    from annotate.tag import workspace

    home = tmp_path / "a[/]b [bold]c"
    monkeypatch.setenv("ANNOTATE_HOME", str(home))
    article = workspace.sample_article()
    with lock.acquire(sidecar.path_for(article)):
        env = {**os.environ, "ANNOTATE_HOME": str(home), "PYTHONPATH": str(ROOT),
               "TERM": "xterm-256color", "NO_COLOR": "1"}
        child = pexpect.spawn(sys.executable, ["-m", "annotate", "tag", "--plain"], env=env,
                              encoding="utf-8", timeout=30, dimensions=(40, 300))
        child.expect_exact(f"copied to {article}")
        child.expect_exact("is being edited by")
        assert f"annotate: {sidecar.path_for(article)}: " in child.before.replace("\r\n", ""), \
            child.before
        child.expect_exact("Open it read-only? [Y/n] ")
        child.sendline("n")
        child.expect_exact("annotate: not opened: the other session keeps it")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 1, child.before


def test_ctrl_c_at_the_read_only_question_says_so_on_a_line_of_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """"^Cannotate: interrupted" ran on from the prompt's line."""
    from annotate import lock
    from annotate.tag import workspace

    monkeypatch.setenv("ANNOTATE_HOME", str(tmp_path / "home"))
    article = workspace.sample_article()
    with lock.acquire(sidecar.path_for(article)):
        child = _spawn(tmp_path)
        child.expect_exact("Open it read-only? [Y/n] ")
        child.sendintr()
        child.expect(r"\r?\nannotate: interrupted")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 130, child.before


def test_the_fixed_dialogue_in_a_terminal(tmp_path: Path) -> None:
    """? at a text prompt, cancelling an item, Tab completion, revisiting a pass, and a
    rejected suggestion not offered again after reopening."""
    folder = tmp_path / "story"
    folder.mkdir()
    story = folder / SAMPLE_ARTICLE.name
    story.write_bytes(SAMPLE_ARTICLE.read_bytes())
    found = suggested(story, "actors")
    first, second = found[0], found[1]
    child = _spawn(tmp_path, str(story))
    child.expect_exact(f"Actor 1/{len(found)}: {first.name} (")
    child.expect_exact("(Enter = accept): ")
    child.sendline("r")  # rejected: kept in the sidecar
    child.expect_exact(f"Actor 2/{len(found)}: {second.name} (")
    child.expect_exact("(Enter = accept): ")
    child.sendline("n")
    child.expect_exact("actor name: ")
    child.sendline("?")  # help, and the same question again: never the actor's name
    child.expect_exact("cancels this item")
    child.expect_exact("actor name: ")
    child.sendline("-")
    child.expect_exact("cancelled: no actor added")
    child.expect_exact("(Enter = accept): ")
    child.sendline("s")  # skipped: offered again by `pass actors`
    for _ in range(3):
        child.expect_exact("(Enter = accept): ")
        child.sendline("d")
    child.expect_exact("> ")
    child.send("pass act\t")  # Tab completes the pass's name
    child.expect_exact("pass actors")
    child.sendline("")
    child.expect_exact(f"Actor 1/{len(found) - 1}: {second.name} (")
    child.expect_exact("(Enter = accept): ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert sidecar.load(sidecar.path_for(story)).rejected == [first.key]

    again = _spawn(tmp_path, str(story))  # the passes were ended: the command loop
    again.expect_exact("> ")
    again.sendline("pass actors")
    again.expect_exact("Actor 1/")
    again.expect_exact("(Enter = accept): ")
    # the first suggestion: rejected for good
    assert again.before.startswith(f"{len(found) - 1}: {second.name} (")
    again.sendline("q")
    again.expect(pexpect.EOF)
    again.close()
    assert again.exitstatus == 0


def test_with_standard_error_redirected_the_prompt_dialogue_runs(tmp_path: Path) -> None:
    """The workspace draws on standard error: sent to a file, the screen would stay blank
    while keys change the sidecar, so `tag` asks its questions instead."""
    env = {**os.environ, "ANNOTATE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
           "TERM": "xterm"}
    err = tmp_path / "err.log"
    child = pexpect.spawn("/bin/sh", ["-c", f"{sys.executable} -m annotate tag 2>{err}"],
                          env=env, encoding="utf-8", timeout=30, dimensions=(40, 100))
    child.expect_exact("Actor 1/")
    child.expect_exact("): ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "\x1b[?1049h" not in err.read_text()  # no full screen drawn into the file


def test_a_prompt_wider_than_the_terminal_is_cut_at_words(tmp_path: Path) -> None:
    """At 80 columns the claim's kind and verdict prompts are wider than the terminal,
    which cut them mid-word ("[quanti" / "ty]:"): the prompt is printed in lines that fit,
    cut at spaces, and the answer is typed after its last line."""
    env = {**os.environ, "ANNOTATE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
           "TERM": "xterm-256color", "NO_COLOR": "1"}
    env.pop("COLUMNS", None)  # the terminal's own width, as a person's shell leaves it
    child = pexpect.spawn(sys.executable, ["-m", "annotate", "tag", "--plain"], env=env,
                          encoding="utf-8", timeout=30, dimensions=(24, 80))
    for _ in ("actors", "events"):  # straight to the claims
        child.expect_exact("(Enter = accept): ")
        child.sendline("d")
    child.expect_exact("Claim 1/")
    child.expect_exact("(Enter = accept): ")
    child.sendline("e")
    child.expect_exact("claim span")
    child.expect_exact(": ")
    child.sendline("")  # as suggested
    child.expect_exact("kind (")
    child.expect_exact("]: ")
    shown = "kind (" + child.before + "]: "
    lines = shown.replace("\r", "").split("\n")
    assert len(lines) == 2 and all(len(line) < 80 for line in lines), lines
    assert lines[1].startswith("[")  # cut before the default, not inside a word
    child.sendline("-")  # cancelled
    child.expect_exact("cancelled: no claim added")
    child.expect_exact("(Enter = accept): ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
