"""Every export format, checked by the target's own rules, on the bundled sample and on a
Unicode article (emoji, accents, CRLF source, a span across a line break).

Golden files: tests/data/golden/<format>/. Regenerate after an intended change with
`ANNOTATE_UPDATE_GOLDEN=1 python -m pytest tests/test_export_formats.py` and review the diff.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE_SIDECAR, run_cli
from export_support import DATA, STREAM_EXT, export, write_unicode_sample
from jsonschema import Draft4Validator, Draft202012Validator

from annotate import article as article_mod
from annotate import sidecar
from annotate.exporters import EXPORTERS
from annotate.exporters.run import MANIFEST
from annotate.visible import count_phrase

FORMATS = list(EXPORTERS)
PUBLISHER = ("--publisher", "Example Fact Check", "--publisher-url", "https://factcheck.example")


@pytest.fixture(params=["sample", "unicode"])
def corpus(request: pytest.FixtureRequest, sample_dir: Path, tmp_path: Path) -> Path:
    """A folder with one sidecar and its article: the bundled sample, or the Unicode one."""
    if request.param == "sample":
        return sample_dir
    write_unicode_sample(tmp_path / "unicode")
    return tmp_path / "unicode"


def only_sidecar(folder: Path) -> Path:
    (found,) = folder.glob("*.ann.yaml")
    return found


def out_path(tmp_path: Path, fmt: str) -> Path:
    return tmp_path / "out" / fmt if EXPORTERS[fmt].folder else tmp_path / f"export.{fmt}"


def run(corpus: Path, fmt: str, tmp_path: Path) -> tuple[Path, str]:
    (tmp_path / "out").mkdir(exist_ok=True)
    return export(corpus, fmt, out_path(tmp_path, fmt), *PUBLISHER)


# --- golden files ---------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fmt: str, sample_dir: Path, tmp_path: Path) -> None:
    out, _ = run(sample_dir, fmt, tmp_path)
    golden = DATA / "golden" / fmt
    # The folder's manifest is the export's bookkeeping, not the format's output.
    produced = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
                if p.name != MANIFEST} \
        if out.is_dir() else {f"putin-netanyahu-call.{STREAM_EXT[fmt]}": out.read_bytes()}
    if os.environ.get("ANNOTATE_UPDATE_GOLDEN"):
        shutil.rmtree(golden, ignore_errors=True)
        golden.mkdir(parents=True)
        for name, content in produced.items():
            (golden / name).write_bytes(content)
    expected = {p.relative_to(golden).as_posix(): p.read_bytes() for p in sorted(golden.rglob("*"))}
    assert produced.keys() == expected.keys()
    for name in produced:
        assert produced[name].decode() == expected[name].decode(), f"{fmt}/{name} differs"


# --- W3C Web Annotation: the W3C test suite's MUST assertions ---------------------------

SUITE = DATA / "w3c-web-annotation-tests"


@cache
def w3c_musts() -> list[tuple[str, str, Any]]:
    from referencing import Registry
    from referencing.jsonschema import DRAFT4

    registry: Registry = Registry()
    for path in sorted((SUITE / "definitions").glob("*.json")):
        schema = json.loads(path.read_text("utf-8"))
        registry = registry.with_resource(schema["id"], DRAFT4.create_resource(schema))
    listed = json.loads((SUITE / "annotations" / "annotationMusts.test").read_text("utf-8"))
    out = []
    for relative in listed["assertions"]:
        schema = json.loads((SUITE / relative).read_text("utf-8"))
        assert schema["assertionType"] == "must"
        validator = Draft4Validator(schema, registry=registry,
                                    format_checker=Draft4Validator.FORMAT_CHECKER)
        out.append((relative, schema["expectedResult"], validator))
    return out


def test_w3c_suite_catches_a_broken_annotation() -> None:
    """The suite runner itself can fail: a wrong @context and a bad date break MUSTs."""
    bad = {"@context": "http://example.org/ctx", "id": "urn:uuid:1", "type": "Annotation",
           "created": "yesterday", "target": "http://example.org/doc"}
    failed = [rel for rel, expected, v in w3c_musts() if v.is_valid(bad) != (expected == "valid")]
    assert any("annotationContextValidated" in rel for rel in failed)
    assert any("annotationCreatedValidated" in rel for rel in failed)
    assert {"uri", "date-time"} <= set(Draft4Validator.FORMAT_CHECKER.checkers)
    assert not Draft4Validator({"format": "date-time"},
                               format_checker=Draft4Validator.FORMAT_CHECKER).is_valid("x")


def test_w3c_every_annotation_passes_every_must(corpus: Path, tmp_path: Path) -> None:
    out, _ = run(corpus, "w3c", tmp_path)
    annotations = json.loads(out.read_text("utf-8"))
    ann = sidecar.load(only_sidecar(corpus))
    assert len(annotations) == len(list(ann.items()))
    assert len(w3c_musts()) == 54
    for annotation in annotations:
        context = annotation["@context"]  # the W3C's, with `assessing` named where it is used
        assert context == "http://www.w3.org/ns/anno.jsonld" or (
            annotation["motivation"] == "assessing"
            and context == ["http://www.w3.org/ns/anno.jsonld", {"assessing": "oa:assessing"}])
        for relative, expected, validator in w3c_musts():
            assert validator.is_valid(annotation) == (expected == "valid"), \
                (relative, annotation["id"], [e.message for e in validator.iter_errors(annotation)])


def test_w3c_links_are_uris_even_from_odd_evidence_and_ids(tmp_path: Path) -> None:
    """An evidence URL or an external id is any text a person typed: one with a quote, an
    angle bracket or an accent was written raw as a body's `source`, which is no URI (the
    suite's bodyObjectsRecognized and six more MUSTs failed). Links are percent-encoded."""
    from annotate.model import Actor, Claim, Evidence, Span

    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "odd.txt").write_text("Ada Vik spoke.\n", "utf-8")
    art = article_mod.load(folder / "odd.txt")
    ann = sidecar.new(art, folder / "odd.ann.yaml")
    ann.actors = [Actor("ada", "Ada Vik", "person", [], [Span.at(art.text, 0, 7)],
                        {"wikidata": "Q<1>", "site": "https://ex.example/ä?q=\"x\""})]
    ann.claims = [Claim("c", Span.at(art.text, 0, 13), "factual", "ada", verdict="correct",
                        evidence=[Evidence('https://ev.example/é?a="1"&b=<2>{3}|4^5`6')])]
    sidecar.save(folder / "odd.ann.yaml", ann)
    out, _ = export(folder, "w3c", tmp_path / "w.jsonld")
    for annotation in json.loads(out.read_text("utf-8")):
        for relative, expected, validator in w3c_musts():
            assert validator.is_valid(annotation) == (expected == "valid"), \
                (relative, [e.message for e in validator.iter_errors(annotation)])
    links = [b["source"] for a in json.loads(out.read_text("utf-8")) for b in a["body"]
             if b["type"] == "SpecificResource" and "selector" not in b]
    assert "https://ev.example/%C3%A9?a=%221%22&b=%3C2%3E%7B3%7D%7C4%5E5%606" in links
    assert "http://www.wikidata.org/entity/Q%3C1%3E" in links


