"""A name found at one place (`Occurrence`), the occurrences of one actor (`Group`), and
what a group looks like: someone, somewhere."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from annotate.suggest import words as W
from annotate.suggest.names.lexicon import (
    _PARTICLES,
    _org_word,
    acronym_in,
    camel_case,
)


@dataclass
class Occurrence:
    text: str
    start: int
    end: int
    hint: str = ""
    kind: str = ""  # a type its context says
    initial: bool = False  # capitalised only because it opens a sentence or a quote
    evidence: set[str] = field(default_factory=set)


@dataclass
class Group:
    name: str
    forms: list[str]
    occurrences: list[Occurrence]
    canonical: str = ""
    firm: bool = False  # a two-word name whose first word stands alone: no one's name

    @cached_property  # (asked millions of times on a long article; the name never changes)
    def words(self) -> list[str]:
        return [w.rstrip(",") for w in self.name.split()]  # ("X Holdings, Inc")

    def all_evidence(self) -> set[str]:
        return {e for o in self.occurrences for e in o.evidence}

    def kinds(self) -> list[str]:
        # (one beaten by a score is a team, and one whose government is named a state,
        # unless told of as someone: "X, 22,", "Prime Minister X … X's government")
        kinds = [o.kind for o in self.occurrences if o.kind]
        if ("organization" in kinds or "country" in kinds) and any(
                o.evidence & _YIELDS for o in self.occurrences) and any(
                o.evidence & {"person", "title"} for o in self.occurrences):
            return [o.kind for o in self.occurrences if o.kind and not (
                o.evidence & _YIELDS and o.kind in ("organization", "country"))]
        return kinds

    def hint(self) -> str:
        return next((o.hint for o in self.occurrences if o.hint), "")


# What says a mention is of a place: "in X", "X of Y" (the town of X), a list of places
_WHERE = frozenset({"place-prep", "place-of", "place-list"})


_YIELDS = frozenset({"scored", "nation"})  # evidence of a kind that someone named outweighs


def _placed(g: Group) -> bool:
    """A place by what it is or where it stands: a known place, or mentions most of which
    follow "in", "at", "from"."""
    placed = sum(bool(o.evidence & _WHERE) for o in g.occurrences)
    return W.is_place(g.name) or placed * 2 >= len(g.occurrences)


# A field of work last in a name, which no surname is: "Economic Cooperation"
_FIELDS = frozenset("""Cooperation Development Affairs Relations Services Security Protection
Prevention Studies Investment Innovation Infrastructure Planning Enforcement Welfare Management
Communications Telecommunications Sanitation Immigration Citizenship Disarmament Tourism
Education Agriculture Fisheries Forestry Research Employment Training""".split())


def _person_like(g: Group) -> bool:
    words = g.words
    if "person" in g.kinds() or g.hint():
        return True
    # (a country's name given to someone: "team-mate Jordan Elsey")
    named = words[1:] if len(words) == 2 and words[0] in W.GIVEN_COUNTRIES else words
    if (g.firm or len(words) < 2 or len([w for w in words if w not in _PARTICLES]) > 4
            or g.name in W.COUNTRIES or g.name in W.PLACES
            or g.all_evidence() & {"plural", "acronym", "employs"}
            # "The Lok Sabha passed", "the Labasa Northpole side": no one is "the X"; nor
            # is a name only ever listed among places ("felt in Quetta, Qila Abdullah and")
            or g.occurrences and (all("definite" in o.evidence for o in g.occurrences) or all(
                "place-list" in o.evidence for o in g.occurrences) and not _personal(g))
            or any(_org_word(w) or w in ("of", "for") or w in W.OUTLETS for w in words)
            or any(w in W.COUNTRIES for w in named)  # ("polled by Thomson Reuters")
            or acronym_in(words) or any(w[0].isdigit() or camel_case(w) for w in words)
            or words[-1] in W.PLACE_WORDS or words[-1] in _FIELDS
            or words[0] in W.DIRECTIONS or "-" in words[0][:4]
            or words[0] in W.PLACE_PREFIXES
            or len(words) > 2 and W.is_place(" ".join(words[:2]))  # ("Kansas City Southern")
            or any(w in W.DEMONYMS for w in words[:-1])  # ("Royal Dutch Shell"; but "Dawn
            # French" is a person, and so are "Roman X" and "Christian X")
            and not (len(words) == 2 and words[0] in W.GIVEN_DEMONYMS)
            or any(w in W.FUNCTION_WORDS for w in words[1:])):  # "Reporters Without Borders"
        return False  # "Afghan Taliban": a nationality names no one
    return not g.kinds()


def _personal(g: Group) -> bool:
    return bool("person" in g.kinds() or g.hint()
                or g.all_evidence() & {"speech", "person", "title"})
