"""Who does what in an event: the role each syntactic position takes, per event type, and
the built-in reading of the words beside a trigger.

The same positions serve the built-in rules (read from the words) and the spaCy parse
(read from the dependency tree): the subject of the trigger verb is the doer (the done-to
when the verb is passive), its object the done-to, and prepositions name their own roles
("by" the doer, "against"/"on" the target, "to" the recipient, "with" the other party,
"from" the source). A position that says nothing clear gives no pair: a missing pair costs
a keystroke, a wrong one costs trust. So places are never offered: where an event happened
is read ("in"/"at"/"near" X) only to keep X out of every other role, for where each set of
gold stories first came, places were wrong 4 times of 12 (a city or a country where the
story names the station, the building or the volcano).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from annotate.suggest import words as W

Mention = tuple[int, int, str, str]  # start, end, actor id, actor type

# Which role the doer and the one done-to take, for the built-in event types; a
# project's own types fall back to role names that say it.
SUBJECT = {"death": "deceased", "resignation": "person", "bankruptcy": "debtor",
           "disaster": "affected", "election": "candidate", "protest": "protester",
           "conflict": "party", "meeting": "participant", "deal": "party",
           "casualties": "agent", "arrest": "authority", "legal-action": "authority",
           "shutdown": "agent", "seizure": "agent", "cyber-attack": "attacker",
           "legislation": "enactor", "disclosure": "source", "appointment": "appointer",
           "attack": "attacker", "criticism": "critic", "support": "giver",
           "communication": "speaker", "statement": "speaker", "vote": "voter",
           "proposal": "proposer"}
OBJECT = {"casualties": "victim", "arrest": "detainee", "legal-action": "defendant",
          "attack": "target", "criticism": "target", "support": "recipient",
          "communication": "addressee", "appointment": "appointee", "election": "winner",
          "shutdown": "target", "cyber-attack": "target", "vote": "subject",
          "proposal": "subject", "disclosure": "subject", "seizure": "owner",
          "resignation": "person"}  # ("accepted the resignation of X": X resigns)
# "X's arrest", "X's appointment": the possessor of these nouns is the one it happens
# to, not the one who does it ("X's attack").
POSSESSOR = {"arrest": "detainee", "legal-action": "defendant", "appointment": "appointee",
             "casualties": "victim"}
AGENTIVE = ("attacker", "critic", "giver", "speaker", "voter", "proposer", "authority",
            "enactor", "source", "agent", "protester", "appointer", "host", "plaintiff",
            "party", "participant")
PATIENT = ("target", "victim", "recipient", "addressee", "defendant", "detainee", "appointee",
           "deceased", "debtor", "owner", "affected", "subject")
SYMMETRIC = ("party", "participant")  # "X met Y", "a deal with Y": both sides alike
TARGETED = ("target", "victim", "subject", "defendant", "owner")
UNDERGOERS = ("target", "victim", "detainee", "defendant", "appointee", "deceased", "owner",
              "debtor", "winner", "person")
PLACES = ("place", "country")
# Roles only people (or a group of them) take: no country or organisation is arrested,
# killed or appointed.
_SOMEONE = ("detainee", "victim", "deceased", "appointee", "person")


@dataclass(frozen=True)
class Roles:
    """The role each position takes for one event type (None: the position names none)."""

    roles: tuple[str, ...]
    doer: str | None
    done_to: str | None
    possessor: str | None
    by: str | None  # "by X": the doer of a passive, never a patient
    to: str | None  # "condolences to X", "a letter to X"
    with_: str | None  # "talks with X", "a deal with X"
    from_: str | None  # "a statement from X", "aid from X"
    against: str | None  # "an attack on X", "a vote on X" (not "talks on X": a topic)
    on: str | None  # ... and "on X" ("complained on X": where, no one blamed)
    of: str | None  # "the arrest of X" (not "the support of X": the giver)
    country_possessor: str | None  # a country's attack: who (its election: where, no pair)


# Verbs whose subject takes another role than the type's doer: the one who wins an
# election is its winner, not only a candidate.
# Who sues is the plaintiff, not an authority: any company or person may sue.
# Who pleads guilty or not guilty is the defendant.
SUBJECT_BY_LEMMA = {"win": "winner", "sue": "plaintiff", "lawsuit": "plaintiff",
                    "petition": "plaintiff", "appeal": "plaintiff",  # ("X appealed")
                    "threaten to sue": "plaintiff", "threaten legal action": "plaintiff",
                    "plead guilty": "defendant", "plead not guilty": "defendant",
                    "plead innocent": "defendant", "go on trial": "defendant",
                    "stand trial": "defendant", "face trial": "defendant"}
# Verbs whose positions mean something else than their type's: who is dismissed, ousted or
# sacked (or fired) leaves (the subject made them: no role of the resignation); what is
# visited is where ("visited Norland"), a person visited gives no pair.
BY_LEMMA: dict[object, tuple[str | None, str | None]] = {
    "dismiss": (None, "person"), "oust": (None, "person"), "sack": (None, "person"),
    ("resignation", "fire"): (None, "person"), "topple": (None, "person"),
    "visit": ("participant", None),
    # "X replaced Y as chief", "X will succeed Y": X is the one appointed, Y leaves (no role
    # here); "Y was replaced by X" names no appointer.
    "replace": ("appointee", None), "succeed": ("appointee", None),
    "take office": ("appointee", None),  # who takes office is appointed, by no one named
    "declare winner": (None, "winner"),  # "the commission declared X (the) winner"
    ("meeting", "welcome"): ("host", "participant")}  # "X welcomed Y to the palace"
# Who a passive verb is done by, where that is not its subject's role: "Y was replaced by
# X": X is the one appointed.
BY_AGENT = {"replace": "appointee", "succeed": "appointee"}
# Types whose direct object is what is said, never who hears it: "announced X as its
# chief", "declared X the winner" (the addressee is "to X": "a speech to X").
SAID_OBJECT = frozenset({"statement"})
# A possessor that says who it is only for some nouns of a type: "X's trial" is X's as
# the defendant, "X's lawsuit" as the plaintiff; "X's investigation", "X's inquiry" or
# "X's ruling" may be either side's (None: no pair).
POSSESSOR_BY_LEMMA: dict[str, str | None] = {
    "lawsuit": "plaintiff", "appeal": "plaintiff", "investigation": None, "probe": None,
    "ruling": None, "verdict": None, "hearing": None, "charge": None, "inquiry": None,
    "inquest": None}


# Verbs after which "on X" is where it was said ("complained on X", "vented on X"), no target
_ON_WHERE = frozenset("complain vent rant post comment write speak".split())


@lru_cache(maxsize=256)
def roles_for(etype: str, roles: tuple[str, ...], lemma: str = "") -> Roles:
    wanted = SUBJECT_BY_LEMMA.get(lemma)
    doer = wanted if wanted in roles else _pick(etype, roles, SUBJECT, AGENTIVE + PATIENT)
    obj = _pick(etype, roles, OBJECT, PATIENT)
    if obj is None and doer in SYMMETRIC:
        obj = doer  # "X met Y": both are participants
    done_to = None if etype in SAID_OBJECT else obj
    positions = BY_LEMMA.get((etype, lemma)) or BY_LEMMA.get(lemma)
    if positions:
        subject, done_to = positions
        doer = subject if subject in roles else None
        done_to = done_to if done_to in roles else None
    possessor = POSSESSOR.get(etype, doer)
    possessor = possessor if possessor in roles else doer
    if lemma in POSSESSOR_BY_LEMMA:
        possessor = POSSESSOR_BY_LEMMA[lemma]
        possessor = possessor if possessor in roles else None
    where = "place" in roles
    by = BY_AGENT.get(lemma, doer if doer not in PATIENT else None)
    return Roles(
        roles, doer, done_to, possessor,
        by if by in roles else None,
        obj if obj in ("recipient", "addressee") else None,
        obj if obj == "addressee" else doer if doer in SYMMETRIC else None,
        doer if doer in ("speaker", "giver", "source") else None,
        done_to if done_to in TARGETED else None,
        None if lemma in _ON_WHERE else done_to if done_to in TARGETED else None,
        done_to if done_to in UNDERGOERS else None,
        # A country before an event of its own (its election) is where it is; before one
        # that happens to someone (its arrest of ...) it is ambiguous: no pair either way.
        None if (where and doer not in AGENTIVE) or etype in POSSESSOR else doer)


def _pick(etype: str, roles: tuple[str, ...], table: dict[str, str],
          names: tuple[str, ...]) -> str | None:
    wanted = table.get(etype)
    if wanted in roles:
        return wanted
    return next((r for r in roles if r in names), None)


class Pairs:
    """(actor id, role) pairs for one event, each actor once, no place."""

    def __init__(self, roles: Roles) -> None:
        self.roles = roles
        self.out: list[tuple[str, str]] = []

    def add(self, actor: str, kind: str, role: str | None) -> None:
        if role is None or role not in self.roles.roles:
            return
        if role == "target" and kind in ("person", "group") and "victim" in self.roles.roles:
            role = "victim"  # "X was gunned down": a person attacked is its victim
        if kind == "place" or any(a == actor for a, _ in self.out):
            return  # a city is where things happen ("Mount X has erupted"), not who does them
        if role in _SOMEONE and kind in ("country", "organization"):
            return  # ("pupils in Ayetoro, Nigeria were arrested": no country is arrested)
        if role == "owner" and kind == "person":
            return  # "gunmen seized X": a person taken, no owner of what was seized
        self.out.append((actor, role))


# -- the built-in reading: the words beside the trigger -----------------------------------
AUXILIARIES = ("has|have|had|was|were|is|are|been|being|be|will|would|could|can|may|might|"
               "should|must|did|does|do|not|never|also|then|later|again|just|already|now|"
               "earlier|yesterday|today|tonight|once|still|"
               "[a-z]+ly|"  # an adverb: "reportedly", "has been fully suspended"
               # "X on June 1 was elected", "X on 1 June was"
               r"on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)|"
               r"on\s+\w+day|last\s+\w+|this\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
               r"(?:\s+(?:morning|afternoon|evening|night))?|"
               # "X is set to close", "X was forced to resign", "prompted X to quit": X does it
               r"(?:(?:set|expected|scheduled|poised|going|preparing|planning|plans?|intends?|"
               r"forced|compelled|obliged|managed|continues?|continued|offer(?:s|ed)?)\s+)?to")
# A character of an apposition or a clause, whose number may hold a comma ("X, which employs
# 15,000 people, was fined"): no comma, semicolon or quotation mark else.
IN_APPOSITION = r"(?:[^,;“”\"]|(?<=\d),(?=\d))"
# (a full stop first ends a name's abbreviation in the sentence: "X Inc. agreed")
# (a body's name and its kind: "The United Automobile Workers union broke off talks")
_SUBJECT_GAP = re.compile(rf"^\.?\)?(?:\s+(?:union|party|group|company|firm|council|committee|"
                          r"movement|alliance|coalition|agency|ministry|airline|club|team))?"
                          # "X and his wife have blamed": X, with someone unnamed
                          r"(?:\s+and\s+(?:his|her|their)\s+(?:wife|husband|partner|son|"
                          r"daughter|family|lawyers?|brother|sister|father|mother))?"
                          rf"\s*(?:(?:{AUXILIARIES})\s*)?"
                          rf"(?:,\s+(?:(?!:){IN_APPOSITION}){{1,120}},\s*"
                          # ("X, who leads a party, the Y Front, called": a clause naming
                          # another, in apposition there)
                          rf"(?:(?<=,\s)[A-Z](?:(?!:){IN_APPOSITION}){{1,60}},\s*)?)?"
                          rf"(?:(?:{AUXILIARIES})\s+)*$", re.IGNORECASE)
# A name in apposition inside a relative clause: "X, who leads a party, Y, called": Y is
# the party, not who called
_IN_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;]{1,80},\s+$")
# One of a set singled out: "X was among the nations that voted", "X is one of two men
# who were charged", "X was the first that signed": the relative clause tells of X.
_SINGLED = r"(?:is|was|are|were)\s+(?:among|one\s+of|the\s+(?:first|only|last|second|third))\b"
_SINGLED_GAP = re.compile(rf"^\s+{_SINGLED}[^,;:]*?\b(?:that|who|which)\s+"
                          rf"(?:(?:{AUXILIARIES})\s+)*$", re.IGNORECASE)
_INCLUDED = re.compile(r",\s+(?:including|among\s+them|such\s+as)\s+(?:the\s+)?$")
# "X said it had shut off power", "X said he had resigned": X, told of by its pronoun
_SAID_IT = re.compile(rf"^(?:,\s+(?:(?!:){IN_APPOSITION}){{1,80}},)?\s+(?:(?:{AUXILIARIES})\s+)*"
                      r"(?:said|says|announced|confirmed|stated|added)\s+(?:on\s+[A-Z]\w+\s+)?"
                      rf"(?:that\s+)?(it|they|he|she)\s+(?:(?:{AUXILIARIES})\s+)*$")
_APPOSITION_END = re.compile(rf"^,\s+(?:(?:{AUXILIARIES})\s+)*$", re.IGNORECASE)
_RELATIVE_GAP = re.compile(rf"^\s*,\s+(who|which)\s+(?:(?:{AUXILIARIES})\s+)*$",
                           re.IGNORECASE)
# Right before a verb, it is passive: "was arrested", "is said to".
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|got|get|gets)\s+(?:(?:\w+ly|today|"
                     r"yesterday|also|later|then|again|now|already|first|just|since|overnight|"
                     r"last\s+night|(?:on\s+|last\s+|this\s+)?(?:" + "|".join(sorted(W.DAYS))
                     + r")(?:\s+(?:"
                     r"morning|afternoon|evening|night))?)\s+)?$",
                     re.IGNORECASE)  # "was today appointed", "was on Thursday arrested",
# "was last Friday jailed"
_PROGRESSIVE = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
# (A possessive or a quantifier before a participle makes it an adjective too: "its
# elected council", "the few elected bodies", "their detained colleagues".)
# (not the end of a name after an apostrophe: "Fusitu'a denied")
_DETERMINER = re.compile(r"(?<![’'])\b(?:the|a|an|those|these|dozen|many|several|more|few|other|"
                         r"its|their|his|her|our)\s+$", re.IGNORECASE)
_BEFORE_VERB = re.compile(rf"\b(?:{AUXILIARIES}|to)\s+$", re.IGNORECASE)
# Verbs that carry a noun's event: "X launched an attack", "X offered condolences".
_LIGHT = re.compile(
    r"\b(?:launch|launche[sd]|launching|open(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|"
    r"conduct(?:s|ed|ing)?|"
    r"stag(?:e|es|ed|ing)|hold|holds|held|holding|make|makes|made|making|issu(?:e|es|ed|ing)|"
    r"offer(?:s|ed|ing)?|give|gives|gave|given|giving|deliver(?:s|ed|ing)?|"
    r"tender(?:s|ed|ing)?|submit(?:s|ted|ting)?|hand(?:s|ed|ing)?\s+in|"  # (a resignation)
    r"fil(?:e|es|ed|ing)(?:\s+for)?|declar(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|"
    r"impos(?:e|es|ed|ing)|initiat(?:e|es|ed|ing)|express(?:es|ed|ing)?|extend(?:s|ed|ing)?|"
    r"send|sends|sent|sending|mount(?:s|ed|ing)?|address(?:es|ed|ing)?|"
    r"pledg(?:e|es|ed|ing)|sign(?:s|ed|ing)?|releas(?:e|es|ed|ing)|publish(?:es|ed|ing)?|"
    r"reach(?:es|ed|ing)?|seal(?:s|ed|ing)?|clinch(?:es|ed|ing)?|finali[sz](?:e|es|ed|ing)|"
    r"complet(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|pass(?:es|ed|ing)?|order(?:s|ed|ing)?|"
    r"(?:go|goes|went|gone|going)\s+on|beg(?:in|ins|an|un|inning)|start(?:s|ed|ing)?|"
    r"(?:break|breaks|broke|broken|breaking)\s+off|resum(?:e|es|ed|ing))\s+"
    # (up to three words of the noun's own phrase: "an emergency meeting", "Chapter 11
    # bankruptcy"; not a clause's: "made it clear that the attack")
    r"(?:(?!(?:that|it|this|to|of|and|or|but|in|on|at|by|for|with|from|who|which|as|than|if|"
    r"when|after|before|into|over|about|against)\b)[\w’'-]+\s+){0,3}$", re.IGNORECASE)
# Who survives or escapes an event is whom it was aimed at: "survived an assassination
# attempt", "escaped an ambush"
_SURVIVED = re.compile(r"\b(?:surviv(?:e|es|ed|ing)|escap(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?"
                       r"(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# A statement that carries what follows it: "a statement condemning X".
_VEHICLE = re.compile(r"\b(?:statement|communiqué|communique|letter|message|declaration)\s+$",
                      re.IGNORECASE)
# "in a speech", "at a press conference": a public address (an event of its own; "in a
# statement" only attributes what follows); the speaker is the subject of the speech verb
# that follows in the sentence.
ADDRESSES = frozenset({"speech", "speeches", "address", "press conference"})
_IN_AN_ADDRESS = re.compile(r"\b(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+"
                            r"(?:[\w-]+\s+)?$", re.IGNORECASE)
_SAID = r"(said|says|stated|states|told|declared|announced|added|warned|insisted|argued)"
_SAID_LATER = re.compile(r"[^.!?“”\"]{0,120}?\b" + _SAID + r"\b")
# "X said in a speech on Monday": the same speaker, told before the address.
_SAID_BEFORE = re.compile(r"\b" + _SAID + r"\s+(?:[\w,]+\s+){0,3}?$")
# (a person noun may stand before the name: "sacked manager X", "arrested journalist X")
# ("sentenced former President X", "arrested former minister X": the title is no obstacle)
# ("agreed to buy rival X", "agreed to acquire X": the firm bought is the deal's other side)
_OBJECT_GAP = re.compile(r"^\s+(?:to\s+(?:buy|acquire|purchase|take\s+over|merge\s+with)\s+)?"
                         r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                         r"(?:(?:(?!(?:by|to|of|for|from|with|in|on|at|and|or)\s)[A-Za-z-]+\s+)"
                         rf"{{0,2}}(?i:{W.PERSON_NOUN}|rivals?|competitors?|users?),?\s+)?$")
# (", X": in apposition)
_POSSESSIVE_AFTER = re.compile(r"[’']s?\s")
_POST_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{W.PERSON_NOUN}|users?)\b")  # "U.S. president"
# ... a person by a title with its employer: "former KB Home Chief Executive X"
_TITLED_OBJECT = re.compile(r"\s+(?:the\s+)?(?:former\s+|ex-)?(?:[A-Z][\w&.’'-]*\s+){1,6}")


def possessive_at(text: str, end: int) -> bool:
    """A name ending at `end` that owns the next noun ("X's lawyer"): the noun is another."""
    return bool(_POSSESSIVE_AFTER.match(text, end))
# After a possessor object, or a name that only modifies the object's noun: the noun, then
# the object's name in apposition ("hired Varn's coach, X", "sued a Norland citizen, X").
_APPOSED = re.compile(r"^(?:[’']s?)?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+$")
# A lower-case noun right after a name makes the name its modifier ("a Norland citizen"):
# not the object when the noun's own name follows. (Words that may follow an object are
# no noun.)
_MODIFIES = re.compile(
    r"\s+(?!(?:on|in|at|for|with|to|from|by|of|over|after|before|during|into|against|as|and|"
    r"but|or|nor|while|because|who|whom|which|that|said|says|last|this|next|again|also|"
    r"yesterday|today|tonight|earlier|later|until|since|when|where|amid|under|near|"
    r"outside|inside|without|than|told|has|had|have|was|were|is|are|will|would|could|"
    r"should|may|might|can|did|does|do|if|so|then|there|here|about|around|across|"
    r"through|via|per|instead|even|only|just|not|never|back|up|down|off|out|home|abroad)"
    r"\b)[a-z][a-z-]*\b(?<!ly)")
# ("the resignation of Justice Minister X": a title between)
_OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?(?:(?:(?!(?:of|and|or|by|to|in|for)\s)[A-Za-z-]+\s+)"
                     rf"{{0,3}}?(?i:{W.PERSON_NOUN})\s+)?$")
_BETWEEN = re.compile(r"\s+(?:(?:broke\s+out|erupted|flared)\s+)?between\s+(?:the\s+)?"
                      r"(?:[a-z][\w-]*\s+){0,3}")
_AND_GAP = re.compile(r"(?:[’']s?)?\s+(?:[a-z][\w-]*\s+){0,2}and\s+(?:the\s+)?")
# The trigger's own preposition, right after it or after one short phrase of its own.
# What an owner's name and the name it owns stand apart by: "Norland's Prime Minister ".
_OWNED_GAP = re.compile(r"[’'‘]s?\s+(?:[\w-]+,?\s+){0,4}$")
# (after a phrase of its own: "on shipping", "in March", "on Monday")
_PREPOSITION = re.compile(r"\s+(?:[a-z]+ly\s+(?=with\s))?"  # ("met separately with X")
                          r"(?:(?:on|in|at|over|about|for)\s+(?:(?:the|a|an)\s+)?"
                          rf"(?:[a-z][\w-]*|{'|'.join(sorted(W.DAYS | W.MONTHS))})\s+)?"
                          r"(on|against|targeting|at|by|to|with|from)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w-]*\s+){0,3}$")  # "with Foreign Minister X"
# A title after a body's name, then the person's: "Varnbank AG CEO X", "Ward Council Member X"
_EMPLOYER_TITLE = re.compile(rf"\s+(?:[A-Z][\w&.’'-]*\s+){{0,3}}?(?:{W.TITLE})\s+")
# Where it happened ("in X", "at X"; "outside X" is not in X; a gap with a clause of its
# own, "who lived in X", says where someone else was): X, a country, takes no other role.
_PLACE_GAP = re.compile(r"^(?:(?!\b(?:who|which|that|whose|where)\b)[^,;:.]){0,40}?"
                        r"\b(?:in|at|near|across|around)\s+(?:the\s+)?"
                        # "in the <country> city of <town>": the town too
                        r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}"
                        r"(?:city|town|village|province|region|state|district)\s+of\s+)?$")
# ("New Zealand's mosques shooting massacre": the mosques are hers, not the massacre)
_POSSESSIVE_GAP = re.compile(r"^[’']s?\s+(?:(?![a-z]+(?<![siu])s\s+[a-z])[a-z]+\s+){0,2}$")
# "Minister for Foreign Affairs X", "Secretary of State X": a person's name after a title
# with a preposition in it is not in the preposition's phrase.
_TITLE_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+(?:for|of|to)\s+(?:the\s+)?(?:[A-Z][\w’'-]*,?\s+)+$")
# A name right after a preposition is in a phrase of its own, not the subject.
# ("a school run by mathematics professor X has been closed", "a bombing in northwestern X
# has killed", "ringleaders of the so-called X were sentenced": X is in the phrase)
# ("employees of Canadian engineering giant X": a word for where it is from before them)
_IN_PHRASE = re.compile(r"\b(?:from|in|of|at|with|for|to|by|on|near|into|across|against|"
                        r"about|over|under|through|between)\s+(?:the\s+)?"
                        r"(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+(?=[a-z]))?(?:[a-z][\w’'-]*\s+){0,2}"
                        # (a third word, "of state mining company X", but a plural's ("of the
                        # major supermarket chains X": X is one of them) nor a clause's
                        r"(?:(?!that\b|who\b|which\b|and\b|or\b|but\b)[a-z][\w’'-]*(?<!s)\s+)?"
                        r"(?:[A-Z][\w.'’-]*,?\s+)*$")
# ... but "the nation of X" is X: the phrase names what the noun before it is.
_NAMED_BY = re.compile(r"\b(?:nation|country|state|kingdom|republic|island|city|town|village|"
                       r"province|region|territory|government|administration)\s+of\s+$",
                       re.IGNORECASE)
# "Members of X", "supporters of X": X's people act as X (not "workers at X": X employs
# them, and is what a strike is against)
_MEMBERS_OF = re.compile(r"\b(?:members|supporters|fighters|militants|activists|delegates|"
                         r"representatives)\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "X of Y", "X from the Y": a person of a body, before it in the sentence
_OF_BODY = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?")
_OF_PLACE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
_SPEAKS_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|tells|added|stated|"
                           r"announced|reported|wrote)\b")
_APPOSED_THE = re.compile(r",\s+(?:the|a|an|its|their|(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?)\s+$")
_APPOSED_TITLE = re.compile(r",\s+((?:[A-Z][\w.-]*\s+){1,3})$")
# Words that open a relative clause: the event in it is background to the sentence.
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|that)\b", re.IGNORECASE)
_OWN_VERB_THEN_MAIN = re.compile(r"\s+(?:[a-z]+ed|struck|hit|shook|swept|tore|left|killed|"
                                 r"began|broke|took|made)\b[^,;:]*\s(?:has|have|had)\s+"
                                 r"(?:\w+ly\s+|now\s+|so\s+far\s+)?$")
# A relative clause that says what the sentence's subject did (`_SINGLED`).
_SINGLED_OUT = re.compile(rf"\b{_SINGLED}[^,;:]*$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:](?=\s)|[(—–]")
# "amid protests", "since the war", "given its alliance with X": the circumstances of what
# the sentence reports.
# ("a year before parliamentary elections": when, not what happened)
_CIRCUMSTANCE = re.compile(r"\b(?:amid|amidst|despite|since|during|ahead\s+of|given|under|"
                           r"(?:days?|weeks?|months?|years?|hours?)\s+before)\s+"
                           r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w’'$.,-]+\s+){0,3}$",
                           re.IGNORECASE)
# A participle right after a plural noun (or a noun phrase with its determiner), with the
# sentence's own verb after it.
_REDUCED = re.compile(r"(?:\b[a-z]{2,}s|\b(?:[Tt]he|[Tt]hose|[Tt]hese|[Tt]wo|[Tt]hree|\d+|several|"
                      r"many|some)\s+(?:[a-z-]+\s+){0,2}[a-z]+)\s+$")
_AUXILIARY_AFTER = re.compile(r"\w+(?:\s+(?:in|at|on|near|from|during|after)\s+(?:the\s+)?"
                              r"[\w-]+)?\s+(?:have|has|had|were|was|are|is|will|would)\b")
_OF_PHRASE = re.compile(r"\b(?:of|including)\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}$")


def verbal_here(text: str, start: int, inflected: bool) -> bool:
    """A verb: an inflected form of the lemma ("the accused", "the injured" are people,
    not verbs), or a bare one after an auxiliary or 'to'."""
    if inflected:
        return not after_determiner(text, start)
    return bool(_BEFORE_VERB.search(text, max(0, start - 20), start))


def after_determiner(text: str, start: int) -> bool:
    """Right after "the", "a", "many"...: a noun ("the accused"), whatever its form."""
    return bool(_DETERMINER.search(text, max(0, start - 20), start))


REACH = 600


def subordinate(text: str, sentence_start: int, start: int, verbal: bool) -> bool:
    """In a relative clause ("an attack that left six wounded", "X, who voted ...", "the
    men arrested were"), in a quotation, or, for a noun, in an "of" phrase under another
    noun ("footage of the attack") or naming the circumstances ("amid protests", "during
    the fire"): told in passing, as background to what the sentence reports. (Read back
    at most `REACH` characters: a "sentence" with no full stop may be a whole article.)"""
    sentence_start = max(sentence_start, start - REACH)
    before = text[sentence_start:start]
    if in_quote(text, sentence_start, start):
        return True
    if verbal and _REDUCED.search(before) and _AUXILIARY_AFTER.match(text, start):
        return True  # "the two children killed have been named": killed describes them
    clause = before[max((m.end() for m in _CLAUSE_START.finditer(before)), default=0):]
    for m in _RELATIVE.finditer(clause):
        if _SINGLED_OUT.search(clause, 0, m.start()):
            continue  # "X was among the nations that voted": what X did is the news
        if verbal and _OWN_VERB_THEN_MAIN.match(clause, m.end()):
            continue  # "the earthquake that struck the valley has killed 412": the relative
            # clause had its verb; the auxiliary starts the main clause again
        if m.group().strip().lower() != "that":
            return True
        preceding = clause[:m.start()].split()
        # "that attack" is a determiner; "said that ..." a complement: the reported event
        # itself, not a relative clause.
        if (clause[m.end():].strip() or verbal) and \
                (not preceding or preceding[-1].lower() not in SAYING):
            return True
    return not verbal and bool(_OF_PHRASE.search(before) or _CIRCUMSTANCE.search(before))


def circumstance(text: str, sentence_start: int, start: int) -> bool:
    """A noun in a phrase that names the circumstances ("amid protests by X", "given X's
    alliance with Y"): told in passing, whoever takes part in it."""
    return bool(_CIRCUMSTANCE.search(text, max(sentence_start, start - 60), start))


def in_quote(text: str, sentence_start: int, start: int) -> bool:
    """Inside a quotation: what someone says happened is a claim of theirs."""
    before = text[sentence_start:start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


@dataclass(frozen=True)
class Quotes:
    """Where a text's quotation marks and blank lines stand: whether a word is in a
    quotation opened before it in its paragraph, by bisection (counting the marks from the
    paragraph's start for every word was quadratic on an article that is one paragraph)."""

    opening: list[int]
    closing: list[int]
    straight: list[int]
    breaks: list[int]  # where each "\n\n" starts ("\n\n\n" has two)

    @classmethod
    def of(cls, text: str) -> Quotes:
        def at(pattern: str) -> list[int]:
            return [m.start() for m in re.finditer(pattern, text)]
        return cls(at("“"), at("”"), at('"'), at(r"\n(?=\n)"))

    def in_paragraph(self, pos: int) -> bool:
        """`in_quote` from the paragraph's start (a quotation may run over sentences)."""
        i = bisect_right(self.breaks, pos - 2)  # (as text.rfind("\n\n", 0, pos))
        start = self.breaks[i - 1] + 1 if i else 0

        def count(marks: list[int]) -> int:
            return bisect_left(marks, pos) - bisect_left(marks, start)
        return count(self.opening) > count(self.closing) or count(self.straight) % 2 == 1


# Verbs whose "that" opens what was said or found, not a relative clause.
SAYING = W.SPEECH_VERBS | frozenset("""believe believes believed think thinks thought fear
fears feared hope hopes hoped learn learned learnt show shows showed shown find finds found
""".split())


def from_words(text: str, start: int, end: int, verbal: bool, r: Roles,
               here: list[Mention], sentence: int = 0) -> list[tuple[str, str]]:
    """(actor id, role) pairs that the words beside the trigger at start..end support
    (`sentence`: where its sentence starts; names further than `REACH` away are read as
    in another sentence, for a "sentence" with no full stop may be a whole article)."""
    pairs = Pairs(r)
    # (`here` is sorted by start; no name is longer than REACH)
    here = [m for m in here[bisect_left(here, start - 2 * REACH, key=itemgetter(0)):
                            bisect_right(here, end + REACH, key=itemgetter(0))]
            if start - REACH <= m[1]]
    before = sorted((m for m in here if m[1] <= start), key=lambda m: -m[1])
    after = sorted((m for m in here if m[0] >= end), key=lambda m: m[0])
    head = start  # where the verb carrying the event stands
    light = None if verbal else _LIGHT.search(text, max(0, start - 60), start)
    vehicle = _VEHICLE.search(text, max(0, start - 30), start) \
        if verbal and text[start:end].endswith("ing") else None
    if vehicle:  # "X issued a statement condemning Y": X condemns
        light = _LIGHT.search(text, max(0, vehicle.start() - 60), vehicle.start())
    address = None if verbal or light or text[start:end].lower() not in ADDRESSES else \
        _IN_AN_ADDRESS.search(text, max(0, start - 30), start)
    said = None if address is None else _SAID_LATER.match(text, end) or \
        _SAID_BEFORE.search(text, max(0, address.start() - 40), address.start())
    if light:
        head = light.start()
    elif said:  # "X, in a speech to Y, stated": the speaker is who states
        head = said.start(1)
        before = sorted((m for m in here if m[1] <= head), key=lambda m: -m[1])
    subject = _subject(text, head, [m for m in before if m[1] <= head], sentence) \
        if verbal or light or said else None
    if subject is None and (verbal or light):
        subject = _shared_subject(text, head, sentence, here)
    if subject is not None and light and r.doer in ("affected", "victim", "deceased"):
        subject = None  # "X declared the outbreak over": X is not who it befell
    survived = None if verbal or subject is not None else \
        _SURVIVED.search(text, max(0, start - 40), start)
    if survived:  # "X survived an assassination attempt": X is who it was aimed at
        aimed = _subject(text, survived.start(), [m for m in before if m[1] <= survived.start()],
                         sentence)
        for actor, kind in aimed[0] if aimed else ():
            pairs.add(actor, kind, r.done_to)
    if subject is not None:
        found, passive = subject
        for actor, kind in found:
            pairs.add(actor, kind, r.done_to if passive else r.doer)
    elif before and not verbal:
        s, e, actor, kind = before[0]
        gap = text[e:start]
        if _POSSESSIVE_GAP.match(gap):  # "X's call", "X's arrest"
            pairs.add(actor, kind, r.country_possessor if kind == "country" else r.possessor)
        elif not gap.strip() and len(before) > 1 and before[1][1] == s - 1 \
                and text[s - 1] in "-–":
            for _s, _e, other, other_kind in (before[1], before[0]):
                pairs.add(other, other_kind, r.with_)  # "the X-Y war": its sides
    by_preposition = {"on": r.on, "against": r.against, "targeting": r.against,
                      "at": r.against, "by": r.by, "to": r.to, "with": r.with_,
                      # ("a statement from X": X speaks; "demanded from X": X is asked)
                      "from": None if verbal and r.from_ == r.doer else r.from_}
    sides = [m for m in after if m[3] != "place"][:2]
    if r.with_ is not None and r.with_ == r.doer and len(sides) == 2 and \
            _BETWEEN.fullmatch(text, end, sides[0][0]) and \
            _AND_GAP.fullmatch(text, sides[0][1], sides[1][0]):
        # "a clash between border guards of X and Y", "talks between X and the Y": its sides
        for _s, _e, actor, kind in sides:
            pairs.add(actor, kind, r.with_)
        after = [m for m in after if m[0] > sides[1][0]]
    owner_end = -1  # "hired Varn's chief, Ilse Damaro": Varn owns the object, she is it
    joined: tuple[int, str | None] | None = None  # (where the last one taken by a preposition
    # ends, its role): "met with X and Y" meets Y too
    for s, e, actor, kind in after:
        if joined is not None and kind != "place" and _AND_GAP.fullmatch(text, joined[0], s):
            pairs.add(actor, kind, joined[1])
            joined = (e, joined[1])
            continue
        joined = None
        gap = text[end:s]
        if verbal and kind == "person" and _TITLED_OBJECT.fullmatch(gap) and any(
                gap.rstrip().endswith(" " + title) for title in W.TITLES) \
                and not _POSSESSIVE_AFTER.match(text, e):  # (not "told Professor X's lawyer")
            pairs.add(actor, kind, r.done_to)  # "found former X Chief Executive Y guilty"
        elif verbal and _OBJECT_GAP.match(gap):
            # "hired Varn's coach, X"; "sued a Norland citizen, X": the one named in
            # apposition is the object ("blamed Norland policies": Norland is meant).
            if _POSSESSIVE_AFTER.match(text, e) or (_MODIFIES.match(text, e) and any(
                    _APPOSED.match(text[e:m[0]]) for m in after if m[0] > e)):
                owner_end = e
                continue
            if kind in (*PLACES, "organization") and (
                    _POST_AFTER.match(text, e) or any(
                        _EMPLOYER_TITLE.fullmatch(text, e, m[0]) for m in after if m[0] > e)):
                continue  # "was elected U.S. president": the post's country, no winner;
                # "sentenced Varn user X": the one who uses it; "elected Sixth Ward Council
                # Member X": X, the body only in her title
            pairs.add(actor, kind, r.done_to)
        elif owner_end >= 0 and _APPOSED.match(text[owner_end:s]) and \
                not _SPEAKS_AFTER.match(text, e):  # ("…targets, X said": who says it)
            pairs.add(actor, kind, r.done_to)
            owner_end = -1
        elif _OF_GAP.match(gap) and not verbal:
            pairs.add(actor, kind, r.of)  # "the arrest of X", not "the arrest of X's son"
        elif kind in PLACES and _PLACE_GAP.match(gap):
            continue  # where it happened: no pair
        else:
            # "an attack on X", "talks on trade with X": a preposition of the trigger's own
            prep = _PREPOSITION.match(gap)
            owned = None if prep is None else next(
                (m for m in after if m[0] > e and m[3] in ("person", "organization")
                 and _OWNED_GAP.match(text[e:m[0]])), None)
            if prep and owned is not None:
                # "met with Norland's Prime Minister X", "a lawsuit against Varn's port
                # authority X": the one named after the owner
                pairs.add(owned[2], owned[3], by_preposition[prep.group(1).lower()])
            elif prep:
                role = by_preposition[prep.group(1).lower()]
                # "proceedings against Varnbank AG CEO X": X, whose employer qualifies her title
                titled = next((m for m in after if m[0] > e and m[3] == "person"
                               and _EMPLOYER_TITLE.fullmatch(text, e, m[0])), None) \
                    if kind in ("organization", "country") else None
                if titled is not None:
                    _s, e, actor, kind = titled
                pairs.add(actor, kind, role)
                joined = (e, role)
    return pairs.out


# "X called the vote a farce and demonstrated": the verb after "and" shares the subject
# of the sentence's first verb.
_AND_BEFORE = re.compile(rf",?\s+and\s+(?:(?:{AUXILIARIES})\s+)*$", re.IGNORECASE)
_AND_BARE = re.compile(r"\band\s+$")  # "and charged": no auxiliary of its own
# The sentence's first verb in the passive: "X was detained", "X has been arrested"
_PASSIVE_FIRST = re.compile(r"\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:\w+ly\s+)?"
                            r"[a-z]+(?:ed|en)\b")
# After a participle, no object: "charged with", "released on bail", "charged."
_NO_OBJECT = re.compile(r"\s*(?:[,.;:]|$|\s(?:with|by|to|in|on|for|as|after|at|over|under|"
                        r"from|into|without|and|last|yesterday|today)\b)")
_FIRST_VERB = re.compile(r"\s+(?:(?:has|have|had|also|then|later|reportedly|jointly)\s+)*"
                         r"(?:[a-z]+(?:ed|s)|met|won|led|held|told|made|took|gave|spoke|left|"
                         r"went|came|began|ran|fought|sent|brought|found|lost|struck|shot)\b")
_TITLED_OPENING = re.compile(r"[\s\"“‘']*(?:(?:[A-Z][\w.’'-]*|the|of|for)\s+)*")
_OTHER_CLAUSE = re.compile(r"[;:()]|\b(?:who|which|whom|whose|that|but|while|because|"
                           r"although|after|before|when|if)\b")


def _shared_subject(text: str, verb: int, sentence: int, here: list[Mention],
                    ) -> tuple[list[tuple[str, str]], bool] | None:
    """The subject the verb shares with the sentence's first verb across "and": the name
    that opens the sentence, right before that verb, with no other clause in between."""
    if not _AND_BEFORE.search(text, max(sentence, verb - 60), verb) or \
            _PROGRESSIVE.match(text, verb):  # ("and making statements": a participle)
        return None
    for start, end, actor, kind in sorted(here):
        if end >= verb or not _TITLED_OPENING.fullmatch(text, sentence, start):
            return None  # the sentence does not open with the name (or its title)
        opened = _FIRST_VERB.match(text, end)
        if opened is not None:
            if _OTHER_CLAUSE.search(text, opened.end(), verb):
                return None
            # ("X won it and was nominated twice": X is nominated)
            if PASSIVE.search(text, max(sentence, verb - 30), verb):
                return [(actor, kind)], True
            if _PASSIVE_FIRST.match(text, end) and _AND_BARE.search(text, max(sentence, verb - 8),
                                                                      verb):
                # "X was detained by Y and charged with Z": charged too; "X was elected and
                # thanked voters" may be either: no one
                if _NO_OBJECT.match(text, verb + len(text[verb:].split(None, 1)[0])):
                    return [(actor, kind)], True
                return None
            return [(actor, kind)], False
    return None


def _apposed_title(text: str, start: int) -> bool:
    """A title opens the apposition before the name at `start`: "The force's spokesman,
    ACP X, announced"."""
    found = _APPOSED_TITLE.search(text, max(0, start - 40), start)
    return found is not None and _titled_words(
        [w if w in W.TITLES else w.rstrip(".") for w in found.group(1).split()])


def _titled_words(words: list[str]) -> bool:
    """No words, or a title with what may stand before it: "South Korean President"."""
    return not words or words[-1] in W.TITLES and all(
        w in W.TITLES or w in W.TITLE_MODIFIERS or w in W.DEMONYMS or w in W.DIRECTIONS
        for w in words[:-1])


def _subject(text: str, verb: int, before: list[Mention], sentence: int = 0,
             ) -> tuple[list[tuple[str, str]], bool] | None:
    """The actor(s) right before the verb with nothing but auxiliaries, adverbs or an
    apposition between ("X and Y have protested", "X, who has ...", "X, the
    head of Y, resigned": X, past the Y inside the apposition), and whether the verb is
    passive."""
    ends = {m[1] for m in before}
    for n, (start, end, actor, kind) in enumerate(before[:3]):
        gap = text[end:verb]
        if n and before[n - 1][3] in PLACES and _OF_PLACE.fullmatch(text, end, before[n - 1][0]):
            gap = text[before[n - 1][1]:verb]  # "X of Norland has been banned": X
        # A name right after another name ends a title: "the President of Norland Osric
        # Pell" is Pell, not in the phrase "of Norland".
        titled = any(text[e:start].isspace() for e in ends if e < start) or (
            kind == "person" and bool(_TITLE_BEFORE.search(text, max(sentence, start - 60),
                                                          start)))
        # "its chief, Osric Pell, resigned": the name in apposition is the subject too.
        # "Critics, including X, accused": X is one of them.
        # "The regional bloc, the Coastal States Union, condemned": so is a name in
        # apposition with its article (or an honorific: "The minister, Dr X, resigned").
        apposed = _APPOSITION_END.match(gap) and not _IN_RELATIVE.search(
            text, max(sentence, start - 100), start) and (text[max(0, start - 2):start] == ", " or
                                                  _INCLUDED.search(text, max(0, start - 30),
                                                                   start) or
                                                  _APPOSED_THE.search(text, max(0, start - 8),
                                                                      start) or
                                                  _apposed_title(text, start))
        # "a spokeswoman for the Party, which uncovered": "which" is the organisation named
        # right before it, in a phrase or not ("who" the person); a place may be where the
        # thing "which" stands for happened ("an attack in Varn, which killed").
        relative = _RELATIVE_GAP.match(gap)
        antecedent = relative is not None and kind == (
            "organization" if relative.group(1).lower() == "which" else "person")
        found = [(actor, kind)]
        for other in before[n + 1:]:  # "X and Y": both are the subject
            if other[2] == found[-1][0] and text[other[1]:start] == " (":
                start = other[0]  # "Y (ACR)": Y's name before its acronym
                continue
            # ("X, Y, and Z were detained": a comma before the others once "and" is met)
            joint = re.fullmatch(r"\s*,?\s*and\s+(?:the\s+)?((?:[A-Z][\w.-]*\s+)*)",
                                 text[other[1]:start]) or (
                len(found) > 1 and re.fullmatch(r",\s+()", text[other[1]:start]))
            if not joint or not _titled_words(joint.group(1).split()):
                break  # ("X and South Korean President Y met": a title before Y)
            found.append((other[2], other[3]))
            start = other[0]
        # ... unless the first of them is in a phrase: "services between X and Y have been"
        told = _SAID_IT.match(gap)
        if told and (told.group(1) in ("he", "she")) != (kind == "person"):
            told = None  # ("X said they": a person's "they" may be others)
        if n + 1 < len(before) and kind in ("organization", "group") and \
                before[n + 1][3] == "person" and _OF_BODY.fullmatch(
                    text, before[n + 1][1], start) and _SUBJECT_GAP.match(gap):
            # "Detective X of Calder Police condemned", "Ann Berg of the Tarn Institute
            # criticised": the person, of the body
            return [(before[n + 1][2], "person")], bool(PASSIVE.search(gap)) and \
                not _PROGRESSIVE.match(text, verb)
        if (_IN_PHRASE.search(text, max(sentence, start - 60), start) and not titled
                and not _NAMED_BY.search(text, max(sentence, start - 30), start)
                and not _MEMBERS_OF.search(text, max(sentence, start - 40), start)
                and not antecedent) or not (_SUBJECT_GAP.match(gap) or relative or apposed
                                            or _SINGLED_GAP.match(gap) or told):
            continue
        # "was arrested" is passive; "is investigating", "is appealing" only progressive.
        return found, bool(PASSIVE.search(gap)) and not _PROGRESSIVE.match(text, verb)
    return None
