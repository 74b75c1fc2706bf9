"""Reading a text file as UTF-8, with one clear sentence for each way that can fail.

This is the one reader of every file the tool is given (articles, sidecars, configs,
imports, its own state). Only regular files are read, and only up to a size limit: a
FIFO, `/dev/stdin` or a terminal would hang the read, `/dev/zero` would eat the memory,
and a file of gigabytes is not an article.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import re
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from annotate.errors import AnnotateError, UsageError

MB = 1 << 20
# The largest file read, by what it is. An article of 64 MB is ~40,000 pages of news;
# a sidecar of 64 MB holds ~200,000 annotations. A config is a few inventories.
LIMITS = {"article": 64 * MB, "sidecar": 64 * MB, "config": 1 * MB,
          # A whole Label Studio or doccano project's export, searched for one article:
          # 100,000 tasks are ~100 MB. Read a record at a time (see importers.common).
          "file to import": 1024 * MB}
DEFAULT_LIMIT = 64 * MB

_KINDS = ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"))


def _a(what: str) -> str:
    return f"a{'n' if what[:1] in 'aeiou' else ''} {what}"


def web_address(path: Path | str) -> str | None:
    """The URL a missing path was meant to be, as typed (a Path folds its //), or None."""
    url = re.match(r"(https?):/+(.*)", str(path))
    return f"{url[1]}://{url[2]}" if url else None


def dangling(path: Path | str) -> UsageError:
    """The error for a symlink whose target is not there, or that leads back to itself (a
    loop was called "a link to x.ann.yaml, which does not exist")."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return UsageError(f"is a symbolic link loop ({exc.strerror}); remove the link or "
                              "point it at a file", path)
    return UsageError(f"is a link to {os.readlink(path)}, which does not exist; remove the "
                      "link or restore what it points to", path)


def _open(path: Path, what: str, limit: int) -> tuple[int, os.stat_result]:
    """A descriptor on a regular file of at most `limit` bytes, and its stat."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        # A file that is not there was misnamed by whoever ran us: a usage error (exit 2),
        # as typer's own checks and `validate`'s missing paths are.
        url = web_address(path)
        if url:
            raise UsageError(f"is a web address, not a file; fetch it with `annotate ingest "
                             f"URL -o FOLDER` and give the {what} it writes", url) from None
        if os.path.islink(path):
            raise dangling(path) from None
        raise UsageError(f"{what} not found", path) from None
    except IsADirectoryError:
        raise UsageError(f"is a directory, not {_a(what)}", path) from None
    except OSError as exc:
        raise AnnotateError(f"cannot read the {what}: {exc.strerror}", path) from None
    try:
        st = os.fstat(fd)
        _check(path, st, what, limit)
    except BaseException:
        os.close(fd)
        raise
    return fd, st


def open_bytes(path: Path, what: str = "file", limit: int | None = None) -> BinaryIO:
    """A regular file of at most `limit` bytes, open for reading in binary: for a file too
    large to hold at once, read a piece at a time. The same refusals as `read_bytes`."""
    fd, _ = _open(path, what, limit or LIMITS.get(what, DEFAULT_LIMIT))
    return os.fdopen(fd, "rb")


def read_bytes(path: Path, what: str = "file", limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or an AnnotateError."""
    limit = limit or LIMITS.get(what, DEFAULT_LIMIT)
    fd, st = _open(path, what, limit)
    try:
        data = _read(fd, st.st_size, limit)
    except OSError as exc:
        raise AnnotateError(f"cannot read the {what}: {exc.strerror}", path) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise AnnotateError(f"is too large (more than {_size(limit)}, the limit for "
                            f"{_a(what)})", path)
    return data


def _read(fd: int, size: int, limit: int) -> bytes:
    """Up to limit + 1 bytes: the size first (one read, as a rule), then whatever a file
    that grows, or reports no size (procfs), still has."""
    chunks, total = [], 0
    want = size + 1
    while total <= limit:
        chunk = os.read(fd, min(max(want, 1 << 16), limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _check(path: Path, st: os.stat_result, what: str, limit: int) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise UsageError(f"is a directory, not {_a(what)}", path)
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a file")
        raise AnnotateError(f"is {kind}, not {_a(what)}; only regular files are read", path)
    if st.st_size > limit:
        raise AnnotateError(f"is too large ({_size(st.st_size)}; the limit for {_a(what)} "
                            f"is {_size(limit)})", path)


def _size(n: int) -> str:
    if n < MB:
        return f"{n} bytes"
    return f"{n // MB} MB" if n % MB == 0 else f"{n / MB:.1f} MB"


def encodable(text: str) -> bool:
    """`text` can be written as UTF-8: not so when it came from bytes that were not UTF-8
    (a file name or an argument; Python keeps those bytes as lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _wide(data: bytes) -> str | None:
    """"UTF-32" or "UTF-16" for text in it (a byte-order mark, then characters that decode
    and print), else None. (UTF-32's little-endian mark starts as UTF-16's does.)"""
    for codec, marks in (("UTF-32", (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)),
                         ("UTF-16", (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))):
        if not data.startswith(marks):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if all(c.isprintable() or c in "\n\r\t" for c in text[:4096]):
            return codec
    return None


def bomless_utf16(data: bytes) -> str | None:
    """"UTF-16BE" or "UTF-16LE" for text in UTF-16 without a byte-order mark, else None.

    Conservative, so that binary or UTF-8 is never taken for it: an even number of bytes;
    in the first 8 KB at least half the code units below U+0100 (a zero byte on the same
    side: mostly Latin text, as such files are) and none NUL; and every character there
    decodes and prints. Text of another script in UTF-16 without a BOM has no zero bytes,
    and is left to the UTF-8 decoder's error."""
    if len(data) < 4 or len(data) % 2:
        return None
    head = data[:8192]
    units = len(head) // 2
    for codec, high in (("UTF-16BE", 0), ("UTF-16LE", 1)):
        if head[high::2].count(0) * 2 < units or 0 in head[1 - high::2]:
            continue
        try:
            text = head.decode(codec)
        except UnicodeDecodeError:  # (a surrogate cut at the 8 KB mark: not this sample's)
            text = head[:-2].decode(codec, errors="replace")
        if all(c.isprintable() or c in "\n\r\t\f" for c in text):
            return codec
    return None


def read_utf8(path: Path, what: str = "file", refuse_binary: bool = False,
              limit: int | None = None) -> str:
    """The file's text; `what` names it in errors ("article", "sidecar")."""
    data = read_bytes(path, what, limit)
    if wide := _wide(data):
        raise AnnotateError(f"is {wide}; save the {what} as UTF-8 (for example with "
                            f"`iconv -f {wide} -t UTF-8`)", path)
    if b"\x00" in data[:8192] and (codec := bomless_utf16(data)):
        raise AnnotateError(f"looks like {codec} text without a byte-order mark; save the "
                            f"{what} as UTF-8 (for example with `iconv -f {codec} -t UTF-8`)",
                            path)
    if refuse_binary and b"\x00" in data[:8192]:
        raise AnnotateError(f"looks like a binary file, not a text {what}", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise AnnotateError(f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} cannot be "
                            f"decoded); save the {what} as UTF-8 (from Windows or Latin-1: "
                            "`iconv -f CP1252 -t UTF-8`)", path, line, column) from None


@contextmanager
def utf8_stdout() -> Iterator[TextIO]:
    """stdout as UTF-8, as every format is, whatever the terminal's encoding (with
    PYTHONIOENCODING=ascii the text stream would write '?' for the rest)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None or (sys.stdout.encoding or "").lower().replace("_", "-") in ("utf-8",
                                                                                 "utf8"):
        yield sys.stdout
        sys.stdout.flush()
        return
    sys.stdout.flush()
    text = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield text
    finally:
        text.flush()
        text.detach()
