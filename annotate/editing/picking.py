"""Picking a span of the article by typing part of its text (`(start, end)` offsets out).

Matching ignores case and runs of whitespace and treats curly and straight quotes, primes
and the dashes alike (`typography.SAME`, as re-anchoring does), but every offset returned
points into the ORIGINAL article text.
`s12` is sentence 12; `s12 phrase` searches inside sentence 12; `from ... to` (or
`from … to`) is the span from the words `from` to the next `to`, so a long span is never
retyped. When the text occurs more than once the caller must say which (`occurrence`,
`sentence`): a span never silently lands somewhere else.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from annotate.article import Article, splits
from annotate.errors import AnnotateError
from annotate.typography import SAME
from annotate.visible import counted, visible

_GAP = re.compile(r"\s*(?:\.\.\.|…)\s*")  # "from ... to"
# (at most nine digits, as no article has a billion sentences: int() refuses more than
# 4,300, an internal error; "s" and more digits is text to look for)
_SENTENCE = re.compile(r"^\s*s(\d{1,9})(?:\s+(.*))?$", re.IGNORECASE | re.DOTALL)
SENTENCE_ONLY = re.compile(r"^s(\d{1,9})$", re.IGNORECASE)  # "s12" alone (show, :show)


class AmbiguousSpan(AnnotateError):
    """The typed text occurs more than once; `matches` lists (start, end) in order."""

    def __init__(self, message: str, matches: list[tuple[int, int]]) -> None:
        super().__init__(message)
        self.matches = matches


@lru_cache(maxsize=8)
def fold(text: str) -> str:
    """Lower-cased with quotes and dashes unified, one character per original character,
    so an offset into the folded text is an offset into the original."""
    same = text.translate(SAME)
    low = same.lower()
    if len(low) == len(same):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in same)  # "İ" stays put


def _pattern(query: str) -> re.Pattern[str] | None:
    words = fold(query).split()
    if not words:
        return None
    body = r"\s+".join(map(re.escape, words))  # any run of whitespace matches any other
    # "war" must not land inside "warning": a match starts and ends at word edges.
    head = r"(?<![^\W_])" if words[0][0].isalnum() else ""
    tail = r"(?![^\W_])" if words[-1][-1].isalnum() else ""
    return re.compile(head + body + tail)


def find(text: str, query: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Every non-overlapping match of `query` in `text[start:end]`, as original offsets;
    an accent typed with its letter or apart from it (NFC or NFD) matches either way."""
    end = len(text) if end is None else end
    found: set[tuple[int, int]] = set()
    for form in {query, unicodedata.normalize("NFC", query), unicodedata.normalize("NFD", query)}:
        pattern = _pattern(form)
        if pattern is not None:  # "Jose" is not found inside "José" with a separate accent
            found.update(m.span() for m in pattern.finditer(fold(text), start, end)
                         if not splits(text, m.start()) and not splits(text, m.end()))
    return sorted(found)


def context(art: Article, start: int, end: int, width: int = 30) -> str:
    """`s4: …part of [Putin]’s call to…` on one line, for listing matches."""
    before, after = around(art, start, end, width)
    number = art.sentence_at(start).number
    return visible(f"s{number}: {before}[{art.text[start:end]}]{after}")


def around(art: Article, start: int, end: int, width: int = 30) -> tuple[str, str]:
    """Up to `width` characters before and after a span, within its sentence(s) (the
    line is labelled with one sentence's number: a title must not run into the next
    paragraph), on one line, with `…` where they were cut."""
    lo, hi = art.sentences_of(start, end)
    before = re.sub(r"\s+", " ", art.text[max(lo, start - width):start])
    after = re.sub(r"\s+", " ", art.text[end:min(hi, end + width)])
    return ("…" if start - width > lo else "") + before, after + ("…" if end + width < hi else "")


def pick(art: Article, query: str, occurrence: int | None = None,
         sentence: int | None = None) -> tuple[int, int]:
    """The one span `query` names, or an AnnotateError saying why there is not exactly one."""
    match = _SENTENCE.match(query)
    if match:
        sentence, query = int(match.group(1)), (match.group(2) or "").strip()
    if sentence is not None:
        seg = art.sentence(sentence)
        if not query:
            return seg.start, seg.end
        found, where = _search(art, query, seg.start, seg.end), f" in sentence {sentence} of"
    else:
        if not query.strip():
            raise AnnotateError("no text given to look for")
        found, where = _search(art, query, 0, art.length), ""
    if not found:
        raise AnnotateError(f"{query.strip()!r} does not occur{where or ' in'} the article")
    quoted, inside = repr(query.strip()), where[:-3]
    if occurrence is not None:
        if not 1 <= occurrence <= len(found):
            raise AnnotateError(f"there is no occurrence {occurrence} of {quoted}{inside}; "
                                f"it occurs {counted(len(found), 'time')}")
        return found[occurrence - 1]
    if len(found) > 1:
        # Matching ignores case, but text typed exactly as it appears once is unambiguous.
        exact = [(s, e) for s, e in found if art.text[s:e] == query.strip()]
        if len(exact) == 1:
            return exact[0]
        listing = "; ".join(f"{n}) {context(art, s, e, 20)}" for n, (s, e) in
                            enumerate(found[:9], 1))
        more = f"; and {len(found) - 9} more" if len(found) > 9 else ""
        raise AmbiguousSpan(f"{quoted} occurs {len(found)} times{inside}; pick one with "
                            f"--occurrence N or --sentence N: {listing}{more}", found)
    return found[0]


def _search(art: Article, query: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The matches of `query`; failing those, of `from ... to`: each `from` with the
    first `to` after it (text quoting an ellipsis is still found as typed)."""
    found = find(art.text, query, lo, hi)
    parts = _GAP.split(query.strip(), maxsplit=1)
    if found or len(parts) != 2 or not all(p.strip() for p in parts):
        return found
    out = []
    for start, end in find(art.text, parts[0], lo, hi):
        after = find(art.text, parts[1], end, hi)
        if after:
            out.append((start, after[0][1]))
    return out


def number(text: str) -> int | None:
    """The number a person typed to choose one of a few (a version, a place listed), or
    None: "²" is a digit to str.isdigit but not to int(), and int() refuses more than
    4,300 digits; both were internal errors. No list to choose from is a billion long."""
    return int(text) if text.isdecimal() and len(text) <= 9 else None


def is_explicit(query: str) -> bool:
    """`s12` or `s12 text`: a query that names its place itself."""
    return bool(_SENTENCE.match(query))


def every(art: Article, query: str) -> list[tuple[int, int]]:
    """Each occurrence of `query` (for actor mentions: tag them all), or the one that
    `s12 text` names."""
    if is_explicit(query):
        return [pick(art, query)]
    found = _search(art, query, 0, art.length)
    if not found:
        raise AnnotateError(f"{query.strip()!r} does not occur in the article")
    return found


def outermost(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, duplicates and spans nested inside another one dropped."""
    out: list[tuple[int, int]] = []
    reach = -1  # the furthest end so far: a span ending before it is nested in an earlier one
    for start, end in sorted(set(found), key=lambda se: (se[0], -se[1])):
        if end > reach:
            out.append((start, end))
            reach = end
    return out
