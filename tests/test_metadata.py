"""The article's metadata: `annotate edit ARTICLE document --FIELD VALUE`, the publisher in
annotate.yaml, and the question `annotate tag` asks once when a review will need it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import run_cli

from annotate import config, metadata, sidecar
from annotate.errors import AnnotateError
from annotate.model import Evidence

ARTICLE = "putin-netanyahu-call.txt"
SIDE = "putin-netanyahu-call.ann.yaml"


def test_edit_document_sets_and_clears_metadata(sample_dir: Path) -> None:
    article = sample_dir / ARTICLE
    result = run_cli("edit", article, "document", "--url", "https://news.example/a?b=1",
                     "--publisher", "Example News", "--author", "Jane Doe", "--author",
                     "John Roe", "--published", "2023-10-17", "--language", "en-GB")
    assert result.code == 0, result
    doc = sidecar.load(sample_dir / SIDE).document
    assert (doc.url, doc.publisher, doc.authors, doc.published, doc.language) == (
        "https://news.example/a?b=1", "Example News", ["Jane Doe", "John Roe"], "2023-10-17",
        "en-GB")
    text = (sample_dir / SIDE).read_text("utf-8")
    assert text.startswith("schema_version: 2\n")  # publisher and authors are version 2 fields
    assert "  authors: [Jane Doe, John Roe]\n" in text
    assert run_cli("edit", article, "document", "--publisher", "none", "--author", "none",
                   "--url", "none").code == 0
    doc = sidecar.load(sample_dir / SIDE).document
    assert (doc.url, doc.publisher, doc.authors, doc.published) == (None, None, [], "2023-10-17")
    assert run_cli("validate", sample_dir).code == 0


def test_edit_document_says_what_it_cleared_and_refuses_an_empty_author(
        sample_dir: Path) -> None:
    """`--author ""` (an unset shell variable) emptied the bylines in silence ("edited
    document: author"), where an annotation's list field refuses an empty value; a field
    cleared is said as it is for an annotation ("→ none")."""
    article = sample_dir / ARTICLE
    assert run_cli("edit", article, "document", "--author", "Jane Doe").code == 0
    before = (sample_dir / SIDE).read_bytes()
    result = run_cli("edit", article, "document", "--author", "")
    assert (result.code, result.err) == (1, f"annotate: {sample_dir / SIDE}: --author was "
                                         "given an empty value; to clear the list, give "
                                         "--author none\n")
    assert (sample_dir / SIDE).read_bytes() == before
    result = run_cli("edit", article, "document", "--title", "", "--author", "none")
    assert result.code == 0, result
    assert result.err == ("annotate: edited document: title: 'Putin Pushes For De-Escalation "
                          "In Conversation With Netanya…' → none; authors: dropped "
                          "'Jane Doe'\n")


@pytest.mark.parametrize(("args", "message"), [
    (("--url", "javascript:alert(1)"), "url 'javascript:alert(1)' is not an http(s) URL"),
    (("--url", "news.example/a"), "url 'news.example/a' is not an http(s) URL"),
    (("--published", "17/10/2023"), "published '17/10/2023' is not an ISO 8601 date (YYYY-MM-DD) "
                                     "or date-time (YYYY-MM-DDThh:mm:ssZ)"),
    (("--retrieved", "yesterday"), "retrieved 'yesterday' is not an ISO 8601 date (YYYY-MM-DD) "
                                   "or date-time (YYYY-MM-DDThh:mm:ssZ)"),
    (("--language", "English"), "language 'English' is not a language tag such as en or pt-BR"),
    (("--kind", "quote"), "the document has no field 'kind'; fields: url, publisher, author, "
                          "published, title, language, retrieved"),
])
def test_bad_document_values_are_one_sentence_and_change_nothing(
        sample_dir: Path, args: tuple[str, ...], message: str) -> None:
    before = (sample_dir / SIDE).read_bytes()
    result = run_cli("edit", sample_dir / ARTICLE, "document", *args)
    assert result.code == 1
    assert result.err == f"annotate: {sample_dir / SIDE}: {message}\n"
    assert (sample_dir / SIDE).read_bytes() == before


@pytest.mark.parametrize("command", [
    ("edit", "{article}", "iran-funds-hamas"),
    ("add", "claim", "{article}", "--text", "Vladimir Putin", "--kind", "factual"),
])
@pytest.mark.parametrize("url", ["not checked", "javascript:alert(1)", "report.pdf",
                                 "https://"])
def test_evidence_that_is_no_web_address_is_refused_and_changes_nothing(
        sample_dir: Path, command: tuple[str, ...], url: str) -> None:
    """--evidence ("An evidence URL") took any string in silence, as --review-url never
    did; a claim's evidence the sidecar already has is kept as it is."""
    before = (sample_dir / SIDE).read_bytes()
    args = [a.format(article=sample_dir / ARTICLE) for a in command]
    result = run_cli(*args, "--evidence", "https://example.org/a", "--evidence", url)
    assert (result.code, result.err) == (
        1, f"annotate: {sample_dir / SIDE}: evidence {url!r} is not an http(s) URL\n")
    assert (sample_dir / SIDE).read_bytes() == before


def test_evidence_the_claim_has_keeps_its_note_when_listed_again(sample_dir: Path) -> None:
    side = sample_dir / SIDE
    ann = sidecar.load(side)
    ann.claims[0].evidence = [Evidence("file:notes.txt", "the reporter's notes")]
    sidecar.save(side, ann)
    claim = ann.claims[0].id
    result = run_cli("edit", sample_dir / ARTICLE, claim, "--evidence", "file:notes.txt",
                     "--evidence", "https://example.org/b")
    assert result.code == 0, result
    assert [(e.url, e.note) for e in sidecar.load(side).claims[0].evidence] == [
        ("file:notes.txt", "the reporter's notes"), ("https://example.org/b", "")]


def test_document_is_a_reserved_id(sample_dir: Path) -> None:
    result = run_cli("add", "actor", sample_dir / ARTICLE, "--name", "Putin", "--type", "person",
                     "--id", "document")
    assert result.code == 1
    assert "id 'document' is reserved" in result.err


def test_question_is_due_only_with_a_verdict_only_when_missing_and_only_once() -> None:
    ann = sidecar.load(Path(__file__).parent.parent / "samples" / SIDE)
    unreviewed = replace(ann, claims=[replace(c, verdict=None) for c in ann.claims])
    assert metadata.due(unreviewed) is None  # no verdict yet: nothing needs the URL
    only_unverified = replace(ann, claims=[replace(c, verdict="unverified") for c in ann.claims])
    assert metadata.due(only_unverified) is None
    question = metadata.due(ann)
    assert question is not None and question.field == "url"
    assert metadata.due(ann, asked={"url"}).field == "publisher"  # type: ignore[union-attr]
    assert metadata.due(ann, asked={"url", "publisher"}) is None
    answered = metadata.answer(ann, question, " https://news.example/story ")
    assert answered.document.url == "https://news.example/story"
    assert ann.document.url is None  # the input is never mutated
    assert metadata.due(answered).field == "publisher"  # type: ignore[union-attr]
    assert metadata.answer(ann, question, "  ") is ann  # Enter skips
    with pytest.raises(AnnotateError, match="is not an http"):
        metadata.answer(ann, question, "not a url")
    full = metadata.edit(answered, {"publisher": ["Example News"]})
    assert metadata.due(full) is None


def test_publisher_in_the_project_config(tmp_path: Path) -> None:
    (tmp_path / "annotate.yaml").write_text(
        "publisher: {name: Harbour Fact Check, url: 'https://factcheck.example'}\n")
    inv = config.for_path(tmp_path / "x.ann.yaml")
    assert inv.publisher == config.Publisher("Harbour Fact Check", "https://factcheck.example")
    assert inv.actor_types == config.default().actor_types  # the inventory stays built in
    assert config.default().publisher is None


@pytest.mark.parametrize(("text", "message"), [
    ("publisher: Harbour\n", "1:12: bad inventory: 'publisher' needs a 'name' (and may give "
                             "'url' and 'logo')"),
    ("publisher: {name: H, phone: 1}\n", "1:12: bad inventory: 'publisher' has no key 'phone' "
                                         "(keys: name, url, logo)"),
    ("publisher: {name: H, url: 'ftp://h'}\n", "1:27: bad inventory: publisher 'url' must be an "
                                               "http(s) URL"),
])
def test_bad_publisher_is_a_config_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "annotate.yaml").write_text(text)
    with pytest.raises(config.UsageError) as err:
        config.for_path(tmp_path / "x.ann.yaml")
    assert str(err.value) == f"{(tmp_path / 'annotate.yaml').resolve()}:{message}"


def test_validate_refuses_document_values_edit_would_refuse(sample_dir: Path) -> None:
    """A URL and dates of the right shape only ('javascript:', '2024-13-45') reached the
    ClaimReview and W3C exports through a validate that passed them."""
    path = sample_dir / SIDE
    path.write_text(path.read_text("utf-8").replace(
        "  language: en\n", "  language: en\n  url: 'javascript:alert(1)'\n"
        "  published: 2024-13-45\n  retrieved: 2024-02-30T10:00:00Z\n"), "utf-8")
    result = run_cli("validate", path)
    assert result.code == 1
    assert "document url 'javascript:alert(1)' is not an http(s) URL ($.document.url" \
        in result.out
    assert "document published '2024-13-45' is not an ISO 8601" in result.out
    assert "document retrieved '2024-02-30T10:00:00Z' is not an ISO 8601" in result.out
