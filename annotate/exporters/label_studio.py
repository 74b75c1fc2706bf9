"""`label-studio`: Label Studio tasks (`tasks.json`) and the labeling config (`config.xml`).

Each task is `{"data": {"text", "document"}, "annotations": [{"result": [...]}]}` with
one `labels` result per span (from_name `label`, to_name `text`, value {start, end,
text, labels}) and one `relation` result per link (from_id, to_id, direction `right`,
labels [type]). `config.xml` declares every label and relation type used, so the
project accepts the import.

Offsets are code points, as in the model. Label Studio's `Text` tag counts code points
(its own test web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts expects "test" at
21 in "🐱 Warning: This is a test text", where UTF-16 would give 22); versions before
that fix counted UTF-16 code units (HumanSignal/label-studio#1347), which `annotate
import` still accepts. `value.text` carries the exact text.
"""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import quoteattr

from annotate.config import Inventory
from annotate.exporters.base import Doc, JsonArray, Rendered
from annotate.exporters.spans import (
    ABOUT,
    CLAIM,
    CLAIMANT,
    CUE,
    EVENT,
    SAME_AS,
    attribute_losses,
    flatten,
)

FROM_NAME, TO_NAME = "label", "text"


class LabelStudio(JsonArray):
    name = "label-studio"
    description = "Label Studio task JSON with labels and relations, plus config.xml"
    offsets = "code points"
    loses = "ids, actor names and aliases, notes, verdicts, factuality, time/place, evidence"
    folder = True
    stream_name = "tasks.json"
    layout = "a folder (-o DIR): tasks.json (a JSON array, one task per line) and config.xml"

    def render(self, doc: Doc) -> Rendered:
        flat = flatten(doc.annotations)
        region = {e.key: f"r{i}" for i, e in enumerate(flat.entities, 1)}
        result: list[dict[str, Any]] = [
            {"id": region[e.key], "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
             "value": {"start": e.start, "end": e.end, "text": e.text,
                       "labels": [e.label]}} for e in flat.entities]
        result += [{"from_id": region[r.head], "to_id": region[r.child], "type": "relation",
                    "direction": "right", "labels": [r.label]} for r in flat.links]
        task = {"data": {"text": doc.text, "document": doc.annotations.document.path},
                "annotations": [{"result": result}]}
        return Rendered(json.dumps(task, ensure_ascii=False),
                        losses=attribute_losses(flat))

    def finish(self, inventories: list[Inventory]) -> dict[str, str]:
        return {"config.xml": labeling_config(inventories)}


def labeling_config(inventories: list[Inventory]) -> str:
    labels: list[str] = []
    relations = [SAME_AS, CLAIMANT, "cue", ABOUT]
    for inv in inventories:
        names = [*inv.actor_types, *(EVENT + t for t in inv.event_types),
                 *(CLAIM + k for k in inv.claim_kinds), CUE]
        labels += [n for n in names if n not in labels]
        for spec in inv.event_types.values():
            relations += [r for r in spec.roles if r not in relations]
    lines = ["<View>",
             f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">',
             *(f"    <Label value={quoteattr(label)}/>" for label in labels),
             "  </Labels>",
             f'  <Text name="{TO_NAME}" value="$text"/>',
             "  <Relations>",
             *(f"    <Relation value={quoteattr(r)}/>" for r in relations),
             "  </Relations>",
             "</View>", ""]
    return "\n".join(lines)
