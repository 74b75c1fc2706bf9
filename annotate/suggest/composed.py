"""The article as the recommenders read it, and their offsets mapped back to it as it is.

- Accents stored apart from their letters ("e" + U+0301, as some editors and file systems
  write them, NFD): the recommenders' patterns and models read letters with their accents,
  and took "Cádiz" so written for the name "Ca". They read such text composed (NFC).
- Markdown links: in "[Ursula Kant](https://…) said", the brackets and the address stand
  between a name and its speech verb, and the address's words are no part of the story.
  The recommenders read the link's words alone ("Ursula Kant said").

Every offset a recommender returns is mapped back to the article as it is, whole
characters only. A span of a link's words alone (a name) stays inside its brackets; a
span that goes on past them (a claim) takes in the whole link, brackets and address.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from annotate import article as article_mod
from annotate.suggest.base import ActorSuggestion, ClaimSuggestion, EventSuggestion, Request

# "[words](address)", not an image ("![caption](file)", which the story leaves out whole);
# the address may hold one level of brackets (Wikipedia's "…/Mercury_(planet)").
_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]*\))*\)")


@dataclass(frozen=True)
class Composed:
    back: list[int]  # offset in the text read -> offset in the article
    ends: list[int]  # a character read -> where it ends in the article
    forth: list[int]  # offset in the article -> offset in the text read
    # where a link's words start in the text read -> (where they end, where the link
    # starts in the article); and where they end -> (where they start, where it ends)
    opens: dict[int, tuple[int, int]] = field(default_factory=dict)
    closes: dict[int, tuple[int, int]] = field(default_factory=dict)

    def span(self, where: tuple[int, int]) -> tuple[int, int]:
        start, end = where
        first, last = self.back[start], self.ends[end - 1] if end > start else self.back[start]
        if start in self.opens and end > self.opens[start][0]:
            first = self.opens[start][1]
        if end in self.closes and start < self.closes[end][0]:
            last = self.closes[end][1]
        return first, last


def compose(req: Request) -> tuple[Request, Composed | None]:
    """The request as the recommenders should read it, and how to map their offsets back
    (None: the article reads as it is, as nearly every article does)."""
    text = req.article.text
    links = list(_LINK.finditer(text)) if "](" in text else []
    if not links and unicodedata.is_normalized("NFC", text):
        return req, None
    pieces: list[str] = []
    back: list[int] = []
    ends: list[int] = []
    forth: list[int] = []

    def read(start: int, end: int) -> None:
        if unicodedata.is_normalized("NFC", text[start:end]):
            forth.extend(range(len(back), len(back) + end - start))
            back.extend(range(start, end))
            ends.extend(range(start + 1, end + 1))
            pieces.append(text[start:end])
            return
        while start < end:  # a character and the marks that belong to it, at a time
            stop = start + 1
            while stop < end and article_mod.splits(text, stop):
                stop += 1
            piece = unicodedata.normalize("NFC", text[start:stop])
            forth.extend([len(back)] * (stop - start))
            back.extend([start] * len(piece))
            ends.extend([stop] * len(piece))
            pieces.append(piece)
            start = stop

    def skip(start: int, end: int) -> None:
        forth.extend([len(back)] * (end - start))

    at = 0
    opens: dict[int, tuple[int, int]] = {}
    closes: dict[int, tuple[int, int]] = {}
    for link in links:
        read(at, link.start())
        skip(link.start(), link.start(1))
        words = len(back)
        read(link.start(1), link.end(1))
        opens[words] = (len(back), link.start())
        closes[len(back)] = (words, link.end())
        skip(link.end(1), link.end())
        at = link.end()
    read(at, len(text))
    back.append(len(text))
    forth.append(len(back) - 1)
    way = Composed(back, ends, forth, opens, closes)
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
