"""The edit vocabulary: one frozen command object per kind of change to the annotations.

Every way of changing a sidecar builds these and nothing else: the free command line of
`annotate tag` (`editing.parse`), the scripting commands `annotate add/edit/rm`, the
walkthrough and review step machines, and the full-screen workspace. `tag.session.apply`
carries them out. Spans are `(start, end)` code-point offsets into the article, already
picked; ids may also be given as a name or alias where an actor is meant (`putin`,
`"Vladimir Putin"`), and are resolved when the command is applied.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotate.model import Span

if TYPE_CHECKING:
    from annotate.anchoring import Plan

Where = tuple[int, int]  # start inclusive, end exclusive
# A field's new value in an `Edit`, typed by the field table (`editing.fields`): text,
# a span, spans, (actor, role) pairs, a flag, or None to clear it.
Value = (str | bool | None | Where | tuple[Where, ...] | tuple[str, ...]
         | tuple[tuple[str, str], ...])


@dataclass(frozen=True)
class AddActor:
    name: str
    type: str
    mentions: tuple[Where, ...] = ()
    aliases: tuple[str, ...] = ()
    id: str | None = None
    note: str = ""


@dataclass(frozen=True)
class AddEvent:
    type: str
    trigger: Where
    participants: tuple[tuple[str, str], ...] = ()  # (actor, role)
    factuality: str = "asserted"
    id: str | None = None
    note: str = ""


@dataclass(frozen=True)
class AddClaim:
    span: Where
    kind: str
    claimant: str | None = None  # None: the outlet itself
    cue: Where | None = None
    checkworthy: bool = True
    verdict: str | None = None
    evidence: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    id: str | None = None
    note: str = ""


@dataclass(frozen=True)
class AddMention:
    actor: str
    spans: tuple[Where, ...]


@dataclass(frozen=True)
class AddAlias:
    actor: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Edit:
    """Set fields of one annotation; list fields are replaced by the values given."""

    item: str
    changes: tuple[tuple[str, Value], ...]  # (field name from the table, typed value)


@dataclass(frozen=True)
class EditDocument:
    """Set the article's metadata (`document:`) from strings as typed; `none` clears."""

    changes: tuple[tuple[str, tuple[str, ...]], ...]  # (field, every value given)


@dataclass(frozen=True)
class Delete:
    item: str
    cascade: bool = False  # also drop the references other annotations make to it


@dataclass(frozen=True)
class DeleteMention:
    actor: str
    spans: tuple[Where, ...]


@dataclass(frozen=True)
class Link:
    claim: str
    target: str


@dataclass(frozen=True)
class Merge:
    keep: str
    other: str


@dataclass(frozen=True)
class Reject:
    """A suggestion a person rejected: its key goes into the sidecar's `rejected` list,
    so it is never offered again (undo takes the rejection back)."""

    key: str
    words: str = ""  # what an event's or a claim's key (`event:136`) points at, to say it


@dataclass(frozen=True)
class Reanchor:
    """Carry out a re-anchoring plan made for the current article."""

    plan: Plan = dataclasses.field(compare=False)


@dataclass(frozen=True)
class SetSpan:
    """Re-pick a span: the one in `field` (mentions, trigger, span or cue) of `item` that
    is now at `at` moves to `to`."""

    item: str
    field: str
    at: Where
    to: Where


@dataclass(frozen=True)
class Unplace:
    """Put back the span re-anchoring moved (now at `at`) as it was, marked orphaned:
    a fuzzy match a person rejected."""

    item: str
    field: str
    at: Where
    old: Span = dataclasses.field(compare=False)


@dataclass(frozen=True)
class DropSpan:
    """Delete the span at `at`: a mention or a cue alone; a trigger or a claim's span
    takes its whole event or claim (refused while others refer to it)."""

    item: str
    field: str
    at: Where


@dataclass(frozen=True)
class Undo:
    pass


@dataclass(frozen=True)
class Redo:
    pass


Change = (AddActor | AddEvent | AddClaim | AddMention | AddAlias | Edit | EditDocument | Delete
          | DeleteMention | Link | Merge | Reject | Reanchor | SetSpan | Unplace | DropSpan
          | Undo | Redo)
