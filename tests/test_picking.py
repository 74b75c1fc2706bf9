from __future__ import annotations

import pytest
from conftest import SAMPLE_ARTICLE
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate import article
from annotate.editing import picking
from annotate.errors import AnnotateError

ART = article.load(SAMPLE_ARTICLE)


def text_of(where: tuple[int, int]) -> str:
    return ART.text[where[0]:where[1]]


def test_case_whitespace_quotes_and_dashes_are_ignored_offsets_are_original() -> None:
    where = picking.pick(ART, 'kremlin\'s   DEEPENING alliance')
    assert text_of(where) == "Kremlin’s deepening alliance"
    assert text_of(picking.pick(ART, '"and achieving a peaceful')) == "“and achieving a peaceful"
    assert text_of(picking.pick(ART, "Israel–Gaza")) == "Israel-Gaza"


def test_primes_and_every_dash_fold_as_re_anchoring_folds_them() -> None:
    # picking had its own table, without primes (5′11″) or the figure and horizontal dashes:
    # typed plainly, they were not found. One table (typography.SAME) serves both now.
    text = "He is 5′11″ tall, said the coach ‒ a man of few words ― at the briefing."
    assert picking.find(text, "5'11\"") == [(6, 11)]
    assert [text[s:e] for s, e in picking.find(text, "coach - a man of few words - at")] == [
        "coach ‒ a man of few words ― at"]


@pytest.mark.parametrize("query", ["s" + "9" * 5000, "s" + "9" * 5000 + " Putin"],
                         ids=["alone", "with-text"])
def test_a_sentence_number_of_thousands_of_digits_is_no_sentence(query: str) -> None:
    """int() refuses more than 4,300 digits: `add claim --text s999…`, `edit --mention` and
    `rm ID "s999… Putin"` were an internal error (ValueError) (session 33)."""
    with pytest.raises(AnnotateError, match="does not occur in the article"):
        picking.pick(ART, query)


def test_sentence_forms() -> None:
    s4 = ART.sentence(4)
    assert picking.pick(ART, "s4") == (s4.start, s4.end)
    start, end = picking.pick(ART, "s4 putin")
    assert text_of((start, end)) == "Putin" and s4.start <= start < s4.end


def test_ambiguous_text_lists_matches_and_needs_a_choice() -> None:
    with pytest.raises(picking.AmbiguousSpan) as caught:
        picking.pick(ART, "Russia")
    assert len(caught.value.matches) == 5
    assert "--occurrence N or --sentence N" in caught.value.message
    assert "s2: …" in caught.value.message
    assert picking.pick(ART, "Russia", occurrence=2) == caught.value.matches[1]
    assert ART.sentence_at(picking.pick(ART, "Russia", sentence=6)[0]).number == 6
    with pytest.raises(AnnotateError, match="no occurrence 9"):
        picking.pick(ART, "Russia", occurrence=9)


def test_exact_case_breaks_a_tie_but_never_guesses_otherwise() -> None:
    # "Conversation" (title) vs "conversation" (s3): typed exactly, it is the one in s3.
    assert ART.sentence_at(picking.pick(ART, "conversation")[0]).number == 3
    with pytest.raises(picking.AmbiguousSpan):
        picking.pick(ART, "CONVERSATION")


def test_missing_text_and_word_edges() -> None:
    with pytest.raises(AnnotateError, match="does not occur in the article"):
        picking.pick(ART, "Zelensky")
    with pytest.raises(AnnotateError, match="does not occur in sentence 2 of the article"):
        picking.pick(ART, "s2 Netanyahu")
    assert picking.find(ART.text, "Put") == []  # never inside a word
    with pytest.raises(AnnotateError, match="no sentence 99"):
        picking.pick(ART, "s99")


@settings(max_examples=60, deadline=None)
@given(st.integers(0, ART.length - 1), st.integers(1, 40))
def test_any_piece_of_the_article_is_found_where_it_is(start: int, size: int) -> None:
    end = min(ART.length, start + size)
    piece = ART.text[start:end]
    if not piece.strip() or not piece[0].isalnum() or not piece[-1].isalnum():
        return
    if (start and ART.text[start - 1].isalnum()) or (end < ART.length and ART.text[end].isalnum()):
        return
    found = picking.find(ART.text, piece.upper())
    assert (start, end) in found
    for s, e in found:
        assert picking.fold(ART.text[s:e]).split() == picking.fold(piece).split()


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)), max_size=30))
def test_outermost_drops_exactly_the_nested_spans(raw: list[tuple[int, int]]) -> None:
    found = [(s, s + n) for s, n in raw]
    kept = picking.outermost(found)
    assert kept == sorted(kept) and len(set(kept)) == len(kept)
    for s, e in set(found):
        nested = any(a <= s and e <= b and (a, b) != (s, e) for a, b in found)
        assert ((s, e) in kept) is not nested


def test_from_dots_to_picks_a_long_span_without_retyping_it() -> None:
    long = "Russia previously introduced a resolution in the United Nations Security Council"
    assert text_of(picking.pick(ART, "Russia previously ... Security Council")) == long
    assert text_of(picking.pick(ART, "russia previously…council")) == long
    # In a sentence, from the first word to the next end word after it.
    s3 = picking.pick(ART, "s3 over … dead")
    assert text_of(s3) == "over 1,300 Israelis dead"
    with pytest.raises(picking.AmbiguousSpan):  # two "Putin"s each followed by "call"
        picking.pick(ART, "Putin ... call")
    with pytest.raises(AnnotateError, match="does not occur"):
        picking.pick(ART, "ceasefire ... Zelensky")


def test_an_accent_is_never_cut_from_its_letter_and_matches_either_way_typed() -> None:
    """"Jose" is not inside "José" written with a separate accent (U+0301), nor "Ana"
    inside "Ana‍" joined to the next character; "José" typed with one character finds it
    written with two, and the other way round."""
    text = "Jose\u0301 met Jose Pe\u0301rez and Jos\u00e9 Ma\u00f1o.\n"
    assert picking.find(text, "Jose") == [(10, 14)]  # only the one that is "Jose"
    assert picking.find(text, "Jos\u00e9 Pe\u0301rez") == []  # the first José meets "met"
    assert picking.find(text, "Jose P\u00e9rez") == [(10, 21)]
    assert picking.find(text, "jose\u0301") == [(0, 5), (26, 30)]
    assert picking.find(text, "Man\u0303o") == [(31, 35)]
    joined = "\U0001F468\u200d\U0001F469 arrived"
    assert picking.find(joined, "\U0001F468") == []
    # nor a thumb from its skin tone, half a flag, or a subdivision flag's black flag
    toned = "\U0001F44D\U0001F3FD \U0001F1FA\U0001F1E6\U0001F1EB\U0001F1F7 " \
        "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"
    assert picking.find(toned, "\U0001F44D") == []
    assert picking.find(toned, "\U0001F1FA") == [] and picking.find(toned, "\U0001F1E6") == []
    assert picking.find(toned, "\U0001F1E6\U0001F1EB") == []  # across two flags
    assert picking.find(toned, "\U0001F1EB\U0001F1F7") == [(5, 7)]
    assert picking.find(toned, "\U0001F3F4") == []
