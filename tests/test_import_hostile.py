"""Hostile and odd import files: one sentence naming the file, the line or item and the
field; silent changes reported per item, and refused with --strict (issue 12, D13-D14);
brat id generation linear (G28)."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE_ARTICLE, run_cli
from export_support import export, write_unicode_sample

from annotate import article as article_mod
from annotate import config, sidecar
from annotate.importers import IMPORTERS
from annotate.importers.build import build
from annotate.visible import count_phrase

TEXT = SAMPLE_ARTICLE.read_text("utf-8")


def _import(tmp_path: Path, fmt: str, name: str, content: str | bytes, *extra: object,
            article: Path | None = None) -> Any:
    if article is None:  # the sidecar is written beside its article
        article = tmp_path / SAMPLE_ARTICLE.name
        shutil.copy(SAMPLE_ARTICLE, article)
    source = tmp_path / name
    if isinstance(content, bytes):
        source.write_bytes(content)
    else:
        source.write_text(content, "utf-8")
    target = article.parent / "out.ann.yaml"
    result = run_cli("import", source, "--from", fmt, "--article", article, "--sidecar",
                     target, *extra)
    assert "Traceback" not in result.err and "internal error" not in result.err, result
    return result, source, target


def _task(result: Any, data: Any = None) -> list[dict[str, Any]]:
    return [{"data": {"text": TEXT} if data is None else data,
             "annotations": [{"result": result}]}]


REGION = {"id": "r1", "type": "labels",
          "value": {"start": 364, "end": 378, "text": "Vladimir Putin", "labels": ["person"]}}


def _region(**value: Any) -> dict[str, Any]:
    return {**REGION, "value": {**REGION["value"], **value}}


@pytest.mark.parametrize(("tasks", "message"), [
    (_task([_region(start=False)]),
     "task 1: annotations[0].result[0].value.start must be a whole number of 0 or more, "
     "not false"),
    (_task([_region(end="378")]),
     "task 1: annotations[0].result[0].value.end must be a whole number of 0 or more, "
     "not a string"),
    (_task([_region(start=364.0)]),
     "value.start must be a whole number of 0 or more, not the number 364.0"),
    # (-3 and 0.5 were "not a number")
    (_task([_region(start=-3)]),
     "value.start must be a whole number of 0 or more, not the number -3"),
    (_task([_region(end=377.5)]),
     "value.end must be a whole number of 0 or more, not the number 377.5"),
    (_task([_region(labels="person")]),
     "task 1: annotations[0].result[0].value.labels must be a list, not a string"),
    (_task([_region(labels=[5])]), "value.labels[0] must be a string, not a number"),
    (_task([_region(text=7)]), "value.text must be a string, not a number"),
    (_task([{**REGION, "value": [1, 2]}]), "result[0].value must be an object, not a list"),
    (_task([{**REGION, "id": {"x": 1}}]), "result[0].id must be a string or a whole number"),
    (_task({"id": 1}), "task 1: annotations[0].result must be a list, not an object"),
    (_task(["x", "y"]), "task 1: annotations[0].result[0] must be an object, not a string"),
    (_task([], data=[TEXT]), "task 1: data must be an object, not a list"),
    (_task([], data={"text": 5}), "task 1: data.text must be a string, not a number"),
    ([{"data": {"text": TEXT}, "annotations": {"result": []}}],
     "task 1: annotations must be a list, not an object"),
    ([{"data": {"text": TEXT}, "annotations": ["x"]}],
     "task 1: annotations[0] must be an object, not a string"),
    (["not a task"], "task 1: the task must be an object, not a string"),
    ("a string", "must be a Label Studio task or a list of tasks, not a string"),
    ([{"id": 1, "text": TEXT, "label": [{"start": 0, "end": 4, "labels": ["person"]}]}],
     "task 1 has no data: this is Label Studio's JSON-MIN export, which import does not read"),
    (_task([{"type": "relation", "from_id": None, "to_id": "r1", "labels": ["x"]}]),
     "result[0].from_id must be a string or a whole number, not null"),
])
def test_label_studio_wrong_shapes_are_one_sentence(tmp_path: Path, tasks: Any,
                                                     message: str) -> None:
    result, source, target = _import(tmp_path, "label-studio", "tasks.json", json.dumps(tasks))
    assert result.code == 1
    assert result.err.startswith(f"annotate: {source}: ")
    assert message in result.err and result.err.count("\n") == 1
    assert not target.exists()


@pytest.mark.parametrize(("name", "content", "message"), [
    ("deep.json", "[" * 100_000 + "]" * 100_000, "the JSON is nested too deeply to read"),
    ("huge.json", '[{"data": {"text": "x"}, "id": ' + "9" * 5000 + "}]",
     ":1: the number 99999999999999999999… is too large"),
])
def test_label_studio_deep_nesting_and_huge_numbers(tmp_path: Path, name: str, content: str,
                                                    message: str) -> None:
    result, _, target = _import(tmp_path, "label-studio", name, content)
    assert result.code == 1 and message in result.err, result
    assert not target.exists()


@pytest.mark.parametrize(("record", "message"), [
    ({"text": TEXT, "entities": [{"id": 1, "label": "person", "start_offset": True,
                                  "end_offset": 5}]},
     ":2: the record: entities[0].start_offset must be a whole number of 0 or more, not true"),
    ({"text": TEXT, "entities": {"id": 1}}, ":2: the record: entities must be a list"),
    ({"text": TEXT, "entities": [[0, 5, "person"]]},
     ":2: the record: entities[0] must be an object, not a list"),
    ({"text": TEXT, "entities": [{"id": 1, "label": ["person"], "start_offset": 0,
                                  "end_offset": 5}]},
     "entities[0].label must be a string, not a list"),
    ({"text": TEXT, "relations": [{"from_id": 1, "to_id": 2, "type": None}]},
     "relations[0].type must be a string, not null"),
])
def test_doccano_wrong_shapes_are_one_sentence(tmp_path: Path, record: dict[str, Any],
                                               message: str) -> None:
    content = json.dumps({"text": "another article"}) + "\n" + json.dumps(record) + "\n"
    result, source, target = _import(tmp_path, "doccano", "in.jsonl", content)
    assert result.code == 1
    assert result.err.startswith(f"annotate: {source}") and message in result.err, result
    assert not target.exists()


def test_doccano_label_lists_are_read_not_dropped(tmp_path: Path) -> None:
    """doccano's sequence-labelling JSONL without relations holds `label: [[start, end,
    TAG]]`; it was read as no annotations at all (an empty sidecar, exit 0, even with
    --strict)."""
    record = {"text": TEXT, "label": [[364, 378, "person"], [0, 5, "person"]]}
    result, _, target = _import(tmp_path, "doccano", "in.jsonl", json.dumps(record) + "\n",
                                "--strict")
    assert result.code == 0, result
    mentions = [(m.start, m.end) for actor in sidecar.load(target).actors
                for m in actor.mentions]
    assert sorted(mentions) == [(0, 5), (364, 378)]


@pytest.mark.parametrize(("labels", "message"), [
    ([[True, 5, "person"]], "label[0][0] must be a whole number of 0 or more, not true"),
    ([[0, 5]], "label[0] must be [start, end, label], not a list of 2"),
    ({"a": 1}, "label must be a list, not an object"),
    ([[0, 5, 7]], "label[0][2] must be a string, not a number"),
])
def test_doccano_bad_label_lists_are_one_sentence(tmp_path: Path, labels: Any,
                                                  message: str) -> None:
    content = json.dumps({"text": TEXT, "label": labels}) + "\n"
    result, source, target = _import(tmp_path, "doccano", "in.jsonl", content)
    assert result.code == 1
    assert result.err == f"annotate: {source}:1: the record: {message}\n", result
    assert not target.exists()


@pytest.mark.parametrize(("line", "message"), [
    ('{"text": "x", "n": ' + "[" * 100_000 + "]" * 100_000 + "}",
     ":1: the JSON is nested too deeply to read"),
    ('{"text": "x", "n": ' + "9" * 5000 + "}", ":1: the number 99999999999999999999… is too "),
    ("[1, 2]", ":1: each line must be a JSON object, not a list"),
])
def test_doccano_deep_nesting_huge_numbers_and_non_objects(tmp_path: Path, line: str,
                                                           message: str) -> None:
    result, _, target = _import(tmp_path, "doccano", "in.jsonl", line + "\n")
    assert result.code == 1 and message in result.err, result
    assert not target.exists()


def test_a_jsonl_line_holding_u2028_is_one_record(tmp_path: Path) -> None:
    # JSON Lines end at LF only: a U+2028 inside a string is text, not a line break.
    record = {"text": TEXT, "entities": [], "note": "a\u2028b\x0cc"}
    result, _, target = _import(tmp_path, "doccano", "in.jsonl",
                                json.dumps(record, ensure_ascii=False) + "\n")
    assert result.code == 0, result


# -- D14: silent changes become reported ones -------------------------------------------

def test_label_studio_second_annotation_and_duplicate_region_are_reported(
        tmp_path: Path) -> None:
    """Two people's annotations on one task: the first is imported and the rest named, not
    dropped in silence; a second region with an id already read is reported, the first kept."""
    other = _region(start=326, end=344, text="Benjamin Netanyahu")
    tasks = [{"data": {"text": TEXT}, "annotations": [
        {"result": [REGION, other]}, {"result": [_region(start=0, end=5, text=TEXT[:5])]}]}]
    result, source, target = _import(tmp_path, "label-studio", "t.json", json.dumps(tasks))
    assert result.code == 0, result
    assert f"annotate: {source}: task 1: 2 annotations; only annotations[0] is imported (one " \
        "sidecar holds one person's annotations)" in result.err
    assert f"annotate: {source}: task 1, region 'r1': a second region with this id (dropped; " \
        "the first is kept)" in result.err
    assert [m.text for a in sidecar.load(target).actors for m in a.mentions] == \
        ["Vladimir Putin"]
    assert run_cli("import", source, "--from", "label-studio", "--article", target.parent /
                   SAMPLE_ARTICLE.name, "--sidecar", target, "--force", "--strict").code == 1


def test_doccano_duplicate_entity_id_is_reported_and_the_first_kept(tmp_path: Path) -> None:
    record = {"text": TEXT, "entities": [
        {"id": 7, "start_offset": 364, "end_offset": 378, "label": "person"},
        {"id": 7, "start_offset": 326, "end_offset": 344, "label": "person"}]}
    result, source, target = _import(tmp_path, "doccano", "d.jsonl", json.dumps(record))
    assert result.code == 0, result
    assert f"annotate: {source}:1: entities[1]: a second entity with id '7' (dropped; the " \
        "first is kept)" in result.err
    assert [m.text for a in sidecar.load(target).actors for m in a.mentions] == \
        ["Vladimir Putin"]


def test_doccano_offsets_are_utf16_code_units(tmp_path: Path) -> None:
    """As doccano's annotator saves them (doccano/doccano#2290): after an emoji, a span's
    offsets count it twice; one that cuts an emoji in half is reported and dropped."""
    article = tmp_path / "emoji.txt"
    article.write_text("\U0001F525 Fire: Mayor Ana Lima spoke.\n", "utf-8")
    record = {"text": article.read_text("utf-8"), "entities": [
        {"id": 1, "start_offset": 15, "end_offset": 23, "label": "person"},  # Ana Lima
        {"id": 2, "start_offset": 1, "end_offset": 7, "label": "person"}]}  # half the emoji
    result, source, target = _import(tmp_path, "doccano", "d.jsonl", json.dumps(record),
                                     article=article)
    assert result.code == 0, result
    assert f"annotate: {source}:1: entities[1]: offsets 1-7 fall inside a character (half " \
        "of an emoji, in UTF-16 code units) (dropped)" in result.err
    assert [(m.start, m.end, m.text) for a in sidecar.load(target).actors
            for m in a.mentions] == [(14, 22, "Ana Lima")]


def test_a_second_record_or_task_with_the_article_s_text_is_named(tmp_path: Path) -> None:
    """Two annotators' copies of one document: the first is imported, the others named."""
    records = [{"text": TEXT, "entities": [{"id": 1, "start_offset": 364, "end_offset": 378,
                                            "label": "person"}]}, {"text": "other"},
               {"text": TEXT, "entities": []}]
    result, source, _ = _import(tmp_path, "doccano", "d.jsonl",
                                "\n".join(json.dumps(r) for r in records))
    assert result.code == 0, result
    assert f"annotate: {source}:1: the record: the article's text is also on line(s) 3; " \
        "only this record is imported" in result.err
    tasks = _task([REGION]) + _task([])
    result, source, _ = _import(tmp_path, "label-studio", "t.json", json.dumps(tasks),
                                "--force")
    assert result.code == 0, result
    assert f"annotate: {source}: task 1: the article's text is also in task(s) 2; only this " \
        "one is imported" in result.err


@pytest.mark.parametrize(("fmt", "name", "content", "where"), [
    ("doccano", "d.jsonl", '{"text": %s, "entities": [], "entities": []}', ":1"),
    ("label-studio", "t.json", '[{"data": {"text": %s}, "annotations": [{"result": []}], '
     '"annotations": [{"result": []}]}]', ""),
])
def test_a_key_given_twice_is_refused_not_read_as_the_last(
        tmp_path: Path, fmt: str, name: str, content: str, where: str) -> None:
    result, source, target = _import(tmp_path, fmt, name, content % json.dumps(TEXT))
    assert result.code == 1 and not target.exists()
    key = "entities" if fmt == "doccano" else "annotations"
    assert result.err == f"annotate: {source}{where}: the key {key!r} appears twice in one " \
        "object (JSON readers keep one of them; remove the other)\n"


def _brat(tmp_path: Path, lines: list[str], *extra: object) -> Any:
    return _import(tmp_path, "brat", "story.ann", "".join(f"{x}\n" for x in lines), *extra)


def test_brat_discontinuous_span_with_text_in_the_gap_is_reported(tmp_path: Path) -> None:
    # "Vladimir" at 364 and a later "Netanyahu": one T with two far-apart fragments.
    start = TEXT.index("Netanyahu", 400)
    lines = [f"T1\tperson 364 372;{start} {start + 9}\tVladimir Netanyahu",
             "T2\tperson 364 378\tVladimir Putin"]
    result, source, target = _brat(tmp_path, lines)
    assert result.code == 0, result
    assert (f"annotate: {source}:1: T1: discontinuous span 364 372;{start} {start + 9} "
            f"imported as one span 364-{start + 9}, taking in the text between its fragments"
            ) in result.err
    strict, _, _ = _brat(tmp_path, lines, "--strict", "--force")
    assert strict.code == 1 and "not written: --strict, and 1 item was changed, dropped or not " \
        "mapped (listed above)" in strict.err


def test_brat_a_second_line_with_an_id_is_reported_and_the_first_kept(tmp_path: Path) -> None:
    """A duplicate T or E id: the first stays (it used to be overwritten silently); a byte
    order mark before the first line is no part of its id."""
    lines = ["\ufeffT1\tperson 364 378\tVladimir Putin", "T1\tperson 0 5\tPutin",
             "T2\tcommunication 285 297\tconversation", "E1\tcommunication:T2",
             "E1\tcommunication:T2 speaker:T1"]
    result, source, target = _brat(tmp_path, lines)
    assert result.code == 0, result
    assert f"annotate: {source}:2: T1: a second T1 (dropped; the first is kept)" in result.err
    assert f"annotate: {source}:5: E1: a second E1 (dropped; the first is kept)" in result.err
    ann = sidecar.load(target)
    assert [m.text for a in ann.actors for m in a.mentions] == ["Vladimir Putin"]
    assert len(ann.events) == 1 and ann.events[0].participants == []


def test_brat_relations_and_lines_of_no_kind_are_reported_in_words(tmp_path: Path) -> None:
    """A relation is counted by its type; a line whose id is no brat kind is named by its
    line (it was "1 h annotations")."""
    lines = ["T1\tperson 364 378\tVladimir Putin", "hello\tthere",
             "R1\tknows Arg1:T1 Arg2:T1", "*\tOverlap T1 T1"]
    result, source, target = _brat(tmp_path, lines)
    assert result.code == 0, result
    assert f"annotate: {source}:2: hello: no brat annotation id (T, E, R, A, M, N, # or *); " \
        "the line is dropped" in result.err
    assert "could not map 1 relation of type 'knows' (dropped)" in result.err
    assert "could not map 1 relation of type 'Overlap' (dropped)" in result.err
    assert len(sidecar.load(target).actors) == 1
    bibi = TEXT.index("Benjamin Netanyahu")
    lines = ["T1\tperson 364 378\tVladimir Putin",
             f"T2\tperson {bibi} {bibi + 18}\tBenjamin Netanyahu", "*\tAlias T1 T2"]
    result, _, target = _brat(tmp_path, lines, "--force")
    assert "could not map 1 relation of type 'Alias' (dropped)" in result.err
    assert len(sidecar.load(target).actors) == 2  # dropped, not applied as Equiv


def test_brat_second_event_on_a_trigger_second_claimant_and_self_about_are_reported(
        tmp_path: Path) -> None:
    """Two E lines on one trigger are two events: brat's annotator gives events of one
    type on one span a single T (server/src/annotator.py, __create_span: "reuse trigger
    if a matching one exists"); they were merged into one. A claim's second claimant or
    cue replaced the first, and a claim About itself was written so: both reported."""
    putin, bibi = TEXT.index("Vladimir Putin"), TEXT.index("Benjamin Netanyahu")
    talk = TEXT.index("conversation")
    lines = [f"T1\tperson {putin} {putin + 14}\tVladimir Putin",
             f"T2\tperson {bibi} {bibi + 18}\tBenjamin Netanyahu",
             f"T3\tcommunication {talk} {talk + 12}\tconversation",
             "E1\tcommunication:T3 speaker:T1", "E2\tcommunication:T3 addressee:T2",
             f"T4\tClaim {talk} {talk + 12}\tconversation",
             "E3\tClaim:T4 Claimant:T1 Claimant2:T2 About:E3", "A1\tKind E3 factual"]
    result, source, target = _brat(tmp_path, lines)
    assert result.code == 0, result
    assert "could not map 1 claim with a second claimant (the first kept)" in result.err
    assert "could not map 1 About link from a claim to itself (dropped)" in result.err
    ann = sidecar.load(target)
    assert sorted([(p.actor, p.role) for p in e.participants] for e in ann.events) == [
        [("benjamin-netanyahu", "addressee")], [("vladimir-putin", "speaker")]]
    assert {e.trigger.start for e in ann.events} == {talk}
    assert ann.claims[0].claimant == "vladimir-putin" and ann.claims[0].about == []


def test_brat_equiv_over_two_types_is_reported(tmp_path: Path) -> None:
    putin, russia = TEXT.index("Vladimir Putin"), TEXT.index("Russia")
    lines = [f"T1\tperson {putin} {putin + 14}\tVladimir Putin",
             f"T2\tcountry {russia} {russia + 6}\tRussia", "*\tEquiv T1 T2"]
    result, _, target = _brat(tmp_path, lines)
    assert result.code == 0, result
    assert "could not map 1 actor whose linked mentions have other types (typed as the first " \
        "mention)" in result.err
    assert [a.type for a in sidecar.load(target).actors] == ["country"]


def test_brat_kind_on_a_person_and_second_notes_and_references(tmp_path: Path) -> None:
    """Kind on a person's span made the person a claim; a second note, name or id of one
    database replaced the first; all in silence."""
    lines = ["T1\tperson 364 378\tVladimir Putin", "A1\tKind T1 quantity",
             "#1\tAnnotatorNotes T1\tfirst", "#2\tAnnotatorNotes T1\tsecond",
             "N1\tReference T1 Wikidata:Q7747\tVladimir Putin",
             "N2\tReference T1 Wikidata:Q1\tSomeone Else"]
    result, source, target = _brat(tmp_path, lines)
    assert result.code == 0, result
    assert "could not map 1 Kind attribute on a span that is no Claim (dropped)" in result.err
    assert f"annotate: {source}:6: N2: a second Wikidata reference or name for T1 (dropped; " \
        "the first is kept)" in result.err
    ann = sidecar.load(target)
    (actor,) = ann.actors
    assert ann.claims == [] and actor.type == "person" and actor.name == "Vladimir Putin"
    assert actor.external_ids == {"wikidata": "Q7747"} and actor.note == "first\nsecond"


def test_brat_fragments_split_at_a_line_break_join_silently(tmp_path: Path) -> None:
    gap = TEXT.index("\n\n")
    lines = [f"T1\tperson {gap - 5} {gap};{gap + 2} {gap + 6}\t"
             f"{TEXT[gap - 5:gap]} {TEXT[gap + 2:gap + 6]}"]
    result, _, target = _brat(tmp_path, lines, "--strict")
    assert result.code == 0, result
    assert sidecar.load(target).actors[0].mentions[0].text == TEXT[gap - 5:gap + 6]


def test_brat_text_disagreeing_with_the_article_is_reported_and_dropped(tmp_path: Path) -> None:
    lines = ["T1\tperson 364 378\tVladimir Poutine", "T2\tperson 326 344\tBenjamin Netanyahu"]
    result, source, target = _brat(tmp_path, lines)
    assert result.code == 0, result
    assert (f"annotate: {source}:1: T1: its text 'Vladimir Poutine' is not the article's "
            "'Vladimir Putin' at 364 378 (dropped)") in result.err
    assert [a.name for a in sidecar.load(target).actors] == ["Benjamin Netanyahu"]
    strict, _, _ = _brat(tmp_path, [*lines, "T3\tperson 0 5\tPoutine"], "--strict", "--force")
    assert strict.code == 1 and "not written: --strict, and 2 items were changed, dropped or " \
        "not mapped (listed above)" in strict.err
    assert sidecar.load(target).actors[0].name == "Benjamin Netanyahu"  # left as it was


@pytest.mark.parametrize(("records", "message"), [
    ([], "it has no records"),
    (["Another story."], "its one record does not have the text of the article"),
    (["Another story.", "A third story."], "none of its 2 records has the text of the article"),
])
def test_a_file_without_the_article_says_how_many_records_it_looked_at(
        tmp_path: Path, records: list[str], message: str) -> None:
    lines = "".join(json.dumps({"text": text, "label": []}) + "\n" for text in records)
    result, source, target = _import(tmp_path, "doccano", "in.jsonl", lines)
    assert result.code == 1 and result.err == f"annotate: {source}: {message}\n", result
    assert not target.exists()


@pytest.mark.parametrize(("line", "message"), [
    ("T1\tperson 364 " + "9" * 5000 + "\tx",
     ":1:15: 'T1' has an offset of 5000 digits, past the end of any article\n"),
    # (it was "'T1' is not a brat standoff line", which said neither what nor where)
    ("T1\tperson -3 5\tPutin", ":1:11: 'T1' has a negative offset (-3); brat offsets count "
     "characters from 0\n"),
    ("T1\tperson 364 378;-1 4\tx", ":1:19: 'T1' has a negative offset (-1)"),
    ("T1\tperson\tPutin", ":1:11: 'T1' has no offsets; a T line is `T1<TAB>TYPE START "
     "END<TAB>TEXT`\n"),
    ("T1\tperson 364 x\tPutin", ":1:11: 'T1' has offsets brat cannot read ('364 x')"),
    ("T1\tperson 378 364\tx", ":1: T1: fragments 378 364 are not in order (dropped)"),
    ("T1\tperson 0 999999\tx", ":1: T1: span 0-999999 runs past the end of the article"),
])
def test_brat_bad_offsets(tmp_path: Path, line: str, message: str) -> None:
    result, _, _ = _brat(tmp_path, [line])
    assert message in result.err, result


