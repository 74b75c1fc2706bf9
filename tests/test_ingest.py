"""`annotate ingest`: saved pages and URLs served by a local HTTP server on 127.0.0.1
become articles in the project's layout with their metadata. No test leaves the machine.

The pages in tests/data/pages/ were written for these tests (fictional outlets): the
layout of a national news site (nav, cookie banner, adverts, figure captions, a "Read
more" promo, related links, newsletter box, JSON-LD and OpenGraph metadata) and of a
WordPress local paper in windows-1252 (captions, a "RELATED:" promo, a list, a
blockquote, share buttons, comments, widgets, metadata in <meta> and <time> only).
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from annotate import article as article_mod
from annotate import fetch, sidecar

PAGES = ROOT / "tests" / "data" / "pages"
COURIER = PAGES / "harbour-courier.html"
GAZETTE = PAGES / "valley-gazette.html"
COURIER_TXT = "port-alder-council-approves-48m-bridge-despite-flood.txt"
GAZETTE_TXT = "clinic-waiting-times-halved-minister-claims.txt"
BOILERPLATE = ["cookie", "Subscribe", "Advertisement", "Switch your energy", "Read more",
               "price tag doubled", "Related", "Duarte sworn in", "Courier Briefing",
               "Most read", "Ferry timetable", "crab sandwich", "Photograph", "impression",
               "All rights reserved", "Share on", "Topics:", "Spotted an error"]
GAZETTE_BOILERPLATE = ["RELATED", "Clinics switch to online booking", "Gazette photo",
                       "Share this", "Subscribe", "Halved my foot", "Great reporting",
                       "Recent Posts", "555-0100", "WordPress", "Previous:", "Posted in",
                       "Skip to content"]


def test_saved_news_page_becomes_an_article_in_the_project_layout(tmp_path: Path) -> None:
    result = run_cli("ingest", COURIER, "-o", tmp_path / "articles")
    assert result.code == 0, result
    path = tmp_path / "articles" / COURIER_TXT
    assert result.out == f"{path}\n"
    text = path.read_text("utf-8")
    blocks = text.rstrip("\n").split("\n\n")
    assert blocks[0] == "Port Alder council approves £48m bridge despite flood warnings"
    assert blocks[1].startswith("Port Alder’s council approved a £48 million bridge")
    assert blocks[-1].endswith("said Aoife Brennan, 67, who runs a café on Quay Street.")
    assert len(blocks) == 9  # the title and the story's eight paragraphs, nothing else
    assert all("\n" not in b and b == b.strip() and "  " not in b for b in blocks)
    assert "&" not in text and "\u00a0" not in text  # entities decoded, spaces plain
    for junk in BOILERPLATE:
        assert junk not in text, junk
    art = article_mod.load(path)
    assert art.title == blocks[0]  # the project's reader takes the first line as the title
    doc = sidecar.load(path.with_name(path.stem + ".ann.yaml")).document
    assert (doc.path, doc.sha256, doc.length) == (COURIER_TXT, art.sha256, art.length)
    assert doc.title == blocks[0]
    assert doc.url == "https://www.harbourcourier.example/news/2024/03/14/port-alder-bridge-vote"
    assert doc.publisher == "The Harbour Courier"
    assert doc.authors == ["María Okafor", "Tom Reilly"]
    assert doc.published == "2024-03-14"
    assert doc.language == "en-GB"
    assert doc.retrieved is not None and doc.retrieved.endswith("Z")
    assert run_cli("validate", tmp_path / "articles").code == 0
    assert result.err.startswith(f"annotate: wrote {path} (8 paragraphs) and ")


def test_bytes_the_declared_charset_cannot_read_are_said(tmp_path: Path) -> None:
    """A page that says UTF-8 and holds windows-1252 bytes: the article keeps U+FFFD where
    they were, as a browser shows them, and a warning says so (it was silent)."""
    page = tmp_path / "page.html"
    page.write_bytes(b'<html><head><meta charset="utf-8"><title>Caf\xe9 owner fined</title>'
                     b"</head><body><article><h1>Caf\xe9 owner fined</h1><p>The caf\xe9 owner "
                     b"in Varnholt was fined on Monday, Osric Pell said. The fine was large and "
                     b"the council said so in a statement.</p></article></body></html>")
    result = run_cli("ingest", page, "-o", tmp_path / "out")
    assert result.code == 0, result
    assert result.err.splitlines()[-1] == (
        f"annotate: warning: {tmp_path / 'out' / 'caf-owner-fined.txt'}: 2 characters of the "
        "page could not be decoded and stand as U+FFFD (�): its bytes do not match the "
        "charset it declares"), result.err


def test_legacy_charset_page_with_meta_only_metadata(tmp_path: Path) -> None:
    result = run_cli("ingest", GAZETTE, "-o", tmp_path)
    assert result.code == 0, result
    text = (tmp_path / GAZETTE_TXT).read_text("utf-8")
    assert text.startswith("Clinic waiting times “halved”, minister claims\n\nState health "
                           "minister Carol Benson said")
    assert "\n\nWhat the figures show\n\n" in text  # a subheading is its own block
    assert ("\n\n- longer opening hours on Saturdays;\n- two nurse practitioners hired in "
            "February;\n- fewer missed appointments after text reminders.\n\n") in text
    assert "“The booking system helped, but most of the gain came from the extra staff,” " \
           "said Dr. Luis Ortega" in text
    assert "19 days in the last quarter of 2023 to 13 days in the first quarter of 2024 – a " \
           "drop of about 32%" in text
    for junk in GAZETTE_BOILERPLATE:
        assert junk not in text, junk
    doc = sidecar.load(tmp_path / (GAZETTE_TXT[:-4] + ".ann.yaml")).document
    assert (doc.url, doc.publisher, doc.authors, doc.published, doc.language) == (
        "https://valleygazette.example/2024/05/02/clinic-waiting-times/", "Valley Gazette",
        ["Priya Natarajan"], "2024-05-02", "en-US")


def test_a_page_of_one_paragraph_is_counted_in_the_singular(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Dam opens</title></head><body><article><h1>Dam "
                    "opens</h1><p>The new dam on the river opened on Monday after ten years "
                    "of work, the regional water board said.</p></article></body></html>")
    result = run_cli("ingest", page, "-o", tmp_path / "out")
    assert result.code == 0, result
    out = tmp_path / "out"
    assert f"wrote {out / 'dam-opens.txt'} (1 paragraph) and {out / 'dam-opens.ann.yaml'}:" \
        in result.err  # the sidecar with its folder too


def test_existing_output_is_not_replaced_without_force(tmp_path: Path) -> None:
    assert run_cli("ingest", COURIER, "-o", tmp_path).code == 0
    article = tmp_path / COURIER_TXT
    before = article.read_bytes()
    again = run_cli("ingest", COURIER, "-o", tmp_path)
    assert again.code == 1 and again.out == ""
    assert again.err == (f"annotate: {COURIER}: {article} already exists; use --force to "
                         "replace the article (its annotations are kept)\n")
    assert article.read_bytes() == before


def test_force_replaces_the_article_but_keeps_the_annotations(tmp_path: Path) -> None:
    assert run_cli("ingest", COURIER, "-o", tmp_path).code == 0
    article = tmp_path / COURIER_TXT
    assert run_cli("add", "actor", article, "--name", "Elena Duarte", "--type", "person",
                   "--mention", "Elena Duarte").code == 0
    side = article.with_name(article.stem + ".ann.yaml")
    old = sidecar.load(side)
    changed = COURIER.read_text("utf-8").replace("three-hour debate", "four-hour debate")
    (tmp_path / "page.html").write_text(changed, "utf-8")
    result = run_cli("ingest", tmp_path / "page.html", "-o", tmp_path, "--force")
    assert result.code == 0, result
    assert "kept its annotations" in result.err
    assert "four-hour debate" in article.read_text("utf-8")
    kept = sidecar.load(side)
    assert [a.id for a in kept.actors] == ["duarte"]
    assert kept.document.sha256 == old.document.sha256  # so the change is noticed ...
    assert run_cli("reanchor", article).code == 0  # ... and the spans are moved onto it
    assert run_cli("validate", side).code == 0


class SidecarDiskFull:
    """ENOSPC at the fsync of a sidecar (or its temp file), the call that reports a full
    disk: the article beside it, written first, fits."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real = os.fsync

        def fsync(fd: int) -> None:
            if ".ann.yaml" in os.readlink(f"/proc/self/fd/{fd}"):
                raise OSError(28, "No space left on device")
            real(fd)

        monkeypatch.setattr(os, "fsync", fsync)


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")
def test_a_sidecar_the_disk_cannot_hold_leaves_no_article_without_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The article was written, its sidecar (the page's URL, outlet, date) was not: the
    next ingest refused the article as already there, and `tag` would start a sidecar
    without them."""
    out = tmp_path / "articles"
    with monkeypatch.context() as patch:
        SidecarDiskFull(patch)
        full = run_cli("ingest", COURIER, "-o", out)
    assert full.code == 1 and full.out == ""
    assert "No space left on device" in full.err and "Traceback" not in full.err
    assert sorted(p.name for p in out.iterdir()) == []  # no article, no temp file, no lock
    again = run_cli("ingest", COURIER, "-o", out)  # the disk has room again
    assert again.code == 0, again
    assert sidecar.load(out / COURIER_TXT.replace(".txt", ".ann.yaml")).document.url


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc/self/fd")
def test_force_on_a_full_disk_leaves_the_article_and_sidecar_as_they_were(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_cli("ingest", COURIER, "-o", tmp_path).code == 0
    article = tmp_path / COURIER_TXT
    side = article.with_name(article.stem + ".ann.yaml")
    before = article.read_bytes(), side.read_bytes()
    changed = COURIER.read_text("utf-8").replace("three-hour debate", "four-hour debate")
    (tmp_path / "page.html").write_text(changed, "utf-8")
    with monkeypatch.context() as patch:
        SidecarDiskFull(patch)
        full = run_cli("ingest", tmp_path / "page.html", "-o", tmp_path, "--force")
    assert full.code == 1 and "No space left on device" in full.err
    assert (article.read_bytes(), side.read_bytes()) == before  # the text still its hash's
    assert run_cli("validate", side).code == 0


def test_force_keeps_details_set_by_hand_and_says_what_the_page_has(tmp_path: Path) -> None:
    assert run_cli("ingest", COURIER, "-o", tmp_path).code == 0
    article = tmp_path / COURIER_TXT
    assert run_cli("add", "actor", article, "--name", "Elena Duarte", "--type", "person",
                   "--mention", "Elena Duarte").code == 0
    assert run_cli("edit", article, "document", "--publisher", "Courier (print)",
                   "--published", "2024-03-15").code == 0
    result = run_cli("ingest", COURIER, "-o", tmp_path, "--force")
    assert result.code == 0, result
    doc = sidecar.load(article.with_name(article.stem + ".ann.yaml")).document
    assert (doc.publisher, doc.published) == ("Courier (print)", "2024-03-15")
    assert "kept the sidecar's publisher 'Courier (print)' (the page has 'The Harbour " \
           "Courier'), published '2024-03-15' (the page has '2024-03-14')" in result.err


def test_two_pages_with_one_title_in_one_run_get_two_names(tmp_path: Path) -> None:
    copy = tmp_path / "copy.html"
    copy.write_bytes(COURIER.read_bytes())
    result = run_cli("ingest", COURIER, copy, "-o", tmp_path / "out")
    assert result.code == 0, result
    assert [Path(p).name for p in result.out.split()] == [
        COURIER_TXT, COURIER_TXT.replace(".txt", "-2.txt")]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.html", None, "no such file (for a web page, give its whole URL, starting with "
                           "https://)"),
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n\x00\x00",
     "looks like a binary file, not an HTML page"),
    ("notes.txt", b"Just some notes, no markup at all.\n",
     "does not look like an HTML page"),
    ("index.html", b"<html><head><title>Home</title></head><body><nav><a href='/a'>News</a> "
                   b"<a href='/b'>Sport</a></nav></body></html>",
     "no article text found in the page (an index, login or paywall page has none)"),
])
def test_bad_sources_are_one_sentence(tmp_path: Path, name: str, content: bytes | None,
                                      message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run_cli("ingest", path, "-o", tmp_path / "out")
    assert result.code == (2 if content is None else 1)  # a file not there: usage, as elsewhere
    assert result.err == f"annotate: {path}: {message}\n"
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_one_bad_source_does_not_stop_the_others(tmp_path: Path) -> None:
    result = run_cli("ingest", tmp_path / "nope.html", GAZETTE, "-o", tmp_path)
    assert result.code == 2
    assert (tmp_path / GAZETTE_TXT).exists()
    assert result.err.count("annotate: ") == 2


# --- URLs, from a server on 127.0.0.1 -------------------------------------------------

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/chunked-big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65536 + b"</p>\n"
            try:
                for _ in range(200):  # ~13 MB, more than the limit, with no Content-Length
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading at the limit, as it should
            return
        if self.path == "/trickle":  # slow-loris: a byte every 0.1 s, each read within time
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for byte in COURIER.read_bytes()[:300]:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.1)
            return
        if self.path == "/chunk-cut":  # a chunk announced, the connection closed in it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"1000\r\n<html><body><p>cut")
            return
        if self.path == "/bad-status":
            self.wfile.write(b"HTTP/1.1 abc\r\n\r\n")
            return
        status, headers, body = ROUTES.get(self.path, (404, {"Content-Type": "text/html"},
                                                       b"<h1>Not Found</h1>"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    courier, gazette = COURIER.read_bytes(), GAZETTE.read_bytes()
    html = {"Content-Type": "text/html; charset=utf-8"}
    ROUTES.update({
        "/news/bridge": (200, html, courier),
        "/r/1": (302, {"Location": "/r/2"}, b""),
        "/r/2": (301, {"Location": f"{base}/news/bridge"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
        "/to-bad-ipv6": (302, {"Location": "http://[::1"}, b""),
        "/to-long-host": (302, {"Location": f"http://{'a' * 70}.example/"}, b""),
        **{f"/chain/{i}": (302, {"Location": f"/chain/{i + 1}"}, b"") for i in range(10)},
        "/gone": (410, html, b"<h1>Gone</h1>"),
        "/error": (500, html, b"<h1>Oops</h1>"),
        "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n"),
        "/data.json": (200, {"Content-Type": "application/json"}, b"{}"),
        "/big": (200, {"Content-Type": "text/html", "Content-Length": str(50 * 1024 * 1024)},
                 b"<p>never sent</p>"),
        # Bytes in windows-1252, the page claims UTF-8, the header is right: header wins.
        "/header-charset": (200, {"Content-Type": "text/html; charset=windows-1252"},
                            gazette.replace(b"charset=windows-1252", b"charset=utf-8")),
        # No charset in the header: the page's <meta> says windows-1252.
        "/meta-charset": (200, {"Content-Type": "text/html"}, gazette),
        # Header says ISO-8859-1, which browsers (and we) read as windows-1252.
        "/latin1": (200, {"Content-Type": "text/html; charset=ISO-8859-1"},
                    gazette.replace(b"charset=windows-1252", b"charset=utf-8")),
        "/no-type": (200, {}, courier),
        # Content-Length promises more than is sent before the connection closes.
        "/short": (200, {"Content-Type": "text/html", "Content-Length": str(len(courier) + 999)},
                   courier),
        # Compressed though not asked to: read, but measured decompressed (11 KB -> 11 MB).
        "/gzip": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                  gzip.compress(courier)),
        "/gzip-bomb": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                       gzip.compress(b"<p>" + b" " * (11 * 1024 * 1024))),
        "/brotli": (200, {"Content-Type": "text/html", "Content-Encoding": "br"}, b"\x0b"),
        # Python codecs that are no charset: ignored, as an unknown label is.
        "/rot13": (200, {"Content-Type": "text/html; charset=rot13"}, courier),
        "/undefined": (200, {"Content-Type": "text/html; charset=undefined"}, courier),
        "/slow": (200, html, courier),
        # A Content-Length int() cannot read: "²" (a digit to str.isdigit), 5,000 digits.
        "/length-superscript": (200, {"Content-Type": "text/html", "Content-Length": "²"},
                                courier),
        "/length-5000-digits": (200, {"Content-Type": "text/html", "Content-Length": "9" * 5000},
                                courier),
    })
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_through_redirects(server: str, tmp_path: Path) -> None:
    result = run_cli("ingest", f"{server}/r/1", "-o", tmp_path)
    assert result.code == 0, result
    text = (tmp_path / COURIER_TXT).read_text("utf-8")
    assert text.startswith("Port Alder council approves £48m bridge despite flood warnings\n\n")
    doc = sidecar.load(tmp_path / COURIER_TXT.replace(".txt", ".ann.yaml")).document
    # The page's canonical URL, not the local address it was fetched from.
    assert doc.url == "https://www.harbourcourier.example/news/2024/03/14/port-alder-bridge-vote"


@pytest.mark.parametrize("route", ["/header-charset", "/meta-charset", "/latin1"])
def test_charset_from_the_header_then_the_page(server: str, tmp_path: Path, route: str) -> None:
    result = run_cli("ingest", f"{server}{route}", "-o", tmp_path)
    assert result.code == 0, result
    text = (tmp_path / GAZETTE_TXT).read_text("utf-8")
    assert "had been “halved” since the new booking system" in text
    assert "Lower Valley’s two public clinics" in text
    assert "\ufffd" not in text


@pytest.mark.parametrize("route", ["/length-superscript", "/length-5000-digits"])
def test_a_content_length_int_cannot_read_is_left_aside(server: str, tmp_path: Path,
                                                        route: str) -> None:
    """It was an internal error (ValueError) (session 33); the page is read to its end."""
    result = run_cli("ingest", f"{server}{route}", "-o", tmp_path)
    assert result.code == 0, result
    assert (tmp_path / COURIER_TXT).exists()


def test_page_without_a_content_type_is_sniffed(server: str, tmp_path: Path) -> None:
    assert run_cli("ingest", f"{server}/no-type", "-o", tmp_path).code == 0


@pytest.mark.parametrize(("route", "message"), [
    ("/missing", "the server answered HTTP 404 Not Found"),
    ("/gone", "the server answered HTTP 410 Gone"),
    ("/error", "the server answered HTTP 500 Internal Server Error"),
    ("/report.pdf", "is application/pdf, not an HTML page"),
    ("/data.json", "is application/json, not an HTML page"),
    ("/big", "is 50 MB, larger than the 10 MB limit for a page"),
    ("/chunked-big", "is larger than the 10 MB limit for a page"),
    ("/loop", "redirects more than 5 times, or in a loop"),
    ("/chain/0", "redirects more than 5 times, or in a loop"),
    ("/to-file", "redirects to file:///etc/passwd, which is not an http(s) URL"),
    ("/to-bad-ipv6", "cannot fetch the page: the URL or a redirect is not valid (Invalid IPv6 "
                     "URL)"),
    ("/to-long-host", "cannot fetch the page: a host name in the URL or a redirect is not "
                      "valid"),
    ("/short", "the server sent 9231 of the 10230 bytes it announced (the connection closed "
               "early)"),
    ("/gzip-bomb", "is larger than the 10 MB limit for a page once decompressed"),
    ("/brotli", "is sent in the 'br' content coding, which cannot be read here"),
    ("/chunk-cut", "cannot fetch the page: the connection closed before the page was "
                   "complete"),
    ("/bad-status", "cannot fetch the page: the server's answer is not valid HTTP "
                    "(BadStatusLine)"),
])
def test_http_failures_are_one_sentence(server: str, tmp_path: Path, route: str,
                                        message: str) -> None:
    result = run_cli("ingest", f"{server}{route}", "-o", tmp_path / "out")
    assert result.code == 1
    assert result.err == f"annotate: {server}{route}: {message}\n"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("url", "message"), [
    ("http://[::1", "cannot fetch the page: the URL or a redirect is not valid (Invalid IPv6 "
                    "URL)"),
    ("http://a..b/", "cannot fetch the page: a host name in the URL or a redirect is not valid"),
    ("ftp://example.com/x", "only http:// and https:// pages are fetched, not ftp:// ones (save "
                            "the page and give the file)"),
])
def test_a_url_that_is_not_valid_is_one_sentence(tmp_path: Path, url: str, message: str) -> None:
    result = run_cli("ingest", url, "-o", tmp_path / "out")
    assert (result.code, result.err) == (1, f"annotate: {url}: {message}\n")


def test_a_url_with_a_password_is_refused_and_named_without_it(server: str,
                                                              tmp_path: Path) -> None:
    """urllib took `user:secret@host` for the host name, so the message blamed the name
    lookup while printing the secret; and a page fetched so would keep it in the
    sidecar's document.url."""
    host = server.split("://", 1)[1]
    result = run_cli("ingest", f"http://alice:s3cret@{host}/page", "-o", tmp_path / "out")
    assert (result.code, result.out) == (1, "")
    assert result.err == (f"annotate: http://…@{host}/page: a URL with a user name or "
                          "password is not fetched (the sidecar would keep it as the page's "
                          "url); save the page and give the file\n")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("timeout", ["inf", "nan", "-5", "0", "1e30"])
def test_a_timeout_out_of_range_is_a_usage_error(tmp_path: Path, timeout: str) -> None:
    result = run_cli("ingest", "http://127.0.0.1:1/", "--timeout", timeout, "-o", tmp_path)
    assert result.code == 2 and "'--timeout': must be more than 0 and at most 3600" in result.err


def test_timeout_and_refused_connection(server: str, tmp_path: Path) -> None:
    slow = run_cli("ingest", f"{server}/slow", "--timeout", "0.3", "-o", tmp_path)
    assert slow.code == 1
    assert slow.err == f"annotate: {server}/slow: cannot fetch the page: no answer within 0.3 s\n"
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    refused = run_cli("ingest", f"http://127.0.0.1:{port}/", "-o", tmp_path)
    assert refused.err == (f"annotate: http://127.0.0.1:{port}/: cannot fetch the page: the "
                           "connection was refused\n")


@pytest.mark.parametrize("route", ["/gzip", "/rot13", "/undefined"])
def test_compressed_page_and_codecs_that_are_no_charset(server: str, tmp_path: Path,
                                                        route: str) -> None:
    result = run_cli("ingest", f"{server}{route}", "-o", tmp_path)
    assert result.code == 0, result
    text = (tmp_path / COURIER_TXT).read_text("utf-8")
    assert text.startswith("Port Alder council approves £48m bridge despite flood warnings\n\n")


@pytest.mark.slow
def test_timeout_bounds_the_whole_fetch_not_each_read(server: str, tmp_path: Path) -> None:
    started = time.monotonic()
    result = run_cli("ingest", f"{server}/trickle", "--timeout", "1", "-o", tmp_path / "out")
    assert result.err == (f"annotate: {server}/trickle: cannot fetch the page: the whole "
                          "page did not arrive within 1 s\n")
    assert result.code == 1
    assert time.monotonic() - started < 10  # the page takes 30 s to trickle in
    assert not (tmp_path / "out").exists()


def test_decode_prefers_bom_then_header_then_meta() -> None:
    meta_utf8 = '<meta charset="utf-8"><p>café</p>'
    assert fetch.decode(meta_utf8.encode("cp1252"), "windows-1252").endswith("café</p>")
    assert fetch.decode(meta_utf8.encode("utf-8")).endswith("café</p>")
    assert fetch.decode(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "windows-1252") == "<p>café</p>"
    assert fetch.decode("<p>“x”</p>".encode("cp1252")) == "<p>“x”</p>"  # not UTF-8: 1252
    assert fetch.decode("<p>“x”</p>".encode("cp1252"), "no-such-charset") == "<p>“x”</p>"


def test_missing_metadata_is_named_with_the_command_that_sets_it(tmp_path: Path) -> None:
    page = tmp_path / "bare.html"
    story = " ".join(["The harbour board met on Monday and agreed to dredge the channel."] * 4)
    page.write_text(f"<html><body><article><h1>Harbour to be dredged</h1><p>{story}</p>"
                    f"<p>{story}</p></article></body></html>", "utf-8")
    result = run_cli("ingest", page, "-o", tmp_path)
    assert result.code == 0, result
    article = tmp_path / "harbour-to-be-dredged.txt"
    assert result.err.endswith(
        f"; not found: url, publisher, author, published (annotate edit {article} document "
        "--url ... --publisher ... --author ... --published ...)\n")


def test_a_year_the_story_mentions_is_no_publication_date(tmp_path: Path) -> None:
    page = tmp_path / "bare.html"
    story = ("The council of Port Elvan approved the new bridge on Thursday, ending a debate "
             "that began in 2019 when the old crossing was closed after storm damage.")
    page.write_text(f"<html><body><article><h1>Council approves bridge</h1><p>{story}</p>"
                    f"<p>{story}</p></article></body></html>", "utf-8")
    result = run_cli("ingest", page, "-o", tmp_path)
    assert result.code == 0, result
    assert "published:" not in (tmp_path / "council-approves-bridge.ann.yaml").read_text()
    assert "published (annotate edit" in result.err


@pytest.mark.parametrize(("markup", "published"), [
    ('<meta property="article:published_time" content="2024-02-30">', None),
    ('<meta name="date" content="2023-02-29T10:00:00Z">', None),
    ('<meta name="date" content="31/04/2024">', None),
    ('<meta name="date" content="2024-02">', None),  # a month: no day
    ('<script type="application/ld+json">{"@type": "NewsArticle", '
     '"datePublished": "2024-02-30T10:00:00Z"}</script>', None),
    ('<meta property="article:published_time" content="2024-02-30">'
     '<time datetime="2024-02-12">12 February</time>', "2024-02-12"),  # a real one elsewhere
    ('<meta name="date" content="2024-03-01">', "2024-03-01"),
])
def test_a_date_that_names_no_real_day_is_not_turned_into_one(
        tmp_path: Path, markup: str, published: str | None) -> None:
    """Before: htmldate read "2024-02-30" as February and gave "2024-02-01", and "2024-02"
    as today's day of February: a day the page never said, in the sidecar."""
    page = tmp_path / "bare.html"
    story = "The harbour board met on Monday and agreed to dredge the channel this summer."
    page.write_text(f"<html><head>{markup}</head><body><article><h1>Harbour to be dredged</h1>"
                    f"<p>{story}</p><p>{story}</p></article></body></html>", "utf-8")
    assert run_cli("ingest", page, "-o", tmp_path).code == 0
    assert sidecar.load(tmp_path / "harbour-to-be-dredged.ann.yaml").document.published \
        == published


def test_force_on_an_untagged_sidecar_keeps_who_and_what_was_rejected(tmp_path: Path) -> None:
    from annotate.model import Annotator

    assert run_cli("ingest", COURIER, "-o", tmp_path).code == 0
    side = tmp_path / COURIER_TXT.replace(".txt", ".ann.yaml")
    ann = sidecar.load(side)
    ann.annotators, ann.rejected = [Annotator("ana", "Ana")], ["actor:port alder"]
    sidecar.save(side, ann)
    changed = COURIER.read_text("utf-8").replace("three-hour debate", "four-hour debate")
    (tmp_path / "page.html").write_text(changed, "utf-8")
    assert run_cli("ingest", tmp_path / "page.html", "-o", tmp_path, "--force").code == 0
    again = sidecar.load(side)
    assert (again.annotators, again.rejected) == ([Annotator("ana", "Ana")], ["actor:port alder"])
    assert again.document.sha256 != ann.document.sha256  # nothing to re-anchor: a new hash
    assert run_cli("validate", side).code == 0


def test_control_characters_in_a_page_never_reach_the_article_or_the_terminal(
        tmp_path: Path) -> None:
    page = tmp_path / "esc.html"
    story = " ".join(["The port authority confirmed the closure on Friday morning."] * 4)
    # ESC and BEL (which lxml drops) and C1 controls such as CSI (\x9b, which it keeps).
    page.write_text("<html><head><title>Port \x1b]52;c;cGF5bG9hZA==\x07closed\x9b2J</title>"
                    "<meta property='og:site_name' content='Evil\x1b[31m News'></head><body>"
                    f"<article><h1>Port closed</h1><p>{story}\x9b0m</p><p>{story}</p>"
                    "</article></body></html>", "utf-8")
    result = run_cli("ingest", page, "-o", tmp_path / "out")
    assert result.code == 0, result
    controls = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
    assert not controls.search(result.err)
    (written,) = (tmp_path / "out").glob("*.txt")
    assert not controls.search(written.read_text("utf-8"))
    assert not controls.search((tmp_path / "out" / (written.stem + ".ann.yaml")).read_text())


def test_a_sidecar_open_in_a_session_is_not_written(tmp_path: Path) -> None:
    from annotate import lock

    assert run_cli("ingest", COURIER, "-o", tmp_path).code == 0
    side = tmp_path / COURIER_TXT.replace(".txt", ".ann.yaml")
    before = side.read_bytes(), (tmp_path / COURIER_TXT).read_bytes()
    with lock.acquire(side):  # as `annotate tag` holds it
        result = run_cli("ingest", COURIER, "-o", tmp_path, "--force")
    assert result.code == 1
    assert result.err.startswith(f"annotate: {COURIER}: {side} is being edited by ")
    assert result.err.endswith("; ingest the page again when that session ends\n")
    assert (side.read_bytes(), (tmp_path / COURIER_TXT).read_bytes()) == before
    assert not list(tmp_path.glob(".*.lock"))  # released, and ours never taken


def test_a_folder_that_cannot_be_written_is_said_so_not_a_session(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As a user who may not write in the folder (root may, so the refusal is made here
    as the kernel makes it for them): the lock file cannot be made. It used to be "is
    being edited by another session"."""
    import errno
    import os

    from annotate import lock

    real = os.open

    def refused(path: object, *args: object, **kw: object) -> int:
        if str(path).endswith(".lock"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(lock.os, "open", refused)
    result = run_cli("ingest", COURIER, "-o", tmp_path)
    side = tmp_path / COURIER_TXT.replace(".txt", ".ann.yaml")
    assert (result.code, result.err) == (1, f"annotate: {side}: cannot save in the folder "
                                            f"{tmp_path} (Permission denied); make it "
                                            "writable, or work on a copy elsewhere\n")
    assert not (tmp_path / COURIER_TXT).exists()


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_saved_page_that_is_no_regular_file_is_refused(tmp_path: Path, kind: str) -> None:
    """A FIFO hung `annotate ingest` for ever, and /dev/zero (a size of 0 to stat) read
    until the memory ran out: a page is read as every other file is."""
    if kind == "fifo":
        path = tmp_path / "page.html"
        os.mkfifo(path)
        said = "is a FIFO (named pipe), not a web page; only regular files are read"
    else:
        path = Path("/dev/zero")
        said = "is a character device, not a web page; only regular files are read"
    result = run_cli("ingest", path, "-o", tmp_path / "out")
    assert (result.code, result.err) == (1, f"annotate: {path}: {said}\n")
    assert not (tmp_path / "out").exists()
