"""`annotate agree` output as JSON and CSV (streamed: one article at a time), and the
`--min METRIC=VALUE` thresholds. The Rich table for people is in `render`.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from annotate.agreement import compare
from annotate.agreement.compare import FIELDS, LAYERS, Figure
from annotate.errors import UsageError


def metric_names() -> list[str]:
    """Every metric `agree` reports (per-label figures share these names)."""
    names = []
    for layer in LAYERS:
        for kind in ("exact", "overlap"):
            names += [f"{layer}.{kind}.{m}" for m in ("f1", "precision", "recall")]
        names.append(f"{layer}.unitizing.alpha")
        for name in FIELDS[layer]:
            if name not in ("verdict", "claimant"):
                names.append(f"{layer}.{name}.kappa")
            names.append(f"{layer}.{name}.alpha")
    names += ["actors.coref.b3", "events.participants.f1", "events.participants.precision",
              "events.participants.recall", "claims.claimant.agreement"]
    return names


@dataclass(frozen=True)
class Threshold:
    pattern: str  # a metric name, or a pattern: "*.overlap.f1"
    minimum: float

    @classmethod
    def parse(cls, text: str) -> Threshold:
        name, eq, value = text.partition("=")
        try:
            minimum = float(value)
        except ValueError:
            minimum = float("nan")
        if not eq or not name or minimum != minimum:
            raise UsageError(f"--min {text!r} must be METRIC=VALUE, e.g. claims.verdict.alpha=0.67")
        if not fnmatch.filter(metric_names(), name.strip()):
            raise UsageError(f"--min {text!r}: no metric is called {name.strip()!r}; metrics: "
                             + ", ".join(metric_names()))
        if minimum > 1:  # (every figure is at most 1: a gate that can never pass, as "=67")
            raise UsageError(f"--min {text!r}: no figure is above 1, so this minimum is never "
                             "met; give a fraction (67% is 0.67)")
        return cls(name.strip(), minimum)


@dataclass(frozen=True)
class Verdict:
    figure: Figure
    threshold: Threshold

    @property
    def failed(self) -> bool:
        return self.figure.value is not None and self.figure.value < self.threshold.minimum


def check(figures: Iterable[Figure], thresholds: list[Threshold],
          everyone: tuple[str, ...]) -> list[Verdict]:
    """Each threshold against the corpus figure of all annotators together (a layer's
    figure, not the per-label ones)."""
    out = []
    for figure in figures:
        if figure.label is None and figure.annotators == everyone:
            out += [Verdict(figure, t) for t in thresholds
                    if fnmatch.fnmatchcase(figure.metric, t.pattern)]
    return out


def _value(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def figure_dict(f: Figure) -> dict[str, Any]:
    value = f.value
    out: dict[str, Any] = {"metric": f.metric, "label": f.label, "annotators": list(f.annotators),
                           "value": None if value is None else round(value, 6), "n": f.n}
    if f.method:
        out["method"] = f.method
    return out


def json_record(result: compare.ArticleResult) -> str:
    """One article's line of the JSON output (`compare.run`'s `render` for JSON)."""
    record = {"article": result.article, "sidecars": result.sidecars,
              "figures": [figure_dict(f) for f in result.figures]}
    return json.dumps(record, ensure_ascii=False)


def write_json(out: TextIO, annotators: list[str], results: Iterator[compare.ArticleResult],
               summary: Any) -> None:
    """Streams the articles (rendered by `json_record`), then calls `summary()` for the
    corpus part (after the last article was read)."""
    out.write('{"annotators": ' + json.dumps(annotators) + ',\n "articles": [')
    for n, result in enumerate(results):
        out.write(("," if n else "") + "\n  " + result.rendered)
    corpus, skipped, verdicts = summary()
    out.write("\n ],\n")
    tail = {"skipped": skipped,
            "corpus": {"articles": {"+".join(g): n for g, n in sorted(corpus.articles.items())},
                       "figures": [figure_dict(f) for f in compare.figures(corpus.tallies)]},
            "below_min": [{"metric": v.figure.metric, "value": _value(v.figure.value),
                           "min": v.threshold.minimum} for v in verdicts if v.failed]}
    out.write(json.dumps(tail, ensure_ascii=False, indent=1).removeprefix("{\n") + "\n")


CSV_COLUMNS = ["scope", "article", "metric", "label", "annotators", "method", "value", "n"]


def _row(scope: str, article: str, f: Figure) -> list[Any]:
    value = "n/a" if f.value is None else f"{f.value:.6f}".rstrip("0").rstrip(".")
    return [scope, article, f.metric, f.label or "", "+".join(f.annotators), f.method, value,
            f.n]


def csv_rows(result: compare.ArticleResult) -> str:
    """One article's rows of the CSV output (`compare.run`'s `render` for CSV)."""
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(
        _row("article", result.article, f) for f in result.figures)
    return text.getvalue()


def write_csv(out: TextIO, results: Iterator[compare.ArticleResult], summary: Any) -> None:
    """Streams the articles (rendered by `csv_rows`), then the corpus."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for result in results:
        out.write(result.rendered)
    corpus, _, _ = summary()
    writer.writerows(_row("corpus", "", f) for f in compare.figures(corpus.tallies))
