"""The agreement coefficients against reference implementations and worked examples.

Reference implementations (test dependencies only): scikit-learn's `cohen_kappa_score`,
statsmodels' `fleiss_kappa`, the `krippendorff` package (nominal and ordinal alpha).
Unitizing alpha has no Python reference: it is checked against Krippendorff's own worked
examples (Content Analysis, 2nd ed. 2004, p. 254; and the observed disagreements of
"On the reliability of unitizing contiguous data", Sociological Methodology 1995, p. 57),
the same cases the DKPro Agreement Java library (used by INCEpTION) tests against.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

from annotate.agreement.metrics import B3, F1, Coding, Unitizing, joined


def coding(rows: Sequence[Sequence[object | None]]) -> Coding:
    """rows[i] is item i's values, one per annotator (None: missing)."""
    out = Coding()
    for values in rows:
        out.item(list(values), len(values))
    return out


def random_rows(rng: random.Random, items: int, raters: int, values: Sequence[object],
                agree: float, missing: float = 0.0) -> list[list[object | None]]:
    rows = []
    for _ in range(items):
        truth = rng.choice(values)
        row = [truth if rng.random() < agree else rng.choice(values) for _ in range(raters)]
        rows.append([None if rng.random() < missing else v for v in row])
    return rows


@pytest.mark.parametrize("seed", range(8))
def test_cohen_kappa_equals_scikit_learn(seed: int) -> None:
    rng = random.Random(seed)
    rows = random_rows(rng, rng.randint(5, 80), 2, ["person", "group", "country", "other"],
                       agree=rng.random())
    ours = coding(rows)
    a, b = [r[0] for r in rows], [r[1] for r in rows]
    reference = cohen_kappa_score(a, b)
    if math.isnan(reference):
        assert ours.cohen() is None
    else:
        assert ours.cohen() == pytest.approx(reference, abs=1e-12)
        assert ours.kappa() == ours.cohen() and ours.n_kappa == len(rows)


@pytest.mark.parametrize("seed", range(8))
def test_fleiss_kappa_equals_statsmodels(seed: int) -> None:
    rng = random.Random(100 + seed)
    raters = rng.choice([3, 4, 5])
    rows = random_rows(rng, rng.randint(5, 60), raters, ["asserted", "reported", "negated"],
                       agree=rng.random())
    table, _ = aggregate_raters(np.array([[str(v) for v in r] for r in rows]))
    ours = coding(rows)
    assert ours.kappa() == pytest.approx(fleiss_kappa(table, method="fleiss"), abs=1e-12)
    assert ours.n_kappa == len(rows)


def _reliability(rows: Sequence[Sequence[object | None]], domain: list[object]) -> np.ndarray:
    index = {v: i for i, v in enumerate(domain)}
    return np.array([[np.nan if r[k] is None else index[r[k]] for r in rows]
                     for k in range(len(rows[0]))], dtype=float)


@pytest.mark.parametrize("seed", range(10))
def test_nominal_alpha_equals_the_krippendorff_package(seed: int) -> None:
    rng = random.Random(200 + seed)
    domain: list[object] = ["factual", "quote", "opinion", "quantity"]
    rows = random_rows(rng, rng.randint(6, 70), rng.choice([2, 3, 4]), domain,
                       agree=rng.random(), missing=0.2)
    reference = krippendorff.alpha(_reliability(rows, domain), level_of_measurement="nominal",
                                   value_domain=list(range(len(domain))))
    assert coding(rows).alpha() == pytest.approx(reference, abs=1e-12)


