"""One article's report page: the text with its actors, events and claims marked, a
panel that shows what is under the pointer, claim cards in reading order with verdict
badges, tables of actors and events, and agreement figures when there are several
annotators."""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotate.agreement import table as layout
from annotate.agreement.compare import Figure
from annotate.article import Article
from annotate.config import Inventory
from annotate.model import Actor, Annotations, Claim, Event
from annotate.report import agreement
from annotate.report.agreement import Agreement, Team
from annotate.report.html import e, link
from annotate.visible import counted

KIND_ORDER = {"claim": 0, "event": 1, "actor": 2}  # what a click on shared words shows first


@dataclass
class ArticleReport:
    sidecar: Path  # the sidecar shown
    annotations: Annotations
    article: Article
    inventory: Inventory
    name: str = ""  # the page's file stem
    annotators: list[str] = field(default_factory=list)  # one per sidecar of the article
    shown: str = ""  # whose annotations the page shows
    team: Team | None = None  # agreement figures, when several annotators tagged it


def render(report: ArticleReport, index: str | None = None) -> str:
    """The page's body; `index` is the link back to the folder's index page, if any."""
    ann, art = report.annotations, report.article
    names = {a.id: a.name for a in ann.actors}
    title = ann.document.title or art.title or art.path.name
    crumbs = f'<nav class="crumbs">{link_local(index, "All articles")}</nav>' if index else ""
    parts = [
        f'<header class="top">{crumbs}<h1>{e(title)}</h1>{_meta(report)}</header>',
        '<main><div class="layout"><div>',
        '<div class="legend"><span class="key actor">actor</span><span class="key event">'
        'event</span><span class="key claim">claim</span></div>',
        f'<div class="article" id="article">{_text(ann, art)}</div></div>',
        '<aside class="side"><div class="panel"><h2>Details</h2><div id="details">'
        '<p class="hint">Point at or click a marked passage to see what was tagged there.'
        "</p></div></div></aside></div>",
        _claims(report),
        _actors(ann),
        _events(ann),
        _team(report.team) if report.team else "",
        '<div hidden id="templates">', *(_detail(names, a) for a in ann.actors),
        *(_detail(names, ev) for ev in ann.events),
        "</div></main>",
    ]
    return "\n".join(parts)


def link_local(href: str | None, text: str) -> str:
    return f'<a href="{e(href)}">{e(text)}</a>' if href else ""


def _meta(report: ArticleReport) -> str:
    doc = report.annotations.document
    bits = [e(doc.publisher) if doc.publisher else "",
            "by " + e(", ".join(doc.authors)) if doc.authors else "",
            e(doc.published[:10]) if doc.published else "",
            link(doc.url, "original article") if doc.url else ""]
    named = report.annotators != [agreement.UNNAMED]  # one sidecar that names nobody
    who = f"annotated by {e(', '.join(report.annotators))}" if report.annotators and named \
        else ""
    if len(report.annotators) > 1:
        who += f" (showing {e(report.shown)})"
    line = " · ".join(b for b in [*bits, who] if b)
    return f'<p class="meta">{line}</p>' if line else ""


def _marks(ann: Annotations) -> list[tuple[int, int, str, str]]:
    out = []
    for actor in ann.actors:
        out += [(m.start, m.end, "actor", actor.id) for m in actor.mentions if not m.orphaned]
    out += [(ev.trigger.start, ev.trigger.end, "event", ev.id) for ev in ann.events
            if not ev.trigger.orphaned]
    out += [(c.span.start, c.span.end, "claim", c.id) for c in ann.claims if not c.span.orphaned]
    return out


def _text(ann: Annotations, art: Article) -> str:
    """The article, paragraph by paragraph, cut at every span edge so that each piece
    carries the ids (and kinds) of every annotation covering it."""
    starts = [p.start for p in art.paragraphs]
    by_para: list[list[tuple[int, int, str, str]]] = [[] for _ in art.paragraphs]
    for s, end, kind, item in _marks(ann):
        for n in range(max(0, bisect_right(starts, s) - 1), len(starts)):
            para = art.paragraphs[n]
            if para.start >= end:
                break
            if s < para.end:
                by_para[n].append((max(s, para.start), min(end, para.end), kind, item))
    out = []
    for n, para in enumerate(art.paragraphs):
        inside = by_para[n]
        cls = ' class="headline"' if n == 0 and art.title else ""
        out.append(f"<p{cls}>{''.join(_pieces(art.text, para.start, para.end, inside))}</p>")
    return "\n".join(out)