def test_w3c_source_is_a_uri_for_an_article_url_rfc_3986_does_not_take(tmp_path: Path) -> None:
    """An article URL as sites write it and `ingest` keeps it: `[` `]` in a query (`tag[]=`),
    a `%` that starts no escape, a second `#` (hash routing). Each was copied into every
    target's `source`, which the suite's MUSTs (format: uri, through rfc3987) refused."""
    folder = tmp_path / "url"
    write_unicode_sample(folder)
    side = only_sidecar(folder)
    ann = sidecar.load(side)
    ann.document.url = "https://news.example/list?tag[]=a&p=100%#/story#top"
    sidecar.save(side, ann)
    out, _ = export(folder, "w3c", tmp_path / "w.jsonld")
    annotations = json.loads(out.read_text("utf-8"))
    for annotation in annotations:
        for relative, expected, validator in w3c_musts():
            assert validator.is_valid(annotation) == (expected == "valid"), \
                (relative, [e.message for e in validator.iter_errors(annotation)])
    target = annotations[0]["target"]
    assert (target[0] if isinstance(target, list) else target)["scope"] == \
        "https://news.example/list?tag%5B%5D=a&p=100%25#/story%23top"


def test_w3c_selectors_select_the_spans(corpus: Path, tmp_path: Path) -> None:
    out, _ = run(corpus, "w3c", tmp_path)
    text = article_mod.load(next(p for p in corpus.glob("*.txt"))).text
    seen = 0
    for annotation in json.loads(out.read_text("utf-8")):
        targets = annotation["target"] if isinstance(annotation["target"], list) \
            else [annotation["target"]]
        for target in targets:
            quote, position = target["selector"]
            assert text[position["start"]:position["end"]] == quote["exact"]
            assert text[:position["start"]].endswith(quote["prefix"])
            assert text[position["end"]:].startswith(quote["suffix"])
            seen += 1
    ann = sidecar.load(only_sidecar(corpus))
    assert seen == sum(1 for path, _ in ann.spans() if path[-1] != "cue")


