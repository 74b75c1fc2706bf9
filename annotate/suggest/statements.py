"""Claims sentence by sentence, scored by what makes a statement worth checking.

Numbers and quantities, comparisons, causes, named actors doing things, and statements
attributed to someone make a sentence check-worthy; value judgements, predictions and
questions do not (they are still offered, marked not check-worthy, ranked last). The
claimant comes from the attribution: "X said", "said X", "according to X", a quote
followed by "X said", a pronoun pointing back at the last person named; where it names
one, the claim is what was said, not the sentence that reports it (`said`).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from annotate.article import Article, Segment
from annotate.suggest import roles as R
from annotate.suggest import words as W
from annotate.suggest.base import ClaimSuggestion
from annotate.suggest.text import Story, first_letters, inside, opening_letters, word_starts

_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                 "thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|"
                 "billion|billions|trillion|dozen|dozens|half|quarter|percent|per\\s+cent")
_QUANTITY = re.compile(rf"[£$€¥%]|\b\d[\d,.]*\b(?!:)|\b{first_letters(_NUMBER_WORDS)}\b",
                       re.IGNORECASE)
_YEAR_OR_TIME = re.compile(r"^(?:1[89]\d\d|20\d\d)$|^\d{1,2}[:.]\d\d$")
_COMPARISON = re.compile(r"\b" + first_letters(
    "more|less|fewer|than|most|least|largest|biggest|highest|lowest|worst|best|harshest|"
    "deadliest|greatest|strongest|oldest|youngest|longest|richest|poorest|fastest|first|only|"
    "record|top|main|majority|minority|double|doubled|tripled|half") + r"\b", re.IGNORECASE)
# ("is due to appear in court" is a schedule, no cause)
_CAUSAL = re.compile(r"\b" + first_letters(
    r"because|caused|causing|cause|led\s+to|lead\s+to|due\s+to(?!\s+(?:appear|be|start|begin|"
    r"open|reopen|arrive|meet|return|resume|end|close|launch|finish|leave|attend|face|stand|"
    r"sign|vote|hold|give|speak|publish|release|expire|retire|travel|fly|land|play|take)\b)|"
    r"as\s+a\s+result|sparked|blamed|blaming|responsible\s+for|resulted\s+in") + r"\b",
    re.IGNORECASE)
# Only the future: "may have been", "could not" are hedged facts, still worth checking.
_PREDICTION = re.compile(r"\b(?:will|would)\b(?!\s+(?:not\s+)?have\b)|\b(?:expected|plans?|"
                         r"likely|set|going)\s+to\b|\bprobably\b|\bforecasts?\b|\bexpects?\b",
                         re.IGNORECASE)
# A verb of something done: "has cancelled", "was arrested", "resigned"
_DONE = re.compile(r"\b(?:has|have|had|was|were)\s+(?:been\s+)?[a-z]+(?:ed|en)\b|"
                   r"\b(?!(?:expected|planned|scheduled|set)\b)[a-z]{3,}ed\b")
# A police appeal ("Anyone with information is asked to call ..."), and who would not say
# anything ("declined to comment", "declined to say whether a ransom was paid"): nothing a
# fact-checker could check
_APPEAL = re.compile(r"\b(?:anyone|those|people)\s+with\s+(?:any\s+)?information\b|"
                     r"\b(?:declined|refused|would\s+not|did\s+not|wouldn[’']t)\s+(?:to\s+)?"
                     r"(?:say|confirm|disclose|reveal|specify)\s+(?:whether|if|how|what|who|"
                     r"why|when|where)\b|"
                     r"\b(?:declined|refused|unavailable|not\s+available|could\s+not\s+be\s+"
                     r"reached)\s+(?:immediately\s+)?(?:to|for)\s+(?:immediate\s+|further\s+)?"
                     r"comment|\b(?:has|have|had|did)\s+not\s+(?:yet\s+|publicly\s+)?"
                     r"(?:commented|responded|replied)\b\W*$|\bdid\s+not\s+(?:immediately\s+)?"
                     r"(?:respond|reply)\s+to\s+(?:a\s+)?requests?\s+for\s+comment",
                     re.IGNORECASE)
_OPINION = re.compile(r"\b(?:I|we|our|us)\b.*\b(?:think|believe|need|should|must|hope|feel|"
                      r"want)\b|\b" + first_letters(
                          r"far\s+better|unacceptable|astonishing|outrageous|disgraceful|"
                          r"shameful|wonderful|terrible|excellent|it\s+is\s+important|"
                          r"it\s+is\s+impossible\s+to\s+justify") + r"\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:\w{3,}ed|has|have|had|was|were|is|are|said|says|told|made|took|"
                     r"won|lost|found|gave|came|went|became|began|left|held|met|shot|hit|"
                     r"fell|rose|sold|bought|brought|fought|led|ran|saw|sent|set|spent|"
                     r"stood|struck|built|died|dies|fled|sued|lied|tied|wed|hid|quit|cut|put)\b")
_SPEECH = ("said|says|say|told|tells|tell|added|adds|stated|states|announced|announces|"
           "declared|declares|claimed|claims|claim|insisted|insists|argued|argues|warned|warns|"
           "explained|explains|confirmed|confirms|denied|denies|wrote|writes|alleged|allege|"
           "alleges|asserted|asserting|asserts|indicated|indicates|acknowledged|admitted|"
           "reported|reportedly|suggested|suggest|suggests|estimated|estimates|noted|notes|"
           "stressed|replied|touted|commented|reports|report|saying|telling|claiming|stating|"
           "alleging|insisting|accused|accuses|maintained|maintains|advised|advises|insist|"
           "deny|confirm|admit|warn|argue|estimate|indicate|maintain|cautioned|cautions|"
           "testified|testifies|tweeted|tweets|conceded|concedes|disputed|disputes|revealed|"
           "reveals|disclosed|discloses|emphasized|emphasised|emphasizes|emphasises|reiterated|reiterates|"
           r"informed|informs|pointed\s+out|points\s+out|remarked|remarks|lamented|laments|"
           r"quipped|quips|retorted|retorts|countered")
# Case-sensitive: "States" in "United States" is no speech verb.
# ("The regulator found that": what a finding says; not "police found a body")
# (not a noun: "The report said", "the claims were false")
# (its first letters looked at first: the eight looks behind were tried at every word)
_CUE = re.compile(rf"\b(?=[Aa{opening_letters(_SPEECH)}fr])(?:[Aa]ccording\s+to|"
                  r"(?<!\bthe\s)(?<!\bThe\s)(?<!\ba\s)(?<!\bA\s)"
                  rf"(?<!\bits\s)(?<!\btheir\s)(?<!\bthis\s)(?<!\bThis\s)(?:{_SPEECH})|"
                  r"found(?=\s+that\b)|"
                  r"read(?=:\s*[“\"]))\b")  # ("A statement on X's website read: “…”")
_QUOTE = re.compile(r"[“\"][^”\"]{12,}[”\"]")
# A name before a noun that owns what follows: "the <city> prosecutor's office".
_MODIFIER = re.compile(r"\s+[a-z][\w-]*[’']s\b")
_POSSESSOR = re.compile(r"[’']s?\s")  # "X's chief Y said": Y speaks
# ... but "X's statement says", "X's official tally says": X does.
_PORTFOLIO = r"(?:foreign|defen[cs]e|interior|health|finance)"  # a state's ministry's
_OWN_WORDS = re.compile(r"[’']s?\s+(?:official\s+)?(?:statement|report|tally|figures|website|"
                        r"spokes(?:man|woman|person)|office|government|military|army|navy|"
                        # ("Varnland's foreign ministry said": the state's)
                        rf"cabinet|{_PORTFOLIO}\s+ministry)\s+"
                        rf"(?:(?:has|have|had|also)\s+)*(?:{_SPEECH})\b")
# "according to X's official Twitter account", "X's website": X says it
_CHANNEL = re.compile(r"[’']s?\s+(?:official\s+)?(?:[A-Z]\w+\s+)?(?:account|page|feed|website|"
                      r"site|blog|statement|report|figures|data|tally)\b")
# "Meridal's Africa director said", "its chief executive said", "X's CFO said": a body's
# unnamed official speaks for it (not a person's: "X's lawyer said" is the lawyer's)
_OWN_TITLE = re.compile(rf"[’']s?\s+(?:[\w-]+\s+){{0,3}}?(?:(?i:{W.PERSON_NOUN})s?)\s+"
                        r"(?:(?:has|have|had|also)\s+)*$")
_ITS_TITLE = re.compile(rf"\b(?:its|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){{0,3}}?(?:{W.PERSON_NOUN}s?)"
                        r"\s+(?:(?:has|have|had|also)\s+)*$")
_TITLE_NEXT = re.compile(rf"\s+(?:[A-Z][\w-]*\s+)?(?:{W.TITLE})\s+[A-Z]")
_SAID_TITLE = re.compile(r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}[\w’'-]+,\s+"
                         r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?")  # ("said his lawyer, Mr X")
_SPOKESMAN_FOR = re.compile(r"\s+(?:a|an|the)\s+(?:spokes(?:man|woman|person)|official|"
                            r"representative)\s+(?:for|of|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}")
_NOT_JOBS = ("(?:after|under|over|later|earlier|never|ever|either|neither|whether|rather|other|"
             "another|together|however|further|her|their|our|your|nor|for|per)")
# "said policeman X", "said rescue coordinator Colonel X": a job, then a title at most
# (a job's ending, not a word's: "said after", "said further")
# ("says Kelda village resident X": a place's)
_NOUN_TITLE = re.compile(rf"\s+(?:an?\s+)?(?:[A-Z][\w-]+\s+){{0,2}}(?:[a-z\d][\w-]*\s+){{0,2}}"
                         rf"(?:{W.PERSON_NOUN}|"
                         rf"(?!{_NOT_JOBS}\b)[a-z]{{3,}}(?:or|er|ist|ian|ic|ant|ent))\s+"
                         rf"(?:(?:{'|'.join(map(re.escape, W.TITLES))})\s+)?")
# "says Varn Red Cross' X", "said Varnco's chief executive X": her employer's, then her
_OWNER_GAP = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*[’']s?\s+"
                        r"(?:[a-z][\w-]*\s+){0,3}")
# "said state Premier X", "said deputy Prime Minister X": a title after words in lower case
_LOWER_TITLE_GAP = re.compile(rf"\s+(?:(?!(?:that|whether|if|how|when|as|and|but|to|on|in|"
                              rf"of|by|for)\b)[a-z][\w-]*\s+){{1,2}}(?:(?:{W.TITLE})\s+)+")
# "said a baffled X", "said a clearly angry X": how she spoke
_MOOD = re.compile(r"\s+(?:a|an)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|ful|ous|ive|ic|al|ent|ant)\s+")
_AND = re.compile(r",?\s+and\s+(?:the\s+)?")
# (past a possessor: "X of Norland's Bureau of Ports said")
# (and past an adjective: "X of the provincial Bureau of Protection said")
_OF = re.compile(r",?\s+(?:of|from|at)\s+(?:the\s+)?"
                 r"(?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s?\s+)?"
                 r"(?:(?:provincial|regional|national|local|federal|state|municipal|city|"
                 r"county|district|central)\s+)?")
# A name in a phrase on something the subject did, right before the verb: not its subject
_TOWNS_NOUN = re.compile(r"\s+(?:[A-Z][\w.’'-]*\s+){1,2}(?:[a-z-]+\s+){1,3}")
_IN_A_PHRASE = re.compile(r"\b(?:on|against|about|over|with|toward|towards|"
                          r"(?:news|media|press)\s+reports\s+(?:from|out\s+of))\s+"
                          # ("news reports from X said": from where, no one named)
                          r"(?:(?!(?:after|before|when|while|as|because|since|until|if|that|"
                          r"and|but|or)\b)[\w’'.-]+\s+){0,5}$")
_IN_BEFORE = re.compile(r"\s+in\s+(?:the\s+)?$")
_WITH_BEFORE = re.compile(r"\bwith\s+$")
# A sentence that only says who spoke: "X's MP Y asked Z."
_TAG_ONLY = re.compile(r"[^“”\"]{0,80}?\b(asked|said|says|added|told|wondered|questioned)"
                       r"(?:\s+[\w’'.-]+){0,3}[.!]?")
# (but "The spokeswoman of the X Ministry stated": the ministry speaks through her)
_SOMEONE_OF = re.compile(r"\W*(?:The|A|An|Its|Their)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?!spokes|officials?\b|representative|officer|source)"
                         rf"{W.PERSON_NOUN}\s+(?:of|at|for)\s+(?:the\s+)?")
# After "X of the Y": its kind ("police"), a comma, then the verb
_OF_BODY_GAP = re.compile(r"(?:\s+[a-z]+)?\s*,?\s*(?:(?:has|have|had|also|later|then)\s+)*")
_IN_PLACE_GAP = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?")
_UNNAMED_AND = re.compile(r"\s+(?:the\s+)?[a-z]+\s+and\s")
_VIA = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:report|statement|study|survey|"
                  r"press\s+release)\s+(?:(?:released|published|issued|made|given|sent)\s+"
                  r"(?:to\s+[^,;:“”\"]{1,60}?\s+)?by)\b")  # ("… given to the AP by X")
# "according to BP chief executive X", "according to a BP official, X": the person the
# title is for, not the company.
_TITLE_GAP = re.compile(r"(?:[’']s)?\s+(?:[A-Za-z.-]+\s+){0,3}[A-Za-z.-]+,?\s+|"  # ("Col.")
                        r"[’']s?\s+")  # ("says Varn Red Cross' X": her employer's)


_AND_OTHER = re.compile(rf"\band\s+(?!(?:{W.TITLE}|"
                        rf"{W.PERSON_NOUN})\b)", re.IGNORECASE)


def _titled(text: str, after: list) -> tuple[int, int, str, str]:
    """The first name after the cue, or the person its title leads to."""
    first = after[0]
    if len(after) > 1 and first[3] != "person" and after[1][3] == "person" and \
            _TITLE_GAP.fullmatch(text, first[1], after[1][0]) and \
            not re.search(r"\b(?:or|in|of)\b", text[first[1]:after[1][0]]) and \
            not _AND_OTHER.search(text, first[1], after[1][0]):
        return after[1]  # (but "said Varnco Chairman and CEO X": one person's two titles)
    return first


_UNCLOSED = re.compile(r",\s+(?:(?:the|a|an)\s+)?[^,;:“”\"]{1,60}?\s+(?:of|for|at)\s+")
# ... or one with no "of" whose closing comma was left out: "X, a former Y commander said"
_MEDIA_OF = re.compile(r"(?:[’']s)?\s+(?:state\s+|public\s+)?(?:radio|television|TV|newspaper|"
                       r"broadcaster|channel|station)\b")
# ... and a job before the name said: "C, said the navy spokesman, Capt. X"
_JOB_APPOSED = re.compile(rf"\s+(?:(?:the|its|their)\s+)?(?:[\w’'-]+\s+){{0,4}}?{W.PERSON_NOUN}"
                          r"(?:\s+(?:in|of|at|for)\s+[^,;:“”\"]{1,50}?)?,\s*")  # ("says police
# chief in the Oslo police district, X")
_UNCLOSED_JOB = re.compile(rf",\s+(?:the|a|an)\s+[^,;:“”\"]{{0,60}}?\b{W.PERSON_NOUN}\s+")
_APPOSED = re.compile(r",\s*(?:(?:has|had|have|also|later|then)\s+)*")  # the end of a name in
# apposition: "its chief, Y, said", "the first witness, Y, had testified"
# A sentence that opens with its subject (a title or a time before the name at most), and a verb
# phrase of that subject joined by "and" to the speech verb.
_OPENS = re.compile(r"\s*(?:[\w’'.-]+,?\s+){0,4}")
# ... but not whom the speaker spoke to: "Speaking to Varn Radio, X defended it, saying"
_SPOKEN_TO = re.compile(r"\b(?:[Ss]peaking|[Tt]alking|[Ww]riting)\s+(?:to|with|in|on)\s+"
                        r"(?:the\s+)?$")
# ... and the gap after whom: "Speaking to Varn Radio on Monday, Prime Minister X"
_HEARD_GAP = re.compile(r"(?:\s+(?:on|in|at|from|last|this)\s+[\w ]{1,30}?)?,\s+"
                        r"(?:[A-Z][\w.’'-]*\s+){0,3}")
# A verb before the name: it is the object ("Soldiers detained President X and announced")
_VERB_BEFORE = re.compile(r"\b[a-z]{3,}ed\b")
# (past a short quotation, the comma maybe inside it: "praised it as a “brilliant
# operation,” saying")
_THEN_SAYING = re.compile(r"(?:[^;:“”\"]|“[^“”]{1,60}”|\"[^\"]{1,60}\"){1,120}?"
                          r"(?:,\s+|“[^“”]{1,60},”\s+|\"[^\"]{1,60},\"\s+)")
# (a short quotation inside the verb phrase: "X called the result “a clear demand” and said";
# "X welcomed the move but warned"; "X, 61, called")
_AND_THEN = re.compile(r",?\s+(?:\d{1,3},\s+)?[a-z]"
                       r"(?:[^,;:“”\"]|“[^“”]{1,60}”|\"[^\"]{1,60}\"){0,80}?,?\s+(?:and|but)\s+"
                       r"(?:then\s+|also\s+|later\s+)?")  # ("X could not say whether Y, but said")
# After "according to", a comma ends the source unless a person noun stands before it
# ("according to the company's spokesman, X"; not "the election commission, X won").
_SOURCE_GAP = re.compile(rf"[^,]*|.*\b(?i:{W.PERSON_NOUN}),\s+")  # ("… Deputy Commissioner, X")
# Speech verbs that may come before their speaker ("said Smith", "added the minister");
# after the others a name is what was told, declared or denied ("told Reuters").
_INVERTED = frozenset("said says added adds wrote writes explained explains noted notes "
                      "stated states continued argued argues warned warns insisted commented "
                      "reports claims claimed tweeted tweets replied stressed cautioned "
                      "conceded reiterated emphasized emphasised remarked lamented quipped "
                      "retorted countered".split())
# ... nor "a group that claimed leader X had formed": a relative clause's verb, what follows
# it is what was claimed
_RELATIVE = re.compile(r"\b(?:that|who|which)\s+$")
_WHO = re.compile(r",\s+who\s+(?:(?:has|have|had|also|later|then)\s+)*$")
_APPOSITION_BEFORE_WHO = re.compile(rf"(?:,\s+(?:(?!:){R.IN_APPOSITION}){{1,80}})?")
_PRONOUN = re.compile(r"\b(he|she|it)\s*$|^\s*(he|she)\b", re.IGNORECASE)
# ... past an aside: "He, however, noted", "She, for her part, said"
_PRONOUN_ASIDE = re.compile(r"\b(he|she|it),\s+(?:however|though|meanwhile|too|in\s+turn|"
                            r"for\s+(?:his|her|its)\s+part),\s+(?:also\s+)?$", re.IGNORECASE)
_APPOSITION_GAP = re.compile(rf",\s*{R.IN_APPOSITION}{{1,120}}"
                             # ("X, an official in the district of Y, the site of it, told")
                             rf"(?:,\s*(?:the|a|an)\s+{R.IN_APPOSITION}{{1,80}})?,\s*"
                             r"(?:(?:has|have|had|also|later)\s+)*")
# (past a bracketed acronym or ticker: "the X (ACR) said", "X Inc. (NYSE: XI) said")
# (after the name: "**X** said" has Markdown's bold)
_SUBJECT_GAP = re.compile(r"^\**\)?\.?(?:\s+\((?:[A-Z][\w&.]{1,9}|[A-Z][A-Za-z ]{1,15}:\s*"
                          # ("X (KAY'-sik) says", "X (D-Calif.) said": how to say it, a party)
                          r"[A-Z][\w.]{0,6}|[A-Z][\w.’'-]{0,15})\))?(?:[’']s)?(?:\s+(?:official\s+|news\s+|"
                          # ("the X militant group in a statement claimed")
                          r"(?:militant|rebel|armed|extremist|jihadist|Islamist|terror)\s+|"
                          rf"{_PORTFOLIO}\s+)?"
                          r"(?:team|agency|ministry|party|group|government|union|alliance|police|"
                          r"military|army|navy|cabinet|"
                          r"coalition|movement|campaign|militia|organi[sz]ation|council|"
                          r"committee|foundation|institute|network|bank|airline|board|"
                          r"company|firm|spokes(?:man|woman|person)|officials?|statement|"
                          r"report|tally|figures|website|office|radio|television|newspaper|"
                          r"broadcaster|channel|station))?"
                          rf"\s*(?:,\s+{R.IN_APPOSITION}{{1,80}},\s*)?(?:(?:has|have|had|also|"
                          r"does|did|later|further|then|previously|once|had\s+earlier|today|yesterday|"
                          r"(?:soon|shortly)\s+after(?:wards)?|subsequently|immediately|"
                          r"quickly|swiftly|promptly|initially|officially|always|repeatedly|"
                          r"long|consistently|again|recently|"
                          # "X on Monday said", "X last month said"
                          rf"{W.WHEN_SAID}|"
                          # "X in a separate statement said", "X in an interview said"
                          r"in\s+(?:a|an|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:statement|"
                          r"interview|letter|email|e-mail|post|tweet|speech)|"
                          # "X when briefing the media at a press conference noted"
                          r"(?:when|while)\s+(?:briefing|addressing|speaking\s+to|"
                          r"talking\s+to)\s+(?:the\s+)?(?:media|reporters|journalists|press|"
                          r"newsmen|parliament|lawmakers)(?:\s+(?:at|in|on)\s+(?:a|an|the)\s+"
                          r"(?:[a-z-]+\s+){0,2}?(?:conference|briefing|meeting|rally|event))?)"
                          r"\s+)*"
                          # "X responded by saying", "X went on to say", "X is quoted as
                          # saying": X says it
                          r"(?:(?:responded|replied|reacted)\s+by\s+|went\s+on\s+to\s+|"
                          r"(?:is|was)\s+quoted\s+as\s+)?"
                          # "X issued a statement saying": X says it
                          r"(?:(?:issued|released|put\s+out|published|made)\s+(?:a|an)\s+"
                          r"(?:[\w-]+\s+)?(?:statement|communiqué|communique|press\s+release|"
                          r"announcement)\s*,?\s*)?$")


def suggest(art: Article, story: Story, mentions: list[tuple[int, int, str, str]],
            names: list[tuple[int, int]]) -> list[ClaimSuggestion]:
    """`mentions`: (start, end, actor id, type) of tagged actors; `names`: spans of other
    names the recommender found (named entities make a statement specific)."""
    text, out = art.text, []
    quote_claimant: str | None = None
    still_open = False  # a quotation the sentence before left open
    # the last person (or speaker), and organisation, named: "he", "it"
    last: dict[str, str] = {}
    mentions = sorted(mentions)
    starts = [m[0] for m in mentions]
    speakers = {m[2] for m in mentions if m[3] == "person"}
    firms = {m[2] for m in mentions if m[3] == "organization"}
    last.update(_demonyms({text[m[0]:m[1]]: m[2] for m in mentions if m[3] == "country"},
                          text))
    last.update(_sexes(text, mentions))
    name_starts = sorted(s for s, _ in names)
    for i, seg in _clauses(text, story.sentences):
        sentence = text[seg.start:seg.end]
        here = inside(mentions, starts, seg.start, seg.end)
        if sentence.rstrip().endswith("?") or len(sentence.split()) < 5 and not _counted(
                sentence):
            # a question, a fragment; but "The measure passed 74-24." is a claim ("X said:
            # “Did you know? It is…”": whose quotation goes on)
            if _in_quotation(text, seg.start + len(sentence.rstrip())):
                cue, claimant = _attribution(text, seg.start, seg.end, here, last)
                quote_claimant = claimant if cue else quote_claimant
            continue
        look = last
        if still_open and sentence.lstrip()[:1] not in "“\"" and \
                quote_claimant == last.get("person") and not _CLOSED_THEN_SAID.search(sentence):
            # (but in '… more," he said' the "he" stands after the quotation closed)
            look = {k: v for k, v in last.items() if k != "person"}
            if "other" in last:
                look["person"] = last["other"]
        if "organization" not in look:  # "…, the company said." in the lead, before the
            # company is named: the first organisation named after it, close by
            ahead = _organization_after(mentions, bisect_left(starts, seg.end), seg.end + 300)
            if ahead is not None:
                look = {**look, "organization": ahead}
        cue, claimant = _attribution(text, seg.start, seg.end, here, look)
        whole = False  # the attribution is the next sentence's: the claim is all of this one
        if cue is None and sentence.strip()[:1] in "“\"" and sentence.strip()[-1:] in "”\"" \
                and i + 1 < len(story.sentences):
            # "“C.” X said.": the quotation's attribution is a short sentence of its own
            after = story.sentences[i + 1]
            if len(text[after.start:after.end].split()) <= 4:
                cue, claimant = _attribution(text, after.start, after.end, inside(
                    mentions, starts, after.start, after.end), last)
                whole = cue is not None
        elif cue is None and _in_quotation(text, seg.start + len(sentence.rstrip())):
            # "“A. B. C,” said X.": the quotation runs on over sentences (and paragraphs
            # that open it again), and its attribution follows where it closes
            cue, claimant, whole = _where_it_closes(text, story.sentences, i, mentions, starts,
                                                    last)
        if text[max(0, seg.start - 80):seg.start].rstrip().endswith(("”", '"')) and (
                tag := _TAG_ONLY.fullmatch(sentence.rstrip())) and not _FINITE.search(
                    sentence, 0, tag.start(1)):
            continue  # "“Why?” X's MP Y asked Z.": the attribution of a question, no claim
        opens = sentence.count("“") + sentence.count('"') % 2
        closes = sentence.count("”")
        in_quote = (sentence.lstrip()[:1] in "“\"" or _in_quotation(text, seg.start)) and \
            not cue
        if claimant is None and in_quote:
            claimant = quote_claimant
        quote_claimant = claimant if (opens > closes or cue or in_quote and _in_quotation(
            text, seg.start + len(sentence.rstrip()))) else None
        still_open = opens > closes
        # Named: a tagged actor, or a name the recommender found, begins in the sentence.
        named = bool(here) or bisect_left(name_starts, seg.start) < bisect_left(name_starts,
                                                                                 seg.end)
        reasons, score, kind = _worth(sentence, named)
        if cue:
            reasons.insert(0, f"attributed ({text[cue[0]:cue[1]]})")
            # (what someone is said to have said or seen, named or not: "Police fired tear
            # gas, witnesses said")
            score = max(score, 0.55) if score >= 0.3 or (
                not score and _FINITE.search(sentence) and not _APPEAL.search(sentence)) \
                else score
        if cue and _SAID_THIS.match(text, cue[1]):
            score = 0  # "X disclosed this to reporters on Thursday": that it was said
        checkworthy = score >= 0.5
        if kind == "quote" and not any(r for r in reasons if r != "quote"):
            checkworthy = False
        if score >= 0.25:
            span = _stopped(text, seg.start, seg.end)
            if whole and not _closed(sentence):  # ("“A. B,” said X": A without its mark)
                span = (seg.start + len(sentence) - len(sentence.lstrip(" “\"")), span[1])
            if claimant and cue and not whole:
                span = said(text, seg.start, seg.end, cue, spoken(text, cue, here, claimant))
            elif cue and not whole and (at := _unnamed(text, seg.start, cue)) is not None:
                span = said(text, seg.start, seg.end, cue, at)  # "C, officials said"
            span = _unpaired(text, *span)
            if cue and span[0] < (figure := _figure(text, seg.start, seg.end)) < span[1]:
                span = (span[0], figure)  # "C, a figure Y disputed": C
            out.append(ClaimSuggestion(span, kind, cue, claimant,
                                       ", ".join(reasons) or "a statement", checkworthy,
                                       round(score, 2)))
        for m in here:
            if m[3] in ("person", "organization", "group", "country"):
                last[m[3]] = m[2]
            if m[3] == "person" and (title := _TITLED_AS.search(text, max(0, m[0] - 20), m[0])):
                last["title " + title.group(1).lower()] = m[2]
            if m[3] == "organization" and not _CREDITED.search(text, max(0, m[0] - 20), m[0]):
                # "the airline said": the airline named last (not an outlet credited:
                # "documents seen by Bloomberg", "(Bloomberg)", "told Reuters")
                called = _called(text, m)
                for noun, words in _BODY_WORDS.items():
                    if words.search(called):
                        last["the " + noun] = m[2]
        if cue and claimant in speakers:
            last["speaker"] = claimant  # ("the officer added": who spoke last)
        if cue and claimant and _STATEMENT.search(sentence):
            last["statement"] = claimant  # ("X said in a statement… “…,” the statement said")
        if (subject := _subject(text, seg.start, seg.end, here, claimant if cue and
                                claimant in speakers else None)) is not None:
            last["subject"] = subject
        if cue and claimant in speakers and last.get("person") != claimant:
            # "X said the two were well and that Y would return. He thanked…": the speaker,
            # not the last name in what was said (but in X's quotation going on, "he" is
            # not X: "X declared: “Y denies it. He says…”")
            if "person" in last:
                last["other"] = last["person"]
            last["person"] = claimant
        elif cue and claimant in firms:
            last["organization"] = claimant  # "X said it had told the Y. … , it said": X
        elif cue and claimant is None and _UNNAMED_BODY.search(text, max(seg.start,
                                                                        cue[0] - 60), cue[0]):
            # "Norland's safety regulator said C. It said D": no one named says D either
            last["organization"] = ""
    return out


_SAID_THIS = re.compile(r"\s+(?:this|it|these|those)(?:\s+(?:to|at|in|on|during|while|when)\b|"
                        r"\s*[,.;]|\s*$)")
_HIM = re.compile(r"\s+(him|her)\b")  # "according to him"
_PEOPLE_OF = re.compile(r"\b(?:leaders|officials|members|residents|workers|people|citizens|"
                        r"representatives|authorities|activists|farmers|students|unions)\s+of"
                        r"\s+(?:the\s+)?$")
_HIS = re.compile(r"\b(?:Mr|Mister|Sir|Lord|King|Prince)\.?\s+$")
_HER = re.compile(r"\b(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess)\.?\s+$")


def _sexes(text: str, mentions: list[tuple[int, int, str, str]]) -> dict[str, str]:
    """"sex X": "he" for a person X named with "Mr", "she" with "Mrs", "Ms"… (and no one
    named with both)."""
    said: dict[str, set[str]] = {}
    for m in mentions:
        if m[3] == "person":
            before = text[max(0, m[0] - 12):m[0]]
            said.setdefault(m[2], set()).update(
                ["he"] if _HIS.search(before) else ["she"] if _HER.search(before) else [])
    return {"sex " + who: sexes.pop() for who, sexes in said.items() if len(sexes) == 1}


def _unpaired(text: str, a: int, b: int) -> tuple[int, int]:
    """The span without a quotation mark at its edge that it does not close or open: a
    quotation's middle sentence is "B", not "“B" (what it opens or closes lies outside)."""
    if b - a > 2 and text[a] == "“" and "”" not in text[a:b]:
        a += 1
    if b - a > 2 and text[b - 1] == "”" and "“" not in text[a:b]:
        b -= 1
        while b - a > 2 and text[b - 1] in ".,;:":
            b -= 1
    return a, b


