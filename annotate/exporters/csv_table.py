"""`csv`: one row per annotation, UTF-8 with a header, for spreadsheets.

Lists of names are joined with `; `; lists of records (mentions, evidence) and
external ids are JSON in their cell, so nothing is lost."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from annotate.exporters.base import Doc, Exporter, Rendered
from annotate.exporters.records import records

COLUMNS = ["document", "sidecar", "kind", "id", "type", "name", "start", "end", "text",
           "sentence", "mentions", "aliases", "external_ids", "participants", "factuality",
           "time", "place", "claimant", "claimant_name", "cue", "cue_start", "cue_end",
           "checkworthy", "verdict",
           "verdict_label", "about", "evidence", "note"]


def _cell(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "participants":
        return "; ".join(f"{p['actor']}:{p['role']}" for p in value)
    if key == "about":
        return "; ".join(a["id"] for a in value)
    if key == "aliases":
        return "; ".join(value)
    if key in ("mentions", "external_ids", "evidence"):
        return json.dumps(value, ensure_ascii=False) if value else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class CsvTable(Exporter):
    name = "csv"
    description = "one row per actor, event and claim (UTF-8, header row, RFC 4180 quoting)"
    offsets = "code points"
    loses = "span context (prefix/suffix), which the article gives back"
    layout = "one CSV table, all documents after one header row (stdout or -o FILE)"

    def header(self) -> str:
        return ",".join(COLUMNS) + "\r\n"

    def render(self, doc: Doc) -> Rendered:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for record in records(doc):
            writer.writerow([_cell(k, record.get(k)) for k in COLUMNS])
        return Rendered(buffer.getvalue())
