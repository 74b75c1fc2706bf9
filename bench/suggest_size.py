"""How `annotate suggest` grows with the article: gold stories run together to 10 KB .. 1 MB.

    python bench/suggest_size.py                          # built-in; 10 KB, 100 KB, 1 MB
    python bench/suggest_size.py --sizes 100 300 --recommender spacy --runs 3

Each article is bench/gold's stories one after another (from the first again once all
are used: they hold about 230 KB), as paragraphs under one another ("stories") and as
one paragraph ("one paragraph": a pasted text with its line breaks lost). Each row is
what `annotate suggest` does in process (actors, then events and claims with those
actors, then the YAML), in wall and CPU milliseconds, median of --runs, each run on a
text no cache has seen. "per 100 KB" stays flat when the time grows linearly; work
that grows faster than the text shows as a number that climbs with the size. (Past
230 KB the stories, and so their names, come again: for ever more names, see the news
and run-on rows of bench/size.py.)

Target: linear growth (per 100 KB within 2x of the 100 KB row's at 1 MB).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotate import yamlio  # noqa: E402
from annotate.suggest import output  # noqa: E402

GOLD = ROOT / "bench" / "gold"


def article(size: int, stories: list[str], sep: str) -> str:
    """About `size` bytes of the stories, in order, joined by `sep`."""
    parts, total = [], 0
    while total < size:
        parts.append(stories[len(parts) % len(stories)])
        total += len(parts[-1].encode()) + len(sep)
    return sep.join(parts)


def one_paragraph(text: str) -> str:
    return " ".join(text.split()) + "\n"


def timed(text: str, folder: Path, runs: int, names: list[str]) -> tuple[float, float]:
    """Median wall and CPU milliseconds of `annotate suggest` on `text`, in process."""
    wall, cpu = [], []
    for run in range(runs):
        path = folder / f"article-{run}.txt"
        path.write_text(text + "\n" * (run + 1), "utf-8")  # new to every cache
        w0, c0 = time.perf_counter(), time.process_time()
        data, _ = output.for_article(path, None, None, names)
        yamlio.dump(data)
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000],
                        help="article sizes in KB (default: 10 100 1000)")
    parser.add_argument("--recommender", default="built-in",
                        help="built-in, project or spacy (default: built-in)")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    stories = [p.read_text("utf-8") for p in sorted(GOLD.glob("*.txt"))]
    names = [args.recommender]
    print(f"annotate suggest --recommender {args.recommender}, median of {args.runs}")
    print(f"{'article':<16} {'size':>8} {'wall ms':>9} {'CPU ms':>9} {'per 100 KB':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        timed("Load time.\n", Path(tmp), 1, names)  # (imports and word lists: not the size's)
        for shape, flat in (("stories", False), ("one paragraph", True)):
            for kb in args.sizes:
                text = article(kb * 1000, stories, "\n\n")
                text = one_paragraph(text) if flat else text
                wall, cpu = timed(text, Path(tmp), args.runs, names)
                print(f"{shape:<16} {kb:>5} KB {wall:>9.0f} {cpu:>9.0f} "
                      f"{cpu / (len(text.encode()) / 100_000):>11.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
