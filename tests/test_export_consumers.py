"""The exports, read by the real tools that consume them (installed by the `test` extra):

- Prodigy tasks rebuilt as a spaCy `Doc(words, spaces)`: the text, spaCy's own token
  indices, and every span `char_span`-able at those indices;
- CoNLL through `spacy convert` (blank pipeline, no model) and seqeval's strict IOB2;
- W3C Web Annotation expanded by pyld with the W3C context served from tests/data (no
  network), including a CRLF article's source;
- Label Studio tasks checked by label-studio-sdk's LabelInterface against the config;
- JUnit validated by xmlschema against the Jenkins xunit plugin's junit-10.xsd;
- SARIF validated by Microsoft's SARIF multitool with its SARIF and GitHub rules, when
  `.ci/run` could install it under tests/.node (it needs node and npm).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SAMPLE_SIDECAR, SAMPLES, run_cli
from export_support import DATA, export, write_hostile_sample, write_unicode_sample

from annotate import article as article_mod
from annotate import sidecar
from annotate.exporters import tokens as tokens_mod
from annotate.model import Actor, Span


@pytest.fixture(params=["sample", "unicode", "hostile"])
def corpus(request: pytest.FixtureRequest, sample_dir: Path, tmp_path: Path) -> Path:
    if request.param == "sample":
        return sample_dir
    if request.param == "unicode":
        return write_unicode_sample(tmp_path / "unicode").parent
    return write_hostile_sample(tmp_path / "hostile").parent


# --- Prodigy, rebuilt with spaCy ----------------------------------------------------------

def spacy_doc_of(task: dict[str, Any]) -> Any:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=[t["text"] for t in task["tokens"]],
               spaces=[t["ws"] for t in task["tokens"]])


def check_prodigy_task(task: dict[str, Any]) -> Any:
    doc = spacy_doc_of(task)
    assert doc.text == task["text"]
    for span in task["spans"]:
        found = doc.char_span(span["start"], span["end"])
        assert found is not None, span
        assert (found.start, found.end - 1) == (span["token_start"], span["token_end"]), span
    for rel in task["relations"]:
        assert rel["head"] == rel["head_span"]["token_end"]
        assert rel["child"] == rel["child_span"]["token_end"]
    return doc


@pytest.mark.slow  # imports spaCy / seqeval (and scikit-learn)
def test_prodigy_tokens_are_spacys(corpus: Path, tmp_path: Path) -> None:
    spacy = pytest.importorskip("spacy")
    out, _ = export(corpus, "prodigy", tmp_path / "p.jsonl")
    (task,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    doc = check_prodigy_task(task)
    assert task["meta"]["tokenizer"] == "spacy:en"
    own = spacy.blank("en").make_doc(task["text"])
    # spaCy's tokens exactly, but for cuts where a span starts or ends inside one
    assert len(doc) - len(own) == sum(
        1 for t in own for i in range(t.idx + 1, t.idx + len(t))
        if i in {s[k] for s in task["spans"] for k in ("start", "end")})
    assert "\n\n" in [t.text for t in doc]  # a paragraph break is a token, as in spaCy


@pytest.mark.slow  # imports spaCy / seqeval (and scikit-learn)
def test_prodigy_without_spacy_still_rebuilds_the_text(corpus: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens_mod, "_blank", lambda language: (None, ""))
    out, _ = export(corpus, "prodigy", tmp_path / "p.jsonl")
    (task,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert task["meta"]["tokenizer"] == "annotate"
    doc = check_prodigy_task(task)
    spacy = pytest.importorskip("spacy")
    own = spacy.blank("en").make_doc(task["text"])
    # spaCy's whitespace rule exactly: the same whitespace tokens in the same places
    assert [(t.idx, t.text) for t in doc if t.is_space] == \
        [(t.idx, t.text) for t in own if t.is_space]


@pytest.mark.slow  # imports spaCy
def test_prodigy_says_which_spans_spacy_cannot_take_as_entities(tmp_path: Path) -> None:
    """A claim holds its claimant's mention: spaCy (3.8) refuses the two as entities,
    `Example.from_dict(doc, {"entities": ...})` raising "[E103] Trying to set conflicting
    doc.ents" (spacy/training/iob_utils.py, offsets_to_biluo_tags), as Prodigy's ner
    recipes would. The export said nothing of it; now a note counts them, and every span
    fits spaCy's `doc.spans`, which is what the note says to use."""
    from spacy.training import Example

    out, err = export(SAMPLE_SIDECAR, "prodigy", tmp_path / "p.jsonl")
    (task,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    doc = check_prodigy_task(task)
    with pytest.raises(ValueError, match="E103"):
        Example.from_dict(doc, {"entities": [(s["start"], s["end"], s["label"])
                                             for s in task["spans"]]})
    spans = [doc.char_span(s["start"], s["end"], label=s["label"]) for s in task["spans"]]
    doc.spans["sc"] = spans
    assert len(doc.spans["sc"]) == len(task["spans"])
    inside = sum(1 for a in spans if any(a is not b and a.start < b.end and b.start < a.end
                                         for b in spans))
    assert inside and f"note: {inside} overlapping spans: Prodigy's ner recipes and spaCy's " \
        "doc.ents refuse them (E103)" in err
    assert "doc.ents refuse overlapping spans (E103)" in run_cli("export", "--list").out


# --- CoNLL: spacy convert and seqeval -----------------------------------------------------

def conll_columns(text: str) -> list[list[list[str]]]:
    """Sentences of token rows; DOCSTART lines left out (checked for columns too)."""
    sentences: list[list[list[str]]] = [[]]
    for line in text.split("\n"):
        if not line:
            if sentences[-1]:
                sentences.append([])
            continue
        row = line.split(" ")
        assert len(row) == 4, line  # TOKEN POS CHUNK NER on every line, DOCSTART too
        if row[0] != "-DOCSTART-":
            sentences[-1].append(row)
    return [s for s in sentences if s]


@pytest.mark.slow  # imports spaCy / seqeval (and scikit-learn)
def test_conll_is_plain_conll2003_and_strict_iob2(corpus: Path, tmp_path: Path) -> None:
    from seqeval.metrics import f1_score
    from seqeval.scheme import IOB2, Entities

    out, _ = export(corpus, "conll", tmp_path / "e.conll")
    text = out.read_text("utf-8")
    assert text.startswith("-DOCSTART- -X- O O\n\n") and "# " not in text
    sentences = conll_columns(text)
    tags = [[row[3] for row in s] for s in sentences]
    assert all(row[1:3] == ["-X-", "O"] for s in sentences for row in s)
    # strict IOB2: seqeval finds the same entities with and without the scheme's checks
    strict = Entities(tags, IOB2).entities
    assert sum(map(len, strict)) == sum(t.startswith("B-") for s in tags for t in s)
    assert f1_score(tags, tags, mode="strict", scheme=IOB2) == 1.0
    # the entities are the sidecar's mentions and triggers (whitespace in a type is `_`)
    words = [[row[0] for row in s] for s in sentences]
    found = {("".join(words[i][e.start:e.end]), e.tag) for i, s in enumerate(strict)
             for e in s}
    ann = sidecar.load(next(corpus.glob("*.ann.yaml")))
    expected = {("".join(m.text.split()), "_".join(a.type.split()))
                for a in ann.actors for m in a.mentions}
    expected |= {("".join(e.trigger.text.split()), "event-" + "_".join(e.type.split()))
                 for e in ann.events}
    assert found and found <= expected


def test_conll_never_splits_a_character(tmp_path: Path) -> None:
    write_unicode_sample(tmp_path / "u")
    out, _ = export(tmp_path / "u", "conll", tmp_path / "e.conll")
    tokens = [row[0] for s in conll_columns(out.read_text("utf-8")) for row in s]
    assert "👩\u200d🔬" in tokens and "\u200d" not in tokens
    decomposed = tmp_path / "d"
    decomposed.mkdir()
    (decomposed / "d.txt").write_text("Cafe\u0301 owners 🇫🇷 met. 👍🏽 Yes.\n", "utf-8")
    art = article_mod.load(decomposed / "d.txt")
    ann = sidecar.new(art, decomposed / "d.ann.yaml")
    sidecar.save(decomposed / "d.ann.yaml", ann)
    out, _ = export(decomposed, "conll", tmp_path / "d.conll")
    tokens = [row[0] for s in conll_columns(out.read_text("utf-8")) for row in s]
    assert tokens == ["Cafe\u0301", "owners", "🇫🇷", "met", ".", "👍🏽", "Yes", "."]


def test_conll_rows_are_four_columns_to_str_split(tmp_path: Path) -> None:
    """spaCy's `spacy convert` reads a row with `line.split()` (and zips the rows of a
    sentence, so one short row cuts every row to its length): a token of an information
    separator (U+001C..U+001F, whitespace to Python's `str.split`, though not Unicode
    White_Space) made the row three columns and lost the sentence's entities."""
    folder = tmp_path / "seps"
    folder.mkdir()
    (folder / "seps.txt").write_text("Ines\x1cMoll met Ugo\x1fPak and Ola\x1d today.\n", "utf-8")
    art = article_mod.load(folder / "seps.txt")
    ann = sidecar.new(art, folder / "seps.ann.yaml")
    start = art.text.index("Ines")
    ann.actors = [Actor("ines", "Ines Moll", "person", [], [Span.at(art.text, start, start + 9)])]
    sidecar.save(folder / "seps.ann.yaml", ann)
    out, _ = export(folder, "conll", tmp_path / "s.conll")
    rows = [line.split() for line in out.read_text("utf-8").split("\n") if line]
    assert all(len(row) == 4 for row in rows), rows
    assert [(row[0], row[3]) for row in rows[1:4]] == [("Ines", "B-person"), ("Moll", "I-person"),
                                                       ("met", "O")]


@pytest.mark.slow  # imports seqeval (and scikit-learn)
def test_seqeval_strict_reads_a_label_with_edge_hyphens_whole(tmp_path: Path) -> None:
    """seqeval's strict mode (scheme.Token) strips hyphens from both ends of a tag's label:
    `B--left` was the entity type `left`, one with `left`. Edge hyphens are written `_`."""
    from seqeval.scheme import IOB2, Entities

    folder = tmp_path / "dash"
    folder.mkdir()
    (folder / "annotate.yaml").write_text('actor_types: {"-left": "", "right-": "", "left": ""}\n',
                                          "utf-8")
    (folder / "dash.txt").write_text("Ivo met Una and Eli.\n", "utf-8")
    art = article_mod.load(folder / "dash.txt")
    ann = sidecar.new(art, folder / "dash.ann.yaml")
    ann.actors = [Actor(i, n, t, [], [Span.at(art.text, s, s + 3)])
                  for i, n, t, s in [("ivo", "Ivo", "-left", 0), ("una", "Una", "right-", 8),
                                     ("eli", "Eli", "left", 16)]]
    sidecar.save(folder / "dash.ann.yaml", ann)
    out, _ = export(folder, "conll", tmp_path / "d.conll")
    tags = [[row[3] for row in s] for s in conll_columns(out.read_text("utf-8"))]
    labels = [e.tag for s in Entities(tags, IOB2).entities for e in s]
    assert labels == ["_left", "right_", "left"]


@pytest.mark.slow
def test_spacy_convert_reads_the_conll_export(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    out, _ = export(SAMPLES, "conll", tmp_path / "in.conll")
    proc = subprocess.run([sys.executable, "-m", "spacy", "convert", str(out), str(tmp_path),
                           "--converter", "ner", "--file-type", "spacy"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    import spacy

    docs = list(DocBin().from_disk(tmp_path / "in.spacy").get_docs(spacy.blank("en").vocab))
    assert len(docs) == 2  # one per -DOCSTART-
    labels = {e.label_ for d in docs for e in d.ents}
    assert "fsets" not in labels and "person" in labels and "event-communication" in labels
    sentences = conll_columns(out.read_text("utf-8"))
    assert sum(len(d) for d in docs) == sum(map(len, sentences))
    assert sum(len(d.ents) for d in docs) == sum(row[3].startswith("B-")
                                                  for s in sentences for row in s)


# --- W3C, expanded by pyld ---------------------------------------------------------------

CONTEXT_URL = "http://www.w3.org/ns/anno.jsonld"


def expand(doc: Any) -> Any:
    jsonld = pytest.importorskip("pyld.jsonld")
    context = json.loads((DATA / "w3c-anno-context" / "anno.jsonld").read_text("utf-8"))
    served: list[str] = []

    def loader(url: str, options: Any = None) -> dict[str, Any]:
        served.append(url)
        if url.rstrip("/") != CONTEXT_URL:
            raise AssertionError(f"the test would fetch {url}")
        return {"contextUrl": None, "documentUrl": url, "document": context,
                "contentType": "application/ld+json"}

    expanded = jsonld.expand(doc, {"documentLoader": loader})
    assert served  # the context came from tests/data
    return expanded


OA = "http://www.w3.org/ns/oa#"


def test_pyld_expands_every_annotation(corpus: Path, tmp_path: Path) -> None:
    out, _ = export(corpus, "w3c", tmp_path / "w.jsonld")
    annotations = json.loads(out.read_text("utf-8"))
    expanded = expand(annotations)
    assert len(expanded) == len(annotations)
    for node in expanded:
        assert f"{OA}Annotation" in node["@type"]
        # every motivation and purpose is the model's, even `assessing`, which the 2017
        # context copied here has no term for
        motivations = [m["@id"] for m in node[f"{OA}motivatedBy"]]
        purposes = [p["@id"] for b in node.get(f"{OA}hasBody", [])
                    for p in b.get(f"{OA}hasPurpose", [])]
        assert all(iri.startswith(OA) for iri in motivations + purposes), (motivations, purposes)
        for target in node[f"{OA}hasTarget"]:
            selectors = target.get(f"{OA}hasSelector", [])
            kinds = {t for s in selectors for t in s["@type"]}
            assert not selectors or kinds == {f"{OA}TextQuoteSelector",
                                              f"{OA}TextPositionSelector"}


def test_w3c_source_of_a_crlf_article_names_what_the_positions_count(tmp_path: Path) -> None:
    side = write_hostile_sample(tmp_path / "h")  # no document.url: named by its hash
    article = side.parent / "hostile.txt"
    article.write_bytes(article.read_bytes().replace(b"\n", b"\r\n"))  # same text to annotate
    assert run_cli("validate", side).code == 0
    out, _ = export(side, "w3c", tmp_path / "w.jsonld")
    annotations = json.loads(out.read_text("utf-8"))

    def ni(data: bytes) -> str:
        import base64

        digest = hashlib.sha256(data).digest()
        return "ni:///sha-256;" + base64.urlsafe_b64encode(digest).decode().rstrip("=")

    text = article_mod.load(article).text
    target = annotations[0]["target"]
    source = (target[0] if isinstance(target, list) else target)["source"]
    assert source == {"id": ni(text.encode("utf-8")), "type": "Text", "format": "text/plain",
                      "via": ni(article.read_bytes())}
    node = expand(annotations[0])[0]
    first = node[f"{OA}hasTarget"][0]
    assert first[f"{OA}hasSource"][0]["@id"] == source["id"]
    assert first[f"{OA}hasSource"][0][f"{OA}via"][0]["@id"] == source["via"]
    for annotation in annotations:  # positions count the LF text the source names
        targets = annotation["target"]
        for t in targets if isinstance(targets, list) else [targets]:
            if "selector" in t:
                quote, position = t["selector"]
                assert text[position["start"]:position["end"]] == quote["exact"]
    plain = write_hostile_sample(tmp_path / "lf")  # an LF file: the file's own hash
    out, _ = export(plain, "w3c", tmp_path / "lf.jsonld")
    first_target = json.loads(out.read_text("utf-8"))[0]["target"]
    assert (first_target[0] if isinstance(first_target, list) else first_target)["source"] == \
        ni((plain.parent / "hostile.txt").read_bytes())


def test_w3c_an_article_from_a_web_page_is_the_source_and_the_page_its_scope(
        tmp_path: Path) -> None:
    """An ingested article has a `document.url`, and that page was every target's
    `source` while the positions counted the article text extracted from it. The model
    counts a TextPositionSelector in the source's own text: Apache Annotator 0.2.0's DOM
    matchers on the saved page selected "ouncil appro" for "Elena Duarte", and quotes
    whose context holds the article's blank lines matched nowhere in the page. The source
    is now the text (its `ni:` hash), the page the target's `scope` (model 4.6)."""
    import base64

    folder = tmp_path / "page"
    shutil.copy(DATA / "pages" / "harbour-courier.html", tmp_path / "page.html")
    assert run_cli("ingest", tmp_path / "page.html", "-o", folder).code == 0
    (article,) = folder.glob("*.txt")
    assert run_cli("add", "actor", article, "--name", "Elena Duarte", "--type", "person",
                   "--mention", "Elena Duarte").code == 0
    side = next(folder.glob("*.ann.yaml"))
    ann = sidecar.load(side)
    ann.actors.append(Actor("nobody", "Nobody", "person", [], []))  # never mentioned
    sidecar.save(side, ann)
    url = ann.document.url
    assert url and url.startswith("https://")
    out, _ = export(folder, "w3c", tmp_path / "w.jsonld")
    annotations = json.loads(out.read_text("utf-8"))
    text = article_mod.load(article).text
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    text_iri = "ni:///sha-256;" + base64.urlsafe_b64encode(digest).decode().rstrip("=")
    mentioned, unmentioned = annotations
    target = mentioned["target"]
    assert target["source"] == text_iri and target["scope"] == url
    quote, position = target["selector"]
    assert text[position["start"]:position["end"]] == quote["exact"] == "Elena Duarte"
    assert unmentioned["target"] == {"type": "SpecificResource", "source": text_iri,
                                     "scope": url}
    for annotation in annotations:
        node = expand(annotation)[0]
        (first,) = node[f"{OA}hasTarget"]
        assert first[f"{OA}hasSource"][0]["@id"] == text_iri
        assert first[f"{OA}hasScope"][0]["@id"] == url


# --- Label Studio, by its own SDK's checks -----------------------------------------------

@pytest.mark.slow  # imports the SDK (pydantic models of every tag)
def test_label_studio_sdk_accepts_every_annotation(corpus: Path, tmp_path: Path) -> None:
    """label-studio-sdk's LabelInterface checks a result against the project's config as
    the server does (labels declared, from_name/to_name, region and relation shapes).
    Label Studio 1.23.2 itself took these exports through its API while this was written:
    project made from config.xml, tasks.json imported, each result posted again as a new
    annotation; a config without a used label was then refused."""
    label_interface = pytest.importorskip("label_studio_sdk.label_interface")
    out, _ = export(corpus, "label-studio", tmp_path / "ls")
    config = label_interface.LabelInterface((out / "config.xml").read_text("utf-8"))
    tasks = json.loads((out / "tasks.json").read_text("utf-8"))
    results = [r for task in tasks for a in task["annotations"] for r in a["result"]]
    assert {r["type"] for r in results} == {"labels", "relation"}
    for task in tasks:
        for annotation in task["annotations"]:
            assert config.validate_annotation(annotation), annotation["result"]
    # and it refuses what it should: a label the config does not declare
    region = next(r for r in tasks[0]["annotations"][0]["result"] if r["type"] == "labels")
    region["value"]["labels"] = ["not-declared"]
    assert not config.validate_annotation(tasks[0]["annotations"][0])


# --- JUnit, against the Jenkins xunit plugin's schema ------------------------------------

def test_junit_validates_against_junit_10_xsd(tmp_path: Path) -> None:
    xmlschema = pytest.importorskip("xmlschema")
    schema = xmlschema.XMLSchema(str(DATA / "junit" / "junit-10.xsd"))
    odd = tmp_path / "odd"
    odd.mkdir()
    (odd / os.fsdecode(b"bad\x01 \xff <&>.ann.yaml")).write_text("schema_version: 1\n")
    for paths in ([ROOT / "tests" / "data" / "invalid"], [SAMPLE_SIDECAR], [odd]):
        result = run_cli("validate", *paths, "--format", "junit")
        errors = [str(e.reason) for e in schema.iter_errors(result.out.encode("utf-8"))]
        assert errors == [], errors
    # the schema does reject what it should: the `file` attribute main used to write
    bad = result.out.replace('classname="annotate.validate"',
                             'classname="annotate.validate" file="x"')
    assert not schema.is_valid(bad.encode("utf-8"))


# --- SARIF, by Microsoft's multitool -----------------------------------------------------

NODE_DIR = ROOT / "tests" / ".node"


def multitool() -> str | None:
    """The multitool's binary under tests/.node (installed by .ci/run), or None."""
    node = shutil.which("node")
    if node is None or not (NODE_DIR / "node_modules" / "@microsoft" / "sarif-multitool").is_dir():
        return None
    found = subprocess.run([node, "-e", "console.log(require('@microsoft/sarif-multitool'))"],
                           cwd=NODE_DIR, capture_output=True, text=True)
    binary = found.stdout.strip()
    return binary if found.returncode == 0 and Path(binary).is_file() else None


@pytest.mark.slow
def test_sarif_multitool_finds_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    binary = multitool()
    if binary is None:
        pytest.skip("the SARIF multitool is not installed under tests/.node (.ci/run installs "
                    "it with npm when node and npm are present)")
    odd = tmp_path / "repo"
    odd.mkdir()
    for name in ("a b.ann.yaml", "c#d.ann.yaml", "e?f%20.ann.yaml",
                 os.fsdecode(b"caf\xe9.ann.yaml")):
        (odd / name).write_text("schema_version: 1\n", "utf-8")
    shutil.copytree(ROOT / "tests" / "data" / "invalid", odd / "invalid")
    monkeypatch.chdir(odd)
    result = run_cli("validate", ".", "--format", "sarif")
    assert result.code == 1, result
    log = tmp_path / "annotate.sarif"
    log.write_text(result.out, "utf-8")
    report = tmp_path / "multitool.sarif"
    proc = subprocess.run([binary, "validate", "--rule-kind", "Sarif;Gh", str(log),
                           "--output", str(report)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    findings = json.loads(report.read_text("utf-8"))["runs"][0]["results"]
    assert [(f["ruleId"], f["message"]) for f in findings] == []
    # and it does report what main wrote: a rule whose name is its id, no help
    doc = json.loads(result.out)
    rule = doc["runs"][0]["tool"]["driver"]["rules"][0]
    rule["name"] = rule["id"]
    del rule["help"]
    log.write_text(json.dumps(doc), "utf-8")
    report.unlink()
    subprocess.run([binary, "validate", "--rule-kind", "Sarif;Gh", str(log),
                    "--output", str(report)], capture_output=True, text=True)
    found = {f["ruleId"] for f in json.loads(report.read_text("utf-8"))["runs"][0]["results"]}
    assert {"SARIF1001", "GH2012"} <= found
