"""What `help COMMAND` and `COMMAND --help` say on the command line of `annotate tag` (the
dialogue's command loop and the workspace's `:` line): the forms of one command and, for
`add` and `edit`, their options with the help of the field table, which `annotate add`
and `annotate edit --help` read too. Plain data: each front end lays it out its way.
"""

from __future__ import annotations

from annotate.editing import fields
from annotate.editing.parse import ALIASES
from annotate.errors import AnnotateError

Rows = tuple[tuple[str, str], ...]  # (what to type, what it does)
Table = tuple[tuple[str, Rows], ...]  # (heading, rows)

FORMS: dict[str, Rows] = {
    "list": (("list [actors|events|claims]", "what is tagged so far"),),
    "show": (("show s12", "sentence 12 (s12 alone does the same)"),
             ("show ID", "an annotation"),
             ("show WORDS", "the next place the article says WORDS, in its sentence (the "
                            "search: again, the place after it)")),
    "next": (("next", "the next screenful"),),
    "back": (("back", "the previous screenful"),),
    "pass": (("pass actors|events|claims", "the suggestions of a pass still pending (skipped "
                                          "ones too); pass alone counts them"),),
    "add": (("add actor|event|claim", "a form for each field"),
            ("add actor --name NAME --type TYPE --mention TEXT", "an actor with its mentions"),
            ("add event --type TYPE --trigger TEXT", "an event (--participant ACTOR:ROLE ...)"),
            ("add claim --text TEXT --kind KIND", "a claim (--claimant ACTOR ...)"),
            ("add mention ACTOR TEXT", "one more mention of an actor"),
            ("add alias ACTOR NAME", "one more name for an actor (its other names stay)")),
    "edit": (("edit ID --FIELD VALUE", "change fields of one annotation; an option of a list "
                                       "is repeated for several values, which replace the "
                                       "whole list"),
             ("edit document --FIELD VALUE", "the article's metadata")),
    "delete": (("delete ID", "refuses while others refer to it"),
               ("delete ID --cascade", "and drops the references to it"),
               ("delete ACTOR TEXT", "that actor's mentions reading TEXT (s12 TEXT: one)")),
    "link": (("link CLAIM ID", "the claim is about an event, actor or claim"),),
    "merge": (("merge KEEP OTHER", "fold actor OTHER into KEEP"),),
    "undo": (("undo", "the last change (again and again); says what it undid"),),
    "redo": (("redo", "the change undone last"),),
    "reanchor": (("reanchor", "move the spans after the article changed"),),
    "review": (("review", "go through the orphaned spans and the verdicts to re-check"),),
    "validate": (("validate", "check the saved sidecar"),),
    "save": (("save", "every change is saved at once already: says where"),),
    "help": (("help COMMAND", "one command and its options (also COMMAND --help)"),
             ("help", "every command")),
    "quit": (("quit", "leave; everything is saved"),),
}
# What the value of an option looks like, by kind of field.
METAVAR = {fields.TEXT: "TEXT", fields.ID: "ID", fields.CHOICE: "NAME", fields.SPAN: "TEXT",
           fields.SPANS: "TEXT", fields.PARTICIPANT: "ACTOR:ROLE", fields.ACTOR: "ACTOR",
           fields.REF: "ID", fields.FLAG: "yes|no", fields.URL: "URL",
           fields.DATE: "YYYY-MM-DD", fields.CONFIRM: "none"}


def verb_of(word: str) -> str:
    verb = ALIASES.get(word.lower())
    if verb is None or verb not in FORMS:
        raise AnnotateError(f"unknown command {word!r}; help lists them")
    return verb


def table(word: str) -> Table:
    """The forms of the command `word` (or its short form), then for add and edit the
    options of each kind of annotation."""
    verb = verb_of(word)
    short = [k for k, v in ALIASES.items() if v == verb and k != verb]
    out: list[tuple[str, Rows]] = [
        (verb + (f" (short: {', '.join(short)})" if short else ""), FORMS[verb])]
    if verb in ("add", "edit"):
        adding = verb == "add"
        sections = fields.SECTIONS if adding else (*fields.SECTIONS, fields.DOCUMENT)
        for section in sections:
            what = "the document" if section == fields.DOCUMENT else section[:-1]
            rows = tuple((f"--{f.name} {METAVAR[f.value]}", _what(f, adding, section))
                         for f in fields.FIELDS
                         if section in f.sections and (f.on_add or not adding))
            if adding and section != fields.ACTORS:
                rows += tuple((f"--{name} N", text) for name, text in fields.PICKING.items())
            out.append((f"{verb} {what}: options", rows))
    return tuple(out)


def _what(field: fields.Field, adding: bool, section: str) -> str:
    if field.name == "type":  # (its help names both: `help add` listed it under each)
        return f"An {section[:-1]} type from the inventory."
    if not field.many:
        return field.help
    repeat = "" if "repeat" in field.help.lower() else " Repeat it for several."
    if adding:
        return field.help + repeat
    also = " (add alias ACTOR NAME adds one)" if field.name == "alias" else ""
    return f"{field.help}{repeat} The values given replace the whole list{also}."


def summary() -> Rows:
    """One line per command: its first form."""
    return tuple(FORMS[verb][0] for verb in FORMS)


def text(word: str) -> str:
    """`table(word)` as plain lines, for the dialogue."""
    lines = []
    for heading, rows in table(word):
        lines.append(heading + ":")
        width = max(len(form) for form, _ in rows)
        lines.extend(f"  {form:<{width}}  {what}" for form, what in rows)
    return "\n".join(lines)
