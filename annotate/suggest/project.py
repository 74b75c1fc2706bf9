"""The project recommender: the actors of the project's other sidecars, with their ids.

Ids then agree across a corpus ("putin" in every article, not "putin" in one and
"vladimir-putin" in the next), and what a person rejected in one article (actor
suggestions are keyed by name) is not offered again in the next. The project is the
folder tree under the nearest `annotate.yaml`, or the article's own folder. Only other
articles' sidecars count: another annotator's sidecar of the same article (by its text's
hash) is never read, so independent annotations stay independent for `annotate agree`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from annotate import config, sidecar, yamlio
from annotate.errors import AnnotateError
from annotate.sidecar import SUFFIX
from annotate.suggest.base import ActorSuggestion, ClaimSuggestion, EventSuggestion, Request

MAX_FILES = 5000  # a project larger than this is read in part (the first files found)


def root_for(article: Path) -> Path:
    found = config.find(article.parent)
    return found.parent if found else article.parent


@dataclass(frozen=True)
class Known:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Read:
    known: list[Known]
    rejected: list[str]  # the keys of suggestions rejected there
    sha256: str | None  # of the article it annotates


_cache: dict[Path, tuple[int, Read]] = {}


def _read(path: Path) -> Read:
    """A sidecar's actors, rejected keys and article hash, cached by modification time; a
    file that does not read is skipped (validate reports it)."""
    try:
        stamp = path.stat().st_mtime_ns
        hit = _cache.get(path)
        if hit and hit[0] == stamp:
            return hit[1]
        # The reader validate uses: a FIFO, a device, a link loop or a huge file is
        # refused, never read until memory runs out or waited on.
        data = yamlio.load(sidecar.read(path), path).data
    except (OSError, AnnotateError):
        return Read([], [], None)
    known: list[Known] = []
    rejected: list[str] = []
    sha256 = None
    if isinstance(data, dict):
        document = data.get("document")
        if isinstance(document, dict) and isinstance(document.get("sha256"), str):
            sha256 = document["sha256"]
        for a in _list(data.get("actors")):
            if isinstance(a, dict) and all(isinstance(a.get(k), str) for k in ("id", "name",
                                                                                 "type")):
                aliases = tuple(x for x in _list(a.get("aliases")) if isinstance(x, str))
                known.append(Known(a["id"], a["name"], a["type"], aliases))
        rejected = [k for k in _list(data.get("rejected")) if isinstance(k, str)]
    result = Read(known, rejected, sha256)
    _cache[path] = (stamp, result)
    return result


def _list(value: object) -> list[object]:
    """A list in another article's sidecar, or nothing: that file is not validated here,
    and `actors: 5` (or aliases, rejected) stopped the suggestions for every article in
    the project with a TypeError."""
    return value if isinstance(value, list) else []


def sidecars(root: Path, skip: Path | None) -> list[Path]:
    out = []
    try:
        mine = skip.resolve() if skip is not None else None
    except (OSError, RuntimeError):
        mine = None
    for path in sorted(root.rglob(f"*{SUFFIX}")):
        try:
            if path.resolve() == mine:
                continue
        except (OSError, RuntimeError):  # a link loop: no sidecar to learn from
            continue
        out.append(path)
        if len(out) >= MAX_FILES:
            break
    return out


class Project:
    name = "project"

    def others(self, req: Request) -> list[Read]:
        """The sidecars of the project's other articles (never one of this article's,
        whoever made it)."""
        if req.project_root is None:
            return []
        found = (_read(path) for path in sidecars(req.project_root, req.sidecar))
        return [read for read in found if read.sha256 != req.article.sha256]

    def known(self, req: Request) -> list[Known]:
        counts: Counter[Known] = Counter()
        for read in self.others(req):
            counts.update(read.known)
        # One entry per id: the version most sidecars agree on.
        best: dict[str, Known] = {}
        for known, _ in counts.most_common():
            best.setdefault(known.id, known)
        return list(best.values())

    def rejected(self, req: Request) -> set[str]:
        """Actor keys rejected anywhere in the project (event and claim keys name places in
        one article, so they stay with it)."""
        return {k for read in self.others(req) for k in read.rejected if k.startswith("actor:")}

    def actors(self, req: Request) -> list[ActorSuggestion]:
        text, out = req.article.text, []
        for known in self.known(req):
            hits: list[tuple[int, int]] = []
            for form in {known.name, *known.aliases}:
                if form not in text:
                    continue  # (most of a large project's names: no pattern built for them)
                hits += ((m.start(), -m.end()) for m in
                         re.finditer(rf"(?<![\w.]){re.escape(form)}(?!\w)", text))
            spans: list[tuple[int, int]] = []
            for start, minus_end in sorted(hits):  # at each place the longest form
                if not spans or start >= spans[-1][1]:
                    spans.append((start, -minus_end))
            if spans:
                out.append(ActorSuggestion(known.name, known.type, spans,
                                           list(known.aliases), score=0.9, source=self.name,
                                           id=known.id))
        return out

    def events(self, req: Request) -> list[EventSuggestion]:
        return []

    def claims(self, req: Request) -> list[ClaimSuggestion]:
        return []
