"""`conll`: CoNLL-2003 style IOB2, `TOKEN TAG` per line, a blank line between sentences.

Entities are actor mentions (tag = actor type, `B-person`) and event triggers
(`B-event-attack`). Claims and cues, which overlap them, cannot be held; nor can
overlapping or sentence-crossing entities (IOB gives each token one tag): they are
counted as dropped. Tokens are words and punctuation, also cut at entity boundaries.

Each document starts with `-DOCSTART- -X- -X- O`. Before each sentence a comment line
`# offsets = 0-5 6-12 ...` gives every token's code-point offsets in the article, so
the export maps back; readers that do not know `#` comments should skip lines starting
with `# `.
"""

from __future__ import annotations

from collections import Counter

from annotate.exporters.base import Doc, Exporter, Rendered
from annotate.exporters.spans import CLAIM, CUE, EVENT, flatten, tokenize

DOCSTART = "-DOCSTART- -X- -X- O"


def label(entity_label: str) -> str:
    return "event-" + entity_label[len(EVENT):] if entity_label.startswith(EVENT) \
        else entity_label


class Conll(Exporter):
    name = "conll"
    description = "CoNLL-2003 IOB2 tags for actor mentions and event triggers"
    offsets = "tokens (code-point offsets in '# offsets =' comment lines)"
    loses = "claims, cues, links, attributes; overlapping entities"
    layout = "one text file, documents separated by -DOCSTART- (stdout or -o FILE)"

    def render(self, doc: Doc) -> Rendered:
        flat = flatten(doc.annotations)
        losses: Counter[str] = Counter()
        losses["claim spans (IOB holds entities only)"] = sum(
            e.label.startswith(CLAIM) for e in flat.entities)
        losses["cue spans (IOB holds entities only)"] = sum(e.label == CUE
                                                             for e in flat.entities)
        losses["links (roles, claimants, coreference)"] = len(flat.links)
        kept = []
        taken_until = -1
        sentences = doc.article.sentences
        entities = [e for e in flat.entities if not e.label.startswith(CLAIM) and e.label != CUE]
        for entity in entities:
            sentence = doc.article.sentence_at(entity.start)
            if entity.start < taken_until:
                losses["overlapping entities (IOB gives a token one tag)"] += 1
            elif entity.end > sentence.end:
                losses["entities crossing a sentence boundary"] += 1
            else:
                kept.append(entity)
                taken_until = entity.end
        cuts = {e.start for e in kept} | {e.end for e in kept}
        lines = [DOCSTART, ""]
        index = 0
        text = doc.text
        for sentence in sentences:
            tokens = tokenize(text, sentence.start, sentence.end, cuts)
            if not tokens:
                continue
            lines.append("# offsets = " + " ".join(f"{a}-{b}" for a, b in tokens))
            for a, b in tokens:
                while index < len(kept) and kept[index].end <= a:
                    index += 1
                tag = "O"
                if index < len(kept) and kept[index].start <= a:
                    prefix = "B" if kept[index].start == a else "I"
                    tag = f"{prefix}-{label(kept[index].label)}"
                lines.append(f"{text[a:b]} {tag}")
            lines.append("")
        return Rendered("\n".join(lines) + "\n", losses=+losses)