# --- brat: spans against the .txt, everything declared in annotation.conf ---------------

def parse_conf(text: str) -> dict[str, dict[str, str]]:
    sections: dict[str, dict[str, str]] = {}
    current = ""
    for line in text.splitlines():
        if line.startswith("["):
            current = line.strip("[]")
            sections[current] = {}
        elif line.strip() and not line.startswith("#"):
            name, _, spec = line.partition("\t")
            sections[current][name.strip()] = spec
    return sections


def test_brat_spans_and_declarations(corpus: Path, tmp_path: Path) -> None:
    out, _ = run(corpus, "brat", tmp_path)
    conf = parse_conf((out / "annotation.conf").read_text("utf-8"))
    events = {name: {arg.split(":")[0].rstrip("?*+"): arg.split(":")[1].split("|")
                     for arg in spec.split(", ")} for name, spec in conf["events"].items()}
    attributes = {name: dict(p.split(":") for p in spec.split(", "))
                  for name, spec in conf["attributes"].items()}
    (ann_file,) = out.glob("*.ann")
    txt = ann_file.with_suffix(".txt").read_bytes().decode("utf-8")
    assert "\r" not in txt
    kinds: dict[str, str] = {}
    counts = {"T": 0, "E": 0, "A": 0, "*": 0}
    for line in ann_file.read_text("utf-8").splitlines():
        ident, body, *rest = line.split("\t")
        counts[ident[0]] = counts.get(ident[0], 0) + 1
        if ident.startswith("T"):
            kind, offsets = body.split(" ", 1)
            frags = [tuple(map(int, f.split())) for f in offsets.split(";")]
            assert all("\n" not in txt[a:b] for a, b in frags)
            assert rest[0] == " ".join(txt[a:b] for a, b in frags), line
            assert kind in conf["entities"] or kind in conf["events"], kind
            kinds[ident] = kind
        elif ident.startswith("E"):
            head, *args = body.split()
            etype, trigger = head.split(":")
            assert etype in conf["events"] and kinds[trigger] == etype
            for arg in args:
                role, ref = arg.split(":")
                role = role.rstrip("0123456789")
                assert role in events[etype], (etype, role)
                target = kinds.get(ref) or next(k for k in conf["events"] if ref.startswith("E"))
                assert target in events[etype][role] or ref.startswith("E"), (role, target)
            kinds[ident] = etype
        elif ident.startswith("A"):
            name, target, *value = body.split()
            assert name in attributes
            if value:
                assert value[0] in attributes[name]["Value"].split("|")
            allowed = attributes[name]["Arg"]
            assert allowed == "<EVENT>" and target.startswith("E") or kinds[target] == allowed
        elif ident == "*":
            relation, *members = body.split()
            assert relation in conf["relations"] and all(m in kinds for m in members)
    ann = sidecar.load(only_sidecar(corpus))
    assert counts["T"] >= sum(len(a.mentions) for a in ann.actors) + len(ann.events) + \
        len(ann.claims)
    assert counts["E"] == len(ann.events) + len(ann.claims)
    brat_verify(ann_file.read_text("utf-8"), conf)