# A person by what they are, opening the sentence: "A top police officer identified…"
_SOMEONE = re.compile(rf"\W*(?:A|An|The)\s+(?:[\w-]+\s+){{0,3}}?{W.PERSON_NOUN}\b")


def _subject(text: str, start: int, end: int, here: list, speaker: str | None) -> str | None:
    """Whom the sentence is about, for a "he" or "she" that opens a later one: its speaker,
    the person it opens with, else the first person it names doing something, outside a
    quotation ("Police say X was hurt"; not "in X's electorate", "the X Dam project"); ""
    for someone unnamed ("A police officer said…"); None when it names no one (the one
    before stays)."""
    if speaker is not None:
        return speaker
    people = [m for m in here if m[3] == "person" and not _in_quotation(text, m[0])
              and not _POSSESSOR.match(text, m[1])]
    if people and _OPENS.fullmatch(text, start, people[0][0]) and \
            not _VERB_BEFORE.search(text, start, people[0][0]):
        return str(people[0][2])
    if _SOMEONE.match(text, start, end):
        return ""
    doers = [m for m in people if _CLAUSE_AFTER.match(text, m[1])]  # ("… X was hurt.")
    return str(doers[0][2]) if doers else None


_CLOSED_THEN_SAID = re.compile(r"[,.!?][”\"]\s+(?:he|she)\s+(?:said|says|added|told)\b")


