"""`annotate agree` for people: Rich tables (the only module of the package's agreement
code that imports rich)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.console import Console
from rich.table import Table
from rich.text import Text

from annotate.agreement import compare
from annotate.agreement import table as layout
from annotate.agreement.compare import Figure, Group
from annotate.visible import counted, visible

KEY = layout.KEY


def cell(figure: Figure | None) -> Text:
    if figure is None:
        return Text("")
    if figure.value is None:
        return Text(f"n/a ({figure.n})", style="dim")
    style = "red" if figure.value < 0.67 else ("yellow" if figure.value < 0.8 else "")
    return Text(f"{figure.value:.2f} ({figure.n})", style=style)


def table(title: str, figures: Iterable[Figure], groups: list[Group],
          everyone: Group) -> Table:
    """Rows: each layer's measures, then its overlap F1 per type or kind (`table.rows`);
    columns: each group of annotators."""
    out = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    out.add_column("measure", no_wrap=True)
    for group in groups:
        out.add_column(layout.column(group, everyone), justify="right", no_wrap=True)
    indent = {layout.LAYER: "", layout.BY_LABEL: "  ", layout.MEASURE: "  ",
              layout.LABEL: "    "}
    for row in layout.rows(figures):
        name = indent[row.kind] + row.name
        if row.kind == layout.LAYER:
            out.add_row(Text(name, style="bold"), *([""] * len(groups)))
        elif row.kind == layout.BY_LABEL:
            out.add_row(name, *([""] * len(groups)))
        else:
            out.add_row(name, *(cell(row.cells.get(g)) for g in groups))
    return out


def article_row(result: compare.ArticleResult) -> list[Text]:
    """An article's line in the summary: its overlap F1 per layer and its lowest kappa or
    alpha (`compare.run`'s `render` for text)."""
    group = tuple(result.sidecars)
    own = [f for f in result.figures if f.annotators == group and f.label is None]
    f1 = {f.metric.split(".")[0]: f for f in own if f.metric.endswith(".overlap.f1")}
    coded = [f for f in own if f.metric.endswith((".kappa", ".alpha"))
             and not f.metric.endswith("unitizing.alpha") and f.value is not None]
    low = min(coded, key=lambda f: f.value or 0.0, default=None)
    lowest = Text("n/a", style="dim") if low is None else \
        Text(f"{low.value:.2f} {low.metric}", style=cell(low).style)
    return [Text(visible(result.article)), Text(", ".join(group)),
            *(cell(f1.get(layer)) for layer in compare.LAYERS), lowest]


def articles(console: Console, results: Iterator[compare.ArticleResult]) -> int:
    """One line per article (rendered by `article_row`), printed after the last one;
    returns how many."""
    summary = Table(title="Articles", title_justify="left", show_edge=False, pad_edge=False)
    for name in ("article", "annotators", "actors F1", "events F1", "claims F1", "lowest κ/α"):
        summary.add_column(name, justify="left" if name in ("article", "annotators") else "right")
    count = 0
    for result in results:
        count += 1
        summary.add_row(*result.rendered)
    if count > 1:
        console.print(summary)
        console.print()
    return count


def title(total: compare.Corpus, groups: list[Group], everyone: Group) -> str:
    counts = [total.articles.get(g, 0) for g in groups]
    out = f"Agreement over {counted(max(counts, default=0), 'article')}"
    if len(set(counts)) > 1:
        out += " (" + ", ".join(f"{'all' if g == everyone and len(g) > 2 else '/'.join(g)}: {n}"
                                for g, n in zip(groups, counts, strict=True)) + ")"
    return out
