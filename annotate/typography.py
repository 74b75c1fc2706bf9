"""Typography that does not change the words, and text with it folded away.

Curly and straight quotes, primes, the dashes, non-breaking and other spaces (`SAME`, one
character for one, so an offset into the folded text is one into the text): picking a
span by its typed text and re-anchoring spans after an edit both compare text through it.
Re-anchoring (`Folded`) also folds a line break inside a paragraph (a re-wrap), an HTML
entity (`&amp;`, `&#8217;`, `&nbsp;`: a page saved encoded or decoded) and Markdown
emphasis marks (`*Putin*`, `**AT&T**`, `_Haaretz_`: an article made .md), keeping the
way back to the text's offsets. A newsroom's CMS or a person's editor changes these all
through an article, and a person types the plain ones.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right

DASHES = "-‐‑‒–—―−"
SAME = str.maketrans({**dict.fromkeys("“”„‟″«»", '"'), **dict.fromkeys("‘’‚‛′`", "'"),
                      **dict.fromkeys(DASHES, "-"),
                      **dict.fromkeys("\t\u00a0\u2007\u2009\u200a\u202f", " ")})
_WRAP = re.compile(r"(?<=[^\n])\n(?=[^\n])")  # a line break inside a paragraph
# An entity, or a run of emphasis marks opening or closing a word (a letter or digit on
# one side, or a closing mark after "U.S.", none on the other): not the "_" of snake_case,
# "2*3", "'*'" or a list's "* ". (The lookahead first makes the search ~5 times faster.)
_LONG = re.compile(r"(?=[&*_])(?:(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|"
                   r"[A-Za-z][A-Za-z0-9]{1,31});)|(?P<opens>(?<![\w*])[*_]{1,3}(?=[^\W_]))"
                   r"|(?<=[^\W_]|\.)[*_]{1,3}(?![\w*]))")


class Folded:
    """`raw` with its typography folded, and the way back to its offsets.

    An entity becomes its one character, emphasis marks go (unless not `shorten`), the rest
    is one character for one. A line break at either end of `raw` is kept: in a stored
    context it may be half of a paragraph break."""

    def __init__(self, raw: str, shorten: bool = True) -> None:
        pieces, at = [], 0
        # For each entity or run of marks: where it is in the folded text and in `raw`,
        # the end of it in `raw`, and how many characters it became (1 or 0).
        self._folded: list[int] = []
        self._after: list[int] = []  # folded offset just after what it became
        self._raw: list[int] = []
        self._raw_end: list[int] = []
        self.marks: list[tuple[int, int, bool]] = []  # (raw start, raw end, opens)
        folded = 0
        for m in _LONG.finditer(raw) if shorten else ():
            char = html.unescape(m.group()) if m.group("entity") else ""
            if len(char) > 1 or char == m.group():
                continue  # not an entity of one character: left as it is
            pieces += [raw[at:m.start()], char]
            folded += m.start() - at
            self._folded.append(folded)
            folded += len(char)
            self._after.append(folded)
            self._raw.append(m.start())
            self._raw_end.append(m.end())
            if not char:
                self.marks.append((m.start(), m.end(), m.group("opens") is not None))
            at = m.end()
        pieces.append(raw[at:])
        self.raw = raw
        self.text = _WRAP.sub(" ", "".join(pieces).translate(SAME))

    @property
    def same_length(self) -> bool:
        """Whether folding kept every offset (no entity, no emphasis marks)."""
        return not self._raw

    def start(self, i: int) -> int:
        """The offset in `raw` of a span starting at folded offset `i` (after any marks)."""
        k = bisect_right(self._after, i)
        return i if not k else self._raw_end[k - 1] + i - self._after[k - 1]

    def end(self, i: int) -> int:
        """The offset in `raw` of a span ending at folded offset `i` (before any marks)."""
        k = bisect_left(self._folded, i)
        return i if not k else self._raw_end[k - 1] + i - self._after[k - 1]

    def index(self, raw: int) -> int:
        """The folded offset of `raw`'s offset (an entity cut there counts before it)."""
        k = bisect_left(self._raw, raw)
        if not k:
            return raw
        return self._after[k - 1] + max(0, raw - self._raw_end[k - 1])

    def span(self, i: int, j: int, old: str) -> tuple[int, int]:
        """The offsets in `raw` of the folded span i..j of a span whose text was `old`. An
        edge next to emphasis marks takes them when `old` did, or when the span holds their
        other half: "*Putin* said ... *Iran*", not "Putin* said ... *Iran"."""
        start, end = self.start(i), self.end(j)
        first, last = bisect_left(self.marks, (start,)), bisect_left(self.marks, (end,))
        depth = lowest = 0  # the marks inside: closing ones without their opening, ...
        for _, _, opens in self.marks[first:last]:
            depth += 1 if opens else -1
            lowest = min(lowest, depth)
        before = self.marks[first - 1] if first else None
        if before and before[1] == start and before[2] and (
                lowest < 0 or old.startswith(self.raw[before[0]:start])):
            start = before[0]
        after = self.marks[last] if last < len(self.marks) else None
        if after and after[0] == end and not after[2] and (
                depth > lowest or old.endswith(self.raw[end:after[1]])):
            end = after[1]
        return start, end


def fold(text: str) -> str:
    """`text` with its typography folded (see `Folded`)."""
    return Folded(text).text
