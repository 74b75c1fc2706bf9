"""Reading a text file as UTF-8, with one clear sentence for each way that can fail."""

from __future__ import annotations

from pathlib import Path

from annotate.errors import AnnotateError


def read_utf8(path: Path, what: str = "file", refuse_binary: bool = False) -> str:
    """The file's text; `what` names it in errors ("article", "sidecar")."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise AnnotateError(f"{what} not found", path) from None
    except IsADirectoryError:
        raise AnnotateError(f"is a directory, not a{'n' if what[0] in 'aeiou' else ''} {what}",
                            path) from None
    except OSError as exc:
        raise AnnotateError(f"cannot read the {what}: {exc.strerror}", path) from None
    if refuse_binary and b"\x00" in data[:8192]:
        raise AnnotateError(f"looks like a binary file, not a text {what}", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise AnnotateError(f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} cannot be "
                            "decoded)", path, line, column) from None
