"""The prompt dialogue's fixes, through the real dialogue with piped stdin: `?` at a text
prompt, cancelling, revisiting a pass, rejections kept in the sidecar, the sentence
shown once, long lists cut, a new claimant, the verdict flag after a re-anchor; and the
one door for every sidecar write (`reanchor`, `import` take the lock)."""

from __future__ import annotations

import io
import re
import shutil
import sys
from pathlib import Path

import pytest
from conftest import SAMPLE_ARTICLE, run_cli
from walk_support import suggested

from annotate import article, checks, config, lock, sidecar
from annotate.tag import complete, resume, session


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    return Path(shutil.copy(SAMPLE_ARTICLE, folder))


def tag(monkeypatch: pytest.MonkeyPatch, lines: list[str], *args: object):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{x}\n" for x in lines)))
    return run_cli("tag", *args)


def test_question_mark_at_a_text_prompt_is_help_and_a_half_made_item_is_cancelled(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # n: an actor of my own; ? at the mention prompt, a command typed there by mistake,
    # then - : nothing of the actor is saved, and the suggestion is asked again.
    found = suggested(story, "actors")
    lines = ["n", "Hamas fighters", "group", "?", "add claim", "-", "r", "q"]
    result = tag(monkeypatch, lines, story)
    assert result.code == 0, result
    out = result.out
    assert "type a mention as it appears: ?\n" in out
    assert "Enter with nothing typed, or -, cancels this item" in out  # the help, not text
    assert "'add claim' does not occur in the article" in out
    assert "cancelled: no actor added" in out
    asked = f"Actor 1/{len(found)}: {found[0].name} ("
    assert out.count(asked) == 2  # asked again after the form
    ann = sidecar.load(sidecar.path_for(story))
    assert ann.actors == [] and ann.rejected == [found[0].key]


def test_help_wraps_at_80_columns_under_its_own_words_never_at_the_left_edge(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Piped output is 80 columns wide; the help's rows are wider. A row's next line went
    # to column 0 ("it undid", "them:"), where it read as a heading or a command.
    monkeypatch.setenv("COLUMNS", "80")
    result = tag(monkeypatch, ["d", "d", "d", "help", "help edit", "add event", "conversation",
                               "?", "-", "q"], story)
    assert result.code == 0, result
    out = result.out[result.out.index("> help\n"):result.out.index("cancelled: no event")]
    lines = [line for line in out.splitlines() if not line.startswith(("> ", "event type"))]
    assert max(map(len, lines)) <= 80
    left = [line for line in lines if not line.startswith("  ")]
    assert left == ["Commands (short form in brackets); ids are shown by `list`:",
                    "Spans: type part of the text (case, spaces, quote and dash styles ignored);",
                    "Tab completes commands, ids, fields, types and roles. Every change is "
                    "saved at",
                    "edit (short: e):", "edit actor: options:", "edit event: options:",
                    "edit claim: options:", "edit the document: options:",
                    "New event", "trigger word (type it; s12 word to pick in sentence 12): "
                    "conversation"], out
    assert "  undo / redo                   (u/r)  through the whole session; each says what\n" \
           "                                       it undid\n" in out
    assert "  --alias TEXT    Another name for the actor. Repeat it for several. The values\n" \
           "                  given replace the whole list" in out
    assert "  one of: communication, statement, meeting, attack, conflict, vote, proposal,\n" \
           "    support," in out


def test_show_words_is_the_dialogues_search_and_goes_on_to_the_next_place(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A piped session had no search: `show hamas` said there was no annotation 'hamas'.
    lines = ["d", "d", "d", "show hamas", "show Hamas", "show hamas", "show hamas",
             "show Russia’s call", "show nowhere at all", "q"]
    result = tag(monkeypatch, lines, story)
    assert result.code == 0, result
    out = result.out[result.out.index("> show hamas"):]
    assert "'hamas': 1 of 3; `show hamas` again: the next\n  s2: Given the Kremlin" in out
    assert "'Hamas': 2 of 3" in out  # the same words (as the search finds them): the next
    assert "'hamas': 3 of 3" in out
    assert out.count("'hamas': 1 of 3") == 2  # after the last, the first again
    assert "[Hamas]" in out
    assert "'Russia’s call': 1 of 1\n" in out
    assert "error: there is no annotation with id 'nowhere at all', and the article does not " \
           "say 'nowhere at all'" in out


@pytest.mark.parametrize("asked", ["?", "help"])
def test_question_mark_at_a_suggestion_explains_that_prompts_keys(
        story: Path, monkeypatch: pytest.MonkeyPatch, asked: str) -> None:
    result = tag(monkeypatch, [asked, "q"], story)
    assert "error: type one of" not in result.out
    assert "  a      accept: add the actor as suggested (also Enter, or y)" in result.out
    assert "  d      done: end this pass; the rest stay for `pass actors`" in result.out
    assert "redo" not in result.out  # the command loop's letters are not mixed in


def test_enter_accepts_in_every_pass(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = tag(monkeypatch, ["", "", "d", "", "d", "", "d", "q"], story)
    assert result.code == 0, result
    ann = sidecar.load(sidecar.path_for(story))
    assert (len(ann.actors), len(ann.events), len(ann.claims)) == (2, 1, 1)
    assert result.out.count("(Enter = accept): \n✓ added ") == 4


def test_ending_a_pass_is_not_final_and_a_rejection_outlives_the_session(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = suggested(story, "actors")
    skipped, rejected = found[0], found[1]
    first = tag(monkeypatch, ["s", "r", "d", "d", "d", "pass actors", "", "d", "q"], story)
    assert first.code == 0, first
    revisit = first.out.split("> pass actors\n")[1]
    # skipped: offered again, first; the rejected one is no longer counted
    assert f"Actor 1/{len(found) - 1}: {skipped.name} (" in revisit
    assert f"{rejected.name} (" not in revisit.split("\n> ")[0]  # rejected: never again
    ann = sidecar.load(sidecar.path_for(story))
    assert [a.name for a in ann.actors] == [skipped.name]
    assert ann.rejected == [rejected.key]

    left = suggested(story, "actors", ann)  # what a new session has pending
    assert rejected.key not in {s.key for s in left}
    again = tag(monkeypatch, ["pass", "pass actors", "q"], story)  # a new session
    assert f"pending suggestions: actors {len(left)}, events " in again.out
    assert f"Actor 1/{len(left)}: {left[0].name} (" in again.out
    assert f"{rejected.name} (" not in again.out


def test_the_sentence_is_shown_once_and_long_lists_are_cut(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    art = sample_dir / SAMPLE_ARTICLE.name
    # The actors pass of a fresh copy, up to two suggestions in a row in one sentence.
    fresh = art.with_name("fresh.txt")
    shutil.copy(art, fresh)
    found, text = suggested(fresh, "actors"), article.load(fresh)
    where = [text.sentence_at(s.mentions[0][0]).number for s in found]
    i = next(i for i in range(len(found) - 1)
             if where[i] == where[i + 1] and (i == 0 or where[i - 1] != where[i]))
    walked = tag(monkeypatch, ["s"] * (i + 2) + ["q"], fresh)
    label, lines = f"  s{where[i]}: ", walked.out.splitlines()
    whole = [line for line in lines if line.startswith(label) and line[len(label)] != "…"]
    assert len(whole) == 1  # the sentence, shown once for the first...
    (start, end), (start2, end2) = found[i].mentions[0], found[i + 1].mentions[0]
    assert f"[{text.text[start:end]}]" in walked.out
    assert any(line.startswith(f"{label}…") and f"[{text.text[start2:end2]}]" in line
               for line in lines)  # ...then one line for the next
    # 16 actors in the sample: the claimant question names twelve, then says how many more.
    free(art)
    lines = ["add claim", "s3 over 1,300 Israelis dead", "quantity", "-", "q"]
    listed = tag(monkeypatch, lines, art)
    assert "actors: putin, netanyahu, nebenzia, russia, kremlin" in listed.out
    assert "united-nations, … (+4 more)" in listed.out
    assert "cancelled: no claim added" in listed.out


def test_a_claimant_can_be_made_from_a_name_in_the_sentence(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["d", "d", "d", "add claim", "s13", "quote", "Vladimir Putin", "", "", "", "", "", "q"]
    result = tag(monkeypatch, lines, story)
    assert result.code == 0, result
    assert "new, from the sentence: Vladimir Putin" in result.out
    assert "✓ added actor putin; added claim " in result.out  # one change, one undo
    ann = sidecar.load(sidecar.path_for(story))
    assert ann.claims[0].claimant == "putin" and len(ann.actors[0].mentions) == 7
    assert checks.check_file(sidecar.path_for(story)) == []


def free(art: Path) -> None:
    """As if the walkthrough of this article were done: the dialogue opens at the loop."""
    resume.save(sidecar.path_for(art), {"pass": "free", "decided": []})


def test_delete_says_what_it_removed(sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    art = sample_dir / SAMPLE_ARTICLE.name
    free(art)
    lines = ['delete putin "s4 Putin"', "delete netanyahu --cascade", "undo", "q"]
    result = tag(monkeypatch, lines, art)
    assert "✓ deleted 1 mention of putin: 'Putin' (" in result.out
    assert "✓ deleted netanyahu and dropped 2 references to it: participant " \
        "netanyahu:addressee of call" in result.out
    assert "✓ undone: deleted netanyahu" in result.out


def test_show_of_a_sentence_number_of_thousands_of_digits_is_no_annotation(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """int() refuses more than 4,300 digits: the session ended in an internal error
    (ValueError) (session 33)."""
    art = sample_dir / SAMPLE_ARTICLE.name
    free(art)
    result = tag(monkeypatch, ["show s" + "9" * 5000, "q"], art)
    assert result.code == 0, result
    assert "error: there is no annotation with id 's999" in result.out


# -- the verdict flag: "$91 billion" becomes "$90 billion" under a verdict ----------------

DEAL = ("Port Deal Signed\n\nThe government said on Tuesday that the port deal is worth $91 "
        "billion over ten years. Critics called the figure inflated.\n")
CLAIM = "the port deal is worth $91 billion over ten years"


@pytest.fixture
def deal(tmp_path: Path) -> Path:
    path = tmp_path / "deal.txt"
    path.write_text(DEAL, "utf-8")
    made = run_cli("add", "claim", path, "--text", CLAIM, "--kind", "quantity",
                   "--verdict", "correct")
    assert made.code == 0, made
    path.write_text(DEAL.replace("$91", "$90"), "utf-8")
    return path


def test_reanchor_keeps_the_verdict_flagged_and_validate_warns_until_confirmed(
        deal: Path) -> None:
    moved = run_cli("reanchor", deal)
    assert moved.code == 0, moved
    assert "verdict to re-check (its claim's text changed): port-deal-worth-91" in moved.out
    claim = sidecar.load(sidecar.path_for(deal)).claims[0]
    assert (claim.verdict, claim.recheck) == ("correct", CLAIM)
    assert claim.span.text == CLAIM.replace("$91", "$90")
    warned = run_cli("validate", sidecar.path_for(deal))
    assert warned.code == 0 and "(recheck)" not in warned.out
    assert "'the port deal is worth [$91] billion over ten years', now 'the port deal is " \
        "worth [$90] billion over ten years'" in warned.out
    assert run_cli("validate", "--strict", sidecar.path_for(deal)).code == 1
    confirmed = run_cli("edit", deal, "port-deal-worth-91", "--recheck", "none")
    assert confirmed.code == 0, confirmed
    assert run_cli("validate", "--strict", sidecar.path_for(deal)).code == 0


def test_the_dialogue_shows_old_and_new_words_and_asks_about_the_verdict(
        deal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Re-anchor, then v: another verdict for the new words.
    result = tag(monkeypatch, ["", "v", "incorrect", "q"], deal)
    assert result.code == 0, result
    out = result.out
    assert "the verdict 'correct' was given for other words:" in out
    assert "    was: the port deal is worth [$91] billion over ten years" in out
    assert "    now: the port deal is worth [$90] billion over ten years" in out
    assert "k      keep: the verdict holds for the new words (clears the flag)" not in out
    claim = sidecar.load(sidecar.path_for(deal)).claims[0]
    assert (claim.verdict, claim.recheck) == ("incorrect", None)


def test_left_for_later_the_flag_stays_and_review_comes_back_to_it(
        deal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tag(monkeypatch, ["", "", "q"], deal)  # re-anchor; Enter leaves the verdict flagged
    assert sidecar.load(sidecar.path_for(deal)).claims[0].recheck == CLAIM
    again = tag(monkeypatch, ["d", "d", "review", "?", "k", "q"], deal)
    assert "1 span is orphaned or has a verdict to re-check" in again.out
    assert "Span 1/1: recheck, claim port-deal-worth-91" in again.out
    assert "k      keep: the verdict holds for the new words (clears the flag)" in again.out
    claim = sidecar.load(sidecar.path_for(deal)).claims[0]
    assert (claim.verdict, claim.recheck) == ("correct", None)


def test_two_spans_left_for_later_are_counted_in_the_plural(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "deal.txt"
    path.write_text(DEAL, "utf-8")
    for text in (CLAIM, "Critics called the figure inflated"):
        made = run_cli("add", "claim", path, "--text", text, "--kind", "factual",
                       "--verdict", "correct")
        assert made.code == 0, made
    path.write_text(DEAL.replace("$91", "$90").replace("figure", "figures"), "utf-8")
    tag(monkeypatch, ["", "", "", "q"], path)  # re-anchor; Enter leaves both verdicts flagged
    assert [bool(c.recheck) for c in sidecar.load(sidecar.path_for(path)).claims] == [True, True]
    again = tag(monkeypatch, ["d", "d", "q"], path)
    assert "2 spans are orphaned or have a verdict to re-check" in again.out


# -- one door for every write ------------------------------------------------------------

def test_reanchor_and_import_respect_the_lock(deal: Path, tmp_path: Path) -> None:
    path = sidecar.path_for(deal)
    before = path.read_bytes()
    with lock.acquire(path):
        refused = run_cli("reanchor", deal)
        assert refused.code == 1 and "is being edited by" in refused.err
        assert "annotate tag --read-only" in refused.err  # reanchor has no --read-only
        brat = tmp_path / "deal.ann"
        brat.write_text("", "utf-8")
        imported = run_cli("import", brat, "--from", "brat", "--article", deal, "--force")
        assert imported.code == 1 and "is being edited by" in imported.err
    assert path.read_bytes() == before
    assert run_cli("reanchor", deal).code == 0  # the lock let go: it writes
    assert not lock.path_for(path).exists()


def test_completion_of_commands_ids_fields_types_and_roles(sample_dir: Path) -> None:
    ann = sidecar.load(sample_dir / "putin-netanyahu-call.ann.yaml")
    ctx = session.Context(article.load(sample_dir / SAMPLE_ARTICLE.name), config.default())
    assert complete.command(ctx, ann, "pa") == ["pass"]
    assert complete.command(ctx, ann, "pass e") == ["events"]
    assert complete.command(ctx, ann, "edit ne") == ["nebenzia", "nebenzia-counterfactual",
                                                     "nebenzia-discussion", "netanyahu"]
    assert complete.command(ctx, ann, "edit call --fa") == ["--factuality"]
    assert complete.command(ctx, ann, "add actor --type co") == ["country"]
    assert complete.command(ctx, ann, "edit call --type co") == ["communication", "conflict"]
    assert "putin:speaker" in complete.command(
        ctx, ann, "add event --type communication --participant pu")
    assert complete.command(ctx, ann, "edit un-vote --verdict mo") == ["mostly-correct"]


def test_screen_window_always_holds_the_focus_and_ends() -> None:
    from annotate.tag import view

    art = article.load(SAMPLE_ARTICLE)
    screen = view.Screen(art)
    for lines in (1, 6, 15, 30, 500):
        for s in art.sentences:
            first, last = screen.window(s.start, lines, 80)
            assert first <= s.number <= last
            assert first >= max(1, s.number - 2) or last == len(art.sentences)
    assert screen.window(None, 500, 80) == (1, len(art.sentences))


def test_an_items_context_line_stays_in_the_sentence_it_is_labelled_with(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Netanyahu's first mention ends the title: its line read "s1: … With Netanyahu
    Given the Kremlin's deepening alliance…", the next paragraph under s1's number."""
    found = suggested(story, "actors")
    netanyahu = next(n for n, s in enumerate(found) if s.name == "Benjamin Netanyahu")
    result = tag(monkeypatch, ["s"] * netanyahu + ["q"], story)
    assert result.code == 0, result
    line = next(x for x in result.out.splitlines()
                if x.startswith("  s1: ") and "[Netanyahu]" in x)
    assert line.endswith("Conversation With [Netanyahu]"), line
    assert "Kremlin" not in line


def test_an_attributed_claim_is_offered_as_what_was_said(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The claim offered is what the speaker said; editing it, Enter keeps that span."""
    art = tmp_path / "strike.txt"
    art.write_text("Port strike ends\n\nIlse Damaro, the chief executive of Meridal Shipping, "
                   "said that the company lost 40 million euros in the strike.\n")
    assert run_cli("add", "actor", art, "--name", "Ilse Damaro", "--type", "person").code == 0
    free(art)
    result = tag(monkeypatch, ["pass claims", "e", "", "", "", "", "", "", "", "q"], art)
    assert result.code == 0, result
    assert "Claim 1/1: in sentence s2" in result.out
    assert "claim span (Enter = as suggested, or type part of it to trim)" in result.out
    (claim,) = sidecar.load(sidecar.path_for(art)).claims
    assert claim.span.text == "the company lost 40 million euros in the strike"
    assert claim.claimant == "damaro" and claim.cue is not None and claim.cue.text == "said"


def test_the_first_screen_says_when_the_article_goes_on(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Piped, the article is shown a screenful at a time: each screen that stops before
    the last sentence says so and how to see more; the last one does not."""
    count = len(article.load(story).sentences)
    result = tag(monkeypatch, ["d", "d", "d", *["next"] * count, "q"], story, "--plain")
    assert result.code == 0, result
    hints = [line for line in result.out.splitlines() if line.startswith("(s")]
    assert hints and hints[0].startswith("(s1-s") and \
        hints[0].endswith(f" of {count}; at the command prompt `next` shows more)")
    shown = {int(n) for n in re.findall(r"^ *s(\d+) ", result.out, re.MULTILINE)}
    assert shown == set(range(1, count + 1))  # `next` reached the end, which has no hint
    assert int(hints[-1].split("-s")[1].split()[0]) < count


def test_a_piped_line_is_echoed_with_its_control_characters_shown(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The echo of a piped answer went raw to the terminal: an escape sequence in it ran
    (it cleared the screen)."""
    result = tag(monkeypatch, ["foo\x1b[2J", "q"], story)
    assert result.code == 0, result
    assert "\x1b" not in result.out and "foo␛[2J" in result.out


def test_list_wraps_a_long_claim_under_its_id_at_80_columns(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `list` printed a claim's line wider than 80 columns and its end went on at column
    # 0 ('1,300 Israelis dead"'), where it read as another item.
    monkeypatch.setenv("COLUMNS", "80")
    result = tag(monkeypatch, ["d", "d", "d",
                               'add claim --text "left over 1,300 Israelis dead" --kind quantity',
                               "list", "q"], story)
    assert result.code == 0, result
    listed = result.out[result.out.index("claims (1)"):].splitlines()
    assert listed[1].startswith("  left-over-1-300: quantity, by the outlet")
    assert listed[2].startswith("    ") and "Israelis dead" in listed[2], listed[:3]
    assert all(len(line) <= 80 for line in listed[:3])


def test_a_one_sentence_article_says_1_sentence(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    # The dialogue opened with "1 sentences; 0 actors, ..." and `show s2` answered "the
    # article has 1 sentences".
    story = tmp_path / "one.txt"
    story.write_text("Biden said inflation fell to 3 percent in May.", "utf-8")
    result = tag(monkeypatch, ["d", "d", "d", "show s2", "q"], story)
    assert result.code == 0, result
    assert "1 sentence; 0 actors" in result.out
    assert "1 sentences" not in result.out + result.err


def test_reopened_after_the_passes_it_says_what_they_left_pending(
        story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every pass ended with d ("the rest stay for `pass actors`"); reopened, the session
    # went straight to the command loop and said nothing of the suggestions left.
    assert tag(monkeypatch, ["a", "d", "d", "d", "q"], story).code == 0  # one actor kept
    result = tag(monkeypatch, ["q"], story)
    assert result.code == 0, result
    before_prompt = result.out[:result.out.index("Commands:")]
    assert re.search(r"pending suggestions: actors [1-9]\d*, events \d+, claims \d+; type "
                     r"pass NAME", " ".join(before_prompt.split())), before_prompt


def test_a_sentence_or_span_longer_than_a_screen_is_shown_in_part(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An article on one line is one sentence: the first screen and every question about
    a span in it printed it whole (of 1 MB, 10,000 lines each; of 10 MB, minutes each, as
    rich's line splitting grows with the square of the text). Now a screen shows its head
    and says how much more there is, a question the words around its span, and a claim
    of the whole sentence its head and tail."""
    story = tmp_path / "one-line.txt"
    filler = "word " * 20_000
    story.write_text(f"Vladimir Putin spoke to Benjamin Netanyahu. {filler}Putin said so.\n",
                     encoding="utf-8")
    result = tag(monkeypatch, ["y", "d", "d", "d", "show Putin said", "q"], story, "--plain")
    assert result.code == 0, result
    assert len(result.out.splitlines()) < 300
    out = re.sub(r"\s+", " ", result.out)
    assert re.search(r"… \(\d+ more characters in s1; `show WORDS` finds words in it\)", out)
    assert re.search(r"s1: \[Vladimir Putin\] spoke to Benjamin Netanyahu\. word word [^…]*…",
                     out)  # the first question
    assert re.search(r"s1: \[Vladimir Putin spoke to [^]]*word … word [^]]*Putin said so\]\.",
                     out)  # the claim of the whole sentence
    assert re.search(r"s1: …word word [^[]*\[Putin said\] so\.", out)  # the search
    assert "saved 1 actor" in out



def test_the_findings_in_a_session_use_its_config(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`tag --config FILE` worked with FILE's inventory, but the findings at `validate`
    and at the end were the nearest annotate.yaml's (here none: the built-in one), so a
    sidecar the session's inventory refuses was said to be valid."""
    config_file = sample_dir / "project.yaml"
    config_file.write_text("actor_types: [human, state]\n", "utf-8")
    result = tag(monkeypatch, ["d", "d", "validate", "q"], sample_dir / SAMPLE_ARTICLE.name,
                 "--config", config_file)
    assert result.code == 0, result
    shown = result.out.replace("\n", " ")
    assert "16 problems" in shown
    assert "validation: 16 errors" in shown and "allowed: human, state" in shown


def test_the_findings_show_a_line_break_in_an_inventory_name(
        sample_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A type name with a line break (`"a\\nb"` in annotate.yaml) went raw into the
    findings the dialogue prints, starting a line of its own (`annotate validate` shows
    it as ␊)."""
    config_file = sample_dir / "project.yaml"
    config_file.write_text('actor_types: [human, "a\\nb"]\n', "utf-8")
    result = tag(monkeypatch, ["d", "d", "validate", "q"], sample_dir / SAMPLE_ARTICLE.name,
                 "--config", config_file)
    assert result.code == 0, result
    findings = result.out
    assert findings.replace("\n", " ").count("allowed: human, a␊b") == 21  # 16, then 5
    assert not re.search(r"^b\b", findings, re.MULTILINE)
