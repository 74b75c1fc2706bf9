"""The NLP recommender: a spaCy pipeline's named entities and dependency parse.

Optional (`pip install 'claim-annotate[nlp]'`, then the pipeline named in the config,
`en_core_web_sm` by default, with spaCy's own download command). spaCy is imported here
only, and this module only when suggestions are asked for (`tag`, `suggest`), so
`validate`, `export` and `show` never pay for it. Nothing is fetched at run time.

Entities become actors (the inventory's `entity_types` maps labels to actor types);
the parse gives event participants (`roles`: the subject of the trigger verb, its object,
its prepositions) and the speaker of attributed statements. An article is parsed once:
the parse is kept (by the text's hash) for the next call, from any of the three passes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, OrderedDict, defaultdict
from functools import lru_cache
from typing import Any

from annotate.model import Annotations
from annotate.suggest import event_rules, merge, names, statements
from annotate.suggest import roles as R
from annotate.suggest import words as W
from annotate.suggest.base import (
    ActorSuggestion,
    ClaimSuggestion,
    EventSuggestion,
    NotAvailable,
    Request,
)
from annotate.suggest.builtin import tagged
from annotate.suggest.text import story
from annotate.suggest.triggers import Hit

INSTALL = "pip install 'claim-annotate[nlp]'"
SPEECH_LEMMAS = frozenset("""say tell add state announce declare claim insist argue warn explain
confirm deny write allege assert acknowledge admit reply respond stress indicate report
accord""".split())
# Verbs that carry a noun's event: the subject of "launched an attack" is the attacker.
LIGHT_LEMMAS = frozenset("""launch carry conduct stage hold make issue offer give deliver file
impose initiate express extend send mount pledge announce declare order begin start""".split())
LOCATIVE = frozenset("in at near outside inside across around from into".split())
KEEP = 4  # parses kept: the article in hand, and a few others a session may go back to


@lru_cache(maxsize=4)
def load(pipeline: str) -> Any:
    """The pipeline, loaded once per process; NotAvailable says how to install it."""
    how = f"{INSTALL} && python -m spacy download {pipeline}"
    try:
        import spacy
    except ImportError:
        raise NotAvailable(f"the spacy recommender needs spaCy, which is not installed "
                           f"({how}); using the built-in recommender") from None
    try:
        return spacy.load(pipeline)
    except (OSError, ValueError, ImportError) as exc:
        if "/" in pipeline or "\\" in pipeline:  # a folder, not a package name
            raise NotAvailable(f"no spaCy pipeline loads from {pipeline} ({exc}); using the "
                               f"built-in recommender") from None
        reason = "is not installed" if isinstance(exc, OSError) else f"does not load ({exc})"
        raise NotAvailable(f"spaCy pipeline '{pipeline}' {reason} (python -m spacy download "
                           f"{pipeline}); using the built-in recommender") from None


def _run(nlp: Any, text: str) -> Any:
    """The pipeline on `text`, with a sentence starting after every blank line (the
    parser keeps boundaries set before it): a headline or a dateline read into the first
    sentence misparses it ("Three dinosaurs discovered in X / Saturday, … / Scientists in
    Y have discovered" is one sentence to the parser otherwise). A single line break may
    be a hard wrap inside a sentence. (Set in one array: the token's setter looks over the
    whole doc for a parse at each call, quadratic on a long article.)"""
    doc = nlp.make_doc(text)
    starts = doc.to_array("SENT_START")
    for tok in doc[1:]:
        if doc[tok.i - 1].text.count("\n") >= 2:
            starts[tok.i] = 1
    doc.from_array("SENT_START", starts)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def _text(doc: Any) -> str:
    """The doc's text, kept in its user data: `Doc.text` joins every token anew at each
    access (asked per entity and per speech verb, that was quadratic on a long article)."""
    text = doc.user_data.get("annotate.text")
    if text is None:
        text = doc.user_data["annotate.text"] = doc.text
    return text


class Parsed:
    """A parsed text, with its tokens found by offset in O(log n)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.starts: list[int] = doc.to_array("IDX").tolist()

    def token_at(self, offset: int) -> Any:
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        tok = self.doc[i]
        return tok if offset < tok.idx + len(tok.text) else None

    def tokens_in(self, start: int, end: int) -> Any:
        return self.doc[bisect_left(self.starts, start):bisect_left(self.starts, end)]


class Spacy:
    name = "spacy"
    # Its events and claims are the built-in's rules with the parse reading them; its
    # actors the built-in's names with the model's entities.
    replaces = {"actors": "built-in", "events": "built-in", "claims": "built-in"}

    def __init__(self, pipeline: str) -> None:
        self.pipeline = pipeline
        self._parsed: OrderedDict[str, Parsed] = OrderedDict()
        self.parses = 0  # how many texts were parsed (each once while it is kept)

    def parse(self, sha256: str, text: str) -> Parsed:
        found = self._parsed.get(sha256)
        if found is None:
            nlp = load(self.pipeline)
            self.parses += 1
            found = self._parsed[sha256] = Parsed(_run(nlp, text))
            while len(self._parsed) > KEEP:
                self._parsed.popitem(last=False)
        else:
            self._parsed.move_to_end(sha256)
        return found

    def _parsed_for(self, req: Request) -> Parsed:
        return self.parse(req.article.sha256, req.article.text)

    # -- actors ----------------------------------------------------------------------
    def actors(self, req: Request) -> list[ActorSuggestion]:
        art, types = req.article, req.inventory.entity_types
        st = story(art)
        doc = self._parsed_for(req).doc
        groups: dict[str, ActorSuggestion] = {}
        votes: dict[str, Counter[str]] = {}
        inside: set[str] = set()  # the entities met elsewhere than at a sentence's start
        ill: set[str] = set()  # the names of illnesses ("an outbreak of X")
        for ent in _names(doc, types, art.text, art.title is not None):
            kind = types[ent.label_]
            if st.furniture(ent.start_char):
                continue
            if not ent[0].is_sent_start:
                inside.add(ent.text)
            name = re.sub(r"^(?:the|The)\s+|[’']s?$", "", ent.text).strip()
            owner = _OWNER.match(name)
            if owner:
                # "Queensland's Liberal National Party": the party; the possessor is an
                # actor of its own where it is known to be a place (else the mentions
                # pass finds it under the name it is suggested by)
                name = name[owner.end():]
                if (where := _kind(owner.group(1), "")) in ("country", "place"):
                    _add(groups, votes, owner.group(1), where, self.name)
            if not name or _not_a_name(ent, name, kind):
                continue
            if names.illness(art.text, ent.start_char, ent.end_char):
                ill.add(name)
            _add(groups, votes, name, _kind(name, kind), self.name)
        for name, sug in groups.items():
            # The label most of its mentions got: a model that reads one "France" as a
            # person reads the others as the country.
            sug.type = votes[name].most_common(1)[0][0]
        found = list(groups.values())
        self._link(found)  # "May" of "Theresa May" first, then a word that is no name
        words = set(_WORDS.findall(art.text))
        # (a one-word person only ever opening a sentence, "Turnout was 61%", "Riot police
        # fired", that the built-in's rules do not find: a capitalised word the small model
        # took for someone's name)
        rules = names.suggest(art, st)
        known = {form for s in rules for form in (s.name, *s.aliases)}
        found = [sug for sug in found if sug.name not in ill and not _common_word(
            sug.name, words) and (sug.type != "person" or " " in sug.name
                                  or {sug.name, *sug.aliases} & (inside | known))]
        names._mentions(art, st, found)
        for sug in found:
            sug.score = round(min(0.9, 0.7 + 0.05 * (len(sug.mentions) - 1)), 2)
        # The built-in's names first: what the model misses (a one-word name that recurs,
        # a name in a list) is found, and where both name an actor the rules' evidence
        # (a title, a head word, a list of places) types it, not the label.
        return merge.actors([rules, [s for s in found if s.mentions]],
                            Annotations(req.annotations.document), set())

    @staticmethod
    def _link(found: list[ActorSuggestion]) -> None:
        """A surname (or, failing that, a first name) joins the one person named in full;
        an acronym, or the last word of its name, the one organisation (never a place:
        "Arizona" is not the University of Arizona, nor "Québec" the Coalition Avenir
        Québec)."""
        # The names of more than one word, by the word looked up (only one-word names are
        # removed below: these stay as they are; a scan of them for every one-word name
        # was quadratic on a long article).
        by_last: dict[str, list[ActorSuggestion]] = defaultdict(list)
        by_first: dict[str, list[ActorSuggestion]] = defaultdict(list)
        by_initials: dict[str, list[ActorSuggestion]] = defaultdict(list)
        org_by_last: dict[str, list[ActorSuggestion]] = defaultdict(list)
        for o in found:
            if " " not in o.name:
                continue
            words = o.name.split()
            if o.type == "person":
                by_last[words[-1]].append(o)
                by_first[words[0]].append(o)
            by_initials[names._initials(o.name)].append(o)
            if o.type == "organization" and len(words) > 1 and words[-2].lower() not in _OF:
                org_by_last[words[-1]].append(o)
        for sug in list(found):
            if " " in sug.name:
                continue
            heads = by_last.get(sug.name) or by_first.get(sug.name, [])
            orgs = by_initials.get(sug.name.replace(".", "")) or (
                org_by_last.get(sug.name, []) if sug.type not in ("country", "place")
                and sug.name not in W.ORG_WORDS else [])  # "the Jets", not "the Party"
            target = heads[0] if len(heads) == 1 else orgs[0] if len(orgs) == 1 else None
            if target is not None:
                target.aliases.extend(a for a in (sug.name, *sug.aliases)
                                      if a not in target.aliases)
                found.remove(sug)

    # -- events ----------------------------------------------------------------------
    def events(self, req: Request) -> list[EventSuggestion]:
        """The built-in triggers and rules, with the parse reading who does what."""
        art = req.article
        st = story(art)
        parsed = self._parsed_for(req)
        names_ = _names(parsed.doc, req.inventory.entity_types, art.text, art.title is not None)
        found = event_rules.suggest(art, st, req.inventory, tagged(req.annotations),
                                    [(e.start_char, e.end_char) for e in names_],
                                    _reader(parsed, art.text, st))
        for sug in found:
            sug.source = self.name
        return found

    # -- claims ----------------------------------------------------------------------
    def claims(self, req: Request) -> list[ClaimSuggestion]:
        """The built-in claims, with the speaker read from the parse."""
        art = req.article
        st = story(art)
        parsed = self._parsed_for(req)
        mentions = tagged(req.annotations)
        names_ = _names(parsed.doc, req.inventory.entity_types, art.text, art.title is not None)
        found = statements.suggest(art, st, mentions, [(e.start_char, e.end_char)
                                                        for e in names_])
        starts = [seg.start for seg in st.sentences]
        for sug in found:
            seg = st.sentences[bisect_right(starts, sug.span[0]) - 1]
            cue, who = _speaker(parsed, (seg.start, seg.end), mentions)
            if who is not None and cue is not None:
                here = [m for m in mentions if seg.start <= m[0] < seg.end]
                sug.claimant, sug.cue = who, cue
                sug.span = statements.said(art.text, seg.start, seg.end, cue,
                                           statements.spoken(art.text, cue, here, who))
            sug.source = self.name
        return found


# Words the built-in leaves to the annotator (which parliament?) that the parse's
# entities name well enough.
_INSTITUTIONS = frozenset({"Government", "Parliament", "Congress", "Senate", "Cabinet"})


_OF = frozenset({"of", "de", "du", "des", "del", "della", "di", "do", "da", "for", "in"})
_OWNER = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s?\s+(?=[A-Z])")


def _add(groups: dict[str, ActorSuggestion], votes: dict[str, Counter[str]], form: str,
         kind: str, source: str) -> None:
    """One mention, as `form`, with its label's vote for a type (a country under its
    canonical name, `form` an alias of it)."""
    name = W.COUNTRIES.get(form, form) if kind == "country" else form
    sug = groups.get(name)
    if sug is None:
        sug = groups[name] = ActorSuggestion(name, kind, score=0.7, source=source)
        votes[name] = Counter()
    votes[name][kind] += 1
    if form != sug.name and form not in sug.aliases:
        sug.aliases.append(form)


def _not_a_name(ent: Any, name: str, kind: str) -> bool:
    """An adjective of a people or a faith ("Swiss banks", "a Muslim tribe"), a title
    with no one named ("Fire Captain", "Defense" of "Defense Secretary"), a word the
    built-in knows names no one ("UTC", "Cabinet"), or words with no capital ("west
    coast"): no actor."""
    words = name.split()
    if names.names_a_thing(words, _text(ent.doc), ent.end_char) or names.no_actor(
            _text(ent.doc), ent.start_char, ent.end_char):
        return True  # "Bill C-38", "F-16s", "Eastern Standard Time", "Diamond Jubilee",
        # "eight Bills", "in Q4"
    if len(words) > 2 and words[0] in W.TITLES and words[1] in ("of", "for"):
        return True  # "Director of Management": a post (the body after it the rules find)
    if all(w in W.TITLES or w in W.TITLE_MODIFIERS for w in words) or name.islower() \
            or (name in W.NOT_ACTORS and name not in _INSTITUTIONS and kind != "group"):
        return True
    if kind == "group":
        root = ent.root
        plural = root.tag_ in ("NNS", "NNPS") or (not root.tag_ and name.endswith("s")
                                                  and not name.endswith("ss"))
        return not plural or root.dep_ in ("amod", "compound") or root.pos_ == "ADJ"
    return name in W.DEMONYMS and not name.endswith("s")


_WORDS = re.compile(r"[\w-]+")


def _common_word(name: str, words: set[str]) -> bool:
    """A one-word entity the article also writes in lower case ("Weather", "Tour",
    "Rebels"), or written with no capital at all ("00:08"): a word the model took for a
    name where it opens a sentence or a title. (`words`: the article's words, hyphenated
    ones whole.)"""
    return " " not in name and not name.isupper() and name not in W.COUNTRIES and \
        (name == name.lower() or name.lower() in words)


def _kind(name: str, kind: str) -> str:
    """The label's actor type, corrected by what is known of the name: the world's
    countries are countries whatever the label; a GPE that is none, and the world's large
    cities and regions, are places."""
    if name in W.COUNTRIES:
        return "country"
    if name in W.PLACES or kind == "country" or name in W.world_places():
        return "place"  # ("Baghdad" labelled ORG or PERSON by the small model)
    if kind == "person" and names.camel_case(name):
        return "organization"  # ("YouTube" labelled PERSON)
    return kind


def _names(doc: Any, types: dict[str, str], text: str, titled: bool) -> list[Any]:
    """The entities that name actors (labels the inventory maps): not across a line
    break, nor in a title (Title Case reads as names to a model trained on sentences;
    the actors of the story body are found in the title all the same)."""
    body = text.find("\n") + 1 if titled else 0
    return [e for e in doc.ents if e.label_ in types and e.start_char >= body
            and "\n" not in e.text]


# -- reading the parse ---------------------------------------------------------------------
def _verb(tok: Any) -> bool:
    # pos_ needs an attribute ruler or a morphologizer; a bare tagger gives tag_ only.
    return tok.pos_ in ("VERB", "AUX") or (not tok.pos_ and tok.tag_.startswith("VB"))


def _reader(parsed: Parsed, text: str, st: Any) -> event_rules.Reader:
    def read(hit: Hit, etype: str, roles: R.Roles, here: list[R.Mention]) -> event_rules.Reading:
        tok = parsed.token_at(hit.start)
        sentence = st.sentences[hit.sentence].start
        if tok is None:  # the tokenizer split differently: read the words instead
            verbal = R.verbal_here(text, hit.start, hit.entry.verbal)
            return event_rules.Reading(R.from_words(text, hit.start, hit.end, verbal, roles,
                                                    here, sentence), verbal,
                                       R.subordinate(text, sentence, hit.start, verbal))
        verbal = _verb(tok) and not R.after_determiner(text, hit.start)
        # The parse's relative clauses, and the words' (a parse of news is often wrong
        # just there): background either way.
        # Where the parse finds no one, the words may ("X (ACRONYM) officially declared",
        # a name the small model did not join to its verb).
        pairs = _participants(tok, verbal, roles, here) or \
            R.from_words(text, hit.start, hit.end, verbal, roles, here, sentence)
        return event_rules.Reading(pairs, verbal, _relative_clause(tok)
                                   or R.subordinate(text, sentence, hit.start, verbal))
    return read


def _relative_clause(tok: Any) -> bool:
    """In a relative clause ("the nations that voted"): told in passing."""
    t = tok
    while t.head.i != t.i:  # (spaCy makes a new Token object at each access: no `is`)
        if t.dep_ == "relcl":
            return True
        t = t.head
    return False


def _actor(tok: Any, mentions: list[R.Mention]) -> tuple[str, str] | None:
    """The tagged actor a token (or the phrase it heads, or its apposition: "the mayor,
    X") names."""
    s = tok.idx
    for m in mentions:
        if m[0] <= s < m[1]:
            return m[2], m[3]
    # The phrase it heads, when it is little more than a name ("the Baltic Authority"); a
    # name that only opens it is another's ("Varn's chief, Ilse Damaro": Varn owns it).
    s, e = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    for m in mentions:
        # ("X's lawyer", "X's son": the phrase names someone X owns, not X.)
        if s <= m[0] and m[1] <= e and e - s <= m[1] - m[0] + 12 and \
                not R.possessive_at(_text(tok.doc), m[1]):
            return m[2], m[3]
    for appos in (c for c in tok.children if c.dep_ == "appos"):
        found = _actor(appos, mentions)
        # (A place is no apposition of a doer: "scientists in X, Y have found" is parsed
        # with Y in apposition to "scientists" as often as to X.)
        if found is not None and found[1] not in R.PLACES:
            return found
    return None


def _subjects(tok: Any) -> list[tuple[Any, bool]]:
    """The subject(s) of a verb and whether it is passive; a verb joined to another by
    "and" ("arrested him and charged him") shares its subject."""
    found = [(_relative(c), c.dep_ == "nsubjpass") for c in tok.children
             if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if not found and tok.dep_ == "conj" and _verb(tok.head) and not any(
            t.is_punct for t in tok.doc[tok.head.i + 1:tok.i]):
        # Only with no comma between: across one, the parser often joins two clauses.
        # ("was detained and charged": with no auxiliary of its own, passive as the first)
        own = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        found = [(s, any(c.dep_ == "auxpass" for c in own) if own else head_passive)
                 for s, head_passive in _subjects(tok.head)]
    return [(s, p) for s, p in found if s is not None]


def _listed(tok: Any) -> list[Any]:
    """Names of a list the small model parses in apposition ("X, Y, and Z were detained":
    Y an appos of X) or as a modifier ("X, Y, Z and W voted": Y an npadvmod), with their
    conjuncts; `add` keeps those of the same kind as the first."""
    return [one for c in tok.children if c.dep_ in ("appos", "npadvmod")
            for one in (c, *c.conjuncts)]


def _participants(tok: Any, verbal: bool, r: R.Roles,
                  mentions: list[R.Mention]) -> list[tuple[str, str]]:
    pairs = R.Pairs(r)

    def add(t: Any, role: str | None) -> None:
        first = _actor(t, mentions)
        for one in (t, *t.conjuncts, *_listed(t)):  # "X and Y"
            found = _actor(one, mentions)
            if found is not None and (one is t or one in t.conjuncts or (
                    first is not None and found[1] == first[1])):
                pairs.add(found[0], found[1], role)

    carrier = tok.head if (not verbal and tok.dep_ in ("dobj", "nsubjpass")
                           and (tok.head.lemma_ or tok.head.lower_) in LIGHT_LEMMAS) else None
    if carrier is None and not verbal and tok.lower_ in R.ADDRESSES and tok.dep_ == "pobj" \
            and tok.head.dep_ == "prep" and _speech(tok.head.head):
        carrier = tok.head.head  # "X, in a speech to Y, stated": who states gives it
    if verbal or carrier is not None:
        for subject, passive in _subjects(carrier if carrier is not None else tok):
            add(subject, r.done_to if passive else r.doer)
    for child in tok.children:
        dep = child.dep_
        if dep in ("dobj", "obj") and verbal:
            add(child, r.done_to)
        elif dep == "poss" and not verbal and carrier is None:
            found = _actor(child, mentions)
            add(child, r.country_possessor if found and found[1] == "country" else r.possessor)
        elif dep == "compound" and not verbal:
            _compound(child, r, add)
        elif dep == "agent":
            for pobj in child.children:
                add(pobj, r.by)
        elif dep == "prep":
            _preposition(child, verbal, r, add)
    if carrier is not None:  # "offered condolences to X"
        for child in carrier.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "with"):
                _preposition(child, False, r, add)
    return pairs.out


def _preposition(prep: Any, verbal: bool, r: R.Roles, add: Any) -> None:
    word = prep.lower_
    role = {"by": r.by, "against": r.against, "on": r.on, "targeting": r.against,
            "to": r.to, "with": r.with_, "from": r.from_,
            }.get(word, r.of if word == "of" and not verbal else None)
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        add(pobj, role)


def _compound(tok: Any, r: R.Roles, add: Any) -> None:
    """A name before the event's noun: "the X-Y war" names its sides; "the <group> attack"
    (attacker), "the <hotel> bombing" (target) and "the <town> attack" (where) read alike,
    so any other name gives no pair."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and doc[tok.i - 2].dep_ == "compound":
        add(doc[tok.i - 2], r.with_)
        add(tok, r.with_)


def _relative(tok: Any) -> Any:
    """'who' in "X, who criticised the bill": the X the clause is about (None when the
    clause may as well be about something else: "the attack in Afghanistan, which
    killed ...")."""
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
        antecedent = tok.head.head
        if antecedent.dep_ == "pobj" and antecedent.head.lower_ in LOCATIVE:
            return None
        return antecedent
    return tok


def _speech(tok: Any) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in SPEECH_LEMMAS if lemma else tok.lower_ in W.SPEECH_VERBS or \
        tok.lower_ == "according"


def _speaker(parsed: Parsed, span: tuple[int, int], mentions: list[R.Mention],
             ) -> tuple[tuple[int, int] | None, str | None]:
    for tok in parsed.tokens_in(*span):
        if not _speech(tok):
            continue
        cue = (tok.idx, tok.idx + len(tok.text))
        if tok.lower_ == "according":  # "according to X"
            for to in (c for c in tok.children if c.lower_ == "to"):
                for pobj in (c for c in to.children if c.dep_ == "pobj"):
                    found = _actor(pobj, mentions)
                    if found:
                        return (tok.idx, to.idx + len(to.text)), found[0]
            continue
        if not statements.attributes(_text(parsed.doc), *cue):
            continue  # "announced a day of mourning", "is said to have"
        if tok.lemma_.lower() in ("respond", "reply") and not any(
                c.dep_ in ("ccomp", "dobj") for c in tok.children) and any(
                _speech(t) for t in tok.subtree if t.i > tok.i):
            continue  # "X responded within an hour, telling reporters that C": "telling"
        for subject, passive in _subjects(tok):
            found = None if passive else _actor(subject, mentions)
            if found:
                return cue, found[0]
    return None, None
