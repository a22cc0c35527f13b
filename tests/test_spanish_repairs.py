"""Parser slips of UD Spanish parses (UDPipe, AnCora) repaired before coding, on hand-built
parses with made-up places: a personal-"a" object hung on the last noun of a place phrase,
and a sentence-opening adjective hung on the verb as its modifier."""

from __future__ import annotations

from dataclasses import replace

from coder.code import code_document
from coder.code.language import profile_of
from coder.code.repairs import repair_parse
from coder.codebook import load_codebook
from conftest import build_document, build_sentence
from test_spanish import personal_a_codebook

# "Frente Gondor ejecutó en la vereda Arnor a un concejal": "a un concejal" hung on "Arnor"
HUNG_OBJECT = """
Frente PROPN 2 compound
Gondor PROPN 3 nsubj
ejecutó VERB 0 root ejecutar
en ADP 6 case
la DET 6 det el
vereda NOUN 3 obl
Arnor PROPN 6 appos
a ADP 10 case
un DET 10 det uno
concejal NOUN 7 nmod
"""


def test_a_personal_a_object_hung_on_a_place_is_the_verbs_object(tmp_path):
    codebook = load_codebook(personal_a_codebook(tmp_path, "es"), use_cache=False)
    repaired = repair_parse(build_sentence(HUNG_OBJECT), profile_of(codebook))
    assert (repaired.token(10).head, repaired.token(10).deprel) == (3, "obj")
    [event] = code_document(build_document(HUNG_OBJECT), codebook)
    assert (event.source.code, event.target.code, event.code) == ("ARNREB", "ARNGOV", "186")


def test_an_a_phrase_stays_where_it_is_when_the_verb_has_an_object_or_the_profile_no_marker(tmp_path):
    with_object = HUNG_OBJECT + "armas NOUN 3 obj\n"
    es = profile_of(load_codebook(personal_a_codebook(tmp_path, "es"), use_cache=False))
    assert repair_parse(build_sentence(with_object), es).token(10).head == 7
    no_markers = replace(es, object_markers=frozenset())
    assert repair_parse(build_sentence(HUNG_OBJECT), no_markers).token(10).head == 7


# "Desconocidos asesinaron a un concejal": the parser made "Desconocidos" an adjective of the verb
ADJECTIVE_SUBJECT = """
Desconocidos ADJ 2 amod desconocido
asesinaron VERB 0 root asesinar
a ADP 4 case
concejal NOUN 2 obj
"""


def test_an_adjective_opening_a_subjectless_clause_is_its_subject(tmp_path):
    es = profile_of(load_codebook(personal_a_codebook(tmp_path, "es"), use_cache=False))
    repaired = repair_parse(build_sentence(ADJECTIVE_SUBJECT), es)
    assert (repaired.token(1).head, repaired.token(1).deprel) == (2, "nsubj")
    with_subject = ADJECTIVE_SUBJECT + "Gondor PROPN 2 nsubj\n"
    assert repair_parse(build_sentence(with_subject), es).token(1).deprel == "amod"
