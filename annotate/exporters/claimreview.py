"""`claimreview`: schema.org ClaimReview JSON-LD, one per claim that has a verdict.

`reviewRating.alternateName` is the verdict's label from the inventory; where the scale
is numeric (verdicts with a `rating`), `ratingValue`, `bestRating` and `worstRating`
come from it. `itemReviewed` is a `Claim` whose `author` is the claimant (a Person or
Organization; the outlet when there is none) and whose `appearance` is the article.
The review's `author` is the fact-checker: `--publisher` (and `--publisher-url`), else
the annotators. Claims with no verdict, or `unverified`, are skipped and reported.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from annotate.exporters.base import Doc, JsonArray, Rendered
from annotate.model import Actor, Claim

UNCHECKED = {None, "unverified"}
WIKIDATA = "http://www.wikidata.org/entity/"


class ClaimReview(JsonArray):
    name = "claimreview"
    description = "schema.org ClaimReview JSON-LD for each claim with a verdict"
    offsets = "none (quotes the claim's text)"
    loses = "claims without a verdict; actors and events other than claimants"
    layout = "a JSON array of ClaimReview objects, one per line (stdout or -o FILE)"

    def render(self, doc: Doc) -> Rendered:
        losses: Counter[str] = Counter()
        reviews = []
        for claim in doc.annotations.claims:
            if claim.verdict in UNCHECKED:
                losses["claims without a verdict (skipped)"] += 1
                continue
            reviews.append(json.dumps(self.review(doc, claim), ensure_ascii=False))
        return Rendered(",\n".join(reviews), losses=losses)

    def review(self, doc: Doc, claim: Claim) -> dict[str, Any]:
        ann = doc.annotations
        verdict = doc.inventory.verdict(claim.verdict or "")
        rating: dict[str, Any] = {"@type": "Rating",
                                  "alternateName": verdict.label if verdict else claim.verdict}
        scale = doc.inventory.ratings
        if verdict is not None and verdict.rating is not None and scale is not None:
            rating.update(ratingValue=verdict.rating, worstRating=scale[0], bestRating=scale[1])
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if ann.document.url:
            appearance["url"] = doc.source_iri
        if ann.document.title:
            appearance["headline"] = ann.document.title
        if ann.document.published:
            appearance["datePublished"] = ann.document.published
        claimant = ann.get(claim.claimant) if claim.claimant else None
        item: dict[str, Any] = {"@type": "Claim"}
        author = _agent(claimant) if isinstance(claimant, Actor) else _outlet(appearance)
        if author:
            item["author"] = author
        item["appearance"] = appearance
        out: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview"}
        if self.options.publisher_url:
            out["url"] = f"{self.options.publisher_url}#{doc.stem}-{claim.id}"
        out.update(claimReviewed=claim.span.text, itemReviewed=item, reviewRating=rating,
                   author=self._reviewer(doc), datePublished=doc.date[:10])
        return out

    def _reviewer(self, doc: Doc) -> dict[str, Any] | list[dict[str, Any]]:
        if self.options.publisher:
            org = {"@type": "Organization", "name": self.options.publisher}
            if self.options.publisher_url:
                org["url"] = self.options.publisher_url
            return org
        people = [{"@type": "Person", "name": a.name or a.id} for a in doc.annotations.annotators]
        return people[0] if len(people) == 1 else people or {"@type": "Organization",
                                                              "name": "unknown"}


def _agent(actor: Actor) -> dict[str, Any]:
    kind = "Person" if actor.type == "person" else "Organization"
    out: dict[str, Any] = {"@type": kind, "name": actor.name}
    if "wikidata" in actor.external_ids:
        out["sameAs"] = WIKIDATA + actor.external_ids["wikidata"]
    return out


def _outlet(appearance: dict[str, Any]) -> dict[str, Any] | None:
    """The outlet that published the article, known only by its site (if at all)."""
    if "url" not in appearance:
        return None
    site = urlsplit(appearance["url"])
    return {"@type": "Organization", "name": site.netloc, "url": f"{site.scheme}://{site.netloc}"}
