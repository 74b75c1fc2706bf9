"""One module per subcommand. Each function's docstring is its --help; it returns an exit code."""

from __future__ import annotations

from pathlib import Path


def a_path(value: str) -> Path:
    """An argument that names a file or folder. Path("") is ".", so an empty argument (an
    unset shell variable, `annotate validate "$DIR"`) would quietly mean the current folder."""
    if not value.strip():
        from annotate.errors import UsageError

        raise UsageError("an empty path names no file; give a file or folder name")
    return Path(value)


def a_sidecar(value: str) -> Path:
    """--sidecar: empty (an unset shell variable) is a usage error, as a_path's, not the
    folder "." (said as "is a directory")."""
    if not value.strip():
        from annotate.errors import UsageError

        raise UsageError("--sidecar is empty; give the sidecar's file name, or leave "
                         "--sidecar out for the article's own")
    return Path(value)


def a_config(value: str) -> Path:
    """--config: empty is a usage error, not the current folder, nor (validate) the
    nearest annotate.yaml in silence."""
    if not value.strip():
        from annotate.errors import UsageError

        raise UsageError("--config is empty; give an inventory file, or leave --config out "
                         "for the nearest annotate.yaml")
    return Path(value)


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
