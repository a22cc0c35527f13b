"""A codebook name that spans a coordination ("Trinidad and Tobago", Spanish "padre e
hijo" as one agent entry) is one actor, not two conjoined phrases (hand-built parses,
made-up places)."""

from __future__ import annotations

from coder.code import code_document
from coder.codebook import load_codebook
from coder.importers.petrarch import build_codebook
from conftest import build_document


# "Arnor y Gondor atacaron Osgiliath"
ARNOR_Y_GONDOR_ATACARON = """
Arnor PROPN 4 nsubj
y CCONJ 3 cc
Gondor PROPN 1 conj
atacaron VERB 0 root atacar
Osgiliath PROPN 4 obj
"""

# "Padre e hijo secuestraron a un comerciante"
PADRE_E_HIJO_SECUESTRARON = """
Padre NOUN 4 nsubj padre
e CCONJ 3 cc
hijo NOUN 1 conj
secuestraron VERB 0 root secuestrar
a ADP 7 case
un DET 7 det uno
comerciante NOUN 4 obj
"""


def _codebook(tmp_path, actors: str, agents: str):
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("--- ATACAR [190]---\nATACAR\n\n--- SECUESTRAR [181]---\nSECUESTRAR\n", encoding="utf-8")
    (tmp_path / "actores.txt").write_text(actors, encoding="utf-8")
    (tmp_path / "agentes.txt").write_text(agents, encoding="utf-8")
    build_codebook(tmp_path / "up", verbs=[verbs], actors=[tmp_path / "actores.txt"],
                   agents=[tmp_path / "agentes.txt"], language="es")
    return load_codebook(tmp_path / "up", use_cache=False)


def _triples(spec, codebook):
    return sorted((e.source.code if e.source else "", e.target.code if e.target else "", e.code)
                  for e in code_document(build_document(spec), codebook))


def test_an_actor_name_spanning_a_coordination_is_one_actor(tmp_path):
    codebook = _codebook(tmp_path, "ARNOR_ [ARN]\nGONDOR_ [GON]\nARNOR_Y_GONDOR_ [ARG]\nOSGILIATH_ [OSG]\n", "")
    assert _triples(ARNOR_Y_GONDOR_ATACARON, codebook) == [("ARG", "OSG", "190")]


def test_conjoined_names_without_such_an_entry_stay_two_actors(tmp_path):
    codebook = _codebook(tmp_path, "ARNOR_ [ARN]\nGONDOR_ [GON]\nOSGILIATH_ [OSG]\n", "")
    assert _triples(ARNOR_Y_GONDOR_ATACARON, codebook) == [("ARN", "OSG", "190"), ("GON", "OSG", "190")]


def test_an_agent_name_spanning_a_coordination_is_one_agent(tmp_path):
    codebook = _codebook(tmp_path, "", "PADRE_ [~CTH]\nHIJO_ [~CVL]\nPADRE_E_HIJO_ [~CVL]\nCOMERCIANTE_ [~BUS]\n")
    assert _triples(PADRE_E_HIJO_SECUESTRARON, codebook) == [("---CVL", "---BUS", "181")]


# "Los guerrilleros secuestraron a dos comerciantes, padre e hijo": the parser hangs both
# "padre" and "hijo" on "comerciantes" as conjuncts
SECUESTRARON_PADRE_E_HIJO = """
Los DET 2 det el
guerrilleros NOUN 3 nsubj guerrillero
secuestraron VERB 0 root secuestrar
a ADP 6 case
dos NUM 6 nummod
comerciantes NOUN 3 obj comerciante
, PUNCT 8 punct
padre NOUN 6 conj
e CCONJ 10 cc
hijo NOUN 6 conj
"""


def test_a_name_over_two_sibling_conjuncts_is_one_actor(tmp_path):
    codebook = _codebook(tmp_path, "", "PADRE_ [~CTH]\nHIJO_ [~CVL]\nPADRE_E_HIJO_ [~CVL]\nCOMERCIANTE_ [~BUS]\n"
                                       "GUERRILLERO_ [~REB]\n")
    assert _triples(SECUESTRARON_PADRE_E_HIJO, codebook) == [("---REB", "---BUS", "181"),
                                                             ("---REB", "---CVL", "181")]


# "Los guerrilleros secuestraron a dos geólogos y a un ingeniero, trabajadores de la compañía
# Arnor": the parser hangs the apposition "trabajadores" as a third conjunct, after the one
# that carries "y"
SECUESTRARON_GEOLOGOS_E_INGENIERO = """
Los DET 2 det el
guerrilleros NOUN 3 nsubj guerrillero
secuestraron VERB 0 root secuestrar
a ADP 6 case
dos NUM 6 nummod
geologos NOUN 3 obj geologo
y CCONJ 10 cc
a ADP 10 case
un DET 10 det uno
ingeniero NOUN 6 conj
, PUNCT 12 punct
trabajadores NOUN 6 conj trabajador
de ADP 15 case
la DET 15 det el
compannia NOUN 12 nmod
"""


def test_a_conjunct_after_the_one_with_the_coordinator_is_an_apposition(tmp_path):
    codebook = _codebook(tmp_path, "", "INGENIERO_ [~CVL]\nTRABAJADOR_ [~LAB]\nGUERRILLERO_ [~REB]\n")
    assert _triples(SECUESTRARON_GEOLOGOS_E_INGENIERO, codebook) == [("---REB", "---CVL", "181")]


def test_a_name_with_a_possessive_is_found_however_the_tokenizer_cut_the_possessive(tmp_path):
    """"Sauron's Orc Front", "Mordor Workers' Party": the possessive split off ("Sauron 's",
    "Workers '") or left attached to the word ("Sauron's")."""
    from pathlib import Path

    from conftest import small_codebook_variant

    actors = (Path(__file__).parent / "fixtures" / "codebook_small" / "actors.yaml").read_text()
    actors += ("  - {names: [Sauron's Orc Front], code: MORREB, type: organization, country: MOR}\n"
               "  - {names: [Mordor Workers' Party], code: MORPTY, type: organization, country: MOR}\n")
    book = small_codebook_variant(tmp_path, files={"actors.yaml": actors})

    def sources(spec: str) -> list[str]:
        return [e.source.code for e in code_document(build_document(spec), book) if e.source]

    split = """
        Sauron PROPN 4 nmod:poss
        's PART 1 case
        Orc PROPN 4 compound
        Front PROPN 5 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 5 obj"""
    attached = """
        Sauron's PROPN 3 nmod:poss
        Orc PROPN 3 compound
        Front PROPN 4 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 4 obj"""
    plural = """
        Mordor PROPN 2 compound
        Workers NOUN 4 nmod:poss worker
        ' PART 2 case
        Party PROPN 5 nsubj
        attacked VERB 0 root attack
        Gondor PROPN 5 obj"""
    assert sources(split) == sources(attached) == ["MORREB"]
    assert sources(plural) == ["MORPTY"]
