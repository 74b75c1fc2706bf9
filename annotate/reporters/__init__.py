"""Validation reporters, by name. The CLI's `--format` choices come from this registry.

Each reporter module is imported only when it is used: `annotate validate` on one file
should not pay for rich or xml when it prints JSON.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from annotate.validate import Report

Reporter = Callable[["Report", TextIO], None]


def _lazy(module: str) -> Reporter:
    def render(report: Report, out: TextIO) -> None:
        import_module(f"annotate.reporters.{module}").render(report, out)

    render.__name__ = f"{module}.render"
    return render


REPORTERS: dict[str, Reporter] = {
    "text": _lazy("text"),
    "json": _lazy("json_report"),
    "github": _lazy("github"),
    "sarif": _lazy("sarif"),
    "junit": _lazy("junit"),
}
