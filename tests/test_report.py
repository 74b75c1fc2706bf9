"""`annotate report`: self-contained HTML, everything escaped, checked as text here and in
a real browser (Debian's chromium + chromedriver through Selenium; marked slow)."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import SAMPLES, run_cli

from annotate import sidecar
from annotate.model import Evidence

HOSTILE_ARTICLE = (
    "Mayor <script>window.__pwned = 1</script> denies it\n\n"
    "The mayor said <img src=x onerror=\"window.__pwned = 2\"> the budget rose 5%. "
    "A reader wrote </style></script><svg onload=\"window.__pwned = 3\"> in reply.\n\n"
    "Visit javascript:window.__pwned=4 for more & see \"quotes\" and 'apostrophes'.\n"
)
PWNED = "window.__pwned"


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """An article and sidecar full of markup, scripts and javascript: URLs."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    article = folder / "story.txt"
    article.write_text(HOSTILE_ARTICLE, "utf-8")
    steps = [
        ("add", "actor", article, "--name", "</style><script>window.__pwned=5</script>",
         "--type", "person", "--mention", "Mayor", "--id", "mayor"),
        ("add", "event", article, "--type", "statement", "--trigger", "said",
         "--participant", "mayor:speaker"),
        ("add", "claim", article, "--text", "<img src=x onerror=\"window.__pwned = 2\">",
         "--kind", "quantity", "--claimant", "mayor", "--verdict", "incorrect",
         "--evidence", "https://example.org/budget?a=1&b=\"2\"", "--note",
         "\"><svg onload=window.__pwned=7>", "--id", "budget"),
        ("add", "claim", article, "--text", "<script>window.__pwned = 1</script>",
         "--kind", "factual", "--id", "script"),
        ("edit", article, "document", "--url", "https://news.example/a?x=\"><script>"),
    ]
    for step in steps:
        result = run_cli(*step)
        assert result.code == 0, result
    # A javascript: URL as evidence, as a hand-edited sidecar may hold (--evidence refuses it)
    side = folder / "story.ann.yaml"
    ann = sidecar.load(side)
    claim = next(c for c in ann.claims if c.id == "budget")
    claim.evidence.insert(0, Evidence("javascript:window.__pwned=6"))
    sidecar.save(side, ann)
    return folder


def report(paths: list[Path], out: Path) -> str:
    result = run_cli("report", *paths, "-o", out)
    assert result.code == 0, result
    return result.err


def test_one_article_is_one_self_contained_page(tmp_path: Path) -> None:
    out = tmp_path / "call.html"
    err = report([SAMPLES / "putin-netanyahu-call.txt"], out)
    assert err == f"annotate: wrote 1 page; open {out}\n"
    page = out.read_text("utf-8")
    found = tags(page)
    # Nothing is fetched at view time: no src, no stylesheet link, only inline code.
    assert not [t for t, a in found if "src" in a or (t == "link")]
    assert [t for t, _ in found].count("script") == 1 and [t for t, _ in found].count("style") == 1
    ann = sidecar.load(SAMPLES / "putin-netanyahu-call.ann.yaml")
    cards = [a["id"] for t, a in found if t == "article" and "card" in (a.get("class") or "")]
    ordered = sorted(ann.claims, key=lambda c: (c.span.start, c.span.end))
    assert cards == [f"card-{c.id}" for c in ordered]  # claim cards in reading order
    marked = {i for t, a in found if t == "span" and "m" in (a.get("class") or "").split()
              for i in (a.get("data-ids") or "").split()}
    assert marked == {item.id for _, _, item in ann.items()}
    assert "No actors tagged" not in page and "Vladimir Putin" in page


