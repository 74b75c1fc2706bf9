"""Export formats, by name. The CLI's `--to` choices and `annotate export --list` come
from this registry; each format is one module with one `Exporter` subclass."""

from __future__ import annotations

from annotate.exporters.base import Doc, Exporter, Losses, Options, Rendered
from annotate.exporters.brat import Brat
from annotate.exporters.canonical_json import CanonicalJson
from annotate.exporters.claimreview import ClaimReview
from annotate.exporters.conll import Conll
from annotate.exporters.csv_table import CsvTable
from annotate.exporters.doccano import Doccano
from annotate.exporters.jsonl import Jsonl
from annotate.exporters.label_studio import LabelStudio
from annotate.exporters.prodigy import Prodigy
from annotate.exporters.w3c import W3C

EXPORTERS: dict[str, type[Exporter]] = {cls.name: cls for cls in (
    CanonicalJson, Jsonl, CsvTable, Brat, W3C, ClaimReview, Conll, LabelStudio, Doccano,
    Prodigy)}

__all__ = ["EXPORTERS", "Doc", "Exporter", "Losses", "Options", "Rendered"]
