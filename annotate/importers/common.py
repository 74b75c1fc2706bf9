"""Small helpers the import readers share."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

from annotate.article import normalise
from annotate.errors import AnnotateError
from annotate.textfile import read_utf8

T = TypeVar("T")


def read_text(path: Path) -> str:
    return read_utf8(path)


def read_json(path: Path) -> Any:
    try:
        return json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise AnnotateError(f"invalid JSON: {exc.msg}", path, exc.lineno, exc.colno) from None


def read_json_lines(path: Path) -> list[tuple[int, dict[str, Any]]]:
    out = []
    # LF only, as JSON Lines says: U+2028 or a form feed inside a string is not a new line.
    for n, line in enumerate(read_text(path).split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AnnotateError(f"invalid JSON: {exc.msg}", path, n, exc.colno) from None
        if not isinstance(record, dict):
            raise AnnotateError("each line must be a JSON object", path, n)
        out.append((n, record))
    return out


def matching(path: Path, candidates: list[tuple[Any, int, T]], text: str) -> tuple[T, int]:
    """The record whose text is the article's (line endings aside)."""
    for candidate_text, where, record in candidates:
        if isinstance(candidate_text, str) and normalise(candidate_text) == text:
            return record, where
    raise AnnotateError(f"none of its {len(candidates)} record(s) has the text of the article",
                        path)
