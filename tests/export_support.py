"""Helpers shared by the export / import tests: the Unicode test article, running an
export, and the projection of annotations onto what a format can hold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import run_cli

from annotate import article as article_mod
from annotate import checks, sidecar
from annotate.model import Actor, Annotations, Annotator, Claim, Event, Evidence, Participant, Span

DATA = Path(__file__).parent / "data"
DATE = "2024-05-01T12:00:00Z"
STREAM_EXT = {"json": "json", "jsonl": "jsonl", "csv": "csv", "w3c": "jsonld",
              "claimreview": "jsonld", "conll": "conll", "doccano": "jsonl", "prodigy": "jsonl"}

# Emoji (outside the BMP, and a ZWJ sequence), accents, CRLF line endings, and a claim
# whose span crosses a line break.
UNICODE_ARTICLE = (
    "Café Zürich 🚀 Launch\r\n\r\n"
    "María José Núñez 👩‍🔬 said the rocket 🚀 reached orbit\r\n"
    "on Tuesday. Critics doubted it.\r\n\r\n"
    "The Agência Espacial said: “It worked 🎉.” Núñez smiled 😀.\r\n"
)


def write_unicode_sample(folder: Path) -> Path:
    """The Unicode article (CRLF bytes) and a valid sidecar; returns the sidecar path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "unicode-story.txt"
    path.write_bytes(UNICODE_ARTICLE.encode("utf-8"))
    art = article_mod.load(path)
    text = art.text

    def at(needle: str, nth: int = 1) -> Span:
        start = -1
        for _ in range(nth):
            start = text.index(needle, start + 1)
        return Span.at(text, start, start + len(needle))

    side = sidecar.path_for(path)
    ann: Annotations = sidecar.new(art, side)
    ann.annotators = [Annotator("ana", "Ana Müller")]
    ann.document.url = "https://news.example/zürich/launch?id=🚀"  # an IRI, not a URI
    ann.document.published = "2024-04-30"
    ann.actors = [
        Actor("maria", "María José Núñez", "person", ["Núñez"],
              [at("María José Núñez"), at("Núñez", 2)], note="Mission lead 👩‍🔬"),
        Actor("agencia", "Agência Espacial", "organization", [], [at("Agência Espacial")],
              {"wikidata": "Q1"}),
        Actor("critics", "Critics", "group", [], [at("Critics")]),
    ]
    ann.events = [Event("statement", "statement", at("said"),
                        [Participant("maria", "speaker")], "reported", "Tuesday", "Zürich")]
    ann.claims = [
        Claim("orbit", at("the rocket 🚀 reached orbit\non Tuesday"), "factual", "maria",
              at("said"), True, "correct", [Evidence("https://example.org/orbit", "log 🚀")],
              ["statement"], "Checked ✔"),
        Claim("worked", at("It worked 🎉."), "quote", "agencia", at("said", 2), True,
              "unverified"),
        Claim("doubted", at("Critics doubted it"), "opinion", None, None, False, None,
              about=["orbit", "critics"]),
    ]
    sidecar.save(side, ann)
    problems = checks.check_file(side, None, {})
    assert not problems, problems
    return side


def export(src: Path, fmt: str, out: Path, *extra: object) -> tuple[Path, str]:
    """Run `annotate export SRC --to FMT -o OUT` with a fixed date; returns (OUT, stderr)."""
    result = run_cli("export", src, "--to", fmt, "-o", out, "--date", DATE, *extra)
    assert result.code == 0, result
    return out, result.err


