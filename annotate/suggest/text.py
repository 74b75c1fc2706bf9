"""Reading an article as news: which lines carry the story, and its words with offsets.

Credit lines ("Additional reporting by ..."), bylines, datelines, contact lines and
subheads are not the story: names in them are the outlet's staff or furniture, and
their words make no events or claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from annotate.article import Article, Segment
from annotate.suggest.words import DAYS, MONTHS

_CREDIT = re.compile(
    r"^\W*(?:(?:additional\s+)?reporting|writing|written|edited|editing|compiled|produced|"
    r"translated|research|graphics?|photos?|images?|video|illustrations?|interviews?)"
    r"(?:\s+and\s+\w+)?\s+(?:by|from)\b|^\W*(?:photo|image|picture|video|illustration|"
    r"source|credit|caption)s?\s*(?::|\|)|^\W*from\s+wiki\w+,\s+the\s+free\b|"
    r"\bcontributed\s+(?:reporting\s+)?to\s+(?:this|the)\s+(?:report|story|article)\b|"
    # the desk's notes on the story itself: "(This story corrects first sentence …)",
    # "(Updates with quotes)", "Correction: …"
    r"^\W*(?:this|the)\s+(?:story|article|report|version)\s+(?:corrects|replaces|refiles|"
    r"(?:has\s+been|was|is)\s+(?:corrected|updated|amended|refiled))\b|"
    r"^\W*(?:updates?|adds|recasts|refiles)\s+(?:with|to\s+add|throughout)\b|"
    r"^\W*(?:corrections?|clarifications?|editor[’']s\s+note)\s*:",
    re.IGNORECASE)
# "By Jane Smith and John Doe, Reuters", "From our correspondent in Varn": names and a few
# words between them; not "By Friday, rescuers had found 12", "From there, the convoy".
_BYLINE = re.compile(r"^\W*(?:[Bb]y|BY|[Ff]rom|FROM)\s+(?!(?:" + "|".join(sorted(DAYS | MONTHS))
                     + r")\b)(?:[A-Z][\w.’'-]*|our)(?:(?:\s+|,\s*|\s*[|/–—-]\s*)(?:[A-Z][\w.’'-]*|"
                     r"and|in|of|for|at|the|our|staff|reporters?|correspondents?|writers?|"
                     r"editors?|news|agencies|&)){0,12}\W*$")
# ... or with no "By": "Staff Correspondent", "Varn Correspondent and Kell Correspondent,
# bdnews24.com", "News Desk | The Star", "Web Desk"
_DESK = r"(?:[A-Z][\w.’'-]*\s+){0,3}(?:Correspondents?|Reporters?|Writers?|Desk|Bureau)"
_BYLINE_BARE = re.compile(rf"^\W*{_DESK}(?:\s*(?:,|and|&)\s*{_DESK})*"
                          r"(?:\s*[,|/–—-]\s*[\w.]+(?:\s+[\w.]+){0,3})?\W*$")
# (whole words: "Telvora said", "Following the vote", "Watchdogs say" are the story)
_CONTACT = re.compile(
    r"^\W*(?:(?:contact|email|e-mail|phone|tel|follow|subscribe|sign up|share this|copyright|"
    r"all rights reserved|read more|related|advertisement|listen|watch|correction)\b|©|"
    # "This article was amended on ...": the outlet's note on its own text
    r"(?:this|an\s+earlier\s+version\s+of\s+this)\s+(?:article|story|report|piece)\s+"
    r"(?:was|has\s+been|is\s+being|said|misstated)\b)", re.IGNORECASE)
# An address, a handle or a number to call: a line of them is furniture, but a sentence of
# the story may hold one ("X tweeted: '... @y'", "the site www.x.org was blocked").
_ADDRESS = re.compile(r"[\w.+-]@[\w-]+\.\w|^\W*@\w|https?://|www\.|\+?\d[\d ()-]{7,}\d")
SHORT_LINE = 100
_DATE_WORD = re.compile(rf"^(?:{'|'.join(sorted(MONTHS | DAYS))}|\d{{1,4}}(?:st|nd|rd|th|am|pm)?|"
                        r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|\d{1,2}[.:]\d\d|"
                        r"am|pm|a\.m\.|p\.m\.|GMT|UTC|[A-Z]{2,4}T|updated|published|posted|"
                        r"last|modified|on|at|,|\||-|–|—|:)$", re.IGNORECASE)
# "BRUSSELS (Reuters) — ", "NEW YORK, Jan 5 (AP) -", "(NEW YORK) — ": the dateline that
# opens a story
# (matched at a line's start: no "^", which matches only at the text's start).
_DATELINE = re.compile(r"(?:[A-Z][A-Z .'’-]{2,40}|\*\*[A-Z][^*\n]{2,60}\*\*|"
                       r"\([A-Z][A-Z .'’-]{2,40}\))"
                       r"(?:,[^()/:\n]{0,40})?\s*(?:\([^)\n]{1,30}\))?"
                       # a press release's wire: "AUSTIN, Texas, March 3, 2025 /PRNewswire/ --"
                       r"(?:\s*/[^/\n]{2,30}/)?\s*(?:[—–-]{1,2}\s+|—(?=[A-Z])|//\s+|_\s+)|"
                       # an American dateline that lost its agency and dash:
                       # "CAPE CANAVERAL, Fla. SpaceX's …"
                       r"[A-Z][A-Z .'’-]{2,40},\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)\s+(?=[A-Z])|"
                       # ... or its agency and dash: "BUENOS AIRES, March 16 Argentina's …"
                       r"[A-Z][A-Z .'’-]{2,40},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                       r"Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+(?=[A-Z])|"
                       # ... or a country in capitals: "TOWNSVILLE, AUSTRALIA Thousands …"
                       r"[A-Z][A-Z .'’-]{2,40},\s+[A-Z][A-Z'’-]{2,30}\s+(?=[A-Z][a-z])|"
                       # ... or its dash: "MONACO (AP) Turkish runner …"
                       r"[A-Z][A-Z .'’-]{2,40}\s*\([A-Z][A-Za-z]{1,11}\)\s*(?=[A-Z][a-z])|"
                       # South Asian papers': "NEW DELHI, MARCH 2: ", "ISLAMABAD: "
                       r"[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s+\d{4})?)?"
                       r"\s*(?:\([^)\n]{1,30}\))?:\s+|"
                       # a wire's date alone: "Dec 11 (Reuters) - "
                       r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
                       r"\d{1,2}(?:,\s+\d{4})?\s*\([^)\n]{1,30}\)\s*[—–-]{1,2}\s+|"
                       # a live blog's time stamp: "14:40 — ", "2.15pm: ", "09:12 GMT - "
                       r"\**\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?\**\s*[—–:-]\s+")
# The first sentence's town before a colon, in title case: "Cairo: A special court …", or
# with a date and an agency: "Washington, Dec 25 (IANS) Several people …"
_TOWN_COLON = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?::|,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                         r"(?:,\s+\d{4})?\s+\([A-Za-z]{2,12}\)(?:\s*[—–-])?|"
                         # "Nairobi — Police said", "Varn, Ky. (WKYT) — A fire", "Atlanta (CNN) --"
                         r"(?:,\s+[A-Z][a-z]{1,4}\.)?(?:\s+\([^)\n]{1,30}\))?\s+(?:[—–]|--))"
                         r"\s+(?=[A-Z])")
# A Markdown image: its words are a caption, no part of the story.
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
# A Markdown list item's or quotation's mark, an interview's "Q:" and "A:": no part of
# the sentence.
_MARK = re.compile(r"(?:[-*+>]|\d{1,2}[.)]|[QA]:)[ \t]+")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
WORD = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[’'&.-]\w+)*")


def _dated(line: str) -> bool:
    """Words of a date and nothing else ("Aug. 14, 2025": an abbreviated month keeps its
    full stop)."""
    words = 0
    for m in _DATE_PIECE.finditer(line):  # (up to the first word of no date: a paragraph of
        # the story is not read through)
        if not (_DATE_WORD.match(m.group()) or _DATE_WORD.match(m.group().rstrip("."))):
            return False
        words += 1
    return words > 0


_DATE_PIECE = re.compile(r"[\w.]+|[,|:–—-]")


# "Geoff Young in Wellington | March 30, 2004": the reporter (where) and the day
_NAME_IN = re.compile(r"[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}(?:\s+in\s+[A-Z][\w.’' -]{1,40})?")


def is_furniture(line: str) -> bool:
    """A line that is not the story: a credit, byline, dateline, contact line or date."""
    stripped = line.strip()
    if not stripped or _IMAGE.fullmatch(stripped):
        return True
    # (the length first: a paragraph of the story is longer, and its searches were most of
    # the time the story's lines took)
    if len(stripped) < 160 and (_CREDIT.search(stripped) or _BYLINE.match(stripped)
                                or _BYLINE_BARE.match(stripped)):
        return True
    if (len(stripped) < 200 and _CONTACT.search(stripped)) or \
            (len(stripped) < SHORT_LINE and _ADDRESS.search(stripped)):
        return True
    who, bar, when = stripped.partition("|")
    return bool(bar) and _dated(when) and bool(_NAME_IN.fullmatch(who.strip())) or \
        _dated(stripped)


def is_subhead(line: str, first: bool) -> bool:
    """A short line in capitals, or in Title Case without a full stop, inside the story."""
    stripped = line.strip().lstrip("#").strip()
    if first or not stripped or len(stripped) > 80:
        return False
    if re.match(r"\s*#{1,6}\s", line):
        return True  # a Markdown heading: "## Evacuations" (not "#MeToo grew")
    if stripped[-1] in ".?!:;,\"”’)":
        return False
    letters = [c for c in stripped if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    words = stripped.split()
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 2 and capitals >= 0.7 * len(words)


def first_letters(alternatives: str) -> str:
    """`alternatives` ("more|less|led\\s+to") as one group that looks at their first letters
    before trying them. The regex engine skips an alternative by its first letter only when
    case counts: case-blind, it tries each word in turn at every word of the text, and a
    sentence's search for forty words took twice as long. Each alternative opens with a
    letter, not optional (the letters of one nested in a group are taken too: a letter more
    than needed only costs a try)."""
    return f"(?=[{opening_letters(alternatives)}])(?:{alternatives})"


def opening_letters(alternatives: str) -> str:
    """The letters that `alternatives` open with, for a character class (`first_letters`)."""
    alts = alternatives.split("|")
    if not all(a[:1].isalpha() and a[1:2] not in ("?", "*", "{") for a in alts):
        raise ValueError(f"an alternative opens with no letter: {alternatives!r}")
    return "".join(sorted({a[0] for a in alts}))


class Token(NamedTuple):  # a tuple: thousands are made per article, quickly
    text: str
    start: int
    end: int
    initial: bool  # the first word of its sentence (capitalised by position)


def tokens(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    for m in WORD.finditer(text, start, end):
        word, at = m.group(), m.start()
        if "." in word[:-1] and (joined := _JOINED.search(word)):
            out.append(Token(word[:joined.start()], at, at + joined.start(), not out))
            word, at = word[joined.end():], at + joined.end()  # "Kelda.Reuters reports"
        if word[-1] == "." and not _INITIALS.fullmatch(word):
            word = word[:-1]
        out.append(Token(word, at, at + len(word), not out))
    return out


# A full stop with no space after it, between two words: "the state of Kelda.Reuters
# reports" (not "Space.com", "U.S.", "St.")
_JOINED = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z]{2})")  # (not "News.Az")


@lru_cache(maxsize=4)
def word_starts(text: str) -> dict[str, list[int]]:
    """Where each word (a run of \\w) starts: asking it is not reading the whole text again,
    which for each name of a long article made the time grow with its square."""
    starts: dict[str, list[int]] = defaultdict(list)
    for m in re.finditer(r"\w+", text):
        starts[m.group()].append(m.start())
    return starts


def places_of(text: str, word: str) -> list[int]:
    """Where `word` stands as a whole word (no word character either side)."""
    if re.fullmatch(r"\w+", word):
        return word_starts(text).get(word, [])
    if (first := _FIRST_WORD.match(word)) is not None:  # "Kelda Heavy Industries": where
        # its first word stands, not a search of the whole text
        return [at for at in word_starts(text).get(first.group(), [])
                if text.startswith(word, at) and not _WORD_CHAR.match(text, at + len(word))]
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]


_FIRST_WORD = re.compile(r"\w+(?=\W)")
_WORD_CHAR = re.compile(r"\w")


def inside(spans: list[tuple[int, int, str, str]], starts: list[int], start: int, end: int,
           ) -> list[tuple[int, int, str, str]]:
    """The spans (sorted, with `starts` their start offsets) that lie within start..end."""
    return [m for m in spans[bisect_left(starts, start):bisect_left(starts, end)] if m[1] <= end]


@dataclass(frozen=True)
class Story:
    """The sentences that carry the story (title left out), dateline prefixes cut off."""

    sentences: list[Segment]
    skipped: list[tuple[int, int]]  # offsets of furniture lines, sorted: no mentions there
    words: list[list[Token]]  # each sentence's words (names and triggers both read them)

    def furniture(self, pos: int) -> bool:
        """Whether the character at `pos` is on a skipped line (by bisection: a long
        article has thousands of them, and every name asks)."""
        i = bisect_right(self.skipped, (pos, 1 << 62)) - 1
        return i >= 0 and pos < self.skipped[i][1]


def _headline_over_dateline(art: Article, seg: Segment) -> re.Match[str] | None:
    """The dateline opening the second line of a sentence whose first line ends with no
    full stop (a headline the segmenter ran on into the story), or None."""
    nl = art.text.find("\n", seg.start, seg.end)
    if nl < 0 or art.text[nl - 1] in ".!?\"”":
        return None
    return _DATELINE.match(art.text, nl + 1, seg.end)


def title_sentence(art: Article, seg: Segment) -> bool:
    """Whether the sentence is the article's title (with the date line under it, if any)."""
    line = art.text[seg.start:seg.end].partition("\n")[0]
    return line.lstrip("# ").strip() == art.title


