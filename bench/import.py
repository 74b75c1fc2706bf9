"""Benchmark `annotate import --from brat` on many `T` lines with the same text.

Every mention of one name needs its own id (`vladimir-putin`, `-2`, `-3` ...). Finding
the next free one by rescanning the ids made so far made the import quadratic
(1.8 / 4.4 / 21 s for 2,000 / 4,000 / 8,000 lines); it should grow linearly.

Each size runs as its own `annotate import` process, so the figures include start-up
(~0.3 s) and writing the sidecar.

    python bench/import.py [--sizes 2000,4000,8000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "samples" / "putin-netanyahu-call.txt"


def brat_file(folder: Path, lines: int) -> Path:
    """`lines` claims on the same span, each with its Kind attribute."""
    text = ARTICLE.read_text("utf-8")
    start = text.index("Vladimir Putin")
    end = start + len("Vladimir Putin")
    out = [f"T{i}\tClaim {start} {end}\tVladimir Putin" for i in range(1, lines + 1)]
    out += [f"A{i}\tKind T{i} factual" for i in range(1, lines + 1)]
    path = folder / f"many-{lines}.ann"
    path.write_text("".join(f"{line}\n" for line in out), "utf-8")
    return path


def run(folder: Path, lines: int) -> float:
    source = brat_file(folder, lines)
    target = folder / f"many-{lines}.ann.yaml"
    shutil.copy(ARTICLE, folder / ARTICLE.name)
    command = [sys.executable, "-m", "annotate", "import", str(source), "--from", "brat",
               "--article", str(folder / ARTICLE.name), "--sidecar", str(target), "--force"]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="2000,4000,8000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        times = {n: run(Path(tmp), n) for n in sizes}
    print(f"{'T lines':>8}  {'seconds':>8}  {'ms per line':>12}")
    for n, seconds in times.items():
        print(f"{n:>8}  {seconds:>8.2f}  {1000 * seconds / n:>12.3f}")
    first, last = sizes[0], sizes[-1]
    print(f"growth {first} -> {last} lines: x{times[last] / times[first]:.1f} "
          f"(linear: x{last / first:.0f})")


if __name__ == "__main__":
    main()
