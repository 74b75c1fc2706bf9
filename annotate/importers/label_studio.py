"""Read Label Studio tasks (a JSON array, or one task) into a Draft.

Region offsets are code points (see `annotate.exporters.label_studio`); each region's
`value.text` is checked against the article, and offsets in UTF-16 code units, as
Label Studio versions before its emoji fix wrote them, are accepted too: each such
region is reported, as is a region without a text whose offsets could be either.
Every field is type-checked before use (`common.Fields`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotate.config import Inventory
from annotate.errors import AnnotateError
from annotate.exporters.base import from_utf16
from annotate.importers.build import Draft, Note
from annotate.importers.common import Fields, json_type, matching, read_json_array, to_article
from annotate.visible import short


def read(path: Path, text: str, inventory: Inventory) -> Draft:
    also: list[int] = []
    task, number = matching(path, _candidates(path), text, also)
    check = Fields(path, f"task {number}")
    key = "annotations" if "annotations" in task else "completions"
    kept = [(i, a) for i, a in enumerate(check.array(task.get(key, []), key))
            if not check.obj(a, f"{key}[{i}]").get("was_cancelled")]
    draft = Draft()
    if not kept:  # an unlabelled task (as an empty sidecar exports): an empty sidecar
        draft.notes.append(Note(f"task {number}", f"no {key}: the sidecar is empty"))
        return draft
    if also:
        draft.notes.append(Note(f"task {number}", "the article's text is also in task(s) "
                                f"{', '.join(map(str, also))}; only this one is imported"))
    text = task["data"]["text"]  # as Label Studio holds it (a BOM, CRs): its offsets count here
    points = from_utf16(text)
    # Before the first character outside the BMP, UTF-16 and code-point offsets agree.
    astral = next((i for i, char in enumerate(text) if ord(char) > 0xFFFF), len(text))
    index, annotation = kept[0]
    if len(kept) > 1:  # several annotators' work on one task: one sidecar holds one
        draft.notes.append(Note(f"task {number}", f"{len(kept)} {key}; only {key}[{index}] "
                                "is imported (one sidecar holds one person's annotations)"))
    where = f"{key}[{index}].result"
    for j, r in enumerate(check.array(annotation.get("result", []), where)):
        field = f"{where}[{j}]"
        r = check.obj(r, field)
        kind = r.get("type")
        if kind == "labels":
            _region(draft, check, r, field, text, points, astral)
        elif kind == "relation":
            labels = check.strings(r.get("labels", []), f"{field}.labels")
            if not labels:
                draft.problems["relations without a label (dropped)"] += 1
                continue
            head = check.ident(r.get("from_id"), f"{field}.from_id")
            child = check.ident(r.get("to_id"), f"{field}.to_id")
            if r.get("direction") == "left":
                head, child = child, head
            draft.links.append((head, child, labels[0]))
        else:
            draft.problems[f"results of type {str(kind)[:40]!r} (dropped)"] += 1
    to_article(draft, text)
    return draft


def _candidates(path: Path) -> Iterator[tuple[Any, int, dict[str, Any]]]:
    """Each task's text, number and task, checked and parsed one task at a time."""
    for i, task in read_json_array(path):
        if i == 0:  # not a list: one task
            if not isinstance(task, dict):
                raise AnnotateError(f"must be a Label Studio task or a list of tasks, not "
                                    f"{json_type(task)}", path)
            i = 1
        check = Fields(path, f"task {i}")
        task = check.obj(task, "the task")
        if "data" not in task and isinstance(task.get("text"), str):
            raise AnnotateError(f"task {i} has no data: this is Label Studio's JSON-MIN export, "
                                "which import does not read; export the project as JSON", path)
        fields = check.obj(task.get("data", {}), "data")
        if "text" in fields:
            check.text(fields["text"], "data.text")
        yield fields.get("text"), i, task


def _region(draft: Draft, check: Fields, r: dict[str, Any], field: str, text: str,
            points: dict[int, int], astral: int) -> None:
    ident = check.ident(r.get("id"), f"{field}.id")
    value = check.obj(r.get("value"), f"{field}.value")
    start = check.offset(value.get("start"), f"{field}.value.start")
    end = check.offset(value.get("end"), f"{field}.value.end")
    labels = check.strings(value.get("labels"), f"{field}.value.labels")
    wanted = value.get("text")
    if wanted is not None:
        check.text(wanted, f"{field}.value.text")
    if not labels:
        draft.notes.append(Note(f"{check.item}, region {ident!r}", "it has no label (dropped)"))
        return
    if len(labels) != 1:
        draft.problems["regions without exactly one label (first kept)"] += 1
    here = f"{check.item}, region {ident!r}"
    if wanted is None:
        if astral < end:
            draft.notes.append(Note(here, f"no text to confirm its offsets {start}-{end}, and "
                                    "before them the article has characters that UTF-16 counts "
                                    "twice; read as code points"))
    elif text[start:end] != wanted:
        units = points.get(start), points.get(end)  # UTF-16 code units (older versions)
        if units[0] is None or units[1] is None or text[units[0]:units[1]] != wanted:
            draft.notes.append(Note(here, f"its text {short(wanted)!r} is not the article's "
                                    f"at {start}-{end} (dropped)"))
            return
        draft.notes.append(Note(here, f"offsets {start}-{end} are UTF-16 code units (older "
                                f"Label Studio): read as {units[0]}-{units[1]}"))
        start, end = units[0], units[1]
    if ident in draft.entities:
        draft.notes.append(Note(here, "a second region with this id (dropped; the first is "
                                "kept)"))
        return
    draft.entities[ident] = (start, end, labels[0])


