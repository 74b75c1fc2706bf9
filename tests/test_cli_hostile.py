"""Hostile arguments and project files found by a sweep of every command: each is one
sentence naming the file, a non-zero exit, and nothing written."""

from __future__ import annotations

import copy
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import SAMPLES, run_cli

SIDECAR = "putin-netanyahu-call.ann.yaml"
ARTICLE = "putin-netanyahu-call.txt"


@pytest.mark.parametrize("command", [
    ("tag", "--plain"), ("show",), ("suggest",), ("reanchor",),
    ("add", "actor", "{path}", "--name", "X", "--type", "person"),
    ("edit", "{path}", "putin", "--note", "x"), ("rm", "{path}", "putin"),
    ("import", "x.ann", "--from", "brat", "--article", "{path}")])
def test_a_sidecar_given_where_the_article_goes_is_refused(sample_dir: Path,
                                                          command: tuple[str, ...]) -> None:
    """`annotate tag story.ann.yaml` (validate and export take sidecars) used to tag the
    YAML itself, in a new story.ann.ann.yaml."""
    path = sample_dir / SIDECAR
    before = path.read_bytes()
    args = [a.format(path=path) for a in command]
    if "{path}" not in command:
        args.append(str(path))
    result = run_cli(*args)
    assert result.code == 2, result  # a usage error, as a missing article is
    assert result.err.strip() == (f"annotate: {path}: is a sidecar, not an article; name the "
                                  f"article it annotates ({sample_dir / ARTICLE})")
    assert sorted(p.name for p in sample_dir.iterdir()) == [SIDECAR, "putin-netanyahu-call.txt"]
    assert path.read_bytes() == before


@pytest.mark.parametrize("command", [
    ("tag", "--plain", "{article}"), ("suggest", "{article}"),
    ("add", "actor", "{article}", "--name", "Vladimir Putin", "--type", "person"),
    ("import", "{brat}", "--from", "brat", "--article", "{article}")])
def test_an_article_name_that_is_not_utf8_is_one_sentence(sample_dir: Path,
                                                         command: tuple[str, ...]) -> None:
    """A file name of bytes that are not UTF-8 reaches Python as lone surrogates; writing
    it as document.path was an internal error (UnicodeEncodeError) in the YAML dumper."""
    article = sample_dir / os.fsdecode(b"story-\xff.txt")
    article.write_bytes((sample_dir / "putin-netanyahu-call.txt").read_bytes())
    brat = sample_dir / "story.ann"
    brat.write_text("T1\tperson 0 5\tPutin\n", "utf-8")
    result = run_cli(*[a.format(article=article, brat=brat) for a in command])
    assert result.code == 1, result
    assert result.err == ("annotate: " + str(sample_dir) + "/story-\\xff.txt: the article's file "
                          "name is not valid UTF-8, so a sidecar cannot record it; rename the "
                          "article\n")
    assert not list(sample_dir.glob("story-*.ann.yaml"))


@pytest.mark.parametrize("command", [
    ("export", "--to", "jsonl"), ("export", "--to", "csv"), ("export", "--to", "w3c"),
    ("report", "-o", "{out}")])
def test_a_sidecar_name_that_is_not_utf8_is_one_sentence(sample_dir: Path, tmp_path: Path,
                                                        command: tuple[str, ...]) -> None:
    """Exports and the report name their sources; a sidecar name of bytes that are not
    UTF-8 was an internal error (UnicodeEncodeError) when the output was written."""
    odd = sample_dir / os.fsdecode(b"putin-netanyahu-call.\xff.ann.yaml")
    (sample_dir / SIDECAR).rename(odd)
    out = tmp_path / "out"
    result = run_cli(command[0], odd, *[a.format(out=out) for a in command[1:]])
    assert result.code == 1, result
    assert result.err == (f"annotate: {sample_dir}/putin-netanyahu-call.\\xff.ann.yaml: the "
                          "sidecar's path is not valid UTF-8, so an export or report cannot "
                          "name it; rename it\n")
    assert not out.exists()


@pytest.mark.parametrize("option", [
    ("putin", "--note"), ("putin", "--name"), ("putin", "--alias"),
    ("un-vote", "--place"), ("iran-funds-hamas", "--evidence")])
def test_edit_with_an_argument_that_is_not_utf8_saves_nothing(sample_dir: Path,
                                                              option: tuple[str, str]) -> None:
    """A shell passes argv bytes that are not UTF-8 as lone surrogates; saving them was an
    internal error (UnicodeEncodeError) from the YAML dumper."""
    path = sample_dir / SIDECAR
    before = path.read_bytes()
    item, name = option
    value = "https://example.org/\udcff" if name == "--evidence" else "bad \udcff"
    result = run_cli("edit", sample_dir / "putin-netanyahu-call.txt", item, name, value)
    assert result.code == 1, result
    assert result.err == (f"annotate: {path}: this change is not saved: it holds text that is "
                          "not valid UTF-8 (an argument or input in another encoding?)\n")
    assert path.read_bytes() == before


def test_a_report_title_that_is_not_utf8_is_a_usage_error(sample_dir: Path,
                                                         tmp_path: Path) -> None:
    result = run_cli("report", sample_dir, "-o", tmp_path / "out", "--title", "T\udcff")
    assert (result.code, result.err) == (2, "annotate: --title 'T\\udcff' is not valid UTF-8 "
                                            "text\n")
    assert not (tmp_path / "out").exists()


