"""Rich rendering of an article and its annotations (used by `show` and `tag`)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from annotate.article import Article
from annotate.model import Annotations
from annotate.visible import visible

if TYPE_CHECKING:
    from annotate.anchoring import Plan

STYLES = {"actors": "bold cyan", "events": "bold magenta", "claims": "underline yellow"}
LEGEND = Text.assemble(("actor", STYLES["actors"]), "  ", ("event", STYLES["events"]), "  ",
                       ("claim", STYLES["claims"]))


def highlighted(art: Article, ann: Annotations | None) -> Text:
    """The whole article as one Text with every annotated span styled."""
    text = Text(art.text)
    if ann is not None:
        # Claims first so mentions and triggers inside them stay readable on top.
        for section in ("claims", "events", "actors"):
            for item in getattr(ann, section):
                for _, span in item.spans():
                    if not span.orphaned and span.end <= art.length:
                        text.stylize(STYLES[section], span.start, span.end)
    return text


def article_view(art: Article, ann: Annotations | None, first: int = 1,
                 last: int | None = None) -> Table:
    """Sentences `first`..`last`, numbered, a blank line between paragraphs."""
    body = highlighted(art, ann)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="dim", no_wrap=True)
    grid.add_column(ratio=1)
    sentences = art.sentences[first - 1:last]
    previous_end = sentences[0].start if sentences else 0
    for s in sentences:
        if "\n\n" in art.text[previous_end:s.start]:
            grid.add_row("", "")
        grid.add_row(f"s{s.number}", body[s.start:s.end])
        previous_end = s.end
    return grid


def tables(ann: Annotations) -> Group:
    actors = Table(title="Actors", title_justify="left")
    for col in ("id", "name", "type", "aliases", "mentions"):
        actors.add_column(col, overflow="fold")
    for a in ann.actors:
        actors.add_row(a.id, a.name, a.type, ", ".join(a.aliases), str(len(a.mentions)))
    events = Table(title="Events", title_justify="left")
    for col in ("id", "type", "trigger", "participants", "factuality"):
        events.add_column(col, overflow="fold")
    for e in ann.events:
        events.add_row(e.id, e.type, e.trigger.text,
                       "\n".join(f"{p.actor}:{p.role}" for p in e.participants), e.factuality)
    claims = Table(title="Claims", title_justify="left")
    claims.add_column("claim", overflow="fold")
    claims.add_column("claimant", overflow="fold")
    claims.add_column("text")
    for c in ann.claims:
        detail = f"{c.kind} · {c.verdict or 'no verdict'}" + ("" if c.checkworthy else
                                                              " · not check-worthy")
        claims.add_row(Text.assemble(c.id, "\n", (detail, "dim")), c.claimant or "(outlet)",
                       c.span.text)
    return Group(actors, events, claims)


def show(console: Console, art: Article, ann: Annotations | None) -> None:
    if art.title:
        console.print(Text(art.title, style="bold"))
    console.print(LEGEND)
    console.print(article_view(art, ann))
    if ann is not None:
        console.print(tables(ann))


PLAN_STYLES = {"exact": "green", "moved": "cyan", "fuzzy": "yellow", "ambiguous": "red",
               "orphaned": "red"}


def render_plan(console: Console, plan: Plan, ann: Annotations | None = None,
                limit: int | None = None) -> None:
    """The re-anchoring plan as a table (spans still exactly where they were are only
    counted). With `limit`, at most that many rows, those needing a person first."""
    changes = plan.changes()
    if limit is not None and len(changes) > limit:
        # Orphaned, ambiguous and fuzzy spans before moved ones; document order kept.
        rank = {p.path: (p.status == "moved", i) for i, p in enumerate(changes)}
        keep = {p.path for p in sorted(changes, key=lambda p: rank[p.path])[:limit]}
        hidden = [p for p in changes if p.path not in keep]
        changes = [p for p in changes if p.path in keep]
    else:
        hidden = []
    if changes:
        table = Table(title="Re-anchoring plan", title_justify="left", box=box.SIMPLE_HEAD)
        table.add_column("span", overflow="fold")
        for column in ("old → new", "status", "score"):
            table.add_column(column, no_wrap=True)
        table.add_column("text", overflow="fold", min_width=16)
        for p in changes:
            new = f"{p.start}-{p.end}" if p.placed else "-"
            text = p.old.text if p.text in (None, p.old.text) else f"{p.old.text} → {p.text}"
            status = p.status
            if p.old.orphaned:
                status = "found again" if p.placed else "still orphaned"
            table.add_row(span_name(p.path, ann), f"{p.old.start}-{p.old.end} → {new}",
                          Text(status, PLAN_STYLES[p.status]), f"{p.score:.2f}",
                          short(visible(" ".join(text.split())), 40))
        console.print(table)
    if hidden:
        found = Counter(p.status for p in hidden)
        console.print(f"... and {', '.join(f'{n} {s}' for s, n in found.items())} span(s) "
                      "more (annotate reanchor --dry-run lists them all)")
    counts = ", ".join(f"{n} {status}" for status, n in plan.counts().items())
    console.print(f"{len(plan.placements)} span(s): {counts or 'none'}")


def short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def span_name(path: tuple[str | int, ...], ann: Annotations | None) -> str:
    """`putin mentions[1]` for ("actors", 0, "mentions", 1); the JSON path without `ann`."""
    from annotate.sidecar import json_path

    section, index, *rest = path
    where = json_path(tuple(rest))[2:] if rest else ""
    if ann is not None and isinstance(section, str) and isinstance(index, int):
        return f"{getattr(ann, section)[index].id} {where}".strip()
    return json_path(path)
