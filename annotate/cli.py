"""The `annotate` command: parse options, call the core, render, exit.

This is the one place where exceptions become exit codes:
0 ok, 1 findings or error, 2 usage, 130 interrupted. Their messages go out through
`visible.say`: a file name or article text in them is shown, never obeyed.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

import typer
from typer.core import TyperGroup

from annotate.commands import (
    agree,
    edit,
    ingest,
    near,
    reanchor,
    report,
    show,
    suggest,
    tag,
    validate,
)
from annotate.commands import export as export_cmd
from annotate.commands import import_ as import_cmd
from annotate.errors import STDOUT, AnnotateError, debugging
from annotate.visible import say


class _Group(TyperGroup):
    """typer turns a Ctrl-C in a command into a silent exit 130; it gets its line here,
    as every other way out does. (A command that catches it itself, like `tag`, says
    what it kept and returns 130 on its own.)"""

    # Words a newcomer may try for a command that goes by another name.
    OTHER_NAMES = {"delete": "rm", "remove": "rm", "del": "rm", "check": "validate",
                   "lint": "validate", "annotate": "tag", "convert": "export",
                   "view": "show", "print": "show", "html": "report"}

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if name in self.OTHER_NAMES and self.get_command(ctx, name) is None:
            ctx.fail(f"No such command '{name}'. Did you mean '{self.OTHER_NAMES[name]}'?")
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            say(_interrupted())
            raise typer.Exit(130) from None


def _interrupted() -> str:
    """"interrupted", and for each sidecar the command set out to write whether its change
    is saved ("annotate edit" killed: a script need not guess)."""
    store = sys.modules.get("annotate.store")
    note = store.interrupted_note() if store is not None else ""
    return f"interrupted; {note}" if note else "interrupted"


SETTINGS: dict[str, Any] = dict(
    cls=_Group,
    name="annotate",
    help="Tag the claims, actors and events in news articles; validate and export the tags.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    # Docstrings are wrapped for the source; let the help reflow them to the terminal.
    rich_markup_mode="markdown",
)
app = typer.Typer(**SETTINGS)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            print(f"annotate {version('claim-annotate')}")
        except PackageNotFoundError:  # run from a source tree that was never installed
            print("annotate (not installed: no version recorded)")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print annotate's version and exit.")) -> None:
    """Tag the claims, actors and events in news articles; validate and export the tags."""


app.command("validate")(validate.validate)
app.command("show")(show.show)
app.command("schema")(show.schema)
app.command("reanchor")(reanchor.reanchor)
app.command("tag")(tag.tag)
app.command("suggest")(suggest.suggest)
app.add_typer(edit.add_app, name="add")
app.command("edit", context_settings={"allow_extra_args": True,
                                      "ignore_unknown_options": True})(edit.edit)
app.command("rm")(edit.rm)
app.command("export")(export_cmd.export)
app.command("import")(import_cmd.import_)
app.command("ingest")(ingest.ingest)
app.command("report")(report.report)
app.command("agree")(agree.agree)
app.command("merge")(agree.merge)
app.command("adjudicate")(agree.adjudicate)


def main(argv: list[str] | None = None) -> None:
    _replace_unencodable()
    sys.exit(run(argv))


def _replace_unencodable() -> None:
    """A terminal that is not UTF-8 (PYTHONIOENCODING=ascii, a latin-1 locale) cannot show
    every character of an article or a file name: it gets a replacement character for
    those, never a UnicodeEncodeError. (The machine formats escape instead, losing
    nothing: see annotate.reporters.ascii_only.)"""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _only(argv: list[str]) -> typer.Typer:
    """The app with just the command `argv` names. Before it runs one command, typer
    works out the options of every command it has (evaluating their annotations: about
    1 ms each), so a run builds only its own; anything else (no command, --help, the
    `add` group, a typo) gets the whole app."""
    chosen = [c for c in app.registered_commands if argv and c.name == argv[0]]
    if not chosen:
        return app
    one = typer.Typer(**SETTINGS)
    one.registered_commands = chosen
    one.callback()(_group)  # a group of one, so `annotate NAME ...` parses as before
    return one


def _command_path(argv: list[str]) -> str:
    """The command `argv` names ("annotate add claim"), for a usage error that comes
    without it (click's "Option '--to' requires an argument" pointed at `annotate --help`)."""
    words = ["annotate"]
    groups = {g.name: g.typer_instance for g in app.registered_groups}
    commands = [c.name for c in app.registered_commands]
    for word in argv:
        if word in commands:
            return " ".join([*words, word])
        group = groups.get(word)
        if group is None:
            break
        words.append(word)
        groups, commands = {}, [c.name for c in group.registered_commands]
    return " ".join(words)


def _drop_output() -> None:
    """What is left in standard output's buffer goes nowhere, not to a second failure (and
    a traceback) at the interpreter's exit."""
    with contextlib.suppress(OSError, ValueError):  # (no file descriptor: a StringIO)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _group() -> None:
    """Tag the claims, actors and events in news articles; validate and export the tags."""


def _no_such_option(exc: Any, ctx: Any) -> str:
    """click's "No such option" with its guess only when it is a likely typo (it offered
    --jobs for --bogus), else the command's options."""
    options = [o for p in ctx.command.params for o in p.opts if o.startswith("--")]
    close = near(exc.option_name, exc.possibilities or [])
    return f"{exc.message} " + (f"(did you mean {close}?)" if close else
                                f"(options: {' '.join(options)})")


def run(argv: list[str] | None = None) -> int:
    if (store := sys.modules.get("annotate.store")) is not None:
        store.SAVERS.clear()  # (a long-lived process, the tests: one command's sidecars)
    args = sys.argv[1:] if argv is None else argv
    try:
        result = _only(args)(args=argv, prog_name="annotate", standalone_mode=False)
        sys.stdout.flush()  # (a full disk is said here, not ignored at the interpreter's exit)
    except typer.Exit as exc:
        return exc.exit_code
    except typer.TyperException as exc:  # typer's own (vendored click) usage errors: exit 2
        # One line, like every other error, with where to read more.
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        ctx = getattr(exc, "ctx", None)
        if getattr(exc, "option_name", None) and ctx is not None:
            message = _no_such_option(exc, ctx)
        where = ctx.command_path if ctx is not None else _command_path(args)
        if message.strip():  # (no arguments at all: the help was the answer)
            say(f"{message} (see {where} --help)")
        return exc.exit_code
    except (typer.Abort, KeyboardInterrupt):
        say(_interrupted())
        return 130
    except AnnotateError as exc:
        for each in getattr(exc, "errors", ()):  # (several files: each its own line)
            say(str(each))
        say(str(exc))
        return exc.exit_code
    except BrokenPipeError:
        # Output piped into `head` and closed: not an error worth a message.
        _drop_output()
        return 1
    except OSError as exc:
        if exc.filename == STDOUT:  # `> /dev/full` (see annotate.__main__)
            say(f"cannot write to {STDOUT}: {exc.strerror or exc}")
            _drop_output()
            return 1
        where = f"{exc.filename}: " if exc.filename else ""
        say(f"{where}{exc.strerror or exc}")
        return 1
    except Exception as exc:  # a bug: one line, with a way to see the traceback
        if debugging():
            raise
        say(f"internal error: {type(exc).__name__}: {exc} "
            "(set ANNOTATE_DEBUG=1 for the traceback)")
        return 1
    return result if isinstance(result, int) else 0
