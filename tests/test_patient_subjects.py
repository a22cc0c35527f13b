"""Intransitive verbs whose subject undergoes the act (the profile's patient_subject_verbs,
Spanish "morir", "desaparecer"): with no object the subject is the target and the act has
no source of its own; with an object the verb is transitive (hand-built parses, made-up
places)."""

from __future__ import annotations

from coder.code import code_document
from coder.codebook import load_codebook
from coder.importers.petrarch import build_codebook
from conftest import build_document


# "Un campesino murió en el caserío Arnor"
MURIO_UN_CAMPESINO = """
Un DET 2 det uno
campesino NOUN 3 nsubj
murio VERB 0 root morir
en ADP 6 case
el DET 6 det
caserio NOUN 3 obl
Arnor PROPN 6 appos
"""

# "Desaparecieron cuatro menores de la inspección de policía": the subject after the verb
DESAPARECIERON_CUATRO_MENORES = """
Desaparecieron VERB 0 root desaparecer
cuatro NUM 3 nummod
menores NOUN 1 nsubj menor
de ADP 6 case
la DET 6 det el
inspeccion NOUN 1 obl
de ADP 8 case
policia NOUN 6 nmod
"""

# "Los guerrilleros desaparecieron a un campesino": transitive, the forced disappearance
DESAPARECIERON_A_UN_CAMPESINO = """
Los DET 2 det el
guerrilleros NOUN 3 nsubj guerrillero
desaparecieron VERB 0 root desaparecer
a ADP 6 case
un DET 6 det uno
campesino NOUN 3 obj
"""


def _codebook(tmp_path):
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("--- DIE [190]---\nMORIR\n\n--- GO_SOMEWHERE [---]---\nDESAPARECER [181]\n",
                     encoding="utf-8")
    agents = tmp_path / "agentes.txt"
    agents.write_text("CAMPESINO_ [~AGR]\nMENOR_ [~CVL]\nGUERRILLERO_ [~REB]\nPOLICIA_ [~COP]\n",
                      encoding="utf-8")
    build_codebook(tmp_path / "up", verbs=[verbs], actors=[], agents=[agents], language="es")
    return load_codebook(tmp_path / "up", use_cache=False)


def _triples(spec, codebook):
    return [(e.source.code if e.source else "", e.target.code if e.target else "", e.code)
            for e in code_document(build_document(spec), codebook)]


def test_the_subject_of_an_intransitive_patient_verb_is_its_target(tmp_path):
    codebook = _codebook(tmp_path)
    assert _triples(MURIO_UN_CAMPESINO, codebook) == [("", "---AGR", "190")]
    assert _triples(DESAPARECIERON_CUATRO_MENORES, codebook) == [("", "---CVL", "181")]


def test_a_patient_verb_with_an_object_keeps_its_subject_as_source(tmp_path):
    assert _triples(DESAPARECIERON_A_UN_CAMPESINO, _codebook(tmp_path)) == [("---REB", "---AGR", "181")]
