"""YAML policy in one place: strict safe loading with positions, deterministic dumping,
and the one atomic-write helper every writer uses.

Loading builds plain Python values ourselves, so that we can refuse what PyYAML would
silently accept (duplicate keys keep the last value; aliases and custom tags) and keep
YAML 1.1 surprises out of the data (`yes`/`no`/`on`/`off` and dates stay strings; a
mapping key is always its text as written, so `null:` is the key 'null').

Two paths give the same data. The fast one builds values straight from libyaml's event
stream (no node tree, no marks kept): most files are clean, and for them it is about
twice as fast. At the first thing it does not handle itself (an alias, an anchor, a tag,
a duplicate or non-scalar key, an odd number, a parse error, a second document, deep
nesting) it gives up, and the full path composes the node tree and reports the problem
with its line and column. The node tree of a file loaded the fast way is composed only
when a finding asks where a JSON path is (`Loaded.locate`).
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import io
import os
import re
import signal
import stat
import tempfile
import threading
import time
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from annotate.errors import AnnotateError

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# A whole number as annotate writes it; YAML 1.1 also reads 0364 (octal: 244), 0x16c,
# 3_64 and +364, which a hand edit may have meant otherwise.
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)")


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """libyaml's loader, minus most of its Python-side cost.

    The composer asks Python to resolve the tag of every scalar (regexes in PyYAML's
    resolver) and to track path resolvers (none are registered). A sidecar repeats the
    same few hundred plain scalars (keys, ids, types), so their tags are cached.
    """

    _tags: dict[str, str] = {}

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode and implicit[0]:
            tag = self._tags.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(self._tags) < 50_000:
                    self._tags[value] = tag
            return tag
        return super().resolve(kind, value, implicit)

    def descend_resolver(self, current_parent: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_SCALARS = yaml.constructor.SafeConstructor()

# Whole numbers are offsets, lengths and counts: what fits in 64 bits (as JSON tools read
# them). Longer digit strings are refused before int() parses them (its cost is quadratic).
_INT_MAX = 2**63 - 1
_INT_CHARS = 40  # room for signs, `0x`/`0o`/`0b` prefixes and `_` separators

_T = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = _T + "str", _T + "int", _T + "float", _T + "bool", _T + "null"
TIMESTAMP, MAP, SEQ = _T + "timestamp", _T + "map", _T + "seq"

JsonPath = tuple[str | int, ...]


class YamlError(AnnotateError):
    """The file is not YAML we accept; carries the line and column."""


# YAML 1.1 also breaks lines at NEL, LS and PS (U+0085, U+2028, U+2029), which a note may
# hold and annotate writes unescaped in a block or single-quoted scalar; an editor (and
# `grep -n`) does not, so below one libyaml's line numbers were off by one each.
_YAML_ONLY_BREAK = re.compile("[\x85\u2028\u2029]")
_BREAK = re.compile(r"\r\n?|\n")


class _Lines:
    """1-based line and column of libyaml's marks in `text`, as an editor counts them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.odd: bool | None = None  # whether it holds such a break (looked at once)
        self.starts: list[int] = []  # where each line starts

    def of(self, mark: Any) -> tuple[int, int]:
        if self.odd is None:
            self.odd = _YAML_ONLY_BREAK.search(self.text) is not None
        return self.at(mark.index) if self.odd else (mark.line + 1, mark.column + 1)

    def at(self, index: int) -> tuple[int, int]:
        """Of a character's index."""
        if not self.starts:
            self.starts = [0, *(m.end() for m in _BREAK.finditer(self.text))]
        line = bisect_right(self.starts, index)
        return line, index - self.starts[line - 1] + 1


@dataclass
class Loaded:
    """Parsed data plus the node tree it came from (for line/column look-ups)."""

    data: Any
    root: Node | None
    floats: bool = False  # the data holds a float (JSON Schema would take 1.0 for an integer)
    # The text, when the node tree is still to be composed (the fast path keeps none).
    text: str | None = field(default=None, repr=False)
    lines: _Lines | None = field(default=None, repr=False)

    def locate(self, path: Iterable[str | int]) -> tuple[int, int]:
        """1-based line and column of the deepest node on `path`."""
        if self.root is None and self.text is not None:
            self.root, self.text = _compose(self.text), None
        node = self.root
        if node is None:
            return 1, 1
        for step in path:
            child = _child(node, step)
            if child is None:
                break
            node = child
        if self.lines is None:
            return node.start_mark.line + 1, node.start_mark.column + 1
        return self.lines.of(node.start_mark)


