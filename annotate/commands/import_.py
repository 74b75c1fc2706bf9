from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from annotate.commands import a_config, a_path, a_sidecar
from annotate.errors import AnnotateError, UsageError
from annotate.importers import IMPORTERS
from annotate.visible import count_phrase, counted, say

if TYPE_CHECKING:
    from annotate.model import Annotations


def import_(
    files: Annotated[list[Path], typer.Argument(
        parser=a_path,
        help="The file to import: a brat .ann (its .txt may be named too), a Label Studio "
             "tasks JSON, or a doccano JSONL.")],
    source: Annotated[str, typer.Option(
        "--from", "-f", help=f"Format: {', '.join(IMPORTERS)}.")],
    article: Annotated[Path, typer.Option(help="The article the annotations are on.")],
    sidecar: Annotated[Path | None, typer.Option(
        parser=a_sidecar, metavar="<path>",
        help="Where to write (default: ARTICLE with .ann.yaml).")] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing sidecar.")] = False,
    strict: Annotated[bool, typer.Option(
        help="Write nothing if anything had to be changed, dropped or left unmapped.")] = False,
    config: Annotated[Path | None, typer.Option(
        parser=a_config, metavar="<path>",
        help="Inventory file (default: nearest annotate.yaml).")] = None,
) -> int:
    """Bring annotations made in brat, Label Studio or doccano in as a sidecar.

    Types, roles and kinds are mapped through the inventory; what cannot be mapped is
    reported on stderr, one line per kind with counts. An item changed or dropped on
    the way (a brat span whose text is not the article's, a discontinuous span joined,
    UTF-16 offsets converted) is reported on its own line; --strict then writes nothing.
    Files with many documents (Label Studio, doccano) are searched for the one whose
    text is the article's. Never overwrites an existing sidecar without --force.

    Example: annotate import out/brat/story.ann --from brat --article story.txt
    """
    from annotate import article as article_mod
    from annotate import config as config_mod
    from annotate import schema, store, textfile, yamlio
    from annotate import sidecar as sidecar_mod
    from annotate.importers.build import build

    if source not in IMPORTERS:
        raise UsageError(f"unknown format {source!r}; choose from {', '.join(IMPORTERS)}")
    chosen = [f for f in files if f.suffix == ".ann"] if source == "brat" else files
    if len(chosen) != 1:
        hint = "" if source != "brat" or len(files) != 1 else \
            f" (brat's annotations are the .ann file; {files[0].name} is not one)"
        raise UsageError(f"give exactly one {source} file to import into one article{hint}")
    target = sidecar or sidecar_mod.path_for(article)
    if target.is_dir():
        raise UsageError("is a folder, not a sidecar file", target)
    art = article_mod.load(article)
    # The file to import is there and readable before it is compared with the sidecar (a
    # missing one was "No such file or directory", exit 1, once the sidecar existed).
    textfile.open_bytes(chosen[0], "file to import").close()
    for given, what in ((article, "the article"), (chosen[0], "the file being imported")):
        if target.exists() and os.path.samefile(target, given):  # even with --force
            raise UsageError(f"is {what}; write the sidecar elsewhere (--sidecar)", target)
    if not target.name.endswith(sidecar_mod.SUFFIX):  # (no command would find it; and
        # --force would replace a file that is no sidecar: notes.md, annotation.conf)
        raise UsageError(f"the sidecar's name must end in {sidecar_mod.SUFFIX}", target)
    sidecar_mod.check_leads_to_sidecar(target)  # (nor, through a link, another file's)
    inventory = config_mod.for_path(target, config)
    yamlio.make_folder(target.parent)  # (as export -o and ingest -o make theirs)
    with store.locked(target, brief=True) as saver:  # the same door as every other write
        if target.exists() and not force:
            raise UsageError("sidecar already exists; use --force to replace it", target)
        old = _replaced(target)
        if old is not None:  # --force replaces this article's sidecar, never another's
            sidecar_mod.check_belongs(target, old, article)
        draft = IMPORTERS[source](chosen[0], art.text, inventory)
        annotations, problems = build(draft, art, target, inventory)
        kept = _keep_details(old, annotations) if old is not None else []
        for note in draft.notes:
            say(note.render(chosen[0]))
        for kind, count in sorted(problems.items()):
            say(f"could not map {count} {count_phrase(count, kind)}")
        changes = len(draft.notes) + sum(problems.values())
        if strict and changes:
            raise AnnotateError(f"not written: --strict, and {counted(changes, 'item')} "
                                + ("was" if changes == 1 else "were")
                                + " changed, dropped or not mapped (listed above)", target)
        # The last guard: an import never writes a sidecar that would then block every edit.
        wrong = next(schema.errors(annotations.to_dict(), floats=False), None)  # ints only
        if wrong is not None:
            raise AnnotateError(f"not written: the imported annotations break the schema at "
                                f"{sidecar_mod.json_path(wrong[0])} ({wrong[1]})", target)
        saver.save(annotations)
    kept_line = f"; kept the replaced sidecar's {', '.join(kept)}" if kept else ""
    say(f"wrote {target} ({annotations.counts()}){kept_line}")
    return 0


def _replaced(target: Path) -> Annotations | None:
    """The sidecar --force replaces, if there is one that loads (a broken file has nothing
    to keep, nor an article to belong to)."""
    from annotate import sidecar as sidecar_mod

    if not target.exists():
        return None
    try:
        return sidecar_mod.load(target)
    except AnnotateError:
        return None


def _keep_details(old: Annotations, annotations: Annotations) -> list[str]:
    """What no import format carries (the article's url, outlet, date and authors, a title
    set by hand, the annotators) kept from the sidecar --force replaces; the names of what
    was kept."""
    from dataclasses import fields, replace

    doc, kept = annotations.document, list[str]()
    for f in fields(doc):
        was = getattr(old.document, f.name)
        if f.name not in ("path", "sha256", "length") and was and was != getattr(doc, f.name):
            doc, kept = replace(doc, **{f.name: was}), [*kept, f.name]
    if old.annotators and not annotations.annotators:
        annotations.annotators, kept = old.annotators, [*kept, "annotators"]
    annotations.document = doc
    return kept
