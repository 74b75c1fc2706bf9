"""What reaches a terminal or a CI log from hostile articles, sidecars and file names.

- control characters in article and sidecar text are shown (␛, ␇, ␈), never sent raw,
  and never shift the highlighting (rich drops BEL and backspace from a Text);
- a file name holding a newline and `::warning` cannot start a line of the text report;
- file names that are not UTF-8 give valid SARIF URIs (RFC 3986) and the same `\\xNN`
  in every output, never an internal error;
- a terminal that is not UTF-8 gets replacement characters, never a UnicodeEncodeError.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLE_ARTICLE, run_cli

from annotate import article as article_mod
from annotate import render, sidecar
from annotate.model import Actor, Claim, Span
from annotate.visible import visible_line

OSC52 = "\x1b]52;c;cHduZWQ=\x07"  # write "pwned" to the clipboard
OSC0 = "\x1b]0;owned title\x07"  # set the window title
CLEAR = "\x1b[2J"
HOSTILE_ARTICLE = (f"Hostile {OSC52} clipboard and {OSC0} title.\n\n"
                   "The bell\x07\x07 rang for\x08\x08 Alice Smith today. "
                   f"Screen {CLEAR} cleared by Bob Jones.\n")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # rich's own colour codes


def raw_controls(output: str) -> list[str]:
    """Control characters in `output` other than newline and rich's colour codes."""
    return re.findall(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", SGR.sub("", output))


def hostile_pair(folder: Path) -> Path:
    """The hostile article and a valid sidecar with hostile names; returns the article."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hostile.txt"
    path.write_text(HOSTILE_ARTICLE, "utf-8")
    art = article_mod.load(path)

    def at(needle: str) -> Span:
        start = art.text.index(needle)
        return Span.at(art.text, start, start + len(needle))

    ann = sidecar.new(art, sidecar.path_for(path))
    ann.actors = [Actor("alice", f"Alice{CLEAR}[bold]Smith[/]", "person",
                        [f"A{OSC0}"], [at("Alice Smith")]),
                  Actor("bob", "Bob Jones", "person", [], [at("Bob Jones")])]
    ann.claims = [Claim("screen", at(f"Screen {CLEAR} cleared"), "factual",
                        note=f"note {OSC52}")]
    sidecar.save(sidecar.path_for(path), ann)
    return path


def test_show_sends_no_control_character(tmp_path: Path) -> None:
    path = hostile_pair(tmp_path)
    result = run_cli("show", path)
    assert result.code == 0, result
    assert raw_controls(result.out) == []
    assert "␛]52;c;cHduZWQ=␇" in result.out and "␛[2J" in result.out
    assert "rang for␈␈ Alice" in result.out
    assert "[bold]Smith[/]" in result.out  # sidecar text is not rich markup either


def test_highlighting_stays_on_its_words_after_bel_and_backspace(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    path = hostile_pair(tmp_path)
    art = article_mod.load(path)
    ann = sidecar.load(sidecar.path_for(path))
    from rich.console import Console

    out = io.StringIO()
    render.show(Console(file=out, force_terminal=True, color_system="standard", width=200),
                art, ann)
    actor_style = "\x1b[1;36m"  # render.STYLES["actors"]: bold cyan
    marked = re.findall(re.escape(actor_style) + r"(.*?)\x1b\[0m", out.getvalue())
    assert marked == ["actor", "Alice Smith", "Bob Jones"]  # the legend, then the mentions
    assert raw_controls(out.getvalue()) == []


def test_reanchor_plan_shows_control_characters(tmp_path: Path) -> None:
    path = hostile_pair(tmp_path)
    path.write_text("A new first line.\n\n" + HOSTILE_ARTICLE, "utf-8")  # every span moves
    result = run_cli("reanchor", path, "--dry-run")
    assert result.code == 0, result
    assert "moved" in result.out and "Screen ␛[2J cleared" in result.out
    assert raw_controls(result.out) == []


def test_text_report_file_name_cannot_start_a_log_line(tmp_path: Path) -> None:
    bad = tmp_path / "x\n::warning file=ci.yml::pwned \x1b[2J.ann.yaml"
    bad.write_text("schema_version: 1\n", "utf-8")
    result = run_cli("validate", bad)
    assert result.code == 1
    lines = result.out.splitlines()
    assert not any(line.lstrip().startswith("::") for line in lines), result.out
    assert raw_controls(result.out) == []
    assert "x␊::warning file=ci.yml::pwned ␛[2J.ann.yaml" in lines[0]


# --- file names that are not UTF-8 ------------------------------------------------------

def odd_names(folder: Path) -> dict[str, Path]:
    """Broken sidecars under awkward names; bytes that are not UTF-8 in one of them."""
    folder.mkdir()
    names = {"space": "a b.ann.yaml", "hash": "c#d.ann.yaml", "query": "e?f.ann.yaml",
             "percent": "g%41h.ann.yaml", "accent": "é.ann.yaml",
             "latin1": os.fsdecode(b"caf\xe9.ann.yaml")}
    out = {}
    for key, name in names.items():
        out[key] = folder / name
        out[key].write_text("schema_version: 1\n", "utf-8")
    return out


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "junit"])
def test_undecodable_names_are_written_as_backslash_x(fmt: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    odd_names(tmp_path / "odd")
    monkeypatch.chdir(tmp_path)
    result = run_cli("validate", "odd", "--format", fmt)
    assert result.code == 1, result
    assert "internal error" not in result.err
    result.out.encode("utf-8")  # no lone surrogate left: any UTF-8 writer takes it
    if fmt != "sarif":  # SARIF has the URI, percent-encoded (below)
        assert "caf\\xe9.ann.yaml" in result.out.replace("\\\\", "\\")


def test_sarif_uris_are_rfc3986(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    odd_names(tmp_path / "odd")
    monkeypatch.chdir(tmp_path)
    doc = json.loads(run_cli("validate", "odd", "--format", "sarif").out)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in doc["runs"][0]["results"]}
    assert uris == {"odd/a%20b.ann.yaml", "odd/c%23d.ann.yaml", "odd/e%3Ff.ann.yaml",
                    "odd/g%2541h.ann.yaml", "odd/%C3%A9.ann.yaml", "odd/caf%E9.ann.yaml"}
    # RFC 3986 URI reference characters only (what the SARIF schema's uri-reference takes)
    assert all(re.fullmatch(r"[A-Za-z0-9\-._~/%]+", u) for u in uris)
    from rfc3987 import match

    assert all(match(u, rule="URI_reference") for u in uris)


# --- a terminal that is not UTF-8 ---------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_non_utf8_terminal_degrades(encoding: str, tmp_path: Path) -> None:
    odd_names(tmp_path / "odd")
    env = {**os.environ, "PYTHONIOENCODING": encoding, "NO_COLOR": "1"}

    def annotate(*args: object) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "annotate", *map(str, args)],
                              capture_output=True, env=env, cwd=tmp_path)

    shown = annotate("show", SAMPLE_ARTICLE)  # "Kremlin’s": U+2019 is in neither
    assert shown.returncode == 0, shown.stderr
    assert b"Kremlin?s" in shown.stdout
    for fmt in ("text", "github"):
        report = annotate("validate", "odd", "--format", fmt)
        assert report.returncode == 1 and b"internal error" not in report.stderr, report
        assert "odd/é.ann.yaml".encode(encoding, "replace") in report.stdout
        assert b"caf\\xe9.ann.yaml" in report.stdout  # the undecodable byte, escaped
    # The machine formats escape instead of replacing: nothing is lost.
    as_json = annotate("validate", "odd", "--format", "json")
    assert as_json.returncode == 1 and as_json.stdout.isascii(), as_json
    assert "odd/é.ann.yaml" in {p["file"] for p in json.loads(as_json.stdout)["problems"]}
    sarif = annotate("validate", "odd", "--format", "sarif")
    assert sarif.returncode == 1 and sarif.stdout.isascii(), sarif
    assert b'"odd/%C3%A9.ann.yaml"' in sarif.stdout
    junit = annotate("validate", "odd", "--format", "junit")
    assert junit.stdout.startswith(b"<?xml version='1.0' encoding='us-ascii'?>")
    assert b'name="odd/&#233;.ann.yaml"' in junit.stdout
    exported = annotate("export", SAMPLE_ARTICLE.parent, "--to", "jsonl")
    assert exported.returncode == 0, exported.stderr
    assert "Kremlin’s" in exported.stdout.decode("utf-8")  # exports are always UTF-8
    (tmp_path / "l.txt").write_text("Port vote\n\nInés Ortega-Vidal said the port would "
                                    "close, Inés Ortega-Vidal told reporters.\n", "utf-8")
    suggested = annotate("suggest", "l.txt", "--format", "json", "--recommender",
                         "built-in")  # as are suggest's and agree's machine formats
    assert suggested.returncode == 0 and "Inés" in suggested.stdout.decode("utf-8")
    team = Path(__file__).parent / "data" / "team"
    for fmt in ("json", "csv"):
        agreed = annotate("agree", team, "-f", fmt)
        assert agreed.returncode == 0 and b"?" not in agreed.stdout, agreed
    missing = annotate("show", tmp_path / "odd" / os.fsdecode(b"nicht-da-\xe9.txt"))
    assert missing.returncode == 2 and b"internal error" not in missing.stderr


def test_show_prints_every_character_of_a_long_word(tmp_path: Path) -> None:
    """A word wider than the terminal is folded onto the next lines, never cut with '…'."""
    word = "q" * 250
    path = tmp_path / "long.txt"
    path.write_text(f"Short title\n\nIt says {word} here. Next one.\n", "utf-8")
    result = run_cli("show", path)  # COLUMNS=100 (conftest)
    assert result.code == 0 and "…" not in result.out
    assert result.out.count("q") == 250
    assert all(len(line) <= 100 for line in result.out.splitlines())


# --- error, warning and note lines on stderr ----------------------------------------------
# A file name with a title escape, a BEL and a newline followed by what a CI log obeys.
NAME = "st\x1b]0;owned\x07ory\n::warning::x"


def one_visible_line(err: str) -> str:
    """`err` is one `annotate: ...` line holding nothing a terminal or a CI log obeys."""
    assert err.startswith("annotate: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert not raw_controls(err[:-1]), err
    return err


def test_validate_errors_show_a_hostile_file_name(tmp_path: Path) -> None:
    missing = tmp_path / f"{NAME}.ann.yaml"
    result = run_cli("validate", missing)
    assert result.code == 2
    assert visible_line(str(missing)) in one_visible_line(result.err)
    config = tmp_path / f"{NAME}.yaml"
    config.write_text("actor_types: [\n", "utf-8")
    result = run_cli("validate", "--config", config, sidecar.path_for(SAMPLE_ARTICLE))
    assert result.code == 2
    assert visible_line(str(config)) in one_visible_line(result.err)


def test_validate_report_shows_a_span_text_with_a_bel(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Alice\x07Smith met Bob Jones.\n", "utf-8")
    art = article_mod.load(path)
    ann = sidecar.new(art, sidecar.path_for(path))
    ann.actors = [Actor("alice", "Alice Smith", "person", [], [Span.at(art.text, 0, 11)])]
    side = sidecar.path_for(path)
    sidecar.save(side, ann)
    side.write_text(side.read_text("utf-8").replace("Alice\\aSmith", "Alice\\aSmyth"), "utf-8")
    result = run_cli("validate", side)
    assert result.code == 1 and "Alice\\x07Smyth" in result.out  # quoted as Python would
    assert not raw_controls(result.out) and not raw_controls(result.err)


def test_add_errors_show_a_hostile_file_name_and_a_bel_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / f"{NAME}.txt"
    path.write_text("Alice\x07Smith met Bob Jones. Alice\x07Smith left.\n", "utf-8")
    result = run_cli("add", "actor", path, "--name", "Alice Smith", "--type", "person",
                     "--mention", "Alice\x07Smyth")
    assert result.code == 1
    assert "Alice\\x07Smyth" in one_visible_line(result.err)  # quoted as Python would
    side = sidecar.path_for(path)
    side.write_text("document: [\n", "utf-8")  # a damaged sidecar: named in the error
    result = run_cli("add", "actor", path, "--name", "Bob Jones", "--type", "person",
                     "--mention", "Bob Jones")
    assert result.code == 1
    assert visible_line(str(side)) in one_visible_line(result.err)
    side.unlink()
    result = run_cli("add", "actor", path, "--name", "Bob Jones", "--type", "person",
                     "--mention", "Bob Jones")
    assert result.code == 0
    assert result.err == ""


def test_export_errors_and_notes_show_hostile_names(tmp_path: Path) -> None:
    path = tmp_path / f"{NAME}.txt"
    path.write_text("Alice Smith met Bob Jones.\n", "utf-8")
    assert run_cli("add", "actor", path, "--name", "Alice Smith", "--type", "person",
                   "--alias", "Alice", "--mention", "Alice Smith").code == 0
    side = sidecar.path_for(path)
    out = tmp_path / f"out {NAME}"
    result = run_cli("export", side, "--to", "brat", "-o", out)
    assert result.code == 0
    lines = result.err.splitlines(keepends=True)
    assert len(lines) >= 2  # what brat could not hold, then where it went
    for line in lines:
        one_visible_line(line)
    assert visible_line(str(out)) in lines[-1]
    # The sidecar names an article that is not there, by a name holding a BEL and ESC.
    text, found = re.subn(r"(?m)^  path: .*$", r'  path: "gone\\a\\e[2J.txt"',
                          side.read_text("utf-8"))
    assert found == 1
    side.write_text(text, "utf-8")
    result = run_cli("export", side, "--to", "csv")
    assert result.code == 1
    err = one_visible_line(result.err)
    assert visible_line(str(side)) in err and "gone␇␛[2J.txt" in err


def test_every_stderr_line_goes_through_say() -> None:
    """One helper writes the tool's errors, warnings and notes (visible.say): a new
    `print(..., file=sys.stderr)` elsewhere would send names and text out raw."""
    package = Path(article_mod.__file__).parent
    writers = re.compile(r"file=sys\.stderr|err=True|sys\.stderr\.write")
    found = [f"{path.relative_to(package)}:{n}"
             for path in sorted(package.rglob("*.py")) if path.name != "visible.py"
             for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
             if writers.search(line)]
    assert found == []


def test_without_colour_actors_events_and_claims_differ_in_the_legend_and_the_marks(
        sample_dir: Path) -> None:
    """Under NO_COLOR (set for every test) `show` drew actors and events both plain bold,
    in its legend and on the words: they differ by shape, as in the workspace."""
    from rich.console import Console

    path = sample_dir / "putin-netanyahu-call.txt"
    art, ann = article_mod.load(path), sidecar.load(sidecar.path_for(path))
    out = io.StringIO()
    render.show(Console(file=out, force_terminal=True, width=200), art, ann)
    shown = out.getvalue()
    legend = shown.splitlines()[1]
    styles = dict((word, code) for code, word in re.findall(r"\x1b\[([\d;]+)m(\w+)", legend))
    assert styles == {"actor": "1", "event": "1;3", "claim": "4"}, legend
    trigger = ann.events[0].trigger.text
    assert f"\x1b[1;3m{trigger}" in shown  # (the article's own marks, as the legend says)
    assert f"\x1b[1m{ann.actors[0].mentions[0].text}" in shown
