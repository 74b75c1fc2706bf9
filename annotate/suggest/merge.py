"""One list from many recommenders: the same suggestion merged, ranked by score, with
what is tagged or rejected left out."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from annotate.model import Annotations
from annotate.suggest.base import ActorSuggestion, ClaimSuggestion, EventSuggestion

T = TypeVar("T")


def _agree(scores: Iterable[float]) -> float:
    """Two recommenders that agree are surer than either alone."""
    doubt = 1.0
    for s in scores:
        doubt *= 1.0 - s
    return round(min(0.99, 1.0 - doubt), 2)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _groups(sugs: list[ActorSuggestion]) -> list[list[ActorSuggestion]]:
    """The same actor: a name in common, or a mention in the same place (transitively:
    a suggestion that bridges two groups joins them). Near-linear: names by a dict,
    overlapping mentions by one sweep in reading order."""
    parent = list(range(len(sugs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    by_form: dict[str, int] = {}
    for i, sug in enumerate(sugs):
        for form in (sug.name, *sug.aliases):
            join(i, by_form.setdefault(form.casefold(), i))
    reach, owner = -1, -1  # the furthest end of the mentions seen so far, and whose
    for start, end, i in sorted((m[0], m[1], i) for i, s in enumerate(sugs) for m in s.mentions):
        if start < reach:
            join(i, owner)
        if end > reach:
            reach, owner = end, i
    groups: dict[int, list[ActorSuggestion]] = {}
    for i, sug in enumerate(sugs):
        groups.setdefault(root(i), []).append(sug)
    return list(groups.values())


def _by_overlap(items: list[T], span: Callable[[T], tuple[int, int]]) -> list[list[T]]:
    """Items whose spans overlap, grouped (one sweep in reading order)."""
    groups: list[list[T]] = []
    reach = -1
    for item in sorted(items, key=lambda x: span(x)):
        start, end = span(item)
        if groups and start < reach:
            groups[-1].append(item)
        else:
            groups.append([item])
        reach = max(reach, end)
    return groups


def actors(lists: list[list[ActorSuggestion]], ann: Annotations,
           rejected: set[str]) -> list[ActorSuggestion]:
    groups = _groups([s for found in lists for s in found])
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
        reach = -1
        for m in sorted({m for s in group for m in s.mentions}, key=lambda m: (m[0], -m[1])):
            if m[0] >= reach:  # the longest of overlapping mentions, in reading order
                spans.append(m)
                reach = m[1]
        merged.mentions = [m for m in spans if m not in taken]
        merged.aliases = list(dict.fromkeys(a for s in group for a in (s.name, *s.aliases)
                                            if a != merged.name))
        if (merged.mentions and merged.key not in rejected
                and merged.name.casefold() not in names):
            out.append(merged)
    return sorted(out, key=lambda s: (-s.score, s.mentions[0]))


def events(lists: list[list[EventSuggestion]], ann: Annotations,
           rejected: set[str], sentence_at: Callable[[int], int]) -> list[EventSuggestion]:
    groups = _by_overlap([s for found in lists for s in found], lambda s: s.trigger)
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
           rejected: set[str], sentence_at: Callable[[int], int]) -> list[ClaimSuggestion]:
    # One claim is offered per sentence, so one rejected in a sentence (by its start: a
    # whole sentence once, now what was said in it) is the sentence's.
    refused = {sentence_at(int(key[6:])) for key in rejected
               if key.startswith("claim:") and key[6:].isdigit()}
    groups = _by_overlap([s for found in lists for s in found], lambda s: s.span)
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
        if sentence_at(merged.span[0]) in refused or any(_overlap(merged.span, t)
                                                         for t in tagged):
            continue
        out.append(merged)
    return sorted(out, key=lambda s: (not s.checkworthy, -s.score, s.span))
