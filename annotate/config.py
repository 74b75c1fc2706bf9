"""Inventories: actor types, event types with their roles, claim kinds, the verdict scale.

Built-in defaults live in `data/inventory.yaml`; a project's `annotate.yaml` (found by
walking up from the sidecar, or given with `--config`) replaces whole sections. It may
also name the fact-checking organisation that publishes the reviews (`publisher:`).

The walk up stays inside the project: it stops at the repository root (the folder
holding `.git`) or the user's home, and never looks in a folder anyone may write to
(such as `/tmp`), so a stray `annotate.yaml` there cannot change other people's work.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from annotate import yamlio
from annotate.errors import AnnotateError, UsageError
from annotate.textfile import read_utf8

CONFIG_NAME = "annotate.yaml"
FACTUALITY = ("asserted", "reported", "hypothetical", "negated")
SECTIONS = ("actor_types", "event_types", "claim_kinds", "verdicts")
PROJECT = ("publisher",)  # project settings beside the inventory (never built in)
# Sections for suggestions; a project file may leave them out (the built-in ones apply).
SUGGEST_SECTIONS = ("entity_types", "nlp")
RECOMMENDERS = ("built-in", "project", "spacy")


@dataclass(frozen=True)
class EventType:
    name: str
    roles: tuple[str, ...]
    description: str = ""
    triggers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    id: str
    label: str
    rating: int | None = None


@dataclass(frozen=True)
class Publisher:
    """The fact-checking organisation that publishes the reviews (ClaimReview `author`)."""

    name: str
    url: str | None = None
    logo: str | None = None


@dataclass(frozen=True)
class Nlp:
    """Which recommenders make suggestions, and the spaCy pipeline the NLP one loads."""

    pipeline: str = "en_core_web_sm"
    recommenders: tuple[str, ...] = RECOMMENDERS
    explicit: bool = field(default=False, compare=False)  # set by a project's config file


@dataclass(frozen=True)
class Inventory:
    actor_types: dict[str, str]
    event_types: dict[str, EventType]
    claim_kinds: dict[str, str]
    verdicts: tuple[Verdict, ...]
    source: str = field(default="built-in", compare=False)
    publisher: Publisher | None = None
    entity_types: dict[str, str] = field(default_factory=dict)  # NER label -> actor type
    nlp: Nlp = field(default_factory=Nlp)

    def verdict(self, verdict_id: str) -> Verdict | None:
        return next((v for v in self.verdicts if v.id == verdict_id), None)

    @property
    def ratings(self) -> tuple[int, int] | None:
        """(worst, best) of the numeric part of the scale, if there is one."""
        values = [v.rating for v in self.verdicts if v.rating is not None]
        return (min(values), max(values)) if values else None


class _Bad(Exception):
    """What is wrong with a config, and where (the keys and indexes down to the value)."""

    def __init__(self, message: str, *where: str | int) -> None:
        super().__init__(message)
        self.message, self.where = message, where


# Labels the exports give claims, cues and links (brat's Claim and Cue types, the
# claim:KIND and event:TYPE labels of Label Studio, doccano and Prodigy): an actor type of
# that name would come back from an import as one of them.
RESERVED = ("claim", "cue", "same-as")
RESERVED_PREFIXES = ("claim:", "event:")


def _names(raw: Any, key: str) -> dict[str, str]:
    """A section given as a list of names or a mapping of name -> description."""
    if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
        for n, name in enumerate(raw):
            if name in raw[:n]:  # (the two would be one name, and a typo went unseen)
                raise _Bad(f"'{key}' lists {name!r} twice", key, n)
        names = {name: "" for name in raw}
    elif isinstance(raw, dict) and all(isinstance(v, str | None) for v in raw.values()):
        names = {str(k): v or "" for k, v in raw.items()}
        for name in names:
            _word(name, key)
    else:
        raise _Bad(f"'{key}' must be a list of names or a mapping of name to description",
                   key)
    if not names:  # (nothing could be tagged, and every message would offer nothing)
        raise _Bad(f"'{key}' is empty; leave it out to keep the built-in one", key)
    for name in names:
        if not name.strip():
            raise _Bad(f"'{key}' has an empty name", key)
        if key == "actor_types" and (name.lower() in RESERVED
                                     or name.lower().startswith(RESERVED_PREFIXES)):
            raise _Bad(f"actor type {name!r} is a label the exports keep for claims, cues and "
                       "links (Claim, Cue, same-as, claim:..., event:...); rename it", key)
    return names


def _word(name: str, *where: str) -> None:
    """A name given as a key that YAML reads as null or a number (`~:`, `1:`) is no name
    anyone meant; the same written as a list item is refused as not a string."""
    what = yamlio.reads_as(name) if name.strip() else None
    if what is not None:
        raise _Bad(f"'{where[0]}' has the name {name!r}, which YAML reads as {what}, not a "
                   "word; name it with a word", *where, name)


def _entity_types(raw: Any, actor_types: dict[str, str]) -> dict[str, str]:
    """NER label -> actor type: a list of labels would give actors of no type."""
    if not isinstance(raw, dict) or not raw:
        raise _Bad("'entity_types' must map each entity label to an actor type "
                   "(PERSON: person)", "entity_types")
    for label, kind in raw.items():
        _word(label, "entity_types")
        if not isinstance(kind, str) or kind not in actor_types:  # ([] or {}: unhashable)
            given = f", not {kind!r}" if isinstance(kind, str) else ""
            raise _Bad(f"entity type '{label}' must name an actor type "
                       f"({', '.join(actor_types)}){given}", "entity_types", label)
    return {str(label): kind for label, kind in raw.items()}


def _event_types(raw: Any) -> dict[str, EventType]:
    if not isinstance(raw, dict):
        raise _Bad("'event_types' must map each type to its roles", "event_types")
    if not raw:
        raise _Bad("'event_types' is empty; leave it out to keep the built-in one",
                   "event_types")
    out = {}
    for name, spec in raw.items():
        where = ("event_types", name)
        _word(name, "event_types")
        listed = isinstance(spec, list)  # (the roles alone: `talk: [speaker, addressee]`)
        if listed:
            spec = {"roles": spec}
        roles = spec.get("roles") if isinstance(spec, dict) else None
        if not _strings(roles) or not roles:
            raise _Bad(f"event type '{name}' needs a non-empty list of 'roles'", *where)
        for n, role in enumerate(roles):
            if role in roles[:n]:
                raise _Bad(f"event type '{name}' lists the role {role!r} twice", *where,
                           *(() if listed else ("roles",)), n)
        # A misspelt key ('trigger:') or a bare string ('triggers: voted', read letter by
        # letter) would otherwise be dropped or mangled without a word.
        unknown = set(spec) - {"roles", "description", "triggers"}
        if unknown:
            raise _Bad(f"event type '{name}' has no key '{sorted(unknown)[0]}' "
                       "(keys: roles, description, triggers)", *where)
        triggers = spec.get("triggers") or []
        if not _strings(triggers):
            raise _Bad(f"event type '{name}': 'triggers' must be a list of words", *where,
                       "triggers")
        description = spec.get("description") or ""
        if not isinstance(description, str):
            raise _Bad(f"event type '{name}': 'description' must be text", *where,
                       "description")
        out[str(name)] = EventType(str(name), tuple(roles), description, tuple(triggers))
    return out


def _strings(raw: Any) -> bool:
    """A list of non-empty strings (role names, trigger words)."""
    return isinstance(raw, list) and all(isinstance(x, str) and x.strip() for x in raw)


def _verdicts(raw: Any) -> tuple[Verdict, ...]:
    if not isinstance(raw, list) or not raw:
        raise _Bad("'verdicts' must be a non-empty list", "verdicts")
    out: list[Verdict] = []
    for n, item in enumerate(raw):
        if isinstance(item, str):
            item = {"id": item}
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) \
                or not item["id"].strip():
            raise _Bad("each verdict needs an 'id'", "verdicts", n)
        # (a misspelt 'raitng:' would leave the verdict with no rating, and ClaimReview
        # would skip its claims without a word about the config)
        unknown = set(item) - {"id", "label", "rating"}
        if unknown:
            raise _Bad(f"verdict '{item['id']}' has no key '{sorted(map(str, unknown))[0]}' "
                       "(keys: id, label, rating)", "verdicts", n)
        rating = item.get("rating")
        # (YAML's `true` is an int to Python; it is no rating.)
        if rating is not None and (not isinstance(rating, int) or isinstance(rating, bool)):
            raise _Bad(f"verdict '{item['id']}' has a rating that is not a whole number",
                       "verdicts", n, "rating")
        label = item.get("label")
        if label is not None and not isinstance(label, str):
            raise _Bad(f"verdict '{item['id']}' has a label that is not text", "verdicts", n,
                       "label")
        if any(v.id == item["id"] for v in out):
            raise _Bad(f"verdict '{item['id']}' is listed twice", "verdicts", n)
        out.append(Verdict(item["id"], label or item["id"], rating))
    return tuple(out)


def _publisher(raw: Any) -> Publisher:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
        raise _Bad("'publisher' needs a 'name' (and may give 'url' and 'logo')", "publisher")
    unknown = set(raw) - {"name", "url", "logo"}
    if unknown:
        raise _Bad(f"'publisher' has no key '{sorted(unknown)[0]}' (keys: name, url, logo)",
                   "publisher")
    from annotate.metadata import is_web_url

    for key in ("url", "logo"):
        value = raw.get(key)
        if value is not None and not (isinstance(value, str) and is_web_url(value)):
            raise _Bad(f"publisher '{key}' must be an http(s) URL", "publisher", key)
    return Publisher(raw["name"].strip(), raw.get("url"), raw.get("logo"))


def _nlp(raw: Any, base: Nlp, explicit: bool) -> Nlp:
    if not isinstance(raw, dict) or set(raw) - {"pipeline", "recommenders"}:
        raise _Bad("'nlp' takes 'pipeline' (a spaCy pipeline name) and 'recommenders' "
                   "(a list)", "nlp")
    pipeline = raw.get("pipeline", base.pipeline)
    names = raw.get("recommenders", list(base.recommenders))
    if not isinstance(pipeline, str) or not pipeline:
        raise _Bad("'nlp.pipeline' must be the name of a spaCy pipeline", "nlp", "pipeline")
    if not isinstance(names, list) or not all(n in RECOMMENDERS for n in names):
        raise _Bad(f"'nlp.recommenders' must list some of: {', '.join(RECOMMENDERS)}", "nlp",
                   "recommenders")
    return Nlp(pipeline, tuple(names), explicit)


def parse(raw: Any, source: str, base: Inventory | None = None,
          loaded: yamlio.Loaded | None = None) -> Inventory:
    """The inventory a config's data gives (its sections replacing `base`'s), or a
    UsageError naming `source` and, with the `loaded` file, the line and column."""
    try:
        return _parse(raw, source, base)
    except _Bad as bad:
        line, column = loaded.locate(bad.where) if loaded is not None else (None, None)
        raise UsageError(f"bad inventory: {bad.message}", source, line, column) from None


def _parse(raw: Any, source: str, base: Inventory | None) -> Inventory:
    if not isinstance(raw, dict):
        raise _Bad("the file must be a mapping")
    unknown = set(raw) - set(SECTIONS) - set(SUGGEST_SECTIONS) - set(PROJECT)
    if unknown:
        raise _Bad(f"unknown section '{sorted(unknown)[0]}' "
                   f"(known: {', '.join(SECTIONS + SUGGEST_SECTIONS + PROJECT)})",
                   sorted(unknown)[0])
    if base is None and not set(SECTIONS) <= set(raw):
        raise _Bad("the built-in inventory must define every section")
    actor_types = _names(raw["actor_types"], "actor_types") if "actor_types" in raw \
        else base.actor_types  # type: ignore[union-attr]
    return Inventory(
        actor_types=actor_types,
        event_types=(_event_types(raw["event_types"])
                     if "event_types" in raw else base.event_types),  # type: ignore[union-attr]
        claim_kinds=(_names(raw["claim_kinds"], "claim_kinds")
                     if "claim_kinds" in raw else base.claim_kinds),  # type: ignore[union-attr]
        verdicts=(_verdicts(raw["verdicts"])
                  if "verdicts" in raw else base.verdicts),  # type: ignore[union-attr]
        source=source,
        publisher=_publisher(raw["publisher"]) if "publisher" in raw else None,
        # (the built-in labels only for the types the project kept: a project of ships and
        # ports has no PERSON)
        entity_types=(_entity_types(raw["entity_types"], actor_types) if "entity_types" in raw
                      else {label: kind for label, kind in base.entity_types.items()
                            if kind in actor_types} if base else {}),
        nlp=_nlp(raw["nlp"], base.nlp if base else Nlp(), base is not None)
        if "nlp" in raw
        else base.nlp if base else Nlp(),
    )


@lru_cache(maxsize=1)
def default() -> Inventory:
    text = Path(__file__).with_name("data").joinpath("inventory.yaml").read_text("utf-8")
    return parse(yamlio.load(text).data, "built-in")


def _home() -> Path | None:
    try:
        return Path.home().resolve()
    except (RuntimeError, KeyError, OSError):
        return None


def _shared(folder: Path) -> bool:
    """Writable by anyone (like /tmp): a file found there may be anybody's."""
    try:
        return bool(os.stat(folder).st_mode & stat.S_IWOTH)
    except OSError:
        return True


