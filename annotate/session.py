"""The session as a pure state machine: `apply(ctx, state, command) -> state`.

A command is one line of the free command loop (`add actor --name ... --type ...`,
`edit ID --field value`, `delete ID`, `link CLAIM ID`, `merge KEEP OTHER`, `undo`,
`redo`), parsed into a `Command`. Every change goes through `edits`, so the session
and the scripting commands write the same sidecar. Undo/redo keep whole snapshots;
they are cheap because `edits` shares every unchanged item between snapshots.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field, replace

from annotate import edits, fields, spans
from annotate.article import Article
from annotate.config import Inventory
from annotate.errors import AnnotateError
from annotate.model import Annotations

ALIASES = {
    "a": "add", "add": "add", "e": "edit", "edit": "edit", "d": "delete", "del": "delete",
    "delete": "delete", "rm": "delete", "l": "list", "ls": "list", "list": "list",
    "sh": "show", "show": "show", "p": "show", "k": "link", "ln": "link", "link": "link",
    "n": "next", "next": "next", "b": "back", "back": "back",
    "m": "merge", "merge": "merge", "u": "undo", "undo": "undo", "r": "redo", "redo": "redo",
    "v": "validate", "validate": "validate", "w": "save", "save": "save", "h": "help",
    "?": "help", "help": "help", "q": "quit", "quit": "quit", "exit": "quit",
    "reanchor": "reanchor", "review": "review",
}
CHANGES = ("add", "edit", "delete", "link", "merge", "undo", "redo")
KINDS = {"actor": "actor", "actors": "actor", "event": "event", "events": "event",
         "claim": "claim", "claims": "claim", "mention": "mention", "alias": "alias"}
FLAGS = ("cascade",)
# The options each command takes (edit's come from fields.FIELDS), so a typo is an error.
OPTIONS = {
    "actor": {"name", "type", "mention", "alias", "id", "note"},
    "event": {"type", "trigger", "participant", "factuality", "id", "note", "occurrence",
              "sentence"},
    "claim": {"text", "kind", "claimant", "cue", "checkworthy", "verdict", "evidence", "about",
              "id", "note", "occurrence", "sentence"},
    "mention": {"occurrence", "sentence"}, "alias": set(), "delete": {"cascade"},
    "link": set(), "merge": set(),
}


@dataclass(frozen=True)
class Command:
    verb: str
    args: tuple[str, ...] = ()
    options: tuple[tuple[str, str], ...] = ()

    def get(self, name: str, default: str | None = None) -> str | None:
        values = self.all(name)
        return values[-1] if values else default

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.options if k == name]

    def flag(self, name: str) -> bool:
        return any(k == name for k, _ in self.options)


def parse(line: str) -> Command:
    """`e putin --alias Putin --type person` -> Command('edit', ('putin',), (...))."""
    try:
        words = shlex.split(line)
    except ValueError:
        raise AnnotateError("unbalanced quote; put text with an apostrophe in double quotes, "
                            'e.g. --text "Russia\'s call"') from None
    if not words:
        raise AnnotateError("empty command; type help for the list")
    verb = ALIASES.get(words[0].lower())
    if verb is None:
        raise AnnotateError(f"unknown command {words[0]!r}; type help for the list")
    args: list[str] = []
    options: list[tuple[str, str]] = []
    rest = words[1:]
    while rest:
        word = rest.pop(0)
        if word.startswith("--") and len(word) > 2:
            name, eq, value = word[2:].partition("=")
            name = name.replace("_", "-")
            if not eq and name not in FLAGS:
                if not rest:
                    raise AnnotateError(f"--{name} needs a value")
                value = rest.pop(0)
            options.append((name, value))
        else:
            args.append(word)
    return Command(verb, tuple(args), tuple(options))


@dataclass(frozen=True)
class Context:
    article: Article
    inventory: Inventory


@dataclass(frozen=True)
class State:
    ann: Annotations
    past: tuple[Annotations, ...] = ()
    future: tuple[Annotations, ...] = ()
    message: str = ""
    last_id: str | None = None
    focus: int | None = field(default=None)  # an offset the screen should show


def apply(ctx: Context, state: State, command: Command | str) -> State:
    """The state after `command`; raises AnnotateError (state unchanged) if it cannot apply."""
    cmd = parse(command) if isinstance(command, str) else command
    if cmd.verb == "undo":
        if not state.past:
            raise AnnotateError("nothing to undo")
        return replace(state, ann=state.past[-1], past=state.past[:-1],
                       future=(state.ann, *state.future), message="undone", last_id=None)
    if cmd.verb == "redo":
        if not state.future:
            raise AnnotateError("nothing to redo")
        return replace(state, ann=state.future[0], past=(*state.past, state.ann),
                       future=state.future[1:], message="redone", last_id=None)
    if cmd.verb not in CHANGES:
        raise AnnotateError(f"{cmd.verb!r} does not change the annotations")
    return record(state, *_change(ctx, state.ann, cmd))


def record(state: State, ann: Annotations, item_id: str | None, message: str) -> State:
    """`ann` as the next state, undoable like any command (re-anchoring, the drift review)."""
    item = ann.get(item_id) if item_id else None
    focus = next((s.start for _, s in item.spans()), None) if item else state.focus
    return State(ann, (*state.past, state.ann), (), message, item_id, focus)


def _known_options(cmd: Command, what: str) -> None:
    for name, _ in cmd.options:
        if name not in OPTIONS[what]:
            allowed = ", ".join(f"--{o}" for o in sorted(OPTIONS[what])) or "none"
            raise AnnotateError(f"{cmd.verb} {what if cmd.verb == 'add' else ''} has no option "
                                f"--{name} (options: {allowed})".replace("  ", " "))


def _need(cmd: Command, name: str) -> str:
    value = cmd.get(name)
    if value is None or not value.strip():
        raise AnnotateError(f"{cmd.verb} {cmd.args[0] if cmd.args else ''} needs --{name}")
    return value


def _where(ctx: Context, cmd: Command, text: str) -> tuple[int, int]:
    occurrence, sentence = cmd.get("occurrence"), cmd.get("sentence")
    try:
        return spans.pick(ctx.article, text, int(occurrence) if occurrence else None,
                          int(sentence) if sentence else None)
    except ValueError:
        raise AnnotateError("--occurrence and --sentence take a number") from None


def _change(ctx: Context, ann: Annotations, cmd: Command) -> tuple[Annotations, str | None, str]:
    art, inv = ctx.article, ctx.inventory
    if cmd.verb == "add":
        kind = KINDS.get(cmd.args[0].lower()) if cmd.args else None
        if kind is None:
            raise AnnotateError("add what? add actor | event | claim | mention | alias")
        _known_options(cmd, kind)
        return _add(ctx, ann, cmd, kind)
    if cmd.verb != "edit":
        _known_options(cmd, cmd.verb)
    if not cmd.args:
        raise AnnotateError(f"{cmd.verb} needs an id")
    target = cmd.args[0]
    if cmd.verb == "edit":
        changes: dict[str, list[str]] = {}
        for name, value in cmd.options:
            if name not in ("occurrence", "sentence"):
                changes.setdefault(name, []).append(value)
        return fields.edit(ann, art, inv, target, changes), \
            changes.get("id", [target])[-1], f"edited {target}"
    if cmd.verb == "delete":
        return edits.remove(ann, target, cmd.flag("cascade")), None, f"deleted {target}"
    if len(cmd.args) < 2:
        raise AnnotateError(f"{cmd.verb} needs two ids: {cmd.verb} A B")
    if cmd.verb == "link":
        return edits.link(ann, target, cmd.args[1]), target, f"{target} is about {cmd.args[1]}"
    keep = edits.actor(ann, target).id
    return edits.merge_actors(ann, keep, cmd.args[1]), keep, f"merged {cmd.args[1]} into {keep}"


def _add(ctx: Context, ann: Annotations, cmd: Command,
         kind: str) -> tuple[Annotations, str | None, str]:
    art, inv = ctx.article, ctx.inventory
    if kind == "actor":
        name = cmd.get("name") or " ".join(cmd.args[1:])
        actor_type = edits.choice(_need(cmd, "type"), inv.actor_types, "actor type")
        mentions = [se for text in (cmd.all("mention") or [name]) for se in spans.every(art, text)]
        ann, new_id = edits.add_actor(ann, art, inv, name, actor_type, mentions,
                                      cmd.all("alias"), cmd.get("id"), cmd.get("note") or "")
    elif kind == "event":
        ann, new_id = edits.add_event(
            ann, art, inv, _need(cmd, "type"), _where(ctx, cmd, _need(cmd, "trigger")),
            cmd.all("participant"), cmd.get("factuality") or "asserted", cmd.get("id"),
            cmd.get("note") or "")
    elif kind == "claim":
        ann, new_id = edits.add_claim(
            ann, art, inv, _where(ctx, cmd, _need(cmd, "text")), _need(cmd, "kind"),
            cmd.get("claimant"), cmd.get("cue"), fields.boolean(cmd.get("checkworthy", "yes")
                                                                or "yes"),
            cmd.get("verdict"), cmd.all("evidence"), cmd.all("about"), cmd.get("note") or "",
            cmd.get("id"))
    else:  # add mention ACTOR TEXT...  /  add alias ACTOR NAME...
        if len(cmd.args) < 3:
            raise AnnotateError(f'add {kind} needs an actor and a text: add {kind} putin "Putin"')
        new_id = edits.actor(ann, cmd.args[1]).id
        if kind == "mention":
            for text in cmd.args[2:]:
                ann = edits.add_mention(ann, art, new_id, *_where(ctx, cmd, text))
        else:
            ann = fields.edit(ann, art, inv, new_id, {"alias": [*edits.actor(ann, new_id).aliases,
                                                               *cmd.args[2:]]})
    return ann, new_id, f"added {kind} {new_id}"
