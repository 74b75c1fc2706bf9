"""`annotate suggest`: the merged suggestions in the sidecar's own shape.

Actors get ids (the project's where it knows them, else slugs), so events can name
their participants and claims their claimants: events and claims are suggested as if
the suggested actors (with the ones already tagged) had been accepted.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path
from typing import Any

from annotate import article as article_mod
from annotate import config as config_mod
from annotate import sidecar as sidecar_mod
from annotate.errors import UsageError
from annotate.model import Actor, Span
from annotate.suggest import actors, claims, events
from annotate.suggest.project import root_for


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def for_article(article: Path, sidecar: Path | None, config: Path | None,
                names: list[str] | None) -> tuple[dict[str, Any], list[str]]:
    for name in names or []:
        if name not in config_mod.RECOMMENDERS:
            raise UsageError(f"unknown recommender '{name}' (known: "
                             f"{', '.join(config_mod.RECOMMENDERS)})")
    art = article_mod.load(article)
    path = sidecar or sidecar_mod.path_for(article)
    inv = config_mod.for_path(path, config)
    if path.exists() or path.is_symlink():  # (a link to nowhere: load says so)
        ann = sidecar_mod.load(path)
        sidecar_mod.check_belongs(path, ann, article)
    else:
        ann = sidecar_mod.new(art, path)
    notes: list[str] = []
    kw: dict[str, Any] = {"recommenders": names, "project_root": root_for(article),
                          "sidecar": path, "notes": notes}
    found = actors(art, ann, inv=inv, **kw)
    work = deepcopy(ann)
    out_actors = []
    taken = {item.id for _, _, item in work.items()}
    for sug in found:
        actor_id = sug.id if sug.id and sug.id not in taken else work.new_id(sug.name, taken)
        taken.add(actor_id)
        work.actors.append(Actor(actor_id, sug.name, sug.type, list(sug.aliases),
                                 [Span.at(art.text, s, e, context=False) for s, e in sug.mentions]))
        out_actors.append({"id": actor_id, "name": sug.name, "type": sug.type,
                           "aliases": list(sug.aliases),
                           "mentions": [_span(art.text, s, e) for s, e in sug.mentions],
                           **({"hint": sug.hint} if sug.hint else {}),
                           "score": sug.score, "source": sug.source})
    out_events = [{"type": e.type, "trigger": _span(art.text, *e.trigger),
                   "participants": [{"actor": a, "role": r} for a, r in e.participants],
                   "factuality": e.factuality, "score": e.score, "source": e.source}
                  for e in events(art, inv, work, **kw)]
    out_claims = []
    for c in claims(art, work, inv=inv, **kw):
        item: dict[str, Any] = {"span": _span(art.text, *c.span), "claimant": c.claimant}
        if c.cue:
            item["cue"] = _span(art.text, *c.cue)
        item.update(kind=c.kind, checkworthy=c.checkworthy, reason=c.reason, score=c.score,
                    source=c.source)
        out_claims.append(item)
    data = {"document": {"path": article.name, "sha256": art.sha256, "length": art.length},
            "actors": out_actors, "events": out_events, "claims": out_claims}
    return data, list(dict.fromkeys(notes))
