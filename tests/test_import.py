"""`annotate import`: round trips through brat, Label Studio and doccano, and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from export_support import export, projection, write_unicode_sample

from annotate import checks, sidecar

# What each format holds besides spans, links and types (see annotate.exporters.spans).
HOLDS = {
    "brat": {"name", "external_ids", "note", "factuality", "verdict", "checkworthy"},
    "label-studio": set(),
    "doccano": set(),
}
EXPORTED = {"brat": "putin-netanyahu-call.ann", "label-studio": "tasks.json",
            "doccano": None}


def exported_file(fmt: str, out: Path, stem: str) -> Path:
    if fmt == "brat":
        return out / f"{stem}.ann"
    return out / "tasks.json" if fmt == "label-studio" else out


@pytest.mark.parametrize("fmt", list(HOLDS))
@pytest.mark.parametrize("which", ["sample", "unicode"])
def test_round_trip(fmt: str, which: str, sample_dir: Path, tmp_path: Path) -> None:
    folder = sample_dir if which == "sample" else tmp_path / "u"
    side = sample_dir / "putin-netanyahu-call.ann.yaml" if which == "sample" \
        else write_unicode_sample(folder)
    article = folder / (side.name[: -len(".ann.yaml")] + ".txt")
    out, _ = export(folder, fmt, tmp_path / f"out-{fmt}")
    target = folder / "imported.ann.yaml"
    result = run_cli("import", exported_file(fmt, out, article.stem), "--from", fmt,
                     "--article", article, "--sidecar", target)
    assert result.code == 0, result
    assert "could not map" not in result.err
    assert checks.check_file(target, None, {}) == []  # `annotate validate` accepts it
    assert run_cli("validate", target).code == 0
    original, imported = sidecar.load(side), sidecar.load(target)
    assert projection(imported, HOLDS[fmt]) == projection(original, HOLDS[fmt])


def test_a_brat_file_saved_by_brat_keeps_its_names(sample_dir: Path, tmp_path: Path) -> None:
    """brat's own writer puts a second tab before an N line's name: still the name."""
    article = sample_dir / "putin-netanyahu-call.txt"
    out, _ = export(sample_dir, "brat", tmp_path / "brat")
    ann = out / "putin-netanyahu-call.ann"
    lines = ann.read_text("utf-8").split("\n")
    assert any(line.startswith("N") and "Name:" in line for line in lines)
    ann.write_text("\n".join(line.replace("\t", "\t\t", 2).replace("\t\t", "\t", 1)
                             if line.startswith("N") else line for line in lines), "utf-8")
    target = sample_dir / "imported.ann.yaml"
    result = run_cli("import", ann, "--from", "brat", "--article", article, "--sidecar", target)
    assert result.code == 0, result
    original, imported = sidecar.load(sample_dir / "putin-netanyahu-call.ann.yaml"), \
        sidecar.load(target)
    assert {a.name for a in imported.actors} == {a.name for a in original.actors}


def test_import_never_overwrites_without_force(sample_dir: Path, tmp_path: Path) -> None:
    out, _ = export(sample_dir, "doccano", tmp_path / "d.jsonl")
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    before = side.read_bytes()
    article = sample_dir / "putin-netanyahu-call.txt"
    refused = run_cli("import", out, "--from", "doccano", "--article", article)
    assert refused.code == 2 and "--force" in refused.err
    assert side.read_bytes() == before
    forced = run_cli("import", out, "--from", "doccano", "--article", article, "--force")
    assert forced.code == 0 and side.read_bytes() != before


def test_force_keeps_what_no_import_format_carries(sample_dir: Path, tmp_path: Path) -> None:
    """The article's url, outlet, date, authors and annotators are in no brat, Label Studio
    or doccano file: replacing the sidecar keeps them, and says so."""
    article = sample_dir / "putin-netanyahu-call.txt"
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    assert run_cli("edit", article, "document", "--url", "https://example.org/a",
                   "--publisher", "Example News", "--author", "Ann Writer",
                   "--published", "2023-10-16").code == 0
    before = sidecar.load(side)
    assert before.annotators  # the sample's
    out, _ = export(sample_dir, "doccano", tmp_path / "d.jsonl")
    forced = run_cli("import", out, "--from", "doccano", "--article", article, "--force")
    assert forced.code == 0, forced
    after = sidecar.load(side)
    assert after.document == before.document and after.annotators == before.annotators
    assert "kept the replaced sidecar's url, published, publisher, authors, annotators" \
        in forced.err


def test_import_reports_what_it_cannot_map(sample_dir: Path, tmp_path: Path) -> None:
    text = (sample_dir / "putin-netanyahu-call.txt").read_text("utf-8")
    record = {"text": text, "entities": [
        {"id": 1, "label": "weapon", "start_offset": 0, "end_offset": 5},
        {"id": 2, "label": "event:communication", "start_offset": 285, "end_offset": 297},
        {"id": 3, "label": "claim:rumour", "start_offset": 346, "end_offset": 424}],
        "relations": [{"id": 1, "from_id": 2, "to_id": 1, "type": "pilot"}]}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(record) + "\n", "utf-8")
    target = sample_dir / "new.ann.yaml"
    result = run_cli("import", source, "--from", "doccano", "--article",
                     sample_dir / "putin-netanyahu-call.txt", "--sidecar", target)
    assert result.code == 0, result
    assert "could not map 1 actor type 'weapon' not in the inventory (imported as 'other')" \
        in result.err
    assert "could not map 1 claim kind 'rumour'" in result.err
    assert "could not map 1 role 'pilot' not allowed for event type 'communication'" in result.err
    assert checks.check_file(target, None, {}) == []


def test_import_rejects_a_file_for_another_article(sample_dir: Path, tmp_path: Path) -> None:
    write_unicode_sample(tmp_path / "u")
    out, _ = export(tmp_path / "u", "doccano", tmp_path / "d.jsonl")
    result = run_cli("import", out, "--from", "doccano", "--article",
                     sample_dir / "putin-netanyahu-call.txt", "--sidecar", tmp_path / "x.ann.yaml")
    assert result.code == 1 and "text of the article" in result.err
    assert not (tmp_path / "x.ann.yaml").exists()


def test_import_bad_json_names_the_line(sample_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text('{"text": "x"}\n{oops\n', "utf-8")
    result = run_cli("import", source, "--from", "doccano", "--article",
                     sample_dir / "putin-netanyahu-call.txt", "--sidecar", tmp_path / "x.ann.yaml")
    assert result.code == 1 and f"{source}:2:" in result.err and "Traceback" not in result.err


def test_label_studio_utf16_offsets_are_accepted(tmp_path: Path) -> None:
    """Label Studio before its emoji fix wrote UTF-16 offsets; each region's text decides."""
    side = write_unicode_sample(tmp_path / "u")
    out, _ = export(tmp_path / "u", "label-studio", tmp_path / "ls")
    tasks = json.loads((out / "tasks.json").read_text("utf-8"))
    text = tasks[0]["data"]["text"]
    shifted = 0
    for r in tasks[0]["annotations"][0]["result"]:
        if r["type"] == "labels":
            value = r["value"]
            units = [len(text[:i].encode("utf-16-le")) // 2 for i in (value["start"], value["end"])]
            shifted += units[0] != value["start"]
            value["start"], value["end"] = units
    assert shifted  # some regions really moved
    source = tmp_path / "utf16.json"
    source.write_text(json.dumps(tasks), "utf-8")
    target = tmp_path / "u" / "utf16.ann.yaml"
    result = run_cli("import", source, "--from", "label-studio", "--article",
                     tmp_path / "u" / "unicode-story.txt", "--sidecar", target)
    assert result.code == 0 and "could not map" not in result.err, result
    assert projection(sidecar.load(target), set()) == projection(sidecar.load(side), set())


def test_an_untagged_article_is_an_unlabelled_label_studio_task(tmp_path: Path) -> None:
    """A sidecar with nothing in it exports without `annotations` (Label Studio counts an
    annotation with an empty result as done: the article left the labelling queue), and
    that task imports back as an empty sidecar (it was refused: "has no annotations")."""
    side = write_unicode_sample(tmp_path / "u")
    empty = sidecar.load(side)
    empty.actors, empty.events, empty.claims = [], [], []
    sidecar.save(side, empty)
    out, _ = export(tmp_path / "u", "label-studio", tmp_path / "ls")
    tasks = json.loads((out / "tasks.json").read_text("utf-8"))
    assert [sorted(task) for task in tasks] == [["data"]]
    target = tmp_path / "u" / "again.ann.yaml"
    result = run_cli("import", out / "tasks.json", "--from", "label-studio", "--article",
                     tmp_path / "u" / "unicode-story.txt", "--sidecar", target)
    assert result.code == 0 and "the sidecar is empty" in result.err, result
    again = sidecar.load(target)
    assert (again.actors, again.events, again.claims) == ([], [], [])


def test_offsets_into_a_copy_with_its_bom_and_crlf_move_to_the_article(tmp_path: Path) -> None:
    """brat, Label Studio and doccano count in the file as they were given it: a byte order
    mark and CRLF line endings included. The article drops both, so each offset moves back
    by what was dropped before it (every span after the first CR was one character off)."""
    raw = "\ufeffPort vote 😀\r\nAna Souza met Tom Reilly.\r\n\r\nCarlos Lima said no.\r\n"
    article = tmp_path / "story.txt"
    article.write_bytes(raw.encode("utf-8"))
    names = ["Ana Souza", "Tom Reilly", "Carlos Lima"]
    marks = [(n, raw.index(n), raw.index(n) + len(n)) for n in names]
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "story.txt").write_bytes(raw.encode("utf-8"))
    (tmp_path / "b" / "story.ann").write_text("".join(
        f"T{i}\tPerson {s} {e}\t{n}\n" for i, (n, s, e) in enumerate(marks, 1)),
        "utf-8")
    (tmp_path / "ls.json").write_text(json.dumps([{"data": {"text": raw}, "annotations": [
        {"result": [{"id": str(i), "type": "labels", "from_name": "label", "to_name": "text",
                     "value": {"start": s, "end": e, "text": n, "labels": ["person"]}}
                    for i, (n, s, e) in enumerate(marks)]}]}]), "utf-8")

    def units(i: int) -> int:
        return len(raw[:i].encode("utf-16-le")) // 2
    (tmp_path / "d.jsonl").write_text(json.dumps({"text": raw, "label": [
        [units(s), units(e), "person"] for _, s, e in marks]}) + "\n", "utf-8")
    for source, fmt in ((tmp_path / "b" / "story.ann", "brat"), (tmp_path / "ls.json",
                        "label-studio"), (tmp_path / "d.jsonl", "doccano")):
        target = tmp_path / f"{fmt}.ann.yaml"
        result = run_cli("import", source, "--from", fmt, "--article", article,
                         "--sidecar", target)
        assert result.code == 0 and "dropped" not in result.err, (fmt, result)
        got = sorted(m.text for a in sidecar.load(target).actors for m in a.mentions)
        assert got == sorted(names), fmt
        assert run_cli("validate", target).code == 0