def _organization_after(mentions: list, at: int, before: int) -> str | None:
    """The first organisation among `mentions[at:]` that starts before `before` (read in
    place: a long article's lead would copy the rest of its mentions at each sentence)."""
    while at < len(mentions) and mentions[at][0] < before:
        if mentions[at][3] == "organization":
            return str(mentions[at][2])
        at += 1
    return None


# Where a quotation closes and its attribution follows: "B,” said X", '"B," X said'
_CLOSE_THEN_CUE = re.compile(r"[,.!?]?(”|\"|’’)\s*")


def _where_it_closes(text: str, sentences: Sequence[Segment], i: int, mentions: list,
                     starts: list[int], last: dict[str, str],
                     ) -> tuple[tuple[int, int] | None, str | None, bool]:
    """The attribution after the quotation open at the end of sentence `i` closes, a few
    sentences on, and who it names (read with the names known before the quotation: the
    "he" of '… Y will attend,” he said' is not Y); (None, None, False) if it closes with no
    attribution."""
    for after in sentences[i + 1:i + 6]:
        begin = after.start
        if "\n" in text[sentences[i].end - 1:begin]:
            if text[begin] not in "“\"":
                break  # a paragraph that quotes no more
            begin += 1  # ("“A.\n\n“B,” X said": the mark opening it again)
        close = _CLOSE_THEN_CUE.search(text, begin, after.end)
        if close is not None:
            cue, who = _attribution(text, close.end(1), after.end, inside(
                mentions, starts, after.start, after.end), last)
            return cue, who, cue is not None  # (unnamed: '…,” said a spokesman': no one)
        i += 1
    return None, None, False


def _closed(sentence: str) -> bool:
    """Whether every quotation the sentence opens it also closes."""
    return sentence.count("“") <= sentence.count("”") and sentence.count('"') % 2 == 0


# "A, but X said B", "X said A, while Y said B": two speakers, two claims
_CONTRAST = re.compile(rf",\s+(?:but|while|whereas)\s+(?=[^,;:“”\"]{{1,60}}?\b(?:{_SPEECH})\b)")


def _clauses(text: str, sentences: Sequence[Segment]) -> Iterator[tuple[int, Segment]]:
    """Each sentence (with its index), or its two halves where a second speaker's clause
    follows a first one's after "but" or "while", outside a quotation."""
    for i, seg in enumerate(sentences):
        split = _CONTRAST.search(text, seg.start, seg.end)
        if split is None or R.in_quote(text, seg.start, split.start()) or \
                not _CUE.search(text, seg.start, split.start()):
            yield i, seg
            continue
        yield i, Segment(seg.number, seg.start, split.start())
        yield i, Segment(seg.number, split.end(), seg.end)