def test_label_studio_utf16_offsets_without_text_are_reported(tmp_path: Path) -> None:
    side = write_unicode_sample(tmp_path / "u")
    article = side.with_name("unicode-story.txt")
    text = article_mod.load(article).text
    start = text.index("María")
    tasks = [{"data": {"text": text}, "annotations": [{"result": [
        {"id": "a", "type": "labels", "value": {"start": 0, "end": 4, "labels": ["place"]}},
        {"id": "b", "type": "labels", "value": {"start": start, "end": start + 5,
                                                "labels": ["person"]}}]}]}]
    result, source, _ = _import(tmp_path, "label-studio", "tasks.json", json.dumps(tasks),
                                article=article)
    assert result.code == 0, result
    assert "region 'a'" not in result.err  # before any emoji: both units agree
    assert (f"annotate: {source}: task 1, region 'b': no text to confirm its offsets "
            f"{start}-{start + 5}") in result.err
    strict, _, _ = _import(tmp_path, "label-studio", "tasks.json", json.dumps(tasks),
                           "--strict", "--force", article=article)
    assert strict.code == 1


def test_label_studio_utf16_conversion_is_reported_per_region(tmp_path: Path) -> None:
    side = write_unicode_sample(tmp_path / "u")
    article = side.with_name("unicode-story.txt")
    text = article_mod.load(article).text
    start = text.index("Núñez smiled")
    units = len(text[:start].encode("utf-16-le")) // 2
    tasks = [{"data": {"text": text}, "annotations": [{"result": [
        {"id": "n", "type": "labels", "value": {"start": units, "end": units + 5,
                                                "text": "Núñez", "labels": ["person"]}}]}]}]
    result, source, target = _import(tmp_path, "label-studio", "tasks.json",
                                     json.dumps(tasks), article=article)
    assert result.code == 0, result
    assert (f"task 1, region 'n': offsets {units}-{units + 5} are UTF-16 code units (older "
            f"Label Studio): read as {start}-{start + 5}") in result.err
    assert sidecar.load(target).actors[0].mentions[0].start == start


