"""Everything `validate` checks, as data: one `Problem` per finding, never an exception.

The schema says what shape a sidecar has; these checks say what a schema cannot:
ids, references, spans against the article text, the article's hash, the inventory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from annotate import article as article_mod
from annotate import config, schema, sidecar, wordiff
from annotate.errors import AnnotateError
from annotate.model import Actor, Annotations, Event, Item, Span
from annotate.visible import counted, short
from annotate.yamlio import Loaded, YamlError

ERROR, WARNING = "error", "warning"


def tally(severities: Iterable[str]) -> str:
    """What a check found, for a status line: '0 errors, 1 warning'."""
    counts = Counter(severities)
    errors, warnings = counts[ERROR], counts[WARNING]
    return f"{counted(errors, ERROR)}, {counted(warnings, WARNING)}"


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    path: str  # JSON path into the sidecar, "$.claims[2].span.text"
    rule: str  # a stable id: "dangling-reference", "span-text", ...
    message: str
    severity: str = ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.severity}: {self.message} [{self.rule}]"


RULES = {
    "yaml": "The file is YAML we accept: no duplicate keys, aliases or tags.",
    "read": "The file can be read as UTF-8.",
    "schema": "The sidecar matches schemas/annotation.schema.json.",
    "duplicate-id": "Ids are unique across the file.",
    "dangling-reference": "claimant, participants[].actor and about point at existing ids.",
    "span-range": "Spans lie inside the article, start before they end and never cut a "
                  "character (an accent stored apart from its letter) in two.",
    "span-text": "A span's text equals the article at its offsets.",
    "span-moved": "The article changed and a span's text is now at other offsets.",
    "span-fuzzy": "The article changed and a span's text is now only approximately there.",
    "span-ambiguous": "The article changed and a span's text fits several places.",
    "span-lost": "The article changed and a span's text is gone from it, or is only where "
                 "the words around it differ.",
    "article-changed": "The article's sha256 and length match the ones recorded.",
    "article-missing": "The sidecar's article exists.",
    "inventory": "Types, kinds and verdicts come from the inventory.",
    "role": "Participants' roles are allowed for the event type.",
    "orphaned": "A span reanchor could not place (its text gone, or only where the words "
                "around it differ): kept for review.",
    "duplicate-span": "The same span is not tagged twice on one annotation.",
    "duplicate-participant": "An event does not list one actor twice in the same role.",
    "open-disagreement": "A merged sidecar has no disagreement left to adjudicate.",
    "recheck": "A claim's verdict was given for its text as it reads now (re-anchoring "
               "flags a verdict whose words changed until a person confirms it).",
}
# Rules whose findings are warnings (errors only with --strict); every other is an error.
WARNING_RULES = frozenset({"orphaned", "duplicate-span", "duplicate-participant", "recheck",
                           "open-disagreement"})


class _Collector:
    def __init__(self, path: Path, loaded: Loaded | None) -> None:
        self.file = str(path)
        self.loaded = loaded
        self.problems: list[Problem] = []

    def add(self, where: tuple[str | int, ...], rule: str, message: str,
            severity: str | None = None) -> None:
        severity = severity or (WARNING if rule in WARNING_RULES else ERROR)
        line, column = self.loaded.locate(where) if self.loaded else (1, 1)
        self.problems.append(Problem(self.file, line, column, sidecar.json_path(where), rule,
                                     message, severity))


def check_file(path: Path, config_path: Path | None = None,
               articles: dict[Path, article_mod.Article | AnnotateError] | None = None,
               inventory: config.Inventory | None = None) -> list[Problem]:
    """All findings for one sidecar. `articles` caches loaded articles across files;
    `inventory`: the one a session works with (its `--config`), not the nearest file's."""
    out = _Collector(path, None)
    try:
        text = sidecar.read(path)
        parsed = sidecar.parse(path, text)
    except AnnotateError as exc:
        rule = "yaml" if isinstance(exc, YamlError) else "read"
        out.problems.append(Problem(str(path), exc.line or 1, exc.column or 1, "$", rule,
                                    exc.message))
        return out.problems
    out.loaded = parsed.loaded
    if parsed.loaded.data is None:
        out.add((), "schema", "the sidecar is empty")
        return out.problems
    if parsed.annotations is None:
        for where, message in schema.errors(parsed.loaded.data, parsed.loaded.floats):
            out.add(where, "schema", message)
        return out.problems
    ann = parsed.annotations
    try:
        article_path: Path | None = parsed.article_path
        refused = None
    except AnnotateError as exc:  # document.path is not allowed: nothing is read
        article_path, refused = None, exc
    _check_ids(ann, out)
    _check_repeats(ann, out)
    _check_disagreements(ann, path, out)
    _check_rechecks(ann, article_path, out)
    _check_reviews(ann, out)
    try:
        _check_inventory(ann, inventory or config.for_path(path, config_path), out,
                         disputed=True)
    except AnnotateError as exc:
        out.add((), "inventory", str(exc))
    art = refused or _article(article_path, articles)
    if isinstance(art, AnnotateError):
        rule = "article-missing" if "not found" in art.message else "read"
        out.add(("document", "path"), rule, f"article {ann.document.path!r}: {art.message}")
    elif art is not None:
        check_against_article(ann, art, out)
    return out.problems


