"""One list from many recommenders: the same suggestion merged, ranked by score, with
what is tagged or rejected left out."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from annotate.model import Annotations
from annotate.suggest.base import ActorSuggestion, ClaimSuggestion, EventSuggestion


def _agree(scores: Iterable[float]) -> float:
    """Two recommenders that agree are surer than either alone."""
    doubt = 1.0
    for s in scores:
        doubt *= 1.0 - s
    return round(min(0.99, 1.0 - doubt), 2)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same(sug: ActorSuggestion, group: list[ActorSuggestion]) -> bool:
    """The same actor: a name in common, or a mention in the same place."""
    forms = {f.casefold() for f in (sug.name, *sug.aliases)}
    if forms & {f.casefold() for o in group for f in (o.name, *o.aliases)}:
        return True
    return any(_overlap(m, n) for o in group for n in o.mentions for m in sug.mentions)


def actors(lists: list[list[ActorSuggestion]], ann: Annotations,
           rejected: set[str]) -> list[ActorSuggestion]:
    groups: list[list[ActorSuggestion]] = []
    for sug in (s for found in lists for s in found):
        home = [g for g in groups if _same(sug, g)]
        if not home:
            groups.append([sug])
            continue
        first = home[0]
        first.append(sug)
        for other in home[1:]:  # a suggestion that bridges two groups joins them
            first.extend(other)
            groups.remove(other)
    taken = {(m.start, m.end) for a in ann.actors for m in a.mentions}
    names = {n.casefold() for a in ann.actors for n in (a.name, *a.aliases)}
    out = []
    for group in groups:
        best = max(group, key=lambda s: (s.id is not None, s.score))
        merged = ActorSuggestion(best.name, best.type, hint=next((s.hint for s in group if s.hint),
                                                                 ""),
                                 score=_agree(s.score for s in group),
                                 source="+".join(dict.fromkeys(
                                     s.source for s in sorted(group, key=lambda s: -s.score))),
                                 id=best.id)
        spans: list[tuple[int, int]] = []
        for m in sorted({m for s in group for m in s.mentions}, key=lambda m: (m[0], -m[1])):
            if not any(_overlap(m, n) for n in spans):
                spans.append(m)
        merged.mentions = [m for m in spans if m not in taken]
        merged.aliases = list(dict.fromkeys(a for s in group for a in (s.name, *s.aliases)
                                            if a != merged.name))
        if (merged.mentions and merged.key not in rejected
                and merged.name.casefold() not in names):
            out.append(merged)
    return sorted(out, key=lambda s: (-s.score, s.mentions[0]))


def events(lists: list[list[EventSuggestion]], ann: Annotations,
           rejected: set[str], sentence_at: Callable[[int], int]) -> list[EventSuggestion]:
    groups: list[list[EventSuggestion]] = []
    for sug in (s for found in lists for s in found):
        home = next((g for g in groups if any(_overlap(sug.trigger, o.trigger) for o in g)), None)
        if home is None:
            groups.append([sug])
        else:
            home.append(sug)
    tagged = [(e.trigger.start, e.trigger.end) for e in ann.events]
    typed = {(sentence_at(e.trigger.start), e.type) for e in ann.events}
    out = []
    for group in groups:
        ranked = sorted(group, key=lambda s: -s.score)
        best = ranked[0]
        pairs = next((s.participants for s in ranked if s.participants), [])
        merged = EventSuggestion(best.type, best.trigger, list(pairs),
                                 _agree(s.score for s in group),
                                 "+".join(dict.fromkeys(s.source for s in ranked)))
        if (merged.key in rejected or any(_overlap(merged.trigger, t) for t in tagged)
                or (sentence_at(merged.trigger[0]), merged.type) in typed):
            continue
        out.append(merged)
    return sorted(out, key=lambda s: (-s.score, s.trigger))


def claims(lists: list[list[ClaimSuggestion]], ann: Annotations,
           rejected: set[str]) -> list[ClaimSuggestion]:
    groups: list[list[ClaimSuggestion]] = []
    for sug in (s for found in lists for s in found):
        home = next((g for g in groups if any(_overlap(sug.span, o.span) for o in g)), None)
        if home is None:
            groups.append([sug])
        else:
            home.append(sug)
    tagged = [(c.span.start, c.span.end) for c in ann.claims]
    out = []
    for group in groups:
        ranked = sorted(group, key=lambda s: -s.score)
        best = ranked[0]
        said = next((s for s in ranked if s.claimant), None)
        merged = ClaimSuggestion(best.span, best.kind, said.cue if said else best.cue,
                                 said.claimant if said else None, best.reason,
                                 best.checkworthy, _agree(s.score for s in group),
                                 "+".join(dict.fromkeys(s.source for s in ranked)))
        if merged.key in rejected or any(_overlap(merged.span, t) for t in tagged):
            continue
        out.append(merged)
    return sorted(out, key=lambda s: (not s.checkworthy, -s.score, s.span))
