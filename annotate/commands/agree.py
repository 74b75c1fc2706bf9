from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from annotate.commands import a_config, a_path
from annotate.visible import counted, say

if TYPE_CHECKING:
    from annotate.agreement import corpus

FORMATS = ("text", "json", "csv")


def agree(
    paths: Annotated[list[str], typer.Argument(
        help="Sidecars, or folders searched for *.ann.yaml; each article's sidecars are "
             "found by annotator (story.alice.ann.yaml, story.bob.ann.yaml).",
        show_default=False)],
    annotators: Annotated[str | None, typer.Option(
        help="Compare only these annotators, in this order: alice,bob.",
        show_default=False)] = None,
    output_format: Annotated[str, typer.Option(
        "--format", "-f", help="Output format: text, json or csv.")] = "text",
    minimum: Annotated[list[str] | None, typer.Option(
        "--min", help="METRIC=VALUE: exit 1 when the corpus figure of all annotators is "
                      "below VALUE (repeatable; METRIC may be a pattern: '*.overlap.f1').",
        show_default=False)] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", help="Worker processes (default: one per core; at most four per "
                           "core).", show_default=False)] = 0,
) -> int:
    """Inter-annotator agreement on actors, events and claims, per article and corpus.

    Spans (actor mentions, event triggers, claim spans): exact and overlap F1 and
    Krippendorff's unitizing alpha. Matched items: Cohen's kappa (two annotators) or
    Fleiss' kappa (three or more) and Krippendorff's alpha on actor type, event type and
    factuality, claim kind and check-worthiness; ordinal alpha on the verdict. Structure:
    B-cubed F1 of which mentions form one actor, event participants (trigger, actor and
    role), claimants. Items are matched by their spans, never by ids. Every figure shows
    the number of items it rests on; "n/a" when there are none.

    Exit code 0, or 1 when a --min threshold is not met or on bad input.

    Example: annotate agree corpus/ --annotators alice,bob --min '*.overlap.f1=0.8'
    """
    from annotate import render as screen
    from annotate.agreement import compare, corpus, render, report
    from annotate.errors import UsageError

    if output_format not in FORMATS:
        raise UsageError(f"unknown format {output_format!r}; choose from {', '.join(FORMATS)}")
    thresholds = [report.Threshold.parse(t) for t in minimum or []]
    chosen = ([a.strip() for a in annotators.split(",") if a.strip()]
              if annotators is not None else None)  # ("" names nobody: not everyone)
    twice = [a for n, a in enumerate(chosen or []) if a in (chosen or [])[:n]]
    if twice:  # (alice compared with herself, and the pairs counted twice)
        raise UsageError(f"--annotators names {twice[0]} twice")
    if chosen is not None and len(chosen) < 2:
        raise UsageError("--annotators needs two annotators or more: alice,bob")
    found = corpus.find([a_path(p) for p in paths], chosen)
    total = compare.Corpus(found.annotators)
    everyone = tuple(found.annotators)
    if jobs < 0:
        raise UsageError(f"--jobs must be 0 (one per core) or more, not {jobs}")
    renderer = {"json": report.json_record, "csv": report.csv_rows,
                "text": render.article_row}[output_format]
    results = compare.run(found, total, jobs or None, renderer)
    skipped: list[dict[str, Any]] = [
        {"article": str(g.article), "sidecars": {e.annotator: str(e.path) for e in g.entries}}
        for g in found.skipped]
    verdicts: list[report.Verdict] = []

    def summary():  # type: ignore[no-untyped-def]
        verdicts.extend(report.check(compare.figures(total.tallies), thresholds, everyone))
        return total, skipped, verdicts

    if output_format in ("json", "csv"):
        from annotate.textfile import utf8_stdout
        with utf8_stdout() as stdout:  # (as export: UTF-8 whatever the terminal's encoding)
            if output_format == "json":
                report.write_json(stdout, found.annotators, results, summary)
            else:
                report.write_csv(stdout, results, summary)
                summary()
    else:
        console = screen.console(highlight=False)  # (unpadded off a terminal; 80 at width 0)
        render.articles(console, results)
        summary()
        groups: list[tuple[str, ...]] = sorted(g for g in total.groups() if len(g) == 2)
        groups += [everyone] if len(everyone) > 2 else []
        console.print(render.table(render.title(total, groups, everyone),
                                   compare.figures(total.tallies), groups, everyone))
        console.print(render.KEY, style="dim")
    if skipped:
        names = ", ".join(s["article"] for s in skipped[:5])
        more = f" and {len(skipped) - 5} more" if len(skipped) > 5 else ""
        one = len(skipped) == 1
        say(f"warning: {counted(len(skipped), 'article')} "
            + ("has" if one else "have") + " one annotator's sidecar only and "
            + ("was" if one else "were") + f" skipped: {names}{more}")
    for path in found.unnamed:
        say(f"warning: {path}: left out: {corpus.nameless(path)}")
    failed = [v for v in verdicts if v.failed]
    for v in verdicts:
        if v.figure.value is None:
            say(f"warning: {v.figure.metric} is n/a (no items), so --min "
                f"{v.threshold.pattern}={v.threshold.minimum:g} was not checked")
    for v in failed:
        say(f"{v.figure.metric} is {v.figure.value:.3f}, below the minimum "
            f"{v.threshold.minimum:g} (over {v.figure.n} items)")
    return 1 if failed else 0