def _child(node: Node, step: str | int) -> Node | None:
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if key.value == step or (isinstance(step, str) and str(key.value) == step):
                return value
    elif isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return node.value[step]
    return None


def load(text: str, path: object = None) -> Loaded:
    """Parse one YAML document strictly. Raises YamlError with line and column."""
    fast = _fast_load(text)
    if fast is not None:
        return fast
    return _full_load(text, path)


def _compose(text: str) -> Node | None:
    """The node tree of a text the fast path has already read without a problem."""
    loader = _Loader(text)
    try:
        return loader.get_single_node()  # type: ignore[no-any-return]
    finally:
        loader.dispose()


def _full_load(text: str, path: object) -> Loaded:
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "is not valid YAML"
        if exc.context:  # "expected a single document in the stream, but found another..."
            problem = f"{exc.context}, {problem}"
        lines = _Lines(text)
        line, column = lines.of(mark) if mark else (None, None)
        if mark and "cannot start any token" in problem and text[mark.index:mark.index + 1] == "\t":
            problem = "a tab, where YAML indents with spaces only; replace it with spaces"
        elif mark and (odd := _break_before(text, mark.index)) is not None:
            # (a note pasted with one: its words after it were a line of their own)
            line, column = lines.at(odd)
            char = f"{ord(text[odd]):04X}"
            problem = (f"the character U+{char} here is a line break to YAML, though not to an "
                       f"editor ({problem}); write the value in double quotes with it escaped "
                       f'("\\u{char}")')
        raise YamlError(f"invalid YAML: {problem}", path, line, column) from None
    except yaml.reader.ReaderError as exc:  # a control character: no mark, a byte offset
        line, column = _line_column(text, exc.position)
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise YamlError(f"invalid YAML: the character U+{code:04X} is not allowed; write it "
                        f'escaped in a double-quoted string ("\\u{code:04X}")',
                        path, line, column) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", path) from None
    finally:
        loader.dispose()
    if root is None:
        return Loaded(None, None)
    builder = _Builder(text, path)
    try:
        return Loaded(builder.build(root), root, builder.floats, lines=builder.lines)
    except RecursionError:  # libyaml allows 1,000 levels; Python's stack does not
        raise YamlError("the YAML is nested too deeply", path, 1, 1) from None


def _break_before(text: str, index: int) -> int | None:
    """Where a line break only YAML sees is, on the line of `index` or the one before."""
    start = max(text.rfind("\n", 0, text.rfind("\n", 0, index)), 0)
    found = _YAML_ONLY_BREAK.search(text, start, index)
    return None if found is None else found.start()


