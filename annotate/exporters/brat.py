"""`brat`: brat standoff (`<stem>.txt` + `<stem>.ann` per document, one `annotation.conf`).

- `T` text-bound annotations: actor mentions (type = actor type), event triggers (type =
  event type), claim spans (`Claim`) and cues (`Cue`). A span that crosses a line break
  is split into fragments (`T1 Claim 0 5;6 10`), as brat's own annotator does; with
  `--trim-at-newline` it is cut at its first line break instead (one fragment per `T`
  line, which brat's `tools/anntoconll.py` needs). A line break is anything Python's
  `str.splitlines` splits on (U+2028, form feed, ...): brat reads `.ann` files with it,
  so no `T` line may hold one.
- `E` events: `E1 communication:T4 speaker:T1 addressee:T2` (repeated roles numbered,
  `party:T1 party2:T3`); claims are `Claim` events with `Claimant`, `Cue` and `About`.
  Events (claims) of one type on one span share one trigger `T`, as brat's annotator
  makes them.
- `*` `Equiv` groups the mentions of one actor.
- `A` attributes: Factuality (events), Kind, Verdict, Checkworthy (claims).
- `N` normalisations: the actor's external ids (`Wikidata:Q7747`), with its name;
  `N ... Name:` carries a name that differs from the first mention. An id with a space, or
  a database name with a colon, cannot be written (brat reads `DB:ID` as two runs without a space).
- `#` AnnotatorNotes: notes.

Types, roles and attribute values are written in brat's storage form (its own
`normalize_to_storage_form`: space and every character but `[A-Za-z0-9_-]` become `_`,
so `political party` is `political_party`; a name of hyphens only, which annotation.conf
would read as a separator line, has `_` for each; a role ending in a digit takes a `_`,
`Arg1_`, since brat reads final digits as a repeat count); `annotate import` maps them
back through the inventory. `annotation.conf` declares every one of them, and `<OVERLAP>`
for any two entity types, since annotate lets any spans overlap (a place inside an
organisation's name, a person inside a cue).

Offsets are code points (brat is written in Python) into the LF-normalised text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from annotate.config import FACTUALITY, Inventory
from annotate.errors import AnnotateError
from annotate.exporters.base import Doc, Exporter, Rendered
from annotate.exporters.spans import (
    ABOUT,
    CLAIM,
    CLAIMANT,
    CUE,
    EVENT,
    SAME_AS,
    Entity,
    attribute_losses,
    flatten,
)

HOLDS = frozenset({"name", "external_ids", "note", "factuality", "verdict", "checkworthy"})
CLAIM_TYPE, CUE_TYPE = "Claim", "Cue"
NAME_DB = "Name"  # normalisation "database" carrying an actor's name when no id is known


# What str.splitlines() splits on; brat reads `.ann` files with codecs' readlines(), which
# uses it, so a `T` line never holds one of these.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_NOT_STORABLE = re.compile(r"[^a-zA-Z0-9_-]")
# An N line's `DB:ID` as brat's annotation.py reads it (`(\S+?):(\S+)`): no space in either,
# no colon in the database's name.
_DB, _ID = re.compile(r"[^\s:]+"), re.compile(r"\S+")
UNREFERABLE = ("actor external ids with a space, or a database name with a colon (brat's N "
               "lines cannot hold one)")


def storage_form(name: str) -> str:
    """A type, role or value as brat keeps it on disk: brat's own
    `projectconfig.normalize_to_storage_form` (space and every character but
    [A-Za-z0-9_-] become `_`); a name of hyphens only has `_` for each, since brat reads a
    line of hyphens alone in annotation.conf as a display separator, not a type."""
    form = _NOT_STORABLE.sub("_", name)
    return "_" * len(form) if form and not form.strip("-") else form


def role_form(role: str) -> str:
    """A role as brat keeps it: its storage form, with `_` after a final digit. brat takes
    a role's final digits for a repeat count (`party2` is the second `party`): it would
    read `Arg1` as `Arg`, and its annotation.conf refuses `Arg1*`."""
    form = storage_form(role)
    return form + "_" if form[-1:].isdigit() else form


def storage_forms(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """storage form -> name, for every (form, name); two names with one form are refused
    (brat could not tell them apart, and neither could an import)."""
    out: dict[str, str] = {}
    for form, name in pairs:
        other = out.setdefault(form, name)
        if other != name:
            raise AnnotateError(f"the inventory names {other!r} and {name!r} are both "
                                f"{form!r} in brat; rename one in annotate.yaml")
    return out


def inventory_names(inv: Inventory) -> list[tuple[str, str]]:
    """Every name brat is given from an inventory, with its form in brat: types, roles,
    kinds, verdicts."""
    roles = [(role_form(r), r) for spec in inv.event_types.values() for r in spec.roles]
    names = [*inv.actor_types, *inv.event_types, *inv.claim_kinds, *(v.id for v in inv.verdicts)]
    return [*((storage_form(n), n) for n in names), *roles]


def event_type_name(event_type: str, actor_types: set[str]) -> str:
    """brat needs entity and event types to be distinct: `other` -> `other_event`."""
    clash = event_type in actor_types or event_type in (CLAIM_TYPE, CUE_TYPE)
    return f"{event_type}_event" if clash else event_type


def brat_type(label: str, actor_types: set[str]) -> str:
    """The brat type of a span label; `actor_types` are in storage form."""
    if label.startswith(EVENT):
        return event_type_name(storage_form(label[len(EVENT):]), actor_types)
    if label.startswith(CLAIM):
        return CLAIM_TYPE
    return CUE_TYPE if label == CUE else storage_form(label)


def fragments(text: str, start: int, end: int,
              breaks: str = LINE_BREAKS) -> list[tuple[int, int]]:
    """The span cut at line breaks (brat shows no fragment across one, and reads no
    `T` line holding one)."""
    out, pos = [], start
    for i in range(start, end):
        if text[i] in breaks:
            if i > pos:
                out.append((pos, i))
            pos = i + 1
    if end > pos:
        out.append((pos, end))
    return out


FRAGMENTS_NOTE = ("spans across a line break written as T lines of several fragments, as brat's "
                  "annotator makes them (brat's tools/anntoconll.py cannot read those; "
                  "--trim-at-newline cuts such spans at their first line break)")


def _one_line(value: str) -> str:
    return " ".join(value.split())


class Brat(Exporter):
    name = "brat"
    description = "brat standoff: <stem>.txt + <stem>.ann per document, plus annotation.conf"
    offsets = "code points"
    loses = "ids, actor aliases, event time/place, claim evidence"
    notes = ("a span across a line break becomes a T line of several fragments "
             "(`T1 Claim 0 5;6 10`), as brat's annotator makes them; brat's tools/anntoconll.py "
             "cannot read those: --trim-at-newline cuts such spans at their first line break")
    folder = True
    layout = "a folder (-o DIR): <stem>.txt and <stem>.ann per document, one annotation.conf"
    finish_names = ("annotation.conf",)

    def file_names(self, name: str) -> tuple[str, ...]:
        return f"{name}.txt", f"{name}.ann"

    def render(self, doc: Doc) -> Rendered:
        try:  # names brat cannot tell apart are refused before any file is written
            annotation_conf([doc.inventory])
        except AnnotateError as exc:
            raise AnnotateError(exc.message, None if doc.inventory.source == "built-in"
                                else doc.inventory.source) from None
        flat = flatten(doc.annotations)
        actor_types = {storage_form(t) for t in doc.inventory.actor_types}
        text = doc.text
        lines: list[str] = []
        tid: dict[str, str] = {}
        trigger_of: dict[tuple[str, str], str] = {}  # (type, fragments) -> its T id
        trimmed = cut = split = 0
        for entity in flat.entities:
            # brat's tools/anntoconll.py splits a T line at every TAB: with
            # --trim-at-newline (for that tool) a TAB ends a span as a line break does
            frags = fragments(text, entity.start, entity.end,
                              LINE_BREAKS + "\t" if self.options.trim_at_newline else LINE_BREAKS)
            if frags[0][0] != entity.start or frags[-1][1] != entity.end:
                trimmed += 1  # brat shows no fragment made of a line break alone
            if len(frags) > 1 and self.options.trim_at_newline:
                frags = frags[:1]
                cut += 1
            elif len(frags) > 1:
                split += 1
            where = ";".join(f"{a} {b}" for a, b in frags)
            kind = brat_type(entity.label, actor_types)
            if entity.label.startswith((EVENT, CLAIM)) and (kind, where) in trigger_of:
                # events (claims) of one type on one span share their trigger, as brat's
                # annotator makes them; its verify_annotations warns of two
                tid[entity.key] = trigger_of[kind, where]
                continue
            tid[entity.key] = f"T{len(lines) + 1}"  # only T lines so far
            if entity.label.startswith((EVENT, CLAIM)):
                trigger_of[kind, where] = tid[entity.key]
            shown = " ".join(text[a:b] for a, b in frags)
            lines.append(f"{tid[entity.key]}\t{kind} {where}\t{shown}")
        by_head: dict[str, list[tuple[str, str]]] = {}
        groups: dict[str, list[str]] = {}
        for link in flat.links:
            if link.label == SAME_AS:
                groups.setdefault(link.child, [link.child]).append(link.head)
            else:
                by_head.setdefault(link.head, []).append((link.label, link.child))
        eid: dict[str, str] = {}
        events = [e for e in flat.entities if e.label.startswith((EVENT, CLAIM))]
        for entity in events:
            eid[entity.key] = f"E{len(eid) + 1}"
        for entity in events:
            args, seen = [], Counter[str]()
            for label, child in by_head.get(entity.key, []):
                role = {CLAIMANT: "Claimant", "cue": "Cue", ABOUT: "About"}.get(label, label) \
                    if entity.label.startswith(CLAIM) else role_form(label)
                seen[role] += 1
                ref = eid.get(child) or tid[child]
                args.append(f"{role}{seen[role] if seen[role] > 1 else ''}:{ref}")
            head = f"{brat_type(entity.label, actor_types)}:{tid[entity.key]}"
            lines.append(f"{eid[entity.key]}\t{' '.join([head, *args])}")
        for members in groups.values():
            lines.append("*\tEquiv " + " ".join(tid[m] for m in members))
        losses = attribute_losses(flat, HOLDS)
        lines.extend(self._attributes(flat.entities, tid, eid, losses))
        if trimmed:
            losses["spans starting or ending at a line break (trimmed)"] += trimmed
        if cut:
            losses["spans across a line break or TAB (cut at the first, --trim-at-newline)"] += cut
        notes = Counter({FRAGMENTS_NOTE: split} if split else {})
        txt, ann = self.file_names(doc.stem)
        return Rendered(files={txt: text, ann: "".join(line + "\n" for line in lines)},
                        losses=losses, notes=notes)

    def _attributes(self, entities: list[Entity], tid: dict[str, str],
                    eid: dict[str, str], losses: Counter[str]) -> list[str]:
        attrs: list[str] = []
        notes: list[str] = []
        norms: list[tuple[str, str, str]] = []
        for entity in entities:
            target = eid.get(entity.key) or tid[entity.key]
            values: list[tuple[str, str | None]] = []
            if entity.label.startswith(CLAIM):
                values.append(("Kind", storage_form(entity.label[len(CLAIM):])))
            if "factuality" in entity.attrs:
                values.append(("Factuality", entity.attrs["factuality"]))
            if "verdict" in entity.attrs:
                values.append(("Verdict", storage_form(entity.attrs["verdict"])))
            if entity.attrs.get("checkworthy") is False:
                values.append(("NotCheckworthy", None))
            for name, value in values:
                attrs.append(f"A{len(attrs) + 1}\t{name} {target}" + (f" {value}" if value else ""))
            name = entity.attrs.get("name", entity.text)
            for db, ident in entity.attrs.get("external_ids", {}).items():
                if _DB.fullmatch(db) and _ID.fullmatch(ident):
                    norms.append((target, f"{db.capitalize()}:{ident}", name))
                else:
                    losses[UNREFERABLE] += 1
            if "name" in entity.attrs and not entity.attrs.get("external_ids"):
                norms.append((target, f"{NAME_DB}:-", name))
            if entity.attrs.get("note"):
                notes.append(f"#{len(notes) + 1}\tAnnotatorNotes {target}"
                             f"\t{_one_line(entity.attrs['note'])}")
        out = attrs
        out += [f"N{i}\tReference {target} {ref}\t{_one_line(name)}"
                for i, (target, ref, name) in enumerate(norms, 1)]
        return out + notes

    def finish(self, inventories: list[Inventory]) -> dict[str, str]:
        return {"annotation.conf": annotation_conf(inventories)}


def annotation_conf(inventories: list[Inventory]) -> str:
    """Every type, role and attribute any exported document uses, declared for brat in
    storage form."""
    storage_forms(pair for inv in inventories for pair in inventory_names(inv))
    actor_types: list[str] = []
    events: dict[str, list[str]] = {}
    kinds: list[str] = []
    verdicts: list[str] = []
    for inv in inventories:
        actor_types += [t for t in map(storage_form, inv.actor_types) if t not in actor_types]
        kinds += [k for k in map(storage_form, inv.claim_kinds) if k not in kinds]
        verdicts += [v for v in (storage_form(v.id) for v in inv.verdicts) if v not in verdicts]
    named: dict[str, str] = {}  # brat's event type -> the inventory's
    for inv in inventories:
        own = {storage_form(t) for t in inv.actor_types}
        for name, spec in inv.event_types.items():
            typed = event_type_name(storage_form(name), set(actor_types))
            if typed != event_type_name(storage_form(name), own):
                # `render` names an event type by its own inventory's actor types (it sees
                # no other): its .ann would call an event by an entity type's name
                raise AnnotateError(_across(name, inv, inventories))
            if named.setdefault(typed, name) != name:
                raise AnnotateError(f"the event types {named[typed]!r} and {name!r} are both "
                                    f"{typed!r} in brat (an event type named like an actor "
                                    "type takes '_event'); rename one in annotate.yaml")
            roles = events.setdefault(typed, [])
            roles += [r for r in map(role_form, spec.roles) if r not in roles]
    entity = "|".join(actor_types)
    event_or_claim = "|".join([*events, CLAIM_TYPE])
    lines = ["[entities]", *actor_types, CUE_TYPE, "", "[relations]",
             f"Equiv\tArg1:{entity}, Arg2:{entity}, <REL-TYPE>:symmetric-transitive",
             "# annotate lets any two spans overlap: contain, equal or cross",
             "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "",
             "[events]"]
    for name, roles in events.items():
        lines.append(f"{name}\t" + ", ".join(f"{r}*:{entity}" for r in roles))
    lines.append(f"{CLAIM_TYPE}\tClaimant?:{entity}, Cue?:{CUE_TYPE}, "
                 f"About*:{entity}|{event_or_claim}")
    lines += ["", "[attributes]",
              f"Factuality\tArg:<EVENT>, Value:{'|'.join(FACTUALITY)}",
              f"Kind\tArg:{CLAIM_TYPE}, Value:{'|'.join(kinds)}",
              f"Verdict\tArg:{CLAIM_TYPE}, Value:{'|'.join(verdicts)}",
              f"NotCheckworthy\tArg:{CLAIM_TYPE}", ""]
    return "\n".join(lines)


def _across(event_type: str, inv: Inventory, inventories: list[Inventory]) -> str:
    """Why an event type of one inventory cannot be exported with another's actor type."""
    def where(i: Inventory) -> str:
        return "the built-in inventory" if i.source == "built-in" else i.source

    form = storage_form(event_type)
    other = next(i for i in inventories if form in map(storage_form, i.actor_types))
    return (f"the event type {event_type!r} of {where(inv)} is {form!r} in brat, an actor "
            f"type of {where(other)}: brat's one annotation.conf cannot declare both; export "
            "these sidecars to separate folders, or rename one in annotate.yaml")
