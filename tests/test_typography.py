"""Typography folded away, and the way back to the text's offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotate.typography import Folded, fold


def test_entities_emphasis_and_typography_fold_to_plain_text() -> None:
    raw = "**Putin**’s “call” to _Netanyahu_ &amp; AT&#38;T&#x2019;s &nbsp;chief—*said*."
    assert fold(raw) == "Putin's \"call\" to Netanyahu & AT&T's  chief-said."


def test_what_is_not_emphasis_or_an_entity_stays() -> None:
    # snake_case, arithmetic, a list's bullet, a quoted asterisk, an unknown entity, a
    # stray ampersand: nothing here is markup.
    for raw in ("snake_case_name", "2*3 and 2 * 3", "* item", "'*' matches", "&foo;",
                "R&D, AT&T", "a_b_c"):
        assert fold(raw) == raw


def test_offsets_map_back_to_the_text() -> None:
    raw = "Said *Putin* of AT&amp;T"
    folded = Folded(raw)
    assert folded.text == "Said Putin of AT&T"
    i = folded.text.index("Putin")
    assert folded.span(i, i + 5, "Putin") == (raw.index("Putin"), raw.index("Putin") + 5)
    assert folded.span(i, i + 5, "*Putin*") == (raw.index("*Putin*"), raw.index(" of"))
    j = folded.text.index("AT&T")
    assert raw[slice(*folded.span(j, j + 4, "AT&T"))] == "AT&amp;T"
    # A span from a word inside marks to another takes both marks, not one.
    assert raw[slice(*folded.span(i, len(folded.text), "Putin of AT&T"))] == "*Putin* of AT&amp;T"
    assert [folded.index(k) for k in (0, 5, 6, 11, 12, 19, 23, 24)] == [0, 5, 5, 10, 10, 17,
                                                                         17, 18]


WORDS = st.sampled_from(["Putin", "AT", "said", "the", "1,300", "Gaza", "x"])
ENTITIES = {"&amp;": "&", "&#8217;": "'", "&rsquo;": "'", "&quot;": '"', "&nbsp;": " ",
            "&#x2014;": "-", "&eacute;": "é"}


@given(st.lists(st.tuples(WORDS, st.sampled_from(["", "*", "**", "_"]),
                          st.sampled_from([" ", "\n", " &amp; ", "&#8217;s ", " &quot;",
                                           "&nbsp;", " &#x2014; ", " &eacute;"])),
                min_size=1, max_size=12))
def test_every_word_maps_back_to_its_place(words: list[tuple[str, str, str]]) -> None:
    # Words, each maybe in emphasis marks, with entities and spaces between them: the
    # folded text is the plain one, and each word's folded span is its place in the text.
    raw, plain, places = "", "", []
    for word, mark, gap in words:
        places.append((len(plain), len(raw) + len(mark), word))
        raw += f"{mark}{word}{mark}{gap}"
        for entity, char in ENTITIES.items():
            gap = gap.replace(entity, char)
        plain += word + gap.replace("\n", " ")
    folded = Folded(raw + ".")  # (a line break at the very end is kept)
    assert folded.text == plain + "."
    for at, raw_at, word in places:
        assert folded.span(at, at + len(word), word) == (raw_at, raw_at + len(word))
        assert folded.index(raw_at) == at
