"""Which items of different annotators are the same item: by their spans, never by ids.

The rule (also in the README): two spans match when they share at least one character.
Candidate pairs are taken best first — highest overlap (Jaccard: shared characters over
characters covered by either), then earliest in the text, then annotator order — and a
pair joins its two groups unless that would put two items of one annotator in one
group. So each group ("cluster") holds at most one item per annotator; with two
annotators this is a one-to-one matching. Exact matches (same start and end) have
Jaccard 1 and always win.

Actors are matched through their mentions: two actors are the same when mentions of
theirs were matched, the actors sharing most matched mentions first (then the same
rule: never two actors of one annotator in one group).

`Matched` holds one group of annotators' matched items on one article, for `agree`
(`compare`) and `merge` alike.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotate import config
from annotate.model import Annotations

if TYPE_CHECKING:
    from annotate.agreement.corpus import Side
    from annotate.agreement.metrics import Unit

Group = tuple[str, ...]

Node = tuple[int, int]  # (annotator position, item index)
Cluster = dict[int, int]  # annotator position -> item index


@dataclass(frozen=True)
class Spans:
    """One annotator's spans of one layer: (start, end) and the item each belongs to."""

    spans: list[tuple[int, int]]
    owner: list[int]  # index of the actor / event / claim the span belongs to


def mentions(ann: Annotations) -> Spans:
    pairs = [((m.start, m.end), i) for i, actor in enumerate(ann.actors) for m in actor.mentions]
    return Spans([p[0] for p in pairs], [p[1] for p in pairs])


def triggers(ann: Annotations) -> Spans:
    return Spans([(e.trigger.start, e.trigger.end) for e in ann.events],
                 list(range(len(ann.events))))


def claims(ann: Annotations) -> Spans:
    return Spans([(c.span.start, c.span.end) for c in ann.claims], list(range(len(ann.claims))))


def _candidates(a: list[tuple[int, int]], b: list[tuple[int, int]]
                ) -> list[tuple[float, int, int, int, int]]:
    """(jaccard, start, end, i, j) for every overlapping pair a[i], b[j]."""
    order_b = sorted(range(len(b)), key=lambda j: b[j])
    starts_b = [b[j][0] for j in order_b]
    out = []
    longest = max((e - s for s, e in b), default=0)
    for i, (s1, e1) in enumerate(a):
        # b spans that can overlap a[i] start before e1 and after s1 - longest
        lo, hi = bisect_left(starts_b, s1 - longest), bisect_right(starts_b, e1 - 1)
        for j in order_b[lo:hi]:
            s2, e2 = b[j]
            shared = min(e1, e2) - max(s1, s2)
            if shared > 0:
                covered = max(e1, e2) - min(s1, s2)
                out.append((shared / covered, min(s1, s2), max(e1, e2), i, j))
    return out


class _Groups:
    """Union of nodes into clusters that never hold two items of one annotator."""

    def __init__(self) -> None:
        self.root: dict[Node, Node] = {}
        self.members: dict[Node, Cluster] = {}

    def add(self, node: Node) -> None:
        self.root[node] = node
        self.members[node] = {node[0]: node[1]}

    def find(self, node: Node) -> Node:
        while self.root[node] != node:
            self.root[node] = self.root[self.root[node]]
            node = self.root[node]
        return node

    def join(self, x: Node, y: Node) -> bool:
        rx, ry = self.find(x), self.find(y)
        if rx == ry or self.members[rx].keys() & self.members[ry].keys():
            return False
        self.root[ry] = rx
        self.members[rx].update(self.members.pop(ry))
        return True

    def clusters(self) -> list[Cluster]:
        return list(self.members.values())


def cluster(layers: Sequence[list[tuple[int, int]]]) -> list[Cluster]:
    """Group the spans of several annotators (`layers[p]` is annotator p's list) by the
    rule above. Every span is in exactly one cluster; clusters come in text order."""
    if len(layers) == 2:
        return _pair(layers[0], layers[1])
    return _union(layers)


def _union(layers: Sequence[list[tuple[int, int]]]) -> list[Cluster]:
    groups = _Groups()
    for p, spans in enumerate(layers):
        for i in range(len(spans)):
            groups.add((p, i))
    links = []
    for p in range(len(layers)):
        for q in range(p + 1, len(layers)):
            for jac, start, end, i, j in _candidates(layers[p], layers[q]):
                links.append((-jac, start, end, p, q, i, j))
    links.sort()
    for _, _, _, p, q, i, j in links:
        groups.join((p, i), (q, j))
    return sorted(groups.clusters(),
                  key=lambda c: min((layers[p][i], p) for p, i in c.items()))