def brat_verify(ann_text: str, conf: dict[str, dict[str, str]]) -> None:
    """The checks of brat's own server/src/verify_annotations.py, restated: each pair of
    an Equiv's member types is declared for that relation (Arg1 and Arg2), every trigger
    belongs to an event, no two triggers have one type and span, arguments are allowed
    with allowed types and counts, and physical entities overlap only as annotation.conf
    allows."""
    spans: dict[str, tuple[str, int, int]] = {}
    events: list[tuple[str, str, list[tuple[str, str]]]] = []
    equivs: list[tuple[str, list[str]]] = []
    for line in ann_text.splitlines():
        ident, body, *_ = line.split("\t")
        if ident.startswith("T"):
            kind, offsets = body.split(" ", 1)
            numbers = [int(x) for x in re.split("[ ;]", offsets)]
            spans[ident] = (kind, numbers[0], numbers[-1])
        elif ident.startswith("E"):
            head, *args = body.split()
            events.append((ident, head, [tuple(a.split(":")) for a in args]))  # type: ignore[misc]
        elif ident == "*":
            relation, *members = body.split()
            equivs.append((relation, members))
    # verify_triggers: "triggers ... have identical span and type" (brat's annotator
    # shares one T between such events instead)
    triggers = [(kind, offsets) for line in ann_text.splitlines() if line.startswith("T")
                for kind, offsets in [line.split("\t")[1].split(" ", 1)]
                if kind in conf["events"]]
    assert len(triggers) == len(set(triggers)), triggers
    types = {e: spans[head.split(":")[1]][0] for e, head, _ in events}
    # verify_equivs: brat asks, for every pair of the members' types (t1, t2), for a
    # relation from t1 to t2 that is an Equiv (members of two types are fine if declared)
    for relation, members in equivs:
        spec = dict(arg.split(":") for arg in conf["relations"][relation].split(", "))
        assert {"symmetric", "transitive"} <= set(spec["<REL-TYPE>"].split("-")), spec
        member_types = {spans[m][0] for m in members}
        assert all(t1 in spec["Arg1"].split("|") and t2 in spec["Arg2"].split("|")
                   for t1 in member_types for t2 in member_types), (relation, members)
    assert {head.split(":")[1] for _, head, _ in events} == \
        {t for t, (kind, _, _) in spans.items() if kind in conf["events"]}
    for _, head, args in events:
        etype = head.split(":")[0]
        spec = {}
        for arg in conf["events"][etype].split(", "):
            key, allowed = arg.split(":")
            spec[key.rstrip("?*+")] = (key[-1:] in "*+", allowed.split("|"))
        seen: dict[str, int] = {}
        for role, ref in args:
            role = re.sub(r"\d+$", "", role)
            multiple, allowed = spec[role]  # KeyError: argument not allowed
            seen[role] = seen.get(role, 0) + 1
            assert multiple or seen[role] == 1, (head, role)
            assert (types.get(ref) or spans[ref][0]) in allowed, (head, role, ref)
    # Physical entities may overlap only as an <OVERLAP> declaration allows; ours is
    # Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY> (brat's own check, run on exports
    # of the samples, said "place cannot be contained in organization" without it).
    overlap = conf["relations"].get("<OVERLAP>", "")
    if "Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>" in overlap:
        return
    physical = [(a, b) for kind, a, b in spans.values() if kind in conf["entities"]]
    for i, (a1, b1) in enumerate(physical):
        for a2, b2 in physical[i + 1:]:
            assert not (a2 < b1 and b2 > a1), ((a1, b1), (a2, b2))


def test_brat_verify_takes_equivs_as_brat_does() -> None:
    """brat's verify_equivs lets an Equiv join members of two types when both are declared
    for it, and refuses a type that is not (run against brat's own code to be sure)."""
    conf = parse_conf("[entities]\nperson\norganization\nCue\n\n[relations]\n"
                      "Equiv\tArg1:person|organization, Arg2:person|organization, "
                      "<REL-TYPE>:symmetric-transitive\n\n[events]\n\n[attributes]\n")
    ann = "T1\tperson 0 3\tAda\nT2\torganization 4 7\tAda\nT3\tCue 8 11\tAda\n"
    brat_verify(ann + "*\tEquiv T1 T2\n", conf)
    with pytest.raises(AssertionError):
        brat_verify(ann + "*\tEquiv T1 T3\n", conf)


def test_brat_splits_a_span_across_a_newline(tmp_path: Path) -> None:
    write_unicode_sample(tmp_path / "u")
    out, err = export(tmp_path / "u", "brat", tmp_path / "brat")
    ann = (out / "unicode-story.ann").read_text("utf-8")
    assert re.search(r"\tClaim \d+ \d+;\d+ \d+\tthe rocket 🚀 reached orbit on Tuesday\n", ann)
    assert "note: 1 span across a line break written as T lines" in err  # not "1 spans"


