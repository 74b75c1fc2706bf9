"""Property: for random annotations on the Unicode article, import(export(x)) == x for
everything brat, Label Studio and doccano can hold (hypothesis)."""

from __future__ import annotations

import re
from pathlib import Path

from export_support import projection, write_unicode_sample
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_import import HOLDS

from annotate import article as article_mod
from annotate import config, sidecar
from annotate.exporters import EXPORTERS, Doc
from annotate.importers import IMPORTERS
from annotate.importers.build import build
from annotate.model import Actor, Annotations, Claim, Event, Participant, Span


@st.composite
def annotations(draw: st.DrawFn, text: str, base: Annotations) -> Annotations:
    words = [m.span() for m in re.finditer(r"\w+|[^\w\s]+", text)]

    def span() -> Span:
        a = draw(st.integers(0, len(words) - 1))
        b = draw(st.integers(a, min(a + 6, len(words) - 1)))
        return Span.at(text, words[a][0], words[b][1])

    inv = config.default()
    actors = [Actor(f"a{i}", f"Actor {i}", draw(st.sampled_from(sorted(inv.actor_types))),
                    mentions=[span() for _ in range(draw(st.integers(1, 3)))])
              for i in range(draw(st.integers(1, 4)))]
    ids = [a.id for a in actors]
    events = []
    for i in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(sorted(inv.event_types)))
        roles = inv.event_types[kind].roles
        parts = {(draw(st.sampled_from(ids)), draw(st.sampled_from(roles)))
                 for _ in range(draw(st.integers(0, 2)))}
        events.append(Event(f"e{i}", kind, span(), [Participant(a, r) for a, r in sorted(parts)],
                            draw(st.sampled_from(config.FACTUALITY))))
    claims = []
    for i in range(draw(st.integers(0, 3))):
        targets = ids + [e.id for e in events] + [c.id for c in claims]
        about = sorted(set(draw(st.lists(st.sampled_from(targets), max_size=2))))
        claims.append(Claim(f"c{i}", span(), draw(st.sampled_from(sorted(inv.claim_kinds))),
                            draw(st.none() | st.sampled_from(ids)),
                            draw(st.none() | st.builds(span)),
                            draw(st.booleans()),
                            draw(st.none() | st.sampled_from([v.id for v in inv.verdicts])),
                            about=about))
    return Annotations(base.document, [], actors, events, claims)


def test_round_trip_property(tmp_path: Path) -> None:
    side = write_unicode_sample(tmp_path)
    art = article_mod.load(tmp_path / "unicode-story.txt")
    base = sidecar.load(side)
    inv = config.default()

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(annotations(art.text, base))
    def check(ann: Annotations) -> None:
        doc = Doc(side, ann, art, inv, "2024-01-01T00:00:00Z")
        for fmt, holds in HOLDS.items():
            exporter = EXPORTERS[fmt]()
            rendered = exporter.render(doc)
            if fmt == "brat":
                path = tmp_path / "unicode-story.ann"
                path.write_text(rendered.files["unicode-story.ann"], "utf-8")
            else:
                path = tmp_path / f"export.{fmt}"
                text = rendered.text
                path.write_text(f"[{text}]" if fmt == "label-studio" else text, "utf-8")
            draft = IMPORTERS[fmt](path, art.text, inv)
            imported, problems = build(draft, art, tmp_path / "x.ann.yaml", inv)
            assert not problems, (fmt, problems)
            assert projection(imported, holds) == projection(ann, holds), fmt

    check()
