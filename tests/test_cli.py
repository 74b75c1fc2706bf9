from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from conftest import ROOT, SAMPLE_SIDECAR, SAMPLES, run_cli

from annotate import cli, sidecar, yamlio

DATA = ROOT / "tests" / "data"
VALID = DATA / "valid"
ONE_VALID = "1 file checked with the built-in inventory: all valid\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Good sidecars in nested folders of one project (a repository), sharing one article."""
    (tmp_path / ".git").mkdir()  # articles may be anywhere below the project root
    shutil.copy(VALID / "harbour.txt", tmp_path)
    shutil.copy(VALID / "harbour.ann.yaml", tmp_path / "one.ann.yaml")
    (tmp_path / "deeper" / "still").mkdir(parents=True)
    text = (VALID / "harbour.ann.yaml").read_text().replace("path: harbour.txt",
                                                              "path: ../../harbour.txt")
    (tmp_path / "deeper" / "still" / "two.ann.yaml").write_text(text)
    (tmp_path / "deeper" / "notes.yaml").write_text("not: a sidecar\n")
    return tmp_path


def problems(*args: object) -> tuple[int, list[dict]]:
    result = run_cli("validate", "--format", "json", *args)
    return result.code, json.loads(result.out)["problems"] if result.out else []


def test_validate_a_file_and_a_folder(corpus: Path) -> None:
    result = run_cli("validate", corpus / "one.ann.yaml")
    assert (result.code, result.out) == (0, ONE_VALID)
    result = run_cli("validate", corpus)
    assert (result.code, result.out) == (0, "2 files checked with the built-in inventory: "
                                            "all valid\n")


def test_a_folder_named_as_a_sidecar_is_reported_not_passed_over(corpus: Path) -> None:
    (corpus / "deeper" / "three.ann.yaml").mkdir()  # where three.txt's sidecar should be
    code, found = problems(corpus)
    assert code == 1 and [(p["file"].rsplit("/", 1)[-1], p["message"]) for p in found] == [
        ("three.ann.yaml", "is a directory, not a sidecar")]


def test_validate_defaults_to_the_current_folder(corpus: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus / "deeper")
    result = run_cli("validate")
    assert (result.code, result.out) == (0, ONE_VALID)


def test_one_bad_file_does_not_stop_the_others(corpus: Path) -> None:
    (corpus / "deeper" / "binary.ann.yaml").write_bytes(b"\xff\xfe\x00junk")
    (corpus / "deeper" / "dangling.ann.yaml").symlink_to(corpus / "gone.ann.yaml")
    (corpus / "deeper" / "broken.ann.yaml").write_text("actors: [\n")
    shutil.copy(DATA / "invalid" / "span-text-mismatch.ann.yaml", corpus / "z.ann.yaml")
    code, found = problems(corpus)
    assert code == 1
    assert {(Path(p["file"]).name, p["rule"]) for p in found} == {
        ("binary.ann.yaml", "read"), ("dangling.ann.yaml", "read"),
        ("broken.ann.yaml", "yaml"), ("z.ann.yaml", "span-text")}
    result = run_cli("validate", corpus)
    assert "6 files checked with the built-in inventory: 4 errors in 4 files, 0 warnings" \
        in result.out
    assert "is a link to" in result.out and "not valid UTF-8" in result.out


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("validate", tmp_path / "nope")
    assert (result.code, result.out) == (2, "")
    assert result.err == f"annotate: {tmp_path / 'nope'}: no such file or folder\n"


@pytest.mark.parametrize("args", [("validate", ""), ("validate", ".", " "), ("show", ""),
                                  ("reanchor", ""), ("add", "actor", "", "--name", "X"),
                                  ("edit", "", "putin"), ("suggest", ""),
                                  ("report", "", "-o", "out"), ("export", "", "--to", "jsonl"),
                                  ("import", "", "--from", "brat", "--article", "a.txt"),
                                  ("agree", ""), ("merge", "", "-o", "g.ann.yaml"),
                                  ("tag", "")])
