"""Benchmark `annotate agree` and `annotate merge` on a generated team corpus.

    .venv/bin/python bench/agree.py                  # 1,000 articles x 3 annotators
    .venv/bin/python bench/agree.py --articles 200 --disagree 0.2

Generates N articles with alice's annotations (the realistic generator of
bench/validate.py: actors with mentions, events with participants, claims with
claimants), then bob's and carol's as controlled edits of hers: each actor type, event
factuality, claim kind and verdict is changed with probability --disagree, a mention or
an event is dropped, a claim span is cut short. Then times whole processes:
`annotate agree DIR --format json` over the corpus (target <= 10 s) with its peak RSS
at a quarter of the corpus and at all of it (memory should stay flat), and the merge of
one article (target <= 100 ms), in-process and as a whole `annotate merge` process.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotate import sidecar  # noqa: E402
from annotate.model import Annotations, Annotator, Span  # noqa: E402

BIN = Path(sys.executable).parent
TYPES = ["person", "organization", "country", "group"]
KINDS = ["quantity", "factual", "quote", "prediction"]
VERDICTS = ["incorrect", "misleading", "mixed", "mostly-correct", "correct"]


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_validate", ROOT / "bench" / "validate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def variant(ann: Annotations, text: str, name: str, p: float, rng: random.Random) -> Annotations:
    """Another annotator's version of `ann`: each decision differs with probability p."""
    out = Annotations.from_dict(ann.to_dict())
    out.annotators = [Annotator(name)]
    for actor in out.actors:
        if rng.random() < p:
            actor.type = rng.choice([t for t in TYPES if t != actor.type])
        if len(actor.mentions) > 1 and rng.random() < p:
            actor.mentions.pop(rng.randrange(len(actor.mentions)))
    for event in out.events:
        if rng.random() < p:
            event.factuality = "reported" if event.factuality == "asserted" else "asserted"
    if rng.random() < p:
        gone = out.events.pop(rng.randrange(len(out.events))).id
        for claim in out.claims:
            claim.about = [a for a in claim.about if a != gone]
    for claim in out.claims:
        if rng.random() < p:
            claim.kind = rng.choice([k for k in KINDS if k != claim.kind])
        if rng.random() < p:
            claim.verdict = rng.choice(VERDICTS)
        if rng.random() < p and claim.span.end - claim.span.start > 10:
            claim.span = Span.at(text, claim.span.start, claim.span.end - 5)
    return out


def generate(folder: Path, count: int, p: float, seed: int = 1) -> list[Path]:
    """`count` articles, each with alice's, bob's and carol's sidecars; returns the
    article files."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    gen = _generator()
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        text, ann = gen.make_pair(n, rng)
        for claim in ann.claims:
            claim.verdict = rng.choice(VERDICTS)
        sub = folder / f"batch-{n // 250:02d}"
        sub.mkdir(exist_ok=True)
        path = sub / ann.document.path
        path.write_text(text, "utf-8")
        ann.annotators = [Annotator("alice")]
        sidecar.save(sidecar.path_for(path, "alice"), ann)
        for name in ("bob", "carol"):
            sidecar.save(sidecar.path_for(path, name), variant(ann, text, name, p, rng))
        articles.append(path)
    return articles


def measure(cmd: list[str]) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (KiB) and CPU seconds (user + system, workers included:
    CPU shows the work when the machine is busy) of a whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(cmd[:3])} failed: {err[:500]}")
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--disagree", type=float, default=0.1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out-agree")
    args = parser.parse_args()
    annotate = str(BIN / "annotate")
    articles = generate(args.out, args.articles, args.disagree)
    print(f"corpus: {len(articles)} articles x 3 annotators in {args.out} "
          f"(each decision differs with p={args.disagree})")
    print(f"cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f} (a shared machine "
          "makes wall times noisy)")

    whole = [measure([annotate, "agree", str(args.out), "--format", "json"])
             for _ in range(args.runs)]
    wall = statistics.median(w for w, _, _ in whole)
    cpu = statistics.median(c for _, _, c in whole)
    print(f"\nannotate agree over {len(articles)} articles (whole process, median of "
          f"{args.runs}): {wall:.2f} s wall (target <= 10 s), {len(articles) / wall:.0f} "
          f"articles/s; {cpu:.2f} CPU s (all processes)")
    quarter = args.out / "batch-00"
    n_quarter = len(list(quarter.glob("*.txt")))
    _, rss_q, _ = measure([annotate, "agree", str(quarter), "--format", "json"])
    rss_all = max(r for _, r, _ in whole)
    print("peak RSS of annotate agree:")
    print(f"  {n_quarter:5d} articles  {rss_q / 1024:6.1f} MiB")
    print(f"  {len(articles):5d} articles  {rss_all / 1024:6.1f} MiB  "
          f"({(rss_all / rss_q - 1) * 100:+.0f}%)")

    from annotate.agreement import corpus, merge

    found = corpus.find([articles[0].parent], leave_out=None)
    group = next(g for g in found.groups if g.article == articles[0])
    sides = corpus.load(group)
    target = args.out / "merged.ann.yaml"
    times = []
    for _ in range(max(20, args.runs)):
        start = time.perf_counter()
        merged, _ = merge.merge(sides, target)
        sidecar.dumps(merged)
        times.append(time.perf_counter() - start)
    load_times = []
    for _ in range(max(20, args.runs)):
        start = time.perf_counter()
        corpus.load(group)
        load_times.append(time.perf_counter() - start)
    print(f"\nmerge of one article ({len(sides)} sidecars): in-process "
          f"{statistics.median(times) * 1000:.1f} ms to merge and dump, "
          f"{statistics.median(load_times) * 1000:.1f} ms to read and check the three sidecars "
          "(target <= 100 ms)")
    cmd = [annotate, "merge", *(str(s.path) for s in sides), "-o", str(target), "--force"]
    runs = [measure(cmd) for _ in range(max(5, args.runs))]
    floor = [measure([annotate, "schema"]) for _ in range(max(5, args.runs))]
    print(f"  whole `annotate merge` process (start-up, read, merge, write, validate): "
          f"{statistics.median(w for w, _, _ in runs) * 1000:.0f} ms wall, "
          f"{statistics.median(c for _, _, c in runs) * 1000:.0f} ms CPU")
    print(f"  of which start-up (Python, the CLI and its imports: `annotate schema`): "
          f"{statistics.median(w for w, _, _ in floor) * 1000:.0f} ms wall, "
          f"{statistics.median(c for _, _, c in floor) * 1000:.0f} ms CPU")


if __name__ == "__main__":
    main()