# An abbreviation whose full stop ends the sentence too: "U.S.", "Inc."
_ABBREVIATED = re.compile(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Bros|etc)\.)$")


def _stopped(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence as a claim: without its full stop (the claim is the clause that makes it),
    unless the stop is an abbreviation's; a quotation standing alone, without its marks."""
    while end > start and text[end - 1].isspace():
        end -= 1
    inner = text[start + 1:end - 1]
    if end - start > 2 and text[start] in "“\"" and text[end - 1] in "”\"" and not any(
            q in inner for q in "“”\""):
        start, end = start + 1, end - 1  # a quotation standing alone: its words
    if text[end - 1:end] in (".", "!") and not _ABBREVIATED.search(text, start, end):
        end -= 1
    return start, end


# What was said, around its attribution: "X said (on Monday) that C", "X said: “C”",
# "According to X, C"; "C, X said", "“C,” said X", "C, according to X".
# (not past a conjunction: "said C but that D" says C first)
# Between a name in apposition and its comma: an honorific or a title at most ("X's chief
# executive, Dr. Y, said", "X's successor, Mayor Y, said").
_HONORIFIC_GAP = re.compile(
    rf"\s*(?:(?:{'|'.join(map(re.escape, sorted(W.HONORIFICS | W.TITLES, key=len, reverse=True)))})"
    r"\s+){0,2}")
# (Past no verb: in "said the offer was the most that could be afforded" what was said
# starts at "the offer".)
_SAID_THAT = re.compile(r",?\s+(?:(?!(?:but|and|or|is|are|was|were|has|have|had|will|would|can|"
                        r"could)\b)[\w’'-]+,?\s+){0,8}?that\b|\s*:")
_CLAUSE_THAT = re.compile(r",\s+[^,]*[a-z]\s+that")  # (not "said, however, that")
_NOUN_THAT = re.compile(r",?\s+(?:a|an|the|this|these|those|some)\s")
_SUBJECT_VERB = re.compile(rf"\s+(?:he|she|they|it|we|I)\s|\s+(?:[A-Z][\w’'.-]*\s+){{1,3}}"
                           rf"(?:(?:has|had|was|were)\s+)?{_FINITE.pattern}")
_WHEN = re.compile(r"\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today|tonight|earlier|later|"
                   r"(?:last|this)\s+(?:week|month|year|night|morning|evening))\b(?![’'])"
                   r",?")  # (not "said this year's event was bigger": what was said)
# ... past a relative clause on the source: "According to X, which first reported it, C"
_SOURCE_END = re.compile(r"[^,;:“”\"]{1,80}?,(?:\s+(?:which|who)\s+[^,;:“”\"]{1,80}?,)?")
_ENDS = " \t\n.,;:!?“”\"‘’'"
# "X said: “Police were called …”": what follows is said (a name in it is no speaker)
_COLON_QUOTE = re.compile(r"\s*:\s*[“\"]")
_TOLD = re.compile(r"tell|told|reported|reports|informed|informs")
_BODY_OF_PLACE = re.compile(r"\s+(?:[a-z]+\s+)?(?:of|in|from)\s+(?:the\s+)?")
_UNNAMED_BODY = re.compile(r"\b(?:[Tt]he|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+){0,2}?(?:regulator|"
                           r"ministry|agency|authority|commission|department|watchdog|company|"
                           r"firm|government|office|board|council)\s+(?:has\s+|had\s+|also\s+)?$")
# After the attribution inside a quotation, the quotation goes on: ', “D.”'
_RESUMED = re.compile(r"[^,;:“”\"]{0,40}?,\s*[“\"]")
# (not "said about 12 percent of ...": a number, what was said)
_ABOUT = re.compile(r"\s+(?:on|of|about(?!\s+(?:\d|(?:a\s+(?:third|quarter|half|dozen)|half|"
                    r"one|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|"
                    r"a\s+thousand)\b))|in|at(?!\s+(?:least|most)\b)|to|for|with|by|from|"
                    r"during|after|before)\b")
_HE = re.compile(r"\b(?:he|she|they|it)\s+(?:also\s+|later\s+)?$", re.IGNORECASE)


_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,5}")
_THE_KIND = re.compile(r"the(?:\s+[a-z-]+){0,3}")  # "C, the charity X has said"
# "C, regional governor X told reporters": a title in lower case
_LOWER_TITLE = re.compile(rf"(?:[a-z][\w-]*\s+){{0,2}}(?:{W.PERSON_NOUN})\s+")


# The sentence going on past an attribution inside it: "The main worry, X said, is the cost"
_GOES_ON = r"(?:is|was|are|were|will|would|has|have|had|remains|remained|could|may|might|must)"
_GOES_ON_AFTER = re.compile(r"[^,;:“”\"]{0,60}?,\s+" + _GOES_ON + r"\b")


def said(text: str, start: int, end: int, cue: tuple[int, int], speaker: int) -> tuple[int, int]:
    """Of the sentence start..end, what its attribution (`cue`, with the speaker named at
    `speaker`) says was said: the claim is what was said, not who said it. The whole
    sentence when what was said has fewer than three words or the sentence says more."""
    edge = max(text.rfind(",", start, min(speaker, cue[0])),
               text.rfind("”", start, min(speaker, cue[0])),
               text.rfind(',"', start, min(speaker, cue[0])) + 1)  # ("C," X said)
    near, title = edge, text.rfind(",", start, edge)
    if edge > start and title > start and _HONORIFIC_GAP.fullmatch(text, edge + 1, speaker) and \
            _TITLE_BEFORE.fullmatch(text, title + 1, edge) and "," in text[speaker:cue[0]]:
        edge = title  # "C, the firm's chief, X, said": C ends before the title
    when = _WHEN.match(text, cue[1])
    that = _SAID_THAT.match(text, when.end() if when else cue[1])
    if that and (not _TOLD.match(text, cue[0]) and (
            _NOUN_THAT.match(text, that.start()) or _SUBJECT_VERB.match(text, that.start()))
            or _CLAUSE_THAT.fullmatch(that.group())):
        that = None  # "investigators say a train that derailed … was going", "prosecutors
        # said X took bribes from a firm that had …", "C, police said, in an accident that
        # officials blamed on …": a relative "that"
    opening = len(text[start:end]) - len(text[start:end].lstrip())
    closing = max(text.rfind("”", start, min(speaker, cue[0])),
                  text.rfind('"', start + opening + 1, min(speaker, cue[0])))
    adding = _ADDING.search(text, cue[1], end)
    if text.startswith("claim", cue[0]) and _RESPONSIBILITY.match(text, cue[1]) or \
            text.startswith("accus", cue[0]):
        # "X claimed responsibility for the attack", "X accused Y of Z": the whole of it
        part = (start, end)
    elif adding and not (that and that.end() <= adding.start()):  # "“We are sorry,” X said,
        # adding that the firm would spend £2bn": the fact (but "X said that C, adding D": C)
        part = (adding.end(), end)
    elif text[start + opening:start + opening + 1] in "“\"" and closing > start + opening \
            and closing < cue[0] and _RESUMED.match(text, cue[1], end):
        part = (start, end)  # "“C,” X said on Sunday, “D.”": one quotation, said between
    elif text[start + opening:start + opening + 1] in "“\"" and closing > start + opening:
        part = (start, closing)  # "“C,” she said, as ...", "“C,” X's chief, Y, said"
    elif closing > start and "“" not in text[start:closing] and (
            text[closing] == "”" or text.count('"', start, closing) == 0):
        part = (start, closing)  # "“A. B,” said X": B, a quotation's second sentence
    elif text.startswith(("According to", "according to"), cue[0]) and \
            not text[start:cue[0]].strip(_ENDS):  # "According to X, C"
        source = _SOURCE_END.match(text, max(cue[1], speaker))  # past "the firm's chief, X"
        part = (source.end(), end) if source else (start, start)
    elif speaker > cue[0] and not _COLON_QUOTE.match(text, cue[1]) or (
            not that and edge > start and not _apposed(text, speaker, cue, end)
                              and not _introduced(text, start, edge)
                              and not (_CLAUSE_FOLLOWS.match(text, cue[1], end)
                                       and not _CONCEDING.match(text, start))
                              and (not text[near + 1:speaker].strip(_ENDS) or (
                                  # "C, the X said" (not "In 2017, the X announced C");
                                  # "“C,” Acting U.S. Attorney X said": a title
                                  (_THE_KIND.fullmatch(text[near + 1:speaker].strip(_ENDS))
                                   or _TITLE_WORDS.fullmatch(text[near + 1:speaker].lstrip(_ENDS))
                                   or _LOWER_TITLE.fullmatch(text[near + 1:speaker].lstrip(_ENDS)))
                                  and len(text[cue[1]:end].split()) <= 8))):
        # "C, X said", "“C,” said X", "C, according to X": what stands before the
        # attribution, when the attribution ends the sentence
        short = len(text[cue[1]:end].split()) <= 8 or speaker > cue[0] and bool(
            _APPOSED_TAIL.fullmatch(text, cue[1], end)) and not _SAYS.search(
            text, cue[1], end) and not text.startswith(("according", "According"), cue[0])
        # ("C, said lieutenant X, criminal investigations chief for Y.")
        part = (start, edge) if edge > start and short else (start, start)
        if speaker < cue[0] and edge > start and (
                len(text[start:edge].split()) < 3 or _TITLE_ONLY.fullmatch(text, start, edge)) \
                and not (_TOLD.match(text, cue[0]) or _ABOUT.match(text, cue[1])):
            part = (cue[1], end)  # "The judge, X, said C", "The regional police
            # spokesperson, X, confirmed it, saying C": no C before the comma
    elif that or not (_TOLD.match(text, cue[0]) or _ABOUT.match(text, cue[1])) or when:
        # "X said that C", "X said on Monday C", "X said: “C”"
        part = (that.end() if that else when.end() if when else cue[1], end)
    elif text.startswith("told", cue[0]) and (whom := _TOLD_WHOM.match(text, cue[1])):
        part = (whom.end(), end)  # "X told the BBC the fine was ...": after who was told
    else:  # "X commented on C": what was spoken of
        part = (start, start)
    if part[0] == start and part[1] <= min(speaker, cue[0]) and (
            on := _GOES_ON_AFTER.match(text, cue[1])) and on.end() < end:
        part = (start, end)  # "The main worry, X said, is the cost": the sentence
    a, b = part
    if adding and a < adding.start() < b:
        b = adding.start()  # "X said that C, adding D": C
    if a > cue[0] and (other := _SECOND_SPEAKER.search(text, a, b)):
        b = other.start()  # "X said C, while Y said D": C is X's
    if a > cue[0] and (tail := _TRAILING.search(text, a, b)) and tail.start() > a and \
            not _CLAUSE_VERB.search(tail.group("tail")):
        b = tail.start()  # "X told police that C, an officer said": C
    if a >= cue[1] and _DENIED.match(text, cue[0]):
        a = cue[0]  # "X denied that C": X's claim is the denial, not C
    while a < b and text[a] in _ENDS:
        a += 1
    while b > a and text[b - 1] in _ENDS and not (
            text[b - 1] in "”\"" and R.in_quote(text, a, b - 1)):
        b -= 1  # (a quotation's closing mark stays with its opening one)
    return (a, b) if len(text[a:b].split()) >= 3 else _stopped(text, start, end)


_DENIED = re.compile(r"den(?:y|ies|ied|ying)\b", re.IGNORECASE)
# After an inverted attribution's name, what it is: ", criminal investigations chief for Y."
_APPOSED_TAIL = re.compile(r"[^,;:“”\"]{1,60},\s+[^;:“”\"]{1,150}")


