"""The agreement table people read, whatever draws it (the Rich table of `annotate agree`,
the HTML of `annotate report`): which figures are its rows, in what order and under what
names, and its columns. JSON and CSV give every figure; this is the readable subset.

Rows, layer by layer: the layer's name, its measures (span F1, unitizing alpha, kappa
and alpha on its categories, B-cubed, participants, claimants), then its overlap F1 per
type or kind. Columns: each pair of annotators, then all of them when there are three
or more.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from annotate.agreement.compare import Figure, Group

KEY = ("Each cell: the figure (the number of items it rests on); n/a: no items, or no "
       "variation to measure. κ is Cohen's for a pair, Fleiss' for three or more.")
# The measures shown; JSON and CSV also give precision, recall and exact per-label figures.
SHOWN = ("exact.f1", "overlap.f1", "unitizing.alpha", "type.kappa", "type.alpha",
         "coref.b3", "factuality.kappa", "factuality.alpha", "participants.f1", "kind.kappa",
         "kind.alpha", "checkworthy.kappa", "checkworthy.alpha", "verdict.alpha",
         "claimant.agreement", "claimant.alpha")
PER_LABEL = ("overlap.f1",)
BY = {"actors": "type", "events": "type", "claims": "kind"}
NAMES = {"kappa": "κ", "alpha": "α", "b3": "B³ F1", "f1": "F1", "agreement": "agreement"}

LAYER, BY_LABEL, MEASURE, LABEL = "layer", "by", "measure", "label"  # the kinds of row


@dataclass
class Row:
    kind: str  # LAYER (a heading), BY_LABEL (the per-label heading), MEASURE or LABEL
    name: str  # the layer, "overlap F1 by type:", the measure's name, or the type / kind
    cells: dict[Group, Figure] = field(default_factory=dict)  # MEASURE and LABEL rows


def label(metric: str, method: str) -> str:
    """A measure's name in the table: "type κ", "uα", "verdict α (ordinal)"."""
    layer, *rest = metric.split(".")
    *what, measure = rest
    name = NAMES.get(measure, measure)
    if method == "ordinal":
        name = f"{name} (ordinal)"
    elif measure == "alpha" and what == ["unitizing"]:
        name = "uα"
        what = []
    return " ".join([*what, name]) if what else name


def rows(figures: Iterable[Figure]) -> list[Row]:
    """The table's rows, in the order `compare.figures` gives the figures."""
    found: dict[tuple[str, str | None], dict[Group, Figure]] = {}
    for f in figures:
        measure = f.metric.split(".", 1)[1]
        if measure in (PER_LABEL if f.label else SHOWN):
            found.setdefault((f.metric, f.label), {})[f.annotators] = f
    out: list[Row] = []
    last_layer, labelled = "", False
    for (metric, lab), by_group in found.items():
        layer = metric.split(".")[0]
        if layer != last_layer:
            out.append(Row(LAYER, layer))
            last_layer, labelled = layer, False
        if lab and not labelled:
            out.append(Row(BY_LABEL, f"overlap F1 by {BY[layer]}:"))
            labelled = True
        if lab:
            out.append(Row(LABEL, lab, by_group))
        else:
            out.append(Row(MEASURE, label(metric, next(iter(by_group.values())).method),
                           by_group))
    return out


def groups(annotators: Iterable[Group]) -> list[Group]:
    """The columns for the groups met: every pair in order, then all annotators (the
    largest group) when there are three or more."""
    met = set(annotators)
    everyone = max(met, key=len, default=())
    return sorted(g for g in met if len(g) == 2) + ([everyone] if len(everyone) > 2 else [])


def column(group: Group, everyone: Group) -> str:
    return "all" if group == everyone and len(group) > 2 else "/".join(group)
