"""The step machines of `annotate tag`, driven by lists of answers: no terminal, no files.

`drive` is what every front end does: ask the machine's question, hand it an answer,
apply the changes it returns as one step of the session, and go on until it is done.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE_ARTICLE
from rich.console import Console

from annotate import anchoring, article, config, render, sidecar, suggest
from annotate.editing import vocabulary as v
from annotate.model import Span
from annotate.tag import forms, review, session, walkthrough
from annotate.tag.questions import CHOICE, KEY, SPAN, TEXT, YESNO, Question, Step

ART = article.load(SAMPLE_ARTICLE)
CTX = session.Context(ART, config.default())


def empty() -> session.State:
    return session.State(sidecar.new(ART, Path("x.ann.yaml")))


def offered() -> list[suggest.ActorSuggestion]:
    """The actor suggestions on an empty sidecar, as the recommenders rank them now: the
    tests name what they expect from these, never from a list of the sample's names."""
    return suggest.actors(ART, empty().ann, inv=CTX.inventory)


def starts(question: Question, number: int, of: list[suggest.ActorSuggestion]) -> bool:
    """Whether `question` asks about suggestion `number` (from 1) of the list `of`."""
    sug = of[number - 1]
    return question.title.startswith(f"Actor {number}/{len(of)}: {sug.name} ({sug.type}")


def drive(step: Step[Any], answers: list[Any], state: session.State | None = None,
          ) -> tuple[session.State, list[Question], list[str], Step[Any]]:
    """Answer each question in turn; returns the state, the questions asked, every note
    and the last step. Fails if the machine asks more than it is given answers for."""
    state = state or empty()
    asked: list[Question] = []
    notes = [n.text for n in step.notes]
    machine = step.machine
    for answer in answers:
        question = machine.question(CTX, state.ann)
        assert question is not None, f"finished before the answer {answer!r}"
        asked.append(question)
        step = machine.step(CTX, state.ann, answer)
        if step.changes:
            state = session.apply_all(CTX, state, step.changes)
        notes += [n.text for n in step.notes]
        machine = step.machine
        if machine is None or step.quit:
            break
    return state, asked, notes, step


def test_the_actor_pass_asks_the_same_keys_and_enter_accepts() -> None:
    found = offered()
    state, asked, notes, step = drive(walkthrough.start(CTX, empty().ann, ("actors",)),
                                      ["", "a", "r", "s", "d"])
    assert notes[0].startswith(f"Pass 1 of 3: actors. {len(found)} suggested.")
    assert [q.kind for q in asked] == [KEY] * 5
    assert all(q.default == "a" and [k.key for k in q.keys] == list("aersmndu" "q")
               for q in asked)
    first = found[0]
    hint = f", {first.hint}" if first.hint else ""
    assert asked[0].title.startswith(f"Actor 1/{len(found)}: {first.name} ({first.type}{hint})")
    assert asked[0].focus == first.mentions[0]  # shown at its first mention
    assert ART.text[slice(*asked[0].focus)] in {first.name, *first.aliases}
    assert [(a.name, len(a.mentions)) for a in state.ann.actors] == [
        (s.name, len(s.mentions)) for s in found[:2]]  # Enter and a: both accept
    assert state.ann.rejected == [found[2].key]  # r: kept in the sidecar
    assert step.machine.passes == () and step.machine.decided == {found[0].key, found[1].key}


def test_every_pass_has_the_same_letters_for_the_same_meanings() -> None:
    meaning = {}
    for name in walkthrough.PASSES:
        for key in walkthrough.keys(name):
            meaning.setdefault(key.key, set()).add(key.name)
    assert all(len(names) == 1 for names in meaning.values()), meaning
    assert meaning["a"] == {"accept"} and meaning["d"] == {"done"}


def test_a_skipped_or_passed_over_suggestion_comes_back_a_rejected_one_never() -> None:
    found = offered()
    state, _, _, _ = drive(walkthrough.start(CTX, empty().ann, ("actors",)), ["s", "r", "d"])
    again = walkthrough.start(CTX, state.ann, ("actors",))
    names = [s.name for s in again.machine.queue]
    assert names[0] == found[0].name  # skipped: offered again
    assert found[1].name not in names  # rejected: never again
    assert found[2].name in names  # never decided (d ended the pass): still pending


