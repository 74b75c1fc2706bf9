"""How fast, and how few keys, the full-screen workspace: python bench/workspace.py

1. Latency: a generated ~200 KB article with 3,000 annotations, opened at 80x24 through
   Textual's Pilot; each key is timed from the press to the screen refreshed (moves,
   selection growing, sentence and paragraph jumps, paging, hints). Targets: median
   <= 30 ms, p95 <= 100 ms.
2. First screen: from creating the app to its first frame on the same article (<= 1 s).
3. Keystrokes: the bundled sample's reference sidecar rebuilt from an empty one through
   the app's key handling. A simulated annotator who knows the reference reads the screen
   (the suggestion shown, the hint letters) and presses keys; every key goes through the
   app, which counts it. Ids, aliases, notes, external ids, time and place are free text,
   not tagging, and are left out of the comparison (`compare` lists them). Targets: <= 600
   keys in all, <= 3 per accepted suggestion, <= 12 per hand-made span on average (the
   keys that select a span and make the item of it; its fields are counted apart). A name
   typed over a suggested actor's (the reference says "The Kremlin" where the suggestion
   says "Kremlin") is free text like a hand-made item's name: counted apart too, as
   `names typed`, and in the total.

`--skip-latency` runs only the keystroke count; `--show` prints every key with what it did.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
from bisect import bisect_left
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from textual.pilot import Pilot  # noqa: E402

from annotate import sidecar, store  # noqa: E402
from annotate.model import Annotations  # noqa: E402
from annotate.tag.tui import core as core_mod  # noqa: E402
from annotate.tag.tui.app import WorkspaceApp  # noqa: E402
from annotate.visible import counted  # noqa: E402

SAMPLE = ROOT / "samples" / "putin-netanyahu-call.txt"
REFERENCE = ROOT / "samples" / "putin-netanyahu-call.ann.yaml"
SIZE = (80, 24)


# -- 1 and 2: latency and first screen ---------------------------------------------------
def big_workspace(folder: Path) -> Path:
    import session  # bench/session.py: the same generated article and annotations

    _, state, path = session.build(folder)
    store.Saver(path.with_name("big.ann.yaml")).save(state.ann)
    return path


CHANGES = ("x", "u", "U")


async def _latency(article: Path) -> tuple[float, list[tuple[str, float]]]:
    """Each key is posted to the app the way the terminal driver posts it; the time runs
    until the app has handled it and written the new frame (`App._display`). Pilot's own
    `press` waits for the whole process to go idle, which would time Pilot, not the app."""
    from textual import events

    started = time.perf_counter()
    app = WorkspaceApp(core_mod.open_core(article))
    frames: list[float] = []
    display = app._display

    def timed_display(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        frames.append(time.perf_counter())

    app._display = timed_display  # type: ignore[method-assign]
    timings: list[tuple[str, float]] = []
    async with app.run_test(size=SIZE) as pilot:
        while not frames:
            await asyncio.sleep(0.001)
        first = frames[0] - started
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("escape")
        keys = (["right"] * 20 + ["]"] * 10 + ["["] * 5 + ["<"] * 5 + ["down"] * 20
                + [")"] * 30 + ["}"] * 10 + ["pagedown"] * 10 + ["("] * 10 + ["s"] * 5
                + ["pageup"] * 5 + ["left"] * 20 + ["f", "a", "F", "s", "tab", "tab"]
                + ["G", "up", "up", "g"]) * 3
        keys += ["tab", "x", "u", "U"] * 5  # changes: reject a suggestion, undo, redo
        chars = {"right_square_bracket": "]", "left_square_bracket": "[",
                 "less_than_sign": "<", "right_parenthesis": ")", "left_parenthesis": "(",
                 "right_curly_bracket": "}"}
        names = {v: k for k, v in chars.items()}
        for key in keys:
            name = names.get(key, key)
            character = chars.get(name, key if len(key) == 1 else None)
            handled = app.keys_pressed
            seen = len(frames)
            t0 = time.perf_counter()
            app._driver.send_message(events.Key(name, character))  # type: ignore[union-attr]
            while app.keys_pressed == handled or len(frames) == seen:
                await asyncio.sleep(0)
                if time.perf_counter() - t0 > 5:
                    raise RuntimeError(f"no frame after {key!r}")
            timings.append((key, (frames[-1] - t0) * 1000))
            await pilot.pause()  # settle before the next key, as between two keystrokes
    app.core.close()
    return first, timings


def latency() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        article = big_workspace(Path(tmp))
        ann = sidecar.load(article.with_name("big.ann.yaml"))
        count = sum(1 for _ in ann.items())
        size = article.stat().st_size
        first, timings = asyncio.run(_latency(article))
    changes = sorted(t for k, t in timings if k in CHANGES)
    times = sorted(t for k, t in timings if k not in CHANGES)
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"article: {size / 1024:.0f} KB, {count} annotations, terminal {SIZE[0]}x{SIZE[1]}")
    print(f"moving and selecting, key to screen: median {statistics.median(times):.1f} ms, "
          f"p95 {p95:.1f} ms, worst {times[-1]:.1f} ms over {len(times)} keys "
          "(targets 30 / 100 ms)")
    by_key: dict[str, list[float]] = defaultdict(list)
    for key, t in timings:
        if key not in CHANGES:
            by_key[key].append(t)
    slowest = sorted(by_key.items(), key=lambda kv: -statistics.median(kv[1]))[:5]
    print("  slowest keys (median): " + ", ".join(f"{k} {statistics.median(v):.1f} ms"
                                                  for k, v in slowest))
    print(f"changes (reject a suggestion, undo, redo; each saved at once): median "
          f"{statistics.median(changes):.1f} ms, worst {changes[-1]:.1f} ms over {len(changes)}")
    print(f"first screen: {first * 1000:.0f} ms after start (target 1000 ms)")


# -- 3: keystrokes --------------------------------------------------------------------------
class Annotator:
    """Presses keys through Pilot, reading the app the way a person reads the screen."""

    def __init__(self, pilot: Pilot, ref: Annotations, show: bool) -> None:
        self.pilot = pilot
        app = pilot.app
        assert isinstance(app, WorkspaceApp)
        self.app = app
        self.ref = ref
        self.show = show
        self.category = "other"
        self.keys: Counter[str] = Counter()
        self.items: Counter[str] = Counter()
        self.ids: dict[str, str] = {}  # reference id -> id in the app
        self.names: list[str] = []  # names typed over a suggestion's (counted apart)

    async def press(self, *keys: str) -> None:
        for key in keys:
            before = self.app.keys_pressed
            await self.pilot.press(key)
            await self.app.workers.wait_for_complete()  # the suggestions are up to date
            await self.pilot.pause()
            counted = self.app.keys_pressed - before
            if key in ("escape", "enter", "space") or len(key) == 1 or "+" in key or \
                    key in ("tab", "backspace"):
                counted = max(counted, 1)  # keys typed into the command line count too
            self.keys[self.category] += counted
            if self.show:
                print(f"  [{self.category}] {key!r} -> {self.app.message}")
            if self.app.prompt == "meta" and key != "escape":
                # the article's URL and outlet, asked once after a verdict: skipped
                category, self.category = self.category, "metadata skipped"
                while self.app.prompt == "meta":
                    await self.press("escape")
                self.category = category

    async def type(self, text: str) -> None:
        for ch in text:
            await self.press("space" if ch == " " else ch)

    # -- moving and selecting ---------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.app.core.text

    def visible(self, offset: int) -> bool:
        lo, hi = self.app.view.visible_range()
        return lo <= offset < hi

    async def reach(self, offset: int) -> None:
        """Bring `offset` on screen with sentence jumps (or pages when it is far)."""
        app = self.app
        lay = app.view.layout_
        assert lay is not None
        while not self.visible(offset):
            far = abs(lay.line_of(offset) - lay.line_of(app.sel[0])) > app.view.size.height
            if offset > app.sel[0]:
                await self.press("pagedown" if far else ")")
            else:
                await self.press("pageup" if far else "(")

    async def hint(self, key: str, offset: int, end: bool = False) -> None:
        await self.press(key)
        hint = self.app.hint
        assert hint is not None, self.app.message
        found = [lb for lb, tk in hint.table.items()
                 if (tk[1] == offset if end else tk[0] == offset)]
        assert found, (key, offset, self.text[offset - 20:offset + 20], self.app.sel,
                       self.app.view.visible_range())
        label = found[0]
        for letter in label:
            await self.press(letter)

    async def select(self, start: int, end: int) -> None:
        app, t = self.app, self.app.t
        if app.sel == (start, end):
            return
        sentence = next((s for s in app.core.sentences if s == (start, end)), None)
        if sentence is not None and app.sel[0] >= start and app.sel[0] < end:
            await self.press("s")
            return
        if app.sel[0] != start:
            await self.reach(start)
            if sentence is not None:
                await self.hint("f", start)
                await self.press("s")
                return
            await self.hint("f", start)
        if app.sel[1] == end:
            return
        i, j = bisect_left(t.ends, app.sel[1]), bisect_left(t.ends, end)
        if 0 < j - i <= 2 and app.sel[1] < end:
            for _ in range(j - i):
                await self.press("]")
        elif app.sel[1] > end and bisect_left(t.ends, app.sel[1]) - j <= 2:
            while app.sel[1] > end:
                await self.press("[")
        elif end == app.core.sentences[bisect_left([s for s, _ in app.core.sentences],
                                                   start + 1) - 1][1]:
            await self.press("+")
        else:
            while not self.visible(end - 1):
                await self.press("ctrl+d")
            await self.hint("F", end, end=True)
        assert app.sel == (start, end), (app.sel, (start, end), self.text[start:end])

    # -- hints in forms ------------------------------------------------------------------------
    async def pick(self, target: Any) -> None:
        form = self.app.form
        assert form is not None
        label = next(lb for lb, v in form.hints.items() if v == target)
        for letter in label:
            await self.press(letter)

    def key_of(self, picker: str, value: str) -> str:
        form = self.app.form
        assert form is not None
        return next(k for k, v in form.choices[picker].items() if v == value)

    # -- the passes ------------------------------------------------------------------------------
    async def actors(self) -> None:
        app = self.app
        ref_of = {(m.start, m.end): a for a in self.ref.actors for m in a.mentions}
        self.category = "navigation"
        await self.press("1")
        guard = 0
        while app.current is not None and app.current.kind == "actor" and guard < 100:
            guard += 1
            sug = app.current
            owners = Counter(ref_of[m].id for m in sug.mentions if m in ref_of)
            if not owners:
                self.category = "rejections"
                await self.press("x")
                continue
            ref = next(a for a in self.ref.actors if a.id == owners.most_common(1)[0][0])
            if ref.id in self.ids:  # already tagged: its mentions join it
                self.category = "accepted suggestions"
                await self.press("M")
                hint = app.hint
                assert hint is not None
                label = next(lb for lb, v in hint.table.items() if v == self.ids[ref.id])
                for letter in label:
                    await self.press(letter)
                self.items["accepted suggestions"] += 1
                continue
            later = [s for s in app.queue["actors"] if s is not sug and s.name == ref.name]
            if sug.name != ref.name and later:
                self.category = "navigation"
                await self.press("tab")  # come back to it once the real one is tagged
                continue
            self.category = "accepted suggestions"
            before = {a.id for a in app.core.ann.actors}
            if sug.name == ref.name and sug.type == ref.type:
                await self.press("y")
            else:
                await self.press("e")
                form = app.form
                assert form is not None
                if ref.name != form.values["name"]:
                    await self.press("shift+tab")
                    if ref.name in form.names:
                        await self.press(str(form.names.index(ref.name) + 1))
                    else:  # a name none of the suggestion's: typed, like a hand-made one
                        await self.name(ref.name)
                        self.category = "accepted suggestions"
                await self.set_type(ref.type)
            new = {a.id for a in app.core.ann.actors} - before
            self.ids[ref.id] = new.pop()
            self.items["accepted suggestions"] += 1
        # What the suggestions missed: whole actors, then single mentions.
        for ref in self.ref.actors:
            if ref.id in self.ids:
                continue
            self.category = "hand-made spans"
            first = ref.mentions[0]
            await self.select(first.start, first.end)
            before = {a.id for a in app.core.ann.actors}
            await self.press("a")
            self.category = "fields of hand-made items"
            form = app.form
            assert form is not None
            if ref.name != form.values["name"]:
                await self.press("shift+tab")
                await self.name(ref.name)
                self.category = "fields of hand-made items"
            await self.set_type(ref.type)
            self.ids[ref.id] = ({a.id for a in app.core.ann.actors} - before).pop()
            self.items["hand-made spans"] += 1
        await self.fix_mentions()

    async def name(self, name: str) -> None:
        """Type `name` into the actor form's name field (the current field): `=`, the
        name, Enter. Over a suggestion's name it is counted apart, as `names typed`."""
        if self.category == "accepted suggestions":
            self.category = "names typed"
            self.items["names typed"] += 1
            self.names.append(name)
        await self.press("=")
        await self.type(name)
        await self.press("enter")

    async def set_type(self, actor_type: str) -> None:
        """The actor form's type, which saves it: Enter when it is right already (after
        a name was typed the name field is still the current one)."""
        form = self.app.form
        assert form is not None
        if form.current[0] == "type":
            await self.press(self.key_of("actor_types", actor_type))
        elif form.values["type"] == actor_type:
            await self.press("enter")
        else:
            await self.press("tab", self.key_of("actor_types", actor_type))

    async def fix_mentions(self) -> None:
        app = self.app
        for ref in self.ref.actors:
            mine = next(a for a in app.core.ann.actors if a.id == self.ids[ref.id])
            want = {(m.start, m.end) for m in ref.mentions}
            have = {(m.start, m.end) for m in mine.mentions}
            for start, end in sorted(have - want):
                self.category = "corrections"
                await self.select(start, end)
                await self.press("d")
                self.items["corrections"] += 1
            for start, end in sorted(want - have):
                self.category = "hand-made spans"
                await self.select(start, end)
                await self.press("m")
                self.category = "fields of hand-made items"
                hint = app.hint
                assert hint is not None
                label = next(lb for lb, v in hint.table.items() if v == mine.id)
                for letter in label:
                    await self.press(letter)
                self.items["hand-made spans"] += 1

    async def events(self) -> None:
        app = self.app
        wanted = {(e.trigger.start, e.trigger.end): e for e in self.ref.events}
        self.category = "navigation"
        await self.press("2")
        guard = 0
        while app.current is not None and app.current.kind == "event" and guard < 200:
            guard += 1
            sug = app.current
            ref = wanted.get(sug.span)
            if ref is None:
                self.category = "rejections"
                await self.press("x")
                continue
            self.category = "accepted suggestions"
            people = [(self.ids[p.actor], p.role) for p in ref.participants]
            if sug.type == ref.type and list(sug.participants) == people and \
                    ref.factuality == "asserted":
                await self.press("y")
            else:
                await self.press("e")
                await self.event_form(ref)
            self.ids[ref.id] = app.core.ann.events[-1].id
            self.items["accepted suggestions"] += 1
        for ref in self.ref.events:
            if ref.id in self.ids:
                continue
            self.category = "hand-made spans"
            await self.select(ref.trigger.start, ref.trigger.end)
            await self.press("v")
            self.category = "fields of hand-made items"
            await self.event_form(ref)
            self.ids[ref.id] = app.core.ann.events[-1].id
            self.items["hand-made spans"] += 1

    async def event_form(self, ref: Any) -> None:
        app = self.app
        form = app.form
        assert form is not None
        if form.values["type"] != ref.type:
            if form.current[0] != "type":
                await self.press("shift+tab")
            await self.press(self.key_of("event_types", ref.type))
        elif form.current[0] == "type":
            await self.press("tab")
        people = [(self.ids[p.actor], p.role) for p in ref.participants]
        if form.values["participants"] != people:
            for _ in form.values["participants"]:
                await self.press("backspace")
            roles = form.roles[ref.type]
            for actor, role in people:
                await self.pick(actor)
                if form.values["participants"][-1][1] != role:
                    await self.press(str(roles.index(role) + 1))
        if ref.factuality != form.values["factuality"]:
            await self.press("tab", self.key_of("factualities", ref.factuality))
        else:
            await self.press("enter")
        assert app.form is None, app.message

    async def claims(self) -> None:
        app = self.app
        for ref in self.ref.claims:
            self.category = "hand-made spans"
            await self.select(ref.span.start, ref.span.end)
            await self.press("c")
            self.category = "fields of hand-made items"
            await self.claim_form(ref)
            self.ids[ref.id] = app.core.last_id or ""
            self.items["hand-made spans"] += 1
        self.category = "navigation"
        await self.press("3")
        self.category = "rejections"
        while app.current is not None and app.current.kind == "claim":
            await self.press("x")

    async def claim_form(self, ref: Any) -> None:
        form = self.app.form
        assert form is not None
        want = {"kind": ref.kind, "claimant": self.ids.get(ref.claimant or "", None),
                "verdict": ref.verdict, "about": [self.ids[a] for a in ref.about],
                "cue": (ref.cue.start, ref.cue.end) if ref.cue else None,
                "checkworthy": ref.checkworthy}
        while self.app.form is not None:
            name, picker = form.current
            rest = [n for n, _ in form.fields[form.index:]]
            if all(_same(form.values[n], want[n]) for n in rest):
                await self.press("enter")
                break
            if _same(form.values[name], want[name]):
                await self.press("tab")
            elif picker in form.choices:
                await self.press(self.key_of(picker, want[name]))
            elif picker == "bool":
                await self.press("y" if want[name] else "n")
            elif picker == "items":
                for target in [*(a for a in form.values[name] if a not in want[name]),
                               *(a for a in want[name] if a not in form.values[name])]:
                    await self.pick(target)
            elif want[name] is None:
                await self.press("-")
            else:
                await self.pick(want[name])
        assert self.app.form is None, self.app.message


