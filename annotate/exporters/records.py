"""One flat record per annotation, with its text and references resolved to names.

Shared by the `jsonl` and `csv` formats, which hold everything the model holds except
the prefix/suffix context of spans (it can be read off the article again).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from annotate.exporters.base import Doc
from annotate.model import Actor, Claim, Event


def records(doc: Doc) -> Iterator[dict[str, Any]]:
    ann = doc.annotations
    names = {a.id: a.name for a in ann.actors}
    labels = {item.id: _label(item) for _, _, item in ann.items()}
    common = {"document": ann.document.path, "sidecar": doc.sidecar.name}
    for actor in ann.actors:
        first = actor.mentions[0] if actor.mentions else None
        yield {**common, "kind": "actor", "id": actor.id, "type": actor.type,
               "name": actor.name, "aliases": actor.aliases,
               "start": first.start if first else None, "end": first.end if first else None,
               "text": first.text if first else None,
               "mentions": [{"start": m.start, "end": m.end, "text": m.text}
                            for m in actor.mentions],
               "external_ids": actor.external_ids, "note": actor.note}
    for event in ann.events:
        t = event.trigger
        yield {**common, "kind": "event", "id": event.id, "type": event.type,
               "start": t.start, "end": t.end, "text": t.text,
               "sentence": doc.article.sentence_at(t.start).number,
               "participants": [{"actor": p.actor, "name": names.get(p.actor), "role": p.role}
                                for p in event.participants],
               "factuality": event.factuality, "time": event.time, "place": event.place,
               "note": event.note}
    for claim in ann.claims:
        s = claim.span
        verdict = doc.inventory.verdict(claim.verdict) if claim.verdict else None
        yield {**common, "kind": "claim", "id": claim.id, "type": claim.kind,
               "start": s.start, "end": s.end, "text": s.text,
               "sentence": doc.article.sentence_at(s.start).number,
               "claimant": claim.claimant,
               "claimant_name": names.get(claim.claimant or "") if claim.claimant
               else "(the outlet)",
               "cue": claim.cue.text if claim.cue else None,
               "cue_start": claim.cue.start if claim.cue else None,
               "cue_end": claim.cue.end if claim.cue else None,
               "checkworthy": claim.checkworthy, "verdict": claim.verdict,
               "verdict_label": verdict.label if verdict else None,
               "about": [{"id": ref, "name": labels.get(ref)} for ref in claim.about],
               "evidence": [{"url": e.url, "note": e.note} for e in claim.evidence],
               "note": claim.note}


def _label(item: Actor | Event | Claim) -> str:
    if isinstance(item, Actor):
        return item.name
    if isinstance(item, Event):
        return f"{item.type}: {item.trigger.text}"
    return item.span.text