# --- CoNLL: IOB2 well-formed, entities recovered --------------------------------------

def conll_entities(text: str) -> tuple[set[tuple[int, int, str]], int]:
    """Entities (start, end, label) read back from IOB2 tags and offset comments."""
    found: set[tuple[int, int, str]] = set()
    docs = 0
    for block in text.split("\n\n"):
        lines = [line for line in block.splitlines() if line]
        if not lines:
            continue
        if lines == ["-DOCSTART- -X- O O"]:
            docs += 1
            continue
        assert lines[0].startswith("# offsets = ")
        offsets = [tuple(map(int, o.split("-"))) for o in lines[0][12:].split()]
        tokens = [line.split(" ") for line in lines[1:]]
        assert len(offsets) == len(tokens) and all(len(t) == 4 for t in tokens)
        tokens = [[t[0], t[3]] for t in tokens]
        current: list[Any] | None = None
        previous = "O"
        for (a, b), (_token, tag) in zip(offsets, tokens, strict=True):
            assert re.fullmatch(r"O|[BI]-\S+", tag), tag
            if tag.startswith("I-"):  # IOB2: I-X only after B-X or I-X
                assert previous != "O" and previous[2:] == tag[2:], (previous, tag)
                assert current is not None
                current[1] = b
            if tag.startswith("B-") or tag == "O":
                if current:
                    found.add(tuple(current))  # type: ignore[arg-type]
                current = [a, b, tag[2:]] if tag.startswith("B-") else None
            previous = tag
        if current:
            found.add(tuple(current))  # type: ignore[arg-type]
    return found, docs


def test_conll_iob2_and_entities(corpus: Path, tmp_path: Path) -> None:
    out, err = export(corpus, "conll", tmp_path / "e.conll", "--with-offsets")
    text = out.read_text("utf-8")
    article = article_mod.load(next(corpus.glob("*.txt"))).text
    for block in text.split("\n\n"):
        lines = block.splitlines()
        if lines and lines[0].startswith("# offsets = "):
            offsets = [tuple(map(int, o.split("-"))) for o in lines[0][12:].split()]
            assert [article[a:b] for a, b in offsets] == [x.split(" ")[0] for x in lines[1:]]
    found, docs = conll_entities(text)
    assert docs == 1
    ann = sidecar.load(only_sidecar(corpus))
    expected = {(m.start, m.end, a.type) for a in ann.actors for m in a.mentions}
    expected |= {(e.trigger.start, e.trigger.end, f"event-{e.type}") for e in ann.events}
    dropped = sum(int(n) for n in re.findall(r"could not hold (\d+) (?:overlapping|entities cross)",
                                             err))
    assert found <= expected
    assert len(expected - found) == dropped


def test_conll_reports_overlaps(tmp_path: Path) -> None:
    """An event trigger inside an actor mention: IOB cannot hold both."""
    folder = tmp_path / "overlap"
    write_unicode_sample(folder)
    side = only_sidecar(folder)
    ann = sidecar.load(side)
    ann.events[0].trigger = ann.actors[0].mentions[0]  # same span as the mention
    sidecar.save(side, ann)
    out, err = export(folder, "conll", tmp_path / "o.conll", "--with-offsets")
    assert "could not hold 1 overlapping entity (IOB" in err
    found, _ = conll_entities(out.read_text("utf-8"))
    assert len(found) == sum(len(a.mentions) for a in ann.actors)


# --- Label Studio: config declares everything; code-point offsets --------------------

