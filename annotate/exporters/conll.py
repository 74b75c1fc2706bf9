"""`conll`: CoNLL-2003 NER columns with IOB2 tags, a blank line between sentences.

Entities are actor mentions (tag = actor type, `B-person`) and event triggers
(`B-event-attack`). Claims and cues, which overlap them, cannot be held; nor can
overlapping or sentence-crossing entities (IOB gives each token one tag): they are
counted as dropped.

Every line has the four CoNLL-2003 columns `TOKEN POS CHUNK NER`; annotate knows no
part of speech or chunk, so those are `-X-` and `O`, as on the document line
`-DOCSTART- -X- O O` that starts each document (the line spaCy's `spacy convert`
splits documents at). Tokens are words and single punctuation marks, never part of a
character (an emoji ZWJ sequence, a letter with a combining accent, a flag stay whole:
Unicode extended grapheme clusters), and are also cut at entity boundaries. An entity
whose boundary falls inside a character is dropped (counted).

`--with-offsets` adds a comment line `# offsets = 0-5 6-12 ...` before each sentence
with every token's code-point offsets in the article, so the export maps back; that
line is not CoNLL-2003 (spaCy reads it as a token), so it is off by default.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

import regex

from annotate.exporters.base import Doc, Exporter, Rendered
from annotate.exporters.spans import CLAIM, CUE, EVENT, Entity, flatten

DOCSTART = "-DOCSTART- -X- O O"
POS_CHUNK = "-X- O"  # no part-of-speech or chunk tags: the DOCSTART line's placeholders
# A word: grapheme clusters that start with a word character; else one cluster that is
# not whitespace (a punctuation mark, an emoji with all its joiners and modifiers).
# Whitespace is also U+001C..U+001F: not Unicode White_Space, but Python's `str.split`
# (spaCy's `spacy convert` reads a row with it) and `splitlines` cut there.
_TOKEN = regex.compile(r"(?:(?=\w)\X)+|(?=[^\s\x1c-\x1f])\X")
_CLUSTER = regex.compile(r"\X")


def label(entity_label: str) -> str:
    """The NER tag's label: `event-attack` for an event; whitespace (which would start a
    new column) becomes `_`, so `political party` is `political_party`; so does a hyphen
    at either end, which seqeval's strict mode strips (`B--left` would be `left`)."""
    name = "event-" + entity_label[len(EVENT):] if entity_label.startswith(EVENT) \
        else entity_label
    name = "_".join(name.split())
    inner, lead = name.strip("-"), len(name) - len(name.lstrip("-"))
    return "_" * lead + inner + "_" * (len(name) - lead - len(inner))


def tokens(text: str, start: int, end: int, cuts: list[int]) -> Iterator[tuple[int, int]]:
    """Tokens (start, end) in text[start:end], also cut at the sorted offsets `cuts` that
    fall inside a token (every one is a cluster boundary: see `boundaries`)."""
    for match in _TOKEN.finditer(text, start, end):
        a, b = match.span()
        i = bisect_right(cuts, a)
        while i < len(cuts) and cuts[i] < b:
            yield a, cuts[i]
            a = cuts[i]
            i += 1
        yield a, b


def inside_a_cluster(text: str, offset: int) -> bool:
    """True when `offset` falls between two code points of one grapheme cluster."""
    if offset <= 0 or offset >= len(text):
        return False
    # Clusters are found from the last whitespace before `offset` (a cluster boundary:
    # whitespace is never an extending character), looking back at most 256 code points.
    floor = max(0, offset - 256)
    start = offset
    while start > floor and not text[start - 1].isspace():
        start -= 1
    for match in _CLUSTER.finditer(text, start, min(len(text), offset + 64)):
        if match.end() >= offset:
            return match.start() < offset < match.end()
    return False


class Conll(Exporter):
    name = "conll"
    description = "CoNLL-2003 NER columns (IOB2) for actor mentions and event triggers"
    offsets = "tokens (code-point offsets in '# offsets =' lines with --with-offsets)"
    loses = "claims, cues, links, attributes; overlapping entities"
    notes = ("columns TOKEN POS CHUNK NER with POS and CHUNK `-X- O` (unknown), as on the "
             "`-DOCSTART- -X- O O` line; tokens never split a character (grapheme cluster)")
    layout = "one text file, documents separated by -DOCSTART- (stdout or -o FILE)"
    file_name = "annotations.conll"

    def render(self, doc: Doc) -> Rendered:
        flat = flatten(doc.annotations)
        losses: Counter[str] = Counter()
        losses["claim spans (IOB holds entities only)"] = sum(
            e.label.startswith(CLAIM) for e in flat.entities)
        losses["cue spans (IOB holds entities only)"] = sum(e.label == CUE
                                                             for e in flat.entities)
        losses["links (roles, claimants, coreference)"] = len(flat.links)
        kept = self._entities(doc, flat.entities, losses)
        return Rendered(chunks=self._lines(doc, kept), losses=+losses)

    def _lines(self, doc: Doc, kept: list[Entity]) -> Iterator[str]:
        """The document's lines, a sentence at a time, as they are written."""
        cuts = sorted({e.start for e in kept} | {e.end for e in kept})
        starts = [e.start for e in kept]
        text = doc.text
        yield DOCSTART + "\n\n"
        for sentence in doc.article.sentences:
            found = list(tokens(text, sentence.start, sentence.end, cuts))
            if not found:
                continue
            lines = []
            if self.options.conll_offsets:
                lines.append("# offsets = " + " ".join(f"{a}-{b}" for a, b in found) + "\n")
            index = max(0, bisect_right(starts, found[0][0]) - 1)
            for a, b in found:
                while index < len(kept) and kept[index].end <= a:
                    index += 1
                tag = "O"
                if index < len(kept) and kept[index].start <= a:
                    prefix = "B" if kept[index].start == a else "I"
                    tag = f"{prefix}-{label(kept[index].label)}"
                lines.append(f"{text[a:b]} {POS_CHUNK} {tag}\n")
            lines.append("\n")
            yield "".join(lines)

    def _entities(self, doc: Doc, entities: list[Entity], losses: Counter[str]) -> list[Entity]:
        """The entities IOB can hold, in order: no overlap, inside one sentence, boundaries
        between characters."""
        kept: list[Entity] = []
        taken_until = -1
        for entity in entities:
            if entity.label.startswith(CLAIM) or entity.label == CUE:
                continue
            # (a span that ends on a line break ends before it, as brat's export trims it)
            trimmed = entity.text.rstrip()
            if trimmed and trimmed != entity.text:
                entity = replace(entity, end=entity.start + len(trimmed), text=trimmed)
            sentence = doc.article.sentence_at(entity.start)
            if entity.start < taken_until:
                losses["overlapping entities (IOB gives a token one tag)"] += 1
            elif entity.end > sentence.end:
                losses["entities crossing a sentence boundary"] += 1
            elif inside_a_cluster(doc.text, entity.start) or \
                    inside_a_cluster(doc.text, entity.end):
                losses["entities starting or ending inside a character (grapheme cluster)"] += 1
            else:
                kept.append(entity)
                taken_until = entity.end
        return kept
