"""`jsonl`: one JSON object per line per annotation, with text and resolved references."""

from __future__ import annotations

from annotate.exporters.base import Doc, Exporter, Rendered, json_line
from annotate.exporters.records import records


class Jsonl(Exporter):
    name = "jsonl"
    description = "one record per actor, event and claim, with its text and names resolved"
    offsets = "code points"
    loses = "span context (prefix/suffix), which the article gives back"
    layout = "JSON Lines, all documents concatenated (stdout or -o FILE)"
    file_name = "annotations.jsonl"

    def render(self, doc: Doc) -> Rendered:
        lines = [json_line(r) for r in records(doc)]
        return Rendered("".join(lines))
