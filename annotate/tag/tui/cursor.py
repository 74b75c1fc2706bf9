"""The cursor and the selection of the workspace, as pure functions: offsets in, offsets out.

A selection is `(start, end)`, code-point offsets into the article text (end exclusive).
In word mode (the default) every selection starts and ends on token edges; a token is a
word ("Putin", "U.S.", "1") or one punctuation mark ("’", "."), so a span can end on
the full stop or the closing quote of a quotation. In character mode the moves and the
growing go one character at a time.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

Sel = tuple[int, int]

# What joins the character before it on screen: combining accents (an article may write
# "é" as "e" and U+0301), variation selectors, emoji skin tones, and after a zero-width
# joiner the next symbol. A selection never ends inside such a cluster.
_MARKS = ("\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f"
          "\U0001f3fb-\U0001f3ff")
_CLUSTER = f"(?:[{_MARKS}]|\u200d[^\\w\\s])*"
# An abbreviation with its dots ("U.S.", "U.N."), a word, a possessive's "’s", or one
# punctuation mark. An apostrophe between letters is the word's ("don’t", "O’Brien"),
# but "’s" (or "'s") is a token of its own, and no word: the word moves go from
# "Kremlin’s" to the next word as from "Kremlin", and "Kremlin" alone is one word to
# make an actor of (they stopped on the "s", after an apostrophe either way).
_WORD = rf"(?:[^\W_]{_CLUSTER})+"
_TOKEN = re.compile(rf"(?:[^\W_]\.){{2,}}|{_WORD}(?:['’](?![sS](?![^\W_])){_WORD})*"
                    rf"|['’][sS](?![^\W_])|[^\w\s]{_CLUSTER}|_+")


@dataclass(frozen=True)
class Text:
    """The article text with its tokens, sentences and paragraphs, indexed for bisecting."""

    text: str
    tokens: tuple[Sel, ...]
    sentences: tuple[Sel, ...]
    paragraphs: tuple[Sel, ...]
    starts: tuple[int, ...]  # token starts
    ends: tuple[int, ...]  # token ends

    @classmethod
    def of(cls, text: str, sentences: list[Sel], paragraphs: list[Sel]) -> Text:
        tokens = tuple(m.span() for m in _TOKEN.finditer(text))
        return cls(text, tokens, tuple(sentences), tuple(paragraphs),
                   tuple(s for s, _ in tokens), tuple(e for _, e in tokens))

    def is_word(self, index: int) -> bool:
        s, _ = self.tokens[index]
        return self.text[s].isalnum()

    def token_at(self, offset: int) -> int:
        """The token holding `offset`, else the next one (the last one at the end)."""
        if not self.tokens:
            return -1
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.ends[i]:
            return i
        return min(i + 1, len(self.tokens) - 1)


def _word(t: Text, index: int, step: int) -> int:
    """The nearest word token from `index` in direction `step` (itself if it is a word)."""
    while 0 <= index < len(t.tokens) and not t.is_word(index):
        index += step
    return index


def first_word(t: Text) -> Sel:
    """The article's first word: where `g` lands (not an opening quotation mark)."""
    i = _word(t, 0, 1)
    return t.tokens[i] if 0 <= i < len(t.tokens) else word_at(t, 0)


def last_word(t: Text) -> Sel:
    """The article's last word: where `G` lands (not the quotation mark closing it)."""
    i = _word(t, len(t.tokens) - 1, -1)
    return t.tokens[i] if 0 <= i < len(t.tokens) else word_at(t, len(t.text) - 1)


def word_at(t: Text, offset: int) -> Sel:
    """The word at (or after) `offset`: where a click or a jump lands."""
    i = t.token_at(offset)
    if i < 0:
        return (0, 0)
    return t.tokens[i]


def next_word(t: Text, sel: Sel, chars: bool = False) -> Sel:
    if chars:
        at = min(sel[0] + 1, len(t.text) - 1)
        return (at, at + 1)
    i = _word(t, bisect_left(t.starts, sel[1]), 1)
    if i >= len(t.tokens):
        return sel
    return t.tokens[i]


