"""Tab completion for the `:` command line: commands, ids, types, kinds, verdicts, roles."""

from __future__ import annotations

import os
import shlex

from annotate.tag.tui import core as core_mod
from annotate.tag.tui.core import Core

# Commands that take an id first (and `link`, `merge` a second one).
_TAKES_ID = ("edit", "delete", "show", "link", "merge")


def candidates(core: Core, line: str) -> list[str]:
    """What the last word of `line` may become."""
    try:
        words = shlex.split(line)
    except ValueError:
        words = line.split()
    if line.endswith(" ") or not words:
        words.append("")
    *before, last = words
    ids = [item.id for _, _, item in core.ann.items()]
    if not before:
        options = core_mod.verbs()
    else:
        verb = core_mod.ALIASES.get(before[0].lower(), before[0])
        options = _after(core, verb, before, last, ids)
    return sorted(o for o in dict.fromkeys(options) if o.startswith(last) and o != last) or \
        ([] if last in options else [])


def _after(core: Core, verb: str, before: list[str], last: str, ids: list[str]) -> list[str]:
    previous = before[-1]
    if previous.startswith("--"):
        return _values(core, verb, before, previous[2:])
    if last.startswith("--"):
        kind = before[1] if len(before) > 1 and verb == "add" else None
        item = core.ann.get(before[1]) if verb == "edit" and len(before) > 1 else None
        return [f"--{o}" for o in core_mod.options(verb, kind, item)]
    if verb == "add" and len(before) == 1:
        return core_mod.add_kinds()
    if verb == "add" and len(before) == 2 and before[1] in ("mention", "alias"):
        return [a.id for a in core.ann.actors]
    if verb in _TAKES_ID and (len(before) == 1 or (verb in ("link", "merge")
                                                     and len(before) == 2)):
        return ids + ([f"s{n}" for n in range(1, len(core.sentences) + 1)]
                      if verb == "show" else [])
    if verb == "list" and len(before) == 1:
        return ["actors", "events", "claims"]
    return []


def _values(core: Core, verb: str, before: list[str], option: str) -> list[str]:
    item = core.ann.get(before[1]) if verb == "edit" and len(before) > 1 else None
    kind = before[1] if verb == "add" and len(before) > 1 else ""
    actors = [a.id for a in core.ann.actors]
    if option == "type":
        is_actor = kind == "actor" or isinstance(item, core_mod.Actor)
        return core.actor_types if is_actor else list(core.event_types)
    if option == "kind":
        return core.claim_kinds
    if option == "verdict":
        return [*core.verdicts, "none"]
    if option == "factuality":
        return core.factualities
    if option in ("claimant", "merge"):
        return [*actors, "none"]
    if option == "about":
        return [i.id for _, _, i in core.ann.items()]
    if option == "checkworthy":
        return ["yes", "no"]
    if option == "participant":
        etype = item.type if isinstance(item, core_mod.Event) else _given(before, "--type")
        roles = core.event_types.get(etype or "", ()) or \
            tuple(dict.fromkeys(r for rs in core.event_types.values() for r in rs))
        return [f"{a}:{r}" for a in actors for r in roles]
    return []


def _given(words: list[str], option: str) -> str | None:
    for a, b in zip(words, words[1:], strict=False):
        if a == option:
            return b
    return None


def complete(core: Core, line: str) -> tuple[str, list[str]]:
    """`line` with its last word completed as far as it is certain, and the choices."""
    found = candidates(core, line)
    if not found:
        return line, []
    head = line[: len(line) - len(_last_word(line))]
    common = os.path.commonprefix(found)
    word = found[0] + " " if len(found) == 1 else common
    if " " in word.strip():
        word = shlex.quote(word.strip()) + (" " if len(found) == 1 else "")
    return head + word, found


def _last_word(line: str) -> str:
    return "" if line.endswith(" ") else line.split(" ")[-1]
