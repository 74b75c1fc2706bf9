"""`claimreview`: schema.org ClaimReview JSON-LD, one per claim that has a verdict, shaped
for Google's Fact Check markup (its required and recommended properties).

- `url`: the claim's `review_url`, else the publisher's URL with `#STEM-CLAIM` (Google
  requires it; without either it is missing and reported).
- `author`: the fact-checking organisation, from `publisher:` in annotate.yaml
  (`--publisher` / `--publisher-url` override it). Never invented: without one the review
  has no author and the export says so.
- `datePublished`: the claim's review date (`reviewed`, recorded when its verdict was
  set), else `--date`; never the file's modification time.
- `reviewRating`: `alternateName` and `name` are the verdict's label; where the verdict has
  a `rating` on the scale, `ratingValue`, `bestRating` and `worstRating` come from it, if
  Google takes the scale (worstRating 1 or more, bestRating above it).
- `itemReviewed`: a `Claim` whose `author` is the claimant (Person for a person, else
  Organization; the outlet when the article itself makes the claim), with the article's
  `datePublished` and its `appearance` (a CreativeWork: URL, headline, outlet, bylines;
  also `firstAppearance` when the outlet makes the claim).

Every required or recommended property that is missing is counted per review and
reported as a warning line (`Rendered.warnings`); `--strict` makes them exit 1.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from annotate.exporters.base import Doc, JsonArray, Rendered, as_uri
from annotate.metadata import reviewable
from annotate.model import Actor, Claim

WIKIDATA = "http://www.wikidata.org/entity/"
EDIT = "annotate edit ARTICLE"

# What each missing property means, and how to supply it. Keys are Google's property
# paths (https://developers.google.com/search/docs/appearance/structured-data/factcheck).
MISSING = {
    "url": "without url, which Google requires: set publisher.url in annotate.yaml "
           "(or --publisher-url), or a claim's review_url",
    "author": "without author (recommended by Google): no publisher is configured; add "
              "publisher: {name, url} to annotate.yaml (or --publisher)",
    "datePublished": "without datePublished (recommended by Google): no review date was "
                     f"recorded; {EDIT} CLAIM --reviewed YYYY-MM-DD",
    "itemReviewed.author": "without itemReviewed.author (recommended by Google): the article "
                           f"makes the claim and its outlet is unknown; {EDIT} document "
                           "--publisher NAME",
    "itemReviewed.datePublished": "without itemReviewed.datePublished (recommended by Google): "
                                  f"the article's date is unknown; {EDIT} document --published "
                                  "YYYY-MM-DD",
    "itemReviewed.appearance": "without itemReviewed.appearance (recommended by Google): the "
                               f"article's URL is unknown; {EDIT} document --url URL",
    "itemReviewed.firstAppearance": "without itemReviewed.firstAppearance (recommended by "
                                    "Google): the claim is quoted, so where it first appeared "
                                    "is not known",
    "reviewRating.ratingValue": "without reviewRating ratingValue, bestRating and worstRating "
                                "(recommended by Google): the verdict has no rating on the "
                                "scale",
    "reviewRating.scale": "without reviewRating ratingValue, bestRating and worstRating "
                          "(recommended by Google): Google takes a scale whose worstRating is "
                          "1 or more and whose bestRating is above it; change the verdicts' "
                          "ratings in annotate.yaml",
}


class ClaimReview(JsonArray):
    name = "claimreview"
    description = "schema.org ClaimReview JSON-LD for each claim with a verdict"
    offsets = "none (quotes the claim's text)"
    loses = "claims without a verdict; actors and events other than claimants"
    layout = "a JSON array of ClaimReview objects, one per line (stdout or -o FILE)"
    file_name = "claimreview.json"

    def render(self, doc: Doc) -> Rendered:
        out = Rendered()
        reviews = []
        for claim in doc.annotations.claims:
            if not reviewable(claim):  # ("unverified" is a verdict, but no rating to publish)
                out.losses["claims without a verdict (skipped)" if claim.verdict is None else
                           f"claims with the verdict {claim.verdict!r}, no rating (skipped)"] += 1
                continue
            review = self.review(doc, claim)
            lacking = missing(review)
            if doc.inventory.ratings and not google_scale(doc.inventory.ratings):
                lacking = ["reviewRating.scale" if p == "reviewRating.ratingValue" else p
                           for p in lacking]
            out.warnings.update(MISSING[path] for path in lacking)
            # ("<" as \u003c: the same JSON, that a page may embed in a <script> tag as
            # Google asks, whatever "</script>" a claim quotes)
            reviews.append(json.dumps(review, ensure_ascii=False).replace("<", "\\u003c"))
        out.text = ",\n".join(reviews)
        return out

    def review(self, doc: Doc, claim: Claim) -> dict[str, Any]:
        out: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview"}
        publisher = self._publisher(doc)
        if claim.review_url:
            out["url"] = as_uri(claim.review_url)
        elif publisher.get("url"):
            # (a file name may hold spaces, accents, a `#`: escaped, so the url is a URL)
            out["url"] = as_uri(f"{publisher['url']}#{doc.stem}-{claim.id}")
        out["claimReviewed"] = " ".join(claim.span.text.split())  # a one-line summary
        out["itemReviewed"] = self._claim(doc, claim)
        out["reviewRating"] = self._rating(doc, claim)
        if publisher.get("name"):
            out["author"] = publisher
        when = claim.reviewed or (self.options.date or "")[:10]
        if when:
            out["datePublished"] = when
        return out

    def _publisher(self, doc: Doc) -> dict[str, Any]:
        """The fact-checking organisation: the config's, field by field overridden by options."""
        configured = doc.inventory.publisher
        name = self.options.publisher or (configured.name if configured else None)
        url = self.options.publisher_url or (configured.url if configured else None)
        org: dict[str, Any] = {"@type": "Organization"}
        if name:
            org["name"] = name
        if url:
            org["url"] = url
        if configured and configured.logo and name == configured.name:
            org["logo"] = configured.logo
        return org

    def _rating(self, doc: Doc, claim: Claim) -> dict[str, Any]:
        verdict = doc.inventory.verdict(claim.verdict or "")
        label = verdict.label if verdict else claim.verdict
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": label, "name": label}
        scale = doc.inventory.ratings
        if verdict is not None and verdict.rating is not None and scale and google_scale(scale):
            rating.update(ratingValue=verdict.rating, worstRating=scale[0], bestRating=scale[1])
        return rating

    def _claim(self, doc: Doc, claim: Claim) -> dict[str, Any]:
        ann = doc.annotations
        document = ann.document
        item: dict[str, Any] = {"@type": "Claim"}
        claimant = ann.get(claim.claimant) if claim.claimant else None
        outlet = _outlet(document.publisher, document.url)
        author = _agent(claimant) if isinstance(claimant, Actor) else outlet
        if author:
            item["author"] = author
        if document.published:
            item["datePublished"] = document.published
        if document.url:
            work: dict[str, Any] = {"@type": "CreativeWork", "url": doc.source_iri}
            if document.title:
                work["headline"] = document.title
            if document.published:
                work["datePublished"] = document.published
            if outlet:
                work["publisher"] = outlet
            if document.authors:
                work["author"] = [{"@type": "Person", "name": a} for a in document.authors]
            item["appearance"] = work
            if claimant is None:  # the outlet's own claim: this article is where it began
                item["firstAppearance"] = work
        return item


