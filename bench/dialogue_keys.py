"""How many prompts and keystrokes the prompt dialogue of `annotate tag` takes to tag the
bundled sample completely: python bench/dialogue_keys.py [--show]

Rebuilds the reference sidecar (samples/putin-netanyahu-call.ann.yaml) from an empty one
through the real dialogue (piped stdin), then checks the result against the reference.
The transcript is planned by an oracle that knows the reference and answers as a person
who knows the answers would: Enter where a suggestion is right, `e` and only the fields
that differ where it is nearly right, `r` where it is wrong, `m` where it names an actor
already tagged, `d` once nothing useful is left in a pass; then command lines in the
loop for the rest, spans typed as the shortest text that picks them (`FROM ... TO`).
The article's URL and outlet, asked once after the first verdict, are skipped (Enter).

Counted: prompts answered, and keystrokes = characters typed + one Enter per answer.
Compared with the reference modulo ids (a person need not choose the same slugs),
`external_ids` and `annotators` (the dialogue has no field for them). The issue's trial
of the old dialogue took 211 prompts and about 3,100 keystrokes on a 4.6 KB article.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402

from annotate import article, config, metadata, sidecar, suggest  # noqa: E402
from annotate.editing import picking  # noqa: E402
from annotate.errors import AnnotateError  # noqa: E402
from annotate.model import Actor, Annotations, Claim, Event  # noqa: E402
from annotate.tag import session, walkthrough  # noqa: E402
from annotate.tag.questions import KEY, Question  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "samples" / "putin-netanyahu-call.txt"
REFERENCE = ROOT / "samples" / "putin-netanyahu-call.ann.yaml"
Where = tuple[int, int]


class Oracle:
    """Answers from the reference `ref`, looking at the annotations `ann` made so far."""

    def __init__(self, ctx: session.Context, ref: Annotations) -> None:
        self.ctx, self.art, self.ref = ctx, ctx.article, ref

    # -- who is who --------------------------------------------------------------------
    def ref_actor(self, spans: list[Where]) -> Actor | None:
        score = [(len(set(spans) & {(m.start, m.end) for m in r.mentions}), i)
                 for i, r in enumerate(self.ref.actors)]
        best = max(score) if score else (0, 0)
        return self.ref.actors[best[1]] if best[0] else None

    def twin(self, ann: Annotations, item: Any) -> Any:
        """The annotation in `ann` that stands for reference `item` (None yet)."""
        if isinstance(item, Actor):
            mine = {(m.start, m.end) for m in item.mentions}
            return next((a for a in ann.actors if mine & {(m.start, m.end) for m in a.mentions}),
                        None)
        if isinstance(item, Event):
            return next((e for e in ann.events if (e.trigger.start, e.trigger.end) ==
                         (item.trigger.start, item.trigger.end)), None)
        return next((c for c in ann.claims if (c.span.start, c.span.end) ==
                     (item.span.start, item.span.end)), None)

    def actor_id(self, ann: Annotations, ref_id: str | None) -> str | None:
        """The id in `ann` of the reference actor `ref_id` (None if not tagged yet)."""
        ref = next((a for a in self.ref.actors if a.id == ref_id), None)
        twin = self.twin(ann, ref) if ref else None
        return twin.id if twin else None

    def typed(self, where: Where, sentence: int | None = None) -> str:
        """The shortest text that picks `where` (inside `sentence` when given)."""
        text = self.art.text[where[0]:where[1]]
        words = text.split()
        tries = [text] + [f"{' '.join(words[:k])} ... {' '.join(words[-k:])}"
                          for k in range(1, len(words) // 2 + 1)]
        number = self.art.sentence_at(where[0]).number
        tries += [f"s{number} {t}" for t in tries]
        for attempt in sorted(tries, key=len):
            try:
                if picking.pick(self.art, attempt, sentence=sentence) == where:
                    return attempt
            except AnnotateError:
                continue
        raise AssertionError(f"cannot pick {text!r}")

    # -- the walkthrough ---------------------------------------------------------------
    def answer(self, walk: walkthrough.Walk, ann: Annotations, q: Question) -> str:
        if walk.form is not None:
            return self.fill(walk, ann, q)
        sug = walk.queue[walk.at]
        if walk.merging:
            target = self.actor_id(ann, self.ref_actor(list(sug.mentions)).id)  # type: ignore[union-attr, arg-type]
            return "" if target == q.default else str(target)
        if isinstance(sug, suggest.ClaimSuggestion) and self.extras(walk, ann):
            return "n"  # a claim no suggestion will bring: a form of my own
        if not any(self.useful(ann, s) for s in walk.queue[walk.at:]):
            return "d"
        if not self.useful(ann, sug):
            return "r"
        if isinstance(sug, suggest.ActorSuggestion):
            ref = self.ref_actor(list(sug.mentions))
            assert ref is not None
            if self.twin(ann, ref) is not None:
                return "m"
            return "" if (sug.name, sug.type) == (ref.name, ref.type) else "e"
        if isinstance(sug, suggest.EventSuggestion):
            event = self.ref_event(sug.trigger)
            assert event is not None
            same = sug.type == event.type and list(sug.participants) == self.people(ann, event)
            return "" if same else "e"
        claim = self.ref_claims(ann, sug.span)[0]
        same = ((claim.span.start, claim.span.end) == sug.span and claim.kind == sug.kind
                and self.actor_id(ann, claim.claimant) == sug.claimant and claim.verdict is None
                and claim.checkworthy == sug.checkworthy)
        return "" if same else "e"

    def useful(self, ann: Annotations, sug: Any) -> bool:
        if isinstance(sug, suggest.ActorSuggestion):
            ref = self.ref_actor(list(sug.mentions))
            twin = self.twin(ann, ref) if ref else None
            if ref is None:
                return False
            wanted = {(m.start, m.end) for m in ref.mentions}
            have = {(m.start, m.end) for m in twin.mentions} if twin else set()
            return bool(set(sug.mentions) & wanted - have)
        if isinstance(sug, suggest.EventSuggestion):
            event = self.ref_event(sug.trigger)
            return event is not None and self.twin(ann, event) is None
        return bool(self.ref_claims(ann, sug.span))

    def extras(self, walk: walkthrough.Walk, ann: Annotations) -> list[Claim]:
        """Reference claims not yet made that no suggestion left will be edited into:
        each remaining suggested sentence brings the first of its claims."""
        brought = {id(cs[0]) for s in walk.queue[walk.at:]
                   if isinstance(s, suggest.ClaimSuggestion)
                   and (cs := self.ref_claims(ann, s.span))}
        return [c for c in self.ref.claims
                if self.twin(ann, c) is None and id(c) not in brought]

    def ref_event(self, trigger: Where) -> Event | None:
        return next((e for e in self.ref.events
                     if (e.trigger.start, e.trigger.end) == tuple(trigger)), None)

    def ref_claims(self, ann: Annotations, sentence: Where) -> list[Claim]:
        return [c for c in self.ref.claims if sentence[0] <= c.span.start < sentence[1]
                and self.twin(ann, c) is None]

    def people(self, ann: Annotations, event: Event) -> list[tuple[str, str]]:
        out = []
        for p in event.participants:
            who = self.actor_id(ann, p.actor)
            if who is not None:
                out.append((who, p.role))
        return out

    def fill(self, walk: walkthrough.Walk, ann: Annotations, q: Question) -> str:
        """A field of the form opened with `e` on the current suggestion."""
        sug = walk.queue[walk.at]
        want: str
        if isinstance(sug, suggest.ActorSuggestion):
            ref = self.ref_actor(list(sug.mentions))
            assert ref is not None
            want = ref.name if q.prompt == "actor name" else ref.type
        elif isinstance(sug, suggest.EventSuggestion):
            event = self.ref_event(sug.trigger)
            assert event is not None
            want = event.type if q.prompt == "event type" else \
                " ".join(f"{a}:{r}" for a, r in self.people(ann, event)) or "none"
        else:
            claim = self.extras(walk, ann)[0] if walk.own else \
                self.ref_claims(ann, sug.span)[0]
            sentence = None if walk.own else self.art.sentence_at(sug.span[0]).number
            fields = {"kind": claim.kind, "check-worthy": "y" if claim.checkworthy else "n",
                      "verdict": claim.verdict or "none", "evidence URL": "none",
                      "claimant (none = the outlet)":
                          self.actor_id(ann, claim.claimant) or "none"}
            if q.prompt.startswith("about"):
                twins = [self.twin(ann, self.ref.get(i)) for i in claim.about]
                return " ".join(t.id for t in twins if t is not None)  # the rest: later
            if q.prompt.startswith("claim span"):
                where = (claim.span.start, claim.span.end)
                return "" if where == sug.span and not walk.own else \
                    self.typed(where, sentence)
            want = fields[q.prompt]
        return "" if want == q.default else want


def plan_walkthrough(ctx: session.Context, ref: Annotations) -> tuple[list[str], session.State]:
    oracle = Oracle(ctx, ref)
    state = session.State(sidecar.new(ctx.article, Path("x.ann.yaml")))
    step = walkthrough.start(ctx, state.ann)
    machine, answers, asked = step.machine, [], []
    while (q := machine.question(ctx, state.ann)) is not None:
        answer = oracle.answer(machine, state.ann, q)
        answers.append(answer)
        step = machine.step(ctx, state.ann, answer)
        assert not any(n.kind == "error" for n in step.notes), (q, answer, step.notes)
        if step.changes:
            before, state = state.ann, session.apply_all(ctx, state, step.changes)
            answers += skip_metadata(before, state.ann, asked)
        machine = step.machine
        assert q.kind != KEY or answer != "q"
    return answers, state


def plan_commands(ctx: session.Context, ref: Annotations,
                  state: session.State) -> tuple[list[str], session.State]:
    """Command lines that make `state` the reference: what the passes left to do."""
    oracle, lines = Oracle(ctx, ref), []

    def run(line: str) -> None:
        nonlocal state
        before, state = state.ann, session.apply(ctx, state, line)
        lines.append(line)
        lines.extend(skip_metadata(before, state.ann, asked))

    # the walkthrough gave a verdict already: the metadata was asked about then
    asked = ["url", "publisher"] if any(map(metadata.reviewable, state.ann.claims)) else []

    q = _quoted

    for actor in ref.actors:
        twin = oracle.twin(state.ann, actor)
        mentions = [(m.start, m.end) for m in actor.mentions]
        if twin is None:
            # `--mention TEXT` tags every occurrence: each text typed picks one only.
            run(f"add actor --name {q(actor.name)} --type {actor.type} "
                + " ".join(f"--mention {q(oracle.typed(w))}" for w in mentions))
            twin = oracle.twin(state.ann, actor)
        have = {(m.start, m.end) for m in twin.mentions}
        missing = [w for w in mentions if w not in have]
        if missing:
            run(f"add mention {twin.id} " + " ".join(q(oracle.typed(w)) for w in missing))
        extra = [(m.start, m.end) for m in twin.mentions if (m.start, m.end) not in set(mentions)]
        for w in extra:
            number = ctx.article.sentence_at(w[0]).number
            run(f"delete {twin.id} {q(f's{number} ' + ctx.article.text[w[0]:w[1]])}")
        twin = oracle.twin(state.ann, actor)
        edits = []
        if (twin.name, twin.type) != (actor.name, actor.type):
            edits += [f"--name {q(actor.name)}", f"--type {actor.type}"]
        if twin.aliases != actor.aliases:
            edits += [f"--alias {q(a)}" for a in actor.aliases] or ["--alias none"]
        if actor.note != twin.note:
            edits.append(f"--note {q(actor.note)}")
        if edits:
            run(f"edit {twin.id} " + " ".join(edits))
    for event in ref.events:
        twin = oracle.twin(state.ann, event)
        people = " ".join(f"--participant {a}:{r}" for a, r in oracle.people(state.ann, event))
        if twin is None:
            run(f"add event --type {event.type} --trigger "
                f"{q(oracle.typed((event.trigger.start, event.trigger.end)))} {people}")
            twin = oracle.twin(state.ann, event)
        edits = []
        if [(p.actor, p.role) for p in twin.participants] != oracle.people(state.ann, event):
            edits.append(people)
        for name in ("factuality", "time", "place", "note"):
            if getattr(event, name) != getattr(twin, name):
                edits.append(f"--{name} {q(getattr(event, name))}")
        if edits:
            run(f"edit {twin.id} " + " ".join(edits))
    for claim in ref.claims:  # new claims at once, with every field but what they are about
        if oracle.twin(state.ann, claim) is None:
            run(f"add claim --text {q(oracle.typed((claim.span.start, claim.span.end)))} "
                + " ".join(claim_fields(ctx, oracle, state.ann, claim, None)))
    for claim in ref.claims:  # then one line per claim that still differs, about included
        twin = oracle.twin(state.ann, claim)
        edits = claim_fields(ctx, oracle, state.ann, claim, twin)
        about = [oracle.twin(state.ann, ref.get(i)).id for i in claim.about]
        if twin.about != about:
            edits += [f"--about {i}" for i in about]
        if edits:
            run(f"edit {twin.id} " + " ".join(edits))
    return lines, state


def skip_metadata(before: Annotations, after: Annotations, asked: list[str]) -> list[str]:
    """The Enters that skip the article's URL and outlet, which the dialogue asks for once
    right after the first verdict a review would publish (`metadata.due`); what they
    skip goes into `asked`."""
    enters: list[str] = []
    while metadata.verdict_given(before, after) and \
            (q := metadata.due(after, asked)) is not None:
        asked.append(q.field)
        enters.append("")
    return enters


def claim_fields(ctx: session.Context, oracle: Oracle, ann: Annotations, claim: Claim,
                 twin: Claim | None) -> list[str]:
    """The options that give a claim the reference's fields (all of them for a new one)."""
    from annotate.editing import parse

    out = []
    claimant = oracle.actor_id(ann, claim.claimant)
    if twin is None or twin.kind != claim.kind:
        out.append(f"--kind {claim.kind}")
    if (twin.claimant if twin else None) != claimant:
        out.append(f"--claimant {claimant or 'none'}")
    cue = (claim.cue.start, claim.cue.end) if claim.cue else None
    if cue != ((twin.cue.start, twin.cue.end) if twin and twin.cue else None):
        word = ctx.article.text[cue[0]:cue[1]] if cue else "none"
        if cue and parse.cue(ctx.article, (claim.span.start, claim.span.end), word) != cue:
            word = oracle.typed(cue)
        out.append(f"--cue {_quoted(word)}")
    for name, value in (("checkworthy", claim.checkworthy), ("verdict", claim.verdict),
                        ("note", claim.note)):
        default = {"checkworthy": True, "verdict": None, "note": ""}[name]
        if (getattr(twin, name) if twin else default) != value:
            shown = "none" if value is None else ("yes" if value else "no") \
                if isinstance(value, bool) else str(value)
            out.append(f"--{name} {_quoted(shown)}")
    return out


