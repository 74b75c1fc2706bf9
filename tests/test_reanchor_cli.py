"""`annotate validate` on a changed article, and `annotate reanchor`, through the CLI."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SAMPLE_SIDECAR, run_cli

from annotate import anchoring, sidecar
from annotate import article as article_mod
from annotate.checks import RULES

ARTICLE = "putin-netanyahu-call.txt"
SIDECAR = "putin-netanyahu-call.ann.yaml"
DELETED = (" The resolution drew criticism for glossing over the Hamas attack that sparked "
           "the current war.")


def edit_like_an_editor(folder: Path) -> None:
    """A correction note under the title, the misspelling fixed, one sentence cut."""
    path = folder / ARTICLE
    text = path.read_text("utf-8")
    text = text.replace("Netanyahu\n\n", "Netanyahu\n\nUpdated on 24 October with a "
                        "correction.\n\n", 1)
    text = text.replace("Natanyahu", "Netanyahu").replace(DELETED, "")
    path.write_text(text, "utf-8")


def rules(out: str) -> list[str]:
    """The rule ids of the findings in `validate`'s text output, in order."""
    return re.findall(r"\(\$[^,]*, ([\w-]+)\)$", out, re.MULTILINE)


def test_the_done_story(sample_dir: Path) -> None:
    edit_like_an_editor(sample_dir)
    # 1. validate explains the drift
    first = run_cli("validate", sample_dir)
    assert first.code == 1, first
    found = rules(first.out)
    assert found.count("span-lost") == 2
    assert found.count("span-fuzzy") == 2
    assert found.count("span-moved") > 40
    assert found.count("article-changed") == 1
    # "Hamas" is still in the article, as two other mentions: not "no longer in the article".
    assert "span 'Hamas' at 1097-1102 is not where it was, and its text (2 places in the " \
        "article) is nowhere with the words that were around it" in first.out
    assert "span 'The resolution drew criticism for gloss…' at 1045-1138 is no longer in the " \
        "article" in first.out
    assert "'Natanyahu' at 740-749 now only approximately matches 'Netanyahu' at 782-791" \
        in first.out
    assert f"run `annotate reanchor {sample_dir / ARTICLE}`" in first.out
    # 2. reanchor fixes what it can and shows what it cannot
    second = run_cli("reanchor", sample_dir / ARTICLE)
    assert second.code == 1, second  # two spans orphaned
    assert "Natanyahu → Netanyahu" in second.out
    assert "orphaned" in second.out and "saved" in second.out
    # ... and says what to do about the orphans, with the command that does it.
    assert "2 spans not placed: kept with the old text, marked `orphaned: true`, never " \
        "attached to other words; re-tag or delete them with " \
        f"`annotate tag {sample_dir / ARTICLE}` (command `review`)" in second.out
    ann = sidecar.load(sample_dir / SIDECAR)
    art = article_mod.load(sample_dir / ARTICLE)
    assert (ann.document.sha256, ann.document.length) == (art.sha256, art.length)
    orphans = [(s.text, s.start) for _, s in ann.spans() if s.orphaned]
    assert sorted(orphans) == [("Hamas", 1097), (DELETED.strip().rstrip("."), 1045)]
    for _, span in ann.spans():
        if not span.orphaned:
            assert art.text[span.start:span.end] == span.text
            assert art.text[max(0, span.start - 32):span.start] == span.prefix
    # The claim whose words changed keeps its verdict, flagged for re-check.
    assert "verdict to re-check (its claim's text changed): resolution-not-in-call" in second.out
    flagged = ann.get("resolution-not-in-call")
    assert flagged.verdict == "unverified"  # type: ignore[union-attr]
    assert flagged.recheck.endswith("call to Natanyahu")  # type: ignore[union-attr]
    # 3. validate again: only the orphans and the verdict to re-check, as warnings
    third = run_cli("validate", sample_dir)
    assert third.code == 0, third
    assert rules(third.out) == ["orphaned", "recheck", "orphaned"]
    assert "span 'Hamas' was orphaned by reanchor: its text is in the article (2 places), but " \
        "nowhere with the words that were around it; re-tag it or delete it " \
        f"(`annotate tag {sample_dir / ARTICLE}`, command `review`)" in third.out
    assert "the current war' was orphaned by reanchor: its text is no longer in the article" \
        in third.out
    # 4. and a second reanchor has nothing to change
    before = (sample_dir / SIDECAR).read_bytes()
    fourth = run_cli("reanchor", sample_dir / ARTICLE)
    assert "nothing to change" in fourth.out
    assert (sample_dir / SIDECAR).read_bytes() == before


