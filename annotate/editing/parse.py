"""The free command line of `annotate tag`, parsed into the edit vocabulary.

`add actor --name "Vladimir Putin" --type person --mention Putin` becomes
`AddActor(name=..., type="person", mentions=((364, 378), ...))`: text naming a span is
picked here, so every command carries offsets. The value converters (`where`,
`mentions`, `cue`, `participant`, `value`) are shared with `annotate add/edit/rm`, and
option names and value kinds come from the field table (`editing.fields`).
"""

from __future__ import annotations

import difflib
import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass

from annotate.article import Article
from annotate.config import Inventory
from annotate.editing import edits, fields, picking
from annotate.editing import vocabulary as v
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
    "reanchor": "reanchor", "review": "review", "pass": "pass",
}
VERBS = sorted(set(ALIASES.values()))
KINDS = {"actor": "actor", "actors": "actor", "event": "event", "events": "event",
         "claim": "claim", "claims": "claim", "mention": "mention", "alias": "alias"}
SECTION = {"actor": fields.ACTORS, "event": fields.EVENTS, "claim": fields.CLAIMS}
FLAGS = ("cascade", "help")  # options without a value (`edit putin --help`)
YES, NO = ("yes", "y", "true", "1"), ("no", "n", "false", "0")
Options = Sequence[tuple[str, str]]


def unknown(word: str) -> str:
    """"unknown command 'lsit' (did you mean list?)": the guess only for a likely typo, at
    the cutoff the CLI's options use (annotate.commands.near)."""
    close = difflib.get_close_matches(word.lower(), VERBS, n=1, cutoff=0.75)
    return f"unknown command {word!r}" + (f" (did you mean {close[0]}?)" if close else "")


@dataclass(frozen=True)
class Action:
    """A command line that changes nothing itself: list, show, pass, review, ... and
    `add actor|event|claim` without options (the guided form)."""

    verb: str
    args: tuple[str, ...] = ()


def split(line: str) -> tuple[str, list[str], list[tuple[str, str]]]:
    """`e putin --alias Putin --type=person` -> ("edit", ["putin"], [("alias", ...), ...])."""
    try:
        words = shlex.split(line)
    except ValueError:
        raise AnnotateError("unbalanced quote; put text with an apostrophe in double quotes, "
                            'e.g. --text "Russia\'s call"') from None
    if not words:
        raise AnnotateError("empty command; type help for the list")
    verb = ALIASES.get(words[0].lower())
    if verb is None:
        raise AnnotateError(f"{unknown(words[0])}; type help for the list")
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
    return verb, args, options


def parse(line: str, art: Article, ann: Annotations,
          inv: Inventory | None = None) -> v.Change | Action:
    """One line of the command loop as a change to apply, or an Action for the front end.
    With the inventory, an actor's type is checked before its mentions are looked for."""
    verb, args, options = split(line)
    if any(name == "help" for name, _ in options):  # what the command takes, not a change
        return Action("help", (verb,))
    if verb == "undo":
        return v.Undo()
    if verb == "redo":
        return v.Redo()
    if verb == "add":
        kind = KINDS.get(args[0].lower()) if args else None
        if kind is None:
            raise AnnotateError("add what? add actor | event | claim | mention | alias")
        if kind in SECTION and not options and len(args) == 1:
            return Action("add", (kind,))
        return add(art, ann, kind, args[1:], options, inv)
    if verb not in ("edit", "delete", "link", "merge"):
        return Action(verb, tuple(args))
    if not args:
        raise AnnotateError(f"{verb} needs an id")
    if verb == "edit":
        return edit(art, ann, args[0], options)
    _known(verb, options, {"delete": {"cascade"}}.get(verb, set()))
    if verb == "delete":
        if len(args) > 1:
            return v.DeleteMention(args[0], mentions_of(art, ann, args[0], args[1:]))
        return v.Delete(args[0], any(k == "cascade" for k, _ in options))
    if len(args) < 2:
        raise AnnotateError(f"{verb} needs two ids: {verb} A B")
    return v.Link(args[0], args[1]) if verb == "link" else v.Merge(args[0], args[1])


def _known(what: str, options: Options, allowed: set[str] | list[str]) -> None:
    for name, _ in options:
        if name not in allowed:
            listed = ", ".join(f"--{o}" for o in sorted(allowed)) or "none"
            raise AnnotateError(f"{what} has no option --{name} (options: {listed})")


def _all(options: Options, name: str) -> list[str]:
    return [value for key, value in options if key == name]


def _one(options: Options, name: str) -> str | None:
    values = _all(options, name)
    return values[-1] if values else None


