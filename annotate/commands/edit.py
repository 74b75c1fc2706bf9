"""`annotate add actor|event|claim`, `annotate edit`, `annotate rm`: the session's edits
for scripts. Each builds a command of the edit vocabulary and applies it with
`session.apply` under the sidecar's lock, so scripts and `annotate tag` write
byte-identical sidecars. The new or changed id goes to stdout; what a change removed or
replaced is said on stderr."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from annotate.commands import a_path, near
from annotate.commands.tag import AnnotatorOpt, ConfigOpt, SidecarOpt
from annotate.editing import fields
from annotate.errors import AnnotateError, UsageError
from annotate.visible import say

if TYPE_CHECKING:
    from annotate.editing.vocabulary import Change
    from annotate.tag.workspace import Workspace

add_app = typer.Typer(
    help="Add an actor, event or claim without a prompt (for scripts).\n\n"
         "Example: annotate add actor story.txt --name 'Vladimir Putin' --type person "
         "--mention 'Vladimir Putin'",
    no_args_is_help=True)
Article = Annotated[Path, typer.Argument(parser=a_path, help="The article file.")]
Occurrence = Annotated[int | None, typer.Option(help=fields.PICKING["occurrence"])]
Sentence = Annotated[int | None, typer.Option(help=fields.PICKING["sentence"])]
Note = Annotated[str | None, typer.Option(help=fields.BY_NAME["note"].help)]


def _help(name: str) -> str:
    return fields.BY_NAME[name].help


def _out(ident: str | None) -> None:
    """Print the id of what was added: the change is saved by then, so a standard output
    that cannot be written (`> /dev/full`) is said, not an error (a script that retried
    would add it twice)."""
    try:
        print(ident, flush=True)
    except OSError as exc:
        say(f"saved; could not print {ident!r} to standard output: {exc.strerror or exc}")
        # (what is left in its buffer goes nowhere, not to a second failure at exit)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _run(article: Path, where: tuple[Path | None, Path | None, str | None],
         build: Callable[[Workspace], Change], loud: bool = False,
         existing: str | None = None) -> str | None:
    """Build one command against ARTICLE's sidecar and apply it; `where` is (sidecar,
    config, annotator) as given on the command line; `existing`, the id of an annotation
    the command changes (so the sidecar must be there). Returns the id it is about."""
    from annotate.tag import session, workspace

    result: list[session.State] = []

    def change(ws: workspace.Workspace):  # type: ignore[no-untyped-def]
        if existing is not None and not ws.path.exists():
            raise AnnotateError(f"is not there yet, so there is no annotation with id "
                                f"{existing!r}; tag the article or add an annotation first",
                                ws.path)
        try:
            result.append(session.apply(ws.ctx, session.State(ws.ann), build(ws)))
        except AnnotateError as e:
            # The edit vocabulary speaks of "the article" and ids, as the dialogue does; a
            # script's line names the sidecar the edit was refused on (with --annotator,
            # whose ids these are).
            e.path = e.path or str(ws.path)
            raise
        return result[0].ann

    workspace.change(article, *where, change)
    if loud:
        say(result[0].message)
    return result[0].last_id


@add_app.command("actor")
def add_actor(
    article: Article,
    name: Annotated[str, typer.Option(help=_help("name"))],
    type: Annotated[str, typer.Option(help="An actor type from the inventory.")],
    mention: Annotated[list[str] | None, typer.Option(help=_help("mention"))] = None,
    alias: Annotated[list[str] | None, typer.Option(help=_help("alias"))] = None,
    id: Annotated[str | None, typer.Option(help=_help("id"))] = None,
    note: Note = None,
    sidecar: SidecarOpt = None,
    config: ConfigOpt = None,
    annotator: AnnotatorOpt = None,
) -> int:
    """Add an actor and tag its mentions; prints the new id.

    Example: annotate add actor story.txt --name "Vladimir Putin" --type person
    --mention "Vladimir Putin" --mention Putin
    """
    from annotate.editing import parse
    from annotate.editing.vocabulary import AddActor

    _out(_run(article, (sidecar, config, annotator), lambda ws: AddActor(
        name=name, type=parse.actor_type(ws.ctx.inventory, type),
        mentions=parse.mentions(ws.ctx.article, mention or ([name] if name.strip() else [])),
        aliases=tuple(alias or ()), id=id, note=note or "")))
    return 0


@add_app.command("event")
def add_event(
    article: Article,
    type: Annotated[str, typer.Option(help="An event type from the inventory.")],
    trigger: Annotated[str, typer.Option(help=_help("trigger"))],
    participant: Annotated[list[str] | None, typer.Option(help=_help("participant"))] = None,
    factuality: Annotated[str, typer.Option(help=_help("factuality"))] = "asserted",
    occurrence: Occurrence = None,
    sentence: Sentence = None,
    id: Annotated[str | None, typer.Option(help=_help("id"))] = None,
    note: Note = None,
    sidecar: SidecarOpt = None,
    config: ConfigOpt = None,
    annotator: AnnotatorOpt = None,
) -> int:
    """Add an event; prints the new id.

    Example: annotate add event story.txt --type communication --trigger conversation
    --participant putin:speaker --participant netanyahu:addressee
    """
    from annotate.editing import parse
    from annotate.editing.vocabulary import AddEvent

    _out(_run(article, (sidecar, config, annotator), lambda ws: AddEvent(
        type=type, trigger=parse.where(ws.ctx.article, trigger, occurrence, sentence),
        participants=tuple(parse.participant(p) for p in participant or []),
        factuality=factuality, id=id, note=note or "")))
    return 0


@add_app.command("claim")
def add_claim(
    article: Article,
    text: Annotated[str, typer.Option(help=_help("text"))],
    kind: Annotated[str, typer.Option(help=_help("kind"))],
    claimant: Annotated[str | None, typer.Option(help=_help("claimant"))] = None,
    cue: Annotated[str | None, typer.Option(help=_help("cue"))] = None,
    checkworthy: Annotated[bool, typer.Option(
        "--checkworthy/--not-checkworthy", help="Worth checking (the default).")] = True,
    verdict: Annotated[str | None, typer.Option(help=_help("verdict"))] = None,
    evidence: Annotated[list[str] | None, typer.Option(help=_help("evidence"))] = None,
    about: Annotated[list[str] | None, typer.Option(help=_help("about"))] = None,
    occurrence: Occurrence = None,
    sentence: Sentence = None,
    id: Annotated[str | None, typer.Option(help=_help("id"))] = None,
    note: Note = None,
    sidecar: SidecarOpt = None,
    config: ConfigOpt = None,
    annotator: AnnotatorOpt = None,
) -> int:
    """Add a claim; prints the new id.

    Example: annotate add claim story.txt --text "over 1,300 Israelis dead" --kind quantity
    """
    from annotate.editing import parse
    from annotate.editing.vocabulary import AddClaim

    def build(ws: Workspace) -> Change:
        art = ws.ctx.article
        span = parse.where(art, text, occurrence, sentence)
        return AddClaim(span=span, kind=kind, claimant=claimant,
                        cue=parse.cue(art, span, cue) if cue and cue.strip() else None,
                        checkworthy=checkworthy,
                        verdict=None if verdict in (None, *fields.NONE) else verdict,
                        evidence=tuple(evidence or ()), about=tuple(about or ()), id=id,
                        note=note or "")

    _out(_run(article, (sidecar, config, annotator), build))
    return 0


def edit(
    ctx: typer.Context,
    article: Article,
    item_id: Annotated[str, typer.Argument(metavar="ID", help="The annotation to change.")],
    sidecar: SidecarOpt = None,
    config: ConfigOpt = None,
    annotator: AnnotatorOpt = None,
) -> int:
    # The docstring (its --help) is built from the field table below.
    options: list[tuple[str, str]] = []
    extra = list(ctx.args)
    while extra:
        word = extra.pop(0)
        if not word.startswith("--") or len(word) < 3:
            raise UsageError(f"expected --FIELD VALUE, got {word!r}")
        name, eq, value = word[2:].partition("=")
        name = name.replace("_", "-")
        if fields.get(name) is None and name not in fields.PICKING:
            known = {f for section in (*fields.SECTIONS, fields.DOCUMENT)
                     for f in fields.names(section)}
            close = near(name, known)
            hint = f" (did you mean --{close}?)" if close else ""
            raise UsageError(f"no field --{name}{hint}; {fields.usage()}")
        if not eq:
            if not extra:
                raise UsageError(f"{word} needs a value")
            value = extra.pop(0)
        options.append((name, value))
    from annotate.editing import parse

    _out(_run(article, (sidecar, config, annotator),
               lambda ws: parse.edit(ws.ctx.article, ws.ann, item_id, options), loud=True,
               existing=None if item_id == fields.DOCUMENT else item_id))
    return 0


edit.__doc__ = f"""Change fields of one annotation: --FIELD VALUE, repeatable for lists.

    {fields.usage()} Says on stderr what changed.

    Example: annotate edit story.txt over-1-300-israelis --verdict correct --checkworthy yes
    """


def rm(
    article: Article,
    item_id: Annotated[str, typer.Argument(metavar="ID", help="The annotation to remove.")],
    text: Annotated[list[str] | None, typer.Argument(
        metavar="[TEXT]...", help="Remove only the actor's mentions reading TEXT "
                                  "('s12 TEXT': the one in sentence 12).")] = None,
    cascade: Annotated[bool, typer.Option(
        help="Also drop the references other annotations make to it.")] = False,
    sidecar: SidecarOpt = None,
    config: ConfigOpt = None,
    annotator: AnnotatorOpt = None,
) -> int:
    """Remove one annotation (or some of an actor's mentions), saying what went; refuses
    while others refer to it, unless --cascade.

    Example: annotate rm story.txt putin --cascade
    """
    from annotate.editing import parse
    from annotate.editing.vocabulary import Delete, DeleteMention

    def build(ws: Workspace) -> Change:
        if text:
            return DeleteMention(item_id, parse.mentions_of(ws.ctx.article, ws.ann, item_id,
                                                            text))
        return Delete(item_id, cascade)

    _run(article, (sidecar, config, annotator), build, loud=True, existing=item_id)
    return 0
