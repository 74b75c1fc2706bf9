from __future__ import annotations

import codecs
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_ARTICLE, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate import article
from annotate.errors import AnnotateError


@pytest.fixture(scope="module")
def sample() -> article.Article:
    return article.load(SAMPLE_ARTICLE)


def sentence_with(art: article.Article, phrase: str) -> str:
    offset = art.text.index(phrase)
    seg = art.sentence_at(offset)
    assert seg.start <= offset and offset + len(phrase) <= seg.end, f"{phrase!r} is split"
    return art.text[seg.start:seg.end]


def test_sample_title_paragraphs_and_sentences(sample: article.Article) -> None:
    assert sample.title == "Putin Pushes For De-Escalation In Conversation With Netanyahu"
    assert len(sample.paragraphs) == 11
    assert len(sample.sentences) == 15
    assert [s.number for s in sample.sentences] == list(range(1, 16))
    for seg in sample.sentences:  # trimmed, inside the text, in order
        chunk = sample.text[seg.start:seg.end]
        assert chunk == chunk.strip() and chunk


def test_abbreviation_inside_a_sentence(sample: article.Article) -> None:
    text = sentence_with(sample, "Russian U.N. Ambassador Vassily Nebenzia")
    assert text.startswith("Nevertheless, Russian U.N. Ambassador Vassily Nebenzia touted")
    assert text.endswith("in the Security Council on this topic.")


def test_the_social_network_x_ends_a_sentence_an_initial_does_not() -> None:
    """"… she wrote on X. Varn condemned it." was one sentence ("X." an initial), and
    "X. Varn" a person's name."""
    art = article.from_text("Title\n\nShe wrote on X. Varn condemned it. George W. Bush "
                            "spoke. He posted it via X. It spread.")
    assert [art.text[s.start:s.end] for s in art.sentences] == [
        "Title", "She wrote on X.", "Varn condemned it.", "George W. Bush spoke.",
        "He posted it via X.", "It spread."]


def test_curly_quotes_close_sentences(sample: article.Article) -> None:
    # The closing quote belongs to the sentence it closes, not to the next one.
    text = sentence_with(sample, "Without our encouragement")
    assert text.startswith("Without our encouragement")
    assert text.endswith("limited to empty discussions.”")
    after = sample.sentence_at(sample.text.index("The Kremlin asserted"))
    assert sample.text[after.start:].startswith("The Kremlin asserted")
    # A quote ending in a comma continues the sentence: ',” Putin declared.'
    quote = sentence_with(sample, "Palestinian territories,” Putin declared.")
    assert quote.startswith("“Settlement mechanisms")
    nxt = sentence_with(sample, "In fact, they tried")
    assert nxt.startswith("“In fact")


def test_thousands_separator_is_one_number(sample: article.Article) -> None:
    assert "1,300 Israelis" in sentence_with(sample, "left over 1,300 Israelis dead")
    art = article.from_text("Costs rose to 1,300.50 dollars in 2.5 years. Then they fell.")
    assert [art.text[s.start:s.end] for s in art.sentences] == [
        "Costs rose to 1,300.50 dollars in 2.5 years.", "Then they fell."]


