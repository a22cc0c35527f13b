"""A verbal act told after the act it reports ("Gondorian troops attacked X, Arnor alleged")
attributes that act, as "said" does (coder.code.attribution); told before it ("Arnor alleged
that troops attacked X") it is the verbal act. Hand-built parses as the compact model gives
them, made-up places, the small test codebook with an "allege" block."""

from __future__ import annotations

import pytest

from coder.code import code_document
from conftest import build_document, small_codebook_variant

ALLEGE = """
  - id: allege
    code: "110"
    verbs: [allege, charge]
"""


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    return small_codebook_variant(tmp_path_factory.mktemp("alleged"), verbs_add=ALLEGE)


def coded(doc, codebook):
    return sorted((e.source.code if e.source else "", e.target.code if e.target else "", e.code,
                   e.reported_by.code if e.reported_by else "") for e in code_document(doc, codebook))


@pytest.mark.parametrize("relation", ["conj", "advcl", "parataxis"])
def test_a_reporting_clause_after_the_act_attributes_it(book, relation):
    # "gondorian troops attacked mordor, arnor alleged": the attack, reported by Arnor
    doc = build_document(f"""
        gondorian ADJ 2 amod Gondorian
        troops NOUN 3 nsubj
        attacked VERB 0 root attack
        mordor PROPN 3 obj Mordor
        , PUNCT 7 punct
        arnor PROPN 7 nsubj Arnor
        alleged VERB 3 {relation} allege
        . PUNCT 3 punct""")
    assert coded(doc, book) == [("GONMIL", "MOR", "190", "ARN")]


def test_a_reporting_verb_with_the_reported_clause_as_its_complement_before_it(book):
    # the same with the reporting verb as the root and the act its complement
    doc = build_document("""
        Gondorian ADJ 2 amod
        troops NOUN 3 nsubj
        attacked VERB 7 ccomp attack
        Mordor PROPN 3 obj
        , PUNCT 6 punct
        Arnor PROPN 7 nsubj
        charged VERB 0 root charge
        . PUNCT 7 punct""")
    assert coded(doc, book) == [("GONMIL", "MOR", "190", "ARN")]


def test_an_allegation_before_its_content_is_the_verbal_act(book):
    doc = build_document("""
        Arnor PROPN 2 nsubj
        alleged VERB 0 root allege
        that SCONJ 5 mark
        troops NOUN 5 nsubj
        attacked VERB 2 ccomp attack
        Mordor PROPN 5 obj
        . PUNCT 2 punct""")
    # the verbal act, an accusation of the doers of the violence it reports (110 → 112)
    assert [c[2] for c in coded(doc, book)] == ["112"]


def test_a_reporting_clause_whose_act_codes_nothing_keeps_its_own_code(book):
    # "a prisoner died in custody, his family alleged": nothing else codes
    doc = build_document("""
        Gondorian ADJ 2 amod
        prisoner NOUN 3 nsubj
        died VERB 0 root die
        , PUNCT 6 punct
        Arnor PROPN 6 nsubj
        alleged VERB 3 conj allege
        . PUNCT 3 punct""")
    assert [c[2] for c in coded(doc, book)] == ["110"]


def test_a_conjoined_verbal_act_with_its_own_object_is_no_report(book):
    # "troops attacked Mordor and Arnor charged Gondor": two acts
    doc = build_document("""
        Gondorian ADJ 2 amod
        troops NOUN 3 nsubj
        attacked VERB 0 root attack
        Mordor PROPN 3 obj
        and CCONJ 7 cc
        Arnor PROPN 7 nsubj
        charged VERB 3 conj charge
        Rohan PROPN 7 obj
        . PUNCT 3 punct""")
    assert [c[2] for c in coded(doc, book)] == ["110", "190"]