def _line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a UTF-8 byte offset into `text` (libyaml counts bytes)."""
    before = text.encode("utf-8", "surrogatepass")[:offset].decode("utf-8", "replace")
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


class _Builder:
    def __init__(self, text: str, path: object) -> None:
        self.text = text
        self.path = path
        self.seen: set[int] = set()
        self.floats = False
        self.lines = _Lines(text)

    def bad_tag(self, node: Node) -> YamlError:
        tag = node.tag.replace(_T, "!!")
        return self.fail(node, f"YAML tag {tag!r} is not allowed; write plain values")

    def fail(self, node: Node, message: str) -> YamlError:
        return YamlError(message, self.path, *self.lines.of(node.start_mark))

    def build(self, node: Node) -> Any:
        if id(node) in self.seen:
            raise self.alias_error(node)
        self.seen.add(id(node))
        if isinstance(node, ScalarNode):
            return self.scalar(node)
        if isinstance(node, SequenceNode):
            if node.tag != SEQ:
                raise self.bad_tag(node)
            return [self.build(item) for item in node.value]
        assert isinstance(node, MappingNode)
        if node.tag != MAP:
            raise self.bad_tag(node)
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise self.fail(key_node, "mapping keys must be plain strings")
            if key_node.tag == _T + "merge":
                raise self.fail(key_node, "YAML merge keys ('<<') are not allowed")
            if key_node.tag not in _KEY_TAGS or (key_node.style and key_node.tag != STR):
                raise self.bad_tag(key_node)
            key = key_node.value  # a key is the text as written: `null:` is 'null'
            if key in out:
                raise self.fail(key_node, f"duplicate key {key!r} (YAML would silently keep only "
                                          "the last one)")
            self.seen.add(id(key_node))
            out[key] = self.build(value_node)
        return out

    def scalar(self, node: ScalarNode) -> Any:
        tag, value = node.tag, node.value
        if tag == STR:
            return value
        if node.style:  # quoted or block scalars resolve to str unless explicitly tagged
            raise self.bad_tag(node)
        if tag == NULL:
            return None
        if tag == BOOL:
            # YAML 1.1 turns yes/no/on/off into booleans; only true/false are booleans here.
            return value.lower() == "true" if value.lower() in ("true", "false") else value
        if tag in (INT, FLOAT):
            if ":" in value:  # YAML 1.1 sexagesimal: "12:30" is a time, not 750
                return value
            try:
                if tag == FLOAT:
                    self.floats = True
                    return _SCALARS.construct_yaml_float(node)
                number = _SCALARS.construct_yaml_int(node) if len(value) <= _INT_CHARS else None
            except (ValueError, IndexError):  # `!!int abc`: a tag on what is no number
                raise self.bad_tag(node) from None
            if number is None or not -_INT_MAX - 1 <= number <= _INT_MAX:
                shown = value if len(value) <= 21 else value[:20] + "…"
                raise self.fail(node, f"the number {shown} is too large (whole numbers here "
                                      "fit in 64 bits)")
            if tag == INT and not _DECIMAL.fullmatch(value):  # YAML 1.1's other forms
                raise self.fail(node, f"the number {value} is not plain decimal (YAML reads "
                                      f"it as {number}); write it without a leading 0, 0x, "
                                      "0b, '_' or '+'")
            return number
        if tag == TIMESTAMP:
            return value
        raise self.bad_tag(node)

    def alias_error(self, node: Node) -> YamlError:
        # The composer has already resolved the alias; find where it was written.
        try:
            for event in yaml.parse(self.text, Loader=_Loader):
                if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
                    return YamlError(f"YAML alias '*{event.anchor}' is not allowed; write the "
                                     "value out in full", self.path,
                                     *self.lines.of(event.start_mark))
        except yaml.YAMLError:
            pass
        return self.fail(node, "YAML aliases are not allowed; write the value out in full")


# --- the fast path -------------------------------------------------------------------

# libyaml's parser (events only); without libyaml the full path does everything.
_Parser: Any = getattr(getattr(yaml, "_yaml", None), "CParser", None)
_GIVE_UP = object()  # the fast path's answer for anything the full path must judge
_DEEPEST = 100  # deeper files go the full way (which refuses the very deep ones)
_RESOLVER = yaml.resolver.Resolver()


# What a plain key may resolve to; whatever it resolves to, the key is its text.
_KEY_TAGS = frozenset((STR, NULL, BOOL, INT, FLOAT, TIMESTAMP))

# Plain scalars repeat (keys, ids, types, offsets): their values are cached.
_PLAIN: dict[str, Any] = {}


def _plain(value: str) -> Any:
    """A plain (unquoted) scalar's value, as `_Builder.scalar` gives it, or _GIVE_UP."""
    out = _PLAIN.get(value, _PLAIN)
    if out is _PLAIN:
        out = _resolve_plain(value)
        if len(_PLAIN) < 50_000:
            _PLAIN[value] = out
    return out


def _resolve_plain(value: str) -> Any:
    tag = _RESOLVER.resolve(ScalarNode, value, (True, False))
    if tag == STR:
        return value
    if tag == NULL:
        return None
    if tag == BOOL:
        return value.lower() == "true" if value.lower() in ("true", "false") else value
    if tag == TIMESTAMP or (tag in (INT, FLOAT) and ":" in value):
        return value
    if tag == INT and value.isdigit() and (value[0] != "0" or value == "0") and len(value) < 19:
        return int(value)  # the common case (offsets): plain decimal digits, 64 bits
    return _GIVE_UP  # other numbers (floats, signs, 0x, too large), merge keys, '='


def reads_as(key: str) -> str | None:
    """What a key's text would be read as, written as a plain value, when it is not text:
    "null" (`~`, `null`, nothing), "true or false" or "a number"; None for text. (A key is
    always its text, so `~:` is the key '~'; a name meant as a word never looks like that.)"""
    value = _resolve_plain(key)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, str) or key.strip() in ("<<", "="):  # (merge and value keys)
        return None
    return "a number"


