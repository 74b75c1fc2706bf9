"""Two versions of a text, the words that differ marked: `worth [$91] billion`.

Shown wherever a verdict's words changed (the review in `annotate tag`, `validate`), so
a person sees at once what a re-anchoring changed under a verdict.
"""

from __future__ import annotations

import difflib


def marked(old: str, new: str, context: int | None = None) -> tuple[str, str]:
    """`old` and `new` with the differing words in brackets; with `context`, only that
    many words either side of each difference are kept (`…` for the rest)."""
    a, b = old.split(), new.split()
    was: list[str] = []
    now: list[str] = []
    opcodes = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    for n, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op != "equal":
            if i2 > i1:
                was.append("[" + " ".join(a[i1:i2]) + "]")
            if j2 > j1:
                now.append("[" + " ".join(b[j1:j2]) + "]")
            continue
        same = a[i1:i2]
        if context is not None and len(same) > 2 * context:
            head = same[:context] if n > 0 else []
            tail = same[-context:] if n < len(opcodes) - 1 else []
            same = [*head, "…", *tail]
        was += same
        now += same
    return " ".join(was), " ".join(now)
