"""One writer per sidecar: a lock file beside it, created with O_EXCL.

The file holds who took it (user, host, pid, time). A lock whose process is gone on
this host is stale and is taken over; a lock from another host is never guessed at.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotate.errors import LockedError


def path_for(sidecar: Path) -> Path:
    return sidecar.with_name(f".{sidecar.name}.lock")


def _me() -> dict[str, Any]:
    try:
        user = getpass.getuser()
    except Exception:  # no passwd entry in some containers
        user = str(os.getuid())
    return {"user": user, "host": socket.gethostname(), "pid": os.getpid(),
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")}


def holder(lock: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(lock.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def describe(info: dict[str, Any]) -> str:
    if not info:
        return "an unknown session (the lock file is unreadable)"
    return (f"{info.get('user', '?')} on {info.get('host', '?')} (pid {info.get('pid', '?')}, "
            f"since {info.get('time', '?')})")


def _stale(info: dict[str, Any] | None) -> bool:
    if not info or info.get("host") != socket.gethostname():
        return False
    pid = info.get("pid")
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


@dataclass
class Lock:
    path: Path
    recovered: dict[str, Any] | None = None  # the stale holder taken over, if any

    def release(self) -> None:
        info = holder(self.path)
        if info and info.get("pid") == os.getpid():
            self.path.unlink(missing_ok=True)

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(sidecar: Path) -> Lock:
    """Take the sidecar's lock, or raise LockedError naming who holds it."""
    lock = path_for(sidecar)
    recovered = None
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            info = holder(lock)
            if info is None:
                continue  # released between our two calls: try again
            if not _stale(info):
                raise LockedError(f"is being edited by {describe(info)}; open it read-only "
                                  "with --read-only, or wait", sidecar) from None
            recovered = info
            lock.unlink(missing_ok=True)
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(_me(), handle)
        return Lock(lock, recovered)
    raise LockedError(f"could not take the lock {lock}", sidecar)