def _fast_load(text: str) -> Loaded | None:
    """The data of a clean, plain YAML document from libyaml's events, or None for
    anything the full path must judge (see the module docstring)."""
    if _Parser is None:
        return None
    parser = _Parser(text)
    try:
        data = _build_from_events(parser.get_event)
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()
    if data is _GIVE_UP:
        return None
    return Loaded(data, None, False, None if data is None else text, _Lines(text))


def _build_from_events(get: Any) -> Any:
    """Values from the events of one document, or _GIVE_UP. (One loop, the enclosing
    containers on a stack: this is the hot path of reading a corpus.)"""
    events = yaml.events
    scalar, mapping, sequence = events.ScalarEvent, events.MappingStartEvent, \
        events.SequenceStartEvent
    mapping_end, sequence_end = events.MappingEndEvent, events.SequenceEndEvent
    plain, no_key = _PLAIN, _GIVE_UP
    get()  # StreamStartEvent
    if type(get()) is events.StreamEndEvent:
        return None  # an empty stream (or only comments)
    stack: list[Any] = []  # the containers enclosing `top`
    top: Any = None  # the mapping or sequence being filled
    is_map = False
    key: Any = no_key  # in a mapping: the key waiting for its value
    while True:
        event = get()
        kind = type(event)
        if kind is scalar:
            if event.anchor is not None or event.tag is not None:
                return _GIVE_UP
            value = event.value
            if not event.style:
                value = plain.get(value, plain)
                if value is plain:
                    value = _plain(event.value)
                if value is _GIVE_UP:
                    return _GIVE_UP
            if top is None:
                root = value  # a document that is one scalar
                break
            if not is_map:
                top.append(value)
            elif key is no_key:
                key = event.value  # as written, as the full path keeps it
                if key in top:
                    return _GIVE_UP  # a duplicate key: the full path says where
            else:
                top[key] = value
                key = no_key
        elif kind is mapping or kind is sequence:
            if event.anchor is not None or event.tag is not None or len(stack) >= _DEEPEST:
                return _GIVE_UP
            value = {} if kind is mapping else []
            if top is not None:
                if not is_map:
                    top.append(value)
                elif key is no_key:
                    return _GIVE_UP  # a mapping or sequence as a key
                else:
                    top[key] = value
                stack.append(top)
            top, is_map, key = value, kind is mapping, no_key
        elif kind is mapping_end or kind is sequence_end:
            if not stack:
                root = top
                break
            top = stack.pop()
            is_map, key = type(top) is dict, no_key
        else:  # an alias
            return _GIVE_UP
    if type(get()) is not events.DocumentEndEvent or type(get()) is not events.StreamEndEvent:
        return _GIVE_UP  # a second document: the full path refuses it
    return root


class Flow(dict):  # type: ignore[type-arg]
    """A mapping dumped on one line (spans), so a diff shows one changed line."""


class _Dump(_Dumper):  # type: ignore[misc,valid-type]
    pass


def _represent_str(dumper: Any, value: str) -> Any:
    style = "|" if "\n" in value and not value.endswith((" ", "\t")) else None
    return dumper.represent_scalar(STR, value, style=style)


class FlowList(list):  # type: ignore[type-arg]
    """A short list of names or ids, dumped on one line: `aliases: [Putin, Vladimir]`."""


def _represent_flow(dumper: Any, value: Flow) -> MappingNode:
    # Inside a one-line mapping, a line break must be an escape ("\\n"), not a folded line.
    node = MappingNode(MAP, [], flow_style=True)
    for key, item in value.items():
        multiline = isinstance(item, str) and "\n" in item
        node.value.append((dumper.represent_data(key),
                           dumper.represent_scalar(STR, item, style='"') if multiline
                           else dumper.represent_data(item)))
    return node


_Dump.add_representer(Flow, _represent_flow)
_Dump.add_representer(FlowList, lambda d, v: d.represent_sequence(SEQ, v, flow_style=True))
_Dump.add_representer(str, _represent_str)
# LibYAML writes a character beyond the Basic Multilingual Plane (an emoji) as an escape,
# "\U0001F469"; the sidecar promises UTF-8, unescaped.
_BEYOND_BMP = re.compile(r"\\U(000[1-9A-F][0-9A-F]{4}|0010[0-9A-F]{4})")
_Load: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_BREAKS = "\n\x85\u2028\u2029"  # line breaks, to PyYAML


