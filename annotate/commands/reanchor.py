from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from annotate.commands import a_path, a_sidecar, warn_if_config_broken
from annotate.model import DEFAULT_MIN_SCORE


def reanchor(
    article: Annotated[Path, typer.Argument(
        parser=a_path, help="The article file, after it was edited.")],
    sidecar: Annotated[Path | None, typer.Option(
        parser=a_sidecar, metavar="<path>",
        help="The sidecar (default: ARTICLE with .ann.yaml).")] = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Show the plan; change nothing.")] = False,
    min_score: Annotated[float, typer.Option(
        help="Lowest score (0-1, from quote and context similarity) at which a span that is "
             "not exactly where it was is moved; below it the span is orphaned.")
    ] = DEFAULT_MIN_SCORE,
) -> int:
    """Move spans to where their text went after the article was edited.

    Each span that is no longer at its offsets is looked for by its text and its stored
    context (curly or straight quotes, dashes, non-breaking spaces and line wrapping count
    as the same): found again exactly (moved), approximately (fuzzy: its text is updated), or
    not at all (orphaned: kept with its old text and `orphaned: true`, for review; never
    deleted). A claim whose text changed keeps its verdict, flagged for re-check
    (`recheck`: the text the verdict was given for; `validate` warns until it is
    confirmed with `annotate edit ARTICLE ID --recheck none`). The plan is printed as a
    table, then saved with the article's new hash under the sidecar's lock, unless
    --dry-run.

    Exit code 0 when every span was placed, 1 when some are orphaned or ambiguous (or on
    error).

    Example: annotate reanchor samples/putin-netanyahu-call.txt --dry-run
    """
    from contextlib import nullcontext
    from dataclasses import replace

    from annotate import anchoring, render, store
    from annotate import article as article_mod
    from annotate import sidecar as sidecar_mod
    from annotate.errors import UsageError
    from annotate.render import render_plan
    from annotate.visible import counted, visible_line

    if not 0.0 <= min_score <= 1.0:
        raise UsageError(f"--min-score must be between 0 and 1, not {min_score}")
    art = article_mod.load(article)
    path = sidecar or sidecar_mod.path_for(article)
    console = render.console(highlight=False, soft_wrap=True)
    name = visible_line(str(path))
    if sidecar is not None:
        sidecar_mod.check_not_article(path, article)
    if not path.is_file():
        sidecar_mod.load(path)  # its one-line error, before a lock is made beside it
    # A dry run saves nothing, so it takes no lock: it reads a read-only checkout too.
    with nullcontext() if dry_run else store.locked(path, brief=True) as saver:
        ann = sidecar_mod.load_given(path, article)
        given = sidecar_mod.check_belongs(path, ann, article)
        warn_if_config_broken(path)
        plan = anchoring.plan(ann, art, min_score)
        updated = anchoring.apply(ann, plan, art)
        # A dry run saves nothing, so each line after the plan says what a run would do.
        dry = saver is None
        if given:  # (the article renamed)
            updated.document = replace(updated.document, path=given)
            names = "it would name" if dry else "it names"
            console.print(f"{name}: its document.path {ann.document.path!r} named no file; "
                          f"{names} {given!r}, the article given", markup=False)
        render_plan(console, plan, ann)
        lost = sum(1 for p in anchoring.disputed(ann, plan, art)
                   if not p.placed and not p.old.orphaned)
        if lost:  # (the annotators' versions in disagreements, moved with the rest)
            kept = "would be kept" if dry else "kept"
            console.print(f"{counted(lost, 'span')} of the annotators' versions in "
                          f"disagreements not found: {kept} as orphaned", markup=False)
        changed = updated.to_dict() != ann.to_dict()
        if not changed:
            console.print(f"{name}: nothing to change", markup=False)
        elif saver is None:  # (that is `dry`; mypy narrows `saver` for the save below only so)
            console.print(f"{name}: dry run, nothing saved", markup=False)
        else:
            saver.save(updated)
            console.print(f"{name}: saved, with the article's new hash", markup=False)
        flagged = [c.id for c, was in zip(updated.claims, ann.claims, strict=True)
                   if c.recheck and c.recheck != was.recheck]
        if flagged:
            verdict = "verdict would be flagged for re-check" if dry else "verdict to re-check"
            console.print(f"{verdict} (its claim's text changed): {', '.join(flagged)}",
                          markup=False)
        left = sum(1 for p in plan.placements if not p.placed)
        if left:  # what a person is to do about them, not only how many
            them = "it" if left == 1 else "them"
            kept = "would be kept" if dry else "kept"
            console.print(f"{counted(left, 'span')} not placed: {kept} with the old text, "
                          "marked `orphaned: true`, never attached to other words; re-tag or "
                          f"delete {them} with `annotate tag {visible_line(str(article))}` "
                          "(command `review`)", markup=False)
    return 0 if plan.complete and not lost else 1
