"""Getting a web page's HTML, from a URL or a saved file, as text.

URLs are fetched with the standard library, within limits a newsroom tool needs on any
network: a timeout for the whole fetch (a server sending a byte a second never resets
it), a size limit (read no further than it; a compressed body is measured decompressed),
a body as long as its Content-Length says, an HTML content type and a bounded number of
redirects (http and https only). The charset comes, as in a browser,
from a byte-order mark, then the HTTP header, then the page's own `<meta>`; labels that
browsers read as windows-1252 (latin-1, ascii) are read the same way here. Every failure
is one sentence naming the URL or file.
"""

from __future__ import annotations

import codecs
import http.client
import os
import re
import signal
import socket
import ssl
import threading
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from annotate import __version__, textfile
from annotate.errors import AnnotateError, UsageError

TIMEOUT = 20.0  # seconds, for the whole fetch (and so for each read)
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = f"annotate/{__version__} (claim-annotate; fact-checking)"
# WHATWG Encoding Standard: these labels mean windows-1252 to every browser.
_WINDOWS_1252 = {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
                 "latin-1", "l1", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "windows-1252",
                 "cp1252", "x-cp1252", "iso-8859-1:1987", "ansi_x3.4-1968"}
# Text codecs Python has that no browser reads a page in: ignored like unknown labels.
_NOT_WEB = {"undefined", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "utf-7",
            "palmos", "mbcs", "oem"}
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_LOOKS_HTML = re.compile(rb"<(!doctype\s+html|html|head|body|article|main|div|p|h1|title|meta)"
                         rb"[\s>/]", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class Page:
    source: str  # the URL (after redirects) or the file path
    html: str
    url: str | None  # where it was fetched from; None for a saved file


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def get(source: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Page:
    """The page at `source`: an http(s) URL, or a saved HTML file."""
    if is_url(source):
        _no_credentials(source)
        return fetch(source, timeout, max_bytes)
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*)://", source)
    if scheme:  # ("ftp://…", "file:///…": a URL, but none that is fetched)
        raise AnnotateError(f"only http:// and https:// pages are fetched, not "
                            f"{scheme.group(1)}:// ones (save the page and give the file)",
                            source)
    return read(Path(source), max_bytes)


def _no_credentials(url: str) -> None:
    """A user name or password in a URL (`https://user:secret@host/`) is refused, named
    without them: urllib took `user:secret@host` for the host name ("could not be
    resolved"), and the URL, secret and all, would be the sidecar's `document.url`."""
    try:
        netloc = urlsplit(url).netloc
    except ValueError:  # ("Invalid IPv6 URL": fetch says so)
        return
    if "@" in netloc:
        shown = url.replace(netloc, "…@" + netloc.rpartition("@")[2], 1)
        raise AnnotateError("a URL with a user name or password is not fetched (the sidecar "
                         "would keep it as the page's url); save the page and give the file",
                         shown)


def read(path: Path, max_bytes: int = MAX_BYTES) -> Page:
    """A saved page: a regular file only (a FIFO hung the read, /dev/zero ate the memory)."""
    if not os.path.lexists(path):
        hint = "" if "://" in str(path) else \
            " (for a web page, give its whole URL, starting with https://)"
        raise UsageError(f"no such file{hint}", path)
    data = textfile.read_bytes(path, "web page", max_bytes)
    _sniff(data, str(path))
    return Page(str(path), decode(data), None)


class _BadRedirect(Exception):
    pass


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
        target = headers.get("location") or headers.get("uri")
        if target and not is_url(urljoin(req.full_url, target)):
            raise _BadRedirect(target)  # a page may not send us to file:, ftp: or data:
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class _Expired(Exception):
    pass


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise _Expired in whatever read or connect is under way once `seconds` have passed.
    The socket timeout only bounds each read, and a server can trickle a byte a second
    (in the headers too) for ever. SIGALRM is the one way to interrupt a blocking read
    from outside; where it cannot be used (not the main thread), each read is bounded."""
    if threading.current_thread() is not threading.main_thread() or \
            not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Page:
    opener = urllib.request.build_opener(_Redirects())
    answered = False
    try:
        request = urllib.request.Request(url, headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"})
        with _deadline(timeout), opener.open(request, timeout=timeout) as response:
            answered = True
            final = response.geturl()
            headers: Message = response.headers
            kind = headers.get_content_type() if headers.get("Content-Type") else None
            if kind is not None and kind not in HTML_TYPES:
                raise AnnotateError(f"is {kind}, not an HTML page", url)
            length = _announced(headers.get("Content-Length"))
            if length is not None and length > max_bytes:
                raise AnnotateError(f"is {_mb(length)}, larger than the {_mb(max_bytes)} "
                                    "limit for a page", url)
            data = _read_capped(response, max_bytes, url)
            if length is not None and len(data) < length:
                raise AnnotateError(f"the server sent {len(data)} of the {length} bytes it "
                                    "announced (the connection closed early)", url)
            data = _decompressed(data, headers.get("Content-Encoding"), max_bytes, url)
    except _Expired:
        what = "the whole page did not arrive" if answered else "no answer"
        raise AnnotateError(f"cannot fetch the page: {what} within {timeout:g} s", url) from None
    except _BadRedirect as exc:
        raise AnnotateError(f"redirects to {exc}, which is not an http(s) URL", url) from None
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise AnnotateError(f"redirects more than {MAX_REDIRECTS} times, or in a loop",
                                url) from None
        raise AnnotateError(f"the server answered HTTP {exc.code} {exc.reason}", url) from None
    except urllib.error.URLError as exc:
        raise AnnotateError(f"cannot fetch the page: {_reason(exc.reason, timeout)}",
                            url) from None
    except TimeoutError:
        raise AnnotateError(f"cannot fetch the page: no answer within {timeout:g} s",
                            url) from None
    except http.client.IncompleteRead:
        raise AnnotateError("cannot fetch the page: the connection closed before the page "
                            "was complete", url) from None
    except http.client.HTTPException as exc:  # a bad status line, too many or long headers
        raise AnnotateError(f"cannot fetch the page: the server's answer is not valid HTTP "
                            f"({type(exc).__name__})", url) from None
    except (ConnectionError, ssl.SSLError, OSError) as exc:
        raise AnnotateError(f"cannot fetch the page: {_reason(exc, timeout)}", url) from None
    except UnicodeError:  # (a host label too long or empty, also in a redirect)
        raise AnnotateError("cannot fetch the page: a host name in the URL or a redirect is "
                            "not valid", url) from None
    except ValueError as exc:  # "Invalid IPv6 URL", also in a redirect
        raise AnnotateError(f"cannot fetch the page: the URL or a redirect is not valid "
                            f"({exc})", url) from None
    if kind is None:
        _sniff(data, url)
    return Page(final, decode(data, headers.get_content_charset()), final)


def _announced(length: str | None) -> int | None:
    """The Content-Length a server sent, when it is a number int() reads: "²" is a digit to
    str.isdigit, and int() refuses more than 4,300 digits (both were internal errors);
    the size is then only what arrives, capped as it is without the header."""
    length = (length or "").strip()
    return int(length) if length.isdecimal() and len(length) <= 18 else None


def _read_capped(response: Any, max_bytes: int, url: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(64 * 1024)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise AnnotateError(f"is larger than the {_mb(max_bytes)} limit for a page", url)
        chunks.append(chunk)


def _decompressed(data: bytes, coding: str | None, max_bytes: int, url: str) -> bytes:
    """The body a server compressed though it was not asked to (we send no
    Accept-Encoding), decompressed no further than the size limit: a few MB of gzip can
    expand to gigabytes."""
    coding = (coding or "identity").strip().lower()
    if coding == "identity":
        return data
    if coding not in ("gzip", "x-gzip", "deflate"):
        raise AnnotateError(f"is sent in the {coding!r} content coding, which cannot be read "
                            "here", url)
    # gzip, or deflate in its zlib wrapper (the HTTP spec) or raw (what some servers send).
    wbits = 16 + zlib.MAX_WBITS if "gzip" in coding else \
        (zlib.MAX_WBITS if data[:1] == b"\x78" else -zlib.MAX_WBITS)
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        raise AnnotateError(f"its {coding}-compressed body is damaged", url) from None
    if len(out) > max_bytes:
        raise AnnotateError(f"is larger than the {_mb(max_bytes)} limit for a page once "
                            "decompressed", url)
    if not inflater.eof:
        raise AnnotateError(f"its {coding}-compressed body is cut short", url)
    return out


def _reason(reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "the host name could not be resolved"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"its certificate could not be verified ({reason.verify_message})"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror[0].lower() + reason.strerror[1:]
    return str(reason)


def _sniff(data: bytes, where: str) -> None:
    """Refuse what is plainly not HTML (a PDF, an image, plain text)."""
    head = data[:4096]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise AnnotateError("looks like a binary file, not an HTML page", where)
    if not _LOOKS_HTML.search(head.lstrip(codecs.BOM_UTF8 + b" \t\r\n")) and \
            not _LOOKS_HTML.search(decode(head).encode("utf-8")):
        raise AnnotateError("does not look like an HTML page", where)


def decode(data: bytes, header_charset: str | None = None) -> str:
    """Bytes to text: byte-order mark, then the HTTP header's charset, then `<meta>`, then
    UTF-8 if the bytes are valid UTF-8, else windows-1252 (the web's legacy default)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    for label in (header_charset, _meta_charset(data)):
        declared = _encoding(label)
        if declared is not None:
            try:
                return data.decode(declared, errors="replace")
            except (UnicodeError, LookupError, TypeError):
                continue  # a codec that cannot decode at all ("undefined"): as if unknown
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _meta_charset(data: bytes) -> str | None:
    found = _META.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def _encoding(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None  # an unknown label is ignored, as browsers do
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_WEB:
        return None  # Python's own codecs (rot13, base64, unicode-escape) are no charsets
    # A page cannot declare itself UTF-16 (or 32) in its own ASCII-compatible bytes.
    return "utf-8" if info.name.startswith(("utf-16", "utf-32")) else info.name


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"
