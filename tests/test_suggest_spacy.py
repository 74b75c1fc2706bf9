"""The spaCy recommender for real: a tiny pipeline (tagger, parser, NER) that the test
trains itself on three invented sentences, saved to a folder that a project's
`annotate.yaml` names as its `nlp.pipeline`. No model download, no mock: what is
asserted is what the recommender reads from that pipeline's entities and parse.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from annotate import article, config, suggest

spacy = pytest.importorskip("spacy")

TEXT = ("The mayor of Varn, Ilse Damaro, condemned the Baltic Maritime Authority on Monday. "
        "Lindqvar police arrested Osric Pell in Varn. "
        "“The fine was fair,” said the mayor, Ilse Damaro.")
# token, dependency label, head (token index), Penn tag
PARSE = """The det 1 DT|mayor nsubj 8 NN|of prep 1 IN|Varn pobj 2 NNP|, punct 1 ,|
Ilse compound 6 NNP|Damaro appos 1 NNP|, punct 1 ,|condemned ROOT 8 VBD|the det 12 DT|
Baltic compound 12 NNP|Maritime compound 12 NNP|Authority dobj 8 NNP|on prep 8 IN|
Monday pobj 13 NNP|. punct 8 .|Lindqvar compound 17 NNP|police nsubj 18 NNS|
arrested ROOT 18 VBD|Osric compound 20 NNP|Pell dobj 18 NNP|in prep 18 IN|Varn pobj 21 NNP|
. punct 18 .|“ punct 31 ``|The det 26 DT|fine nsubj 27 NN|was ccomp 31 VBD|
fair acomp 27 JJ|, punct 31 ,|” punct 31 ''|said ROOT 31 VBD|the det 33 DT|
mayor nsubj 31 NN|, punct 33 ,|Ilse compound 36 NNP|Damaro appos 33 NNP|. punct 31 ."""
# entity text, label, which occurrence of the text
ENTITIES = [("Varn", "GPE", 0), ("Ilse Damaro", "PERSON", 0),
            ("Baltic Maritime Authority", "ORG", 0), ("Monday", "DATE", 0),
            ("Lindqvar", "GPE", 0), ("Osric Pell", "PERSON", 0), ("Varn", "GPE", 1),
            ("Ilse Damaro", "PERSON", 1)]


def _gold() -> tuple[list[tuple[str, str, int, str]], list[tuple[int, int, str]]]:
    rows = [row.split() for row in PARSE.replace("\n", "").split("|")]
    tokens = [(text, dep, int(head), tag) for text, dep, head, tag in rows]
    ents = []
    for text, label, nth in ENTITIES:
        at = -1
        for _ in range(nth + 1):
            at = TEXT.index(text, at + 1)
        ents.append((at, at + len(text), label))
    return tokens, ents


def _reads(nlp, tokens, ents) -> bool:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    return ([(t.text, t.dep_, t.head.i, t.tag_) for t in doc] == tokens
            and [(e.start_char, e.end_char, e.label_) for e in doc.ents] == ents)


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Train until the pipeline reads the text as annotated (a few seconds), then save."""
    from spacy.training import Example

    tokens, ents = _gold()
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    # Small networks (spaCy's defaults, a tenth of the size): three sentences need no more,
    # and they learn them in about a second.
    words = {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
             "width": 32, "depth": 2, "embed_size": 500, "window_size": 1,
             "maxout_pieces": 2, "subword_features": True}

    def transitions(kind: str) -> dict:  # type: ignore[type-arg]
        return {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": kind,
                "extra_state_tokens": False, "hidden_width": 32, "maxout_pieces": 2,
                "use_upper": True, "nO": None, "tok2vec": words}

    nlp.add_pipe("tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "nO": None,
                                             "normalize": False, "tok2vec": words}})
    # min_action_freq 1: every label, though each is seen a few times only
    nlp.add_pipe("parser", config={"min_action_freq": 1, "model": transitions("parser")})
    nlp.add_pipe("ner", config={"model": transitions("ner")})
    doc = nlp.make_doc(TEXT)
    assert [t.text for t in doc] == [t[0] for t in tokens]
    example = Example.from_dict(doc, {"heads": [t[2] for t in tokens],
                                      "deps": [t[1] for t in tokens],
                                      "tags": [t[3] for t in tokens], "entities": ents})
    optimizer = nlp.initialize(lambda: [example])
    optimizer.learn_rate = 0.01
    for _ in range(100):
        nlp.update([example], sgd=optimizer)
        if _reads(nlp, tokens, ents):
            break
    assert _reads(nlp, tokens, ents), "the tiny pipeline did not learn its three sentences"
    path = tmp_path_factory.mktemp("pipeline") / "tiny_en"
    nlp.to_disk(path)
    return path