def test_undo_takes_back_the_last_decision_and_asks_it_again() -> None:
    found = offered()
    state, asked, _, _ = drive(walkthrough.start(CTX, empty().ann, ("actors",)),
                               ["a", "r", "u", "u", "s"])
    assert starts(asked[3], 2, found)  # after one undo
    assert starts(asked[4], 1, found)  # after the second
    assert state.ann.actors == [] and state.ann.rejected == []


def test_editing_a_suggestion_fills_a_form_with_its_values() -> None:
    state, asked, _, _ = drive(walkthrough.start(CTX, empty().ann, ("actors",)),
                               ["e", "Putin", "", "d"])
    first = offered()[0]
    assert [(q.kind, q.prompt, q.default) for q in asked[1:3]] == [
        (TEXT, "actor name", first.name), (CHOICE, "type", first.type)]
    made = state.ann.actors[0]
    assert made.name == "Putin" and len(made.mentions) == len(first.mentions)


@pytest.mark.parametrize("cancel", ["-", ""])
def test_a_half_made_item_is_cancelled_and_nothing_is_saved(cancel: str) -> None:
    # n: an actor of my own; the name is required, so Enter (nothing to default to) or -
    # cancels it, and the same suggestion is asked again.
    state, asked, notes, _ = drive(walkthrough.start(CTX, empty().ann, ("actors",)),
                                   ["n", cancel, "d"])
    assert asked[1].kind == TEXT and asked[1].required
    assert "cancelled: no actor added" in notes
    assert asked[2] == asked[0] and state.ann.actors == [] and state.past == ()


def test_a_question_mark_at_a_text_prompt_is_help_never_the_text() -> None:
    form = forms.actor()
    state, asked, notes, _ = drive(Step(form), ["?", "Hamas", "group"])
    assert asked[0] == asked[1]  # asked again
    assert any("full name" in n for n in notes)
    assert [a.name for a in state.ann.actors] == ["Hamas"]


def test_the_claim_form_makes_a_new_actor_of_a_claimant_named_in_the_sentence() -> None:
    s13 = ART.sentence(13)
    form = forms.claim(CTX, empty().ann, (s13.start, s13.end), "quote")
    state, asked, _, _ = drive(Step(form), ["", "", "Vladimir Putin", "", "", "correct", "", ""])
    claimant = next(q for q in asked if q.prompt.startswith("claimant"))
    assert claimant.open and "Vladimir Putin" in claimant.choices
    assert [q.prompt for q in asked][3] == "type of the new actor 'Vladimir Putin'"
    putin, claim = state.ann.actors[0], state.ann.claims[0]
    assert putin.name == "Vladimir Putin" and len(putin.mentions) == 7
    assert claim.claimant == putin.id and claim.verdict == "correct"
    assert len(state.past) == 1  # the actor and the claim: one step, one undo


def test_a_span_question_takes_offsets_from_a_cursor_too() -> None:
    start = ART.text.index("conversation")
    state, asked, _, _ = drive(Step(forms.event(CTX)), [(start, start + 12), "", "none"])
    assert asked[0].kind == SPAN and asked[1].default == "communication"
    assert state.ann.events[0].trigger.text == "conversation"


@pytest.mark.parametrize(("words", "kind"), [
    ("voted", "vote"), ("introduced", "proposal"), ("blaming", "criticism"),
    ("conversation", "communication"), ("unrest", "protest"), ("issued", "other")])
def test_a_trigger_in_any_form_gives_the_event_its_type(words: str, kind: str) -> None:
    """The inventory lists lemmas ("vote"): "voted" starts a vote, not an other event."""
    start = ART.text.index(words)
    _, asked, _, _ = drive(Step(forms.event(CTX)), [(start, start + len(words)), "-"])
    assert asked[1].prompt == "event type" and asked[1].default == kind


def test_ambiguous_text_asks_which_one_with_a_short_list() -> None:
    state, asked, notes, _ = drive(Step(forms.event(CTX)), ["Russia", "3", "other", ""])
    assert "that text occurs 5 times:" in notes
    which = asked[1]
    assert which.prompt == "which one" and which.choices == ("1", "2", "3", "4", "5")
    assert which.lines[2].startswith("  3) s6:")
    assert ART.sentence_at(state.ann.events[0].trigger.start).number == 6


