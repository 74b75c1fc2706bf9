"""Read doccano JSONL (text, entities, relations) into a Draft."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotate.config import Inventory
from annotate.errors import AnnotateError
from annotate.importers.build import Draft
from annotate.importers.common import matching, read_json_lines


def read(path: Path, text: str, inventory: Inventory) -> Draft:
    records = read_json_lines(path)
    record, line = matching(path, [(r.get("text"), n, r) for n, r in records], text)
    draft = Draft()
    try:
        for e in record.get("entities", []):
            draft.entities[str(e["id"])] = (int(e["start_offset"]), int(e["end_offset"]),
                                            str(e["label"]))
        for r in record.get("relations", []):
            draft.links.append((str(r["from_id"]), str(r["to_id"]), str(r["type"])))
    except (KeyError, TypeError, ValueError) as exc:
        raise AnnotateError(f"not a doccano record: {_describe(exc)}", path, line) from None
    return draft


def _describe(exc: Any) -> str:
    return f"missing key {exc}" if isinstance(exc, KeyError) else str(exc)

