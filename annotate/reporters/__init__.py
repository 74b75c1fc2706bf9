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


REPORTERS: Mapping[str, Reporter] = LazyRegistry("annotate.reporters", {
    "text": "text:render",
    "json": "json_report:render",
    "github": "github:render",
    "sarif": "sarif:render",
    "junit": "junit:render",
})
