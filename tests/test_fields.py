"""Every field of the one field table works in `annotate edit` and in the session's `edit`,
with the same result; the help and the options come from the table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE_ARTICLE, run_cli

from annotate import article, config, sidecar
from annotate.editing import fields
from annotate.tag import complete, session
from annotate.tag.view import help_text

ART = article.load(SAMPLE_ARTICLE)
CLAIM = "us-voted-against"  # "The United States was among the nations that voted to ..."
Check = Callable[[Any], bool]

# (field, annotation, values as typed, what the annotation must then say)
CASES: list[tuple[str, str, list[str], Check]] = [
    ("id", "putin", ["vladimir-putin"], lambda i: i.id == "vladimir-putin"),
    ("name", "putin", ["V. V. Putin"], lambda i: i.name == "V. V. Putin"),
    ("type", "putin", ["group"], lambda i: i.type == "group"),
    ("type", "call", ["statement"], lambda i: i.type == "statement"),
    ("alias", "putin", ["Vova", "VVP"], lambda i: i.aliases == ["Vova", "VVP"]),
    ("mention", "putin", ["Vladimir Putin"],
     lambda i: [m.text for m in i.mentions] == ["Vladimir Putin"]),
    ("trigger", "call", ["s3 conversation"], lambda i: i.trigger.text == "conversation"),
    ("participant", "call", ["netanyahu:speaker"],
     lambda i: [(p.actor, p.role) for p in i.participants] == [("netanyahu", "speaker")]),
    ("factuality", "call", ["reported"], lambda i: i.factuality == "reported"),
    ("time", "call", ["last week"], lambda i: i.time == "last week"),
    ("place", "call", ["by telephone"], lambda i: i.place == "by telephone"),
    ("text", CLAIM, ["s6 voted to reject Russia’s call"],
     lambda i: i.span.text == "voted to reject Russia’s call"),
    ("kind", CLAIM, ["quantity"], lambda i: i.kind == "quantity"),
    ("claimant", CLAIM, ["Putin"], lambda i: i.claimant == "putin"),  # a name works too
    ("claimant", "us-policies-blamed", ["none"], lambda i: i.claimant is None),
    ("cue", CLAIM, ["voted"], lambda i: i.cue.text == "voted" and i.cue.start > 953),
    ("checkworthy", CLAIM, ["no"], lambda i: i.checkworthy is False),
    ("verdict", CLAIM, ["misleading"], lambda i: i.verdict == "misleading"),
    ("verdict", CLAIM, ["none"], lambda i: i.verdict is None),
    ("evidence", CLAIM, ["https://example.org/a", "https://example.org/b"],
     lambda i: [e.url for e in i.evidence] == ["https://example.org/a", "https://example.org/b"]),
    ("about", CLAIM, ["call", "putin"], lambda i: i.about == ["call", "putin"]),
    ("reviewed", CLAIM, ["2023-10-17"], lambda i: i.reviewed == "2023-10-17"),
    ("review-url", CLAIM, ["https://example.org/checks/1"],
     lambda i: i.review_url == "https://example.org/checks/1"),
    ("recheck", CLAIM, ["none"], lambda i: i.recheck is None and i.verdict == "correct"),
    ("note", "call", ["checked twice"], lambda i: i.note == "checked twice"),
    ("url", "document", ["https://news.example/a"], lambda d: d.url == "https://news.example/a"),
    ("publisher", "document", ["Example News"], lambda d: d.publisher == "Example News"),
    ("author", "document", ["A. Writer", "B. Writer"],
     lambda d: d.authors == ["A. Writer", "B. Writer"]),
    ("published", "document", ["2023-10-17"], lambda d: d.published == "2023-10-17"),
    ("title", "document", ["A new headline"], lambda d: d.title == "A new headline"),
    ("language", "document", ["en-GB"], lambda d: d.language == "en-GB"),
    ("retrieved", "document", ["2023-10-18T09:00:00Z"],
     lambda d: d.retrieved == "2023-10-18T09:00:00Z"),
]


def test_every_field_and_section_of_the_table_has_a_case() -> None:
    covered = {(name, fields.DOCUMENT if target == fields.DOCUMENT else
                next(s for s, _, item in _sample().items() if item.id == target))
               for name, target, _, _ in CASES}
    wanted = {(f.name, s) for f in fields.FIELDS for s in f.sections}
    # A field every section has is tried on one of them (`id` and `note` on all below).
    wanted -= {("id", "events"), ("id", "claims"), ("note", "actors"), ("note", "claims")}
    assert wanted <= covered, wanted - covered


def _sample() -> Any:
    ann = sidecar.load(SAMPLE_ARTICLE.with_name("putin-netanyahu-call.ann.yaml"))
    claim = ann.get(CLAIM)
    assert claim is not None
    claim.recheck = "The United States was among the nations that voted against"  # type: ignore[union-attr]
    ann.schema_version = 2  # as read back from the file it is written to
    return ann


@pytest.fixture
def story(sample_dir: Path) -> Path:
    path = sample_dir / "putin-netanyahu-call.ann.yaml"
    path.write_text(sidecar.dumps(_sample()), "utf-8")
    return sample_dir / SAMPLE_ARTICLE.name


@pytest.mark.parametrize(("name", "target", "values", "check"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2][0]}" for c in CASES])
def test_a_field_set_by_annotate_edit_and_by_the_session(story: Path, name: str, target: str,
                                                         values: list[str], check: Check) -> None:
    args = [x for value in values for x in (f"--{name}", value)]
    result = run_cli("edit", story, target, *args)
    assert result.code == 0, result
    changed_id = values[0] if name == "id" else target
    assert result.out.strip() == changed_id
    assert result.err.startswith(f"annotate: edited {target}: ")  # says what changed
    by_cli = sidecar.load(sidecar.path_for(story))
    assert check(by_cli.document if target == fields.DOCUMENT else by_cli.get(changed_id))

    ctx = session.Context(ART, config.default())
    line = f"edit {target} " + " ".join(f'--{name} "{value}"' for value in values)
    by_session = session.apply(ctx, session.State(_sample()), line).ann
    assert sidecar.dumps(by_session) == sidecar.dumps(by_cli)


def test_a_field_of_another_section_or_no_field_at_all_is_refused(story: Path) -> None:
    wrong = run_cli("edit", story, "putin", "--kind", "quote")
    assert wrong.code == 1 and "actors have no field 'kind'; fields: id, name" in wrong.err
    unknown = run_cli("edit", story, "putin", "--colour", "red")
    assert unknown.code == 2 and "no field --colour;" in unknown.err
    typo = run_cli("edit", story, "putin", "--nmae", "Putin")
    assert typo.code == 2 and "no field --nmae (did you mean --name?);" in typo.err
    far = run_cli("edit", story, "putin", "--bogus", "x")  # ("did you mean --about?")
    assert far.code == 2 and "no field --bogus; Actors: --id --name --type" in far.err
    bad_date = run_cli("edit", story, CLAIM, "--reviewed", "yesterday")
    assert bad_date.code == 1 and "is not an ISO 8601 date (YYYY-MM-DD)" in bad_date.err
    recheck = run_cli("edit", story, CLAIM, "--recheck", "something")
    assert recheck.code == 1 and "--recheck takes only none" in recheck.err


def test_help_and_completion_come_from_the_table() -> None:
    edit_help = " ".join(run_cli("edit", "--help").out.split())
    session_help = help_text()
    ctx = session.Context(ART, config.default())
    ann = _sample()
    for field in fields.FIELDS:
        assert f"--{field.name}" in edit_help and f"--{field.name}" in session_help
        for section in field.sections:
            target = fields.DOCUMENT if section == fields.DOCUMENT else \
                next(i for s, _, i in ann.items() if s == section).id
            assert f"--{field.name}" in complete.command(ctx, ann, f"edit {target} --")


def test_the_help_names_each_document_field_none_clears(story: Path) -> None:
    """`edit --help` says which fields `none` clears: every one of the document's that it
    clears (the publisher and the title were left out), and not the language, which is
    always set."""
    named = fields.usage().split("`none` clears ")[1].rstrip(".").split(", ")
    assert run_cli("edit", story, fields.DOCUMENT, "--url", "https://news.example/a",
                   "--publisher", "Example News", "--published", "2023-10-17", "--title",
                   "A title", "--retrieved", "2023-10-18").code == 0
    for field in fields.FIELDS:
        if fields.DOCUMENT not in field.sections or field.many:
            continue
        result = run_cli("edit", story, fields.DOCUMENT, f"--{field.name}", "none")
        cleared = result.code == 0 and getattr(
            sidecar.load(sidecar.path_for(story)).document, field.name) is None
        assert cleared == (field.name in named), (field.name, result)


def test_edit_says_which_mentions_went_and_which_came(story: Path) -> None:
    result = run_cli("edit", story, "netanyahu", "--mention", "Benjamin Netanyahu",
                     "--mention", "Prime Minister Benjamin Netanyahu")
    assert result.code == 0, result
    # "Benjamin Netanyahu" lies inside the longer mention, so it goes too: all is said.
    assert result.err == (
        "annotate: edited netanyahu: mentions: dropped 'Netanyahu' (52-61), 'Benjamin "
        "Netanyahu' (326-344), 'Natanyahu' (740-749), 'Netanyahu' (1755-1764); added 'Prime "
        "Minister Benjamin Netanyahu' (311-344)\n")


def test_rm_with_cascade_lists_the_references_it_dropped(story: Path) -> None:
    result = run_cli("rm", story, "netanyahu", "--cascade")
    assert result.code == 0, result
    assert result.err.startswith("annotate: deleted netanyahu and dropped 2 references to "
                                 "it: participant netanyahu:addressee of call")
    one = run_cli("rm", story, "putin", "s4 Putin")
    assert one.code == 0, one
    assert "deleted 1 mention of putin: 'Putin' (" in one.err
    left = sidecar.load(sidecar.path_for(story)).get("putin")
    assert left is not None and len(left.mentions) == 7  # type: ignore[union-attr]
