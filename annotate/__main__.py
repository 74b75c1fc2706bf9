"""`annotate` and `python -m annotate`: the command. A Ctrl-C during start-up (while this
module, typer and the commands are imported, the first tenth of a second or so) leaves
like any other Ctrl-C: one line and exit 130, never an import traceback. `kill` (SIGTERM)
is made to leave like Ctrl-C before anything else is imported.

Importing this module is starting the program: its first statements put a quiet handler
on SIGINT, which main() hands back to Python's own once the command can unwind (so an
interrupted write still removes its temp file and keeps the old sidecar)."""

# (No `from __future__ import annotations` here nor in __init__: it imports a module, and
# a Ctrl-C in that import came before the handler below.)
import _signal  # (the C half of `signal`, loaded with the interpreter; `signal` imports enum)
import os
import sys


def _leave_quietly(signum: int, frame: object) -> None:
    """Ctrl-C before the command runs: nothing is open or half written, so leave at once
    (a KeyboardInterrupt in the middle of an import would end in the interpreter's
    traceback: the console script that imports this module catches nothing)."""
    _say_interrupted()
    os._exit(130)


def _say_interrupted() -> None:
    """Straight to file descriptor 2 (sys.stderr may not be set up yet); a closed or full
    stderr is passed over, as visible.say does."""
    try:  # noqa: SIM105  (contextlib is a 3 ms import: not before the handler)
        os.write(2, b"annotate: interrupted\n")
    except OSError:
        pass


_signal.signal(_signal.SIGINT, _leave_quietly)

import io  # noqa: E402  (after the handler: every import from here on is covered)
import signal  # noqa: E402

TYPE_CHECKING = False  # (`typing` alone took 9 ms of start-up, all of it uncovered)
if TYPE_CHECKING:
    from typing import Any


def main() -> None:
    try:
        try:
            _terminate_like_interrupt()
            _sane_streams_and_size()
            from annotate.cli import main as run

            # From here a Ctrl-C unwinds through the command's writes and locks, and
            # annotate.cli says what was saved.
            signal.signal(signal.SIGINT, signal.default_int_handler)
            run()
        finally:
            # The command is over and its files are complete: a signal in the last moments
            # of the interpreter's shut-down would only turn the exit status into "killed".
            _ignore_signals()
    except KeyboardInterrupt:
        # (a SIGTERM in start-up, or a signal in the moments before the command's own
        # handling took over or after it was over: the traceback would come from here)
        _ignore_signals()
        _say_interrupted()
        sys.exit(130)


def _ignore_signals() -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


WIDEST = 4096  # columns or lines; a $COLUMNS beyond it is no terminal's (10^8 took 10 GB)


def _sane_streams_and_size() -> None:
    """A closed standard stream (`>&-`, `<&-`) is the null device: what would be written
    there is dropped, and nothing is read from it, as from `</dev/null` (Python leaves it
    None, and the first write was an internal error). Standard output names itself in
    the error of a write that fails (`> /dev/full`). A $COLUMNS or $LINES no terminal has
    is left unset, so rich measures the terminal or takes 80: beyond 4096, or digits that
    int() refuses (more than 4,300 of them, or "²", a digit to str.isdigit), which were a
    traceback here or in rich before any command ran."""
    _named_stdout()
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115
    for var in ("COLUMNS", "LINES"):
        value = os.environ.get(var, "").strip()
        if value.isdigit() and (not value.isdecimal() or len(value) > 9
                                or int(value) > WIDEST):
            del os.environ[var]


class _Stdout(io.FileIO):
    """File descriptor 1, whose failed writes are named (errors.STDOUT): the OS names no
    file, and "No space left on device" alone does not say where."""

    def write(self, data: "Any", /) -> int:
        try:
            return super().write(data)
        except OSError as exc:
            from annotate.errors import STDOUT

            exc.filename = STDOUT
            raise


def _named_stdout() -> None:
    old = sys.stdout  # (sys.__stdout__, which keeps it open; None when closed: `>&-`)
    buffered = getattr(old, "buffer", None)
    if not isinstance(old, io.TextIOWrapper) or not isinstance(
            getattr(buffered, "raw", buffered), io.FileIO):
        return  # (not Python's own stream on a file descriptor)
    raw = _Stdout(old.fileno(), "w", closefd=False)
    sys.stdout = io.TextIOWrapper(  # (buffered as it was: not with python -u)
        io.BufferedWriter(raw) if isinstance(buffered, io.BufferedWriter) else raw,
        encoding=old.encoding, errors=old.errors, line_buffering=old.line_buffering,
        write_through=old.write_through)


def _terminate_like_interrupt() -> None:
    """`kill` (SIGTERM) leaves like Ctrl-C: the KeyboardInterrupt unwinds through the
    atomic writes (their temp files removed, the old file kept) and the locks, and the
    exit is 130 with one line. The default would end the process on the spot, leaving a
    temp file beside the sidecar. Worker processes forked from this one die as usual."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    # A forked worker gets the default back the moment it is born, not in a Python
    # handler: a pool's terminate() sends SIGTERM to workers that may be blocked on the
    # pool's queue, and one that had to run Python code to die sometimes never did (the
    # parent then waited for it forever).
    os.register_at_fork(after_in_child=lambda: signal.signal(signal.SIGTERM, signal.SIG_DFL))


if __name__ == "__main__":
    main()