def dump(data: Any) -> str:
    """Deterministic YAML: key order as given, block style, spans on one line, UTF-8
    unescaped."""
    out = yaml.dump(data, Dumper=_Dump, sort_keys=False, allow_unicode=True,
                    default_flow_style=False, width=1 << 20, indent=2)
    if "\\U" in out:
        # Each escape written as its character, where that reads back the same (a "\\U"
        # that is no escape, in a plain scalar or after an escaped backslash, does not).
        raw = _BEYOND_BMP.sub(lambda m: chr(int(m[1], 16)), out)
        try:
            if yaml.load(raw, Loader=_Load) == yaml.load(out, Loader=_Load):
                out = raw
        except yaml.YAMLError:
            pass
    if out.endswith("...\n") and out[-5:-4] in _BREAKS:
        # A block scalar that keeps its trailing line breaks (`|+`) ends the data: PyYAML
        # closes the document with "...". A sidecar is written a piece per item, and the
        # marker inside it ended the file for every reader; the next piece (or the end of
        # the file) ends the scalar as well.
        out = out[:-4]
    return out


class WriteError(AnnotateError):
    """A file could not be written (full disk, no permission): names the file."""


# Paths that name an open descriptor rather than a file: renaming over them would replace
# the name in /dev (or fail in /proc), and truncating them would cut a file the shell
# opened for appending. They are written through, appending.
_DESCRIPTORS = ("/dev/stdin", "/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/")


def replace_target(path: Path | str) -> Path | None:
    """The regular file an atomic write replaces (symlinks followed, so a link stays a link
    and its target is replaced), or None when `path` must be written through: a device
    (`/dev/null`), a FIFO, a socket or an open descriptor (`/dev/stdout`)."""
    if os.path.abspath(path).startswith(_DESCRIPTORS):
        return None
    real = os.path.realpath(path)
    if real.startswith(_DESCRIPTORS):
        return None
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return Path(real)
    except OSError as exc:
        raise WriteError(f"cannot be written: {exc.strerror}", path) from None
    if stat.S_ISDIR(st.st_mode):
        raise WriteError("is a folder, not a file", path)
    return Path(real) if stat.S_ISREG(st.st_mode) else None


def make_folder(path: Path) -> list[Path]:
    """mkdir -p, failing as a WriteError that names the folder it could not create.
    Returns the folders it made, outermost first (a `Batch` removes them if it fails)."""
    new: list[Path] = []
    folder = path
    while not os.path.lexists(folder) and folder != folder.parent:
        new.append(folder)
        folder = folder.parent
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise WriteError("cannot be made a folder: a file of that name is in its way",
                         path) from None
    except OSError as exc:
        raise WriteError(f"cannot create this folder: {exc.strerror or exc}; write somewhere "
                         "you may write, or make its parent folder writable", path) from None
    return new[::-1]


def check_writable(path: Path | str) -> None:
    """Refuse a file made read-only (chmod 444). The mode bits are checked as well as
    access(2), because root may write anything: the owner's intent is in the bits."""
    try:
        st = os.stat(path)
    except OSError:
        return
    if stat.S_ISREG(st.st_mode) and (not st.st_mode & 0o222 or not os.access(path, os.W_OK)):
        mode = f"mode {stat.S_IMODE(st.st_mode):03o}"
        if st.st_mode & 0o222 and _read_only_mount(path):
            raise WriteError("is on a read-only file system; work on a copy elsewhere to "
                             "save changes", path)
        if not st.st_mode & 0o444 or not os.access(path, os.R_OK):
            raise WriteError(f"can be neither read nor written ({mode}); make it readable and "
                             "writable (chmod u+rw) to work on it", path)
        raise WriteError(f"is read-only ({mode}); make it writable (chmod u+w) to save changes "
                         "to it", path)


def _read_only_mount(path: Path | str) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


