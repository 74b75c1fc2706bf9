"""Import formats, by name: each reads its files into a `build.Draft` for one article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from annotate.config import Inventory
from annotate.importers import brat, doccano, label_studio
from annotate.importers.build import Draft, build

Reader = Callable[[Path, str, Inventory], Draft]

IMPORTERS: dict[str, Reader] = {
    "brat": brat.read,
    "label-studio": label_studio.read,
    "doccano": doccano.read,
}

__all__ = ["IMPORTERS", "Draft", "build"]