def projection(ann: Annotations, holds: set[str]) -> dict[str, Any]:
    """The annotations reduced to what survives a span format: ids replaced by spans,
    and only the attributes in `holds` (names in annotate.exporters.spans.ATTRIBUTES)."""
    def key(span: Span) -> tuple[int, int]:
        return span.start, span.end

    actor_key = {a.id: frozenset(key(m) for m in a.mentions) for a in ann.actors}
    item_key: dict[str, Any] = dict(actor_key)
    item_key.update({e.id: key(e.trigger) for e in ann.events})
    item_key.update({c.id: key(c.span) for c in ann.claims})

    def keep(name: str, value: Any, default: Any = None) -> Any:
        return value if name in holds else default

    actors = {(a.type, actor_key[a.id],
               a.name if "name" in holds else min(a.mentions, key=key).text,
               keep("aliases", tuple(a.aliases), ()),
               keep("external_ids", tuple(sorted(a.external_ids.items())), ()),
               keep("note", a.note, "")) for a in ann.actors}
    events = {(e.type, key(e.trigger),
               frozenset((p.role, actor_key[p.actor]) for p in e.participants),
               keep("factuality", e.factuality, "asserted"), keep("time", e.time, ""),
               keep("place", e.place, ""), keep("note", e.note, "")) for e in ann.events}
    claims = {(c.kind, key(c.span), actor_key.get(c.claimant or ""),
               key(c.cue) if c.cue else None, frozenset(item_key[r] for r in c.about),
               keep("verdict", c.verdict), keep("checkworthy", c.checkworthy, True),
               keep("evidence", tuple(e.url for e in c.evidence), ()), keep("note", c.note, ""))
              for c in ann.claims}
    return {"actors": actors, "events": events, "claims": claims}


# Names and text that break naive writers: spaces, TAB, newline, XML and formula
# characters in the inventory; a line separator (U+2028), a form feed and a TAB inside
# spans, and a span across a line break.
HOSTILE_INVENTORY = {
    "actor_types": {"political party": "", "news\toutlet": "", 'a<b & "c"': "",
                    "odd\x01type": ""},
    # ACE-style roles: brat reads a role's final digits as a repeat count
    "event_types": {"press conference": {"roles": ["press officer", "line\nbreak", "Arg1",
                                                   "Arg2"]}},
    "claim_kinds": ["fact check", "=SUM(1)"],
    "verdicts": ["half true", "false"],
}
HOSTILE_ARTICLE = ("Party news\n\n"
                   "The Green\u2028Party said the vote\x0cpassed on\nMonday. "
                   "=cmd|' /C calc'!A0 was typed by @mallory.\n\n"
                   "-5%\tgrowth, said the Outlet <b>.\n")


def write_hostile_sample(folder: Path) -> Path:
    """The hostile article, its annotate.yaml and a valid sidecar; returns the sidecar."""
    import yaml

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "annotate.yaml").write_text(yaml.safe_dump(HOSTILE_INVENTORY), "utf-8")
    path = folder / "hostile.txt"
    path.write_text(HOSTILE_ARTICLE, "utf-8")
    art = article_mod.load(path)
    text = art.text

    def at(needle: str) -> Span:
        start = text.index(needle)
        return Span.at(text, start, start + len(needle))

    side = sidecar.path_for(path)
    ann: Annotations = sidecar.new(art, side)
    ann.actors = [
        Actor("greens", "The Greens", "political party", [], [at("Green\u2028Party")]),
        Actor("outlet", "Outlet <b>", "news\toutlet", [], [at("Outlet <b>")]),
        Actor("mallory", '=HYPERLINK("http://x.example","y")', 'a<b & "c"', [],
              [at("@mallory")], note="+1 @SUM(A1)"),
        Actor("growth", "Growth", "odd\x01type", [], [at("growth")]),
    ]
    ann.events = [Event("presser", "press conference", at("said"),
                        [Participant("greens", "press officer"),
                         Participant("outlet", "line\nbreak"), Participant("mallory", "Arg1"),
                         Participant("growth", "Arg1"), Participant("greens", "Arg2")])]
    ann.claims = [
        Claim("vote", at("the vote\x0cpassed on\nMonday"), "fact check", "greens",
              verdict="half true"),
        Claim("cmd", at("=cmd|' /C calc'!A0"), "=SUM(1)", "mallory", note="-2+3"),
        Claim("growth-claim", at("-5%\tgrowth"), "fact check", None, verdict="false",
              about=["vote"]),
    ]
    sidecar.save(side, ann)
    problems = checks.check_file(side, None, {})
    assert not problems, problems
    return side
