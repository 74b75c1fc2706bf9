"""Where a person left off in `annotate tag`: the pass, and the suggestions accepted.

Kept in `$ANNOTATE_HOME/sessions/` (default `${XDG_DATA_HOME:-~/.local/share}/annotate`),
not beside the article, so a repository of articles never collects per-person state
files. Rejected suggestions are not kept here: they go into the sidecar's `rejected`
list, so every annotator of the file (and every recommender) sees them.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from annotate import store, yamlio


def _position_file(sidecar: Path) -> Path:
    key = hashlib.sha256(str(sidecar.resolve()).encode()).hexdigest()[:16]
    return store.home() / "sessions" / f"{key}.json"


def load(sidecar: Path) -> dict[str, Any]:
    """What the last session on this sidecar had done: {"pass": ..., "decided": [...]}."""
    try:
        data = json.loads(_position_file(sidecar).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(sidecar: Path, position: dict[str, Any]) -> None:
    path = _position_file(sidecar)
    path.parent.mkdir(parents=True, exist_ok=True)
    yamlio.atomic_write(path, json.dumps({"sidecar": str(sidecar.resolve()), **position},
                                         indent=1, sort_keys=True))
