"""What the import readers share: reading JSON safely, and checking the shape of what
was read before anything is built from it.

An imported file comes from another tool, or from anyone: every field a reader uses is
checked for its type first (`Fields`), so a wrong one is one sentence naming the file,
the line or item, and the field, never an AttributeError from deep inside a reader.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

from annotate.article import normalise
from annotate.errors import AnnotateError
from annotate.textfile import read_utf8

T = TypeVar("T")
_INT_DIGITS = 19  # offsets and ids fit in 64 bits; longer numbers are refused unparsed


def read_text(path: Path) -> str:
    return read_utf8(path, "file to import")


class _TooLong(Exception):
    def __init__(self, digits: str) -> None:
        self.digits = digits


def _parse_int(digits: str) -> int:
    # json would hand a 5,000-digit number to int() (slow, then a ValueError); no offset
    # or id has more than 19 digits.
    if len(digits.lstrip("-")) > _INT_DIGITS:
        raise _TooLong(digits)
    return int(digits)


def loads(text: str, path: Path, line: int | None = None) -> Any:
    """JSON from an imported file, or an AnnotateError with the line and column."""
    try:
        return json.loads(text, parse_int=_parse_int)
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


def read_json_lines(path: Path) -> list[tuple[int, dict[str, Any]]]:
    out = []
    # LF only, as JSON Lines says: U+2028 or a form feed inside a string is not a new line.
    for n, line in enumerate(read_text(path).split("\n"), 1):
        if not line.strip():
            continue
        record = loads(line, path, n)
        if not isinstance(record, dict):
            raise AnnotateError(f"each line must be a JSON object, not {json_type(record)}",
                                path, n)
        out.append((n, record))
    return out


def matching(path: Path, candidates: list[tuple[Any, int, T]], text: str) -> tuple[T, int]:
    """The record whose text is the article's (line endings aside)."""
    for candidate_text, where, record in candidates:
        if isinstance(candidate_text, str) and normalise(candidate_text) == text:
            return record, where
    raise AnnotateError(f"none of its {len(candidates)} record(s) has the text of the article",
                        path)


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