@pytest.fixture
def project(tmp_path: Path, pipeline: Path) -> Path:
    """A project whose config runs the spaCy recommender with the tiny pipeline."""
    (tmp_path / "annotate.yaml").write_text(
        f"nlp:\n  pipeline: {json.dumps(str(pipeline))}\n  recommenders: [spacy]\n")
    story = tmp_path / "story.txt"
    story.write_text(TEXT)
    return story


def _suggest(story: Path, *args: str) -> dict:  # type: ignore[type-arg]
    result = run_cli("suggest", story, "--format", "json", *args)
    assert result.code == 0 and result.err == "", result
    return json.loads(result.out)  # type: ignore[no-any-return]


def test_actors_are_the_entities_typed_by_the_label_map(project: Path) -> None:
    data = _suggest(project)
    actors = {a["name"]: a for a in data["actors"]}
    # Each was found by the model ("Lindqvar", before "police", by the model alone); the
    # built-in's names are merged in (tests/test_suggest_spacy.py's next test).
    assert all("spacy" in a["source"].split("+") for a in data["actors"])
    assert actors["Lindqvar"]["source"] == "spacy"
    assert actors["Ilse Damaro"]["type"] == "person" and len(actors["Ilse Damaro"]["mentions"]) == 2
    assert actors["Osric Pell"]["type"] == "person"
    assert actors["Baltic Maritime Authority"]["type"] == "organization"
    # GPE maps to country, but a GPE that is no country is a place; DATE maps to nothing.
    assert actors["Varn"]["type"] == actors["Lindqvar"]["type"] == "place"
    assert len(actors["Varn"]["mentions"]) == 2 and "Monday" not in actors


def test_the_builtin_names_come_first_and_type_what_both_find(project: Path) -> None:
    """A label map that reads GPE as an organisation: "Varn" ("in Varn") stays the
    built-in's place, while "Lindqvar", found by the model alone, takes the label's type;
    a name the model does not find ("Quorvex", which the built-in finds by its speech
    verb) is offered all the same."""
    config = project.parent / "annotate.yaml"
    config.write_text(config.read_text() + "entity_types: {PERSON: person, ORG: organization,"
                      " GPE: organization}\n")
    project.write_text(TEXT + " Quorvex said it would appeal. Quorvex said so again.")
    actors = {a["name"]: a for a in _suggest(project)["actors"]}
    assert actors["Varn"]["type"] == "place" and actors["Varn"]["source"] == "built-in+spacy"
    assert actors["Lindqvar"]["type"] == "organization"
    assert actors["Quorvex"]["source"] == "built-in"


def test_participants_and_claimant_come_from_the_parse(project: Path) -> None:
    data = _suggest(project)
    ids = {a["name"]: a["id"] for a in data["actors"]}
    events = {TEXT[e["trigger"]["start"]:e["trigger"]["end"]]: e for e in data["events"]}
    pairs = {w: {(p["actor"], p["role"]) for p in e["participants"]} for w, e in events.items()}
    # The subject is "the mayor", whose apposition names her; not "Varn": the parse says so.
    assert events["condemned"]["type"] == "criticism" and events["condemned"]["source"] == "spacy"
    assert pairs["condemned"] == {(ids["Ilse Damaro"], "critic"),
                                  (ids["Baltic Maritime Authority"], "target")}
    # "Lindqvar police": a place is no authority, so no pair for the subject; "in Varn" is
    # where, never offered.
    assert pairs["arrested"] == {(ids["Osric Pell"], "detainee")}
    # What was said is the claim, without its quote marks and attribution; "said the
    # mayor, Ilse Damaro": the subject of "said" and its apposition.
    quote = next(c for c in data["claims"] if c["span"]["text"] == "The fine was fair")
    assert quote["claimant"] == ids["Ilse Damaro"] and quote["cue"]["text"] == "said"


