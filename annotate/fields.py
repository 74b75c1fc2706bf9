"""`edit`: set an annotation's fields from strings as typed (`--kind quantity`).

Shared by `annotate edit ID --FIELD VALUE` and the session's `edit` command; built on
`edits`, so the same checks apply and the input is never mutated.
"""

from __future__ import annotations

from annotate import edits, metadata, spans
from annotate.article import Article
from annotate.config import FACTUALITY, Inventory
from annotate.errors import AnnotateError
from annotate.model import Actor, Annotations, Claim, Event, Evidence, Item

# The fields `edit` knows, per section; list fields are replaced by what is given.
FIELDS = {
    "actors": ("id", "name", "type", "alias", "mention", "note"),
    "events": ("id", "type", "trigger", "participant", "factuality", "time", "place", "note"),
    "claims": ("id", "text", "kind", "claimant", "cue", "checkworthy", "verdict", "reviewed",
               "review-url", "evidence", "about", "note"),
}
YES, NO = ("yes", "y", "true", "1"), ("no", "n", "false", "0")


def edit(ann: Annotations, art: Article, inv: Inventory, item_id: str,
         changes: dict[str, list[str]]) -> Annotations:
    """Set fields from strings, as typed: `{"kind": ["quantity"], "alias": ["Putin"]}`.

    A list field (alias, mention, participant, evidence, about) is replaced by the values
    given; `none` clears claimant and verdict. The id `document` edits the article's
    metadata (`metadata.FIELDS`).
    """
    if item_id == edits.DOCUMENT:
        return metadata.edit(ann, changes)
    section, _ = edits.find(ann, item_id)
    unknown = [f for f in changes if f not in FIELDS[section]]
    if unknown:
        raise AnnotateError(f"{section[:-1]}s have no field {unknown[0]!r}; fields: "
                            + ", ".join(FIELDS[section]))
    if not changes:
        raise AnnotateError(f"nothing to change; give one of --{', --'.join(FIELDS[section])}")
    new = edits.shallow_copy(ann)
    item = edits.own(new, item_id)
    # A verdict records today as its review date; a --reviewed given with it wins.
    for field, values in sorted(changes.items(), key=lambda change: change[0] == "reviewed"):
        if field != "id":
            _set(new, art, inv, item, field, values)
    if "id" in changes and changes["id"][-1] != item_id:
        new_id = edits.check_id(new, changes["id"][-1])
        item.id = new_id
        new = edits.rename_refs(new, item_id, new_id)
    return new


def _set(ann: Annotations, art: Article, inv: Inventory, item: Item, field: str,
         values: list[str]) -> None:
    one = values[-1]
    if field in ("note", "time", "place"):
        setattr(item, field, one)
    elif isinstance(item, Actor):
        if field == "name":
            item.name = one.strip() or item.name
        elif field == "type":
            item.type = edits.choice(one, inv.actor_types, "actor type")
        elif field == "alias":
            item.aliases = edits.unique(values, item.name)
        elif field == "mention":
            found = [se for v in values for se in spans.every(art, v)]
            item.mentions = [edits.span(art, s, e) for s, e in spans.outermost(found)]
    elif isinstance(item, Event):
        if field == "type":
            item.type = edits.choice(one, inv.event_types, "event type")
            edits.participants(ann, inv, item.type, [(p.actor, p.role) for p in item.participants])
        elif field == "trigger":
            item.trigger = edits.text_span(art, one)
        elif field == "participant":
            item.participants = edits.participants(ann, inv, item.type, values)
        elif field == "factuality":
            item.factuality = edits.choice(one, FACTUALITY, "factuality")
    elif isinstance(item, Claim):
        _set_claim(ann, art, inv, item, field, values)


def _set_claim(ann: Annotations, art: Article, inv: Inventory, item: Claim, field: str,
               values: list[str]) -> None:
    one = values[-1]
    if field == "text":
        item.span = edits.text_span(art, one)
    elif field == "kind":
        item.kind = edits.choice(one, inv.claim_kinds, "claim kind")
    elif field == "claimant":
        item.claimant = None if one in ("", "none", "-") else edits.actor(ann, one).id
    elif field == "cue":
        item.cue = (None if one in ("", "none", "-") else
                    edits.span(art, *edits.cue_span(art, item.span, one)))
    elif field == "checkworthy":
        item.checkworthy = boolean(one)
    elif field == "verdict":
        edits.give_verdict(item, None if one in ("", "none", "-") else
                           edits.choice(one, [v.id for v in inv.verdicts], "verdict"))
    elif field == "reviewed":
        item.reviewed = None if one in ("", "none", "-") else metadata.iso_date(one, "reviewed")
    elif field == "review-url":
        item.review_url = None if one in ("", "none", "-") else metadata.web_url(one, "review-url")
    elif field == "evidence":
        item.evidence = [Evidence(u) for u in edits.unique(values)]
    elif field == "about":
        for ref in values:
            edits.find(ann, ref)
        item.about = edits.unique(v for v in values if v != item.id)


def boolean(value: str) -> bool:
    low = value.strip().lower()
    if low in YES or low in NO:
        return low in YES
    raise AnnotateError(f"{value!r} is not yes or no")