def _need(options: Options, what: str, name: str) -> str:
    value = _one(options, name)
    if value is None or not value.strip():
        raise AnnotateError(f"{what} needs --{name}")
    return value


def _number(options: Options, name: str) -> int | None:
    value = _one(options, name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        raise AnnotateError("--occurrence and --sentence take a number") from None


# -- value converters, shared with `annotate add/edit` ---------------------------------

def where(art: Article, text: str, occurrence: int | None = None,
          sentence: int | None = None) -> v.Where:
    """The one span `text` names (`s12`, `s12 text`, or text occurring once)."""
    return picking.pick(art, text, occurrence, sentence)


def mentions(art: Article, texts: Sequence[str]) -> tuple[v.Where, ...]:
    """Every occurrence of each text (`s12 text`: only the one in sentence 12)."""
    return tuple(se for text in texts for se in picking.every(art, text))


def cue(art: Article, near: v.Where, text: str) -> v.Where:
    """The cue word (`said`, `according to`) in the claim's sentence(s), else anywhere."""
    if picking.is_explicit(text):
        return picking.pick(art, text)
    found = picking.find(art.text, text, *art.sentences_of(*near))
    return found[0] if len(found) == 1 else picking.pick(art, text)


def participant(text: str) -> tuple[str, str]:
    if ":" not in text:
        raise AnnotateError(f"participant {text!r} must be ACTOR:ROLE, e.g. putin:speaker")
    ref, role = (x.strip() for x in text.rsplit(":", 1))
    return ref, role


# One ACTOR:ROLE of a list: the actor may be a name of several words ("Anselm Gravik").
_PARTICIPANT = re.compile(r"([^,:]+?)\s*:\s*([^\s,:]+)")


def participants(text: str) -> tuple[tuple[str, str], ...]:
    """ACTOR:ROLE pairs separated by commas or spaces. Split at every space, "Anselm
    Gravik:critic" was refused as "participant 'Anselm' must be ACTOR:ROLE" though an
    actor may be named by its name."""
    found, at = [], 0
    for m in [*_PARTICIPANT.finditer(text), None]:
        left = text[at:m.start() if m else len(text)].replace(",", " ").split()
        if left:
            raise AnnotateError(f"participant {left[0]!r} must be ACTOR:ROLE, e.g. "
                                "putin:speaker")
        if m:
            found.append((m[1].strip(), m[2]))
            at = m.end()
    return tuple(found)


def flag(text: str) -> bool:
    low = text.strip().lower()
    if low in YES or low in NO:
        return low in YES
    raise AnnotateError(f"{text!r} is not yes or no")


def mentions_of(art: Article, ann: Annotations, ref: str,
                texts: Sequence[str]) -> tuple[v.Where, ...]:
    """The mentions of actor `ref` that `texts` name: `s12 Putin` the one in sentence
    12, `Putin` every mention reading so (case, quotes and dashes ignored)."""
    who = edits.actor(ann, ref)
    out: list[v.Where] = []
    for text in texts:
        if picking.is_explicit(text):
            out.append(picking.pick(art, text))
            continue
        words = picking.fold(text).split()
        found = [(m.start, m.end) for m in who.mentions if picking.fold(m.text).split() == words]
        if not found:
            have = ", ".join(sorted({repr(m.text) for m in who.mentions})) or "none"
            raise AnnotateError(f"actor {who.id!r} has no mention {text!r} (its mentions: "
                                f"{have})")
        out += found
    return tuple(out)


def value(art: Article, ann: Annotations, item_id: str, name: str, raw: Sequence[str],
          occurrence: int | None = None, sentence: int | None = None,
          near: v.Where | None = None) -> v.Value:
    """The typed value of field `name` from its strings as typed (every value of a list
    field, the last of any other). `near` is the claim's span, for a cue."""
    field = fields.get(name)
    assert field is not None
    one = raw[-1]
    cleared = one.strip().lower() in fields.NONE
    kind = field.value
    if kind == fields.SPANS:
        return mentions(art, raw)
    if (kind == fields.PARTICIPANT or field.many) and any(not x.strip() for x in raw):
        # (an unset shell variable, "--participant $P", would clear the list)
        raise AnnotateError(f"--{name} was given an empty value; to clear the list, give "
                            f"--{name} none")
    if kind == fields.PARTICIPANT:
        return tuple(participant(p) for p in raw if p.strip().lower() not in fields.NONE)
    if field.many:
        return tuple(x for x in raw if x.strip().lower() not in fields.NONE)
    if kind == fields.FLAG:
        return flag(one)
    if kind == fields.CONFIRM:
        if not cleared:
            raise AnnotateError(f"--{name} takes only none: the verdict holds for the "
                                "claim's text as it reads now")
        return None
    if kind == fields.SPAN:
        if name == "cue":
            if cleared:
                return None
            return cue(art, near or _span_of(ann, item_id), one)
        return where(art, one, occurrence, sentence)
    if kind in (fields.ACTOR, fields.DATE, fields.URL) or name == "verdict":
        return None if cleared else one.strip()
    return one


def _span_of(ann: Annotations, item_id: str) -> v.Where:
    _, item = edits.find(ann, item_id)
    span = next(s for _, s in item.spans())
    return span.start, span.end


def edit(art: Article, ann: Annotations, item_id: str,
         options: Options) -> v.Edit | v.EditDocument:
    """`edit ID --FIELD VALUE ...`: fields in the order first given, lists gathered."""
    if item_id == fields.DOCUMENT:
        given: dict[str, list[str]] = {}
        for name, typed in options:
            given.setdefault(name, []).append(typed)
        return v.EditDocument(tuple((name, tuple(values)) for name, values in given.items()))
    section, _ = edits.find(ann, item_id)
    allowed = fields.names(section)
    occurrence, sentence = _number(options, "occurrence"), _number(options, "sentence")
    gathered: dict[str, list[str]] = {}
    for name, typed in options:
        if name in fields.PICKING:
            continue
        if name not in allowed:
            raise AnnotateError(f"{section[:-1]}s have no field {name!r}; fields: "
                                + ", ".join(allowed))
        gathered.setdefault(name, []).append(typed)
    if not gathered:
        raise AnnotateError(f"nothing to change; give one of --{', --'.join(allowed)}")
    changes: list[tuple[str, v.Value]] = []
    near = None
    if "text" in gathered:  # a cue given with a new text is looked for beside the new text
        near = where(art, gathered["text"][-1], occurrence, sentence)
    for name, raw in gathered.items():
        changes.append((name, value(art, ann, item_id, name, raw, occurrence, sentence, near)))
    return v.Edit(item_id, tuple(changes))


def actor_type(inv: Inventory | None, value: str) -> str:
    """An actor type, checked first when the inventory is known: a wrong type is the
    error to report, not a name that does not occur."""
    return edits.choice(value, inv.actor_types, "actor type") if inv is not None else value


def add(art: Article, ann: Annotations, kind: str, args: Sequence[str],
        options: Options, inv: Inventory | None = None) -> v.Change:
    """`add actor|event|claim|mention|alias ...` (args after the kind)."""
    what = f"add {kind}"
    if kind in SECTION:
        _known(what, options, [*fields.names(SECTION[kind], adding=True),
                               *([] if kind == "actor" else fields.PICKING)])
    else:
        _known(what, options, list(fields.PICKING) if kind == "mention" else [])
    occurrence, sentence = _number(options, "occurrence"), _number(options, "sentence")
    note = _one(options, "note") or ""
    if kind == "actor":
        name = _one(options, "name") or " ".join(args)
        # (no name is said as such, as `annotate add actor` says it, not as "'' does not
        # occur in the article")
        return v.AddActor(name=name, type=actor_type(inv, _need(options, what, "type")),
                          mentions=mentions(art, _all(options, "mention")
                                            or ([name] if name.strip() else [])),
                          aliases=tuple(_all(options, "alias")), id=_one(options, "id"),
                          note=note)
    if kind == "event":
        return v.AddEvent(type=_need(options, what, "type"),
                          trigger=where(art, _need(options, what, "trigger"), occurrence,
                                        sentence),
                          participants=tuple(participant(p)
                                             for p in _all(options, "participant")),
                          factuality=_one(options, "factuality") or "asserted",
                          id=_one(options, "id"), note=note)
    if kind == "claim":
        span = where(art, _need(options, what, "text"), occurrence, sentence)
        said = _one(options, "cue")
        verdict = _one(options, "verdict")
        return v.AddClaim(span=span, kind=_need(options, what, "kind"),
                          claimant=_one(options, "claimant"),
                          cue=cue(art, span, said) if said and said.strip() else None,
                          checkworthy=flag(_one(options, "checkworthy") or "yes"),
                          verdict=None if verdict in (None, *fields.NONE) else verdict,
                          evidence=tuple(_all(options, "evidence")),
                          about=tuple(_all(options, "about")), id=_one(options, "id"),
                          note=note)
    if len(args) < 2:
        raise AnnotateError(f'add {kind} needs an actor and a text: add {kind} putin "Putin"')
    edits.actor(ann, args[0])  # (who first: "no actor 'ghost'", not where the words are)
    if kind == "mention":
        return v.AddMention(args[0], tuple(where(art, t, occurrence, sentence)
                                           for t in args[1:]))
    return v.AddAlias(args[0], tuple(args[1:]))
