"""How `show`, `add`, `suggest` and the CoNLL export grow with the article and the annotations.

    python bench/size.py [--large]

Each row is one `annotate` process (start-up included), timed from outside, with the
peak RSS that process reached (wait4). The sizes double, so linear growth shows as
times that double too; quadratic growth as times that quadruple.

- `show`: an article of N KB with no sidecar, news-like (many short paragraphs) and
  one paragraph of short sentences, output to /dev/null at 100 columns (as a pipe
  would get it); and one run-on "sentence" of 1 to 4 MB;
- `add`: one paragraph of N KB made of short sentences (no line break at all), then
  `annotate add actor` of a name that occurs once, on a new sidecar;
- `suggest --recommender built-in`: the news-like article, and one run-on "sentence" of
  N KB with names and trigger words and no full stop at all (a pasted table or a
  transcript: every name is in the sentence of every trigger);
- `export --to conll`: a 200 KB article whose sidecar has N actor mentions.

Targets: each <= 2 s at 200 KB / 20k mentions, linear growth, peak RSS <= 300 MB at
50 MB. `--large` adds the 50 MB article for show and the CoNLL export, and the 10 MB
line of short sentences for add (these take minutes; run them on an idle machine).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotate import article, sidecar  # noqa: E402
from annotate.model import Actor, Span  # noqa: E402

SENTENCE = ("Minister Ana Silva{n} said on day {n} that the talks with Country{n} had "
            "produced {n} agreements. ")
SHORT = "It rained {n} times. "


def news(size: int) -> str:
    """About `size` bytes: a title, then paragraphs of three sentences."""
    parts, n, total = ["A generated article\n\n"], 0, 0
    while total < size:
        para = "".join(SENTENCE.format(n=n + k) for k in range(3)).rstrip() + "\n\n"
        parts.append(para)
        total += len(para)
        n += 3
    return "".join(parts)


RUN_ON = "Ana Silva{n} of Country{n} met Party{n} leaders and police arrested Bo Pell{n} , "


def _repeated(template: str, size: int) -> str:
    """About `size` characters of `template`, numbered, on one line."""
    parts, n, total = [], 0, 0
    while total < size:
        parts.append(template.format(n=n))
        total += len(parts[-1])
        n += 1
    return "".join(parts)


def run_on(size: int) -> str:
    return _repeated(RUN_ON, size) + "\n"


def one_line(size: int) -> str:
    return _repeated(SHORT, size) + "Zebulon Quist arrived.\n"


def with_mentions(folder: Path, text: str, mentions: int) -> Path:
    """The article and a sidecar with `mentions` one-word mentions of 100 actors, spread
    evenly over the article."""
    path = folder / "story.txt"
    path.write_text(text, "utf-8")
    art = article.load(path)
    side = sidecar.path_for(path)
    ann = sidecar.new(art, side)
    words = [m.span() for m in re.finditer(r"\w+", art.text)]
    step = max(1, len(words) // mentions)
    actors = [Actor(f"a{i}", f"Actor {i}", "person") for i in range(100)]
    for i, (start, end) in enumerate(words[::step][:mentions]):
        actors[i % 100].mentions.append(Span.at(art.text, start, end, context=False))
    ann.actors = [a for a in actors if a.mentions]
    sidecar.save(side, ann)
    return side


def run(*args: str) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of one `annotate ARGS` process."""
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    with open(os.devnull, "w") as sink:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "annotate", *args], stdout=sink,
                                stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        sys.exit(f"annotate {' '.join(args)} failed: {err}")
    return seconds, usage.ru_maxrss // 1024


def row(what: str, size: str, seconds: float, rss: int) -> None:
    print(f"{what:<28} {size:>10} {seconds:>9.2f} {rss:>9} MiB", flush=True)


def make(kind: str, size: int, path: Path, mentions: int = 0) -> None:
    """Write one input, in a process of its own: a child's peak RSS (wait4) starts from
    its parent's at fork, so the timing process must stay small."""
    subprocess.run([sys.executable, __file__, "--make", kind, str(size), str(path),
                    str(mentions)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", action="store_true",
                        help="also 50 MB (show, conll) and a 10 MB line (add)")
    parser.add_argument("--make", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        kind, size, path, mentions = args.make
        if kind == "conll":
            with_mentions(Path(path), news(int(size)), int(mentions))
        else:
            Path(path).write_text({"news": news, "line": one_line, "run-on": run_on}[kind](
                int(size)), "utf-8")
        return
    large = args.large
    print(f"{os.cpu_count()} cores, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'command':<28} {'size':>10} {'seconds':>9} {'peak RSS':>13}")
    kb = [50, 100, 200]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in kb + ([50 * 1024] if large else []):
            for what, kind in (("show (news, no sidecar)", "news"),
                               ("show (one paragraph)", "line")):
                path = folder / f"show-{size}.txt"
                make(kind, size * 1024, path)
                row(what, f"{size} KB", *run("show", str(path)))
                path.unlink()
        for size in (1024, 2048, 4096):  # (rich wraps a text in quadratic time: `show`
            # cuts a sentence into pieces; 4 MB took 12 s before)
            path = folder / f"show-run-on-{size}.txt"
            make("run-on", size * 1024, path)
            row("show (run-on, no stop)", f"{size // 1024} MB", *run("show", str(path)))
            path.unlink()
        for size in kb:
            for what, kind in (("suggest (news)", "news"), ("suggest (run-on, no stop)", "run-on")):
                path = folder / f"suggest-{size}.txt"
                make(kind, size * 1024, path)
                row(what, f"{size} KB", *run("suggest", str(path), "--recommender", "built-in"))
                path.unlink()
        for size in kb + ([10 * 1024] if large else []):
            path = folder / f"line-{size}.txt"
            make("line", size * 1024, path)
            row("add (one-line article)", f"{size} KB",
                *run("add", "actor", str(path), "--name", "Zebulon Quist", "--type", "person",
                     "--mention", "Zebulon Quist"))
            path.unlink()
            sidecar.path_for(path).unlink()
        cases = [(200, n) for n in (5_000, 10_000, 20_000)]
        cases += [(50 * 1024, 20_000)] if large else []
        for size, mentions in cases:
            sub = folder / f"conll-{size}-{mentions}"
            sub.mkdir()
            make("conll", size * 1024, sub, mentions)
            row(f"export conll ({mentions // 1000}k mentions)", f"{size} KB",
                *run("export", str(sub / "story.ann.yaml"), "--to", "conll",
                     "-o", str(sub / "out.conll")))
            shutil.rmtree(sub)
    print(f"load average now {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