@pytest.mark.parametrize("seed", range(10))
def test_ordinal_alpha_equals_the_krippendorff_package(seed: int) -> None:
    """Verdict ratings 1-5 (false .. true): ordinal alpha on the declared scale, values
    nobody used included in the package's domain (they must not change the figure)."""
    rng = random.Random(300 + seed)
    scale: list[object] = [1, 2, 3, 4, 5]
    used = rng.sample(scale, rng.choice([3, 4, 5]))
    rows = random_rows(rng, rng.randint(6, 70), rng.choice([2, 3]), used,
                       agree=rng.random(), missing=0.15)
    reference = krippendorff.alpha(_reliability(rows, scale), level_of_measurement="ordinal",
                                   value_domain=list(range(len(scale))))
    ours = coding(rows)
    assert ours.alpha(sorted({v for pair in ours.coincidences for v in pair})) == \
        pytest.approx(reference, abs=1e-12)
    assert ours.alpha(scale) == pytest.approx(reference, abs=1e-12)


def test_ordinal_alpha_weighs_near_misses_less_than_nominal() -> None:
    near = [[4, 5], [1, 1], [2, 2], [3, 3], [5, 5], [1, 2]]
    ours = coding(near)
    assert ours.alpha([1, 2, 3, 4, 5]) > ours.alpha()  # type: ignore[operator]


def test_zero_items_and_no_variation_are_na_never_0_or_1() -> None:
    empty = Coding()
    assert (empty.cohen(), empty.fleiss(), empty.alpha()) == (None, None, None)
    same = coding([["person", "person"]] * 5)  # perfect, but chance agreement is certain
    assert same.cohen() is None and same.alpha() is None
    with pytest.warns(UserWarning):  # the reference agrees: 0/0
        assert math.isnan(cohen_kappa_score(["p"] * 5, ["p"] * 5))
    assert F1().f1 is None and F1().precision is None and F1().recall is None
    assert B3().f1 is None
    assert Unitizing(2).alpha() is None


def test_chance_level_agreement_is_zero() -> None:
    """Two annotators who each say A half the time, independently: observed agreement
    equals chance, so kappa is exactly 0."""
    rows = [["A", "A"], ["A", "B"], ["B", "A"], ["B", "B"]]
    assert coding(rows).cohen() == 0.0
    assert cohen_kappa_score(*zip(*rows, strict=True)) == 0.0


def test_f1_is_symmetric_and_precision_takes_the_first_annotator_as_reference() -> None:
    t = F1(matched=3, a=4, b=6)
    assert (t.precision, t.recall, t.f1) == (0.5, 0.75, 0.6)
    swapped = F1(matched=3, a=6, b=4)
    assert swapped.f1 == t.f1 and (swapped.precision, swapped.recall) == (t.recall, t.precision)


def test_b_cubed_on_a_hand_worked_example() -> None:
    """Mentions 0-4. A: {0,1,2} {3,4}; B: {0,1} {2,3,4}.
    precision per mention: 2/2 2/2 1/3 2/3 2/3 -> 11/3 / 5 = 11/15
    recall per mention:    2/3 2/3 1/3 2/2 2/2 -> 11/3 / 5 = 11/15"""
    b3 = B3.of(["x", "x", "x", "y", "y"], ["p", "p", "q", "q", "q"])
    assert b3.precision_sum / b3.n == pytest.approx(11 / 15)
    assert b3.recall_sum / b3.n == pytest.approx(11 / 15)
    assert b3.f1 == pytest.approx(11 / 15)
    uneven = B3.of(["x", "x", "y"], ["p", "q", "q"])  # P: 1, 1/2, 1/2; R: 1/2, 1/2, 1
    assert uneven.f1 == pytest.approx(2 / 3)
    assert B3.of([1, 1, 2], [7, 7, 9]).f1 == 1.0  # same grouping, other names
    one_cluster = B3.of([1, 1, 1, 1], [1, 2, 3, 4])
    assert one_cluster.f1 == pytest.approx(2 * 1 * 0.25 / 1.25)


def _krippendorff_2004() -> Unitizing:
    """Content Analysis (2004), p. 254: a continuum from 150 to 450, two coders,
    categories c and k (offsets shifted to start at 0)."""
    alpha = Unitizing(2)
    i = [(225, 295, "c"), (370, 400, "c"), (180, 240, "k"), (300, 350, "k")]
    j = [(220, 300, "c"), (355, 375, "c"), (400, 420, "c"), (180, 240, "k"), (300, 350, "k")]
    alpha.add(300, [[(s - 150, e - 150, c) for s, e, c in coder] for coder in (i, j)])
    return alpha