_stories: dict[str, Story] = {}


def story(art: Article) -> Story:
    """The article's story (remembered for the last few texts: every pass asks again)."""
    found = _stories.get(art.sha256)
    if found is None:
        if len(_stories) >= 8:
            _stories.pop(next(iter(_stories)))
        found = _stories[art.sha256] = _story(art)
    return found


# A heading over links to other stories ("Related news", "See also"), and one over the
# page's last sections ("Sources", "External links"): what follows is no part of the story.
_LINKS_HEADING = re.compile(r"\W*(?:related(?:\s+(?:news|stories|articles|coverage|links))?|"
                            r"see\s+also|read\s+more|more\s+on\s+this\s+story|further\s+"
                            r"reading)\s*:?\s*", re.IGNORECASE)
_SUMMARY_HEADING = re.compile(r"\W*(?:key\s+points|highlights|in\s+brief|at\s+a\s+glance|"
                              r"what\s+we\s+know(?:\s+so\s+far)?|the\s+latest|in\s+short|"
                              r"summary)\s*:?\W*", re.IGNORECASE)
_BULLET = re.compile(r"\s*(?:[-*+•·▪]|\d{1,2}[.)])\s")
_LAST_HEADING = re.compile(r"\W*(?:sources?|references|external\s+links|bibliography)\s*:?\s*",
                           re.IGNORECASE)


