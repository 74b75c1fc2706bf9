"""Actors from the text alone: capitalised names found, typed from their context, grouped.

News introduces a person by full name (often with a title) and then uses the surname;
an organisation by full name and then its acronym. So a name is typed by what stands
around it (a title, a speech verb, an apposition, "in" before a place, the last word of
an organisation's name), and short forms join the long name they abbreviate. One-word
names must earn their place: recur, stand by a speech verb or in apposition, or be
known places; a capitalised word whose lower-case form the article also uses is a
common word that opened a sentence.

The stages, each a module: `runs` (capitalised runs of tokens), `split` (a run into the
names it holds) and `occurrences` (an article's names found), typed by `context`; `group`
(the occurrences of one actor), `linking` (short forms, acronyms and surnames joined),
`scoring` (a group's type and score), `mentions` (near misses, every mention). `lexicon`
holds the word lists they share, `things` what names no actor.
"""

from __future__ import annotations

import re

from annotate.article import Article
from annotate.suggest import words as W
from annotate.suggest.base import ActorSuggestion
from annotate.suggest.names.group import Group
from annotate.suggest.names.lexicon import _initials, _lower_words, camel_case
from annotate.suggest.names.linking import _couples, _firms, _introduced, _link
from annotate.suggest.names.mentions import _mentions, _Near, _near_misses
from annotate.suggest.names.occurrences import _occurrences
from annotate.suggest.names.scoring import _type_and_score
from annotate.suggest.names.things import _things, illness, names_a_thing, no_actor
from annotate.suggest.text import Story

# What other modules use (annotate.suggest.builtin, .nlp; the tests)
__all__ = ["_Near", "_initials", "_mentions", "camel_case", "illness", "names_a_thing", "no_actor",
           "suggest"]


def suggest(art: Article, story: Story) -> list[ActorSuggestion]:
    occurrences = _occurrences(art, story)
    things = _things(art.text)
    if things:
        occurrences = [o for o in occurrences if o.text.split()[-1].rstrip("s") not in things]
    groups: dict[str, Group] = {}
    first_written: dict[str, str] = {}
    for occ in occurrences:
        country = W.country(occ.text)
        # ("al Shabaab" and, opening a sentence, "Al Shabaab": one name, as first written)
        key = country or first_written.setdefault(occ.text[:1].upper() + occ.text[1:],
                                                  occ.text)
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(key, [], [], canonical=country or "")
        if occ.text not in group.forms:
            group.forms.append(occ.text)
        group.occurrences.append(occ)
    _firms(groups, art.text)
    _introduced(groups, art.text)
    lower = _lower_words(art.text)
    _link(groups, lower)
    _couples(groups, art.text)
    out = []
    for group in groups.values():
        kind, score, guessed = _type_and_score(group, lower)
        if score < 0.4:
            continue
        if group.name in W.STATE_OR_COUNTRY and W.US_STATES & set(re.findall(
                r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", art.text)):
            kind = "place"  # "Georgia and South Carolina": the state
        aliases = [f for f in group.forms if f != group.name]
        out.append(ActorSuggestion(group.name, kind, aliases=aliases, hint=group.hint(),
                                   score=round(score, 2), guessed=guessed))
    out = _near_misses(art, out)
    _mentions(art, story, out)
    return [s for s in out if s.mentions]
