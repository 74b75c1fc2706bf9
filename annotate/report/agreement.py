"""Agreement figures for one article annotated by several people: the report's hook.

`figures(sidecars)` is what `annotate report` calls when an article has more than one
sidecar (`story.ann.yaml`, `story.alice.ann.yaml`, ...). The built-in answer is a table
of what each annotator tagged and how many of their claim spans another annotator also
tagged; `annotate agree` (inter-annotator agreement proper) plugs in here by
returning its own `Figures`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotate.model import Annotations

UNNAMED = "main"  # a sidecar without an annotator's name


@dataclass
class Figures:
    title: str
    headers: list[str]
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)


def annotator_name(path: Path, ann: Annotations) -> str:
    """`story.alice.ann.yaml` -> alice; a sidecar without one -> its annotators, or UNNAMED."""
    parts = path.name[: -len(".ann.yaml")].split(".")
    if len(parts) > 1 and ann.document.path != path.name:
        stem = Path(ann.document.path).stem
        if path.name.startswith(stem + "."):
            return path.name[len(stem) + 1: -len(".ann.yaml")]
    return ", ".join(a.name or a.id for a in ann.annotators) or UNNAMED


def figures(sidecars: Sequence[tuple[Path, Annotations]]) -> Figures:
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
        "Annotators",
        ["annotator", "actors", "mentions", "events", "claims", "verdicts",
         "claims others tagged too"],
        rows,
        ["Counts per annotator; \u201cclaims others tagged too\u201d is how many of this "
         "annotator's claims another annotator tagged with exactly the same span."])