def merge(
    sidecars: Annotated[list[str], typer.Argument(
        help="The annotators' sidecars of one article (or its folder).", show_default=False)],
    output: Annotated[str, typer.Option(
        "--output", "-o", help="The merged sidecar to write (e.g. story.ann.yaml).",
        show_default=False)],
    min_agree: Annotated[int | None, typer.Option(
        help="How many annotators must give the same version for an item to go in "
             "(default: a majority).", show_default=False)] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Overwrite OUTPUT if it exists.")] = False,
) -> int:
    """Merge the annotators' sidecars of one article into one gold sidecar.

    Items are matched by their spans as in `annotate agree`; actor ids are unified
    through their mentions. An item goes in when at least --min-agree annotators gave
    the same version of it, with `sources: [...]` naming them; every other item is kept
    in `disagreements` with each annotator's version, for `annotate adjudicate`.
    Never overwrites OUTPUT without --force, and never writes over an input.

    Example: annotate merge story.alice.ann.yaml story.bob.ann.yaml -o story.ann.yaml
    """
    from annotate import checks, sidecar, store
    from annotate.agreement import corpus
    from annotate.agreement import merge as merge_mod
    from annotate.errors import AnnotateError, UsageError

    if not output.strip():  # (Path("") is ".", and the error named ".")
        raise UsageError("-o is empty; name the merged sidecar, e.g. story.ann.yaml")
    target = Path(output)
    if not sidecar.is_sidecar(target):
        raise UsageError(f"the output must be a sidecar name ending in {sidecar.SUFFIX}", target)
    sidecar.check_leads_to_sidecar(target)  # (a link to the article: --force wrote over it)
    if target.exists() and any(Path(p).is_file() and Path(p).samefile(target)
                               for p in sidecars):
        raise UsageError("is one of the sidecars being merged, and merge never writes over "
                         "an input; name a new file, e.g. the article's own sidecar "
                         "(story.ann.yaml)", target)
    if target.exists() and not force:
        raise UsageError("exists; use --force to overwrite it", target)
    found = corpus.find([a_path(p) for p in sidecars], leave_out=target)
    if len(found.groups) > 1:
        raise AnnotateError("merge takes the sidecars of one article, and these are of "
                            f"{len(found.groups)}: " + ", ".join(str(g.article)
                                                                for g in found.groups))
    group = found.groups[0]
    if found.skipped:
        raise AnnotateError(f"the sidecars are of different articles ({group.article} and "
                            f"{found.skipped[0].article}); merge takes one article's")
    _refuse_annotators_file(target, group)
    if min_agree is not None and not 1 <= min_agree <= len(group.entries):
        raise UsageError(f"--min-agree must be between 1 and {len(group.entries)} (the number "
                         f"of annotators), not {min_agree}")
    sides = corpus.load(group)
    _refuse_unknown_names(sides, target)
    merged, summary = merge_mod.merge(sides, target, min_agree)
    try:
        sidecar.article_path(target, merged.document.path)  # `validate` would refuse it
    except AnnotateError:
        raise AnnotateError(f"its article {group.article} is outside the merged sidecar's "
                            "folder and project; write the merge beside the article "
                            f"(e.g. {sidecar.path_for(group.article)})", target) from None
    with store.locked(target, brief=True) as saver:  # not over a merge someone is adjudicating
        saver.save(merged)
    errors = [p for p in checks.check_file(target) if p.severity == checks.ERROR]
    print(f"{target}: merged {len(sides)} sidecars of {group.article} "
          f"({', '.join(s.annotator for s in sides)}): {counted(summary.agreed, 'item')} "
          f"agreed, {counted(summary.open, 'open disagreement')}"
          + (f"; run `annotate adjudicate {target}`" if summary.open else ""))
    for problem in errors:  # a bug if it happens: say so rather than hide it
        say(str(problem))
    return 1 if errors else 0


