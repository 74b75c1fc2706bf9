"""Agreement coefficients as tallies: counts that add up over articles, then one figure.

Every figure is `None` ("n/a") when it rests on no items, and also when it is undefined
for the data (kappa and alpha when every value is the same: chance agreement is then
certain and the coefficient is 0/0). Tests check each against a reference
implementation (scikit-learn, statsmodels, the `krippendorff` package) and the unitizing
alpha against Krippendorff's own worked examples.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations


def ratio(num: float, den: float) -> float | None:
    return None if den == 0 else num / den


@dataclass
class F1:
    """Matched items between two annotators A and B: precision takes A as the reference
    (matched / |B|), recall matched / |A|; F1 = 2 matched / (|A| + |B|) is symmetric."""

    matched: int = 0
    a: int = 0
    b: int = 0

    def add(self, other: F1) -> None:
        self.matched += other.matched
        self.a += other.a
        self.b += other.b

    @property
    def f1(self) -> float | None:
        return ratio(2 * self.matched, self.a + self.b)

    @property
    def precision(self) -> float | None:
        return ratio(self.matched, self.b)

    @property
    def recall(self) -> float | None:
        return ratio(self.matched, self.a)


@dataclass
class Share:
    """Observed agreement: the share of compared items on which two annotators agree."""

    equal: int = 0
    n: int = 0

    def add(self, other: Share) -> None:
        self.equal += other.equal
        self.n += other.n

    @property
    def value(self) -> float | None:
        return ratio(self.equal, self.n)


@dataclass
class B3:
    """B-cubed (Bagga & Baldwin 1998) over mentions both annotators tagged: for each such
    mention, precision |A-cluster ∩ B-cluster| / |B-cluster| and recall / |A-cluster|,
    averaged over mentions; F1 is their harmonic mean (symmetric)."""

    precision_sum: float = 0.0
    recall_sum: float = 0.0
    n: int = 0

    def add(self, other: B3) -> None:
        self.precision_sum += other.precision_sum
        self.recall_sum += other.recall_sum
        self.n += other.n

    @classmethod
    def of(cls, a_clusters: Sequence[Hashable], b_clusters: Sequence[Hashable]) -> B3:
        """Mention k is in cluster a_clusters[k] for A and b_clusters[k] for B."""
        # |A-cluster ∩ B-cluster| counted once per pair of clusters (intersecting sets per
        # mention was quadratic: 100,000 mentions of one actor took hours)
        common = Counter(zip(a_clusters, b_clusters, strict=True))
        a_size, b_size = Counter(a_clusters), Counter(b_clusters)
        out = cls(n=len(a_clusters))
        for a, b in zip(a_clusters, b_clusters, strict=True):
            out.precision_sum += common[a, b] / b_size[b]
            out.recall_sum += common[a, b] / a_size[a]
        return out

    @property
    def f1(self) -> float | None:
        if self.n == 0:
            return None
        p, r = self.precision_sum / self.n, self.recall_sum / self.n
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass
class Coding:
    """Values that annotators gave to the same items, for kappa and alpha.

    `pairs` feeds Cohen's kappa (exactly two annotators); `coincidences` Krippendorff's
    alpha (any number, missing values allowed: each item with m >= 2 values adds
    1/(m-1) for every ordered pair of values from different annotators); `fleiss_*`
    Fleiss' kappa (items rated by all `raters`)."""

    pairs: Counter[tuple[Hashable, Hashable]] = field(default_factory=Counter)
    coincidences: defaultdict[tuple[Hashable, Hashable], float] = field(
        default_factory=lambda: defaultdict(float))
    fleiss_items: int = 0
    fleiss_p_sum: float = 0.0
    fleiss_totals: Counter[Hashable] = field(default_factory=Counter)
    raters: int = 0
    units: int = 0  # items that entered alpha (had two values or more)

    def add(self, other: Coding) -> None:
        self.pairs.update(other.pairs)
        for pair, weight in other.coincidences.items():
            self.coincidences[pair] += weight
        self.fleiss_items += other.fleiss_items
        self.fleiss_p_sum += other.fleiss_p_sum
        self.fleiss_totals.update(other.fleiss_totals)
        self.raters = self.raters or other.raters
        self.units += other.units

    def item(self, values: Sequence[Hashable | None], raters: int) -> None:
        """One item's values, one per annotator of the group (None: no value)."""
        given = [v for v in values if v is not None]
        m = len(given)
        self.raters = raters
        if m < 2:
            return
        if raters == 2:
            self.pairs[given[0], given[1]] += 1
        self.units += 1
        coincidences = self.coincidences
        if m == 2:  # the common case, without the loops: each ordered pair weighs 1
            coincidences[given[0], given[1]] += 1.0
            coincidences[given[1], given[0]] += 1.0
        else:
            weight = 1 / (m - 1)
            for x, first in enumerate(given):
                for y, second in enumerate(given):
                    if x != y:
                        coincidences[first, second] += weight
        if raters >= 3 and m == raters:
            counts: dict[Hashable, int] = {}
            for value in given:
                counts[value] = counts.get(value, 0) + 1
            self.fleiss_items += 1
            self.fleiss_p_sum += (sum(n * n for n in counts.values()) - raters) / (
                raters * (raters - 1))
            for value, n in counts.items():
                self.fleiss_totals[value] += n

    @property
    def n_kappa(self) -> int:
        return sum(self.pairs.values()) if self.raters == 2 else self.fleiss_items

    def kappa(self) -> float | None:
        """Cohen's kappa for two annotators, Fleiss' kappa for three or more."""
        return self.cohen() if self.raters == 2 else self.fleiss()

    def cohen(self) -> float | None:
        n = sum(self.pairs.values())
        if n == 0:
            return None
        rows: Counter[Hashable] = Counter()
        cols: Counter[Hashable] = Counter()
        for (a, b), count in self.pairs.items():
            rows[a] += count
            cols[b] += count
        observed = sum(count for (a, b), count in self.pairs.items() if a == b) / n
        expected = sum(rows[c] * cols[c] for c in rows) / (n * n)
        return None if expected == 1 else (observed - expected) / (1 - expected)

    def fleiss(self) -> float | None:
        if self.fleiss_items == 0:
            return None
        total = self.fleiss_items * self.raters
        observed = self.fleiss_p_sum / self.fleiss_items
        expected = sum((n / total) ** 2 for n in self.fleiss_totals.values())
        return None if expected == 1 else (observed - expected) / (1 - expected)

    def alpha(self, order: Sequence[Hashable] | None = None) -> float | None:
        """Krippendorff's alpha, nominal, or ordinal when `order` lists the values from
        lowest to highest (values not in it must not occur)."""
        return alpha(self.coincidences, order)


