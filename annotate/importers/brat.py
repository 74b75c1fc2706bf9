"""Read a brat `.ann` file (as `annotate.exporters.brat` writes it) into a Draft.

Mentions are text-bound annotations whose type is not an event, `Claim` or `Cue`;
`Equiv` groups make actors; `E` arguments become roles, claimants, cues and abouts;
attributes, normalisations and AnnotatorNotes fill in the rest.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from annotate.article import normalise
from annotate.config import Inventory
from annotate.errors import AnnotateError
from annotate.exporters.brat import CLAIM_TYPE, CUE_TYPE, NAME_DB, inventory_names, storage_forms
from annotate.exporters.spans import ABOUT, CLAIM, CLAIMANT, CUE, EVENT, SAME_AS
from annotate.importers.build import Draft, Note
from annotate.importers.common import read_text, to_article
from annotate.textfile import read_utf8
from annotate.visible import short

_CLAIM_ROLES = {"Claimant": CLAIMANT, "Cue": "cue", "About": ABOUT}


def read(path: Path, text: str, inventory: Inventory) -> Draft:
    if path.suffix == ".txt" and path.with_suffix(".ann").is_file():
        path = path.with_suffix(".ann")
    txt = path.with_suffix(".txt")
    raw = read_utf8(txt, "file to import") if txt.is_file() else text
    if normalise(raw) != text:
        raise AnnotateError(f"{txt.name} is not the text of the article", path)
    lines = read_text(path).split("\n")  # (without a byte order mark)
    # brat counts in its .txt as it is, a byte order mark and CRs included; `export` counts
    # in the article as loaded (and writes that .txt): the T lines' texts say which
    text = raw = raw if _agree(lines, raw) > _agree(lines, text) else text
    draft = Draft()
    triggers: dict[str, str] = {}  # E id -> its trigger's T id (or itself, on a shared T)
    used: set[str] = set()  # T ids an E line has taken as its trigger
    triggered: dict[str, str] = {}  # E id -> the T id its line names
    events: list[tuple[str, list[str], str, int]] = []  # (trigger, arguments, E id, line)
    kinds: dict[str, str] = {}  # T or E id -> the type its line gives, as brat writes it
    # brat's storage form (`political_party`) -> the inventory's name (`political party`)
    names = storage_forms(inventory_names(inventory))
    unknown: list[tuple[int, str]] = []  # (line, id) of the lines of no brat kind
    read = 0  # lines that are not blank
    # brat's own reader splits on LF only: a U+2028 or form feed in a T line's text is text.
    for n, line in enumerate(lines, 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        fields = line.split("\t", 2)  # as brat reads: the text may hold a TAB
        ident = fields[0]
        read += 1
        if ident in draft.entities or ident in triggers:
            draft.notes.append(Note(ident, f"a second {ident} (dropped; the first is kept)", n))
            continue
        try:
            if ident.startswith("T"):
                _text_bound(draft, ident, fields, text, inventory, names, n)
                kinds[ident] = fields[1].partition(" ")[0]
            elif ident.startswith("E"):
                head, *args = fields[1].split()
                kinds[ident], trigger = head.split(":", 1)
                triggered[ident] = trigger
                if trigger in used and trigger in draft.entities:
                    # brat's annotator gives events of one type on one span one trigger
                    # (annotator.py, __create_span): each E is its own event or claim
                    draft.entities[ident] = draft.entities[trigger]
                    trigger = ident
                used.add(trigger)
                triggers[ident] = trigger
                events.append((trigger, args, ident, n))
            elif ident == "*":
                relation, *members = fields[1].split()
                if relation != "Equiv":
                    draft.problems[f"relations of type {relation!r} (dropped)"] += 1
                else:
                    draft.links += [(m, members[0], SAME_AS) for m in members[1:]]
            elif ident.startswith(("A", "M")):
                name, target, *value = fields[1].split()
                _attribute(draft, name, target, names.get(value[0], value[0]) if value else None,
                           triggers)
            elif ident.startswith("N"):
                _, target, ref = fields[1].split()
                db, _, key = ref.partition(":")
                attrs = draft.attrs.setdefault(triggers.get(target, target), {})
                # Each part kept unless an earlier line gave it otherwise (then reported).
                clash = False
                if db != NAME_DB:
                    ids = attrs.setdefault("external_ids", {})
                    clash = ids.setdefault(db.lower(), key) != key
                # (brat's own writer doubles the tab before the name: "N1\tReference T2
                # Name:-\t\tname", once brat has saved the file)
                given = fields[2].lstrip("\t") if len(fields) > 2 else ""
                if given:
                    clash = attrs.setdefault("name", given) != given or clash
                if clash:
                    draft.notes.append(Note(ident, f"a second {db} reference or name for "
                                            f"{target} (dropped; the first is kept)", n))
            elif ident.startswith("#"):
                target = fields[1].split()[1]
                attrs = draft.attrs.setdefault(triggers.get(target, target), {})
                attrs["note"] = f"{attrs['note']}\n{fields[2]}" if attrs.get("note") \
                    else fields[2]  # brat allows several notes on one annotation
            elif ident.startswith("R"):
                draft.problems[f"relations of type {fields[1].split()[0]!r} (dropped)"] += 1
            else:
                unknown.append((n, ident))
                draft.notes.append(Note(short(ident, 12), "no brat annotation id (T, E, R, A, "
                                        "M, N, # or *); the line is dropped", n))
        except _Malformed as bad:
            raise AnnotateError(f"{short(ident, 12)!r} {bad.reason}", path, n,
                                bad.column) from None
        except (IndexError, ValueError):
            raise AnnotateError(f"{short(ident, 12)!r} is not a brat standoff line", path,
                                n) from None
    if unknown and len(unknown) == read:  # another format: --force would empty a sidecar
        raise AnnotateError(f"is not a brat .ann file: no line starts with a brat annotation "
                            f"id (T, E, R, A, M, N, # or *); line {unknown[0][0]} starts "
                            f"{short(unknown[0][1], 12)!r}", path, unknown[0][0])
    for trigger, args, ident, n in events:
        if trigger not in draft.entities:  # (an E of no arguments had vanished unsaid)
            draft.notes.append(Note(ident, f"its trigger {short(trigger, 12)} is missing or "
                                    "was dropped; the line is dropped", n))
            continue
        t_id = triggered[ident]
        if kinds.get(t_id, kinds[ident]) != kinds[ident]:
            # (brat gives an event its trigger's type; a file edited by hand may not)
            draft.notes.append(Note(ident, f"its type {short(kinds[ident], 40)!r} is not the "
                                    f"type of its trigger {short(t_id, 12)}, "
                                    f"{short(kinds[t_id], 40)!r}; imported as "
                                    f"{short(kinds[t_id], 40)!r}", n))
        claim = draft.entities[trigger][2].startswith(CLAIM)
        for arg in args:
            role, _, target = arg.partition(":")
            role = role.rstrip("0123456789")
            role = _CLAIM_ROLES.get(role, role) if claim else names.get(role, role)
            draft.links.append((trigger, triggers.get(target, target), role))
    for key, (start, end, label) in draft.entities.items():
        if label == CLAIM:
            draft.problems["claims without a Kind attribute (imported as factual)"] += 1
            draft.entities[key] = (start, end, CLAIM + "factual")
    to_article(draft, raw)
    return draft


_OFFSETS = re.compile(r"\d{1,19} \d{1,19}(;\d{1,19} \d{1,19})*")
_NUMBER = re.compile(r"[-+]?\d+")


class _Malformed(ValueError):
    """A T line's offsets, said for what is wrong with them (at `column` of the line)."""

    def __init__(self, reason: str, column: int | None = None) -> None:
        super().__init__(reason)
        self.reason, self.column = reason, column