def test_an_import_never_writes_a_sidecar_that_breaks_the_schema(tmp_path: Path) -> None:
    # A label that maps to an empty type would write `type: ''`: an inventory with an
    # empty name is refused when it is read, and the import's last guard stays behind it.
    record = {"text": TEXT, "entities": [{"id": 1, "label": "", "start_offset": 364,
                                          "end_offset": 378}]}
    inventory = dataclasses.replace(config.default(), actor_types={"": "empty"})
    draft = IMPORTERS["doccano"](_write(tmp_path, record), TEXT, inventory)
    ann, _ = build(draft, article_mod.load(SAMPLE_ARTICLE), SAMPLE_ARTICLE.with_name("x.ann.yaml"),
                   inventory)
    assert ann.actors[0].type == ""
    result, _, target = _import(tmp_path, "doccano", "in.jsonl", json.dumps(record) + "\n",
                                "--config", _config(tmp_path))
    assert result.code == 2 and "bad inventory: 'actor_types' has an empty name" \
        in result.err, result
    assert not target.exists()


def _write(tmp_path: Path, record: dict[str, Any]) -> Path:
    path = tmp_path / "direct.jsonl"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    return path


def _config(tmp_path: Path) -> Path:
    path = tmp_path / "inventory.yaml"
    path.write_text("actor_types:\n  '': empty\n", "utf-8")
    return path


