from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLE_ARTICLE, SAMPLE_SIDECAR

from annotate import article, config, sidecar, store
from annotate.editing import edits, parse
from annotate.editing import vocabulary as v
from annotate.errors import AnnotateError
from annotate.tag import session

ART = article.load(SAMPLE_ARTICLE)
CTX = session.Context(ART, config.default())
SCRIPT = [
    'add actor --name "Vladimir Putin" --type person --mention "Vladimir Putin" --mention Putin',
    'a actor --name "Benjamin Netanyahu" --type person --mention Netanyahu --mention Natanyahu '
    '--mention "Benjamin Netanyahu"',
    "add event --type communication --trigger conversation --participant putin:speaker "
    "--participant netanyahu:addressee",
    'add claim --text "over 1,300 Israelis dead" --kind quantity --cue declared --claimant putin',
    "link over-1-300-israelis conversation",
]


def run(commands: list[str], state: session.State | None = None) -> session.State:
    state = state or session.State(sidecar.new(ART, SAMPLE_SIDECAR.with_name("x.ann.yaml")))
    for command in commands:
        state = session.apply(CTX, state, command)
    return state


def test_a_session_builds_the_annotations() -> None:
    ann = run(SCRIPT).ann
    putin = ann.get("putin")
    assert putin is not None and len(putin.mentions) == 7
    assert [m.text for m in putin.mentions][:2] == ["Putin", "Vladimir Putin"]
    netanyahu = ann.get("netanyahu")
    assert "Natanyahu" in netanyahu.aliases  # type: ignore[union-attr]
    event = ann.events[0]
    assert (event.trigger.start, event.trigger.text) == (285, "conversation")
    assert [(p.actor, p.role) for p in event.participants] == [("putin", "speaker"),
                                                              ("netanyahu", "addressee")]
    claim = ann.claims[0]
    assert claim.cue is not None and claim.cue.text == "declared"
    assert claim.about == ["conversation"] and claim.claimant == "putin"


def test_undo_and_redo_walk_the_whole_session() -> None:
    states = [run([])]
    for command in SCRIPT:
        states.append(run([command], states[-1]))
    state = states[-1]
    for expected in reversed(states[:-1]):
        state = session.apply(CTX, state, "u")
        assert sidecar.dumps(state.ann) == sidecar.dumps(expected.ann)
    with pytest.raises(AnnotateError, match="nothing to undo"):
        session.apply(CTX, state, "undo")
    for expected in states[1:]:
        state = session.apply(CTX, state, "redo")
        assert sidecar.dumps(state.ann) == sidecar.dumps(expected.ann)
    # A new change after an undo drops the redo branch.
    state = run(["undo", 'edit putin --name "V. Putin"'], state)
    with pytest.raises(AnnotateError, match="nothing to redo"):
        session.apply(CTX, state, "r")


def test_snapshots_are_never_mutated_by_later_edits() -> None:
    before = run(SCRIPT)
    text = sidecar.dumps(before.ann)
    run(["edit putin --id vp --alias Vova", "delete over-1-300-israelis",
         "merge vp netanyahu", "edit conversation --factuality reported"], before)
    assert sidecar.dumps(before.ann) == text


