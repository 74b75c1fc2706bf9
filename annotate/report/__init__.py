"""`annotate report`: self-contained HTML pages of the annotations, for people who never
open a terminal.

One page per article (its sidecars grouped: with several annotators the page shows the
main sidecar, or the first, and the agreement between them from `agreement.figures`,
computed as `annotate agree` computes it); for a
folder, an index page with per-article counts and a chart of claims by verdict. A
sidecar that cannot be reported (it does not load, its article is missing or changed)
is one error line; the others are still written. The pages are all or nothing: each is
staged beside its name and all are renamed into place once every one is written, so a
full disk or a Ctrl-C leaves the output as it was (a folder the report made is removed).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from annotate import sidecar, yamlio
from annotate.errors import AnnotateError, UsageError
from annotate.exporters.base import Options, unique_names
from annotate.exporters.run import load_doc
from annotate.report import agreement, html, index, page
from annotate.validate import discover, none_found


@dataclass
class Result:
    pages: list[Path] = field(default_factory=list)
    errors: list[AnnotateError] = field(default_factory=list)


def sidecars_for(paths: list[Path]) -> list[Path]:
    """Sidecars named, found in folders, or belonging to the articles named."""
    found = discover(paths)
    if not found:  # as validate and export say it (a report of nothing wrote nothing, silently)
        raise none_found(paths)
    return found


def build(paths: list[Path], out: Path, config: Path | None = None,
          title: str = "Annotation report", folder: bool = False) -> Result:
    """The pages of the sidecars `paths` find, written to `out`: one page when it is a
    name ending in .html, else a folder (`folder`: it was given as one, `-o pages.html/`)."""
    result = Result()
    groups: dict[Path, list[tuple[Path, page.ArticleReport]]] = {}
    for path in sidecars_for(paths):
        try:
            doc = load_doc(path, config, Options())
        except AnnotateError as exc:
            result.errors.append(exc)
            continue
        article = (path.parent / doc.annotations.document.path).resolve()
        report = page.ArticleReport(path, doc.annotations, doc.article, doc.inventory)
        groups.setdefault(article, []).append((path, report))
    reports = [_merge(article, members) for article, members in groups.items()]
    for report, name in zip(reports, unique_names([r.sidecar for r in reports]), strict=True):
        report.name = name
    # (a folder that exists is written into, as export does, whatever its name ends in)
    single = out.suffix.lower() in (".html", ".htm") and not folder and not out.is_dir()
    if single and len(reports) > 1:
        raise UsageError(f"{len(reports)} articles make a folder of pages; give -o a folder "
                         "name, not an .html file", out)
    if single:
        _replaceable(out)
    elif out.exists() and not out.is_dir():
        what = "a file, not a folder" if folder else "a file that is no .html page"
        raise UsageError(f"is {what}; give -o a folder (or, for one article, a name ending "
                         "in .html)", out)
    batch = yamlio.Batch()
    try:
        _write_pages(reports, out, title, single, batch, result)
        batch.commit()
    finally:
        batch.discard()  # (after the commit, nothing; else the staged pages and folders)
    return result


def _write_pages(reports: list[page.ArticleReport], out: Path, title: str, single: bool,
                 batch: yamlio.Batch, result: Result) -> None:
    """Stage every page in `batch`; `single`: the one article's page is `out` itself."""
    if single:
        for report in reports:
            _write(out, html.page(_title(report), page.render(report)), batch)
            result.pages.append(out)
        return
    pages = {r.name: f"{r.name}.html" for r in reports}
    for name in ["index.html", *pages.values()]:  # all refusals before any page is written
        _replaceable(out / name)
    for report in reports:
        target = out / pages[report.name]
        _write(target, html.page(_title(report), page.render(report, "index.html")), batch)
        result.pages.append(target)
    if reports:
        _write(out / "index.html", html.page(title, index.render(reports, pages, title),
                                             script=False), batch)
        result.pages.append(out / "index.html")


def _merge(article: Path, members: list[tuple[Path, page.ArticleReport]]) -> page.ArticleReport:
    """One report per article: the main sidecar (or the first), the others' names and the
    agreement figures across all of them."""
    main_path = sidecar.path_for(article)
    members.sort(key=lambda m: (m[0].resolve() != main_path, m[0].name))
    report = members[0][1]
    names = [agreement.annotator_name(p, r.annotations) for p, r in members]
    report.annotators, report.shown = names, names[0]
    if len(members) > 1:
        report.team = agreement.figures([(p, r.annotations) for p, r in members])
    return report


def _title(report: page.ArticleReport) -> str:
    return report.annotations.document.title or report.article.title or report.name


def _write(path: Path, text: str, batch: yamlio.Batch) -> None:
    batch.make_folder(path.parent)
    yamlio.atomic_write(path, text, batch=batch)


def _replaceable(path: Path) -> None:
    """A page is written onto nothing or onto a page an earlier report made (it says so
    in its head): an unrelated index.html in the folder is refused, never overwritten."""
    try:
        # (O_NONBLOCK: a FIFO there gives no head at once, instead of hanging the open)
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as old:
            head = old.read(4096).decode("utf-8", "replace")
    except FileNotFoundError:
        head = html.GENERATOR
    except OSError as exc:
        raise AnnotateError(f"cannot be replaced: {exc.strerror}", path) from None
    if html.GENERATOR not in head:
        raise UsageError("exists and was not written by annotate report; choose another "
                         "output, or remove the file", path)
