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
