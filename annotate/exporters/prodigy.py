"""`prodigy`: Prodigy JSONL tasks with tokens, spans and token-indexed relations.

`tokens` [{text, start, end, id, ws}], `spans` [{start, end, label, token_start,
token_end}] (token_end inclusive, as Prodigy has it), `relations` [{head, child,
head_span, child_span, label}] with head/child the last token of each span, and the
integer `_input_hash` (of the text) and `_task_hash` (of text and annotations).
Offsets are code points (Prodigy and spaCy are Python). Tokens are cut at span
boundaries so every span starts and ends on a token.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from typing import Any

from annotate.exporters.base import Doc, Exporter, Rendered, json_line
from annotate.exporters.spans import attribute_losses, flatten, tokenize


def _hash(*parts: str) -> int:
    """A signed 32-bit integer, like Prodigy's own hashes."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big", signed=True)


class Prodigy(Exporter):
    name = "prodigy"
    description = "Prodigy JSONL: tokens, spans, relations, input/task hashes"
    offsets = "code points and token indices"
    loses = "ids, actor names and aliases, notes, verdicts, factuality, time/place, evidence"
    layout = "JSON Lines, one task per document (stdout or -o FILE)"

    def render(self, doc: Doc) -> Rendered:
        flat = flatten(doc.annotations)
        text = doc.text
        cuts = {e.start for e in flat.entities} | {e.end for e in flat.entities}
        spans_ = tokenize(text, 0, len(text), cuts)
        tokens = []
        for i, (a, b) in enumerate(spans_):
            following = spans_[i + 1][0] if i + 1 < len(spans_) else len(text)
            tokens.append({"text": text[a:b], "start": a, "end": b, "id": i,
                           "ws": following > b and text[b].isspace()})
        starts = [a for a, _ in spans_]
        ends = [b for _, b in spans_]
        spans: dict[str, dict[str, Any]] = {}
        for e in flat.entities:
            spans[e.key] = {"start": e.start, "end": e.end, "label": e.label,
                            "token_start": bisect_left(starts, e.start),
                            "token_end": bisect_right(ends, e.end) - 1}
        relations = [{"head": spans[r.head]["token_end"], "child": spans[r.child]["token_end"],
                      "head_span": spans[r.head], "child_span": spans[r.child], "label": r.label}
                     for r in flat.links]
        body = [f"{s['start']}-{s['end']}:{s['label']}" for s in spans.values()]
        body += [f"{r['head']}>{r['child']}:{r['label']}" for r in relations]
        task = {"text": text, "tokens": tokens, "spans": list(spans.values()),
                "relations": relations, "meta": {"document": doc.annotations.document.path},
                "_input_hash": _hash(text), "_task_hash": _hash(text, *body),
                "answer": "accept"}
        return Rendered(json_line(task),
                        losses=attribute_losses(flat))
