from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate import yamlio
from annotate.yamlio import Flow, FlowList, YamlError


@pytest.mark.parametrize(("text", "line", "column", "message"), [
    ("a: 1\nb: 2\na: 3\n", 3, 1, "duplicate key 'a'"),
    ("x:\n  k: 1\n  k: 2\n", 3, 3, "duplicate key 'k'"),
    ("a: &x [1]\nb: *x\n", 2, 4, "YAML alias '*x' is not allowed"),
    ("a: !custom 1\n", 1, 4, "YAML tag '!custom' is not allowed"),
    ("a: !!python/name:os.system ''\n", 1, 4, "YAML tag '!!python/name:os.system'"),
    ("a: !!str 1\nb: !!binary aGk=\n", 2, 4, "YAML tag '!!binary' is not allowed"),
    ("a: !!set {x}\n", 1, 4, "YAML tag '!!set' is not allowed"),
    ("base: {k: 1}\nm:\n  <<: {k: 2}\n", 3, 3, "merge keys ('<<') are not allowed"),
    ("a: [1, 2\nb: 3\n", 2, 2, "invalid YAML"),
    ("a: 'open\n", 2, 1, "invalid YAML"),
    ("? [1]\n: v\n", 1, 3, "mapping keys must be plain strings"),
    ("a: 1\n---\nb: 2\n", 2, 1, "expected a single document in the stream"),
    ("a: !!int x\n", 1, 4, "YAML tag '!!int' is not allowed"),  # was an IndexError
    ("a: !!float\n", 1, 4, "YAML tag '!!float' is not allowed"),
    ("actors:\n\t- id: x\n", 2, 1, "a tab, where YAML indents with spaces only"),
    # YAML 1.1's other ways to write a whole number: a hand edit's 0364 was read as 244
    ("a: 0364\n", 1, 4, "the number 0364 is not plain decimal (YAML reads it as 244)"),
    ("a: 0x16c\n", 1, 4, "the number 0x16c is not plain decimal (YAML reads it as 364)"),
    ("a: 3_64\n", 1, 4, "the number 3_64 is not plain decimal"),
    ("a: +364\n", 1, 4, "the number +364 is not plain decimal"),
])
def test_refusals_name_line_and_column(text: str, line: int, column: int, message: str) -> None:
    with pytest.raises(YamlError) as info:
        yamlio.load(text, "f.yaml")
    assert message in info.value.message
    assert (info.value.path, info.value.line, info.value.column) == ("f.yaml", line, column)
    assert str(info.value).startswith(f"f.yaml:{line}:{column}: ")


def test_yaml_11_surprises_stay_strings() -> None:
    text = ("a: yes\nb: no\nc: on\nd: off\ne: y\nf: 2024-03-01\ng: 2024-03-01 12:00:00\n"
            "h: 12:30\ni: true\nj: false\nk: ~\nl: null\nm: 42\nn: -1.5\no: '007'\np: Yes\n")
    assert yamlio.load(text).data == {
        "a": "yes", "b": "no", "c": "on", "d": "off", "e": "y", "f": "2024-03-01",
        "g": "2024-03-01 12:00:00", "h": "12:30", "i": True, "j": False, "k": None,
        "l": None, "m": 42, "n": -1.5, "o": "007", "p": "Yes"}


@pytest.mark.parametrize("text", ["null: a\n~: b\ntrue: c\n1.50: d\n01: e\n7: f\n",
                                  "{null: a, ~: b, true: c, 1.50: d, 01: e, 7: f}\n"])
def test_mapping_keys_are_their_text_as_written(text: str) -> None:
    """A config's `null:` event type is 'null', never 'None' (both paths agree)."""
    want = {"null": "a", "~": "b", "true": "c", "1.50": "d", "01": "e", "7": "f"}
    assert yamlio.load(text).data == want
    fast, full = _both(text)
    assert full == (want, False) and fast in (None, full)


def test_explicit_str_tag_is_fine() -> None:
    assert yamlio.load("a: !!str 12\n").data == {"a": "12"}


def test_empty_and_comment_only_documents() -> None:
    assert yamlio.load("").data is None
    assert yamlio.load("# nothing\n").data is None
    assert yamlio.load("").locate(("a",)) == (1, 1)