def _same(a: Any, b: Any) -> bool:
    return sorted(a) == sorted(b) if isinstance(a, list) else a == b


def compare(got: Annotations, ref: Annotations) -> list[str]:
    """What differs, ids aside (matched by their spans); free-text fields are left out."""
    out = []

    def spans_of(item: Any) -> tuple[tuple[int, int], ...]:
        return tuple(sorted((s.start, s.end) for _, s in item.spans()))

    ids: dict[str, str] = {}
    for section in ("actors", "events", "claims"):
        mine = {spans_of(i): i for i in getattr(got, section)}
        for r in getattr(ref, section):
            match = mine.get(spans_of(r))
            if match is None:
                out.append(f"{section[:-1]} {r.id}: not rebuilt with the same spans")
            else:
                ids[r.id] = match.id
        if len(getattr(got, section)) != len(getattr(ref, section)):
            out.append(f"{section}: {len(getattr(got, section))} rebuilt, "
                       f"{len(getattr(ref, section))} in the reference")
    for r in ref.actors:
        g = got.get(ids.get(r.id, ""))
        if g is not None and (g.name, g.type) != (r.name, r.type):  # type: ignore[union-attr]
            out.append(f"actor {r.id}: name or type differs")
    for r in ref.events:
        g = got.get(ids.get(r.id, ""))
        if g is not None and ((g.type, g.factuality) != (r.type, r.factuality)  # type: ignore
                              or [(p.actor, p.role) for p in g.participants]  # type: ignore
                              != [(ids.get(p.actor), p.role) for p in r.participants]):
            out.append(f"event {r.id}: type, factuality or participants differ")
    for r in ref.claims:
        g = got.get(ids.get(r.id, ""))
        if g is None:
            continue
        fields = ("kind", "checkworthy", "verdict")
        if any(getattr(g, f) != getattr(r, f) for f in fields) or \
                g.claimant != (ids.get(r.claimant) if r.claimant else None) or \
                sorted(g.about) != sorted(ids.get(a, a) for a in r.about):  # type: ignore
            out.append(f"claim {r.id}: a field differs")
    return out


