"""Tokens the way spaCy makes them, for the formats read through spaCy (Prodigy).

Every token is `(start, end, ws)`: code-point offsets and whether ONE space follows it
(spaCy's `whitespace_`). Joined as spaCy's `Doc(words, spaces)` joins them, the tokens
give back the text exactly: a single space after a token is its `ws`; any other
whitespace is a token of its own (`"\\n\\n"`, `"\\n "`, `"  "`), as spaCy's tokenizer
makes it.

- With spaCy installed, the tokens ARE spaCy's: the tokenizer of `spacy.blank(lang)`
  (rules and exceptions only; no model is loaded or downloaded), `xx` for a language
  spaCy does not know.
- Without it, the whitespace handling above is spaCy's exactly, and a run of
  non-space characters is cut into words and single punctuation marks. spaCy's
  exception tables ("don't" -> "do" "n't", "U.S." kept whole) are not reproduced, so
  token indices can differ from spaCy's; the text and every span still line up.

Either way a token is also cut where a span starts or ends inside it, so every span
covers whole tokens; `split` counts those cuts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"\w+|[^\w\s]")
_RUN = re.compile(r"\S+|\s+")


@dataclass
class Tokens:
    tokens: list[tuple[int, int, bool]]
    tokenizer: str  # "spacy:en" or "annotate"
    split: int  # tokens cut at a span boundary


def tokenize(text: str, language: str | None, cuts: set[int]) -> Tokens:
    found = _spacy(text, language or "en")
    name = f"spacy:{found[1]}" if found else "annotate"
    tokens = found[0] if found else _builtin(text)
    cut, split = _cut(tokens, cuts)
    return Tokens(cut, name, split)


def _spacy(text: str, language: str) -> tuple[list[tuple[int, int, bool]], str] | None:
    nlp, lang = _blank(language.split("-")[0].lower())
    if nlp is None:
        return None
    doc = nlp.make_doc(text)
    return [(t.idx, t.idx + len(t.text), bool(t.whitespace_)) for t in doc], lang


@lru_cache(maxsize=8)
def _blank(language: str) -> tuple[Any, str]:
    try:
        import spacy
    except ImportError:
        return None, ""
    try:
        return spacy.blank(language), language
    except (ImportError, KeyError, ValueError, OSError):  # a language spaCy does not have
        return spacy.blank("xx"), "xx"


def _builtin(text: str) -> list[tuple[int, int, bool]]:
    """spaCy's whitespace rule, and words and punctuation within each non-space run."""
    out: list[tuple[int, int, bool]] = []
    for run in _RUN.finditer(text):
        start, end = run.span()
        if not text[start].isspace():
            out.extend((m.start(), m.end(), False) for m in _WORD.finditer(text, start, end))
        elif text[start] == " " and out:  # one space belongs to the token before it
            last = out[-1]
            out[-1] = (last[0], last[1], True)
            if end > start + 1:
                out.append((start + 1, end, False))
        else:
            out.append((start, end, False))
    return out


def _cut(tokens: list[tuple[int, int, bool]], cuts: set[int]) -> tuple[
        list[tuple[int, int, bool]], int]:
    """`tokens`, each also cut at the offsets in `cuts` that fall inside it."""
    inside = sorted(cuts)
    out: list[tuple[int, int, bool]] = []
    split = 0
    for start, end, ws in tokens:
        i = bisect_right(inside, start)
        while i < len(inside) and inside[i] < end:
            out.append((start, inside[i], False))
            start = inside[i]
            split += 1
            i += 1
        out.append((start, end, ws))
    return out, split