def _quoted(text: str) -> str:
    return f'"{text}"' if any(c in text for c in " '’") else text


def tab_estimate(line: str, ids: set[str]) -> int:
    """Keystrokes for `line` when ids are completed with Tab: the shortest prefix that
    names one id, then Tab (where that is shorter than typing the id)."""
    total = len(line) + 1
    for token in line.replace(":", " ").split():
        token = token.strip('"')
        if token in ids:
            prefix = next((n for n in range(1, len(token) + 1)
                           if sum(1 for i in ids if i.startswith(token[:n])) == 1), len(token))
            total -= max(0, len(token) - (prefix + 1))
    return total


def canonical(ann: Annotations) -> dict[str, Any]:
    """The annotations with ids replaced by where each annotation is (ids are free)."""
    key = {}
    for a in ann.actors:
        key[a.id] = f"actor@{min(m.start for m in a.mentions)}"
    for e in ann.events:
        key[e.id] = f"event@{e.trigger.start}"
    for c in ann.claims:
        key[c.id] = f"claim@{c.span.start}-{c.span.end}"
    data = ann.to_dict()
    out: dict[str, Any] = {}
    for section in ("actors", "events", "claims"):
        for item in data[section]:
            item = dict(item)
            name = key[item.pop("id")]
            item.pop("external_ids", None)
            item.pop("reviewed", None)  # the day the verdict was given: today, when replayed
            if section == "events":
                item["participants"] = [(key[p["actor"]], p["role"]) for p in item["participants"]]
            if section == "claims":
                item["claimant"] = key.get(item["claimant"])
                item["about"] = [key[i] for i in item.get("about", [])]
            out[name] = item
    return out


