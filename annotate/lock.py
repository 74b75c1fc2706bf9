"""One writer per sidecar: an flock(2) on a lock file beside it, held for the session.

Whether a sidecar is being edited is decided by the kernel, never by the file's content:
a lock file nobody holds the flock on is free, whatever it says (a dead pid, nothing at
all after a crash or a full disk, garbage). The kernel drops the flock when its process
dies, so there is no "stale" state to guess at and no take-over race: two processes can
never both hold it. The content (user, host, pid, time) is for messages, and says whether
the holder makes one change and lets go (`brief`: another writer waits a few seconds for
it, so two scripted `annotate add` on one sidecar both land) or holds it for a session.

A lock file written on another host is the one exception: a flock taken over a network
file system may not reach this machine, so that session may still be alive. It is never
taken over; the message names the lock file to remove once that session is known gone.
"""

from __future__ import annotations

import errno
import fcntl
import getpass
import json
import os
import socket
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotate.errors import LockedError
from annotate.yamlio import beside


def path_for(sidecar: Path) -> Path:
    """The lock file of a sidecar: beside the real file, so two symlinks to one sidecar
    share one lock."""
    real = Path(os.path.realpath(sidecar))
    return real.with_name(f".{beside(real.name, 6)}.lock")


def _me() -> dict[str, Any]:
    try:
        user = getpass.getuser()
    except Exception:  # no passwd entry in some containers
        user = str(os.getuid())
    return {"user": user, "host": socket.gethostname(), "pid": os.getpid(),
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")}


def _parse(raw: bytes) -> dict[str, Any]:
    """The holder recorded in a lock file; {} when it is empty or unreadable."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def holder(lock: Path) -> dict[str, Any] | None:
    """Who the lock file says holds it (None: there is no lock file)."""
    try:
        with open(lock, "rb") as handle:
            return _parse(handle.read(4096))
    except FileNotFoundError:
        return None
    except OSError:
        return {}


def describe(info: dict[str, Any]) -> str:
    if not info:
        return "an unknown session (the lock file does not say who)"
    return (f"{info.get('user', '?')} on {info.get('host', '?')} (pid {info.get('pid', '?')}, "
            f"since {info.get('time', '?')})")


@dataclass
class Lock:
    path: Path
    fd: int | None = None  # the open lock file whose flock we hold
    recovered: dict[str, Any] | None = None  # who the lock file named when we took it over

    def release(self) -> None:
        """Remove the lock file (while still holding it, so nobody takes a file that is
        about to vanish), then drop the flock. Safe to call twice."""
        if self.fd is None:
            return
        try:
            if _same_file(self.fd, self.path):
                self.path.unlink(missing_ok=True)
        except OSError:
            pass  # a leftover lock file is harmless: nobody holds it
        finally:
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)


WAIT = 5.0  # seconds a writer waits for a one-change command's lock before it refuses


def acquire(sidecar: Path, brief: bool = False) -> Lock:
    """Take the sidecar's lock for this process, or raise LockedError naming who holds it
    and the lock file. `brief`: this process holds it for one change (`annotate add`, a
    merge), which the lock file says, so another writer waits for it (up to WAIT seconds)
    rather than being refused; a session (`annotate tag`) is refused at once, as is a
    holder on another host."""
    lock = path_for(sidecar)
    deadline = time.monotonic() + WAIT
    races = 0
    while True:
        fd = _open(lock, sidecar)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            info = _parse(os.pread(fd, 4096, 0))
            os.close(fd)
            # (a holder that has not written its name yet says nothing: wait for it too)
            patient = bool(info.get("brief")) or not info
            if patient and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            waited = f", still after {WAIT:g} seconds" if patient else ""
            raise LockedError(f"is being edited by {describe(info)} (lock file {lock}){waited}; "
                              "wait for it to end, or look with `annotate tag --read-only`",
                              sidecar) from None
        except OSError as exc:
            os.close(fd)
            raise LockedError(f"cannot lock {lock}: {exc.strerror}", sidecar) from None
        # The holder we waited for may have removed the file between our open and our
        # flock: then we hold a file nobody else will ever look at. Start again.
        if _same_file(fd, lock):
            return _claim(fd, lock, sidecar, brief)
        os.close(fd)
        races += 1
        if races == 20:
            raise LockedError(f"could not take the lock {lock}; try again", sidecar)


def _open(lock: Path, sidecar: Path) -> int:
    """The lock file, opened (made if need be) and checked to be a regular file."""
    try:
        # Never through a symlink (root would truncate whatever it points at), and
        # never waiting on a FIFO planted in its place.
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LockedError(f"the lock file {lock} is a symlink; remove it",
                              sidecar) from None
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise LockedError(f"cannot save in the folder {lock.parent} ({exc.strerror}); "
                              "make it writable, or work on a copy elsewhere",
                              sidecar) from None
        raise LockedError(f"cannot create the lock file {lock}: {exc.strerror}",
                          sidecar) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise LockedError(f"the lock file {lock} is not a regular file; remove it", sidecar)
    return fd


def _claim(fd: int, lock: Path, sidecar: Path, brief: bool) -> Lock:
    """We hold the flock: refuse another host's lock file, else record ourselves."""
    previous = _parse(os.pread(fd, 4096, 0))
    host = previous.get("host")
    if host and host != socket.gethostname():
        os.close(fd)
        raise LockedError(f"is locked by {describe(previous)}, another host, which this "
                          f"machine cannot check; if that session is gone, remove {lock}",
                          sidecar)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({**_me(), "brief": brief}).encode("utf-8"), 0)
    except OSError:
        pass  # a full disk: the flock is what counts; messages will say "unknown session"
    return Lock(lock, fd, previous or None)
