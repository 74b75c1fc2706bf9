from __future__ import annotations

from pathlib import Path

from annotate.visible import counted, ends, visible


def test_control_characters_are_shown_one_for_one() -> None:
    hostile = "a\x1b]52;c;aGk=\x07b\x08c\x9b2Jd\te\nf\x7f\x1b[2J"
    shown = visible(hostile)
    assert len(shown) == len(hostile)  # offsets into the text still hold
    assert not any(ord(c) < 0x20 and c not in "\t\n" for c in shown)
    assert not any(0x7F <= ord(c) < 0xA0 for c in shown)
    assert shown.startswith("a␛]52;c;aGk=␇b␈c�2Jd\te\nf␡␛[2J")
    assert visible("plain “text” — ok\n") == "plain “text” — ok\n"


def test_bidi_controls_and_zero_width_spaces_in_a_line_are_written_out() -> None:
    """U+202E in a file name makes `x\u202elmay.txt` read as `xtxt.yaml`; a zero-width
    space makes two names look the same. In names and messages they are written out."""
    from annotate.visible import visible_line

    assert visible_line("x\u202elmay.txt \u2067a\u2069 b\u200bc\u2060\ufeff") == (
        "x\\u202elmay.txt \\u2067a\\u2069 b\\u200bc\\u2060\\ufeff")
    assert visible_line("عربي\u200fx \u200d") == "عربي\u200fx \u200d"  # marks and joiners stay


def test_validate_names_a_file_with_a_right_to_left_override_as_it_is(tmp_path: Path) -> None:
    from conftest import run_cli

    name = tmp_path / "story\u202elmay.ann.yaml"
    name.write_text("schema_version: 1\n", "utf-8")
    result = run_cli("validate", name)
    assert result.code == 1
    out = result.out + result.err
    assert "\u202e" not in out and "story\\u202elmay.ann.yaml" in out, out


def test_bidi_overrides_in_article_text_are_shown_not_obeyed(tmp_path: Path) -> None:
    """An override in the article would make `show` print its words in another order on a
    terminal that reorders text: it is shown as �, one for one; direction marks stay."""
    from conftest import run_cli

    assert visible("a\u202eb\u2066c\u2069\u200fd") == "a�b�c�\u200fd"
    article = tmp_path / "story.txt"
    article.write_text("Title\n\nThe mayor said \u202eraey txen\u202c it opens.\n", "utf-8")
    result = run_cli("show", article)
    assert result.code == 0, result.err
    assert "\u202e" not in result.out and "said �raey txen� it opens" in result.out


def test_a_count_reads_as_english() -> None:
    assert [counted(n, "span") for n in (0, 1, 2)] == ["0 spans", "1 span", "2 spans"]
    assert counted(1, "open disagreement") == "1 open disagreement"


def test_a_long_span_is_shown_by_its_start_and_its_end() -> None:
    text = ("I would like someone to tell us the truth for once. \U0001F642\u201d Çelik said "
            "a residents’ association would hold a public meeting")
    shown = ends(text, 50)
    assert len(shown) <= 50 and shown.startswith("I would like") and \
        shown.endswith("a public meeting") and " … " in shown
    assert ends("short", 50) == "short"
    long_word = "x" * 80
    assert len(ends(long_word, 20)) == 20  # no space to cut at: cut anyway