def _pieces(text: str, start: int, end: int,
            marks: list[tuple[int, int, str, str]]) -> Iterator[str]:
    edges = sorted({start, end, *(s for s, _, _, _ in marks), *(x for _, x, _, _ in marks)})
    opening: dict[int, list[tuple[int, int, str, str]]] = {}
    for mark in marks:
        opening.setdefault(mark[0], []).append(mark)
    active: list[tuple[int, int, str, str]] = []
    for a, b in zip(edges, edges[1:], strict=False):
        active = [m for m in active if m[1] > a] + opening.get(a, [])
        piece = e(text[a:b])
        if not active:
            yield piece
            continue
        ordered = sorted(active, key=lambda m: (KIND_ORDER[m[2]], m[0], m[3]))
        kinds = " ".join(sorted({m[2] for m in ordered}, key=lambda k: KIND_ORDER[k]))
        ids = " ".join(dict.fromkeys(m[3] for m in ordered))
        yield f'<span class="m {kinds}" data-ids="{e(ids)}" tabindex="0">{piece}</span>'


def _verdict_badge(inv: Inventory, verdict_id: str | None) -> str:
    if verdict_id is None:
        return '<span class="badge">no verdict</span>'
    verdict = inv.verdict(verdict_id)
    label = verdict.label if verdict else verdict_id
    scale = inv.ratings
    cls = ""
    if verdict is not None and verdict.rating is not None and scale and scale[1] > scale[0]:
        cls = f" v{round(4 * (verdict.rating - scale[0]) / (scale[1] - scale[0]))}"
    return f'<span class="badge{cls}">{e(label)}</span>'


def _name(names: dict[str, str], item_id: str | None) -> str:
    """An actor's name (other ids as they are), escaped."""
    return e(names.get(item_id, item_id)) if item_id else ""


def _row(label: str, value: str) -> str:
    return f"<dt>{e(label)}</dt><dd>{value}</dd>" if value else ""


def _claims(report: ArticleReport) -> str:
    ann, inv = report.annotations, report.inventory
    claims = sorted(ann.claims, key=lambda c: (c.span.start, c.span.end))
    names = {a.id: a.name for a in ann.actors}
    cards = [_card(ann, inv, names, c) for c in claims] or [
        '<p class="empty">No claims tagged.</p>']
    return f'<section id="claims"><h2>Claims ({len(claims)})</h2>{"".join(cards)}</section>'


def _card(ann: Annotations, inv: Inventory, names: dict[str, str], claim: Claim) -> str:
    outlet = ann.document.publisher or "the outlet itself"
    claimant = _name(names, claim.claimant) if claim.claimant else e(outlet)
    evidence = "".join(f"<li>{link(ev.url)}{' — ' + e(ev.note) if ev.note else ''}</li>"
                       for ev in claim.evidence)
    about = ", ".join(_name(names, ref) for ref in claim.about)
    rows = "".join([
        _row("claimant", claimant),
        _row("cue", e(claim.cue.text) if claim.cue else ""),
        _row("check-worthy", "yes" if claim.checkworthy else "no"),
        _row("reviewed", e(claim.reviewed or "")),
        _row("review", link(claim.review_url) if claim.review_url else ""),
        _row("about", about),
        _row("evidence", f"<ul>{evidence}</ul>" if evidence else ""),
        _row("note", e(claim.note)),
    ])
    recheck = ('<p class="warn">The text changed since the verdict was given; it needs '
               "re-checking.</p>") if claim.recheck else ""
    orphaned = '<p class="warn">Its text is no longer in the article.</p>' \
        if claim.span.orphaned else ""
    return (f'<article class="card" id="card-{e(claim.id)}"><div><span class="kind">'
            f"{e(claim.kind)}</span> {_verdict_badge(inv, claim.verdict)} "
            f'<a class="to-text" href="#article" data-id="{e(claim.id)}">show in text</a></div>'
            f"<blockquote>{e(claim.span.text)}</blockquote>{recheck}{orphaned}"
            f"<dl>{rows}</dl></article>")


def _detail(names: dict[str, str], item: Actor | Event) -> str:
    if isinstance(item, Actor):
        rows = _row("type", e(item.type)) + _row("aliases", e(", ".join(item.aliases))) + \
            _row("mentions", str(len(item.mentions))) + \
            _row("wikidata", e(item.external_ids.get("wikidata", ""))) + _row("note", e(item.note))
        return (f'<div class="detail actor" id="detail-{e(item.id)}"><span class="kind">actor'
                f"</span><h3>{e(item.name)}</h3><dl>{rows}</dl></div>")
    people = ", ".join(f"{_name(names, p.actor)} ({e(p.role)})" for p in item.participants)
    rows = _row("trigger", e(item.trigger.text)) + _row("participants", people) + \
        _row("factuality", e(item.factuality)) + _row("time", e(item.time)) + \
        _row("place", e(item.place)) + _row("note", e(item.note))
    return (f'<div class="detail event" id="detail-{e(item.id)}"><span class="kind">event'
            f"</span><h3>{e(item.type)}</h3><dl>{rows}</dl></div>")


