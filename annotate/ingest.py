"""A web page becomes an article file and a sidecar holding its metadata.

trafilatura (the extractor news archives use) finds the main text and the metadata:
title, canonical URL, outlet, bylines, date. The article is written in the project's
layout: the title on the first line, a blank line, then one paragraph per block, blocks
separated by blank lines, whitespace collapsed, entities decoded. What trafilatura keeps
that is not the story is dropped here: link-only promos ("Read more: ...").

`save` picks the file name and takes the sidecar's lock; `plan` refuses to overwrite;
`write` writes. With `force`,
the article is replaced, and a sidecar that already holds annotations keeps them, with
its old hash: `annotate tag` / `annotate reanchor` then move them onto the new text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from annotate import article as article_mod
from annotate import lock, sidecar, textfile, yamlio
from annotate.errors import AnnotateError, LockedError
from annotate.fetch import Page
from annotate.model import Annotations, slugify

_SPACE = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Soft hyphens, zero widths, and control characters (an ESC in a page is never text).
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0e-\x1b\x7f-\x9f]")
_PROMO = re.compile(r"^\W*(read|see|watch|listen|related|more|also|recommended|don.t miss|"
                    r"latest|top stories|trending|explore|sign up|subscribe|follow)\b",
                    re.IGNORECASE)
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
# Numeric dates in a page's date markup: year first (2024-02-30, 2024/02/30) or last
# (30.02.2024, 02/30/2024); and a year and month with no day (2024-02, 02/2024).
_YMD = re.compile(r"(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)")
_YM = re.compile(r"^\s*(?:\d{4}[-/.]\d{1,2}|\d{1,2}[-/.]\d{4})\s*$")
_DATE_NAME = re.compile(r"date|time|publish|modified|created|issued", re.IGNORECASE)
_JSON_DATE = re.compile(r'("[^"\\]*date[^"\\]*"\s*:\s*)"([^"\\]*)"', re.IGNORECASE)
BLOCKS = ("p", "head", "quote", "list")


@dataclass
class Extracted:
    title: str | None
    paragraphs: list[str]
    url: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    language: str | None = None

    @property
    def text(self) -> str:
        blocks = ([self.title] if self.title else []) + self.paragraphs
        return "\n\n".join(blocks) + "\n"


def extract(page: Page) -> Extracted:
    """The article in a page: its text blocks and metadata, or an error when there is none."""
    import trafilatura  # a heavy import, paid for by `annotate ingest` only
    from trafilatura.settings import set_date_params
    from trafilatura.utils import load_html

    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        # Their log lines are not ours to print: a failure here is one sentence of ours.
        logging.getLogger(name).addHandler(logging.NullHandler())

    tree = load_html(page.html)
    if tree is None:
        raise AnnotateError("could not be parsed as HTML", page.source)
    _drop_dayless_dates(tree)
    # The date from the page's markup only (meta tags, <time>, the URL): htmldate's wider
    # search takes a year the story mentions ("began in 2019") for the day it was published.
    found: Any = trafilatura.bare_extraction(
        tree, url=page.url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=True, favor_precision=True,
        date_extraction_params=set_date_params(extensive=False))
    paragraphs = _blocks(found.body) if found is not None and found.body is not None else []
    title = _clean(found.title) if found is not None and found.title else None
    if paragraphs and title and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]  # the headline repeated as the first block
    if not paragraphs:
        raise AnnotateError("no article text found in the page (an index, login or paywall "
                            "page has none)", page.source)
    assert found is not None
    return Extracted(
        title=title, paragraphs=paragraphs,
        url=_absolute(found.url) or page.url,
        publisher=_clean(found.sitename) if found.sitename else None,
        authors=[a for a in (_clean(x) for x in (found.author or "").split(";")) if a],
        published=found.date if found.date and re.match(r"\d{4}-\d\d-\d\d", found.date) else None,
        language=_language(tree),
    )


def _states_no_day(value: str) -> bool:
    """A date that names no real day: an impossible one ("2024-02-30", "31/04/2024"), or a
    year and month alone ("2024-02")."""
    if _YM.match(value):
        return True
    for match in _YMD.finditer(value):
        if not _real(int(match[1]), int(match[3]), int(match[4])):
            return True
    for match in _DMY.finditer(value):
        a, b, year = int(match[1]), int(match[3]), int(match[4])
        if not (_real(year, b, a) or _real(year, a, b)):  # day-month or month-day
            return True
    return False


def _real(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _drop_dayless_dates(tree: Any) -> None:
    """htmldate reads "2024-02-30" in a page's date markup as the month and gives the 1st,
    and "2024-02" as today's day of that month: a day the page never said. A date that
    names no real day is no date, so the markup that states one is taken out before the
    extraction: the date then comes from elsewhere in the page (a <time>, the URL) or is
    left for a person to set."""
    for element in tree.iter("meta"):
        key = " ".join(element.get(a, "") for a in ("name", "property", "itemprop", "http-equiv"))
        if _DATE_NAME.search(key) and _states_no_day(element.get("content", "")):
            del element.attrib["content"]
    for element in tree.xpath("//*[@datetime]"):
        if _states_no_day(element.get("datetime")):
            del element.attrib["datetime"]
    for element in tree.xpath("//*[@itemprop][@content]"):
        if _DATE_NAME.search(element.get("itemprop")) and _states_no_day(element.get("content")):
            del element.attrib["content"]
    for element in tree.xpath("//time"):
        if element.text and _states_no_day(element.text):
            element.text = ""
    for element in tree.xpath('//script[contains(@type, "ld+json")]'):
        if element.text:
            element.text = _JSON_DATE.sub(
                lambda m: m[1] + ('""' if _states_no_day(m[2]) else f'"{m[2]}"'), element.text)


def _blocks(body: Any) -> list[str]:
    """Text blocks in reading order: paragraphs, headings, quotes; a list is one block
    with a `- ` line per item."""
    out: list[str] = []
    for element in body.iter(*BLOCKS):
        if any(a.tag in ("quote", "list") for a in element.iterancestors()):
            continue  # part of a quote or list already taken whole
        if element.tag == "list":
            items = [_clean(_own_text(i)) for i in element.iter("item")]
            lines = [f"- {t}" for t in items if t]
            if lines:
                out.append("\n".join(lines))
            continue
        text = _clean("".join(element.itertext()))
        if text and not _is_promo(element, text):
            out.append(text)
    return out


def _own_text(item: Any) -> str:
    """An item's text without the items of a list nested in it (they get their own line)."""
    parts = [item.text or ""]
    for child in item:
        if child.tag != "list":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def _is_promo(element: Any, text: str) -> bool:
    """A link that points elsewhere, dressed as a paragraph: "Read more: ...", "RELATED: ...",
    or nothing but a short headline link."""
    linked = sum(len(_clean("".join(ref.itertext()))) for ref in element.iter("ref"))
    if not linked or linked < 0.6 * len(text):
        return False
    rest = text
    for ref in element.iter("ref"):
        rest = rest.replace(_clean("".join(ref.itertext())), "", 1)
    rest = rest.strip(" :|-–—»›>")
    return bool(_PROMO.match(rest)) if rest else len(text.split()) <= 12


