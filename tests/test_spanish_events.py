"""Events of Spanish conflict news on hand-built parses (made-up places): the passive of an
auxiliary pattern ("fue muerta por hombres armados") codes the participle with its agent."""

from __future__ import annotations

from coder.code import code_document
from coder.codebook import load_codebook
from coder.importers.petrarch import build_codebook
from conftest import build_document


# "Una persona fue muerta por hombres armados": UD makes "muerta" the head, "fue" its aux:pass
KILLED_BY = """
Una DET 2 det uno
persona NOUN 4 nsubj:pass
fue AUX 4 aux:pass ser
muerta VERB 0 root muerto
por ADP 6 case
guerrilleros NOUN 4 obl:agent guerrillero
"""


def test_a_passive_auxiliary_pattern_codes_the_participle_with_the_agent_as_source(tmp_path):
    verbs = tmp_path / "verbos.txt"
    verbs.write_text("--- SER [---]---\nSER\n- + * MUERTO $ [193]\n", encoding="utf-8")
    agents = tmp_path / "agentes.txt"
    agents.write_text("PERSONA_ [~CVL]\nGUERRILLERO_ [~REB]\n", encoding="utf-8")
    build_codebook(tmp_path / "up", verbs=[verbs], actors=[], agents=[agents], language="es")
    [event] = code_document(build_document(KILLED_BY), load_codebook(tmp_path / "up", use_cache=False))
    assert (event.source.code, event.target.code, event.code) == ("---REB", "---CVL", "193")


# "Los guerrilleros van a atacar Arnor": "van a" is the periphrastic future (AUX aux of "atacar")
VAN_A_ATACAR = """
Los DET 2 det el
guerrilleros NOUN 5 nsubj guerrillero
van AUX 5 aux ir
a ADP 3 fixed
atacar VERB 0 root atacar
Arnor PROPN 5 obj
"""


def test_an_auxiliary_of_the_profile_codes_no_event_of_its_own(tmp_path):
    """"ir" is a marching verb of the dictionaries; as the future auxiliary of another verb it
    is no march: only the announced attack is coded."""
    folder = tmp_path / "cb"
    (folder / "verbs").mkdir(parents=True)
    (folder / "agents").mkdir()
    (folder / "actors").mkdir()
    (folder / "codebook.yaml").write_text(
        "name: es-aux\nlanguage: es\ncameo: shipped:cameo.yaml\nagents: [agents/a.yaml]\nactors: [actors/a.yaml]\n"
        "verbs: [verbs/v.yaml]\ncountries: false\n", encoding="utf-8")
    (folder / "verbs" / "v.yaml").write_text(
        "kind: verbs\nentries:\n  - {id: es.marchar, code: '141', verbs: [ir, marchar]}\n"
        "  - {id: es.atacar, code: '190', verbs: [atacar]}\n", encoding="utf-8")
    (folder / "agents" / "a.yaml").write_text(
        "kind: agents\nentries:\n  - {code: REB, names: [guerrillero, guerrilleros]}\n", encoding="utf-8")
    (folder / "actors" / "a.yaml").write_text("kind: actors\nentries:\n  - {names: [Arnor], code: ARN}\n",
                                              encoding="utf-8")
    from test_spanish import PLURAL_PAST, with_feats

    # finite "van" would take the clause's subject as its dropped subject and march
    doc = with_feats(build_document(VAN_A_ATACAR), {(0, 3): PLURAL_PAST})
    events = code_document(doc, load_codebook(folder, use_cache=False))
    assert [e.verb_text for e in events] == ["atacar"]
    assert (events[0].source.code, events[0].target.code) == ("---REB", "ARN")
