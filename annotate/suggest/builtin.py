"""The built-in recommender: rules for news in general, no model, always on, fast."""

from __future__ import annotations

import dataclasses

from annotate.article import Article
from annotate.model import Annotations
from annotate.suggest import names, statements, triggers
from annotate.suggest.base import ActorSuggestion, ClaimSuggestion, EventSuggestion, Request
from annotate.suggest.text import story


def tagged(ann: Annotations) -> list[tuple[int, int, str, str]]:
    """(start, end, actor id, actor type) of every tagged mention, in reading order."""
    return sorted((m.start, m.end, a.id, a.type) for a in ann.actors for m in a.mentions)


_last: tuple[str, str, list[ActorSuggestion]] | None = None


def _names(art: Article) -> list[ActorSuggestion]:
    """The names in an article, found once per text (actors and claims both need them)."""
    global _last
    if _last is None or _last[:2] != (art.sha256, str(art.path)):
        _last = (art.sha256, str(art.path), names.suggest(art, story(art)))
    return [dataclasses.replace(s, mentions=list(s.mentions), aliases=list(s.aliases))
            for s in _last[2]]


class BuiltIn:
    name = "built-in"

    def actors(self, req: Request) -> list[ActorSuggestion]:
        return _names(req.article)

    def events(self, req: Request) -> list[EventSuggestion]:
        return triggers.suggest(req.article, story(req.article), req.inventory,
                                tagged(req.annotations))

    def claims(self, req: Request) -> list[ClaimSuggestion]:
        found = _names(req.article)
        spans = [m for s in found for m in s.mentions]
        return statements.suggest(req.article, story(req.article), tagged(req.annotations), spans)
