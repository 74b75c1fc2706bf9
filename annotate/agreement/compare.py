"""One article's agreement tallies for each group of annotators, and the figures.

A group is a pair of annotators, or all of an article's annotators when there are three
or more. Pairwise measures (span F1, B-cubed, participants, claimant agreement) of the
whole group are the sums over its pairs (micro-averages); kappa, alpha and unitizing
alpha are computed over the group directly (Fleiss' kappa for three or more).
Tallies add up, so the corpus figures are the same computation over the summed tallies.
"""

from __future__ import annotations

import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import combinations
from typing import Any, NamedTuple

from annotate import config
from annotate.agreement import corpus, matching
from annotate.agreement.corpus import Side
from annotate.agreement.matching import Group, Matched
from annotate.agreement.metrics import B3, F1, Coding, Share, Unit, Unitizing
from annotate.errors import AnnotateError, UsageError
from annotate.validate import workers

LAYERS = ("actors", "events", "claims")
# Families measured on pairs only; a larger group's figure is the sum over its pairs.
PAIRWISE = (".exact", ".overlap", ".coref", ".participants", ".claimant-share")
# The categorical fields compared on matched items; verdicts are ordinal.
FIELDS = {"actors": ("type",), "events": ("type", "factuality"),
          "claims": ("kind", "checkworthy", "verdict", "claimant")}

Key = tuple[str, str | None, Group]  # (family, label, annotators)


class Figure(NamedTuple):  # a tuple: cheap to send back from a worker process
    metric: str  # "claims.verdict.alpha"
    label: str | None  # a type or kind, for per-label span figures
    annotators: Group
    value: float | None  # None: n/a
    n: int  # the items it rests on
    method: str = ""  # cohen, fleiss, nominal, ordinal


@dataclass
class Tallies:
    """Everything the figures are computed from; `add` sums two of them."""

    counts: dict[Key, Any] = field(default_factory=dict)
    units: dict[tuple[str, Group], Unitizing] = field(default_factory=dict)

    def get(self, key: Key, kind: type) -> Any:
        if key not in self.counts:
            self.counts[key] = kind()
        return self.counts[key]

    def add(self, other: Tallies, keep: set[Group] | None = None) -> None:
        """Add an article's tallies (only of the groups in `keep`, when given); its units
        go after the ones already here, as if the articles were one text."""
        for key, tally in other.counts.items():
            if keep is None or key[2] in keep:
                self.get(key, type(tally)).add(tally)
        for (layer, group), units in other.units.items():
            if keep is None or group in keep:
                self.units.setdefault((layer, group), Unitizing(len(group))).extend(units)

    def unitize(self, layer: str, group: Group, length: int, units: list[list[Unit]]) -> None:
        self.units.setdefault((layer, group), Unitizing(len(group))).add(length, units)


def _coding(group: Matched, out: Tallies) -> None:
    m = len(group.names)
    for layer in LAYERS:
        clusters = group.items(layer)
        for name in FIELDS[layer]:
            coding = out.get((f"{layer}.{name}", None, group.names), Coding)
            coding.raters = m
            value = group.value
            for c in clusters:
                coding.item([value(layer, name, p, c[p]) if p in c else None
                             for p in range(m)], m)


def _pairwise(group: Matched, out: Tallies) -> None:
    """Span F1 per layer and label, B-cubed, participants, claimant: two annotators."""
    names = group.names
    for layer in LAYERS:
        a, b = (group.layers[layer][p].spans for p in (0, 1))
        both = [c for c in group.clusters[layer] if len(c) == 2]
        out.get((f"{layer}.exact", None, names), F1).add(
            F1(matching.exact_matches(a, b), len(a), len(b)))
        out.get((f"{layer}.overlap", None, names), F1).add(F1(len(both), len(a), len(b)))
        la, lb = ([group.label(layer, p, k) for k in range(len(group.layers[layer][p].spans))]
                  for p in (0, 1))
        count_a, count_b = Counter(la), Counter(lb)
        exact: Counter[str] = Counter()  # spans both tagged at the same offsets, by label
        pairs_a, pairs_b = Counter(zip(a, la, strict=True)), Counter(zip(b, lb, strict=True))
        for (_, label), n in (pairs_a & pairs_b).items():
            exact[label] += n
        hits = Counter(la[c[0]] for c in both if la[c[0]] == lb[c[1]])
        for label in sorted(count_a.keys() | count_b.keys()):
            out.get((f"{layer}.exact", label, names), F1).add(
                F1(exact[label], count_a[label], count_b[label]))
            out.get((f"{layer}.overlap", label, names), F1).add(
                F1(hits[label], count_a[label], count_b[label]))
    owners = [group.layers["actors"][p].owner for p in (0, 1)]
    matched = [c for c in group.clusters["actors"] if len(c) == 2]
    out.get(("actors.coref", None, names), B3).add(
        B3.of([owners[0][c[0]] for c in matched], [owners[1][c[1]] for c in matched]))
    event_of = {(p, i): n for n, c in enumerate(group.clusters["events"]) for p, i in c.items()}
    triples = [Counter((event_of[p, i], group.actor(p, part.actor), part.role)
                       for i, event in enumerate(group.anns[p].events)
                       for part in event.participants) for p in (0, 1)]
    out.get(("events.participants", None, names), F1).add(
        F1(sum((triples[0] & triples[1]).values()), sum(triples[0].values()),
           sum(triples[1].values())))
    share = out.get(("claims.claimant-share", None, names), Share)
    for c in group.clusters["claims"]:
        if len(c) == 2:
            share.add(Share(int(group.value("claims", "claimant", 0, c[0])
                                == group.value("claims", "claimant", 1, c[1])), 1))


