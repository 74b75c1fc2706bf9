"""The one exception family. The CLI maps it to exit codes in one place."""

from __future__ import annotations

import os

# The file name given to a failed write to standard output (the OS names none for it).
STDOUT = "standard output"

# The values of ANNOTATE_DEBUG that mean "off": a script that sets the variable to 0 or
# false means no tracebacks, as it would for any other switch.
_OFF = {"", "0", "false", "no", "off"}


def debugging() -> bool:
    """Whether ANNOTATE_DEBUG asks for a bug's traceback instead of its one line."""
    return os.environ.get("ANNOTATE_DEBUG", "").strip().lower() not in _OFF


class AnnotateError(Exception):
    """A failure a person can act on: one sentence, naming the file (and line/column)."""

    exit_code = 1

    def __init__(self, message: str, path: object = None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}" if where else self.message


class Several(AnnotateError):
    """Failures of several files, each named on a line of its own, then `message`."""

    def __init__(self, errors: list[AnnotateError], message: str) -> None:
        super().__init__(message)
        self.errors = errors
        self.exit_code = max(error.exit_code for error in errors)


class UsageError(AnnotateError):
    """A bad option, argument or config: exit code 2."""

    exit_code = 2


class LockedError(AnnotateError):
    """Another session holds the sidecar's lock."""