@pytest.mark.parametrize("typed", ["²", "9" * 5000], ids=["superscript", "5000-digits"])
def test_which_one_refuses_a_number_int_cannot_read(typed: str) -> None:
    """"²" is a digit to str.isdigit, not to int(), and int() refuses 4,300 digits: both
    ended the session in an internal error (ValueError) (session 33)."""
    state, asked, notes, _ = drive(Step(forms.event(CTX)), ["Russia", typed, "3", "other", ""])
    assert "error: type a number from 1 to 5" in notes
    assert asked[1] == asked[2]  # asked again
    assert ART.sentence_at(state.ann.events[0].trigger.start).number == 6


def test_a_bad_participant_is_asked_again_with_the_error() -> None:
    start = ART.text.index("conversation")
    state, asked, notes, _ = drive(Step(forms.event(CTX)),
                                   [(start, start + 12), "", "ghost:speaker", "none"])
    assert asked[2] == asked[3] and any("there is no actor 'ghost'" in n for n in notes)
    assert state.ann.events[0].participants == []


def test_ending_a_pass_moves_to_the_next_and_pass_names_come_in_headings() -> None:
    _, asked, notes, step = drive(walkthrough.start(CTX, empty().ann), ["", "d", "d", "q"])
    assert [n.split(".")[0] for n in notes if n.startswith("Pass")] == [
        "Pass 1 of 3: actors", "Pass 2 of 3: events", "Pass 3 of 3: claims"]
    assert asked[3].title.startswith("Claim 1/") and step.quit


# -- the review after re-anchoring ------------------------------------------------------

def changed(old: str, new: str) -> tuple[session.State, anchoring.Plan, session.Context]:
    """A sidecar with a verdict on a claim, and the article after `old` became `new`."""
    state = session.apply(CTX, empty(), 'add claim --text "over 1,300 Israelis dead" '
                                        "--kind quantity --verdict correct")
    state = session.apply(CTX, state, 'add actor --name Hamas --type group')
    edited = article.from_text(ART.text.replace(old, new), ART.path)
    ctx = session.Context(edited, CTX.inventory)
    return session.State(state.ann), anchoring.plan(state.ann, edited), ctx


@pytest.mark.parametrize(("old", "new", "said"), [
    ("over 1,300 Israelis dead", "over 1,400 Israelis dead",
     "... and 1 more span: 1 fuzzy (annotate reanchor --dry-run lists every span)\n"
     "4 spans: 3 exact, 1 fuzzy\n"),
    ("Putin Pushes", "President Putin Pushes",
     "... and 4 more spans: 4 moved (annotate reanchor --dry-run lists every span)\n"
     "4 spans: 4 moved\n"),
])
def test_a_plan_cut_short_counts_the_spans_it_leaves_out(old: str, new: str, said: str) -> None:
    state, plan, _ = changed(old, new)
    out = io.StringIO()
    render.render_plan(Console(file=out, width=200), plan, state.ann, limit=0)
    assert out.getvalue() == said


def review_drive(ctx: session.Context, step: Step[Any], answers: list[str],
                 state: session.State) -> tuple[session.State, list[Question], list[str]]:
    asked, notes, machine = [], [n.text for n in step.notes], step.machine
    for answer in answers:
        question = machine.question(ctx, state.ann)
        assert question is not None
        asked.append(question)
        step = machine.step(ctx, state.ann, answer)
        if step.changes:
            state = session.apply_all(ctx, state, step.changes)
        notes += [n.text for n in step.notes]
        machine = step.machine
    assert machine.question(ctx, state.ann) is None
    return state, asked, notes


@pytest.mark.parametrize(("moved", "total", "summary"), [
    (0, 0, ", but no span is anchored to it"),
    (0, 1, ", but the one span is still where it was"),
    (0, 3, ", but all 3 spans are still where they were"),
    (1, 1, ": 1 of 1 span is no longer exactly where it was"),
    (1, 3, ": 1 of 3 spans is no longer exactly where it was"),
    (2, 3, ": 2 of 3 spans are no longer exactly where they were"),
])
def test_the_drift_summary_counts_in_english(moved: int, total: int, summary: str) -> None:
    assert review.drifted(moved, total) == summary


def test_the_review_heading_counts_in_english() -> None:
    span = Span(0, 5, "Putin", orphaned=True)
    one = review.Pending("putin", "mentions", review.ORPHANED, span, span)
    assert review.heading((one,)).text.startswith("Review: 1 span to look at. ")
    assert review.heading((one, one)).text.startswith("Review: 2 spans to look at. ")