def article(sides: list[Side], length: int) -> Tallies:
    """The tallies of one article: each pair, and all its annotators when three or more."""
    out = Tallies()
    for x, y in combinations(range(len(sides)), 2):
        group = Matched([sides[x], sides[y]])
        _pairwise(group, out)
        _coding(group, out)
        for layer in LAYERS:
            out.unitize(layer, group.names, length, group.units(layer))
    if len(sides) >= 3:
        group = Matched(sides)
        _coding(group, out)
        for layer in LAYERS:
            out.unitize(layer, group.names, length, group.units(layer))
        for (family, label, names), tally in list(out.counts.items()):
            if len(names) == 2 and family.endswith(PAIRWISE):
                out.get((family, label, group.names), type(tally)).add(tally)
    return out


class Corpus:
    """Article tallies summed over a corpus."""

    def __init__(self, annotators: list[str]) -> None:
        self.annotators = tuple(annotators)
        self.tallies = Tallies()
        self.articles: Counter[Group] = Counter()

    def groups(self) -> set[Group]:
        """The pairs, and all annotators together when there are three or more: a group
        counts the articles that all its annotators annotated."""
        out = {tuple(p) for p in combinations(self.annotators, 2)}
        if len(self.annotators) >= 3:
            out.add(self.annotators)
        return out

    def add(self, article_tallies: Tallies) -> None:
        keep = self.groups()
        self.tallies.add(article_tallies, keep)
        for layer, group in article_tallies.units:
            if layer == LAYERS[0] and group in keep:
                self.articles[group] += 1

    def extend(self, other: Corpus) -> None:
        """Add the sums of the articles that come after this one's (a worker's chunk)."""
        self.tallies.add(other.tallies)
        self.articles.update(other.articles)


def figures(tallies: Tallies) -> Iterator[Figure]:
    """Every figure the tallies hold, layer by layer, groups in the order met."""
    groups = list(dict.fromkeys(key[2] for key in tallies.counts))
    labels: dict[tuple[str, Group], list[str]] = {}
    for family, label, group in tallies.counts:
        if label is not None and family.endswith(".overlap"):
            labels.setdefault((family.split(".")[0], group), []).append(label)
    for layer in LAYERS:
        for group in groups:
            yield from _layer_figures(tallies, layer, group, sorted(labels.get((layer, group),
                                                                               [])))


def _f1(metric: str, label: str | None, group: Group, t: F1) -> Iterator[Figure]:
    yield Figure(f"{metric}.f1", label, group, t.f1, t.a + t.b)
    yield Figure(f"{metric}.precision", label, group, t.precision, t.b)
    yield Figure(f"{metric}.recall", label, group, t.recall, t.a)


def _layer_figures(t: Tallies, layer: str, group: Group, labels: list[str]
                   ) -> Iterator[Figure]:
    counts = t.counts
    for kind in ("exact", "overlap"):
        if (f"{layer}.{kind}", None, group) in counts:
            yield from _f1(f"{layer}.{kind}", None, group, counts[f"{layer}.{kind}", None, group])
    units = t.units.get((layer, group))
    if units is not None:
        yield Figure(f"{layer}.unitizing.alpha", None, group, units.alpha(), units.units())
    for name in FIELDS[layer]:
        coding = counts.get((f"{layer}.{name}", None, group))
        if coding is None:
            continue
        if name == "verdict":
            order = sorted(v for pair in coding.coincidences for v in pair)
            yield Figure(f"{layer}.verdict.alpha", None, group,
                         coding.alpha(sorted(set(order))), coding.units, "ordinal")
            continue
        if name != "claimant":
            yield Figure(f"{layer}.{name}.kappa", None, group, coding.kappa(), coding.n_kappa,
                         "cohen" if len(group) == 2 else "fleiss")
        yield Figure(f"{layer}.{name}.alpha", None, group, coding.alpha(), coding.units,
                     "nominal")
    if layer == "actors" and ("actors.coref", None, group) in counts:
        b3 = counts["actors.coref", None, group]
        yield Figure("actors.coref.b3", None, group, b3.f1, b3.n)
    if layer == "events" and ("events.participants", None, group) in counts:
        yield from _f1("events.participants", None, group,
                       counts["events.participants", None, group])
    if layer == "claims":
        share = counts.get(("claims.claimant-share", None, group))
        if share is not None:
            yield Figure("claims.claimant.agreement", None, group, share.value, share.n)
    for label in labels:
        for kind in ("exact", "overlap"):
            yield from _f1(f"{layer}.{kind}", label, group, counts[f"{layer}.{kind}", label, group])
        if units is not None:
            yield Figure(f"{layer}.unitizing.alpha", label, group, units.alpha(label),
                         units.units(label))