# Who was told, before what they were told: "told the BBC", "told reporters on Monday
# that", "told Reuters", "told Xinhua: “C”".
_TOLD_WHOM = re.compile(r"\s+(?:(?:the\s+)?(?:[A-Z][\w.&’'-]*(?:\s+|(?=[:,]))){1,4}|(?:reporters|"
                        r"journalists|lawmakers|MPs|the\s+(?:press|court|jury|newspaper|paper|agency|"
                        r"broadcaster|station|committee|hearing|conference))\s+)(?:on\s+)?"
                        rf"(?:(?:{'|'.join(sorted(W.DAYS))}|yesterday|today)\s+)?"
                        r"(?:that\s+|:\s*|,\s*(?=\d))?(?=[a-z“\"\d]|[A-Z]\w*\s+[a-z])")


# A sentence's opening phrase before its speaker: "In a statement, X said C", "Speaking in
# Varn on Monday, X said C" (what was said follows the verb, not the phrase).
_INTRO = re.compile(r"\W*(?:In|At(?!\s+(?:least|most)\b)|On|During|After|Before|Speaking|"
                    r"Writing|Asked|Responding|Commenting|Addressing|Following|Earlier|Later|"
                    r"Meanwhile|Separately|However|Yesterday|Today|Last|This)\b")


# What follows the verb is a clause of its own: "Hours after the arrest, the officer said
# the team was probing all angles" says what follows "said", not what stands before it.
_CLAUSE_FOLLOWS = re.compile(r"\s+(?:(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today)\s+)?"
                             r"(?:the|a|an|this|these|those|they|he|she|it|we|there|its|his|"
                             r"her|their)\s+[^,;:“”\"]{0,60}?\b(?:is|was|were|are|has|had|"
                             r"have|will|would|could|can|may|might|should|must|did|does)\b")


# ... but "Although C, officials say D" says C too
_CONCEDING = re.compile(r"\W*(?:Although|Though|Even|While|Whereas|Despite|Because|As|If|"
                        r"Unless|Since)\b")


def _introduced(text: str, start: int, edge: int) -> bool:
    return bool(_INTRO.match(text, start)) and "," not in text[start:edge]


# A verb or a quotation right after a name: the name opens a clause of its own.
# (past an apposition: "said X, a correspondent in Varn, was leaving": what was said of X)
_CLAUSE_AFTER = re.compile(r"(?:,\s+(?:a|an|the|his|her|its|\d{1,3},)\s+[^,;:.“”\"]{1,100},)?"
                           r"\s+(?:(?:then|also|later|allegedly|had|has|have)\s+)?"
                           r"(?:[“\"]|(?:was|were|is|are|has|had|have|would|will|could|did|"
                           r"does|do|told|said|made|took|gave|sent|won|lost|left|held|"
                           r"met|ran|saw|went|knew|paid|sold|bought|spent|kept|found|"
                           r"stole|broke|hid|fled|led)\b|[a-z]+ed\b)")
_BODIES = (r"(company|firm|group|agency|ministry|party|organi[sz]ation|union|bank|airline|"
           r"carrier|council|government|railroad|railway|association|charity|club|hospital|"
           r"university|commission|board|authority|network|retailer|operator|insurer|"
           r"manufacturer|utility|regulator|watchdog|trust|foundation|institute|department|office)")
# (past a clause or a place about it: "The agency, which runs 40 clinics, said", "The
# company, owned by X, said", "The firm, a unit of X, said")
# ("the health ministry said": a word of what it does between; not "the opposition party")
_THE_BODY = re.compile(rf"\b[Tt]he\s+(?:[A-Z][\w.]*-(?:based|headquartered|owned|run)\s+)?"
                       # ("the Calgary-based railway says")
                       rf"(?:(?!(?:opposition|ruling|rival|other|main|new|former|"
                       rf"parent|governing|junior|senior|smaller|larger)\b)[a-z]+(?:[’']s)?\s+)?"
                       rf"{_BODIES}(?:,\s+(?:which|based|headquartered|founded|"
                       r"owned|run|controlled|backed|listed|a|an|part)\b"
                       r"[^;:“”\"]{1,80},)?\s+(?:(?:has|had|also|later|then)\s+)*$")
# A state's own body: "the Norwegian government", "the Malian foreign ministry"
_STATE_BODY = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:government|ministry|"
                         r"embassy|authorities|military|army|cabinet)\s+"
                         r"(?:(?:has|had|also|later|then)\s+)*$")
# A speaker by title alone, the one the story quoted last: "the senior officer said", "The
# spokesperson added" (not "the man said", "the victim said": someone new)
_OFFICIALS = (r"spokes(?:man|woman|person)|official|officer|minister|president|premier|chief|"
              r"director|chairman|chairwoman|commissioner|governor|mayor|commander|prosecutor|"
              r"executive|manager|coach|senator|lawmaker|congressman|congresswoman|ambassador|"
              r"judge|secretary|sheriff|superintendent|inspector")
_THE_AGED = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\s+(?:(?:has|had|also|later|then)\s+)*$")
_THE_OFFICIAL = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?({_OFFICIALS})\s+(?:(?:has|had|"
                           r"also|later|then)\s+)*$")
# ... and the one named with that title: "President X … the president said"
_TITLED_AS = re.compile(rf"\b({_OFFICIALS})\s+$", re.IGNORECASE)
_STATEMENT = re.compile(r"\b(?:statement|communiqu[eé]|press\s+release)\b")
_THE_STATEMENT = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|"
                            r"press\s+release)\s+(?:(?:has|had|also)\s+)*$")
_TO_THE_BODY = re.compile(rf"\s+the\s+(?:[a-z]+[’']s\s+)?{_BODIES}\b")  # "according to the union"


_BODY_OFFICIAL = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+{_BODIES}\s+(?:spokes(?:man|woman|person)|"
                            r"official|representative)\s+(?:(?:has|had|also|later)\s+)*$")


def _body_before(text: str, start: int, at: int) -> re.Match[str] | None:
    """"the company", "the Norwegian government" right before `at` (not before `start`)."""
    return _THE_BODY.search(text, max(start, at - 130), at) or \
        _STATE_BODY.search(text, max(start, at - 50), at)
# "claimed responsibility", "claimed the kidnapping": the act is the claim, whole
_RESPONSIBILITY = re.compile(r"\s+(?:responsibility|credit|(?:the|a|an|its|their|last\s+\w+[’']s)"
                             r"\s+(?:[\w-]+\s+)?(?:attack|bombing|kidnapping|abduction|killing|"
                             r"assassination|shooting|blast|explosion|hijacking|raid|ambush)s?)\b")
_SECOND_SPEAKER = re.compile(rf",?\s+(?:while|whereas|but)\s+[^,;:“”\"]{{1,60}}?\b(?:{_SPEECH})\b")
_NAMED_TITLE = re.compile(r"[a-z],\s+(?:[A-Z][\w.]*\s+)?$", re.IGNORECASE)
_TITLE_ONLY = re.compile(rf"\W*(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
                         rf"(?:[\w’'-]+\s+){{0,5}}?(?i:{W.PERSON_NOUN})s?\s*")
_ADDING = re.compile(r",\s+adding\s+(?:that\s+)?(?=\w)")
_TITLE_BEFORE = re.compile(r"\s+(?:the|its|his|her|their|a|an)\s+[^,;“”\"]{1,50}")
_SPEAKER_AND_THEN = re.compile(r"[^,;“”\"]{1,60}?" + _AND_THEN.pattern)
_APPOSED_SPEAKER = re.compile(rf"{R.IN_APPOSITION}{{1,60}},\s*(?:(?:has|had|also|later|then)\s+)*")


def _apposed(text: str, speaker: int, cue: tuple[int, int], end: int) -> bool:
    """The speaker stands in apposition before the cue, and what was said follows it:
    "The company's chief executive, X, said profits rose 5%", "The mayor, X, welcomed it
    and said C" (not "C, its chief, X, said")."""
    return speaker < cue[0] and bool(_APPOSED_SPEAKER.fullmatch(text, speaker, cue[0]) or
                                     _SPEAKER_AND_THEN.fullmatch(text, speaker, cue[0])) \
        and len(text[cue[1]:end].split()) >= 3


# Who speaks, unnamed: "officials", "local police", "the prosecutors", "a source close to
# the talks" (a few words, no verb, no quotation)
_UNNAMED = re.compile(r"(?!(?:and|but|or|while|as|which|who|whom|that|so|yet|then)\b)"
                      r"(?:(?:the|a|an|The|A|An)\s+)?(?:[A-Z][\w.-]*\s+)?"
                      r"(?:(?!(?:is|was|are|were|has|have|had|be|been|and|but|or)\b)"
                      r"[a-z][\w-]*\s+){0,5}"
                      # "Prosecutors in the Southern District of New York allege"
                      r"(?:(?:in|of|for|from|at)\s+(?:the\s+)?(?:(?:[A-Z][\w.’'-]*|of)\s+){1,6})?$")


def _unnamed(text: str, start: int, cue: tuple[int, int]) -> int | None:
    """Where an unnamed speaker stands before the cue: right after the sentence's start or a
    comma ("C, officials said", "Officials said C"); None when no such phrase is there."""
    if text.startswith(("according", "According"), cue[0]):
        return cue[1]
    edge = max(start, text.rfind(",", start, cue[0]) + 1)
    while edge < cue[0] and (text[edge].isspace() or text[edge] in "”\""):
        edge += 1  # ('“C,” a police spokesman said')
    phrase = _UNNAMED.fullmatch(text, edge, cue[0])
    first = text[edge:cue[0]].split()[0] if edge < cue[0] else ""
    if phrase is None or edge == cue[0] or (edge > start and text[edge].isupper() and
                                            first not in W.DEMONYMS and not W.country(first)):
        return None  # (a capital only where the sentence starts, "Officials said", or a
        # nation's: "C, Belgian police said", "C, US police said")
    return edge


def spoken(text: str, cue: tuple[int, int], here: list, claimant: str) -> int:
    """Where the speaker stands: their mention nearest the cue, or "he"/"she" before it."""
    mine = [m for m in here if m[2] == claimant]
    at = [m[0] for m in mine]
    he = _HE.search(text, max(0, cue[0] - 20), cue[0])
    if he and not any(0 <= cue[0] - m <= 40 for m in at):
        return he.start()
    if its := _ITS_TITLE.search(text, max(0, cue[0] - 60), cue[0]):
        return its.start()  # "C, its chief executive said"
    # "C, the company said", "C, the Norwegian government said": after "the" (even where
    # C names the company: "X cut 300 jobs, the company said")
    body = _body_before(text, 0, cue[0])
    if body:
        return body.start(1)
    if not at:
        return cue[0] - 1
    nearest = min(at, key=lambda m: abs(m - cue[0]))
    # "the U.S. Geological Survey (USGS) said": the name its acronym follows
    named = [m[0] for m in mine if text[m[1]:nearest] == " ("]
    return named[0] if named else nearest


def _quantities(sentence: str) -> list[re.Match[str]]:
    """The numbers and amounts the sentence states (not a year, a time of day or an age in
    apposition: "X, 61, denied")."""
    return [m for m in _QUANTITY.finditer(sentence) if not _YEAR_OR_TIME.match(m.group())
            and not _AGE.fullmatch(sentence, max(0, m.start() - 40), m.end() + 1)]


_AGE = re.compile(r".*[A-Z][\w’'-]+,\s+\d{1,3},")


def _counted(sentence: str) -> bool:
    """A short sentence that states a number with a finite verb ("Turnout was 62%.")."""
    return bool(_FINITE.search(sentence)) and bool(_quantities(sentence))


