"""`annotate` and `python -m annotate`: the command, with a Ctrl-C during start-up (while
typer and the commands are imported, the first tenth of a second or so) leaving like
any other Ctrl-C, one line and exit 130, never an import traceback."""

from __future__ import annotations

import sys


def main() -> None:
    try:
        from annotate.cli import main as run
    except KeyboardInterrupt:
        print("annotate: interrupted", file=sys.stderr)
        sys.exit(130)
    run()


if __name__ == "__main__":
    main()