@dataclass
class ArticleResult:
    article: str
    sidecars: dict[str, str]  # annotator -> sidecar path
    figures: list[Figure]
    # What `run`'s `render` made of the figures (then `figures` is left empty: the
    # output is made where the figures are, and only it crosses between processes).
    rendered: Any = None


Render = Callable[[ArticleResult], Any]


def _one(group: corpus.Group, render: Render | None = None) -> tuple[ArticleResult, Tallies]:
    """One article's result and tallies."""
    sides = corpus.load(group)
    tallies = article(sides, sides[0].ann.document.length)
    result = ArticleResult(str(group.article), {s.annotator: str(s.path) for s in sides},
                           list(figures(tallies)))
    if render is not None:
        result.rendered, result.figures = render(result), []
    return result, tallies


Error = tuple[str, str, Any, Any, Any]  # an AnnotateError's kind, message and location


def _chunk(groups: list[corpus.Group], annotators: Group, render: Render | None
           ) -> tuple[list[ArticleResult], Corpus, Error | None]:
    """Consecutive articles: their results and their tallies summed, in order (so their
    units lie end to end as in one pass); an error ends the chunk and comes back as a
    value (exceptions lose their attributes between processes). Summing here, beside
    the work, spares the process that writes: it unpickles and adds one sum per chunk."""
    part = Corpus(list(annotators))
    results: list[ArticleResult] = []
    for group in groups:
        try:
            result, tallies = _one(group, render)
        except AnnotateError as exc:
            return results, part, (type(exc).__name__, exc.message, exc.path, exc.line,
                                   exc.column)
        part.add(tallies)
        results.append(result)
    return results, part, None


# Articles per chunk: the same whatever the number of processes, so that the sums are
# made in the same order (floating point) and every run gives the same figures.
CHUNK = 16
# Below this many articles one process is faster than starting workers.
PARALLEL_MIN = 32


def _chunks(groups: list[corpus.Group], annotators: Group, jobs: int | None,
            render: Render | None
            ) -> Iterator[tuple[list[ArticleResult], Corpus, Error | None]]:
    work = partial(_chunk, annotators=annotators, render=render)
    chunks = [groups[n:n + CHUNK] for n in range(0, len(groups), CHUNK)]
    jobs = workers(jobs, len(groups) // (PARALLEL_MIN // 2))
    if jobs <= 1 or len(groups) < PARALLEL_MIN:
        yield from map(work, chunks)
        return
    import multiprocessing

    from annotate import schema

    schema.warm()  # compiled once, inherited by the forked workers
    config.default()
    # fork: workers start at once with everything imported. Only on Linux; macOS system
    # libraries are not fork-safe, so there the default (spawn).
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    # At most `ahead` chunks in flight: when this process (which writes) is slower than
    # the workers, their results must not pile up (memory stays flat).
    ahead = threading.BoundedSemaphore(jobs * 2)

    def feed() -> Iterator[list[corpus.Group]]:
        for chunk in chunks:
            ahead.acquire()
            yield chunk

    with context.Pool(jobs) as pool:
        for done in pool.imap(work, feed()):
            ahead.release()
            yield done


def run(found: corpus.Corpus, total: Corpus, jobs: int | None = None,
        render: Render | None = None) -> Iterator[ArticleResult]:
    """Each article's figures, in order, one article at a time (memory stays flat);
    `total` sums the corpus as they come. Large corpora use a process per core.

    `render` (a module-level function, so that it reaches worker processes) turns an
    article's result into its output, beside the work that made it: its value is in
    `rendered` and the figures are not sent back."""
    for results, part, error in _chunks(found.groups, total.annotators, jobs, render):
        total.extend(part)
        yield from results
        if error is not None:
            kind, message, path, line, column = error
            raise (UsageError if kind == "UsageError" else AnnotateError)(
                message, path, line, column)
