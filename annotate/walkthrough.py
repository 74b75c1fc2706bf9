"""The three passes of `annotate tag`: actors, events, claims, each from suggestions.

Each suggestion is shown in place, then accepted, edited, merged or rejected; every
decision is recorded (`Loop.mark`) so a reopened session resumes after it. The forms
here build the same `Command`s the free command loop applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotate import spans, suggest, tagview
from annotate.session import Command

if TYPE_CHECKING:
    from annotate.tagloop import Loop

PASSES = ("actors", "events", "claims")


class Quit(Exception):
    """The person asked to leave (q, quit, end of input)."""


def walkthrough(loop: Loop) -> None:
    start = loop.position.get("pass", "actors")
    if start not in PASSES:
        return
    if loop.decided:
        loop.term.say(f"resuming the {start} pass where you left off")
    for name in PASSES[PASSES.index(start):]:
        loop.mark(pass_name=name)
        PASS_STEPS[name](loop)
    loop.mark(pass_name="free")


def step(loop: Loop, label: str, keys: str, default: str) -> str:
    """One decision; `u` and `?` are handled here, the rest returned."""
    while True:
        answer = loop.term.ask(f"{label} [{keys}] (Enter = {default}): ").strip().lower()
        answer = answer or default[0]
        if answer in ("q", "quit"):
            raise Quit
        if answer == "?":
            loop.term.say(tagview.HELP)
        elif answer == "u":
            loop.do("undo")
        elif answer[0] in keys.split():
            return answer[0]
        else:
            loop.term.say(f"type one of: {keys}", "red")


def pass_actors(loop: Loop) -> None:
    found = [s for s in suggest.actors(loop.art, loop.state.ann, inv=loop.ctx.inventory,
                                       sidecar=loop.ws.path) if s.key not in loop.decided]
    loop.term.say(f"\nPass 1 of 3: actors. {len(found)} suggested. a/Enter accepts, r rejects, "
                  "e edits name or type, m merges into an actor you have, n adds your own, "
                  "d ends this pass.", "bold")
    for i, sug in enumerate(found, 1):
        loop.show(sug.mentions[0][0], force=False)
        where = ", ".join(sorted({f"s{loop.art.sentence_at(s).number}"
                                  for s, _ in sug.mentions}, key=lambda x: int(x[1:])))
        hint = f", {sug.hint}" if sug.hint else ""
        aliases = f"; also {', '.join(sug.aliases)}" if sug.aliases else ""
        loop.term.say(f"Actor {i}/{len(found)}: {sug.name} ({sug.type}{hint}): "
                      f"{len(sug.mentions)} mention(s) in {where}{aliases}", "bold cyan")
        answer = step(loop, "accept?", "a r e m n d u q ?", "accept")
        if answer == "d":
            return
        if answer == "n":
            add_own(loop, "actor")
            answer = step(loop, "and this suggestion?", "a r e m", "accept")
        name, kind = sug.name, sug.type
        if answer == "e":
            name = loop.term.ask(f"name [{name}]: ").strip() or name
            kind = loop.choose("type", list(loop.ctx.inventory.actor_types), kind)
        mentions = [f"@{s}:{e}" for s, e in sug.mentions]
        if answer in ("a", "e"):
            opts = [("name", name), ("type", kind), *(("mention", m) for m in mentions),
                    *(("alias", a) for a in sug.aliases)]
            loop.do(Command("add", ("actor",), tuple(opts)))
        elif answer == "m":
            ids = [a.id for a in loop.state.ann.actors]
            if not ids:
                loop.term.say("no actors yet to merge into", "red")
                continue
            target = loop.choose("merge into", ids, ids[-1])
            loop.do(Command("add", ("mention", target, *mentions)))
        loop.mark(sug.key)


def pass_events(loop: Loop) -> None:
    found = [s for s in suggest.events(loop.art, loop.ctx.inventory, loop.state.ann,
                                       sidecar=loop.ws.path) if s.key not in loop.decided]
    loop.term.say(f"\nPass 2 of 3: events. {len(found)} trigger words found. a accepts "
                  "(you then confirm type and participants), Enter skips, n adds your own, "
                  "d ends this pass.", "bold")
    for i, sug in enumerate(found, 1):
        loop.show(sug.trigger[0], force=False)
        s, e = sug.trigger
        people = ", ".join(f"{a}:{r}" for a, r in sug.participants) or "none found"
        loop.term.say(f"Event {i}/{len(found)}: '{loop.art.text[s:e]}' in "
                      f"s{loop.art.sentence_at(s).number} -> {sug.type}; participants: "
                      f"{people}", "bold magenta")
        answer = step(loop, "tag it?", "a s n d u q ?", "skip")
        if answer == "d":
            return
        if answer == "n":
            add_own(loop, "event")
            answer = step(loop, "and this suggestion?", "a s", "skip")
        if answer == "a":
            event_form(loop, f"@{s}:{e}", sug.type, [f"{a}:{r}" for a, r in sug.participants])
        loop.mark(sug.key)


def event_form(loop: Loop, trigger: str, kind: str, people: list[str]) -> None:
    types = list(loop.ctx.inventory.event_types)
    kind = loop.choose("event type", types, kind if kind in types else types[-1])
    while True:
        roles = ", ".join(loop.ctx.inventory.event_types[kind].roles)
        actors = ", ".join(a.id for a in loop.state.ann.actors[:12]) or "none yet"
        answer = loop.term.ask(f"participants as ACTOR:ROLE (actors {actors}; roles {roles}) "
                               f"[{' '.join(people) or 'none'}]: ").strip()
        if answer in ("q", "quit"):
            raise Quit
        given = answer.replace(",", " ").split() if answer else people
        if answer in ("-", "none"):
            given = []
        cmd = Command("add", ("event",), (("type", kind), ("trigger", trigger),
                                          *(("participant", p) for p in given)))
        if loop.do(cmd):
            return


def pass_claims(loop: Loop) -> None:
    found = [s for s in suggest.claims(loop.art, loop.state.ann, inv=loop.ctx.inventory,
                                       sidecar=loop.ws.path) if s.key not in loop.decided]
    loop.term.say(f"\nPass 3 of 3: claims. {len(found)} sentences look like claims. a "
                  "accepts (you can trim the span, set kind, check-worthiness, verdict), "
                  "Enter skips, n adds your own, d ends this pass.", "bold")
    for i, sug in enumerate(found, 1):
        loop.show(sug.span[0], force=False)
        number = loop.art.sentence_at(sug.span[0]).number
        who = f"; claimant {sug.claimant}" if sug.claimant else ""
        loop.term.say(f"Claim {i}/{len(found)}: sentence s{number} ({sug.reason}) -> "
                      f"{sug.kind}{who}", "bold yellow")
        answer = step(loop, "tag it?", "a s n d u q ?", "skip")
        if answer == "d":
            return
        if answer == "n":
            add_own(loop, "claim")
            answer = step(loop, "and this suggestion?", "a s", "skip")
        if answer == "a":
            claim_form(loop, number, sug.span, sug.kind, sug.claimant, sug.cue)
        loop.mark(sug.key)


def claim_form(loop: Loop, sentence: int | None, span: tuple[int, int] | None, kind: str,
               claimant: str | None, cue: tuple[int, int] | None) -> None:
    hint = "Enter = whole sentence, or type part of it to trim" if span else "type its text"
    where = loop.ask_span(f"claim span ({hint}): ", sentence, span)
    kind = loop.choose("kind", list(loop.ctx.inventory.claim_kinds), kind)
    actors = [a.id for a in loop.state.ann.actors]
    who = loop.choose("claimant (none = the outlet)", [*actors, "none"],
                      claimant or "none")
    worthy = loop.choose("check-worthy", ["y", "n"], "n" if kind == "opinion" else "y")
    verdict = loop.choose("verdict", ["none", *(v.id for v in loop.ctx.inventory.verdicts)],
                          "none")
    evidence = loop.term.ask("evidence URL [none]: ").strip()
    opts = [("text", f"@{where[0]}:{where[1]}"), ("kind", kind),
            ("checkworthy", "yes" if worthy == "y" else "no")]
    opts += [("claimant", who)] if who != "none" else []
    opts += [("cue", f"@{cue[0]}:{cue[1]}")] if cue else []
    opts += [("verdict", verdict)] if verdict != "none" else []
    opts += [("evidence", evidence)] if evidence and evidence != "none" else []
    loop.do(Command("add", ("claim",), tuple(opts)))


def add_own(loop: Loop, kind: str) -> None:
    if kind == "actor":
        name = ""
        while not name:
            name = loop.term.ask("actor name: ").strip()
        types = list(loop.ctx.inventory.actor_types)
        actor_type = loop.choose("type", types, "person")
        where = None if spans.find(loop.art.text, name) else \
            loop.ask_span(f"{name!r} is not in the text; type a mention as it appears: ")
        mentions = [f"@{where[0]}:{where[1]}"] if where else [name]
        loop.do(Command("add", ("actor",), (("name", name), ("type", actor_type),
                                            *(("mention", m) for m in mentions))))
    elif kind == "event":
        s, e = loop.ask_span("trigger word (type it; s12 word to pick in sentence 12): ")
        event_form(loop, f"@{s}:{e}", _type_for(loop, loop.art.text[s:e]), [])
    else:
        claim_form(loop, None, None, "factual", None, None)


def _type_for(loop: Loop, word: str) -> str:
    for name, et in loop.ctx.inventory.event_types.items():
        if word.lower() in et.triggers:
            return name
    return "other" if "other" in loop.ctx.inventory.event_types else \
        next(iter(loop.ctx.inventory.event_types))


PASS_STEPS = {"actors": pass_actors, "events": pass_events, "claims": pass_claims}