@pytest.mark.parametrize(("text", "sentences"), [
    ("Dr. Ada Lovelace met Mr. Babbage. They talked.",
     ["Dr. Ada Lovelace met Mr. Babbage.", "They talked."]),
    ("J. R. R. Tolkien wrote it. Really?  Yes!", ["J. R. R. Tolkien wrote it.", "Really?",
                                                  "Yes!"]),
    ("Flights left Lambert-St. Louis Airport. Then it shut.",
     ["Flights left Lambert-St. Louis Airport.", "Then it shut."]),
    # an American dateline's state (capitalised: "taken ill." ends a sentence)
    ("ST. LOUIS, Mo. (AP) — Police arrested 12 people. He was taken ill. Then he left.",
     ["ST. LOUIS, Mo. (AP) — Police arrested 12 people.", "He was taken ill.",
      "Then he left."]),
    ("He said “stop.” Then he left.", ["He said “stop.”", "Then he left."]),
    ("“Why?” she asked. “Because.”", ["“Why?” she asked.", "“Because.”"]),
    ("# A heading\n- first item\n- second item", ["# A heading", "- first item",
                                                  "- second item"]),
    # a time ends a sentence, unless a day, a month or a zone goes on with it
    ("The polls closed at 10 p.m. Turnout was 34 percent.",
     ["The polls closed at 10 p.m.", "Turnout was 34 percent."]),
    ("He conceded after 3 a.m. “We lost,” he said.", ["He conceded after 3 a.m.",
                                                     "“We lost,” he said."]),
    ("They met at 9 a.m. Monday and at 10 p.m. GMT on Friday. Then they left.",
     ["They met at 9 a.m. Monday and at 10 p.m. GMT on Friday.", "Then they left."]),
    # a firm's legal form ends a sentence when a sentence's words follow it
    ("It borrowed from Norland Bank Corp. Unknown to its clients, it lent the money on.",
     ["It borrowed from Norland Bank Corp.", "Unknown to its clients, it lent the money on."]),
    ("Varn Co. Chief Executive Ilse Damaro quit. Varn Inc. said so.",
     ["Varn Co. Chief Executive Ilse Damaro quit.", "Varn Inc. said so."]),
    # a councillor's and a detective's titles
    ("“No,” said Coun. Ilse Damaro. Det. Insp. Osric Pell agreed.",
     ["“No,” said Coun. Ilse Damaro.", "Det. Insp. Osric Pell agreed."]),
    # ... but "Co." after a comma or a lower-case word is an Irish county's
    ("A man from Tullagh, Co. Kelvar man was held. He was born in Co. Kelvar in 1960.",
     ["A man from Tullagh, Co. Kelvar man was held.", "He was born in Co. Kelvar in 1960."]),
    # Markdown's bold or italics opening the next sentence
    ("The strike went on. **Ada Lovelace** said so. *Why* now?",
     ["The strike went on.", "**Ada Lovelace** said so.", "*Why* now?"]),
])
def test_sentence_segmentation(text: str, sentences: list[str]) -> None:
    art = article.from_text(text)
    assert [art.text[s.start:s.end] for s in art.sentences] == sentences


