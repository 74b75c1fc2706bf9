"""Text made safe for a terminal: control characters shown, never interpreted.

An article or a sidecar may hold ESC sequences (OSC 52 writes the clipboard, CSI 2J
clears the screen), BEL or backspace. Each control character becomes one visible
character (ESC -> ␛, BEL -> ␇, DEL -> ␡, C1 controls -> �), so offsets into the text
still point at the same characters and highlighting stays aligned. Newlines and tabs
are kept.
"""

from __future__ import annotations

import re

_TABLE = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_TABLE[0x7F] = 0x2421
_TABLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """`text` with every control character but newline and tab replaced, one for one."""
    return text.translate(_TABLE) if _CONTROL.search(text) else text