def alpha(coincidences: Mapping[tuple[Hashable, Hashable], float],
          order: Sequence[Hashable] | None = None) -> float | None:
    marginals: defaultdict[Hashable, float] = defaultdict(float)
    for (c, _), count in coincidences.items():
        marginals[c] += count
    n = sum(marginals.values())
    if n <= 1:
        return None
    delta = _ordinal(marginals, order) if order is not None else _nominal
    observed = sum(count * delta(c, k) for (c, k), count in coincidences.items())
    expected = sum(marginals[c] * marginals[k] * delta(c, k)
                   for c in marginals for k in marginals) / (n - 1)
    return None if expected == 0 else 1 - observed / expected


def _nominal(c: Hashable, k: Hashable) -> float:
    return 0.0 if c == k else 1.0


def _ordinal(marginals: Mapping[Hashable, float], order: Sequence[Hashable]
             ) -> Callable[[Hashable, Hashable], float]:
    """Krippendorff's ordinal metric: (sum of n_g from c to k - (n_c + n_k) / 2) squared,
    over the ranks of the declared order (values nobody used count zero)."""
    rank = {value: i for i, value in enumerate(order)}
    counts = [marginals.get(value, 0.0) for value in order]
    cumulative = [0.0]
    for count in counts:
        cumulative.append(cumulative[-1] + count)

    def delta(c: Hashable, k: Hashable) -> float:
        i, j = sorted((rank[c], rank[k]))
        between = cumulative[j + 1] - cumulative[i]
        return float((between - (counts[i] + counts[j]) / 2) ** 2)

    return delta


