"""What every exporter shares: the document it is given, what it hands back, its options.

An exporter renders ONE document at a time into text (a chunk of a stream, or named
files in a folder) and counts what it could not hold. It never writes to disk itself:
`annotate.exporters.run` does, so exporters stay pure functions that can run in a
worker process.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote

from annotate.article import Article
from annotate.config import Inventory
from annotate.model import Annotations

Losses = Counter  # kind of loss ("actor aliases") -> how many


@dataclass(frozen=True)
class Options:
    """Options some formats need; every field has a sensible default."""

    date: str | None = None  # ISO 8601 date-time for created/datePublished (default: file mtime)
    publisher: str | None = None  # the fact-checking organisation (ClaimReview author)
    publisher_url: str | None = None
    trim_at_newline: bool = False  # brat: cut a span at its first line break, no fragments
    conll_offsets: bool = False  # conll: a `# offsets = ...` comment line per sentence


@dataclass
class Doc:
    """One sidecar with its article and inventory, as an exporter sees it."""

    sidecar: Path
    annotations: Annotations
    article: Article
    inventory: Inventory
    date: str  # ISO 8601, UTC
    name: str = ""  # unique in this export: the stem, with `-2`, `-3` ... on a clash

    def __post_init__(self) -> None:
        self.name = self.name or stem(self.sidecar)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def stem(self) -> str:
        return self.name

    @property
    def text_iri(self) -> str:
        """The article's text as an IRI: an RFC 6920 `ni:` name of its sha256."""
        return ni_name(bytes.fromhex(self.annotations.document.sha256))

    @property
    def source_iri(self) -> str:
        """The article as an IRI: its URL if known, else `text_iri`."""
        if self.annotations.document.url:
            return as_uri(self.annotations.document.url)
        return self.text_iri

    def item_iri(self, item_id: str) -> str:
        """A stable IRI for one annotation: same sidecar and id, same IRI."""
        name = f"{self.annotations.document.sha256}/{self.stem}/{item_id}"
        return uuid.uuid5(uuid.NAMESPACE_URL, name).urn


# Line breaks that json.dumps leaves raw (it escapes only those below U+0020).
_RAW_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(value: Any) -> str:
    """One JSON Lines record, newline included. A line break that JSON lets stand in a
    string (U+2028, U+2029, NEL) is escaped too: a reader splitting lines with Python's
    `str.splitlines()` (or JavaScript's line terminators) would cut the record there.
    Outside strings JSON is ASCII, so the escapes land only inside strings."""
    return json.dumps(value, ensure_ascii=False).translate(_RAW_BREAKS) + "\n"


def ni_name(digest: bytes) -> str:
    """The RFC 6920 name of a sha-256 digest: `ni:///sha-256;` and unpadded base64url."""
    return "ni:///sha-256;" + base64.urlsafe_b64encode(digest).decode().rstrip("=")


# What RFC 3986 lets stand unencoded after the authority: pchar, "/" and "?" ("%" only
# where it starts an escape, checked apart).
_PATH_SAFE = "/:?@!$&'()*+,;=%~-._"
_STRAY_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")
_AUTHORITY = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*")


def as_uri(iri: str) -> str:
    """An IRI as a URI (RFC 3987 section 3.1): non-ASCII characters percent-encoded, and
    what a person's URL may hold that RFC 3986 does not take is escaped too: a `%` that
    starts no escape, a second `#` (`/#/story#top`), `[` `]` outside an IPv6 host
    (`?tag[]=a`)."""
    head, hashed, fragment = iri.partition("#")
    found = _AUTHORITY.match(head)
    cut = found.end() if found else 0
    uri = quote(head[:cut], safe="/:@[]!$&'()*+,;=%~-._") + quote(head[cut:], safe=_PATH_SAFE)
    if hashed:
        uri += "#" + quote(fragment, safe=_PATH_SAFE)
    return _STRAY_PERCENT.sub("%25", uri)


def stem(sidecar: Path) -> str:
    """`story.ann.yaml` -> `story`; `story.alice.ann.yaml` -> `story.alice`."""
    return sidecar.name[: -len(".ann.yaml")]


def unique_names(sidecars: list[Path]) -> list[str]:
    """A distinct output name per sidecar: `story`, then `story-2` for another folder's."""
    taken: set[str] = set()
    out = []
    for path in sidecars:
        name, n = stem(path), 2
        while name in taken:
            name, n = f"{stem(path)}-{n}", n + 1
        taken.add(name)
        out.append(name)
    return out


@dataclass
class Rendered:
    """One document's output: stream text and/or files, what was lost, what a consumer
    would want that the annotations could not supply (warning -> how many), and what a
    reader of the output must know (a sentence -> how many times it applies)."""

    text: str = ""
    files: dict[str, str] = field(default_factory=dict)
    losses: Losses = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)
    # Stream text made while it is written (a 50 MB article's CoNLL is twice its size);
    # `text` is then empty. A worker process joins it into `text` (see `whole`).
    chunks: Iterator[str] | None = None

    def whole(self) -> Rendered:
        """The same output with `chunks` joined into `text` (to send between processes)."""
        if self.chunks is None:
            return self
        return Rendered("".join(self.chunks), self.files, self.losses, self.warnings,
                        self.notes)


class Exporter:
    """Base class: a format's name, what it is, how it counts offsets and what it loses."""

    name: ClassVar[str]
    description: ClassVar[str]
    offsets: ClassVar[str]  # the unit of offsets in the output
    loses: ClassVar[str]  # in a few words, what the format cannot hold
    notes: ClassVar[str] = ""  # what a reader of the output must know (shown by --list)
    folder: ClassVar[bool] = False  # True: writes files into a folder (-o DIR is required)
    stream_name: ClassVar[str | None] = None  # in a folder, the file the stream text goes to
    layout: ClassVar[str]  # how many documents are laid out, for --help / --list
    file_name: ClassVar[str | None] = None  # a one-file format's file in `-o DIR/`
    finish_names: ClassVar[tuple[str, ...]] = ()  # the files `finish` writes (folder formats)

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()

    def header(self) -> str:
        return ""

    def separator(self) -> str:
        return ""

    def footer(self) -> str:
        return ""

    def render(self, doc: Doc) -> Rendered:
        raise NotImplementedError

    def file_names(self, name: str) -> tuple[str, ...]:
        """The files `render` makes for the document named `name` (folder formats): an
        export checks every one before it writes the first."""
        return ()

    def finish(self, inventories: list[Inventory]) -> dict[str, str]:
        """Files written once at the end (folder formats), from the inventories seen."""
        return {}


def utf16_offsets(text: str) -> list[int]:
    """Code-point offset -> UTF-16 code-unit offset, for every offset 0..len(text)."""
    out = [0] * (len(text) + 1)
    units = 0
    for i, char in enumerate(text):
        out[i] = units
        units += 2 if ord(char) > 0xFFFF else 1
    out[len(text)] = units
    return out


def from_utf16(text: str) -> dict[int, int]:
    """UTF-16 code-unit offset -> code-point offset (only offsets on a character boundary)."""
    return {unit: point for point, unit in enumerate(utf16_offsets(text))}


class JsonArray(Exporter):
    """A format whose documents' items go into one JSON array."""

    def header(self) -> str:
        return "[\n"

    def separator(self) -> str:
        return ",\n"

    def footer(self) -> str:
        return "\n]\n"