def test_unitizing_alpha_reproduces_krippendorffs_2004_worked_example() -> None:
    alpha = _krippendorff_2004()
    d_o, d_e = alpha.disagreements("c")
    assert (round(d_o, 4), round(d_e, 4), round(alpha.alpha("c"), 4)) == (0.0144, 0.0532, 0.7286)
    d_o, d_e = alpha.disagreements("k")
    assert (round(d_o, 4), round(d_e, 4), alpha.alpha("k")) == (0.0, 0.049, 1.0)
    # The book gives 0.8591 from the rounded disagreements above: 1 - .0144 / (.0532 + .0490).
    assert alpha.alpha() == pytest.approx(0.8591, abs=5e-4)
    assert alpha.units() == 9 and alpha.units("c") == 5


def test_unitizing_observed_disagreement_reproduces_krippendorff_1995() -> None:
    """The four two-coder examples of Krippendorff (1995: 57), units as (offset, length)
    on a continuum of 24; their observed disagreements are exact."""
    examples = {
        "A": ([(2, 8), (14, 6)], [(4, 4), (15, 2)]),
        "B": ([(0, 18)], [(0, 2), (2, 1), (3, 1), (4, 1), (5, 1), (6, 3), (9, 1)]),
        "C": ([(2, 6), (10, 2), (14, 4), (20, 2)], [(0, 2), (4, 4), (10, 4), (16, 2), (20, 2)]),
        "D": ([(0, 2), (2, 8), (10, 4), (14, 6), (20, 4)],
              [(0, 4), (4, 4), (8, 7), (15, 2), (17, 7)]),
    }
    alpha = Unitizing(2)
    coders: list[list[tuple[int, int, str]]] = [[], []]
    for cat, pair in examples.items():
        for coder, units in zip(coders, pair, strict=True):
            coder += [(o, o + n, cat) for o, n in units]
    alpha.add(24, coders)
    observed = {c: round(alpha.disagreements(c)[0], 5) for c in examples}
    assert observed == {"A": 0.03125, "B": 2.26736, "C": 0.02778, "D": 0.38715}


def test_unitizing_alpha_is_one_for_identical_coders_and_drops_with_disagreement() -> None:
    units = [(0, 5, "x"), (10, 20, "x"), (30, 32, "y")]
    same = Unitizing(3)
    same.add(40, [units, units, units])
    assert same.alpha() == 1.0 and same.alpha("y") == 1.0
    shifted = Unitizing(2)
    shifted.add(40, [units, [(1, 5, "x"), (10, 20, "x"), (30, 32, "y")]])
    further = Unitizing(2)
    further.add(40, [units, [(3, 5, "x"), (10, 20, "x"), (30, 32, "y")]])
    assert 1.0 > shifted.alpha() > further.alpha()  # type: ignore[operator]


def test_unitizing_alpha_over_articles_laid_end_to_end() -> None:
    """Two articles added one after the other equal one continuum holding both."""
    a1 = [[(2, 6, "x")], [(3, 6, "x")]]
    a2 = [[(1, 4, "x"), (8, 9, "y")], [(1, 4, "x")]]
    parts = Unitizing(2)
    parts.add(10, a1)
    parts.add(12, a2)
    whole = Unitizing(2)
    whole.add(22, [a1[k] + [(s + 10, e + 10, c) for s, e, c in a2[k]] for k in (0, 1)])
    assert parts.alpha() == pytest.approx(whole.alpha())
    assert parts.alpha("y") == pytest.approx(whole.alpha("y"))


def test_overlapping_units_of_one_coder_are_joined() -> None:
    assert joined([(5, 9), (0, 3), (2, 4), (9, 12), (7, 8)]) == [(0, 4), (5, 9), (9, 12)]
