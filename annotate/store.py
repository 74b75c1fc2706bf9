"""The one door for writing a sidecar: under its lock, atomically, never over a change
made by someone else since it was read.

`annotate tag`, `annotate add/edit/rm`, `annotate reanchor` and `annotate import` all
write through a `Saver` taken with `locked()`. The sidecar is written with
`yamlio.atomic_write` after every change. Dumping 3,000 annotations through PyYAML on
each keystroke would be slow, so each item's YAML is cached by identity: `edits` never
mutates an item in place (it copies the one it changes), so an unchanged object always
dumps to the same text. The output is byte-for-byte `sidecar.dumps(ann)`; a test holds
that.
"""

from __future__ import annotations

import os
from pathlib import Path

from annotate import lock as lock_mod
from annotate import textfile, yamlio
from annotate.errors import AnnotateError, UsageError
from annotate.model import SECTIONS, Annotations, Item


def home() -> Path:
    """Where annotate keeps state of its own (`$ANNOTATE_HOME`, default
    `${XDG_DATA_HOME:-~/.local/share}/annotate`)."""
    if os.environ.get("ANNOTATE_HOME"):
        return Path(os.environ["ANNOTATE_HOME"])
    data = os.environ.get("XDG_DATA_HOME", "")
    if not os.path.isabs(data):  # (a relative one is ignored, as the XDG spec says)
        data = str(Path.home() / ".local" / "share")
    return Path(data) / "annotate"


class Saver:
    """Writes one sidecar. Made before the file is read, so a change between reading and
    writing is noticed; `lock` is the lock it holds (None only in tests of the cache)."""

    def __init__(self, path: Path, lock: lock_mod.Lock | None = None) -> None:
        self.path = path
        self.lock = lock
        self._cache: dict[int, tuple[Item, str]] = {}
        self._seen = _stamp(path)  # the file as it is now: a later hand edit is not ours
        self._first = self._seen  # (as it was before this process wrote it)
        self._comments: tuple[str, int | None] | None = None  # read once, on first need
        SAVERS.append(self)

    def __enter__(self) -> Saver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

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
        if "disagreements" in head:
            parts.append(yamlio.dump({"disagreements": head["disagreements"]}))
        if "rejected" in head:
            parts.append(yamlio.dump({"rejected": head["rejected"]}))
        return "".join(parts)

    def comments(self) -> tuple[str, int | None]:
        """The file's comment lines at its top (kept by every save) and the line of the
        first comment below them (dropped), as the file was before this saver wrote it."""
        if self._comments is None:
            self._comments = comments(self.path)
        return self._comments

    def save(self, ann: Annotations) -> None:
        """Write atomically, unless someone else changed the file since we last read or
        wrote it (an editor, a `git checkout`): their work is never overwritten."""
        if _stamp(self.path) != self._seen:
            raise AnnotateError("the sidecar was changed by another program since it was "
                                "read; this change is not saved: reopen it and try again",
                                self.path)
        try:
            text = self.comments()[0] + self.dumps(ann)
        except UnicodeEncodeError:  # a lone surrogate: argv or input bytes that were not UTF-8
            raise yamlio.WriteError("this change is not saved: it holds text that is not valid "
                                    "UTF-8 (an argument or input in another encoding?)",
                                    self.path) from None
        try:
            yamlio.atomic_write(self.path, text)
        except yamlio.WriteError as exc:  # a full disk: the session goes on, the file is intact
            raise yamlio.WriteError(f"this change is not saved: the sidecar {exc.message}",
                                    self.path) from None
        self._seen = _stamp(self.path)


def comments(path: Path) -> tuple[str, int | None]:
    """A sidecar's comment lines at its top, which every save keeps, and the line of the
    first comment below them, which a save drops (the file is written from the model)."""
    try:
        lines = path.read_text("utf-8").splitlines(keepends=True)
    except (OSError, UnicodeDecodeError):  # not there yet (or `load` says what is wrong)
        return "", None
    top = 0
    while top < len(lines) and (not lines[top].strip() or lines[top].lstrip().startswith("#")):
        top += 1
    header = "".join(lines[:top]) if top and lines[top - 1].endswith("\n") else ""
    below = next((n + 1 for n in range(top, len(lines)) if lines[n].lstrip().startswith("#")),
                 None)
    return (header if "#" in header else ""), below


SAVERS: list[Saver] = []  # the sidecars this process set out to write


def interrupted_note() -> str:
    """What an interrupted command left, for each sidecar it set out to write: its change
    saved whole, or nothing of it (never half: the write is atomic)."""
    return "; ".join(f"{saver.path}: " + ("the change is saved" if _stamp(saver.path) !=
                                          saver._first else "nothing was saved")
                     for saver in SAVERS)


def locked(path: Path, brief: bool) -> Saver:
    """Take the sidecar's lock (LockedError names the holder) and return its saver;
    `close()` it (or use it in a `with`) to let go of the lock. `brief`: for one change,
    not a session (see `lock.acquire`). A sidecar made read-only (chmod 444) is refused
    first: that is its owner saying "do not change"."""
    if os.path.islink(path) and not os.path.exists(path):  # (its lock's folder is not there)
        raise textfile.dangling(path)
    if os.path.isdir(path):  # (its lock would go beside it: for `/`, nowhere at all)
        raise UsageError("is a directory, not a sidecar", path)
    if os.path.exists(path) and not os.path.isfile(path):
        # A FIFO or a device (`import --force` and `merge --force` replace a sidecar that
        # does not load): the save reads its comment lines, which hung or ate the memory.
        textfile.open_bytes(path, "sidecar").close()  # (its one sentence)
    yamlio.check_writable(path)
    taken = lock_mod.acquire(path, brief)
    try:
        yamlio.remove_stale_temps(path)
        return Saver(path, taken)
    except BaseException:
        taken.release()
        raise


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino
