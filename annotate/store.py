"""Saving a session: fast autosave of the sidecar, and where the person left off.

The sidecar is written with `yamlio.atomic_write` after every change. Dumping 3,000
annotations through PyYAML on each keystroke would be slow, so each item's YAML is
cached by identity: `edits` never mutates an item in place (it copies the one it
changes), so an unchanged object always dumps to the same text. The output is
byte-for-byte `sidecar.dumps(ann)`; a test holds that.

The resume position lives in `$ANNOTATE_HOME/sessions/` (default
`${XDG_DATA_HOME:-~/.local/share}/annotate`), not beside the article, so a repository
of articles never collects per-person state files.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from annotate import yamlio
from annotate.errors import AnnotateError
from annotate.model import SECTIONS, Annotations, Item
from annotate.textfile import MB, read_utf8


def home() -> Path:
    if os.environ.get("ANNOTATE_HOME"):
        return Path(os.environ["ANNOTATE_HOME"])
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data) / "annotate"


class Saver:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._cache: dict[int, tuple[Item, str]] = {}
        self._seen = _stamp(path)  # the file as loaded: a hand edit since then is not ours

    def dumps(self, ann: Annotations) -> str:
        head = ann.to_dict()
        parts = [yamlio.dump({k: head[k] for k in ("schema_version", "document", "annotators")})]
        cache: dict[int, tuple[Item, str]] = {}
        for section in SECTIONS:
            items = getattr(ann, section)
            parts.append(f"{section}:\n" if items else f"{section}: []\n")
            for item in items:
                hit = self._cache.get(id(item))
                text = hit[1] if hit is not None and hit[0] is item else \
                    yamlio.dump([item.to_dict()])
                cache[id(item)] = (item, text)  # holding the item keeps its id() unique
                parts.append(text)
        self._cache = cache
        if "rejected" in head:
            parts.append(yamlio.dump({"rejected": head["rejected"]}))
        return "".join(parts)

    def save(self, ann: Annotations) -> None:
        """Write atomically, unless someone else changed the file since we last read or
        wrote it (an editor, a `git checkout`): their work is never overwritten."""
        if _stamp(self.path) != self._seen:
            raise AnnotateError("the sidecar was changed by another program while this session "
                                "had it open; this change is not saved: quit and reopen",
                                self.path)
        try:
            yamlio.atomic_write(self.path, self.dumps(ann))
        except yamlio.WriteError as exc:  # a full disk: the session goes on, the file is intact
            raise yamlio.WriteError(f"this change is not saved: the sidecar {exc.message}",
                                    self.path) from None
        self._seen = _stamp(self.path)


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


def _position_file(sidecar: Path) -> Path:
    key = hashlib.sha256(str(sidecar.resolve()).encode()).hexdigest()[:16]
    return home() / "sessions" / f"{key}.json"


def load_position(sidecar: Path) -> dict[str, Any]:
    """What the last session on this sidecar had done: {"pass": ..., "decided": [...]}, or
    {} when there is none. A damaged file raises AnnotateError naming it (the caller
    warns and starts over: the position is a convenience, never worth stopping for)."""
    path = _position_file(sidecar)
    if not path.exists():
        return {}
    text = read_utf8(path, "resume file", limit=16 * MB)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise AnnotateError("it is not JSON", path) from None
    if not isinstance(data, dict) or not isinstance(data.get("pass", ""), str) \
            or not isinstance(data.get("decided", []), list) \
            or not all(isinstance(key, str) for key in data.get("decided", [])):
        raise AnnotateError('it is not {"pass": NAME, "decided": [KEYS]}', path)
    return data


def save_position(sidecar: Path, position: dict[str, Any]) -> None:
    """Record where the walkthrough is; raises a WriteError naming the file on failure."""
    path = _position_file(sidecar)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise yamlio.WriteError(f"could not be written: {exc.strerror}", path) from None
    yamlio.atomic_write(path, json.dumps({"sidecar": str(sidecar.resolve()), **position},
                                         indent=1, sort_keys=True))
