"""The article's metadata (`document:` in the sidecar): set from strings as typed
(`annotate edit ARTICLE document --url ...`), and the one question `annotate tag` asks
when a published review will need a field that is missing.

Pure functions: they take `Annotations` and return new ones (the input is never mutated),
like `edits`, so undo and the autosave cache work the same way.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime
from urllib.parse import urlsplit

from annotate.editing import fields
from annotate.errors import AnnotateError
from annotate.model import Annotations, Claim

# `edit document --FIELD VALUE` (the field table's document section); --author is
# repeatable and replaces the list.
FIELDS = tuple(fields.names(fields.DOCUMENT))
CLEAR = ("", "none", "-")
UNCHECKED = (None, "unverified")  # no review is published for these
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def reviewable(claim: Claim) -> bool:
    """A claim whose verdict a ClaimReview would publish."""
    return claim.verdict not in UNCHECKED


def is_web_url(value: str) -> bool:
    """An absolute http(s) URL: a scheme, a host, no white space (`https://` alone, from
    `https://$HOST` with HOST unset, has no host)."""
    parts = urlsplit(value)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc) and not any(
        c.isspace() for c in value)


def web_url(value: str, what: str) -> str:
    """An absolute http(s) URL, or a one-sentence error naming `what`."""
    if not is_web_url(value):
        raise AnnotateError(f"{what} {value!r} is not an http(s) URL")
    return value


def iso_date(value: str, what: str) -> str:
    """An ISO 8601 date or date-time, kept as typed."""
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise AnnotateError(f"{what} {value!r} is not an ISO 8601 date (YYYY-MM-DD) or date-time "
                            "(YYYY-MM-DDThh:mm:ssZ)") from None
    return value


def edit(ann: Annotations, changes: dict[str, list[str]]) -> Annotations:
    """The annotations with document fields set from strings; `none` clears a field."""
    unknown = [f for f in changes if f not in FIELDS]
    if unknown:
        raise AnnotateError(f"the document has no field {unknown[0]!r}; fields: "
                            + ", ".join(FIELDS))
    if not changes:
        raise AnnotateError(f"nothing to change; give one of --{', --'.join(FIELDS)}")
    doc = replace(ann.document, authors=list(ann.document.authors))
    for field, values in changes.items():
        one = values[-1].strip()
        clear = one.lower() in CLEAR
        if field == "url":
            doc.url = None if clear else web_url(one, "url")
        elif field == "publisher":
            doc.publisher = None if clear else one
        elif field == "title":
            doc.title = None if clear else one
        elif field == "author":
            if any(not v.strip() for v in values):  # (as for a list field of an annotation)
                raise AnnotateError("--author was given an empty value; to clear the list, "
                                    "give --author none")
            names = [v.strip() for v in values if v.strip().lower() not in CLEAR]
            doc.authors = list(dict.fromkeys(names))
        elif field == "language":
            if not _LANGUAGE.match(one):
                raise AnnotateError(f"language {one!r} is not a language tag such as en or pt-BR")
            doc.language = one
        else:  # published, retrieved
            setattr(doc, field, None if clear else iso_date(one, field))
    return replace(ann, document=doc)


@dataclass(frozen=True)
class Question:
    field: str  # a document field, as `edit` names it
    prompt: str


QUESTIONS = (
    Question("url", "The article's URL (for the published reviews; Enter to skip): "),
    Question("publisher", "The outlet that published it (Enter to skip): "),
)


def due(ann: Annotations, asked: Collection[str] = ()) -> Question | None:
    """The metadata question `annotate tag` should ask now, if any.

    Only once a claim has a verdict (until then no review needs the article's URL or
    outlet), only for a field that is missing, and only once: `asked` holds the fields
    already asked about in this session, answered or skipped.
    """
    if not any(reviewable(c) for c in ann.claims):
        return None
    doc = ann.document
    missing = {"url": not doc.url, "publisher": not doc.publisher}
    return next((q for q in QUESTIONS if missing[q.field] and q.field not in asked), None)


def verdict_given(before: Annotations, after: Annotations) -> bool:
    """Whether going from `before` to `after` gave a claim a verdict a review would publish
    (set, or changed to another): the moment `tag` asks `due`'s question, never at start
    nor after a change that left every verdict as it was."""
    old = {c.id: c.verdict for c in before.claims}
    return any(reviewable(c) and old.get(c.id) != c.verdict for c in after.claims)


def answer(ann: Annotations, question: Question, text: str) -> Annotations:
    """The annotations after the person answered `question` (blank: skipped, unchanged)."""
    if not text.strip():
        return ann
    return edit(ann, {question.field: [text.strip()]})
