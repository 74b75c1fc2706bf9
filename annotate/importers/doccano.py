"""Read doccano JSONL (text, entities, relations) into a Draft, every field type-checked
before use (`common.Fields`).

doccano writes two shapes for sequence labelling: `entities` (objects with ids, and
`relations`) when the project has relations, else `label` (`[[start, end, "TAG"], ...]`).
Both are read: a file of the second shape once gave an empty sidecar and exit 0."""

from __future__ import annotations

from pathlib import Path

from annotate.config import Inventory
from annotate.importers.build import Draft, Note
from annotate.importers.common import Fields, matching, read_json_lines


def read(path: Path, text: str, inventory: Inventory) -> Draft:
    records = read_json_lines(path)
    also: list[int] = []
    record, line = matching(path, ((r.get("text"), n, r) for n, r in records), text, also)
    check = Fields(path, "the record", line)
    draft = Draft()
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
        draft.entities[ident] = span
    for i, triple in enumerate(check.array(record.get("label", []), "label")):
        field = f"label[{i}]"
        triple = check.array(triple, field)
        if len(triple) != 3:
            raise check.fail(field, "a list of [start, end, label]", triple)
        # Its own key space: entity ids are doccano's, these have none.
        draft.entities[f"label {i}"] = (check.offset(triple[0], f"{field}[0]"),
                                        check.offset(triple[1], f"{field}[1]"),
                                        check.text(triple[2], f"{field}[2]"))
    for i, r in enumerate(check.array(record.get("relations", []), "relations")):
        field = f"relations[{i}]"
        r = check.obj(r, field)
        draft.links.append((check.ident(r.get("from_id"), f"{field}.from_id"),
                            check.ident(r.get("to_id"), f"{field}.to_id"),
                            check.text(r.get("type"), f"{field}.type")))
    return draft