def _worth(sentence: str, named: bool) -> tuple[list[str], float, str]:
    reasons: list[str] = []
    score, kind = 0.0, "factual"
    quantities = _quantities(sentence)
    if quantities:
        reasons.append("quantity")
        score, kind = 0.8, "quantity"
    if _COMPARISON.search(sentence):
        reasons.append("comparison")
        score = max(score, 0.7)
        kind = kind if kind != "factual" else "comparison"
    if _CAUSAL.search(sentence) and (named or quantities):
        reasons.append("causal")
        score = max(score, 0.65)
        kind = kind if kind != "factual" else "causal"
    if named and _FINITE.search(sentence):
        reasons.append("named actor")
        score = max(score, 0.6)
    if _QUOTE.search(sentence) and kind == "factual":
        kind = "quote"
    if (will := _PREDICTION.search(sentence)) and not quantities and score < 0.7 and not (
            score >= 0.5 and _DONE.search(sentence, 0, will.start())):
        # (but "The government has cancelled the speech and will resume…" says what was done)
        reasons.append("prediction")
        score, kind = min(score, 0.45) or 0.4, "prediction"
    if _OPINION.search(sentence):
        reasons.append("opinion")
        score, kind = min(score, 0.3) or 0.3, "opinion"
    if _APPEAL.search(sentence):
        score = 0.0  # not offered
    return reasons, score, kind


# Verbs that attribute only with what was said after them: "announced that ...",
# "confirmed: ...", not "announced a day of mourning", "declared a pandemic", "was
# confirmed as director", "wrote a letter to" (the event, whose doer says nothing the claim
# holds).
_EVENT_VERBS = frozenset("""added adds announced announces declared declares confirmed confirms
confirm denied denies deny reported estimated estimates estimate noted notes suggested
suggests indicated indicates indicate acknowledged admitted admit maintained maintains
maintain advised advises wrote writes write reiterated reiterates emphasized emphasised
emphasizes emphasises""".split())
_THAT = re.compile(r"\s+that\b")
# Speech words that are nouns too, and what stands before such a noun: a number, a
# possessive, an adjective of estimates and reports
_NOUNS_TOO = frozenset("accused estimate estimates claim claims report reports".split())
_NOUN_BEFORE = re.compile(r"(?:\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|"
                          r"several|some|all|many|both|other|main|prime|arrested|own|average|"
                          r"analyst|official|initial|latest|earlier|previous|new|"
                          r"conservative|consensus|median|independent|his|her|our|your|"
                          r"these|those)|[’']s?)\s+$", re.IGNORECASE)
_DENIED_THE = re.compile(r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|"
                         r"refut(?:e|es|ed)|disput(?:e|es|ed))\s+(?:the\s+|these\s+)?"
                         r"(?:[A-Z][\w’'.-]*\s+){0,3}$")
_NOT = re.compile(r"\b(?:not|never|n[’']t)\s+(?:yet\s+|publicly\s+|officially\s+)?$")
_IF = re.compile(r"\b(?:[Ii]f|[Oo]nce|[Uu]nless)\s+$")
_NAME_BEFORE = re.compile(r"[A-Z][\w.&’'-]*\)?\s+(?:also\s+)?$")
_REPORTS_OF = re.compile(r"\s+(?:of|on|about|by|from|for|in|into)\b")
_AS_BY = re.compile(r"\bas\s+$", re.IGNORECASE)
_BY = re.compile(r"\s+by\s+(?:the\s+)?")
# "reported it to the police" is the event; "suggested it is" attributes a clause.
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|his|her|its|their|as|to|them|it(?!\s+(?:is|was|"
                           r"has|had|will|would|could|can|may|might|must|does|did)\b)|"
                           # "declared X the winner", "announced X as its coach"
                           r"(?-i:[A-Z][\w’'-]*\s+){1,4}(?:the|as)\s)\b",
                           re.IGNORECASE)
# ... and a count after what is done by announcing or declaring it: "declared three days
# of mourning", "announced 500 job cuts" (not "reported 59 deaths": what was reported; nor
# "announced 29 were trapped": a clause)
_COUNT_AFTER = re.compile(r"\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"several|dozens|hundreds|thousands)\b(?!\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:were|was|are|is|had|have|has|will|would)\b)", re.IGNORECASE)


def attributes(text: str, start: int, end: int) -> bool:
    """The speech verb at start..end attributes what the sentence says to its subject."""
    word = text[start:end]
    if _AS_BY.search(text, max(0, start - 4), start) and _BY.match(text, end):
        return True  # "as reported by X"
    if word.lower() in _NOUNS_TOO and (_NOUN_BEFORE.search(text, max(0, start - 30), start)
                                       or _DENIED_THE.search(text, max(0, start - 50), start)):
        return False  # "the analyst estimate", "three accused", "Chambers' own estimate",
        # "X denies the PPP claims"
    if _QUOTED_AS_SAYING.search(text, max(0, start - 12), start):
        return True  # "X, who led it, was quoted as saying": X says it
    if R.PASSIVE.search(text, max(0, start - 20), start) or _IF.search(text, max(0, start - 8),
                                                                       start) or \
            _NOT.search(text, max(0, start - 20), start):
        return False  # "is said to have", "was reported", "if confirmed", "has not said
        # why": no one says it
    if word == "states" and not _THAT.match(text, end) and \
            text[end:end + 2].strip()[:1] not in (":", "“", '"'):
        return False  # "stores in 19 states", "the two states signed": the noun
    if word.lower().startswith("conced") and not _CONCEDED_THAT.match(text, end):
        return False  # "conceded defeat", "conceded the race", "she conceded after": an act
    if word.lower().startswith("declar") and _DECLARED_WHAT.match(text, end):
        return False  # "declared X winner", "declared a state of emergency": an act
    if word in ("reported", "reporting") and _REPORTS_OF.match(text, end) and \
            not _WHEN.match(text, end):
        return False  # "X had reported on the sale of land": what X wrote about, no claim
    if word in ("report", "reports"):
        # "X reports that ...", "Al Jazeera reports at least ...", not "a report by X",
        # "their reports of"
        return bool(_THAT.match(text, end) or _NAME_BEFORE.search(text, max(0, start - 30),
                                                                   start)
                    and not _REPORTS_OF.match(text, end) and text[end:end + 1] == " "
                    or _AFTER_COMMA.fullmatch(text, max(0, start - 3), start)
                    and _NAMED_AFTER.match(text, end))  # "C, reports the X Times."
    if word.lower() not in ("said", "says", "told", "tells") and \
            (then := _THEN_SAYING_AFTER.match(text, end)) and \
            not _CLAUSE_VERB.search(text, end, then.start(1)):
        return False  # "X tweeted condolences, saying C": C is said, after "saying"
    if _COMMA_BEFORE.search(text, max(0, start - 3), start) and _NAMED_AFTER.match(text, end):
        return True  # "C, writes the X portal", "…,” reported the BBC.": who says it
    return not (word.lower() in _EVENT_VERBS and (
        _OBJECT_AFTER.match(text, end)
        or word.lower().startswith(("announc", "declar")) and _COUNT_AFTER.match(text, end)))


_AFTER_COMMA = re.compile(r".*,\s+")
_QUOTED_AS_SAYING = re.compile(r"\bquoted\s+as\s+$")
# What is conceded that is said: "conceded that", "conceded: …", "conceded to reporters that"
_CONCEDED_THAT = re.compile(r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today|later))?"
                            r"(?:\s+(?:to\s+[^,.;:“”\"]{1,40}?\s+)?(?:that\b|[“\"])|"
                            r"\s*[:,]\s*[“\"]?)")
_THEN_SAYING_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+"
                                r"(saying\b|(?:adding|writing|stating)(?=\s+that\b|\s*[:“\"]))")
_COMMA_BEFORE = re.compile(r"[,”\"]\s*$")
_APPOSED_TO_END = re.compile(r",\s+[^;:“”\"!?]{1,150}?[.!?](?=\s|$)")
_SAYS = re.compile(r"\b(?:adding|saying|said|says|told|tells)\b")
_ENDS_SOON = re.compile(r"(?:\s+[^,;:.!?“”\"]{1,50})?[.!?]|,\s+(?=" + _GOES_ON + r"\b)")  # ("…
# reports Reuters."; "… said the agency on Monday."; "The problem, said X, is that C")
_DECLARED_WHAT = re.compile(r"(?:\s+[A-Z][\w’'.-]*){0,4}\s+(?:the\s+|a\s+|an\s+)?(?:winner|"
                            r"victor|president-elect|dead|elected|guilty|innocent|bankrupt|"
                            r"illegal|unconstitutional|state\s+of|emergency|war|martial\s+law|"
                            r"independence|victory|ceasefire|truce|disaster)\b")
_NAMED_AFTER = re.compile(r"\s+(?:[Tt]he\s+)?[A-Z]")
# An attribution after the sentence's last comma, with no more than when, where or to whom
# after its verb: "…, its Africa director said on Sunday."
_TRAILING = re.compile(r",\s+(?!(?:and|but|or|nor|while|whereas|although|though|as|which|who|"
                       r"whom|whose|so|because|after|before|when|if|since|until|adding|"
                       r"saying|with|of|in|on|at|for|from|by|to|into|over|under|than|among|"
                       r"amid|including)\b)(?:[^,;:“”\"()]{1,60}?\s+)?"
                       rf"(?P<cue>(?!reportedly)(?:{_SPEECH})\b)(?P<tail>[^,;:“”\"]{{0,50}}?)[.!]?\s*$")
_THAT_WORD = re.compile(r"\bthat\b")
# "C, a figure the operator, Y, disputed": what someone else then says of C
_A_FIGURE = re.compile(r",\s+(?:a|an)\s+(?:figure|claim|number|account|allegation|version|"
                       r"charge|estimate|assertion|view|accusation)\s(?:that\s+|which\s+)?"
                       r"[^,;.]*(?:,[^,;.]*)?$")


def _figure(text: str, start: int, end: int, trailing: re.Match[str] | None = None) -> int:
    """Where "…, a figure Y disputed" begins in start..end (the speech verb that ends the
    sentence, `trailing`, is then no attribution of the rest), else -1."""
    trailing = trailing or _TRAILING.search(text, start, end)
    if trailing is None:
        return -1
    figure = _A_FIGURE.search(text, max(start, trailing.start() - 80), trailing.start())
    return figure.start() if figure else -1
_CLAUSE_VERB = re.compile(r"\b(?:that|is|was|were|are|has|had|have|will|would|could|can|"
                          r"may|might|should|must|did|does|do)\b")


def _in_quotation(text: str, at: int) -> bool:
    """Inside a quotation opened before `at` in its line (a quotation runs over sentences,
    seldom over paragraphs; some outlets close one with two apostrophes: “A,’’ he said)."""
    before = text[max(text.rfind("\n", max(0, at - 600), at) + 1, at - 600):at]
    return before.count("“") > before.count("”") + before.count("’’") or \
        before.count('"') % 2 == 1