def test_the_built_in_rules_alone_read_less_here(project: Path) -> None:
    """The same article without the parse: the word rules find no critic ("The mayor of
    Varn, Ilse Damaro, condemned": no name stands as the subject); the speaker after "said
    the mayor," they read from the title before her name."""
    data = _suggest(project, "--recommender", "built-in")
    events = {TEXT[e["trigger"]["start"]:e["trigger"]["end"]]: e for e in data["events"]}
    assert not any(p["role"] == "critic" for p in events["condemned"]["participants"])
    quote = next(c for c in data["claims"] if c["span"]["text"] == "The fine was fair")
    assert quote["claimant"] == "ilse-damaro"


def test_an_article_is_parsed_once_for_all_three_passes(pipeline: Path) -> None:
    inv = config.parse({"nlp": {"pipeline": str(pipeline), "recommenders": ["spacy"]}},
                       "test", config.default())
    (spacy_rec,) = suggest.recommenders(inv, ["spacy"])
    before = spacy_rec.parses  # type: ignore[attr-defined]
    art = article.from_text(TEXT + " Osric Pell left Varn.")  # a text no test parsed yet
    found = suggest.run(art, inv=inv)
    assert found.actors and found.events and found.claims
    suggest.run(art, inv=inv)  # the walkthrough asks again after every decision
    assert spacy_rec.parses == before + 1  # type: ignore[attr-defined]
    suggest.actors(article.from_text(TEXT + " Osric Pell said nothing."), inv=inv)  # another
    assert spacy_rec.parses == before + 2  # type: ignore[attr-defined]


# -- the parse reader on parses written by hand (real spaCy Docs, no model) ------------------
def _doc(rows: str):  # type: ignore[no-untyped-def]
    """A Doc from 'word dep head tag' rows ('_' after a word: no space follows it)."""
    from spacy.tokens import Doc
    words, spaces, deps, heads, tags = [], [], [], [], []
    for row in rows.split("|"):
        word, dep, head, tag = row.split()
        words.append(word.rstrip("_"))
        spaces.append(not word.endswith("_"))
        deps.append(dep)
        heads.append(int(head))
        tags.append(tag)
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, deps=deps, heads=heads,
               tags=tags, pos=["VERB" if t.startswith("VB") else "NOUN" for t in tags])


def _mentions(doc, names: dict[str, str]) -> list[tuple[int, int, str, str]]:  # type: ignore[no-untyped-def]
    return sorted((doc.text.index(name), doc.text.index(name) + len(name),
                   name.split()[-1].lower(), kind) for name, kind in names.items())


def _pairs(doc, trigger: int, etype: str, verbal: bool,  # type: ignore[no-untyped-def]
           names: dict[str, str]) -> set[tuple[str, str]]:
    from annotate.suggest import nlp, roles
    r = roles.roles_for(etype, config.default().event_types[etype].roles)
    return set(nlp._participants(doc[trigger], verbal, r, _mentions(doc, names)))


def test_a_name_that_opens_the_object_phrase_is_its_owner_not_the_object() -> None:
    doc = _doc("Meridal compound 1 NNP|Shipping nsubj 2 NNP|hired ROOT 2 VBD|Varn_ poss 6 NNP|"
               "'s case 3 POS|harbour compound 6 NN|master_ dobj 2 NN|, punct 6 ,|"
               "Osric compound 9 NNP|Pell_ appos 6 NNP|. punct 2 .")
    names = {"Meridal Shipping": "organization", "Varn": "place", "Osric Pell": "person"}
    assert _pairs(doc, 2, "appointment", True, names) == {("shipping", "appointer"),
                                                         ("pell", "appointee")}