def _article(path: Path | None, cache: dict | None) -> article_mod.Article | AnnotateError | None:
    if path is None:
        return None
    cache = {} if cache is None else cache
    if path not in cache:
        if len(cache) > 64:
            cache.clear()  # memory stays flat over a large corpus
        try:
            cache[path] = article_mod.load(path)
        except AnnotateError as exc:
            cache[path] = exc
    return cache[path]


def _check_ids(ann: Annotations, out: _Collector) -> None:
    seen: set[str] = set()
    for section, i, item in ann.items():
        if item.id in seen:
            out.add((section, i, "id"), "duplicate-id",
                    f"id {item.id!r} is used more than once; ids must be unique in the file")
        seen.add(item.id)
    for where, message in ann.dangling():
        out.add(where, "dangling-reference", message)


def _check_repeats(ann: Annotations, out: _Collector) -> None:
    """One span tagged twice on an annotation, or one participant listed twice with the
    same role: each repeat is reported where it stands (no article needed)."""
    for section, i, item in ann.items():
        seen: set[tuple[int, int]] = set()
        for sub, span in item.spans():
            if (span.start, span.end) in seen:
                out.add((section, i, *sub), "duplicate-span",
                        f"{item.id!r} tags the same span more than once ({span.start}-"
                        f"{span.end} {short(span.text)!r})")
            seen.add((span.start, span.end))
    for i, event in enumerate(ann.events):
        listed: set[tuple[str, str]] = set()
        for j, p in enumerate(event.participants):
            if (p.actor, p.role) in listed:
                out.add(("events", i, "participants", j), "duplicate-participant",
                        f"event {event.id!r} lists {p.actor} as {p.role!r} more than once")
            listed.add((p.actor, p.role))


def _check_disagreements(ann: Annotations, path: Path, out: _Collector) -> None:
    for i, d in enumerate(ann.disagreements):
        who = _whose([a for v in d.versions for a in v.annotators])
        what = f" on {', '.join(d.fields)}" if d.fields else ""
        absent = [a for v in d.versions if v.item is None for a in v.annotators]
        untagged = f" ({', '.join(absent)} did not tag it)" if absent else ""
        out.add(("disagreements", i), "open-disagreement",
                f"{d.section[:-1]} {d.id!r} is an open disagreement{what} between {who}"
                f"{untagged}; run `annotate adjudicate {path}`")


def _whose(names: list[str]) -> str:
    """"alice", "alice and bob", "alice, bob and carol"."""
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def _check_rechecks(ann: Annotations, article: Path | None, out: _Collector) -> None:
    for i, claim in enumerate(ann.claims):
        if claim.recheck:
            was, now = wordiff.marked(claim.recheck, claim.span.text, context=3)
            out.add(("claims", i, "recheck"), "recheck",
                    f"the verdict {claim.verdict!r} of claim {claim.id!r} was given for other "
                    f"words: {was!r}, now {now!r}; re-check it, then confirm it (`"
                    + (_command("edit", article, out, f" {claim.id} --recheck none")
                       if article else f"annotate edit ARTICLE {claim.id} --recheck none")
                    + "`) or change the verdict")


