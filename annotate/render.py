"""Rich rendering of an article and its annotations (used by `show` and `tag`)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from annotate.article import Article
from annotate.model import Annotations

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
