"""Run an export: find sidecars, render them one at a time (in worker processes for a
large corpus), write the output, add up the losses.

Only one document is in memory at a time per process, so memory stays flat however
large the corpus. Every output file is written to a temp file beside it, and all are
renamed into place only once every document was rendered (a `yamlio.Batch`), so a
failed export leaves its destination as it was: no half file, no first documents only.

An export never writes onto its inputs (a sidecar or an article), and into a folder it
only replaces files an earlier export made there: they are listed in the folder's
`.annotate-export.json`, so an unrelated `story.txt` beside them is never overwritten.
That holds for a one-file format's default name in a folder (`-o DIR/`) too; a file the
user names (`-o FILE`) is replaced, as asked. Every file an export will write is checked
before the first is written.
"""

from __future__ import annotations

import fcntl
import io
import json
import os
import shutil
import tempfile
from collections import Counter, deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TextIO, cast

from annotate import article as article_mod
from annotate import checks, config, sidecar, yamlio
from annotate.config import Inventory
from annotate.errors import AnnotateError, Several, UsageError
from annotate.exporters import EXPORTERS, Doc, Exporter, Options, Rendered
from annotate.exporters.base import unique_names
from annotate.textfile import encodable, read_bytes, utf8_stdout
from annotate.validate import discover, none_found, workers


@dataclass
class Result:
    files: int = 0
    output: Path | None = None  # the file or folder written (None: standard output)
    losses: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)


def load_doc(path: Path, config_path: Path | None, options: Options, name: str = "") -> Doc:
    if not encodable(str(path)):  # the exports and the report name their sources, in UTF-8
        raise AnnotateError("the sidecar's path is not valid UTF-8, so an export or report "
                            "cannot name it; rename it", path)
    ann = sidecar.load(path)
    sidecar.check_ids(path, ann)  # (one id twice: a consumer's references would be ambiguous)
    sidecar.check_references(path, ann)
    try:
        art = article_mod.load(sidecar.article_of(path, ann))
    except AnnotateError as error:
        if error.path == str(path):
            raise
        # (empty, binary, a FIFO…: in the sidecar's name, as a folder or a missing one is)
        raise type(error)(f"its article {error}", path) from None
    if art.sha256 != ann.document.sha256:
        raise AnnotateError(f"its article {ann.document.path} changed since it was annotated; "
                            "run `annotate validate` (or `annotate reanchor`) first", path)
    sidecar.check_spans(path, ann, art.text, disputed=True)  # (JSON holds the versions too)
    date = options.date or datetime.fromtimestamp(path.stat().st_mtime, timezone.utc) \
        .strftime("%Y-%m-%dT%H:%M:%SZ")
    inventory = config.for_path(path, config_path)
    # (brat's annotation.conf and Label Studio's config.xml declare the inventory's names:
    # a type not in it would be one their readers reject)
    if unknown := checks.inventory_errors(path, ann, inventory):
        # (after the list of names allowed, "(and 12 more)" read as 12 more allowed)
        n = len(unknown) - 1
        more = f"; and {n} more of this sidecar's names {'is' if n == 1 else 'are'} not in " \
            "it; fix them first" if n else "; fix it first"
        raise AnnotateError(f"{unknown[0]}{more} (`annotate validate` lists each)", path)
    return Doc(path, ann, art, inventory, date, name)


@lru_cache(maxsize=4)
def _exporter(name: str, options: Options) -> Exporter:
    return EXPORTERS[name](options)


Done = tuple[Rendered, Inventory, Path]  # what was rendered, its inventory, its article


def render_one(args: tuple[str, Path, str, Path | None, Options]) -> Done | AnnotateError:
    """A document rendered, or why its sidecar cannot be (the export goes on to name
    every such sidecar, then writes nothing)."""
    fmt, path, name, config_path, options = args
    try:
        doc = load_doc(path, config_path, options, name)
    except AnnotateError as error:
        return error
    return _exporter(fmt, options).render(doc), doc.inventory, doc.article.path


