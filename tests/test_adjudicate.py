"""Adjudication: the step machine with answer lists, the dialogue through the real CLI
with scripted stdin, and a real pseudo-terminal."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pexpect
import pytest
from conftest import ROOT, TEAM, run_cli

from annotate import article, checks, config, sidecar, store
from annotate.agreement import adjudicate
from annotate.errors import AnnotateError
from annotate.tag.session import Context

STEM = "putin-netanyahu-call"
ORDER = ["actors netanyahu", "actors hamas", "events condolences", "events putin-blames-us",
         "claims attack-toll", "claims us-voted-against"]


def ctx_for(path: Path) -> Context:
    return Context(article.load(path.parent / f"{STEM}.txt"), config.for_path(path))


def open_keys(state: adjudicate.State) -> list[str]:
    return [f"{d.section} {d.id}" for d in state.ann.disagreements]


def play(ctx: Context, state: adjudicate.State, *answers: str) -> adjudicate.State:
    for a in answers:
        state = adjudicate.answer(ctx, state, a)
    return state


def test_the_machine_walks_the_disagreements_in_order(merged: Path) -> None:
    ctx, state = ctx_for(merged), adjudicate.start(sidecar.load(merged))
    assert open_keys(state) == ORDER
    q = adjudicate.question(state)
    assert q is not None and (q.number, q.total) == (1, 6)
    assert q.choices == ("1", "2", "e", "d", "s", "u")
    assert [v.annotators for v in q.disagreement.versions] == [["alice"], ["bob"]]
    state = play(ctx, state, "1")  # alice's netanyahu, with the Natanyahu mention
    netanyahu = next(a for a in state.ann.actors if a.id == "netanyahu")
    assert len(netanyahu.mentions) == 4 and netanyahu.sources == ["alice"]
    assert state.changed and state.message == "took alice's version of actor netanyahu"
    state = play(ctx, state, "2")  # bob's type for hamas
    assert next(a for a in state.ann.actors if a.id == "hamas").type == "organization"
    assert open_keys(state) == ORDER[2:]


def test_skip_comes_back_after_the_others_and_undo_restores_a_decision(merged: Path) -> None:
    ctx, state = ctx_for(merged), adjudicate.start(sidecar.load(merged))
    state = play(ctx, state, "s")
    assert not state.changed
    assert adjudicate.question(state).disagreement.id == "hamas"  # type: ignore[union-attr]
    state = play(ctx, state, "1", "1", "1", "1", "1")
    q = adjudicate.question(state)
    assert q is not None and q.disagreement.id == "netanyahu" and q.total == 1
    before = state.ann
    state = play(ctx, state, "u")
    assert open_keys(state) == ["actors netanyahu", "claims us-voted-against"]
    # it says what it undid, as tag's undo does (it said "undone" alone)
    assert state.message == "undone: took alice's version of claim us-voted-against"
    assert state.ann is not before and state.changed
    state = play(ctx, state, "2", "2")
    assert adjudicate.question(state) is None and state.ann.disagreements == []


def test_edit_takes_a_version_and_changes_fields(merged: Path) -> None:
    ctx, state = ctx_for(merged), adjudicate.start(sidecar.load(merged))
    state = play(ctx, state, "1", "1", "1", "1", "1")  # up to us-voted-against
    state = play(ctx, state, 'e 1 --verdict mixed --note "split the difference"')
    claim = next(c for c in state.ann.claims if c.id == "us-voted-against")
    assert (claim.verdict, claim.note, claim.sources) == ("mixed", "split the difference",
                                                          ["alice"])
    assert state.ann.disagreements == []


def test_drop_is_refused_while_referenced_unless_cascade(merged: Path) -> None:
    ctx, state = ctx_for(merged), adjudicate.start(sidecar.load(merged))
    with pytest.raises(AnnotateError, match="still referenced by"):
        play(ctx, state, "d")  # netanyahu is a participant of call and condolences
    state = play(ctx, state, "d --cascade")
    assert all(a.id != "netanyahu" for a in state.ann.actors)
    assert all(p.actor != "netanyahu" for e in state.ann.events for p in e.participants)


def test_taking_a_not_tagged_version_drops_the_item_and_references_that_left_go(
        merged: Path) -> None:
    ctx, state = ctx_for(merged), adjudicate.start(sidecar.load(merged))
    state = play(ctx, state, "1", "1", "1")
    assert adjudicate.question(state).disagreement.id == "putin-blames-us"  # type: ignore[union-attr]
    state = play(ctx, state, "2")  # bob did not tag it
    assert all(e.id != "putin-blames-us" for e in state.ann.events)
    assert "not tagged: dropped" in state.message


@pytest.mark.parametrize("answer, message", [
    ("", "type a version number"), ("7", "there is no version 7"), ("x", "is not an answer"),
    ("e", "e needs a version number"), ("e 1 --colour red", "have no field 'colour'"),
    ("e 1 --type robot", "robot"),
    # "²" is a digit to str.isdigit, not to int(), and int() refuses 4,300 digits: both
    # were internal errors (ValueError) (session 33)
    ("²", "is not an answer"), ("9" * 5000, "is not an answer"),
    ("e ²", "e needs a version number"), ("e " + "9" * 5000, "e needs a version number"),
], ids=lambda value: value[:20])
def test_bad_answers_change_nothing(merged: Path, answer: str, message: str) -> None:
    ctx, state = ctx_for(merged), adjudicate.start(sidecar.load(merged))
    with pytest.raises(AnnotateError, match=message):
        adjudicate.answer(ctx, state, answer)
    with pytest.raises(AnnotateError, match="nothing to undo"):
        adjudicate.answer(ctx, state, "u")


def test_a_merged_sidecar_saves_identically_through_the_fast_saver(merged: Path) -> None:
    ann = sidecar.load(merged)
    assert ann.disagreements and any(i.sources for _, _, i in ann.items())
    assert store.Saver(merged).dumps(ann) == sidecar.dumps(ann) == merged.read_text("utf-8")
    assert ann.to_dict()["schema_version"] == 2 and list(ann.to_dict())[-1] == "disagreements"


SCRIPT = ["2", "?", "9", "1", "s", "1", "u", "1", "1", "e 2 --verdict correct", "1", "2"]


def test_dialogue_through_the_cli_with_scripted_stdin(merged: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(SCRIPT) + "\n"))
    result = run_cli("adjudicate", merged)
    assert result.code == 0, result
    out = result.out
    assert "6 open disagreements" in out
    assert "Disagreement 1 of 6: actor netanyahu (they differ on mentions)" in out
    assert "≠ mentions" in out and "740-749 Natanyahu" in out
    assert "error: there is no version 9" in out and "take version N as it is" in out
    assert "✓ took bob's version of actor netanyahu; saved" in out
    assert "✓ skipped event condolences" in out
    assert "✓ undone: took alice's version of event putin-blames-us; saved" in out
    assert "No disagreement left. validation: 0 errors, 0 warnings" in out
    final = sidecar.load(merged)
    assert final.disagreements == []
    assert checks.check_file(merged) == []
    assert len(next(a for a in final.actors if a.id == "netanyahu").mentions) == 3  # bob's
    assert next(c for c in final.claims if c.id == "us-voted-against").verdict == "correct"
    assert next(e for e in final.events if e.id == "condolences").factuality == "reported"
    assert not (merged.parent / f".{merged.name}.lock").exists()


def test_quitting_keeps_every_decision_and_the_rest_open(merged: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("2\nq\n"))
    result = run_cli("adjudicate", merged)
    assert result.code == 0 and "5 disagreements left" in result.out, result
    assert len(sidecar.load(merged).disagreements) == 5
    problems = checks.check_file(merged)
    assert {p.rule for p in problems} == {"open-disagreement"}


def test_adjudicate_refuses_a_changed_article_and_has_nothing_to_do_when_done(
        merged: Path, tmp_path: Path) -> None:
    text = merged.parent / f"{STEM}.txt"
    original = text.read_text("utf-8")
    text.write_text(original.replace("Natanyahu", "Netanyahu"), "utf-8")
    result = run_cli("adjudicate", merged)
    assert result.code == 1 and "changed since this sidecar was saved" in result.err
    assert "annotate reanchor" in result.err and len(result.err.strip().splitlines()) == 1
    text.write_text(original, "utf-8")
    done = tmp_path / "done.ann.yaml"
    shutil.copy(TEAM / f"{STEM}.alice.ann.yaml", done)
    result = run_cli("adjudicate", done)
    assert result.code == 0 and "no open disagreement" in result.out


@pytest.mark.slow
def test_adjudication_in_a_pseudo_terminal(merged: Path) -> None:
    env = {**os.environ, "ANNOTATE_HOME": str(merged.parent / "home"),
           "PYTHONPATH": str(ROOT), "TERM": "xterm-256color", "COLUMNS": "120"}
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(sys.executable, ["-m", "annotate", "adjudicate", "--plain",
                                           str(merged)],
                          env=env, encoding="utf-8", timeout=30, dimensions=(50, 120))
    for expected, answer in [("actor netanyahu", "1"), ("actor hamas", "2"),
                             ("event condolences", "u"), ("actor hamas", "1"),
                             ("event condolences", "1"), ("event putin-blames-us", "1"),
                             ("claim attack-toll", "2"), ("claim us-voted-against", "1")]:
        child.expect_exact(expected)
        child.expect_exact("q ?]: ")
        child.sendline(answer)
    child.expect_exact("No disagreement left. validation: 0 errors")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    final = sidecar.load(merged)
    assert final.disagreements == [] and checks.check_file(merged) == []
    assert next(a for a in final.actors if a.id == "hamas").type == "group"
    toll = next(c for c in final.claims if c.id == "attack-toll")
    assert toll.span.text.endswith("taken hostage") and toll.sources == ["bob"]


@pytest.mark.slow
def test_ctrl_c_in_a_terminal_exits_130_with_decisions_saved(merged: Path) -> None:
    env = {**os.environ, "ANNOTATE_HOME": str(merged.parent / "home"),
           "PYTHONPATH": str(ROOT), "TERM": "xterm"}
    child = pexpect.spawn(sys.executable, ["-m", "annotate", "adjudicate", "--plain",
                                           str(merged)],
                          env=env, encoding="utf-8", timeout=30, dimensions=(50, 120))
    child.expect_exact("q ?]: ")
    child.sendline("2")
    child.expect_exact("actor hamas")
    child.expect_exact("q ?]: ")
    child.sendintr()
    child.expect_exact("every decision is already saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert len(sidecar.load(merged).disagreements) == 5
    assert not (merged.parent / f".{merged.name}.lock").exists()


def test_given_the_article_it_takes_its_merged_sidecar_or_says_to_give_one(tmp_path: Path,
                                                                             ) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Nothing to see here.\n")
    result = run_cli("adjudicate", story)
    assert result.code == 1 and result.err == (
        f"annotate: {story}: is an article, not a sidecar; give the merged sidecar "
        "(story.ann.yaml, written by annotate merge)\n")
    sample = Path(shutil.copy(ROOT / "samples" / "putin-netanyahu-call.txt", tmp_path))
    shutil.copy(ROOT / "samples" / "putin-netanyahu-call.ann.yaml", tmp_path)
    result = run_cli("adjudicate", sample)
    assert result.code == 0 and "no open disagreement" in result.out, result


def test_a_name_that_is_no_file_or_a_folder_is_not_called_an_article(tmp_path: Path) -> None:
    """A mistyped name said "nope.txt: is an article, not a sidecar" (exit 1), as did a
    folder; they are said as every command says them."""
    result = run_cli("adjudicate", tmp_path / "nope.txt")
    assert (result.code, result.err) == (
        2, f"annotate: {tmp_path / 'nope.txt'}: merged sidecar not found\n")
    (tmp_path / "folder").mkdir()
    result = run_cli("adjudicate", tmp_path / "folder")
    assert (result.code, result.err) == (
        2, f"annotate: {tmp_path / 'folder'}: is a directory, not a merged sidecar\n")


def test_a_version_several_gave_names_them_as_a_sentence_would() -> None:
    """"took alice and carol's version" (it read "took alice, carol's version")."""
    assert adjudicate.whose(["alice"]) == "alice"
    assert adjudicate.whose(["alice", "carol"]) == "alice and carol"
    assert adjudicate.whose(["alice", "bob", "carol"]) == "alice, bob and carol"


def test_validate_finds_a_name_the_inventory_lacks_in_a_version_before_it_is_taken(
        merged: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A verdict no inventory has, in an annotator's version, is reported where it stands
    (file, line, column, JSON path) while the disagreement is open, not only once
    adjudicating has taken it into the claims."""
    text = merged.read_text("utf-8")
    lines = text.splitlines(keepends=True)
    start = text[:text.index("id: us-voted-against\n  fields:")].count("\n")
    n = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("verdict: "))
    lines[n] = lines[n].split("verdict: ")[0] + "verdict: bogus\n"
    merged.write_text("".join(lines), "utf-8")
    result = run_cli("validate", merged)
    assert result.code == 1, result
    column = lines[n].index("bogus") + 1
    assert f"{merged}:{n + 1}:{column}: error verdict 'bogus' (in alice's version of claim " \
        "'us-voted-against') is not in the inventory (built-in)" in result.out
    assert "$.disagreements[5].versions[0].item.verdict, inventory)" in result.out
