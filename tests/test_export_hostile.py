"""Exports others parse, fed hostile names and text (export_support.write_hostile_sample):
inventory names with spaces, TAB, newline, XML and formula characters, roles ending in
a digit; spans holding U+2028, a form feed and a TAB, and one across a line break.

- CSV cells never start a formula (OWASP);
- Label Studio's config.xml is well-formed and declares exactly the tasks' labels;
- brat's annotation.conf and .ann hold storage-form names that import back;
- U+2028 and form feeds inside spans round-trip through brat and doccano.

brat's own code was run on these exports while this was written (nlplab/brat at
44ecd825: server/src/verify_annotations.py reported nothing; tools/anntoconll.py
converted the --trim-at-newline export and failed, "too many values to unpack", on the
default one). In session 20 brat's master under Python 3.10 found two more: its
projectconfig refused a repeated role ending in a digit (`Arg1*`) and fell back to a
default config, and anntoconll.py split a T line at a TAB in the span. In session 23
brat's annotation.TextAnnotations and verify_annotations (master under Python 3.10, v1.3p1
under Python 2.7) found two more: two triggers of one type and span (a warning), and an N
line with a space in its id (unparsable). brat is not installable, so `brat_reader` and
`brat_verify` restate what those read, and no more.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, run_cli
from export_support import (
    HOSTILE_ARTICLE,
    HOSTILE_INVENTORY,
    export,
    projection,
    write_hostile_sample,
)
from test_export_formats import brat_verify, parse_conf

from annotate import article as article_mod
from annotate import checks, config, sidecar
from annotate.model import Actor, Claim, Event, Participant, Span

FORMULA = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return write_hostile_sample(tmp_path / "hostile")


# --- CSV ---------------------------------------------------------------------------------

def test_csv_cells_never_start_a_formula(hostile: Path, tmp_path: Path) -> None:
    out, err = export(hostile, "csv", tmp_path / "out.csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"), newline="")))
    cells = [cell for row in rows for cell in row.values() if cell]
    assert not [c for c in cells if c.startswith(FORMULA)]
    by_id = {row["id"]: row for row in rows}
    assert by_id["mallory"]["name"] == "'=HYPERLINK(\"http://x.example\",\"y\")"
    assert by_id["mallory"]["text"] == "'@mallory"
    assert by_id["cmd"]["text"] == "'=cmd|' /C calc'!A0"
    assert by_id["cmd"]["type"] == "'=SUM(1)" and by_id["cmd"]["note"] == "'-2+3"
    assert by_id["growth-claim"]["text"] == "'-5%\tgrowth"
    assert by_id["vote"]["text"] == "the vote\x0cpassed on\nMonday"  # nothing else changes
    assert "note: 8 CSV cells starting with = + - @ TAB or CR got a leading '" in err
    listed = run_cli("export", "--list").out
    assert "a cell starting with = + - @ TAB or CR gets a leading '" in listed


def test_csv_one_leading_quote_can_always_be_stripped(tmp_path: Path) -> None:
    """The guard's `'` was added only before a formula, so a cell starting with `'` could
    not be read back: `'=x` was the text `=x` or `'=x`, and a reader stripping the guard,
    as the format said to, turned the quote `'We will win,'` into `We will win,'`. A cell
    whose text starts with `'` gets one more `'`: strip one from every cell that starts
    with one (read with the csv module's Excel dialect) and the JSONL's text is back."""
    folder = tmp_path / "quotes"
    folder.mkdir()
    (folder / "quotes.txt").write_text("'We will win,' Ada Vik said. '=x' is a formula.\n",
                                       "utf-8")
    art = article_mod.load(folder / "quotes.txt")
    ann = sidecar.new(art, folder / "quotes.ann.yaml")
    ann.actors = [Actor("ada", "Ada Vik", "person", [], [Span.at(art.text, 15, 22)],
                        note="'quoted")]
    ann.claims = [Claim("win", Span.at(art.text, 0, 14), "quote", "ada"),
                  Claim("x", Span.at(art.text, 29, 33), "quote", None)]
    sidecar.save(folder / "quotes.ann.yaml", ann)
    out, err = export(folder, "csv", tmp_path / "q.csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"), newline=""),
                               dialect="excel"))
    jsonl, _ = export(folder, "jsonl", tmp_path / "q.jsonl")
    records = [json.loads(line) for line in jsonl.read_text("utf-8").splitlines()]
    for row, record in zip(rows, records, strict=True):
        for key in ("text", "note"):
            cell = row[key]
            assert (cell[1:] if cell.startswith("'") else cell) == (record[key] or ""), key
    assert [row["text"] for row in rows] == ["Ada Vik", "''We will win,'", "''=x'"]
    assert "note: 3 CSV cells starting with ' got one more" in err


PANDAS_CALL = 'pd.read_csv("annotations.csv", dtype=str, keep_default_na=False)'


def test_csv_read_by_pandas_as_the_readme_says_gives_every_cell_back(tmp_path: Path) -> None:
    """pandas (3.1.1; installed with statsmodels, a test dependency) reads the cells
    `NA`, `N/A`, `null`, `nan`, `None`, `#N/A` and an empty cell as NaN by default, quoted
    or not (RFC 4180 quoting cannot keep them), and a column of `007` as the number 7: a
    span or a note of such words was lost. No export can guard it, so the README says
    which call reads the file whole; that call gives every cell as the csv module does."""
    pd = pytest.importorskip("pandas")
    assert PANDAS_CALL in (ROOT / "README.md").read_text("utf-8")
    folder = tmp_path / "na"
    folder.mkdir()
    words = ["NA", "N/A", "null", "nan", "None", "#N/A", "007"]
    (folder / "na.txt").write_text(" ".join(words) + " end.\n", "utf-8")
    art = article_mod.load(folder / "na.txt")
    ann = sidecar.new(art, folder / "na.ann.yaml")
    start = 0
    for i, word in enumerate(words):
        start = art.text.index(word, start)
        ann.actors.append(Actor(f"a{i}", "007", "person", [],
                                [Span.at(art.text, start, start + len(word))], note=word))
    sidecar.save(folder / "na.ann.yaml", ann)
    out, err = export(folder, "csv", tmp_path / "annotations.csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"), newline="")))
    assert [row["text"] for row in rows] == words
    assert "note: 12 CSV cells pandas reads as a missing value by default (NA, null, nan " \
        "...): read the file with pd.read_csv(FILE, dtype=str, keep_default_na=False)" in err
    assert "pandas: pd.read_csv(FILE, dtype=str" in run_cli("export", "--list").out
    default = pd.read_csv(out)
    assert default["text"].isna().sum() == len(words) - 1 and default["name"][0] == 7
    table = pd.read_csv(out, dtype=str, keep_default_na=False)  # PANDAS_CALL, on `out`
    assert table.to_dict("records") == rows


# --- Label Studio -----------------------------------------------------------------------

def test_label_studio_config_is_well_formed_and_declares_every_label(
        hostile: Path, tmp_path: Path) -> None:
    out, err = export(hostile, "label-studio", tmp_path / "ls")
    view = ET.fromstring((out / "config.xml").read_text("utf-8"))  # ill-formed on main
    declared = {x.get("value") for x in view.iter("Label")}
    relations = {x.get("value") for x in view.iter("Relation")}
    assert {'a<b & "c"', "news\toutlet", "political party", "event:press conference",
            "claim:=SUM(1)", "odd␁type"} <= declared
    assert {"press officer", "line\nbreak"} <= relations
    (task,) = json.loads((out / "tasks.json").read_text("utf-8"))
    results = task["annotations"][0]["result"]
    used = {label for r in results if r["type"] == "labels" for label in r["value"]["labels"]}
    linked = {label for r in results if r["type"] == "relation" for label in r["labels"]}
    assert used <= declared and linked <= relations
    assert "could not hold 1 label with characters XML cannot hold (shown as symbols)" in err


# --- brat --------------------------------------------------------------------------------

def brat_reader(folder: Path, stem: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """What brat's code reads, restated (see the module docstring): `.ann` lines as
    codecs' readlines() splits them (str.splitlines), each T line's text equal to its
    fragments of the .txt joined by a space (annotation.py), types in brat's storage
    form (projectconfig.normalize_to_storage_form), N lines' `DB:ID` without a space
    (annotation.py). Returns (type, fragments) per T."""
    ann = (folder / f"{stem}.ann").read_text("utf-8")
    txt = (folder / f"{stem}.txt").read_text("utf-8")
    assert ann.splitlines() == ann.split("\n")[:-1]  # no line break but LF anywhere
    out = []
    for line in ann.splitlines():
        ident, body, *rest = line.split("\t", 2)  # brat's annotation.py: text may hold a TAB
        if ident.startswith("T"):
            kind, offsets = body.split(" ", 1)
            frags = [(int(a), int(b)) for a, b in (f.split() for f in offsets.split(";"))]
            assert rest[0] == " ".join(txt[a:b] for a, b in frags), line
            assert re.fullmatch(r"[A-Za-z0-9_-]+", kind), kind
            out.append((kind, frags))
        elif ident.startswith("N"):  # annotation.py, _parse_normalization_annotation
            assert re.match(r"(\S+) (\S+) (\S+?):(\S+)", body), line
    name = r"[A-Za-z0-9_-]+|<[A-Z-]+>"
    for line in (folder / "annotation.conf").read_text("utf-8").splitlines():
        if not line or line.startswith(("#", "[")):
            continue
        # projectconfig.__read_term_hierarchy: a line of hyphens alone is a separator
        assert not re.fullmatch(r"\s*-+\s*", line), line
        head, _, args = line.partition("\t")
        assert re.fullmatch(name, head), line
        for arg in filter(None, args.split(", ")):
            key, values = arg.split(":")
            assert re.fullmatch(rf"(?:{name})[?*+]?", key), line
            # projectconfig: "arguments ending with a digit cannot be repeated"
            assert not re.search(r"\d[*+]$", key), line
            assert all(re.fullmatch(name, v) for v in values.split("|")), line
    return out


def test_brat_names_and_lines_as_brat_reads_them(hostile: Path, tmp_path: Path) -> None:
    out, err = export(hostile, "brat", tmp_path / "brat")
    spans = brat_reader(out, "hostile")
    assert ("political_party", [(16, 21), (22, 27)]) in spans  # cut at U+2028
    conf = parse_conf((out / "annotation.conf").read_text("utf-8"))
    assert {"political_party", "news_outlet", "a_b____c_", "odd_type"} <= set(conf["entities"])
    assert "press_officer*" in conf["events"]["press_conference"]
    assert "Value:fact_check|_SUM_1_" in conf["attributes"]["Kind"]
    brat_verify((out / "hostile.ann").read_text("utf-8"), conf)
    assert "note: 2 spans across a line break written as T lines of several fragments" in err


def test_brat_trim_at_newline_gives_one_fragment_per_t_line(hostile: Path,
                                                           tmp_path: Path) -> None:
    out, err = export(hostile, "brat", tmp_path / "brat", "--trim-at-newline")
    spans = brat_reader(out, "hostile")
    # tools/anntoconll.py reads `type_, start, end = type_offsets.split()`
    ann = (out / "hostile.ann").read_text("utf-8")
    for line in ann.splitlines():  # and `id_, type_offsets, text = l.split('\t')`
        if line.startswith("T"):
            assert len(line.split("\t")) == 3 and len(line.split("\t")[1].split()) == 3, line
    text = (out / "hostile.txt").read_text("utf-8")
    claim = next(f for kind, f in spans if kind == "Claim" and text[f[0][0]:].startswith("the"))
    assert text[claim[0][0]:claim[0][1]] == "the vote"  # cut at its first line break
    assert "could not hold 3 spans across a line break or TAB (cut at the first, " \
        "--trim-at-newline)" in err
    listed = run_cli("export", "--list").out
    assert "--trim-at-newline" in listed and "anntoconll.py" in listed


def test_brat_sample_with_nested_places_passes_the_overlap_check(tmp_path: Path) -> None:
    """port-alder-bridge nests a place in an organisation's name: brat's
    verify_annotations said "place cannot be contained in organization" until
    annotation.conf declared <OVERLAP>."""
    from conftest import SAMPLES

    out, _ = export(SAMPLES / "port-alder-bridge.ann.yaml", "brat", tmp_path / "brat")
    conf_text = (out / "annotation.conf").read_text("utf-8")
    ann_text = (out / "port-alder-bridge.ann").read_text("utf-8")
    brat_verify(ann_text, parse_conf(conf_text))
    without = conf_text.replace("<OVERLAP>", "# <OVERLAP>")
    with pytest.raises(AssertionError):
        brat_verify(ann_text, parse_conf(without))


@pytest.mark.parametrize(("change", "message"), [
    ({"claim_kinds": ["fact check", "fact_check"]},
     "the inventory names 'fact check' and 'fact_check' are both 'fact_check' in brat; "
     "rename one in annotate.yaml"),
    # An event type named like an actor type takes "_event" in brat: it met the other.
    ({"actor_types": ["other"], "event_types": {"other": {"roles": ["party"]},
                                                "other_event": {"roles": ["party"]}}},
     "the event types 'other' and 'other_event' are both 'other_event' in brat (an event "
     "type named like an actor type takes '_event'); rename one in annotate.yaml"),
])
def test_two_names_one_brat_name_are_refused_before_any_file(
        tmp_path: Path, change: dict, message: str) -> None:
    side = write_hostile_sample(tmp_path / "h")
    import yaml

    inventory = dict(HOSTILE_INVENTORY, **change)
    (side.parent / "annotate.yaml").write_text(yaml.safe_dump(inventory), "utf-8")
    config.clear_caches()  # the same path, read before with other contents
    ann = sidecar.load(side)  # the sidecar in the new inventory's words
    ann.actors = [a for a in ann.actors if a.type in inventory["actor_types"]]
    ann.events, ann.claims = [], []
    sidecar.save(side, ann)
    result = run_cli("export", side, "--to", "brat", "-o", tmp_path / "out")
    assert (result.code, result.err) == (1, f"annotate: {side.parent / 'annotate.yaml'}: "
                                            f"{message}\n")
    assert not (tmp_path / "out").exists()  # (not even the folder it would have made)


def test_an_event_type_named_like_another_projects_actor_type_is_refused(
        tmp_path: Path) -> None:
    """One export, two projects: the built-in inventory's actor type `other`, and a
    project whose event type is `other` (its own actor types have none). Its .ann said
    `E1 other:T2`, while the one annotation.conf declared `other` an entity and the event
    `other_event`: brat's verify_annotations.py (verify_annotation_types, nlplab/brat
    44ecd825, run under Python 3.11 on this export) said "other is not a known event
    type" and "other cannot take a party argument". brat's one config cannot declare a
    name as both, so the export is refused, naming both inventories, before any file."""
    side = write_hostile_sample(tmp_path / "built-in")
    (side.parent / "annotate.yaml").unlink()  # the built-in inventory: actor type `other`
    project = tmp_path / "project"
    project.mkdir()
    (project / "annotate.yaml").write_text(
        "actor_types: {person: ''}\nevent_types: {other: {roles: [party]}}\n", "utf-8")
    (project / "m.txt").write_text("Ana met Bo.\n", "utf-8")
    art = article_mod.load(project / "m.txt")
    ann = sidecar.new(art, project / "m.ann.yaml")
    ann.actors = [Actor("ana", "Ana", "person", [], [Span.at(art.text, 0, 3)])]
    ann.events = [Event("met", "other", Span.at(art.text, 4, 7), [Participant("ana", "party")])]
    sidecar.save(project / "m.ann.yaml", ann)
    config.clear_caches()
    ann = sidecar.load(side)  # (the hostile sample's names are not the built-in inventory's)
    ann.actors, ann.events, ann.claims = [], [], []
    sidecar.save(side, ann)
    assert run_cli("validate", side, project / "m.ann.yaml").code == 0
    result = run_cli("export", side, project / "m.ann.yaml", "--to", "brat",
                     "-o", tmp_path / "out")
    assert (result.code, result.err) == (1, (
        f"annotate: the event type 'other' of {project / 'annotate.yaml'} is 'other' in "
        "brat, an actor type of the built-in inventory: brat's one annotation.conf cannot "
        "declare both; export these sidecars to separate folders, or rename one in "
        "annotate.yaml\n"))
    assert not (tmp_path / "out").exists()
    # each project alone is exported, and brat reads it
    for one in (side, project / "m.ann.yaml"):
        out, _ = export(one, "brat", tmp_path / "alone" / one.parent.name)
        conf = parse_conf((out / "annotation.conf").read_text("utf-8"))
        brat_verify((out / f"{one.name[:-len('.ann.yaml')]}.ann").read_text("utf-8"), conf)


def _overlapping_sample(folder: Path) -> Path:
    """Two claims on one span, two statements on one trigger, and actor references brat's
    N lines cannot hold (a space in an id, a colon in a database's name)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "same.txt"
    path.write_text("Title\n\nAna said prices rose. Bo said so too.\n", "utf-8")
    art = article_mod.load(path)

    def at(needle: str, nth: int = 1) -> Span:
        start = -1
        for _ in range(nth):
            start = art.text.index(needle, start + 1)
        return Span.at(art.text, start, start + len(needle))

    side = sidecar.path_for(path)
    ann = sidecar.new(art, side)
    ann.actors = [Actor("ana", "Ana", "person", [], [at("Ana")],
                        {"wikidata": "Q1", "my db": "a b", "x:y": "z"}),
                  Actor("bo", "Bo", "person", [], [at("Bo")])]
    ann.events = [Event("s1", "statement", at("said"), [Participant("ana", "speaker")]),
                  Event("s2", "statement", at("said"), [Participant("bo", "speaker")])]
    ann.claims = [Claim("c1", at("prices rose"), "factual", "ana", verdict="incorrect"),
                  Claim("c2", at("prices rose"), "quantity", "bo", about=["c1"])]
    sidecar.save(side, ann)
    assert not checks.check_file(side, None, {})
    return side


def test_brat_events_of_one_type_on_one_span_share_their_trigger(tmp_path: Path) -> None:
    """brat's verify_annotations.py (verify_triggers) warned "triggers T3,T4 have identical
    span and type" on two claims of one span, and on two statements of one trigger; its
    annotator.py (__create_span) reuses the trigger instead. Each is still its own event,
    and imports back as one."""
    side = _overlapping_sample(tmp_path / "doc")
    out, _ = export(side, "brat", tmp_path / "brat")
    ann_text = (out / "same.ann").read_text("utf-8")
    brat_verify(ann_text, parse_conf((out / "annotation.conf").read_text("utf-8")))
    lines = ann_text.splitlines()
    assert [x.split("\t")[1] for x in lines if x.startswith("T")] == [
        "person 7 10", "statement 11 15", "Claim 16 27", "person 29 31"]
    assert [x.split("\t")[1] for x in lines if x.startswith("E")] == [
        "statement:T2 speaker:T1", "statement:T2 speaker:T4",
        "Claim:T3 Claimant:T1", "Claim:T3 Claimant:T4 About:E3"]
    target = tmp_path / "doc" / "back.ann.yaml"
    result = run_cli("import", out / "same.ann", "--from", "brat", "--article",
                     tmp_path / "doc" / "same.txt", "--sidecar", target)
    assert result.code == 0, result
    assert projection(sidecar.load(target), HOLDS["brat"] - {"external_ids"}) == \
        projection(sidecar.load(side), HOLDS["brat"] - {"external_ids"})


def test_brat_writes_only_references_its_parser_reads(tmp_path: Path) -> None:
    """brat's annotation.py reads an N line's `DB:ID` as `(\\S+?):(\\S+)`: an id with a space
    or a database name with a colon made an unparsable line (brat's UI: "Unable to parse
    the following line(s)") or another database. Such a reference is counted as lost."""
    side = _overlapping_sample(tmp_path / "doc")
    out, err = export(side, "brat", tmp_path / "brat")
    brat_reader(out, "same")
    norms = [x for x in (out / "same.ann").read_text("utf-8").splitlines() if x[0] == "N"]
    assert norms == ["N1\tReference T1 Wikidata:Q1\tAna"]
    assert "brat could not hold 2 actor external ids with a space, or a database name with a " \
        "colon (brat's N lines cannot hold one)" in err


def test_brat_names_of_hyphens_only_are_types_not_separators(tmp_path: Path) -> None:
    """brat's projectconfig reads a line of hyphens alone as a display separator: an actor
    type `-` was declared as no type, and brat's verify_annotations said "- is not a known
    textbound type". Such a name is written with `_` for each hyphen and imports back."""
    folder = tmp_path / "doc"
    folder.mkdir()
    (folder / "annotate.yaml").write_text(
        'actor_types: {"-": "", "--": ""}\nevent_types: {"---": {roles: ["-"]}}\n'
        'claim_kinds: ["-"]\nverdicts: ["--"]\n', "utf-8")
    (folder / "dash.txt").write_text("Ida met Uma.\n", "utf-8")
    art = article_mod.load(folder / "dash.txt")
    ann = sidecar.new(art, folder / "dash.ann.yaml")
    ann.actors = [Actor("ida", "Ida", "-", [], [Span.at(art.text, 0, 3)]),
                  Actor("uma", "Uma", "--", [], [Span.at(art.text, 8, 11)])]
    ann.events = [Event("met", "---", Span.at(art.text, 4, 7), [Participant("uma", "-")])]
    ann.claims = [Claim("c", Span.at(art.text, 0, 11), "-", "ida", verdict="--")]
    side = folder / "dash.ann.yaml"
    sidecar.save(side, ann)
    assert not checks.check_file(side, None, {})
    out, _ = export(folder, "brat", tmp_path / "brat")
    assert [kind for kind, _ in brat_reader(out, "dash")] == ["_", "Claim", "___", "__"]
    brat_verify((out / "dash.ann").read_text("utf-8"),
                parse_conf((out / "annotation.conf").read_text("utf-8")))
    target = folder / "back.ann.yaml"
    result = run_cli("import", out / "dash.ann", "--from", "brat", "--article",
                     folder / "dash.txt", "--sidecar", target)
    assert result.code == 0, result
    assert projection(sidecar.load(target), HOLDS["brat"]) == \
        projection(sidecar.load(side), HOLDS["brat"])


# --- round trips through brat and doccano ------------------------------------------------

HOLDS = {"brat": {"name", "external_ids", "note", "factuality", "verdict", "checkworthy"},
         "doccano": set()}


@pytest.mark.parametrize("fmt", ["brat", "doccano"])
def test_line_separators_and_odd_names_round_trip(fmt: str, hostile: Path,
                                                   tmp_path: Path) -> None:
    out, _ = export(hostile, fmt, tmp_path / f"out-{fmt}")
    source = out / "hostile.ann" if fmt == "brat" else out
    if fmt == "doccano":  # no raw U+2028 for line-splitting readers; escaped, still JSON
        assert "\u2028" not in out.read_text("utf-8")
        assert json.loads(out.read_text("utf-8"))["text"] == HOSTILE_ARTICLE
    target = hostile.parent / "imported.ann.yaml"
    result = run_cli("import", source, "--from", fmt, "--article",
                     hostile.parent / "hostile.txt", "--sidecar", target)
    assert result.code == 0, result
    assert "could not map" not in result.err
    assert projection(sidecar.load(target), HOLDS[fmt]) == \
        projection(sidecar.load(hostile), HOLDS[fmt])


def test_doccano_import_takes_raw_line_separators(hostile: Path, tmp_path: Path) -> None:
    """doccano's own export keeps U+2028 raw (json.dumps(ensure_ascii=False)): a JSON
    Lines record is split at LF only."""
    out, _ = export(hostile, "doccano", tmp_path / "d.jsonl")
    raw = tmp_path / "raw.jsonl"
    raw.write_text(json.dumps(json.loads(out.read_text("utf-8")), ensure_ascii=False) + "\n",
                   "utf-8")
    assert "\u2028" in raw.read_text("utf-8")
    target = hostile.parent / "raw.ann.yaml"
    result = run_cli("import", raw, "--from", "doccano", "--article",
                     hostile.parent / "hostile.txt", "--sidecar", target)
    assert result.code == 0, result
    assert projection(sidecar.load(target), set()) == projection(sidecar.load(hostile), set())


def test_doccano_says_to_allow_overlapping_entities(hostile: Path, tmp_path: Path) -> None:
    _, err = export(hostile, "doccano", tmp_path / "d.jsonl")
    # "growth" (an actor) inside "-5% growth" (a claim), "said" inside no other span
    assert 'note: 2 overlapping spans: enable "Allow overlapping entity"' in err
    listed = run_cli("export", "--list").out
    assert 'enable "Allow overlapping entity"' in listed


def test_doccano_refuses_a_label_longer_than_doccano_holds(tmp_path: Path) -> None:
    """doccano 1.8.4 keeps a label or relation type in `text = models.CharField(
    max_length=100)` (backend/label_types/models.py, line 15). Its JSONL(Relation) import on
    PostgreSQL (its Docker setup) failed whole on a longer one, "value too long for type
    character varying(100)" (run while this was written; SQLite, which ignores the length,
    took it). An event type of 94 characters is the label `event:` + 94 = 100 (taken), or
    a role of 101 characters; the export refused neither and wrote the file."""
    import yaml

    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "annotate.yaml").write_text(yaml.safe_dump(
        {"event_types": {"e" * 94: {"roles": ["speaker", "r" * 101]}}}), "utf-8")
    (folder / "long.txt").write_text("Ana Lis called Ugo.\n", "utf-8")
    art = article_mod.load(folder / "long.txt")
    ann = sidecar.new(art, folder / "long.ann.yaml")
    ann.actors = [Actor("ana", "Ana Lis", "person", [], [Span.at(art.text, 0, 7)]),
                  Actor("ugo", "Ugo", "person", [], [Span.at(art.text, 15, 18)])]
    ann.events = [Event("call", "e" * 94, Span.at(art.text, 8, 14),
                        [Participant("ana", "speaker")])]
    sidecar.save(folder / "long.ann.yaml", ann)
    out, _ = export(folder, "doccano", tmp_path / "ok.jsonl")
    record = json.loads(out.read_text("utf-8"))
    assert max(len(e["label"]) for e in record["entities"]) == 100
    ann.events[0].participants.append(Participant("ugo", "r" * 101))
    sidecar.save(folder / "long.ann.yaml", ann)
    result = run_cli("export", folder, "--to", "doccano", "-o", tmp_path / "d.jsonl")
    assert result.code == 1 and not (tmp_path / "d.jsonl").exists()
    assert result.err == (f"annotate: {folder / 'annotate.yaml'}: doccano holds labels of at "
                          f"most 100 characters; {'r' * 101!r} has 101: shorten the names in "
                          "annotate.yaml\n")