def test_label_studio_tasks_and_config(corpus: Path, tmp_path: Path) -> None:
    out, _ = run(corpus, "label-studio", tmp_path)
    tasks = json.loads((out / "tasks.json").read_text("utf-8"))
    schema = json.loads((DATA / "schemas" / "label-studio-tasks.schema.json").read_text())
    Draft202012Validator(schema).validate(tasks)
    view = ET.fromstring((out / "config.xml").read_text("utf-8"))
    labels_tag, text_tag = view.find("Labels"), view.find("Text")
    assert labels_tag is not None and text_tag is not None
    assert text_tag.get("value") == "$text" and labels_tag.get("toName") == text_tag.get("name")
    declared = {x.get("value") for x in labels_tag.iter("Label")}
    relations = {x.get("value") for x in view.iter("Relation")}
    (task,) = tasks
    text = task["data"]["text"]
    results = task["annotations"][0]["result"]
    regions = {r["id"] for r in results if r["type"] == "labels"}
    for r in results:
        if r["type"] == "labels":
            assert r["from_name"] == labels_tag.get("name") and r["to_name"] == text_tag.get("name")
            v = r["value"]
            assert text[v["start"]:v["end"]] == v["text"]
            assert set(v["labels"]) <= declared
        else:
            assert r["from_id"] in regions and r["to_id"] in regions
            assert set(r["labels"]) <= relations


def test_label_studio_counts_code_points(tmp_path: Path) -> None:
    """As Label Studio's own emoji test has it ("test" at 21 in "🐱 Warning: This is a
    test text"), not JavaScript's UTF-16 units."""
    write_unicode_sample(tmp_path / "u")
    out, _ = export(tmp_path / "u", "label-studio", tmp_path / "ls")
    (task,) = json.loads((out / "tasks.json").read_text("utf-8"))
    text = task["data"]["text"]
    region = next(r["value"] for r in task["annotations"][0]["result"]
                  if r["type"] == "labels" and r["value"]["text"] == "Critics")
    before = text[:text.index("Critics")]
    assert sum(ord(c) > 0xFFFF for c in before) == 4  # 🚀 👩 🔬 🚀 (the ZWJ is in the BMP)
    assert region["start"] == len(before) != len(before.encode("utf-16-le")) // 2


# --- doccano, prodigy, claimreview, json, jsonl, csv ----------------------------------

