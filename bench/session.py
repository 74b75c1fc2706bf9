"""How fast `annotate tag` answers on a big article: python bench/session.py [--runs N]

Generates a ~200 KB article with 3,000 annotations (1,000 actors, 1,000 events, 1,000
claims), then times, through the real code paths: an add (a claim picked by typed text,
through `session.apply`), an undo, rendering the current screen, and the autosave
(atomic write with fsync), plus the suggestions computed once per pass. Targets: each
command <= 50 ms median, autosave <= 100 ms.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotate import article, config, sidecar, store, suggest  # noqa: E402
from annotate.editing import picking  # noqa: E402
from annotate.editing import vocabulary as v  # noqa: E402
from annotate.tag import session, view  # noqa: E402

SENTENCE = ("Minister Name{n} Surname{n} said on day {n} that the talks{n} with Country{n} "
            "had produced {n} agreements.")


def build(folder: Path, count: int = 1000) -> tuple[session.Context, session.State, Path]:
    paras = [" ".join(SENTENCE.format(n=n + k) for k in range(2)) for n in range(0, 2 * count, 2)]
    path = folder / "big.txt"
    path.write_text("A big generated article\n\n" + "\n\n".join(paras) + "\n", "utf-8")
    art = article.load(path)
    ctx = session.Context(art, config.default())
    state = session.State(sidecar.new(art, folder / "big.ann.yaml"))
    for n in range(count):
        name = f"Name{n} Surname{n}"
        start = art.text.index(name)
        state = session.apply(ctx, state, v.AddActor(name=name, type="person", id=f"p{n}",
                                                     mentions=((start, start + len(name)),)))
        trigger = art.text.index(f"talks{n} ")
        state = session.apply(ctx, state, v.AddEvent(
            type="communication", trigger=(trigger, trigger + len(f"talks{n}")), id=f"e{n}",
            participants=((f"p{n}", "speaker"),)))
        s = art.sentences[n + 1]
        state = session.apply(ctx, state, v.AddClaim(span=(s.start, s.end), kind="factual",
                                                     claimant=f"p{n}", id=f"c{n}"))
    return ctx, session.State(state.ann), path


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=100)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        ctx, state, path = build(Path(tmp))
        saver = store.Saver(path.with_name("big.ann.yaml"))
        saver.save(state.ann)
        size = len(ctx.article.text.encode())
        print(f"article: {size / 1024:.0f} KB, {len(ctx.article.sentences)} sentences; "
              f"annotations: {sum(1 for _ in state.ann.items())}; "
              f"sidecar: {saver.path.stat().st_size / 1024:.0f} KB")
        holder = [state]
        counter = iter(range(10**9))

        def add() -> None:
            n = next(counter) % 900 + 5
            holder[0] = session.apply(ctx, holder[0], f'add claim --text "{n + 1} agreements" '
                                      '--kind quantity --claimant p3')

        def undo() -> None:
            holder[0] = session.apply(ctx, holder[0], "undo")

        console = Console(file=io.StringIO(), width=100, height=40, color_system="truecolor")
        screen = view.Screen(ctx.article)
        focus = ctx.article.sentences[len(ctx.article.sentences) // 2].start

        def render() -> None:  # what the loop does for each screen: place it, then draw it
            window = screen.window(focus, view.lines(console), console.width)
            view.show_screen(console, screen, holder[0].ann, window)

        def autosave() -> None:
            holder[0] = session.apply(ctx, holder[0], f"edit c{next(counter) % 1000} --note x")
            saver.save(holder[0].ann)

        def first_search() -> None:
            picking.fold.cache_clear()
            picking.find(ctx.article.text, "7 agreements")

        rows = [("first text search (folds article)", timed(first_search, max(3, runs // 10))),
                ("add (claim by typed text)", timed(add, runs)),
                ("undo", timed(undo, runs)),
                ("render current screen", timed(render, runs)),
                ("autosave (edit + atomic write)", timed(autosave, runs)),
                ("suggestions, all three passes", timed(lambda: (
                    suggest.actors(ctx.article, state.ann),
                    suggest.events(ctx.article, ctx.inventory, state.ann),
                    suggest.claims(ctx.article, state.ann)), max(3, runs // 10))),
                ("full dump, no cache (reference)",
                 timed(lambda: sidecar.dumps(holder[0].ann), max(3, runs // 10)))]
        print(f"{'operation':34} {'median ms':>10} {'worst ms':>10}  runs")
        for name, times in rows:
            print(f"{name:34} {statistics.median(times):10.2f} {max(times):10.2f}  {len(times)}")
        assert sidecar.dumps(holder[0].ann) == saver.dumps(holder[0].ann)


if __name__ == "__main__":
    main()
