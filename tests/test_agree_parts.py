"""A corpus is summed from its articles' tallies, made in worker processes: the sum must be
exactly what one pass over the articles laid end to end gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.agreement import compare, corpus, matching, report
from annotate.agreement.metrics import Unit, Unitizing

TEAM = ROOT / "tests" / "data" / "team"
STEM = "putin-netanyahu-call"

# One article: its length and each annotator's units (start, end, category).
_unit = st.tuples(st.integers(0, 60), st.integers(1, 12), st.sampled_from("xyz")).map(
    lambda u: (u[0], u[0] + u[1], u[2]))


@st.composite
def _articles(draw: st.DrawFn, annotators: int) -> list[tuple[int, list[list[Unit]]]]:
    out = []
    for _ in range(draw(st.integers(1, 5))):
        units = [draw(st.lists(_unit, max_size=5)) for _ in range(annotators)]
        longest = max((e for coder in units for _, e, _ in coder), default=0)
        out.append((longest + draw(st.integers(0, 10)) or 1, units))
    return out


def _state(u: Unitizing) -> tuple:  # type: ignore[type-arg]
    gaps = {cat: {g: n for g, n in c.items() if n} for cat, c in u.gap_lengths.items()}
    return (u.length, dict(u.observed), {c: dict(v) for c, v in u.unit_lengths.items() if v},
            {c: g for c, g in gaps.items() if g}, u.last_end)


@settings(max_examples=300, deadline=None)
@given(st.integers(2, 3).flatmap(lambda m: st.tuples(st.just(m), _articles(m))))
def test_articles_extended_one_by_one_equal_one_pass(case: tuple) -> None:  # type: ignore[type-arg]
    annotators, articles = case
    one_pass = Unitizing(annotators)
    summed = Unitizing(annotators)
    for length, units in articles:
        one_pass.add(length, units)
        part = Unitizing(annotators)
        part.add(length, units)
        summed.extend(part)
    assert _state(summed) == _state(one_pass)
    for cat in [None, *one_pass.categories()]:
        assert summed.alpha(cat) == one_pass.alpha(cat)
        assert summed.units(cat) == one_pass.units(cat)


def test_extending_by_an_article_changes_alpha_as_adding_it_does() -> None:
    """A hand case: a unit at the very start of the second article is not a gap of 0
    from that article's start but a gap from the annotator's last unit in the first."""
    first, second = Unitizing(2), Unitizing(2)
    first.add(20, [[(2, 6, "x")], [(2, 5, "x")]])
    second.add(20, [[(0, 4, "x")], [(1, 4, "x")]])
    whole = Unitizing(2)
    whole.add(20, [[(2, 6, "x")], [(2, 5, "x")]])
    whole.add(20, [[(0, 4, "x")], [(1, 4, "x")]])
    first.extend(second)
    assert first.gap_lengths["x"] == whole.gap_lengths["x"] == {2: 2, 14: 1, 16: 1}
    assert first.alpha() == whole.alpha() is not None


@pytest.mark.parametrize("render", [report.json_record, report.csv_rows])
def test_a_rendered_run_renders_the_figures_a_plain_run_gives(render: compare.Render) -> None:
    found = corpus.find([TEAM])
    plain = list(compare.run(found, compare.Corpus(found.annotators)))
    rendered = list(compare.run(found, compare.Corpus(found.annotators), render=render))
    assert len(plain) == len(rendered) == 1
    assert rendered[0].figures == [] and plain[0].figures
    assert rendered[0].rendered == render(plain[0])


def test_the_corpus_of_several_articles_sums_their_tallies(tmp_path: Path) -> None:
    """Two copies of the team's article: every corpus count is twice the article's, and
    the unitizing alpha is that of the two texts laid end to end."""
    for n in (1, 2):
        folder = tmp_path / f"copy{n}"
        folder.mkdir()
        for path in TEAM.iterdir():
            (folder / path.name).write_bytes(path.read_bytes())
    found = corpus.find([tmp_path])
    total = compare.Corpus(found.annotators)
    results = list(compare.run(found, total))
    assert len(results) == 2
    one = {(f.metric, f.label, f.annotators): f for f in results[0].figures}
    for f in compare.figures(total.tallies):
        article = one[f.metric, f.label, f.annotators]
        assert f.n == 2 * article.n, f
        # alpha's expected disagreement weighs n - 1: the others are ratios of the counts
        if f.metric.endswith(("f1", "precision", "recall", "kappa", "agreement", "b3")):
            assert f.value == pytest.approx(article.value) if f.value is not None \
                else article.value is None, f
    sides = corpus.load(found.groups[0])
    group = compare.Matched(sides)
    for layer in compare.LAYERS:
        whole = Unitizing(len(sides))
        whole.add(sides[0].ann.document.length, group.units(layer))
        whole.add(sides[0].ann.document.length, group.units(layer))
        assert total.tallies.units[layer, group.names].alpha() == whole.alpha()


def test_chunks_summed_in_workers_equal_articles_summed_one_by_one(tmp_path: Path) -> None:
    """More articles than a chunk holds, some with two annotators only: the corpus of
    `run` (chunks summed apart, then together) is the corpus summed article by article."""
    count = compare.CHUNK + 5
    for n in range(count):
        folder = tmp_path / f"copy{n:02d}"
        folder.mkdir()
        names = ["txt", "alice.ann.yaml", "carol.ann.yaml"] + (["bob.ann.yaml"] if n % 3 else [])
        for name in names:  # every third article without bob
            (folder / f"{STEM}.{name}").write_bytes((TEAM / f"{STEM}.{name}").read_bytes())
    found = corpus.find([tmp_path])
    assert len(found.groups) == count
    total = compare.Corpus(found.annotators)
    assert len(list(compare.run(found, total, jobs=1))) == count
    one_by_one = compare.Corpus(found.annotators)
    for group in found.groups:
        sides = corpus.load(group)
        one_by_one.add(compare.article(sides, sides[0].ann.document.length))
    assert total.articles == one_by_one.articles
    want = {(f.metric, f.label, f.annotators): f for f in compare.figures(one_by_one.tallies)}
    got = list(compare.figures(total.tallies))
    assert len(got) == len(want)
    for f in got:
        w = want[f.metric, f.label, f.annotators]
        assert f.n == w.n and (f.value == pytest.approx(w.value, rel=1e-12, abs=1e-12)
                               if w.value is not None else f.value is None), f


_span = st.tuples(st.integers(0, 40), st.integers(1, 8)).map(lambda s: (s[0], s[0] + s[1]))


@settings(max_examples=500, deadline=None)
@given(st.lists(_span, max_size=8), st.lists(_span, max_size=8))
def test_two_annotators_match_as_the_general_rule_matches(a: list, b: list) -> None:  # type: ignore[type-arg]
    """`cluster` of two annotators takes a shortcut (a greedy one-to-one matching): the
    same clusters, in the same order, as the union of groups it stands for."""
    assert matching._pair(a, b) == matching._union([a, b])


def test_identical_spans_are_matched_without_comparing_every_pair(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A sidecar with one mention tagged 100,000 times (a script gone wrong) made 10^10
    # candidate pairs: `agree` and `merge` ran for hours.
    compared = []

    def counted(a: list, b: list) -> list:  # type: ignore[type-arg]
        found = candidates(a, b)
        compared.append(len(found))
        return found

    candidates = matching._candidates
    monkeypatch.setattr(matching, "_candidates", counted)
    a = [(0, 5)] * 3000 + [(10, 20)]
    b = [(0, 5)] * 2000 + [(2, 6), (12, 20)]
    clusters = matching._pair(a, b)
    assert sum(compared) <= 1000 + 2
    assert clusters[:2] == [{0: 0, 1: 0}, {0: 1, 1: 1}]
    assert {0: 3000, 1: 2001} in clusters and {0: 2000, 1: 2000} in clusters
    assert sum(map(len, clusters)) == len(a) + len(b) and len(clusters) == len(a)


def test_b_cubed_of_one_huge_cluster_is_counted_not_intersected() -> None:
    import signal

    from annotate.agreement.metrics import B3

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError("B3.of intersected a set per mention")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(10)
    try:
        n = 200_000
        b3 = B3.of([0] * n, [0] * (n // 2) + [1] * (n // 2))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert b3.n == n and b3.precision_sum == pytest.approx(n) and \
        b3.recall_sum == pytest.approx(n / 2)
