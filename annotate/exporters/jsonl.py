"""`jsonl`: one JSON object per line per annotation, with text and resolved references."""

from __future__ import annotations

import json

from annotate.exporters.base import Doc, Exporter, Rendered
from annotate.exporters.records import records


class Jsonl(Exporter):
    name = "jsonl"
    description = "one record per actor, event and claim, with its text and names resolved"
    offsets = "code points"
    loses = "span context (prefix/suffix), which the article gives back"
    layout = "JSON Lines, all documents concatenated (stdout or -o FILE)"

    def render(self, doc: Doc) -> Rendered:
        lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records(doc)]
        return Rendered("".join(lines))
