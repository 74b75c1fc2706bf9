"""The article: loaded once, normalised once, segmented into paragraphs and sentences.

Offsets everywhere are Unicode code points into `Article.text` (line endings already
`\\n`), start inclusive, end exclusive.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import overload

from annotate.errors import AnnotateError, UsageError
from annotate.textfile import read_utf8
from annotate.visible import counted

# Words that end in a period without ending the sentence ("Prime Minister Dr. X").
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sr jr st gen gov sen rep lt col capt sgt maj adm rev hon pres supt no
nos vs etc e.g i.e inc ltd co corp dept est jan feb mar apr jun jul aug sep sept oct nov
dec mt ft approx cf al fig vol pp p ca coun cllr det insp cpl cmdr cdr comdr brig pvt
""".split())

# The states' abbreviations of American datelines ("ST. LOUIS, Mo. (AP) —"), capitalised:
# "taken ill." ends a sentence.
STATES = frozenset("""Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass
Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo""".split())

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A terminator, any closing quotes/brackets, whitespace, then something that can open
# a sentence (an opening quote or bracket, a capital letter or a digit).
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?(?:\*\*?|__?)?[^\W_a-z])")
_INITIALS = re.compile(r"^[(\"“]?(?:[A-Za-z]\.)*[A-Za-z]$")
# "closed at 10 p.m. Turnout was", "after 3 a.m. “The people have spoken”": the time ends
# the sentence, unless a day, a month or a time zone goes on with it ("3 a.m. Friday")
_CLOCK_THEN_SENTENCE = re.compile(
    r"[ap]\.m\.\s+(?:[\"“‘]|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|"
    r"May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|"
    r"MST|MDT|PST|PDT|ET|PT|CT|AEST|AEDT|IST|JST|Eastern|Central|Pacific|Mountain|local|"
    r"Greenwich)\b)[A-Z])")
# "… Bank of Norland Corp. Unknown to its customers, …": a firm's name ends the sentence
# when a word of a sentence follows it (not "X Corp. Chief Executive Y")
_FIRM_THEN_SENTENCE = re.compile(r"(?:Inc|Ltd|Co|Corp|Plc|PLC|LLC)\.\s+(?:[\"“‘]|[A-Z][a-z]*\s+"
                                 r"(?!(?:and|of|for|de|del|&)\b)[a-z])")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
# A Markdown heading or list item: `# ...` or `- ...` / `* ...` after any indent (a
# line's own whitespace, never its line break).
_MD_LINE = re.compile(r"#{1,6}[^\S\n]|[^\S\n]*[-*] ")
_MD_LATER_LINE = re.compile(r"\n(?:#{1,6}[^\S\n]|[^\S\n]*[-*] )")
_NON_SPACE = re.compile(r"\S")


@dataclass(frozen=True, slots=True)
class Segment:
    """A paragraph or sentence: 1-based number and its offsets."""

    number: int
    start: int
    end: int