def render_all(name: str, files: list[Path], config_path: Path | None, options: Options,
               jobs: int | None = None) -> Iterator[Done | AnnotateError]:
    """Rendered documents in input order, in worker processes when it pays off."""
    work = [(name, f, unique, config_path, options)
            for f, unique in zip(files, unique_names(files), strict=True)]
    jobs = workers(jobs, -(-len(work) // CHUNK))  # (at most one per chunk)
    if jobs <= 1 or len(files) < 64:
        yield from map(render_one, work)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    # A bounded window of chunks in flight, so a slow reader of the output never makes
    # rendered documents pile up in memory.
    chunks = iter([work[i:i + CHUNK] for i in range(0, len(work), CHUNK)])
    with ProcessPoolExecutor(jobs) as pool:
        pending: deque[Future[list[Done | AnnotateError]]] = deque(
            pool.submit(_render_chunk, chunk) for chunk in islice(chunks, 2 * jobs))
        while pending:
            done = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.submit(_render_chunk, following))
            yield from done


CHUNK = 16


def _render_chunk(work: list[tuple[str, Path, str, Path | None, Options]],
                  ) -> list[Done | AnnotateError]:
    return [done if isinstance(done, AnnotateError) else (done[0].whole(), *done[1:])
            for done in map(render_one, work)]


SPOOL = 16 * 1024 * 1024


@contextmanager
def open_stream(out: Path | None, batch: yamlio.Batch) -> Iterator[TextIO]:
    """stdout (also for `-`, always UTF-8), or `out` staged in `batch` (renamed when it
    commits): a failed export prints nothing and leaves no half file (a device or FIFO
    is written through)."""
    if out is None or str(out) == "-":
        # Spooled (in memory, on disk past SPOOL bytes) and printed once every document
        # rendered, so a reader of the pipe never takes half an export for a whole one.
        with tempfile.SpooledTemporaryFile(SPOOL, "w+", encoding="utf-8", newline="") as spool:
            yield cast(TextIO, spool)
            spool.seek(0)
            with utf8_stdout() as stdout:
                shutil.copyfileobj(spool, stdout)
        return
    batch.make_folder(out.parent)
    yamlio.remove_stale_temps(out, older_than=STALE)  # an export killed by SIGKILL left it
    with yamlio.atomic_open(out, batch=batch) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="", write_through=True)
        try:
            yield text
        finally:
            text.detach()  # the file stays atomic_open's to fsync and stage (or remove)


