"""`doccano`: doccano JSONL for sequence labelling with relations.

One line per document: `text`, `entities` [{id, label, start_offset, end_offset}] and
`relations` [{id, from_id, to_id, type}], plus `document` (the article path) as
metadata. Labels and relation types follow `annotate.exporters.spans`. Offsets are
code points, the unit of doccano's Python server (how its browser annotator counts
emoji was not checked: doccano/doccano#99 reported it counting UTF-16 units in 2019).
"""

from __future__ import annotations

import json

from annotate.exporters.base import Doc, Exporter, Rendered
from annotate.exporters.spans import attribute_losses, flatten


class Doccano(Exporter):
    name = "doccano"
    description = "doccano JSONL: text, entities and relations"
    offsets = "code points"
    loses = "ids, actor names and aliases, notes, verdicts, factuality, time/place, evidence"
    layout = "JSON Lines, one line per document (stdout or -o FILE)"

    def render(self, doc: Doc) -> Rendered:
        flat = flatten(doc.annotations)
        number = {e.key: i for i, e in enumerate(flat.entities, 1)}
        record = {
            "text": doc.text,
            "entities": [{"id": number[e.key], "label": e.label, "start_offset": e.start,
                          "end_offset": e.end} for e in flat.entities],
            "relations": [{"id": i, "from_id": number[r.head], "to_id": number[r.child],
                           "type": r.label} for i, r in enumerate(flat.links, 1)],
            "document": doc.annotations.document.path,
        }
        return Rendered(json.dumps(record, ensure_ascii=False) + "\n",
                        losses=attribute_losses(flat))
