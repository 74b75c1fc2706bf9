"""`doccano`: doccano JSONL for sequence labelling with relations.

annotate lets spans overlap (a claim holds its claimant's mention); a doccano project
drops overlapping spans unless "Allow overlapping entity" is enabled in its settings,
and then fails on the relations that pointed at them. `--list` says so, and the export
counts the overlapping spans in a note on stderr. doccano 1.8.4's own importer (its
JSONL(Relation) format) took the sample's export whole while this was written: every
span and relation.

The file is ASCII (JSON escapes): that format offers no encoding (catalog.py: ArgNone), so
doccano guesses one with chardet (parsers.py, detect_encoding), which took UTF-8 with
emoji for Windows-1254 and failed the whole import. ASCII reads the same whatever it guesses.

A label or relation type is at most 100 characters in doccano (backend/label_types/
models.py: `text = models.CharField(max_length=100)`): on PostgreSQL, which doccano's
Docker setup runs, one longer label failed the whole import ("value too long for type
character varying(100)"). The export refuses such a label, naming it, before any file is
written.

doccano's label types are unique per project by their text (backend/label_types/models.py,
a UniqueConstraint on project and text), and its importer creates them with
`bulk_create(..., ignore_conflicts=True)`, then looks each record's label up by its exact
text (data_import/pipeline/label_types.py). On MySQL, whose default collations compare
without case and accents (and, in MariaDB's, trailing spaces), `Person` after `person` is
a conflict and silently not created, and the lookup of `Person` then fails the import
(KeyError). PostgreSQL and SQLite tell the two apart, so such labels are not refused: a
note names each pair a document uses.

One line per document: `text`, `entities` [{id, label, start_offset, end_offset}] and
`relations` [{id, from_id, to_id, type}], plus `document` (the article path) as
metadata. Labels and relation types follow `annotate.exporters.spans`. Offsets are
UTF-16 code units, the unit of doccano's browser annotator (v-annotator indexes the
text as a JavaScript string: doccano/doccano#2290), which shows and saves every span;
its server stores them as they come. After an emoji, code points would be drawn
shifted. With the project's "Count grapheme clusters as one character" on, doccano
counts graphemes instead: `--list` says to leave it off.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter

from annotate.errors import AnnotateError
from annotate.exporters.base import Doc, Exporter, Rendered, utf16_offsets
from annotate.exporters.spans import attribute_losses, flatten, overlaps


class Doccano(Exporter):
    name = "doccano"
    description = "doccano JSONL: text, entities and relations"
    offsets = "UTF-16 code units, as doccano's annotator counts"
    loses = "ids, actor names and aliases, notes, verdicts, factuality, time/place, evidence"
    layout = "JSON Lines, one line per document (stdout or -o FILE)"
    file_name = "doccano.jsonl"
    notes = ('enable "Allow overlapping entity" in the doccano project\'s settings before '
             "importing: annotate's spans overlap (a claim holds its claimant's mention), and "
             "doccano otherwise drops them and then fails on their relations; leave \"Count "
             "grapheme clusters as one character\" off")

    def render(self, doc: Doc) -> Rendered:
        flat = flatten(doc.annotations)
        too_long = sorted({label for label in [*(e.label for e in flat.entities),
                                               *(r.label for r in flat.links)]
                           if len(label) > LABEL_LIMIT})
        if too_long:
            more = len(too_long) - 1
            raise AnnotateError(
                f"doccano holds labels of at most {LABEL_LIMIT} characters; {too_long[0]!r} has "
                f"{len(too_long[0])}" + (f", and {more} more label{'s are' if more > 1 else ' is'}"
                                         " longer" if more else "")
                + ": shorten the names in annotate.yaml",
                None if doc.inventory.source == "built-in" else doc.inventory.source)
        number = {e.key: i for i, e in enumerate(flat.entities, 1)}
        unit = utf16_offsets(doc.text)
        record = {
            "text": doc.text,
            "entities": [{"id": number[e.key], "label": e.label, "start_offset": unit[e.start],
                          "end_offset": unit[e.end]} for e in flat.entities],
            "relations": [{"id": i, "from_id": number[r.head], "to_id": number[r.child],
                           "type": r.label} for i, r in enumerate(flat.links, 1)],
            "document": doc.annotations.document.path,
        }
        overlapping = overlaps([(e.start, e.end) for e in flat.entities])
        notes = Counter({OVERLAP_NOTE: overlapping} if overlapping else {})
        for labels in ({e.label for e in flat.entities}, {r.label for r in flat.links}):
            for pair in alike(labels):
                notes[ALIKE_NOTE.format(*map(repr, pair))] += 1
        # ASCII, so doccano's guess of the encoding cannot matter (see the docstring)
        return Rendered(json.dumps(record) + "\n", losses=attribute_losses(flat), notes=notes)


LABEL_LIMIT = 100  # doccano's label types' text column (see the module's docstring)
OVERLAP_NOTE = ('overlapping spans: enable "Allow overlapping entity" in the doccano '
                "project's settings before importing, or doccano drops them")
ALIKE_NOTE = ("documents with labels {} and {}, which doccano on MySQL holds as one "
              "(its collations ignore case and accents) and then fails the import: rename "
              "one in annotate.yaml (PostgreSQL and SQLite tell them apart)")


def mysql_key(label: str) -> str:
    """A label as MySQL's default collations compare it: no accents (marks dropped after
    compatibility decomposition), no case, no trailing spaces (MariaDB's PAD SPACE)."""
    decomposed = unicodedata.normalize("NFKD", label)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.casefold().rstrip(" ")


def alike(labels: set[str]) -> list[tuple[str, str]]:
    """Pairs of distinct labels that MySQL's collations take for one, sorted."""
    first: dict[str, str] = {}
    pairs = []
    for label in sorted(labels):
        key = mysql_key(label)
        if key in first:
            pairs.append((first[key], label))
        else:
            first[key] = label
    return pairs
