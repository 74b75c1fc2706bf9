"""Tab completion for the `:` command line: commands, ids, types, kinds, verdicts, roles
(the same completions as the prompt dialogue's, from `annotate.tag.complete`)."""

from __future__ import annotations

import os
import shlex

from annotate.tag.tui.core import Core


def candidates(core: Core, line: str) -> list[str]:
    """What the last word of `line` may become (the dialogue's Tab completion)."""
    last = _last_word(line)
    return [c for c in core.complete(line) if c != last]


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
