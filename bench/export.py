"""Benchmark `annotate export`: the validate benchmark's corpus to every format; files/s, RSS.

The corpus is `bench/validate.py`'s: 2,000 generated article + sidecar pairs of ~5 KB.

Each format runs as its own `annotate export` process (default: one worker per core),
so the figures include start-up and the writing of the output. Peak RSS is the main
process's, at two corpus sizes: when it does not grow with the corpus, export streams.
Target: >= 500 files/s per format.

    python bench/export.py [--files 2000] [--jobs 0] [--formats json,brat,...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from validate import generate  # noqa: E402  (bench/validate.py: the shared corpus)

from annotate.exporters import EXPORTERS  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def run(corpus: Path, fmt: str, jobs: int) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the export and its workers, peak RSS of the export
    process in MiB) for one export."""
    target = OUT / f"export-{fmt}"
    shutil.rmtree(target, ignore_errors=True)
    target.unlink(missing_ok=True)
    command = [sys.executable, "-m", "annotate", "export", str(corpus), "--to", fmt,
               "-o", str(target), "--date", "2024-01-01T00:00:00Z", "-j", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{fmt} failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    # wait4's usage includes the worker processes the export waited for.
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def breakdown(corpus: Path, formats: list[str], sample: int = 200) -> None:
    """In-process CPU ms per file: loading the sidecar and article, then rendering."""
    from annotate.exporters import Options
    from annotate.exporters.run import load_doc
    from annotate.validate import discover

    files = discover([corpus])[:sample]
    options = Options(date="2024-01-01T00:00:00Z")
    start = time.process_time()
    docs = [load_doc(f, None, options) for f in files]
    load_ms = (time.process_time() - start) * 1000 / len(files)
    print(f"\nin-process CPU per file ({len(files)} files, under the load above): "
          f"load {load_ms:.2f} ms, then render:")
    for fmt in formats:
        exporter = EXPORTERS[fmt]()
        start = time.process_time()
        for doc in docs:
            exporter.render(doc)
        render_ms = (time.process_time() - start) * 1000 / len(docs)
        ceiling = 2000 / (load_ms + render_ms)
        print(f"  {fmt:<13} {render_ms:5.2f} ms  -> at most {ceiling:4.0f} files/s on 2 idle cores")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=0, help="0: one worker per core")
    parser.add_argument("--formats", default=",".join(EXPORTERS))
    args = parser.parse_args()
    corpus = OUT / "export-corpus"
    generate(corpus, args.files)
    small = OUT / "export-corpus-small"
    generate(small, args.files // 8)
    print(f"{args.files} sidecars, {os.cpu_count()} cores, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'format':<13} {'wall s':>7} {'files/s':>8} {'CPU s':>7} {'files/CPU-s':>12} "
          f"{'peak RSS':>9} {'RSS at ' + str(args.files // 8):>12}")
    worst = float("inf")
    for fmt in args.formats.split(","):
        seconds, cpu, rss = run(corpus, fmt, args.jobs)
        _, _, rss_small = run(small, fmt, args.jobs)
        rate = args.files / seconds
        worst = min(worst, rate)
        print(f"{fmt:<13} {seconds:>7.2f} {rate:>8.0f} {cpu:>7.2f} {args.files / cpu:>12.0f} "
              f"{rss:>5} MiB {rss_small:>8} MiB")
    print(f"slowest format: {worst:.0f} files/s wall clock (target 500); load average now "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    breakdown(corpus, args.formats.split(","))


if __name__ == "__main__":
    main()
