"""A pattern that puts its source ($) or target (+) in a phrase: when that phrase names no
actor, the subject stays the doer and the default search finds the target (hand-built
parses, made-up places)."""

from __future__ import annotations

from coder.code import code_document
from coder.codebook import load_codebook
from coder.importers.petrarch import build_codebook
from conftest import build_document


# "Los guerrilleros secuestraron al alcalde de este pueblo en momentos ...": the pattern
# "- * DE + EN $" matches ("de este pueblo", "en momentos"), but neither phrase names anyone
SECUESTRARON_AL_ALCALDE = """
Los DET 2 det el
guerrilleros NOUN 3 nsubj guerrillero
secuestraron VERB 0 root secuestrar
a ADP 6 case
el DET 6 det
alcalde NOUN 3 obj
de ADP 9 case
este DET 9 det
pueblo NOUN 6 nmod
en ADP 11 case
momentos NOUN 3 obl momento
"""

# "Los guerrilleros secuestraron al alcalde de Arnor en Osgiliath": the phrases name actors,
# and the pattern's roles stand
SECUESTRARON_EN_OSGILIATH = """
Los DET 2 det el
guerrilleros NOUN 3 nsubj guerrillero
secuestraron VERB 0 root secuestrar
a ADP 6 case
el DET 6 det
alcalde NOUN 3 obj
de ADP 8 case
Arnor PROPN 6 nmod
en ADP 10 case
Osgiliath PROPN 3 obl
"""


def _codebook(tmp_path):
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("--- KIDNAP [181]---\nSECUESTRAR\n- * DE + EN $ [181]\n", encoding="utf-8")
    agents = tmp_path / "agentes.txt"
    agents.write_text("GUERRILLERO_ [~REB]\nALCALDE_ [~GOV]\n", encoding="utf-8")
    actors = tmp_path / "actores.txt"
    actors.write_text("ARNOR_ [ARN]\nOSGILIATH_ [OSG]\n", encoding="utf-8")
    build_codebook(tmp_path / "up", verbs=[verbs], actors=[actors], agents=[agents], language="es")
    return load_codebook(tmp_path / "up", use_cache=False)


def test_a_pattern_role_phrase_naming_no_one_leaves_the_subject_and_the_object(tmp_path):
    [event] = code_document(build_document(SECUESTRARON_AL_ALCALDE), _codebook(tmp_path))
    assert (event.source.code, event.target.code, event.code) == ("---REB", "---GOV", "181")


def test_a_pattern_role_phrase_naming_an_actor_keeps_its_role(tmp_path):
    [event] = code_document(build_document(SECUESTRARON_EN_OSGILIATH), _codebook(tmp_path))
    assert (event.source.code, event.target.code, event.code) == ("OSG", "ARN", "181")


def test_target_in_an_oblique_of_an_adjective_complement(small_codebook):
    # "Arnor withdrew close to the border with Gondor" as UD v2 writes it: the adjective
    # complement's oblique (obl, not nmod) is searched for the target as an object's phrase is
    doc = build_document("""
        Arnor PROPN 2 nsubj
        withdrew VERB 0 root withdraw
        close ADJ 2 xcomp
        to ADP 6 case
        the DET 6 det
        border NOUN 3 obl
        with ADP 8 case
        Gondor PROPN 6 nmod
        . PUNCT 2 punct""")
    assert [e.triple for e in code_document(doc, small_codebook)] == [("ARN", "GON", "080")]