def test_locate_follows_the_path_to_the_deepest_node() -> None:
    loaded = yamlio.load("top:\n  items:\n  - {a: 1, b: two}\n  - c: 3\n")
    assert loaded.locate(()) == (1, 1)
    assert loaded.locate(("top", "items", 0, "b")) == (3, 15)
    assert loaded.locate(("top", "items", 1, "c")) == (4, 8)
    # A path that goes past what exists stops at the deepest node found.
    assert loaded.locate(("top", "items", 7)) == (3, 3)
    assert loaded.locate(("top", "missing")) == (2, 3)


def test_dump_keeps_key_order_unicode_and_block_style() -> None:
    data = {"z": 1, "a": "Zoë — “quoted”", "list": [{"k": "v"}], "note": "two\nlines",
            "span": Flow(start=1, end=2, text="x: y"), "ids": FlowList(["a", "b"])}
    assert yamlio.dump(data) == (
        "z: 1\n"
        "a: Zoë — “quoted”\n"
        "list:\n"
        "- k: v\n"
        "note: |-\n"
        "  two\n"
        "  lines\n"
        "span: {start: 1, end: 2, text: 'x: y'}\n"
        "ids: [a, b]\n")


AWKWARD = ["yes", "no", "on", "null", "~", "2024-01-01", "12:30", "0x1F", "1e3", "007",
           "- item", "# hash", "a # b", "key: value", "'single'", '"double"', " leading",
           "trailing ", "tab\there", "two\nlines", "trailing newline\n", "\nleading newline",
           "ends with space \nx", "émoji 😀", "back\\slash", "{flow}", "[list]", "&anchor",
           "*alias", "!tag", "%directive", "@at", "`tick`", "|", ">", "", " ", "---", "...",
           "\u2028sep", "nel\x85x", "bell\x07", "cr\rlf"]


@pytest.mark.parametrize("value", AWKWARD)
def test_awkward_strings_round_trip_in_block_and_flow(value: str) -> None:
    data = {"plain": value, "span": Flow(text=value), "ids": FlowList([value])}
    text = yamlio.dump(data)
    assert yamlio.load(text).data == {"plain": value, "span": {"text": value}, "ids": [value]}


def test_dump_is_deterministic() -> None:
    data = {"b": [1, 2], "a": {"y": None, "x": True}, "s": Flow(end=2, start=1)}
    assert yamlio.dump(data) == yamlio.dump(data)
    assert yamlio.dump(data).index("b:") < yamlio.dump(data).index("a:")


