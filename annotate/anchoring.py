"""Re-anchoring spans after the article text changed: `plan` first, `apply` second.

The old text is gone; what is left is the new text and, for each span, its old offsets,
its text and up to 32 characters of context on each side (`prefix`/`suffix`). Spans are
placed in three steps:

1. its whole needle (prefix + text + suffix) is still at its offsets, and only there:
   `exact`. These spans are the landmarks.
2. its whole needle occurs once anywhere (context cut at a paragraph break counts if the
   new text breaks there too); or, failing that, its text with one side of context, or a
   long text alone -- provided no copy of the text with intact context sits where the
   span should be (between its neighbouring landmarks) -- unless the whole needle moved
   exactly like the landmark on one side and no copy sits where the other side's puts
   it. Whole needles are tried twice: spans moved by the first try are landmarks for the
   second. A move out of that range (a moved paragraph) or on the weaker evidence must be
   backed by spans moved by the same amount (EVIDENCE characters, or a quarter of a short
   paragraph for a whole needle): a short repeated passage is not a moved paragraph.
3. candidates between the landmarks around the span: occurrences of its text, and
   approximate quotes held by intact context, scored on quote and context. One side of
   context must be intact (or most of both; or, for its exact text where no candidate has
   that, both sides nearly intact); an approximate quote held on one side only
   must also start and end like the old one. A quote not held on both sides may not
   overlap the matched text of a landmark that moved by another amount (that text came
   from elsewhere: a deleted sentence's near twin is not its new place). Then
   `moved`/`exact`/`fuzzy`, or `ambiguous` when two places fit about equally, or
   `orphaned`.

A short quote alone never moves a span. Orphaning beats guessing: a span silently
attached to the wrong words is worse than one a person is asked to re-tag.

All of this compares text with its typography folded (`typography.Folded`): curly and
straight quotes, dashes, non-breaking and other spaces, and a line break inside a paragraph
(a re-wrap) count as the same; so do an HTML entity and its character (`&#8217;` and `’`)
and a word with and without Markdown emphasis (`*Putin*`), when folding those finds more
of the spans' context about where it was (see `_folding`). A newsroom's CMS or a
person's editor changes these all through an article, and with them the stored context of
nearly every short span. A span whose words changed only so is `fuzzy` (its text is
updated) -- never `exact`.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from rapidfuzz.distance import Levenshtein

from annotate.article import Article
from annotate.model import CONTEXT_CHARS, DEFAULT_MIN_SCORE, Annotations, Claim, Span
from annotate.typography import DASHES, Folded, fold

EXACT, MOVED, FUZZY, AMBIGUOUS, ORPHANED = "exact", "moved", "fuzzy", "ambiguous", "orphaned"
STATUSES = (EXACT, MOVED, FUZZY, AMBIGUOUS, ORPHANED)
PLACED = (EXACT, MOVED, FUZZY)

MAX_EDIT = 0.3  # an approximate quote differs from the old one by at most 30% of its length
MARGIN = 0.05  # two candidates closer than this in score make the span ambiguous
NEAR = 256  # how far around the expected place a rival copy of a quote is looked for
CAP = 200  # occurrences considered per search, so a common word stays cheap
SUPPORT = 1000  # how far (old offsets) the evidence for a move is gathered
EVIDENCE = 96  # characters of old text that must have moved together (see _supported)
SLACK = 64  # see _Anchorer._expected
MIN_SIDE = 16  # context shorter than this (at the edge of the text) is not evidence alone
LONG_QUOTE = 32  # a quote (or quote and context) this long that occurs once is evidence
NEAR_SIDE = 0.2  # a side of context with at most this much changed is near (see _both_near)

JsonPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Placement:
    """Where one span goes: new offsets and text when placed, None otherwise."""

    path: JsonPath
    old: Span
    status: str
    start: int | None = None
    end: int | None = None
    text: str | None = None
    score: float = 0.0  # 1.0 for a whole quote-with-context match; best seen when not placed

    @property
    def placed(self) -> bool:
        return self.status in PLACED


@dataclass
class Plan:
    placements: list[Placement]
    sha256: str
    length: int
    min_score: float = DEFAULT_MIN_SCORE

    def counts(self) -> dict[str, int]:
        found = Counter(p.status for p in self.placements)
        return {status: found[status] for status in STATUSES if found[status]}

    @property
    def complete(self) -> bool:
        """Every span placed (nothing orphaned or ambiguous)."""
        return all(p.placed for p in self.placements)

    def changes(self) -> list[Placement]:
        """The placements that are not simply `exact`."""
        return [p for p in self.placements if p.status != EXACT or p.old.orphaned]


def plan(annotations: Annotations, article: Article,
         min_score: float = DEFAULT_MIN_SCORE) -> Plan:
    """Where every span of `annotations` goes in `article` (nothing is changed)."""
    return Plan(_placements(list(annotations.spans()), article, annotations.document.length,
                            min_score, _unchanged(annotations, article)),
                article.sha256, article.length, min_score)


def _unchanged(annotations: Annotations, article: Article) -> bool:
    """The article is the very text the spans were made on (its hash is the sidecar's)."""
    return (annotations.document.sha256, annotations.document.length) == \
        (article.sha256, article.length)


def _placements(spans: list[tuple[JsonPath, Span]], article: Article, old_length: int,
                min_score: float, unchanged: bool = False) -> list[Placement]:
    # In the text they were made on, spans at their offsets stay there, however often
    # their words and context repeat (a repeated passage made them all ambiguous, then
    # orphaned); the others (offsets typed by hand) are looked for.
    here = {_key(s) for _, s in spans
            if unchanged and s.text and article.text[s.start:s.end] == s.text}
    # A span that ends where or before it starts (an end typed by hand) is looked for by
    # its text from where it starts.
    given = {_key(s): replace(s, end=s.start + len(s.text)) if s.end <= s.start else s
             for _, s in sorted(spans, key=lambda ps: (ps[1].start, ps[1].end))
             if _key(s) not in here}
    new, sought = _folding(given, article.text, old_length)
    found = _Anchorer(new.text, old_length, min_score).run(list(sought.values()))
    return [Placement(path, span, EXACT, span.start, span.end, span.text, 1.0)
            if _key(span) in here else
            Placement(path, span, *_unfolded(found[_key(sought[_key(span)])],
                                             given[_key(span)], new))
            for path, span in spans]


# The far ends of a whole context may cut an entity or a run of emphasis marks, which then
# folds otherwise than in the text: the end of one at its start, the start of one at its end.
_CUT_HEAD = re.compile(r"^(?:[#\w]{0,8};|[*_]+)")
_CUT_TAIL = re.compile(r"(?:&[#\w]{0,8}|[*_]+)$")


@dataclass(frozen=True)
class _Sought:
    """A span as it is looked for: its old offsets, and its text and context folded (`end`
    is `start` plus the folded text's length); whether a side of its context was cut short
    by an edge of the old text."""

    start: int
    end: int
    text: str
    prefix: str | None
    suffix: str | None
    pre_edge: bool = False
    suf_edge: bool = False


def _sought(span: Span, old_length: int, shorten: bool = True) -> _Sought:
    """The span folded, its text and context together (an emphasis mark is told by what is
    on both sides of it). A whole context loses what its far end cut (see _CUT_HEAD), and a
    line break alone there: it was half of a paragraph break or a wrapped line, and which
    one is not known. (A context cut short by the text's edge keeps it: it is the edge.)"""
    pre, suf = span.prefix, span.suffix
    head, tail = pre or "", suf or ""
    if len(head) == CONTEXT_CHARS and shorten:
        head = _CUT_HEAD.sub("", head)
    if len(tail) == CONTEXT_CHARS and shorten:
        tail = _CUT_TAIL.sub("", tail)
    whole = Folded(head + span.text + tail, shorten)
    cut = whole.index(len(head)), whole.index(len(head) + len(span.text))
    head, text, tail = whole.text[:cut[0]], whole.text[cut[0]:cut[1]], whole.text[cut[1]:]
    if len(pre or "") == CONTEXT_CHARS and head[:1] == "\n" and head[1:2] != "\n":
        head = head[1:]
    if len(suf or "") == CONTEXT_CHARS and tail[-1:] == "\n" and tail[-2:-1] != "\n":
        tail = tail[:-1]
    return _Sought(span.start, span.start + len(text), text,
                   None if pre is None else head, None if suf is None else tail,
                   pre is not None and len(pre) < CONTEXT_CHARS and span.start == len(pre),
                   suf is not None and len(suf) < CONTEXT_CHARS and
                   span.end + len(suf) == old_length)


def _folding(given: dict[tuple, Span], text: str,
             old_length: int) -> tuple[Folded, dict[tuple, _Sought]]:
    """The new text and the spans folded: one character for one, or with entities decoded
    and emphasis marks dropped too when that finds more of the spans' context (a page
    decoded or encoded, emphasis added or removed). Marks and entities that stayed as they
    were are better kept: offsets into the old text are then offsets into the new one up
    to the first edit (the old text's marks are not known), and spans there are landmarks."""
    plain = Folded(text, shorten=False)
    kept = {key: _sought(span, old_length, shorten=False) for key, span in given.items()}
    new = Folded(text)
    folded = {key: _sought(span, old_length) for key, span in given.items()}
    if new.same_length and folded == kept or \
            _nearby(folded, new.text, old_length) <= _nearby(kept, plain.text, old_length):
        return plain, kept
    return new, folded


def _nearby(spans: dict[tuple, _Sought], text: str, old_length: int) -> int:
    """How many of the spans' texts with their prefix, and with their suffix, occur about
    where they were (give or take what the text grew or shrank by, and SUPPORT)."""
    reach = abs(len(text) - old_length) + SUPPORT
    found = 0
    for span in spans.values():
        lo, hi = max(0, span.start - reach - CONTEXT_CHARS), span.end + reach + CONTEXT_CHARS
        for half in ((span.prefix or "") + span.text, span.text + (span.suffix or "")):
            found += text.find(half, lo, hi) >= 0
    return found


def _unfolded(found: tuple, span: Span, new: Folded) -> tuple:
    """A placement found in the folded text, at its offsets in the text: `exact` when the
    span's text is still at its old offsets, `moved` elsewhere, `fuzzy` when the text there
    differs from the span's (its typography or words changed)."""
    status, start, end, _, score = found
    if status not in PLACED:
        return found
    text = new.raw
    start, end = new.span(start, end, span.text)
    if text[start:end] == span.text:
        status = EXACT if (start, end) == (span.start, span.end) else MOVED
    else:
        status = FUZZY
        # "—" written "--" folds to the second "-" alone: a span's edge takes the whole run.
        while start > 0 and text[start - 1] == text[start] in DASHES:
            start -= 1
        while end < len(text) and text[end] == text[end - 1] in DASHES:
            end += 1
        # Nor does it gain the white space of a double space beside it ("topic.  Without").
        while end - start > 1 and text[start].isspace() and not span.text[0].isspace():
            start += 1
        while end - start > 1 and text[end - 1].isspace() and not span.text[-1].isspace():
            end -= 1
    return status, start, end, text[start:end], score


def apply(annotations: Annotations, the_plan: Plan, article: Article) -> Annotations:
    """A copy of `annotations` with the plan carried out and the new hash recorded.

    Placed spans get their new offsets, text and fresh context; the others are kept as
    they were, marked `orphaned`. The annotators' versions in `disagreements` are
    re-anchored alike, so that adjudicating them later takes spans of this text.
    """
    if the_plan.sha256 != article.sha256:
        raise ValueError("the plan was made for another version of the article")
    out = copy.deepcopy(annotations)
    by_path = {p.path: p for p in the_plan.placements}
    for path, span in out.spans():
        _move(span, by_path[path], article)
    for (_, span), placement in zip(out.disputed_spans(),
                                    disputed(annotations, the_plan, article), strict=True):
        _move(span, placement, article)
    for claim, before in zip(out.claims, annotations.claims, strict=True):
        _flag_verdict(claim, before.span.text)
    out.document.sha256, out.document.length = article.sha256, article.length
    return out


def disputed(annotations: Annotations, the_plan: Plan, article: Article) -> list[Placement]:
    """Where the spans of the annotators' versions in `disagreements` go, in their order: one
    that is also an annotation's goes where that one goes; the others are looked for among
    the annotations' spans (their evidence and landmarks)."""
    known = {(p.old.start, p.old.end, p.old.text): p for p in the_plan.placements}
    spans = list(annotations.disputed_spans())
    rest = [(path, span) for path, span in spans
            if (span.start, span.end, span.text) not in known]
    # (Without such spans -- most sidecars -- the annotations are not anchored a second time.)
    found = iter(_placements([*annotations.spans(), *rest], article,
                             annotations.document.length, the_plan.min_score,
                             _unchanged(annotations, article))[len(the_plan.placements):]
                 if rest else ())
    return [replace(known[key], path=path, old=span) if (key := (span.start, span.end, span.text))
            in known else next(found) for path, span in spans]


def _move(span: Span, placement: Placement, article: Article) -> None:
    if placement.placed:
        assert placement.start is not None and placement.end is not None
        fresh = Span.at(article.text, placement.start, placement.end)
        span.start, span.end, span.text = fresh.start, fresh.end, fresh.text
        span.prefix, span.suffix, span.orphaned = fresh.prefix, fresh.suffix, False
    else:
        span.orphaned = True


def _flag_verdict(claim: Claim, old_text: str) -> None:
    """A verdict never stays silently on words it was not given for: when the claim's
    words changed (a fuzzy match), `recheck` keeps the text the verdict was given for
    (the first such text, over several re-anchorings) until a person confirms it."""
    if claim.verdict is None or claim.span.orphaned:
        return
    given_for = claim.recheck or old_text
    claim.recheck = None if _words(claim.span.text) == _words(given_for) else given_for


def _words(text: str) -> list[str]:
    """The words of `text`: quotes restyled, a line re-wrapped or a double space are not
    other words (a verdict stays unflagged), a letter changed is."""
    return fold(text).split()


def _key(span: Span | _Sought) -> tuple[int, int, str, str | None, str | None]:
    return span.start, span.end, span.text, span.prefix, span.suffix


@dataclass(frozen=True)
class _Found:
    status: str
    start: int | None = None
    end: int | None = None
    text: str | None = None
    score: float = 0.0


class _Anchorer:
    def __init__(self, text: str, old_length: int, min_score: float) -> None:
        self.text = text
        self.framed = f"\n\n{text}\n\n"  # the edges of the text break paragraphs too
        self.min_score = min_score
        # The ends of the text are sure landmarks: they never move relative to each other.
        self.landmarks: list[tuple[int, int]] = [(0, 0), (old_length, len(text))]
        # shift -> (old start, old start and end of the matched text) of spans it moved
        self.evidence: dict[int, list[tuple[int, int, int]]] = {}
        # (new start, new end, shift) of the matched text of the landmarks
        self.claims: list[tuple[int, int, int]] = []
        self.reach = 0  # the longest of them

    def run(self, spans: list[_Sought]) -> dict[tuple, tuple]:
        """Spans sorted by old start -> (status, start, end, text, score)."""
        found: dict[tuple, _Found] = {}
        later: list[_Sought] = []
        for span in spans:  # 1. the whole needle still in place
            if not span.text or span.end <= span.start:
                found[_key(span)] = _Found(ORPHANED)
                continue
            if self._whole(span) is None:
                later.append(span)
                continue
            found[_key(span)] = _Found(EXACT, span.start, span.end, span.text, 1.0)
            self.landmarks.append((span.start, span.start))
            matched = span.start - len(span.prefix or ""), span.end + len(span.suffix or "")
            self.evidence.setdefault(0, []).append((span.start, *matched))
            self.claims.append((*matched, 0))
        self.landmarks.sort()
        # 2. ... or once anywhere, with no rival near; whole needles twice: the spans moved
        # by the first pass are landmarks for the second.
        for weak in (False, False, True):
            expected = {_key(s): self._expected(s) for s in later}
            hits = {_key(span): self._elsewhere(span, expected[_key(span)], weak)
                    for span in later}
            for span in later:
                if (h := hits[_key(span)]) is not None:
                    self.evidence.setdefault(h[0] - span.start, []).append(
                        (span.start, h[1], h[2]))
            for moved in self.evidence.values():
                moved.sort()
            pending: list[_Sought] = []
            for span in later:
                h = hits[_key(span)]
                hit = None if h is None else h[0]
                lo, hi = expected[_key(span)]
                if hit is not None and (weak or not lo <= hit <= hi) and \
                        not self._supported(span, self.evidence[hit - span.start],
                                            EVIDENCE if weak else self._short(hit)):
                    hit = None
                if hit is None:
                    pending.append(span)
                    continue
                found[_key(span)] = self._found(span, hit, hit + len(span.text), 1.0)
                self.landmarks.append((span.start, hit))
                assert h is not None
                self.claims.append((h[1] + hit - span.start, h[2] + hit - span.start,
                                    hit - span.start))
            self.landmarks.sort()
            later = pending
        self.claims.sort()
        self.reach = max((b - a for a, b, _ in self.claims), default=0)
        for span in pending:  # 3. scored candidates
            found[_key(span)] = self._candidates(span, self._expected(span))
        return {k: (f.status, f.start, f.end, f.text, f.score) for k, f in found.items()}

    def _supported(self, span: _Sought, moved: list[tuple[int, int, int]], need: int) -> bool:
        """Weaker evidence, or a move out of the expected range, must be backed by at least
        `need` characters of old text (matched needles of spans near it) that moved by
        the same amount: a short repeated passage is not a moved paragraph."""
        first = bisect_left(moved, (span.start - SUPPORT,))
        last = bisect_right(moved, (span.start + SUPPORT, len(self.text) * 2, 0))
        covered, reach = 0, -1
        for a, b in sorted((a, b) for _, a, b in moved[first:last]):
            covered += max(0, b - max(a, reach))
            reach = max(reach, b)
        return covered >= need

    def _short(self, at: int) -> int:
        """EVIDENCE, or a quarter of the paragraph around `at` when that is less: a short
        paragraph moved as a unit holds few spans, and a whole needle covers much of it."""
        start = self.text.rfind("\n\n", 0, at) + 1
        end = self.text.find("\n\n", at)
        return min(EVIDENCE, ((len(self.text) if end < 0 else end) - start) // 4)

    def _claimed(self, start: int, end: int, shift: int) -> bool:
        """Whether start..end overlaps the matched text of a landmark moved otherwise."""
        first = bisect_left(self.claims, (start - self.reach,))
        return any(a < end and start < b and d != shift
                   for a, b, d in self.claims[first:bisect_left(self.claims, (end,))])

    def _found(self, span: _Sought, start: int, end: int, score: float) -> _Found:
        quote = self.text[start:end]
        if quote != span.text:
            status = FUZZY
        elif (start, end) == (span.start, span.end):
            status = EXACT
        else:
            status = MOVED
        return _Found(status, start, end, quote, round(score, 3))

    # -- steps 1 and 2: the whole quote with its context -------------------------------

    def _needle(self, span: _Sought) -> tuple[str, int] | None:
        """prefix + text + suffix, and where the text starts in it (None without context)."""
        if span.prefix is None and span.suffix is None:
            return None
        pre = span.prefix or ""
        return pre + span.text + (span.suffix or ""), len(pre)

    def _whole(self, span: _Sought) -> int | None:
        """The span's start when its whole needle is still in place, and only there."""
        text = self.text
        needle = self._needle(span)
        if needle is None:
            return span.start if text.startswith(span.text, span.start) else None
        whole, lead = needle
        at = span.start - lead
        if at < 0 or text.find(whole) != at or text.find(whole, at + 1) >= 0:
            return None  # moved, changed, or a repeated passage: left to the later steps
        return span.start if self._side_full(span, span.start, span.end) == (True, True) \
            else None

    def _elsewhere(self, span: _Sought, expected: tuple[int, int],
                   weak: bool) -> tuple[int, int, int] | None:
        """(new start, old start and end of the matched text) when, anywhere in the text,
        the whole needle occurs once -- or, with `weak`, the quote with one intact side
        of context, or a long quote alone. Either way the expected place must hold no
        other copy of the quote with intact context."""
        pre, suf, quote, n = span.prefix or "", span.suffix or "", span.text, len(span.text)
        if span.prefix is None and span.suffix is None:
            return None
        needles = [(pre + quote + suf, len(pre), 2)]
        # A paragraph break in the context: cut the needle there, the new text must break
        # there too (a moved paragraph). -1: searched in the text framed by breaks.
        cut_pre = "".join(pre.rpartition("\n\n")[1:])
        cut_suf = "".join(suf.partition("\n\n")[:2])
        if (cut_pre, cut_suf) != (pre, suf):
            needles.append((cut_pre + quote + cut_suf, len(cut_pre), -1))
        if weak:
            needles = [(pre + quote, len(pre), 1), (quote + suf, 0, 1), (quote, 0, 0)]
        found = None
        for needle, lead, sides in needles:
            if len(needle) < LONG_QUOTE or not sides and n < LONG_QUOTE * 2:
                continue
            hay, off = (self.framed, 2) if sides < 0 else (self.text, 0)
            hits = [h - off for h in _find_all(hay, needle, 0, len(hay), 2)]
            if len(hits) == 1 and (sides < 0 or sum(self._side_full(
                    span, hits[0] + lead, hits[0] + lead + n)) >= sides):
                old = span.start - lead
                found = (hits[0] + lead, old, old + len(needle))
                break
        if found is None:
            return None
        start = found[0]
        shifts = {new - old for old, new in self._neighbours(span)}
        if not weak and start - span.start in shifts and not any(
                self._held(span, span.start + d) for d in shifts - {start - span.start}):
            return found  # moved like the landmark on one side, and not like the other's
        lo, hi = max(0, expected[0] - NEAR), expected[1] + n + NEAR
        for p in _find_all(self.text, quote, lo, hi):
            if (p + n <= start or p >= start + n) and self._held(span, p):
                return None
        return found

    def _held(self, span: _Sought, at: int) -> bool:
        """Whether a copy of the quote at `at` has one side of its context intact."""
        n = len(span.text)
        return self.text.startswith(span.text, at) and any(self._side_full(span, at, at + n))

    # -- step 3: scored candidates ------------------------------------------------------

    def _expected(self, span: _Sought) -> tuple[int, int]:
        """Where the span may start: moved like the sure landmarks just before and just
        after it (give or take SLACK, for an insertion on one side of it and a deletion
        on the other), and between their new places: insertions and deletions keep the
        order of the text. A span outside this range moved with a block of text, which
        only the needle steps may decide."""
        before, after = self._neighbours(span)
        guesses = (span.start + before[1] - before[0], span.start + after[1] - after[0])
        lo, hi = min(guesses) - SLACK, max(guesses) + SLACK
        if before[1] <= after[1]:
            lo, hi = max(lo, before[1]), min(hi, after[1])
        return lo, hi

    def _neighbours(self, span: _Sought) -> tuple[tuple[int, int], tuple[int, int]]:
        """The landmarks (old, new start) just before and just after the span."""
        olds = [old for old, _ in self.landmarks]
        at = bisect_right(olds, span.start)
        return self.landmarks[max(0, at - 1)], self.landmarks[min(len(olds) - 1, at)]

    def _candidates(self, span: _Sought, expected: tuple[int, int]) -> _Found:
        text, quote, n = self.text, span.text, len(span.text)
        max_d = int(n * MAX_EDIT)
        lo, hi = expected[0], min(len(text), expected[1] + n + max_d)
        places: set[tuple[int, int]] = set()
        everywhere = list(_find_all(text, quote, 0, len(text), 2))
        places.update((p, p + n) for p in _find_all(text, quote, lo, hi))
        # Approximate quotes: between, after or before intact context.
        starts = self._pre_ends(span, lo, expected[1])
        ends = self._suf_starts(span, lo, hi + max_d)
        framed: set[tuple[int, int]] = set()  # the exact quote, with insertions around it
        for a in starts:
            for b in ends:
                if n - max_d <= b - a <= n + max_d and b > a:
                    inner = text.find(quote, a, b)
                    places.add((a, b) if inner < 0 else (inner, inner + n))
                    if inner >= 0:
                        framed.add((inner, inner + n))
            places.add((a, self._best_end(quote, a, max_d)))
        for b in ends:
            places.add((self._best_start(quote, b, max_d), b))
        # Context nearly intact on both sides is evidence only where no place has one side
        # intact: a near copy of a repeated passage must not rival the span's own place.
        for near in (False, True):
            scored = []
            for start, end in places:
                if 0 <= start < end <= len(text):
                    score = self._score(span, start, end, expected, len(everywhere) == 1,
                                        max_d, near)
                    if (start, end) in framed:  # the exact quote between intact context,
                        # maybe with insertions around it: at least this, 1.0 if none
                        score = max(score or 0.0, 0.6 + 0.4 * (n / (n + max_d)))
                    if score is not None:
                        scored.append((score, start, end, text[start:end] == quote))
            scored.sort(key=lambda s: (-s[0], abs(s[1] - span.start), s[1]))
            taken = [s for s in scored if s[0] >= self.min_score]
            # An exact quote beats an approximate one over the same words ("the new
            # [command line]" must not swallow the inserted word).
            exact = [s for s in taken if s[3]]
            taken = [s for s in taken if s[3] or not any(_overlap(s, e) for e in exact)]
            if taken:
                break
        if not taken:
            return _Found(ORPHANED, score=round(scored[0][0], 3) if scored else 0.0)
        best = taken[0]
        rivals = [s for s in taken[1:] if not _overlap(s, best)]
        if rivals and rivals[0][0] >= best[0] - MARGIN:
            return _Found(AMBIGUOUS, score=round(best[0], 3))
        return self._found(span, best[1], best[2], best[0])

    def _score(self, span: _Sought, start: int, end: int, expected: tuple[int, int],
               unique: bool, max_d: int, near: bool = False) -> float | None:
        """0..1 from quote and context similarity; None when the evidence is too thin.
        With `near`, an exact quote may be held by context nearly intact on both sides."""
        if start < expected[0] or start > expected[1]:
            return None  # out of the range only step 2 moves a span, on backed evidence
        quote = self.text[start:end]
        distance = Levenshtein.distance(span.text, quote, score_cutoff=max_d)
        if distance > max_d:
            return None
        q = 1 - distance / max(len(span.text), len(quote))
        full_pre, full_suf = self._side_full(span, start, end)
        if not (full_pre and full_suf) and self._claimed(
                start, end, start - span.start if full_pre else end - span.end):
            return None  # held on one side, on text a landmark says came from elsewhere
        pre, suf = span.prefix or "", span.suffix or ""
        got = _common_suffix(pre, self.text[max(0, start - len(pre)):start]) + \
            _common_prefix(suf, self.text[end:end + len(suf)])
        ctx = got / (len(pre) + len(suf)) if pre or suf else 0.0
        if q == 1 and not (full_pre or full_suf or ctx >= 0.75 or
                           (unique and len(span.text) >= LONG_QUOTE)):
            alike = self._both_near(span, start, end) if near else None
            if alike is None:
                return None
            ctx = alike
        if q < 1 and not (full_pre and full_suf or
                          self._one_sided(span, start, end, full_pre, full_suf) and q >= 0.9):
            return None
        return 0.6 * q + 0.4 * ctx

    def _both_near(self, span: _Sought, start: int, end: int) -> float | None:
        """How alike the context is (0..1) when both sides are there with at most a fifth
        of each changed -- a double space, emphasis marks, an entity decoded, a name
        corrected on both sides of a short span -- as good as one side intact; else None."""
        pre, suf = span.prefix or "", span.suffix or ""
        if min(len(pre), len(suf)) < MIN_SIDE:
            return None
        before = _nearest(pre, lambda n: self.text[max(0, start - n):start])
        after = _nearest(suf, lambda n: self.text[end:end + n])
        if max(before / len(pre), after / len(suf)) > NEAR_SIDE:
            return None
        return 1 - (before + after) / (len(pre) + len(suf))

    def _one_sided(self, span: _Sought, start: int, end: int, full_pre: bool,
                   full_suf: bool) -> bool:
        """An approximate quote held by context on one side only must at least start and
        end like the old quote: otherwise its other boundary is a guess."""
        k = min(6, max(1, len(span.text) // 3))
        return (full_pre or full_suf) and self.text[start:start + k] == span.text[:k] and \
            self.text[end - k:end] == span.text[-k:]

    def _side_full(self, span: _Sought, start: int, end: int) -> tuple[bool, bool]:
        """Whether the stored prefix and suffix are intact around start..end.

        A side stored shorter than CONTEXT_CHARS reached the start or end of the old text.
        If it is also shorter than MIN_SIDE (empty, say) it is only evidence where the new
        place reaches that edge too.
        """
        text = self.text
        full_pre = full_suf = False
        if span.prefix is not None:
            pre = span.prefix
            short = span.pre_edge and len(pre) < MIN_SIDE
            full_pre = text.endswith(pre, 0, start) and (
                start == len(pre) if short else len(pre) >= MIN_SIDE)
        if span.suffix is not None:
            suf = span.suffix
            short = span.suf_edge and len(suf) < MIN_SIDE
            full_suf = text.startswith(suf, end) and (
                end + len(suf) == len(text) if short else len(suf) >= MIN_SIDE)
        return full_pre, full_suf

    def _pre_ends(self, span: _Sought, lo: int, hi: int) -> list[int]:
        """Where an intact prefix ends (a candidate start) between lo and hi."""
        pre = span.prefix
        if pre is None:
            return []
        if len(pre) < MIN_SIDE:
            at = len(pre)
            return [at] if span.pre_edge and self.text.startswith(pre) and \
                lo <= at <= hi else []
        return [p + len(pre) for p in _find_all(self.text, pre, max(0, lo - len(pre)), hi)]

    def _suf_starts(self, span: _Sought, lo: int, hi: int) -> list[int]:
        """Where an intact suffix starts (a candidate end) between lo and hi."""
        suf = span.suffix
        if suf is None:
            return []
        if len(suf) < MIN_SIDE:
            at = len(self.text) - len(suf)
            return [at] if span.suf_edge and self.text.endswith(suf) and \
                lo <= at <= hi else []
        return list(_find_all(self.text, suf, lo, hi + len(suf)))

    def _best_end(self, quote: str, start: int, max_d: int) -> int:
        n = len(quote)
        ends = range(start + max(1, n - max_d), min(len(self.text), start + n + max_d) + 1)
        return min(ends, key=lambda e: (Levenshtein.distance(quote, self.text[start:e]),
                                        abs(e - start - n)), default=start + n)

    def _best_start(self, quote: str, end: int, max_d: int) -> int:
        n = len(quote)
        starts = range(max(0, end - n - max_d), end - max(1, n - max_d) + 1)
        return min(starts, key=lambda s: (Levenshtein.distance(quote, self.text[s:end]),
                                          abs(end - s - n)), default=end - n)


def _find_all(text: str, needle: str, lo: int, hi: int, cap: int = CAP) -> Iterator[int]:
    if not needle:
        return
    i = text.find(needle, lo, hi)
    while i >= 0 and cap > 0:
        yield i
        cap -= 1
        i = text.find(needle, i + 1, hi)


def _nearest(side: str, window: Callable[[int], str]) -> int:
    """The fewest edits that make `side` the text `window(n)` gives, over the lengths n that
    many edits could reach (the text around a span may have grown or shrunk)."""
    most = int(len(side) * NEAR_SIDE)
    return min(Levenshtein.distance(side, window(len(side) + d), score_cutoff=most + 1)
               for d in range(-most, most + 1))


def _overlap(a: tuple, b: tuple) -> bool:
    return bool(a[1] < b[2] and b[1] < a[2])


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):  # noqa: B905 - the shorter one bounds the match
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
