"""Where a person left off in `annotate tag`: the pass, the suggestions accepted, and the
metadata fields already asked about (so a reopened session does not ask again).

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
from annotate.errors import AnnotateError
from annotate.textfile import MB, read_utf8


def _position_file(sidecar: Path) -> Path:
    key = hashlib.sha256(str(sidecar.resolve()).encode()).hexdigest()[:16]
    return store.home() / "sessions" / f"{key}.json"


def load(sidecar: Path) -> dict[str, Any]:
    """What the last session on this sidecar had done: {"pass": ..., "decided": [...],
    "asked": [...]}, or {} when there is none. A damaged file raises AnnotateError naming
    it (the caller warns and starts over: the position is a convenience, never worth
    stopping for)."""
    path = _position_file(sidecar)
    if not path.exists():
        return {}
    text = read_utf8(path, "resume file", limit=16 * MB)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise AnnotateError("it is not JSON", path) from None
    if not isinstance(data, dict) or not isinstance(data.get("pass", ""), str) \
            or not all(_strings(data.get(name, [])) for name in ("decided", "asked")):
        raise AnnotateError('it is not {"pass": NAME, "decided": [KEYS], "asked": [FIELDS]}',
                            path)
    return data


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def save(sidecar: Path, position: dict[str, Any]) -> None:
    """Record where the walkthrough is; raises a WriteError naming the file on failure."""
    path = _position_file(sidecar)
    position = {k: v for k, v in position.items() if k != "sidecar"}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise yamlio.WriteError(f"could not be written: {exc.strerror}", path) from None
    yamlio.atomic_write(path, json.dumps({"sidecar": str(sidecar.resolve()), **position},
                                         indent=1, sort_keys=True))


def update(sidecar: Path, **changes: Any) -> None:
    """Set some keys of the position and keep the others (another front end's); a damaged
    file is started afresh. Raises a WriteError like `save`."""
    try:
        position = load(sidecar)
    except AnnotateError:
        position = {}
    save(sidecar, {**position, **changes})
