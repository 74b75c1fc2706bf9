"""What the prompt dialogue of `annotate tag` prints: screens of the article, the item
asked about in its sentence, lists, the help.

Only the sentences on screen are styled, so the cost of a screen does not grow with the
number of annotations elsewhere in a long article. Every piece of article or sidecar
text goes through `visible()`, so control characters in it are shown, never obeyed.
"""

from __future__ import annotations

import re
import textwrap
from bisect import bisect_left

from rich.console import Console
from rich.table import Table
from rich.text import Text

from annotate.article import Article
from annotate.editing import fields, picking
from annotate.model import Actor, Annotations, Claim, Event
from annotate.render import STYLES, print_legend
from annotate.visible import counted, visible

# The most of one sentence a screen or a question shows (about 50 lines of 80). A 10 MB
# article on one line is one sentence: printed whole, at every screen and every question
# about a span in it, rich took minutes each (its line splitting grows with the square of
# the text); a terminal shows a screenful anyway.
LONGEST_SHOWN = 4000


def help_text() -> str:
    """The command loop's help; the fields of `edit` come from the field table. One line
    per row (a backslash goes on with it), as long as it is: `hang` wraps it to the
    terminal's width."""
    per_section = "\n".join(f"      {s}: --" + " --".join(fields.names(s))
                             for s in (*fields.SECTIONS, fields.DOCUMENT))
    return f"""\
Commands (short form in brackets); ids are shown by `list`:
  list [actors|events|claims]   (l)    what is tagged so far
  show [s12|ID]                 (p)    the article around sentence 12 or an annotation
  show WORDS                    (p)    the next place the article says WORDS (search)
  next / back                   (n/b)  the next or previous screenful
  pass actors|events|claims            the suggestions of a pass still pending (skipped ones too)
  add actor|event|claim         (a)    asks for each field (- cancels); or give them:
      add actor --name "Vladimir Putin" --type person --mention "Vladimir Putin" --mention Putin
      add event --type communication --trigger conversation --participant putin:speaker
      add claim --text "over 1,300 Israelis dead" --kind quantity [--claimant putin]
  add mention ACTOR "TEXT"             tag one more mention of an actor
  add alias ACTOR "NAME"               one more name for an actor (its other names stay)
  edit ID --FIELD VALUE         (e)    e.g. edit putin --type country; edit CLAIM --verdict correct
{per_section}
      a list field (--alias, --mention, ...) is replaced by the values given; none \
clears an optional one
  delete ID [--cascade]         (d)    refuses while referenced, unless --cascade
  delete ACTOR "TEXT"                  delete that actor's mentions reading TEXT (s12 TEXT: one)
  link CLAIM ID                 (k)    the claim is about an event, actor or claim
  merge KEEP OTHER              (m)    fold actor OTHER into KEEP
  undo / redo                   (u/r)  through the whole session; each says what it undid
  reanchor / review                    move spans after the article changed; go through the \
orphaned ones and the verdicts flagged for re-check
  validate (v)   save (w)   help (?)   quit (q)
  help COMMAND (or COMMAND --help)     one command and its options, e.g. help edit
Spans: type part of the text (case, spaces, quote and dash styles ignored);
  s12 = all of sentence 12;  s12 text = that text inside sentence 12;
  FROM ... TO = from the words FROM to the next TO (a long span, never retyped);
  when the text occurs more than once, add --occurrence N or --sentence N.
Tab completes commands, ids, fields, types and roles. Every change is saved at once; \
Ctrl-C quits without losing anything."""


