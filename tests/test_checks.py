from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_SIDECAR, run_cli

from annotate import article as article_mod
from annotate import checks, sidecar, validate
from annotate.checks import ERROR, WARNING, Problem
from annotate.model import Actor, Span

DATA = ROOT / "tests" / "data"


def test_sample_has_no_findings() -> None:
    assert checks.check_file(SAMPLE_SIDECAR) == []


def test_problem_reads_like_a_compiler_message() -> None:
    p = Problem("a.ann.yaml", 3, 7, "$.claims[0].kind", "inventory", "kind 'x' is unknown")
    assert str(p) == "a.ann.yaml:3:7: error: kind 'x' is unknown [inventory]"
    assert p.severity == ERROR


def test_every_rule_has_a_description() -> None:
    assert all(isinstance(text, str) and text.endswith(".") for text in checks.RULES.values())


@pytest.mark.parametrize(("actors", "still"), [
    (0, "no span is anchored to it"),
    (1, "the one span still matches at its offset"),
])
def test_a_changed_article_counts_the_spans_that_still_match_in_english(
        tmp_path: Path, actors: int, still: str) -> None:
    from conftest import run_cli

    from annotate import sidecar, store

    story = tmp_path / "story.txt"
    story.write_text("Harbour Council\n\nThe Harbour Council met on Monday.\n", "utf-8")
    store.Saver(sidecar.path_for(story)).save(sidecar.new(article_mod.load(story),
                                                          sidecar.path_for(story)))
    if actors:
        made = run_cli("add", "actor", story, "--name", "Harbour Council", "--type",
                       "organization", "--mention", "s2 Harbour Council")
        assert made.code == 0, made
    story.write_text(story.read_text("utf-8") + "\nA new closing line.\n", "utf-8")
    [problem] = checks.check_file(sidecar.path_for(story))
    assert (problem.rule, problem.severity) == ("article-changed", WARNING)
    assert problem.message == (f"the article changed since it was annotated, but {still}; "
                               f"run `annotate reanchor {story}` to record the new hash")


def test_an_annotators_sidecar_of_a_changed_article_is_told_the_command_for_it(
        sample_dir: Path) -> None:
    """`run annotate reanchor story.txt` (and `annotate tag`, `annotate edit story.txt ID
    --recheck none`) work on story.ann.yaml: told for story.alice.ann.yaml, they left her
    spans where they were (or cleared the flag of another sidecar's claim)."""
    article = sample_dir / "putin-netanyahu-call.txt"
    alice = sample_dir / "putin-netanyahu-call.alice.ann.yaml"
    shutil.copy(sample_dir / "putin-netanyahu-call.ann.yaml", alice)
    article.write_text(article.read_text("utf-8").replace("Putin Pushes", "Vladimir P. Pushes",
                                                          1).replace("1,300", "1,400"), "utf-8")
    fix = f"annotate reanchor {article} --sidecar {alice}"
    problems = checks.check_file(alice)
    assert any(p.rule == "span-moved" for p in problems)
    assert all(fix in p.message for p in problems), problems
    assert all("--sidecar" not in p.message
               for p in checks.check_file(sidecar.path_for(article)))
    assert run_cli("reanchor", article, "--sidecar", alice).code == 1  # (one orphaned)
    recheck, orphan = sorted(checks.check_file(alice), key=lambda p: p.rule, reverse=True)
    assert f"(`annotate tag {article} --sidecar {alice}`, command `review`)" in orphan.message
    edit = f"annotate edit {article} attack-toll --recheck none --sidecar {alice}"
    assert f"confirm it (`{edit}`)" in recheck.message, recheck
    assert run_cli(*edit.split()[1:]).code == 0  # (what it says works, on her sidecar)
    assert [p.rule for p in checks.check_file(alice)] == ["orphaned"]


def test_findings_carry_json_path_and_position() -> None:
    problems = checks.check_file(DATA / "invalid" / "many-findings.ann.yaml")
    by_rule = {p.rule: p for p in problems}
    assert by_rule["dangling-reference"].path == "$.claims[0].claimant"
    assert by_rule["inventory"].path == "$.actors[2].type"
    assert by_rule["span-text"].path == "$.actors[1].mentions[1].text"
    assert (by_rule["span-text"].line, by_rule["span-text"].column) == (24, 34)


