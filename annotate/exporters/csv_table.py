"""`csv`: one row per annotation, UTF-8 with a header, for spreadsheets.

Lists of names are joined with `; `; lists of records (mentions, evidence) and
external ids are JSON in their cell, so nothing is lost.

A cell that starts with `=`, `+`, `-`, `@`, TAB or CR is a formula to a spreadsheet
(`=HYPERLINK(...)` in a claim's text would run when the file is opened): it gets a
leading `'`, as OWASP's "CSV Injection" page recommends, and the csv module quotes
every cell that needs it. A cell whose text starts with `'` (a quote: `'We will win,'
he said`) gets one more, so a reader can always strip ONE leading `'` from a cell that
starts with one and have the text back (with only the formulas guarded, `'=x` could be
the text `'=x` or `=x`, and stripping turned `'Tis` into `Tis`).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any

from annotate.exporters.base import Doc, Exporter, Rendered
from annotate.exporters.records import records

COLUMNS = ["document", "sidecar", "kind", "id", "type", "name", "start", "end", "text",
           "sentence", "mentions", "aliases", "external_ids", "participants", "factuality",
           "time", "place", "claimant", "claimant_name", "cue", "cue_start", "cue_end",
           "checkworthy", "verdict",
           "verdict_label", "about", "evidence", "note"]


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What pandas' read_csv takes for a missing value by default (pandas._libs.parsers.
# STR_NA_VALUES, 3.1), quoted or not, but for "" (every empty cell) and those a formula
# guard's `'` already keeps ("-nan", "-NaN", "-1.#IND", "-1.#QNAN").
PANDAS_NA = frozenset({"#N/A", "#N/A N/A", "#NA", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA",
                       "NULL", "NaN", "None", "n/a", "nan", "null"})
PANDAS_READ = 'pd.read_csv(FILE, dtype=str, keep_default_na=False)'


def _cell(key: str, value: Any) -> str:
    text = _text(key, value)
    return "'" + text if text.startswith((*FORMULA_START, "'")) else text


def _text(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "participants":
        return "; ".join(f"{p['actor']}:{p['role']}" for p in value)
    if key == "about":
        return "; ".join(a["id"] for a in value)
    if key == "aliases":
        return "; ".join(value)
    if key in ("mentions", "external_ids", "evidence"):
        return json.dumps(value, ensure_ascii=False) if value else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class CsvTable(Exporter):
    name = "csv"
    description = "one row per actor, event and claim (UTF-8, header row, RFC 4180 quoting)"
    offsets = "code points"
    loses = "span context (prefix/suffix), which the article gives back"
    notes = ("a cell starting with = + - @ TAB or CR gets a leading ' so spreadsheets do "
             "not run it as a formula (OWASP CSV injection); one starting with ' gets one "
             "more: strip one leading ' from a cell that starts with ' to get its text back; "
             f"pandas: {PANDAS_READ}, or it reads NA, null, nan ... as NaN")
    layout = "one CSV table, all documents after one header row (stdout or -o FILE)"
    file_name = "annotations.csv"

    def header(self) -> str:
        return ",".join(COLUMNS) + "\r\n"

    def render(self, doc: Doc) -> Rendered:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        notes: Counter[str] = Counter()
        for record in records(doc):
            texts = [_text(k, record.get(k)) for k in COLUMNS]
            row = [_cell(k, record.get(k)) for k in COLUMNS]
            notes[GUARD_NOTE] += sum(t.startswith(FORMULA_START) for t in texts)
            notes[QUOTE_NOTE] += sum(t.startswith("'") for t in texts)
            notes[NA_NOTE] += sum(t in PANDAS_NA for t in texts)
            writer.writerow(row)
        return Rendered(buffer.getvalue(), notes=+notes)


GUARD_NOTE = ("CSV cells starting with = + - @ TAB or CR got a leading ' so spreadsheets do "
              "not run them as formulas")
QUOTE_NOTE = ("CSV cells starting with ' got one more, so one leading ' can always be "
              "stripped to get a cell's text back")
NA_NOTE = (f"CSV cells pandas reads as a missing value by default (NA, null, nan ...): read "
           f"the file with {PANDAS_READ}")
