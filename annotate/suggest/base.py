"""What a recommender is, and what it returns.

A recommender reads an article (with the annotations it already has and the project
around it) and returns scored suggestions: actors, events, claims. `merge` combines
what the enabled recommenders return; the walkthrough, the workspace and
`annotate suggest` only ever see the merged lists.

Keys are stable across sessions, because a rejected suggestion is remembered by its
key in the sidecar's `rejected` list: an actor by its name, an event and a claim by
the offset where they start in the article (which the sidecar's hash pins).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from annotate.article import Article
from annotate.config import Inventory
from annotate.model import Annotations


@dataclass
class ActorSuggestion:
    name: str
    type: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    hint: str = ""  # the title it was found with: "Prime Minister"
    score: float = 0.5  # 0-1: how sure the recommender is; lists are ranked by it
    source: str = "built-in"  # the recommender(s) that made it
    id: str | None = None  # a known id (the project recommender: the same id across articles)
    guessed: bool = False  # the type is a guess nothing in the text said: another's wins

    @property
    def key(self) -> str:
        return f"actor:{self.name}"


@dataclass
class EventSuggestion:
    type: str
    trigger: tuple[int, int]
    participants: list[tuple[str, str]]  # (actor id, role): actors already in the sidecar
    score: float = 0.5
    source: str = "built-in"
    factuality: str = "asserted"  # "hypothetical": told as to come ("will close")

    @property
    def key(self) -> str:
        return f"event:{self.trigger[0]}"


@dataclass
class ClaimSuggestion:
    span: tuple[int, int]
    kind: str
    cue: tuple[int, int] | None  # the attribution: "said", "according to"
    claimant: str | None  # an actor id (already in the sidecar)
    reason: str
    checkworthy: bool = True
    score: float = 0.5
    source: str = "built-in"

    @property
    def key(self) -> str:
        return f"claim:{self.span[0]}"


@dataclass
class Request:
    """Everything a recommender may read."""

    article: Article
    annotations: Annotations
    inventory: Inventory
    project_root: Path | None = None  # where the project's other sidecars are
    sidecar: Path | None = None  # this article's sidecar (the project recommender skips it)


class NotAvailable(Exception):
    """A recommender that cannot run here (say, spaCy is not installed): one sentence
    saying how to get it; the others carry on."""


class Recommender(Protocol):
    name: str

    def actors(self, req: Request) -> list[ActorSuggestion]: ...

    def events(self, req: Request) -> list[EventSuggestion]: ...

    def claims(self, req: Request) -> list[ClaimSuggestion]: ...