def _pair(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[Cluster]:
    """`cluster` of two annotators: the same rule is a greedy one-to-one matching (a pair
    joins when neither item is matched yet), without the union-find."""
    # Identical spans go first (Jaccard 1; then the earliest item on each side), matched
    # here in one pass: n copies of one span on both sides were n² candidate pairs.
    same: dict[tuple[int, int], list[int]] = {}
    for j in reversed(range(len(b))):
        same.setdefault(b[j], []).append(j)
    partner = {i: same[a[i]].pop() for i in range(len(a)) if same.get(a[i])}
    taken = set(partner.values())
    rest_a = [i for i in range(len(a)) if i not in partner]
    rest_b = [j for j in range(len(b)) if j not in taken]
    links = sorted((-jac, start, end, rest_a[x], rest_b[y]) for jac, start, end, x, y
                   in _candidates([a[i] for i in rest_a], [b[j] for j in rest_b]))
    for _, _, _, i, j in links:
        if i not in partner and j not in taken:
            partner[i] = j
            taken.add(j)
    keyed = [((a[i], 0), {0: i, 1: partner[i]} if i in partner else {0: i})
             for i in range(len(a))]
    keyed += [((b[j], 1), {1: j}) for j in range(len(b)) if j not in taken]
    for n, (key, c) in enumerate(keyed):  # a cluster starts where its earliest span does
        if len(c) == 2 and (b[c[1]], 1) < key:
            keyed[n] = ((b[c[1]], 1), c)
    keyed.sort(key=lambda kc: kc[0])  # stable, as `cluster` sorts
    return [c for _, c in keyed]


def cluster_actors(anns: Sequence[Annotations], mention_clusters: list[Cluster],
                   mention_layers: Sequence[Spans]) -> list[Cluster]:
    """Actors grouped through their matched mentions (see the module docstring)."""
    weight: Counter[tuple[int, int, int, int]] = Counter()
    for c in mention_clusters:
        owners = sorted((p, mention_layers[p].owner[i]) for p, i in c.items())
        for x in range(len(owners)):
            for y in range(x + 1, len(owners)):
                (p, a), (q, b) = owners[x], owners[y]
                weight[p, a, q, b] += 1
    groups = _Groups()
    for p, ann in enumerate(anns):
        for i in range(len(ann.actors)):
            groups.add((p, i))

    # where each actor is first mentioned (an actor without mentions sorts last)
    first = [[min(((m.start, m.end) for m in actor.mentions), default=(1 << 62, 0))
              for actor in ann.actors] for ann in anns]
    links = sorted((-w, first[p][a], p, a, q, b) for (p, a, q, b), w in weight.items())
    for _, _, p, a, q, b in links:
        groups.join((p, a), (q, b))
    return sorted(groups.clusters(),
                  key=lambda c: min((first[p][i], p) for p, i in c.items()))


def exact_matches(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    """How many spans two annotators tagged at exactly the same offsets (as multisets)."""
    return sum((Counter(a) & Counter(b)).values())


def _verdict_value(inv: config.Inventory, verdict: str | None) -> int | None:
    """The verdict's place on the ordinal scale: its rating, when the scale has ratings
    (verdicts without one, such as unverified, are left out); else its position."""
    if verdict is None:
        return None
    if inv.ratings is not None:
        found = inv.verdict(verdict)
        return found.rating if found is not None else None
    ids = [v.id for v in inv.verdicts]
    return ids.index(verdict) if verdict in ids else None


class Matched:
    """The matched items of one group of annotators on one article."""

    def __init__(self, sides: list[Side]) -> None:
        self.names: Group = tuple(s.annotator for s in sides)
        self.anns: list[Annotations] = [s.ann for s in sides]
        self.invs = [config.for_path(s.path) for s in sides]
        anns = self.anns
        self.layers = {"actors": [mentions(a) for a in anns],
                       "events": [triggers(a) for a in anns],
                       "claims": [claims(a) for a in anns]}
        self.clusters = {layer: cluster([s.spans for s in spans])
                         for layer, spans in self.layers.items()}
        self.actor_clusters = cluster_actors(anns, self.clusters["actors"],
                                                      self.layers["actors"])
        self.actor_of: dict[tuple[int, int], int] = {
            (p, i): n for n, c in enumerate(self.actor_clusters) for p, i in c.items()}
        self.actor_index = [{a.id: i for i, a in enumerate(ann.actors)} for ann in anns]

    def label(self, layer: str, p: int, k: int) -> str:
        owner = self.layers[layer][p].owner[k]
        ann = self.anns[p]
        if layer == "actors":
            return ann.actors[owner].type
        return ann.events[owner].type if layer == "events" else ann.claims[owner].kind

    def actor(self, p: int, actor_id: str | None) -> Hashable:
        """An actor as the same value for every annotator: its cluster (or the outlet)."""
        if actor_id is None:
            return "outlet"
        index = self.actor_index[p].get(actor_id)
        return ("dangling", p, actor_id) if index is None else self.actor_of[p, index]

    def units(self, layer: str) -> list[list[Unit]]:
        return [[(s, e, self.label(layer, p, k)) for k, (s, e) in enumerate(spans.spans)]
                for p, spans in enumerate(self.layers[layer])]

    def value(self, layer: str, name: str, p: int, i: int) -> Hashable | None:
        if layer == "actors":
            return self.anns[p].actors[i].type
        if layer == "events":
            event = self.anns[p].events[i]
            return event.type if name == "type" else event.factuality
        claim = self.anns[p].claims[i]
        if name == "verdict":
            return _verdict_value(self.invs[p], claim.verdict)
        if name == "claimant":
            return self.actor(p, claim.claimant)
        return claim.kind if name == "kind" else claim.checkworthy

    def items(self, layer: str) -> list[Cluster]:
        return self.actor_clusters if layer == "actors" else self.clusters[layer]