def test_doccano_names_labels_mysql_takes_for_one(tmp_path: Path) -> None:
    """doccano 1.8.4 makes label types with `bulk_create(ignore_conflicts=True)` under a
    unique (project, text) constraint, then looks each label up by its exact text. On
    MariaDB 10.11 (utf8mb4_general_ci) INSERT IGNORE kept `person` and dropped `Person`,
    `cafe` after `café`, `x ` after `x` (checked while this was written): the lookup then
    fails the import. A config may declare such names; the export said nothing."""
    import yaml

    from annotate.exporters.doccano import alike

    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "annotate.yaml").write_text(yaml.safe_dump(
        {"actor_types": {"Person": "", "person": ""},
         "event_types": {"meeting": {"roles": ["Host", "host"]}}}), "utf-8")
    (folder / "case.txt").write_text("Ana met Ugo and Eva.\n", "utf-8")
    art = article_mod.load(folder / "case.txt")
    ann = sidecar.new(art, folder / "case.ann.yaml")
    ann.actors = [Actor("ana", "Ana", "Person", [], [Span.at(art.text, 0, 3)]),
                  Actor("ugo", "Ugo", "person", [], [Span.at(art.text, 8, 11)])]
    ann.events = [Event("m", "meeting", Span.at(art.text, 4, 7),
                        [Participant("ana", "Host"), Participant("ugo", "host")])]
    sidecar.save(folder / "case.ann.yaml", ann)
    out, err = export(folder, "doccano", tmp_path / "d.jsonl")
    assert {e["label"] for e in json.loads(out.read_text("utf-8"))["entities"]} == \
        {"Person", "person", "event:meeting"}  # written: PostgreSQL and SQLite take them
    for pair in ("'Person' and 'person'", "'Host' and 'host'"):
        assert f"note: 1 document with labels {pair}, which doccano on MySQL holds as one" \
            in err
    assert alike({"café", "cafe", "x", "x ", "Straße", "strasse", "a", "b"}) == \
        [("cafe", "café"), ("Straße", "strasse"), ("x", "x ")]
    ann.actors[1].type = "Person"  # one of them used: nothing to say
    ann.events[0].participants[1].role = "Host"
    sidecar.save(folder / "case.ann.yaml", ann)
    assert "MySQL" not in export(folder, "doccano", tmp_path / "e.jsonl")[1]