def _check_reviews(ann: Annotations, out: _Collector) -> None:
    """A review's date, address and evidence, and the article's, as `annotate edit` takes
    them (the schema checks their shape only): a real date, an http(s) URL, as ClaimReview
    and the W3C export need them ("2024-13-45" and "javascript:" have the right shape)."""
    doc = ann.document
    if not any(c.reviewed or c.review_url or c.evidence for c in ann.claims) and not (
            doc.url or doc.published or doc.retrieved):
        return
    from annotate import metadata  # (only then: validate starts lean)
    for name, value, check in (("url", doc.url, metadata.web_url),
                               ("published", doc.published, metadata.iso_date),
                               ("retrieved", doc.retrieved, metadata.iso_date)):
        if value is not None:
            try:
                check(value, name)
            except AnnotateError as exc:
                out.add(("document", name), "schema", f"document {exc.message}")
    for i, claim in enumerate(ann.claims):
        for name, value, check in (("reviewed", claim.reviewed, metadata.iso_date),
                                   ("review_url", claim.review_url, metadata.web_url)):
            if value is None:
                continue
            try:
                check(value, name)
            except AnnotateError as exc:
                out.add(("claims", i, name), "schema", f"claim {claim.id!r}: {exc.message}")
        for j, evidence in enumerate(claim.evidence):  # (as `--evidence` takes it)
            if not metadata.is_web_url(evidence.url):
                out.add(("claims", i, "evidence", j, "url"), "schema",
                        f"claim {claim.id!r}: evidence {evidence.url!r} is not an http(s) URL")


def inventory_errors(path: Path, ann: Annotations, inv: config.Inventory) -> list[str]:
    """What in a sidecar its inventory does not have (a type, role, kind or verdict)."""
    out = _Collector(path, None)
    _check_inventory(ann, inv, out)
    return [p.message for p in out.problems]


def names_not_in(path: Path, inv: config.Inventory) -> list[Problem]:
    """The names in a sidecar (its annotations and its disagreements' versions) that `inv`
    does not have, each with its line and column; raises AnnotateError for a file that
    cannot be read."""
    parsed = sidecar.parse(path)
    out = _Collector(path, parsed.loaded)
    if parsed.annotations is not None:
        _check_inventory(parsed.annotations, inv, out, disputed=True)
    return out.problems


def _check_inventory(ann: Annotations, inv: config.Inventory, out: _Collector,
                     disputed: bool = False) -> None:
    """The annotations' names against the inventory; with `disputed`, the annotators'
    versions in `disagreements` too (adjudicating takes one of them into the file as it
    is, so a name it lacks is a finding now, not after the decision)."""
    for section, i, item in ann.items():
        _check_item_names((section, i), item, inv, out)
    if disputed:
        for i, d in enumerate(ann.disagreements):
            for j, version in enumerate(d.versions):
                if version.item is not None:
                    _check_item_names(("disagreements", i, "versions", j, "item"),
                                      version.item, inv, out,
                                      f" (in {_whose(version.annotators)}'s version of "
                                      f"{d.section[:-1]} {d.id!r})")


def _check_item_names(where: tuple[str | int, ...], item: Item, inv: config.Inventory,
                      out: _Collector, whose: str = "") -> None:
    def unknown(what: str, value: str, allowed: object) -> str:
        return f"{what} {value!r}{whose} is not in the inventory ({inv.source}); allowed: " \
            + ", ".join(map(str, allowed))  # type: ignore[call-overload]

    if isinstance(item, Actor):
        if item.type not in inv.actor_types:
            out.add((*where, "type"), "inventory",
                    unknown("actor type", item.type, inv.actor_types))
    elif isinstance(item, Event):
        etype = inv.event_types.get(item.type)
        if etype is None:
            out.add((*where, "type"), "inventory",
                    unknown("event type", item.type, inv.event_types))
            return
        for j, p in enumerate(item.participants):
            if p.role not in etype.roles:
                out.add((*where, "participants", j, "role"), "role",
                        f"role {p.role!r}{whose} is not allowed for a {item.type!r} event; "
                        "allowed: " + ", ".join(etype.roles))
    else:
        verdicts = [v.id for v in inv.verdicts]
        if item.kind not in inv.claim_kinds:
            out.add((*where, "kind"), "inventory",
                    unknown("claim kind", item.kind, inv.claim_kinds))
        if item.verdict is not None and item.verdict not in verdicts:
            out.add((*where, "verdict"), "inventory",
                    unknown("verdict", item.verdict, verdicts))


def check_against_article(ann: Annotations, art: article_mod.Article, out: _Collector) -> None:
    """Spans against the article. While the recorded hash matches, the cheap checks (range,
    text); once it differs, every span is re-anchored to say what happened to it."""
    if ann.document.describes(art):
        _check_spans(ann, art, out)
    else:
        _check_drift(ann, art, out)


def _orphaned(where: tuple[str | int, ...], span: Span, art: article_mod.Article,
              out: _Collector) -> None:
    found = _elsewhere(span, art)
    why = f"its text is in the article ({found}), but nowhere with the words that were " \
        "around it" if found else "its text is no longer in the article"
    out.add(where, "orphaned", f"span {span.text!r} was orphaned by reanchor: {why}; re-tag "
            f"it or delete it (`{_command('tag', art.path, out)}`, command `review`)")


