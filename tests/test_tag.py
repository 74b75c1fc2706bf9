"""`annotate tag` through the real loop: piped stdin, subprocesses, a lock, kill -9."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_ARTICLE, SAMPLE_SIDECAR, run_cli
from walk_support import suggested, tag_the_call

from annotate import article, checks, lock, sidecar

# The same items as `walk` (walk_support.tag_the_call) tags through the dialogue.
SCRIPTED = [
    ["add", "actor", "--name", "Vladimir Putin", "--type", "person",
     "--mention", "Vladimir Putin", "--mention", "Putin"],
    ["add", "actor", "--name", "Benjamin Netanyahu", "--type", "person",
     "--mention", "Benjamin Netanyahu", "--mention", "Netanyahu", "--mention", "Natanyahu"],
    ["add", "event", "--type", "communication", "--trigger", "conversation",
     "--participant", "putin:speaker", "--participant", "netanyahu:addressee"],
    ["add", "claim", "--text", "over 1,300 Israelis dead", "--kind", "quantity"],
]


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    return Path(shutil.copy(SAMPLE_ARTICLE, folder))


def tag(monkeypatch: pytest.MonkeyPatch, lines: list[str], *args: object):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{x}\n" for x in lines)))
    return run_cli("tag", *args)


def walk(story: Path) -> list[str]:
    """Tag the call, its two people and the casualty figure through the walkthrough."""
    return [answer for _, answer in tag_the_call(story)] + ["q"]


def test_walkthrough_transcript_saves_a_valid_sidecar(story: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    steps = tag_the_call(story)
    result = tag(monkeypatch, walk(story), story)
    assert result.code == 0, result
    out = result.out
    assert "Pass 1 of 3: actors" in out and "Actor 1/" in out and "Vladimir Putin" in out
    at = 0
    for asked, _ in steps:  # each suggestion where the recommenders' lists put it
        at = out.index(asked, at)
    assert "✓ added actor putin; saved" in out and "✓ added event conversation; saved" in out
    assert "[over 1,300 Israelis dead]" in out  # the picked span, shown in its sentence
    assert "validation: 0 errors" in out and "\x1b[" not in out  # no colour when piped
    path = sidecar.path_for(story)
    assert checks.check_file(path) == []
    ann = sidecar.load(path)
    assert [a.id for a in ann.actors] == ["putin", "netanyahu"]
    assert [(p.actor, p.role) for p in ann.events[0].participants] == [
        ("putin", "speaker"), ("netanyahu", "addressee")]
    assert ann.claims[0].span.text == "over 1,300 Israelis dead"


def test_scripting_commands_write_the_same_sidecar(story: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert tag(monkeypatch, walk(story), story).code == 0
    other = tmp_path / "scripted"
    other.mkdir()
    copy = Path(shutil.copy(SAMPLE_ARTICLE, other))
    ids = []
    for args in SCRIPTED:
        result = run_cli(args[0], args[1], copy, *args[2:])
        assert result.code == 0, result
        ids.append(result.out.strip())
    assert ids == ["putin", "netanyahu", "conversation", "over-1-300-israelis"]
    assert sidecar.path_for(copy).read_text() == sidecar.path_for(story).read_text()


def test_a_verdict_moved_onto_other_words_by_edit_is_to_be_rechecked(story: Path) -> None:
    for args in SCRIPTED:
        assert run_cli(args[0], args[1], story, *args[2:]).code == 0
    assert run_cli("edit", story, "over-1-300-israelis", "--verdict", "correct").code == 0
    moved = run_cli("edit", story, "over-1-300-israelis", "--text", "s3 1,300 Israelis")
    assert moved.code == 0 and "verdict 'correct' to re-check" in moved.err
    claim = sidecar.load(sidecar.path_for(story)).claims[0]
    assert (claim.span.text, claim.recheck) == ("1,300 Israelis", "over 1,300 Israelis dead")
    [problem] = checks.check_file(sidecar.path_for(story))
    assert problem.rule == "recheck"
    # Moved back, nothing to re-check; a verdict given with the move is for the new words.
    assert run_cli("edit", story, "over-1-300-israelis", "--text",
                   "s3 over 1,300 Israelis dead").code == 0
    assert sidecar.load(sidecar.path_for(story)).claims[0].recheck is None
    assert run_cli("edit", story, "over-1-300-israelis", "--text", "s3 1,300 Israelis",
                   "--verdict", "mostly-correct").code == 0
    assert sidecar.load(sidecar.path_for(story)).claims[0].recheck is None


def test_a_sidecar_of_another_article_is_refused_before_anything_moves(story: Path) -> None:
    """`story.alice.ann.yaml` is alice's sidecar of the story and the default sidecar of an
    article named `story.alice.md`: tagging, editing or re-anchoring that article with it
    would move every span onto other words."""
    assert run_cli("add", "actor", story, "--name", "Vladimir Putin", "--type", "person",
                   "--mention", "Vladimir Putin", "--annotator", "alice").code == 0
    alice = story.parent / story.name.replace(".txt", ".alice.ann.yaml")
    kept = alice.read_bytes()
    other = story.parent / story.name.replace(".txt", ".alice.md")
    other.write_text("Another story\n\nVladimir Putin is not in this one.\n", "utf-8")
    message = (f"annotate: {alice}: is the sidecar of {story.name} (its document.path), "
               f"not of {other.name}; give this article's own sidecar with --sidecar\n")
    for args in (["tag", "--plain", other], ["reanchor", other],
                 ["reanchor", other, "--sidecar", alice],
                 ["add", "actor", other, "--name", "Putin", "--type", "person"]):
        result = run_cli(*args)
        assert (result.code, result.err[-len(message):]) == (1, message), (args, result)
    assert alice.read_bytes() == kept


def test_edit_and_rm_commands(story: Path) -> None:
    for args in SCRIPTED:
        assert run_cli(args[0], args[1], story, *args[2:]).code == 0
    result = run_cli("edit", story, "over-1-300-israelis", "--verdict", "correct",
                     "--claimant", "putin", "--about", "conversation")
    assert result.code == 0, result
    kept = sidecar.path_for(story).read_bytes()
    result = run_cli("edit", story, "over-1-300-israelis", "--about", "over-1-300-israelis")
    assert result.code == 1 and result.err.endswith("cannot be about itself\n"), result
    assert sidecar.path_for(story).read_bytes() == kept  # its "about" kept, not emptied
    for option, item in (("--about", "over-1-300-israelis"), ("--participant", "conversation"),
                         ("--alias", "putin")):  # an unset shell variable clears nothing
        result = run_cli("edit", story, item, option, "")
        assert result.code == 1 and f"to clear the list, give {option} none" in result.err
        assert sidecar.path_for(story).read_bytes() == kept
    refused = run_cli("rm", story, "putin")
    assert refused.code == 1
    assert refused.err.strip().endswith("'putin' is still referenced by conversation, "
                                        "over-1-300-israelis; remove those first or use "
                                        "--cascade to drop the references")
    assert run_cli("rm", story, "putin", "--cascade").code == 0
    ann = sidecar.load(sidecar.path_for(story))
    assert ann.get("putin") is None and ann.claims[0].verdict == "correct"
    assert checks.check_file(sidecar.path_for(story)) == []


def test_a_sidecar_with_two_annotations_of_one_id_is_not_edited(story: Path) -> None:
    assert run_cli("add", "actor", story, "--name", "Vladimir Putin", "--type", "person",
                   "--mention", "Vladimir Putin").code == 0
    assert run_cli("add", "actor", story, "--name", "Benjamin Netanyahu", "--type", "person",
                   "--mention", "Benjamin Netanyahu").code == 0
    path = sidecar.path_for(story)
    path.write_text(path.read_text("utf-8").replace("id: netanyahu", "id: putin"), "utf-8")
    kept = path.read_bytes()
    result = run_cli("edit", story, "putin", "--note", "checked")
    assert result.code == 1 and "two annotations have the id 'putin'" in result.err, result
    assert path.read_bytes() == kept


def test_a_second_actor_on_the_same_words_or_a_mention_inside_its_own_is_refused(
        story: Path) -> None:
    assert run_cli("add", "actor", story, "--name", "Vladimir Putin", "--type", "person",
                   "--mention", "Vladimir Putin").code == 0
    kept = sidecar.path_for(story).read_bytes()
    again = run_cli("add", "actor", story, "--name", "Vladimir Putin", "--type", "person",
                    "--mention", "Vladimir Putin")
    assert again.code == 1 and "is already a mention of putin" in again.err, again
    assert sidecar.path_for(story).read_bytes() == kept
    # The workspace's and the dialogue's "add a mention": not inside one of the actor's own.
    from annotate import article as article_mod
    from annotate.editing import edits
    from annotate.errors import AnnotateError

    art, ann = article_mod.load(story), sidecar.load(sidecar.path_for(story))
    at = ann.get("putin").mentions[0]
    with pytest.raises(AnnotateError, match="overlaps putin's mention 'Vladimir Putin'"):
        edits.add_mention(ann, art, "putin", at.end - len("Putin"), at.end)
    assert edits.add_mention(ann, art, "putin", at.start, at.end).get("putin").mentions == [at]


@pytest.mark.parametrize(("args", "message"), [
    (["add", "claim", "{a}", "--text", "Russia", "--kind", "factual"],
     "'Russia' occurs 5 times; pick one with --occurrence N or --sentence N: 1) s2: …"),
    (["add", "event", "{a}", "--type", "communication", "--trigger", "conversation",
      "--participant", "nobody:speaker"], "there is no actor 'nobody'"),
    (["edit", "{a}", "ghost", "--name", "x"], "there is no annotation with id 'ghost'"),
    (["add", "actor", "{a}", "--name", "X", "--type", "alien"], "actor type 'alien' is not in"),
    (["tag", "{a}.missing"], "article not found"),
    (["tag", "{a}", "--annotator", "Alice Smith"], "--annotator 'Alice Smith' must be a short id"),
    # (story.ann.ann.yaml would read as the sidecar of an article story.ann.txt)
    (["tag", "{a}", "--annotator", "ann"], "would name a file that reads as another article's"),
])
def test_bad_input_is_one_line_no_traceback(story: Path, args: list[str], message: str) -> None:
    result = run_cli(*[x.format(a=story) for x in args])
    assert result.code != 0
    assert message in result.err and result.err.count("\n") == 1
    assert "Traceback" not in result.err + result.out


@pytest.mark.parametrize("args", [
    ["edit", "{a}", "ghost", "--name", "x"],
    ["rm", "{a}", "ghost"],
    ["add", "claim", "{a}", "--text", "Zelensky", "--kind", "factual"],
    ["add", "event", "{a}", "--type", "communication", "--trigger", "conversation",
     "--participant", "nobody:speaker"],
])
def test_a_refused_script_edit_names_the_sidecar(story: Path, args: list[str]) -> None:
    # A script runs many of these: the line must say which file the edit was refused on
    # (with --annotator, which annotator's sidecar lacks the id).
    result = run_cli(*[x.format(a=story) for x in args], "--annotator", "alice")
    assert result.code == 1
    alice = sidecar.path_for(story, "alice")
    assert result.err.startswith(f"annotate: {alice}: ") and not alice.exists()
    assert result.err.count("\n") == 1


def test_add_claim_with_occurrence_or_sentence(story: Path) -> None:
    first = run_cli("add", "claim", story, "--text", "Russia", "--kind", "factual",
                    "--sentence", "6")
    assert first.code == 0, first
    ann = sidecar.load(sidecar.path_for(story))
    assert ann.claims[0].span.start == 1014


def test_a_sidecar_that_fails_to_load_is_never_overwritten(story: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = sidecar.path_for(story)
    path.write_text("schema_version: 1\nactors: [\n")
    result = tag(monkeypatch, ["q"], story)
    assert result.code == 1 and str(path) in result.err
    assert path.read_text() == "schema_version: 1\nactors: [\n"
    assert run_cli("add", "actor", story, "--name", "Putin", "--type", "person").code == 1
    assert path.read_text() == "schema_version: 1\nactors: [\n"


def test_lock_refuses_a_second_writer_names_the_holder_and_allows_read_only(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = sample_dir / SAMPLE_ARTICLE.name
    path = sidecar.path_for(article)
    before = path.read_text()
    with lock.acquire(path):
        result = tag(monkeypatch, ["q"], article)
        assert result.code == 1
        assert "is being edited by" in result.err and f"pid {os.getpid()}" in result.err
        assert "--read-only" in result.err
        scripted = run_cli("rm", article, "un-vote", "--cascade")
        assert scripted.code == 1 and "is being edited by" in scripted.err
        viewer = tag(monkeypatch, ["list actors", "delete putin", "q"], article, "--read-only")
        assert viewer.code == 0, viewer
        assert "READ-ONLY" in viewer.out and "putin: Vladimir Putin" in viewer.out
        assert "read-only session" in viewer.out
        # leaving says nothing was saved (it said "saved 16 actors, ..." of the file)
        last = viewer.out.strip().splitlines()[-1]
        assert last == f"read-only, nothing saved: 16 actors, 8 events, 16 claims in {path}"
    assert path.read_text() == before
    assert not lock.path_for(path).exists()


def test_a_stale_lock_from_a_dead_process_is_taken_over(story: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    path = sidecar.path_for(story)
    lock.path_for(path).write_text(json.dumps(
        {"user": "bob", "host": socket.gethostname(), "pid": dead.pid, "time": "then"}))
    result = tag(monkeypatch, ["", "q"], story)
    assert result.code == 0, result
    assert "took over a stale lock left by bob" in result.out
    assert len(sidecar.load(path).actors) == 1
    assert not lock.path_for(path).exists()


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "ANNOTATE_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "100",
            "PYTHONPATH": str(ROOT)}


@pytest.mark.slow
def test_piped_session_in_a_subprocess_never_hangs(story: Path, tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "annotate", "tag", str(story)], input="\n\n",
                          capture_output=True, text=True, env=_env(tmp_path / "home"),
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "saved 2 actors" in proc.stdout  # end of input = quit, after saving


def test_input_ending_inside_a_walkthrough_form_says_what_was_not_saved(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A script that stops in the middle of a form (here: `e` on the second actor, its
    name answered, its type not) lost that actor without a word and exited 0. It says
    on stderr, in one line, what was not saved, and exits 1; the first actor stays."""
    first, second = suggested(story, "actors")[:2]
    result = tag(monkeypatch, ["", "e", second.name], story)
    assert result.code == 1, result
    [line] = result.err.splitlines()
    assert line == (f"annotate: the input ended inside a form: the actor {second.name!r} "
                    "(its type was still to answer) was not saved; everything before it is "
                    "saved in " + str(sidecar.path_for(story)))
    assert [a.name for a in sidecar.load(sidecar.path_for(story)).actors] == [first.name]
    assert "saved 1 actor, 0 events, 0 claims" in result.out