def test_normalisation_bom_crlf_lone_cr(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffTitle\r\n\r\nFirst line.\rSecond line.\r\n".encode())
    art = article.load(path)
    assert art.text == "Title\n\nFirst line.\nSecond line.\n"
    assert art.sha256 == hashlib.sha256(art.text.encode("utf-8")).hexdigest()
    assert art.title == "Title"
    assert len(art.paragraphs) == 2
    # Same words, LF endings and no BOM: the same article, the same hash.
    same = tmp_path / "b.txt"
    same.write_text("Title\n\nFirst line.\nSecond line.\n", "utf-8")
    assert article.load(same).sha256 == art.sha256


def test_offsets_are_code_points() -> None:
    art = article.from_text("Émile 😀 met Zoë.\n\nSecond paragraph.")
    start = art.text.index("Zoë")
    assert (start, art.text[start:start + 3]) == (12, "Zoë")
    assert art.line_col(start) == (1, 13)
    assert art.line_col(art.text.index("Second")) == (3, 1)
    assert art.sentence_at(start).number == 1
    assert art.sentence(2).start == art.text.index("Second")


def test_title_rules() -> None:
    assert article.from_text("# Markdown title\n\nBody text.").title == "Markdown title"
    assert article.from_text("This is a sentence.\n\nBody text.").title is None
    assert article.from_text("Only one paragraph here").title is None
    # a headline with its date line under it, as agencies send them
    for date in ("Aug. 14, 2025", "Tuesday 9 September 2025", "2025-08-14 10:30 GMT",
                 "Saturday, February 8, 2025"):
        assert article.from_text(f"Ferry sinks off Varn\n{date}\n\nBody.").title == \
            "Ferry sinks off Varn"
    assert article.from_text("Ferry sinks off Varn\nBy Ilse Damaro\n\nBody.").title is None


def test_no_such_sentence_is_a_clear_error() -> None:
    art = article.from_text("One. Two.")
    with pytest.raises(AnnotateError, match="there is no sentence 3; the article has 2"):
        art.sentence(3)


@pytest.mark.parametrize(("content", "message"), [
    (None, "article not found"),
    (b"", "the article is empty"),
    (b" \n\r\n\t\n", "the article is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file, not a text article"),
    (b"Fine line.\nCaf\xe9 owners.\n", "is not valid UTF-8 (byte 0xe9 cannot be decoded); "
     "save the article as UTF-8 (from Windows or Latin-1: `iconv -f CP1252 -t UTF-8`)"),
    ("Café owners.\n".encode("utf-16"),
     "is UTF-16; save the article as UTF-8 (for example with `iconv -f UTF-16 -t UTF-8`)"),
    # (UTF-32's little-endian mark starts as UTF-16's: it was called binary)
    ("Café owners.\n".encode("utf-32"),
     "is UTF-32; save the article as UTF-8 (for example with `iconv -f UTF-32 -t UTF-8`)"),
    (codecs.BOM_UTF32_BE + "Café owners.\n".encode("utf-32-be"),
     "is UTF-32; save the article as UTF-8 (for example with `iconv -f UTF-32 -t UTF-8`)"),
    # without a byte-order mark (BE was called binary, as LE was)
    ("Café owners.\n".encode("utf-16-be"), "looks like UTF-16BE text without a byte-order "
     "mark; save the article as UTF-8 (for example with `iconv -f UTF-16BE -t UTF-8`)"),
    ("Café owners.\n".encode("utf-16-le"), "looks like UTF-16LE text without a byte-order "
     "mark; save the article as UTF-8 (for example with `iconv -f UTF-16LE -t UTF-8`)"),
])
def test_bad_articles_raise_one_sentence(tmp_path: Path, content: bytes | None,
                                         message: str) -> None:
    path = tmp_path / "story.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(AnnotateError) as info:
        article.load(path)
    assert info.value.message == message
    assert info.value.path == str(path)
    result = run_cli("show", path)
    assert result.code == (2 if content is None else 1)  # a misnamed file is a usage error
    assert result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"annotate: {path}") and message in lines[0]


def test_invalid_utf8_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"Fine line.\nCaf\xe9 owners.\n")
    with pytest.raises(AnnotateError) as info:
        article.load(path)
    assert (info.value.line, info.value.column) == (2, 4)


def test_directory_is_not_an_article(tmp_path: Path) -> None:
    with pytest.raises(AnnotateError, match="is a directory"):
        article.load(tmp_path)