def _command(verb: str, article: Path, out: _Collector, rest: str = "") -> str:
    """`annotate VERB ARTICLE REST`, with --sidecar when the file checked is not the
    article's own sidecar: for an annotator's, `annotate reanchor story.txt` would work on
    story.ann.yaml and leave the spans found here where they are (and `annotate edit` would
    change a claim of story.ann.yaml of that id, not this one)."""
    given = Path(out.file)
    own = "" if given == sidecar.path_for(article) else f" --sidecar {given}"
    return f"annotate {verb} {article}{rest}{own}"


def _elsewhere(span: Span, art: article_mod.Article) -> str:
    """"3 places" when the text of a span re-anchoring cannot place is still in the article
    (another mention of the same name, a repeated phrase: which one is its own is not
    known, and is never guessed), "" when it is gone."""
    found = art.text.count(span.text) if span.text else 0
    return counted(found, "place") if found else ""


def _check_spans(ann: Annotations, art: article_mod.Article, out: _Collector) -> None:
    for where, span in (*ann.spans(), *ann.disputed_spans()):
        if span.orphaned:
            _orphaned(where, span, art, out)
        else:
            _check_span(where, span, art, out)


def _check_span(where: tuple[str | int, ...], span: Span, art: article_mod.Article,
                out: _Collector) -> None:
    fault = sidecar.span_fault(span, art.text)
    if fault is not None:
        field, rule, message = fault
        out.add((*where, *field), rule, message)


def _check_drift(ann: Annotations, art: article_mod.Article, out: _Collector) -> None:
    """The article changed: classify every span (exact, moved, fuzzy, ambiguous, lost)."""
    from annotate import anchoring  # only paid for when an article changed

    fix = f"run `{_command('reanchor', art.path, out)}`"
    plan = anchoring.plan(ann, art)
    # (the annotators' versions in disagreements too: reanchor moves them alike)
    placements = [*plan.placements, *anchoring.disputed(ann, plan, art)]
    for p in placements:
        span, old = p.old, f"{p.old.start}-{p.old.end}"
        if span.end <= span.start:
            out.add(p.path, "span-range", f"span ends ({span.end}) before it starts ({span.start})")
        elif p.old.orphaned and not p.placed:
            _orphaned(p.path, span, art, out)
        elif p.old.orphaned:
            out.add(p.path, "orphaned", f"orphaned span {short(span.text)!r} is in the article "
                    f"again at {p.start}-{p.end}; {fix} to restore it")
        elif p.status == anchoring.EXACT:
            _check_span(p.path, span, art, out)  # (at its offset still: cut, white space)
        elif p.status == anchoring.MOVED:
            out.add(p.path, "span-moved", f"span {short(span.text)!r} moved from {old} to "
                    f"{p.start}-{p.end}; {fix}")
        elif p.status == anchoring.FUZZY:
            out.add(p.path, "span-fuzzy", f"span {short(span.text)!r} at {old} now only "
                    f"approximately matches {short(p.text or '')!r} at {p.start}-{p.end} "
                    f"(score {p.score:.2f}); {fix}, or re-tag it")
        elif p.status == anchoring.AMBIGUOUS:
            out.add(p.path, "span-ambiguous", f"span {short(span.text)!r} at {old} fits "
                    f"several places in the changed article; {fix}, then re-tag it")
        else:
            found = _elsewhere(span, art)
            why = f"is not where it was, and its text ({found} in the article) is nowhere " \
                "with the words that were around it" if found else "is no longer in the article"
            out.add(p.path, "span-lost", f"span {short(span.text)!r} at {old} {why}; {fix} to "
                    "keep it as orphaned, then re-tag or delete it")
    drifted = sum(1 for p in placements if p.status != anchoring.EXACT and not p.old.orphaned)
    exact = sum(1 for p in plan.placements if p.status == anchoring.EXACT and not p.old.orphaned)
    if drifted:
        out.add(("document", "sha256"), "article-changed",
                f"the article changed since it was annotated and {counted(drifted, 'span')} "
                + ("no longer matches at its offset" if drifted == 1 else
                   "no longer match at their offsets") + f"; {fix}")
    else:
        still = "no span is anchored to it" if not exact else \
            "the one span still matches at its offset" if exact == 1 else \
            f"all {exact} spans still match at their offsets"
        out.add(("document", "sha256"), "article-changed",
                f"the article changed since it was annotated, but {still}; {fix} to record "
                "the new hash", WARNING)