@pytest.mark.parametrize(("command", "message"), [
    ("add event --type communication --trigger conversation --participant putin:victim",
     "role 'victim' is not allowed for a 'communication' event; allowed: speaker"),
    ("add event --type communication --trigger conversation --participant ghost:speaker",
     "there is no actor 'ghost'"),
    ("add event --type party --trigger conversation", "event type 'party' is not in the inventory"),
    ('add mention ghost "Russia"', "there is no actor 'ghost'"),  # who before where
    # (it said "added 1 mention to putin" and added nothing)
    ("add mention putin Putin --sentence 1", "'Putin' at 0-5 is already a mention of putin"),
    ("add event --type communication --trigger conversation --participant putin:speaker "
     "--participant putin:speaker", "participant putin:speaker is given more than once"),
    ("add claim --text Russia --kind factual", "occurs 5 times; pick one with --occurrence"),
    ("add claim --text Russia --occurrence 9 --kind factual",
     "there is no occurrence 9 of 'Russia'; it occurs 5 times"),
    ("add claim --text Natanyahu --occurrence 2 --kind factual",
     "there is no occurrence 2 of 'Natanyahu'; it occurs 1 time"),
    ("add claim --text @2700:2800 --kind factual", "'@2700:2800' does not occur"),
    ("add claim --text Zelensky --kind factual", "'Zelensky' does not occur in the article"),
    ("add claim --text s3 --kind factual --about nothing", "no annotation with id 'nothing'"),
    ("delete putin", "'putin' is still referenced by conversation, over-1-300-israelis"),
    ("edit putin --kind quote", "actors have no field 'kind'"),
    ("edit putin --id Not/Ok", "must be lower-case"),
    ("edit putin --id ''", "an annotation's id cannot be empty"),
    ("edit putin --name ''", "an actor's name cannot be empty"),  # (it was "unchanged")
    ("add actor --name '' --type person", "an actor needs a name"),  # ("'' does not occur")
    ("add actor --name '  ' --type person", "an actor needs a name"),
    ("edit netanyahu --id putin", "id 'putin' is already used"),
    ("link putin conversation", "'putin' is not a claim"),
    ("frobnicate", "unknown command 'frobnicate'; type help"),
    ("lsit", "unknown command 'lsit' (did you mean list?); type help"),  # (no guess was made)
    ('add claim --text "Russia\'s', "unbalanced quote"),
    ("add claim --text s3 --kind factual --claimnt putin", "add claim has no option --claimnt"),
    ("delete putin --force yes", "delete has no option --force (options: --cascade)"),
])
def test_bad_changes_are_refused_with_a_sentence(command: str, message: str) -> None:
    state = run(SCRIPT)
    with pytest.raises(AnnotateError) as caught:
        session.apply(CTX, state, command)
    assert message in str(caught.value)


def test_add_mention_adds_and_counts_only_the_new_mentions() -> None:
    state = run(SCRIPT)
    change = v.AddMention("putin", ((0, 5), (206, 212)))  # (0-5 is one already)
    after = session.apply(CTX, state, change)
    assert [(m.start, m.end) for m in after.ann.actors[0].mentions].count((0, 5)) == 1
    assert after.message == "added 1 mention to putin: 'Russia' (206-212)"


def test_remove_with_cascade_drops_references() -> None:
    ann = run([*SCRIPT, "delete putin --cascade"]).ann
    assert ann.get("putin") is None
    assert ann.events[0].participants[0].actor == "netanyahu"
    assert ann.claims[0].claimant is None


def test_rename_updates_every_reference() -> None:
    ann = run([*SCRIPT, "edit putin --id vladimir-putin"]).ann
    assert ann.events[0].participants[0].actor == "vladimir-putin"
    assert ann.claims[0].claimant == "vladimir-putin"


def test_merge_folds_mentions_and_names() -> None:
    ann = run([*SCRIPT, "merge putin netanyahu"]).ann
    putin = ann.get("putin")
    assert ann.get("netanyahu") is None and putin is not None
    assert len(putin.mentions) == 11 and "Benjamin Netanyahu" in putin.aliases
    assert {p.actor for p in ann.events[0].participants} == {"putin"}


def test_parse_aliases_and_options() -> None:
    ann = run(SCRIPT).ann
    cmd = parse.parse('e putin --alias Putin --alias=Vova --name "V P"', ART, ann)
    assert cmd == v.Edit("putin", (("alias", ("Putin", "Vova")), ("name", "V P")))
    assert parse.parse("rm putin --cascade", ART, ann) == v.Delete("putin", True)
    assert [parse.split(w)[0] for w in "u r l q ? v w d".split()] == [
        "undo", "redo", "list", "quit", "help", "validate", "save", "delete"]
    assert parse.parse("u", ART, ann) == v.Undo() and parse.parse("r", ART, ann) == v.Redo()
    assert parse.parse("l actors", ART, ann) == parse.Action("list", ("actors",))
    # Spans are picked as the line is parsed: the command carries offsets.
    claim = parse.parse('add claim --text "over 1,300 Israelis dead" --kind quantity', ART, ann)
    assert isinstance(claim, v.AddClaim) and ART.text[slice(*claim.span)] == \
        "over 1,300 Israelis dead"


