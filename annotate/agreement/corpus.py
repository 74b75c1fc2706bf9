"""Finding each article's sidecars, by annotator.

`story.txt` is annotated by alice in `story.alice.ann.yaml` (what `--annotator alice`
writes) or in `story.ann.yaml` whose `annotators` list names alice alone. Grouping is by
file name, so a corpus is read one article at a time (memory stays flat); each sidecar
is then checked to be of that article, and of its current text.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from annotate import article as article_mod
from annotate import sidecar
from annotate.errors import AnnotateError, UsageError
from annotate.model import Annotations
from annotate.validate import discover, none_found


@dataclass
class Entry:
    path: Path
    annotator: str


@dataclass
class Group:
    """One article and its sidecars (not loaded yet), in annotator order."""

    article: Path
    entries: list[Entry] = field(default_factory=list)

    @property
    def annotators(self) -> list[str]:
        return [e.annotator for e in self.entries]


@dataclass(frozen=True)
class Side:
    """One annotator's sidecar of an article, loaded and checked."""

    annotator: str
    path: Path
    ann: Annotations


@dataclass
class Corpus:
    annotators: list[str]
    groups: list[Group]  # articles with sidecars of two selected annotators or more
    skipped: list[Group]  # articles with one only
    merged: list[Path] = field(default_factory=list)  # gold sidecars (several annotators)
    unnamed: list[Path] = field(default_factory=list)  # sidecars that name no annotator


def _name(path: Path) -> str:
    return os.path.relpath(path) if not path.is_absolute() else str(path)


class _Folders:
    """The article files of each folder, by stem (listed once per folder)."""

    def __init__(self) -> None:
        self.stems: dict[Path, dict[str, list[Path]]] = {}

    def article_for(self, path: Path) -> Path | None:
        folder = path.parent
        if folder not in self.stems:
            found: dict[str, list[Path]] = {}
            try:  # scandir: a folder of thousands of sidecars is listed without a stat each
                entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
            except OSError:
                entries = []
            for entry in entries:
                name = entry.name
                if not name.endswith(sidecar.SUFFIX) and not name.startswith(".") \
                        and _is_file(entry):
                    child = folder / name
                    found.setdefault(child.stem, []).append(child)
            self.stems[folder] = found
        # story.v2.alice -> story.v2.alice, story.v2, story: the longest that is an article
        name = path.name.removesuffix(sidecar.SUFFIX)
        parts = name.split(".")
        for n in range(len(parts), 0, -1):
            files = self.stems[folder].get(".".join(parts[:n]))
            if files:
                return files[0] if len(files) == 1 else None  # story.txt and story.md
        return None


def annotator(path: Path, article: Path, ann: Annotations) -> str | None:
    """Whose sidecar of `article` this is: the name in the file name
    (`story.alice.ann.yaml`), else the one annotator its `annotators` list names; None
    for a merged sidecar (it lists several). Raises for one that names nobody."""
    try:
        name = sidecar.annotator_in_name(path, article)
    except ValueError:
        name = None
    return name if name is not None else _annotator_from_list(path, ann)


def _annotator_from_list(path: Path, ann: Annotations) -> str | None:
    """Whose `story.ann.yaml` this is; None for a merged one (several annotators)."""
    ids = [a.id for a in ann.annotators]
    if len(ids) > 1:
        return None
    if not ids:
        raise AnnotateError(f"cannot tell whose sidecar this is: {nameless(path)}", path)
    return ids[0]


def nameless(path: Path) -> str:
    """What to do with a `story.ann.yaml` that names no annotator, said with its own name:
    `annotate tag` without --annotator wrote it, and the fix is a rename, once, and
    --annotator from then on (where each annotator works in a file of their own)."""
    stem = path.name.removesuffix(sidecar.SUFFIX)
    return (f"it names no annotator (`annotate tag` without --annotator wrote it): rename "
            f"it {stem}.NAME{sidecar.SUFFIX}, NAME its annotator, and go on with "
            "`annotate tag --annotator NAME`")


def _article_of(path: Path, ann: Annotations) -> Path:
    return Path(os.path.normpath(path.parent / ann.document.path))


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:  # a symlink loop, a dangling link: no article, and no reason to stop
        return False