def _story(art: Article) -> Story:
    skipped: list[tuple[int, int]] = []
    pos = 0
    links = False  # under "Read more:" or "Related:": headlines of other stories
    last = False  # under "Sources" or "External links": the page's end
    summary = False  # the bullets under "Key points:": the story told again, in short
    for number, line in enumerate(art.text.split("\n")):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        is_title = number == 0 and art.title is not None
        last = last or (not is_title and _LAST_HEADING.fullmatch(line) is not None)
        links = links and line.rstrip()[-1] not in ".?!\"”"
        summary = _SUMMARY_HEADING.fullmatch(line) is not None or (
            summary and _BULLET.match(line) is not None)
        if not is_title and (last or links or summary or is_furniture(line)
                             or is_subhead(line, number == 0)):
            skipped.append((start, end))
            links = links or (_CONTACT.search(line) is not None and line.rstrip()[-1] == ":") \
                or _LINKS_HEADING.fullmatch(line) is not None
    sentences: list[Segment] = []
    datelines: list[tuple[int, int]] = []
    for seg in art.sentences:
        if art.title and seg.number == 1 and title_sentence(art, seg):
            continue
        # (a sentence the segmenter ran over several lines: "Read more:" and a headline)
        first = seg.start
        at = bisect_right(skipped, (first, 1 << 62)) - 1  # (lines come in order)
        while at >= 0 and at < len(skipped) and skipped[at][0] <= first < skipped[at][1] + 1:
            first = skipped[at][1] + 1
            while first < seg.end and art.text[first].isspace():
                first += 1
            at += 1
        if first >= seg.end:
            continue
        # (and one run on into furniture: a headline and the date line under it)
        stop = seg.end
        after = bisect_right(skipped, (first, 1 << 62))
        if after < len(skipped) and skipped[after][0] < stop:
            stop = skipped[after][0]
            while stop > first and art.text[stop - 1].isspace():
                stop -= 1
        if (first, stop) != (seg.start, seg.end):
            seg = Segment(seg.number, first, stop)
        # Only a sentence that starts a line can open with a dateline (looking back for
        # the line's start with rfind was quadratic on an article that is one line).
        at_line_start = seg.start == 0 or art.text[seg.start - 1] == "\n"
        mark = _MARK.match(art.text, seg.start) if at_line_start else None
        dateline = (_DATELINE.match(art.text, mark.end() if mark else seg.start) or (
            None if sentences else _TOWN_COLON.match(art.text, seg.start))) \
            if at_line_start else None
        start = dateline.end() if dateline else mark.end() if mark else seg.start
        if not (dateline or sentences) and (headline := _headline_over_dateline(art, seg)):
            # ("Explosives attack kills three\nGUADALAJARA, Mexico - Three police…": a
            # headline with no full stop ran on into the dateline's line)
            sentences.append(Segment(seg.number, seg.start, headline.start() - 1))
            datelines.append((headline.start(), headline.end()))
            start = headline.end()
        if start < seg.end:
            sentences.append(Segment(seg.number, start, seg.end))
            if dateline:
                datelines.append((seg.start, start))
    return Story(sentences, sorted(skipped + datelines),
                 [tokens(art.text, s.start, s.end) for s in sentences])
