"""Articles whose accents are stored apart from their letters ("e" + U+0301, as some
editors and file systems write them, NFD): the recommenders' patterns and models read
letters with their accents, and took "Cádiz" so written for the name "Ca". They read such
an article composed (NFC) instead, and every offset they return is mapped back to the
article as it is, whole characters only.
"""

from __future__ import annotations

import copy
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from annotate import article as article_mod
from annotate.suggest.base import ActorSuggestion, ClaimSuggestion, EventSuggestion, Request


@dataclass(frozen=True)
class Composed:
    back: list[int]  # offset in the composed text -> offset in the article
    forth: list[int]  # offset in the article -> offset in the composed text

    def span(self, where: tuple[int, int]) -> tuple[int, int]:
        return self.back[where[0]], self.back[where[1]]


def compose(req: Request) -> tuple[Request, Composed | None]:
    """The request as the recommenders should read it, and how to map their offsets back
    (None: the article is composed already, as nearly every article is)."""
    text = req.article.text
    if unicodedata.is_normalized("NFC", text):
        return req, None
    pieces: list[str] = []
    back: list[int] = []
    forth: list[int] = []
    start = 0
    while start < len(text):  # a character and the marks that belong to it, at a time
        end = start + 1
        while end < len(text) and article_mod.splits(text, end):
            end += 1
        piece = unicodedata.normalize("NFC", text[start:end])
        forth += [len(back)] * (end - start)
        back += [start] * len(piece)
        pieces.append(piece)
        start = end
    back.append(len(text))
    forth.append(len(back) - 1)
    way = Composed(back, forth)
    ann = copy.deepcopy(req.annotations)
    for _, span in ann.spans():
        if 0 <= span.start < span.end <= len(text):  # (a bad one is validate's to report)
            span.start, span.end = way.forth[span.start], way.forth[span.end]
    art = article_mod.from_text("".join(pieces), req.article.path)
    return replace(req, article=art, annotations=ann), way


def back(found: list[Any], way: Composed | None) -> list[Any]:
    """A recommender's suggestions with their offsets in the article as it is."""
    if way is None:
        return found
    out: list[Any] = []
    for item in found:
        if isinstance(item, ActorSuggestion):
            item = replace(item, mentions=[way.span(m) for m in item.mentions])
        elif isinstance(item, EventSuggestion):
            item = replace(item, trigger=way.span(item.trigger))
        elif isinstance(item, ClaimSuggestion):
            item = replace(item, span=way.span(item.span),
                           cue=None if item.cue is None else way.span(item.cue))
        out.append(item)
    return out