def export(paths: list[Path], name: str, out: Path | None, options: Options,
           config_path: Path | None = None, jobs: int | None = None,
           into_folder: bool = False) -> Result:
    """`into_folder` (the user's `-o` ended in a slash): a one-file format writes its
    default file name in `out`, as it does when `out` is an existing folder; as in a
    folder format's folder, it replaces only a file an earlier export made there."""
    exporter = EXPORTERS[name](options)
    files = discover(paths)
    if not files:
        raise none_found(paths)
    if out is not None and str(out) == "-":
        if exporter.folder:
            raise UsageError(f"--to {name} writes a folder, not stdout; give it with -o DIR")
        out = None
    if exporter.folder:
        if out is None:
            raise UsageError(f"--to {name} writes a folder; give it with -o DIR")
        if out.exists() and not out.is_dir():
            raise UsageError(f"is a file; --to {name} needs a folder", out)
    default_name = None  # a one-file format's own name for its file in a folder
    if not exporter.folder and out is not None and (into_folder or out.is_dir()):
        assert exporter.file_name, f"{name} has no default file name"
        default_name = exporter.file_name
        out = out / default_name
        if out.is_dir():
            raise UsageError(f"is a folder; --to {name} writes one file (or stdout)", out)
    batch = yamlio.Batch()  # every file is renamed into place once all are written
    if exporter.folder:
        assert out is not None
        batch.make_folder(out)
    guard = Guard(files, batch, out if exporter.folder else
                  out.parent if out is not None and default_name else None,
                  one_file=not exporter.folder)
    try:  # (the guard holds the output folder's lock: let go of it whatever happens)
        result = Result(output=out)
        inventories: dict[str, Inventory] = {}
        stream_path = out
        if exporter.folder:
            assert out is not None
            stream_path = out / exporter.stream_name if exporter.stream_name else None
            # Every file the export would write is checked before the first is written, so a
            # file that is not ours refuses the whole export, not what comes after it.
            guard.plan([*([exporter.stream_name] if exporter.stream_name else []),
                        *(relative for unique in unique_names(files)
                          for relative in exporter.file_names(unique)),
                        *exporter.finish_names])
        elif default_name:
            guard.plan([default_name])
        elif out is not None:
            guard.check(out)  # (a file the user named is replaced, unless it is an input)
        wrote = False
        failed: list[AnnotateError] = []
        with _maybe_stream(exporter, stream_path, batch) as stream:
            stream.write(exporter.header())
            for done in render_all(name, files, config_path, options, jobs):
                if isinstance(done, AnnotateError):
                    failed.append(done)
                    continue
                if failed:
                    continue  # (nothing will be written: only the failures are counted)
                rendered, inventory, article = done
                guard.add(article)
                if rendered.text or rendered.chunks is not None:
                    stream.write(exporter.separator() if wrote else "")
                    stream.writelines(rendered.chunks or [rendered.text])
                    wrote = True
                # (a Ctrl-C never falls between a temp file's making and its staging,
                # where nothing would remove it)
                with yamlio.signals_held():
                    for relative, content in rendered.files.items():
                        guard.write(relative, content)
                result.files += 1
                result.losses.update(rendered.losses)
                result.warnings.update(rendered.warnings)
                result.notes.update(rendered.notes)
                inventories.setdefault(inventory.source, inventory)
            if failed:  # the stream's file is not written (nor is stdout)
                distinct = list({str(e): e for e in failed}.values())  # (a config's: once)
                raise distinct[0] if len(distinct) == 1 else Several(
                    distinct, f"nothing was exported: {len(failed)} of {len(files)} sidecars "
                    "cannot be (each named above)")
            stream.write(exporter.footer())
            if stream_path is not None:
                guard.check(stream_path)  # an article met on the way (the rename is next)
        if exporter.folder and exporter.stream_name:
            guard.made.add(exporter.stream_name)
        elif default_name and batch.staged:  # (not a device written through)
            guard.made.add(default_name)
        for relative, content in exporter.finish(list(inventories.values())).items():
            guard.write(relative, content)
        guard.commit()
    finally:
        guard.close()
    return result


@contextmanager
def _maybe_stream(exporter: Exporter, path: Path | None,
                  batch: yamlio.Batch) -> Iterator[TextIO]:
    if exporter.folder and exporter.stream_name is None:
        with open(os.devnull, "w", encoding="utf-8") as sink:
            yield sink
        return
    with open_stream(path, batch) as stream:
        yield stream


MANIFEST = ".annotate-export.json"
STALE = 600  # seconds untouched after which an export's temp file is a dead writer's


