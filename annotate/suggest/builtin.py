"""The built-in recommender: rules for news in general, no model, always on, fast."""

from __future__ import annotations

import dataclasses

from annotate.article import Article
from annotate.model import Annotations
from annotate.suggest import event_rules, names, statements
from annotate.suggest.base import ActorSuggestion, ClaimSuggestion, EventSuggestion, Request
from annotate.suggest.text import story


def tagged(ann: Annotations) -> list[tuple[int, int, str, str]]:
    """(start, end, actor id, actor type) of every tagged mention, in reading order."""
    return sorted((m.start, m.end, a.id, a.type) for a in ann.actors for m in a.mentions)


class BuiltIn:
    name = "built-in"

    def __init__(self) -> None:
        # The names of the last article read: actors and claims both need them, and the
        # walkthrough asks again after every decision.
        self._names: tuple[str, list[ActorSuggestion]] | None = None

    def _read(self, art: Article) -> list[ActorSuggestion]:
        if self._names is None or self._names[0] != art.sha256:
            self._names = (art.sha256, names.suggest(art, story(art)))
        return self._names[1]

    def names(self, art: Article) -> list[ActorSuggestion]:
        """The names, copies of those kept (the caller may change them)."""
        return [dataclasses.replace(s, mentions=list(s.mentions), aliases=list(s.aliases))
                for s in self._read(art)]

    def actors(self, req: Request) -> list[ActorSuggestion]:
        return self.names(req.article)

    def events(self, req: Request) -> list[EventSuggestion]:
        spans = [m for s in self._read(req.article) for m in s.mentions]
        return event_rules.suggest(req.article, story(req.article), req.inventory,
                                   tagged(req.annotations), spans)

    def claims(self, req: Request) -> list[ClaimSuggestion]:
        spans = [m for s in self._read(req.article) for m in s.mentions]
        return statements.suggest(req.article, story(req.article), tagged(req.annotations), spans)
