"""The form of an item being made or edited, as a pure state machine driven by keys.

A form is a list of fields with one current field. A key that sets the current field
moves on to the next one, and moving on from the last field saves; Enter saves at once
with what is shown; Tab and shift+Tab (or the arrows) move between fields; Esc drops
the form and nothing of it is saved. Values come from the inventory by single keys, and
actors, items and cue words by hint letters the app puts on screen (`Form.hints`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotate.suggest.roles import SYMMETRIC
from annotate.tag.tui import hints as hint_mod

Sel = tuple[int, int]

# Per kind of item: (field, how it is picked).
FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "actor": (("name", "name"), ("type", "actor_types")),
    "event": (("type", "event_types"), ("participants", "participants"),
              ("factuality", "factualities")),
    "claim": (("kind", "claim_kinds"), ("claimant", "actor"), ("verdict", "verdicts"),
              ("about", "items"), ("cue", "span"), ("checkworthy", "bool")),
    "mention": (("actor", "actor"),),
}
# Fields whose values are picked by hint letters on screen: what the hints point at.
HINTED = {"actor": "actors", "participants": "actors", "items": "items", "span": "tokens"}


def letters(options: list[str], taken: str = "") -> dict[str, str]:
    """A single key for each option: its first letter not yet used, else any free one."""
    out: dict[str, str] = {}
    used = set(taken)
    for option in options:
        key = next((c for c in option.lower() if c.isalpha() and c not in used), None)
        if key is None:
            key = next(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in used)
        used.add(key)
        out[key] = option
    return out


@dataclass
class Outcome:
    """What a key did: `save`, `cancel`, `ask-name` (type a name), `ask-actor` (type the
    name of a claimant or participant who may be no actor yet), `moved` (another field),
    `set`, `hint` (part of a hint typed), or `ignored` (with why in `message`)."""

    action: str
    message: str = ""


@dataclass
class Form:
    what: str  # actor | event | claim | mention
    span: Sel  # the mention, trigger or claim span
    values: dict[str, Any]
    choices: dict[str, dict[str, str]]  # picker -> key -> value (inventory pickers)
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # event type -> roles
    index: int = 0
    item_id: str | None = None  # editing this item (None: a new one)
    suggestion: str | None = None  # the suggestion key this form came from
    names: list[str] = field(default_factory=list)  # name candidates (actors)
    hints: dict[str, Any] = field(default_factory=dict)  # label -> actor id, item id, span
    said: str = ""  # what the last key said on the message line (stale after the next)
    kept: dict[str, dict[Any, str]] = field(default_factory=dict)  # hinted -> target -> label
    typed: str = ""  # hint letters typed so far
    made: list[str] = field(default_factory=list)  # actors `=` made (saved) from this form
    before: dict[str, Any] = field(default_factory=dict)  # an edit's fields as it opened

    @property
    def fields(self) -> tuple[tuple[str, str], ...]:
        return FIELDS[self.what]

    @property
    def current(self) -> tuple[str, str]:
        return self.fields[self.index]

    @property
    def hinted(self) -> str | None:
        """What the current field's hints point at (actors, items, tokens), if any."""
        return HINTED.get(self.current[1])

    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.fields) - 1))
        self.typed = ""
        self.hints = {}

    def _advance(self) -> Outcome:
        if self.index == len(self.fields) - 1:
            return Outcome("save")
        self.go(self.index + 1)
        return Outcome("moved")

    def key(self, key: str, character: str | None = None) -> Outcome:
        name, picker = self.current
        if key == "escape":
            return Outcome("cancel")
        if key == "enter":
            return Outcome("save")
        if key in ("tab", "down"):
            if self.index == len(self.fields) - 1:
                return Outcome("ignored", "the last field; Enter saves")
            self.go(self.index + 1)
            return Outcome("moved")
        if key in ("shift+tab", "up"):
            self.go(self.index - 1)
            return Outcome("moved")
        char = character if character and character.isprintable() else None
        named = [i for i, (_, p) in enumerate(self.fields) if p == "name"]
        if char == "=" and named:  # an actor's form opens on its type, below the name
            self.go(named[0])
            return Outcome("ask-name")
        if char == "=" and name in ("claimant", "participants"):  # maybe no actor yet
            return Outcome("ask-actor")
        if picker == "name":
            return self._name(key, char)
        if picker == "bool":
            if char in ("y", "n"):
                self.values[name] = char == "y"
                return self._advance()
            if key == "space":
                self.values[name] = not self.values[name]
                return Outcome("set")
            return Outcome("ignored", "y or n")
        if picker in self.choices:
            return self._choice(name, picker, char)
        return self._hinted(name, picker, key, char)

    def _name(self, key: str, char: str | None) -> Outcome:
        if char == "=":
            return Outcome("ask-name")
        # (isdecimal: "²", a key on French keyboards, is a digit to isdigit, not to int())
        if char and char.isdecimal() and 1 <= int(char) <= len(self.names):
            self.values["name"] = self.names[int(char) - 1]
            return self._advance()
        return Outcome("ignored", "a number picks a name, = types one")

    def _choice(self, name: str, picker: str, char: str | None) -> Outcome:
        chosen = self.choices[picker].get(char or "")
        if chosen is None:
            return Outcome("ignored", f"press one of {', '.join(self.choices[picker])}")
        if name == "type" and self.what == "event" and chosen != self.values.get("type"):
            allowed = self.roles.get(chosen, ())
            self.values["participants"] = [
                (actor, role if role in allowed else (allowed[0] if allowed else role))
                for actor, role in self.values.get("participants", [])]
        self.values[name] = chosen
        return self._advance()

    def _hinted(self, name: str, picker: str, key: str, char: str | None) -> Outcome:
        if key == "backspace":
            if self.typed:
                self.typed = self.typed[:-1]
            elif picker in ("participants", "items") and self.values[name]:
                self.values[name] = self.values[name][:-1]
            return Outcome("set")
        if char in ("-", "0") and picker in ("actor", "span"):
            self.values[name] = None
            return self._advance()
        if picker == "participants" and char and char.isdecimal():
            return self._role(int(char))
        if not char or not char.isalpha():
            return Outcome("ignored", "type the letters shown")
        labels = {label: i for i, label in enumerate(self.hints)}
        found = hint_mod.complete(labels, self.typed + char)
        if found is None:
            self.typed += char
            return Outcome("hint")
        self.typed = ""
        if found is False:
            return Outcome("ignored", "no such hint")
        value = self.hints[list(self.hints)[found]]
        if picker == "participants":
            return self.add_participant(value)
        if picker == "items":
            now = list(self.values[name])
            self.values[name] = [v for v in now if v != value] if value in now else [*now, value]
            return Outcome("set")
        self.values[name] = value
        return self._advance()

    def add_participant(self, actor: str) -> Outcome:
        """`actor` as the next participant, in the next role the event type has."""
        people = self.values["participants"]
        taken = [r for _, r in people]
        roles = self.roles.get(self.values["type"], ())
        # A role several may share ("participant", "party") is the first one's, and the
        # next one's too: two parties meeting are no host and guest unless a digit says
        role = roles[0] if roles and roles[0] in SYMMETRIC else next(
            (r for r in roles if r not in taken), roles[-1] if roles else "")
        self.values["participants"] = [*people, (actor, role)]
        return Outcome("set", f"{actor} as {role}: a digit picks another role"
                       if len(roles) > 1 else "")

    def _role(self, number: int) -> Outcome:
        people = self.values["participants"]
        roles = self.roles.get(self.values["type"], ())
        if not people or not 1 <= number <= len(roles):
            return Outcome("ignored", "pick a participant first, then its role by number")
        actor, _ = people[-1]
        self.values["participants"] = [*people[:-1], (actor, roles[number - 1])]
        return Outcome("set")