class _Output(io.BufferedWriter):
    """The handle `atomic_open` yields: a failed write names the file it was for."""

    def __init__(self, fd: int, path: Path | str, unchanged: bool) -> None:
        super().__init__(io.FileIO(fd, "wb"))
        self.where, self.unchanged = str(path), unchanged

    def write(self, data: Any) -> int:
        try:
            return super().write(data)
        except OSError as exc:
            raise _failed(self.where, exc, self.unchanged) from None

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as exc:
            raise _failed(self.where, exc, self.unchanged) from None

    def discard(self) -> None:
        """Close after a failure, without letting a second error hide the first (nor
        skip the temp file's removal: close() flushes, and a full disk fails that flush
        again, as a WriteError)."""
        with suppress(OSError, WriteError):
            self.close()


def _failed(path: object, exc: OSError, unchanged: bool = True) -> WriteError:
    tail = "; the file on disk is unchanged" if unchanged else ""
    return WriteError(f"could not be written: {exc.strerror or exc}{tail}", path)


NAME_MAX = 255  # bytes in one file name, on the file systems people use


def beside(name: str, room: int) -> str:
    """`name` for a hidden file beside it that adds `room` bytes (a lock, a temporary
    file): the name itself, or when that would pass NAME_MAX a cut of it ending in a hash
    of the whole, still one name per file."""
    raw = name.encode("utf-8", "surrogateescape")
    if len(raw) + room <= NAME_MAX:
        return name
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return raw[:NAME_MAX - room - 17].decode("utf-8", "ignore") + "-" + digest


def remove_stale_temps(path: Path, older_than: float = 0) -> None:
    """The temp files a writer of `path` killed mid-save left beside it (kill -9: nothing
    ran to remove them). Only for the holder of the file's lock: then no live writer owns
    one of them; or, for a file no lock guards (an export), only those untouched for
    `older_than` seconds (a live writer's is being written)."""
    _unlink(path.parent.glob(f".{glob.escape(beside(path.name, 14))}.*.tmp"), older_than)


def remove_stale_temps_under(folder: Path, older_than: float) -> None:
    """`remove_stale_temps` for every file an export writes in `folder`, in one pass: the
    folder's temp files untouched for `older_than` seconds."""
    _unlink(folder.rglob(".*.tmp"), older_than)


def _unlink(temps: Iterable[Path], older_than: float) -> None:
    now = time.time()
    for stale in temps:
        with contextlib.suppress(OSError):
            if not older_than or now - stale.stat().st_mtime > older_than:
                stale.unlink()