def validator(name: str) -> Draft202012Validator:
    schema = json.loads((DATA / "schemas" / f"{name}.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_doccano(corpus: Path, tmp_path: Path) -> None:
    out, _ = run(corpus, "doccano", tmp_path)
    (line,) = out.read_text("utf-8").splitlines()
    record = json.loads(line)
    validator("doccano").validate(record)
    ann = sidecar.load(only_sidecar(corpus))
    # doccano's annotator slices the text as a JavaScript string: UTF-16 code units
    # (doccano/doccano#2290); the unicode corpus has emoji before its spans
    units = record["text"].encode("utf-16-le")
    shown = {units[2 * e["start_offset"]:2 * e["end_offset"]].decode("utf-16-le")
             for e in record["entities"]}
    assert shown == {s.text for _, s in ann.spans()}
    def unit(i: int) -> int:
        return len(record["text"][:i].encode("utf-16-le")) // 2

    assert {(e["start_offset"], e["end_offset"]) for e in record["entities"]} == \
        {(unit(s.start), unit(s.end)) for _, s in ann.spans()}
    ids = {e["id"] for e in record["entities"]}
    assert all(r["from_id"] in ids and r["to_id"] in ids for r in record["relations"])


def test_doccano_reads_the_same_whatever_encoding_doccano_guesses(tmp_path: Path) -> None:
    """doccano's JSONL(Relation) import offers no encoding (backend/data_import/pipeline/
    catalog.py: arg=ArgNone), so its JSONLParser guesses one with chardet (parsers.py,
    detect_encoding). chardet 4 took the Unicode article's UTF-8 export for Windows-1254,
    and the import failed on byte 0x8d. The export is ASCII: every guess reads it alike."""
    side = write_unicode_sample(tmp_path / "unicode")
    out, _ = export(side, "doccano", tmp_path / "d.jsonl")
    data = out.read_bytes()
    assert data.isascii()
    record = json.loads(data.decode("cp1254"))
    assert record == json.loads(data.decode("utf-8"))
    assert record["text"] == article_mod.load(tmp_path / "unicode" / "unicode-story.txt").text


def test_prodigy(corpus: Path, tmp_path: Path) -> None:
    out, _ = run(corpus, "prodigy", tmp_path)
    (line,) = out.read_text("utf-8").splitlines()
    task = json.loads(line)
    validator("prodigy").validate(task)
    text, tokens = task["text"], task["tokens"]
    assert [t["id"] for t in tokens] == list(range(len(tokens)))
    for t in tokens:
        assert text[t["start"]:t["end"]] == t["text"]
    # spaCy's Doc(words, spaces): a token, then one space if `ws`; other whitespace is a
    # token of its own ("\n\n")
    assert "".join(t["text"] + " " * t["ws"] for t in tokens) == text
    for span in task["spans"]:
        assert tokens[span["token_start"]]["start"] == span["start"]
        assert tokens[span["token_end"]]["end"] == span["end"]
    for rel in task["relations"]:
        assert rel["head"] == rel["head_span"]["token_end"]
        assert rel["child"] == rel["child_span"]["token_end"]
    assert isinstance(task["_input_hash"], int) and isinstance(task["_task_hash"], int)


def test_claimreview(corpus: Path, tmp_path: Path) -> None:
    out, err = run(corpus, "claimreview", tmp_path)
    reviews = json.loads(out.read_text("utf-8"))
    ann = sidecar.load(only_sidecar(corpus))
    checked = [c for c in ann.claims if c.verdict not in (None, "unverified")]
    assert [r["claimReviewed"] for r in reviews] == [" ".join(c.span.text.split()) for c in checked]
    unverified = sum(c.verdict == "unverified" for c in ann.claims)
    none = sum(c.verdict is None for c in ann.claims)
    for count, phrase in ((none, "claims without a verdict (skipped)"),
                          (unverified, "claims with the verdict 'unverified', no rating "
                                       "(skipped)")):
        said = f"could not hold {count} {count_phrase(count, phrase)}"
        assert (said in err) == bool(count), err
    v = validator("claimreview")
    for review in reviews:
        v.validate(review)
        rating = review["reviewRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert review["author"] == {"@type": "Organization", "name": "Example Fact Check",
                                    "url": "https://factcheck.example"}


def test_json_is_the_canonical_model(corpus: Path, tmp_path: Path) -> None:
    out, _ = run(corpus, "json", tmp_path)
    (data,) = json.loads(out.read_text("utf-8"))
    assert data == json.loads(json.dumps(sidecar.load(only_sidecar(corpus)).to_dict()))


def test_jsonl_and_csv_records(corpus: Path, tmp_path: Path) -> None:
    ann = sidecar.load(only_sidecar(corpus))
    text = article_mod.load(next(corpus.glob("*.txt"))).text
    out, _ = run(corpus, "jsonl", tmp_path)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    out, _ = run(corpus, "csv", tmp_path)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in records] == [r["id"] for r in rows] == \
        [item.id for _, _, item in ann.items()]
    for record, row in zip(records, rows, strict=True):
        if record["start"] is not None:
            assert text[record["start"]:record["end"]] == record["text"] == row["text"]
            assert int(row["start"]) == record["start"]
    names = {a.id: a.name for a in ann.actors}
    for record in records:
        if record["kind"] == "claim" and record["claimant"]:
            assert record["claimant_name"] == names[record["claimant"]]


# --- the command ------------------------------------------------------------------------

def test_list_describes_every_format() -> None:
    result = run_cli("export", "--list")
    assert result.code == 0
    for name, cls in EXPORTERS.items():
        assert cls.name == name  # the lazy registry's keys match the classes
        assert re.search(rf"^{re.escape(name)}\s", result.out, re.M)
        assert f"offsets: {cls.offsets}" in result.out


def test_strict_fails_on_loss_only(sample_dir: Path, tmp_path: Path) -> None:
    assert run_cli("export", sample_dir, "--to", "json", "-o", tmp_path / "a.json",
                   "--strict").code == 0
    lossy = run_cli("export", sample_dir, "--to", "doccano", "-o", tmp_path / "a.jsonl",
                    "--strict")
    assert lossy.code == 1 and "could not hold 9 actor aliases" in lossy.err


def test_the_count_of_exported_sidecars_reads_as_english(sample_dir: Path,
                                                         tmp_path: Path) -> None:
    one = run_cli("export", sample_dir, "--to", "json", "-o", tmp_path / "one.json")
    assert one.code == 0 and f"annotate: exported 1 sidecar to {tmp_path / 'one.json'}\n" \
        in one.err, one
    shutil.copy(SAMPLE_SIDECAR.parent / "port-alder-bridge.md", sample_dir)
    shutil.copy(SAMPLE_SIDECAR.parent / "port-alder-bridge.ann.yaml", sample_dir)
    two = run_cli("export", sample_dir, "--to", "json", "-o", tmp_path / "two.json")
    assert two.code == 0 and f"annotate: exported 2 sidecars to {tmp_path / 'two.json'}\n" \
        in two.err, two


def test_usage_errors(sample_dir: Path, tmp_path: Path) -> None:
    no_dir = run_cli("export", sample_dir, "--to", "brat")
    assert no_dir.code == 2 and "-o DIR" in no_dir.err
    unknown = run_cli("export", sample_dir, "--to", "xml")
    assert unknown.code == 2 and "unknown format 'xml'" in unknown.err
    assert run_cli("export", sample_dir).code == 2


def test_stale_article_is_one_line_and_writes_nothing(sample_dir: Path, tmp_path: Path) -> None:
    article = sample_dir / "putin-netanyahu-call.txt"
    article.write_text(article.read_text("utf-8") + " More.", "utf-8")
    target = tmp_path / "x.jsonl"
    result = run_cli("export", sample_dir, "--to", "jsonl", "-o", target)
    assert result.code == 1 and result.err.count("\n") == 1 and "changed" in result.err
    assert not target.exists() and not list(tmp_path.glob(".x.jsonl*"))


def _copy_sample(folder: Path) -> None:
    """The bundled article and its sidecar alone (samples/ holds other samples too)."""
    folder.mkdir(parents=True)
    shutil.copy(SAMPLE_SIDECAR, folder)
    shutil.copy(SAMPLE_SIDECAR.parent / "putin-netanyahu-call.txt", folder)


def test_many_sidecars_stream_into_one_output(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for i in range(3):
        _copy_sample(corpus / f"d{i}")
    out, _ = export(corpus, "w3c", tmp_path / "all.jsonld")
    assert len(json.loads(out.read_text("utf-8"))) == 3 * 40
    out, _ = export(corpus, "conll", tmp_path / "all.conll", "--with-offsets")
    assert conll_entities(out.read_text("utf-8"))[1] == 3
    out, _ = export(corpus, "label-studio", tmp_path / "ls")
    assert len(json.loads((out / "tasks.json").read_text("utf-8"))) == 3


def test_a_broken_sidecar_in_a_large_corpus(tmp_path: Path) -> None:
    """The worker-process path: the error names the file, and no output is left."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from validate import generate

    files = generate(tmp_path / "corpus", 70)
    files[40].write_text("schema_version: 1\ndocument: [\n", "utf-8")
    target = tmp_path / "all.jsonl"
    result = run_cli("export", tmp_path / "corpus", "--to", "jsonl", "-o", target, "-j", "2")
    assert result.code == 1 and result.err.startswith(f"annotate: {files[40]}:")
    assert not target.exists() and not list(tmp_path.glob(".all.jsonl*"))


def test_stdout_by_default(sample_dir: Path) -> None:
    result = run_cli("export", sample_dir / "putin-netanyahu-call.ann.yaml", "--to", "jsonl")
    assert result.code == 0 and len(result.out.splitlines()) == 40
    assert "could not hold" not in result.err


def test_same_stem_in_two_folders_gets_two_names(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for sub in ("a", "b"):
        _copy_sample(corpus / sub)
    out, _ = export(corpus, "brat", tmp_path / "new" / "brat")
    assert sorted(p.name for p in out.iterdir()) == [
        MANIFEST, "annotation.conf", "putin-netanyahu-call-2.ann", "putin-netanyahu-call-2.txt",
        "putin-netanyahu-call.ann", "putin-netanyahu-call.txt"]


def test_streamed_output_is_the_same_through_workers(tmp_path: Path) -> None:
    """CoNLL streams a document's lines as they are written; worker processes (64 files
    or more) send them joined: the bytes are the same either way."""
    corpus = tmp_path / "corpus"
    for i in range(65):
        _copy_sample(corpus / f"d{i:02}")
    one, _ = export(corpus, "conll", tmp_path / "one.conll", "--jobs", "1")
    two, _ = export(corpus, "conll", tmp_path / "two.conll", "--jobs", "2")
    assert one.read_bytes() == two.read_bytes()
    assert one.read_text("utf-8").count("-DOCSTART- -X- O O\n") == 65
