"""The one table of editable fields: name, kind of value, help, and which annotations have it.

The free command line (`editing.parse`), `edits.set_fields`, the help of `annotate tag`
and `annotate edit`, the options `annotate edit` accepts and Tab completion all read
this table, so a field is described in one place. Kept free of imports: `annotate edit`
builds its `--help` from it when the CLI starts.
"""

from __future__ import annotations

from dataclasses import dataclass

ACTORS, EVENTS, CLAIMS = "actors", "events", "claims"
SECTIONS = (ACTORS, EVENTS, CLAIMS)
DOCUMENT = "document"  # `edit document --url ...`: the article's metadata, not an annotation

# Kinds of value, as typed -> as stored (see `editing.parse.value`):
TEXT = "text"  # free text
ID = "id"  # a new id: lower-case letters, digits, '-', '_', '.'
CHOICE = "choice"  # one name from the inventory (`Field.choices` says which list)
SPAN = "span"  # text of the article, picked: "Putin", "s12", "s12 Putin"
SPANS = "spans"  # every occurrence of each text given
PARTICIPANT = "participant"  # ACTOR:ROLE
ACTOR = "actor"  # an actor id, name or alias; none clears it
REF = "ref"  # any annotation's id
FLAG = "flag"  # yes or no
URL = "url"
DATE = "date"  # YYYY-MM-DD
CONFIRM = "confirm"  # only `none`: the flag is cleared
NONE = ("none", "-", "")  # clears an optional field


@dataclass(frozen=True)
class Field:
    name: str  # as typed: --name
    value: str  # one of the kinds above
    help: str
    sections: tuple[str, ...]
    many: bool = False  # a list: repeat the option; `edit` replaces the whole list
    on_add: bool = True  # also an option of `add`
    choices: str = ""  # CHOICE: actor_types, event_types, claim_kinds, verdicts, factuality


FIELDS: tuple[Field, ...] = (
    Field("id", ID, "The id (default: made from the name or text).", SECTIONS),
    Field("name", TEXT, "The actor's full name.", (ACTORS,)),
    Field("type", CHOICE, "A type from the inventory (actor types or event types).",
          (ACTORS, EVENTS), choices="types"),
    Field("alias", TEXT, "Another name for the actor.", (ACTORS,), many=True),
    Field("mention", SPANS, "Text to tag as a mention; every occurrence is tagged "
          "('s12 TEXT' for one). Default: the name.", (ACTORS,), many=True),
    Field("trigger", SPAN, "The word that names the event.", (EVENTS,)),
    Field("participant", PARTICIPANT, "ACTOR:ROLE, with a role the event type allows.",
          (EVENTS,), many=True),
    Field("factuality", CHOICE, "asserted, reported, hypothetical or negated.", (EVENTS,),
          choices="factuality"),
    Field("time", TEXT, "When the event happens, as the article says.", (EVENTS,),
          on_add=False),
    Field("place", TEXT, "Where the event happens, as the article says.", (EVENTS,),
          on_add=False),
    Field("text", SPAN, "The claim's text, or part of the article to find.", (CLAIMS,)),
    Field("kind", CHOICE, "A claim kind from the inventory.", (CLAIMS,), choices="claim_kinds"),
    Field("claimant", ACTOR, "The actor who makes the claim (none: the outlet).", (CLAIMS,)),
    Field("cue", SPAN, "The attribution word (said, declared, according to).", (CLAIMS,)),
    Field("checkworthy", FLAG, "Worth checking: yes or no.", (CLAIMS,)),
    Field("verdict", CHOICE, "A verdict id from the scale (none clears it).", (CLAIMS,),
          choices="verdicts"),
    Field("evidence", URL, "An evidence URL (http or https).", (CLAIMS,), many=True),
    Field("about", REF, "The id of an event, actor or claim this claim is about.", (CLAIMS,),
          many=True),
    Field("reviewed", DATE, "When the verdict was given (YYYY-MM-DD).", (CLAIMS,),
          on_add=False),
    Field("review-url", URL, "Where the fact-check of this claim is published.", (CLAIMS,),
          on_add=False),
    Field("recheck", CONFIRM, "none: the verdict holds for the claim's text as it reads now "
          "(clears the flag re-anchoring set when the text changed).", (CLAIMS,),
          on_add=False),
    Field("note", TEXT, "A free note.", SECTIONS),
    # The article's metadata (`edit document ...`), checked by `annotate.metadata`.
    Field("url", URL, "Where the article was published (http or https).", (DOCUMENT,)),
    Field("publisher", TEXT, "The outlet that published the article.", (DOCUMENT,)),
    Field("author", TEXT, "A byline; repeat for several.", (DOCUMENT,), many=True),
    Field("published", DATE, "When the article was published (ISO 8601).", (DOCUMENT,)),
    Field("title", TEXT, "The article's headline.", (DOCUMENT,)),
    Field("language", TEXT, "A language tag such as en or pt-BR.", (DOCUMENT,)),
    Field("retrieved", DATE, "When the article was fetched (ISO 8601).", (DOCUMENT,)),
)
BY_NAME = {f.name: f for f in FIELDS}
# Not fields: which occurrence of a span's text is meant, when it occurs more than once.
PICKING = {"occurrence": "Which occurrence of the text, when it occurs more than once "
                         "(1 = first).",
           "sentence": "Look for the text in this sentence only."}


def names(section: str, adding: bool = False) -> list[str]:
    """The fields of one section, in table order (`adding`: those `add` takes)."""
    return [f.name for f in FIELDS if section in f.sections and (f.on_add or not adding)]


def get(name: str) -> Field | None:
    return BY_NAME.get(name.replace("_", "-"))


def usage() -> str:
    """The fields `edit` takes per section, for help texts."""
    lists = "; ".join(f"{s.capitalize()}: --" + " --".join(names(s)) for s in SECTIONS)
    # The document's free-text fields clear too (`annotate.metadata`), but its language,
    # which is always set (en unless told).
    cleared = ", ".join(f.name for f in FIELDS if not f.many and (
        f.value in (ACTOR, SPAN, CHOICE, DATE, URL, CONFIRM)
        and f.name not in ("type", "kind", "factuality", "text", "trigger")
        or f.sections == (DOCUMENT,) and f.name != "language"))
    lists += f"; ID {DOCUMENT} (the article's metadata): --" + " --".join(names(DOCUMENT))
    return (f"{lists}. A list field (--{' --'.join(f.name for f in FIELDS if f.many)}) is "
            f"replaced by the values given; `none` clears {cleared}.")