def test_a_negative_jobs_count_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("export", tmp_path, "--to", "jsonl", "-o", tmp_path / "out.jsonl", "-j", "-3")
    assert result.code == 2 and "--jobs must be 0 (one per core) or more, not -3" in result.err


def test_every_sidecar_that_cannot_be_exported_is_named_and_nothing_is_written(
        sample_dir: Path, tmp_path: Path) -> None:
    """Two broken sidecars among good ones: both named, one line each, then one line
    saying nothing was exported (it stopped at the first, so fixing took a run each)."""
    good = sample_dir / "putin-netanyahu-call.ann.yaml"
    (sample_dir / "b.ann.yaml").write_text("actors: [\n", encoding="utf-8")
    (sample_dir / "c.ann.yaml").write_text(good.read_text(encoding="utf-8").replace(
        "sha256: ", "sha256: 0", 1), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_cli("export", sample_dir, "--to", "jsonl", "-o", out)
    lines = result.err.strip().splitlines()
    assert result.code == 1 and len(lines) == 3, result.err
    assert "b.ann.yaml" in lines[0] and "c.ann.yaml" in lines[1]
    assert lines[2] == "annotate: nothing was exported: 2 of 3 sidecars cannot be (each named " \
        "above)"
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["brat", "label-studio", "jsonl"])
def test_a_type_not_in_the_inventory_is_refused(sample_dir: Path, tmp_path: Path,
                                                fmt: str) -> None:
    """brat's annotation.conf and Label Studio's config.xml declare the inventory's names:
    an actor of type 'robot' was exported (exit 0) into files their readers reject."""
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    side.write_text(side.read_text("utf-8").replace("type: person", "type: robot", 1), "utf-8")
    out = tmp_path / "out"
    result = run_cli("export", side, "--to", fmt, "-o", out)
    assert result.code == 1
    assert result.err.startswith(f"annotate: {side}: actor type 'robot' is not in the "
                                 "inventory (built-in); allowed: person, "), result.err
    assert "fix it first (`annotate validate` lists each)" in result.err
    assert not out.exists() or list(out.iterdir()) == []


