from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SAMPLE_ARTICLE, SAMPLE_SIDECAR

from annotate import article, sidecar
from annotate.errors import AnnotateError
from annotate.model import (
    Actor,
    Annotations,
    Claim,
    Document,
    Event,
    Participant,
    Span,
    slugify,
)


def small() -> Annotations:
    text = "Mayor Ines Duarte said the wall cost 2 million."
    ann = Annotations(Document("a.txt", "0" * 64, len(text), None))
    ann.actors.append(Actor("duarte", "Ines Duarte", "person", ["Duarte"],
                            [Span.at(text, 6, 17)]))
    ann.events.append(Event("said", "statement", Span.at(text, 18, 22),
                            [Participant("duarte", "speaker")]))
    ann.claims.append(Claim("cost", Span.at(text, 23, 46), "quantity", "duarte",
                            cue=Span.at(text, 18, 22), about=["said", "duarte"]))
    return ann


def test_span_at_stores_text_and_context() -> None:
    text = "x" * 40 + "HELLO" + "y" * 40
    span = Span.at(text, 40, 45)
    assert (span.text, span.prefix, span.suffix) == ("HELLO", "x" * 32, "y" * 32)
    assert Span.at(text, 40, 45, context=False).prefix is None
    assert Span.at("abc", 0, 3).prefix == ""
    for start, end in [(-1, 2), (2, 2), (3, 2), (0, 4)]:
        with pytest.raises(ValueError, match="outside the article"):
            Span.at("abc", start, end)


def test_span_dict_leaves_out_what_is_unset() -> None:
    assert Span(1, 2, "x").to_dict() == {"start": 1, "end": 2, "text": "x"}
    full = Span(1, 2, "x", "", "y", orphaned=True)
    assert list(full.to_dict()) == ["start", "end", "text", "prefix", "suffix", "orphaned"]
    assert Span.from_dict(full.to_dict()) == full


def test_canonical_key_order_comes_from_the_model() -> None:
    data = small().to_dict()
    assert list(data) == ["schema_version", "document", "annotators", "actors", "events",
                          "claims"]
    assert list(data["document"]) == ["path", "sha256", "length", "title", "language"]
    assert list(data["actors"][0]) == ["id", "name", "type", "aliases", "mentions"]
    assert list(data["events"][0]) == ["id", "type", "trigger", "participants", "factuality"]
    assert list(data["claims"][0]) == ["id", "span", "claimant", "cue", "kind", "checkworthy",
                                       "verdict", "about"]


def test_from_dict_inverts_to_dict() -> None:
    ann = small()
    assert Annotations.from_dict(ann.to_dict()) == ann


def test_items_spans_get_and_references() -> None:
    ann = small()
    assert [(s, i, item.id) for s, i, item in ann.items()] == [
        ("actors", 0, "duarte"), ("events", 0, "said"), ("claims", 0, "cost")]
    assert [path for path, _ in ann.spans()] == [
        ("actors", 0, "mentions", 0), ("events", 0, "trigger"), ("claims", 0, "span"),
        ("claims", 0, "cue")]
    assert ann.get("said") is ann.events[0] and ann.get("nope") is None
    assert ann.references_to("duarte") == ["said", "cost"]
    assert ann.references_to("said") == ["cost"]


def test_new_id_is_readable_and_unique() -> None:
    ann = small()
    assert ann.new_id("Ines Duarte") == "ines-duarte"
    ann.actors.append(Actor("ines-duarte", "Ines Duarte", "person"))
    assert ann.new_id("Ines Duarte") == "ines-duarte-2"
    assert ann.new_id("!!!") == "item"


@pytest.mark.parametrize(("text", "slug"), [
    ("Vladimir Putin", "vladimir-putin"), ("Zoë Ðoković", "zoe-dokovic"),
    ("Ørsted", "orsted"), ("Łódź", "lodz"), ("Straße", "strasse"), ("Владимир Путин",
    "vladimir-putin"), ("Αλέξης Τσίπρας", "alexis-tsipras"), ("習近平", "xijinping"),
    ("the U.N. Security Council votes", "the-u-n-security"), ("", ""),
    ("Netanyahu\u2029agreed", "netanyahu-agreed"), ("Gaza—Israel talks", "gaza-israel-talks"),
    # cut after four words, not after one that leads on to the next
    ("U.S. Food and Drug Administration", "u-s-food"),
    ("Department of Health and Human Services", "department-of-health")])
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_a_slug_is_cut_between_words_never_inside_one() -> None:
    text = "In a recent conversation with Israeli Prime Minister"
    assert slugify(text, 40) == "in-a-recent-conversation-with-israeli"  # not "...-israeli-pr"
    assert slugify("Supercalifragilisticexpialidocious", 1, 10) == "supercalif"


# --- sidecar -----------------------------------------------------------------

