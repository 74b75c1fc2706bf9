"""Agreement figures for one article annotated by several people, for its report page.

`figures(sidecars)` is what `annotate report` calls when an article has more than one
sidecar (`story.ann.yaml`, `story.alice.ann.yaml`, ...). Whose sidecar each is, and the
figures, are decided exactly as `annotate agree` decides them for that article (the
annotators in alphabetical order, a merged sidecar left out): span F1 per layer and per
type, unitizing alpha, kappa and alpha on the categories, the claimant, participants and
B-cubed, each with the number of items it rests on and n/a where there are none. The
page shows the rows of `agree`'s text table (`agreement.table`); `annotate agree
--format json` gives every figure. A second table says what each annotator tagged.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotate.agreement import compare, corpus
from annotate.agreement import table as layout
from annotate.agreement.compare import Figure
from annotate.errors import AnnotateError
from annotate.model import Annotations

UNNAMED = "main"  # a sidecar without an annotator's name


@dataclass
class Figures:
    """A plain table of text cells."""

    title: str
    headers: list[str]
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)


@dataclass
class Row:
    kind: str  # agreement.table's LAYER, BY_LABEL, MEASURE or LABEL
    name: str
    cells: list[Figure | None]  # one per column; None where the group has no such figure


@dataclass
class Agreement:
    annotators: list[str]  # the annotators compared, in order
    columns: list[str]  # "alice/bob", ..., "all"
    rows: list[Row]


@dataclass
class Team:
    """What the page shows for an article with several sidecars."""

    agreement: Agreement | None  # None when fewer than two annotators can be compared
    counts: Figures
    notes: list[str] = field(default_factory=list)  # sidecars left out, and why


def annotator_name(path: Path, ann: Annotations) -> str:
    """`story.alice.ann.yaml` -> alice; a sidecar without one -> its annotators, or UNNAMED."""
    parts = path.name[: -len(".ann.yaml")].split(".")
    if len(parts) > 1 and ann.document.path != path.name:
        stem = Path(ann.document.path).stem
        if path.name.startswith(stem + "."):
            return path.name[len(stem) + 1: -len(".ann.yaml")]
    return ", ".join(a.name or a.id for a in ann.annotators) or UNNAMED


def figures(sidecars: Sequence[tuple[Path, Annotations]]) -> Team:
    """The agreement between the annotators of one article's sidecars, and their counts."""
    sides, notes = _sides(sidecars)
    agreement = None
    if len(sides) >= 2:
        tallies = compare.article(sides, sides[0].ann.document.length)
        agreement = _agreement([s.annotator for s in sides], list(compare.figures(tallies)))
    elif not notes:
        notes.append("Agreement needs the sidecars of two annotators or more.")
    return Team(agreement, _counts(sidecars), notes)


def _sides(sidecars: Sequence[tuple[Path, Annotations]]) -> tuple[list[corpus.Side], list[str]]:
    """Each annotator's sidecar, as `annotate agree` finds them; notes on the others."""
    sides: dict[str, corpus.Side] = {}
    notes = []
    for path, ann in sidecars:
        article = Path(os.path.normpath(path.parent / ann.document.path))
        try:
            who = corpus.annotator(path, article, ann)
        except AnnotateError as exc:
            notes.append(f"{path.name} is left out of the agreement: {exc.message}.")
            continue
        if who is None:
            notes.append(f"{path.name} lists several annotators (a merged sidecar): it is left "
                         "out of the agreement.")
        elif who in sides:
            notes.append(f"{sides[who].path.name} and {path.name} are both {who}'s sidecar: "
                         "no agreement is computed until one is removed.")
            return [], notes
        else:
            sides[who] = corpus.Side(who, path, ann)
    return [sides[who] for who in sorted(sides)], notes


def _agreement(annotators: list[str], figures: Sequence[Figure]) -> Agreement:
    everyone = tuple(annotators)
    groups = layout.groups(f.annotators for f in figures)
    rows = [Row(r.kind, r.name, [r.cells.get(g) for g in groups])
            for r in layout.rows(figures)]
    return Agreement(annotators, [layout.column(g, everyone) for g in groups], rows)


def _counts(sidecars: Sequence[tuple[Path, Annotations]]) -> Figures:
    """Per-annotator counts, and claim spans another annotator tagged too."""
    spans = [{(c.span.start, c.span.end) for c in ann.claims} for _, ann in sidecars]
    rows = []
    for i, (path, ann) in enumerate(sidecars):
        others = set().union(*(s for j, s in enumerate(spans) if j != i))
        shared = spans[i] & others
        rows.append([annotator_name(path, ann), str(len(ann.actors)),
                     str(sum(len(a.mentions) for a in ann.actors)), str(len(ann.events)),
                     str(len(ann.claims)), str(sum(c.verdict is not None for c in ann.claims)),
                     str(len(shared))])
    return Figures(
        "What each annotator tagged",
        ["annotator", "actors", "mentions", "events", "claims", "verdicts",
         "claims others tagged too"],
        rows,
        ["\u201cClaims others tagged too\u201d is how many of this annotator's claims another "
         "annotator tagged with exactly the same span."])
