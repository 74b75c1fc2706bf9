"""One list from many recommenders: the same suggestion merged, ranked by score, with
what is tagged or rejected left out."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import accumulate
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


def _spans_of_earlier_win(lists: list[list[ActorSuggestion]]) -> list[list[ActorSuggestion]]:
    """Each list without the mentions that overlap an earlier list's mention of another
    extent: the earlier recommender's reading of where a name starts and ends wins, and
    no two of its actors are joined through a later one's longer or shorter name
    ("Twitter the Federal Aviation Administration" read as one, "Detroit" inside
    "Detroit Public Schools")."""
    out: list[list[ActorSuggestion]] = []
    for found in lists:
        earlier = sorted({m for before in out for s in before for m in s.mentions})
        starts = [m[0] for m in earlier]
        reach = list(accumulate((m[1] for m in earlier), max))  # the furthest end so far
        out.append([replace(sug, mentions=kept) for sug in found if (kept := [
            m for m in sug.mentions if not _clashes(m, earlier, starts, reach)])])
    return out


def _clashes(m: tuple[int, int], earlier: list[tuple[int, int]], starts: list[int],
             reach: list[int]) -> bool:
    """Whether one of the `earlier` mentions (sorted, with their starts and the furthest
    end reached so far) overlaps `m` with another extent: back from the last starting
    before m ends, while any reaches m."""
    i = bisect_left(starts, m[1]) - 1
    while i >= 0 and reach[i] > m[0]:
        if earlier[i][1] > m[0] and earlier[i] != m:
            return True
        i -= 1
    return False


def actors(lists: list[list[ActorSuggestion]], ann: Annotations,
           rejected: set[str]) -> list[ActorSuggestion]:
    """The lists' suggestions merged; where they name the same actor, the earliest
    list's name and type (the recommenders' order: the built-in's typing evidence before
    a model's label), unless its type was a guess, then the highest score."""
    found = [(rank, s) for rank, ss in enumerate(_spans_of_earlier_win(lists)) for s in ss]
    rank_of = {id(s): rank for rank, s in found}
    groups = _groups([s for _rank, s in found])
    taken = {(m.start, m.end) for a in ann.actors for m in a.mentions}
    names = {n.casefold() for a in ann.actors for n in (a.name, *a.aliases)}
    out = []
    for group in groups:
        ranked = sorted(group, key=lambda s: (s.id is None, rank_of[id(s)], -s.score))
        best = ranked[0]
        typed = next((s for s in ranked if not s.guessed), best)
        merged = ActorSuggestion(best.name, typed.type, guessed=typed.guessed,
                                 hint=next((s.hint for s in group if s.hint), ""),
                                 score=_agree(s.score for s in group),
                                 source="+".join(dict.fromkeys(s.source for s in ranked)),
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
                                 "+".join(dict.fromkeys(s.source for s in ranked)),
                                 best.factuality)
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