def prev_word(t: Text, sel: Sel, chars: bool = False) -> Sel:
    if chars:
        at = max(sel[0] - 1, 0)
        return (at, at + 1)
    i = _word(t, bisect_left(t.ends, sel[0] + 1) - 1, -1)
    if i < 0:
        return sel
    return t.tokens[i]


def grow_end(t: Text, sel: Sel, chars: bool = False) -> Sel:
    """One more token (or character) at the end."""
    if chars:
        return (sel[0], min(sel[1] + 1, len(t.text)))
    i = bisect_left(t.starts, sel[1])
    return (sel[0], t.ends[i]) if i < len(t.tokens) else sel


def shrink_end(t: Text, sel: Sel, chars: bool = False) -> Sel:
    """One token (or character) less at the end; never less than one."""
    if chars:
        return (sel[0], max(sel[1] - 1, sel[0] + 1))
    i = bisect_left(t.ends, sel[1]) - 1
    return (sel[0], t.ends[i]) if i >= 0 and t.ends[i] > sel[0] else sel


def grow_start(t: Text, sel: Sel, chars: bool = False) -> Sel:
    """One more token (or character) at the start."""
    if chars:
        return (max(sel[0] - 1, 0), sel[1])
    i = bisect_left(t.ends, sel[0] + 1) - 1
    while i >= 0 and t.starts[i] >= sel[0]:
        i -= 1
    return (t.starts[i], sel[1]) if i >= 0 else sel


# What never starts a span: the marks that close what comes before them ("’s" too).
_NO_START = frozenset(".,;:!?…”’)]»")


def shrink_start(t: Text, sel: Sel, chars: bool = False) -> Sel:
    """One token (or character) less at the start; never less than one."""
    if chars:
        return (min(sel[0] + 1, sel[1] - 1), sel[1])
    i = bisect_right(t.starts, sel[0])
    # (past what closes the word before: "’s", a comma, a full stop; `>` on "the
    # Kremlin’s deepening…" made a claim of "’s deepening…")
    while i < len(t.tokens) and t.starts[i] < sel[1] and not t.is_word(i) and \
            t.text[t.starts[i]] in _NO_START:
        i += 1
    return (t.starts[i], sel[1]) if i < len(t.tokens) and t.starts[i] < sel[1] else sel


def extend_to(t: Text, sel: Sel, target: Sel) -> Sel:
    """The selection's end moved to the end of `target` (longer or shorter), or its start
    to the start of `target` when that lies before the selection."""
    if target[1] > sel[0]:
        return (sel[0], target[1])
    return (target[0], sel[1])


def snap(t: Text, start: int, end: int) -> Sel:
    """A dragged span widened to whole tokens (either direction)."""
    lo, hi = min(start, end), max(start, end)
    first = t.tokens[t.token_at(lo)]
    last_i = bisect_left(t.starts, max(hi, lo + 1)) - 1
    last = t.tokens[max(last_i, t.token_at(lo))]
    return (first[0], max(last[1], first[1]))


def _segment(segments: tuple[Sel, ...], offset: int) -> int:
    starts = [s for s, _ in segments]
    return max(0, bisect_right(starts, offset) - 1)


def sentence(t: Text, sel: Sel) -> Sel:
    """The whole sentence the selection starts in."""
    return t.sentences[_segment(t.sentences, sel[0])] if t.sentences else sel


def to_sentence_end(t: Text, sel: Sel) -> Sel:
    """The selection stretched to the end of the sentence it ends in."""
    if not t.sentences:
        return sel
    end = t.sentences[_segment(t.sentences, max(sel[0], sel[1] - 1))][1]
    return (sel[0], max(end, sel[1]))


# A word whose full stop is its own, also where it ends the sentence ("Veltra Inc.").
_ABBREVIATION = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Bros|etc)$")


