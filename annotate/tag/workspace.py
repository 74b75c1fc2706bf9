"""Opening an article and its sidecar for editing: lock, load, drift check, save.

Used by `annotate tag` and by `annotate add/edit/rm`, so both refuse the same things:
a sidecar that fails to load is never overwritten, and only the lock holder writes
(through `store.locked`, the door every sidecar write goes through).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from annotate import article as article_mod
from annotate import config, lock, sidecar, store
from annotate.editing.edits import ID
from annotate.errors import AnnotateError, UsageError
from annotate.model import Annotations, Annotator, Span
from annotate.tag.session import Context
from annotate.visible import say

if TYPE_CHECKING:
    from annotate.anchoring import Plan

SAMPLE = "putin-netanyahu-call.txt"


@dataclass
class Workspace:
    ctx: Context
    path: Path  # the sidecar
    ann: Annotations
    saver: store.Saver | None  # None: read-only
    warnings: list[str] = field(default_factory=list)
    plan: Plan | None = None  # the article changed: where each span goes now
    as_loaded: frozenset[tuple[int, int, str]] = frozenset()  # its spans, when it changed

    @property
    def read_only(self) -> bool:
        return self.saver is None

    @property
    def lock(self) -> lock.Lock | None:
        return self.saver.lock if self.saver is not None else None

    def close(self) -> None:
        """Let go of the lock (a read-only workspace holds none)."""
        if self.saver is not None:
            self.saver.close()

    def save(self, ann: Annotations) -> None:
        if self.saver is None:
            raise AnnotateError("opened read-only; nothing is saved", self.path)
        self.check_anchored(ann)
        self.saver.save(ann)
        self.ann = ann

    def check_anchored(self, ann: Annotations) -> None:
        """Refuse to save new spans beside spans not yet re-anchored to a changed article.

        Until it is re-anchored, the sidecar keeps its old hash and its spans their old
        offsets and context, so `annotate reanchor` can place them later: saving edits to
        fields, links or deletions loses nothing. A span added or re-picked now would
        point into the new text under the old hash: the file would describe two versions
        of the article at once, re-anchoring would take the new span for an old one (a
        false landmark, which can orphan its neighbours), and edits that tell mentions
        apart by offsets could drop an old one that shares them.
        """
        art = self.ctx.article
        if ann.document.describes(art):
            return
        if any(_key(s) not in self.as_loaded for _, s in ann.spans()):
            raise AnnotateError("the article changed since this sidecar was saved and its "
                                "spans are not re-anchored yet, so a new span cannot be saved "
                                "beside them; re-anchor first (`:reanchor` in the workspace, "
                                f"`reanchor` at the prompt, or annotate reanchor {art.path})",
                                self.path)


def _key(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.text


def sample_article() -> Path:
    """The bundled sample, copied once into `$ANNOTATE_HOME/sample/` so the hand-checked
    sidecar shipped with the package is never written to."""
    folder = store.home() / "sample"
    target = folder / SAMPLE
    if not target.exists():
        source = resources.files("annotate").joinpath("data/samples").joinpath(SAMPLE)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with resources.as_file(source) as src:
                shutil.copyfile(src, target)
        except OSError as exc:  # (a home that is a file, or cannot be made: said what for)
            raise AnnotateError(f"cannot copy the bundled sample here: "
                                f"{exc.strerror or exc}; set ANNOTATE_HOME to a folder you "
                                "may write, or name an article: annotate tag story.txt",
                                folder) from None
    return target


def drift(ann: Annotations, art: article_mod.Article) -> Plan | None:
    """The one place an article changed since annotation is noticed: None when it did
    not, else where each span goes now (`annotate tag` offers to apply it)."""
    if ann.document.describes(art):
        return None
    from annotate import anchoring  # rapidfuzz, only paid for when the article changed

    return anchoring.plan(ann, art)


def open_workspace(article_path: Path, sidecar_path: Path | None = None,
                   config_path: Path | None = None, read_only: bool = False,
                   annotator: str | None = None, brief: bool = False) -> Workspace:
    """Load the article and its sidecar (`story.ann.yaml`, or `story.ANNOTATOR.ann.yaml`);
    `brief`: to make one change, not for a session (see `lock.acquire`)."""
    if annotator is not None and not ID.match(annotator):
        raise UsageError(f"--annotator {annotator!r} must be a short id: lower-case letters, "
                         "digits, '-', '_' or '.'")
    if annotator is not None and (annotator == "ann" or annotator.endswith(".ann")):
        # (story.ann.ann.yaml reads as the sidecar of an article story.ann.txt)
        raise UsageError(f"--annotator {annotator!r} would name a file that reads as another "
                         "article's sidecar (STORY.ann.ann.yaml); choose another id")
    art = article_mod.load(article_path)
    path = sidecar_path or sidecar.path_for(article_path, annotator)
    if not path.name.endswith(sidecar.SUFFIX) and not (path.exists() or path.is_symlink()):
        # (no command would find a new one: validate and export look for *.ann.yaml; and
        # `--sidecar out/` made a file named out, the slash lost in the Path)
        raise UsageError(f"the sidecar's name must end in {sidecar.SUFFIX}", path)
    if sidecar_path is not None:  # (before a lock is made beside it)
        sidecar.check_not_article(path, article_path)
    inv = config.for_path(path, config_path)
    saver = None if read_only else store.locked(path, brief)
    try:
        warnings = []
        if saver is not None and saver.lock is not None and saver.lock.recovered is not None:
            warnings.append(f"took over a stale lock left by {lock.describe(saver.lock.recovered)}")
        plan = None
        if path.exists() or path.is_symlink():  # (a link to nowhere: load says so)
            ann = sidecar.load_given(path, article_path)  # raises with the reason; the
            # file is left alone
            given = sidecar.check_belongs(path, ann, article_path)
            sidecar.check_ids(path, ann)
            if saver is not None and given:
                warnings.append(f"{path}: its document.path {ann.document.path!r} named no "
                                f"file; it names the article given, {given!r}, from now on")
                ann.document = replace(ann.document, path=given)
                # A session saves it at once (it may save nothing else); a script's one
                # change carries it, so a change refused leaves the file as it was.
                if not brief:
                    saver.save(ann)
            if annotator is not None and saver is not None and \
                    annotator not in (a.id for a in ann.annotators):
                # A file made before (by `suggest`, a copy of a shared one, another
                # annotator): it says whose work it holds once this annotator's first
                # change is saved (opening and leaving writes nothing).
                ann = replace(ann, annotators=[*ann.annotators, Annotator(annotator)])
            plan = drift(ann, art)
            dropped = saver.comments()[1] if saver is not None else None
            if dropped is not None:
                warnings.append(f"{path}:{dropped}: a comment below the top of the file is "
                                "not kept when annotate saves it (those at the top are); an "
                                "item's note: field keeps a remark")
        else:
            ann = sidecar.new(art, path, annotator)
        loaded = frozenset(_key(s) for _, s in ann.spans()) if plan else frozenset()
        return Workspace(Context(art, inv, path), path, ann, saver, warnings, plan, loaded)
    except BaseException:
        if saver is not None:
            saver.close()
        raise


@contextmanager
def editing(article_path: Path, sidecar_path: Path | None = None,
            config_path: Path | None = None, annotator: str | None = None,
            ) -> Iterator[Workspace]:
    ws = open_workspace(article_path, sidecar_path, config_path, annotator=annotator, brief=True)
    try:
        yield ws
    finally:
        ws.close()


def change(article_path: Path, sidecar_path: Path | None, config_path: Path | None,
           annotator: str | None, fn: Callable[[Workspace], Annotations]) -> Workspace:
    """Lock, apply one change, save atomically, unlock: the scripting commands."""
    with editing(article_path, sidecar_path, config_path, annotator) as ws:
        ws.save(fn(ws))
        for warning in ws.warnings:
            say(f"warning: {warning}")
        return ws
