"""Actor phrases whose words a parser hung on a later modifier (hand-built parses, made-up
places): an oppositional modifier ("al mando de", "against") drops only the words from its
preposition on."""

from __future__ import annotations

from coder.code import code_document
from coder.codebook import load_codebook
from coder.importers.petrarch import build_codebook
from conftest import build_document


# "Los pobladores fueron amenazados por tropas del Batallón Arnor, al mando del coronel":
# the parser hung "Batallón" (and "Arnor") on "mando", the modifier with "a"
AMENAZADOS_POR_TROPAS = """
Los DET 2 det el
pobladores NOUN 4 nsubj:pass poblador
fueron AUX 4 aux:pass ser
amenazados VERB 0 root amenazar
por ADP 6 case
tropas NOUN 4 obl tropa
de ADP 9 case
el DET 9 det
Batallon PROPN 13 nmod batallon
Arnor PROPN 9 flat
, PUNCT 13 punct
a ADP 13 case
mando NOUN 6 nmod
de ADP 16 case
el DET 16 det
coronel NOUN 13 nmod
"""

# "... por tropas, a el mando del Batallón Arnor": the named unit follows the preposition
AL_MANDO_DEL_BATALLON = """
Los DET 2 det el
pobladores NOUN 4 nsubj:pass poblador
fueron AUX 4 aux:pass ser
amenazados VERB 0 root amenazar
por ADP 6 case
tropas NOUN 4 obl tropa
, PUNCT 9 punct
a ADP 9 case
mando NOUN 6 nmod
de ADP 12 case
el DET 12 det
Batallon PROPN 9 nmod batallon
Arnor PROPN 12 flat
"""


def _codebook(tmp_path):
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("--- AMENAZAR [130]---\nAMENAZAR\n", encoding="utf-8")
    agents = tmp_path / "agentes.txt"
    agents.write_text("POBLADOR_ [~CVL]\nTROPA_ [~MIL]\nCORONEL_ [~MIL]\n", encoding="utf-8")
    actors = tmp_path / "actores.txt"
    actors.write_text("BATALLON_ARNOR_ [ARNMIL]\n", encoding="utf-8")
    build_codebook(tmp_path / "up", verbs=[verbs], actors=[actors], agents=[agents], language="es")
    return load_codebook(tmp_path / "up", use_cache=False)


def test_words_before_an_oppositional_preposition_stay_in_the_head_phrase(tmp_path):
    [event] = code_document(build_document(AMENAZADOS_POR_TROPAS), _codebook(tmp_path))
    assert (event.source.code, event.target.code, event.code) == ("ARNMIL", "---CVL", "130")


def test_words_after_an_oppositional_preposition_are_dropped(tmp_path):
    [event] = code_document(build_document(AL_MANDO_DEL_BATALLON), _codebook(tmp_path))
    assert (event.source.code, event.target.code, event.code) == ("---MIL", "---CVL", "130")


# "Un ingeniero fue desaparecido por miembros de un grupo armado en la vereda Arnor": the
# parser made "armado" a clause (acl, VerbForm=Part) with "en la vereda" its oblique
DESAPARECIDO_POR_GRUPO_ARMADO = """
Un DET 2 det uno
ingeniero NOUN 4 nsubj:pass
fue AUX 4 aux:pass ser
desaparecido VERB 0 root desaparecer
por ADP 6 case
miembros NOUN 4 obl miembro
de ADP 9 case
un DET 9 det uno
grupo NOUN 6 nmod
armado VERB 9 acl armar
en ADP 13 case
la DET 13 det el
vereda NOUN 10 obl
Arnor PROPN 13 appos
"""


def test_a_participle_right_after_its_noun_can_end_an_actor_name(tmp_path):
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("--- DESAPARECER [181]---\nDESAPARECER\n", encoding="utf-8")
    agents = tmp_path / "agentes.txt"
    agents.write_text("INGENIERO_ [~CVL]\nGRUPO_ [~CRM]\n", encoding="utf-8")
    actors = tmp_path / "actores.txt"
    actors.write_text("MIEMBROS_DE_UN_GRUPO_ARMADO_ [ARNUAF]\n", encoding="utf-8")
    build_codebook(tmp_path / "up", verbs=[verbs], actors=[actors], agents=[agents], language="es")
    from test_spanish import with_feats

    participle = (("Gender", "Masc"), ("Number", "Sing"), ("Tense", "Past"), ("VerbForm", "Part"))
    doc = with_feats(build_document(DESAPARECIDO_POR_GRUPO_ARMADO), {(0, 10): participle})
    [event] = code_document(doc, load_codebook(tmp_path / "up", use_cache=False))
    assert (event.source.code, event.target.code, event.code) == ("ARNUAF", "---CVL", "181")
