"""`annotate add actor|event|claim`, `annotate edit`, `annotate rm`: the session's edits
for scripts. Each builds the same `session.Command` the interactive loop applies, under
the same lock, so both paths write byte-identical sidecars."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from annotate.commands.tag import AnnotatorOpt, ConfigOpt, SidecarOpt
from annotate.errors import UsageError

add_app = typer.Typer(
    help="Add an actor, event or claim without a prompt (for scripts).\n\n"
         "Example: annotate add actor story.txt --name 'Vladimir Putin' --type person "
         "--mention 'Vladimir Putin'",
    no_args_is_help=True)
Article = Annotated[Path, typer.Argument(help="The article file.")]
Many = Annotated[list[str] | None, typer.Option()]
Occurrence = Annotated[int | None, typer.Option(
    help="Which occurrence of the text, when it occurs more than once (1 = first).")]
Sentence = Annotated[int | None, typer.Option(help="Look for the text in this sentence only.")]


def _run(article: Path, where: tuple[Path | None, Path | None, str | None], verb: str,
         args: tuple[str, ...], options: list[tuple[str, object]]) -> str | None:
    """Apply one session command to ARTICLE's sidecar; `where` is (sidecar, config,
    annotator) as given on the command line."""
    from annotate import session, workspace

    opts = tuple((k, str(v)) for k, v in options if v is not None)
    cmd = session.Command(verb, args, opts)
    result: list[session.State] = []

    def change(ws: workspace.Workspace):  # type: ignore[no-untyped-def]
        result.append(session.apply(ws.ctx, session.State(ws.ann), cmd))
        return result[0].ann

    workspace.change(article, *where, change)
    return result[0].last_id


@add_app.command("actor")
def add_actor(
    article: Article,
    name: Annotated[str, typer.Option(help="The actor's full name.")],
    type: Annotated[str, typer.Option(help="An actor type from the inventory.")],
    mention: Annotated[list[str] | None, typer.Option(
        help="Text to tag as a mention; every occurrence is tagged ('s12 TEXT' for one). "
             "Default: the name.")] = None,
    alias: Annotated[list[str] | None, typer.Option(help="Another name for the actor.")] = None,
    id: Annotated[str | None, typer.Option(help="The id (default: from the name).")] = None,
    note: Annotated[str | None, typer.Option()] = None,
    sidecar: SidecarOpt = None,
    config: ConfigOpt = None,
    annotator: AnnotatorOpt = None,
) -> int:
    """Add an actor and tag its mentions; prints the new id.

    Example: annotate add actor story.txt --name "Vladimir Putin" --type person
    --mention "Vladimir Putin" --mention Putin
    """
    opts: list[tuple[str, object]] = [("name", name), ("type", type), ("id", id), ("note", note)]
    opts += [("mention", m) for m in mention or []] + [("alias", a) for a in alias or []]
    print(_run(article, (sidecar, config, annotator), "add", ("actor",), opts))
    return 0


@add_app.command("event")
def add_event(
    article: Article,
    type: Annotated[str, typer.Option(help="An event type from the inventory.")],
    trigger: Annotated[str, typer.Option(help="The word that names the event.")],
    participant: Annotated[list[str] | None, typer.Option(
        help="ACTOR:ROLE, with a role the event type allows.")] = None,
    factuality: Annotated[str, typer.Option(
        help="asserted, reported, hypothetical or negated.")] = "asserted",
    occurrence: Occurrence = None,
    sentence: Sentence = None,
    id: Annotated[str | None, typer.Option(help="The id (default: from the trigger).")] = None,
    note: Annotated[str | None, typer.Option()] = None,
    sidecar: SidecarOpt = None,
    config: ConfigOpt = None,
    annotator: AnnotatorOpt = None,
) -> int:
    """Add an event; prints the new id.

    Example: annotate add event story.txt --type communication --trigger conversation
    --participant putin:speaker --participant netanyahu:addressee
    """
    opts: list[tuple[str, object]] = [
        ("type", type), ("trigger", trigger), ("factuality", factuality), ("id", id),
        ("note", note), ("occurrence", occurrence), ("sentence", sentence)]
    opts += [("participant", p) for p in participant or []]
    print(_run(article, (sidecar, config, annotator), "add", ("event",), opts))
    return 0


@add_app.command("claim")
def add_claim(
    article: Article,
    text: Annotated[str, typer.Option(help="The claim's text, or part of the article to find.")],
    kind: Annotated[str, typer.Option(help="A claim kind from the inventory.")],
    claimant: Annotated[str | None, typer.Option(
        help="The actor who makes the claim (default: the outlet).")] = None,
    cue: Annotated[str | None, typer.Option(
        help="The attribution word (said, declared, according to).")] = None,
    checkworthy: Annotated[bool, typer.Option(
        "--checkworthy/--not-checkworthy", help="Worth checking (the default).")] = True,
    verdict: Annotated[str | None, typer.Option(help="A verdict id from the scale.")] = None,
    evidence: Annotated[list[str] | None, typer.Option(help="An evidence URL.")] = None,
    about: Annotated[list[str] | None, typer.Option(
        help="The id of an event, actor or claim this claim is about.")] = None,
    occurrence: Occurrence = None,
    sentence: Sentence = None,
    id: Annotated[str | None, typer.Option(help="The id (default: from the text).")] = None,
    note: Annotated[str | None, typer.Option()] = None,
    sidecar: SidecarOpt = None,
    config: ConfigOpt = None,
    annotator: AnnotatorOpt = None,
) -> int:
    """Add a claim; prints the new id.

    Example: annotate add claim story.txt --text "over 1,300 Israelis dead" --kind quantity
    """
    opts: list[tuple[str, object]] = [
        ("text", text), ("kind", kind), ("claimant", claimant), ("cue", cue),
        ("checkworthy", "yes" if checkworthy else "no"), ("verdict", verdict), ("id", id),
        ("note", note), ("occurrence", occurrence), ("sentence", sentence)]
    opts += [("evidence", e) for e in evidence or []] + [("about", a) for a in about or []]
    print(_run(article, (sidecar, config, annotator), "add", ("claim",), opts))
    return 0


def edit(
    ctx: typer.Context,
    article: Article,
    item_id: Annotated[str, typer.Argument(metavar="ID", help="The annotation to change.")],
    sidecar: SidecarOpt = None,
    config: ConfigOpt = None,
    annotator: AnnotatorOpt = None,
) -> int:
    """Change fields of one annotation: --FIELD VALUE, repeatable for lists.

    Actors: --id --name --type --alias --mention --note.
    Events: --id --type --trigger --participant --factuality --time
    --place --note. Claims: --id --text --kind --claimant --cue
    --checkworthy --verdict --reviewed --review-url --evidence
    --about --note. A list field is replaced by the values given;
    `none` clears claimant, cue and verdict. Setting a verdict
    records today as its review date (--reviewed DATE changes it).

    ID `document` is the article's metadata: --url --publisher
    --author --published --title --language --retrieved.

    Example: annotate edit story.txt over-1-300-israelis --verdict correct

    Example: annotate edit story.txt document --url https://news.example/a
    """
    opts: list[tuple[str, object]] = []
    extra = list(ctx.args)
    while extra:
        word = extra.pop(0)
        if not word.startswith("--") or len(word) < 3:
            raise UsageError(f"expected --FIELD VALUE, got {word!r}")
        name, eq, value = word[2:].partition("=")
        if not eq:
            if not extra:
                raise UsageError(f"{word} needs a value")
            value = extra.pop(0)
        opts.append((name, value))
    print(_run(article, (sidecar, config, annotator), "edit", (item_id,), opts))
    return 0


def rm(
    article: Article,
    item_id: Annotated[str, typer.Argument(metavar="ID", help="The annotation to remove.")],
    cascade: Annotated[bool, typer.Option(
        help="Also drop the references other annotations make to it.")] = False,
    sidecar: SidecarOpt = None,
    config: ConfigOpt = None,
    annotator: AnnotatorOpt = None,
) -> int:
    """Remove one annotation; refuses while others refer to it, unless --cascade.

    Example: annotate rm story.txt putin --cascade
    """
    flags: list[tuple[str, object]] = [("cascade", "")] if cascade else []
    _run(article, (sidecar, config, annotator), "delete", (item_id,), flags)
    return 0
