"""The agreement section of `annotate report`: the same figures as `annotate agree` for
the article, every cell escaped, and sidecars that cannot be compared said so."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from test_report import browser, console_errors, tags  # noqa: F401  (browser: a fixture)

from annotate import sidecar

TEAM = ROOT / "tests" / "data" / "team"
STEM = "putin-netanyahu-call"


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    for name in ("txt", "alice.ann.yaml", "bob.ann.yaml", "carol.ann.yaml"):
        shutil.copy(TEAM / f"{STEM}.{name}", folder)
    return folder


def page_of(paths: list[Path], out: Path) -> str:
    result = run_cli("report", *paths, "-o", out)
    assert result.code == 0, result
    return out.read_text("utf-8")


def section(page: str) -> str:
    start = page.index('<section id="agreement">')
    return page[start:page.index("</section>", start)]


def cells(page: str) -> dict[tuple[str, str | None, str], tuple[float | None, int, str]]:
    """(metric, label, annotators) -> (value, n, the text shown) of every figure cell."""
    out = {}
    for attrs, text in re.findall(r"<td ([^>]*data-metric[^>]*)>(.*?)</td>", section(page)):
        a = dict(re.findall(r'([\w-]+)="([^"]*)"', attrs))
        key = (html.unescape(a["data-metric"]), html.unescape(a["data-label"]) or None,
               html.unescape(a["data-annotators"]))
        assert key not in out, key
        out[key] = (json.loads(a["data-value"]), int(a["data-n"]), html.unescape(text))
    return out


def test_the_team_report_shows_the_figures_annotate_agree_gives(team: Path,
                                                               tmp_path: Path) -> None:
    shown = cells(page_of([team], tmp_path / "team.html"))
    result = run_cli("agree", team, "--format", "json")
    assert result.code == 0, result
    [article] = json.loads(result.out)["articles"]
    figures = {(f["metric"], f["label"], "+".join(f["annotators"])): f
               for f in article["figures"]}
    assert len(shown) > 150
    for key, (value, n, text) in shown.items():
        want = figures[key]
        assert (value, n) == (want["value"], want["n"]), key
        assert text == (f"n/a ({n})" if value is None else f"{want['value']:.2f} ({n})"), key
    # Every figure of the readable table is there: each layer's measures for every
    # group, and the overlap F1 of every type and kind.
    readable = {k for k, f in figures.items()
                if (f["label"] is None and k[0].split(".", 1)[1] in (
                    "exact.f1", "overlap.f1", "unitizing.alpha", "coref.b3",
                    "participants.f1", "claimant.agreement")
                    or k[0].endswith((".kappa", ".alpha")) and f["label"] is None)
                or (f["label"] is not None and k[0].endswith(".overlap.f1"))}
    assert readable == set(shown)
    groups = {k[2] for k in shown}
    assert groups == {"alice+bob", "alice+carol", "bob+carol", "alice+bob+carol"}
    # The numbers of the README's table, as a person reads them.
    assert shown["events.factuality.kappa", None, "alice+bob"][2] == "0.00 (7)"
    assert shown["claims.verdict.alpha", None, "alice+bob+carol"][2] == "0.38 (2)"
    assert shown["actors.overlap.f1", "group", "alice+bob"][2] == "0.40 (5)"


def test_a_figure_over_nothing_is_na_in_the_page(team: Path, tmp_path: Path) -> None:
    """Alice and bob with no verdicts at all: the verdict's alpha rests on no items."""
    for who in ("alice", "bob"):
        path = team / f"{STEM}.{who}.ann.yaml"
        ann = sidecar.load(path)
        for claim in ann.claims:
            claim.verdict = None
        sidecar.save(path, ann)
    (team / f"{STEM}.carol.ann.yaml").unlink()
    shown = cells(page_of([team], tmp_path / "r.html"))
    assert shown["claims.verdict.alpha", None, "alice+bob"] == (None, 0, "n/a (0)")
    assert 'class="n na"' in (tmp_path / "r.html").read_text("utf-8")


def test_sidecars_that_cannot_be_compared_are_said_and_left_out(team: Path,
                                                              tmp_path: Path) -> None:
    assert run_cli("merge", team, "-o", team / f"{STEM}.ann.yaml").code == 0
    page = page_of([team], tmp_path / "merged.html")
    text = section(page)
    assert f"{STEM}.ann.yaml lists several annotators (a merged sidecar)" in text
    assert {k[2] for k in cells(page)} == {"alice+bob", "alice+carol", "bob+carol",
                                          "alice+bob+carol"}
    # Two sidecars of one annotator: no figures, a note, and the page is still written.
    shutil.copy(team / f"{STEM}.bob.ann.yaml", team / f"{STEM}.ann.yaml")
    plain = sidecar.load(team / f"{STEM}.ann.yaml")
    assert [a.id for a in plain.annotators] == ["bob"]
    page = page_of([team], tmp_path / "twins.html")
    assert cells(page) == {}
    note = html.unescape(section(page))
    assert f"{STEM}.ann.yaml and {STEM}.bob.ann.yaml are both bob's sidecar" in note \
        or f"{STEM}.bob.ann.yaml and {STEM}.ann.yaml are both bob's sidecar" in note


def test_annotator_names_from_file_names_are_escaped(team: Path, tmp_path: Path) -> None:
    hostile = team / f"{STEM}.<i onmouseover=x>eve.ann.yaml"
    shutil.copy(team / f"{STEM}.carol.ann.yaml", hostile)
    (team / f"{STEM}.carol.ann.yaml").unlink()
    page = page_of([team / f"{STEM}.txt"], tmp_path / "r.html")
    assert "<i onmouseover" not in page
    assert not [t for t, _ in tags(page) if t == "i"]
    assert "&lt;i onmouseover=x&gt;eve" in section(page)


@pytest.mark.slow
def test_the_agreement_table_in_a_browser(browser: object, team: Path,  # noqa: F811
                                          tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    driver: object = browser
    out = tmp_path / "team.html"
    page_of([team], out)
    driver.get(out.as_uri())  # type: ignore[attr-defined]
    table = driver.find_element(By.CSS_SELECTOR, "#agreement table.agreement")  # type: ignore
    driver.execute_script("arguments[0].scrollIntoView()", table)  # type: ignore
    assert table.is_displayed()
    headers = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    assert headers == ["measure", "alice/bob", "alice/carol", "bob/carol", "all"]
    cell = table.find_element(By.CSS_SELECTOR, 'td[data-metric="events.factuality.kappa"]'
                                               '[data-annotators="alice+bob"]')
    assert cell.text == "0.00 (7)"
    assert cell.get_attribute("title") == "events.factuality.kappa, alice+bob: 0.0 over 7 items"
    assert "low" in cell.get_attribute("class").split()  # marked as poor agreement
    assert console_errors(driver) == []
