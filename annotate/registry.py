"""A name -> object registry whose modules are imported on first use.

The CLI builds its help and choices from the names alone, so one command never pays
for importing every exporter, importer or reporter.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import Any


class LazyRegistry(Mapping[str, Any]):
    def __init__(self, package: str, entries: dict[str, str]) -> None:
        """`entries` maps a name to "module:attribute" inside `package`."""
        self._package = package
        self._entries = entries

    def __getitem__(self, name: str) -> Any:
        module, attribute = self._entries[name].split(":")
        return getattr(import_module(f"{self._package}.{module}"), attribute)

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)