def test_bad_article_in_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\x00\x01\x02")
    proc = subprocess.run([sys.executable, "-m", "annotate", "show", str(path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert proc.stderr == f"annotate: {path}: looks like a binary file, not a text article\n"


# --- sentence splitting reads each character a bounded number of times ----------------

def _sentences_before_the_fix(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The splitter as it was when it searched for the word before each terminator from
    the paragraph's start (quadratic on one long paragraph): the specification the
    linear version must match exactly."""
    import re

    para = text[start:end]
    cuts = [start]
    for match in article._BOUNDARY.finditer(para):
        before = re.compile(r"(\S+)$").search(para, 0, match.start())
        word = before.group(1) if before else ""
        if para[match.start()] == "." and article._is_abbreviation(word):
            continue
        cuts.append(start + match.end())
    cuts.append(end)
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        chunk = text[a:b]
        s, e = a + len(chunk) - len(chunk.lstrip()), a + len(chunk.rstrip())
        if e > s:
            out.append((s, e))
    return out


_PIECES = ["Dr.", "U.S.", "J.", "Mr.", "etc.", "word", "Word", "9", "(Aside.)", "“Quote.”",
           "end.", "Stop!", "Why?", "so…", "a.b.c.", "e.g.", "x" * 30, "St.", "\u00a0"]


@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", "  ", "\t", ""])),
                max_size=60))
@settings(max_examples=300, deadline=None)
def test_linear_sentence_split_matches_the_old_one(pieces: list[tuple[str, str]]) -> None:
    text = "".join(piece + gap for piece, gap in pieces).strip()
    if "\n" in text or not text:  # one paragraph, no Markdown lines
        return
    assert article._sentences(text, 0, len(text)) == _sentences_before_the_fix(text, 0,
                                                                                len(text))
    # The splitter reads the paragraph in place (pos/endpos), never a copy of it: inside
    # a longer text it finds the same sentences, shifted, and nothing from around it.
    before, after = "Earlier text. Ends.\n\n", "\n\nLater. Text"
    framed = before + text + after
    assert article._sentences(framed, len(before), len(before) + len(text)) == [
        (a + len(before), b + len(before)) for a, b in _sentences_before_the_fix(text, 0,
                                                                                 len(text))]


def _from_text_before(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Paragraphs and sentences as the splitter found them before the compact index,
    Markdown lines included (each paragraph copied and split into lines): the
    specification the streaming version must match."""
    import re

    paragraphs, pos = [], 0
    for match in [*article._PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            paragraphs.append((pos + len(chunk) - len(chunk.lstrip()), pos + len(chunk.rstrip())))
        if match:
            pos = match.end()

    def split(start: int, end: int) -> list[tuple[int, int]]:
        para = text[start:end]
        if "\n" in para and any(re.match(r"^#{1,6}\s+", line) or
                                line.lstrip()[:2] in ("- ", "* ") for line in para.split("\n")):
            out, offset = [], start
            for line in para.split("\n"):
                if line.strip():
                    out.extend(split(offset, offset + len(line)))
                offset += len(line) + 1
            return out
        return _sentences_before_the_fix(text, start, end)

    return paragraphs, [span for a, b in paragraphs for span in split(a, b)]


_LINE_PIECES = [*_PIECES, "\n", "\n\n", "\n \n", "# ", "## ", "#", "####### ", "- ", "* ",
                " - ", "-", "*x", "\x0b", "\u2028", "\f"]


@given(st.lists(st.sampled_from([*_LINE_PIECES, " ", "\t"]), max_size=50))
@settings(max_examples=400, deadline=None)
def test_paragraphs_and_markdown_lines_match_the_old_split(pieces: list[str]) -> None:
    text = "".join(pieces)
    if not text.strip():
        return
    art = article.from_text(text)
    paragraphs, sentences = _from_text_before(text)
    assert [(p.start, p.end) for p in art.paragraphs] == paragraphs
    assert [(s.start, s.end) for s in art.sentences] == sentences
    assert [s.number for s in art.sentences] == list(range(1, len(sentences) + 1))


def test_sentence_at_on_a_long_paragraph() -> None:
    text = "".join(f"It rained {n} times. " for n in range(3000)).strip()
    art = article.from_text(text)
    assert len(art.sentences) == 3000
    assert art.text[slice(*_span(art.sentence_at(text.index("rained 2999"))))] == \
        "It rained 2999 times."


def _span(segment: article.Segment) -> tuple[int, int]:
    return segment.start, segment.end


# --- the compact index ------------------------------------------------------------------

def test_segments_behave_as_a_read_only_list_of_segments() -> None:
    art = article.from_text("One is here. Two is here. Three is here. Four is here. Five.")
    listed = [article.Segment(n, s, e) for n, (s, e) in
              enumerate(article._sentences(art.text, 0, len(art.text)), 1)]
    sentences = art.sentences
    assert len(sentences) == 5 and list(sentences) == listed
    assert [sentences[i] for i in range(-5, 5)] == listed[-5:] + listed
    for part in (slice(None), slice(1, 4), slice(-2, None), slice(None, None, 2),
                 slice(None, None, -1), slice(4, 1, -2), slice(7, 9), slice(3, 3)):
        assert list(sentences[part]) == listed[part], part
        assert len(sentences[part]) == len(listed[part])
    # A slice keeps the article's numbering (render prints `s{number}` from it).
    assert sentences[2:4][0].number == 3 and sentences[2:4][-1] == listed[3]
    with pytest.raises(IndexError):
        sentences[5]
    with pytest.raises(IndexError):
        sentences[1:3][2]
    with pytest.raises(TypeError):
        sentences[0] = listed[0]  # type: ignore[index]
    assert sentences == article.from_text(art.text).sentences
    assert sentences != article.from_text("One is here. Two.").sentences
    assert listed[2] in sentences and sentences.index(listed[2]) == 2


def test_segment_at_an_offset_in_the_whole_and_in_a_slice() -> None:
    art = article.from_text("First one. Second one.\n\nThird one.")
    second, third = art.text.index("Second"), art.text.index("Third")
    assert art.sentence_at(0).number == 1
    assert art.sentence_at(second - 1).number == 1  # the space between: the one before
    assert art.sentence_at(second).number == 2
    assert art.sentence_at(third + 3).number == 3
    assert art.sentence_at(10**9).number == 3
    assert art.sentences[1:].at(0).number == 2  # before the slice: its first
    assert art.sentences[1:].index_at(third) == 1
    assert art.paragraphs.at(third).start == third


def test_the_index_holds_offsets_not_objects() -> None:
    """Millions of sentences in a 50 MB article took ~150 bytes each as objects
    (bench/size.py --large: show peaked at ~600 MiB); two arrays of offsets take 16."""
    import tracemalloc

    text = "".join(f"It rained {n} times. " for n in range(20_000))
    tracemalloc.start()
    try:
        art = article.from_text(text)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(art.sentences) == 20_000
    assert held < 24 * 20_000  # the arrays, with their spare room
    # No list of every sentence on the way either (the hash encodes a copy of a piece
    # of the text at a time: up to 2 x the text here).
    assert peak < 24 * 20_000 + 2 * len(text)


@pytest.mark.parametrize("codec", ["utf-16-be", "utf-16-le"])
def test_long_bomless_utf16_is_told_even_with_a_surrogate_cut_at_8_kb(codec: str) -> None:
    from annotate.textfile import bomless_utf16

    text = "x" * 4095 + "\U0001F600" + " Naïve café, “quoted” — 12 €.\n" * 400
    assert bomless_utf16(text.encode(codec)) == codec.upper().replace("-16-", "-16")


@pytest.mark.parametrize("data", [
    b"\x00\x00\x00\x00",  # zeros
    b"A\x00\x00\x00B\x00\x00\x00",  # UTF-32LE: U+0000 between the letters
    "Café — 12 €\n".encode() + b"\x00\x01" * 4,  # UTF-8 with a few zero bytes
    "Hello, world.\n".encode("utf-16-be")[:-1],  # odd length
    b"\x00\x01\x00\x02\x00\x03\x00\x1b\x00A",  # control characters
    bytes(range(256)) * 4,  # binary
    "日本語のテキスト".encode("utf-16-be"),  # no zero bytes: not taken for UTF-16 at all
])
def test_bomless_utf16_is_never_guessed_for_binary_or_other_text(data: bytes) -> None:
    from annotate.textfile import bomless_utf16

    assert bomless_utf16(data) is None


def test_real_binary_files_are_not_taken_for_utf16() -> None:
    from annotate.textfile import bomless_utf16

    for path in (Path(sys.executable), Path(os.__file__)):
        assert bomless_utf16(path.read_bytes()[:65536]) is None