# -- Krippendorff's unitizing alpha ------------------------------------------------------

Unit = tuple[int, int, str]  # start, end (exclusive), category


def joined(units: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping units of one category by one annotator joined into one: the measure
    needs each annotator's units of a category not to overlap."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(units):
        if end <= start:
            continue
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _pair_disagreement(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    """Sum of Krippendorff's squared distances between two annotators' sections (units
    and gaps) of one category: overlapping units (b1-b2)^2 + (e1-e2)^2; a unit that lies
    in the other's gap, its length squared; everything else 0."""
    total = 0
    overlapped_a = [False] * len(a)
    overlapped_b = [False] * len(b)
    j = 0
    for i, (s1, e1) in enumerate(a):
        while j < len(b) and b[j][1] <= s1:
            j += 1
        k = j
        while k < len(b) and b[k][0] < e1:
            s2, e2 = b[k]
            total += (s1 - s2) ** 2 + (e1 - e2) ** 2
            overlapped_a[i] = overlapped_b[k] = True
            k += 1
    total += sum((e - s) ** 2 for (s, e), hit in zip(a, overlapped_a, strict=True) if not hit)
    total += sum((e - s) ** 2 for (s, e), hit in zip(b, overlapped_b, strict=True) if not hit)
    return total


@dataclass
class Unitizing:
    """Krippendorff's unitizing alpha (uα; Content Analysis, 2nd ed. 2004, §11.6) for a
    fixed group of annotators, over articles laid end to end as one continuum.

    Only histograms of unit and gap lengths are kept (memory does not grow with the
    corpus): the observed disagreement adds up article by article, and the expected one
    needs only how many units and gaps of each length there are."""

    annotators: int
    length: int = 0
    observed: Counter[str] = field(default_factory=Counter)  # category -> sum of distances
    unit_lengths: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    gap_lengths: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    last_end: dict[tuple[int, str], int] = field(default_factory=dict)
    first_start: dict[tuple[int, str], int] = field(default_factory=dict)
    _cache: dict[tuple[str, int], tuple[float, float]] = field(default_factory=dict,
                                                               repr=False)

    def add(self, length: int, units: Sequence[Iterable[Unit]]) -> None:
        """One article of `length` characters; `units[i]` are annotator i's units."""
        assert len(units) == self.annotators
        by_cat: list[dict[str, list[tuple[int, int]]]] = []
        for given in units:
            cats: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for start, end, cat in given:
                cats[cat].append((start, end))
            by_cat.append({cat: joined(spans) for cat, spans in cats.items()})
        categories = sorted({cat for coder in by_cat for cat in coder})
        for cat in categories:
            for i, j in combinations(range(self.annotators), 2):
                self.observed[cat] += _pair_disagreement(by_cat[i].get(cat, []),
                                                         by_cat[j].get(cat, []))
            for i, coder in enumerate(by_cat):
                for start, end in coder.get(cat, []):
                    begin = self.length + start
                    gap = begin - self.last_end.get((i, cat), 0)
                    if gap > 0:
                        self.gap_lengths[cat][gap] += 1
                    self.unit_lengths[cat][end - start] += 1
                    self.last_end[i, cat] = self.length + end
                    self.first_start.setdefault((i, cat), begin)
            self.observed.setdefault(cat, 0)
        self.length += length

    def extend(self, other: Unitizing) -> None:
        """Lay `other`'s continuum after this one: the same as adding its articles here
        one by one, from its histograms alone (a corpus adds each article's accumulator
        rather than working through its units a second time)."""
        assert other.annotators == self.annotators
        for cat, distance in other.observed.items():
            self.observed[cat] += distance
        for cat, lengths in other.unit_lengths.items():
            self.unit_lengths[cat].update(lengths)
        for cat, lengths in other.gap_lengths.items():
            self.gap_lengths[cat].update(lengths)
        for (i, cat), first in other.first_start.items():
            gaps = self.gap_lengths[cat]
            if first > 0:  # `other` measured this gap from its own start ...
                gaps[first] -= 1
                if not gaps[first]:
                    del gaps[first]
            gap = self.length + first - self.last_end.get((i, cat), 0)
            if gap > 0:  # ... here it runs from this annotator's last unit
                gaps[gap] += 1
            self.first_start.setdefault((i, cat), self.length + first)
        for key, end in other.last_end.items():
            self.last_end[key] = self.length + end
        self.length += other.length
        self._cache.clear()

    def _expected(self, cat: str) -> float:
        """Krippendorff's expected disagreement for one category: every unit against
        every unit and gap it could have been placed on."""
        length, m = self.length, self.annotators
        units = self.unit_lengths[cat]
        gaps = Counter(self.gap_lengths[cat])
        for i in range(m):  # each annotator's last gap, up to the end of the continuum
            tail = length - self.last_end.get((i, cat), 0)
            if tail > 0:
                gaps[tail] += 1
        sizes = sorted(gaps)
        count_from = [0] * (len(sizes) + 1)
        sum_from = [0] * (len(sizes) + 1)
        for idx in range(len(sizes) - 1, -1, -1):
            g = sizes[idx]
            count_from[idx] = count_from[idx + 1] + gaps[g]
            sum_from[idx] = sum_from[idx + 1] + g * gaps[g]
        n_units = sum(units.values())
        total = 0
        squared = 0
        for size, count in units.items():
            # (N_c - 1)(2l^3 - 3l^2 + l)/3 is whole: l(l-1)(2l-1) is divisible by 6.
            own = (n_units - 1) * (2 * size ** 3 - 3 * size ** 2 + size) // 3
            at = bisect_left(sizes, size)
            fits = sum_from[at] - (size - 1) * count_from[at]  # sum over gaps g >= l of g-l+1
            total += count * (own + size * size * fits)
            squared += count * size * (size - 1)
        denominator = m * length * (m * length - 1) - squared
        return 0.0 if denominator <= 0 else 2 * total / length / denominator

    def _observed(self, cat: str) -> float:
        m, length = self.annotators, self.length
        return 2 * self.observed[cat] / (m * (m - 1) * length * length)

    def categories(self) -> list[str]:
        return sorted(self.observed)

    def units(self, cat: str | None = None) -> int:
        cats = [cat] if cat is not None else self.categories()
        return sum(sum(self.unit_lengths[c].values()) for c in cats if c in self.unit_lengths)

    def disagreements(self, cat: str) -> tuple[float, float]:
        """(observed, expected) disagreement for one category."""
        if self.length == 0 or self.annotators < 2:
            return 0.0, 0.0
        key = (cat, self.length)  # computed once per state: alpha() asks per category
        if self._cache.get(key) is None:
            self._cache[key] = (self._observed(cat), self._expected(cat))
        return self._cache[key]

    def alpha(self, cat: str | None = None) -> float | None:
        """uα for one category, or over all (1 - sum of observed / sum of expected)."""
        cats = [cat] if cat is not None else self.categories()
        if not cats or self.units(cat) == 0:
            return None
        pairs = [self.disagreements(c) for c in cats]
        observed, expected = sum(p[0] for p in pairs), sum(p[1] for p in pairs)
        return None if expected == 0 else 1 - observed / expected