def test_input_ending_at_a_prompt_is_no_error(story: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    result = tag(monkeypatch, ["", "s"], story)  # ended at the next suggestion
    assert (result.code, result.err) == (0, ""), result


@pytest.mark.slow
def test_a_piped_script_cut_off_inside_an_add_form_exits_1(story: Path, tmp_path: Path) -> None:
    """The same from a real pipe, in the command loop's `add claim` form: the claim's span
    and kind answered, then the end of the input."""
    script = "\n\nd\nd\nd\nadd claim\nover 1,300 Israelis dead\nquantity\n"
    proc = subprocess.run([sys.executable, "-m", "annotate", "tag", str(story)], input=script,
                          capture_output=True, text=True, env=_env(tmp_path / "home"),
                          timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.splitlines() == [
        "annotate: the input ended inside a form: the claim 'over 1,300 Israelis dead' (its "
        "claimant was still to answer) was not saved; everything before it is saved in "
        f"{sidecar.path_for(story)}"]
    saved = sidecar.load(sidecar.path_for(story))
    assert (len(saved.actors), saved.claims) == (2, [])


@pytest.mark.slow
def test_kill_9_mid_session_loses_nothing_saved_and_reopening_resumes(
        story: Path, tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    found = suggested(story, "actors")
    proc = subprocess.Popen([sys.executable, "-m", "annotate", "tag", str(story)],
                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdin is not None
    proc.stdin.write("\n\nr\n")  # accept the first two suggestions, reject the third
    proc.stdin.flush()
    path = sidecar.path_for(story)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # the rejection is kept in the sidecar itself
        if path.exists() and sidecar.load(path).rejected == [found[2].key]:
            break
        time.sleep(0.05)
    time.sleep(0.3)  # let it reach the next prompt
    proc.stdin.write("Iran is being typ")  # an edit in flight, never finished
    proc.stdin.flush()
    proc.kill()
    proc.wait()
    assert checks.check_file(path) == []
    assert [a.name for a in sidecar.load(path).actors] == [found[0].name, found[1].name]
    assert lock.path_for(path).exists()  # left behind by the killed process...
    again = subprocess.run([sys.executable, "-m", "annotate", "tag", str(story)],
                           input="\nd\nd\nd\nq\n", capture_output=True, text=True, env=env,
                           timeout=60)
    assert again.returncode == 0, again.stderr
    assert "took over a stale lock" in again.stdout  # ...and recovered
    assert "resuming the actors pass" in again.stdout
    first = again.stdout.split("Actor 1/")[1].splitlines()[0]  # "13: Name (type...): ..."
    assert first.split(": ", 1)[1].startswith(f"{found[3].name} (")  # the rejected: gone
    assert [a.name for a in sidecar.load(path).actors] == [s.name for s in found[:2]] + [
        found[3].name]


def test_tag_without_article_opens_a_copy_of_the_bundled_sample(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    before = SAMPLE_SIDECAR.read_text()
    result = tag(monkeypatch, ["", "q"])
    assert result.code == 0, result
    copy = tmp_path / "annotate-home" / "sample" / SAMPLE_ARTICLE.name
    assert f"copied to {copy}" in result.out
    assert f"in {sidecar.path_for(copy)}" in result.out
    assert len(sidecar.load(sidecar.path_for(copy)).actors) == 1
    assert SAMPLE_SIDECAR.read_text() == before
    again = tag(monkeypatch, ["q"])  # reused, not copied over
    assert "1 actor," in again.out


def test_a_home_where_the_sample_cannot_be_copied_is_said_with_what_to_do(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """ANNOTATE_HOME (or XDG_DATA_HOME) naming a file: "annotate: …/sample: Not a
    directory", without what annotate was doing there."""
    home = tmp_path / "a-file"
    home.write_text("not a folder\n")
    monkeypatch.setenv("ANNOTATE_HOME", str(home))
    result = tag(monkeypatch, ["q"])
    assert (result.code, result.err) == (
        1, f"annotate: {home / 'sample'}: cannot copy the bundled sample here: Not a "
           "directory; set ANNOTATE_HOME to a folder you may write, or name an article: "
           "annotate tag story.txt\n")


def test_the_sample_under_home_is_said_as_the_readme_says_it(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With annotate's default home (`~/.local/share/annotate`), the copy of the sample
    and where the work went are said with `~`, as the README shows them; they were the
    full path (`/home/alice/.local/share/…`)."""
    home = tmp_path / "alice"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("ANNOTATE_HOME")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    result = tag(monkeypatch, ["", "q"])
    assert result.code == 0, result
    where = "~/.local/share/annotate/sample/putin-netanyahu-call"
    assert f"copied to {where}.txt" in result.out
    assert f"sidecar: {where}.ann.yaml (every change" in result.out
    assert f"saved 1 actor, 0 events, 0 claims in {where}.ann.yaml" in result.out
    assert str(home) not in result.out
    assert (home / ".local/share/annotate/sample/putin-netanyahu-call.ann.yaml").exists()


def test_free_commands_undo_redo_show_help(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["d", "d", "d", "?", 'a actor --name "Hamas" --type group', "l actors", "u",
             "l actors", "r", "s12", "show hamas", "v", "w", "bogus", "vaildate", "q"]
    result = tag(monkeypatch, lines, story)
    assert result.code == 0, result
    out = result.out
    assert "undo / redo" in out  # the help screen
    assert "✓ added actor hamas; saved" in out
    assert "✓ undone: added actor hamas; saved" in out  # undo says what it undid
    assert "actors (1)" in out and "actors (0)" in out
    assert "✓ redone: added actor hamas; saved" in out
    assert "s12 " in out and "error: unknown command 'bogus'; type help for the list" in out
    assert "error: unknown command 'vaildate' (did you mean validate?); type help" in out
    assert [a.id for a in sidecar.load(sidecar.path_for(story)).actors] == ["hamas"]


def test_undoing_a_rejection_says_the_suggestion_is_offered_again(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The undo said "undone: rejected the suggestion ... (never offered again)"."""
    result = tag(monkeypatch, ["r", "u", "q"], story)
    assert result.code == 0, result
    out = result.out
    key = "actor:Vladimir Putin"
    assert f"✓ rejected the suggestion {key} (never offered again); saved" in out
    undone = f"✓ undone: rejected the suggestion {key}; it is offered again; saved"
    assert undone in out, result
    assert "Actor 1/16: Vladimir Putin" in out[out.index(undone):]  # and so it is
    assert sidecar.load(sidecar.path_for(story)).rejected == []


def test_rejecting_an_event_says_its_trigger_with_its_key(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An event's key is an offset (`event:262`): the rejection says its words too, and
    the undo the same."""
    result = tag(monkeypatch, ["d", "r", "u", "q"], story)
    assert result.code == 0, result
    assert sidecar.load(sidecar.path_for(story)).rejected == []  # undone
    said = next(line for line in result.out.splitlines() if "rejected the suggestion" in line)
    assert said.startswith("✓ rejected the suggestion event:262 ('conflict') (never"), said
    assert "✓ undone: rejected the suggestion event:262 ('conflict'); it is offered again" \
        in " ".join(result.out.split())


def test_a_participant_named_by_a_name_of_two_words(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The event form's participants were split at every space: "Vladimir Putin:speaker"
    said "participant 'Vladimir' must be ACTOR:ROLE", though an actor may be named by
    its name. A name of several words is one participant."""
    result = tag(monkeypatch, ["", "d", "d", "d", "add event", "conversation",
                               "communication", "Vladimir Putin:speaker", "q"], story)
    assert result.code == 0, result
    assert "must be ACTOR:ROLE" not in result.out, result
    assert "✓ added event conversation; saved" in result.out
    event = sidecar.load(sidecar.path_for(story)).events[0]
    assert [(p.actor, p.role) for p in event.participants] == [("putin", "speaker")]


def test_help_on_one_command_and_command_help_say_its_options(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`edit putin --help` was "error: --help needs a value". `help edit` and `edit ID
    --help` show what edit takes (the same table as the workspace's `:help edit`), and
    that --alias replaces the list while `add alias` adds a name."""
    lines = ["d", "d", "d", "help edit", 'a actor --name "Hamas" --type group',
             "edit hamas --help", "add alias hamas Hamas_movement", "q"]
    result = tag(monkeypatch, lines, story)
    assert result.code == 0, result
    out = " ".join(result.out.split())
    assert out.count("edit (short: e):") == 2 and "needs a value" not in out
    assert "--alias TEXT Another name for the actor. Repeat it for several. The values " \
        "given replace the whole list (add alias ACTOR NAME adds one)." in out
    assert sidecar.load(sidecar.path_for(story)).actors[0].aliases == ["Hamas_movement"]
    # an actor's --type is an actor type, an event's an event type (each said "A type
    # from the inventory (actor types or event types).")
    assert "--type NAME An actor type from the inventory. --alias" in out
    assert "--type NAME An event type from the inventory. --trigger" in out
    assert "actor types or event types" not in out


def test_a_changed_article_is_reported_when_the_session_opens(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_cli(*SCRIPTED[0][:2], story, *SCRIPTED[0][2:]).code == 0
    path = sidecar.path_for(story)
    before = sidecar.load(path)
    story.write_text(story.read_text() + "\nA new closing line.\n")
    result = tag(monkeypatch, ["", "d", "d", "d", "q"], story)  # Enter: re-anchor
    assert result.code == 0, result
    n = len(list(before.spans()))
    assert n > 1 and f"warning: the article changed since it was annotated, but all {n} spans " \
        "are still where they were" in result.out
    assert f"✓ re-anchored: {n} exact; saved" in result.out and "Review" not in result.out
    after = sidecar.load(path)
    assert after.document.sha256 == article.from_text(story.read_text(), story).sha256
    assert after.actors == before.actors


def test_walkthrough_edit_merge_own_and_guided_commands(story: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    found = suggested(story, "actors")
    third = found[2]
    lines = [
        "e", "Putin", "person",          # accept the first suggestion, renamed
        "r",                             # reject the second
        "m", "putin",                    # merge the third into putin (wrong, but allowed)
        "u",                             # ...undo that merge, then decide again
        "r",
        "n", "Hamas fighters", "group", "s3 Hamas",  # an actor of my own...
        "r",                             # ...and reject the fourth
        "d", "d", "d", "q",
    ]
    result = tag(monkeypatch, lines, story)
    assert result.code == 0, result
    out = result.out
    assert "✓ added actor putin; saved" in out
    (start, end), text = third.mentions[0], article.load(story).text
    mentions = f"{len(third.mentions)} mention" + ("" if len(third.mentions) == 1 else "s")
    assert f"✓ undone: added {mentions} to putin: " \
        f"{text[start:end]!r} ({start}-{end})" in out
    assert "[Hamas]" in out  # the picked mention, shown in its sentence
    ann = sidecar.load(sidecar.path_for(story))
    assert [a.name for a in ann.actors] == ["Putin", "Hamas fighters"]
    assert len(ann.actors[0].mentions) == len(found[0].mentions)  # the merge was undone
    assert third.name not in ann.actors[0].aliases
    assert ann.rejected == [s.key for s in (found[1], found[2], found[3])]
    hamas = ann.actors[1].mentions  # "Hamas" in sentence 3 only
    assert len(hamas) == 1 and hamas[0].prefix.endswith("hostage by ")


def test_free_loop_guided_add_ambiguous_pick_edit_link_delete(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["d", "d", "d",
             'add actor --name "Vladimir Putin" --type person --mention Putin',
             # 'call' occurs 3 times; alone it is no trigger word ('call for' is no
             # communication), so its type is typed
             "add event", "call", "2", "communication", "putin:speaker",
             "add claim", "s6", "factual", "none", "y", "incorrect", "https://example.org/un", "",
             "", "",  # a verdict: the article's URL and outlet are asked once; Enter skips
             "link united-states-among-nations call", "edit putin --alias Vova",
             "delete putin", "delete putin --cascade", "validate", "q"]
    result = tag(monkeypatch, lines, story)
    assert result.code == 0, result
    out = result.out
    assert "that text occurs 3 times:" in out and "2) s4:" in out
    assert "The article's URL (for the published reviews; Enter to skip): \n" in out
    assert "The outlet that published it (Enter to skip): \n" in out
    assert "still referenced by call" in out
    assert "✓ deleted putin and dropped 1 reference to it: participant putin:speaker of " \
        "call; saved" in out
    ann = sidecar.load(sidecar.path_for(story))
    assert ann.events[0].trigger.prefix.endswith("Putin’s ") and not ann.events[0].participants
    claim = ann.claims[0]
    assert claim.verdict == "incorrect" and claim.evidence[0].url == "https://example.org/un"
    assert claim.about == ["call"]
    assert checks.check_file(sidecar.path_for(story)) == []


@pytest.mark.slow
@pytest.mark.parametrize("signame", ["SIGHUP", "SIGTERM"])
def test_hangup_or_term_leaves_like_ctrl_c_with_everything_saved(
        story: Path, tmp_path: Path, signame: str) -> None:
    import signal

    proc = subprocess.Popen([sys.executable, "-m", "annotate", "tag", str(story)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(tmp_path / "home"))
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    path = sidecar.path_for(story)
    deadline = time.monotonic() + 30
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(getattr(signal, signame))
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "every change is already saved" in err and "interrupted" not in out
    assert [a.id for a in sidecar.load(path).actors] == ["putin"]
    assert not lock.path_for(path).exists()


def test_layout_follows_the_terminal_width(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    result = tag(monkeypatch, ["q"], story)
    screen = [line for line in result.out.splitlines() if line.startswith(("s3 ", "   "))]
    assert screen and max(len(line.rstrip()) for line in screen) <= 60
    monkeypatch.setenv("COLUMNS", "140")
    wide = tag(monkeypatch, ["q"], story)
    s3 = next(line for line in wide.out.splitlines() if line.startswith("s3 "))
    assert 100 < len(s3.rstrip()) <= 140


def test_not_checkworthy_flag(story: Path) -> None:
    result = run_cli("add", "claim", story, "--text", "s2", "--kind", "opinion",
                     "--not-checkworthy")
    assert result.code == 0, result
    assert sidecar.load(sidecar.path_for(story)).claims[0].checkworthy is False


def test_annotator_gets_a_sidecar_of_their_own(story: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_cli("add", "actor", story, "--name", "Vladimir Putin", "--type", "person",
                     "--annotator", "alice")
    assert result.code == 0, result
    alice = story.with_name("putin-netanyahu-call.alice.ann.yaml")
    ann = sidecar.load(alice)
    assert [a.id for a in ann.annotators] == ["alice"] and ann.actors[0].id == "putin"
    assert not sidecar.path_for(story).exists()
    walked = tag(monkeypatch, ["d", "d", "d", "list actors", "q"], story, "--annotator", "alice")
    assert "putin: Vladimir Putin" in walked.out and str(alice) in walked.out
    assert checks.check_file(alice) == []


def test_annotator_is_recorded_in_a_sidecar_made_before(story: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A sidecar that existed before the annotator's session (pre-annotated without
    --annotator, then copied to `story.alice.ann.yaml`) stayed `annotators: []` after
    alice's work in it, so `agree`, `merge` and `report` could not say whose it was."""
    assert run_cli("add", "actor", story, "--name", "Vladimir Putin", "--type", "person").code == 0
    alice = story.with_name("putin-netanyahu-call.alice.ann.yaml")
    shutil.copy(sidecar.path_for(story), alice)
    looked = tag(monkeypatch, ["q"], story, "--annotator", "alice")  # no change: no write
    assert looked.code == 0, looked
    assert sidecar.load(alice).annotators == []
    walked = tag(monkeypatch, ["", "q"], story, "--annotator", "alice")
    assert walked.code == 0, walked
    ann = sidecar.load(alice)
    assert [a.id for a in ann.annotators] == ["alice"] and len(ann.actors) == 2
    # A script's change says so too; an annotator already listed is not listed twice.
    assert run_cli("rm", story, "putin", "--annotator", "alice").code == 0
    assert [a.id for a in sidecar.load(alice).annotators] == ["alice"]
    assert run_cli("edit", story, "--sidecar", alice, "netanyahu", "--alias", "Bibi",
                   "--annotator", "bob").code == 0
    assert [a.id for a in sidecar.load(alice).annotators] == ["alice", "bob"]
    assert checks.check_file(alice) == []


@pytest.mark.parametrize("command", [["tag"], ["add", "actor"], ["add", "event"],
                                     ["add", "claim"], ["edit"], ["rm"]])
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = run_cli(*command, "--help")
    assert result.code == 0, result
    assert "Example: annotate " + command[0] in result.out


def test_next_and_back_page_through_the_article(story: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINES", "16")  # a small terminal: a few sentences per screen
    result = tag(monkeypatch, ["d", "d", "d", "show s1", "next", "next", "back", "q"], story)
    assert result.code == 0, result
    screens = result.out.split("\n> ")[1:5]  # what each of the four commands showed
    shown = [[int(line.split()[0][1:]) for line in screen.splitlines()
              if re.match(r"s\d+ ", line)] for screen in screens]
    assert shown[0][0] == 1
    assert shown[1][0] == shown[0][-1] + 1 and shown[2][0] == shown[1][-1] + 1  # no gap
    assert shown[3][-1] == shown[2][0] - 1  # back: the screenful just before


def test_the_workspace_keys_y_and_x_accept_and_reject_in_the_dialogue(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = suggested(story, "actors")[:2]
    result = tag(monkeypatch, ["y", "x", "q"], story)
    assert result.code == 0, result
    ann = sidecar.load(sidecar.path_for(story))
    assert [a.name for a in ann.actors] == [first.name]
    assert any(second.name in r for r in ann.rejected)


class _ChangingStdin(io.StringIO):
    """Piped answers; before the line CHANGE is read, another program edits the sidecar."""

    def __init__(self, lines: list[str], path: Path) -> None:
        super().__init__("".join(f"{x}\n" for x in lines))
        self.path = path

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        line = super().readline()
        if line == "CHANGE\n":
            self.path.write_text(self.path.read_text("utf-8").replace(
                "name: Benjamin Netanyahu", "name: Bibi Netanyahu"), "utf-8")
            line = super().readline()
        return line


def test_a_session_whose_saves_were_refused_says_so_at_the_end(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """It said "saved 16 actors ..." and exited 0 after refusing both saves."""
    story = sample_dir / "putin-netanyahu-call.txt"
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    monkeypatch.setattr(sys, "stdin", _ChangingStdin(
        ["d", "d", "d", "CHANGE", "edit putin --note x", "save", "q"], side))
    result = run_cli("tag", story, "--plain")
    assert result.code == 1
    assert f"not saved: {side} was changed by another program" in result.out
    assert "Bibi Netanyahu" in side.read_text("utf-8") and "note: x" not in side.read_text()


def test_q_at_the_outlet_prompt_quits_and_is_no_outlet(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["d", "d", "d", "add claim", "s6", "factual", "none", "y", "incorrect", "", "",
             "", "q"]  # no evidence, no about; Enter skips the URL; q at the outlet prompt
    result = tag(monkeypatch, lines, story)
    assert result.code == 0, result
    assert "The outlet that published it (Enter to skip): q\n" in result.out
    ann = sidecar.load(sidecar.path_for(story))
    assert ann.document.publisher is None and ann.claims[0].verdict == "incorrect"


def test_an_edit_of_a_long_value_says_it_in_one_short_line(story: Path) -> None:
    """The old note was echoed whole (20,000 characters on one line)."""
    for args in SCRIPTED:
        assert run_cli(args[0], args[1], story, *args[2:]).code == 0
    assert run_cli("edit", story, "putin", "--note", "x" * 20_000).code == 0
    result = run_cli("edit", story, "putin", "--note", "hi")
    assert result.code == 0, result
    assert result.err == f"annotate: edited putin: note: '{'x' * 59}…' → 'hi'\n"


def test_an_event_told_as_to_come_is_accepted_as_hypothetical(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = tmp_path / "port.txt"
    story.write_text("Port to close\n\nMeridal Shipping will close its port in Varn next year, "
                     "Osric Pell said on Monday.\n")
    result = tag(monkeypatch, ["", "", "", "", "d", "q"], story)  # 3 actors, the event
    assert result.code == 0, result
    assert "'close' in s2 -> shutdown (hypothetical)" in result.out
    assert [(e.trigger.text, e.factuality) for e in sidecar.load(
        sidecar.path_for(story)).events] == [("close", "hypothetical")]


def test_an_interrupt_at_a_piped_prompt_is_said_on_stderr(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The line saying what was saved went to standard output, into the transcript a
    script reads; it goes to stderr as every command's does (the real process, killed
    while it waits on a pipe, is in tests/test_signals.py)."""
    class Interrupted(io.StringIO):
        def readline(self, size: int | None = -1) -> str:
            raise KeyboardInterrupt

    monkeypatch.setattr(sys, "stdin", Interrupted())
    result = run_cli("tag", story, "--plain")
    assert result.code == 130
    assert "interrupted" not in result.out and result.out.endswith("(Enter = accept): \n")
    assert result.err == "annotate: interrupted; nothing was tagged\n"


def test_a_command_typed_at_a_pass_prompt_says_where_commands_go(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`list claims` typed at a suggestion's prompt (the help lists it among the
    commands) got only "type one of: a e r s m n d u q ?": nothing said that commands
    wait for the command prompt after the passes, or how to get there."""
    result = tag(monkeypatch, ["list claims", "q"], story)
    assert result.code == 0, result
    said = " ".join(result.out.split())
    assert "error: list is a command of the command prompt, which follows the passes (d " \
        "ends this one, `pass actors` comes back); here type one of: a e r s m n d u q ? " \
        "(Enter = accept)" in said, result.out
    assert not sidecar.path_for(story).exists()  # nothing was accepted on the way
