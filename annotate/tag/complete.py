"""Tab completion for the prompt dialogue: commands, ids, fields, types and roles.

Pure functions of what is typed so far, so they are tested without a terminal; the
dialogue hands them to readline where it is available.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotate.config import FACTUALITY
from annotate.editing import fields, parse
from annotate.model import Annotations
from annotate.tag.questions import KEY, YESNO, Question
from annotate.tag.session import Context

SECTIONS = ("actors", "events", "claims")


def command(ctx: Context, ann: Annotations, before: str) -> list[str]:
    """Completions of the word being typed at the end of `before` (a command line)."""
    words = before.split(" ")
    current = words[-1]
    if len(words) == 1:  # (the commands, not their short forms: `d del delete` hid them)
        return _starting(current, parse.VERBS)
    verb = parse.ALIASES.get(words[0].lower(), "")
    ids = [item.id for _, _, item in ann.items()]
    if verb in ("pass", "list") and len(words) == 2:
        return _starting(current, SECTIONS)
    if verb == "add" and len(words) == 2:
        return _starting(current, ["actor", "event", "claim", "mention", "alias"])
    section = _section(ann, verb, words)
    previous = words[-2]
    if previous.startswith("--"):
        return _starting(current, values(ctx, ann, previous[2:], section, words))
    if current.startswith("-"):
        names = fields.names(section, adding=verb == "add") if section else []
        extra = list(fields.PICKING) if verb in ("add", "edit") and section != "actors" else []
        flags = ["cascade"] if verb == "delete" else []
        return _starting(current, [f"--{n}" for n in [*names, *extra, *flags]])
    if verb == "add" and words[1] in ("mention", "alias") and len(words) == 3:
        return _starting(current, [a.id for a in ann.actors])
    if verb == "show":
        ids += [f"s{n}" for n in range(1, len(ctx.article.sentences) + 1)]
    return _starting(current, [*ids, fields.DOCUMENT] if verb == "edit" else ids)


def values(ctx: Context, ann: Annotations, name: str, section: str | None,
           words: list[str]) -> list[str]:
    """What may follow `--name`."""
    inv = ctx.inventory
    field = fields.get(name)
    if field is None:
        return []
    if name == "type":
        return list(inv.event_types if section == "events" else inv.actor_types)
    if field.choices == "claim_kinds":
        return list(inv.claim_kinds)
    if field.choices == "verdicts":
        return ["none", *(v.id for v in inv.verdicts)]
    if field.choices == "factuality":
        return list(FACTUALITY)
    if field.value == fields.ACTOR:
        return ["none", *(a.id for a in ann.actors)]
    if field.value == fields.REF:
        return [item.id for _, _, item in ann.items()]
    if field.value == fields.PARTICIPANT:
        kind = _option(words, "type")
        roles = inv.event_types[kind].roles if kind in inv.event_types else \
            sorted({r for t in inv.event_types.values() for r in t.roles})
        return [f"{a.id}:{r}" for a in ann.actors for r in roles]
    if field.value == fields.FLAG:
        return ["yes", "no"]
    if field.value == fields.CONFIRM:
        return ["none"]
    return []


def question(q: Question, before: str) -> list[str]:
    """Completions at a question: its keys, or its choices."""
    if q.kind == KEY:
        return _starting(before, [k.key for k in q.keys])
    if q.kind == YESNO:
        return _starting(before, ["y", "n"])
    return _starting(before.split(" ")[-1], list(q.choices))


def _section(ann: Annotations, verb: str, words: list[str]) -> str | None:
    if verb == "add":
        return parse.SECTION.get(parse.KINDS.get(words[1].lower(), ""))
    if verb == "edit" and len(words) > 2 and words[1] == fields.DOCUMENT:
        return fields.DOCUMENT
    if verb in ("edit", "delete") and len(words) > 2:
        item = ann.get(words[1])
        if item is not None:
            return next(s for s, _, i in ann.items() if i is item)
    return None


def _option(words: list[str], name: str) -> str | None:
    for i, word in enumerate(words[:-1]):
        if word == f"--{name}":
            return words[i + 1]
    return None


def _starting(prefix: str, names: Iterable[str]) -> list[str]:
    return sorted({n for n in names if n.startswith(prefix)})
