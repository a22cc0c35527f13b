"""CAMEO's meaning is data: what a code's `statement`, `refusal`, `violent` and the table's
`generic_demand` say in cameo.yaml decides how the coder treats it; the coder's Python holds
no CAMEO code."""

from __future__ import annotations

from dataclasses import replace

from coder.code import code_document
from conftest import build_document, small_codebook_variant

REFUSE = '  - {id: refuse, code: "120", verbs: [refuse, decline]}\n  - {id: comment, code: "010", verbs: [comment]}\n'
KILLING = """
    Arnor PROPN 2 nmod:poss
    killing NOUN 5 nsubj killing
    of ADP 4 case
    Gondor PROPN 2 nmod
    shocked VERB 0 root shock
    Rohan PROPN 5 obj"""


def with_cameo(book, code: str, **changes):
    return replace(book, cameo={**book.cameo, code: book.cameo[code]._replace(**changes)})


def triples(doc, book):
    return sorted(e.triple for e in code_document(doc, book))


def test_the_shipped_table_marks_statements_refusals_violence_and_the_generic_demand(small_codebook):
    cameo = small_codebook.cameo
    assert cameo["010"].statement and cameo["010"].refusal == "011" and not cameo["040"].statement
    assert cameo["190"].violent and cameo["1823"].violent and not cameo["120"].violent
    assert small_codebook.generic_demand == "100"


def test_a_refused_statement_takes_the_refusal_code_the_table_gives(tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=REFUSE)
    doc = build_document("""
        Arnor PROPN 2 nsubj
        declined VERB 0 root decline
        to PART 4 mark
        comment VERB 2 xcomp
        on ADP 6 case
        Gondor PROPN 4 obl""")
    assert [t[2] for t in triples(doc, book)] == ["011"]
    edited = with_cameo(book, "010", refusal="016")
    assert [t[2] for t in triples(doc, edited)] == ["016"]


def test_the_theme_of_a_violent_event_noun_is_its_target_only_when_the_table_says_violent(tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add='  - {id: kill, code: "1823", verbs: [kill], nouns: [killing]}\n')
    doc = build_document(KILLING)
    assert triples(doc, book) == [("ARN", "GON", "1823")]
    # not violence: "of" names an actor, as in "the visit of X": both act, on each other
    assert triples(doc, with_cameo(book, "1823", violent=False)) == [("ARN", "GON", "1823"), ("GON", "ARN", "1823")]