def find(paths: Iterable[Path], annotators: list[str] | None = None,
         leave_out: Path | None = None) -> Corpus:
    """Group the sidecars under `paths` by article and annotator (nothing is kept loaded
    but the annotator of a `story.ann.yaml`; `leave_out` is never read). Raises for a
    lone sidecar, for sidecars of different articles only, and for two sidecars of one
    annotator."""
    paths = list(paths)
    folders = _Folders()
    groups: dict[Path, Group] = {}
    merged: list[Path] = []
    unnamed: list[AnnotateError] = []  # (story.ann.yaml of `annotate tag` without --annotator)
    # (realpath, not Path.resolve: a link loop is then read, and refused by name, where
    # resolve raised RuntimeError)
    left_out = None if leave_out is None else os.path.realpath(leave_out)
    for path in discover(paths):
        if left_out is not None and os.path.realpath(path) == left_out:
            continue  # the merge's own output, from an earlier run
        if not sidecar.is_sidecar(path):
            raise UsageError("is not a sidecar (*.ann.yaml); give sidecars or folders", path)
        article = folders.article_for(path)
        who = None if article is None else sidecar.annotator_in_name(path, article)
        if article is None or who is None:  # `story.ann.yaml`, or no article beside it
            ann = sidecar.load(path)
            article = _article_of(path, ann)
            try:
                who = annotator(path, article, ann)
            except AnnotateError as nobody:  # left out, and said, if others remain
                unnamed.append(nobody)
                continue
        if who is None:
            merged.append(path)  # a gold sidecar from `annotate merge`: not an annotator's
            continue
        group = groups.setdefault(Path(os.path.normpath(article)), Group(article))
        twin = next((e for e in group.entries if e.annotator == who), None)
        if twin is not None:
            raise AnnotateError(f"{_name(twin.path)} and {_name(path)} are both {who}'s "
                                f"sidecar of {_name(article)}; keep one", path)
        group.entries.append(Entry(path, who))
    if not groups and unnamed:
        raise unnamed[0]
    if not groups and merged:
        raise AnnotateError("lists several annotators: it is a merged sidecar, not one "
                            "annotator's; give the annotators' own sidecars", merged[0])
    if not groups:
        raise none_found(paths)
    everyone = sorted({e.annotator for g in groups.values() for e in g.entries})
    chosen = everyone if annotators is None else annotators
    missing = [a for a in chosen if a not in everyone]
    if missing:
        raise UsageError(f"--annotators names {', '.join(missing)}, who annotated none of these "
                         f"articles (annotators found: {', '.join(everyone)})")
    rank = {a: i for i, a in enumerate(chosen)}
    kept, skipped = [], []
    for key in sorted(groups):
        group = groups[key]
        group.entries = sorted((e for e in group.entries if e.annotator in rank),
                               key=lambda e: rank[e.annotator])
        if len(group.entries) >= 2:
            kept.append(group)
        elif group.entries:
            skipped.append(group)
    if not kept:
        raise unnamed[0] if unnamed else AnnotateError(_nothing_to_compare(skipped, chosen))
    return Corpus(list(chosen), kept, skipped, merged, [Path(str(e.path)) for e in unnamed])


def _nothing_to_compare(skipped: list[Group], chosen: list[str]) -> str:
    if len(skipped) == 1:
        only = skipped[0]
        return (f"{_name(only.entries[0].path)} is the only sidecar of {_name(only.article)}"
                + (f" by {', '.join(chosen)}" if len(chosen) < 2 else "")
                + "; agreement and merging need the sidecars of two annotators or more of the "
                "same article "
                "(story.alice.ann.yaml, story.bob.ann.yaml)")
    listed = "; ".join(f"{_name(g.entries[0].path)} of {_name(g.article)}" for g in skipped[:4])
    more = f" and {len(skipped) - 4} more" if len(skipped) > 4 else ""
    return (f"the sidecars are of different articles ({listed}{more}): no article has "
            "sidecars of two annotators to compare")


def load(group: Group) -> list[Side]:
    """The group's sidecars, loaded, each checked to be of this article as it is now."""
    text = article_mod.read_text(group.article)
    sha, length = article_mod.sha256(text), len(text)
    sides = []
    for entry in group.entries:
        ann = sidecar.load(entry.path)
        if os.path.normpath(_article_of(entry.path, ann)) != os.path.normpath(group.article):
            raise AnnotateError(f"its document.path is {ann.document.path!r}, not the article "
                                f"its name says ({_name(group.article)})", entry.path)
        if (ann.document.sha256, ann.document.length) != (sha, length):
            raise AnnotateError(
                f"the article {_name(group.article)} changed since this sidecar was "
                f"annotated, so its spans cannot be compared; run `annotate reanchor "
                f"{_name(group.article)} --sidecar {_name(entry.path)}` first", entry.path)
        sidecar.check_spans(entry.path, ann, text)
        # (one id for two annotations, or a reference to none: matching by id would pair
        # the wrong items, and a merge would carry the reference into the gold)
        sidecar.check_ids(entry.path, ann)
        sidecar.check_references(entry.path, ann)
        sides.append(Side(entry.annotator, entry.path, ann))
    return sides
