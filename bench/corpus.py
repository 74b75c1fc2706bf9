"""Generate a corpus of N article + sidecar pairs from the bundled sample (for benchmarks).

Each article is the sample text with a numbered closing line, so every document has its
own text and sha256; each sidecar is the sample's annotations pointing at it.

    python bench/corpus.py OUT_DIR [N]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "putin-netanyahu-call"


def generate(folder: Path, n: int, per_folder: int = 100) -> list[Path]:
    """Write n pairs under folder/NNN/ (reusing them if already there); returns sidecars."""
    from annotate import article, sidecar

    base = sidecar.load(SAMPLE.with_suffix(".ann.yaml"))
    text = SAMPLE.with_suffix(".txt").read_text("utf-8")
    out = []
    for i in range(n):
        sub = folder / f"{i // per_folder:03d}"
        side = sub / f"story-{i:05d}.ann.yaml"
        out.append(side)
        if side.exists():
            continue
        sub.mkdir(parents=True, exist_ok=True)
        body = f"{text}\n\nStory {i} of the benchmark corpus.\n"
        (sub / f"story-{i:05d}.txt").write_text(body, "utf-8")
        art = article.from_text(body)
        base.document.path = f"story-{i:05d}.txt"
        base.document.sha256, base.document.length = art.sha256, art.length
        side.write_text(sidecar.dumps(base), "utf-8")
    return out


if __name__ == "__main__":
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    print(f"{len(generate(Path(sys.argv[1]), count))} sidecars in {sys.argv[1]}")
