"""Batch validation: find sidecars, check each (in parallel for large batches), collect."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotate import checks, config, schema, sidecar, textfile
from annotate.checks import ERROR, WARNING, Problem
from annotate.errors import UsageError, debugging

SKIP_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"}


@dataclass
class Report:
    files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    configs: dict[str, int] = field(default_factory=dict)  # inventory source -> files using it

    def count(self, severity: str) -> int:
        return sum(1 for p in self.problems if p.severity == severity)

    def strictly(self) -> Report:
        """The same report with every warning turned into an error (--strict)."""
        return Report(list(self.files), [replace(p, severity=ERROR) if p.severity == WARNING
                                         else p for p in self.problems], dict(self.configs))

    def exit_code(self, strict: bool = False) -> int:
        if self.count(ERROR) or (strict and self.count(WARNING)):
            return 1
        return 0


def none_found(paths: Iterable[Path]) -> UsageError:
    """What a command says when the paths it was given hold no sidecar."""
    return UsageError("no sidecars (*.ann.yaml) found in " + ", ".join(map(str, paths)))


def discover(paths: Iterable[Path],
             unreadable: list[tuple[Path, str]] | None = None) -> list[Path]:
    """Sidecars named on the command line, the sidecars of articles named (`story.txt`:
    `story.ann.yaml` and its annotators' `story.*.ann.yaml`), and every *.ann.yaml under
    named folders. A folder that cannot be listed (no permission) is added to
    `unreadable`, with why: os.walk would otherwise pass over it, and its sidecars, in
    silence."""
    found: list[Path] = []

    def cannot_list(exc: OSError) -> None:
        if unreadable is not None and exc.filename is not None:
            unreadable.append((Path(exc.filename), exc.strerror or str(exc)))

    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path, onerror=cannot_list):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                # (a folder named as a sidecar is reported, as a FIFO so named is, not passed
                # over: it may stand where an article's sidecar should be)
                found.extend(Path(root, f) for f in sorted(files + dirs)
                             if f.endswith(sidecar.SUFFIX))
        elif not path.exists() and not path.is_symlink():
            url = textfile.web_address(path)
            raise UsageError("is a web address; annotate reads sidecars on disk (`annotate "
                             "ingest URL` makes an article of a page)" if url
                             else "no such file or folder", url or path)
        elif path.suffix in (".yaml", ".yml"):
            found.append(path)
        else:  # an article: its sidecars
            found += sidecar.own_for(path)
    # A file named twice, or found again through a link (`b.ann.yaml -> a.ann.yaml`), is
    # checked (and reported, and exported) once: under its own name when that was found
    # too, else under the first name found.
    unique: dict[tuple[int, int] | str, Path] = {}
    for path in found:
        kept = unique.setdefault(_identity(path), path)
        if kept.is_symlink() and not path.is_symlink():
            unique[_identity(path)] = path
    return list(unique.values())


def _identity(path: Path) -> tuple[int, int] | str:
    """What makes two paths one file: its device and inode (links, hard or symbolic);
    a link to nowhere is itself (each such link is reported)."""
    try:
        st = path.stat()
    except OSError:
        return os.path.abspath(path)
    return st.st_dev, st.st_ino


def _check(path: Path, config_path: Path | None, cache: dict) -> list[Problem]:
    """check_file, but a bug met on one file is reported on that file, not the batch's end."""
    try:
        return checks.check_file(path, config_path, cache)
    except Exception as exc:
        if debugging():
            raise
        return [Problem(str(path), 1, 1, "$", "read", f"could not be checked (internal error: "
                        f"{type(exc).__name__}: {exc}; set ANNOTATE_DEBUG=1 for the traceback)")]


def _check_chunk(args: tuple[list[Path], Path | None]) -> list[list[Problem]]:
    files, config_path = args
    cache: dict = {}
    return [_check(f, config_path, cache) for f in files]


# Below this many files one process is faster than starting workers (~10 ms each).
PARALLEL_MIN = 32


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Each sidecar makes thousands of short-lived, acyclic nodes: with the default
    threshold the cycle collector runs every few hundred and rescans every module
    object each time (a fifth of the run). Freeze what exists, collect less often."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(20_000, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def workers(asked: int | None, pieces: int) -> int:
    """Worker processes for `pieces` of work: as asked (default: one per core), but
    never more than the pieces, nor past four per core. A forked pool starts all its
    workers at once: `-j 100000` started thousands of processes for 70 files."""
    cores = os.cpu_count() or 1
    return max(1, min(asked or cores, 4 * cores, pieces))


def iter_results(files: list[Path], config_path: Path | None = None,
                 jobs: int | None = None) -> Iterator[tuple[Path, list[Problem]]]:
    """(file, problems) in input order; uses several processes when it pays off."""
    jobs = workers(jobs, len(files) // (PARALLEL_MIN // 2))
    # Compile the schema and read the inventory once, before any worker forks, so they
    # inherit both instead of redoing them.
    schema.warm()
    config.default()
    with _fewer_collections():
        if jobs <= 1 or len(files) < PARALLEL_MIN:
            cache: dict = {}
            for f in files:
                yield f, _check(f, config_path, cache)
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # Several chunks per worker keep all busy to the end; a chunk shares an article cache.
        size = max(8, min(256, len(files) // (jobs * 4) or 1))
        chunks = [files[i:i + size] for i in range(0, len(files), size)]
        # fork: workers start in milliseconds with the schema already compiled. Only on
        # Linux; macOS system libraries are not fork-safe, so there the default (spawn).
        context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
        with ProcessPoolExecutor(jobs, mp_context=context) as pool:
            for chunk, results in zip(chunks, pool.map(_check_chunk,
                                                       [(c, config_path) for c in chunks]),
                                      strict=True):
                yield from zip(chunk, results, strict=True)


def run(paths: Iterable[Path], config_path: Path | None = None, jobs: int | None = None) -> Report:
    unreadable: list[tuple[Path, str]] = []
    files = discover(paths, unreadable)
    # A bad inventory is a usage error (exit 2), found here once, not once per sidecar.
    # Which one is in force is part of the report: a config found above the project, or
    # none found, changes what counts as valid.
    config.clear_caches()
    report = Report()
    sources = {folder: config.for_path(folder / sidecar.SUFFIX, config_path).source
               for folder in {f.parent for f in files}}
    for f in files:
        report.configs[sources[f.parent]] = report.configs.get(sources[f.parent], 0) + 1
    for f, problems in iter_results(files, config_path, jobs):
        report.files.append(str(f))
        report.problems.extend(sorted(problems, key=lambda p: (p.line, p.column)))
    for folder, why in unreadable:
        report.files.append(str(folder))
        report.problems.append(Problem(str(folder), 1, 1, "$", "read", f"cannot read the "
                                       f"folder: {why}; the sidecars in it were not checked"))
    return report