ENCODED = {"’": "&#8217;", "“": "&ldquo;", "”": "&rdquo;"}


def encode(text: str) -> str:
    """The article as a page saves it, its typography as HTML entities."""
    return "".join(ENCODED.get(c, c) for c in text)


def emphasise(text: str, words: list[str]) -> str:
    """The article made .md: its title in bold, `words` in emphasis wherever they occur."""
    title, rest = text.split("\n", 1)
    return f"**{title}**\n" + re.sub(rf"\b({'|'.join(words)})\b", r"_\1_", rest)


@pytest.mark.parametrize("edit", [encode, lambda text: emphasise(text, ["Putin", "Iran"])])
def test_entities_or_emphasis_all_through_keep_every_span_and_verdict(
        sample_dir: Path, edit: Callable[[str], str]) -> None:
    # Encoded, six spans were orphaned ("Putin declared", the spans near quotations) and
    # three verdicts flagged for re-check; in emphasis, the title's "Putin" (offset 0) and
    # the claims holding "Putin" or "Iran" were orphaned.
    path = sample_dir / ARTICLE
    original = path.read_text("utf-8")
    path.write_text(edit(original), "utf-8")
    result = run_cli("reanchor", path)
    assert result.code == 0, result
    assert "71 spans:" in result.out and "orphaned" not in result.out, result.out
    assert "verdict to re-check" not in result.out
    assert run_cli("validate", sample_dir).code == 0
    # ... and the page restored: every span back where it was, as it was.
    path.write_text(original, "utf-8")
    assert run_cli("reanchor", path).code == 0
    assert sidecar.load(sample_dir / SIDECAR).to_dict() == \
        sidecar.load(SAMPLE_SIDECAR).to_dict()


def test_validate_warns_once_when_every_span_still_matches(sample_dir: Path) -> None:
    path = sample_dir / ARTICLE
    path.write_text(path.read_text("utf-8") + "\n\nThis article was updated.", "utf-8")
    result = run_cli("validate", sample_dir)
    assert result.code == 0, result
    assert rules(result.out) == ["article-changed"]
    assert "all 71 spans still match at their offsets" in result.out
    assert run_cli("validate", "--strict", sample_dir).code == 1