def hang(text: str, width: int) -> str:
    """Each line of `text` wrapped at `width`, its next lines indented to where its words
    start after its key columns (each ends in two spaces or more), else two past its
    indent."""
    out = []
    for line in text.splitlines():
        columns = [m.end() for m in re.finditer(r"(?<=\S)\s{2,}(?=\S)", line)
                   if m.end() <= width // 2]
        indent = columns[-1] if columns else len(line) - len(line.lstrip()) + 2
        out.append(textwrap.fill(line, width, subsequent_indent=" " * indent,
                                 break_long_words=False, break_on_hyphens=False) or line)
    return "\n".join(out)


class Screen:
    """Renders windows of one article."""

    def __init__(self, art: Article) -> None:
        self.art = art

    def window(self, focus: int | None, lines: int, width: int) -> tuple[int, int]:
        """1-based first and last sentence of a screen of about `lines` lines around `focus`."""
        sentences = self.art.sentences
        centre = 0 if focus is None else sentences.index_at(focus)
        first = last = centre
        used = self._height(centre, width)
        # Two sentences of context before the focus, the rest after it; near the end of
        # the article, whatever room is left goes to earlier sentences.
        while used < lines and (first > 0 or last < len(sentences) - 1):
            at_end = last == len(sentences) - 1
            if not at_end:
                last += 1
                used += self._height(last, width)
            if first > 0 and used < lines and (centre - first < 2 or at_end):
                first -= 1
                used += self._height(first, width)
        return first + 1, last + 1

    def page(self, current: tuple[int, int], forward: bool, lines: int,
             width: int) -> tuple[int, int]:
        """The screenful right after (or right before) the `current` window."""
        count = len(self.art.sentences)
        if forward:
            first = last = min(current[1] + 1, count)
            used = self._height(first - 1, width)
            while last < count and used + self._height(last, width) <= lines:
                used += self._height(last, width)
                last += 1
            return first, last
        first = last = max(current[0] - 1, 1)
        used = self._height(last - 1, width)
        while first > 1 and used + self._height(first - 2, width) <= lines:
            used += self._height(first - 2, width)
            first -= 1
        return first, last

    def _height(self, index: int, width: int) -> int:
        s = self.art.sentences[index]
        return (s.end - s.start) // max(20, width - 6) + 1

    def render(self, ann: Annotations, window: tuple[int, int]) -> Table:
        """Sentences window[0]..window[1], numbered, with the annotations on them styled."""
        first, last = window
        lo, hi = self.art.sentences[first - 1].start, self.art.sentences[last - 1].end
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", style="dim", no_wrap=True)
        grid.add_column(ratio=1)
        rows = [(s, Text(visible(self.art.text[s.start:_cut(self.art.text, s.start, s.end)])))
                for s in self.art.sentences[first - 1:last]]
        for section in ("claims", "events", "actors"):
            for item in getattr(ann, section):
                for _, span in item.spans():
                    # A span not re-anchored to a changed article is not drawn over
                    # whatever words now sit at its old offsets.
                    if span.end > lo and span.start < hi and not span.orphaned and \
                            self.art.text[span.start:span.end] == span.text:
                        self._stylize(rows, span.start, span.end, STYLES[section])
        previous = rows[0][0].start
        for s, text in rows:
            if "\n\n" in self.art.text[previous:s.start]:
                grid.add_row("", "")
            left = s.end - _cut(self.art.text, s.start, s.end)
            if left:
                text.append(f" … ({counted(left, 'more character')} in s{s.number}; "
                            "`show WORDS` finds words in it)", style="dim")
            grid.add_row(f"s{s.number}", text)
            previous = s.end
        return grid

    def _stylize(self, rows: list, start: int, end: int, style: str) -> None:
        index = max(0, bisect_left([s.start for s, _ in rows], start + 1) - 1)
        for s, text in rows[index:]:
            if s.start >= end:
                break
            text.stylize(style, max(0, start - s.start), min(end, s.end) - s.start)


def lines(console: Console) -> int:
    """Article lines per screen: the terminal's height less room for the prompts."""
    return max(6, min(console.height, 60) - 10)


def show_screen(console: Console, screen: Screen, ann: Annotations,
                window: tuple[int, int]) -> None:
    print_legend(console)
    console.print(screen.render(ann, window))
    first, last = window
    count = len(screen.art.sentences)
    if last < count:  # a piped session has no scroll bar to say there is more
        console.print(f"(s{first}-s{last} of {count}; at the command prompt `next` shows "
                      "more)", style="dim", highlight=False)


def plain(console: Console) -> bool:
    return console.no_color or console.color_system is None


def in_sentence(console: Console, art: Article, ann: Annotations | None, start: int,
                end: int) -> None:
    """The span in its sentence (its whole sentence(s), annotations styled), highlighted,
    in brackets too when there is no colour. Of a sentence longer than a screen, the words
    around the span; of a span longer than a screen, its head and its tail."""
    lo, hi = art.sentences_of(start, end)
    half, text = LONGEST_SHOWN // 2, art.text
    first = lo if start - lo <= half else _after_space(text, start - half, start)
    last = hi if hi - end <= half else _before_space(text, end, end + half)
    parts = [(first, last)] if end - start <= LONGEST_SHOWN else \
        [(first, _before_space(text, start + half // 2, start + half)),
         (_after_space(text, end - half, end - half // 2), last)]
    pieces: list[str | Text] = ["…" if parts[0][0] > lo else ""]
    for n, (a, b) in enumerate(parts):
        pieces += [" … " if n else "", _marked(console, art, ann, (a, b), (start, end))]
    shown = Text.assemble(*pieces, "…" if parts[-1][1] < hi else "")
    label = f"  s{art.sentence_at(start).number}: "
    # Wrapped at word boundaries, the lines hanging under the text, not under the number.
    for i, line in enumerate(shown.wrap(console, max(20, console.width - len(label)))):
        line.rstrip()
        console.print(Text.assemble(label if i == 0 else " " * len(label), line), soft_wrap=True)


def _marked(console: Console, art: Article, ann: Annotations | None, shown: tuple[int, int],
            span: tuple[int, int]) -> Text:
    """The article from shown[0] to shown[1], its annotations styled and `span`
    highlighted (and bracketed when there is no colour)."""
    (lo, hi), (start, end) = shown, span
    text = Text(visible(art.text[lo:hi]))
    if ann is not None:
        for section in ("claims", "events", "actors"):
            for item in getattr(ann, section):
                for _, each in item.spans():
                    if each.end > lo and each.start < hi and not each.orphaned and \
                            art.text[each.start:each.end] == each.text:
                        text.stylize(STYLES[section], max(0, each.start - lo),
                                     min(hi, each.end) - lo)
    a, b = max(start, lo) - lo, min(end, hi) - lo
    text.stylize("reverse bold", a, b)
    if plain(console):
        text = Text.assemble(text[:a], "[" if start >= lo else "", text[a:b],
                             "]" if end <= hi else "", text[b:])
    return text


def _cut(text: str, start: int, end: int) -> int:
    """Where a piece of `text` from `start` to `end` is cut to be shown: `end`, or at a
    space within LONGEST_SHOWN characters of `start`."""
    if end - start <= LONGEST_SHOWN:
        return end
    return _before_space(text, start + LONGEST_SHOWN // 2, start + LONGEST_SHOWN)


def _before_space(text: str, start: int, end: int) -> int:
    """The last space from `start` to `end` (a cut there ends at a word), else `end`."""
    space = text.rfind(" ", start, end)
    return space if space >= 0 else end


def _after_space(text: str, start: int, end: int) -> int:
    """Just past the first space from `start` to `end` (a cut there starts at a word),
    else `start`."""
    space = text.find(" ", start, end)
    return space + 1 if space >= 0 else start


def snippet(console: Console, art: Article, start: int, end: int, width: int = 40) -> None:
    """One line: `  s5: …call to [Netanyahu]. Instead…`, for another item in the sentence
    just shown."""
    before, after = picking.around(art, start, end, width)
    number = art.sentence_at(start).number
    marked = Text(visible(art.text[start:end]), style="reverse bold")
    if plain(console):
        marked = Text.assemble("[", marked, "]")
    console.print(Text.assemble(f"  s{number}: {visible(before)}", marked,
                                visible(after)), no_wrap=True, overflow="ellipsis")


def listing(console: Console, ann: Annotations, section: str | None) -> None:
    sections = [section] if section else ["actors", "events", "claims"]
    for name in sections:
        items = getattr(ann, name)
        console.print(Text(f"{name} ({len(items)})", style="bold"))
        for item in items:  # (a long one goes on under its id, not at the left edge)
            console.print(Text(textwrap.fill(describe(item), console.width,
                                             initial_indent="  ", subsequent_indent="    ",
                                             break_long_words=False, break_on_hyphens=False)),
                          soft_wrap=True)


def describe(item: object) -> str:
    if isinstance(item, Actor):
        alias = f"; aliases {', '.join(item.aliases)}" if item.aliases else ""
        mentions = counted(len(item.mentions), "mention")
        line = f"{item.id}: {item.name} ({item.type}), {mentions}{alias}"
    elif isinstance(item, Event):
        people = ", ".join(f"{p.actor}:{p.role}" for p in item.participants) or "no participants"
        line = f"{item.id}: {item.type} '{item.trigger.text}' ({people})"
    elif isinstance(item, Claim):
        text = item.span.text if len(item.span.text) < 70 else item.span.text[:67] + "..."
        flag = "; verdict to re-check" if item.recheck else ""
        line = (f"{item.id}: {item.kind}, by {item.claimant or 'the outlet'}, "
                f"{'check-worthy' if item.checkworthy else 'not check-worthy'}, "
                f"verdict {item.verdict or '-'}{flag}: \"{text}\"")
    else:
        line = str(item)
    return visible(line)
