"""The annotation data model. Field order here is the key order in the YAML sidecar.

`from_dict` assumes data that passed the JSON Schema; `to_dict` gives the canonical
form (optional fields left out when empty), so dumping is deterministic.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from annotate.visible import counted
from annotate.yamlio import Flow, FlowList

if TYPE_CHECKING:
    from annotate.article import Article

SCHEMA_VERSION = 2  # what new sidecars are written as; version 1 files still load
CONTEXT_CHARS = 32  # prefix/suffix stored with each span, for re-anchoring
# Re-anchoring moves a span that is not exactly where it was only at this score or above
# (`anchoring`, `annotate reanchor --min-score`); here so the CLI need not import rapidfuzz.
DEFAULT_MIN_SCORE = 0.6


@dataclass
class Span:
    start: int
    end: int
    text: str
    prefix: str | None = None
    suffix: str | None = None
    orphaned: bool = False  # set by reanchor when the text is gone from the article

    @classmethod
    def at(cls, text: str, start: int, end: int, context: bool = True) -> Span:
        """The span of `text[start:end]`, with prefix/suffix context for re-anchoring."""
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span {start}-{end} is outside the article (0-{len(text)})")
        if not context:
            return cls(start, end, text[start:end])
        return cls(start, end, text[start:end], text[max(0, start - CONTEXT_CHARS):start],
                   text[end:end + CONTEXT_CHARS])

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(d["start"], d["end"], d["text"], d.get("prefix"), d.get("suffix"),
                   bool(d.get("orphaned", False)))

    def to_dict(self) -> dict[str, Any]:
        out = Flow(start=self.start, end=self.end, text=self.text)
        if self.prefix is not None:
            out["prefix"] = self.prefix
        if self.suffix is not None:
            out["suffix"] = self.suffix
        if self.orphaned:
            out["orphaned"] = True
        return out


def _optional(out: dict[str, Any], **fields: Any) -> dict[str, Any]:
    for key, value in fields.items():
        if value not in (None, "", [], {}):
            out[key] = value
    return out


@dataclass
class Actor:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    external_ids: dict[str, str] = field(default_factory=dict)  # e.g. {wikidata: Q7747}
    note: str = ""
    sources: list[str] = field(default_factory=list)  # annotators who agreed (annotate merge)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(d["id"], d["name"], d["type"], list(d.get("aliases", [])),
                   [Span.from_dict(m) for m in d.get("mentions", [])],
                   dict(d.get("external_ids", {})), d.get("note", ""), list(d.get("sources", [])))

    def to_dict(self) -> dict[str, Any]:
        out = {"id": self.id, "name": self.name, "type": self.type,
               "aliases": FlowList(self.aliases), "mentions": [m.to_dict() for m in self.mentions]}
        return _optional(out, external_ids=dict(self.external_ids), note=self.note,
                         sources=FlowList(self.sources))

    def spans(self) -> Iterator[tuple[tuple[str | int, ...], Span]]:
        for i, mention in enumerate(self.mentions):
            yield ("mentions", i), mention


@dataclass
class Participant:
    actor: str
    role: str

    def to_dict(self) -> dict[str, Any]:
        return Flow(actor=self.actor, role=self.role)


@dataclass
class Event:
    id: str
    type: str
    trigger: Span
    participants: list[Participant] = field(default_factory=list)
    factuality: str = "asserted"
    time: str = ""
    place: str = ""
    note: str = ""
    sources: list[str] = field(default_factory=list)  # annotators who agreed (annotate merge)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(d["id"], d["type"], Span.from_dict(d["trigger"]),
                   [Participant(p["actor"], p["role"]) for p in d.get("participants", [])],
                   d.get("factuality", "asserted"), d.get("time", ""), d.get("place", ""),
                   d.get("note", ""), list(d.get("sources", [])))

    def to_dict(self) -> dict[str, Any]:
        out = {"id": self.id, "type": self.type, "trigger": self.trigger.to_dict(),
               "participants": [p.to_dict() for p in self.participants],
               "factuality": self.factuality}
        return _optional(out, time=self.time, place=self.place, note=self.note,
                         sources=FlowList(self.sources))

    def spans(self) -> Iterator[tuple[tuple[str | int, ...], Span]]:
        yield ("trigger",), self.trigger


@dataclass
class Evidence:
    url: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return Flow(url=self.url, note=self.note) if self.note else Flow(url=self.url)


@dataclass
class Claim:
    id: str
    span: Span
    kind: str
    claimant: str | None = None  # an actor id; None means the outlet itself
    cue: Span | None = None  # the attribution word: "said", "according to"
    checkworthy: bool = True
    verdict: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    about: list[str] = field(default_factory=list)  # ids of events, actors or claims
    note: str = ""
    # The text the verdict was given for, when re-anchoring changed the claim's text:
    # a verdict never stays silently on words it was not given for.
    recheck: str | None = None
    reviewed: str | None = None  # ISO date the verdict was given (ClaimReview datePublished)
    review_url: str | None = None  # where this claim's fact-check is published
    sources: list[str] = field(default_factory=list)  # annotators who agreed (annotate merge)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        return cls(d["id"], Span.from_dict(d["span"]), d["kind"], d.get("claimant"),
                   Span.from_dict(d["cue"]) if d.get("cue") else None,
                   d.get("checkworthy", True), d.get("verdict"),
                   [Evidence(e["url"], e.get("note", "")) for e in d.get("evidence", [])],
                   list(d.get("about", [])), d.get("note", ""), d.get("recheck"),
                   d.get("reviewed"), d.get("review_url"), list(d.get("sources", [])))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "span": self.span.to_dict(),
                               "claimant": self.claimant}
        _optional(out, cue=self.cue.to_dict() if self.cue else None)
        out.update(kind=self.kind, checkworthy=self.checkworthy, verdict=self.verdict)
        return _optional(out, recheck=self.recheck, reviewed=self.reviewed,
                         review_url=self.review_url,
                         evidence=[e.to_dict() for e in self.evidence],
                         about=FlowList(self.about), note=self.note,
                         sources=FlowList(self.sources))

    @property
    def uses_v2(self) -> bool:
        return bool(self.recheck or self.reviewed or self.review_url)

    def spans(self) -> Iterator[tuple[tuple[str | int, ...], Span]]:
        yield ("span",), self.span
        if self.cue is not None:
            yield ("cue",), self.cue


@dataclass
class Document:
    path: str
    sha256: str
    length: int
    title: str | None = None
    language: str = "en"
    url: str | None = None  # where the article was published; exports use it as its IRI
    published: str | None = None  # publication date (ISO 8601), for ClaimReview
    publisher: str | None = None  # the outlet
    authors: list[str] = field(default_factory=list)
    retrieved: str | None = None  # when it was fetched (ISO 8601)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(d["path"], d["sha256"], d["length"], d.get("title"), d.get("language", "en"),
                   d.get("url"), d.get("published"), d.get("publisher"),
                   list(d.get("authors", [])), d.get("retrieved"))

    def to_dict(self) -> dict[str, Any]:
        out = {"path": self.path, "sha256": self.sha256, "length": self.length,
               "title": self.title, "language": self.language}
        return _optional(out, url=self.url, published=self.published, publisher=self.publisher,
                         authors=FlowList(self.authors), retrieved=self.retrieved)

    @property
    def uses_v2(self) -> bool:
        return bool(self.publisher or self.authors or self.retrieved)

    def describes(self, article: Article) -> bool:
        """Whether `article` is the text the annotations were made on: the one "still
        anchored?" check (its sha256 and length as recorded)."""
        return (self.sha256, self.length) == (article.sha256, article.length)


