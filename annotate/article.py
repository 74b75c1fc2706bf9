"""The article: loaded once, normalised once, segmented into paragraphs and sentences.

Offsets everywhere are Unicode code points into `Article.text` (line endings already
`\\n`), start inclusive, end exclusive.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from annotate.errors import AnnotateError
from annotate.textfile import read_utf8

# Words that end in a period without ending the sentence ("Prime Minister Dr. X").
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st gen gov sen rep lt col capt sgt maj adm rev hon pres supt no
nos vs etc e.g i.e inc ltd co corp dept est jan feb mar apr jun jul aug sep sept oct nov
dec mt ft approx cf al fig vol pp p ca
""".split())

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A terminator, any closing quotes/brackets, whitespace, then something that can open
# a sentence (an opening quote or bracket, a capital letter or a digit).
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[^\W_a-z])")
_INITIALS = re.compile(r"^[(\"“]?(?:[A-Za-z]\.)*[A-Za-z]$")
_MD_HEADING = re.compile(r"^#{1,6}\s+")


@dataclass(frozen=True, slots=True)  # slots: a 50 MB article has ~500k sentences
class Segment:
    """A paragraph or sentence: 1-based number and its offsets."""

    number: int
    start: int
    end: int


@dataclass
class Article:
    path: Path
    text: str
    sha256: str
    title: str | None
    paragraphs: list[Segment] = field(repr=False)
    sentences: list[Segment] = field(repr=False)

    @property
    def length(self) -> int:
        return len(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Segment:
        """The sentence holding `offset` (or the nearest one before it)."""
        index = max(0, bisect_right(self._sentence_starts, offset) - 1)
        return self.sentences[index]

    def sentence(self, number: int) -> Segment:
        if not 1 <= number <= len(self.sentences):
            raise AnnotateError(f"there is no sentence {number}; the article has "
                                f"{len(self.sentences)} sentences", self.path)
        return self.sentences[number - 1]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a code-point offset."""
        line = self.text.count("\n", 0, offset) + 1
        column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, column


def normalise(text: str) -> str:
    """Drop a BOM and turn CRLF / CR line endings into LF: the only change ever made."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_text(path: Path | str) -> str:
    """Read an article file as normalised UTF-8, or raise a one-sentence AnnotateError."""
    path = Path(path)
    text = read_utf8(path, "article", refuse_binary=True)
    text = normalise(text)
    if not text.strip():
        raise AnnotateError("the article is empty", path)
    return text


def load(path: Path | str) -> Article:
    path = Path(path)
    return from_text(read_text(path), path)


def from_text(text: str, path: Path | str = "<text>") -> Article:
    text = normalise(text)
    paragraphs = _paragraphs(text)
    sentences: list[Segment] = []
    for para in paragraphs:
        for start, end in _sentences(text, para.start, para.end):
            sentences.append(Segment(len(sentences) + 1, start, end))
    return Article(Path(path), text, sha256(text), _title(text, paragraphs), paragraphs, sentences)


def _paragraphs(text: str) -> list[Segment]:
    spans: list[Segment] = []
    pos = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            start = pos + lead
            stop = pos + len(chunk.rstrip())
            spans.append(Segment(len(spans) + 1, start, stop))
        if match:
            pos = match.end()
    return spans


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    para = text[start:end]
    # A Markdown heading or list item on its own line is its own sentence.
    if "\n" in para and any(_MD_HEADING.match(line) or line.lstrip()[:2] in ("- ", "* ")
                            for line in para.split("\n")):
        out: list[tuple[int, int]] = []
        offset = start
        for line in para.split("\n"):
            if line.strip():
                out.extend(_sentences(text, offset, offset + len(line)))
            offset += len(line) + 1
        return out
    cuts = [start]
    previous = 0
    for match in _BOUNDARY.finditer(para):
        # The word before the terminator, read backwards from it: whitespace follows
        # every earlier boundary, so this never reads past the previous one (searching
        # from the paragraph's start made a long paragraph quadratic).
        word_start = match.start()
        while word_start > previous and not para[word_start - 1].isspace():
            word_start -= 1
        previous = match.end()
        if para[match.start()] == "." and _is_abbreviation(para[word_start:match.start()]):
            continue
        cuts.append(start + match.end())
    cuts.append(end)
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        s, e = a + lead, a + len(chunk.rstrip())
        if e > s:
            out.append((s, e))
    return out


def _is_abbreviation(word: str) -> bool:
    """'U.N.' 'J.' 'Dr.': a period that does not end the sentence."""
    bare = word.lstrip("(\"“‘'")
    return bool(_INITIALS.match(bare)) or bare.lower() in ABBREVIATIONS


def _title(text: str, paragraphs: list[Segment]) -> str | None:
    """The first line is the title when it stands alone and does not read like a sentence."""
    if len(paragraphs) < 2:
        return None
    first = text[paragraphs[0].start:paragraphs[0].end]
    if "\n" in first or len(first) > 200:
        return None
    heading = _MD_HEADING.match(first)
    if heading:
        return first[heading.end():].strip() or None
    if first.rstrip().endswith((".", ",", ";", ":")):
        return None
    return first.strip()