# -- G28: brat id generation is linear ----------------------------------------------------

def test_brat_many_mentions_of_one_text_get_distinct_ids_without_rescanning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """4,000 T lines with the same text get ids vladimir-putin, -2, ... -4000, and no id
    costs a scan of every annotation made so far (that made the import quadratic:
    `bench/import.py` has the timings; no timed test here)."""
    from annotate.model import Annotations

    scans = 0
    items = Annotations.items

    def counted(self: Annotations):  # type: ignore[no-untyped-def]
        nonlocal scans
        scans += 1
        return items(self)

    monkeypatch.setattr(Annotations, "items", counted)
    n = 4000
    lines = [f"T{i}\tClaim 364 378\tVladimir Putin" for i in range(1, n + 1)]
    lines += [f"A{i}\tKind T{i} factual" for i in range(1, n + 1)]
    source = tmp_path / "many.ann"
    source.write_text("".join(f"{x}\n" for x in lines), "utf-8")
    inventory = config.default()
    draft = IMPORTERS["brat"](source, TEXT, inventory)
    ann, _ = build(draft, article_mod.load(SAMPLE_ARTICLE), SAMPLE_ARTICLE.with_name("x.ann.yaml"),
                   inventory)
    ids = [c.id for c in ann.claims]
    assert len(set(ids)) == n
    assert ids[:3] == ["vladimir-putin", "vladimir-putin-2", "vladimir-putin-3"]
    assert ids[-1] == f"vladimir-putin-{n}"
    assert scans < 10


