"""The one metadata question of `annotate tag` (issue 11 §2): the article's URL and
outlet, asked once each right after a verdict is given when they are missing; Enter (or
Esc in the workspace) skips; never asked again, in that session or a later one. Through
the prompt dialogue (piped stdin) and the full-screen workspace (Pilot)."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE_ARTICLE, run_cli
from textual.pilot import Pilot
from tui_support import drive, make_app, settle

from annotate import checks, sidecar
from annotate.tag import resume

URL = "The article's URL (for the published reviews; Enter to skip): "
OUTLET = "The outlet that published it (Enter to skip): "


def tag(monkeypatch: pytest.MonkeyPatch, lines: list[str], *args: object):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{x}\n" for x in lines)))
    return run_cli("tag", *args)


def test_dialogue_asks_once_after_a_verdict_and_a_reopened_session_does_not_nag(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = sample_dir / SAMPLE_ARTICLE.name
    path = sidecar.path_for(article)
    # End the three passes; a note changes no verdict (nothing asked); `unverified` is no
    # published verdict (nothing asked); `correct` is: the URL is asked (a bad one is
    # refused and asked again), then the outlet (Enter skips); the next verdict asks
    # nothing.
    lines = ["d", "d", "d",
             "edit iran-funds-hamas --note checked",
             "edit iran-funds-hamas --verdict unverified",
             "edit iran-funds-hamas --verdict correct",
             "not a url", "https://news.example/putin-call", "",
             "edit iran-funds-hamas --verdict incorrect", "q"]
    result = tag(monkeypatch, lines, article)
    assert result.code == 0, result
    out = result.out
    assert out.count(URL) == 2 and out.count(OUTLET) == 1
    assert out.index("--verdict correct") < out.index(URL) < out.index("--verdict incorrect")
    assert "error: url 'not a url' is not an http(s) URL" in out
    assert "✓ edited document: url: none → 'https://news.example/putin-call'; saved" in out
    ann = sidecar.load(path)
    assert (ann.document.url, ann.document.publisher) == ("https://news.example/putin-call",
                                                          None)
    assert resume.load(path)["asked"] == ["url", "publisher"]

    # A later session: the outlet was skipped, so it is not asked again.
    again = tag(monkeypatch, ["d", "d", "d", "edit iran-funds-hamas --verdict mixed",
                              'edit document --publisher "The Daily Example"', "q"], article)
    assert again.code == 0, again
    assert OUTLET not in again.out and URL not in again.out
    assert "✓ edited document: publisher: none → 'The Daily Example'; saved" in again.out
    assert sidecar.load(path).document.publisher == "The Daily Example"
    assert checks.check_file(path) == []


def test_dialogue_does_not_ask_when_the_metadata_is_there(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = sample_dir / SAMPLE_ARTICLE.name
    assert run_cli("edit", article, "document", "--url", "https://news.example/a",
                   "--publisher", "Example News").code == 0
    result = tag(monkeypatch, ["d", "d", "d", "edit iran-funds-hamas --verdict correct", "q"],
                 article)
    assert result.code == 0 and URL not in result.out and OUTLET not in result.out, result


async def enter(pilot: Pilot, line: str, prompt: str = "") -> None:
    """Type `line` on the input line (opened with `prompt`, when given) and press Enter:
    the text is put in whole (typing it key by key tests Textual, not annotate)."""
    if prompt:
        await pilot.press(prompt)
    box = pilot.app.query_one("#input")
    box.value = line  # type: ignore[attr-defined]
    await pilot.press("enter")
    await settle(pilot)


@pytest.mark.slow  # drives the full-screen app
def test_workspace_asks_on_the_input_line_once(sample_dir: Path) -> None:
    article = sample_dir / SAMPLE_ARTICLE.name
    path = sidecar.path_for(article)
    app = make_app(article)

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        await enter(pilot, "edit iran-funds-hamas --note checked", ":")
        assert app.prompt == ""  # no verdict given: nothing asked
        await enter(pilot, "edit iran-funds-hamas --verdict correct", ":")
        assert (app.prompt, app.meta_field) == ("meta", "url")
        assert "✓ edited iran-funds-hamas: verdict" in app.message
        placeholder = app.query_one("#input").placeholder  # type: ignore[attr-defined]
        assert placeholder == "The article's URL: "
        assert app.message.endswith("\nA published review needs it (asked once): Enter "
                                    "saves it, Esc skips")
        await enter(pilot, "nope")  # refused: asked again
        assert app.prompt == "meta" and "is not an http(s) URL" in app.message
        await enter(pilot, "https://news.example/putin-call")
        assert (app.prompt, app.meta_field) == ("meta", "publisher")
        await pilot.press("escape")  # skip the outlet
        assert app.prompt == "" and "skipped the publisher" in app.message
        await enter(pilot, "edit iran-funds-hamas --verdict incorrect", ":")
        assert app.prompt == ""  # asked once only
        await enter(pilot, 'edit document --publisher "The Daily Example"', ":")
        assert "✓ edited document: publisher: none → 'The Daily Example'; saved" \
            in app.message

    drive(app, script)
    doc = sidecar.load(path).document
    assert (doc.url, doc.publisher) == ("https://news.example/putin-call", "The Daily Example")
    assert resume.load(path)["asked"] == ["url", "publisher"]

    # Reopened (and the URL cleared by a script): a verdict does not ask again.
    assert run_cli("edit", article, "document", "--url", "none").code == 0
    app = make_app(article)

    async def later(pilot: Pilot) -> None:
        await pilot.press("escape")
        await enter(pilot, "edit iran-funds-hamas --verdict mixed", ":")
        assert app.prompt == ""

    drive(app, later)
    assert sidecar.load(path).document.url is None


@pytest.mark.slow  # drives the full-screen app
def test_the_dialogue_and_the_workspace_share_what_was_asked(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The workspace's answers are kept beside the dialogue's resume position, and the
    dialogue's position survives them."""
    article = sample_dir / SAMPLE_ARTICLE.name
    path = sidecar.path_for(article)
    result = tag(monkeypatch, ["s", "q"], article)  # the dialogue skips one suggestion
    assert result.code == 0
    left_in = resume.load(path)["pass"]  # where it stands: a pass, or "free" after them
    app = make_app(article)

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape")
        await enter(pilot, "edit iran-funds-hamas --verdict correct", ":")
        await pilot.press("escape", "escape")

    drive(app, script)
    position = resume.load(path)
    assert position["pass"] == left_in and position["asked"] == ["url", "publisher"]
    again = tag(monkeypatch, ["d", "edit iran-funds-hamas --verdict mixed", "q"], article)
    assert again.code == 0 and URL not in again.out, again
    passes = ("actors", "events", "claims")
    number = passes.index(left_in) + 1 if left_in in passes else len(passes) + 1
    if left_in in passes:
        assert f"Pass {number} of 3: {left_in}" in again.out
    assert all(f"Pass {n} of 3" not in again.out for n in range(1, number))  # resumed there


@pytest.mark.slow  # drives the full-screen app
def test_workspace_asks_as_soon_as_the_claim_form_with_a_verdict_is_saved(
        tmp_path: Path) -> None:
    from tui_support import copy_sample

    story = copy_sample(tmp_path / "story")
    app = make_app(story)

    async def script(pilot: Pilot) -> None:
        await pilot.press("escape", "s", "c")  # the sentence as a claim: its form
        assert app.form is not None
        kind = next(k for k, v in app.form.choices["claim_kinds"].items() if v == "factual")
        verdict = next(k for k, v in app.form.choices["verdicts"].items() if v == "correct")
        await pilot.press(kind, "-", verdict, "enter")  # the outlet's; correct; saved
        await settle(pilot)
        assert app.form is None and sidecar.load(sidecar.path_for(story)).claims
        assert (app.prompt, app.meta_field) == ("meta", "url")

    drive(app, script)


def test_snapshot_the_question_on_the_input_line(snap_compare: Any, sample_dir: Path) -> None:
    app = make_app(sample_dir / SAMPLE_ARTICLE.name)

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("escape")
        await enter(pilot, "edit iran-funds-hamas --verdict correct", ":")

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