def _offsets_fault(where: str, column: int) -> _Malformed:
    """Why `where` (the part of a T line after its type, from `column`) is no offsets."""
    shape = "a T line is `T1<TAB>TYPE START END<TAB>TEXT`"
    if not where.strip():
        return _Malformed(f"has no offsets; {shape}", column)
    for number in _NUMBER.finditer(where):
        at = column + number.start()
        if number.group().startswith("-") and number.group() != "-0":
            return _Malformed(f"has a negative offset ({short(number.group(), 12)}); brat "
                              "offsets count characters from 0", at)
        if len(number.group().lstrip("+")) > 19:
            return _Malformed(f"has an offset of {len(number.group())} digits, past the end "
                              "of any article", at)
    return _Malformed(f"has offsets brat cannot read ({short(where, 40)!r}); {shape}", column)


def _agree(lines: list[str], text: str) -> int:
    """How many T lines' texts are `text` at their offsets (one fragment's, enough to tell)."""
    count = 0
    for line in lines:
        fields = line.removesuffix("\r").split("\t", 2)
        where = fields[1].partition(" ")[2] if len(fields) == 3 and line[:1] == "T" else ""
        if _OFFSETS.fullmatch(where):
            start, end = map(int, where.split(";")[0].split(" "))
            count += text[start:end] == fields[2][:end - start]
    return count


