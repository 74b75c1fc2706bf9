"""Transcripts of the walkthrough, planned from what the recommenders suggest at test time.

The dialogue's tests answer suggestion prompts in order. Which suggestion comes where is
the recommenders' business (and improves from release to release), so a transcript that
needs a particular item looks it up in the suggestion list and skips up to it, rather
than counting on the sample's suggestions coming in a fixed order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotate import article, config, sidecar, suggest
from annotate.editing import vocabulary as v
from annotate.model import Annotations
from annotate.tag import session, walkthrough

ACTORS = ("Vladimir Putin", "Benjamin Netanyahu")
TRIGGER = "conversation"
PARTICIPANTS = "putin:speaker netanyahu:addressee"
CLAIM = "over 1,300 Israelis dead"


def context(story: Path) -> session.Context:
    path = sidecar.path_for(story)
    return session.Context(article.load(story), config.for_path(story), path)


def suggested(story: Path, pass_name: str, ann: Annotations | None = None) -> list[Any]:
    """One pass's suggestions for the article `story`, given its annotations `ann` (its
    sidecar, else none yet), ranked as the session ranks them."""
    ctx = context(story)
    path = sidecar.path_for(story)
    if ann is None:
        ann = sidecar.load(path) if path.exists() else sidecar.new(ctx.article, path)
    inv, art = ctx.inventory, ctx.article
    if pass_name == "actors":
        return suggest.actors(art, ann, inv=inv, sidecar=path)
    if pass_name == "events":
        return suggest.events(art, inv, ann, sidecar=path)
    return suggest.claims(art, ann, inv=inv, sidecar=path)


def _up_to(found: list[Any], wanted: Any, what: str, kind: str) -> list[tuple[str, str]]:
    """Skip (s) every suggestion before `wanted`: (the title asked, the answer) pairs."""
    assert wanted is not None, f"the recommenders no longer suggest {what}: " \
        f"{[getattr(s, 'name', s.key) for s in found]}"
    return [(f"{kind} {n}/{len(found)}", "s") for n in range(1, found.index(wanted) + 1)]


def _end(found: list[Any], done: int, kind: str) -> list[tuple[str, str]]:
    """d at the suggestion after number `done` (from 0), if there is one: end the pass."""
    if done + 1 >= len(found):
        return []  # that was the last: the pass ended by itself
    return [(f"{kind} {done + 2}/{len(found)}", "d")]


def tag_the_call(story: Path) -> list[tuple[str, str]]:
    """The walkthrough of the sample that tags its call: (what is asked, the answer).

    Accept Vladimir Putin and Benjamin Netanyahu as suggested (Enter), skipping what comes
    between, end the actor pass; skip to the conversation, edit it (type as suggested,
    participants typed), end the pass; skip to the claim holding the casualty figure, edit
    it: trimmed to the figure, a quantity, every other field as suggested; end the pass.
    The command loop comes next."""
    ctx = context(story)
    state = session.State(sidecar.new(ctx.article, sidecar.path_for(story)))
    steps: list[tuple[str, str]] = []

    actors = suggested(story, "actors", state.ann)
    names = [s.name for s in actors]
    assert set(ACTORS) <= set(names), f"the recommenders no longer suggest {ACTORS}: {names}"
    last = max(names.index(name) for name in ACTORS)
    for n, sug in enumerate(actors[:last + 1], 1):
        steps.append((f"Actor {n}/{len(actors)}", "" if sug.name in ACTORS else "s"))
        if sug.name in ACTORS:
            state = session.apply_all(ctx, state, walkthrough.accept(sug, state.ann))
    steps += _end(actors, last, "Actor")

    events = suggested(story, "events", state.ann)
    text = ctx.article.text
    call = next((s for s in events if text[slice(*s.trigger)] == TRIGGER), None)
    steps += _up_to(events, call, f"the event {TRIGGER!r}", "Event")
    steps += [(f"Event {events.index(call) + 1}/{len(events)}", "e"), ("event type", ""),
              ("participants as ACTOR:ROLE", PARTICIPANTS)]
    people = tuple((actor, role) for actor, role in (p.split(":") for p in PARTICIPANTS.split()))
    state = session.apply_all(ctx, state, [v.AddEvent(type=call.type, trigger=call.trigger,
                                                      participants=people)])
    steps += _end(events, events.index(call), "Event")

    claims = suggested(story, "claims", state.ann)
    at = text.index(CLAIM)
    figure = next((s for s in claims if s.span[0] <= at and at + len(CLAIM) <= s.span[1]),
                  None)
    steps += _up_to(claims, figure, f"a claim holding {CLAIM!r}", "Claim")
    steps += [(f"Claim {claims.index(figure) + 1}/{len(claims)}", "e"), ("claim span", CLAIM),
              ("kind", "quantity"), ("claimant", ""), ("check-worthy", ""), ("verdict", ""),
              ("evidence URL", ""), ("about", "")]
    steps += _end(claims, claims.index(figure), "Claim")
    return steps
