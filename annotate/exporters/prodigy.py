"""`prodigy`: Prodigy JSONL tasks with tokens, spans and token-indexed relations.

`tokens` [{text, start, end, id, ws}], `spans` [{start, end, label, token_start,
token_end}] (token_end inclusive, as Prodigy has it), `relations` [{head, child,
head_span, child_span, label}] with head/child the last token of each span, and the
integer `_input_hash` (of the text) and `_task_hash` (of text and annotations).
Offsets are code points (Prodigy and spaCy are Python).

Tokens are spaCy's (see annotate.exporters.tokens): with spaCy installed, its
tokenizer's own; without it, its whitespace rule with words and punctuation. So
`Doc(vocab, words=[t["text"]], spaces=[t["ws"]])` is the text again, character for
character, and every span is `doc.char_span(start, end)` with the span's token
indices. `meta.tokenizer` says which made them.

annotate's spans overlap (a claim holds its claimant's mention). Named entities do not
(Prodigy's docs, "Span Categorization": NER spans are "non-overlapping"), and spaCy's
`doc.ents`, as `Example.from_dict(doc, {"entities": ...})` sets them, refuses them: "[E103]
Trying to set conflicting doc.ents". The export counts the overlapping spans in a note on
stderr, and `--list` says to use them as spaCy's `doc.spans` (a span categorizer).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Any

from annotate.exporters.base import Doc, Exporter, Rendered, json_line
from annotate.exporters.spans import attribute_losses, flatten, overlaps
from annotate.exporters.tokens import tokenize


def _hash(*parts: str) -> int:
    """A signed 32-bit integer, like Prodigy's own hashes."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big", signed=True)


class Prodigy(Exporter):
    name = "prodigy"
    description = "Prodigy JSONL: tokens, spans, relations, input/task hashes"
    offsets = "code points and token indices (spaCy's tokens; its tokenizer when installed)"
    loses = "ids, actor names and aliases, notes, verdicts, factuality, time/place, evidence"
    layout = "JSON Lines, one task per document (stdout or -o FILE)"
    file_name = "prodigy.jsonl"
    notes = ("annotate's spans overlap (a claim holds its claimant's mention): Prodigy's ner "
             "recipes and spaCy's doc.ents refuse overlapping spans (E103); use them as "
             "doc.spans (spans recipes, spaCy's span categorizer)")

    def render(self, doc: Doc) -> Rendered:
        flat = flatten(doc.annotations)
        text = doc.text
        cuts = {e.start for e in flat.entities} | {e.end for e in flat.entities}
        made = tokenize(text, doc.annotations.document.language, cuts)
        tokens = [{"text": text[a:b], "start": a, "end": b, "id": i, "ws": ws}
                  for i, (a, b, ws) in enumerate(made.tokens)]
        starts = [a for a, _, _ in made.tokens]
        ends = [b for _, b, _ in made.tokens]
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
                "relations": relations,
                "meta": {"document": doc.annotations.document.path,
                         "tokenizer": made.tokenizer},
                "_input_hash": _hash(text), "_task_hash": _hash(text, *body),
                "answer": "accept"}
        notes = Counter({SPLIT_NOTE: made.split} if made.split else {})
        overlapping = overlaps([(e.start, e.end) for e in flat.entities])
        if overlapping:
            notes[OVERLAP_NOTE] = overlapping
        return Rendered(json_line(task), losses=attribute_losses(flat), notes=notes)


SPLIT_NOTE = "prodigy tokens cut where a span starts or ends inside a spaCy token"
OVERLAP_NOTE = ("overlapping spans: Prodigy's ner recipes and spaCy's doc.ents refuse them "
                "(E103); use them as doc.spans (spans recipes, spaCy's span categorizer)")