def _text_bound(draft: Draft, ident: str, fields: list[str], text: str,
                inventory: Inventory, names: dict[str, str], line: int) -> None:
    """`T3<TAB>Type 10 15;20 25<TAB>text`: one span, or a note saying why it changed or
    was dropped."""
    kind, _, where = fields[1].partition(" ")
    if not _OFFSETS.fullmatch(where):
        raise _offsets_fault(where, len(fields[0]) + len(kind) + 3)
    frags = [(int(a), int(b)) for a, b in (f.split(" ") for f in where.split(";"))]
    start, end = frags[0][0], frags[-1][1]
    between = [(b, c) for (_, b), (c, _) in pairwise(frags)]
    if any(a > b for a, b in frags + between):
        draft.notes.append(Note(ident, f"fragments {where} are not in order (dropped)", line))
        return
    if end > len(text):
        draft.notes.append(Note(ident, f"span {start}-{end} runs past the end of the article "
                                f"({len(text)} characters) (dropped)", line))
        return
    written = fields[2] if len(fields) > 2 else None
    shown = " ".join(text[a:b] for a, b in frags)
    if written is not None and written.split() != shown.split():
        draft.notes.append(Note(ident, f"its text {short(written)!r} is not the article's "
                                f"{short(shown)!r} at {where} (dropped)", line))
        return
    if any(text[b:c].strip() for b, c in between):
        draft.notes.append(Note(ident, f"discontinuous span {where} imported as one span "
                                f"{start}-{end}, taking in the text between its fragments",
                                line))
    draft.entities[ident] = (start, end, _label(kind, inventory, names))



def _label(kind: str, inventory: Inventory, names: dict[str, str]) -> str:
    """brat type (in storage form) -> span label; the exporter renamed event types that
    clash (`other_event`)."""
    event_types = inventory.event_types
    if kind == CLAIM_TYPE:
        return CLAIM  # the kind comes with its attribute
    if kind == CUE_TYPE:
        return CUE
    name = names.get(kind, kind)
    if name in event_types and name not in inventory.actor_types:
        return EVENT + name
    base = kind.removesuffix("_event")
    if base != kind and names.get(base, base) in event_types:
        return EVENT + names.get(base, base)
    return name


def _attribute(draft: Draft, name: str, target: str, value: str | None,
               triggers: dict[str, str]) -> None:
    key = triggers.get(target, target)
    attrs = draft.attrs.setdefault(key, {})
    if name == "Kind" and key in draft.entities and value:
        start, end, label = draft.entities[key]
        if not label.startswith(CLAIM):  # "Kind" on a person would make the person a claim
            draft.problems["Kind attributes on a span that is no Claim (dropped)"] += 1
            return
        draft.entities[key] = (start, end, CLAIM + value)
    elif name == "Factuality" and value:
        attrs["factuality"] = value
    elif name == "Verdict" and value:
        attrs["verdict"] = value
    elif name == "NotCheckworthy":
        attrs["checkworthy"] = False
    else:
        draft.problems[f"attribute {name!r} (dropped)"] += 1
