"""Validation reporters, by name. The CLI's `--format` choices come from this registry.

Each reporter module is imported only when it is used: `annotate validate` on one file
should not pay for rich or xml when it prints JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TextIO

from annotate.registry import LazyRegistry

if TYPE_CHECKING:
    from annotate.validate import Report

Reporter = Callable[["Report", TextIO], None]


def ascii_only(out: TextIO) -> bool:
    """True when `out` cannot take every character (PYTHONIOENCODING=ascii, a latin-1
    terminal): the machine formats then escape what is not ASCII (JSON `\\u00e9`, XML
    `&#233;`), which loses nothing, instead of letting the stream replace it."""
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
    return encoding not in ("utf-8", "utf8")


REPORTERS: Mapping[str, Reporter] = LazyRegistry("annotate.reporters", {
    "text": "text:render",
    "json": "json_report:render",
    "github": "github:render",
    "sarif": "sarif:render",
    "junit": "junit:render",
})