def test_import_force_never_replaces_another_articles_sidecar(sample_dir: Path,
                                                              tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text("Talks\n\nVladimir Putin spoke on Monday.\n", "utf-8")
    assert run_cli("add", "actor", story, "--name", "Vladimir Putin", "--type", "person").code == 0
    out, _ = export(tmp_path, "doccano", tmp_path / "d.jsonl")
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    before = side.read_bytes()
    result = run_cli("import", out, "--from", "doccano", "--article", story, "--sidecar", side,
                     "--force")
    assert result.code == 1 and "is the sidecar of putin-netanyahu-call.txt" in result.err
    assert side.read_bytes() == before


def test_import_force_never_writes_through_a_link_to_a_file_that_is_no_sidecar(
        sample_dir: Path, tmp_path: Path) -> None:
    """`--sidecar x.ann.yaml --force`, x.ann.yaml a link to another article (or make.py):
    a file that does not load as a sidecar is replaced, at the link's target."""
    out, _ = export(sample_dir, "doccano", tmp_path / "d.jsonl")
    other = sample_dir / "other-story.md"
    other.write_text("Other story\n\nIts own words.\n", "utf-8")
    link = sample_dir / "x.ann.yaml"
    link.symlink_to(other.name)
    result = run_cli("import", out, "--from", "doccano", "--article",
                     sample_dir / "putin-netanyahu-call.txt", "--sidecar", link, "--force")
    assert result.code == 2 and f"is a link to {other}, which is no sidecar" in result.err
    assert other.read_text("utf-8") == "Other story\n\nIts own words.\n"
