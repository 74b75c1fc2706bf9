from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from annotate.commands import a_config, a_path
from annotate.errors import UsageError
from annotate.exporters import EXPORTERS
from annotate.visible import count_phrase, counted, say


def describe() -> str:
    """One line per format: what it is, its offsets, what it loses."""
    width = max(map(len, EXPORTERS))
    lines = []
    for name, cls in EXPORTERS.items():
        lines.append(f"{name:<{width}}  {cls.description}")
        lines.append(f"{'':<{width}}  offsets: {cls.offsets}; loses: {cls.loses}")
        lines.append(f"{'':<{width}}  output: {cls.layout}")
        if cls.file_name:
            lines.append(f"{'':<{width}}  into a folder (-o DIR/): DIR/{cls.file_name}")
        if cls.notes:
            lines.append(f"{'':<{width}}  note: {cls.notes}")
    return "\n".join(lines)


def export(
    paths: Annotated[list[Path] | None, typer.Argument(
        parser=a_path,
        help="Sidecars (*.ann.yaml), articles (their sidecars) or folders to search.")] = None,
    to: Annotated[str | None, typer.Option(
        "--to", "-t", help=f"Format: {', '.join(EXPORTERS)}.")] = None,
    output: Annotated[str | None, typer.Option(  # (a str: a Path drops a trailing slash)
        "--output", "-o", help="Output file (default: stdout); a folder (one that exists, "
                               "or a path ending in /) gets the format's file name in it "
                               "(replaced only if an earlier export wrote it); "
                               "brat and label-studio write a folder.")] = None,
    list_formats: Annotated[bool, typer.Option(
        "--list", help="Describe every format and exit.")] = False,
    strict: Annotated[bool, typer.Option(
        help="Exit 1 if the format could not hold everything, or a consumer's required or "
             "recommended property is missing.")] = False,
    publisher: Annotated[str | None, typer.Option(
        help="ClaimReview: the fact-checking organisation (default: publisher.name in "
             "annotate.yaml).")] = None,
    publisher_url: Annotated[str | None, typer.Option(
        help="ClaimReview: its web site; review URLs are built from it (default: "
             "publisher.url in annotate.yaml).")] = None,
    date: Annotated[str | None, typer.Option(
        help="The date-time stamped (ISO 8601, UTC) as W3C's created (default: each "
             "sidecar's modification time) and as ClaimReview's datePublished where a claim "
             "has no review date.")] = None,
    trim_at_newline: Annotated[bool, typer.Option(
        "--trim-at-newline", help="brat: cut a span that crosses a line break at its first "
                                  "one, instead of writing it as fragments (for tools that "
                                  "read one fragment per T line, like brat's anntoconll.py)."
    )] = False,
    with_offsets: Annotated[bool, typer.Option(
        "--with-offsets", help="conll: a '# offsets = 0-5 6-12 ...' comment line before each "
                               "sentence (not CoNLL-2003; most readers take it for a token)."
    )] = False,
    config: Annotated[Path | None, typer.Option(
        parser=a_config, metavar="<path>",
        help="Inventory file (default: nearest annotate.yaml).")] = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", help="Worker processes (default: one per core; at most four per "
                           "core).", show_default=False)] = 0,
) -> int:
    """Export sidecars to the formats other tools read.

    brat and label-studio write a folder (-o DIR); the others write
    all documents to one stream (stdout, or -o FILE). Given a folder
    (-o DIR/, or a folder that exists) they write one file in it,
    named for the format: annotations.json, annotations.jsonl,
    annotations.csv, annotations.conll, w3c.json, claimreview.json,
    doccano.jsonl or prodigy.jsonl.

    What a format cannot hold is reported on stderr, one line per
    kind, with counts; so is each property its consumer requires or
    recommends that is missing (ClaimReview: Google's Fact Check
    markup). --strict makes any of these exit 1.

    --list gives each format's layout, what it loses and its offset
    unit (Unicode code points, as in the sidecar, or tokens).

    Example: annotate export samples/ --to brat -o out/brat
    """
    from annotate.exporters import Options
    from annotate.exporters.run import export as run_export

    if list_formats:
        print(describe())
        return 0
    if to is None:
        raise UsageError(f"choose a format with --to ({', '.join(EXPORTERS)})")
    if to not in EXPORTERS:
        raise UsageError(f"unknown format {to!r}; choose from {', '.join(EXPORTERS)}")
    for flag, given, only in (("--trim-at-newline", trim_at_newline, "brat"),
                              ("--with-offsets", with_offsets, "conll")):
        if given and to != only:  # (it was ignored without a word)
            raise UsageError(f"{flag} is for --to {only} only, not --to {to}")
    if date is not None:
        date = _utc(date)
    from annotate.metadata import is_web_url

    if publisher is not None and not publisher.strip():  # (it fell back to annotate.yaml's)
        raise UsageError("--publisher is empty; give the fact-checking organisation's name")
    if publisher_url is not None and not is_web_url(publisher_url):
        raise UsageError(f"--publisher-url {publisher_url!r} is not an http(s) URL")
    options = Options(date=date, publisher=publisher, publisher_url=publisher_url,
                      trim_at_newline=trim_at_newline, conll_offsets=with_offsets)
    if jobs < 0:
        raise UsageError(f"--jobs must be 0 (one per core) or more, not {jobs}")
    if output == "":
        raise UsageError("-o is empty; give a file, a folder, or - for standard output")
    out = None if output is None else Path(output)
    into_folder = output is not None and output.endswith(("/", os.sep))
    result = run_export(paths or [Path(".")], to, out, options, config, jobs or None,
                        into_folder)
    for kind, count in sorted(result.losses.items()):
        say(f"{to} could not hold {count} {count_phrase(count, kind)}")
    for warning, count in result.warnings.items():  # in the order the consumer ranks them
        say(f"{to}: {count} {count_phrase(count, 'reviews')} {warning}")
    for note, count in sorted(result.notes.items()):
        say(f"note: {count} {count_phrase(count, note)}")
    if output is not None:
        where = "standard output" if output == "-" else result.output
        say(f"exported {counted(result.files, 'sidecar')} to {where}")
    return 1 if strict and (result.losses or result.warnings) else 0


def _utc(value: str) -> str:
    from datetime import datetime, timezone

    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--date {value!r} is not an ISO 8601 date-time") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    try:
        return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    except OverflowError:
        raise UsageError(f"--date {value!r} is out of range once converted to UTC (years 1 "
                         "to 9999)") from None

