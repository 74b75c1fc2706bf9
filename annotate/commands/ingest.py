from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from annotate.commands import an_output_folder, warn_if_config_broken
from annotate.errors import AnnotateError
from annotate.visible import counted, say


def ingest(
    sources: Annotated[list[str], typer.Argument(
        metavar="SOURCE...", help="Saved HTML pages or http(s):// URLs.")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", parser=an_output_folder, metavar="<path>",
        help="Folder for the articles and sidecars.")] = Path("."),
    force: Annotated[bool, typer.Option(
        help="Replace an existing article; its sidecar keeps its annotations (annotate "
             "tag or reanchor then moves them onto the new text).")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a server.")] = 20.0,
) -> int:
    """Turn web pages into articles to tag: the main text, and a
    sidecar with the page's metadata (URL, outlet, authors, date,
    language).

    Writes DIR/SLUG.txt (the title, a blank line, then the
    paragraphs) and DIR/SLUG.ann.yaml, and prints the article's
    path. Menus, adverts, captions and "read more" promos are left
    out. URLs are fetched with a timeout, a 10 MB limit and at most
    5 redirects.

    Example: annotate ingest saved/bridge-vote.html -o articles/
    """
    if not 0 < timeout <= 3600:  # (also NaN)
        raise typer.BadParameter("must be more than 0 and at most 3600 seconds",
                                 param_hint="'--timeout'")
    from annotate import fetch
    from annotate import ingest as core

    failed = 0  # the highest exit code of the sources that failed (2: one is not there)
    taken: set[Path] = set()
    for source in sources:
        try:
            page = fetch.get(source, timeout)
            extracted = core.extract(page)
            target, ann = core.save(extracted, source, output, force, taken,
                                    core.retrieved_at(page))
        except AnnotateError as exc:
            say(str(exc))
            failed = max(failed, exc.exit_code)
            continue
        if not taken:  # (once: the sources go to one folder)
            warn_if_config_broken(target.sidecar)
        taken.add(target.article)
        print(target.article)
        say(_summary(target, ann, len(extracted.paragraphs)))  # text from the web: made visible
        lost = extracted.text.count("\ufffd")  # (what save wrote)
        if lost:  # (bytes its charset cannot read, as a browser shows them: said, not hidden)
            say(f"warning: {target.article}: {counted(lost, 'character')} of the page could "
                "not be decoded and stand as U+FFFD (�): its bytes do not match the charset it "
                "declares")
    return failed


def _summary(target: object, ann: object, paragraphs: int) -> str:
    from annotate.ingest import Target
    from annotate.model import Annotations

    assert isinstance(target, Target) and isinstance(ann, Annotations)
    doc = ann.document
    known = [f"'{doc.title}'" if doc.title else "no title", doc.publisher or "",
             ", ".join(doc.authors), doc.published or "", doc.url or ""]
    kept = "; kept its annotations (re-anchor them onto the new text)" if target.keep else ""
    line = (f"wrote {target.article} ({counted(paragraphs, 'paragraph')}) and "
            f"{target.sidecar}{kept}: "
            + "; ".join(k for k in known if k))
    missing = [name for name, value in (("url", doc.url), ("publisher", doc.publisher),
                                        ("author", doc.authors), ("published", doc.published))
               if not value]
    if missing:
        line += (f"; not found: {', '.join(missing)} (annotate edit {target.article} document "
                 + " ".join(f"--{m} ..." for m in missing) + ")")
    if target.differs:
        line += "; kept the sidecar's " + ", ".join(
            f"{name} '{had}' (the page has '{page}')" for name, had, page in target.differs)
    return line