def replay(lines: list[str], folder: Path) -> Annotations:
    """The transcript through the real dialogue, on a copy of the article."""
    from annotate.tag.dialogue import Dialogue, Terminal
    from annotate.tag.workspace import open_workspace

    story = Path(shutil.copy(ARTICLE, folder / ARTICLE.name))
    os.environ["ANNOTATE_HOME"] = str(folder / "home")
    ws = open_workspace(story)
    console = Console(file=io.StringIO(), width=100, color_system=None)
    try:
        Dialogue(ws, Terminal(console, io.StringIO("".join(f"{x}\n" for x in lines)),
                              interactive=False)).run()
    finally:
        ws.close()
    return sidecar.load(sidecar.path_for(story))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="print the transcript")
    show = parser.parse_args().show
    art = article.load(ARTICLE)
    ctx = session.Context(art, config.default())
    ref = sidecar.load(REFERENCE)
    walked, state = plan_walkthrough(ctx, ref)
    commands, state = plan_commands(ctx, ref, state)
    transcript = [*walked, *commands, "q"]
    with tempfile.TemporaryDirectory() as tmp:
        rebuilt = replay(transcript, Path(tmp))
    same = canonical(rebuilt) == canonical(ref)
    if show:
        print("\n".join(transcript))
    keys = [len(x) + 1 for x in transcript]
    ids = {item.id for _, _, item in state.ann.items()}
    tabbed = sum(tab_estimate(x, ids) for x in transcript)
    notes = sum(len(x.note) for _, _, x in ref.items()) + sum(
        len(getattr(e, n)) for e in ref.events for n in ("time", "place"))
    kinds = Counter("Enter" if not x else "one key" if len(x) == 1 else "typed"
                    for x in walked)
    print(f"article: {ARTICLE.name}, {art.length} characters, {len(art.sentences)} sentences; "
          f"reference: {len(ref.actors)} actors, {len(ref.events)} events, "
          f"{len(ref.claims)} claims")
    print(f"walkthrough: {len(walked)} prompts, {sum(len(x) + 1 for x in walked)} keystrokes "
          f"({kinds['Enter']} Enter alone, {kinds['one key']} one key, {kinds['typed']} typed)")
    print(f"command loop: {len(commands)} command lines, "
          f"{sum(len(x) + 1 for x in commands)} keystrokes")
    print(f"total: {len(transcript)} prompts, {sum(keys)} keystrokes "
          "(characters typed + one Enter per answer, the final q included)")
    print(f"  of which free text (notes, times, places) typed: {notes} characters")
    print(f"  with ids completed by Tab (shortest unique prefix + Tab): {tabbed} keystrokes")
    print("rebuilt sidecar equals the reference (ids, external_ids, annotators aside): "
          f"{'yes' if same else 'NO'}")
    if not same:
        mine, theirs = canonical(rebuilt), canonical(ref)
        for name in sorted(set(mine) | set(theirs)):
            if mine.get(name) != theirs.get(name):
                print(f"  differs: {name}: {mine.get(name)} != {theirs.get(name)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