def test_a_name_that_owns_the_subject_or_object_is_neither() -> None:
    from annotate.suggest import nlp, roles
    inv = config.default()
    doc = _doc("Osric compound 1 NNP|Pell_ poss 3 NNP|'s case 1 POS|lawyer nsubj 4 NN|"
               "sued ROOT 4 VBD|Meridal compound 6 NNP|Shipping_ dobj 4 NNP|. punct 4 .")
    names = {"Osric Pell": "person", "Meridal Shipping": "organization"}
    r = roles.roles_for("legal-action", inv.event_types["legal-action"].roles, "sue")
    # The lawyer sued (no one named), Meridal Shipping was sued.
    assert set(nlp._participants(doc[4], True, r, _mentions(doc, names))) == {
        ("shipping", "defendant")}
    doc = _doc("Ilse compound 1 NNP|Damaro nsubj 2 NNP|hired ROOT 2 VBD|Osric compound 4 NNP|"
               "Pell_ poss 6 NNP|'s case 4 POS|son dobj 2 NN|. punct 2 .")
    names = {"Ilse Damaro": "person", "Osric Pell": "person"}
    assert _pairs(doc, 2, "appointment", True, names) == {("damaro", "appointer")}


def test_a_speech_takes_its_speaker_from_the_verb_it_hangs_on() -> None:
    doc = _doc("Osric compound 1 NNP|Pell_ nsubj 7 NNP|, punct 7 ,|in prep 7 IN|a det 5 DT|"
               "speech_ pobj 3 NN|, punct 7 ,|stated ROOT 7 VBD|that mark 10 IN|"
               "taxes nsubj 10 NNS|rose_ ccomp 7 VBD|. punct 7 .")
    assert _pairs(doc, 5, "statement", False, {"Osric Pell": "person"}) == {
        ("pell", "speaker")}


def test_a_list_the_model_parses_in_apposition_is_all_the_doers() -> None:
    """The small model parses "X, Y, and Z were detained" with Y in apposition to X, and
    "X, Y, Z and W voted" with Y a modifier of X: every name of the list takes part (one of
    another kind in apposition, "Osric Pell, Meridal Shipping, has resigned", does not)."""
    doc = _doc("Ilse compound 1 NNP|Damaro nsubjpass 9 NNP|, punct 1 ,|Osric compound 4 NNP|"
               "Pell appos 1 NNP|, punct 1 ,|and cc 1 CC|Ana compound 8 NNP|Kovi conj 1 NNP|"
               "detained ROOT 9 VBN|. punct 9 .")
    names = {"Ilse Damaro": "person", "Osric Pell": "person", "Ana Kovi": "person"}
    assert _pairs(doc, 9, "arrest", True, names) == {
        ("damaro", "detainee"), ("pell", "detainee"), ("kovi", "detainee")}
    doc = _doc("Osric compound 1 NNP|Pell nsubj 7 NNP|, punct 1 ,|Meridal compound 4 NNP|"
               "Shipping_ appos 1 NNP|, punct 1 ,|has aux 7 VBZ|resigned ROOT 7 VBN|"
               ". punct 7 .")
    names = {"Osric Pell": "person", "Meridal Shipping": "organization"}
    assert _pairs(doc, 7, "resignation", True, names) == {("pell", "person")}


def test_where_it_happened_is_no_pair() -> None:
    rows = ("Police nsubj 1 NNS|arrested ROOT 1 VBD|Osric compound 3 NNP|Pell dobj 1 NNP|"
            "{prep} prep 1 IN|Varn_ pobj 4 NNP|. punct 1 .")
    names = {"Osric Pell": "person", "Varn": "place"}
    assert _pairs(_doc(rows.format(prep="outside")), 1, "arrest", True, names) == {
        ("pell", "detainee")}
    assert _pairs(_doc(rows.format(prep="in")), 1, "arrest", True, names) == {
        ("pell", "detainee")}