async def _keystrokes(article: Path, show: bool) -> tuple[Annotator, list[str]]:
    ref = sidecar.load(REFERENCE)
    app = WorkspaceApp(core_mod.open_core(article))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        person = Annotator(pilot, ref, show)
        await person.actors()
        await person.events()
        await person.claims()
        await pilot.pause()
        got = app.core.ann
    app.core.close()
    return person, compare(got, ref)


def keystrokes(show: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ANNOTATE_HOME"] = str(Path(tmp) / "home")
        article = Path(shutil.copy(SAMPLE, tmp))
        person, differences = asyncio.run(_keystrokes(article, show))
        from annotate import checks
        problems = checks.check_file(sidecar.path_for(article))
    total = sum(person.keys.values())
    print(f"keystrokes to rebuild {REFERENCE.name} from an empty sidecar "
          f"(terminal {SIZE[0]}x{SIZE[1]}, suggestions on):")
    person.items["fields of hand-made items"] = person.items["hand-made spans"]
    for category in ("accepted suggestions", "names typed", "hand-made spans",
                     "fields of hand-made items", "corrections", "rejections", "navigation",
                     "metadata skipped", "other"):
        keys, items = person.keys[category], person.items[category]
        if keys or items:
            each = f", {keys / items:.1f} per item" if items else ""
            print(f"  {category:26} {counted(keys, 'key'):>9} for "
                  f"{counted(items, 'item'):>9}{each}")
    made = person.keys["hand-made spans"] + person.keys["fields of hand-made items"]
    print(f"  {'hand-made items in all':26} {made:4} keys, "
          f"{made / max(1, person.items['hand-made spans']):.1f} per item")
    print(f"  {'total':26} {total:4} keys (target 600)")
    print("  (a hand-made span: the keys that select it and the one that makes the item; its "
          "fields: type, claimant, participants, verdict, links, cue, typed names)")
    if person.names:
        print("  (names typed: `=`, the name and Enter, where the reference names a suggested "
              "actor otherwise: " + ", ".join(repr(n) for n in person.names) + ")")
    print("rebuilt sidecar: " + ("matches the reference (ids, aliases, notes, external ids, "
                                 "time and place left out)" if not differences else
                                 f"{counted(len(differences), 'difference')}: "
                                 + "; ".join(differences)))
    print(f"validation of the rebuilt sidecar: {counted(len(problems), 'problem')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--show", action="store_true", help="print every key")
    args = parser.parse_args()
    os.environ.setdefault("ANNOTATE_HOME", tempfile.mkdtemp())
    if not args.skip_latency:
        latency()
    keystrokes(args.show)


if __name__ == "__main__":
    main()
