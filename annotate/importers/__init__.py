"""Import formats, by name: each reads its files into a `build.Draft` for one article.

A format's module is imported only when it is used (the CLI builds its help from the
names alone).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from annotate.registry import LazyRegistry

if TYPE_CHECKING:
    from annotate.config import Inventory
    from annotate.importers.build import Draft

Reader = Callable[[Path, str, "Inventory"], "Draft"]

IMPORTERS: Mapping[str, Reader] = LazyRegistry("annotate.importers", {
    "brat": "brat:read", "label-studio": "label_studio:read", "doccano": "doccano:read"})
