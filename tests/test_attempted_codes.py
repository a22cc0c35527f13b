"""An attempted action with a CAMEO code of its own for the attempt (the code table's
``attempt``): "tried to assassinate" is 185, not 186 (PETRARCH-2's Phoenix dictionary
transforms ATTEMPT + ASSASSINATE the same way)."""

from __future__ import annotations

from coder.code import code_document
from coder.codebook import load_codebook
from conftest import build_document, small_codebook_variant

ASSASSINATE = '  - {id: assassinate, code: "186", verbs: [assassinate]}\n'


def test_an_attempted_assassination_takes_the_attempt_code(tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=ASSASSINATE)
    doc = build_document("""
        Rohan PROPN 2 nsubj
        tried VERB 0 root try
        to PART 4 mark
        assassinate VERB 2 xcomp
        Aragorn PROPN 4 obj""", date="2005-01-01")
    [event] = code_document(doc, book)
    assert (event.source.code, event.target.code, event.code, event.modality) == ("ROH", "ARNGOV", "185", "attempted")


def test_an_achieved_assassination_keeps_its_code(tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=ASSASSINATE)
    doc = build_document("""
        Rohan PROPN 2 nsubj
        assassinated VERB 0 root assassinate
        Aragorn PROPN 2 obj""", date="2005-01-01")
    assert [e.code for e in code_document(doc, book)] == ["186"]


def test_the_shipped_code_table_gives_the_attempt_of_an_assassination():
    from coder.codebook import default_codebook_dir
    book = load_codebook(default_codebook_dir(), use_cache=False)
    assert book.cameo["186"].attempt == "185" and book.cameo["190"].attempt is None


ALLEGE = '  - {id: allege, code: "110", verbs: [allege, claim]}\n'


def _alleged(subject: str, lemma: str = "attack") -> str:
    return f"""
        Arnor PROPN 2 nsubj
        alleged VERB 0 root allege
        that SCONJ 5 mark
        {subject} 5 nsubj
        attacked VERB 2 ccomp {lemma}
        Gondor PROPN 5 obj"""


def test_a_disapproval_of_anothers_reported_violence_is_an_accusation(tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=ALLEGE)
    codes = {(e.source.code, e.target.code if e.target else "", e.code)
             for e in code_document(build_document(_alleged("Rohan PROPN")), book)}
    assert ("ARN", "ROH", "112") in codes and not any(c == "110" for *_, c in codes)


def test_a_claim_of_ones_own_violence_is_no_accusation(tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=ALLEGE)
    codes = {e.code for e in code_document(build_document(_alleged("it PRON")), book)}
    assert "112" not in codes and "015" in codes


def test_a_claim_of_ones_own_reported_violence_claims_responsibility(tmp_path):
    book = small_codebook_variant(tmp_path, verbs_add=ALLEGE)
    doc = build_document("""
        Rohan PROPN 2 nsubj
        claimed VERB 0 root claim
        that SCONJ 5 mark
        it PRON 5 nsubj
        attacked VERB 2 ccomp attack
        Gondor PROPN 5 obj""")
    assert {(e.source.code, e.target.code if e.target else "", e.code)
            for e in code_document(doc, book)} == {("ROH", "GON", "015")}
