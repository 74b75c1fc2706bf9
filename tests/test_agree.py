"""`agree` on whole articles: hand-built cases with known values, properties, and the
team fixtures checked figure by figure against the reference implementations."""

from __future__ import annotations

import random
from itertools import permutations
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from conftest import ROOT
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

from annotate import article, sidecar
from annotate.agreement import compare, corpus
from annotate.agreement.corpus import Side
from annotate.model import Actor, Annotations, Claim, Document, Event, Participant, Span

TEAM = ROOT / "tests" / "data" / "team"
TEXT = ("Mayor Ines Duarte said the council voted for a sea wall. The Coastal Alliance called "
        "the plan too expensive. Duarte said 1,300 homes will be protected. The Greens "
        "disagreed, and the Alliance met the mayor on Monday.")
ART = article.from_text(TEXT)


def at(text: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Span.at(TEXT, start, start + len(text))


def ann(actors: list[tuple[str, str, list[Span]]] = (),  # type: ignore[assignment]
        events: list[tuple[str, str, Span, list[tuple[str, str]], str]] = (),  # type: ignore[assignment]
        claims: list[tuple[str, Span, str, str | None, str | None]] = (),  # type: ignore[assignment]
        ) -> Annotations:
    doc = Document("story.txt", ART.sha256, ART.length)
    return Annotations(
        doc, [],
        [Actor(i, i, t, [], list(ms)) for i, t, ms in actors],
        [Event(i, t, trig, [Participant(a, r) for a, r in parts], fact)
         for i, t, trig, parts, fact in events],
        [Claim(i, sp, kind, claimant, verdict=verdict)
         for i, sp, kind, claimant, verdict in claims])


BASE_ACTORS = [("duarte", "person", [at("Ines Duarte"), at("Duarte", 1)]),
               ("alliance", "group", [at("Coastal Alliance"), at("Alliance", 1)]),
               ("council", "organization", [at("council")]),
               ("greens", "group", [at("The Greens")])]
BASE_EVENTS = [("vote", "vote", at("voted"), [("council", "body")], "asserted"),
               ("criticism", "criticism", at("called"), [("alliance", "critic")], "asserted"),
               ("meeting", "meeting", at("met"), [("alliance", "participant"),
                                                  ("duarte", "participant")], "reported")]
BASE_CLAIMS = [("too-expensive", at("the plan too expensive"), "opinion", "alliance", None),
               ("homes", at("1,300 homes will be protected"), "prediction", "duarte", "mixed"),
               ("wall", at("the council voted for a sea wall"), "factual", "duarte", "correct")]


def base() -> Annotations:
    return ann(BASE_ACTORS, BASE_EVENTS, BASE_CLAIMS)


def sides(tmp_path: Path, *anns: Annotations) -> list[Side]:
    return [Side(name, tmp_path / f"story.{name}.ann.yaml", a)
            for name, a in zip(["alice", "bob", "carol", "dan"], anns, strict=False)]


def figures(tmp_path: Path, *anns: Annotations) -> dict[tuple[str, str | None, tuple], object]:
    tallies = compare.article(sides(tmp_path, *anns), ART.length)
    return {(f.metric, f.label, f.annotators): f for f in compare.figures(tallies)}


def value(figs: dict, metric: str, group: tuple = ("alice", "bob"), label: str | None = None
          ) -> float | None:
    return figs[metric, label, group].value  # type: ignore[attr-defined, no-any-return]


def test_perfect_agreement_gives_one_wherever_there_is_something_to_measure(
        tmp_path: Path) -> None:
    figs = figures(tmp_path, base(), base())
    for (metric, _, _), f in figs.items():
        if metric == "claims.verdict.alpha":
            assert f.value == 1.0 and f.n == 2  # mixed vs correct: two rated verdicts
        elif metric == "claims.checkworthy.kappa" or metric == "claims.checkworthy.alpha":
            assert f.value is None and f.n == 3  # every claim check-worthy: no variation
        else:
            assert f.value == 1.0, metric
            assert f.n > 0


def test_total_disagreement_is_zero_and_measures_of_matched_items_are_na(
        tmp_path: Path) -> None:
    other = ann([("x", "person", [at("Mayor")]), ("y", "group", [at("sea wall")])],
                [("e", "statement", at("disagreed"), [], "asserted")],
                [("c", at("The Greens disagreed"), "factual", None, "incorrect")])
    figs = figures(tmp_path, base(), other)
    for layer in ("actors", "events", "claims"):
        assert value(figs, f"{layer}.exact.f1") == 0.0
        assert value(figs, f"{layer}.overlap.f1") == 0.0
        assert value(figs, f"{layer}.unitizing.alpha") < 0  # type: ignore[operator]
    assert value(figs, "actors.type.kappa") is None and figs[
        "actors.type.kappa", None, ("alice", "bob")].n == 0  # type: ignore[attr-defined]
    assert value(figs, "actors.coref.b3") is None
    assert value(figs, "claims.claimant.agreement") is None
    assert value(figs, "events.participants.f1") == 0.0


def test_one_off_spans_match_by_overlap_not_exactly(tmp_path: Path) -> None:
    shifted = ann([("duarte", "person", [at("Duarte"), at("Duarte", 1)]),  # not "Ines Duarte"
                   *BASE_ACTORS[1:]], BASE_EVENTS,
                  [("too-expensive", at("too expensive"), "opinion", "alliance", None),
                   *BASE_CLAIMS[1:]])
    figs = figures(tmp_path, base(), shifted)
    assert value(figs, "actors.exact.f1") == pytest.approx(2 * 5 / 12)
    assert value(figs, "actors.overlap.f1") == 1.0
    assert value(figs, "claims.exact.f1") == pytest.approx(2 / 3)
    assert value(figs, "claims.overlap.f1") == 1.0
    assert 0.9 < value(figs, "actors.unitizing.alpha") < 1.0  # type: ignore[operator]
    assert value(figs, "actors.type.kappa") == 1.0 and value(figs, "actors.coref.b3") == 1.0


def test_chance_level_kinds_give_kappa_zero(tmp_path: Path) -> None:
    """Four claims; each annotator says 'factual' for half, independently of the other."""
    spans = [at("Mayor Ines Duarte said"), at("The Coastal Alliance called"),
             at("Duarte said 1,300"), at("The Greens disagreed")]
    a = ann(claims=[(f"c{n}", s, k, None, None) for n, (s, k) in
                    enumerate(zip(spans, ["factual", "factual", "opinion", "opinion"],
                                  strict=True))])
    b = ann(claims=[(f"k{n}", s, k, None, None) for n, (s, k) in
                    enumerate(zip(spans, ["factual", "opinion", "factual", "opinion"],
                                  strict=True))])
    figs = figures(tmp_path, a, b)
    assert value(figs, "claims.kind.kappa") == 0.0
    assert value(figs, "claims.overlap.f1") == 1.0


def test_coreference_and_structure_are_matched_through_mentions_never_ids(
        tmp_path: Path) -> None:
    """bob uses other ids for everything; he also splits the alliance into two actors
    and gives the criticism to the council."""
    renamed = ann([("ines", "person", [at("Ines Duarte"), at("Duarte", 1)]),
                   ("ca", "group", [at("Coastal Alliance")]),
                   ("alliance-2", "group", [at("Alliance", 1)]),
                   ("town-council", "organization", [at("council")]),
                   ("gr", "group", [at("The Greens")])],
                  [("v", "vote", at("voted"), [("town-council", "body")], "asserted"),
                   ("c", "criticism", at("called"), [("town-council", "critic")], "asserted"),
                   ("m", "meeting", at("met"), [("ca", "participant"),
                                                ("ines", "participant")], "reported")],
                  [("t", at("the plan too expensive"), "opinion", "ca", None),
                   ("h", at("1,300 homes will be protected"), "prediction", "ines", "mixed"),
                   ("w", at("the council voted for a sea wall"), "factual", "ines", "correct")])
    figs = figures(tmp_path, base(), renamed)
    assert value(figs, "actors.exact.f1") == 1.0
    # alliance {CA, Alliance} vs bob {CA} {Alliance}: B-cubed over the 6 mentions
    p, r = 1.0, (1 + 1 + 0.5 + 0.5 + 1 + 1) / 6
    assert value(figs, "actors.coref.b3") == pytest.approx(2 * p * r / (p + r))
    # participants: 4 of alice's 4 vs bob's 4: the critic differs
    assert value(figs, "events.participants.f1") == pytest.approx(2 * 3 / 8)
    assert value(figs, "claims.claimant.agreement") == 1.0


def _perturb(rng: random.Random, a: Annotations) -> Annotations:
    """Another annotator's version: some types, kinds, spans and items changed."""
    b = sidecar.Annotations.from_dict(a.to_dict())
    for actor in b.actors:
        if rng.random() < 0.3:
            actor.type = rng.choice(["person", "group", "organization", "country"])
        if actor.mentions and rng.random() < 0.2:
            actor.mentions.pop()
    for event in b.events:
        if rng.random() < 0.3:
            event.factuality = rng.choice(["asserted", "reported", "negated"])
    for claim in b.claims:
        if rng.random() < 0.3:
            claim.kind = rng.choice(["factual", "opinion", "prediction", "quote"])
        if rng.random() < 0.3:
            claim.verdict = rng.choice(["incorrect", "misleading", "mixed", "correct", None])
        if rng.random() < 0.2 and claim.span.end - claim.span.start > 4:
            claim.span = Span.at(TEXT, claim.span.start + 2, claim.span.end)
    if rng.random() < 0.3:
        b.events = b.events[:-1]
    return b


def _pairwise_metric(metric: str) -> bool:
    return not metric.endswith((".precision", ".recall"))


@pytest.mark.slow  # property tests
@pytest.mark.parametrize("seed", range(6))
def test_swapping_two_annotators_changes_no_symmetric_figure(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    a, b = base(), _perturb(rng, base())
    ab = figures(tmp_path, a, b)
    ba = figures(tmp_path, b, a)
    for (metric, label, _), f in ab.items():
        other = ba[metric, label, ("alice", "bob")]
        if _pairwise_metric(metric):
            assert other.value == pytest.approx(f.value), metric  # type: ignore[attr-defined]
            assert other.n == f.n  # type: ignore[attr-defined]
        elif metric.endswith(".precision"):
            recall = ba[metric.replace("precision", "recall"), label, ("alice", "bob")]
            assert recall.value == pytest.approx(f.value)  # type: ignore[attr-defined]


@pytest.mark.slow  # property tests
@pytest.mark.parametrize("seed", range(4))
def test_the_order_of_three_annotators_changes_no_figure_of_all(tmp_path: Path,
                                                                seed: int) -> None:
    rng = random.Random(50 + seed)
    anns = [base(), _perturb(rng, base()), _perturb(rng, base())]
    names = ["alice", "bob", "carol"]
    seen = []
    for order in permutations(range(3)):
        s = [Side(names[k], tmp_path / f"story.{names[k]}.ann.yaml", anns[k]) for k in order]
        tallies = compare.article(s, ART.length)
        group = tuple(names[k] for k in order)
        seen.append({(f.metric, f.label): (round(f.value, 9) if f.value is not None else None,
                                           f.n)
                     for f in compare.figures(tallies) if f.annotators == group
                     and _pairwise_metric(f.metric)})
    assert all(s == seen[0] for s in seen)


@pytest.mark.slow  # property tests
@pytest.mark.parametrize("seed", range(6))
def test_more_agreement_never_lowers_a_score(tmp_path: Path, seed: int) -> None:
    """Fixing bob's disagreements one layer at a time never lowers a figure of that layer."""
    rng = random.Random(100 + seed)
    a = base()
    b = _perturb(rng, a)
    before = figures(tmp_path, a, b)
    fixed = sidecar.Annotations.from_dict(b.to_dict())
    for mine, theirs in zip(fixed.actors, a.actors, strict=True):
        mine.type = theirs.type
    for claim in fixed.claims:
        same = next(c for c in a.claims if c.id == claim.id)
        claim.kind = same.kind
    after = figures(tmp_path, a, fixed)
    for metric in ("actors.type.kappa", "actors.type.alpha", "claims.kind.kappa",
                   "claims.kind.alpha"):
        old, new = value(before, metric), value(after, metric)
        if old is not None and new is not None:
            assert new >= old - 1e-12, metric
    assert value(after, "actors.type.alpha") in (1.0, None)


# -- the team fixtures against the reference implementations ---------------------------

def _load(name: str) -> Annotations:
    return sidecar.load(TEAM / f"putin-netanyahu-call.{name}.ann.yaml")


def _team_figures() -> dict:
    found = corpus.find([TEAM])
    total = compare.Corpus(found.annotators)
    results = list(compare.run(found, total))
    assert len(results) == 1
    return {(f.metric, f.label, f.annotators): f for f in compare.figures(total.tallies)}


def _by_first_mention(a: Annotations) -> dict[tuple[int, int], Actor]:
    return {(x.mentions[0].start, x.mentions[0].end): x for x in a.actors}


def test_team_figures_equal_the_reference_implementations() -> None:
    figs = _team_figures()
    alice, bob, carol = (_load(n) for n in ("alice", "bob", "carol"))
    # Actor types, alice/bob: actors matched by their first mention (same spans here).
    a, b = _by_first_mention(alice), _by_first_mention(bob)
    keys = sorted(a.keys() & b.keys())
    want = cohen_kappa_score([a[k].type for k in keys], [b[k].type for k in keys])
    got = figs["actors.type.kappa", None, ("alice", "bob")]
    assert got.value == pytest.approx(want) and got.n == len(keys)
    # Fleiss over the actors all three tagged; alpha with carol's missing actor as missing.
    c = _by_first_mention(carol)
    every = sorted(a.keys() & b.keys() & c.keys())
    table, _ = aggregate_raters(np.array([[a[k].type, b[k].type, c[k].type] for k in every]))
    got = figs["actors.type.kappa", None, ("alice", "bob", "carol")]
    assert got.value == pytest.approx(fleiss_kappa(table)) and got.method == "fleiss"
    types = sorted({x.type for d in (a, b, c) for x in d.values()})
    rows = [[types.index(d[k].type) if k in d else np.nan for k in sorted(a.keys() | c.keys())]
            for d in (a, b, c)]
    want = krippendorff.alpha(np.array(rows, dtype=float), level_of_measurement="nominal")
    assert figs["actors.type.alpha", None, ("alice", "bob", "carol")].value == \
        pytest.approx(want)
    # Claim kinds, alice/carol; claims matched by where they start.
    ka = {x.span.start: x.kind for x in alice.claims}
    kc = {x.span.start: x.kind for x in carol.claims}
    keys2 = sorted(ka)
    assert figs["claims.kind.kappa", None, ("alice", "carol")].value == pytest.approx(
        cohen_kappa_score([ka[k] for k in keys2], [kc[k] for k in keys2]))
    # Verdicts, ordinal on the ratings (1 false .. 5 true); unrated verdicts left out.
    rating = {"incorrect": 1, "misleading": 2, "mixed": 3, "mostly-correct": 4, "correct": 5}
    va = {x.span.start: rating.get(x.verdict or "") for x in alice.claims}
    vb = {x.span.start: rating.get(x.verdict or "") for x in bob.claims}
    rows = [[np.nan if d[k] is None else d[k] for k in sorted(va)] for d in (va, vb)]
    want = krippendorff.alpha(np.array(rows, dtype=float), level_of_measurement="ordinal",
                              value_domain=[1, 2, 3, 4, 5])
    got = figs["claims.verdict.alpha", None, ("alice", "bob")]
    assert got.value == pytest.approx(want) and got.method == "ordinal"
    # Event factuality, alice/bob (bob missed one event and changed one).
    fa = {e.trigger.start: e.factuality for e in alice.events}
    fb = {e.trigger.start: e.factuality for e in bob.events}
    keys3 = sorted(fa.keys() & fb.keys())
    assert figs["events.factuality.kappa", None, ("alice", "bob")].value == pytest.approx(
        cohen_kappa_score([fa[k] for k in keys3], [fb[k] for k in keys3]))


def test_team_span_figures_count_what_each_annotator_changed() -> None:
    figs = _team_figures()
    mentions = sum(len(x.mentions) for x in _load("alice").actors)
    # bob missed one mention of 40: exact and overlap F1 = 2 * 39 / (40 + 39)
    assert figs["actors.exact.f1", None, ("alice", "bob")].value == pytest.approx(
        2 * (mentions - 1) / (2 * mentions - 1))
    # bob shortened one claim span: it still overlaps, but is not exact
    assert figs["claims.overlap.f1", None, ("alice", "bob")].value == 1.0
    assert figs["claims.exact.f1", None, ("alice", "bob")].value == pytest.approx(15 / 16)
    # carol renamed putin and un-vote: ids never matter
    assert figs["actors.coref.b3", None, ("alice", "carol")].value == 1.0
    assert figs["events.participants.f1", None, ("alice", "carol")].value == 1.0
    # carol gave one claim another claimant (of 16 matched claims)
    assert figs["claims.claimant.agreement", None, ("alice", "carol")].value == \
        pytest.approx(15 / 16)
