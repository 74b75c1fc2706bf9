"""Read doccano JSONL (text, entities, relations) into a Draft, every field type-checked
before use (`common.Fields`).

doccano writes two shapes for sequence labelling: `entities` (objects with ids, and
`relations`) when the project has relations, else `label` (`[[start, end, "TAG"], ...]`).
Both are read: a file of the second shape once gave an empty sidecar and exit 0.

Offsets are UTF-16 code units, as doccano's annotator counts (doccano/doccano#2290):
read as code points, and an offset inside a character (half of an emoji) is reported and
its span dropped."""

from __future__ import annotations

from pathlib import Path

from annotate.config import Inventory
from annotate.errors import AnnotateError
from annotate.exporters.base import from_utf16
from annotate.importers.build import Draft, Note
from annotate.importers.common import Fields, matching, read_json_lines, to_article


def read(path: Path, text: str, inventory: Inventory) -> Draft:
    records = read_json_lines(path)
    also: list[int] = []
    record, line = matching(path, ((r.get("text"), n, r) for n, r in records), text, also)
    check = Fields(path, "the record", line)
    draft = Draft()
    raw = record["text"]  # the article as doccano holds it: its offsets count in this
    # (a text with no character beyond U+FFFF counts the same either way)
    points = from_utf16(raw) if max(raw, default="") > "\uffff" else None
    if also:
        draft.notes.append(Note("the record", f"the article's text is also on line(s) "
                                f"{', '.join(map(str, also))}; only this record is imported",
                                line))
    for i, e in enumerate(check.array(record.get("entities", []), "entities")):
        field = f"entities[{i}]"
        e = check.obj(e, field)
        ident = check.ident(e.get("id"), f"{field}.id")
        span = (check.offset(e.get("start_offset"), f"{field}.start_offset"),
                check.offset(e.get("end_offset"), f"{field}.end_offset"),
                check.text(e.get("label"), f"{field}.label"))
        if ident in draft.entities:
            draft.notes.append(Note(f"{field}", f"a second entity with id {ident!r} "
                                    "(dropped; the first is kept)", line))
            continue
        if (read := _code_points(span, points, field, draft, line)) is not None:
            draft.entities[ident] = read
    for i, triple in enumerate(check.array(record.get("label", []), "label")):
        field = f"label[{i}]"
        triple = check.array(triple, field)
        if len(triple) != 3:
            raise AnnotateError(f"the record: {field} must be [start, end, label], not a list "
                                f"of {len(triple)}", path, line)
        read = _code_points((check.offset(triple[0], f"{field}[0]"),
                             check.offset(triple[1], f"{field}[1]"),
                             check.text(triple[2], f"{field}[2]")), points, field, draft, line)
        if read is not None:  # its own key space: entity ids are doccano's, these have none
            draft.entities[f"label {i}"] = read
    for i, r in enumerate(check.array(record.get("relations", []), "relations")):
        field = f"relations[{i}]"
        r = check.obj(r, field)
        draft.links.append((check.ident(r.get("from_id"), f"{field}.from_id"),
                            check.ident(r.get("to_id"), f"{field}.to_id"),
                            check.text(r.get("type"), f"{field}.type")))
    to_article(draft, raw)
    return draft


def _code_points(span: tuple[int, int, str], points: dict[int, int] | None, field: str,
                 draft: Draft, line: int) -> tuple[int, int, str] | None:
    """A span in UTF-16 code units, in code points; None (reported) if it cuts a character.
    An offset past the text's end is kept as it is, for the build to report."""
    if points is None:
        return span
    start, end, label = span
    total = next(reversed(points))  # the text's length in UTF-16 units: the last key
    if all(o in points or o > total for o in (start, end)):
        return points.get(start, start), points.get(end, end), label
    draft.notes.append(Note(field, f"offsets {start}-{end} fall inside a character (half of "
                            "an emoji, in UTF-16 code units) (dropped)", line))
    return None
