"""`annotate merge`: one gold sidecar from several annotators' sidecars of an article.

Items are matched as `agree` matches them (by spans; actors through their mentions).
Each group of matched items gets one id (the one most of them used) and every reference
is rewritten to it, so the annotators' versions can be compared field by field:

- actors: type and the set of mention spans;
- events: trigger span, type, factuality, and participants (actor and role);
- claims: span, kind, claimant, check-worthiness and verdict.

The version at least `min_agree` annotators gave goes in, with `sources` naming them.
Otherwise the item is an open disagreement holding every version (and `null` for those
who did not tag it): while at least `min_agree` annotators tagged it, the most common
version stands in the list (so references to it resolve); else it is left out.
Fields that are not compared (name, aliases, notes, time, place, cue, evidence, about)
come from the agreeing annotators: the first value given, or the union of lists.
"""

from __future__ import annotations

import copy
import os
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path

from annotate.agreement.corpus import Side
from annotate.agreement.matching import Matched
from annotate.errors import AnnotateError
from annotate.model import (
    Actor,
    Annotations,
    Annotator,
    Claim,
    Disagreement,
    Event,
    Evidence,
    Item,
    Version,
)

COMPARED = {"actors": ("type", "mentions"),
            "events": ("trigger", "type", "factuality", "participants"),
            "claims": ("span", "kind", "claimant", "checkworthy", "verdict")}


def majority(annotators: int) -> int:
    return annotators // 2 + 1


def compared(item: Item) -> dict[str, Hashable]:
    """The fields two versions must share to agree (references already unified)."""
    if isinstance(item, Actor):
        return {"type": item.type,
                "mentions": tuple(sorted((m.start, m.end) for m in item.mentions))}
    if isinstance(item, Event):
        return {"trigger": (item.trigger.start, item.trigger.end), "type": item.type,
                "factuality": item.factuality,
                "participants": tuple(sorted((p.actor, p.role) for p in item.participants))}
    return {"span": (item.span.start, item.span.end), "kind": item.kind,
            "claimant": item.claimant, "checkworthy": item.checkworthy,
            "verdict": item.verdict}


@dataclass
class Summary:
    agreed: int = 0
    provisional: int = 0  # open, the most common version standing in
    absent: int = 0  # open, too few annotators tagged it

    @property
    def open(self) -> int:
        return self.provisional + self.absent


def _first(values: list) -> object:  # type: ignore[type-arg]
    return next((v for v in values if v not in (None, "", [], {})), values[0] if values else None)


def _union(lists: list[list]) -> list:  # type: ignore[type-arg]
    return list(dict.fromkeys(x for xs in lists for x in xs))


def _combine(items: list[Item]) -> Item:
    """One item from agreeing versions: compared fields are equal; the rest are merged."""
    out = copy.deepcopy(items[0])
    if isinstance(out, Actor):
        actors = [i for i in items if isinstance(i, Actor)]
        out.aliases = [a for a in _union([a.aliases for a in actors]) if a != out.name]
        out.external_ids = {k: v for a in reversed(actors) for k, v in a.external_ids.items()}
    elif isinstance(out, Event):
        events = [i for i in items if isinstance(i, Event)]
        out.time = str(_first([e.time for e in events]))
        out.place = str(_first([e.place for e in events]))
    elif isinstance(out, Claim):
        claims = [i for i in items if isinstance(i, Claim)]
        out.cue = copy.deepcopy(_first([c.cue for c in claims]))  # type: ignore[assignment]
        urls: dict[str, Evidence] = {}
        for claim in claims:
            for ev in claim.evidence:
                urls.setdefault(ev.url, copy.deepcopy(ev))
        out.evidence = list(urls.values())
        out.about = _union([c.about for c in claims])
        for name in ("recheck", "reviewed", "review_url"):
            setattr(out, name, _first([getattr(c, name) for c in claims]) or None)
    out.note = str(_first([i.note for i in items]))
    return out


