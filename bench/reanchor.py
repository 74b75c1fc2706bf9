"""Re-anchoring benchmark: edited articles with known true span positions.

    python bench/reanchor.py [--seed N] [--articles N] [--rounds N]

Text: the bundled article, plus English prose from the docstrings of the Python standard
library (real text, offline), cut into article-sized pieces of paragraphs. Spans are
word-aligned phrases of 1-12 words inside a sentence, or whole sentences, with context as
`annotate` stores them. Each case applies one edit (a sentence inserted, a sentence
deleted, a word replaced, a typo inside one span, a paragraph moved, a sentence
duplicated) or one made all through the text, as a CMS or a corrections desk does
(quotes, dashes and non-breaking spaces restyled, or the other way round; the lines
hard-wrapped at 72 columns, or unwrapped; a word's spelling corrected everywhere; two
spaces after every sentence, or those collapsed; a word set in *emphasis* or **bold**;
HTML entities decoded, or the text encoded with them); every span then has a truth:

- outside     the edit does not touch the span's text: it must be re-anchored exactly;
- duplicated  the span is in the duplicated sentence: either copy is right, and
              "ambiguous" is an honest answer (nothing can tell the copies apart);
- inside      a small edit (a character changed, added or removed) inside the span:
              it should be recovered at its edited offsets (fuzzy), or orphaned;
- rewritten   a bigger edit inside the span: recovered or orphaned;
- gone        the span's text was deleted: it must be orphaned.

A span placed anywhere but its truth is a wrong attachment. Then the time `plan` takes
for 1,000 spans on a 1 MB article, once on new text (an order-3 word chain over the
prose) and once on text where every passage occurs about three times.
"""

from __future__ import annotations

import argparse
import html
import html.entities
import importlib
import inspect
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotate import anchoring  # noqa: E402
from annotate import article as article_mod  # noqa: E402
from annotate.model import Actor, Annotations, Document, Span  # noqa: E402

MODULES = ("argparse collections email.message http.client json logging pathlib "
           "subprocess threading unittest asyncio.events decimal fractions tarfile zipfile "
           "textwrap string datetime calendar csv sqlite3 shutil tempfile urllib.request "
           "xml.dom.minidom configparser difflib heapq itertools functools random statistics "
           "smtplib ftplib imaplib poplib socket ssl selectors queue sched pickle shelve "
           "contextlib dataclasses enum inspect pydoc doctest pdb trace "
           "tkinter").split()

Truth = tuple[int, int] | set[tuple[int, int] | None] | None  # None: the text is gone


def prose() -> list[str]:
    """Paragraphs of English prose from standard-library docstrings, deduplicated."""
    seen: set[str] = set()
    out: list[str] = []
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        objects = [module] + [getattr(module, a, None) for a in sorted(dir(module))]
        for obj in objects:
            members = sorted(vars(obj)) if inspect.isclass(obj) else []
            for member in [obj] + [getattr(obj, a, None) for a in members]:
                doc = inspect.getdoc(member) if member is not None else None
                for para in re.split(r"\n\s*\n", doc or ""):
                    para = " ".join(para.split())
                    code = re.search(r"[>{}=]{2}|\(\)$|::", para)
                    if len(para) > 120 and para not in seen and not code:
                        seen.add(para)
                        out.append(para)
    return out


def articles(paragraphs: list[str], size: int, count: int, rng: random.Random) -> list[str]:
    rng.shuffle(paragraphs)
    out, chunk = [], []
    for para in paragraphs:
        chunk.append(para)
        if sum(len(p) for p in chunk) >= size:
            out.append("\n\n".join(chunk))
            chunk = []
            if len(out) == count:
                break
    return out


def make_spans(text: str, rng: random.Random, every: int) -> list[Span]:
    """Mentions and phrases (1-12 words inside a sentence) and whole-sentence claims."""
    art = article_mod.from_text(text)
    words = [m.span() for m in re.finditer(r"\S+", text)]
    spans = []
    for i in range(0, len(words), every):
        j = rng.randrange(i, min(i + every, len(words)))
        sentence = art.sentence_at(words[j][0])
        if rng.random() < 0.15:
            start, end = sentence.start, sentence.end
        else:
            k = min(len(words) - 1, j + rng.choice([0, 0, 0, 1, 1, 2, 4, 7, 11]))
            start, end = words[j][0], min(words[k][1], sentence.end)
            while end > start + 1 and text[end - 1] in ".,;:!?”\"'":
                end -= 1
        if end > start:
            spans.append(Span.at(text, start, end))
    return spans


