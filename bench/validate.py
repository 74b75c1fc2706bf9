"""Benchmark `annotate validate` against check-jsonschema on the same generated corpus.

    .venv/bin/python bench/validate.py               # 2,000 pairs, 5 runs each
    .venv/bin/python bench/validate.py --files 500 --runs 3

Generates N article + sidecar pairs (realistic: actors with mentions, events with
participants, claims with claimants; every span matches its article), then times whole
processes, side by side: `annotate validate DIR` (every check on, with line numbers)
and `check-jsonschema --schemafile schemas/annotation.schema.json FILES...` (the
schema only). Then one file alone for both, and peak RSS for a quarter of the corpus vs
all of it. Prints medians; needs the `bench` extra (check-jsonschema).
"""

from __future__ import annotations

import argparse
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

from annotate import article as article_mod  # noqa: E402
from annotate import sidecar  # noqa: E402
from annotate.model import (  # noqa: E402
    Actor,
    Annotations,
    Annotator,
    Claim,
    Document,
    Event,
    Participant,
    Span,
)

SCHEMA = ROOT / "schemas" / "annotation.schema.json"
BIN = Path(sys.executable).parent

PEOPLE = ["Maria Alvarez", "Chen Wei", "Olusegun Bankole", "Anna Petrova", "James O'Neill",
          "Fatima Haddad", "Lars Eriksen", "Priya Natarajan", "Tomás Ruiz", "Aiko Tanaka",
          "Nadia Kovalenko", "Samuel Mensah", "Élodie Marchand", "Yusuf Demir"]
TITLES = ["Minister", "Senator", "Mayor", "Spokesperson", "Governor", "Ambassador"]
ORGS = ["the Ministry of Health", "the Central Bank", "the United Nations", "the Red Cross",
        "the Port Authority", "the Electoral Commission", "the National Assembly",
        "the Teachers’ Union", "the World Bank", "the Energy Regulator"]
COUNTRIES = ["Norway", "Kenya", "Brazil", "Japan", "Poland", "Chile", "Ghana", "Canada"]
SAY = ["said", "declared", "announced", "told reporters", "asserted"]
TOPICS = ["unemployment fell to {n} percent last year", "the budget grew by {n} million dollars",
          "{n} schools were closed during the storm", "inflation will drop below {n} percent",
          "the new bridge cost {n} million euros", "exports to {c} rose by {n} percent",
          "{n} people were evacuated from the coast", "the vaccine programme reached {n},000 "
          "children", "the talks with {c} collapsed after {n} hours"]
FILLER = ["The meeting took place on Tuesday in the capital.",
          "Officials did not respond to a request for comment.",
          "Critics called the figures “misleading” and asked for an audit.",
          "The opposition said it would study the report before the vote.",
          "Analysts at the U.N. agency urged caution, citing earlier revisions."]


class _Text:
    """Builds an article and remembers where each piece landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(piece)
        self.pos += len(piece)
        return start, self.pos

    def text(self) -> str:
        return "".join(self.parts)


def make_pair(n: int, rng: random.Random) -> tuple[str, Annotations]:
    """One article and its annotations; every span matches the article text."""
    out = _Text()
    people = rng.sample(PEOPLE, 4)
    org, country = rng.choice(ORGS), rng.choice(COUNTRIES)
    out.add(f"{people[0]} Defends {country} Policy In Story {n}\n\n")
    actors = [Actor(f"p{i}", name, "person", [name.split()[-1]]) for i, name in enumerate(people)]
    actors.append(Actor("org", org.removeprefix("the ").title(), "organization"))
    actors.append(Actor("country", country, "country"))
    events: list[Event] = []
    claims: list[Claim] = []
    pending: list[tuple[list[Span], int, int]] = []  # (list to fill, start, end)

    def mention(actor: Actor, text: str) -> None:
        start, end = out.add(text)
        pending.append((actor.mentions, start, end))

    for k in range(5):
        speaker = actors[k % 4]
        out.add(f"{rng.choice(TITLES)} ")
        mention(speaker, speaker.name if k < 4 else speaker.aliases[0])
        out.add(" ")
        cue_start, cue_end = out.add(rng.choice(SAY))
        out.add(" that ")
        topic = rng.choice(TOPICS).format(n=rng.randint(2, 99), c=country)
        said_start, said_end = out.add(topic)
        if k % 2 == 0:
            out.add(", according to ")
            mention(actors[4], org)
        out.add(" in ")
        mention(actors[5], country)
        out.add(". ")
        claim = Claim(f"claim-{k}", Span(said_start, said_end, ""), "quantity", speaker.id,
                      cue=Span(cue_start, cue_end, ""), verdict="unverified",
                      about=[f"event-{k}"])
        claims.append(claim)
        event = Event(f"event-{k}", "statement", Span(cue_start, cue_end, ""),
                      [Participant(speaker.id, "speaker"), Participant("org", "topic")],
                      "reported" if k % 2 else "asserted", time="2024-03-0" + str(k + 1))
        events.append(event)
        out.add(rng.choice(FILLER) + ("\n\n" if k % 2 else " "))
    out.add("Reporting by the newsroom; 1,300 words.\n")
    text = out.text()
    for target, start, end in pending:
        target.append(Span.at(text, start, end))
    for item in claims:
        item.span = Span.at(text, item.span.start, item.span.end)
        assert item.cue is not None
        item.cue = Span.at(text, item.cue.start, item.cue.end)
    for event in events:
        event.trigger = Span.at(text, event.trigger.start, event.trigger.end)
    art = article_mod.from_text(text)
    doc = Document(f"story-{n:05d}.txt", art.sha256, art.length, art.title)
    return text, Annotations(doc, [Annotator("bench")], actors, events, claims)


def generate(folder: Path, count: int, seed: int = 1) -> list[Path]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    files = []
    for n in range(count):
        text, ann = make_pair(n, rng)
        sub = folder / f"batch-{n // 500:02d}"  # a few folders, as a real corpus would have
        sub.mkdir(exist_ok=True)
        (sub / ann.document.path).write_text(text, "utf-8")
        path = sub / f"story-{n:05d}.ann.yaml"
        path.write_text(sidecar.dumps(ann), "utf-8")
        files.append(path)
    return files


def measure(cmd: list[str]) -> tuple[float, int, float]:
    """Wall seconds, peak RSS in KiB (the process and the workers it waited for), and CPU
    seconds (user + system, workers included): CPU shows the work when the machine is busy."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if code != 0:
        sys.exit(f"{cmd[0]} failed ({code}): {err[:500]}")
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def median_time(cmd: list[str], runs: int) -> tuple[float, int, float]:
    results = [measure(cmd) for _ in range(runs)]
    return (statistics.median(r[0] for r in results), max(r[1] for r in results),
            statistics.median(r[2] for r in results))


