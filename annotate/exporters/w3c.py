"""`w3c`: W3C Web Annotation Data Model JSON-LD, one annotation per actor, event and claim.

Each annotation targets the article's text (an RFC 6920 `ni:` name of its sha256)
through a SpecificResource with a TextQuoteSelector (exact, prefix, suffix) and a
TextPositionSelector.

Which text the positions count: the article's text as annotate reads it, code points
after CRLF / CR line endings became LF and a BOM was dropped (the sidecar's `sha256`
is of that text's UTF-8). For most files that text IS the file, and the `ni:` name is
the hash of the file's bytes. When it is not (a CRLF file), the source is named for
what it is: `{"id": ni:<hash of the normalised text>, "type": "Text", "format":
"text/plain", "via": ni:<hash of the file's bytes>}`, the normalised text obtained
from that file.

The web page an article came from (`document.url`, set by `annotate ingest`) is never
the `source`: the model counts a TextPositionSelector's characters in the source's own
text, and a page's text (navigation, captions, its own whitespace) is not the article
text annotate extracted from it. Each target names the page as its `scope` (model 4.6,
"the context in which it was made": the page the text was read from).

An actor targets all its mentions. Bodies carry the type (purpose `tagging`), the name
(`identifying`), links to other annotations (`linking`, with a `describing` body naming
the role), factuality / kind (`classifying`), the verdict (`assessing`), notes
(`commenting`) and evidence. Ids are `urn:uuid:` names derived from the article
hash and the item id, so the same sidecar always gives the same ids.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from urllib.parse import urlsplit

from annotate.exporters.base import Doc, JsonArray, Rendered, as_uri, ni_name
from annotate.model import Actor, Claim, Event, Span

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# `assessing` is a motivation of the model, but the context as published in 2017 (still the
# copy many readers keep) has no term for it, and a JSON-LD processor then expands it to a
# relative IRI: an annotation that uses it names the term too.
ASSESSING_CONTEXT = [CONTEXT, {"assessing": "oa:assessing"}]
WIKIDATA = "http://www.wikidata.org/entity/"
CONTEXT_CHARS = 32


def _is_iri(value: str) -> bool:
    parts = urlsplit(value)
    return bool(parts.scheme) and bool(parts.netloc or parts.path) and " " not in value


def _text(value: str, purpose: str) -> dict[str, Any]:
    return {"type": "TextualBody", "value": value, "purpose": purpose, "format": "text/plain"}


def _link(iri: str, purpose: str = "linking") -> dict[str, Any]:
    # evidence URLs and external ids are typed by people: a quote, a bracket or an accent
    # in one is percent-encoded, so `source` is a URI (as the W3C suite's MUSTs ask)
    return {"type": "SpecificResource", "source": as_uri(iri), "purpose": purpose}


class W3C(JsonArray):
    name = "w3c"
    description = "W3C Web Annotation JSON-LD (TextQuote + TextPosition selectors)"
    offsets = ("code points of the text with LF line endings, the `source` (a CRLF "
               "article's is named as that text, `via` the file; a web page is the `scope`)")
    loses = "nothing the model needs (span context is recomputed from the article)"
    layout = "a JSON array of annotations, one per line, all documents (stdout or -o FILE)"
    file_name = "w3c.json"

    def render(self, doc: Doc) -> Rendered:
        # One annotation per line: readable diffs, and the C encoder (indent= is pure Python).
        items = [json.dumps(a, ensure_ascii=False) for a in web_annotations(doc)]
        return Rendered(",\n".join(items))


@cache
def _generator() -> dict[str, Any]:
    try:
        release = version("claim-annotate")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        release = "dev"
    return {"type": "Software", "name": f"annotate {release}"}


def source(doc: Doc) -> str | dict[str, Any]:
    """What the selectors select in: the article's text named by its hash (see the
    module docstring for a file whose bytes are not that text), never its web page."""
    text_iri = doc.text_iri
    try:
        data = doc.article.path.read_bytes()
    except OSError:
        data = b""
    text = doc.text.encode("utf-8")
    if data == text or not data:
        return text_iri
    via = ni_name(hashlib.sha256(data).digest())
    return {"id": text_iri, "type": "Text", "format": "text/plain", "via": via}


def scope(doc: Doc) -> dict[str, str]:
    """The web page the article's text was read from, as a target's `scope`."""
    return {"scope": doc.source_iri} if doc.annotations.document.url else {}


def web_annotations(doc: Doc) -> list[dict[str, Any]]:
    ann = doc.annotations
    src = source(doc)
    creators = [{"type": "Person", "nickname": a.id, **({"name": a.name} if a.name else {})}
                for a in ann.annotators]
    base: dict[str, Any] = {"@context": CONTEXT}
    stamp: dict[str, Any] = {"created": doc.date, "generator": dict(_generator())}
    if creators:
        stamp["creator"] = creators[0] if len(creators) == 1 else creators
    names = {a.id: a.name for a in ann.actors}
    out = []
    for _, _, item in ann.items():
        if isinstance(item, Actor):
            motivation, bodies, spans = _actor(item)
        elif isinstance(item, Event):
            motivation, bodies, spans = _event(doc, item, names)
        else:
            motivation, bodies, spans = _claim(doc, item, names, src)
        targets = [_target(doc, src, span) for span in spans if not span.orphaned]
        if not targets:  # an actor never mentioned: the article as a whole
            page = scope(doc)
            targets = [{"type": "SpecificResource", "source": src, **page} if page else
                       src if isinstance(src, dict) else {"id": src, "type": "Text"}]
        out.append({**base, "id": doc.item_iri(item.id), "type": "Annotation",
                    "motivation": motivation, **stamp,
                    "body": bodies, "target": targets[0] if len(targets) == 1 else targets})
        if motivation == "assessing":
            out[-1]["@context"] = ASSESSING_CONTEXT
    return out


def _target(doc: Doc, src: str | dict[str, Any], span: Span) -> dict[str, Any]:
    text = doc.text
    return {"type": "SpecificResource", "source": src, **scope(doc), "selector": [
        {"type": "TextQuoteSelector", "exact": span.text,
         "prefix": text[max(0, span.start - CONTEXT_CHARS):span.start],
         "suffix": text[span.end:span.end + CONTEXT_CHARS]},
        {"type": "TextPositionSelector", "start": span.start, "end": span.end}]}


def _actor(actor: Actor) -> tuple[str, list[dict[str, Any]], list[Span]]:
    bodies = [_text(actor.type, "tagging"), _text(actor.name, "identifying")]
    bodies += [_text(alias, "describing") for alias in actor.aliases]
    for db, ident in actor.external_ids.items():
        if db.lower() == "wikidata":
            bodies.append(_link(WIKIDATA + ident, "identifying"))
        elif _is_iri(ident):
            bodies.append(_link(ident, "identifying"))
        else:
            bodies.append(_text(f"{db}: {ident}", "identifying"))
    if actor.note:
        bodies.append(_text(actor.note, "commenting"))
    return "identifying", bodies, actor.mentions


def _event(doc: Doc, event: Event,
           names: dict[str, str]) -> tuple[str, list[dict[str, Any]], list[Span]]:
    bodies = [_text(event.type, "tagging"), _text(f"factuality: {event.factuality}",
                                                  "classifying")]
    for p in event.participants:
        bodies.append(_link(doc.item_iri(p.actor)))
        bodies.append(_text(f"{p.role}: {names.get(p.actor, p.actor)}", "describing"))
    for key in ("time", "place"):
        if getattr(event, key):
            bodies.append(_text(f"{key}: {getattr(event, key)}", "describing"))
    if event.note:
        bodies.append(_text(event.note, "commenting"))
    return "tagging", bodies, [event.trigger]


def _claim(doc: Doc, claim: Claim, names: dict[str, str],
           src: str | dict[str, Any]) -> tuple[str, list[dict[str, Any]], list[Span]]:
    bodies = [_text("claim", "tagging"), _text(f"kind: {claim.kind}", "classifying"),
              _text(f"checkworthy: {'yes' if claim.checkworthy else 'no'}", "classifying")]
    who = names.get(claim.claimant, claim.claimant) if claim.claimant else "the outlet"
    bodies.append(_text(f"claimant: {who}", "describing"))
    if claim.claimant:
        bodies.append(_link(doc.item_iri(claim.claimant)))
    if claim.cue is not None and not claim.cue.orphaned:
        cue = _target(doc, src, claim.cue)
        bodies.append({**cue, "purpose": "describing"})
    motivation = "classifying"
    if claim.verdict:
        verdict = doc.inventory.verdict(claim.verdict)
        bodies.append(_text(f"verdict: {verdict.label if verdict else claim.verdict}",
                            "assessing"))
        motivation = "assessing"
    bodies += [_link(doc.item_iri(ref)) for ref in claim.about]
    for evidence in claim.evidence:
        if _is_iri(evidence.url):
            bodies.append(_link(evidence.url))
        else:
            bodies.append(_text(f"evidence: {evidence.url}", "describing"))
        if evidence.note:
            bodies.append(_text(evidence.note, "commenting"))
    if claim.note:
        bodies.append(_text(claim.note, "commenting"))
    return motivation, bodies, [claim.span]
