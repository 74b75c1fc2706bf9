"""The index page of a folder report: one row per article with its counts, and a chart
of claims by verdict (inline SVG, so it needs nothing at view time)."""

from __future__ import annotations

from collections import Counter

from annotate.report.html import e, link
from annotate.report.page import ArticleReport, link_local
from annotate.visible import counted

NO_VERDICT = "no verdict"


def verdict_counts(reports: list[ArticleReport]) -> list[tuple[str, int]]:
    """(label, claims) in the order of the verdict scale, then verdicts not on it, then
    claims without a verdict."""
    order: dict[str, str] = {}  # verdict id -> label, in scale order
    counts: Counter[str] = Counter()
    for report in reports:
        for verdict in report.inventory.verdicts:
            order.setdefault(verdict.id, verdict.label)
        for claim in report.annotations.claims:
            counts[claim.verdict or ""] += 1
    rows = [(label, counts[vid]) for vid, label in order.items() if counts[vid]]
    rows += [(vid, n) for vid, n in counts.items() if vid and vid not in order]
    if counts[""]:
        rows.append((NO_VERDICT, counts[""]))
    return rows


def chart(rows: list[tuple[str, int]]) -> str:
    """Horizontal bars, one per verdict, labelled with the verdict and the count."""
    if not rows:
        return '<p class="empty">No claims tagged yet.</p>'
    top = max(n for _, n in rows)
    label_w, bar_w, row_h = 150, 420, 28
    height = row_h * len(rows) + 10
    bars = []
    for i, (label, n) in enumerate(rows):
        y = 5 + i * row_h
        width = max(2, round(bar_w * n / top))
        bars.append(
            f'<text x="{label_w - 8}" y="{y + 18}" text-anchor="end">{e(label)}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 4}" width="{width}" height="{row_h - 8}">'
            f"<title>{e(label)}: {n}</title></rect>"
            f'<text x="{label_w + width + 6}" y="{y + 18}">{n}</text>')
    total = sum(n for _, n in rows)
    return (f'<svg class="chart" role="img" aria-label="Claims by verdict: {total} claims" '
            f'width="{label_w + bar_w + 60}" height="{height}" '
            f'viewBox="0 0 {label_w + bar_w + 60} {height}" '
            f'xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg>')


def render(reports: list[ArticleReport], pages: dict[str, str], title: str) -> str:
    rows = []
    totals = Counter[str]()
    for report in reports:
        ann = report.annotations
        counts = {"actors": len(ann.actors), "events": len(ann.events),
                  "claims": len(ann.claims),
                  "verdicts": sum(c.verdict is not None for c in ann.claims)}
        totals.update(counts)
        doc = ann.document
        name = doc.title or report.article.title or report.article.path.name
        rows.append(
            f"<tr><td>{link_local(pages[report.name], name)}</td><td>{e(doc.publisher or '')}"
            f"</td><td>{e((doc.published or '')[:10])}</td>"
            + "".join(f'<td class="n">{counts[k]}</td>' for k in counts)
            + f"<td>{e(', '.join(report.annotators))}</td>"
            f"<td>{link(doc.url, 'source') if doc.url else ''}</td></tr>")
    head = "".join(f"<th>{h}</th>" for h in ("article", "outlet", "published", "actors",
                                            "events", "claims", "verdicts", "annotators",
                                            "link"))
    foot = (f'<tr><th colspan="3">{counted(len(reports), "article")}</th>'
            + "".join(f'<th class="n">{totals[k]}</th>' for k in ("actors", "events", "claims",
                                                                 "verdicts"))
            + '<th colspan="2"></th></tr>')
    return "\n".join([
        f'<header class="top"><h1>{e(title)}</h1><p class="meta">'
        f"{counted(len(reports), 'annotated article')}</p></header><main>",
        f'<section id="verdicts"><h2>Claims by verdict</h2>{chart(verdict_counts(reports))}'
        "</section>",
        f'<section id="articles"><h2>Articles</h2><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody><tfoot>{foot}</tfoot></table></section></main>",
    ])
