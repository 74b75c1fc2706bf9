"""`annotate tag` on an article edited since it was annotated: the drift summary, the
re-anchoring offer, and the review of fuzzy and orphaned spans, through the real loop."""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from test_reanchor_cli import ARTICLE, DELETED, SIDECAR, edit_like_an_editor

from annotate import article, checks, config, sidecar
from annotate.editing import edits
from annotate.errors import AnnotateError
from annotate.model import Annotations
from annotate.tag import session

# Re-anchor (Enter); the review: accept the misspelt mention now spelt right, delete the
# orphaned mention of Hamas, keep the verdict of the claim whose text changed (k), leave
# the orphaned claim for later (Enter); then quit at the first prompt of the walkthrough.
REVIEW = ["", "a", "x", "k", "", "q"]
CRITICISED = DELETED.strip().rstrip(".")


def tag(monkeypatch: pytest.MonkeyPatch, lines: list[str], *args: object):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{x}\n" for x in lines)))
    return run_cli("tag", *args)


def spans_of(ann: Annotations) -> list[tuple[object, ...]]:
    return [(path, s.start, s.end, s.text, s.orphaned) for path, s in ann.spans()]


def assert_reviewed(folder: Path, before: Annotations) -> None:
    """The sidecar after REVIEW: valid but for the orphan left, anchored to the new text."""
    path, art = folder / SIDECAR, article.load(folder / ARTICLE)
    assert [p.rule for p in checks.check_file(path)] == ["orphaned"]
    ann = sidecar.load(path)
    assert (ann.document.sha256, ann.document.length) == (art.sha256, art.length)
    netanyahu = ann.get("netanyahu")
    assert netanyahu is not None and netanyahu.type == "person"
    fixed = netanyahu.mentions[2]  # accepted: the fuzzy match, now spelt right
    assert (fixed.text, fixed.orphaned, art.text[fixed.start:fixed.end]) == (
        "Netanyahu", False, "Netanyahu")
    hamas = ann.get("hamas")
    assert hamas is not None and before.get("hamas") is not None
    assert len(hamas.mentions) == len(before.get("hamas").mentions) - 1  # type: ignore[union-attr]
    assert not any(m.orphaned for m in hamas.mentions)  # the orphaned one was deleted
    assert ann.get("resolution-not-in-call").span.text.endswith("call to Netanyahu")  # type: ignore[union-attr]
    left = ann.get("resolution-criticised")
    assert left is not None and left.span.orphaned  # left for later, with its old text
    assert (left.span.text, left.span.start) == (CRITICISED, 1045)


