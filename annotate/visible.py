"""Text made safe for a terminal: control characters shown, never interpreted.

An article or a sidecar may hold ESC sequences (OSC 52 writes the clipboard, CSI 2J
clears the screen), BEL or backspace. Each control character becomes one visible
character (ESC -> ␛, BEL -> ␇, DEL -> ␡, C1 controls -> �), so offsets into the text
still point at the same characters and highlighting stays aligned. Newlines and tabs
are kept. Bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069) are shown
as � too: in a terminal that reorders text they would make the words on screen read in
another order than the article's (direction marks U+200E/F, which right-to-left text
needs, are kept).

Every count a user reads is written here too (`counted`): "1 span", "2 spans", never
"span(s)".
"""

from __future__ import annotations

import contextlib
import os
import re
import sys

_TABLE = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_TABLE[0x7F] = 0x2421
_TABLE.update({c: 0xFFFD for c in range(0x80, 0xA0)})
_BIDI = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
_TABLE.update({c: 0xFFFD for c in _BIDI})
_CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")


def visible(text: str) -> str:
    """`text` with every control character but newline and tab replaced, one for one."""
    return text.translate(_TABLE) if _CONTROL.search(text) else text


# One-line fields (file names, messages): line breaks shown too, so nothing printed can
# start a new line (a CI log reads `::warning ...` at a line's start as a command).
_LINE_TABLE: dict[int, int | str] = {**_TABLE, 0x09: 0x2409, 0x0A: 0x240A, 0x2028: 0x2424,
                                      0x2029: 0x2424}
# Bidi embeddings, overrides and isolates reorder what follows them on screen
# (`evil\u202eyaml.txt` reads as `eviltxt.lmay`), and zero-width characters make two
# names look alike: in a name or a message they are written `\uXXXX`, never obeyed.
_LINE_TABLE.update({c: f"\\u{c:04x}" for c in (*_BIDI, 0x200B, 0x2060, 0xFEFF)})
_SURROGATE = re.compile("[\ud800-\udfff]")


def undecodable(text: str) -> str:
    """`text` with what Python keeps of bytes that are not UTF-8 (a file name's, as lone
    surrogates) written as `\\xNN`, the same way in every output; nothing else changes."""
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}"
                          if 0xDC80 <= ord(m.group()) <= 0xDCFF
                          else f"\\u{ord(m.group()):04x}", text)


def visible_line(text: str) -> str:
    """`visible(text)` on one line: newline and tab shown as ␊ and ␉, line and paragraph
    separators as ␤, bidi controls and zero-width spaces as `\\uXXXX`, undecodable
    bytes as `\\xNN`."""
    return undecodable(text).translate(_LINE_TABLE)


def short(text: str, limit: int = 40) -> str:
    """`text`, cut to `limit` characters with "…" at the end when it is longer."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clip(text: str, limit: int) -> str:
    """`text` cut between words to fit `limit` characters, "…" saying so (a word is cut
    only when one word fills most of the room)."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > limit // 2 else limit - 1].rstrip() + "…"


def ends(text: str, limit: int) -> str:
    """`text` in `limit` characters: its start and its end, cut between words, " … " in
    the middle (a span's end says where it stops, as much as its start where it starts)."""
    if len(text) <= limit:
        return text
    room = limit - 3
    head, tail = text[:room - room // 2], text[len(text) - room // 2:]
    cut = head.rfind(" ")
    head = head[:cut] if cut > len(head) // 2 else head
    cut = tail.find(" ")
    tail = tail[cut + 1:] if 0 <= cut < len(tail) // 2 else tail
    return f"{head.rstrip()} … {tail.lstrip()}"


def counted(n: int, noun: str) -> str:
    """'0 errors', '1 error', '2 errors'; the verb after it is the caller's to agree."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def count_phrase(count: int, phrase: str) -> str:
    """`phrase` ("claims without a verdict", "actor aliases") for one: its first plural
    noun made singular ("1 claim without a verdict", "1 actor alias")."""
    if count != 1:
        return phrase
    words = phrase.split(" ")
    for i, word in enumerate(words):
        if word.startswith("("):
            break
        if len(word) > 2 and word.endswith("s") and not word.endswith("ss") and \
                word not in ("its", "was", "has", "his", "this"):
            words[i] = word[:-3] + "y" if word.endswith("ies") else \
                word[:-2] if word.endswith("ases") else word[:-1]
            break
    return " ".join(words)


def homely(path: os.PathLike[str] | str) -> str:
    """A path as a person reads it: one under the home folder as `~/…` (the sample's copy,
    `~/.local/share/annotate/sample/…`, as the README says it), any other as given."""
    text = os.fspath(path)
    with contextlib.suppress(RuntimeError, KeyError, ValueError):  # (no home to be found)
        home = os.path.expanduser("~")
        if os.path.isabs(text) and home not in ("", "/") and \
                os.path.commonpath([text, home]) == home:
            return "~" + text[len(home.rstrip(os.sep)):]
    return text


def say(message: str) -> None:
    """One line on stderr, `annotate: MESSAGE`, through `visible_line`: a file name or a
    piece of article text in an error or a warning can neither send escapes to the
    terminal nor start a line a CI log reads as a command. Every error, warning and note
    the commands write to stderr goes through here. A stderr that cannot be written
    (`2>/dev/full`) is passed over: nobody can be told, and failing would turn a
    command's exit status into another's (an export that was written into exit 1)."""
    try:
        print(f"annotate: {visible_line(message)}", file=sys.stderr, flush=True)
    except OSError:  # (what is left in its buffer goes nowhere, not to a failure at exit)
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stderr.fileno())