def google_scale(scale: tuple[int, int]) -> bool:
    """Whether Google's fact-check markup takes this (worst, best) rating scale: worstRating
    "must have a minimum value of 1" and bestRating "must be greater than worstRating"."""
    return 1 <= scale[0] < scale[1]


def missing(review: dict[str, Any]) -> list[str]:
    """Google's required and recommended properties that `review` lacks (keys of MISSING)."""
    item = review.get("itemReviewed", {})
    out = [p for p in ("url", "author", "datePublished") if p not in review]
    out += [f"itemReviewed.{p}" for p in ("author", "datePublished", "appearance")
            if p not in item]
    if "appearance" in item and "firstAppearance" not in item:  # else the URL is what lacks
        out.append("itemReviewed.firstAppearance")
    if "ratingValue" not in review["reviewRating"]:
        out.append("reviewRating.ratingValue")
    return out


def _agent(actor: Actor) -> dict[str, Any]:
    kind = "Person" if actor.type == "person" else "Organization"
    out: dict[str, Any] = {"@type": kind, "name": actor.name}
    # (the key in any case, as the W3C export reads it: "Wikidata: Q7" is the same id)
    wikidata = next((i for db, i in actor.external_ids.items() if db.lower() == "wikidata"), None)
    if wikidata is not None:
        out["sameAs"] = as_uri(WIKIDATA + wikidata)  # typed by a person
    return out


def _outlet(name: str | None, url: str | None) -> dict[str, Any] | None:
    """The outlet that published the article, by its name (never made up from the URL)."""
    if not name:
        return None
    out: dict[str, Any] = {"@type": "Organization", "name": name}
    if url:
        site = urlsplit(as_uri(url))
        if site.scheme in ("http", "https"):
            out["url"] = f"{site.scheme}://{site.netloc}"
    return out
