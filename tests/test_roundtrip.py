"""Property tests: any annotations survive dump -> load unchanged, and dumping is
byte-stable, whatever the strings hold."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate import schema, yamlio
from annotate.model import (
    Actor,
    Annotations,
    Annotator,
    Claim,
    Document,
    Event,
    Evidence,
    Participant,
    Span,
)

# Strings YAML likes to reinterpret or that need quoting, mixed into random text.
AWKWARD = ["yes", "no", "on", "off", "y", "null", "~", "true", "2024-01-01", "12:30", "1e3",
           "0x1F", "007", ".inf", "- ", "-", "# ", "#", ": ", "a: b", "'", '"', "\\", " ",
           "\t", "\n", "\n\n", "\r\n", "{", "}", "[", "]", ",", "&a", "*a", "!x", "%", "@",
           "`", "|", ">", "---", "...", "é", "😀", "“", "\u2028", "\x85", "\ufeff", "\x00"]
text = st.lists(st.one_of(st.sampled_from(AWKWARD), st.text(max_size=6)), max_size=5).map(
    "".join)
nonempty = text.filter(bool)
ids = st.from_regex(r"\A[a-z0-9][a-z0-9_.-]{0,8}\Z")
offsets = st.integers(0, 10_000)


@st.composite
def spans(draw: Any) -> Span:
    start = draw(offsets)
    return Span(start, start + draw(st.integers(1, 500)), draw(nonempty),
                draw(st.none() | text), draw(st.none() | text), draw(st.booleans()))


actors = st.builds(Actor, ids, nonempty, nonempty, st.lists(nonempty, max_size=3, unique=True),
                   st.lists(spans(), max_size=3),
                   st.dictionaries(nonempty, nonempty, max_size=2), text)
events = st.builds(Event, ids, nonempty, spans(),
                   st.lists(st.builds(Participant, ids, nonempty), max_size=3),
                   st.sampled_from(["asserted", "reported", "hypothetical", "negated"]),
                   text, text, text)
claims = st.builds(Claim, ids, spans(), nonempty, st.none() | ids, st.none() | spans(),
                   st.booleans(), st.none() | nonempty,
                   st.lists(st.builds(Evidence, nonempty, text), max_size=2),
                   st.lists(ids, max_size=3, unique=True), text)
documents = st.builds(Document, nonempty, st.from_regex(r"\A[0-9a-f]{64}\Z"),
                      st.integers(1, 10**7), st.none() | text,
                      st.sampled_from(["en", "de", "pt-BR"]))
annotations = st.builds(Annotations, documents,
                        st.lists(st.builds(Annotator, ids, text), max_size=2),
                        st.lists(actors, max_size=3), st.lists(events, max_size=2),
                        st.lists(claims, max_size=3))

SETTINGS = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(annotations)
def test_dump_load_is_the_identity_and_dump_is_byte_stable(ann: Annotations) -> None:
    dumped = yamlio.dump(ann.to_dict())
    loaded = yamlio.load(dumped)
    assert list(schema.errors(loaded.data)) == []
    again = Annotations.from_dict(loaded.data)
    assert again == ann
    assert yamlio.dump(again.to_dict()) == dumped


json_values = st.recursive(
    # whole numbers are 64-bit in our YAML (a longer one is refused: test_odd_values)
    st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1) | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=12)


@SETTINGS
@given(st.dictionaries(text, json_values, max_size=4))
def test_any_plain_data_round_trips(data: dict[str, Any]) -> None:
    dumped = yamlio.dump(data)
    assert yamlio.load(dumped).data == data
    assert yamlio.dump(yamlio.load(dumped).data) == dumped
