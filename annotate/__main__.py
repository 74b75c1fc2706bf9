"""`annotate` and `python -m annotate`: the command. `kill` (SIGTERM) is made to leave
like Ctrl-C before anything else is imported, and a Ctrl-C during start-up (while typer
and the commands are imported, the first tenth of a second or so) leaves like any other
Ctrl-C: one line and exit 130, never an import traceback."""

from __future__ import annotations

import os
import sys


def main() -> None:
    _terminate_like_interrupt()
    try:
        from annotate.cli import main as run
    except KeyboardInterrupt:
        from annotate.visible import say

        say("interrupted")
        sys.exit(130)
    try:
        run()
    finally:
        # The command is over and its files are complete: a signal in the last moments of
        # the interpreter's shut-down would only turn the exit status into "killed".
        import signal

        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _terminate_like_interrupt() -> None:
    """`kill` (SIGTERM) leaves like Ctrl-C: the KeyboardInterrupt unwinds through the
    atomic writes (their temp files removed, the old file kept) and the locks, and the
    exit is 130 with one line. The default would end the process on the spot, leaving a
    temp file beside the sidecar. Worker processes forked from this one die as usual."""
    import signal

    parent = os.getpid()

    def interrupt(signum: int, frame: object) -> None:
        if os.getpid() != parent:  # a worker of a pool, being shut down by its parent
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


if __name__ == "__main__":
    main()