@pytest.mark.parametrize(("answer", "verdict"), [("k", "correct"), ("c", None)])
def test_a_verdict_on_changed_words_is_flagged_and_the_review_asks(answer: str,
                                                                    verdict: str | None) -> None:
    state, plan, ctx = changed("over 1,300 Israelis dead", "over 1,400 Israelis dead")
    state, asked, notes = review_drive(ctx, review.offer(plan, state.ann), ["", answer], state)
    assert asked[0].kind == YESNO and asked[0].plan is plan
    item = asked[1]
    assert item.kind == KEY and {"k", "v", "c"} <= {k.key for k in item.keys}
    assert "    was: over [1,300] Israelis dead" in item.lines
    assert "    now: over [1,400] Israelis dead" in item.lines
    claim = state.ann.claims[0]
    assert claim.recheck is None and claim.verdict == verdict
    assert claim.span.text == "over 1,400 Israelis dead"


def test_enter_leaves_the_flag_for_later_and_v_gives_another_verdict() -> None:
    state, plan, ctx = changed("over 1,300 Israelis dead", "over 1,400 Israelis dead")
    later, _, _ = review_drive(ctx, review.offer(plan, state.ann), ["", ""], state)
    assert later.ann.claims[0].recheck == "over 1,300 Israelis dead"
    assert later.ann.claims[0].verdict == "correct"
    again = review.start(review.orphans(later.ann))  # the `review` command finds it
    other, asked, _ = review_drive(ctx, again, ["v", "incorrect"], later)
    assert asked[1].kind == CHOICE and asked[1].default == "correct"
    assert (other.ann.claims[0].verdict, other.ann.claims[0].recheck) == ("incorrect", None)


def test_a_key_the_review_does_not_take_names_enter_as_its_prompt_does() -> None:
    """The prompt said "(Enter = accept)" (or later) and the error after a wrong key
    "(Enter = a)"."""
    from annotate.tag.dialogue import Dialogue

    state, plan, ctx = changed("over 1,300 Israelis dead", "over 1,400 Israelis dead")
    _, asked, notes = review_drive(ctx, review.offer(plan, state.ann), ["", "zzz", ""], state)
    assert Dialogue.prompt(asked[1]).endswith("(Enter = accept): ")
    assert "error: type one of: a r e x k v c u d q ? (Enter = accept)" in notes


def test_an_orphaned_mention_is_deleted_or_left_and_undo_goes_back() -> None:
    state, _, ctx = changed("over 1,300 Israelis dead", "over 1,400 Israelis dead")
    edited = article.from_text(ctx.article.text.replace("by Hamas militants", "by militants"),
                               ART.path)
    ctx = session.Context(edited, CTX.inventory)
    plan = anchoring.plan(state.ann, edited)
    state, asked, notes = review_drive(ctx, review.offer(plan, state.ann),
                                       ["", "u", "x", "u", "", "k"], state)
    assert "nothing to undo in this review" in " ".join(notes)  # the re-anchoring stays
    assert asked[2].title.startswith("Span 1/2: orphaned, a mention of actor hamas")
    assert asked[4] == asked[2]  # undone: asked again
    assert [m.orphaned for m in state.ann.actors[0].mentions].count(True) == 1  # left
    assert "hamas mention stays orphaned." in notes
    assert state.ann.claims[0].recheck is None and state.ann.claims[0].verdict == "correct"


def test_declining_to_re_anchor_changes_nothing() -> None:
    state, plan, ctx = changed("over 1,300 Israelis dead", "over 1,400 Israelis dead")
    after, _, notes = review_drive(ctx, review.offer(plan, state.ann), ["n"], state)
    assert after.ann is state.ann and notes[-1].startswith("Not re-anchored")


def test_machines_never_touch_their_input() -> None:
    state = session.apply(CTX, empty(), v.AddActor(name="Hamas", type="group",
                                                   mentions=((1097, 1102),)))
    before = sidecar.dumps(state.ann)
    walk = walkthrough.start(CTX, state.ann).machine
    for answer in ["a", "e", "r", "n", "m"]:
        walk.step(CTX, state.ann, answer)
    assert sidecar.dumps(state.ann) == before