def annotations(text: str, spans: list[Span]) -> Annotations:
    art = article_mod.from_text(text)
    return Annotations(Document("a.txt", art.sha256, art.length),
                       actors=[Actor("x", "x", "other", mentions=spans)])


# -- edits: each returns the new text and the truth for every span -------------------------

# An edit returns the new text, the truths and kinds; an edit made all through the text
# may also return the text it annotated (a restyled version of the one it was given).
Edit = Callable[[str, list[Span], random.Random], tuple | None]


def _replace(text: str, spans: list[Span], a: int, b: int, new: str,
             inside: int | None = None) -> tuple[str, list[Truth], list[str]]:
    """Replace text[a:b] by `new`. Spans before/after shift, spans touched are gone (but
    a small edit inside a span keeps it). An insertion or deletion can often be read as
    the same edit a little to the left or right ("X said. [Y said.] Z" is also
    "X [said. Y] said. Z"): a span is right where any such reading puts it."""
    edited = text[:a] + new + text[b:]
    readings = [(a, b, new)]
    if not new or a == b:
        for k in range(max(0, a - 60), min(len(text), a + 60) + 1):
            if k == a:
                continue
            if not new and text[:k] + text[k + b - a:] == edited:
                readings.append((k, k + b - a, ""))
            elif a == b and text[:k] + edited[k:k + len(new)] + text[k:] == edited:
                readings.append((k, k, edited[k:k + len(new)]))
    truths: list[Truth] = []
    kinds = []
    for i, s in enumerate(spans):
        found: set[tuple[int, int] | None] = set()
        for n, (x, y, z) in enumerate(readings):
            shift = len(z) - (y - x)
            if s.end <= x and not (x == y == s.start):
                where: tuple[int, int] | None = (s.start, s.end)
                kind = "outside"
            elif s.start >= y:
                where, kind = (s.start + shift, s.end + shift), "outside"
            elif i == inside or s.start <= x and y <= s.end:  # an edit inside the span
                where = (s.start, s.end + shift)
                small = max(y - x, len(z)) <= max(2, len(s.text) // 10)
                kind = "inside" if small else "rewritten"
            else:
                where, kind = None, "gone"
            found.add(where)
            if n == 0:
                kinds.append(kind)
        truths.append(found)
    return edited, truths, kinds
def _free(spans: list[Span], a: int, b: int) -> bool:
    return all(s.end <= a or s.start >= b for s in spans)


def insert_sentence(text, spans, rng):
    donor = rng.choice(SENTENCES)
    for _ in range(50):
        m = rng.choice(list(re.finditer(r"(?<=[.!?]) (?=[A-Z])|\n\n", text)) or [None])
        if m and _free(spans, m.start(), m.end()):
            return _replace(text, spans, m.end(), m.end(), donor + " ")
    return None


SENTENCE = re.compile(r"(?:(?<=[.!?] )|(?<=\n\n)|^)[A-Z][^.!?\n]{15,}[.!?] ")


def delete_sentence(text, spans, rng):
    sentences = list(SENTENCE.finditer(text))
    if not sentences:
        return None
    m = rng.choice(sentences)
    return _replace(text, spans, m.start(), m.end(), "")


def replace_word(text, spans, rng):
    words = [m for m in re.finditer(r"\b[a-z]{3,}\b", text) if _free(spans, m.start(), m.end())]
    if not words:
        return None
    m = rng.choice(words)
    return _replace(text, spans, m.start(), m.end(), rng.choice(["however", "also", "not",
                                                                  "reportedly", "the new"]))


def typo_inside(text, spans, rng):
    long = [i for i, s in enumerate(spans) if len(s.text) >= 5]
    if not long:
        return None
    i = rng.choice(long)
    s = spans[i]
    if any(o.start < s.end and s.start < o.end and o is not s and
           (o.start, o.end) != (s.start, s.end) for o in spans):
        return None  # keep the truth simple: no span overlaps the edited one
    p = rng.randrange(s.start + 1, s.end - 1)
    kind = rng.choice(["sub", "ins", "del"])
    letter = rng.choice("aeiourstn")
    if kind == "sub":
        return _replace(text, spans, p, p + 1, letter if text[p] != letter else "x", i)
    if kind == "ins":
        return _replace(text, spans, p, p, letter, i)
    return _replace(text, spans, p, p + 1, "", i)


def move_paragraph(text, spans, rng):
    paras = text.split("\n\n")
    if len(paras) < 3:
        return None
    starts = [0]
    for para in paras[:-1]:
        starts.append(starts[-1] + len(para) + 2)
    i, j = rng.sample(range(len(paras)), 2)
    order = list(range(len(paras)))
    order.insert(j, order.pop(i))
    new = "\n\n".join(paras[k] for k in order)
    new_starts = {}
    at = 0
    for k in order:
        new_starts[k] = at
        at += len(paras[k]) + 2
    truths: list[Truth] = []
    kinds = []
    for s in spans:
        first = max(k for k in range(len(paras)) if starts[k] <= s.start)
        last = max(k for k in range(len(paras)) if starts[k] < s.end)
        together = order.index(last) - order.index(first) == last - first
        if together:
            shift = new_starts[first] - starts[first]
            truths.append((s.start + shift, s.end + shift))
            kinds.append("outside")
        else:
            truths.append(None)  # a span across a paragraph break that was torn apart
            kinds.append("gone")
    assert all(t is None or new[t[0]:t[1]] == s.text for t, s in zip(truths, spans, strict=True))
    return new, truths, kinds


def duplicate_sentence(text, spans, rng):
    sentences = list(SENTENCE.finditer(text))
    if not sentences:
        return None
    m = rng.choice(sentences)
    new, truths, kinds = _replace(text, spans, m.end(), m.end(), m.group())
    n = len(m.group())
    for i, s in enumerate(spans):
        if m.start() <= s.start and s.end <= m.end():
            truths[i] = {(s.start, s.end), (s.start + n, s.end + n)}
            kinds[i] = "duplicated"
        elif m.start() <= s.start < m.end() < s.end:  # "A. [B" -> "A. A. [B": the copy
            truths[i], kinds[i] = (s.start + n, s.end + n), "outside"
    return new, truths, kinds


def _replace_all(text: str, spans: list[Span],
                 edits: list[tuple[int, int, str]]) -> tuple[str, list[Truth], list[str]]:
    """Replace text[a:b] by `new` for each (a, b, new), apart and in order: an edit made
    all through the text. A span shifts by the edits before it; with edits inside it (or
    its whole text replaced) it is right at its edited offsets (or orphaned); cut into,
    it is gone. Text inserted just at a span's edge ("*Putin*") may be in it or not."""
    pieces, at = [], 0
    for a, b, new in edits:
        pieces += [text[at:a], new]
        at = b
    edited = "".join(pieces) + text[at:]
    truths: list[Truth] = []
    kinds = []
    for s in spans:
        inside = [(a, b, new) for a, b, new in edits if s.start <= a and b <= s.end and
                  not (a == b and a in (s.start, s.end))]
        if any(a < s.end and s.start < b for a, b, _ in edits if (a, b, _) not in inside):
            truths.append(None)
            kinds.append("gone")
            continue
        starts, ends = {s.start}, {s.end}
        for a, b, new in edits:
            shift = len(new) - (b - a)
            if b < s.start or a < b == s.start:
                starts = {x + shift for x in starts}
            elif a == b == s.start:
                starts |= {x + shift for x in starts}
            if b < s.end or a < b == s.end or (a, b, new) in inside:
                ends = {x + shift for x in ends}
            elif a == b == s.end:
                ends |= {x + shift for x in ends}
        truths.append({(x, y) for x in starts for y in ends})
        small = sum(max(b - a, len(new)) for a, b, new in inside) <= max(2, len(s.text) // 10)
        kinds.append("outside" if not inside else "inside" if small else "rewritten")
    return edited, truths, kinds


CURLY = {"'": "’", "--": "—", "-": "–"}


def restyle(text, spans, rng):
    """Typography changed all through (a CMS, an editor's smart quotes): straight quotes
    made curly, "--" and " - " made dashes, a non-breaking space between a number and its
    unit; or the other way round."""
    def quote(m: re.Match) -> str:
        if m.group() != '"':
            return CURLY[m.group()]
        before = text[m.start() - 1] if m.start() else " "
        return "“" if before.isspace() or before in "([" else "”"
    edits = [(m.start(), m.end(), quote(m)) for m in re.finditer(r"['\"]|--|(?<= )-(?= )", text)]
    edits += [(m.start(), m.end(), "\u00a0") for m in re.finditer(r"(?<=\d) (?=[a-z%])", text)]
    if rng.random() < 0.5:  # the restyled text was annotated; the edit undoes it
        text, _, _ = _replace_all(text, [], sorted(edits))
        straight = {"“": '"', "”": '"', "’": "'", "—": "--", "–": "-", "\u00a0": " "}
        spans[:] = make_spans(text, rng, every=rng.choice([4, 7, 12]))
        edits = [(m.start(), m.end(), straight[m.group()])
                 for m in re.finditer("[“”’—–\u00a0]", text)]
        return text, _replace_all(text, spans, edits)
    return None, _replace_all(text, spans, sorted(edits))


def rewrap(text, spans, rng):
    """Hard-wrapped at 72 columns (a plain-text e-mail, a wire service); or a wrapped text
    made one line per paragraph."""
    edits = []
    for para in re.finditer(r"[^\n]+", text):
        column = 0
        for word in re.finditer(r"\S+", para.group()):
            n = len(word.group())
            if column and column + 1 + n > 72:
                at = para.start() + word.start() - 1
                edits.append((at, at + 1, "\n"))
                column = n
            else:
                column += n + (1 if column else 0)
    if rng.random() < 0.5:
        text, _, _ = _replace_all(text, [], edits)
        spans[:] = make_spans(text, rng, every=rng.choice([4, 7, 12]))
        edits = [(m.start(), m.end(), " ") for m in re.finditer(r"(?<=[^\n])\n(?=[^\n])", text)]
        return text, _replace_all(text, spans, edits)
    return None, _replace_all(text, spans, edits)


def correct_name(text, spans, rng):
    """A word's spelling corrected everywhere it occurs (a surname fixed in every mention):
    the words around many spans change, and spans that are that word change too."""
    counts = Counter(re.findall(r"\b[A-Za-z]{6,}\b", text))
    words = sorted(w for w, n in counts.items() if 2 <= n <= 8)
    if not words:
        return None
    word = rng.choice(words)
    i = rng.randrange(1, len(word) - 1)
    fixed = word[:i] + ("e" if word[i] != "e" else "a") + word[i + 1:]
    return None, _replace_all(text, spans, [(m.start(), m.end(), fixed) for m in
                                           re.finditer(rf"\b{word}\b", text)])


def respace(text, spans, rng):
    """Two spaces after every sentence (a typist's habit), or those collapsed to one; or a
    word set in Markdown emphasis everywhere (*Word*, **Word** or _Word_), as when an
    article becomes .md."""
    if rng.random() < 0.5:
        counts = Counter(re.findall(r"\b[A-Z][a-z]{3,}\b", text))
        words = sorted(w for w, n in counts.items() if 2 <= n <= 8)
        if not words:
            return None
        word, mark = rng.choice(words), rng.choice(["*", "**", "_"])
        return None, _replace_all(text, spans, [e for m in re.finditer(rf"\b{word}\b", text)
                                               for e in ((m.start(), m.start(), mark),
                                                         (m.end(), m.end(), mark))])
    edits = [(m.start(), m.end(), "  ") for m in re.finditer(r"(?<=[.!?]) (?=[A-Z])", text)]
    if not edits:
        return None
    if rng.random() < 0.5:
        text, _, _ = _replace_all(text, [], edits)
        spans[:] = make_spans(text, rng, every=rng.choice([4, 7, 12]))
        edits = [(m.start(), m.end(), " ") for m in re.finditer("  ", text)]
        return text, _replace_all(text, spans, edits)
    return None, _replace_all(text, spans, edits)


ENTITY = re.compile(r"&(?:#[0-9]+|[A-Za-z]+);")


def entities(text, spans, rng):
    """HTML entities decoded all through (a page saved with `&amp;`, `&#8217;`, `&quot;`,
    `&nbsp;`... re-saved as text), or the text encoded so (numeric or named entities)."""
    named = rng.random() < 0.5

    def encoded(c: str) -> str:
        name = html.entities.codepoint2name.get(ord(c)) if named else None
        return f"&{name};" if name else f"&#{ord(c)};"
    edits = [(m.start(), m.end(), encoded(m.group()))
             for m in re.finditer("[&<>\"'\u00a0]|[^\x00-\x7f]", text)]
    if not edits:
        return None
    if rng.random() < 0.5:  # the encoded text was annotated; the edit decodes it
        text, _, _ = _replace_all(text, [], edits)
        cut = {i for m in ENTITY.finditer(text) for i in range(m.start() + 1, m.end())}
        spans[:] = [s for s in make_spans(text, rng, every=rng.choice([4, 7, 12]))
                    if s.start not in cut and s.end not in cut]
        edits = [(m.start(), m.end(), html.unescape(m.group())) for m in ENTITY.finditer(text)]
        return text, _replace_all(text, spans, edits)
    return None, _replace_all(text, spans, edits)


def _all_through(edit: Callable) -> Edit:
    """An edit made all through the text; it may first restyle the text, and annotate that."""
    def run(text, spans, rng):
        done = edit(text, spans, rng)
        if done is None:
            return None
        base, result = done
        return (*result, text if base is None else base)
    run.__doc__ = edit.__doc__
    return run


EDITS: dict[str, Edit] = {
    "insert sentence": insert_sentence, "delete sentence": delete_sentence,
    "replace word": replace_word, "typo inside a span": typo_inside,
    "move paragraph": move_paragraph, "duplicate sentence": duplicate_sentence,
    "restyle typography": _all_through(restyle), "re-wrap lines": _all_through(rewrap),
    "correct a name everywhere": _all_through(correct_name),
    "respace or emphasise": _all_through(respace),
    "HTML entities": _all_through(entities),
}
KINDS = ("outside", "duplicated", "inside", "rewritten", "gone")
SENTENCES: list[str] = []
CASES: list = []  # the wrong attachments, to look at with `python -i`


def judge(truth: Truth, placement: anchoring.Placement) -> str:
    where = (placement.start, placement.end)
    if placement.status == anchoring.AMBIGUOUS:
        return "ambiguous"
    if not placement.placed:
        return "orphaned"
    ok = where in truth if isinstance(truth, set) else where == truth
    return "correct" if ok else "wrong"


def run_corpus(texts: list[str], rng: random.Random, rounds: int) -> tuple[Counter, list]:
    tally: Counter = Counter()
    wrong: list = []
    for text in texts:
        for name, edit in EDITS.items():
            for _ in range(rounds * (5 if edit is typo_inside else 1)):
                spans = make_spans(text, rng, every=rng.choice([4, 7, 12]))
                edited = edit(text, spans, rng)
                if edited is None:
                    continue
                new, truths, kinds, *restyled = edited  # (the text annotated, if not `text`)
                old = restyled[0] if restyled else text
                plan = anchoring.plan(annotations(old, spans), article_mod.from_text(new))
                for truth, kind, p in zip(truths, kinds, plan.placements, strict=True):
                    verdict = judge(truth, p)
                    tally[kind, verdict] += 1
                    tally[name, verdict] += 1
                    if verdict == "wrong" or (kind == "outside" and verdict != "correct"):
                        wrong.append((verdict, name, p.old.text, p.status, p.start, p.end))
                        CASES.append((old, spans, new, p))
    return tally, wrong


def markov(paragraphs: list[str], size: int, rng: random.Random) -> str:
    """`size` characters of new text from an order-3 word chain over `paragraphs`: real
    words and phrases, but no long passage repeated (as in a real article)."""
    chain: dict[tuple[str, ...], list[str]] = {}
    for para in paragraphs:
        words = para.split() + ["\n\n"]
        for i in range(len(words) - 3):
            chain.setdefault(tuple(words[i:i + 3]), []).append(words[i + 3])
    keys = list(chain)
    out: list[str] = []
    length = 0
    state = rng.choice(keys)
    while length < size:
        nxt = rng.choice(chain[state]) if state in chain else "\n\n"
        if nxt == "\n\n" or rng.random() < 0.02:
            out.append("\n\n")
            state = rng.choice(keys)
            out.extend(state)
            length += sum(len(w) + 1 for w in state) + 2
            continue
        out.append(nxt)
        length += len(nxt) + 1
        state = (*state[1:], nxt)
    return re.sub(r" ?\n\n ?", "\n\n", " ".join(out))[:size].rsplit(" ", 1)[0]


def timing(text: str, rng: random.Random) -> tuple[int, int, float, Counter]:
    """1,000 spans on a 1 MB article after a paragraph is added at the top, one deleted
    in the middle and a typo made in one span: the time `plan` takes."""
    spans = make_spans(text, rng, every=max(1, len(re.findall(r"\S+", text)) // 1000))[:1000]
    middle = text.index("\n\n", len(text) // 2)
    end = text.index("\n\n", middle + 2)
    new = "An editor's note added at the top.\n\n" + text[:middle] + text[end:]
    target = spans[len(spans) // 4]
    at = text.find(target.text) + len(target.text) // 2
    if len(target.text) >= 5:
        new = new.replace(text[at - 20:at + 20], text[at - 20:at] + "x" + text[at + 1:at + 20], 1)
    ann = annotations(text, spans)
    art = article_mod.from_text(new)
    start = time.perf_counter()
    plan = anchoring.plan(ann, art)
    elapsed = time.perf_counter() - start
    return len(text), len(spans), elapsed, Counter(p.status for p in plan.placements)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3, help="cases per edit kind per article")
    parser.add_argument("--all", action="store_true", help="list every miss, not the first 5")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    paragraphs = prose()
    sample = (ROOT / "samples" / "putin-netanyahu-call.txt").read_text("utf-8")
    texts = [sample] + articles(paragraphs, 3000, args.articles - 1, rng)
    used = set("\n\n".join(texts).split("\n\n"))  # inserted sentences come from elsewhere
    SENTENCES.extend(s for p in paragraphs if p not in used
                     for s in re.findall(r"[A-Z][^.!?]{20,}[.!?]", p))
    tally, wrong = run_corpus(texts, rng, args.rounds)

    verdicts = ("correct", "ambiguous", "orphaned", "wrong")

    def line(label: str, key: str) -> None:
        total = sum(tally[key, v] for v in verdicts)
        if total:
            parts = [f"{v} {tally[key, v]:5d} {100 * tally[key, v] / total:6.2f}%"
                     for v in verdicts]
            print(f"  {label:<24} {total:6d}   " + "  ".join(parts))

    print(f"corpus: {len(texts)} articles ({sum(map(len, texts)) // 1000} kB of text), "
          f"{len(EDITS)} kinds of edit, {args.rounds} cases each per article "
          f"({5 * args.rounds} for typos), seed {args.seed}")
    print("spans, by where the edit fell:")
    line("edit outside the span", "outside")
    line("in a duplicated sentence", "duplicated")
    line("small edit inside", "inside")
    line("big edit inside", "rewritten")
    line("span's text deleted", "gone")
    print("spans, by kind of edit:")
    for name in EDITS:
        line(name, name)
    total_wrong = sum(tally[k, "wrong"] for k in KINDS)
    print(f"wrong attachments in the whole corpus: {total_wrong} of "
          f"{sum(tally[k, v] for k in KINDS for v in verdicts)} spans")
    for label, want in (("wrong", True), ("not re-anchored, edit outside the span", False)):
        cases = [w[1:] for w in wrong if (w[0] == "wrong") == want]
        if cases:
            shown = cases if args.all else cases[:5]
            print(f"{label} ({len(shown)} of {len(cases)}): (edit, span text, status, start, end)")
            for case in shown:
                print("   ", case)
    repeated = ""
    while len(repeated) < 1_000_000:
        rng.shuffle(paragraphs)
        repeated += "\n\n".join(paragraphs) + "\n\n"
    for label, text in (("new text", markov(paragraphs, 1_000_000, rng)),
                        ("every passage ~3 times", repeated[:1_000_000].rsplit(" ", 1)[0])):
        size, count, elapsed, statuses = timing(text, rng)
        print(f"timing: {count} spans on a {size / 1e6:.2f} MB article ({label}): "
              f"{elapsed:.2f} s ({', '.join(f'{n} {s}' for s, n in statuses.most_common())})")


if __name__ == "__main__":
    main()
