"""The sidecar's JSON Schema: one file, shipped in the package, validated two ways.

jsonschema-rs (compiled) answers "is it valid?" fast; jsonschema explains the files
that are not, with paths we can turn into line numbers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from annotate.visible import counted

# Package data sits beside the modules (the wheel installs it unzipped); a plain path
# saves importing importlib.resources on every run.
SCHEMA_FILE = Path(__file__).with_name("data") / "annotation.schema.json"


def text() -> str:
    return SCHEMA_FILE.read_text("utf-8")


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(text())
    return loaded


@lru_cache(maxsize=1)
def _fast() -> Any:
    # jsonschema-rs imports `decimal` from Rust when it first validates; Ctrl-C during that
    # import panics it (exit 1, a Rust message) instead of stopping cleanly. Imported here
    # first, an interrupt lands in Python and is handled like any other.
    import decimal  # noqa: F401

    import jsonschema_rs

    return jsonschema_rs.validator_for(schema())


@lru_cache(maxsize=1)
def _detailed() -> Any:
    from jsonschema import Draft202012Validator, validators

    # JSON Schema counts 1.0 as an integer; an offset of 1.0 is still no list index, so
    # here an integer is an int. The compiled validator cannot be told so: `errors` does
    # not trust it with data that holds floats.
    def is_int(checker: Any, instance: Any) -> bool:
        return isinstance(instance, int) and not isinstance(instance, bool)

    checker = Draft202012Validator.TYPE_CHECKER.redefine("integer", is_int)
    strict = validators.extend(Draft202012Validator, type_checker=checker)
    return strict(schema())


def warm() -> None:
    """Build the fast validator now (before worker processes fork and inherit it)."""
    _fast()


def errors(data: Any, floats: bool = True) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(JSON path, message) for each way `data` breaks the schema; nothing when valid.

    `floats=False` says the data holds no float (the YAML loader knows), so the fast
    validator's "valid" can be trusted."""
    if not floats and _fast().is_valid(data):
        return
    seen = set()
    for error in sorted(_detailed().iter_errors(data), key=lambda e: list(map(str, e.path))):
        for leaf in _leaves(error):
            path = tuple(leaf.absolute_path)
            message = _message(leaf)
            if (path, message) not in seen:
                seen.add((path, message))
                yield path, message


def _leaves(error: Any) -> Iterator[Any]:
    """For oneOf/anyOf failures, the most relevant sub-error rather than a wall of text.

    A branch that failed only on `type` is one the value was never meant for: with
    `claimant: {oneOf: [id, null]}`, "'Ines Duarte' is not a valid id" helps and
    "'Ines Duarte' is not of type 'null'" does not.
    """
    if error.context and error.validator in ("oneOf", "anyOf"):
        from jsonschema.exceptions import best_match

        context = [e for e in error.context if e.validator != "type"] or error.context
        yield from _leaves(best_match(context))
    else:
        yield error


def _short(value: Any) -> str:
    """A value as a message shows it: a long string cut, a list or mapping named."""
    if isinstance(value, list):
        return f"a list of {counted(len(value), 'item')}"
    if isinstance(value, dict):
        return "a mapping"
    text = repr(value)
    return text if len(text) <= 60 else text[:58] + "…'"


def _message(error: Any) -> str:
    kind, value, instance = error.validator, error.validator_value, error.instance
    if kind == "type" and not error.absolute_path and value == "object":
        name = "list" if isinstance(instance, list) else type(instance).__name__
        return f"the top level must be a mapping, not a {name}"
    if kind == "type" and value == "integer" and isinstance(instance, float) \
            and instance.is_integer():
        return f"{instance!r} is not a whole number; write {int(instance)}"
    if kind == "type" and isinstance(instance, (bool, type(None))):
        # (as YAML writes them: a key with no value is null, not Python's None)
        shown = {None: "null (no value)", True: "true", False: "false"}[instance]
        return f"{shown} is not of type {value!r}"
    if kind == "pattern":
        shown = value.replace("$(?!\\n)", "$")  # the guard is for Python's re, not people
        if error.schema.get("description", "").startswith("A short"):
            return f"{_short(instance)} is not a valid id (lower-case letters, digits, '-', " \
                   "'_', '.')"
        return f"{_short(instance)} does not match {shown!r}"
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return f"unknown key {extra[0]!r}" if len(extra) == 1 else f"unknown keys {extra}"
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"missing required key {missing!r}"
    if kind == "const":
        return f"must be {value!r}, not {_short(instance)}"
    message = str(error.message)
    full = repr(instance)
    return message.replace(full, _short(instance)) if len(full) > 60 else message