def test_more_names_not_in_the_inventory_are_not_read_as_more_allowed(sample_dir: Path) -> None:
    """"allowed: person, ..., other (and 1 more)" read as one more type allowed."""
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    side.write_text(side.read_text("utf-8").replace("type: person", "type: robot", 2), "utf-8")
    result = run_cli("export", side, "--to", "jsonl")
    assert result.code == 1 and result.out == ""
    assert result.err.endswith("; and 1 more of this sidecar's names is not in it; fix them "
                               "first (`annotate validate` lists each)\n"), result.err
    assert "(and 1 more)" not in result.err


def test_conll_keeps_an_entity_that_ends_on_a_line_break(tmp_path: Path) -> None:
    """A mention whose span takes the line break after it ("Ida Vell\\n") was dropped as
    "crossing a sentence boundary" (brat trims it and keeps it): CoNLL trims it too."""
    folder = tmp_path / "doc"
    folder.mkdir()
    (folder / "brk.txt").write_text("Ida Vell\n\nIda Vell met Uma Roe.\n", "utf-8")
    art = article_mod.load(folder / "brk.txt")
    ann = sidecar.new(art, folder / "brk.ann.yaml")
    ann.actors = [Actor("ida", "Ida Vell", "person", [],
                        [Span.at(art.text, 0, 9), Span.at(art.text, 10, 18)])]
    sidecar.save(folder / "brk.ann.yaml", ann)
    out, err = export(folder, "conll", tmp_path / "c.conll")
    tags = [line.split()[-1] for line in out.read_text("utf-8").splitlines()
            if line and not line.startswith("-DOCSTART-")]
    assert tags.count("B-person") == 2, (tags, err)
    assert "crossing a sentence boundary" not in err


