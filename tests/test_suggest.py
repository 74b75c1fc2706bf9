from __future__ import annotations

from pathlib import Path

from conftest import SAMPLE_ARTICLE

from annotate import article, config, sidecar, suggest
from annotate.editing import vocabulary as v
from annotate.tag import session

ART = article.load(SAMPLE_ARTICLE)


def texts(spans: list[tuple[int, int]]) -> list[str]:
    return [ART.text[s:e] for s, e in spans]


def test_actors_are_grouped_with_titles_as_hints_and_near_misses_as_aliases() -> None:
    found = {s.name: s for s in suggest.actors(ART)}
    putin = found["Vladimir Putin"]
    assert putin.type == "person" and putin.hint == "President"
    assert texts(putin.mentions).count("Putin") == 6 and "Vladimir Putin" in texts(putin.mentions)
    netanyahu = found["Benjamin Netanyahu"]
    assert netanyahu.hint == "Prime Minister"
    assert "Natanyahu" in netanyahu.aliases and "Natanyahu" in texts(netanyahu.mentions)
    assert found["Vassily Nebenzia"].hint == "Ambassador"
    assert found["Russia"].type == "country" and len(found["Russia"].mentions) == 5
    assert found["The Kremlin"].type == "organization"
    assert "Putin" not in found and "Netanyahu" not in found  # grouped, not separate
    assert not {"Given", "Instead", "Nevertheless", "Settlement"} & set(found)


def test_accepted_actors_are_not_suggested_again() -> None:
    ann = sidecar.load(SAMPLE_ARTICLE.with_name("putin-netanyahu-call.ann.yaml"))
    names = {s.name for s in suggest.actors(ART, ann)}
    assert "Vladimir Putin" not in names and "Benjamin Netanyahu" not in names


def _with_actors() -> session.State:
    ctx = session.Context(ART, config.default())
    state = session.State(sidecar.new(ART, Path("x.ann.yaml")))
    for sug in suggest.actors(ART)[:2]:
        state = session.apply(ctx, state, v.AddActor(name=sug.name, type=sug.type,
                                                     mentions=tuple(sug.mentions)))
    return state


def test_events_come_from_inventory_triggers_with_participants_from_the_sentence() -> None:
    ann = _with_actors().ann
    found = suggest.events(ART, config.default(), ann)
    conversation = next(e for e in found if ART.text[e.trigger[0]:e.trigger[1]] == "conversation")
    assert conversation.type == "communication"
    assert {a for a, _ in conversation.participants} == {"putin", "netanyahu"}
    roles = config.default().event_types["communication"].roles
    assert all(r in roles for _, r in conversation.participants)
    assert any(e.type == "vote" for e in found)


def test_claims_are_found_sentence_by_sentence_with_cue_and_claimant() -> None:
    ann = _with_actors().ann
    found = {ART.sentence_at(c.span[0]).number: c for c in suggest.claims(ART, ann)}
    assert found[3].kind == "quantity"
    declared = found[13]
    assert declared.cue is not None and ART.text[declared.cue[0]:declared.cue[1]] == "declared"
    assert declared.claimant == "putin" and declared.kind == "quote"
    assert "indicated" in found[5].reason
    assert 1 not in found  # the title is not a claim


def test_screen_window_always_holds_the_focus_and_ends() -> None:
    from annotate.tag import view

    screen = view.Screen(ART)
    for lines in (1, 6, 15, 30, 500):
        for s in ART.sentences:
            first, last = screen.window(s.start, lines, 80)
            assert first <= s.number <= last
            assert first >= max(1, s.number - 2) or last == len(ART.sentences)
    assert screen.window(None, 500, 80) == (1, len(ART.sentences))
