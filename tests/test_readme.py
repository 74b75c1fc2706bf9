"""The README's console examples, run as a new user runs them, against the output shown.

A block is found by the first command in it; its commands run in order in one shell, in a
copy of the files they name (so `cd`, `$a` and `echo $?` carry over). Every line the README
shows must be in the command's real output, in order; `…` stands for lines left out, or
for a part of a line. Blank lines are not compared.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow

README = (ROOT / "README.md").read_text("utf-8")
MARK = "@@readme-command@@"


def _clone(where: Path) -> Path:
    """What a clone holds of what the examples name."""
    clone = where / "clone"
    shutil.copytree(ROOT / "samples", clone / "samples")
    for data in ("invalid", "pages"):
        shutil.copytree(ROOT / "tests" / "data" / data, clone / "tests" / "data" / data)
    return clone


def _story(where: Path) -> Path:
    """A copy of the bundled article, not annotated yet."""
    shutil.copy(ROOT / "samples" / "putin-netanyahu-call.txt", where / "story.txt")
    return where


def _team(where: Path) -> Path:
    shutil.copytree(ROOT / "tests" / "data" / "team", where / "team")
    return where


def _edited(where: Path) -> Path:
    """The reanchor section's edit: the misspelling fixed and one sentence cut."""
    clone = _clone(where)
    article = clone / "samples" / "putin-netanyahu-call.txt"
    cut = (" The resolution drew criticism for glossing over the Hamas attack that sparked "
           "the current war.")
    text = article.read_text("utf-8")
    assert cut in text
    article.write_text(text.replace("Natanyahu", "Netanyahu").replace(cut, ""), "utf-8")
    return clone


def _encoded(where: Path) -> Path:
    """The reanchor section's second edit: the article's quotes as HTML entities."""
    clone = _clone(where)
    article = clone / "samples" / "putin-netanyahu-call.txt"
    entities = {"’": "&#8217;", "“": "&ldquo;", "”": "&rdquo;"}
    article.write_text("".join(entities.get(c, c) for c in article.read_text("utf-8")), "utf-8")
    return clone


# (the first command of each block, in README order; where they run; terminal width)
EXAMPLES: dict[str, tuple[list[str], Callable[[Path], Path], int]] = {
    "tour": (["git init -q ../tour", "printf '\\n\\n\\n\\nq\\n' | annotate tag $a",
              "annotate add event $a", "annotate export articles/ --to claimreview",
              "annotate ingest bridge-vote.html -o articles/"],
             _clone, 92),
    "show": (["annotate show samples/putin-netanyahu-call.txt"], _clone, 92),
    "validate": (["annotate validate tests/data/invalid/many-findings.ann.yaml"], _clone, 92),
    "reanchor": (["annotate validate samples/"], _edited, 100),
    "entities": (["annotate reanchor samples/putin-netanyahu-call.txt"], _encoded, 100),
    "export": (["annotate export samples/ --to brat", "annotate export samples/ --to doccano"],
               _clone, 92),
    "team": (["annotate agree team/", "annotate agree team/ --format json",
              "annotate agree team/ --format csv", "annotate agree team/ --annotators",
              "annotate report team/", "annotate merge team/",
              "annotate validate team/putin-netanyahu-call.ann.yaml", "printf '1\\n1\\ns\\n"],
             _team, 100),
    "report": (["annotate report samples/"], _clone, 92),
    "scripts": (["annotate add actor story.txt"], _story, 92),
    "schema": (["annotate schema"], _clone, 92),
}


def console_blocks() -> list[list[tuple[str, list[str]]]]:
    """Each block of the README that starts with a command, as (command, output lines
    shown) pairs."""
    blocks = []
    for body in re.findall(r"^```(?:console)?\n(\$ .*?)^```$", README, re.DOTALL | re.MULTILINE):
        block: list[tuple[str, list[str]]] = []
        lines = body.splitlines()
        while lines:
            line = lines.pop(0)
            if not line.startswith("$ "):
                if block:
                    block[-1][1].append(line)
                continue
            command = line[2:]
            while command.endswith("\\"):
                command = command[:-1] + lines.pop(0).strip()
            if (heredoc := re.search(r"<<'(\w+)'$", command)):
                while (more := lines.pop(0)) != heredoc[1]:
                    command += "\n" + more
                command += "\n" + heredoc[1]
            block.append((command, []))
        blocks.append(block)
    return blocks


def find(first: str) -> list[tuple[str, list[str]]]:
    """The block whose first command is `first`, or else starts with it."""
    heads = [([c for c, _ in b if not c.startswith(". .venv")][0], b) for b in console_blocks()]
    found = [b for head, b in heads if head == first] or \
        [b for head, b in heads if head.startswith(first)]
    assert len(found) == 1, f"{len(found)} README console blocks run `{first}`"
    return found[0]


def shown_in(shown: list[str], real: list[str]) -> str | None:
    """The first line of `shown` not found in `real` after the one before it, or None."""
    at = 0
    for line in (s.rstrip() for s in shown):
        parts = [p for p in line.split("…") if p.strip()]
        if not parts:
            continue
        for i in range(at, len(real)):
            if real[i] == line or (len(parts) > 1 or line != parts[0]) and _pieces(parts, real[i]):
                at = i + 1
                break
        else:
            return line
    return None


def _pieces(parts: list[str], line: str) -> bool:
    start = 0
    for part in parts:
        found = line.find(part, start)
        if found < 0:
            return False
        start = found + len(part)
    return True


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_readme_example(name: str, tmp_path: Path) -> None:
    firsts, lay_out, columns = EXAMPLES[name]
    commands = [(c, shown) for first in firsts for c, shown in find(first)
                if not c.startswith(". .venv")]  # the venv: `annotate` is put on the PATH below
    where = lay_out(tmp_path)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "annotate"
    # As after the README's first command, which does not install spaCy: where it is
    # installed, the default recommenders would take it up.
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c "import sys; '
                    f"sys.modules['spacy'] = None; sys.argv[0] = 'annotate'; "
                    f'from annotate.__main__ import main; main()" "$@"\n')
    shim.chmod(0o755)
    script = "".join(f"status=$?; echo {MARK}; (exit $status)\n{command}\n"
                     for command, _ in commands)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1", "COLUMNS": str(columns),
           "HOME": str(tmp_path), "ANNOTATE_HOME": str(tmp_path / "annotate-home")}
    env.pop("NO_COLOR", None)
    run = subprocess.run(["bash", "-c", script], cwd=where, env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True, timeout=600)
    outputs = run.stdout.split(MARK + "\n")[1:]
    assert len(outputs) == len(commands), run.stdout
    for (command, shown), output in zip(commands, outputs, strict=True):
        real = [line.rstrip() for line in output.splitlines()]
        missing = shown_in(shown, real)
        assert missing is None, f"$ {command}\nshown in README.md: {missing!r}\nreal:\n{output}"
