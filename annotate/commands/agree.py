from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

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
    from rich.console import Console

    from annotate.agreement import compare, corpus, render, report
    from annotate.errors import UsageError

    if output_format not in FORMATS:
        raise UsageError(f"unknown format {output_format!r}; choose from {', '.join(FORMATS)}")
    thresholds = [report.Threshold.parse(t) for t in minimum or []]
    chosen = [a.strip() for a in annotators.split(",") if a.strip()] if annotators else None
    if chosen is not None and len(set(chosen)) < 2:
        raise UsageError("--annotators needs two annotators or more: alice,bob")
    found = corpus.find([Path(p) for p in paths], chosen)
    total = compare.Corpus(found.annotators)
    everyone = tuple(found.annotators)
    results = compare.run(found, total)
    skipped = [{"article": str(g.article), "sidecars": {e.annotator: str(e.path)
                                                        for e in g.entries}}
               for g in found.skipped]
    verdicts: list[report.Verdict] = []

    def summary():  # type: ignore[no-untyped-def]
        verdicts.extend(report.check(compare.figures(total.tallies), thresholds, everyone))
        return total, skipped, verdicts

    if output_format == "json":
        report.write_json(sys.stdout, found.annotators, results, summary)
    elif output_format == "csv":
        report.write_csv(sys.stdout, results, summary)
        summary()
    else:
        console = Console(highlight=False)
        render.articles(console, results, everyone)
        summary()
        groups = sorted(g for g in total.groups() if len(g) == 2)
        groups += [everyone] if len(everyone) > 2 else []
        console.print(render.table(render.title(total, groups, everyone),
                                   compare.figures(total.tallies), groups, everyone))
        console.print(render.KEY, style="dim")
    if skipped:
        names = ", ".join(s["article"] for s in skipped[:5])
        more = f" and {len(skipped) - 5} more" if len(skipped) > 5 else ""
        print(f"annotate: warning: {len(skipped)} article(s) have one annotator's sidecar only "
              f"and were skipped: {names}{more}", file=sys.stderr)
    failed = [v for v in verdicts if v.failed]
    for v in verdicts:
        if v.figure.value is None:
            print(f"annotate: warning: {v.figure.metric} is n/a (no items), so --min "
                  f"{v.threshold.pattern}={v.threshold.minimum:g} was not checked",
                  file=sys.stderr)
    for v in failed:
        print(f"annotate: {v.figure.metric} is {v.figure.value:.3f}, below the minimum "
              f"{v.threshold.minimum:g} (over {v.figure.n} items)", file=sys.stderr)
    return 1 if failed else 0