def test_path_for() -> None:
    assert sidecar.path_for(Path("d/story.txt")) == Path("d/story.ann.yaml")
    assert sidecar.path_for(Path("d/story.md"), "alice") == Path("d/story.alice.ann.yaml")
    assert sidecar.is_sidecar(Path("x.alice.ann.yaml")) and not sidecar.is_sidecar(Path("x.yaml"))


def test_new_records_the_document(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()  # one project: the article may be in another folder of it
    (tmp_path / "texts").mkdir()
    source = Path(shutil.copy(SAMPLE_ARTICLE, tmp_path / "texts"))
    art = article.load(source)
    (tmp_path / "out").mkdir()
    ann = sidecar.new(art, tmp_path / "out" / "story.ann.yaml", "alice")
    assert ann.document.path == "../texts/putin-netanyahu-call.txt"  # relative to the sidecar
    assert (tmp_path / "out" / ann.document.path).resolve() == source.resolve()
    assert (ann.document.sha256, ann.document.length) == (art.sha256, art.length)
    assert ann.document.title == art.title
    assert [a.id for a in ann.annotators] == ["alice"]


def test_sample_is_canonical_and_round_trips(tmp_path: Path) -> None:
    ann = sidecar.load(SAMPLE_SIDECAR)
    assert sidecar.dumps(ann) == SAMPLE_SIDECAR.read_text("utf-8")
    copy = tmp_path / "copy.ann.yaml"
    sidecar.save(copy, ann)
    assert sidecar.load(copy) == ann
    assert copy.read_bytes() == SAMPLE_SIDECAR.read_bytes()


def test_hand_edited_sidecar_reads_back(tmp_path: Path) -> None:
    """A person fixes a note in an editor, with comments and their own quoting."""
    path = tmp_path / "x.ann.yaml"
    text = SAMPLE_SIDECAR.read_text("utf-8").replace(
        "claims:\n", "# checked by hand, 2024-03-01\nclaims:   # the claims\n", 1)
    path.write_text(text, "utf-8")
    assert sidecar.load(path) == sidecar.load(SAMPLE_SIDECAR)


def test_load_errors_name_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "x.ann.yaml"
    path.write_text(sidecar.dumps(small()).replace("kind: quantity\n", "kind: 3\n"))
    with pytest.raises(AnnotateError) as info:
        sidecar.load(path)
    assert info.value.message == "3 is not of type 'string' at $.claims[0].kind"
    assert (info.value.line, info.value.column) == (28, 9)
    path.write_text("")
    with pytest.raises(AnnotateError, match="sidecar is empty"):
        sidecar.load(path)
    with pytest.raises(AnnotateError, match="sidecar not found"):
        sidecar.load(tmp_path / "nope.ann.yaml")
    path.write_bytes(b"schema_version: 1\nnote: caf\xe9\n")
    with pytest.raises(AnnotateError) as info:
        sidecar.load(path)
    assert (info.value.message, info.value.line, info.value.column) == (
        "is not valid UTF-8 (byte 0xe9 cannot be decoded); save the sidecar as UTF-8 (from "
        "Windows or Latin-1: `iconv -f CP1252 -t UTF-8`)", 2, 10)


def test_json_path() -> None:
    assert sidecar.json_path(()) == "$"
    assert sidecar.json_path(("claims", 2, "span", "text")) == "$.claims[2].span.text"


def test_version_1_stays_1_until_a_version_2_field_is_used(tmp_path: Path) -> None:
    from annotate import schema, store

    path = tmp_path / "a.ann.yaml"
    path.write_bytes(SAMPLE_SIDECAR.read_bytes())
    ann = sidecar.load(path)
    assert ann.schema_version == 1
    assert store.Saver(path).dumps(ann) == SAMPLE_SIDECAR.read_text("utf-8")  # same bytes
    ann.claims[0].recheck = ann.claims[0].span.text + " (before)"
    ann.claims[0].reviewed = "2026-11-30"
    ann.document.publisher = "Example News"
    ann.document.authors = ["A. Writer", "B. Writer"]
    ann.rejected = ["actor:someone"]
    data = ann.to_dict()
    assert data["schema_version"] == 2 and list(data)[-1] == "rejected"
    assert list(data["document"])[-2:] == ["publisher", "authors"]
    keys = list(data["claims"][0])
    assert keys[keys.index("verdict"):][:3] == ["verdict", "recheck", "reviewed"]
    assert list(schema.errors(data)) == []
    text = store.Saver(path).dumps(ann)
    assert text == sidecar.dumps(ann)
    path.write_text(text, "utf-8")
    assert sidecar.load(path).to_dict() == data
    new = sidecar.new(article.load(SAMPLE_ARTICLE), SAMPLE_ARTICLE.with_name("b.ann.yaml"))
    assert new.to_dict()["schema_version"] == 2
