"""Export formats, by name. The CLI's `--to` choices and `annotate export --list` come
from this registry; each format is one module with one `Exporter` subclass.

A format's module is imported only when that format is used, so `annotate validate`
(which shares the CLI) does not pay for ten exporters at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any

from annotate.registry import LazyRegistry

if TYPE_CHECKING:
    from annotate.exporters.base import Doc, Exporter, Losses, Options, Rendered

# The order is the order of `--list`.
EXPORTERS: Mapping[str, type[Exporter]] = LazyRegistry("annotate.exporters", {
    "json": "canonical_json:CanonicalJson",
    "jsonl": "jsonl:Jsonl",
    "csv": "csv_table:CsvTable",
    "brat": "brat:Brat",
    "w3c": "w3c:W3C",
    "claimreview": "claimreview:ClaimReview",
    "conll": "conll:Conll",
    "label-studio": "label_studio:LabelStudio",
    "doccano": "doccano:Doccano",
    "prodigy": "prodigy:Prodigy",
})


def __getattr__(name: str) -> Any:  # the shared types, from base, on first use
    if name in ("Doc", "Exporter", "Losses", "Options", "Rendered"):
        return getattr(import_module("annotate.exporters.base"), name)
    raise AttributeError(name)


__all__ = ["EXPORTERS", "Doc", "Exporter", "Losses", "Options", "Rendered"]