class Guard:
    """Where an export may write: never onto one of its inputs (sidecars, and articles as
    they are met), and in an output folder only onto new files or files an earlier export
    made there (its manifest lists them). What it writes waits in `batch` until `commit`.

    `one_file`: the folder holds a one-file format's default name (`-o DIR/`), not a
    folder format's files."""

    def __init__(self, sidecars: list[Path], batch: yamlio.Batch, folder: Path | None,
                 one_file: bool = False) -> None:
        self.inputs: set[tuple[int, int]] = set()
        for path in sidecars:
            self.add(path)
        self.batch = batch
        self.folder = folder
        self.one_file = one_file
        self.made: set[str] = set()  # the files this export writes in the folder
        self.planned: set[str] = set()  # the files checked before the first write
        self.held = _hold(folder) if folder is not None else None  # (before the manifest)
        try:
            self.previous = self._manifest() if folder is not None else set()
            if folder is not None and not one_file:
                # (once, not a listing of the folder per file written; a one-file export
                # removes its own file's, and `-o ./` must not walk the whole tree)
                yamlio.remove_stale_temps_under(folder, older_than=STALE)
        except BaseException:
            self.close()
            raise

    def add(self, path: Path) -> None:
        try:
            st = os.stat(path)
        except OSError:
            return
        self.inputs.add((st.st_dev, st.st_ino))

    def check(self, path: Path, relative: str | None = None) -> None:
        try:
            st = os.stat(path)
        except OSError:
            return  # a new file
        if (st.st_dev, st.st_ino) in self.inputs:
            raise UsageError("is an input of this export (a sidecar or an article); choose "
                             "another output", path)
        if relative is None and (sidecar.is_sidecar(path) or sidecar.path_for(path).exists()):
            raise UsageError("is a sidecar or an annotated article; choose another output",
                             path)
        if relative is not None and relative not in self.previous and relative not in self.made:
            raise UsageError("exists and was not written by annotate export; " + (
                "name it with -o to replace it, or export into another folder"
                if self.one_file else "export into an empty folder, or remove the file"), path)

    def plan(self, relatives: list[str]) -> None:
        """Check every file of the output folder the export will write, before any is."""
        assert self.folder is not None, "only an output folder has named files"
        for relative in relatives:
            self.check(self.folder / relative, relative)
        self.planned.update(relatives)

    def write(self, relative: str, content: str) -> None:
        # Each file is staged whole beside its name and renamed at the commit; the commit's
        # one os.sync() makes them durable, as an fsync per file costs more than rendering.
        assert self.folder is not None and not self.one_file, \
            "only folder formats write named files"
        assert relative in self.planned, f"{relative}: not named by the exporter's file_names " \
            "or finish_names, so not checked before the export began"
        path = self.folder / relative
        self.check(path, relative)
        self.batch.make_folder(path.parent)
        yamlio.atomic_write(path, content, durable=False, batch=self.batch)
        self.made.add(relative)

    def _manifest(self) -> set[str]:
        assert self.folder is not None
        path = self.folder / MANIFEST
        if not os.path.lexists(path):
            return set()
        try:  # (only a regular file is read: a FIFO hung, a link to /dev/zero filled memory)
            listed = json.loads(read_bytes(path, "export manifest"))
        except ValueError:
            return set()
        return {x for x in listed if isinstance(x, str)} if isinstance(listed, list) else set()

    def commit(self) -> None:
        """Every file rendered: record them in the manifest, so the next export into the
        folder may replace them (first: a stop during the renames leaves none a later
        export refuses as not its own), then rename them all into place."""
        if self.folder is not None and self.made - self.previous:
            listed = sorted(self.previous | self.made)
            yamlio.atomic_write(self.folder / MANIFEST, json.dumps(listed, indent=0) + "\n")
        self.batch.commit()

    def close(self) -> None:
        """After a failure (or a stop) before the commit: remove the staged files and the
        folders made for them, so the destination is as it was. Then let the folder go."""
        try:
            self.batch.discard()
        finally:
            if self.held is not None:
                os.close(self.held)  # (the flock goes with it)
                self.held = None


def _hold(folder: Path) -> int | None:
    """An flock on the output folder itself (no lock file is left in it), held until the
    export ends: a second export into the folder waits for the first, then reads the
    manifest the first wrote. Two at once each read the manifest before either wrote it,
    and the one written last lacked the other's files, which every later export then
    refused as not its own. None where the folder cannot be locked (not there yet: an
    `-o DIR/` the export makes; a file system without flock)."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:
        os.close(fd)
        return None
    except BaseException:  # (a Ctrl-C while it waits)
        os.close(fd)
        raise
    return fd
