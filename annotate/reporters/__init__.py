"""Validation reporters, by name. The CLI's `--format` choices come from this registry."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from annotate.reporters import json_report, text
from annotate.validate import Report

Reporter = Callable[[Report, TextIO], None]

REPORTERS: dict[str, Reporter] = {
    "text": text.render,
    "json": json_report.render,
}
