"""Import formats, by name: each reads its files into a `build.Draft` for one article.

A format's module is imported only when it is used (the CLI builds its help from the
names alone).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotate.config import Inventory
    from annotate.importers.build import Draft

Reader = Callable[[Path, str, "Inventory"], "Draft"]

_FORMATS = {"brat": "brat", "label-studio": "label_studio", "doccano": "doccano"}


class _Registry(Mapping[str, Reader]):
    def __getitem__(self, name: str) -> Reader:
        reader: Reader = import_module(f"annotate.importers.{_FORMATS[name]}").read
        return reader

    def __iter__(self) -> Iterator[str]:
        return iter(_FORMATS)

    def __len__(self) -> int:
        return len(_FORMATS)


IMPORTERS: Mapping[str, Reader] = _Registry()