def adjudicate(
    merged: Annotated[Path, typer.Argument(
        help="The merged sidecar written by annotate merge.", show_default=False)],
    config: Annotated[Path | None, typer.Option(
        parser=a_config, metavar="<path>",
        help="An inventory file (default: the nearest annotate.yaml).")] = None,
    plain: Annotated[bool, typer.Option(
        "--plain", help="The prompt dialogue instead of the full-screen workspace.")] = False,
) -> int:
    """Decide the open disagreements of a merged sidecar, one by one.

    Each disagreement shows the annotators' versions side by side. On a terminal, full
    screen with the article: a digit takes that version, e and a digit edits it in a form
    first, x drops the item, s skips, u undoes, ? shows the keys, q quits. Piped, with
    TERM=dumb or --plain, a prompt: type its number to take it, e N --FIELD VALUE to take
    it and change fields, d to drop the item, s to skip, u to undo, q to quit. Every
    decision is saved at once (and undoable); when no disagreement is left the sidecar is
    validated.

    Example: annotate adjudicate story.ann.yaml
    """
    import contextlib

    from rich.console import Console

    from annotate import sidecar, textfile
    from annotate.agreement.dialogue import Dialogue
    from annotate.errors import AnnotateError
    from annotate.tag import tui, workspace

    if not sidecar.is_sidecar(merged):  # an article given: its merged sidecar, if there is one
        if not sidecar.path_for(merged).is_file():
            # (a name that is no file at all, or a folder, is said so: not "is an article")
            textfile.open_bytes(merged, "merged sidecar").close()
            raise AnnotateError(f"is an article, not a sidecar; give the merged sidecar "
                                f"({sidecar.path_for(merged).name}, written by annotate merge)",
                                merged)
        merged = sidecar.path_for(merged)
    ann = sidecar.load(merged)
    article = sidecar.article_of(merged, ann)  # never outside the project
    if not ann.disagreements:
        print(f"{merged}: no open disagreement; nothing to adjudicate")
        return 0
    interactive = sys.stdin.isatty()
    full_screen = not plain and tui.capable()
    if interactive and not full_screen:
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (line editing for input())
    ws = workspace.open_workspace(article, merged, config)
    try:
        if ws.plan is not None:
            raise AnnotateError(f"the article {article} changed since this sidecar was "
                                f"saved; run `annotate reanchor {article} --sidecar {merged}` "
                                "first", merged)
        sidecar.check_spans(merged, ws.ann, ws.ctx.article.text, disputed=True)
        if full_screen:
            return tui.adjudicate(ws)
        console = Console(color_system=None if not interactive else "auto", highlight=False)
        return Dialogue(ws, console, interactive=interactive).run()
    finally:
        ws.close()


def _refuse_unknown_names(sides: list[corpus.Side], target: Path) -> None:
    """Every annotator's names (types, roles, kinds, verdicts) must be in the inventory the
    merged sidecar is validated with: a name it lacks would go into the gold, or into a
    disagreement's version that adjudicating takes as it is, and fail `validate` there."""
    from annotate import checks, config
    from annotate.errors import AnnotateError

    inventory = config.for_path(target)
    for side in sides:
        found = checks.names_not_in(side.path, inventory)
        if found:
            first, n = found[0], len(found) - 1
            more = f"; and {n} more of its names {'is' if n == 1 else 'are'} not in it" \
                if n else ""
            raise AnnotateError(f"{first.message} ({first.path}){more}; fix the sidecar "
                                "before merging (`annotate validate` lists each)",
                                side.path, first.line, first.column)


def _refuse_annotators_file(target: Path, group: corpus.Group) -> None:
    """The gold sidecar never goes over an annotator's: not one named like theirs, and
    not an existing file of one annotator's (--force or not)."""
    from annotate import sidecar
    from annotate.errors import AnnotateError, UsageError

    try:
        named = sidecar.annotator_in_name(target, group.article)
    except ValueError:
        named = None
    real = os.path.realpath(target)  # (a link loop: no RuntimeError, as Path.resolve raises)
    if named is not None or any(os.path.realpath(e.path) == real for e in group.entries):
        raise UsageError("is an annotator's sidecar; write the merge to another file "
                         f"(e.g. {sidecar.path_for(group.article)})", target)
    if target.exists():
        try:
            existing = sidecar.load(target)
        except AnnotateError:
            return  # not a sidecar anyone can load: --force was given
        if len(existing.annotators) <= 1:
            raise UsageError("is an annotator's sidecar, not a merged one; write the merge to "
                             "another file", target)
        sidecar.check_belongs(target, existing, group.article)  # (another article's gold)