def _attribution(text: str, start: int, end: int, here: list,
                 last: dict[str, str]) -> tuple[tuple[int, int] | None, str | None]:
    """The attribution cue in the sentence and who it names (the first cue that names
    someone, else the first cue). A cue inside a quotation counts only where it names
    someone and none outside does ("“He says he was ill,” X said": X; "“Our members have
    told us…”": the words quoted, no attribution)."""
    trailing = _TRAILING.search(text, start, end)
    ends = None
    if trailing is not None and not _in_quotation(text, trailing.start("cue")) and \
            attributes(text, trailing.start("cue"), trailing.end("cue")) and \
            not _CLAUSE_VERB.search(trailing.group("tail")) and \
            not _THAT_WORD.search(text, trailing.start(), trailing.start("cue")) and \
            _figure(text, start, end, trailing) < 0:
        # (not "X, director of Y, said that all but Z have reported cases": X's C; nor "X
        # said C, a figure the operator, Y, disputed": X's, Y disputes it)
        # "C, X said on Sunday" after a speech verb in C: who the attribution that ends the
        # sentence names (someone unnamed there leaves C to whom C names: "Y told police
        # that D, an officer said" is Y's D, as "Police said Y told them D" is)
        ends = trailing.start("cue"), trailing.end("cue")
        cue = _CUE.match(text, ends[0])
        if cue is not None and (who := _speaker(text, start, cue, here, last)) is not None:
            relayed = _RELAYED.match(cue.group()) and _attribution(
                text, start, trailing.start(), here, last)
            if relayed and relayed[0] and relayed[1] and relayed[1] != who and relayed[1] in {
                    m[2] for m in here if m[3] != "place"} | {last.get("person")}:
                return relayed  # "“C,” X said in a call, MarketWatch reported": X's; "The
                # ministry confirmed that C, Agence France-Presse reported": the ministry's
            return cue.span(), who
    first: tuple[int, int] | None = None
    quoted: tuple[tuple[int, int], str] | None = None
    source: tuple[tuple[int, int], str] | None = None
    for cue in _CUE.finditer(text, start, end):
        if not cue.group().startswith(("according", "According")) and \
                not attributes(text, cue.start(), cue.end()):
            continue
        quoting = _in_quotation(text, cue.start())
        first = first or (None if quoting else cue.span())
        if cue.group() == "reportedly" or quoting and quoted:
            continue  # "X reportedly offered": someone unnamed reports what X did
        who = _speaker(text, start, cue, here, last)
        if who is not None and quoting:
            quoted = cue.span(), who
        elif who is not None and source is None and cue.group().lower().startswith(
                "according") and not text[start:cue.start()].strip(_ENDS):
            source = cue.span(), who  # "According to X, Judge Y said, “C”": Y says C
        elif who is not None:
            return cue.span(), who
    return source or quoted or (ends or first, None)


# "Varn News quoted her as saying", "the paper quoted X as saying": who was quoted speaks
# ... and "X was quoted by Y as saying": X
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?:(him|her)|(by\s)?[^,;:“”\"]{1,60}?)\s+as\s+$")


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _unnamed_of(text: str, mention: tuple) -> bool:
    """The name only says whose unnamed speakers they are: "US officials", "Varn police"."""
    word = _WORD_AFTER.match(text, mention[1])
    return word is not None and word.group(1) in W.GENERIC_SPEAKERS


def _past_acronym(text: str, end: int) -> int:
    """Where a name's bracketed acronym after `end` ends ("the Y Army (YA), said"), or `end`."""
    acronym = _ACRONYM_CLOSES.match(text, end)
    return acronym.end() if acronym else end


_ACRONYM_CLOSES = re.compile(r"\s*\([A-Z][\w&.]{1,9}\)|\)(?=,)")


def _speaker(text: str, start: int, cue: re.Match[str], here: list,
             last: dict[str, str]) -> str | None:
    if "quot" in text[max(start, cue.start() - 80):cue.start()] and (
            quoted := _QUOTED_AS.search(text, max(start, cue.start() - 80), cue.start())):
        if quoted.group(1):
            return last.get("person") or None
        if quoted.group(2):
            passive = [m for m in here if m[3] != "place" and re.fullmatch(
                r"\s+(?:is|was|were|has\s+been|had\s+been)\s+", text[m[1]:quoted.start()])]
            return str(passive[0][2]) if passive else None
        named = [m for m in here if quoted.start() < m[0] and m[1] <= cue.start()
                 and m[3] != "place"]
        return str(_titled(text, named)[2]) if named else None  # ("X chief Y": Y)
    own = [m for m in here if m[3] not in ("person", "place")
           and _OWN_TITLE.fullmatch(text, m[1], cue.start())]
    if own:
        return str(own[-1][2])
    if _ITS_TITLE.search(text, max(start, cue.start() - 60), cue.start()):
        return _named_last(text, "company", here, cue.start(), last)
    # A place says nothing, and a name that modifies a noun ("the <city> prosecutor's
    # office", "Reuters reporters", "the United Nations' World Health Organisation") is not
    # the one speaking.
    owner = [m for m in here if m[3] != "place" and _CHANNEL.match(text, m[1])]
    if cue.group() == "read" and (posted := [m for m in owner if m[1] <= cue.start()]):
        return str(posted[-1][2])  # "A statement on X's official website read: …": X's
    places = [m for m in here if m[3] == "place"]
    here = [m for m in here if m[3] != "place" and not _MODIFIER.match(text, m[1])
            and (not _POSSESSOR.match(text, m[1]) or _OWN_WORDS.match(text, m[1]))]
    if cue.group().lower().startswith("according"):
        via = _VIA.match(text, cue.end())  # "according to a report released by X"
        base = via.end() if via else cue.end()
        first = [m for m in owner if m[0] >= base]
        if first and re.fullmatch(r"\s*(?:the\s+)?", text[base:first[0][0]]):
            return str(first[0][2])  # "according to X's official Twitter account": X
        after = [m for m in here if 0 <= m[0] - base <= 40
                 and re.fullmatch(r"[\s\w.,’']*", text[base:m[0]])
                 and _SOURCE_GAP.fullmatch(text, base, m[0])
                 and not _UNNAMED_AND.match(text, base)  # ("police and an employee of X")
                 and not _unnamed_of(text, m)]  # ("according to US officials")
        if after:
            return _titled(text, after)[2]
        if him := _HIM.match(text, cue.end()):
            # "According to him, C": whom "he" would mean
            return _meant("he" if him.group(1) == "him" else "she", last,
                          _in_quotation(text, cue.start()))
        body = _TO_THE_BODY.match(text, cue.end())
        return _named_last(text, body.group(1), here, cue.start(), last) if body else None
    # ("X was quoted as saying": X speaks, whoever quotes him)
    quoted_as = bool(_QUOTED_AS_SAYING.search(text, max(0, cue.start() - 12), cue.start()))
    by = None if quoted_as else _BY.match(text, cue.end())  # ("was quoted as saying by X":
    # X only relays it)
    if by:  # "as reported by X", "it was confirmed by X that": X
        agent = [m for m in here if m[0] == by.end()]
        return str(agent[0][2]) if agent else None
    inverted = sorted(m for m in here if m[0] >= cue.end()) \
        if cue.group().lower() in _INVERTED and _COMMA_BEFORE.search(
            text, max(0, cue.start() - 3), cue.start()) else []
    lead = text[cue.end():inverted[0][0]] if inverted else ""
    if inverted and inverted[0][3] == "person" and _TOWNS_NOUN.fullmatch(lead):
        lead = " "  # "…,” said London student X": X, the town a modifier
    if inverted and inverted[0][3] == "person" and (job := _JOB_APPOSED.match(lead)):
        lead = " " + lead[job.end():]  # "C, said the coast guard chief, Vice Adm. X": X
    if inverted and (re.fullmatch(r"\s+(?:[Tt]he\s+)?", lead) or inverted[0][3] == "person" and (
            lead.split() and all(w in W.TITLES or w in W.HONORIFICS or w in W.TITLE_MODIFIERS
                                 for w in lead.split()))) and (  # ("…, said Capt. X, a …")
            (_ENDS_SOON.match(text, inverted[0][1])
             # (not "X, reports Wolfe had battled cancer.": what was reported)
             and not _CLAUSE_AFTER.match(text, inverted[0][1]))
            or inverted[0][3] == "person" and (
                (tail := _APPOSED_TO_END.match(text, inverted[0][1])) is not None
                and not _SAYS.search(tail.group()))):  # ("…, said X, president of Y, which
        # runs Z.")
        return str(_titled(text, inverted)[2])  # "C, reports Reuters", "…,” said X": not
        # the last name in C
    before = [m for m in here if m[1] <= cue.start()]
    who = _WHO.search(text, start, cue.start())
    if who is not None and _SAID_THAT.match(text, cue.end()):
        # "X, the envoy of Y, who has stated that": the person the relative clause is about
        people = [m for m in before if m[3] == "person" and m[1] <= who.start()
                  and _APPOSITION_BEFORE_WHO.fullmatch(text, m[1], who.start())]
        return str(people[-1][2]) if people else None
    if before:
        near = max(before, key=lambda m: m[1])
        if near[3] in ("country", "place") and (
                _SUBJECT_GAP.match(text[near[1]:cue.start()])
                and _PEOPLE_OF.search(text, max(start, near[0] - 30), near[0])
                or _MEDIA_OF.match(text, near[1])):
            return None  # "Union leaders of Varn announced", "Oman television said": they,
            # unnamed (not the country)
        opener = min(before)
        heard = _SPOKEN_TO.search(text, max(start, opener[0] - 24), opener[0]) and next(
            (m for m in before if m[0] > opener[1] and _HEARD_GAP.fullmatch(
                text, opener[1], m[0])), None)
        opener = heard or opener  # "Speaking to Varn Radio on Monday, X defended it": X
        if cue.group().endswith("ing") and opener[3] in ("person", "organization", "group") \
                and (heard or _OPENS.fullmatch(text, start, opener[0])) \
                and not _SPOKEN_TO.search(text, max(start, opener[0] - 24), opener[0]) \
                and not _VERB_BEFORE.search(text, start, opener[0]) \
                and _THEN_SAYING.fullmatch(text, opener[1], cue.start()):
            # "X congratulated Y, his protégé, saying": who the sentence is about speaks
            # (not "The commission declared X winner, saying": the commission); "The X
            # Police Spokesperson, ASP Y, confirmed it, saying": Y, the title's name
            named = [m for m in before if opener[3] != "person" and m[3] == "person"
                     and _NAMED_TITLE.search(text, max(start, m[0] - 12), m[0])
                     and text.startswith(",", m[1])]
            return str((named[0] if named else opener)[2])
        if cue.group().endswith("ing") and near[3] in ("person", "organization", "group") \
                and _SUBJECT_GAP.match(text[near[1]:cue.start()]):
            if _WITH_BEFORE.search(text, max(start, near[0] - 6), near[0]):
                return str(near[2])  # "…, with X, an economist at Y, saying": X
            if "," in text[near[1]:cue.start()] and not (
                    _OPENS.fullmatch(text, start, near[0])
                    and not _VERB_BEFORE.search(text, start, near[0])) and not quoted_as:
                return None  # "Police named the suspect as X, a resident of Y, saying": police
        if (_IN_A_PHRASE.search(text, max(start, near[0] - 60), near[0])
                or near is opener and _SOMEONE_OF.fullmatch(text, start, near[0])) and \
                _SUBJECT_GAP.match(text[near[1]:cue.start()]):
            return None  # "The four arrested for an attack on X have told police", "The
            # founder of X, based in Y, denied": not X
        located = _IN_BEFORE.search(text, max(start, near[0] - 12), near[0])
        if located and _SUBJECT_GAP.match(text[near[1]:cue.start()]):
            # "Officials in Kenya say": no one named; "the Weather Bureau in Taiwan says":
            # the bureau
            owner = [m for m in before if m[1] == located.start()]
            return str(owner[0][2]) if owner else None
        if opener[3] == "person" and near is not opener and (
                _OPENS.fullmatch(text, start, opener[0])
                or text[start:opener[0]].rstrip().endswith((",", ",”", ',"'))) and \
                _UNCLOSED_JOB.fullmatch(text, opener[1], cue.start()):
            return str(opener[2])  # "“C,” X, a former Y commander said": X
        if near[3] in ("organization", "group") and _SUBJECT_GAP.match(
                text[near[1]:cue.start()]) and (_OPENS.fullmatch(text, start, opener[0]) or
                                                text[start:opener[0]].rstrip().endswith(
                                                    (",", ",”", ',"'))) \
                and opener[3] == "person" and (open_ := _UNCLOSED.match(text, opener[1])) and \
                open_.end() <= near[0] and "," not in text[open_.end():near[0]]:
            # "X, the alleged chief of the Y group said": the apposition's closing comma
            # left out, X still speaks
            return str(opener[2])
        # "X of the Y newspaper has said", "Chief Inspector X of the Ghent police said",
        # "Their lawyer, X of Y Solicitors, said": the person, not where they work
        of = [m for m in before if m[3] == "person" and _OF.fullmatch(text, m[1], near[0])]
        if near[3] in ("country", "place") and _SUBJECT_GAP.match(text[near[1]:cue.start()]) \
                and (paper := [m for m in before if m[3] in ("organization", "group")
                              and _BODY_OF_PLACE.fullmatch(text, m[1], near[0])]):
            return str(paper[-1][2])  # "the Varn Times newspaper of Norland stated": the paper
        gap = text[near[1]:cue.start()]
        # (the name before its acronym in brackets: "the Y Army (YA)")
        named = next((m for m in before if m[1] == near[0] - 2 and text[m[1]:near[0]] == " ("),
                     near)
        if where := [p for p in places if near[1] < p[0] < cue.start()
                     and _IN_PLACE_GAP.fullmatch(text, near[1], p[0])
                     and "," not in text[p[1]:cue.start()]]:
            gap = text[where[0][1]:cue.start()]  # "A correspondent for X in Kabul reports": X
        if _SUBJECT_GAP.match(gap) or (
                of and near[3] in ("organization", "group", "place")
                and _OF_BODY_GAP.fullmatch(text, near[1], cue.start())) or (
                _APPOSED.fullmatch(text, _past_acronym(text, near[1]), cue.start())
                and (c := text.rfind(",", max(start, named[0] - 40), named[0])) >= 0
                and (_HONORIFIC_GAP.fullmatch(text, c + 1, named[0])
                     or near[3] != "person" and text[c + 1:named[0]] == " the ")):
            # "the BBC and CNN have reported": the first of them; "X's chief, Y, said" and
            # "the spokesman, Lieutenant Y, said": Y; "The main rebel group, the Y Army
            # (YA), said": Y
            first = [m for m in before if m[1] < near[0] and _AND.fullmatch(text, m[1], near[0])]
            return str((first[-1] if first else of[-1] if of else near)[2])
        # "X, a spokesman for the Y tribe, said", "X, the flag carrier of Y, has stated": X,
        # past the names in the apposition
        apposed = [m for m in before if m[3] in ("person", "organization", "group")
                   and _APPOSITION_GAP.fullmatch(text, m[1], cue.start())
                   and not _SPOKEN_TO.search(text, max(start, m[0] - 24), m[0])]
        if apposed:
            return str(apposed[-1][2])
        if len(before) == 1 and _OPENS.fullmatch(text, start, near[0]) and not \
                _VERB_BEFORE.search(text, start, near[0]) and (
                _AND_THEN.fullmatch(text, near[1], cue.start()) and not (
                    text.find(",", near[1], cue.start()) >= 0
                    and _THAT_WORD.search(text, near[1], cue.start()))
                or (cue.group().endswith("ing") and _THEN_SAYING.fullmatch(text, near[1],
                                                                          cue.start()))):
            # "X welcomed the result and said", "X voted against it, saying": the
            # sentence's subject
            return str(near[2])
    after = [m for m in here if m[0] >= cue.end()] \
        if cue.group().lower() in _INVERTED and not _HE.search(
            text, max(start, cue.start() - 8), cue.start()) and not _RELATIVE.search(
            text, max(start, cue.start() - 7), cue.start()) else []  # "said Smith"; not
    # "told Reuters", nor "He said the X Settlement was known": a subject before the verb
    # ("said Assistant U.S. Attorney X": the country only qualifies his title)
    after = [m for m in after if not (m[3] in ("country", "place") and _TITLE_NEXT.match(
        text, m[1]))]
    near = min(after, key=lambda m: m[0]) if after else None
    if near and _CLAUSE_AFTER.match(text, near[1]) and re.fullmatch(
            r"\s+(?:the\s+|(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?", text[cue.end():near[0]]):
        # "said Norland “betrayed” them", "said the firm was", "said Mr. X misappropriated
        # funds": what was said; the speaker stands before ("A company spokeswoman said")
        near = None
    if near:
        gap = text[cue.end():near[0]]
        words = gap.split()
        if re.fullmatch(r"\s+(?:[Tt]he\s+)?", gap) or _SPOKESMAN_FOR.fullmatch(gap) or (
                near[3] == "person" and words
                and (all(w in W.TITLES or w in W.TITLE_MODIFIERS or w in W.HONORIFICS
                         for w in words)  # ("said Prof X", "said Dr X")
                     or ((words[-1] in W.TITLES or words[-1].capitalize() in W.TITLES)
                         and len(words) <= 5
                         and all(w[0].isupper() or w == "and" or w.capitalize() in W.TITLES
                                 for w in words)))):
            # ("said New York attorney general X": a title in lower case too)
            # ("said Commissioner X", "said Prime Minister X"; "said Tuolumne County
            # Sheriff X": a place's title, the place no actor here)
            # "said Smith", "said a spokesman for X", "commented BP chief operating officer
            # Y": the person the title leads to
            return str(_titled(text, sorted(after))[2])
        if near[3] == "person" and (_SAID_TITLE.fullmatch(gap) or _NOUN_TITLE.fullmatch(gap)
                                    or _OWNER_GAP.fullmatch(gap) or _MOOD.fullmatch(gap)
                                    or _LOWER_TITLE_GAP.fullmatch(gap)):
            return str(near[2])  # "said X's health minister, Smith", "said policeman Smith",
            # "says Varn Red Cross' Smith", "said a baffled Smith"
    window = max(start, cue.start() - 12)
    while window > start and text[window - 1].isalnum():
        window += 1  # (from a word's start: not the "he" of "The railroad said")
    pronoun = _PRONOUN.search(text[window:cue.start()]) or \
        _PRONOUN_ASIDE.search(text, max(start, cue.start() - 40), cue.start())
    if pronoun:  # "she said"; "It said that": the organisation named last
        word = (pronoun.group(1) or pronoun.group(2) or "").lower()
        it = word == "it"
        subject = min(before) if before and not it else None
        if subject and subject[3] == "person" and _OPENS.fullmatch(text, start, subject[0]) \
                and not _VERB_BEFORE.search(text, start, subject[0]) \
                and not _in_quotation(text, cue.start()):
            return str(subject[2])  # "Chief X requested cars for what he says is a need": X
        return _meant(word, last, _in_quotation(text, cue.start()))
    if official := _THE_OFFICIAL.search(text, max(start, cue.start() - 60), cue.start()):
        # "The spokesperson added": the one who spoke last, or the one so titled
        return last.get("title " + official.group(1).lower()) or last.get("speaker")
    if _THE_AGED.search(text, max(start, cue.start() - 40), cue.start()):
        return last.get("speaker")  # "the 29-year-old said": who spoke last
    if _THE_STATEMENT.search(text, max(start, cue.start() - 40), cue.start()):
        return last.get("statement")  # "the statement said": whose statement the story told
    body = _body_before(text, start, cue.start())
    if body is None and (official := _BODY_OFFICIAL.search(text, max(start, cue.start() - 60),
                                                          cue.start())):
        # "A company spokeswoman said": the company named last
        return _named_last(text, official.group(1), here, official.start(), last)
    if body is None:
        return None
    if body.re is _THE_BODY:  # "The group said": the group or organisation named last
        return _named_last(text, body.group(1), here, body.start(), last)
    return last.get(body.group(1))  # "the Norwegian government said": Norway, if named