def test_an_empty_path_is_refused_not_the_current_folder(
        corpus: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]) -> None:
    """Path("") is "."; `annotate validate "$UNSET"` checked the current folder."""
    monkeypatch.chdir(corpus / "deeper")
    result = run_cli(*args)
    assert (result.code, result.out) == (2, ""), result
    assert result.err == "annotate: an empty path names no file; give a file or folder name\n"


@pytest.mark.parametrize(("args", "message"), [
    (("validate", "{side}", "--config", ""), "--config"),
    (("export", "{side}", "--to", "jsonl", "--config", " "), "--config"),
    (("edit", "{art}", "putin", "--note", "x", "--config", ""), "--config"),
    (("report", "{side}", "-o", "r.html", "--config", ""), "--config"),
    (("adjudicate", "{side}", "--config", ""), "--config"),
    (("show", "{art}", "--sidecar", ""), "--sidecar"),
    (("edit", "{art}", "putin", "--note", "x", "--sidecar", ""), "--sidecar"),
    (("tag", "--plain", "{art}", "--sidecar", ""), "--sidecar"),
    (("reanchor", "{art}", "--sidecar", ""), "--sidecar"),
    (("ingest", "{page}", "-o", ""), "-o"),
])
def test_an_empty_path_option_is_a_usage_error_naming_it(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...],
        message: str) -> None:
    """An unset $VAR given to --config, --sidecar or ingest's -o: validate checked with the
    default inventory and ingest wrote into the current folder, in silence; the others
    said "/the/current/folder: is a directory" (exit 1 for --sidecar)."""
    monkeypatch.chdir(sample_dir)
    page = Path(__file__).parent / "data" / "pages" / "harbour-courier.html"
    before = sorted(p.name for p in sample_dir.iterdir())
    side = (sample_dir / SAMPLE_SIDECAR.name).read_bytes()
    result = run_cli(*[a.format(side=sample_dir / SAMPLE_SIDECAR.name, page=page,
                                art=sample_dir / "putin-netanyahu-call.txt") for a in args])
    assert (result.code, result.out) == (2, ""), result
    assert result.err == "annotate: " + {
        "--config": "--config is empty; give an inventory file, or leave --config out for "
                    "the nearest annotate.yaml",
        "--sidecar": "--sidecar is empty; give the sidecar's file name, or leave --sidecar "
                     "out for the article's own",
        "-o": "-o is empty; give a folder, or leave -o out for the current folder"}[message] \
        + "\n"
    assert sorted(p.name for p in sample_dir.iterdir()) == before
    assert (sample_dir / SAMPLE_SIDECAR.name).read_bytes() == side