class Segments(Sequence[Segment]):
    """The paragraphs or sentences of an article: a read-only sequence of `Segment`s kept
    as two arrays of offsets (16 bytes a segment). A 50 MB article of short sentences has
    millions of them; as objects they took ~150 bytes each. A `Segment` is made only when
    one is asked for, and a slice is a view of the same arrays (numbers kept)."""

    __slots__ = ("_starts", "_ends", "_range")

    def __init__(self, starts: array[int], ends: array[int],
                 indices: range | None = None) -> None:
        self._starts = starts
        self._ends = ends
        self._range = range(len(starts)) if indices is None else indices

    def __len__(self) -> int:
        return len(self._range)

    @overload
    def __getitem__(self, index: int) -> Segment: ...
    @overload
    def __getitem__(self, index: slice) -> Segments: ...
    def __getitem__(self, index: int | slice) -> Segment | Segments:
        if isinstance(index, slice):
            return Segments(self._starts, self._ends, self._range[index])
        i = self._range[index]  # negative indices and IndexError as a list has them
        return Segment(i + 1, self._starts[i], self._ends[i])

    def __iter__(self) -> Iterator[Segment]:
        r = self._range
        if r.step < 0:
            return (self[i] for i in range(len(r)))
        return map(Segment, range(r.start + 1, r.stop + 1, r.step),
                   islice(self._starts, r.start, r.stop, r.step),
                   islice(self._ends, r.start, r.stop, r.step))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Segments):
            return len(self) == len(other) and all(map(Segment.__eq__, self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal by value, like a list

    def __repr__(self) -> str:
        return f"<{len(self)} segments>"

    def index_at(self, offset: int) -> int:
        """The index of the segment holding `offset` (or of the nearest one before it;
        0 when it is before them all). Segments are in order and do not overlap."""
        r = self._range
        if r.step != 1:
            raise ValueError("index_at needs a slice of segments in order, without gaps")
        return max(0, bisect_right(self._starts, offset, r.start, r.stop) - r.start - 1)

    def at(self, offset: int) -> Segment:
        """The segment holding `offset` (or the nearest one before it)."""
        return self[self.index_at(offset)]

    @classmethod
    def of(cls, spans: Iterator[tuple[int, int]]) -> Segments:
        starts, ends = array("q"), array("q")
        for start, end in spans:
            starts.append(start)
            ends.append(end)
        return cls(starts, ends)


@dataclass
class Article:
    path: Path
    text: str
    sha256: str
    title: str | None
    paragraphs: Segments = field(repr=False)
    sentences: Segments = field(repr=False)

    @property
    def length(self) -> int:
        return len(self.text)

    def sentence_at(self, offset: int) -> Segment:
        """The sentence holding `offset` (or the nearest one before it)."""
        return self.sentences.at(offset)

    def sentences_of(self, start: int, end: int) -> tuple[int, int]:
        """Where the sentence(s) holding start..end begin and end (never inside the span)."""
        last = self.sentence_at(max(start, end - 1))
        return min(self.sentence_at(start).start, start), max(last.end, end)

    def sentence(self, number: int) -> Segment:
        if not 1 <= number <= len(self.sentences):
            raise AnnotateError(f"there is no sentence {number}; the article has "
                                f"{counted(len(self.sentences), 'sentence')}", self.path)
        return self.sentences[number - 1]

    def splits(self, offset: int) -> bool:
        """Whether a span edge at `offset` would cut a character as a reader sees it: an
        accent or a variation selector stored apart from its letter, either side of a
        zero-width joiner, a skin tone from its emoji, or half a flag. Such a span is not
        the words it shows, and token-based formats (CoNLL, Prodigy, spaCy) cannot hold it."""
        return splits(self.text, offset)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a code-point offset."""
        line = self.text.count("\n", 0, offset) + 1
        column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, column


def splits(text: str, offset: int) -> bool:
    """`Article.splits`, for any text."""
    if not 0 < offset < len(text):
        return False
    here, before = text[offset], text[offset - 1]
    if unicodedata.category(here).startswith("M") or _JOINER in (here, before) or \
            "\U0001F3FB" <= here <= "\U0001F3FF" or "\U000E0020" <= here <= "\U000E007F":
        return True  # an accent; a joiner; a skin tone; a subdivision flag's tag letters
    if not (_flag_half(here) and _flag_half(before)):
        return False
    run = offset  # regional indicators pair up from the first: "🇺🇦" is one flag
    while run > 0 and _flag_half(text[run - 1]):
        run -= 1
    return (offset - run) % 2 == 1


_JOINER = "\u200d"


def _flag_half(char: str) -> bool:
    return "\U0001F1E6" <= char <= "\U0001F1FF"


def normalise(text: str) -> str:
    """Drop a BOM and turn CRLF / CR line endings into LF: the only change ever made."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sha256(text: str) -> str:
    """The SHA-256 of the text's UTF-8, encoded a piece at a time: encoding a 50 MB
    article at once held a second copy of it."""
    digest = hashlib.sha256()
    for at in range(0, len(text), _PIECE):
        digest.update(text[at:at + _PIECE].encode("utf-8"))
    return digest.hexdigest()


_PIECE = 1 << 20


def read_text(path: Path | str) -> str:
    """Read an article file as normalised UTF-8, or raise a one-sentence AnnotateError."""
    path = Path(path)
    if path.name.endswith(".ann.yaml"):  # sidecar.SUFFIX (sidecar imports this module)
        # Tagging a sidecar would annotate its YAML in a new `.ann.ann.yaml` beside it.
        named = _annotated(path)
        raise UsageError("is a sidecar, not an article; name the article it annotates"
                         + (f" ({named})" if named else ""), path)
    return checked(normalise(read_utf8(path, "article", refuse_binary=True)), path)


def checked(text: str, path: Path) -> str:
    """`text` (normalised), or the AnnotateError that reading it from `path` would give:
    an empty article, or a web page's markup (`ingest` checks the text it is about to
    write)."""
    if not text or text.isspace():  # (text.strip() copied a 50 MB article to find out)
        raise AnnotateError("the article is empty", path)
    if text[:1024].lstrip().lower().startswith(("<!doctype html", "<html")):
        # Its offsets would count markup, and every tag would be offered as words.
        raise AnnotateError("is a web page (HTML), not an article's text; turn it into one "
                            "with `annotate ingest FILE -o FOLDER`", path)
    return text


_DOCUMENT_PATH = re.compile(r"^document:\s*\n(?:[ \t]+.*\n)*?[ \t]+path:[ \t]*['\"]?([^'\"\n]+)",
                            re.MULTILINE)


def _annotated(sidecar: Path) -> str:
    """The article a sidecar names (`document.path`, beside it), read from its first lines
    without parsing the YAML; "" when it names none that exists."""
    try:
        with sidecar.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return ""
    found = _DOCUMENT_PATH.search(head)
    if found is None:
        return ""
    named = found.group(1).strip()
    article = sidecar.parent / named
    return str(article) if article.is_file() else ""


def load(path: Path | str) -> Article:
    path = Path(path)
    return from_text(read_text(path), path)


def from_text(text: str, path: Path | str = "<text>") -> Article:
    text = normalise(text)
    paragraphs = Segments.of(_paragraphs(text))
    sentences = Segments.of(span for para in paragraphs
                            for span in _sentence_spans(text, para.start, para.end))
    return Article(Path(path), text, sha256(text), _title(text, paragraphs), paragraphs, sentences)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for match in chain(_PARAGRAPH_BREAK.finditer(text), [None]):
        end = match.start() if match else len(text)
        yield from _trimmed(text, pos, end)
        if match:
            pos = match.end()


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of the paragraph text[start:end], as (start, end) offsets."""
    return list(_sentence_spans(text, start, end))


def _sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentences of text[start:end], yielded as found. Every search is bounded by
    offsets into `text` (a pattern's pos and endpos): a paragraph of 50 MB is neither
    copied nor split into lines nor held as a list of millions of cuts."""
    # A Markdown heading or list item on its own line is its own sentence.
    if _has_markdown_lines(text, start, end):
        line = start
        while line <= end:
            stop = text.find("\n", line, end)
            stop = end if stop < 0 else stop
            if _NON_SPACE.search(text, line, stop):
                yield from _sentence_spans(text, line, stop)
            line = stop + 1
        return
    cut = previous = start
    for match in _BOUNDARY.finditer(text, start, end):
        # The word before the terminator, read backwards from it: whitespace follows
        # every earlier boundary, so this never reads past the previous one (searching
        # from the paragraph's start made a long paragraph quadratic).
        word_start = match.start()
        while word_start > previous and not text[word_start - 1].isspace():
            word_start -= 1
        previous = match.end()
        if text[match.start()] == "." and _is_abbreviation(text[word_start:match.start()]) \
                and not _CLOCK_THEN_SENTENCE.match(text, word_start, min(end, match.end() + 40)) \
                and not (_FIRM_THEN_SENTENCE.match(text, word_start, min(end, match.end() + 40))
                         and not _COUNTY.search(text, max(start, word_start - 20), match.start())) \
                and not _ON_X.search(text, max(start, word_start - 5), match.start()):
            continue
        yield from _trimmed(text, cut, match.end())
        cut = match.end()
    yield from _trimmed(text, cut, end)


def _has_markdown_lines(text: str, start: int, end: int) -> bool:
    """Whether a line of text[start:end] (split at LF only) is a Markdown heading or list
    item. `^` does not match at a search's pos, so the first line is matched on its own."""
    return text.find("\n", start, end) >= 0 and bool(
        _MD_LINE.match(text, start, end) or _MD_LATER_LINE.search(text, start, end))


def _trimmed(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """text[a:b] without the whitespace around it (what str.strip() removes: `\\s` is
    the same set), unless nothing is left; nothing is copied."""
    first = _NON_SPACE.search(text, a, b)
    if first is None:
        return
    e = b
    while text[e - 1].isspace():
        e -= 1
    yield first.start(), e


# "… she wrote on X. Moscow condemned it": the social network, no initial.
_ON_X = re.compile(r"\b(?:on|via)\sX$")
# "from Naas, Co. Kildare", "born in Co. Kildare in 1960": a county, not a firm's "Co."
# (which follows the firm's name: "Ford Motor Co. Analysts said")
_COUNTY = re.compile(r"(?:^|[,(]\s*|\b[a-z]+\s+)Co$")


def _is_abbreviation(word: str) -> bool:
    """'U.N.' 'J.' 'Dr.': a period that does not end the sentence."""
    bare = word.lstrip("(\"“‘'")
    # ("Lambert-St. Louis": the abbreviation ends a hyphenated word)
    return bool(_INITIALS.match(bare)) or bare.rsplit("-", 1)[-1].lower() in ABBREVIATIONS \
        or bare in STATES


# A date line: "Aug. 14, 2025", "Tuesday 9 September 2025", "2025-08-14", "12 March 2025
# 10:30 GMT"
_DATE_LINE = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s*)?\d{4}|\d{4}-\d\d-\d\d)(?:,?\s+\d{1,2}[.:]\d\d\s*"
    r"(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?", re.IGNORECASE)


def _title(text: str, paragraphs: Sequence[Segment]) -> str | None:
    """The first line is the title when it stands alone (or over a date line) and does not
    read like a sentence."""
    if len(paragraphs) < 2:
        return None
    first = text[paragraphs[0].start:paragraphs[0].end]
    if "\n" in first:
        first, _, rest = first.partition("\n")
        if "\n" in rest or not _DATE_LINE.fullmatch(rest.strip()):
            return None
    if len(first) > 200:
        return None
    heading = _MD_HEADING.match(first)
    if heading:
        return first[heading.end():].strip() or None
    if first.rstrip().endswith((".", ",", ";", ":")):
        return None
    return first.strip()
