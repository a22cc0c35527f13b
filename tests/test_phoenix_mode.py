"""Coding with only PETRARCH-2 / Phoenix style dictionaries: mechanisms the curated codebook
would otherwise hide (a bare "say" coded 010 by its verb block, ...), on hand-built UD parses
with made-up places."""

from __future__ import annotations

import shutil

import pytest

from coder.code import code_document
from coder.codebook import load_codebook
from conftest import SMALL_CODEBOOK, build_document


@pytest.fixture(scope="module")
def statement_codebook(tmp_path_factory):
    """The small test codebook, its 'say' coded as PETRARCH-2's SAY block codes it: 010."""
    book = tmp_path_factory.mktemp("phx") / "book"
    shutil.copytree(SMALL_CODEBOOK, book)
    verbs = book / "verbs.yaml"
    text = verbs.read_text()
    old = '{id: say, code: "---", speech: true, verbs: [say]}'
    assert old in text
    verbs.write_text(text.replace(old, '{id: say, code: "010", verbs: [say]}\n'
                                       '  - {id: arm, code: "062", verbs: [arm]}\n'
                                       '  - {id: want, code: "030", verbs: [want]}\n'
                                       '  - {id: visit, code: "042", reverse: "043", verbs: [visit]}'))
    verbs.write_text(verbs.read_text().rstrip("\n") + "\n"
                     '  - {id: allow, code: "080", verbs: [allow], patterns: '
                     '[{id: allow.plan, code: "030", match: [{slot: obj, words: [plan]}]}]}\n'
                     '  - {id: refuse, code: "---", verbs: [refuse]}\n')
    agents = book / "agents.yaml"
    agents.write_text(agents.read_text() + "  - {code: MIL, names: [armed troops]}\n")
    return load_codebook(book, use_cache=False)


def coded(doc, codebook):
    return sorted((e.source.code if e.source else "", e.target.code if e.target else "", e.code)
                  for e in code_document(doc, codebook))


def test_a_generic_statement_yields_to_the_event_it_reports(statement_codebook):
    # "Mordor attacked Gondor, Rohan said."
    doc = build_document("""
        Mordor PROPN 2 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 2 obj
        , PUNCT 6 punct
        Rohan PROPN 6 nsubj
        said VERB 2 parataxis say
        . PUNCT 2 punct""")
    assert coded(doc, statement_codebook) == [("MOR", "GON", "190")]


def test_a_generic_statement_yields_to_an_event_of_a_background_clause(statement_codebook):
    # "Mordor's army, which attacked Gondor, said on Tuesday": the parse makes the act a
    # relative clause of the speaker; the statement is not the main event for that
    doc = build_document("""
        Mordor PROPN 2 nsubj
        which PRON 3 nsubj
        attacked VERB 1 acl:relcl attack
        Gondor PROPN 3 obj
        said VERB 0 root say
        on ADP 7 case
        Tuesday PROPN 5 obl""")
    assert coded(doc, statement_codebook) == [("MOR", "GON", "190")]


def test_a_generic_statement_stays_when_nothing_else_codes(statement_codebook):
    # "Rohan said on Tuesday."
    doc = build_document("""
        Rohan PROPN 2 nsubj
        said VERB 0 root say
        on ADP 4 case
        Tuesday PROPN 2 obl
        . PUNCT 2 punct""")
    assert coded(doc, statement_codebook) == [("ROH", "", "010")]


def test_a_word_of_an_agent_phrase_is_no_predicate(statement_codebook):
    # "Mordor's armed troops attacked Gondor", the participle misread as the main verb:
    # "armed troops" is an agent phrase, its first word no act of arming
    doc = build_document("""
        Mordor PROPN 2 nsubj
        armed VERB 0 root arm
        troops NOUN 4 nsubj troops
        attacked VERB 2 ccomp attack
        Gondor PROPN 4 obj
        . PUNCT 2 punct""")
    assert [c for c in coded(doc, statement_codebook) if c[2] == "062"] == []
    # "Mordor armed troops of Rohan": the verb with its object, as the parse says
    doc = build_document("""
        Mordor PROPN 2 nsubj
        armed VERB 0 root arm
        troops NOUN 2 obj troops
        of ADP 5 case
        Rohan PROPN 3 nmod
        . PUNCT 2 punct""")
    assert [c[2] for c in coded(doc, statement_codebook)] == ["062"]


