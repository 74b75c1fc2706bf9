from __future__ import annotations

from annotate.visible import visible


def test_control_characters_are_shown_one_for_one() -> None:
    hostile = "a\x1b]52;c;aGk=\x07b\x08c\x9b2Jd\te\nf\x7f\x1b[2J"
    shown = visible(hostile)
    assert len(shown) == len(hostile)  # offsets into the text still hold
    assert not any(ord(c) < 0x20 and c not in "\t\n" for c in shown)
    assert not any(0x7F <= ord(c) < 0xA0 for c in shown)
    assert shown.startswith("a␛]52;c;aGk=␇b␈c�2Jd\te\nf␡␛[2J")
    assert visible("plain “text” — ok\n") == "plain “text” — ok\n"