def test_validate_does_no_anchoring_while_the_hash_matches(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("anchoring.plan called although the article is unchanged")

    monkeypatch.setattr(anchoring, "plan", refuse)
    result = run_cli("validate", "--jobs", "1", sample_dir)
    assert result.code == 0, result


def test_validate_still_reports_a_hand_edited_span_text(sample_dir: Path) -> None:
    path = sample_dir / SIDECAR
    path.write_text(path.read_text("utf-8").replace("text: Vassily Nebenzia",
                                                    "text: Vasily Nebenzia"), "utf-8")
    result = run_cli("validate", sample_dir)
    assert result.code == 1
    assert rules(result.out) == ["span-text"]


def test_dry_run_changes_nothing(sample_dir: Path) -> None:
    edit_like_an_editor(sample_dir)
    before = (sample_dir / SIDECAR).read_bytes()
    result = run_cli("reanchor", sample_dir / ARTICLE, "--dry-run")
    assert result.code == 1, result
    assert "dry run, nothing saved" in result.out
    assert "2 exact" in result.out and "2 fuzzy" in result.out and "2 orphaned" in result.out
    assert (sample_dir / SIDECAR).read_bytes() == before


def test_a_dry_run_says_what_it_would_do_in_every_line(sample_dir: Path) -> None:
    """It said "verdict to re-check (its claim's text changed): …", as a run that saved
    does, next to "would be kept" (and "it names" the renamed article)."""
    edit_like_an_editor(sample_dir)
    article, side = sample_dir / "renamed.txt", sample_dir / "renamed.ann.yaml"
    (sample_dir / ARTICLE).rename(article)
    (sample_dir / SIDECAR).rename(side)
    before = (side.read_bytes(), side.stat().st_mtime_ns, sorted(sample_dir.iterdir()))
    result = run_cli("reanchor", article, "--dry-run")
    assert result.code == 1, result
    assert (side.read_bytes(), side.stat().st_mtime_ns, sorted(sample_dir.iterdir())) == before
    lines = result.out.splitlines()
    assert lines[0] == f"{side}: its document.path {ARTICLE!r} named no file; it would name " \
        "'renamed.txt', the article given"
    after = lines[next(i for i, line in enumerate(lines) if line.startswith("71 spans:")) + 1:]
    assert after == [
        f"{side}: dry run, nothing saved",
        "verdict would be flagged for re-check (its claim's text changed): "
        "resolution-not-in-call",
        "2 spans not placed: would be kept with the old text, marked `orphaned: true`, never "
        f"attached to other words; re-tag or delete them with `annotate tag {article}` "
        "(command `review`)"]
    # The run that saves says it did, as before.
    saved = run_cli("reanchor", article)
    assert "verdict to re-check (its claim's text changed): resolution-not-in-call" in saved.out
    assert "; it names 'renamed.txt', the article given" in saved.out
    assert "2 spans not placed: kept with the old text" in saved.out


def test_dry_run_reads_a_read_only_sidecar(sample_dir: Path) -> None:
    edit_like_an_editor(sample_dir)
    (sample_dir / SIDECAR).chmod(0o444)
    result = run_cli("reanchor", sample_dir / ARTICLE, "--dry-run")
    assert result.code == 1 and "dry run, nothing saved" in result.out, result
    assert not list(sample_dir.glob(".*.lock"))


def test_a_width_of_zero_prints_at_eighty_columns(sample_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "0")
    edit_like_an_editor(sample_dir)
    result = run_cli("reanchor", sample_dir / ARTICLE, "--dry-run")
    assert "dry run, nothing saved" in result.out and "2 orphaned" in result.out
    assert all(line == line.rstrip() for line in result.out.splitlines())  # no padding
    result = run_cli("show", sample_dir / ARTICLE)
    assert result.code == 0 and "Putin" in result.out


def test_exit_zero_when_everything_is_placed(sample_dir: Path) -> None:
    path = sample_dir / ARTICLE
    path.write_text("Breaking.\n\n" + path.read_text("utf-8"), "utf-8")
    result = run_cli("reanchor", path)
    assert result.code == 0, result
    assert "71 moved" in result.out
    assert run_cli("validate", sample_dir).code == 0


def test_min_score_one_orphans_the_fuzzy_matches(sample_dir: Path) -> None:
    path = sample_dir / ARTICLE
    path.write_text(path.read_text("utf-8").replace("Natanyahu", "Netanyahu"), "utf-8")
    result = run_cli("reanchor", path, "--min-score", "1")
    assert result.code == 1
    ann = sidecar.load(sample_dir / SIDECAR)
    assert ann.actors[1].mentions[2].orphaned and ann.actors[1].mentions[2].text == "Natanyahu"


def test_broken_sidecar_is_refused_and_left_alone(sample_dir: Path) -> None:
    edit_like_an_editor(sample_dir)
    path = sample_dir / SIDECAR
    broken = path.read_text("utf-8").replace("schema_version: 1", "schema_version: one")
    path.write_text(broken, "utf-8")
    result = run_cli("reanchor", sample_dir / ARTICLE)
    assert result.code == 1
    assert result.err.startswith(f"annotate: {path}:1:")
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert path.read_text("utf-8") == broken


def test_missing_sidecar_is_one_line(sample_dir: Path) -> None:
    (sample_dir / SIDECAR).unlink()
    result = run_cli("reanchor", sample_dir / ARTICLE)
    assert result.code == 2
    assert result.err.strip() == f"annotate: {sample_dir / SIDECAR}: sidecar not found"


def test_sidecar_option_and_bad_min_score(sample_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.ann.yaml"
    (sample_dir / SIDECAR).rename(other)
    assert run_cli("reanchor", sample_dir / ARTICLE, "--sidecar", other).code == 0
    bad = run_cli("reanchor", sample_dir / ARTICLE, "--sidecar", other, "--min-score", "2")
    assert bad.code == 2
    assert bad.err.strip() == "annotate: --min-score must be between 0 and 1, not 2.0"


def test_help_states_the_exit_codes() -> None:
    result = run_cli("reanchor", "--help")
    assert result.code == 0
    assert "Exit code 0 when every span was placed" in " ".join(result.out.split())
    assert "Example: annotate reanchor" in result.out


def test_new_rules_are_described() -> None:
    for rule in ("span-moved", "span-fuzzy", "span-ambiguous", "span-lost", "orphaned"):
        assert RULES[rule]


def test_ambiguous_spans_are_errors_then_kept_as_orphans(sample_dir: Path) -> None:
    path = sample_dir / ARTICLE
    sentence = ("The United States was among the nations that voted to reject Russia’s call "
                "for a ceasefire.")
    path.write_text(path.read_text("utf-8").replace(sentence, sentence + " " + sentence),
                    "utf-8")
    found = rules(run_cli("validate", sample_dir).out)
    assert found.count("span-ambiguous") == 2
    result = run_cli("reanchor", path)
    assert result.code == 1 and "ambiguous" in result.out
    ann = sidecar.load(sample_dir / SIDECAR)
    assert ann.events[4].trigger.orphaned and ann.events[4].trigger.start == 998


def test_reanchor_moves_the_annotators_versions_in_disagreements(sample_dir: Path) -> None:
    """They kept their old offsets, so adjudicating after an edit took spans of the old
    text into the gold sidecar."""
    alice, bob = (sample_dir / f"putin-netanyahu-call.{who}.ann.yaml" for who in ("alice", "bob"))
    (sample_dir / SIDECAR).rename(alice)
    ann = sidecar.load(alice)
    del ann.actors[1].mentions[2]  # bob misses "Natanyahu": a disagreement over netanyahu
    sidecar.save(bob, ann)
    merged = sample_dir / SIDECAR
    assert run_cli("merge", alice, bob, "-o", merged).code == 0
    edit_like_an_editor(sample_dir)
    assert run_cli("reanchor", sample_dir / ARTICLE, "--sidecar", merged).code == 1  # fuzzy
    checked = run_cli("validate", merged)
    assert checked.code == 0 and " 0 errors" in checked.out, checked.out
    text = (sample_dir / ARTICLE).read_text("utf-8")
    versions = [v.item for d in sidecar.load(merged).disagreements for v in d.versions if v.item]
    spans = [s for item in versions for _, s in item.spans()]
    assert spans and all(text[s.start:s.end] == s.text for s in spans if not s.orphaned)
    assert any(s.start > 100 and s.text == "Netanyahu" for s in spans)


def test_a_version_span_that_is_also_an_annotations_goes_where_that_one_goes(
        tmp_path: Path) -> None:
    """Found by the fuzzer (tests/data/disputed-reanchor: a merged sidecar of an article
    whose paragraphs were then swapped): the annotation's mention moved, and the same mention
    in the annotators' versions, looked for alone, was orphaned."""
    import shutil

    for f in (Path(__file__).parent / "data" / "disputed-reanchor").glob("emoji-story.*"):
        shutil.copy(f, tmp_path)
    assert run_cli("reanchor", tmp_path / "emoji-story.txt").code == 0
    moved = sidecar.load(tmp_path / "emoji-story.ann.yaml")
    main = moved.actors[0].mentions[0]
    assert not main.orphaned and main.text == "Zoë Ångström"
    versions = [s for _, s in moved.disputed_spans() if s.text == main.text]
    assert versions and all((s.start, s.end, s.orphaned) == (main.start, main.end, False)
                            for s in versions)


def test_a_version_span_alone_is_looked_for_among_the_annotations(tmp_path: Path) -> None:
    """Found by the fuzzer (tests/data/disputed-reanchor/odd-story: a span only the
    annotators' versions hold): looked for without the annotations' spans as landmarks, it
    was orphaned though its text is in the article once."""
    import shutil

    for f in (Path(__file__).parent / "data" / "disputed-reanchor").glob("odd-story.*"):
        shutil.copy(f, tmp_path)
    assert run_cli("reanchor", tmp_path / "odd-story.txt").code == 0
    moved = sidecar.load(tmp_path / "odd-story.ann.yaml")
    text = (tmp_path / "odd-story.txt").read_text("utf-8")
    spans = [s for _, s in moved.disputed_spans()]
    assert spans and not any(s.orphaned for s in spans)
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_validate_says_which_version_spans_an_edit_loses(tmp_path: Path) -> None:
    """Found by the fuzzer: before reanchor, validate said nothing of a version's span the
    edit had removed (after it, the span was orphaned)."""
    import shutil

    for f in (Path(__file__).parent / "data" / "disputed-reanchor").glob("emoji-story.*"):
        shutil.copy(f, tmp_path)
    story = tmp_path / "emoji-story.txt"
    text = story.read_text("utf-8")
    ann = sidecar.load(tmp_path / "emoji-story.ann.yaml")
    mains = {s.text for _, s in ann.spans()}
    gone = next(s.text for _, s in ann.disputed_spans() if s.text not in mains)
    story.write_text(text.replace(gone, "nothing of the kind"), "utf-8")
    checked = run_cli("validate", tmp_path / "emoji-story.ann.yaml")
    assert checked.code == 1 and any(
        "$.disagreements[" in line and re.search(r", span-(?:lost|fuzzy|moved)\)$", line)
        for line in checked.out.splitlines()), checked.out


def test_reanchor_says_and_exits_1_when_a_version_span_is_not_found(tmp_path: Path) -> None:
    """It said "9 spans: 7 exact, 2 moved" and exited 0; the version's span was orphaned."""
    import shutil

    for f in (Path(__file__).parent / "data" / "disputed-reanchor").glob("emoji-story.*"):
        shutil.copy(f, tmp_path)
    story = tmp_path / "emoji-story.txt"
    ann = sidecar.load(tmp_path / "emoji-story.ann.yaml")
    mains = {s.text for _, s in ann.spans()}
    gone = next(s.text for _, s in ann.disputed_spans() if s.text not in mains)
    story.write_text(story.read_text("utf-8").replace(gone, "nothing of the kind"), "utf-8")
    dry = run_cli("reanchor", story, "--dry-run")
    assert dry.code == 1
    assert re.search(r"\d+ spans? of the annotators' versions in disagreements not found: "
                     "would be kept as orphaned", dry.out), dry.out
    result = run_cli("reanchor", story)
    assert result.code == 1
    assert re.search(r"\d+ spans? of the annotators' versions in disagreements not found: "
                     "kept as orphaned", result.out), result.out


def test_reanchor_of_an_unchanged_article_keeps_spans_in_a_repeated_passage(
        tmp_path: Path) -> None:
    """The article as it was tagged: every span is where it was, even where its words and
    context repeat (a passage that occurs twice). Each was `ambiguous`, and reanchor
    marked them all orphaned, exit 1."""
    article = tmp_path / "story.txt"
    article.write_text("Putin said so and " * 50, "utf-8")
    assert run_cli("add", "actor", article, "--name", "Putin", "--type", "person",
                   "--mention", "Putin").code == 0
    path = tmp_path / "story.ann.yaml"
    before = path.read_bytes()
    result = run_cli("reanchor", article)
    assert result.code == 0, result
    assert "50 spans: 50 exact" in result.out
    assert path.read_bytes() == before