def test_content_security_policy_allows_exactly_the_inline_style_and_script(
        tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    report([SAMPLES / "putin-netanyahu-call.ann.yaml"], out)
    page = out.read_text("utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)  # type: ignore[union-attr]
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)  # type: ignore[union-attr]

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert policy.group(1).startswith("default-src 'none'; ")
    assert f"script-src {digest(script)};" in policy.group(1)
    assert f"style-src {digest(style)};" in policy.group(1)


def test_everything_from_the_article_and_sidecar_is_escaped(hostile: Path,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "hostile.html"
    report([hostile / "story.txt"], out)
    page = out.read_text("utf-8")
    found = tags(page)
    assert [t for t, _ in found].count("script") == 1  # ours, and only ours
    assert not [t for t, _ in found if t in ("img", "svg", "iframe", "object")]
    assert not [a for _, a in found if any(k.startswith("on") for k in a)]
    hrefs = [a["href"] for t, a in found if t == "a" and a.get("href")]
    assert all(h.startswith(("https://", "http://", "#", "index.html")) for h in hrefs), hrefs
    assert "https://example.org/budget?a=1&b=\"2\"" in hrefs  # attribute-escaped, intact
    assert "javascript:window.__pwned=6" in page  # shown, as text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;/style&gt;&lt;script&gt;window.__pwned=5&lt;/script&gt;" in page


def test_an_existing_file_that_is_no_page_as_output_says_what_o_takes(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("mine\n")
    result = run_cli("report", SAMPLES / "putin-netanyahu-call.ann.yaml", "-o", notes)
    assert result.code == 2 and result.err == (
        f"annotate: {notes}: is a file that is no .html page; give -o a folder (or, for one "
        "article, a name ending in .html)\n"), result
    assert notes.read_text() == "mine\n"


@pytest.mark.parametrize("made", [True, False])
def test_a_folder_named_like_a_page_is_written_into(tmp_path: Path, made: bool) -> None:
    """`-o site.html` that is a folder already, or `-o site.html/`: one article was
    "cannot be replaced: Is a directory" and several "give -o a folder name, not an .html
    file", as if the folder were a page; export writes into such a folder."""
    out = tmp_path / "site.html"
    if made:
        out.mkdir()
    result = run_cli("report", SAMPLES, "-o", f"{out}{'' if made else os.sep}")
    assert (result.code, result.err) == (
        0, f"annotate: wrote 3 pages; open {out / 'index.html'}\n"), result
    assert sorted(os.listdir(out)) == ["index.html", "port-alder-bridge.html",
                                       "putin-netanyahu-call.html"]
    one = run_cli("report", SAMPLES / "putin-netanyahu-call.ann.yaml", "-o", out)
    assert (one.code, one.err) == (0, f"annotate: wrote 2 pages; open {out / 'index.html'}\n")


def test_a_page_given_as_a_folder_is_refused_as_a_file(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("mine\n")
    result = run_cli("report", SAMPLES, "-o", f"{page}{os.sep}")
    assert (result.code, result.err) == (
        2, f"annotate: {page}: is a file, not a folder; give -o a folder (or, for one article, "
           "a name ending in .html)\n")
    assert page.read_text() == "mine\n"


def test_standard_output_is_no_report_folder(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("report", SAMPLES / "putin-netanyahu-call.ann.yaml", "-o", "-")
    assert result.code == 2 and "not standard output" in result.err, result
    assert not (tmp_path / "-").exists()


def test_an_empty_output_is_a_usage_error_not_the_current_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`-o "$OUT"` with OUT unset wrote the pages into the folder it was run in."""
    monkeypatch.chdir(tmp_path)
    result = run_cli("report", SAMPLES / "putin-netanyahu-call.ann.yaml", "-o", "")
    assert (result.code, result.err) == (
        2, "annotate: -o is empty; give a folder, or a file ending in .html\n")
    assert list(tmp_path.iterdir()) == []


def test_folder_report_has_an_index_with_counts_and_a_verdict_chart(tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert report([SAMPLES], out) == f"annotate: wrote 3 pages; open {out / 'index.html'}\n"
    assert sorted(p.name for p in out.iterdir()) == [
        "index.html", "port-alder-bridge.html", "putin-netanyahu-call.html"]
    index = (out / "index.html").read_text("utf-8")
    found = tags(index)
    assert [t for t, _ in found].count("script") == 0
    assert {a["href"] for t, a in found if t == "a"} == {"port-alder-bridge.html",
                                                         "putin-netanyahu-call.html"}
    claims = {}
    for path in SAMPLES.glob("*.ann.yaml"):
        for claim in sidecar.load(path).claims:
            claims[claim.verdict] = claims.get(claim.verdict, 0) + 1
    bars = dict(re.findall(r"<title>([^<]+): (\d+)</title>", index))
    assert bars == {"Unverified": str(claims["unverified"]), "Mostly true":
                    str(claims["mostly-correct"]), "True": str(claims["correct"]),
                    "no verdict": str(claims[None])}
    assert "<svg class=\"chart\"" in index
    assert '<p class="meta">2 annotated articles</p>' in index
    assert '<th colspan="3">2 articles</th>' in index
    page = (out / "putin-netanyahu-call.html").read_text("utf-8")
    assert '<a href="index.html">All articles</a>' in page


def test_a_folder_of_one_article_is_counted_in_the_singular(sample_dir: Path,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert report([sample_dir], out) == f"annotate: wrote 2 pages; open {out / 'index.html'}\n"
    index = (out / "index.html").read_text("utf-8")
    assert '<p class="meta">1 annotated article</p>' in index
    assert '<th colspan="3">1 article</th>' in index


def test_several_annotators_give_agreement_figures(sample_dir: Path, tmp_path: Path) -> None:
    article = sample_dir / "putin-netanyahu-call.txt"
    for who in ("alice", "bob"):
        assert run_cli("add", "claim", article, "--annotator", who, "--text",
                       "voted to reject Russia’s call for a ceasefire", "--kind",
                       "factual").code == 0
    assert run_cli("add", "claim", article, "--annotator", "bob", "--text",
                   "over 1,300 Israelis dead", "--kind", "quantity").code == 0
    out = tmp_path / "agree.html"
    report([article], out)
    page = out.read_text("utf-8")
    assert "annotated by annotate maintainers, alice, bob (showing annotate maintainers)" in page
    table = page[page.index('<section id="agreement">'):]
    rows = re.findall(r"<tr>(.*?)</tr>", table)
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in rows[1:]]
    assert [(c[0], c[4], c[6]) for c in cells] == [
        ("annotate maintainers", "16", "0"), ("alice", "1", "1"), ("bob", "2", "1")]


def test_unreportable_sidecar_is_one_line_and_the_others_are_written(
        sample_dir: Path, tmp_path: Path) -> None:
    (sample_dir / "putin-netanyahu-call.txt").write_text("Edited since.\n\nEntirely.\n")
    shutil.copy(SAMPLES / "port-alder-bridge.md", sample_dir)
    shutil.copy(SAMPLES / "port-alder-bridge.ann.yaml", sample_dir)
    result = run_cli("report", sample_dir, "-o", tmp_path / "out")
    assert result.code == 1
    lines = result.err.splitlines()
    assert lines[0] == (f"annotate: {sample_dir / 'putin-netanyahu-call.ann.yaml'}: its "
                        "article putin-netanyahu-call.txt changed since it was annotated; run "
                        "`annotate validate` (or `annotate reanchor`) first")
    assert (tmp_path / "out" / "port-alder-bridge.html").exists()


def test_bad_report_arguments(tmp_path: Path) -> None:
    lone = tmp_path / "lone.txt"
    lone.write_text("An article nobody tagged.\n")
    result = run_cli("report", lone, "-o", tmp_path / "x.html")
    assert (result.code, result.err) == (2, f"annotate: {lone}: has no sidecar (lone.ann.yaml); "
                                            "tag it first\n")
    many = run_cli("report", SAMPLES, "-o", tmp_path / "x.html")
    assert many.code == 2
    assert many.err == (f"annotate: {tmp_path / 'x.html'}: 2 articles make a folder of pages; "
                        "give -o a folder name, not an .html file\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = run_cli("report", empty, "-o", tmp_path / "out")
    assert (nothing.code, nothing.err) == (2, f"annotate: no sidecars (*.ann.yaml) found in "
                                              f"{empty}\n")
    assert not (tmp_path / "out").exists()


# --- in a real browser ------------------------------------------------------------------

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--window-size=1280,1000"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if chromium is None or driver_path is None:
        pytest.skip("Chromium is not installed here (Debian: apt-get install chromium "
                    "chromium-driver; .ci/run does it where apt-get is available)")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = chromium
    for arg in CHROMIUM_ARGS:
        options.add_argument(arg)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def console_errors(driver: object) -> list[dict[str, object]]:
    return [entry for entry in driver.get_log("browser")  # type: ignore[attr-defined]
            if entry["level"] == "SEVERE"]


@pytest.mark.slow
def test_report_in_a_browser(browser: object, tmp_path: Path) -> None:
    from PIL import Image
    from selenium.webdriver.common.by import By

    driver: object = browser
    out = tmp_path / "site"
    report([SAMPLES], out)
    driver.get((out / "putin-netanyahu-call.html").as_uri())  # type: ignore[attr-defined]
    find = driver.find_element  # type: ignore[attr-defined]
    article = find(By.ID, "article")
    text = (SAMPLES / "putin-netanyahu-call.txt").read_text("utf-8")
    assert "The United States was among the nations that voted to reject Russia’s call for a " \
           "ceasefire" in article.text
    assert article.text.split("\n")[0] == text.split("\n")[0]
    card = find(By.ID, "card-us-voted-against")
    assert "active" not in card.get_attribute("class")
    mark = find(By.CSS_SELECTOR, '.m[data-ids~="us-voted-against"]')
    mark.click()
    assert "active" in card.get_attribute("class").split()
    details = find(By.ID, "details")
    assert details.is_displayed()
    assert "The United States was among the nations that voted" in details.text
    assert "True" in details.text  # the verdict badge, copied from the card
    back = details.find_element(By.CSS_SELECTOR, "a.to-text")  # the card's copy in the panel
    driver.execute_script("window.scrollTo(0, document.body.scrollHeight)")  # type: ignore
    back.click()
    focused = driver.switch_to.active_element  # type: ignore[attr-defined]
    assert "us-voted-against" in focused.get_attribute("data-ids").split()
    actor = find(By.CSS_SELECTOR, '.m[data-ids="netanyahu"]')
    driver.execute_script("arguments[0].scrollIntoView()", actor)  # type: ignore
    actor.click()
    assert "Benjamin Netanyahu" in details.text and "claimed" not in details.text
    png = driver.get_screenshot_as_png()  # type: ignore[attr-defined]
    image = Image.open(io.BytesIO(png)).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20) or []
    assert image.size[0] >= 1000 and len(colours) > 50  # text, marks, badges: not blank
    assert console_errors(driver) == []
    driver.get((out / "index.html").as_uri())  # type: ignore[attr-defined]
    assert find(By.CSS_SELECTOR, "svg.chart").is_displayed()
    assert "putin-netanyahu-call" not in find(By.TAG_NAME, "body").text  # titles, not files
    assert console_errors(driver) == []


@pytest.mark.slow
def test_hostile_report_runs_nothing_in_a_browser(browser: object, hostile: Path,
                                                  tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    driver: object = browser
    out = tmp_path / "hostile.html"
    report([hostile], out)
    driver.get(out.as_uri())  # type: ignore[attr-defined]
    for mark in driver.find_elements(By.CSS_SELECTOR, ".m"):  # type: ignore[attr-defined]
        mark.click()
    assert driver.execute_script(f"return typeof {PWNED}") == "undefined"  # type: ignore
    article = driver.find_element(By.ID, "article")  # type: ignore[attr-defined]
    assert "<script>window.__pwned = 1</script>" in article.text  # shown as text
    links = [a.get_attribute("href") for a in
             driver.find_elements(By.CSS_SELECTOR, "a[href]")]  # type: ignore[attr-defined]
    assert not [h for h in links if h and h.lower().startswith("javascript:")]
    assert console_errors(driver) == []


def test_a_report_never_overwrites_a_page_it_did_not_make(sample_dir: Path,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("precious\n")
    result = run_cli("report", sample_dir, "-o", out)
    assert result.code == 2
    assert result.err == f"annotate: {out / 'index.html'}: exists and was not written by " \
        "annotate report; choose another output, or remove the file\n"
    assert os.listdir(out) == ["index.html"] and (out / "index.html").read_text() == "precious\n"
    (out / "index.html").unlink()
    for _ in range(2):  # its own pages it replaces
        assert run_cli("report", sample_dir, "-o", out).code == 0


def test_a_report_the_disk_fills_under_leaves_the_output_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pages were written one by one: a full disk at the second left the first page
    new, the index old (or none, and a folder of one page), said to be unchanged."""
    out = tmp_path / "report"
    real, written = os.fsync, []

    def fsync(fd: int) -> None:
        if os.path.isfile(f"/proc/self/fd/{fd}"):  # (a folder's fsync is not a page)
            written.append(fd)
            if len(written) == 2:
                raise OSError(28, "No space left on device")
        real(fd)

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", fsync)
        result = run_cli("report", SAMPLES, "-o", out)
    assert result.code == 1 and "No space left on device" in result.err
    assert not out.exists()  # (the folder it made goes too)
    assert run_cli("report", SAMPLES, "-o", out).code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    written.clear()
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", fsync)
        assert run_cli("report", SAMPLES, "-o", out, "--title", "Other").code == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # and no temp file