@pytest.mark.parametrize(("fmt", "flag", "only"), [("jsonl", "--trim-at-newline", "brat"),
                                                   ("brat", "--with-offsets", "conll")])
def test_a_format_option_given_to_another_format_is_refused(
        sample_dir: Path, tmp_path: Path, fmt: str, flag: str, only: str) -> None:
    """--trim-at-newline with --to jsonl did nothing and said nothing."""
    result = run_cli("export", sample_dir, "--to", fmt, flag, "-o", tmp_path / "out")
    assert (result.code, result.err) == (
        2, f"annotate: {flag} is for --to {only} only, not --to {fmt}\n"), result
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_two_exports_into_one_folder_at_once_keep_each_others_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each export read the folder's manifest before either wrote it, and the one written
    last lacked the other's files: every later export into the folder refused them as
    not its own. The first here stops just before its commit while the second runs."""
    import threading

    from annotate import cli
    from annotate.exporters import run

    out = tmp_path / "brat"
    first_at_commit, go_on = threading.Event(), threading.Event()
    commit = run.Guard.commit

    def slow_commit(self: run.Guard) -> None:
        if threading.current_thread().name == "first":
            first_at_commit.set()
            assert go_on.wait(30)
        commit(self)

    monkeypatch.setattr(run.Guard, "commit", slow_commit)
    codes: dict[str, int] = {}

    def export(name: str, sidecar_path: Path) -> None:
        codes[name] = cli.run(["export", str(sidecar_path), "--to", "brat", "-o", str(out),
                               "-j", "1"])

    first = threading.Thread(target=export, name="first",
                             args=("first", SAMPLES / "putin-netanyahu-call.ann.yaml"))
    second = threading.Thread(target=export, name="second",
                              args=("second", SAMPLES / "port-alder-bridge.ann.yaml"))
    first.start()
    assert first_at_commit.wait(30)
    second.start()
    second.join(1.0)  # (it waits for the folder, or, before, it finished here)
    go_on.set()
    first.join(30)
    second.join(30)
    assert codes == {"first": 0, "second": 0}
    again = run_cli("export", SAMPLES, "--to", "brat", "-o", out, "-j", "1")
    assert again.code == 0, again
