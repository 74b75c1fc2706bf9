"""`label-studio`: Label Studio tasks (`tasks.json`) and the labeling config (`config.xml`).

Each task is `{"data": {"text", "document"}, "annotations": [{"result": [...]}]}` with
one `labels` result per span (from_name `label`, to_name `text`, value {start, end,
text, labels}) and one `relation` result per link (from_id, to_id, direction `right`,
labels [type]). A sidecar with nothing in it is a task without `annotations`: Label
Studio counts an annotation with an empty result as done (its tasks' `is_labeled`), so
an article nobody has tagged would leave the labelling queue as "done, nothing found".

`config.xml` declares every label and relation type used, so the
project accepts the import.

Offsets are code points, as in the model. Label Studio's `Text` tag counts code points
(its own test web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts expects "test" at
21 in "🐱 Warning: This is a test text", where UTF-16 would give 22); versions before
that fix counted UTF-16 code units (HumanSignal/label-studio#1347), which `annotate
import` still accepts. `value.text` carries the exact text.

`config.xml` is built with ElementTree, so any label (`<`, `&`, `"`, a tab) is escaped.
Characters XML 1.0 cannot hold at all (control characters but tab and line breaks)
become their visible symbols (U+0001 -> ␁), in the config and the tasks alike, so the
labels still match; the export says how many labels that changed.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any
from xml.etree import ElementTree as ET

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
# What XML 1.0 cannot hold, even as a character reference.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_label(label: str) -> str:
    """A label as config.xml and the tasks both write it (see the module's docstring)."""
    return _NOT_XML.sub(lambda m: chr(0x2400 + ord(m.group()))
                        if ord(m.group()) < 0x20 else "\ufffd", label)


class LabelStudio(JsonArray):
    name = "label-studio"
    description = "Label Studio task JSON with labels and relations, plus config.xml"
    offsets = "code points"
    loses = "ids, actor names and aliases, notes, verdicts, factuality, time/place, evidence"
    folder = True
    stream_name = "tasks.json"
    finish_names = ("config.xml",)
    layout = "a folder (-o DIR): tasks.json (a JSON array, one task per line) and config.xml"

    def render(self, doc: Doc) -> Rendered:
        flat = flatten(doc.annotations)
        region = {e.key: f"r{i}" for i, e in enumerate(flat.entities, 1)}
        result: list[dict[str, Any]] = [
            {"id": region[e.key], "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
             "value": {"start": e.start, "end": e.end, "text": e.text,
                       "labels": [xml_label(e.label)]}} for e in flat.entities]
        result += [{"from_id": region[r.head], "to_id": region[r.child], "type": "relation",
                    "direction": "right", "labels": [xml_label(r.label)]} for r in flat.links]
        task: dict[str, Any] = {"data": {"text": doc.text,
                                         "document": doc.annotations.document.path}}
        if result:  # (an annotation with no result is one Label Studio counts as done)
            task["annotations"] = [{"result": result}]
        losses = attribute_losses(flat)
        changed = {label for label in [*(e.label for e in flat.entities),
                                       *(r.label for r in flat.links)]
                   if xml_label(label) != label}
        if changed:
            losses += Counter({"labels with characters XML cannot hold (shown as symbols)":
                               len(changed)})
        return Rendered(json.dumps(task, ensure_ascii=False), losses=losses)

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
    view = ET.Element("View")
    choices = ET.SubElement(view, "Labels", name=FROM_NAME, toName=TO_NAME)
    for label in labels:
        ET.SubElement(choices, "Label", value=xml_label(label))
    ET.SubElement(view, "Text", name=TO_NAME, value="$text")
    links = ET.SubElement(view, "Relations")
    for relation in relations:
        ET.SubElement(links, "Relation", value=xml_label(relation))
    ET.indent(view)
    return ET.tostring(view, encoding="unicode") + "\n"
