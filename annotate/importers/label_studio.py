"""Read Label Studio tasks (a JSON array, or one task) into a Draft.

Region offsets are code points (see `annotate.exporters.label_studio`); each region's
`value.text` is checked against the article, and offsets in UTF-16 code units, as
Label Studio versions before its emoji fix wrote them, are accepted too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotate.config import Inventory
from annotate.errors import AnnotateError
from annotate.exporters.base import from_utf16
from annotate.importers.build import Draft
from annotate.importers.common import matching, read_json


def read(path: Path, text: str, inventory: Inventory) -> Draft:
    data = read_json(path)
    tasks = data if isinstance(data, list) else [data]
    candidates = [((t.get("data") or {}).get("text"), i, t) for i, t in enumerate(tasks, 1)
                  if isinstance(t, dict)]
    task, number = matching(path, candidates, text)
    annotations = [a for a in task.get("annotations") or task.get("completions") or []
                   if isinstance(a, dict) and not a.get("was_cancelled")]
    if not annotations:
        raise AnnotateError(f"task {number} has no annotations", path)
    draft = Draft()
    points = from_utf16(text)
    try:
        for r in annotations[0].get("result", []):
            if r.get("type") == "labels":
                value = r["value"]
                start, end = _offsets(value, text, points)
                if start is None or end is None:
                    draft.problems["regions whose offsets do not match their text "
                                   "(dropped)"] += 1
                    continue
                if len(value["labels"]) != 1:
                    draft.problems["regions without exactly one label (first kept)"] += 1
                draft.entities[str(r["id"])] = (start, end, str(value["labels"][0]))
            elif r.get("type") == "relation":
                labels = r.get("labels") or []
                if not labels:
                    draft.problems["relations without a label (dropped)"] += 1
                    continue
                head, child = str(r["from_id"]), str(r["to_id"])
                if r.get("direction") == "left":
                    head, child = child, head
                draft.links.append((head, child, str(labels[0])))
            else:
                draft.problems[f"results of type {r.get('type')!r} (dropped)"] += 1
    except (KeyError, TypeError, IndexError) as exc:
        raise AnnotateError(f"task {number} is not a Label Studio task ({exc!r})", path) \
            from None
    return draft


def _offsets(value: dict[str, Any], text: str,
             points: dict[int, int]) -> tuple[int | None, int | None]:
    start, end = value["start"], value["end"]
    wanted = value.get("text")
    if wanted is None or text[start:end] == wanted:
        return start, end
    start, end = points.get(start), points.get(end)  # UTF-16 code units (older versions)
    if start is not None and end is not None and text[start:end] == wanted:
        return start, end
    return None, None