@dataclass
class Annotator:
    id: str
    name: str = ""

    def to_dict(self) -> dict[str, Any]:
        return Flow(id=self.id, name=self.name) if self.name else Flow(id=self.id)


Item = Actor | Event | Claim
SECTIONS: dict[str, type[Actor] | type[Event] | type[Claim]] = {
    "actors": Actor, "events": Event, "claims": Claim}


@dataclass
class Version:
    """One annotator's (or several agreeing annotators') version of a disputed item;
    `item` is None for those who did not tag it."""

    annotators: list[str]
    item: Item | None

    def to_dict(self) -> dict[str, Any]:
        return {"annotators": FlowList(self.annotators),
                "item": None if self.item is None else self.item.to_dict()}


@dataclass
class Disagreement:
    """An item `annotate merge` left for adjudication. While it is open, the item with
    this id in its section is the most common version (or absent, when fewer annotators
    than `--min-agree` tagged it); `fields` names what the versions differ in."""

    section: str  # actors | events | claims
    id: str
    fields: list[str]
    versions: list[Version]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Disagreement:
        kind = SECTIONS[d["section"]]
        return cls(d["section"], d["id"], list(d.get("fields", [])),
                   [Version(list(v["annotators"]),
                            None if v.get("item") is None else kind.from_dict(v["item"]))
                    for v in d["versions"]])

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "id": self.id, "fields": FlowList(self.fields),
                "versions": [v.to_dict() for v in self.versions]}


