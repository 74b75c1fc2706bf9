"""The shell every report page shares, and the only ways text gets into it.

Everything that comes from an article, a sidecar or a config goes through `e()` (escaped
for text and for quoted attributes) or `link()` (a link only for http and https URLs,
anything else shown as text). The page is self-contained: its one style sheet and one
script are inline, and a Content-Security-Policy allows exactly those two (by hash) and
nothing from the network, so even markup that slipped through could not run or fetch.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from html import escape
from importlib import resources
from urllib.parse import urlsplit


def e(text: object) -> str:
    return escape(str(text), quote=True)


def is_web(url: str | None) -> bool:
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return False
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def link(url: str | None, text: str | None = None) -> str:
    """`<a>` for an http(s) URL; anything else (javascript:, data:, a typo) as plain text."""
    if url is None:
        return ""
    label = e(text if text is not None else url)
    if not is_web(url):
        return f'<span class="url">{label}</span>'
    return f'<a href="{e(url)}" rel="noopener noreferrer nofollow" target="_blank">{label}</a>'


@cache
def _asset(name: str) -> str:
    return resources.files("annotate.report").joinpath(name).read_text("utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


# In every page's head: a later report replaces only pages that say it (report._write).
GENERATOR = '<meta name="generator" content="annotate report">'


def page(title: str, body: str, script: bool = True) -> str:
    css = _asset("report.css")
    js = _asset("report.js") if script else ""
    policy = (f"default-src 'none'; style-src {_hash(css)}; img-src data:; "
              f"script-src {_hash(js) if script else chr(39) + 'none' + chr(39)}; "
              "base-uri 'none'; form-action 'none'")
    tail = f"<script>{js}</script>\n" if script else ""
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
            '<meta name="referrer" content="no-referrer">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"{GENERATOR}\n"
            f"<title>{e(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
            f"{body}\n{tail}</body>\n</html>\n")