@contextmanager
def signals_held() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP wait until the block ends, then act as ever: files that
    belong together (brat's .txt and its .ann) are all replaced before a stop, never one
    without the other. (SIGKILL cannot be held.)

    Their handlers are swapped for one that notes the signal, rather than the signals
    blocked: a mask is the calling thread's alone, and a signal sent to the process goes
    to any thread that does not block it (one a library started: numpy's OpenBLAS pool,
    spaCy's), whose Python handler then ran in the main thread inside the block."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous: dict[int, Any] = {}
    holding = [True]

    def act(signum: int, frame: Any) -> None:
        """What the signal would have done without the hold."""
        handler = previous[signum]
        if callable(handler):
            handler(signum, frame)
        else:  # SIG_DFL: end (or stop) the process as the signal does
            signal.signal(signum, signal.SIG_DFL)
            signal.raise_signal(signum)

    def hold(signum: int, frame: Any) -> None:
        if holding[0]:
            caught.append(signum)
        else:  # (the block is over; its own handler is not back yet)
            act(signum, frame)

    for signum in _HELD:
        handler = signal.getsignal(signum)
        # (one set outside Python cannot be put back; an ignored one needs no hold)
        if handler is not None and handler != signal.SIG_IGN:
            previous[signum] = handler
            signal.signal(signum, hold)
    try:
        yield
    finally:
        holding[0] = False
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if caught:
            act(caught[0], None)


_HELD = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
              if hasattr(signal, name))


class Batch:
    """Files that appear together or not at all (an export's): each is written whole to a
    temp file beside it (`atomic_open(path, batch=...)`) and left there; `commit` renames
    them all into place, `discard` removes them, and the folders made for them, so a
    failure before the commit leaves every destination as it was."""

    def __init__(self) -> None:
        self.staged: list[tuple[str, Path, Path | str, bool]] = []  # temp, target, name, durable
        self.folders: list[Path] = []  # made for these files, outermost first

    def make_folder(self, path: Path) -> None:
        self.folders += make_folder(path)

    def commit(self) -> None:
        """Rename every staged file onto its target, after one os.sync() when some were
        written without their fsync (cheaper than one per file), then fsync their folders
        so the renames last."""
        staged, self.staged = self.staged, []
        if not all(durable for *_, durable in staged):
            os.sync()
        with signals_held():  # (Ctrl-C waits: never some files renamed and not the rest)
            for n, (tmp, target, path, _) in enumerate(staged):
                try:
                    os.replace(tmp, target)
                except OSError as exc:
                    self.staged = staged[n:]
                    self.folders = []  # (they hold what was renamed)
                    self.discard()
                    raise _failed(path, exc) from None
        for folder in dict.fromkeys(target.parent for _, target, _, _ in staged):
            _fsync_dir(folder)
        self.folders = []

    def discard(self) -> None:
        for tmp, *_ in self.staged:
            with suppress(OSError):
                os.unlink(tmp)
        self.staged = []
        for folder in reversed(self.folders):  # (rmdir: only an empty one goes)
            with suppress(OSError):
                folder.rmdir()
        self.folders = []


@contextmanager
def atomic_open(path: Path | str, durable: bool = True,
                batch: Batch | None = None) -> Iterator[IO[bytes]]:
    """A binary handle on a temp file in the same folder, renamed onto `path` when the
    block ends without an error (and removed when it fails): never a half-written file.

    Only regular files are replaced this way: a device, FIFO or descriptor is written
    through (see `replace_target`); a symlink's target is replaced in its own folder.
    A read-only file is refused, and every failure is a `WriteError` naming `path`.

    `durable=False` skips the fsyncs (the rename stays atomic): for a batch of many
    regenerable files flushed once (`Batch.commit` calls `os.sync()`). With `batch`, the
    file is renamed by `batch.commit()`, with the rest of the batch, not here."""
    target = replace_target(path)
    if target is None:
        with _through(path) as out:
            yield out
        return
    check_writable(target)
    owner = group = None
    try:
        info = target.stat()
        mode, owner, group = stat.S_IMODE(info.st_mode), info.st_uid, info.st_gid
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask  # as a plain open() would have made it
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{beside(target.name, 14)}.",
                                   suffix=".tmp")
    except OSError as exc:
        raise _failed(path, exc) from None
    handle = _Output(fd, path, unchanged=True)
    try:
        yield handle
        handle.flush()
        if durable:
            _os_call(os.fsync, path, handle.fileno())
        handle.close()
        _keep_owner(tmp, owner, group)
        _os_call(os.chmod, path, tmp, mode)  # (after chown, which may clear set-id bits)
        if batch is not None:
            batch.staged.append((tmp, target, path, durable))
            return
        _os_call(os.replace, path, tmp, target)
    except BaseException:
        handle.discard()
        Path(tmp).unlink(missing_ok=True)
        raise
    if durable:
        _fsync_dir(target.parent)


def _keep_owner(tmp: str, owner: int | None, group: int | None) -> None:
    """The replaced file's owner and group on its replacement, as far as we may: root
    editing another user's sidecar leaves it theirs, and a team's shared checkout stays
    writable to the team. Best effort: a group this user is not in, or another owner
    when not root, is kept as made."""
    if owner is None or group is None:
        return
    made = os.stat(tmp)
    uid = owner if owner != made.st_uid and os.geteuid() == 0 else -1
    gid = group if group != made.st_gid else -1
    if uid != -1 or gid != -1:
        with contextlib.suppress(OSError):
            os.chown(tmp, uid, gid)


def _os_call(fn: Any, path: Path | str, *args: Any) -> None:
    try:
        fn(*args)
    except OSError as exc:
        raise _failed(path, exc) from None


@contextmanager
def _through(path: Path | str) -> Iterator[IO[bytes]]:
    """Write into an existing device, FIFO or descriptor as it is (appending, never
    truncating: `-o /dev/stdout >> log` must not cut the log)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    except OSError as exc:
        raise _failed(path, exc, unchanged=False) from None
    handle = _Output(fd, path, unchanged=False)
    try:
        yield handle
        handle.close()
    except BaseException:
        handle.discard()
        raise


def atomic_write(path: Path | str, content: str | bytes, durable: bool = True,
                 batch: Batch | None = None) -> None:
    """Write the whole content through `atomic_open`."""
    with atomic_open(path, durable, batch) as handle:
        handle.write(content.encode("utf-8") if isinstance(content, str) else content)


def _fsync_dir(folder: Path) -> None:
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