@dataclass
class Annotations:
    document: Document
    annotators: list[Annotator] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION
    rejected: list[str] = field(default_factory=list)  # suggestion keys not to offer again
    disagreements: list[Disagreement] = field(default_factory=list)  # open, after a merge

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Annotations:
        return cls(
            Document.from_dict(d["document"]),
            [Annotator(a["id"], a.get("name", "")) for a in d.get("annotators", [])],
            [Actor.from_dict(a) for a in d.get("actors", [])],
            [Event.from_dict(e) for e in d.get("events", [])],
            [Claim.from_dict(c) for c in d.get("claims", [])],
            d["schema_version"],
            list(d.get("rejected", [])),
            [Disagreement.from_dict(x) for x in d.get("disagreements", [])],
        )

    @property
    def version(self) -> int:
        """The schema version to write: a version 1 file stays 1 until it uses a field
        version 2 added (so loading and saving it unchanged gives the same bytes)."""
        uses_v2 = self.rejected or self.document.uses_v2 or any(c.uses_v2 for c in self.claims) \
            or self.disagreements or any(item.sources for _, _, item in self.items())
        return max(self.schema_version, 2 if uses_v2 else 1)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "schema_version": self.version,
            "document": self.document.to_dict(),
            "annotators": [a.to_dict() for a in self.annotators],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
        }
        return _optional(out, disagreements=[d.to_dict() for d in self.disagreements],
                         rejected=list(self.rejected))

    def counts(self) -> str:
        """"3 actors, 1 event, 0 claims"."""
        return ", ".join(counted(n, noun) for noun, n in (
            ("actor", len(self.actors)), ("event", len(self.events)),
            ("claim", len(self.claims))))

    def items(self) -> Iterator[tuple[str, int, Item]]:
        """Every annotation with its section name and index: ("actors", 0, actor)."""
        for section in SECTIONS:
            for i, item in enumerate(getattr(self, section)):
                yield section, i, item

    def spans(self) -> Iterator[tuple[tuple[str | int, ...], Span]]:
        """Every span with its JSON path."""
        for section, i, item in self.items():
            for sub, span in item.spans():
                yield (section, i, *sub), span

    def disputed_spans(self) -> Iterator[tuple[tuple[str | int, ...], Span]]:
        """The spans of the annotators' versions in `disagreements`, with their JSON path."""
        for i, d in enumerate(self.disagreements):
            for j, version in enumerate(d.versions):
                for sub, span in version.item.spans() if version.item else ():
                    yield ("disagreements", i, "versions", j, "item", *sub), span

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor one of whose mentions is exactly start..end (one name is one actor's)."""
        return next((a for a in self.actors for m in a.mentions
                     if (m.start, m.end) == (start, end)), None)

    def ids_twice(self) -> list[str]:
        """The ids more than one annotation has, in the order they first come."""
        counts = Counter(item.id for _, _, item in self.items())
        return [i for i, n in counts.items() if n > 1]

    def dangling(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        """The references that lead nowhere, with their JSON path and what is wrong."""
        actors = {a.id for a in self.actors}
        ids = {item.id for _, _, item in self.items()}
        for i, event in enumerate(self.events):
            for j, p in enumerate(event.participants):
                if p.actor not in actors:
                    yield (("events", i, "participants", j, "actor"),
                           f"participant {p.actor!r} of event {event.id!r} is not an actor id")
        for i, claim in enumerate(self.claims):
            if claim.claimant is not None and claim.claimant not in actors:
                yield (("claims", i, "claimant"),
                       f"claimant {claim.claimant!r} of claim {claim.id!r} is not an actor id")
            for j, ref in enumerate(claim.about):
                if ref not in ids:
                    yield (("claims", i, "about", j),
                           f"claim {claim.id!r} is about {ref!r}, which is not an id in this file")
                elif ref == claim.id:
                    yield ("claims", i, "about", j), f"claim {claim.id!r} cannot be about itself"

    def get(self, item_id: str) -> Item | None:
        return next((item for _, _, item in self.items() if item.id == item_id), None)

    def references_to(self, item_id: str) -> list[str]:
        """Ids of the annotations that point at `item_id`."""
        refs = [e.id for e in self.events if any(p.actor == item_id for p in e.participants)]
        refs += [c.id for c in self.claims if c.claimant == item_id or item_id in c.about]
        return refs

    def new_id(self, name: str, taken: set[str] | None = None) -> str:
        """A short, unique, readable slug: 'Vladimir Putin' -> 'vladimir-putin' (`taken`:
        the ids in use, when the caller keeps them while adding many)."""
        base = slugify(name) or "item"
        if taken is None:
            taken = {item.id for _, _, item in self.items()}
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        return candidate


def slugify(text: str, max_words: int = 4, max_chars: int = 40) -> str:
    # Letters are spelt in ASCII ("Dvořák" -> "dvorak", "Ørsted" -> "orsted", "Путин" ->
    # "putin", by anyascii); any other character that is not ASCII separates words (a
    # dash, U+2029), so "Netanyahu\u2029agreed" does not become one word.
    if not text.isascii():
        import regex
        from anyascii import anyascii
        text = regex.sub(r"[\p{L}\p{M}]+", lambda m: anyascii(m.group()), text)
    ascii_text = "".join(c if c.isascii() else " " for c in text)
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    if len(words) > max_words:  # cut: not after a word that leads on ("u-s-food-and")
        words = words[:max_words]
        while len(words) > 1 and words[-1] in _LEADING_ON:
            words.pop()
    out = ""
    for word in words:
        joined = f"{out}-{word}" if out else word
        if len(joined) > max_chars:  # whole words only ("israeli-pr" read as a word)
            return out or word[:max_chars]
        out = joined
    return out


_LEADING_ON = frozenset("and or of the a an to for in on at by with from".split())