def test_import_ids_match_new_id_when_slugs_collide(tmp_path: Path) -> None:
    """A name whose slug looks like a suffixed one ('x 2' -> 'x-2') is skipped over, as
    Annotations.new_id does."""
    from annotate.importers.build import _Ids
    from annotate.model import Annotations, Claim, Document, Span

    names = ["x", "x 2", "x", "x", "x 3", "y", "x"]
    ids = _Ids()
    ann = Annotations(Document("a.txt", "0" * 64, 10))
    for name in names:
        expected = ann.new_id(name)
        ann.claims.append(Claim(expected, Span(0, 1, "a"), "factual"))
        assert ids.new(name) == expected


# --- Whole project exports: more than 64 MB, read a record at a time ------------------

def _project(records: int, one: str, other: str, match_at: int) -> list[str]:
    return [one if n == match_at else other for n in range(1, records + 1)]


def _sample(tmp_path: Path) -> tuple[Path, str, int]:
    """The sample article in `tmp_path`, its text, and where "Putin" starts in it."""
    article = tmp_path / "story.txt"
    article.write_bytes(SAMPLE_ARTICLE.read_bytes())
    text = article.read_text("utf-8")
    return article, text, text.index("Putin")


@pytest.mark.slow
def test_a_doccano_project_export_of_70_mb_is_searched_line_by_line(tmp_path: Path) -> None:
    article, text, start = _sample(tmp_path)
    other = json.dumps({"text": "Another story. " * 60, "label": [[0, 7, "person"]]})
    mine = json.dumps({"text": text, "label": [[start, start + 5, "person"]]})
    lines = _project(70 * 1024 * 1024 // len(other), mine, other, 73_512)
    export = tmp_path / "project.jsonl"
    export.write_text("\n".join(lines) + "\n")
    assert export.stat().st_size > 64 * 1024 * 1024  # the old limit for a whole file
    result = run_cli("import", export, "--from", "doccano", "--article", article)
    assert result.code == 0, result
    assert [m.start for a in sidecar.load(tmp_path / "story.ann.yaml").actors
            for m in a.mentions] == [start]
    lines[73_513] = '{"text": "broken", "label": [}'
    export.write_text("\n".join(lines) + "\n")
    broken = run_cli("import", export, "--from", "doccano", "--article", article, "--force")
    assert broken.err == f"annotate: {export}:73514:30: invalid JSON: Expecting value\n"


@pytest.mark.slow
def test_a_label_studio_export_of_100k_tasks_names_the_broken_task(tmp_path: Path) -> None:
    article, text, start = _sample(tmp_path)
    region = {"id": "a", "type": "labels", "value": {
        "start": start, "end": start + 5, "text": "Putin", "labels": ["person"]}}
    other = json.dumps({"data": {"text": "Another story. " * 45},
                        "annotations": [{"result": [region]}]})
    mine = json.dumps({"data": {"text": text}, "annotations": [{"result": [region]}]})
    tasks = _project(100_000, mine, other, 99_999)
    export = tmp_path / "project.json"
    export.write_text("[\n" + ",\n".join(tasks) + "\n]")
    assert export.stat().st_size > 64 * 1024 * 1024
    result = run_cli("import", export, "--from", "label-studio", "--article", article)
    assert result.code == 0, result
    assert len(sidecar.load(tmp_path / "story.ann.yaml").actors) == 1
    tasks[73_511] = '{"data": ["not", "an", "object"]}'
    export.write_text("[\n" + ",\n".join(tasks) + "\n]")
    broken = run_cli("import", export, "--from", "label-studio", "--article", article,
                     "--force")
    assert broken.err == (f"annotate: {export}: task 73512: data must be an object, not a "
                          "list\n")


def test_the_wrong_brat_file_a_missing_folder_and_a_folder_sidecar(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()  # a project: its sidecars may stand in any of its folders
    article = Path(shutil.copy(SAMPLE_ARTICLE, tmp_path))
    notes = tmp_path / "notes.txt"
    notes.write_text("x\n")
    result = run_cli("import", notes, "--from", "brat", "--article", article, "--sidecar",
                     tmp_path / "n.ann.yaml")
    assert result.code == 2 and "notes.txt is not one" in result.err, result
    tasks = tmp_path / "tasks.json"
    tasks.write_text(json.dumps([{"data": {"text": article.read_text("utf-8")},
                                  "annotations": [{"result": []}]}]))
    target = tmp_path / "no" / "dir" / "x.ann.yaml"
    result = run_cli("import", tasks, "--from", "label-studio", "--article", article,
                     "--sidecar", target)
    assert result.code == 0 and target.is_file(), result  # the folder is made, as export -o's
    (tmp_path / "d.ann.yaml").mkdir()
    result = run_cli("import", tasks, "--from", "label-studio", "--article", article,
                     "--sidecar", tmp_path / "d.ann.yaml")
    assert result.code == 2 and result.err.endswith("is a folder, not a sidecar file\n"), result


def test_a_sidecar_name_that_is_no_sidecar_s_is_refused_even_with_force(tmp_path: Path) -> None:
    """--sidecar notes.md --force replaced the user's notes with YAML no command finds."""
    article = Path(shutil.copy(SAMPLE_ARTICLE, tmp_path))
    notes = tmp_path / "notes.md"
    notes.write_text("my notes\n")
    tasks = tmp_path / "tasks.json"
    tasks.write_text(json.dumps([{"data": {"text": article.read_text("utf-8")},
                                  "annotations": [{"result": []}]}]))
    result = run_cli("import", tasks, "--from", "label-studio", "--article", article,
                     "--sidecar", notes, "--force")
    assert (result.code, result.err) == (
        2, f"annotate: {notes}: the sidecar's name must end in .ann.yaml\n")
    assert notes.read_text() == "my notes\n"


def test_a_label_studio_file_with_a_byte_order_mark_is_read(sample_dir: Path,
                                                            tmp_path: Path) -> None:
    """As brat and doccano files are: it was refused in Python's words ("Unexpected UTF-8
    BOM (decode using utf-8-sig)")."""
    out, _ = export(sample_dir, "label-studio", tmp_path / "ls")
    source = tmp_path / "bom.json"
    source.write_bytes(b"\xef\xbb\xbf" + (out / "tasks.json").read_bytes())
    target = tmp_path / "x.ann.yaml"
    result = run_cli("import", source, "--from", "label-studio", "--article",
                     sample_dir / SAMPLE_ARTICLE.name, "--sidecar", target)
    assert result.code == 0, result
    assert len(sidecar.load(target).actors) == len(
        sidecar.load(sample_dir / "putin-netanyahu-call.ann.yaml").actors)


@pytest.mark.parametrize(("ann", "said"), [
    ("#1\tAnnotatorNotes T99\tan important note\n",
     "could not map 1 note and attributes on ids the file does not have (dropped)"),
    ("T1\tCue 0 4\tPort\n", "could not map 1 cue of no claim (dropped)"),
    # An E line on a T the file does not have: it vanished without a word, even --strict.
    ("E1\tvote:T9\n", "s.ann:1: E1: its trigger T9 is missing or was dropped; the line is dropped"),
    ("T1\tperson 16 23\tcouncil\nE1\tClaim:T9 Claimant:T1\n",
     "s.ann:2: E1: its trigger T9 is missing or was dropped; the line is dropped"),
])
def test_a_brat_line_left_out_is_said_and_strict_writes_nothing(tmp_path: Path, ann: str,
                                                                said: str) -> None:
    article = tmp_path / "s.txt"
    article.write_text("Port vote\n\nThe council said yes.\n", "utf-8")
    source = tmp_path / "s.ann"
    source.write_text(ann, "utf-8")
    result = run_cli("import", source, "--from", "brat", "--article", article, "--strict")
    assert result.code == 1 and said in result.err, result
    assert not (tmp_path / "s.ann.yaml").exists()


def test_a_reversed_doccano_span_is_called_so(tmp_path: Path) -> None:
    article = tmp_path / "s.txt"
    article.write_text("Port vote\n\nThe council said yes.\n", "utf-8")
    source = tmp_path / "d.jsonl"
    source.write_text(json.dumps({"text": article.read_text("utf-8"),
                                  "label": [[9, 4, "person"], [90, 95, "person"]]}) + "\n")
    result = run_cli("import", source, "--from", "doccano", "--article", article)
    assert result.code == 0, result
    assert "1 empty or reversed span (dropped)" in result.err
    assert "1 span outside the article (dropped)" in result.err


def test_brat_an_event_whose_type_is_not_its_triggers_is_reported(tmp_path: Path) -> None:
    """`E1<TAB>Vote:T2` on a T2 of type communication: the E line's own type was ignored
    in silence (the event took its trigger's). It is said on the E line, and --strict
    writes nothing."""
    lines = ["T1\tperson 364 378\tVladimir Putin", "T2\tcommunication 285 297\tconversation",
             "E1\tVote:T2 speaker:T1"]
    result, source, target = _brat(tmp_path, lines)
    assert result.code == 0, result
    assert f"annotate: {source}:3: E1: its type 'Vote' is not the type of its trigger T2, " \
        "'communication'; imported as 'communication'\n" in result.err
    assert [e.type for e in sidecar.load(target).events] == ["communication"]
    target.unlink()
    strict, _, _ = _brat(tmp_path, lines, "--strict")
    assert strict.code == 1 and "not written: --strict, and 1 item was changed" in strict.err
    assert not target.exists()
    agreeing, _, _ = _brat(tmp_path, [*lines[:2], "E1\tcommunication:T2 speaker:T1"], "--strict")
    assert agreeing.code == 0 and "its type" not in agreeing.err, agreeing


@pytest.mark.parametrize("force", [(), ("--force",)])
def test_a_missing_file_to_import_is_a_usage_error_beside_an_existing_sidecar(
        sample_dir: Path, force: tuple[str, ...]) -> None:
    """With no sidecar yet it said "file to import not found" (exit 2); once the article
    had one, "No such file or directory" (exit 1), from comparing the two."""
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    before = side.read_bytes()
    result = run_cli("import", sample_dir / "gone.ann", "--from", "brat", "--article",
                     sample_dir / "putin-netanyahu-call.txt", *force)
    assert (result.code, result.err) == (
        2, f"annotate: {sample_dir / 'gone.ann'}: file to import not found\n")
    assert side.read_bytes() == before


@pytest.mark.parametrize(("content", "starts"), [
    ('a,b,"c\nd,e\n', "'a,b,\"c'"),
    ('[{"data": {"text": "x"}}]\n', "'[{\"data\": {…'"),
    ("hello world\n\nnot brat\n", "'hello world'"),
])
def test_a_file_with_no_brat_line_is_refused_not_imported_as_nothing(
        sample_dir: Path, content: str, starts: str) -> None:
    """A CSV or JSON file named .ann was read as a brat file whose every line is dropped:
    a sidecar of no annotations, exit 0, and with --force the existing one was emptied."""
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    before = side.read_bytes()
    source = sample_dir / "other.ann"
    source.write_text(content, "utf-8")
    result = run_cli("import", source, "--from", "brat", "--article",
                     sample_dir / "putin-netanyahu-call.txt", "--force")
    assert (result.code, result.err) == (1, f"annotate: {source}:1: is not a brat .ann file: "
                                         "no line starts with a brat annotation id (T, E, R, "
                                         f"A, M, N, # or *); line 1 starts {starts}\n"), result
    assert side.read_bytes() == before


CUT = ("Title here\n\nCafe\u0301 owner \U0001F469\u200d\U0001F469\u200d\U0001F467 family said "
       "\U0001F1FA\U0001F1E6 flag.\n")


@pytest.mark.parametrize(("fmt", "name", "content", "kept"), [
    ("brat", "story.ann", "T1\tperson 12 16\tCafe\nT2\tgroup 24 25\t\U0001F469\n"
                          "T3\tother 42 43\t\U0001F1FA\nT4\tother 10 12\t\n\n",
     ["Cafe\u0301", "\U0001F469\u200d\U0001F469\u200d\U0001F467", "\U0001F1FA\U0001F1E6"]),
    # (doccano counts UTF-16 code units: these offsets come before the first emoji)
    ("doccano", "story.jsonl",
     json.dumps({"text": CUT, "label": [[12, 16, "person"], [10, 12, "other"]]}) + "\n",
     ["Cafe\u0301"])])
def test_an_imported_span_cutting_a_character_or_of_white_space_is_reported(
        tmp_path: Path, fmt: str, name: str, content: str, kept: list[str]) -> None:
    """An accent stored apart from its letter, half an emoji sequence or half a flag, and a
    span of line breaks: the sidecar was written, then `validate` refused those spans, and
    every export with them (the line breaks made an actor's name that broke the YAML)."""
    article = tmp_path / "story.txt"
    article.write_text(CUT, "utf-8")
    result, _, target = _import(tmp_path, fmt, name, content, article=article)
    assert result.code == 0, result
    spans = f"{len(kept)} {count_phrase(len(kept), 'spans')}"
    assert f"could not map {spans} cutting a character in two (widened to the whole " \
        "character)" in result.err
    assert "could not map 1 span of white space only (dropped)" in result.err
    assert [m.text for a in sidecar.load(target).actors for m in a.mentions] == kept
    assert run_cli("validate", target).code == 0
    strict, _, _ = _import(tmp_path, fmt, name, content, "--strict", "--force", article=article)
    assert strict.code == 1
