"""Run an export: find sidecars, render them one at a time (in worker processes for a
large corpus), write the output, add up the losses.

Only one document is in memory at a time per process, so memory stays flat however
large the corpus. A stream output file is written to a temp file and renamed at the
end, so a failed export never leaves half a file behind.
"""

from __future__ import annotations

import io
import os
import sys
from collections import Counter, deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TextIO

from annotate import article as article_mod
from annotate import config, sidecar, yamlio
from annotate.config import Inventory
from annotate.errors import AnnotateError, UsageError
from annotate.exporters import EXPORTERS, Doc, Exporter, Options, Rendered
from annotate.exporters.base import unique_names
from annotate.validate import discover


@dataclass
class Result:
    files: int = 0
    losses: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)


def load_doc(path: Path, config_path: Path | None, options: Options, name: str = "") -> Doc:
    ann = sidecar.load(path)
    article_path = path.parent / ann.document.path
    if not article_path.is_file():
        raise AnnotateError(f"its article {ann.document.path} is missing", path)
    art = article_mod.load(article_path)
    if art.sha256 != ann.document.sha256:
        raise AnnotateError(f"its article {ann.document.path} changed since it was annotated; "
                            "run `annotate validate` (or `annotate reanchor`) first", path)
    date = options.date or datetime.fromtimestamp(path.stat().st_mtime, timezone.utc) \
        .strftime("%Y-%m-%dT%H:%M:%SZ")
    return Doc(path, ann, art, config.for_path(path, config_path), date, name)


@lru_cache(maxsize=4)
def _exporter(name: str, options: Options) -> Exporter:
    return EXPORTERS[name](options)


def render_one(args: tuple[str, Path, str, Path | None, Options]) -> tuple[Rendered, Inventory]:
    fmt, path, name, config_path, options = args
    doc = load_doc(path, config_path, options, name)
    return _exporter(fmt, options).render(doc), doc.inventory


def render_all(name: str, files: list[Path], config_path: Path | None, options: Options,
               jobs: int | None = None) -> Iterator[tuple[Rendered, Inventory]]:
    """Rendered documents in input order, in worker processes when it pays off."""
    work = [(name, f, unique, config_path, options)
            for f, unique in zip(files, unique_names(files), strict=True)]
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(files) < 64:
        yield from map(render_one, work)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    # A bounded window of chunks in flight, so a slow reader of the output never makes
    # rendered documents pile up in memory.
    chunks = iter([work[i:i + CHUNK] for i in range(0, len(work), CHUNK)])
    with ProcessPoolExecutor(jobs) as pool:
        pending: deque[Future[list[tuple[Rendered, Inventory]]]] = deque(
            pool.submit(_render_chunk, chunk) for chunk in islice(chunks, 2 * jobs))
        while pending:
            done = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.submit(_render_chunk, following))
            yield from done


CHUNK = 16


def _render_chunk(work: list[tuple[str, Path, str, Path | None, Options]]
                  ) -> list[tuple[Rendered, Inventory]]:
    return [(rendered.whole(), inventory) for rendered, inventory in map(render_one, work)]


@contextmanager
def open_stream(out: Path | None) -> Iterator[TextIO]:
    """stdout, or `out` written atomically (a failed export leaves no half file)."""
    if out is None:
        with utf8_stdout() as stdout:
            yield stdout
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    with yamlio.atomic_open(out) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="", write_through=True)
        try:
            yield text
        finally:
            text.detach()  # the file stays atomic_open's to fsync and rename (or remove)


@contextmanager
def utf8_stdout() -> Iterator[TextIO]:
    """stdout as UTF-8, as every format is, whatever the terminal's encoding (with
    PYTHONIOENCODING=ascii the text stream would write '?' for the rest)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None or (sys.stdout.encoding or "").lower().replace("_", "-") in ("utf-8",
                                                                                 "utf8"):
        yield sys.stdout
        sys.stdout.flush()
        return
    sys.stdout.flush()
    text = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield text
    finally:
        text.flush()
        text.detach()


def export(paths: list[Path], name: str, out: Path | None, options: Options,
           config_path: Path | None = None, jobs: int | None = None) -> Result:
    exporter = EXPORTERS[name](options)
    files = discover(paths)
    if not files:
        raise UsageError("no sidecars (*.ann.yaml) found in " + ", ".join(map(str, paths)))
    if exporter.folder:
        if out is None:
            raise UsageError(f"--to {name} writes a folder; give it with -o DIR")
        if out.exists() and not out.is_dir():
            raise UsageError(f"is a file; --to {name} needs a folder", out)
        out.mkdir(parents=True, exist_ok=True)
    elif out is not None and out.is_dir():
        raise UsageError(f"is a folder; --to {name} writes one file (or stdout)", out)
    result = Result()
    inventories: dict[str, Inventory] = {}
    stream_path = out
    if exporter.folder:
        assert out is not None
        stream_path = out / exporter.stream_name if exporter.stream_name else None
    wrote = False
    with _maybe_stream(exporter, stream_path) as stream:
        stream.write(exporter.header())
        for rendered, inventory in render_all(name, files, config_path, options, jobs):
            if rendered.text or rendered.chunks is not None:
                stream.write(exporter.separator() if wrote else "")
                stream.writelines(rendered.chunks or [rendered.text])
                wrote = True
            for relative, content in rendered.files.items():
                _write(out, relative, content)
            result.files += 1
            result.losses.update(rendered.losses)
            result.notes.update(rendered.notes)
            inventories.setdefault(inventory.source, inventory)
        stream.write(exporter.footer())
    for relative, content in exporter.finish(list(inventories.values())).items():
        _write(out, relative, content)
    if exporter.folder:
        os.sync()
    return result


@contextmanager
def _maybe_stream(exporter: Exporter, path: Path | None) -> Iterator[TextIO]:
    if exporter.folder and exporter.stream_name is None:
        with open(os.devnull, "w", encoding="utf-8") as sink:
            yield sink
        return
    with open_stream(path) as stream:
        yield stream


def _write(folder: Path | None, relative: str, content: str) -> None:
    # Each file appears whole (temp file + rename); one os.sync() at the end makes them
    # durable, as an fsync per file costs more than rendering it.
    assert folder is not None, "only folder formats write named files"
    path = folder / relative
    yamlio.atomic_write(path, content, durable=False)
