"""Suggestions for the walkthrough, the workspace and `annotate suggest`.

`actors`, `events` and `claims` merge what the enabled recommenders return (built-in
rules, the project's other sidecars, an optional spaCy pipeline), rank it by score and
leave out what is already tagged or was rejected (the sidecar's `rejected` keys, and
for actors the project's). `run` returns all three at once. Suggestions are only
proposals: the person accepts, edits or rejects each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotate import config
from annotate.article import Article
from annotate.config import Inventory
from annotate.model import Annotations, Document
from annotate.suggest import composed, merge
from annotate.suggest.base import (
    ActorSuggestion,
    ClaimSuggestion,
    EventSuggestion,
    NotAvailable,
    Recommender,
    Request,
)
from annotate.visible import say

__all__ = ["ActorSuggestion", "ClaimSuggestion", "EventSuggestion", "Suggestions", "actors",
           "claims", "events", "recommenders", "run"]

_told: set[str] = set()  # messages already printed by this process


# One instance per recommender (and pipeline) per process, shared by `actors`, `events`
# and `claims`: what a recommender works out once per article text (spaCy's parse, the
# built-in's names) then serves all three, and every later call on the same text.
_shared: dict[tuple[str, str], Recommender] = {}


def recommenders(inv: Inventory, names: list[str] | tuple[str, ...] | None = None,
                 ) -> list[Recommender]:
    """The recommenders to run, by name (default: the config's `nlp.recommenders`)."""
    out: list[Recommender] = []
    for name in names if names is not None else inv.nlp.recommenders:
        key = (name, inv.nlp.pipeline if name == "spacy" else "")
        rec = _shared.get(key)
        if rec is None:
            rec = _shared[key] = _make(name, inv)
        out.append(rec)
    return out


def _make(name: str, inv: Inventory) -> Recommender:
    if name == "built-in":
        from annotate.suggest.builtin import BuiltIn

        return BuiltIn()
    if name == "project":
        from annotate.suggest.project import Project

        return Project()
    if name == "spacy":
        from annotate.suggest.nlp import Spacy

        return Spacy(inv.nlp.pipeline)
    raise ValueError(f"unknown recommender {name!r}")


@dataclass
class Suggestions:
    actors: list[ActorSuggestion] = field(default_factory=list)
    events: list[EventSuggestion] = field(default_factory=list)
    claims: list[ClaimSuggestion] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. how to install spaCy


def _request(art: Article, ann: Annotations | None, inv: Inventory | None,
             project_root: Path | None, sidecar: Path | None) -> Request:
    if ann is None:
        ann = Annotations(Document(art.path.name, art.sha256, art.length, art.title))
    if project_root is None and art.path.name != "<text>":
        from annotate.suggest.project import root_for

        project_root = root_for(art.path)
    if sidecar is None and art.path.name != "<text>":
        from annotate.sidecar import path_for

        sidecar = path_for(art.path)
    return Request(art, ann, inv or config.default(), project_root, sidecar)


def _note(message: str, notes: list[str] | None) -> None:
    if notes is not None:
        notes.append(message)
    elif message not in _told:  # no one to hand it to: say it once on stderr
        _told.add(message)
        say(message)


def _gather(req: Request, what: str, chosen: list[Recommender], asked: bool,
            notes: list[str] | None) -> list[list]:
    found: list[tuple[Recommender, list]] = []
    missing = False
    req, way = composed.compose(req)
    for rec in chosen:
        try:
            found.append((rec, composed.back(getattr(rec, what)(req), way)))
        except NotAvailable as exc:
            missing = True
            # Only a recommender someone asked for (on the command line, or in a project's
            # config) is worth a message; the built-in default tries it quietly.
            nlp = req.inventory.nlp
            if asked or (nlp.explicit and rec.name in nlp.recommenders):
                _note(str(exc), notes)
    if missing and not any(rec.name == "built-in" for rec in chosen):
        fallback = recommenders(req.inventory, ["built-in"])[0]  # it always runs
        found.append((fallback, composed.back(getattr(fallback, what)(req), way)))
    # A recommender that reads the same words better replaces another's reading of them
    # (the parse reads the built-in's trigger words and attributions).
    replaced = {getattr(rec, "replaces", {}).get(what) for rec, _ in found}
    return [result for rec, result in found if rec.name not in replaced]


def _rejected(req: Request, chosen: list[Recommender]) -> set[str]:
    keys = set(req.annotations.rejected)
    for rec in chosen:
        project_rejected = getattr(rec, "rejected", None)
        if project_rejected is not None:
            keys |= project_rejected(req)
    return keys


def _chosen(req: Request, names: list[str] | None) -> tuple[list[Recommender], bool]:
    """The recommenders to run, and whether they were asked for by name."""
    return recommenders(req.inventory, names), names is not None


def actors(art: Article, ann: Annotations | None = None, *, inv: Inventory | None = None,
           recommenders: list[str] | None = None, project_root: Path | None = None,
           sidecar: Path | None = None, notes: list[str] | None = None,
           ) -> list[ActorSuggestion]:
    req = _request(art, ann, inv, project_root, sidecar)
    chosen, asked = _chosen(req, recommenders)
    return merge.actors(_gather(req, "actors", chosen, asked, notes), req.annotations,
                        _rejected(req, chosen))


def events(art: Article, inv: Inventory | None, ann: Annotations, *,
           recommenders: list[str] | None = None, project_root: Path | None = None,
           sidecar: Path | None = None, notes: list[str] | None = None,
           ) -> list[EventSuggestion]:
    req = _request(art, ann, inv, project_root, sidecar)
    chosen, asked = _chosen(req, recommenders)
    found = _gather(req, "events", chosen, asked, notes)
    return merge.events(found, req.annotations, set(req.annotations.rejected),
                        lambda offset: art.sentence_at(offset).number)


def claims(art: Article, ann: Annotations | None = None, *, inv: Inventory | None = None,
           recommenders: list[str] | None = None, project_root: Path | None = None,
           sidecar: Path | None = None, notes: list[str] | None = None,
           ) -> list[ClaimSuggestion]:
    req = _request(art, ann, inv, project_root, sidecar)
    chosen, asked = _chosen(req, recommenders)
    return merge.claims(_gather(req, "claims", chosen, asked, notes), req.annotations,
                        set(req.annotations.rejected),
                        lambda offset: art.sentence_at(offset).number)


def run(art: Article, ann: Annotations | None = None, *, inv: Inventory | None = None,
        recommenders: list[str] | None = None, project_root: Path | None = None,
        sidecar: Path | None = None) -> Suggestions:
    """All three kinds at once. Events and claims are suggested against the annotations
    as they are (their participants and claimants are actors already tagged)."""
    out = Suggestions()
    kw: dict = dict(recommenders=recommenders, project_root=project_root, sidecar=sidecar,
                    notes=out.notes)
    out.actors = actors(art, ann, inv=inv, **kw)
    out.events = events(art, inv, ann or _request(art, ann, inv, project_root,
                                                  sidecar).annotations, **kw)
    out.claims = claims(art, ann, inv=inv, **kw)
    out.notes = list(dict.fromkeys(out.notes))
    return out