def _meant(word: str, last: dict[str, str], quoted: bool) -> str | None:
    """Whom "he", "she" or "it" means: who the story was about (not a name in passing), or
    the person (organisation) named last; never "Mr X" for "she" ("A spokeswoman said Mr X
    had offered talks. She added")."""
    if word != "it" and "subject" in last and not quoted:
        meant = last["subject"]
    else:
        meant = last.get("organization" if word == "it" else "person", "")
    return meant if meant and last.get("sex " + meant, word) == word else None


def _demonyms(countries: dict[str, str], text: str) -> dict[str, str]:
    """"Norwegian" -> the id of the country named "Norway": the demonym keeps all of the
    name but its last two letters at most, and no other country's name fits it better
    (not "Austria" for "Australian", nor "Iran" for "Iraqi")."""
    def fit(name: str, demonym: str) -> int:
        shared = len(os.path.commonprefix([name, demonym]))
        return shared if shared >= max(4, len(name) - 2) else 0

    out: dict[str, str] = {}
    for demonym in W.DEMONYMS & word_starts(text).keys() if countries else ():
        for name, country in countries.items():
            best = fit(name, demonym)
            if best and not any(fit(other, demonym) > best for other in W.COUNTRIES):
                out[demonym] = country
    return out


_FIRMS = ("company", "firm")
_RELAYED = re.compile(r"(?:reported|reports|writes|wrote|says)$", re.IGNORECASE)
_CREDITED = re.compile(r"(?:\b(?:seen|obtained|reviewed|reported)\s+by|\btold)\s+(?:the\s+)?$|"
                       r"\(\s*$")
# A body's noun and the words of the names of such bodies: "the airline" is the one named
# last whose name says it flies.
_BODY_WORDS = {noun: re.compile(rf"\b(?:{words})\b") for noun, words in (
    ("airline", "Airlines|Airways|Airline|^Aer|Air$"), ("carrier", "Airlines|Airways|^Aer|Air$"),
    ("bank", "Bank|Banking"), ("union", "Union|Workers|Teamsters"),
    ("university", "University|College"), ("hospital", "Hospital|Clinic|Infirmary"),
    ("council", "Council"), ("commission", "Commission"), ("office", "Office"),
    ("agency", "Agency|Administration|Authority|Bureau|Service|Commission|Agence|Agencia"),
    *((body, "Ministry|Department") for body in ("ministry", "department")),
    ("railway", "Rail|Railway|Railways"), ("railroad", "Railroad|Rail"),
    ("party", "Party"), ("club", "Club|FC|United|City"), ("charity", "Charity|Foundation|Trust"),
    # ("the company": no public body's: not "the National Transportation Safety Board")
    *((firm, r"^(?!.*\b(?:Board|Administration|Agency|Department|Ministry|Commission|"
             r"Council|Police|Patrol|Court|Authority|Service|Office|University|Party|"
             r"Government|Parliament|Assembly|Senate|Congress|Committee|Bureau|Institute|"
             r"Army|Navy|Force|Guard)\b)") for firm in _FIRMS))}


def _called(text: str, mention: tuple) -> str:
    """What a mention says and its actor's id in words ("NTSB National Transportation Safety
    Board"): an acronym tells no kind of body, the name it stands for does."""
    return f"{text[mention[0]:mention[1]]} {mention[2].replace('-', ' ').title()}"


def _named_last(text: str, noun: str, here: list, before: int, last: dict[str, str],
                ) -> str | None:
    """Who "the company", "the group" is: the organisation (or group) named last, in the
    sentence before `before` or else in the sentences before it ("the airline", "the
    union": only one whose name says it is one, or no one)."""
    if (body := last.get("the " + noun.lower())) is not None and not any(
            m[3] == "organization" and m[1] <= before for m in here):
        return body
    # ("the government": a state's, the country named last)
    kind = {"group": "group", "government": "country"}.get(noun.lower(), "organization")
    named = [m for m in here if m[3] == kind and m[1] <= before]
    if (words := _BODY_WORDS.get(noun.lower())) is not None:
        named = [m for m in named if words.search(_called(text, m))]
        if named or body or noun.lower() not in _FIRMS:
            return str(named[-1][2]) if named else body
        # ("…, the company said." in the lead: the firm named next, if it is no public body)
        other = last.get(kind)
        return other if other and words.search(other.replace("-", " ").title()) else None
    return str(named[-1][2]) if named else last.get(kind)