def test_edit_on_an_article_with_no_sidecar_says_so(sample_dir: Path, tmp_path: Path) -> None:
    """It named a sidecar that is not there as the file with no such id."""
    article = tmp_path / "ok.txt"
    article.write_bytes((sample_dir / "putin-netanyahu-call.txt").read_bytes())
    for command in (("edit", article, "nobody", "--verdict", "correct"),
                    ("rm", article, "nobody")):
        result = run_cli(*command)
        assert result.code == 1
        assert result.err == f"annotate: {tmp_path / 'ok.ann.yaml'}: is not there yet, so " \
            "there is no annotation with id 'nobody'; tag the article or add an annotation " \
            "first\n"
    assert not (tmp_path / "ok.ann.yaml").exists()


@pytest.mark.parametrize("fmt", ["brat", "jsonl", "conll", "w3c"])
@pytest.mark.parametrize(("span", "where"), [
    ("{start: 2727, end: 2735, text: Putin", "2727-2735"),  # past the article's end
    ("{start: 5, end: 6, text: ' '", "5-6"),  # a word's space alone (validate passed it)
])
def test_export_refuses_a_span_that_is_not_its_text(sample_dir: Path, tmp_path: Path,
                                                    fmt: str, span: str, where: str) -> None:
    """brat raised IndexError on both; the others wrote them."""
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    side.write_text(side.read_text("utf-8").replace("{start: 0, end: 5, text: Putin", span))
    result = run_cli("export", side, "--to", fmt, "-o", tmp_path / "out")
    assert result.code == 1
    assert result.err == f"annotate: {side}: the span at $.actors[0].mentions[0] ({where}) " \
        "is not its text in the article, cuts a character or holds only white space; fix it " \
        "first (`annotate validate` shows where)\n"
    if where == "5-6":
        checked = run_cli("validate", side)
        assert checked.code == 1 and "span 5-6 holds only white space; tag a word" in checked.out


@pytest.mark.parametrize("command", [("export", "--to", "w3c"), ("report",)])
def test_export_and_report_refuse_one_id_for_two_annotations(sample_dir: Path,
                                                             tmp_path: Path,
                                                             command: tuple[str, ...]) -> None:
    """An export gave its readers one id for two events (and W3C two annotations one IRI)."""
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    data = yaml.safe_load(side.read_text("utf-8"))
    data["events"].append(copy.deepcopy(data["events"][0]))
    side.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    twice = data["events"][0]["id"]
    result = run_cli(command[0], side, *command[1:], "-o", tmp_path / "out")
    assert result.code == 1 and not (tmp_path / "out").exists()
    assert result.err == f"annotate: {side}: two annotations have the id {twice!r}; give one " \
        "another id by hand first (annotate validate shows where)\n"


