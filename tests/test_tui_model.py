"""The workspace's pure parts: cursor and selection, hint letters, layout, forms, completion."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLE_ARTICLE
from hypothesis import given
from hypothesis import strategies as st

from annotate import article
from annotate.tag.tui import commandline, cursor, forms, hints, keys, layout

TEXT = "Putin met U.S. envoys. “We agree,” he said.\n\nA second paragraph, here."


def _text(text: str = TEXT) -> cursor.Text:
    art = article.from_text(text)
    return cursor.Text.of(art.text, [(s.start, s.end) for s in art.sentences],
                          [(p.start, p.end) for p in art.paragraphs])


def words(t: cursor.Text, sel: cursor.Sel) -> str:
    return t.text[sel[0]:sel[1]]


def test_words_abbreviations_and_punctuation_are_tokens() -> None:
    t = _text()
    assert [words(t, tk) for tk in t.tokens[:8]] == ["Putin", "met", "U.S.", "envoys", ".", "“",
                                                    "We", "agree"]


def test_a_word_keeps_its_combining_accents_and_search_finds_either_form() -> None:
    # "José García" written with combining accents (as NFD text does), an emoji with its
    # skin tone: no token, no search match, ends inside a character.
    t = _text("The mayor, Jose\u0301 Garci\u0301a, praised her \U0001f44d\U0001f3fd. "
              "Combining: e\u0301e\u0301.")
    assert [words(t, tk) for tk in t.tokens[3:6]] == ["Jose\u0301", "Garci\u0301a", ","]
    assert "\U0001f44d\U0001f3fd" in [words(t, tk) for tk in t.tokens]
    assert words(t, cursor.search(t, "García", (0, 0))) == "Garci\u0301a"  # typed as NFC
    assert words(t, cursor.search(t, "Combining: e", (0, 0))) == "Combining: e\u0301"
    assert cursor.matches(t, "josé", 0, len(t.text)) == [cursor.search(t, "José", (0, 0))]


def test_word_moves_skip_punctuation_and_stop_at_the_ends() -> None:
    t = _text()
    sel = cursor.word_at(t, 0)
    seen = []
    for _ in range(6):
        sel = cursor.next_word(t, sel)
        seen.append(words(t, sel))
    assert seen == ["met", "U.S.", "envoys", "We", "agree", "he"]
    assert words(t, cursor.prev_word(t, sel)) == "agree"
    last = cursor.word_at(t, len(t.text) - 2)
    assert cursor.next_word(t, cursor.next_word(t, last)) == cursor.next_word(t, last)
    assert cursor.prev_word(t, cursor.word_at(t, 0)) == cursor.word_at(t, 0)


def test_the_first_and_last_words_leave_out_the_quotation_marks_around_them() -> None:
    """`G` (and End) on an article ending in a quotation selected its closing mark, shown
    as “”” in the panel: `G` and `g` land on the last and the first word."""
    t = _text("“We agree,” he said.\n\nHe added: “It is over.”")
    assert words(t, cursor.last_word(t)) == "over"
    assert words(t, cursor.first_word(t)) == "We"
    dots = _text("…")
    assert words(dots, cursor.last_word(dots)) == "…"  # no word at all: the last token


def test_a_possessive_s_is_no_word_and_an_apostrophe_inside_one_is_the_words() -> None:
    """Word moves stopped on the "s" of "Smith’s" (and "Smith's"): the possessive is a
    token of its own that they skip, and grows a name by one step; "Kremlin" alone stays
    one word to make an actor of."""
    t = _text("The Kremlin’s ally and Smith's car. O’Brien’s team don’t SMITH’S go.")
    sel = cursor.word_at(t, 0)
    seen = []
    for _ in range(10):
        sel = cursor.next_word(t, sel)
        seen.append(words(t, sel))
    assert seen == ["Kremlin", "ally", "and", "Smith", "car", "O’Brien", "team", "don’t",
                    "SMITH", "go"]
    kremlin = cursor.word_at(t, t.text.index("Kremlin"))
    assert words(t, kremlin) == "Kremlin"
    assert words(t, cursor.grow_end(t, kremlin)) == "Kremlin’s"
    assert words(t, cursor.prev_word(t, cursor.word_at(t, t.text.index("ally")))) == "Kremlin"
    curly, straight = (cursor.word_at(t, t.text.index(w)) for w in ("’s ally", "'s car"))
    assert (words(t, curly), words(t, straight)) == ("’s", "'s")


def test_shrinking_the_start_passes_over_what_closes_the_word_before() -> None:
    """`>` on "The Kremlin’s ally" went "Kremlin’s ally", "’s ally": a claim made then
    started with the possessive. A comma or a full stop is passed over the same way; an
    opening quotation mark is not (a span may start with it)."""
    t = _text("The Kremlin’s ally, and “the rest.” Done.")
    sel = (0, t.text.index(" Done"))
    seen = []
    for _ in range(5):
        sel = cursor.shrink_start(t, sel)
        seen.append(words(t, sel))
    assert seen == ["Kremlin’s ally, and “the rest.”", "ally, and “the rest.”",
                    "and “the rest.”", "“the rest.”", "the rest.”"]
    end = t.text.index("’s") + 2
    assert cursor.shrink_start(t, (t.text.index("Kremlin"), end)) == \
        (t.text.index("Kremlin"), end)  # (never less than one token left)


def test_growing_and_shrinking_from_either_end() -> None:
    t = _text()
    sel = cursor.word_at(t, t.text.index("met"))
    sel = cursor.grow_end(t, cursor.grow_end(t, sel))
    assert words(t, sel) == "met U.S. envoys"
    assert words(t, cursor.grow_end(t, sel)) == "met U.S. envoys."  # the full stop is a token
    sel = cursor.grow_start(t, sel)
    assert words(t, sel) == "Putin met U.S. envoys"
    sel = cursor.shrink_start(t, cursor.shrink_end(t, sel))
    assert words(t, sel) == "met U.S."
    one = cursor.word_at(t, 0)
    assert cursor.shrink_end(t, one) == one and cursor.shrink_start(t, one) == one


def test_character_mode_goes_one_character_at_a_time() -> None:
    t = _text()
    sel = cursor.word_at(t, 0)
    assert words(t, cursor.shrink_end(t, sel, chars=True)) == "Puti"
    assert words(t, cursor.grow_end(t, sel, chars=True)) == "Putin "
    assert words(t, cursor.next_word(t, sel, chars=True)) == "u"


def test_sentence_and_paragraph_jumps_and_select_sentence() -> None:
    t = _text()
    sel = cursor.word_at(t, t.text.index("envoys"))
    assert words(t, cursor.sentence(t, sel)) == "Putin met U.S. envoys."
    nxt = cursor.next_sentence(t, sel)
    assert words(t, nxt) == "“"
    assert words(t, cursor.sentence(t, nxt)) == "“We agree,” he said."
    assert cursor.prev_sentence(t, nxt) == cursor.word_at(t, 0)
    assert words(t, cursor.prev_sentence(t, sel)) == "Putin"  # back to this sentence's start
    para = cursor.next_paragraph(t, sel)
    assert words(t, para) == "A"
    assert cursor.prev_paragraph(t, para) == cursor.word_at(t, 0)
    assert cursor.next_paragraph(t, para) == para


def test_a_claims_words_leave_out_the_full_stop_that_closes_the_sentence() -> None:
    t = _text("Putin met U.S. envoys. “We agree.” Talks go on! She joined Veltra Inc. "
              "It ended. Or did it? “It helped. Go on,” he said.")
    def claim(words_: str) -> str:
        at = t.text.index(words_)
        return words(t, cursor.claim_words(t, (at, at + len(words_))))
    assert claim("Putin met U.S. envoys.") == "Putin met U.S. envoys"
    assert claim("Talks go on!") == "Talks go on"
    assert claim("“We agree.”") == "“We agree.”"  # the stop is the quotation's
    assert claim("We agree.") == "We agree."  # (its quote closes after it)
    assert claim("She joined Veltra Inc.") == "She joined Veltra Inc."
    assert claim("Putin met U.S.") == "Putin met U.S."  # an abbreviation inside
    assert claim("Or did it?") == "Or did it?"  # a question stays one
    assert claim(".") == "."
    assert claim("It helped.") == "It helped."  # a quotation open over two sentences
    assert claim("It ended.") == "It ended"


def test_snap_widens_a_drag_to_whole_words_in_either_direction() -> None:
    t = _text()
    a, b = t.text.index("et U"), t.text.index("voys")
    assert words(t, cursor.snap(t, a, b)) == "met U.S. envoys"
    assert words(t, cursor.snap(t, b, a)) == "met U.S. envoys"
    assert words(t, cursor.extend_to(t, cursor.word_at(t, 0),
                                     cursor.word_at(t, b))) == "Putin met U.S. envoys"
    wide = cursor.snap(t, 0, b)
    assert words(t, cursor.extend_to(t, wide, cursor.word_at(t, a))) == "Putin met"  # shorter
    assert words(t, cursor.extend_to(t, cursor.word_at(t, b), cursor.word_at(t, 0))) == \
        "Putin met U.S. envoys"  # a word before the selection moves its start


def test_search_wraps_ignores_case_and_spaces() -> None:
    t = _text("one Two three. two\n  three again. TWO THREE.")
    first = cursor.search(t, "two three", (0, 1))
    assert first is not None and words(t, first) == "Two three"
    second = cursor.search(t, "two three", first)
    assert second is not None and words(t, second) == "two\n  three"
    third = cursor.search(t, "two three", second)
    assert third is not None and words(t, third) == "TWO THREE"
    assert cursor.search(t, "two three", third) == first  # wraps around
    assert cursor.search(t, "two three", first, forward=False) == third
    assert cursor.search(t, "absent", first) is None


@given(st.text(alphabet="ab .,\n’", min_size=1, max_size=60), st.integers(0, 59),
       st.integers(0, 30))
def test_selections_stay_inside_the_text_and_nonempty(text: str, at: int, steps: int) -> None:
    if not text.strip(" \n"):
        return
    art = article.from_text(text)
    t = cursor.Text.of(art.text, [(s.start, s.end) for s in art.sentences],
                       [(p.start, p.end) for p in art.paragraphs])
    sel = cursor.word_at(t, min(at, len(art.text) - 1))
    moves = (cursor.next_word, cursor.grow_end, cursor.grow_start, cursor.shrink_end,
             cursor.prev_word, cursor.shrink_start)
    for i in range(steps):
        sel = moves[i % len(moves)](t, sel)
        assert 0 <= sel[0] < sel[1] <= len(art.text)


def test_hint_labels_are_prefix_free_and_short_first() -> None:
    for count in (1, 5, 26, 27, 100, 600):
        found = hints.labels(count)
        assert len(found) == len(set(found)) == count
        assert all(not b.startswith(a) for a in found for b in found if a != b)
        assert [len(x) for x in found] == sorted(len(x) for x in found)
    assert hints.labels(160).count("a") == 1 and len(hints.labels(160)[0]) == 1
    table = hints.assign(["x", "y"] * 20)
    first = next(iter(table))
    assert hints.complete(table, first) == 0
    two = [label for label in table if len(label) == 2][0]
    assert hints.complete(table, two[0]) is None and hints.complete(table, two) == table[two]
    with pytest.raises(ValueError):
        hints.labels(26 * 26 + 1)


def test_hint_labels_kept_stay_on_their_targets_while_the_set_has_them() -> None:
    """A target added nearest (an actor made by `=`) takes a free label, not `a`."""
    assert hints.keeping(["new", "x", "y"], {"x": "a", "y": "s"}) == \
        {"a": "x", "s": "y", "d": "new"}
    # 27 targets: `m` now starts two-letter labels, so its target gets another one.
    targets = [str(i) for i in range(27)]
    kept = dict(zip(targets[1:], hints.labels(26), strict=True))
    table = hints.keeping(targets, kept)
    assert sorted(table) == sorted(hints.labels(27))
    assert all(table[label] == t for t, label in kept.items() if label != "m")


def test_fuzzy_picks_by_start_then_inside_then_close_spelling() -> None:
    names = {"putin": ["putin", "Vladimir Putin"], "netanyahu": ["netanyahu",
                                                                 "Benjamin Netanyahu"]}
    assert hints.fuzzy("vlad", names) == "putin"
    assert hints.fuzzy("yahu", names) == "netanyahu"
    assert hints.fuzzy("Natanyahu", names) == "netanyahu"
    assert hints.fuzzy("zzzz", names) is None and hints.fuzzy(" ", names) is None


def test_layout_numbers_sentences_wraps_at_spaces_and_finds_offsets() -> None:
    art = article.load(SAMPLE_ARTICLE)
    lay = layout.build(art.text, [(s.start, s.end) for s in art.sentences],
                       [(p.start, p.end) for p in art.paragraphs], 50)
    labels = [line.label for line in lay.lines if line.label]
    assert labels == [f"s{n}" for n in range(1, len(art.sentences) + 1)]
    for line in lay.lines:
        assert len(art.text[line.start:line.end].rstrip(" ")) <= lay.width  # a space may hang
        if line.end > line.start:
            assert lay.line_of(line.start) == lay.lines.index(line)
    shown = "".join(art.text[line.start:line.end] for line in lay.lines)
    assert shown.replace(" ", "") == "".join(art.text[s.start:s.end]
                                             for s in art.sentences).replace(" ", "")
    blank = [line for line in lay.lines if line.start == line.end]
    assert len(blank) == len(art.paragraphs) - 1


def test_layout_of_wide_characters_fits_in_cells() -> None:
    from rich.cells import cell_len
    text = "漢字の文章です。" * 20
    lay = layout.build(text, [(0, len(text))], [(0, len(text))], 20)
    assert all(cell_len(text[x.start:x.end]) <= lay.width for x in lay.lines)


def _form(what: str, **values: object) -> forms.Form:
    choices = {"actor_types": forms.letters(["person", "organization", "place"]),
               "event_types": forms.letters(["communication", "attack"]),
               "claim_kinds": forms.letters(["factual", "quote"]),
               "verdicts": forms.letters(["unverified", "correct"]),
               "factualities": forms.letters(["asserted", "reported"])}
    roles = {"communication": ("speaker", "addressee"), "attack": ("attacker", "target"),
             "meeting": ("participant", "host", "place")}
    return forms.Form(what, (0, 5), dict(values), choices, roles)


def test_single_keys_are_unique_and_come_from_the_names() -> None:
    keys = forms.letters(["person", "organization", "country", "group", "place", "other"])
    assert list(keys.values()) == ["person", "organization", "country", "group", "place",
                                   "other"]
    assert keys["p"] == "person" and keys["l"] == "place" and len(set(keys)) == 6


def test_a_form_moves_on_after_each_pick_and_saves_after_the_last() -> None:
    form = _form("claim", kind="factual", claimant=None, verdict=None, about=[], cue=None,
                 checkworthy=True)
    assert form.key("q", "q").action == "moved" and form.values["kind"] == "quote"
    form.hints = {"a": "putin", "s": "netanyahu"}
    assert form.key("s", "s").action == "moved" and form.values["claimant"] == "netanyahu"
    assert form.key("c", "c").action == "moved" and form.values["verdict"] == "correct"
    form.hints = {"a": "call", "s": "putin"}
    form.key("a", "a")
    form.key("s", "s")
    form.key("a", "a")  # toggles call off again
    assert form.values["about"] == ["putin"]
    assert form.key("tab").action == "moved"  # on to cue
    assert form.key("-", "-").action == "moved" and form.values["cue"] is None
    assert form.key("n", "n").action == "save" and form.values["checkworthy"] is False
    assert form.key("escape").action == "cancel"


def test_participants_take_free_roles_and_numbers_change_them() -> None:
    form = _form("event", type="communication", participants=[], factuality="asserted")
    form.go(1)
    form.hints = {"a": "putin", "s": "netanyahu", "d": "kremlin"}
    form.key("a", "a")
    form.key("s", "s")
    assert form.values["participants"] == [("putin", "speaker"), ("netanyahu", "addressee")]
    form.key("1", "1")
    assert form.values["participants"][-1] == ("netanyahu", "speaker")
    form.key("backspace")
    assert form.values["participants"] == [("putin", "speaker")]
    form.go(0)
    assert form.key("a", "a").action == "moved"  # attack: roles follow the new type
    assert form.values["participants"] == [("putin", "attacker")]
    assert form.key("z", "z").action == "ignored"


def test_a_role_many_share_is_the_next_participant_s_too_and_the_form_says_so() -> None:
    """Two parties meeting are both participants (the second was made the host, unasked);
    each pick says the role it gave and how to change it."""
    form = _form("event", type="meeting", participants=[], factuality="asserted")
    form.go(1)
    form.hints = {"a": "putin", "s": "netanyahu"}
    assert form.key("a", "a").message == "putin as participant: a digit picks another role"
    form.key("s", "s")
    assert form.values["participants"] == [("putin", "participant"),
                                           ("netanyahu", "participant")]
    form.key("2", "2")
    assert form.values["participants"][-1] == ("netanyahu", "host")


def test_two_letter_hints_wait_for_the_second_letter() -> None:
    form = _form("mention", actor=None)
    form.hints = {label: f"actor{i}" for i, label in enumerate(hints.labels(40))}
    two = [label for label in form.hints if len(label) == 2][3]
    assert form.key(two[0], two[0]).action == "hint"
    assert form.key(two[1], two[1]).action == "save"
    assert form.values["actor"] == form.hints[two]


def test_completion_of_commands_ids_types_and_roles(tmp_path: Path) -> None:
    import shutil

    from annotate.tag.tui import core as core_mod
    shutil.copy(SAMPLE_ARTICLE, tmp_path)
    core = core_mod.open_core(tmp_path / SAMPLE_ARTICLE.name)
    try:
        core.add_actor("Vladimir Putin", "person", [(364, 378)])
        core.add_actor("Benjamin Netanyahu", "person", [(326, 344)])
        assert commandline.complete(core, "ed") == ("edit ", ["edit"])
        assert commandline.complete(core, "edit ne")[0] == "edit netanyahu "
        assert commandline.candidates(core, "edit putin --") == [
            "--alias", "--id", "--mention", "--name", "--note", "--type"]
        assert "organization" in commandline.candidates(core, "edit putin --type ")
        assert commandline.candidates(core, "add event --type vote --participant pu") == [
            "putin:body", "putin:proposer", "putin:subject", "putin:voter"]
        assert commandline.complete(core, "add claim --kind qu") == (
            "add claim --kind qu", ["quantity", "quote"])  # as far as it is certain
        assert commandline.complete(core, "add claim --kind quan")[0] == \
            "add claim --kind quantity "
        count = len(core.sentences)
        assert commandline.candidates(core, "show s1") == sorted(
            f"s{n}" for n in range(10, count + 1) if str(n).startswith("1"))
    finally:
        core.close()


def test_every_key_of_the_help_says_what_it_does_in_a_whole_phrase() -> None:
    # `?` said "R  review the verdicts given for words that changed since" and stopped there.
    dangling = {"since", "for", "to", "of", "the", "a", "an", "and", "or", "with", "that", "at",
                "by", "in", "from"}
    for mode in ("normal", "form", "hint", "adjudicate"):
        for _, rows in keys.table(mode):
            for key, what in rows:
                assert what.split()[-1].strip("()").lower() not in dangling, (mode, key, what)


def test_the_list_clips_a_text_between_words() -> None:
    """(`L` cut "a rise of 2 per" mid-word, with no mark that text was left out.)"""
    from annotate.visible import clip
    assert clip("the company had offered a rise of 2 percent", 30) == "the company had offered a…"
    assert clip("short", 30) == "short"
    assert clip("Supercalifragilisticexpialidocious-ness", 10) == "Supercali…"


@pytest.mark.parametrize("in_process", [True, False])
def test_the_workspace_checks_with_the_sessions_config(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch, in_process: bool) -> None:
    """The status bar's findings were the nearest annotate.yaml's, not `--config`'s."""
    from annotate.tag.tui import core

    config_file = sample_dir / "project.yaml"
    config_file.write_text("actor_types: [human, state]\n", "utf-8")
    if not in_process:  # (a long sidecar is checked by `annotate validate` in a process)
        monkeypatch.setattr(core, "IN_PROCESS", 0)
    app = core.open_core(sample_dir / SAMPLE_ARTICLE.name, None, config_file, read_only=True)
    found = app.problems()
    assert len(found) == 16 and "allowed: human, state" in found[0].message