def test_ingest_without_o_writes_into_the_current_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(-o's check of an empty value is handed the default too: it must take a Path.)"""
    monkeypatch.chdir(tmp_path)
    page = Path(__file__).parent / "data" / "pages" / "harbour-courier.html"
    result = run_cli("ingest", page)
    assert result.code == 0, result
    assert result.out == "port-alder-council-approves-48m-bridge-despite-flood.txt\n"
    assert (tmp_path / "port-alder-council-approves-48m-bridge-despite-flood.ann.yaml").is_file()


@pytest.mark.parametrize("name", ["", "  "])
def test_edit_refuses_an_empty_name_and_changes_nothing(sample_dir: Path, name: str) -> None:
    """`--name "$UNSET"` said "name: unchanged" and exited 0."""
    path = sample_dir / SAMPLE_SIDECAR.name
    before = path.read_bytes()
    result = run_cli("edit", sample_dir / "putin-netanyahu-call.txt", "putin", "--name", name)
    assert (result.code, result.out) == (1, ""), result
    assert result.err == (f"annotate: {path}: --name needs the new name; an actor's name "
                          "cannot be empty\n")
    assert path.read_bytes() == before


def test_an_article_named_is_checked_and_exported_by_its_sidecars(corpus: Path) -> None:
    """`annotate validate story.txt` checks story.ann.yaml and the annotators' copies, as
    every other command takes the article; an article with no sidecar is a usage error."""
    shutil.copy(corpus / "one.ann.yaml", corpus / "harbour.ann.yaml")
    (corpus / "harbour.alice.ann.yaml").write_text("schema_version: 2\n")
    result = run_cli("validate", corpus / "harbour.txt")
    assert result.code == 1 and "2 files checked" in result.out
    assert "harbour.alice.ann.yaml" in result.out and "harbour.txt:" not in result.out
    (corpus / "harbour.alice.ann.yaml").unlink()
    assert run_cli("validate", corpus / "harbour.txt").out == ONE_VALID
    exported = run_cli("export", corpus / "harbour.txt", "--to", "jsonl")
    assert exported.code == 0 and '"harbour.ann.yaml"' in exported.out
    (corpus / "notes.md").write_text("# notes\n")
    result = run_cli("validate", corpus / "notes.md")
    assert result.code == 2
    assert result.err == f"annotate: {corpus / 'notes.md'}: has no sidecar (notes.ann.yaml); " \
                         "tag it first\n"


def test_folder_without_sidecars_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("validate", tmp_path)
    assert result.code == 2
    assert result.err == f"annotate: no sidecars (*.ann.yaml) found in {tmp_path}\n"


@pytest.mark.parametrize("args", [["--format"], ["--bogus"], ["--jobs", "many"],
                                  ["--jobs", "-1"]])
def test_bad_options_exit_2_without_traceback(args: list[str]) -> None:
    result = run_cli("validate", *args, SAMPLES)
    assert result.code == 2, result
    assert "Traceback" not in result.err and result.err.strip()


def test_strict_turns_warnings_into_errors() -> None:
    case = DATA / "invalid" / "duplicate-span.ann.yaml"
    result = run_cli("validate", case)
    assert result.code == 0
    assert "warning 'duarte' tags the same span more than once" in result.out
    result = run_cli("validate", "--strict", case)
    assert result.code == 1
    assert "error 'duarte' tags the same span more than once" in result.out
    assert "1 error in 1 file, 0 warnings" in result.out


def test_schema_command_prints_the_shipped_schema() -> None:
    result = run_cli("schema")
    assert result.code == 0
    schema = json.loads(result.out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("/v2.json")
    assert result.out == (ROOT / "schemas" / "annotation.schema.json").read_text("utf-8")
    assert result.out == (ROOT / "annotate" / "data" / "annotation.schema.json").read_text()


def test_every_command_has_help_with_an_example() -> None:
    group = typer.main.get_command(cli.app)
    names = sorted(group.commands)  # type: ignore[attr-defined]
    assert {"validate", "show", "schema"} <= set(names)
    for name in names:
        result = run_cli(name, "--help")
        assert result.code == 0, result
        assert "Example: annotate " in result.out, name
        assert group.commands[name].help, name  # type: ignore[attr-defined]
        # (a type shown is a word a person reads, never the parser's name: "<a_path>")
        assert not re.search(r"<(a|an)_\w+>|<_\w+>", result.out), (name, result.out)
    assert run_cli("--help").code == 0


def test_an_option_that_states_its_default_in_words_shows_no_other() -> None:
    """`--jobs` said "default: one per core" and then "[default: 0]"."""
    def commands(cmd: Any) -> Iterator[Any]:
        if hasattr(cmd, "commands"):
            for sub in cmd.commands.values():
                yield from commands(sub)
        else:
            yield cmd

    stated = [(cmd.name, p.opts[0], p) for cmd in commands(typer.main.get_command(cli.app))
              for p in cmd.params
              if p.param_type_name == "option" and "(default: " in (p.help or "")]
    assert len(stated) > 20
    for name, opt, p in stated:
        assert p.default is None or p.show_default is False, (name, opt)
    assert "[default: 0]" not in run_cli("validate", "--help").out


def test_options_whose_help_said_too_little() -> None:
    """export --date said "Creation / publication date-time to stamp" (of what, where?),
    suggest --format "yaml or json."."""
    def words(*args: str) -> str:  # the help's text, its box and line breaks taken out
        return " ".join(re.sub(r"[│╭╮╰╯─]", " ", run_cli(*args, "--help").out).split())

    export = words("export")
    assert "as W3C's created (default: each sidecar's modification time) and as " \
        "ClaimReview's datePublished where a claim has no review date" in export
    assert "Output format: yaml, laid out as a sidecar, or json." in words("suggest")


def test_a_run_builds_only_the_command_it_names() -> None:
    """typer works out every registered command's options before it runs one; `run`
    gives it only the command named, and the whole app for anything else."""
    assert [c.name for c in cli._only(["merge", "a.ann.yaml"]).registered_commands] == ["merge"]
    for argv in ([], ["--help"], ["add", "actor"], ["nosuch"], ["-h"]):
        assert cli._only(argv) is cli.app, argv
    group = typer.main.get_command(cli._only(["validate"]))
    assert sorted(group.commands) == ["validate"]  # type: ignore[attr-defined]
    usage = run_cli("merge", "--bogus")  # named as with every command built, in one line
    assert usage.code == 2 and usage.err == (
        "annotate: No such option: --bogus (options: --output --min-agree --force) "
        "(see annotate merge --help)\n"), usage


def test_validate_in_a_real_process_is_quiet_on_success_and_exits_1_on_findings() -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    ok = subprocess.run([sys.executable, "-m", "annotate", "validate", str(SAMPLE_SIDECAR)],
                        capture_output=True, text=True, env=env)
    assert (ok.returncode, ok.stdout, ok.stderr) == (0, ONE_VALID, "")
    bad = subprocess.run([sys.executable, "-m", "annotate", "validate", "-f", "json",
                          str(DATA / "invalid")], capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and bad.stderr == ""
    assert json.loads(bad.stdout)["errors"] > 30


def test_pre_commit_hook_definition() -> None:
    hooks = yamlio.load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8")).data
    assert isinstance(hooks, list) and len(hooks) == 1
    hook = hooks[0]
    assert hook["id"] == "annotate-validate"
    assert hook["entry"] == "annotate validate"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True
    import re

    assert re.search(hook["files"], "corpus/story.alice.ann.yaml")
    assert not re.search(hook["files"], "corpus/story.yaml")
    # What pre-commit would run: the entry plus the staged file names.
    result = run_cli(*hook["entry"].split()[1:], SAMPLE_SIDECAR)
    assert result.code == 0


def test_sidecar_with_bom_and_windows_line_endings(tmp_path: Path) -> None:
    """Saved by a Windows editor: a BOM and CRLF; still valid, lines still right."""
    shutil.copy(VALID / "harbour.txt", tmp_path)
    text = (VALID / "harbour.ann.yaml").read_text("utf-8")
    (tmp_path / "bom.ann.yaml").write_bytes(("\ufeff" + text).encode("utf-8"))
    broken = text.replace("kind: prediction", "kind: rumour").replace("\n", "\r\n")
    (tmp_path / "crlf.ann.yaml").write_bytes(broken.encode("utf-8"))
    code, found = problems(tmp_path)
    assert code == 1
    assert [(Path(p["file"]).name, p["line"], p["column"], p["rule"]) for p in found] == [
        ("crlf.ann.yaml", 50, 9, "inventory")]


@pytest.mark.parametrize(("args", "line"), [
    (["import", "x.ann", "--from", "brat"],
     "Missing option '--article'. (see annotate import --help)"),
    (["nosuch"], "No such command 'nosuch'. (see annotate --help)"),
    (["delete", "a.txt", "putin"], "No such command 'delete'. Did you mean 'rm'? "
                                   "(see annotate --help)"),
    (["check"], "No such command 'check'. Did you mean 'validate'? (see annotate --help)"),
    (["tag", "--bogus"], "No such option: --bogus (options: --sidecar --config --annotator "
                         "--read-only --plain) (see annotate tag --help)"),
    # (click's guess for --bogus was --jobs, difflib's at its cutoff of 0.6)
    (["export", ".", "--to", "jsonl", "--bogus"],
     "No such option: --bogus (options: --to --output --list --strict --publisher "
     "--publisher-url --date --trim-at-newline --with-offsets --config --jobs) "
     "(see annotate export --help)"),
    # (click gives no command with these: they pointed at `annotate --help`)
    (["export", ".", "--to"],
     "Option '--to' requires an argument. (see annotate export --help)"),
    (["add", "claim", "a.txt", "--kind"],
     "Option '--kind' requires an argument. (see annotate add claim --help)"),
    (["validate", ".", "--formt", "json"],
     "No such option: --formt (did you mean --format?) (see annotate validate --help)"),
])
def test_a_usage_error_is_one_line_naming_where_to_read_more(args: list[str], line: str) -> None:
    result = run_cli(*args)
    assert (result.code, result.out, result.err) == (2, "", f"annotate: {line}\n")


def test_piped_show_ends_each_line_where_its_text_does() -> None:
    """rich pads a table's lines to the width; off a terminal they carry no spaces after
    their text (diffs and pasted output stay clean), and no text is lost."""
    result = run_cli("show", SAMPLES / "putin-netanyahu-call.txt")
    lines = result.out.splitlines()
    assert result.code == 0 and len(lines) > 40
    assert [line for line in lines if line.endswith(" ")] == []
    assert any("Vladimir Putin" in line for line in lines)


def test_a_run_on_sentence_is_shown_whole_in_pieces(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A "sentence" of 40,000 words is wrapped a piece at a time (rich's wrapping grows
    with the square of a text's length: a 4 MB one took 9.4 s, now 1.3 s, bench/size.py),
    cut between words: every word is there, and no line passes the width."""
    words = [f"w{i}" for i in range(40_000)]
    story = tmp_path / "runon.txt"
    story.write_text(" ".join(words) + ".\n", "utf-8")
    monkeypatch.setenv("COLUMNS", "80")
    result = run_cli("show", story)
    assert result.code == 0, result
    shown = result.out.split()
    assert [w for w in shown if w.startswith("w")] == words[:-1] + [words[-1] + "."]
    assert max(map(len, result.out.splitlines())) <= 80


def test_show_says_no_events_rather_than_an_empty_table(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Osric Pell met Ilse Damaro in Varn on Monday.\n", encoding="utf-8")
    assert run_cli("add", "actor", story, "--name", "Osric Pell", "--type", "person").code == 0
    out = run_cli("show", story).out
    assert "No events." in out and "No claims." in out and "Events" not in out
    assert "Actors" in out and "Osric Pell" in out


def test_version_is_the_installed_package_s() -> None:
    from importlib.metadata import version

    result = run_cli("--version")
    assert result.code == 0 and result.out == f"annotate {version('claim-annotate')}\n"


def test_at_80_columns_show_never_cuts_an_id_or_a_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ids and actor:role pairs are whole on their line (the names and texts wrap between
    words instead); 'un-security-cou' / 'ncil' was read as two ids."""
    monkeypatch.setenv("COLUMNS", "80")
    ann = sidecar.load(SAMPLES / "putin-netanyahu-call.ann.yaml")
    result = run_cli("show", SAMPLES / "putin-netanyahu-call.txt")
    assert result.code == 0
    words = set(re.findall(r"[^\s│┃]+", result.out))
    whole = [*(a.id for a in ann.actors), *(e.id for e in ann.events),
             *(c.id for c in ann.claims),
             *(f"{p.actor}:{p.role}" for e in ann.events for p in e.participants)]
    assert [w for w in whole if w not in words] == []
    assert max(len(line) for line in result.out.splitlines()) <= 80


def test_at_80_columns_the_reanchor_plan_never_cuts_an_id(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    story = sample_dir / "putin-netanyahu-call.txt"
    story.write_text("A new first line.\n\n" + story.read_text("utf-8"), "utf-8")
    ann = sidecar.load(sample_dir / "putin-netanyahu-call.ann.yaml")
    result = run_cli("reanchor", "--dry-run", story)
    assert result.code == 0, result
    words = set(re.findall(r"\S+", result.out))
    ids = [x.id for x in (*ann.actors, *ann.events, *ann.claims)]
    assert [i for i in ids if i not in words] == []
    assert max(len(line) for line in result.out.splitlines()[:-2]) <= 80


def test_a_long_span_s_change_in_the_plan_shows_the_words_that_changed() -> None:
    """(The plan cut "old → new" at 40 characters: a long claim showed only its old words.)"""
    from annotate.render import changed
    old = "the company had offered a rise of 2 per cent to all its workers"
    assert changed(old, old.replace(" 2 ", " 2.5 ")) == "…rise of 2 → 2.5 per cent…"
    assert changed("Karin Osei", "Karen Osei") == "Karin Osei → Karen Osei"


@pytest.mark.parametrize("command", [["show"], ["suggest"], ["tag", "--plain"]])
def test_a_folder_named_as_the_article_is_a_usage_error(tmp_path: Path,
                                                        command: list[str]) -> None:
    """A folder where an article is wanted exits 2 like a name that is not there (it
    exited 1, as findings do)."""
    result = run_cli(*command, tmp_path)
    assert (result.code, result.err) == (2, f"annotate: {tmp_path}: is a directory, not an "
                                            "article\n"), result


@pytest.mark.parametrize("columns", [80, 60])
def test_at_80_columns_show_cuts_no_word_and_hides_no_value(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    """Long ids (a union, an actor:role pair of 41 characters) left the other columns a
    few characters: "Velasqu / ez", "Commerc / e", and an event's type and factuality
    cut to "pro…" and "hyp…" (lost, not wrapped). Every word is now whole on its line.
    At 60 columns the actors' names had no column at all (a zero-width one), and the
    header read "mentio…": an actor's type now stands under its id, as an event's does."""
    story = tmp_path / "strike.txt"
    story.write_text(
        "The Coastal Transport Workers Union said 4,200 members walked off the job, "
        "according to Marta Velasquez, while the Wexmouth Chamber of Commerce said the "
        "labour ministry would appoint a mediator.\n", "utf-8")
    for name, kind in (("Coastal Transport Workers Union", "organization"),
                       ("Marta Velasquez", "person"),
                       ("Wexmouth Chamber of Commerce", "organization")):
        assert run_cli("add", "actor", story, "--name", name, "--type", kind).code == 0
    for args in (["--trigger", "walked off the job", "--type", "protest", "--participant",
                  "coastal-transport-workers-union:protester"],
                 ["--trigger", "appoint", "--type", "appointment", "--factuality",
                  "hypothetical", "--participant",
                  "wexmouth-chamber-of-commerce:appointer"]):
        assert run_cli("add", "event", story, *args).code == 0, args
    assert run_cli("add", "claim", story, "--text", "4,200 members walked off the job",
                   "--kind", "quantity", "--claimant", "coastal-transport-workers-union",
                   "--id", "coastal-transport-workers-union-strikers").code == 0
    monkeypatch.setenv("COLUMNS", str(columns))
    result = run_cli("show", story)
    assert result.code == 0, result
    tables = result.out[result.out.index("Actors"):]
    assert "…" not in tables
    words = set(re.findall(r"[^\s│┃]+", tables))
    wanted = set("Coastal Transport Workers Union Marta Velasquez Wexmouth Chamber of "
                 "Commerce walked off the job appoint protest appointment hypothetical "
                 "asserted organization person mentions quantity 4,200 members".split())
    assert sorted(wanted - words) == []
    assert {"coastal-transport-workers-union:protester",
            "coastal-transport-workers-union-strikers"} <= words
    assert max(len(line) for line in result.out.splitlines()) <= columns


def test_piped_show_and_dialogue_print_no_legend_of_marks_they_cannot_draw(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Piped, no style reaches the output, yet "actor  event  claim" stood over the
    article as if its words were marked; a reader looked for marks that were not there.
    (On a terminal, NO_COLOR too, the legend stays: test_output_safety.)"""
    story = sample_dir / "putin-netanyahu-call.txt"
    shown = run_cli("show", story)
    assert shown.code == 0 and "actor  event  claim" not in shown.out
    assert shown.out.splitlines()[1].startswith(" s1 ")
    monkeypatch.setattr(sys, "stdin", io.StringIO("q\n"))
    tagged = run_cli("tag", story)
    assert tagged.code == 0, tagged
    assert "actor  event  claim" not in tagged.out and "s1 Putin Pushes" in tagged.out