def test_atomic_write_writes_and_keeps_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "x.ann.yaml"
    yamlio.atomic_write(path, "first\n")
    assert path.read_text() == "first\n"
    path.chmod(0o640)
    yamlio.atomic_write(path, "second ✓\n")
    assert path.read_text("utf-8") == "second ✓\n"
    assert path.stat().st_mode & 0o777 == 0o640
    yamlio.atomic_write(path, b"bytes\n")
    assert path.read_bytes() == b"bytes\n"
    assert os.listdir(tmp_path) == ["x.ann.yaml"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_atomic_write_failure_keeps_old_content_and_no_temp_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    path = tmp_path / "x.ann.yaml"
    path.write_text("precious\n")

    def boom(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, boom)
    with pytest.raises(yamlio.WriteError) as info:
        yamlio.atomic_write(path, "new content\n")
    assert str(info.value) == (f"{path}: could not be written: No space left on device; "
                               "the file on disk is unchanged")
    monkeypatch.undo()
    assert path.read_text() == "precious\n"
    assert os.listdir(tmp_path) == ["x.ann.yaml"]


def test_atomic_write_interrupted_keeps_old_content(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.ann.yaml"
    path.write_text("precious\n")

    def interrupt(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        yamlio.atomic_write(path, "new\n")
    monkeypatch.undo()
    assert path.read_text() == "precious\n"
    assert os.listdir(tmp_path) == ["x.ann.yaml"]


# -- the fast path (libyaml events, no node tree) gives what the full path gives ---------

def _both(text: str) -> tuple[object, object]:
    """(what the fast path gives, or None when it leaves the text to the full path;
    what the full path gives: data and floats, or the error)."""
    fast = yamlio._fast_load(text)
    try:
        full = yamlio._full_load(text, "f.yaml")
        expected: object = (full.data, full.floats)
    except YamlError as exc:
        expected = exc
    return (None if fast is None else (fast.data, fast.floats)), expected


def test_clean_sidecars_take_the_fast_path_and_give_the_same_data() -> None:
    root = Path(__file__).resolve().parent.parent
    files = sorted([*root.glob("samples/*.ann.yaml"), *root.glob("tests/data/team/*.ann.yaml"),
                    *root.glob("tests/data/valid/**/*.ann.yaml")])
    assert len(files) >= 5
    for path in files:
        fast, full = _both(path.read_text("utf-8"))
        if not isinstance(full, tuple) or full[1]:
            continue  # floats and refused files are the full path's
        assert fast == full, path


@pytest.mark.parametrize("text", [
    "a: 1\nb: 2\na: 3\n", "a: &x [1]\nb: *x\n", "a: &x 1\n", "a: !!str 12\n", "a: !t x\n",
    "m:\n  <<: {k: 2}\n", "? [1]\n: v\n", "a: 1\n---\nb: 2\n", "a: [1, 2\n", "a: 1.5\n",
    "a: -1\n", "a: 0x1F\n", "a: 012\n", "a: 99999999999999999999\n", "a: =\n",
    "[" * 150 + "]" * 150, "a: 1\n...\n---\nb: 2\n",
])
def test_the_fast_path_leaves_what_it_does_not_judge_to_the_full_path(text: str) -> None:
    fast, _ = _both(text)
    assert fast is None


def test_a_fast_loaded_file_still_locates_its_paths() -> None:
    loaded = yamlio.load("top:\n  items:\n  - {a: 1, b: two}\n  - c: 3\n")
    assert loaded.root is None  # nothing composed yet
    assert loaded.locate(("top", "items", 0, "b")) == (3, 15)
    assert loaded.locate(("top", "items", 1, "c")) == (4, 8)


_PIECES = st.sampled_from([
    "a", "b", "id", "0", "7", "42", "-1", "1.5", "1e3", "0x1F", "012", "yes", "No", "on",
    "null", "~", "true", "FALSE", "2024-01-01", "12:30", "<<", "=", "é", "😀", ":", ": ",
    "-", "- ", "?", "? ", ",", "[", "]", "{", "}", "&x ", "*x", "!!str ", "!!int ", "!t ",
    "'", '"', "|", "|-", ">", "#", "%", "@", " ", "  ", "\t", "\n", "\n  ", "\n- ",
    "---\n", "...\n", "\\", "\\n", "key: value\n", "key: value\n", "x:\n  y: 1\n",
])


@pytest.mark.slow
@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_fast_path_never_differs_from_the_full_path(text: str) -> None:
    fast, full = _both(text)
    assert fast is None or fast == full


_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1) | st.text(max_size=12)
    | st.sampled_from(["yes", "12:30", "2024-01-01", "~", "0x1F", "007", "<<", "="]),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4), max_leaves=20)


@pytest.mark.slow
@settings(max_examples=500, deadline=None)
@given(_VALUES)
def test_dumped_values_load_the_same_both_ways(value: object) -> None:
    fast, full = _both(yamlio.dump({"v": value}))
    assert fast is None or fast == full


def test_text_beyond_the_basic_plane_is_written_as_itself() -> None:
    """LibYAML wrote an emoji as "\\U0001F469" in double quotes; the sidecar is UTF-8,
    unescaped, and reads back the same. A "\\U" that is no escape stays as it is."""
    data = {"name": "👩 Ana", "span": yamlio.Flow(start=0, end=7, text="👩🏽‍💻 ok"),
            "plain": "no emoji here"}
    out = yamlio.dump(data)
    assert "\\U" not in out and "👩 Ana" in out and "👩🏽" in out
    assert yamlio.dump(data) == out
    assert yaml.safe_load(out) == {"name": "👩 Ana", "plain": "no emoji here",
                                   "span": {"start": 0, "end": 7, "text": "👩🏽‍💻 ok"}}
    literal = {"a": "x \\U0001F469 y", "b": "👩"}
    assert yaml.safe_load(yamlio.dump(literal)) == literal