def _actors(rows: str, ents: list[str]) -> dict[str, tuple[str, list[str]]]:
    """name -> (type, aliases): the spaCy recommender's actors for a parse written by hand
    (its entities as IOB tags), as it reads any parse it has made."""
    from spacy.tokens import Doc

    from annotate.suggest.base import Request
    from annotate.suggest.nlp import Parsed, Spacy
    doc = _doc(rows)
    doc = Doc(doc.vocab, words=[t.text for t in doc],
              spaces=[bool(t.whitespace_) for t in doc],
              deps=[t.dep_ for t in doc], heads=[t.head.i for t in doc],
              tags=[t.tag_ for t in doc], pos=[t.pos_ for t in doc], ents=ents)
    art = article.from_text(doc.text)
    rec = Spacy("a pipeline never loaded: the parse is given")
    rec._parsed[art.sha256] = Parsed(doc)  # the parse it keeps for the article in hand
    inv = config.default()
    from annotate.model import Annotations, Document
    req = Request(art, Annotations(Document("x.txt", art.sha256, art.length, None)), inv)
    return {a.name: (a.type, a.aliases) for a in rec.actors(req)}


def test_adjectives_of_a_people_and_titles_alone_are_no_actors() -> None:
    found = _actors("The det 2 DT|Muslim amod 2 JJ|council nsubj 7 NN|and cc 2 CC|"
                    "Fire compound 5 NNP|Captain compound 6 NNP|Pell conj 2 NNP|"
                    "spoke ROOT 7 VBD|to prep 7 IN|Muslims pobj 8 NNPS|in prep 7 IN|"
                    "Varn_ pobj 10 NNP|. punct 7 .",
                    ["O", "B-NORP", "O", "O", "B-ORG", "I-ORG", "B-PERSON", "O", "O", "B-NORP",
                     "O", "B-GPE", "O"])
    assert found == {"Pell": ("person", []), "Muslims": ("group", []), "Varn": ("place", [])}


def test_words_that_name_no_one_are_no_actors_whatever_the_label() -> None:
    """A time zone the model labels an organisation, a place named in lower case."""
    found = _actors("Pell nsubj 1 NNP|said ROOT 1 VBD|servers nsubj 3 NNS|failed ccomp 1 VBD|"
                    "at prep 3 IN|UTC pobj 4 NNP|on prep 3 IN|the det 9 DT|west amod 9 JJ|"
                    "coast pobj 6 NN|. punct 1 .",
                    ["B-PERSON", "O", "O", "O", "O", "B-ORG", "O", "O", "B-LOC", "I-LOC", "O"])
    assert found == {"Pell": ("person", [])}


def test_a_time_zone_is_no_actor_whatever_the_label_covers() -> None:
    """The model's "Central European" of "Central European Summer Time", and "UTC +8"."""
    found = _actors("Pell nsubj 1 NNP|said ROOT 1 VBD|at prep 1 IN|noon pobj 2 NN|"
                    "Central compound 6 NNP|European compound 6 NNP|Summer compound 7 NNP|"
                    "Time appos 3 NNP|, punct 3 ,|UTC appos 3 NNP|+8_ nummod 9 CD|. punct 1 .",
                    ["B-PERSON", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-ORG",
                     "I-ORG", "O"])
    assert found == {"Pell": ("person", [])}