def yaml_floor(files: list[Path]) -> float:
    """Seconds per file for a bare libyaml compose: the floor for any YAML validator."""
    import yaml

    start = time.perf_counter()
    for f in files:
        yaml.compose(f.read_text("utf-8"), Loader=yaml.CSafeLoader)
    return (time.perf_counter() - start) / len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    annotate, cj = str(BIN / "annotate"), str(BIN / "check-jsonschema")
    if not Path(cj).exists():
        sys.exit("check-jsonschema is not installed: pip install -e '.[bench]'")

    files = generate(args.out, args.files)
    size = statistics.mean(f.stat().st_size for f in files)
    print(f"corpus: {len(files)} sidecars (mean {size / 1024:.1f} KiB) + articles in {args.out}")
    print(f"cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}, "
          f"runs per measurement: {args.runs} (median)")
    print(f"libyaml compose alone: {yaml_floor(files) * 1000:.2f} ms/file (in-process floor)")

    ours = [annotate, "validate", str(args.out)]
    theirs = [cj, "--schemafile", str(SCHEMA), *map(str, files)]
    t_ours, rss_ours, cpu_ours = median_time(ours, args.runs)
    t_theirs, rss_theirs, cpu_theirs = median_time(theirs, args.runs)
    n = len(files)
    print(f"\n{n} files, whole process:              wall    files/s    CPU s  peak RSS")
    print(f"  annotate validate (all checks)  {t_ours:7.2f} s  {n / t_ours:8.0f}  "
          f"{cpu_ours:7.2f}  {rss_ours / 1024:5.0f} MiB")
    print(f"  check-jsonschema (schema only)  {t_theirs:7.2f} s  {n / t_theirs:8.0f}  "
          f"{cpu_theirs:7.2f}  {rss_theirs / 1024:5.0f} MiB")
    print(f"  throughput ratio (wall): {t_theirs / t_ours:.1f}x (target >= 10x); "
          f"CPU ratio: {cpu_theirs / cpu_ours:.1f}x")

    # One file is mostly interpreter start-up and imports: cheap to repeat, noisy on a
    # shared machine, so more runs than above.
    one, runs = str(files[0]), max(args.runs, 15)
    o1, _, _ = median_time([annotate, "validate", one], runs)
    c1, _, _ = median_time([cj, "--schemafile", str(SCHEMA), one], runs)
    print(f"\none file, whole process (median of {runs}):")
    print(f"  annotate validate  {o1 * 1000:6.0f} ms")
    print(f"  check-jsonschema   {c1 * 1000:6.0f} ms")
    print(f"  annotate / check-jsonschema: {o1 / c1:.2f} (target <= 0.5)")

    quarter = args.out / "batch-00"
    q_files = len(list(quarter.glob("*.ann.yaml")))
    _, rss_q, _ = median_time([annotate, "validate", str(quarter)], max(1, args.runs // 2))
    _, rss_all, _ = median_time(ours, max(1, args.runs // 2))
    print("\npeak RSS of annotate validate (largest process, workers included):")
    print(f"  {q_files:5d} files  {rss_q / 1024:6.1f} MiB")
    print(f"  {n:5d} files  {rss_all / 1024:6.1f} MiB  ({(rss_all / rss_q - 1) * 100:+.0f}%)")


if __name__ == "__main__":
    main()