def test_articles_are_loaded_once_per_batch(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(DATA / "valid" / "harbour.txt", tmp_path)
    for name in ("a", "b", "c"):
        shutil.copy(DATA / "valid" / "harbour.ann.yaml", tmp_path / f"{name}.ann.yaml")
    loads: list[Path] = []
    real = article_mod.load

    def counting(path: Path) -> article_mod.Article:
        loads.append(path)
        return real(path)

    monkeypatch.setattr(article_mod, "load", counting)
    report = validate.run([tmp_path], jobs=1)
    assert (len(report.files), report.problems) == (3, [])
    assert loads == [tmp_path / "harbour.txt"]


def test_article_cache_stays_bounded(tmp_path: Path) -> None:
    cache: dict = {}
    for i in range(200):
        path = tmp_path / f"{i}.txt"
        path.write_text(f"Article {i}.\n")
        checks._article(path, cache)
    assert len(cache) <= 65


def test_warning_only_report_exits_0_and_strictly_1() -> None:
    report = validate.Report(["x"], [Problem("x", 1, 1, "$", "orphaned", "gone", WARNING)])
    assert report.exit_code() == 0 and report.exit_code(strict=True) == 1
    strict = report.strictly()
    assert [p.severity for p in strict.problems] == [ERROR]
    assert report.problems[0].severity == WARNING  # the original is untouched
    assert strict.exit_code() == 1


def test_discover_recurses_sorted_and_skips_hidden_and_tool_folders(tmp_path: Path) -> None:
    for rel in ["b/z.ann.yaml", "b/a.ann.yaml", "a.ann.yaml", "c/d/e.ann.yaml", "notes.yaml",
                ".git/x.ann.yaml", ".hidden/y.ann.yaml", "node_modules/m.ann.yaml",
                "venv/v.ann.yaml", "story.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("")
    found = [p.relative_to(tmp_path).as_posix() for p in validate.discover([tmp_path])]
    assert found == ["a.ann.yaml", "b/a.ann.yaml", "b/z.ann.yaml", "c/d/e.ann.yaml"]
    # A file named on the command line is checked whatever its name.
    assert validate.discover([tmp_path / "notes.yaml"]) == [tmp_path / "notes.yaml"]
    assert validate.discover([tmp_path / "a.ann.yaml", tmp_path / "b", tmp_path / "a.ann.yaml",
                              tmp_path / "b" / "a.ann.yaml"]) == [
        tmp_path / "a.ann.yaml", tmp_path / "b" / "a.ann.yaml", tmp_path / "b" / "z.ann.yaml"]


def test_parallel_and_serial_runs_agree(tmp_path: Path) -> None:
    """Enough files for the process pool; results keep the input order."""
    shutil.copy(DATA / "valid" / "harbour.txt", tmp_path)
    cases = sorted((DATA / "invalid").glob("*.ann.yaml"))[:10] + \
        [DATA / "valid" / "harbour.ann.yaml"]
    shutil.copy(DATA / "invalid" / "latin1-article.txt", tmp_path)
    for i in range(4):
        for case in cases:
            shutil.copy(case, tmp_path / f"{i}-{case.name}")
    files = validate.discover([tmp_path])
    assert len(files) >= validate.PARALLEL_MIN
    serial = list(validate.iter_results(files, jobs=1))
    parallel = list(validate.iter_results(files, jobs=2))
    assert [f for f, _ in parallel] == files
    assert parallel == serial
    assert sum(len(p) for _, p in serial) > 0


def test_a_bug_on_one_file_is_reported_on_that_file(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(DATA / "valid" / "harbour.txt", tmp_path)
    for name in ("a", "b", "c"):
        shutil.copy(DATA / "valid" / "harbour.ann.yaml", tmp_path / f"{name}.ann.yaml")
    real = checks.check_file

    def buggy(path: Path, *args: object) -> list[Problem]:
        if path.name == "b.ann.yaml":
            raise KeyError("oops")
        return real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(checks, "check_file", buggy)
    report = validate.run([tmp_path], jobs=1)
    assert len(report.files) == 3
    assert [(Path(p.file).name, p.rule) for p in report.problems] == [("b.ann.yaml", "read")]
    assert "could not be checked (internal error: KeyError: 'oops'" in report.problems[0].message
    monkeypatch.setenv("ANNOTATE_DEBUG", "1")
    with pytest.raises(KeyError):
        validate.run([tmp_path], jobs=1)
    # A switch set to "off" in any of its usual spellings is off: still one line, no raise.
    for off in ("0", "", "false", "No", "off "):
        monkeypatch.setenv("ANNOTATE_DEBUG", off)
        report = validate.run([tmp_path], jobs=1)
        assert [Path(p.file).name for p in report.problems] == ["b.ann.yaml"], off
        assert "internal error: KeyError" in run_cli("validate", tmp_path).out, off
    # ... and so in the command's own error handler.
    monkeypatch.setattr(validate, "run", lambda *a, **k: buggy(tmp_path / "b.ann.yaml"))
    for off in ("0", "", "false", "No", "off "):
        monkeypatch.setenv("ANNOTATE_DEBUG", off)
        result = run_cli("validate", tmp_path)
        assert result.code == 1 and "internal error: KeyError" in result.err, (off, result)
    monkeypatch.setenv("ANNOTATE_DEBUG", "yes")
    with pytest.raises(KeyError):
        run_cli("validate", tmp_path)


def test_a_review_date_or_address_edit_would_refuse_is_an_error(tmp_path: Path) -> None:
    """A hand-edited `reviewed: 2024-13-45` or `review_url: javascript:…` passes the
    schema's shape but would be exported to ClaimReview as it is."""
    for name in ("putin-netanyahu-call.txt", "putin-netanyahu-call.ann.yaml"):
        shutil.copy(ROOT / "samples" / name, tmp_path / name)
    path = tmp_path / "putin-netanyahu-call.ann.yaml"
    text = path.read_text("utf-8").replace("schema_version: 1", "schema_version: 2")
    text = text.replace("  verdict: mostly-correct\n", "  verdict: mostly-correct\n  reviewed: "
                        "2024-13-45\n  review_url: 'javascript:alert(1)'\n", 1)
    path.write_text(text, "utf-8")
    found = {p.path: p for p in checks.check_file(path)}
    assert set(found) == {"$.claims[3].reviewed", "$.claims[3].review_url"}
    assert found["$.claims[3].reviewed"].message == (
        "claim 'attack-toll': reviewed '2024-13-45' is not an ISO 8601 date (YYYY-MM-DD) or "
        "date-time (YYYY-MM-DDThh:mm:ssZ)")
    assert found["$.claims[3].review_url"].severity == ERROR


def test_a_hand_edited_evidence_url_edit_would_refuse_is_an_error(tmp_path: Path) -> None:
    """`--evidence` takes only an http(s) URL; a sidecar edited by hand to hold
    "javascript:…" or "report.pdf" passed validate."""
    for name in ("putin-netanyahu-call.txt", "putin-netanyahu-call.ann.yaml"):
        shutil.copy(ROOT / "samples" / name, tmp_path / name)
    path = tmp_path / "putin-netanyahu-call.ann.yaml"
    text = path.read_text("utf-8")
    text = text.replace("  verdict: mostly-correct\n", "  verdict: mostly-correct\n  evidence:\n"
                        "  - {url: 'javascript:alert(1)'}\n  - {url: https://example.org/a}\n"
                        "  - {url: report.pdf}\n", 1)
    path.write_text(text, "utf-8")
    found = {p.path: p for p in checks.check_file(path)}
    assert set(found) == {"$.claims[3].evidence[0].url", "$.claims[3].evidence[2].url"}
    assert found["$.claims[3].evidence[2].url"].message == \
        "claim 'attack-toll': evidence 'report.pdf' is not an http(s) URL"
    result = run_cli("validate", path)
    assert result.code == 1
    assert "evidence 'javascript:alert(1)' is not an http(s) URL" in result.out, result


def test_a_span_that_cuts_an_accent_from_its_letter_is_an_error(tmp_path: Path) -> None:
    """Hand-edited offsets ending between "e" and its separate accent: the text matches,
    but no token-based format can hold the span (CoNLL dropped it, uncounted)."""
    story = tmp_path / "a.txt"
    story.write_text("Jose\u0301 Marti\u0301 spoke.\n", "utf-8")
    art = article_mod.load(story)
    path = sidecar.path_for(story)
    ann = sidecar.new(art, path)
    ann.actors.append(Actor("jose", "Jose", "person", mentions=[Span(0, 4, "Jose")]))
    sidecar.save(path, ann)
    found = checks.check_file(path)
    assert [(p.path, p.rule, p.severity) for p in found] == \
        [("$.actors[0].mentions[0]", "span-range", ERROR)]
    assert "cuts a character in two at 4 (U+0301 belongs with the character before it)" \
        in found[0].message
    for fmt in ("conll", "prodigy", "doccano"):  # and no export writes it
        result = run_cli("export", path, "--to", fmt)
        assert result.code == 1 and result.out == "", (fmt, result)
        assert "is not its text in the article, cuts a character" in result.err


def test_repeated_mentions_and_participants_are_found_without_the_article(
        tmp_path: Path) -> None:
    """Two identical mentions were reported at the actor, and only with the article at
    hand; one actor listed twice in one role was not reported at all."""
    text = SAMPLE_SIDECAR.read_text("utf-8")
    mention = ("  - {start: 0, end: 5, text: Putin, prefix: '', suffix: ' Pushes For "
               "De-Escalation In Con'}\n")
    speaker = "  - {actor: putin, role: speaker}\n"
    assert mention in text and speaker in text
    path = tmp_path / SAMPLE_SIDECAR.name  # (no article beside it)
    path.write_text(text.replace(mention, mention * 2, 1).replace(speaker, speaker * 2, 1),
                    "utf-8")
    lines = path.read_text("utf-8").splitlines(keepends=True)
    found = [p for p in checks.check_file(path) if p.rule != "article-missing"]
    assert [(p.rule, p.severity, p.path, p.line, p.column) for p in found] == [
        ("duplicate-span", WARNING, "$.actors[0].mentions[1]", lines.index(mention) + 2, 5),
        ("duplicate-participant", WARNING, "$.events[0].participants[1]",
         lines.index(speaker) + 2, 5)]
    assert found[0].message == "'putin' tags the same span more than once (0-5 'Putin')"
    assert found[1].message == "event 'call' lists putin as 'speaker' more than once"


@pytest.mark.parametrize(("asked", "pieces", "cores", "expected"), [
    (None, 100, 4, 4),  # one per core by default
    (100_000, 4, 4, 4),  # never more than the pieces of work (-j 100000 on 70 files)
    (100_000, 10_000, 4, 16),  # nor past four per core
    (2, 10_000, 4, 2),  # as asked below both
    (None, 0, 4, 1),
])
def test_worker_processes_are_bounded(monkeypatch: pytest.MonkeyPatch, asked: int | None,
                                      pieces: int, cores: int, expected: int) -> None:
    """A forked pool starts every worker at once: `export -j 100000` of 70 sidecars
    started thousands of processes and ran for minutes."""
    monkeypatch.setattr(validate.os, "cpu_count", lambda: cores)
    assert validate.workers(asked, pieces) == expected


def test_export_starts_no_more_workers_than_chunks(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    import concurrent.futures

    from annotate.exporters import Options
    from annotate.exporters import run as export_run

    started: list[int] = []

    class Pool(concurrent.futures.ThreadPoolExecutor):  # (threads: nothing is forked)
        def __init__(self, jobs: int) -> None:
            started.append(jobs)
            super().__init__(2)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    files = [SAMPLE_SIDECAR] * 70
    done = list(export_run.render_all("jsonl", files, None, Options(), jobs=100_000))
    assert len(done) == 70 and started and started[0] <= 5  # 70 files: 5 chunks of 16