def test_a_word_the_article_also_writes_in_lower_case_is_no_name() -> None:
    """"Weather" opening a sentence, labelled a person; the story speaks of the weather."""
    found = _actors("Weather nsubj 1 NNP|delayed ROOT 1 VBD|Pell dobj 1 NNP|. punct 1 .|"
                    "The det 5 DT|weather nsubj 6 NN|cleared ROOT 6 VBD|. punct 6 .",
                    ["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "O"])
    assert found == {"Pell": ("person", [])}
    found = _actors("Ilse compound 1 NNP|May nsubj 2 NNP|spoke ROOT 2 VBD|. punct 2 .|"
                    "May nsubj 5 NNP|may aux 5 MD|win ROOT 5 VB|. punct 5 .",
                    ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "O"])
    assert found == {"Ilse May": ("person", ["May"])}  # her surname, though "may" is a word


def test_a_law_a_model_or_an_occasion_is_no_actor_whatever_the_label() -> None:
    """What the built-in's names leave out is left out of the model's entities too."""
    found = _actors("Pell nsubj 1 NNP|said ROOT 1 VBD|he nsubj 3 PRP|backed ccomp 1 VBD|"
                    "Bill compound 5 NNP|C-38 dobj 3 NNP|and cc 5 CC|F-16s conj 5 NNPS|"
                    "at prep 3 IN|the det 11 DT|Diamond compound 11 NNP|Jubilee pobj 8 NNP|"
                    ". punct 1 .",
                    ["B-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O",
                     "O", "B-PERSON", "I-PERSON", "O"])
    assert found == {"Pell": ("person", [])}


def test_counted_bills_a_quarter_an_illness_and_a_cut_bracket_are_no_actors() -> None:
    """The built-in's words around a name leave these out; the model's entities too (a
    parliament story, an outbreak: "eight Bills", "in Q4", "an outbreak of X", "the X
    (Amendment" cut at the bracket)."""
    found = _actors("Pell nsubj 1 NNP|said ROOT 1 VBD|eight nummod 3 CD|"
                    "Bills nsubjpass 5 NNPS|were auxpass 5 VBD|passed ccomp 1 VBN|"
                    "in prep 5 IN|Q4 pobj 6 NNP|after prep 5 IN|an det 10 DT|"
                    "outbreak pobj 8 NN|of prep 10 IN|Varnola pobj 11 NNP|and cc 5 CC|"
                    "the det 15 DT|Kelda compound 15 NNP|(_ punct 17 -LRB-|Amendment_ appos 15 NNP|"
                    ") punct 17 -RRB-|Bill conj 5 NNP|. punct 1 .",
                    ["B-PERSON", "O", "O", "B-ORG", "O", "O", "O", "B-ORG", "O", "O", "O", "O",
                     "B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"])
    assert found == {"Pell": ("person", [])}


def test_most_mentions_decide_the_type_and_a_country_is_a_country() -> None:
    found = _actors("Varn nsubj 1 NNP|met ROOT 1 VBD|Chad_ dobj 1 NNP|. punct 1 .|"
                    "Varn nsubj 5 NNP|left ROOT 5 VBD|Lindqvar_ dobj 5 NNP|. punct 5 .|"
                    "Varn nsubj 9 NNP|won ROOT 9 VBD|. punct 9 .",
                    ["B-GPE", "O", "B-ORG", "O", "B-PERSON", "O", "B-GPE", "O", "B-GPE", "O",
                     "O"])
    assert found["Varn"][0] == "place"  # GPE twice, PERSON once; no country of the world
    assert found["Chad"][0] == "country"  # whatever the label


def test_a_short_form_joins_the_one_name_it_shortens() -> None:
    found = _actors("The det 2 DT|Meridal compound 2 NNP|Jets nsubj 3 NNPS|hired ROOT 3 VBD|"
                    "Osric compound 5 NNP|Pell_ dobj 3 NNP|. punct 3 .|The det 8 DT|"
                    "Jets nsubj 9 NNPS|praised ROOT 9 VBD|Osric_ dobj 9 NNP|. punct 9 .",
                    ["O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O",
                     "B-PERSON", "O"])
    assert found == {"Meridal Jets": ("organization", ["Jets"]),
                     "Osric Pell": ("person", ["Osric"])}


def test_the_place_an_organisation_is_of_is_no_short_form_of_it() -> None:
    """"the University of Kelda ... in Varn, Kelda": the state is no alias of the
    university; nor is a known place of a party whose name it closes."""
    found = _actors("Pell nsubj 1 NNP|spoke ROOT 1 VBD|at prep 1 IN|the det 4 DT|"
                    "University pobj 2 NNP|of prep 4 IN|Kelda pobj 5 NNP|in prep 1 IN|"
                    "Varn_ pobj 7 NNP|, punct 8 ,|Kelda_ appos 8 NNP|. punct 1 .",
                    ["B-PERSON", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O",
                     "B-GPE", "O"])
    assert found["University of Kelda"] == ("organization", [])
    assert found["Kelda"][0] == "place"
    found = _actors("Pell nsubj 1 NNP|leads ROOT 1 VBZ|the det 5 DT|Coalition compound 5 NNP|"
                    "Avenir compound 5 NNP|Ontario_ dobj 1 NNP|. punct 1 .|Ontario nsubj 8 NNP|"
                    "voted ROOT 8 VBD|. punct 8 .",
                    ["B-PERSON", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O", "O"])
    assert found["Coalition Avenir Ontario"] == ("organization", [])
    assert found["Ontario"][0] == "place"


def test_a_possessor_inside_an_entity_is_no_part_of_its_name() -> None:
    """"Queensland's Liberal Party", one entity to the model: the party, and the place
    where it is known to be one."""
    found = _actors("Queensland_ poss 2 NNP|’s case 0 POS|Liberal compound 3 NNP|"
                    "Party nsubj 4 NNP|won ROOT 4 VBD|. punct 4 .",
                    ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"])
    assert found == {"Liberal Party": ("organization", []), "Queensland": ("place", [])}


def test_a_place_in_apposition_to_a_common_noun_is_not_its_doer() -> None:
    # The small pipeline parses "Scientists in Varn, Norland" with Norland in apposition
    # to "Scientists" as often as to Varn.
    doc = _doc("Scientists nsubj 5 NNS|in prep 0 IN|Varn_ pobj 1 NNP|, punct 2 ,|"
               "Norland appos 0 NNP|discovered ROOT 5 VBD|a det 7 DT|moon_ dobj 5 NN|. punct 5 .")
    names = {"Varn": "place", "Norland": "country"}
    assert _pairs(doc, 5, "other", True, names) == set()
    doc = _doc("The det 1 DT|mayor_ nsubj 6 NN|, punct 1 ,|Osric compound 4 NNP|"
               "Pell_ appos 1 NNP|, punct 1 ,|resigned_ ROOT 6 VBD|. punct 6 .")
    assert _pairs(doc, 6, "resignation", True, {"Osric Pell": "person"}) == {
        ("pell", "person")}  # a person in apposition is the doer


def test_a_blank_line_starts_a_sentence_for_the_parser_and_a_wrap_does_not() -> None:
    from annotate.suggest import nlp
    doc = nlp._run(spacy.blank("en"), "Three moons found in Varn\n\nScientists in Varn "
                                      "have\nfound three moons.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Scientists" in starts and "found" not in starts


def _parse_and_read(doc, etype: str, names: dict[str, str], trigger: int,  # type: ignore[no-untyped-def]
                    verbal: bool) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The pairs of the parse alone at `trigger`, and the reader's (parse, then words)."""
    from annotate.suggest import nlp, roles
    from annotate.suggest.text import story
    from annotate.suggest.triggers import find
    art = article.from_text(doc.text)
    inv = config.default()
    (hit,) = [h for h in find(art, story(art), inv) if h.entry.type == etype]
    here = _mentions(doc, names)
    r = roles.roles_for(etype, inv.event_types[etype].roles)
    read = nlp._reader(nlp.Parsed(doc), doc.text, story(art))
    return nlp._participants(doc[trigger], verbal, r, here), read(hit, etype, r, here).pairs


def test_where_the_parse_finds_no_one_the_words_may() -> None:
    # The small model often hangs a name off the wrong word: here "Pell" is no subject.
    doc = _doc("Osric compound 1 NNP|Pell npadvmod 3 NNP|officially advmod 3 RB|"
               "resigned_ ROOT 3 VBD|. punct 3 .")
    parsed, read = _parse_and_read(doc, "resignation", {"Osric Pell": "person"}, 3, True)
    assert parsed == []  # the parse alone: no one
    assert read == [("pell", "person")]


def test_a_one_word_person_only_opening_sentences_is_a_capitalised_word(tmp_path: Path) -> None:
    """A pipeline whose entity ruler labels "Turnout" and "Ekberg" PERSON wherever they stand
    (as the small English model reads a capitalised word opening a sentence): "Turnout",
    which only opens sentences, is no one; "Ekberg", met inside one too, is someone."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns(
        [{"label": "PERSON", "pattern": word} for word in ("Turnout", "Ekberg")])
    nlp.to_disk(tmp_path / "ruler_en")
    (tmp_path / "annotate.yaml").write_text(
        f"nlp:\n  pipeline: {json.dumps(str(tmp_path / 'ruler_en'))}\n  recommenders: [spacy]\n")
    story = tmp_path / "story.txt"
    story.write_text("Turnout was 61 percent in Varn. Ekberg won. Turnout rose in Lindqvar, "
                     "where voters backed Ekberg.")
    names = {a["name"] for a in _suggest(story)["actors"]}
    assert "Ekberg" in names and "Turnout" not in names


def test_a_verb_joined_to_a_passive_one_shares_its_passive_subject() -> None:
    """"X was detained and charged": X is charged (the parse joins "charged" to "detained"
    with no auxiliary of its own); "X was elected and has charged Y": X charges."""
    doc = _doc("Osric compound 1 NNP|Pell nsubjpass 3 NNP|was auxpass 3 VBD|detained ROOT 3 VBN|"
               "and cc 3 CC|charged conj 3 VBN|with prep 5 IN|fraud_ pobj 6 NN|. punct 3 .")
    assert _pairs(doc, 5, "legal-action", True, {"Osric Pell": "person"}) == {
        ("pell", "defendant")}
    doc = _doc("Osric compound 1 NNP|Pell nsubjpass 3 NNP|was auxpass 3 VBD|elected ROOT 3 VBN|"
               "and cc 3 CC|has aux 6 VBZ|charged conj 3 VBN|Damaro_ dobj 6 NNP|. punct 3 .")
    assert _pairs(doc, 6, "legal-action", True, {"Osric Pell": "person", "Damaro": "person"}) \
        == {("pell", "authority"), ("damaro", "defendant")}


def test_a_post_with_its_remit_is_no_organisation_whatever_the_label() -> None:
    """"The City's Director of Management and Budget, X, proposed": the model's ORG
    "Director of Management" named a post (and then proposed in X's place)."""
    found = _actors("The det 1 DT|Director nsubj 7 NNP|of prep 1 IN|Management_ pobj 2 NNP|"
                    ", punct 1 ,|Pell_ appos 1 NNP|, punct 1 ,|proposed ROOT 7 VBD|"
                    "savings dobj 7 NNS|. punct 7 .",
                    ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "O", "O", "O", "O"])
    assert found == {"Pell": ("person", [])}


def test_responded_is_no_cue_when_a_speech_verb_after_it_says_what() -> None:
    """"X responded within an hour, telling reporters that C": the parse's cue was
    "responded", and the claim became "within an hour, telling reporters that C"."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from annotate.suggest import nlp
    rows = """Premier compound 2 premier|Ilse compound 2 ilse|Damaro nsubj 3 damaro|
responded ROOT 3 respond|within prep 3 within|an det 6 an|hour pobj 4 hour|, punct 3 ,|
telling advcl 3 tell|reporters dobj 8 reporter|that mark 13 that|40 nummod 12 40|
ships nsubj 13 ship|sank ccomp 8 sink|. punct 3 ."""
    words, deps, heads, lemmas = zip(*(row.split() for row in rows.replace("\n", "").split("|")),
                                     strict=True)
    doc = Doc(Vocab(), words=list(words), spaces=[w not in ("hour", "sank") for w in words],
              heads=[int(h) for h in heads], deps=list(deps), lemmas=list(lemmas))
    text = doc.text
    damaro = (text.index("Ilse"), text.index("Damaro") + 6, "damaro", "person")
    cue, who = nlp._speaker(nlp.Parsed(doc), (0, len(text)), [damaro])
    # ("telling" has no subject of its own: the built-in's reading stands)
    assert (cue, who) == (None, None)
