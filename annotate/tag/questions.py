"""What a step machine asks, and what one step gives back.

Design
------
The walkthrough (`tag.walkthrough`), the forms it opens (`tag.forms`) and the review
after re-anchoring (`tag.review`) are step machines: immutable values driven by two
pure functions, with no I/O and no callbacks into a front end.

    machine.question(ctx, ann) -> Question | None     what to ask now; None: finished
    machine.step(ctx, ann, answer) -> Step            the next machine, changes, notes

`ann` is always the annotations as they are now. A `Step` carries the changes to make
(commands of the edit vocabulary), which the front end applies as ONE undoable step
(`session.apply_all`) and saves, then asks the next question with the new annotations.
A machine checks its changes with `session.preview` before it hands them out, so a
change it returns applies (unless the disk refuses it); a bad answer comes back as an
error note and the same question. The answer is the line typed, or at a span question
a `(start, end)` picked with a cursor; "" is Enter (the default). Front ends answer "?"
themselves from `Question.keys` and `Question.help`: it is never taken as text.

The prompt dialogue (`tag.dialogue`) renders a Question as a prompt; the full-screen
workspace can render the same Question as a highlighted span, a key legend and a form.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from annotate.editing.vocabulary import Change, Where

if TYPE_CHECKING:
    from annotate.anchoring import Plan
    from annotate.model import Annotations
    from annotate.tag.session import Context

KEY = "key"  # one of `keys` (a decision); Enter = `default`
YESNO = "yesno"  # y or n; Enter = `default`
CHOICE = "choice"  # one of `choices` (or, where `open`, a new value); Enter = `default`
TEXT = "text"  # free text; Enter = `default`, or cancels the item when `required`
SPAN = "span"  # article text to find ("s12 phrase") or (start, end); like TEXT otherwise
CANCEL = "-"  # at any form prompt: drop the item being made, save nothing of it

Answer = str | Where


@dataclass(frozen=True)
class Key:
    key: str  # what to type: "a"
    name: str  # one word: "accept"
    meaning: str  # what it does at this prompt, for `?`


@dataclass(frozen=True)
class Question:
    kind: str
    prompt: str  # "accept?", "actor type"
    title: str = ""  # what is asked about: "Actor 1/15: Vladimir Putin (person) ..."
    keys: tuple[Key, ...] = ()  # KEY: the decisions, in the order shown
    choices: tuple[str, ...] = ()  # CHOICE: the values; TEXT/SPAN: what Tab completes
    open: bool = False  # CHOICE: a value not in `choices` is allowed (a new actor's name)
    default: str | None = None  # what Enter answers
    required: bool = False  # TEXT/SPAN: Enter (with no default) cancels the item
    help: str = ""  # what `?` explains besides the keys
    focus: Where | None = None  # the span asked about: show it in its sentence
    section: str | None = None  # actors, events or claims: how to mark the title
    lines: tuple[str, ...] = ()  # more to show before the prompt (old and new text)
    plan: Plan | None = None  # the re-anchoring plan this question offers


@dataclass(frozen=True)
class Note:
    text: str
    kind: str = ""  # "", "heading", "error"


M = TypeVar("M")


@dataclass(frozen=True)
class Step(Generic[M]):
    machine: M
    changes: tuple[Change, ...] = ()
    notes: tuple[Note, ...] = ()
    quit: bool = False  # the person asked to leave `annotate tag` (q)


class Machine(Protocol):
    def question(self, ctx: Context, ann: Annotations) -> Question | None: ...

    def step(self, ctx: Context, ann: Annotations, answer: Answer) -> Step[Machine]: ...


def pressed(answer: Answer, keys: tuple[Key, ...], default: str) -> str | None:
    """The key an answer means: its letter or its name (`a`, `accept`); Enter is
    `default`; anything else None, never a guess from its first letter (`quantity`
    typed at the wrong prompt must not quit)."""
    text = str(answer).strip().lower()
    if not text:
        return default
    if not any(k.key == text for k in keys):
        text = ALIASES.get(text, text)
    return next((k.key for k in keys if text in (k.key, k.name)), None)


# The workspace's keys for a suggestion, understood by the dialogue too (where a key of
# its own does not take the letter): one pair of habits serves both.
ALIASES = {"y": "accept", "x": "reject"}


def error(text: str) -> Note:
    return Note(f"error: {text}", "error")


def help_text(question: Question) -> str:
    """What `?` shows at a question: its keys with their meanings, then its help."""
    lines = [f"  {k.key:<6} {k.name}: {k.meaning}" for k in question.keys]
    if question.kind in (CHOICE, TEXT, SPAN) and question.choices:
        lines.append("  one of: " + ", ".join(question.choices))
    if question.default is not None and question.kind != KEY:
        lines.append(f"  Enter  {question.default or 'nothing'}")
    if question.kind in (TEXT, SPAN, CHOICE) and question.required:
        lines.append("  Enter with nothing typed, or -, cancels this item (nothing is saved)")
    elif question.kind in (TEXT, SPAN, CHOICE):
        lines.append("  -      cancel this item (nothing is saved)")
    if question.help:
        lines.append(question.help)
    return "\n".join(lines)
