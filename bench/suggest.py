"""Score each recommender's suggestions against gold annotations of real news.

    .venv/bin/python bench/suggest.py                    # built-in, project, spacy if installed
    .venv/bin/python bench/suggest.py --pipeline en_core_web_sm --show
    .venv/bin/python bench/suggest.py --gold DIR --no-samples   # another gold folder

Gold: `bench/gold/*.ann.yaml` by default (Wikinews stories, see bench/gold/README.md), or
any folder of sidecars next to their articles (`--gold DIR`); the bundled samples are
scored separately. A `sets.yaml` in the gold folder (set name -> article stems) adds a
report per set after the whole folder's, so rules fitted to one set show it. `--show`
lists, per article, the actors suggested that match no gold actor (or several), the gold
actors missed, split or typed otherwise, the suggested triggers that match no gold event,
the gold events nobody suggested (for the built-in alone, with the rule that left a
trigger word found out), the wrong participant pairs and the claimants wrong or missed.
Each recommender runs alone (`--recommender NAME`), as `annotate suggest` runs it; the project
recommender sees the other gold sidecars (leave-one-out: every article is new to it).

Matching rules:
- Actors: a suggested actor matches a gold actor when any of their mentions overlap.
  Precision = suggestions matching some gold actor / suggestions; recall = gold actors
  matched / gold actors. Type accuracy is over matched gold actors (the suggestion with
  most overlapping mentions). A gold actor matched by two or more suggestions is
  "split"; a suggestion matching two or more gold actors is "merged".
- Events (triggers): suggested with the gold actors already tagged (the walkthrough
  asks for events after actors). A suggested trigger matches a gold event when the
  spans overlap, or when it is in the same sentence with the same type. P/R as above;
  type accuracy over matched events. "Counted by type" is looser: a suggestion is right
  when it overlaps a gold trigger or the article's gold has an event of its type, and a
  gold event is found when a suggestion overlaps it or has its type. "At a score of at
  least" gives P/R among the suggestions scored that much or more, for each score given
  (a consumer that keeps only the higher scores trades recall for precision).
- Participant pairs: each (actor, role) of a suggestion matched to a gold event is
  right when the gold event has that actor in that role, else wrong. Pairs on
  suggestions that match no gold event are counted apart ("on unmatched"), and then
  again as wrong ("counting them": the issue's "of the pairs suggested" may mean all of
  them). The wrong-pairs target asks both figures to meet the bar.
- Claims: suggested with the gold actors tagged; only suggestions marked check-worthy
  count. A suggestion matches a check-worthy gold claim when their spans overlap.
  Precision = suggestions overlapping some check-worthy gold claim / suggestions;
  recall = check-worthy gold claims overlapped / all of them. Claimant, per matched gold
  claim (best-overlapping suggestion): right when equal (both an actor id), wrong when
  the suggestion names another actor, missed when gold has one and the suggestion none.
- Time: milliseconds per article (median of --runs, each on a text no cache has seen:
  the walkthrough asks three times per article, and the recommenders keep what they read
  of the last texts, which would flatter a repeat), a ~10 KB article made of the gold
  stories, and load time (first call in the process, spaCy's pipeline load included).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotate import article as article_mod  # noqa: E402
from annotate import config, sidecar, suggest  # noqa: E402
from annotate.model import Annotations  # noqa: E402

GOLD = ROOT / "bench" / "gold"
SAMPLES = ROOT / "samples"


@dataclass
class Score:
    actors_suggested: int = 0
    actors_correct: int = 0
    gold_actors: int = 0
    gold_found: int = 0
    type_right: int = 0
    split: int = 0
    merged: int = 0
    events_suggested: int = 0
    events_correct: int = 0
    gold_events: int = 0
    events_found: int = 0
    event_type_right: int = 0
    events_by_type: int = 0  # suggested triggers whose type the article's gold has
    found_by_type: int = 0  # gold events whose type a suggestion has
    pairs_right: int = 0
    pairs_wrong: int = 0
    pairs_unmatched: int = 0
    claims_suggested: int = 0
    claims_correct: int = 0
    gold_claims: int = 0
    claims_found: int = 0
    claimant_right: int = 0
    claimant_wrong: int = 0
    claimant_missed: int = 0
    # Each suggested trigger: its score, and the gold event it matched ("" for none), for
    # precision and recall among the suggestions scored at least so much.
    triggers: list[tuple[float, str]] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # for --show

    # The figures `report` prints and `targets` judges.
    @property
    def actor_p(self) -> float:
        return _ratio(self.actors_correct, self.actors_suggested)

    @property
    def actor_r(self) -> float:
        return _ratio(self.gold_found, self.gold_actors)

    @property
    def actor_f1(self) -> float:
        p, r = self.actor_p, self.actor_r
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def typed(self) -> float:
        return _ratio(self.type_right, self.gold_found)

    @property
    def trigger_p(self) -> float:
        return _ratio(self.events_correct, self.events_suggested)

    @property
    def trigger_r(self) -> float:
        return _ratio(self.events_found, self.gold_events)

    def triggers_above(self, cut: float) -> tuple[float, float]:
        """Trigger precision and recall among the suggestions scored `cut` or more."""
        kept = [match for score, match in self.triggers if score >= cut]
        found = {match for match in kept if match}
        return _ratio(sum(bool(m) for m in kept), len(kept)), _ratio(len(found),
                                                                     self.gold_events)

    @property
    def wrong_pairs(self) -> float:
        return _ratio(self.pairs_wrong, self.pairs_right + self.pairs_wrong)

    @property
    def wrong_of_all(self) -> float:
        """Wrong pairs among all pairs suggested, those on unmatched triggers counted wrong."""
        return _ratio(self.pairs_wrong + self.pairs_unmatched,
                      self.pairs_right + self.pairs_wrong + self.pairs_unmatched)

    @property
    def claim_p(self) -> float:
        return _ratio(self.claims_correct, self.claims_suggested)

    @property
    def claim_r(self) -> float:
        return _ratio(self.claims_found, self.gold_claims)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
            else:
                getattr(self, name).extend(value)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _quote(text: str, span: tuple[int, int]) -> str:
    line = text[max(0, span[0] - 30):span[1] + 30].replace("\n", " ")
    return f"'{text[span[0]:span[1]]}' (…{line}…)"


def _pairs(pairs: list[tuple[str, str]]) -> str:
    return "[" + ", ".join(f"{a}:{r}" for a, r in pairs) + "]"


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def score_article(path: Path, gold: Annotations, names: list[str], root: Path | None,
                  runs: int, inv: config.Inventory, gold_path: Path) -> Score:
    art = article_mod.load(path)
    empty = Annotations(gold.document)
    with_actors = Annotations(gold.document, actors=gold.actors)
    sc = Score()
    # The article's own gold sidecar is never read: the project sees only the others.
    kw = {"recommenders": names, "project_root": root, "sidecar": gold_path}
    for run in range(runs):
        # Each timed run reads a text no cache has seen (a trailing newline more), as a
        # new article is read.
        fresh = article_mod.from_text(art.text + "\n" * (run + 1), path)
        t0 = time.perf_counter()
        suggest.actors(fresh, empty, inv=inv, **kw)  # type: ignore[arg-type]
        suggest.events(fresh, inv, with_actors, **kw)  # type: ignore[arg-type]
        suggest.claims(fresh, with_actors, inv=inv, **kw)  # type: ignore[arg-type]
        sc.times.append((time.perf_counter() - t0) * 1000)
    found = suggest.actors(art, empty, inv=inv, **kw)  # type: ignore[arg-type]
    evs = suggest.events(art, inv, with_actors, **kw)  # type: ignore[arg-type]
    cls = suggest.claims(art, with_actors, inv=inv, **kw)  # type: ignore[arg-type]
    # Actors
    gold_spans = {a.id: [(m.start, m.end) for m in a.mentions] for a in gold.actors}
    gold_type = {a.id: a.type for a in gold.actors}
    hits: dict[str, list[tuple[int, str]]] = {a: [] for a in gold_spans}
    for sug in found:
        matched = []
        for aid, spans in gold_spans.items():
            n = sum(1 for m in sug.mentions for g in spans if _overlap(m, g))
            if n:
                matched.append(aid)
                hits[aid].append((n, sug.type))
        sc.actors_suggested += 1
        sc.actors_correct += bool(matched)
        sc.merged += len(matched) > 1
        if not matched:
            sc.details.append(f"  extra actor {sug.name!r} ({sug.type})")
        elif len(matched) > 1:
            sc.details.append(f"  merged actor {sug.name!r}: {', '.join(matched)}")
    sc.gold_actors = len(gold_spans)
    for aid, got in hits.items():
        if got:
            sc.gold_found += 1
            sc.split += len(got) > 1
            sc.type_right += max(got)[1] == gold_type[aid]
            if max(got)[1] != gold_type[aid]:
                sc.details.append(f"  actor type {aid}: {max(got)[1]} (gold {gold_type[aid]})")
            if len(got) > 1:
                sc.details.append(f"  split actor {aid} in {len(got)}")
        else:
            sc.details.append(f"  missed actor {aid}")
    # Events
    found_events: set[str] = set()
    for ev in evs:
        match = next((g for g in gold.events if _overlap(ev.trigger, (g.trigger.start,
                                                                      g.trigger.end))), None)
        if match is None:
            match = next((g for g in gold.events if g.type == ev.type and
                          art.sentence_at(g.trigger.start) == art.sentence_at(ev.trigger[0])),
                         None)
        sc.events_suggested += 1
        sc.triggers.append((ev.score, f"{path}:{match.id}" if match else ""))
        if match is None:
            sc.pairs_unmatched += len(ev.participants)
            sc.details.append(f"  extra trigger {_quote(art.text, ev.trigger)} -> {ev.type} "
                              f"{_pairs(ev.participants)}")
            continue
        sc.events_correct += 1
        if match.id not in found_events:
            found_events.add(match.id)
            sc.event_type_right += match.type == ev.type
        want = {(p.actor, p.role) for p in match.participants}
        for pair in ev.participants:
            if pair in want:
                sc.pairs_right += 1
            else:
                sc.pairs_wrong += 1
                sc.details.append(f"  wrong pair {pair[0]}:{pair[1]} on "
                                  f"{_quote(art.text, ev.trigger)} (gold: "
                                  f"{_pairs(sorted(want))})")
    why = _why_left_out(art, with_actors, inv) if names == ["built-in"] else {}
    for g in gold.events:
        if g.id not in found_events:
            reason = next((f" (left out: {r})" for at, r in why.items()
                           if g.trigger.start <= at < g.trigger.end), "")
            sc.details.append(f"  missed event {_quote(art.text, (g.trigger.start, g.trigger.end))}"
                              f" -> {g.type}{reason}")
    sc.gold_events = len(gold.events)
    sc.events_found = len(found_events)
    # Counted by type (a looser matching, as a measure that only asks whether the article has
    # an event of that type may count): an overlap, or the type among the other side's.
    gold_types, offered_types = {g.type for g in gold.events}, {ev.type for ev in evs}
    sc.events_by_type = sum(ev.type in gold_types or any(
        _overlap(ev.trigger, (g.trigger.start, g.trigger.end)) for g in gold.events) for ev in evs)
    sc.found_by_type = sum(g.type in offered_types or any(
        _overlap(ev.trigger, (g.trigger.start, g.trigger.end)) for ev in evs)
        for g in gold.events)
    # Claims
    worthy = [c for c in gold.claims if c.checkworthy]
    offered = [c for c in cls if c.checkworthy]
    sc.claims_suggested = len(offered)
    sc.claims_correct = sum(any(_overlap(c.span, (w.span.start, w.span.end)) for w in worthy)
                            for c in offered)
    sc.gold_claims = len(worthy)
    for wanted in worthy:
        span = (wanted.span.start, wanted.span.end)
        over = [c for c in offered if _overlap(c.span, span)]
        if not over:
            continue
        sc.claims_found += 1
        best = max(over, key=lambda c: min(c.span[1], span[1]) - max(c.span[0], span[0]))
        if best.claimant and best.claimant == wanted.claimant:
            sc.claimant_right += 1
        elif best.claimant:
            sc.claimant_wrong += 1
            sc.details.append(f"  wrong claimant {best.claimant} (gold {wanted.claimant}) on "
                              f"{_quote(art.text, span)}")
        elif wanted.claimant:
            sc.claimant_missed += 1
            sc.details.append(f"  missed claimant {wanted.claimant} on {_quote(art.text, span)}")
    return sc


def _why_left_out(art: article_mod.Article, ann: Annotations, inv: config.Inventory,
                  ) -> dict[int, str]:
    """The built-in rule that left out each trigger word found (by its start), for --show."""
    from annotate.suggest import event_rules
    from annotate.suggest.builtin import BuiltIn, tagged
    from annotate.suggest.text import story
    why: dict[int, str] = {}
    spans = [m for s in BuiltIn().names(art) for m in s.mentions]
    event_rules.suggest(art, story(art), inv, tagged(ann), spans, why=why)
    return why


def report(title: str, sc: Score, articles: int) -> None:
    pairs = sc.pairs_right + sc.pairs_wrong
    print(f"\n## {title} ({articles} articles)")
    print(f"actors: P {sc.actor_p:.2f} R {sc.actor_r:.2f} F1 {sc.actor_f1:.2f}; type right "
          f"{sc.type_right}/{sc.gold_found} ({sc.typed:.2f}); split {sc.split}, merged "
          f"{sc.merged} ({sc.actors_suggested} suggested, {sc.gold_actors} gold)")
    print(f"event triggers: P {sc.trigger_p:.2f} R {sc.trigger_r:.2f}; type right "
          f"{sc.event_type_right}/{sc.events_found} ({sc.events_suggested} suggested, "
          f"{sc.gold_events} gold); counted by type: P "
          f"{_ratio(sc.events_by_type, sc.events_suggested):.2f} "
          f"R {_ratio(sc.found_by_type, sc.gold_events):.2f}")
    cuts = sorted({score for score, _ in sc.triggers}, reverse=True)[:-1]
    if cuts:
        print("  at a score of at least " + "; ".join(
            f"{cut:.2f}: P {p:.2f} R {r:.2f}" for cut, p, r in
            ((cut, *sc.triggers_above(cut)) for cut in cuts)))
    print(f"participant pairs: {sc.pairs_right} right, {sc.pairs_wrong} wrong "
          f"({sc.wrong_pairs:.0%} of {pairs} on matched events); "
          f"{sc.pairs_unmatched} on unmatched events ({sc.wrong_of_all:.0%} wrong counting "
          "them)")
    print(f"claims: P {sc.claim_p:.2f} R {sc.claim_r:.2f}; claimant {sc.claimant_right} right,"
          f" {sc.claimant_wrong} wrong, {sc.claimant_missed} missed ({sc.claims_suggested} "
          f"suggested, {sc.gold_claims} gold)")
    if sc.times:
        print(f"time: {statistics.median(sc.times):.1f} ms per article (median)")


# The targets, each (what was measured against its bar, met or not): the built-in's,
# and spaCy's own bars where it runs ("spacy" alone or merged with others); the project
# recommender alone has none.
def targets(name: str, sc: Score, ten_kb_ms: float) -> list[tuple[str, bool]]:
    f1, typed, tp, tr = sc.actor_f1, sc.typed, sc.trigger_p, sc.trigger_r
    wrong, cp, cr = max(sc.wrong_pairs, sc.wrong_of_all), sc.claim_p, sc.claim_r
    pairs = f"wrong pairs {sc.wrong_pairs:.0%} ({sc.wrong_of_all:.0%} counting unmatched)"
    if name == "project":
        return []
    if "spacy" in name.split("+"):
        return [(f"actor F1 {f1:.2f} >= 0.90", f1 >= 0.90),
                (f"{pairs} <= 10%", wrong <= 0.10)]
    return [(f"actor F1 {f1:.2f} >= 0.80, type accuracy {typed:.2f} >= 0.70",
             f1 >= 0.80 and typed >= 0.70),
            (f"main-event triggers P {tp:.2f} >= 0.80 at R {tr:.2f} >= 0.60",
             tp >= 0.80 and tr >= 0.60),
            (f"{pairs} <= 15%", wrong <= 0.15),
            (f"claims P {cp:.2f} >= 0.75 at R {cr:.2f} >= 0.75", cp >= 0.75 and cr >= 0.75),
            (f"a 10 KB article {ten_kb_ms:.0f} ms <= 50 ms", ten_kb_ms <= 50)]


def corpus(folder: Path) -> list[tuple[Path, Annotations, Path]]:
    out = []
    for ann_path in sorted(folder.glob("*.ann.yaml")):
        ann = sidecar.load(ann_path)
        out.append((ann_path.parent / ann.document.path, ann, ann_path))
    return out


def ten_kb(runs: int, names: list[str], inv: config.Inventory, folder: Path) -> float:
    texts = [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))]
    body = texts[0]
    for more in (texts[1:] or texts) * 10:  # stories until ~10 KB, not all of a large gold
        if len(body.encode()) >= 10_000:
            break
        body += "\n\n" + more
    times = []
    for run in range(runs):
        art = article_mod.from_text(body + "\n" * (run + 1))  # new to every cache
        t0 = time.perf_counter()
        suggest.run(art, inv=inv, recommenders=names)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _name(folder: Path) -> str:
    try:
        return str(folder.resolve().relative_to(ROOT))
    except ValueError:
        return str(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--recommender", action="append",
                        help="only these, each alone (repeatable); join names with '+' to "
                             "run them together, merged: built-in+project+spacy")
    parser.add_argument("--pipeline", help="the spaCy pipeline (default: the config's)")
    parser.add_argument("--gold", type=Path, default=GOLD,
                        help="a folder of gold sidecars next to their articles "
                             "(default: bench/gold)")
    parser.add_argument("--show", action="store_true",
                        help="list wrong and missed triggers and wrong pairs per article")
    parser.add_argument("--no-samples", action="store_true",
                        help="score the gold only, not the bundled samples")
    args = parser.parse_args()
    if not args.gold.is_dir() or not any(args.gold.glob("*.ann.yaml")):
        parser.error(f"{args.gold}: no *.ann.yaml files there")
    inv = config.default()
    if args.pipeline:
        inv = dataclasses.replace(inv, nlp=config.Nlp(args.pipeline, inv.nlp.recommenders))
    names = args.recommender or ["built-in", "project", "spacy"]
    gold, samples = corpus(args.gold), [] if args.no_samples else corpus(SAMPLES)
    sets_file = args.gold / "sets.yaml"
    sets: dict[str, list[str]] = yaml.safe_load(sets_file.read_text("utf-8")) \
        if sets_file.is_file() else {}
    for name in names:
        parts = name.split("+")  # "built-in+spacy": those together, merged as `tag` merges
        if "spacy" in parts:
            try:
                import spacy  # noqa: F401
            except ImportError:
                print("\n## spacy: not installed (pip install 'claim-annotate[nlp]'); skipped")
                continue
        t0 = time.perf_counter()
        notes: list[str] = []
        suggest.actors(article_mod.from_text("Load time."), inv=inv, recommenders=parts,
                       notes=notes)
        load = (time.perf_counter() - t0) * 1000
        if notes:
            print(f"\n## {name}: {notes[0]}")
            continue
        root = args.gold if "project" in parts else None
        total = Score()
        per_set = {set_name: Score() for set_name in sets}
        for path, ann, ann_path in gold:
            one = score_article(path, ann, parts, root, args.runs, inv, ann_path)
            if args.show and one.details:
                print(f"{path.name}:", *one.details, sep="\n")
            total.add(one)
            for set_name, stems in sets.items():
                if path.stem in stems:
                    per_set[set_name].add(one)
        report(f"{name} on {_name(args.gold)}", total, len(gold))
        for set_name, stems in sets.items():
            report(f"{name} on {_name(args.gold)}, set {set_name}", per_set[set_name],
                   sum(path.stem in stems for path, _, _ in gold))
        ten = ten_kb(args.runs, parts, inv, args.gold)
        print(f"load: {load:.0f} ms; a {10_000 // 1000} KB article: {ten:.1f} ms")
        for what, met in targets(name, total, ten):
            print(f"target {'met    ' if met else 'NOT met'}  {what}")
        if not samples:
            continue
        sample = Score()
        for path, ann, ann_path in samples:
            one = score_article(path, ann, parts, None, 1, inv, ann_path)
            if args.show and one.details:
                print(f"{path.name}:", *one.details, sep="\n")
            sample.add(one)
        report(f"{name} on the bundled samples", sample, len(samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