def _table(headers: list[str], rows: list[list[str]],
           numeric: frozenset[int] = frozenset()) -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f'<td{" class=n" if i in numeric else ""}>{cell}</td>'
                                    for i, cell in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _actors(ann: Annotations) -> str:
    rows = [[e(a.name), e(a.type), str(len(a.mentions)), e(", ".join(a.aliases)),
             e(a.id)] for a in ann.actors]
    table = _table(["name", "type", "mentions", "aliases", "id"], rows, frozenset({2})) \
        if rows else \
        '<p class="empty">No actors tagged.</p>'
    return f'<section id="actors"><h2>Actors ({len(rows)})</h2>{table}</section>'


def _events(ann: Annotations) -> str:
    rows = [[e(ev.type), e(ev.trigger.text),
             e("; ".join(f"{p.actor}: {p.role}" for p in ev.participants)),
             e(ev.factuality), e(ev.time), e(ev.place)] for ev in ann.events]
    table = _table(["type", "trigger", "participants", "factuality", "time", "place"], rows) \
        if rows else '<p class="empty">No events tagged.</p>'
    return f'<section id="events"><h2>Events ({len(rows)})</h2>{table}</section>'


def _team(team: Team) -> str:
    """The agreement table (as `annotate agree` computes it), its key, why sidecars were
    left out, and what each annotator tagged."""
    parts = ['<section id="agreement"><h2>Agreement between annotators</h2>']
    if team.agreement is not None:
        parts.append(_agreement(team.agreement))
        parts.append(f'<p class="meta">{e(layout.KEY)} All figures: <code>annotate agree '
                     "--format json</code>.</p>")
    parts += [f'<p class="meta">{e(note)}</p>' for note in team.notes]
    counts = team.counts
    parts.append(f"<h3>{e(counts.title)}</h3>")
    parts.append(_table(counts.headers, [[e(c) for c in row] for row in counts.rows],
                        frozenset(range(1, len(counts.headers)))))
    parts += [f'<p class="meta">{e(note)}</p>' for note in counts.notes]
    parts.append("</section>")
    return "".join(parts)


def _agreement(table: Agreement) -> str:
    """Rows as in `annotate agree`'s text table; each figure's cell also carries the
    figure itself (data-metric, data-label, data-annotators, data-value as in the JSON
    output, data-n) and says it in full on hover."""
    width = len(table.columns) + 1
    head = "".join(f'<th class="n">{e(c)}</th>' for c in table.columns)
    body = []
    for row in table.rows:
        if row.kind == layout.LAYER:
            body.append(f'<tr class="layer"><th colspan="{width}">{e(row.name)}</th></tr>')
        elif row.kind == layout.BY_LABEL:
            body.append(f'<tr class="by"><td colspan="{width}">{e(row.name)}</td></tr>')
        else:
            cells = "".join(_figure_cell(f) for f in row.cells)
            body.append(f'<tr class="{e(row.kind)}"><td>{e(row.name)}</td>{cells}</tr>')
    return (f'<table class="agreement"><thead><tr class="groups"><th>measure</th>{head}</tr>'
            f'</thead><tbody>{"".join(body)}</tbody></table>')


def _figure_cell(figure: Figure | None) -> str:
    if figure is None:
        return '<td class="n"></td>'
    value = None if figure.value is None else round(figure.value, 6)  # as in the JSON
    if figure.value is None:
        text, style, said = f"n/a ({figure.n})", " na", "n/a"
    else:
        text, said = f"{figure.value:.2f} ({figure.n})", json.dumps(value)
        style = " low" if figure.value < 0.67 else (" fair" if figure.value < 0.8 else "")
    who = "+".join(figure.annotators)
    what = figure.metric + (f" ({figure.label})" if figure.label else "")
    data = (f'data-metric="{e(figure.metric)}" data-label="{e(figure.label or "")}" '
            f'data-annotators="{e(who)}" data-value="{json.dumps(value)}" '
            f'data-n="{figure.n}"')
    title = f"{what}, {who}: {said} over {counted(figure.n, 'item')}"
    return f'<td class="n{style}" {data} title="{e(title)}">{e(text)}</td>'
