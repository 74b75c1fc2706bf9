"""What the import readers share: reading JSON safely, and checking the shape of what
was read before anything is built from it.

An imported file comes from another tool, or from anyone: every field a reader uses is
checked for its type first (`Fields`), so a wrong one is one sentence naming the file,
the line or item, and the field, never an AttributeError from deep inside a reader.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from annotate.article import normalise
from annotate.errors import AnnotateError
from annotate.textfile import open_bytes, read_utf8

if TYPE_CHECKING:
    from annotate.importers.build import Draft

T = TypeVar("T")
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_INT_DIGITS = 19  # offsets and ids fit in 64 bits; longer numbers are refused unparsed


def read_text(path: Path) -> str:
    """The file's text, without a byte order mark (JSON readers refuse one)."""
    return read_utf8(path, "file to import").removeprefix("\ufeff")


class _TooLong(Exception):
    def __init__(self, digits: str) -> None:
        self.digits = digits


def _parse_int(digits: str) -> int:
    # json would hand a 5,000-digit number to int() (slow, then a ValueError); no offset
    # or id has more than 19 digits.
    if len(digits.lstrip("-")) > _INT_DIGITS:
        raise _TooLong(digits)
    return int(digits)


class _Twice(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A key given twice: json keeps the last value in silence ("annotations" twice drops
    # the first annotator's work); refused, as YAML's duplicate keys are.
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Twice(key)
            seen.add(key)
    return out


def loads(text: str, path: Path, line: int | None = None) -> Any:
    """JSON from an imported file, or an AnnotateError with the line and column."""
    try:
        return json.loads(text, parse_int=_parse_int, object_pairs_hook=_object)
    except _Twice as exc:
        raise AnnotateError(f"the key {exc.key!r} appears twice in one object (JSON readers "
                            "keep one of them; remove the other)", path, line) from None
    except json.JSONDecodeError as exc:
        raise AnnotateError(f"invalid JSON: {exc.msg}", path, line or exc.lineno,
                            exc.colno) from None
    except RecursionError:
        raise AnnotateError("the JSON is nested too deeply to read", path, line) from None
    except _TooLong as exc:
        at = text.find(exc.digits)
        where = line or text.count("\n", 0, at) + 1
        raise AnnotateError(f"the number {exc.digits[:20]}… is too large (offsets and ids "
                            "fit in 64 bits)", path, where) from None


def read_json(path: Path) -> Any:
    return loads(read_text(path), path)


def read_json_array(path: Path) -> Iterator[tuple[int, Any]]:
    """The items of a JSON array, numbered from 1 (or the one value that is not an array,
    numbered 0), each parsed when it is reached: a project's export of 100,000 tasks is
    never a list of 100,000 parsed tasks in memory, only its text."""
    text = read_text(path)
    start = _skip(text, 0)
    if not text.startswith("[", start):
        yield 0, loads(text, path)
        return
    decoder = json.JSONDecoder(parse_int=_parse_int, object_pairs_hook=_object)
    at = _skip(text, start + 1)
    if text.startswith("]", at):
        _end(text, at + 1, path)
        return
    n = 0
    while True:
        n += 1
        try:
            item, at = decoder.raw_decode(text, at)
        except json.JSONDecodeError as exc:
            raise AnnotateError(f"invalid JSON: {exc.msg}", path, exc.lineno, exc.colno) from None
        except (RecursionError, _TooLong, _Twice):
            loads(text, path)  # the whole text again, for the same sentence as a small file
            raise
        yield n, item
        at = _skip(text, at)
        if text.startswith(",", at):
            at = _skip(text, at + 1)
        elif text.startswith("]", at):
            _end(text, at + 1, path)
            return
        else:
            loads(text, path)  # a missing comma or bracket: json names it, with the line
            raise AnnotateError("invalid JSON", path)


def _skip(text: str, at: int) -> int:
    """Past the JSON whitespace at `at`."""
    found = _WHITESPACE.match(text, at)
    return found.end() if found else at


def _end(text: str, at: int, path: Path) -> None:
    if _skip(text, at) != len(text):
        loads(text, path)  # "Extra data", with its line and column
        raise AnnotateError("invalid JSON: extra data after the list", path)


def read_json_lines(path: Path, line_limit: int = 64 << 20
                    ) -> Iterator[tuple[int, dict[str, Any]]]:
    """The records of a JSON Lines file, one line read and parsed at a time (a whole
    project's export may be hundreds of MB; only one line is in memory)."""
    with open_bytes(path, "file to import") as handle:
        n = 0
        # LF only, as JSON Lines says: U+2028 or a form feed inside a string is not a new line.
        while raw := handle.readline(line_limit + 1):
            n += 1
            if len(raw) > line_limit and not raw.endswith(b"\n"):
                raise AnnotateError(f"the line is longer than {line_limit >> 20} MB", path, n)
            try:
                line = raw.decode("utf-8").removeprefix("\ufeff" if n == 1 else "")
            except UnicodeDecodeError as exc:
                raise AnnotateError(f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x} cannot "
                                    "be decoded)", path, n, exc.start + 1) from None
            if not line.strip():
                continue
            record = loads(line, path, n)
            if not isinstance(record, dict):
                raise AnnotateError(f"each line must be a JSON object, not {json_type(record)}",
                                    path, n)
            yield n, record


def matching(path: Path, candidates: Iterable[tuple[Any, int, T]], text: str,
             also: list[int] | None = None) -> tuple[T, int]:
    """The first record whose text is the article's (line endings aside); `also` gets
    where the others with that text are (two annotators' copies of one document). The
    candidates are taken one at a time and only the match is kept, but all are taken: a
    broken record after the match is still reported."""
    count, found = 0, None
    for candidate_text, where, record in candidates:
        count += 1
        # normalise() only drops a BOM and CRs: a text of any other length cannot match.
        if isinstance(candidate_text, str) and \
                len(text) <= len(candidate_text) <= 2 * len(text) + 1 and \
                normalise(candidate_text) == text:
            if found is None:
                found = record, where
            elif also is not None:
                also.append(where)
    if found is None:
        raise AnnotateError("it has no records" if not count else
                            "its one record does not have the text of the article"
                            if count == 1 else
                            f"none of its {count} records has the text of the article", path)
    return found


def to_article(draft: Draft, raw: str) -> None:
    """Moves the draft's spans from offsets into `raw` (the copy of the article another tool
    annotated, which may keep a byte order mark and CRLF line endings: brat's .txt, a Label
    Studio task, a doccano record) to offsets into the article as loaded, where both are
    dropped; otherwise every span after the first CR would land one character early."""
    gone = ([0] if raw.startswith("\ufeff") else []) + \
        [m.start() for m in re.finditer("\r(?=\n)", raw)]
    if gone:
        draft.entities = {k: (s - bisect_left(gone, s), e - bisect_left(gone, e), label)
                          for k, (s, e, label) in draft.entities.items()}


def json_type(value: Any) -> str:
    """How a value is named in a message: by its JSON type (booleans and null by value)."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int | float):
        return "a number" if isinstance(value, int) or not value.is_integer() \
            else f"the number {value!r}"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


class Fields:
    """Checks the fields of one imported item (a task, a record) as a reader takes them.

    `item` names it in messages ("task 2"); each check names the field by its path in
    the item (`annotations[0].result[3].value.start`)."""

    def __init__(self, path: Path, item: str, line: int | None = None) -> None:
        self.path, self.item, self.line = path, item, line

    def fail(self, field: str, wanted: str, value: Any) -> AnnotateError:
        return AnnotateError(f"{self.item}: {field} must be {wanted}, not {json_type(value)}",
                             self.path, self.line)

    def obj(self, value: Any, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, "an object", value)
        return value

    def array(self, value: Any, field: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(field, "a list", value)
        return value

    def text(self, value: Any, field: str) -> str:
        if not isinstance(value, str):
            raise self.fail(field, "a string", value)
        return value

    def offset(self, value: Any, field: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            if isinstance(value, int | float) and not isinstance(value, bool):
                # (a number of the wrong kind is named: -3 or 0.5 is not "not a number")
                raise AnnotateError(f"{self.item}: {field} must be a whole number of 0 or "
                                    f"more, not the number {value!r}", self.path, self.line)
            raise self.fail(field, "a whole number of 0 or more", value)
        return value

    def ident(self, value: Any, field: str) -> str:
        """An id: a string or a whole number (Label Studio and doccano use both)."""
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise self.fail(field, "a string or a whole number", value)
        return str(value)

    def strings(self, value: Any, field: str) -> list[str]:
        items = self.array(value, field)
        for i, item in enumerate(items):
            self.text(item, f"{field}[{i}]")
        return items