def _clean(text: str) -> str:
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def _absolute(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _language(tree: Any) -> str | None:
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    candidates += tree.xpath('//meta[translate(@http-equiv, "CONTENT-LAGU", "content-lagu")='
                             '"content-language"]/@content')
    locales = tree.xpath('//meta[@property="og:locale"]/@content')
    candidates += [v.replace("_", "-") for v in locales]
    return next((c.strip() for c in candidates if c and _LANGUAGE.match(c.strip())), None)


@dataclass
class Target:
    article: Path
    sidecar: Path
    keep: Annotations | None = None  # an annotated sidecar that --force updates, not replaces
    previous: Annotations | None = None  # an unannotated one it replaces (keeping its people)
    # what a kept sidecar says otherwise than the page: (field, its value, the page's)
    differs: list[tuple[str, str, str]] = field(default_factory=list)


def save(extracted: Extracted, source: str, out_dir: Path, force: bool, taken: set[Path],
         retrieved: str) -> tuple[Target, Annotations]:
    """Write `DIR/<slug>.txt` and its sidecar, under the sidecar's lock: a sidecar open in
    `annotate tag` is never written behind its back."""
    base = _slug(extracted.title or "") or _slug(Path(source.split("?")[0]).stem) or "article"
    name, n = base, 2
    while out_dir / f"{name}.txt" in taken:  # two pages with one title in one run
        name, n = f"{base}-{n}", n + 1
    article = out_dir / f"{name}.txt"
    side = sidecar.path_for(article)
    yamlio.make_folder(out_dir)
    try:
        held = lock.acquire(side, brief=True)
    except LockedError:
        info = lock.holder(lock.path_for(side))
        if info is None:  # no one holds it: the lock file could not be made (its message)
            raise
        raise AnnotateError(f"{side} is being edited by {lock.describe(info)}; ingest the "
                            "page again when that session ends", source) from None
    with held:
        target = plan(article, source, force)
        return target, write(extracted, target, retrieved)


def plan(article: Path, source: str, force: bool) -> Target:
    """What writing `article` means: refused if it or its sidecars exist (unless `force`);
    else a new sidecar, or the existing one to keep or to replace."""
    side = sidecar.path_for(article)
    existing = ([article] if article.exists() else []) + sidecar.existing_for(article)
    if existing and not force:
        raise AnnotateError(f"{existing[0]} already exists; use --force to replace the article "
                            "(its annotations are kept)", source)
    if article.exists() and not article.is_file():  # a FIFO or a device: the write hung on it
        textfile.open_bytes(article, "article").close()  # (its one sentence)
    if not side.exists():
        return Target(article, side)
    loaded = sidecar.load(side)  # a sidecar that does not load is never overwritten
    if loaded.actors or loaded.events or loaded.claims:
        return Target(article, side, keep=loaded)
    return Target(article, side, previous=loaded)


def _slug(text: str, max_chars: int = 60) -> str:
    """A file name from a title, cut at a word: 'port-alder-council-approves-48m-bridge'."""
    out = ""
    for word in slugify(text, 40, 1000).split("-"):
        if out and len(out) + 1 + len(word) > max_chars:
            break
        out = f"{out}-{word}" if out else word[:max_chars]
    return out


def write(extracted: Extracted, target: Target, retrieved: str) -> Annotations:
    """Write the article and its sidecar (new, or the kept one with new metadata) together:
    each is staged beside its name and both are renamed into place once both are written,
    so a full disk or a Ctrl-C leaves neither (with --force, both as they were). An
    article left without its sidecar lost the page's URL, outlet and date, and the next
    ingest of the page refused it as already there."""
    yamlio.make_folder(target.article.parent)
    text = article_mod.checked(article_mod.normalise(extracted.text), target.article)
    batch = yamlio.Batch()
    try:
        yamlio.atomic_write(target.article, extracted.text, batch=batch)
        ann = _annotations(extracted, text, target, retrieved)
        yamlio.atomic_write(target.sidecar, sidecar.dumps(ann), batch=batch)
        batch.commit()
    finally:
        batch.discard()  # (after a commit, nothing)
    return ann


def _annotations(extracted: Extracted, text: str, target: Target,
                 retrieved: str) -> Annotations:
    """The sidecar `write` saves: the page's metadata in a new one, or in the kept one."""
    if target.keep is not None:
        ann = target.keep
    else:
        ann = sidecar.new(article_mod.from_text(text, target.article), target.sidecar)
        if target.previous is not None:  # nothing tagged yet, but who and what was rejected
            ann.annotators, ann.rejected = target.previous.annotators, target.previous.rejected
    doc = ann.document
    page = {"title": extracted.title, "url": extracted.url, "publisher": extracted.publisher,
            "authors": extracted.authors or None, "published": extracted.published,
            "language": extracted.language}
    for name, value in page.items():
        had = getattr(doc, name)
        if target.keep is not None and had and value and had != value:
            # An annotated sidecar's details may have been set by hand: kept, and said.
            target.differs.append((name, _shown(had), _shown(value)))
        elif value:
            setattr(doc, name, value)
    doc.retrieved = retrieved
    return ann


def _shown(value: object) -> str:
    return ", ".join(value) if isinstance(value, list) else str(value)


def retrieved_at(page: Page) -> str:
    """When the page was fetched (now), or saved (the file's modification time)."""
    when = datetime.now(timezone.utc) if page.url is not None else \
        datetime.fromtimestamp(Path(page.source).stat().st_mtime, timezone.utc)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")
