"""One module per subcommand. Each function's docstring is its --help; it returns an exit code."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from pathlib import Path


def near(word: str, words: Iterable[str]) -> str | None:
    """The one of `words` that `word` is most likely a typo of, if any. difflib's default
    cutoff (0.6, click's too) took --bogus for --about and --jobs; 0.75 still takes
    --nmae for --name and --typ for --type."""
    close = difflib.get_close_matches(word, sorted(words), n=1, cutoff=0.75)
    return close[0] if close else None


def _non_empty(name: str, message: str) -> Callable[[str | Path], Path]:
    """A parser for a path argument or option: Path("") is ".", so an empty value (an unset
    shell variable, `annotate validate "$DIR"`) would quietly mean the current folder (or,
    for --config, the nearest annotate.yaml); it is a usage error saying `message`."""
    def parse(value: str | Path) -> Path:
        if not str(value).strip():
            from annotate.errors import UsageError

            raise UsageError(message)
        return Path(value)

    parse.__name__ = name  # (what --help shows for an argument's type)
    return parse


a_path = _non_empty("path", "an empty path names no file; give a file or folder name")
a_sidecar = _non_empty("a_sidecar", "--sidecar is empty; give the sidecar's file name, or "
                       "leave --sidecar out for the article's own")
a_config = _non_empty("a_config", "--config is empty; give an inventory file, or leave "
                      "--config out for the nearest annotate.yaml")
# (ingest's -o: typer hands its default, Path("."), through it too)
an_output_folder = _non_empty("_folder", "-o is empty; give a folder, or leave -o out for "
                              "the current folder")


def warn_if_config_broken(sidecar: Path) -> None:
    """A command that needs no inventory (show, reanchor) still says, in one line, that the
    project's annotate.yaml is broken: every other command stops on it, and a person who
    only ever ran `show` would not know until then."""
    from annotate import config
    from annotate.errors import AnnotateError
    from annotate.visible import say

    try:
        config.for_path(sidecar)
    except AnnotateError as exc:
        say(f"warning: {exc} (not needed here; the commands that read the inventory stop "
            "on it)")
