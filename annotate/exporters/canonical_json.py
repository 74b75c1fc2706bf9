"""`json`: the canonical model, exactly as in the sidecar, as a JSON array of documents."""

from __future__ import annotations

import json

from annotate.exporters.base import Doc, JsonArray, Rendered


class CanonicalJson(JsonArray):
    name = "json"
    description = "the canonical model (the sidecar as JSON), one object per document"
    offsets = "code points"
    loses = "nothing"
    layout = "a JSON array of sidecar objects (stdout or -o FILE)"
    file_name = "annotations.json"

    def render(self, doc: Doc) -> Rendered:
        return Rendered(json.dumps(doc.annotations.to_dict(), ensure_ascii=False, indent=2))
