"""How long `annotate ingest` and `annotate report` take: python bench/report.py [--runs N]

- ingest: trafilatura's import (paid once per run of `annotate ingest`), then extracting
  a saved news page (tests/data/pages/harbour-courier.html) and writing its article and
  sidecar;
- report: one page (loading the sidecar and article, rendering, writing) for the ~200 KB
  article with 3,000 annotations of bench/session.py,
  and the size of that page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from session import build  # noqa: E402

from annotate import fetch, ingest, report, sidecar  # noqa: E402

PAGE = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages" / "harbour-courier.html"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        import trafilatura  # noqa: F401

        print(f"ingest: import trafilatura {1000 * (time.perf_counter() - start):.0f} ms")
        times = []
        for n in range(runs):
            start = time.perf_counter()
            page = fetch.read(PAGE)
            found = ingest.extract(page)
            ingest.save(found, str(PAGE), folder / f"run{n}", False, set(),
                        ingest.retrieved_at(page))
            times.append(time.perf_counter() - start)
        print(f"ingest: one saved page, median {1000 * statistics.median(times):.0f} ms "
              f"over {runs} runs")
        _, state, article = build(folder)
        side = sidecar.path_for(article)
        sidecar.save(side, state.ann)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            report.build([side], folder / "big.html")
            times.append(time.perf_counter() - start)
        size = (folder / "big.html").stat().st_size
        print(f"report: {len(article.read_text('utf-8')) // 1000} KB article with "
              f"{sum(1 for _ in state.ann.items())} annotations, median "
              f"{1000 * statistics.median(times):.0f} ms, page {size // 1000} KB")


if __name__ == "__main__":
    main()