def test_commands_built_directly_apply_like_parsed_lines() -> None:
    putin = edits.actor(run(SCRIPT).ann, "putin")
    direct = [v.AddActor(name="Vladimir Putin", type="person",
                         mentions=tuple((m.start, m.end) for m in putin.mentions)),
              v.Undo(), v.Redo()]
    state = session.State(sidecar.new(ART, SAMPLE_SIDECAR.with_name("x.ann.yaml")))
    for change in direct:
        state = session.apply(CTX, state, change)
    assert state.ann.actors == run(SCRIPT[:1]).ann.actors
    assert state.message == "redone: added actor putin"


def test_fast_saver_writes_exactly_what_sidecar_dumps(tmp_path: Path) -> None:
    saver = store.Saver(tmp_path / "x.ann.yaml")
    full = sidecar.load(SAMPLE_SIDECAR)
    assert saver.dumps(full) == sidecar.dumps(full)
    state = session.State(full)
    for command in ["edit putin --note hi", "delete un-vote --cascade",
                    "add claim --text s2 --kind opinion", "undo", "edit nebenzia --id vn",
                    "delete call --cascade"]:
        state = session.apply(CTX, state, command)
        assert saver.dumps(state.ann) == sidecar.dumps(state.ann)
    empty = sidecar.new(ART, SAMPLE_SIDECAR.with_name("x.ann.yaml"))
    assert saver.dumps(empty) == sidecar.dumps(empty)


def test_actor_ids_are_short() -> None:
    ann = sidecar.new(ART, SAMPLE_SIDECAR)
    assert edits.actor_id(ann, "Vladimir Putin", "person") == "putin"
    assert edits.actor_id(ann, "The Kremlin", "organization") == "kremlin"


def test_saver_never_overwrites_a_hand_edit_made_while_the_session_is_open(
        tmp_path: Path) -> None:
    path = tmp_path / "x.ann.yaml"
    state = run(SCRIPT[:1])
    saver = store.Saver(path)
    saver.save(state.ann)
    saver.save(run(SCRIPT[1:2], state).ann)  # our own writes are fine
    path.write_text(path.read_text() + "# a note typed in an editor\n")
    with pytest.raises(AnnotateError, match="changed by another program"):
        saver.save(run(SCRIPT[1:3], state).ann)
    assert path.read_text().endswith("# a note typed in an editor\n")


@pytest.mark.parametrize(("command", "message"), [
    ('add mention putin "s3 Hamas"', "added 1 mention to putin: 'Hamas' (540-545)"),
    ('add mention putin "s3 Hamas" "s7 Hamas"',
     "added 2 mentions to putin: 'Hamas' (540-545), 'Hamas' (1097-1102)"),
    ('delete putin "s1 Putin"', "deleted 1 mention of putin: 'Putin' (0-5)"),
    ('delete putin "s1 Putin" "s4 Putin"',
     "deleted 2 mentions of putin: 'Putin' (0-5), 'Putin' (724-729)"),
    ("delete conversation --cascade",
     "deleted conversation and dropped 1 reference to it: about of over-1-300-israelis"),
    ("delete putin --cascade", "deleted putin and dropped 2 references to it: participant "
     "putin:speaker of conversation, claimant of over-1-300-israelis"),
    ("merge putin hamas", "merged hamas into putin (1 mention moved)"),
    ("merge putin netanyahu",
     "merged netanyahu into putin (4 mentions moved; conversation now refers to putin)"),
    ("merge netanyahu putin", "merged putin into netanyahu (7 mentions moved; conversation, "
     "over-1-300-israelis now refer to netanyahu)"),
])
def test_what_a_change_says_counts_in_english(command: str, message: str) -> None:
    state = run([*SCRIPT, 'add actor --name Hamas --type group --mention "s2 Hamas"'])
    assert session.apply(CTX, state, command).message == message