def ancestors(folder: Path) -> Iterator[Path]:
    """`folder` (resolved) and the folders above it in its project, nearest first: up to
    the repository root (holding `.git`) or the user's home, and never into a folder
    anyone may write to."""
    home = _home()
    start = folder.resolve()
    for candidate in [start, *start.parents]:
        if _shared(candidate):
            return
        yield candidate
        if candidate == home or (candidate / ".git").exists():
            return


@lru_cache(maxsize=256)
def find(folder: Path) -> Path | None:
    """The nearest `annotate.yaml` in `folder` or above it, within its project (cached:
    once per folder)."""
    for candidate in ancestors(folder):
        path = candidate / CONFIG_NAME
        if os.path.lexists(path):  # a link to nowhere, a folder or a pipe is refused when
            return path  # read, not passed over for the built-in inventory
    return None


@lru_cache(maxsize=256)
def project_root(folder: Path) -> Path | None:
    """The project a folder belongs to: its repository root (the folder holding `.git`),
    else the nearest folder at or above it holding an `annotate.yaml`, else None."""
    nearest = None
    for candidate in ancestors(folder):
        if (candidate / ".git").exists():
            return candidate
        if nearest is None and os.path.lexists(candidate / CONFIG_NAME):
            nearest = candidate
    return nearest


@lru_cache(maxsize=64)
def _load_file(path: Path) -> Inventory:
    try:
        text = read_utf8(path, "config")
    except AnnotateError as exc:
        raise UsageError(exc.message, path, exc.line, exc.column) from None
    try:
        loaded = yamlio.load(text, path)
    except yamlio.YamlError as exc:
        raise UsageError(exc.message, path, exc.line, exc.column) from None
    return parse(loaded.data or {}, str(path), default(), loaded)


def for_path(sidecar: Path, config: Path | None = None) -> Inventory:
    """The inventory that applies to a sidecar: `--config`, else the nearest annotate.yaml."""
    if config is not None:
        if not os.path.lexists(config):
            raise UsageError("config file not found", config)
        # A symlink loop or a link to nowhere is read as given, to be said for what it is
        # ("Too many levels of symbolic links"; it was "not found", and resolve() on a loop
        # raises RuntimeError).
        return _load_file(config.resolve() if config.exists() else config)
    found = find(sidecar.parent)
    return _load_file(found) if found else default()


def clear_caches() -> None:
    """Forget found and parsed config files, so a long-lived process sees them change."""
    find.cache_clear()
    project_root.cache_clear()
    _load_file.cache_clear()