class _Ids:
    """One id per group of matched items, the one most of its annotators used."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def pick(self, ids: list[str]) -> str:
        counts = Counter(ids)
        best = max(ids, key=lambda i: counts[i])  # max keeps the first of equals
        candidate, n = best, 2
        while candidate in self.taken:
            candidate, n = f"{best}-{n}", n + 1
        self.taken.add(candidate)
        return candidate


def merge(sides: list[Side], target: Path, min_agree: int | None = None
          ) -> tuple[Annotations, Summary]:
    """The merged annotations for a sidecar at `target` (its article path is made
    relative to it), and what happened."""
    names = [s.annotator for s in sides]
    need = majority(len(sides)) if min_agree is None else min_agree
    if not 1 <= need <= len(sides):
        raise AnnotateError(f"--min-agree must be between 1 and {len(sides)} (the number of "
                            f"annotators), not {need}")
    matched = Matched(sides)
    anns = matched.anns
    groups = {"actors": matched.actor_clusters, "events": matched.clusters["events"],
              "claims": matched.clusters["claims"]}
    # Items in the first annotator's order, then those only later annotators tagged.
    for section in groups:
        groups[section] = sorted(groups[section], key=lambda c: min(c.items()))
    ids = _Ids()
    rename: list[dict[str, str]] = [{} for _ in sides]
    unified: dict[str, list[str]] = {}
    for section, clusters in groups.items():
        unified[section] = []
        for c in clusters:
            new = ids.pick([getattr(anns[p], section)[i].id for p, i in sorted(c.items())])
            unified[section].append(new)
            for p, i in c.items():
                rename[p][getattr(anns[p], section)[i].id] = new

    def version(p: int, section: str, i: int, new_id: str) -> Item:
        item: Item = copy.deepcopy(getattr(anns[p], section)[i])
        item.id, item.sources = new_id, []
        ref = rename[p]
        if isinstance(item, Event):
            for part in item.participants:
                part.actor = ref.get(part.actor, part.actor)
        elif isinstance(item, Claim):
            item.claimant = None if item.claimant is None else ref.get(item.claimant,
                                                                        item.claimant)
            item.about = [ref.get(a, a) for a in item.about]
        return item

    out = Annotations(copy.deepcopy(anns[0].document), _annotators(sides))
    out.document.path = Path(os.path.relpath(
        (sides[0].path.parent / anns[0].document.path).resolve(),
        target.parent.resolve())).as_posix()
    out.rejected = _union([a.rejected for a in anns])
    summary = Summary()
    for section, clusters in groups.items():
        for c, new_id in zip(clusters, unified[section], strict=True):
            versions = {p: version(p, section, i, new_id) for p, i in sorted(c.items())}
            by_key: dict[tuple, list[int]] = {}  # type: ignore[type-arg]
            for p, item in versions.items():
                by_key.setdefault(tuple(compared(item).values()), []).append(p)
            ranked = sorted(by_key.values(), key=lambda ps: (-len(ps), ps[0]))
            best = ranked[0]
            if len(c) >= need:
                item = _combine([versions[p] for p in best])
                item.sources = [names[p] for p in best]
                getattr(out, section).append(item)
            if len(best) >= need:
                summary.agreed += 1
                continue
            if len(c) >= need:
                summary.provisional += 1
            else:
                summary.absent += 1
            differ = [f for f in COMPARED[section]
                      if len({compared(v)[f] for v in versions.values()}) > 1]
            found = [Version([names[p] for p in ps], _combine([versions[p] for p in ps]))
                     for ps in ranked]
            for v in found:
                assert v.item is not None
                v.item.sources = []
            missing = [names[p] for p in range(len(sides)) if p not in c]
            if missing:
                found.append(Version(missing, None))
            out.disagreements.append(Disagreement(section, new_id, differ, found))
    _resolve(out)
    return out, summary


def _annotators(sides: list[Side]) -> list[Annotator]:
    out = []
    for side in sides:
        known = next((a for a in side.ann.annotators if a.id == side.annotator), None)
        out.append(Annotator(side.annotator, known.name if known else ""))
    return out


def _resolve(ann: Annotations) -> None:
    """Drop references to items that are not in the merged lists (they are open
    disagreements nobody settled): the file must validate as it is."""
    actors = {a.id for a in ann.actors}
    present = {item.id for _, _, item in ann.items()}
    for event in ann.events:
        event.participants = [p for p in event.participants if p.actor in actors]
    for claim in ann.claims:
        if claim.claimant is not None and claim.claimant not in actors:
            claim.claimant = None
        claim.about = [a for a in claim.about if a in present and a != claim.id]
