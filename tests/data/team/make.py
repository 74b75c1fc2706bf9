"""Writes the team fixtures: three annotators' sidecars of the bundled sample article.

alice's is the hand-checked sample sidecar. bob and carol are edits of it that a real
second and third annotator make, each listed below, so tests know what to expect:

    .venv/bin/python tests/data/team/make.py
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(ROOT))

from annotate import article, sidecar  # noqa: E402
from annotate.model import Annotator, Span  # noqa: E402

SAMPLE = ROOT / "samples" / "putin-netanyahu-call.txt"


def main() -> None:
    shutil.copy(SAMPLE, HERE / SAMPLE.name)
    text = article.load(SAMPLE).text
    alice = sidecar.load(SAMPLE.with_name(SAMPLE.stem + ".ann.yaml"))
    alice.annotators = [Annotator("alice", "Alice")]
    sidecar.save(HERE / "putin-netanyahu-call.alice.ann.yaml", alice)

    bob = sidecar.load(HERE / "putin-netanyahu-call.alice.ann.yaml")
    bob.annotators = [Annotator("bob")]
    hamas = next(a for a in bob.actors if a.id == "hamas")
    hamas.type = "organization"  # 1. a different actor type
    netanyahu = next(a for a in bob.actors if a.id == "netanyahu")
    netanyahu.mentions = [m for m in netanyahu.mentions if m.text != "Natanyahu"]  # 2. missed
    voted = next(c for c in bob.claims if c.id == "us-voted-against")
    voted.verdict = "mostly-correct"  # 3. a neighbouring verdict
    toll = next(c for c in bob.claims if c.id == "attack-toll")
    toll.span = Span.at(text, toll.span.start, toll.span.end - len(" by Hamas militants"))  # 4.
    condolences = next(e for e in bob.events if e.id == "condolences")
    condolences.factuality = "asserted"  # 5. another factuality
    bob.events = [e for e in bob.events if e.id != "putin-blames-us"]  # 6. an event missed
    for claim in bob.claims:
        claim.about = [a for a in claim.about if a != "putin-blames-us"]
    sidecar.save(HERE / "putin-netanyahu-call.bob.ann.yaml", bob)

    carol = sidecar.load(HERE / "putin-netanyahu-call.alice.ann.yaml")
    carol.annotators = [Annotator("carol")]
    # 7. her own ids: matching goes by spans, never by ids
    renamed = {"putin": "vladimir-putin", "un-vote": "vote-1"}
    for item in [*carol.actors, *carol.events, *carol.claims]:
        item.id = renamed.get(item.id, item.id)
    for event in carol.events:
        event.participants = [replace(p, actor=renamed.get(p.actor, p.actor))
                              for p in event.participants]
    for claim in carol.claims:
        claim.about = [renamed.get(a, a) for a in claim.about if a != "palestine"]
        claim.claimant = renamed.get(claim.claimant or "", claim.claimant)
    opinion = next(c for c in carol.claims if c.id == "nebenzia-counterfactual")
    opinion.kind = "prediction"  # 8. another claim kind
    offered = next(c for c in carol.claims if c.id == "putin-offered-support")
    offered.claimant = "vladimir-putin"  # 9. another claimant
    carol.actors = [a for a in carol.actors if a.id != "palestine"]  # 10. an actor missed
    sidecar.save(HERE / "putin-netanyahu-call.carol.ann.yaml", carol)


if __name__ == "__main__":
    main()