@pytest.mark.parametrize("command", [("export", "--to", "jsonl"), ("report",)])
def test_a_folder_as_the_sidecars_article_is_named_with_the_sidecar(
        sample_dir: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    """The message named only ".", the folder the sidecar's document.path gave."""
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    side.write_text(side.read_text("utf-8").replace("path: putin-netanyahu-call.txt",
                                                    "path: ."), "utf-8")
    result = run_cli(command[0], side, *command[1:], "-o", tmp_path / "out")
    assert result.code == 1
    assert result.err == f"annotate: {side}: its article . is a folder, not a file\n"


def test_show_says_which_spans_it_leaves_unmarked(sample_dir: Path) -> None:
    """A span that is not its text was left unmarked without a word, and show exited 0."""
    side, article = sample_dir / "putin-netanyahu-call.ann.yaml", \
        sample_dir / "putin-netanyahu-call.txt"
    side.write_text(side.read_text("utf-8").replace("{start: 0, end: 5, text: Putin",
                                                    "{start: 1, end: 6, text: Putin"))
    result = run_cli("show", article)
    assert result.code == 1 and "Pushes For" in result.out
    assert result.err == f"annotate: {side}: 1 span is not its text in the article, left " \
        "unmarked; `annotate validate` shows where\n"
    # An edited article: re-anchoring is due, a warning only
    article.write_text(article.read_text("utf-8").replace("Putin Pushes", "Putin Urges"))
    result = run_cli("show", article)
    assert result.code == 0 and "Urges" in result.out
    assert result.err.startswith(f"annotate: {side}: its article changed since it was "
                                 "annotated; ") and "`annotate reanchor`" in result.err


def test_import_never_writes_onto_the_article_or_the_file_imported(sample_dir: Path,
                                                                   tmp_path: Path) -> None:
    article = sample_dir / "putin-netanyahu-call.txt"
    before = article.read_bytes()
    assert run_cli("export", sample_dir / "putin-netanyahu-call.ann.yaml", "--to", "brat",
                   "-o", tmp_path / "b").code == 0
    source = tmp_path / "b" / "putin-netanyahu-call.ann"
    kept = source.read_bytes()
    for target, what in ((article, "the article"), (source, "the file being imported")):
        result = run_cli("import", source, "--from", "brat", "--article", article,
                         "--sidecar", target, "--force")
        assert result.code == 2
        assert result.err == f"annotate: {target}: is {what}; write the sidecar elsewhere " \
            "(--sidecar)\n"
    assert article.read_bytes() == before and source.read_bytes() == kept


def test_export_never_writes_onto_another_sidecar_or_annotated_article(
        sample_dir: Path) -> None:
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    for name in ("port-alder-bridge.ann.yaml", "port-alder-bridge.md"):
        shutil.copy(SAMPLES / name, sample_dir)
    for name in ("port-alder-bridge.ann.yaml", "port-alder-bridge.md"):
        other = sample_dir / name
        before = other.read_bytes()
        result = run_cli("export", side, "--to", "json", "-o", other)
        assert result.code == 2
        assert result.err == f"annotate: {other}: is a sidecar or an annotated article; " \
            "choose another output\n"
        assert other.read_bytes() == before


def test_a_sidecar_that_is_a_link_loop_is_not_taken_for_no_sidecar(tmp_path: Path) -> None:
    """`show` printed the article as if untagged, and `validate ARTICLE` said "has no
    sidecar; tag it first": the link is there, and reading it fails."""
    story = Path(shutil.copy(SAMPLES / "putin-netanyahu-call.txt", tmp_path))
    side = tmp_path / "putin-netanyahu-call.ann.yaml"
    side.symlink_to(side.name)
    shown = run_cli("show", story)
    assert shown.code == 1 and shown.err.startswith(f"annotate: {side}: cannot read the sidecar")
    checked = run_cli("validate", story)
    assert checked.code == 1 and "has no sidecar" not in checked.err + checked.out
    assert "cannot read the sidecar" in checked.out
    named = run_cli("validate", side)
    assert named.code == 1 and "cannot read the sidecar" in named.out


def test_a_sidecar_that_links_to_nothing_says_where_it_points(tmp_path: Path) -> None:
    """It was "sidecar not found", beside a sidecar the person can see with ls."""
    story = Path(shutil.copy(SAMPLES / "putin-netanyahu-call.txt", tmp_path))
    side = tmp_path / "putin-netanyahu-call.ann.yaml"
    side.symlink_to(tmp_path / "moved" / "x.ann.yaml")
    said = (f"{side}: is a link to {tmp_path / 'moved' / 'x.ann.yaml'}, which does not "
            "exist; remove the link or restore what it points to")
    shown = run_cli("show", story)
    assert (shown.code, shown.err) == (2, f"annotate: {said}\n")
    checked = run_cli("validate", tmp_path)
    assert checked.code == 1 and said.split(": ", 1)[1] in checked.out


@pytest.mark.parametrize("command", ["tag", "show", "suggest"])
def test_a_web_address_or_page_given_as_an_article_points_to_ingest(
        command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A URL was "https:/example.com/a: article not found" (a Path folds the //), and a
    saved page was tagged as text, its markup offered as words."""
    monkeypatch.chdir(tmp_path)
    url = run_cli(command, "https://example.com/news/a-story")
    assert (url.code, url.err) == (2, "annotate: https://example.com/news/a-story: is a web "
                                      "address, not a file; fetch it with `annotate ingest URL "
                                      "-o FOLDER` and give the article it writes\n")
    page = tmp_path / "page.html"
    page.write_text("\n  <!DOCTYPE html><html><body><p>The mayor resigned.</p></body></html>")
    html = run_cli(command, page)
    assert (html.code, html.err) == (1, f"annotate: {page}: is a web page (HTML), not an "
                                        "article's text; turn it into one with `annotate "
                                        "ingest FILE -o FOLDER`\n")
    assert not list(tmp_path.glob("*.ann.yaml"))


@pytest.mark.parametrize("args", [["validate"], ["export", "--to", "json"], ["agree"]])
def test_a_web_address_among_sidecars_is_told_as_one(args: list[str]) -> None:
    result = run_cli(*args, "https://example.com/a.ann.yaml")
    assert (result.code, result.err) == (2, "annotate: https://example.com/a.ann.yaml: is a web "
                                            "address; annotate reads sidecars on disk (`annotate "
                                            "ingest URL` makes an article of a page)\n")


def test_add_actor_with_an_empty_name_says_the_name_is_missing(sample_dir: Path) -> None:
    """The name doubles as the mention to look for: "'' does not occur in the article"."""
    story = sample_dir / "putin-netanyahu-call.txt"
    for name in ("", "   "):
        result = run_cli("add", "actor", story, "--name", name, "--type", "person")
        assert (result.code, result.err) == (
            1, f"annotate: {sample_dir / 'putin-netanyahu-call.ann.yaml'}: an actor needs a "
               "name\n")


def _edited(side: Path, change: Callable[[dict], object]) -> dict:
    data = yaml.safe_load(side.read_text("utf-8"))
    change(data)
    side.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return data


def _annotators(sample_dir: Path, alice_mention: dict) -> tuple[Path, Path]:
    """Alice's and Bob's sidecars of the sample; Alice's first mention is replaced."""
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    alice, bob = (sample_dir / f"putin-netanyahu-call.{who}.ann.yaml" for who in ("alice", "bob"))
    shutil.copy(side, bob)
    side.rename(alice)
    _edited(alice, lambda d: d["actors"][0]["mentions"].__setitem__(0, alice_mention))
    return alice, bob


def _merged(sample_dir: Path) -> Path:
    """Alice's and Bob's sidecars of the sample merged, one disagreement on a mention."""
    alice, bob = _annotators(sample_dir, {"start": 364, "end": 378, "text": "Vladimir Putin"})
    target = sample_dir / "putin-netanyahu-call.ann.yaml"
    assert run_cli("merge", alice, bob, "-o", target).code == 0
    return target


def _cut_a_version(target: Path) -> None:
    """A hand edit: a version's mention is given another text."""
    def cut(data: dict) -> None:
        item = next(v["item"] for d in data["disagreements"] for v in d["versions"]
                    if v["item"] and v["item"].get("mentions"))
        item["mentions"][0]["text"] = "Someone Else"

    _edited(target, cut)


@pytest.mark.parametrize("mention", [
    {"start": 1, "end": 6, "text": "Putin"},  # not its text: merge wrote it, then said so
    {"start": 5, "end": 6, "text": " "},  # white space only: merge took it silently
])
def test_merge_and_agree_refuse_an_annotators_span_that_is_not_its_text(
        sample_dir: Path, mention: dict) -> None:
    alice, bob = _annotators(sample_dir, mention)
    target = sample_dir / "putin-netanyahu-call.ann.yaml"
    said = f"annotate: {alice}: the span at $.actors[0].mentions[0] ({mention['start']}-" \
        f"{mention['end']}) is not its text in the article, cuts a character or holds only " \
        "white space; fix it first (`annotate validate` shows where)\n"
    merged = run_cli("merge", alice, bob, "-o", target)
    assert (merged.code, merged.err) == (1, said) and not target.exists()
    agreed = run_cli("agree", sample_dir)
    assert (agreed.code, agreed.err) == (1, said)


def test_validate_checks_the_spans_of_the_annotators_versions_in_disagreements(
        sample_dir: Path) -> None:
    """adjudicate took a version whose span validate had never checked into the gold."""
    target = _merged(sample_dir)
    assert run_cli("validate", target).code == 0
    _cut_a_version(target)
    checked = run_cli("validate", target)
    assert checked.code == 1 and "span text 'Someone Else' does not match" in checked.out
    assert "$.disagreements[0].versions[" in checked.out


def test_validate_of_a_changed_article_checks_the_spans_that_still_match(
        sample_dir: Path) -> None:
    """Only the change was reported: a white-space span still at its offset passed."""
    side, article = sample_dir / "putin-netanyahu-call.ann.yaml", \
        sample_dir / "putin-netanyahu-call.txt"
    _edited(side, lambda d: d["actors"][0]["mentions"].__setitem__(
        0, {"start": 5, "end": 6, "text": " "}))
    article.write_text(article.read_text("utf-8") + "One more line.\n", "utf-8")
    checked = run_cli("validate", side)
    assert checked.code == 1 and "span 5-6 holds only white space; tag a word" in checked.out


@pytest.mark.parametrize("command", [
    ("show",), ("suggest",), ("reanchor",), ("tag", "--plain"), ("rm", "putin"),
    ("edit", "putin", "--note", "x"), ("add", "actor", "--name", "Ana Lind", "--type", "person"),
])
@pytest.mark.parametrize(("path", "said"), [
    ("x" * 300 + ".txt", f"document.path '{'x' * 60}…' cannot be looked up: File name too long"),
    ("a\0b", "document.path 'a\\x00b' holds a NUL character; no file can have that name"),
    ("../x.txt", "document.path '../x.txt' leads outside the sidecar's folder"),
], ids=["too-long", "nul", "outside"])
def test_a_document_path_that_cannot_be_read_is_refused_in_the_sidecars_name(
        sample_dir: Path, command: tuple[str, ...], path: str, said: str) -> None:
    """A raw "x…x.txt: File name too long" without the sidecar; given the article, show,
    reanchor, edit and rm ran on a NUL or an outside path, and kept it."""
    side, article = sample_dir / "putin-netanyahu-call.ann.yaml", \
        sample_dir / "putin-netanyahu-call.txt"
    _edited(side, lambda d: d["document"].__setitem__("path", path))
    before = side.read_bytes()
    args = (command[0], "actor", article, *command[2:]) if command[0] == "add" \
        else (command[0], article, *command[1:])
    result = run_cli(*args)
    assert result.code == 1 and result.err.startswith(f"annotate: {side}: {said}")
    assert result.err.count("\n") == 1 and side.read_bytes() == before
    if command[0] != "suggest":
        assert result.err.endswith("; set it to 'putin-netanyahu-call.txt', the article given, "
                                   "by hand\n")


@pytest.mark.parametrize("command", [("export", "--to", "json"), ("report",), ("adjudicate",)])
def test_a_long_or_missing_document_path_is_named_with_the_sidecar(
        sample_dir: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    out = () if command[0] == "adjudicate" else ("-o", tmp_path / "out")
    _edited(side, lambda d: d["document"].__setitem__("path", "x" * 300 + ".txt"))
    result = run_cli(command[0], side, *command[1:], *out)
    assert (result.code, result.err) == (1, f"annotate: {side}: document.path '{'x' * 60}…' "
                                         "cannot be looked up: File name too long\n")
    _edited(side, lambda d: d["document"].__setitem__("path", "nope.txt"))
    result = run_cli(command[0], side, *command[1:], *out)
    assert (result.code, result.err) == (1, f"annotate: {side}: its article nope.txt is "
                                         "missing\n")


@pytest.mark.parametrize("command", [
    ("suggest",), ("tag", "--plain"), ("add", "actor", "--name", "Ana Lind", "--type", "person"),
])
def test_a_sidecar_linking_to_nothing_stops_the_commands_that_read_or_write_it(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """suggest and tag went on as if there were no sidecar (exit 0); add wrote a new
    sidecar where the link points."""
    story = Path(shutil.copy(SAMPLES / "putin-netanyahu-call.txt", tmp_path))
    side = tmp_path / "putin-netanyahu-call.ann.yaml"
    side.symlink_to("nowhere.ann.yaml")
    args = (command[0], "actor", story, *command[2:]) if command[0] == "add" \
        else (command[0], story, *command[1:])
    result = run_cli(*args)
    assert (result.code, result.err) == (2, f"annotate: {side}: is a link to nowhere.ann.yaml, "
                                         "which does not exist; remove the link or restore what "
                                         "it points to\n")
    assert not (tmp_path / "nowhere.ann.yaml").exists()


@pytest.mark.parametrize("command", [
    ("tag", "--plain"), ("add", "actor", "--name", "Ana Lind", "--type", "person"),
    ("import", "--from", "label-studio"),
])
def test_a_sidecar_that_is_a_symlink_loop_is_said_to_be_one_by_the_writers(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """It was "is a link to putin-netanyahu-call.ann.yaml, which does not exist"."""
    story = Path(shutil.copy(SAMPLES / "putin-netanyahu-call.txt", tmp_path))
    side = tmp_path / "putin-netanyahu-call.ann.yaml"
    side.symlink_to(side.name)
    if command[0] == "add":
        args: tuple[object, ...] = (*command[:2], story, *command[2:])
    elif command[0] == "import":
        tasks = tmp_path / "tasks.json"
        tasks.write_text(json.dumps([{"data": {"text": story.read_text("utf-8")},
                                      "annotations": [{"result": []}]}]))
        args = (command[0], tasks, *command[1:], "--article", story)
    else:
        args = (command[0], story, *command[1:])
    result = run_cli(*args)
    assert (result.code, result.err) == (
        2, f"annotate: {side}: is a symbolic link loop (Too many levels of symbolic links); "
        "remove the link or point it at a file\n")


@pytest.mark.parametrize("command", [("show",), ("export", "--to", "w3c"), ("report",)])
def test_a_reference_to_no_annotation_is_not_shown_or_exported_silently(
        sample_dir: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    side, article = sample_dir / "putin-netanyahu-call.ann.yaml", \
        sample_dir / "putin-netanyahu-call.txt"
    data = _edited(side, lambda d: d["claims"][0].__setitem__("claimant", "nobody"))
    out = () if command[0] == "show" else ("-o", tmp_path / "out")
    result = run_cli(command[0], article, *command[1:], *out)
    assert result.code == 1 and not (tmp_path / "out").exists()
    if command[0] == "show":
        assert "Pushes For" in result.out
        assert result.err == f"annotate: {side}: 1 reference leads to no annotation; " \
            "`annotate validate` shows where\n"
    else:
        assert result.err == f"annotate: {side}: claimant 'nobody' of claim " \
            f"{data['claims'][0]['id']!r} is not an actor id ($.claims[0].claimant); fix the " \
            "reference first (`annotate validate` lists them all)\n"


def test_show_says_when_an_id_is_given_twice(sample_dir: Path) -> None:
    side, article = sample_dir / "putin-netanyahu-call.ann.yaml", \
        sample_dir / "putin-netanyahu-call.txt"
    _edited(side, lambda d: d["claims"].append(copy.deepcopy(d["claims"][0])))
    result = run_cli("show", article)
    assert result.code == 1 and result.err == f"annotate: {side}: 1 id is given to two " \
        "annotations; `annotate validate` shows where\n"


def test_adjudicate_refuses_a_version_whose_span_is_not_its_text(sample_dir: Path) -> None:
    """It took the version into the gold sidecar, which validate then rejected."""
    target = _merged(sample_dir)
    _cut_a_version(target)
    before = target.read_bytes()
    result = run_cli("adjudicate", target, "--plain")
    assert result.code == 1 and "$.disagreements[0].versions[" in result.err
    assert result.err.endswith("is not its text in the article, cuts a character or holds "
                               "only white space; fix it first (`annotate validate` shows "
                               "where)\n") and target.read_bytes() == before


def test_import_with_an_empty_article_name_is_a_usage_error(sample_dir: Path,
                                                             tmp_path: Path) -> None:
    """It was an internal error (ValueError: PosixPath('.') has an empty name)."""
    assert run_cli("export", sample_dir / "putin-netanyahu-call.ann.yaml", "--to", "brat",
                   "-o", tmp_path / "b").code == 0
    result = run_cli("import", tmp_path / "b" / "putin-netanyahu-call.ann", "--from", "brat",
                     "--article", "")
    assert (result.code, result.err) == (2, "annotate: .: is no article file; give the "
                                         "article's file name\n")


def test_validate_of_a_changed_article_checks_the_versions_still_at_their_offsets(
        sample_dir: Path) -> None:
    alice, bob = _annotators(sample_dir, {"start": 5, "end": 6, "text": " "})
    shutil.copy(bob, alice)  # (merge refuses it: put it in by hand, as the fuzzer did)
    target = sample_dir / "putin-netanyahu-call.ann.yaml"
    _edited(bob, lambda d: d["actors"][0]["mentions"].pop(0))
    assert run_cli("merge", alice, bob, "-o", target).code == 0

    def blank(data: dict) -> None:
        item = next(v["item"] for d in data["disagreements"] for v in d["versions"]
                    if v["item"] and v["item"].get("mentions"))
        item["mentions"][0] = {"start": 5, "end": 6, "text": " "}

    _edited(target, blank)
    article = sample_dir / "putin-netanyahu-call.txt"
    article.write_text(article.read_text("utf-8") + "One more line.\n", "utf-8")
    checked = run_cli("validate", target)
    assert checked.code == 1 and "span 5-6 holds only white space" in checked.out
    assert "$.disagreements[0].versions[" in checked.out


@pytest.mark.parametrize("command", [("export", "--to", "json"), ("report",)])
def test_export_refuses_an_annotators_version_whose_span_is_not_its_text(
        sample_dir: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    """The JSON export carried it out (and the report showed it), though validate failed."""
    target = _merged(sample_dir)
    _cut_a_version(target)
    result = run_cli(command[0], target, *command[1:], "-o", tmp_path / "out")
    assert result.code == 1 and "$.disagreements[0].versions[" in result.err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", [("export", "--to", "json"), ("report",)])
def test_an_article_that_cannot_be_read_is_named_with_its_sidecar(
        sample_dir: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    """"annotate: empty.txt: the article is empty" named no sidecar (over a folder of them,
    which one?)."""
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    (sample_dir / "empty.txt").write_text("", "utf-8")
    _edited(side, lambda d: d["document"].__setitem__("path", "empty.txt"))
    result = run_cli(command[0], side, *command[1:], "-o", tmp_path / "out")
    assert (result.code, result.err) == (1, f"annotate: {side}: its article "
                                         f"{sample_dir / 'empty.txt'}: the article is empty\n")


@pytest.mark.parametrize("named", ["old-name.txt", "folder"])
@pytest.mark.parametrize("command", [("edit", "putin", "--note", "x"), ("reanchor",)])
def test_a_writer_records_the_article_given_when_document_path_names_no_file(
        sample_dir: Path, command: tuple[str, ...], named: str) -> None:
    """The article renamed: edit and reanchor ran and kept a path validate rejects."""
    side, article = sample_dir / "putin-netanyahu-call.ann.yaml", \
        sample_dir / "putin-netanyahu-call.txt"
    (sample_dir / "folder").mkdir()
    _edited(side, lambda d: d["document"].__setitem__("path", named))
    result = run_cli(command[0], article, *command[1:])
    assert result.code == 0 and f"'{named}' named no file" in result.err + result.out
    assert yaml.safe_load(side.read_text("utf-8"))["document"]["path"] == \
        "putin-netanyahu-call.txt"
    assert run_cli("validate", side).code == 0
    shown = run_cli("show", article)  # (a reader leaves the file alone)
    assert shown.code == 0


def test_show_says_when_an_annotators_version_holds_a_span_that_is_not_its_text(
        sample_dir: Path) -> None:
    """show exited 0 (it does not display the versions; validate, export and adjudicate
    refuse them)."""
    target = _merged(sample_dir)
    _cut_a_version(target)
    result = run_cli("show", sample_dir / "putin-netanyahu-call.txt")
    assert (result.code, result.err) == (1, f"annotate: {target}: 1 span of the annotators' "
                                         "versions in disagreements is not its text in the "
                                         "article; `annotate validate` shows where\n")


def test_tag_records_the_article_given_at_once(sample_dir: Path) -> None:
    """The workspace said it would, and showed the sidecar invalid until a change was
    saved (a session that saves nothing kept the old path)."""
    side, article = sample_dir / "putin-netanyahu-call.ann.yaml", \
        sample_dir / "putin-netanyahu-call.txt"
    _edited(side, lambda d: d["document"].__setitem__("path", "old-name.txt"))
    result = run_cli("tag", article, "--plain")  # (no input: it quits at once)
    assert "'old-name.txt' named no file" in result.err + result.out
    assert yaml.safe_load(side.read_text("utf-8"))["document"]["path"] == \
        "putin-netanyahu-call.txt"


ONE_FILE = {"json": "annotations.json", "jsonl": "annotations.jsonl",
            "csv": "annotations.csv", "conll": "annotations.conll", "w3c": "w3c.json",
            "claimreview": "claimreview.json", "doccano": "doccano.jsonl",
            "prodigy": "prodigy.jsonl"}


@pytest.mark.parametrize(("fmt", "name"), ONE_FILE.items())
def test_export_to_a_path_ending_in_a_slash_writes_into_that_folder(
        sample_dir: Path, tmp_path: Path, fmt: str, name: str) -> None:
    """`-o newdir/` wrote a FILE named newdir: the slash was lost when the option became
    a Path. A folder named (a slash, or one that exists) gets the format's file name."""
    result = run_cli("export", sample_dir, "--to", fmt, "-o", f"{tmp_path / 'new'}/")
    assert result.code == 0, result
    assert (tmp_path / "new").is_dir() and (tmp_path / "new" / name).stat().st_size > 0
    assert result.err.endswith(f"exported 1 sidecar to {tmp_path / 'new' / name}\n")
    (tmp_path / "there").mkdir()
    result = run_cli("export", sample_dir, "--to", fmt, "-o", tmp_path / "there")
    assert result.code == 0, result
    assert (tmp_path / "there" / name).read_bytes() == (tmp_path / "new" / name).read_bytes()


def test_export_into_a_folder_whose_default_file_is_a_folder_is_refused(
        sample_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "out" / "annotations.csv").mkdir(parents=True)
    result = run_cli("export", sample_dir, "--to", "csv", "-o", f"{tmp_path / 'out'}/")
    assert result.code == 2
    assert result.err == (f"annotate: {tmp_path / 'out' / 'annotations.csv'}: is a folder; "
                          "--to csv writes one file (or stdout)\n")


def test_export_with_an_empty_output_is_a_usage_error(sample_dir: Path) -> None:
    result = run_cli("export", sample_dir, "--to", "csv", "-o", "")
    assert result.code == 2 and result.err == (
        "annotate: -o is empty; give a file, a folder, or - for standard output\n")


def test_every_one_file_format_has_a_distinct_default_name() -> None:
    from annotate.exporters import EXPORTERS

    names = {fmt: cls.file_name for fmt, cls in EXPORTERS.items() if not cls.folder}
    assert names == ONE_FILE


@pytest.mark.parametrize("command", [
    ("add", "event", "{path}", "--type", "communication", "--trigger", "conversation",
     "--participant", "putin:speaker", "--participant", "putin:speaker"),
    ("edit", "{path}", "call", "--participant", "putin:speaker", "--participant",
     "Putin:speaker")])
def test_one_participant_given_twice_in_one_role_is_refused(sample_dir: Path,
                                                            command: tuple[str, ...]) -> None:
    side = sample_dir / SIDECAR
    before = side.read_bytes()
    result = run_cli(*(a.format(path=sample_dir / ARTICLE) for a in command))
    assert result.code == 1
    assert result.err == f"annotate: {side}: participant putin:speaker is given more than once\n"
    assert side.read_bytes() == before


@pytest.mark.parametrize("given", ["{tmp}/out/", "{tmp}/notes.md"])
def test_a_new_sidecar_must_be_named_as_one(sample_dir: Path, tmp_path: Path,
                                            given: str) -> None:
    """`add --sidecar out/` wrote a sidecar in a FILE named out (the slash lost in the
    Path), which no validate or export would find; import already refused such a name."""
    target = given.format(tmp=tmp_path)
    result = run_cli("add", "actor", sample_dir / ARTICLE, "--sidecar", target, "--name",
                     "Kremlin", "--type", "organization", "--mention", "Kremlin")
    assert result.code == 2
    assert result.err == (f"annotate: {Path(target)}: the sidecar's name must end in "
                          ".ann.yaml\n")
    assert not Path(target).exists()
    assert not list(tmp_path.glob(".*.lock"))


def test_an_existing_sidecar_with_another_name_still_opens(sample_dir: Path,
                                                           tmp_path: Path) -> None:
    kept = sample_dir / "kept.yaml"
    shutil.copy(sample_dir / SIDECAR, kept)
    result = run_cli("edit", sample_dir / ARTICLE, "putin", "--sidecar", kept, "--note", "x")
    assert result.code == 0, result


def test_a_sidecar_linked_under_another_name_is_validated_and_exported_once(
        sample_dir: Path) -> None:
    """`b.ann.yaml -> a.ann.yaml` (or a hard link) in one folder: validate checked the
    file twice and export wrote its annotations twice. Each file now counts once, under
    the first name found; two links to nothing are two problems, each reported."""
    alone = run_cli("export", sample_dir / SIDECAR, "--to", "jsonl").out
    (sample_dir / "b.ann.yaml").symlink_to(SIDECAR)
    assert run_cli("export", sample_dir, "--to", "jsonl").out == alone  # (named as itself)
    os.link(sample_dir / SIDECAR, sample_dir / "hard.ann.yaml")
    checked = run_cli("validate", sample_dir)
    assert (checked.code, checked.out) == (0, "1 file checked with the built-in inventory: "
                                              "all valid\n")
    named = run_cli("validate", sample_dir / "b.ann.yaml", sample_dir)
    assert named.out == checked.out
    for name in ("d1.ann.yaml", "d2.ann.yaml"):
        (sample_dir / name).symlink_to("nowhere.ann.yaml")
    broken = run_cli("validate", sample_dir)
    assert broken.code == 1 and "3 files checked" in broken.out
    assert "d1.ann.yaml:1:1: error is a link" in broken.out
    assert "d2.ann.yaml:1:1: error is a link" in broken.out


@pytest.mark.parametrize("command", [("validate",), ("export", "--to", "jsonl"),
                                     ("report", "-o", "{out}"), ("agree",)])
def test_an_article_named_is_never_given_another_articles_sidecar(
        sample_dir: Path, tmp_path: Path, command: tuple[str, ...]) -> None:
    """`export story.md` exported `story.ann.yaml`, whose document.path is story.txt (and
    validate, report and agree took it too), while show and suggest refused it."""
    other = sample_dir / "putin-netanyahu-call.md"
    other.write_text("Another story.\n\nIt is about Putin.\n")
    args = [a.format(out=tmp_path / "r.html") for a in command]
    result = run_cli(args[0], other, *args[1:])
    assert (result.code, result.out) == (2, "")
    assert result.err == (f"annotate: {other}: has no sidecar of its own: {SIDECAR} is the "
                          f"sidecar of {ARTICLE} (its document.path)\n")
    assert not (tmp_path / "r.html").exists()
    # its own sidecar beside the other article's is the one taken
    own = sample_dir / "putin-netanyahu-call.ed.ann.yaml"
    assert run_cli("add", "actor", other, "--name", "Putin", "--type", "person",
                   "--annotator", "ed").code == 0
    if command[0] == "export":
        out = run_cli(*args[:1], other, *args[1:]).out
        assert out.count('"sidecar": "putin-netanyahu-call.ed.ann.yaml"') == 1
        assert SIDECAR not in out
    elif command[0] == "validate":
        assert run_cli("validate", other).out == ("1 file checked with the built-in "
                                                  "inventory: all valid\n")
    assert own.exists()


def test_an_articles_sidecars_leave_out_those_of_an_article_with_a_dotted_stem(
        sample_dir: Path) -> None:
    """`story.v2.ann.yaml` (of story.v2.txt) also reads as annotator v2's sidecar of
    story.txt: `export story.txt` exported story.v2's annotations with story's."""
    (sample_dir / "putin-netanyahu-call.v2.txt").write_text("Second version.\n\nPutin spoke.\n")
    assert run_cli("add", "actor", sample_dir / "putin-netanyahu-call.v2.txt", "--name", "Putin",
                   "--type", "person", "--id", "putin-v2").code == 0
    alone = run_cli("export", sample_dir / SIDECAR, "--to", "jsonl").out
    assert run_cli("export", sample_dir / ARTICLE, "--to", "jsonl").out == alone
    assert "putin-v2" not in alone


@pytest.mark.parametrize("command", [
    ("add", "actor", "{article}", "--name", "Kremlin", "--type", "organization"),
    ("edit", "{article}", "putin", "--id", "netanyahu"),
    ("rm", "{article}", "putin")])
def test_a_refused_script_edit_leaves_a_renamed_articles_sidecar_as_it_was(
        sample_dir: Path, command: tuple[str, ...]) -> None:
    """The document.path repair was saved on its own before the change was tried, so a
    refused add, edit or rm (exit 1) still rewrote the file, without the warning."""
    side, article = sample_dir / SIDECAR, sample_dir / ARTICLE
    _edited(side, lambda d: d["document"].__setitem__("path", "old-name.txt"))
    before = side.read_bytes()
    result = run_cli(*(str(article) if a == "{article}" else a for a in command))
    assert result.code == 1 and "named no file" not in result.err
    assert side.read_bytes() == before


@pytest.mark.parametrize(("change", "said"), [
    (lambda d: d["actors"][1].__setitem__("id", "putin"),
     "two annotations have the id 'putin'; give one another id by hand first (annotate "
     "validate shows where)"),
    (lambda d: d["events"][0]["participants"][0].__setitem__("actor", "nobody"),
     "participant 'nobody' of event 'call' is not an actor id "
     "($.events[0].participants[0].actor); fix the reference first (`annotate validate` "
     "lists them all)"),
])
def test_merge_and_agree_refuse_an_annotators_id_twice_or_reference_to_nothing(
        sample_dir: Path, change: Callable[[dict], object], said: str) -> None:
    """Both were compared and merged, exit 0: the gold's disagreement offered a participant
    that is no actor, and the two 'putin' were matched as if one."""
    alice, bob = _annotators(sample_dir, {"start": 364, "end": 378, "text": "Vladimir Putin"})
    _edited(alice, change)
    target = sample_dir / "putin-netanyahu-call.ann.yaml"
    merged = run_cli("merge", alice, bob, "-o", target)
    assert (merged.code, merged.err) == (1, f"annotate: {alice}: {said}\n")
    assert not target.exists()
    agreed = run_cli("agree", sample_dir)
    assert (agreed.code, agreed.err) == (1, f"annotate: {alice}: {said}\n")


@pytest.mark.parametrize("command", [
    ("tag", "--plain", "{article}"),
    ("add", "actor", "{article}", "--name", "Zed", "--type", "person", "--mention", "deadly"),
    ("edit", "{article}", "putin", "--note", "x")])
def test_the_root_folder_as_the_sidecar_is_a_usage_error(sample_dir: Path,
                                                          command: tuple[str, ...]) -> None:
    """`--sidecar /` was an internal error (its lock file's name was made from an empty
    one); any other folder was refused only after a lock file was made beside it."""
    args = [str(sample_dir / ARTICLE) if a == "{article}" else a for a in command]
    result = run_cli(*args, "--sidecar", "/")
    assert (result.code, result.err) == (2, "annotate: /: is a directory, not a sidecar\n")


@pytest.mark.parametrize("command", [
    ("tag", "--plain", "{article}"), ("show", "{article}"), ("suggest", "{article}"),
    ("reanchor", "{article}"), ("reanchor", "--dry-run", "{article}"),
    ("add", "actor", "{article}", "--name", "X", "--type", "person"),
    ("edit", "{article}", "putin", "--note", "x"), ("rm", "{article}", "putin")])
def test_the_article_given_as_its_own_sidecar_is_said_to_be_the_article(
        sample_dir: Path, command: tuple[str, ...]) -> None:
    """`--sidecar story.txt` read the article as YAML: "invalid YAML: mapping values are
    not allowed in this context", about the article, said nothing of the mix-up."""
    article = sample_dir / ARTICLE
    before = sorted((p.name, p.read_bytes()) for p in sample_dir.iterdir())
    args = [a.format(article=article) for a in command]
    result = run_cli(*args, "--sidecar", article)
    assert result.code == 2, result
    assert result.err == (f"annotate: {article}: is the article, not a sidecar; name its "
                          f"sidecar (e.g. {SIDECAR}) or leave --sidecar out\n")
    assert sorted((p.name, p.read_bytes()) for p in sample_dir.iterdir()) == before


@pytest.mark.parametrize("command", [
    ("tag", "--plain", "{article}"), ("show", "{article}"), ("reanchor", "{article}"),
    ("add", "actor", "{article}", "--name", "X", "--type", "person")])
def test_a_file_given_as_the_sidecar_that_is_none_is_said_to_be_none(
        sample_dir: Path, command: tuple[str, ...]) -> None:
    notes = sample_dir / "notes.txt"
    notes.write_text("to do: check the toll\n")
    args = [a.format(article=sample_dir / ARTICLE) for a in command]
    result = run_cli(*args, "--sidecar", notes)
    assert result.code == 1, result
    assert result.err.startswith(f"annotate: {notes}:1:1: is not a sidecar (")
    assert len(result.err.splitlines()) == 1
    assert notes.read_text() == "to do: check the toll\n"


@pytest.mark.parametrize("broken", [
    "actors: 5\n",
    "actors:\n- {id: x, name: Quorvex Tallen, type: person, aliases: 5}\n",
    "rejected: 5\n",
])
def test_another_articles_sidecar_of_the_wrong_shape_stops_no_suggestions(
        tmp_path: Path, broken: str) -> None:
    """The project recommender reads the other articles' sidecars unvalidated: one whose
    `actors`, an actor's `aliases` or `rejected` was a number stopped `suggest` and `tag`
    of every article in the project with "internal error: TypeError". It is skipped, as a
    sidecar that does not parse is, and the others still teach their ids."""
    (tmp_path / "annotate.yaml").write_text("nlp: {recommenders: [built-in, project]}\n")
    (tmp_path / "broken.ann.yaml").write_text(broken, encoding="utf-8")
    (tmp_path / "good.ann.yaml").write_text(
        "actors:\n- {id: heskin, name: Torvald Heskin, type: person, aliases: [Heskin]}\n",
        encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Torvald Heskin spoke on Monday. Heskin left.\n", encoding="utf-8")
    result = run_cli("suggest", story, "--format", "json")
    assert result.code == 0, result
    assert [a["id"] for a in json.loads(result.out)["actors"]] == ["heskin"]