def claim_words(t: Text, sel: Sel) -> Sel:
    """The selection as a claim's words: without the full stop (or "!") that closes its
    sentence, as the recommenders offer a sentence (the claim is the clause that makes
    it). A stop inside a quotation stays (the selection ends on the closing quote, or the
    quote closes after it, maybe sentences later), and so does an abbreviation's ("Inc.")."""
    start, end = sel
    if end - start < 2 or t.text[end - 1] not in ".!" or not t.sentences:
        return sel
    closes = t.sentences[_segment(t.sentences, end - 1)][1]
    if t.text[end:closes].strip() or _ABBREVIATION.search(t.text, start, end - 1):
        return sel
    said = t.text[paragraph(t, (end - 1, end))[0]:end]
    if said.count("“") > said.count("”") or said.count('"') % 2:
        return sel  # (a quotation still open: "“It has… on this topic. Without our…”")
    return shrink_end(t, sel)


def paragraph(t: Text, sel: Sel) -> Sel:
    return t.paragraphs[_segment(t.paragraphs, sel[0])] if t.paragraphs else sel


def _jump(t: Text, segments: tuple[Sel, ...], sel: Sel, forward: bool) -> Sel:
    """The first word of the next segment, or of this one (then the one before) going back."""
    if not segments:
        return sel
    i = _segment(segments, sel[0])
    if forward:
        i += 1
    elif segments[i][0] >= sel[0] or word_at(t, segments[i][0])[0] >= sel[0]:
        i -= 1
    if not 0 <= i < len(segments):
        return sel
    return word_at(t, segments[i][0])


def next_sentence(t: Text, sel: Sel) -> Sel:
    return _jump(t, t.sentences, sel, True)


def prev_sentence(t: Text, sel: Sel) -> Sel:
    return _jump(t, t.sentences, sel, False)


def next_paragraph(t: Text, sel: Sel) -> Sel:
    return _jump(t, t.paragraphs, sel, True)


def prev_paragraph(t: Text, sel: Sel) -> Sel:
    return _jump(t, t.paragraphs, sel, False)


def _pattern(query: str) -> re.Pattern[str] | None:
    """`query` as the article may write it: case ignored, any run of spaces for another,
    an accent typed as one character or as a letter and a combining mark, and a match
    that ends with the marks of its last character."""
    words = query.split()
    if not words:
        return None
    forms = ["(?:" + "|".join(re.escape(f) for f in sorted({unicodedata.normalize("NFC", w),
                                                           unicodedata.normalize("NFD", w)}))
             + ")" for w in words]
    return re.compile(r"\s+".join(forms) + _CLUSTER, re.IGNORECASE)


def search(t: Text, query: str, sel: Sel, forward: bool = True) -> Sel | None:
    """The next (or previous) match of `query` from the selection, wrapping around
    (`_pattern`: case, spaces and accents as the article writes them)."""
    pattern = _pattern(query)
    if pattern is None:
        return None
    found = [m.span() for m in pattern.finditer(t.text)]
    if not found:
        return None
    if forward:
        return next((f for f in found if f[0] > sel[0]), found[0])
    return next((f for f in reversed(found) if f[0] < sel[0]), found[-1])


def matches(t: Text, query: str, lo: int, hi: int) -> list[Sel]:
    """Every match of `query` in text[lo:hi] (to mark them on screen)."""
    pattern = _pattern(query)
    return [] if pattern is None else [m.span() for m in pattern.finditer(t.text, lo, hi)]


def overlap(a: Sel, b: Sel) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def occurrences(t: Text, words: str) -> list[Sel]:
    """Every place `words` stands as whole words (a new actor's other mentions)."""
    if not words.strip():
        return []
    head = r"(?<![^\W_])" if words[0].isalnum() else ""
    tail = r"(?![^\W_])" if words[-1].isalnum() else ""
    return [m.span() for m in re.finditer(head + re.escape(words) + tail, t.text)]