def test_a_verb_of_intent_lends_its_intent_to_the_act_it_intends(statement_codebook):
    # "Mordor wants to attack Gondor": PETRARCH's WANT [030] combined with the attack is a
    # threat (CAMEO's intent code of 190), not a generic intent to cooperate
    doc = build_document("""
        Mordor PROPN 2 nsubj
        wants VERB 0 root want
        to PART 4 mark
        attack VERB 2 xcomp attack
        Gondor PROPN 4 obj
        . PUNCT 2 punct""")
    threat = statement_codebook.cameo["190"].intent
    assert threat and threat.startswith("13")
    assert coded(doc, statement_codebook) == [("MOR", "GON", threat)]


def test_a_verb_of_intent_codes_alone_when_it_intends_no_coded_act(statement_codebook):
    # "Mordor wants peace with Gondor": nothing embedded codes; the verb's own code stands
    doc = build_document("""
        Mordor PROPN 2 nsubj
        wants VERB 0 root want
        peace NOUN 2 obj
        with ADP 5 case
        Gondor PROPN 3 nmod
        . PUNCT 2 punct""")
    assert [c[2] for c in coded(doc, statement_codebook)] == ["030"]


def test_an_announced_act_has_no_reversed_dyad(statement_codebook):
    # "Mordor will visit Gondor": Mordor's intent to visit (036); Gondor intends nothing
    doc = build_document("""
        Mordor PROPN 3 nsubj
        will AUX 3 aux
        visit VERB 0 root visit
        Gondor PROPN 3 obj
        . PUNCT 3 punct""")
    intent = statement_codebook.cameo["042"].intent
    assert coded(doc, statement_codebook) == [("MOR", "GON", intent)]
    # "Mordor visited Gondor": Gondor hosted Mordor (the paired code's reversed dyad)
    doc = build_document("""
        Mordor PROPN 2 nsubj
        visited VERB 0 root visit
        Gondor PROPN 2 obj
        . PUNCT 2 punct""")
    assert coded(doc, statement_codebook) == [("GON", "MOR", "043"), ("MOR", "GON", "042")]


def test_a_noun_the_lemmatizer_read_is_no_other_regular_singular(statement_codebook):
    # "Mordor allowed planes to land": "planes" is "plane" (its lemma), not "plan"
    doc = build_document("""
        Mordor PROPN 2 nsubj
        allowed VERB 0 root allow
        planes NOUN 2 obj plane
        to PART 5 mark
        land VERB 2 xcomp land
        . PUNCT 2 punct""")
    assert [c[2] for c in coded(doc, statement_codebook)] == ["080"]
    # "Mordor allowed plans for Gondor": the pattern's word in the plural still matches
    doc = build_document("""
        Mordor PROPN 2 nsubj
        allowed VERB 0 root allow
        plans NOUN 2 obj plan
        for ADP 5 case
        Gondor PROPN 3 nmod
        . PUNCT 2 punct""")
    assert "030" in [c[2] for c in coded(doc, statement_codebook)]


def test_a_refusal_verb_without_a_code_stands_for_the_act_it_refuses(statement_codebook):
    # "Mordor refused to visit Gondor" (PETRARCH's REFUSE [---]): the refusal (12x), not
    # also the visit it refuses
    doc = build_document("""
        Mordor PROPN 2 nsubj
        refused VERB 0 root refuse
        to PART 4 mark
        visit VERB 2 xcomp visit
        Gondor PROPN 4 obj
        . PUNCT 2 punct""")
    events = coded(doc, statement_codebook)
    assert len(events) == 1 and events[0][:2] == ("MOR", "GON") and events[0][2].startswith("12")