def test_reanchor_and_review_through_piped_stdin(sample_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    before = sidecar.load(sample_dir / SIDECAR)
    edit_like_an_editor(sample_dir)
    result = tag(monkeypatch, REVIEW, sample_dir / ARTICLE)
    assert result.code == 0, result
    out = result.out
    assert "warning: the article changed since it was annotated: 69 of 71 spans are" in out
    assert "hamas mentions[2]" in out and "orphaned" in out  # the plan, needy rows first
    assert "more spans: " in out  # kept short
    assert "(annotate reanchor --dry-run lists every span)" in out
    assert "Re-anchor now? [Y/n] \n✓ re-anchored: 2 exact, 65 moved, 2 fuzzy, 2 orphaned; " \
        "saved" in out
    assert "Span 1/4: fuzzy, a mention of actor netanyahu (Benjamin Netanyahu)" in out
    assert "call to [Natanyahu]. Instead" in out  # the old text in its old context...
    assert re.search(r"Putin’s call to\s+\[Netanyahu\]\.\n", out)  # ...the new, in its sentence
    assert "Span 2/4: orphaned, a mention of actor hamas (Hamas)" in out
    assert "✓ deleted the mention 'Hamas' (1097-1102) of hamas; saved" in out
    assert "the verdict 'unverified' was given for other words:" in out  # shown side by side
    assert "was: that effort was apparently not part of Putin’s call to [Natanyahu]" in out
    assert "now: that effort was apparently not part of Putin’s call to [Netanyahu]" in out
    assert "✓ edited resolution-not-in-call: recheck: " in out  # k: the verdict holds
    assert "✓ resolution-criticised span left orphaned" not in out  # already orphaned
    assert "resolution-criticised span stays orphaned" in out and "Review done." in out
    assert "validation: 0 errors, 1 warning" in out
    assert_reviewed(sample_dir, before)

    # Reopened later: the orphan is pointed out, and `review` re-picks it.
    walk = ["d", "d", "review", "e", "s10", "q"]
    again = tag(monkeypatch, walk, sample_dir / ARTICLE)
    assert again.code == 0, again
    assert "1 span is orphaned or has a verdict to re-check" in again.out
    assert "Span 1/1: orphaned, claim resolution-criticised" in again.out
    assert "✓ re-picked resolution-criticised span at " in again.out
    assert checks.check_file(sample_dir / SIDECAR) == []
    art = article.load(sample_dir / ARTICLE)
    claim = sidecar.load(sample_dir / SIDECAR).get("resolution-criticised")
    assert claim is not None and not claim.span.orphaned
    assert (claim.span.start, claim.span.end) == (art.sentence(10).start, art.sentence(10).end)


def test_declining_changes_nothing_on_disk_until_a_real_edit(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edit_like_an_editor(sample_dir)
    path = sample_dir / SIDECAR
    original, before = path.read_bytes(), sidecar.load(path)
    result = tag(monkeypatch, ["n", "add actor --name Gaza --type group", "list actors", "q"],
                 sample_dir / ARTICLE)
    assert result.code == 0, result
    assert "Not re-anchored" in result.out and "Pass 1 of 3" not in result.out
    assert "a new span cannot be saved beside them; re-anchor first" in result.out
    assert path.read_bytes() == original

    edit = tag(monkeypatch, ["n", "edit putin --note checked", "q"], sample_dir / ARTICLE)
    assert edit.code == 0, edit
    assert "✓ edited putin: note: none → 'checked'; saved" in edit.out
    after = sidecar.load(path)
    assert after.get("putin").note == "checked"  # type: ignore[union-attr]
    assert after.document == before.document  # the old hash: still to be re-anchored
    assert spans_of(after) == spans_of(before)


def test_undo_after_reanchoring_restores_the_old_spans(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edit_like_an_editor(sample_dir)
    path = sample_dir / SIDECAR
    before = sidecar.load(path)
    # Re-anchor, leave the review at once, end the two passes that have suggestions.
    result = tag(monkeypatch, ["", "d", "d", "d", "undo", "q"], sample_dir / ARTICLE)
    assert result.code == 0, result
    assert "Review left; the rest stay as they are" in result.out
    assert "✓ undone: re-anchored: 2 exact, 65 moved, 2 fuzzy, 2 orphaned; saved" in result.out
    assert sidecar.load(path).to_dict() == before.to_dict()

    redo = tag(monkeypatch, ["n", "redo", "reanchor", "", "q", "q"], sample_dir / ARTICLE)
    assert "nothing to redo" in redo.out  # a new session has its own history
    assert "✓ re-anchored: 2 exact, 65 moved, 2 fuzzy, 2 orphaned; saved" in redo.out
    art = article.load(sample_dir / ARTICLE)
    assert sidecar.load(path).document.sha256 == art.sha256


def test_scripting_commands_refuse_new_spans_on_a_changed_article(sample_dir: Path) -> None:
    edit_like_an_editor(sample_dir)
    original = (sample_dir / SIDECAR).read_bytes()
    result = run_cli("add", "actor", sample_dir / ARTICLE, "--name", "Gaza", "--type", "group")
    assert result.code == 1
    assert "re-anchor first" in result.err and "Traceback" not in result.err
    assert (sample_dir / SIDECAR).read_bytes() == original
    assert run_cli("edit", sample_dir / ARTICLE, "putin", "--note", "checked").code == 0


def test_review_edits_keep_references_whole(sample_dir: Path) -> None:
    ann = sidecar.load(sample_dir / SIDECAR)
    art = article.load(sample_dir / ARTICLE)
    call = next(i for i, e in enumerate(ann.events) if e.id == "call")
    with pytest.raises(AnnotateError, match="'call' is still referenced by"):
        edits.drop_span(ann, ("events", call, "trigger"))
    putin = next(i for i, a in enumerate(ann.actors) if a.id == "putin")
    fewer, message = edits.drop_span(ann, ("actors", putin, "mentions", 1))
    assert message == "deleted the mention 'Vladimir Putin' (364-378) of putin"
    assert len(fewer.actors[putin].mentions) == len(ann.actors[putin].mentions) - 1
    assert len(ann.actors[putin].mentions) == 8  # the input is never changed
    cued = next(i for i, c in enumerate(ann.claims) if c.cue is not None)
    uncued, message = edits.drop_span(ann, ("claims", cued, "cue"))
    assert uncued.claims[cued].cue is None and ann.claims[cued].cue is not None
    assert message == f"deleted the cue of {ann.claims[cued].id}"
    taken = ann.actors[putin].mentions[0]
    with pytest.raises(AnnotateError, match="already has a mention"):
        edits.set_span(ann, ("actors", putin, "mentions", 1),
                       edits.span(art, taken.start, taken.end))


@pytest.mark.slow
def test_reanchor_and_review_in_a_terminal(sample_dir: Path, tmp_path: Path) -> None:
    import pexpect

    before = sidecar.load(sample_dir / SIDECAR)
    edit_like_an_editor(sample_dir)
    env = {**os.environ, "ANNOTATE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
           "TERM": "xterm"}
    env.pop("NO_COLOR", None)  # colours on, as a person would see it
    child = pexpect.spawn(sys.executable,
                          ["-m", "annotate", "tag", "--plain", str(sample_dir / ARTICLE)],
                          env=env, encoding="utf-8", timeout=30, dimensions=(40, 110))
    steps = [("Re-anchor now? [Y/n] ", ""),
             ("Span 1/4: fuzzy", "a"), ("Span 2/4: orphaned", "x"),
             ("Span 3/4: fuzzy", "k"), ("Span 4/4: orphaned", ""),
             ("Review done.", "q")]
    for expected, answer in steps:
        child.expect_exact(expected)
        child.expect_exact("): " if expected.startswith(("Span", "Review")) else "")
        child.sendline(answer)
    child.expect_exact("validation: 0 errors, 1 warning")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert_reviewed(sample_dir, before)


def test_an_ambiguous_span_is_re_picked_among_its_copies(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = sample_dir / ARTICLE
    sentence = ("The United States was among the nations that voted to reject Russia’s call "
                "for a ceasefire.")
    path.write_text(path.read_text("utf-8").replace(sentence, sentence + " " + sentence),
                    "utf-8")
    # Re-anchor; each ambiguous span: re-pick, Enter looks for its old text, and the
    # copy in the first of the two sentences is taken from the numbered list; quit.
    result = tag(monkeypatch, ["", "e", "", "3", "e", "", "1", "q"], path)
    assert result.code == 0, result
    assert "Span 1/2: ambiguous, a mention of actor russia (Russia)" in result.out
    assert "Span 2/2: ambiguous, the trigger of event un-vote" in result.out
    assert "that text occurs 6 times:" in result.out and "that text occurs 2 times:" in result.out
    assert "✓ re-picked un-vote trigger at " in result.out and "Review done." in result.out
    ann = sidecar.load(sample_dir / SIDECAR)
    first = article.load(path).text.index(sentence)
    for span in (ann.get("un-vote").trigger,  # type: ignore[union-attr]
                 ann.get("russia").mentions[2]):  # type: ignore[union-attr]
        assert not span.orphaned and first < span.start < first + len(sentence)
    assert [p.rule for p in checks.check_file(sample_dir / SIDECAR)] == []


def test_a_recorded_change_is_undone_like_a_command(sample_dir: Path) -> None:
    ann = sidecar.load(sample_dir / SIDECAR)
    fewer, message = edits.drop_span(ann, ("actors", 0, "mentions", 0))
    state = session.record(session.State(ann), fewer, None, message)
    assert state.ann is fewer and state.message == message
    ctx = session.Context(article.load(sample_dir / ARTICLE), config.for_path(sample_dir / SIDECAR))
    undone = session.apply(ctx, state, "undo")
    assert undone.ann is ann and session.apply(ctx, undone, "redo").ann is fewer
